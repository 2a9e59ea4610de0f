"""What was sold, raised or traded (共销售福利彩票约700亿元, 筹集公益金约208亿元, 网络零售实现…), a round figure
passed (突破500亿元大关), a small count in words, a dash opening a clause, and a growth rate said after a change:
sentences of no gold text."""

from datetime import date

from scnews_desktop.domain.extraction import extract


def _facts(gaz, text, day=date(2015, 7, 2)):
    return [c for c in extract(text, day, gaz) if c.kind == "observation"]


def test_sales_said_up_to_a_day_run_from_the_years_start_and_are_named_by_what_was_sold(gaz):
    facts = _facts(
        gaz,
        "截至6月28日,全省共销售体育彩票约120亿元,为社会筹集体育彩票公益金约30亿元。"
        "其中,大乐透销售了45.6亿元,占同期体育彩票总销量的38.00%。",
    )
    assert [(c.text, c.indicator, c.period_start, c.period_end) for c in facts] == [
        ("约120亿元", "体育彩票销售额", "2015-01-01", "2015-06-28"),
        ("约30亿元", "体育彩票公益金", "2015-01-01", "2015-06-28"),
        ("45.6亿元", "大乐透销售额", "2015-01-01", "2015-06-28"),
        ("38.00%", "大乐透销售额占体育彩票总销量比重", "2015-01-01", "2015-06-28"),
    ]


def test_firms_counted_as_at_a_day_stay_at_that_day(gaz):
    facts = _facts(gaz, "截至2015年6月30日,境外企业在川共设立120家直接投资企业。")
    assert [(c.text, c.period_start, c.period_end) for c in facts] == [("120家", "2015-06-30", "2015-06-30")]


def test_a_round_figure_passed_is_no_fact_and_the_rate_after_a_change_is_the_levels_growth(gaz):
    facts = _facts(
        gaz,
        "上半年,全市电商销售额已突破300亿元大关,达到了312.5亿元,同比增加40.1亿元,增幅14.72%。"
        "网上零售额较去年提前突破100亿元,取得200亿元新突破。",
    )
    assert [(c.text, c.yoy_pct) for c in facts] == [("312.5亿元", 14.72)]


def test_a_small_count_in_words_is_a_manner_of_speaking_unless_it_is_what_the_clause_comes_to(gaz):
    facts = _facts(gaz, "全县实现了三个历史性突破。此次开工项目共两个,总投资1.6亿元。")
    assert [c.text for c in facts] == ["两个", "1.6亿元"]


def test_a_dash_opens_a_clause_and_an_activity_is_named_by_its_amount(gaz):
    facts = _facts(
        gaz, "全市交易额提升的背后,网络零售提供了重要支撑——去年全市网络零售实现326.5亿元,同比增长18.2%。"
    )
    assert [(c.text, c.yoy_pct) for c in facts] == [("326.5亿元", 18.2)]
    assert facts[0].indicator in ("网上零售额", "网络零售额")


def test_another_word_for_the_measure_in_brackets_is_out_of_the_name(gaz):
    facts = _facts(gaz, "2023年全国体育产业总规模(总产出)为36741亿元,增加值为14915亿元。")
    assert [c.indicator for c in facts] == ["体育产业总规模", "体育产业增加值"]


def test_a_bare_amount_in_the_paragraph_after_a_full_name_is_that_measure_unless_its_sentence_has_a_subject(
    gaz,
):
    facts = _facts(
        gaz,
        "去年全省电子商务交易额达3298.6亿元,同比增长19.6%。\n各市州中,成都一马当先,交易额2325.9亿元。\n"
        "全市国有企业实现营业收入1.7万亿元。\n省属企业资产总额1.4万亿元,实现营业收入3126亿元。",
    )
    names = {c.text: c.indicator for c in facts}
    assert names["2325.9亿元"] == "电子商务交易额"
    assert names["3126亿元"] != "国有企业营业收入"  # (省属企业's, its sentence's subject)


def test_a_target_or_an_estimate_told_at_a_meeting_is_of_a_year_not_the_meetings_day(gaz):
    facts = _facts(
        gaz,
        "四川文旅产业2024年目标:\n力争全省文旅产业总规模超过3600亿元\n"
        "5月22日,2024年全省文旅产业培训班在眉山举行。在本次培训班上,省文旅厅提出,力争全省文旅产业总规模超过3600亿元。\n"
        "事实上,已经过去的2023年,四川文旅产业得到了长足的发展。在诸多政策利好的促进下,"
        "全省文旅产业总规模有望超过3350亿元,增长约8.3%。",
        date(2024, 5, 30),
    )
    assert facts and all(c.period_start != "2024-05-22" for c in facts)
    assert [(c.text, c.period_start, c.period_end) for c in facts][-2:] == [
        ("超过3600亿元", "2024-01-01", "2024-12-31"),
        ("超过3350亿元", "2023-01-01", "2023-12-31"),
    ]


def test_a_list_of_counts_the_province_ranks_first_in_and_an_events_name_hold_no_other_place(gaz):
    facts = _facts(
        gaz,
        "5月9日,2025中国产业转移发展对接活动(四川)在成都开幕。\n"
        "目前,四川已汇聚200多家低空装备制造企业、69家通航企业、1419家无人机运营企业,通航有人机保有量全国第一。",
        date(2025, 5, 13),
    )
    assert [(c.text, c.region, c.indicator) for c in facts if c.value is not None] == [
        ("200多家", "四川省", "低空装备制造企业数"),
        ("69家", "四川省", "通航企业数"),
        ("1419家", "四川省", "无人机运营企业数"),
    ]
    assert [(c.text, c.region, c.rank) for c in facts if c.value is None] == [("全国第一", "四川省", 1)]


def test_a_span_of_sizes_is_no_fact(gaz):
    facts = _facts(gaz, "预计到2025年,全国低空经济综合贡献值将达到3至5万亿元,无人机企业超过1万家。")
    assert [c.text for c in facts] == ["超过1万家"]


def test_computing_storage_racks_and_standard_coal_are_units(gaz):
    facts = _facts(
        gaz,
        "截至2023年6月,全省数据中心装机规模达21.2万架,总存储规模2.925EB,可用算力容量约5500PFLOPS。"
        "2021年,全省能源消费总量达2.3亿吨标准煤。",
        date(2023, 11, 17),
    )
    assert [(c.value, c.unit) for c in facts] == [
        (21.2, "万架"),
        (2.925, "EB"),
        (5500.0, "PFLOPS"),
        (2.3, "亿吨标准煤"),
    ]


def test_what_is_generated_said_at_a_years_end_is_the_years_and_the_next_part_takes_the_whole(gaz):
    facts = _facts(
        gaz,
        "2021年末,全市水力发电装机容量达894.7万千瓦,规上企业水力发电量达353.1亿千瓦时。全市风电装机达52.7万千瓦。\n"
        "2021年,煤品燃料消费占能源消费总量的25.9%,较2016年下降8个百分点;油品燃料消费量占17%,下降2个百分点。",
        date(2022, 5, 16),
    )
    got = {c.text: (c.indicator, c.period_start, c.period_end) for c in facts}
    assert got["达894.7万千瓦"][1:] == ("2021-12-31", "2021-12-31")  # (capacity held at the year's end)
    assert got["达353.1亿千瓦时"][1:] == ("2021-01-01", "2021-12-31")  # (generated over the year)
    assert got["达52.7万千瓦"][0] == "风电装机容量"  # (the catalogue's: 风电装机 is its wording)
    assert got["17%"][0] == "油品燃料消费量占能源消费总量比重"


def test_a_project_topped_out_is_a_project_under_construction(gaz):
    found = extract(
        "6月20日上午,德阳天府数谷云计算中心一期项目正式封顶,总投资约40亿元。", date(2022, 6, 25), gaz
    )
    projects = [c for c in found if c.kind == "project"]
    assert [(p.name, p.milestone) for p in projects] == [("德阳天府数谷云计算中心一期项目", "started")]


def test_a_bound_two_measures_share_and_a_milestone_before_their_list_are_no_facts_and_the_list_keeps_its_subject(
    gaz,
):
    facts = _facts(
        gaz,
        "2024年,全市摩托车产量与销量均突破了310万辆的里程碑。2024年,全市电动摩托车的产量和销售量均突破了120万辆大关,"
        "分别达到了128.8万辆和128.6万辆。全市摩托车出口量高达58.9万辆;总销售量更是达到了314.3万辆。",
        date(2025, 1, 20),
    )
    assert [(c.text.lstrip("达"), c.indicator) for c in facts] == [
        ("128.8万辆", "电动摩托车产量"),
        ("128.6万辆", "电动摩托车销售量"),
        ("58.9万辆", "摩托车出口量"),  # (高达: no word of the name)
        ("314.3万辆", "总销售量"),  # (更是: an adverb, no word of the name)
    ]


def test_a_share_said_with_its_verb_at_length_is_named_by_its_part_and_whole(gaz):
    facts = _facts(gaz, "2024年,电动摩托车销量已经占到了摩托车总销量的40.9%。", date(2025, 1, 20))
    assert [c.indicator for c in facts] == ["电动摩托车销量占摩托车总销量比重"]
