"""A figure's period: the one its sentence names before it (else right after it in its clause), the
sentence before's when this one goes on with it, a ceremony's day, else the paragraph's or the
article's; then what it measures adjusts it — a stock at the period's end, a flow up to a month's end, a
project's own figures of none, a growth over years, a figure 由…增至… at the ends of its years."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..errors import ValidationError
from ..numerals import parse_number
from ..periods import SEASONS, Period, parse_period, whole_year
from .kinds import BASE_LEVEL, TOWARDS
from .no_period import of_no_period
from .state import Article, Events, Figure, Reading
from .stock_flow import period_for_indicator
from .text import clause_start
from .timing import LOOKING_BACK, event_day_at

_FROM = re.compile(r"(?:由|从)$")

_RISE_TO = re.compile(r"(?:增至|增加到|提高到|增长到|上升到|升至|扩大到)")

#: 当天, 当日 before a figure: the day the text named last.
_THAT_DAY = re.compile(r"当天|当日")
#: 三天累计接待游客… (截至5月1日): the days up to the day named, counted over.
_DAYS_COUNTED = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,2})(?:天|日)(?:累计|共|合计)")

#: 此次/本次 in a figure's clause: the event the article tells of, whatever the sentence's period.
_THIS_EVENT = re.compile(r"此次|本次|这次")

#: Where a clause ends (a figure's clause: the periods after it within it are its own).
CLAUSE_MARK = re.compile(r"[，,；;。]")


def figure_period(
    article: Article, reading: Reading, figure: Figure
) -> tuple[Period | None, tuple[int, str, Period] | None]:
    """The period of a figure: the one its sentence names before it (else right after it), the sentence
    before's when this one goes on with it, a ceremony's day, else the paragraph's or the
    article's; then what the figure measures adjusts it (a stock at the period's end, a project's own
    figures of no period). Returns the period and the written period it came from."""
    s_text, start = reading.sentence.text, figure.start
    chosen, period = _chosen_period(article, reading, figure)
    adjusted = figure.period_as_said = period
    quantity = figure.quantity
    clause = s_text[figure.clause_start : start]
    counted = (
        re.match(r"[^，。；,;\d]{0,40}", s_text[figure.end :]).group()  # type: ignore[union-attr]
        if quantity.unit in ("户", "家", "个")  # type: ignore[attr-defined]
        else ""
    )
    name = f"{figure.clause_phrase}{counted}" if counted else (figure.clause_phrase or figure.phrase)
    written = s_text[start : figure.end]
    said = s_text[
        clause_start(s_text, max(figure.clause_start - 1, 0)) : start
    ]  # (销售现房…，期房914.06万平方米)
    unit = quantity.unit  # type: ignore[attr-defined]
    period = period_for_indicator(period, name, clause, unit, written, said, s_text[:start])
    if period is not None and (base := BASE_LEVEL.search(s_text, max(0, start - 10), start)):
        year = int(base.group(1))  # 比2005年69.7万亩扩大28.3万亩: the base's level, of its year
        period = whole_year(year, base.group())
        period = period_for_indicator(period, name, clause, unit, written, said, s_text[:start])
        figure.why["period"] = f"比较的基数：{year}年的水平"
    if period is not None and adjusted is not None and period != adjusted:
        _because(
            figure,
            "存量取期末"
            if period.kind == "asof"
            else "时段末的水平或比率：最后一年"
            if adjusted.kind == "range" and period.kind == "year"
            else "按指标性质调整为期间",
        )
    previous = reading.previous_figure
    if (
        previous is not None
        and not reading.this_event  # (其中参加此次…: this event's, above)
        and (chosen is None or chosen[0] < previous[0])
        and (reading.breakdown or "其中" in s_text[previous[0] : start])
    ):
        reading.breakdown = True  # 共争取资金50,881万元，其中：教育发展14,072万元…: the whole's period
        figure.why["period"] = "“其中”所列部分：取总数的时期"
        period = period_for_indicator(
            reading.previous_period,
            figure.clause_phrase or figure.phrase,
            clause,
            quantity.unit,  # type: ignore[attr-defined]
            said=said,
        )
    if of_no_period(reading, figure, clause, chosen, period is not None):
        period = None
        figure.why["period"] = "项目自身的数字（总投资、占地、工期等）：无时期"
    if getattr(quantity, "year_before", False) and period is not None and period.kind == "year":
        year = period.start.year - 1  # 由上年的16.6:47.0:36.4调整为…: the year before's shares
        period = whole_year(year, "上年", period.relative)
        _because(figure, "由上年的…调整为…：上年的结构")
    counted = _DAYS_COUNTED.search(s_text, chosen[0] if chosen else figure.clause_start, start)
    if counted and period is not None and period.kind == "date":  # 截至5月1日…三天累计: 29 April to 1 May
        days = int(parse_number(counted.group(1)))
        period = Period(
            "range", period.end - timedelta(days=days - 1), period.end, period.label, period.relative
        )
        _because(figure, f"“{counted.group()}”：到该日为止的{days}天")
    if getattr(quantity, "average", False):
        period = _averaged_over_years(figure, period, s_text[:start])
    return _from_of_a_pair(article, reading, figure, _within_years(article, reading, figure, period)), chosen


def _averaged_over_years(figure: Figure, period: Period | None, before: str) -> Period | None:
    """2015年产值为95亿元，力争到2020年…，年均增长16%; 比2005年…，年均增长6.8%: an average yearly growth is over the
    years from the one after the base its sentence names — a year, or its end (到2011年末); not a quarter's
    两年平均增长, which stays the quarter's."""
    whole_year = (
        period is not None
        and period.end.strftime("%m%d") == "1231"
        and (period.start == period.end or period.start.strftime("%m%d") == "0101")
    )
    if period is None or not whole_year:
        return period
    earlier = [int(y) for y in re.findall(r"(\d{4})年", before) if int(y) < period.end.year]
    if not earlier:
        return period
    _because(figure, f"年均增长：自{earlier[-1]}年基数起的各年")
    return Period("range", date(earlier[-1] + 1, 1, 1), period.end, period.label, period.relative)


#: 从2013年底的625万人减少到2018年底的71万人: a progression said between two dates.
#: (从2020年52.4%提高到56%: only where it started is dated — where it reached is of the sentence's period)
_DATED_PAIR = re.compile(
    r"[从由](?P<a>\d{4}年(?:底|末)?)的?[^。；;从由]{0,40}?(?:到|至)(?:(?P<b>\d{4}年(?:底|末)?)的?)?"
)
#: …从9.6%降到1.1%: where a progression reaches (the figure after it is its end).
_REACHES = re.compile(rf"了?{TOWARDS}|了?达到")
#: …从116万人减少到36.4万人: the figure a progression without dates reaches.
_UNDATED_FROM = re.compile(rf"[从由][\d.]+[万亿千百]?[^\d，,；;。从由]{{0,4}}?{TOWARDS}$")


def _from_of_a_pair(
    article: Article, reading: Reading, figure: Figure, period: Period | None
) -> Period | None:
    """贫困人口从2013年底的625万人减少到2018年底的71万人，贫困发生率从9.6%降到1.1%: a progression said
    without its dates after one said with them (in its sentence or earlier in its paragraph) is between the
    same dates — where it starts at the first, where it reaches at the last."""
    if period is None:
        return period
    s_text = reading.sentence.text
    clause = s_text[figure.clause_start : figure.start]
    starts = _FROM.search(clause) is not None and _REACHES.match(s_text, figure.end) is not None
    if not starts and not _UNDATED_FROM.search(clause):
        return period
    window = max(
        0, reading.sentence.start - 300
    )  # (the paragraph's last sentences: a pasted page may be one line)
    paragraph_at = article.folded.rfind("\n", window, reading.sentence.start) + 1 or window
    before = article.folded[paragraph_at : reading.sentence.start] + s_text[: figure.start]
    pairs = list(_DATED_PAIR.finditer(before))
    pair = pairs[-1] if pairs else None
    if pair is None:
        return period
    if pair.group("b") is None and not starts:
        return period  # (where it reached: the sentence's period, as the first one's)
    try:
        first, last = (
            parse_period(pair.group(x), article.published) if pair.group(x) else period for x in ("a", "b")
        )
    except ValidationError:
        return period
    said, other = (first, last) if starts else (last, first)
    if period.end != other.end:
        return period  # (its own dates, or another progression's)
    which = pair.group("a") if starts else pair.group("b")
    reached = pair.group("b") or "…"
    _because(
        figure, f"“从{pair.group('a')}…到{reached}”之后未写时期的{'起点' if starts else '终点'}：{which}"
    )
    return said


def _because(figure: Figure, reason: str) -> None:
    """A later rule adjusted the period: said after the rule that chose it."""
    figure.why["period"] = f"{figure.why['period']}；{reason}" if figure.why.get("period") else reason


def _within_years(article: Article, reading: Reading, figure: Figure, period: Period | None) -> Period | None:
    """Figures told of years (过去五年, “十三五”时期): an average growth is over the years (not the year its
    clause names); 由75.1亿元增至110亿元: the first at the year before them, the second at their last; a rate
    or a share, at their last."""
    quantity = figure.quantity
    if getattr(quantity, "average", False):
        paragraph_period, last_period = (
            article.paragraph_period.get(reading.sentence.paragraph),
            article.last_period,
        )
        if reading.periods.lasting_at and reading.periods.lasting_at[0] > figure.start:
            paragraph_period, last_period = reading.before
        years = next(
            (
                p
                for p in (paragraph_period, last_period, article.main_period)
                if p is not None and p.kind == "range" and p.end.year > p.start.year
            ),
            None,
        )
        if years is not None:
            _because(figure, "平均增长：整个时段")
            if (
                period is not None
                and period.kind == "year"
                and years.start.year < period.end.year < years.end.year
            ):
                # “十四五”期间…2024年服务业增加值达到3.63万亿元，年均增长5%: the span up to the level's year
                _because(figure, f"至所说水平的{period.end.year}年")
                return Period("range", years.start, period.end, years.label, years.relative)
        return years or period
    if period is None or period.kind != "range" or period.end.year == period.start.year:
        return period
    if any(season in (period.label or "") for season in SEASONS):
        return period  # 本制糖期…累计销糖率41.72%: a trade's season is one span, not years
    s_text, start, end = reading.sentence.text, figure.start, figure.end
    clause = s_text[figure.clause_start : start]
    if _FROM.search(clause) and _RISE_TO.match(s_text, end):
        year = period.start.year - 1  # 由75.1亿元增至…: where it started
        _because(figure, "“由…增至…”的起点：时段前一年")
        return whole_year(year, period.label)
    if _RISE_TO.search(clause[-4:]) or quantity.unit == "%":  # type: ignore[attr-defined]
        year = period.end.year  # …增至110亿元以上, …比重达66.6%: where it stands at the end
        _because(figure, "时段末的水平或比率：最后一年")
        return whole_year(year, period.label)
    return period


_GROWS_AFTER = re.compile(r"[，,]?(?:(?:同比|比上年|较上年)(?:增长|下降|增加|减少)|(?:增长|下降)约?)[-−]?\d")
#: What a target or an estimate is said with (力争, 有望): a year's figure, never a meeting's day.
_TARGETED = r"力争|预计|有望|目标"
_PLANNED_IN_CLAUSE = re.compile(_TARGETED)
_UP_TO = re.compile(r"截至|截止")
#: What a year yields (年销售, 年产值, 年产量, 年收入): said of an event's article, still a year's.
_YEARLY = re.compile(r"年(?:销售|产值|产量|营业收入|收入|出口|接待)")

_HELD_CLAUSE = re.compile(r"[^。；;]*?(?:举行|召开|举办|开幕|闭幕)")

#: Where a progression turned to or reached (提高到56%: not of the year it came from — kinds.TOWARDS).
_TURNED_TO = re.compile(rf"转为|转正为|变为|收窄至|{TOWARDS}")


def _said_periods(
    reading: Reading, figure: Figure
) -> tuple[list[tuple[int, str, Period]], list[tuple[int, str, Period]]]:
    """The periods its sentence says that may be a figure's, and those of them said before it."""
    sentence, found, start = reading.sentence, reading.periods, figure.start
    # (由2016年的11.8:40.6:47.6调整为…: a structure's later parts are of the period its first part is)
    whole_at = getattr(figure.quantity, "at", None) if getattr(figure.quantity, "part", 1) > 1 else None
    own_from = figure.clause_start if whole_at is None else clause_start(sentence.text, whole_at)
    usable = [
        x
        for x in found.found
        if x[0] not in found.own_clause
        or (x[0] >= own_from and not _TURNED_TO.search(sentence.text, x[0], start))
    ]  # (由上月的下降0.3%转为上涨0.4%: where it turned from is the month before's, where to the sentence's)
    usable = [
        x
        for x in usable
        if not (_UP_TO.match(x[1]) and _PLANNED_IN_CLAUSE.search(sentence.text, x[0], start))
    ]  # (截至9月28日收购烟叶122.14万担，预计…将实现售烟收入32亿元: what is done so far, then the year's estimate)
    return usable, [x for x in usable if x[0] < (start if whole_at is None else whole_at)]


def _chosen_period(
    article: Article, reading: Reading, figure: Figure
) -> tuple[tuple[int, str, Period] | None, Period | None]:
    sentence, found, start = reading.sentence, reading.periods, figure.start
    usable, before = _said_periods(reading, figure)
    clause_end = CLAUSE_MARK.search(sentence.text, figure.end)
    limit = min(figure.next_figure, clause_end.start() if clause_end else len(sentence.text))
    after_figure = [x for x in usable if start < x[0] < limit and x[0] not in found.own_clause]
    chosen = before[-1] if before else (after_figure[0] if after_figure else None)
    chosen = _up_to_the_day(sentence.text, before, chosen)
    # a figure with a growth on the year before is over a span, never an event's day (3月20日，…推进会在泸州
    # 举办，全省规模以上企业共完成主营业务收入2653.0亿元，同比增长12.7%: the year the meeting looks back on)
    grows = _GROWS_AFTER.match(sentence.text, figure.end) is not None
    # …体育产业总规模有望超过2350亿元，增长约8.3%; 力争…超过2600亿元: a target or an estimate is of a year,
    # never the day of the meeting that set it
    grows = grows or _PLANNED_IN_CLAUSE.search(sentence.text[figure.clause_start : start]) is not None
    if (
        grows
        and chosen is not None
        and chosen[2].kind == "date"
        and (held := _HELD_CLAUSE.match(sentence.text, chosen[0])) is not None
        and held.end() < start
    ):
        chosen = None
    events = article.events
    # 签约项目26个…分县看，巴州区2个 — not a statistic told before the event
    event_figure = events.paragraphs.get(sentence.paragraph, len(article.text)) <= sentence.start
    if _said_vaguely(article, reading, figure, chosen):
        figure.why["period"] = "“近年来”等不定时间：文章未说何时"
        return None, None  # 近年来…累计签约项目236个: the article does not say when
    this_event = _THIS_EVENT.search(sentence.text, figure.clause_start, start)
    if (
        (this_event or reading.this_event)
        and events.days
        and (chosen is None or chosen[0] < figure.clause_start)
    ):
        # 一季度…集中开工项目共计292个，其中参加此次全省集中开工项目140个，总投资467.3亿元: this event's
        reading.this_event = True
        said = f"分句写“{this_event.group()}”" if this_event else "接续前面“此次”的数字"
        figure.why["period"] = f"{said}：本次活动当天"
        return None, event_day_at(events.days, sentence.start + start)
    if chosen is None and article.last_day is not None and _THAT_DAY.search(sentence.text, 0, start):
        figure.why["period"] = "“当天”：前文所写的那一天"  # 4月5日，…。…景区在当天接待游客…
        # (…截至当日15点…接待游客176万人次。…其中，5A级旅游景区…: the paragraph goes on with that day)
        article.paragraph_period.setdefault(sentence.paragraph, article.last_day)
        return None, article.last_day
    if chosen is not None:
        where = "数字前" if chosen[0] < start else "数字后（同一分句）"
        figure.why["period"] = f"本句{where}写的时期“{chosen[1]}”"
        return chosen, chosen[2]
    if (
        chosen is None
        and reading.went_on is not None
        and reading.goes_on
        and not (
            event_figure and events.batch
        )  # (年度计划投资…；产业发展64个项目: the batch's day, not the plan's year)
    ):
        # …项目144个。其中，投资额10亿元以上项目77个: the parts of that whole; …12.86%；外商投资
        # 实际到位26.72亿美元: a clause after a semicolon goes on with the sentence's period
        figure.why["period"] = "接续前句（其中、分号后）：沿用其时期"
        return chosen, reading.went_on
    at = sentence.start + start
    # a ceremony's figures: its day (the batch's quarter is the batch's name) — not what is summed or
    # averaged over a span (“十四五”期间…五年累计签约项目5020个)
    if (
        event_figure
        and not grows
        and not _over_the_span(article, reading, sentence.text[figure.clause_start : start])
    ):
        return None, _event_figure_period(article, events, figure, at)
    return chosen, _period_said_before(article, reading, figure, grows)


def _said_vaguely(
    article: Article, reading: Reading, figure: Figure, chosen: tuple[int, str, Period] | None
) -> bool:
    """近年来 before a figure (or begun its paragraph) and no period said after it: no period."""
    sentence, vague, start = reading.sentence, reading.periods.vague, figure.start
    if vague and any(v < start for v in vague) and (chosen is None or chosen[0] < min(vague)):
        article.vague_paragraphs.add(sentence.paragraph)
    return any(v < start and (chosen is None or v > chosen[0]) for v in vague) or (
        chosen is None
        and sentence.paragraph in article.vague_paragraphs
        and "同比"
        not in sentence.text[figure.clause_start : figure.end]  # (…同比增长超过150%: the article's span)
    )


def _up_to_the_day(
    s_text: str, before: list[tuple[int, str, Period]], chosen: tuple[int, str, Period] | None
) -> tuple[int, str, Period] | None:
    """截至11月底，今年全省…已完成投资1900亿元: the year said after a day it runs to is the year up to that day."""
    if chosen is None or chosen[2].kind != "year":
        return chosen
    day = next(
        (
            x
            for x in reversed(before)
            if x[0] < chosen[0]
            and x[2].kind in ("asof", "date")
            and x[2].end.year == chosen[2].start.year
            and (s_text[max(0, x[0] - 2) : x[0]] in ("截至", "截止") or x[1].startswith(("截至", "截止")))
        ),
        None,
    )
    if day is None:
        return chosen
    year = chosen[2]
    return chosen[0], chosen[1], Period("ytd", year.start, day[2].end, f"{day[1]}{chosen[1]}", year.relative)


def _over_the_span(article: Article, reading: Reading, clause: str) -> bool:
    """五年…累计签约项目5020个, 年均实际投资超8000亿元 under “十四五”期间: summed or averaged over the years the
    paragraph is of (两场活动累计签约46个项目 is the event's)."""
    span = article.paragraph_period.get(reading.sentence.paragraph) or article.last_period
    years = span is not None and span.kind == "range" and span.end.year > span.start.year
    return "年均" in clause or ("累计" in clause and years)


#: A plan published, named at the text's start (《四川省算力基础设施高质量发展行动方案(2024—2027年)》对外发布).
_PLAN_TEXT = re.compile(r"《[^》]{2,60}(?:方案|规划|计划|意见|纲要)[^》]{0,20}》")


def _ahead_of_the_paper(period: Period, published: date | None) -> bool:
    """A period that starts after the paper's year: a target's (到2035年), not what the text tells as done."""
    return published is not None and period.start.year > published.year


def _period_said_before(article: Article, reading: Reading, figure: Figure, grows: bool) -> Period | None:
    """A figure whose sentence says no period: the paragraph's, its event's day, the last one written, the
    article's — an event's day never for a figure with a growth (over a span)."""
    sentence, found, events = reading.sentence, reading.periods, article.events
    at = sentence.start + figure.start
    paragraph_period, last_period = article.paragraph_period.get(sentence.paragraph), article.last_period
    main_period = (
        article.main_period
    )  # (but a look back, 五年间提升了13个百分点, is no period of what it tells now)
    main_period = None if LOOKING_BACK.fullmatch(getattr(main_period, "label", "") or "") else main_period
    if (
        found.lasting_at and found.lasting_at[0] > figure.start
    ):  # (its sentence's period comes after it: the one before)
        paragraph_period, last_period = reading.before
    # 到2020年…；到2035年，要全面建成… ¶ 数据显示，…储量达3.86万亿立方米: a target's year stays in its paragraph
    # (a plan's text — 《…行动方案》印发，到2027年… ¶ 算力总规模达到40EFLOPS — is of its target year throughout)
    if not _PLAN_TEXT.search(article.folded, 0, 300):
        if last_period is not None and _ahead_of_the_paper(last_period, article.published):
            last_period = None
        if main_period is not None and _ahead_of_the_paper(main_period, article.published):
            main_period = None
    for period, reason in (
        (paragraph_period, "本句未写时期：沿用本段前文的时期"),
        (None if grows else article.event_day.get(sentence.paragraph), "本句未写时期：本段所述活动的日期"),
        (last_period, "本句未写时期：沿用前文最近写到的时期"),
        (main_period, "本句未写时期：文章的主要时期（标题或导语）"),
        # 活动现场，主办单位邀请8家央国企: nothing else said when — the article's event's day
        (
            event_day_at(events.days, at) if events.in_article and not grows else None,
            "本句未写时期：文章所述活动的日期",
        ),
    ):
        if period is not None:
            figure.why["period"] = reason
            # 花木年销售近300亿元 in an expo's article: a year's, not the event's days; 截至9月28日…，预计…: the
            # year's estimate, not what was done so far — either way the whole year the period carried ends in
            if "活动的日期" in reason and _YEARLY.search(sentence.text, figure.clause_start, figure.start):
                figure.why["period"] = "每年的数字（年销售、年产值…）：活动所在之年"
                return whole_year(period.end.year, period.label)
            if period.kind == "asof" and _PLANNED_IN_CLAUSE.search(sentence.text, 0, figure.start):
                figure.why["period"] = "预计的数字：所沿用的截至日之年的全年"
                return whole_year(period.end.year, period.label)
            return period
    if (
        article.published is not None
        and not [x for x in found.found if x[0] < figure.start]  # (…总数达到206家，其中2022年…)
        and last_period is None
        and main_period is None
        and not _PLANNED.search(
            sentence.text, 0, figure.start
        )  # (根据计划，巴中市将新增…: a plan of no year)
    ):
        # 全县共种植猕猴桃40.6万亩 in a page that says no period at all: the level when the paper came out
        figure.why["period"] = NOTHING_SAID
        return Period("asof", article.published, article.published, "文章日期", True)
    return None


_PLANNED = re.compile(rf"计划|规划|将|{_TARGETED}")

#: Why a figure of an article that says no period anywhere before it is the paper's day (to check).
NOTHING_SAID = "本句未写时期：文章此前未写时期，取文章日期当时"


def _event_figure_period(article: Article, events: Events, figure: Figure, at: int) -> Period | None:
    """An event's figure: the event's day; said without one in an article looking back on a year that has
    ended (去年…参加…等重大活动，共签约项目68个), that year; else the paper's day."""
    day = event_day_at(events.days, at) or events.held
    past = article.last_period
    if (
        day is None
        and past is not None
        and past.kind == "year"
        and article.published
        and past.end < article.published
    ):
        figure.why["period"] = "活动的数字：未写活动日期，文章回顾的那一年"
        return past
    figure.why["period"] = "活动的数字：活动当天"
    return day or events.published_day
