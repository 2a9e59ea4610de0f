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


_QUARTERS = "一二三四"


def format_period(kind: str | None, start: str | None, end: str | None) -> str:
    """A stored period with its year, as an editor writes it: 2023年, 2023年一季度, 2023年7月, 2020年1—9月,
    2023年7月末, 2023年末, 2024年4月10日, 2021—2025年 (``parse_period`` reads each back to the same days)."""
    if not start or not end:
        return ""
    (y0, m0, d0), (y1, m1, d1) = (tuple(int(x) for x in s.split("-")) for s in (start, end))
    month_end = d1 == _days_in(y1, m1)
    whole_months = d0 == 1 and month_end
    if kind == "year" or (y0 == y1 and (m0, d0, m1, d1) == (1, 1, 12, 31)):
        return f"{y0}年"
    if kind == "quarter" and whole_months:
        return f"{y0}年{_QUARTERS[(m0 - 1) // 3]}季度"
    if kind in ("month", "ytd", "range") and whole_months and y0 == y1:
        return f"{y0}年{m0}月" if m0 == m1 else f"{y0}年{m0}—{m1}月"
    if kind == "asof" or start == end:
        if (m1, d1) == (12, 31) and kind == "asof":
            return f"{y1}年末"
        return f"{y1}年{m1}月末" if month_end and kind == "asof" else f"{y1}年{m1}月{d1}日"
    if kind == "range" and (m0, d0, m1, d1) == (1, 1, 12, 31):
        return f"{y0}—{y1}年"
    return f"{y0}年{m0}月{d0}日—{y1}年{m1}月{d1}日" if y0 != y1 else f"{y0}年{m0}月{d0}日—{m1}月{d1}日"


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
