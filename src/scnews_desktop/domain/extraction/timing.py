"""When a figure is: the periods a sentence names, which hold beyond their clause, the article's events
(a ceremony's day, a batch's quarter), and what a figure measures that changes its period (a stock at the
period's end, a project's own figures of none)."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from ..periods import PERIOD_IN_TEXT as PERIOD
from ..periods import Period
from .kinds import MILESTONES, TOWARDS
from .period_reading import adjusted, coming, read_period, transport_days
from .state import Article, Events, SentencePeriods
from .text import Sentence, in_title, quoted_alone

_EVENT = re.compile(r"签约|开工|仪式|揭牌|投产|竣工|开幕|闭幕|落幕|落下帷幕|举办|举行")


# 绵阳当前正在发展的八大新赛道产业: “now” inside a description of something, not the time of a figure
_NOW = ("如今", "目前", "当前", "现在")

_HOLIDAYS_DAY = re.compile(r"(?:第[\d一二三四五六七八九十]{1,2}[天日]|首日)$")
#: 今天是…小长假的第一天: a sentence that says which day it is (not 假期第二天，景区接待游客较首日增长…).
_FRAMED = re.compile(r"是[^，,。；;]{0,12}$")

_MODIFIER_AFTER = re.compile(r"[^，。；,;:：\d]{0,12}的")

#: Where a reporter learns what an event counted, at the event: 分会场, 仪式上, 现场, 活动上.
_AT_THE_EVENT = re.compile(r"(?:分?会场|仪式|活动|大会|现场)(?:上|中)?(?:获悉|了解到|得知)$")

_REPORTED_AFTER = re.compile(r"[，,]?(?:记者)?(?:从|在)[^。；;]{0,40}?(?:获悉|了解到|得知)")

GOES_ON = re.compile(
    r"(?:其中|同期)[，,：:]?"
)  # (同期，全省图书馆…接待群众: the period of the figures before)

_EVENT_AFTER = re.compile(r"(?:成功|正式|获批|被评为|被认定为|被列为|被命名为|入选|荣获|获评|挂牌|揭牌)")

# (2022年四川省优质白酒产业推进会在绵竹举行: the meeting's year, not its figures' — a release's, 2025年度…数据
# 新闻发布会, is what its figures are of, and stays)
_EVENT_NAME = re.compile(
    # (9月24日举行的…洽谈会, 2012年成都市共举行国际会议76个: when it was held, not a name)
    r"(?:(?!举行|召开|举办|开幕|共)[^，,。；;、]){0,16}?"
    r"(?:仪式|活动|大会|会议|推介会|博览会|交易会|推进会|座谈会|论坛|洽谈会|年会|峰会|现场会|动员会|"
    r"培训会|说明会|招商会|对接会|展销会|展览会|交流会|研讨会|宣讲会|启动会|订货会|运动会)"
)

# A period that holds for its own clause only: one compared with (仅低于9月), a plan's or a milestone's
# (2016年计划完成投资…, 预计2018年12月建成, 建设年限2020—2023年) — not the period of the figures after it.
#: Days the figures after them are counted over (10月1日-4日，全省纳入统计的…景区共接待游客…).
_COUNTED_DAYS = re.compile(r"[，,]?(?:全省|全市|全州|全县|全区|全国|我省|我市|各地|期间[，,])")

#: A chart's or a table's caption line (图一 …, 图1：…, 表2 …): its years are the chart's, not the text's.
_CAPTION = re.compile(
    r"\s*(?:图|表|图表)[一二三四五六七八九十\d]{1,3}(?:[-－.]\d{1,3})*[\s:：、.]"
)  # (表4-10-1-1 …)

#: A period that is what a figure is compared with, a place between: 比四川去年全年快6.9个百分点,
#: 分别恢复到2019年春节的89.73% — the base, not the figures' period (nor one to carry to the next line).
_BASE_BEFORE = re.compile(
    r"(?:(?<![同环占])比(?![重例率])|较|恢复到|恢复至)[^\d，。；,;：:、（）()“”]{0,4}$"
)  # (比重从2020年…: a share, no base)

_COMPARED_BEFORE = re.compile(r"(?:低于|高于|超过|不及|快于|慢于|相当于|同于|超出|仅次于)$")

_PLAN_BEFORE = re.compile(r"(?:预计|计划|力争|将于|将在|有望|确保|争取|年限|期限|工期|周期)$")

_PLAN_AFTER = re.compile(
    r"(?:前|底|内|年底前)?(?:计划|预计|力争|将|全面|建成|竣工|投产|完工|投运|开工建设|达产)"
)

_PLAN_NAMED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:计划|规划|方案|名单|清单)")

_HAPPENED = re.compile(r"(?:受|遭受|发生|遭遇)")
#: A cause said between a period and where its figure went (4月份受疫情影响走高至6.1%).
_CAUSE_THEN_MOVE = re.compile(rf"受[^，,。；;的]{{1,12}}影响[，,]?(?:{TOWARDS}|增长|下降|上涨|下跌)")

_TIMES_OF = re.compile(r"[”\"]?(?:时期|期间)?的[\d.]+倍")

_VAGUE = re.compile(
    r"近(?:几|些|来)?年(?:以?来)?|多年来|历年来|这些年"
)  # no period: the figures after it have none

# The quarter of a batch of projects started or signed together (四川省2020年第四季度重大项目集中开工).
_BATCH = re.compile(
    r"(?P<period>(?:\d{4}年)?第?[一二三四1-4]季度)(?:[\u4e00-\u9fff]{2,4}?[省市州县区])?"
    r"(?:全省|全市|全州|全县)?(?:(?:重大|重点)?(?:产业|工业|招商引资|招商)?项目)?(?:举行)?"
    r"(?:集中(?:开工|签约|开竣工)|现场推进|开工仪式)"
)

_MEETING = re.compile(r"(?:会议|大会|全会|人代会)(?:开幕|闭幕|召开|举行)")

_CEREMONY = re.compile(r"仪式|签约|集中开工|推介会|洽谈会|说明会|招商")

_DATELINE_AFTER = re.compile(r"\s*(?:讯|电|消息)")

# 四川招商网讯, 来源：中国产业经济信息网: who published the text — its name says nothing of the article's events
_SOURCE_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,10}?(?:网|报|台|社)(?:讯|消息)|来源[:：][^\n]{0,30}")

_HELD = re.compile(r"在(?P<period>\d{4}年)举行的")  # 在2017年举行的…活动中: when the event was

_BATCH_NAME = re.compile(r"[^，。；,;\d]{0,14}?集中(?:开工|签约|开竣工)")
# 一季度宜宾市集中开工项目共计292个: the quarter's total, not a batch's name
_QUARTER_TOTAL = re.compile(r"(?:重大|重点)?项目(?:共计|共有|合计|总计|累计|共)")

_RELATIVE_DAY = re.compile(
    r"昨[（(](?P<day>\d{1,2})[)）]日|(?<![\d月])(?P<dom>\d{1,2})日(?=[上下中]?午?在|举行|举办|召开|，|,"
    # 记者9日从“…签约仪式”上获悉: learned at the event, on its day
    r"|从[^，,。]{0,40}?(?:签约|开工|仪式|揭牌|开幕|闭幕)[^，,。]{0,20}?上?(?:获悉|了解到))|昨天|昨日|今天|今日"
)

# A figure about an event's projects (counts and totals of a ceremony): its period is the event's.
#: A paragraph that opens on statistics (数据显示，1- 8月，眉山全社会固定资产投资增长14.4%…): no event's.
_STATISTICS_OPENER = re.compile(r"\s*(?:数据显示|据统计|统计数据显示|统计显示|数据表明)")

_EVENT_FIGURE = re.compile(r"签约|开工|开竣工|集中|签署|签订|落地|落户|推介|招商|项目")

ABOUT_PROJECT = re.compile(
    r"^(?:[^，。；,]{0,8}[，,])?(?:该|此|这个?|本)?项目(?![\d一二三四五六七八九十]+个)|该项目|[，,]项目(?:位于|总投资|占地|建成)"
)


COUNTED_PROJECTS = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百]+)[个大](?:[\u4e00-\u9fff]{0,6})项目|项目(?:共|有)?(?:\d+|[一二两三四五六七八九十百]+)个"
)


_STREAK_AFTER = re.compile(r"[^，,；;。\d]{0,8}连续")
#: 去年经济总量突破3000亿元的宜宾，一季度…: a period inside the words that describe the subject of the sentence.
_DESCRIBES_SUBJECT = re.compile(r"[^，,；;。]{2,24}?的[\u4e00-\u9fff]{2,4}[，,]")
_LIST_TITLE = re.compile(r"\d{4}年[^》]{0,20}(?:名单|清单|计划|目录)》")


def framing(s_text: str, pos: int, label: str) -> bool:
    """其中，2020年12月，…: a period in a clause of its own at the start of a sentence begun with 其中 frames
    the sentence's figures (其中，三季度生猪出栏…, a period inside a figure's clause, is an aside)."""
    return (
        re.fullmatch(r"其中[，,]?", s_text[:pos]) is not None
        and re.match(
            r"(?:当月|单月|当季)?[，,]",
            s_text[pos + len(label) :],  # (其中4月当月，…: that month's)
        )
        is not None
    )


#: A day a page wrote without its 月 (329日 for 3月29日), at a sentence's start.
_GARBLED_DAY = re.compile(r"^\s*(\d{3,4})日")


def _garbled_day(digits: str, published: date | None) -> date | None:
    """329 → 29 March, when that is a real day within a fortnight before the paper's."""
    if published is None:
        return None
    for cut in (1, 2):
        try:
            day = date(published.year, int(digits[:cut]), int(digits[cut:]))
        except ValueError:
            continue
        if timedelta(0) <= published - day <= timedelta(days=14):
            return day
    return None


def event_days_of(sentences: list[Sentence], published: date | None) -> list[tuple[int, Period]]:
    """The days of the article's events (1月18日…签约仪式举行, 昨(27)日…集中开工), by offset."""
    days: list[tuple[int, Period]] = []
    today = published  # 今日/昨日 count from the dateline's day (人民网成都6月29日电), else the paper's
    for sentence in sentences:
        today = dateline_day(sentence.text, published) or today if today == published else today
        if not _EVENT.search(sentence.text):
            continue
        for m in PERIOD.finditer(sentence.text):
            if _DATELINE_AFTER.match(sentence.text, m.end()) or reported(sentence.text, m.start(), m.end()):
                continue  # 本报德州5月27日讯, 记者1月15日从…获悉: the day of the report, not of the event
            if m.group() in ("今天", "今日"):
                continue  # (counted from the dateline's day, below)
            p = read_period(m.group(), published)
            if p is not None and (p.kind == "date" or (p.kind == "range" and "日" in m.group())):
                days.append((sentence.start + m.start(), p))  # (1月23日—2月6日…举办: the days it is held)
                break
        else:
            garbled = _GARBLED_DAY.search(sentence.text)
            if garbled is not None and (on := _garbled_day(garbled.group(1), published)) is not None:
                days.append((sentence.start + garbled.start(), Period("date", on, on, garbled.group())))
                continue  # 329日，市委、市政府…举行…集中开工活动: a page that lost its 月
            relative = _RELATIVE_DAY.search(sentence.text)
            # (in the midst of a sentence, after a day written: 主要包括今天在现场开工的… — that day, not another)
            if relative and today is not None and (not days or relative.start() <= 2):
                if relative.group("day") or relative.group("dom"):
                    day = int(relative.group("day") or relative.group("dom"))
                    month_start = today.replace(day=1)
                    when = (
                        today.replace(day=day)
                        if day <= today.day
                        else (month_start - timedelta(days=1)).replace(day=min(day, 28))
                    )
                else:
                    when = today - timedelta(days=1) if relative.group().startswith("昨") else today
                days.append((sentence.start + relative.start(), Period("date", when, when, relative.group())))
    return days


#: A progression's end: what the text goes on about (由一季度的…回升至全年…, 从上半年…提高到前三季度…).
_PROGRESSED_TO = re.compile(r"(?:至|到)(?:了)?$")


def dateline_day(s_text: str, published: date | None) -> date | None:
    """The day of a dateline in the sentence (本报成都9月26日电, 人民网成都6月29日电), if it has one."""
    for m in PERIOD.finditer(s_text):
        if _DATELINE_AFTER.match(s_text, m.end()):
            dateline = read_period(m.group(), published)
            return dateline.end if dateline is not None and dateline.kind == "date" else None
    return None


def event_day_at(days: list[tuple[int, Period]], offset: int) -> Period | None:
    """The day of the latest event before ``offset``, else of the first one (a headline's figures)."""
    if not days:
        return None
    i = bisect.bisect_right(days, offset, key=lambda day: day[0])  # (days are in text order)
    return days[i - 1][1] if i else days[0][1]


def batch_period(folded: str, m: re.Match[str], published: date | None) -> Period | None:
    """第四季度 of 该市第四季度集中开工: the quarter, in the year written before it or the article's."""
    label = m.group("period")
    if not re.match(r"\d{4}年", label):
        years = re.findall(r"(\d{4})年", folded[: m.start()])
        year = int(years[-1]) if years else (published.year if published else None)
        if year is None:
            return None
        label = f"{year}年{label}"
    return read_period(label, published)


def _alone(s_text: str, pos: int, label: str) -> bool:
    """2月15日，2026年春节假期首日，…: a holiday's day said as a clause of its own, framing what follows."""
    return (
        label.endswith(
            ("首日", "第一天")
        )  # (假期第二天，景区接待游客较首日增长…: a day of the holiday's story)
        and s_text[pos + len(label) : pos + len(label) + 1] in ("，", ",")
        and (pos == 0 or s_text[pos - 1] in "，,")
    )


def reported(text: str, start: int, end: int) -> bool:
    """这是记者1月15日从…会议上获悉的, 4月17日，记者从省经信委了解到: when the reporter learned it — but
    learned at the event itself (记者从…集中开工巴中分会场获悉, 从签约仪式上了解到) is the event's day."""
    if text.endswith("记者", 0, start):
        return True
    said = _REPORTED_AFTER.match(text, end)
    return said is not None and _AT_THE_EVENT.search(said.group()) is None


def batch_name(text: str, at: int) -> bool:
    """2019年四川省重大招商引资项目集中开工: the name of a batch — not 2020年宜宾市组织开展重大项目集中开工15次,
    a year in which the city organised batches."""
    named = _BATCH_NAME.match(text, at)
    return (
        named is not None
        and not re.search(r"组织|开展|举办|举行|累计|共", named.group())
        and not _QUARTER_TOTAL.match(text, named.end())
    )


def events_of(folded: str, sentences: list[Sentence], published: date | None) -> Events:
    """The article's events: their days, the quarter of a batch, and where each paragraph speaks of them."""
    days = event_days_of(sentences, published)
    batch_match = _BATCH.search(folded)
    batch = batch_period(folded, batch_match, published) if batch_match else None
    unsourced = _SOURCE_NAME.sub(lambda m: " " * len(m.group()), folded)  # (四川招商网讯: no ceremony)
    # (…人大一次会议开幕，…报告提出，2023年…新开工改造老旧小区5200个: a meeting's report, not a ceremony's counts)
    meeting = _MEETING.search(unsourced[:300]) is not None and not _CEREMONY.search(unsourced)
    in_article = bool(batch or _CEREMONY.search(unsourced[:300]) or (days and not meeting))
    paragraphs: dict[int, int] = {}
    statistics: set[int] = set()  # 数据显示，1-8月…: the paragraph tells statistics, not the event
    for sentence in sentences:
        if _STATISTICS_OPENER.match(sentence.text) and sentence.paragraph not in paragraphs:
            statistics.add(sentence.paragraph)
        if (
            in_article
            and sentence.paragraph not in statistics
            # (● 643个市级重点项目完成投资…: a list of indicators, not an event's figures)
            and not re.search(r"(?:^|\n)\s*[●•◆■▪]", sentence.text)
            and _EVENT_FIGURE.search(unsourced, sentence.start, sentence.start + len(sentence.text))
        ):
            paragraphs.setdefault(sentence.paragraph, sentence.start)
    held = _HELD.search(folded)
    return Events(
        days=days,
        batch=batch,
        in_article=in_article,
        paragraphs=paragraphs,
        held=read_period(held.group("period"), published) if held else None,
        published_day=Period("date", published, published, "发表日") if published else None,
        today=next((d for d in (dateline_day(x.text, published) for x in sentences[:20]) if d), published),
    )


_BRACKETED_NOTE = re.compile(r"”?(?:考核基数|基数|基期|口径)[^（）()]{0,6}[)）]")


def sentence_periods(s_text: str, offset: int, article: Article) -> SentencePeriods:
    """The periods a sentence names, which of them are its own clause's, and which last beyond it."""
    published, quotes = article.published, article.quotes
    found_periods = [
        (pm.start(), pm.group(), read_period(pm.group(), _today(article, pm.group()), article.context_year))
        for pm in PERIOD.finditer(s_text)
        if not re.search(r"(?:与|比|较|上)$", s_text[max(0, pm.start() - 1) : pm.start()])
        and not _BASE_BEFORE.search(s_text, max(0, pm.start() - 8), pm.start())
        and not s_text.startswith(("相比", "底增长", "底增长了"), pm.end())
        and not _EVENT_NAME.match(s_text, pm.end())  # 2023年第一季度重大项目集中签约仪式: a name
        and not re.match(r"(?:的)?(?:目标任务|目标|任务|预算)", s_text[pm.end() :])  # 完成全年目标任务的68.1%
        and not batch_name(s_text, pm.end())  # 2019年四川省重大招商引资项目集中开工: a name
        and not _EVENT_AFTER.match(s_text, pm.end())  # 2019年成功升级为…: when it happened
        and not (pm.group() in _NOW and _MODIFIER_AFTER.match(s_text, pm.end()))
        # 新华网成都4月3日电: the dateline's day is when it was filed (the article's today), not a period
        and not _DATELINE_AFTER.match(s_text, pm.end())
        # 较三年均值(“十四五”考核基数)上升6.8个百分点: a plan a note in brackets names, no period of the sentence
        and not _BRACKETED_NOTE.match(s_text, pm.end())
        # 纳入2019年改造计划的小区: the year of a plan a thing is put into, a name, no period of the sentence
        and not (
            re.search(r"(?:纳入|列入)$", s_text[max(0, pm.start() - 2) : pm.start()])
            and _PLAN_NAMED.match(s_text, pm.end())
        )
    ]
    found_periods = adjusted(found_periods, s_text, published, article.context_year)
    found_periods = [
        (pos, label, coming(s_text, pos, label, transport_days(s_text, pos, label, p, article), published))
        for pos, label, p in found_periods
    ]
    periods = [  # (not in a quoted name: “2022年中国同位素与辐射产业峰会” — but “十三五” is the period itself)
        (pos, label, p)
        for pos, label, p in found_periods
        if p is not None
        and (not quotes.inside_short(offset + pos) or quoted_alone(s_text, pos, label))
        # 8月4日，记者从省经信委获悉，全省…: the day the reporter learned it, no period of the figures
        and not (p.kind == "date" and reported(s_text, pos, pos + len(label)))
        and (
            not in_title(s_text, pos) or _LIST_TITLE.match(s_text, pos)
        )  # 《…规划(2016—2020年)》: a document's
        # name (but 《2026年四川省重点项目名单》: the year its counts are of)
    ]
    own_clause = {pos for pos, label, _p in periods if _own_clause(s_text, pos, label)}
    caption = _CAPTION.match(s_text) is not None  # 图一 2017-2023年地区生产总值及增速: a chart's title
    lasting_found = [
        (pos, p)
        for pos, label, p in periods
        if pos not in own_clause
        and not caption
        and not framing(s_text, pos, label)  # (the sentence's own: not the next one's)
        # an event's date (1月20日) is not the period of the figures that follow — a holiday's day is
        # (今天是“中秋”小长假的第一天。全省…全天共接待游客…)
        and (
            p.kind != "date"
            or (
                _HOLIDAYS_DAY.search(label) is not None
                and (_FRAMED.search(s_text, 0, pos) or _alone(s_text, pos, label))
            )
        )
        and not (  # nor an event's days (5月19日至22日举办) — but 10月1日-4日，全省…接待游客 are the figures'
            p.kind == "range"
            and re.search(r"\d日", label)
            and not _COUNTED_DAYS.match(s_text, pos + len(label))
        )
        and not s_text.startswith(("当月", "当季", "单月"), pos + len(label))  # 9月当月: an aside
        and not s_text.startswith("平均", pos + len(label))  # 1-4月平均，…上涨0.9%: its sentence's only
        and (not quotes.inside(offset + pos) or quoted_alone(s_text, pos, label))
        # (“今年我们…”: a speaker's words, not the article's time; “十三五”期间 is the article's)
    ]
    days = [
        p for pos, label, p in periods if p.kind == "date" and not reported(s_text, pos, pos + len(label))
    ]
    vague = [m.start() for m in _VAGUE.finditer(s_text)]
    lasting = [p for _pos, p in lasting_found]
    return SentencePeriods(periods, own_clause, vague, lasting, [pos for pos, _p in lasting_found], days)


def _today(article: Article, label: str) -> date | None:
    """目前, 如今, 今天: as of the dateline's day when the article has one (本报成都9月26日电…目前已投放,
    人民网成都6月29日电 今日…), else the paper's; every other period counts from the paper's day."""
    if label in (*_NOW, "今天", "今日") and article.events is not None and article.events.today is not None:
        return article.events.today
    return article.published


#: Places listed with their growths said bare (，上海降96.24%、吉林降72.73%): the figures of the clause before.
_PLACES_LISTED_AFTER = re.compile(r"[，,：:][\u4e00-\u9fff]{2,6}?(?:降|增|增长|下降|降低)了?[\d.]+%[、，,]")


def _own_clause(s_text: str, pos: int, label: str) -> bool:
    """A period that holds for its own clause only: one compared with, a plan's, an aside after 其中, when
    something happened."""
    return bool(
        _COMPARED_BEFORE.search(s_text, max(0, pos - 3), pos)
        or _PLAN_BEFORE.search(s_text, max(0, pos - 3), pos)
        or _PLAN_AFTER.match(s_text, pos + len(label))
        or (  # 其中，三季度生猪出栏…: an aside (but a sentence begun 其中，2020年12月，… is that month's)
            re.search(r"其中[，,]?$", s_text[max(0, pos - 3) : pos]) is not None
            and not framing(s_text, pos, label)
            # (其中，4月全国14个省市…降幅超20%，上海降96.24%、吉林降72.73%…: the places listed are that month's)
            and not _PLACES_LISTED_AFTER.search(s_text, pos)
        )
        or _TIMES_OF.match(s_text, pos + len(label))  # 是“十一五”时期的16.6倍: compared
        or (  # 与2021年纳入统计的654家重点景区同口径比较: the year compared with
            re.search(r"[与和同]$", s_text[max(0, pos - 1) : pos]) is not None
            and re.match(r"[^，,。；;]{0,20}?(?:相比|比较|同口径|对比)", s_text[pos + len(label) :])
            is not None
        )
        or (  # 增速从上半年-1.3%转正，同比增长1.1%: where the growth came from, not the figures' period
            re.search(r"[从由]$", s_text[max(0, pos - 1) : pos]) is not None
            and re.match(r"末?的?(?:上涨|增长|下降|下跌)?[-−－+]?\d", s_text[pos + len(label) :]) is not None
        )
        or (  # 去年受自然灾害影响的…: when it happened (not 4月份受疫情影响走高至6.1%: the figure's month)
            _HAPPENED.match(s_text, pos + len(label)) is not None
            and _CAUSE_THEN_MOVE.match(s_text, pos + len(label)) is None
        )
        or (  # 在2022年3480万人次基础上翻了一倍多，达8540余万人次: the base's year, its own figure only
            s_text[max(0, pos - 1) : pos] == "在"
            and re.match(r"[^，,。；;]{0,20}?基础上", s_text[pos + len(label) :]) is not None
        )
        or _STREAK_AFTER.match(s_text, pos + len(label))  # 2020年至2022年连续3年入围…: a streak's years
        or s_text[max(0, pos - 1) : pos]
        in ("（", "(")  # (上制糖期同期1012.02万吨): an aside's, in its brackets
        or (pos == 0 and _DESCRIBES_SUBJECT.match(s_text, pos + len(label)) is not None)
    )


#: A look back over years from now (10年来, 近五年, 过去的一年里): narrative, not the period of what follows.
LOOKING_BACK = re.compile(r"(?:近|过去(?:的)?|这)?(?:\d{1,2}|[一二三四五六七八九十两]{1,2})年(?:来|里|间)?")


_FIRST_TIME = re.compile(r"首次(?:跃上|站上|迈上|登上|突破|超过)")


def note_sentence_periods(article: Article, sentence: Sentence, found: SentencePeriods) -> None:
    """What a sentence's periods set for the rest of the article: its event's day, the paragraph's period,
    the last day it named (当天 of the sentences after it)."""
    if found.days:
        article.last_day = found.days[-1]
    article.day_spans.extend(
        p for _at, _label, p in found.found if p.kind == "range" and re.search(r"\d日", p.label or "")
    )  # (5月30日至6月3日: the days a holiday's transport ran, 端午假日运输期间 below)
    if found.vague and not found.found:  # 近年来，苍溪将…进行培育。全县建成…: the paragraph says no when
        article.vague_paragraphs.add(sentence.paragraph)
    elif found.found and not found.vague:  # 近年…投入。目前，全市现有…: from here on it says when
        article.vague_paragraphs.discard(sentence.paragraph)
    if found.days and _EVENT.search(sentence.text):  # 1月18日…签约仪式举行: the day of the paragraph's event
        article.event_day.setdefault(sentence.paragraph, found.days[0])
        kind = next((k for w, k in MILESTONES if w in sentence.text), None)
        if kind is not None:
            article.milestones.append((sentence.start, kind, found.days[0].end.isoformat()))
    if found.lasting:
        first = found.lasting[0]
        for period, at in zip(found.lasting[1:], found.lasting_at[1:], strict=False):
            if _PROGRESSED_TO.search(sentence.text, max(0, at - 8), at):
                first = period  # 由一季度增长0.2%，逐季回升至全年增长1.4%: the progression ends in the year
            elif (
                first.kind == "year"
                and period.kind == "asof"
                and (period.label or "").startswith(("截至", "截止"))
                and period.end.year > first.end.year
            ):
                first = (
                    period  # 自2014年…启动以来，截至2020年底…: a start, then what follows is as at that day
                )
        article.paragraph_period[sentence.paragraph] = first
        if (
            article.main_period is not None
            and LOOKING_BACK.fullmatch(first.label or "")
            and not re.search(r"\d", sentence.text.replace(first.label or "", ""))
        ):
            # 数据表明，10年来… after the article's own period (a census): a look back, its paragraph's only
            return
        if (
            article.main_period is not None
            and _FIRST_TIME.search(sentence.text)
            and first.end < article.main_period.start
        ):  # 2011年，四川交通投资首次跃上1000亿元台阶: when a milestone was passed, not what follows
            return
        article.last_period = first
        article.main_period = article.main_period or first
        years = [p.start.year for p in found.lasting if p.kind in ("year", "ytd", "quarter", "month", "asof")]
        article.context_year = years[0] if years else article.context_year
