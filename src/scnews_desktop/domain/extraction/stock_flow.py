"""What a figure measures adjusts the period its sentence gives it: a stock (资产总额, 常住人口, a count of
enterprises that exist, land and networks, what is held) is at the period's end; a flow said as at a day is
counted from the year's start (截至3月末…营业收入), unless the sentence counts since the start (…累计…); what a
place yields a year, said of a day, is that day's year; a level a range of years led up to is its last year's."""

from __future__ import annotations

import re
from datetime import date

from ..periods import Period, whole_year
from ..units import UNITS

_FLOW = re.compile(
    r"增加值|收入|营收|产值|生产总值|利润|利税|税收|税费|税金|营业额|销售|销量|零售|成交|交易额|公益金|筹集|进出口|出口|进口|投资|资金|补助|发电量|用电量|产量|消费量"
    r"|招生|毕业生|票房|放映"  # (年末共有小学5725所，招生93.4万人: the year's intake, not at its end)
    # (截至9月底…消费协作金额超21亿元, 已帮助农村劳动力到省内外就业36.8万人: counted over the year to that day)
    r"|金额|(?:帮助|实现|促进)[^，,。；;]{0,10}就业"
)

_PLANNED_INVESTMENT = re.compile(
    r"(?:年度|今年|当年|全年|年内)(?:计划|预计)?(?:完成)?投资$|(?:年度|全年)(?:目标|计划|目标任务)$"
)  # (完成年度目标2680亿元的76%: the year's plan)

_STOCK = re.compile(
    r"资产总额|资产规模|总资产|净资产|余额|常住人口|户籍人口|城镇人口|乡村人口|就业人口|总人口|实有|存量|保有量"
    r"|存栏量?$|总里程"  # (家禽季末存栏, 鸡存栏: a head count at the period's end; 高速公路通车总里程)
    r"|(?<!新领证)(?<!新增)驾驶人|拥有量|有效注册商标|有效发明专利|森林面积|森林蓄积"  # (licences, registers, forests)
    r"|(?<!新增)(?<!新建)(?:总数(?!的?比重|占|的$)|在校生|在校学生|教职工|专任教师|床位)"  # (影院总数, 在校生: at the year's end)
    # 博物馆数量, 一级博物馆, 国家二级博物馆: the institutions there are, at the period's end (not 新建博物馆)
    r"|(?<!新增)(?<!新建)(?<!新开)(?:博物馆|纪念馆|图书馆|文化馆|美术馆)(?:数量|总数|数)?$"
)

#: What a place yields a year (年产…, 年综合产值, 年交易量), said of a day: that day's year.
_PER_YEAR = re.compile(
    r"(?:^|[^\d今去明前上本当全每])年(?:产|综合产值|产值|销售|交易|营业|收入|出栏|接待|发电|用电|吞吐)"
)

#: 经营主体数量突破922.5万户: the register at the period's end — not what entered or left it over the period
#: (新设, 注销), nor the firms active in it (有进出口实绩的).
_ENTITIES = re.compile(r"经营主体|市场主体|个体工商户|企业数量|企业总数")
_ACTIVE = re.compile(r"新设|新登记|设立|注销|吊销|实绩|新增")

#: 拥有专业会展场馆18个、展览面积…: what is held, the items of a list after it too
_HELD_NOW = re.compile(
    r"(?:拥有|现有|共有)(?:[^，,；;。\d]{0,12}[\d.]+[^，,；;。\d、]{0,4}、)*[^，,；;。\d]{0,12}$"
)

#: Land and networks (茶园605.35万亩, 高速公路总里程): what there is at the period's end, unless what is
#: measured is done over the period (播种, 施工, 销售, 新建, 建成, 完成, 改造, 展览 …).
_HELD_UNITS = ("area", "length", "bandwidth")  # (a network's bandwidth: what it has)
_COUNT_UNITS = ("个", "项", "处", "座", "家", "户")
_AREA_FLOW = re.compile(
    r"播种|收获|施工|开工|竣工|销售|出让|成交|供应|新|建成|建设|完成|改造|改建|提档|升级|治理|造林|复垦|流转"
    r"|展览|举办|举行|实施|整治|开发|累计"
)

_NEW_FLOW = re.compile(
    r"新设|新增|新登记|新引进|新引导|新签|新开|入围|入选|入列|上榜|培育|进入|新建|增长|增幅|超过|提高|翻番|注销|吊销|实绩"
)


def _cut_off(before: str, label: str | None) -> bool:
    """截至今年上半年, 截止到2023年: the period is said as a cut-off, what there is at its end."""
    at = before.rfind(label) if label else -1
    return at > 0 and re.search(r"(?:截至|截止)到?\s*$", before[max(0, at - 4) : at]) is not None


#: A level the years of a range led up to (…经济总量达到4万亿元, 突破9000亿元): the last year's.
_REACHED = re.compile(r"(?:达到|突破|超过|超|迈上|跃上|跨上|升至|增至|提高到|增长到)(?:了)?(?=\d|$)")
#: What changed over the period (its count is of a flow even when what changed is a stock's ratio).
_CHANGED_OVER = re.compile(r"同比(?:提高|提升|增长|下降|降低)|翻番")
#: 截至今年6月底，全省返乡创业农民工累计达68万人，…，实现总产值近4000亿元: a sentence that counts since the start up
#: to a day — its flows are totals up to that day too, not the year's.
_CUMULATIVE_AS_AT = re.compile(r"(?:截至|截止)[^。；;]{0,16}?[，,][^。；;]*累计")

#: Now, said without a day it runs up to (目前, 如今; a page that says no period: the paper's day).
_NOW_SAID = frozenset({"目前", "如今", "当前", "现在", "文章日期"})


def period_for_indicator(
    period: Period | None,
    phrase: str,
    clause: str,
    unit: str | None,
    written: str = "",
    said: str = "",
    before: str = "",
) -> Period | None:
    """截至2019年底 + 工业增加值: a year's flow, not a stock; 2016—2020年 + 年产值: the last year;
    2020年 + 企业达17户: a count of enterprises is a stock, at the end of the period (not 新设企业908家, not
    收入超过千亿元的企业3户); 2020年 + 资产总额: a stock, at the end; 年度计划投资: the year's plan."""
    if period is None:
        return None
    if period.kind == "asof" and _PER_YEAR.search(phrase) and not _STOCK.search(phrase):
        year = period.end.year  # 目前…年产猕猴桃鲜果12万吨, 年综合产值: what it yields a year, that year's
        return whole_year(year, period.label)
    if _PLANNED_INVESTMENT.search(phrase):
        year = period.end.year
        return whole_year(year, period.label)
    counted_change = unit in ("户", "家", "个", "万户", "万家") and _NEW_FLOW.search(
        phrase
    )  # 13户企业收益率提高
    registered = _ENTITIES.search(phrase) and not _ACTIVE.search(phrase + (said or clause))
    # 在建重大水利工程14项, 在建工程…总投资达1500亿元: what is under construction, at the period's end
    building = "在建" in phrase + (said or clause) and not re.search(r"完成|实现|开工", phrase + clause)
    registered = registered or (
        building and (unit in _COUNT_UNITS or bool(re.search(r"总投资|规模", phrase)))
    )
    held_land = (
        unit in UNITS and UNITS[unit].dimension in _HELD_UNITS and not _AREA_FLOW.search(said or clause)
    )
    if (
        period.kind in ("year", "range", "ytd", "quarter", "month")
        and (_STOCK.search(phrase) or _HELD_NOW.search(clause) or held_land or registered)
        and not counted_change
    ):  # (全省拥有专业会展场馆18个: what it has, at the period's end)
        return Period("asof", period.end, period.end, period.label)  # 上半年…资产总额: at its end
    if (
        period.kind in ("year", "range", "ytd", "quarter", "month")
        and _cut_off(before, period.label)
        and (unit or "").lstrip("万亿") in _COUNT_UNITS
        and not (_FLOW.search(phrase) or _NEW_FLOW.search(phrase) or counted_change)
    ):  # 截至今年上半年，川菜门店数量已超过32万家: a count up to a span's end is as at that end
        return Period("asof", period.end, period.end, period.label)
    changed_over = unit in ("户", "家", "个") and _CHANGED_OVER.search(phrase)  # 13户企业收益率同比提高
    if (
        period.kind in ("year", "range", "ytd", "quarter")
        and not changed_over
        and (
            _STOCK.search(phrase)
            or (
                (unit or "").lstrip("万亿") in ("户", "家")  # (32.2万户 as 17户)
                and "企业" in phrase
                and not _NEW_FLOW.search(phrase)
                and not _FLOW.search(phrase)
            )
        )
    ):  # (资产规模超过千亿元的企业 is counted at the end; 收入增长超过20%的企业 over the year)
        return Period("asof", period.end, period.end, period.label)
    cumulative = "累计" in clause or _CUMULATIVE_AS_AT.search(before) is not None
    firms = unit in _COUNT_UNITS and re.search(r"(?:企业|公司|机构)(?:数|数量)?$", phrase) is not None
    if period.kind == "asof" and _FLOW.search(phrase) and not cumulative and not firms:
        # (截至6月30日…共设立211家直接投资企业: firms counted as at the day, whatever they do)
        if period.label in _NOW_SAID and not re.search(r"已|完成", clause):
            # 目前…产值达51亿元: what a place makes in a year, as it stands now (not 截至目前…已完成投资)
            year = period.end.year
            return whole_year(year, period.label)
        # 截至3月末…总收入1447亿元: a flow over the year's months up to that day
        kind = "year" if (period.end.month, period.end.day) == (12, 31) else "ytd"
        return Period(kind, date(period.end.year, 1, 1), period.end, period.label)
    if (
        period.kind == "range"
        and period.end.year > period.start.year
        and (phrase.startswith("年") or _REACHED.search(clause) or _REACHED.match(written))
        and not re.search(r"累计|年均", clause)  # (五年…年均实际投资超8000亿元: the span's)
        and not (period.label or "").endswith("以来")  # (“十四五”以来…接待观众超3亿人次: summed over it)
    ):  # 2016—2020年 + 年产值, 五年来…经济总量达到4万亿元: the last year's
        return whole_year(period.end.year, period.label)
    return period
