"""A candidate fact: what the extractor proposes, with where it is in the article."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Candidate:
    kind: str  # observation | project
    start: int
    end: int
    text: str
    quote: str = ""
    quote_start: int = 0
    quote_end: int = 0
    indicator: str | None = None
    region: str | None = None
    region_code: str | None = None
    period_label: str | None = None
    period_kind: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    value: float | None = None
    value_text: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    yoy_pct: float | None = None
    growth_pct: float | None = None
    growth_base: str | None = None
    rank: int | None = None
    rank_scope: str | None = None
    is_estimate: bool = False
    name: str | None = None
    milestone: str | None = None
    milestone_date: str | None = None
    investment: float | None = None
    investment_text: str | None = None
    area_m2: float | None = None
    area_text: str | None = None  # as written (1200亩)
    duration_months: float | None = None
    expected_output: float | None = None
    organizations: list[str] = field(default_factory=list)
    organization_roles: list[str] = field(default_factory=list)  # same order: investor, builder, …
    jobs: int | None = None  # a project's: 带动850人就业
    #: The words its name was read from (the review learns from them), and where its name came from:
    #: ``catalogue`` (the indicator catalogue's) or ``coined`` (its own words, as the name grammar takes them)
    phrase: str | None = None
    name_source: str | None = None
    #: Which rules decided its period, place and name (the review says why): {"period": "…", …}
    why: dict[str, str] = field(default_factory=dict)
    #: Where the figures a project owns are (its name, its investment before it): no facts of the place.
    owned: tuple[int, int] | None = field(default=None, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], "") and k != "owned"}


def clear_period(candidate: Candidate) -> None:
    candidate.period_label = candidate.period_kind = candidate.period_start = candidate.period_end = None
