"""The file teaches the capture: every stored fact with its quote is an example of how the newsroom files
what a sentence says. A proposal's frame (``naming.context_key``: the words around its figure, without
periods, places and figures) is looked up among the stored quotes that hold the same words (the full-text
index), and the newest fact framed the same way gives its indicator — so the next release of a series
comes out named as the last one was filed, whichever path stored it (a correction in the review, a form,
an import, a colleague's fact arriving by sync). No training step: the examples are read when needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..domain.errors import ValidationError
from ..domain.extraction import Candidate
from ..domain.extraction.naming import context_key
from ..domain.extraction.places import Places
from ..domain.search_text import match_expression
from ..domain.units import compatible
from .database import Store
from .resolver import resolver_of

#: How many of the stored facts that hold a frame's words are read (the newest first).
EXAMPLES = 40
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_RANK = re.compile(r"第\s*(\d+)\s*位")


@dataclass(frozen=True)
class Learned:
    indicator_id: int
    name: str
    unit: str
    examples: int  # stored facts framed the same way under this indicator


class NameMemory:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._places: Places | None = None

    @property
    def places(self) -> Places:
        if self._places is None:
            self._places = Places(resolver_of(self.store).gazetteer)
        return self._places

    def learned(self, c: Candidate) -> Learned | None:
        """The indicator the file holds for facts framed as this one is (None when none is, or the frame
        says too little)."""
        if c.kind != "observation" or not c.quote:
            return None
        key = context_key(c.quote, c.start - c.quote_start, c.end - c.quote_start, self.places)
        if key is None:
            return None
        query = match_expression(key.replace("|", " "))  # each run of words a phrase
        if query is None:
            return None
        rows = self.store.query(
            "SELECT o.id, o.indicator_id, o.quote, o.value_text, o.yoy_pct, o.growth_pct, o.rank, "
            "i.name, i.unit FROM observations_fts f JOIN observations o ON o.id = f.rowid "
            "JOIN indicators i ON i.id = o.indicator_id "
            f"WHERE observations_fts MATCH ? ORDER BY f.rowid DESC LIMIT {EXAMPLES}",
            [query],
        )
        votes: dict[int, list[dict[str, Any]]] = {}
        for row in rows:
            if any(context_key(row["quote"], a, b, self.places) == key for a, b in _figure_spans(row)):
                votes.setdefault(row["indicator_id"], []).append(row)
        for indicator_id, examples in sorted(votes.items(), key=lambda v: -max(r["id"] for r in v[1])):
            row = examples[0]
            if _fits(row["unit"], c.unit if c.value is not None else None):
                return Learned(indicator_id, row["name"], row["unit"], len(examples))
        return None


def _figure_spans(row: dict[str, Any]) -> list[tuple[int, int]]:
    """Where a stored fact's figure may be in its quote: its value as written, else its growth or rank."""
    quote = row["quote"] or ""
    if row["value_text"]:
        spans, at = [], quote.find(row["value_text"])
        while at >= 0:
            spans.append((at, at + len(row["value_text"])))
            at = quote.find(row["value_text"], at + 1)
        return spans
    growth = row["yoy_pct"] if row["yoy_pct"] is not None else row["growth_pct"]
    if growth is not None:
        return [m.span() for m in _PERCENT.finditer(quote) if abs(float(m.group(1)) - abs(growth)) < 1e-9]
    if row["rank"] is not None:
        return [m.span() for m in _RANK.finditer(quote) if int(m.group(1)) == row["rank"]]
    return []


def _fits(indicator_unit: str, unit: str | None) -> bool:
    try:
        return unit is None or compatible(indicator_unit, unit)
    except ValidationError:
        return False
