"""Browsing a table at any size: filters, search and sort in SQL, keyset paging (no OFFSET for
sequential reads), counts and the position of a record. No Qt; the table models sit on top of this.

Ordering is split into segments so that keyset conditions stay index-friendly: SQLite puts NULLs
first in ascending order, so an ascending sort reads the NULL segment (ordered by id) and then the
non-NULL segment (ordered by key, id); a descending sort reads them the other way round.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from ..domain.search_text import match_expression
from . import search
from .database import Store

#: Above this many full-text hits the query scans the sort index and tests membership; below it the
#: hits drive the query and are sorted (a rare word in a million rows would otherwise scan them all).
DENSE_HITS = 20_000


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text; the Qt model translates it
    select: str  # SQL expression over the table (alias t) and its joins
    sort: str  # SQL expression to order by (backed by an index where the table can be large)
    nullable: bool = True
    numeric: bool = False


@dataclass(frozen=True)
class TableSpec:
    table: str
    joins: str
    columns: tuple[Column, ...]
    extra: tuple[str, ...] = ()  # more "expr AS name" fields the display needs
    default_sort: str = "id"
    searchable: str = "fts"  # "fts" or "names"
    name_columns: tuple[str, ...] = ()  # for searchable == "names"
    filters: frozenset[str] = frozenset()

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        if key == "id":
            return Column("id", "ID", "t.id", "t.id", nullable=False, numeric=True)
        raise KeyError(key)


@dataclass(frozen=True)
class Filters:
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

    def with_(self, **changes: Any) -> Filters:
        return replace(self, **changes)


_REGION_TREE = (
    "(WITH RECURSIVE d(id) AS (SELECT ? UNION SELECT r.id FROM regions r JOIN d ON r.parent_id = d.id) "
    "SELECT id FROM d)"
)
_IDS = "(SELECT value FROM json_each(?))"


@dataclass
class Page:
    rows: list[dict[str, Any]] = field(default_factory=list)


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

    # ------------------------------------------------------------ settings
    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self._where = None

    def set_sort(self, key: str, descending: bool = False) -> None:
        self.spec.column(key)  # KeyError for unknown keys
        self.sort_key = key
        self.descending = descending

    # ------------------------------------------------------------ SQL parts
    def _select(self) -> str:
        fields = [f"{c.select} AS {c.key}" for c in self.spec.columns] + list(self.spec.extra)
        fields += ["t.id AS id", f"{self.spec.column(self.sort_key).sort} AS _sort"]
        return f"SELECT {', '.join(fields)} FROM {self.spec.table} t {self.spec.joins}"

    def where(self) -> tuple[str, list[Any]]:
        if self._where is None:
            self._where = self._build_where()
        return self._where

    def _build_where(self) -> tuple[str, list[Any]]:
        f, spec = self.filters, self.spec
        clauses: list[str] = []
        params: list[Any] = []
        allowed = spec.filters
        if f.region_id is not None and "region" in allowed:
            if spec.table == "regions":
                clauses.append(f"t.id IN {_REGION_TREE}")
            elif spec.table == "sources":
                clauses.append(
                    f"(EXISTS (SELECT 1 FROM observations o WHERE o.source_id = t.id AND o.region_id IN {_REGION_TREE})"
                    f" OR EXISTS (SELECT 1 FROM projects p WHERE p.source_id = t.id AND p.region_id IN {_REGION_TREE}))"
                )
                params.append(f.region_id)
            else:
                clauses.append(f"t.region_id IN {_REGION_TREE}")
            params.append(f.region_id)
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
                clauses.append("t.period_end >= ? AND t.period_start <= ?")
                params += [lo, hi]
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
        if f.search.strip():
            clause, search_params = self._search_clause(f.search)
            clauses.append(clause)
            params += search_params
        return (" AND ".join(clauses) or "1"), params

    def _search_clause(self, text: str) -> tuple[str, list[Any]]:
        spec, db = self.spec, self.store.db
        if spec.searchable == "names":
            if spec.table == "regions":
                ids = search.region_ids_matching(db, text)
            else:
                ids = search.name_ids_matching(db, spec.table, spec.name_columns, text)
            return f"t.id IN {_IDS}", [json.dumps(ids)]
        expression = match_expression(text)
        alternatives: list[str] = []
        params: list[Any] = []
        if expression is not None:
            hits = db.execute(
                f"SELECT count(*) FROM ({search.fts_ids_sql(spec.table)} LIMIT {DENSE_HITS})", [expression]
            ).fetchone()[0]
            self._fts_driven = hits < DENSE_HITS
            alternatives.append(f"t.id IN ({search.fts_ids_sql(spec.table)})")
            params.append(expression)
        if spec.table in ("observations", "projects"):
            regions = search.region_ids_matching(db, text)
            if regions:
                alternatives.append(f"t.region_id IN {_IDS}")
                params.append(json.dumps(regions))
                self._fts_driven = False
        if spec.table == "observations":
            indicators = search.name_ids_matching(db, "indicators", ("name", "category"), text)
            if indicators:
                alternatives.append(f"t.indicator_id IN {_IDS}")
                params.append(json.dumps(indicators))
                self._fts_driven = False
        if spec.table == "projects":
            orgs = search.name_ids_matching(db, "organizations", ("name", "aliases"), text)
            if orgs:
                alternatives.append(
                    f"t.id IN (SELECT project_id FROM project_organizations WHERE organization_id IN {_IDS})"
                )
                params.append(json.dumps(orgs))
                self._fts_driven = False
        if not alternatives:
            return "0", []
        return "(" + " OR ".join(alternatives) + ")", params

    # ------------------------------------------------------------ reads
    def count(self) -> int:
        where, params = self.where()
        return int(self.store.scalar(f"SELECT count(*) FROM {self.spec.table} t WHERE {where}", params))

    def _segments(self) -> list[str]:
        """'null' and 'value' segments in display order."""
        column = self.spec.column(self.sort_key)
        if not column.nullable:
            return ["value"]
        return ["value", "null"] if self.descending else ["null", "value"]

    def _segment_query(
        self, segment: str, bound: dict[str, Any] | None, forward: bool, limit: int
    ) -> list[dict]:
        where, params = self.where()
        key = self.spec.column(self.sort_key).sort
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
        if self._fts_driven:
            order = "+" + order  # few search hits: let them drive the query and sort them
        sql = f"{self._select()} WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT {int(limit)}"
        return self.store.query(sql, args)

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
        """Random access (dragging the scroll bar far away): OFFSET over the sort index."""
        where, params = self.where()
        key = self.spec.column(self.sort_key).sort
        direction = "DESC" if self.descending else "ASC"
        sql = (
            f"{self._select()} WHERE {where} ORDER BY {key} {direction}, t.id {direction} "
            f"LIMIT {int(limit)} OFFSET {int(offset)}"
        )
        return self.store.query(sql, params)

    def position_of(self, record_id: int) -> int | None:
        """Row number of a record under the current filters and sort, or None when filtered out."""
        where, params = self.where()
        key = self.spec.column(self.sort_key).sort
        found = self.store.query(
            f"SELECT {key} AS k FROM {self.spec.table} t {self.spec.joins} WHERE t.id = ? AND {where}",
            [record_id, *params],
        )
        if not found:
            return None
        k = found[0]["k"]
        base = f"SELECT count(*) FROM {self.spec.table} t {self.spec.joins} WHERE {where} AND "
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
