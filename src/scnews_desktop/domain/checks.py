"""Consistency rules over facts. Pure data and functions; storage runs them against the database."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

#: Arithmetic rules kept as data: the total of an indicator equals the sum of its parts, per region
#: and period, within a rounding tolerance (in the indicator's unit).
SUM_RULES: list[dict] = [
    {"total": "货物贸易进出口总值", "parts": ["货物贸易出口总值", "货物贸易进口总值"], "tolerance": 0.15},
]


#: Reported growth and growth computed from the levels may differ (comparable basis, revisions); a gap
#: wider than this many percentage points is listed.
GROWTH_TOLERANCE_PP = 2.0


#: For growth reported at comparable prices (real), the levels give nominal growth; their ratio is the
#: implied change of prices (a deflator). Only a price change outside this band (percent) is listed:
#: it usually means the earlier level predates a revision (an economic census) or another scope (口径).
IMPLIED_PRICE_BAND = (-5.0, 10.0)


def implied_price_change(nominal_pct: float, real_pct: float) -> float | None:
    """The price change (percent) that turns real growth into nominal growth: (1+n)/(1+r) − 1."""
    if real_pct <= -100:
        return None
    return ((1 + nominal_pct / 100) / (1 + real_pct / 100) - 1) * 100


def computed_growth(current: float, previous: float) -> float | None:
    """Year-on-year growth in percent from two levels, or None when the base is zero or negative."""
    if previous is None or current is None or previous <= 0:
        return None
    return (current / previous - 1) * 100


@dataclass(frozen=True)
class Finding:
    kind: str  # integrity, foreign_key, quote, value_text, sum_rule
    message: str  # Chinese, one line
    table: str | None = None
    ids: tuple[int, ...] = ()


def sum_mismatch(total: float, parts: list[float], tolerance: float) -> Decimal | None:
    """The difference total − Σparts when it exceeds the tolerance, else None."""
    diff = Decimal(str(total)) - sum((Decimal(str(p)) for p in parts), Decimal(0))
    return diff if abs(diff) > Decimal(str(tolerance)) else None
