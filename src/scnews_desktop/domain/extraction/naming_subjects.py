"""Names a figure takes from its sentence's subject: a measure said alone after another measure of a subject
(…外商投资企业营业收入总额…；利润总额 → 外商投资企业利润总额), a rate said of the projects just counted
(投资完成率 → 续建重点项目投资完成率), a catalogue measure said after the sentence's subject (规模以上工业企业…；
发生营业成本 → 规模以上工业企业营业成本), the figures of zones said as the subject (全省10个国家级经开区
完成… → 国家级经开区…, not the province's) and of the institutions a census counts first, and the growth of a
place said after the paragraph's figure (其中，川南地区同比下降… → its PM2.5平均浓度)."""

from __future__ import annotations

import re

from ..vocabulary import VocabularyEntry, lookup, standard_share, without_leading_places
from .candidate import Candidate
from .figure_places import UNLISTED_ZONE
from .kinds import TOWARDS
from .naming_grammar import (
    MEASURE_HEAD,
    NO_MEASURE,
    SCOPE_BEFORE,
    clean_name,
    dimension,
    fits,
    grammar_problem,
    set_name,
)
from .naming_measures import ALONE_MEASURE
from .text import fold

#: Rates a release says of the projects just counted or invested in, without naming them.
BARE_RATES = ("投资完成率", "年度投资完成率", "开工率", "完工率", "履约率", "资金到位率", "完成率")
#: The measure a name of projects ends with (省重点项目数, 续建重点项目完成投资): the rest is the subject.
_PROJECT_MEASURE = re.compile(r"(?:项目)(?:数|完成投资|年度投资|投资|总投资|计划总投资)$")


def rate_of_the_subject(c: Candidate, previous: str) -> None:
    """84个省重点项目开工，开工率37.5%: 省重点项目开工率 — the projects the figure before named."""
    measure = _PROJECT_MEASURE.search(previous)
    if measure is None:
        return
    name = previous[: measure.start()] + "项目" + (c.indicator or "")
    if grammar_problem(name) is None:
        set_name(c, name, lookup(name, strict=True), f"只写了“{c.indicator}”：本句前文所说“{previous}”的")


#: A measure said alone, which the catalogue names only for the whole (单产 is 粮食单产): after a subject said
#: in the sentence (夏粮播种面积…；单产…；总产…), that subject's.
BARE_MEASURE = re.compile(r"单产|亩产|总产|产量|播种面积|面积|出栏|存栏")


def of_the_subject_before(c: Candidate, before: str) -> None:
    """…规模以上工业企业实现营业收入48767.6亿元；发生营业成本40308.2亿元；营业收入利润率为8.6%: a measure said
    alone after the sentence's subject is that subject's, when the catalogue knows the whole name (规模以上
    工业企业营业成本) — never a name made up."""
    said = clean_name(c.phrase or c.indicator)
    if not said or len(said) < 2:
        return
    said = re.sub(r"^(?:发生|实现|完成|为)", "", said)
    for cut in range(len(before) - 1, 1, -1):
        entry = lookup(before[:cut] + said, strict=True)
        if entry is not None and fits(entry, c.unit):
            set_name(c, entry.name, entry, f"只写了“{said}”：本句前文所说“{before[:cut]}”的（指标目录）")
            return


#: A population of zones or parks said as a sentence's subject, with no place's own name before it (全省10个
#: 国家级经济技术开发区完成…, 全省园区实现…, 2021年，27家高新区仅用…): the figures after it are theirs.
_POPULATION = re.compile(
    r"(?:^|[，,；;：:]|全省|全市|全州|全县|全国|我省|我市|我州|我县)"
    r"(?:\d+|[一二三四五六七八九十两]+)?(?:个|家)?"
    r"(?P<population>(?:国家级|省级以上|省级|各类)?"
    r"(?:经济技术开发区|经开区|高新技术产业开发区|高新区|经济开发区|开发区|产业园区|工业园区|园区))"
    # (what they did or a measure of theirs follows — not a count, as a list of places has it: …；高新区6个，总投资…)
    r"(?=(?:共|仅|累计|已|当年|全年)?(?:实现|完成|创造|拥有|新增|引进|签约|用|达到|达|生产总值|地区生产总值|"
    r"工业增加值|工业总产值|规上|规模以上|营业收入|营收|税收|固定资产投资))"
)
#: A sentence that goes on with the subject before it (同时，实现合同外资…; 此外，…).
_GOES_ON = re.compile(r"^(?:同时|此外|另外|与此同时)[，,]")


#: How far back before a figure its sentence's subject is looked for (a text without 。 is one long
#: "sentence": reading all of it for every figure made long texts quadratic).
_SUBJECT_REACH = 240


def population_said(since_stop: str, carried: str | None) -> str | None:
    """The zones a figure's sentence (up to it) speaks of as its subject, or the ones the sentence before
    spoke of when this one goes on without a subject of its own (or the figures before in this long one
    found)."""
    found = list(_POPULATION.finditer(since_stop[-_SUBJECT_REACH:]))
    if found:
        return found[-1].group("population")
    goes_on = len(since_stop) > _SUBJECT_REACH or _GOES_ON.match(since_stop[:12].lstrip())
    return carried if goes_on else None


#: The short names of zones, as releases write them (国家级经开区, 高新区).
_SHORT = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"))


def of_the_population(c: Candidate, population: str) -> None:
    """…国家级经济技术开发区…实现进出口总额979.7亿元: the zones' 进出口总额, not the province's — the
    catalogue's indicator is the whole place's, so the row's name says whose, and is to check."""
    name = c.indicator or ""
    if not name or UNLISTED_ZONE in c.why.get("region", ""):
        return
    label = population
    for long, short in _SHORT:
        label = label.replace(long, short)
    at = name.find(population)
    if at >= 0:  # (国家级经济技术开发区完成规上工业总产值: the zones said in the phrase, then what they did)
        rest = clean_name(name[at + len(population) :]) or ""
        entry = lookup(rest, strict=True)
        name = entry.name if entry is not None else rest
    if not name or name.startswith(label):
        return
    _name_as_theirs(c, label, name, f"本句主语是“{population}”")


#: Institutions a sentence counts before saying what they hold (全省共设4509个乡镇卫生院，床位11.91万张，卫生人员
#: 10.00万人): the measures after the count are theirs.
_INSTITUTION = re.compile(
    r"(?:医院|卫生院|卫生室|诊所|门诊部|服务中心|服务站|机构|学校|小学|中学|初中|高中|高校|幼儿园|企业|园区|基地|景区|"
    r"网点|市场|影院)$"
)
_COUNTS = ("个", "家", "所", "座", "处")
_COUNTED_DIMENSIONS = frozenset(
    {"item", "enterprise", "household", "institution", "site", "building", "project"}
)


def institutions_counted(c: Candidate) -> str | None:
    """The institutions a count counts (乡镇卫生院 of 4509个乡镇卫生院), or None."""
    name = c.indicator or ""
    if c.unit not in _COUNTS or c.value is None or not name.endswith("数"):
        return None
    kind = name[:-1]
    inside = c.quote_start <= c.start and c.end <= c.quote_end
    after = fold(c.quote[c.end - c.quote_start :]) if inside else ""
    before = fold(c.quote[: c.start - c.quote_start]) if inside else ""
    if not (after.startswith(kind) or re.search(rf"(?:共有|拥有|共设|设有){re.escape(kind)}$", before)):
        return None  # (a census: 共设4509个乡镇卫生院, 共有小学5725所 — not 建成千亩以上园区66个，…)
    short = kind in ("小学", "中学", "初中", "高中", "高校", "医院", "影院")  # (企业 alone is anyone's)
    return kind if _INSTITUTION.search(kind) and (3 <= len(kind) <= 10 or short) else None


def of_the_institutions(c: Candidate, kind: str) -> None:
    """…4509个乡镇卫生院，床位11.91万张，卫生人员10.00万人: 乡镇卫生院床位数, 乡镇卫生院卫生人员数 — the
    catalogue's name of the kind's measure where it has one (乡镇卫生院床位数), else the kind's own, to check."""
    name = c.indicator or ""
    if not name or name.startswith(kind) or dimension(c.unit or "") in _COUNTED_DIMENSIONS:
        return  # (…龙头企业…，规模以上工业企业30余户: another count, not theirs)
    said = clean_name(c.phrase) or name
    if lookup(said, strict=True) is None and not ALONE_MEASURE.fullmatch(said):
        return  # (a measure with a subject of its own: 年产猕猴桃鲜果…)
    for words in (kind + said, kind + name):
        entry = lookup(words, strict=True)
        if entry is not None and fits(entry, c.unit):
            set_name(c, entry.name, entry, f"本句先数了“{kind}”：{kind}的{said}（指标目录）")
            return
    _name_as_theirs(c, kind, name, f"本句先数了“{kind}”")


def _name_as_theirs(c: Candidate, owner: str, name: str, said: str) -> None:
    """A figure named as a part's (乡镇卫生院卫生人员数, 国家级经开区合同外资): coined, to check — when the name
    reads as one, or the catalogue knows the measure it scopes."""
    scoped = owner + name
    if grammar_problem(scoped) is None or (len(scoped) <= 20 and lookup(name, strict=True) is not None):
        set_name(c, scoped, None, f"{said}：{owner}的{name}（不是全地区的）")


#: A growth's clause that names only its place (其中，成都平原地区同比下降10.9%; 川南地区同比下降24.7%).
_PLACE_AND_GROWTH = re.compile(
    r"^(?:其中|另外|此外)?[，,：:]?[\u4e00-\u9fff]{2,8}?(?:地区|区域)?(?:同比|比上年|较上年)?(?:下降|增长|上升|上涨)?$"
)


def of_a_place_listed(c: Candidate, before: str, previous: str) -> None:
    """A growth whose clause says only its place, after a figure of the paragraph: the same measure of that
    place (…PM2.5平均浓度为54.6微克每立方米…。其中，成都平原地区同比下降10.9% → its PM2.5平均浓度)."""
    clause = re.split(r"[，,；;。]", before)[-1]
    if not c.region or not _PLACE_AND_GROWTH.match(clause) or c.region[:2] not in clause:
        return
    # (重点城市PM2.5平均浓度 of the province, then a region's: the catalogue's measure it ends with, of the region)
    entry = catalogue_end(previous)
    name = entry.name if entry is not None else previous
    set_name(c, name, entry, f"只写了地点：本段前一数字“{previous}”的该地数字")


def catalogue_end(name: str) -> VocabularyEntry | None:
    """The longest catalogue name a name ends with (PM2.5平均浓度 of 重点城市PM2.5平均浓度)."""
    return next((e for k in range(len(name) - 1) if (e := lookup(name[k:], strict=True))), None)


def of_another_place(c: Candidate) -> None:
    """A growth that took the figure before's name, said of another place: the catalogue's measure that
    name ends with (重点城市PM2.5平均浓度 of the province → a region's PM2.5平均浓度), not its qualifier."""
    if c.value is not None or "沿用前一数字" not in c.why.get("indicator", ""):
        return
    name = c.indicator or ""
    entry = catalogue_end(name)
    if entry is not None:
        set_name(c, entry.name, entry, f"前一数字的指标“{name}”，在另一地：其中的“{entry.name}”")


#: A site (a station, an airport, a port, a railway line) and what it did in the catalogue's words:
#: 成都东站累计发送旅客, 双流机场站发送旅客, 成灌铁路全线累计发送旅客.
SITE_AND_MEASURE = re.compile(
    r"(?!全[站线港])(?P<site>[\u4e00-\u9fff]{1,10}(?:站|机场|港|口岸|铁路|航线))(?:全站|全线|全港)?(?:累计|共计|共|合计)?"
    r"(?P<measure>[\u4e00-\u9fff]{2,8})"
)

#: 日均35.0万人次 after a total over days: the total's measure a day.
DAILY_ONLY = re.compile(r"^(?:日均|平均每天|平均每日|每天平均)(?:人数)?$")


def daily_of(name: str) -> tuple[str, VocabularyEntry | None]:
    """The daily average of a named total: 成都车站旅客发送量 → 成都车站日均旅客发送量 (a site, then the
    catalogue's measure a day), 接待游客 → 日均接待游客."""
    site_said = SITE_AND_MEASURE.fullmatch(name)
    site, measure = (site_said.group("site"), site_said.group("measure")) if site_said else ("", name)
    entry = lookup(measure, strict=True)
    if entry is not None and not entry.name.endswith(
        measure
    ):  # (累计发送旅客: 旅客发送量; 旅客吞吐量 as said)
        measure = entry.name
    daily = lookup("日均" + measure, strict=True)
    return site + "日均" + measure, (daily if not site else None)


#: A share said as its part, 占, its whole and 的 (柠檬产量占全省产量的8.1%, 甜橙类产量占总量的44.6%).
#: (约占, 近占, 超过…: a bound of the share, said before 占, no word of its name)
_SHARE_SAID = re.compile(
    r"([\u4e00-\u9fff]{2,16}?)(?:将|可|已)?(?:约|近|将近|超过|不到|不足)?占([\u4e00-\u9fff]{1,12}?)的?"
)


def share_said(c: Candidate, phrase: str) -> str | None:
    """柠檬产量占全省产量的8.1%: 柠檬产量占全省产量比重 — a share said as its part, 占, its whole and 的, when
    its words as they are make no name."""
    coined = clean_name(phrase)
    if c.unit != "%" or c.value is None or (coined is not None and grammar_problem(coined) is None):
        return None
    share = _SHARE_SAID.fullmatch(phrase)
    if (
        share is None
        or re.search(r"^[比重]|比重|比例|占比|比$", share.group(2))
        or re.search(r"约$|增|速|率|贡献", share.group(1))
    ):
        return None
    return SCOPE_BEFORE.sub("", share.group(1)) + "占" + share.group(2) + "比重"


def named_by_its_site(c: Candidate, coined: str) -> bool:
    """成都东站累计发送旅客: 成都东站旅客发送量 — a site and the catalogue's measure (coined, to check); the
    measure as said when the catalogue's name ends with it (双流国际机场旅客吞吐量, not …民航旅客吞吐量)."""
    site = SITE_AND_MEASURE.fullmatch(coined)
    entry = lookup(site.group("measure"), strict=True) if site else None
    if site is None or entry is None or not fits(entry, c.unit):
        return False
    said = site.group("measure")
    measure = said if entry.name.endswith(said) else entry.name
    set_name(c, site.group("site") + measure, None, f"场站＋指标目录的“{entry.name}”")
    return True


#: A station, an airport or a port that opens its sentence, after its period if any (今年春运期间，成都西站客流持续
#: 高位运行，…): what the sentence is about.
_SITE_OPENS = re.compile(
    r"^[\s，,]*(?:[^，,。；;]{0,12}?(?:期间|以来|年|月|日)[，,])?(?P<site>[\u4e00-\u9fff]{2,10}?(?:[东西南北]站|车站|火车站|机场|港(?![口澳台])))(?![\u4e00-\u9fff]{0,2}[、和与及])"
)


def site_of_the_sentence(before: str, phrase: str, c: Candidate, entry: VocabularyEntry) -> bool:
    """成都西站客流持续高位运行，春运40天夜间“不打烊”，累计发送旅客146.4万人次: the site the sentence opens with
    is whose the catalogue's measure is (成都西站旅客发送量, coined, to check), when the figure's own words name
    no other. True when named."""
    opens = _SITE_OPENS.match(before)
    if (
        opens is None
        or opens.group("site") in phrase
        or entry.measure != "flow"
        or re.search(r"完成|实现|累计|共|的|为|是|省|市", opens.group("site"))  # (四川省完成港口…: no site)
    ):
        return False
    measure = (
        phrase if entry.name.endswith(phrase) else entry.name
    )  # (旅客吞吐量, not 民航旅客吞吐量, at an airport)
    set_name(c, opens.group("site") + measure, None, f"本句开头的场站＋指标目录的“{entry.name}”")
    return True


#: An amount said with no word of what it is of (交易额23259.91亿元).
BARE_AMOUNT = re.compile(r"(?:交易|成交|营业|零售|销售|出口|进口)额|增加值|产值|营业收入")


def of_the_amount_named_before(
    c: Candidate,
    named: list[tuple[int, str]],
    last: tuple[int, int, str, str | None] | None,
    at: int,
    paragraph: int,
) -> None:
    """A bare amount (交易额, 增加值) said in the paragraph after one that named it in full is that one's
    measure (去年我省电子商务交易额达…。…成都一马当先，交易额23259.91亿元 → 电子商务交易额) — unless its own
    sentence said another subject before it (省属监管企业资产总额1.4万亿元，实现营业收入…)."""
    bare = c.indicator or ""
    fuller = next(
        (
            name
            for where, name in reversed(named)
            if paragraph - where <= 1
            and name.endswith(bare)
            and name != bare
            and grammar_problem(name) is None
        ),
        None,
    )
    if fuller is None or (
        last is not None and last[0] == at and not last[2].startswith(fuller[: -len(bare)])
    ):
        return
    set_name(c, fuller, lookup(fuller, strict=True), f"只写了“{bare}”：前文所说“{fuller}”的")


#: A part named alone before its share (教育业, 宽皮橘类, 公共管理和社会组织则): its words, no measure.
PART_ALONE = re.compile(r"([\u4e00-\u9fff、]{2,16}?)(?:则|也|仅)?")

NOT_A_PART = re.compile(r"占|比|率|增|速|降|贡献|提|约|均|达|为")
#: A share named by its part and its whole (煤品燃料消费占能源消费总量比重), and the next part said with 占 alone.
_SHARE_OF_A_WHOLE = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,16}?)占(?P<whole>[\u4e00-\u9fff]{2,16})比重")
_PART_OF_IT = re.compile(r"([\u4e00-\u9fff]{2,16}?)占(?:比)?(?:为|达)?")


def next_part_of_the_whole(
    said: str, last: tuple[int, int, str, str | None], at: int, paragraph: int
) -> str | None:
    """煤品燃料消费占能源消费总量的25.9%；油品燃料消费量占17%: a part said with 占 alone after a share of a whole, in
    its sentence or the next of its paragraph, is that whole's next part (油品燃料消费量占能源消费总量比重)."""
    if grammar_problem(said) is None:
        return None  # (柚类产量占比, 民营经济第一产业增加值占比: named already)
    share = _SHARE_OF_A_WHOLE.fullmatch(last[2])
    part = _PART_OF_IT.fullmatch(said)
    if share is None or part is None or not (0 <= at - last[0] <= 1 and last[1] == paragraph):
        return None
    named = part.group(1)
    measure = MEASURE_HEAD.search(share.group("part"))
    if grammar_problem(named) is not None and measure is not None and named.endswith("业"):
        named += (
            measure.group()
        )  # 木质家具制造业利润占…；金属家具制造业占25.23%: the part's measure as the first's
    return f"{named}占{share.group('whole')}比重" if grammar_problem(named) is None else None


#: A phrase that only says the figure changed (由75亿元增至110亿元): the sentence's subject before.
#: Where a rate went, said alone (受疫情影响走高至, 回落至): the month's rate of the sentence before.
MOVED_ONLY = re.compile(rf"受[^，,。；;的]{{1,12}}影响[，,]?(?:进一步)?(?:{TOWARDS})?|(?:进一步)?{TOWARDS}")
#: A rate's name (…失业率, …比重, …占比).
RATE_NAME = re.compile(r"(?:率|比重|占比|比例|指数)$")

CHANGE_ONLY = re.compile(
    rf"^(?:并|再|又|分别|将)?了?(?:{TOWARDS}|达到|达|突破|超过)?的?$"
    r"|^(?:增速|增幅|增长率)(?:从|由|为|达)?[-−－]?$"  # 增速从上半年-1.3%转正: the growth of the figure before
    r"|^(?:这是)?继(?:\d{1,2}月份?|上月|上年|去年)?$"  # 这是继5月同比下降3.7%后: the same measure, earlier
    r"|^(?:其中)?\d{1,2}月份?(?:当月|单月)?$"  # 出口交货值增长43.3%，其中11月增长56.4%: its month
)


#: The whole a share is of, as said (占全省社会物流总额的比重为, 占全国的): its scope and its measure.
_WHOLE_OF = re.compile(
    r"占(?P<scope>全省|全市|全国|全县|全州|全区|全球|全部)?(?P<whole>[\u4e00-\u9fffA-Za-z]*?)(?:的)?(?:比重|比例)?的?(?:为|达到?|约为?)?$"
)


def share_of(part: str, said: str) -> str:
    """工业品物流总额 + 占全省社会物流总额的比重为 → 工业品物流总额占社会物流总额比重; 白酒产量 + 占全国的 →
    白酒产量占全国比重; 技术合同成交额 + 占全省技术合同成交额的 → 技术合同成交额占全省比重; else …占比."""
    m = _WHOLE_OF.search(said)
    if m is None or said.startswith("占比"):  # (占比为24.3%: no whole said)
        return part + "占比"
    scope, whole = m.group("scope") or "", re.sub(r"^(?:到|了|当年|同期|全年)+", "", m.group("whole"))
    whole = re.sub(r"(?<=[\u4e00-\u9fff]{2})中$", "", whole)  # (占规上工业中的比重: of 规上工业)
    if part.endswith(bare := without_leading_places(whole)) and bare != whole:
        whole = bare  # 福利彩票销售额 + 占四川彩票销售额比重的: of its own place's whole
    whole = "地区生产总值" if whole in ("GDP", "生产总值", "地区GDP") else whole
    whole_entry = lookup(whole, strict=True) if whole else None
    if whole_entry and part.endswith(whole) and whole_entry != lookup(part, strict=True):
        return (
            part + "占比"
        )  # 民营经济吸纳城镇新增就业 of 全省城镇新增就业: a kind's share of the catalogue's whole
        # (常住人口 of 全国人口 is the same measure's: 常住人口占全国比重)
    if whole in ("", "总量", "总额", "总数") or part.endswith(whole):
        return f"{part}占{scope}比重" if scope else part + "占比"
    return f"{part}占{whole}比重"


#: A clause that is its subject and how it fares (生产性服务业加快提速, 民营经济发展迅速): the subject.
_SUBJECT_FARES = re.compile(
    r"^(?P<subject>[\u4e00-\u9fff]{2,12}?)(?:加快|快速|迅速|持续|稳步|不断|较快|显著)?"
    r"(?:提速|发展|增长|壮大|提升|扩大|回升|向好)(?:迅速|较快|势头良好|态势良好)?[，,]$"
)


def share_of_the_clause_subject(c: Candidate, before: str) -> None:
    """A share said with 占 alone after a clause that is its subject and how it fares (生产性服务业加快提速，占服务业
    比重提升到39.3%): that subject's share — coined (to check) unless the catalogue names it."""
    clauses = re.split(r"(?<=[，,；;])", before)
    if len(clauses) < 2 or not clauses[-1].startswith("占"):
        return
    m = _SUBJECT_FARES.match(clauses[-2])
    if m is None or grammar_problem(m.group("subject")) not in (None, NO_MEASURE):
        return
    whole = re.sub(r"(?:提升|提高|上升|增加|达到|下降|降低)(?:到|至)?$|为$|达$", "", clauses[-1])
    share = share_of(SCOPE_BEFORE.sub("", m.group("subject")), whole)
    share = standard_share(share) or share  # (民营经济增加值占GDP比重: …占地区生产总值比重)
    entry = lookup(share, strict=True)
    if entry is not None or grammar_problem(share) is None:
        c.why.pop("indicator", None)
        set_name(
            c, entry.name if entry else share, entry, f"占比：前一分句的主语“{m.group('subject')}”所占的比重"
        )


#: The system an article is about, said with its scope (全省供销社系统, 全国供销合作社系统, 全省烟草商业系统).
_SYSTEM_SAID = re.compile(r"(?:全国|全省|全市|全州|全县|我省|我市)(?P<system>[\u4e00-\u9fff]{2,8}?系统)")


def the_system_said(phrase: str | None, folded: str, at: int) -> str | None:
    """全系统农资类销售 → 供销社系统农资类销售: 全系统 is the system the article said before (as its scope), not a
    name's word; the phrase unchanged where none was said."""
    if not phrase or not phrase.startswith("全系统"):
        return phrase
    said = list(_SYSTEM_SAID.finditer(folded, 0, at))
    return said[-1].group("system") + phrase[len("全系统") :] if said else phrase


#: 花卉产值达112亿元，其中出口额达…: a bare measure listed as a part of the figure before.
_BARE_PART = re.compile(
    r"其中[，,：:]?(?P<measure>出口额|出口|进口额|销售额|销售收入|营业收入|利润|税收|产值)(?:达到|达|为|约)?$"
)


def part_of_the_subject_before(c: Candidate, before: str, parent: str | None) -> bool:
    """花卉产值达112亿元，其中出口额达2000多万美元: 花卉出口额 — a bare measure listed after 其中 is the subject before's,
    not the whole economy's (货物贸易出口总值). Coined, to check. True when so named."""
    said = _BARE_PART.search(before)
    head = MEASURE_HEAD.search(parent or "")
    if said is None or head is None or not parent or said.group("measure")[:2] in parent:
        return False  # (进出口总值…，其中出口额: the catalogue's part, not a subject's)
    if lookup(parent, strict=True) is not None:
        return False  # (a catalogue indicator's parts are the catalogue's)
    subject = parent[: head.start()]
    name = subject + said.group("measure")
    if len(subject) < 2 or grammar_problem(name) is not None:
        return False
    set_name(c, name, None, f"“其中”所列部分：前文“{parent}”的{said.group('measure')}")
    return True
