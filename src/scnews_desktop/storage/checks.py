"""Run the check rules (``domain.check_rules.RULES``) against a database, and keep the editors' acceptances.

``run_checks`` gives every finding, each naming its records by uid; a finding accepted with a reason
(``accept``) stays accepted while its records keep the versions they had — an edit brings it back.
``record_findings`` runs the rules that apply to one observation before it is saved (forms, capture,
import). Every rule reads with set-based SQL or one ordered pass, so a million observations take
seconds; ``progress(done, total, rule_title) -> bool`` reports and can cancel.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from ..domain.agreement import agree, written_range
from ..domain.check_rules import (
    RULES,
    SUM_RULES,
    Finding,
    RecordRef,
    computed_growth,
    growth_band,
    implied_price_change,
    out_of_scale,
    sum_mismatch,
    sum_tolerance,
)
from ..domain.decimals import format_decimal
from ..domain.errors import ValidationError
from ..domain.records import parse_value_for
from ..domain.rulebook import same_number
from . import revisions
from .check_relations import RELATION_STEPS, entry_findings, peer_count
from .check_rows import MAX_LISTED, Listing, num, obs_sql, ref, stream, where
from .conflicts import describe_conflict
from .database import FOREIGN_KEYS, RECORD_TABLES, Store, now_iso
from .errors import StorageError
from .resolver import resolver_of

Progress = Callable[[int, int, str], bool]


class ChecksCancelled(Exception):
    pass


# ----------------------------------------------------------------------------- the rules
def integrity_findings(store: Store) -> list[Finding]:
    findings = []
    for (message,) in store.conn.execute("PRAGMA quick_check").fetchall():
        if message != "ok":
            findings.append(Finding("integrity", f"数据库完整性检查：{message}"))
    for table, rowid, parent, _fk in store.conn.execute("PRAGMA foreign_key_check").fetchall():
        uid = store.scalar(f"SELECT uid FROM {table} WHERE rowid = ?", [rowid]) if table else None
        findings.append(
            Finding(
                "integrity",
                f"{table} 第 {rowid} 行引用的 {parent} 记录不存在",
                (RecordRef(table, uid or str(rowid), rowid),),
            )
        )
    return findings


def conflict_findings(store: Store) -> list[Finding]:
    """Same indicator, region and period, values from different sources that cannot both be right."""
    groups = store.query(
        "SELECT indicator_id, region_id, period_start, period_end FROM observations WHERE value IS NOT NULL "
        "GROUP BY indicator_id, region_id, period_start, period_end "
        "HAVING count(DISTINCT source_id) > 1 AND count(DISTINCT value) > 1"
    )
    findings = []
    for g in groups:
        rows = store.query(
            obs_sql
            + " WHERE o.indicator_id = ? AND o.region_id = ? AND o.period_start = ? AND o.period_end = ? "
            "AND o.value IS NOT NULL ORDER BY o.id",
            [g["indicator_id"], g["region_id"], g["period_start"], g["period_end"]],
        )
        findings += _conflicts_among(store, rows)
    return findings


def _conflicts_among(store: Store, rows: list[dict[str, Any]]) -> list[Finding]:
    """The values of one fact that cannot all be right; a revision marked (the later figure supersedes
    the earlier) takes the earlier out, and a clash whose later source says it revises (最终核实, 年鉴) is
    a ``revision`` to mark, not a conflict."""
    superseded = {r["supersedes"] for r in rows if r.get("supersedes")}
    rows = [r for r in rows if r["uid"] not in superseded]
    findings = []
    ranges = [written_range(r["value"], r["value_text"], r["qualifier"], r["unit"]) for r in rows]
    clashing: list[dict[str, Any]] = []
    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            b = rows[j]
            if a["source_id"] != b["source_id"] and not agree(ranges[i], ranges[j]):
                for row in (a, b):
                    if row not in clashing:
                        clashing.append(row)
    if clashing:
        titles = {
            r["id"]: r["title"]
            for r in store.query(
                f"SELECT id, title FROM sources WHERE id IN ({','.join('?' * len(clashing))})",
                [r["source_id"] for r in clashing],
            )
        }
        values = "；".join(
            f"{r['value_text'] or num(r['value'])}（{titles.get(r['source_id'], '')}）" for r in clashing
        )
        if len(clashing) == 2:
            later, earlier = revisions.later_first(store, *clashing)
            words = revisions.revision_words(later, titles.get(later["source_id"]))
            if words:
                findings.append(
                    Finding(
                        "revision",
                        f"{where(later)}：{later['value_text'] or num(later['value'])}（{titles.get(later['source_id'], '')}），"
                        f"{words}，像是对 {earlier['value_text'] or num(earlier['value'])}"
                        f"（{titles.get(earlier['source_id'], '')}）的修订：请标为修订",
                        (ref(later), ref(earlier)),
                    )
                )
                return findings
        findings.append(
            Finding(
                "conflict", f"{where(clashing[0])} 的数值对不上：{values}", tuple(ref(r) for r in clashing)
            )
        )
    return findings


def duplicate_findings(store: Store) -> list[Finding]:
    rows = store.query(
        "SELECT group_concat(o.id) AS ids FROM observations o "
        "GROUP BY o.indicator_id, o.region_id, o.period_start, o.period_end, o.source_id, o.value, o.yoy_pct, o.rank "
        "HAVING count(*) > 1"
    )
    findings = []
    for row in rows:
        ids = [int(i) for i in row["ids"].split(",")]
        records = store.query(obs_sql + f" WHERE o.id IN ({','.join('?' * len(ids))}) ORDER BY o.id", ids)
        findings.append(
            Finding(
                "duplicate",
                f"{where(records[0])} 的数值 {records[0]['value_text'] or num(records[0]['value'])} 在同一来源中记录了 {len(ids)} 次",
                tuple(ref(r) for r in records),
            )
        )
    return findings


def parts_total_findings(store: Store) -> list[Finding]:
    findings = []
    for rule in SUM_RULES:
        names = [rule["total"], *rule["parts"]]
        rows = store.query(
            obs_sql + f" WHERE o.value IS NOT NULL AND i.name IN ({', '.join('?' * len(names))})", names
        )
        findings += parts_total_among(rows, [rule])
    return findings


def parts_total_among(
    rows: list[dict[str, Any]], rules: Iterable[dict[str, Any]] = SUM_RULES
) -> list[Finding]:
    """Parts that do not add up to their total among ``rows`` (observations with indicator name, region,
    period, value as stored and as written, unit): the stored facts, or the figures of a draft."""
    relative = RULES["parts_total"].params["relative_tolerance"]
    findings = []
    for rule in rules:
        groups: dict[tuple, dict[str, list[dict]]] = {}
        for row in rows:
            if row.get("value") is None or row["indicator"] not in (rule["total"], *rule["parts"]):
                continue
            key = (row["region_id"], row["period_kind"], row["period_start"], row["period_end"])
            groups.setdefault(key, {}).setdefault(row["indicator"], []).append(row)
        for by_name in groups.values():
            if not all(n in by_name for n in (rule["total"], *rule["parts"])):
                continue
            for total in by_name[rule["total"]]:
                parts = [by_name[p][0] for p in rule["parts"]]
                halves = []
                if any((r.get("qualifier") or "exact") != "exact" for r in (total, *parts)):
                    continue  # 逾8000亿元: a bound, not a sum to check
                for r in (total, *parts):
                    span = written_range(r["value"], r["value_text"], "exact", r["unit"])
                    halves.append((r["value"], (span[1] - span[0]) / 2 if span else 0.0))
                diff = sum_mismatch(
                    total["value"], [p["value"] for p in parts], sum_tolerance(halves, relative)
                )
                if diff is None:
                    continue
                findings.append(
                    Finding(
                        "parts_total",
                        f"{where(total)}：{rule['total']} {num(total['value'])} ≠ "
                        + " + ".join(f"{p['indicator']} {num(p['value'])}" for p in parts)
                        + f"（相差 {format_decimal(diff)} {total['unit']}）",
                        tuple(ref(r) for r in (total, *parts)),
                    )
                )
    return findings


def growth_levels_findings(store: Store) -> list[Finding]:
    """Reported year-on-year growth that the levels of the same period a year earlier contradict, by the
    growth basis: nominal growth against the change of the levels; real growth (at comparable prices)
    only when the price change it implies is implausible."""
    params = RULES["growth_levels"].params
    low, high, tolerance = params["price_low_pct"], params["price_high_pct"], params["tolerance_pp"]
    cursor = store.conn.execute(
        "SELECT cur.id AS id, cur.uid AS uid, cur.version AS version, prev.id AS prev_id, prev.uid AS prev_uid, "
        "prev.version AS prev_version, cur.value AS cur_value, prev.value AS prev_value, cur.yoy_pct, "
        "i.name AS indicator, r.name AS region, cur.period_start, cur.period_end, cur.period_label, "
        "coalesce(cur.growth_basis, i.growth_basis) AS basis "
        # (CROSS JOIN: each row, then its year-before by the series index — the planner's own order drove
        # from the year-before and scanned each series, ten times slower on a million rows)
        "FROM observations cur CROSS JOIN observations prev ON prev.indicator_id = cur.indicator_id "
        "AND prev.region_id = cur.region_id AND prev.period_kind = cur.period_kind "
        "AND prev.period_start = date(cur.period_start, '-1 year') AND prev.period_end = date(cur.period_end, '-1 year') "
        "JOIN indicators i ON i.id = cur.indicator_id JOIN regions r ON r.id = cur.region_id "
        "WHERE cur.yoy_pct IS NOT NULL AND cur.value IS NOT NULL AND prev.value IS NOT NULL AND prev.value > 0"
    )
    names = [d[0] for d in cursor.description]
    at = {name: i for i, name in enumerate(names)}
    cur_i, prev_i, yoy_i, basis_i = at["cur_value"], at["prev_value"], at["yoy_pct"], at["basis"]
    listing = Listing("growth_levels")
    while batch := cursor.fetchmany(5000):
        for raw in batch:
            computed = (raw[cur_i] / raw[prev_i] - 1) * 100
            yoy = raw[yoy_i]
            if raw[basis_i] == "real":
                price = implied_price_change(computed, yoy)
                if price is None or low <= price <= high or listing.full():
                    continue
                row = dict(zip(names, raw, strict=True))
                message = (
                    f"{where(row)}：报道按可比价格增长 {yoy:+.1f}%，数值按现价变动 {computed:+.1f}%，"
                    f"隐含价格变动 {price:+.1f}%，超出常见范围（{low:+.0f}%～{high:+.0f}%）；"
                    "可能上年数值为普查修订前的数据或统计口径不同"
                )
            else:
                if abs(computed - yoy) <= tolerance or listing.full():
                    continue
                row = dict(zip(names, raw, strict=True))
                message = (
                    f"{where(row)}：报道同比 {yoy:+.1f}%，按数值计算为 {computed:+.1f}%"
                    f"（相差 {computed - yoy:+.1f} 个百分点）"
                )
            listing.findings.append(Finding("growth_levels", message, (ref(row), ref(row, "prev_"))))
    return listing.done()


def growth_implausible_findings(rows: Iterable[dict[str, Any]]) -> list[Finding]:
    findings = []
    for row in rows:
        if row["yoy_pct"] is None:
            continue
        low, high = growth_band(row["measure"], row["basis"])
        if low <= row["yoy_pct"] <= high:
            continue
        basis = "可比价" if row["basis"] == "real" else "现价"
        findings.append(
            Finding(
                "growth_implausible",
                f"{where(row)}：同比 {row['yoy_pct']:+g}% 超出{basis}增速的常见范围（{low:+g}%～{high:+g}%）",
                (ref(row),),
            )
        )
    return findings


#: Units of a plain count (个, 家, 项): no 万/亿 to slip, and one event's count is no series with another's.
PLAIN_COUNTS = ("个", "家", "项", "户", "种", "件")

_MAGNITUDE = (
    "SELECT id, indicator_id, region_id, period_kind, value, n FROM (SELECT o.id, o.indicator_id, o.region_id, "
    "o.period_kind, o.value, lag(o.value) OVER w AS prev, lead(o.value) OVER w AS next, "
    "count(*) OVER (PARTITION BY o.indicator_id, o.region_id, o.period_kind) AS n FROM observations o "
    "WHERE o.value IS NOT NULL AND o.value > 0 "
    # (a plain count — 签约项目数 of one event and of another, 4个 and 758个 — has no 万/亿 to slip)
    f"AND o.indicator_id NOT IN (SELECT id FROM indicators WHERE unit IN ({', '.join(map(repr, PLAIN_COUNTS))})) "
    "WINDOW w AS (PARTITION BY o.indicator_id, o.region_id, o.period_kind ORDER BY o.period_end, o.id)) "
    "WHERE n = 1 OR ((prev IS NULL OR value >= prev * :f OR value * :f <= prev) "
    "AND (next IS NULL OR value >= next * :f OR value * :f <= next))"
)


def magnitude_findings(store: Store, progress: Progress | None = None) -> list[Finding]:
    """A value 100× (or more) off its series' neighbours — or, alone in its series, off the median of the
    indicator among regions of the same level: the signature of a unit slip."""
    factor = RULES["magnitude"].params["factor"]
    findings: list[Finding] = []
    # each value beside the one before and after it in its series (SQL's window functions: one sort, no
    # Python per row); what comes back is off both neighbours, or alone in its series
    suspects: list[int] = []
    alone: list[tuple[int, int, int, str, float]] = []  # id, indicator, region, kind, value
    for obs_id, indicator, region, kind, value, n in store.conn.execute(_MAGNITUDE, {"f": factor}):
        if n == 1:
            alone.append((obs_id, indicator, region, kind, value))
        else:
            suspects.append(obs_id)
    if alone:  # compared with the indicator's values among regions of the same level
        levels = {r["id"]: r["level"] for r in store.query("SELECT id, level FROM regions")}
        medians: dict[tuple, float | None] = {}
        for obs_id, indicator, region, kind, value in alone:
            level_key = (indicator, levels.get(region), kind)
            if level_key not in medians:
                medians[level_key] = _median_of(store, indicator, levels.get(region) or "", kind)
            median = medians[level_key]
            if median is not None and out_of_scale(value, [median], factor):
                suspects.append(obs_id)
    listing = Listing("magnitude")
    listing.more = max(0, len(suspects) - MAX_LISTED)
    suspects = suspects[:MAX_LISTED]
    for chunk_start in range(0, len(suspects), 500):
        chunk = suspects[chunk_start : chunk_start + 500]
        for row in store.query(obs_sql + f" WHERE o.id IN ({','.join('?' * len(chunk))})", chunk):
            findings.append(
                Finding(
                    "magnitude",
                    f"{where(row)}：{row['value_text'] or num(row['value'])}（{num(row['value'])} {row['unit']}）"
                    f"与同一序列或同级地区的数值相差 {factor:g} 倍以上，可能单位写错",
                    (ref(row),),
                )
            )
    return findings + listing.done()


def _median_of(store: Store, indicator: int, level: str, kind: str) -> float | None:
    values = [
        r[0]
        for r in store.conn.execute(
            "SELECT o.value FROM observations o JOIN regions r ON r.id = o.region_id WHERE o.indicator_id = ? "
            "AND r.level = ? AND o.period_kind = ? AND o.value > 0 ORDER BY o.value LIMIT 5001",
            [indicator, level, kind],
        ).fetchall()
    ]
    if len(values) < 3:
        return None
    return values[len(values) // 2]


def quote_findings(store: Store) -> list[Finding]:
    """Quotes not in their article (or not where their offsets say), and quotes without their value.
    Decided in SQL, each article read once: the texts are never read into Python."""
    missing, without_value = Listing("quote_missing"), Listing("quote_value")
    for table in ("observations", "projects", "project_events"):
        cursor = store.conn.execute(
            f"SELECT t.id, t.uid, t.version, substr(t.quote, 1, 30), t.quote_start IS NOT NULL "
            f"FROM sources s CROSS JOIN {table} t ON t.source_id = s.id "
            "WHERE t.quote IS NOT NULL AND t.quote != '' AND s.body != '' AND CASE WHEN t.quote_start IS NULL "
            "THEN instr(s.body, t.quote) = 0 ELSE substr(s.body, t.quote_start + 1, t.quote_end - t.quote_start) "
            "!= t.quote END"
        )
        while batch := cursor.fetchmany(5000):
            for record_id, uid, version, start, placed in batch:
                if missing.full():
                    continue
                elsewhere = placed and store.scalar(
                    f"SELECT instr(s.body, t.quote) > 0 FROM {table} t JOIN sources s ON s.id = t.source_id "
                    "WHERE t.id = ?",
                    [record_id],
                )
                problem = "引文与来源正文中记录的位置不一致" if elsewhere else "引文在来源正文中找不到"
                record = RecordRef(table, uid, record_id, version)
                missing.findings.append(Finding("quote_missing", f"引文“{start}”：{problem}", (record,)))
    cursor = store.conn.execute(
        "SELECT o.id, o.uid, o.version, o.value_text FROM observations o WHERE o.quote IS NOT NULL "
        "AND o.value_text IS NOT NULL AND o.value_text != '' AND instr(o.quote, o.value_text) = 0"
    )
    while batch := cursor.fetchmany(5000):
        for record_id, uid, version, text in batch:
            if without_value.full():
                continue
            record = RecordRef("observations", uid, record_id, version)
            without_value.findings.append(Finding("quote_value", f"引文中没有原文数值“{text}”", (record,)))
    return missing.done() + without_value.done()


_PLAIN = re.compile(r"^(\d+(?:\.\d+)?)(.*)$")


def value_text_findings(store: Store) -> list[Finding]:
    findings = []
    # the common case decided in SQL: digits (and the indicator's unit) that read as the value
    # (rulebook.same_number); the rest is read by the parser
    cursor = store.conn.execute(
        "SELECT o.id, o.value, o.value_text, i.unit FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "WHERE o.value_text IS NOT NULL AND o.value_text != '' AND NOT (o.value IS NOT NULL "
        "AND o.value_text GLOB '[0-9]*' AND o.value_text NOT GLOB '*.*.*' "
        "AND ltrim(o.value_text, '0123456789.') IN ('', i.unit) "
        "AND abs(CAST(o.value_text AS REAL) - o.value) <= 1e-9 * max(1.0, abs(o.value), abs(CAST(o.value_text AS REAL))))"
    )
    bad: list[tuple[int, str]] = []
    while batch := cursor.fetchmany(20_000):
        for obs_id, value, text, unit in batch:
            plain = _PLAIN.match(text)
            if plain and plain.group(2) in ("", unit):  # the common case, no parser: 2074.8亿元 or 2074.8
                if value is None or not same_number(float(plain.group(1)), value):
                    bad.append((obs_id, f"数值 {num(value)} 与原文“{text}”不一致"))
                continue
            try:
                _q, converted = parse_value_for(text, unit)
            except ValidationError as exc:
                bad.append((obs_id, exc.message))
                continue
            if value is None or not same_number(float(converted), value):
                bad.append(
                    (
                        obs_id,
                        f"数值 {num(value)} 与原文“{text}”换算为 {format_decimal(converted)} {unit} 不一致",
                    )
                )
    listing = Listing("value_text")
    listing.more = max(0, len(bad) - MAX_LISTED)
    bad = bad[:MAX_LISTED]
    for chunk_start in range(0, len(bad), 500):
        chunk = dict(bad[chunk_start : chunk_start + 500])
        for row in store.query(obs_sql + f" WHERE o.id IN ({','.join('?' * len(chunk))})", list(chunk)):
            findings.append(Finding("value_text", f"{where(row)}：{chunk[row['id']]}", (ref(row),)))
    return findings + listing.done()


def future_period_findings(store: Store) -> list[Finding]:
    condition = (
        "s.published_on IS NOT NULL AND o.period_end > s.published_on AND o.is_estimate = 0 "
        "AND i.measure IN ('flow', 'stock')"
    )
    joins = " JOIN sources s ON s.id = o.source_id"
    listing = Listing("future_period")
    for row in _lean(store, condition + f" LIMIT {MAX_LISTED + 1}", "s.published_on", joins):
        if listing.full():
            continue
        listing.findings.append(
            Finding(
                "future_period",
                f"{where(row)}：时期到 {row['period_end']} 才结束，晚于文章发表日期 {row['published_on']}，却没有标为预计",
                (ref(row),),
            )
        )
    if listing.more:
        counted = store.scalar(
            "SELECT count(*) FROM observations o JOIN indicators i ON i.id = o.indicator_id"
            + joins
            + f" WHERE {condition}"
        )
        listing.more = int(counted) - MAX_LISTED
    return listing.done()


def rank_findings(store: Store, rows: Iterable[dict[str, Any]]) -> list[Finding]:
    count = peer_count(store)
    findings = []
    for row in rows:
        if row["rank"] is None or not row["rank_scope"]:
            continue
        peers = count(row)
        if peers and row["rank"] > peers:
            findings.append(
                Finding(
                    "rank_peers",
                    f"{where(row)}：{row['rank_scope']}第 {row['rank']} 位，但参与排名的同级地区只有 {peers} 个",
                    (ref(row),),
                )
            )
    return findings


# ----------------------------------------------------------------------------- running them all
def sync_conflict_findings(store: Store) -> list[Finding]:
    """The team hub's open conflicts, as listed at the last sync (storage/sync.py)."""
    findings = []
    for row in store.query("SELECT * FROM sync_conflicts WHERE choice IS NULL ORDER BY id"):
        if row["table_name"] not in RECORD_TABLES:  # (never a table name from the hub into SQL)
            continue
        record_id = store.scalar(f"SELECT id FROM {row['table_name']} WHERE uid = ?", [row["uid"]])
        record = RecordRef(row["table_name"], row["uid"], record_id, None)
        findings.append(Finding("sync_conflict", describe_conflict(row, store), (record,)))
    return findings


def run_checks(store: Store, progress: Progress | None = None, integrity: bool = True) -> list[Finding]:
    """Every rule over the whole database; acceptances applied. Raises ChecksCancelled when
    ``progress`` returns False. The quote rule, which reads every article, and the rules that relate
    facts to one another run meanwhile on a second read-only connection in a thread of its own (SQLite
    works without the GIL: two cores share the work). ``integrity``: also SQLite's check of the file itself (seconds on a large file)."""
    steps: list[tuple[str, Callable[[], list[Finding]]]] = [
        ("conflict", lambda: conflict_findings(store)),
        ("duplicate", lambda: duplicate_findings(store)),
        ("parts_total", lambda: parts_total_findings(store)),
        ("growth_levels", lambda: growth_levels_findings(store)),
        ("growth_implausible", lambda: growth_implausible_findings(_implausible_candidates(store))),
        ("magnitude", lambda: magnitude_findings(store, progress)),
        ("value_text", lambda: value_text_findings(store)),
        ("future_period", lambda: future_period_findings(store)),
        (
            "rank_peers",
            lambda: rank_findings(store, stream(store, "o.rank IS NOT NULL AND o.rank_scope IS NOT NULL")),
        ),
        ("sync_conflict", lambda: sync_conflict_findings(store)),
    ]
    if integrity:
        steps.insert(0, ("integrity", lambda: integrity_findings(store)))
    total = len(steps) + 1
    quotes = _Parallel(store, _second_core)
    findings: list[Finding] = []
    try:
        for done, (rule, step) in enumerate(steps):
            if progress is not None and not progress(done, total, RULES[rule].title):
                raise ChecksCancelled("核对已取消")
            findings += step()
            if rule == "integrity" and any(not f.records for f in findings):
                # the file itself is damaged: the other rules would stop on its broken pages — the
                # damage is the finding (restore a backup), nothing else is read
                return findings
        waiting = "、".join(RULES[rule].title for rule in ("quote_missing", *(r for r, _s in RELATION_STEPS)))
        if progress is not None and not progress(len(steps), total, waiting):
            raise ChecksCancelled("核对已取消")
        findings += quotes.result()
    finally:
        quotes.stop()
    if progress is not None:
        progress(total, total, "")
    apply_acceptances(store, findings)
    return findings


def _second_core(store: Store) -> list[Finding]:
    """What runs beside the other rules: the quotes (every article read in SQL), then the rules that
    relate facts to one another (the region tree, ranks, months, per capita, shares) — about as long as
    the rest together on a million observations, so the two cores finish near the same time."""
    return quote_findings(store) + [finding for _rule, step in RELATION_STEPS for finding in step(store)]


class _Parallel:
    """A rule run in a thread of its own, on a read-only connection opened there (SQLite connections
    stay in their thread); ``stop`` interrupts it if it is still running."""

    def __init__(self, store: Store, rule: Callable[[Store], list[Finding]]) -> None:
        self._rule, self._store = rule, store
        self._result: list[Finding] | BaseException | None = None
        self._other: Store | None = None
        self._closing = threading.Lock()  # (no interrupt of a connection its thread has closed)
        self._opened = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._other = Store.open(self._store.read_path, readonly=True)
        except StorageError:  # a file that cannot be opened twice: the rule runs on the caller's connection
            self._opened.set()
            return
        self._opened.set()
        try:
            self._result = self._rule(self._other)
        except BaseException as exc:  # handed over by result()
            self._result = exc
        finally:
            with self._closing:
                self._other.close()
                self._other = None

    def result(self) -> list[Finding]:
        self._thread.join()
        if self._result is None:
            return self._rule(self._store)
        if isinstance(self._result, BaseException):
            raise self._result
        return self._result

    def stop(self) -> None:
        if self._thread.is_alive():
            self._opened.wait()
            with self._closing:  # (the thread may be closing it right now: a damaged file ends the checks
                if self._other is not None:  # early, and 'Cannot operate on a closed database' was the
                    self._other.conn.interrupt()  # message instead of the damage found)
            self._thread.join()


_LEAN = (
    "SELECT o.id, o.uid, o.version, o.period_label, o.period_start, o.period_end, i.name AS indicator, "
    "r.name AS region{extra} FROM observations o JOIN indicators i ON i.id = o.indicator_id "
    "JOIN regions r ON r.id = o.region_id{joins} WHERE {condition}"
)


def _lean(store: Store, condition: str, extra: str = "", joins: str = "") -> Iterable[dict[str, Any]]:
    """The rows a rule names, with what a finding's message needs (a rule may name a million rows)."""
    cursor = store.conn.execute(
        _LEAN.format(extra=(", " + extra) if extra else "", joins=joins, condition=condition)
    )
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(5000):
        for row in batch:
            yield dict(zip(names, row, strict=True))


def _implausible_candidates(store: Store) -> Iterable[dict[str, Any]]:
    """The rows whose growth lies outside the narrowest band (in SQL), for the exact test per measure."""
    bands = RULES["growth_implausible"].params.values()
    low, high = max(b[0] for b in bands), min(b[1] for b in bands)
    return _lean(
        store,
        f"o.yoy_pct IS NOT NULL AND (o.yoy_pct < {float(low)} OR o.yoy_pct > {float(high)})",
        "o.yoy_pct, i.measure, coalesce(o.growth_basis, i.growth_basis) AS basis",
    )


def open_errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.open]


# ----------------------------------------------------------------------------- acceptances
def apply_acceptances(store: Store, findings: list[Finding]) -> None:
    """Mark the findings accepted whose acceptance still holds (its records as they were accepted)."""
    rows = store.query(
        "SELECT uid, rule, finding_key, records, reason, editor, created_at AS accepted_at FROM check_acceptances"
    )
    if not rows:
        return
    by_key: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_key.setdefault(row["finding_key"], []).append(row)
    accepted_rules = {row["rule"] for row in rows}
    for finding in findings:
        if finding.rule not in accepted_rules:
            continue
        for acceptance in by_key.get(finding.key, []):
            if _still_holds(store, json.loads(acceptance["records"]), finding.records):
                finding.accepted = acceptance
                break


def _still_holds(store: Store, accepted: list[dict[str, Any]], records: tuple[RecordRef, ...]) -> bool:
    """Whether the records still say what they said when accepted: by their content (the same on every
    copy — versions are counted per copy, and a colleague's different content may arrive at the same
    version), or by version for an acceptance made before contents were kept."""
    by_record = {(r["table"], r["uid"]): r for r in accepted}
    for record in records:
        kept = by_record.get((record.table, record.uid))
        if kept is None:
            return False
        if "content" in kept:
            if kept["content"] != record_content(store, record.table, record.uid):
                return False
        elif kept.get("version") != record.version:
            return False
    return True


def record_content(store: Store, table: str, uid: str) -> str | None:
    """A digest of what a record says, the same in every copy: its fields without the local id, version
    and timestamps, its references by uid."""
    if table not in RECORD_TABLES:
        return None
    rows = store.query(f"SELECT * FROM {table} WHERE uid = ?", [uid])
    if not rows:
        return None
    data = {k: v for k, v in rows[0].items() if k not in ("id", "version", "created_at", "updated_at")}
    for column, referenced in FOREIGN_KEYS.get(table, {}).items():
        if data.get(column) is not None:
            data[column] = store.scalar(f"SELECT uid FROM {referenced} WHERE id = ?", [data[column]])
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def accept(store: Store, finding: Finding, reason: str) -> dict[str, Any]:
    """Accept a finding with the editor's reason (说明), kept with what its records said (a digest of
    their content) and audited in the change history; it holds until one of the records changes."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", "请填写接受的理由（说明）")
    records = [
        {
            "table": r.table,
            "uid": r.uid,
            "version": r.version,
            "content": record_content(store, r.table, r.uid),
        }
        for r in finding.records
    ]
    return store.insert(
        "check_acceptances",
        {
            "rule": finding.rule,
            "finding_key": finding.key,
            "records": records,
            "message": finding.message,
            "reason": reason,
            "editor": store.editor,
        },
    )


def withdraw(store: Store, finding: Finding) -> None:
    if finding.accepted is not None:
        row = store.query("SELECT id FROM check_acceptances WHERE uid = ?", [finding.accepted["uid"]])
        if row:
            store.delete("check_acceptances", row[0]["id"])
        finding.accepted = None


def acceptances_of(store: Store, table: str, uid: str) -> list[dict[str, Any]]:
    """The acceptances that name a record (for its detail pane)."""
    return [
        row
        for row in store.query(
            "SELECT rule, message, reason, editor, created_at FROM check_acceptances WHERE instr(finding_key, ?) "
            "ORDER BY id",
            [f"{table}/{uid}"],
        )
    ]


# ----------------------------------------------------------------------------- one record, before it is saved
def record_findings(store: Store, values: dict[str, Any], record_id: int | None = None) -> list[Finding]:
    """The rules that apply to one observation as it would be saved (values of the rulebook, with
    ``indicator_id``, ``region_id`` and ``source_id``): conflicts and duplicates with what is stored,
    growth against last year's level, implausible growth, a unit slip against its series, its quote, a
    period after its source's date, a rank beyond its peers. Reads a few indexed rows: fast enough to run
    as the editor types."""
    if (
        values.get("indicator_id") is None
        or values.get("region_id") is None
        or not values.get("period_start")
    ):
        return []
    indicator = resolver_of(store).indicator_info(values["indicator_id"])
    if indicator is None:
        return []
    region = resolver_of(store).gazetteer.by_id.get(values["region_id"])
    row = {
        **values,
        "id": record_id,
        "uid": values.get("uid") or "(new)",
        "version": None,
        "indicator": indicator.name,
        "unit": indicator.unit,
        "measure": indicator.measure,
        "basis": values.get("growth_basis") or indicator.growth_basis,
        "region": region.name if region else "",
        "qualifier": values.get("qualifier") or "exact",
    }
    findings: list[Finding] = []
    same = store.query(
        obs_sql
        + " WHERE o.indicator_id = ? AND o.region_id = ? AND o.period_start = ? AND o.period_end = ? AND o.id != ?",
        [row["indicator_id"], row["region_id"], row["period_start"], row["period_end"], record_id or -1],
    )
    mine = written_range(row.get("value"), row.get("value_text"), row["qualifier"], row["unit"])
    for other in same:
        theirs = written_range(other["value"], other["value_text"], other["qualifier"], other["unit"])
        if other["source_id"] == row.get("source_id") and same_number(other["value"], row.get("value")):
            findings.append(
                Finding("duplicate", f"{where(row)} 的这个数值在同一来源中已经记录过", (ref(other),))
            )
        elif row.get("supersedes") == other["uid"] or other.get("supersedes") == row["uid"]:
            continue  # a revision marked: both kept, not compared
        elif other["source_id"] != row.get("source_id") and not agree(mine, theirs):
            words = revisions.revision_words(row, None)
            if words:
                findings.append(
                    Finding(
                        "revision",
                        f"{where(row)}：{words}，像是对已记录的 {other['value_text'] or num(other['value'])}"
                        " 的修订：保存后可在核对窗口中标为修订",
                        (ref(other),),
                    )
                )
                continue
            findings.append(
                Finding(
                    "conflict",
                    f"{where(row)}：已记录的数值是 {other['value_text'] or num(other['value'])}，与此不符",
                    (ref(other),),
                )
            )
    findings += growth_implausible_findings([row])
    if row.get("yoy_pct") is not None and row.get("value") is not None:
        start, end = date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"])
        previous = store.query(
            "SELECT value FROM observations WHERE indicator_id = ? AND region_id = ? AND period_kind = ? "
            "AND period_start = ? AND period_end = ? AND value IS NOT NULL LIMIT 1",
            [
                row["indicator_id"],
                row["region_id"],
                row["period_kind"],
                _a_year_before(start).isoformat(),
                _a_year_before(end).isoformat(),
            ],
        )
        if previous:
            computed = computed_growth(row["value"], previous[0]["value"])
            params = RULES["growth_levels"].params
            if computed is not None:
                if row["basis"] == "real":
                    price = implied_price_change(computed, row["yoy_pct"])
                    off = (
                        price is not None and not params["price_low_pct"] <= price <= params["price_high_pct"]
                    )
                else:
                    off = abs(computed - row["yoy_pct"]) > params["tolerance_pp"]
                if off:
                    findings.append(
                        Finding(
                            "growth_levels",
                            f"{where(row)}：同比 {row['yoy_pct']:+g}%，按上年的数值 {num(previous[0]['value'])} "
                            f"计算为 {computed:+.1f}%",
                        )
                    )
    if row.get("value") and row.get("unit") not in PLAIN_COUNTS:
        neighbours = [
            r[0]
            for r in store.conn.execute(
                "SELECT value FROM (SELECT value, period_end FROM observations WHERE indicator_id = ? AND region_id = ? "
                "AND period_kind = ? AND value > 0 AND id != ? AND period_end < ? ORDER BY period_end DESC LIMIT 1) "
                "UNION ALL SELECT value FROM (SELECT value FROM observations WHERE indicator_id = ? AND region_id = ? "
                "AND period_kind = ? AND value > 0 AND id != ? AND period_end > ? ORDER BY period_end LIMIT 1)",
                [
                    row["indicator_id"],
                    row["region_id"],
                    row["period_kind"],
                    record_id or -1,
                    row["period_end"],
                ]
                * 2,
            ).fetchall()
        ]
        factor = RULES["magnitude"].params["factor"]
        if out_of_scale(row["value"], neighbours, factor):
            findings.append(
                Finding(
                    "magnitude",
                    f"{where(row)}：{num(row['value'])} {row['unit']} 与同一序列前后的数值相差 {factor:g} 倍以上，"
                    "可能单位写错",
                )
            )
    if row.get("quote") and row.get("value_text") and row["value_text"] not in row["quote"]:
        findings.append(Finding("quote_value", f"引文中没有原文数值“{row['value_text']}”"))
    if (
        row.get("source_id") is not None
        and not row.get("is_estimate")
        and indicator.measure in ("flow", "stock")
    ):
        published = resolver_of(store).source_reference(row["source_id"])
        if published is not None and row["period_end"] > published.isoformat():
            findings.append(
                Finding(
                    "future_period",
                    f"时期到 {row['period_end']} 才结束，晚于文章发表日期 {published.isoformat()}：是预计数吗？",
                )
            )
    findings += rank_findings(store, [row]) if row.get("rank") else []
    findings += entry_findings(store, row)
    return findings


def _a_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


__all__ = [
    "ChecksCancelled",
    "accept",
    "acceptances_of",
    "now_iso",
    "open_errors",
    "record_findings",
    "run_checks",
    "withdraw",
]
