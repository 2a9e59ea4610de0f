"""Foreign, damaged, newer, read-only and older files: refused or opened safely, never modified."""

import hashlib
import os
import shutil
import sqlite3
import stat

import pytest

from scnews_desktop.storage import migrations
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.errors import (
    ForeignDatabase,
    MissingFile,
    NewerSchema,
    NotADatabase,
    ReadOnlyDatabase,
)
from scnews_desktop.storage.resolver import resolver_of


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_file(tmp_path):
    with pytest.raises(MissingFile, match="找不到"):
        Store.open(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_not_sqlite(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库", encoding="utf-8")
    h = digest(path)
    with pytest.raises(NotADatabase, match="不是 SQLite"):
        Store.open(path)
    assert digest(path) == h


def test_truncated_database(tmp_path, default_db):
    path = tmp_path / "truncated.db"
    path.write_bytes(default_db.read_bytes()[:5000])
    h = digest(path)
    with pytest.raises(NotADatabase):
        Store.open(path)
    assert digest(path) == h


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    h = digest(path)
    with pytest.raises(ForeignDatabase, match="其他程序"):
        Store.open(path)
    assert digest(path) == h
    assert not (tmp_path / "other.db-wal").exists()


def test_newer_schema(tmp_path, default_db):
    conn = sqlite3.connect(default_db)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('scnews', 'm999_future', 'x')"
    )
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.commit()
    conn.close()
    h = digest(default_db)
    with pytest.raises(NewerSchema, match="更新版本"):
        Store.open(default_db)
    assert digest(default_db) == h


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_opens_read_only(default_db):  # pragma: no cover - CI runs as root
    default_db.chmod(stat.S_IRUSR)
    with Store.open(default_db) as store:
        assert store.readonly


def test_read_only_request_never_writes(default_db):
    h = digest(default_db)
    with Store.open(default_db, readonly=True) as store:
        assert store.readonly
        assert store.scalar("SELECT count(*) FROM observations") > 0
        with pytest.raises(ReadOnlyDatabase, match="只读"):
            store.insert("sources", {"title": "x"})
    assert digest(default_db) == h


def test_older_schema_is_backed_up_then_migrated(tmp_path, default_db, monkeypatch):
    def m002_add_column(db):
        db.execute("ALTER TABLE sources ADD COLUMN test_extra TEXT")

    current = migrations.latest_version()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, ("m999_test_extra", m002_add_column)])
    original = digest(default_db)
    with Store.open(default_db, backup_dir=tmp_path / "backups") as store:
        assert store.report.migrated_from == current
        backup = store.report.backup_path
        assert "test_extra" in store.columns("sources")
        assert store.schema_version() == current + 1
    assert backup is not None and backup.parent == tmp_path / "backups"
    old = sqlite3.connect(backup)
    assert "test_extra" not in {r[1] for r in old.execute("PRAGMA table_info(sources)")}
    assert old.execute("SELECT count(*) FROM observations").fetchone()[0] > 50
    old.close()
    assert digest(backup) == original or backup.stat().st_size > 0


def test_directory_is_not_a_database(tmp_path):
    with pytest.raises(NotADatabase, match="文件夹"):
        Store.open(tmp_path)


def test_backup_while_another_connection_writes(default_db, tmp_path):
    writer = sqlite3.connect(default_db)
    writer.execute("BEGIN")
    writer.execute("UPDATE sources SET note = 'x'")
    with Store.open(default_db) as store:
        dest = store.backup_to(tmp_path / "copy.db")
    writer.rollback()
    writer.close()
    conn = sqlite3.connect(dest)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM observations").fetchone()[0] > 50
    conn.close()
    shutil.rmtree(tmp_path / "nothing", ignore_errors=True)


def test_locked_database_is_a_typed_error(default_db):
    from scnews_desktop.storage.errors import DatabaseLocked

    other = sqlite3.connect(default_db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with (
            Store.open(default_db, busy_timeout_ms=100) as store,
            pytest.raises(DatabaseLocked, match="占用"),
        ):
            store.insert("sources", {"title": "x"})
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_file_made_before_the_economic_zones_gets_them(default_db):
    """m007: the default zones a file lacks are added once, under their parent; a zone the editor made
    with the same name is kept as it is."""
    conn = sqlite3.connect(default_db)
    conn.execute("DELETE FROM regions WHERE name IN ('成都平原经济区', '川南经济区', '成都都市圈')")
    conn.execute("UPDATE regions SET note = '编辑自建' WHERE name = '攀西经济区'")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_economic_zones'")
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() - 1}")
    conn.commit()
    conn.close()
    with Store.open(default_db) as store:
        rows = store.query(
            "SELECT z.name, z.level, p.name AS parent, z.aliases, z.note FROM regions z "
            "JOIN regions p ON p.id = z.parent_id WHERE z.name IN ('成都平原经济区', '川南经济区', '成都都市圈', '攀西经济区')"
        )
        by_name = {r["name"]: r for r in rows}
        assert set(by_name) == {"成都平原经济区", "川南经济区", "成都都市圈", "攀西经济区"}
        assert all(r["level"] == "zone" and r["parent"] == "四川省" for r in rows)
        assert "成都经济区" in by_name["成都平原经济区"]["aliases"]
        assert by_name["攀西经济区"]["note"] == "编辑自建"
        assert store.scalar("SELECT count(*) FROM regions WHERE name = '攀西经济区'") == 1
        assert resolver_of(store).gazetteer.lookup("成德眉资")[0].name == "成都都市圈"


def test_an_older_file_is_read_by_every_command_that_only_reads_and_merged_untouched(
    default_db, tmp_path, capsys
):
    """A colleague's file of the version before: stats, export, check, verify and merge read it as it
    would be after the upgrade (an upgraded copy in the temporary folder), the file itself unchanged —
    it was called read-only, and could not be merged without upgrading it."""
    import glob
    import hashlib
    import shutil
    import tempfile

    from scnews_desktop.cli import main

    old = tmp_path / "colleague.db"
    shutil.copyfile(default_db, old)
    conn = sqlite3.connect(old)
    conn.execute("DROP INDEX idx_observations_supersedes")
    conn.execute("ALTER TABLE observations DROP COLUMN supersedes")
    conn.execute("ALTER TABLE observations DROP COLUMN revision_reason")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_revisions'")
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() - 1}")
    conn.commit()
    conn.close()
    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    draft = tmp_path / "draft.txt"
    draft.write_text("2020年，四川省货物贸易进出口总值8081.9亿元。", encoding="utf-8")
    leftovers = set(glob.glob(f"{tempfile.gettempdir()}/colleague-*.upgraded.db"))
    assert main(["stats", "--db", str(old)]) == 0
    assert main(["export", "--db", str(old), "-o", str(tmp_path / "o.csv")]) == 0
    assert main(["check", "--db", str(old)]) in (0, 1)
    assert main(["verify", "--db", str(old), str(draft)]) in (0, 1)
    assert "只读" not in capsys.readouterr().err
    mine = tmp_path / "mine.db"
    shutil.copyfile(default_db, mine)
    assert main(["merge", "--db", str(mine), str(old)]) == 0
    assert hashlib.sha256(old.read_bytes()).hexdigest() == digest
    assert set(glob.glob(f"{tempfile.gettempdir()}/colleague-*.upgraded.db")) == leftovers
