"""The rules that relate facts to one another as a statistics editor does: a region and its parts (the
region tree), a rank and the values of the peers it ranks among, year-to-date totals and single months,
per-capita figures and their totals, shares and their wholes (``domain.check_rules``: ``region_part``,
``region_sum``, ``rank_values``, ``cumulative_months``, ``per_capita``, ``shares``).

Each rule selects its candidates in SQL (pairs that could clash, joined on the indexed series columns),
then judges them in Python by the written precision of each figure (``agreement.written_range``), so a
million observations take seconds. ``entry_findings`` runs the same judgements for one observation
before it is saved, against the stored facts it relates to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.agreement import APPROX_WITHIN, OVER_UP_TO, PLAIN_FIGURE, UNDER_DOWN_TO, written_range
from ..domain.check_rules import (
    PER_CAPITA_RULES,
    RULES,
    SHARE_RULES,
    Finding,
    additive,
    may_fall,
    rank_contradiction,
    sum_tolerance,
)
from ..domain.decimals import format_decimal
from ..domain.units import get_unit
from .check_rows import MAX_LISTED, Listing, num, obs_sql, ref, where
from .database import Store
from .resolver import resolver_of

Row = dict[str, Any]


def _span(row: Row) -> tuple[float, float] | None:
    return written_range(row["value"], row["value_text"], row["qualifier"] or "exact", row["unit"])


def _half(row: Row) -> float:
    span = written_range(row["value"], row["value_text"], "exact", row["unit"])
    return (span[1] - span[0]) / 2 if span else 0.0


def _rows(store: Store, ids: Iterable[int]) -> dict[int, Row]:
    ids = list(dict.fromkeys(ids))
    out: dict[int, Row] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in store.query(obs_sql + f" WHERE o.id IN ({','.join('?' * len(chunk))})", chunk):
            out[row["id"]] = row
    return out


def _pairs(store: Store, sql: str, params: Iterable[Any] = ()) -> list[tuple[int, int]]:
    return [(a, b) for a, b in store.conn.execute(sql, list(params)).fetchall()]


# ----------------------------------------------------------------------------- the region tree
_OVER, _UNDER, _APPROX = float(OVER_UP_TO), float(UNDER_DOWN_TO), float(APPROX_WITHIN)


def _bounds(value: float, text: str | None, qualifier: str | None, unit: str) -> tuple[float, float] | None:
    """``written_range`` in floats for a figure written as plain digits in its own unit (the common case,
    compared a million times in one pass); the parser for the rest."""
    plain = PLAIN_FIGURE.match(text) if text else None
    if plain is None or plain.group(2) not in ("", unit):
        return written_range(value, text, qualifier or "exact", unit)
    half = 0.5 * 10.0 ** -len(plain.group(1) or "")
    if qualifier == "over":
        return value, value * (1 + _OVER) + half
    if qualifier == "under":
        return value * (1 - _UNDER) - half, value
    if qualifier in ("approx", "vague"):
        return value * (1 - _APPROX) - half, value * (1 + _APPROX) + half
    return value - half, value + half


def _additive_ids(store: Store) -> dict[int, str]:
    """The indicators whose regions' figures add up, with their units."""
    return {
        i: unit
        for i, name, measure, unit in store.conn.execute("SELECT id, name, measure, unit FROM indicators")
        if additive(name, measure, unit)
    }


#: A region's figure above its parent's for the same indicator and period: each figure, then its
#: parent's by the series index (CROSS JOIN keeps that order). Not of days or spans of days: those count
#: an event's projects (a county's signing and the city's, the same day, are two events), not a region's.
_ABOVE_PARENT = (
    "SELECT c.id, c.indicator_id, c.value, c.value_text, c.qualifier, p.id, p.value, p.value_text, p.qualifier "
    "FROM observations c CROSS JOIN regions rc ON rc.id = c.region_id "
    "CROSS JOIN observations p ON p.indicator_id = c.indicator_id AND p.region_id = rc.parent_id "
    "AND p.period_end = c.period_end AND p.period_start = c.period_start "
    "WHERE rc.level != 'zone' AND c.value IS NOT NULL AND p.value IS NOT NULL AND c.value > p.value "
    "AND c.period_kind NOT IN ('date', 'range') "
    "AND p.region_id NOT IN (SELECT id FROM regions WHERE level = 'zone')"
)


def region_part_findings(store: Store) -> list[Finding]:
    """Figures surely above their parent region's (by the written precision of both)."""
    units = _additive_ids(store)
    over: list[tuple[int, int]] = []
    tops: dict[int, float] = {}  # a parent's highest value as written, once per parent
    cursor = store.conn.execute(_ABOVE_PARENT)
    while batch := cursor.fetchmany(20_000):
        for c_id, indicator, value, text, qualifier, p_id, p_value, p_text, p_qualifier in batch:
            unit = units.get(indicator)
            if unit is None:
                continue
            if p_id not in tops:
                theirs = _bounds(p_value, p_text, p_qualifier, unit)
                tops[p_id] = theirs[1] if theirs else float("inf")
            mine = _bounds(value, text, qualifier, unit)
            if mine is not None and mine[0] > tops[p_id]:
                over.append((c_id, p_id))
    listing = Listing("region_part")
    listing.more = max(0, len(over) - MAX_LISTED)
    over = over[:MAX_LISTED]
    rows = _rows(store, [i for pair in over for i in pair])
    listing.findings = [_part_finding(rows[c], rows[p]) for c, p in over]
    return listing.done()


#: Regions whose every part (not zones) has the figure: the region's figure, the parts' sum, how many.
_COMPLETE_PARTS = (
    "SELECT p.id, p.indicator_id, p.value, sum(c.value), count(DISTINCT c.region_id), k.n, "
    "max(c.qualifier != 'exact'), group_concat(c.id) FROM observations p "
    "CROSS JOIN regions rc ON rc.parent_id = p.region_id "
    "CROSS JOIN observations c ON c.indicator_id = p.indicator_id AND c.region_id = rc.id "
    "AND c.period_end = p.period_end AND c.period_start = p.period_start "
    "JOIN (SELECT parent_id, count(*) AS n FROM regions WHERE level != 'zone' GROUP BY parent_id) k "
    "ON k.parent_id = p.region_id "
    "WHERE rc.level != 'zone' AND p.value IS NOT NULL AND c.value IS NOT NULL AND p.qualifier = 'exact' "
    "AND p.period_kind NOT IN ('date', 'range') GROUP BY p.id"
)


def region_sum_findings(store: Store) -> list[Finding]:
    """Where every part of a region has the figure, their sum against the region's own: within the
    rounding of every figure as written plus a relative share. A sum within the relative share alone
    can never be a finding, so only the others are read part by part; beyond the listed findings the
    rest are counted by that first test (at most so many)."""
    units = _additive_ids(store)
    relative = RULES["region_sum"].params["relative_tolerance"]
    suspects: list[tuple[int, list[int]]] = []
    for p_id, indicator, value, total, distinct, need, inexact, ids in store.conn.execute(_COMPLETE_PARTS):
        if indicator not in units or distinct < need or need < 2 or inexact:
            continue
        if abs(value - total) > relative * abs(value):
            suspects.append((p_id, [int(i) for i in ids.split(",")]))
    listing = Listing("region_sum")
    for p_id, part_ids in suspects:
        if len(listing.findings) >= MAX_LISTED:
            listing.more += 1
            continue
        rows = _rows(store, [p_id, *part_ids])
        whole = rows.pop(p_id)
        by_region: dict[int, Row] = {}
        for row in rows.values():
            by_region.setdefault(row["region_id"], row)
        parts = list(by_region.values())
        total = sum((Decimal(repr(r["value"])) for r in parts), Decimal(0))
        diff = Decimal(repr(whole["value"])) - total
        allowed = sum_tolerance([(r["value"], _half(r)) for r in (whole, *parts)], relative)
        if abs(diff) > Decimal(repr(allowed)):
            listing.findings.append(
                Finding(
                    "region_sum",
                    f"{where(whole)}：{num(whole['value'])} {whole['unit']}，而它的 {len(parts)} 个下级地区之和为 "
                    f"{format_decimal(total)}（相差 {format_decimal(diff)}）",
                    (ref(whole), *(ref(r) for r in parts)),
                )
            )
    if listing.more:
        listing.findings.append(
            Finding(
                "region_sum",
                f"……另有至多 {listing.more:,} 条同类问题未逐条列出（只列出前 {MAX_LISTED:,} 条）",
            )
        )
    return listing.findings


def part_exceeds(child: Row, parent: Row) -> bool:
    """A region's figure surely above its parent's (by the written precision of both), for one record
    before it is saved (the whole file: ``region_part_findings``)."""
    if child["period_kind"] in ("date", "range") or not additive(
        child["indicator"], child["measure"], child["unit"]
    ):
        return False
    mine, theirs = _span(child), _span(parent)
    return mine is not None and theirs is not None and mine[0] > theirs[1]


def _part_finding(child: Row, parent: Row) -> Finding:
    return Finding(
        "region_part",
        f"{where(child)}：{child['value_text'] or num(child['value'])} 大于上级 {parent['region']} 的 "
        f"{parent['value_text'] or num(parent['value'])}",
        (ref(child), ref(parent)),
    )


# ----------------------------------------------------------------------------- ranks against values
_GROWTH_RANK = re.compile(
    r"(?:增速|增幅|增长率?)[^，。；,;]{0,12}第\s*\d+\s*[位名]|(?:增速|增幅)\S{0,6}(?:排|列|居|位)"
)

_RANK_PEERS = (
    "SELECT o.id, q.id FROM observations o CROSS JOIN regions r ON r.id = o.region_id "
    "CROSS JOIN regions rq ON rq.parent_id = r.parent_id AND rq.level = r.level AND rq.id != r.id "
    "CROSS JOIN observations q ON q.indicator_id = o.indicator_id AND q.region_id = rq.id "
    "AND q.period_end = o.period_end AND q.period_start = o.period_start "
    "WHERE o.rank IS NOT NULL AND o.rank_scope IS NOT NULL AND r.level != 'zone'"
)


def ranks_growth(row: Row) -> bool:
    """增速居全省第3位: the rank is of the growth, not of the level."""
    return bool(row.get("quote") and _GROWTH_RANK.search(row["quote"])) or row.get("value") is None


def rank_value_findings(
    rows: list[Row], peers_of: dict[int, list[Row]], peer_count: Callable
) -> list[Finding]:
    listing = Listing("rank_values")
    for row in rows:
        by_growth = ranks_growth(row)
        key = "yoy_pct" if by_growth else "value"
        if row.get(key) is None:
            continue
        above = below = 0
        seen: set[int] = set()
        for peer in peers_of.get(row["id"], []):
            if peer["region_id"] in seen or peer.get(key) is None:
                continue
            seen.add(peer["region_id"])
            if by_growth:
                above += peer[key] > row[key] + 1e-9
                below += peer[key] < row[key] - 1e-9
            else:
                mine, theirs = _span(row), _span(peer)
                if mine is None or theirs is None:
                    continue
                above += theirs[0] > mine[1]
                below += theirs[1] < mine[0]
        why = rank_contradiction(row["rank"], peer_count(row), above, below)
        if why and not listing.full():
            what = "增速" if by_growth else "数值"
            listing.findings.append(
                Finding(
                    "rank_values",
                    f"{where(row)}：{row['rank_scope']}第 {row['rank']} 位，但按{what}{why}",
                    (ref(row), *(ref(p) for p in peers_of.get(row["id"], []))),
                )
            )
    return listing.done()


def rank_values_findings(store: Store) -> list[Finding]:
    pairs = _pairs(store, _RANK_PEERS)
    rows = _rows(store, [i for pair in pairs for i in pair])  # (with their quotes: a rank of the growth)
    peers_of: dict[int, list[Row]] = {}
    for a, b in pairs:
        peers_of.setdefault(a, []).append(rows[b])
    ranked = [rows[a] for a in dict.fromkeys(a for a, _b in pairs)]
    return rank_value_findings(ranked, peers_of, peer_count(store))


def peer_count(store: Store) -> Callable[[Row], int | None]:
    """How many regions a row's rank is among (全省: the province's units of its level), or None."""
    gazetteer = resolver_of(store).gazetteer
    children: dict[int | None, list] = {}
    for region in gazetteer.regions:
        children.setdefault(region.parent_id, []).append(region)
    return lambda row: _peers(gazetteer, children, row["region_id"], row["rank_scope"])


def _peers(gazetteer: Any, children: dict, region_id: int, scope: str) -> int | None:
    region = gazetteer.by_id.get(region_id)
    if region is None or region.level == "zone":
        return None
    if scope == "全国" and region.level == "province":
        return int(RULES["rank_peers"].params["provinces_in_china"])
    chain = [region, *gazetteer.ancestors(region)]
    area = None
    if scope in ("全省",):
        area = next((r for r in chain if r.level == "province" and r is not region), None)
    elif scope in ("全市", "全州"):
        area = next((r for r in chain if r.level == "prefecture" and r is not region), None)
    if area is None:
        return None
    return sum(1 for r in _descendants_of_level(children, area.id, region.level))


def _descendants_of_level(children: dict, root: int, level: str) -> Iterable[Any]:
    todo = list(children.get(root, []))
    while todo:
        current = todo.pop()
        if current.level == level:
            yield current
        todo.extend(children.get(current.id, []))


# ----------------------------------------------------------------------------- year-to-date and months
_CUMULATIVE_PAIRS = (
    # the year-to-date total of month m (cur) and of month m − 1 (prev)
    "SELECT cur.id, prev.id FROM observations cur JOIN observations prev "
    "ON prev.indicator_id = cur.indicator_id AND prev.region_id = cur.region_id AND prev.period_kind = 'ytd' "
    "AND prev.period_start = cur.period_start AND prev.period_end = date(cur.period_end, 'start of month', '-1 day') "
    "WHERE cur.period_kind = 'ytd' AND cur.value IS NOT NULL AND prev.value IS NOT NULL AND cur.value < prev.value"
)
_MONTH_TRIPLES = (
    # a single month (m), the year-to-date of m and of m − 1
    "SELECT m.id, cur.id, prev.id FROM observations m JOIN observations cur ON cur.indicator_id = m.indicator_id "
    "AND cur.region_id = m.region_id AND cur.period_kind = 'ytd' AND cur.period_end = m.period_end "
    "AND cur.period_start = date(m.period_start, 'start of year') "
    "LEFT JOIN observations prev ON prev.indicator_id = m.indicator_id AND prev.region_id = m.region_id "
    "AND prev.period_kind = 'ytd' AND prev.period_start = cur.period_start "
    "AND prev.period_end = date(m.period_start, '-1 day') "
    "WHERE m.period_kind = 'month' AND m.value IS NOT NULL AND cur.value IS NOT NULL "
    "AND substr(m.period_start, 6, 2) != '01'"
)


def cumulative_findings(store: Store) -> list[Finding]:
    pairs = _pairs(store, _CUMULATIVE_PAIRS)
    triples = [tuple(t) for t in store.conn.execute(_MONTH_TRIPLES).fetchall()]
    rows = _rows(store, [i for t in (*pairs, *triples) for i in t if i is not None])
    listing = Listing("cumulative_months")
    for cur_id, prev_id in pairs:
        if (why := ytd_falls(rows[cur_id], rows[prev_id])) and not listing.full():
            listing.findings.append(why)
    for month_id, cur_id, prev_id in triples:
        why = month_off(rows[month_id], rows[cur_id], rows.get(prev_id) if prev_id else None)
        if why and not listing.full():
            listing.findings.append(why)
    return listing.done()


def ytd_falls(cur: Row, prev: Row) -> Finding | None:
    if (
        may_fall(cur["indicator"])
        or cur["measure"] != "flow"
        or not additive(cur["indicator"], "flow", cur["unit"])
    ):
        return None
    mine, theirs = _span(cur), _span(prev)
    if mine is None or theirs is None or mine[1] >= theirs[0]:
        return None
    return Finding(
        "cumulative_months",
        f"{where(cur)}：累计 {cur['value_text'] or num(cur['value'])} 小于上月的累计 "
        f"{prev['value_text'] or num(prev['value'])}（{prev['period_label'] or prev['period_end']}）",
        (ref(cur), ref(prev)),
    )


def month_off(month: Row, cur: Row, prev: Row | None) -> Finding | None:
    """A single month against the year-to-date totals that end with it and the month before."""
    if cur["measure"] != "flow" or not additive(cur["indicator"], "flow", cur["unit"]):
        return None
    if (month["qualifier"] or "exact") != "exact" or (cur["qualifier"] or "exact") != "exact":
        return None
    if abs(month["value"] - cur["value"]) <= _half(month) + _half(cur) and (
        prev is None or prev["value"] > _half(cur) + _half(prev)
    ):
        return Finding(
            "cumulative_months",
            f"{where(month)}：当月数 {month['value_text'] or num(month['value'])} 与同月的累计数相同，"
            "可能把累计数记成了当月数",
            (ref(month), ref(cur)),
        )
    if prev is None or (prev["qualifier"] or "exact") != "exact":
        return None
    relative = RULES["cumulative_months"].params["relative_tolerance"]
    expected = cur["value"] - prev["value"]
    allowed = _half(month) + _half(cur) + _half(prev) + relative * abs(cur["value"])
    if abs(month["value"] - expected) <= allowed:
        return None
    return Finding(
        "cumulative_months",
        f"{where(month)}：当月数 {num(month['value'])}，而两个累计数之差为 {num(round(expected, 6))} "
        f"（{num(cur['value'])} − {num(prev['value'])}）",
        (ref(month), ref(cur), ref(prev)),
    )


# ----------------------------------------------------------------------------- per capita and shares
def _by_names(store: Store, names: list[str]) -> list[Row]:
    return store.query(
        obs_sql + f" WHERE o.value IS NOT NULL AND i.name IN ({','.join('?' * len(names))})", names
    )


def _year(row: Row) -> int | None:
    """The year a figure is of: a year's flow, or a stock at the year's end."""
    start, end = date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"])
    if (end.month, end.day) != (12, 31):
        return None
    if row["period_kind"] == "year" or (start == end):
        return end.year
    return None


def per_capita_findings(store: Store, rows: list[Row] | None = None) -> list[Finding]:
    relative = RULES["per_capita"].params["relative_tolerance"]
    listing = Listing("per_capita")
    for rule in PER_CAPITA_RULES:
        names = [rule["per_capita"], rule["total"], rule["population"]]
        found = rows if rows is not None else _by_names(store, names)
        by_key: dict[tuple[int, int], dict[str, Row]] = {}
        for row in found:
            year = _year(row)
            if year is not None and row["indicator"] in names:
                by_key.setdefault((row["region_id"], year), {}).setdefault(row["indicator"], row)
        for group in by_key.values():
            if len(group) < 3:
                continue
            each, total, people = group[rule["per_capita"]], group[rule["total"]], group[rule["population"]]
            computed = _in_base(total) / _in_base(people) if _in_base(people) else None
            if computed is None or abs(_in_base(each) - computed) <= relative * computed:
                continue
            if not listing.full():
                listing.findings.append(
                    Finding(
                        "per_capita",
                        f"{where(each)}：{num(each['value'])} {each['unit']}，而 {total['indicator']} ÷ "
                        f"{people['indicator']} 为 {computed:,.0f} {each['unit']}",
                        (ref(each), ref(total), ref(people)),
                    )
                )
    return listing.done()


def _in_base(row: Row) -> float:
    """The value in units of one (亿元 → 元, 万人 → 人) for the per-capita arithmetic."""
    try:
        return float(row["value"]) * float(get_unit(row["unit"]).factor)
    except Exception:  # an unknown unit: taken as written
        return float(row["value"])


def shares_findings(store: Store, rows: list[Row] | None = None) -> list[Finding]:
    tolerance = RULES["shares"].params["share_tolerance_pp"]
    listing = Listing("shares")
    for rule in SHARE_RULES:
        names = [rule["whole"], *(n for pair in rule["shares"] for n in pair)]
        found = rows if rows is not None else _by_names(store, names)
        groups: dict[tuple, dict[str, Row]] = {}
        for row in found:
            if row["indicator"] in names:
                key = (row["region_id"], row["period_start"], row["period_end"])
                groups.setdefault(key, {}).setdefault(row["indicator"], row)
        for group in groups.values():
            shares = [group[s] for s, _part in rule["shares"] if s in group]
            if rule["complete"] and len(shares) == len(rule["shares"]):
                total = sum(r["value"] for r in shares)
                allowed = sum(_half(r) for r in shares) + tolerance
                if abs(total - 100) > allowed and not listing.full():
                    listing.findings.append(
                        Finding(
                            "shares",
                            f"{where(shares[0])} 等 {len(shares)} 项比重之和为 {total:.2f}%，不是 100%",
                            tuple(ref(r) for r in shares),
                        )
                    )
            whole = group.get(rule["whole"])
            for share_name, part_name in rule["shares"]:
                share, part = group.get(share_name), group.get(part_name)
                if share is None or part is None or whole is None or not whole["value"]:
                    continue
                computed = part["value"] / whole["value"] * 100
                allowed = _half(share) + tolerance + 100 * (_half(part) + _half(whole)) / whole["value"]
                if abs(computed - share["value"]) > allowed and not listing.full():
                    listing.findings.append(
                        Finding(
                            "shares",
                            f"{where(share)}：{num(share['value'])}%，而 {part_name} ÷ {rule['whole']} 为 "
                            f"{computed:.1f}%",
                            (ref(share), ref(part), ref(whole)),
                        )
                    )
    return listing.done()


#: The relation rules as steps of ``run_checks``: (rule id, run over the whole file).
RELATION_STEPS: list[tuple[str, Callable[[Store], list[Finding]]]] = [
    ("region_part", region_part_findings),
    ("region_sum", region_sum_findings),
    ("rank_values", rank_values_findings),
    ("cumulative_months", cumulative_findings),
    ("per_capita", per_capita_findings),
    ("shares", shares_findings),
]


# ----------------------------------------------------------------------------- one record before it is saved
def entry_findings(store: Store, row: Row) -> list[Finding]:
    """The relation rules for one observation as it would be saved (``row`` as ``record_findings`` builds
    it): against its region's parent and children, its year's other months."""
    if row.get("value") is None:
        return []
    findings: list[Finding] = []
    region = resolver_of(store).gazetteer.by_id.get(row["region_id"])
    same = (
        " WHERE o.indicator_id = ? AND o.period_start = ? AND o.period_end = ? AND o.value IS NOT NULL "
        "AND o.id != ? AND o.region_id "
    )
    args = [row["indicator_id"], row["period_start"], row["period_end"], row.get("id") or -1]
    if region is not None and region.level != "zone":
        parent = region.parent_id
        if parent is not None:
            for stored in store.query(obs_sql + same + "= ?", [*args, parent]):
                if part_exceeds(row, stored):
                    findings.append(_part_finding(row, stored))
        for stored in store.query(
            obs_sql + same + "IN (SELECT id FROM regions WHERE parent_id = ? AND level != 'zone')",
            [*args, row["region_id"]],
        ):
            if part_exceeds(stored, row):
                findings.append(_part_finding(stored, row))
    if row.get("rank") and row.get("rank_scope") and region is not None and region.level != "zone":
        siblings = store.query(
            obs_sql + same + "IN (SELECT id FROM regions WHERE parent_id = ? AND level = ? AND id != ?)",
            [*args, region.parent_id, region.level, region.id],
        )
        key = row.get("id") or -1
        findings += rank_value_findings([{**row, "id": key}], {key: siblings}, peer_count(store))
    if row["period_kind"] == "ytd":
        end = date.fromisoformat(row["period_end"])
        before = date(end.year, end.month, 1).toordinal() - 1
        for stored in store.query(
            obs_sql + " WHERE o.indicator_id = ? AND o.region_id = ? AND o.period_kind = 'ytd' "
            "AND o.period_start = ? AND o.period_end = ? AND o.value IS NOT NULL",
            [
                row["indicator_id"],
                row["region_id"],
                row["period_start"],
                date.fromordinal(before).isoformat(),
            ],
        ):
            if why := ytd_falls(row, stored):
                findings.append(why)
    return findings
