"""The source details a pasted article carries in its first lines: its title, the date, the publication
and the place of its dateline (``2024-01-26 绵阳日报``, ``新华社成都1月20日电``, ``本报讯``)."""

from __future__ import annotations

import re
from datetime import date

from .extraction import fold, readable

#: How far into the text the details are looked for: a header and a dateline, not the story.
HEAD = 400

_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_AGENCY = re.compile(
    r"新华社|中新社|中新网|人民网|央广网|新华网|央视网|川观新闻|四川在线|封面新闻|红星新闻|澎湃新闻"
)
_PAPER = re.compile(
    r"[\u4e00-\u9fff]{2,6}?(?:经济日报|日报|晚报|商报|都市报|新闻网|电视台|广播电视台)(?=[\s　讯:：()（）\d]|$|报道)"
)
# 新华社成都1月20日电, 中新网成都11月14日电, 本报德州5月27日讯
_DATELINE = re.compile(
    r"(?P<who>新华社|中新社|中新网|人民网|央广网|本报|[\u4e00-\u9fff]{2,6}?(?:日报|晚报|网))"
    r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<month>\d{1,2})月(?P<day>\d{1,2})日\s*(?:电|讯|消息)"
)


def source_details(text: str, today: date | None = None) -> dict[str, str]:
    """Title, published_on (YYYY-MM-DD), publication and dateline found in the head of ``text``; a key is
    missing when the text does not say (the editor fills it in)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    details: dict[str, str] = {}
    if lines:
        details["title"] = lines[0][:80]
    head = readable(fold(text[:HEAD]))[0]  # 中新網(wǎng)成都…電 as 中新网成都…电
    full = _FULL_DATE.search(head)
    year = None
    if full:
        try:
            found = date(int(full.group(1)), int(full.group(2)), int(full.group(3)))
            details["published_on"] = found.isoformat()
            year = found.year
        except ValueError:
            pass
    dateline = _DATELINE.search(head)
    if dateline:
        details["dateline"] = dateline.group("place")
        if dateline.group("who") != "本报":
            details["publication"] = dateline.group("who")
        if "published_on" not in details:
            day = _day_of(int(dateline.group("month")), int(dateline.group("day")), year, today)
            if day is not None:
                details["published_on"] = day.isoformat()
    if "publication" not in details:
        paper = _AGENCY.search(head) or _PAPER.search(head)
        if paper:
            details["publication"] = paper.group()
    return details


def _day_of(month: int, day: int, year: int | None, today: date | None) -> date | None:
    """A dateline's day without a year: in the year the text gives, else the latest such day up to today."""
    today = today or date.today()
    for candidate_year in [year] if year else [today.year, today.year - 1]:
        try:
            found = date(candidate_year, month, day)
        except ValueError:
            return None
        if year or found <= today:
            return found
    return None
