"""The benchmark database is built through the app's own schema (a documented fast path)."""

import sys
from pathlib import Path

from scnews_desktop.storage import migrations
from scnews_desktop.storage.browse import Browser, Filters
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.specs import OBSERVATIONS, SOURCES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import make_big_db  # noqa: E402


def test_small_big_db_has_the_app_schema_and_a_working_index(tmp_path):
    path = tmp_path / "big.db"
    make_big_db.build(path, n_obs=3000, n_projects=40, n_sources=60, body_length=300, log=lambda _m: None)
    with Store.open(path) as store:
        assert migrations.schema_sql(store.db) == (ROOT / "db" / "schema.sql").read_text(encoding="utf-8")
        assert store.scalar("SELECT count(*) FROM observations") == 3000
        assert store.scalar("SELECT count(*) FROM search_queue") == 0
        b = Browser(store, SOURCES)
        b.set_filters(Filters(search="宜宾"))
        like = store.scalar("SELECT count(*) FROM sources WHERE title LIKE '%宜宾%' OR body LIKE '%宜宾%'")
        assert b.count() == like > 0
        o = Browser(store, OBSERVATIONS)
        assert len(o.first(50)) == 50
    # deterministic: the same seed gives the same data
    again = tmp_path / "again.db"
    make_big_db.build(again, n_obs=3000, n_projects=40, n_sources=60, body_length=300, log=lambda _m: None)
    with Store.open(path) as a, Store.open(again) as b2:
        q = "SELECT uid, value, quote FROM observations ORDER BY id"
        assert a.query(q) == b2.query(q)
