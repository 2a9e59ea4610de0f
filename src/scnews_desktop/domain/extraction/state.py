"""What the reading of an article keeps as it goes: the article's context (its place, its events, the
periods and places its paragraphs set) and, within a sentence, what its figures so far decided. The stages
(``periods_rules``, ``places``, ``subject``) read and update these; ``reader`` walks the sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..periods import Period
from ..regions import RegionRef
from .candidate import Candidate
from .text import Quotes, Sentence


@dataclass
class Events:
    """The article's events: the days of its ceremonies, the quarter of a batch of projects, whether the
    article tells of an event at all, where each paragraph first speaks of it."""

    days: list[tuple[int, Period]]
    batch: Period | None
    in_article: bool
    paragraphs: dict[int, int]  # paragraph → where it first speaks of the event (counts, totals)
    held: Period | None  # 在2017年举行的…: when the event was
    published_day: Period | None
    today: date | None = None  # the dateline's day (本报成都9月26日电), else the paper's


@dataclass
class SentencePeriods:
    """The periods a sentence names, and which of them hold for the figures that follow."""

    found: list[tuple[int, str, Period]]  # (offset in the sentence, as written, period)
    own_clause: set[int]  # offsets of periods that hold for their own clause only
    vague: list[int]  # offsets of 近年来 and the like: what follows has no period
    lasting: list[Period]  # periods that hold beyond their sentence
    lasting_at: list[int]  # where each of them is in the sentence
    days: list[Period]  # days of events


@dataclass
class Article:
    text: str  # as read (readable): offsets of candidates are into this
    folded: str
    published: date | None
    quotes: Quotes
    events: Events
    region: object | None = None  # the article's place (RegionRef)
    unheld_city: str | None = None  # a city the text is about that the gazetteer does not hold (安康市)
    paragraph_region: dict[int, RegionRef] = field(default_factory=dict)
    paragraph_period: dict[int, Period] = field(default_factory=dict)
    last_period: Period | None = None
    context_year: int | None = None
    last_region: RegionRef | None = None
    last_region_paragraph: int = -1
    main_period: Period | None = None  # the first period of the article: what its figures are about
    event_day: dict[int, Period] = field(default_factory=dict)
    milestones: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, milestone, day)
    vague_paragraphs: set[int] = field(default_factory=set)  # 近年来，…: the paragraph's figures have none
    went_on_next: Period | None = None  # the period of the last figure of the sentence before
    went_on_paragraph: int = -1
    rate_paragraph: int = (
        -1
    )  # the paragraph whose last sentence ended on a rate (what a month's goes on with)
    last_day: Period | None = None  # the last day a sentence named (当天, 当日 of the sentences after it)
    day_spans: list = field(default_factory=list)  # spans of days the text gave (5月30日至6月3日)
    #: The zones the gazetteer does not hold that each paragraph names (by where the paragraph starts)
    zones: dict[int, list[tuple[int, str]]] = field(default_factory=dict)

    def here(self) -> RegionRef | None:
        return self.last_region or self.region  # type: ignore[return-value]


@dataclass
class Reading:
    """One sentence being read."""

    sentence: Sentence
    places: list[tuple[int, int, RegionRef]]
    periods: SentencePeriods
    figure_starts: list[int]
    went_on: Period | None  # the sentence before's period, when this one goes on with it
    goes_on: bool  # begun with 其中 or after a semicolon
    project: Candidate | None
    previous_figure: tuple[int, RegionRef | None, bool] | None = None  # (end, place, carried)
    previous_period: Period | None = None
    breakdown: bool = False  # the sentence's figures after 其中 are parts of the one before
    this_event: bool = False  # a figure of it was said of 此次 (this event): those after it go on with it
    about_project: bool | None = None  # whole-sentence tests, made once and only if a figure asks
    counted_projects: bool | None = None
    before: tuple[Period | None, Period | None] = (None, None)  # paragraph's and last period before it


@dataclass
class Figure:
    """A figure of a sentence as the stages see it."""

    start: int  # offsets in the sentence
    end: int
    quantity: object
    alone: bool  # a growth or a rank said without a level
    clause_start: int
    next_figure: int
    #: Where its growth may be said: past a change or a milestone said of it first (…3060.2亿元，首次突破3000亿元
    #: 大关，比上年增加395.9亿元，增长14.86%)
    growth_reach: int = 0
    phrase: str = ""  # its name as the subject stage reads it
    clause_phrase: str = ""  # the words of its clause before it
    #: Its period before what it measures adjusted it (a stock's end): what the clause after it goes on with
    period_as_said: Period | None = None
    #: Why each stage decided as it did, for the review's tooltip: {"period": "…", "region": …, "indicator": …}
    why: dict[str, str] = field(default_factory=dict)
