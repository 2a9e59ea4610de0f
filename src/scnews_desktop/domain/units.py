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
from .script import to_simplified


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
    "money_eur": ("欧元金额", [("欧元", 1), ("万欧元", 10**4), ("亿欧元", 10**8)]),
    "money_hkd": ("港元金额", [("港元", 1), ("万港元", 10**4), ("亿港元", 10**8)]),
    "person": (
        "人数",
        [("人", 1), ("名", 1), ("万人", 10**4), ("人次", 1), ("万人次", 10**4), ("亿人次", 10**8)],
    ),
    "household": ("户数", [("户", 1), ("万户", 10**4)]),
    "enterprise": ("家数", [("家", 1), ("万家", 10**4)]),
    "item": ("个数", [("个", 1), ("万个", 10**4), ("亿个", 10**8)]),
    "chip": ("块数", [("块", 1), ("万块", 10**4), ("亿块", 10**8)]),  # 集成电路
    "liquid": ("容量", [("升", 1), ("千升", 1000), ("万千升", 10**7)]),  # 啤酒, 白酒
    "project": ("项数", [("项", 1), ("万项", 10**4)]),
    "line": ("条数", [("条", 1), ("万条", 10**4)]),
    "kind": ("种数", [("种", 1), ("万种", 10**4)]),
    "times": ("次数", [("次", 1), ("万次", 10**4)]),
    "sheet": ("张数", [("张", 1), ("万张", 10**4)]),
    "piece": ("件数", [("件", 1), ("万件", 10**4), ("亿件", 10**8)]),
    "copy": ("份数", [("份", 1), ("万份", 10**4)]),
    "train": ("列数", [("列", 1), ("万列", 10**4)]),
    "ship": ("艘数", [("艘", 1)]),
    "parcel": ("宗数", [("宗", 1)]),
    "transaction": ("笔数", [("笔", 1), ("万笔", 10**4)]),
    "model": ("款数", [("款", 1)]),
    "panel": ("片数", [("片", 1), ("万片", 10**4), ("亿片", 10**8)]),
    "well": ("口数", [("口", 1)]),
    "site": ("处数", [("处", 1)]),
    "session": ("场次", [("场", 1), ("场次", 1)]),
    "flight": ("架次", [("架次", 1), ("万架次", 10**4)]),
    "teu": (
        "集装箱",
        [
            ("标箱", 1),
            ("万标箱", 10**4),
            ("标准箱", 1),
            ("万标准箱", 10**4),
            ("标准集装箱", 1),
            ("万标准集装箱", 10**4),
            ("TEU", 1),
            ("万TEU", 10**4),
        ],
    ),
    "vehicle": ("辆数", [("辆", 1), ("万辆", 10**4)]),
    "vehicle_trip": (
        "车次",
        [("辆次", 1), ("万辆次", 10**4), ("车次", 1), ("万车次", 10**4)],
    ),  # (高速公路车流量)
    "machine": ("台数", [("台", 1), ("万台", 10**4)]),
    "set": ("套数", [("套", 1), ("万套", 10**4)]),
    "building": ("座数", [("座", 1)]),
    "block": ("栋数", [("栋", 1), ("幢", 1)]),  # (116幢房屋, 安置房30栋: buildings of an estate)
    "unit_machine": ("部数", [("部", 1), ("万部", 10**4)]),  # (加装电梯104部, 手机3000万部, 影片12部)
    "institution": ("所数", [("所", 1)]),
    "bed": ("床位", [("张床位", 1), ("床", 1)]),
    "head": (
        "头数",
        [
            ("头", 1),
            ("万头", 10**4),
            ("只", 1),
            ("万只", 10**4),
            ("亿只", 10**8),
            ("羽", 1),
            ("万羽", 10**4),
            ("尾", 1),  # (fish and fry: 生产鱼苗140亿尾, 年销售观赏鱼2000万尾)
            ("万尾", 10**4),
            ("亿尾", 10**8),
        ],
    ),
    "plant": ("株数", [("株", 1), ("万株", 10**4)]),
    "stem": ("根数", [("根", 1)]),  # (大径竹2.3亿根: bamboo and timber counted by the stem)
    "hour": ("小时", [("小时", 1), ("万小时", 10**4)]),
    # 货物周转量 and 旅客周转量 (305亿吨公里): the transport yearbook's units
    "freight_turnover": ("货物周转量", [("吨公里", 1), ("万吨公里", 10**4), ("亿吨公里", 10**8)]),
    "passenger_turnover": ("旅客周转量", [("人公里", 1), ("万人公里", 10**4), ("亿人公里", 10**8)]),
    "length": ("长度", [("米", 1), ("公里", 1000), ("千米", 1000), ("万公里", 10**7)]),
    "volume": ("体积", [("立方米", 1), ("万立方米", 10**4), ("亿立方米", 10**8), ("万亿立方米", 10**12)]),
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
    "energy": (
        "电量",
        [
            ("千瓦时", 1),
            ("度", 1),
            ("万千瓦时", 10**4),
            ("亿千瓦时", 10**8),
            ("兆瓦时", 10**3),
            ("吉瓦时", 10**6),
        ],
    ),
    "power": ("功率", [("千瓦", 1), ("万千瓦", 10**4), ("兆瓦", 10**3), ("吉瓦", 10**6)]),
    "mass": (
        "重量",
        [
            ("千克", Fraction(1, 1000)),
            ("公斤", Fraction(1, 1000)),
            ("吨", 1),
            ("万吨", 10**4),
            ("亿吨", 10**8),
            ("斤", Fraction(1, 2000)),
            ("万斤", 5),
            ("亿斤", 50000),
            ("担", Fraction(1, 20)),  # (市担, 50 公斤: cocoons and grain of old reports, 产茧11.6万担)
            ("万担", 500),
        ],
    ),
    "case": ("例数", [("例", 1), ("万例", 10**4)]),
    "carton": (
        "箱数",
        [("箱", 1), ("万箱", 10**4)],
    ),  # (卷烟销售300万箱: cigarettes by the industry's 箱 of 50,000)
    # 平板玻璃产量4.72亿重量箱: flat glass by the industry's weight case (50 公斤 of 2 mm glass)
    "weight_case": ("重量箱", [("重量箱", 1)]),
    # CSPI平均值为92.79点, 综合价格指数为… 点: an index's level in points (not 百分点, nor a clock's hour)
    "index_point": ("指数点", [("点", 1)]),
    "incident": ("起数", [("起", 1), ("万起", 10**4)]),  # (生产安全事故592起, 较大事故11起: incidents)
    "dose": ("剂次", [("剂次", 1), ("万剂次", 10**4), ("剂", 1), ("万剂", 10**4)]),
    "yield_per_mu": ("亩产", [("公斤/亩", 1), ("斤/亩", Fraction(1, 2))]),
    # a price by weight (常规鱼市场平均价每公斤16.73元, 生猪出栏均价14.5元/公斤): the price statistics' 元/公斤
    "price_per_mass": (
        "单价",
        # (烟叶担均价1508.50元: tobacco leaf priced by the market 担 of 50 公斤)
        [
            ("元/公斤", 1),
            ("元/千克", 1),
            ("元/斤", 2),
            ("元/吨", Fraction(1, 1000)),
            ("元/担", Fraction(1, 50)),
        ],
    ),
    "per_10k_people": ("每万人拥有量", [("件/万人", 1), ("个/万人", 1)]),
    "road_density": ("路网密度", [("公里/百平方公里", 1)]),  # (公路密度64.9公里/百平方公里)
    "length_per_10k_people": ("每万人里程", [("公里/万人", 1)]),
    "concentration": ("浓度", [("微克/立方米", 1), ("毫克/立方米", 1000)]),  # (PM2.5平均浓度39微克每立方米)
    "bandwidth": ("带宽", [("Mbps", 1), ("Gbps", 1000), ("Tbps", 10**6)]),  # (骨干直联点带宽达900Gbps)
    # 算力总规模达到40EFLOPS, 总存储规模2.925EB, 装机规模达21.2万架: computing power, storage, data-centre racks
    "computing": (
        "算力",
        [
            ("TFLOPS", 1),
            ("PFLOPS", 1000),
            ("EFLOPS", 10**6),
            ("TFlops", 1),
            ("PFlops", 1000),
            ("EFlops", 10**6),
        ],
    ),
    "storage": ("存储容量", [("TB", 1), ("PB", 1000), ("EB", 10**6)]),
    "rack": ("机架数", [("架", 1), ("万架", 10**4)]),
    # 能源消费总量达2.3亿吨标准煤: energy in standard coal
    "standard_coal": ("标准煤", [("吨标准煤", 1), ("万吨标准煤", 10**4), ("亿吨标准煤", 10**8)]),
    "percent": ("百分比", [("%", 1)]),
    "permille": ("千分比", [("‰", 1)]),
    "energy_intensity": ("能耗强度", [("吨标准煤/万元", 1)]),
    "point": ("百分点", [("百分点", 1), ("个百分点", 1)]),
    "multiple": ("倍数", [("倍", 1)]),
    "duration": ("时长", [("个月", 1), ("月", 1), ("年", 12)]),
}

#: Dimensions whose units are no counts or measures a magnitude multiplies (%, 倍, 个月, rates per unit).
_NO_MAGNITUDES = frozenset({"percent", "permille", "point", "multiple", "duration", "concentration"})


def _with_magnitudes(members: list[tuple[str, Fraction | int]]) -> list[tuple[str, Fraction | int]]:
    """A dimension's units with 万 and 亿 of each plain one that the table does not list (亿辆, 亿人, 万公顷,
    万处): an article writes any count or measure in the magnitude it likes."""
    listed = {symbol for symbol, _factor in members}
    more = [
        (prefix + symbol, factor * scale)
        for symbol, factor in members
        if symbol[0] not in "万亿千百兆吉" and "/" not in symbol and symbol != "度"
        for prefix, scale in (("万", 10**4), ("亿", 10**8))
        if prefix + symbol not in listed
    ]
    return members + more


UNITS: dict[str, Unit] = {}
for _dim, (_label, _members) in _DIMENSIONS.items():
    for _symbol, _factor in _members if _dim in _NO_MAGNITUDES else _with_magnitudes(_members):
        UNITS[_symbol] = Unit(_symbol, _dim, Fraction(_factor), _label)

#: Units in the order a parser should try them at the end of a text: longest first.
SYMBOLS_LONGEST_FIRST = sorted(UNITS, key=len, reverse=True)

#: Spelling variants folded to the registry's symbol.
ALIASES = {
    # 出口交货值553.95亿人民币, 1.2万元人民币: the currency said by its name (not 亿人: people)
    "亿人民币": "亿元",
    "万人民币": "万元",
    "億人民幣": "亿元",
    "萬人民幣": "万元",
    "人民币": "元",
    "人民幣": "元",
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
    "吉瓦時": "吉瓦时",
    "兆瓦時": "兆瓦时",
    "GWh": "吉瓦时",  # (a battery's energy: 83.4GWh)
    "MWh": "兆瓦时",
    "億千瓦時": "亿千瓦时",
    "萬千瓦時": "万千瓦时",
    "亿度": "亿千瓦时",  # (用电量10.2亿度: a 度 of electricity is a kilowatt-hour; 度 alone may be a temperature)
    "万度": "万千瓦时",
    "億度": "亿千瓦时",
    "萬度": "万千瓦时",
    "個": "个",
    "個月": "个月",
    "項": "项",
    "條": "条",
    "倍数": "倍",
    "m2": "平方米",
    "m²": "平方米",
    "km2": "平方公里",
    "微克每立方米": "微克/立方米",
    "μg/m3": "微克/立方米",
    "μg/m³": "微克/立方米",
    "毫克每立方米": "毫克/立方米",
    "元/人": "元",  # (保险密度2087元/人, 人均…元/人: per head, in 元 as the catalogue's per-head figures are)
}


def _registered(symbol: str) -> str:
    """The registry's symbol for a spelling: an alias (平米, ％), or the same unit in traditional
    characters (戶, 萬億元, 億千瓦時) — as the quantities in a traditional-script article are read."""
    found = ALIASES.get(symbol, symbol)
    if found not in UNITS:
        simplified = to_simplified(symbol)
        found = ALIASES.get(simplified, simplified)
    return found


def get_unit(symbol: str) -> Unit:
    try:
        return UNITS[_registered(symbol)]
    except KeyError:
        raise ValidationError("unit", f"不认识的单位“{symbol}”") from None


def is_unit(symbol: str) -> bool:
    return _registered(symbol) in UNITS


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
    return fraction_to_decimal(Fraction(value) * src.factor / dst.factor)


def fraction_to_decimal(value: Fraction) -> Decimal:
    """Exactly when it has a finite decimal form, else to 12 significant digits; shown plainly."""
    result, _exact = _fraction_to_decimal(value)
    return plain(result)


_MAGNITUDE_PREFIXES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def magnitude_base(unit: str) -> tuple[str, Fraction]:
    """The unit that a number written with a magnitude but no unit word counts, and how many of it make
    one ``unit``: 亿元 → (元, 10⁸), 万人 → (人, 10⁴), 人 → (人, 1), 千瓦时 → (千瓦时, 1) (千瓦 is a unit of
    its own, not a thousand 瓦), 万标箱 → (标箱, 10⁴). So ``60亿`` in an 亿元 indicator is 60 亿元."""
    symbol = ALIASES.get(unit, unit)
    if symbol in UNITS:
        own = UNITS[symbol]
        base, rest = own, symbol
        while rest and rest[0] in _MAGNITUDE_PREFIXES:
            rest = rest[1:]
            other = UNITS.get(rest)
            if other is not None and other.dimension == own.dimension:
                base = other
        return base.symbol, own.factor / base.factor
    factor, rest = Fraction(1), symbol
    while len(rest) > 1 and rest[0] in "万亿":
        factor *= _MAGNITUDE_PREFIXES[rest[0]]
        rest = rest[1:]
    return rest, factor
