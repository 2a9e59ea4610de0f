"""Names from what was done to a thing (收购烟叶, 生产原煤, 销售化肥, 种植烟叶), from a measure per household or
per unit said bare whose subject the paragraph said before (户均收入, 担均价), and a grade's 等 (上等烟比例) kept in a
name. The sentences are written for these tests, from no gold text."""

from datetime import date

import pytest

from scnews_desktop.domain.extraction import extract
from scnews_desktop.domain.extraction.naming_acts import act_name


def _names(gaz, text, day=date(2022, 11, 20)):
    return {c.text: c.indicator for c in extract(text, day, gaz) if c.kind == "observation"}


@pytest.mark.parametrize(
    ("phrase", "unit", "name"),
    [
        ("收购烟叶", "万担", "烟叶收购量"),
        ("共收购生猪", "万头", "生猪收购量"),
        ("销售煤炭", "万吨", "煤炭销售量"),
        ("销售化肥", "亿元", "化肥销售额"),
        ("出口柑橘", "万吨", "柑橘出口量"),
        ("生产原煤", "万吨", "原煤产量"),
        ("种植魔芋", "万亩", "魔芋种植面积"),
        (
            "国有重点煤矿产煤",
            "万吨",
            "国有重点煤矿原煤产量",
        ),  # (a producer scopes; 煤产量 is 原煤产量's wording)
        ("市供销公司销售化肥", "万吨", "化肥销售量"),  # (who acted is no part of what is measured)
    ],
)
def test_an_act_and_its_object_name_what_is_measured(phrase, unit, name):
    assert act_name(phrase, unit)[0] == name


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("旅游消费总额", "亿元"),  # a measure's name already
        ("地区生产总值", "亿元"),
        ("加工贸易进出口", "亿元"),  # 进出口 is no act of 出口
        ("产销", "万辆"),  # a word that begins with the act
        ("产能", "万吨"),
        ("每亩可产鲜花椒", "斤"),  # more of a clause before the act than a name holds
        ("种植魔芋", "个"),  # land is planted, not counted
    ],
)
def test_what_is_no_act_and_object_is_left_to_the_other_rules(phrase, unit):
    assert act_name(phrase, unit) is None


def test_a_purchase_said_as_act_and_object_is_named_by_the_catalogue(gaz):
    names = _names(
        gaz,
        "今年，雅安市共收购烟叶3.2万担，烟农售烟收入1.1亿元，户均收入4.6万元，亩均收入3900元，担均价1610元。",
    )
    assert names["3.2万担"] == "烟叶收购量"
    assert names["1.1亿元"] == "烟农售烟收入"
    assert names["4.6万元"] == "烟农户均收入"  # the paragraph said whose (烟农)
    assert names["3900元"] == "烟农亩均收入"
    assert names["1610元"] == "烟叶收购均价"


def test_a_price_per_dan_is_in_yuan_per_dan(gaz):
    found = {c.text: c for c in extract("全县收购烟叶5万担，担均价1520.5元。", date(2022, 10, 9), gaz)}
    assert found["1520.5元"].unit == "元/担"


def test_a_bare_average_takes_no_subject_the_paragraph_did_not_say(gaz):
    names = _names(gaz, "全村发展民宿32家，户均收入4.6万元。")
    assert names["4.6万元"] != "烟农户均收入"


def test_a_grades_deng_stays_in_the_name(gaz):
    names = _names(gaz, "全市烟叶收购中，上等烟比例达到58.3%，中等烟比例为30.2%。")
    assert names["58.3%"] == "上等烟比例"
    assert names["30.2%"].startswith("中等烟")


def test_cigarettes_are_counted_in_cases(gaz):
    names = _names(gaz, "全年销售卷烟152.6万箱，同比增长2.1%。")
    assert names["152.6万箱"] == "卷烟销售量"


def test_a_crops_bare_yield_and_output_take_the_crop_the_paragraph_said(gaz):
    text = "2013年全市油菜种植面积达到321.6万亩、单产124.7公斤/亩、总产量40.1万吨。"
    names = _names(gaz, text, date(2013, 11, 6))
    assert names["124.7公斤/亩"] == "油菜籽单产"  # (not the grain's: the paragraph said 油菜)
    assert names["40.1万吨"] == "油菜籽产量"
    assert names["达到321.6万亩"] == "油菜籽播种面积"  # (sown over the year: a flow)
    grain = _names(gaz, "2013年全省粮食播种面积9500万亩，单产362公斤/亩。", date(2014, 1, 6))
    assert grain["362公斤/亩"] == "粮食单产"


def test_how_final_a_figure_is_and_a_shares_bound_are_no_words_of_its_name(gaz):
    text = "2024年，四川农作物耕种收综合机械化率初测为59.57%。四川丘陵山区耕地面积约占全省78%。"
    names = _names(gaz, text, date(2025, 3, 17))
    assert names["59.57%"] == "农作物耕种收综合机械化率"
    assert names["78%"] == "丘陵山区耕地面积占全省比重"


def test_machines_and_sets_counted_are_named_by_their_count(gaz):
    text = "2019年以来，全省补贴机具51.5万台，筹集保障性租赁住房10万套。"
    names = _names(gaz, text, date(2025, 3, 17))
    assert names["51.5万台"] == "补贴机具数" and names["10万套"] == "筹集保障性租赁住房套数"


def test_workers_counted_and_a_level_of_mechanisation_are_named(gaz):
    text = "2012年，全省拥有农机作业服务组织190万个，从业人员230万人。今年，全省农作物综合机械化水平预计达到41%。"
    names = _names(gaz, text, date(2012, 12, 20))
    assert names["230万人"] == "从业人员数"  # (从业 is a word, not 从 before a place)
    assert names["41%"] == "农作物耕种收综合机械化率"  # (a level of mechanisation in %: the ministry's rate)


def test_a_bare_measure_listed_after_qizhong_is_the_subject_befores(gaz):
    names = _names(gaz, "2020年花卉产值达112亿元，其中出口额达2000多万美元。", date(2021, 9, 28))
    assert names["达2000多万美元"] == "花卉出口额"  # (not the whole economy's 货物贸易出口总值)
    trade = _names(gaz, "1-6月，全市外贸进出口总值达1200亿元，其中出口额达800亿元。", date(2021, 7, 20))
    assert trade["达800亿元"] == "货物贸易出口总值"  # (the catalogue's part of the catalogue's whole)


def test_a_region_of_nature_named_by_the_place_keeps_the_place_in_its_name(gaz):
    names = _names(gaz, "截至2024年，四川盆地天然气总资源量约40万亿立方米。", date(2025, 6, 1))
    assert names["约40万亿立方米"] == "四川盆地天然气总资源量"


def test_proved_reserves_are_the_catalogues_stocks(gaz):
    facts = {
        c.text: c
        for c in extract("截至2024年底，全省页岩气累计探明地质储量1.2万亿立方米。", date(2025, 6, 1), gaz)
    }
    reserve = facts["1.2万亿立方米"]
    assert (
        reserve.indicator == "页岩气探明地质储量"
        and reserve.period_start == reserve.period_end == "2024-12-31"
    )


def test_when_a_reserve_was_proved_is_no_word_of_its_name(gaz):
    facts = {
        c.text: c
        for c in extract("截至2024年，四川盆地天然气已探明地质储量7.5万亿立方米。", date(2025, 6, 1), gaz)
    }
    reserve = facts["7.5万亿立方米"]
    assert reserve.indicator == "四川盆地天然气探明地质储量" and reserve.period_start == "2024-12-31"


def test_a_breakdown_of_what_was_made_names_each_producers_part(gaz):
    text = "今年1月至8月，全省生产的原煤中，重点煤矿生产22901万吨，非重点煤矿生产22032万吨；全省销售煤炭中，重点煤矿销售21386万吨。"
    names = _names(gaz, text, date(2008, 10, 14))
    assert names["22901万吨"] == "重点煤矿原煤产量" and names["22032万吨"] == "非重点煤矿原煤产量"
    assert names["21386万吨"] == "重点煤矿煤炭销售量"


def test_a_shares_bare_part_takes_the_subject_its_paragraph_said(gaz):
    names = _names(gaz, "我省是油菜种植大省，油菜种植面积1900万亩，总产量占全国的21.7%。", date(2020, 4, 17))
    assert names["21.7%"] == "油菜籽产量占全国比重"
