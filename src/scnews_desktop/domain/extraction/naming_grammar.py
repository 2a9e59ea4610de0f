"""The name grammar: what an indicator's name may look like (a measure at its head, nothing of a clause at
its edges, no digits), how a phrase is cleaned into a name, and whether a figure's unit fits an
indicator. Shared by the naming stage (``naming``) and the rules that name a figure by the figures
before it (``naming_walk``)."""

from __future__ import annotations

import re

from ..periods import PERIOD_IN_TEXT as PERIOD
from ..quantities import PER_UNIT
from ..units import get_unit
from ..vocabulary import VocabularyEntry, lookup
from .candidate import Candidate

#: The head of an indicator's name: what is measured (总值, 增加值, 额, 量, 数, 率, 指数 …).
MEASURE_HEAD = re.compile(
    r"(?:总值|增加值|产值|交货值|总额|余额|金额|额|总量|产量|销量|量|人数|人次|户数|个数|家数|企业数|数|率|比重|占比|比例|增长面|亏损面|覆盖面|指数|价格|平均值|均值|"
    r"收入|支出|利润|利税|成本|费用|投资|资金|资产|负债|权益|存货|库存|面积|规模|里程|容量|产能|出栏|存栏|人口|就业|税收|"
    r"贷款|存款|融资|保费|零售额|消费|出口|进口|进出口|电量|能耗|强度|密度|单产|均价|工资|补贴|奖励|剂次|台数|"
    r"预算|额度|补助|岗位|税金|收益|排名|位次|游客|群众|旅客|浓度|带宽|长度|产出|投入|能力|装机|"
    r"集中度|满意度|覆盖度|参与度|依存度|开放度|饱和度)$"
)
#: What a name may not begin with: a conjunction, a preposition, a verb of the clause, a demonstrative.
_BAD_START = re.compile(
    r"^(?:您|你|他们|她们|而|且|则|就(?!业)|和|与|及|的|了|是|为|由|从(?!业|事)|将|已|还|并|但|也|又|都|才|要|把|被|让|使|该|此|这|那|"
    r"之|以|于|向|较|同比|环比|成功|增至|达到|达|共有|其中|其(?!他|余)|占)"
)
#: What a name may not end with, or hold: a particle, a verb of change, a clause's words.
_BAD_END = re.compile(
    r"(?:的|了|就|过|着|为|是|由|从|至|到|已|以|包括|包含|涵盖|还|未|突破|迈上|增至|达|领|环|同比|年均|同口径|预计|大关|台阶|"
    r"增长|下降|上涨|回落|提高|降低|分别|实现|完成|累计|首次|成功)$"
)
_CLAUSE_WORDS = re.compile(
    r"还未|突破过|增至|迈上|大关|台阶|取得新|同比增长|增长为|分别|连续[一二三四五六七八九十\d]"
    r"|(?<=[\u4e00-\u9fff]{2})为(?=[\u4e00-\u9fff]{2})"  # 商品住宅为销售主力占比: a clause
    # 博物馆入馆观众数量井喷式增长在人数: how it grew, then where — a clause, no name
    r"|(?:增长|下降|上升|回落|回升|攀升|下滑|减少|增加)(?:在|了|到|至)|井喷|大幅(?:增长|下降|提升)|稳步(?:增长|提升)"
    r"|处于|呈现|表明|显示出|更是|坐拥|可知道"  # CPI处于历史同期低位食品价格: a predicate, a clause before the name
    r"|(?<=[装做办])[好完]数$"  # 人家已装好数: a deed done (装好), counted — a clause
)
_NOT_A_NAME_CHAR = re.compile(
    r"[\d.%％、，,；;：:（）()“”\"'·\s/\-—*＊#?？!！~～@&]"
)  # (**材: a page's mask)
#: A code of letters and digits is a word of a name: PM2.5, PM10, O3, NO2 (pollutants), 5G, 4G, 10GPON, IPv6.
_CODE = re.compile(r"[A-Z]*\d+(?:\.\d+)?[A-Z]+\d*|[A-Z]+\d+(?:\.\d+)?")
#: Capitals before a word are an acronym a name may hold (A股, IPO融资额) — not after its measure
#: (地区生产总值GDP: the measure said twice).
_ACRONYM = re.compile(
    r"(?<![A-Za-z])(?:[A-Z]{2,5}|[ABH](?=股))(?=[\u4e00-\u9fff])"
)  # (A股, B股, H股: shares)
#: A grade of scenic spots (A级, 4A级, 5A级): letters and a digit a name may hold.
_GRADE = re.compile(r"[1-5]?A级")
#: A class's threshold inside a name is no stray figure: 10亿元以上项目数, 100亿级项目数.
CLASS_THRESHOLD = re.compile(
    r"(?:超过|高于|低于)?(?:\d+(?:\.\d+)?[—\-~至])?\d+(?:\.\d+)?"  # (5—10亿元项目: a range of them)
    r"(?:(?:亿元|万元|亿美元|万吨|万平方米|万亩|亩|公顷)(?:及)?(?:以上|以下)?|(?:头|只|人|家|个|吨)?(?:以上|以下)|亿级|万级|"
    r"%(?:以上|以下)?)"
)
#: Words before a name that say where or how much, not what (全县, 区属, 累计, 完成 …).
SCOPE_BEFORE = re.compile(
    r"^(?:全国|全省|全市|全州|全县|全区|全镇|我省|我市|我县|我区|本省|本市|本县|本区|该省|该市|该县|该区|州内|市内|县内|区内|"
    r"该局|该行|该厅|该委|该公司|该集团|全社会的|"
    r"区属|县属|市属|累计|共计|共(?=完成|实现)|完成|实现|发生|拥有|共有|现有|仅仅|仅|只有|只|先后|发展(?!改革|规划|和)|"
    r"透露|显示|表明|获悉|现已经|现已|已经|已(?=[\u4e00-\u9fff]{3})|汇聚|集聚|聚集|遴选|相比|相较|对比|创造了|创造|有(?![效色机线关限望序针]|外贸|进出口|出口|进口|实绩)|"
    r"预计|成功|新(?!能源|材料|型|兴|质|技术|基建|经济|业态|动能|产品|增长点|设|登记|注册|开工|增|建|改建|签|引进|闻)|"
    r"当年|全年|同期|其中|此外|另外|下同)+"
)
#: What may follow a catalogue name in a phrase and leave it that name: the clause goes on (突破百亿元大关).
CLAUSE_TAIL = re.compile(
    r"^(?:迈上|突破|跨越|由|从|增至|达到|年均|连续|同口径|预计|领|环|同比|再创|首次|稳居|位居|居|排名|保持|实现|"
    r"完成|为|达|占|比|较|增长|下降|上涨|回落|提高|降低)"
)


#: The per-unit said before a figure, ending the phrase before it (PM2.5均值为每立方米|24.9微克): no word of a name.
PER_UNIT_SAID = re.compile(rf"(?:为|是|达)?每(?:{PER_UNIT})$")


_SCOPE_NOTE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})[（(](?:(?:不包括|不含|包括|含|扣除|剔除)[^（()）]{1,30}|(?P<alias>[\u4e00-\u9fff]{2,8}))[)）]"
)


def _unless_named_with_it(note: re.Match[str]) -> str:
    """A scope note out of a name (邮政行业业务收入(不包括…)), and another word for the measure (体育产业总规模(总产出)),
    unless the catalogue names the measure with it (固定资产投资（不含农户）)."""
    named = re.search(r"[\u4e00-\u9fff]{2,16}$", note.string[: note.start()])
    words = named.group() if named else ""
    alias = note.group("alias")
    if (
        alias
        and words
        and alias[-1] == words[-1]
        and not MEASURE_HEAD.search(alias)
        and re.match(r"[\u4e00-\u9fff]", note.string[note.end() :])
    ):  # 原铝(电解铝)产量: another name of the same thing (its head word the same), inside the name
        return ""
    if alias and not (MEASURE_HEAD.search(words) and MEASURE_HEAD.search(alias)):
        return note.group()  # (only another word for a measure said right after it: 体育产业总规模(总产出))
    kept = any(lookup(words[k:] + note.group(), strict=True) for k in range(max(0, len(words) - 1)))
    return note.group() if kept else ""


def without_scope_notes(phrase: str) -> str:
    """A phrase without the notes on its scope or its aliases in brackets (see ``_unless_named_with_it``)."""
    return _SCOPE_NOTE.sub(_unless_named_with_it, phrase)


#: How a growth is computed (按可比价格计算, 扣除价格因素): no words of what grew.
HOW_COMPUTED = re.compile(r"(?:按(?:可比价格?|可比口径|不变价格?)计算|扣除价格因素(?:后)?)[，,]?")
#: (以下简称本制糖期)全国共生产食糖: a note of what a thing is called below — no word of a name.
ALIAS_NOTE = re.compile(r"[（(](?:以下简称|以下称|下称|简称|下同)[^（()）]{0,30}[)）]")


def clean_name(phrase: str | None) -> str | None:
    """A phrase as a name: without the scope before it (全县, 累计, 完成) and its quotes or brackets."""
    if not phrase:
        return None
    text = PERIOD.sub("", phrase.lstrip("，,、；;：: "))  # (11月采矿业增加值: the period is the figure's)
    text = re.sub(r"^\d{1,2}月份?", "", text)
    text = re.sub(r"[（(][^（）()]{1,8}[）)]$", "", text)  # 移动通信手持机（手机）: the name, not its alias
    text = re.sub(r"[“”\"'（）()《》]", "", SCOPE_BEFORE.sub("", text))
    text = re.sub(r"这一|这个|该(?=产业|行业)", "", text)  # 红心猕猴桃这一产业年综合产值: 红心猕猴桃产业…
    text = re.sub(
        r"(?:^|(?<=^落实)|(?<=^筹集))各[类项种](?=[\u4e00-\u9fff]{2})", "", text
    )  # 落实各类水利投资
    # 分布在第一产业的各类市场主体户数: where they are, then what — 第一产业市场主体户数
    text = re.sub(r"^(?:分布在|分布于|位于)(.{2,12}?)中?的各[类项种]", r"\1", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})的?各类(?=[\u4e00-\u9fff]{2})", "", text)  # 登记的各类市场主体
    text = re.sub(r"^(?:而|并且|并|且)(?=[\u4e00-\u9fff]{2})", "", text)  # 而平均每个…: a conjunction
    text = re.sub(r"([一二三])、(?=[一二三]产业)", r"\1", text)  # 二、三产业的法人单位: 二三产业
    # 平均每个企业法人的年营业收入, 平均每户…: 企业法人平均年营业收入 (whose average, then what)
    text = re.sub(r"^平均每(?:个|家|户|人)?([\u4e00-\u9fff]{2,6}?)(?:的|拥有|有)", r"\1平均", text)
    text = re.sub(r"^平均每(个|家)([\u4e00-\u9fff]{2,4}?)(?=资产|收入|利润|产值)", r"\2平均", text)
    # 机械化率初测为: how far the figure is final; 天然气已探明地质储量: when — no words of its name
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:初测|初步测算|初步核算|初步统计|快报)$", "", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:已经|已)(?=探明|累计)", "", text)
    # 当月水泥产量, 水泥累计产量, 单月…: when it was counted, the figure's period — no word of its name (累计 of a
    # cumulative measure stays: 累计完成投资, 累计探明储量); 生产玻璃纤维纱
    # 产量: the act said with its measure
    text = re.sub(
        r"(?:^|(?<=[\u4e00-\u9fff]))(?:当月|单月|本月|当季|累计(?=产量|销量))(?=[\u4e00-\u9fff]{2})", "", text
    )
    text = re.sub(r"^生产(?=[\u4e00-\u9fff]{1,10}产量$)", "", text)
    # 家用燃气灶具完成产量, 行业完成工业总产值: the verb between a thing and its measure (not 完成投资: a measure);
    # then a word said twice once (建材工业完成工业总产值: 建材工业总产值)
    text = re.sub(
        r"(?<=[\u4e00-\u9fff]{2})(?:累计)?(?:完成|实现)(?=(?:工业)?(?:总产值|销售产值|增加值|产量|营业收入|利润总额)$)",
        "",
        text,
    )
    text = re.sub(r"(工业|增加值|总产值|产值|产量|营业收入|利润总额)\1", r"\1", text)
    text = HOW_COMPUTED.sub("", text)
    joined = text.replace("、", "")  # 服装鞋帽、针纺织品类商品零售额: the bureau's class name, its 、 and all
    inner = re.search(r"[\u4e00-\u9fff]、[\u4e00-\u9fff]", text)
    if inner and lookup(re.sub(r"^限额以上(?:单位)?", "", joined), strict=True) is not None:
        text = joined
    text = turned(text)
    text = _GROWING_AFTER.sub(r"\1", text)  # 有效高新技术企业数量持续壮大: 有效高新技术企业数量
    text = PER_UNIT_SAID.sub("", text)  # PM2.5均值为每立方米(24.9微克)
    text = TRAILING_CLAUSE_WORD.sub("", text)  # 牧业产值由（一季度增长0.2%）: 牧业产值
    text = re.sub(r"(?<=占)(.{2,})的(比重|比例)$", r"\1\2", text)  # 占物流总收入的比重: 占物流总收入比重
    # 木质家具制造业累计利润占家具行业累计利润的(60.08%): a part's share of its whole, counted since the year's start
    share = re.fullmatch(r"(.{2,}?)(?:累计)?(利润|收入|产值|增加值|产量|销售额)占(.{2,}?)(?:累计)?\2的", text)
    if share is not None:  # (the part's measure of the whole's same measure)
        text = f"{share.group(1)}{share.group(2)}占{share.group(3)}{share.group(2)}比重"
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})的(占比|比重)$", r"\1", text)  # 金属家具制造业的占比: …占比
    # 新能源汽车的产量: whose, then what — 新能源汽车产量 (a 的 between a subject and its measure is no word of it)
    text = re.sub(
        r"^([\u4e00-\u9fff]{2,10}?)的(?=(?:总)?(?:产量|销量|销售量|产值|出口量|进口量|营业收入|利润总额|增加值)$)",
        r"\1",
        text,
    )
    return text or None


#: A measure and what it did (数量持续壮大, 规模不断扩大): the measure is the name, what it did is the clause's.
_GROWING_AFTER = re.compile(
    r"(数量|规模|总量|产值|面积|人数)(?:持续|不断|稳步|进一步|快速|大幅|逐步)(?:壮大|增加|扩大|提升|增长|提高|攀升)$"
)


def turned(name: str) -> str:
    """共种植猕猴桃面积: the verb and its crop turned as a name has them (猕猴桃种植面积)."""
    return re.sub(r"^共?(种植|养殖|栽培)([\u4e00-\u9fff]{1,8}?)(面积|规模|数量|产量)$", r"\2\1\3", name)


#: Words of the clause that may follow a name before its figure (由, 从, 为, 达 …): not part of it.
TRAILING_CLAUSE_WORD = re.compile(
    r"(?:由|从|为|是|达到|达|实现|完成|共计|共|累计|(?<!签)约|近|超过|超|逾|最多|最少|最大|最高|最低|最快|人民币|"
    r"就|已|也|将|已经|只有|仅有|只|仅)+$"
)  # (产业项目最多，有17个: 产业项目)
#: A bank's loans or deposits of a kind, reported by their balance (科技型中小企业贷款增长29.2%).
BALANCE = re.compile(r"^(?!新增).*(?:贷款|存款)$")


#: What a phrase lacks that is a name but for its measure (果园 → 果园面积 by its unit).
NO_MEASURE = "没有说量的是什么（总值、增加值、额、量、数、率、指数…）"


def grammar_problem(name: str) -> str | None:
    """Why a coined name is no indicator's name, or None: a measure at its head; no digits, punctuation,
    clause words, or a particle, conjunction or verb at its edges; 2 to 20 characters."""
    if not 2 <= len(name) <= 20:
        return "长度不合"
    bare = _GRADE.sub("", CLASS_THRESHOLD.sub("", name))  # (5A级旅游景区: a grade is part of a name)
    # (重点城市PM2.5平均浓度, 5G基站数, 10GPON端口数: a code of digits and letters is a word; so is 24小时)
    bare = _CODE.sub("", bare.replace("24小时", ""))
    bare = _ACRONYM.sub("", bare)  # (A股上市公司, IPO融资额: an acronym before the words it qualifies)
    if _NOT_A_NAME_CHAR.search(bare) or (re.search(r"[A-Za-z]", bare) and not bare.isascii()):
        return "含数字或标点"
    if _BAD_START.match(name) or _BAD_END.search(name) or _CLAUSE_WORDS.search(name):
        return "首尾是虚词或动词，像半个句子"
    if not MEASURE_HEAD.search(name):
        return NO_MEASURE
    return None


#: A county or district proper (区本级地区生产总值 beside the whole district's 地区生产总值): the catalogue's
#: indicator over a narrower scope, as the bureau reports it.
_PROPER = re.compile(r"^[区县市]本级(?=.)")
#: The share of a target done (城镇新增就业目标任务完成率, 一般公共预算收入预算完成率): the catalogue's indicator
#: against its plan.
_DONE_OF_TARGET = re.compile(r"(?:全年)?(?:目标任务|目标|任务|预算|计划)完成率$")


#: A trade's or an enterprise's profit said short (水泥行业利润, 规模以上建材行业利润): its 利润总额.
_PROFIT_SAID_SHORT = re.compile(r"(?:企业|行业|产业|工业)利润$")


def set_name(c: Candidate, name: str, entry: VocabularyEntry | None, why: str) -> None:
    proper = _PROPER.match(name) if entry is None else None
    if proper and (entry := lookup(name[proper.end() :], strict=True)) is not None:
        if (
            grammar_problem(proper.group() + entry.name) is None
        ):  # (not …占GDP比重: no Latin in a coined name)
            name = (
                proper.group() + entry.name
            )  # (区本级…占地区生产总值比重: as the whole district's is named)
        why += f"（指标目录“{entry.name}”的{proper.group()}口径）"
    if entry is None and _PROFIT_SAID_SHORT.search(name):
        name += "总额"  # 石材行业实现利润: what the statistics name a trade's profit (石材行业利润总额)
    c.indicator = name
    done = _DONE_OF_TARGET.search(name) if entry is None else None
    if done and (entry := lookup(name[: done.start()], strict=True)) is not None and entry.unit != "%":
        why += f"（指标目录“{entry.name}”的{done.group()}）"
    if entry is None and (composed := composed_of_catalogue(name)):
        c.indicator, parts = composed
        why += f"（由指标目录的{parts}组成）"
        c.name_source = "catalogue"
    else:
        c.name_source = "catalogue" if entry is not None else "coined"
    earlier = c.why.get("indicator")  # (“分别”前列举的第2项: how the words were found, then what they name)
    c.why["indicator"] = f"{earlier}；{why}" if earlier and not earlier.startswith("数字") else why


#: A share of one catalogue indicator in another or in its scope's whole (工业品物流总额占社会物流总额比重,
#: 白酒产量占全国比重), or a catalogue indicator's contribution to growth (房地产业对经济增长的贡献率): a name the
#: catalogue's rules compose, as the bureau writes them, not one coined from the sentence.
_SHARE_NAME = re.compile(r"^(?P<part>.{2,}?)占(?P<whole>.{2,}?)(?:的)?(?:比重|比例)$")
_CONTRIBUTION_NAME = re.compile(
    r"^(?P<part>.{2,}?)对(?:经济|GDP|地区生产总值|经济增长|GDP增长)(?:增长)?的?贡献率$"
)
_WHOLE_SCOPES = frozenset(
    {"全国", "全省", "全市", "全州", "全县", "全区", "全球", "全行业", "地区生产总值", "GDP"}
)


def composed_of_catalogue(name: str) -> tuple[str, str] | None:
    """A share or a contribution composed of catalogue indicators, as the catalogue names them
    (工业品物流总额占全省社会物流总额比重 → 工业品物流总额占社会物流总额比重), with which they are; None when a
    part is not the catalogue's. A kind's share of its whole (民营经济市场主体占市场主体数量比重) is its 占比."""
    m = _SHARE_NAME.match(name) or _CONTRIBUTION_NAME.match(name)
    if m is None:
        return None
    part = _industry_measure(m.group("part"))
    if part is None:
        return None
    whole = m.groupdict().get("whole")
    if whole is None:
        return name, f"“{part}”"
    scope = re.match(r"全(?:国|省|市|州|县|区)", whole)
    if whole in _WHOLE_SCOPES:
        return f"{part}占{whole}比重", f"“{part}”与{whole}"
    whole_entry = lookup(whole[scope.end() :] if scope else whole, strict=True)
    if whole_entry is None:
        return None
    if part != whole_entry.name and _kind_of(part, whole_entry.name):
        return f"{part}占比", f"“{part}”与其总体“{whole_entry.name}”"
    if part == whole_entry.name:
        return (f"{part}占{scope.group()}比重", f"“{part}”与{scope.group()}") if scope else None
    return f"{part}占{whole_entry.name}比重", f"“{part}”与“{whole_entry.name}”"


def _kind_of(part: str, whole: str) -> bool:
    """新设民营经济市场主体 of 新设市场主体, 民营经济市场主体 of 市场主体: the whole's words in order, a kind's
    words among them."""
    rest = iter(part)
    return len(whole) >= 3 and all(ch in rest for ch in whole)


def _industry_measure(words: str) -> str | None:
    """The catalogue's name of a share's part: an indicator (工业品物流总额), or an industry the contribution is
    of (房地产业: its value added)."""
    entry = lookup(words, strict=True)
    if entry is not None:
        return entry.name
    entry = lookup(words + "增加值", strict=True)
    return entry.name if entry is not None else None


def dimension(unit: str) -> str | None:
    try:
        return get_unit(unit).dimension
    except Exception:
        return None


def fits(entry: VocabularyEntry, unit: str | None) -> bool:
    """The figure's unit is the indicator's kind of quantity (any currency for money; a growth said alone
    fits any indicator; a percentage only a rate)."""
    if unit is None:
        return True
    mine, theirs = dimension(unit), dimension(entry.unit)
    if mine is None or theirs is None:
        return False
    if mine == theirs:
        return True
    return mine.startswith("money") and theirs.startswith("money")
