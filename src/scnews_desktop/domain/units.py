"""Unit registry: every unit belongs to a dimension and has an exact factor to that dimension's base.

Conversions between magnitudes of one dimension (万元 ↔ 亿元, 亩 ↔ 平方米) are exact: factors are
``Fraction`` and results are ``Decimal``; a conversion whose result has no finite decimal form
(亩 → 平方米) is rounded to 12 significant digits and says so through ``is_exact``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

from .decimals import plain as plain  # re-exported: plain() lived here
from .errors import ValidationError


@dataclass(frozen=True)
class Unit:
    symbol: str  # as written in Chinese text, e.g. 亿元
    dimension: str  # e.g. "money_cny"
    factor: Fraction  # multiples of the dimension's base unit
    label: str  # Chinese description of the dimension, for messages


_DIMENSIONS: dict[str, tuple[str, list[tuple[str, Fraction | int]]]] = {
    "money_cny": (
        "人民币金额",
        [
            ("元", 1),
            ("千元", 10**3),
            ("万元", 10**4),
            ("百万元", 10**6),
            ("千万元", 10**7),
            ("亿元", 10**8),
            ("万亿元", 10**12),
        ],
    ),
    "money_usd": ("美元金额", [("美元", 1), ("万美元", 10**4), ("亿美元", 10**8)]),
    "person": ("人数", [("人", 1), ("名", 1), ("万人", 10**4), ("人次", 1), ("万人次", 10**4)]),
    "household": ("户数", [("户", 1), ("万户", 10**4)]),
    "enterprise": ("家数", [("家", 1), ("万家", 10**4)]),
    "item": ("个数", [("个", 1), ("万个", 10**4)]),
    "project": ("项数", [("项", 1)]),
    "line": ("条数", [("条", 1)]),
    "kind": ("种数", [("种", 1), ("万种", 10**4)]),
    "times": ("次数", [("次", 1)]),
    "sheet": ("张数", [("张", 1), ("万张", 10**4)]),
    "area": (
        "面积",
        [
            ("平方米", 1),
            ("万平方米", 10**4),
            ("公顷", 10**4),
            ("亩", Fraction(2000, 3)),
            ("万亩", Fraction(2000, 3) * 10**4),
            ("平方公里", 10**6),
            ("平方千米", 10**6),
        ],
    ),
    "energy": ("电量", [("千瓦时", 1), ("度", 1), ("万千瓦时", 10**4), ("亿千瓦时", 10**8)]),
    "power": ("功率", [("千瓦", 1), ("万千瓦", 10**4)]),
    "mass": (
        "重量",
        [
            ("千克", Fraction(1, 1000)),
            ("公斤", Fraction(1, 1000)),
            ("吨", 1),
            ("万吨", 10**4),
            ("亿吨", 10**8),
        ],
    ),
    "percent": ("百分比", [("%", 1)]),
    "point": ("百分点", [("百分点", 1), ("个百分点", 1)]),
    "multiple": ("倍数", [("倍", 1)]),
    "duration": ("时长", [("个月", 1), ("月", 1), ("年", 12)]),
}

UNITS: dict[str, Unit] = {}
for _dim, (_label, _members) in _DIMENSIONS.items():
    for _symbol, _factor in _members:
        UNITS[_symbol] = Unit(_symbol, _dim, Fraction(_factor), _label)

#: Units in the order a parser should try them at the end of a text: longest first.
SYMBOLS_LONGEST_FIRST = sorted(UNITS, key=len, reverse=True)

#: Spelling variants folded to the registry's symbol.
ALIASES = {
    "億元": "亿元",
    "萬元": "万元",
    "萬人": "万人",
    "％": "%",
    "萬平方米": "万平方米",
    "平米": "平方米",
    "㎡": "平方米",
    "萬畝": "万亩",
    "畝": "亩",
    "噸": "吨",
    "萬噸": "万吨",
    "億美元": "亿美元",
    "千瓦時": "千瓦时",
    "億千瓦時": "亿千瓦时",
    "萬千瓦時": "万千瓦时",
    "個": "个",
    "個月": "个月",
    "項": "项",
    "條": "条",
    "倍数": "倍",
    "m2": "平方米",
    "m²": "平方米",
    "km2": "平方公里",
}


def get_unit(symbol: str) -> Unit:
    symbol = ALIASES.get(symbol, symbol)
    try:
        return UNITS[symbol]
    except KeyError:
        raise ValidationError("unit", f"不认识的单位“{symbol}”") from None


def is_unit(symbol: str) -> bool:
    return ALIASES.get(symbol, symbol) in UNITS


def compatible(a: str, b: str) -> bool:
    return get_unit(a).dimension == get_unit(b).dimension


def _fraction_to_decimal(value: Fraction) -> tuple[Decimal, bool]:
    """Exact when the denominator has only the prime factors 2 and 5."""
    den = value.denominator
    for p in (2, 5):
        while den % p == 0:
            den //= p
    with localcontext() as ctx:
        ctx.prec = 40
        result = Decimal(value.numerator) / Decimal(value.denominator)
    if den == 1:
        return result.normalize(), True
    with localcontext() as ctx:
        ctx.prec = 12
        return (+result).normalize(), False


def convert(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """Convert ``value`` between two magnitudes of one dimension; raises ValidationError otherwise."""
    src, dst = get_unit(from_unit), get_unit(to_unit)
    if src.dimension != dst.dimension:
        raise ValidationError(
            "unit", f"单位“{src.symbol}”（{src.label}）不能换算为“{dst.symbol}”（{dst.label}）"
        )
    result, _exact = _fraction_to_decimal(Fraction(value) * src.factor / dst.factor)
    return plain(result)
