"""The place each figure of a sentence takes (``figure_place``): 全省/全市 in its clause, the places its
sentence names, else the sentence's context — its heading's, its paragraph's, the last one named, the
article's — and the words the review shows for that choice. Split from ``places`` (what a sentence names)."""

from __future__ import annotations

import re

from ..regions import RegionRef
from .candidate import Candidate
from .kinds import RANK_ONLY
from .places import EXCEPT, WHOLE, Places, figure_region, whole_area
from .state import Article, Figure, Reading


def sentence_context(article: Article, paragraph: int, places: Places) -> RegionRef | None:
    """Where a sentence is when it names no place: its heading's, its paragraph's, the last one named, the
    article's."""
    return (
        (article.last_region if article.last_region_paragraph == paragraph else None)
        or article.paragraph_region.get(paragraph)
        or _carried_over(article, places)
        or article.region  # type: ignore[return-value]
    )


def _carried_over(article: Article, places: Places) -> RegionRef | None:
    """The place an earlier paragraph leaves to a paragraph that names none: the last it named — unless that
    paragraph was about the article's place (named it first) and the last was a place inside it, an example
    (…四川省安排了… 自贡市大安区的经验… ¶ 此外，恢复渔业基础设施1145处: the province's, not 大安区's)."""
    topic = article.paragraph_region.get(article.last_region_paragraph)
    last = article.last_region
    inside = (  # (a division inside it — not a zone, which a release reports on as its subject)
        topic is not None
        and last is not None
        and last.level != "zone"
        and places.gaz is not None
        and topic in places.gaz.ancestors(last)
    )
    return topic if inside and topic is article.region else last


#: A zone a release reports on (遂宁高新区, 绵阳经开区, 某某工业园区): where the gazetteer does not hold it, the
#: figures are the zone's and the place given them (its city, the province) is only near — to check.
_ZONE = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区|"
    r"自贸试验区|自贸区|新区|园区)"
)


def figure_place(
    article: Article, reading: Reading, figure: Figure, places: Places, attribute: bool
) -> tuple[RegionRef | None, bool]:
    """The place of a figure (and whether it carries to the sentences after), marked when the paragraph
    speaks of a zone the gazetteer does not hold (the review asks for a look)."""
    region, carried = _figure_place(article, reading, figure, places, attribute)
    at = reading.sentence.start + figure.start
    zone = next((name for end, name in _paragraph_zones(article, at, places) if end <= at), None)
    if zone is not None and region is not None:
        figure.why["region"] = f"{figure.why.get('region', '')}；{UNLISTED_ZONE}“{zone}”"
    return region, carried


def _paragraph_zones(article: Article, at: int, places: Places) -> list[tuple[int, str]]:
    """The zones the gazetteer does not hold that the paragraph around ``at`` names (where each ends, its
    name), read once a paragraph."""
    start = article.folded.rfind("\n", 0, at) + 1
    if start not in article.zones:
        end = article.folded.find("\n", start)
        article.zones[start] = [
            (z.end(), z.group())
            for z in _ZONE.finditer(article.folded, start, len(article.folded) if end < 0 else end)
            if _unlisted_zone(z.group(), places)
        ]
    return article.zones[start]


def _unlisted_zone(zone: str, places: Places) -> bool:
    """遂宁高新区: a zone named by a place (not a kind of zone, 文化产业园区) that the gazetteer does not hold —
    a province's, a city's or a county's, nothing of a clause between (not 四川共有高新区, nor 中国开发区 of a
    book's title)."""
    if places.gaz is None or places.gaz.lookup(zone):
        return False
    for start, end in places.names(zone):
        host = places.gaz.lookup(zone[start:end])
        if start == 0 and host and host[0].level != "country":
            return not re.search(r"共有|拥有|有|的|等|和|与|及", zone[end:])
    return False


#: Said of a figure whose paragraph speaks of a zone the gazetteer does not hold (the review's marker).
UNLISTED_ZONE = "文中所说的园区不在地名表中"
UNHELD_CITY = "文中所说的城市不在地名表中"
GROUP_OF_PLACES = "几个地区的合计"
#: A group of places counted before a total (五省氧化铝产量总计, 黑龙江…4个省份…，产量合计, 10省份产量合计).
GROUP_SAID = re.compile(
    r"[一二三四五六七八九十两\d]+个?[\u4e00-\u9fff]{0,6}?(?:省份|省区|省市|省|市州|县区|区县)"
)


def _figure_place(
    article: Article, reading: Reading, figure: Figure, places: Places, attribute: bool
) -> tuple[RegionRef | None, bool]:
    """The place of a figure (and whether it carries to the sentences after): 全省/全市 in its clause, the
    places its sentence gives it, else the sentence's context."""
    s_text = reading.sentence.text
    named = reading.places
    if figure.quantity is RANK_ONLY:  # 全省…排名第4位: the scope of the rank, not the place ranked
        named = [f for f in named if not WHOLE.fullmatch(s_text, f[0], f[1])]
    noted = place_of_note(s_text, figure.start, figure.end, places, article.here())
    if noted is not None:  # 占全国(销售额为903.74亿元)…: the country's, said in a note after it
        figure.why["region"] = "括号中的数字：括号前地点的"
        return noted[0], False
    described = next((r for a, _b, r in named if a == figure.end + 1 and s_text[figure.end] == "的"), None)
    if described is not None and figure.quantity is not RANK_ONLY:  # 经济总量突破3000亿元的宜宾: 宜宾's
        figure.why["region"] = "数字所修饰的地点（“…的某地”）"
        return described, False
    region, carried = figure_region(
        s_text,
        figure.start,
        figure.clause_start,
        named,
        reading.previous_figure,
        places,
        attribute,
        article.here(),
    )
    clause = s_text[figure.clause_start : figure.start]
    whole = (  # (全省…排名第5位: the scope of a rank, not the place ranked)
        None
        if figure.quantity is RANK_ONLY
        else whole_area(clause, _named_before(reading, figure, article), places, article.region)  # type: ignore[arg-type]
        or _city_of_the_sentence(clause, reading, places)
    )
    if figure.quantity is RANK_ONLY and region is None:
        figure.why["region"] = "排名：所排的是文章所写的地区（“全省”是范围）"
        return article.here(), False  # (what the article is about is what is ranked)
    if whole is not None:
        figure.why["region"] = "分句中的“全省/全市”：文章所在的省或市"
    elif region is not None:
        figure.why["region"] = _said_where(s_text, figure, named, region)
    elif EXCEPT.search(s_text, 0, figure.start) and article.region is not None:
        # 除去成都签署的…外，当日签订的…: the rest, of the whole the article is about
        region = article.region  # type: ignore[assignment]
        figure.why["region"] = "“除…外”之后：其余部分，取文章所写的地区"
    elif _PROVINCES_OFFICE.search(s_text, 0, figure.start) and places.home_ref is not None:
        region = (
            places.home_ref
        )  # 记者从省乡村振兴局获悉，2021年，…: the province's office, the province's figures
        figure.why["region"] = "消息来自省级部门：全省的数字"
    elif (
        _NATIONAL_OFFICE.search(s_text, 0, figure.start)
        and places.gaz
        and (country := places.gaz.lookup("中国"))
    ):
        region = country[
            0
        ]  # 据国家烟草专卖局消息，2021年烟草行业实现…: a national office, the country's figures
        figure.why["region"] = "消息来自国家部门：全国的数字"
    else:
        region = sentence_context(article, reading.sentence.paragraph, places)
        figure.why["region"] = "本句未写地点：" + context_reason(article, reading.sentence.paragraph)
    if (whole or region) is article.region:  # (安康市…全市: the province's a guess)
        _say_unheld(figure.why, article)
    if (
        GROUP_SAID.search(s_text, 0, figure.start)
        and re.search(r"合计|总计|共计|总产量", s_text[figure.clause_start : figure.start])
        and "region" in figure.why
    ):
        figure.why["region"] += f"；{GROUP_OF_PLACES}"  # (山东、山西…五省氧化铝产量总计: no one place's)
    return whole or region, carried


#: The national office a sentence's figures come from (据国家烟草专卖局消息, 据中华全国供销合作总社发布的数据).
_NATIONAL_OFFICE = re.compile(
    r"(?:从|据)(?:国家|中华全国|全国)[\u4e00-\u9fff]{0,12}?(?:局|署|委员会|总社|部)[^，,。；;]{0,8}?"
    r"(?:获悉|了解到|数据|统计|消息|发布|显示)"
)
#: The province's office a sentence's figures come from (记者从省乡村振兴局获悉, 据省统计局数据).
_PROVINCES_OFFICE = re.compile(
    r"(?:从|据)省[\u4e00-\u9fff]{2,12}?(?:厅|局|委员会|办公室)(?:获悉|了解到|数据|统计)"
)


def held_where(c: Candidate, article: Article) -> None:
    """A project placed where the article is about while its text speaks of a city the gazetteer does not
    hold (安康市…国家电信普遍服务项目): its place is a guess, as a figure's is — said in its reason."""
    if isinstance(article.region, RegionRef) and c.region_code == article.region.code and "region" in c.why:
        _say_unheld(c.why, article)


def _say_unheld(why: dict[str, str], article: Article) -> None:
    if article.unheld_city:
        why["region"] += f"；{UNHELD_CITY}“{article.unheld_city}”"


def _said_where(
    s_text: str, figure: Figure, named: list[tuple[int, int, RegionRef]], region: RegionRef
) -> str:
    for a, b, r in reversed(named):
        if r.id == region.id:
            first = next(x for x, _y, s in named if s.id == region.id)
            return f"本句{'数字前' if first < figure.start else '数字后'}写的地点“{s_text[a:b]}”"
    return "本句前一数字的地点（或所写地点的上级）"


def context_reason(article: Article, paragraph: int) -> str:
    """Which of ``sentence_context``'s places a sentence took, in words."""
    if article.last_region is not None and article.last_region_paragraph == paragraph:
        return "本段小标题或前文写到的地点"
    if article.paragraph_region.get(paragraph) is not None:
        return "本段所写的地点"
    if article.last_region is not None:
        return "沿用前段所写的地点"
    return "文章的地点（电头、标题或导语）"


def _city_of_the_sentence(clause: str, reading: Reading, places: Places) -> RegionRef | None:
    """全市 said where no city is yet known (a province's meeting reported by a city's paper: 目前，全市有养蚕村
    683个，…在高县、珙县…，宜宾蚕桑…): the city its sentence names, or the city of a county it names — not
    that county."""
    if places.gaz is None or not re.search(r"全市|我市|本市", clause):
        return None
    for _start, _end, r in reading.places:
        chain = [r, *places.gaz.ancestors(r)]
        city = next((c for c in chain if c.level == "prefecture"), None)
        if city is not None:
            return city
    return None


def _named_before(reading: Reading, figure: Figure, article: Article) -> RegionRef | None:
    """What 全市 in a figure's clause is of: the place its sentence named before that clause (眉山市固定资产投资
    增长10.8%，全市社会消费品零售总额…: 眉山's), else the article's."""
    earlier = [r for _pos, end, r in reading.places if end <= figure.clause_start]
    return earlier[-1] if earlier else article.here()


#: 占全国(销售额为903.74亿元)彩票销售额的5.19%: a note in brackets right after a place, up to its figure.
NOTE_AFTER_PLACE = re.compile(r"[（(](?P<words>[^（()）。，,；;\d]{1,10}?)(?:为|是|达|约)?$")


def place_of_note(s_text: str, figure_start: int, figure_end: int, places: Places, here: RegionRef | None):
    """The place a figure in a bracketed note belongs to, when the note follows the place and holds only the
    figure and what it measures (占全国(销售额为903.74亿元)…: the country's sales), and the note's words."""
    note = NOTE_AFTER_PLACE.search(
        s_text, max(0, figure_start - 16), figure_start
    )  # (a note of 10 words at most)
    if note is None or s_text[figure_end : figure_end + 1] not in (")", "）"):
        return None
    before = s_text[: note.start()]
    whole = re.search(r"(?:全国|我国|全省|我省|全市|我市)$", before)
    if whole is not None:
        region = whole_area(whole.group(), here, places)
    else:
        ends = [(a, b) for a, b in places.names(before) if b == len(before)]
        refs = places.gaz.lookup(before[ends[-1][0] :]) if ends and places.gaz is not None else []
        region = refs[0] if refs else None
    return (region, note.group("words")) if region is not None else None
