"""A growth said with nothing of what grew (…出厂价格同比上涨6.3%；环比上涨0.1%; 生猪出栏量 / 同比增长29.8%; …省市水泥产量
…，上海降96.24%): whose it is, by the figure, the subheading or the measure said before it. Split from ``lists``."""

from __future__ import annotations

import bisect
import re

from ..vocabulary import lookup
from .candidate import Candidate
from .figures import SUBJECT_CLAUSE
from .text import Sentence, clause_start, fold


def carried(results: list[Candidate], sentences: list[Sentence]) -> None:
    """…出厂价格同比上涨6.3%；环比上涨0.1%, 实现144亿元、年均增长8.7%: a growth that names nothing is said of
    the subject just before it (within a hundred characters, in its paragraph) — or, at the head of a
    paragraph under a line that is only a subheading (生猪出栏量 / 同比增长29.8%), of that subheading."""
    starts = [s.start for s in sentences]
    figured = {bisect.bisect_right(starts, c.start) - 1 for c in results}
    previous: Candidate | None = None
    for c in results:
        if c.kind != "observation":
            continue
        at = bisect.bisect_right(starts, c.start) - 1
        unnamed = not c.indicator or len(c.indicator) < 2
        first_of_sentence = previous is None or bisect.bisect_right(starts, previous.start) - 1 != at
        heading = _subheading(sentences, at, figured) if first_of_sentence else None
        said = _measure_said_before(c, previous) if unnamed and c.value is None and c.region else None
        if said:  # 4月全国14个省市水泥产量同比降幅超20%，上海降96.24%: the places' output, named after the figure before
            c.indicator = said
            c.why["indicator"] = f"未写增长的是什么：本句前文所说的“{said}”"
        elif unnamed and c.value is None and heading:  # (not a later figure's: 12.2%，两年平均增长9.6%)
            c.indicator = heading
            c.why["indicator"] = f"未写增长的是什么：上一行小标题“{heading}”"
        elif (
            unnamed
            and c.value is None
            and previous is not None
            and not _subject_said_before(c)  # (上涨较为明显的是水产品价格，上涨17.7%: its own)
            and previous.indicator
            and c.start - previous.end < 100
            and sentences[bisect.bisect_right(starts, previous.start) - 1].paragraph
            == sentences[at].paragraph
        ):
            c.indicator = previous.indicator
            c.why["indicator"] = "未写增长的是什么：沿用前一数字的指标"
        previous = c


_CATALOGUE_MEASURE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:产量|销量|增加值|营业收入|利润总额)")


def _measure_said_before(c: Candidate, previous: Candidate | None) -> str | None:
    """The catalogue's indicator the sentence named last before a place's bare growth, after the figure before it
    (…省市水泥产量…，上海降96.24%)."""
    before = fold(c.quote[: c.start - c.quote_start]) if c.quote else ""
    since = (
        previous.end - c.quote_start if previous is not None and previous.quote_start == c.quote_start else 0
    )
    for m in reversed([m for m in _CATALOGUE_MEASURE.finditer(before) if m.start() >= since]):
        for k in range(len(m.group()) - 3, -1, -1):
            entry = lookup(m.group()[k:], strict=True)
            if entry is not None:
                return entry.name
    return None


def _subject_said_before(c: Candidate) -> bool:
    """The clause before the growth names what grew, alone (水产品价格环比仍呈上涨趋势，上涨0.5%)."""
    before = fold(c.quote[: c.start - c.quote_start]) if c.quote else ""
    clause_at = clause_start(before, len(before))
    clause = before[clause_start(before, max(0, clause_at - 1)) : clause_at]
    # (其后是绵阳，增长6.6%: a place is named, what grew is the figure before's)
    return bool(SUBJECT_CLAUSE.match(clause)) and not re.match(
        r"紧随其后|其后是|其次是|接下来是|随后是", clause
    )


def _subheading(sentences: list[Sentence], at: int, figured: set[int]) -> str | None:
    """The line before sentence ``at`` when that sentence opens its paragraph and the line is a
    subheading alone (a few words, no figure, no punctuation)."""
    if at <= 0 or sentences[at - 1].paragraph == sentences[at].paragraph or at - 1 in figured:
        return None
    line = sentences[at - 1].text.strip()
    return line if re.fullmatch(r"[\u4e00-\u9fff]{2,16}", line) else None
