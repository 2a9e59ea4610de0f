"""Create, read, update and delete every record type, each with its audit row."""

import json

import pytest

from scnews_desktop.storage.errors import ConflictError, InUseError, NotFound


@pytest.fixture
def base(empty_store):
    s = empty_store
    region = s.scalar("SELECT id FROM regions WHERE code = '511500'")
    src = s.insert("sources", {"title": "来源", "published_on": "2021-01-20", "body": "五粮液集团开工。"})
    ind = s.insert("indicators", {"name": "指标", "unit": "亿元", "measure": "flow"})
    org = s.insert(
        "organizations", {"name": "机构", "kind": "enterprise", "region_id": region, "aliases": ["别名"]}
    )
    return {"region": region, "source": src, "indicator": ind, "organization": org}


def _records(base):
    return {
        "sources": {"title": "另一来源", "published_on": "2021-01-21"},
        "regions": {"name": "测试园区", "level": "zone", "parent_id": base["region"], "aliases": ["园区"]},
        "organizations": {"name": "另一机构", "kind": "government"},
        "indicators": {"name": "另一指标", "unit": "户", "measure": "stock"},
        "observations": {
            "indicator_id": base["indicator"]["id"],
            "region_id": base["region"],
            "period_kind": "year",
            "period_start": "2020-01-01",
            "period_end": "2020-12-31",
            "value": 15.0,
            "value_text": "15亿元",
            "source_id": base["source"]["id"],
            "quote": "五粮液集团开工",
            "quote_start": 0,
            "quote_end": 7,
        },
        "projects": {
            "name": "项目",
            "region_id": base["region"],
            "status": "started",
            "investment": 15.0,
            "source_id": base["source"]["id"],
        },
    }


@pytest.mark.parametrize(
    "table", ["sources", "regions", "organizations", "indicators", "observations", "projects"]
)
def test_crud_with_audit(empty_store, base, table):
    s = empty_store
    values = _records(base)[table]
    row = s.insert(table, values)
    assert row["version"] == 1 and row["uid"] and row["created_at"].endswith("Z")
    assert s.get(table, row["id"])["uid"] == row["uid"]

    field = next(k for k in values if k in ("title", "name", "value"))
    new_value = 16.0 if field == "value" else values[field] + "改"
    updated = s.update(table, row["id"], {field: new_value}, expected_version=1)
    assert updated["version"] == 2 and updated[field] == new_value

    with pytest.raises(ConflictError) as info:
        s.update(table, row["id"], {field: new_value}, expected_version=1)
    assert info.value.current["version"] == 2
    assert s.get(table, row["id"])[field] == new_value  # nothing overwritten

    s.delete(table, row["id"], expected_version=2)
    with pytest.raises(NotFound):
        s.get(table, row["id"])

    history = s.history(table, row["uid"])
    assert [h["action"] for h in history] == ["insert", "update", "delete"]
    assert {h["editor"] for h in history} == {"测试"}
    assert json.loads(history[1]["before"])[field] != json.loads(history[1]["after"])[field]


def test_project_with_parts_and_cascading_delete(empty_store, base):
    s = empty_store
    project = s.insert("projects", {"name": "基地", "status": "signed"})
    link = s.insert(
        "project_organizations",
        {"project_id": project["id"], "organization_id": base["organization"]["id"], "role": "investor"},
    )
    event = s.insert(
        "project_events", {"project_id": project["id"], "kind": "signed", "occurred_on": "2021-01-18"}
    )
    with pytest.raises(InUseError, match="项目机构"):
        s.delete("organizations", base["organization"]["id"])
    s.delete("projects", project["id"])
    assert s.scalar("SELECT count(*) FROM project_organizations") == 0
    assert s.scalar("SELECT count(*) FROM project_events") == 0
    deleted = {r["row_uid"] for r in s.query("SELECT row_uid FROM changes WHERE action = 'delete'")}
    assert {link["uid"], event["uid"], project["uid"]} <= deleted


def test_source_cited_by_facts_cannot_be_deleted(empty_store, base):
    s = empty_store
    s.insert("observations", _records(base)["observations"])
    with pytest.raises(InUseError, match="数据 1 条"):
        s.delete("sources", base["source"]["id"])
    assert s.get("sources", base["source"]["id"])


def test_failed_write_leaves_no_audit_row(empty_store):
    before = empty_store.scalar("SELECT count(*) FROM changes")
    with pytest.raises(Exception):  # noqa: B017 - any constraint error
        empty_store.insert("sources", {"title": ""})
    assert empty_store.scalar("SELECT count(*) FROM changes") == before


def test_unknown_column_is_refused(empty_store):
    from scnews_desktop.storage.errors import ConstraintError

    with pytest.raises(ConstraintError, match="没有这些字段"):
        empty_store.insert("sources", {"title": "x", "colour": "red"})
