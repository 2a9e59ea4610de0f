"""The kinds of things articles name: what a project's name ends with, the milestones of a project, and
what stands for the quantity of a figure said without a level (a growth, an average growth, a rank)."""

from __future__ import annotations

import re

PROJECT_SUFFIX = r"(?:项目|改扩建工程|基地|产业园|智慧产业园|工业园|园区|研发中心|数据中心|中心|生产线|工厂|文旅城|城(?![区市乡镇际])|综合体|示范区|种植园|家庭农场|电站|大桥|高速公路[^，。]{0,6}段)"
#: A base of comparison that names its year (与2019年同期相比, 较2020年同期, 相较于2023年清明节假期).
YEAR_BASE = r"(?:与|比|较|相较于|相比于)\s*(\d{4})年"
#: A base of comparison given as its level (比2005年69.7万亩扩大28.3万亩): the figure is that year's level of
#: what the clause measured before it.
BASE_LEVEL = re.compile(r"(?:比|较)\s*(\d{4})年(?:底|末)?的?$")
#: Places counted (7个市州, 9座城市): a class of places, counted by a threshold or a bound they share.
PLACES_COUNTED = r"\d+(?:个|座)(?:市州|城市|省份|省区|省市|区县|县(?:市|区)?)"
#: What a progression reaches is said with (增至, 降到, 减少到, 回落至): the figure after it is where it ends.
TOWARDS = (
    r"(?:增加|提高|提升|增长|上升|扩大|下降|降低|减少|回落|回升|缩小|走高|走低|攀升|下滑|降|升|增)(?:到|至)"
)
MILESTONES = [
    ("建成投运", "in_operation"),
    ("投运", "in_operation"),
    ("投产", "in_operation"),
    ("竣工", "completed"),
    ("建成", "completed"),
    ("开工", "started"),
    ("动工", "started"),
    ("开建", "started"),
    ("封顶", "started"),  # (主体结构封顶: under construction)
    ("签约", "signed"),
    ("落户", "signed"),
    ("落地", "signed"),
    ("引进", "signed"),
]


class _GrowthOnly:
    """Stands for the quantity of a growth said without a level (规模以上工业增加值增长11.5%)."""

    value = None
    unit = None
    qualifier = "exact"


GROWTH_ONLY = _GrowthOnly()

RANK_ONLY = _GrowthOnly()  # 经济总量居全省第2位: a rank said without a level or a growth


class _AverageGrowth:
    """Stands for an average yearly growth said without a level (年均增长8.7%)."""

    average = True
    value = None
    unit = None
    qualifier = "exact"


AVERAGE_GROWTH = _AverageGrowth()
