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
from ..vocabulary import VocabularyEntry, catalogue, lookup, name_key, standard_share
from .candidate import Candidate
from .naming_acts import completed_by_the_paragraph, named_by_what_was_done_or_made, output_said
from .naming_grammar import (
    BALANCE,
    CLAUSE_TAIL,
    MEASURE_HEAD,
    NO_MEASURE,
    PER_UNIT_SAID,
    SCOPE_BEFORE,
    TRAILING_CLAUSE_WORD,
    clean_name,
    dimension,
    fits,
    grammar_problem,
    set_name,
    turned,
)
from .naming_periods import period_by_measure, share_of_a_stock, the_base_of
from .naming_subjects import (
    named_by_its_site,
    of_a_place_listed,
    of_another_place,
    part_of_the_subject_before,
    share_of_the_clause_subject,
    share_said,
    site_of_the_sentence,
    the_system_said,
)
from .naming_walk import EVENT_WORD, Walk, target_name
from .places import Places
from .text import Sentence, clause_start, fold, readable

__all__ = ["MEASURE_HEAD", "catalogue_entry", "clean_name", "context_key", "grammar_problem", "name_figures"]

#: How much of a figure's paragraph before it the naming reads (what the paragraph speaks of).
CONTEXT = 2000


#: The measures an industry or a kind of enterprise is reported with, as an article names them.
#: (data/industry_measures.csv: 增加值, 营业收入, 利润总额 (利润), 用电量 …; the longest word first)
@functools.cache
def _breakdown_measure() -> tuple[re.Pattern[str], dict[str, str]]:
    names = catalogue().measures
    # (not inside a kind's name: 外商及港澳台商投资企业 is no 投资 said)
    return re.compile(
        "(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + ")(?!企业|项目|者)"
    ), names


#: N个工业大类行业有15个利润总额实现增长，1个持平，25个下降: the population, then each part's outcome.
_POPULATION = re.compile(
    r"(?:\d+|[一二三四五六七八九十百]+)(?:个|种|家|户)(?P<population>[\u4e00-\u9fff]{2,12}?)(?:中|里)?(?:，|,)?(?:有|共有)?$"
)
_OUTCOME = re.compile(
    r"^(?:个|种|家|户)?(?P<noun>行业|产品|企业)?(?:累计)?(?P<measure>增加值|营业收入|利润总额|利润|产量)?"
    r"(?:同比)?(?:实现|保持|出现|呈)?(?:同比)?(?P<outcome>增长|下降|持平|盈利|亏损)"
)
#: A paragraph that breaks the measure said before down (从主导产业看，…; 分轻重工业看，…): its parts take it.
_BREAKDOWN_OPENING = re.compile(r"[从按分][^，,。；;：:]{1,10}?(?:来看|看)[，,：:]")
#: An industry or a kind of them, as a part of a breakdown (通用航空产业, 汽车制造业, 规模以上主导产业).
_INDUSTRY = re.compile(r"[\u4e00-\u9fff、]{1,14}(?:产业|行业|工业|(?<![企就作专毕创事物商])业)")


def _counted_suffix(c: Candidate, coined: str | None) -> str | None:
    """What a count's name ends with by its unit (人数, 数, 企业数)."""
    suffix = _COUNTED.get(dimension(c.unit) or "") if c.unit and c.unit != "米" else None  # (海拔600米)
    if suffix == "人数" and coined and coined.endswith("人员"):
        suffix = "数"  # 猕猴桃从业人员22万人: 猕猴桃从业人员数
    if (
        suffix == "数"
        and dimension(c.unit or "") == "enterprise"
        and coined
        and _AN_INDUSTRY.search(coined)
        and not coined.endswith("企业")
    ):
        suffix = "企业数"  # 造纸业2559家: 造纸业企业数 (an industry counted by its enterprises)
    return suffix


_AN_INDUSTRY = re.compile(r"(?:制造业|加工业|行业|产业|(?<![企就作专毕创事物商])业)$")


def _breaks_down(folded: str, paragraph_start: int | None) -> bool:
    return paragraph_start is not None and _BREAKDOWN_OPENING.match(folded, paragraph_start) is not None


#: A list of the parts of the figure before: 其中, 包括, 分别用于.
_BREAKDOWN_LIST = re.compile(r"其中|包括|分别用于|用于|主要有")
#: A growth's own word after what grew (鲜菜价格涨幅达10.3%): not part of the name.
_GROWTH_WORD_AFTER = re.compile(r"(?:同比)?(?:涨幅|降幅|增幅|增速|增长率|上涨|下降|增长)$")


def name_figures(results: list[Candidate], folded: str, sentences: list[Sentence]) -> None:
    """The name of every figure of the article, in order (a paragraph's measure carries forward; the
    figures before name some: ``naming_walk``)."""
    starts = [s.start for s in sentences]
    paragraph_starts: dict[int, int] = {}
    for s in sentences:
        paragraph_starts.setdefault(s.paragraph, s.start)
    measure: tuple[int, str] | None = None  # (paragraph, the last breakdown measure it named)
    event = EVENT_WORD.search(folded, 0, 400)  # (the article's event, as its head and lead say it)
    walk = Walk(event=event.group() if event else None)
    measure_words, measure_name = _breakdown_measure()
    level_before: Candidate | None = None
    for c in results:
        if c.kind != "observation":
            continue
        at = bisect.bisect_right(starts, c.start) - 1
        sentence = sentences[at] if at >= 0 else None
        before = folded[sentence.start : c.start] if sentence else ""
        paragraph = sentence.paragraph if sentence else -1
        c.indicator = the_system_said(
            c.indicator, folded, c.start
        )  # (全系统销售额: the system said before's)
        c.phrase = c.indicator
        said = measure_words.findall(before)
        if said:
            measure = (paragraph, measure_name[said[-1]])
        goes_on = (  # (…支出273.3亿元；占一般公共预算支出的2.44%: the figure right before, across the semicolon)
            sentence is not None
            and sentence.start > 0
            and folded[sentence.start - 1] in "；;"
            and level_before is not None
            and level_before.value is not None  # (a level: no growth said alone, 降幅(-5.5%))
            and level_before.start < sentence.start
            and walk.last is not None
            and level_before.indicator == walk.last[2]
        )
        own_words = not walk.before_naming(c, at, paragraph, goes_on)
        if own_words and the_base_of(c, level_before, before, sentence):
            own_words = False  # 比2005年69.7万亩: the level compared, named as it
        if own_words:
            # its paragraph up to it — the last part only: a paragraph may be a whole text without breaks,
            # and copying it for each figure made long texts quadratic (3 M characters: 80 s)
            context = folded[max(paragraph_starts.get(paragraph, 0), c.start - CONTEXT) : c.start]
            paragraph_measure = (
                measure[1]
                if measure
                and (measure[0] == paragraph or _breaks_down(folded, paragraph_starts.get(paragraph)))
                else None
            )
            name_figure(c, before, paragraph_measure, context, walk.previous(paragraph))
            if c.indicator is None and c.value is None:
                _subject_of_the_clause_before(c, before)  # 上涨较为明显的是水产品价格，上涨17.7%
            if c.indicator is None and c.unit == "%" and c.value is not None:
                share_of_the_clause_subject(c, before)  # 生产性服务业加快提速，占服务业比重提升到39.3%
            if c.indicator is None and c.value is None and (previous := walk.previous(paragraph)):
                of_a_place_listed(c, before, previous)  # …浓度为54.6…。其中，成都平原地区同比下降10.9%
            elif walk.last and walk.last[3] != c.region and c.name_source == "coined":
                of_another_place(c)  # 重点城市PM2.5平均浓度…。其中，成都平原地区同比下降…: the region's own
            if c.indicator is None:  # 从增速看，凉山以8.1%的增速领跑: the measure the text spoke of before
                _named_before(c, folded[max(0, c.start - SPOKEN_OF) : c.start])
            if c.indicator is None and walk.article_economy and "总量" in before:
                # 从总量上看…排名前三的城市为成都(7386.79亿元): the total of the economy the article is about
                total = walk.article_economy + "增加值"
                set_name(
                    c,
                    total,
                    lookup(total, strict=True),
                    f"{FROM_BEFORE}：本文所说“{walk.article_economy}”的总量",
                )
        since_stop = folded[folded.rfind("。", 0, c.start) + 1 : c.start]  # (clauses after a ； go on)
        walk.after_naming(c, at, paragraph, before, own_words, since_stop)
        if c.indicator and (found := measure_words.search(c.indicator)):
            measure = (paragraph, measure_name[found.group()])
        period_by_measure(c)
        share_of_a_stock(c, level_before)
        level_before = c


#: What a place makes a year, said as a verb and its product (年产猕猴桃鲜果, 产猕猴桃): the product's output.


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
        entry = lookup(counted, strict=True)  # (the bureau's own counts are in the catalogue)
        set_name(c, counted, entry, "计数：总体中实现该结果的个数（如“利润总额下降的工业大类行业数”）")
        return
    if measure and _part_with_its_measure(c, SCOPE_BEFORE.sub("", phrase), measure):
        return
    if part_of_the_subject_before(c, before, parent):  # 花卉产值…，其中出口额…: 花卉出口额
        return
    entry = catalogue_entry(phrase, c.unit)
    if entry is not None and site_of_the_sentence(before, phrase, c, entry):
        return
    if entry is not None:
        set_name(
            c,
            entry.name,
            entry,
            "指标目录：" + (f"“{phrase}”即“{entry.name}”" if phrase != entry.name else entry.name),
        )
        return
    if target_name(c, phrase, parent):
        return
    coined = clean_name(phrase)
    coined = share_said(c, phrase) or coined
    output = bool(coined) and not MEASURE_HEAD.search(coined or "") and output_said(c, context)
    if coined and named_by_what_was_done_or_made(c, coined, context, output):
        return
    if coined and output:
        coined += "产量"  # (the catalogue's name was not found: a coined output)
    if (
        coined
        and not MEASURE_HEAD.search(coined)
        and parent
        and (head := MEASURE_HEAD.search(parent))
        and head.group() not in ("率", "比重", "占比", "比例")  # (a share before is no whole of parts)
        and head.group().endswith("数") == (dimension(c.unit or "") in _COUNT_DIMENSIONS)  # (12个: no 产值)
    ):
        listed = re.search(r"(?:其中|包括|用于|主要有)[：:，,]?$|[、；;，,]$", before[: before.rfind(coined)])
        said = head.group()
        joined = next(  # (整机企业 + 企业数: 整机企业数, the words they share said once)
            (coined + said[k:] for k in range(len(said) - 1, 1, -1) if coined.endswith(said[:k])),
            coined + said,
        )
        if listed and _BREAKDOWN_LIST.search(before) and grammar_problem(joined) is None:
            set_name(c, joined, None, f"所列的一部分：取前文“{parent}”的“{said}”")
            return
    if coined and named_by_its_site(c, coined):
        return
    if coined and BALANCE.match(coined):
        coined += "余额"  # (the People's Bank reports loans and deposits by their balance)
    suffix = _counted_suffix(c, coined)
    if coined and c.value is not None and suffix and _measured_by_unit(coined):
        coined = turned(coined + suffix)  # 参会嘉宾300余人: 参会嘉宾人数; 共建产业园区3个: 共建产业园区数
    coined = (standard_share(coined) or coined) if coined else coined  # (制造业增加值占GDP比重)
    if coined and (completed := completed_by_the_paragraph(coined, c.unit, context)):
        set_name(c, completed.name, completed, f"“{coined}”是本段前文所说的“{completed.name}”（指标目录）")
        return
    share = re.fullmatch(r"(.{2,4}?)占(.+)比重", coined or "")
    if share and (part := completed_by_the_paragraph(share.group(1), None, context)):
        coined = f"{part.name}占{share.group(2)}比重"  # 总产量占全国的21.7% after 油菜…: 油菜籽产量占全国比重
    if coined and (grammar_problem(coined) is None or _ranked(c, coined)):
        set_name(c, coined, None, "新拟名称：数字前的词语（合乎指标名称的写法）")
        return
    c.indicator, c.name_source = None, None
    c.why["indicator"] = f"无法命名：“{phrase}”不像指标名称" if phrase else "无法命名：句中没有说是什么"


def _part_with_its_measure(c: Candidate, bare: str, measure: str) -> bool:
    """A part of a breakdown named with the measure its paragraph said (分行业看，汽车制造业增长97.1% under
    利润总额: 汽车制造业利润总额; 行业增长面 under 利润总额). True when named."""
    if measure == "利润总额" and bare.endswith("增长面") and "利润" not in bare:
        entry = lookup(
            "工业行业利润增长面", strict=True
        )  # 41个大类行业有15个利润总额实现增长…，行业增长面为36.6%
        if entry is not None:
            set_name(c, entry.name, entry, "增长面＋本段所说的“利润总额”（指标目录）")
            return True
    if bare in catalogue().breakdowns:
        entry = lookup(bare + measure)
        if entry is not None and fits(entry, c.unit):
            set_name(c, entry.name, entry, f"行业或类型＋本段所说的“{measure}”（指标目录）")
            return True
    bare = re.sub(r"^除", "", bare)  # 除电子信息产业增长9.5%外: that industry
    if (
        _INDUSTRY.fullmatch(bare)
        and (c.value is None or c.unit in ("亿元", "万元"))
        and grammar_problem(bare + measure) is None
    ):  # 从主导产业看，…其中，通用航空产业增长20.4%: an industry the catalogue does not list, with its measure
        set_name(c, bare + measure, lookup(bare + measure, strict=True), f"行业＋本段所说的“{measure}”")
        return True
    return False


#: A clause that only says who a growth after it is of (上涨较为明显的是水产品价格，; 下降趋势明显的还有食用动物油，;
#: 水产品价格环比仍呈上涨趋势，): its subject.
_SUBJECT_BEFORE = re.compile(
    r"(?:的是|的还有)(?P<a>[\u4e00-\u9fff]{2,10})[，,]$"
    r"|^(?P<b>[\u4e00-\u9fff]{2,10}?)(?:环比|同比)?(?:仍|继续|也)?呈(?:上涨|下降|下跌|增长)(?:趋势|态势)[，,]$"
)


def _subject_of_the_clause_before(c: Candidate, before: str) -> None:
    """A growth whose own clause names nothing (上涨17.7%, 降幅为28.2%) is of the subject the clause before
    it names alone — the catalogue's indicator, or its price in a price release (食用动物油 → 食用动物油价格)."""
    clauses = re.split(r"(?<=[，,；;])", before)
    if len(clauses) < 2 or re.search(
        r"[\u4e00-\u9fff]{3}", re.sub(r"降幅|涨幅|跌幅|增幅|增速|为|达", "", clauses[-1])
    ):
        return
    m = _SUBJECT_BEFORE.search(clauses[-2])
    subject = (m.group("a") or m.group("b")) if m else None
    if not subject:
        return
    for words in (subject, subject + "价格"):
        entry = catalogue_entry(words, c.unit)
        if entry is not None:
            c.why.pop("indicator", None)
            set_name(c, entry.name, entry, f"前一分句所说的“{subject}”（指标目录：{entry.name}）")
            return


#: How far back a figure that names nothing looks for the measure the text spoke of (a paragraph or two).
SPOKEN_OF = 400
#: Where an article says what it compares (…地区生产总值增速跑赢全省, 市州GDP总量排名…): its measure.
_SPOKEN_MEASURE = re.compile(r"([A-Za-z\u4e00-\u9fff]{2,16}?)(?:同比)?(?:增速|增幅|总量|规模(?!以上|以下))")
#: The words ``name_figures`` marks a name taken from the text before with (the review: to check).
FROM_BEFORE = "前文所说的指标"


def _named_before(c: Candidate, before: str) -> None:
    """成都以5930.3亿元的成绩遥遥领先 under 一季度数据中，市州GDP总量排名变化不大: the last catalogue measure
    the text spoke of (its whole-word end: 市州GDP → GDP → 地区生产总值), when the figure's unit fits it."""
    for m in reversed(list(_SPOKEN_MEASURE.finditer(before))):
        words = m.group(1)
        for k in range(len(words) - 1):
            entry = lookup(words[k:], strict=True)
            if entry is not None and fits(entry, c.unit):
                set_name(c, entry.name, entry, f"{FROM_BEFORE}：“{words[k:]}”（指标目录：{entry.name}）")
                return


def catalogue_entry(phrase: str, unit: str | None) -> VocabularyEntry | None:
    """The catalogue's indicator a phrase names, when the figure's unit fits it: by name or wording
    (scope words and places before it, verbs around it left out), inside a phrase whose clause goes on
    (全县地区生产总值突破百亿元大关), or without a Latin abbreviation (居民消费价格CPI)."""
    if not phrase:
        return None
    forms = (
        phrase,
        SCOPE_BEFORE.sub("", phrase),
        re.sub(r"[A-Za-z]+", "", phrase),
        TRAILING_CLAUSE_WORD.sub("", phrase),
        phrase.replace(
            "、", ""
        ),  # (图书馆、文化馆、博物馆接待群众: the catalogue's name writes the sites together)
        re.sub(r"(?<=[\u4e00-\u9fff]{2})规模$", "", phrase),  # 农民工务工就业规模: its scale, the indicator
        phrase.replace("的比重", "比重"),  # 税收收入占一般预算收入的比重: the catalogue writes it without 的
        PER_UNIT_SAID.sub("", phrase),  # PM2.5均值为每立方米(24.9微克)
        standard_share(phrase),  # 第三产业增加值占GDP比重: its part and whole by the catalogue's names
    )
    for text in dict.fromkeys(forms):
        entry = lookup(text) if text else None
        if entry is not None and fits(entry, unit):
            return entry
    key = name_key(SCOPE_BEFORE.sub("", phrase))
    if MEASURE_HEAD.search(
        key
    ):  # 财政收入增长稳中趋缓民生保障支出: what ends the phrase is what the figure is
        return None
    for length in range(len(key) - 1, 3, -1):  # the longest name inside, then shorter
        for start in range(0, len(key) - length + 1):
            tail = key[start + length :]
            if start > 0 or not tail or not CLAUSE_TAIL.match(tail):
                continue
            entry = lookup(key[:length], strict=True)
            if entry is not None and fits(entry, unit):
                return entry
    return None


def _counted_parts(c: Candidate, before: str) -> str | None:
    """41个工业大类行业有15个利润总额实现增长，1个持平，25个下降: 利润总额增长的工业大类行业数 …"""
    if c.unit not in ("个", "种", "家", "户") or c.value is None or not c.quote:
        return None
    head = before
    population = None
    for m in re.finditer(
        r"(?:\d+|[一二三四五六七八九十百]+)(?:个|种|家|户)([\u4e00-\u9fff]{2,12}?)"
        r"(?:(?:中|里)[，,]?(?:有|共有)?|[，,]?(?:有|共有))",
        head,
    ):
        population = m.group(1)
    after = fold(c.quote[c.end - c.quote_start :]) if c.quote_start <= c.end <= c.quote_end else ""
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
    if population.startswith(("大类行业", "行业大类")):
        population = "工业大类行业"  # 41个大类行业中, 31个行业大类中: the bureau's 工业大类行业
    return f"{measure}{outcome.group('outcome')}的{population}数"


#: Counts and extents (by the unit's kind of quantity) and what their name ends with: 个数 → 数, people → 人数,
#: land → 面积, roads → 里程.
_COUNTED = {
    "item": "数",
    "enterprise": "数",
    "household": "数",
    "project": "数",
    "building": "数",
    "block": "数",  # 116幢房屋: 房屋幢数 (the counted noun's), 纳入改造的楼栋数
    "unit_machine": "数",  # 加装电梯104部: 加装电梯数
    "machine": "数",  # 补贴机具51.5万余台(套): 补贴机具数
    "set": "套数",  # 筹集保障性租赁住房10万套: 筹集保障性租赁住房套数
    "incident": "起数",  # 发生生产安全事故592起: 生产安全事故起数
    "institution": "数",
    "line": "数",
    "site": "数",
    "person": "人数",
    "head": "数量",  # 野生大熊猫1387只: 野生大熊猫数量
    "vehicle": "数量",
    "area": "面积",  # 全市共有果园86.2万亩: 果园面积
    "length": "里程",  # 新开工高速公路86公里: 新开工高速公路里程
}


def _measured_by_unit(coined: str) -> bool:
    """Whether a phrase is a thing the unit measures (果园, 会展场馆): a name but for its measure, with
    nothing of a clause at its edges (则以, 总里程就已, 全长)."""
    if coined.endswith(("长", "高", "宽", "深")):
        return False
    return grammar_problem(coined) == NO_MEASURE


#: The kinds of quantity a count measures (个, 家, 户, 人 …): a part of a count is counted, of money it is not.
_COUNT_DIMENSIONS = frozenset(k for k, v in _COUNTED.items() if v.endswith("数"))


def _ranked(c: Candidate, name: str) -> bool:
    """What a rank said alone ranks needs no measure (县域经济考核), only to be no fragment."""
    return c.rank is not None and c.value is None and grammar_problem(name + "排名") is None


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
