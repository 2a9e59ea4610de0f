"""The head of a pasted page, read as an editor reads it: which lines are the page's furniture (breadcrumbs,
page labels, 来源/时间/编辑 lines, bylines, captions, share buttons, site banners, other articles' headlines
and what follows the article), which is the title, and the article's own full date — only where the text
states one (``日期:2023-09-01 18:29``, ``2021年04月28日16:07``, ``26.04.2014 01:43``, ``(2019年07月23日四川
日报)``): a dateline's day without its year (``新华社成都1月20日电``) is no date, and nothing is invented.

``read_head(text)`` works on the text as given; its offsets are the text's. Every rule is named by what
it recognises (``LINE_RULES``), so a new kind of page furniture is one entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .head_dates import DATES, HEAD_CHARS, article_date, full_date, head_at_the_end
from .head_dates import PUBLICATION_WORDS as _PUBLICATION_WORDS
from .head_title import META_AFTER as _META_AFTER
from .head_title import META_KEY as _META_KEY
from .head_title import SPAM_IN_TITLE, HeadLine, title_of, titled_at_the_end
from .head_title import TITLE_KEY as _TITLE_KEY
from .head_title import is_keywords as _is_keywords
from .text import fold, readable, without_readings

#: How far the head runs at most: the lines before the article's first sentence, within these many.
HEAD_LINES = 30

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
#: What each kind of head line looks like. A line is checked against these in order; the first that
#: matches says what it is.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 现在的时间为:2022年10月24日 16时46分50秒, 今天是:2024年5月3日 星期五: a site's clock, no article's date
    # (a line of its own, no sentence: 今天是2013年“中秋”小长假的第一天。全省… is the story)
    (
        "clock",
        re.compile(
            r"^[^。，,；;]{0,30}(?:(?:现在|当前)的?(?:时间|日期)(?:为|是)?\s*[:：]|今天是\s*[:：]?\s*\d)[^。，,；;]{0,30}$"
        ),
    ),
    (
        "breadcrumb",
        re.compile(r"位置\s*[:：]|首页\s*[>》]|[>》]\s*正文|(?<=\S)\s*>{1,2}\s*(?=[^\s>])"),
    ),
    (
        "page label",
        re.compile(
            r"^第?\s*[A-Z]?\d{1,3}\s*版|上一版|下一版|^[-\s]*[A-Z]\d{1,2}\s*[\u4e00-\u9fff]{2,4}\s*-?$|-\s*[A-Z]\d{1,2}\s*[\u4e00-\u9fff]{2,4}\s*-"
            r"|版面|返回该版首页|内容详情|数字报|电子版"
        ),
    ),
    (
        "meta",
        # (2024-01-11 16:35:31来源:四川在线编辑:…: the fields glued to the time before them)
        re.compile(rf"^[【\[(（]?(?:{_META_KEY})\s*[:：]|[\s　\d](?:{_META_KEY})\s*[:：]|【字体|^[:：]\S"),
    ),
    (  # 新华社成都7月10日电 题:四川:竹海“吐金”: an agency's dateline, the title said again after 题:
        "dateline",
        re.compile(
            r"^\s*(?:新华社|中新社|中新网|人民网|新华网|央视网)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电(?:\s|$|题)"
        ),
    ),
    (  # 索 引 号 | 008478033/2017-84231 | 公文种类 | 其他 | 发布机构 | 苍溪县政府 |: a government page's fields
        "fields",
        re.compile(
            r"(?:索\s*引\s*号|公文种类|发布机构|主\s*题\s*词|成文日期|发布日期|所属机构|信息来源|文\s*号)\s*[|｜]"
        ),
    ),
    (  # 财经快讯 价值公司 财经人物 IPO解读 热门赛道 …: a site's menu, words side by side
        "menu",
        re.compile(
            r"^\s*(?:[\u4e00-\u9fffA-Za-z0-9]{2,12}[ \t\u3000]+){5,}[\u4e00-\u9fffA-Za-z0-9]{2,12}\s*$"
        ),
    ),
    (  # a paper's page opens with its other headlines run together: long, and no sentence in it
        "headlines",
        # (40 characters among the rest, matched as runs of what is not one and one: the classes apart,
        # so a line of fewer does not backtrack — 发布时间:…|来源:…|作者:… took 4 s to refuse before)
        re.compile(r"^(?=[^。，,；;！？!?]{60,400}$)(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){40}"),
    ),
    ("license", re.compile(r"许可证|刊号|邮发代号|ICP|备案号|版权|Copyright|©|免责声明|声明[:：]")),
    (
        "strong ui",
        re.compile(
            r"点击右上角|分享到|扫一扫|二维码|下载[\u4e00-\u9fff]{0,8}(?:APP|客户端)|订阅|链接已复制|返回顶部|关闭窗口"
            r"|高级搜索|站内搜索|语音播报"  # (• 标题 站内高级搜索: a paper's search box; 语音播报: a player)
            r"|今天是\s*[:：]?\s*$"  # (…人民政府网站 站群 今天是: a site's greeting and its clock)
        ),
    ),
    (
        "ui",
        re.compile(
            r"点击|分享|微信|朋友圈|扫一扫|二维码|客户端|APP|收藏|打印|关闭窗口|返回顶部|评论|大字|小字号|链接已复制|订阅|热门跟贴|"
            r"登录|注册|账号|"
            r"查看(?:精彩)?(?:图片|大图)|打开[\u4e00-\u9fff]{2,4}新闻|阅读原文|展开全文|已上链"
        ),
    ),
    (  # ((资料图片仅供参考), (图片来源于网络): a photo's note, however it ends
        "caption",
        re.compile(
            r"(?:摄|供图|图片来源|资料图片?|图据[^）)]*)(?:仅供参考|来源于?网络)?\s*[）)]?\s*$|^[▲△■]|^[（(]图"
        ),
    ),
    (
        "byline",
        re.compile(
            r"^(?:[\u4e00-\u9fff]{2,4}\s+)*(?:[\u4e00-\u9fff]{2,8}[-—－])?[\u4e00-\u9fff]{0,10}(?:记者|通讯员|实习生|观察|评论员|撰稿|特约)\s*(?:[\u4e00-\u9fff]{2,4}[\s、,，]*){1,4}(?:文/图|文图|摄)?\s*$"
        ),
    ),
    (
        "official",
        re.compile(
            r"^[\u4e00-\u9fff]{2,20}(?:长|主任|书记|记者|编辑|作者)\s*[:：\s]\s*[\u4e00-\u9fff]{2,4}$"
        ),
    ),
    (  # 眉山市统计局 国家统计局眉山调查队: who issues a bulletin, under its title
        "issuer",
        re.compile(
            r"^(?:[\u4e00-\u9fff]{2,20}(?:局|厅|委员会|政府|办公室|管委会|中心|调查队|调查总队)\s*)+$"
        ),
    ),
    (
        "venue",
        re.compile(
            r"^[—-]*\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*在[\u4e00-\u9fff]{2,30}(?:会议|大会|会)上\s*$"
        ),
    ),
    ("bullet", re.compile(r"^[•·●◆◇○]")),
    (
        "section",
        re.compile(r"^\s*[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,20}$"),
    ),  # 一、全省空气质量情况
)
#: Furniture no sentence of a story looks like, known before a line is taken for prose.
_FURNITURE_FIRST = frozenset(
    {"clock", "breadcrumb", "page label", "license", "caption", "bullet", "strong ui", "headlines"}
)
_TAIL = re.compile(
    r"^(?:新闻推荐|相关新闻|相关阅读|相关文章|相关推荐|相关报道|相关链接|推荐阅读|延伸阅读|热门推荐|热点推荐|精彩推荐|"
    r"猜你喜欢|头条阅读|最热资讯|更多新闻|大家都在看|上一篇|下一篇|"
    r"免责声明|版权声明|【来源[:：]|\(责编|（责编|责任编辑[:：]|扫一扫在手机|TAGS|标签[:：]|- 标签)"
)
_DOCUMENT_WORDS = re.compile(
    r"(?:报告|公报|讲话|通知|决定|意见|规划|纲要|方案|办法|条例|说明|通报|纪要)[)）]?$"
)
_SPAM_SEPARATORS = re.compile(r"[,，\-|]")
_AGENCY = re.compile(
    r"新华社|中新社|中新网|中国新闻网|人民网|央广网|新华网|央视网|川观新闻|四川在线|封面新闻|红星新闻|澎湃新闻|每日经济新闻|"
    r"上证报中国证券网|香港商报网|中国日报"
)
_PAPER = re.compile(
    rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{2,6}}?{_PUBLICATION_WORDS}(?=[\s　讯:：()（）\d】]|$|报道)"
)
_BYLINE_WHO = re.compile(  # 四川经济日报记者 李洋, 四川日报全媒体记者 吴枫: the reporter's paper
    r"(?<![\u4e00-\u9fff])(?P<who>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|报|网|在线|新闻|电视台))(?:全媒体)?记者"
)
_SOURCE = re.compile(
    rf"(?:来源|稿源|消息来源|新闻来源|文章来源|本文转自)\s*[:：]\s*(?P<who>[\u4e00-\u9fffA-Za-z]{{2,16}}?)"
    rf"(?=(?:{_META_KEY})\s*[:：]|[^\u4e00-\u9fffA-Za-z]|$)"
)
_NET_DATELINE = re.compile(r"(?<![\u4e00-\u9fff])(?P<who>[\u4e00-\u9fff]{2,8}?(?:网|报|台))讯")
#: 烟草在线据福建省烟草专卖局网站报道, 烟草在线据《泸州广播网》报道: the medium that relays another's story.
_RELAYED = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<who>[\u4e00-\u9fff]{2,8}?(?:在线|网|报|台))据[^，,。；;]{2,30}?(?:报道|消息)"
)
_DATELINE = re.compile(
    r"(?P<who>新华社|中新社|中新网|人民网|央广网|本报|[\u4e00-\u9fff]{2,6}?(?:日报|晚报|网))"
    r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<month>\d{1,2})月(?P<day>\d{1,2})日\s*(?:电|讯|消息)"
)


@dataclass
class Head:
    title: str | None = None
    published_on: date | None = None
    publication: str | None = None
    dateline: str | None = None  # the place of the dateline (新华社成都1月20日电 → 成都)
    lines: list[HeadLine] = field(default_factory=list)
    body_start: int = 0  # where the article's first sentence starts
    tail_start: int | None = None  # where what follows the article starts (新闻推荐, 版权声明 …)

    def furniture(self) -> list[tuple[int, int]]:
        """The spans that are not the article: its head's furniture and what follows it."""
        spans = [(line.start, line.end) for line in self.lines if line.kind not in ("title", "body", "other")]
        if self.tail_start is not None:
            spans.append((self.tail_start, -1))
        return spans


#: The empty cells a page's table leaves after a line copied from it (…6.76万 | |||||||||).
_TABLE_CELLS = re.compile(r"(?:\s*[|｜]){2,}\s*$")


def _lines(folded: str) -> list[tuple[int, int, str]]:
    """The non-blank lines: where each starts and ends, and its text."""
    found, at = [], 0
    for raw in folded.split("\n"):
        stripped = _TABLE_CELLS.sub("", raw.strip())  # 四川个体户人均年收6.76万 | ||||: a table's empty cells
        if stripped:
            start = at + raw.index(stripped[0])
            found.append((start, start + len(stripped), stripped))
        at += len(raw) + 1
    return found


def _cjk(text: str) -> int:
    return len(_CJK.findall(text))


#: A figure a sentence says (4.5万件, 12.3%): a short line that ends a sentence with one is the story's.
_FIGURE_SAID = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%]")


def _kind(line: str) -> str:
    """What a head line is (read without pinyin readings: 原標(biāo)題 is 原标题). Furniture that no
    sentence looks like is known first; then prose; then what only short lines are (来源:…, bylines)."""
    line = re.sub(r"<[^<>]{1,8}>", "", without_readings(line))  # (<正>…: a journal database's mark, no crumb)
    if re.fullmatch(r"[-|｜:：=\s]+", line):
        return "other"  # ---|---|---: a table's rule
    if re.match(r"[•·●]\s*\S", line) and not LINE_RULES[0][1].search(line):
        line = re.sub(
            r"^[•·●]\s*", "", line
        )  # • 达州55个重大项目集中开工: a title a page bulleted (not a crumb)
    meta = _META_AFTER.search(line)
    if _TITLE_KEY.match(line) or (meta and _is_title(line[: meta.start()]) and full_date(line) is None):
        return "title"  # 原标题:…, 宜宾市140个项目集中开工 本文字数:413: a title the page tagged
    for name, pattern in LINE_RULES:
        if name in _FURNITURE_FIRST and pattern.search(line):
            return name
    if re.match(r"[•·\s]*(?:关键词|关键字|标签|Tags?)\s*[:：]", line):
        return "meta"  # 关键词:2015年,上半年,四川省,…: the page's keywords, not the story
    if _is_keywords(line):
        return "banner"  # (中文字幕在线中乱码,俺来也…, 金沙娱乐,金沙娱乐城官网,…: a spam page's keywords)
    if _is_prose(line) or ("。" in line and _FIGURE_SAID.search(line)):
        return "body"  # (消息来源:四川在线 7月12日,国家统计局…; 全市有效注册商标4.5万件。: the story, not a UI's 注册)
    for name, pattern in LINE_RULES:
        if pattern.search(line):
            return name
    if _is_date_line(line):
        return "date"
    if _is_banner(line):
        return "banner"
    if _is_body(line):
        return "body"
    return "title" if _is_title(line) else "other"


def _is_prose(line: str) -> bool:
    """A sentence of the story: long, and a sentence ends in it or its clauses run on."""
    return len(line) >= 30 and ("。" in line or line.count("，") + line.count(",") >= 3)


def _is_body(line: str) -> bool:
    """Prose: a sentence ends in it, or it is longer than any title, or it opens a speech (各位代表:)."""
    return (
        "。" in line
        or len(line) > 90
        or bool(re.search(r"[:：]$", line))
        or line.count("，") + line.count(",") >= 3
    )


def _is_title(line: str) -> bool:
    plain = re.sub(r"\s", "", line)
    if re.search(r"[:：,，、;；]$", plain) or plain.startswith(("—", "-")):  # (根据…数据显示, runs on)
        return False
    return _cjk(plain) >= 8 or (_cjk(plain) >= 4 and bool(_DOCUMENT_WORDS.search(plain)))


def _is_date_line(line: str) -> bool:
    """A line that is a date (and a time, a weekday, a source or the paper's name), not a sentence."""
    if not any(p.search(line) for p in DATES):
        return False
    rest = line
    for p in (*DATES, _TIME):
        rest = p.sub("", rest)
    rest = re.sub(r"https?://\S+", "", rest)  # (http://finance.sina.com.cn 2005年12月22日 05:38 …)
    rest = re.sub(
        rf"[\u4e00-\u9fff]{{0,6}}{_PUBLICATION_WORDS}", "", rest
    )  # (四川新闻网-成都商报: its source)
    rest = re.sub(rf"(?:星期|周)[一二三四五六日天]|{_META_KEY}|[\s:：|()（）【】.\-—]", "", rest)
    return _cjk(rest) <= 8 and "。" not in line


#: A site's edition named alone on a line (中国台湾网移动版, 川观新闻客户端, 切换至电脑版).
_EDITION = re.compile(
    r"[•·]?(?:切换至|切換至)?[\u4e00-\u9fffA-Za-z]{0,12}(?:移动版|移動版|手机版|手機版|触屏版|觸屏版|WAP版|客户端|客戶端|电脑版|電腦版)"
)


_SITE_AND_SLOGAN = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,12}\s*[-—|｜]\s*[\u4e00-\u9fff]{2,12}(?:门户|平台|网站|网|在线|频道|资讯)"
)


def _is_banner(line: str) -> bool:
    """A site's name or a slogan (玩酷网, 导航菜单, 看家乡事,品故乡情), or a list of keywords a spam page
    puts before the article."""
    plain = re.sub(r"\s", "", line)
    if re.match(r"[•·\s]*(?:您好[，,!！\s]*)?欢迎(?:您|访问|来到|进入|光临)", line):
        return True  # 欢迎您,进入…平台!今天是, 您好,欢迎访问德阳市统计局!: a site's greeting
    if re.match(r"\s*(?:跳转到|跳到|跳过)[\u4e00-\u9fff]{0,8}(?:导航|内容|正文)", line):
        return True  # 跳转到路径导航栏: a link for screen readers
    if _cjk(plain) < 8 and not _DOCUMENT_WORDS.search(plain):
        return True
    if _SITE_AND_SLOGAN.fullmatch(line.strip()):
        return True  # 智研咨询 - 产业信息门户: a site's name and what it calls itself
    if _EDITION.fullmatch(plain):
        return True  # 中国台湾网移动版, 四川在线手机版: the edition of a site, its logo
    # (地方: 成都 绵阳 德阳…, 新闻 视频 图片网 更多»: a menu, its label and its arrows aside)
    words = [w for w in re.sub(r"[»«›‹>]", " ", line).split() if not re.search(r"[:：]$", w)]
    if len(words) >= 2 and (
        len(set(words)) == 1  # 中国养猪网 中国养猪网: a site's logo and its alt text
        or (len(words) >= 3 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", w) for w in words))
    ):  # 外商投资 自贸区 经济发展: the tags a page puts under a title
        return True
    if "。" in line:
        return False
    parts = [p for p in _SPAM_SEPARATORS.split(line) if p.strip()]
    return (
        len(parts) >= 3 and max(len(p) for p in parts) <= 24 and not re.search(r"\d+(?:\.\d+)?[%亿万]", line)
    )


def read_head(text: str) -> Head:
    """The head of ``text``: its lines' kinds, title, own date, publication and dateline."""
    folded = fold(text)
    head = Head()
    lines = _lines(folded[: HEAD_CHARS + 200])
    for i, (start, end, line) in enumerate(lines[:HEAD_LINES]):
        if start > HEAD_CHARS:
            break
        kind = _kind(SPAM_IN_TITLE.sub("", line).strip() or line)  # (a title a spam page glued words to)
        if kind == "body" and not head.lines and _kicker_before_title(line, lines[i + 1 : i + 2]):
            kind = "other"  # 四川体育产业2024年目标: / 力争…超过2600亿元: a kicker, then the title
        if kind in ("breadcrumb", "menu") and full_date(line) is None:
            # before the breadcrumb or the menu: the site's, not the article's (a date line that ends with
            # its channel's crumbs — 2022/5/25 11:29:48 … 分类:首页>新闻资讯 — comes after the article's title)
            for earlier in head.lines:
                earlier.kind = "banner" if earlier.kind == "title" else earlier.kind
        if kind == "banner" and any(h.kind == "title" for h in head.lines):
            kind = "other"  # after the title, a word alone heads a section (眉山): part of the article
        head.lines.append(HeadLine(start, end, line, kind))
        if kind == "body":
            head.body_start = start
            break
    else:
        head.body_start = head.lines[-1].end if head.lines else 0
    for earlier, later in zip(head.lines, head.lines[1:], strict=False):
        if (
            earlier.kind in ("banner", "breadcrumb")
            and re.search(r"首页$", earlier.text)
            and later.kind == "title"
            and "\n\n" not in folded[earlier.end : later.start].replace(" ", "")
        ):  # 新华丝路首页 / 一带一路国家级信息服务平台: the site's home link and its slogan, not a kicker
            later.kind = "banner"
    for earlier, later in zip(head.lines, head.lines[1:], strict=False):  # 某县新闻 / 2024-04-12: a title
        titled = any(h.kind == "title" for h in head.lines)
        if (
            earlier.kind == "banner"
            and later.kind in ("date", "meta", "dateline")
            and _cjk(earlier.text) >= 4
            and not titled
        ):
            earlier.kind = "title"
    story_at = max((i for i, h in enumerate(head.lines) if h.kind in ("title", "body")), default=-1)
    for h in head.lines[story_at + 1 :]:  # a short line with nothing after it is the text itself (投资30亿元)
        h.kind = "other" if h.kind == "banner" else h.kind
    end_title, end_date = head_at_the_end(text, folded)
    head.title = title_of(head.lines, text) or titled_at_the_end(text) or end_title
    head.published_on = article_date(head.lines, folded) or (end_date if end_title else None)
    head.publication, head.dateline = _publication(head.lines, folded)
    head.tail_start = _tail(folded, head.body_start)
    return head


def _kicker_before_title(line: str, after: list[tuple[int, int, str]]) -> bool:
    """A short first line that ends with a colon and a title line after it: the title's kicker (not a
    speech's opening, 各位代表:, whose next line is prose)."""
    plain = re.sub(r"\s", "", without_readings(line))
    if not re.search(r"[:：]$", plain) or len(plain) > 24 or "。" in plain or not after:
        return False
    return _kind(after[0][2]) == "title"


def _publication(lines: list[HeadLine], folded: str) -> tuple[str | None, str | None]:
    head = readable(folded[: max((line.end for line in lines), default=0) + 300])[0]
    for line in lines:  # (第03版:四川新闻: a page's name, not the paper's)
        if line.kind in ("page label", "license", "breadcrumb"):
            head = head.replace(line.text, " " * len(line.text))
    dateline = _DATELINE.search(head)
    place = dateline.group("place") if dateline else None
    for line in lines:
        source = _SOURCE.search(line.text)
        if source and not re.search(r"[处科局厅室部委]$", _named(source.group("who"))):  # 来源:工业处: a desk
            return _named(source.group("who")), place
    if dateline and dateline.group("who") != "本报":
        return dateline.group("who"), place
    tail = _SOURCE.search(readable(folded[-400:])[0])  # 来源:成都日报 责任编辑:刘松 under the story
    if tail and re.search(rf"{_PUBLICATION_WORDS}$", _named(tail.group("who"))):
        return _named(tail.group("who")), place
    found = (
        _AGENCY.search(head)
        or _NET_DATELINE.search(head)
        or _RELAYED.search(head)
        or _BYLINE_WHO.search(head)
        or _PAPER.search(head)
    )
    if found is None:
        return None, place
    return _named(found.group("who") if "who" in found.groupdict() else found.group()), place


def _named(who: str) -> str:
    """人民网-安徽频道 → 人民网, 中國新聞網 → 中国新闻网."""
    return re.split(r"[-—－·]", who)[0].strip()


def _tail(folded: str, body_start: int) -> int | None:
    """Where what follows the article starts: other articles (新闻推荐), notices (免责声明), tags."""
    at = folded.find("\n", body_start)
    while at != -1:
        line_start = at + 1
        line_end = folded.find("\n", line_start)
        line = folded[line_start : line_end if line_end != -1 else len(folded)]  # (no copy of the rest)
        if _TAIL.match(line.strip()):
            return line_start + (len(line) - len(line.lstrip()))
        at = folded.find("\n", line_start)
    return None


def source_details(text: str) -> dict[str, str]:
    """Title, published_on (YYYY-MM-DD), publication and dateline found in the head of ``text``; a key is
    missing when the text does not say (the editor fills it in)."""
    head = read_head(text)
    details: dict[str, str] = {}
    if head.title:
        details["title"] = head.title
    if head.published_on:
        details["published_on"] = head.published_on.isoformat()
    if head.publication:
        details["publication"] = head.publication
    if head.dateline:
        details["dateline"] = head.dateline
    return details
