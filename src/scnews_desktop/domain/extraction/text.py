"""The text as the extractor reads it: folded to simplified script and ASCII figures (same length),
without pinyin readings, inner spaces and hard wraps (offsets mapped back), cut into sentences and clauses."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from ..script import to_simplified

_FULL_WIDTH = {
    code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
}
_FULL_WIDTH.update(
    {ord(c): ord(c) - 0xFEE0 for c in "％．－～"}
)  # (CJK punctuation ，；：（） stays as it is)
_FULL_WIDTH.update(
    {ord("―"): ord("—"), ord("‒"): ord("—"), ord("‐"): ord("-"), ord("‑"): ord("-")}
)  # (1―4月)


def fold(text: str) -> str:
    """Same length as ``text``: full-width digits and letters → ASCII, traditional characters →
    simplified (OpenCC's character table)."""
    return to_simplified(text.translate(_FULL_WIDTH))


# Text as some web pages serve it: a pinyin reading after a character (統(tǒng)計(jì)), spaces inside a
# figure or a word (4807.2 亿元, 工业 增加值). Extraction reads the text without them and maps every
# offset back to the text as written.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)")

_INNER_SPACE = re.compile(
    r"(?<=[\u4e00-\u9fff\d.、，,；;：:])[ \t\u3000\xa0]+(?=[\u4e00-\u9fff\d])"
    r"|(?<=%)[ \t\u3000\xa0]+(?=[和及与、])"  # 29. 9% 和 62. 5% (a space after % may end a sentence)
    r"|(?<=\d)[ \t\u3000\xa0]+(?=%)"  # 同比增长4.4 %: the figure and its sign
)

#: A space after a clause of words in a line that has no full stop at all: where a scraped page lost its
#: full stop (…发展专精特新中小企业 专精特新的灵魂是创新,… 日前,…133户企业入选 其中包括…) — not a space of a
#: layout inside a word or between a figure and its words.
_CLAUSE_BEFORE_SPACE = re.compile(r"[\u4e00-\u9fff]{3}$")


def _lost_full_stop(text: str, at: int) -> bool:
    window = max(0, at - 120)  # (looked for near: a long text of spaces stays linear)
    since = max(text.rfind("\n", window, at), text.rfind("。", window, at), window - 1) + 1
    return (
        at - since >= 80
        and _CLAUSE_BEFORE_SPACE.search(text, max(since, at - 6), at) is not None
        and re.match(r"[ \u3000]+[\u4e00-\u9fff]{2}", text[at:]) is not None
    )


#: A line this long that ends inside a sentence was wrapped by its layout (text copied from a PDF page):
#: the line break is no end of a sentence. A title or a heading is shorter.
WRAPPED_LINE = 30

_SENTENCE_END = frozenset('。！？!?：:；;”"）)')


def _hard_wraps(text: str) -> list[tuple[int, int]]:
    cuts = []
    line_start = 0
    for at in (i for i, ch in enumerate(text) if ch == "\n") if "\n" in text else ():
        line = text[line_start:at].rstrip()
        if (
            len(_PINYIN.sub("", line)) >= WRAPPED_LINE  # (measured as read: 統(tǒng)計 is two characters)
            and line[-1] not in _SENTENCE_END
            and at + 1 < len(text)
            and ("\u4e00" <= text[at + 1] <= "\u9fff" or text[at + 1].isdigit())
        ):
            cuts.append((line_start + len(line), at + 1))
        line_start = at + 1
    return cuts


def without_readings(text: str) -> str:
    """The text without pinyin readings after its characters (統(tǒng)計 → 統計)."""
    return _PINYIN.sub("", text)


def readable(text: str) -> tuple[str, Sequence[int] | None]:
    """The text without pinyin readings, spaces inside figures and words and line breaks of wrapped
    lines, and for each of its characters the offset in ``text`` (None when nothing was taken out) —
    a compact array: a list of Python ints would take ~36 bytes a character."""
    cuts = [(m.start(), m.end()) for m in _PINYIN.finditer(text)]
    cuts += [
        (m.start(), m.end()) for m in _INNER_SPACE.finditer(text) if not _lost_full_stop(text, m.start())
    ]
    cuts += _hard_wraps(text)
    if not cuts:
        return text, None
    cuts.sort()
    kept: list[str] = []
    index = array("q")
    position = 0
    for start, end in cuts:
        if start < position:
            start = position
        kept.append(text[position:start])
        index.extend(range(position, start))
        position = max(position, end)
    kept.append(text[position:])
    index.extend(range(position, len(text)))
    index.append(len(text))  # the end of the text
    return "".join(kept), index


#: Sentence ends: the full stops, and spaces between words where a scraped page lost its full stop
#: (…扩大0.8个百分点 其中,城市上涨2.8%…; …服务价格上涨1.3% 上半年,…).
_SPLIT = re.compile(r"[。！？；;!?\n]|(?<=[%\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


@dataclass
class Sentence:
    start: int
    end: int
    text: str  # folded
    paragraph: int


def quote_of(text: str, sentence: Sentence) -> tuple[str, int, int]:
    """The sentence as written, without surrounding blanks, and its offsets in the article."""
    raw = text[sentence.start : sentence.end]
    start = sentence.start + len(raw) - len(raw.lstrip())
    quote = raw.strip()
    return quote, start, start + len(quote)


#: A "sentence" longer than this (a list without a full stop, or text that is no prose at all) is cut
#: at its last comma-like mark before the limit, or at the limit: the work per figure is bounded by its
#: sentence, so extraction stays linear in the text, and no quote grows to the whole text.
MAX_SENTENCE = 500

_SOFT_BREAK = "，,；;：:、 "

_FIGURE = frozenset("0123456789.%十百千万亿元")


def _pieces(start: int, end: int, folded: str) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE:
        window = folded[start : start + MAX_SENTENCE]
        cut = max(window.rfind(c) for c in _SOFT_BREAK)
        if cut > MAX_SENTENCE // 4:
            cut = start + cut + 1
        else:  # no comma: cut where no figure is — near before the limit, else after the run it is in
            cut = start + MAX_SENTENCE
            for back in range(cut, cut - 40, -1):
                if folded[back - 1] not in _FIGURE and folded[back] not in _FIGURE:
                    cut = back
                    break
            else:  # (a run of digits is never cut: its tail would read as a figure of its own)
                while cut < end and folded[cut - 1] in _FIGURE and folded[cut] in _FIGURE:
                    cut += 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(folded: str) -> list[Sentence]:
    result, start, paragraph = [], 0, 0
    for m in _SPLIT.finditer(folded + "\n"):
        end = m.start()
        chunk = folded[start:end]
        if chunk.strip():
            for a, b in _pieces(start, end, folded):
                if folded[a:b].strip():
                    result.append(Sentence(a, b, folded[a:b], paragraph))
        if (m.group() == "\n" and not chunk.strip()) or m.group() == "\n":
            paragraph += 1
        start = m.end()
    return result


# 4,080万元: a comma inside a number is no clause's end; 从效益看,2020年,: one before a year is
_CLAUSE_MARK = re.compile(r"[，;]|(?<![\d\s])[：:]|[：:](?!\s*\d)|,(?!\d{3}(?!\d))")


def clause_start(text: str, end: int) -> int:
    """Where the clause that ends at ``end`` starts (after its comma, colon or semicolon): the last mark
    before ``end``, looked for backwards (a figure's clause is near it; the sentence may be long)."""
    dash = text.rfind("——", 0, end)  # …提供了重要支撑——去年我省网络零售实现…: a dash opens a clause too
    after_dash = dash + 2 if dash >= 0 and dash + 2 <= end else 0
    at = end
    while True:
        at = max(
            text.rfind("，", 0, at),
            text.rfind(",", 0, at),
            text.rfind(";", 0, at),
            text.rfind("：", 0, at),
            text.rfind(":", 0, at),
        )
        if at < 0:
            return after_dash
        if _CLAUSE_MARK.match(text, at, end):
            return max(at + 1, after_dash)


def after_semicolon(text: str, start: int) -> bool:
    """The sentence that starts at ``start`` follows a semicolon (spaces between), looked at backwards."""
    i = start - 1
    while i >= 0 and start - i < 8 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] in "；;"


def quoted_alone(text: str, pos: int, label: str) -> bool:
    """“十三五”期间: the quotes hold the period and nothing else (the label may begin with its quote)."""
    if label.startswith(("“", '"')):
        return True
    return text[pos - 1 : pos] in ("“", '"') and text[pos + len(label) : pos + len(label) + 1] in ("”", '"')


def in_title(text: str, pos: int) -> bool:
    """Inside 《…》: a document's or a book's name (within the 80 characters a title runs to)."""
    start = max(0, pos - 80)
    return text.rfind("《", start, pos) > text.rfind("》", start, pos)


class Quotes:
    """Where the article's “quotations” are: a figure or a period inside a short one is part of a name."""

    def __init__(self, folded: str) -> None:
        self.opens = [m.start() for m in re.finditer("“", folded)]
        self.closes = [m.start() for m in re.finditer("”", folded)]

    def inside(self, offset: int) -> bool:
        return bisect.bisect(self.opens, offset) > bisect.bisect(self.closes, offset)

    def inside_short(self, offset: int) -> bool:
        if not self.inside(offset):
            return False
        i = bisect.bisect(self.closes, offset)
        return (
            i < len(self.closes) and self.closes[i] - self.opens[bisect.bisect(self.opens, offset) - 1] <= 20
        )
