from datetime import date

import pytest

from scnews_desktop.domain.errors import ValidationError
from scnews_desktop.domain.periods import PERIOD_IN_TEXT, parse_period

REF = date(2021, 1, 21)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "relative"),
    [
        ("2020年", "year", "2020-01-01", "2020-12-31", False),
        ("2020年12月", "month", "2020-12-01", "2020-12-31", False),
        ("2016—2020年", "range", "2016-01-01", "2020-12-31", False),
        ("“十三五”期间", "range", "2016-01-01", "2020-12-31", False),
        ("截至2020年底", "asof", "2020-12-31", "2020-12-31", False),
        ("截至2020年9月", "asof", "2020-09-30", "2020-09-30", False),  # (up to the month: at its end)
        ("截至11月", "asof", "2020-11-30", "2020-11-30", True),
        ("截至2020年6月17日", "asof", "2020-06-17", "2020-06-17", False),  # (a day: as at it)
        ("截至1月10日", "asof", "2021-01-10", "2021-01-10", True),
        ("截至2020年上半年", "asof", "2020-06-30", "2020-06-30", False),  # (a span as a cut-off: at its end)
        ("截止到前三季度", "asof", "2020-09-30", "2020-09-30", True),
        ("截至12月20日", "asof", "2020-12-20", "2020-12-20", True),  # (in a paper of January: last year's)
        ("1-11月", "ytd", "2020-01-01", "2020-11-30", True),  # (in a paper of January: the months just gone)
        ("2020年1-11月", "ytd", "2020-01-01", "2020-11-30", False),
        ("前三季度", "ytd", "2020-01-01", "2020-09-30", True),
        ("一季度", "quarter", "2021-01-01", "2021-03-31", True),
        ("2020年第四季度", "quarter", "2020-10-01", "2020-12-31", False),
        ("1月20日", "date", "2021-01-20", "2021-01-20", True),
        ("今年", "year", "2021-01-01", "2021-12-31", True),
        ("去年", "year", "2020-01-01", "2020-12-31", True),
        ("上月", "month", "2020-12-01", "2020-12-31", True),
        ("2015年以来", "range", "2015-01-01", "2021-01-21", True),
        ("过去五年", "range", "2016-01-01", "2020-12-31", True),
        ("2016年至2020年", "range", "2016-01-01", "2020-12-31", False),
        ("二〇二〇年", "year", "2020-01-01", "2020-12-31", False),
        ("前11月", "ytd", "2020-01-01", "2020-11-30", True),
        ("今年前8个月", "ytd", "2021-01-01", "2021-08-31", True),
        ("1—11月份", "ytd", "2020-01-01", "2020-11-30", True),
        ("去年全年", "year", "2020-01-01", "2020-12-31", True),
        ("2020年全年", "year", "2020-01-01", "2020-12-31", False),
        ("过去的一年", "year", "2020-01-01", "2020-12-31", True),
        ("1月5日以来", "range", "2021-01-05", "2021-01-21", True),
        ("2020年7月15日开展以来", "range", "2020-07-15", "2021-01-21", True),
    ],
)
def test_periods(text, kind, start, end, relative):
    p = parse_period(text, REF)
    assert (p.kind, p.start.isoformat(), p.end.isoformat(), p.relative, p.label) == (
        kind,
        start,
        end,
        relative,
        text,
    )


@pytest.mark.parametrize("text", ["2020年13月", "abc", "2月30日", "2020-2016年", "", "3020年"])
def test_bad_periods(text):
    with pytest.raises(ValidationError):
        parse_period(text, REF)


def test_relative_words_need_a_reference_date():
    with pytest.raises(ValidationError, match="发表日期"):
        parse_period("今年")


def test_a_month_end_without_a_year_is_the_latest_before_publication():
    from datetime import date

    from scnews_desktop.domain.periods import parse_period

    assert parse_period("截至3月底", date(2024, 4, 12)).end == date(2024, 3, 31)
    assert parse_period("11月末", date(2024, 4, 12)).end == date(2023, 11, 30)
    with pytest.raises(ValidationError):
        parse_period("截至3月底", None)


@pytest.mark.parametrize(
    "kind,start,end,text",
    [
        ("year", "2023-01-01", "2023-12-31", "2023年"),
        ("quarter", "2023-04-01", "2023-06-30", "2023年二季度"),
        ("month", "2023-07-01", "2023-07-31", "2023年7月"),
        ("ytd", "2020-01-01", "2020-09-30", "2020年1—9月"),
        ("asof", "2023-07-31", "2023-07-31", "2023年7月末"),
        ("asof", "2024-02-29", "2024-02-29", "2024年2月末"),
        ("asof", "2023-12-31", "2023-12-31", "2023年末"),
        ("date", "2024-04-10", "2024-04-10", "2024年4月10日"),
        ("range", "2021-01-01", "2025-12-31", "2021—2025年"),
        ("ytd", "2024-01-01", "2024-04-12", "2024年1月1日—4月12日"),
    ],
)
def test_a_stored_period_is_shown_with_its_year_and_reads_back_to_the_same_days(kind, start, end, text):
    from scnews_desktop.qtmodels.formatting import format_period

    assert format_period(kind, start, end) == text
    back = parse_period(text, None)
    assert (back.start.isoformat(), back.end.isoformat()) == (start, end)


def test_the_first_character_filter_of_periods_in_text_changes_no_match():
    """PERIOD_IN_TEXT skips every place a period cannot begin (PERIOD_STARTS): over real pages and every
    form of the grammar, it finds what the grammar alone finds."""
    import re
    from pathlib import Path

    from scnews_desktop.domain.periods import PERIOD_GRAMMAR, PERIOD_IN_TEXT

    grammar = re.compile(PERIOD_GRAMMAR)
    root = Path(__file__).resolve().parents[2]
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((root / "bench" / "gold").glob("*.txt")))
    text += (
        "第一季度 二季度 “十四五”时期 十三五期间 两年来 近三年 这五年 以来的五年 过去的一年 如今 目前 当前 年底 全年 "
        "本月 上月 截至今年6月末 截止2020年底 明年6月底 前年3月 上年全年 2021年及2022年 2016—2020年 今年1-5月 "
        "前三季度 上半年 3月10日—15日 2019年以来 今年初以来 年初至今 5月份 6月末 春节假期 2020年国庆中秋假日期间 "
        "劳动节假期 今年1~2月 10月份，"
    )
    assert [m.span() for m in grammar.finditer(text)] == [m.span() for m in PERIOD_IN_TEXT.finditer(text)]
    assert len(list(PERIOD_IN_TEXT.finditer(text))) > 50


@pytest.mark.parametrize(
    "text, published, start, end",
    [
        ("国庆黄金周", date(2015, 10, 8), "2015-10-01", "2015-10-07"),
        ("国庆期间", date(2022, 10, 9), "2022-10-01", "2022-10-07"),
        ("“五一”假期", date(2018, 5, 6), "2018-04-29", "2018-05-01"),  # (the State Council's notice)
        ("“五一”假期", date(2019, 5, 6), "2019-05-01", "2019-05-04"),  # (2019: four days)
        ("五一小长假", date(2024, 5, 6), "2024-05-01", "2024-05-05"),
        ("国庆假期", date(2024, 3, 1), "2023-09-29", "2023-10-06"),  # (this year's has not come; 2023's
        # 国庆 ran with 中秋)
        ("2015年国庆黄金周", date(2016, 1, 5), "2015-10-01", "2015-10-07"),
        ("2020年国庆中秋假日期间", date(2020, 10, 20), "2020-10-01", "2020-10-08"),
        ("中秋国庆假期", date(2025, 10, 9), "2025-10-01", "2025-10-08"),
        ("春节假期", date(2023, 1, 28), "2023-01-21", "2023-01-27"),
        ("春节期间", date(2023, 1, 10), "2022-01-31", "2022-02-06"),  # (2023's has not come)
        ("2024年春节假期", date(2024, 3, 1), "2024-02-10", "2024-02-17"),
        ("“十一”黄金周", date(2016, 10, 9), "2016-10-01", "2016-10-07"),
    ],
)
def test_a_holiday_names_its_statutory_days(text, published, start, end):
    p = parse_period(text, published)
    assert (p.kind, p.start.isoformat(), p.end.isoformat()) == ("range", start, end)
    assert [m.group() for m in PERIOD_IN_TEXT.finditer(f"{text}，全省接待游客")] == [text]


@pytest.mark.parametrize(
    "text, published, kind, start, end",
    [
        ("2018年“中秋”小长假", date(2018, 9, 25), "range", "2018-09-22", "2018-09-24"),
        ("中秋节假期", date(2021, 9, 22), "range", "2021-09-19", "2021-09-21"),
        ("2018年“中秋”小长假的第一天", date(2018, 9, 22), "date", "2018-09-22", "2018-09-22"),
        ("国庆假期第三天", date(2024, 10, 4), "date", "2024-10-03", "2024-10-03"),
        ("中秋国庆假期前5日", date(2025, 10, 6), "range", "2025-10-01", "2025-10-05"),
        # 假期 alone: the holiday the paper is in, or has just had
        ("假期前三天", date(2024, 5, 4), "range", "2024-05-01", "2024-05-03"),
        ("假期第二天", date(2024, 10, 9), "date", "2024-10-02", "2024-10-02"),
        ("今天", date(2024, 7, 3), "date", "2024-07-03", "2024-07-03"),
    ],
)
def test_days_of_a_holiday_and_today(text, published, kind, start, end):
    p = parse_period(text, published)
    assert (p.kind, p.start.isoformat(), p.end.isoformat()) == (kind, start, end)
    assert PERIOD_IN_TEXT.fullmatch(text) is not None  # (one grammar: the text finds what the form reads)


def test_holiday_alone_far_from_any_holiday_is_refused_in_words():
    with pytest.raises(ValidationError, match="没有节假日"):
        parse_period("假期前6日", date(2024, 3, 12))


@pytest.mark.parametrize(
    "text, kind, start, end",
    [
        ("2016-12", "month", "2016-12-01", "2016-12-31"),
        ("2016/12", "month", "2016-12-01", "2016-12-31"),
        ("2016-Q1", "quarter", "2016-01-01", "2016-03-31"),
        ("2016Q4", "quarter", "2016-10-01", "2016-12-31"),
        ("2018-01~11", "ytd", "2018-01-01", "2018-11-30"),  # (January to November, not 11 January)
        ("2018/3～5", "range", "2018-03-01", "2018-05-31"),
        ("2018-01-11", "date", "2018-01-11", "2018-01-11"),  # (a day stays a day)
    ],
)
def test_the_period_forms_people_type_in_sheets(text, kind, start, end):
    p = parse_period(text)
    assert (p.kind, p.start.isoformat(), p.end.isoformat()) == (kind, start, end)


@pytest.mark.parametrize("text", ["2018-05~03", "2016-13", "2016-Q5"])
def test_sheet_periods_that_are_no_periods_are_refused(text):
    with pytest.raises(ValidationError):
        parse_period(text)


def test_holidays_are_data_and_a_spring_festival_not_listed_is_refused_in_words():
    """春节 moves with the lunar calendar: a year the table (data/holidays.csv) lacks is refused with a
    message, not guessed; 国庆 and 五一 fall back to their usual days."""
    from scnews_desktop.domain.periods import holiday_days

    with pytest.raises(ValidationError) as caught:
        parse_period("2040年春节假期", date(2040, 3, 1))
    assert "节假日表" in str(caught.value)
    assert holiday_days("国庆", 2040) == (date(2040, 10, 1), date(2040, 10, 7))
    assert holiday_days("五一", 2040) == (date(2040, 5, 1), date(2040, 5, 5))
    assert holiday_days("国庆", 2008) == (date(2008, 9, 29), date(2008, 10, 5))


@pytest.mark.parametrize(
    "text, published, start, end",
    [
        ("今年1~2月", date(2023, 3, 23), "2023-01-01", "2023-02-28"),  # (the form read it; text did not)
        ("1～2月", date(2023, 3, 23), "2023-01-01", "2023-02-28"),
        ("10月份", date(2021, 11, 15), "2021-10-01", "2021-10-31"),
        ("明年", date(2022, 9, 27), "2023-01-01", "2023-12-31"),
    ],
)
def test_the_text_finds_what_the_form_reads(text, published, start, end):
    """One grammar: what a form field reads (parse_period) is what the extractor finds in a sentence —
    the ~ of a month range, 份 after a month (not left to be read as part of a name), 明年."""
    found = [m.group() for m in PERIOD_IN_TEXT.finditer(f"{text}，全省社会消费品零售总额")]
    assert found == [text.replace("～", "～")]
    p = parse_period(found[0], published)
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("12月28日", date(2019, 1, 5), date(2018, 12, 28)),  # the December just gone
        ("10月16日", date(2019, 1, 23), date(2018, 10, 16)),
        ("2月3日", date(2019, 1, 23), date(2019, 2, 3)),  # a day to come, announced
        ("7月1日", date(2019, 1, 23), date(2019, 7, 1)),  # six months ahead: still this year's
        ("2019年12月28日", date(2019, 1, 5), date(2019, 12, 28)),  # its year written: as written
    ],
)
def test_a_day_without_its_year_is_the_nearest_such_day_a_paper_would_tell_of(text, published, start):
    period = parse_period(text, reference=published)
    assert (period.kind, period.start, period.end) == ("date", start, start)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "前三季度",
            date(2024, 2, 20),
            "2023-01-01",
            "2023-09-30",
        ),  # (its figures cannot be out in February)
        ("1-11月", date(2024, 1, 10), "2023-01-01", "2023-11-30"),
        ("上半年", date(2024, 1, 10), "2023-01-01", "2023-06-30"),
        ("上半年", date(2024, 3, 10), "2024-01-01", "2024-06-30"),  # (a plan for the half year to come)
        ("前三季度", date(2024, 10, 20), "2024-01-01", "2024-09-30"),
        ("今年前三季度", date(2024, 2, 20), "2024-01-01", "2024-09-30"),  # (the year said: as written)
    ],
)
def test_a_part_of_the_year_without_its_year_that_has_not_ended_is_last_years(text, published, start, end):
    period = parse_period(text, reference=published)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


def test_months_written_with_a_horizontal_bar_as_the_dash():
    period = parse_period("2023年1―4月")
    assert (period.start.isoformat(), period.end.isoformat()) == ("2023-01-01", "2023-04-30")


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("清明假日期间", date(2021, 4, 6), "2021-04-03", "2021-04-05"),
        ("2021年清明节假期", None, "2021-04-03", "2021-04-05"),
        ("端午假期", date(2023, 6, 25), "2023-06-22", "2023-06-24"),
        (
            "元旦假期",
            date(2023, 1, 3),
            "2022-12-31",
            "2023-01-02",
        ),  # (the new year's: it begins the year before)
        ("国庆适逢中秋", date(2017, 10, 10), "2017-10-01", "2017-10-08"),  # (the joint days)
    ],
)
def test_qingming_duanwu_new_year_and_a_national_day_that_met_mid_autumn_are_holidays(
    text, published, start, end
):
    period = parse_period(text, reference=published)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("written", "moment"),
    [("第七次全国人口普查", date(2020, 11, 1)), ("2010年第六次全国人口普查", date(2010, 11, 1))],
)
def test_a_census_is_its_standard_moment(written, moment):
    """A census's figures are of its standard moment (0:00 on 1 November), whatever day they were published."""
    period = parse_period(written, date(2021, 5, 27))
    assert (period.kind, period.start, period.end) == ("asof", moment, moment)


def test_a_five_year_plan_s_good_start_or_close_is_its_first_or_last_year():
    """实现“十四五”良好开局 (a release of 2021): the plan's first year, not its five years; 十三五圆满收官: its last."""
    start = parse_period("“十四五”良好开局", date(2022, 3, 1))
    assert (start.kind, start.start, start.end) == ("year", date(2021, 1, 1), date(2021, 12, 31))
    close = parse_period("十三五圆满收官", date(2021, 2, 1))
    assert (close.start, close.end) == (date(2020, 1, 1), date(2020, 12, 31))
    span = parse_period("“十四五”期间", date(2022, 3, 1))
    assert (span.start, span.end) == (date(2021, 1, 1), date(2025, 12, 31))
    end = parse_period("“十二五”末", date(2012, 10, 15))  # (到“十二五”末，全县产茧15万担: its last year)
    assert (end.kind, end.start, end.end) == ("year", date(2015, 1, 1), date(2015, 12, 31))
    assert parse_period("十三五期末", date(2018, 1, 1)).end == date(2020, 12, 31)


def test_a_paragraph_that_looked_back_then_says_now_has_periods_from_there():
    from scnews_desktop.domain.extraction import extract
    from scnews_desktop.domain.regions import standalone_gazetteer
    from scnews_desktop.storage.default_data import default_zones

    gaz_for_periods = standalone_gazetteer(default_zones())
    text = (
        "今年上半年全市林业总产值30.5亿元。\n"
        "竹产业的发展得益于全市近年加大的投入。目前，全市现有竹加工企业120余家。全市现有竹浆企业3家。"
    )
    got = {c.text: (c.period_start, c.period_end) for c in extract(text, date(2024, 9, 10), gaz_for_periods)}
    assert got["120余家"] == ("2024-09-10", "2024-09-10")
    assert got["3家"] == ("2024-09-10", "2024-09-10")


@pytest.mark.parametrize(
    ("written", "day", "last"),
    [
        ("截至11月下旬", date(2020, 12, 3), date(2020, 11, 30)),
        ("截至2020年6月上旬", None, date(2020, 6, 10)),
        ("截止2月中旬", date(2024, 3, 1), date(2024, 2, 20)),
        ("截至11月下旬", date(2021, 3, 1), date(2020, 11, 30)),  # (not yet come this year: the last one)
    ],
)
def test_a_third_of_a_month_is_as_at_its_last_day(written, day, last):
    period = parse_period(written, day)
    assert (period.kind, period.start, period.end) == ("asof", last, last)
    assert next(PERIOD_IN_TEXT.finditer(f"{written},全市完成投资64.9亿元")).group() == written


@pytest.mark.parametrize(
    ("written", "day", "first", "last"),
    [
        ("2020年9月下旬", None, date(2020, 9, 21), date(2020, 9, 30)),
        ("2024年2月下旬", None, date(2024, 2, 21), date(2024, 2, 29)),
        ("11月上旬", date(2023, 11, 20), date(2023, 11, 1), date(2023, 11, 10)),
        ("12月中旬", date(2024, 1, 5), date(2023, 12, 11), date(2023, 12, 20)),  # (last year's: not yet come)
    ],
)
def test_a_third_of_a_month_is_its_ten_days(written, day, first, last):
    period = parse_period(written, day)
    assert (period.kind, period.start, period.end) == ("range", first, last)
    assert next(PERIOD_IN_TEXT.finditer(f"{written},重点钢企生产粗钢2100万吨")).group() == written


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("4月3日至5日", date(2021, 4, 3), date(2021, 4, 5)),
        ("4月3日0时至5日24时", date(2021, 4, 3), date(2021, 4, 5)),
        ("2021年4月3日至4月5日", date(2021, 4, 3), date(2021, 4, 5)),
    ],
)
def test_a_span_of_days_written_with_至_and_its_hours(written, first, last):
    """The form and the importer read what the extractor finds (one grammar): 至 between days, and the hours
    a transport report writes (0时至24时) are whole days."""
    period = parse_period(written, date(2021, 4, 6))
    assert (period.kind, period.start, period.end) == ("range", first, last)
    assert next(PERIOD_IN_TEXT.finditer(f"据统计,{written},全省")).group() == written


def test_the_last_years_written_with_a_digit_are_found_in_text():
    assert [m.group() for m in PERIOD_IN_TEXT.finditer("最近5年,四川已扶持51.9万名")] == ["近5年"]
    assert [m.group() for m in PERIOD_IN_TEXT.finditer("近3年来,全市新增")] == ["近3年"]
    period = parse_period("近5年", date(2017, 9, 5))
    assert (period.start, period.end) == (date(2012, 1, 1), date(2016, 12, 31))
