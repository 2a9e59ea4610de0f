"""Store.bulk_insert: the bulk path of imports writes what insert() would, row for row."""

import json

from scnews_desktop.storage import specs
from scnews_desktop.storage.browse import Browser, Filters


def _observation(store, i):
    indicator = store.scalar("SELECT id FROM indicators ORDER BY id LIMIT 1")
    region = store.scalar("SELECT id FROM regions WHERE name = '内江市'")
    source = store.scalar("SELECT id FROM sources ORDER BY id LIMIT 1")
    return {
        "indicator_id": indicator,
        "region_id": region,
        "source_id": source,
        "period_kind": "year",
        "period_start": f"{1900 + i}-01-01",
        "period_end": f"{1900 + i}-12-31",
        "period_label": f"{1900 + i}年",
        "value": float(i),
        "value_text": f"{i}亿元",
        "qualifier": "exact",
        "quote": f"批量写入测试语句第{i}条，数值为{i}亿元",
    }


def test_bulk_insert_audits_indexes_and_counts_every_row(store):
    triggers = store.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    before = store.scalar("SELECT count(*) FROM observations")
    audits = store.scalar("SELECT count(*) FROM changes")
    ids = store.bulk_insert("observations", [_observation(store, i) for i in range(1, 12)], batch=4)
    assert len(ids) == 11 and len(set(ids)) == 11
    assert store.scalar("SELECT count(*) FROM observations") == before + 11
    assert store.scalar('SELECT count FROM _counts WHERE "table" = ?', ["observations"]) == before + 11
    assert store.scalar("SELECT count(*) FROM changes") == audits + 11
    rows = store.query(f"SELECT * FROM observations WHERE id IN ({','.join('?' * len(ids))})", ids)
    assert {r["version"] for r in rows} == {1} and all(r["uid"] for r in rows)
    # each audit row holds the record exactly as stored
    for row in rows:
        (after,) = [
            json.loads(a["after"])
            for a in store.query("SELECT after FROM changes WHERE row_uid = ?", [row["uid"]])
        ]
        assert after == row
    # the triggers are back, so a later single insert is queued and indexed as usual
    assert store.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name") == triggers
    assert store.scalar("SELECT count(*) FROM search_queue") == 0
    browser = Browser(store, specs.OBSERVATIONS)
    browser.set_filters(Filters(search="批量写入测试"))
    assert sorted(r["id"] for r in browser.first(50)) == sorted(ids)


def test_bulk_insert_of_nothing_writes_nothing(store):
    changes = store.scalar("SELECT count(*) FROM changes")
    assert store.bulk_insert("observations", []) == []
    assert store.scalar("SELECT count(*) FROM changes") == changes
