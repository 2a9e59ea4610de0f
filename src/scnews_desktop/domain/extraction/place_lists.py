"""Places named one after the other (A、B、C和D), and places in brackets that only name the members of the one
before them (成都都市圈(成都、德阳、眉山、资阳)): what a list of places stands for."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..regions import RegionRef, standard_zones

if TYPE_CHECKING:
    from .places import Places


def member_of_the_one_before(
    s_text: str, pos: int, start: int, s_regions: Sequence[tuple[int, int, RegionRef]]
) -> bool:
    """A place inside a bracket closed before the figure that opens right after another place's name."""
    opened = max(s_text.rfind("(", 0, pos), s_text.rfind("（", 0, pos))
    if opened <= 0 or re.search(r"[)）]", s_text[opened:pos]):
        return False
    closed = re.search(r"[)）]", s_text[pos:start])
    return closed is not None and any(e == opened for _p, e, _r in s_regions)


def listed_runs(s_text: str, found: list[tuple[int, int, RegionRef]]) -> list[list[RegionRef]]:
    """The places named, in runs of those listed one after the other (A、B、C和D)."""
    runs: list[list[RegionRef]] = []
    for i, (_start, _end, region) in enumerate(found):
        if i and s_text[found[i - 1][1] : found[i][0]] in ("、", "和", "及"):
            runs[-1].append(region)
        else:
            runs.append([region])
    return runs


def listed_run(s_text: str, found: list[tuple[int, int, RegionRef]]) -> list[RegionRef]:
    """The last places named one after the other (A、B、C和D): the list a figure's subject is."""
    runs = listed_runs(s_text, found)
    return runs[-1] if runs else []


def leading_place(s_text: str, found: list[tuple[int, int, RegionRef]], regions: Places) -> RegionRef:
    """The place a sentence names first — the common area of a list of places it begins with (成都、德阳、
    绵阳、广元、雅安、阿坝等六个地震重灾市州: 四川省, not 成都)."""
    run = listed_runs(s_text, found)[0]
    common = regions.common_ancestor(run) if len(run) > 1 and regions.gaz else None
    return common or run[0]


@functools.cache
def zones_of_members() -> dict[frozenset[str], str]:
    """The standard zones by their members (data/zones.json's ``members``)."""
    return {frozenset(z["members"]): z["name"] for z in standard_zones() if z.get("members")}
