"""What is no fact of its own among a sentence's numbers (``figures`` asks): a change (增加1.3亿元), a
capacity (年产10万吨), a class of what is counted (投资10亿元以上的项目39个), a count of the country's divisions
(全省21个市州), a milestone several places share, a length of time, a page's hits, a policy's rate."""

from __future__ import annotations

import re
from typing import Any

from ..errors import ValidationError
from ..units import get_unit
from .kinds import PLACES_COUNTED
from .places import EXAMPLE_ITEM_AFTER
from .text import clause_start

# Numbers that are no facts of their own, by what comes just before or after them:
_NOT_FACT_BEFORE = re.compile(
    r"(?:增加|减少|增长|下降|上涨|下跌|上升|回升|回落|高出|多出|增量(?:超过|达)?|提高|降低|多增|少增|多减|少减|净增|净减|增产|减产|增收|减收|多产|少产)了?$"  # a change:
    # 较年初增加1336亿元, 同比多增1209.08亿元
    r"|[比较][^，。；,;\d]{1,8}[高低多少]了?$"  # 比上届高1亿元: a change too
    # 比上制糖期同期多产糖25.15万吨, 减亏接近10亿元: more made than before, a loss cut — changes
    r"|[比较][^，。；,;\d]{1,12}[多少](?:产|销|收)[\u4e00-\u9fff]{0,2}$|减亏(?:了|接|约)?$"
    # 比2005年69.7万亩扩大28.3万亩, 在去年…的基础上扩种8万亩: grown by, against a base (not 扩种100多万亩油菜)
    r"|(?:[比较]\d{4}年[^，。；,;]{0,12}|基础上)(?:扩大|缩小|扩种)了?$"
    r"|(?:高于|低于|多于|少于|超出)[\u4e00-\u9fff]{2,24}$"  # 超出深圳机场80.4万人次: a difference
    r"|(?:点击|浏览|阅读|访问)(?:次数|量)?[:：]?$"  # a page's hits
    r"|(?:差距|相差|差额|差)(?:约|仅|只有|为|达)?$"  # 两者差距不到60亿元: a difference
    r"|≈$|算出[:：]?[^，。；,;\d]{0,12}$"  # 根据数据算出：人均消费≈635元: the writer's arithmetic
    # 减少144起、118人, 增加6起、7人: a change's figures listed after its first
    # (分别下降0.81点和1.07点: an index's changes in points, the second after 和)
    r"|(?:增加|减少|多出|净增|净减|增产|减产|上升|下降)了?(?:[\d.]+[万亿千百]?[\u4e00-\u9fff]{1,3}[、和])+$"
    # 分别与2021年同期相比:688.45亿元、21.56亿元、-8.7亿元: the changes compared with a year, listed
    r"|(?:相比|相较|对比)[:：](?:[-−－]?[\d.]+[^，。；,;\d、]{0,4}、)*[-−－]?$"
)
#: 已联接境内14个城市、境外23个城市, 可通达欧洲15个国家49个城市, 覆盖欧亚130余个城市: how far a network
#: reaches — a level, not a class of cities.
_REACHES_BEFORE = re.compile(
    r"(?:联接|连接|通达|覆盖|辐射|通往|联通|直达|通航)(?:[^，,。；;\d]{0,6}[\d.]+余?个[\u4e00-\u9fff]{1,3}、?)*"
    r"[^，,。；;\d]{0,6}$"
)
#: 海运…到欧洲需2个月, 运输时间缩短至8天: how long something takes, no fact.
_TAKES_BEFORE = re.compile(r"(?:需|需要|只需|仅需|耗时|用时|缩短至|缩短到|缩短为|缩短了)(?:约|仅|只)?$")
_DURATION_UNITS = ("个月", "天", "日", "小时", "周", "年", "分钟")
#: 分布最多的三个行业, 三个主要火车站: which ones are spoken of, in words — no count.
_WHICH_ONES_BEFORE = re.compile(r"(?:最多|最高|最大|最快|最少|最低)的$")

#: A capacity: 年产1400万米, 设计年吞吐旅客 (not 年产量, nor 全年产销…: a year's output).
_CAPACITY_BEFORE = re.compile(
    r"(?<![全当今去上本])年(?:产|加工|屠宰|吞吐|处理|生产)(?!值|量|销)[^，。；,;\d]{0,20}$"
    r"|年产(?!值)[^，。；,;]{0,40}[（(][^）)]*$"  # 年产6万吨…(有机肥1万吨、生物有机肥5万吨)
    # 竹浆产能达到100万吨, 造纸能力达到20万吨, 加工能力分别达到50万吨: what can be made, no output
    r"|(?:产能|生产能力|加工能力|处理能力|造纸能力)(?:分别)?(?:达到|达|为|约|超过)?"
    r"(?:[\d.]+[^，。；,;\d、和及]{0,4}[、和及])*$"  # (…分别达到50万吨和20万套: the second too)
    r"|能力(?:分别)?(?:达到|达|为|超过)(?:[\d.]+[^，。；,;\d、和及]{0,4}[、和及])*$"  # (not 具有组展能力的企业51家)
)
#: …，年产猕猴桃鲜果12万吨，: but a clause that begins with 年产 and ends with its figure tells what a place
#: yields a year (an output), not what a plant can make (年产10万吨…生产线, 项目建成后年产…).
_YEARS_OUTPUT = re.compile(r"(?:^|[，,；;])年产(?!能|值|量|销)[^，。；,;\d]{1,12}$")
_CLAUSE_ENDS = re.compile(r"[，,；;。]|$")

#: What a bound (以上, 以下) is the class of, counted after it (…示范园125个): no fact of its own.
_CLASS_COUNTED_AFTER = re.compile(r"的?[\u4e00-\u9fff]{1,14}?\d+(?:\.\d+)?(?:个|家|户|座|处|所|项)")
_BELOW_OR_ABOVE = re.compile(r"(?:小于|大于|低于|高于|不足|不低于|不超过|不少于)$")

_THRESHOLD_AFTER = re.compile(  # a class of what is counted: 10亿元以上项目117个, 利润在10至20亿元的企业9家
    r"的?(?:签约|重大|工业|产业)?(?:项目|企业)(?:有|共|达)?\d|的(?:有|共|达)\d"
)

_THRESHOLD_ABOVE = re.compile(r"的?[“”\"\u4e00-\u9fff]{0,6}?(?:项目|企业)")  # 百亿元以上“巨无霸”项目占比高

_COUNTED_BEFORE = re.compile(
    r"\d+(?:个|户|家)[\u4e00-\u9fff]{0,4}企业[\u4e00-\u9fff]{0,6}$"
    rf"|{PLACES_COUNTED}[\u4e00-\u9fff]{{0,12}}$"
)  # 8家企业收入超过500亿元, 共有7个市州一季度地区生产总值超过500亿元: a class

_STEP_BEFORE = re.compile(r"(?:站上|跃上|迈上|登上|跨上|跨入|迈入)[^，,。；;\d]{0,2}$")

#: 已形成36万吨硅料、67GW拉棒切方、38GW切片生产能力: a list of capacities (no facts, like 年产10万吨)
_CAPACITY_AFTER = re.compile(r"[^，,。；;]{0,30}?(?:生产能力|产能)")
#: The figure itself just before a bound (达792.7亿元、接近800亿元): the bound is no fact of its own
_EXACT_BEFORE = re.compile(r"\d[\u4e00-\u9fff]{0,3}[、，,]\s*(?:接|逼)?$")
_EXAMPLES_COUNTED = re.compile(r"、[^，,。；;]{0,12}?等[\u4e00-\u9fff]{0,10}?(?:县|市|区|市州|县区|区县)$")

_AIMED = re.compile(r"力争|将|预计|有望|确保|目标|计划")

_NOT_COUNTED = re.compile(r"(?:出台|制定|印发|推出|发布)$|前$|(?:列入|纳入|进入|入选)[^，,。；;\d]{0,6}$")
_CLASS_LISTED_IN = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:领域|产业|行业)")

_CLASS_COUNTED = re.compile(
    r"(?:超过|超|突破|以上|以下|高于|低于)[^，,；;。]{0,8}?的[\u4e00-\u9fff]{0,4}?(?:行业|行业大类|产业|市州|县|城市)"
    r"(?:有|共|达)$"  # (industries and divisions counted by a class; projects so counted are a signing's facts)
)

_TIME_AFTER = re.compile(r"(?:季度|月|年|星期|工作日)")

_STREAK_BEFORE = re.compile(r"(?:连续|时隔|为期|历时|持续)[^，。；,;]{0,16}$|(?:连续|时隔|为期)$")

#: A sum of money right before a bound (71835元，突破1万美元): the bound says it again, roughly.
_MONEY_JUST_BEFORE = re.compile(r"\d[\d.]*\s*[万亿]?(?:元|美元)[，,]\s*(?:首次|已|并)?(?:突破|超过|超|逾)?$")

#: The figure itself right after its bound (突破1000亿元，为1035.7亿元).
_EXACT_AFTER = re.compile(r"[，,、]?\s*(?:为|达到|达)\s*\d")  # (突破2000亿元、达到2170.8亿元)

_POPULATION_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?(?:大类行业|行业|主要工业产品|种?主要产品|工业产品|消费大类|大类))(?:中?有|中|看[，,]?有)\d"  # 41个工业大类行业有18个
    r"|[\u4e00-\u9fff]{1,10}?(?<!集)中(?:[^。；;，,\d]{0,12}?[，,][^。；;，,\d]{0,16}?)?有\d"  # 22个项目中，…有12个
    # 在99个项目中，产业项目占61个; 监测的32种建材产品中，…: the whole, its parts follow
    r"|(?:[\u4e00-\u9fff]{0,6}?(?:项目|产品|行业|企业))中[，,]"
)

_STANDARD_BEFORE = re.compile(
    r"(?:每[\u4e00-\u9fff]{0,3}?(?:奖补|补助|补贴|奖励|资助)(?:资金)?|补差|按每(?:县|市|区|户|人|个|村|亩|家))$"
)  # (…重点帮扶县按每县6000万元: the amount a policy gives each)

_SLOGAN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]+[大个]")

_ENUMERATION_AFTER = re.compile(
    r"(?:特点|方面|支点|特征|原因|阶段|层面|目标|任务|亮点|变化|举措|转变|关键词|产业的发展|区划|板块)"
)  # (围绕…三个关键词, 展现了…四个产业的发展情况: a list's length)
#: The sites a tourism release counts its visitors over (全省纳入统计的77个4A级以上旅游景区共接待游客…,
#: 15家开放的5A级旅游景区): the scope of the next figure, not a fact.
_COUNTED_OVER_AFTER = re.compile(
    r"(?:[^，,。；;\d]|\dA){0,16}?(?:景区|景点|场馆|博物馆)(?:[（(][^）)]{0,40}[）)])*[，,]?(?:在?当[天日])?"
    r"(?:[一二三四五六七八九十\d]{1,2}天)?(?:共|累计|合计)?(?:接待|实现|收入|吸引)"
)

#: Places listed, then what they measure and a bound (成都、重庆汽车保有量超过, 苏州、上海、郑州、西安超过).
_PLACES_THEN_BOUND = re.compile(
    r"(?:^|[，,；;：:])[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+(?:等\d*个?城市)?"
    r"(?:(?!等)[\u4e00-\u9fff]){0,8}?(?:均|都|分别)?(?:超过|超|突破|逾|达到|在)?$"
)

_ELIDED_POINTS = re.compile(r"[、和与][\d.]+个百分点")

_DIVISIONS_AFTER = re.compile(  # 全省21个市州, 14个县(市、区), 20多个省(区、市): the country's divisions
    # 40个贫困县(市、区), 30个优势重点产茶县, 25个有国有重点煤矿的省(自治区、直辖市): divisions, of a kind
    r"(?:[\u4e00-\u9fff]{0,6}?|有[\u4e00-\u9fff]{1,10}?的)"
    r"(?:市州|市[（(]|县|区县|县区|省[（(]|省份|省区|地市|乡镇|[\u4e00-\u9fff]{0,3}县域)"
    r"(?!卫生|医院|学校|中学|小学|幼儿园|企业|政府|综合|文化|级)"  # (4509个乡镇卫生院: institutions, not towns)
)


#: Divisions a count is taken among (…的省(自治区、直辖市)中有, 21个市州中有).
_AMONG_DIVISIONS = re.compile(r"(?:省|市州|县|区县|县区)(?:[（(][^（）()]{1,10}[）)])?(?:和单位)?中有?$")
#: Things counted by how they moved (19种产品…产量同比下降, 13种产品产量均实现同比增长, 4个省市…同比增幅超过10%) —
#: not industries (41个大类行业中有35个…增长: the release's count of growing industries, a fact the conventions file).
_COUNTED_BY_OUTCOME = re.compile(
    r"(?:产品|省市|省份|省区|地区)[^，,。；;]{0,24}?均?(?:实现)?(?:同比|比上年)?"
    r"(?:增长|下降|增幅|降幅|增速|上涨|回落|减少|增产|减产)"
)
#: The kind of the places a list before 等N个 names (泸州、宜宾、自贡等三个市…, …等5个重点城市).
_LISTED_DIVISIONS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:城市|市|县|区|州|省|地区|地)(?!重点|级|属|直|场|民)")

#: The population a place is ranked among (218家民用机场中分别位居第四位, …机场中，双流…仅次于…).
_RANKED_AMONG = re.compile(r"[\u4e00-\u9fff]{1,10}?中(?:[，,]|(?:分别)?(?:位居|位列|居|排名?|位于))")


NUMERALS = frozenset("一二两三四五六七八九十百千")

#: Places several, or counted: 成都、绵阳、宜宾3个市, 资阳、雅安 (the subject of a bound they share).
_SEVERAL_PLACES = re.compile(r"[\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff]{2,4}|\d+个(?:市|县|区)")
#: Divisions said with a threshold they are counted by: 超千亿元市(州)18个, 县(市、区)中…超100亿元的128个.
_DIVISIONS_BY_A_THRESHOLD = re.compile(r"(?:市|县|州)[（(]?[^，,；;]{0,6}$")
_DIVISIONS = re.compile(r"县[（(]市|市[（(]州|市州|县区|区县|\d+个(?:县|市)")
#: Industries counted by how they compare: 其余七个产业增速均在两位数以上, 8个行业增加值保持两位数增长.
_INDUSTRIES_COMPARED = re.compile(r"(?:产业|行业)[^，,。；;]{0,12}?(?:两位数|高于|低于|均在|快于|慢于)")


def _named_listed_or_capacity(s_text: str, start: int, end: int, quantity: Any) -> bool:
    """A milestone, a capacity, a bound beside the figure itself, places of a class counted, a purity's
    grade, a figure in a document's name, measures issued, a rank's bound, a class a thing is listed in."""
    if (
        _STEP_BEFORE.search(s_text, max(0, start - 8), start)
        and not _AIMED.search(s_text, max(0, start - 20), start)  # (力争…迈上2000亿元台阶: a target, a fact)
        and (s_text.startswith("台阶", end) or s_text[end - 1 : end + 1] == "台阶")
    ):
        return True  # 首次站上2000亿元台阶, 迈上6万亿台阶: a milestone, not the figure (the 台 is no unit)
    if _CAPACITY_AFTER.match(s_text, end):
        return True  # 已形成36万吨硅料、67GW拉棒切方…生产能力: capacities
    if quantity.qualifier == "under" and _EXACT_BEFORE.search(s_text, max(0, start - 16), start):
        return True  # 达792.7亿元、接近800亿元: the bound after the figure itself
    if quantity.unit == "个" and _EXAMPLES_COUNTED.search(s_text, max(0, start - 24), start):
        return True  # 彭州市、三台县、中江县等中药材产业重点县32个: the places of a class, counted
    if s_text.startswith("9", end) or re.match(r"个9", s_text[start:end][-1:] + s_text[end : end + 1]):
        return True  # 纯度达到11个9: a purity's grade
    if s_text.rfind("《", 0, start) > s_text.rfind("》", 0, start) and "》" in s_text[end:]:
        return True  # 《促进畜牧业高质量发展十条措施》: a document's name
    # 出台21条稳外资举措, 前五名的行业, 列入四川16个重点产业领域: measures, a rank's bound, a class
    return bool(_NOT_COUNTED.search(s_text, max(0, start - 8), start)) and bool(
        quantity.unit in ("条", "名", "位") or _CLASS_LISTED_IN.match(s_text, end)
    )


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


#: What a writer enumerates (三个千亿产业集群, 主要在4个方面, 14个重点产业领域): kinds, aspects and areas.
_ENUMERATED_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:方面|领域|维度|层面|环节)|(?:千亿|百亿|万亿)级?产业|[\u4e00-\u9fff]{0,4}?产业集群"
)


def _enumerated(s_text: str, start: int, end: int, quantity: Any) -> bool:
    written = s_text[start:end]
    in_words = not re.search(r"\d", written)
    if quantity.unit == "元" and in_words and s_text[end : end + 1] not in ("，", ",", "。", "；", ";", ""):
        return True  # 三元前驱体, 一元化: a word, not money
    if written == "四处" and not _CLAUSE_ENDS.match(s_text, end):
        return True  # 四处全省建材企业…, 四处奔走: everywhere, a word — no count of sites
    if quantity.unit == "种" and in_words and re.fullmatch(r"[一二两三四五六七八九十]种", written):
        return not _CLAUSE_ENDS.match(s_text, end)  # 六种精矿金属含量: the kinds a measure is of, no count
    if quantity.unit != "个":
        return False
    if (
        in_words
        and re.fullmatch(r"[一二两三四五六七八九十]个", written)
        and not _CLAUSE_ENDS.match(s_text, end)
    ):
        # 三个历史性突破, “两个不担心三个保证”: a small count in words before more words is a manner of speaking
        # (此次开工项目共两个，: a count said as what the clause comes to is one)
        return True
    return bool(_ENUMERATED_AFTER.match(s_text, end))


def _milestone(s_text: str, start: int, end: int, quantity: Any) -> bool:
    """突破500亿元大关，达到了504.76亿元; 较去年提前突破500亿元; 取得500亿元新突破: a round figure passed, the level
    said with it (or before it) is the fact."""
    if re.search(r"提前(?:突破|超过|迈上|跨越)?$", s_text[max(0, start - 4) : start]):
        return True
    if re.search(r"首次(?:降|下降|减少|控制)(?:到|至|在)$", s_text[max(0, start - 6) : start]) and re.match(
        r"(?:以内|以下)", s_text[end : end + 2]
    ):
        return True  # 生产经营性事故首次降到1550人以内: a bound passed for the first time, no level
    if re.match(r"的?(?:新突破|里程碑)", s_text[end : end + 4]):
        return True  # (取得500亿元新突破, 突破了3100万辆的里程碑)
    if re.search(r"(?<![人年日月平亩户])均(?:突破|超过|超|达到|达)了?$", s_text[max(0, start - 6) : start]):
        return True  # 产量与销售量均突破了3100万辆: a bound several share
    unit = getattr(quantity, "unit", None)
    return bool(  # (…1200万辆大关，分别达到了1288.8万辆和…: the levels after it; not 突破百亿元大关，预计2020年…)
        unit
        and re.match(
            rf"大关[，,]\s*(?:分别)?(?:达到了?|达|为|至)[\d.]+{re.escape(unit)}", s_text[end : end + 24]
        )
    )


def _a_class_s_bound(s_text: str, start: int, end: int, quantity: Any, after: str) -> bool:
    """A class of what is counted, said by its bound (投资10亿元以上的项目39个, 500亩以上的…示范园125个,
    小于2000万元(含)的企业, 经费投入超过10亿元的行业大类有9个): the bound is no fact."""
    if _THRESHOLD_AFTER.match(after):
        return True
    if re.search(r"\d[—\-–~至]\d", s_text[start:end]) and re.match(r"的(?:项目|企业)", after):
        return True  # 投资额10—30亿元的项目: a class
    if s_text.endswith(("以上", "以下"), start, end) and (
        _THRESHOLD_ABOVE.match(after)
        or re.match(r"的?\d", after)  # (10亿元以上的185个项目: a class)
        or _CLASS_COUNTED_AFTER.match(s_text, end)  # (500亩以上的标准化生产示范园125个, 千亩以上园区66个)
    ):
        return True
    if _BELOW_OR_ABOVE.search(s_text, max(0, start - 4), start) and re.match(r"(?:[（(]含[）)])?的", after):
        return True  # 小于2000万元(含)的企业: the class's bound
    if quantity.qualifier == "over" and (
        _COUNTED_BEFORE.search(s_text, max(0, start - 24), start)
        or re.match(r"(?:的)?项目|的[\u4e00-\u9fff]{0,4}?(?:企业|行业|行业大类|市州|县|城市|景区)", after)
    ):
        return True  # (经费投入超过10亿元的行业大类: a class)
    # 经费投入超过10亿元的行业大类有9个: the class, counted
    return quantity.unit in ("个", "家", "户") and bool(
        _CLASS_COUNTED.search(s_text, max(0, start - 30), start)
    )


def _how_long_or_which(s_text: str, start: int, quantity: Any, after: str) -> bool:
    """产品到欧洲需2个月: a length of time; 24小时便利店: a kind; 分布最多的三个行业, 三个主要火车站: which ones, not how many;
    唯一一个: the only one, no count; 从几十万元到几百亿元不等: a span of sizes."""
    if s_text.endswith("唯", 0, start):
        return True
    if re.match(r"[几数][十百千万亿]", s_text[start : start + 3]) and re.search(
        r"(?:从|由)?[几数][十百千万亿][^，,。；;]{0,12}(?:到|至)[几数][十百千万亿][^，,。；;]{0,6}不等",
        s_text,
    ):
        return True  # 引资数额从几十万元到几百亿元不等: the span of sizes, no figure
    if quantity.unit in _DURATION_UNITS and _TAKES_BEFORE.search(s_text, max(0, start - 6), start):
        return True
    if quantity.unit == "小时" and re.match(
        r"(?!左右|以上|以下)[\u4e00-\u9fff]", s_text[start:].split("时", 1)[1]
    ):
        return True  # 24小时便利店, 24小时营业: what kind; 在24小时内: a time limit — not how long
    return (
        quantity.unit == "个"
        and s_text[start] in NUMERALS
        and bool(
            _WHICH_ONES_BEFORE.search(s_text, max(0, start - 4), start) or after.startswith(("主要", "重点"))
        )
    )


#: The item before in a list of counts (汇聚200多家低空装备制造企业、69家通航企业): a figure and what it counts.
_COUNTED_ITEM_BEFORE = re.compile(
    r"\d+(?:\.\d+)?(?:多|余)?(?:家|个|户|座|所|项|台|辆|名)[\u4e00-\u9fff]{1,16}$"
)


#: An hour of the clock: 下午16点, 截至当日15点, 9点30分, 8点前.
_CLOCK_BEFORE = re.compile(r"(?:上午|下午|中午|晚上|晚|早上|早|凌晨|当日|当天|今日|今天|次日|日|时|[:：])$")
_CLOCK_AFTER = re.compile(r"[分半钟整前后许至到击]|左右")  # (19:12 点击: a time, then a page's hits)


def _no_index_level(s_text: str, start: int, end: int) -> bool:
    """A number of 点 that is no index's level: an hour of the clock, or one in words (一点, 两点意见)."""
    return (
        not re.search(r"\d", s_text[start:end])
        or bool(_CLOCK_BEFORE.search(s_text, max(0, start - 2), start))
        or bool(_CLOCK_AFTER.match(s_text, end))
    )


_FIGURE_THEN_BRACKET = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<unit>[万亿千百]?[\u4e00-\u9fff]{1,3})[（(]$")


def _restated_in_brackets(s_text: str, start: int, quantity: Any) -> bool:
    """A figure in brackets right after one of the same kind of quantity (2.65亿件(26531.54万件), 0.034亿元(50万
    美元)): the same figure said again in another magnitude or currency."""
    before = _FIGURE_THEN_BRACKET.search(s_text, max(0, start - 16), start)
    if before is None or not quantity.unit:
        return False
    try:
        return (
            get_unit(before.group("unit")).dimension.split("_")[0]
            == get_unit(quantity.unit).dimension.split("_")[0]
        )
    except ValidationError:
        return False


def _said_otherwise(s_text: str, start: int, end: int, quantity: Any) -> bool:
    """下午16点: a clock's hour, no index's level; 2.65亿件(26531.54万件): the figure before, said again;
    《流浪地球》(2.82亿元): a work's own figure, no fact of the place."""
    return (
        (quantity.unit == "点" and _no_index_level(s_text, start, end))
        or _restated_in_brackets(s_text, start, quantity)
        or s_text.endswith(("》(", "》（"), 0, start)
        or s_text.endswith(("图", "表"), 0, start)  # 图2  家具行业…: a chart's number, no figure
        or (  # 存栏100头以上奶牛规模养殖比重达到53%: the class a share is of
            s_text.endswith(("以上", "以下"), start, end)
            and re.match(r"[\u4e00-\u9fff]{1,12}?(?:比重|比例|占比)", s_text[end : end + 14]) is not None
        )
    )


def no_fact(s_text: str, start: int, end: int, quantity: Any) -> bool:
    """A change (增加1.3亿元), a capacity (年产10万吨), a class of what is counted (投资10亿元以上的项目39个,
    8家企业营业收入超过500亿元), a count of the country's divisions (全省21个市州), a page's hits."""
    if getattr(quantity, "upper", None) is not None:
        return True  # 达到3至5万亿元, 600-1300米, 3~5名: a span of sizes, no figure an editor files
    if s_text.endswith(("这", "该", "此", "上述", "前述"), 0, start):
        return True  # 这五个项目: the count spoken of again, not said
    if _said_otherwise(s_text, start, end, quantity):
        return True
    if _named_listed_or_capacity(s_text, start, end, quantity):
        return True
    if _counted_by_a_class(s_text, start, end, quantity):
        return True
    if _NOT_FACT_BEFORE.search(s_text, max(0, start - 44), start):
        return True
    if _CAPACITY_BEFORE.search(s_text, max(0, start - 44), start) and not (
        _YEARS_OUTPUT.search(s_text, max(0, start - 24), start) and _CLAUSE_ENDS.match(s_text, end)
    ):
        return True  # 年产6万吨钛材生产线: a plant's capacity (，年产猕猴桃鲜果12万吨，: an output)
    after = s_text[end : end + 12]
    if (
        s_text[start - 1 : start] == "、"
        and EXAMPLE_ITEM_AFTER.match(s_text, end)
        and not _COUNTED_ITEM_BEFORE.search(s_text, max(0, start - 30), start - 1)
    ):  # 引进万达文旅城、30万吨精酿啤酒生产等项目: part of an example's name (not 200多家…企业、69家…企业、: a list
        return True  # of counts)
    if _a_class_s_bound(s_text, start, end, quantity, after):
        return True
    if _enumerated(s_text, start, end, quantity):
        return True  # 三个千亿产业集群, 4个方面, 14个重点产业领域, 三元前驱体: what is listed, no count
    if _milestone(s_text, start, end, quantity):
        return True
    if _how_long_or_which(s_text, start, quantity, after):
        return True
    if quantity.unit == "个" and (_DIVISIONS_AFTER.match(after) or _TIME_AFTER.match(after)):
        return True  # 全省21个市州; 连续8个季度: a length of time
    if quantity.unit in ("个", "种", "家", "项") and _COUNTED_BY_OUTCOME.match(s_text, end):
        return True  # 19种产品产量同比下降, 有4个省市…产量同比增幅超过10%: what moved, counted — a class
    if quantity.unit == "个" and _AMONG_DIVISIONS.search(s_text, max(0, start - 20), start):
        return True  # 26个有乡镇煤矿的省(自治区、直辖市)中有23个增产: divisions counted by an outcome
    if quantity.unit in ("个", "家") and _RANKED_AMONG.match(s_text, end):
        return True  # 在我国内地218家民用机场中分别位居第四位: the population ranked among
    if quantity.unit == "个" and re.match(r"[\u4e00-\u9fff]{1,12}?之一", s_text[end : end + 16]):
        return True  # 四川是全国13个粮食主产省之一: the class a place belongs to, counted
    if quantity.unit == "个" and s_text.endswith("等", 0, start) and _LISTED_DIVISIONS.match(after):
        return True  # 泸州、宜宾、自贡等三个市一般预算收入…: the places listed, counted again
    if quantity.unit in ("个月", "年", "天", "周") and re.match(
        r"(?:以来|来|的?最高|的?最低|新高|新低)", after
    ):
        return True  # 增速为32个月以来新高: a length of time
    if quantity.unit == "个" and after.startswith("位次"):
        return True  # 上升9个位次: a rank's change
    if (
        quantity.unit in ("座", "个")
        and re.match(r"[“\"]?[^，,。；;]{0,12}?城市", after)
        and not _REACHES_BEFORE.search(s_text, max(0, start - 30), start)
    ):
        return (
            True  # 9座“GDP两万亿城市”: cities of a class, counted (not 联接境外23个城市: a network's reach)
        )
    if quantity.qualifier in ("over", "under") and s_text.endswith("均", 0, start):
        return True  # 各景区累计接待游客均超过10万人次: a bound several share
    if (
        quantity.qualifier in ("over", "under")
        and re.match(r"超过|超|突破|逾|以上", s_text[start : start + 2] + after[:2])
        and _PLACES_THEN_BOUND.search(s_text, max(0, start - 40), start)
    ):
        return True  # 北京、成都、重庆汽车保有量超过500万辆: a bound the places listed share
    if quantity.qualifier == "over" and _EXACT_AFTER.match(after):
        return True  # 首次突破1000亿元，为1035.7亿元: the bound, then the figure itself
    if (
        quantity.qualifier == "over"
        and (quantity.unit or "").endswith("元")
        and _MONEY_JUST_BEFORE.search(s_text, max(0, start - 24), start)
    ):
        return True  # 人均地区生产总值71835元，突破1万美元: the figure before, said round in another currency
    return _how_it_is_counted(s_text, start, end, quantity, after)


def _how_it_is_counted(s_text: str, start: int, end: int, quantity: Any, after: str) -> bool:
    """A policy's rate, a streak, the whole a part is counted in, a slogan's parts, a list's length, how
    things come (批次), a class counted over: no figures of their own."""
    if _STANDARD_BEFORE.search(s_text, max(0, start - 10), start):
        return True  # 先进县每个奖补6000万元, 升为四星级的补差500万元: a policy's rate, not an amount given
    if _STREAK_BEFORE.search(s_text, max(0, start - 24), start):
        return True  # 时隔13个月, 连续4个月单月…超1000亿元: a length of time, a recurring threshold
    if quantity.unit in ("个", "种", "项", "家", "户") and _POPULATION_AFTER.match(s_text, end):
        return True  # 41个大类行业中有21个, 157种主要工业产品有73种: the whole, not the counted part
    if quantity.unit == "个" and s_text[start] in NUMERALS and _SLOGAN_AFTER.match(after):
        return True  # 三个中心六大基地: a slogan's parts, not a count
    if quantity.unit in ("个", "项") and s_text[start] in NUMERALS and _ENUMERATION_AFTER.match(after):
        return True  # 主要呈现三个特点: a list's length
    if quantity.unit in ("个", "家") and re.match(r"(?:批次|家班子|大班子|套班子|班子)", after):
        return True  # 4个批次备选项目509个, 县四家班子: how they come, not how many
    if quantity.unit in ("个", "家", "处") and _COUNTED_OVER_AFTER.match(s_text, end):
        return True
    return quantity.unit == "个" and bool(_ELIDED_POINTS.match(after))  # 提升20个、36个百分点
