"""Figures said as lists: 分别 pairs places or names with figures in order, a list of growths after a list
of figures, and a figure said again without its words."""

from __future__ import annotations

import itertools
import re

from ..periods import PERIOD_IN_TEXT as PERIOD
from ..quantities import GROWTH_VERBS, NEGATIVE_GROWTH
from .candidate import Candidate
from .figures import GROWTHS
from .places import Places
from .subject import LEADING
from .text import clause_start

_ITEMS = re.compile(r"以及|、|和|及|与")

_VERB = re.compile(r"^(?:为|是|实现|完成|达到|达|有)")

_GROWTH_WORD = re.compile(r"增长|下降|增加|减少|提高|降低|同比|比上年")

_HOW_MANY_PLACES = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})个?(?:市州|市|县|区|州|省|地)$")


# …248.7亿元、157.9亿元、109.6亿元，增长7.8%、1.8%、3.5%: a list of growths right after a list of figures
_LISTED_GROWTHS = re.compile(
    rf"(?<=[\u4e00-\u9fff])[，,](?:同比|比上年|较上年)?(?P<dir>{GROWTH_VERBS})"
    r"(?P<values>\d+(?:\.\d+)?%(?:(?:、|和|及)\d+(?:\.\d+)?%)+)"
)


def respectively(s_text: str, offset: int, candidates: list[Candidate], regions: Places) -> None:
    """A和B分别为X和Y: X goes with A and Y with B (indicators, or places: 成都、绵阳分别实现…);
    同比分别增长X%和Y%: each growth to its figure, in order."""
    figures = [c for c in candidates if c.kind == "observation" and c.value is not None]
    for m in re.finditer("分别", s_text):
        clause_at = clause_start(s_text, m.start())
        head = LEADING.sub("", PERIOD.sub("", s_text[clause_at : m.start()]))
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
    for g in (*GROWTHS.finditer(s_text), *_LISTED_GROWTHS.finditer(s_text)):
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


def restated(results: list[Candidate]) -> None:
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
