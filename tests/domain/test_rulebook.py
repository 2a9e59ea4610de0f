from datetime import date

import pytest

from scnews_desktop.domain.rulebook import (
    Context,
    IndicatorInfo,
    ProjectParts,
    observation,
)
from scnews_desktop.domain.rulebook import indicator as indicator_values
from scnews_desktop.domain.rulebook import observation_fields as rulebook_fields
from scnews_desktop.domain.rulebook import project as project_values
from scnews_desktop.domain.rulebook import source as source_values

IND = IndicatorInfo("招商引资到位市外资金", "亿元", id=1)
BASE = {"indicator_id": 1, "region_id": 2, "source_id": 3}


def obs(**kw):
    return observation({**BASE, **kw}, IND, Context(date(2021, 1, 21)))


def test_value_in_another_magnitude_is_converted_exactly_and_kept_as_written():
    r = obs(value="21859万元", period="2015年以来")
    assert r.ok
    assert r.values["value"] == 2.1859 and r.values["value_text"] == "21859万元"
    assert "2.1859 亿元" in r.previews["value"]


@pytest.mark.parametrize(
    "text,qualifier,value",
    [
        ("逾60亿元", "over", 60),
        ("约30亿元", "approx", 30),
        ("一千二百万元", "exact", 0.12),
        ("15亿元", "exact", 15),
    ],
)
def test_quantities(text, qualifier, value):
    r = obs(value=text, period="2020年")
    assert r.ok and r.values["qualifier"] == qualifier and r.values["value"] == pytest.approx(value)


def test_unit_of_another_kind_is_an_inline_error():
    r = obs(value="12亿人", period="2020年")
    assert "value" in r.errors and "不适用" in r.errors["value"]


@pytest.mark.parametrize(
    "field,text", [("value", "abc"), ("period", "2020年13月"), ("yoy_pct", "很快"), ("rank", "靠前")]
)
def test_bad_fields(field, text):
    raw = {"value": "15亿元", "period": "2020年", field: text}
    r = obs(**raw)
    assert field in r.errors and not r.ok


def test_relative_period_is_resolved_and_flagged_for_confirmation():
    r = obs(value="15亿元", period="今年")
    assert r.values["period_start"] == "2021-01-01"
    assert "请确认" in r.previews["period"]


def test_missing_lookups_and_value():
    r = observation({"period": "2020年", "indicator_id": None, "region_id": None, "source_id": None}, None)
    assert {"indicator", "region", "source", "value"} <= set(r.errors)


def test_growth_or_rank_alone_is_enough():
    assert obs(period="2020年", yoy_pct="增长1.9%").ok


def test_project_values_and_parts():
    r = project_values(
        {
            "name": "基地",
            "investment": "逾60亿元",
            "area": "15万平方米",
            "duration_months": "18个月",
            "expected_output": "50亿元",
            "status": "started",
        },
        ProjectParts(
            [{"organization_id": 1, "role": "investor"}], [{"kind": "started", "occurred_on": "2021-01-20"}]
        ),
    )
    assert r.ok
    assert (
        r.values["investment"],
        r.values["investment_qualifier"],
        r.values["area_m2"],
        r.values["duration_months"],
    ) == (60, "over", 150000, 18)
    bad = project_values(
        {"name": "", "investment": "15人"},
        ProjectParts(
            [{"organization_id": None, "role": "investor"}],
            [{"kind": "started", "occurred_on": "2021-02-30"}],
        ),
    )
    assert {"name", "investment", "organizations", "events"} <= set(bad.errors)


def test_source_and_indicator_values():
    assert source_values({"title": "标题", "published_on": "2021-01-21"}).ok
    for written in ("2021/1/21", "20210121", "2021年1月21日", "2021.1.21"):  # (as people write a day)
        assert (
            source_values({"title": "标题", "published_on": written}).values["published_on"] == "2021-01-21"
        )
    assert "published_on" in source_values({"title": "标题", "published_on": "21/1/2021"}).errors
    assert "不存在" in source_values({"title": "标题", "published_on": "20210230"}).errors["published_on"]
    assert "unit" in indicator_values({"name": "x", "unit": "斤两"}).errors
    assert indicator_values({"name": "x", "unit": "億元"}).values["unit"] == "亿元"


# ------------------------------------------------------------------ the defects of the fact-pipeline issue
@pytest.mark.parametrize(
    "text,unit,value",
    [
        ("60亿", "亿元", 60),  # was 6 000 000 000 亿元
        ("60亿", "万元", 600000),
        ("5万", "人", 50000),
        ("5万", "万人", 5),
        ("2074.8亿", "亿元", 2074.8),
        ("一千二百万", "万元", 1200),
        ("60", "亿元", 60),  # a bare number stays in the indicator's unit
        ("21859", "万元", 21859),
    ],
)
def test_a_magnitude_without_the_unit_word_counts_the_unit_family(text, unit, value):
    r = observation({"value": text, "period": "2020年"}, IndicatorInfo("x", unit), Context(date(2021, 1, 21)))
    assert r.ok and r.values["value"] == pytest.approx(value) and r.values["value_text"] == text
    assert f"{unit}" in r.previews["value"]


def test_relative_periods_resolve_from_the_source_date():
    published = Context(date(2024, 1, 26))
    for text, expected in [
        ("全年", ("year", "2023-01-01", "2023-12-31")),  # January: the year just reported
        ("年末", ("asof", "2023-12-31", "2023-12-31")),
        ("今年", ("year", "2024-01-01", "2024-12-31")),
        ("去年", ("year", "2023-01-01", "2023-12-31")),
        ("上年同期", ("year", "2023-01-01", "2023-12-31")),
        ("目前", ("asof", "2024-01-26", "2024-01-26")),
        ("今年以来", ("range", "2024-01-01", "2024-01-26")),
    ]:
        r = observation({"value": "1亿元", "period": text}, IND, published)
        assert r.ok, (text, r.errors)
        assert (r.values["period_kind"], r.values["period_start"], r.values["period_end"]) == expected, text
        assert "请确认" in r.previews["period"]
    summer = observation({"value": "1亿元", "period": "全年"}, IND, Context(date(2024, 7, 1)))
    assert summer.values["period_start"] == "2024-01-01"
    said = observation(
        {"value": "1亿元", "period": "全年"}, IND, Context(date(2024, 1, 26), article_year=2024)
    )
    assert said.values["period_start"] == "2024-01-01"


def test_growth_basis_from_the_quote_and_growth_verbs():
    real = obs(value="4005.2亿元", period="2023年", yoy_pct="增长4.7%", quote="按可比价格计算，增长4.7%")
    nominal = obs(value="280亿元", period="2023年", quote="按现价计算增长12.3%")
    plain = obs(value="280亿元", period="2023年")
    assert (real.values["growth_basis"], nominal.values["growth_basis"], plain.values["growth_basis"]) == (
        "real",
        "nominal",
        None,
    )
    assert obs(period="2023年", yoy_pct="上涨0.3%").values["yoy_pct"] == 0.3
    assert obs(period="2023年", yoy_pct="回落1.2%").values["yoy_pct"] == -1.2
    assert obs(period="2023年", growth="增长1.6倍").values["growth_pct"] == 160


def test_the_inverse_gives_the_same_record():
    r = obs(value="逾60亿元", period="截至2020年底", yoy_pct="增长19.2%", rank="全国第8位", quote="q")
    again = observation({**BASE, **rulebook_fields(r.values)}, IND, Context(date(2021, 1, 21)))
    keys = ("value", "value_text", "qualifier", "period_start", "period_end", "yoy_pct", "rank", "rank_scope")
    assert {k: again.values[k] for k in keys} == {k: r.values[k] for k in keys}


def test_numbers_from_a_spreadsheet_are_exact():
    r = observation({"value": 21859.123456, "unit": "万元", "period": "2020年"}, IndicatorInfo("x", "万元"))
    assert r.values["value"] == 21859.123456 and r.values["value_text"] == "21859.123456万元"
    assert observation({"value": 1234567.5, "unit": "元", "period": "2020年"}, IndicatorInfo("x", "元")).ok


def test_a_unit_column_is_not_written_twice():
    r = observation({"value": "12亿元", "unit": "元", "period": "2020年"}, IndicatorInfo("x", "元"))
    assert r.values["value_text"] == "12亿元" and r.values["value"] == 1.2e9


def test_absurd_growth_and_rank_are_field_errors():
    assert "yoy_pct" in obs(value="1亿元", period="2020年", yoy_pct="1" + "0" * 60).errors
    assert "rank" in obs(value="1亿元", period="2020年", rank="第" + "9" * 20 + "位").errors
