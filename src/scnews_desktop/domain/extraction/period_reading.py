"""A period as written, and a sentence's periods read together: 全年/年末 take the year the article is about;
全年 and a month without its year are of the year the sentence named before them; 今年 in a January paper's
review is the year gone; 上月 is the month before the sentence's month; a day written is the day, whatever
holiday's day it is said to be in apposition."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date, timedelta

from ..errors import ValidationError
from ..periods import Period, parse_period, whole_year
from .state import Article


def read_period(label: str, published: date | None, context_year: int | None = None) -> Period | None:
    """A period as written; 全年/年末 take the year the article is about (``context_year``)."""
    year = context_year or (published.year if published else None)
    if label in ("全年", "年末", "年底"):
        if year is None:
            return None
        return (
            whole_year(year, label)
            if label == "全年"
            else Period("asof", date(year, 12, 31), date(year, 12, 31), label)
        )
    label = label.replace(" ", "")
    label = re.sub(r"(?<=\d年)(?:及|和|与|、)(?=\d{4}年)", "—", label)  # 2020年及2021年: both years
    for text in dict.fromkeys((label, label.replace("至", "—"))):
        try:
            period = parse_period(text, published)
        except ValidationError:
            continue
        return _in_context_year(period, text, published, context_year)
    return None


#: A year written in a period (2025年, 二〇二五年, 今年, 去年 …): the period is not year-less.
_YEAR_WRITTEN = re.compile(r"\d{2,4}年|[〇零一二三四五六七八九]{4}年|[今去明前本上]年(?!度)")


def _in_context_year(period: Period, text: str, published: date | None, context_year: int | None) -> Period:
    """一季度, 1—5月, 3月 with no year that has not ended by the day of the paper, in an article speaking of
    another year (2025年…，牧业产值由一季度增长0.2% in a January 2026 review of 2025): that year's, as a
    writer leaves out the year the text is about — a result is of a period that is over."""
    if (
        context_year is None
        or published is None
        or period.end <= published
        or period.kind not in ("quarter", "ytd", "month", "asof")
        or period.start.year == context_year
        or _YEAR_WRITTEN.search(text)
    ):
        return period
    try:
        moved = parse_period(f"{context_year}年{text}", published)
    except ValidationError:
        return period
    return moved if moved.end <= published else period


_PLANNED = re.compile(r"将|计划|力争|预计|目标|拟|争取|确保|要|今年以来")

_OWN_YEAR = re.compile(r"今年|去年|本年|上年|明年|前年|同期")


def years_of_wholes(
    found: list[tuple[int, str, Period | None]], published: date | None
) -> list[tuple[int, str, Period | None]]:
    """过去的一年，…全年累计签约项目79个: 全年 and 年末 are of the year named before them in the sentence, and
    so is a month or quarter written without its year (2020年,…在5月实现正增长,全年…: May and the whole of
    2020, not of the publication's year)."""
    result, year = [], None
    for pos, label, p in found:
        if label in ("全年", "年末", "年底") and year is not None:
            p = read_period(label, published, year)
        elif p is not None and p.relative and year is not None and not _OWN_YEAR.search(label):
            p = read_period(label, published, year)  # (its year is the sentence's, as it was)
        elif p is not None and p.kind in ("year", "asof", "quarter", "ytd", "month"):
            year = p.end.year
        result.append((pos, label, p))
    return result


def the_day_said(
    found: list[tuple[int, str, Period | None]], s_text: str
) -> list[tuple[int, str, Period | None]]:
    """4月5日，清明节假期的第一天，…: the day written is the day, whatever the holiday table makes its Nth
    day (a day named twice in apposition)."""
    result = list(found)
    for (pos, label, p), (pos2, label2, p2) in itertools.pairwise(found):
        if (
            p is not None
            and p2 is not None
            and p.kind == p2.kind == "date"
            and re.fullmatch(r"\d{1,2}月\d{1,2}日", label)
            and s_text[pos + len(label) : pos2] in ("，", ",")
        ):
            result[result.index((pos2, label2, p2))] = (pos2, label2, p)
    return result


def month_before_the_sentences(
    found: list[tuple[int, str, Period | None]],
) -> list[tuple[int, str, Period | None]]:
    """6月四川居民消费价格同比由上月的上涨0.2%转为持平: 上月 is the month before the sentence's month, not
    before the paper's."""
    result: list[tuple[int, str, Period | None]] = []
    month: Period | None = None
    for pos, label, p in found:
        if label == "上月" and month is not None:
            end = month.start - timedelta(days=1)
            p = Period("month", end.replace(day=1), end, label, True)
        elif p is not None and p.kind == "month":
            month = p
        result.append((pos, label, p))
    return result


def written_last_year(
    found: list[tuple[int, str, Period | None]], s_text: str, published: date | None, context_year: int | None
) -> list[tuple[int, str, Period | None]]:
    """广安产业园今年引进产业项目21个 in a review of 2020 printed on 21 January 2021: written in December, 今年
    is the year the article is about — when the paper is of January, the figures before were of the year
    before, and the sentence tells of things done, not planned (今年将…, 今年计划… are the new year's)."""
    if (
        published is None
        or published.month != 1
        or context_year != published.year - 1
        or _PLANNED.search(s_text)
    ):
        return found
    year = whole_year(context_year, "今年")
    return [(pos, label, year if label == "今年" else p) for pos, label, p in found]


def adjusted(
    found: list[tuple[int, str, Period | None]], s_text: str, published: date | None, context_year: int | None
) -> list[tuple[int, str, Period | None]]:
    """The sentence's periods as found, each read with the others."""
    found = years_of_wholes(found, published)
    found = written_last_year(found, s_text, published, context_year)
    found = month_before_the_sentences(found)
    return the_day_said(found, s_text)


def transport_days(
    s_text: str, pos: int, label: str, period: Period | None, article: Article
) -> Period | None:
    """端午假日运输期间 after 5月30日至6月3日…: the holiday's transport runs over the days the article gave
    it (a day before the holiday to a day after), not the days off."""
    if period is None or not s_text.startswith("运输", pos + len(label)):
        return period
    spans = [p for p in article.day_spans if p.start <= period.start <= period.end <= p.end]
    return spans[-1] if spans else period


def coming(s_text: str, pos: int, label: str, period: Period | None, published: date | None) -> Period | None:
    """预计12月底突破32万标箱 in a November paper: the month-end to come, not last year's (a month-end written
    without its year is the latest one before the paper, unless the sentence looks ahead to one nearer the
    paper than that: 预计上半年…达到69万吨 in a paper of 11 July is of the half-year just ended)."""
    if (
        period is None
        or published is None
        or period.end >= published
        or re.search(r"\d{4}年|去年|上年", label)
        or not re.search(r"(?:预计|有望|力争|将于|将在|计划|将)$", s_text[max(0, pos - 3) : pos])
    ):
        return period
    try:
        start, end = (
            period.start.replace(year=period.start.year + 1),
            period.end.replace(year=period.end.year + 1),
        )
    except ValueError:  # (29 February)
        return period
    if end - published >= published - period.end:  # (the one just ended is the nearer)
        return period
    return dataclasses.replace(period, start=start, end=end)
