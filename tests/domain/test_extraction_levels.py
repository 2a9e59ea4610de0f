"""Levels said as where a change starts and where it ends (从2020年的…增加到2025年的…), and names that hold a
code of letters and digits (5G, 10GPON, PM2.5): sentences of no gold text."""

from datetime import date

import pytest

from scnews_desktop.domain.extraction import extract
from scnews_desktop.domain.extraction.naming import grammar_problem


def _facts(gaz, text, day=date(2021, 9, 12)):
    return [c for c in extract(text, day, gaz) if c.kind == "observation"]


def test_a_rate_from_one_level_to_another_is_two_levels(gaz):
    facts = _facts(gaz, "全省常住人口城镇化率从2020年的56.7%提高到2025年的62%。")
    assert [(c.text, c.value, c.unit, c.yoy_pct) for c in facts] == [
        ("56.7%", 56.7, "%", None),
        ("62%", 62.0, "%", None),
    ]
    assert [c.period_end[:4] for c in facts] == ["2020", "2025"]
    assert {c.indicator for c in facts} == {"常住人口城镇化率"}


def test_a_share_from_a_year_said_to_the_sentences_year_and_the_next_progression_alike(gaz):
    """2024年，…占GDP比重从2020年51.2%提高到55%，对经济增长贡献率从41.0%提升到58.3%: a share (比重 is no base
    of a comparison) from the year said to the year of the sentence, and the next progression said without
    years between the same ones."""
    facts = _facts(
        gaz,
        "2024年，全市服务业稳步发展，服务业占GDP比重从2020年51.2%提高到55%，"
        "对经济增长贡献率从41.0%提升到58.3%。",
        date(2025, 3, 1),
    )
    assert [(c.text, c.period_start[:4]) for c in facts] == [
        ("51.2%", "2020"),
        ("55%", "2024"),
        ("41.0%", "2020"),
        ("58.3%", "2024"),
    ]


def test_a_rate_named_in_the_clause_before_its_from(gaz):
    facts = _facts(gaz, "●5G网络用户普及率:从2020年的11%,增加到2025年的60%")
    assert [(c.text, c.indicator) for c in facts] == [
        ("11%", "5G网络用户普及率"),
        ("60%", "5G网络用户普及率"),
    ]


def test_a_growth_rate_from_one_to_another_stays_a_growth(gaz):
    facts = _facts(gaz, "全市规模以上工业增加值增速从上半年的3.2%提高到前三季度的5.1%。")
    assert all(c.unit != "%" for c in facts)  # (growths of the figure, no rates of their own)


def test_a_level_said_from_a_year_takes_the_name_before_its_from(gaz):
    facts = _facts(gaz, "四川省5G基站数量将从2020年的3.6万个,增加到2025年的25万个。")
    assert [(c.text, c.indicator) for c in facts] == [("3.6万个", "5G基站数"), ("25万个", "5G基站数")]
    # the catalogue says 5G基站数 is a stock: each at its year's end
    assert [(c.period_start, c.period_end) for c in facts] == [
        ("2020-12-31", "2020-12-31"),
        ("2025-12-31", "2025-12-31"),
    ]


@pytest.mark.parametrize(
    "name", ["5G网络用户普及率", "10GPON及以上端口数", "重点城市PM2.5平均浓度", "4G基站数"]
)
def test_a_code_of_letters_and_digits_is_a_word_of_a_name(name):
    assert grammar_problem(name) is None


@pytest.mark.parametrize("name", ["美国ng28进出口", "进出口2023总额"])
def test_stray_letters_and_digits_are_no_name(name):
    assert grammar_problem(name) == "含数字或标点"


def test_the_next_parts_of_a_share_said_with_only_their_names(gaz):
    facts = _facts(
        gaz,
        "在就业人口的行业分布中,制造业的比例达26.2%,教育业为9.2%,公共管理和社会组织则达到11.3%。",
        date(2005, 12, 22),
    )
    assert [(c.text, c.value) for c in facts] == [("26.2%", 26.2), ("9.2%", 9.2), ("11.3%", 11.3)]
    assert [c.indicator for c in facts[1:]] == ["教育业占比", "公共管理和社会组织占比"]
    assert all(c.name_source != "catalogue" for c in facts[1:])  # (coined: to check)


def test_a_growth_said_after_a_rate_is_no_share(gaz):
    facts = _facts(gaz, "全市城镇化率为56%,工业增长为9%。", date(2024, 1, 20))
    assert [(c.text, c.value) for c in facts if c.unit == "%"] == [("56%", 56.0)]


def test_shares_listed_after_a_colon(gaz):
    facts = _facts(
        gaz,
        "上半年,建筑工程、安装工程产值分别为:3183.31亿元、208.5亿元,分别占全省总产值的:91.8%、6.01%。",
        date(2022, 9, 15),
    )
    assert [(c.text, c.unit) for c in facts] == [
        ("3183.31亿元", "亿元"),
        ("208.5亿元", "亿元"),
        ("91.8%", "%"),
        ("6.01%", "%"),
    ]


def test_a_share_said_as_its_part_and_its_whole(gaz):
    facts = _facts(gaz, "2018年,全省柠檬产量占水果产量的8.1%。", date(2019, 4, 15))
    assert [c.indicator for c in facts] == ["柠檬产量占水果产量比重"]


def test_ordinals_listed_with_their_kind_once_and_growths_listed_after(gaz):
    facts = _facts(
        gaz,
        "截止2015年末,分布在一、二、三圈层中的各类市场主体户数分别是43万户、26万户、18万户,"
        "分别比上年同期增长23.96%、17.28%和15.90%。",
        date(2016, 3, 28),
    )
    assert [(c.indicator, c.yoy_pct) for c in facts] == [
        ("第一圈层市场主体户数", 23.96),
        ("第二圈层市场主体户数", 17.28),
        ("第三圈层市场主体户数", 15.9),
    ]


def test_the_three_industries_written_with_one_ordinal_mark(gaz):
    facts = _facts(
        gaz,
        "截止2015年末,分布在第一、二、三产业的各类市场主体户数分别是1.8万户、7万户、79万户。",
        date(2016, 3, 28),
    )
    assert [c.indicator for c in facts] == [
        "第一产业市场主体户数",
        "第二产业市场主体户数",
        "第三产业市场主体户数",
    ]


def test_industries_said_as_one_two_three_chan(gaz):
    facts = _facts(
        gaz, "全省竹产业一、二、三产产值分别达到185.7亿元、393.1亿元和308.3亿元。", date(2022, 5, 1)
    )
    assert [c.indicator for c in facts] == ["竹产业第一产业产值", "竹产业第二产业产值", "竹产业第三产业产值"]


def test_a_networks_bandwidth_and_its_counts_are_the_places_stocks(gaz):
    facts = _facts(
        gaz,
        "2021年上半年,全省建成5G基站4.8万个,实现乡镇以上城区全部具备千兆光网接入能力,"
        "成都国家级互联网骨干直联点带宽达900Gbps。",
        date(2021, 8, 20),
    )
    assert all(
        c.kind == "observation"
        for c in extract(
            "2021年上半年,全省建成5G基站4.8万个,实现乡镇以上城区全部具备千兆光网接入能力。",
            date(2021, 8, 20),
            gaz,
        )
    )  # (…以上城 is no project's name: 城区 is a part of a town)
    assert [(c.indicator, c.unit, c.period_start, c.period_end) for c in facts] == [
        ("5G基站数", "万个", "2021-06-30", "2021-06-30"),
        ("国家级互联网骨干直联点带宽", "Gbps", "2021-06-30", "2021-06-30"),
    ]


def test_places_where_a_subject_worked_are_not_the_figures_place(gaz):
    facts = _facts(
        gaz,
        "去年四川建筑企业在贵州、重庆、云南3省(市)完成产值分别达193.94亿元、143.63亿元和120.58亿元。",
        date(2014, 4, 8),
    )
    assert [c.region for c in facts] == ["四川省", "四川省", "四川省"]
    # a place after 在 with no subject's place before it is where the figure is
    assert [c.region for c in _facts(gaz, "今年以来,在宜宾完成投资50亿元。", date(2014, 4, 8))] == ["宜宾市"]


def test_a_catalogue_stock_counted_in_ones_and_a_networks_total_length(gaz):
    facts = _facts(
        gaz,
        "“十四五”期间,全市光缆总长达18.1万公里;建成4G基站15250个,互联网宽带用户达129.2万户。",
        date(2025, 12, 5),
    )
    assert [(c.indicator, c.period_start, c.period_end) for c in facts] == [
        ("光缆线路总长度", "2025-12-31", "2025-12-31"),  # (全市…总长: a network's, not one line's length)
        ("4G基站数", "2025-12-31", "2025-12-31"),  # (15250个 of a stock the catalogue counts in 万个)
        ("互联网宽带接入用户", "2025-12-31", "2025-12-31"),
    ]
    line = _facts(gaz, "成贵铁路全长约632.6公里。", date(2025, 12, 5))
    assert [(c.period_start, c.period_end) for c in line] == [(None, None)]  # (one line's length: no period)


def test_a_streets_month_said_between_it_and_its_measure_and_figures_without_their_unit(gaz):
    facts = _facts(
        gaz, "宽窄巷子8月夜间消费达到5100万,较7月增长5%;人流量达到356.5万,环比增长4.2%。", date(2024, 9, 6)
    )
    assert [(c.value, c.unit, c.period_start, c.period_end) for c in facts] == [
        (5100.0, "万元", "2024-08-01", "2024-08-31"),
        (356.5, "万人次", "2024-08-01", "2024-08-31"),
    ]
    assert facts[0].indicator == "宽窄巷子夜间消费"
    # the month form reads a month there, and not a streak of months
    from scnews_desktop.domain.periods import PERIOD_IN_TEXT

    assert [m.group() for m in PERIOD_IN_TEXT.finditer("宽窄巷子8月夜间消费")] == ["8月"]
    assert [m.group() for m in PERIOD_IN_TEXT.finditer("全市连续3月出口额超过百亿元")] == []


def test_museums_counted_are_at_the_years_end_and_named_from_the_catalogue(gaz):
    facts = _facts(
        gaz,
        "2023年,全省在国家文物局备案的博物馆数量为417座,其中国家一级博物馆12座;全省博物馆接待观众8540万人次,"
        "门票收入5.67亿元。",
        date(2024, 5, 18),
    )
    assert [(c.text, c.period_start, c.period_end) for c in facts] == [
        ("417座", "2023-12-31", "2023-12-31"),
        ("12座", "2023-12-31", "2023-12-31"),
        ("8540万人次", "2023-01-01", "2023-12-31"),
        ("5.67亿元", "2023-01-01", "2023-12-31"),
    ]
    assert [c.indicator for c in facts[2:]] == ["博物馆接待观众", "博物馆门票收入"]


def test_the_year_of_a_plan_a_thing_is_put_into_is_no_period(gaz):
    facts = _facts(
        gaz,
        "截至11月下旬,纳入2019年改造计划的小区已开工735个,累计完成投资33.4亿元。",
        date(2020, 12, 3),
    )
    assert {(c.period_start, c.period_end) for c in facts} == {("2020-11-30", "2020-11-30")}


def test_numbers_listed_before_the_one_that_says_their_unit(gaz):
    facts = _facts(
        gaz,
        "截至2020年底,全省县、乡、村三级电商服务站点分别达到99、2323、11727个。",
        date(2021, 7, 5),
    )
    assert [(c.value, c.unit, c.indicator) for c in facts] == [
        (99.0, "个", "县级电商服务站点数"),
        (2323.0, "个", "乡级电商服务站点数"),
        (11727.0, "个", "村级电商服务站点数"),
    ]
    # no 分别: no list of figures (3、5家 are some firms, said loosely)
    assert [c.text for c in _facts(gaz, "全市有3、5家企业投产。", date(2021, 7, 5))] == ["5家"]


def test_a_total_since_a_plan_began_is_summed_over_its_years(gaz):
    facts = _facts(gaz, "“十四五”以来,四川全省博物馆接待观众超3亿人次。", date(2025, 12, 12))
    assert [(c.period_start, c.period_end) for c in facts] == [("2021-01-01", "2025-12-31")]
    # a level reached over a plan's years is its last year's
    reached = _facts(gaz, "“十四五”期间,全省经济总量突破6万亿元。", date(2025, 12, 12))
    assert [(c.period_start, c.period_end) for c in reached] == [("2025-01-01", "2025-12-31")]


def test_a_stock_the_catalogue_words_so_counted_in_another_unit_is_at_the_periods_end(gaz):
    facts = _facts(gaz, "2022年,全省博物馆数量达413家。", date(2023, 5, 18))
    assert [(c.indicator, c.period_start, c.period_end) for c in facts] == [
        ("博物馆数量", "2022-12-31", "2022-12-31")  # (coined in 家: the review files it under 博物馆数)
    ]


def test_a_start_then_as_at_a_day_sets_the_paragraphs_day(gaz):
    facts = _facts(
        gaz,
        "自2014年综合示范项目建设启动以来,截至2020年底我省已累计争创综合示范项目112个。"
        "在品牌打造方面,成功培育出网销特色品牌超过400个。",
        date(2021, 7, 5),
    )
    assert {(c.period_start, c.period_end) for c in facts} == {("2020-12-31", "2020-12-31")}


def test_the_share_of_a_stock_said_just_before_is_at_its_day(gaz):
    facts = _facts(gaz, "2023年,全省共有文物系统国有博物馆270家,占比64.7%。", date(2024, 5, 18))
    assert [(c.text, c.period_start, c.period_end) for c in facts] == [
        ("270家", "2023-12-31", "2023-12-31"),
        ("64.7%", "2023-12-31", "2023-12-31"),
    ]
    # a share of a flow stays the year's
    flow = _facts(gaz, "2023年,全省实现文创收入2.37亿元,占比12.5%。", date(2024, 5, 18))
    assert [(c.period_start, c.period_end) for c in flow][-1] == ("2023-01-01", "2023-12-31")


def test_a_kind_of_a_catalogue_stock_is_a_stock_but_not_what_was_done_over_the_period(gaz):
    facts = _facts(
        gaz,
        "到2020年,四川力争建成充电桩27万个,集中式充换电站604座,其中公交充换电站140座。",
        date(2016, 6, 1),
    )
    assert [(c.indicator, c.period_start, c.period_end) for c in facts] == [
        ("充电桩数", "2020-12-31", "2020-12-31"),
        ("集中式充换电站数", "2020-12-31", "2020-12-31"),  # (a kind of 充换电站数: coined, to check)
        ("公交充换电站数", "2020-12-31", "2020-12-31"),
    ]
    flows = _facts(gaz, "2025年,全省计划新开工高速公路1000公里。", date(2025, 1, 20))
    assert [(c.period_start, c.period_end) for c in flows] == [("2025-01-01", "2025-12-31")]


def test_the_city_of_a_facility_named_by_it_is_the_figures_but_carries_no_further(gaz):
    facts = _facts(
        gaz,
        "四川省通信管理局数据显示:2021年上半年,成都国家级互联网骨干直联点带宽达900Gbps。5G终端用户达1928万户。",
        date(2021, 8, 20),
    )
    assert [c.region for c in facts] == ["成都市", "四川省"]


def test_a_sentence_that_counts_since_the_start_up_to_a_day_keeps_its_flows_at_that_day(gaz):
    facts = _facts(
        gaz,
        "截至今年6月底,全省返乡创业农民工累计达68万人,创办企业17.1万余户,实现总产值近4000亿元。"
        "截至6月底,全省实现营业收入500亿元。",
        date(2019, 8, 7),
    )
    assert [(c.text, c.period_start, c.period_end) for c in facts] == [
        ("达68万人", "2019-06-30", "2019-06-30"),
        ("17.1万余户", "2019-06-30", "2019-06-30"),
        ("近4000亿元", "2019-06-30", "2019-06-30"),  # (a total since the start, up to that day)
        ("500亿元", "2019-01-01", "2019-06-30"),  # (no 累计: the year's flow up to that day)
    ]


def test_a_meetings_report_gives_plans_not_a_ceremonys_counts(gaz):
    facts = _facts(
        gaz,
        "1月11日上午,四川省十四届人大一次会议开幕,四川省政府工作报告提请大会审议。\n"
        "报告提出,2023年四川将释放新型城镇化投资潜力。\n"
        "筹集保障性租赁住房10万套(间),新开工改造老旧小区5200个。",
        date(2023, 1, 11),
    )
    assert [(c.text, c.period_start, c.period_end) for c in facts] == [
        ("10万套", "2023-01-01", "2023-12-31"),
        ("5200个", "2023-01-01", "2023-12-31"),
    ]
    # a groundbreaking ceremony's counts are its day's
    ceremony = _facts(gaz, "1月11日,全市重大项目集中开工仪式举行,新开工项目52个。", date(2023, 1, 12))
    assert [(c.period_start, c.period_end) for c in ceremony] == [("2023-01-11", "2023-01-11")]


def test_a_progression_without_dates_after_one_with_them_is_between_the_same_dates(gaz):
    facts = _facts(
        gaz,
        "全市农村低收入人口从2016年底的42万人减少到2020年底的6.5万人，低收入发生率从8.2%下降至1.3%，"
        "其中山区低收入人口从15万人减少到2.1万人。",
        date(2021, 3, 2),
    )
    assert [(c.text, c.period_end) for c in facts] == [
        ("42万人", "2016-12-31"),
        ("6.5万人", "2020-12-31"),
        ("8.2%", "2016-12-31"),
        ("1.3%", "2020-12-31"),
        ("15万人", "2016-12-31"),
        ("2.1万人", "2020-12-31"),
    ]
    assert [c.indicator for c in facts[2:4]] == [
        "低收入发生率",
        "低收入发生率",
    ]  # (降至's figure: the rate's)


def test_a_progression_in_a_later_sentence_of_the_paragraph_and_one_of_its_own_dates(gaz):
    facts = _facts(
        gaz,
        "全县贫困村从2015年底的120个减少到2019年底的12个。贫困发生率由11.5%降到0.9%。\n"
        "2020年，全县城镇化率由45.1%提高到47.3%。",
        date(2021, 3, 2),
    )
    assert [(c.text, c.period_end[:4]) for c in facts] == [
        ("120个", "2015"),
        ("12个", "2019"),
        ("11.5%", "2015"),
        ("0.9%", "2019"),
        ("45.1%", "2020"),  # (another paragraph, its own year: not the progression before)
        ("47.3%", "2020"),
    ]


def test_lifts_and_buildings_are_counted_and_departments_are_no_lifts(gaz):
    """加装电梯104部 and 116幢房屋: counts in 部 and 幢 (units the registry holds now) named by what they count;
    5部门联合印发 is five departments, no figure."""
    facts = _facts(
        gaz, "全县已受理加装电梯104部，涉及116幢房屋。5部门联合印发《若干措施》。", date(2021, 10, 26)
    )
    assert [(c.value, c.unit, c.indicator) for c in facts] == [
        (104.0, "部", "受理加装电梯数"),  # (全县已…: scope and 已 before the name are no part of it)
        (116.0, "幢", "房屋数"),
    ]
    assert grammar_problem("人家已装好数") is not None  # (a deed done, counted: a clause)


def test_an_average_growth_after_a_level_of_a_year_runs_to_that_year(gaz):
    """“十四五”期间…2024年服务业增加值达到3.63万亿元，年均增长5%: over 2021–2024, not the whole plan period."""
    facts = _facts(
        gaz,
        "“十四五”期间，全省服务业稳步发展。2024年全省服务业增加值达到3.63万亿元，年均增长5%。",
        date(2025, 10, 11),
    )
    average = next(c for c in facts if c.value is None)
    assert (average.period_start, average.period_end) == ("2021-01-01", "2024-12-31")


def test_a_concentration_with_its_per_unit_before_the_number(gaz):
    """PM2.5均值为每立方米24.9微克、同比下降3.9%: 24.9 微克/立方米, the catalogue's PM2.5平均浓度 (空气质量 is the topic
    before it), with its growth — not a growth said alone."""
    facts = _facts(gaz, "2024年，全县空气质量PM2.5均值为每立方米24.9微克、同比下降3.9%。", date(2025, 1, 20))
    assert [(c.value, c.unit, c.indicator, c.yoy_pct) for c in facts] == [
        (24.9, "微克/立方米", "PM2.5平均浓度", -3.9)
    ]


def test_a_price_with_its_per_unit_before_the_number_and_money_said_before_funds(gaz):
    """生猪出栏均价每公斤为14.2元: 14.2 元/公斤, as the form reads 每公斤14.2元; 下达2.5亿专项资金: 2.5 亿元."""
    facts = _facts(gaz, "上半年，全市生猪出栏均价每公斤为14.2元。今年下达2.5亿专项资金。", date(2023, 7, 20))
    assert [(c.value, c.unit) for c in facts] == [(14.2, "元/公斤"), (2.5, "亿元")]


def test_degrees_said_in_percent_are_rates(gaz):
    """集中度达到80%以上, 外贸依存度为12.5%, 群众满意度达98.2%: rates in % of their own, named by their words."""
    facts = _facts(
        gaz, "全省企业在园区集中度达到80%以上。全市外贸依存度为12.5%，群众满意度达98.2%。", date(2023, 5, 30)
    )
    assert [(c.value, c.unit, c.indicator) for c in facts] == [
        (80.0, "%", "企业在园区集中度"),
        (12.5, "%", "外贸依存度"),
        (98.2, "%", "群众满意度"),
    ]


def test_a_share_in_tenths_said_before_those_who_did_something(gaz):
    """八成以上行政村生活污水得到有效治理, 近九成农户参加了医疗保险: the share of a population that did it (its words
    after the tenths name it); 一成不变 is no share."""
    facts = _facts(
        gaz,
        "全县八成以上行政村生活污水得到有效治理。近九成农户参加了医疗保险，政策一成不变。",
        date(2026, 1, 15),
    )
    assert [(c.value, c.qualifier, c.indicator) for c in facts] == [
        (80.0, "over", "生活污水得到有效治理的行政村占比"),
        (90.0, "under", "参加医疗保险的农户占比"),
    ]


def test_a_headlines_completion_of_a_target_said_without_de_is_a_rate(gaz):
    """上半年全省城镇新增就业60万人 完成全年目标任务65% (a headline drops 的): 65 % of the target, a rate of
    its own; a work's 完成年度计划60% (a project's progress) stays none."""
    headline = _facts(gaz, "上半年全省城镇新增就业60万人 完成全年目标任务65%\n", date(2023, 7, 15))
    assert [(c.value, c.unit) for c in headline] == [(60, "万人"), (65, "%")]
    work = _facts(gaz, "某某航运工程完成年度计划60%。", date(2023, 5, 10))
    assert [c.value for c in work] == []


def test_a_rates_months_said_as_a_progression_go_on_with_the_rate_before(gaz):
    """…城镇登记失业率为3.5%。8月份受汛情影响升至3.8%，9月份回落至3.6%: each month's rate of the same measure
    (the month before a cause is the figure's, not when the cause happened); after a level, no rate is made."""
    facts = _facts(
        gaz,
        "二季度全市城镇登记失业率为3.5%，保持稳定。8月份受汛情影响升至3.8%，9月份回落至3.6%。",
        date(2023, 10, 20),
    )
    assert [(c.value, c.indicator, c.period_start, c.period_end) for c in facts] == [
        (3.5, "城镇登记失业率", "2023-04-01", "2023-06-30"),
        (3.8, "城镇登记失业率", "2023-08-01", "2023-08-31"),
        (3.6, "城镇登记失业率", "2023-09-01", "2023-09-30"),
    ]
    after_a_level = _facts(gaz, "二季度全市社会消费品零售总额为550亿元。8月份升至3.8%。", date(2023, 10, 20))
    assert [c.value for c in after_a_level] == [550]


def test_incidents_are_counted_in_qi_and_a_lists_shared_subject_and_measure_name_its_items(gaz):
    """一季度，全市共发生生产安全事故86起 (incidents counted in 起: the catalogue's 生产安全事故起数);
    生产安全事故起数和死亡人数分别下降… (the second item takes the first's subject: 生产安全事故死亡人数, not the
    population's deaths); 道路交通、建筑施工等重点领域生产安全事故死亡人数分别下降… (the measure said once after
    等 is each item's); a growth list of the next sentence is no growth of a level of another indicator."""
    facts = _facts(
        gaz,
        "一季度，全市共发生较大生产安全事故3起。全市生产安全事故起数和死亡人数同比分别下降9.5%和7.2%。"
        "道路交通、建筑施工等重点领域生产安全事故死亡人数同比分别下降12.1%、8.8%。",
        date(2022, 4, 20),
    )
    assert [(c.text, c.unit, c.indicator, c.yoy_pct) for c in facts] == [
        ("3起", "起", "较大生产安全事故起数", None),
        ("9.5%", None, "生产安全事故起数", -9.5),
        ("7.2%", None, "生产安全事故死亡人数", -7.2),
        ("12.1%", None, "道路交通生产安全事故死亡人数", -12.1),
        ("8.8%", None, "建筑施工生产安全事故死亡人数", -8.8),
    ]


def test_a_changes_figures_listed_after_its_first_are_changes_and_a_places_growths_are_its_own(gaz):
    """事故起数、死亡人数比上年减少12起、9人 (both changes, no levels); 资阳市…与上年同比增加8起、9人，分别上升
    34.8%、50.0% (that city's growths, said alone: no growths of the province's levels the sentence before)."""
    facts = _facts(
        gaz,
        "上半年，全省共发生较大生产安全事故11起、死亡47人。"
        "资阳市生产安全事故起数、死亡人数与上年同比增加8起、9人，分别上升34.8%、50.0%。",
        date(2021, 8, 19),
    )
    assert [(c.text, c.region, c.yoy_pct) for c in facts] == [
        ("11起", "四川省", None),
        ("47人", "四川省", None),
        ("34.8%", "资阳市", 34.8),
        ("50.0%", "资阳市", 50.0),
    ]


def test_a_flows_growth_said_in_the_first_days_of_a_year_with_no_span_is_of_the_year_ended(gaz):
    """A review meeting of 5 January (全市生产安全事故起数同比下降8.2%, 建筑施工事故死亡人数同比下降5.1%): the
    year just ended, not five days of the new one; said in June, the year so far."""
    january = _facts(
        gaz, "全市生产安全事故起数同比下降8.2%。建筑施工事故死亡人数同比下降5.1%。", date(2022, 1, 6)
    )
    assert [(c.period_start, c.period_end) for c in january] == [("2021-01-01", "2021-12-31")] * 2
    june = _facts(gaz, "全市生产安全事故起数同比下降8.2%。", date(2022, 6, 20))
    assert [(c.period_start, c.period_end) for c in june] == [("2022-01-01", "2022-06-20")]


def test_a_targets_year_stays_with_the_target_unless_the_text_is_a_plan(gaz):
    """到2030年，要基本建成…枢纽。¶ 数据显示，全市页岩气探明储量达1.2万亿立方米: the reserves known today (the
    paper's day), not the target's year; a plan's text (《…行动方案》印发，到2027年… ¶ …达到…) keeps its year."""
    feature = _facts(
        gaz,
        "到2030年，要基本建成区域交通枢纽。\n数据显示，全市页岩气探明储量达1.2万亿立方米。",
        date(2021, 5, 6),
    )
    assert [(c.period_start, c.period_end) for c in feature] == [("2021-05-06", "2021-05-06")]
    plan = _facts(
        gaz,
        "《某某市数据中心发展行动方案》印发，到2027年，全市算力格局初步构建。\n算力方面，数据中心机架总数达到12万架。",
        date(2024, 11, 22),
    )
    assert [c.period_end for c in plan] == ["2027-12-31"]


def test_what_was_helped_or_traded_up_to_a_day_is_counted_over_the_year_to_it(gaz):
    """截至9月底，已帮助农村劳动力就业12.5万人；消费协作金额超8亿元: flows over the year to that day (a balance,
    余额, stays at the day)."""
    facts = _facts(
        gaz,
        "截至9月底，已帮助农村劳动力到省内外就业12.5万人，消费协作金额超8亿元，贷款余额2.1万亿元。",
        date(2021, 10, 14),
    )
    assert [(c.period_start, c.period_end) for c in facts] == [
        ("2021-01-01", "2021-09-30"),
        ("2021-01-01", "2021-09-30"),
        ("2021-09-30", "2021-09-30"),
    ]
