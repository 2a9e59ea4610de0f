"""Undo and redo as storage operations, without Qt: each step puts the database back exactly as it was
(same ids and uids, parts included) or, when it can no longer be taken, writes nothing."""

from __future__ import annotations

import pytest

from scnews_desktop.storage import undo
from scnews_desktop.storage.errors import StorageError


@pytest.fixture
def parts(empty_store):
    s = empty_store
    region = s.scalar("SELECT id FROM regions WHERE code = '511500'")
    source = s.insert("sources", {"title": "来源", "published_on": "2021-01-20"})
    indicator = s.insert("indicators", {"name": "固定资产投资", "unit": "亿元", "measure": "flow"})
    investor = s.insert("organizations", {"name": "五粮液集团", "kind": "enterprise"})
    builder = s.insert("organizations", {"name": "中建三局", "kind": "enterprise"})
    return {
        "region": region,
        "source": source,
        "indicator": indicator,
        "investor": investor,
        "builder": builder,
    }


def _dump(store, table, record_id):
    """The record and its parts as stored, without what every write changes (version, times)."""
    skip = {"version", "updated_at", "created_at"}
    row = {k: v for k, v in store.get(table, record_id).items() if k not in skip}
    children = []
    if table == "projects":
        for child in ("project_organizations", "project_events"):
            for r in store.query(f"SELECT * FROM {child} WHERE project_id = ? ORDER BY id", [record_id]):
                children.append((child, {k: v for k, v in r.items() if k not in skip}))
    return row, children


def _observation(parts):
    return {
        "indicator_id": parts["indicator"]["id"],
        "region_id": parts["region"],
        "period_kind": "year",
        "period_start": "2020-01-01",
        "period_end": "2020-12-31",
        "value": 15.0,
        "value_text": "15亿元",
        "source_id": parts["source"]["id"],
    }


def test_create_undone_and_redone_comes_back_with_its_id_and_uid(empty_store, parts):
    op = undo.Create(empty_store, "observations", _observation(parts))
    op.apply()
    created = _dump(empty_store, "observations", op.row["id"])
    op.revert()
    assert empty_store.scalar("SELECT count(*) FROM observations") == 0
    op.apply()
    assert _dump(empty_store, "observations", op.row["id"]) == created
    assert op.label == "新建数据"


def test_update_undone_restores_the_fields_it_changed(empty_store, parts):
    row = empty_store.insert("observations", _observation(parts))
    op = undo.Update(empty_store, "observations", row["id"], {"value": 16.0, "value_text": "16亿元"}, 1)
    op.apply()
    assert empty_store.get("observations", row["id"])["value"] == 16.0
    op.revert()
    after_undo = empty_store.get("observations", row["id"])
    assert (after_undo["value"], after_undo["value_text"]) == (15.0, "15亿元")
    op.apply()
    assert empty_store.get("observations", row["id"])["value_text"] == "16亿元"


def test_a_stale_edit_is_refused_and_writes_nothing(empty_store, parts):
    row = empty_store.insert("observations", _observation(parts))
    empty_store.update("observations", row["id"], {"note": "别处改过"}, 1)
    op = undo.Update(empty_store, "observations", row["id"], {"value": 16.0}, 1)  # loaded at version 1
    with pytest.raises(StorageError):
        op.apply()
    assert empty_store.get("observations", row["id"])["value"] == 15.0


def test_project_edit_undone_puts_back_its_organisations_and_milestones(empty_store, parts):
    s = empty_store
    create = undo.SaveProject(
        s,
        None,
        {"name": "白酒产业园", "status": "signed", "region_id": parts["region"]},
        [{"organization_id": parts["investor"]["id"], "role": "investor"}],
        [{"kind": "signed", "occurred_on": "2021-01-18"}],
        None,
    )
    create.apply()
    pid = create.row["id"]
    before = _dump(s, "projects", pid)
    edit = undo.SaveProject(
        s,
        pid,
        {"name": "白酒产业园二期", "status": "started"},
        [{"organization_id": parts["builder"]["id"], "role": "builder"}],
        [{"kind": "started", "occurred_on": "2021-06-01"}],
        s.get("projects", pid)["version"],
    )
    edit.apply()
    assert s.scalar("SELECT count(*) FROM project_events WHERE kind = 'signed'") == 0
    edit.revert()
    row, children = _dump(s, "projects", pid)
    assert row == before[0]
    # the same links and milestones (new rows: the edit deleted the old ones)
    strip = {"id", "uid"}
    assert [(t, {k: v for k, v in c.items() if k not in strip}) for t, c in children] == [
        (t, {k: v for k, v in c.items() if k not in strip}) for t, c in before[1]
    ]
    edit.apply()
    assert s.get("projects", pid)["name"] == "白酒产业园二期"
    create_undone = undo.SaveProject(s, None, {"name": "临时项目"}, [], [], None)
    create_undone.apply()
    create_undone.revert()
    assert s.scalar("SELECT count(*) FROM projects WHERE name = '临时项目'") == 0


def test_delete_undone_brings_back_the_project_with_its_parts(empty_store, parts):
    s = empty_store
    create = undo.SaveProject(
        s,
        None,
        {"name": "白酒产业园", "status": "signed"},
        [{"organization_id": parts["investor"]["id"], "role": "investor"}],
        [{"kind": "signed", "occurred_on": "2021-01-18"}],
        None,
    )
    create.apply()
    pid = create.row["id"]
    before = _dump(s, "projects", pid)
    op = undo.Delete(s, "projects", pid, None)
    op.apply()
    assert s.scalar("SELECT count(*) FROM project_events") == 0
    op.revert()
    assert _dump(s, "projects", pid) == before  # same ids and uids, parts included
    op.apply()
    assert s.scalar("SELECT count(*) FROM projects") == 0


def test_a_batch_is_one_step_both_ways(empty_store, parts):
    s = empty_store

    def write():
        with s.atomic():
            first = s.insert("observations", _observation(parts))
            second = s.insert(
                "observations",
                {**_observation(parts), "period_start": "2021-01-01", "period_end": "2021-12-31"},
            )
        return [("observations", first["id"]), ("observations", second["id"])]

    op = undo.Batch(s, "接受建议的数据", write)
    op.apply()
    dumps = [_dump(s, t, i) for t, i in op.created]
    op.revert()
    assert s.scalar("SELECT count(*) FROM observations") == 0
    op.apply()
    assert [_dump(s, t, i) for t, i in op.created] == dumps


def test_undo_of_a_record_deleted_meanwhile_is_refused_and_writes_nothing(empty_store, parts):
    s = empty_store
    op = undo.Update(
        s, "observations", s.insert("observations", _observation(parts))["id"], {"value": 16.0}, 1
    )
    op.apply()
    s.delete("observations", op.record_id)
    changes = s.scalar("SELECT count(*) FROM changes")
    with pytest.raises(StorageError):
        op.revert()
    assert s.scalar("SELECT count(*) FROM changes") == changes
