"""Projects: a sentence that names one with a milestone or its investment, its organisations and their
roles, its own figures (investment, area, duration, output), and one candidate per project."""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Any

from ..errors import ValidationError
from ..quantities import parse_quantity
from ..regions import RegionRef
from .candidate import Candidate, clear_period
from .kinds import MILESTONES, PROJECT_SUFFIX
from .places import Places
from .project_lists import place_of, status_of
from .subject import LEADING
from .text import Sentence, fold, quote_of
from .timing import ABOUT_PROJECT, COUNTED_PROJECTS, read_period

ORG = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,20}?(?:股份有限公司|有限公司|集团|公司|股份)")

_CATEGORY_WORDS = re.compile(
    r"竣工投产|竣工|投产|加快进度|加快推进|争取开工|新开工|开工|续建|在建|新建|签约|列入|纳入|全市|全省|全县|"
    r"市级|省级|重点|重大|前期|储备|产业|工业|招商引资|项目|名单|计划"
)

#: The words before a project's name (…的就是, 将, 引进): peeled off — 建设 too, but not the 建设 of a name
#: (华润希望乡村建设项目).
_BEFORE_NAME = re.compile(
    r"^.*?(?:签约仪式|举行|获悉|表示|是|将|在|等|包括|有效助推|助推|有(?!限)|引进|推动|推进|加快|开展|建设(?!项目)|实施|落户|的)"
)

#: A count right after a name, or after the noun the name's suffix begins: the name is a kind of project
#: the count counts (基础设施项目12个; 猕猴桃基地乡镇39个: townships, not a base).
_COUNTED_AFTER = re.compile(  # (建成蚕桑“万亩核心示范区”4个: past its closing quote)
    r"[”」』\"]?[，,]?(?:[\u4e00-\u9fff]{1,3}?)?(?:共|有|达|计)?\s*\d+\s*[个個项項家座]"
)

#: A project said to be being built (正加快建设, 正在建设): where it stands, as a milestone would say.
_BEING_BUILT = re.compile(
    r"正在(?:加快|加紧|抓紧)?建设|正(?:加快|加紧|抓紧)建设|建设中"
)  # (not 加快建设…产业园: a plan)

_BECOMING = re.compile(r"(?:成为|打造成|建设成为?|建成为)[^，。；,;]{0,24}$")

_INVESTED = re.compile(r"(?:项目|基地|产业园|园区|中心|综合体|工程)[，,的]?(?:计划|拟|预计)?总?投资")


def project_of(
    s_text: str,
    sentence: Sentence,
    published: date | None,
    regions: Places,
    context: RegionRef | None,
    original: str,
    named: list[tuple[int, int, RegionRef]] | None = None,
) -> Candidate | None:
    """The project a sentence names with a milestone or its investment, at the last place the sentence
    names as a subject (``named``: not a name that begins with the province, 四川时代电池项目)."""
    verb = next(((w, k) for w, k in MILESTONES if w in s_text), None)
    building = _BEING_BUILT.search(s_text)  # (…全产业链项目正加快建设: under construction)
    said_of = building if verb is None else None  # (being built: said of the name right before it)
    if said_of is not None:
        verb = (said_of.group(), "under_construction")
    if verb is None and not _INVESTED.search(s_text):
        return None  # a project sentence names a milestone, or a project and its investment
    for name in _names(s_text):
        after = s_text[s_text.index(name) + len(name) :]
        invested = re.match(r"[，,的]?(?:计划|拟|预计)?总?投资", after)
        if _COUNTED_AFTER.match(after):
            continue  # 高速公路开工项目10个，总投资…: a kind of project and how many, not one
        if _BECOMING.search(s_text, 0, s_text.index(name)):
            continue  # 建成后将成为全球…最大的钛金属全产业链生产基地: what it will be, not a project
        if said_of is not None and not 0 <= said_of.start() - s_text.index(name) - len(name) <= 2:
            continue  # 走进…锂电产业园，…等多个项目正加快建设: the park is where, not what is built
        if (verb is not None or invested) and _acceptable(name, regions):
            break
    else:
        return None
    start = s_text.index(name)
    c = Candidate(
        "project",
        sentence.start + start,
        sentence.start + start + len(name),
        original[sentence.start + start : sentence.start + start + len(name)],
    )
    c.name = c.text
    c.quote, c.quote_start, c.quote_end = quote_of(original, sentence)
    c.milestone = (
        status_of(s_text, start, original[max(0, sentence.start - 300) : sentence.start]) if verb else None
    )
    if c.milestone is None and building and building.start() > start:
        c.milestone = "under_construction"
    c.owned = (c.start, c.end)  # (年产10万吨…生产线项目: the figures of its name are its own)
    day = re.search(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日", s_text)
    if day:
        p = read_period(day.group(0), published)
        if p is not None:
            c.milestone_date = p.end.isoformat()
    found = named if named is not None else regions.find(s_text)
    if found and all(f[2].level == "country" for f in found):  # (在全国捐建的第12座: a scope, not where it is
        # built — 与南江县人民政府共同建设 says where, its place inside the builder's name)
        found = [f for f in regions.find(s_text) if f[2].level != "country"]
    region = found[-1][2] if found else context
    own = place_of(c.name or "", regions) if not named else None
    if own is not None and own.level not in ("country", "province"):  # 成都轨道交通TOD示范项目: its own place
        region, found = own, [(0, 0, own)]
    if region is not None:
        c.region, c.region_code = region.name, region.code
        c.why["region"] = f"本句所写地点“{region.name}”" if found else "本句未写地点：本段或文章的地点"
    names = (re.split(r"与|和|及|由|同|跟|、|是|将|为|在|的|对", o)[-1] for o in ORG.findall(s_text))
    c.organizations = [o for o in dict.fromkeys(names) if len(o) >= 4][:5]
    c.organization_roles = [_org_role(s_text, o) for o in c.organizations]
    return c


def _names(s_text: str) -> list[str]:
    """The project names a sentence may hold, in order (a name's words before it peeled)."""
    spans: list[list[int]] = []
    for hit in re.finditer(rf"([\u4e00-\u9fffA-Za-z0-9·（）()\-]{{2,30}}?{PROJECT_SUFFIX})", s_text):
        if spans and hit.start() == spans[-1][1] and not re.search(r"[为是的在将]", hit.group()):
            spans[-1][1] = hit.end()  # 阆中市古城 + 文旅综合体: one name
        else:
            spans.append([hit.start(), hit.end()])
    names = []
    for start, end in spans:
        if s_text.startswith("项目", end) and not s_text[start:end].endswith("项目"):
            end += 2  # 古城文旅综合体项目
        name = s_text[start:end]
        for _ in range(3):  # 蓝盾股份将有蓝盾安可…: peel the words before the name, one after another
            peeled = LEADING.sub("", _BEFORE_NAME.sub("", name))
            if not peeled or peeled == name:
                break
            name = peeled
        names.append(name)
    return names


def _acceptable(name: str, regions: Places) -> bool:
    """A project's name, not a kind, a category, a count, a zone or a purpose."""
    return not (
        len(name) < 6
        # (为不断夯实…项目: a purpose; 5万吨锂电池正极材料项目 is named by its capacity)
        or re.match(
            r"(?:一批|一个|多个|若干|一些|重大|重点|加快|集中|产业|这|该|其|为|以|\d(?![\d.]*万?(?:吨|千瓦|兆瓦|GWh|吉瓦)))",
            name,
        )
        or re.search(r"一批|集中|季度|签约|第[一二三四五六七八九十\d]+批|推介会|仪式|活动|大会|会议", name)
        or re.search(r"(?:会|活动|合作|交流)暨", name)  # (…投资说明会暨经济合作项目: an event, not a project)
        or re.search(r"\d{4}年|\d{1,2}月", name)  # (筠连县2023年12月招商引资项目: a batch named by its month)
        or (re.search(r"[和及、]", name) and not _begins_with_place(name, regions))
        # (助推工业产业和定点扶贫项目落地: kinds of projects, not one; 彭州市航空博览孵化园及…项目 is one)
        or re.search(r"\d+[个個]|[一二三四五六七八九十\d]+大", name)  # 330个重大项目, 五大项目: a count
        or re.search(r"平均|单个|每个|[为是](?=[\u4e00-\u9fff]{0,6}项目$)", name)  # …段为省上开工项目: a kind
        or re.search(r"(?:锚定|聚焦|围绕|瞄准|紧盯|抓好|狠抓|盯紧)项目$", name)  # (…系统锚定项目招引: a task)
        or (regions.gaz is not None and regions.gaz.lookup(name))  # 甘眉工业园区: a zone, not a project
        or not _CATEGORY_WORDS.sub("", name)  # 竣工投产项目35个, 列入全市重点项目: a category, not a project
    )


def _begins_with_place(name: str, regions: Places) -> bool:
    spans = regions.names(name)
    return bool(spans) and spans[0][0] == 0


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


def project_field(project: Candidate, s_text: str, start: int, quantity: Any, written: str) -> bool:
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
        elif unit in ("人", "名") and re.search(r"带动|就业|安置|吸纳", before + s_text[start : start + 12]):
            project.jobs = int(quantity.value)  # 可直接带动850人就业
        else:
            return False
    except ValidationError:
        return False
    return True


def attach_following_project_figures(results: list[Candidate]) -> None:
    """“该项目计划总投资15亿元” in the sentence after the project's: the figures belong to it."""
    last_project: Candidate | None = None
    for candidate in list(results):
        if candidate.kind == "project":
            last_project = candidate
            continue
        if last_project is None or candidate.start - last_project.end > 200:
            continue
        if COUNTED_PROJECTS.search(fold(candidate.quote)):
            continue  # 等474个重大工业项目集中开工，总投资1706亿元: the total of them all
        if candidate.quote_start != last_project.quote_start and not ABOUT_PROJECT.search(
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
            clear_period(candidate)  # the project's figure (该项目总投资13亿元), of no period
        except ValidationError:
            continue


def merge_projects(results: list[Candidate], events: list[tuple[int, str, str]]) -> list[Candidate]:
    """One candidate per project name: later mentions fill what the first one lacks; a project named
    without its milestone takes the article's latest one (其中，某项目总投资… after a signing)."""
    first: dict[str, Candidate] = {}
    merged: list[Candidate] = []
    milestone: tuple[str | None, str | None] = (None, None)
    events = sorted(events)
    offsets = [offset for offset, _kind, _day in events]
    for candidate in results:
        if candidate.kind != "project" or not candidate.name:
            merged.append(candidate)
            continue
        # the last event before it (found by halving: a long text has many events, and many projects)
        before = bisect.bisect_right(offsets, candidate.start)
        last = (events[before - 1][1], events[before - 1][2]) if before else None
        if candidate.milestone:
            milestone = (candidate.milestone, candidate.milestone_date or milestone[1])
            same_day = re.search(r"当天|当日|同日", fold(candidate.quote))
            if (
                candidate.milestone_date is None
                and last is not None
                and (same_day or last[0] == candidate.milestone)
            ):
                candidate.milestone_date = last[1]  # 当天…开工: the ceremony's day
        elif last is not None or milestone[0]:
            candidate.milestone, candidate.milestone_date = last if last is not None else milestone
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
