"""A sync conflict in words: which record (a fact by its 指标 · 地区 · 时期) and what differs between this
file's version and the hub's. Apart from the sync so that the checks can list conflicts without it."""

from __future__ import annotations

import json
from typing import Any

from .columns import field_label
from .database import TABLE_LABELS, Store

#: A record's fields that say nothing of its content (the local id, the version, the timestamps).
NOT_CONTENT = ("id", "version", "created_at", "updated_at")


def describe_conflict(row: dict[str, Any], store: Store | None = None) -> str:
    """One line: which record — a fact by its indicator · region · period (with ``store``, which knows
    the names) — and what differs between this file's version and the hub's, both values shown."""
    hub = json.loads(row["hub_data"]) if isinstance(row.get("hub_data"), str) else row.get("hub_data")
    mine = json.loads(row["copy_data"]) if isinstance(row.get("copy_data"), str) else row.get("copy_data")
    either = mine or hub or {}
    label = _fact_label(row["table_name"], either, store) or (
        either.get("name") or either.get("title") or either.get("value_text") or row["uid"][:8]
    )
    what = f"{TABLE_LABELS.get(row['table_name'], row['table_name'])}“{label}”"
    if hub is None:
        return f"{what}：集线库上已删除，本机改过"
    if mine is None:
        return f"{what}：本机已删除，集线库上有修改"
    fields = sorted(k for k in set(hub) | set(mine) if k not in NOT_CONTENT and hub.get(k) != mine.get(k))
    shown = "；".join(
        f"{field_label(k)}：本机 {_shown(mine.get(k))}，集线库 {_shown(hub.get(k))}"
        for k in fields
        if not k.endswith("_id")
    )
    return f"{what}：两边都改过（{'、'.join(field_label(k) for k in fields)}）" + (
        f"——{shown}" if shown else ""
    )


def _shown(value: Any) -> str:
    return "（空）" if value in (None, "") else str(value)


def _fact_label(table: str, data: dict[str, Any], store: Store | None) -> str | None:
    """指标 · 地区 · 时期 of a fact (its foreign keys are uids in the hub's data)."""
    if table != "observations" or store is None:
        return None

    def name(ref_table: str, uid: Any) -> str:
        found = store.scalar(f"SELECT name FROM {ref_table} WHERE uid = ?", [uid]) if uid else None
        return str(found) if found else "？"

    period = data.get("period_label") or "—".join(
        dict.fromkeys(p for p in (data.get("period_start"), data.get("period_end")) if p)
    )
    return f"{name('indicators', data.get('indicator_id'))} · {name('regions', data.get('region_id'))} · {period or '？'}"
