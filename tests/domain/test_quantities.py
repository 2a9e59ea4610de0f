from decimal import Decimal

import pytest

from scnews_desktop.domain.errors import ValidationError
from scnews_desktop.domain.quantities import parse_growth, parse_quantity, parse_rank

# Every row of the design's quantity table: text → (value, unit, qualifier)
DESIGN_ROWS = [
    ("8081.9亿元", "8081.9", "亿元", "exact"),
    ("21859万元", "21859", "万元", "exact"),
    ("6千余户", "6000", "户", "over"),
    ("近7千人", "7000", "人", "under"),
    ("逾60亿元", "60", "亿元", "over"),
    ("逾400亿元", "400", "亿元", "over"),
    ("1.4万余人", "14000", "人", "over"),
    ("4000余万元", "4000", "万元", "over"),
    ("15万平方米", "15", "万平方米", "exact"),
    ("18个月", "18", "个月", "exact"),
    ("10亿千瓦时", "10", "亿千瓦时", "exact"),
    ("一千二百万元", "1200", "万元", "exact"),
    ("百分之一点五七", "1.57", "%", "exact"),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), DESIGN_ROWS)
def test_design_table(text, value, unit, qualifier):
    q = parse_quantity(text)
    assert (q.value, q.unit, q.qualifier, q.text) == (Decimal(value), unit, qualifier, text)


def test_conversions_are_exact():
    assert parse_quantity("21859万元").to("亿元") == Decimal("2.1859")
    assert parse_quantity("15万平方米").to("平方米") == Decimal("150000")
    assert parse_quantity("16.4亿元").to("元") == Decimal("1640000000")
    assert parse_quantity("4000余万元").to("亿元") == Decimal("0.4")


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("约30亿元", "30", "亿元", "approx"),
        ("30亿元左右", "30", "亿元", "approx"),
        ("过千元", "1000", "元", "over"),
        ("几十亩", "10", "亩", "vague"),
        ("１５亿元", "15", "亿元", "exact"),  # full-width digits
        ("1,200亿元", "1200", "亿元", "exact"),
        ("15億元", "15", "亿元", "exact"),  # traditional characters
        ("十五亿元", "15", "亿元", "exact"),
        ("45名", "45", "名", "exact"),
        ("五大", "5", None, "exact"),
        ("100万", "1000000", None, "exact"),
    ],
)
def test_more_forms(text, value, unit, qualifier):
    q = parse_quantity(text)
    assert (q.value, q.unit, q.qualifier) == (Decimal(value), unit, qualifier)


@pytest.mark.parametrize("text", ["", "   ", "abc", "亿元", "12亿xyz", "逾", "1.2.3亿元", "x" * 500])
def test_unparseable_raises_validation_error_in_chinese(text):
    with pytest.raises(ValidationError) as info:
        parse_quantity(text)
    assert info.value.field == "value"
    assert any("\u4e00" <= c <= "\u9fff" for c in info.value.message)


@pytest.mark.parametrize(
    ("text", "pct", "multiple"),
    [
        ("增长19%", "19", None),
        ("同比增长19.2%", "19.2", None),
        ("下降0.7%", "-0.7", None),
        ("增长了35.03倍", "3503", "35.03"),
        ("较2015年底增长了35.03倍", "3503", "35.03"),
        ("同比减产3.22%", "-3.22", None),  # (a harvest's or a catch's growth: 增产, 减产)
        ("增产2.1%", "2.1", None),
    ],
)
def test_growth(text, pct, multiple):
    g = parse_growth(text)
    assert g.pct == Decimal(pct)
    assert g.multiple == (Decimal(multiple) if multiple else None)


def test_growth_base_and_points():
    assert parse_growth("较2015年底增长了35.03倍").base == "2015年底"
    g = parse_growth("提高1.5个百分点")
    assert g.points == Decimal("1.5") and g.pct is None


def test_rank():
    r = parse_rank("位列全国第8位")
    assert (r.rank, r.scope) == (8, "全国")
    assert parse_rank("全省第二").rank == 2
    assert (parse_rank("排列中国第七").rank, parse_rank("排列中国第七").scope) == (7, "中国")
    with pytest.raises(ValidationError):
        parse_rank("很靠前")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("1万-5万元", "1", "5", "万元"),
        ("3—5亿元", "3", "5", "亿元"),
        ("10至20个", "10", "20", "个"),
        ("1千-2万元", "0.1", "2", "万元"),
    ],
)
def test_ranges_keep_both_bounds(text, low, high, unit):
    q = parse_quantity(text)
    assert (q.value, q.upper, q.unit, q.qualifier) == (Decimal(low), Decimal(high), unit, "vague")
    assert "–" in q.display()


@pytest.mark.parametrize("text", ["5-3亿元", "3-5", "1万-5万"])
def test_backwards_or_unitless_ranges_are_refused(text):
    with pytest.raises(ValidationError):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("約30億元", "30", "亿元", "approx"),
        ("1萬餘戶", "10000", "户", "over"),
        ("超過5萬噸", "5", "万吨", "over"),
    ],
)
def test_traditional_quantity_words(text, value, unit, qualifier):
    """A figure proposed from a traditional-character article parses in the form as it was written."""
    q = parse_quantity(text)
    assert (q.value, q.unit, q.qualifier, q.text) == (Decimal(value), unit, qualifier, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一万万", 10**8),
        ("两万万", 2 * 10**8),
        ("一亿", 10**8),
        ("三万五千", 35_000),
        ("一千二百万", 12_000_000),
    ],
)
def test_a_big_unit_of_a_big_unit_multiplies(text, value):
    from scnews_desktop.domain.numerals import parse_number

    assert parse_number(text) == value


def test_a_concentration_typed_with_its_per_unit_first_is_the_registrys():
    """每立方米24.9微克 as an article says it, typed into a form or a spreadsheet: 24.9 微克/立方米 (one rule with
    the capture review); a per-unit the registry lacks is a clear error."""
    from scnews_desktop.domain.errors import ValidationError
    from scnews_desktop.domain.quantities import parse_quantity

    q = parse_quantity("每立方米24.9微克")
    assert (str(q.value), q.unit) == ("24.9", "微克/立方米")
    price = parse_quantity("每公斤16.73元")  # a price by weight, as the price statistics give it
    assert (str(price.value), price.unit) == ("16.73", "元/公斤")
    assert parse_quantity("5元/斤").unit == "元/斤"
    # a share in tenths or as a fraction in words, typed as articles say it (the capture review's rows too)
    assert (str(parse_quantity("近七成").value), parse_quantity("近七成").qualifier) == ("70", "under")
    assert (str(parse_quantity("三分之一").value), parse_quantity("八成以上").qualifier) == ("33.3", "over")
    with pytest.raises(ValidationError, match="元/亩"):
        parse_quantity("每亩1200元")


def test_a_growth_said_with_wei_is_a_growth_and_a_fall_to_is_not():
    """同比增长为24.3% in a form is +24.3 % as the capture review reads it; 下降为3.2% (fell to) is refused."""
    from scnews_desktop.domain.errors import ValidationError
    from scnews_desktop.domain.quantities import parse_growth

    assert float(parse_growth("同比增长为24.3%").pct) == 24.3
    with pytest.raises(ValidationError):
        parse_growth("下降为3.2%")


def test_a_bound_said_with_its_aspect_is_still_a_bound():
    """突破了300万箱, 超过了5亿元: the verb's 了 leaves the bound (the form, the importer and the extractor)."""
    assert parse_quantity("突破了300万箱").qualifier == "over"
    assert parse_quantity("首次突破了420亿元").qualifier == "over"
    assert parse_quantity("超过了5亿元").qualifier == "over"
    assert parse_quantity("达到了5亿元").qualifier == "exact"


def test_any_fraction_in_words_is_a_share():
    """十分之一, 五分之二 — not only thirds and quarters: the form, the importer and the extractor read them alike."""
    assert parse_quantity("十分之一").value == Decimal("10")
    assert parse_quantity("五分之二").value == Decimal("40")
    assert parse_quantity("三分之二").value == Decimal("66.7")
    assert parse_quantity("近三分之一").qualifier == "under"
