"""The default database: the facts of the seed page, entered as a careful editor would."""

from datetime import date
from decimal import Decimal

import pytest

from scnews_desktop.domain.periods import parse_period
from scnews_desktop.domain.quantities import parse_quantity
from scnews_desktop.domain.records import value_in_unit
from scnews_desktop.storage.checks import run_checks


def test_counts(store):
    assert store.scalar("SELECT count(*) FROM sources") == 6
    assert store.scalar("SELECT count(*) FROM observations") > 50
    assert store.scalar("SELECT count(*) FROM projects") > 12
    assert store.scalar("SELECT count(*) FROM project_events") >= 10
    assert store.scalar("SELECT count(DISTINCT source_id) FROM observations") == 5


def test_sources_have_their_metadata(store):
    for row in store.query("SELECT * FROM sources"):
        assert row["title"] and row["byline"] and len(row["body"]) > 300
        assert row["publication"] == "四川经济日报"
        assert date.fromisoformat(row["published_on"]) == date(2021, 1, 21)


def test_every_quote_is_at_its_offsets(store):
    n = 0
    for table in ("observations", "projects", "project_events"):
        rows = store.query(
            f"SELECT t.quote, t.quote_start, t.quote_end, s.body FROM {table} t "
            "JOIN sources s ON s.id = t.source_id"
        )
        for row in rows:
            assert row["quote"], table
            assert row["body"][row["quote_start"] : row["quote_end"]] == row["quote"]
            n += 1
    assert n > 100


def test_values_equal_their_text_in_the_indicator_unit(store):
    rows = store.query(
        "SELECT o.value, o.value_text, o.qualifier, i.unit FROM observations o "
        "JOIN indicators i ON i.id = o.indicator_id"
    )
    checked = 0
    for row in rows:
        if row["value_text"] is None:
            assert row["value"] is None
            continue
        quantity = parse_quantity(row["value_text"])
        assert Decimal(str(row["value"])) == value_in_unit(quantity, row["unit"]), row
        assert quantity.qualifier == row["qualifier"], row
        checked += 1
    assert checked > 50


def test_trade_2020_exports_plus_imports_equal_total(store):
    def value(name, region="四川省", start="2020-01-01", end="2020-12-31"):
        return store.scalar(
            "SELECT o.value FROM observations o JOIN indicators i ON i.id = o.indicator_id "
            "JOIN regions r ON r.id = o.region_id WHERE i.name = ? AND r.name = ? AND o.period_start = ? "
            "AND o.period_end = ?",
            [name, region, start, end],
        )

    total, exports, imports = (
        value("货物贸易进出口总值"),
        value("货物贸易出口总值"),
        value("货物贸易进口总值"),
    )
    assert (total, exports, imports) == (8081.9, 4654.3, 3427.6)
    assert Decimal(str(exports)) + Decimal(str(imports)) == Decimal(str(total))
    dec = [
        value(n, start="2020-12-01") for n in ("货物贸易进出口总值", "货物贸易出口总值", "货物贸易进口总值")
    ]
    assert dec == [741, 434, 307]


def test_headline_trade_fact(store):
    row = store.query(
        "SELECT o.*, i.unit FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "WHERE o.value = 8081.9"
    )[0]
    assert (row["yoy_pct"], row["rank"], row["rank_scope"], row["unit"]) == (19, 8, "全国", "亿元")
    national = store.query(
        "SELECT o.yoy_pct FROM observations o JOIN regions r ON r.id = o.region_id "
        "WHERE r.name = '中国' ORDER BY o.yoy_pct"
    )
    assert [r["yoy_pct"] for r in national] == [-0.7, 1.9, 4]


def test_design_examples_are_in_the_data(store):
    texts = {r["value_text"]: r for r in store.query("SELECT value_text, value, qualifier FROM observations")}
    assert texts["21859万元"]["value"] == 2.1859
    assert texts["6千余户"]["qualifier"] == "over"
    assert texts["近7千人"]["qualifier"] == "under"
    assert texts["逾60亿元"]["value"] == 60
    assert texts["1.4万余人"]["value"] == 14000
    assert texts["10亿千瓦时"]["value"] == 10


def test_wuliangye_base_project(store):
    p = store.query(
        "SELECT p.*, r.name AS region, rp.name AS parent FROM projects p "
        "JOIN regions r ON r.id = p.region_id JOIN regions rp ON rp.id = r.parent_id "
        "WHERE p.name = '五粮液集团现代装备产业示范基地'"
    )[0]
    assert (p["investment"], p["area_m2"], p["duration_months"], p["expected_output"]) == (15, 150000, 18, 50)
    assert (p["region"], p["parent"], p["status"]) == ("三江新区", "宜宾市", "started")
    event = store.query("SELECT kind, occurred_on FROM project_events WHERE project_id = ?", [p["id"]])
    assert event == [{"kind": "started", "occurred_on": "2021-01-20"}]
    orgs = store.query(
        "SELECT o.name, po.role FROM project_organizations po "
        "JOIN organizations o ON o.id = po.organization_id WHERE po.project_id = ?",
        [p["id"]],
    )
    assert orgs == [{"name": "五粮液集团", "role": "investor"}]


def test_landun_projects_in_xuzhou(store):
    rows = store.query(
        "SELECT p.name, r.code FROM projects p JOIN regions r ON r.id = p.region_id "
        "WHERE p.name LIKE '蓝盾%' AND p.status = 'signed'"
    )
    assert len(rows) == 5 and {r["code"] for r in rows} == {"511504"}


def test_periods_agree_with_their_labels_where_parseable(store):
    rows = store.query(
        "SELECT o.period_label, o.period_kind, o.period_start, o.period_end, s.published_on "
        "FROM observations o JOIN sources s ON s.id = o.source_id"
    )
    agreed = 0
    for row in rows:
        try:
            p = parse_period(row["period_label"], date.fromisoformat(row["published_on"]))
        except Exception:
            continue
        if p.relative:
            continue
        if (p.kind, p.start.isoformat(), p.end.isoformat()) == (
            row["period_kind"],
            row["period_start"],
            row["period_end"],
        ):
            agreed += 1
    assert agreed >= 30


def test_periods_not_taken_literally_have_a_note(store):
    """Where the stored period is not what the label says on its own, the editor's note explains it."""
    rows = store.query(
        "SELECT o.period_label, o.period_kind, o.period_start, o.period_end, o.note, s.published_on "
        "FROM observations o JOIN sources s ON s.id = o.source_id"
    )
    for row in rows:
        try:
            p = parse_period(row["period_label"], date.fromisoformat(row["published_on"]))
            literal = (p.kind, p.start.isoformat(), p.end.isoformat()) == (
                row["period_kind"],
                row["period_start"],
                row["period_end"],
            )
        except Exception:
            literal = False
        if not literal:
            assert row["note"], row["period_label"]


def test_default_database_passes_its_checks(store):
    assert run_checks(store) == []


@pytest.mark.parametrize("level,count", [("prefecture", 21), ("county", 183), ("province", 34)])
def test_gazetteer_loaded(store, level, count):
    assert store.scalar("SELECT count(*) FROM regions WHERE level = ?", [level]) == count
