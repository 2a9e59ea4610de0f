"""Merge a colleague's database by ``uid``: new records are added, identical ones skipped, and records
edited differently in both files are conflicts (resolved by the newer edit, or kept as ours)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import search
from .database import RECORD_TABLES, Store

#: Foreign keys to remap from the other file's ids to ours: table → [(column, referenced table)]
_FOREIGN = {
    "regions": [("parent_id", "regions")],
    "organizations": [("region_id", "regions")],
    "observations": [("indicator_id", "indicators"), ("region_id", "regions"), ("source_id", "sources")],
    "projects": [("region_id", "regions"), ("source_id", "sources")],
    "project_organizations": [("project_id", "projects"), ("organization_id", "organizations")],
    "project_events": [("project_id", "projects"), ("source_id", "sources")],
}
_META = ("id", "created_at", "updated_at", "version")


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
    conflicts: list[Conflict] = field(default_factory=list)

    def lines(self) -> list[str]:
        def fmt(d: dict[str, int]) -> str:
            return "，".join(f"{t} {n}" for t, n in d.items() if n) or "无"

        out = [
            f"新增：{fmt(self.added)}",
            f"相同而跳过：{fmt(self.skipped)}",
            f"冲突：{len(self.conflicts)} 条",
        ]
        out += ["  " + c.describe() for c in self.conflicts[:100]]
        return out


def _content(row: dict[str, Any], table: str, id_to_uid: dict[str, dict[int, str]]) -> dict[str, Any]:
    """A row without local ids: foreign keys become the referenced uids."""
    result = {k: v for k, v in row.items() if k not in _META}
    for column, ref in _FOREIGN.get(table, []):
        if result.get(column) is not None:
            result[column] = id_to_uid[ref].get(result[column])
    return result


def merge(store: Store, other_path: Path, prefer: str = "newer", dry_run: bool = False) -> MergeReport:
    """Bring the other file's records in, in one transaction. ``prefer``: 'newer' or 'ours'."""
    other = Store.open(other_path, readonly=True)
    report = MergeReport()
    try:
        theirs_uid: dict[str, dict[int, str]] = {}
        ours_uid: dict[str, dict[int, str]] = {}
        ours_id: dict[str, dict[str, int]] = {}
        with store.atomic() as db:
            for table in RECORD_TABLES:
                ours_rows = store.query(f"SELECT * FROM {table}")
                ours_uid[table] = {r["id"]: r["uid"] for r in ours_rows}
                ours_id[table] = {r["uid"]: r["id"] for r in ours_rows}
                by_uid = {r["uid"]: r for r in ours_rows}
                their_rows = other.query(f"SELECT * FROM {table} ORDER BY id")
                theirs_uid[table] = {r["id"]: r["uid"] for r in their_rows}
                added = skipped = updated = 0
                pending_parent: list[tuple[str, str]] = []
                for row in their_rows:
                    theirs = _content(row, table, theirs_uid)
                    mine = by_uid.get(row["uid"])
                    if mine is None:
                        values = dict(theirs)
                        for column, ref in _FOREIGN.get(table, []):
                            if values.get(column) is not None:
                                target = ours_id[ref].get(values[column])
                                if target is None and ref == table:  # parent later in the same table
                                    pending_parent.append((row["uid"], values[column]))
                                values[column] = target
                        values.update(created_at=row["created_at"], updated_at=row["updated_at"])
                        new = store.insert(table, values)
                        ours_id[table][row["uid"]] = new["id"]
                        ours_uid[table][new["id"]] = row["uid"]
                        added += 1
                        continue
                    if _content(mine, table, ours_uid) == theirs:
                        skipped += 1
                        continue
                    take_theirs = prefer == "newer" and (row["updated_at"] or "") > (mine["updated_at"] or "")
                    report.conflicts.append(
                        Conflict(table, row["uid"], mine, row, "theirs" if take_theirs else "ours")
                    )
                    if take_theirs:
                        values = dict(theirs)
                        for column, ref in _FOREIGN.get(table, []):
                            if values.get(column) is not None:
                                values[column] = ours_id[ref].get(values[column])
                        values.pop("uid", None)
                        store.update(table, mine["id"], values, mine["version"])
                        updated += 1
                for uid, parent_uid in pending_parent:
                    db.execute(
                        f"UPDATE {table} SET parent_id = ? WHERE uid = ?", [ours_id[table][parent_uid], uid]
                    )
                report.added[table], report.skipped[table], report.updated[table] = added, skipped, updated
            search.process_queue(db)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    finally:
        other.close()
    return report


class _DryRun(Exception):
    """Rolls the merge back after counting what it would do."""


__all__ = ["Conflict", "MergeReport", "merge"]
