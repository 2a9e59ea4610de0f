from decimal import Decimal

import pytest

from scnews_desktop.domain import rulebook
from scnews_desktop.domain.errors import ValidationError
from scnews_desktop.domain.quantities import parse_quantity
from scnews_desktop.domain.units import UNITS, compatible, convert, get_unit, is_unit

REQUIRED = [
    "元",
    "万元",
    "亿元",
    "万亿元",
    "美元",
    "亿美元",
    "人",
    "万人",
    "户",
    "家",
    "个",
    "名",
    "项",
    "条",
    "平方米",
    "万平方米",
    "亩",
    "平方公里",
    "千瓦时",
    "亿千瓦时",
    "吨",
    "万吨",
    "%",
    "百分点",
    "倍",
    "个月",
    "年",
]


def test_registry_has_the_units_of_the_issue():
    assert set(REQUIRED) <= set(UNITS)


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        ("21859", "万元", "亿元", "2.1859"),
        ("1", "万亿元", "亿元", "10000"),
        ("3", "亿美元", "万美元", "30000"),
        ("1.4", "万人", "人", "14000"),
        ("15", "万平方米", "平方公里", "0.15"),
        ("3", "亩", "平方米", "2000"),
        ("10", "亿千瓦时", "千瓦时", "1000000000"),
        ("2", "年", "个月", "24"),
        ("900", "Gbps", "Mbps", "900000"),
        ("1073.8", "万辆次", "辆次", "10738000"),
        ("48077", "标准集装箱", "万标箱", "4.8077"),
        ("30", "Tbps", "Gbps", "30000"),
    ],
)
def test_exact_conversion(value, src, dst, expected):
    assert convert(Decimal(value), src, dst) == Decimal(expected)


def test_incompatible_units_are_a_chinese_error():
    assert not compatible("人", "亿元")
    with pytest.raises(ValidationError, match="不能换算"):
        convert(Decimal(12), "人", "亿元")


@pytest.mark.parametrize(
    ("written", "symbol"), [("戶", "户"), ("萬億元", "万亿元"), ("億千瓦時", "亿千瓦时"), ("個月", "个月")]
)
def test_a_unit_in_traditional_characters_is_the_registry_unit(written, symbol):
    assert is_unit(written) and get_unit(written).symbol == symbol
    checked = rulebook.indicator({"name": "改制企業", "unit": written})  # the indicator form and import
    assert checked.ok and checked.values["unit"] == symbol


def test_poultry_are_counted_in_yu_as_head():
    from scnews_desktop.domain.units import convert, get_unit

    assert get_unit("万羽").dimension == get_unit("万只").dimension == "head"
    assert float(convert(33.31, "万羽", "羽")) == 333100


def test_fish_are_counted_in_wei_and_a_dan_is_fifty_kilograms():
    """生产鱼苗140亿尾 (fry counted by the tail, as head), 产茧11.6万担 (the market 担 of old reports: 50 kg)."""
    from datetime import date

    from scnews_desktop.domain.extraction import extract
    from scnews_desktop.domain.units import convert, get_unit

    assert get_unit("亿尾").dimension == get_unit("万头").dimension == "head"
    assert float(convert(11.6, "万担", "吨")) == 5800
    found = [c for c in extract("今年全县放流鱼苗1200万尾，产茧3.2万擔。", date(2012, 10, 15)) if c.value]
    assert [(c.value, c.unit) for c in found] == [(1200, "万尾"), (3.2, "万担")]


def test_a_du_of_electricity_is_a_kilowatt_hour():
    """用电量10.2亿度: 度 with a magnitude is electricity (亿千瓦时); the extractor reads it as a level."""
    from datetime import date

    from scnews_desktop.domain.extraction import extract

    assert get_unit("亿度").symbol == "亿千瓦时" and get_unit("萬度").symbol == "万千瓦时"
    (c,) = [c for c in extract("1—6月，全市工业用电量12.5亿度，增长3.1%。", date(2024, 7, 10)) if c.value]
    assert (c.value, c.unit, c.indicator) == (12.5, "亿千瓦时", "工业用电量")


@pytest.mark.parametrize(
    "written, unit, base",
    [
        ("3.95亿辆", "亿辆", "395000000"),
        ("1792.75万公顷", "万公顷", "17927500"),
        ("2.3亿根", "亿根", "230000000"),
    ],
)
def test_any_count_or_measure_takes_wan_and_yi(written, unit, base):
    q = parse_quantity(written)
    assert q.unit == unit
    assert convert(q.value, unit, unit.lstrip("万亿")) == Decimal(base)


def test_rates_and_durations_take_no_magnitude():
    assert "万%" not in UNITS and "亿倍" not in UNITS and "万个月" not in UNITS
