"""Time series of one indicator in one region, and their transforms (pure Python, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from operator import attrgetter

TRANSFORMS = ("levels", "yoy", "index", "monthly")
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class Point:
    observation_id: int
    period_kind: str
    start: date
    end: date
    value: float | None
    yoy_pct: float | None
    qualifier: str
    is_estimate: bool
    label: str  # value as written
    period_label: str
    source: str
    months: int = 1  # how many months a derived single-month value covers (1–2月 combined: 2)

    @cached_property
    def anchor(self) -> date:
        """The day under whose axis label the period's point is drawn: a year at its first day (where
        the axis writes 2023年), a quarter or a month at its first day, a year-to-date total (1–11月)
        at the first day of its last month, a range of whole years at its last year, anything else
        (a day, a stock at a date, a range of days) at its end."""
        start, end, kind = self.start, self.end, self.period_kind
        if kind == "year":
            return date(end.year, 1, 1)
        if kind in ("quarter", "month"):
            return start
        if kind == "ytd":
            return date(end.year, end.month, 1)
        if kind == "range" and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return date(end.year, 1, 1)
        return end

    @cached_property
    def x(self) -> float:
        """The anchor as seconds since the epoch (UTC midnight): the chart's date-axis value."""
        return float((self.anchor.toordinal() - _EPOCH_ORDINAL) * 86400)

    @property
    def axis_label(self) -> str:
        """The axis label the point sits under, as the chart's export writes it."""
        day = self.anchor
        if self.period_kind == "year" or (self.period_kind == "range" and day.month == 1 and day.day == 1):
            return f"{day.year}年"
        if self.period_kind == "quarter":
            return f"{day.year}年第{(day.month - 1) // 3 + 1}季度"
        if self.period_kind in ("month", "ytd"):
            return f"{day.year}年{day.month}月"
        return day.isoformat()

    @property
    def approximate(self) -> bool:
        return self.qualifier != "exact"


@dataclass
class Series:
    region: str
    indicator: str
    unit: str
    points: list[Point] = field(default_factory=list)

    @cached_property
    def line(self) -> tuple[list[float], list[float]]:
        """What a level chart draws, computed once (the loader does it while reading, so drawing a
        million points only hands them over)."""
        return line_of(self.points)


def line_of(points: list[Point]) -> tuple[list[float], list[float]]:
    """x (seconds) and value of the points that have a value."""
    xs = list(map(attrgetter("x"), points))
    ys = list(map(attrgetter("value"), points))
    if None in ys:
        keep = [i for i, y in enumerate(ys) if y is not None]
        xs, ys = [xs[i] for i in keep], [ys[i] for i in keep]
    return xs, ys


def transform(points: list[Point], how: str) -> list[Point]:
    """levels | yoy (reported growth) | index (first value = 100) | monthly (year-to-date → single month)."""
    if how == "levels":
        return [p for p in points if p.value is not None]
    if how == "yoy":
        return [replace(p, value=p.yoy_pct) for p in points if p.yoy_pct is not None]
    if how == "index":
        base = next((p.value for p in points if p.value), None)
        if not base:
            return []
        return [replace(p, value=p.value / base * 100) for p in points if p.value is not None]
    if how == "monthly":
        return ytd_to_monthly(points)
    raise ValueError(how)


def ytd_to_monthly(points: list[Point]) -> list[Point]:
    """Single-month values from year-to-date totals: month m = ytd(m) − ytd(m−1) of the same year.
    When January is missing (China often publishes 1–2月 together), February's total covers two months."""
    ytd = sorted((p for p in points if p.period_kind == "ytd" and p.value is not None), key=lambda p: p.end)
    by_key = {(p.end.year, p.end.month): p for p in ytd}
    result = []
    for p in ytd:
        year, month = p.end.year, p.end.month
        if month == 1:
            result.append(replace(p, period_kind="month", start=date(year, 1, 1)))
            continue
        previous = by_key.get((year, month - 1))
        if previous is not None and p.value is not None and previous.value is not None:
            result.append(
                replace(p, period_kind="month", start=date(year, month, 1), value=p.value - previous.value)
            )
        elif month == 2:
            result.append(replace(p, period_kind="month", start=date(year, 1, 1), months=2))
    return result


def computed_yoy(points: list[Point]) -> list[tuple[Point, float]]:
    """Growth computed from levels: each point against the same period one year earlier."""
    index = {(p.period_kind, p.start, p.end): p for p in points if p.value is not None}
    result = []
    for p in points:
        if p.value is None:
            continue
        try:
            key = (p.period_kind, p.start.replace(year=p.start.year - 1), _end_a_year_before(p.end))
        except ValueError:
            continue
        previous = index.get(key)
        if previous is not None and previous.value and previous.value > 0:
            result.append((p, (p.value / previous.value - 1) * 100))
    return result


def _end_a_year_before(end: date) -> date:
    if end.month == 2 and end.day == 29:
        return date(end.year - 1, 2, 28)
    candidate = end.replace(year=end.year - 1)
    if end.month == 2 and end.day == 28 and (end.year - 1) % 4 == 0:
        return date(end.year - 1, 2, 29)
    return candidate
