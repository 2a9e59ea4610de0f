"""A growth said as the exception to the rest (除2020年增长3.4%外，其余年份服务业增加值均保持8%以上增长): it is
of the measure the rest is said of, after 其余/其他 — its own clause says only why it was the exception."""

from __future__ import annotations

import bisect
import re

from ..vocabulary import lookup
from .candidate import Candidate
from .text import Sentence

#: 除…外，其余年份服务业增加值均…: the span of the exception, and what the rest is said of.
_EXCEPT_REST = re.compile(
    r"除(?P<exception>[^。；;]{2,60}?)外[，,]\s*其[余他](?:年份|月份|各月|季度|时间|地区|行业)?的?"
    r"(?P<subject>[\u4e00-\u9fff]{2,16}?)(?:均|都|也|仍|保持|实现|增速)"
)


def excepted(results: list[Candidate], sentences: list[Sentence]) -> None:
    """Name the growths said alone inside a 除…外 span by the catalogue measure the rest is said of."""
    starts = [s.start for s in sentences]
    for c in results:
        if c.kind != "observation" or c.value is not None or (c.indicator and lookup(c.indicator)):
            continue  # (a growth its own clause names by the catalogue: its own)
        sentence = sentences[bisect.bisect_right(starts, c.start) - 1]
        at = c.start - sentence.start
        for m in _EXCEPT_REST.finditer(sentence.text):
            if not m.start("exception") <= at < m.end("exception"):
                continue
            entry = lookup(m.group("subject"))
            if entry is not None:
                c.indicator = entry.name
                c.why["indicator"] = (
                    f"“除…外”：其余部分所说的“{m.group('subject')}”（指标目录：{entry.name}）"
                )
            break
