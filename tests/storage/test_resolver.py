"""The one resolver of names: indicators by name, alias, vocabulary and article phrase; regions by
name, alias, code and traditional characters; organisations; sources; and it follows the writes."""

import pytest

from scnews_desktop.domain.errors import ValidationError
from scnews_desktop.storage.resolver import resolver_of


def test_indicator_phrases_resolve_to_the_existing_indicator(store):
    store.insert("indicators", {"name": "地区生产总值", "unit": "亿元", "growth_basis": "real"})
    resolver = resolver_of(store)
    gdp = resolver.indicator("地区生产总值")
    assert gdp is not None and gdp.growth_basis == "real"
    for phrase in ("实现地区生产总值", "全市实现地区生产总值", "GDP", "全省GDP", "地區生產總值"):
        found = resolver.indicator(phrase)
        assert found is not None and found.id == gdp.id, phrase
    assert resolver.indicator("实现地区生产总值", strict=True) is None  # typed names are taken as written


def test_the_vocabulary_proposes_what_the_database_lacks(store):
    entry = resolver_of(store).indicator_proposal("社零")
    assert entry is not None and (entry.name, entry.unit, entry.growth_basis) == (
        "社会消费品零售总额",
        "亿元",
        "nominal",
    )
    assert resolver_of(store).indicator_proposal("规模以上工业增加值").growth_basis == "real"
    longest = resolver_of(store).indicator_proposal("全市规模以上工业增加值")
    assert longest.name == "规模以上工业增加值"  # not the shorter 工业增加值


@pytest.mark.parametrize(
    "phrase",
    [
        "对美国进出口",
        "以加工贸易方式进出口",
        "民营企业进出口",
        "一带一路沿线国家进出口",
        "劳动生产总值",
    ],
)
def test_a_part_or_another_indicator_is_not_the_total(store, phrase):
    """对美国进出口 is a part of the total trade, 劳动生产总值 another figure: proposing the total for them
    would file 1669.3亿元 as Sichuan's trade and raise false conflicts and parts-vs-total errors (a part
    the catalogue knows is proposed as itself: 以加工贸易方式进出口 is 加工贸易进出口)."""
    proposal = resolver_of(store).indicator_proposal(phrase)
    assert proposal is None or proposal.name not in ("货物贸易进出口总值", "地区生产总值")
    if phrase == "以加工贸易方式进出口":
        assert proposal is not None and proposal.name == "加工贸易进出口"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("四川货物贸易进出口总值", "货物贸易进出口总值"),
        ("成都市地区生产总值", "地区生产总值"),
        ("全省实现地区生产总值", "地区生产总值"),
    ],
)
def test_places_and_scope_words_before_a_name_keep_it(store, phrase, name):
    assert resolver_of(store).indicator_proposal(phrase).name == name


@pytest.mark.parametrize(
    "text,code",
    [
        ("宜賓市", "511500"),
        ("宜宾", "511500"),
        ("511500", "511500"),
        ("叙州区", "511504"),
        ("瀘州市", "510500"),
    ],
)
def test_regions_by_name_alias_code_and_traditional_script(store, text, code):
    assert resolver_of(store).region(text).code == code


def test_a_near_miss_names_the_likely_region(store):
    with pytest.raises(ValidationError, match="绵阳"):
        resolver_of(store).resolve_region("棉阳市")


def test_the_resolver_follows_the_writes(store):
    resolver = resolver_of(store)
    assert resolver.indicator("新指标甲") is None
    store.insert("indicators", {"name": "新指标甲", "unit": "个"})
    assert resolver.indicator("新指标甲") is not None  # storage reported the change; no stale cache
    org = store.insert("organizations", {"name": "甲公司", "kind": "enterprise", "aliases": ["甲司"]})
    assert resolver.organization("甲司") == org["id"]


def test_choice_lists_start_with_sichuan(store):
    names = [name for name, _id in resolver_of(store).region_choices()]
    assert names[:3] == ["中国", "四川省", "成都市"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("集中开工项目数", "集中开工项目数"),
        ("项目集中开工", "集中开工项目数"),
        ("項目集中開工", "集中开工项目数"),
        ("集中签约项目", "集中签约项目数"),
        ("项目集中签约", "集中签约项目数"),
        # all the projects started or signed (in a year, a quarter) are not a ceremony's batch
        ("开工项目", "开工项目数"),
        ("签约项目", "签约项目数"),
        # a kind of them is its own indicator, a part of the whole
        ("重大工业项目集中开工", None),
        ("第二产业签约项目", None),
        ("现场签约项目", None),
    ],
)
def test_the_projects_of_a_ceremony_are_one_indicator_however_worded(store, phrase, name):
    """57个项目集中开工, 集中开工项目57个: each article's wording of a ceremony's batch files under one
    indicator, so that a city's ceremonies line up on a chart and in the checks; the projects started or
    signed in a period (开工项目, 签约项目26个) are another series (decided 2026-12-06 with the catalogue)."""
    entry = resolver_of(store).indicator_proposal(phrase)
    assert (entry.name if entry else None) == name


def test_a_part_the_catalogue_names_is_that_part_not_the_total(store):
    assert (
        resolver_of(store).indicator_proposal("出口机电产品").name == "机电产品出口"
    )  # (not 货物贸易出口总值)
