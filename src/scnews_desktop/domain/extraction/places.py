"""Where a figure is: the places the gazetteer knows, found in a sentence as the subject of its figures
(not a partner, a venue, a name, a destination or an example); the place each figure takes is
``figure_places``."""

from __future__ import annotations

import re

from ..regions import Gazetteer, RegionRef
from .place_lists import listed_run, member_of_the_one_before, zones_of_members

PUBLICATION = re.compile(
    r"(?:经济)?(?:日报|晚报|商报|新闻网|广播电视台|电视台|台记者)|经济网|在线(?=记者|[\u4e00-\u9fff]{2,4}讯)"
)  # (四川台记者, 四川经济网遂宁讯, 四川在线记者)


_LISTED = re.compile(r"、")

#: 分别比全国(不含农户投资)、全省高8.5、1.5个百分点: each place of a list after 比 is a benchmark.
_BENCHMARKS_BEFORE = re.compile(
    r"(?:比|较|高于|低于|快于|慢于)(?:全国|全省|全市)(?:[（(][^）)]{0,12}[）)])?、$"
)

_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:(?:高于|低于|快于|慢于|超过|超出|占|占到|占据|比|较|相当于)(?:同期)?|(?:来自|源于|源自)(?:我国|中国)?"
    r"|(?:参加|参与|纳入|列入|入选)了?(?:此次|本次|这次|今年)?)$"  # 参加此次全省集中开工项目140个: the city's
)

# A place named inside another name — a company's (宜宾五粮液集团), a road's or a line's (德阳至简阳段,
# 资阳线), an event's (中国西部国际投资贸易洽谈会), a school's or a hospital's — is not where figures are.
_INSIDE_NAME = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9·（）()]{0,16}?(?:有限公司|股份|集团|公司|商会|协会|学院|大学|医院|银行|兵团|研究院|研究所|科学院|研究中心|发展中心)"
    r"|(?:统计局|调查队|调查总队)"  # 经雅安市统计局初步核算，全县…: the bureau that counted, not the subject
    r"|(?:至[\u4e00-\u9fff]{1,8})?境?(?:线|站|段|高速|铁路|机场|港|公路|大桥|隧道|环线|工程|气电|水电站|电站|电厂)"
    r"|[^，。；,;、]{0,12}?(?:洽谈会|博览会|交易会|论坛|峰会|展览会|采购会|展销会|订货会|年会|说明会)"
    # 成都“第三绕城高速”; not a saying the place does something in (四川省“快马加鞭”进行水利建设)
    r"|[“\"][^”\"]{1,10}[”\"](?!进行|推进|开展|实施|发力|加速|冲刺)"
    r"|(?<=中国)(?:台湾|香港|澳门)|(?<=我国)(?:台湾|香港|澳门)"
)

#: 四川高速公路通车总里程, 四川高速公路出入通道: the province's network measured, not a road's name
_NETWORK_AFTER = re.compile(r"(?:高速公路|铁路|公路)(?:通车|总里程|里程|出入|建成|在建|营运)")

_NATIONAL_EVENT = re.compile(r"[^，。；,;、]{0,16}?(?:对接活动|对接会|推介会|招商会|发布会|大会|活动)")
_RESEARCH_AND = re.compile(r"研究与(?:发展|开发|试验)")
NAME_STOP = re.compile(r"与|和|及|同|、|政府|签|在|的|为|是|将|拥有|共有|现有")

# A place the money goes to (全部计划用于阆中机场) or a venue (在广元市利州区…举行): not the subject.
#: The places a figure's place is compared with (仅次于广东、江苏…, 超越北京): not the place.
_COMPARED_WITH = re.compile(r"(?:仅次于|次于|超越|超过|领先|落后于?)(?:[\u4e00-\u9fff]{2,4}[、和及与])*$")
_DESTINATION_BEFORE = re.compile(r"用于[^。；;，,]{0,40}$|用于[^。；;]{0,80}以及[^。；;，,]{0,40}$")

#: 除去成都签署的6个战略合作协议外，…: what is set aside, then the figures of the rest.
EXCEPT = re.compile(r"除(?:去|了|开)?[^。；;]{2,60}?(?:之)?外[，,]")

_ROAD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:高速|铁路|公路|快速通道|城际|轨道|航道)")

#: 在贵州、重庆、云南、: the places listed after 在 up to the one being read.
_AT_PLACES = re.compile(r"在(?:[\u4e00-\u9fff]{2,8}[、和及])*$")
#: …4省(市、区)完成产值, …承建项目: what the subject did there.
_WORKED_AFTER = re.compile(
    r"(?:[、和及][\u4e00-\u9fff]{2,8})*[^，,。；;]{0,12}?(?:完成|实现|承建|承揽|施工|开展|经营|销售)"
)
_BRANCH_VENUE = re.compile(r"[^，。；,;]{0,60}?设(?:主|分)会场")

_VENUE = re.compile(r"[^，。；,;]{0,20}?(?:举行|举办|召开|设主会场|设分会场)")

# A place in a list of examples (资阳线、中国云·成都5G云基地等新基建项目29个): not the subject.
_EXAMPLES_END = re.compile(
    r"[^，。；,;]{0,100}?等(?:\d+个|[一二三四五六七八九十]+个)?(?:[\u4e00-\u9fff、]{0,10}?)(?:项目|工程|企业)"
    r"(?=\d|[一二三四五六七八九十]+个|集中|签约|开工|落地|[，,。；;]|$)"
)

EXAMPLE_ITEM_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z·]{2,20}?(?:等|、)")

_EXAMPLES_BEFORE = re.compile(r"(?:包括|例如|比如)[^。；;，,]{0,160}$")

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

#: A province that aids the paper's (浙江省对口帮扶四川省…, 浙江累计选派155名干部入川挂职, …浙江企业到我省投资):
#: the partner east–west cooperation pairs it with, not where its figures are.
_AIDING_AFTER = re.compile(
    r"(?:省|市)?[^，,。；;]{0,16}?(?:援川|入川|对口帮扶|对口支援|结对帮扶|财政援助|援助资金|援派|帮扶资金)"
    r"|(?:省|市)?(?:企业|客商)?到(?:川|四川|我省)投资"
)

# 国内省外, 国内旅游收入, 国内外: 国内 as “domestic”
#: Places whose short names begin a saying (安居乐业).
#: (新中国成立以来, 北京时间: times; 中国驰名商标, 中国质量奖: a title a brand or a firm holds, not the country)
_IDIOM_AFTER = {
    "安居": ("乐业",),
    "中国": ("成立", "驰名商标", "质量奖", "专利奖"),
    "北京": ("时间",),
    "国内": ("统一刊号", "统一连续出版物号"),  # (国内统一刊号:CN51-0009: a paper's licence)
}
_DOMESTIC_AFTER = re.compile(
    r"(?!生产总值)"
)  # 国内省外, 国内旅游收入, 国内多轮疫情: “domestic” (but 国内生产总值)


# 四川时代确定落子宜宾, 小米落户成都: the name before the verb is an organisation's (checked: a place follows)
_SETTLES_AFTER = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,8}?(?:确定|决定|正式|成功|已)?(?:落子|落户|落地|入驻|选址|扎根)"
)

WHOLE = re.compile(r"全国|我国|全省|我省|本省|全市|全州|我市|本市")

#: 全国 opening a name (全国重点实验室, 全国百强县, 全国首个, 全国性): a rank or an institution, no place.
_NATIONAL_NAME = re.compile(
    r"重点实验室|文明城市|百强|先进|示范|劳动模范|优秀|人大|政协|首个|首家|首批|首条|性"
)


_PLACED = re.compile(r"(?:落地|落户|落子|选址|布局|在)$")


class Places:
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
            if re.search(r"(?:位列|位居|居|排名|排在|列|排)$", text[max(0, m.start() - 2) : m.start()]):
                continue  # 位列全国第8, 总量排全国第8位: a rank's scope, not the subject
            if m.group() == "全国" and _NATIONAL_NAME.match(text, m.end()):
                continue  # 全国重点实验室25家: an institution's name, not the country's figure
            if text.startswith(_IDIOM_AFTER.get(m.group(), ("\0",)), m.end()):
                continue  # 人民安居乐业: a saying, not 安居区
            if m.group().startswith("中") and text[max(0, m.start() - 1) : m.start()] == "其":
                continue  # 其中国家预算资金, 其中国有企业: 其中 and a word, not China
            if PUBLICATION.match(text, m.end()):
                continue  # 四川经济日报: a newspaper's name, not the article's place
            if not_subject(text, m.start(), m.end()):
                continue  # 高于全省平均水平, 在游仙区举行: a benchmark or a venue, not the subject
            refs = self.gaz.lookup(m.group())
            if not refs:
                continue
            ref = refs[0]
            if self._incidental(text, m.start(), m.end(), ref):
                skipped_end = m.end()
                continue
            joined = found and (
                found[-1][1] == m.start()
                or (found[-1][1] == m.start() - 1 and text[m.start() - 1] in "(（")
                or (found[-1][1] == m.start() - 1 and text[m.start() - 1] in ")）")  # (四川省)石棉县
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
        network = ref.level in ("country", "province") and bool(_NETWORK_AFTER.match(text, end))
        if (
            ref.level == "country"
            and text[end : end + 1] not in ("(", "（")
            and _NATIONAL_EVENT.match(text, end)
        ):
            return True  # 2025中国产业转移发展对接活动(四川): a national event's name (not 中国(绵阳)科技城…: 绵阳's)
        named = _RESEARCH_AND.sub("", inside.group()) if inside else ""  # (…空气动力研究与发展中心: one name)
        if inside and not NAME_STOP.search(named) and not network:
            return True  # (but 四川高速公路通车总里程: the province's network, not a road's name)
        if _DESTINATION_BEFORE.search(text, max(0, start - 160), start):
            return True
        if _COMPARED_WITH.search(text, max(0, start - 24), start):
            return True  # 四川仅次于广东、江苏、浙江位居全国第四; 首次超越北京: places compared with, not its
        if text[max(0, start - 1) : start] == "至" and _ROAD_AFTER.match(text, end):
            return True  # 宜宾至云南彝良高速公路: the far end of a road's name
        if text[max(0, start - 1) : start] in ("在", "于") and _VENUE.match(text, end):
            return True
        if _BRANCH_VENUE.match(text, end):
            return True  # 自贡、攀枝花…等13个市(州)设分会场: venues
        if text.startswith("方向", end):
            return True  # 出入川车流主要均为重庆方向: where it goes, not whose
        if self._worked_in(text, start, end):
            return True  # 四川建筑企业在贵州、重庆…完成产值: where the subject worked, not the subject
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
        if _EXAMPLES_BEFORE.search(text, max(0, start - 162), start):
            return True  # 包括荣县玉章故里漫画小镇等项目: an example
        if text[max(0, start - 1) : start] == "对" and _TRADE_AFTER.match(text, end):
            return True  # 对美国进出口, 对我国台湾地区进出口: a trade partner
        if text.endswith(("依托", "借助"), 0, start) and re.match(r"[^，,。；;]{0,12}?优势", text[end:]):
            return True  # 依托浙江省资金、技术、管理等优势，我省…: what it relies on, not its subject
        if _INVESTOR_AFTER.match(text, end):
            return True  # 重庆市在川投资到位资金, 福建五省市在川投资: where the money comes from
        if text[start:end] == "国内" and _DOMESTIC_AFTER.match(text, end):
            return True  # 国内省外直接投资, 国内旅游收入: “domestic”, not China
        if _SETTLES_AFTER.match(text, end) and self.names(text[end : end + 24]):
            return True  # 四川时代确定落子宜宾: a name (四川时代) that settles somewhere named after it
        return (  # 中国台湾进出口207.2亿元, 浙江省33亿元财政援助资金已经到位 in a Sichuan article: a partner
            (_TRADE_AFTER.match(text, end) is not None or _AIDING_AFTER.match(text, end) is not None)
            and self.home is not None
            and self.home != ref.id
            and self.home not in self._chain(ref)
        )

    def _worked_in(self, text: str, start: int, end: int) -> bool:
        """A place (or a list of places) after 在, when the clause named its subject's place before it and
        says what was done there after it (四川建筑企业在贵州、重庆、云南、新疆4省(市、区)完成产值…)."""
        clause_at = max(text.rfind(mark, 0, start) for mark in "，,。；;\n") + 1
        listed = _AT_PLACES.search(text, clause_at, start)
        if listed is None or not _WORKED_AFTER.match(text, end):
            return False
        return bool(self.names(text[clause_at : listed.start()]))

    def common_ancestor(self, refs: list[RegionRef]) -> RegionRef | None:
        """Their common area: the zone they are the members of (四川和重庆: 成渝地区双城经济圈; 成都、德阳、眉山、
        资阳: 成都都市圈), else the nearest division that holds them all."""
        assert self.gaz is not None
        zone = zones_of_members().get(frozenset(r.name for r in refs))
        found = self.gaz.lookup(zone) if zone is not None else []
        if found:
            return found[0]
        chains = [[r, *self.gaz.ancestors(r)] for r in refs]
        shared = set.intersection(*({r.id for r in chain} for chain in chains))
        return next((r for r in chains[0] if r.id in shared), None)

    def _chain(self, ref: RegionRef) -> set[int]:
        assert self.gaz is not None
        return {r.id for r in self.gaz.ancestors(ref) if r.id is not None}


def without_partners(found: list[tuple[int, int, RegionRef]], text: str) -> list[tuple[int, int, RegionRef]]:
    """与广东、浙江两省共建…: places after 与/同/跟 are partners, not where the figures are."""
    kept, partner_end = [], -1
    for start, end, ref in found:
        before = text[max(0, start - 1) : start]
        if before in ("与", "同", "跟") or (before in ("、", "和", "及") and partner_end == start - 1):
            partner_end = end
            continue
        kept.append((start, end, ref))
    return kept


#: A facility named by the place before it (…直联点, …博物馆, …故居): the place is the facility's (an airport, a port or a station is often what the article is about: its place carries).
_FACILITY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:直联点|博物馆|纪念馆|陈列馆|祠|故居)")


def _name_length(s_regions: list[tuple[int, int, RegionRef]], at: int) -> int:
    return next((e - pos for pos, e, _r in s_regions if pos == at), 0)


def figure_region(
    s_text: str,
    start: int,
    clause_start: int,
    s_regions: list[tuple[int, int, RegionRef]],
    previous_figure: tuple[int, RegionRef | None, bool] | None,
    regions: Places,
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
    # 成都都市圈(成都、德阳、眉山、资阳)规模以上工业增加值…: the members in brackets after a place name it, no more
    s_regions = [x for x in s_regions if not member_of_the_one_before(s_text, x[0], start, s_regions)]
    fresh = [(pos, r) for pos, _e, r in s_regions if since <= pos < start]
    listed = [r for pos, r in fresh if pos >= clause_start]
    if len(listed) > 1 and _LISTED.search(s_text[clause_start:start]):
        common = regions.common_ancestor(listed)
        if common is not None:
            return common, False
    if fresh:
        run = listed_run(s_text, [(pos, e, r) for pos, e, r in s_regions if since <= pos < start])
        shared = "均" in s_text[fresh[-1][0] : start]  # (两地…增速均为7.5%: each one's, not their area's)
        if (
            len(run) > 1
            and not listed
            and not shared
            and (common := regions.common_ancestor(run)) is not None
        ):
            return common, False  # 阿坝州、甘孜州、凉山州和攀枝花市开展冬季旅游的150家景区，接待游客…
        # 成都国家级互联网骨干直联点带宽达900Gbps, 成都武侯祠博物馆、452.7万人次: the city of a facility
        # named by it — the figure's, but no place the sentences after it are about
        return fresh[-1][1], not _FACILITY_AFTER.match(
            s_text, fresh[-1][0] + _name_length(s_regions, fresh[-1][0])
        )
    sub_area = _SUB_AREA.match(s_text[clause_start:start])
    if sub_area and not any(clause_start <= p < start for p, _e, _r in s_regions):
        # 高新区6个, 市本级8个: a part of the city the gazetteer does not list — the city's; 园区 alone (江安…，
        # 园区工业总产值突破140亿元): the park of the place the sentence is about
        said = previous_figure[1] if previous_figure else context
        own = sub_area.group() == "园区" or sub_area.group().endswith(
            ("区本级", "县本级")
        )  # (the district's own)
        return (said if own else prefecture_of(said, regions)), True
    if (
        previous_figure is not None
        and in_breakdown(s_text, since)
        and not in_breakdown(s_text, start)
        and not EXCEPT.search(s_text, 0, start)
    ):
        # 共28个(顺庆片区9个,高坪片区14个,西充片区5个),总投资255.1亿元: the places in the bracket are its
        # parts'; after it, the whole's
        outside = [r for pos, _e, r in s_regions if pos < start and not in_breakdown(s_text, pos)]
        return (outside[-1] if outside else None), False
    if previous_figure is not None and not EXCEPT.search(s_text, 0, start):
        return previous_figure[1], previous_figure[2]
    if previous_figure is not None:  # 除去成都签署的6个…外，当日签订的…423个: not the place set aside
        return None, False
    after = [r for pos, _e, r in s_regions if pos > start and _PLACED.search(s_text[:pos])]
    return (after[-1] if after else None), True


def in_breakdown(s_text: str, at: int) -> bool:
    """``at`` lies inside a bracket that breaks a figure down (共28个(顺庆片区9个,高坪片区14个…)): one opened
    before it and not yet closed, with a figure in it (not a name's bracket: 中国(达州)西部物流谷)."""
    opened = max(s_text.rfind("(", 0, at), s_text.rfind("（", 0, at))
    if opened < 0 or max(s_text.rfind(")", opened, at), s_text.rfind("）", opened, at)) >= 0:
        return False
    closing = [i for i in (s_text.find(")", at), s_text.find("）", at)) if i >= 0]
    return bool(re.search(r"\d", s_text[opened : min(closing) if closing else len(s_text)]))


def prefecture_of(ref: RegionRef | None, regions: Places) -> RegionRef | None:
    if ref is None or regions.gaz is None:
        return None
    chain = [ref, *regions.gaz.ancestors(ref)]
    return next((r for r in chain if r.level == "prefecture"), ref)


def not_subject(text: str, start: int, end: int) -> bool:
    """高于全省平均水平, 比全国…, 在游仙区举行: a place named as a benchmark or a venue."""
    return bool(
        _NOT_SUBJECT_BEFORE.search(text, max(0, start - 6), start)
        or _BENCHMARKS_BEFORE.search(text, max(0, start - 24), start)
        or text.startswith("平均", end)
        or re.match(
            r"(?:的)?(?:第[一二三四五六七八九十\d]+(?:位|名|个|(?![\u4e00-\u9fff\d]))|首位|前列)", text[end:]
        )
        is not None  # 列全省第6位: the scope
        or (
            text[max(0, start - 1) : start] in ("在", "于")
            and _NOT_SUBJECT_AFTER.match(text, end) is not None
        )
        or (  # 在全国各省(市、区)中居第7位, 是全国13个粮食主产省之一: the scope a place is ranked or counted in
            text[max(0, start - 1) : start] in ("在", "是", "为") and _RANKED_IN.match(text, end) is not None
        )
    )


# (川酒产量、营收、利润在全国占比分别为50.9%…: the scope of a share, too)
# (四川是全国油菜生产和消费大省, 是全国重要的蔬菜生产基地: the class a place is of, in that scope)
_RANKED_IN = re.compile(
    r"[^，,。；;]{0,16}?(?:(?:中|内)?(?:居|列|排名?|位居|位列)(?:第|前|首)|之一|占比"
    r"|(?:大|强)(?:省|市|县)(?![\u4e00-\u9fff])|主产(?:区|省|市|县)|(?:生产|供应|集散)?基地)"
)


def whole_area(
    clause: str, context: RegionRef | None, regions: Places, article_place: RegionRef | None = None
) -> RegionRef | None:
    """全省 / 全市 / 全国: the province or city the article is about, or China (not 高于全省平均水平); 全省 with no
    province named before: the article's when it is about a 省 (青海), else the paper's own."""
    words = {
        m.group()
        for m in WHOLE.finditer(clause)
        if not not_subject(clause, m.start(), m.end())
        and clause[max(0, m.start() - 1) : m.start()]
        not in ("对", "与", "同", "跟", "和")  # 对…, 与全省同步: a partner
        and not clause.startswith("台湾", m.end())
        and not (m.group() == "全国" and _NATIONAL_NAME.match(clause, m.end()))
    }
    if words & {"全国", "我国"} and regions.gaz is not None:
        found = regions.gaz.lookup("全国")
        return found[0] if found else None
    if words & {"我市", "本市"} and article_place is not None and article_place.level == "prefecture":
        return article_place  # 我市 is the paper's own city, whatever place the sentence before named
    if context is None or regions.gaz is None:
        return None
    chain = [context, *regions.gaz.ancestors(context)]
    if words & {"全省", "我省", "本省"}:  # (after a story of the country's: the paper's own province)
        # (a 省 proper: 全省 is no municipality's, 北京市 of an event held there)
        about = (
            article_place if article_place is not None and article_place.full_name.endswith("省") else None
        )
        return next((r for r in chain if r.level == "province"), None) or about or regions.home_ref
    if words & {"全市", "全州", "我市", "本市"}:
        return next((r for r in chain if r.level == "prefecture"), None)
    return None
