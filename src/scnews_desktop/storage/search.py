"""Full-text search. Contentless FTS5 tables hold Chinese bigram tokens (domain.search_text); plain-SQL
triggers queue every change of an indexed row in ``search_queue`` (so edits made with sqlite-utils or
Datasette are caught too), and ``process_queue`` brings the index up to date in the same transaction.
Small tables (regions, indicators, organisations) are searched by substring.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from ..domain.search_text import index_tokens, like_needles, match_expression

#: table → indexed columns, in order. Each FTS table is named ``<table>_fts`` and keyed by the row id.
INDEXED: dict[str, tuple[str, ...]] = {
    "sources": ("title", "body"),
    "observations": ("quote", "value_text", "period_label"),
    "projects": ("name", "sector", "quote", "note"),
}


def migration_sql() -> list[str]:
    statements = [
        "CREATE TABLE search_queue (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL, "
        "old_values TEXT)"
    ]
    for table, columns in INDEXED.items():
        cols = ", ".join(columns)
        statements.append(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='', tokenize='unicode61', prefix='1')"
        )
        old = "json_array(" + ", ".join(f"old.{c}" for c in columns) + ")"
        statements += [
            f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('{table}', new.id, NULL); END",
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE OF {cols} ON {table} BEGIN "
            f"INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('{table}', old.id, {old}); END",
            f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('{table}', old.id, {old}); END",
        ]
    return statements


def _tokens(values: list[Any]) -> list[str]:
    return [index_tokens(v) if isinstance(v, str) else "" for v in values]


def process_queue(db: Any, limit: int | None = None) -> int:
    """Apply queued changes to the FTS tables; call inside a transaction. Returns rows re-indexed."""
    import json  # (here: json is not needed to show the first page)

    sql = "SELECT id, tbl, row_id, old_values FROM search_queue ORDER BY id"
    entries = db.execute(sql + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
    if not entries:
        return 0
    first: dict[tuple[str, int], str | None] = {}
    damaged: set[str] = set()  # tables whose queue rows cannot be read: re-indexed whole
    for _id, tbl, row_id, old_values in entries:
        if tbl not in INDEXED or not isinstance(row_id, int):
            continue  # a row no trigger of ours writes (another tool's): nothing to index
        first.setdefault((tbl, row_id), old_values)
    for (tbl, row_id), old_values in first.items():
        if tbl in damaged:
            continue
        columns = INDEXED[tbl]
        fts = f"{tbl}_fts"
        if old_values is not None:
            try:
                parsed = json.loads(old_values)
                if not isinstance(parsed, list) or len(parsed) != len(columns):
                    raise ValueError("not the indexed columns")
            except (ValueError, TypeError):
                damaged.add(tbl)
                continue
            old = _tokens(parsed)
            db.execute(
                f"INSERT INTO {fts} ({fts}, rowid, {', '.join(columns)}) VALUES ('delete', ?, "
                f"{', '.join('?' * len(columns))})",
                [row_id, *old],
            )
        current = db.execute(f"SELECT {', '.join(columns)} FROM {tbl} WHERE id = ?", [row_id]).fetchone()
        if current is not None:
            db.execute(_insert_sql(tbl), [row_id, *_tokens(list(current))])
    for tbl in damaged:
        rebuild_table(db, tbl)
    db.execute("DELETE FROM search_queue WHERE id <= ?", [entries[-1][0]])
    return len(first)


def rebuild_table(db: Any, table: str) -> None:
    """Re-index one table from its rows (when its queue held something unreadable)."""
    columns = INDEXED[table]
    fts = f"{table}_fts"
    db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('delete-all')")
    cursor = db.conn.execute(f"SELECT id, {', '.join(columns)} FROM {table}")
    insert = _insert_sql(table)
    while rows := cursor.fetchmany(500):
        db.conn.executemany(insert, _tokenize_batch(rows))


def _insert_sql(table: str) -> str:
    columns = INDEXED[table]
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table}_fts (rowid, {', '.join(columns)}) VALUES (?, {marks})"


def _tokenize_batch(batch: list[tuple]) -> list[tuple]:
    return [(row[0], *_tokens(list(row[1:]))) for row in batch]


def index_new_rows(db: Any, table: str, rows: list[dict[str, Any]]) -> None:
    """Index rows just inserted without the queue trigger (bulk loads); call inside their transaction."""
    columns = INDEXED.get(table)
    if columns and rows:
        batch = [(row["id"], *[row.get(c) for c in columns]) for row in rows]
        db.executemany(_insert_sql(table), _tokenize_batch(batch))


def rebuild(db: Any, workers: int = 1) -> None:
    """Re-index everything (after a merge or a bulk load). ``workers`` > 1 tokenizes in parallel."""
    pool = None
    if workers > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(workers)
    try:
        for table, columns in INDEXED.items():
            fts = f"{table}_fts"
            db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('delete-all')")
            cursor = db.conn.execute(f"SELECT id, {', '.join(columns)} FROM {table}")
            insert = _insert_sql(table)
            if pool is None:
                while rows := cursor.fetchmany(500):
                    db.conn.executemany(insert, _tokenize_batch(rows))
                continue
            # Read here (sqlite objects stay in this thread) and insert while the pool tokenizes the
            # next batches: reading, tokenizing and writing overlap.
            pending: deque = deque()
            while True:
                rows = cursor.fetchmany(500)
                if rows:
                    pending.append(pool.apply_async(_tokenize_batch, (rows,)))
                if pending and (not rows or len(pending) > workers * 4):
                    db.conn.executemany(insert, pending.popleft().get())
                elif not rows:
                    break
        db.execute("DELETE FROM search_queue")
    finally:
        if pool is not None:
            pool.close()
            pool.join()


def fts_ids_sql(table: str) -> str:
    """SQL that yields the ids of ``table`` matching the MATCH parameter."""
    return f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?"


def region_ids_matching(db: Any, query: str) -> list[int]:
    """Regions whose name, full name, alias or code contains the query, with everything under them."""
    needles = like_needles(query)
    if not needles:
        return []
    conditions = " AND ".join(
        "(instr(name, ?) OR instr(coalesce(full_name, ''), ?) OR instr(aliases, ?) "
        "OR instr(coalesce(code, ''), ?))"
        for _ in needles
    )
    params = [n for n in needles for _ in range(4)]
    rows = db.execute(
        f"WITH RECURSIVE hit(id) AS (SELECT id FROM regions WHERE {conditions} "
        "UNION SELECT r.id FROM regions r JOIN hit ON r.parent_id = hit.id) SELECT id FROM hit",
        params,
    ).fetchall()
    return [r[0] for r in rows]


def name_ids_matching(db: Any, table: str, columns: tuple[str, ...], query: str) -> list[int]:
    needles = like_needles(query)
    if not needles:
        return []
    conditions = " AND ".join(
        "(" + " OR ".join(f"instr(lower(coalesce({c}, '')), ?)" for c in columns) + ")" for _ in needles
    )
    params = [n for n in needles for _ in columns]
    return [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE {conditions}", params).fetchall()]


__all__ = ["INDEXED", "fts_ids_sql", "match_expression", "migration_sql", "process_queue", "rebuild"]
