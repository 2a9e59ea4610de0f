"""What was done to a thing, said as a verb and its object before the figure (收购烟叶12.62万担, 生产原煤44933万吨,
销售化肥8404.6万吨, 种植烟叶82.2万亩): the thing's name with the act's measure (烟叶收购量, 原煤产量, 化肥销售量,
烟叶种植面积) — the name an editor files it under, and the catalogue's where it has one; and a measure said bare (户均
收入) whose subject the paragraph said before it (烟农售烟收入…户均收入: 烟农户均收入).

The measure depends on what the unit measures: a weight or a count of goods takes the act's quantity (收购量), money its
amount (收购额), land its area (种植面积). A producer said before the verb (国有重点煤矿产煤) is the name's scope (国有重点
煤矿原煤产量); an organisation said there (烟草专卖局(公司)种植烟叶) is who acted, not what is measured."""

from __future__ import annotations

import re

from ..vocabulary import VocabularyEntry, catalogue, lookup
from .candidate import Candidate
from .naming_grammar import MEASURE_HEAD, dimension, fits, grammar_problem, set_name

#: act → (its measure of goods, of money, of land)
_ACTS: dict[str, tuple[str | None, str | None, str | None]] = {
    "收购": ("收购量", "收购额", None),
    "销售": ("销售量", "销售额", None),
    "出口": ("出口量", "出口额", None),
    "进口": ("进口量", "进口额", None),
    "生产": ("产量", "产值", None),
    "产出": ("产量", "产值", None),
    "出产": ("产量", None, None),
    "产": ("产量", None, None),
    "消费": ("消费量", "消费额", None),
    "回收": ("回收量", "回收额", None),
    "处理": ("处理量", None, None),
    "种植": (None, None, "种植面积"),
    "栽种": (None, None, "种植面积"),
    "播种": (None, None, "播种面积"),
    "养殖": (None, None, "养殖面积"),
}
_ACT = re.compile("|".join(sorted(_ACTS, key=len, reverse=True)))
#: Words between a scope and its act that belong to neither (共收购, 累计销售, 计划收购).
_BEFORE_ACT = re.compile(r"(?:共计|总共|累计|合计|共|全年|今年|当年|已|计划|预计|力争|拟)$")
#: Who acted, not what is measured: an organisation or the enterprises before the verb.
_ACTOR = re.compile(r"(?:局|公司|集团|政府|委员会|委|厅|办|站|点|线|中心|部门|企业|农户|农民|群众)$")
#: A kind of producer before the verb, which scopes what it made (国有重点煤矿产煤: 国有重点煤矿原煤产量).
_PRODUCER = re.compile(r"(?:煤矿|矿山|矿井|电厂|电站|油田|气田|工厂|厂)$")
#: The enterprises a trade's sample counts (重点统计钢铁企业, 重点监测白酒企业): a series of its own, whose name
#: keeps them — not the whole (规模以上 is the statistics' own scope of a product's output).
_SAMPLED = re.compile(r"重点(?:统计|监测|调查|联系)[\u4e00-\u9fff]{0,8}?企业")
#: …重点统计钢铁企业共生产粗钢…、生铁…。本旬平均日产：粗钢…: the sample that made what the paragraph lists.
_SAMPLE_MADE = re.compile(rf"(?P<scope>{_SAMPLED.pattern})(?:共|累计|合计)?(?:生产|日产|产)")
#: What goods are measured in (weights, volumes, energy, heads, machines …): a quantity of them, not money.
PHYSICAL = frozenset(
    {
        "mass",
        "vehicle",
        "machine",
        "panel",
        "piece",
        "set",
        "volume",
        "energy",
        "power",
        "head",
        "chip",
        "liquid",
        "carton",
    }
)


def act_name(coined: str, unit: str | None, context: str = "") -> tuple[str, VocabularyEntry | None] | None:
    """(name, catalogue entry or None) for a phrase that says an act and its object, or None. ``context``: the
    paragraph before, where a breakdown said what was made (全省生产的原煤中，重点煤矿生产22901万吨)."""
    # (收购线收购烟叶: the last act, of which the thing after is the object)
    acts = list(_ACT.finditer(coined))
    if acts and acts[-1].end() == len(coined) and _PRODUCER.search(coined[: acts[-1].start()]):
        said = list(re.finditer(rf"{acts[-1].group()}的?(?P<thing>[\u4e00-\u9fff]{{2,4}}?)中[，,]", context))
        coined += said[-1].group("thing") if said else ""  # 生产的原煤中，重点煤矿生产…: 重点煤矿原煤产量
    if not acts or not unit or not re.fullmatch(r"[\u4e00-\u9fff]{1,8}", coined[acts[-1].end() :]):
        return None
    m = acts[-1]
    goods, money, land = _ACTS[m.group()]
    kind = dimension(unit)
    if kind in PHYSICAL:
        measure = goods
    elif kind and kind.startswith("money"):
        measure = money
    else:
        measure = land if kind == "area" else None
    if measure is None:
        return None
    thing, scope = coined[m.end() :], _BEFORE_ACT.sub("", coined[: m.start()])
    if (
        MEASURE_HEAD.search(thing)
        or re.search(r"[值额]", thing)
        or (scope.endswith("进") and m.group() == "出口")
    ):
        return None  # 旅游消费总额, 地区生产总值, 进出口: a measure's name already, not an act and its object
    entry = lookup(thing + measure, strict=True)
    if len(thing) < 2 and entry is None:  # 产销, 产能, 林产品: a word that begins with the act (but 产煤)
        return None
    name = entry.name if entry is not None else thing + measure
    if scope and (_PRODUCER.search(scope) or _SAMPLED.fullmatch(scope)):
        scoped = scope + name
        return (scoped, None) if grammar_problem(scoped) is None else None
    if scope and not _ACTOR.search(scope):
        return None  # 每亩可鲜花椒, 通过烘干后处理: more of a clause before the act than a name holds
    if grammar_problem(name) is not None:
        return None
    return name, entry


#: A measure per household, per mu, per head or per unit of goods, or a crop's yield, output or value, said bare
#: (户均收入, 担均价, 单产, 总产量 — not 产值: 工业, 农业 name whose value too often): whose it is, the paragraph said before.
_BARE_MEASURE = re.compile(
    r"^(?:户均|亩均|人均|日均)[\u4e00-\u9fff]{1,4}$|^[\u4e00-\u9fff]{0,2}均价$|^(?:总)?(?:单产|亩产|产量)$"
)


def completed_by_the_paragraph(coined: str, unit: str | None, context: str) -> VocabularyEntry | None:
    """The catalogue indicator a bare measure is, by the subject the paragraph said before it: 户均收入 after
    烟农售烟收入… is 烟农户均收入, 亩均收入 there 烟农亩均收入 — the catalogue's name that ends with the measure
    and begins with a word of the paragraph (the nearest said, when several)."""
    if not _BARE_MEASURE.match(coined) or lookup(coined, strict=True) is not None:
        return None
    best: tuple[int, VocabularyEntry] | None = None
    for entry in catalogue().entries:
        for name in (entry.name, *entry.aliases):
            subject = name[: -len(coined)]
            said = len(name) > len(coined) + 1 and name.endswith(coined)
            if (
                said
                and (at := context.rfind(subject)) >= 0
                and fits(entry, unit)
                and (best is None or at > best[0])
            ):
                best = (at, entry)
    return best[1] if best else None


#: (…共生产粗钢2188.70万吨、生铁1901.90万吨: the goods listed after one act of making, each its output; 平均日产：
#: 粗钢…；生铁…: after a heading of daily output)
_PRODUCTS = re.compile(r"产品|产量|(?:生产|日产)[^。，,；;]*、[\u4e00-\u9fff]{1,8}$|日产[:：][^。]*$")
#: A sentence of daily averages (本旬平均日产：粗钢218.87万吨；生铁…): each product's daily output.
_DAILY = re.compile(r"(?:平均)?日产|日均")
#: A paragraph that lists products' output growths (从主要工业产品产量看，…): a product alone is its output.
_OUTPUT_HEADING = re.compile(
    r"产品产量|产量看|产量中|产量方面|分产品看|主要工业产品|产品品种上|分品种看|从品种看|生产量情况|产量情况"
)
_MADE = re.compile(r"^(?:年|今年|全年)(?=产|生产|出产)")  # 年产猕猴桃鲜果: a yearly output


def output_said(c: Candidate, context: str) -> bool:
    return bool(
        (c.unit and dimension(c.unit) in PHYSICAL and _PRODUCTS.search(context))
        or (c.value is None and _OUTPUT_HEADING.search(context))
    )


def named_by_what_was_done_or_made(c: Candidate, coined: str, context: str, output: bool) -> bool:
    """收购烟叶12.62万担: 烟叶收购量; 年产猕猴桃鲜果12万吨: 猕猴桃鲜果产量; 分产品看…液晶显示屏6312.7万片, 从主要工业
    产品产量看，…发电设备增长51.6%: a product's output where the catalogue names it (汽车产量, 十种有色金属产量)."""
    if acted := act_name(_MADE.sub("", coined), c.unit, context):
        name, entry = acted
        set_name(
            c, name, entry, f"所做的事及其对象：“{coined}”即“{name}”" + ("（指标目录）" if entry else "")
        )
        return True
    if not output:  # (a product said where the paragraph spoke of output: 分产品看, …产量看)
        return False
    sentence = context[max(context.rfind("。"), context.rfind("\n")) + 1 :]
    entry = lookup(coined + "日均产量", strict=True) if _DAILY.search(sentence) else None
    entry = entry or lookup(coined + "产量")
    sample = list(_SAMPLE_MADE.finditer(context))
    if entry is not None and fits(entry, c.unit) and sample:  # (重点统计钢铁企业…生铁: the sample's series)
        set_name(
            c, sample[-1].group("scope") + entry.name, None, f"本段所说“{sample[-1].group()}”的“{entry.name}”"
        )
        return True
    if entry is not None and fits(entry, c.unit):
        set_name(c, entry.name, entry, f"产品＋本段所说的“产量”（指标目录：{entry.name}）")
        return True
    if _OUTPUT_HEADING.search(context) and grammar_problem(coined + "产量") is None:
        set_name(
            c, coined + "产量", None, "产品＋本段所说的“产量”（新拟）"
        )  # 产品品种上，建筑钢材同比增长6.42%
        return True
    return False
