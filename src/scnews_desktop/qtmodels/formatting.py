"""Display text for values (no widgets): 8,081.9 亿元, 逾 60 亿元, +19.2%."""

from __future__ import annotations

from decimal import Decimal

from ..domain.decimals import format_decimal

#: How amounts in 亿元 are shown: 亿元 (as stored) or 万元 (×10,000). Set from the settings at start-up.
AMOUNT_DISPLAY = {"unit": "亿元"}

QUALIFIER_PREFIX = {"exact": "", "approx": "约 ", "over": "逾 ", "under": "近 ", "vague": "约 "}


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return format_decimal(Decimal(repr(value)))


def format_amount(value: float | None, unit: str | None, qualifier: str | None = "exact") -> str:
    if value is None:
        return ""
    if unit == "亿元" and AMOUNT_DISPLAY["unit"] == "万元":
        value, unit = float(Decimal(repr(value)) * 10000), "万元"
    prefix = QUALIFIER_PREFIX.get(qualifier or "exact", "")
    return f"{prefix}{format_number(value)} {unit or ''}".rstrip()


def format_growth(pct: float | None) -> str:
    if pct is None:
        return ""
    text = format_number(pct)
    return f"+{text}%" if pct > 0 else f"{text}%"


def format_local_time(iso_utc: str | None) -> str:
    """A stored UTC time (2026-11-30T07:48:24Z) in the machine's local time: 2026-11-30 15:48."""
    if not iso_utc:
        return ""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
