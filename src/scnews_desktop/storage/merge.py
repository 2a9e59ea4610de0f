"""Merge a colleague's database by ``uid``: new records are added, identical ones skipped, and records
edited in both files are conflicts (resolved by the newer edit, or kept as ours); which side changed a record
is read from each file's history (its audit), not from clocks.

Records that both files created separately — the same indicator (name and unit), organisation (name),
source (title and date) or zone (name and parent) under two uids — are matched by that natural key
instead of being added twice. Every incoming fact goes through the rulebook: one whose value does not
follow from its text as written (a unit slip) is not merged and is listed."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain import rulebook
from . import search
from .database import FOREIGN_KEYS, RECORD_TABLES, Store

_META = ("id", "created_at", "updated_at", "version")

#: The natural key of a record that two files may create separately (foreign keys already as uids).
_NATURAL: dict[str, Callable[[dict[str, Any]], tuple]] = {
    "indicators": lambda r: (r["name"], r["unit"]),
    "organizations": lambda r: (r["name"],),
    "sources": lambda r: (r["title"], r["published_on"]),
    "regions": lambda r: ("code", r["code"]) if r.get("code") else ("zone", r["name"], r.get("parent_id")),
}


@dataclass
class Conflict:
    table: str
    uid: str
    ours: dict[str, Any]
    theirs: dict[str, Any]
    taken: str  # "ours" or "theirs"

    def describe(self) -> str:
        diffs = [k for k in self.theirs if k not in _META and self.ours.get(k) != self.theirs.get(k)]
        label = self.ours.get("name") or self.ours.get("title") or self.ours.get("value_text") or self.uid[:8]
        return f"{self.table} {label}：{', '.join(diffs)}（采用{'对方' if self.taken == 'theirs' else '本机'}版本）"


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)  # same natural key, another uid
    conflicts: list[Conflict] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # facts the rulebook refused, with the reason

    def lines(self) -> list[str]:
        def fmt(d: dict[str, int]) -> str:
            return "，".join(f"{t} {n}" for t, n in d.items() if n) or "无"

        out = [
            f"新增：{fmt(self.added)}",
            f"相同而跳过：{fmt(self.skipped)}",
            f"按名称对应（两边各自新建的同一记录）：{fmt(self.matched)}",
            f"冲突：{len(self.conflicts)} 条",
        ]
        out += ["  " + c.describe() for c in self.conflicts[:100]]
        if self.rejected:
            out.append(f"未合并（不符合录入规则）：{len(self.rejected)} 条")
            out += ["  " + r for r in self.rejected[:100]]
        return out


class _Ids:
    """Both files' id ↔ uid maps, and the aliases of their uids that name one of our records."""

    def __init__(self) -> None:
        self.theirs_uid: dict[str, dict[int, str]] = {}
        self.ours_uid: dict[str, dict[int, str]] = {}
        self.ours_id: dict[str, dict[str, int]] = {}
        self.alias: dict[str, dict[str, str]] = {}  # table → their uid → our uid

    def their_content(self, row: dict[str, Any], table: str) -> dict[str, Any]:
        result = _content(row, table, self.theirs_uid)
        for column, ref in FOREIGN_KEYS.get(table, {}).items():
            uid = result.get(column)
            if uid is not None:
                result[column] = self.alias.get(ref, {}).get(uid, uid)
        return result


def _content(row: dict[str, Any], table: str, id_to_uid: dict[str, dict[int, str]]) -> dict[str, Any]:
    """A row without local ids: foreign keys become the referenced uids."""
    result = {k: v for k, v in row.items() if k not in _META}
    for column, ref in FOREIGN_KEYS.get(table, {}).items():
        if result.get(column) is not None:
            result[column] = id_to_uid[ref].get(result[column])
    return result


def rulebook_problem(other: Store, table: str, row: dict[str, Any]) -> str | None:
    """Why a fact of the file ``other`` does not follow the rulebook (its value is not what its text as
    written gives, say), or None. Merge asks it of the other file's facts, the hub sync of this file's
    before they are pushed: no unit slip enters by either way."""
    if table == "observations":
        ind = other.query(
            "SELECT name, unit, measure, growth_basis FROM indicators WHERE id = ?", [row["indicator_id"]]
        )
        published = other.scalar("SELECT published_on FROM sources WHERE id = ?", [row["source_id"]])
        info = rulebook.IndicatorInfo.from_row(ind[0]) if ind else None
        raw = {
            **rulebook.observation_fields(row, info.unit if info else None),
            **rulebook.observation_bounds(row),
        }
        reference = date.fromisoformat(published) if published else None
        result = rulebook.observation(raw, info, rulebook.Context(reference))
        label = f"数据 {row.get('value_text') or row.get('value')}（{info.name if info else '?'}）"
        if not result.ok:
            return f"{label}：{'；'.join(result.errors.values())}"
        for column in ("value", "yoy_pct", "growth_pct"):
            if not rulebook.same_number(result.values[column], row.get(column)):
                return f"{label}：{column} 为 {row.get(column)}，按原文应为 {result.values[column]}"
        return None
    if table == "projects":
        raw = rulebook.project_fields(row)
        result = rulebook.project(raw)
        if not result.ok:
            return f"项目 {row.get('name')}：{'；'.join(result.errors.values())}"
        for column in ("investment", "area_m2", "expected_output"):
            if not rulebook.same_number(result.values[column], row.get(column)):
                return f"项目 {row.get('name')}：{column} 为 {row.get(column)}，按原文应为 {result.values[column]}"
    return None


def merge(store: Store, other_path: Path, prefer: str = "newer", dry_run: bool = False) -> MergeReport:
    """Bring the other file's records in, in one transaction. ``prefer``: 'newer' or 'ours'."""
    other = Store.open(other_path, readonly=True)
    report = MergeReport()
    ids = _Ids()
    try:
        with store.atomic() as db:
            for table in RECORD_TABLES:
                _merge_table(store, other, table, ids, report, prefer)
            search.process_queue(db)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    finally:
        other.close()
    return report


def _merge_table(store: Store, other: Store, table: str, ids: _Ids, report: MergeReport, prefer: str) -> None:
    ours_rows = store.query(f"SELECT * FROM {table}")
    ids.ours_uid[table] = {r["id"]: r["uid"] for r in ours_rows}
    ids.ours_id[table] = {r["uid"]: r["id"] for r in ours_rows}
    ids.alias[table] = {}
    by_uid = {r["uid"]: r for r in ours_rows}
    natural = _NATURAL.get(table)
    by_key = {natural(_content(r, table, ids.ours_uid)): r for r in ours_rows} if natural else {}
    their_rows = other.query(f"SELECT * FROM {table} ORDER BY id")
    ids.theirs_uid[table] = {r["id"]: r["uid"] for r in their_rows}
    added = skipped = updated = matched = 0
    pending_parent: list[tuple[str, str]] = []
    for row in their_rows:
        theirs = ids.their_content(row, table)
        mine = by_uid.get(row["uid"])
        if mine is None and natural is not None:
            twin = by_key.get(natural(theirs))
            if twin is not None:  # created in both files under two uids: one record
                ids.alias[table][row["uid"]] = twin["uid"]
                ids.ours_id[table][row["uid"]] = twin["id"]
                matched += 1
                continue
        if mine is None:
            problem = rulebook_problem(other, table, row)
            if problem is not None:
                report.rejected.append(problem)
                continue
            values = dict(theirs)
            for column, ref in FOREIGN_KEYS.get(table, {}).items():
                if values.get(column) is not None:
                    target = ids.ours_id[ref].get(values[column])
                    if target is None and ref == table:  # parent later in the same table
                        pending_parent.append((row["uid"], values[column]))
                    values[column] = target
            values.update(created_at=row["created_at"], updated_at=row["updated_at"])
            new = store.insert(table, values)
            ids.ours_id[table][row["uid"]] = new["id"]
            ids.ours_uid[table][new["id"]] = row["uid"]
            if natural is not None:
                by_key.setdefault(natural(theirs), new)
            added += 1
            continue
        if _content(mine, table, ids.ours_uid) == theirs:
            skipped += 1
            continue
        ours_now = _content(mine, table, ids.ours_uid)
        changed_after = _changed_after(store, other, table, row["uid"], ours_now, theirs, ids)
        if changed_after == "ours":  # theirs is a state ours was edited from: ours is the later edit
            skipped += 1
            continue
        if changed_after == "theirs":  # ours is a state theirs was edited from: take the edit, no conflict
            take_theirs = True
        else:  # edited on both sides (or no history says): a conflict; ``prefer`` says which is kept
            take_theirs = prefer == "newer" and (row["updated_at"] or "") > (mine["updated_at"] or "")
        if take_theirs:
            problem = rulebook_problem(other, table, row)
            if problem is not None:
                report.rejected.append(problem)
                continue
        if changed_after is None:
            report.conflicts.append(
                Conflict(table, row["uid"], mine, row, "theirs" if take_theirs else "ours")
            )
        if take_theirs:
            values = dict(theirs)
            for column, ref in FOREIGN_KEYS.get(table, {}).items():
                if values.get(column) is not None:
                    values[column] = ids.ours_id[ref].get(values[column])
            values.pop("uid", None)
            store.update(table, mine["id"], values, mine["version"])
            updated += 1
    for uid, parent_uid in pending_parent:
        store.db.execute(
            f"UPDATE {table} SET parent_id = ? WHERE uid = ?", [ids.ours_id[table][parent_uid], uid]
        )
    report.added[table], report.skipped[table], report.updated[table] = added, skipped, updated
    report.matched[table] = matched


def _changed_after(
    store: Store,
    other: Store,
    table: str,
    uid: str,
    ours: dict[str, Any],
    theirs: dict[str, Any],
    ids: _Ids,
) -> str | None:
    """Which side was edited after the two files last agreed, by the records' own histories (the audit
    of each file), not by clocks: "theirs" when our content is a state their record was edited from,
    "ours" the other way round, None when each side changed it (a conflict) or no history tells."""
    their_past = [ids.their_content(state, table) for state in _states(other, table, uid)]
    our_past = [_content(state, table, ids.ours_uid) for state in _states(store, table, uid)]
    ours_before_theirs = ours in their_past
    theirs_before_ours = theirs in our_past
    if ours_before_theirs and not theirs_before_ours:
        return "theirs"
    if theirs_before_ours and not ours_before_theirs:
        return "ours"
    return None


def _states(store: Store, table: str, uid: str) -> list[dict[str, Any]]:
    """The states a record was in before its present one (its audit entries' before-states)."""
    rows = store.query(
        "SELECT before FROM changes WHERE table_name = ? AND row_uid = ? AND before IS NOT NULL ORDER BY id",
        [table, uid],
    )
    states = []
    for row in rows:
        with contextlib.suppress(ValueError, TypeError):
            state = json.loads(row["before"])
            if isinstance(state, dict):
                states.append(state)
    return states


class _DryRun(Exception):
    """Rolls the merge back after counting what it would do."""


__all__ = ["Conflict", "MergeReport", "merge", "rulebook_problem"]
