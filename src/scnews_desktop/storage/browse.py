"""Browsing a table at any size: filters, search and sort in SQL, keyset paging (no OFFSET for
sequential reads), counts and the position of a record. No Qt; the table models sit on top of this.

Ordering is split into segments so that keyset conditions stay index-friendly: SQLite puts NULLs
first in ascending order, so an ascending sort reads the NULL segment (ordered by id) and then the
non-NULL segment (ordered by key, id); a descending sort reads them the other way round.
"""

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from ..domain.search_text import match_expression
from . import search
from .database import Store

#: Above this many full-text hits the query scans the sort index and tests membership; below it the
#: hits drive the query and are sorted (a rare word in a million rows would otherwise scan them all).
DENSE_HITS = 20_000


# The three value types are NamedTuples rather than frozen dataclasses, and this module does not defer its
# annotations: both are cheaper at start-up (docs/performance.md, start-up).


class Column(NamedTuple):
    key: str
    header: str  # English source text; the Qt model translates it
    select: str  # SQL expression over the table (alias t) and its joins
    sort: str  # SQL expression to order by (backed by an index where the table can be large)
    nullable: bool = True
    numeric: bool = False


class TableSpec(NamedTuple):
    table: str
    joins: tuple[str, ...]  # "JOIN indicators i ON i.id = t.indicator_id", … (the alias is the third word)
    columns: tuple[Column, ...]
    extra: tuple[str, ...] = ()  # more "expr AS name" fields the display needs
    default_sort: str = "id"
    searchable: str = "fts"  # "fts" or "names"
    name_columns: tuple[str, ...] = ()  # for searchable == "names"
    filters: frozenset[str] = frozenset()

    def joins_sql(self, only_for: str | None = None) -> str:
        """All joins, or only those whose alias the SQL expression ``only_for`` uses."""
        if only_for is None:
            return " ".join(self.joins)
        used = set(re.findall(r"\b(\w+)\.", only_for))
        return " ".join(j for j in self.joins if _alias(j) in used)

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        if key == "id":
            return Column("id", "ID", "t.id", "t.id", nullable=False, numeric=True)
        raise KeyError(key)


def shown_tables(spec: TableSpec) -> set[str]:
    """The tables a page reads: its own and those it joins for names (a change in any of them changes
    what the page shows)."""
    return {spec.table, *(join.split()[1] for join in spec.joins)}


def _alias(join: str) -> str:
    words = join.split()
    return words[words.index("JOIN") + 2]


class Filters(NamedTuple):
    region_id: int | None = None
    indicator_id: int | None = None
    period_from: str | None = None  # ISO date, inclusive
    period_to: str | None = None
    status: str | None = None
    sector: str | None = None
    source_id: int | None = None
    search: str = ""

    def is_empty(self) -> bool:
        return self == Filters()

    def with_(self, **changes: Any) -> "Filters":
        return self._replace(**changes)


_IDS = "(SELECT value FROM json_each(?))"


def _id_list(ids: list[int]) -> str:
    """An SQL list of integers (ids from the database itself, never user text); lets SQLite use indexes."""
    return "(" + ",".join(str(int(i)) for i in ids) + ")" if ids else "(NULL)"


class Browser:
    """One table's view: filters + sort → count and pages of rows (dicts with ``id`` and ``_sort``)."""

    def __init__(self, store: Store, spec: TableSpec) -> None:
        self.store = store
        self.spec = spec
        self.filters = Filters()
        self.sort_key = spec.default_sort
        self.descending = False
        self._where: tuple[str, list[Any]] | None = None
        self._fts_driven = False
        self._dense = False
        self.count_exact = True
        self._search_sets: list[tuple[str, list[Any]]] = []

    # ------------------------------------------------------------ settings
    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self._where = None
        self._dense = False

    def set_sort(self, key: str, descending: bool = False) -> None:
        self.spec.column(key)  # KeyError for unknown keys
        self.sort_key = key
        self.descending = descending

    # ------------------------------------------------------------ SQL parts
    def _key(self) -> str:
        return self.spec.column(self.sort_key).sort

    def _select(self) -> str:
        fields = [f"{c.select} AS {c.key}" for c in self.spec.columns] + list(self.spec.extra)
        fields += ["t.id AS id", f"{self._key()} AS _sort"]
        return f"SELECT {', '.join(fields)} FROM {self.spec.table} t {self.spec.joins_sql()}"

    def _page(
        self, clauses: list[str], args: list[Any], order: str, limit: int, offset: int = 0
    ) -> list[dict]:
        """Pick the page's ids on the table (joined only to what the sort needs), then read those rows
        with all their joins: SQLite never joins rows that are not shown."""
        inner_order = ("+" + order) if self._fts_driven else order
        inner = (
            f"SELECT t.id FROM {self.spec.table} t {self.spec.joins_sql(self._key())} "
            f"WHERE {' AND '.join(clauses)} ORDER BY {inner_order} LIMIT {int(limit)}"
            + (f" OFFSET {int(offset)}" if offset else "")
        )
        return self.store.query(f"{self._select()} WHERE t.id IN ({inner}) ORDER BY {order}", args)

    def where(self) -> tuple[str, list[Any]]:
        if self._where is None:
            self._where = self._build_where()
        return self._where

    def _page_where(self) -> tuple[str, list[Any]]:
        """The WHERE for reading pages. When the result is large (the capped count overflowed) and the
        filters are plain column tests, SQLite's estimate of their selectivity is poor (no STAT4): the unary
        ``+`` keeps it from using their indexes, so it walks the sort order and stops after one page
        instead of collecting and sorting every match."""
        where, params = self.where()
        if self._dense and not self.filters.search.strip():
            where = re.sub(
                r"(?<![\w.+])t\.(region_id|indicator_id|source_id|status|sector|period_end|"
                r"period_start|published_on)\b",
                r"+t.\1",
                where,
            )
        return where, params

    def _build_where(self) -> tuple[str, list[Any]]:
        f, spec = self.filters, self.spec
        clauses: list[str] = []
        params: list[Any] = []
        allowed = spec.filters
        if f.region_id is not None and "region" in allowed:
            tree = _id_list(self._region_tree(f.region_id))
            if spec.table == "regions":
                clauses.append(f"t.id IN {tree}")
            elif spec.table == "sources":
                clauses.append(
                    f"(EXISTS (SELECT 1 FROM observations o WHERE o.source_id = t.id AND o.region_id IN {tree})"
                    f" OR EXISTS (SELECT 1 FROM projects p WHERE p.source_id = t.id AND p.region_id IN {tree}))"
                )
            else:
                clauses.append(f"t.region_id IN {tree}")
        if f.indicator_id is not None and "indicator" in allowed:
            clauses.append("t.indicator_id = ?")
            params.append(f.indicator_id)
        if f.source_id is not None and "source" in allowed:
            clauses.append("t.id = ?" if spec.table == "sources" else "t.source_id = ?")
            params.append(f.source_id)
        if f.status and "status" in allowed:
            clauses.append("t.status = ?")
            params.append(f.status)
        if f.sector and "sector" in allowed:
            clauses.append("t.sector = ?")
            params.append(f.sector)
        if (f.period_from or f.period_to) and "period" in allowed:
            lo, hi = f.period_from or "0000-01-01", f.period_to or "9999-12-31"
            if spec.table == "observations":
                # Overlap needs end >= from and start <= to; since end - start <= the longest span in the
                # table (read from an expression index), end <= to + span bounds the index range too.
                clauses.append("t.period_end >= ?")
                params.append(lo)
                if f.period_to:  # (no upper bound: date('9999-12-31', '+N days') would be NULL)
                    span = (
                        self.store.scalar(
                            "SELECT max(julianday(period_end) - julianday(period_start)) FROM observations"
                        )
                        or 0
                    )
                    clauses.append("t.period_end <= date(?, ?) AND t.period_start <= ?")
                    params += [hi, f"+{int(span) + 1} days", hi]
            elif spec.table == "sources":
                clauses.append("t.published_on BETWEEN ? AND ?")
                params += [lo, hi]
            elif spec.table == "projects":
                clauses.append(
                    "(EXISTS (SELECT 1 FROM project_events e WHERE e.project_id = t.id AND e.occurred_on BETWEEN ? AND ?)"
                    " OR EXISTS (SELECT 1 FROM sources s2 WHERE s2.id = t.source_id AND s2.published_on BETWEEN ? AND ?))"
                )
                params += [lo, hi, lo, hi]
        self._fts_driven = False
        self._search_sets = []
        if f.search.strip():
            clause, search_params = self._search_clause(f.search)
            clauses.append(clause)
            params += search_params
        return (" AND ".join(clauses) or "1"), params

    def _region_tree(self, region_id: int) -> list[int]:
        rows = self.store.conn.execute(
            "WITH RECURSIVE d(id) AS (SELECT ? UNION SELECT r.id FROM regions r JOIN d ON r.parent_id = d.id) "
            "SELECT id FROM d",
            [region_id],
        ).fetchall()
        return [r[0] for r in rows]

    def _search_clause(self, text: str) -> tuple[str, list[Any]]:
        spec, db = self.spec, self.store.conn
        if spec.searchable == "names":
            if spec.table == "regions":
                ids = search.region_ids_matching(db, text)
            else:
                ids = search.name_ids_matching(db, spec.table, spec.name_columns, text)
            import json  # (here: json is not needed to show the first page)

            return f"t.id IN {_IDS}", [json.dumps(ids)]
        expression = match_expression(text)
        tests: list[str] = []  # membership tests OR-ed together; each also gives a set for counting
        params: list[Any] = []
        self._search_sets = []
        table = spec.table
        if expression is not None:
            hits = db.execute(
                f"SELECT count(*) FROM ({search.fts_ids_sql(table)} LIMIT {DENSE_HITS})", [expression]
            ).fetchone()[0]
            self._fts_driven = hits < DENSE_HITS
            tests.append(f"t.id IN ({search.fts_ids_sql(table)})")
            params.append(expression)
            self._search_sets.append((search.fts_ids_sql(table), [expression]))

        def add(test: str, id_sql: str) -> None:
            tests.append(test)
            self._search_sets.append((id_sql, []))
            self._fts_driven = False

        if table in ("observations", "projects"):
            regions = search.region_ids_matching(db, text)
            if regions:
                region_list = _id_list(regions)
                add(
                    f"t.region_id IN {region_list}",
                    f"SELECT id FROM {table} WHERE region_id IN {region_list}",
                )
        if table == "observations":
            indicators = search.name_ids_matching(db, "indicators", ("name", "category"), text)
            if indicators:
                indicator_list = _id_list(indicators)
                add(
                    f"t.indicator_id IN {indicator_list}",
                    f"SELECT id FROM observations WHERE indicator_id IN {indicator_list}",
                )
        if table == "projects":
            orgs = search.name_ids_matching(db, "organizations", ("name", "aliases"), text)
            if orgs:
                id_sql = (
                    f"SELECT project_id FROM project_organizations WHERE organization_id IN {_id_list(orgs)}"
                )
                add(f"t.id IN ({id_sql})", id_sql)
        if not tests:
            return "0", []
        return "(" + " OR ".join(tests) + ")", params

    # ------------------------------------------------------------ reads
    def count(self, cap: int | None = None) -> int:
        """The number of matching rows; with ``cap``, stops counting at cap + 1 (cheap on big tables).

        Without filters the total comes exact from the trigger-kept ``_counts`` table (m004), whatever
        the cap; ``count_exact`` says whether the last answer was exact.
        """
        if self.filters.is_empty():
            total = self.store.scalar('SELECT count FROM _counts WHERE "table" = ?', [self.spec.table])
            if total is not None:
                self._dense = cap is not None and total > cap
                self.count_exact = True
                return int(total)
        self.where()  # builds the search sets
        if cap is not None and self._search_sets and self.filters == Filters(search=self.filters.search):
            # Search alone: when any one of its sets is already over the cap, so is their union.
            for id_sql, set_params in self._search_sets:
                n = self.store.scalar(f"SELECT count(*) FROM ({id_sql} LIMIT {int(cap) + 1})", set_params)
                if n > cap:
                    self.count_exact = False
                    return cap + 1
        n = int(self.store.scalar(*self.count_sql(cap)))
        self._dense = cap is not None and n > cap
        self.count_exact = not self._dense
        return n

    def count_sql(self, cap: int | None = None) -> tuple[str, list[Any]]:
        where, params = self.where()
        if cap is None:
            return f"SELECT count(*) FROM {self.spec.table} t WHERE {where}", params
        return (
            f"SELECT count(*) FROM (SELECT 1 FROM {self.spec.table} t WHERE {where} LIMIT {int(cap) + 1})",
            params,
        )

    def _segments(self) -> list[str]:
        """'null' and 'value' segments in display order."""
        column = self.spec.column(self.sort_key)
        if not column.nullable:
            return ["value"]
        return ["value", "null"] if self.descending else ["null", "value"]

    def _segment_query(
        self, segment: str, bound: dict[str, Any] | None, forward: bool, limit: int
    ) -> list[dict]:
        where, params = self._page_where()
        key = self._key()
        clauses, args = [where], list(params)
        ascending = forward != self.descending
        direction = "ASC" if ascending else "DESC"
        if segment == "null":
            clauses.append(f"{key} IS NULL")
            order = f"t.id {direction}"
            if bound is not None:
                clauses.append("t.id > ?" if ascending else "t.id < ?")
                args.append(bound["id"])
        else:
            if self.spec.column(self.sort_key).nullable:
                clauses.append(f"{key} IS NOT NULL")
            order = f"{key} {direction}, t.id {direction}"
            if bound is not None:
                clauses.append(f"({key}, t.id) {'>' if ascending else '<'} (?, ?)")
                args += [bound["_sort"], bound["id"]]
        return self._page(clauses, args, order, limit)

    def _read(self, start_segment: int, bound: dict | None, forward: bool, limit: int) -> list[dict]:
        segments = self._segments()
        order = range(start_segment, len(segments)) if forward else range(start_segment, -1, -1)
        rows: list[dict] = []
        for i in order:
            if len(rows) >= limit:
                break
            rows += self._segment_query(
                segments[i], bound if i == start_segment else None, forward, limit - len(rows)
            )
        return rows

    def _segment_of(self, row: dict) -> int:
        segments = self._segments()
        return segments.index("null" if row["_sort"] is None and "null" in segments else "value")

    def first(self, limit: int) -> list[dict]:
        return self._read(0, None, True, limit)

    def last(self, limit: int) -> list[dict]:
        return list(reversed(self._read(len(self._segments()) - 1, None, False, limit)))

    def after(self, row: dict, limit: int) -> list[dict]:
        return self._read(self._segment_of(row), row, True, limit)

    def before(self, row: dict, limit: int) -> list[dict]:
        return list(reversed(self._read(self._segment_of(row), row, False, limit)))

    def at_offset(self, offset: int, limit: int) -> list[dict]:
        """Random access (dragging the scroll bar far away): OFFSET over the ids alone."""
        where, params = self._page_where()
        direction = "DESC" if self.descending else "ASC"
        return self._page(
            [where], list(params), f"{self._key()} {direction}, t.id {direction}", limit, offset
        )

    def position_of(self, record_id: int) -> int | None:
        """Row number of a record under the current filters and sort, or None when filtered out."""
        where, params = self.where()
        key = self._key()
        joins = self.spec.joins_sql(key)
        found = self.store.query(
            f"SELECT {key} AS k FROM {self.spec.table} t {joins} WHERE t.id = ? AND {where}",
            [record_id, *params],
        )
        if not found:
            return None
        k = found[0]["k"]
        base = f"SELECT count(*) FROM {self.spec.table} t {joins} WHERE {where} AND "
        less = "<" if not self.descending else ">"
        if k is None:
            before = self.store.scalar(base + f"{key} IS NULL AND t.id {less} ?", [*params, record_id])
            if self.descending:
                before += self.store.scalar(base + f"{key} IS NOT NULL", params)
        else:
            before = self.store.scalar(base + f"({key}, t.id) {less} (?, ?)", [*params, k, record_id])
            if not self.descending and self.spec.column(self.sort_key).nullable:
                before += self.store.scalar(base + f"{key} IS NULL", params)
        return int(before)


def count_on_own_connection(path: str, sql: str, params: list[Any]) -> int | None:
    """A count on a read-only connection of its own (for a thread off the GUI); None when the file
    cannot be read just now."""
    import sqlite3
    from urllib.parse import quote

    try:
        conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute(sql, params).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


class SearchGroup(NamedTuple):
    """The hits of one record type in a search of all of them: how many, and the first few rows."""

    spec: TableSpec
    hits: int
    rows: list[dict[str, Any]]


def search_all(store: Store, specs: Sequence[TableSpec], filters: Filters, limit: int) -> list[SearchGroup]:
    """Search (and filter) every record type at once: a group per type with hits, in the order given,
    each with its count and its first ``limit`` rows in the page's own order."""
    groups = []
    for spec in specs:
        browser = Browser(store, spec)
        browser.set_filters(filters)
        count = browser.count()
        if count:
            groups.append(SearchGroup(spec, count, browser.first(limit)))
    return groups
