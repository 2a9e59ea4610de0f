"""What a figure is filed under: the catalogue's name for what its sentence says (地区生产总值 for 全县地区生产总值
突破百亿元大关, 汽车制造业利润总额 for 汽车制造业 under 利润总额), else a name of its own that passes the name
grammar (a measure at its head, nothing of a clause at its edges), else none — the review then asks.

The stage runs last, over the article's figures in order (a paragraph's measure carries to the industries
listed after it). Each figure keeps the words it was read from (``Candidate.phrase``, what the review
learns from) and says where its name came from (``name_source``: ``catalogue`` or ``coined``).
"""

from __future__ import annotations

import bisect
import functools
import re

from ..periods import PERIOD_IN_TEXT as PERIOD
from ..units import get_unit
from ..vocabulary import VocabularyEntry, catalogue, lookup, name_key
from .candidate import Candidate
from .places import Places
from .text import Sentence, clause_start, fold, readable

#: How much of a figure's paragraph before it the naming reads (what the paragraph speaks of).
CONTEXT = 2000
#: The head of an indicator's name: what is measured (总值, 增加值, 额, 量, 数, 率, 指数 …).
MEASURE_HEAD = re.compile(
    r"(?:总值|增加值|产值|总额|余额|金额|额|总量|产量|销量|量|人数|人次|户数|个数|家数|数|率|比重|占比|比例|指数|价格|"
    r"收入|支出|利润|成本|费用|投资|资金|资产|负债|权益|存货|面积|规模|里程|容量|产能|出栏|存栏|人口|就业|税收|"
    r"贷款|存款|融资|保费|零售额|消费|出口|进口|进出口|电量|能耗|强度|密度|单产|均价|工资|补贴|奖励|剂次|台数|"
    r"预算|额度|补助|岗位|税金|收益|排名|位次)$"
)
#: What a name may not begin with: a conjunction, a preposition, a verb of the clause, a demonstrative.
_BAD_START = re.compile(
    r"^(?:而|且|就|和|与|及|的|了|是|为|由|从|将|已|还|并|但|也|又|都|才|要|把|被|让|使|该|此|这|那|"
    r"之|以|于|向|较|同比|环比|成功|增至|达到|达|共有|其中|其(?!他|余)|占)"
)
#: What a name may not end with, or hold: a particle, a verb of change, a clause's words.
_BAD_END = re.compile(
    r"(?:的|了|就|过|着|为|是|由|从|至|到|已|还|未|突破|迈上|增至|达|领|环|同比|年均|同口径|预计|大关|台阶|"
    r"增长|下降|上涨|回落|提高|降低|分别|实现|完成|累计|首次|成功)$"
)
_CLAUSE_WORDS = re.compile(
    r"还未|突破过|增至|迈上|大关|台阶|取得新|同比增长|增长为|连续[一二三四五六七八九十\d]"
)
_NOT_A_NAME_CHAR = re.compile(r"[\d.%％、，,；;：:（）()“”\"'·\s/\-—]")
#: A class's threshold inside a name is no stray figure: 10亿元以上项目数, 100亿级项目数.
_CLASS_THRESHOLD = re.compile(
    r"(?:超过|高于|低于)?\d+(?:\.\d+)?(?:(?:亿元|万元|亿美元|万吨|万平方米)?(?:以上|以下)|亿级|万级|%(?:以上|以下)?)"
)
#: Words before a name that say where or how much, not what (全县, 区属, 累计, 完成 …).
_SCOPE_BEFORE = re.compile(
    r"^(?:全国|全省|全市|全州|全县|全区|全镇|我省|我市|我县|我区|本省|本市|本县|本区|该省|该市|该县|该区|"
    r"该局|该行|该厅|该委|该公司|该集团|全社会的|"
    r"区属|县属|市属|累计|共计|完成|实现|发生|"
    r"预计|成功|新(?!能源|材料|型|兴|质|技术|基建|经济|业态|动能|产品|增长点)|当年|全年|同期|其中|此外|另外)+"
)
#: What may follow a catalogue name in a phrase and leave it that name: the clause goes on (突破百亿元大关).
_CLAUSE_TAIL = re.compile(
    r"^(?:迈上|突破|跨越|由|从|增至|达到|年均|连续|同口径|预计|领|环|同比|再创|首次|稳居|位居|居|排名|保持|实现|"
    r"完成|为|达|占|比|较|增长|下降|上涨|回落|提高|降低)"
)


#: The measures an industry or a kind of enterprise is reported with, as an article names them.
#: (data/industry_measures.csv: 增加值, 营业收入, 利润总额 (利润), 用电量 …; the longest word first)
@functools.cache
def _breakdown_measure() -> tuple[re.Pattern[str], dict[str, str]]:
    names = catalogue().measures
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))), names


#: N个工业大类行业有15个利润总额实现增长，1个持平，25个下降: the population, then each part's outcome.
_POPULATION = re.compile(
    r"(?:\d+|[一二三四五六七八九十百]+)(?:个|种|家|户)(?P<population>[\u4e00-\u9fff]{2,12}?)(?:中|里)?(?:，|,)?(?:有|共有)?$"
)
_OUTCOME = re.compile(
    r"^(?:个|种|家|户)?(?P<noun>行业|产品|企业)?(?P<measure>增加值|营业收入|利润总额|利润|产量)?"
    r"(?:同比)?(?:实现|保持|出现)?(?P<outcome>增长|下降|持平|盈利|亏损)"
)
_PRODUCTS = re.compile(r"产品|产量")
#: A paragraph that lists products' output growths (从主要工业产品产量看，…): a product alone is its output.
_OUTPUT_HEADING = re.compile(r"产品产量|产量看|产量中|产量方面")
#: A list of the parts of the figure before: 其中, 包括, 分别用于.
_BREAKDOWN_LIST = re.compile(r"其中|包括|分别用于|用于|主要有")
#: A growth's own word after what grew (鲜菜价格涨幅达10.3%): not part of the name.
_GROWTH_WORD_AFTER = re.compile(r"(?:同比)?(?:涨幅|降幅|增幅|增速|增长率|上涨|下降|增长)$")
#: A share said after a level, of it (…进出口1604.1亿元，占四川外贸进出口总值的51.8%): the level's share.
_SHARE_OF = re.compile(r"^占[^，,；;]{0,30}?(?:的|比重|总量|总额)?(?:比重)?(?:为|达到?|约为?)?$")
#: Words that qualify the subject said before (其中：城市上涨0.8%，农村上涨0.2%): 城市居民消费价格指数.
_QUALIFIERS = frozenset({"城市", "农村", "城镇", "乡村", "城乡"})
#: A phrase that only says the figure changed (由75亿元增至110亿元): the sentence's subject before.
_CHANGE_ONLY = re.compile(
    r"^(?:并|再|又|分别)?(?:增至|增加到|提高到|提高至|上升到|上升至|升至|达到|达|降至|下降到|减少到|突破|超过)?$"
)
_PHYSICAL = frozenset(
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
        "length",
        "head",
        "area",
        "chip",
        "liquid",
    }
)


def name_figures(results: list[Candidate], folded: str, sentences: list[Sentence]) -> None:
    """The name of every figure of the article, in order (a paragraph's measure carries forward)."""
    starts = [s.start for s in sentences]
    paragraph_starts: dict[int, int] = {}
    for s in sentences:
        paragraph_starts.setdefault(s.paragraph, s.start)
    measure: tuple[int, str] | None = None  # (paragraph, the last breakdown measure it named)
    last: tuple[int, int, str] | None = None  # (sentence, paragraph, the last figure's name)
    batch: str | None = None  # the projects the article counted last (集中开工重点项目 of …项目数)
    whole: str | None = None  # the projects it counted first: the batch its places' counts are of
    for c in results:
        if c.kind != "observation":
            continue
        if (
            batch
            and c.unit
            and c.unit.endswith("元")
            and (alone := _BATCH_MEASURE.fullmatch(c.indicator or ""))
        ):
            _batch_measure(c, batch, alone.group())
            at = bisect.bisect_right(starts, c.start) - 1
            last = (at, sentences[at].paragraph if at >= 0 else -1, c.indicator or "")
            continue
        at = bisect.bisect_right(starts, c.start) - 1
        sentence = sentences[at] if at >= 0 else None
        before = folded[sentence.start : c.start] if sentence else ""
        paragraph = sentence.paragraph if sentence else -1
        c.phrase = c.indicator
        measure_words, measure_name = _breakdown_measure()
        said = measure_words.findall(before)
        if said:
            measure = (paragraph, measure_name[said[-1]])
        previous = last[2] if last and last[1] == paragraph else None
        if _CHANGE_ONLY.match(c.indicator or "") and last is not None and last[0] == at:
            _set(c, last[2], lookup(last[2], strict=True), "未写名称（“增至”等）：本句前一数字的指标")
        elif _SHARE_OF.match(c.indicator or "") and c.unit == "%" and last is not None and last[0] == at:
            share = last[2] if last[2].endswith(("占比", "比重")) else last[2] + "占比"
            entry = lookup(share, strict=True)
            _set(c, entry.name if entry else share, entry, f"占比：本句前一数字“{last[2]}”所占的比重")
        elif (c.indicator or "") in _QUALIFIERS and previous and c.value is None:
            qualified = _qualified(c.indicator or "", previous)
            _set(
                c, qualified, lookup(qualified, strict=True), f"“{c.indicator}”：前文所说“{previous}”的一部分"
            )
        else:
            # its paragraph up to it — the last part only: a paragraph may be a whole text without breaks,
            # and copying it for each figure made long texts quadratic (3 M characters: 80 s)
            context = folded[max(paragraph_starts.get(paragraph, 0), c.start - CONTEXT) : c.start]
            name_figure(
                c, before, measure[1] if measure and measure[0] == paragraph else None, context, previous
            )
        if c.indicator and (found := measure_words.search(c.indicator)):
            measure = (paragraph, measure_name[found.group()])
        if (
            c.unit in ("个", "项")
            and c.value is not None
            and whole
            and not c.indicator
            and _place_only(c, before)
        ):
            # 从区域看：巴州区10个，总投资24.4亿元: a place's count of the projects the article counted
            # first (the whole, not the last kind listed of them)
            _set(c, whole + "数", lookup(whole + "数", strict=True), f"只写了地点和个数：前文所计的“{whole}”")
            batch = whole
        elif c.unit in ("个", "项") and c.value is not None:  # each count of projects says whose the next
            batch = _batch_of(c.indicator)  # measures are (none when its name is not a clean one)
            whole = whole or batch
        if c.indicator:
            last = (at, paragraph, c.indicator)


#: A measure said alone after a count of projects (…项目64个，总投资230亿元，2022年计划投资112.6亿元; 巴州区
#: 10个，总投资24.4亿元): the measure of those projects.
_BATCH_MEASURE = re.compile(
    r"(?:计划)?总投资(?:额)?|投资总额|(?:年度|年)?计划(?:完成)?投资|签约金额|签约总额|协议金额|合同金额"
)


def _place_only(c: Candidate, before: str) -> bool:
    """The figure's clause says only where (从区域看：巴州区10个, 巴中经开区6个)."""
    clause = re.split(r"[，,；;：:。]", before)[-1].strip()
    return bool(c.region and clause and len(clause) <= 6 and c.region.startswith(clause[:2]))


def _batch_of(name: str | None) -> str | None:
    """The projects a count names, for the measures said after it (集中开工重点项目 of 集中开工重点项目数),
    when it is a clean name of projects: not a class (投资额10亿元以上项目数), a clause (…包装了招商项目) or
    a place's (成都市开工项目: a place is the figure's, not the name's)."""
    if (
        name is None
        or not name.endswith("项目数")
        or len(name) <= 4
        or grammar_problem(name) is not None
        or _CLASS_THRESHOLD.search(name)
        or re.search(r"[了着过把被的]|推出|包装|更新|[\u4e00-\u9fff]{2}(?:市|县|区)(?!州)", name)
    ):
        return None
    return re.sub(
        r"^(?:当地|当日|当天|本次|此次|今年)", "", name[:-1]
    )  # (当地集中开工重大项目: the projects)


def _batch_measure(c: Candidate, batch: str, said: str) -> None:
    """总投资 of 集中开工重点项目 → 集中开工重点项目总投资; a year's plan → …年度计划投资."""
    if "计划" in said and "总投资" not in said:
        said = "年度计划投资"  # (计划投资, 计划完成投资 said of a year: the year's planned investment)
    elif "计划" not in said:
        said = "总投资"  # (投资总额, 签约金额, 协议金额: what the catalogue files as 签约项目总投资)
    name = batch + said
    entry = lookup(name, strict=True)
    _set(c, entry.name if entry else name, entry, f"只写了“{said}”：前文所计的“{batch}”的")
    c.phrase = c.phrase or c.indicator


def _qualified(qualifier: str, subject: str) -> str:
    """城市 of 居民消费价格指数: 城市居民消费价格指数; of 城镇居民人均可支配收入: 城市居民人均可支配收入."""
    for word in ("全体", "城镇", "农村", "城市", "乡村"):
        if subject.startswith(word):
            subject = subject[len(word) :]
            break
    return qualifier + subject


def name_figure(
    c: Candidate, before: str, measure: str | None, context: str, parent: str | None = None
) -> None:
    """One figure's name: a count of a population's parts, a breakdown with its measure, the catalogue's
    name for its phrase, a product's output, else its phrase when the grammar takes it. ``before``: its
    sentence up to it; ``context``: its paragraph up to it; ``parent``: the paragraph's figure before,
    whose measure a part listed after it takes (争取资金…，其中：教育发展14,072万元 → 教育发展资金)."""
    phrase = c.indicator or ""
    if c.value is None or c.unit == "%":
        phrase = _GROWTH_WORD_AFTER.sub("", phrase) or phrase  # 鲜菜价格涨幅达10.3%: 鲜菜价格
    counted = _counted_parts(c, before)
    if counted:
        _set(c, counted, None, "计数：总体中实现该结果的个数（如“利润总额下降的工业大类行业数”）")
        return
    bare = _SCOPE_BEFORE.sub("", phrase)
    if measure and bare in catalogue().breakdowns:
        entry = lookup(bare + measure)
        if entry is not None and _fits(entry, c.unit):
            _set(c, entry.name, entry, f"行业或类型＋本段所说的“{measure}”（指标目录）")
            return
    entry = catalogue_entry(phrase, c.unit)
    if entry is not None:
        _set(
            c,
            entry.name,
            entry,
            "指标目录：" + (f"“{phrase}”即“{entry.name}”" if phrase != entry.name else entry.name),
        )
        return
    coined = clean_name(phrase)
    if (
        coined
        and not MEASURE_HEAD.search(coined)
        and (
            (c.unit and _dimension(c.unit) in _PHYSICAL and _PRODUCTS.search(context))
            or (c.value is None and _OUTPUT_HEADING.search(context))
        )
    ):
        coined += (
            "产量"  # 分产品看…液晶显示屏6312.7万片; 从主要工业产品产量看，…发电设备增长51.6%: its output
        )
        entry = lookup(coined)
        if entry is not None and _fits(
            entry, c.unit
        ):  # (the catalogue's products: 汽车产量, 十种有色金属产量)
            _set(c, entry.name, entry, f"产品＋本段所说的“产量”（指标目录：{entry.name}）")
            return
    if (
        coined
        and not MEASURE_HEAD.search(coined)
        and parent
        and (head := MEASURE_HEAD.search(parent))
        and head.group() not in ("率", "比重", "占比", "比例")  # (a share before is no whole of parts)
    ):
        listed = re.search(r"(?:其中|包括|用于|主要有)[：:，,]?$|[、；;，,]$", before[: before.rfind(coined)])
        if listed and _BREAKDOWN_LIST.search(before) and grammar_problem(coined + head.group()) is None:
            _set(c, coined + head.group(), None, f"所列的一部分：取前文“{parent}”的“{head.group()}”")
            return
    if coined and _BALANCE.match(coined):
        coined += "余额"  # (the People's Bank reports loans and deposits by their balance)
    suffix = _COUNTED.get(_dimension(c.unit) or "") if c.unit else None
    if coined and not MEASURE_HEAD.search(coined) and c.value is not None and suffix:
        coined += suffix  # 参会嘉宾300余人: 参会嘉宾人数; 共建产业园区3个: 共建产业园区数
    if coined and (grammar_problem(coined) is None or _ranked(c, coined)):
        _set(c, coined, None, "新拟名称：数字前的词语（合乎指标名称的写法）")
        c.name_source = "coined"
        return
    c.indicator, c.name_source = None, None
    c.why["indicator"] = f"无法命名：“{phrase}”不像指标名称" if phrase else "无法命名：句中没有说是什么"


def _set(c: Candidate, name: str, entry: VocabularyEntry | None, why: str) -> None:
    c.indicator = name
    c.name_source = "catalogue" if entry is not None else "coined"
    earlier = c.why.get("indicator")  # (“分别”前列举的第2项: how the words were found, then what they name)
    c.why["indicator"] = f"{earlier}；{why}" if earlier and not earlier.startswith("数字") else why


def catalogue_entry(phrase: str, unit: str | None) -> VocabularyEntry | None:
    """The catalogue's indicator a phrase names, when the figure's unit fits it: by name or wording
    (scope words and places before it, verbs around it left out), inside a phrase whose clause goes on
    (全县地区生产总值突破百亿元大关), or without a Latin abbreviation (居民消费价格CPI)."""
    if not phrase:
        return None
    for text in dict.fromkeys((phrase, _SCOPE_BEFORE.sub("", phrase), re.sub(r"[A-Za-z]+", "", phrase))):
        entry = lookup(text) if text else None
        if entry is not None and _fits(entry, unit):
            return entry
    key = name_key(_SCOPE_BEFORE.sub("", phrase))
    if MEASURE_HEAD.search(
        key
    ):  # 财政收入增长稳中趋缓民生保障支出: what ends the phrase is what the figure is
        return None
    for length in range(len(key) - 1, 3, -1):  # the longest name inside, then shorter
        for start in range(0, len(key) - length + 1):
            tail = key[start + length :]
            if start > 0 or not tail or not _CLAUSE_TAIL.match(tail):
                continue
            entry = lookup(key[:length], strict=True)
            if entry is not None and _fits(entry, unit):
                return entry
    return None


def clean_name(phrase: str | None) -> str | None:
    """A phrase as a name: without the scope before it (全县, 累计, 完成) and its quotes or brackets."""
    if not phrase:
        return None
    text = PERIOD.sub("", phrase.lstrip("，,、；;：: "))  # (11月采矿业增加值: the period is the figure's)
    text = re.sub(r"^\d{1,2}月份?", "", text)
    text = re.sub(r"[（(][^（）()]{1,8}[）)]$", "", text)  # 移动通信手持机（手机）: the name, not its alias
    text = re.sub(r"[“”\"'（）()《》]", "", _SCOPE_BEFORE.sub("", text))
    text = _TRAILING_CLAUSE_WORD.sub("", text)  # 牧业产值由（一季度增长0.2%）: 牧业产值
    return text or None


#: Words of the clause that may follow a name before its figure (由, 从, 为, 达 …): not part of it.
_TRAILING_CLAUSE_WORD = re.compile(r"(?:由|从|为|是|达到|达|实现|完成|共计|共|累计|约|近|超过|超|逾)+$")
#: A bank's loans or deposits of a kind, reported by their balance (科技型中小企业贷款增长29.2%).
_BALANCE = re.compile(r"^(?!新增).*(?:贷款|存款)$")


def grammar_problem(name: str) -> str | None:
    """Why a coined name is no indicator's name, or None: a measure at its head; no digits, punctuation,
    clause words, or a particle, conjunction or verb at its edges; 2 to 20 characters."""
    if not 2 <= len(name) <= 20:
        return "长度不合"
    bare = _CLASS_THRESHOLD.sub("", name)
    if _NOT_A_NAME_CHAR.search(bare) or (re.search(r"[A-Za-z]", bare) and not bare.isascii()):
        return "含数字或标点"
    if _BAD_START.match(name) or _BAD_END.search(name) or _CLAUSE_WORDS.search(name):
        return "首尾是虚词或动词，像半个句子"
    if not MEASURE_HEAD.search(name):
        return "没有说量的是什么（总值、增加值、额、量、数、率、指数…）"
    return None


def _counted_parts(c: Candidate, before: str) -> str | None:
    """41个工业大类行业有15个利润总额实现增长，1个持平，25个下降: 利润总额增长的工业大类行业数 …"""
    if c.unit not in ("个", "种", "家", "户") or c.value is None or not c.quote:
        return None
    head = before
    population = None
    for m in re.finditer(
        r"(?:\d+|[一二三四五六七八九十百]+)(?:个|种|家|户)([\u4e00-\u9fff]{2,12}?)(?:中|里)?(?:，|,)?(?:有|共有)",
        head,
    ):
        population = m.group(1)
    after = c.quote[c.end - c.quote_start :] if c.quote_start <= c.end <= c.quote_end else ""
    outcome = _OUTCOME.match(after)
    if outcome is None:
        return None
    population = population or outcome.group("noun")  # 分行业看，21个行业增加值同比增长: 行业
    if population is None:
        return None
    measure = outcome.group("measure")
    if measure is None:
        measure_words, _names = _breakdown_measure()
        earlier = measure_words.findall(head[max(head.rfind(population), 0) :])
        measure = earlier[-1] if earlier else ""
    measure = _breakdown_measure()[1].get(measure, measure)
    if population.startswith("大类行业"):
        population = "工业" + population  # 41个大类行业中: the bureau's 工业大类行业
    return f"{measure}{outcome.group('outcome')}的{population}数"


#: Counts (by the unit's kind of quantity) and what their name ends with: 个数 → 数, people → 人数.
_COUNTED = {
    "item": "数",
    "enterprise": "数",
    "household": "数",
    "project": "数",
    "building": "数",
    "institution": "数",
    "line": "数",
    "person": "人数",
}


def _ranked(c: Candidate, name: str) -> bool:
    """What a rank said alone ranks needs no measure (县域经济考核), only to be no fragment."""
    return c.rank is not None and c.value is None and grammar_problem(name + "排名") is None


def _dimension(unit: str) -> str | None:
    try:
        return get_unit(unit).dimension
    except Exception:
        return None


def _fits(entry: VocabularyEntry, unit: str | None) -> bool:
    """The figure's unit is the indicator's kind of quantity (any currency for money; a growth said alone
    fits any indicator; a percentage only a rate)."""
    if unit is None:
        return True
    mine, theirs = _dimension(unit), _dimension(entry.unit)
    if mine is None or theirs is None:
        return False
    if mine == theirs:
        return True
    return mine.startswith("money") and theirs.startswith("money")


#: A growth's verb before its number (同比下降3.6%): not part of what the figure is said of.
_GROWTH_VERB_BEFORE = re.compile(
    r"(?:同比|比上年|较上年|环比)?(?:增长|下降|上涨|回落|增加|减少|提高|降低|下滑|增速为|涨幅为|降幅为|增幅为|实现)?了?$"
)
_SCOPE = re.compile(
    r"全(?:省|市|州|县|区|国)|我(?:省|市|州|县|区)"
)  # whose figure: the place's, as places are
_CLAUSE_END = re.compile(r"[，,；;。：:、！？]")


def context_key(quote: str, start: int, end: int, places: Places | None = None) -> str | None:
    """How a sentence frames a figure, the same for every release of a series: the words of its clause
    before it and the few after it, without periods, places, figures and punctuation
    (1-10月，41个工业大类行业有15个利润总额实现增长 → 个工业大类行业有|利润总额实现增长). ``start``/``end``: the
    figure in ``quote``. None when the frame says too little to tell one series from another."""
    text, index = readable(fold(quote))
    if index is not None:
        start, end = bisect.bisect_left(index, start), bisect.bisect_left(index, end)
    if not 0 <= start < end <= len(text):
        return None
    left = text[clause_start(text, start) : start]
    after = _CLAUSE_END.search(text, end)
    right = text[end : after.start() if after else len(text)]

    def words(part: str) -> str:  # runs of words apart where something was left out (as the index has them)
        part = _SCOPE.sub(" ", PERIOD.sub(" ", part))
        if places is not None and places.pattern is not None:
            part = places.pattern.sub(" ", part)
        return " ".join(re.findall(r"[\u4e00-\u9fff]+", part))

    before = _GROWTH_VERB_BEFORE.sub("", words(left))[-12:].strip()
    following = words(right)[:8].strip()
    said = len(before.replace(" ", "")) + len(following.replace(" ", ""))
    return f"{before}|{following}" if said >= 2 else None
