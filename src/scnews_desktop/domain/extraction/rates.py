"""Percentages that are facts of their own: rates, shares and structures said as levels (行业增长面为43.9%,
占全社会用电量的63.50%, 三次产业结构为3.8:41.7:54.5, 城镇登记失业率控制在4%以内) — each a fact in %, with
its qualifier — and growths said as a rate (增速均为7.5%, 涨幅达10.3%, 降幅为5.2%, 分别实现65.92%、64.27%的
增长), each a growth said without its level. A percentage after 增长/下降 is a growth (``figures``), and one
followed by 个百分点 is a difference of rates: neither is read here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import ValidationError
from ..quantities import SHARE_IN_WORDS, parse_quantity, share_in_percent
from ..vocabulary import without_leading_places
from .comparisons import BEFORE_IN_BRACKETS
from .kinds import PLACES_COUNTED, TOWARDS
from .text import clause_start

_PERCENT = re.compile(
    r"(?P<pre>超过|超|逾|接近|近|约|不足|不到)?(?<![\d.])(?P<num>\d+(?:\.\d+)?)%(?P<post>左右|以上|以下|以内)?"
)
#: What a percentage said as a rate follows: a growth rate (增速为), or a rate or share (利润率为, 占…的).
_GROWTH_RATE = re.compile(
    r"(?:增速|增幅|涨幅|降幅|跌幅|增长率|增长速度|增长幅度|上涨幅度|下降幅度)(?:[^，,；;:：\d%]{0,6}?)"
    r"(?:为|达到|达|是|均为|分别为|分别达到|分别达|在)?$"
)
_FALLING = re.compile(r"降幅|跌幅|下降幅度")
#: The path of a growth (利润降幅从1-3月的40.1%收窄至1-6月的23.1%): each period's growth, of the kind said first.
_GROWTH_PATH_FROM = re.compile(
    r"(?P<word>增速|增幅|降幅|涨幅|跌幅|下降幅度)[^。；;\d%]{0,16}?(?:从|由)[^，,；;。%]{0,12}?的$"
)
_GROWTH_PATH_TO = re.compile(
    r"(?:收窄|扩大|回落|提高|提升|上升|加快|放缓|回升)(?:至|到)[^，,；;。%]{0,12}?的$"
)
#: 环比上升2.69点，升幅为2.98%; 比上年末下降1.60点，降幅为1.64%: a change against the month or the year's end
#: before, restated as a rate — no growth on the year.
_CHANGE_NOT_ON_THE_YEAR = re.compile(
    r"(?:环比|比上月|较上月|比上年末|较上年末|比年初|较年初)(?:上升|下降|增加|减少|回升|回落|上涨|下跌)了?[\d.]+[点元]"
)
_RATE = re.compile(
    # (投入强度(与国内生产总值[1]之比)为1.72%: a note in brackets between the rate and its value)
    r"(?:率|比重|占比|份额|增长面|亏损面|覆盖面|比例|强度|(?<=化)水平|贡献|集中度|满意度|覆盖度|参与度|依存度|开放度|饱和度)(?:[（(][^（()）]{0,20}[)）])?(?:[^，,；;:：\d%]{0,8}?)"
    r"(?:为|达到|达|是|升至|降至|提高到|超过|超|控制在|保持在|分别为|分别达到?|均为)?$"
    r"|占(?:[^，,；;:：\d%]{0,30}?)(?:的|总额|总量|比重)?(?:比重)?(?:为|达到?|约为?)?$"
    r"|完成(?:[^，,；;:：%]{0,24}?)的$"
    r"|完成(?:全年|年度)?(?:目标任务|目标)$"  # (a headline's 完成全年目标任务67%: no 的; not a work's 年度计划)
    # 存栏量为正常保有量370.0万头的97.5%: a ratio to a level named with it
    r"|(?:为|是|相当于)[^，,；;:：%]{1,24}?\d[^，,；;:：%]{0,6}?的$"
)
#: 分别实现65.92%、64.27%、60.87%的强劲增长: growths said before their verb.
_GROWTH_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?P<dir>增长|上涨|下降|回落|下滑)")
_LISTED_AFTER = re.compile(r"(?:[、和及]\d+(?:\.\d+)?)?[、和及与][-−－]?")  # (…2.24%、-4.88%和36.15%)
#: 以8.1%的增速, 以6.0%的同比增速: the growth said before the word for it.
_GROWTH_NAMED_AFTER = re.compile(r"的?(?:同比)?(?:增速|增幅|速度|增长率)")  # (以50%增长率高速增长)
#: 相比一季度4.6%的下降幅度: a fall said before the word for it.
_FALL_NAMED_AFTER = re.compile(r"的(?:同比)?(?:下降幅度|降幅|跌幅|下降速度)")
_AVERAGE_NAMED_AFTER = re.compile(r"的(?:年平均|年均)(?:增速|增幅|增长率)")
#: 9个市州的增速达到或超过6%: places counted by a threshold, no growth of one.
_PLACES_COUNTED = re.compile(rf"{PLACES_COUNTED}(?![\u4e00-\u9fff]{{0,2}}重点)")
_LIST_RUN = re.compile(r"(?:[、和及与]\d+(?:\.\d+)?%)+")
_NOTE = re.compile(r"[（(][^（()）]{0,30}[)）]")
_CHANGE_OF_RATE = re.compile(r"(?:提高|提升|上升|下降|回落|降低|增加|减少)了?[\d.]+个百分点[、，,]?")
_ONLY_VERB = re.compile(r"(?:并|已|再)?(?:达到|达|为|升至|提高到|超过|超)")
_RATE_NOUN = re.compile(r"率|比重|占比|增长面|亏损面|覆盖面")
#: 城镇化率从2020年的56.7%提高到2025年的62%, 普及率，将从11%增至60%: a rate's level then, and its level after.
_RATE_FROM = re.compile(
    r"(?:率|比重|占比|比例)[:：，,]?\s*(?:将|已|预计|要)?(?:从|由)(?:\d{4}年(?:底|末)?的?)?$"
)
#: 教育业为9.2%, 宽皮橘类为32.5%, 公共管理和社会组织则达到11.3%: a part named and its figure, no other word —
#: after a share, the next part's share.
_NEXT_PART = re.compile(r"[\u4e00-\u9fff、]{2,16}?(?:则|也|仅)?(?:为|达到|达|是|约为|占)")
_MOVED = re.compile(r"增长|下降|增速|增幅|上涨|回落|减少|增加|提高|降低")
_RATE_TO = re.compile(
    rf"[，,]?\s*(?:将|再|预计)?了?(?:{TOWARDS}|达到)"
    r"(?:\d{4}年(?:底|末)?的?)?"
)
_STRUCTURE = re.compile(
    r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s*[:：∶]\s*(?P<b>\d+(?:\.\d+)?)\s*[:：∶]\s*(?P<c>\d+(?:\.\d+)?)(?![\d.])"
)
#: (调整为2021年的10.5:37.0:52.5: the year the structure is of may stand between)
_STRUCTURE_BEFORE = re.compile(
    r"(?:结构|占比|比例|比重|比|调整为|变为)[^，,；;。\d]{0,6}(?:\d{4}年(?:底|末)?的?)?$"
)
_PREVIOUS_STRUCTURE = re.compile(r"由[^，,；;。]{0,8}$")  # 由上年的10.4:37.1:52.5调整为…: the year before's
_YEAR_SAID = re.compile(r"\d{4}年")  # 由2016年的11.8:40.6:47.6调整为…: of the year said


@dataclass(frozen=True)
class StatedGrowth:
    """Stands for a growth said as a rate (增速为7.5%): no level, the growth itself."""

    pct: float
    value: None = None
    unit: None = None
    qualifier: str = "exact"


@dataclass(frozen=True)
class Share:
    """One part of a structure (3.8:41.7:54.5): a share in %, and which part of the whole it is (1, 2, 3)."""

    value: Any
    part: int
    at: int  # where the structure starts in its sentence
    unit: str = "%"
    qualifier: str = "exact"
    year_before: bool = False  # 由上年的16.6:47.0:36.4调整为…: the shares of the year before


#: A period and where the measure went in it, and nothing else (4月份受疫情影响走高至6.1%, 5月份回落至5.9%).
_PROGRESSION = re.compile(
    rf"(?:\d{{1,2}}月份?|[一二三四]季度|上半年|下半年)(?:[^，,；;\d%]{{0,10}}?)?{TOWARDS}$"
)


def rate_figures(
    s_text: str, levels: list[tuple[int, int, str, Any]], growths: set[int], after_rate: bool = False
) -> list[tuple[int, int, str, Any]]:
    """The percentages of a sentence that are facts of their own (rates and shares, growths said as a
    rate), not inside 增长5% (``growths``: their offsets) nor a figure found before. ``after_rate``: the
    sentence before ended on a rate, which a month's progression here goes on with (…失业率为5.5%。4月份
    走高至6.1%，5月份回落至5.9%)."""
    taken = {i for start, end, _t, _q in levels for i in range(start, end)} | growths
    found: list[tuple[int, int, str, Any]] = []
    kinds: list[tuple[int, str | None]] = []  # (end, kind) of the sentence's percentages so far
    for m in _PERCENT.finditer(s_text):
        number_at = m.start("num")
        if number_at in taken or s_text.startswith("个百分点", m.end()):
            continue
        kind = _kind_of(s_text, m, kinds)
        if (
            kind is None
            and after_rate
            and _PROGRESSION.fullmatch(s_text, clause_start(s_text, m.start()), m.start())
        ):
            kind = "rate"
        kinds.append((m.end(), kind))
        if kind is None:
            continue
        if kind == "rate":
            try:
                quantity = parse_quantity(m.group())
            except ValidationError:
                continue
            found.append((m.start(), m.end(), m.group(), quantity))
        else:
            minus = s_text[max(0, m.start() - 1) : m.start()] in ("-", "−", "－")  # (增速从上半年-1.3%转正)
            sign = -1 if kind == "falling" or minus else 1
            try:  # (增长幅度超过100%: a growth said with its bound)
                bound = parse_quantity(m.group()).qualifier if m.group("pre") or m.group("post") else "exact"
            except ValidationError:
                bound = "exact"
            growth = StatedGrowth(sign * float(m.group("num")), qualifier=bound)
            found.append((number_at, m.end("num") + 1, m.group(), growth))
    found.extend(_structures(s_text, taken))
    found.extend(_tenths(s_text))
    found.extend(_bare_between_rates(s_text, found, taken))
    return found


#: 分别占…的25.20%、74.58和0.21%: a number listed between two rates that lost its % (a page's slip).
_BARE_BETWEEN = re.compile(r"(?<=%)(?:、|和|及)(?P<num>\d+(?:\.\d+)?)(?=(?:、|和|及)\d+(?:\.\d+)?%)")


def _bare_between_rates(
    s_text: str, found: list[tuple[int, int, str, Any]], taken: set[int]
) -> list[tuple[int, int, str, Any]]:
    """A bare number between two listed rates of the sentence, both facts of their own: a rate too."""
    rates = {(start, end) for start, end, _t, q in found if getattr(q, "unit", None) == "%"}
    ends, starts = {e for _s, e in rates}, {s for s, _e in rates}
    listed = []
    for m in _BARE_BETWEEN.finditer(s_text):
        at, end = m.span("num")
        if at in taken or m.start() not in ends or end + 1 not in starts:
            continue
        try:
            listed.append((at, end, m.group("num"), parse_quantity(m.group("num") + "%")))
        except ValidationError:
            continue
    return listed


#: 八成以上行政村生活污水得到有效治理: the share of a population (行政村) that did something — said before them.
SHARE_OF_WHO = re.compile(
    r"的?(?P<who>[\u4e00-\u9fff]{0,6}?(?:村|户|企业|居民|学校|社区|乡镇|人口|家庭|园区|景区|医院|单位|群众))"
    r"(?P<what>[\u4e00-\u9fff]{0,8}?(?:得到|实现|完成|参与|参加|加入|使用|用上|接入|建立|建成|开展|享受|受益)"
    r"了?[\u4e00-\u9fff]{0,10})(?=[，,。；;]|$)"
)


def share_of_who(s_text: str, start: int, end: int) -> str | None:
    """八成以上行政村生活污水得到有效治理: 生活污水得到有效治理的行政村占比 — a share in tenths (its figure written
    with 成) of those who did it."""
    who = SHARE_OF_WHO.match(s_text, end) if "成" in s_text[start:end] else None
    return f"{who.group('what').replace('了', '')}的{who.group('who')}占比" if who else None


def _tenths(s_text: str) -> list[tuple[int, int, str, Any]]:
    """A share said in tenths (占…的逾七成, 近三成, 五成以上) or as a fraction in words (占…的三分之一; not 一半, as
    often a manner of speaking as a share), read as the form reads it (quantities.SHARE_IN_WORDS)."""
    found: list[tuple[int, int, str, Any]] = []
    for m in SHARE_IN_WORDS.finditer(s_text):
        before = s_text[clause_start(s_text, m.start()) : m.start()]
        if not re.search(r"占[^，,；;:：\d%]{0,30}?的?$", before) and not (
            re.fullmatch(r"\s*(?:全省|全市|全县|全区|其中|目前)?", before)
            and SHARE_OF_WHO.match(s_text, m.end())
        ):
            continue  # (一成不变, 建成: only a share said after 占…的, or of those who did: 八成以上行政村…得到治理)
        try:
            quantity = parse_quantity(share_in_percent(m))
        except ValidationError:
            continue
        found.append((m.start(), m.end(), m.group(), quantity))
    return found


def _kind_of(s_text: str, m: re.Match[str], earlier: list[tuple[int, str | None]]) -> str | None:
    """rate, rising or falling (a growth said as a rate), or None (not a fact of its own)."""
    at = m.start()
    if earlier and _LISTED_AFTER.fullmatch(s_text, earlier[-1][0], at):
        return earlier[-1][1]  # 27%、17.4%: as the one before (25.20%、74.58和0.21%: one lost its %)
    run = _LIST_RUN.match(s_text, m.end())  # 65.92%、64.27%、60.87%的强劲增长: what follows the list
    after = _GROWTH_AFTER.match(s_text, run.end() if run else m.end())
    if after is not None and re.search(r"分别|实现", s_text[clause_start(s_text, at) : at]):
        return "falling" if after.group("dir") in ("下降", "回落", "下滑") else "rising"
    clause_at = clause_start(s_text, at)
    before = _CHANGE_OF_RATE.sub("", s_text[clause_at:at])  # 比重提高15.6个百分点、达66.6%: the level
    before = _NOTE.sub("", before)  # 占全国(销售额为903.74亿元)彩票销售额的5.19%: a note aside
    if _PLACES_COUNTED.search(before):
        return None  # 其中9个市州的增速达到或超过6%: a threshold places are counted by
    if re.search(r"均(?:超过|超|高于|达到|达|在)?$", before) and (m.group("pre") or m.group("post")):
        return None  # 西岭雪山、大熊猫基地…等当日接待游客同比增幅均超过100%: a bound several share
    if re.search(r"连续", before) and (m.group("pre") or m.group("post")):
        return None  # 连续5个月累计增速保持在40%以上: a streak's bound
    if _AVERAGE_NAMED_AFTER.match(s_text, m.end()):
        return "rising"  # 人均体育消费达到6.53%的年平均增速: a growth named after it
    if s_text.startswith("大关", m.end()):
        return None  # 增速突破9.0%大关: a milestone passed, not the figure
    if re.search(r"(?:这|该|上述)\d+个", before):
        return None  # 这9个行业的经费占…比重为74.9%: a class spoken of again
    if (m.group("pre") or m.group("post")) and re.match(r"的[\u4e00-\u9fff]", s_text[m.end() :]):
        return None  # 投入强度超过1%的行业大类有9个: a class's threshold
    if _GROWTH_NAMED_AFTER.match(s_text, m.end()) and re.search(r"以$", before):
        return "rising"  # 凉山以8.1%的增速领跑市州: a growth said before its word
    if _FALL_NAMED_AFTER.match(s_text, m.end()):
        return "falling"  # 相比一季度4.6%的下降幅度
    if (path := _GROWTH_PATH_FROM.search(s_text, max(0, at - 40), at)) is not None:
        return "falling" if _FALLING.search(path.group("word")) else "rising"  # 降幅从1-3月的40.1%…
    if earlier and earlier[-1][1] in ("rising", "falling") and _GROWTH_PATH_TO.search(before):
        return earlier[-1][1]  # …收窄至1-6月的23.1%: where the growth went, the same kind
    if _GROWTH_RATE.search(before):
        if clause_at > 0 and _CHANGE_NOT_ON_THE_YEAR.match(s_text, clause_start(s_text, clause_at - 1)):
            return None  # 环比上升2.69点，升幅为2.98%: the month's change as a rate, no fact of its own
        return "falling" if _FALLING.search(before) else "rising"
    if _RATE.search(before) or _RATE_FROM.search(s_text, max(0, at - 30), at):
        return "rate"
    if earlier and earlier[-1][1] == "rate" and BEFORE_IN_BRACKETS.search(before):
        return "rate"  # 累计销糖率41.72%(上制糖期同期41.29%): the rate before, for the period before
    if earlier and earlier[-1][1] == "rate" and _RATE_TO.fullmatch(s_text, earlier[-1][0], at):
        return "rate"  # (…从2020年的56.7%提高到2025年的62%: the level it reaches)
    if s_text[clause_at - 1 : clause_at] in (":", "：") and not before:
        said = s_text[clause_start(s_text, clause_at - 1) : clause_at - 1]  # 分别占四川总产值的:91.8%、…
        if _RATE.search(said) and not _GROWTH_RATE.search(said):
            return "rate"
    if earlier and earlier[-1][1] == "rate" and _NEXT_PART.fullmatch(before) and not _MOVED.search(before):
        return "rate"  # 制造业的比例达26.2%，教育业为9.2%: the next part's share, said as the one before

    if _ONLY_VERB.fullmatch(before) and clause_at > 0:  # 水能利用率连续三年上升,达96.6%: the clause before's
        previous = s_text[clause_start(s_text, clause_at - 1) : clause_at - 1]
        if _RATE_NOUN.search(previous) and not _GROWTH_RATE.search(previous):
            return "rate"
        if re.search(r"增速|增幅", previous):  # 宜宾增速突破9.0%大关,达到9.5%: the growth rate
            return "rising"
    return None


def _structures(s_text: str, taken: set[int]) -> list[tuple[int, int, str, Any]]:
    """三次产业结构为3.8:41.7:54.5: three shares; 由上年的10.4:37.1:52.5调整为…: the year before's three too
    (their period the year before the sentence's, ``dating``)."""
    found = []
    for m in _STRUCTURE.finditer(s_text):
        ahead = s_text[max(0, m.start() - 10) : m.start()]
        previous = _PREVIOUS_STRUCTURE.search(ahead) is not None
        before = previous and _YEAR_SAID.search(ahead) is None  # (由2016年的…: that year's, read as any)
        if m.start() in taken or not (
            previous or _STRUCTURE_BEFORE.search(s_text, max(0, m.start() - 20), m.start())
        ):
            continue
        if before and not re.search(r"上年|去年|上一年", ahead):
            continue  # (由…的 of another year than the one before, and no year said: not said which)
        for part, name in enumerate(("a", "b", "c"), start=1):
            try:
                value = parse_quantity(m.group(name) + "%").value
            except ValidationError:
                break
            found.append(
                (m.start(name), m.end(name), m.group(name), Share(value, part, m.start(), year_before=before))
            )
    return found


_PARTS = "一二三"


def share_name(s_text: str, share: Share, clause_at: int) -> str:
    """三次产业结构为3.8:41.7:54.5 → 第一产业增加值占比, …; 三次产业签约项目投资额占比为… → 第一产业签约项目
    投资额占比."""
    base = re.split(r"由|[\d.]", s_text[clause_at : share.at])[0]
    base = re.sub(r"(?:为|是|调整为|变为)$", "", base)
    part = f"第{_PARTS[share.part - 1]}产业"
    if (
        "三次产业" in base
    ):  # (民营经济三次产业结构: 民营经济第一产业增加值占比 — its whole kept, not its scope)
        kept = without_leading_places(
            re.sub(
                r"^(?:全县|全市|全省|全区|全州|全国|我县|我市|我省|全年|其中)+",
                "",
                base[: base.index("三次产业")],
            )
        )
        named = kept + base[base.index("三次产业") :].replace("三次产业", part)
    else:
        named = part + re.sub(r"^[一二三、]+产业", "", base)
    if named.endswith(("结构", "比例", "结构比")) or named == part:
        return re.sub(r"(?:结构比|结构|比例)$", "", named) + "增加值占比"
    return named if named.endswith(("占比", "比重")) else named + "占比"
