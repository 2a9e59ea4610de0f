from datetime import date

import pytest

from scnews_desktop.domain.rulebook import (
    Context,
    IndicatorInfo,
    ProjectParts,
    observation,
)
from scnews_desktop.domain.rulebook import indicator as indicator_values
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
    assert "published_on" in source_values({"title": "标题", "published_on": "2021/1/21"}).errors
    assert "unit" in indicator_values({"name": "x", "unit": "斤两"}).errors
    assert indicator_values({"name": "x", "unit": "億元"}).values["unit"] == "亿元"
