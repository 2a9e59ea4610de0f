"""Naming what the extractor reads: the catalogue's name for a phrase, an industry with its paragraph's
measure, counts of a population's parts, a qualifier of the subject before, a part of the figure before,
and the name grammar that refuses fragments of sentences."""

from datetime import date

import pytest

from scnews_desktop.domain.extraction import extract
from scnews_desktop.domain.extraction.naming import catalogue_entry, grammar_problem


def _named(gaz, text, day=date(2023, 9, 1)):
    return [(c.text, c.indicator, c.name_source) for c in extract(text, day, gaz) if c.kind == "observation"]


def _names(gaz, text, day=date(2023, 9, 1)):
    """Each figure's text to the indicator it was named."""
    return {t: n for t, n, _s in _named(gaz, text, day)}


@pytest.mark.parametrize(
    "fragment",
    [
        "而前三个季度就",
        "年度外贸进出口总值还未突破过",
        "且是唯",
        "增至的",
        "利润总额由的",
        "展示签",
        "招大引强取得新",
        "命名",
        "146个县域社会消费品零售总额",
        "规模以上工业增加值同比增长为24.3%、高",
        "博物馆入馆观众数量井喷式增长在人数",
        "增加到数",
        "出口大幅增长数",
    ],
)
def test_the_name_grammar_refuses_fragments_of_sentences(fragment):
    assert grammar_problem(fragment) is not None


@pytest.mark.parametrize(
    "name",
    [
        "促进发展补助资金",
        "10亿元以上项目数",
        "单个项目平均投资额",
        "园区入驻企业数",
        "就业困难人员就业目标任务完成率",
        "新增就业人数",
        "增加值",
    ],
)
def test_the_name_grammar_takes_names_with_a_measure_at_their_head(name):
    assert grammar_problem(name) is None


@pytest.mark.parametrize(
    "phrase,unit,name",
    [
        ("全县地区生产总值突破百亿元大关", "亿元", "地区生产总值"),
        ("居民消费价格CPI", None, "居民消费价格指数"),
        ("该省城镇居民人均可支配收入", "元", "城镇居民人均可支配收入"),
        ("出口", "亿美元", "货物贸易出口总值"),  # (any currency: the review keeps it in its own unit)
        # the release wordings of the sections and the retail classes
        ("房地产增加值", "亿元", "房地产业增加值"),  # (the section's short form, as releases write it)
        ("批发零售业增加值", "亿元", "批发和零售业增加值"),
        ("限上餐饮收入", "亿元", "限额以上单位餐饮收入"),
        ("汽车类零售额", "亿元", "汽车类商品零售额"),
        ("粮油、食品类零售额", "亿元", "粮油食品类商品零售额"),
        # the bulletin's social security, water, communications and culture
        ("全省完成水利投资", "亿元", "水利投资"),
        ("医保参保人数", "万人", "基本医疗保险参保人数"),
        ("建成5G基站", "万个", "5G基站数"),
        ("公共图书馆", "个", "公共图书馆数"),
    ],
)
def test_a_phrase_names_the_catalogues_indicator_when_the_unit_fits(phrase, unit, name):
    assert catalogue_entry(phrase, unit).name == name


def test_a_catalogue_name_of_another_kind_of_quantity_is_not_taken():
    assert catalogue_entry("粮食", "万亩") is None  # 粮食总产量 is in 万吨


def test_an_industry_takes_the_measure_its_paragraph_speaks_of(gaz):
    text = (
        "1-10月，四川省规模以上工业企业实现利润总额3819.8亿元，同比增长12.8%。"
        "分大类行业看，41个工业大类行业有15个利润总额实现增长，1个持平，25个下降。"
        "其中：化学原料和化学制品制造业增长1.3倍、汽车制造业增长10.8%。\n"
        "分行业看，41个大类行业中有34个行业增加值保持增长，汽车制造业增长19.8%。"
    )
    named = _named(gaz, text)
    assert ("15个", "利润总额增长的工业大类行业数", "catalogue") in named  # (the bureau's count, catalogued)
    assert ("1个", "利润总额持平的工业大类行业数", "catalogue") in named
    assert ("25个", "利润总额下降的工业大类行业数", "catalogue") in named
    assert ("增长10.8%", "汽车制造业利润总额", "catalogue") in named
    assert ("34个", "增加值增长的工业大类行业数", "catalogue") in named
    assert ("增长19.8%", "汽车制造业增加值", "catalogue") in named


def test_a_qualifier_and_a_change_take_the_subject_before(gaz):
    text = (
        "2月，全省居民消费价格同比上涨0.8%。其中：城市上涨0.8%，农村上涨0.2%。"
        "预计全县地区生产总值由75亿元增至110亿元。"
    )
    named = _names(gaz, text, date(2022, 3, 10))
    assert named["上涨0.8%"] == "城市居民消费价格指数" and named["上涨0.2%"] == "农村居民消费价格指数"
    assert named["75亿元"] == named["110亿元"] == "地区生产总值"


def test_the_parts_listed_after_a_figure_take_its_measure(gaz):
    text = "共争取资金50,881万元，其中：教育发展14,072万元，战略性新兴产业7,749万元。"
    named = _names(gaz, text, date(2014, 1, 5))
    assert named["14,072万元"] == "教育发展资金" and named["7,749万元"] == "战略性新兴产业资金"


def test_products_in_an_output_paragraph_are_their_output(gaz):
    text = "分产品看，157种主要工业产品有73种实现增长。其中，液晶显示屏6312.7万片，汽车7.1万辆。"
    named = _names(gaz, text, date(2022, 10, 28))
    assert named["6312.7万片"] == "液晶显示屏产量" and named["7.1万辆"] == "汽车产量"


def test_a_figure_whose_words_name_nothing_says_so(gaz):
    (c,) = [
        c
        for c in extract("2019年14216户52820名建档立卡贫困人口全部脱贫。", date(2019, 12, 1), gaz)
        if c.text == "14216户"
    ]
    assert c.indicator is None and c.why["indicator"].startswith("无法命名")


def test_the_items_of_a_list_take_the_paragraph_s_measure_even_when_one_holds_a_conjunction(gaz):
    """增速前三的为A、B、电气机械和器材制造业，分别实现…: three items for three figures (和 inside one), each an
    industry taking the paragraph's measure (用电量: industry_measures.csv)."""
    text = (
        "从行业来看，2021年四川省工业用电量2020.50亿千瓦时，同比增长14.68%。在行业大类中，增速前三的为畜牧业、"
        "土木工程建筑业、电气机械和器材制造业，分别实现65.92%、64.27%、60.87%的强劲增长。"
    )
    found = [c for c in extract(text, date(2022, 1, 20), gaz) if c.yoy_pct and c.value is None]
    assert [(c.indicator, c.yoy_pct) for c in found] == [
        ("畜牧业用电量", 65.92),
        ("土木工程建筑业用电量", 64.27),
        ("电气机械和器材制造业用电量", 60.87),
    ]


def test_a_coined_name_leaves_out_the_clause_word_before_its_figure_and_loans_are_balances(gaz):
    named = _named(
        gaz,
        "2025年，全省牧业产值由一季度增长0.2%。3月末，全省科技型中小企业贷款同比增长29.2%。",
        date(2026, 1, 21),
    )
    names = {text: name for text, name, _source in named}
    assert names["增长0.2%"] == "牧业产值"  # (the catalogue's, not 牧业产值由)
    assert names["同比增长29.2%"] == "科技型中小企业贷款余额"


def test_sites_a_release_counts_over_name_what_they_did(gaz):
    """A tourism release: the sites (a grade and all) are the subject of the clause after them, and each
    measure said after the first is the same sites'."""
    text = (
        "国庆假期，全省纳入统计的702家A级旅游景区累计接待游客2210.5万人次，实现门票收入3.12亿元。"
        "全省纳入统计的15家5A级旅游景区，共接待游客301.2万人次，实现门票收入1.02亿元。"
        "4A级(含)以上旅游景区接待游客900.1万人次。"
    )
    named = _names(gaz, text, date(2024, 10, 8))
    assert named["2210.5万人次"] == "A级旅游景区接待游客"
    assert named["3.12亿元"] == "A级旅游景区门票收入"
    assert named["301.2万人次"] == "5A级旅游景区接待游客"
    assert named["1.02亿元"] == "5A级旅游景区门票收入"
    assert named["900.1万人次"] == "4A级以上旅游景区接待游客"
    assert grammar_problem("5A级旅游景区接待游客") is None and grammar_problem("A级B景区数") is not None


def test_a_budgets_revenue_items_and_spending_functions_are_the_yearbooks(gaz):
    text = "1至5月，全省增值税212.3亿元，增长3.1%；企业所得税98.6亿元；医疗卫生与计划生育支出301.2亿元。"
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2016, 6, 20))}
    assert named["212.3亿元"] == ("增值税", "catalogue")
    assert named["98.6亿元"] == ("企业所得税", "catalogue")
    assert named["301.2亿元"] == ("卫生健康支出", "catalogue")


def test_the_projects_of_an_events_day_are_named_by_the_event(gaz):
    """A ceremony's counts by kind are the event's projects (集中开工基础设施项目数), as the bureau files
    them; a count of another population the same article gives (省重点项目) is not."""
    text = (
        "10月8日，记者从四川省2021年第四季度重大项目集中开工达州会场获悉，当季度达州的28个项目迎来集中开工，"
        "其中，基础设施项目5个、总投资21.3亿元，产业项目占12个、总投资90.2亿元。"
        "数据显示，1-8月，31个省重点项目完成投资150.2亿元。"
    )
    named = _names(gaz, text, date(2021, 10, 9))
    assert named["5个"] == "集中开工基础设施项目数"
    assert named["21.3亿元"] == "集中开工基础设施项目总投资"
    assert named["12个"] == "集中开工产业项目数"
    assert named["31个"] == "省重点项目数"


def test_the_breadth_of_growth_in_a_profit_release_is_of_profits(gaz):
    text = "分大类行业看，41个工业大类行业有18个利润总额实现增长，1个持平，22个下降，行业增长面为43.9%。"
    named = _names(gaz, text, date(2022, 12, 30))
    assert named["43.9%"] == "工业行业利润增长面"
    monthly = "分行业看，41个大类行业中有30个行业增加值保持增长，行业增长面为73.2%。"
    assert _names(gaz, monthly, date(2022, 12, 30))["73.2%"] == "规模以上工业行业增长面"


def test_the_bureaus_breakdowns_a_release_gives_are_catalogue_names(gaz):
    """城市/农村 of the CPI, counts of industries by their outcome, the private economy's industries: the
    bureau's own indicators, named from the catalogue (sure), not coined."""
    text = (
        "2月份，四川居民消费价格同比上涨0.6%。其中：城市上涨0.8%，农村上涨0.2%。"
        "1-11月，41个工业大类行业有15个利润总额实现增长，1个持平，25个下降。"
    )
    named = {t[-4:] if t.endswith("%") else t: (n, s) for t, n, s in _named(gaz, text, date(2022, 12, 30))}
    assert named["0.8%"] == ("城市居民消费价格指数", "catalogue")
    assert named["0.2%"] == ("农村居民消费价格指数", "catalogue")
    assert named["15个"] == ("利润总额增长的工业大类行业数", "catalogue")
    assert named["25个"] == ("利润总额下降的工业大类行业数", "catalogue")


def test_the_parts_of_a_kind_of_economy_after_other_figures_of_its_paragraph(gaz):
    """民营经济增加值…，总量占地区生产总值的55.0%。…贡献率为54.0%。其中，第一产业增加值…: the private economy's
    share and industries, whatever its paragraph said between (tried on a city bulletin: they were saved as
    the whole economy's, beside its own 第一产业增加值)."""
    text = (
        "全年民营经济增加值500.1亿元，比上年增长6.0%，总量占地区生产总值的55.0%。"
        "民营经济对地区生产总值增长的贡献率为54.0%。其中，第一产业增加值50.2亿元，增长7.0%；"
        "第二产业增加值200.3亿元，增长9.0%。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2024, 4, 20))}
    assert named["55.0%"][0] == "民营经济增加值占GDP比重"  # (the catalogue's: 占地区生产总值的)
    assert named["50.2亿元"] == ("民营经济第一产业增加值", "catalogue")
    assert named["200.3亿元"] == ("民营经济第二产业增加值", "catalogue")


def test_the_standard_lists_of_products_prices_and_credit_name_their_figures(gaz):
    """The bulletin's crops and livestock, the bureau's table of industrial products, the CPI's classes and
    the People's Bank's credit table and its industries are catalogue rows: their figures are named from
    the catalogue (sure), not coined — whichever items an article happens to pick."""
    text = (
        "2024年，全县玉米产量12.3万吨，增长2.1%；马铃薯等薯类播种面积8.6万亩。年末牛存栏3.2万头。\n"
        "从主要工业产品产量看，原铝增长11.5%，房间空气调节器增长8.2%。\n"
        "11月份，牛肉价格下降3.2%，淡水鱼价格上涨1.1%。\n"
        "6月末，全市普惠小微贷款余额1234.5亿元，同比增长14.1%；分行业看，制造业贷款余额同比增长15.2%，建筑业增长5.1%。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2024, 12, 30))}
    assert named["12.3万吨"] == ("玉米产量", "catalogue")
    assert named["8.6万亩"] == ("薯类播种面积", "catalogue")
    assert named["3.2万头"] == ("牛存栏", "catalogue")
    assert named["增长11.5%"] == ("原铝产量", "catalogue")
    assert named["增长8.2%"] == ("房间空气调节器产量", "catalogue")
    assert named["下降3.2%"] == ("牛肉价格", "catalogue")
    assert named["上涨1.1%"] == ("淡水鱼价格", "catalogue")
    assert named["1234.5亿元"] == ("普惠小微贷款余额", "catalogue")
    assert named["同比增长15.2%"] == ("制造业贷款余额", "catalogue")
    assert named["增长5.1%"] == ("建筑业贷款余额", "catalogue")


def test_an_article_about_the_private_economy_files_the_whole_economys_measures_under_it(gaz):
    """A release about a kind of economy (its title's or first figure's) reports that kind's parts by
    industry, its cities' totals and its taxes in the whole economy's words: they are the kind's — unless
    the words say the whole (全省GDP)."""
    text = (
        "上半年全市民营经济增加值同比增长6.2%\n"
        "上半年，全市实现民营经济增加值512.3亿元，同比增长6.2%。\n"
        "分产业看，第一产业实现增加值40.1亿元，同比增长3.1%；第二产业实现增加值210.5亿元，其中工业实现160.2亿元。\n"
        "从总量上看，5个县(市、区)达到50亿元以上，排名前二的县为江油(88.6亿元)、三台(61.2亿元)。\n"
        "民营经济税收完成45.6亿元，其中，增值税18.2亿元。同期全市第一产业增加值为95.7亿元。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2024, 7, 30)) if "%" not in t}
    assert named["40.1亿元"] == ("民营经济第一产业增加值", "catalogue")
    assert named["210.5亿元"] == ("民营经济第二产业增加值", "catalogue")
    assert named["160.2亿元"] == ("民营经济工业增加值", "catalogue")
    assert named["88.6亿元"][0] == named["61.2亿元"][0] == "民营经济增加值"
    assert named["45.6亿元"] == ("民营经济税收", "catalogue")
    assert named["18.2亿元"] == ("民营经济增值税", "coined")  # (no catalogue row: to check)
    assert named["95.7亿元"][0] == "第一产业增加值"  # 全市: the whole economy's


def test_a_sites_own_figure_after_the_provinces_is_not_named_by_the_province_s_measure(gaz):
    """九寨沟景区接待游客 after 全省5A级景区门票总收入: the site said its own subject; the measure before
    names nothing of it (the catalogue's 5A级旅游景区接待游客 is the province's)."""
    text = "五一假期，四川省5A级景区门票总收入首次突破1亿元。九寨沟景区接待游客10.56万人次、门票收入1547.73万元。"
    named = _names(gaz, text, date(2024, 5, 6))
    assert named["10.56万人次"] != "5A级旅游景区接待游客"


def test_a_targets_verbs_and_the_employment_programmes_of_the_labour_bureau(gaz):
    """要实现, 力争, 确保…保持在, 特别是: a target's words, no part of its name; the labour bureau's programmes
    (失业人员再就业, 就业困难人员就业, 农民工转移就业 = 农村劳动力转移就业) and their targets are the catalogue's."""
    text = (
        "会议提出，明年要实现城镇新增就业80万人以上。力争失业人员再就业6万人，确保农民工务工就业规模保持在"
        "2400万人左右。一季度，全市就业困难人员就业1.3万人，完成全年目标任务的31.2%。"
        "全市公共人力资源市场提供岗位12.5万个。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2024, 4, 20))}
    assert named["80万人以上"] == ("城镇新增就业", "catalogue")
    assert named["6万人"] == ("失业人员再就业", "catalogue")
    assert named["2400万人左右"] == ("农村劳动力转移就业", "catalogue")
    assert named["1.3万人"] == ("就业困难人员就业", "catalogue")
    assert named["31.2%"][0] == "就业困难人员就业目标任务完成率"
    assert named["12.5万个"] == ("人力资源市场提供岗位数", "catalogue")


def test_industries_of_a_breakdown_paragraph_take_the_measure_said_before(gaz):
    """从重点产业看，汽车制造业同比增长39.7% after the release's 工业增加值: the industry's value added (the
    paragraph names no measure of its own); 重工业完成工业增加值, and a 分别 list of 三大行业 with their
    工业增加值: each industry's 增加值 — not the whole's."""
    text = (
        "1—5月，全市规模以上工业增加值同比增长8.1%。\n"
        "从重点产业看，新能源汽车产业同比增长31.5%，电子信息产业同比增长12.2%。\n"
        "重工业完成工业增加值120.3亿元，同比增长9.1%；冶金、建材和纺织三大传统行业分别完成工业增加值41.2亿元、"
        "30.5亿元和12.8亿元。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2024, 6, 20))}
    assert named["同比增长31.5%"] == ("新能源汽车产业增加值", "coined")
    assert named["同比增长12.2%"][0] == "电子信息产业增加值"
    assert named["120.3亿元"] == ("重工业增加值", "catalogue")
    assert [named[t][0] for t in ("41.2亿元", "30.5亿元", "12.8亿元")] == [
        "冶金行业增加值",
        "建材行业增加值",
        "纺织行业增加值",
    ]


def test_a_district_proper_qualifies_a_catalogue_indicator(gaz):
    """县本级地区生产总值 beside the county's: the catalogue's indicator over the county proper — named by the
    catalogue (sure), not coined; a qualifier on something the catalogue does not know stays coined."""
    text = (
        "全县地区生产总值182.6亿元，增长6.5%。县本级地区生产总值120.4亿元，增长6.9%。"
        "县本级文创园区营收5.2亿元。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2024, 2, 20))}
    assert named["120.4亿元"] == ("县本级地区生产总值", "catalogue")
    assert named["5.2亿元"][1] != "catalogue"


def test_a_share_written_with_de_and_places_counted_before_their_measure(gaz):
    """税收收入占一般预算收入的比重 is the catalogue's share (written without 的, under today's name); 泸州、
    宜宾、自贡等三个市一般预算收入同比分别增长…: each place's 一般公共预算收入, not the figure before's."""
    text = (
        "上半年，全省地方一般预算收入完成600.1亿元，其中非税收入120.5亿元；税收收入占一般预算收入的比重为79.9%。"
        "泸州、宜宾、自贡等三个市一般预算收入同比分别增长6.1%、5.2%和4.8%。"
    )
    named = _names(gaz, text, date(2024, 7, 20))
    assert named["79.9%"] == "税收收入占一般公共预算收入比重"
    assert [named[t] for t in ("6.1%", "5.2%", "4.8%")] == ["一般公共预算收入"] * 3


def test_a_catalogue_indicators_target_done_is_named_by_the_catalogue(gaz):
    """城镇新增就业…，完成全年目标任务的30.2%: the catalogue's indicator against its target (sure); 共计签约项目
    is 签约项目 (共计 no part of it, nor 计); 二产业项目 is 第二产业's; 分别 is no part of a name."""
    text = (
        "一季度，全县城镇新增就业0.52万人，完成全年目标任务的30.2%。"
        "本次活动共计签约项目18个。按产业看，二产业项目12个，三产业项目6个。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2024, 4, 20))}
    assert named["30.2%"] == ("城镇新增就业目标任务完成率", "catalogue")
    assert named["18个"] == ("签约项目数", "catalogue")
    assert named["12个"][0] == "第二产业项目数"
    assert named["6个"][0] == "第三产业项目数"
    assert grammar_problem("实物型网络零售额分别占比") is not None


def test_output_value_is_a_measure_its_parts_take_and_words_of_degree_are_no_part_of_a_name(gaz):
    """六大重点产业产值增长1.9%。其中：汽车产业增长0.8%: the industry's output value; 除电子信息产业增长9.5%外,
    高端装备产业增速高达26.4%: those industries' (除, 增速高达 no part of a name); 商品住宅为销售主力 is a clause."""
    text = (
        "1-6月，六大重点产业产值增长1.9%。其中：汽车产业增长0.8%，食品产业下降1.1%。"
        "除电子信息产业增长9.5%外，其余产业增速均在两位数以上，其中，高端装备产业增速高达26.4%。"
    )
    named = _names(gaz, text, date(2020, 7, 29))
    assert named["增长0.8%"] == "汽车产业产值" and named["下降1.1%"] == "食品产业产值"
    assert named["增长9.5%"] == "电子信息产业产值"
    assert named["26.4%"] == "高端装备产业产值"
    assert grammar_problem("商品住宅为销售主力占比") is not None


def test_industries_counted_by_outcome_in_any_wording_are_the_bureau_s_count(gaz):
    """31个行业大类中21个行业累计增加值呈增长态势，增长面为67.7%; 32個大類行業中有29個行業增加值保持增長: the
    catalogue's 增加值增长的工业大类行业数 and 工业行业增长面; 州内规模以上工业增加值 is 规模以上工业增加值."""
    text = (
        "上半年，州内规模以上工业增加值增长1.8%。分行业看，31个行业大类中21个行业累计增加值呈增长态势，增长面为67.7%。"
        "一季度，32個大類行業中有29個行業增加值保持增長。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2021, 7, 20))}
    assert named["增长1.8%"] == ("规模以上工业增加值", "catalogue")
    assert named["21个"] == ("增加值增长的工业大类行业数", "catalogue")
    assert named["67.7%"] == ("工业行业增长面", "catalogue")
    assert named["29個"] == ("增加值增长的工业大类行业数", "catalogue")


def test_a_class_of_projects_and_a_kind_of_them_name_the_investment_said_right_after(gaz):
    """5亿元以下项目59个，投资总额165.55亿元，占签约总额的25.4%; 5—10亿元项目15个，…: that class's investment and
    its share; 农产品加工产业项目30个，投资额145.8亿元: that kind's, in the article's word (no catalogue row)."""
    text = (
        "签约仪式上，达州累计签约投资合作项目95个，投资总额652亿元。从投资规模看，5亿元以下项目59个，投资总额165.55亿元，"
        "占签约总额的25.4%；5—10亿元项目15个，投资总额92.4亿元，占签约总额的14.2%。其中，农产品加工产业项目30个，投资额145.8亿元。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2019, 9, 23))}
    assert named["95个"] == ("签约项目数", "catalogue") and named["652亿元"] == (
        "签约项目总投资",
        "catalogue",
    )
    assert named["165.55亿元"][0] == "5亿元以下项目投资总额"
    assert named["25.4%"][0] == "5亿元以下项目投资总额占签约总额比重"
    assert named["15个"][0] == "5—10亿元项目数" and named["92.4亿元"][0] == "5—10亿元项目投资总额"
    assert named["145.8亿元"][0] == "农产品加工产业项目投资额"


def test_transport_telecom_and_software_statistics_are_catalogue_rows(gaz):
    """The bulletin's transport, telecom and software lines name their figures from the catalogue."""
    text = (
        "2023年，全省港口货物吞吐量1580.3万吨，集装箱吞吐量32.1万标箱；年末民用汽车保有量1254.6万辆，"
        "移动电话用户9846.2万户。全省软件业务收入4850.5亿元，增长12.1%。"
    )
    named = {t: (n, s) for t, n, s in _named(gaz, text, date(2024, 3, 1))}
    assert named["1580.3万吨"] == ("港口货物吞吐量", "catalogue")
    assert named["32.1万标箱"] == ("港口集装箱吞吐量", "catalogue")
    assert named["1254.6万辆"] == ("民用汽车保有量", "catalogue")
    assert named["9846.2万户"] == ("移动电话用户", "catalogue")
    assert named["4850.5亿元"] == ("软件业务收入", "catalogue")


@pytest.mark.parametrize(
    "text,figure,name",
    [
        # a share of one catalogue indicator in another: the catalogue's names, composed
        (
            "全市农产品物流总额同比增长5%，占全市社会物流总额的比重为7.2%。",
            "7.2%",
            "农产品物流总额占社会物流总额比重",
        ),
        ("全县税收收入12亿元，占一般公共预算收入的比重为68.1%。", "68.1%", "税收收入占一般公共预算收入比重"),
        # the same measure's share of a larger place's
        ("全省白酒产量120万千升，占全国的比重为20.3%。", "20.3%", "白酒产量占全国比重"),
        # a kind's share of its catalogue whole
        ("全市民营经济市场主体86万户，占全市市场主体数量的97.1%。", "97.1%", "民营经济市场主体占比"),
    ],
)
def test_a_share_composed_of_catalogue_indicators_is_the_catalogues(gaz, text, figure, name):
    got = {t: (n, source) for t, n, source in _named(gaz, text)}
    assert got[figure] == (name, "catalogue")


def test_a_share_of_an_uncatalogued_part_stays_coined(gaz):
    got = {
        t: (n, source)
        for t, n, source in _named(gaz, "运输环节收入占物流总收入的比重为71.5%，仓储环节收入占比11.2%。")
    }
    assert got["71.5%"] == ("运输环节收入占物流总收入比重", "coined")


def test_a_share_and_a_contribution_after_an_industrys_growth_are_that_industrys(gaz):
    got = _names(
        gaz, "前三季度，全市金融业增加值增长6.1%，约占GDP比重约9.4%，对经济增长贡献为7.7%，拉动作用明显。"
    )
    assert got["增长6.1%"] == "金融业增加值"
    assert got["约9.4%"] == "金融业增加值占地区生产总值比重"
    assert got["7.7%"] == "金融业对经济增长的贡献率"


def test_a_measure_said_alone_is_the_subject_its_sentence_spoke_of(gaz):
    got = _names(
        gaz,
        "2022年，全市外商投资企业营业收入总额达812亿元，同比增长6.3%；利润总额达41.5亿元。"
        "全市邮政业务总量增长9.8%，收入增长7.1%。",
    )
    assert got["达41.5亿元"] == "外商投资企业利润总额"
    assert (
        got["增长7.1%"] == "邮政行业业务收入"
    )  # (邮政业务收入: the catalogue's wording of the bureau's name)


def test_a_measure_said_alone_with_another_period_is_not_the_subject_before(gaz):
    got = _names(
        gaz,
        "2022年，全省中成药类主营业务收入530亿元，保健食品类产值30亿元，到2025年实现主营业务收入1800亿元。",
    )
    assert got["1800亿元"] != "保健食品类主营业务收入"


def test_the_figures_of_zones_said_as_the_subject_are_the_zones_not_the_provinces(gaz):
    got = {
        t: (n, s)
        for t, n, s in _named(
            gaz,
            "上半年，全省8个国家级经济技术开发区完成规上工业总产值5120.4亿元，同比增长3.2%；实现进出口总额612.5亿元。\n"
            "同时，实现税收收入402.1亿元，同比增长6.3%。\n全省税收收入增长5.1%。",
        )
    }
    assert got["5120.4亿元"] == ("国家级经开区规模以上工业总产值", "coined")
    assert got["612.5亿元"] == ("国家级经开区货物贸易进出口总值", "coined")
    assert got["402.1亿元"] == ("国家级经开区税收收入", "coined")  # (the next paragraph goes on: 同时)
    assert got["增长5.1%"] == ("税收收入", "catalogue")  # (the province's own)


def test_a_zone_listed_among_places_is_no_population_of_the_sentence(gaz):
    got = _names(gaz, "集中开工项目中，雁江区16个，总投资39.3亿元；高新区6个，总投资17.5亿元。")
    assert not (got["17.5亿元"] or "").startswith("高新区")


def test_a_class_of_zones_is_no_zone_the_gazetteer_lacks(gaz):
    text = "目前，四川共有高新区27家。2021年，全省高新区创造了地区生产总值8733.98亿元。遂宁高新区实现地区生产总值120亿元。"
    found = {
        c.text: c.why.get("region", "")
        for c in extract(text, date(2022, 4, 18), gaz)
        if c.kind == "observation"
    }
    assert "园区不在地名表中" not in found["8733.98亿元"]
    assert "园区不在地名表中" in found["120亿元"]


def test_what_a_census_of_institutions_counts_first_is_theirs(gaz):
    got = _names(
        gaz,
        "2020年末，全市共设312个乡镇卫生院，床位1.2万张，卫生人员1.05万人。全市共设2210个村卫生室，"
        "共有卫生人员3506人，其中：注册护士41人。全市卫生技术人员8.6万人。",
        date(2021, 6, 1),
    )
    assert got["312个"] == "乡镇卫生院数"
    assert got["1.2万张"] == "乡镇卫生院床位数"
    assert got["1.05万人"] == "乡镇卫生院卫生人员数"
    assert got["3506人"] == "村卫生室卫生人员数"
    assert got["41人"] == "村卫生室注册护士数"
    assert got["8.6万人"] == "卫生技术人员数"  # (the city's own, in a sentence of its own)


def test_a_count_named_before_its_figure_is_no_census(gaz):
    got = _names(gaz, "全县建成千亩以上园区66个，年产猕猴桃鲜果12万吨。")
    assert not (got["12万吨"] or "").startswith("千亩以上园区")


def test_a_census_said_with_its_institutions_first_names_what_follows(gaz):
    got = _names(gaz, "2023年年末全市共有小学600所，招生10.2万人，在校生62.5万人。", date(2024, 3, 1))
    assert got["10.2万人"] == "小学招生人数" and got["62.5万人"] == "小学在校生人数"


def test_shares_listed_after_figures_are_theirs_in_order(gaz):
    got = _names(
        gaz,
        "全市有野生大熊猫137只，大熊猫栖息地20.5万公顷，分别占全省总量的11.2%和9.8%。"
        "园区工业增加值、工业投资分别占全市工业的61%、48%。",
    )
    assert got["137只"] == "野生大熊猫数量"
    assert got["11.2%"] == "野生大熊猫占全省比重" and got["9.8%"] == "大熊猫栖息地占全省比重"
    assert got["61%"] == "园区工业增加值占全市比重" and got["48%"] == "园区工业投资占全市比重"


def test_a_growth_of_another_place_takes_the_catalogue_measure_not_the_qualifier(gaz):
    text = "全省重点城市PM2.5平均浓度为41.2微克每立方米，同比下降9.8%。其中，川南地区同比下降12.4%。"
    got = {c.text: (c.region, c.indicator) for c in extract(text, date(2023, 5, 1), gaz)}
    assert got["同比下降12.4%"] == ("川南经济区", "PM2.5平均浓度")


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a target's year leaves 到 before the words when the period is taken out
        ("到2025年 四川将建成5G基站25万个", date(2021, 9, 12), {"25万个": "5G基站数"}),
        # 各类 (all kinds of) is no part of what is counted
        (
            "2013年,成都市工商系统新登记各类市场主体151711户。",
            date(2014, 3, 28),
            {"151711户": "工商系统新登记市场主体数"},
        ),
        # 二、三产业 as one word of a name
        (
            "截至2004年末,全省二、三产业的各类法人单位25.72万个。",
            date(2005, 12, 22),
            {"25.72万个": "二三产业法人单位数"},
        ),
        # whose average, then what
        (
            "全省平均每个企业法人的年营业收入为1041.75万元。",
            date(2005, 12, 22),
            {"1041.75万元": "企业法人平均年营业收入"},
        ),
        # a site's daily figure said in the catalogue's words after the site's total
        (
            "成都东站累计发送旅客903.2万人次,日均发送旅客22.6万人次。",
            date(2024, 3, 6),
            {"903.2万人次": "成都东站旅客发送量", "22.6万人次": "成都东站日均旅客发送量"},
        ),
    ],
)
def test_names_of_more_sentence_shapes(gaz, text, day, expected):
    assert _names(gaz, text, day) == expected


def test_a_ranks_name_leaves_the_place_ranked_to_the_fact(gaz):
    facts = [
        c
        for c in extract("中国城市便利店指数成都排名全国第三。", date(2019, 8, 2), gaz)
        if c.kind == "observation"
    ]
    assert [(c.indicator, c.region, c.rank) for c in facts] == [("城市便利店指数", "成都市", 3)]


def test_a_base_in_its_year_is_its_figures_and_the_sentences_period_the_rest(gaz):
    facts = [
        c
        for c in extract(
            "去年全省博物馆观众在2022年3480万人次基础上翻了一倍多,达8540余万人次。", date(2024, 5, 19), gaz
        )
        if c.kind == "observation"
    ]
    assert [(c.text, c.period_start[:4]) for c in facts] == [
        ("3480万人次", "2022"),
        ("达8540余万人次", "2023"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        ("成都的夜间灯光强度指数排列中国第七。", "夜间灯光强度指数", 7),
        ("全省一级博物馆数量全国第五。", "国家一级博物馆数", 5),  # (the catalogue's)
        ("四川旅游接待人数全国第一", "旅游接待人数", 1),
    ],
)
def test_ranks_said_with_排列_or_a_scope_after_the_measure(gaz, text, name, rank):
    facts = [c for c in extract(text, date(2023, 5, 18), gaz) if c.kind == "observation"]
    assert [(c.indicator, c.rank, c.value) for c in facts] == [(name, rank, None)]


def test_a_measure_said_after_a_count_is_the_next_figures_name_not_what_the_count_counts(gaz):
    """5年新增74家 四川上市公司总数达206家 (a title's two halves): 上市公司总数 is 206家's, and 74家 counts no
    …总数达 (no fragment 四川上市公司总数达数); 2294家酒吧数量超越上海 keeps 酒吧数量."""
    names = _names(gaz, "五年新增74家 全省上市公司总数达206家。成都以2294家酒吧数量超越上海。")
    assert names["74家"] is None or "达" not in names["74家"]
    assert names["达206家"] == "上市公司总数"
    assert names["2294家"] == "酒吧数量"


@pytest.mark.parametrize(
    "name, problem",
    [
        ("新增A股上市公司数", False),  # an acronym before the words it qualifies
        ("IPO融资额", False),
        ("地区生产总值GDP", True),  # the measure said twice
        ("**材种植面积", True),  # a page's mask is no part of a name
        ("abc数", True),
        ("CPI处于历史同期低位食品价格", True),  # a predicate: a clause before the name
    ],
)
def test_acronyms_before_words_pass_the_name_grammar_and_masks_do_not(name, problem):
    assert (grammar_problem(name) is not None) == problem


def test_a_shares_part_and_whole_are_filed_by_the_catalogues_names(gaz):
    """服务业增加值占GDP比重 and 制造业增加值占GDP比重: the whole (GDP) and a catalogue part by the statistical
    wording — the catalogue's own indicator where it has one."""
    names = _names(
        gaz,
        "2023年，全市第三产业增加值占GDP比重为52.4%，制造业增加值占GDP比重达到26.1%。",
        date(2024, 2, 1),
    )
    assert names["52.4%"] == "第三产业增加值占地区生产总值比重"
    assert names["26.1%"] == "制造业增加值占地区生产总值比重"


def test_a_growth_said_as_the_exception_is_of_what_the_rest_is_said_of(gaz):
    """除2020年受疫情影响增长2.1%外，其余年份规模以上工业增加值均保持7%以上增长，其中2019年增长8.0%: the exception
    and the list after 其中 are of the measure the rest is said of (not of why it was the exception)."""
    found = [
        c
        for c in extract(
            "五年来，除2020年受疫情影响增长2.1%外，其余年份规模以上工业增加值均保持7%以上增长，"
            "其中2019年增长8.0%，2021年增长9.8%。",
            date(2022, 5, 12),
            gaz,
        )
        if c.kind == "observation"
    ]
    assert [(c.yoy_pct, c.indicator) for c in found] == [
        (2.1, "规模以上工业增加值"),
        (8.0, "规模以上工业增加值"),
        (9.8, "规模以上工业增加值"),
    ]


def test_firms_that_entered_a_list_are_counted_as_the_lists(gaz):
    """省政府公布了《2024年某某重点项目名单》，全市38个项目上榜 and 全省共有95家企业新入围第四批绿色工厂名单: what
    entered the list, named by it (the list published before them, or the one they entered)."""
    names = _names(
        gaz,
        "1月18日，省政府公布了《2024年四川省重点项目名单》，全市38个项目上榜。"
        "全省共有95家企业新入围第四批绿色工厂企业名单。",
        date(2024, 1, 20),
    )
    assert names["38个"] == "上榜四川省重点项目数"
    assert names["95家"] == "入围第四批绿色工厂企业数"


def test_a_share_said_after_a_semicolon_is_the_level_before_its(gaz):
    """…财政科学技术支出273.3亿元，比上年增长50.4%；占一般公共预算支出的2.44%: the level right before, across
    the semicolon (not a growth said alone before it: 降幅(-5.5%)…；占…的65.33% stays unnamed by it)."""
    names = _names(
        gaz,
        "2021年，全省财政科学技术支出273.3亿元，比上年增长50.4%；占一般公共预算支出的2.44%，比上年提高0.8个百分点。",
        date(2022, 2, 17),
    )
    assert names["2.44%"] == "财政科学技术支出占一般公共预算支出比重"


def test_the_subject_of_a_lists_first_item_is_the_later_catalogue_measures_too(gaz):
    """服务业税收、城镇新增就业分别占全省58.4%、77.4%: 服务业's employment too; 四川出口、进口… keeps the place out
    of the names (the figures' place)."""
    names = _names(gaz, "2024年，全省服务业税收、城镇新增就业分别占全省58.4%、77.4%。", date(2025, 10, 11))
    assert names["58.4%"] == "服务业税收占全省比重"
    assert names["77.4%"] == "服务业城镇新增就业占全省比重"


def test_firms_said_in_passing_are_no_register_of_enterprises(gaz):
    """其中成都企业86家, …等62户企业: firms a sentence counts are not the register (实有企业数 in 万户, said 实有企业
    or 企业总数) — coined, to check; 全省实有企业12.3万户 is the register."""
    found = {
        c.text: c
        for c in extract(
            "2021年末，全省实有企业12.3万户。第五批名单中，成都企业86家。", date(2022, 1, 10), gaz
        )
        if c.kind == "observation"
    }
    register = next(c for t, c in found.items() if t.endswith("12.3万户"))
    assert (register.indicator, register.name_source) == ("实有企业数", "catalogue")
    assert found["86家"].name_source != "catalogue"


def test_a_share_after_a_clause_of_its_subject_is_that_subjects(gaz):
    """生产性服务业加快提速，占服务业比重提升到39.3%; 民营经济发展迅速，占全省GDP比重达到54.1%: the subject of the
    clause before holds the share (the catalogue's name where it has one)."""
    names = _names(
        gaz,
        "2024年，数字服务业加快提速，占服务业比重提升到12.3%。民营经济发展迅速，占全省GDP比重达到54.1%。",
        date(2025, 3, 1),
    )
    assert names["12.3%"] in ("数字服务业占服务业比重", "数字服务业占比")
    assert names["54.1%"] == "民营经济增加值占GDP比重"


def test_a_bare_measure_listed_after_a_count_takes_its_subject_where_the_catalogue_names_it(gaz):
    """全市共发生生产安全事故35起、死亡28人: the deaths of the accidents (生产安全事故死亡人数), not the population's
    deaths; a word cut from the name before (货物贸易进出口总值…，出口…) composes nothing."""
    from datetime import date

    from scnews_desktop.domain.extraction import extract

    found = [
        c
        for c in extract("一季度，全市共发生生产安全事故35起、死亡28人。", date(2022, 4, 20), gaz)
        if c.value
    ]
    assert [c.indicator for c in found] == ["生产安全事故起数", "生产安全事故死亡人数"]


def test_a_lists_growths_after_its_changes_are_of_the_list_said_before_the_changes(gaz):
    """德阳市事故起数、死亡人数与上年同比增加5起、4人，分别上升25.0%、40.0%: the items before 分别 are the changes'
    figures; the growths are of 事故起数 and 死亡人数 (the catalogue's 生产安全事故起数 and its deaths), and 上升 is
    a growth's word, no part of a name."""
    from datetime import date

    from scnews_desktop.domain.extraction import extract

    found = extract(
        "上半年，德阳市生产安全事故起数、死亡人数与上年同比增加5起、4人，分别上升25.0%、40.0%。",
        date(2021, 8, 19),
        gaz,
    )
    assert [(c.indicator, c.yoy_pct) for c in found] == [
        ("生产安全事故起数", 25.0),
        ("生产安全事故死亡人数", 40.0),
    ]
    joined = extract(
        "今年1-4月，全市事故起数和死亡人数同比减少35起、16人，分别下降40.1%和25.7%。", date(2017, 5, 22), gaz
    )
    assert [(c.indicator, c.yoy_pct) for c in joined] == [  # (a list joined by 和: the same)
        ("生产安全事故起数", -40.1),
        ("生产安全事故死亡人数", -25.7),
    ]


def test_a_count_said_new_after_a_stocks_clause_is_not_the_stock(gaz):
    """有效注册商标45000件，2022年新增6316件: the new ones, not the register's stock under its catalogue name (a
    sure row it was) — unnamed or coined, to check."""
    from datetime import date

    from scnews_desktop.domain.extraction import extract

    found = [
        c for c in extract("全市有效注册商标45000件，2022年新增6316件。", date(2023, 4, 20), gaz) if c.value
    ]
    assert found[0].indicator == "有效注册商标数" and found[1].indicator != "有效注册商标数"
    # (a one-line story whose figure follows 注册 is the story, not a site's 注册/登录 link)
    assert [c.text for c in extract("全市有效注册商标4.5万件。", date(2023, 4, 20), gaz)] == ["4.5万件"]


@pytest.mark.parametrize("fragment", ["您可知道成都市花木年销售额", "温江区更是坐拥面积"])
def test_a_reader_addressed_or_a_clause_of_emphasis_is_no_name(fragment):
    assert grammar_problem(fragment) is not None
