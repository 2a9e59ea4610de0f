"""Seeded-error benchmark for the checks.

    python bench/checks_seeded.py [--per-kind 5] [--seed 7]

1. Builds a file from the default data set plus real published series: the gold facts of
   ``bench/corpus`` (published articles of 8 genres) whose indicator the vocabulary knows, each with
   its article as the source and its sentence as the quote, entered through the rulebook as an editor's
   form would enter them.
2. Runs the checks on it as it is: the target is no error-severity finding and warnings on at most 2 %
   of the observations.
3. Injects errors of 11 kinds (unit slips, conflicting values, parts that no longer add up, growth that
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
    resolver = store.resolver
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
                info = resolver.indicator(fold(fact["indicator"]))
                if info is None:  # as capture does: the vocabulary's indicator, created on first use
                    entry = resolver.indicator_proposal(fold(fact["indicator"]))
                    if entry is None:
                        counts["no indicator"] += 1
                        continue
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
        "SELECT o.*, i.unit, i.name AS indicator, s.published_on, s.body, r.level FROM observations o "
        "JOIN indicators i ON i.id = o.indicator_id JOIN sources s ON s.id = o.source_id "
        "JOIN regions r ON r.id = o.region_id WHERE o.value IS NOT NULL AND o.value_text IS NOT NULL "
        "AND o.quote IS NOT NULL ORDER BY o.id"
    )
    rng.shuffle(rows)
    used: set[int] = set()
    injected: list[tuple[str, str, str]] = []
    columns = set(store.columns("observations"))

    def pick(condition) -> list[dict[str, Any]]:
        chosen = []
        for row in rows:
            if row["id"] not in used and condition(row):
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
            return r["yoy_pct"] is not None and key in previous and previous[key]["id"] not in used

        for row in pick(has_year_before):
            injected.append(
                ("growth off the levels", "growth_levels", _update(store, row, yoy_pct=row["yoy_pct"] + 8))
            )
        # 5. implausible growth
        for row in pick(lambda r: True):
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
        for row in pick(lambda r: r["published_on"] and not r["is_estimate"]):
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
        # 11. a rank beyond the peers: 第25位 among 21 市州
        for row in pick(lambda r: r["level"] == "prefecture"):
            injected.append(
                ("rank beyond the peers", "rank_peers", _update(store, row, rank=25, rank_scope="全省"))
            )
    return injected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-kind", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", action="store_true", help="list the seeded errors not found")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "checks.db"
        init_database(path)
        with Store.open(path) as store:
            counts = load_real_series(store)
            observations = store.scalar("SELECT count(*) FROM observations")
            started = time.perf_counter()
            clean = run_checks(store, integrity=False)
            seconds = time.perf_counter() - started
            errors = [f for f in clean if f.severity == "error"]
            warned = {r.uid for f in clean if f.severity == "warning" for r in f.records}
            print(f"Real series entered: {counts}")
            print(f"\nClean data: {observations} observations; checks in {seconds:.2f} s")
            print(f"  error findings: {len(errors)}")
            for f in errors:
                print(f"    {f.rule}: {f.message}")
            print(f"  observations with a warning: {len(warned)} ({len(warned) / observations:.1%})")
            for f in clean:
                if f.severity == "warning":
                    print(f"    {f.rule}: {f.message}")

            injected = inject(store, args.per_kind, random.Random(args.seed))
            findings = run_checks(store, integrity=False)
            by_uid: dict[str, set[str]] = {}
            for f in findings:
                for r in f.records:
                    by_uid.setdefault(r.uid, set()).add(f.rule)
            print(f"\nSeeded errors: {len(injected)} of {len({k for k, _r, _u in injected})} kinds")
            print("| kind | injected | found | found by its rule |")
            print("|---|---:|---:|---:|")
            kinds: dict[str, list[tuple[str, str]]] = {}
            for kind, rule, uid in injected:
                kinds.setdefault(kind, []).append((rule, uid))
            found_all = by_rule_all = 0
            for kind, items in kinds.items():
                found = sum(1 for _rule, uid in items if uid in by_uid)
                own = sum(1 for rule, uid in items if rule in by_uid.get(uid, set()))
                found_all += found
                by_rule_all += own
                print(f"| {kind} | {len(items)} | {found} | {own} |")
                for _rule, uid in items:
                    if uid not in by_uid and args.misses:
                        row = store.query(
                            "SELECT o.*, i.name AS indicator, i.growth_basis AS basis FROM observations o "
                            "JOIN indicators i ON i.id = o.indicator_id WHERE o.uid = ?",
                            [uid],
                        )[0]
                        print(
                            f"    missed: {row['indicator']} {row['period_start']}..{row['period_end']} "
                            f"{row['value_text']} yoy {row['yoy_pct']} ({row['basis']})"
                        )
            print(
                f"| **all** | {len(injected)} | {found_all} ({found_all / len(injected):.0%}) | {by_rule_all} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
