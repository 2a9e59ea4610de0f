"""The extractor's walk over an article: sentence by sentence, each figure through the stages — what it
measures (``subject``), when (``timing``), where (``places``), its growth and rank (``figures``) — then
the lists (``lists``) and the projects (``projects``). Nothing here decides a figure's fields itself."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from ..periods import Period
from ..regions import Gazetteer, RegionRef
from .article_places import article_place, colon_heading, heading_place, unheld_city
from .candidate import Candidate
from .carried import carried
from .comparisons import bracketed_comparisons
from .dating import figure_period
from .excepted import excepted
from .figure_places import figure_place, held_where, sentence_context
from .figures import (
    AVERAGE_GROWTH,
    AVERAGE_WORDS,
    ESTIMATE,
    GROWTH_ONLY,
    RANK_ONLY,
    attach_growth,
    attach_rank,
    growth_reach,
    sentence_figures,
)
from .head import read_head
from .kinds import YEAR_BASE
from .level_growths import growths_of_levels
from .lists import headline_said_again, respectively, restated, said_for_the_aside, shares_listed
from .naming import name_figures
from .no_period import is_attribute
from .place_lists import leading_place
from .places import Places, in_breakdown
from .project_lists import listed_projects
from .projects import attach_following_project_figures, merge_projects, project_field, project_of
from .rates import StatedGrowth
from .sentence_places import sentence_places
from .state import Article, Figure, Reading
from .subject import name_figure
from .text import Quotes, Sentence, after_semicolon, clause_start, fold, quote_of, readable, split_sentences
from .timing import GOES_ON, events_of, note_sentence_periods, sentence_periods

#: What a project has or will yield (its own figures, not the place's): 总投资, 占地, 建设…平方米, 年产值 …
_PROJECT_OWN = re.compile(
    r"投资|占地|面积|建设|建成|工期|周期|产值|销售收入|营业收入|税收|纳税|就业|生产线|达产|投产后"
)


#: A text longer than this is read a block of paragraphs at a time (cut at a line break), so that what
#: reading holds is bounded by the block, not the text: a 10 MB draft dense with figures took 1 GB read
#: whole. An article is far shorter (the longest of the corpus ~30,000 characters): it is read whole.
BLOCK = 200_000


def extract(text: str, published: date | None = None, gazetteer: Gazetteer | None = None) -> list[Candidate]:
    """Candidate facts of an article, with offsets into ``text`` as given."""
    return [c for block in extract_blocks(text, published, gazetteer) for c in block]


def extract_blocks(
    text: str, published: date | None = None, gazetteer: Gazetteer | None = None, block: int | None = None
) -> Iterator[list[Candidate]]:
    """The candidates of ``text`` a block of paragraphs at a time (one block for any article): a caller
    that writes each block out before the next holds one block's candidates, whatever the length."""
    clean, index = readable(text)
    head = read_head(text)  # (read on the text as given: its lines as the page has them)
    furniture = _in_clean(head.furniture() + _said_again_lines(text), clean, index)
    titles = _in_clean([(h.start, h.end) for h in head.lines if h.kind == "title"], clean, index)
    for lo, hi in _blocks(clean, block or BLOCK):
        part = clean if (lo, hi) == (0, len(clean)) else clean[lo:hi]
        inside = [(max(a, lo) - lo, min(b, hi) - lo) for a, b in furniture if a < hi and b > lo]
        headline = [(a - lo, b - lo) for a, b in titles if lo <= a and b <= hi]
        found = _extract(part, published, gazetteer, inside, headline)
        for c in found:
            _moved(c, lo, text, index)
        yield found


def _said_again_lines(text: str) -> list[tuple[int, int]]:
    """Lines whose figures were said already: a line the page repeats word for word (a title printed twice),
    and a 原标题 line below the story (its title as first printed)."""
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    at = lines = 0
    for line in text.split("\n"):
        stripped = line.strip()
        title_like = 8 <= len(stripped) <= 60 and not stripped.endswith("。")  # (a headline, not a paragraph)
        below = lines >= 3  # (below the head's lines: the story's end)
        if title_like and (stripped in seen or (below and re.match(r"原[标標]", stripped))):
            spans.append((at, at + len(line)))
        seen.add(stripped)
        lines += bool(stripped)
        at += len(line) + 1
    return spans


def _in_clean(spans: list[tuple[int, int]], clean: str, index: Sequence[int] | None) -> list[tuple[int, int]]:
    """Spans of the text as given, in the text read (without pinyin readings); -1 ends with the text."""
    if index is not None:
        spans = [
            (bisect.bisect_left(index, a), len(clean) if b == -1 else bisect.bisect_left(index, b))
            for a, b in spans
        ]
    return [(a, len(clean) if b == -1 else b) for a, b in spans]


def _blocks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Spans of at most about ``size`` characters, each ending at a line break (a paragraph's end) where
    there is one, else at a full stop, else where it must."""
    lo = 0
    while len(text) - lo > size:
        hi = text.rfind("\n", lo + size // 2, lo + size)
        if hi == -1:
            hi = text.rfind("。", lo + size // 2, lo + size)
        hi = lo + size if hi == -1 else hi + 1
        yield lo, hi
        lo = hi
    yield lo, len(text)


def _moved(c: Candidate, shift: int, text: str, index: Sequence[int] | None) -> None:
    """A candidate of a block, its offsets shifted to the text read and mapped back into the text as
    written (the quote and figure as written; a name as read, without readings, spaces and wraps)."""
    if shift:
        c.start, c.end = c.start + shift, c.end + shift
        if c.quote:
            c.quote_start, c.quote_end = c.quote_start + shift, c.quote_end + shift
        if c.owned is not None:
            c.owned = (c.owned[0] + shift, c.owned[1] + shift)
    if index is None:
        return
    c.start, c.end = index[c.start], index[c.end - 1] + 1
    c.text = text[c.start : c.end]
    if c.quote:
        c.quote_start, c.quote_end = index[c.quote_start], index[c.quote_end - 1] + 1
        c.quote = text[c.quote_start : c.quote_end]
    if c.kind == "observation" and c.value_text is not None:
        c.value_text = c.text
    # (a project's name stays as read: 國家電信普遍服務(wù)項目 is named 國家電信普遍服務項目)


def _extract(
    text: str,
    published: date | None,
    gazetteer: Gazetteer | None,
    furniture: list[tuple[int, int]],
    titles: Sequence[tuple[int, int]] = (),
) -> list[Candidate]:
    whole = fold(text)
    folded = _without_furniture(whole, furniture)
    places = Places(gazetteer)
    sentences = split_sentences(folded)
    article = Article(
        text=text,
        folded=folded,
        published=published,
        quotes=Quotes(folded),
        events=events_of(folded, sentences, published),
        region=article_place(folded, places, whole),
        unheld_city=unheld_city(folded, places),
    )
    results: list[Candidate] = []
    for sentence in sentences:
        first_of_sentence = len(results)
        results.extend(_read_sentence(article, sentence, places))
        respectively(sentence.text, sentence.start, results[first_of_sentence:], places)
        shares_listed(sentence.text, sentence.start, results[first_of_sentence:])
    attach_following_project_figures(results)
    restated(results)
    excepted(results, sentences)  # (除2020年增长3.4%外，其余年份服务业增加值…: before what carries it on)
    carried(results, sentences)
    name_figures(results, folded, sentences)
    bracketed_comparisons(results, folded)
    said_for_the_aside(results, folded)
    results = growths_of_levels(results, folded)
    headline_said_again(results, titles)
    _on_the_month_before(results, folded)
    return merge_projects(results, article.milestones)


def _in_brackets(s_text: str, chosen: tuple[int, str, Period] | None) -> bool:
    """A period said right after an opening bracket (上制糖期同期…): an aside's."""
    return chosen is not None and s_text[max(0, chosen[0] - 1) : chosen[0]] in ("（", "(")


#: Words that compare with the same time of the year before.
_YEAR_ON_YEAR = ("同比", "比上年", "较上年", "比去年", "较去年", "上年同期", "去年同期")
_COMPARED_AFTER = re.compile(r"[^。；;]{0,12}?(?:同比|环比)")


def _on_the_month_before(results: list[Candidate], folded: str) -> None:
    """A month's or a quarter's growth its paragraph compares with the one before — 环比 said last before
    it, after any 同比 (居民消费价格环比由上月的下降0.3%转为上涨0.4%。其中，城市上涨0.5%，农村上涨0.2%) — is no
    year-on-year growth: a growth on the month (quarter) before."""
    for c in results:
        if c.kind != "observation" or c.yoy_pct is None or c.period_kind not in ("month", "quarter"):
            continue
        if c.growth_pct is not None:
            continue  # (…同比增长39.7%。…产量环比下降5.2%: its growth on the month is said already)
        paragraph = folded.rfind("\n", 0, c.start) + 1
        said_after = (  # (指数为109.0，同比上涨9.0%: the level's growth, said after it)
            _COMPARED_AFTER.match(folded, c.end) if c.value is not None else None
        )
        upto = said_after.end() if said_after else c.end
        taken = re.match(r"后文“(.+?)”", c.why.get("growth", ""))  # (the growth said after it: its comparison
        at = (
            folded.find(taken.group(1), c.end, c.end + 120) if taken else -1
        )  # is the last before that figure)
        upto = at + len(taken.group(1)) if taken and at > 0 else upto
        if folded.rfind("环比", paragraph, upto) > max(
            folded.rfind(w, paragraph, upto) for w in _YEAR_ON_YEAR
        ):
            c.growth_pct, c.growth_base, c.yoy_pct = (
                c.yoy_pct,
                "上月" if c.period_kind == "month" else "上季度",
                None,
            )


#: A base of comparison that names its year (与2019年同期相比, 较2020年同期, 相较于2023年清明节假期).
_YEAR_BASE = re.compile(YEAR_BASE)
#: A base that is a five-year plan's end (较“十三五”末, 比“十二五”期末).
_PLAN_BASE = re.compile(
    r"(?:与|比|较|相较于|相比于)\s*(?:[“\"]?十[一二三四五六七八九]五[”\"]?(?:期末|末)|疫情前|疫情之前|疫情发生前)"
)  # (较疫情前增长40%: against the years before the pandemic, no growth on the year before)


def _against_another_year(s_text: str, at: int, year: int | None) -> bool:
    """A growth said alone that its sentence compares with a named year other than the one before its
    period (与2019年同期相比，分别增长60.64%和81.92%): no year-on-year growth — the base the editor files is
    the year before. A base a growth said before it already took (较2019年同期增长13.8%，两年平均增长6.7%)
    is no longer this one's. ``year``: the growth's period's, else the figure before's, else the paper's."""
    plan = _PLAN_BASE.match(s_text, at) or next(reversed(list(_PLAN_BASE.finditer(s_text, 0, at))), None)
    if plan is not None and not re.search(
        r"\d%", _LIST_RUN.sub("", s_text[plan.end() : max(at, plan.end())])
    ):
        return True  # 长度较“十三五”末新增66.1%: against a plan's last year, no growth on the year before
    base = next(reversed(list(_YEAR_BASE.finditer(s_text, 0, at))), None)
    if base is None or year is None:
        return False
    between = _LIST_RUN.sub("", s_text[base.end() : at])
    if re.search(r"\d%", between):
        return False
    return int(base.group(1)) != year - 1


def _year_of(*dated: Period | date | None) -> int | None:
    """The year of the first of these that is known."""
    first = next((d for d in dated if d is not None), None)
    return first.start.year if isinstance(first, Period) else first.year if first is not None else None


#: A 分别 list's growths said before this one (分别增长60.64%和): the same base is theirs and this one's.
_LIST_RUN = re.compile(r"分别[^\d]{0,8}(?:\d+(?:\.\d+)?%[、和及,，])+")


def _without_furniture(folded: str, spans: list[tuple[int, int]]) -> str:
    """The text with the page's furniture blanked (same length, line breaks kept): a breadcrumb, a byline, a
    刊号 or what follows the article (新闻推荐…) is read for nothing."""
    if not spans:
        return folded
    pieces, position = [], 0  # (by slices: a list of every character took ~70 bytes each)
    for start, end in sorted((a, len(folded) if b == -1 else b) for a, b in spans):
        start = max(start, position)
        if end <= start:
            continue
        pieces.append(folded[position:start])
        pieces.append(re.sub(r"[^\n]", " ", folded[start:end]))
        position = end
    pieces.append(folded[position:])
    return "".join(pieces)


_WHERE_MOST_ARE = re.compile(r"(?:集中|分布)(?:于|在)$")


def _note_paragraph_place(
    article: Article, sentence: Sentence, outside: list[tuple[int, int, RegionRef]], places: Places
) -> None:
    """The place a paragraph is about: the first its sentences name outside a breakdown — not where a share
    concentrates (企业分布主要集中于成都平原经济区(占90.9%): that share's place)."""
    s_text = sentence.text
    if (
        outside
        and sentence.paragraph not in article.paragraph_region
        and not _WHERE_MOST_ARE.search(s_text, max(0, outside[0][0] - 4), outside[0][0])
    ):
        article.paragraph_region[sentence.paragraph] = leading_place(s_text, outside, places)


def _read_sentence(article: Article, sentence: Sentence, places: Places) -> list[Candidate]:
    s_text = sentence.text
    found_places = sentence_places(
        s_text,
        sentence.start,
        places,
        article.here(),
        article.quotes,
        article.region,  # type: ignore[arg-type]
    )
    outside = [
        f for f in found_places if not in_breakdown(s_text, f[0])
    ]  # (…共28个(顺庆片区9个…): its parts)
    _note_paragraph_place(article, sentence, outside, places)
    periods = sentence_periods(s_text, sentence.start, article)
    before = (article.paragraph_period.get(sentence.paragraph), article.last_period)
    note_sentence_periods(article, sentence, periods)
    spans, figure_starts, in_growth_or_rank = sentence_figures(
        s_text, article.rate_paragraph == sentence.paragraph
    )
    same_time = s_text.startswith(
        "同期"
    )  # (a paragraph begun 同期，: the figures' before it, whichever paragraph)
    went_on = article.went_on_next if sentence.paragraph == article.went_on_paragraph or same_time else None
    article.went_on_next, article.went_on_paragraph = None, sentence.paragraph
    heading = heading_place(s_text, found_places) or colon_heading(s_text, places)
    if heading is not None:
        article.last_region, article.last_region_paragraph = heading, sentence.paragraph  # 资阳
    project = project_of(
        s_text,
        sentence,
        article.published,
        places,
        sentence_context(article, sentence.paragraph, places),
        article.text,
        found_places,
    )
    reading = Reading(
        sentence=sentence,
        places=found_places,
        periods=periods,
        figure_starts=figure_starts,
        went_on=went_on,
        goes_on=bool(GOES_ON.match(s_text)) or after_semicolon(article.folded, sentence.start),
        project=project,
        before=before,
    )
    listed = listed_projects(
        s_text, sentence, places, sentence_context(article, sentence.paragraph, places), article.text
    )
    if listed:
        if project is not None and not any(p.start < project.end and project.start < p.end for p in listed):
            listed.insert(0, project)
        reading.project = None  # (their figures are each one's own: no one project takes the sentence's)
    results: list[Candidate] = listed or ([project] if project is not None else [])
    for p in results:
        held_where(p, article)
    context = (article.last_region, article.last_region_paragraph)
    figures = _read_figures(article, reading, places, results, spans, in_growth_or_rank)
    if len({c.region for c in figures if c.why.get("region", "").startswith("本句数字前写的地点")}) > 1:
        # 成都出口量占70%、乐山…占14.3%、绵阳…占9.9%: a breakdown by place — the next sentence is not the last one's
        article.last_region, article.last_region_paragraph = context
    rates = [c for c in figures if c.unit == "%" and c.value is not None]
    ended_on_rate = bool(figures) and figures[-1] is (rates[-1] if rates else None)
    article.rate_paragraph = sentence.paragraph if ended_on_rate else -1
    return results + figures


def _read_figures(
    article: Article,
    reading: Reading,
    places: Places,
    projects: list[Candidate],
    spans: list[tuple[int, int, str, Any]],
    in_growth_or_rank: set[int],
) -> list[Candidate]:
    """The figures of a sentence, but for those inside a place's name, a quoted name or a project's words."""
    sentence, s_text, found_places = reading.sentence, reading.sentence.text, reading.places
    figure_starts = reading.figure_starts
    results: list[Candidate] = []
    owned = [p.owned for p in projects if p.owned is not None]
    region_starts = [a for a, _b, _r in found_places]
    region_reach = list(itertools.accumulate((b for _a, b, _r in found_places), max))
    quote = quote_of(article.text, sentence)
    for start, end, _written, quantity in spans:
        alone = quantity in (GROWTH_ONLY, RANK_ONLY, AVERAGE_GROWTH) or isinstance(quantity, StatedGrowth)
        if not alone and start in in_growth_or_rank:
            continue
        inside = bisect.bisect_right(region_starts, start)
        if inside and region_reach[inside - 1] >= end:
            continue  # 全省88个贫困县: a figure inside a place's name
        if article.quotes.inside_short(sentence.start + start):
            continue  # “九件大事”, “5+1”现代工业: a name in quotes
        if start > 0 and s_text[start - 1] == "第":
            continue
        if any(a <= sentence.start + start < b for a, b in owned):
            continue  # 总投资5.8亿元的…年产4.5万吨…项目: the project's investment and name
        following = bisect.bisect_right(figure_starts, start)
        figure = Figure(
            start=start,
            end=end,
            quantity=quantity,
            alone=alone,
            clause_start=clause_start(s_text, start),
            next_figure=figure_starts[following] if following < len(figure_starts) else len(s_text),
            growth_reach=growth_reach(s_text, end, figure_starts, following),
        )
        candidate = _read_figure(article, reading, figure, places, quote)
        if candidate is not None:
            results.append(candidate)
    return results


def _read_figure(
    article: Article, reading: Reading, figure: Figure, places: Places, quote: tuple[str, int, int]
) -> Candidate | None:
    sentence, s_text = reading.sentence, reading.sentence.text
    start, end, quantity, alone = figure.start, figure.end, figure.quantity, figure.alone
    candidate = Candidate(
        "observation",
        sentence.start + start,
        sentence.start + end,
        article.text[sentence.start + start : sentence.start + end],
    )
    candidate.quote, candidate.quote_start, candidate.quote_end = quote
    candidate.value_text = None if alone else candidate.text
    candidate.value = None if alone else float(quantity.value)  # type: ignore[attr-defined]
    candidate.unit = quantity.unit  # type: ignore[attr-defined]
    candidate.qualifier = quantity.qualifier  # type: ignore[attr-defined]
    previous, previous_period = reading.previous_figure, reading.previous_period
    since = max(figure.clause_start, previous[0] if previous else 0)  # not over a figure
    figure.phrase, figure.clause_phrase = name_figure(s_text, figure, since, places)
    candidate.indicator = figure.phrase or None
    period, chosen = figure_period(article, reading, figure)
    if period is not None:
        candidate.period_label = chosen[1] if chosen else period.label
        candidate.period_kind, candidate.period_start, candidate.period_end = (
            period.kind,
            period.start.isoformat(),
            period.end.isoformat(),
        )
    attribute = is_attribute(s_text[figure.clause_start : start])
    region, carried = figure_place(article, reading, figure, places, attribute)
    reading.previous_figure = (end, region, carried)
    if not getattr(quantity, "year_before", False) and not _in_brackets(s_text, chosen):
        reading.previous_period = period  # (not 由上年的12.1:14.9:…, (上制糖期…): no whole after)
    if (not alone or chosen is not None) and not (
        chosen is not None and chosen[0] in reading.periods.own_clause
    ):
        # (not an aside's: 其中，三季度生猪出栏…；牛出栏… is the paragraph's; nor a stock's end: 牛存栏…；出栏…)
        article.went_on_next = figure.period_as_said or period
    if carried and not alone and not in_breakdown(s_text, start):  # (a bracket's parts: not the article's)
        # 四川、湖南等省份…: their common area holds for this sentence only
        # (nor does a growth-only fact set the article's place: 分地区看，川西北生态示范区下降5.4%)
        article.last_region, article.last_region_paragraph = region, sentence.paragraph
    if region is not None:
        candidate.region, candidate.region_code = region.name, region.code
    if isinstance(quantity, StatedGrowth):
        candidate.yoy_pct = quantity.pct  # 增速为7.5%: the growth itself
    elif quantity is not RANK_ONLY:
        attach_growth(candidate, s_text, start, end, figure.growth_reach, alone)
    if quantity is AVERAGE_GROWTH and candidate.yoy_pct is not None:  # 年均增长8.7%: over the years
        average = AVERAGE_WORDS.search(s_text, max(0, start - 8), start + 4)
        candidate.growth_pct, candidate.yoy_pct = candidate.yoy_pct, None
        candidate.growth_base = average.group() if average else "年均"
    if (
        alone
        and quantity not in (RANK_ONLY, AVERAGE_GROWTH)  # (比2005年…，年均增长6.8%: averaged from that base)
        and _against_another_year(s_text, start, _year_of(period, previous_period, article.published))
    ):
        return None  # 与2019年同期同基数相比，分别增长60.64%: the levels' growths against another year
    attach_rank(candidate, s_text, start if alone else end, figure.next_figure)
    candidate.is_estimate = bool(ESTIMATE.search(s_text[max(0, figure.clause_start - 12) : start]))
    candidate.why = figure.why
    project = reading.project
    if (
        project is not None
        and not alone
        and start >= (project.start - sentence.start)
        and not reading.counted_projects  # 等28个项目…192.28亿元: their total
        and not (chosen and chosen[0] >= figure.clause_start)
        and (
            project_field(project, s_text, start, quantity, candidate.text)
            or (
                period is None
                and _PROJECT_OWN.search(s_text, max(figure.clause_start, project.end - sentence.start), start)
            )
        )
    ):
        return None  # 总投资50亿元, 占地1200亩, 建成后年产值…: the project's own, no fact of the place
    return candidate
