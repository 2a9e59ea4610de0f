"""The indicator vocabulary shipped with the app: the indicators editors of an economic paper use most,
each with its unit, measure, category, aliases and growth basis.

``growth_basis`` says how the growth reported for an indicator is computed: ``real`` — at comparable
prices (按可比价格计算), as China reports GDP, value added and gross output value — or ``nominal`` (按现价:
trade, retail sales, revenue, incomes, investment). A real growth rate cannot be compared with the
change of the levels (which are at current prices) as if they were the same number.

``lookup`` finds the entry of a name as typed or a phrase as an article writes it (实现地区生产总值,
全市GDP).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .script import to_simplified

GROWTH_BASES = ("nominal", "real")


@dataclass(frozen=True)
class VocabularyEntry:
    name: str
    unit: str
    measure: str
    category: str
    growth_basis: str = "nominal"
    aliases: tuple[str, ...] = field(default_factory=tuple)
    description: str | None = None


def _e(
    name: str,
    unit: str,
    measure: str,
    category: str,
    basis: str = "nominal",
    aliases: str = "",
    description: str | None = None,
) -> VocabularyEntry:
    return VocabularyEntry(
        name, unit, measure, category, basis, tuple(a for a in aliases.split("、") if a), description
    )


VOCABULARY: tuple[VocabularyEntry, ...] = (
    # 综合 — output is reported at comparable prices
    _e(
        "地区生产总值",
        "亿元",
        "flow",
        "综合",
        "real",
        "GDP、生产总值、国内生产总值、经济总量、地区GDP、全省GDP",
    ),
    _e("第一产业增加值", "亿元", "flow", "综合", "real", "一产增加值、第一产业"),
    _e("第二产业增加值", "亿元", "flow", "综合", "real", "二产增加值、第二产业"),
    _e("第三产业增加值", "亿元", "flow", "综合", "real", "三产增加值、第三产业、服务业增加值"),
    _e("人均地区生产总值", "元", "flow", "综合", "real", "人均GDP、人均生产总值"),
    _e("民营经济增加值", "亿元", "flow", "综合", "real", "民营经济"),
    _e("数字经济核心产业增加值", "亿元", "flow", "综合", "real"),
    # 农业
    _e("农林牧渔业总产值", "亿元", "flow", "农业", "real", "农林牧渔业产值"),
    _e("农林牧渔业增加值", "亿元", "flow", "农业", "real"),
    _e("粮食总产量", "万吨", "flow", "农业", "nominal", "粮食产量"),
    _e("生猪出栏", "万头", "flow", "农业", "nominal", "生猪出栏量、出栏生猪"),
    # 工业与建筑业
    _e("工业增加值", "亿元", "flow", "工业", "real", "全部工业增加值"),
    _e("规模以上工业增加值", "亿元", "flow", "工业", "real", "规上工业增加值、规模以上工业企业增加值"),
    _e("建筑业增加值", "亿元", "flow", "工业", "real"),
    _e("工业总产值", "亿元", "flow", "工业", "real", "规模以上工业总产值"),
    _e("规模以上工业企业营业收入", "亿元", "flow", "工业", "nominal", "规上工业企业营业收入"),
    _e(
        "规模以上工业企业利润总额",
        "亿元",
        "flow",
        "工业",
        "nominal",
        "规上工业企业利润总额、规模以上工业利润",
    ),
    _e("规模以上工业企业数", "户", "stock", "工业", "nominal", "规上工业企业数、规模以上工业企业"),
    _e("发电量", "亿千瓦时", "flow", "工业", "nominal", "规模以上工业发电量"),
    # 投资
    _e("全社会固定资产投资", "亿元", "flow", "投资", "nominal", "固定资产投资、全社会固定资产投资总额"),
    _e("房地产开发投资", "亿元", "flow", "投资", "nominal"),
    _e("工业投资", "亿元", "flow", "投资", "nominal"),
    _e("民间投资", "亿元", "flow", "投资", "nominal"),
    _e("实际利用外资", "亿美元", "flow", "投资", "nominal", "实际使用外资"),
    # the projects of a ceremony, however an article words them (57个项目集中开工, 签约项目26个)
    _e(
        "开工项目数",
        "个",
        "flow",
        "投资",
        "nominal",
        "开工项目、集中开工项目、集中开工项目数、项目集中开工",
    ),
    _e("签约项目数", "个", "flow", "投资", "nominal", "签约项目、集中签约项目、集中签约项目数、项目集中签约"),
    # 消费与服务
    _e(
        "社会消费品零售总额",
        "亿元",
        "flow",
        "消费",
        "nominal",
        "社零、社零总额、社会消费品零售额、消费品零售总额",
    ),
    _e("旅游总收入", "亿元", "flow", "消费", "nominal", "旅游收入"),
    _e("接待游客", "万人次", "flow", "消费", "nominal", "接待游客人次、游客接待量"),
    _e("快递业务量", "亿件", "flow", "消费", "nominal"),
    # 外贸
    _e(
        "货物贸易进出口总值",
        "亿元",
        "flow",
        "外贸",
        "nominal",
        "进出口总值、进出口总额、外贸进出口总值、外贸进出口总额、货物进出口总额、货物贸易进出口、外贸进出口、进出口、"
        "货物贸易进出口值、外贸进出口值、进出口值、进出口额",
    ),
    _e(
        "货物贸易出口总值",
        "亿元",
        "flow",
        "外贸",
        "nominal",
        "出口总值、出口总额、出口额、货物出口、出口、货物贸易出口值、出口值",
    ),
    _e(
        "货物贸易进口总值",
        "亿元",
        "flow",
        "外贸",
        "nominal",
        "进口总值、进口总额、进口额、货物进口、进口、货物贸易进口值、进口值",
    ),
    # 财政与金融
    _e("一般公共预算收入", "亿元", "flow", "财政", "nominal", "地方一般公共预算收入、一般预算收入、财政收入"),
    _e("一般公共预算支出", "亿元", "flow", "财政", "nominal", "地方一般公共预算支出、一般预算支出、财政支出"),
    _e("税收收入", "亿元", "flow", "财政", "nominal"),
    _e("金融机构本外币存款余额", "亿元", "stock", "金融", "nominal", "本外币存款余额、存款余额"),
    _e("金融机构本外币贷款余额", "亿元", "stock", "金融", "nominal", "本外币贷款余额、贷款余额"),
    # 收入与价格
    _e(
        "全体居民人均可支配收入",
        "元",
        "flow",
        "收入",
        "nominal",
        "居民人均可支配收入、全体居民人均可支配收入、人均可支配收入",
    ),
    _e("城镇居民人均可支配收入", "元", "flow", "收入", "nominal", "城镇常住居民人均可支配收入"),
    _e(
        "农村居民人均可支配收入",
        "元",
        "flow",
        "收入",
        "nominal",
        "农村常住居民人均可支配收入、农民人均可支配收入",
    ),
    _e("居民消费价格指数", "%", "rate", "价格", "nominal", "CPI、居民消费价格、消费价格"),
    _e("工业生产者出厂价格指数", "%", "rate", "价格", "nominal", "PPI、工业生产者出厂价格"),
    # 人口与就业
    _e("常住人口", "万人", "stock", "人口", "nominal", "年末常住人口"),
    _e("户籍人口", "万人", "stock", "人口", "nominal", "年末户籍人口"),
    _e("常住人口城镇化率", "%", "rate", "人口", "nominal", "城镇化率"),
    _e("城镇新增就业", "万人", "flow", "就业", "nominal", "城镇新增就业人数、新增城镇就业"),
    _e("城镇调查失业率", "%", "rate", "就业", "nominal"),
    _e("城镇登记失业率", "%", "rate", "就业", "nominal"),
    _e("市场主体", "万户", "stock", "综合", "nominal", "各类市场主体、市场主体数量"),
)

# Words before an indicator's name in a sentence that are not part of it.
_LEADING = re.compile(
    r"^(?:其中|全年|全市|全省|全县|全区|全州|全国|我省|我市|本市|本省|今年|去年|当年|同期|累计|共计|共|总计|合计|"
    r"实现了?|完成了?|达到了?|达|录得|规模为|的)+"
)
_TRAILING = re.compile(r"(?:为|是|达到|达|实现|完成|总计|共计|累计|约|近|逾|超过|突破|分别)+$")
_NOISE = re.compile(r"[\s“”\"'‘’《》〈〉（）()【】\[\]·•]")


def name_key(name: str) -> str:
    """The key names and aliases are matched on: simplified script, no spaces, quotes or brackets,
    Latin letters in upper case (gdp = GDP)."""
    text = _NOISE.sub("", to_simplified(name or ""))
    return text.upper() if text.isascii() else text


# What a name may add to another and still be the same indicator: a verb of holding or arranging, “within”
_LIGHT = ("召开", "实现", "完成", "安排", "内", "的")


def near_name(name: str, other: str) -> bool:
    """Whether two indicator names are one indicator written two ways — the same words in another order
    (实际投入工业产业扶贫资金, 工业产业扶贫实际投入资金), or one with a light word the other leaves out
    (厅党组会次数, 厅党组会召开次数; 园区就业人口, 园区内就业人口) — and not two (出口总值, 进出口总值)."""
    return near_key(name_key(name), name_key(other))


def near_key(a: str, b: str) -> bool:
    """``near_name`` of two names already keyed (``name_key``)."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return a == b
    if len(a) == len(b):
        return len(a) >= 6 and sorted(a) == sorted(b)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    extra = _without_subsequence(long, short)
    return extra is not None and 0 < len(extra) <= 2 and extra in _LIGHT


def _without_subsequence(long: str, short: str) -> str | None:
    """The characters of ``long`` left when ``short`` is taken out in order, if they are together (one
    word added in one place), else None."""
    for i in range(len(short) + 1):
        j = i + len(long) - len(short)
        if long[:i] + long[j:] == short:
            return long[i:j]
    return None


def phrase_keys(phrase: str) -> list[str]:
    """The keys an article's phrase may name, most literal first: 实现地区生产总值 → [实现地区生产总值,
    地区生产总值]; 全市GDP → [全市GDP, GDP]."""
    text = name_key(phrase)
    keys = [text] if text else []
    for _ in range(3):
        stripped = _TRAILING.sub("", _LEADING.sub("", text))
        if stripped == text or not stripped:
            break
        text = stripped
        keys.append(text.upper() if text.isascii() else text)
    return keys


def _index() -> dict[str, VocabularyEntry]:
    index: dict[str, VocabularyEntry] = {}
    for entry in VOCABULARY:
        for key in (entry.name, *entry.aliases):
            index.setdefault(name_key(key), entry)
    return index


_BY_KEY = _index()
_KEYS_LONGEST_FIRST = sorted(_BY_KEY, key=len, reverse=True)


def lookup(phrase: str, strict: bool = False) -> VocabularyEntry | None:
    """The vocabulary entry a name or phrase means. ``strict``: only by name or alias as written (a
    name typed into a form or a spreadsheet). Otherwise also without the verbs and scope words around
    it, and by the longest name or alias the phrase ends with (规模以上工业增加值 in 全市规模以上工业增加值,
    not the shorter 工业增加值)."""
    keys = phrase_keys(phrase)
    if not keys:
        return None
    for key in keys[:1] if strict else keys:
        if key in _BY_KEY:
            return _BY_KEY[key]
    if strict:
        return None
    for candidate in _KEYS_LONGEST_FIRST:
        if len(candidate) >= 3 and keys[-1].endswith(candidate):
            if not _only_scope(keys[-1][: -len(candidate)]):
                return None  # 对美国进出口, 民营企业进出口, 劳动生产总值: a part or another indicator
            return _BY_KEY[candidate]
    return None


#: What may stand before an indicator's name in an article's phrase and leave it that indicator: places
#: (四川, 成都市) and scope words (全市, 累计, 实现). Anything else — a partner (对美国), a way (以加工贸易方式),
#: a kind of enterprise (民营企业), another word (劳动生产总值) — makes it a part or another indicator.
_SCOPE = re.compile(
    r"全国|全省|全市|全州|全县|全区|我省|我市|本省|本市|全社会|全年|累计|实现|完成|共|共计|合计|其中|的"
)


def _only_scope(leftover: str) -> bool:
    text = _SCOPE.sub("", leftover)
    places = _place_names()
    while text:
        name = next((n for n in places if text.startswith(n)), None)
        if name is None:
            return False
        text = _SCOPE.sub("", text[len(name) :])
    return True


@functools.cache
def _place_names() -> tuple[str, ...]:
    from .regions import load_divisions

    names = {n for d in load_divisions() for n in (d.name, *d.aliases) if len(n) >= 2}
    return tuple(sorted(names, key=len, reverse=True))


def default_growth_basis(name: str) -> str:
    """The basis of an indicator the vocabulary does not hold: value added and gross output at
    comparable prices, everything else at current prices."""
    entry = lookup(name, strict=True)
    if entry is not None:
        return entry.growth_basis
    return "real" if re.search(r"增加值$|生产总值$|总产值$", to_simplified(name)) else "nominal"
