"""Revisions: a later official figure that supersedes an earlier one (初步核算 by 最终核实, a release by
the statistical yearbook). Both facts stay; the later one's ``supersedes`` holds the earlier one's uid
with the reason, the conflict check no longer compares them, and the chart and the draft check use the
latest. ``mark`` records a revision (audited, synced like every edit); ``withdraw`` undoes it.
"""

from __future__ import annotations

import re
from typing import Any

from ..domain.errors import ValidationError
from .database import Store

#: Words that say a figure revises another (the later source) or is preliminary (the earlier one).
REVISED = re.compile(r"最终核实|核实|修订|修正|年鉴|调整为|核算后")
PRELIMINARY = re.compile(r"初步核算|初步统计|快报|初步")

#: SQL: the observation ``o`` has not been superseded.
CURRENT = "NOT EXISTS (SELECT 1 FROM observations n WHERE n.supersedes = o.uid)"


def later_first(store: Store, a: dict[str, Any], b: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The pair as (later, earlier) by their sources' dates (then by entry order)."""
    dates = {
        row["id"]: row["published_on"] or ""
        for row in store.query(
            "SELECT id, published_on FROM sources WHERE id IN (?, ?)", [a["source_id"], b["source_id"]]
        )
    }
    key_a, key_b = (dates.get(a["source_id"], ""), a["id"]), (dates.get(b["source_id"], ""), b["id"])
    return (a, b) if key_a >= key_b else (b, a)


def pair_of(store: Store, uids: list[str]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Two observations by uid as (later, earlier), or None when one is gone."""
    rows = [store.query("SELECT id, uid, source_id FROM observations WHERE uid = ?", [uid]) for uid in uids]
    if len(rows) != 2 or not all(rows):
        return None
    return later_first(store, rows[0][0], rows[1][0])


def mark(store: Store, later_id: int, earlier_id: int, reason: str) -> dict[str, Any]:
    """Record that observation ``later_id`` supersedes ``earlier_id`` because of ``reason``."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("revision_reason", "请写明修订的理由（如：最终核实、年鉴修订）")
    later, earlier = _row(store, later_id), _row(store, earlier_id)
    if later is None or earlier is None or later_id == earlier_id:
        raise ValidationError("supersedes", "修订的两条记录应是不同的两条数据")
    same = ("indicator_id", "region_id", "period_start", "period_end")
    if any(later[k] != earlier[k] for k in same):
        raise ValidationError("supersedes", "只有同一指标、地区和时期的数据才能互为修订")
    return store.update(
        "observations",
        later_id,
        {"supersedes": earlier["uid"], "revision_reason": reason},
        later["version"],
    )


def _row(store: Store, record_id: int) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM observations WHERE id = ?", [record_id])
    return rows[0] if rows else None


def withdraw(store: Store, record_id: int) -> dict[str, Any]:
    row = _row(store, record_id)
    if row is None:
        raise ValidationError("supersedes", "记录不存在")
    return store.update(
        "observations", record_id, {"supersedes": None, "revision_reason": None}, row["version"]
    )


def revision_words(row: dict[str, Any], title: str | None) -> str | None:
    """Why a record looks like a revision, in words (引文写明“最终核实”, 来源是“四川统计年鉴2021”), or None."""
    found = REVISED.search(row.get("quote") or "")
    if found:
        return f"引文写明“{found.group()}”"
    if title and REVISED.search(title):
        return f"来源是“{title}”"
    return None
