"""Script normalisation: traditional Chinese characters to simplified, one character for one, so that
offsets into a text stay valid (宜賓市 → 宜宾市, 開工 → 开工, 億元 → 亿元).

The character table comes from OpenCC's ``TSCharacters.txt`` as shipped in the PyPI package
``opencc-python-reimplemented`` (we read the text file and never import the package). Only mappings
from one character to one character are used, and never from a character that is also an ordinary
simplified one (乾隆 stays 乾隆): the test is that GB 2312, the simplified character set, lacks it.
"""

from __future__ import annotations

import functools
import importlib.metadata
from pathlib import Path

PACKAGE = "opencc-python-reimplemented"
_FILE = "opencc/dictionary/TSCharacters.txt"
# Traditional forms that GB 2312 also holds but that simplified text does not use in our domain.
_ALSO = {"後": "后", "於": "于", "夥": "伙", "徵": "征", "摺": "折", "麽": "么", "甯": "宁"}
# Enough to read numbers and places if the table is missing (a broken install): the common ones.
_MINIMAL = str.maketrans(
    "億萬開總資長產進貿額區縣業項設實現為與計達較專點個際簽約東發電號國場圓內門陽慶寧廣雲貴會員經濟農廠價權據擬預"
    "劃餘變邊錢銀鐵車輛網絡營運園佔積週當閬綜體後順舉儀陳訊畝噸時約過數兩戶賓瀘涼樂綿遂攀瀋",
    "亿万开总资长产进贸额区县业项设实现为与计达较专点个际签约东发电号国场圆内门阳庆宁广云贵会员经济农厂价权据拟预"
    "划余变边钱银铁车辆网络营运园占积周当阆综体后顺举仪陈讯亩吨时约过数两户宾泸凉乐绵遂攀沈",
)


def _table_text() -> str | None:
    try:
        dist = importlib.metadata.distribution(PACKAGE)
        return Path(str(dist.locate_file(_FILE))).read_text(encoding="utf-8")
    except (importlib.metadata.PackageNotFoundError, OSError):
        bundled = Path(__file__).resolve().parent.parent / "data" / "TSCharacters.txt"  # PyInstaller
        try:
            return bundled.read_text(encoding="utf-8")
        except OSError:
            return None


@functools.cache
def _table() -> dict[int, str]:
    text = _table_text()
    if text is None:
        return dict(_MINIMAL)  # type: ignore[arg-type]
    table: dict[int, str] = {}
    for line in text.splitlines():
        traditional, _tab, simplified = line.partition("\t")
        first = simplified.split(" ")[0] if simplified else ""
        if len(traditional) != 1 or len(first) != 1 or traditional == first:
            continue
        try:
            traditional.encode("gb2312")
        except UnicodeEncodeError:
            table[ord(traditional)] = first
    for traditional, simplified in _ALSO.items():
        table[ord(traditional)] = simplified
    return table


def to_simplified(text: str) -> str:
    """The same text with traditional characters in simplified form; always the same length."""
    return text.translate(_table())


def table_size() -> int:
    return len(_table())
