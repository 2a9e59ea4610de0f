"""The one owner of the SQLite connection: opening (with the checks that keep foreign, damaged,
newer and read-only files untouched), migrations, backups, and the audited writes of every record.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import quote

from . import migrations as mig
from . import search
from .errors import (
    ConflictError,
    ConstraintError,
    DatabaseLocked,
    DiskFull,
    ForeignDatabase,
    ForeignWal,
    InUseError,
    MissingFile,
    NewerSchema,
    NotADatabase,
    NotFound,
    ReadOnlyDatabase,
    StorageError,
)
from .stamps import new_uid, now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database


class _Attachable(Protocol):
    def changed(self, changes: Changes) -> object: ...


_T = TypeVar("_T", bound=_Attachable)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

#: The user-facing record tables, in an order that satisfies foreign keys when inserting.
RECORD_TABLES = (
    "sources",
    "regions",
    "organizations",
    "indicators",
    "observations",
    "projects",
    "project_organizations",
    "project_events",
    "check_acceptances",
)
TABLE_LABELS = {
    "sources": "来源文章",
    "regions": "地区",
    "organizations": "机构",
    "indicators": "指标",
    "observations": "数据",
    "projects": "项目",
    "project_organizations": "项目机构",
    "project_events": "项目节点",
    "check_acceptances": "核对说明",
}

# Who refers to a record: table → [(referring table, column, cascades)]
_REFERENCES: dict[str, list[tuple[str, str, bool]]] = {
    "sources": [
        ("observations", "source_id", False),
        ("projects", "source_id", False),
        ("project_events", "source_id", False),
    ],
    "regions": [
        ("observations", "region_id", False),
        ("projects", "region_id", False),
        ("organizations", "region_id", False),
        ("regions", "parent_id", False),
    ],
    "organizations": [("project_organizations", "organization_id", False)],
    "indicators": [("observations", "indicator_id", False)],
    "projects": [("project_organizations", "project_id", True), ("project_events", "project_id", True)],
}

#: The same references seen from the referring side: table → column → referenced table (merge and the
#: hub carry these columns as the referenced records' uids).
FOREIGN_KEYS: dict[str, dict[str, str]] = {}
for _referenced, _referring in _REFERENCES.items():
    for _table, _column, _cascade in _referring:
        FOREIGN_KEYS.setdefault(_table, {})[_column] = _referenced


class OpenReport:
    """What happened while opening: created, migrated (with the backup's path), or opened read-only.
    (A plain class: a dataclass is built by compiling generated source, a millisecond of the start-up.)"""

    def __init__(self) -> None:
        self.created = False
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self.readonly = False
        self.upgraded_copy: Path | None = None  # an older file opened read-only: read from this copy


def translate_sqlite_error(exc: sqlite3.Error, path: Path | None = None) -> StorageError:
    """Turn an sqlite3 error into a typed error with a Chinese message."""
    text = str(exc)
    where = f"“{path}”" if path else "数据库"
    if isinstance(exc, sqlite3.IntegrityError):
        if "FOREIGN KEY" in text:
            return ConstraintError("引用的记录不存在或仍被其他记录引用")
        m = re.search(r"UNIQUE constraint failed: (.+)", text)
        if m:
            return ConstraintError(f"已存在相同的记录（{m.group(1)}）")
        m = re.search(r"NOT NULL constraint failed: \w+\.(\w+)", text)
        if m:
            return ConstraintError(f"缺少必填字段“{m.group(1)}”")
        m = re.search(r"CHECK constraint failed: (.+)", text)
        if m:
            return ConstraintError(f"数据不符合规则：{m.group(1)}")
        return ConstraintError(f"数据不符合规则：{text}")
    if "locked" in text or "busy" in text:
        return DatabaseLocked(f"{where}正被其他程序占用，请稍后再试")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(f"{where}是只读的，不能保存修改")
    if "full" in text:
        return DiskFull(f"磁盘空间不足，无法写入{where}")
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return NotADatabase(f"{where}不是有效的数据库文件或已损坏")
    if "unable to open" in text:
        return MissingFile(f"无法打开{where}")
    return StorageError(f"数据库错误：{text}")


@contextlib.contextmanager
def storage_errors(path: Path | None = None) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc


def _check_header(path: Path) -> None:
    if path.is_dir():
        raise NotADatabase(f"“{path}”是一个文件夹，不是数据库文件")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError:
        raise ReadOnlyDatabase(f"没有权限读取“{path}”") from None
    except OSError as exc:
        raise MissingFile(f"无法读取“{path}”：{exc.strerror}") from None
    if header != SQLITE_HEADER:
        if not header:
            raise NotADatabase(f"“{path}”是空文件，不是数据库")
        raise NotADatabase(f"“{path}”不是 SQLite 数据库文件")


class Changes:
    """What one transaction changed: table → uids (bulk loads report the table with no uids listed).
    Storage hands it to every subscriber once the transaction has committed."""

    def __init__(self, touched: dict[str, set[str]] | None = None, bulk: set[str] | None = None) -> None:
        self.touched = touched or {}
        self.bulk = bulk or set()

    @property
    def tables(self) -> set[str]:
        return set(self.touched) | self.bulk

    def uids(self, table: str) -> set[str]:
        return self.touched.get(table, set())

    def __bool__(self) -> bool:
        return bool(self.touched or self.bulk)

    def __repr__(self) -> str:
        return f"Changes({ {t: len(u) for t, u in self.touched.items()} }, bulk={sorted(self.bulk)})"


class Store:
    """An open database. Use ``Store.open(path)``; every logical change goes through ``atomic()``;
    ``subscribe(callback)`` hears, after each commit, which tables and records it changed."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, report: OpenReport, editor: str | None = None
    ) -> None:
        self.conn = conn
        self._db: Database | None = None
        self.path = path
        self.report = report
        self.readonly = report.readonly
        self.editor = editor
        self._depth = 0
        self._touched: dict[str, set[str]] = {}
        self._bulk: set[str] = set()
        self._subscribers: list[Callable[[Changes], object]] = []
        self._attached: dict[Callable[[Store], Any], Any] = {}
        self._key: str | None = None  # the file, as this process counts its open stores

    def attached(self, kind: Callable[[Store], _T]) -> _T:
        """The one ``kind(store)`` of this store, made on first use and told of every commit through its
        ``changed`` method (the resolver, ``storage.resolver.resolver_of``): Store knows no such kind."""
        found = self._attached.get(kind)
        if found is None:
            found = self._attached[kind] = kind(self)
            self.subscribe(found.changed)
        return found

    def subscribe(self, callback: Callable[[Changes], object]) -> None:
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Changes], object]) -> None:
        with contextlib.suppress(ValueError):
            self._subscribers.remove(callback)

    def _touch(self, table: str, uid: str | None) -> None:
        if uid is None:
            self._bulk.add(table)
        else:
            self._touched.setdefault(table, set()).add(uid)

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        path: str | os.PathLike,
        *,
        create: bool = False,
        readonly: bool = False,
        editor: str | None = None,
        backup_dir: Path | None = None,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> Store:
        path = Path(path).expanduser()
        report = OpenReport()
        if not path.exists():
            if not create:
                raise MissingFile(f"找不到数据库文件“{path}”")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ReadOnlyDatabase(f"无法创建文件夹“{path.parent}”：{exc.strerror}") from None
            report.created = True
        immutable = False
        if path.exists():
            _check_header(path)
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                readonly = True
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                check_left_over_log(path)
            elif readonly and not os.access(path.parent, os.W_OK):
                # a WAL database in a folder we cannot write: SQLite could not make its -shm file, so
                # the file is read as it is (there is no log to read with it)
                immutable = True
        report.readonly = readonly
        mode = "ro" if readonly else "rwc"
        try:
            # autocommit: transactions are only the ones ``atomic`` begins (BEGIN IMMEDIATE), never one
            # the driver opens by itself before a statement (and leaves open)
            conn = sqlite3.connect(
                f"file:{quote(str(path.resolve()))}?mode={mode}{'&immutable=1' if immutable else ''}",
                uri=True,
                timeout=busy_timeout_ms / 1000,
                isolation_level=None,
            )
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, path) from exc
        try:
            with storage_errors(path):
                conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
                conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database sets it
                state = cls._inspect(conn, path)
                if state == "empty":
                    if readonly:
                        raise ReadOnlyDatabase(f"“{path}”是只读的，无法创建数据库")
                    conn.execute("PRAGMA journal_mode = WAL")
                    cls._migrate(conn)
                    report.created = True
                elif state == "older" and readonly:
                    # read as it would be after the upgrade, the file itself untouched: an upgraded
                    # copy in the temporary folder, deleted when the store closes
                    report.migrated_from = conn.execute("PRAGMA user_version").fetchone()[0]
                    upgraded = _upgraded_copy(conn, path)
                    conn.close()
                    conn = sqlite3.connect(
                        f"file:{quote(str(upgraded))}?mode=ro", uri=True, isolation_level=None
                    )
                    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
                    report.upgraded_copy = upgraded
                elif state == "older":
                    report.migrated_from = conn.execute("PRAGMA user_version").fetchone()[0]
                    report.backup_path = _backup_before_migration(
                        conn, path, report.migrated_from, backup_dir
                    )
                    conn.execute("PRAGMA journal_mode = WAL")
                    cls._migrate(conn)
                elif not readonly:
                    conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA foreign_keys = ON")
                store = cls(conn, path, report, editor)
                if not readonly and conn.execute("SELECT 1 FROM search_queue LIMIT 1").fetchone():
                    # rows changed by other tools since the last session; a busy or odd queue must not
                    # keep the file from opening (search misses those rows until the next open)
                    with contextlib.suppress(StorageError):
                        store.sync_search_index()
        except BaseException:
            conn.close()
            raise
        key = str(path.resolve())
        _OPEN_HERE[key] = _OPEN_HERE.get(key, 0) + 1
        store._key = key
        return store

    @property
    def db(self) -> Database:
        """The connection as a sqlite-utils ``Database``, made on first use (writes, migrations, tools):
        reads go straight to ``conn`` so that opening and browsing do not import sqlite-utils."""
        if self._db is None:
            from ._sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @staticmethod
    def _inspect(db: sqlite3.Connection, path: Path) -> str:
        """'empty', 'current' or 'older'; raises for foreign and newer files. Reads only."""
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        if not tables:
            return "empty"
        applied: list[str] = []
        if mig.MIGRATIONS_TABLE in tables:
            applied = [
                r[0]
                for r in db.execute(
                    f"SELECT name FROM {mig.MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY id",
                    [mig.MIGRATION_SET],
                ).fetchall()
            ]
        if not applied:
            raise ForeignDatabase(f"“{path}”是其他程序的数据库，不是本程序的数据文件；为安全起见未作任何修改")
        known = mig.known_names()
        user_version = db.execute("PRAGMA user_version").fetchone()[0]
        if any(name not in known for name in applied) or user_version > mig.latest_version():
            raise NewerSchema(
                f"“{path}”由更新版本的程序创建（格式版本 {user_version}），请升级本程序后再打开"
            )
        return "older" if len(applied) < len(known) else "current"

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        from ._sqlite_utils import Database

        db = Database(conn, execute_plugins=False)
        mig.apply(db)
        db.execute(f"PRAGMA user_version = {mig.latest_version()}")

    @property
    def read_path(self) -> Path:
        """The file a second read-only connection reads: the upgraded copy of an older file, else the
        file itself."""
        return self.report.upgraded_copy or self.path

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self.report.upgraded_copy is not None:
            with contextlib.suppress(OSError):
                self.report.upgraded_copy.unlink()
        key = getattr(self, "_key", None)
        if key is not None and _OPEN_HERE.get(key):
            _OPEN_HERE[key] -= 1
            self._key = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction (a savepoint when nested). When the outermost one commits, subscribers
        hear what it changed; when it rolls back, nothing is reported."""
        if self.readonly:
            raise ReadOnlyDatabase(f"“{self.path}”以只读方式打开，不能保存修改")
        self._depth += 1
        committed = False
        try:
            with storage_errors(self.path), self._transaction():
                yield self.db
            committed = True
        finally:
            self._depth -= 1
            if self._depth == 0:
                changes = Changes(self._touched, self._bulk) if committed else Changes()
                self._touched, self._bulk = {}, set()
                self.announce(changes)

    def announce(self, changes: Changes) -> None:
        """Tell the subscribers what a transaction committed (here, or through another connection to this
        file: a sync on a thread of its own)."""
        if changes:
            for callback in list(self._subscribers):
                callback(changes)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """The outermost transaction takes the write lock up front (BEGIN IMMEDIATE), so that a busy
        database is waited for (the busy timeout) instead of refusing a save that began by reading;
        nested ones are savepoints."""
        db = self.db
        if self.conn.in_transaction:
            with db.atomic():
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def sync_search_index(self) -> int:
        """Index rows written outside ``insert``/``update``/``delete`` (bulk loads, other tools)."""
        with self.atomic() as db:
            return search.process_queue(db)

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with storage_errors(self.path):
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with storage_errors(self.path):
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ records
    def columns(self, table: str) -> list[str]:
        """Column names, read once per table (migrations run before any write of this Store)."""
        _check_table(table)
        cache = self.__dict__.setdefault("_columns", {})
        if table not in cache:
            cache[table] = [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})").fetchall()]
        return cache[table]

    def get(self, table: str, record_id: int) -> dict[str, Any]:
        _check_table(table)
        rows = self.query(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        if not rows:
            raise NotFound(f"{TABLE_LABELS[table]}记录 {record_id} 不存在（可能已被删除）")
        return rows[0]

    def _log(
        self,
        table: str,
        uid: str,
        action: str,
        before: dict | None,
        after: dict | None,
        stamp: str,
        editor: str | None = None,
    ) -> None:
        """The audit row of a change, under ``editor`` (whose change it was) or this store's editor."""
        self.db.execute(
            "INSERT INTO changes (table_name, row_uid, action, before, after, editor, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [table, uid, action, _json(before), _json(after), editor or self.editor, stamp],
        )

    def insert(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        """Insert one record with its audit row; returns the stored row."""
        _check_table(table)
        stamp = now_iso()
        record = _new_record(values, stamp, values.get("id"))
        self._check_columns(table, record)
        cols = list(record)
        with self.atomic():
            cursor = self.db.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [_sql_value(record[c]) for c in cols],
            )
            row = self.get(table, int(cursor.lastrowid or 0))
            self._log(table, row["uid"], "insert", None, row, stamp)
            self._touch(table, row["uid"])
            search.process_queue(self.db)
        return row

    def bulk_insert(
        self, table: str, records: list[dict[str, Any]], batch: int = 5000, editor: str | None = None
    ) -> list[int]:
        """Insert many records in the current transaction, each with its audit row (under ``editor``, or
        this store's editor), indexed for search and counted — like ``insert`` row by row, but with
        statements per batch. Returns the new ids.

        The table's insert triggers (search queue, row count) are dropped for the load and re-created
        from their own SQL before the transaction ends: a rollback restores them with everything else,
        and no other connection can write meanwhile (this one holds the write lock).
        """
        _check_table(table)
        if not records:
            return []
        stamp = now_iso()
        known = set(self.columns(table))
        row_json = ", ".join(f"'{c}', {c}" for c in sorted(known))
        audit_sql = (
            "INSERT INTO changes (table_name, row_uid, action, before, after, editor, changed_at) "
            f"SELECT '{table}', uid, 'insert', NULL, json_object({row_json}), ?, ? FROM {table} "
            "WHERE id BETWEEN ? AND ? ORDER BY id"
        )
        with self._page_cache(16), self.atomic() as db:
            first_id = int(self.scalar(f"SELECT coalesce(max(id), 0) FROM {table}")) + 1
            triggers = db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                "AND sql LIKE '%AFTER INSERT ON%'",
                [table],
            ).fetchall()
            for name, _sql in triggers:
                db.execute(f"DROP TRIGGER {quote_identifier(name)}")
            for offset in range(0, len(records), batch):
                first = first_id + offset
                chunk = [
                    _new_record(values, stamp, i)
                    for i, values in enumerate(records[offset : offset + batch], first)
                ]
                for cols, group in _by_columns(chunk):
                    if not set(cols) <= known:
                        self._check_columns(table, group[0])
                    db.conn.executemany(
                        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [
                            [v if type(v) in _PLAIN else _sql_value(v) for v in map(r.get, cols)]
                            for r in group
                        ],
                    )
                # the audit rows as stored, made by SQLite (json_object) without a round trip
                db.execute(audit_sql, [editor or self.editor, stamp, first, first + len(chunk) - 1])
                search.index_new_rows(db.conn, table, chunk)
            for _name, sql in triggers:
                db.execute(sql)
            db.execute('UPDATE _counts SET count = count + ? WHERE "table" = ?', [len(records), table])
            self._touch(table, None)
        return list(range(first_id, first_id + len(records)))

    @contextlib.contextmanager
    def _page_cache(self, megabytes: int) -> Iterator[None]:
        """A bigger page cache for a bulk load (the default 2 MB makes writes into the unique uid
        indexes of big tables re-read pages for every row); browsing keeps the default, memory flat."""
        cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = {-1024 * int(megabytes)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(cache)}")

    def update(
        self, table: str, record_id: int, values: dict[str, Any], expected_version: int
    ) -> dict[str, Any]:
        """Change fields of a record loaded at ``expected_version``; raises ConflictError when stale."""
        _check_table(table)
        changes = {
            k: v for k, v in values.items() if k not in ("id", "uid", "created_at", "updated_at", "version")
        }
        self._check_columns(table, changes)
        stamp = now_iso()
        with self.atomic():
            before = self.get(table, record_id)
            if before["version"] != expected_version:
                raise ConflictError(
                    f"这条{TABLE_LABELS[table]}记录在您打开之后已被修改（版本 {expected_version} → "
                    f"{before['version']}），请重新载入后再保存",
                    current=before,
                )
            assignments = [f"{c} = ?" for c in changes] + ["updated_at = ?", "version = version + 1"]
            cursor = self.db.execute(
                f"UPDATE {table} SET {', '.join(assignments)} WHERE id = ? AND version = ?",
                [*(_sql_value(v) for v in changes.values()), stamp, record_id, expected_version],
            )
            if cursor.rowcount != 1:  # pragma: no cover - guarded by the version check above
                raise ConflictError("记录已被其他人修改，请重新载入", current=self.get(table, record_id))
            after = self.get(table, record_id)
            self._log(table, after["uid"], "update", before, after, stamp)
            self._touch(table, after["uid"])
            search.process_queue(self.db)
        return after

    def put_synced(self, table: str, record: dict[str, Any], editor: str | None) -> int:
        """Write a record as a team hub has it — its uid, version and timestamps kept — inserting it or
        replacing the one with its uid; audited under ``editor`` (who made the change). Returns its id."""
        _check_table(table)
        self._check_columns(table, record)
        stamp = now_iso()
        with self.atomic():
            existing = self.query(f"SELECT * FROM {table} WHERE uid = ?", [record["uid"]])
            cols = [c for c in record if c != "id"]
            if existing:
                before = existing[0]
                self.db.execute(
                    f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                    [*(_sql_value(record[c]) for c in cols), before["id"]],
                )
                record_id, action = int(before["id"]), "update"
            else:
                before = None
                cursor = self.db.execute(
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [_sql_value(record[c]) for c in cols],
                )
                record_id, action = int(cursor.lastrowid or 0), "insert"
            after = self.get(table, record_id)
            self._log(table, after["uid"], action, before, after, stamp, editor)
            self._touch(table, after["uid"])
            search.process_queue(self.db)
        return record_id

    def dependents(self, table: str, record_id: int) -> dict[str, int]:
        """How many records of each table refer to this one."""
        result = {}
        for ref_table, column, _cascade in _REFERENCES.get(table, []):
            n = self.scalar(f"SELECT count(*) FROM {ref_table} WHERE {column} = ?", [record_id])
            if n:
                result[ref_table] = int(n)
        return result

    def delete(self, table: str, record_id: int, expected_version: int | None = None) -> dict[str, Any]:
        """Delete a record (and the parts of a project); refuses when other records still refer to it."""
        _check_table(table)
        stamp = now_iso()
        with self.atomic():
            before = self.get(table, record_id)
            if expected_version is not None and before["version"] != expected_version:
                raise ConflictError(
                    f"这条{TABLE_LABELS[table]}记录在您打开之后已被修改，请重新载入后再删除", current=before
                )
            blocking = {
                t: n
                for t, n in self.dependents(table, record_id).items()
                if not any(rt == t and cascade for rt, _c, cascade in _REFERENCES.get(table, []))
            }
            if blocking:
                parts = "、".join(f"{TABLE_LABELS[t]} {n} 条" for t, n in blocking.items())
                raise InUseError(f"不能删除：仍有{parts}引用这条{TABLE_LABELS[table]}记录")
            for ref_table, column, cascade in _REFERENCES.get(table, []):
                if cascade:
                    for child in self.query(f"SELECT * FROM {ref_table} WHERE {column} = ?", [record_id]):
                        self._log(ref_table, child["uid"], "delete", child, None, stamp)
                        self._touch(ref_table, child["uid"])
            self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
            self._log(table, before["uid"], "delete", before, None, stamp)
            self._touch(table, before["uid"])
            search.process_queue(self.db)
        return before

    def history(self, table: str, uid: str) -> list[dict[str, Any]]:
        _check_table(table)
        return self.query(
            "SELECT * FROM changes WHERE table_name = ? AND row_uid = ? ORDER BY id", [table, uid]
        )

    def _check_columns(self, table: str, values: dict[str, Any]) -> None:
        unknown = set(values) - set(self.columns(table))
        if unknown:
            raise ConstraintError(f"{TABLE_LABELS[table]}没有这些字段：{', '.join(sorted(unknown))}")

    # ------------------------------------------------------------------ backup
    def backup_to(self, dest: str | os.PathLike) -> Path:
        """A consistent copy through SQLite's online backup API, safe while others write."""
        dest = Path(dest)
        tmp = dest.with_name(dest.name + ".part")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            with storage_errors(dest):
                target = sqlite3.connect(tmp)
                try:
                    self.conn.backup(target)
                    # a backup is a rollback-journal file (header bytes 18–19 = 1): copied over a live
                    # file by hand, it can never be mistaken for the file a left-over log belongs to
                    target.execute("PRAGMA journal_mode = DELETE")
                finally:
                    target.close()
            os.replace(tmp, dest)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            if exc.errno == 28:  # ENOSPC
                raise DiskFull(f"磁盘空间不足，无法写入备份“{dest}”") from None
            raise StorageError(f"无法写入备份“{dest}”：{exc.strerror or exc}") from None
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise
        return dest


#: How many Store connections this process has open on each file (its log is then ours, in use).
_OPEN_HERE: dict[str, int] = {}
_SHM_DEAD_MAN_BYTE = 128  # SQLite's unix VFS: every live connection holds a read lock on this -shm byte


def log_in_use(path: Path) -> bool:
    """Whether a live connection owns the database's write-ahead log: one of this process, or (where
    POSIX locks can be asked) of another program."""
    if _OPEN_HERE.get(str(path.resolve()), 0):
        return True
    shm = Path(f"{path}-shm")
    if os.name != "posix" or not shm.exists():
        return False
    import fcntl
    import struct

    try:
        with shm.open("rb+") as fh:
            probe = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, _SHM_DEAD_MAN_BYTE, 1, 0)
            answer = fcntl.fcntl(fh.fileno(), fcntl.F_GETLK, probe)
            return struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK
    except OSError:
        return False


def _rollback_header(path: Path) -> bool:
    """Whether the file's header says it was last written in rollback-journal mode (bytes 18–19 = 1).
    This app writes its files in WAL mode only (2): such a file is a copy put in place — a backup, which
    this app writes in rollback mode — and a log beside it belongs to the file it replaced."""
    try:
        with path.open("rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 1 and header[19] == 1


def check_left_over_log(path: Path) -> None:
    """A database with a write-ahead log beside it that no live connection owns (a crash left it) is
    refused untouched when the log is not the file's: certainly so when the file's own header says it
    is a copy put in place (a backup, which this app writes in rollback mode — SQLite would fold the
    log's pages into a file they were never written for, and a recent backup of the same file passes
    any check of the pair); otherwise when the pair, read through a read-only connection (which never
    folds the log in), is inconsistent."""
    if log_in_use(path):
        return
    result = "backup" if _rollback_header(path) else _quick_check_read_only(path)
    if result != "ok":
        raise ForeignWal(
            f"“{path.name}”与它旁边的日志文件“{path.name}-wal”对不上（常见原因：程序异常退出后，用备份覆盖了"
            "数据库文件）。为安全起见未作任何修改。请用“文件 → 从备份恢复”或 scnews restore 恢复，原文件和日志"
            "会被移到一旁保存。"
        )


def _quick_check_read_only(path: Path) -> str:
    try:
        conn = sqlite3.connect(
            f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc
    try:
        return str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return "ok"  # another program is writing it: the log is that program's, in use
        return str(exc)
    finally:
        conn.close()


def restore_backup(backup: Path, target: Path) -> Path | None:
    """Put a backup in place of a database, never meeting the target's old write-ahead log: the
    backup is checked, the target and its -wal/-shm are moved aside together (returned: nothing is
    lost), and a consistent copy of the backup is written beside the target and moved into place."""
    backup, target = Path(backup), Path(target)
    if backup.resolve() == target.resolve():
        raise StorageError("备份文件和要恢复的数据库是同一个文件")
    if target.exists() and log_in_use(target):  # its saves would go on into the file moved aside
        raise StorageError(
            f"“{target.name}”正在被打开（本程序的窗口或另一个程序）：请先关闭它再恢复，以免之后的保存写进被移开的旧文件"
        )
    with Store.open(backup, readonly=True) as source:  # ours, not newer, not damaged
        problem = source.scalar("PRAGMA quick_check(1)")
        if problem != "ok":
            raise NotADatabase(f"备份“{backup}”已损坏：{problem}")
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        aside: Path | None = None
        part = target.with_name(target.name + ".part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with storage_errors(target):
                copy = sqlite3.connect(part)
                try:
                    source.conn.backup(copy)
                finally:
                    copy.close()
            if target.exists():
                aside = target.with_name(f"{target.name}.replaced-{stamp}")
                for suffix in ("", "-wal", "-shm"):
                    old = Path(f"{target}{suffix}")
                    if old.exists():
                        os.replace(old, Path(f"{aside}{suffix}"))
            os.replace(part, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
            raise StorageError(f"无法恢复到“{target}”：{exc.strerror or exc}") from None
    return aside


def quote_identifier(name: str) -> str:
    """An SQL identifier quoted, whatever it holds (another tool's trigger may be named a"b)."""
    return '"' + name.replace('"', '""') + '"'


def _upgraded_copy(conn: sqlite3.Connection, path: Path) -> Path:
    """A copy of an older file in the temporary folder, upgraded to this version's format."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f"{path.stem}-", suffix=".upgraded.db")
    os.close(fd)
    copy = Path(name)
    try:
        with storage_errors(copy):
            target = sqlite3.connect(copy, isolation_level=None)
            try:
                conn.backup(target)
                Store._migrate(target)
            finally:
                target.close()
    except BaseException:
        with contextlib.suppress(OSError):
            copy.unlink()
        raise
    return copy


def _backup_before_migration(
    conn: sqlite3.Connection, path: Path, version: int, backup_dir: Path | None
) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    folder = backup_dir or path.parent
    dest = folder / f"{path.stem}.v{version}-{stamp}.bak.db"
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.disk_usage(folder).free < path.stat().st_size * 2:
        raise DiskFull(f"磁盘空间不足，无法在升级前备份“{path}”")
    target = sqlite3.connect(dest)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # (a backup says so in its header: see backup_to)
    finally:
        target.close()
    return dest


def _new_record(values: dict[str, Any], stamp: str, record_id: int | None) -> dict[str, Any]:
    """A record to insert: its values with a new uid, timestamps and version 1 unless given."""
    record = {k: v for k, v in values.items() if k != "id"}
    if record_id is not None:
        record["id"] = record_id
    record.setdefault("uid", new_uid())
    record.setdefault("created_at", stamp)
    record.setdefault("updated_at", stamp)
    record.setdefault("version", 1)
    return record


def _by_columns(records: list[dict[str, Any]]) -> list[tuple[list[str], list[dict[str, Any]]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(tuple(record), []).append(record)
    return [(list(cols), group) for cols, group in groups.items()]


def _check_table(table: str) -> None:
    if table not in RECORD_TABLES:
        raise ValueError(f"unknown table {table!r}")


_PLAIN = {str, int, float, type(None)}  # stored as they are


def _sql_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        import json  # (where used: json is not needed to show the first page)

        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if value is not None and type(value).__name__ == "Decimal":
        return float(value)
    return value


def _json(row: dict | None) -> str | None:
    import json  # (where used: json is not needed to show the first page)

    return None if row is None else json.dumps(row, ensure_ascii=False, sort_keys=True)
