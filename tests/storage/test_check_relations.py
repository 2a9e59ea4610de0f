"""The rules that relate facts to one another: the region tree, ranks against values, year-to-date
totals and single months, per-capita figures and shares — on a real SQLite file, through run_checks and
through the checks of one record before it is saved."""

import pytest

from scnews_desktop.storage.checks import record_findings, run_checks
from scnews_desktop.storage.resolver import resolver_of


@pytest.fixture
def add(store):
    source = store.scalar("SELECT id FROM sources LIMIT 1")
    indicators: dict[str, int] = {}

    def add(
        name: str,
        region: str,
        value: float,
        kind="year",
        start="2000-01-01",
        end="2000-12-31",
        unit="亿元",
        **extra,
    ) -> dict:
        if name not in indicators:
            measure = "rate" if unit == "%" else ("stock" if unit == "万人" else "flow")
            indicators[name] = (
                resolver_of(store).indicator(name).id if resolver_of(store).indicator(name) else None
            )
            if indicators[name] is None:
                indicators[name] = store.insert(
                    "indicators", {"name": name, "unit": unit, "measure": measure}
                )["id"]
                resolver_of(store).refresh()
        region_id = store.scalar("SELECT id FROM regions WHERE name = ?", [region])
        values = {
            "indicator_id": indicators[name],
            "region_id": region_id,
            "source_id": source,
            "period_kind": kind,
            "period_start": start,
            "period_end": end,
            "value": value,
            "value_text": f"{value:g}{unit}",
            **extra,
        }
        return store.insert("observations", values)

    return add


def _rules(findings) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in findings:
        out.setdefault(f.rule, []).append(f)
    return out


def test_a_city_above_its_province_is_an_error_and_a_rate_is_not(store, add):
    add("测试收入", "四川省", 100.0)
    city = add("测试收入", "成都市", 120.0)
    add("测试比重", "四川省", 30.0, unit="%")
    add("测试比重", "成都市", 60.0, unit="%")  # a share may be higher in a city
    add("测试人均收入", "四川省", 3.0, unit="万元")
    add("测试人均收入", "成都市", 5.0, unit="万元")  # per capita: not additive
    found = _rules(run_checks(store, integrity=False))
    assert [f.records[0].uid for f in found["region_part"]] == [city["uid"]]
    assert found["region_part"][0].severity == "error"


def test_figures_as_written_are_compared_by_their_precision(store, add):
    add("测试收入", "四川省", 1.2, value_text="1.2亿元")  # 1.15–1.25
    add("测试收入", "成都市", 1.24, value_text="1.24亿元")  # within the province's written precision
    add("测试收入", "自贡市", 1.0, qualifier="over", value_text="逾1亿元")
    assert "region_part" not in _rules(run_checks(store, integrity=False))


def test_counts_of_one_days_events_are_not_a_regions(store, add):
    # a county's signing and the city's, the same day, are two events
    add("测试签约项目数", "宜宾市", 4.0, kind="date", start="2021-03-29", end="2021-03-29", unit="个")
    add("测试签约项目数", "屏山县", 26.0, kind="date", start="2021-03-29", end="2021-03-29", unit="个")
    assert "region_part" not in _rules(run_checks(store, integrity=False))


def test_when_every_part_is_stored_their_sum_is_the_whole(store, add):
    prefectures = [
        r["name"]
        for r in store.query(
            "SELECT name FROM regions WHERE level = 'prefecture' AND parent_id = "
            "(SELECT id FROM regions WHERE name = '四川省')"
        )
    ]
    assert len(prefectures) == 21
    add("测试收入", "四川省", 2100.0)
    for name in prefectures[:-1]:
        add("测试收入", name, 100.0)
    assert "region_sum" not in _rules(run_checks(store, integrity=False))  # a part missing: no sum
    last = add("测试收入", prefectures[-1], 100.0)
    assert "region_sum" not in _rules(run_checks(store, integrity=False))
    store.update("observations", last["id"], {"value": 160.0, "value_text": "160亿元"}, last["version"])
    found = _rules(run_checks(store, integrity=False))["region_sum"]
    assert len(found) == 1 and "2,160" in found[0].message and len(found[0].records) == 22


def test_a_rank_the_stored_values_contradict(store, add):
    add("测试收入", "成都市", 500.0)
    add("测试收入", "绵阳市", 300.0)
    ranked = add("测试收入", "自贡市", 200.0, rank=1, rank_scope="全省")
    found = _rules(run_checks(store, integrity=False))["rank_values"]
    assert [f.records[0].uid for f in found] == [ranked["uid"]] and "2 个比它大" in found[0].message
    store.update("observations", ranked["id"], {"rank": 3}, ranked["version"])
    assert "rank_values" not in _rules(run_checks(store, integrity=False))


def test_a_rank_of_the_growth_is_compared_with_the_growths(store, add):
    add("测试收入", "成都市", 500.0, yoy_pct=5.0)
    add("测试收入", "绵阳市", 300.0, yoy_pct=4.0)
    add("测试收入", "自贡市", 200.0, yoy_pct=9.0, rank=1, rank_scope="全省", quote="自贡增速居全省第1位")
    assert "rank_values" not in _rules(run_checks(store, integrity=False))


def test_year_to_date_totals_and_single_months(store, add):
    def ytd(month: int, value: float) -> dict:
        end = {4: "2003-04-30", 5: "2003-05-31"}[month]
        return add("测试零售额", "成都市", value, kind="ytd", start="2003-01-01", end=end)

    april, may = ytd(4, 400.0), ytd(5, 500.0)
    single = add("测试零售额", "成都市", 100.0, kind="month", start="2003-05-01", end="2003-05-31")
    assert "cumulative_months" not in _rules(run_checks(store, integrity=False))
    store.update("observations", single["id"], {"value": 130.0, "value_text": "130亿元"}, 1)
    found = _rules(run_checks(store, integrity=False))["cumulative_months"]
    assert len(found) == 1 and "两个累计数之差为 100" in found[0].message
    store.update("observations", single["id"], {"value": 500.0, "value_text": "500亿元"}, 2)
    found = _rules(run_checks(store, integrity=False))["cumulative_months"]
    assert "累计数记成了当月数" in found[0].message
    store.update("observations", single["id"], {"value": 100.0, "value_text": "100亿元"}, 3)
    store.update("observations", april["id"], {"value": 550.0, "value_text": "550亿元"}, 1)
    found = _rules(run_checks(store, integrity=False))["cumulative_months"]
    assert {r.uid for f in found for r in f.records} >= {april["uid"], may["uid"]}
    assert any("小于上月的累计" in f.message for f in found)


def test_a_profit_to_date_may_fall(store, add):
    add("测试利润总额", "成都市", 400.0, kind="ytd", start="2003-01-01", end="2003-04-30")
    add("测试利润总额", "成都市", 380.0, kind="ytd", start="2003-01-01", end="2003-05-31")
    assert "cumulative_months" not in _rules(run_checks(store, integrity=False))


def test_per_capita_times_population_is_the_total(store, add):
    add("地区生产总值", "成都市", 20000.0)
    add("常住人口", "成都市", 2000.0, kind="asof", start="2000-12-31", end="2000-12-31", unit="万人")
    each = add("人均地区生产总值", "成都市", 100000.0, unit="元")
    assert "per_capita" not in _rules(run_checks(store, integrity=False))
    store.update("observations", each["id"], {"value": 130000.0, "value_text": "130000元"}, 1)
    found = _rules(run_checks(store, integrity=False))["per_capita"]
    assert len(found) == 1 and "100,000" in found[0].message


def test_shares_add_up_to_a_hundred_and_divide_their_whole(store, add):
    add("地区生产总值", "成都市", 1000.0)
    add("第一产业增加值", "成都市", 100.0)
    add("第二产业增加值", "成都市", 300.0)
    add("第三产业增加值", "成都市", 600.0)
    shares = [
        add(f"第{k}产业增加值占地区生产总值比重", "成都市", v, unit="%")
        for k, v in (("一", 10.0), ("二", 30.0), ("三", 60.0))
    ]
    assert "shares" not in _rules(run_checks(store, integrity=False))
    store.update("observations", shares[0]["id"], {"value": 13.0, "value_text": "13%"}, 1)
    messages = [f.message for f in _rules(run_checks(store, integrity=False))["shares"]]
    assert any("103.00%" in m for m in messages) and any("10.0%" in m for m in messages)


def test_a_form_is_told_before_saving(store, add):
    add("测试收入", "四川省", 100.0)
    province = store.scalar("SELECT id FROM regions WHERE name = '四川省'")
    city = store.scalar("SELECT id FROM regions WHERE name = '成都市'")
    indicator = resolver_of(store).indicator("测试收入").id
    values = {
        "indicator_id": indicator,
        "region_id": city,
        "period_kind": "year",
        "period_start": "2000-01-01",
        "period_end": "2000-12-31",
        "value": 150.0,
        "value_text": "150亿元",
        "yoy_pct": None,
        "rank": None,
        "source_id": store.scalar("SELECT id FROM sources LIMIT 1"),
    }
    assert "region_part" in _rules(record_findings(store, values))
    assert "region_part" not in _rules(
        record_findings(store, values | {"value": 50.0, "value_text": "50亿元"})
    )
    assert province != city


def test_a_form_is_told_its_rank_contradicts_the_stored_values(store, add):
    add("测试收入", "成都市", 500.0)
    add("测试收入", "绵阳市", 300.0)
    values = {
        "indicator_id": resolver_of(store).indicator("测试收入").id,
        "region_id": store.scalar("SELECT id FROM regions WHERE name = '自贡市'"),
        "period_kind": "year",
        "period_start": "2000-01-01",
        "period_end": "2000-12-31",
        "value": 200.0,
        "value_text": "200亿元",
        "yoy_pct": None,
        "rank": 1,
        "rank_scope": "全省",
        "source_id": store.scalar("SELECT id FROM sources LIMIT 1"),
    }
    assert "rank_values" in _rules(record_findings(store, values))
    assert "rank_values" not in _rules(record_findings(store, values | {"rank": 3}))
