"""What the checks' rules share: the observation row they read (with indicator, unit, measure and
region), how a finding names a record and a fact, and the cap on findings listed per rule."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ..domain.check_rules import Finding, RecordRef
from ..domain.decimals import format_decimal
from .database import Store


def num(value: float | None) -> str:
    return "" if value is None else format_decimal(Decimal(repr(value)))


def ref(row: dict[str, Any], prefix: str = "") -> RecordRef:
    return RecordRef("observations", row[f"{prefix}uid"], row[f"{prefix}id"], row[f"{prefix}version"])


def where(row: dict[str, Any]) -> str:
    label = row.get("period_label") or f"{row['period_start']}—{row['period_end']}"
    return f"{row['region']} {row['indicator']} {label}"


obs_sql = (
    "SELECT o.id, o.uid, o.version, o.indicator_id, o.region_id, o.period_kind, o.period_start, o.period_end, "
    "o.period_label, o.value, o.value_text, o.qualifier, o.yoy_pct, o.rank, o.rank_scope, o.source_id, "
    "o.is_estimate, o.quote, o.supersedes, i.name AS indicator, i.unit, i.measure, coalesce(o.growth_basis, i.growth_basis) AS basis, "
    "r.name AS region FROM observations o JOIN indicators i ON i.id = o.indicator_id "
    "JOIN regions r ON r.id = o.region_id"
)


#: Findings listed per rule; beyond them one summary finding counts the rest (nobody reads a million
#: findings, and building them would take longer than finding them).
MAX_LISTED = 10_000


class Listing:
    def __init__(self, rule: str) -> None:
        self.rule = rule
        self.findings: list[Finding] = []
        self.more = 0

    def full(self) -> bool:
        """True (and one more counted) when the list is full: the caller skips building the finding."""
        if len(self.findings) < MAX_LISTED:
            return False
        self.more += 1
        return True

    def done(self) -> list[Finding]:
        if self.more:
            self.findings.append(
                Finding(self.rule, f"……另有 {self.more:,} 条同类问题未逐条列出（只列出前 {MAX_LISTED:,} 条）")
            )
        return self.findings


def stream(store: Store, condition: str) -> Iterable[dict[str, Any]]:
    cursor = store.conn.execute(obs_sql + f" WHERE {condition}")
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(5000):
        for row in batch:
            yield dict(zip(names, row, strict=True))
