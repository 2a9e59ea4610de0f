"""A record with everything the detail pane shows: joined names, its source, its parts and history."""

from __future__ import annotations

from typing import Any

from .database import Store


def record_details(store: Store, table: str, record_id: int) -> dict[str, Any]:
    row = store.get(table, record_id)
    result: dict[str, Any] = {"table": table, "row": row}
    if table == "observations":
        result["indicator"] = store.get("indicators", row["indicator_id"])
        result["region"] = store.get("regions", row["region_id"])
    if table in ("projects", "organizations") and row.get("region_id"):
        result["region"] = store.get("regions", row["region_id"])
    if table == "regions" and row.get("parent_id"):
        result["parent"] = store.get("regions", row["parent_id"])
    if table in ("observations", "projects") and row.get("source_id"):
        result["source"] = store.get("sources", row["source_id"])
    if table == "projects":
        result["organizations"] = store.query(
            "SELECT o.name, po.role FROM project_organizations po JOIN organizations o ON o.id = po.organization_id "
            "WHERE po.project_id = ? ORDER BY po.id",
            [record_id],
        )
        result["events"] = store.query(
            "SELECT kind, occurred_on, date_precision, quote FROM project_events WHERE project_id = ? "
            "ORDER BY occurred_on, id",
            [record_id],
        )
    if table == "sources":
        result["facts"] = store.query(
            "SELECT 'observations' AS tbl, o.id, i.name AS label, o.value_text AS text, o.quote, o.quote_start, "
            "o.quote_end FROM observations o JOIN indicators i ON i.id = o.indicator_id WHERE o.source_id = ? "
            "UNION ALL SELECT 'projects', p.id, p.name, p.investment_text, p.quote, p.quote_start, p.quote_end "
            "FROM projects p WHERE p.source_id = ? ORDER BY 6 LIMIT 500",
            [record_id, record_id],
        )
    if table == "indicators":
        result["count"] = store.scalar(
            "SELECT count(*) FROM observations WHERE indicator_id = ?", [record_id]
        )
    result["history"] = store.history(table, row["uid"])
    if table in ("observations", "projects"):
        from .checks import acceptances_of

        result["acceptances"] = acceptances_of(store, table, row["uid"])
    if table == "observations":  # the fact it revises, and the one that revises it
        result["revisions"] = store.query(
            "SELECT 'revises' AS role, o.id, o.value_text, o.value, s.title, ? AS reason FROM observations o "
            "JOIN sources s ON s.id = o.source_id WHERE o.uid = ? "
            "UNION ALL SELECT 'revised_by', o.id, o.value_text, o.value, s.title, o.revision_reason "
            "FROM observations o JOIN sources s ON s.id = o.source_id WHERE o.supersedes = ?",
            [row.get("revision_reason"), row.get("supersedes"), row["uid"]],
        )
    return result


def facts_of_source(store: Store, source_id: int) -> list[dict[str, Any]]:
    """The observations and projects captured from a source, in the order of their quotes:
    table, id, label, quote_start, quote_end."""
    return store.query(
        "SELECT 'observations' AS tbl, o.id, i.name || '：' || coalesce(o.value_text, '') AS label, "
        "o.quote_start, o.quote_end FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "WHERE o.source_id = ? UNION ALL SELECT 'projects', p.id, '项目：' || p.name, p.quote_start, "
        "p.quote_end FROM projects p WHERE p.source_id = ? ORDER BY 4",
        [source_id, source_id],
    )
