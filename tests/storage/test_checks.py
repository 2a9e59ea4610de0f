"""Growth reported at comparable prices is not compared with the change of the levels as if equal."""

import pytest

from scnews_desktop.storage.checks import growth_findings


@pytest.fixture
def series(store):
    region = store.scalar("SELECT id FROM regions WHERE name = '宜宾市'")
    source = store.scalar("SELECT id FROM sources LIMIT 1")

    def add(name: str, basis: str, previous: float, current: float, yoy: float) -> None:
        ind = store.insert("indicators", {"name": name, "unit": "亿元", "growth_basis": basis})["id"]
        common = {"indicator_id": ind, "region_id": region, "source_id": source, "period_kind": "year"}
        store.insert(
            "observations",
            common | {"period_start": "2022-01-01", "period_end": "2022-12-31", "value": previous},
        )
        store.insert(
            "observations",
            common
            | {"period_start": "2023-01-01", "period_end": "2023-12-31", "value": current, "yoy_pct": yoy},
        )

    return add


def test_real_growth_with_a_plausible_price_change_is_no_finding(store, series):
    series("测试生产总值", "real", 100.0, 110.0, 6.0)  # implies prices +3.8 %: an ordinary deflator
    assert growth_findings(store) == []


def test_nominal_growth_is_compared_directly(store, series):
    series("测试零售总额", "nominal", 100.0, 110.0, 6.0)
    findings = growth_findings(store)
    assert len(findings) == 1 and "+10.0%" in findings[0].message


def test_real_growth_against_levels_of_another_vintage_is_worded_as_such(store, series):
    series("测试增加值", "real", 80.0, 110.0, 6.0)  # the 2022 level predates a census revision
    findings = growth_findings(store)
    assert len(findings) == 1
    assert "隐含价格变动" in findings[0].message and "普查" in findings[0].message


def test_a_quote_saying_comparable_prices_makes_one_fact_real(store, series):
    series("测试收入", "nominal", 100.0, 110.0, 6.0)
    oid = store.scalar("SELECT max(id) FROM observations")
    store.update("observations", oid, {"growth_basis": "real"}, 1)
    assert growth_findings(store) == []
