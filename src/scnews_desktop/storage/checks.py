"""Run the checks of a database: SQLite's own integrity checks and the data rules."""

from __future__ import annotations

from ..domain.checks import (
    GROWTH_TOLERANCE_PP,
    IMPLIED_PRICE_BAND,
    SUM_RULES,
    Finding,
    computed_growth,
    implied_price_change,
    sum_mismatch,
)
from ..domain.errors import ValidationError
from ..domain.quantities import format_decimal
from ..domain.records import check_quote, parse_value_for
from .database import Store


def run_checks(store: Store) -> list[Finding]:
    findings: list[Finding] = []
    for (message,) in store.conn.execute("PRAGMA integrity_check").fetchall():
        if message != "ok":
            findings.append(Finding("integrity", f"数据库完整性检查：{message}"))
    for table, rowid, parent, _fk in store.conn.execute("PRAGMA foreign_key_check").fetchall():
        findings.append(
            Finding("foreign_key", f"{table} 第 {rowid} 行引用的 {parent} 记录不存在", table, (rowid,))
        )
    findings += _quote_findings(store)
    findings += _value_findings(store)
    findings += _sum_findings(store)
    findings += conflict_findings(store)
    findings += growth_findings(store)
    return findings


def conflict_findings(store: Store) -> list[Finding]:
    """Same indicator, region and period, different values, from different sources."""
    rows = store.query(
        "SELECT o.indicator_id, o.region_id, o.period_start, o.period_end, i.name AS indicator, r.name AS region, "
        "group_concat(o.id) AS ids, count(DISTINCT o.value) AS n_values, count(DISTINCT o.source_id) AS n_sources "
        "FROM observations o JOIN indicators i ON i.id = o.indicator_id JOIN regions r ON r.id = o.region_id "
        "WHERE o.value IS NOT NULL GROUP BY o.indicator_id, o.region_id, o.period_start, o.period_end "
        "HAVING n_values > 1 AND n_sources > 1"
    )
    result = []
    for row in rows:
        ids = tuple(int(i) for i in row["ids"].split(","))
        detail = store.query(
            f"SELECT o.value_text, o.value, s.title FROM observations o JOIN sources s ON s.id = o.source_id "
            f"WHERE o.id IN ({','.join('?' * len(ids))}) ORDER BY o.id",
            list(ids),
        )
        values = "；".join(
            f"{d['value_text'] or format_decimal_float(d['value'])}（{d['title']}）" for d in detail
        )
        result.append(
            Finding(
                "conflict",
                f"{row['region']} {row['indicator']} {row['period_start']}—{row['period_end']}"
                f" 有不同的数值：{values}",
                "observations",
                ids,
            )
        )
    return result


def growth_findings(store: Store, tolerance: float = GROWTH_TOLERANCE_PP) -> list[Finding]:
    """Reported year-on-year growth that the levels of the same period a year earlier contradict, by the
    growth basis: nominal growth against the change of the levels directly; real growth (at comparable
    prices) only when the price change it implies is implausible."""
    rows = store.query(
        "SELECT cur.id AS cur_id, prev.id AS prev_id, cur.value AS cur_value, prev.value AS prev_value, "
        "cur.yoy_pct, i.name AS indicator, r.name AS region, cur.period_start, cur.period_end, "
        "coalesce(cur.growth_basis, i.growth_basis) AS basis "
        "FROM observations cur JOIN observations prev ON prev.indicator_id = cur.indicator_id "
        "AND prev.region_id = cur.region_id AND prev.period_kind = cur.period_kind "
        "AND prev.period_start = date(cur.period_start, '-1 year') AND prev.period_end = date(cur.period_end, '-1 year') "
        "JOIN indicators i ON i.id = cur.indicator_id JOIN regions r ON r.id = cur.region_id "
        "WHERE cur.yoy_pct IS NOT NULL AND cur.value IS NOT NULL AND prev.value IS NOT NULL"
    )
    result = []
    for row in rows:
        computed = computed_growth(row["cur_value"], row["prev_value"])
        if computed is None:
            continue
        where = f"{row['region']} {row['indicator']} {row['period_start']}—{row['period_end']}"
        ids = (row["cur_id"], row["prev_id"])
        if row["basis"] == "real":
            price = implied_price_change(computed, row["yoy_pct"])
            low, high = IMPLIED_PRICE_BAND
            if price is None or low <= price <= high:
                continue
            result.append(
                Finding(
                    "growth",
                    f"{where}：报道按可比价格增长 {row['yoy_pct']:+.1f}%，数值按现价变动 {computed:+.1f}%，"
                    f"隐含价格变动 {price:+.1f}%，超出常见范围（{low:+.0f}%～{high:+.0f}%）；"
                    "可能上年数值为普查修订前的数据或统计口径不同",
                    "observations",
                    ids,
                )
            )
            continue
        if abs(computed - row["yoy_pct"]) <= tolerance:
            continue
        result.append(
            Finding(
                "growth",
                f"{where}：报道同比 {row['yoy_pct']:+.1f}%，按数值计算为 {computed:+.1f}%"
                f"（相差 {computed - row['yoy_pct']:+.1f} 个百分点）",
                "observations",
                ids,
            )
        )
    return result


def _quote_findings(store: Store) -> list[Finding]:
    result = []
    for table in ("observations", "projects", "project_events"):
        rows = store.query(
            f"SELECT t.id, t.quote, t.quote_start, t.quote_end, s.body FROM {table} t "
            "JOIN sources s ON s.id = t.source_id WHERE t.quote IS NOT NULL AND t.quote != ''"
        )
        for row in rows:
            problem = check_quote(row["body"], row["quote"], row["quote_start"], row["quote_end"])
            if problem:
                result.append(Finding("quote", f"{table} #{row['id']}：{problem}", table, (row["id"],)))
    return result


def _value_findings(store: Store) -> list[Finding]:
    result = []
    rows = store.query(
        "SELECT o.id, o.value, o.value_text, i.unit, i.name FROM observations o "
        "JOIN indicators i ON i.id = o.indicator_id WHERE o.value_text IS NOT NULL AND o.value_text != ''"
    )
    for row in rows:
        try:
            _q, converted = parse_value_for(row["value_text"], row["unit"])
        except ValidationError as exc:
            result.append(
                Finding(
                    "value_text", f"observations #{row['id']}：{exc.message}", "observations", (row["id"],)
                )
            )
            continue
        if row["value"] is None or abs(float(converted) - row["value"]) > 1e-9 * max(1.0, abs(row["value"])):
            result.append(
                Finding(
                    "value_text",
                    f"observations #{row['id']}（{row['name']}）：数值 {row['value']} 与原文“{row['value_text']}”"
                    f"换算为 {format_decimal(converted)} {row['unit']} 不一致",
                    "observations",
                    (row["id"],),
                )
            )
    return result


def _sum_findings(store: Store) -> list[Finding]:
    result = []
    for rule in SUM_RULES:
        names = [rule["total"], *rule["parts"]]
        rows = store.query(
            f"SELECT o.id, i.name, o.region_id, r.name AS region, o.period_kind, o.period_start, o.period_end, "
            f"o.value FROM observations o JOIN indicators i ON i.id = o.indicator_id "
            f"JOIN regions r ON r.id = o.region_id WHERE o.value IS NOT NULL AND i.name IN "
            f"({', '.join('?' * len(names))})",
            names,
        )
        groups: dict[tuple, dict[str, list[dict]]] = {}
        for row in rows:
            key = (row["region_id"], row["period_kind"], row["period_start"], row["period_end"])
            groups.setdefault(key, {}).setdefault(row["name"], []).append(row)
        for by_name in groups.values():
            if not all(n in by_name for n in names):
                continue
            for total in by_name[rule["total"]]:
                parts = [by_name[p][0] for p in rule["parts"]]
                diff = sum_mismatch(total["value"], [p["value"] for p in parts], rule["tolerance"])
                if diff is not None:
                    ids = (total["id"], *(p["id"] for p in parts))
                    result.append(
                        Finding(
                            "sum_rule",
                            f"{total['region']} {total['period_start']}—{total['period_end']}：{rule['total']} "
                            f"{format_decimal_float(total['value'])} ≠ "
                            + " + ".join(f"{p['name']} {format_decimal_float(p['value'])}" for p in parts)
                            + f"（相差 {format_decimal(diff)}）",
                            "observations",
                            ids,
                        )
                    )
    return result


def format_decimal_float(value: float) -> str:
    from decimal import Decimal

    return format_decimal(Decimal(str(value)))
