"""What a figure's name says of its period: a stock the catalogue knows (生猪存栏, 常住人口, 博物馆数; a kind of
one: 公交充换电站数) is at its period's end, a flow said up to a day is counted from the year's start, and the
share of a stock said just after it is at that day too; a base given as its level (比2005年69.7万亩) is named as the
level it is compared with. Runs as each figure is named (``naming``)."""

from __future__ import annotations

import re

from ..vocabulary import VocabularyEntry, lookup
from .candidate import Candidate
from .kinds import BASE_LEVEL
from .naming_grammar import set_name
from .text import Sentence


def share_of_a_stock(c: Candidate, level: Candidate | None) -> None:
    """共有文物系统国有博物馆270家，占比64.7%: the share of a level said just before it, at its period's end
    (a stock), is at that day too."""
    if (
        level is not None
        and c.unit == "%"
        and c.value is not None
        and c.quote_start == level.quote_start
        and c.period_start != c.period_end
        and level.period_start == level.period_end == c.period_end
        and (c.indicator or "").startswith(level.indicator or "\0")
    ):
        c.period_start, c.period_kind = c.period_end, "asof"
        c.why["period"] = c.why.get("period", "") + f"；前一数字“{level.text}”的占比：取其时点"


#: What makes a kind of a stock something done over the period (新开工…, 有进出口实绩的…, 计划…): no stock.
_DONE_OVER = re.compile(r"新|开工|建设|实绩|计划|完成|累计|年|票房|统计|以上|以下")


def _kind_of_a_stock(name: str) -> VocabularyEntry | None:
    """The catalogue's stock a name ends with, when the words before it only say which kind (公交充换电站数)."""
    for at in range(1, len(name) - 1):
        entry = lookup(name[at:], strict=True)
        if entry is not None:
            return entry if entry.measure == "stock" and not _DONE_OVER.search(name[:at]) else None
    return None


#: The first days of a year (month-day): a flow said as at one of them, with no span, is of the year before —
#: no statistic is counted over a few days of January (a review meeting of 4 January reports the year ended).
_NEW_YEARS_DAYS = "01-15"


def period_by_measure(c: Candidate) -> None:
    """What the catalogue says the figure measures settles its period: a stock (生猪存栏, 常住人口) said of a span
    is its level at the span's end; a flow said up to a month's end (截至2020年9月末…新增民营经济市场主体92.42万户)
    is counted from the start of that year."""
    # (a name coined as the catalogue words it — 博物馆数量 counted in 家 — is its indicator's too: the review
    # files it there)
    entry = lookup(c.indicator, strict=True) if c.indicator else None
    if entry is None and c.indicator and c.unit != "%":
        entry = _kind_of_a_stock(c.indicator)  # 公交充换电站数 of 充换电站数: a kind of a stock is a stock
    share = re.match(r"(.+?)占(?:比|.+比重)$", c.indicator or "") if c.unit == "%" else None
    if entry is None and share:  # 新能源汽车保有量占比: a share of a stock is at the period's end too
        part = lookup(share.group(1), strict=True)
        entry = part if part is not None and part.measure == "stock" else None
    # (a growth said alone, of no indicator the catalogue knows, said as at the first days of a year)
    said_alone = c.value is None and c.yoy_pct is not None and (c.period_end or "")[5:] <= _NEW_YEARS_DAYS
    if (entry is None and not said_alone) or not c.period_end:
        return
    averaged = c.growth_base is not None and c.value is None  # (年均增长5.8% of a stock: over its years)
    if entry is not None and entry.measure == "stock" and c.period_start != c.period_end and not averaged:
        if entry.unit[:1] in ("万", "亿") and c.unit in ("户", "家"):
            return  # 其中…等7户企业超过20%: a few firms of a year's class, not the register counted in 万户
        c.period_start, c.period_kind = c.period_end, "asof"
        c.why["period"] = c.why.get("period", "") + "；“" + entry.name + "”是时点数：取时期之末"
    elif (
        (entry.measure == "flow" if entry is not None else said_alone)
        and c.period_kind == "asof"
        and c.period_start == c.period_end
        and c.period_end[5:] != "01-01"
    ):
        if c.period_end[5:] <= _NEW_YEARS_DAYS:  # (a review of 4 January: the year just ended, not four days)
            year = int(c.period_end[:4]) - 1
            c.period_start, c.period_end, c.period_kind = f"{year}-01-01", f"{year}-12-31", "year"
            c.why["period"] = (
                c.why.get("period", "") + f"；“{c.indicator or '增速'}”是累计量，年初所说：上一年全年"
            )
            return
        c.period_start, c.period_kind = c.period_end[:4] + "-01-01", "ytd"
        c.why["period"] = c.why.get("period", "") + f"；“{c.indicator or '增速'}”是时期内的累计量：自年初算起"


def the_base_of(c: Candidate, level: Candidate | None, before: str, sentence: Sentence | None) -> bool:
    """比2005年69.7万亩扩大28.3万亩: a base given as its level is of what the level before it in its sentence
    measures. True when so named."""
    if level is None or not level.indicator or sentence is None or level.start < sentence.start:
        return False
    if not BASE_LEVEL.search(before):
        return False
    set_name(
        c, level.indicator, lookup(level.indicator, strict=True), f"比较的基数：前面所说“{level.indicator}”的"
    )
    return True
