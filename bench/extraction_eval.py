"""Score the extractor against gold files: precision and recall on value + unit + qualifier, and the
accuracy of period, region and indicator phrase on the matched facts.

    python bench/extraction_eval.py [--db bench/out/eval.db]

Gold: the seed page's facts from the default data set (built here), and bench/gold/*.json for the
texts bench/gold/*.txt (written for this purpose: trade statistics, a statistical bulletin, project
signings in traditional characters). The extractor has no rule for any of these texts.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from scnews_desktop.domain.extraction import extract, fold  # noqa: E402
from scnews_desktop.domain.units import get_unit  # noqa: E402
from scnews_desktop.storage.database import Store  # noqa: E402
from scnews_desktop.storage.default_data import gazetteer_of, init_database  # noqa: E402

PUBLISHED = {
    "trade-2021": date(2021, 10, 19),
    "bulletin-2022": date(2023, 3, 20),
    "signings-trad": date(2023, 3, 29),
    "groundbreaking-2024": date(2024, 4, 12),
}


def seed_gold(store: Store) -> list[tuple[str, str, date, list[dict]]]:
    docs = []
    for source in store.query("SELECT id, title, body, published_on FROM sources ORDER BY id"):
        gold: dict[int, dict] = {}
        for o in store.query(
            "SELECT o.value_text, o.quote, o.quote_start, o.value, o.qualifier, o.period_start, o.period_end, "
            "r.name AS region, i.name AS indicator FROM observations o JOIN regions r ON r.id = o.region_id "
            "JOIN indicators i ON i.id = o.indicator_id WHERE o.source_id = ? AND o.value_text IS NOT NULL",
            [source["id"]],
        ):
            if o["value_text"] not in (o["quote"] or ""):
                continue
            start = o["quote_start"] + o["quote"].index(o["value_text"])
            from scnews_desktop.domain.quantities import parse_quantity

            q = parse_quantity(o["value_text"])
            gold[start] = {
                "start": start,
                "text": o["value_text"],
                "unit": q.unit,
                "qualifier": q.qualifier,
                "value": float(q.value),
                "period_start": o["period_start"],
                "period_end": o["period_end"],
                "region": o["region"],
                "indicator": o["indicator"],
            }
        for p in store.query(
            "SELECT p.*, r.name AS region FROM projects p LEFT JOIN regions r ON r.id = p.region_id "
            "WHERE p.source_id = ?",
            [source["id"]],
        ):
            texts = [p["investment_text"], p["area_text"], p["expected_output_text"]]
            if p["duration_months"]:
                texts.append(f"{p['duration_months']:g}个月")
            for t in texts:
                if t and p["quote"] and t in p["quote"]:
                    from scnews_desktop.domain.quantities import parse_quantity

                    start = p["quote_start"] + p["quote"].index(t)
                    q = parse_quantity(t)
                    gold.setdefault(
                        start,
                        {
                            "start": start,
                            "text": t,
                            "unit": q.unit,
                            "qualifier": q.qualifier,
                            "value": float(q.value),
                            "period_start": None,
                            "period_end": None,
                            "region": p["region"],
                            "indicator": None,
                        },
                    )
        docs.append(
            (
                f"seed:{source['title'][:10]}",
                source["body"],
                date.fromisoformat(source["published_on"]),
                sorted(gold.values(), key=lambda g: g["start"]),
            )
        )
    return docs


def file_gold() -> list[tuple[str, str, date, list[dict]]]:
    docs = []
    for txt in sorted((ROOT / "bench" / "gold").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        items = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        position = 0
        for item in items:
            item["start"] = text.index(item["text"], position)
            position = item["start"] + len(item["text"])
        docs.append((txt.stem, text, PUBLISHED[txt.stem], items))
    return docs


def same_unit(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    try:
        return a is not None and b is not None and get_unit(a).symbol == get_unit(b).symbol
    except Exception:
        return False


def score(docs: list[tuple[str, str, date, list[dict]]], gazetteer) -> list[dict]:
    rows = []
    for name, text, published, gold in docs:
        started = time.perf_counter()
        found = [c for c in extract(text, published, gazetteer) if c.kind == "observation"]
        elapsed = time.perf_counter() - started
        matched, period_ok, region_ok, indicator_ok = 0, 0, 0, 0
        with_period = 0
        used: set[int] = set()
        for g in gold:
            g_end = g["start"] + len(g["text"])
            for i, c in enumerate(found):
                if i in used or not (c.start < g_end and g["start"] < c.end):
                    continue
                if (
                    same_unit(c.unit, g["unit"])
                    and c.qualifier == g["qualifier"]
                    and abs((c.value or 0) - g["value"]) <= 1e-9 * max(1, abs(g["value"]))
                ):
                    used.add(i)
                    matched += 1
                    if g.get("period_start"):
                        with_period += 1
                        period_ok += (c.period_start, c.period_end) == (g["period_start"], g["period_end"])
                    region_ok += _same_region(c.region, g["region"], gazetteer)
                    if g.get("indicator"):  # compared folded: the extractor names indicators in
                        want, got = fold(g["indicator"]), fold(c.indicator or "")  # simplified characters
                        indicator_ok += bool(got) and (want in got or got in want)
                    break
        rows.append(
            {
                "doc": name,
                "gold": len(gold),
                "found": len(found),
                "matched": matched,
                "with_period": with_period,
                "period_ok": period_ok,
                "region_ok": region_ok,
                "indicator_ok": indicator_ok,
                "chars": len(text),
                "seconds": elapsed,
            }
        )
    return rows


def _same_region(found: str | None, gold: str | None, gazetteer) -> bool:
    if found is None or gold is None:
        return found == gold
    a, b = gazetteer.lookup(found), gazetteer.lookup(gold)
    return bool(a and b and a[0].id == b[0].id) or found == gold


def report(rows: list[dict]) -> str:
    lines = [
        "| text | gold | found | matched | recall | precision | period ok | region ok | indicator ok |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total = {
        k: sum(r[k] for r in rows)
        for k in (
            "gold",
            "found",
            "matched",
            "with_period",
            "period_ok",
            "region_ok",
            "indicator_ok",
            "chars",
            "seconds",
        )
    }
    for r in [*rows, {"doc": "**all**", **total}]:
        recall = r["matched"] / r["gold"] if r["gold"] else 1
        precision = r["matched"] / r["found"] if r["found"] else 1
        period = r["period_ok"] / r["with_period"] if r["with_period"] else 1
        region = r["region_ok"] / r["matched"] if r["matched"] else 1
        indicator = r["indicator_ok"] / r["matched"] if r["matched"] else 1
        lines.append(
            f"| {r['doc']} | {r['gold']} | {r['found']} | {r['matched']} | {recall:.1%} | {precision:.1%} | "
            f"{period:.1%} | {region:.1%} | {indicator:.1%} |"
        )
    lines.append(f"\nThroughput: {total['chars'] / max(total['seconds'], 1e-9):,.0f} characters per second")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "eval.db"
        if not path.exists():
            init_database(path)
        with Store.open(path, readonly=True) as store:
            gazetteer = gazetteer_of(store)
            docs = seed_gold(store) + file_gold()
            print(report(score(docs, gazetteer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
