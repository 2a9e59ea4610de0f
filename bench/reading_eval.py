"""Score how the capture reads whole published pages, against gold of conventions 2 (docs/extraction.md):
the head (title, date, publication), every figure an editor captures (levels, rates, growths said alone,
ranks said alone) with its period, place, growth and name, and the projects lists name.

    python bench/reading_eval.py [--split test4|test5|...] [--given-date] [--misses] [--texts] [--json FILE]
                                 [--accept-all]

The date the extractor reads the article with is the one the head gives, else the day the paper came out
(what an editor types when the head says nothing): a wrong date read from the head costs the figures it
dates, as it does in the app. ``--given-date`` gives the paper's day instead, to see the figures alone.

``--accept-all`` also does what an editor does who checks nothing: each text into a fresh copy of the
default database through the capture review (``storage.review.Review``: extract, the rulebook on every row,
accept all checked rows), then counts the gold figures a saved row holds with the right value (in the
gold's unit; the growth or the rank for one said alone), year and place.

Names are reported two ways: **exact** (the name as the app keys it, ``vocabulary.name_key``, equals the gold
name) and **lenient** (one holds the other: 利润总额 for 规模以上工业企业利润总额).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.extraction_eval import _same_region, name_of, same_name, same_unit  # noqa: E402
from scnews_desktop.domain.extraction import extract, fold, readable  # noqa: E402
from scnews_desktop.domain.extraction.head import source_details  # noqa: E402
from scnews_desktop.domain.extraction.naming_grammar import composed_of_catalogue  # noqa: E402
from scnews_desktop.domain.units import convert  # noqa: E402
from scnews_desktop.domain.vocabulary import lookup as vocabulary_lookup  # noqa: E402
from scnews_desktop.qtmodels.formatting import format_period  # noqa: E402
from scnews_desktop.storage.database import Store  # noqa: E402
from scnews_desktop.storage.default_data import gazetteer_of, init_database  # noqa: E402
from scnews_desktop.storage.review import ACCEPTED, Review  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"
KINDS = ("L", "R", "G", "K")


def texts_of(split: str) -> list[tuple[str, str, dict]]:
    splits = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))
    docs = []
    for name in sorted(splits[split]):
        meta = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        if meta.get("conventions") != 2:
            continue
        docs.append((name, (CORPUS / f"{name}.txt").read_text(encoding="utf-8"), meta))
    return docs


def kind_of(c) -> str | None:
    """What a proposal is, in the gold's terms."""
    if c.kind != "observation":
        return None
    if c.value is not None:
        return "R" if c.unit == "%" else "L"
    if c.yoy_pct is not None or c.growth_pct is not None:
        return "G"
    return "K" if c.rank is not None else None


def _growth(c) -> float | None:
    return c.yoy_pct if c.yoy_pct is not None else c.growth_pct


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _same_figure(g: dict, c) -> bool:
    kind = g["kind"]
    if kind == "L":
        if c.qualifier != g["qualifier"] or c.value is None:
            return False
        if same_unit(c.unit, g["unit"]):
            return _close(c.value, g["value"])
        try:  # 10萬余畝 read as 100000 亩 (DESIGN: 1.4万余人 is 14000 人) is the gold's 10 万亩
            return _close(float(convert(Decimal(str(c.value)), c.unit, g["unit"])), g["value"])
        except Exception:
            return False
    if kind == "R":
        return _close(c.value, g["value"])
    if kind == "G":
        return _close(_growth(c), g["growth"])
    return c.rank == g.get("rank")


def _clean(text: str | None) -> str:
    return "".join(readable(fold(text or ""))[0].split())


@dataclass
class Tally:
    texts: int = 0
    gold: int = 0
    found: int = 0
    matched: int = 0
    with_period: int = 0
    period_ok: int = 0
    region_ok: int = 0
    growth_cases: int = 0
    growth_ok: int = 0
    named: int = 0
    name_exact: int = 0
    name_lenient: int = 0
    name_filed: int = 0  # the gold's name or the catalogue indicator it is (same_indicator)
    all_right: int = 0  # value, period and place (what accept-all must save right)
    by_kind: dict = field(default_factory=lambda: {k: [0, 0] for k in KINDS})  # gold, matched
    titles: int = 0
    title_exact: int = 0
    title_lenient: int = 0
    dates: int = 0  # texts whose head states a date
    date_ok: int = 0
    date_invented: int = 0  # a date read where the text states none, or a wrong one
    projects: int = 0
    projects_found: int = 0
    project_investment_ok: int = 0
    project_region_ok: int = 0
    chars: int = 0
    seconds: float = 0.0
    saved: int = 0  # accept-all: observation rows saved
    saved_right: int = 0  # gold figures a saved row holds with the right value, year and place
    saved_extra: int = 0  # saved rows that hold no gold figure
    saved_exact: int = 0  # … saved exactly: value, period, place, growth and the gold's own name
    saved_rows_exact: int = 0  # saved rows holding a gold figure exactly (a fact said twice: one row)
    saved_lenient: int = 0  # … right value, year and place under a name holding the gold's or held in it
    created: int = 0  # indicators accept-all created
    created_not_gold: int = 0  # … whose name is no gold name of the text (fragments among them)
    review_actions: int = 0  # keys and clicks: the review, then fixing what is not saved exactly
    form_actions: int = 0  # … typing every gold fact into the form instead
    left: dict = field(default_factory=dict)  # why a gold figure was not saved exactly: how many

    def add(self, other: Tally) -> None:
        for key, value in vars(other).items():
            if key == "by_kind":
                for k in KINDS:
                    self.by_kind[k][0] += value[k][0]
                    self.by_kind[k][1] += value[k][1]
            elif key == "left":
                for why, n in value.items():
                    self.left[why] = self.left.get(why, 0) + n
            else:
                setattr(self, key, getattr(self, key) + value)


def score_text(name: str, text: str, meta: dict, gazetteer, given_date: bool, misses: bool) -> Tally:
    t = Tally(texts=1, chars=len(text))
    head = meta["head"]
    details = source_details(text)
    t.titles += 1
    got_title, want_title = _clean(details.get("title")), _clean(head["title"])
    if want_title:
        t.title_exact += got_title == want_title
        t.title_lenient += bool(got_title) and (got_title in want_title or want_title in got_title)
    else:  # the page shows no title: a good reading proposes none the editor must delete, or the first line
        t.title_exact += not got_title
        t.title_lenient += True
    got_date = details.get("published_on")
    if head["date"]:
        t.dates += 1
        t.date_ok += got_date == head["date"]
    if got_date and got_date != head["date"]:
        t.date_invented += 1
    if misses and (got_title != want_title or got_date != head["date"]):
        print(
            f"  HEAD {name}: title {details.get('title')!r} / {head['title']!r}; date {got_date} / {head['date']}"
        )
    published = date.fromisoformat(meta["published"])
    if not given_date and got_date:
        published = date.fromisoformat(got_date)
    started = time.perf_counter()
    candidates = extract(text, published, gazetteer)
    t.seconds = time.perf_counter() - started
    found = [c for c in candidates if kind_of(c) is not None]
    t.found = len(found)
    used: set[int] = set()
    for g in meta["facts"]:
        t.gold += 1
        t.by_kind[g["kind"]][0] += 1
        g_end = g["start"] + len(g["text"])
        hit = next(
            (
                i
                for i, c in enumerate(found)
                if i not in used
                and c.start < g_end
                and g["start"] < c.end
                and kind_of(c) == g["kind"]
                and _same_figure(g, c)
            ),
            None,
        )
        if hit is None:
            if misses:
                print(f"  MISS {name} {g['kind']} {g['text']} @{g['start']} ({g['indicator']})")
            continue
        used.add(hit)
        c = found[hit]
        t.matched += 1
        t.by_kind[g["kind"]][1] += 1
        problems = []
        period_right = (c.period_start, c.period_end) == (g["period_start"], g["period_end"])
        if g["period_start"] or c.period_start:
            t.with_period += 1
            t.period_ok += period_right
            if not period_right:
                problems.append(
                    f"period {c.period_start}..{c.period_end} ≠ {g['period_start']}..{g['period_end']}"
                )
        region_right = _same_region(c.region, g["region"], gazetteer)
        t.region_ok += region_right
        if not region_right:
            problems.append(f"place {c.region} ≠ {g['region']}")
        if g["kind"] in ("L", "R") and (g["growth"] is not None or _growth(c) is not None):
            t.growth_cases += 1
            if _close(_growth(c), g["growth"]):
                t.growth_ok += 1
            else:
                problems.append(f"growth {_growth(c)} ≠ {g['growth']}")
        if g["indicator"]:
            t.named += 1
            exact = name_of(g["indicator"]) == name_of(c.indicator)
            t.name_exact += exact
            t.name_lenient += same_name(g["indicator"], c.indicator)
            t.name_filed += same_indicator(g["indicator"], c.indicator)
            if not exact:
                problems.append(f"name {c.indicator} ≠ {g['indicator']}")
        t.all_right += period_right and region_right
        if misses and problems:
            print(f"  WRONG {name} {g['text']}: " + "; ".join(problems))
    if misses:
        for i, c in enumerate(found):
            if i not in used:
                print(f"  EXTRA {name} {kind_of(c)} {c.text} @{c.start} ({c.indicator})")
    projects = [c for c in candidates if c.kind == "project"]
    for p in meta.get("projects", []):
        t.projects += 1
        p_end = p["start"] + len(p["name"])
        match = next(
            (
                c
                for c in projects
                if (c.start < p_end and p["start"] < c.end) or _clean(c.name) == _clean(p["name"])
            ),
            None,
        )
        if match is None:
            if misses:
                print(f"  MISS {name} project {p['name']}")
            continue
        t.projects_found += 1
        want = p["investment_text"]
        t.project_investment_ok += (
            _clean(match.investment_text) == _clean(want) if want else match.investment is None
        )
        t.project_region_ok += _same_region(match.region, p["region"], gazetteer) if p["region"] else True
    return t


def accept_all(t: Tally, template: Path, work: Path, text: str, meta: dict, gazetteer, misses: bool) -> None:
    """Accept every checked row the review proposes (the sure rows), as an editor who edits nothing, and
    count what is saved right; then cost what an editor does for the rest (``bench/capture_review.py``'s
    units: keys and clicks, a Chinese character three keys, a name picked after two characters)."""
    shutil.copyfile(template, work)
    details = source_details(text)
    published = date.fromisoformat(details.get("published_on") or meta["published"])
    with Store.open(work) as store:
        before = {r["id"] for r in store.query("SELECT id FROM indicators")}
        review = Review(store, text, published)
        review.propose()
        review.accept(
            {
                "title": details.get("title") or meta["head"]["title"] or "无题",
                "body": text,
                "published_on": published.isoformat(),
                "publication": details.get("publication"),
            }
        )
        regions = {r["id"]: r["name"] for r in store.query("SELECT id, name FROM regions")}
        names = {r["id"]: r["name"] for r in store.query("SELECT id, name FROM indicators")}
        created = {i: n for i, n in names.items() if i not in before}
        saved = {
            r["id"]: r
            for r in store.query(
                "SELECT o.id, o.indicator_id, o.value, i.unit, o.period_start, o.period_end, o.yoy_pct, "
                "o.growth_pct, o.rank, r.name AS region, i.name AS indicator FROM observations o "
                "JOIN indicators i ON i.id = o.indicator_id JOIN regions r ON r.id = o.region_id "
                "WHERE o.source_id = ?",
                [review.source_id],
            )
        }
    rows = []  # (proposal, what it saves or would save)
    for p in review.proposals:
        if p.kind != "observation":
            continue
        holder = (
            review.proposals[p.held_by] if p.held_by is not None else p
        )  # (a fact said twice: saved once)
        if holder.state == ACCEPTED and holder.saved and holder.saved[0] == "observations":
            rows.append((p, saved[holder.saved[1]]))
            continue
        v = p.values
        rows.append(
            (
                p,
                {
                    "id": None,
                    "value": v.get("value"),
                    "unit": v.get("_unit") or p.candidate.unit,
                    "period_start": v.get("period_start"),
                    "period_end": v.get("period_end"),
                    "yoy_pct": v.get("yoy_pct"),
                    "growth_pct": v.get("growth_pct"),
                    "rank": v.get("rank"),
                    "region": regions.get(v.get("region_id")),
                    "indicator": p.fields["indicator"] or None,
                },
            )
        )
    t.saved += len(saved)
    t.review_actions += (
        3
        + (0 if details.get("title") else _typed(meta["head"]["title"] or "无题"))
        + (0 if details.get("published_on") else 10)
    )
    t.form_actions += 3 + _typed(meta["head"]["title"] or "无题") + 10
    holding: set[int] = set()
    exact_rows: set[int] = set()
    to_check_seen: set[int] = set()
    previous = None
    for g in meta["facts"]:
        t.form_actions += _form_cost(g, previous)
        previous = g
        g_end = g["start"] + len(g["text"])
        over = [(p, row) for p, row in rows if p.span[0] < g_end and g["start"] < p.span[1]]
        saved_over = [(p, row) for p, row in over if row["id"] is not None]
        holding.update(row["id"] for _p, row in saved_over)
        right = [row for _p, row in saved_over if _saved_right(g, row, gazetteer)]
        t.saved_right += bool(right)
        exact = [row for row in right if not _wrong_fields(g, row, gazetteer)]
        t.saved_exact += bool(exact)
        exact_rows.update(row["id"] for row in exact)
        t.saved_lenient += any(same_name(g["indicator"], row["indicator"]) for row in right)
        if exact:
            continue
        if over:  # its row is there: fix its cells (and check it, when it was not saved)
            p, row = (saved_over or over)[0]
            wrong = _wrong_fields(g, row, gazetteer)
            _count(t.left, _why_left(p, row, wrong))
            t.review_actions += 2 + sum(2 + _cell_cost(g, f) for f in wrong)
            if p.to_check and row["id"] is None:
                to_check_seen.add(id(p))
        else:  # missed: through the form
            t.review_actions += _form_cost(g, None)
            _count(t.left, "no row")
        if misses:
            got = [(row["value"], row["period_end"], row["region"], row["indicator"]) for _p, row in over]
            print(
                f"  NOT SAVED EXACTLY {g['kind']} {g['text']} @{g['start']} {g['indicator']}: {got or 'no row'}"
            )
    for p, row in rows:  # to-check rows that are right: Tab, look, Space
        if p.to_check and row["id"] is None and id(p) not in to_check_seen and p.valid:
            t.review_actions += 2
    t.saved_rows_exact += len(exact_rows)
    if misses:
        for row_id in sorted(set(saved) - exact_rows):
            row = saved[row_id]
            print(
                f"  SAVED, NOT EXACT: {row['value']} {row['unit']} | {row['indicator']} | {row['region']} | "
                f"{row['period_start']}..{row['period_end']}"
                + ("" if row_id in holding else " (holds no gold figure)")
            )
    extra = set(saved) - holding
    t.saved_extra += len(extra)
    t.review_actions += 2 * len(extra)  # (found and deleted)
    t.created += len(created)
    for name in created.values():
        if not any(same_indicator(g["indicator"], name) for g in meta["facts"]):
            t.created_not_gold += 1
            if misses:
                print(f"  CREATED, NOT A GOLD NAME: {name}")


def _count(tally: dict, why: str) -> None:
    tally[why] = tally.get(why, 0) + 1


def _why_left(p, row: dict, wrong: list[str]) -> str:
    """Why a gold figure its row covers was not saved exactly: the row is wrong (which cells), invalid
    (the rulebook refused it), or right but to check (why)."""
    if wrong:
        state = "saved" if row["id"] is not None else ("invalid" if not p.valid else "to check")
        return f"{state}, wrong {'+'.join(wrong)}"
    if not p.valid:
        return "invalid"
    return "right, to check: " + "; ".join(p.to_check or ["?"])


def _wrong_fields(g: dict, row: dict, gazetteer) -> list[str]:
    """The cells an editor changes to make a row the gold fact: value, period (start and end), place,
    growth, indicator (its exact name)."""
    wrong = []
    if not _saved_right(g, {**row, "period_end": g["period_end"] or row["period_end"]}, gazetteer):
        wrong.append("value" if _same_region(row["region"], g["region"], gazetteer) else "region")
    if g["period_start"] and (row["period_start"], row["period_end"]) != (g["period_start"], g["period_end"]):
        wrong.append("period")
    said = row["yoy_pct"] if row["yoy_pct"] is not None else row.get("growth_pct")  # (on the month: 环比)
    if g["kind"] in ("L", "R") and g.get("growth") is not None and not _close(said, g["growth"]):
        wrong.append("yoy")
    if not same_indicator(g["indicator"], row["indicator"]):
        wrong.append("indicator")
    return wrong


def same_indicator(want: str, got: str | None) -> bool:
    """The name an editor files the figure under: the gold's, or the catalogue indicator the gold's
    wording is (工业生产者出厂价格 is 工业生产者出厂价格指数; 居民人均可支配收入 is 全体居民人均可支配收入)."""
    if name_of(want) == name_of(got):
        return True
    scope = re.match(
        r"[区县市]本级", want
    )  # 区本级第一产业增加值占比 is 区本级 + the catalogue's 第一产业增加值占…比重
    if scope and got is not None and got.startswith(scope.group()):
        want, got = want[scope.end() :], got[scope.end() :]
    entry = vocabulary_lookup(want)
    if entry is not None and got is not None and entry == vocabulary_lookup(got):
        return True
    composed = composed_of_catalogue(
        want
    )  # 网络零售额占社会消费品零售总额比重: the catalogue's 网上零售额 占…
    return composed is not None and composed[0] == got


PINYIN_KEYS = 3  # keys per Chinese character through a pinyin input method (as bench/capture_review.py)


def _typed(text: str | None) -> int:
    return sum(PINYIN_KEYS if "\u4e00" <= ch <= "\u9fff" else 1 for ch in text or "")


def _picked(name: str | None) -> int:
    return _typed((name or "")[:2]) + 1 if name else 0


def _period_text(g: dict) -> str:
    start, end = g.get("period_start"), g.get("period_end")
    if not start:
        return ""
    return format_period("range", start, end)


def _form_cost(g: dict, previous: dict | None) -> int:
    """Keys and clicks to type one gold fact into the single-fact form (region and period kept from the
    previous fact when the same)."""
    cost = 1 + _picked(g["indicator"]) + 1  # select its sentence; the indicator
    if not previous or previous["region"] != g["region"]:
        cost += _picked(g["region"]) + 1
    if g["period_start"] and (not previous or _period_text(previous) != _period_text(g)):
        cost += _typed(_period_text(g)) + 1
    cost += _typed(g["text"]) + 1
    if g["kind"] in ("L", "R") and g.get("growth") is not None:
        cost += len(f"{g['growth']:g}") + 1
    return cost + 1  # Ctrl+Enter


def _cell_cost(g: dict, field_name: str) -> int:
    return {
        "value": _typed(g["text"]),
        "period": _typed(_period_text(g)),
        "region": _picked(g["region"]),
        "yoy": len(f"{g.get('growth') or 0:g}"),
        "indicator": _picked(g["indicator"]),
    }[field_name]


def _saved_right(g: dict, row: dict, gazetteer) -> bool:
    if g["kind"] == "L":
        try:
            value = float(convert(Decimal(str(row["value"])), row["unit"], g["unit"]))
        except Exception:
            return False
        value_right = _close(value, g["value"])
    elif g["kind"] == "R":
        value_right = _close(row["value"], g["value"])
    elif g["kind"] == "G":
        value_right = _close(row["yoy_pct"] if row["yoy_pct"] is not None else row["growth_pct"], g["growth"])
    else:
        value_right = row["rank"] == g.get("rank")
    year_right = not g["period_end"] or row["period_end"][:4] == g["period_end"][:4]
    return value_right and year_right and _same_region(row["region"], g["region"], gazetteer)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.1%}" if b else "–"


def report(rows: list[tuple[str, Tally]], by_genre: bool = True) -> str:
    groups: dict[str, Tally] = {}
    for name, t in rows:
        key = name.split("-")[0] if by_genre else name
        groups.setdefault(key, Tally(by_kind={k: [0, 0] for k in KINDS}))
        groups[key].add(t)
    total = Tally()
    for _name, t in rows:
        total.add(t)
    lines = [
        "| texts | figures | found | recall | precision | period | place | growth | name exact | name lenient |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key, t in [*groups.items(), ("**all**", total)]:
        label = f"{key} ({t.texts})" if t.texts > 1 else key
        lines.append(
            f"| {label} | {t.gold} | {t.found} | {_ratio(t.matched, t.gold)} | {_ratio(t.matched, t.found)} | "
            f"{_ratio(t.period_ok, t.with_period)} | {_ratio(t.region_ok, t.matched)} | "
            f"{_ratio(t.growth_ok, t.growth_cases)} | {_ratio(t.name_exact, t.named)} | "
            f"{_ratio(t.name_lenient, t.named)} |"
        )
    kinds = ", ".join(f"{k} {t_m}/{t_g}" for k, (t_g, t_m) in total.by_kind.items())
    lines += [
        "",
        f"By kind (found/gold): {kinds} (L level, R rate or share, G growth alone, K rank alone).",
        f"Right value, period and place: {total.all_right} of {total.gold} ({_ratio(total.all_right, total.gold)}).",
        f"Names as an editor files them (the gold's, or the catalogue indicator the gold's wording is): "
        f"{_ratio(total.name_filed, total.named)}.",
        f"Head: title exact {total.title_exact}/{total.titles} ({_ratio(total.title_exact, total.titles)}), "
        f"lenient {total.title_lenient}/{total.titles} ({_ratio(total.title_lenient, total.titles)}); "
        f"date right {total.date_ok}/{total.dates} of the texts that state one; "
        f"dates invented or wrong {total.date_invented}.",
        f"Projects: {total.projects_found}/{total.projects} found, investment right "
        f"{total.project_investment_ok}, place right {total.project_region_ok}.",
        f"Throughput: {total.chars / max(total.seconds, 1e-9):,.0f} characters per second.",
    ]
    if total.saved or total.review_actions:  # (accept-all ran, whether it saved a row or none)
        sure_right = total.saved - total.saved_extra
        lines += [
            f"Accept-all: {total.saved} rows saved (the sure rows), {total.saved_extra} holding no gold figure; "
            f"gold figures saved exactly (value, period, place, growth, the gold's name) {total.saved_exact} of "
            f"{total.gold} ({_ratio(total.saved_exact, total.gold)}), with the right value, year and place "
            f"{total.saved_right} ({_ratio(total.saved_right, total.gold)}), of which under a lenient name "
            f"{total.saved_lenient} ({_ratio(total.saved_lenient, total.gold)}).",
            f"Sure rows exactly right: {total.saved_rows_exact} of {total.saved} saved "
            f"({_ratio(total.saved_rows_exact, total.saved)}); "
            f"of the {sure_right} holding a gold figure {_ratio(total.saved_rows_exact, sure_right)}.",
            f"Indicators created: {total.created}, {total.created_not_gold} of them no gold name of their text "
            f"({_ratio(total.created_not_gold, total.created)}; --misses lists them).",
            f"Actions: review {total.review_actions}, form {total.form_actions} "
            f"({total.form_actions / max(total.review_actions, 1):.1f}× fewer; per gold figure "
            f"{total.review_actions / max(total.gold, 1):.2f} vs {total.form_actions / max(total.gold, 1):.2f}).",
            "Gold figures not saved exactly, why: "
            + "; ".join(f"{why} {n}" for why, n in sorted(total.left.items(), key=lambda kv: -kv[1]))
            + ".",
        ]
    return "\n".join(lines)


def summary(rows: list[tuple[str, Tally]]) -> dict:
    total = Tally()
    for _name, t in rows:
        total.add(t)
    return {
        "texts": total.texts,
        "figures": total.gold,
        "recall": total.matched / total.gold if total.gold else None,
        "precision": total.matched / total.found if total.found else None,
        "period": total.period_ok / total.with_period if total.with_period else None,
        "place": total.region_ok / total.matched if total.matched else None,
        "name_exact": total.name_exact / total.named if total.named else None,
        "name_lenient": total.name_lenient / total.named if total.named else None,
        "name_filed": total.name_filed / total.named if total.named else None,
        "value_period_place": total.all_right / total.gold if total.gold else None,
        "accept_all_right": total.saved_right / total.gold if total.gold and total.saved else None,
        "accept_all_exact": total.saved_exact / total.gold if total.gold and total.saved else None,
        "sure_rows_exact": total.saved_rows_exact / total.saved if total.saved else None,
        "indicators_created": total.created,
        "created_not_gold": total.created_not_gold,
        "actions_ratio": total.form_actions / total.review_actions if total.review_actions else None,
        "title_exact": total.title_exact / total.titles if total.titles else None,
        "title_lenient": total.title_lenient / total.titles if total.titles else None,
        "dates_right": total.date_ok,
        "dates_stated": total.dates,
        "dates_invented": total.date_invented,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test4")
    parser.add_argument(
        "--given-date", action="store_true", help="extract with the paper's day, not the head's"
    )
    parser.add_argument("--misses", action="store_true", help="list missed, wrong and extra figures")
    parser.add_argument("--texts", action="store_true", help="a line per text instead of per genre")
    parser.add_argument("--json", type=Path, help="write the totals here")
    parser.add_argument(
        "--accept-all", action="store_true", help="also save every text through the capture review"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "eval.db"
        init_database(path)
        with Store.open(path, readonly=True) as store:
            gazetteer = gazetteer_of(store)
        rows = []
        for name, text, meta in texts_of(args.split):
            tally = score_text(name, text, meta, gazetteer, args.given_date, args.misses)
            if args.accept_all:
                accept_all(tally, path, Path(tmp) / "work.db", text, meta, gazetteer, args.misses)
            rows.append((name, tally))
    print(
        f"Split: {args.split} ({'the paper’s day given' if args.given_date else 'the date as the head reads it'})"
    )
    print(report(rows, by_genre=not args.texts))
    if args.json:
        args.json.write_text(json.dumps(summary(rows), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
