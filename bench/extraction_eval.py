"""Score the extractor against the gold of conventions 1: precision and recall on value + unit +
qualifier, and the accuracy of period, region, growth and indicator phrase on the matched facts.

    python bench/extraction_eval.py [--split dev|test2|test3|test_first_score|all] [--db FILE] [--misses]

Gold: bench/corpus/*.txt with bench/corpus/*.json (address, publication date, genre, facts), split by
bench/corpus/split.json: ``dev`` (42 texts, of which ``test_first_score`` were held out until their one
score), ``test2`` (21) and ``test3`` (16), each scored once before it was developed on; ``all`` is the
three with the seed page's facts (from the default data set) and bench/gold/*.txt, the texts the first
extractor was written on (89 texts). The later splits (test4, test5: conventions 2, every figure an editor
captures) are scored by bench/reading_eval.py. Annotation conventions: docs/extraction.md.
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

from scnews_desktop.domain.extraction import extract, fold, readable  # noqa: E402
from scnews_desktop.domain.units import get_unit  # noqa: E402
from scnews_desktop.domain.vocabulary import name_key  # noqa: E402
from scnews_desktop.storage.database import Store  # noqa: E402
from scnews_desktop.storage.default_data import gazetteer_of, init_database  # noqa: E402

PUBLISHED = {  # of bench/gold's texts
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
            "r.name AS region, i.name AS indicator, i.unit AS indicator_unit FROM observations o "
            "JOIN regions r ON r.id = o.region_id JOIN indicators i ON i.id = o.indicator_id "
            "WHERE o.source_id = ? AND o.value_text IS NOT NULL",
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
                "unit": q.unit or o["indicator_unit"],  # 五大 (项目): a count, stored in 个
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
                            "of": "project",  # (conventions 2: a project's own figure, on its project)
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
        docs.append((f"gold:{txt.stem}", text, PUBLISHED[txt.stem], items))
    return docs


CORPUS = ROOT / "bench" / "corpus"


def corpus_gold(split: str) -> list[tuple[str, str, date, list[dict]]]:
    """The corpus texts of a split ("dev", "test2", "test3", "test_first_score" or "all"), named genre/text."""
    splits = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))
    names = splits["dev"] + splits["test2"] + splits["test3"] if split == "all" else splits[split]
    docs = []
    for name in sorted(names):
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        meta = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        for fact in meta["facts"]:
            assert text[fact["start"] : fact["start"] + len(fact["text"])] == fact["text"], (name, fact)
            fact.setdefault("growth", None)  # the corpus marks every stated growth; older gold does not
        docs.append((name, text, date.fromisoformat(meta["published"]), meta["facts"]))
    return docs


def name_of(phrase: str | None) -> str:
    """A name as the app keys it (``vocabulary.name_key``: simplified script, no quotes, brackets or
    spaces), read without pinyin readings: 市(州)自行签约项目 is 市州自行签约项目, 對“一帶一路”… is 对一带一路…"""
    return name_key(readable(fold(phrase or ""))[0])


def same_name(want: str, got: str | None) -> bool:
    """Lenient: the indicator phrase is right when one name holds the other (签约项目 in 签约项目数; also 出口
    in 货物贸易出口总值 — which is why the exact agreement is reported beside it)."""
    a, b = name_of(want), name_of(got)
    return bool(b) and (a in b or b in a)


def same_unit(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    try:
        return a is not None and b is not None and get_unit(a).symbol == get_unit(b).symbol
    except Exception:
        return False


def _growth(c) -> float | None:
    return c.yoy_pct if c.yoy_pct is not None else c.growth_pct


def score(docs: list[tuple[str, str, date, list[dict]]], gazetteer, misses: bool = False) -> list[dict]:
    rows = []
    for name, text, published, all_gold in docs:
        gold = [g for g in all_gold if g.get("of") != "project"]  # a project's own figures are on the project
        started = time.perf_counter()
        found = [  # (growths, ranks, rates and shares are proposed too; conventions 1 hold figures with units)
            c
            for c in extract(text, published, gazetteer)
            if c.kind == "observation" and c.value is not None and c.unit != "%"
        ]
        elapsed = time.perf_counter() - started
        row = dict.fromkeys(
            ("matched", "with_period", "period_ok", "region_ok", "indicator_ok", "name_exact"), 0
        )
        row.update(growth_cases=0, growth_ok=0)
        used: set[int] = set()
        for g in gold:
            g_end = g["start"] + len(g["text"])
            hit = None
            for i, c in enumerate(found):
                if i in used or not (c.start < g_end and g["start"] < c.end):
                    continue
                if (
                    same_unit(c.unit, g["unit"])
                    and c.qualifier == g["qualifier"]
                    and abs((c.value or 0) - g["value"]) <= 1e-9 * max(1, abs(g["value"]))
                ):
                    hit = i
                    break
            if hit is None:
                if misses:
                    print(f"  MISS {name} {g['text']} @{g['start']}")
                continue
            c = found[hit]
            used.add(hit)
            row["matched"] += 1
            problems = []
            if g.get("period_start") or c.period_start:
                row["with_period"] += 1
                if (c.period_start, c.period_end) == (g["period_start"], g["period_end"]):
                    row["period_ok"] += 1
                else:
                    problems.append(
                        f"period {c.period_start}..{c.period_end} ≠ {g['period_start']}..{g['period_end']}"
                    )
            if _same_region(c.region, g["region"], gazetteer):
                row["region_ok"] += 1
            else:
                problems.append(f"region {c.region} ≠ {g['region']}")
            want_growth, got_growth = g.get("growth"), _growth(c)
            if "growth" in g and (want_growth is not None or got_growth is not None):
                row["growth_cases"] += 1
                if (
                    want_growth is not None
                    and got_growth is not None
                    and abs(want_growth - got_growth) < 1e-6
                ):
                    row["growth_ok"] += 1
                else:
                    problems.append(f"growth {got_growth} ≠ {want_growth}")
            if g.get("indicator"):
                row["indicator_ok"] += same_name(g["indicator"], c.indicator)
                row["name_exact"] += name_of(g["indicator"]) == name_of(c.indicator)
            if misses and problems:
                print(f"  WRONG {name} {g['text']}: " + "; ".join(problems))
        if misses:
            for i, c in enumerate(found):
                if i not in used:
                    print(f"  EXTRA {name} {c.text} @{c.start} ({c.indicator})")
        row.update(doc=name, gold=len(gold), found=len(found), chars=len(text), seconds=elapsed)
        rows.append(row)
    return rows


def _same_region(found: str | None, gold: str | None, gazetteer) -> bool:
    if found is None or gold is None:
        return found == gold
    a, b = gazetteer.lookup(found), gazetteer.lookup(gold)
    return bool(a and b and a[0].id == b[0].id) or found == gold


_COUNTS = (
    "gold",
    "found",
    "matched",
    "with_period",
    "period_ok",
    "region_ok",
    "growth_cases",
    "growth_ok",
    "indicator_ok",
    "name_exact",
    "chars",
    "seconds",
)


def _line(label: str, r: dict) -> str:
    def ratio(a: int, b: int) -> str:
        return f"{a / b:.1%}" if b else "–"

    return (
        f"| {label} | {r['gold']} | {r['found']} | {r['matched']} | {ratio(r['matched'], r['gold'])} | "
        f"{ratio(r['matched'], r['found'])} | {ratio(r['period_ok'], r['with_period'])} | "
        f"{ratio(r['region_ok'], r['matched'])} | {ratio(r['growth_ok'], r['growth_cases'])} | "
        f"{ratio(r['name_exact'], r['matched'])} | {ratio(r['indicator_ok'], r['matched'])} |"
    )


def report(rows: list[dict], by_genre: bool = True) -> str:
    """A line per genre (the part of a text's name before the dash) and a total."""
    lines = [
        "| texts | gold | found | matched | recall | precision | period ok | region ok | growth ok | name exact | name lenient |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    groups: dict[str, list[dict]] = {}
    for r in rows:
        key = r["doc"].split("-")[0] if by_genre and ":" not in r["doc"] else r["doc"]
        groups.setdefault(key, []).append(r)
    for key, members in [*groups.items(), ("**all**", rows)]:
        total = {k: sum(m[k] for m in members) for k in _COUNTS}
        lines.append(_line(f"{key} ({len(members)})" if len(members) > 1 else key, total))
    chars, seconds = sum(r["chars"] for r in rows), sum(r["seconds"] for r in rows)
    lines.append(
        f"\nThroughput: {chars / max(seconds, 1e-9):,.0f} characters per second over {chars:,} characters"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--split", choices=("dev", "test2", "test3", "test_first_score", "all"), default="dev"
    )
    parser.add_argument("--db", type=Path)
    parser.add_argument("--misses", action="store_true", help="list missed, wrong and extra candidates")
    parser.add_argument("--texts", action="store_true", help="a line per text instead of per genre")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "eval.db"
        if not path.exists():
            init_database(path)
        with Store.open(path, readonly=True) as store:
            gazetteer = gazetteer_of(store)
            docs = corpus_gold(args.split)
            if args.split in ("dev", "all"):
                docs = seed_gold(store) + file_gold() + docs
            print(f"Split: {args.split}")
            print(report(score(docs, gazetteer, args.misses), by_genre=not args.texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
