"""Check a draft before it is printed: every figure the extractor finds in it, against the facts stored.

Each figure of the draft is read as the capture review reads an article (``storage.review``: the one
rulebook, the one resolver, the vocabulary for indicators) and looked up by indicator, region and
period:

- ``match``: the stored facts agree — values within what the figures as written allow
  (``domain.agreement``: 逾8000亿元 agrees with 8081.9, 8082亿元 with 8081.9), the same growth within its
  written precision, the same rank;
- ``conflict``: a stored fact gives another value, growth or rank (the records are listed);
- ``new``: nothing is stored for that indicator, region and period (or the indicator is not in the
  database yet);
- ``unread``: the draft does not say enough to look the figure up (no period, no region, no indicator).

Projects are looked up by name and their investment compared. The checks that apply to a figure on its
own (growth against last year's stored level, implausible growth, a unit slip against its series, a
rank beyond its peers) and parts that do not add up to their total within the draft are added as notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.agreement import agree, written_range
from ..domain.rulebook import number_text
from ..domain.vocabulary import phrase_keys
from .checks import parts_total_among, record_findings
from .database import Store
from .resolver import resolver_of
from .review import Proposal, Review

MATCH, CONFLICT, NEW, UNREAD = "match", "conflict", "new", "unread"
STATUSES = (MATCH, CONFLICT, NEW, UNREAD)


@dataclass
class Figure:
    """One figure of the draft and what the fact base says of it."""

    start: int
    end: int
    text: str
    status: str
    indicator: str | None = None
    region: str | None = None
    period_label: str | None = None
    value: float | None = None
    unit: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)  # the stored facts compared
    notes: list[str] = field(default_factory=list)  # why it could not be read; what the checks say
    proposal: Proposal | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "status": self.status,
            "indicator": self.indicator,
            "region": self.region,
            "period_label": self.period_label,
            "value": self.value,
            "unit": self.unit,
            "records": [
                {k: r[k] for k in ("table", "uid", "value", "value_text", "source", "quote", "agrees")}
                for r in self.records
            ],
            "notes": self.notes,
        }


_STORED = (
    "SELECT o.uid, o.value, o.value_text, o.qualifier, o.yoy_pct, o.rank, o.quote, o.period_start, "
    "s.title AS source, s.published_on, n.value_text AS revised_text, n.value AS revised_value, "
    "ns.title AS revised_source FROM observations o LEFT JOIN sources s ON s.id = o.source_id "
    "LEFT JOIN observations n ON n.supersedes = o.uid LEFT JOIN sources ns ON ns.id = n.source_id "
    "WHERE o.indicator_id = ? AND o.region_id = ? AND o.period_end = ? ORDER BY o.id"
)


def _stored(store: Store, indicator_id: int, region_id: int, start: str, end: str) -> list[dict[str, Any]]:
    """The facts of an indicator, region and period; else of a period ending the same day (截至2020年底
    of an amount is read as the year 2020; a fact stored as at 31 December is the same figure)."""
    rows = store.query(_STORED, [indicator_id, region_id, end])
    same = [r for r in rows if r["period_start"] == start]
    return same or [r for r in rows if r["period_start"] == end or start == end]


def verify(store: Store, text: str, published: date | None) -> list[Figure]:
    """Every figure of ``text`` (a draft of ``published``, the day its 今年 and 去年 count from)."""
    return [f for block in verify_blocks(store, text, published) for f in block]


def verify_blocks(store: Store, text: str, published: date | None) -> Iterator[list[Figure]]:
    """The figures a block of paragraphs at a time (one block for any article): the command line writes
    each block out before reading the next, so a very long draft is checked in bounded memory."""
    review = Review(store, text, published)
    for proposals in review.proposal_blocks():
        figures = [_project(store, p) if p.kind == "project" else _observation(store, p) for p in proposals]
        _parts_within(store, figures)
        yield figures


def _observation(store: Store, p: Proposal) -> Figure:
    c, v = p.candidate, p.values
    indicator = resolver_of(store).indicator_info(v.get("indicator_id")) if v.get("indicator_id") else None
    region_id = v.get("region_id")
    region = resolver_of(store).gazetteer.by_id.get(region_id) if region_id is not None else None
    figure = Figure(
        c.start,
        c.end,
        c.text,
        UNREAD,
        indicator.name if indicator else (p.new_indicator or {}).get("name") or p.fields["indicator"] or None,
        region.name if region else p.fields["region"] or None,
        v.get("period_label") or p.fields["period"] or None,
        v.get("value"),
        indicator.unit if indicator else (p.new_indicator or {}).get("unit") or c.unit,
        proposal=p,
    )
    blocking = {k: m for k, m in p.errors.items() if k in ("indicator", "region", "period", "value")}
    if region is None and "region" not in blocking:
        blocking["region"] = "请填写地区"
    if blocking or region is None or region.id is None:
        figure.notes = list(blocking.values())
        return figure
    if p.name_source == "learned" and indicator is not None:
        figure.notes.append(f"“{c.phrase or c.text}”按本库同样写法的记录对应指标“{indicator.name}”")
    if indicator is None:  # a phrase the database does not name: an indicator alike, same place and time
        indicator = _alike(store, p, figure.indicator or "", figure.unit, region.id)
        if indicator is None:
            figure.status = NEW
            return figure
        figure.notes.append(f"“{figure.indicator}”按名称相近对应已记录的指标“{indicator.name}”")
        figure.indicator = indicator.name
        v = {**v, "value": _in_unit(p, indicator.unit), "indicator_id": indicator.id}
    mine = written_range(v.get("value"), v.get("value_text"), v.get("qualifier") or "exact", indicator.unit)
    yoy_half = _written_half(p.fields.get("yoy"))
    assert indicator.id is not None
    stored = _stored(store, indicator.id, region.id, v["period_start"], v["period_end"])
    for row in stored:
        theirs = written_range(row["value"], row["value_text"], row["qualifier"] or "exact", indicator.unit)
        if (
            row["revised_value"] is not None
        ):  # a figure a later one revised: the draft should quote the latest
            if v.get("value") is not None and agree(mine, theirs):
                figure.notes.append(
                    f"引用的是已被修订的数值 {row['value_text'] or row['value']}（{row['source'] or ''}）："
                    f"最新为 {row['revised_text'] or row['revised_value']}（{row['revised_source'] or ''}）"
                )
                figure.records.append(
                    {**row, "table": "observations", "agrees": False, "differs": ["revised"]}
                )
            continue
        differs = []
        if v.get("value") is not None and row["value"] is not None and not agree(mine, theirs):
            differs.append("value")
        if (
            v.get("yoy_pct") is not None
            and row["yoy_pct"] is not None
            and abs(v["yoy_pct"] - row["yoy_pct"]) > yoy_half + 1e-9
        ):
            differs.append("yoy")
        if v.get("rank") is not None and row["rank"] is not None and v["rank"] != row["rank"]:
            differs.append("rank")
        comparable = (v.get("value") is not None and row["value"] is not None) or (
            v.get("yoy_pct") is not None and row["yoy_pct"] is not None
        )
        if not comparable and not differs:
            continue  # a growth-only figure against a stored level: nothing to compare
        figure.records.append({**row, "table": "observations", "agrees": not differs, "differs": differs})
    if not figure.records:
        figure.status = NEW
    else:
        figure.status = CONFLICT if any(not r["agrees"] for r in figure.records) else MATCH
    own = dict(v)
    own.pop("source_id", None)
    figure.notes += [
        f.message
        for f in record_findings(store, own)
        if f.rule not in ("conflict", "duplicate", "quote_missing", "quote_value")
    ]
    return figure


#: How alike an article's phrase and a stored indicator's name must be (Dice coefficient of character
#: pairs, and the characters of one all in the other) for a figure to be compared with that indicator's
#: facts of the same region, period and unit.
ALIKE = 0.5


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _alike(store: Store, p: Proposal, phrase: str, unit: str | None, region_id: int) -> Any:
    """The indicator, among those with facts of this region and period in ``unit``, whose name is most
    like the phrase (实际投入工业产业扶贫资金 → 工业产业扶贫实际投入资金); None when none is alike enough."""
    keys = phrase_keys(phrase)
    if not keys or not unit:
        return None
    v = p.values
    rows = store.query(
        "SELECT DISTINCT i.id, i.name FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "WHERE o.region_id = ? AND o.period_end = ? AND i.unit = ?",
        [region_id, v["period_end"], unit],
    )
    phrase = keys[-1]
    wanted = _pairs(phrase)
    best, score = None, 0.0
    for row in rows:
        if not (set(phrase) <= set(row["name"]) or set(row["name"]) <= set(phrase)):
            continue  # 服务贸易进出口总额 is not 货物贸易进出口总值: each has words the other lacks
        pairs = _pairs(row["name"])
        alike = 2 * len(wanted & pairs) / (len(wanted) + len(pairs)) if wanted and pairs else 0.0
        if alike > score:
            best, score = row, alike
    return resolver_of(store).indicator_info(best["id"]) if best is not None and score >= ALIKE else None


def _in_unit(p: Proposal, unit: str) -> float | None:
    """The proposal's value in ``unit`` (read again with the indicator found)."""
    from ..domain.rulebook import IndicatorInfo, observation

    checked = observation(
        {"value": p.fields["value"], "period": "x", "period_start": "2000-01-01", "period_end": "2000-01-01"},
        IndicatorInfo("", unit),
    )
    return checked.values.get("value")


def _written_half(text: str | None) -> float:
    """Half of the last written digit of a growth as written (9.8% → 0.05, 10% → 0.5)."""
    m = re.search(r"\d+(?:\.(\d+))?", text or "")
    decimals = len(m.group(1)) if m and m.group(1) else 0
    return float(Decimal(1).scaleb(-decimals) / 2)


def _project(store: Store, p: Proposal) -> Figure:
    c, v = p.candidate, p.values
    figure = Figure(
        c.start,
        c.end,
        c.text,
        NEW,
        p.fields["name"],
        p.fields["region"] or None,
        p.fields["milestone"] or None,
        v.get("investment"),
        "亿元",
        proposal=p,
    )
    stored = store.query(
        "SELECT p.uid, p.investment AS value, p.investment_text AS value_text, p.quote, s.title AS source "
        "FROM projects p LEFT JOIN sources s ON s.id = p.source_id WHERE p.name = ? ORDER BY p.id",
        [p.fields["name"]],
    )
    mine = written_range(v.get("investment"), p.fields["investment"] or None, "exact", "亿元")
    for row in stored:
        theirs = written_range(row["value"], row["value_text"], "exact", "亿元")
        agrees = v.get("investment") is None or row["value"] is None or agree(mine, theirs)
        figure.records.append(
            {**row, "table": "projects", "agrees": agrees, "differs": [] if agrees else ["value"]}
        )
    if figure.records:
        figure.status = CONFLICT if any(not r["agrees"] for r in figure.records) else MATCH
    return figure


def _parts_within(store: Store, figures: list[Figure]) -> None:
    """Parts that do not add up to their total among the draft's own figures: a note on each."""
    rows = []
    for i, f in enumerate(figures):
        p = f.proposal
        if p is None or p.kind != "observation" or f.status == UNREAD or f.value is None:
            continue
        v = p.values
        rows.append(
            {
                **v,
                "indicator": f.indicator,
                "unit": f.unit,
                "region": f.region,
                "uid": str(i),
                "id": None,
                "version": None,
            }
        )
    for finding in parts_total_among(rows):
        for ref in finding.records:
            figures[int(ref.uid)].notes.append("稿件内：" + finding.message)


def summary(figures: list[Figure]) -> dict[str, int]:
    return {s: sum(f.status == s for f in figures) for s in STATUSES}


def describe(figure: Figure) -> str:
    """One line for the command line and the window's list."""
    where = " ".join(x for x in (figure.region, figure.indicator, figure.period_label) if x)
    recorded = "；".join(_recorded(r) for r in figure.records)
    return f"{figure.text}　{where}" + (f"　{recorded}" if recorded else "")


def _recorded(r: dict[str, Any]) -> str:
    value = r["value_text"] or (number_text(r["value"]) if r["value"] is not None else "")
    growth = "" if r.get("yoy_pct") is None else f" 同比{number_text(r['yoy_pct'])}%"
    rank = "" if r.get("rank") is None else f" 第{r['rank']}位"
    names = {"value": "数值", "yoy": "增速", "rank": "排名"}
    verdict = "相符" if r["agrees"] else "不符（" + "、".join(names[d] for d in r["differs"]) + "）"
    return f"{verdict}：{value}{growth}{rank}（{r['source'] or '无来源'}）"
