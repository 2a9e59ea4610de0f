"""What a figure measures: the words of its clause before it, made a name (places, periods, verbs and
function words taken out), or what it counts or measures when the words after it say."""

from __future__ import annotations

import re

from ..periods import PERIOD_IN_TEXT as PERIOD
from ..units import get_unit, is_unit
from .figure_places import place_of_note
from .figures import RANK_ONLY
from .kinds import TOWARDS
from .naming_grammar import ALIAS_NOTE, HOW_COMPUTED, MEASURE_HEAD, without_scope_notes
from .places import Places
from .rates import Share, share_name, share_of_who
from .state import Figure
from .text import clause_start

LEADING = re.compile(
    r"^(?:其中|同时|同期|此外|另外|全年|据统计|据海关统计|数据显示|[\u4e00-\u9fff]{0,8}?监测显示|截至目前|目前|如今|当前|"
    r"此次|本次|这次|预计|活动|[一二三四五六七八九十]是|首先|其次|带动|支撑|拉动|已|共计|合计|总计|总共|共|并|和|与|及|特别是|尤其是|"
    r"力争|确保|争取(?!资金|到|上级|中央|国家|省级|开工|新开工)|要(?![素求点闻件害])|"
    r"还将|还|将|，|、|的)+"
)

TRAILING = re.compile(
    r"(?:(?:实现|完成|达到|高达|多达|达|为|共计|合计|总计|共|累计|(?<!签)约|逾|超过|超|近|逼|突破|首次突破|已有|已经|有|是|分别|新增|带动|引进"
    rf"|控制在|保持在|稳定在|{TOWARDS}|(?<![人年日月平亩户])均|更是|(?<![变])更|也|仍)了?)+$"
)

#: What was sold said after the verb, or what sold before it (共销售福利彩票, 双色球销售了): its 销售额.
_SOLD = re.compile(
    r"(?:全省|全市|全国|全县|全州|全区)?(?:共|累计)?销售了?(?P<what>[\u4e00-\u9fffA-Za-z\d]{2,12})|(?P<seller>[\u4e00-\u9fffA-Za-z\d]{2,12}?)销售了?"
)
#: 为国家筹集福利彩票公益金: what was raised, a measure itself.
_RAISED = re.compile(
    r"(?:为[\u4e00-\u9fff]{1,6}?)?(?:共|累计)?筹集(?:了)?(?P<what>[\u4e00-\u9fff]{1,12}?(?:资金|公益金|基金|款))"
)
#: An activity said without its amount's noun (网络零售, 电子商务交易): what it came to is its 额.
_TRADE_ACTIVITY = re.compile(r"[\u4e00-\u9fff]{2,10}(?:零售|批发|交易|成交)$")

#: 已经占到了, 占据了: the verb of a share, said at length.
_SHARE_VERB = re.compile(r"(?:已经|已)?占(?:到了?|据了?|了)")

_ONLY_TOWARDS = re.compile(rf"(?:将|再|又)?了?{TOWARDS}")

_DESCRIBED_SUBJECT = re.compile(
    r"^[\u4e00-\u9fff]{0,8}的[\u4e00-\u9fff]{2,12}?(?:已经|已)(?=[\u4e00-\u9fff]{3})"
)

_HOW_MANY_AHEAD = re.compile(
    r"^(?:[两二三四五六七八九十]|\d{1,2})个?(?:市州|市|县|区|州|省)(?=[\u4e00-\u9fff]{2})"
)

#: Words of when inside a phrase (在当天, 三天): not part of what is measured.
_WHEN_INSIDE = re.compile(
    r"在?当[天日](?=[\u4e00-\u9fff])|前?(?:\d{1,2}|[一二三四五六七八九十]{1,2})天(?=累计|共|接待)"
)

#: 将 before the verb of a name (市重点项目将完成投资): what it will be, the same measure.
_FUTURE = re.compile(r"(?:(?<=[\u4e00-\u9fff]{2})|^)(?:将|可)(?=完成|实现|达到|新增|建成)")

# 年产值能达到 (达到 may be the figure's: 能 ends the phrase) — not the 能 of 产能, 功能, 性能 …
_MODAL = re.compile(
    r"(?:能够|(?<![产功性动效技节储电智潜体职机才本万全])能|可以|(?<![许认])可|将|有望|预计|(?<![主重需纲摘概提])要|力争|确保)"
    r"(?=(?:达到|达|实现|突破|超过|超|保持在|控制在|稳定在)?了?$)"
)

#: Counts whose noun may follow the figure (45户农产品加工企业), and what the count is called then.
_PEOPLE_NOUN = re.compile(r"劳动力|群众|人口|人员|人才|职工|农民工?|工人|学生|干部|居民|游客|妇女|儿童|老人")

_COUNT_NAMES = {"名": "人数", "人": "人数", "次": "次数", "场": "场次", "种": "品种数"}

_PEOPLE = frozenset({"名", "人"})

_TRAINED_WHO = re.compile(r"^(?:累计)?(?:为|对|向|给)(?P<who>[\u4e00-\u9fff]{2,12}?)(?:累计)?培训$")

_TRAINED = re.compile(r"^(?P<scope>(?:[全我本][省市州县区])?)(?:累计)?培训(?=[\u4e00-\u9fff]{2})")

_NEW = re.compile(r"新增|新注册|新登记")
_COUNT_UNITS = frozenset("名人次场个家户项批所座幢起栋部条件台辆艘宗笔款种")  # (each a unit of one character)

_MEASURE_NAMES = {"area": "面积", "length": "长度", "volume": "体积"}

#: A site a place's short name names (峨眉山景区, 乐山大佛景区, 九寨沟景区, 双流国际机场, 成都航空枢纽), a station
#: or a railway's bureau (成都东站, 成都车站, 成都局集团公司, 成都铁路港).
_SITE_NAMED = re.compile(
    r"(?:大佛)?(?:景区|风景区|景点|旅游区|古镇)|(?:国际)?机场|航空枢纽|(?:[东西南北]|火车|客运)?站|车站|局集团|铁路局|铁路港"
    r"|港(?![口澳台])"  # (泸州港, 宜宾港: a port named by its city)
    r"|盆地|高原|盆周山区|流域"  # (四川盆地天然气总资源量: a region of nature, named by the place)
)


def _names_a_site(phrase: str, end: int, start: int | None = None) -> bool:
    """A place's short name (not 某某市) that names the site after it (峨眉山景区, 双流国际机场; 泸州港: a
    two-character name is a short one, whatever its last character)."""
    short = phrase[end - 1] not in "省市县区州" or (start is not None and end - start == 2)
    return short and _SITE_NAMED.match(phrase, end) is not None


_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,14}")
#: A measure said after a count (…总数达, …数量为): no thing the count counts, but the next figure's name.
_A_MEASURE = re.compile(r"(?:总数|数量|总量|总额|规模)[达为是]$")

_NOUN_STOP = re.compile(
    r"们|赴|参加|参与|入驻|落户|开工|签约|完成|实现|达到|带动|集中|已经|已|正在|将|可|为|是|获得|通过|投资|建成|累计|"
    r"其中|共|均|的|和|及|与|加快|加强|推进|推动|转型|深入|入围|进入|签订|签署|分别|具有|超过|同比|连接|覆盖|辐射"
    r"|超越|位居|位列|排名"
)

#: The verb between a subject and its measure: 全省地方国企累计实现利润 names 地方国企利润 (but 完成投资, the
#: investment made as against planned, is a measure of its own).
_INNER_VERB = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:(?<=业)(?:企业)?(?:累计)?(?:完成|实现)工业(?=增加值)|(?:累计)?实现(?=[\u4e00-\u9fff]{2})"
    r"|(?:共|累计)?完成(?=增加值|旅客吞吐量|货邮吞吐量|起降|货物吞吐量|集装箱吞吐量|港口吞吐量)|(?<=机场|实现|完成)年(?=旅客吞吐量|货邮吞吐量)|(?:累计|共|合计)(?=接待))"
)  # 省属监管企业实现利润, 建筑业完成增加值 (but 完成投资, 完成营业额 are measures), 景区累计接待游客; 重工业完成
# 工业增加值, 规模以上工业企业完成工业增加值: 重工业增加值, 规模以上工业增加值

#: A phrase before a figure that names no measure: a point of view (从企业看, 分县区看, 从营业收入来看,
#: 省属监管企业中), examples (长虹集团、五粮液集团等15家企业) or the scope alone (全省474个重大工业项目):
#: what is counted follows the figure.
#: 上等烟比例, 一等品率, 高等教育: a grade's 等 is a word's, not the 等 that ends a list of examples.
_GRADE_WORD = re.compile(r"[上中下高同优特初次一二三四五头]等")
_NAMES_NOTHING = re.compile(r"^[从分按].{1,10}看$|^.{1,12}中$|等$|^[全我本][省市州县区]$")

#: A figure in words (not the digits of a name: 5G基站, 10GPON端口, PM2.5浓度, 4A级).
_HAS_FIGURE = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d.])")

#: What the firms or industries of a count did (a measure and its change, up to the clause's end).
_WHICH_ONES = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?:同比)?(?:增长|增幅|提高|下降|翻番|超过|在|达到?)[\u4e00-\u9fff\d.%％以上下]{0,10}(?=[，,。；;]|$)"
)

#: Firms on a list (10户企业入列四川省制造业“贡嘎培优”百强名单, 2户企业入选…名单): counted as the list's.
_LISTED_ONES = re.compile(
    r"(?:新|首次)?(?:入选|入列|入围|上榜|荣获|获评|被评为|列入|纳入)[^，,。；;、]{2,30}?(?=[，,。；;、]|$)"
)

#: 公布了第三批专精特新小巨人企业名单，四川省133户企业入选: the list named before the firms that entered it.
_LIST_PUBLISHED = re.compile(r"(?:公布|公示|发布)了?的?(?P<list>[^，,。；;、\s]{2,30}?名单)")
_ENTERED = re.compile(r"(?:新|已|首次)?(?P<verb>入选|入围|上榜)(?=[\s，,。；;]|$)")


def _list_named_before(s_text: str, start: int, after: int) -> str:
    """入选 said alone after firms counted: the list the sentence published before them (or none)."""
    entered = _ENTERED.match(s_text, after)
    published = list(_LIST_PUBLISHED.finditer(s_text, 0, start))
    if entered is None or not published:
        return ""
    return entered.group("verb") + re.sub(r"[“”\"'《》]|\d{4}年度?", "", published[-1].group("list"))


_PROJECTS_EVENT = re.compile(
    r"(?P<kind>(?:重大|重点)?(?:工业|产业)?项目)(?P<event>(?:集中)?(?:开工建设|开竣工|开工|签约|投产|竣工))"
)

#: What counts of firms, industries and projects count: the words after it say which ones, or what they did.
_COUNTED_HEAD = re.compile(r"企业(?!家)|行业|项目")

#: An action before what a count counts (培育规模以上工业企业30余户, 实施电力扶贫项目1个): not part of its name.
_COUNT_ACTION = re.compile(r"^(?:培育|实施|引导|引进|推动|组织|开展|建成|建设|签约|收集|汇总|新建)")

#: A phrase before the figure that names nothing counted: it ends with a verb, a particle or a joining word.
_ENDS_WITHOUT_NOUN = re.compile(
    r"(?:召开|举办|开展|组织|培训|引进|培育|新增|实施|收集|汇总|建设|建成|带动|推动|推进|来自|的|和|及|与|、|了|共|有|设"
    r"|邀请|吸引|帮助|派出|选派|推出|帮扶|惠及|覆盖|吸纳|招引|认定|评选|汇聚|聚集|集聚|拥有|聚集了|汇聚了|拥有了)$"  # 主办单位邀请8家央国企: 央国企
)


#: A phrase that is only the event its figure counts (集中开工, 签约落地, 现场推进): what is counted follows.
_EVENT_ONLY = re.compile(
    r"(?:集中|新|现场|顺利|成功)?(?:开工|签约|签署|落地|开竣工|竣工|投产)(?:落地)?|现场推进"
)


def measured_thing(s_text: str, end: int, unit: str | None) -> str | None:
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


def counted_noun(s_text: str, end: int, unit: str | None) -> str | None:
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
    if _A_MEASURE.search(noun):
        return None  # (5年新增74家 四川上市公司总数达206家: the next figure's measure, nothing counted)
    if head is not None and head.start() == 0:
        which = _WHICH_ONES.match(s_text, end + head.end())  # 3户企业利润同比翻番 → 利润同比翻番企业数
        if which is not None:
            return which.group() + noun + "数"
        listed = _LISTED_ONES.match(
            s_text, end + head.end()
        )  # 10户企业入列…百强名单: the list's, not all firms
        named = re.sub(r"[“”\"'《》]|\d{4}年度?", "", listed.group()) if listed is not None else ""
        if not named or re.search(r"\d", named):
            named = _list_named_before(s_text, end, end + head.end())  # (…名单，四川省133户企业入选)
        if named and not re.search(r"\d", named):  # (入围全国民营企业500强: a rank's list, its firms 企业数)
            named = re.sub(
                r"(?<=[\u4e00-\u9fff]{2})名单$", "", named
            )  # (上榜四川省重点项目名单: 上榜…项目数)
            return named + ("" if named.endswith(noun) else noun) + "数"
    if len(noun) < 2:
        return None
    suffix = _COUNT_NAMES.get(unit or "", "数")
    if suffix == "数" and _PEOPLE_NOUN.search(noun):
        suffix = "人数"  # 带动1500余个贫困劳动力就近就业 → 贫困劳动力就近就业人数: people, counted as 个
    return noun if noun.endswith(("数", "量")) else noun + suffix


_COUNTED_OVER = re.compile(
    r"^.*?(?:\d+|[一二两三四五六七八九十百]+)(?:个|家|处)(?=(?:[^，,。；;\d]|\dA){0,16}?(?:景区|景点|场馆|博物馆)|批次)"
    r"(?:批次)?"
)


#: A definition in brackets (投入强度(与国内生产总值[1]之比)) and a footnote's mark ([1]): no part of a name.
_NOTE = re.compile(r"[（(](?:与|同|按|以)[^（）()]{1,24}(?:之比|计算|计)[）)]|\[\d{1,2}\]")


def indicator_phrase(clause: str, regions: Places) -> str:
    phrase = PERIOD.sub("", _NOTE.sub("", clause)).lstrip("●•◆■▪ ")  # (● 内江地区生产总值: a list's bullet)
    phrase = _FROM_LEVEL.sub("", phrase)  # 5G基站数量将从2020年的3.6万个(增加到…): what goes from it
    phrase = _BY_LEFT.sub("", phrase)  # 到2025年 四川将建成5G基站…: the 到 of a year the period took
    phrase = _SHARE_VERB.sub("占", phrase)  # 新能源新车销量已经占到了汽车新车总销量的: …占…的
    cuts = []
    for start, end in regions.names(phrase):
        listed = phrase.startswith("、", end)  # 支持开江县、道孚县、阆中市工业产业发展资金: places listed
        if _names_a_site(phrase, end, start):
            continue  # 峨眉山景区, 乐山大佛景区, 九寨沟景区: a site named by its place, the place is its name's
        if start == 0 or phrase[start - 1] in "，、 " or listed:
            cuts.append((start, end + 1 if listed else end))  # (a listed place with its mark)
    for start, end in reversed(cuts):
        phrase = phrase[:start] + phrase[end:]
    # 移动通信手持机（手机）: its alias is no part of it (but 固定资产投资（不含农户） is another indicator)
    phrase = re.sub(r"[（(](?!不含|含|扣除|剔除|不包括|包括|按)[^（）()]{1,8}[）)]\s*$", "", phrase)
    # 第一产业完成增加值（现价）: at current prices, as filed; 4A级(含)以上旅游景区: 4A级以上旅游景区
    phrase = re.sub(r"[（(](?:现价|含)[）)]", "", phrase)
    phrase = re.sub(
        r"[（(][^（）()]*[+＋][^（）()]*[）)]", "", phrase
    )  # 成都国际航空枢纽(双流+天府): its members
    # 区本级(不含枣山、穿石)地区生产总值: a scope note inside the name (固定资产投资（不含农户） at its end stays)
    phrase = re.sub(r"[（(](?:不含|含|包括|包含)[^（）()]{1,12}[）)](?=[\u4e00-\u9fff])", "", phrase)
    phrase = re.sub(
        r"(?<![第一二三、，,这那同每某该本])([一二三])产(?:业)?(?!业)(?=[\u4e00-\u9fff]|$)",
        r"第\1产业",
        phrase,
    )  # 二产业项目: 第二产业 (not 这一产业: this industry)
    # 纳入统计的77个4A级以上旅游景区共接待游客, 4个批次备选项目: the sites or batches counted over are
    # the figure's scope (no fact of their own, figures.py): the name begins after their count
    phrase = _COUNTED_OVER.sub("", phrase)
    # 邮政行业业务收入(不包括邮政储蓄银行直接营业收入): a note on its scope, not its name
    phrase = ALIAS_NOTE.sub("", without_scope_notes(phrase))
    phrase = re.sub(r"[“”\"'（）()\s]", "", phrase)
    phrase = _WHEN_INSIDE.sub("", phrase)  # A级旅游景区在当天接待游客, 三天累计接待游客: when, not what
    phrase = LEADING.sub("", phrase)
    at_start = next(((a, b) for a, b in regions.names(phrase) if a == 0), None)
    if at_start is not None and not _names_a_site(
        phrase, at_start[1], at_start[0]
    ):  # 预计眉山全年省重点项目…, 活动眉山共推进…: the place after the words before it
        phrase = LEADING.sub("", phrase[at_start[1] :])
    phrase = _FUTURE.sub("", phrase)  # 市重点项目将完成投资: 市重点项目完成投资
    phrase = _DESCRIBED_SUBJECT.sub("", phrase)  # 正在建设的农特产品加工园区已经引进意向企业: 引进意向企业
    phrase = _HOW_MANY_AHEAD.sub("", phrase)  # 与广东、浙江两省共建产业园区: 共建产业园区
    phrase = _MODAL.sub("", phrase)  # 年产值能达到: 年产值
    balance = re.search(r"(?:资产|负债|所有者权益)(?:合计|总计)$", phrase)
    if not _ONLY_TOWARDS.fullmatch(phrase):  # (…从8.2%下降至1.3%: the figure before's, naming_walk)
        phrase = TRAILING.sub("", phrase)
    if balance and not phrase.endswith(balance.group()):  # 资产总计, 负债合计: the bureau's names, not 共计
        phrase += balance.group()[-2:]
    phrase = _INNER_VERB.sub("", phrase)  # 省属监管企业实现利润 → 省属监管企业利润
    if re.match(r"(?:累计)?实现[\u4e00-\u9fff]{2}", phrase):  # 九寨沟县实现固定收益: 固定收益
        phrase = phrase[phrase.index("实现") + 2 :]
    return phrase[-24:]


#: What a target's year leaves before the words when the period is taken out (到2025年 → 到).
_BY_LEFT = re.compile(r"^\s*(?:到|至)(?![访位达账港店])\s*")
#: 数量将从2020年的…, 普及率由…: the words that say a level is where a change starts (its period read apart).
_FROM_LEVEL = re.compile(r"[:：]?(?:将|已|预计|要)?(?:从|由)的?$")

_AVERAGE_WORDS = re.compile(r"^(?:[两二三四五六七八九十\d]+年)?(?:平均|年均)(?:同比)?$")


def _after_the_examples(phrase: str) -> str:
    """引进德国海德堡精酿啤酒生产等5亿元以上项目: the kind after the examples (but 上等烟比例: a grade's 等)."""
    examples = phrase.rfind("等")
    a_grade = _GRADE_WORD.match(phrase, examples - 1) or phrase.startswith("等级", examples)
    if (
        0 < examples < len(phrase) - 2
        and not a_grade
        and (not _HAS_FIGURE.search(phrase[:examples]) or "、" in phrase[:examples])  # (…、30万吨…生产等)
    ):
        return phrase[examples + 1 :]
    return phrase


def name_figure(s_text: str, figure: Figure, since: int, places: Places) -> tuple[str, str]:
    """What a figure measures, as its sentence names it: the words of its clause before it (since the
    figure before), else the clause before's, else what it counts or measures after it. Returns the
    name and the clause's words as they were read (before the name was completed)."""
    start, end, quantity = figure.start, figure.end, figure.quantity
    unit = quantity.unit  # type: ignore[attr-defined]
    said = s_text[since:start]
    if (
        s_text[start : start + 1] == "达"
        and said.endswith(("高", "多"))
        and not said.endswith(("最高", "最多"))
    ):
        said = said[:-1]  # 出口量高达585.9万辆 (the figure took 达): not a word of the name
    closed = re.match(
        r"[^（()）]*[)）]", said
    )  # (a note's end: 占全国(销售额为…亿元)…; (含…的产量,下同)完成了)
    if (
        closed
        and not re.search(r"[、，,；;（(]", said[closed.end() :])
        and (opened := max(s_text.rfind("(", 0, since), s_text.rfind("（", 0, since))) > 0
    ):
        said = s_text[clause_start(s_text, opened) : opened] + said[closed.end() :]  # past the note
    clause_phrase = phrase = indicator_phrase(said.lstrip("、和及与")[-80:], places)
    phrase = _after_the_examples(phrase)
    phrase = _AVERAGE_WORDS.sub("", phrase)  # 两年平均增长6.0%: the figure before's (carried.carried)
    computed = HOW_COMPUTED.match(phrase) is not None  # …增加值，按可比价格计算比去年同期增长19.5%: said of
    phrase = HOW_COMPUTED.sub("", phrase)  # what the clause before names
    if isinstance(figure.quantity, Share):
        figure.why["indicator"] = "占比：所占的部分与整体"
        return share_name(s_text, figure.quantity, clause_start(s_text, figure.quantity.at)), clause_phrase
    if figure.quantity is RANK_ONLY:  # 在全省县域经济考核中排名…第5位: 县域经济考核排名
        ranked = re.sub(r"^(?:在|于)|中$", "", phrase)
        ranked = re.sub(r"^(?:全国|全省|全市|全州|全县)", "", ranked)
        ranked = re.sub(r"(?:排名|位次)$", "", ranked)  # (the rank is the fact's, not its name's)
        ends = [b for _a, b in places.names(ranked) if b == len(ranked)]
        if ends:  # 中国城市便利店指数成都排名全国第三: the place ranked is the fact's place, not its name's
            ranked = ranked[: max(a for a, b in places.names(ranked) if b == len(ranked))]
        ranked = re.sub(
            r"(?:仅|只)?(?:次于|超越|超过|领先)[^，,]*$", "", ranked
        )  # (仅次于广东…: a comparison)
        figure.why["indicator"] = "排名：所排的项目"
        return (ranked if len(ranked) >= 2 else ""), clause_phrase
    noted = place_of_note(s_text, start, end, places, None) if places.gaz is not None else None
    if (
        noted is not None
    ):  # 占全国(销售额为903.74亿元)彩票销售额的…: the note's measure, as the words after it name it
        after = re.match(r"[^，,；;。的（()）\d]{0,16}", s_text[end + 1 :]).group()  # type: ignore[union-attr]
        after = re.sub(r"(?:比重|占比|比例)$", "", after)
        figure.why["indicator"] = "括号中的数字：括号中所写的指标"
        return (after if after.endswith(noted[1]) else noted[1]), clause_phrase
    said_of = _SAID_OF_BEFORE.match(s_text, figure.clause_start)
    if said_of and figure.clause_start > 0 and not figure.alone:
        subject = _subject_before(s_text, figure.clause_start, places)
        if subject:  # 纳入统计的857家A级旅游景区，共接待游客…: the sites, then what they did
            phrase = subject + phrase
            figure.why["indicator"] = "前一分句是主语：主语＋本分句所说"
    names_nothing = bool(_NAMES_NOTHING.search(phrase))
    if names_nothing:  # 从企业看, 长虹集团、五粮液集团等: what is counted follows the figure
        phrase = ""
    counted = counted_noun(s_text, end, unit)
    if len(phrase) < 2 and (did := share_of_who(s_text, start, end)):  # 八成以上行政村生活污水得到有效治理
        figure.why["indicator"] = "成数之后所说的：做到此事的占比"
        return did, clause_phrase
    unsaid = len(phrase) < 2 and figure.clause_start > 0 and not names_nothing and not counted
    if unsaid and (not figure.alone or computed):
        phrase = _named_before_said_new(s_text, figure.clause_start, start, places) + phrase
        figure.why["indicator"] = "本分句未写名称：前一分句所写"
    name = _completed(s_text, end, unit, phrase, counted)
    if name and "indicator" not in figure.why:
        figure.why["indicator"] = (
            "数字前的词语"
            if name == phrase
            else "数字后所计或所量之物"
            if not phrase
            else "数字前的词语，补上所计之物"
        )
    return name, clause_phrase


#: A clause that goes on from a subject in the clause before (…景区，共接待游客; …企业，累计实现利润).
_SAID_OF_BEFORE = re.compile(r"\s*(?:共|累计|合计)(?:接待|实现)")
#: What the subject clause must end with: sites or firms a release counts over.
_SUBJECT_NOUN = re.compile(r"(?:景区|景点|场馆|企业)$")


def _subject_before(s_text: str, clause_at: int, places: Places) -> str:
    """四川省纳入统计的857家A级旅游景区，共接待游客…: the clause before, when it is only a subject."""
    previous = s_text[: clause_at - 1]
    subject = indicator_phrase(previous[clause_start(previous, len(previous)) :], places)
    if _HAS_FIGURE.search(re.sub(r"\d?A级", "", subject)) or not _SUBJECT_NOUN.search(subject):
        return ""
    return subject


def _named_before_said_new(s_text: str, clause_start: int, start: int, places: Places) -> str:
    """The clause before's name, said new when this clause says 新增 (有效商标44589件，2022年新增6316件: the new
    ones, not the stock)."""
    before = _named_before(s_text, clause_start, places)
    return ("新增" if before and _NEW.search(s_text, clause_start, start) else "") + before


def _named_before(s_text: str, clause_at: int, places: Places) -> str:
    """资产规模首次突破10万亿元大关，达到10.75万亿元: the clause before names it, up to its figure."""
    previous = s_text[: clause_at - 1]
    earlier = indicator_phrase(previous[clause_start(previous, len(previous)) :], places)
    figure = _HAS_FIGURE.search(earlier)
    if figure:
        earlier = TRAILING.sub("", earlier[: figure.start()])
    return "" if _NAMES_NOTHING.search(earlier) else earlier


#: The words a network's reach ends with (已联接境内, 可通达欧洲, 覆盖欧亚) before the places it counts.
_REACH_END = re.compile(
    r"(?:可|已|共)?(?P<how>(?:联接|连接|通达|覆盖|辐射|通往|联通|直达|通航)[\u4e00-\u9fff]{0,4})$"
)


def _completed(s_text: str, end: int, unit: str | None, phrase: str, counted: str | None) -> str:
    """A name completed by what the figure measures or counts (面积, 人数, 项目数)."""
    measured = measured_thing(s_text, end, unit)
    if measured and (not phrase or _ENDS_WITHOUT_NOUN.search(phrase)):
        return measured  # 园区建设起了2000平方米的企业孵化平台 → 企业孵化平台面积
    if counted and _EVENT_ONLY.fullmatch(phrase) and not counted.startswith(phrase):
        return phrase + counted  # 巴中：集中开工64个重点项目 → 集中开工重点项目数: the event's count of them
    if counted and (not phrase or _ENDS_WITHOUT_NOUN.search(phrase) or len(phrase) <= 2):
        # (全线11个出入口, 宜宾敲定205个重点项目: a word or two before names nothing counted)
        # 召开32次厅党组会, 龙头企业和45户农产品加工企业: what is counted follows the figure
        return counted
    if counted and (reach := _REACH_END.search(phrase)):  # 可通达欧洲15个国家: 通达欧洲国家数 (a reach)
        return phrase[: reach.start()] + reach.group("how") + counted
    if phrase and unit in _COUNT_UNITS and _COUNT_ACTION.match(phrase):
        what = _COUNT_ACTION.sub("", phrase)  # 实施电力扶贫项目1个 → 电力扶贫项目数
        if re.fullmatch(r"(?:重大|重点|工业|产业)*项目", what):
            what = phrase  # 签约项目93个: projects named by nothing but their event
        if len(what) >= 2:
            suffix = _COUNT_NAMES.get(unit or "", "数")
            return what if what.endswith(("数", "量")) else what + suffix
        return phrase
    if phrase.endswith("项目占") and unit in ("个", "项"):
        phrase = phrase[:-1]  # 产业项目占61个: the projects of a kind, among those before
    if phrase.endswith("项目") and unit in ("个", "项"):
        return phrase + "数"  # 此次集中开工项目41个 → 集中开工项目数, as the counts named after the figure
    if phrase and unit and unit.endswith("元"):
        sold = _SOLD.fullmatch(phrase)
        if sold and not MEASURE_HEAD.search(what := sold.group("what") or sold.group("seller")):
            return what + "销售额"  # 共销售福利彩票约700亿元, 双色球销售了262.96亿元 (not 销售收入)
        if raised := _RAISED.fullmatch(phrase):  # 为国家筹集福利彩票公益金约208亿元: 福利彩票公益金
            return raised.group("what")
        if _TRADE_ACTIVITY.search(phrase):  # 网络零售实现4269.21亿元 (实现 taken): 网络零售额
            return phrase + "额"
    if unit in _PEOPLE and (trained_who := _TRAINED_WHO.match(phrase)):
        return trained_who.group("who") + "培训人数"  # 为深度贫困地区培训4000余人
    if phrase and unit in _PEOPLE and _TRAINED.match(phrase):
        # 培训贫困地区工业产业技能人才6000余人 → 贫困地区工业产业技能人才培训人数
        return _TRAINED.sub(r"\g<scope>", phrase) + "培训人数"
    return phrase
