"""Write db/schema.sql from a freshly migrated database. Run after adding a migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from scnews_desktop.storage import migrations

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    migrations.apply(db)
    (ROOT / "db" / "schema.sql").write_text(migrations.schema_sql(db), encoding="utf-8")
