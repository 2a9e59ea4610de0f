"""Read chart series from the database."""

from __future__ import annotations

from datetime import date

from ..domain.series import Point, Series
from .database import Store
from .revisions import CURRENT


def load_series(store: Store, indicator_id: int, region_ids: list[int]) -> list[Series]:
    """One series per region, points in period order (by end date); a figure a later one revised is
    left out (the latest is charted)."""
    indicator = store.get("indicators", indicator_id)
    result = []
    for region_id in region_ids:
        region = store.get("regions", region_id)
        rows = store.query(
            "SELECT o.id, o.period_kind, o.period_start, o.period_end, o.value, o.yoy_pct, o.qualifier, o.is_estimate,"
            " coalesce(o.value_text, '') AS value_text, coalesce(o.period_label, '') AS period_label, s.title "
            "FROM observations o JOIN sources s ON s.id = o.source_id "
            "WHERE o.indicator_id = ? AND o.region_id = ? AND " + CURRENT + " "
            "ORDER BY o.period_end, o.period_start, o.id",
            [indicator_id, region_id],
        )
        points = [
            Point(
                r["id"],
                r["period_kind"],
                date.fromisoformat(r["period_start"]),
                date.fromisoformat(r["period_end"]),
                r["value"],
                r["yoy_pct"],
                r["qualifier"],
                bool(r["is_estimate"]),
                r["value_text"],
                r["period_label"],
                r["title"],
            )
            for r in rows
        ]
        kinds = list(dict.fromkeys(p.period_kind for p in points))
        if len(kinds) <= 1:
            result.append(Series(region["name"], indicator["name"], indicator["unit"], points))
            continue
        for kind in kinds:  # a year and a month of the same indicator are different series
            result.append(
                Series(
                    f"{region['name']}·{KIND_LABELS.get(kind, kind)}",
                    indicator["name"],
                    indicator["unit"],
                    [p for p in points if p.period_kind == kind],
                )
            )
    for series in result:
        series.line  # noqa: B018 - the chart's columns, made while loading
    return result


KIND_LABELS = {
    "year": "年度",
    "quarter": "季度",
    "month": "月度",
    "ytd": "累计",
    "range": "时段",
    "asof": "时点",
    "date": "日期",
}


def investment_by_region(store: Store, limit: int = 20) -> list[tuple[str, float, int]]:
    """(region, total investment in 亿元, number of projects), largest first."""
    rows = store.query(
        "SELECT r.name, sum(p.investment) AS total, count(*) AS n FROM projects p JOIN regions r ON r.id = p.region_id "
        "WHERE p.investment IS NOT NULL GROUP BY r.id ORDER BY total DESC LIMIT ?",
        [limit],
    )
    return [(r["name"], r["total"], r["n"]) for r in rows]


def milestones(store: Store, project_ids: list[int]) -> list[tuple[str, str, str]]:
    """(project, kind, date) of the given projects, in date order."""
    if not project_ids:
        return []
    marks = ",".join("?" * len(project_ids))
    rows = store.query(
        f"SELECT p.name, e.kind, e.occurred_on FROM project_events e JOIN projects p ON p.id = e.project_id "
        f"WHERE e.project_id IN ({marks}) AND e.occurred_on IS NOT NULL ORDER BY p.id, e.occurred_on",
        project_ids,
    )
    return [(r["name"], r["kind"], r["occurred_on"]) for r in rows]


def charted_indicators(store: Store) -> list[tuple[str, int]]:
    """Indicators that have at least one observation, as (name（unit）, id)."""
    rows = store.query(
        "SELECT i.id, i.name, i.unit FROM indicators i WHERE EXISTS (SELECT 1 FROM observations o "
        "WHERE o.indicator_id = i.id) ORDER BY i.name LIMIT 5000"
    )
    return [(f"{r['name']}（{r['unit']}）", r["id"]) for r in rows]


def regions_of_indicator(store: Store, indicator_id: int) -> list[tuple[int, str, int]]:
    """(region id, name, number of observations) of an indicator, most observed first."""
    rows = store.query(
        "SELECT r.id, r.name, count(*) AS n FROM observations o JOIN regions r ON r.id = o.region_id "
        "WHERE o.indicator_id = ? GROUP BY r.id ORDER BY n DESC, r.name",
        [indicator_id],
    )
    return [(r["id"], r["name"], r["n"]) for r in rows]


def projects_with_milestones(store: Store, limit: int = 12) -> list[int]:
    return [
        r["id"]
        for r in store.query(
            "SELECT DISTINCT project_id AS id FROM project_events ORDER BY id LIMIT ?", [limit]
        )
    ]
