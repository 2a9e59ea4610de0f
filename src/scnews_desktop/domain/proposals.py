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
    sites print (達(dá)到876.7萬戶 → 达到876.7万户), so the rulebook reads what the extractor read."""
    return readable(fold(c.text))[0] if c.value is not None else ""


def observation_raw(c: Candidate) -> dict[str, Any]:
    """A candidate observation as the rulebook's raw fields (the value as written, the period as the
    extractor resolved it from the article, growth and rank as text)."""
    raw: dict[str, Any] = {
        "value": value_as_typed(c),
        "period": c.period_label or "",
        "yoy_pct": "" if c.yoy_pct is None else f"{rulebook.number_text(c.yoy_pct)}%",
        "growth": "" if c.growth_pct is None else f"{rulebook.number_text(c.growth_pct)}%",
        "growth_base": c.growth_base or "",
        "rank": f"{c.rank_scope or ''}第{c.rank}位" if c.rank else "",
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
