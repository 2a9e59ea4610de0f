"""A working copy (this SQLite file) in sync with the team hub: a plain PostgreSQL database that every
editor's copy pushes its changes to and pulls the colleagues' from. There is no server program of ours.

The hub holds every record by ``uid`` (``scnews_records``: its latest version, as portable JSON — foreign
keys as the referenced records' uids — and the hub revision of its last change), the history of every
change with the PostgreSQL role that made it and the editor's name (``scnews_history``), and the
conflicts found (``scnews_conflicts``), which every copy lists once synced.

A copy remembers, per record, the version and hub revision both sides last agreed on (``sync_base``).
Since then a record is *changed here* when its version differs (the data contract bumps ``version`` on
every update, so edits made with other tools sync too) and *deleted here* when it is gone; it is *changed
on the hub* when the hub's revision of it is newer. A sync, in one PostgreSQL transaction under a lock
that serialises the team's syncs:

1. pulls what changed on the hub since the last sync and applies it here where nothing changed here;
2. where both changed (or one deleted what the other edited) and the two differ, keeps both and records
   a conflict — nothing is overwritten; the same change made on both sides is no conflict (so two files
   made by ``scnews init``, whose default records share their uids, do not duplicate them);
3. pushes what changed here (unless the role may only read);
4. carries out the choices made for conflicts (keep mine / take theirs) and lists the open ones.

The hub commits first, then this file: a sync cut short anywhere leaves both consistent, and the next
one finds the same changes again (equal on both sides: nothing duplicated, nothing lost).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from .conflicts import NOT_CONTENT as _NOT_CONTENT
from .database import FOREIGN_KEYS, RECORD_TABLES, TABLE_LABELS, Store, now_iso
from .errors import StorageError
from .merge import rulebook_problem

if TYPE_CHECKING:
    from .hub_watch import HubWatch

SCHEMA_VERSION = "1"
#: The advisory lock that serialises the team's syncs (one at a time on a hub).
LOCK_KEY = 7_410_117

#: How long a sync waits for another one to finish before it gives up, naming who holds the lock.
LOCK_WAIT_SECONDS = 30.0

#: How long the network may stay silent before a connection counts as broken (libpq's TCP settings:
#: a hub that stops answering ends the sync within about this, instead of hanging while this file's
#: write lock is held).
SILENT_NETWORK_SECONDS = 10

HUB_SCHEMA = """
CREATE TABLE IF NOT EXISTS scnews_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS scnews_history (
    rev bigserial PRIMARY KEY,
    tbl text NOT NULL,
    uid text NOT NULL,
    version integer NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    data jsonb,
    role text NOT NULL DEFAULT current_user,
    editor text,
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS scnews_history_record ON scnews_history (tbl, uid);
CREATE TABLE IF NOT EXISTS scnews_records (
    tbl text NOT NULL,
    uid text NOT NULL,
    version integer NOT NULL,
    rev bigint NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    data jsonb,
    role text NOT NULL DEFAULT current_user,
    editor text,
    PRIMARY KEY (tbl, uid)
);
CREATE INDEX IF NOT EXISTS scnews_records_rev ON scnews_records (rev);
CREATE TABLE IF NOT EXISTS scnews_conflicts (
    id bigserial PRIMARY KEY,
    tbl text NOT NULL,
    uid text NOT NULL,
    hub_rev bigint NOT NULL,
    hub_version integer,
    hub_data jsonb,
    copy_data jsonb,
    found_by text NOT NULL DEFAULT current_user,
    found_at timestamptz NOT NULL DEFAULT now(),
    resolved_by text,
    resolved_at timestamptz,
    resolution text
);
"""

#: What the hub writes itself, whoever changes a record: its revision (from the hub's sequence) and the
#: session's role, stamped before the row is stored; the change's history row, written by a function that
#: runs with the hub owner's rights (editors have no right to write the history, nor to change or delete
#: a line of it). A record changed from psql is in the history as surely as one a sync pushed.
HUB_TRUST = """
CREATE OR REPLACE FUNCTION scnews_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.rev := nextval('scnews_history_rev_seq');
    NEW.role := session_user;
    RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION scnews_log() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO scnews_history (rev, tbl, uid, version, deleted, data, role, editor, changed_at)
    VALUES (NEW.rev, NEW.tbl, NEW.uid, NEW.version, NEW.deleted, NEW.data, session_user, NEW.editor, now());
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION scnews_history_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'scnews_history is written by the hub only' USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS scnews_stamp ON scnews_records;
CREATE TRIGGER scnews_stamp BEFORE INSERT OR UPDATE ON scnews_records
    FOR EACH ROW EXECUTE FUNCTION scnews_stamp();
DROP TRIGGER IF EXISTS scnews_log ON scnews_records;
CREATE TRIGGER scnews_log AFTER INSERT OR UPDATE ON scnews_records
    FOR EACH ROW EXECUTE FUNCTION scnews_log();
DROP TRIGGER IF EXISTS scnews_history_fixed ON scnews_history;
CREATE TRIGGER scnews_history_fixed BEFORE UPDATE OR DELETE ON scnews_history
    FOR EACH ROW EXECUTE FUNCTION scnews_history_fixed();
REVOKE ALL ON scnews_history FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION scnews_log() FROM PUBLIC;
"""

#: Group roles a newsroom gives its editors (read and write) and desks that only read.
ROLES_SQL = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'scnews_editors') THEN
        CREATE ROLE scnews_editors NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'scnews_readers') THEN
        CREATE ROLE scnews_readers NOLOGIN;
    END IF;
END $$;
GRANT SELECT ON scnews_meta, scnews_history, scnews_records, scnews_conflicts TO scnews_readers, scnews_editors;
REVOKE INSERT, UPDATE, DELETE ON scnews_history FROM scnews_editors, scnews_readers;
GRANT INSERT, UPDATE ON scnews_records, scnews_conflicts TO scnews_editors;
GRANT USAGE ON SEQUENCE scnews_history_rev_seq, scnews_conflicts_id_seq TO scnews_editors;
"""


class HubError(StorageError):
    """The hub cannot be reached or used: one line, in Chinese."""


@dataclass
class SyncReport:
    pushed: dict[str, int] = field(default_factory=dict)
    pulled: dict[str, int] = field(default_factory=dict)
    deleted_here: int = 0
    deleted_on_hub: int = 0
    new_conflicts: int = 0
    open_conflicts: int = 0
    resolved: int = 0
    read_only: bool = False
    last_rev: int = 0
    rejected: list[str] = field(default_factory=list)  # facts the rulebook refused: not pushed
    skipped: list[str] = field(default_factory=list)  # hub rows of no known table or malformed: not read

    @property
    def total_pushed(self) -> int:
        return sum(self.pushed.values())

    @property
    def total_pulled(self) -> int:
        return sum(self.pulled.values())

    def lines(self) -> list[str]:
        def fmt(counts: dict[str, int]) -> str:
            return "，".join(f"{TABLE_LABELS[t]} {n}" for t, n in counts.items() if n) or "无"

        out = [
            f"上传：{fmt(self.pushed)}" + (f"；删除 {self.deleted_on_hub}" if self.deleted_on_hub else ""),
            f"下载：{fmt(self.pulled)}" + (f"；删除 {self.deleted_here}" if self.deleted_here else ""),
            f"冲突：新发现 {self.new_conflicts} 条，待处理 {self.open_conflicts} 条"
            + (f"，本次处理 {self.resolved} 条" if self.resolved else ""),
        ]
        if self.read_only:
            out.append("此角色只能读取：已下载同事的修改，本机的修改未上传")
        if self.rejected:
            out.append(f"未上传（不符合录入规则，请修正后再同步）：{len(self.rejected)} 条")
            out += ["  " + r for r in self.rejected[:100]]
        if self.skipped:
            out.append(
                f"跳过集线库中无法识别的记录 {len(self.skipped)} 条（表名未知或内容损坏，可能由更新版本写入或被手工改动）："
            )
            out += ["  " + r for r in self.skipped[:100]]
        return out


class SyncCancelled(Exception):
    """The editor cancelled: nothing was written on either side."""


Progress = Callable[[str, int, int], bool]  # (stage, done, total) → go on?


# ----------------------------------------------------------------------------- connecting
#: Where a connection string may carry a password: postgresql://user:PASSWORD@host, ?password=PASSWORD
#: (any case), and the key=value form password=PASSWORD or password='PASS WORD'.
_USERINFO_PASSWORD = re.compile(r"^(?P<head>[a-z][a-z0-9+.-]*://[^:/@?#]*):(?P<password>[^@/?#]*)@", re.I)
_PARAM_PASSWORD = re.compile(r"(?P<head>[?&]password=)(?P<password>[^&#]*)", re.I)
_KEYWORD_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?P<password>'(?:[^'\\]|\\.)*'|[^\s']\S*)", re.I)


def _passwords(url: str) -> list[str]:
    found = []
    for pattern in (_USERINFO_PASSWORD, _PARAM_PASSWORD, _KEYWORD_PASSWORD):
        for m in pattern.finditer(url):
            if m.group("password"):
                found.append(m.group("password"))
                if found[-1].startswith("'") and found[-1].endswith("'") and len(found[-1]) > 1:
                    found.append(found[-1][1:-1])
                found += [unquote(found[-1])] if "%" in found[-1] else []
    return found


def safe_url(url: str) -> str:
    """The address without its password, in any of the forms libpq reads (for settings and messages:
    passwords belong in ~/.pgpass or the system keyring, never in the settings file). Written by
    pattern, not by parsing: a malformed address (an IPv6 host without its bracket) is made safe too."""
    safe = _USERINFO_PASSWORD.sub(lambda m: f"{m.group('head')}@", url)
    safe = _PARAM_PASSWORD.sub(lambda m: m.group("head")[0], safe)  # (keeps the ? or & it followed)
    safe = re.sub(r"[?&]+(?=#|$)", "", re.sub(r"&{2,}", "&", re.sub(r"\?&+", "?", safe)))
    if "://" not in safe:
        safe = re.sub(r"\s{2,}", " ", _KEYWORD_PASSWORD.sub("", safe))
    return safe.strip()


def hide_passwords(text: str, url: str) -> str:
    """``text`` (what PostgreSQL or a parser said of ``url``) with every password of ``url`` masked."""
    for password in sorted(set(_passwords(url)), key=len, reverse=True):
        text = text.replace(password, "***")
    return text


def connect(url: str) -> Any:
    import psycopg

    from .hub_watch import WatchedConnection

    try:
        return WatchedConnection.connect(
            url,
            connect_timeout=10,
            keepalives=1,
            keepalives_idle=max(1, SILENT_NETWORK_SECONDS // 2),
            keepalives_interval=2,
            keepalives_count=2,
            tcp_user_timeout=SILENT_NETWORK_SECONDS * 1000,
            application_name="scnews-desktop",
        )
    except (psycopg.Error, ValueError) as exc:  # (a malformed address is a ValueError of the parser)
        said = hide_passwords(_first_line(exc), url)
        raise HubError(f"无法连接集线库“{safe_url(url)}”：{said}") from None


def _first_line(exc: Exception) -> str:
    """What PostgreSQL said, in Chinese first where it is one of the usual reasons; its own words kept
    after it for whoever runs the hub."""
    text = str(exc).strip()
    detail = text.splitlines()[0] if text else type(exc).__name__
    said = next((chinese for pattern, chinese in _PG_REASONS if pattern.search(text)), None)
    return f"{said}（{detail}）" if said else detail


#: The usual reasons a hub refuses, as PostgreSQL and libpq word them, and what an editor is told.
_PG_REASONS = tuple(
    (re.compile(pattern, re.I), chinese)
    for pattern, chinese in (
        (r"connection refused", "集线库服务器没有响应：服务未启动，或地址、端口不对"),
        (r"no password supplied", "需要密码：请在连接地址中提供密码，或使用 .pgpass 文件"),
        (r"password authentication failed", "用户名或密码不对"),
        (r"role .* does not exist", "集线库中没有这个用户"),
        (r"database .* does not exist", "集线库中没有这个数据库"),
        (r"timeout expired|timed out", "连接超时：网络不通，或服务器太忙"),
        (
            r"could not translate host name|name or service not known|nodename nor servname",
            "找不到服务器：主机名不对",
        ),
        (r"no pg_hba\.conf entry", "服务器不允许从本机连接（pg_hba.conf）"),
        (r"permission denied", "没有权限"),
        (r"server closed the connection unexpectedly|terminating connection", "连接被服务器中断"),
        (r"too many connections", "服务器的连接数已满"),
        (r"invalid dsn|missing \"=\"|invalid connection option|invalid integer value", "连接地址的写法不对"),
    )
)


def _take_sync_lock(pg: Any) -> None:
    """The hub's sync lock (one sync at a time), waited for at most ``LOCK_WAIT_SECONDS``; then the
    sync ends, nothing changed, with who holds the lock and since when."""
    import psycopg

    pg.execute(f"SET LOCAL lock_timeout = {int(LOCK_WAIT_SECONDS * 1000)}")
    try:
        pg.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])
    except psycopg.errors.LockNotAvailable:
        pg.rollback()
        holder = pg.execute(
            "SELECT a.usename, a.application_name, a.client_addr::text, a.xact_start FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.objid = %s LIMIT 1",
            [LOCK_KEY],
        ).fetchone()
        who = "另一位编辑"
        if holder:
            user, app, address, since = holder
            when = since.astimezone().strftime("%H:%M") if hasattr(since, "astimezone") else ""
            who = f"“{user}”" + (f"（{app}）" if app else "") + (f"，来自 {address}" if address else "")
            who += f"，自 {when} 起" if when else ""
        raise HubError(
            f"集线库正被 {who} 同步或占用，等了 {LOCK_WAIT_SECONDS:g} 秒仍未结束：本机和集线库都未改动，请稍后再同步"
        ) from None


def init_hub(url: str) -> str:
    """Create the hub's tables (and the group roles, where this role may create roles); returns the
    hub's id. Running it again changes nothing. A role that may not create the tables is told so in
    one line."""
    import psycopg

    try:
        return _init_hub(url)
    except psycopg.Error as exc:
        said = hide_passwords(_first_line(exc), url)
        raise HubError(f"无法在“{safe_url(url)}”建立集线库：{said}") from None


def _init_hub(url: str) -> str:
    with connect(url) as pg:
        pg.execute(HUB_SCHEMA)
        pg.execute(HUB_TRUST)
        pg.execute(
            "INSERT INTO scnews_meta (key, value) VALUES ('schema_version', %s), ('hub_id', %s) "
            "ON CONFLICT (key) DO NOTHING",
            [SCHEMA_VERSION, str(uuid.uuid4())],
        )
        can_create_roles = pg.execute(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        if can_create_roles and can_create_roles[0]:
            pg.execute(ROLES_SQL)
        row = pg.execute("SELECT value FROM scnews_meta WHERE key = 'hub_id'").fetchone()
    return str(row[0])


def _hub_id(pg: Any, url: str) -> str:
    try:
        row = pg.execute("SELECT value FROM scnews_meta WHERE key = 'hub_id'").fetchone()
    except Exception:
        pg.rollback()
        row = None
    if row is None:
        raise HubError(f"“{safe_url(url)}”还不是集线库：请先运行 scnews hub init")
    return str(row[0])


# ----------------------------------------------------------------------------- portable records
class _Uids:
    """id ↔ uid of the referenced tables of this file, read when first needed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.to_uid: dict[str, dict[int, str]] = {}
        self.to_id: dict[str, dict[str, int]] = {}

    def _load(self, table: str) -> None:
        if table not in self.to_uid:
            rows = self.store.conn.execute(f"SELECT id, uid FROM {table}").fetchall()
            self.to_uid[table] = {i: u for i, u in rows}
            self.to_id[table] = {u: i for i, u in rows}

    def uid(self, table: str, record_id: int) -> str | None:
        self._load(table)
        return self.to_uid[table].get(record_id)

    def id(self, table: str, uid: str) -> int | None:
        self._load(table)
        return self.to_id[table].get(uid)

    def added(self, table: str, record_id: int, uid: str) -> None:
        """A record this sync wrote. Only a table other records refer to needs it later (a pull holds one
        row per record: a fact pulled is never looked up again), so 500,000 facts add nothing here."""
        if table in self.to_uid and table in _REFERENCED:
            self.to_uid[table][record_id] = uid
            self.to_id[table][uid] = record_id

    def removed(self, table: str, uid: str) -> None:
        if table in self.to_id:
            record_id = self.to_id[table].pop(uid, None)
            if record_id is not None:
                self.to_uid[table].pop(record_id, None)


#: The tables other records refer to (their ids are looked up by uid while records are written).
_REFERENCED = frozenset(t for refs in FOREIGN_KEYS.values() for t in refs.values())


def portable(table: str, row: dict[str, Any], uids: _Uids) -> dict[str, Any]:
    """A row as the hub keeps it: without its local id and version, foreign keys as uids."""
    data = {k: v for k, v in row.items() if k not in ("id", "version")}
    for column, ref in FOREIGN_KEYS.get(table, {}).items():
        if data.get(column) is not None:
            data[column] = uids.uid(ref, data[column])
    return data


def content(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """What a record says, for comparing two copies of it (timestamps left out)."""
    return None if data is None else {k: v for k, v in data.items() if k not in _NOT_CONTENT}


def _local(table: str, data: dict[str, Any], version: int, uids: _Uids) -> dict[str, Any]:
    """The hub's record as a row of this file (foreign keys as this file's ids)."""
    record = {k: v for k, v in data.items() if k not in ("id", "version")}
    for column, ref in FOREIGN_KEYS.get(table, {}).items():
        if record.get(column) is not None:
            target = uids.id(ref, record[column])
            if target is None:
                raise HubError(f"集线库中的{TABLE_LABELS[table]}记录引用了本机没有的{TABLE_LABELS[ref]}记录")
            record[column] = target
    record["version"] = version
    return record


# ----------------------------------------------------------------------------- the sync
@dataclass
class _HubRow:
    table: str
    uid: str
    version: int
    rev: int
    deleted: bool
    data: dict[str, Any] | None
    editor: str | None


def sync(
    store: Store,
    url: str,
    progress: Progress | None = None,
    fresh: bool = False,
    watch: HubWatch | None = None,
) -> SyncReport:
    """Sync this file with the hub at ``url``. ``fresh``: a new working copy (``scnews init
    --from-hub``) — what the hub holds wins over this file's default records. ``watch``: to cancel from
    another thread (the window's Cancel, Ctrl+C); either way a hub that stops answering is given up
    (``hub_watch``)."""
    import psycopg

    from .hub_watch import HubWatch

    watch = watch or HubWatch(url)
    try:
        return _sync(store, url, progress, fresh, watch)
    except psycopg.Error as exc:  # the connection dropped, a right is missing: one line, nothing kept
        if watch.cancelled:
            raise SyncCancelled() from None
        said = watch.lost or hide_passwords(_first_line(exc), url)
        raise HubError(f"与集线库同步失败（本机和集线库都未改动）：{said}") from None
    finally:
        watch.close()


def _sync(store: Store, url: str, progress: Progress | None, fresh: bool, watch: HubWatch) -> SyncReport:
    report = SyncReport()

    def say(stage: str, done: int, total: int) -> bool:
        return (progress is None or progress(stage, done, total)) and not watch.cancelled

    with connect(url) as pg:
        watch.bind(pg)
        hub_id = _hub_id(pg, url)
        state = dict(store.conn.execute("SELECT key, value FROM sync_state").fetchall())
        if state.get("hub_id") not in (None, hub_id):
            raise HubError(
                "这个文件已与另一个集线库同步过，不能与此集线库同步（请用 scnews init --from-hub 新建工作副本）"
            )
        _take_sync_lock(pg)
        writable = bool(
            pg.execute("SELECT has_table_privilege(current_user, 'scnews_records', 'INSERT')").fetchone()[0]
        )
        report.read_only = not writable
        last_rev = int(state.get("last_rev", "0"))
        uids = _Uids(store)
        with store.atomic():
            base = {
                (t, u): (v, r)
                for t, u, v, r in store.conn.execute("SELECT table_name, uid, version, rev FROM sync_base")
            }
            changed, deleted = _local_changes(store, base)
            if not say("读取集线库的修改", 0, 1):
                raise SyncCancelled()
            # the hub's changes since the last sync, read as they are now (a cursor's snapshot: what this
            # sync writes below is not among them), a few thousand at a time — parents before their
            # parts, deletions after, parts before their parents
            total = int(
                pg.execute("SELECT count(*) FROM scnews_records WHERE rev > %s", [last_rev]).fetchone()[0]
            )
            incoming = pg.cursor(name="scnews_pull")
            incoming.itersize = 2000
            incoming.execute(_PULL_SQL, [last_rev])
            pulled = _readable((_HubRow(*row) for row in incoming), report)
            _carry_out_choices(store, pg, changed, deleted, base, uids, report, writable)
            conflicted = _pull(
                store, pg, pulled, total, changed, deleted, base, uids, report, writable, fresh, say
            )
            incoming.close()
            if writable:
                _push(store, pg, changed, deleted, conflicted, base, uids, report, say)
            _save_base(store, base)
            top = pg.execute("SELECT coalesce(max(rev), 0) FROM scnews_records").fetchone()[0]
            report.last_rev = max(last_rev, int(top))
            _list_conflicts(store, pg, report)
            store.db.execute(
                "INSERT OR REPLACE INTO sync_state (key, value) VALUES ('hub_id', ?), ('last_rev', ?), "
                "('last_sync', ?)",
                [hub_id, str(report.last_rev), now_iso()],
            )
            if not say("提交", 1, 1):
                raise SyncCancelled()
            pg.commit()  # the hub first: a sync cut short after this is found again, equal, next time
    return report


_TABLE_ORDER = (
    "CASE tbl " + " ".join(f"WHEN '{t}' THEN {i}" for i, t in enumerate(RECORD_TABLES)) + " ELSE 99 END"
)
_PULL_SQL = (
    "SELECT tbl, uid, version, rev, deleted, data, editor FROM scnews_records WHERE rev > %s "
    f"ORDER BY deleted, CASE WHEN deleted THEN -({_TABLE_ORDER}) ELSE {_TABLE_ORDER} END, rev"
)


def _readable(rows: Iterable[_HubRow], report: SyncReport) -> Iterator[_HubRow]:
    """The hub's rows this copy can read: of a record table, with a uid, and (unless deleted) a record
    whose uid is its own. Any other row — a table of a later version, a row written by hand — is skipped
    and named in the report, never passed on (nor its table name into SQL)."""
    for h in rows:
        if (
            h.table in RECORD_TABLES
            and isinstance(h.uid, str)
            and h.uid
            and (h.deleted or (isinstance(h.data, dict) and h.data.get("uid") in (None, h.uid)))
        ):
            yield h
        else:
            report.skipped.append(f"{str(h.table)[:40]} / {str(h.uid)[:40]}")


class _Changed:
    """The records changed here since the last sync, by (table, uid), each row read from the file when
    it is needed: a sync of 500,000 changes had held every row in memory at once."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._keys: dict[tuple[str, str], int] = {}  # → the version seen

    def add(self, key: tuple[str, str], version: int) -> None:
        self._keys[key] = version

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(list(self._keys))

    def __len__(self) -> int:
        return len(self._keys)

    def pop(self, key: tuple[str, str], default: None = None) -> None:
        self._keys.pop(key, None)

    def get(self, key: tuple[str, str]) -> dict[str, Any] | None:
        return self.rows([key]).get(key) if key in self._keys else None

    def rows(
        self, keys: Iterable[tuple[str, str]], batch: int = 500
    ) -> dict[tuple[str, str], dict[str, Any]]:
        """The current rows of these records (those still changed here)."""
        by_table: dict[str, list[str]] = {}
        for table, uid in keys:
            if (table, uid) in self._keys and table in RECORD_TABLES:
                by_table.setdefault(table, []).append(uid)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for table, table_uids in by_table.items():
            for start in range(0, len(table_uids), batch):
                part = table_uids[start : start + batch]
                for row in self._store.query(
                    f"SELECT * FROM {table} WHERE uid IN ({','.join('?' * len(part))})", part
                ):
                    found[(table, row["uid"])] = row
        return found


def _local_changes(
    store: Store, base: dict[tuple[str, str], tuple[int, int]]
) -> tuple[_Changed, set[tuple[str, str]]]:
    """Records changed here since the last sync (new, or another version), and records deleted here —
    found from uids and versions only."""
    changed = _Changed(store)
    present: set[tuple[str, str]] = set()
    for table in RECORD_TABLES:
        for uid, version in store.conn.execute(f"SELECT uid, version FROM {table}"):
            key = (table, uid)
            agreed = base.get(key)
            if agreed is not None:
                present.add(key)  # (only what the last sync saw can have been deleted since)
            if agreed is None or agreed[0] != version:
                changed.add(key, version)
    deleted = {key for key in base if key not in present}
    return changed, deleted


def _pull(
    store: Store,
    pg: Any,
    pulled: Iterable[_HubRow],
    total: int,
    changed: _Changed,
    deleted: set[tuple[str, str]],
    base: dict[tuple[str, str], tuple[int, int]],
    uids: _Uids,
    report: SyncReport,
    writable: bool,
    fresh: bool,
    say: Progress,
) -> set[tuple[str, str]]:
    """Apply the hub's changes where nothing changed here; returns the records in conflict."""
    conflicted: set[tuple[str, str]] = set()
    new_rows = _NewRows(store, base, uids, report)
    for n, hub in enumerate(pulled):
        if n % 500 == 0 and not say("下载同事的修改", n, total):
            raise SyncCancelled()
        key = (hub.table, hub.uid)
        if new_rows.takes(hub, key in changed or key in deleted):
            continue  # a record new here, written with the others of its table and editor
        new_rows.flush()
        mine = changed.get(key)
        if mine is not None and fresh:
            mine = None  # a new copy: its default records give way to the hub's
        if key in deleted:
            if hub.deleted:  # deleted on both sides
                base.pop(key, None)
                deleted.discard(key)
                continue
            conflicted.add(key)
            _conflict(pg, hub, None, report, writable)
            continue
        if mine is not None:
            if hub.deleted:
                conflicted.add(key)
                _conflict(pg, hub, portable(hub.table, mine, uids), report, writable)
            elif content(portable(hub.table, mine, uids)) == content(hub.data):
                base[key] = (mine["version"], hub.rev)  # the same change on both sides
                changed.pop(key, None)
            else:
                conflicted.add(key)
                _conflict(pg, hub, portable(hub.table, mine, uids), report, writable)
            continue
        try:
            _apply(store, hub, base, uids, report)
        except StorageError:  # deleted on the hub, still used here (a fact added here cites it)
            conflicted.add(key)
            record_id = uids.id(hub.table, hub.uid)
            here = store.get(hub.table, record_id) if record_id is not None else None
            _conflict(pg, hub, None if here is None else portable(hub.table, here, uids), report, writable)
        changed.pop(key, None)
    new_rows.flush()
    return conflicted


class _NewRows:
    """Records the hub has and this file does not, written in batches (``Store.bulk_insert``: audited,
    indexed for search, counted) rather than one by one; a table's batch is written before the next
    table's, so that the references are there; at most ``BATCH`` at a time (memory stays flat)."""

    BATCH = 5000

    def __init__(
        self, store: Store, base: dict[tuple[str, str], tuple[int, int]], uids: _Uids, report: SyncReport
    ) -> None:
        self.store, self.base, self.uids, self.report = store, base, uids, report
        self.rows: list[_HubRow] = []

    def takes(self, hub: _HubRow, touched_here: bool) -> bool:
        new = (
            not hub.deleted
            and not touched_here
            and hub.table != "regions"  # (a zone's parent may come in the same batch)
            and self.uids.id(hub.table, hub.uid) is None
        )
        if not new:
            return False
        if self.rows and (
            (self.rows[0].table, self.rows[0].editor) != (hub.table, hub.editor)
            or len(self.rows) >= self.BATCH
        ):
            self.flush()
        self.rows.append(hub)
        return True

    def flush(self) -> None:
        if not self.rows:
            return
        table, editor = self.rows[0].table, self.rows[0].editor
        records = []
        for hub in self.rows:
            assert hub.data is not None
            records.append(_local(table, hub.data, hub.version, self.uids))
        ids = self.store.bulk_insert(table, records, editor=editor)  # audited as the colleague's change
        for hub, record_id in zip(self.rows, ids, strict=True):
            self.uids.added(table, record_id, hub.uid)
            self.base[(table, hub.uid)] = (hub.version, hub.rev)
        self.report.pulled[table] = self.report.pulled.get(table, 0) + len(self.rows)
        self.rows = []


def _apply(
    store: Store, hub: _HubRow, base: dict[tuple[str, str], tuple[int, int]], uids: _Uids, report: SyncReport
) -> None:
    key = (hub.table, hub.uid)
    if hub.deleted:
        record_id = uids.id(hub.table, hub.uid)
        if record_id is not None:
            store.delete(hub.table, record_id)
            uids.removed(hub.table, hub.uid)
            report.deleted_here += 1
        base.pop(key, None)
        return
    assert hub.data is not None
    record_id = store.put_synced(hub.table, _local(hub.table, hub.data, hub.version, uids), hub.editor)
    uids.added(hub.table, record_id, hub.uid)
    base[key] = (hub.version, hub.rev)
    report.pulled[hub.table] = report.pulled.get(hub.table, 0) + 1


def _conflict(pg: Any, hub: _HubRow, mine: dict[str, Any] | None, report: SyncReport, writable: bool) -> None:
    """Both sides changed the record differently: keep both, list it (once per hub revision)."""
    if not writable:
        report.new_conflicts += 1
        return
    exists = pg.execute(
        "SELECT 1 FROM scnews_conflicts WHERE tbl = %s AND uid = %s AND hub_rev = %s AND resolved_at IS NULL",
        [hub.table, hub.uid, hub.rev],
    ).fetchone()
    if exists:
        return
    from psycopg.types.json import Jsonb

    pg.execute(
        "INSERT INTO scnews_conflicts (tbl, uid, hub_rev, hub_version, hub_data, copy_data) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        [
            hub.table,
            hub.uid,
            hub.rev,
            None if hub.deleted else hub.version,
            None if hub.data is None else Jsonb(hub.data),
            None if mine is None else Jsonb(mine),
        ],
    )
    report.new_conflicts += 1


def _push(
    store: Store,
    pg: Any,
    changed: _Changed,
    deleted: set[tuple[str, str]],
    conflicted: set[tuple[str, str]],
    base: dict[tuple[str, str], tuple[int, int]],
    uids: _Uids,
    report: SyncReport,
    say: Progress,
    batch: int = 5000,
) -> None:
    """Send what changed here (not what is in conflict) in the one transaction, a batch at a time: the
    hub's current rows of those records, then the records (the hub writes their history)."""
    from psycopg.types.json import Jsonb

    open_keys = {
        (t, u)
        for t, u in store.conn.execute("SELECT table_name, uid FROM sync_conflicts WHERE choice IS NULL")
    }
    pending = [k for k in changed if k not in conflicted and k not in open_keys]
    pending.sort(key=lambda k: RECORD_TABLES.index(k[0]))
    gone = [k for k in deleted if k not in conflicted and k not in open_keys]
    gone.sort(key=lambda k: -RECORD_TABLES.index(k[0]))
    total, done = len(pending), 0
    while pending:  # a batch at a time, each let go of once written: memory stays flat
        if not say("上传本机的修改", done, total):
            raise SyncCancelled()
        chunk = pending[:batch]
        del pending[:batch]
        done += len(chunk)
        current = _hub_rows(pg, chunk)
        rows = changed.rows(chunk)
        writes: list[tuple[str, str, int, bool, Any]] = []
        for key in chunk:
            row = rows.get(key)
            if row is None:
                continue
            table, uid = key
            problem = rulebook_problem(store, table, row)
            if (
                problem is not None
            ):  # the same rule as every other way in: it stays here, changed, until fixed
                report.rejected.append(problem)
                continue
            data = portable(table, row, uids)
            hub = current.get(key)
            agreed = base.get(key)
            if hub is not None and (agreed is None or agreed[1] != hub[1]):
                if not hub[2] and content(hub[3]) == content(data):
                    base[key] = (row["version"], hub[1])  # the hub has it already (a default record)
                    continue
                if agreed is None and not hub[2]:
                    _conflict(
                        pg, _HubRow(table, uid, hub[0], hub[1], hub[2], hub[3], None), data, report, True
                    )
                    continue
            writes.append((table, uid, row["version"], False, Jsonb(data)))
        _record_writes(pg, writes, store.editor, base, report)
        for key in chunk:
            changed.pop(key)  # (its state is in base now, or it stays changed here: not pushed again)
    current = _hub_rows(pg, gone)
    writes = []
    for key in gone:
        hub = current.get(key)
        if hub is not None and hub[1] == base[key][1]:
            writes.append((key[0], key[1], base[key][0], True, None))
            report.deleted_on_hub += 1
        base.pop(key, None)
    _record_writes(pg, writes, store.editor, base, report)


def _record_writes(
    pg: Any,
    writes: list[tuple[str, str, int, bool, Any]],
    editor: str | None,
    base: dict[tuple[str, str], tuple[int, int]],
    report: SyncReport,
) -> None:
    for (table, uid, version, was_deleted, _data), rev in zip(
        writes, _write_many(pg, writes, editor), strict=True
    ):
        if not was_deleted:
            base[(table, uid)] = (version, rev)
            report.pushed[table] = report.pushed.get(table, 0) + 1


def _hub_rows(pg: Any, keys: list[tuple[str, str]], batch: int = 5000) -> dict[tuple[str, str], tuple]:
    """The hub's current (version, rev, deleted, data) of these records."""
    by_table: dict[str, list[str]] = {}
    for table, uid in keys:
        by_table.setdefault(table, []).append(uid)
    found: dict[tuple[str, str], tuple] = {}
    for table, table_uids in by_table.items():
        for start in range(0, len(table_uids), batch):
            for uid, version, rev, deleted, data in pg.execute(
                "SELECT uid, version, rev, deleted, data FROM scnews_records WHERE tbl = %s AND uid = ANY(%s)",
                [table, table_uids[start : start + batch]],
            ):
                found[(table, uid)] = (version, rev, deleted, data)
    return found


def _write_many(pg: Any, writes: list[tuple[str, str, int, bool, Any]], editor: str | None) -> list[int]:
    """Each change as the record's latest state; the hub stamps its revision and role and writes the
    history itself (``HUB_TRUST``). Returns the revisions the hub gave, in order."""
    if not writes:
        return []
    revs: list[int] = []
    with pg.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO scnews_records (rev, tbl, uid, version, deleted, data, editor) "
            "VALUES (0, %s, %s, %s, %s, %s, %s) ON CONFLICT (tbl, uid) DO UPDATE SET "
            "version = excluded.version, deleted = excluded.deleted, data = excluded.data, "
            "editor = excluded.editor RETURNING rev",
            [(table, uid, version, deleted, data, editor) for table, uid, version, deleted, data in writes],
            returning=True,
        )
        while True:
            revs += [int(r) for (r,) in cursor.fetchall()]
            if not cursor.nextset():
                break
    return revs


def _save_base(store: Store, base: dict[tuple[str, str], tuple[int, int]]) -> None:
    store.db.execute("DELETE FROM sync_base")
    store.conn.executemany(
        "INSERT INTO sync_base (table_name, uid, version, rev) VALUES (?, ?, ?, ?)",
        [(t, u, v, r) for (t, u), (v, r) in base.items()],
    )


# ----------------------------------------------------------------------------- conflicts
def _list_conflicts(store: Store, pg: Any, report: SyncReport) -> None:
    """The hub's open conflicts, here (choices made here and not yet carried out are kept)."""
    choices = dict(store.conn.execute("SELECT hub_id, choice FROM sync_conflicts WHERE choice IS NOT NULL"))
    rows = pg.execute(
        "SELECT id, tbl, uid, hub_version, hub_rev, hub_data, copy_data, found_by, found_at "
        "FROM scnews_conflicts WHERE resolved_at IS NULL ORDER BY id"
    ).fetchall()
    store.db.execute("DELETE FROM sync_conflicts")
    listed = 0
    for hub_id, table, uid, version, rev, hub_data, copy_data, found_by, found_at in rows:
        if (
            table not in RECORD_TABLES
            or not isinstance(uid, str)
            or not uid
            or not all(d is None or isinstance(d, dict) for d in (hub_data, copy_data))
            or (hub_data is None and copy_data is None)
        ):
            report.skipped.append(f"冲突 {str(table)[:40]} / {str(uid)[:40]}")
            continue
        listed += 1
        store.db.execute(
            "INSERT INTO sync_conflicts (hub_id, table_name, uid, hub_version, hub_rev, hub_data, copy_data, "
            "found_by, found_at, choice) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                hub_id,
                table,
                uid,
                version,
                rev,
                None if hub_data is None else json.dumps(hub_data, ensure_ascii=False),
                None if copy_data is None else json.dumps(copy_data, ensure_ascii=False),
                found_by,
                found_at.isoformat() if hasattr(found_at, "isoformat") else str(found_at),
                choices.get(hub_id),
            ],
        )
    report.open_conflicts = listed


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    """The conflicts listed at the last sync, with the choice made here if any."""
    rows = store.query("SELECT * FROM sync_conflicts ORDER BY id")
    for row in rows:
        row["hub_data"] = json.loads(row["hub_data"]) if row["hub_data"] else None
        row["copy_data"] = json.loads(row["copy_data"]) if row["copy_data"] else None
    return rows


def choose(store: Store, conflict_id: int, choice: str, fields: dict[str, Any] | None = None) -> None:
    """Keep mine (``mine``, optionally with some fields taken from the hub's version: ``fields``) or
    take theirs (``theirs``). Works offline: the next sync carries it out on the hub."""
    if choice not in ("mine", "theirs"):
        raise ValueError(choice)
    with store.atomic():
        row = store.query("SELECT * FROM sync_conflicts WHERE id = ?", [conflict_id])
        if not row:
            raise HubError("这条冲突已不存在（可能已在别处处理）")
        conflict = row[0]
        if choice == "mine" and fields:
            record_id = store.scalar(
                f"SELECT id FROM {conflict['table_name']} WHERE uid = ?", [conflict["uid"]]
            )
            if record_id is not None:
                current = store.get(conflict["table_name"], record_id)
                uids = _Uids(store)
                local = _local(
                    conflict["table_name"],
                    {**portable(conflict["table_name"], current, uids), **fields},
                    current["version"],
                    uids,
                )
                changes = {k: v for k, v in local.items() if k in fields}
                store.update(conflict["table_name"], record_id, changes, current["version"])
        store.db.execute("UPDATE sync_conflicts SET choice = ? WHERE id = ?", [choice, conflict_id])


def differing_fields(conflict: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(field, this file's value, the hub's value) where the two versions of a conflict differ."""
    mine, hub = conflict.get("copy_data") or {}, conflict.get("hub_data") or {}
    if isinstance(mine, str):
        mine = json.loads(mine)
    if isinstance(hub, str):
        hub = json.loads(hub)
    names = sorted(k for k in set(mine) | set(hub) if k not in _NOT_CONTENT and k != "uid")
    return [(k, mine.get(k), hub.get(k)) for k in names if mine.get(k) != hub.get(k)]


def choose_fields(store: Store, conflict_id: int, take: Iterable[str]) -> None:
    """Field by field: the hub's values of the fields in ``take``, this file's for the rest (the result
    is this file's version, pushed at the next sync)."""
    row = store.query("SELECT * FROM sync_conflicts WHERE id = ?", [conflict_id])
    if not row:
        raise HubError("这条冲突已不存在（可能已在别处处理）")
    hub = json.loads(row[0]["hub_data"]) if row[0]["hub_data"] else {}
    choose(store, conflict_id, "mine", {name: hub.get(name) for name in take})


def _carry_out_choices(
    store: Store,
    pg: Any,
    changed: _Changed,
    deleted: set[tuple[str, str]],
    base: dict[tuple[str, str], tuple[int, int]],
    uids: _Uids,
    report: SyncReport,
    writable: bool,
) -> None:
    """Choices made here since the last sync: 'theirs' applies the hub's current version here; 'mine'
    makes this file's version the one pushed (the hub's revision becomes the agreed one)."""
    for conflict in store.query("SELECT * FROM sync_conflicts WHERE choice IS NOT NULL"):
        key = (conflict["table_name"], conflict["uid"])
        hub = pg.execute(
            "SELECT version, rev, deleted, data, editor FROM scnews_records WHERE tbl = %s AND uid = %s",
            list(key),
        ).fetchone()
        if hub is None:
            continue
        if conflict["choice"] == "theirs":
            _apply(store, _HubRow(key[0], key[1], hub[0], hub[1], hub[2], hub[3], hub[4]), base, uids, report)
            changed.pop(key, None)  # this file now has the hub's version: nothing of it to push
            deleted.discard(key)
        else:
            record = store.query(f"SELECT version FROM {key[0]} WHERE uid = ?", [key[1]])
            if record:
                base[key] = (-1, hub[1])  # changed here against the hub's current revision: pushed below
            else:
                base[key] = (0, hub[1])  # deleted here: the deletion is pushed below
        if writable:
            pg.execute(
                "UPDATE scnews_conflicts SET resolved_at = now(), resolved_by = current_user, resolution = %s "
                "WHERE tbl = %s AND uid = %s AND resolved_at IS NULL",
                [conflict["choice"], *key],
            )
        report.resolved += 1
    store.db.execute("DELETE FROM sync_conflicts WHERE choice IS NOT NULL")
