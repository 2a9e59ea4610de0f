"""Projects a sentence lists: 分别是总投资5.8亿元的A项目，总投资5.5亿元的B项目…; 现场签约了A项目、B项目、C项目等11个
项目; 开工项目包括A、B等9个项目; 四川能投承建的A风电场、B风电场和C风电场项目. Each is a project of its own — with
its investment when the list gives one, the place its name begins with (or names in brackets: …集团(成都)…),
the organisation that builds or invests in the group, and the status of what the sentence tells (signed,
started, completed, in operation) — and the figures of its name and investment are the project's, no
facts of the place."""

from __future__ import annotations

import re

from ..errors import ValidationError
from ..quantities import parse_quantity
from ..regions import RegionRef
from .candidate import Candidate
from .kinds import MILESTONES, PROJECT_SUFFIX
from .places import Places
from .text import Sentence, quote_of

#: What else a listed project's name ends with (a plan lists hospitals, roads and canals by name): only in a
#: list of projects, where the list says they are projects (a sentence naming 华西医院 names no project).
_LISTED_SUFFIX = (
    r"医院|学校|新馆|博物馆|物流园|生态园|大道|快速通道|[^，,；;。、]{0,8}?铁路[^，,；;。、]{0,6}?段|高速公路|干渠|水库|"
    r"机场|码头|变电站"
)
_NAME = (
    rf"[\u4e00-\u9fffA-Za-z0-9.·（）()\-、“”]{{3,60}}?(?:{PROJECT_SUFFIX}|风电场|工程|{_LISTED_SUFFIX})"
    r"(?:[（(][一二三四五六七八九十]期(?:工程)?[）)])?(?:项目)?(?:[一二三]期(?:工程)?)?"
)
#: 总投资5.8亿元的江苏南通城欣市政工程天然油脂深加工项目
_INVESTED_NAME = re.compile(
    rf"(?:计划总投资|协议总投资|总投资|协议投资|投资)(?P<investment>(?:约|近|超|逾)?\d+(?:\.\d+)?(?:亿|万)元)的"
    rf"(?P<name>{_NAME})(?=[，,；;。、]|等|$)"
)
#: 签约了A项目、B项目和C项目等11个项目 (after the verb, up to 等 or the sentence's end)
_LIST_AFTER = re.compile(
    r"(?:签约了?|签订了?|签署了?|开工了?|竣工了?|投产了?|包括|主要有|将有|共有|分别是|分别为|涉及)(?P<items>[^，,；;。]{8,400}?)"
    r"(?=等[\d一二三四五六七八九十]+[个大]|等项目|等(?:[，,。]|$)|[，,；;。]|$)"
)
_GROUP_AFTER = re.compile(
    r"[，,](?P<items>[^，,；;。]{6,200}?)(?=等[\d一二三四五六七八九十]*个?项目|等(?:[，,。]|$)|[，,；;。]|$)"
)
_EXAMPLE = re.compile(rf"(?P<name>{_NAME})等[\d一二三四五六七八九十百]+个(?:[\u4e00-\u9fff]{{0,6}})?项目")
_BEFORE_EXAMPLE = re.compile(
    r"^.*?(?:引进|推动|推进|包括|其中|如|有)|^(?:全市|全省|全县|全区|我市|本市|全州)"
)
_ITEM_SPLIT = re.compile(r"以及|和|及")
_NAMED_ANY = re.compile(rf"{PROJECT_SUFFIX}|风电场|工程")  # a sentence where no project can be named
_BUILT_BY = re.compile(r"(?P<org>[\u4e00-\u9fffA-Za-z]{2,12}?)(?P<role>承建|投资建设|投资|建设)的$")
_STATUS_WORDS = dict(MILESTONES)
_ONCE = re.compile(r"(?:建成|投产|达产|竣工|投运)后")
_BRACKETED_PLACE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,6})[）)]")
_NOT_A_PROJECT = re.compile(r"^(?:新建|续建|在建)?(?:重大|重点|产业|工业|基础设施|民生|社会事业|其他)*项目$")


def listed_projects(
    s_text: str, sentence: Sentence, regions: Places, context: RegionRef | None, original: str
) -> list[Candidate]:
    """The projects a sentence lists (two or more, or one with its investment before its name)."""
    found: list[Candidate] = []
    if not _NAMED_ANY.search(s_text):
        return found  # (no project is named: the patterns below need not scan the sentence)
    for m in _INVESTED_NAME.finditer(s_text) if "投资" in s_text else ():
        c = _project(m.group("name"), m.start("name"), s_text, sentence, regions, context, original)
        if c is not None:
            try:
                c.investment = float(parse_quantity(m.group("investment")).to("亿元"))
            except ValidationError:
                continue
            c.investment_text = original[
                sentence.start + m.start("investment") : sentence.start + m.end("investment")
            ]
            c.owned = (sentence.start + m.start(), sentence.start + m.end("name"))
            found.append(c)
    if found:
        return found
    for m in _EXAMPLE.finditer(s_text):  # 苏宁易购电商智慧产业园等137个项目开工建设: the example named
        name, at = m.group("name"), m.start("name")
        cut = _BEFORE_EXAMPLE.search(name)
        if cut:
            name, at = name[cut.end() :], at + cut.end()
        c = _project(name, at, s_text, sentence, regions, context, original)
        if c is not None and not _ITEM_SPLIT.search(name) and "、" not in name:
            c.owned = (c.start, c.end)
            found.append(c)
    if found:
        return found
    for m in _LIST_AFTER.finditer(s_text):
        # (…、四川金诚矿业(达州)页岩陶粒新型材料等项目: the list says its items are projects, whatever they end with)
        closed = _CLOSED_BY_PROJECTS.match(s_text, m.end("items")) is not None
        items = _items(m.group("items"), m.start("items"), closed)
        if len(items) < 2:
            continue
        end = m.end("items")
        while (more := _GROUP_AFTER.match(s_text, end)) is not None:  # …风电场项目，华西集团承建的…工程、…
            group = _items(more.group("items"), more.start("items"))
            if not group:
                break
            items += group
            end = more.end("items")
        found += _named(items, s_text, sentence, regions, context, original)
    if found:
        return found
    for m in _LIST_BEFORE_KIND.finditer(s_text):  # A项目、B项目等多个…项目正加快建设: no verb before the list
        items = _items(m.group("items"), m.start("items"), True)
        if len(items) >= 2:
            found += _named(items, s_text, sentence, regions, context, original)
    return found


def _named(
    items: list[tuple[str, int]],
    s_text: str,
    sentence: Sentence,
    regions: Places,
    context: RegionRef | None,
    original: str,
) -> list[Candidate]:
    """A list's items as projects, each owning its name's figures."""
    found = []
    for name, at in items:
        c = _project(name, at, s_text, sentence, regions, context, original)
        if c is not None:
            c.owned = (c.start, c.end)
            found.append(c)
    return found


_CLOSED_BY_PROJECTS = re.compile(r"等(?:[\d一二三四五六七八九十]+个|多个)?[\u4e00-\u9fff]{0,8}?项目")
#: A list closed by the projects it names (A项目、B项目、C项目等多个锂电新材料项目正加快建设): its items.
_LIST_BEFORE_KIND = re.compile(
    r"(?:^|[，,；;：:])(?P<items>[^，,；;。：:]{8,400}?)(?=等(?:多个|[\d一二三四五六七八九十]+个)[\u4e00-\u9fff]{0,8}?项目)"
)


def _items(text: str, offset: int, closed: bool = False) -> list[tuple[str, int]]:
    """The names of a list whose items are projects (each ends as a project's name does): 、 parts them; 和
    or 及 only when what follows is a name of its own (…风电场和盐边大面山三期风电场项目, not …生产线和研发中心)."""
    items, at = [], 0
    parts = []
    for part in text.split("、"):
        joined = _ITEM_SPLIT.split(part)
        if len(joined) == 2 and len(joined[1]) >= 8 and re.fullmatch(_NAME, joined[0].strip()):
            parts += joined
        else:
            parts.append(part)
    for part in parts:
        start = text.index(part, at)
        at = start + len(part)
        name = part.strip()
        opener = re.match(r"(?:.{0,8}?(?:包括|主要有)|还?(?:如|有))", name)
        if opener:  # (包括宜叙高速公路项目宜宾段: the list's word, not the name's)
            start, name = start + opener.end(), name[opener.end() :]
        built = re.match(r"[\u4e00-\u9fffA-Za-z]{2,12}?(?:承建|投资建设|建设)的", name)
        if built:  # 四川能投承建的美姑县风电场: the project, its builder aside
            start, name = start + built.end(), name[built.end() :]
        named = re.fullmatch(_NAME, name) or (closed and re.fullmatch(r"[^，,；;。]{4,40}", name))
        if named and not _NOT_A_PROJECT.match(name):
            items.append((name, offset + start))
    return items


def _project(
    name: str,
    at: int,
    s_text: str,
    sentence: Sentence,
    regions: Places,
    context: RegionRef | None,
    original: str,
) -> Candidate | None:
    if len(name) < 5 or _NOT_A_PROJECT.match(name):
        return None
    c = Candidate("project", sentence.start + at, sentence.start + at + len(name), "")
    c.text = c.name = original[c.start : c.end]
    c.quote, c.quote_start, c.quote_end = quote_of(original, sentence)
    c.milestone = status_of(s_text, at, original[max(0, sentence.start - 300) : sentence.start])
    own = place_of(name, regions)
    region = own or context
    if region is not None:
        c.region, c.region_code = region.name, region.code
        c.why["region"] = "项目名称中的地点" if own else "名称未含地点：本段或文章的地点"
    built = _BUILT_BY.search(s_text, 0, at)
    if built and s_text.rfind("，", 0, at) < built.start():
        org = re.split(r"还包括|包括|由|是|有|为|和|及|、|，|,", built.group("org"))[-1]
        role = "builder" if built.group("role") in ("承建", "建设") else "investor"
        c.organizations, c.organization_roles = ([org], [role]) if len(org) >= 2 else ([], [])
    return c


#: A plan's categories of projects (a year's list of key projects): where each stands now.
_PLAN_STATUS = {
    "加快进度": "under_construction",
    "加快建设": "under_construction",
    "续建": "under_construction",
    "在建": "under_construction",
    "加快前期": "planned",
    "前期": "planned",
    "储备": "planned",
}
#: A milestone still to come (将竣工投产, 争取开工, 计划开工): where the project stands before it.
_NOT_YET = re.compile(r"(?:将|争取|计划|拟|力争|预计|确保)(?:竣工|建成)?$")
_BEFORE_MILESTONE = {"started": "planned", "signed": "planned"}


def status_of(s_text: str, at: int, before_sentence: str = "") -> str | None:
    """The milestone a sentence tells of what it names at ``at``: the nearest word for one before it, else
    one after it (not 建成后…: what it will do once built), else the sentences' before it. A milestone to
    come (将竣工投产, 争取开工) says where it stands now: under construction, or planned; a plan's category
    (加快进度项目, 加快前期项目) likewise."""
    plain = _ONCE.sub(lambda m: " " * len(m.group()), s_text)
    words = {**_STATUS_WORDS, **_PLAN_STATUS}
    before = [(i, word) for word in words if (i := plain.rfind(word, 0, at)) >= 0]
    if before:
        i, word = max(before)
        kind = words[word]
        if word in _STATUS_WORDS and _NOT_YET.search(plain, max(0, i - 5), i):
            return _BEFORE_MILESTONE.get(kind, "under_construction")
        return kind
    after = [(i, kind) for word, kind in words.items() if (i := plain.find(word, at)) >= 0]
    if after:
        return min(after)[1]
    earlier = [(before_sentence.rfind(word), kind) for word, kind in _STATUS_WORDS.items()]
    nearest = max(earlier, default=(-1, None))
    return nearest[1] if nearest[0] >= 0 else None


def place_of(name: str, regions: Places) -> RegionRef | None:
    """美姑县风电场: the place a name begins with; 药明康德(成都)生命健康产业园项目: the one in brackets."""
    if regions.gaz is None:
        return None
    if name.endswith("段"):  # 成都至贵阳铁路宜宾段: the section's place
        for n in (2, 3, 4):
            if refs := regions.gaz.lookup(name[-1 - n : -1]):
                return refs[0]
    bracketed = _BRACKETED_PLACE.search(name)
    if bracketed and (refs := regions.gaz.lookup(bracketed.group("place"))):
        return refs[0]
    spans = regions.names(name)
    if spans and name.startswith("立", spans[0][1]):
        spans = spans[
            1:
        ]  # 山东省立医院泸州医院项目: an owner's name (省立, 市立) — the place is the next one named
    elif not spans or spans[0][0] != 0:
        return None
    place, end = None, None
    for (
        s,
        e,
    ) in (
        spans
    ):  # 四川合江临港工业园区: the most precise of the places the name begins with, each in the one before
        refs = regions.gaz.lookup(name[s:e])
        if place is not None and (
            s != end or not refs or place.id not in {r.id for r in regions.gaz.ancestors(refs[0])}
        ):
            break
        place, end = (refs[0] if refs else None), e
        if place is None:
            break
    if (
        place is not None and place.level == "country"
    ):  # 中国酒城…, 中国电子泸州产业园: a brand, not where it is
        later = (regions.gaz.lookup(name[s:e]) for s, e in spans[1:])
        return next((refs[0] for refs in later if refs), None)
    return place
