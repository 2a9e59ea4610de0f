"""A measure said alone after a figure of a subject in its sentence (…外商投资企业营业收入总额达5159亿元…；利润总额
达256.2亿元; …制造行业完成工业总产值641.5亿元…，产销率100.9%): the subject's, not the whole's. Split from
``naming_subjects``."""

from __future__ import annotations

import re

from ..vocabulary import lookup
from .candidate import Candidate
from .naming_grammar import clean_name, grammar_problem, set_name

#: A measure said alone, with nothing of what it measures (收入增长13.5%; 利润总额达256.2亿元; 产值达51亿元).
ALONE_MEASURE = re.compile(
    r"(?:营业总?|主营业务|业务|销售|门票)?收入(?:总额)?|利润(?:总额)?|利税|营业额|(?:总|年)?产值|(?:年)?产量|销量|销售额|"
    r"(?:总|计划|计划总|完成|年度)?投资(?:额|总额)?|总资产|从业人员数|出口额|进口额|床位"
)
#: The measure a figure before ends its name with; the rest is the subject a measure said alone is of.
_SUBJECT_MEASURE = re.compile(
    r"(?:营业收入总额|营业收入|主营业务收入|总量|利润总额|利润|利税|工业增加值|增加值|工业总产值|总产值|工业销售产值|"
    r"出口交货值|新产品产值|产销率|营业成本|产值|产量|销量|销售额|销售总额|"
    r"总投资|投资额|投资|接待游客|游客|从业人员数|收入|出口额|进出口总额|进出口)$"
)


#: Words of a clause inside what looks like a subject (共生产, 完成, 实现): no subject.
_SUBJECT_CLAUSE = re.compile(r"共|完成|实现|生产|达到|累计|开工|签约|新增|其中")


#: What reports a profit as the statistics do (企业, 行业, 产业: its 利润总额).
_KIND_OF_ENTERPRISE = re.compile(r"(?:企业|行业|产业|工业)$")


def measure_of_the_subject(c: Candidate, previous: str) -> None:
    """…外商投资企业营业收入总额达5159亿元…；利润总额达256.2亿元: a measure said alone after another measure
    of a subject in its sentence is that subject's (外商投资企业利润总额) — the catalogue's name when it has it."""
    ends = [k for k in range(1, len(previous)) if _SUBJECT_MEASURE.fullmatch(previous[k:])]
    subject = previous[: ends[0]] if ends else ""  # (the longest measure: 外商投资企业 of …营业收入总额)
    alone = c.indicator or ""
    if (
        len(subject) < 2
        or grammar_problem(subject + "数") is not None
        or _SUBJECT_CLAUSE.search(subject)  # (白酒规上企业共生产白酒: a clause)
        or ALONE_MEASURE.fullmatch(previous)  # (营业收入…，利润…: no subject said)
        or re.fullmatch(r"(?:主?营业?|主营业务|业务|销售|门票)", subject)
        or previous.endswith(alone)  # (…类主营业务收入30亿元…主营业务收入1800亿元: the same measure again is
    ):  # another subject's, often the whole's)
        return
    name = subject + ("利润总额" if alone == "利润" and _KIND_OF_ENTERPRISE.search(subject) else alone)
    entry = lookup(name, strict=True)
    if entry is not None or grammar_problem(name) is None:
        set_name(
            c,
            entry.name if entry else name,
            entry,
            f"只写了“{c.indicator}”：本句前一数字“{previous}”所说的“{subject}”的",
        )


#: The totals a trade reports that the catalogue names for the whole industry (产销率 is 规模以上工业产品销售率).
_TRADE_TOTAL = re.compile(
    r"工业总产值|工业销售产值|产销率|出口交货值|新产品产值|销售总额|工业增加值|营业收入|主营业务收入|利润总额|营业成本"
)
#: A trade or a class of enterprises, the subject such totals are of.
_TRADE = re.compile(r"(?:业|企业|行业|产业)$")


def total_of_the_trade(c: Candidate, previous: str) -> None:
    """…家用电力器具制造行业完成工业总产值641.5亿元…，产销率100.9%: a total said bare after a trade's own figure
    in its sentence is the trade's (家用电力器具制造行业产销率), not the catalogue's whole industry's."""
    bare = re.sub(r"^(?:累计)?(?:完成|实现)?", "", clean_name(c.phrase) or "")
    ends = [k for k in range(1, len(previous)) if _SUBJECT_MEASURE.fullmatch(previous[k:])]
    subject = previous[: ends[0]] if ends else ""
    if not _TRADE_TOTAL.fullmatch(bare) or len(subject) < 3 or not _TRADE.search(subject):
        return
    if re.search(
        r"第?[一二三]产业$", subject
    ):  # (第二产业…，工业增加值…: a sector, of which industry is a part)
        return
    if _SUBJECT_CLAUSE.search(subject) or grammar_problem(subject + bare) is not None:
        return
    set_name(c, subject + bare, None, f"只写了“{bare}”：本句前一数字“{previous}”所说的“{subject}”的")
