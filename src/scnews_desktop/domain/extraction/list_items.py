"""What each item of a 分别 list names: the subject the first item says and later ones share (服务业税收、城镇新增
就业 → 服务业城镇新增就业; 生产安全事故起数和死亡人数 → 生产安全事故死亡人数), the measure said once after 等
(道路交通、…等重点行业(领域)生产安全事故死亡人数), and a share's name. Split from ``lists``."""

from __future__ import annotations

import re

from ..vocabulary import lookup
from .places import Places


def subject_shared(items: list[str], regions: Places) -> list[str]:
    """服务业税收、城镇新增就业分别占全省…: the first item's subject (服务业 before the catalogue's 税收) is the later
    catalogue measures' too (服务业城镇新增就业) — not a place's (四川出口: the place is the figures')."""
    first = items[0]
    items = [first] + [with_the_firsts_subject(first, i) for i in items[1:]]
    if lookup(first) is not None:
        return items  # (规模以上工业增加值、…: a catalogue name whole, no subject of its own)
    for at in range(2, len(first) - 1):
        subject, measure = first[:at], first[at:]
        if lookup(measure) is None or regions.find(subject):
            continue
        return [first] + [i if i.startswith(subject) or lookup(i) is None else subject + i for i in items[1:]]
    return items


#: How an item's growth is compared, said at its end (死亡人数同比): no part of its name.
_COMPARED = re.compile(r"(?:同比|环比|比上年|较上年)+$")
#: 等 and what a list's items are kinds of, before the measure they share (等重点行业(领域), 等产业).
_ETC_KIND = re.compile(r"等(?P<kind>产业|行业)?(?:重点行业|重点领域|领域|行业|产业|方面)?(?:[（(]领域[)）])?")


def measure_after_etc(items: list[str]) -> list[str]:
    """道路交通、工矿商贸…、铁路交通等重点行业(领域)生产安全事故死亡人数同比分别下降…: the measure said once
    after 等 is each item's (道路交通生产安全事故死亡人数), with 产业/行业 when it follows 等 (白酒、电子信息等产业
    营业收入: 白酒产业营业收入) — coined names, to check."""
    etc = _ETC_KIND.search(items[-1]) if len(items) > 1 else None
    if etc is None or etc.start() < 2:
        return items
    measure = _COMPARED.sub("", items[-1][etc.end() :])
    if len(measure) < 3 or lookup(measure) is None:
        return items  # (what follows 等 names no measure the catalogue knows)
    kind = etc.group("kind") or ""
    return [i + kind + measure for i in items[:-1]] + [items[-1][: etc.start()] + kind + measure]


def with_the_firsts_subject(first: str, item: str) -> str:
    """生产安全事故起数和死亡人数: the later item with the first's subject, where the catalogue names that
    (生产安全事故死亡人数, not the population's 死亡人数) — the longest subject first."""
    first = re.sub(r"^(?:全省|全市|全州|全县|全国|我省|我市)", "", first)
    bare = _COMPARED.sub("", item)
    for at in range(len(first) - 2, 1, -1):
        named = lookup(first[:at] + bare, strict=True)
        if named is not None and not bare.startswith(first[:at]):
            return named.name
    return item


def share_name(part: str, whole: str) -> str:
    """A share's name from what it is of and the whole said (全国总量的 → 占全国比重; 全省工业的 → 占全省比重;
    no scope said → 占比)."""
    scope = re.match(r"全(?:国|省|市|州|县|球)", whole)
    return f"{part}占{scope.group()}比重" if scope else f"{part}占比"


def subject_of_the_last(said: str, last: str) -> str | None:
    """A bare measure said after a figure of its sentence (…事故592起、死亡603人): the catalogue's name of it
    with the last figure's subject (生产安全事故死亡人数), if the catalogue has one."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", said or "") or said.startswith("占"):
        return None
    for item in (said, said + "人数", said + "数"):
        shared = with_the_firsts_subject(last, item)
        subject = shared[: len(shared) - len(item)]
        if (
            shared != item
            and shared.endswith(item)
            and last.startswith(subject)
            and re.fullmatch(
                r"[\u4e00-\u9fff]{0,2}[数量额]", last[len(subject) :]
            )  # (起数: a count's measure)
            and lookup(shared, strict=True) is not None
        ):
            return shared
    return None


#: The measure a list of goods shares, said once after the last (纱、布、服装产量).
_GOODS_MEASURE = re.compile(r"(?:产量|销量|销售量|出口量|进口量|产值|出口额|进口额|价格)$")
#: A scope said before the first of the goods (规模以上企业纱、布…): the whole list's, no part of a good.
_GOODS_SCOPE = re.compile(r"^(?:规模以上(?:工业)?企业|规上(?:工业)?企业|全国|全省|全市|我国|我省)")


def goods_with_the_measure(items: list[str]) -> list[str]:
    """规模以上企业纱、布、服装产量同比分别下降…: the measure said once after the last good is each one's (纱产量,
    布产量, 服装产量) — the catalogue's name where the scope before the first leaves one."""
    last = _COMPARED.sub("", items[-1])  # (服装产量同比: how it is compared is no part of the name)
    shared = _GOODS_MEASURE.search(last) if len(items) > 1 else None
    if shared is None or shared.start() < 1 or any(_GOODS_MEASURE.search(i) for i in items[:-1]):
        return items
    if any(not re.fullmatch(r"[\u4e00-\u9fff]{1,12}", i) for i in items[:-1]):
        return items

    def named(good: str) -> str:
        bare = _GOODS_SCOPE.sub("", good)
        entry = lookup(bare + shared.group(), strict=True) if bare != good else None
        return entry.name if entry is not None else good + shared.group()

    return [named(i) for i in items[:-1]] + [named(last[: shared.start()])]
