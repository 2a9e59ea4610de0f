"""Seeded-error benchmark for the checks.

    python bench/checks_seeded.py [--per-kind 5] [--seed 7]

1. Builds a file from the default data set plus real published series: the gold facts of
   ``bench/corpus`` (published articles of 8 genres) whose indicator the vocabulary knows, each with
   its article as the source and its sentence as the quote, entered through the rulebook as an editor's
   form would enter them.
2. Runs the checks on it as it is: the target is no error-severity finding and warnings on at most 2 %
   of the observations.
3. Injects errors of 19 kinds (unit slips, conflicting values, parts that no longer add up, growth that
   does not match the levels, implausible growth, quotes not in the article, quotes without the value,
   values that do not match their text, periods after publication, duplicates, ranks beyond the peers),
   ``--per-kind`` of each on different records, runs the checks again and counts an error as found
   when a finding names the changed record (and as found by its own rule when that rule does).
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from scnews_desktop.domain import rulebook  # noqa: E402
from scnews_desktop.domain.extraction import fold  # noqa: E402
from scnews_desktop.storage.checks import run_checks  # noqa: E402
from scnews_desktop.storage.database import Store, now_iso  # noqa: E402
from scnews_desktop.storage.default_data import init_database  # noqa: E402
from scnews_desktop.storage.resolver import resolver_of  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"
_SENTENCE_END = "。！？；;!?\n"


def _period_kind(start: str, end: str) -> str:
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    month_end = b.day == calendar.monthrange(b.year, b.month)[1]
    if a == b:
        return "asof" if month_end else "date"
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return "year"
    if a.day == 1 and month_end and a.year == b.year:
        if a.month == b.month:
            return "month"
        if a.month == 1:
            return "ytd"
        if b.month - a.month == 2 and a.month in (1, 4, 7, 10):
            return "quarter"
    return "range"


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    a = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    quote = text[a:b].strip()
    return quote, text.index(quote, a)


def load_real_series(store: Store) -> dict[str, int]:
    """The corpus's gold facts as observations; returns counts (entered, skipped and why)."""
    counts = {
        "entered": 0,
        "no indicator": 0,
        "no period": 0,
        "no region": 0,
        "refused": 0,
        "written oddly": 0,
    }
    resolver = resolver_of(store)
    names = sorted(p.stem for p in CORPUS.glob("*.txt"))
    with store.atomic():
        for name in names:
            meta = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
            if meta.get("conventions") == 2:
                continue  # the texts of 2026-12-06 (test4, test5): the bench keeps its own real series
            text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
            published = date.fromisoformat(meta["published"])
            title = next((line.strip() for line in text.splitlines() if line.strip()), name)[:60]
            source = rulebook.source(
                {
                    "title": f"{title}（{name}）",
                    "published_on": meta["published"],
                    "url": meta["url"],
                    "body": text,
                }
            )
            source_id = store.insert("sources", source.values)["id"]
            entered: set[tuple] = set()
            for fact in meta["facts"]:
                if not fact.get("indicator"):
                    counts["no indicator"] += 1
                    continue
                if not fact.get("period_start"):
                    counts["no period"] += 1
                    continue
                if re.search(r"\(\w+\)|\s", fact["text"]):  # a pinyin reading or a space inside the figure
                    counts["written oddly"] += 1
                    continue
                info = _vocabulary_indicator(store, fold(fact["indicator"]))
                if info is None:
                    counts["no indicator"] += 1
                    continue
                region = resolver.region(fact["region"])
                if region is None:
                    counts["no region"] += 1
                    continue
                quote, quote_start = _sentence(text, fact["start"], fact["start"] + len(fact["text"]))
                raw = {
                    "value": fact["text"],
                    "period_kind": _period_kind(fact["period_start"], fact["period_end"]),
                    "period_start": fact["period_start"],
                    "period_end": fact["period_end"],
                    "yoy_pct": "" if fact.get("growth") is None else f"{fact['growth']}%",
                    "quote": quote,
                    "quote_start": quote_start,
                    "quote_end": quote_start + len(quote),
                    "indicator_id": info.id,
                    "region_id": region.id,
                    "source_id": source_id,
                }
                checked = rulebook.observation(raw, info, rulebook.Context(published, body=text))
                if not checked.ok:
                    counts["refused"] += 1
                    continue
                key = (
                    info.id,
                    region.id,
                    checked.values["period_start"],
                    checked.values["period_end"],
                    checked.values["value"],
                )
                if key in entered:  # said again (the headline and the body): an editor enters it once
                    counts["said again"] = counts.get("said again", 0) + 1
                    continue
                entered.add(key)
                store.insert("observations", checked.values)
                counts["entered"] += 1
    resolver.refresh()
    return counts


# ------------------------------------------------------------------------------- related facts
def _vocabulary_indicator(store: Store, phrase: str) -> Any:
    """The indicator a phrase names, as capture finds it: the file's, else the vocabulary's, created on
    first use; None when neither knows it."""
    resolver = resolver_of(store)
    info = resolver.indicator(phrase)
    if info is None:
        entry = resolver.indicator_proposal(phrase)
        if entry is None:
            return None
        made = rulebook.indicator(
            {
                "name": entry.name,
                "unit": entry.unit,
                "measure": entry.measure,
                "category": entry.category,
                "growth_basis": entry.growth_basis,
                "aliases": list(entry.aliases),
            }
        )
        store.insert("indicators", made.values)
        resolver.refresh()
        info = resolver.indicator(entry.name)
    return info


def _indicator_id(store: Store, name: str) -> int:
    """The catalogue's indicator of that exact name."""
    info = _vocabulary_indicator(store, name)
    assert info is not None and info.name == name, name
    return int(info.id)


def _fact(
    store: Store,
    source_id: int,
    name: str,
    region_id: int,
    kind: str,
    start: str,
    end: str,
    value: float,
    **extra: Any,
) -> dict[str, Any]:
    indicator_id = _indicator_id(store, name)
    unit = resolver_of(store).indicator(name).unit
    row = {
        "uid": str(uuid.uuid4()),
        "indicator_id": indicator_id,
        "region_id": region_id,
        "period_kind": kind,
        "period_start": start,
        "period_end": end,
        "value": value,
        "value_text": f"{_number(value)}{unit}",
        "qualifier": "exact",
        "source_id": source_id,
        "quote": f"{name}{_number(value)}{unit}。",  # (the yearbook's table row; its source has no body)
        "created_at": now_iso(),
        "updated_at": now_iso(),
        "version": 1,
        **extra,
    }
    store.insert("observations", row)
    return store.query(
        "SELECT o.*, i.unit, i.name AS indicator FROM observations o JOIN indicators i "
        "ON i.id = o.indicator_id WHERE o.uid = ?",
        [row["uid"]],
    )[0]


def _split(total: float, n: int, rng: random.Random) -> list[float]:
    """``n`` parts (two decimals) that add up to ``total`` exactly as written."""
    weights = [rng.uniform(0.3, 3.0) for _ in range(n)]
    cents = round(total * 100)
    parts = [int(cents * w / sum(weights)) for w in weights]
    parts[-1] += cents - sum(parts)
    return [p / 100 for p in parts]


#: Indicators of the region-tree structures (additive flows in 亿元) and their years.
_TREE = [
    "社会消费品零售总额",
    "一般公共预算收入",
    "一般公共预算支出",
    "税收收入",
    "货物贸易进出口总值",
]


RELATED_SOURCE = "核对基准的关联数据（各市州统计公报汇编）"


def add_related_facts(store: Store, rng: random.Random, per_kind: int) -> dict[str, list[Any]]:
    """Facts that relate to one another as an editor's file of a province's releases does, each set
    consistent (the clean data must give no finding on them): complete region trees (the province and its
    21 prefectures, with the prefectures' ranks), year-to-date months with their single months, per-capita
    figures with their totals and populations, and shares with their parts. The seeded errors of the new
    kinds are made in these sets."""
    source = rulebook.source({"title": RELATED_SOURCE, "published_on": "2012-12-31", "url": "", "body": ""})
    source_id = store.insert("sources", source.values)["id"]  # (the years of the sets are before 2013)
    province = resolver_of(store).region("四川省").id
    prefectures = [
        r["id"]
        for r in store.query(
            "SELECT id FROM regions WHERE parent_id = ? AND level = 'prefecture' ORDER BY id", [province]
        )
    ]
    made: dict[str, list[Any]] = {"trees": [], "months": [], "per_capita": [], "shares": []}
    with store.atomic():
        last_year: dict[str, float] = {}
        for n in range(2 * per_kind):  # one tree per indicator and year
            name = _TREE[n % len(_TREE)]
            year = 2000 + n // len(_TREE)
            start, end = f"{year}-01-01", f"{year}-12-31"
            growth = {}
            if name in last_year:  # the second year: its growth, as a release prints it
                total = round(last_year[name] * rng.uniform(1.02, 1.15), 1)
                growth = {"yoy_pct": round((total / last_year[name] - 1) * 100, 1)}
            else:
                total = round(rng.uniform(3000, 60000), 1)
            last_year[name] = total
            whole = _fact(store, source_id, name, province, "year", start, end, total, **growth)
            values = _split(total, len(prefectures), rng)
            order = sorted(range(len(values)), key=lambda i: -values[i])
            ranks = {i: order.index(i) + 1 for i in range(len(values))}
            parts = [
                _fact(
                    store,
                    source_id,
                    name,
                    region,
                    "year",
                    start,
                    end,
                    values[i],
                    rank=ranks[i],
                    rank_scope="全省",
                )
                for i, region in enumerate(prefectures)
            ]
            made["trees"].append((whole, parts))
        for n in range(2 * per_kind):  # 1—2月 … 1—6月 and the single months 3月 … 6月
            name = _TREE[n % len(_TREE)]
            region = prefectures[n]
            year = 2003 + n
            ytd, months, running = {}, {}, 0.0
            for month in range(1, 7):
                single = round(rng.uniform(50, 400), 1)
                running = round(running + single, 1)
                end = f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
                if month >= 2:
                    ytd[month] = _fact(store, source_id, name, region, "ytd", f"{year}-01-01", end, running)
                if month >= 3:
                    months[month] = _fact(
                        store, source_id, name, region, "month", f"{year}-{month:02d}-01", end, single
                    )
            made["months"].append((ytd, months))
        for n in range(per_kind):  # 人均地区生产总值 = 地区生产总值 ÷ 常住人口
            region, year = prefectures[-1 - n], 2008 + n
            people = round(rng.uniform(80, 900), 2)  # 万人
            each = round(rng.uniform(30000, 110000))  # 元
            gdp = round(each * people * 1e4 / 1e8, 2)  # 亿元
            start, end = f"{year}-01-01", f"{year}-12-31"
            made["per_capita"].append(
                (
                    _fact(store, source_id, "人均地区生产总值", region, "year", start, end, float(each)),
                    _fact(store, source_id, "地区生产总值", region, "year", start, end, gdp),
                    _fact(store, source_id, "常住人口", region, "asof", end, end, people),
                )
            )
        for n in range(per_kind):  # three industries' shares of GDP
            region, year = prefectures[5 + n], 2008 + n
            start, end = f"{year}-01-01", f"{year}-12-31"
            gdp = round(rng.uniform(800, 4000), 1)
            first, second = round(gdp * rng.uniform(0.08, 0.2), 1), round(gdp * rng.uniform(0.3, 0.45), 1)
            levels = [first, second, round(gdp - first - second, 1)]
            shares = [round(v / gdp * 100, 1) for v in levels]
            shares[-1] = round(100 - shares[0] - shares[1], 1)
            names = ["第一产业", "第二产业", "第三产业"]
            made["shares"].append(
                [
                    _fact(store, source_id, f"{k}增加值占地区生产总值比重", region, "year", start, end, v)
                    for k, v in zip(names, shares, strict=True)
                ]
                + [_fact(store, source_id, "地区生产总值", region, "year", start, end, gdp)]
                + [
                    _fact(store, source_id, f"{k}增加值", region, "year", start, end, v)
                    for k, v in zip(names, levels, strict=True)
                ]
            )
    return made


def inject_related(store: Store, made: dict[str, list[Any]], per_kind: int) -> list[tuple[str, str, str]]:
    """Errors of the new kinds, one in each consistent set."""
    injected = []
    trees = made["trees"]
    with store.atomic():
        for whole, parts in trees[:per_kind]:  # a prefecture above its province
            row = parts[0]
            value = round(whole["value"] * 1.2, 1)
            injected.append(
                (
                    "part above its region",
                    "region_part",
                    _update(store, row, value=value, value_text=f"{_number(value)}{row['unit']}"),
                )
            )
        for whole, parts in trees[per_kind:]:  # a prefecture off by 4 % of the province
            row = parts[1]
            value = round(row["value"] + whole["value"] * 0.04, 1)
            injected.append(
                (
                    "parts off their region",
                    "region_sum",
                    _update(store, row, value=value, value_text=f"{_number(value)}{row['unit']}"),
                )
            )
        for _whole, parts in trees[per_kind:]:  # a rank the values contradict
            row = min(parts, key=lambda r: r["rank"] if r["rank"] > 5 else 99)
            injected.append(
                ("rank against the values", "rank_values", _update(store, row, rank=row["rank"] - 4))
            )
        for n, (ytd, months) in enumerate(made["months"]):
            if n < len(made["months"]) // 2:  # 1—4月 typed above 1—5月
                row = ytd[4]
                value = round(ytd[5]["value"] * 1.1, 1)
                injected.append(
                    (
                        "cumulative that falls",
                        "cumulative_months",
                        _update(store, row, value=value, value_text=f"{_number(value)}{row['unit']}"),
                    )
                )
            else:  # 6月 filed with the year-to-date figure
                row = months[6]
                value = ytd[6]["value"]
                injected.append(
                    (
                        "cumulative filed as the month",
                        "cumulative_months",
                        _update(store, row, value=value, value_text=f"{_number(value)}{row['unit']}"),
                    )
                )
        for each, _gdp, _people in made["per_capita"]:
            value = float(round(each["value"] * 1.3))
            injected.append(
                (
                    "per capita off its total",
                    "per_capita",
                    _update(store, each, value=value, value_text=f"{_number(value)}{each['unit']}"),
                )
            )
        for n, rows in enumerate(made["shares"]):
            row = rows[n % 3]
            value = round(row["value"] + 3, 1)
            injected.append(
                (
                    "share off its whole",
                    "shares",
                    _update(store, row, value=value, value_text=f"{_number(value)}{row['unit']}"),
                )
            )
    return injected


# ------------------------------------------------------------------------------------------ errors
def _copy(store: Store, row: dict[str, Any], **changes: Any) -> str:
    new = {k: v for k, v in row.items() if k != "id"}
    new.update(uid=str(uuid.uuid4()), created_at=now_iso(), updated_at=now_iso(), version=1, **changes)
    store.insert("observations", new)
    return new["uid"]


def _update(store: Store, row: dict[str, Any], **changes: Any) -> str:
    store.update("observations", row["id"], changes, store.get("observations", row["id"])["version"])
    return row["uid"]


def _number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def inject(store: Store, per_kind: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """Errors as (kind, expected rule, uid of the changed record)."""
    rows = store.query(
        "SELECT o.*, i.unit, i.name AS indicator, i.measure, i.growth_basis AS basis, s.published_on, s.body, r.level "
        "FROM observations o "
        "JOIN indicators i ON i.id = o.indicator_id JOIN sources s ON s.id = o.source_id "
        "JOIN regions r ON r.id = o.region_id WHERE o.value IS NOT NULL AND o.value_text IS NOT NULL "
        "AND o.quote IS NOT NULL ORDER BY o.id"
    )
    rng.shuffle(rows)
    used: set[int] = set()
    injected: list[tuple[str, str, str]] = []
    columns = set(store.columns("observations"))

    related = store.scalar("SELECT id FROM sources WHERE title = ?", [RELATED_SOURCE])

    def pick(condition, related_too: bool = False) -> list[dict[str, Any]]:
        """Rows of the real series (and of the related sets, whose own kinds come after, when asked)."""
        chosen = []
        for row in rows:
            if row["id"] not in used and condition(row) and (related_too or row["source_id"] != related):
                chosen.append(row)
                used.add(row["id"])
                if len(chosen) == per_kind:
                    break
        return chosen

    def plain(row: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in row.items() if k in columns}

    series = {}
    for row in rows:
        series.setdefault((row["indicator_id"], row["region_id"], row["period_kind"]), []).append(row)

    def has_neighbour(row: dict[str, Any]) -> bool:
        return len(series[(row["indicator_id"], row["region_id"], row["period_kind"])]) > 1

    with store.atomic():
        # 1. a unit slip: 5.1 typed with 万元 where 亿元 was meant — the value is 10⁴ times too small
        for row in pick(lambda r: r["unit"] == "亿元" and r["value"] > 1):
            slipped = _number(row["value"])
            injected.append(
                (
                    "unit slip",
                    "magnitude",
                    _update(store, row, value=row["value"] / 1e4, value_text=f"{slipped}万元"),
                )
            )
        # 2. a second source's different value for the same fact
        other_source = store.scalar("SELECT max(id) FROM sources")
        for row in pick(lambda r: r["qualifier"] == "exact" and r["value"] > 10):
            value = round(row["value"] * 1.07, 1)
            injected.append(
                (
                    "conflicting value",
                    "conflict",
                    _copy(
                        store,
                        plain(row),
                        source_id=other_source if row["source_id"] != other_source else other_source - 1,
                        value=value,
                        value_text=f"{_number(value)}{row['unit']}",
                        quote=None,
                        quote_start=None,
                        quote_end=None,
                    ),
                )
            )
        # 3. a part that no longer adds up to its total
        parts = store.query(
            "SELECT o.id FROM observations o JOIN indicators i ON i.id = o.indicator_id "
            "WHERE i.name IN ('第一产业增加值', '第二产业增加值', '第三产业增加值', '货物贸易出口总值', '货物贸易进口总值') "
            "AND EXISTS (SELECT 1 FROM observations t JOIN indicators ti ON ti.id = t.indicator_id "
            "WHERE ti.name IN ('地区生产总值', '货物贸易进出口总值') AND t.region_id = o.region_id "
            "AND t.period_start = o.period_start AND t.period_end = o.period_end)"
        )
        part_ids = {p["id"] for p in parts}
        for row in pick(lambda r: r["id"] in part_ids):
            value = round(row["value"] * 1.1, 1)
            injected.append(
                (
                    "part off its total",
                    "parts_total",
                    _update(store, row, value=value, value_text=f"{_number(value)}{row['unit']}"),
                )
            )
        # 4. reported growth 8 points off the growth of the levels
        previous = {
            (
                r["indicator_id"],
                r["region_id"],
                r["period_kind"],
                r["period_end"][5:],
                int(r["period_end"][:4]),
            ): r
            for r in rows
        }

        def has_year_before(r: dict[str, Any]) -> bool:
            key = (
                r["indicator_id"],
                r["region_id"],
                r["period_kind"],
                r["period_end"][5:],
                int(r["period_end"][:4]) - 1,
            )
            # (growth in real terms is checked against the levels only through the price change it implies,
            # within a band: +8 points on a real growth may stay a plausible deflator — seed nominal ones)
            return (
                r["yoy_pct"] is not None
                and r["basis"] != "real"
                and key in previous
                and previous[key]["id"] not in used
            )

        for row in pick(has_year_before, related_too=True):
            injected.append(
                ("growth off the levels", "growth_levels", _update(store, row, yoy_pct=row["yoy_pct"] + 8))
            )
        # 5. implausible growth (of a flow or a stock: a count of events may grow 480 % — 4 signings, then 23)
        for row in pick(lambda r: r["measure"] != "count"):
            injected.append(("implausible growth", "growth_implausible", _update(store, row, yoy_pct=480.0)))
        # 6. a quote that is not in the article
        for row in pick(lambda r: True):
            injected.append(
                (
                    "quote not in the article",
                    "quote_missing",
                    _update(
                        store,
                        row,
                        quote=f"据悉，该项数据为{row['value_text']}。",
                        quote_start=None,
                        quote_end=None,
                    ),
                )
            )

        # 7. a quote from the article that does not hold the value
        def other_sentence(r: dict[str, Any]) -> str | None:
            for s in re.split(r"(?<=[。！？])", r["body"]):
                s = s.strip()
                if len(s) > 8 and r["value_text"] not in s and s != r["quote"]:
                    return s
            return None

        for row in pick(lambda r: other_sentence(r) is not None):
            quote = other_sentence(row)
            at = row["body"].index(quote)
            injected.append(
                (
                    "quote without the value",
                    "quote_value",
                    _update(store, row, quote=quote, quote_start=at, quote_end=at + len(quote)),
                )
            )
        # 8. a value that is not its text
        for row in pick(lambda r: r["qualifier"] == "exact"):
            injected.append(
                ("value not its text", "value_text", _update(store, row, value=row["value"] * 1.5))
            )
        # 9. a period after the article's publication, not marked 预计
        for row in pick(
            lambda r: r["published_on"] and not r["is_estimate"] and r["measure"] in ("flow", "stock")
        ):
            start = date.fromisoformat(row["period_start"])
            end = date.fromisoformat(row["period_end"])
            shift = (date.fromisoformat(row["published_on"]) - start).days + 400
            injected.append(
                (
                    "period after publication",
                    "future_period",
                    _update(
                        store,
                        row,
                        period_start=(start + timedelta(days=shift)).isoformat(),
                        period_end=(end + timedelta(days=shift)).isoformat(),
                        period_label=None,
                    ),
                )
            )
        # 10. an exact duplicate
        for row in pick(lambda r: True):
            injected.append(("duplicate", "duplicate", _copy(store, plain(row))))
        # 12. a final figure (最终核实, in a later yearbook) beside the preliminary one: a revision to mark
        for row in pick(lambda r: r["qualifier"] == "exact" and r["value"] > 10 and r["published_on"]):
            year = int(row["published_on"][:4]) + 2
            book = rulebook.source(
                {"title": f"四川统计年鉴{year}", "published_on": f"{year}-10-01", "body": ""}
            )
            value = round(row["value"] * 1.05, 1)
            text = f"{_number(value)}{row['unit']}"
            injected.append(
                (
                    "revision taken for a conflict",
                    "revision",
                    _copy(
                        store,
                        plain(row),
                        source_id=store.insert("sources", book.values)["id"],
                        value=value,
                        value_text=text,
                        quote=f"经最终核实，该项数值为{text}。",
                        quote_start=None,
                        quote_end=None,
                    ),
                )
            )
        # 11. a rank beyond the peers: 第25位 among 21 市州
        for row in pick(lambda r: r["level"] == "prefecture"):
            injected.append(
                ("rank beyond the peers", "rank_peers", _update(store, row, rank=25, rank_scope="全省"))
            )
    return injected


#: The targets the bench holds the checks to (``--check`` fails when one is missed).
TARGETS = {"found_by_own_rule": 0.95, "per_kind": 5, "clean_errors": 0, "clean_warned": 0.02}


def run(per_kind: int = 5, seed: int = 7, misses: bool = False) -> dict[str, Any]:
    """The bench: the clean run and the seeded run. Returns the figures and the report's lines (the
    seeded table is the one ``docs/checks.md`` prints)."""
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "checks.db"
        init_database(path)
        with Store.open(path) as store:
            counts = load_real_series(store)
            real = store.scalar("SELECT count(*) FROM observations")
            related = add_related_facts(store, random.Random(seed), per_kind)
            observations = store.scalar("SELECT count(*) FROM observations")
            started = time.perf_counter()
            clean = run_checks(store, integrity=False)
            seconds = time.perf_counter() - started
            errors = [f for f in clean if f.severity == "error"]
            warned = {r.uid for f in clean if f.severity == "warning" for r in f.records}
            lines.append(f"Real series entered: {counts}")
            lines.append(
                f"\nClean data: {observations} observations ({real} real, {observations - real} in consistent "
                f"related sets); checks in {seconds:.2f} s"
            )
            lines.append(f"  error findings: {len(errors)}")
            lines += [f"    {f.rule}: {f.message}" for f in errors]
            lines.append(f"  observations with a warning: {len(warned)} ({len(warned) / observations:.1%})")
            lines += [f"    {f.rule}: {f.message}" for f in clean if f.severity == "warning"]

            injected = inject(store, per_kind, random.Random(seed))
            injected += inject_related(store, related, per_kind)
            findings = run_checks(store, integrity=False)
            by_uid: dict[str, set[str]] = {}
            for f in findings:
                for r in f.records:
                    by_uid.setdefault(r.uid, set()).add(f.rule)
            kinds: dict[str, list[tuple[str, str]]] = {}
            for kind, rule, uid in injected:
                kinds.setdefault(kind, []).append((rule, uid))
            lines.append(f"\nSeeded errors: {len(injected)} of {len(kinds)} kinds")
            table = ["| kind | rule | injected | found | found by its rule |", "|---|---|---:|---:|---:|"]
            found_all = by_rule_all = 0
            per: dict[str, tuple[int, int, int]] = {}
            for kind, items in kinds.items():
                found = sum(1 for _rule, uid in items if uid in by_uid)
                own = sum(1 for rule, uid in items if rule in by_uid.get(uid, set()))
                found_all += found
                by_rule_all += own
                per[kind] = (len(items), found, own)
                table.append(f"| {kind} | `{items[0][0]}` | {len(items)} | {found} | {own} |")
                for _rule, uid in items:
                    if uid not in by_uid and misses:
                        row = store.query(
                            "SELECT o.*, i.name AS indicator, i.growth_basis AS basis FROM observations o "
                            "JOIN indicators i ON i.id = o.indicator_id WHERE o.uid = ?",
                            [uid],
                        )[0]
                        table.append(
                            f"    missed: {row['indicator']} {row['period_start']}..{row['period_end']} "
                            f"{row['value_text']} yoy {row['yoy_pct']} ({row['basis']})"
                        )
            table.append(
                f"| **all** | | {len(injected)} | {found_all} ({found_all / len(injected):.0%}) | "
                f"{by_rule_all} ({by_rule_all / len(injected):.0%}) |"
            )
            lines += table
    return {
        "lines": lines,
        "table": [line for line in table if line.startswith("|")],
        "clean_errors": len(errors),
        "clean_warned": len(warned) / observations,
        "injected": len(injected),
        "found": found_all,
        "found_by_own_rule": by_rule_all / len(injected),
        "per_kind": per,
        "rules": {rule for _kind, rule, _uid in injected},
    }


def shortfalls(result: dict[str, Any]) -> list[str]:
    """The targets the result misses, in words."""
    out = []
    if result["clean_errors"] > TARGETS["clean_errors"]:
        out.append(f"clean data: {result['clean_errors']} error findings (target 0)")
    if result["clean_warned"] > TARGETS["clean_warned"]:
        out.append(f"clean data: warnings on {result['clean_warned']:.1%} (target at most 2 %)")
    if result["found_by_own_rule"] < TARGETS["found_by_own_rule"]:
        out.append(f"seeded errors found by their own rule: {result['found_by_own_rule']:.1%} (target 95 %)")
    for kind, (injected, _found, _own) in result["per_kind"].items():
        if injected < TARGETS["per_kind"]:
            out.append(f"{kind}: only {injected} injected (target at least {TARGETS['per_kind']})")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-kind", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", action="store_true", help="list the seeded errors not found")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    result = run(args.per_kind, args.seed, args.misses)
    print("\n".join(result["lines"]))
    missed = shortfalls(result)
    for line in missed:
        print(f"TARGET MISSED: {line}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
