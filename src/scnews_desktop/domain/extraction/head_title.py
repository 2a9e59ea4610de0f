"""Which line of a page's head is the title: the first run of title lines (a kicker, the title, a subtitle)
— the one that holds the others, the one a 原标题: line names, the one the page's list of headlines says
again — else them joined; a title a meta line gives (原标题:…); a title run into the first line
(全省产业园区建设取得重大进展——记者从…)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold, readable, without_readings


@dataclass
class HeadLine:
    start: int
    end: int
    text: str  # folded
    kind: str  # a LINE_RULES name, "title", "date", "banner", "body" or "other"


META_KEY = (
    r"标题|原标题|来源|稿源|消息来源|时间|日期|发布时间|发布日期|更新时间|作者|编辑|责任编辑|责编|"
    r"编审|审核|校对|浏览|浏览次数|点击|点击数|阅读|字体|字号|分享|发布者|发布|出处|供稿|新闻来源|文章来源|"
    r"本文转自|转自|转载自|入库时间|所属地区|本文字数|字数|核心提示|内容提要|导读|发布机构|索引号|文号|关键词|主管单位|主办单位|承办单位"
)
META_AFTER = re.compile(rf"\s+(?:{META_KEY})\s*[:：]")  # 宜宾市140个项目集中开工 本文字数:413
TITLE_KEY = re.compile(r"^(?:原标题|原標題|标题|標題)\s*[:：]\s*(.+)$")
_SUMMARY_BULLET = re.compile(r"^\s*[•·●][^:：]*[，,]")
#: What a spam page glues into a title it copied: a lottery site's words inside it (202澳门精选免费资料大全3年),
#: a casino's name and links after it (…金沙娱乐城- 金沙娱乐官网-城APP【官网直营】), a 原创 label before it.
SPAM_IN_TITLE = re.compile(
    r"(?:新?澳门|澳彩|香港)[\u4e00-\u9fff]{0,6}?(?:免费资料大全|资料大全|免费资料|精准资料|开奖结果)"
    r"|[\u4e00-\u9fff]{2}娱乐(?:城|场)?[-\s\u4e00-\u9fffA-Za-z【】]*(?:官网|APP|直营)[-\s\u4e00-\u9fffA-Za-z【】]*$"
    r"|^原创\s+"
)
_SERIES = re.compile(r"系列报道|巡礼|专栏|特别报道|之[一二三四五六七八九十]+$")


def title_of(lines: list[HeadLine], text: str) -> str | None:
    """The first run of title lines (a kicker, the title, a subtitle): the one that holds the others, else
    them joined; a series' kicker (…系列报道之九) gives way to the title after it."""
    group: list[HeadLine] = []
    for line in lines:
        if line.kind == "title" and _SUMMARY_BULLET.match(line.text):
            continue  # ●创办企业17.1万余户,带动就业210余万人…: the story's summary under its title, no title
        if line.kind == "title":
            group.append(line)
        elif group and line.kind not in ("other",):
            break
    if len(group) > 1 and _SERIES.search(group[0].text):
        group = group[1:]
    if not group:
        return _titled(lines, text) or _run_in(lines, text)
    written = [
        re.sub(
            # (…6.7万套 | 政府工作报告: the page's column; 【四川法治报】…: the medium's tag before it)
            r"^[•·●]\s*|\s+[|｜]\s+[^|｜\d]{2,12}$|^【[^】]{2,12}(?:报|网|社|台|新闻|客户端)】",
            "",
            TITLE_KEY.sub(
                r"\1", META_AFTER.split(without_readings(text[line.start : line.end].strip()))[0]
            ).strip(),
        )
        for line in group
    ]
    written = [SPAM_IN_TITLE.sub("", w).strip() or w for w in written]
    plain = [re.sub(r"\s", "", readable(fold(w))[0]) for w in written]
    for i, p in enumerate(plain):
        if all(_holds(p, q) for q in plain):
            return written[i][:120]
    named = named_title(lines, text)  # (a kicker and a title, and 原标题: the title below names which)
    if named is not None and len(group) > 1:
        key = re.sub(r"\s", "", readable(fold(named))[0])
        for i, p in enumerate(plain):
            if p == key:
                return written[i][:120]
    listed = _listed_elsewhere(plain, [line for line in lines if line not in group])
    if listed is not None:  # (a kicker and a title, the page's list of headlines holding the title)
        return written[listed][:120]
    return " ".join(written)[:120]


def _listed_elsewhere(plain: list[str], others: list[HeadLine]) -> int | None:
    """The one title line of several that the page's other head lines (its list of headlines, its bullets)
    say again: the title, the rest a kicker or a subtitle."""
    if len(plain) < 2:
        return None
    said = {re.sub(r"[\s•·●]", "", line.text) for line in others}
    hits = [i for i, p in enumerate(plain) if len(p) >= 6 and p in said]
    return hits[0] if len(hits) == 1 else None


#: A title run into the story's first line (全省产业园区建设取得重大进展——记者从…获悉): the words before the dash.
_RUN_IN = re.compile(r"^\s*([^，。,；;：:！？!?\s—\-“”\"(（]{6,30})——(?=\S)")


#: A document copied without its line breaks: the title, its date and its source in the story's first line
#: (成都市2013年度市场主体发展情况分析报告2014年03月28日来源:成都市工商局一、…).
TITLE_DATED = re.compile(
    r"^\s*(?P<title>[^，。,；;！？!?\s]{6,60}?[^\d\s])"
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    r"(?:来源|稿源|作者|编辑|发布单位|发布机构)[:：]"
)


def _run_in(lines: list[HeadLine], text: str) -> str | None:
    """The title of a page that shows none but runs it into its first line before a dash, or before its
    date and source."""
    first = next(
        (line for line in lines if line.kind not in ("banner", "other", "ui", "strong ui", "clock")), None
    )
    if first is None or first.kind != "body":
        return None
    m = _RUN_IN.match(first.text) or TITLE_DATED.match(first.text)
    return text[first.start : first.start + m.end(1)].strip() if m else None


#: A government page's table of fields (索引号 | … | 发布日期 | 2021-10-26 | 主题词 | 48个老旧小区加速改造 |): the
#: field that names the page, when it reads as a title (not a list of keywords: 经济;统计).
_TITLE_FIELD = re.compile(
    r"(?:^|\|)\s*(?:标\s*题|名\s*称|主\s*题\s*词)\s*\|\s*(?P<title>[^|;；]*[\u4e00-\u9fff][^|;；]{5,}?)\s*(?:\||$)"
)


def named_title(lines: list[HeadLine], text: str) -> str | None:
    """The title a 原标题:/标题: line gives, wherever it stands in the head (or a field table's 标题, 名称, 主题词)."""
    for line in lines:
        plain = without_readings(text[line.start : line.end]).strip()
        m = TITLE_KEY.match(plain)
        if m and m.group(1).strip():
            return m.group(1).strip()
        field = _TITLE_FIELD.search(plain)
        if field and len(re.findall(r"[\u4e00-\u9fff]", field.group("title"))) >= 8:
            return field.group("title").strip()
    return None


def _holds(title: str, other: str) -> bool:
    """The title holds the other line: it contains it, or the other is the title said again in part, its
    characters in order (2023年夹江县国民经济和社会发展 / 统计公报 under （四川省）2023年乐山市夹江县…统计公报)."""
    if other in title:
        return True
    if len(other) < 4:
        return False
    rest = iter(title)
    return all(ch in rest for ch in other)


def _titled(lines: list[HeadLine], text: str) -> str | None:
    """原标题:… / 标题:…: a meta line that gives the title."""
    named = named_title([line for line in lines if line.kind in ("meta", "fields")], text)
    return named[:120] if named else None


#: A story that opens with a dateline giving its full date (成都2024年2月2日 /美通社/, 新华社成都2024年2月2日电).
DATELINE_DATED = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,12}?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(?:/\s*[\u4e00-\u9fff]{2,6}\s*/|电|讯)"
)


#: How far from its end a page gives its title again (…(记者 杨富)\n原标题:…), when its head shows none.
_END_LINES = 6


def titled_at_the_end(text: str) -> str | None:
    """The title of a page that shows none at its head but gives it at its end (原标题:… under the story)."""
    lines = [line.strip() for line in text.rstrip().rsplit("\n", _END_LINES)[-_END_LINES:]]
    keyed = (TITLE_KEY.match(without_readings(line)) for line in lines if line)
    return next((m.group(1).strip()[:120] for m in keyed if m and m.group(1).strip()), None)


def is_keywords(line: str) -> bool:
    """A row of short phrases between commas and nothing else — no sentence ends in it, no figure of a
    quantity — that a spam page puts above (or beside) an article it copied."""
    if re.search(r"[。！？!?；;：:]|\d+(?:\.\d+)?\s*[%万亿元个家人]", line):
        return False
    parts = [p for p in re.split(r"[,，]", line) if p.strip()]
    return len(parts) >= 4 and max(len(p.strip()) for p in parts) <= 16
