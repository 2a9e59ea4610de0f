"""Figures said as lists: 分别 pairs places or names with figures in order, a list of growths after a list
of figures, and a figure said again without its words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from ..periods import PERIOD_IN_TEXT as PERIOD
from ..quantities import GROWTH_VERBS, NEGATIVE_GROWTH
from .candidate import Candidate
from .figures import GROWTHS
from .kinds import YEAR_BASE
from .list_items import goods_with_the_measure, measure_after_etc, share_name, subject_shared
from .places import Places
from .subject import LEADING
from .text import clause_start

_ITEMS = re.compile(r"以及|、|和|及|与")
_YEAR_BASE = re.compile(YEAR_BASE)
_COMMA_ITEMS = re.compile(r"、")  # when 和 is inside an item: 电气机械和器材制造业

_VERB = re.compile(r"^(?:为|是|实现|完成|达到|达|有)")

_GROWTH_WORD = re.compile(r"增长|下降|增加(?!值)|减少|提高|降低|上升|上涨|下跌|回落|下滑|同比|比上年")

_URBAN_RURAL = re.compile(r"^城乡(?P<rest>居民[\u4e00-\u9fff]+)$")
_HEAD_END = re.compile(
    r"(?:上涨|下降|下跌|增长|回落|回升)?(?:较为|十分|更为)?(?:明显|较快|较多|较大)$|(?:涨幅|增幅|降幅|增速|增长率)$"
)
_MEASURE_END = re.compile(
    r"(?:价格|产量|销量|销售量|增加值|利润总额|营业收入|用电量|贷款余额|存款余额|贷款|存款|产值|投资|出栏|存栏|进出口|出口|进口)$"
)
#: 成都、…、阿坝等六个重灾市(州)一般预算收入同比分别增长: the count and kind of the places listed, and the
#: growth's own words, before and after what is measured.
_PLACES_COUNTED = re.compile(
    r"^等?(?:[两二三四五六七八九十]|\d{1,2})个[\u4e00-\u9fff]{0,6}?(?:市州|市[（(]州[)）]|县[（(]市、?区[)）]|市|县|区|州)"
)
_GROWTH_END = re.compile(r"(?:同比|比上年|较上年)$")
_GROUP_KIND = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})大[\u4e00-\u9fff]{0,6}?(?P<kind>行业|产业)$")
_HOW_MANY_PLACES = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})个?(?:市州|市|县|区|州|省|地)$")


# …248.7亿元、157.9亿元、109.6亿元，增长7.8%、1.8%、3.5%: a list of growths right after a list of figures
_LISTED_GROWTHS = re.compile(
    rf"(?<=[\u4e00-\u9fff])[，,](?:分别)?(?:同比|比上年同期|比上年|较上年同期|较上年|比去年同期)?(?:分别)?(?P<dir>{GROWTH_VERBS})"
    r"(?P<values>\d+(?:\.\d+)?%(?:(?:、|和|及)?\d+(?:\.\d+)?%)+)"
)


def respectively(s_text: str, offset: int, candidates: list[Candidate], regions: Places) -> None:
    """A和B分别为X和Y: X goes with A and Y with B (indicators, or places: 成都、绵阳分别实现…), whether X and Y
    are levels, rates or growths (城、乡居民人均可支配收入分别增长8%、9%); 同比分别增长X%和Y%: each growth to
    its figure, in order."""
    figures = [c for c in candidates if c.kind == "observation" and c.value is not None and c.unit != "%"]
    said = [
        c for c in candidates if c.kind == "observation" and (c.value is not None or c.yoy_pct is not None)
    ]
    for m in re.finditer("分别", s_text):
        items = _subjects_of_changes(s_text, m.start(), _items(s_text, m.start()))
        following = [c for c in said if c.start - offset >= m.end()]
        if not following or re.search(r"[，,；;。]", s_text[m.end() : following[0].start - offset]):
            continue  # (分别拉动GDP增长0.3、0.6和5.5个百分点，三次产业结构…: its values are no figures)
        kind = _kind(following[0])
        same_kind = [c for c in following if _kind(c) == kind]
        if len(same_kind) < len(items):  # A、B、电气机械和器材制造业，分别…: 和 joins words of one item
            items = _items(s_text, m.start(), _COMMA_ITEMS)
        run = _RUN.match(s_text, m.end())
        if run and len(items) < run.group().count("%"):  # 如A,B,C增加值分别增长24.8%,20.3%,24.6%
            items = _items_over_commas(s_text, m.start(), run.group().count("%")) or items
        after = same_kind[: len(items)]
        if len(items) < 2 or len(after) < len(items):
            continue
        _pair(s_text, offset, m, items, after, regions)

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
        base = _YEAR_BASE.findall(s_text, 0, g.start())
        for candidate, value in zip(before, values, strict=True):
            year = int(candidate.period_start[:4]) if candidate.period_start else None
            if base and year is not None and int(base[-1]) != year - 1:
                # 较2020年同期分别增长10.4%和26.2% of 2022's: against another year, not the year before
                candidate.growth_pct, candidate.growth_base = sign * float(value), f"{base[-1]}年"
                continue
            candidate.yoy_pct, candidate.growth_pct, candidate.growth_base = sign * float(value), None, None


#: Shares of the figures before, in order (…1387只，大熊猫栖息地202.7万公顷，分别占全国总量的74.4%和78.7%).
_SHARES_LISTED = re.compile(
    r"分别占(?P<whole>[^，,；;。\d]{0,16}?)的?(?:比重)?(?:分别)?(?:为|达)?"
    r"(?P<values>\d+(?:\.\d+)?%(?:(?:、|和|及)\d+(?:\.\d+)?%)+)"
)


def shares_listed(s_text: str, offset: int, candidates: list[Candidate]) -> None:
    """…A N1，B N2，分别占全国总量的X%和Y%: each share is of the figure before it in order — A's share of the
    country's, B's."""
    levels = [c for c in candidates if c.kind == "observation" and c.value is not None and c.unit != "%"]
    for m in _SHARES_LISTED.finditer(s_text):
        shares = [
            c
            for c in candidates
            if c.kind == "observation" and c.unit == "%" and m.start() <= c.start - offset < m.end()
        ]
        before = [c for c in levels if c.start - offset < m.start()][-len(shares) :]
        if len(shares) < 2 or len(before) != len(shares) or not all(c.indicator for c in before):
            continue
        for n, (level, share) in enumerate(zip(before, shares, strict=True), 1):
            share.indicator = share_name(level.indicator or "", m.group("whole"))
            share.why["indicator"] = f"“分别占”的第{n}项：前文第{n}个数字所占的比重"


def _pair(
    s_text: str, offset: int, m: re.Match[str], items: list[str], after: list[Candidate], regions: Places
) -> None:
    """Each figure after 分别 to its item: a place (its region) or a name (its indicator)."""
    places = [regions.gaz.lookup(i) for i in items] if regions.gaz is not None else []
    if places and not all(places):  # 成都平原、川南、川东北、攀西经济区: the kind said once, after the last
        places = [
            refs or _with_the_kind_after(item, items, regions)
            for refs, item in zip(places, items, strict=True)
        ]
    said = ""  # 德阳市、眉山市、资阳市完成一般公共预算收入分别为…: the last place, then what is measured
    begun = [regions.find(i) for i in items] if places and not all(places) else []
    rests = [i[b[0][1] :] for i, b in zip(items, begun, strict=True) if b and b[0][0] == 0] if begun else []
    if rests and len(rests) == len(items) and all(r and rests[-1].endswith(r) for r in rests):
        places = [
            [b[0][2]] for b in begun
        ]  # 山西和内蒙古产量分别为…: each place, the measure said once after both
        said = _VERB.sub("", rests[-1])
    elif places and all(places[:-1]) and not places[-1]:
        last = regions.find(items[-1])
        if last and last[0][0] == 0:
            said = _GROWTH_END.sub("", _PLACES_COUNTED.sub("", items[-1][last[0][1] :]))
            places[-1], said = [last[0][2]], _VERB.sub("", said)
    if places and all(places):
        phrase = said or _VERB.sub("", s_text[m.end() : after[0].start - offset])
        if _GROWTH_WORD.search(phrase) and after[0].value is None:
            phrase = (
                ""  # 成都市、德阳市分别增长8.5%、8.2%: what grew is the sentence before's (carried.carried)
            )
        for candidate, refs in zip(after, places, strict=True):
            candidate.region, candidate.region_code = refs[0].name, refs[0].code
            candidate.why["region"] = f"“分别”前列举的地点，按次序对应“{refs[0].name}”"
            candidate.indicator = phrase or (None if after[0].value is None else candidate.indicator)
        return
    if all(len(i) == 1 for i in items[:-1]) and len(items[-1]) > 2:
        shared = items[-1][1:]  # 省、市重点项目: 省重点项目 and 市重点项目
        items = [i + shared for i in items[:-1]] + [items[-1]]
    measure = re.sub(r"^(?:为|是|达到|达|有)", "", s_text[m.end() : after[0].start - offset])
    whole = (
        re.sub(r"^占(?:全部|全省|全国|全市|全县|总)?|(?:的|比重|比例)+$", "", measure)
        if measure[:1] == "占"
        else ""
    )
    if whole and items[-1].endswith(whole) and len(items[-1]) > len(whole) and not items[0].endswith(whole):
        items = [i + whole for i in items[:-1]] + [
            items[-1]
        ]  # 同城、异地快递业务量分别占全部快递业务量的: each's
    items = [
        re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:同比|环比|比上年|较上年)(?:增速|增幅|增长率)?$", "", i)
        for i in items
    ]
    items = subject_shared(
        measure_after_etc(goods_with_the_measure(items)), regions
    )  # (…电热水器同比增速分别为)
    for n, (candidate, item) in enumerate(zip(after, items, strict=True), 1):
        named = regions.find(item)
        if named and named[0][0] == 0:  # 四川出口: the place is not part of the indicator
            item = item[named[0][1] :]
        if (
            item
            and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", measure)
            and _VERB.sub("", measure)  # (分别实现X%: a verb alone measures nothing)
            and not _GROWTH_WORD.search(measure)
        ):
            # 省、市重点项目分别完成投资X、Y: 省重点项目完成投资; 机械、食品和化工三大行业分别完成工业增加值: 机械行业增加值
            item += re.sub(r"^(?:完成|实现)工业(?=增加值)", "", measure) if item.endswith("业") else measure
        if (
            item and measure.startswith("占") and candidate.unit == "%"
        ):  # 工业增加值、工业投资分别占全省工业的65%、56%
            item = share_name(re.sub(r"占.*$", "", item), measure[1:])
        if item:
            candidate.indicator = item
            candidate.why["indicator"] = f"“分别”前列举的第{n}项"


#: Kinds of zone a list names once, after its last item (成都平原、川南、川东北、攀西经济区).
_ZONE_KIND = re.compile(r"(?:经济区|经济圈|示范区|新区|都市圈)")


def _with_the_kind_after(item: str, items: list[str], regions: Places) -> list[Any]:
    """The zone an item of a list names with the kind a later item says (川南 of …、攀西经济区)."""
    later = "".join(items[items.index(item) + 1 :])
    kind = _ZONE_KIND.search(later)
    if kind is None or regions.gaz is None or _ZONE_KIND.search(item):
        return []
    return list(regions.gaz.lookup(item + kind.group()) or [])


#: The percentages right after 分别 (分别增长24.8%,20.3%,24.6%): how many items the list pairs.
_RUN = re.compile(r"[^\d，,；;。]{0,8}?\d+(?:\.\d+)?%(?:(?:、|和|及|,|，)?\d+(?:\.\d+)?%)*")
_LIST_OPENER = re.compile(r"^(?:如|例如|比如|包括|其中|像)")


def _items_over_commas(s_text: str, at: int, wanted: int) -> list[str]:
    """如计算机通信和其他电子设备制造业,石油和天然气开采业,电气机械和器材制造业增加值分别增长…: items a page
    separated with commas, each a clause of its own — the last in 分别's clause, the others before it."""
    clause_at = clause_start(s_text, at)
    last = _head(s_text[clause_at:at])
    pieces = re.split(r"[，,]", s_text[: max(0, clause_at - 1)])[-(wanted - 1) :] if wanted > 1 else []
    items = [_LIST_OPENER.sub("", p.strip()) for p in pieces] + [last]
    if len(items) != wanted or not all(re.fullmatch(r"[\u4e00-\u9fff、]{2,20}", i) for i in items):
        return []
    return _shared_measure(items)


#: An item that is a change's figure (增加8起, 9人): no name — the list the change is of is said before it.
_CHANGE_ITEM = re.compile(r".*?\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2}")


def _subjects_of_changes(s_text: str, at: int, items: list[str]) -> list[str]:
    """事故起数、死亡人数与2020年同比增加8起、9人，分别上升34.8%、50.0%: the items before 分别 are the changes'
    figures; what they (and the growths after) are of is the list said before them (事故起数、死亡人数)."""
    k = len(list(itertools.takewhile(lambda i: _CHANGE_ITEM.fullmatch(i), reversed(items))))
    if k < 2:
        return items
    listed = list(
        re.finditer(
            rf"(?:[\u4e00-\u9fff]{{2,12}}?[、和及]){{{k - 1}}}[\u4e00-\u9fff]{{2,12}}?(?=与|比|较|同比)",
            s_text[:at],
        )
    )
    return re.split(r"[、和及]", listed[-1].group()) if listed else items  # (事故起数和死亡人数同比减少…)


def _kind(c: Candidate) -> str:
    return "growth" if c.value is None else ("rate" if c.unit == "%" else "level")


#: Tiers listed one character each and counted (县、乡、村三级电商服务站点, 省、市、县三级财政).
_LEVELS = re.compile(
    r"(?P<pre>[^、]*?)(?P<ones>[\u4e00-\u9fff](?:、[\u4e00-\u9fff])+)[两二三四五]级(?P<what>[\u4e00-\u9fff（）()]{2,})"
)
#: Ordinals listed with what they number said once after the last (一、二、三圈层, 第一、二、三类).
_ORDINALS = re.compile(
    r"第?(?P<numbers>[一二三四五六七八九十](?:[、，,和及][一二三四五六七八九十])+)(?=[\u4e00-\u9fff])"
)


def _items(s_text: str, at: int, separators: re.Pattern[str] = _ITEMS) -> list[str]:
    """What a 分别 list pairs its figures with: the items before it in its clause (眉山、乐山两市), else in the
    clause before (增速前三的为A、B、C，分别实现…); a shared measure goes to each (水产品、鲜果价格 →
    水产品价格, 鲜果价格), 城、乡 and 城乡 are 城镇 and 农村, 三次产业 the three of them."""
    clause_at = clause_start(s_text, at)
    head = _head(s_text[clause_at:at])
    items = [i for i in separators.split(head) if i]
    if len(items) < 2 and clause_at > 0 and not (items and "三次产业" in items[0]):  # (the clause before)
        previous = s_text[clause_start(s_text, clause_at - 1) : clause_at - 1]
        listed = re.split(r"为|是|有|：|:", previous)[-1]
        # 新能源汽车的产量和销售量均突破了1200万辆大关，分别达到了…: the items, not the bound they passed
        listed = re.sub(r"均?(?:突破|超过|超|达到|达)了?[\d.]+[^，,]*$", "", listed)
        more = [i for i in separators.split(_head(listed)) if i]
        items = more if len(more) >= 2 else items
    levels = _LEVELS.fullmatch(head) if len(items) >= 2 else None
    if levels is not None:  # 县、乡、村三级电商服务站点: 县级…, 乡级…, 村级…
        return [
            f"{levels.group('pre')}{one}级{levels.group('what')}" for one in levels.group("ones").split("、")
        ]
    ordinal = _ORDINALS.search(head) if len(items) >= 2 else None
    if ordinal is not None:  # 分布在一、二、三圈层中的…: 第一圈层…, 第二圈层…, 第三圈层…
        pre, post = (
            head[: ordinal.start()],
            re.sub(r"^产(?!业)", "产业", head[ordinal.end() :]),
        )  # (一、二、三产: 产业)
        numbers = re.findall(r"[一二三四五六七八九十]", ordinal.group("numbers"))
        items = [f"{pre}第{n}{post}" for n in numbers]
    elif len(items) == 1 and "三次产业" in items[0]:
        items = [items[0].replace("三次产业", f"第{n}产业") for n in "一二三"]
    elif len(items) == 1 and (urban := _URBAN_RURAL.match(items[0])):
        items = [f"城镇{urban.group('rest')}", f"农村{urban.group('rest')}"]
    elif len(items) >= 2 and (group := _GROUP_KIND.search(items[-1])) and group.start() > 0:
        # 机械、食品和化工三大传统支柱行业: each item is a 行业, the kind said once after the last
        items = [
            i if i.endswith("业") else i + group.group("kind")
            for i in [*items[:-1], items[-1][: group.start()]]
        ]
    elif len(items) == 2 and items[0] in ("城", "城镇") and items[1].startswith(("乡", "农村")):
        rest = re.sub(r"^(?:乡|农村)", "", items[1])
        items = [f"城镇{rest}", f"农村{rest}"]
    return _shared_measure(items)


def _head(text: str) -> str:
    head = LEADING.sub("", PERIOD.sub("", text))
    head = _HOW_MANY_PLACES.sub("", head)  # 眉山、乐山两市分别…: the places without their count
    head = re.sub(r"第?一[、，,]?二[、，,]?三产业", "三次产业", head)  # (第)一、二、三产业增加值分别为…
    return _HEAD_END.sub("", head)  # 水产品、鲜果价格涨幅分别为: what grew, not the word for its growth


def _shared_measure(items: list[str]) -> list[str]:
    """水产品、酒类价格: the measure the last item ends with goes to the others; 新能源汽车的产量和销售量: the subject
    the first item begins with goes to the measures said alone after it (新能源汽车销售量)."""
    if len(items) < 2:
        return items
    first = _MEASURE_END.search(items[0])
    subject = items[0][: first.start()].removesuffix("的") if first is not None else ""
    if len(subject) >= 2 and all(_MEASURE_END.fullmatch(i) for i in items[1:]):
        return [subject + items[0][first.start() :], *(subject + i for i in items[1:])]  # type: ignore[union-attr]
    measure = _MEASURE_END.search(items[-1])
    if measure is None:
        return items
    return [i if _MEASURE_END.search(i) else i + measure.group() for i in items[:-1]] + [items[-1]]


def said_for_the_aside(results: list[Candidate], folded: str) -> None:
    """2022年…快递业务收入278.20亿元…。其中，12月份快递业务量完成2.73亿件…；快递业务收入完成26.83亿元: a figure after
    a semicolon that would give a measure a second value for a period it has one for goes on with the
    narrower period of the figure just before it (the aside's month), not the paragraph's year."""
    values: dict[tuple[str | None, str | None, str | None, str | None], float | None] = {}
    previous: Candidate | None = None
    for c in results:
        if c.kind != "observation" or c.value is None:
            continue
        key = (c.indicator, c.region, c.period_start, c.period_end)
        if (
            c.indicator
            and previous is not None
            and key in values
            and values[key] != c.value
            and previous.period_start
            and previous.period_end
            and c.period_start
            and c.period_end
            and c.period_start <= previous.period_start
            and previous.period_end <= c.period_end
            and previous.period_start < previous.period_end  # (a span: not a stock's end, 牛存栏…；出栏…)
            and (previous.period_start, previous.period_end) != (c.period_start, c.period_end)
            and re.fullmatch(r"[^。\n]*[；;][^。；;\n]*", folded[previous.end : c.start])
        ):
            for field in ("period_label", "period_kind", "period_start", "period_end"):
                setattr(c, field, getattr(previous, field))
            c.why["period"] = "同一指标同一时期已有另一数值：分号后沿用前一分句的时期"
            key = (c.indicator, c.region, c.period_start, c.period_end)
        values.setdefault(key, c.value)
        previous = c


def restated(results: list[Candidate]) -> None:
    """9.4万亿元中…, 2119.2万人这项数据…: a figure said again without its words is the fact said before."""
    said: dict[tuple[float | None, str | None], Candidate] = {}
    for c in results:
        if c.kind != "observation" or c.value is None:
            continue
        first = said.get((c.value, c.unit))
        if first is None:
            said[(c.value, c.unit)] = c
        elif (
            (not c.indicator or len(c.indicator) < 2)
            and ("." in c.text or len(re.sub(r"\D", "", c.text)) >= 3)
            # (绵阳市平武县2000万元，广元市昭化区2000万元: another place's, named right before it)
            and not (c.region != first.region and c.why.get("region", "").startswith("本句数字"))
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


def headline_said_again(results: list[Candidate], titles: Sequence[tuple[int, int]]) -> None:
    """眉山2024年第一季度推进重大项目99个 / …活动现场推进项目共99个: a title's figure said again in the story is
    the story's fact, read there with its sentence (the day of the event, the city of its venue, its name) —
    a title is the story cut short. Its growth stays its own: a title that says none states none."""
    if not titles:
        return
    told = [c for c in results if c.kind == "observation" and not any(a <= c.start < b for a, b in titles)]
    for c in results:
        if c.kind != "observation" or not any(a <= c.start < b for a, b in titles):
            continue
        said = [d for d in told if d.start > c.start and _same_figure(c, d)]
        # the first the catalogue does not call another indicator (上半年居民消费价格上涨0.7% is not 服务价格上涨0.7%)
        same = next((d for d in said if not _other_indicator(c, d)), None)
        if same is None:
            _story_period(c, told)
            continue
        c.period_label, c.period_kind = same.period_label, same.period_kind
        c.period_start, c.period_end = same.period_start, same.period_end
        c.region, c.region_code = same.region, same.region_code
        if not (c.indicator and same.indicator and c.indicator.endswith(same.indicator)):
            # (a title's 重点项目数 says more than the story's 项目共计180个: kept)
            c.indicator, c.phrase, c.name_source = same.indicator, same.phrase, same.name_source
            c.why["indicator"] = same.why.get("indicator", "")
        c.is_estimate = same.is_estimate
        for key in ("period", "region"):
            c.why[key] = f"标题的数字按正文读：{same.why.get(key, '')}"


def _story_period(title: Candidate, told: list[Candidate]) -> None:
    """A title's figure the story does not say again, its title saying no period (白酒四大产区…营业收入2988亿元
    over a story of 2021年全省…): the period the story's figures are of — the first one written — not the
    day of the meeting that told them."""
    if title.period_start is not None and not title.why.get("period", "").endswith("活动的日期"):
        return
    first = next(
        (
            d
            for d in told
            if d.why.get("period", "").startswith("本句数字前写的时期") and d.period_start != d.period_end
        ),
        None,
    )
    if first is None:
        return
    title.period_label, title.period_kind = first.period_label, first.period_kind
    title.period_start, title.period_end = first.period_start, first.period_end
    title.why["period"] = f"标题未写时期：正文首先写到的时期“{first.period_label}”"


def _other_indicator(title: Candidate, told: Candidate) -> bool:
    return title.name_source == told.name_source == "catalogue" and title.indicator != told.indicator


def _same_figure(title: Candidate, told: Candidate) -> bool:
    if title.value is not None:
        return told.value == title.value and told.unit == title.unit
    return told.yoy_pct is not None and told.yoy_pct == title.yoy_pct  # (said alone, or a level's growth)
