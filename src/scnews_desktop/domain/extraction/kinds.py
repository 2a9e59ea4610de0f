"""The kinds of things articles name: what a project's name ends with, and the milestones of a project."""

from __future__ import annotations

PROJECT_SUFFIX = r"(?:项目|改扩建工程|基地|产业园|智慧产业园|工业园|园区|研发中心|数据中心|中心|生产线|工厂|文旅城|城|综合体|示范区|电站|大桥|高速公路[^，。]{0,6}段)"
MILESTONES = [
    ("建成投运", "in_operation"),
    ("投运", "in_operation"),
    ("投产", "in_operation"),
    ("竣工", "completed"),
    ("建成", "completed"),
    ("开工", "started"),
    ("动工", "started"),
    ("开建", "started"),
    ("签约", "signed"),
    ("落户", "signed"),
    ("落地", "signed"),
    ("引进", "signed"),
]
