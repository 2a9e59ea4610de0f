"""Names a figure takes from the figures before it, as the naming stage walks the article in order: a
measure said alone after a count of projects (…项目64个，总投资230亿元) or after the sentence's subject
(…规模以上工业企业实现营业收入…；发生营业成本…), a place's count of the projects counted first, a share said
after a level, a part of a kind of economy (民营经济增加值…其中：第一产业增加值), 城市 and 农村 of the index
before, a change that names nothing (由75亿元增至110亿元), a target's completion (完成…目标的111.8%)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..vocabulary import lookup
from .candidate import Candidate
from .list_items import subject_of_the_last
from .naming_grammar import CLASS_THRESHOLD, MEASURE_HEAD, SCOPE_BEFORE, clean_name, grammar_problem, set_name
from .naming_measures import ALONE_MEASURE, measure_of_the_subject, total_of_the_trade
from .naming_subjects import (
    BARE_AMOUNT,
    BARE_MEASURE,
    BARE_RATES,
    CHANGE_ONLY,
    DAILY_ONLY,
    MOVED_ONLY,
    NOT_A_PART,
    PART_ALONE,
    RATE_NAME,
    SITE_AND_MEASURE,
    daily_of,
    institutions_counted,
    next_part_of_the_whole,
    of_the_amount_named_before,
    of_the_institutions,
    of_the_population,
    of_the_subject_before,
    population_said,
    rate_of_the_subject,
    share_of,
)

#: Words that qualify the subject said before (其中：城市上涨0.8%，农村上涨0.2%): 城市居民消费价格指数.
_QUALIFIERS = frozenset({"城市", "农村", "城镇", "乡村", "城乡"})
#: A share said after a level, of it (…进出口1604.1亿元，占四川外贸进出口总值的51.8%): the level's share.
_SHARE_OF = re.compile(
    r"^(?:总量|规模|总额)?(?:约|大约)?占[^，,；;]{0,30}?(?:的|比重|总量|总额)?(?:比重)?(?:为|达到?|约为?|约)?$"
)
#: A contribution said after the level of what contributed (…房地产增加值增长7.5%，对经济增长贡献为4.1%).
_CONTRIBUTION_OF = re.compile(
    r"^(?:对(?:全省|全市|全县|全国)?(?:经济|GDP|地区生产总值)(?:增长)?的?)贡献(?:率)?(?:为|达到?|约为?|约)?$"
)
#: A kind of economy whose parts by industry follow it (民营经济增加值…其中：第一产业增加值…).
_ECONOMY_KIND = re.compile(
    r"(民营经济|非公有制经济|民营|县域经济|[区县市]本级)(?:第[一二三]产业)?(?:增加值|占比|地区生产总值)"
)  # (区本级地区生产总值…其中，一、二、三产业增加值: the district proper's parts)
_INDUSTRY_PART = re.compile(
    r"(第[一二三]产业)(增加值|增加值占地区生产总值比重|增加值占比|对经济增长的贡献率)"
)
_PART_NAMES = {"增加值占地区生产总值比重": "增加值占比"}
#: An article about a kind of economy (its title's or its first figure's: 前三季度四川民营经济增加值同比增长9.8%).
_ARTICLE_ECONOMY = re.compile(r"^(民营经济|民营|非公有制经济)")
#: The whole economy's measures such an article reports of the kind — its parts by industry, its total
#: (a city's 经济总量 in a private-economy release), its taxes — and what they are of the kind.
_ECONOMY_PARTS = {
    "第一产业增加值": "第一产业增加值",
    "第二产业增加值": "第二产业增加值",
    "第三产业增加值": "第三产业增加值",
    "工业增加值": "工业增加值",
    "建筑业增加值": "建筑业增加值",
    "地区生产总值": "增加值",
    "税收收入": "税收",
    "增值税": "增值税",
    "消费税": "消费税",
    "企业所得税": "企业所得税",
    "个人所得税": "个人所得税",
}
#: A phrase that says the whole (全省GDP, 全市第一产业增加值): not the kind's.
_THE_WHOLE = re.compile(r"全省|全市|全县|全州|全国|GDP|国内生产总值")


#: The catalogue's names of what sites report that a sentence's sites take as their own.
_SITES_MEASURES_NAMED = (
    "接待游客",
    "门票收入",
    "旅游总收入",
    "民航旅客吞吐量",
    "民航货邮吞吐量",
    "民航飞机起降架次",
)


@dataclass
class Walk:
    """What the naming stage keeps as it goes: the last figure's name (its sentence and paragraph), the
    projects the article counted last and first."""

    last: tuple[int, int, str, str | None] | None = None  # (sentence, paragraph, last figure's name, place)
    batch: str | None = None  # the projects the article counted last (集中开工重点项目 of …项目数)
    whole: str | None = None  # the projects it counted first: the batch its places' counts are of
    event: str | None = None  # the article's event (集中开工, 现场推进): what its day's projects are of
    economy: tuple[int, str] | None = None  # (paragraph, 民营经济): the kind of economy its figures are of
    article_economy: str | None = None  # the kind of economy the whole article is about (民营经济)
    named_any: bool = False  # whether a figure of the article was named yet
    last_period: str | None = None  # the last figure's period end
    #: the zones the sentence speaks of (全省国家级经开区): whose its figures are
    population: str | None = None
    institutions: tuple[int, str] | None = None  # (sentence, 乡镇卫生院): the institutions it counted last
    #: the names of the figures so far, by paragraph: what a bare measure said later may be of
    named: list[tuple[int, str]] = field(default_factory=list)
    class_batch: tuple[int, str | None] | None = None  # (sentence, a class of projects just counted there)

    def _goes_on(self, at: int, paragraph: int, since_stop: str) -> bool:
        """The sentence of the figure named last, or the one after it over a ；, in its paragraph."""
        last = self.last
        on = last is not None and at - last[0] == 1 and last[1] == paragraph
        return last is not None and (last[0] == at or (on and bool(re.search("[；;]", since_stop))))

    def before_naming(self, c: Candidate, at: int, paragraph: int, goes_on: bool = False) -> bool:
        """Name the figure by those before it, when its own words name nothing; True when named. ``goes_on``:
        its sentence goes on after a semicolon from the one before (…支出273.3亿元；占一般公共预算支出的2.44%)."""
        said, last = c.indicator or "", self.last
        klass = self.class_batch[1] if self.class_batch and self.class_batch[0] == at else None
        if klass and c.unit and c.unit.endswith("元") and (alone := _BATCH_MEASURE.fullmatch(said)):
            _batch_measure(c, klass, alone.group())  # 5亿元以下项目59个，投资总额165.55亿元: that class's
        elif self.batch and c.unit and c.unit.endswith("元") and (alone := _BATCH_MEASURE.fullmatch(said)):
            _batch_measure(c, self.batch, alone.group())
        elif (
            (
                DAILY_ONLY.match(said)
                or (said.startswith("日均") and SITE_AND_MEASURE.fullmatch(last[2] if last else ""))
            )
            and last is not None
            and last[0] == at
            and not last[2].startswith("日均")
        ):
            name, entry = daily_of(last[2])  # 累计发送旅客1400.4万人次，日均35.0万人次: the total's a day
            set_name(c, name, entry, f"日均：本句前一数字“{last[2]}”的日均数")
        elif (
            c.unit == "%"
            and last is not None
            and last[0] == at
            and last[2].endswith(("占比", "比重", "比例"))
            and (part := PART_ALONE.fullmatch(said))
            and not MEASURE_HEAD.search(part.group(1))
            and not NOT_A_PART.search(said)
            and grammar_problem(part.group(1) + "占比") is None
        ):  # 制造业的比例达26.2%，教育业为9.2%: the next part's share (coined, to check)
            set_name(c, part.group(1) + "占比", None, f"所列的下一部分：前一数字“{last[2]}”那样的占比")
        elif (
            c.unit == "%"
            and last is not None
            and (whole_part := next_part_of_the_whole(said, last, at, paragraph))
        ):
            # 煤品燃料消费占能源消费总量的25.9%；油品燃料消费量占17%: the next part's share of the same whole
            set_name(
                c,
                whole_part,
                lookup(whole_part, strict=True),
                f"所列的下一部分：与前一数字“{last[2]}”同一整体的占比",
            )
        elif last is not None and last[0] == at and (shared := subject_of_the_last(said, last[2])):
            set_name(c, shared, lookup(shared, strict=True), f"前一数字“{last[2]}”的主语所说的{said}")
        elif CHANGE_ONLY.match(said) and last is not None and last[0] == at:
            set_name(c, last[2], lookup(last[2], strict=True), "未写名称（“增至”等）：本句前一数字的指标")
        elif (
            c.unit == "%"
            and MOVED_ONLY.fullmatch(said)
            and last is not None
            and last[0] == at - 1
            and last[1] == paragraph
            and RATE_NAME.search(last[2])
        ):  # …失业率均值为5.5%。4月份受疫情影响走高至6.1%: the month's rate of the sentence before
            set_name(c, last[2], lookup(last[2], strict=True), "未写名称（“升至”等）：前句所说比率的逐月数字")
        elif (
            (_SHARE_OF.match(said) or _said_again_then_share(said, last))
            and c.unit == "%"
            and last is not None
            and (last[0] == at or (goes_on and last[0] == at - 1 and said.startswith("占")))
        ):
            share = last[2] if last[2].endswith(("占比", "比重")) else share_of(last[2], said)
            of = re.search(r"(?:总投资|投资总额|投资)", said)  # 基础设施项目40个，占总投资的19.3%: theirs
            if of and last[2].endswith("项目数"):
                share = last[2][:-1] + "总投资占比"
            entry = lookup(share, strict=True)
            set_name(c, entry.name if entry else share, entry, f"占比：本句前一数字“{last[2]}”所占的比重")
        elif _CONTRIBUTION_OF.match(said) and c.unit == "%" and last is not None and last[0] == at:
            # (…增长7.5%，占GDP比重6.2%，对经济增长贡献为4.1%: of what grew, not of its share)
            grew = re.sub(r"(?:占.+比重|占比)$", "", last[2])
            contributed = re.sub(r"增加值$", "", grew) + "对经济增长的贡献率"
            entry = lookup(contributed, strict=True)
            set_name(c, entry.name if entry else contributed, entry, f"贡献率：本句前一数字“{last[2]}”的")
        elif said in _QUALIFIERS and (previous := self.previous(paragraph)) and c.value is None:
            qualified = _qualified(said, previous)
            set_name(c, qualified, lookup(qualified, strict=True), f"“{said}”：前文所说“{previous}”的一部分")
        else:
            return False
        return True

    def after_naming(
        self, c: Candidate, at: int, paragraph: int, before: str, own_words: bool, since_stop: str = ""
    ) -> None:
        """What the figures before add to a figure (``own_words``: named by its own words, not by them), and
        what it leaves for the next."""
        last = self.last
        if (
            own_words
            and (c.name_source != "catalogue" or BARE_MEASURE.fullmatch(clean_name(c.phrase) or ""))
            and last is not None
            and at - last[0] <= 1
            and last[1] == paragraph
            and c.region
            == last[3]  # (九寨沟景区接待游客 after the province's 5A级景区门票总收入: the site's own)
        ):
            of_the_subject_before(c, last[2])  # (its sentence, or the one before it ended by a ；)
        if own_words and _site_measure_said(c) and (site := _site_said(since_stop or before)):
            _of_the_site(c, site)  # 成都航空枢纽累计起降航班25.4万架次、完成旅客吞吐量…: the hub's
        elif (
            own_words
            and last is not None
            and (last[0] == at or (at - last[0] == 1 and last[1] == paragraph and c.region == last[3]))
            and _said_of_sites(c) in _SITE_MEASURES
            and (c.name_source != "catalogue" or c.indicator in _SITES_MEASURES_NAMED)
        ):  # (a catalogue name that holds its sites, A级旅游景区门票收入, stays)
            _site_measure(c, last[2])  # …景区接待游客3759.58万人次，实现门票收入4.43亿元 (its sentence's)
        elif own_words and last is not None and last[0] == at and c.indicator in BARE_RATES:
            rate_of_the_subject(c, last[2])  # 续建重点项目完成投资1108亿元，投资完成率24.1%
        elif (
            own_words
            and c.name_source == "coined"
            and last is not None
            and self._goes_on(at, paragraph, since_stop)
            and c.region == last[3]
            and c.period_end == self.last_period  # (到2020年…主营业务收入1800亿元: another statement)
            and ALONE_MEASURE.fullmatch(c.indicator or "")
        ):
            measure_of_the_subject(c, last[2])  # 邮政业务总量增长11.8%，收入增长13.5%: 邮政业务收入
        elif (
            own_words
            and c.name_source
            and last is not None
            and c.region == last[3]
            and self._goes_on(at, paragraph, since_stop)
        ):
            total_of_the_trade(c, last[2])  # …制造行业完成工业总产值641.5亿元…，产销率100.9%: the trade's
        if own_words and c.name_source == "coined" and BARE_AMOUNT.fullmatch(c.indicator or ""):
            of_the_amount_named_before(c, self.named, self.last, at, paragraph)  # 电子商务交易额…。…交易额…
        economy = self.economy[1] if self.economy and self.economy[0] == paragraph else None
        if c.indicator and not self.named_any and (kind := _ARTICLE_ECONOMY.match(c.indicator)):
            self.article_economy = "民营经济" if kind.group(1) == "民营" else kind.group(1)
        if c.indicator:
            self.named_any = True
        if c.indicator and economy and (part := _INDUSTRY_PART.fullmatch(c.indicator)):
            # 民营经济增加值1377.17亿元…贡献率为56.2%。其中，第一产业增加值97.32亿元: the private economy's
            # first industry, whatever figures its paragraph said between
            name = economy + part.group(1) + _PART_NAMES.get(part.group(2), part.group(2))
            set_name(c, name, lookup(name, strict=True), f"本段所说“{economy}”的一部分：{name}")
        elif c.indicator and self.article_economy and (kinds := _economy_part(c, self.article_economy)):
            # 民营经济…分产业看，第一产业实现增加值1026.6亿元; 排名前三的城市为成都(7386.79亿元): the kind's
            set_name(c, kinds, lookup(kinds, strict=True), f"本文所说“{self.article_economy}”的：{kinds}")
        elif c.indicator and (kind := _ECONOMY_KIND.match(c.indicator)):
            self.economy = (paragraph, kind.group(1))
        self._of_whom(c, at, since_stop)
        self.counted(c, before)
        if c.unit in ("个", "项") and c.value is not None:
            self.class_batch = (at, _class_of(c.indicator))
        if c.indicator:
            self.last = (at, paragraph, c.indicator, c.region)
            self.last_period = c.period_end
            self.named = [*self.named[-11:], (paragraph, c.indicator)]

    def _of_whom(self, c: Candidate, at: int, since_stop: str) -> None:
        """Whose a figure is when its sentence said so first: the institutions it counted (4509个乡镇卫生院，
        床位11.91万张), the zones it spoke of (全省10个国家级经开区…实现进出口总额979.7亿元)."""
        counted = institutions_counted(c)
        if counted:
            self.institutions = (at, counted)
        elif self.institutions and self.institutions[0] == at:
            of_the_institutions(c, self.institutions[1])
        self.population = population_said(since_stop, self.population)
        if self.population:
            of_the_population(c, self.population)

    def counted(self, c: Candidate, before: str) -> None:
        """Each count of projects says whose the measures after it are (none when its name is not a clean
        one); 从区域看：巴州区10个，总投资24.4亿元 counts the projects the article counted first."""
        if c.unit not in ("个", "项") or c.value is None:
            return
        if self.whole and not c.indicator and _place_only(c, before):
            count = self.whole + "数"
            set_name(c, count, lookup(count, strict=True), f"只写了地点和个数：前文所计的“{self.whole}”")
            self.batch = self.whole
            return
        if self.event and _of_the_event_day(c) and not _signed(c, before):
            _event_kind(c, self.event)
        self.batch = _batch_of(c.indicator)
        self.whole = self.whole or self.batch

    def previous(self, paragraph: int) -> str | None:
        """The paragraph's figure before: its name."""
        return self.last[2] if self.last and self.last[1] == paragraph else None


#: What a release says of the sites it counts over, one after the other (接待游客…，实现门票收入…).
#: What a release says of the sites it counts (scenic spots, airports), said short after their first measure.
_SITE_MEASURES = (
    "接待游客",
    "门票收入",
    "旅游收入",
    "旅游综合收入",
    "旅客吞吐量",
    "货邮吞吐量",
    "起降架次",
    "起降航班",
    "航班起降",
)
#: A site the sentence names before a figure (成都航空枢纽, 四川省机场集团, 双流国际机场): whose its bare measure is.
_SITE_SAID = re.compile(
    r"(?:^|(?<=[，,。；;、（()）\s]|从|据|在|经)|(?<=其中))(?P<site>[\u4e00-\u9fff]{2,6}?(?:国际机场|机场集团|机场|航空枢纽))"
)


def _site_said(before: str) -> str | None:
    """The last site its sentence names before a figure — not one it is compared with (超出深圳机场80.4万人次)."""
    sites = [
        re.split(r"从|据|其中", m.group("site"))[-1]  # (记者从四川省机场集团获悉: the group)
        for m in _SITE_SAID.finditer(before)
        if not re.search(r"超过|超出|高于|低于|仅次于|领先", m.group("site"))
        and not re.search(r"(?:超过|超出|高于|低于|仅次于|领先)$", before[: m.start("site")])
        and before.count("(", 0, m.start()) + before.count("（", 0, m.start())
        <= before.count(")", 0, m.start()) + before.count("）", 0, m.start())  # (not inside brackets)
    ]
    return sites[-1] if sites else None


def _site_measure_said(c: Candidate) -> str | None:
    """The site's measure a figure's words end with (旅客吞吐量 of 机场集团旅客吞吐量: the site half cut)."""
    said = _said_of_sites(c)
    return next((m for m in _SITE_MEASURES if said.endswith(m) and (said == m or "吞吐量" in m)), None)


def _of_the_site(c: Candidate, site: str) -> None:
    said = _site_measure_said(c) or ""
    said = {"起降航班": "起降架次", "航班起降": "起降架次"}.get(said, said)
    name = site + said
    if not (c.indicator or "").startswith(site) and grammar_problem(name) is None:
        set_name(c, name, lookup(name, strict=True), f"只写了“{said}”：本句所说“{site}”的")


def _said_of_sites(c: Candidate) -> str:
    """The measure a figure's own words say (实现旅游综合收入: 旅游综合收入, whatever the catalogue files it as)."""
    said = re.sub(r"^(?:实现|完成|累计|共)+", "", clean_name(c.phrase or "") or "")
    return said if said in _SITE_MEASURES else (c.indicator or "")


def _site_measure(c: Candidate, previous: str) -> None:
    """A级旅游景区接待游客…，实现门票收入…: the same sites' 门票收入 (A级旅游景区门票收入)."""
    said = _said_of_sites(c)
    stem = next((previous[: -len(m)] for m in _SITE_MEASURES if previous.endswith(m)), "")
    if len(stem) >= 2 and grammar_problem(stem + said) is None:
        name = stem + said
        set_name(c, name, lookup(name, strict=True), f"只写了“{said}”：前文所说“{stem}”的")


def _economy_part(c: Candidate, economy: str) -> str | None:
    """The kind of economy's own name for a whole economy's measure a figure was named by (第一产业增加值 →
    民营经济第一产业增加值), unless its words say the whole (全省GDP)."""
    part = _ECONOMY_PARTS.get(c.indicator or "")
    if part is None or _THE_WHOLE.search(c.phrase or ""):
        return None
    return economy + part


def _qualified(qualifier: str, subject: str) -> str:
    """城市 of 居民消费价格指数: 城市居民消费价格指数; of 城镇居民人均可支配收入: 城市居民人均可支配收入."""
    for word in ("全体", "城镇", "农村", "城市", "乡村"):
        if subject.startswith(word):
            subject = subject[len(word) :]
            break
    return qualifier + subject


def target_name(c: Candidate, phrase: str, parent: str | None) -> bool:
    """完成省政府下达宜宾市全年外贸进出口考核目标的111.8%: 外贸进出口考核目标完成率; 城镇新增就业…，已完成
    全年目标任务的68.1%: the figure before's target. True when named."""
    done = _TARGET_DONE.search(phrase) if c.unit == "%" else None
    if done is None:
        return False
    what = _TARGET_SCOPE.sub("", done.group("what"))
    if re.fullmatch(r"(?:目标|任务|计划|预算)+", what) and parent:
        what = parent + what
    if grammar_problem(what + "完成率") is not None:
        return False
    set_name(c, what + "完成率", lookup(what + "完成率", strict=True), "完成…目标的百分之几：目标完成率")
    return True


#: A target and the share of it done (完成全年目标任务的80%, 完成省政府下达…考核目标的111.8%).
_TARGET_DONE = re.compile(
    r"完成(?:[^的，,]*?(?:下达|确定|制定|交给)的?)?(?P<what>[^的，,]{0,20}?(?:目标|任务|计划|预算))的$"
)
#: Who set it and for whom, and when (省政府下达, 宜宾市, 全年): not part of the target's name.
_TARGET_SCOPE = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州))?(?:全年|年度|今年)?")


#: A measure said alone after a count of projects (…项目64个，总投资230亿元，2022年计划投资112.6亿元; 巴州区
#: 10个，总投资24.4亿元): the measure of those projects.
_BATCH_MEASURE = re.compile(
    r"(?:计划)?总投资(?:额)?|投资总额|投资额|(?:年度|年)?计划(?:完成)?投资|签约金额|签约总额|协议金额|合同金额"
)


#: The events whose projects the article counts by kind (集中开工 基础设施项目6个 …).
EVENT_WORD = re.compile(r"集中开工|现场推进")
_DONE_WITH = re.compile(r"签约|签订|签署|开工|推进")


def _signed(c: Candidate, before: str) -> bool:
    """自贡签约11个项目, 10个项目集中签约, 集中签约的10个项目…其中医养健康项目2个: projects signed, not
    started — the word nearest the count says (after it in its clause, else the last before it)."""
    after = c.quote[c.end - c.quote_start :][:12] if c.quote_start <= c.end <= c.quote_end else ""
    words = _DONE_WITH.findall(re.split(r"[，,；;。]", after)[0])
    nearest = words[0] if words else next(iter(reversed(_DONE_WITH.findall(before))), None)
    return nearest in ("签约", "签订", "签署")


#: Projects of another population than the event's (省重点项目, 新签约项目, 储备项目): no kind of its.
_NOT_THE_EVENTS = re.compile(r"重点|签约|竣工|投产|储备|续建|前期|开工|推进|招商|备选")


def _of_the_event_day(c: Candidate) -> bool:
    """A count of projects of one day, in an article about an event: the event's."""
    return c.period_kind == "date"


def _event_kind(c: Candidate, event: str) -> None:
    """当季度眉山的36个项目迎来正式集中开工…基础设施项目6个: 集中开工项目数, 集中开工基础设施项目数 — the
    event's projects by kind, as the bureau's releases file them."""
    said = re.sub(
        rf"^(?:{event}的?|开工建设|开工)", "", c.indicator or ""
    )  # (集中开工的重大项目, 开工建设项目)
    kind = re.fullmatch(r"(?P<kind>[\u4e00-\u9fff]{0,12}?)项目数", said)
    if kind is None or _NOT_THE_EVENTS.search(kind.group("kind")):
        return
    name = f"{event}{kind.group('kind')}项目数"
    if grammar_problem(name) is None:
        set_name(c, name, lookup(name, strict=True), f"{c.why.get('indicator', '')}；本文所述“{event}”的项目")


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
        or CLASS_THRESHOLD.search(name)
        or re.search(r"[了着过把被的]|推出|包装|更新|[\u4e00-\u9fff]{2}(?:市|县|区)(?!州|本级)", name)
    ):
        return None
    return re.sub(
        r"^(?:当地|当日|当天|本次|此次|今年)", "", name[:-1]
    )  # (当地集中开工重大项目: the projects)


def _said_again_then_share(said: str, last: tuple[int, int, str, str | None] | None) -> bool:
    """全省男性人口为4229万人，占50.54%: the subject said again before 占 is the figure before's."""
    if last is None or not said.endswith("占"):
        return False
    subject = SCOPE_BEFORE.sub("", said[:-1])
    return bool(subject) and (subject == last[2] or last[2].startswith(subject))


def _class_of(name: str | None) -> str | None:
    """A class of projects a count names (5亿元以下项目数, 10亿元及以上项目数): whose the measure said right after
    it in its sentence is — not the projects the measures of later sentences are of."""
    if name is None or not name.endswith("项目数") or not CLASS_THRESHOLD.search(name):
        return None
    return name[:-1] if grammar_problem(name) is None else None


def _batch_measure(c: Candidate, batch: str, said: str) -> None:
    """总投资 of 集中开工重点项目 → 集中开工重点项目总投资; a year's plan → …年度计划投资."""
    written = said
    if "计划" in said and "总投资" not in said:
        said = "年度计划投资"  # (计划投资, 计划完成投资 said of a year: the year's planned investment)
    elif "计划" not in said:
        said = "总投资"  # (投资总额, 签约金额, 协议金额: what the catalogue files as 签约项目总投资)
    name = batch + said
    entry = lookup(name, strict=True)
    if entry is None and written in ("投资额", "投资总额"):
        name = batch + written  # (a batch the catalogue does not know keeps the article's word)
    set_name(c, entry.name if entry else name, entry, f"只写了“{said}”：前文所计的“{batch}”的")
    c.phrase = c.phrase or c.indicator
