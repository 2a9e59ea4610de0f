"""Storage: the one owner of the SQLite connection, migrations, repositories and the audit log. No Qt."""
