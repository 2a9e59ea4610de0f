"""Figures whose unit is said elsewhere than after the number: money, visitors and people a headline or a
sentence says without 元, 人次 or 人 (投资370.5亿, 1800万专门资金, 接待游客4300多万), and a rate whose per-unit is said before the
number (每立方米24.9微克)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..errors import ValidationError
from ..quantities import PER_UNIT, PER_WHAT, parse_quantity

#: Money said without 元 (宜宾敲定今年205个重点项目 投资370.5亿): after a word for money, 亿 or 万 is of yuan.
_BARE_MONEY = re.compile(
    r"(?:总投资|投资|收入|营收|产值|总额|资金|公益金|销售额|销量|营业额|交易额|成交额|零售额|利润|税收|保费|票房|消费)(?:就|已|将|可|也)?(?:突破了?|达到|达|为)?"  # (产值就接近50億, 夜间消费达到5100萬)
    r"(?P<figure>(?:约|接近|将近|近|超过|超|逾)?\d+(?:\.\d+)?[万亿])(?![\d.\u4e00-\u9fff元美欧日港])"
)

#: Money said without 元 before the word for it (安排了1800万专门资金, 下达2.5亿专项资金): of yuan.
_MONEY_BEFORE_FUNDS = re.compile(
    r"(?P<figure>(?:约|近|超过|超|逾)?\d+(?:\.\d+)?(?:多|余)?[万亿])"
    r"(?=(?:专门|专项|财政|扶持|引导|补助|奖补|配套|建设|项目|救灾|发展)?(?:资金|经费))"
)

#: Visitors said without 人次 (全省接待游客4300多万, 迎来游客超过307万): in 万人次.
_BARE_VISITORS = re.compile(
    r"(?:游客|旅客|人次|观众|人流量|客流量|客流|人流)(?:达到|达|为)?"  # (观影人次达到5.48亿, 人流量达到356.5萬)
    r"(?P<figure>(?:超过|超|逾|近|约)?\d+(?:\.\d+)?(?:多|余)?[万亿])(?![\d.\u4e00-\u9fff])"
)
#: People said without 人 (60岁及以上人口达1816.4万, 从业人员超过10万): in 万人.
_BARE_PEOPLE = re.compile(
    r"(?:人口|人数|从业人员|劳动力|就业|职工)(?:达到|达|为|超过|突破)?"
    r"(?P<figure>(?:超过|超|逾|近|约)?\d+(?:\.\d+)?(?:多|余)?[万亿])(?![\d.\u4e00-\u9fff])"
)

#: 每立方米24.9微克: a rate whose per-unit is said before its number (the registry's 微克/立方米).
PER_VERB = r"(?:约为|为|是|达到|达)?"  # (常规鱼市场平均价每公斤为16.73元: the verb between)
_PER_BEFORE = re.compile(rf"每(?P<per>{PER_UNIT}){PER_VERB}(?P<figure>\d+(?:\.\d+)?(?:{PER_WHAT}))")
#: The per-unit said before a figure read in a unit of its own (每公斤为16.73元: 元 → 元/公斤), or the average price
#: per that unit (担均价1508.50元: 元/担).
PER_SAID_BEFORE = re.compile(rf"(?:每(?P<per>{PER_UNIT})|(?P<average>{PER_UNIT})均价){PER_VERB}$")


def unit_said_elsewhere(s_text: str, taken: set[int]) -> list[tuple[int, int, str, Any]]:
    """The figures of a sentence whose unit the words around them say, where no other figure was read."""
    found: list[tuple[int, int, str, Any]] = []
    bare = ((_BARE_MONEY, "元"), (_MONEY_BEFORE_FUNDS, "元"), (_BARE_VISITORS, "人次"), (_BARE_PEOPLE, "人"))
    for pattern, unit in bare:
        for m in pattern.finditer(s_text):  # 投资370.5亿, 接待游客4300多万 (a headline drops the unit)
            start, end = m.span("figure")
            if taken.isdisjoint(range(start, end)):
                try:
                    quantity = dataclasses.replace(
                        parse_quantity(m.group("figure") + unit), text=m.group("figure")
                    )
                except ValidationError:
                    continue
                found.append((start, end, m.group("figure"), quantity))
    for m in _PER_BEFORE.finditer(s_text):  # PM2.5均值为每立方米24.9微克: the per-unit said before the number
        start, end = m.span("figure")
        if taken.isdisjoint(range(start, end)):
            try:
                quantity = parse_quantity(f"每{m.group('per')}{m.group('figure')}")  # (the form's reading)
            except ValidationError:
                continue
            found.append(
                (start, end, m.group("figure"), dataclasses.replace(quantity, text=m.group("figure")))
            )
    return found
