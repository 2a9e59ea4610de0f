"""Rule-based extraction of candidate facts from Chinese economic news (offline, no model).

``extract(text, published, gazetteer)`` returns candidates with character offsets into ``text``:
observations (indicator phrase, value as written and normalised, period, region, growth, rank,
estimate flag) and projects (name, milestone and its date, investment, area, duration, expected
output, organisations). The editor reviews every candidate; nothing here writes to the database.

Matching works on a copy of the text of the same length in which full-width forms and the common
traditional characters are folded (開工 → 开工, 億元 → 亿元), so offsets stay valid.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from .errors import ValidationError
from .periods import Period, parse_period
from .quantities import GROWTH_VERBS, NEGATIVE_GROWTH, parse_growth, parse_quantity, parse_rank
from .regions import Gazetteer, RegionRef
from .script import to_simplified
from .units import ALIASES, UNITS, get_unit, is_unit

_FULL_WIDTH = {
    code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
}
_FULL_WIDTH.update(
    {ord(c): ord(c) - 0xFEE0 for c in "％．－～"}
)  # (CJK punctuation ，；：（） stays as it is)


def fold(text: str) -> str:
    """Same length as ``text``: full-width digits and letters → ASCII, traditional characters →
    simplified (OpenCC's character table)."""
    return to_simplified(text.translate(_FULL_WIDTH))


# Text as some web pages serve it: a pinyin reading after a character (統(tǒng)計(jì)), spaces inside a
# figure or a word (4807.2 亿元, 工业 增加值). Extraction reads the text without them and maps every
# offset back to the text as written.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)")
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\d.])[ \t\u3000\xa0]+(?=[\u4e00-\u9fff\d])")


#: A line this long that ends inside a sentence was wrapped by its layout (text copied from a PDF page):
#: the line break is no end of a sentence. A title or a heading is shorter.
WRAPPED_LINE = 30
_SENTENCE_END = frozenset('。！？!?：:；;”"）)')


def _hard_wraps(text: str) -> list[tuple[int, int]]:
    cuts = []
    line_start = 0
    for at in (i for i, ch in enumerate(text) if ch == "\n") if "\n" in text else ():
        line = text[line_start:at].rstrip()
        if (
            len(line) >= WRAPPED_LINE
            and line[-1] not in _SENTENCE_END
            and at + 1 < len(text)
            and ("\u4e00" <= text[at + 1] <= "\u9fff" or text[at + 1].isdigit())
        ):
            cuts.append((line_start + len(line), at + 1))
        line_start = at + 1
    return cuts


def readable(text: str) -> tuple[str, list[int] | None]:
    """The text without pinyin readings, spaces inside figures and words and line breaks of wrapped
    lines, and for each of its characters the offset in ``text`` (None when nothing was taken out)."""
    cuts = [(m.start(), m.end()) for pattern in (_PINYIN, _INNER_SPACE) for m in pattern.finditer(text)]
    cuts += _hard_wraps(text)
    if not cuts:
        return text, None
    cuts.sort()
    kept: list[str] = []
    index: list[int] = []
    position = 0
    for start, end in cuts:
        if start < position:
            start = position
        kept.append(text[position:start])
        index.extend(range(position, start))
        position = max(position, end)
    kept.append(text[position:])
    index.extend(range(position, len(text)))
    index.append(len(text))  # the end of the text
    return "".join(kept), index


_UNIT_WORDS = sorted(
    (
        u
        for u in list(UNITS) + list(ALIASES)
        if u not in ("年", "月", "%", "度", "倍", "百分点", "个百分点", "m2", "km2")
    ),
    key=len,
    reverse=True,
)
_UNIT_RE = "|".join(re.escape(u) for u in _UNIT_WORDS)
# A number starts where a run of digits (or of numerals) starts: the look-behinds keep the regex from
# trying every position inside a long run, which made 8,000 digits in a row cost seconds.
_NUM = (
    r"(?:(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])"  # 4,080万元, 238,399万元
    r"|(?<![\d.])(?<!\d,)\d+(?:\.\d+)?"
    r"|(?<![一二两三四五六七八九十百千万亿零〇])[一二两三四五六七八九十百千]+(?:点[一二三四五六七八九零〇]+)?)"
)
QUANTITY = re.compile(
    # (约 ending a word — 签约, 履约, 违约 — and 达 of 发达 are no qualifiers: 签约4个项目, 已履约1054个)
    rf"(?P<pre>首次突破|首次超过|首破|至少|逾|超过|超|近|将近|(?<![签合节制公条契预盟履违解续缔订践守失毁赴邀集简特])约|大约|达到|(?<![发到表传下抵送通])达|突破|不足|不到)?"
    r"(?:(?<![\d.])(?P<lo>\d+(?:\.\d+)?[十百千万亿]*)\s*[-—–~至]\s*(?=\d))?"  # a range: 1万-5万元
    rf"(?P<num>{_NUM}|几|数)(?P<mag>[十百千万亿]*)(?P<extra>余|多)?(?P<mag2>[万亿]?)"
    rf"(?P<unit>{_UNIT_RE})(?P<post>左右|(?:及)?以上|(?:及)?以下)?"
)
LONE = re.compile(rf"(?P<pre>过|逾|近|超)(?P<mag>[百千万亿])(?P<unit>{_UNIT_RE})")
MAJOR = re.compile(
    r"(?<![一二三四五六七八九十\d])(?P<num>[一二三四五六七八九十\d]+)大(?=[\u4e00-\u9fff]{1,4}(?:落地|落户|签约|，|。))"
    r"(?![\u4e00-\u9fff]{0,4}(?:行动|计划|工程|战略))"
)
GROWTH = re.compile(
    rf"(?P<base>(?:比|较|与)(?P<basetext>[^，。；,]{{2,12}}?)(?:相比)?)?(?:同比|环比)?(?:\(下同\))?(?P<dir>{GROWTH_VERBS})了?"
    r"(?P<num>\d+(?:\.\d+)?)(?P<unit>%|倍|个百分点)"
)
RANK = re.compile(
    r"(?:位列|位居|居|排名|排)(?P<scope>全国|全省|全市|西部|中西部)?第(?P<num>\d+|[一二三四五六七八九十]+)(?:位|名)?"
)
PERIOD = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:开展|启动|开始)?以来|"
    r"(?:\d{4}年|今年|去年|上年)全年|\d{4}年(?:及|和|与|、)\d{4}年|(?:\d{4}年|今年|去年)?前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月|"
    r"(?:截至|截止)\d{4}年(?:\d{1,2}月)?(?:底|末)|\d{4}年(?:\d{1,2}月)?(?:底|末)|(?:截至|截止)\d{1,2}月(?:底|末)|"
    r"今年以来|年初以来|今年初以来|年初至今|\d{4}年?\s*[—\-–~至]\s*\d{4}年|"
    r"“?十[一二三四五]五”?(?:期间|时期)?|\d{4}年以来|(?:\d{4}年|今年|去年)?1\s*[—\-–至]\s*\d{1,2}月|"
    r"(?:\d{4}年|今年|去年)?(?:前三季度|上半年)|(?:\d{4}年|今年|去年)?(?:第)?[一二三四1-4]季度|"
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*[—\-–~至]\s*(?:\d{1,2}月)?\d{1,2}日|"
    r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{4}年|\d{1,2}月\d{1,2}日|今年|去年|上月|本月|过去(?:的)?五年|"
    r"(?<![\d年])\d{1,2}月(?:底|末)|(?<![\d年])\d{1,2}月(?=份|当月|单月|，|,|实现|完成|累计)|"
    r"过去的?一年|去年一年|全年|年末|年底|如今|目前|当前"
)
ESTIMATE = re.compile(r"预计|有望|力争|计划")
# Numbers that are no facts of their own, by what comes just before or after them:
_NOT_FACT_BEFORE = re.compile(
    r"(?:增加|减少|增长|下降|高出|多出|增量(?:超过|达)?|提高|降低)了?$"  # a change: 较年初增加1336亿元
    r"|[比较][^，。；,;\d]{1,8}[高低多少]了?$"  # 比上届高1亿元: a change too
    r"|年(?:产|加工|屠宰|吞吐|处理|生产)(?!值)[^，。；,;\d]{0,20}$"  # a capacity: 年产1400万米, 设计年吞吐旅客
    r"|年产(?!值)[^，。；,;]{0,40}[（(][^）)]*$"  # 年产6万吨…(有机肥1万吨、生物有机肥5万吨)
    r"|(?:点击|浏览|阅读|访问)(?:次数|量)?[:：]?$"  # a page's hits
)
_THRESHOLD_AFTER = re.compile(  # a class of what is counted: 10亿元以上项目117个, 利润在10至20亿元的企业9家
    r"的?(?:签约|重大|工业|产业)?(?:项目|企业)(?:有|共|达)?\d|的(?:有|共|达)\d"
)
_THRESHOLD_ABOVE = re.compile(r"的?[“”\"\u4e00-\u9fff]{0,6}?(?:项目|企业)")  # 百亿元以上“巨无霸”项目占比高
_COUNTED_BEFORE = re.compile(
    r"\d+(?:个|户|家)[\u4e00-\u9fff]{0,4}企业[\u4e00-\u9fff]{0,6}$"
)  # 8家企业收入超过500亿元
_TIME_AFTER = re.compile(r"(?:季度|月|年|星期|工作日)")
_STREAK_BEFORE = re.compile(r"(?:连续|时隔|为期|历时|持续)[^，。；,;]{0,16}$|(?:连续|时隔|为期)$")
_POPULATION_AFTER = re.compile(
    r"(?:大类行业|主要工业产品|种?主要产品|工业产品)中?有"
    r"|[\u4e00-\u9fff]{1,10}?(?<!集)中(?:[，,][^。；;，,\d]{0,16}?)?有\d"  # 22个签约项目中，工业项目有12个
)
_STANDARD_BEFORE = re.compile(r"(?:每[\u4e00-\u9fff]{0,3}?(?:奖补|补助|补贴|奖励|资助)(?:资金)?|补差)$")
_SLOGAN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]+[大个]")
_ENUMERATION_AFTER = re.compile(r"(?:特点|方面|支点|特征|原因|阶段|层面|目标|任务|亮点|变化|举措|转变)")
_ELIDED_POINTS = re.compile(r"[、和与][\d.]+个百分点")
_DIVISIONS_AFTER = re.compile(  # 全省21个市州, 14个县(市、区), 20多个省(区、市): the country's divisions
    r"(?:贫困|深度贫困|民族|革命老区|欠发达)?"  # 40个贫困县(市、区): counties, of a kind
    r"(?:市州|市[（(]|县|区县|县区|省[（(]|省份|省区|地市|乡镇|[\u4e00-\u9fff]{0,3}县域)"
)
PROJECT_SUFFIX = r"(?:项目|改扩建工程|基地|产业园|智慧产业园|工业园|园区|研发中心|数据中心|中心|生产线|工厂|文旅城|城|综合体|示范区|电站|大桥|高速公路[^，。]{0,6}段)"
MILESTONES = [
    ("建成投运", "in_operation"),
    ("投运", "in_operation"),
    ("投产", "in_operation"),
    ("竣工", "completed"),
    ("建成", "completed"),
    ("开工", "started"),
    ("动工", "started"),
    ("开建", "started"),
    ("签约", "signed"),
    ("落户", "signed"),
    ("落地", "signed"),
    ("引进", "signed"),
]
ORG = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,20}?(?:股份有限公司|有限公司|集团|公司|股份)")
_LEADING = re.compile(
    r"^(?:其中|同时|同期|此外|另外|全年|据统计|据海关统计|数据显示|截至目前|目前|如今|当前|此次|本次|这次|已|共|并|和|与|及|"
    r"还将|还|将|，|、|的)+"
)
_TRAILING = re.compile(
    r"(?:(?:实现|完成|达到|达|为|共计|合计|总计|共|累计|约|逾|超过|超|近|突破|首次突破|已有|已经|有|是|分别|新增|带动|引进)了?)+$"
)
_DESCRIBED_SUBJECT = re.compile(
    r"^[\u4e00-\u9fff]{0,8}的[\u4e00-\u9fff]{2,12}?(?:已经|已)(?=[\u4e00-\u9fff]{3})"
)
_HOW_MANY_AHEAD = re.compile(
    r"^(?:[两二三四五六七八九十]|\d{1,2})个?(?:市州|市|县|区|州|省)(?=[\u4e00-\u9fff]{2})"
)
# 年产值能达到 (达到 may be the figure's: 能 ends the phrase) — not the 能 of 产能, 功能, 性能 …
_MODAL = re.compile(
    r"(?:能够|(?<![产功性动效技节储电智潜体职机才本万全])能|可以|(?<![许认])可|将|有望|预计)"
    r"(?=(?:达到|达|实现|突破|超过|超)?了?$)"
)
_SPLIT = re.compile(r"[。！？；;!?\n]")
_PUBLICATION = re.compile(r"(?:经济)?(?:日报|晚报|商报|新闻网|广播电视台|电视台)")
_EVENT = re.compile(r"签约|开工|仪式|揭牌|投产|竣工|开幕|举办|举行")
_FLOW = re.compile(
    r"增加值|收入|营收|产值|生产总值|利润|税收|税费|税金|营业额|销售额|进出口|零售总额|出口|进口|投资|资金|补助"
)
_LISTED = re.compile(r"、")
_ITEMS = re.compile(r"以及|、|和|及|与")
_VERB = re.compile(r"^(?:为|是|实现|完成|达到|达|有)")
_GROWTH_WORD = re.compile(r"增长|下降|增加|减少|提高|降低|同比|比上年")
# Words that may stand between a figure and its growth (同比增长 is the figure's; 利润同比增 is not).
_GAP_WORDS = re.compile(
    r"按可比价格?计算|按现价计算|扣除价格因素|可比价|两年平均|其中|分别|比上年|较上年|同期|下同|实现|达到|"
    r"占[^，,；;]*?%|[\u4e00-\u9fff]{0,6}?(?:位列|位居|居|排名|排在|排|列)(?:全国|全省|全市|西部|中西部)?第[^，,；;]*|"
    r"[，,、（）()\s\d.%]"
)
_HOW_MANY_PLACES = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})个?(?:市州|市|县|区|州|省|地)$")
_GROWTHS = re.compile(
    rf"(?:同比|比上年|较上年)?(?:[（(]下同[)）])?分别(?:同比|比上年|较上年)?(?P<dir>{GROWTH_VERBS})"
    r"(?P<values>\d+(?:\.\d+)?%(?:(?:、|和|及)\d+(?:\.\d+)?%)+)"
)
# …248.7亿元、157.9亿元、109.6亿元，增长7.8%、1.8%、3.5%: a list of growths right after a list of figures
_LISTED_GROWTHS = re.compile(
    rf"(?<=[\u4e00-\u9fff])[，,](?:同比|比上年|较上年)?(?P<dir>{GROWTH_VERBS})"
    r"(?P<values>\d+(?:\.\d+)?%(?:(?:、|和|及)\d+(?:\.\d+)?%)+)"
)
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:(?:高于|低于|快于|慢于|超过|超出|占|比|较|相当于|来自)(?:同期)?"
    r"|(?:参加|参与|纳入|列入|入选)了?(?:此次|本次|这次|今年)?)$"  # 参加此次全省集中开工项目140个: the city's
)
# A place named inside another name — a company's (宜宾五粮液集团), a road's or a line's (德阳至简阳段,
# 资阳线), an event's (中国西部国际投资贸易洽谈会), a school's or a hospital's — is not where figures are.
_INSIDE_NAME = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9·（）()]{0,16}?(?:有限公司|股份|集团|公司|商会|协会|学院|大学|医院|银行|兵团)"
    r"|(?:至[\u4e00-\u9fff]{1,8})?(?:线|站|段|高速|铁路|机场|港|公路|大桥|隧道|环线|工程|气电|水电站|电站|电厂)"
    r"|[^，。；,;、]{0,12}?(?:洽谈会|博览会|交易会|论坛|峰会|展览会|采购会|展销会|订货会|年会|说明会)"
    r"|[“\"][^”\"]{1,10}[”\"]"  # 成都“第三绕城高速”
    r"|(?<=中国)(?:台湾|香港|澳门)|(?<=我国)(?:台湾|香港|澳门)"
)
_NAME_STOP = re.compile(r"与|和|及|同|、|政府|签|在|的|为|是|将")
# A place the money goes to (全部计划用于阆中机场) or a venue (在广元市利州区…举行): not the subject.
_DESTINATION_BEFORE = re.compile(r"用于[^。；;，,]{0,40}$|用于[^。；;]{0,80}以及[^。；;，,]{0,40}$")
_BRANCH_VENUE = re.compile(r"[^，。；,;]{0,60}?设(?:主|分)会场")
_VENUE = re.compile(r"[^，。；,;]{0,20}?(?:举行|举办|召开|设主会场|设分会场)")
# A place in a list of examples (资阳线、中国云·成都5G云基地等新基建项目29个): not the subject.
_EXAMPLES_END = re.compile(
    r"[^，。；,;]{0,40}?等(?:\d+个|[一二三四五六七八九十]+个)?(?:[\u4e00-\u9fff、]{0,10}?)(?:项目|工程|企业)"
    r"(?=\d|[一二三四五六七八九十]+个|集中|签约|开工|落地|[，,。；;]|$)"
)
_EXAMPLE_ITEM_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z·]{2,20}?(?:等|、)")
_EXAMPLES_BEFORE = re.compile(r"(?:包括|例如|比如)[^。；;，,]{0,60}$")
# A part of the city the article is about that the gazetteer does not list: the city's.
_SUB_AREA = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}?)(?:高新区|经开区|经济技术开发区|开发区|新区|市本级|本级|临空经济区|园区)"
)
_TRADE_AFTER = re.compile(r"(?:地区)?(?:进出口|出口|进口|贸易)")
_NOT_SUBJECT_AFTER = re.compile(r"(?:平均|举行|举办|召开|开幕|闭幕)")
# 重庆市在川投资…, 北京、重庆…五省市在川投资: an investor's home, not where the figure is
_INVESTOR_AFTER = re.compile(
    r"(?:[、和及][\u4e00-\u9fff]{1,4}?){0,8}?(?:[一二两三四五六七八九十几\d]+(?:个)?省(?:市|区|份)?|企业|客商)?在(?:川|蜀|我省|本省|蓉|我市|本市)(?:的)?投资"
)
# 国内省外, 国内旅游收入, 国内外: 国内 as “domestic”
_DOMESTIC_AFTER = re.compile(r"省外|外|旅游|游客|市场|合作|投资者|企业|知名|贸易")
# 绵阳当前正在发展的八大新赛道产业: “now” inside a description of something, not the time of a figure
_NOW = ("如今", "目前", "当前", "现在")
_MODIFIER_AFTER = re.compile(r"[^，。；,;:：\d]{0,12}的")
_REPORTED_AFTER = re.compile(r"[，,]?(?:记者)?(?:从|在)[^。；;]{0,40}?(?:获悉|了解到|得知)")
_PLANNED = re.compile(r"将|计划|力争|预计|目标|拟|争取|确保|要|今年以来")
_CATEGORY_WORDS = re.compile(
    r"竣工投产|竣工|投产|加快进度|加快推进|争取开工|新开工|开工|续建|在建|新建|签约|列入|纳入|全市|全省|全县|"
    r"市级|省级|重点|重大|前期|储备|产业|工业|项目|名单|计划"
)
_GOES_ON = re.compile(r"其中[，,：:]?")
_NAMED_THING = re.compile(rf"[\u4e00-\u9fffA-Za-z·]{{1,10}}?{PROJECT_SUFFIX}")
# 四川时代确定落子宜宾, 小米落户成都: the name before the verb is an organisation's (checked: a place follows)
_SETTLES_AFTER = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,8}?(?:确定|决定|正式|成功|已)?(?:落子|落户|落地|入驻|选址|扎根)"
)
_WHOLE = re.compile(r"全国|我国|全省|我省|本省|全市|全州|我市|本市")
_OUR_AREA = re.compile(r"我省|全省|本省|我市|全市|本市|全州")
_BEFORE_NAME = re.compile(
    r"^.*?(?:签约仪式|举行|获悉|表示|是|将|在|等|有效助推|助推|有|引进|推动|推进|加快|开展|建设|实施|落户|的)"
)
_INVESTED = re.compile(r"(?:项目|基地|产业园|园区|中心|综合体|工程)[，,]?(?:计划|拟|预计)?总?投资")
_PLACED = re.compile(r"(?:落地|落户|落子|选址|布局|在)$")
_EVENT_AFTER = re.compile(r"(?:成功|正式|获批|被评为|被认定为|被列为|被命名为|入选|荣获|获评|挂牌|揭牌)")
_EVENT_NAME = re.compile(r"[^，。；、]{0,16}?(?:仪式|活动|大会|会议|推介会|博览会|交易会)")
# A period that holds for its own clause only: one compared with (仅低于9月), a plan's or a milestone's
# (2016年计划完成投资…, 预计2018年12月建成, 建设年限2020—2023年) — not the period of the figures after it.
_COMPARED_BEFORE = re.compile(r"(?:低于|高于|超过|不及|快于|慢于|相当于|同于|超出|仅次于)$")
_PLAN_BEFORE = re.compile(r"(?:预计|计划|力争|将于|将在|有望|确保|争取|年限|期限|工期|周期)$")
_PLAN_AFTER = re.compile(
    r"(?:前|底|内|年底前)?(?:计划|预计|力争|将|全面|建成|竣工|投产|完工|投运|开工建设|达产)"
)
_HAPPENED = re.compile(r"(?:受|遭受|发生|遭遇)")
_TIMES_OF = re.compile(r"[”\"]?(?:时期|期间)?的[\d.]+倍")
_VAGUE = re.compile(r"近年来|近几年|近些年|多年来|历年来")  # no period: the figures after it have none
# The quarter of a batch of projects started or signed together (四川省2020年第四季度重大项目集中开工).
_BATCH = re.compile(
    r"(?P<period>(?:\d{4}年)?第?[一二三四1-4]季度)(?:[\u4e00-\u9fff]{2,4}?[省市州县区])?(?:全省|全市|全州|全县)?"
    r"(?:(?:重大|重点)?(?:产业|工业|招商引资)?项目)?(?:举行)?(?:集中(?:开工|签约|开竣工)|现场推进|开工仪式)"
)
_CEREMONY = re.compile(r"仪式|签约|集中开工|推介会|洽谈会|说明会|招商")
_DATELINE_AFTER = re.compile(r"\s*(?:讯|电|消息)")
# 四川招商网讯, 来源：中国产业经济信息网: who published the text — its name says nothing of the article's events
_SOURCE_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,10}?(?:网|报|台|社)(?:讯|消息)|来源[:：][^\n]{0,30}")
_HELD = re.compile(r"在(?P<period>\d{4}年)举行的")  # 在2017年举行的…活动中: when the event was
_BATCH_NAME = re.compile(r"[^，。；,;\d]{0,14}?集中(?:开工|签约|开竣工)")
_RELATIVE_DAY = re.compile(
    r"昨[（(](?P<day>\d{1,2})[)）]日|(?<![\d月])(?P<dom>\d{1,2})日(?=[上下中]?午?在|举行|举办|召开|，|,)|昨天|昨日|今天|今日"
)
# A figure about an event's projects (counts and totals of a ceremony): its period is the event's.
_EVENT_FIGURE = re.compile(r"签约|开工|开竣工|集中|签署|签订|落地|落户|推介|招商|项目")
_ABOUT_PROJECT = re.compile(
    r"^(?:[^，。；,]{0,8}[，,])?(?:该|此|这个?|本)?项目(?![\d一二三四五六七八九十]+个)|该项目|[，,]项目(?:位于|总投资|占地|建成)"
)
# A project's own figures (总投资, 占地, 工期, 年产值 …) in a sentence about the project: of no period.
_WHOLE_LENGTH = re.compile(r"(?:全长|总长|全线长|总里程)[约达为]?$")
_ATTRIBUTE = re.compile(
    r"(?:总投资|投资总额|固定资产投资|拟投资|规划投资|预计投资|投资约?|占地|用地|面积|工期|建设期|周期|"
    r"年产值|年销售收入|年营业收入|销售收入|年税收)[约达为]?$"
)
_COUNTED_PROJECTS = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百]+)个(?:[\u4e00-\u9fff]{0,6})项目|项目(?:共|有)?(?:\d+|[一二两三四五六七八九十百]+)个"
)
# A figure of what a project will do once built (建成投产后，预计年销售收入1.6亿元): of no period.
# 项目建成达产后，预计年销售收入约1亿元 (not 项目投产后就业格局进一步优化的带动，…收入达到7572元)
_ONCE_BUILT = re.compile(r"(?:建成|投产|达产|投用|运营)后(?=[，,]|将|预计|可|能|每年|年|实现|达到)")
_OF_PROJECT = re.compile(r"的[\u4e00-\u9fff]{2}")  # 投资1.3亿元的广元宝石玉石精深加工
_PLANNED_INVESTMENT = re.compile(r"(?:年度|今年|当年|全年|年内)(?:计划|预计)?(?:完成)?投资$")
_STOCK = re.compile(
    r"资产总额|资产规模|总资产|净资产|余额|常住人口|户籍人口|城镇人口|乡村人口|就业人口|总人口|实有|存量|保有量"
)
_NEW_FLOW = re.compile(r"新设|新增|新登记|新引进|新签|新开|入围|进入|新建|增长|增幅|超过|提高|翻番")


@dataclass
class Candidate:
    kind: str  # observation | project
    start: int
    end: int
    text: str
    quote: str = ""
    quote_start: int = 0
    quote_end: int = 0
    indicator: str | None = None
    region: str | None = None
    region_code: str | None = None
    period_label: str | None = None
    period_kind: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    value: float | None = None
    value_text: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    yoy_pct: float | None = None
    growth_pct: float | None = None
    growth_base: str | None = None
    rank: int | None = None
    rank_scope: str | None = None
    is_estimate: bool = False
    name: str | None = None
    milestone: str | None = None
    milestone_date: str | None = None
    investment: float | None = None
    investment_text: str | None = None
    area_m2: float | None = None
    area_text: str | None = None  # as written (1200亩)
    duration_months: float | None = None
    expected_output: float | None = None
    organizations: list[str] = field(default_factory=list)
    organization_roles: list[str] = field(default_factory=list)  # same order: investor, builder, …

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], "")}


@dataclass
class _Sentence:
    start: int
    end: int
    text: str  # folded
    paragraph: int


def _quote(text: str, sentence: _Sentence) -> tuple[str, int, int]:
    """The sentence as written, without surrounding blanks, and its offsets in the article."""
    raw = text[sentence.start : sentence.end]
    start = sentence.start + len(raw) - len(raw.lstrip())
    quote = raw.strip()
    return quote, start, start + len(quote)


#: A "sentence" longer than this (a list without a full stop, or text that is no prose at all) is cut
#: at its last comma-like mark before the limit, or at the limit: the work per figure is bounded by its
#: sentence, so extraction stays linear in the text, and no quote grows to the whole text.
MAX_SENTENCE = 500
_SOFT_BREAK = "，,；;：:、 "


_FIGURE = frozenset("0123456789.%十百千万亿元")


def _pieces(start: int, end: int, folded: str) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE:
        window = folded[start : start + MAX_SENTENCE]
        cut = max(window.rfind(c) for c in _SOFT_BREAK)
        if cut > MAX_SENTENCE // 4:
            cut = start + cut + 1
        else:  # no comma: cut where no figure is, if one is near (a run of digits is cut anywhere)
            cut = start + MAX_SENTENCE
            for back in range(cut, cut - 40, -1):
                if folded[back - 1] not in _FIGURE and folded[back] not in _FIGURE:
                    cut = back
                    break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _sentences(folded: str) -> list[_Sentence]:
    result, start, paragraph = [], 0, 0
    for m in _SPLIT.finditer(folded + "\n"):
        end = m.start()
        chunk = folded[start:end]
        if chunk.strip():
            for a, b in _pieces(start, end, folded):
                if folded[a:b].strip():
                    result.append(_Sentence(a, b, folded[a:b], paragraph))
        if (m.group() == "\n" and not chunk.strip()) or m.group() == "\n":
            paragraph += 1
        start = m.end()
    return result


class _Regions:
    def __init__(self, gazetteer: Gazetteer | None) -> None:
        self.gaz = gazetteer
        names: set[str] = set()
        if gazetteer is not None:
            for r in gazetteer.regions:
                for n in (r.name, r.full_name, *r.aliases):
                    if n and len(n) >= 2:
                        names.add(n)
        self.pattern = (
            re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
            if names
            else None
        )
        self.home: int | None = None  # the province whose counties the gazetteer lists: the paper's own
        self.home_ref: RegionRef | None = None
        if gazetteer is not None:
            counts: dict[int, int] = {}
            for r in gazetteer.regions:
                if r.level == "county":
                    for a in gazetteer.ancestors(r):
                        if a.level == "province" and a.id is not None:
                            counts[a.id] = counts.get(a.id, 0) + 1
            if counts:
                self.home = max(counts, key=lambda k: counts[k])
                self.home_ref = next(r for r in gazetteer.regions if r.id == self.home)

    def find(self, text: str) -> list[tuple[int, int, RegionRef]]:
        if self.pattern is None or self.gaz is None:
            return []
        found: list[tuple[int, int, RegionRef]] = []
        skipped_end = -1  # 在广元市利州区…举行: 利州区 goes with the venue 广元市
        for m in self.pattern.finditer(text):
            if m.start() == skipped_end:
                skipped_end = m.end()
                continue
            if re.search(r"(?:位列|位居|居|排名|排在)$", text[max(0, m.start() - 2) : m.start()]):
                continue  # 位列全国第8: a rank's scope, not the subject
            if _PUBLICATION.match(text, m.end()):
                continue  # 四川经济日报: a newspaper's name, not the article's place
            if _not_subject(text, m.start(), m.end()):
                continue  # 高于全省平均水平, 在游仙区举行: a benchmark or a venue, not the subject
            refs = self.gaz.lookup(m.group())
            if not refs:
                continue
            ref = refs[0]
            if self._incidental(text, m.start(), m.end(), ref):
                skipped_end = m.end()
                continue
            joined = found and (
                found[-1][1] == m.start() or (found[-1][1] == m.start() - 1 and text[m.start() - 1] in "(（")
            )
            if joined and found[-1][2].id in self._chain(ref):  # (and 四川(巴中): the one in brackets)
                found[-1] = (found[-1][0], m.end(), ref)  # 宜宾三江新区, 宜宾市叙州区: the inner one
                continue
            found.append((m.start(), m.end(), ref))
        return found

    def names(self, text: str) -> list[tuple[int, int]]:
        """Where the gazetteer's names are in ``text``, whatever their role (to take them out of a phrase)."""
        if self.pattern is None or self.gaz is None:
            return []
        return [(m.start(), m.end()) for m in self.pattern.finditer(text) if self.gaz.lookup(m.group())]

    def _incidental(self, text: str, start: int, end: int, ref: RegionRef) -> bool:
        """A place inside a name, a destination, a venue, an example or a trade partner."""
        inside = _INSIDE_NAME.match(text, end)
        if inside and not _NAME_STOP.search(inside.group()):
            return True
        if _DESTINATION_BEFORE.search(text, max(0, start - 160), start):
            return True
        if text[max(0, start - 1) : start] in ("在", "于") and _VENUE.match(text, end):
            return True
        if _BRANCH_VENUE.match(text, end):
            return True  # 自贡、攀枝花…等13个市(州)设分会场: venues
        if (
            text[max(0, start - 1) : start] in ("(", "（")
            and text[end : end + 1] in (")", "）")
            and "\u4e00" <= text[max(0, start - 2) : start - 1] <= "\u9fff"
            and not self.names(text[max(0, start - 8) : start - 1])
        ):
            return True  # 中欧班列(成都), 国家文化出口基地(自贡): part of a name
        examples = _EXAMPLES_END.match(text, end)
        if examples and not re.search(r"有|包括|的", examples.group()[:4]):
            return True
        if _EXAMPLES_BEFORE.search(text, max(0, start - 62), start):
            return True  # 包括荣县玉章故里漫画小镇等项目: an example
        if text[max(0, start - 1) : start] == "对" and _TRADE_AFTER.match(text, end):
            return True  # 对美国进出口, 对我国台湾地区进出口: a trade partner
        if _INVESTOR_AFTER.match(text, end):
            return True  # 重庆市在川投资到位资金, 福建五省市在川投资: where the money comes from
        if text[start:end] == "国内" and _DOMESTIC_AFTER.match(text, end):
            return True  # 国内省外直接投资, 国内旅游收入: “domestic”, not China
        if _SETTLES_AFTER.match(text, end) and self.names(text[end : end + 24]):
            return True  # 四川时代确定落子宜宾: a name (四川时代) that settles somewhere named after it
        return (  # 中国台湾进出口207.2亿元 in a Sichuan article: a partner
            _TRADE_AFTER.match(text, end) is not None
            and self.home is not None
            and self.home != ref.id
            and self.home not in self._chain(ref)
        )

    def common_ancestor(self, refs: list[RegionRef]) -> RegionRef | None:
        assert self.gaz is not None
        chains = [[r, *self.gaz.ancestors(r)] for r in refs]
        shared = set.intersection(*({r.id for r in chain} for chain in chains))
        return next((r for r in chains[0] if r.id in shared), None)

    def _chain(self, ref: RegionRef) -> set[int]:
        assert self.gaz is not None
        return {r.id for r in self.gaz.ancestors(ref) if r.id is not None}


def _period(label: str, published: date | None, context_year: int | None = None) -> Period | None:
    """A period as written; 全年/年末 take the year the article is about (``context_year``)."""
    year = context_year or (published.year if published else None)
    if label in ("全年", "年末", "年底"):
        if year is None:
            return None
        return (
            Period("year", date(year, 1, 1), date(year, 12, 31), label)
            if label == "全年"
            else Period("asof", date(year, 12, 31), date(year, 12, 31), label)
        )
    label = label.replace(" ", "")
    label = re.sub(r"(?<=\d年)(?:及|和|与|、)(?=\d{4}年)", "—", label)  # 2020年及2021年: both years
    for text in dict.fromkeys((label, label.replace("至", "—"))):
        try:
            return parse_period(text, published)
        except ValidationError:
            continue
    return None


#: Counts whose noun may follow the figure (45户农产品加工企业), and what the count is called then.
_PEOPLE_NOUN = re.compile(r"劳动力|群众|人口|人员|人才|职工|农民工?|工人|学生|干部|居民|游客|妇女|儿童|老人")
_COUNT_NAMES = {"名": "人数", "人": "人数", "次": "次数", "场": "场次", "种": "品种数"}
_PEOPLE = frozenset({"名", "人"})
_TRAINED_WHO = re.compile(r"^(?:累计)?(?:为|对|向|给)(?P<who>[\u4e00-\u9fff]{2,12}?)(?:累计)?培训$")
_TRAINED = re.compile(r"^(?P<scope>(?:[全我本][省市州县区])?)(?:累计)?培训(?=[\u4e00-\u9fff]{2})")
_COUNT_UNITS = frozenset(
    {
        "名",
        "人",
        "次",
        "场",
        "个",
        "家",
        "户",
        "项",
        "批",
        "所",
        "座",
        "条",
        "件",
        "台",
        "辆",
        "艘",
        "宗",
        "笔",
        "款",
        "种",
    }
)
_MEASURE_NAMES = {"area": "面积", "length": "长度", "volume": "体积"}
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,14}")
_NOUN_STOP = re.compile(
    r"们|赴|参加|参与|入驻|落户|开工|签约|完成|实现|达到|带动|集中|已经|已|正在|将|可|为|是|获得|通过|投资|建成|累计|"
    r"其中|共|均|的|和|及|与|加快|加强|推进|推动|转型|深入|入围|进入|签订|签署|分别|具有|超过|同比|连接|覆盖|辐射"
)
#: The verb between a subject and its measure: 全省地方国企累计实现利润 names 地方国企利润 (but 完成投资, the
#: investment made as against planned, is a measure of its own).
_INNER_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:累计)?实现(?=[\u4e00-\u9fff]{2})")
#: A phrase before a figure that names no measure: a point of view (从企业看, 分县区看, 从营业收入来看,
#: 省属监管企业中), examples (长虹集团、五粮液集团等15家企业) or the scope alone (全省474个重大工业项目):
#: what is counted follows the figure.
_NAMES_NOTHING = re.compile(r"^[从分按].{1,10}看$|^.{1,12}中$|等$|^[全我本][省市州县区]$")
_HAS_FIGURE = re.compile(r"\d")
#: What the firms or industries of a count did (a measure and its change, up to the clause's end).
_WHICH_ONES = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?:同比)?(?:增长|增幅|提高|下降|翻番|超过|在|达到?)[\u4e00-\u9fff\d.%％以上下]{0,10}(?=[，,。；;]|$)"
)
_PROJECTS_EVENT = re.compile(
    r"(?P<kind>(?:重大|重点)?(?:工业|产业)?项目)(?P<event>(?:集中)?(?:开工建设|开竣工|开工|签约|投产|竣工))"
)
#: What counts of firms, industries and projects count: the words after it say which ones, or what they did.
_COUNTED_HEAD = re.compile(r"企业(?!家)|行业|项目")
#: An action before what a count counts (培育规模以上工业企业30余户, 实施电力扶贫项目1个): not part of its name.
_COUNT_ACTION = re.compile(r"^(?:培育|实施|引导|引进|推动|组织|开展|建成|建设|签约|收集|汇总|新建)")
#: A phrase before the figure that names nothing counted: it ends with a verb, a particle or a joining word.
_ENDS_WITHOUT_NOUN = re.compile(
    r"(?:召开|举办|开展|组织|培训|引进|培育|新增|实施|收集|汇总|建设|建成|带动|推动|来自|的|和|及|与|、|了|共|有"
    r"|邀请|吸引|帮助|派出|选派|推出|帮扶|惠及|覆盖|吸纳|招引|认定|评选)$"  # 主办单位邀请8家央国企: 央国企
)


def _measured_thing(s_text: str, end: int, unit: str | None) -> str | None:
    """What an area, a length or a volume measures when the sentence names it after the figure and 的:
    建成2000平方米的企业孵化平台 → 企业孵化平台面积, 新建30公里的乡村道路 → 乡村道路长度."""
    if not s_text.startswith("的", end) or unit is None or not is_unit(unit):
        return None
    label = _MEASURE_NAMES.get(get_unit(unit).dimension)
    m = _NOUN_AFTER.match(s_text, end + 1)
    if label is None or m is None:
        return None
    stop = _NOUN_STOP.search(m.group())
    noun = m.group()[: stop.start()] if stop else m.group()
    return noun + label if len(noun) >= 2 else None


def _counted_noun(s_text: str, end: int, unit: str | None) -> str | None:
    """What a count counts when the sentence names it after the figure: 32次厅党组会 → 厅党组会次数."""
    if unit and unit[0] in "万亿" and len(unit) > 1:
        unit = unit[1:]  # 近20万种优质年货: 种, counted in ten thousands
    if unit not in _COUNT_UNITS:
        return None
    m = _NOUN_AFTER.match(s_text, end)
    if m is None:
        return None
    noun = m.group()
    if noun.startswith(("这", "该", "此", "上述")):
        return None  # 2119.2万人这项数据，较…: the figure spoken of, not what it counts
    event = _PROJECTS_EVENT.match(noun)  # 57个项目集中开工 → 集中开工项目数: the projects of the event
    if event:
        return event.group("event") + event.group("kind") + "数"
    stop = _NOUN_STOP.search(noun)
    noun = noun[: stop.start()] if stop else noun
    # 13户企业年化净资产收益率同比提高: 企业 are counted, the rest says which ones
    head = _COUNTED_HEAD.search(noun)
    noun = noun[: head.end()] if head else noun
    if head is not None and head.start() == 0:
        which = _WHICH_ONES.match(s_text, end + head.end())  # 3户企业利润同比翻番 → 利润同比翻番企业数
        if which is not None:
            return which.group() + noun + "数"
    if len(noun) < 2:
        return None
    suffix = _COUNT_NAMES.get(unit or "", "数")
    if suffix == "数" and _PEOPLE_NOUN.search(noun):
        suffix = "人数"  # 带动1500余个贫困劳动力就近就业 → 贫困劳动力就近就业人数: people, counted as 个
    return noun if noun.endswith(("数", "量")) else noun + suffix


def _indicator_phrase(clause: str, regions: _Regions) -> str:
    phrase = PERIOD.sub("", clause)
    cuts = []
    for start, end in regions.names(phrase):
        listed = phrase.startswith("、", end)  # 支持开江县、道孚县、阆中市工业产业发展资金: places listed
        if start == 0 or phrase[start - 1] in "，、 " or listed:
            cuts.append((start, end + 1 if listed else end))  # (a listed place with its mark)
    for start, end in reversed(cuts):
        phrase = phrase[:start] + phrase[end:]
    phrase = re.sub(r"[“”\"'（）()\s]", "", phrase)
    phrase = _LEADING.sub("", phrase)
    phrase = _DESCRIBED_SUBJECT.sub("", phrase)  # 正在建设的农特产品加工园区已经引进意向企业: 引进意向企业
    phrase = _HOW_MANY_AHEAD.sub("", phrase)  # 与广东、浙江两省共建产业园区: 共建产业园区
    phrase = _MODAL.sub("", phrase)  # 年产值能达到: 年产值
    phrase = _TRAILING.sub("", phrase)
    phrase = _INNER_VERB.sub("", phrase)  # 省属监管企业实现利润 → 省属监管企业利润
    if re.match(r"(?:累计)?实现[\u4e00-\u9fff]{2}", phrase):  # 九寨沟县实现固定收益: 固定收益
        phrase = phrase[phrase.index("实现") + 2 :]
    return phrase[-24:]


def extract(text: str, published: date | None = None, gazetteer: Gazetteer | None = None) -> list[Candidate]:
    """Candidate facts of an article, with offsets into ``text`` as given."""
    clean, index = readable(text)
    found = _extract(clean, published, gazetteer)
    if index is None:
        return found
    for c in found:  # offsets back into the text as written; the quote and figure as written
        c.start, c.end = index[c.start], index[c.end - 1] + 1
        c.text = text[c.start : c.end]
        if c.quote:
            c.quote_start, c.quote_end = index[c.quote_start], index[c.quote_end - 1] + 1
            c.quote = text[c.quote_start : c.quote_end]
        if c.kind == "observation" and c.value_text is not None:
            c.value_text = c.text
        if c.kind == "project" and c.name:
            c.name = c.text
    return found


def _extract(text: str, published: date | None, gazetteer: Gazetteer | None) -> list[Candidate]:
    folded = fold(text)
    regions = _Regions(gazetteer)
    sentences = _sentences(folded)
    article_region: RegionRef | None = None
    head = folded[:200]
    m = re.search(r"(?:日报|晚报|新闻网|讯)\s*([\u4e00-\u9fff]{2,6}?)讯", head)
    if m:
        found = regions.find(m.group(1))
        article_region = found[0][2] if found else None
    if article_region is None:
        first = regions.find(head)
        article_region = first[0][2] if first else _home(folded, regions)
    if re.search(r"我市|本市|全市", head) and (
        article_region is None or article_region.level in ("country", "province")
    ):
        cities = [r for _a, _b, r in regions.find(folded) if r.level in ("prefecture", "county")]
        article_region = _prefecture(cities[0], regions) if cities else article_region  # 我市…攀枝花
    paragraph_region: dict[int, RegionRef] = {}
    paragraph_period: dict[int, Period] = {}
    last_period: Period | None = None
    context_year: int | None = None
    last_region: RegionRef | None = None
    last_region_paragraph = -1
    main_period: Period | None = None  # the first period of the article: what its figures are about
    event_day: dict[int, Period] = {}
    events: list[tuple[int, str, str]] = []  # (offset, milestone, day) of the article's ceremonies
    opens = [m.start() for m in re.finditer("“", folded)]
    closes = [m.start() for m in re.finditer("”", folded)]

    def in_quote(offset: int) -> bool:
        return bisect.bisect(opens, offset) > bisect.bisect(closes, offset)

    def in_short_quote(offset: int) -> bool:
        if not in_quote(offset):
            return False
        i = bisect.bisect(closes, offset)
        return i < len(closes) and closes[i] - opens[bisect.bisect(opens, offset) - 1] <= 20

    event_days = _event_days(sentences, published)
    batch_match = _BATCH.search(folded)
    batch = _batch_period(folded, batch_match, published) if batch_match else None
    unsourced = _SOURCE_NAME.sub(lambda m: " " * len(m.group()), folded)  # (四川招商网讯: no ceremony)
    event_article = bool(event_days or batch or _CEREMONY.search(unsourced[:300]))
    event_paragraphs: dict[int, int] = {}  # paragraph → where it first speaks of the event (counts, totals)
    for sentence in sentences:
        if event_article and _EVENT_FIGURE.search(
            unsourced, sentence.start, sentence.start + len(sentence.text)
        ):
            event_paragraphs.setdefault(sentence.paragraph, sentence.start)
    held = _HELD.search(folded)
    event_time = _period(held.group("period"), published) if held else None
    published_day = Period("date", published, published, "发表日") if published else None

    vague_paragraphs: set[int] = set()  # 近年来，…: the paragraph's figures have no period
    went_on_next: Period | None = None  # the period of the last figure of the sentence before
    went_on_paragraph = -1
    results: list[Candidate] = []
    for sentence in sentences:
        s_text = sentence.text
        s_regions = [  # not in a short quoted name (“四川机械工业50强”)
            found
            for found in _without_partners(regions.find(s_text), s_text)
            if not in_short_quote(sentence.start + found[0])
        ]
        here = last_region or article_region
        if here is not None and regions.gaz is not None and s_regions:
            wider = {r.id for r in regions.gaz.ancestors(here)}
            s_regions = [  # 四川时代电池项目 in a Yibin article: a name that begins with the province
                f
                for f in s_regions
                if not (
                    f[2].id in wider
                    and s_text[f[1] - 1] not in "省市县区州"  # (四川省在…, 四川省第一季度…: the province)
                    and (named := _NAMED_THING.match(s_text, f[1])) is not None
                    and not _NAME_STOP.search(named.group())
                )
            ]
        for m in _OUR_AREA.finditer(s_text):  # 我省构建了…: the article's province is the subject
            if _not_subject(s_text, m.start(), m.end()):
                continue
            ref = _whole_area(m.group(), last_region or article_region, regions)
            if ref is not None and not any(a < m.end() and m.start() < b for a, b, _r in s_regions):
                s_regions.append((m.start(), m.end(), ref))
        s_regions.sort(key=lambda found: found[0])
        if s_regions and sentence.paragraph not in paragraph_region:
            paragraph_region[sentence.paragraph] = s_regions[0][2]
        found_periods = [
            (pm.start(), pm.group(), _period(pm.group(), published, context_year))
            for pm in PERIOD.finditer(s_text)
            if not re.search(r"(?:与|比|较|上)$", s_text[max(0, pm.start() - 1) : pm.start()])
            and not s_text.startswith(("相比", "底增长", "底增长了"), pm.end())
            and not _EVENT_NAME.match(s_text, pm.end())  # 2023年第一季度重大项目集中签约仪式: a name
            and not _batch_name(s_text, pm.end())  # 2019年四川省重大招商引资项目集中开工: a name
            and not _EVENT_AFTER.match(s_text, pm.end())  # 2019年成功升级为…: when it happened
            and not (pm.group() in _NOW and _MODIFIER_AFTER.match(s_text, pm.end()))
        ]
        found_periods = _years_of_wholes(found_periods, published)
        found_periods = _written_last_year(found_periods, s_text, published, context_year)
        periods = [  # (not in a quoted name: “2022年中国同位素与辐射产业峰会” — but “十三五” is the period itself)
            (pos, label, p)
            for pos, label, p in found_periods
            if p is not None
            and (not in_short_quote(sentence.start + pos) or _quoted_alone(s_text, pos, label))
            and not _in_title(s_text, pos)  # 《…规划(2016—2020年)》: a document's name
        ]
        own_clause = {
            pos
            for pos, label, _p in periods
            if _COMPARED_BEFORE.search(s_text, max(0, pos - 3), pos)
            or _PLAN_BEFORE.search(s_text, max(0, pos - 3), pos)
            or _PLAN_AFTER.match(s_text, pos + len(label))
            or (  # 其中，三季度生猪出栏…: an aside (but a sentence begun 其中，2020年12月，… is that month's)
                re.search(r"其中[，,]?$", s_text[max(0, pos - 3) : pos]) is not None
                and not _framing(s_text, pos, label)
            )
            or _TIMES_OF.match(s_text, pos + len(label)) is not None  # 是“十一五”时期的16.6倍: compared
            or _HAPPENED.match(s_text, pos + len(label))
            is not None  # 去年受自然灾害影响的…: when it happened
        }
        vague = [m.start() for m in _VAGUE.finditer(s_text)]
        lasting = [
            p
            for pos, label, p in periods
            if pos not in own_clause
            and not _framing(s_text, pos, label)  # (the sentence's own: not the next one's)
            and p.kind != "date"  # an event's date (1月20日) is not the period of the figures that follow
            and not (p.kind == "range" and "日" in label)  # nor its days (5月19日至22日)
            and not s_text.startswith(("当月", "当季", "单月"), pos + len(label))  # 9月当月: an aside
            and (not in_quote(sentence.start + pos) or _quoted_alone(s_text, pos, label))
            # (“今年我们…”: a speaker's words, not the article's time; “十三五”期间 is the article's)
        ]
        days = [
            p
            for pos, label, p in periods
            if p.kind == "date" and not _reported(s_text, pos, pos + len(label))
        ]
        if days and _EVENT.search(s_text):  # 1月18日…签约仪式举行: the day of the paragraph's event
            event_day.setdefault(sentence.paragraph, days[0])
            kind = next((k for w, k in MILESTONES if w in s_text), None)
            if kind is not None:
                events.append((sentence.start, kind, days[0].end.isoformat()))
        if lasting:
            paragraph_period[sentence.paragraph] = lasting[0]
            last_period = lasting[0]
            main_period = main_period or lasting[0]
            years = [p.start.year for p in lasting if p.kind in ("year", "ytd", "quarter", "month", "asof")]
            context_year = years[0] if years else context_year
        figure_spans = _quantities(s_text)
        growths = _growth_only(s_text, figure_spans)
        spans = sorted(figure_spans + growths + _rank_only(s_text, sorted(figure_spans + growths)))
        in_growth_or_rank = {  # the offsets of 增长5%, 排名第3: a figure there is not a level
            i for m in (*GROWTH.finditer(s_text), *RANK.finditer(s_text)) for i in range(m.start(), m.end())
        }
        region_starts = [a for a, _b, _r in s_regions]
        region_reach = list(itertools.accumulate((b for _a, b, _r in s_regions), max))
        figure_starts = [qs for qs, _qe, _t, _q in figure_spans]
        about_project = None  # whole-sentence tests, made once and only if a figure asks
        counted_projects = None
        previous_figure: tuple[int, RegionRef | None, bool] | None = None
        previous_period: Period | None = None
        went_on = went_on_next if sentence.paragraph == went_on_paragraph else None
        went_on_next, went_on_paragraph = None, sentence.paragraph
        goes_on = bool(_GOES_ON.match(s_text)) or _after_semicolon(folded, sentence.start)
        breakdown = False  # the sentence's figures after 其中 are parts of the one before
        if (
            len(s_regions) == 1
            and re.sub(r"[\s：:，,]", "", s_text) == s_text[s_regions[0][0] : s_regions[0][1]]
        ):
            last_region, last_region_paragraph = s_regions[0][2], sentence.paragraph  # a heading: 资阳
        context = (  # where the sentence is, when it names no place: as for its figures (below)
            (last_region if last_region_paragraph == sentence.paragraph else None)
            or paragraph_region.get(sentence.paragraph)
            or last_region
            or article_region
        )
        project = _project(s_text, sentence, published, regions, context, text)
        first_of_sentence = len(results)
        if project is not None:
            results.append(project)
        quote = _quote(text, sentence)
        for start, end, _q_text, quantity in spans:
            growth_only = quantity in (_GROWTH_ONLY, _RANK_ONLY)  # 规模以上工业增加值增长11.5%: no level
            if not growth_only and start in in_growth_or_rank:
                continue
            inside = bisect.bisect_right(region_starts, start)
            if inside and region_reach[inside - 1] >= end:
                continue  # 全省88个贫困县: a figure inside a place's name
            if in_short_quote(sentence.start + start):
                continue  # “九件大事”, “5+1”现代工业: a name in quotes
            if start > 0 and s_text[start - 1] == "第":
                continue
            clause_start = _clause_start(s_text, start)
            clause = s_text[clause_start:start]
            candidate = Candidate(
                "observation",
                sentence.start + start,
                sentence.start + end,
                text[sentence.start + start : sentence.start + end],
            )
            candidate.quote, candidate.quote_start, candidate.quote_end = quote
            candidate.value_text = None if growth_only else candidate.text
            candidate.value = None if growth_only else float(quantity.value)
            candidate.unit = quantity.unit
            candidate.qualifier = quantity.qualifier
            since = max(clause_start, previous_figure[0] if previous_figure else 0)  # not over a figure
            clause_phrase = phrase = _indicator_phrase(
                s_text[since:start].lstrip("、和及与")[-80:], regions
            )  # (it keeps the last 24 characters)
            # 引进德国海德堡精酿啤酒生产等5亿元以上项目: the kind after the examples
            examples = phrase.rfind("等")
            if 0 < examples < len(phrase) - 2 and (
                not _HAS_FIGURE.search(phrase[:examples]) or "、" in phrase[:examples]  # (…、30万吨…生产等)
            ):
                phrase = phrase[examples + 1 :]
            names_nothing = bool(_NAMES_NOTHING.search(phrase))
            if names_nothing:  # 从企业看, 长虹集团、五粮液集团等: what is counted follows the figure
                phrase = ""
            counted_noun = _counted_noun(s_text, end, quantity.unit)
            if len(phrase) < 2 and clause_start > 0 and not names_nothing and not counted_noun:
                # 资产规模首次突破10万亿元大关，达到10.75万亿元: the clause before names it, up to its figure
                previous = s_text[: clause_start - 1]
                prev_start = _clause_start(previous, len(previous))
                earlier = _indicator_phrase(previous[prev_start:], regions)
                figure = _HAS_FIGURE.search(earlier)
                if figure:
                    earlier = _TRAILING.sub("", earlier[: figure.start()])
                if not _NAMES_NOTHING.search(earlier):
                    phrase = earlier + phrase
            measured = _measured_thing(s_text, end, quantity.unit)
            if measured and (not phrase or _ENDS_WITHOUT_NOUN.search(phrase)):
                phrase = measured  # 园区建设起了2000平方米的企业孵化平台 → 企业孵化平台面积
            elif counted_noun and (not phrase or _ENDS_WITHOUT_NOUN.search(phrase) or len(phrase) <= 2):
                # (全线11个出入口, 宜宾敲定205个重点项目: a word or two before names nothing counted)
                # 召开32次厅党组会, 龙头企业和45户农产品加工企业: what is counted follows the figure
                phrase = counted_noun
            elif phrase and quantity.unit in _COUNT_UNITS and _COUNT_ACTION.match(phrase):
                counted = _COUNT_ACTION.sub("", phrase)  # 实施电力扶贫项目1个 → 电力扶贫项目数
                if re.fullmatch(r"(?:重大|重点|工业|产业)*项目", counted):
                    counted = phrase  # 签约项目93个: projects named by nothing but their event
                if len(counted) >= 2:
                    suffix = _COUNT_NAMES.get(quantity.unit or "", "数")
                    phrase = counted if counted.endswith(("数", "量")) else counted + suffix
            elif phrase.endswith("项目") and quantity.unit in ("个", "项"):
                phrase += "数"  # 此次集中开工项目41个 → 集中开工项目数, as the counts named after the figure
            elif quantity.unit in _PEOPLE and (trained_who := _TRAINED_WHO.match(phrase)):
                phrase = trained_who.group("who") + "培训人数"  # 为深度贫困地区培训4000余人
            elif phrase and quantity.unit in _PEOPLE and _TRAINED.match(phrase):
                # 培训贫困地区工业产业技能人才6000余人 → 贫困地区工业产业技能人才培训人数
                phrase = _TRAINED.sub(r"\g<scope>", phrase) + "培训人数"
            candidate.indicator = phrase or None
            usable = [x for x in periods if x[0] not in own_clause or x[0] >= clause_start]
            before = [x for x in usable if x[0] < start]
            following = bisect.bisect_right(figure_starts, start)
            next_figure = figure_starts[following] if following < len(figure_starts) else len(s_text)
            after_figure = [x for x in usable if start < x[0] < next_figure and x[0] not in own_clause]
            chosen = before[-1] if before else (after_figure[0] if after_figure else None)
            event_figure = (  # 签约项目26个…分县看，巴州区2个 — not a statistic told before the event
                event_paragraphs.get(sentence.paragraph, len(text)) <= sentence.start
            )
            if vague and any(v < start for v in vague) and (chosen is None or chosen[0] < min(vague)):
                vague_paragraphs.add(sentence.paragraph)
            if (any(v < start and (chosen is None or v > chosen[0]) for v in vague)) or (
                chosen is None and sentence.paragraph in vague_paragraphs
            ):
                chosen, period = None, None  # 近年来…累计签约项目236个: the article does not say when
            elif chosen is not None and not (event_figure and batch and chosen[2].kind == "date"):
                period = chosen[2]
            elif chosen is None and went_on is not None and goes_on and not (event_figure and batch):
                # …项目144个。其中，投资额10亿元以上项目77个: the parts of that whole; …12.86%；外商投资
                # 实际到位26.72亿美元: a clause after a semicolon goes on with the sentence's period
                period = went_on
            elif event_figure:  # a ceremony's figures: its batch's quarter, else its day
                chosen = None
                period = (
                    batch or _event_day(event_days, sentence.start + start) or event_time or published_day
                )
            else:
                period = (
                    paragraph_period.get(sentence.paragraph)
                    or event_day.get(sentence.paragraph)
                    or last_period
                    or main_period
                    or (batch if event_article else None)  # a headline's total: the batch's quarter
                    # 活动现场，主办单位邀请8家央国企: nothing else said when — the article's event's day
                    or (_event_day(event_days, sentence.start + start) if event_article else None)
                )
            counted = (
                re.match(r"[^，。；,;\d]{0,16}", s_text[end:]).group()  # type: ignore[union-attr]
                if quantity.unit in ("户", "家", "个")
                else ""
            )
            period = _period_for_indicator(
                period,
                f"{clause_phrase}{counted}" if counted else (clause_phrase or phrase),
                clause,
                quantity.unit,
            )
            if (
                previous_figure is not None
                and (chosen is None or chosen[0] < previous_figure[0])
                and (breakdown or "其中" in s_text[previous_figure[0] : start])
            ):
                breakdown = True  # 共争取资金50,881万元，其中：教育发展14,072万元…: the whole's period
                period = _period_for_indicator(
                    previous_period, clause_phrase or phrase, clause, quantity.unit
                )
            attribute = _ATTRIBUTE.search(clause) is not None  # 该项目总投资…, 占地…: what a thing has
            if not (chosen and chosen[0] >= clause_start) and attribute:
                if about_project is None:
                    about_project = bool(_ABOUT_PROJECT.search(s_text)) and not re.search(
                        r"\d+个(?:[\u4e00-\u9fff]{0,6})项目|项目(?:共|有)?\d+个", s_text
                    )
                if about_project:
                    period = None  # 该项目总投资13亿元, 项目占地900亩: the project's, of no period
            if project is not None and counted_projects is None:
                counted_projects = bool(_COUNTED_PROJECTS.search(s_text))
            if quantity.unit == "个月":
                period = None  # 建设周期18个月: a length of time, of no period
            elif _WHOLE_LENGTH.search(clause, max(0, len(clause) - 8)):  # (the clause's end only)
                period = None  # 成贵铁路全长约632.6公里: what a line measures, of no period
            elif not (chosen and chosen[0] >= clause_start) and (
                (project is not None and not counted_projects)
                or _ONCE_BUILT.search(s_text, 0, start)  # 项目建成达产后，预计年销售收入约1亿元
                or (attribute and _OF_PROJECT.match(s_text, end))  # 总投资10.3亿元的…产业园
            ):
                period = None
            if period is not None:
                candidate.period_label = chosen[1] if chosen else period.label
                candidate.period_kind, candidate.period_start, candidate.period_end = (
                    period.kind,
                    period.start.isoformat(),
                    period.end.isoformat(),
                )
            region, carried = _figure_region(
                s_text,
                start,
                clause_start,
                s_regions,
                previous_figure,
                regions,
                attribute,
                last_region or article_region,
            )
            whole = _whole_area(s_text[clause_start:start], last_region or article_region, regions)
            region = (
                whole
                or region
                or (last_region if last_region_paragraph == sentence.paragraph else None)
                or paragraph_region.get(sentence.paragraph)
                or last_region
                or article_region
            )
            previous_figure = (end, region, carried)
            previous_period = period
            if not growth_only and not (chosen is not None and chosen[0] in own_clause):
                went_on_next = period  # (not an aside's: 其中，三季度生猪出栏…；牛出栏… is the paragraph's)
            if (
                carried and not growth_only
            ):  # 四川、湖南等省份…: their common area holds for this sentence only
                # (nor does a growth-only fact set the article's place: 分地区看，川西北生态示范区下降5.4%)
                last_region, last_region_paragraph = region, sentence.paragraph
            if region is not None:
                candidate.region, candidate.region_code = region.name, region.code
            tail = s_text[start if growth_only else end : next_figure]
            g = GROWTH.search(tail) if quantity is not _RANK_ONLY else None
            if g and tail.startswith(("以上", "以下"), g.end()):
                g = None  # 营业收入增长10%以上的企业11户: a class, not the figure's growth
            if (
                g
                and not growth_only
                and re.search(r"[\u4e00-\u9fff]{2}", _GAP_WORDS.sub("", tail[: g.start()]))
            ):
                g = None  # 营业总收入1447亿元，利润同比增168.3%: another subject's growth
            if g:
                try:
                    growth = parse_growth(_growth_text(g))
                    base_text = g.group("basetext") or ""
                    base_year = re.fullmatch(r"(\d{4})年", base_text)
                    previous_year = (
                        base_year
                        and candidate.period_start
                        and int(base_year.group(1)) == int(candidate.period_start[:4]) - 1
                    )
                    if base_text and not previous_year and not re.search(r"上年|去年|同期|上月", base_text):
                        candidate.growth_pct = float(growth.pct) if growth.pct is not None else None
                        candidate.growth_base = g.group("basetext")
                    elif growth.multiple is not None:
                        candidate.growth_pct = float(growth.pct) if growth.pct is not None else None
                    elif growth.pct is not None:
                        candidate.yoy_pct = float(growth.pct)
                except ValidationError:
                    pass
            r = _own_rank(s_text, start if growth_only else end, next_figure)
            if r:
                try:
                    rank = parse_rank(r.group(0))
                    candidate.rank, candidate.rank_scope = rank.rank, rank.scope
                except ValidationError:
                    pass
            candidate.is_estimate = bool(ESTIMATE.search(s_text[max(0, clause_start - 12) : start]))
            if (
                project is not None
                and not growth_only
                and start >= (project.start - sentence.start)
                and not counted_projects  # 等28个项目…192.28亿元: their total
                and _project_field(project, s_text, start, quantity, candidate.text)  # also an observation
                and not (chosen and chosen[0] >= clause_start)
            ):
                _no_period(candidate)  # 总投资50亿元, 占地1200亩: the project's, of no period
            results.append(candidate)
        _respectively(s_text, sentence.start, results[first_of_sentence:], regions)
    _attach_following_project_figures(results)
    _restated(results)
    return _merge_projects(results, events)


def _restated(results: list[Candidate]) -> None:
    """9.4万亿元中…, 2119.2万人这项数据…: a figure said again without its words is the fact said before."""
    said: dict[tuple[float | None, str | None], Candidate] = {}
    for c in results:
        if c.kind != "observation" or c.value is None:
            continue
        first = said.get((c.value, c.unit))
        if first is None:
            said[(c.value, c.unit)] = c
        elif (not c.indicator or len(c.indicator) < 2) and (
            "." in c.text or len(re.sub(r"\D", "", c.text)) >= 3
        ):
            for key in (
                "indicator",
                "region",
                "region_code",
                "period_label",
                "period_kind",
                "period_start",
                "period_end",
            ):
                setattr(c, key, getattr(first, key))


def _merge_projects(results: list[Candidate], events: list[tuple[int, str, str]]) -> list[Candidate]:
    """One candidate per project name: later mentions fill what the first one lacks; a project named
    without its milestone takes the article's latest one (其中，某项目总投资… after a signing)."""
    first: dict[str, Candidate] = {}
    merged: list[Candidate] = []
    milestone: tuple[str | None, str | None] = (None, None)
    for candidate in results:
        if candidate.kind != "project" or not candidate.name:
            merged.append(candidate)
            continue
        earlier = [(kind, day) for offset, kind, day in events if offset <= candidate.start]
        if candidate.milestone:
            milestone = (candidate.milestone, candidate.milestone_date or milestone[1])
            same_day = re.search(r"当天|当日|同日", fold(candidate.quote))
            if (
                candidate.milestone_date is None
                and earlier
                and (same_day or earlier[-1][0] == candidate.milestone)
            ):
                candidate.milestone_date = earlier[-1][1]  # 当天…开工: the ceremony's day
        elif earlier or milestone[0]:
            candidate.milestone, candidate.milestone_date = earlier[-1] if earlier else milestone
        kept = first.get(candidate.name)
        if kept is None:
            first[candidate.name] = candidate
            merged.append(candidate)
            continue
        for key in (
            "milestone",
            "milestone_date",
            "investment",
            "investment_text",
            "area_m2",
            "area_text",
            "duration_months",
            "expected_output",
            "region",
            "region_code",
        ):
            if getattr(kept, key) is None and getattr(candidate, key) is not None:
                setattr(kept, key, getattr(candidate, key))
        for org, role in zip(candidate.organizations, candidate.organization_roles, strict=True):
            if org not in kept.organizations and len(kept.organizations) < 5:
                kept.organizations.append(org)
                kept.organization_roles.append(role)
    return merged


def _without_partners(found: list[tuple[int, int, RegionRef]], text: str) -> list[tuple[int, int, RegionRef]]:
    """与广东、浙江两省共建…: places after 与/同/跟 are partners, not where the figures are."""
    kept, partner_end = [], -1
    for start, end, ref in found:
        before = text[max(0, start - 1) : start]
        if before in ("与", "同", "跟") or (before in ("、", "和", "及") and partner_end == start - 1):
            partner_end = end
            continue
        kept.append((start, end, ref))
    return kept


def _respectively(s_text: str, offset: int, candidates: list[Candidate], regions: _Regions) -> None:
    """A和B分别为X和Y: X goes with A and Y with B (indicators, or places: 成都、绵阳分别实现…);
    同比分别增长X%和Y%: each growth to its figure, in order."""
    figures = [c for c in candidates if c.kind == "observation" and c.value is not None]
    for m in re.finditer("分别", s_text):
        clause_start = _clause_start(s_text, m.start())
        head = _LEADING.sub("", PERIOD.sub("", s_text[clause_start : m.start()]))
        head = _HOW_MANY_PLACES.sub("", head)  # 眉山、乐山两市分别…: the places without their count
        items = [i for i in _ITEMS.split(head) if i]
        after = [c for c in figures if c.start - offset >= m.end()][: len(items)]
        if len(items) < 2 or len(after) < len(items):
            continue
        places = [regions.gaz.lookup(i) for i in items] if regions.gaz is not None else []
        said = ""  # 德阳市、眉山市、资阳市完成一般公共预算收入分别为…: the last place, then what is measured
        if places and all(places[:-1]) and not places[-1]:
            last = regions.find(items[-1])
            if last and last[0][0] == 0:
                places[-1], said = [last[0][2]], _VERB.sub("", items[-1][last[0][1] :])
        if places and all(places):
            phrase = said or _VERB.sub("", s_text[m.end() : after[0].start - offset])
            for candidate, refs in zip(after, places, strict=True):
                candidate.region, candidate.region_code = refs[0].name, refs[0].code
                candidate.indicator = phrase or candidate.indicator
        else:
            if all(len(i) == 1 for i in items[:-1]) and len(items[-1]) > 2:
                shared = items[-1][1:]  # 省、市重点项目: 省重点项目 and 市重点项目
                items = [i + shared for i in items[:-1]] + [items[-1]]
            measure = re.sub(r"^(?:为|是|达到|达|有)", "", s_text[m.end() : after[0].start - offset])
            for candidate, item in zip(after, items, strict=True):
                named = regions.find(item)
                if named and named[0][0] == 0:  # 四川出口: the place is not part of the indicator
                    item = item[named[0][1] :]
                if (
                    item
                    and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", measure)
                    and not _GROWTH_WORD.search(measure)
                ):
                    item += measure  # 省、市重点项目分别完成投资X、Y: 省重点项目完成投资
                candidate.indicator = item or candidate.indicator
    for g in (*_GROWTHS.finditer(s_text), *_LISTED_GROWTHS.finditer(s_text)):
        values = re.findall(r"\d+(?:\.\d+)?", g.group("values"))
        before = [c for c in figures if c.start - offset < g.start()][-len(values) :]
        if len(before) != len(values):
            continue
        if (
            "分别" not in g.group()
            and not all(  # …248.7亿元、157.9亿元、109.6亿元，增长7.8%、1.8%、3.5%
                s_text[a.end - offset : b.start - offset] in ("、", "和", "及")
                for a, b in itertools.pairwise(before)
            )
        ):
            continue
        sign = -1 if g.group("dir") in NEGATIVE_GROWTH else 1
        for candidate, value in zip(before, values, strict=True):
            candidate.yoy_pct, candidate.growth_pct, candidate.growth_base = sign * float(value), None, None


def _figure_region(
    s_text: str,
    start: int,
    clause_start: int,
    s_regions: list[tuple[int, int, RegionRef]],
    previous_figure: tuple[int, RegionRef | None, bool] | None,
    regions: _Regions,
    attribute: bool,
    context: RegionRef | None,
) -> tuple[RegionRef | None, bool]:
    """The place a figure's sentence gives it, and whether that place may carry to the next sentences:
    the places named since the sentence's previous figure (their common area when listed: 开江县、道孚县
    …资金21859万元), else the previous figure's; 绵阳(95.7亿元): the place before the bracket; a project's
    own figure: where the project is (位于仁寿县); else a place named after it (五大项目落地叙州)."""
    since = previous_figure[0] if previous_figure else 0
    if start > 0 and s_text[start - 1] in "(（":
        named = [r for _pos, e, r in s_regions if e == start - 1]
        if named:
            return named[0], True
    if attribute:
        located = (  # (most sentences have no 位于: no walk over their places)
            [r for pos, _e, r in s_regions if s_text[max(0, pos - 2) : pos] == "位于"]
            if "位于" in s_text
            else []
        )
        if located:
            return located[-1], True
    fresh = [(pos, r) for pos, _e, r in s_regions if since <= pos < start]
    listed = [r for pos, r in fresh if pos >= clause_start]
    if len(listed) > 1 and _LISTED.search(s_text[clause_start:start]):
        common = regions.common_ancestor(listed)
        if common is not None:
            return common, False
    if fresh:
        return fresh[-1][1], True
    if _SUB_AREA.match(s_text[clause_start:start]) and not any(
        clause_start <= p < start for p, _e, _r in s_regions
    ):
        # 高新区6个, 市本级8个: a part of the city the gazetteer does not list — the city's
        return _prefecture(previous_figure[1] if previous_figure else context, regions), True
    if previous_figure is not None:
        return previous_figure[1], previous_figure[2]
    after = [r for pos, _e, r in s_regions if pos > start and _PLACED.search(s_text[:pos])]
    return (after[-1] if after else None), True


def _home(folded: str, regions: _Regions) -> RegionRef | None:
    """The paper's own province, for an article that names no place but speaks of a province (省财政厅,
    全省): not for one about elsewhere that names no place the gazetteer knows (德州, 扬州广陵)."""
    home = regions.home_ref
    if home is None:
        return None
    names = [n for n in (home.name, *home.aliases) if len(n) >= 2]
    return home if "省" in folded or any(n in folded for n in names) else None


def _prefecture(ref: RegionRef | None, regions: _Regions) -> RegionRef | None:
    if ref is None or regions.gaz is None:
        return None
    chain = [ref, *regions.gaz.ancestors(ref)]
    return next((r for r in chain if r.level == "prefecture"), ref)


# 4,080万元: a comma inside a number is no clause's end; 从效益看,2020年,: one before a year is
_CLAUSE_MARK = re.compile(r"[，：:;]|,(?!\d{3}(?!\d))")


def _framing(s_text: str, pos: int, label: str) -> bool:
    """其中，2020年12月，…: a period in a clause of its own at the start of a sentence begun with 其中 frames
    the sentence's figures (其中，三季度生猪出栏…, a period inside a figure's clause, is an aside)."""
    return re.fullmatch(r"其中[，,]?", s_text[:pos]) is not None and s_text.startswith(
        ("，", ","), pos + len(label)
    )


def _clause_start(text: str, end: int) -> int:
    """Where the clause that ends at ``end`` starts (after its comma, colon or semicolon)."""
    last = 0
    for m in _CLAUSE_MARK.finditer(text, 0, end):
        last = m.end()
    return last


def _no_period(candidate: Candidate) -> None:
    candidate.period_label = candidate.period_kind = candidate.period_start = candidate.period_end = None


def _event_days(sentences: list[_Sentence], published: date | None) -> list[tuple[int, Period]]:
    """The days of the article's events (1月18日…签约仪式举行, 昨(27)日…集中开工), by offset."""
    days: list[tuple[int, Period]] = []
    today = published  # 今日/昨日 count from the dateline's day (人民网成都6月29日电), else the paper's
    for sentence in sentences:
        for m in PERIOD.finditer(sentence.text):
            if _DATELINE_AFTER.match(sentence.text, m.end()) and today == published:
                dateline = _period(m.group(), published)
                today = dateline.end if dateline is not None and dateline.kind == "date" else today
                break
        if not _EVENT.search(sentence.text):
            continue
        for m in PERIOD.finditer(sentence.text):
            if _DATELINE_AFTER.match(sentence.text, m.end()) or _reported(sentence.text, m.start(), m.end()):
                continue  # 本报德州5月27日讯, 记者1月15日从…获悉: the day of the report, not of the event
            p = _period(m.group(), published)
            if p is not None and (p.kind == "date" or (p.kind == "range" and "日" in m.group())):
                days.append((sentence.start + m.start(), p))  # (1月23日—2月6日…举办: the days it is held)
                break
        else:
            relative = _RELATIVE_DAY.search(sentence.text)
            if relative and today is not None:
                if relative.group("day") or relative.group("dom"):
                    day = int(relative.group("day") or relative.group("dom"))
                    month_start = today.replace(day=1)
                    when = (
                        today.replace(day=day)
                        if day <= today.day
                        else (month_start - timedelta(days=1)).replace(day=min(day, 28))
                    )
                else:
                    when = today - timedelta(days=1) if relative.group().startswith("昨") else today
                days.append((sentence.start + relative.start(), Period("date", when, when, relative.group())))
    return days


_OWN_YEAR = re.compile(r"今年|去年|本年|上年|明年|前年|同期")


def _years_of_wholes(
    found: list[tuple[int, str, Period | None]], published: date | None
) -> list[tuple[int, str, Period | None]]:
    """过去的一年，…全年累计签约项目79个: 全年 and 年末 are of the year named before them in the sentence, and
    so is a month or quarter written without its year (2020年,…在5月实现正增长,全年…: May and the whole of
    2020, not of the publication's year)."""
    result, year = [], None
    for pos, label, p in found:
        if label in ("全年", "年末", "年底") and year is not None:
            p = _period(label, published, year)
        elif p is not None and p.relative and year is not None and not _OWN_YEAR.search(label):
            p = _period(label, published, year)  # (its year is the sentence's, as it was)
        elif p is not None and p.kind in ("year", "asof", "quarter", "ytd", "month"):
            year = p.end.year
        result.append((pos, label, p))
    return result


def _event_day(days: list[tuple[int, Period]], offset: int) -> Period | None:
    """The day of the latest event before ``offset``, else of the first one (a headline's figures)."""
    if not days:
        return None
    i = bisect.bisect_right(days, offset, key=lambda day: day[0])  # (days are in text order)
    return days[i - 1][1] if i else days[0][1]


def _batch_period(folded: str, m: re.Match[str], published: date | None) -> Period | None:
    """第四季度 of 该市第四季度集中开工: the quarter, in the year written before it or the article's."""
    label = m.group("period")
    if not re.match(r"\d{4}年", label):
        years = re.findall(r"(\d{4})年", folded[: m.start()])
        year = int(years[-1]) if years else (published.year if published else None)
        if year is None:
            return None
        label = f"{year}年{label}"
    return _period(label, published)


def _written_last_year(
    found: list[tuple[int, str, Period | None]], s_text: str, published: date | None, context_year: int | None
) -> list[tuple[int, str, Period | None]]:
    """广安产业园今年引进产业项目21个 in a review of 2020 printed on 21 January 2021: written in December, 今年
    is the year the article is about — when the paper is of January, the figures before were of the year
    before, and the sentence tells of things done, not planned (今年将…, 今年计划… are the new year's)."""
    if (
        published is None
        or published.month != 1
        or context_year != published.year - 1
        or _PLANNED.search(s_text)
    ):
        return found
    year = Period("year", date(context_year, 1, 1), date(context_year, 12, 31), "今年")
    return [(pos, label, year if label == "今年" else p) for pos, label, p in found]


def _quoted_alone(text: str, pos: int, label: str) -> bool:
    """“十三五”期间: the quotes hold the period and nothing else (the label may begin with its quote)."""
    if label.startswith(("“", '"')):
        return True
    return text[pos - 1 : pos] in ("“", '"') and text[pos + len(label) : pos + len(label) + 1] in ("”", '"')


def _in_title(text: str, pos: int) -> bool:
    """Inside 《…》: a document's or a book's name (within the 80 characters a title runs to)."""
    start = max(0, pos - 80)
    return text.rfind("《", start, pos) > text.rfind("》", start, pos)


def _after_semicolon(text: str, start: int) -> bool:
    """The sentence that starts at ``start`` follows a semicolon (spaces between), looked at backwards."""
    i = start - 1
    while i >= 0 and start - i < 8 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] in "；;"


def _reported(text: str, start: int, end: int) -> bool:
    """这是记者1月15日从…会议上获悉的, 4月17日，记者从省经信委了解到: when the reporter learned it."""
    return text.endswith("记者", 0, start) or _REPORTED_AFTER.match(text, end) is not None


def _batch_name(text: str, at: int) -> bool:
    """2019年四川省重大招商引资项目集中开工: the name of a batch — not 2020年宜宾市组织开展重大项目集中开工15次,
    a year in which the city organised batches."""
    named = _BATCH_NAME.match(text, at)
    return named is not None and not re.search(r"组织|开展|举办|举行|累计|共", named.group())


def _period_for_indicator(period: Period | None, phrase: str, clause: str, unit: str | None) -> Period | None:
    """截至2019年底 + 工业增加值: a year's flow, not a stock; 2016—2020年 + 年产值: the last year;
    2020年 + 企业达17户: a count of enterprises is a stock, at the end of the period (not 新设企业908家, not
    收入超过千亿元的企业3户); 2020年 + 资产总额: a stock, at the end; 年度计划投资: the year's plan."""
    if period is None:
        return None
    if _PLANNED_INVESTMENT.search(phrase):
        year = period.end.year
        return Period("year", date(year, 1, 1), date(year, 12, 31), period.label)
    counted_change = unit in ("户", "家", "个") and _NEW_FLOW.search(phrase)  # 13户企业收益率提高
    if (
        period.kind in ("year", "range", "ytd", "quarter", "month")
        and _STOCK.search(phrase)
        and not counted_change
    ):
        return Period("asof", period.end, period.end, period.label)  # 上半年…资产总额: at its end
    if period.kind in ("year", "range") and (
        _STOCK.search(phrase)
        or (
            unit in ("户", "家")
            and "企业" in phrase
            and not _NEW_FLOW.search(phrase)
            and not _FLOW.search(phrase)
        )
    ):  # (资产规模超过千亿元的企业 is counted at the end; 收入增长超过20%的企业 over the year)
        return Period("asof", period.end, period.end, period.label)
    if period.kind == "asof" and _FLOW.search(phrase) and "累计" not in clause:
        # 截至3月末…总收入1447亿元: a flow over the year's months up to that day
        kind = "year" if (period.end.month, period.end.day) == (12, 31) else "ytd"
        return Period(kind, date(period.end.year, 1, 1), period.end, period.label)
    if period.kind == "range" and period.end.year > period.start.year and phrase.startswith("年"):
        return Period("year", date(period.end.year, 1, 1), date(period.end.year, 12, 31), period.label)
    return period


def _not_subject(text: str, start: int, end: int) -> bool:
    """高于全省平均水平, 比全国…, 在游仙区举行: a place named as a benchmark or a venue."""
    return bool(
        _NOT_SUBJECT_BEFORE.search(text, max(0, start - 6), start)
        or text.startswith("平均", end)
        or (
            text[max(0, start - 1) : start] in ("在", "于")
            and _NOT_SUBJECT_AFTER.match(text, end) is not None
        )
    )


def _whole_area(clause: str, context: RegionRef | None, regions: _Regions) -> RegionRef | None:
    """全省 / 全市 / 全国: the province or city the article is about, or China (not 高于全省平均水平)."""
    words = {
        m.group()
        for m in _WHOLE.finditer(clause)
        if not _not_subject(clause, m.start(), m.end())
        and clause[max(0, m.start() - 1) : m.start()] != "对"  # 对我国台湾地区进出口: a partner
        and not clause.startswith("台湾", m.end())
    }
    if words & {"全国", "我国"} and regions.gaz is not None:
        found = regions.gaz.lookup("全国")
        return found[0] if found else None
    if context is None or regions.gaz is None:
        return None
    chain = [context, *regions.gaz.ancestors(context)]
    if words & {"全省", "我省", "本省"}:
        return next((r for r in chain if r.level == "province"), None)
    if words & {"全市", "全州", "我市", "本市"}:
        return next((r for r in chain if r.level == "prefecture"), None)
    return None


def _growth_text(g: re.Match[str]) -> str:
    return f"{g.group('dir')}{g.group('num')}{g.group('unit')}"


_RANK_GAP = re.compile(r"总量|规模|增速|增幅|速度|进出口|[，,、（）()\s\d.%]")


def _own_rank(s_text: str, end: int, limit: int) -> re.Match[str] | None:
    """The rank that follows a figure and is its own (…4038.73亿元，增长6.5%，总量位列全省第2), not another
    subject's (…增长11.5%，绵阳市经济总量居全省第2位)."""
    r = RANK.search(s_text, end, limit)
    if r is None:
        return None
    gap = _RANK_GAP.sub("", _GAP_WORDS.sub("", GROWTH.sub("", s_text[end : r.start()])))
    return None if re.search(r"[\u4e00-\u9fff]{2}", gap) else r


class _GrowthOnly:
    """Stands for the quantity of a growth said without a level (规模以上工业增加值增长11.5%)."""

    value = None
    unit = None
    qualifier = "exact"


_GROWTH_ONLY = _GrowthOnly()
_RANK_ONLY = _GrowthOnly()  # 经济总量居全省第2位: a rank said without a level or a growth


def _rank_only(s_text: str, spans: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """The ranks of a sentence that no figure or growth before them in their clause takes, when the words
    before them name what is ranked."""
    taken = set()
    for i, (_start, end, _text, _q) in enumerate(spans):
        following = spans[i + 1][0] if i + 1 < len(spans) else len(s_text)
        r = _own_rank(s_text, end, following)
        if r:
            taken.add(r.start())  # 地区生产总值4038.73亿元，增长6.5%，总量位列全省第2: the figure's rank
    found = []
    for r in RANK.finditer(s_text):
        clause_start = _clause_start(s_text, r.start())
        if r.start() in taken or any(clause_start <= a < r.start() for a, _e, _t, _q in spans):
            continue  # the rank of the figure or growth before it
        if any(a <= r.start() < b for a, b, _t, _q in spans) or r.group("scope") is None:
            continue
        before = PERIOD.sub("", s_text[clause_start : r.start()])
        if len(re.findall(r"[\u4e00-\u9fff]", before)) < 2 or re.search(r"增速|增幅|速度", before):
            continue  # 增速居全国第3位 without its growth: nothing to rank
        found.append((r.start(), r.end(), r.group(), _RANK_ONLY))
    return found


#: An average over years (两年平均增长, 三年平均, 年均增长): not a year-on-year growth, and not a fact of
#: its own — what it averages was named before it.
_AVERAGE_BEFORE = re.compile(r"(?:[两二三四五六七八九十\d]+年)?(?:平均|年均)$")


def _growth_only(s_text: str, figures: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """The growths of a sentence no figure takes: each is a fact of its own when the words before it
    name what grew (规模以上工业增加值增长11.5%), not when it is a class (增长10%以上), a difference of rates
    (提高1.1个百分点), one of a 分别 list, or the growth of a figure just before it (出口4473.5亿元，增长18.5%)."""
    taken: set[int] = set()
    for i, (_start, end, _text, _q) in enumerate(figures):
        following = figures[i + 1][0] if i + 1 < len(figures) else len(s_text)
        tail = s_text[end:following]
        g = GROWTH.search(tail)
        if g and not re.search(r"[\u4e00-\u9fff]{2}", _GAP_WORDS.sub("", tail[: g.start()])):
            taken.add(end + g.start())
    lists = [(m.start(), m.end()) for m in _GROWTHS.finditer(s_text)]
    found = []
    for g in GROWTH.finditer(s_text):
        if (
            g.start() in taken
            or any(a <= g.start() < b for a, b in lists)
            or g.group("unit") != "%"
            or s_text.startswith(("以上", "以下"), g.end())
            or any(_clause_start(s_text, g.start()) <= f_start < g.start() for f_start, _e, _t, _q in figures)
            or _AVERAGE_BEFORE.search(s_text, max(0, g.start() - 8), g.start())  # 两年平均增长6.0%: not yoy
        ):
            continue
        before = s_text[_clause_start(s_text, g.start()) : g.start()]
        if len(re.findall(r"[\u4e00-\u9fff]", PERIOD.sub("", before))) < 2:
            continue  # 增长5.3%: nothing says what grew
        found.append((g.start(), g.end(), g.group(), _GROWTH_ONLY))
    return found


def _quantities(s_text: str) -> list[tuple[int, int, str, Any]]:
    found = []
    taken: set[int] = set()  # the offsets of the figures found by an earlier pattern
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
            if pattern is QUANTITY and m.group("num")[0] in _NUMERALS and m.group("unit") in ("次", "项"):
                continue  # 三次产业, 十一届三次全会, 三项预算: names and lists, not counts
            try:
                quantity = parse_quantity(m.group(0))
            except ValidationError:
                continue
            if pattern is MAJOR and quantity.unit is None:
                quantity = dataclasses.replace(quantity, unit="个")  # 9大主题馆: nine halls, counted
            taken.update(range(start, end))
            if not _no_fact(s_text, start, end, quantity):
                found.append((start, end, m.group(0), quantity))
    found.sort()
    return found


_NUMERALS = frozenset("一二两三四五六七八九十百千")


def _no_fact(s_text: str, start: int, end: int, quantity: Any) -> bool:
    """A change (增加1.3亿元), a capacity (年产10万吨), a class of what is counted (投资10亿元以上的项目39个,
    8家企业营业收入超过500亿元), a count of the country's divisions (全省21个市州), a page's hits."""
    if _NOT_FACT_BEFORE.search(s_text, max(0, start - 44), start):
        return True
    after = s_text[end : end + 12]
    if _THRESHOLD_AFTER.match(after):
        return True
    if s_text[start - 1 : start] == "、" and _EXAMPLE_ITEM_AFTER.match(s_text, end):
        return True  # 引进万达文旅城、30万吨精酿啤酒生产等项目: part of an example's name
    if re.search(r"\d[—\-–~至]\d", s_text[start:end]) and re.match(r"的(?:项目|企业)", after):
        return True  # 投资额10—30亿元的项目: a class
    if s_text.endswith(("以上", "以下"), start, end) and (
        _THRESHOLD_ABOVE.match(after) or re.match(r"\d", after)
    ):
        return True
    if quantity.qualifier == "over" and (
        _COUNTED_BEFORE.search(s_text, max(0, start - 24), start) or re.match(r"(?:的)?项目", after)
    ):
        return True
    if quantity.unit == "个" and (_DIVISIONS_AFTER.match(after) or _TIME_AFTER.match(after)):
        return True  # 全省21个市州; 连续8个季度: a length of time
    if _STANDARD_BEFORE.search(s_text, max(0, start - 10), start):
        return True  # 先进县每个奖补6000万元, 升为四星级的补差500万元: a policy's rate, not an amount given
    if _STREAK_BEFORE.search(s_text, max(0, start - 24), start):
        return True  # 时隔13个月, 连续4个月单月…超1000亿元: a length of time, a recurring threshold
    if quantity.unit in ("个", "种", "项", "家", "户") and _POPULATION_AFTER.match(s_text, end):
        return True  # 41个大类行业中有21个, 157种主要工业产品有73种: the whole, not the counted part
    if quantity.unit == "个" and s_text[start] in _NUMERALS and _SLOGAN_AFTER.match(after):
        return True  # 三个中心六大基地: a slogan's parts, not a count
    if quantity.unit in ("个", "项") and s_text[start] in _NUMERALS and _ENUMERATION_AFTER.match(after):
        return True  # 主要呈现三个特点: a list's length
    return quantity.unit == "个" and bool(_ELIDED_POINTS.match(after))  # 提升20个、36个百分点


def _project(
    s_text: str,
    sentence: _Sentence,
    published: date | None,
    regions: _Regions,
    context: RegionRef | None,
    original: str,
) -> Candidate | None:
    verb = next(((w, k) for w, k in MILESTONES if w in s_text), None)
    if verb is None and not _INVESTED.search(s_text):
        return None  # a project sentence names a milestone, or a project and its investment
    spans: list[list[int]] = []
    for hit in re.finditer(rf"([\u4e00-\u9fffA-Za-z0-9·（）()\-]{{2,30}}?{PROJECT_SUFFIX})", s_text):
        if spans and hit.start() == spans[-1][1] and not re.search(r"[为是的在将]", hit.group()):
            spans[-1][1] = hit.end()  # 阆中市古城 + 文旅综合体: one name
        elif spans:
            break
        else:
            spans.append([hit.start(), hit.end()])
    if not spans:
        return None
    start, end = spans[0]
    if s_text.startswith("项目", end) and not s_text[start:end].endswith("项目"):
        end += 2  # 古城文旅综合体项目
    name = s_text[start:end]
    if verb is None and not re.match(r"[，,]?(?:计划|拟|预计)?总?投资", s_text[end:]):
        return None
    for _ in range(3):  # 蓝盾股份将有蓝盾安可…: peel the words before the name, one after another
        peeled = _LEADING.sub("", _BEFORE_NAME.sub("", name))
        if not peeled or peeled == name:
            break
        name = peeled
    if (
        len(name) < 6
        # (为不断夯实…项目: a purpose)
        or re.match(r"(?:一批|一个|重大|重点|加快|集中|产业|这|该|其|为|\d)", name)
        or re.search(r"一批|集中|季度|签约|第[一二三四五六七八九十\d]+批|推介会|仪式|活动|大会|会议|暨", name)
        or re.search(r"[和及、]", name)  # 助推工业产业和定点扶贫项目落地: kinds of projects, not one
        or re.search(r"\d+[个個]", name)  # 未来2-3年四川330个重大项目: a count of projects, not one
        or (regions.gaz is not None and regions.gaz.lookup(name))  # 甘眉工业园区: a zone, not a project
        or not _CATEGORY_WORDS.sub("", name)  # 竣工投产项目35个, 列入全市重点项目: a category, not a project
    ):
        return None
    start = s_text.index(name)
    c = Candidate(
        "project",
        sentence.start + start,
        sentence.start + start + len(name),
        original[sentence.start + start : sentence.start + start + len(name)],
    )
    c.name = c.text
    c.quote, c.quote_start, c.quote_end = _quote(original, sentence)
    c.milestone = verb[1] if verb else None
    day = re.search(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日", s_text)
    if day:
        p = _period(day.group(0), published)
        if p is not None:
            c.milestone_date = p.end.isoformat()
    found = regions.find(s_text)
    region = found[-1][2] if found else context
    if region is not None:
        c.region, c.region_code = region.name, region.code
    names = (re.split(r"与|和|及|由|同|跟|、|是|将|为|在|的|对", o)[-1] for o in ORG.findall(s_text))
    c.organizations = [o for o in dict.fromkeys(names) if len(o) >= 4][:5]
    c.organization_roles = [_org_role(s_text, o) for o in c.organizations]
    return c


def _org_role(s_text: str, org: str) -> str:
    """投资/出资 after the name: investor; 承建/施工/建设: builder; 运营: operator; in a signing: signatory."""
    at = s_text.find(org) + len(org)
    after, before = s_text[at : at + 6], s_text[max(0, at - len(org) - 3) : at - len(org)]
    if re.match(r"(?:将|计划|拟)?(?:投资|出资|投建|独资|全资)", after):
        return "investor"
    if re.match(r"(?:负责)?(?:承建|施工|建设)", after) or before.endswith(("由", "承建方")):
        return "builder"
    if re.match(r"(?:负责)?运营", after):
        return "operator"
    if "签约" in s_text or "签署" in s_text:
        return "signatory"
    return "partner"


def _project_field(project: Candidate, s_text: str, start: int, quantity: Any, written: str) -> bool:
    """Figures of a project sentence go to the project (investment, area, duration, output);
    ``written`` is the figure as in the article (億元, not the folded 亿元)."""
    before = s_text[max(0, start - 8) : start]
    unit = quantity.unit or ""
    try:
        if (
            "投资" in before
            and unit.endswith("元")
            and not re.search(r"完成|年度|今年|当年|年内|年计划", before)
        ):
            project.investment = float(quantity.to("亿元"))
            project.investment_text = written
        elif ("占地" in before or "面积" in before or "建筑" in before) and unit in (
            "平方米",
            "万平方米",
            "亩",
            "公顷",
            "平方公里",
        ):
            project.area_m2 = float(quantity.to("平方米"))
            project.area_text = written
        elif "周期" in before or "工期" in before:
            project.duration_months = float(quantity.to("个月"))
        elif ("产值" in before or "销售收入" in before or "营业收入" in before) and unit.endswith("元"):
            project.expected_output = float(quantity.to("亿元"))
        else:
            return False
    except ValidationError:
        return False
    return True


def _attach_following_project_figures(results: list[Candidate]) -> None:
    """“该项目计划总投资15亿元” in the sentence after the project's: the figures belong to it."""
    last_project: Candidate | None = None
    for candidate in list(results):
        if candidate.kind == "project":
            last_project = candidate
            continue
        if last_project is None or candidate.start - last_project.end > 200:
            continue
        if _COUNTED_PROJECTS.search(fold(candidate.quote)):
            continue  # 等474个重大工业项目集中开工，总投资1706亿元: the total of them all
        if candidate.quote_start != last_project.quote_start and not _ABOUT_PROJECT.search(
            fold(candidate.quote)
        ):
            continue  # a later sentence's figure is the project's when the sentence speaks of it (该项目…)
        phrase = candidate.indicator or ""
        unit = candidate.unit or ""
        target = None
        if (
            "投资" in phrase
            and unit.endswith("元")
            and not re.search(r"完成|年度|今年|当年|年内|年计划", phrase)
        ):
            target = "investment"
        elif ("占地" in phrase or "面积" in phrase) and "平方" in unit:
            target = "area"
        elif "周期" in phrase and unit in ("个月", "月"):
            target = "duration"
        if target is None:
            continue
        try:
            q = parse_quantity(candidate.text)
            if target == "investment" and last_project.investment is None:
                last_project.investment, last_project.investment_text = float(q.to("亿元")), candidate.text
            elif target == "area" and last_project.area_m2 is None:
                last_project.area_m2, last_project.area_text = float(q.to("平方米")), candidate.text
            elif target == "duration" and last_project.duration_months is None:
                last_project.duration_months = float(q.to("个月"))
            else:
                continue
            _no_period(candidate)  # the project's figure (该项目总投资13亿元), of no period
        except ValidationError:
            continue
