"""The figures of a sentence: quantities with their units and qualifiers (and what is no fact: changes,
classes, capacities, counts of divisions), growths and ranks said alone, and the growth and rank said
right after a figure."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..errors import ValidationError
from ..periods import PERIOD_IN_TEXT as PERIOD
from ..quantities import GROWTH_VERBS, NEGATIVE_GROWTH, parse_growth, parse_quantity, parse_rank
from ..units import ALIASES, UNITS
from ..vocabulary import lookup
from .candidate import Candidate
from .kinds import AVERAGE_GROWTH, GROWTH_ONLY, PLACES_COUNTED, RANK_ONLY
from .places import EXAMPLE_ITEM_AFTER
from .rates import StatedGrowth, rate_figures
from .text import clause_start

_UNIT_WORDS = sorted(
    (
        u
        for u in list(UNITS) + list(ALIASES)
        if u not in ("年", "月", "%", "度", "倍", "百分点", "个百分点", "m2", "km2")
    ),
    key=len,
    reverse=True,
)

_UNIT_RE = "|".join(re.escape(u) for u in _UNIT_WORDS)

# A number starts where a run of digits (or of numerals) starts: the look-behinds keep the regex from
# trying every position inside a long run, which made 8,000 digits in a row cost seconds.
_NUM = (
    r"(?:(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])"  # 4,080万元, 238,399万元
    r"|(?<![\d.])(?<!\d,)\d+(?:\.\d+)?"
    r"|(?<![一二两三四五六七八九十百千万亿零〇])[一二两三四五六七八九十百千]+(?:点[一二三四五六七八九零〇]+)?)"
)

#: More integer digits than any printed figure has (a country's GDP in 元 has 15).
MAX_DIGITS = 16

QUANTITY = re.compile(
    # (约 ending a word — 签约, 履约, 违约 — and 达 of 发达 are no qualifiers: 签约4个项目, 已履约1054个)
    rf"(?P<pre>首次突破|首次超过|首破|至少|逾|超过|超|近|将近|(?<![签合节制公条契预盟履违解续缔订践守失毁赴邀集简特])约|大约|达到|(?<![发到表传下抵送通])达|突破|不足|不到)?"
    r"(?:(?<![\d.])(?P<lo>\d+(?:\.\d+)?[十百千万亿]*)\s*[-—–~至]\s*(?=\d))?"  # a range: 1万-5万元
    rf"(?P<num>{_NUM}|几|数)(?P<mag>[十百千万亿]*)(?P<extra>余|多)?(?P<mag2>[万亿]?)"
    rf"(?P<unit>{_UNIT_RE})(?P<post>左右|(?:及)?以上|(?:及)?以下)?"
)

#: Money said without 元 (宜宾敲定今年205个重点项目 投资370.5亿): after a word for money, 亿 or 万 is of yuan.
_BARE_MONEY = re.compile(
    r"(?:总投资|投资|收入|产值|总额|资金|销售额|营业额|利润)"
    r"(?P<figure>(?:约|近|超|逾)?\d+(?:\.\d+)?[万亿])(?![\d.\u4e00-\u9fff元美欧日港])"
)

#: Visitors said without 人次 (全省接待游客4300多万, 迎来游客超过307万): in 万人次.
_BARE_VISITORS = re.compile(
    r"(?:游客|旅客)(?:达到|达)?"
    r"(?P<figure>(?:超过|超|逾|近|约)?\d+(?:\.\d+)?(?:多|余)?万)(?![\d.\u4e00-\u9fff])"
)

LONE = re.compile(rf"(?P<pre>过|逾|近|超)(?P<mag>[百千万亿])(?P<unit>{_UNIT_RE})")

MAJOR = re.compile(
    r"(?<![一二三四五六七八九十\d])(?P<num>[一二三四五六七八九十\d]+)大(?=[\u4e00-\u9fff]{1,4}(?:落地|落户|签约|，|。))"
    r"(?![\u4e00-\u9fff]{0,4}(?:行动|计划|工程|战略))"
)

GROWTH = re.compile(
    rf"(?P<base>(?:比|较|与)(?!实际|名义)(?P<basetext>[^，。；,]{{2,12}}?)(?:相比)?)?(?:同比|环比)?(?:\(下同\))?"
    rf"(?:实际|名义)?(?P<dir>{GROWTH_VERBS})了?"  # (同比实际增长7.8%: real growth on the year before)
    r"(?P<num>\d+(?:\.\d+)?)(?P<unit>%|倍|个百分点)"
)

RANK = re.compile(
    r"(?:位列|位居|居|排名|排)(?P<among>\d+个[\u4e00-\u9fff]{1,12}?)?(?P<scope>全国|全省|全市|西部|中西部)?"
    r"第(?P<num>\d+|[一二三四五六七八九十]+)(?:位|名)?"
)  # (排名35个农产品主产区县第5位: among 35 counties of a kind)


_SCOPE = re.compile(
    r"全国|全省|全市|全州|西部|中西部"
)  # 在全省县域经济考核中排名第4位: ranked in the province


def rank_text(r: re.Match[str]) -> str:
    """The rank as parse_rank reads it (without the peers it is among)."""
    among = r.group("among")
    return r.group(0).replace(among, "", 1) if among else r.group(0)


ESTIMATE = re.compile(r"预计|有望|力争|计划")

# Numbers that are no facts of their own, by what comes just before or after them:
_NOT_FACT_BEFORE = re.compile(
    r"(?:增加|减少|增长|下降|高出|多出|增量(?:超过|达)?|提高|降低|多增|少增|多减|少减|净增|净减)了?$"  # a change:
    # 较年初增加1336亿元, 同比多增1209.08亿元
    r"|[比较][^，。；,;\d]{1,8}[高低多少]了?$"  # 比上届高1亿元: a change too
    r"|年(?:产|加工|屠宰|吞吐|处理|生产)(?!值)[^，。；,;\d]{0,20}$"  # a capacity: 年产1400万米, 设计年吞吐旅客
    r"|年产(?!值)[^，。；,;]{0,40}[（(][^）)]*$"  # 年产6万吨…(有机肥1万吨、生物有机肥5万吨)
    r"|(?:点击|浏览|阅读|访问)(?:次数|量)?[:：]?$"  # a page's hits
    r"|(?:差距|相差|差额|差)(?:约|仅|只有|为|达)?$"  # 两者差距不到60亿元: a difference
    r"|≈$|算出[:：]?[^，。；,;\d]{0,12}$"  # 根据数据算出：人均消费≈635元: the writer's arithmetic
)

_THRESHOLD_AFTER = re.compile(  # a class of what is counted: 10亿元以上项目117个, 利润在10至20亿元的企业9家
    r"的?(?:签约|重大|工业|产业)?(?:项目|企业)(?:有|共|达)?\d|的(?:有|共|达)\d"
)

_THRESHOLD_ABOVE = re.compile(r"的?[“”\"\u4e00-\u9fff]{0,6}?(?:项目|企业)")  # 百亿元以上“巨无霸”项目占比高

_COUNTED_BEFORE = re.compile(
    r"\d+(?:个|户|家)[\u4e00-\u9fff]{0,4}企业[\u4e00-\u9fff]{0,6}$"
    rf"|{PLACES_COUNTED}[\u4e00-\u9fff]{{0,12}}$"
)  # 8家企业收入超过500亿元, 共有7个市州一季度地区生产总值超过500亿元: a class

_TIME_AFTER = re.compile(r"(?:季度|月|年|星期|工作日)")

_STREAK_BEFORE = re.compile(r"(?:连续|时隔|为期|历时|持续)[^，。；,;]{0,16}$|(?:连续|时隔|为期)$")

#: A sum of money right before a bound (71835元，突破1万美元): the bound says it again, roughly.
_MONEY_JUST_BEFORE = re.compile(r"\d[\d.]*\s*[万亿]?(?:元|美元)[，,]\s*(?:首次|已|并)?(?:突破|超过|超|逾)?$")

#: The figure itself right after its bound (突破1000亿元，为1035.7亿元).
_EXACT_AFTER = re.compile(r"[，,]?\s*(?:为|达到|达)\s*\d")

_POPULATION_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?(?:大类行业|行业|主要工业产品|种?主要产品|工业产品))(?:中?有|中)\d"  # 41个工业大类行业有18个
    r"|[\u4e00-\u9fff]{1,10}?(?<!集)中(?:[^。；;，,\d]{0,12}?[，,][^。；;，,\d]{0,16}?)?有\d"  # 22个项目中，…有12个
    r"|(?:[\u4e00-\u9fff]{0,6}?项目)中[，,]"  # 在99个项目中，产业项目占61个: the whole, its parts follow
)

_STANDARD_BEFORE = re.compile(r"(?:每[\u4e00-\u9fff]{0,3}?(?:奖补|补助|补贴|奖励|资助)(?:资金)?|补差)$")

_SLOGAN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]+[大个]")

_ENUMERATION_AFTER = re.compile(r"(?:特点|方面|支点|特征|原因|阶段|层面|目标|任务|亮点|变化|举措|转变)")
#: The sites a tourism release counts its visitors over (全省纳入统计的77个4A级以上旅游景区共接待游客…,
#: 15家开放的5A级旅游景区): the scope of the next figure, not a fact.
_COUNTED_OVER_AFTER = re.compile(
    r"(?:[^，,。；;\d]|\dA){0,16}?(?:景区|景点|场馆|博物馆)[，,]?(?:在?当[天日])?(?:[一二三四五六七八九十\d]{1,2}天)?"
    r"(?:共|累计|合计)?(?:接待|实现|收入)"
)

_ELIDED_POINTS = re.compile(r"[、和与][\d.]+个百分点")

_DIVISIONS_AFTER = re.compile(  # 全省21个市州, 14个县(市、区), 20多个省(区、市): the country's divisions
    r"[\u4e00-\u9fff]{0,4}?"  # 40个贫困县(市、区), 六个地震重灾市州: divisions, of a kind
    r"(?:市州|市[（(]|县|区县|县区|省[（(]|省份|省区|地市|乡镇|[\u4e00-\u9fff]{0,3}县域)"
)

# Words that may stand between a figure and its growth (同比增长 is the figure's; 利润同比增 is not).
GAP_WORDS = re.compile(
    r"按可比价格?计算|按现价计算|扣除价格因素|可比价|两年平均|其中|分别|比上年|较上年|同期|下同|实现|达到|名义|实际|"
    r"逆势|逆市|大幅|激|猛|(?:首次)?(?:突破|超过)[\d.]+[万亿]?(?:美元|元)|"
    r"[（(](?:人民币|美元|现价|当年价)[，,、]?(?:下同)?[）)]|"  # 10803.1亿元(人民币,下同),…增长8.1%
    r"(?:比上年|较上年|比年初|较年初)?(?:增加|减少|多增|少增)[\d.]+[\u4e00-\u9fff]{0,3}|"
    r"占[^，,；;]*?%|[\u4e00-\u9fff]{0,6}?(?:位列|位居|居|排名|排在|排|列)(?:全国|全省|全市|西部|中西部)?第[^，,；;]*|"
    r"[，,、（）()\s\d.%]"
)


def growth_text(g: re.Match[str]) -> str:
    return f"{g.group('dir')}{g.group('num')}{g.group('unit')}"


_RANK_GAP = re.compile(r"总量|规模|增速|增幅|速度|进出口|[，,、（）()\s\d.%]")


def own_rank(s_text: str, end: int, limit: int) -> re.Match[str] | None:
    """The rank that follows a figure and is its own (…4038.73亿元，增长6.5%，总量位列全省第2), not another
    subject's (…增长11.5%，绵阳市经济总量居全省第2位)."""
    r = RANK.search(s_text, end, limit)
    if r is None:
        return None
    gap = _RANK_GAP.sub("", GAP_WORDS.sub("", GROWTH.sub("", s_text[end : r.start()])))
    if re.search(r"[\u4e00-\u9fff]{2}", gap) and gap not in s_text[clause_start(s_text, end) : end]:
        return None
    return r  # (工业投资完成427亿元，投资总量居全省第2位: the figure's own measure said again)


def rank_only(s_text: str, spans: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """The ranks of a sentence that no figure or growth before them in their clause takes, when the words
    before them name what is ranked."""
    inside = {i for r in RANK.finditer(s_text) for i in range(r.start(), r.end())}
    spans = [span for span in spans if span[0] not in inside]  # (排名35个…第5位: 35个 is the rank's)
    taken = set()
    for i, (_start, end, _text, _q) in enumerate(spans):
        following = spans[i + 1][0] if i + 1 < len(spans) else len(s_text)
        r = own_rank(s_text, end, following)
        if r:
            taken.add(r.start())  # 地区生产总值4038.73亿元，增长6.5%，总量位列全省第2: the figure's rank
    found = []
    for r in RANK.finditer(s_text):
        clause_at = clause_start(s_text, r.start())
        if r.start() in taken or any(clause_at <= a < r.start() for a, _e, _t, _q in spans):
            continue  # the rank of the figure or growth before it
        if (
            any(a <= r.start() < b for a, b, _t, _q in spans)
            or (r.group("scope") or r.group("among") or _SCOPE.search(s_text, clause_at, r.start())) is None
        ):
            continue
        before = PERIOD.sub("", s_text[clause_at : r.start()])
        if len(re.findall(r"[\u4e00-\u9fff]", before)) < 2 or re.search(r"增速|增幅|速度", before):
            continue  # 增速居全国第3位 without its growth: nothing to rank
        found.append((r.start(), r.end(), r.group(), RANK_ONLY))
    return found


#: An average over years (两年平均增长, 三年平均, 年均增长): not a year-on-year growth — a growth of its own
#: over the years it averages (AVERAGE_GROWTH), when nothing before it in its clause is a figure.
_AVERAGE_BEFORE = re.compile(r"(?:[两二三四五六七八九十\d]+年)?(?:平均|年均)$")
AVERAGE_WORDS = re.compile(r"(?:[两二三四五六七八九十\d]+年)?(?:平均|年均)(?=(?:同比)?(?:增长|下降|增速))")
#: 名义增长5.6%，实际增长5.6%: the same figure's growth at comparable prices, no fact of its own.
_SAID_AGAIN = re.compile(r"(?:同比|环比)")  # …出厂价格同比上涨6.3%；环比上涨0.1%: the same subject
#: 其后是绵阳，增长6.6%; 紧随其后的是甘孜州，增长6.9%: a sentence's first clause that only names who comes
#: next, so the growth after it in a clause of its own is that subject's.
_SUBJECT_CLAUSE = re.compile(r"^(?:紧随其后的?是|其后是|其次是|接下来是|随后是)[\u4e00-\u9fff]{2,8}[，,]$")
_REAL_BEFORE = re.compile(r"(?:扣除价格因素|按可比价格?计算|实际)[^，,；;]{0,4}$")


def growth_only(s_text: str, figures: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """The growths of a sentence no figure takes: each is a fact of its own when the words before it
    name what grew (规模以上工业增加值增长11.5%, 年均增长8.7%, 增长1.3倍), not when it is a class (增长10%以上), a
    difference of rates (提高1.1个百分点), the same figure's growth at comparable prices, or the growth of a
    figure just before it (出口4473.5亿元，增长18.5%). A 分别 list of growths with no figures to take them
    is a growth fact each (城、乡居民人均可支配收入分别增长8%、9%)."""
    taken: set[int] = set()
    for i, (_start, end, _text, _q) in enumerate(figures):
        following = figures[i + 1][0] if i + 1 < len(figures) else len(s_text)
        tail = s_text[end:following]
        g = GROWTH.search(tail)
        if g and not re.search(r"[\u4e00-\u9fff]{2}", GAP_WORDS.sub("", tail[: g.start()])):
            taken.add(end + g.start())
    lists = [(m.start(), m.end()) for m in GROWTHS.finditer(s_text)]
    found = _listed_growths(s_text, figures)
    for g in GROWTH.finditer(s_text):
        at = g.start()
        clause_at = clause_start(s_text, at)
        if (
            at in taken
            or any(a <= at < b for a, b in lists)
            or g.group("unit") == "个百分点"
            or re.match(r"(?:以上|以下)的?[\u4e00-\u9fff]", s_text[g.end() :])  # (增长10%以上的企业: a class)
            or (  # 甘孜、阿坝…等地…均较去年同期增长90%以上; 10个市州…增长1倍以上: places counted by a bound
                s_text.startswith(("以上", "以下"), g.end())
                and re.search(rf"均|{PLACES_COUNTED}", s_text[clause_at:at])
            )
            or (s_text.startswith("多", g.end()) and not re.match(r"多[个家种项]", s_text[g.end() :]))
            or (
                any(clause_at <= f_start < at for f_start, _e, _t, _q in figures)
                and not _AVERAGE_BEFORE.search(s_text, max(0, at - 8), at)  # (实现144亿元、年均增长8.7%)
            )
        ):
            continue
        if _REAL_BEFORE.search(s_text, max(0, at - 12), at) and (
            taken or any(f_end <= at for _s, f_end, _t, _q in found)
        ):
            continue  # 名义增长4.7%，实际增长4.8%: the same figure's, at comparable prices
        before = s_text[clause_at:at]
        if (
            len(re.findall(r"[\u4e00-\u9fff]", PERIOD.sub("", before))) < 2
            and not _SUBJECT_CLAUSE.match(s_text[:clause_at])
            and not _SAID_AGAIN.match(g.group())
            and not (PERIOD.search(before) and _said_before(at, figures, found, taken))
        ):
            continue  # 增长5.3%: nothing says what grew (环比上涨0.1%, 一季度…，二季度增长4.5%: lists.carried)
        average = _AVERAGE_BEFORE.search(s_text, max(0, at - 8), at)
        found.append((at, g.end(), g.group(), AVERAGE_GROWTH if average else GROWTH_ONLY))
    return sorted(found)


def _said_before(
    at: int, figures: list[tuple[int, int, str, Any]], found: list[tuple[int, int, str, Any]], taken: set[int]
) -> bool:
    """A figure or a growth stands before ``at`` in the sentence (a later period's growth is its subject's)."""
    return any(f[0] < at for f in figures) or any(f[0] < at for f in found) or any(t < at for t in taken)


def _listed_growths(s_text: str, figures: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """城、乡居民人均可支配收入分别增长8%、9%: with no figure before it in its clause, each growth of a 分别
    list is a growth fact (``lists.respectively`` names them after the list's items)."""
    found = []
    for m in GROWTHS.finditer(s_text):
        values = m.group("values").count("%")
        if any(clause_start(s_text, m.start()) <= f_start < m.start() for f_start, _e, _t, _q in figures):
            continue
        if sum(1 for f_start, _e, _t, _q in figures if f_start < m.start()) >= values:
            continue  # 营业收入3126亿元、利润总额92.8亿元，同比分别增长12.3%、17.5%: the figures' growths
        at = m.start("values")
        for value in re.finditer(r"\d+(?:\.\d+)?%", m.group("values")):
            sign = -1 if m.group("dir") in NEGATIVE_GROWTH else 1
            pct = sign * float(value.group()[:-1])
            found.append((at + value.start(), at + value.end(), value.group(), StatedGrowth(pct)))
    return found


def quantities(s_text: str) -> list[tuple[int, int, str, Any]]:
    found = []
    taken: set[int] = set()  # the offsets of the figures found by an earlier pattern
    for m in PERIOD.finditer(s_text):
        taken.update(range(*m.span()))  # 今年前5个月, 近三年: a period, no figure
    for pattern in (QUANTITY, LONE, MAJOR):
        for m in pattern.finditer(s_text):
            start, end = m.start(), m.end()
            if not taken.isdisjoint(range(start, end)):
                continue
            if pattern is QUANTITY and end < len(s_text) and s_text[end : end + 1] in "年月日":
                continue
            if pattern is QUANTITY and s_text.startswith("百分点", end):
                continue  # 2.1个百分点: a difference of rates, not a count
            if pattern is QUANTITY and start > 0 and s_text[start - 1].isdigit():
                continue
            if pattern is QUANTITY and len(m.group("num").split(".")[0]) > MAX_DIGITS:
                continue  # 1111…（a thousand digits）: no figure a paper prints, and no float holds it
            if (
                pattern is QUANTITY
                and m.group("num") in ("一", "两")
                and not m.group("mag")
                and not (
                    s_text[start - 1 : start] == "共"
                    or (m.group("num") == "两" and s_text[end : end + 1] in ("，", ",", "。", ""))
                )
            ):
                continue  # 一张蓝图, 一批项目: words, not figures (开工项目共两个: a count)
            if pattern is QUANTITY and m.group("num")[0] in _NUMERALS and m.group("unit") in ("次", "项"):
                continue  # 三次产业, 十一届三次全会, 三项预算: names and lists, not counts
            try:
                quantity = parse_quantity(m.group(0))
            except ValidationError:
                continue
            if pattern is MAJOR and quantity.unit is None:
                quantity = dataclasses.replace(quantity, unit="个")  # 9大主题馆: nine halls, counted
            taken.update(range(start, end))
            if not _no_fact(s_text, start, end, quantity):
                found.append((start, end, m.group(0), quantity))
    for pattern, unit in ((_BARE_MONEY, "元"), (_BARE_VISITORS, "人次")):
        for m in pattern.finditer(s_text):  # 投资370.5亿, 接待游客4300多万 (a headline drops the unit)
            start, end = m.span("figure")
            if taken.isdisjoint(range(start, end)):
                try:
                    quantity = dataclasses.replace(
                        parse_quantity(m.group("figure") + unit), text=m.group("figure")
                    )
                except ValidationError:
                    continue
                found.append((start, end, m.group("figure"), quantity))
    found.sort()
    return found


_NUMERALS = frozenset("一二两三四五六七八九十百千")

#: Places several, or counted: 成都、绵阳、宜宾3个市, 资阳、雅安 (the subject of a bound they share).
_SEVERAL_PLACES = re.compile(r"[\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff]{2,4}|\d+个(?:市|县|区)")
#: Divisions said with a threshold they are counted by: 超千亿元市(州)18个, 县(市、区)中…超100亿元的128个.
_DIVISIONS_BY_A_THRESHOLD = re.compile(r"(?:市|县|州)[（(]?[^，,；;]{0,6}$")
_DIVISIONS = re.compile(r"县[（(]市|市[（(]州|市州|县区|区县|\d+个(?:县|市)")
#: Industries counted by how they compare: 其余七个产业增速均在两位数以上, 8个行业增加值保持两位数增长.
_INDUSTRIES_COMPARED = re.compile(r"(?:产业|行业)[^，,。；;]{0,12}?(?:两位数|高于|低于|均在|快于|慢于)")


def _counted_by_a_class(s_text: str, start: int, end: int, quantity: Any) -> bool:
    """1个万亿元台阶, 3个市经济总量迈上3000亿元台阶 (a milestone several share), 超千亿元市(州)18个, 5个产业
    …高于全市平均水平, J01项目 (a model's number): no facts of their own."""
    after = s_text[end : end + 16]
    clause = s_text[clause_start(s_text, start) : start]
    if re.search(r"(?<![\d.,])0\d", s_text[start:end]):
        return True  # J01项目: a name's number, no figure
    if re.match(r"[\u4e00-\u9fff]{0,4}?(?:台阶|大关)", after) and (
        quantity.unit == "个" or _SEVERAL_PLACES.search(clause)
    ):
        return True
    if quantity.qualifier == "over" and re.match(r"的?(?:市[（(]州|市州|县[（(]市|县区|区县|城市)", after):
        return True  # 全省超千亿元市(州)18个: the class divisions are counted in
    if quantity.unit != "个":
        return False
    threshold = re.search(r"超|以上|突破|以下", clause)
    if threshold and _DIVISIONS_BY_A_THRESHOLD.search(clause):
        return True
    if re.search(r"(?:超过?|突破|以上)[^，,；;]{0,10}的$", clause) and _DIVISIONS.search(s_text, 0, start):
        return True  # 全省183个县(市、区)中，经济总量超100亿元的128个: divisions of a class
    return bool(_INDUSTRIES_COMPARED.match(after))


def _no_fact(s_text: str, start: int, end: int, quantity: Any) -> bool:
    """A change (增加1.3亿元), a capacity (年产10万吨), a class of what is counted (投资10亿元以上的项目39个,
    8家企业营业收入超过500亿元), a count of the country's divisions (全省21个市州), a page's hits."""
    if s_text.endswith(("这", "该", "此", "上述", "前述"), 0, start):
        return True  # 这五个项目: the count spoken of again, not said
    if _counted_by_a_class(s_text, start, end, quantity):
        return True
    if _NOT_FACT_BEFORE.search(s_text, max(0, start - 44), start):
        return True
    after = s_text[end : end + 12]
    if _THRESHOLD_AFTER.match(after):
        return True
    if s_text[start - 1 : start] == "、" and EXAMPLE_ITEM_AFTER.match(s_text, end):
        return True  # 引进万达文旅城、30万吨精酿啤酒生产等项目: part of an example's name
    if re.search(r"\d[—\-–~至]\d", s_text[start:end]) and re.match(r"的(?:项目|企业)", after):
        return True  # 投资额10—30亿元的项目: a class
    if s_text.endswith(("以上", "以下"), start, end) and (
        _THRESHOLD_ABOVE.match(after) or re.match(r"的?\d", after)  # (10亿元以上的185个项目: a class)
    ):
        return True
    if quantity.qualifier == "over" and (
        _COUNTED_BEFORE.search(s_text, max(0, start - 24), start) or re.match(r"(?:的)?项目", after)
    ):
        return True
    if quantity.unit == "个" and (_DIVISIONS_AFTER.match(after) or _TIME_AFTER.match(after)):
        return True  # 全省21个市州; 连续8个季度: a length of time
    if quantity.unit in ("个月", "年", "天", "周") and re.match(r"(?:以来|来)", after):
        return True  # 增速为32个月以来新高: a length of time
    if quantity.unit == "个" and after.startswith("位次"):
        return True  # 上升9个位次: a rank's change
    if quantity.unit in ("座", "个") and re.match(r"[“\"]?[^，,。；;]{0,12}?城市", after):
        return True  # 9座“GDP两万亿城市”: cities of a class, counted
    if quantity.qualifier in ("over", "under") and s_text.endswith("均", 0, start):
        return True  # 各景区累计接待游客均超过10万人次: a bound several share
    if quantity.qualifier == "over" and _EXACT_AFTER.match(after):
        return True  # 首次突破1000亿元，为1035.7亿元: the bound, then the figure itself
    if quantity.qualifier == "over" and _MONEY_JUST_BEFORE.search(s_text, max(0, start - 24), start):
        return True  # 人均地区生产总值71835元，突破1万美元: the figure before, said round in another currency
    if _STANDARD_BEFORE.search(s_text, max(0, start - 10), start):
        return True  # 先进县每个奖补6000万元, 升为四星级的补差500万元: a policy's rate, not an amount given
    if _STREAK_BEFORE.search(s_text, max(0, start - 24), start):
        return True  # 时隔13个月, 连续4个月单月…超1000亿元: a length of time, a recurring threshold
    if quantity.unit in ("个", "种", "项", "家", "户") and _POPULATION_AFTER.match(s_text, end):
        return True  # 41个大类行业中有21个, 157种主要工业产品有73种: the whole, not the counted part
    if quantity.unit == "个" and s_text[start] in _NUMERALS and _SLOGAN_AFTER.match(after):
        return True  # 三个中心六大基地: a slogan's parts, not a count
    if quantity.unit in ("个", "项") and s_text[start] in _NUMERALS and _ENUMERATION_AFTER.match(after):
        return True  # 主要呈现三个特点: a list's length
    if quantity.unit in ("个", "家") and re.match(r"(?:批次|家班子|大班子|套班子|班子)", after):
        return True  # 4个批次备选项目509个, 县四家班子: how they come, not how many
    if quantity.unit in ("个", "家", "处") and _COUNTED_OVER_AFTER.match(s_text, end):
        return True
    return quantity.unit == "个" and bool(_ELIDED_POINTS.match(after))  # 提升20个、36个百分点


GROWTHS = re.compile(
    rf"(?:同比|比上年|较上年)?(?:[（(]下同[)）])?分别(?:同比|比上年|较上年)?(?P<dir>{GROWTH_VERBS})了?"
    r"(?P<values>\d+(?:\.\d+)?%(?:(?:、|和|及|,|，)?\d+(?:\.\d+)?%)+)"  # (21.6%20.2%: a page lost its 、)
)


def _catalogue_name_at(s_text: str, start: int, end: int) -> bool:
    """The figure and the words after it are an indicator's name (十种有色金属, 十种有色金属产量)."""
    rest = re.match(r"[\u4e00-\u9fff]{1,8}", s_text[end:])
    if rest is None:
        return False
    words = s_text[start:end] + rest.group()
    return any(
        lookup(words[:n] + tail, strict=True) is not None
        for n in range(len(words), end - start, -1)
        for tail in ("", "产量")
    )


def sentence_figures(s_text: str) -> tuple[list[tuple[int, int, str, Any]], list[int], set[int]]:
    """The figures of a sentence: its quantities, the growths and ranks it says without a level, in text
    order; where its quantities start; and the offsets inside 增长5%, 排名第3 (a quantity there is none)."""
    # (十种有色金属增长32.0%: a name the catalogue knows, not ten of something — its growth is said alone)
    levels = [q for q in quantities(s_text) if not _catalogue_name_at(s_text, q[0], q[1])]
    growths = growth_only(s_text, levels)
    in_growth_or_rank = {
        i for m in (*GROWTH.finditer(s_text), *RANK.finditer(s_text)) for i in range(m.start(), m.end())
    }
    rates = rate_figures(s_text, levels, in_growth_or_rank)
    spans = sorted(levels + growths + rates)
    spans = sorted(spans + rank_only(s_text, spans))
    return (
        spans,
        [start for start, _end, _text, _q in levels if start not in in_growth_or_rank],
        in_growth_or_rank,
    )


def attach_growth(candidate: Candidate, s_text: str, start: int, end: int, limit: int, alone: bool) -> None:
    """The growth said right after a figure (or the growth a growth-only fact is): year on year, against
    another base (比2015年增长), or a multiple (增长1.3倍)."""
    tail = s_text[start if alone else end : limit]
    g = GROWTH.search(tail)
    if g and re.match(r"(?:以上|以下)的?[\u4e00-\u9fff]", tail[g.end() :]):
        return  # 营业收入增长10%以上的企业11户: a class, not the figure's growth
    if g and not alone and re.search(r"[\u4e00-\u9fff]{2}", GAP_WORDS.sub("", tail[: g.start()])):
        return  # 营业总收入1447亿元，利润同比增168.3%: another subject's growth
    if not g:
        return
    try:
        growth = parse_growth(growth_text(g))
    except ValidationError:
        return
    base_text = re.sub(r"\s|[（(]下同[)）]", "", g.group("basetext") or "")  # (比2022 年 (下同) 增长)
    base_year = re.search(r"(\d{4})年", base_text)  # (较2019年农历同期: 2019, whatever is around it)
    previous_year = (
        base_year
        and candidate.period_start
        and int(base_year.group(1)) == int(candidate.period_start[:4]) - 1
    )
    if growth.pct is None:
        return  # 提高0.5个百分点: a change of a rate
    if base_text and not previous_year and (base_year or not re.search(r"上年|去年|同期|上月", base_text)):
        candidate.growth_pct, candidate.growth_base = float(growth.pct), base_text
    elif "环比" in g.group():
        candidate.growth_pct, candidate.growth_base = float(growth.pct), "上月"  # on the month before
    elif growth.multiple is not None and not _within_a_year(candidate):
        candidate.growth_pct = float(growth.pct)  # 近年来…累计3330亿元，增长3.8倍: over years, not on a year
    else:
        candidate.yoy_pct = float(growth.pct)  # (增长1.3倍: +130 %)


def _within_a_year(candidate: Candidate) -> bool:
    start, end = candidate.period_start, candidate.period_end
    return bool(start and end and start[:4] == end[:4])


def attach_rank(candidate: Candidate, s_text: str, after: int, limit: int) -> None:
    """The rank said right after a figure (…总量位列全省第2)."""
    r = own_rank(s_text, after, limit)
    if r:
        try:
            rank = parse_rank(rank_text(r))
        except ValidationError:
            return
        candidate.rank, candidate.rank_scope = rank.rank, rank.scope
