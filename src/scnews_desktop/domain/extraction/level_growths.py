"""A growth said after its level's sentence (存款余额达43463.67亿元…。…存款余额同比增长21.96%), or a list of
growths after a list of levels, is that level's growth: one fact, not two."""

from __future__ import annotations

import itertools
import re

from ..script import to_simplified
from ..vocabulary import lookup
from .candidate import Candidate
from .figures import SAID_OF_IT
from .text import without_readings


def _rate_right_after(level: Candidate, growth: Candidate, text: str = "") -> bool:
    """…完成643911万元，增速6.1%; 4104万元，增速下降22.1%: the growth rate said right after a level is its
    (in its sentence, or over a semicolon when the article's text is given: 环比…；同比下降7.67点，降幅为7.64%)."""
    if text and 0 < growth.start - level.end < 80:
        gap = to_simplified(without_readings(text[level.end : growth.start]))
    elif level.quote_start != growth.quote_start or not level.quote:
        return False
    else:
        gap = level.quote[level.end - level.quote_start : growth.start - growth.quote_start]
    return _RATE_GAP.fullmatch(gap) is not None


#: What may stand between a level and its growth rate: a change said of it first (…504.76亿元，同比增加132.99亿元，
#: 增幅35.77%).
_RATE_GAP = re.compile(
    rf"(?:{SAID_OF_IT}[\d.]+[万亿千百]*[\u4e00-\u9fff]{{0,3}})?[，,]?(?:同比)?(?:增速|增幅)(?:为|达)?"
    # CSPI平均值为92.79点，环比上升2.69点，升幅为2.98%；同比下降7.67点，降幅为7.64%: an index's changes in
    # points, each then as a rate — the one on the year is the level's growth
    r"|(?:[，,；;](?:环比|比上月|较上月|比上年末|较上年末|比年初|较年初)[^，,；;。]{2,12}[，,][升降涨跌增]幅为?"
    r"[\d.]+\s?%)*[，,；;]同比(?:上升|下降|上涨|下跌|增加|减少)[\d.]+点[，,][升降涨跌增]幅为?"
)


#: Words for a level itself, said after it: 余额同比增长20.32% (the balance just given), 外贸规模居全国第8位.
_LEVEL_ITSELF = re.compile(r"(?:余额|总额|总量|规模|总值|金额)$")
#: …as the growth of the level said before (…山东省10月份氧化铝产量174万吨…。山东10月份的产量环比下降5.2%).
_MEASURE_ITSELF = re.compile(r"(?:余额|总额|总量|规模|总值|金额|产量)$")


def _same_measure(said: str, level: str | None) -> bool:
    """The same indicator, or only the word for it that ends its name (余额 of 本外币各项贷款余额; 规模 of
    any level)."""
    if level is None:
        return False
    if said == level:
        return True
    bare = _MEASURE_ITSELF.search(said)
    return bare is not None and len(said) <= 4 and (level.endswith(bare.group()) or said.endswith("规模"))


#: …累计发送旅客1400.4万人次，日均35.0万人次，同比增长37.6%: the words between a total and its daily average.
_DAILY_AVERAGE_AFTER = re.compile(r"[，,]\s*日均[\u4e00-\u9fff]{0,6}")


def _daily_average_shares_growth(results: list[Candidate]) -> None:
    """A total over days and its daily average said after it, then one growth: over the same days, the
    total's growth is the average's — the growth is both's."""
    for total, average in itertools.pairwise(results):
        if (
            total.kind == average.kind == "observation"
            and total.quote_start == average.quote_start
            and total.quote
            and total.value is not None
            and total.yoy_pct is None
            and average.yoy_pct is not None
            and total.unit == average.unit
            and _DAILY_AVERAGE_AFTER.fullmatch(
                total.quote[total.end - total.quote_start : average.start - average.quote_start]
            )
        ):
            total.yoy_pct = average.yoy_pct
            total.why["growth"] = f"其日均数“{average.text}”的增长（同一时段）"


def growths_of_levels(results: list[Candidate], text: str = "") -> list[Candidate]:
    """存款余额达43463.67亿元…。按可比口径计算，本外币存款余额同比增长21.96%: a growth said alone of the
    indicator whose level was said just before (the same name, place and period) is that level's growth —
    its year-on-year growth, or another growth with its base (较2019年同期增长13.8%), whichever the level
    has not yet — one fact, not two (an average over years, 两年平均/年均增长, stays a fact of its own, as the
    conventions file it) — in its paragraph (a later paragraph's growth is of what that one is about).
    Runs after naming (one name for both)."""
    results = _listed_growths_of_levels(results)
    _daily_average_shares_growth(results)
    _growths_past_the_plan(results, text)
    results = _turned_growths(results, text)
    kept: list[Candidate] = []
    level: Candidate | None = None
    recent: list[Candidate] = []  # the levels said last (…接待游客176万人次、门票收入869万元。…接待人次增长…)
    for c in results:
        if c.kind != "observation":
            kept.append(c)
            continue
        if c.value is None and c.yoy_pct is not None and (of := _site_level(c, recent)) is not None:
            # 与2021年…同口径比较，接待人次增长22.42%、门票收入增长30.77%: the growths of the sites' levels
            of.yoy_pct = c.yoy_pct
            of.why["growth"] = f"后文“{c.text}”：同一指标的增长"
            continue
        slot = (
            "yoy_pct"
            if c.yoy_pct is not None
            else "growth_pct"
            if c.growth_pct is not None
            else "rank"
            if c.rank is not None and _LEVEL_ITSELF.search(c.indicator or "")
            else None
        )
        if level is not None and slot is not None and _is_its_growth(level, c, slot, text):
            if level.unit == "%" and slot != "rank":
                continue  # 城镇登记失业率3.55%，环比下降0.01%，同比下降0.47%: changes of a rate, no growths
            if slot == "rank":  # 进出口总值3094.1亿元，外贸规模居全国第8位: the level's rank
                level.rank, level.rank_scope = c.rank, c.rank_scope
                level.why["rank"] = f"后文“{c.text}”：同一数字的排名"
                continue
            if slot == "yoy_pct":
                level.yoy_pct = c.yoy_pct
            else:
                level.growth_pct, level.growth_base = c.growth_pct, c.growth_base
            level.why["growth"] = f"后文“{c.text}”：同一指标的增长"
            continue
        kept.append(c)
        level = (
            c
            if c.value is not None and not (level and c.unit == "%" and c.quote_start == level.quote_start)
            else level
        )
        if c.value is not None:
            recent = [*[x for x in recent if c.start - x.end < 200][-3:], c]
    return kept


#: A line that is a growth alone (a title's subtitle: 上半年四川居民人均可支配收入18779元 / 同比名义增长5.6%): the
#: growth of the level said right before it.
_BASIS_LINE = re.compile(
    r"\s*(?:按可比价(?:格)?计算|按可比口径计算|按不变价(?:格)?计算)[，,]?(?:较上年同期|比上年|较上年|同比)?(?:增长|下降)"
)
_GROWTH_LINE = re.compile(r"(?:同比|比上年)?(?:名义|实际)?(?:增长|下降|上涨|增)[\d.]+%[。.]?")


#: What a release says of the sites it counts over, said short after their levels (接待人次, 门票收入).
_SITE_MEASURE = re.compile(r"(?:接待游客|门票收入|旅游收入)$")


def _site_level(growth: Candidate, levels: list[Candidate]) -> Candidate | None:
    """The level of the sites' measure a growth said alone names (接待游客 of A级旅游景区接待游客), said
    in the last two hundred characters with its place and period, with no growth yet."""
    said = _SITE_MEASURE.search(growth.indicator or "")
    if said is None:
        return None
    return next(
        (
            level
            for level in reversed(levels)
            if level.yoy_pct is None
            and (level.indicator or "").endswith(said.group())
            and growth.start - level.end < 200
            and (level.region, level.period_start, level.period_end)
            == (growth.region, growth.period_start, growth.period_end)
        ),
        None,
    )


def _listed_growths_of_levels(results: list[Candidate]) -> list[Candidate]:
    """…累计接待游客1455.42万人次，实现门票收入17294.11万元。与2022年同期同口径相比，…接待游客和门票收入分别
    上升70.79%和130.39%: a 分别 list of growths right after the sentence of as many levels, of their period,
    is those levels' growths, in order (not facts of their own)."""
    observations = [c for c in results if c.kind == "observation"]
    dropped: set[int] = set()
    i = 0
    while i < len(observations):
        run = [observations[i]]
        while (
            run[-1].value is None
            and run[-1].yoy_pct is not None
            and i + len(run) < len(observations)
            and observations[i + len(run)].quote_start == run[0].quote_start
            and observations[i + len(run)].value is None
        ):
            run.append(observations[i + len(run)])
        levels = observations[max(0, i - len(run)) : i]
        if (
            run[0].value is None
            and run[0].yoy_pct is not None
            and "分别" in run[0].quote
            and len(run) >= 2
            and len(levels) == len(run)
            and all(c.value is not None and c.yoy_pct is None and c.unit != "%" for c in levels)
            and len({c.quote_start for c in levels}) == 1
            and levels[0].quote_end <= run[0].quote_start
            and all(g.region == c.region for g, c in zip(run, levels, strict=True))  # (资阳市…: not 全省's)
            and all(
                g.period_start is None or (g.period_start, g.period_end) == (c.period_start, c.period_end)
                for g, c in zip(run, levels, strict=True)
            )
            and (  # (游客人数和门票收入分别增长…: one of the list's items names its level at least)
                all(not g.indicator for g in run)
                or any(_names_its_level(g.indicator, c.indicator) for g, c in zip(run, levels, strict=True))
            )
        ):
            for g, c in zip(run, levels, strict=True):
                c.yoy_pct = g.yoy_pct
                c.why["growth"] = f"下一句“分别”所列：“{g.text}”"
                dropped.add(id(g))
            i += len(run)
            continue
        i += 1
    return [c for c in results if id(c) not in dropped]


def _names_its_level(said: str | None, level: str | None) -> bool:
    """A growth's words name its level: the same name, or the end of it — not another catalogue indicator
    that the level's name ends with (生产安全事故起数 is not 较大生产安全事故起数)."""
    if not said or not level or not level.endswith(said):
        return False
    other = lookup(said, strict=True)
    return other is None or other == lookup(level, strict=True)


#: A plan named inside its completion (完成年度目标2680亿元的76%): the plan, not what grew.
_PLAN_INSIDE = re.compile(r"(?:目标|计划|任务)[^，,。；;]{0,6}$")


def _growths_past_the_plan(results: list[Candidate], text: str) -> None:
    """…投资2038.1亿元，完成年度目标2680亿元的76%，同比增长4.7%: the growth said after a plan's completion is
    the level's before it, not the plan's."""
    levels = [c for c in results if c.kind == "observation" and c.value is not None]
    for before, plan in itertools.pairwise(levels):
        if (
            plan.yoy_pct is not None
            and before.yoy_pct is None
            and before.unit == plan.unit
            and before.quote_start == plan.quote_start
            and _PLAN_INSIDE.search(text, max(0, plan.start - 8), plan.start)
            and re.match(r"的\d", text[plan.end : plan.end + 2])
        ):
            before.yoy_pct, plan.yoy_pct = plan.yoy_pct, None
            before.why["growth"] = plan.why.pop("growth", "") or "计划完成率之后的增长：前面总量的增长"


#: 生猪出栏218.7万头，由上半年的下降5.0%转为增长5.6%: where the growth turned from, and to.
_TURNED_FROM = re.compile(r"[，,]?由[^，,。；;\d]{0,8}?的?$")


def _turned_growths(results: list[Candidate], text: str) -> list[Candidate]:
    """A level's growth said as a turn (…218.7万头，由上半年的下降5.0%转为增长5.6%): the growth it turned to is the
    level's; the one it turned from is the same indicator's, of its own (earlier) period."""
    kept: list[Candidate] = []
    level: Candidate | None = None
    for c in results:
        if c.kind != "observation":
            kept.append(c)
            continue
        if c.value is not None:
            level = c
        elif level is not None and c.yoy_pct is not None and c.quote_start == level.quote_start:
            before = text[level.end : c.start]
            if _TURNED_FROM.search(before) and text.startswith("转为", c.end):
                c.indicator, c.name_source, c.phrase = level.indicator, level.name_source, level.phrase
                c.region, c.region_code = level.region, level.region_code
                c.why["indicator"] = "“由…转为…”的起点：前面数字的指标"
            elif level.yoy_pct is None and re.search(r"由[^，,。；;]{0,16}转为$", before):
                level.yoy_pct = c.yoy_pct
                level.why["growth"] = f"后文“{c.text}”：由…转为…的增长"
                continue
        kept.append(c)
    return kept


def _is_its_growth(level: Candidate, c: Candidate, slot: str, text: str) -> bool:
    """A growth (or a rank) said alone right after a level is that level's: the same measure, or said of
    it in the same sentence or line, of the same place and period, in its paragraph."""
    return bool(
        not re.search(r"平均|年均", c.growth_base or "")  # (an average over years is a fact of its own)
        and c.value is None
        and slot is not None
        and level is not None
        and getattr(level, slot) is None
        and (
            _rate_right_after(level, c, text)
            or (c.indicator and _same_measure(c.indicator, level.indicator))
            or (
                not c.indicator and c.quote_start == level.quote_start
            )  # (…595.41亿元，完成全年预算的56.7%，同比增长10.5%)
            or (
                not c.indicator
                and (_GROWTH_LINE.fullmatch((c.quote or "").strip()) or _BASIS_LINE.match(c.quote or ""))
                and c.start - level.end < 60
            )  # (…2580.6亿元。按可比价计算较上年同期增长18.7%: the level's, at comparable prices)
        )
        and (
            (c.region, c.period_start, c.period_end) == (level.region, level.period_start, level.period_end)
            or (_rate_right_after(level, c, text) and c.region == level.region)
        )  # (…504.76亿元，…，增幅35.77%: the rate right after it is its, whatever the period it was given)
        and c.start - level.end < 200
        and not (  # (a later paragraph's growth of a named indicator: of what that paragraph is about)
            "\n" in text[level.end : c.start] and c.indicator and not _MEASURE_ITSELF.search(c.indicator)
        )
    )
