import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from scnews_desktop.storage import migrations
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.errors import ConstraintError

ROOT = Path(__file__).resolve().parents[2]


def test_fresh_database_matches_committed_schema(tmp_path):
    with Store.open(tmp_path / "fresh.db", create=True) as store:
        assert migrations.schema_sql(store.db) == (ROOT / "db" / "schema.sql").read_text(encoding="utf-8")
        assert store.schema_version() == migrations.latest_version()


def test_wal_and_foreign_keys_are_on(tmp_path):
    with Store.open(tmp_path / "fresh.db", create=True) as store:
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA foreign_keys") == 1


def test_design_contract_columns_exist(tmp_path):
    contract = {
        "sources": "title publication published_on page byline dateline url body note",
        "regions": "code name full_name level parent_id aliases",
        "organizations": "name kind region_id aliases",
        "indicators": "name unit category measure description",
        "observations": "indicator_id region_id period_kind period_start period_end period_label value value_text "
        "qualifier is_estimate yoy_pct growth_pct growth_base rank rank_scope source_id quote "
        "quote_start quote_end note",
        "projects": "name region_id sector status investment investment_text investment_qualifier area_m2 area_text "
        "duration_months expected_output expected_output_text jobs source_id quote note",
        "project_organizations": "project_id organization_id role",
        "project_events": "project_id kind occurred_on date_precision source_id quote note",
    }
    with Store.open(tmp_path / "fresh.db", create=True) as store:
        for table, names in contract.items():
            columns = set(store.columns(table))
            assert set(names.split()) | {"id", "uid", "created_at", "updated_at", "version"} <= columns, table
        changes = {r[1] for r in store.db.execute("PRAGMA table_info(changes)")}
        assert {"table_name", "row_uid", "action", "before", "after", "editor", "changed_at"} <= changes


@pytest.fixture
def refs(empty_store):
    src = empty_store.insert("sources", {"title": "测试来源", "published_on": "2021-01-21", "body": "正文"})
    ind = empty_store.insert("indicators", {"name": "测试指标", "unit": "亿元"})
    region = empty_store.scalar("SELECT id FROM regions WHERE code = '510000'")
    return {"source_id": src["id"], "indicator_id": ind["id"], "region_id": region}


def _obs(refs, **kw):
    values = {
        "period_kind": "year",
        "period_start": "2020-01-01",
        "period_end": "2020-12-31",
        "value": 1.0,
        **refs,
    }
    values.update(kw)
    return values


@pytest.mark.parametrize(
    "bad",
    [
        {"period_start": "2021-01-01", "period_end": "2020-12-31"},  # start after end
        {"period_kind": "decade"},
        {"qualifier": "maybe"},
        {"period_start": "2020/01/01"},
        {"value": None},  # no value, growth or rank
        {"rank": 0},
        {"region_id": 999999},  # foreign key
    ],
)
def test_check_constraints_reject_bad_observations(empty_store, refs, bad):
    before = empty_store.scalar("SELECT count(*) FROM observations")
    with pytest.raises(ConstraintError):
        empty_store.insert("observations", _obs(refs, **bad))
    assert empty_store.scalar("SELECT count(*) FROM observations") == before
    assert empty_store.scalar("SELECT count(*) FROM changes WHERE table_name = 'observations'") == 0


def test_growth_alone_is_allowed(empty_store, refs):
    row = empty_store.insert("observations", _obs(refs, value=None, yoy_pct=1.9))
    assert row["value"] is None and row["yoy_pct"] == 1.9


def test_enumerations_on_projects_and_regions(empty_store):
    with pytest.raises(ConstraintError):
        empty_store.insert("projects", {"name": "x", "status": "dreaming"})
    with pytest.raises(ConstraintError):
        empty_store.insert("regions", {"name": "x", "level": "galaxy"})
    with pytest.raises(ConstraintError):
        empty_store.insert("regions", {"name": "x", "level": "zone", "aliases": "not json"})


def test_indexes_cover_sorts_and_filters(tmp_path):
    db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    migrations.apply(db)
    indexed = {tuple(i.columns) for t in ("observations", "projects") for i in db[t].indexes}
    for columns in [
        ("indicator_id", "region_id", "period_end"),
        ("region_id", "period_end"),
        ("value", "id"),
        ("status", "id"),
        ("investment", "id"),
    ]:
        assert columns in indexed


def test_migration_table_name_is_sqlite_utils_own():
    from scnews_desktop.storage._sqlite_utils import Migrations

    assert Migrations.migrations_table == migrations.MIGRATIONS_TABLE


def test_opening_and_browsing_a_current_file_does_not_import_sqlite_utils(default_db):
    """Start-up reads through the plain connection; sqlite-utils loads on the first write."""
    code = (
        "import sys\n"
        "from scnews_desktop.storage.database import Store\n"
        "from scnews_desktop.storage.browse import Browser\n"
        "from scnews_desktop.storage import specs\n"
        f"store = Store.open({str(default_db)!r})\n"
        "assert Browser(store, specs.OBSERVATIONS).first(10)\n"
        "assert 'sqlite_utils' not in sys.modules, 'imported at open'\n"
        "store.insert('organizations', {'name': '写入时加载'})\n"
        "assert 'sqlite_utils' in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
