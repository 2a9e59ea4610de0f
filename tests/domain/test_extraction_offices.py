"""Whose figures a text reports and when: a national office's release is the country's, a system said with its
scope is what 全系统 means later, places listed before 分别 with the measure said once after them are each
its own, an estimate after a figure said up to a day is the year's, and a span of months said with 至 and
份 is read by the one period grammar. The sentences are written for these tests, from no gold text."""

from datetime import date

from scnews_desktop.domain.extraction import extract
from scnews_desktop.domain.periods import PERIOD_IN_TEXT, parse_period


def _facts(gaz, text, day):
    return {c.text: c for c in extract(text, day, gaz) if c.kind == "observation"}


def test_a_national_offices_release_is_the_countrys(gaz):
    facts = _facts(
        gaz, "据国家林业和草原局消息，2023年林业产业总产值达9.3万亿元，同比增长3.1%。", date(2024, 3, 2)
    )
    assert facts["达9.3万亿元"].region == "中国"


def test_a_provincial_release_stays_the_provinces(gaz):
    facts = _facts(gaz, "记者从省林业和草原局获悉，2023年林业产业总产值达5000亿元。", date(2024, 3, 2))
    assert facts["达5000亿元"].region == "四川省"


def test_the_whole_system_is_the_system_the_article_said(gaz):
    text = "一季度，全省供销社系统销售总额完成120.5亿元。\n从行业看，全系统农资类销售18.2亿元，同比增长9.1%。"
    facts = _facts(gaz, text, date(2024, 4, 20))
    assert facts["18.2亿元"].indicator == "供销合作社系统农业生产资料销售额"
    assert facts["120.5亿元"].indicator == "供销合作社系统销售总额"


def test_places_listed_with_the_measure_said_once_after_them_are_each_their_own(gaz):
    facts = _facts(gaz, "2023年，山西和陕西原煤产量分别为13.8亿吨和7.6亿吨。", date(2024, 1, 20))
    assert (facts["13.8亿吨"].region, facts["7.6亿吨"].region) == ("山西省", "陕西省")
    assert facts["13.8亿吨"].indicator == facts["7.6亿吨"].indicator == "原煤产量"


def test_an_estimate_after_a_figure_said_up_to_a_day_is_the_years(gaz):
    text = "截至9月20日，全市收购烟叶18.6万担，预计全市烟农将实现售烟收入5.2亿元。"
    facts = _facts(gaz, text, date(2023, 10, 8))
    done, estimate = facts["18.6万担"], facts["5.2亿元"]
    assert (done.period_start, done.period_end) == ("2023-01-01", "2023-09-20")
    assert (estimate.period_start, estimate.period_end) == ("2023-01-01", "2023-12-31")


def test_a_span_of_months_with_zhi_and_fen_is_one_grammar():
    for written in ("1月至6月份", "1月至6月", "1-6月份"):
        period = parse_period(written, date(2014, 7, 24))
        assert (period.start, period.end) == (date(2014, 1, 1), date(2014, 6, 30))
    facts = extract("全国供销合作社系统1月至6月份累计实现销售额16276.3亿元。", date(2014, 7, 24), None)
    assert [(c.period_start, c.period_end) for c in facts] == [("2014-01-01", "2014-06-30")]


def test_the_extractor_reads_a_bound_with_its_aspect(gaz):
    facts = _facts(gaz, "全年销售卷烟首次突破了152万箱，同比增长2.1%。", date(2012, 2, 1))
    assert facts["首次突破了152万箱"].qualifier == "over"


def test_the_past_years_counted_in_digits_are_a_span_but_not_a_base_exceeded(gaz):
    facts = _facts(gaz, "据统计，过去的5年，全省烟草商业系统累计实现税利306亿元。", date(2011, 2, 12))
    assert (facts["306亿元"].period_start, facts["306亿元"].period_end) == ("2006-01-01", "2010-12-31")
    said = [m.group() for m in PERIOD_IN_TEXT.finditer("3年新增数量超过去8年总和；过去8年，全省累计新增")]
    assert said == ["过去8年"]  # (超过去8年总和: a base exceeded, not a span)


def test_a_dateline_of_another_provinces_city_makes_the_whole_province_a_guess(gaz):
    facts = _facts(gaz, "本报太原5月12日讯 今年一季度，全省供销社系统销售总额161.5亿元。", date(2018, 5, 12))
    assert "文中所说的城市不在地名表中“太原”" in facts["161.5亿元"].why["region"]
    held = _facts(gaz, "本报成都5月12日讯 今年一季度，全省供销社系统销售总额161.5亿元。", date(2018, 5, 12))
    assert "不在地名表中" not in held["161.5亿元"].why["region"]


def test_divisions_counted_by_an_outcome_are_no_facts(gaz):
    text = "全国有25个有国有重点煤矿的省(自治区、直辖市)和单位中有22个增产，原煤产量完成157349万吨。"
    facts = _facts(gaz, text, date(2004, 11, 5))
    assert "25个" not in facts and "22个" not in facts and "157349万吨" in facts


def test_a_loss_ratio_and_a_stock_are_read_and_named(gaz):
    facts = _facts(
        gaz, "前10个月，重点煤炭企业亏损面仍达40%。到10月末，全国煤炭社会库存11500万吨。", date(2004, 11, 5)
    )
    assert facts["40%"].indicator == "重点煤炭企业亏损面" and facts["40%"].value == 40
    assert facts["11500万吨"].indicator == "煤炭社会库存"


def test_a_base_given_as_its_level_is_that_years_and_the_growth_by_is_no_fact(gaz):
    text = "到2011年末，全市茶园面积98万亩，比2005年69.7万亩扩大28.3万亩；茶叶产量21万吨，比2005年14.7万吨增长6.3万吨。"
    facts = _facts(gaz, text, date(2012, 2, 20))
    base, level = facts["69.7万亩"], facts["98万亩"]
    assert base.period_end == "2005-12-31" and base.indicator == level.indicator
    assert (
        facts["14.7万吨"].period_start == "2005-01-01"
        and facts["14.7万吨"].indicator == facts["21万吨"].indicator
    )
    assert "28.3万亩" not in facts and "6.3万吨" not in facts
    planted = _facts(gaz, "今年小春，全省通过整治撂荒地等措施扩种100多万亩油菜。", date(2020, 4, 17))
    assert "100多万亩" in planted  # (no base said: what was planted, a quantity of its own)


def test_a_share_of_the_countrys_whole_and_a_scope_of_a_class_leave_the_subject_its_place(gaz):
    text = "四川是全国油菜生产和消费大省，菜籽油年消费总量占国内消费的20%左右。"
    assert _facts(gaz, text, date(2019, 7, 12))["20%左右"].region == "四川省"


def test_our_city_is_the_papers_whatever_the_sentence_before_named(gaz):
    text = (
        "国内统一刊号:CN51-0009 中共泸州市委机关报泸州日报社出版\n\n四川今年将建500万亩绿色订单基地\n\n"
        "本报讯 今年全省计划建设500万亩绿色订单基地。据市农业农村局负责人介绍，今年，我市油菜种植面积预计50万亩。"
    )
    facts = _facts(gaz, text, date(2019, 7, 20))
    assert facts["50万亩"].region == "泸州市"


def test_an_average_growth_from_a_base_year_is_over_the_years_since(gaz):
    text = "到2011年末，全市茶园面积98万亩，比2005年69.7万亩扩大28.3万亩，年均增长5.8%。"
    facts = _facts(gaz, text, date(2012, 2, 20))
    growth = next(c for t, c in facts.items() if t.endswith("5.8%"))
    assert (growth.period_start, growth.period_end) == ("2006-01-01", "2011-12-31")
    quarter = _facts(
        gaz,
        "一季度，规模以上工业增加值同比增长15.6%，比2019年一季度增长16.9%，两年平均增长8.1%。",
        date(2021, 4, 20),
    )
    average = next(c for t, c in quarter.items() if t.endswith("8.1%"))
    assert average.period_start != "2020-01-01"  # (a quarter's two-year average stays the quarter's)


def test_what_a_year_yields_in_an_events_article_is_the_years(gaz):
    text = (
        "成都市花木年销售近300亿元。\n9月6日-9月8日，第三届四川生态旅游博览会在温江区举行。"
        "目前，成都市花木种植面积达114万亩。"
    )
    facts = _facts(gaz, text, date(2019, 9, 5))
    yearly = facts["近300亿元"]
    assert (yearly.period_start, yearly.period_end) == ("2019-01-01", "2019-12-31")
    assert yearly.indicator is None or "您" not in yearly.indicator
