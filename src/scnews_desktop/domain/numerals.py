"""Numbers as written in Chinese news: Arabic (half- or full-width) or Chinese numerals."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from .errors import ValidationError
from .script import to_simplified

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
MAGNITUDE_CHARS = {**SMALL_UNITS, **BIG_UNITS}
CHINESE_NUMERAL_CHARS = set(DIGITS) | set(SMALL_UNITS) | set(BIG_UNITS) | {"点", "點"}

_ARABIC = re.compile(r"^\d+(?:\.\d+)?$")
_DASHES = str.maketrans(
    {"—": "-", "–": "-", "－": "-", "~": "-", "～": "-", "―": "-", "‒": "-", "‐": "-", "‑": "-"}
)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Full-width to half-width, traditional to simplified (約30億元, 1萬餘戶), unify dashes and strip
    spaces and thousands separators inside numbers."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    return _SPACES.sub("", _THOUSANDS.sub("", text.translate(_DASHES)))


def _integer_part(chars: str) -> int:
    """Value of a Chinese integer such as 一千二百, 三万五千, 十五, 二〇二〇 (digit by digit)."""
    if chars and all(c in DIGITS for c in chars) and len(chars) > 1:
        return int("".join(str(DIGITS[c]) for c in chars))
    total = 0  # finished 亿/万 sections
    section = 0  # current section below 万
    digit: int | None = None
    previous = ""
    for c in chars:
        if c in BIG_UNITS and previous in BIG_UNITS and digit is None and section == 0:
            total *= BIG_UNITS[c]  # 一万万 = 一亿, 三千亿亿: a big unit of a big unit
            previous = c
            continue
        previous = c
        if c in DIGITS:
            digit = DIGITS[c]
        elif c in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[c]
            digit = None
        elif c in BIG_UNITS:
            section += digit or 0
            big = BIG_UNITS[c]
            if big == 10**8:
                total = (total + section) * big
            else:
                total += section * big
            section = 0
            digit = None
        else:
            raise ValidationError("number", f"无法识别的数字“{chars}”")
    return total + section + (digit or 0)


def parse_chinese_numeral(text: str) -> Decimal:
    """一千二百 → 1200, 一点五七 → 1.57, 二〇二〇 → 2020."""
    if not text or any(c not in CHINESE_NUMERAL_CHARS for c in text):
        raise ValidationError("number", f"无法识别的数字“{text}”")
    if "点" in text or "點" in text:
        whole, _, frac = text.replace("點", "点").partition("点")
        if not frac or any(c not in DIGITS for c in frac):
            raise ValidationError("number", f"无法识别的小数“{text}”")
        integer = _integer_part(whole) if whole else 0
        return Decimal(f"{integer}.{''.join(str(DIGITS[c]) for c in frac)}")
    return Decimal(_integer_part(text))


def parse_number(text: str) -> Decimal:
    """An Arabic or Chinese number, optionally followed by magnitude characters (6千, 1.4万, 3万5千)."""
    text = normalize(text)
    if not text:
        raise ValidationError("number", "缺少数字")
    m = re.match(r"^(\d+(?:\.\d+)?)(.*)$", text)
    if m:
        try:
            value = Decimal(m.group(1))
        except InvalidOperation as exc:  # pragma: no cover - regex guarantees a decimal literal
            raise ValidationError("number", f"无法识别的数字“{text}”") from exc
        rest = m.group(2)
        for c in rest:
            if c not in MAGNITUDE_CHARS:
                raise ValidationError("number", f"无法识别的数字“{text}”")
            value *= MAGNITUDE_CHARS[c]
        return value
    return parse_chinese_numeral(text)
