"""The places a sentence names as the subject of its figures: not partners, names, short quoted names or a
dateline's; a branch venue's city before the wider places that name its event; 我省/全市 as the article's province
or city. Read by the reader for each sentence; the matching itself is ``places``."""

from __future__ import annotations

import re

from ..regions import RegionRef
from .kinds import PROJECT_SUFFIX
from .places import NAME_STOP, Places, not_subject, whole_area, without_partners
from .text import Quotes

#: 央广网成都3月30日消息, 新华社成都1月20日电: where the story was filed from, not what its figures are of.
_DATELINE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日\s*(?:电|讯|消息)")
#: 眉山分会场, 宜宾市分会场: the branch venue of an event, whose figures are its city's.
_BRANCH_AFTER = re.compile(r"[市州县区]?分会场")
_NAMED_THING = re.compile(rf"[\u4e00-\u9fffA-Za-z·]{{1,10}}?{PROJECT_SUFFIX}")
_OUR_AREA = re.compile(r"我省|全省|本省|我市|全市|本市|全州")


def sentence_places(
    s_text: str,
    offset: int,
    places: Places,
    here: RegionRef | None,
    quotes: Quotes,
    article_place: RegionRef | None = None,
) -> list[tuple[int, int, RegionRef]]:
    """The places a sentence names as the subject of its figures (not partners, names or short quoted names),
    and 我省/全市 as the article's province or city."""
    found = [  # not in a short quoted name (“四川机械工业50强”), nor a dateline's
        f
        for f in without_partners(places.find(s_text), s_text)
        if not quotes.inside_short(offset + f[0]) and not _DATELINE_AFTER.match(s_text, f[1])
    ]
    found = _branch_venue_first(found, s_text, places)
    if here is not None and places.gaz is not None and found:
        wider = {r.id for r in places.gaz.ancestors(here)}
        found = [  # 四川时代电池项目 in a Yibin article: a name that begins with the province
            f
            for f in found
            if not (
                f[2].id in wider
                and s_text[f[1] - 1] not in "省市县区州"  # (四川省在…, 四川省第一季度…: the province)
                and (named := _NAMED_THING.match(s_text, f[1])) is not None
                and not NAME_STOP.search(named.group())
            )
        ]
    for m in _OUR_AREA.finditer(s_text):  # 我省构建了…: the article's province is the subject
        if not_subject(s_text, m.start(), m.end()) or (m.start() > 0 and s_text[m.start() - 1] in "与同跟"):
            continue  # (达州与全省同步举行…: a partner)
        ref = whole_area(m.group(), here, places, article_place)
        if ref is not None and not any(a < m.end() and m.start() < b for a, b, _r in found):
            found.append((m.start(), m.end(), ref))
    found.sort(key=lambda f: f[0])
    return found


def _branch_venue_first(
    found: list[tuple[int, int, RegionRef]], s_text: str, places: Places
) -> list[tuple[int, int, RegionRef]]:
    """四川省2024年第一季度重大项目现场推进活动眉山分会场活动…: the province names the event, its branch
    venue's city is what the sentence is about; the wider places before the branch are the event's name."""
    branches = [f for f in found if _BRANCH_AFTER.match(s_text, f[1])]
    if not branches or places.gaz is None:
        return found
    branch = branches[0]
    wider = {r.id for r in places.gaz.ancestors(branch[2])}
    return [f for f in found if not (f[0] < branch[0] and f[2].id in wider)]
