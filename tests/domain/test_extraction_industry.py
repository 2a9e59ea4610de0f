"""Industry releases (steel, building materials, textiles, sugar): an index's level in points and its
changes, units of the trade (重量箱), what a trade's profit is named, and changes said as more made or a
loss cut. The sentences are written for these tests, from no gold text."""

from datetime import date

from scnews_desktop.domain.extraction import extract


def _rows(gaz, text, day=date(2024, 8, 20)):
    return [c for c in extract(text, day, gaz) if c.kind == "observation"]


def test_an_index_level_in_points_is_a_fact_and_its_changes_in_points_are_none(gaz):
    rows = _rows(
        gaz,
        "据协会监测，2024年7月份，水泥价格指数平均值为101.35点，环比上升1.20点，升幅为1.20%；"
        "同比下降4.10点，降幅为3.89%。",
    )
    assert [(c.value, c.unit) for c in rows] == [(101.35, "点")]
    assert rows[0].yoy_pct == -3.89  # (the change on the month restated as a rate is no growth of it)
    assert rows[0].period_start == "2024-07-01"


def test_an_index_said_after_changes_against_the_year_end_takes_the_year_on_year_rate(gaz):
    rows = _rows(
        gaz,
        "截至2024年7月末，综合价格指数为88.40点，环比上升2.10点，升幅为2.43%；比上年末下降3.00点，"
        "降幅为3.28%；同比下降5.60点，降幅为5.96%。",
    )
    assert [(c.value, c.yoy_pct) for c in rows] == [(88.4, -5.96)]


def test_changes_in_points_listed_with_and_are_no_facts(gaz):
    rows = _rows(gaz, "与上年同期相比，长材、板材指数分别下降0.50点和1.30点。")
    assert [c.unit for c in rows if c.value is not None] == []


def test_an_hour_of_the_clock_is_no_index_level(gaz):
    rows = _rows(gaz, "截至当日16点，景区共接待游客3.2万人次。发布时间：2024-08-01 19:12 点击：350")
    assert [c.unit for c in rows] == ["万人次"]


def test_flat_glass_in_weight_cases_is_read_and_named(gaz):
    rows = _rows(gaz, "1-7月，全国平板玻璃产量5.6亿重量箱，同比增长3.2%。")
    assert [(c.value, c.unit, c.indicator, c.yoy_pct) for c in rows] == [
        (5.6, "亿重量箱", "平板玻璃产量", 3.2)
    ]


def test_more_made_than_before_and_a_loss_cut_are_changes(gaz):
    rows = _rows(
        gaz,
        "本年度全省共生产食糖80.5万吨，比上年度同期多产糖6.2万吨。某集团上半年减亏接近3亿元。",
    )
    assert [c.value for c in rows] == [80.5]


def test_a_trade_s_profit_said_short_is_named_its_total_profit(gaz):
    rows = _rows(gaz, "1-7月，全省石材行业实现利润12.3亿元，同比增长8.1%。")
    assert rows[0].indicator == "石材行业利润总额"


def test_a_measure_said_alone_after_industrial_value_added_takes_the_subject_without_industry(gaz):
    rows = _rows(gaz, "1-7月，规模以上造纸企业工业增加值同比增长2.1%，营业收入820亿元，同比下降1.5%。")
    assert [c.indicator for c in rows] == ["规模以上造纸企业工业增加值", "规模以上造纸企业营业收入"]


def test_a_ten_day_period_is_its_days(gaz):
    rows = _rows(gaz, "2024年7月中旬，全国共生产粗钢2100.5万吨、生铁1850.2万吨、焦炭330.1万吨。")
    assert {(c.period_start, c.period_end) for c in rows} == {("2024-07-11", "2024-07-20")}
    assert [c.indicator for c in rows] == [
        "粗钢产量",
        "生铁产量",
        "焦炭产量",
    ]  # (the goods listed after one act)


def test_a_ten_day_period_since_which_something_grew_is_no_period(gaz):
    rows = _rows(gaz, "2024年清明假期，自3月下旬起参观人数逐日增多，全省博物馆接待游客12.5万人次。")
    assert rows[0].period_start != "2024-03-21"


def test_daily_output_after_a_heading_of_daily_output(gaz):
    rows = _rows(gaz, "2024年7月下旬，平均日产：粗钢210.5万吨，同比增长3.1%；生铁185.2万吨，同比增长2.2%。")
    assert [c.indicator for c in rows] == ["粗钢日均产量", "生铁日均产量"]


def test_goods_listed_before_one_measure_each_take_it(gaz):
    rows = _rows(gaz, "1-7月，规模以上企业纱、布、服装产量同比分别下降2.1%、3.5%、6.4%。")
    assert [(c.indicator, c.yoy_pct) for c in rows] == [
        ("纱产量", -2.1),
        ("布产量", -3.5),
        ("服装产量", -6.4),
    ]


def test_a_release_that_names_no_place_below_the_country_is_the_country_s(gaz):
    text = (
        "2024年1-5月造纸行业运行情况\n1-5月，规模以上造纸企业营业收入5200亿元，同比增长3.1%。\n"
        "（根据中国造纸协会有关数据整理）"
    )
    assert {c.region for c in _rows(gaz, text)} == {"中国"}
    text = "1-5月，规模以上造纸企业营业收入5200亿元，同比增长3.1%。其中，四川省造纸企业营业收入210亿元。"
    assert [c.region for c in _rows(gaz, text)][
        1
    ] == "四川省"  # (a province named: no release of the country's)


def test_a_season_so_far_and_the_season_before_in_brackets(gaz):
    text = (
        "截至5月底，本榨季全省累计产糖52.3万吨(上榨季同期48.1万吨)，累计产销率68.5%(上榨季同期70.2%)。"
        "其中，甘蔗糖50.1万吨。"
    )
    rows = _rows(gaz, text, day=date(2024, 6, 12))
    got = [(c.value, c.period_start, c.period_end, c.indicator) for c in rows]
    assert got[0][:3] == (52.3, "2023-10-01", "2024-05-31")
    assert got[1][:3] == (48.1, "2022-10-01", "2023-05-31")  # (the same span a season before)
    assert got[1][3] == got[0][3]  # (named as the level it is said beside)
    assert got[2][:3] == (68.5, "2023-10-01", "2024-05-31") and got[3][:3] == (
        70.2,
        "2022-10-01",
        "2023-05-31",
    )
    assert got[4][:3] == (50.1, "2023-10-01", "2024-05-31")  # (the bracket's period is its own only)


def test_a_season_named_with_its_years_and_an_alias_note(gaz):
    text = "2022/23年制糖期(以下简称本制糖期)全国共生产食糖897万吨(上制糖期同期956万吨)。"
    rows = _rows(gaz, text, day=date(2023, 10, 16))
    assert [(c.period_start, c.period_end, c.indicator) for c in rows] == [
        ("2022-10-01", "2023-09-30", "食糖产量"),
        ("2021-10-01", "2022-09-30", "食糖产量"),
    ]


def test_last_year_s_level_in_brackets_is_the_same_indicator_a_year_before(gaz):
    rows = _rows(
        gaz, "1-6月，全省规模以上工业企业实现利润总额980亿元（上年同期870亿元）。", day=date(2024, 7, 28)
    )
    assert [(c.value, c.period_start, c.period_end, c.indicator) for c in rows] == [
        (980.0, "2024-01-01", "2024-06-30", "规模以上工业企业利润总额"),
        (870.0, "2023-01-01", "2023-06-30", "规模以上工业企业利润总额"),
    ]


def test_the_day_the_reporter_learned_it_is_no_period_of_the_figures(gaz):
    text = "上半年，全省造纸行业稳中有进。8月3日，记者从省经信厅获悉，全省规模以上造纸企业实现工业总产值310.5亿元。"
    rows = _rows(gaz, text, day=date(2024, 8, 4))
    assert (rows[0].period_start, rows[0].period_end) == ("2024-01-01", "2024-06-30")


def test_a_trade_s_profits_and_taxes_said_after_its_revenue_take_its_name(gaz):
    text = "1-7月，钛白粉行业实现主营业务收入60.2亿元；实现利税8.1亿元；实现利润5.5亿元。"
    assert [c.indicator for c in _rows(gaz, text)] == [
        "钛白粉行业主营业务收入",
        "钛白粉行业利税",
        "钛白粉行业利润总额",
    ]


def test_words_of_when_it_was_counted_are_no_part_of_a_name(gaz):
    rows = _rows(gaz, "1-7月，全国水泥累计产量11.2亿吨，同比下降2.1%。7月份全国当月水泥产量1.8亿吨。")
    assert [c.indicator for c in rows] == ["水泥产量", "水泥产量"]


def test_a_growth_said_at_comparable_prices_is_of_the_clause_before(gaz):
    rows = _rows(gaz, "1-7月，规模以上建材工业增加值，按可比价格计算比去年同期增长6.5%。")
    assert [(c.indicator, c.yoy_pct) for c in rows] == [("规模以上建材工业增加值", 6.5)]


def test_a_share_said_close_to_a_bound(gaz):
    rows = _rows(gaz, "1-7月，全国新型干法水泥熟料产量比例接近85%。")
    assert [(c.value, c.qualifier, c.indicator) for c in rows] == [
        (85.0, "under", "新型干法水泥熟料产量比例")
    ]


def test_products_under_a_heading_of_kinds_take_their_output(gaz):
    rows = _rows(gaz, "1-7月全省钢铁生产平稳。产品品种上，建筑钢材同比增长5.1%；冷轧薄板同比增长20.3%。")
    assert [c.indicator for c in rows] == ["建筑钢材产量", "冷轧薄板产量"]


def test_products_and_provinces_counted_by_how_they_moved_are_no_facts(gaz):
    text = (
        "7月份，监测的30种建材产品中，水泥等18种产品产量同比下降，其他12种产品产量均实现同比增长。"
        "从分省数据看，有5个省市1-7月粗钢产量同比增幅超过10%。湖北省累计增长幅度超过20%。"
    )
    rows = _rows(gaz, text)
    assert [(c.region, c.yoy_pct, c.qualifier) for c in rows] == [("湖北省", 20.0, "over")]


def test_industries_counted_by_how_they_moved_stay_facts(gaz):
    rows = _rows(gaz, "1-7月，全省41个工业大类行业中有30个行业增加值同比增长。")
    assert [c.value for c in rows] == [30.0]


def test_everywhere_in_words_is_no_count(gaz):
    rows = _rows(gaz, "1-10月，四处全省建材企业积极采取措施，全省建材工业完成工业总产值1139.3亿元。")
    assert [c.value for c in rows] == [1139.3]


def test_a_level_s_growth_on_the_year_said_after_its_growth_on_the_month(gaz):
    rows = _rows(gaz, "据统计，2024年7月我国水泥产量达1.90亿吨，环比提高2.10%，同比增长4.0%。")
    assert [(c.yoy_pct, c.growth_pct, c.growth_base) for c in rows] == [(4.0, 2.1, "上月")]


def test_a_trade_s_sample_of_enterprises_keeps_its_series_name(gaz):
    text = (
        "2024年7月中旬，重点统计钢铁企业共生产粗钢2100.5万吨、生铁1850.2万吨。本旬平均日产：粗钢210.1万吨。"
    )
    assert [c.indicator for c in _rows(gaz, text)] == [
        "重点统计钢铁企业粗钢产量",
        "重点统计钢铁企业生铁产量",
        "重点统计钢铁企业粗钢日均产量",
    ]


def test_a_journal_database_s_mark_is_no_breadcrumb(gaz):
    text = "摘要\n<正>家用冰箱:2023年4月,家用冰箱产量为808.7万台,同比增长10.0%;销量为791.0万台,同比增长9.3%。"
    assert [c.value for c in _rows(gaz, text, day=date(2023, 6, 10))] == [808.7, 791.0]


def test_a_cooling_year_up_to_a_month(gaz):
    text = "截至4月的2023冷冻年度,家用空调产量为11478.0万台,同比增长2.1%。"
    rows = _rows(gaz, text, day=date(2023, 6, 10))
    assert (rows[0].period_start, rows[0].period_end) == ("2022-08-01", "2023-04-30")


def test_renminbi_said_by_its_name_is_money(gaz):
    rows = _rows(gaz, "1-11月，全省规模以上家具企业实现出口交货值553.95亿人民币，增长16.98%。")
    assert [(c.value, c.unit, c.indicator) for c in rows] == [(553.95, "亿元", "规模以上家具企业出口交货值")]


def test_a_figure_restated_in_another_magnitude_in_brackets_is_one_fact(gaz):
    rows = _rows(gaz, "1-11月，全省规模以上家具企业完成累计产量2.65亿件(26531.54万件)，累计增长15.5%。")
    assert [(c.value, c.unit, c.yoy_pct) for c in rows] == [(2.65, "亿件", 15.5)]


def test_the_first_two_months_in_words(gaz):
    rows = _rows(gaz, "今年前两个月，全省家电销售额120亿元。", day=date(2013, 3, 24))
    assert [(c.value, c.period_start, c.period_end) for c in rows] == [(120.0, "2013-01-01", "2013-02-28")]


def test_a_count_of_kinds_in_words_before_a_measure_is_no_count(gaz):
    rows = _rows(gaz, "一季度，规模以上企业六种精矿金属含量177.40万吨，同比下降0.96%。")
    assert [c.value for c in rows] == [177.4]


def test_a_note_in_brackets_with_a_comma_inside_a_name(gaz):
    rows = _rows(gaz, "一季度，铜加工材产量(含企业间重复统计的产量,下同)完成了417.80万吨，同比增长11.4%。")
    assert rows[0].indicator == "铜加工材产量"


def test_another_name_of_the_same_thing_in_brackets_inside_a_name(gaz):
    rows = _rows(gaz, "7月份原铝(电解铝)产量为293万吨，同比增长11.6%。", day=date(2018, 8, 15))
    assert rows[0].indicator == "原铝产量"


def test_an_industry_counted_by_its_enterprises(gaz):
    text = "截至2023年9月底，制浆造纸及纸制品业企业数量7628家，其中：纸浆制造业58家，造纸业2559家。1-3月，新闻纸产量21.3万吨。"
    rows = _rows(gaz, text, day=date(2023, 12, 29))
    assert [c.indicator for c in rows][1:] == ["纸浆制造业企业数", "造纸业企业数", "新闻纸产量"]


def test_totals_said_bare_after_a_trade_s_figure_are_the_trade_s(gaz):
    text = (
        "2009年4月家用电力器具制造行业完成工业总产值641.5亿元，同比增长1.2%，工业销售产值完成647.1亿元，"
        "同比增长2.9%，产销率100.9%；1-4月累计完成工业总产值2171.5亿元。"
    )
    rows = _rows(gaz, text, day=date(2009, 5, 25))
    assert [c.indicator for c in rows] == [
        "家用电力器具制造行业工业总产值",
        "家用电力器具制造行业工业销售产值",
        "家用电力器具制造行业产销率",
        "家用电力器具制造行业工业总产值",
    ]


def test_the_verb_between_a_product_and_its_measure_is_no_word_of_the_name(gaz):
    rows = _rows(
        gaz, "1-4月，家用燃气灶具完成产量780.1万台，同比增长20.3%；家用洗衣机累计完成产量1365.4万台。"
    )
    assert [c.indicator for c in rows] == ["家用燃气灶具产量", "家用洗衣机产量"]


def test_a_list_of_growths_with_a_fall_said_by_its_sign(gaz):
    text = "1~6月，家电主要产品产量出现不同程度的增长。其中，冰箱、洗衣机、微波炉同比增速分别为18.7%、-4.88%和36.15%。"
    rows = _rows(gaz, text, day=date(2011, 8, 10))
    assert [(c.yoy_pct, c.indicator) for c in rows] == [
        (18.7, "家用电冰箱产量"),
        (-4.88, "家用洗衣机产量"),
        (36.15, "微波炉产量"),
    ]


def test_the_path_of_a_growth_gives_each_period_s_growth(gaz):
    text = "家具制造业的利润降幅呈现收窄趋势，从1-3月的40.1%收窄至1-6月的23.1%。"
    rows = _rows(gaz, text, day=date(2025, 9, 28))
    assert [(c.yoy_pct, c.period_end) for c in rows] == [(-40.1, "2025-03-31"), (-23.1, "2025-06-30")]


def test_a_level_s_growth_after_its_change_against_last_year_s_output(gaz):
    rows = _rows(gaz, "1-9月，纸浆产量1181万吨，较去年同期产量增加4万吨，增长0.3%。", day=date(2023, 12, 29))
    assert [(c.value, c.yoy_pct) for c in rows] == [(1181.0, 0.3)]


def test_places_listed_after_a_month_said_under_qizhong_are_that_month_s(gaz):
    text = (
        "1-4月累计水泥产量为58106万吨，同比下降14.8%。"
        "其中，4月全国14个省市水泥产量同比降幅超20%，上海降96.24%、吉林降72.73%，黑龙江降47.01%。"
    )
    rows = _rows(gaz, text, day=date(2022, 5, 17))
    assert [c.value for c in rows] == [58106.0, None, None, None]  # (14个省市…降幅超20%: a class, no fact)
    assert {(c.period_start, c.period_end) for c in rows[1:]} == {("2022-04-01", "2022-04-30")}
    assert [(c.region, c.indicator) for c in rows[1:]] == [  # (the output the class's clause named)
        ("上海市", "水泥产量"),
        ("吉林省", "水泥产量"),
        ("黑龙江省", "水泥产量"),
    ]


def test_the_bureau_s_class_name_said_with_its_pause_mark(gaz):
    rows = _rows(gaz, "1-4月，我国限额以上服装鞋帽、针纺织品类商品零售额为4440亿元，同比增长48.1%。")
    assert rows[0].indicator == "限额以上服装鞋帽针纺织品类商品零售额"


def test_a_chart_s_number_and_a_share_s_class_are_no_figures(gaz):
    text = (
        "图2  家具行业规模以上企业近三年月度主营业务收入对比\n2016年，存栏100头以上奶牛规模养殖比重达到53%。"
    )
    rows = _rows(gaz, text, day=date(2017, 7, 20))
    assert [(c.value, c.indicator) for c in rows] == [(53.0, "存栏100头以上奶牛规模养殖比重")]


def test_the_output_s_growth_on_the_month_said_on_its_own_line(gaz):
    text = "山东省10月份氧化铝产量为174万吨，同比增长39.7%。\n然而，山东10月份的产量环比下降5.2%。"
    rows = _rows(gaz, text, day=date(2019, 11, 19))
    assert [(c.value, c.yoy_pct, c.growth_pct) for c in rows] == [(174.0, 39.7, -5.2)]


def test_sub_industries_shares_of_the_industry_s_profit(gaz):
    text = "一季度，木质家具制造业累计利润占家具行业累计利润的60.08%，金属家具制造业占25.23%。"
    assert [c.indicator for c in _rows(gaz, text, day=date(2013, 5, 15))] == [
        "木质家具制造业利润占家具行业利润比重",
        "金属家具制造业利润占家具行业利润比重",
    ]
