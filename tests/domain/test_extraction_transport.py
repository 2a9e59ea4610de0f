"""Transport's seasons and sites: 春运 and 暑运 as periods (data/holidays.csv), a station's or an airport's
figures named by the site and the catalogue's measure, a daily average said after its total: sentences of
no gold text."""

from datetime import date

import pytest

from scnews_desktop.domain.extraction import extract
from scnews_desktop.domain.periods import parse_period


def _facts(gaz, text, day):
    return [c for c in extract(text, day, gaz) if c.kind == "observation"]


@pytest.mark.parametrize(
    ("written", "day", "first", "last"),
    [
        ("今年春运期间", date(2024, 3, 6), date(2024, 1, 26), date(2024, 3, 5)),
        ("2019年春运期间", None, date(2019, 1, 21), date(2019, 3, 1)),
        ("春运期间", date(2023, 2, 16), date(2023, 1, 7), date(2023, 2, 15)),
        ("2025年暑运期间", None, date(2025, 7, 1), date(2025, 8, 31)),
    ],
)
def test_the_transport_seasons_are_periods(written, day, first, last):
    period = parse_period(written, day)
    assert (period.start, period.end) == (first, last)


def test_a_season_is_no_holiday_a_day_off_is_in():
    # 假期前3天 in early March 2024 is the spring festival's days off, not the transport season's
    period = parse_period("假期前3天", date(2024, 2, 20))
    assert period.start == date(2024, 2, 10)


def test_a_stations_figures_over_the_spring_festival_transport(gaz):
    facts = _facts(
        gaz,
        "据统计,今年春运期间,成都车站累计发送旅客1400.4万人次,日均35.0万人次,同比2023年增长37.6%。"
        "其中,成都东站累计发送旅客903.2万人次。",
        date(2024, 3, 6),
    )
    assert [(c.text, c.indicator, c.yoy_pct) for c in facts] == [
        ("1400.4万人次", "成都车站旅客发送量", 37.6),  # (the daily average's growth: the same days)
        ("35.0万人次", "成都车站日均旅客发送量", 37.6),
        ("903.2万人次", "成都东站旅客发送量", None),
    ]
    assert {(c.period_start, c.period_end) for c in facts} == {("2024-01-26", "2024-03-05")}
    assert {c.region for c in facts} == {"成都市"}  # (成都 inside a station's name: still its city)


def test_an_airports_measure_as_written_after_its_name(gaz):
    facts = _facts(gaz, "2023年，双流国际机场旅客吞吐量3011.3万人次。", date(2024, 1, 10))
    assert [c.indicator for c in facts] == ["双流国际机场旅客吞吐量"]


def test_a_daily_average_of_a_total_without_a_site(gaz):
    facts = _facts(gaz, "国庆黄金周期间，全市接待游客120万人次，日均17.1万人次。", date(2024, 10, 8))
    assert [c.indicator for c in facts] == ["接待游客", "日均接待游客"]


def test_a_growth_after_two_totals_is_only_the_last_ones(gaz):
    facts = _facts(gaz, "全市接待游客120万人次，门票收入3.2亿元，同比增长5.1%。", date(2024, 10, 8))
    assert [c.yoy_pct for c in facts] == [None, 5.1]


def test_a_sites_daily_average_after_its_total(gaz):
    facts = _facts(gaz, "端午假期,双流机场站累计发送旅客3.7万人次,日均0.8万人次。", date(2025, 6, 4))
    assert [c.indicator for c in facts] == ["双流机场站旅客发送量", "双流机场站日均旅客发送量"]


def test_a_holidays_transport_runs_over_the_days_the_article_gave_it(gaz):
    facts = _facts(
        gaz,
        "5月30日至6月3日,成都车站累计发送旅客202.4万人次。\n端午假日运输期间,成都东站累计发送旅客128.2万人次。\n"
        "端午假期,成都西站发送旅客14.7万人次。",
        date(2025, 6, 4),
    )
    assert [(c.text, c.period_start, c.period_end) for c in facts] == [
        ("202.4万人次", "2025-05-30", "2025-06-03"),
        ("128.2万人次", "2025-05-30", "2025-06-03"),  # (the transport: the days given)
        ("14.7万人次", "2025-05-31", "2025-06-02"),  # (the holiday itself: its days off)
    ]


def test_highway_traffic_in_vehicle_trips_and_a_direction_is_no_place(gaz):
    facts = _facts(
        gaz,
        "清明期间,出川总车流累计36.1万辆次,同比下降1.6%。出入川车流主要均为重庆方向,分别占64.0%和65.5%。"
        "货运进川累计159.1万吨。",
        date(2024, 4, 7),
    )
    assert [(c.value, c.unit) for c in facts] == [(36.1, "万辆次"), (64.0, "%"), (65.5, "%"), (159.1, "万吨")]
    assert "重庆市" not in {c.region for c in facts}  # (重庆方向: where it goes)


def test_growths_against_the_years_before_the_pandemic_are_no_facts(gaz):
    facts = _facts(
        gaz,
        "五一假期,高速公路日均车流量416万辆次,较疫情前增长40%。铁路、民航客运量较疫情前分别增长31%、41%。",
        date(2023, 5, 4),
    )
    assert [(c.text, c.yoy_pct) for c in facts] == [("416万辆次", None)]


def test_a_share_between_a_level_and_its_growth_and_a_month_end_to_come(gaz):
    facts = _facts(
        gaz,
        "今年1-10月,泸州港共完成货物吞吐量2448.6万吨,占全省的三分之一,比去年同期增加13.73%,预计12月底突破32万吨。",
        date(2014, 11, 27),
    )
    assert [(c.text, c.yoy_pct) for c in facts][:2] == [("2448.6万吨", 13.73), ("三分之一", None)]
    assert facts[0].indicator == "泸州港货物吞吐量"  # (a port named by its city: its name's)
    assert (facts[-1].period_start, facts[-1].period_end)[1] == "2014-12-31"  # (预计: the one to come)
    # 预计 of a span just ended (a paper of 11 July estimating the half-year): that half-year, not the next
    just_ended = _facts(
        gaz, "预计上半年全省港口货物吞吐量达到6900万吨，比上年同期增长3.6%。", date(2016, 7, 11)
    )
    assert [(c.period_start, c.period_end) for c in just_ended] == [("2016-01-01", "2016-06-30")]
    ahead = _facts(gaz, "预计一季度全省港口货物吞吐量达到3000万吨。", date(2016, 2, 20))
    assert [(c.period_start, c.period_end) for c in ahead] == [("2016-01-01", "2016-03-31")]


def test_a_station_that_opens_its_sentence_is_whose_the_measure_is(gaz):
    facts = _facts(
        gaz,
        "今年春运期间,成都西站客流持续高位运行,春运40天夜间不打烊,累计发送旅客146.4万人次。"
        "全市累计发送旅客1400.4万人次。",
        date(2024, 3, 6),
    )
    assert [(c.indicator, c.name_source) for c in facts] == [
        ("成都西站旅客发送量", "coined"),  # (the site's: to check)
        ("旅客发送量", "catalogue"),
    ]


def test_a_province_that_opens_its_sentence_is_no_site(gaz):
    facts = _facts(gaz, "今年1-5月,四川省完成港口吞吐量3191万吨,同比增长1.84%。", date(2012, 6, 7))
    assert [c.indicator for c in facts] == ["港口货物吞吐量"]
