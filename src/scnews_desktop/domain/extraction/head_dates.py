"""The dates of a pasted page's head: a full date as pages write it, the article's own (on a date line, a meta
line, a title's own, a dateline, over two lines, a reprint's attribution), and a listing's head given under the
story. Read by the head stage (``head``); never the current year, never a site's clock."""

from __future__ import annotations

import re
from datetime import date

from .head_title import DATELINE_DATED, TITLE_DATED, HeadLine

#: How far the head runs at most, in characters.
HEAD_CHARS = 1500
#: What a medium's name ends with (四川日报, 四川新闻网, 川观新闻客户端).
PUBLICATION_WORDS = r"(?:经济日报|日报|晚报|商报|都市报|早报|新闻网|电视台|广播电视台|网|客户端)"
# A full date as pages write it, with consistent separators (1-7月 and 2023年1-7月 are no dates).
DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d月])"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])"),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])"),  # 26.04.2014
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*\n\s*(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"),  # 2015\n04/25
)
_COMPACT_DATE = re.compile(r"(?<!\d)(?P<y>20\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>[0-3]\d)(?!\d)")  # 时间:20210121
#: A line that begins with the page's date field (发布时间:2023-12-27 14:27:11): the field alone.
DATE_KEY_FIRST = re.compile(
    r"^\s*(?:发布时间|发布日期|时间|日期|更新时间)\s*[:：]\s*[\d\-/.年月日号\s:]{8,24}"
)
_ATTRIBUTION = re.compile(  # (2019年07月23日四川日报), (刊于4月10日澳门《星报》): a reprint's source
    rf"[（(]\s*(?P<date>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)\s*(?P<who>[\u4e00-\u9fff《》]{{2,10}}?{PUBLICATION_WORDS}?)\s*[)）]"
)


def full_date(text: str) -> date | None:
    """The first full date written in ``text`` (year, month and day), if a real one."""
    hits = [m for p in DATES for m in [p.search(text)] if m is not None]
    for m in sorted(hits, key=lambda m: m.start()):
        try:
            return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    return None


def head_at_the_end(text: str, folded: str) -> tuple[str | None, date | None]:
    """A listing's head given under the story: its title on a line of its own, then 发布时间:2017-07-07 19:12
    (…2017年上半年成都温江花木销售10.734亿元 / 发布时间:… 点击:1270) — the title and the date, else nothing."""
    lines = [line.strip() for line in folded.rstrip().rsplit("\n", 6)[-6:]]
    written = [line.strip() for line in text.rstrip().rsplit("\n", 6)[-6:]]  # (fold keeps every offset)
    for i, line in enumerate(lines[1:], 1):
        before = lines[i - 1]
        if (
            DATE_KEY_FIRST.match(line)
            and 6 <= len(before) <= 40
            and not re.search(r"[。，,；;：:！？!?]", before)
            and (found := full_date(line)) is not None
        ):
            return written[i - 1], found
    return None, None


def article_date(lines: list[HeadLine], folded: str) -> date | None:
    """The article's date: on a head line that gives one (a date line, a meta line, a title's own
    (2021年12月12日)), else over two lines (2015 / 04/25), else in a reprint's attribution near the start."""
    for line in lines:
        if line.kind == "body" and (dated := TITLE_DATED.match(line.text)) is not None:
            found = full_date(dated.group("date"))  # …分析报告2014年03月28日来源:成都市工商局一、…
            if found is not None:
                return found
        if line.kind == "body" and (dateline := DATELINE_DATED.match(line.text)) is not None:
            found = full_date(dateline.group("date"))  # 成都2024年2月2日 /美通社/ -- …: the story's dateline
            if found is not None:
                return found
        if line.kind == "body" and (glued := DATE_KEY_FIRST.match(line.text)) is not None:
            found = full_date(glued.group())  # 发布时间:2023-12-27 14:27:11 | 来源:… 12月22日,筠连县…:
            if found is not None:  # the page's fields run into the story on one line
                return found
        if line.kind in ("body", "caption", "bullet", "clock") or (
            line.kind == "banner" and not line.text.startswith("欢迎")
        ):
            continue
        found = full_date(line.text)
        if found is None and line.kind == "meta":
            found = _compact_date(line.text)
        if found is not None:
            return found
    head_end = next((line.start for line in lines if line.kind == "body"), lines[-1].end if lines else 0)
    split = DATES[-1].search(folded, 0, head_end)
    if split is not None:
        try:
            return date(int(split.group("y")), int(split.group("m")), int(split.group("d")))
        except ValueError:
            pass
    attribution = _ATTRIBUTION.search(folded[:HEAD_CHARS])
    return full_date(attribution.group("date")) if attribution is not None else None


def _compact_date(text: str) -> date | None:
    """时间:20210121."""
    m = _COMPACT_DATE.search(text)
    if m is None:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
