"""Periods as written in Chinese news: ``2020年``, ``2016—2020年``, ``“十三五”期间``, ``截至2020年底``,
``1-11月``, ``一季度``, ``1月20日``, and relative words (``今年``, ``去年``, ``上月``) resolved against the
source's publication date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import ValidationError, entered
from .holidays import holiday_around as _holiday_around
from .holidays import holiday_days
from .holidays import holiday_of as _holiday_of
from .numerals import normalize, parse_number

PERIOD_KINDS = ("year", "quarter", "month", "ytd", "range", "asof", "date")

_FIVE_YEAR_PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_EXAMPLE = "例如“2020年”“2020年12月”“2016—2020年”“截至2020年底”“1-11月”“一季度”"


@dataclass(frozen=True)
class Period:
    kind: str
    start: date
    end: date
    label: str  # as written
    relative: bool = False  # resolved from 今年/去年/上月 or a year-less date: confirm with the editor

    def columns(self, label: str | None = None) -> dict[str, str]:
        """The observation columns of this period (period_kind, period_start, period_end, period_label)."""
        return {
            "period_kind": self.kind,
            "period_start": self.start.isoformat(),
            "period_end": self.end.isoformat(),
            "period_label": label if label is not None else self.label,
        }

    def describe(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} 至 {self.end.isoformat()}"


def whole_year(year: int, label: str, relative: bool = False) -> Period:
    """The period of one calendar year (its label as written)."""
    return Period("year", date(year, 1, 1), date(year, 12, 31), label, relative)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _int(text: str) -> int:
    return int(parse_number(text))


def _check_year(year: int, field: str) -> int:
    if not 1900 <= year <= 2100:
        raise ValidationError(field, f"年份{year}超出范围（1900—2100）")
    return year


def _check_month(month: int, field: str) -> int:
    if not 1 <= month <= 12:
        raise ValidationError(field, f"月份{month}不存在（应为1—12月）")
    return month


def _year_word(word: str, ref: date | None, field: str) -> tuple[int, bool]:
    """A year as written (2020, 二〇二〇, 今年, 去年, 前年, 明年) → (year, relative)."""
    offsets = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
    if word in offsets:
        if ref is None:
            raise ValidationError(field, f"“{word}”需要来源的发表日期才能确定年份")
        return ref.year + offsets[word], True
    digits = word[:-1] if word.endswith("年") else word
    try:
        year = _int(digits)
    except ValidationError:
        raise ValidationError(field, f"无法识别的年份“{word}”") from None
    return _check_year(year, field), False


_YEAR = r"(\d{4}|[零〇一二三四五六七八九]{4}|今|去|前|明|本|上|当)年"


#: Periods as they stand in running text, for the extractor to find: every label it matches is one
#: ``parse_period`` reads (tests/domain/test_periods.py holds the two to each other). One grammar: the
#: form, import and extraction read periods the same way.
_YEAR_IN_TEXT = r"(?:\d{4}年|今年|去年|上年|前年|明年)"  # a year as written: its months, days and ends follow
#: The characters a period can begin with: the engine skips every other place at once (5× faster).
PERIOD_STARTS = "0-9今去上前明截本全过近这以年如目当第“十一二三四五六七八九两国春中劳假清端元暑"
#: Holidays a period is named by (国庆黄金周, “五一”假期, 2020年国庆中秋假日期间, 春节假期): their days
#: (``holiday_days``, from data/holidays.csv).
_HOLIDAY_NAME = (
    r"(?:国庆中秋|中秋国庆|国庆适逢中秋|中秋适逢国庆|国庆|五一劳动节|五一|劳动节|春节|中秋|清明|端午|元旦|“十一”|"
    r"十一(?=”?(?:黄金周|小长假|长假|假期))|春运|暑运)"
)
_HOLIDAY = (
    rf"“?{_HOLIDAY_NAME}”?节?(?:黄金周|小长假|长假|假期|假日)(?:期间)?|“?{_HOLIDAY_NAME}”?节?期间"
    r"|国庆适逢中秋|中秋适逢国庆"  # (今年国庆适逢中秋，眉山市共接待游客…)
)
_NTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})"
#: Days of a holiday: its first day (“中秋”小长假的第一天), its first days (中秋国庆假期前6日, 假期前4天) —
#: 假期 alone being the holiday the article is in or has just had.
_HOLIDAY_DAYS = (
    rf"(?:{_HOLIDAY}|“?{_HOLIDAY_NAME}”?节?|(?<![节明午旦])假期|(?<![节明午旦])假日)(?:的)?"
    rf"(?:第{_NTH}(?:天|日)|前{_NTH}(?:日|天)|首日)"
)
#: A trade's season that runs across two calendar years, and the month it begins (2020/21年制糖期: October 2020
#: to September 2021) — data a newsroom may extend (棉花年度 begins in September).
SEASONS = {"制糖期": 10, "榨季": 10, "棉花年度": 9, "冷冻年度": 8}
_SEASON_WORD = "|".join(SEASONS)
#: 2020/21年制糖期, 2021/2022榨季, 本制糖期, 上榨季 (not 以下简称本制糖期: a name for the one just said).
#: 2023冷冻年度: the season that ends in that year; 截至4月的2023冷冻年度: its months up to April.
_SEASON = (
    rf"(?:(?:截至|截止)\d{{1,2}}月(?:底|末)?的)?"
    rf"(?:\d{{4}}\s*/\s*\d{{2,4}}年?度?|\d{{4}}年?|(?<!简称)本|上一?个?)(?:{_SEASON_WORD})"
)


def _season(t: str, reference: date | None, field: str, label: str) -> Period | None:
    """2020/21年制糖期: its months; 本制糖期: the season so far, up to the last month's end before the paper's day
    (a release counts whole months); 上制糖期: the season before that one, whole."""
    m = re.fullmatch(
        rf"(?:(?:截至|截止)(\d{{1,2}})月(?:底|末)?的)?(?:(\d{{4}})\s*/\s*\d{{2,4}}年?度?|(\d{{4}})年?|(本|上一?个?))"
        rf"({_SEASON_WORD})",
        t,
    )
    if m is None:
        return None
    first_month = SEASONS[m.group(5)]
    if m.group(2) or m.group(3):
        year = _check_year(int(m.group(2) or m.group(3)), field) - (0 if m.group(2) else 1)
        start, end = date(year, first_month, 1), _month_end(year + 1, first_month - 1)
        if m.group(1):  # 截至4月的2023冷冻年度: its months up to April's end
            month = _check_month(int(m.group(1)), field)
            end = _month_end(year + (month < first_month), month)
        return Period("range", start, end, label)
    if reference is None:
        raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定")
    counted_to = reference.replace(day=1) - timedelta(days=1)  # (the last month's end before the paper's day)
    year = counted_to.year if counted_to.month >= first_month else counted_to.year - 1
    if m.group(4) != "本":
        year -= 1
    start, end = date(year, first_month, 1), _month_end(year + 1, first_month - 1)
    return Period("range", start, min(end, counted_to) if m.group(4) == "本" else end, label, True)


#: The period grammar as text: every form a period is written in (one alternative each).
PERIOD_GRAMMAR = (
    rf"(?:{_YEAR_IN_TEXT}?{_HOLIDAY_DAYS}|{_YEAR_IN_TEXT}?(?:{_HOLIDAY})|{_SEASON}|"
    rf"{_YEAR_IN_TEXT}?\d{{1,2}}月\d{{1,2}}日(?:开展|启动|开始)?以来|"
    r"(?:\d{4}年|今年|去年|上年)全年|\d{4}年(?:及|和|与|、)\d{4}年|"
    rf"{_YEAR_IN_TEXT}?前(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}}|两)个?月|"
    rf"(?:截至|截止){_YEAR_IN_TEXT}(?:\d{{1,2}}月(?:底|末|(?![\d日号上中下]))|底|末)|{_YEAR_IN_TEXT}(?:\d{{1,2}}月)?(?:底|末)|"
    r"(?:截至|截止)\d{1,2}月(?:底|末|(?![\d日号上中下]))|"  # (截至2021年9月: as 9月末; not 截至9月8日)
    rf"(?:截至|截止){_YEAR_IN_TEXT}?\d{{1,2}}月[上中下]旬|"  # (截至11月下旬: as at that third's last day)
    rf"(?<![自从]){_YEAR_IN_TEXT}?\d{{1,2}}月[上中下]旬(?!以来|起|开始|至今|以后|后)|"  # (not 自3月下旬起)  # (2020年9月下旬: its ten days, a trade's ten-day report)
    rf"(?:截至|截止){_YEAR_IN_TEXT}?\d{{1,2}}月\d{{1,2}}日(?![\d时点至—\-–~]|[上下中]午|早|晚)|"  # (截至6月17日: as at that day;
    # not 截至10月7日下午16点, a moment things were watched up to)
    r"今年以来|年初以来|今年初以来|年初至今|\d{4}年?\s*[—\-–~至]\s*\d{4}年|"
    rf"“?十[一二三四五]五”?(?:期间|时期|以来|(?:良好)?开局(?:之年|年)?|首年|(?:圆满|顺利)?收官(?:之年|年)?|最后一年|期?末(?:期|年)?)?|\d{{4}}年以来|{_YEAR_IN_TEXT}?1(?:月)?\s*(?:[—\-–~～至]|到)\s*\d{{1,2}}月|"
    r"(?:\d{4}年)?第[五六七八]次全国人口普查|"  # (a census: its standard moment, 1 November)
    rf"{_YEAR_IN_TEXT}?(?:前三季度|上半年)|{_YEAR_IN_TEXT}?(?:第)?[一二三四1-4]季度(?:末(?!以来))?|"
    rf"(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?:\d{{1,2}}时)?\s*[—\-–~至]\s*(?:\d{{1,2}}月)?\d{{1,2}}日(?:\d{{1,2}}时)?|"
    rf"{_YEAR_IN_TEXT}\d{{1,2}}月\d{{1,2}}日|{_YEAR_IN_TEXT}\d{{1,2}}月|\d{{4}}年|\d{{1,2}}月\d{{1,2}}日|今年|去年|明年|上月|本月|"
    r"(?:过去(?:的)?|最近|近|这)(?:[一二三四五六七八九十两]|(?<=最近)\d{1,2}|(?<=近)\d{1,2}|(?<=过去)(?<!超过去)\d{1,2}|(?<=过去的)\d{1,2})年(?![\d份底末初])|[一二三四五六七八九十两]年(?:来|里|间)|以来的[一二三四五六七八九十两]年|"
    r"(?<![\d年])\d{1,2}月(?:底|末)|(?<![\d年])\d{1,2}月(?=份|当月|单月|，|,|实现|完成|累计|同比|环比|增长|下降)|"
    # a month that begins a sentence or a title and tells of it (10月四川食品价格同比下跌5.8%)
    r"(?<![^\s，,。；;：:])\d{1,2}月(?=[\u4e00-\u9fff])(?![起初中上下前后内里间]|以来|开始)|"
    r"(?<=从)\d{1,2}月(?=[^，,。；;\d]{0,12}?来?看)|"  # 从10月白酒产量来看: that month (not 从10月起)
    # 宽窄巷子8月夜间消费达到…: a month between what is measured and the measure
    r"(?<=[\u4e00-\u9fff])(?<!连续)(?<![近前第])\d{1,2}月(?=[\u4e00-\u9fff]{0,6}?(?:消费|销售|收入|产值|人流量|客流"
    r"|接待|进出口|出口|进口|用电|产量|营收|利润|成交))|"
    r"过去的?一年|去年一年|全年|年末|年底|如今|目前|当前|今天|今日)(?:(?<=月)份)?"  # (10月份: the month, 份 and all)
)
PERIOD_IN_TEXT = re.compile(rf"(?=[{PERIOD_STARTS}]){PERIOD_GRAMMAR}")


#: A day written without its year lies at most this many months after the paper's month: a paper reports
#: the days of the half year gone and announces those to come, not a day half a year away without its year.
_MONTHS_AHEAD = 6


def reported_year(reference: date) -> int:
    """The year that 全年 or 年末 means in an article of this date when the article does not say: until
    April, when the year's results are published, the year before; from May on, the current year."""
    return reference.year - 1 if reference.month <= 4 else reference.year


def parse_period(
    text: str, reference: date | None = None, field: str = "period", article_year: int | None = None
) -> Period:
    """Parse a period. ``reference`` is the publication date, for 今年/去年/上月 and year-less months;
    ``article_year`` the year the article is about, for 全年 and 年末 (else ``reported_year``)."""
    label = entered(text, field, f"请输入时期，{_EXAMPLE}", limit=100, what="时期")
    # 2018-01~11, 2018/1～11: months of a year as spreadsheets write them (before ~ is read as a dash:
    # 2018-01-11 is a day)
    m = re.fullmatch(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[~～至]\s*(\d{1,2})\s*月?", label.strip())
    if m:
        year, first, last = (
            int(m.group(1)),
            _check_month(int(m.group(2)), field),
            _check_month(int(m.group(3)), field),
        )
        if last < first:
            raise ValidationError(field, f"时期“{label}”的结束月份早于开始月份")
        kind = "ytd" if first == 1 else "range"
        return Period(kind, date(year, first, 1), _month_end(year, last), label)
    t = normalize(label)
    t = re.sub(r"[“”\"'‘’《》]", "", t)
    t = re.sub(
        r"^((?:\d{4}年|今年|去年|上年)?)(?:1|一)月(?:至|到|-)(?=\d{1,2}月份?$|[一二三四五六七八九十]+月份?$)",
        r"\g<1>1-",
        t,
    )  # 1月至7月
    t = re.sub(r"(?<=日)\d{1,2}时", "", t)  # 4月3日0时至5日24时: the days, whole

    season = _season(t, reference, field, label)
    if season is not None:
        return season
    # 第七次全国人口普查: the census's standard moment (0:00 on 1 November of its year)
    census = re.fullmatch(r"(?:\d{4}年)?第([五六七八])次全国人口普查", t)
    if census:
        year = 2000 + 10 * "五六七八".index(census.group(1))  # (第五次: 2000)
        return Period("asof", date(year, 11, 1), date(year, 11, 1), label)
    # 全年 / 年末: the year the article reports on
    if t in ("全年", "年度", "本年度", "全年度", "年末", "年底", "年末时", "截至年底", "截至年末"):
        if article_year is None and reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定年份")
        year = article_year if article_year is not None else reported_year(reference)  # type: ignore[arg-type]
        if t.startswith(("全", "年度", "本")):
            return Period("year", date(year, 1, 1), date(year, 12, 31), label, True)
        return Period("asof", date(year, 12, 31), date(year, 12, 31), label, True)
    # 上年同期 / 去年同期 / 上年: the year before the publication year
    if t in ("上年同期", "去年同期", "上年", "上一年"):
        if reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定年份")
        year = reference.year - 1
        return Period("year", date(year, 1, 1), date(year, 12, 31), label, True)
    # 过去的一年 / 去年一年: the year before the publication year
    if t in ("过去的一年", "过去一年", "去年一年", "上一年度"):
        if reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定年份")
        year = reference.year - 1
        return Period("year", date(year, 1, 1), date(year, 12, 31), label, True)
    # 截至6月17日 / 截至2012年6月17日: as at that day (a flow said so runs from the year's start, extraction)
    m = re.fullmatch(r"(?:截至|截止|截止到)(?:" + _YEAR + r")?(\d{1,2})月(\d{1,2})日", t)
    if m:
        year, relative = _year_or_reference(m.group(1), reference, field, label)
        try:
            as_at = date(year, int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ValidationError(field, f"日期“{label}”不存在") from None
        if not m.group(1) and reference is not None and as_at > reference:
            try:  # (截至12月20日 in a January article: last year's)
                as_at = as_at.replace(year=as_at.year - 1)
            except ValueError:  # (截至2月29日 of a leap year, a year on)
                raise ValidationError(field, f"日期“{label}”不存在") from None
        return Period("asof", as_at, as_at, label, relative)
    # 7月15日以来 / 7月15日开展以来: from that day to the publication date
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:开展|启动|开始)?以来", t)
    if m:
        if reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定")
        year = int(m.group(1)) if m.group(1) else reference.year
        try:
            since = date(year, int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ValidationError(field, f"日期“{label}”不存在") from None
        if since > reference:
            since = since.replace(year=since.year - 1) if not m.group(1) else since
        if since > reference:
            raise ValidationError(field, f"“{label}”晚于发表日期")
        return Period("range", since, reference, label, True)
    # 今年以来 / 年初以来 / 今年初至今: from the start of the publication year to its date
    if t in ("今年以来", "年初以来", "今年初以来", "今年初至今", "年初至今", "本年以来"):
        if reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定")
        return Period("range", date(reference.year, 1, 1), reference, label, True)
    t = re.sub(r"(?<=年)(?:全年|全年度|年度)$", "", t)  # 去年全年, 2020年全年: the year
    t = re.sub(
        r"(期间|时期|以来的|全年|年度)$", lambda m: "年" if m.group(1) in ("全年", "年度") else m.group(1), t
    )
    t = re.sub(r"(?<=月)份$", "", t)  # 1—11月份
    t = re.sub(r"^以来的", "过去", t)  # …会议以来的五年: the years of the term
    # 前11月, 前11个月, 今年前8个月: the first months of the year
    t = re.sub(
        r"前(\d{1,2}|[一二三四五六七八九十]+|两)个?月$", lambda m: f"1-{m.group(1).replace('两', '2')}月", t
    )
    t = re.sub(r"(?<=[\d年月日])(?:至|到)(?=[\d今去明前])", "-", t)

    def year_of(word: str) -> tuple[int, bool]:
        return _year_word(word, reference, field)

    # Five-year plans: 十三五, “十三五”期间
    m = re.fullmatch(
        r"“?(十[一二三四五]五)”?(?:期间|时期|以来|((?:良好)?开局(?:之年|年)?|首年)|((?:圆满|顺利)?收官(?:之年|年)?|最后一年|期?末(?:期|年)?))?",
        t,
    )
    if m:
        first = _FIVE_YEAR_PLANS[m.group(1)]
        # “十四五”开局之年, 良好开局: its first year; 收官之年, “十二五”末: its last
        if m.group(2) or m.group(3):
            year = first if m.group(2) else first + 4
            return Period("year", date(year, 1, 1), date(year, 12, 31), label)
        return Period("range", date(first, 1, 1), date(first + 4, 12, 31), label)

    # 过去五年 / 五年来 / 近五年: the N whole years before the reference year
    m = re.fullmatch(r"(?:过去|近|最近)?的?([一二三四五六七八九十\d]+)年(?:来|里|间|中)?", t)
    if (
        m
        and not re.fullmatch(r"\d{4}年", t)
        and (t.startswith(("过去", "近", "最近")) or t.endswith(("来", "里", "间")))
    ):
        if reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定")
        n = _int(m.group(1))
        last = (
            reference.year if reference.month >= 11 else reference.year - 1
        )  # (a term-end report in December)
        return Period("range", date(last - n + 1, 1, 1), date(last, 12, 31), label, True)

    # Ranges of years: 2016—2020年, 2016年-2020年
    m = re.fullmatch(r"(\d{4})年?-(\d{4})年", t)
    if m:
        a, b = _check_year(int(m.group(1)), field), _check_year(int(m.group(2)), field)
        if a > b:
            raise ValidationError(field, f"起始年份{a}晚于结束年份{b}")
        return Period("range", date(a, 1, 1), date(b, 12, 31), label)

    # 截至2020年底 / 2019年底 / 截至2020年11月底 / 截至今年6月末
    m = re.fullmatch(
        r"(?:截至|截止|截止到|到)?" + _YEAR + r"(?:(\d{1,2}|[一二三四五六七八九十]+)月)?(?:底|末)", t
    )
    if m:
        year, rel = year_of(m.group(1) + "年")
        month = _check_month(_int(m.group(2)), field) if m.group(2) else 12
        end = _month_end(year, month)
        return Period("asof", end, end, label, rel)

    # 截至2021年9月: up to the month, as at its end
    m = re.fullmatch(r"(?:截至|截止|截止到)" + _YEAR + r"(\d{1,2}|[一二三四五六七八九十]+)月", t)
    if m:
        year, rel = year_of(m.group(1) + "年")
        end = _month_end(year, _check_month(_int(m.group(2)), field))
        return Period("asof", end, end, label, rel)

    # 2020年9月下旬, 11月上旬: the days of that third of the month (1–10, 11–20, 21 to the month's end); 截至11月下旬,
    # 截至2020年6月上旬: as at its last day
    m = re.fullmatch(r"(截至|截止)?(?:" + _YEAR + r")?(\d{1,2}|[一二三四五六七八九十]+)月([上中下])旬", t)
    if m:
        month = _check_month(_int(m.group(3)), field)
        if m.group(2):
            year, rel = year_of(m.group(2) + "年")
        elif reference is None:
            raise ValidationError(field, f"“{label}”没有年份，需要来源的发表日期")
        else:
            year, rel = (reference.year if month <= reference.month else reference.year - 1), True
        day_one = {"上": 1, "中": 11, "下": 21}[m.group(4)]
        day_last = _month_end(year, month) if m.group(4) == "下" else date(year, month, day_one + 9)
        if m.group(1):
            return Period("asof", day_last, day_last, label, rel)
        return Period("range", date(year, month, day_one), day_last, label, rel)

    # 截至3月底 / 6月末 / 截至9月: the latest such month-end up to the publication date
    m = re.fullmatch(
        r"(?:截至|截止|截止到|到)?(\d{1,2}|[一二三四五六七八九十]+)月(?:底|末)|(?:截至|截止|截止到)(\d{1,2}|[一二三四五六七八九十]+)月",
        t,
    )
    if m:
        if reference is None:
            raise ValidationError(field, f"“{label}”没有年份，需要来源的发表日期")
        month = _check_month(_int(m.group(1) or m.group(2)), field)
        year = reference.year if month <= reference.month else reference.year - 1
        end = _month_end(year, month)
        return Period("asof", end, end, label, True)

    # 2015年以来: from the start of that year to the publication date
    m = re.fullmatch(_YEAR + r"以来", t)
    if m:
        year, rel = year_of(m.group(1) + "年")
        if reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定结束日期")
        return Period("range", date(year, 1, 1), reference, label, True)

    # Year-to-date: 2020年1-11月, 1-11月, 今年前三季度, 上半年
    m = re.fullmatch(r"(?:" + _YEAR + r")?(?:1|一)-(\d{1,2}|[一二三四五六七八九十]+)月", t)
    if m:
        year, rel = _year_or_reference(m.group(1), reference, field, label)
        month = _check_month(_int(m.group(2)), field)
        year -= _not_over_yet(m.group(1), month, reference)
        return Period("ytd", date(year, 1, 1), _month_end(year, month), label, rel)
    m = re.fullmatch(r"(?:截至)?(?:" + _YEAR + r")?([一二三四])季度末", t)  # 截至一季度末: its last day
    if m:
        year, rel = _year_or_reference(m.group(1), reference, field, label)
        end = _month_end(
            year - _not_over_yet(m.group(1), 3 * _QUARTERS[m.group(2)], reference), 3 * _QUARTERS[m.group(2)]
        )
        return Period("asof", end, end, label, rel)
    m = re.fullmatch(r"(?:" + _YEAR + r")?(前三季度|上半年|前两季度|前一季度)", t)
    if m:
        year, rel = _year_or_reference(m.group(1), reference, field, label)
        month = {"前三季度": 9, "上半年": 6, "前两季度": 6, "前一季度": 3}[m.group(2)]
        year -= _not_over_yet(m.group(1), month, reference)
        return Period("ytd", date(year, 1, 1), _month_end(year, month), label, rel)

    # Quarter: 2020年一季度, 第二季度, 2020年Q3
    m = re.fullmatch(r"(?:" + _YEAR + r")?(?:第)?([一二三四1-4])季度", t) or re.fullmatch(
        r"(?:" + _YEAR + r")?Q([1-4])", t
    )
    if m:
        year, rel = _year_or_reference(m.group(1), reference, field, label)
        q = _QUARTERS[m.group(2)]
        return Period("quarter", date(year, 3 * q - 2, 1), _month_end(year, 3 * q), label, rel)

    # 国庆黄金周 / “五一”假期 / 2015年国庆期间: the holiday's statutory days; 小长假的第一天, 假期前6日: some
    m = re.fullmatch(
        r"(?:"
        + _YEAR
        + r")?(?:("
        + _HOLIDAY
        + r"|"
        + _HOLIDAY_NAME
        + r"节?)|假期|假日)(?:的)?(?:第("
        + _NTH
        + r")(?:天|日)|前("
        + _NTH
        + r")(?:日|天)|(首)日)",
        t,
    ) or re.fullmatch(r"(?:" + _YEAR + r")?(" + _HOLIDAY + ")", t)
    if m:
        nth, first_days = (
            (m.group(3) or (m.group(5) and "1"), m.group(4)) if m.re.groups == 5 else (None, None)
        )
        if m.group(2) is None:  # 假期前6日: the holiday the article is in, or has just had
            if reference is None:
                raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定是哪个假期")
            days = _holiday_around(reference, field, label)
            rel = True
        else:
            year, rel = _year_or_reference(m.group(1), reference, field, label)
            days = holiday_days(_holiday_of(t), year)
            if not m.group(1) and reference is not None and days[0] > reference:
                days = holiday_days(_holiday_of(t), year - 1)  # (not yet come: the last one)
        if nth is not None:
            on = min(days[0] + timedelta(days=int(parse_number(nth)) - 1), days[1])
            return Period("date", on, on, label, rel)
        if first_days is not None:
            return Period(
                "range",
                days[0],
                min(days[0] + timedelta(days=int(parse_number(first_days)) - 1), days[1]),
                label,
                rel,
            )
        return Period("range", days[0], days[1], label, rel)
    # 今天, 今日: the day the paper came out
    if t in ("今天", "今日"):
        if reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定")
        return Period("date", reference, reference, label, True)

    # 如今 / 目前 / 当前 / 现在: as of the publication date
    if t in ("如今", "目前", "当前", "现在", "截至目前", "日前"):
        if reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定")
        return Period("asof", reference, reference, label, True)

    # Relative month: 上月, 本月
    m = re.fullmatch(r"(上|本|当)月", t)
    if m:
        if reference is None:
            raise ValidationError(field, f"“{label}”需要来源的发表日期才能确定月份")
        year, month = reference.year, reference.month
        if m.group(1) == "上":
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return Period("month", date(year, month, 1), _month_end(year, month), label, True)

    # Range of days: 1月23日—2月6日, 2021年1月23日至2月6日
    m = re.fullmatch(r"(?:" + _YEAR + r")?(\d{1,2})月(\d{1,2})日-(?:(\d{1,2})月)?(\d{1,2})日", t)
    if m:
        year, rel = _year_or_reference(m.group(1), reference, field, label)
        try:
            day_first = date(year, int(m.group(2)), int(m.group(3)))
            day_last = date(year, int(m.group(4) or m.group(2)), int(m.group(5)))
        except ValueError:
            raise ValidationError(field, f"日期“{label}”不存在") from None
        if day_first > day_last:
            raise ValidationError(field, "开始日期晚于结束日期")
        return Period("range", day_first, day_last, label, rel)

    # Date: 2021年1月20日, 1月20日 (publication year)
    m = re.fullmatch(
        r"(?:" + _YEAR + r")?(\d{1,2}|[一二三四五六七八九十]+)月(\d{1,2}|[一二三四五六七八九十]+)[日号]", t
    )
    if m:
        year, rel = _year_or_reference(m.group(1), reference, field, label)
        month = _check_month(_int(m.group(2)), field)
        day = _int(m.group(3))
        if not m.group(1) and reference is not None and month - reference.month > _MONTHS_AHEAD:
            year -= 1  # 12月28日 in a paper of 5 January: the December just gone
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise ValidationError(field, f"{year}年{month}月没有{day}日")
        d = date(year, month, day)
        return Period("date", d, d, label, rel)

    # Month: 2020年12月, 12月
    m = re.fullmatch(r"(?:" + _YEAR + r")?(\d{1,2}|[一二三四五六七八九十]+)月(?:份)?", t)
    if m:
        year, rel = _year_or_reference(m.group(1), reference, field, label)
        month = _check_month(_int(m.group(2)), field)
        return Period("month", date(year, month, 1), _month_end(year, month), label, rel)

    # Year: 2020年, 2020, 今年, 去年, 二〇二〇年
    m = re.fullmatch(_YEAR, t) or re.fullmatch(r"(\d{4})", t)
    if m:
        word = m.group(1) if t.endswith("年") is False else t
        year, rel = year_of(word if word.endswith("年") else word + "年")
        return Period("year", date(year, 1, 1), date(year, 12, 31), label, rel)

    # A month or a quarter as spreadsheets write them: 2016-12, 2016/12, 2016.12; 2016-Q1, 2016Q1
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", t)
    if m:
        year, month = int(m.group(1)), _check_month(int(m.group(2)), field)
        return Period("month", date(year, month, 1), _month_end(year, month), label)
    m = re.fullmatch(r"(\d{4})[-/\s]?[Qq]([1-4])", t)
    if m:
        year, q = int(m.group(1)), int(m.group(2))
        return Period("quarter", date(year, 3 * q - 2, 1), _month_end(year, 3 * q), label)

    # ISO dates typed by hand: 2020-12-31, 2020-12
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ValidationError(field, f"日期“{label}”不存在") from None
        return Period("date", d, d, label)
    # 截至2023年上半年, 截至今年一季度, 截止到前三季度: a span said as a cut-off, as at its end (the
    # extractor reads a count so, and a flow from the year's start: stock_flow)
    cut = re.fullmatch(r"(?:截至|截止到|截止)(.+)", t)
    if cut:
        try:
            span = parse_period(cut.group(1), reference, field, article_year)
        except ValidationError:
            span = None
        if span is not None and span.kind not in ("date", "asof"):
            return Period("asof", span.end, span.end, label, span.relative)
    raise ValidationError(field, f"无法识别的时期“{label}”，{_EXAMPLE}")


#: A part of the year said without its year that ends this many months after the paper's month or more is
#: last year's: its figures cannot be out before it ends (前三季度 in a paper of February, 1-11月 in January).
_YEAR_TO_DATE_AHEAD = 5


def _not_over_yet(year_word: str | None, last_month: int, reference: date | None) -> int:
    """1 when a year-to-date period without its year would end well after the paper came out."""
    return int(
        not year_word and reference is not None and last_month - reference.month >= _YEAR_TO_DATE_AHEAD
    )


def _year_or_reference(word: str | None, reference: date | None, field: str, label: str) -> tuple[int, bool]:
    if word:
        return _year_word(word + "年", reference, field)
    if reference is None:
        raise ValidationError(field, f"“{label}”没有写年份，需要来源的发表日期")
    return reference.year, True


def period_from_bounds(kind: str, start: str, end: str, label: str) -> Period:
    """Rebuild a Period from stored columns, checking them (used by the importer and the loader)."""
    if kind not in PERIOD_KINDS:
        raise ValidationError("period_kind", f"时期类型“{kind}”无效")
    try:
        s, e = date.fromisoformat(start), date.fromisoformat(end)
    except (TypeError, ValueError):
        raise ValidationError("period", f"日期“{start}”或“{end}”不是有效的日期（YYYY-MM-DD）") from None
    if s > e:
        raise ValidationError("period", "开始日期晚于结束日期")
    return Period(kind, s, e, label)
