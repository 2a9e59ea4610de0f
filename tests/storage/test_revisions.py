"""Revisions, not conflicts: a later official figure (最终核实, the yearbook) that supersedes an earlier one
(初步核算) — found as a likely revision, marked with a reason, both kept, the latest charted and checked
against drafts; marked in the checks window; carried by export and import."""

from datetime import date

import pytest

from scnews_desktop.domain.errors import ValidationError
from scnews_desktop.storage import revisions
from scnews_desktop.storage.chart_data import load_series
from scnews_desktop.storage.checks import record_findings, run_checks
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.default_data import init_database
from scnews_desktop.storage.exchange import (
    apply_import,
    export_rows,
    plan_observation_import,
    read_table,
    write_export,
)
from scnews_desktop.storage.resolver import resolver_of
from scnews_desktop.storage.verify import CONFLICT, MATCH, verify


@pytest.fixture
def pair(store):
    """宜宾市 GDP of 2009: 870.85亿元 初步核算 (February 2010), 906.8亿元 最终核实 (the 2011 yearbook)."""
    if resolver_of(store).indicator("地区生产总值") is None:
        store.insert(
            "indicators", {"name": "地区生产总值", "unit": "亿元", "measure": "flow", "growth_basis": "real"}
        )
        resolver_of(store).refresh()
    indicator = resolver_of(store).indicator("地区生产总值").id
    region = store.scalar("SELECT id FROM regions WHERE name = '宜宾市'")

    def source(title: str, day: str) -> int:
        return store.insert("sources", {"title": title, "published_on": day, "body": ""})["id"]

    common = {
        "indicator_id": indicator,
        "region_id": region,
        "period_kind": "year",
        "period_start": "2009-01-01",
        "period_end": "2009-12-31",
    }
    first = store.insert(
        "observations",
        common
        | {
            "source_id": source("宜宾市2009年国民经济和社会发展统计公报", "2010-02-20"),
            "value": 870.85,
            "value_text": "870.85亿元",
            "quote": "经初步核算，全年实现地区生产总值870.85亿元。",
        },
    )
    final = store.insert(
        "observations",
        common
        | {
            "source_id": source("宜宾统计年鉴2011", "2011-10-01"),
            "value": 906.8,
            "value_text": "906.8亿元",
            "quote": "经最终核实，2009年地区生产总值为906.8亿元。",
        },
    )
    return first, final


def _rules(findings, uids):
    return {f.rule for f in findings if {r.uid for r in f.records} & uids}


def test_a_later_figure_saying_it_is_final_is_a_revision_to_mark_not_a_conflict(store, pair):
    first, final = pair
    found = [
        f
        for f in run_checks(store, integrity=False)
        if {r.uid for r in f.records} == {first["uid"], final["uid"]}
    ]
    assert [f.rule for f in found] == ["revision"] and found[0].severity == "warning"
    assert found[0].records[0].uid == final["uid"] and "最终核实" in found[0].message


def test_without_such_words_it_stays_a_conflict(store, pair):
    first, final = pair
    store.update("observations", final["id"], {"quote": None}, final["version"])
    store.update(
        "sources",
        final["source_id"],
        {"title": "宜宾日报"},
        store.get("sources", final["source_id"])["version"],
    )
    assert "conflict" in _rules(run_checks(store, integrity=False), {first["uid"], final["uid"]})


def test_a_marked_revision_keeps_both_and_the_latest_is_charted_and_checked(store, pair):
    first, final = pair
    revisions.mark(store, final["id"], first["id"], "最终核实")
    assert not _rules(run_checks(store, integrity=False), {first["uid"], final["uid"]})
    assert (
        store.scalar("SELECT count(*) FROM observations WHERE uid IN (?, ?)", [first["uid"], final["uid"]])
        == 2
    )
    series = load_series(store, final["indicator_id"], [final["region_id"]])
    values = [p.value for s in series for p in s.points if p.end == date(2009, 12, 31)]
    assert values == [906.8]
    old, new = (
        verify(store, f"宜宾市2009年地区生产总值{text}。", date(2026, 1, 5))[0]
        for text in ("870.85亿元", "906.8亿元")
    )
    assert old.status == CONFLICT and any("已被修订" in n and "906.8" in n for n in old.notes)
    assert new.status == MATCH
    # a record saved again says nothing of the other (they are not compared)
    values = store.get("observations", final["id"])
    assert "conflict" not in {f.rule for f in record_findings(store, values, final["id"])}
    revisions.withdraw(store, final["id"])
    assert "revision" in _rules(run_checks(store, integrity=False), {first["uid"], final["uid"]})


def test_a_revision_needs_a_reason_and_the_same_fact(store, pair):
    first, final = pair
    with pytest.raises(ValidationError):
        revisions.mark(store, final["id"], first["id"], "  ")
    other = store.scalar(
        "SELECT id FROM observations WHERE id NOT IN (?, ?) LIMIT 1", [first["id"], final["id"]]
    )
    with pytest.raises(ValidationError):
        revisions.mark(store, final["id"], other, "最终核实")
    assert store.get("observations", final["id"])["supersedes"] is None


def test_a_new_record_quoting_a_final_figure_is_told_it_looks_like_a_revision(store, pair):
    first, _final = pair
    values = store.get("observations", first["id"]) | {
        "source_id": store.insert(
            "sources", {"title": "四川统计年鉴2012", "published_on": "2012-10-01", "body": ""}
        )["id"],
        "value": 910.0,
        "value_text": "910亿元",
        "quote": "修订后为910亿元",
    }
    rules = {f.rule for f in record_findings(store, values)}
    assert "revision" in rules


def test_export_and_import_carry_the_revision(store, pair, tmp_path):
    first, final = pair
    revisions.mark(store, final["id"], first["id"], "最终核实")
    fields, rows = export_rows(store, "observations")
    assert "supersedes" in fields and "revision_reason" in fields
    path = tmp_path / "all.csv"
    write_export(path, fields, rows, "csv")
    assert "修订理由" in path.read_text(encoding="utf-8-sig")
    empty = tmp_path / "empty.db"
    init_database(empty, empty=True)
    with Store.open(empty) as target:
        headers, data, _ = read_table(path)
        plan = plan_observation_import(target, headers, data, create_missing=True)
        assert not plan.problems, plan.report()
        apply_import(target, plan)
        row = target.query(
            "SELECT supersedes, revision_reason FROM observations WHERE uid = ?", [final["uid"]]
        )
        assert row == [{"supersedes": first["uid"], "revision_reason": "最终核实"}]


def test_each_record_of_a_revision_names_the_other(store, pair):
    from scnews_desktop.storage.details import record_details

    first, final = pair
    revisions.mark(store, final["id"], first["id"], "最终核实")
    later = record_details(store, "observations", final["id"])["revisions"]
    earlier = record_details(store, "observations", first["id"])["revisions"]
    assert [(r["role"], r["value_text"], r["reason"]) for r in later] == [
        ("revises", "870.85亿元", "最终核实")
    ]
    assert [(r["role"], r["value_text"], r["reason"]) for r in earlier] == [
        ("revised_by", "906.8亿元", "最终核实")
    ]
