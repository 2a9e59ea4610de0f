"""Proposed facts (the extractor's candidates) read by the rulebook, as an editor would type them: so a
proposal that validates can be accepted as it is, and the same sentence gives the same record whether
it was proposed, typed into the form or imported."""

from __future__ import annotations

from datetime import date
from typing import Any

from . import rulebook
from .extraction import Candidate, fold, readable
from .vocabulary import lookup as vocabulary_lookup


def value_as_typed(c: Candidate) -> str:
    """The figure as an editor would type it: in simplified characters, without the pinyin readings some
    sites print (達(dá)到876.7萬戶 → 达到876.7万户), and with the per-unit its sentence said before it (担均价
    1508.50元 → 1508.50元/担), so the rulebook reads what the extractor read."""
    if c.value is None:
        return ""
    written = readable(fold(c.text))[0]
    per = (c.unit or "").partition("/")
    if per[2] and written.endswith(per[0]) and not written.endswith(c.unit or ""):
        written += f"/{per[2]}"  # 担均价1508.50元, 每公斤为16.73元: the per-unit the sentence said before it
    return written


def _percent(number: float | None) -> str:
    return "" if number is None else f"{rulebook.number_text(number)}%"


def observation_fields(c: Candidate) -> dict[str, str]:
    """A candidate observation as an editor types it — the one conversion every entry path uses (the
    review's row, the form it opens in, the rulebook's raw fields): indicator, region, period as
    written, the value as written, growth and rank as text."""
    return {
        "indicator": c.indicator or "",
        "region": c.region or "",
        "period": c.period_label or "",
        "value": value_as_typed(c),
        "yoy": _percent(c.yoy_pct),
        "rank": f"{c.rank_scope or ''}第{c.rank}位" if c.rank else "",
    }


def project_fields(c: Candidate) -> dict[str, str]:
    """A candidate project as an editor types it: its figures as written (约800亩, 45亿元), never as
    numbers reformatted in another unit."""
    return {
        "name": c.name or "",
        "region": c.region or "",
        "milestone": c.milestone_date or "",
        "investment": c.investment_text
        or (f"{rulebook.number_text(c.investment)}亿元" if c.investment else ""),
        "area": c.area_text or (f"{rulebook.number_text(c.area_m2)}平方米" if c.area_m2 else ""),
        "expected_output": ""
        if c.expected_output is None
        else f"{rulebook.number_text(c.expected_output)}亿元",
        "jobs": "" if c.jobs is None else f"{c.jobs}人",
        "duration_months": ""
        if c.duration_months is None
        else f"{rulebook.number_text(c.duration_months)}个月",
    }


def observation_raw(c: Candidate) -> dict[str, Any]:
    """A candidate observation as the rulebook's raw fields (the value as written, the period as the
    extractor resolved it from the article, growth and rank as text)."""
    typed = observation_fields(c)
    raw: dict[str, Any] = {
        "value": typed["value"],
        "period": typed["period"],
        "yoy_pct": typed["yoy"],
        "growth": _percent(c.growth_pct),
        "growth_base": c.growth_base or "",
        "rank": typed["rank"],
        "is_estimate": c.is_estimate,
        "quote": c.quote,
        "quote_start": c.quote_start if c.quote else None,
        "quote_end": c.quote_end if c.quote else None,
    }
    if c.period_start and c.period_end:
        raw.update(period_kind=c.period_kind, period_start=c.period_start, period_end=c.period_end)
    return raw


def vocabulary_indicator(phrase: str | None) -> rulebook.IndicatorInfo | None:
    """The vocabulary's indicator for a phrase, when no database is at hand (``scnews extract``)."""
    entry = vocabulary_lookup(phrase or "")
    if entry is None:
        return None
    return rulebook.IndicatorInfo(entry.name, entry.unit, entry.measure, entry.growth_basis)


def review(
    c: Candidate, indicator: rulebook.IndicatorInfo | None, published: date | None
) -> rulebook.Checked:
    """The candidate through the rulebook, in the indicator's unit when the indicator is known."""
    year = int(c.period_end[:4]) if c.period_end else None
    return rulebook.observation(observation_raw(c), indicator, rulebook.Context(published, year))


def as_json(c: Candidate, indicator: rulebook.IndicatorInfo | None, published: date | None) -> dict[str, Any]:
    """A candidate for ``scnews extract --json``: the extractor's fields, and when the indicator is
    known, its name and the value in its unit as the rulebook reads it (``errors`` when it refuses)."""
    out = c.as_dict()
    if c.kind != "observation":
        return out
    checked = review(c, indicator, published)
    if indicator is not None:
        out["indicator_text"] = c.indicator
        out["indicator"] = indicator.name
        if checked.ok and checked.values["value"] is not None:
            out["value"], out["unit"] = checked.values["value"], indicator.unit
    if not checked.ok:
        out["errors"] = checked.errors
    return out
