"""A level said in brackets for the period before (888.55万吨(上制糖期同期1012.02万吨), 收入120亿元（上年同期98亿元）):
the same indicator and place as the figure it is said beside, over the same span a year (a season) before — a
fact of its own, named as that one is."""

from __future__ import annotations

import re
from datetime import date

from .candidate import Candidate

#: What opens a bracket that gives the period before's level: 上年同期, 去年同期, 上制糖期同期, 上榨季.
BEFORE_IN_BRACKETS = re.compile(
    r"[（(](?:与)?(?:上年|去年|上一年|上年度|上一?个?制糖期|上一?个?榨季)(?P<same>同期)?(?:为|是|：|:)?\s*$"
)
#: How far the figure it is said beside may stand before the bracket (its growth may come between).
_REACH = 40


def _year_before(day: str) -> str:
    d = date.fromisoformat(day)
    try:
        return d.replace(year=d.year - 1).isoformat()
    except ValueError:  # (29 February: the 28th of the year before)
        return d.replace(year=d.year - 1, day=28).isoformat()


def bracketed_comparisons(results: list[Candidate], folded: str) -> None:
    """Each figure in brackets after 上年同期/上制糖期同期 takes the name and place of the level said before the
    bracket; 同期 puts it over that level's span a year before (上制糖期 alone: the season before, whole)."""
    levels: list[Candidate] = []
    for c in results:
        if c.kind != "observation" or c.value is None:
            continue
        m = BEFORE_IN_BRACKETS.search(folded, max(0, c.start - 12), c.start)
        beside = next(
            (
                p
                for p in reversed(levels)
                if m
                and 0 <= m.start() - p.end <= _REACH
                and (p.unit == c.unit or "%" not in (p.unit, c.unit))
            ),
            None,
        )
        if m is None or beside is None:
            levels.append(c)
            continue
        c.indicator, c.name_source, c.phrase = beside.indicator, beside.name_source, beside.phrase
        c.region, c.region_code = beside.region, beside.region_code
        c.why["indicator"] = f"括号中前期的数字：与前面“{beside.text}”同一指标"
        c.why["region"] = f"括号中前期的数字：与前面“{beside.text}”同一地点"
        if m.group("same") and beside.period_start and beside.period_end:
            c.period_kind, c.period_label = beside.period_kind, m.group().lstrip("（(")
            c.period_start, c.period_end = _year_before(beside.period_start), _year_before(beside.period_end)
            c.why["period"] = f"括号中的“{c.period_label}”：前面“{beside.text}”的时期往前一年"
