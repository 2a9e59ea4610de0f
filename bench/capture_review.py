"""How much of an article the capture review gets right with no edit, and what an editor does for the rest.

    python bench/capture_review.py [--split dev|test2|all] [--texts] [--misses]

For every gold article (the seed page, ``bench/gold`` and the corpus split): a fresh copy of the default
database, the article reviewed as the capture view reviews it (``storage.review.Review``: extract,
validate every row through the rulebook) and "accept all" with no edit. Then each gold fact is looked up
among the saved records (the row whose figure covers it) and counted

- **exact** when value (in the gold's unit), period, region, growth and indicator are all right,
- **edits** = the number of cells to change when some are wrong (one per wrong field),
- **fixed** when its row was proposed but not saved (a field the rulebook refused, such as a missing
  period): the editor fixes those cells and checks the row,
- **missed** when no row covers it (typed in the single-fact form instead),

and every saved row that covers no gold fact is an **extra** (unchecked before accepting: two keys).

Editor actions (keystrokes + clicks) to capture an article, counted the same way for both paths, with a
Chinese character counted as three keystrokes (its pinyin; the same for both paths) and a name picked
from the completer after two characters (the form's fields and the review table's indicator and region
cells both complete from the database's and the vocabulary's names):

- review table: paste, Ctrl+E, for each row to fix Ctrl+] and per cell 2 + the characters typed, for
  each extra Ctrl+] and Space, each missed fact through the form, Ctrl+Shift+Enter; source details are
  read from the article's head (typed only when missing);
- form: paste, the source's title and date typed, then per fact: select its sentence, indicator and
  region from the completer (region and period kept from the previous fact when the same), period,
  value, growth and rank as written, Tab between fields, Ctrl+Enter.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench.extraction_eval import _same_region, corpus_gold, file_gold, name_of, same_name, seed_gold  # noqa: E402
from scnews_desktop.domain.extraction.head import source_details  # noqa: E402
from scnews_desktop.domain.rulebook import number_text  # noqa: E402
from scnews_desktop.domain.units import convert  # noqa: E402
from scnews_desktop.domain.vocabulary import lookup as vocabulary_lookup  # noqa: E402
from scnews_desktop.storage.database import Store  # noqa: E402
from scnews_desktop.storage.default_data import gazetteer_of, init_database  # noqa: E402
from scnews_desktop.storage.review import ACCEPTED, Review  # noqa: E402


@dataclass
class Outcome:
    doc: str
    gold: int = 0
    exact: int = 0
    edited: int = 0  # facts saved with some field wrong
    fixed: int = 0  # facts proposed with an error, fixed in their row
    edits: int = 0  # cells to change in those
    missed: int = 0
    extra: int = 0
    review_actions: int = 0
    form_actions: int = 0
    problems: list[str] = field(default_factory=list)


PINYIN_KEYS = 3  # keys per Chinese character through a pinyin input method (syllables average ~3 letters)


def _typed(text: str | None) -> int:
    return sum(PINYIN_KEYS if "\u4e00" <= ch <= "\u9fff" else 1 for ch in text or "")


def _picked(name: str | None) -> int:
    """A name picked from the completer: its first two characters and Enter."""
    return _typed((name or "")[:2]) + 1 if name else 0


def _period_label(g: dict) -> str:
    if not g.get("period_start"):
        return ""
    start, end = g["period_start"], g["period_end"]
    if start == end:
        return f"{start[:4]}年{int(start[5:7])}月{int(start[8:10])}日"
    if start.endswith("-01-01") and end.endswith("-12-31") and start[:4] == end[:4]:
        return f"{start[:4]}年"
    return f"{start[:4]}年1-{int(end[5:7])}月"


def _form_cost(g: dict, previous: dict | None) -> int:
    """Keys and clicks to type one gold fact into the single-fact form."""
    cost = 1  # select its sentence
    if g.get("indicator"):
        cost += _picked(g["indicator"]) + 1
    if not previous or previous.get("region") != g.get("region"):
        cost += _picked(g.get("region")) + 1
    label = _period_label(g)
    if label and (not previous or _period_label(previous) != label):
        cost += _typed(label) + 1
    cost += _typed(g["text"]) + 1
    if g.get("growth") is not None:
        cost += _typed(number_text(g["growth"])) + 1
    return cost + 1  # Ctrl+Enter


def _saved_observation(store: Store, record_id: int) -> dict:
    return store.query(
        "SELECT o.*, i.name AS indicator, i.unit AS indicator_unit, r.name AS region FROM observations o "
        "JOIN indicators i ON i.id = o.indicator_id LEFT JOIN regions r ON r.id = o.region_id WHERE o.id = ?",
        [record_id],
    )[0]


def _saved_project(store: Store, record_id: int) -> dict:
    return store.query(
        "SELECT p.*, r.name AS region FROM projects p LEFT JOIN regions r ON r.id = p.region_id WHERE p.id = ?",
        [record_id],
    )[0]


def _unsaved_row(store: Store, p) -> dict:
    """What a proposal would save, as the saved rows read (for a row left unsaved)."""
    v = p.values
    region = (
        store.query("SELECT name FROM regions WHERE id = ?", [v.get("region_id")])
        if v.get("region_id")
        else []
    )
    indicator = (p.new_indicator or {}).get("name") or (
        store.scalar("SELECT name FROM indicators WHERE id = ?", [v["indicator_id"]])
        if v.get("indicator_id")
        else None
    )
    return {
        "value": v.get("value"),
        "indicator_unit": v.get("_unit") or p.candidate.unit,
        "period_start": v.get("period_start"),
        "period_end": v.get("period_end"),
        "region": region[0]["name"] if region else None,
        "yoy_pct": v.get("yoy_pct"),
        "indicator": indicator,
    }


def _wrong_fields(g: dict, row: dict, gazetteer) -> list[str]:
    wrong = []
    if row["value"] is None or not _converts(g, row):
        wrong.append("value")
    if g.get("period_start") and (row["period_start"], row["period_end"]) != (
        g["period_start"],
        g["period_end"],
    ):
        wrong.append("period")
    if not _same_region(row["region"], g.get("region"), gazetteer):
        wrong.append("region")
    want = g.get("growth")
    if want is not None and (row["yoy_pct"] is None or abs(row["yoy_pct"] - want) > 1e-6):
        wrong.append("yoy")
    if g.get("indicator"):
        a, b = name_of(g["indicator"]), name_of(row["indicator"])
        same_entry = vocabulary_lookup(a) is not None and vocabulary_lookup(a) == vocabulary_lookup(b)
        if not (same_name(g["indicator"], row["indicator"]) or same_entry):
            wrong.append("indicator")
    return wrong


def _converts(g: dict, row: dict) -> bool:
    try:
        stored = convert(Decimal(str(row["value"])), row["indicator_unit"], g["unit"])
    except Exception:
        return False
    return abs(float(stored) - g["value"]) <= 1e-6 * max(1.0, abs(g["value"]))


def review_article(
    template: Path, work: Path, name: str, text: str, published: date, gold: list[dict]
) -> Outcome:
    shutil.copyfile(template, work)
    out = Outcome(name, gold=len(gold))
    with Store.open(work) as store:
        gazetteer = gazetteer_of(store)
        review = Review(store, text, published)
        review.propose()
        head = source_details(text)
        source = {
            "title": head.get("title") or name,
            "published_on": published.isoformat(),  # read from the head, or typed (counted below)
            "publication": head.get("publication"),
            "body": text,
        }
        review.accept(source)
        saved = [p for p in review.proposals if p.state == ACCEPTED and p.saved]
        used: set[int] = set()
        review_cost = 2 + 1  # paste, Ctrl+E … Ctrl+Shift+Enter
        if not head.get("title"):
            review_cost += _typed(name)
        if not head.get("published_on"):
            review_cost += 10
        previous = None
        for g in gold:
            g_start, g_end = g["start"], g["start"] + len(g["text"])
            if g.get("unit") == "%" and _growth_of_saved(store, saved, g):
                # the seed's 增长19% stored as an indicator of its own (货物贸易进出口总值增速): the app keeps it
                # as the growth of the figure it follows (docs/extraction.md), and that row holds it
                out.exact += 1
                out.form_actions += _form_cost(g, previous)
                previous = g
                continue
            hit = None
            for i, p in enumerate(saved):
                if p.kind == "observation" and p.span[0] < g_end and g_start < p.span[1]:
                    hit = i
                    break
            if hit is None:  # a project's figure, in the project's row
                for i, p in enumerate(saved):
                    if p.kind == "project":  # (its figures may follow the sentence that names it)
                        row = _saved_project(store, p.saved[1])
                        written = [row["investment_text"], row["area_text"], row["expected_output_text"]]
                        if row["duration_months"]:
                            written.append(f"{row['duration_months']:g}个月")
                        if any(w and (g["text"] in w or w in g["text"]) for w in written):
                            hit = i
                            break
            left = None
            if hit is None:  # proposed but not saved (a field the rulebook refused): fixed in its row
                left = next(
                    (
                        p
                        for p in review.proposals
                        if p.kind == "observation"
                        and not p.saved
                        and p.span[0] < g_end
                        and g_start < p.span[1]
                    ),
                    None,
                )
            if left is not None:
                wrong = sorted(set(_wrong_fields(g, _unsaved_row(store, left), gazetteer)) | set(left.errors))
                out.fixed += 1
                out.edits += len(wrong)
                review_cost += 2 + sum(2 + _cell_text(g, f) for f in wrong)  # Ctrl+], cells, Space
                out.problems.append(f"FIX {g['text']} @{g_start}: {', '.join(wrong)}")
            elif hit is None:
                out.missed += 1
                review_cost += _form_cost(g, None)
                out.problems.append(f"MISSED {g['text']} @{g_start}")
            else:
                used.add(hit)
                p = saved[hit]
                if p.kind == "project":
                    row = _saved_project(store, p.saved[1])
                    wrong = [] if _same_region(row["region"], g.get("region"), gazetteer) else ["region"]
                else:
                    row = _saved_observation(store, p.saved[1])
                    wrong = _wrong_fields(g, row, gazetteer)
                if wrong:
                    out.edited += 1
                    out.edits += len(wrong)
                    review_cost += 1 + sum(2 + _cell_text(g, f) for f in wrong)
                    got = {
                        "value": row.get("value"),
                        "period": row.get("period_start"),
                        "region": row["region"],
                    }
                    got.update(yoy=row.get("yoy_pct"), indicator=row.get("indicator"))
                    want = {"value": g["value"], "period": g.get("period_start"), "region": g.get("region")}
                    want.update(yoy=g.get("growth"), indicator=g.get("indicator"))
                    out.problems.append(
                        f"EDIT {g['text']} @{g_start}: "
                        + "; ".join(f"{f} {got[f]} ≠ {want[f]}" for f in wrong)
                    )
                else:
                    out.exact += 1
            out.form_actions += _form_cost(g, previous)
            previous = g
        for i, p in enumerate(saved):
            if (
                i not in used and p.kind == "observation" and p.candidate.value is not None
            ):  # (growth-only rows and projects: the gold holds figures)
                out.extra += 1
                review_cost += 2
                out.problems.append(f"EXTRA {p.candidate.text} @{p.span[0]}")
        out.review_actions = review_cost
        out.form_actions += 1 + _typed(name) + 10 + 2  # paste; title and date typed; saved
    return out


def _growth_of_saved(store: Store, saved: list, g: dict) -> bool:
    """A gold growth rate (19%) that a saved row just before it holds as its year-on-year growth."""
    for p in saved:
        if p.kind == "observation" and p.span[1] <= g["start"] <= p.span[1] + 30:
            row = _saved_observation(store, p.saved[1])
            if row["yoy_pct"] is not None and abs(row["yoy_pct"] - g["value"]) < 1e-6:
                return True
    return False


def _cell_text(g: dict, name: str) -> int:
    if name == "value":
        return _typed(g["text"])
    if name == "period":
        return _typed(_period_label(g))
    if name == "region":
        return _picked(g.get("region"))
    if name == "yoy":
        return _typed(number_text(g["growth"]))
    return _picked(g.get("indicator"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=("dev", "test2", "test3", "all"), default="all")
    parser.add_argument("--texts", action="store_true", help="a line per article")
    parser.add_argument("--misses", action="store_true", help="list missed, edited and extra facts")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.db"
        init_database(template)
        with Store.open(template, readonly=True) as store:
            seed = seed_gold(store)
        docs = corpus_gold(args.split)
        if args.split in ("dev", "all"):
            docs = seed + file_gold() + docs
        outcomes = [
            review_article(template, Path(tmp) / "work.db", name, text, published, gold)
            for name, text, published, gold in docs
        ]
    print(f"Split: {args.split}, {len(outcomes)} articles")
    print(
        "| article | gold | exact | saved, to edit | to fix | cells edited | missed | extra "
        "| actions review | actions form | ratio |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for o in outcomes:
        if args.texts or o.doc.startswith("seed:"):
            print(_line(o.doc, [o]))
        if args.misses:
            for problem in o.problems:
                print(f"    {problem}")
    seed = [o for o in outcomes if o.doc.startswith("seed:")]
    if seed:
        print(_line(f"**seed page** ({len(seed)} articles)", seed))
    print(_line("**all**", outcomes))
    return 0


def _line(label: str, outcomes: list[Outcome]) -> str:
    total = {
        k: sum(getattr(o, k) for o in outcomes)
        for k in Outcome.__dataclass_fields__
        if k not in ("doc", "problems")
    }
    share = total["exact"] / total["gold"] if total["gold"] else 0
    return (
        f"| {label} | {total['gold']} | {total['exact']} ({share:.1%}) | {total['edited']} | {total['fixed']} | "
        f"{total['edits']} | "
        f"{total['missed']} | {total['extra']} | {total['review_actions']} | {total['form_actions']} | "
        f"{total['form_actions'] / max(total['review_actions'], 1):.1f}× |"
    )


if __name__ == "__main__":
    sys.exit(main())
