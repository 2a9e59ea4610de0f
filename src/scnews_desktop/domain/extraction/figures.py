"""The figures of a sentence: quantities with their units and qualifiers (and what is no fact: changes,
classes, capacities, counts of divisions), growths and ranks said alone, and the growth and rank said
right after a figure."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..errors import ValidationError
from ..periods import PERIOD_IN_TEXT as PERIOD
from ..quantities import (
    GROWTH_SAID_AS,
    GROWTH_VERBS,
    NEGATIVE_GROWTH,
    parse_growth,
    parse_quantity,
    parse_rank,
)
from ..units import ALIASES, UNITS
from ..vocabulary import lookup
from .candidate import Candidate
from .kinds import AVERAGE_GROWTH, GROWTH_ONLY, PLACES_COUNTED, RANK_ONLY
from .no_facts import NUMERALS, no_fact
from .rates import StatedGrowth, rate_figures
from .text import clause_start
from .unit_elsewhere import PER_SAID_BEFORE, unit_said_elsewhere

_UNIT_WORDS = sorted(
    (
        u
        for u in list(UNITS) + list(ALIASES)
        if u not in ("年", "月", "%", "度", "倍", "百分点", "个百分点", "m2", "km2")
    ),
    key=len,
    reverse=True,
)

#: A unit that begins a longer word is no unit there (5部门联合印发, 3部委: departments, not machines).
_NOT_THE_UNIT = {"部": "(?!门|委|分|长|署|队|级|位|件)", "万部": "(?!门|委)"}
_UNIT_RE = "|".join(re.escape(u) + _NOT_THE_UNIT.get(u, "") for u in _UNIT_WORDS)

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
    rf"(?P<pre>首次突破了?|首次超过了?|首破|至少|逾|超过了?|超|接近|近|将近|(?<![签合节制公条契预盟履违解续缔订践守失毁赴邀集简特])约|大约|达到|(?<![发到表传下抵送通])达|突破了?|不足|不到)?"
    r"(?:(?<![\d.])(?P<lo>\d+(?:\.\d+)?[十百千万亿]*)\s*[-—–~至]\s*(?=\d))?"  # a range: 1万-5万元
    rf"(?P<num>{_NUM}|几|数)(?P<mag>[十百千万亿]*)(?P<extra>余|多)?(?P<mag2>[万亿]?)"
    rf"(?P<unit>{_UNIT_RE})(?P<post>左右|(?:及)?以上|(?:及)?以下)?"
)

LONE = re.compile(
    rf"(?P<pre>过|逾|近|超)(?P<mag>[百千万亿])(?P<unit>{_UNIT_RE})"
    rf"|(?<![\d.一二三四五六七八九十两几数百千万])(?P<more>[百千](?:余|多))(?!年|月|天|日)(?P<unit2>{_UNIT_RE})"
)  # (过千元; 百余家上下游企业: over a hundred)

MAJOR = re.compile(
    r"(?<![一二三四五六七八九十\d])(?P<num>[一二三四五六七八九十\d]+)大(?=[\u4e00-\u9fff]{1,4}(?:落地|落户|签约|，|。))"
    r"(?![\u4e00-\u9fff]{0,4}(?:行动|计划|工程|战略))"
)

GROWTH = re.compile(
    # (与 names a base only with 相比: 组织与居民物品物流总额同比下降 is a name with 与 in it)
    rf"(?P<base>(?<![同环可])(?:(?:比|较)(?!实际|名义|价)(?P<basetext>[^，。；,]{{2,12}}?)(?:相比)?|与(?P<basetext3>[^，。；,]{{2,12}}?)相比)|同比(?=\d{{4}}年)"
    rf"(?P<basetext2>\d{{4}}年)(?:同期)?)?(?:同比|环比)?(?:\(下同\))?"
    rf"(?:实际|名义)?(?P<dir>{GROWTH_VERBS})了?{GROWTH_SAID_AS}"  # (同比实际增长7.8%; 同比增长为24.3%)
    r"(?:超过|超|逾|约)?"  # (同比增长超过60%, 同比增长约8.3%: a growth's bound, the growth as said)
    r"(?P<num>\d+(?:\.\d+)?)(?P<unit>%|倍|个百分点)"
)

RANK = re.compile(
    # (排列中国第七, 列全省第6位; a heading's 一级博物馆数量全国第五: its scope after the measure, no verb)
    r"(?:位列|位居|居|排名|排列|排|列(?=全国|全省|全市|中国)|(?<=[量数额模])(?=全国|全省|中国))"
    r"(?P<among>\d+个[\u4e00-\u9fff]{1,12}?)?(?P<scope>全国|中国|全省|全市|西部|中西部)?"
    r"第(?P<num>\d+|[一二三四五六七八九十]+)(?:位|名)?"
)  # (排名35个农产品主产区县第5位: among 35 counties of a kind)


_SCOPE = re.compile(
    r"全国|中国|全省|全市|全州|西部|中西部"
)  # 在全省县域经济考核中排名第4位: ranked in the province


def rank_text(r: re.Match[str]) -> str:
    """The rank as parse_rank reads it (without the peers it is among)."""
    among = r.group("among")
    return r.group(0).replace(among, "", 1) if among else r.group(0)


ESTIMATE = re.compile(r"预计|有望|力争|计划")

# Words that may stand between a figure and its growth (同比增长 is the figure's; 利润同比增 is not).
GAP_WORDS = re.compile(
    r"按可比价格?计算|按现价计算|扣除价格因素|可比价|两年平均|其中|分别|比上年|较上年|同期|下同|实现|达到|名义|实际|"
    r"逆势|逆市|大幅|激|猛|(?:首次)?(?:突破|超过)[\d.]+[万亿]?(?:美元|元)|人民币|"
    r"[（(](?:人民币|美元|现价|当年价)[，,、]?(?:下同)?[）)]|"  # 10803.1亿元(人民币,下同),…增长8.1%
    r"(?:比上年|较上年|比年初|较年初)?(?:增加|减少|多增|少增|增产|减产)[\d.]+[\u4e00-\u9fff]{0,3}|"
    r"(?:比|较)(?:去年|上年)同期(?:产量|销量|产值)(?:增加|减少)[\d.]+[万亿千百]?[\u4e00-\u9fff]{0,3}|"  # (较去年同期产量增加288万吨)
    r"占[^，,；;]*?%|[\u4e00-\u9fff]{0,6}?(?:位列|位居|居|排名|排在|排|列)(?:全国|全省|全市|西部|中西部)?第[^，,；;]*|"
    r"[，,、（）()\s\d.%]"
)


def growth_text(g: re.Match[str]) -> str:
    return f"{g.group('dir')}{g.group('num')}{g.group('unit')}"


#: What may stand between a figure and its rank: its measure said again, or the scope the rank is in
#: (在全国各省(市、区)中居第7位).
_RANK_GAP = re.compile(
    r"在(?:全国|全省|全市|全州|西部|中西部)[\u4e00-\u9fff（）()、]{0,10}?中|总量|规模|增速|增幅|速度|进出口|"
    r"全国|全省|全市|全州|西部|中西部|中国|最[高低多少好优]|[，,、（）()\s\d.%]"
)  # (…总数达171家，全国排名第七位; 27.2微克每立方米，全市最低排名第一: the scope before the verb)


def own_rank(s_text: str, end: int, limit: int) -> re.Match[str] | None:
    """The rank that follows a figure and is its own (…4038.73亿元，增长6.5%，总量位列全省第2), not another
    subject's (…增长11.5%，绵阳市经济总量居全省第2位)."""
    r = RANK.search(s_text, end, limit)
    if r is None:
        return None
    opened = max(s_text.rfind("(", 0, end), s_text.rfind("（", 0, end))
    closed = max(s_text.rfind(")", 0, end), s_text.rfind("）", 0, end))
    if opened > closed and re.search(r"[)）]", s_text[end : r.start()]):
        return None  # 增长9.7%(含园区增17.6%)，增速居全省第2位: the bracket's figure is an aside, not ranked
    # (…296.63亿元，同比下降3.5%，比上半年收窄3.5个百分点，增速居全省第2位: comparisons in points between)
    between = re.sub(r"[^，,。；;]*?个百分点|与[^，,。；;]{0,8}?持平", "", s_text[end : r.start()])
    gap = _RANK_GAP.sub("", GAP_WORDS.sub("", GROWTH.sub("", between)))
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
        if len(re.findall(r"[\u4e00-\u9fff]", before)) < 2 and not any(a < r.start() for a, *_ in spans):
            said = PERIOD.sub(
                "", s_text[:clause_at]
            )  # 成都仅次于上海、北京，位居全国第三: the clause before's
            before = (
                said if not re.search(r"\d", said) else before
            )  # (…提高0.1个百分点，位列全省第8位: a figure's)
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
SUBJECT_CLAUSE = re.compile(
    r"^(?:紧随其后的?是|其后是|其次是|接下来是|随后是)[\u4e00-\u9fff]{2,8}[，,]$"
    r"|^[^，,]{0,10}?(?:的是|的还有)[\u4e00-\u9fff]{2,10}[，,]$"  # 上涨较为明显的是水产品价格，上涨17.7%
    r"|^[\u4e00-\u9fff]{2,10}?(?:环比|同比)?(?:仍|继续|也)?呈(?:上涨|下降|下跌|增长)(?:趋势|态势)[，,]$"
)
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
        gap = (
            _SAID_OF_IT_FIRST_WHOLE.sub("", tail[: g.start()]) if g else ""
        )  # (…，比上年同期减少了4.24亿元，)
        if g and not re.search(r"[\u4e00-\u9fff]{2}", GAP_WORDS.sub("", gap)):
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
                (s_text.startswith(("以上", "以下"), g.end()) or re.search(r"超过|超|逾", g.group()))
                and re.search(rf"均|{PLACES_COUNTED}|、[^，,。；;]*?等", s_text[clause_at:at])
            )  # (A景区、B景区等景区…同比增长超过3倍: examples sharing a bound)
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
            and not SUBJECT_CLAUSE.match(s_text[clause_start(s_text, max(0, clause_at - 1)) : clause_at])
            and not _SAID_AGAIN.match(g.group())
            and not (PERIOD.search(before) and _said_before(at, figures, found, taken))
        ):
            continue  # 增长5.3%: nothing says what grew (环比上涨0.1%, 一季度…，二季度增长4.5%: carried.carried)
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
        values = len(re.findall(r"\d+(?:\.\d+)?", m.group("values")))
        if any(clause_start(s_text, m.start()) <= f_start < m.start() for f_start, _e, _t, _q in figures):
            continue
        if sum(1 for f_start, _e, _t, _q in figures if f_start < m.start()) >= values:
            continue  # 营业收入3126亿元、利润总额92.8亿元，同比分别增长12.3%、17.5%: the figures' growths
        at = m.start("values")
        for value in re.finditer(r"\d+(?:\.\d+)?%?", m.group("values")):
            sign = -1 if m.group("dir") in NEGATIVE_GROWTH else 1
            pct = sign * float(value.group().rstrip("%"))
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
            if pattern is QUANTITY and m.group("num")[0] in NUMERALS and _TASKS_NAMED.match(s_text, end):
                continue  # 九件大事, 十件民生实事, 五项举措: the names of a list of tasks, not counts
            if pattern is QUANTITY and m.group("num")[0] in NUMERALS and m.group("unit") in ("次", "项"):
                continue  # 三次产业, 十一届三次全会, 三项预算: names and lists, not counts
            try:
                quantity = _per_unit_said_before(s_text, start, m.group(0)) or parse_quantity(m.group(0))
            except ValidationError:
                continue
            if pattern is MAJOR and quantity.unit is None:
                quantity = dataclasses.replace(quantity, unit="个")  # 9大主题馆: nine halls, counted
            taken.update(range(start, end))
            if not no_fact(s_text, start, end, quantity):
                found.append((start, end, m.group(0), quantity))
    found.extend(_listed_before_their_unit(s_text, found, taken))
    found.extend(unit_said_elsewhere(s_text, taken))  # (投资370.5亿, 每立方米24.9微克)
    found.sort()
    return found


#: What a list of tasks is called after its count in words (九件大事, 十件民生实事, 五项重点举措).
_TASKS_NAMED = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:大事|实事|要事|举措|措施|任务|行动|工程|特点|方面)")


def _per_unit_said_before(s_text: str, start: int, written: str) -> Any:
    """常规鱼市场平均价每公斤为16.73元: a price whose per-unit is said before its number is 16.73元/公斤 (the
    form's reading of 每公斤16.73元), where the registry holds that unit; else None."""
    per = PER_SAID_BEFORE.search(s_text, max(0, start - 8), start)
    if per is None:
        return None
    try:
        return dataclasses.replace(
            parse_quantity(f"每{per.group('per') or per.group('average')}{written}"), text=written
        )
    except ValidationError:
        return None


#: 分别达到99、2323、11727个: numbers listed before the last, which alone says their unit.
_BARE_LISTED = re.compile(r"(?<![\d.%])(\d+(?:\.\d+)?)、$")
_LIST_SAID = re.compile(r"(?:分别|依次)(?:为|是|达到|达|有)?[:：]?$")


def _listed_before_their_unit(
    s_text: str, found: list[tuple[int, int, str, Any]], taken: set[int]
) -> list[tuple[int, int, str, Any]]:
    """The bare numbers of a list whose last figure alone carries the unit (分别达到99、2323、11727个): each a
    figure in that unit — only after 分别 or 依次, where a list of figures is said."""
    figures = []
    for start, _end, _text, quantity in found:
        run: list[tuple[int, str]] = []
        at = start
        while quantity.unit and (m := _BARE_LISTED.search(s_text, max(0, at - 14), at)):
            at = m.start()
            if not taken.isdisjoint(range(at, m.end(1))):
                break
            run.append((at, m.group(1)))
        if not run or not _LIST_SAID.search(s_text, max(0, at - 6), at):
            continue
        for pos, number in run:
            try:
                listed = dataclasses.replace(parse_quantity(number + quantity.unit), text=number)
            except ValidationError:
                continue
            figures.append((pos, pos + len(number), number, listed))
    return figures


GROWTHS = re.compile(
    rf"(?:同比|比上年|较上年)?(?:[（(]下同[)）])?分别(?:同比|比上年|较上年)?(?:名义|实际)?(?P<dir>{GROWTH_VERBS})了?"
    # (21.6%20.2%: a page lost its 、; 分别下降10.7和15.5%: the % said once, after the last)
    r"(?P<values>(?:\d+(?:\.\d+)?(?:%(?:、|和|及|,|，)?|(?:、|和|及)))+\d+(?:\.\d+)?%)"
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


def sentence_figures(
    s_text: str, after_rate: bool = False
) -> tuple[list[tuple[int, int, str, Any]], list[int], set[int]]:
    """The figures of a sentence: its quantities, the growths and ranks it says without a level, in text
    order; where its quantities start; and the offsets inside 增长5%, 排名第3 (a quantity there is none).
    ``after_rate``: the sentence before ended on a rate (a month's progression may go on with it)."""
    # (十种有色金属增长32.0%: a name the catalogue knows, not ten of something — its growth is said alone)
    levels = [q for q in quantities(s_text) if not _catalogue_name_at(s_text, q[0], q[1])]
    growths = growth_only(s_text, levels)
    in_growth_or_rank = {
        i for m in (*GROWTH.finditer(s_text), *RANK.finditer(s_text)) for i in range(m.start(), m.end())
    }
    rates = rate_figures(s_text, levels, in_growth_or_rank, after_rate)
    spans = sorted(levels + growths + rates)
    spans = sorted(spans + rank_only(s_text, spans))
    return (
        spans,
        [start for start, _end, _text, _q in levels if start not in in_growth_or_rank],
        in_growth_or_rank,
    )


#: A change or a milestone said of the figure before its growth (，同比增加436.3万辆，增长18.83%; ，首次突破
#: 3000亿元大关，比上年增加395.9亿元，增长14.86%): the figures of these are none of its own, its growth goes on.
SAID_OF_IT = (
    r"[，,](?:首次|并|且)?(?:扣除[^，,。；;]{0,10}[，,])?"
    r"(?:比上年|同比|较上年|比去年|较去年|比上年同期|较上年同期|比去年同期|较去年同期|与上年相比|与去年相比|与上年同期相比|与去年同期相比)?"
    r"(?:增加|减少|净增|多增|少增|突破|超过|迈上|跨越|跨上)了?"
)
_SAID_OF_IT_FIRST = re.compile(SAID_OF_IT + "$")


_SAID_OF_IT_FIRST_WHOLE = re.compile(
    SAID_OF_IT + r"[\d.]+(?:[万亿千百]*[\u4e00-\u9fff]{0,4}?)?(?:大关|台阶)?(?=[，,])"
    # (，占全省的三分之一，比去年同期增加13.73%: its share, said before its growth)
    r"|[，,](?:约)?占[^，,。；;\d]{0,16}?(?:[\d.]+%|[一二三四]分之[一二三]|[一二三四五六七八九]成)(?=[，,])"
)
#: Its share said between a figure and its growth (…2448.6万吨，占全省的三分之一，比去年同期增加13.73%).
_SHARE_OF_IT_FIRST = re.compile(r"[，,](?:约)?占[^，,。；;\d]{0,16}?$")


def growth_reach(s_text: str, end: int, figure_starts: list[int], following: int) -> int:
    """Where the growth of a figure ending at ``end`` may be said: up to the next figure, past the figures of
    a change or a milestone said of it first."""
    at = following
    while at < len(figure_starts) and (
        _SAID_OF_IT_FIRST.search(s_text[end : figure_starts[at]])
        or _SHARE_OF_IT_FIRST.search(s_text[end : figure_starts[at]])
    ):
        at += 1
    return figure_starts[at] if at < len(figure_starts) else len(s_text)


def attach_growth(candidate: Candidate, s_text: str, start: int, end: int, limit: int, alone: bool) -> None:
    """The growth said right after a figure (or the growth a growth-only fact is): year on year, against
    another base (比2015年增长), or a multiple (增长1.3倍)."""
    tail = s_text[start if alone else end : limit]
    if not alone and candidate.unit == "%":
        return  # 完成全年预算的56.7%，同比增长10.5%: the sum's; 失业率3.55%，环比下降0.01%: a change of points
    g = GROWTH.search(tail)
    if g and re.match(r"(?:以上|以下)的?[\u4e00-\u9fff]", tail[g.end() :]):
        return  # 营业收入增长10%以上的企业11户: a class, not the figure's growth
    gap = _SAID_OF_IT_FIRST_WHOLE.sub("", tail[: g.start()]) if g else ""  # (its change, its milestone)
    if g and not alone and re.search(r"[\u4e00-\u9fff]{2}", GAP_WORDS.sub("", gap)):
        return  # 营业总收入1447亿元，利润同比增168.3%: another subject's growth
    if not g:
        return
    try:
        growth = parse_growth(growth_text(g))
    except ValidationError:
        return
    written = (
        g.group("basetext") or g.group("basetext3") or g.group("basetext2") or ""
    )  # (同比2020年增长7.69%)
    base_text = re.sub(r"\s|[（(]下同[)）]", "", written)  # (比2022 年 (下同) 增长)
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
        # (…达171家，全国排名第七位: the scope said before the verb)
        before = (
            _SCOPE.search(s_text, clause_start(s_text, r.start()), r.start()) if rank.scope is None else None
        )
        candidate.rank, candidate.rank_scope = rank.rank, rank.scope or (before.group() if before else None)
