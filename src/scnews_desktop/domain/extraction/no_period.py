"""Figures of no period: a project's own (总投资, 占地, 工期, what it yields once built), a length of time, what a
line measures (全长) — unless their clause names one. Read by the dating stage (``dating``) and the reader."""

from __future__ import annotations

import re

from ..periods import Period
from .state import Figure, Reading
from .timing import ABOUT_PROJECT, COUNTED_PROJECTS

# A project's own figures (总投资, 占地, 工期, 年产值 …) in a sentence about the project: of no period.
_WHOLE_LENGTH = re.compile(r"(?:全长|总长|全线长|总里程)[约达为]?$")

_ATTRIBUTE = re.compile(
    r"(?:总投资|投资总额|固定资产投资|拟投资|规划投资|预计投资|投资约?|占地|用地|面积|工期|建设期|周期|"
    r"年产值|年销售收入|年营业收入|销售收入|年税收)[约达为]?$"
)

# A figure of what a project will do once built (建成投产后，预计年销售收入1.6亿元): of no period.
# 项目建成达产后，预计年销售收入约1亿元 (not 项目投产后就业格局进一步优化的带动，…收入达到7572元)
_ONCE_BUILT = re.compile(r"(?:建成|投产|达产|投用|运营)后(?=[，,]|将|预计|可|能|每年|年|实现|达到)")

_OF_PROJECT = re.compile(r"的[\u4e00-\u9fff]{2}")  # 投资1.3亿元的广元宝石玉石精深加工


def of_no_period(
    reading: Reading, figure: Figure, clause: str, chosen: tuple[int, str, Period] | None, dated: bool
) -> bool:
    """A project's own figures (总投资, 占地, 工期, what it yields once built), a length of time, what a
    line measures: of no period, unless their clause names one."""
    s_text, start = reading.sentence.text, figure.start
    own = chosen is not None and chosen[0] >= figure.clause_start
    attribute = is_attribute(clause)
    if not own and attribute and reading.about_project is None:
        reading.about_project = bool(ABOUT_PROJECT.search(s_text)) and not re.search(
            r"\d+个(?:[\u4e00-\u9fff]{0,6})项目|项目(?:共|有)?\d+个", s_text
        )
    if reading.project is not None and reading.counted_projects is None:
        reading.counted_projects = bool(COUNTED_PROJECTS.search(s_text))
    if not own and attribute and reading.about_project:
        return True  # 该项目总投资13亿元, 项目占地900亩: the project's, of no period
    if figure.quantity.unit == "个月":  # type: ignore[attr-defined]
        return True  # 建设周期18个月: a length of time, of no period
    length = _WHOLE_LENGTH.search(clause, max(0, len(clause) - 8))
    if (
        length
        and not COUNTED_PROJECTS.search(s_text, 0, start)
        # (截至2015年底，…高速公路通车总里程达到6016公里: a network's total, as of then)
        and not (dated and ("总里程" in length.group() or re.search(r"全[省市县区州国]", clause)))
    ):  # (the clause's end only; 高速公路开工项目10个，总里程935公里 is the batch's, on its day)
        return True  # 成贵铁路全长约632.6公里: what a line measures, of no period
    return not own and bool(
        (reading.project is not None and not reading.counted_projects)
        or _ONCE_BUILT.search(s_text, 0, start)  # 项目建成达产后，预计年销售收入约1亿元
        or (attribute and _OF_PROJECT.match(s_text, figure.end))  # 总投资10.3亿元的…产业园
    )


def is_attribute(clause: str) -> bool:
    """该项目总投资…, 占地…, 年产值…: the clause tells what a thing has."""
    return _ATTRIBUTE.search(clause) is not None
