"""Multi-row edits, each in one transaction: a project with its organisations and milestones, the
snapshots that undo a delete, and the duplicate check of an observation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .database import Store

if TYPE_CHECKING:
    from ..domain.rulebook import ProjectParts

_CHILDREN = {"projects": (("project_organizations", "project_id"), ("project_events", "project_id"))}
_READONLY_COLUMNS = ("id", "uid", "created_at", "updated_at", "version")


def save_project(
    store: Store,
    project_id: int | None,
    values: dict[str, Any],
    organizations: list[dict[str, Any]],
    events: list[dict[str, Any]],
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Insert or update a project together with its organisation links and milestones, all or nothing."""
    with store.atomic():
        if project_id is None:
            row = store.insert("projects", values)
        else:
            row = store.update("projects", project_id, values, expected_version or 0)
        pid = row["id"]
        existing = {
            (r["organization_id"], r["role"]): r
            for r in store.query("SELECT * FROM project_organizations WHERE project_id = ?", [pid])
        }
        wanted = {(o["organization_id"], o["role"]) for o in organizations}
        for key, link in existing.items():
            if key not in wanted:
                store.delete("project_organizations", link["id"])
        for org_id, role in wanted - set(existing):
            store.insert(
                "project_organizations", {"project_id": pid, "organization_id": org_id, "role": role}
            )
        old_events = store.query("SELECT * FROM project_events WHERE project_id = ? ORDER BY id", [pid])
        keyed = {(e["kind"], e["occurred_on"]): e for e in old_events}
        kept = set()
        for event in events:
            key = (event["kind"], event.get("occurred_on"))
            fields: dict[str, Any] = {
                k: event.get(k)
                for k in (
                    "kind",
                    "occurred_on",
                    "date_precision",
                    "quote",
                    "quote_start",
                    "quote_end",
                    "note",
                )
                if k in event
            }
            fields.setdefault("date_precision", "day")
            fields["source_id"] = event.get("source_id") or values.get("source_id")
            if key in keyed and keyed[key]["id"] not in kept:
                current = keyed[key]
                changed = {k: val for k, val in fields.items() if current.get(k) != val}
                if changed:
                    store.update("project_events", current["id"], changed, current["version"])
                kept.add(current["id"])
            else:
                kept.add(store.insert("project_events", {"project_id": pid, **fields})["id"])
        for event in old_events:
            if event["id"] not in kept:
                store.delete("project_events", event["id"])
        return store.get("projects", pid)


def project_parts(store: Store, project_id: int) -> ProjectParts:
    """A project's organisation links and milestones, as the project form edits them."""
    from ..domain.rulebook import ProjectParts  # (the rulebook is not needed for the first frame)

    return ProjectParts(
        store.query(
            "SELECT organization_id, role FROM project_organizations WHERE project_id = ? ORDER BY id",
            [project_id],
        ),
        store.query(
            "SELECT kind, occurred_on, date_precision FROM project_events WHERE project_id = ? "
            "ORDER BY occurred_on, id",
            [project_id],
        ),
    )


def snapshot(store: Store, table: str, record_id: int) -> dict[str, Any]:
    """The record and its parts, enough to put it back exactly (same id and uid) after a delete."""
    result: dict[str, Any] = {"table": table, "row": store.get(table, record_id), "children": []}
    for child_table, column in _CHILDREN.get(table, ()):
        for child in store.query(f"SELECT * FROM {child_table} WHERE {column} = ? ORDER BY id", [record_id]):
            result["children"].append((child_table, child))
    return result


def restore(store: Store, snap: dict[str, Any]) -> dict[str, Any]:
    """Put a deleted record back with its id, uid and parts (one transaction)."""
    with store.atomic():
        row = dict(snap["row"])
        row.pop("version", None)
        restored = store.insert(snap["table"], row)
        for child_table, child in snap["children"]:
            child = dict(child)
            child.pop("version", None)
            store.insert(child_table, child)
    return restored


def delete_with_parts(
    store: Store, table: str, record_id: int, expected_version: int | None = None
) -> dict[str, Any]:
    """Delete (projects take their organisation links and milestones along); returns the snapshot."""
    snap = snapshot(store, table, record_id)
    store.delete(table, record_id, expected_version)
    return snap


def editable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _READONLY_COLUMNS}


def find_duplicates(
    store: Store,
    indicator_id: int,
    region_id: int,
    period_start: str,
    period_end: str,
    exclude_id: int | None = None,
) -> list[dict[str, Any]]:
    """Observations of the same indicator, region and period, with their sources."""
    return store.query(
        "SELECT o.id, o.value, o.value_text, o.yoy_pct, o.period_label, s.title AS source, s.published_on "
        "FROM observations o JOIN sources s ON s.id = o.source_id "
        "WHERE o.indicator_id = ? AND o.region_id = ? AND o.period_start = ? AND o.period_end = ? AND o.id != ? "
        "ORDER BY o.id",
        [indicator_id, region_id, period_start, period_end, exclude_id or -1],
    )


def dependents_text(store: Store, table: str, record_id: int) -> str:
    from .database import TABLE_LABELS

    deps = store.dependents(table, record_id)
    return "、".join(f"{TABLE_LABELS[t]} {n} 条" for t, n in deps.items())
