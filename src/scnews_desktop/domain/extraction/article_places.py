"""Where an article is and where its lines are headed: the place of its dateline or head (the story's, else
the page's furniture), the province it speaks of, and a line headed by a place (资阳, 云南:…). Split from
``places`` (what a sentence names and what each figure takes)."""

from __future__ import annotations

import re

from ..regions import RegionRef
from .places import PUBLICATION, WHOLE, Places, prefecture_of


def home_province(folded: str, regions: Places) -> RegionRef | None:
    """The paper's own province, for an article that names no place but speaks of a province (省财政厅,
    全省): not for one about elsewhere that names no place the gazetteer knows (德州, 扬州广陵)."""
    home = regions.home_ref
    if home is None:
        return None
    names = [n for n in (home.name, *home.aliases) if len(n) >= 2]
    return home if "省" in folded or any(n in folded for n in names) else None


def article_place(folded: str, places: Places, with_furniture: str | None = None) -> RegionRef | None:
    """Where the article is: the place of its dateline (四川日报讯 巴中讯), else the first place of its
    head — the story's head, else the page's furniture (a breadcrumb's 四川频道; not before the story's:
    欢迎您,进入宜宾…平台 is a site's greeting) —, else its province when it speaks of one; 我市/全市 in the
    head make it the city named."""
    region: RegionRef | None = None
    head = folded[:200]
    m = re.search(r"(?:日报|晚报|新闻网|经济网|讯)\s*([\u4e00-\u9fff]{2,6}?)讯", head)
    if m:
        found = places.find(m.group(1))
        region = found[0][2] if found else None
    if region is None:
        first = places.find(head) or (places.find(with_furniture[:200]) if with_furniture else [])
        region = _narrowest_in_chain(first, places) if first else home_province(folded, places)
        if region is not None and region.level == "country" and re.search(r"我省|全省|本省", head):
            # 2016年,我省科技经费…(与国内生产总值之比): a province's article that names the country in passing
            region = home_province(folded, places) or region
    if region is None:
        region = _the_country_only(folded, places)
    # 我市/全市 in the head (or anywhere, when the head names no place: 1-6月…全市…, the city only in a table's
    # title below): the city the text names, else the one its paper is of (甘孜日报 …全州工业增加值)
    said_of = head if region is not None else folded
    if re.search(r"我市|本市|全市|我州|本州|全州", said_of) and (
        region is None or region.level in ("country", "province")
    ):
        cities = [r for _a, _b, r in places.find(folded) if r.level in ("prefecture", "county")]
        paper = _paper_place(head, places) or _paper_place((with_furniture or "")[:200], places)
        region = prefecture_of(cities[0], places) if cities else (paper or region)
    if re.search(r"我县|本县|全县|我区|本区|全区", said_of) and (region is None or region.level != "county"):
        counties = [r for _a, _b, r in places.find(folded) if r.level == "county"]
        region = counties[0] if counties else region  # 全县地区生产总值…: the county the text names
    return region


#: A national body a release comes from (国家统计局, 中国纺织工业联合会, 中钢协, 工信部消费品工业司).
_NATIONAL_BODY = re.compile(
    r"国家[\u4e00-\u9fff]{1,10}?(?:局|署|委员会)|中华全国[\u4e00-\u9fff]{1,10}?总社|"
    r"中国[\u4e00-\u9fff]{1,10}?(?:协会|联合会|商会)|中钢协|中糖协|中汽协|中物联|工信部|工业和信息化部|消费品工业司|"
    r"商务部|海关总署|我国|全国"
)


def _the_country_only(folded: str, places: Places) -> RegionRef | None:
    """An article that names no place below the country and comes from a national body or names the country
    (1-5月，规模以上纺织企业…；全国…；我国纺织品服装累计出口… — 来源：消费品工业司): the country's."""
    if places.gaz is None or not (country := places.gaz.lookup("中国")):
        return None
    named = places.find(folded)
    if any(r.level != "country" for _a, _b, r in named):
        return None
    return country[0] if named or _NATIONAL_BODY.search(folded) else None


#: 记者从安康市…, 在德州市…: a city a text names after a word that stands before places.
_CITY_OR_COUNTY = r"[\u4e00-\u9fff]{2,3}?[市县](?![场民委政区直属级城域])"
_CITY_NAMED = re.compile(rf"(?:(?<=[从在据于和与、，,。：:\s省])|^)({_CITY_OR_COUNTY})")
_UNIT_AFTER = re.compile(rf"(?![各全我本该其]){_CITY_OR_COUNTY}")
_DATELINE_PLACE = re.compile(
    r"(?:新华社|中新社|本报|[\u4e00-\u9fff]{2,6}?(?:日报|晚报|网))(?P<place>[\u4e00-\u9fff]{2,4}?)\d{1,2}月\d{1,2}日\s*(?:电|讯)"
)
#: What a text about a city or a county calls its whole (全市, 全县): its figures are that city's or county's.
_ITS_WHOLE = re.compile(r"我市|本市|全市|我县|本县|全县|该市|该县")


def unheld_city(folded: str, places: Places) -> str | None:
    """The city or county a text names near its start that the gazetteer does not hold — 安康市 in a text about
    全市 (a Sichuan newsroom's gazetteer), 福建省明溪县 or 云南南涧县 right after another province's name, 太原 of a
    dateline (本报太原…讯) —, when the text names no city or county the gazetteer holds: its figures' place is
    only a guess."""
    if places.gaz is None:
        return None
    head = folded[:600]
    unheld = [m.group("place") for m in [_DATELINE_PLACE.search(folded, 0, 200)] if m]
    unheld += [  # 福建省三明市, 云南南涧县: a city or county right after its province
        m.group()
        for a, b, r in places.find(head)
        if r.level == "province" and not WHOLE.fullmatch(head, a, b) and (m := _UNIT_AFTER.match(head, b))
    ]
    if _ITS_WHOLE.search(folded):
        unheld += [m.group(1) for m in _CITY_NAMED.finditer(head) if not places.gaz.lookup(m.group(1)[:-1])]
    unheld = [name for name in unheld if not places.gaz.lookup(name)]
    if not unheld or any(r.level in ("prefecture", "county") for _a, _b, r in places.find(folded)):
        return None
    return unheld[0]


def _paper_place(head: str, places: Places) -> RegionRef | None:
    """The city or prefecture a paper in the head is of (甘孜日报, 乐山日报): none for the province's."""
    if places.gaz is None:
        return None
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2,4}}?){PUBLICATION.pattern}", head):
        named = m.group(1) or ""  # (机关报泸州日报: the place is the name's end, 泸州)
        for k in range(max(0, len(named) - 2) + 1):
            refs = places.gaz.lookup(named[k:])
            if (found := next((r for r in refs if r.level in ("prefecture", "county")), None)) is not None:
                return found
    return None


def _narrowest_in_chain(found: list[tuple[int, int, RegionRef]], places: Places) -> RegionRef:
    """The first place of the head, or a narrower one of the same chain right after it (a few characters
    on): （四川省）2023年乐山市夹江县…统计公报 is 夹江县's bulletin; 成都、绵阳 stays 成都, and so does 四川省 of a
    sentence that later names a zone or a city."""
    _start, end, region = found[0]
    for later_start, later_end, later in found[1:]:
        if later_start - end > 8 or places.gaz is None:
            break
        if region.id not in {r.id for r in places.gaz.ancestors(later)}:
            break
        end, region = later_end, later
    return region


def heading_place(s_text: str, found: list[tuple[int, int, RegionRef]]) -> RegionRef | None:
    """A sentence that is a place's name alone (资阳), or begins with it and a colon (云南:10月1日-4日，全省接待
    游客…): a heading, the place of what follows (and of its 全省)."""
    if len(found) == 1 and re.sub(r"[\s：:，,]", "", s_text) == s_text[found[0][0] : found[0][1]]:
        return found[0][2]
    if found and s_text[: found[0][0]].strip() == "" and re.match(r"\s*[：:]", s_text[found[0][1] :]):
        return found[0][2]
    return None


_MEDIUM = re.compile(r"(?:在线|网|日报|晚报|报|电视台|台|新闻|频道|发布)$")


def colon_heading(s_text: str, places: Places) -> RegionRef | None:
    """新疆生产建设兵团:10月1日-4日，兵团辖区…: a line headed by a body of a place (its name inside a longer
    one) and a colon — that place's."""
    head = re.match(r"\s*([^：:，,。]{2,12})[：:]", s_text)
    if head is None or places.gaz is None or _MEDIUM.search(head.group(1)):
        return None  # (四川在线:泡温泉观夜景…: a medium's name heads its story, not a place's line)
    spans = places.names(head.group(1))
    if not spans or spans[0][0] != 0:
        return None
    refs = places.gaz.lookup(head.group(1)[spans[0][0] : spans[0][1]])
    return refs[0] if refs else None
