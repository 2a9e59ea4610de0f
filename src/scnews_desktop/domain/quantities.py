"""Chinese quantities as written in news text: ``逾60亿元``, ``6千余户``, ``百分之一点五七``.

``parse_quantity`` keeps the text as written and gives an exact ``Decimal`` value in the unit as
written, with the approximate qualifier (``exact``, ``approx``, ``over``, ``under``, ``vague``).
Growth (``同比增长19.2%``, ``增长了35.03倍``) and rank (``位列全国第8位``) have parsers of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .decimals import format_decimal as format_decimal  # re-exported: it lived here
from .decimals import plain
from .errors import ValidationError, entered
from .numerals import DIGITS, MAGNITUDE_CHARS, normalize, parse_chinese_numeral, parse_number
from .units import ALIASES, UNITS, convert, get_unit

QUALIFIERS = ("exact", "approx", "over", "under", "vague")
QUALIFIER_LABELS = {"exact": "", "approx": "约", "over": "逾", "under": "近", "vague": "约"}

# Words before a number. Longest first; None keeps the qualifier as it is (达2352.89亿元 is exact).
_PREFIXES: list[tuple[str, str | None]] = sorted(
    [
        ("逾", "over"),
        ("超过", "over"),
        ("超", "over"),
        ("多于", "over"),
        ("高于", "over"),
        ("突破", "over"),
        ("首次突破", "over"),
        ("突破了", "over"),  # (with its aspect: 全年销售卷烟首次突破了300万箱)
        ("首次突破了", "over"),
        ("超过了", "over"),
        ("首破", "over"),
        ("首次超过", "over"),
        ("过", "over"),
        ("大于", "over"),
        ("近", "under"),
        ("接近", "under"),
        ("将近", "under"),
        ("不到", "under"),
        ("不足", "under"),
        ("不超过", "under"),
        ("低于", "under"),
        ("小于", "under"),
        ("少于", "under"),
        ("约", "approx"),
        ("大约", "approx"),
        ("约为", "approx"),
        ("大概", "approx"),
        ("约合", "approx"),
        ("预计", None),
        ("达", None),
        ("达到", None),
        ("达到了", None),
        ("为", None),
        ("共", None),
        ("共计", None),
        ("累计", None),
        ("合计", None),
        ("总计", None),
        ("计", None),
        ("实现", None),
        ("完成", None),
    ],
    key=lambda p: len(p[0]),
    reverse=True,
)
_SUFFIXES: list[tuple[str, str]] = [
    ("左右", "approx"),
    ("上下", "approx"),
    ("以上", "over"),
    ("多", "over"),
    ("以下", "under"),
    ("以内", "under"),
]

_ARABIC_PART = re.compile(r"^([+-]?)(\d+(?:\.\d+)?)([十百千万亿]*)(余|多)?([十百千万亿]*)$")
_CHINESE_PART = re.compile(r"^([零〇一二两三四五六七八九十百千万亿点]+?)(余|多)?([万亿]*)$")
_COUNT_OF_MAJOR = re.compile(r"^(\d+|[一二两三四五六七八九十]+)大$")  # 五大项目, 9大主题馆
_VAGUE_PART = re.compile(r"^(?:几|数)([十百千万亿]+)$|^十几([万亿]*)$")

_EXAMPLE = "例如“15亿元”“逾60亿元”“6千余户”"


@dataclass(frozen=True)
class Quantity:
    """A number as written. ``value`` is in ``unit`` (magnitude characters folded in: 6千余户 → 6000 户)."""

    value: Decimal
    unit: str | None
    qualifier: str
    text: str
    upper: Decimal | None = None  # a range (1万-5万元): value is its lower bound, qualifier "vague"
    # No unit word but 万/亿 written (60亿, 5万): the number counts the base of the indicator's unit
    # family (60亿 in an 亿元 indicator is 60 亿元), not the indicator's unit itself.
    magnitude_only: bool = False

    def to(self, unit: str) -> Decimal:
        """The value in another magnitude of the same unit, exactly (21859万元 → 2.1859 亿元)."""
        if self.unit is None:
            return self.value
        return convert(self.value, self.unit, unit)

    def display(self) -> str:
        if self.upper is not None:
            return f"{format_decimal(self.value)}–{format_decimal(self.upper)}{self.unit or ''}"
        prefix = QUALIFIER_LABELS[self.qualifier]
        return f"{prefix}{format_decimal(self.value)}{self.unit or ''}"


def _number_part(text: str, lone_magnitude: bool = False) -> tuple[Decimal, str | None] | None:
    """Parse the number before the unit; returns (value, qualifier implied by 余/多/几) or None.

    ``lone_magnitude`` accepts a bare 百/千/万 after a qualifier word (过千元 = over 1000 元).
    """
    if lone_magnitude and text in ("百", "千", "万", "亿"):
        return Decimal(MAGNITUDE_CHARS[text]), None
    if len(text) == 2 and text[0] in "百千" and text[1] in "余多":
        return Decimal(MAGNITUDE_CHARS[text[0]]), "over"  # 百余家: over a hundred
    m = _ARABIC_PART.match(text)
    if m:
        sign, digits, mag1, extra, mag2 = m.groups()
        value = Decimal(digits)
        for c in mag1 + mag2:
            value *= MAGNITUDE_CHARS[c]
        if sign == "-":
            value = -value
        return value, ("over" if extra else None)
    m = _VAGUE_PART.match(text)
    if m:
        mags = m.group(1) if m.group(1) is not None else "十" + (m.group(2) or "")
        value = Decimal(1)
        for c in mags:
            value *= MAGNITUDE_CHARS[c]
        return value, "vague"
    m = _CHINESE_PART.match(text)
    if m and (any(c in DIGITS for c in m.group(1)) or m.group(1).startswith("十")):
        try:
            value = parse_chinese_numeral(m.group(1) + m.group(3))
        except ValidationError:
            # 一千二百余万 → 一千二百 余 万
            try:
                value = parse_chinese_numeral(m.group(1))
            except ValidationError:
                return None
            for c in m.group(3):
                value *= MAGNITUDE_CHARS[c]
        return value, ("over" if m.group(2) else None)
    return None


_ALIAS_LENGTHS = sorted({len(a) for a in ALIASES}, reverse=True)
_SYMBOL_LENGTHS = sorted({len(s) for s in UNITS}, reverse=True)


#: A rate said with its per-unit before the number (每立方米24.9微克): the per-units and what they divide.
PER_UNIT = r"立方米|平方米|亩|人|吨|公斤|千克|斤|担"
PER_WHAT = r"微克|毫克|公斤|千克|元"


#: A share said in tenths or as a fraction in words (近七成, 八成以上, 三分之一, 十分之一), as articles say it.
SHARE_IN_WORDS = re.compile(
    r"(?P<pre>超过|超|逾|近|约|将近|不足)?(?:(?P<num>[一二两三四五六七八九])成"
    r"|(?P<part>(?P<den>[二三四五六七八九十])分之(?P<numer>[一二三四五六七八九])))"
    r"(?P<post>以上|左右|多)?"
)
_DIGITS_IN_WORDS = "一二三四五六七八九十"


def share_in_percent(m: re.Match[str]) -> str:
    """近七成 → 近70%, 八成以上 → 80%以上, 三分之一 → 33.3%: a share in words as its percentage is written."""
    if m.group("part"):  # (十分之一 → 10, 三分之二 → 66.7)
        den, numer = (_DIGITS_IN_WORDS.index(m.group(g)) + 1 for g in ("den", "numer"))
        percent = f"{Decimal(numer * 100) / Decimal(den):.1f}".removesuffix(".0")
    else:
        percent = str(("一二三四五六七八九".index(m.group("num").replace("两", "二")) + 1) * 10)
    bound = "以上" if m.group("post") in ("以上", "多") else m.group("post") or ""
    return f"{m.group('pre') or ''}{percent}%{bound}"


def parse_quantity(text: str, field: str = "value") -> Quantity:
    """``逾60亿元`` → Quantity(60, 亿元, over). Raises ValidationError with a Chinese message."""
    original = entered(text, field, f"请输入数量，{_EXAMPLE}", limit=200, what="数量")
    t = normalize(original)
    if share := SHARE_IN_WORDS.fullmatch(t):  # 近七成 (as the capture review proposes it): 近70%
        t = share_in_percent(share)
    per = re.fullmatch(rf"每(?P<per>{PER_UNIT})(?P<number>.+?)(?P<unit>{PER_WHAT})", t)
    if per:  # 每立方米24.9微克 (as articles say it): 24.9微克/立方米, in the registry's unit
        t = f"{per.group('number')}{per.group('unit')}/{per.group('per')}"
    for k in _ALIAS_LENGTHS:  # the longest alias the text ends with (a dict lookup per length)
        symbol = ALIASES.get(t[-k:]) if len(t) >= k else None
        if symbol is not None:
            t = t[:-k] + symbol
            break
    qualifier: str | None = None
    changed = True
    while changed:
        changed = False
        for word, q in _PREFIXES:
            if t.startswith(word) and len(t) > len(word):
                t = t[len(word) :]
                qualifier = q or qualifier
                changed = True
                break
    for word, q in _SUFFIXES:
        if t.endswith(word) and len(t) > len(word):
            t = t[: -len(word)]
            qualifier = qualifier or q
            break

    percent = re.fullmatch(r"百分之(.+)", t)
    if percent:
        try:
            value = parse_number(percent.group(1))
        except ValidationError:
            raise ValidationError(field, f"无法识别的百分数“{original}”") from None
        return _checked(Quantity(plain(value), "%", qualifier or "exact", original), field)

    for k in _SYMBOL_LENGTHS:  # longest unit first
        symbol = t[-k:]
        if len(t) > k and symbol in UNITS:
            head = t[:-k]
            head_mags = [MAGNITUDE_CHARS[c] for c in head if c in MAGNITUDE_CHARS]
            if (
                symbol[0] in MAGNITUDE_CHARS
                and head[-1] in DIGITS
                and head_mags
                and min(head_mags) > MAGNITUDE_CHARS[symbol[0]]
            ):
                # 一千二百万元 is 一千二百 万元, not 一千二 百万元
                continue
            parsed = _number_part(head, lone_magnitude=qualifier is not None)
            if parsed is not None:
                value, implied = parsed
                return _checked(
                    Quantity(plain(value), get_unit(symbol).symbol, _combine(qualifier, implied), original),
                    field,
                )
            # 15个月 also ends with 月: keep trying shorter symbols.
    major = _COUNT_OF_MAJOR.match(t)
    if major:
        return _checked(
            Quantity(plain(parse_number(major.group(1))), None, qualifier or "exact", original), field
        )
    parsed = _number_part(t)
    if parsed is not None:
        value, implied = parsed
        scaled = any(c in "万亿" for c in t)
        return _checked(
            Quantity(plain(value), None, _combine(qualifier, implied), original, magnitude_only=scaled), field
        )
    span = _range(t, original, field)
    if span is not None:
        return span
    number_like = re.match(r"^[+-]?[\d.零〇一二两三四五六七八九十百千万亿点余多几数]+", t)
    if number_like and _number_part(number_like.group(0)) is not None:
        raise ValidationError(field, f"不认识的单位“{t[number_like.end() :]}”，{_EXAMPLE}")
    raise ValidationError(field, f"无法识别“{original}”：请输入数字和单位，{_EXAMPLE}")


MAX_ABS = Decimal(10) ** 20
_RANGE = re.compile(r"(?P<lo>[^-—–~至到]+?)\s*(?:-|—|–|~|至|到)\s*(?P<hi>[^-—–~至到]+)")


def _range(t: str, original: str, field: str) -> Quantity | None:
    """1万-5万元, 3—5亿元, 10至20个: the lower bound as the value (qualifier vague), the upper kept."""
    m = _RANGE.fullmatch(t)
    if m is None:
        return None
    try:
        hi = parse_quantity(m.group("hi"), field)
    except ValidationError:
        return None
    if hi.unit is None or hi.upper is not None:
        return None
    lo_texts = [m.group("lo"), m.group("lo") + hi.unit]  # 3-5亿元: 3亿元
    base = hi.unit.lstrip("".join(MAGNITUDE_CHARS))
    if base != hi.unit and any(c in MAGNITUDE_CHARS for c in m.group("lo")):
        lo_texts.append(m.group("lo") + base)  # 1万-5万元: 1万元; 1千-2万元: 1千元
    for lo_text in lo_texts:
        try:
            lo = parse_quantity(lo_text, field)
            low = lo.to(hi.unit) if lo.unit is not None else None
        except ValidationError:
            continue
        if low is not None and low < hi.value:
            return _checked(Quantity(plain(low), hi.unit, "vague", original, upper=hi.value), field)
    return None


def _checked(q: Quantity, field: str) -> Quantity:
    if abs(q.value) >= MAX_ABS:
        raise ValidationError(field, f"数值“{q.text}”过大")
    return q


def _combine(prefix: str | None, implied: str | None) -> str:
    if implied == "vague":
        return "vague"
    return prefix or implied or "exact"


@dataclass(frozen=True)
class Growth:
    """Reported growth. ``pct`` is in percent; a multiple (增长了35.03倍) is also given as pct (3503)."""

    pct: Decimal | None
    multiple: Decimal | None
    points: Decimal | None  # 提高1.2个百分点
    base: str | None  # 较2015年底 → 2015年底
    text: str


#: The verbs of growth, longest first (the extractor reads growth with the same words).
GROWTH_VERBS = (
    "增产|减产|增长|增加|上升|上涨|提高|提升|扩大|攀升|增|涨|下降|减少|回落|降低|下滑|下跌|缩小|减|降|跌"
)
#: 同比增长为24.3%: a growth said with 为 (not 下降为3.2%, where a rate fell to a level).
GROWTH_SAID_AS = r"(?:(?<=增长)为)?"
_GROWTH = re.compile(
    r"^(?:(?:同比|环比|比上年|较上年|比去年|较去年|比(?P<base1>.+?)|较(?P<base2>.+?)|与(?P<base3>.+?)相比)?)"
    rf"(?:实际|名义)?(?P<dir>{GROWTH_VERBS})了?{GROWTH_SAID_AS}"
    r"(?P<num>[+-]?\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百点]+)"
    r"(?P<unit>%|倍|个百分点|百分点)$"
)
NEGATIVE_GROWTH = frozenset(
    {"减产", "下降", "减少", "回落", "降低", "下滑", "下跌", "缩小", "减", "降", "跌"}
)


def parse_growth(text: str, field: str = "yoy_pct") -> Growth:
    """``同比增长19.2%`` → 19.2; ``下降0.7%`` → −0.7; ``增长了35.03倍`` → multiple 35.03 (pct 3503)."""
    original = entered(text, field, "请输入增长率，例如“增长19.2%”或“下降0.7%”")
    t = normalize(original).replace("％", "%")
    t = re.sub(r"^百分之(.+)$", r"\1%", t)
    if len(re.sub(r"\D", "", t)) > 12:
        raise ValidationError(field, f"增长率“{original[:20]}”位数过多，超出合理范围")
    m = re.fullmatch(r"[+-]?\d+(?:\.\d+)?%?", t)
    if m:
        return Growth(plain(Decimal(t.rstrip("%"))), None, None, None, original)
    doubled = re.fullmatch(r"(?:同比|比上年|较上年)?(?:增长|实现)?翻(一|两|三|二)?番", t)
    if doubled:  # 翻一番: ×2 (+100 %); 翻两番: ×4 (+300 %)
        times = {None: 1, "一": 1, "两": 2, "二": 2, "三": 3}[doubled.group(1)]
        multiple = Decimal(2**times - 1)
        return Growth(plain(multiple * 100), multiple, None, None, original)
    m = _GROWTH.match(t)
    if not m:
        raise ValidationError(field, f"无法识别的增长率“{original}”，例如“同比增长19.2%”")
    number = parse_number(m.group("num"))
    sign = -1 if m.group("dir") in NEGATIVE_GROWTH else 1
    base = m.group("base1") or m.group("base2") or m.group("base3")
    unit = m.group("unit")
    if unit == "倍":
        multiple = plain(number)
        return Growth(plain(number * 100 * sign), multiple, None, base, original)
    if unit in ("个百分点", "百分点"):
        return Growth(None, None, plain(number * sign), base, original)
    return Growth(plain(number * sign), None, None, base, original)


@dataclass(frozen=True)
class Rank:
    rank: int
    scope: str | None
    text: str


_RANK = re.compile(
    r"^(?:位列|位居|居|排名|排在|排列|排|列)?(?P<scope>全国|中国|全省|全市|西部|中西部|全球|世界)?(?:第)"
    r"(?P<num>\d+|[一二三四五六七八九十百]+)(?:位|名)?$"
)


def parse_rank(text: str, field: str = "rank") -> Rank:
    """``位列全国第8位`` → Rank(8, 全国)."""
    original = entered(text, field, "请输入排名，例如“全国第8位”")
    t = normalize(original)
    if len(re.sub(r"\D", "", t)) > 9:
        raise ValidationError(field, f"排名“{original[:20]}”位数过多，超出合理范围")
    if t.isdigit():
        return Rank(int(t), None, original)
    m = _RANK.match(t)
    if not m:
        raise ValidationError(field, f"无法识别的排名“{original}”，例如“位列全国第8位”")
    return Rank(int(parse_number(m.group("num"))), m.group("scope"), original)
