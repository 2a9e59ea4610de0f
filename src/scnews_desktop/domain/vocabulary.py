"""The indicator catalogue: the indicators of the national and Sichuan statistical system that economic
news reports, each with its unit, measure, category, growth basis, the wordings articles use and where it
comes from — shipped as data (``data/indicator_catalogue.csv``; the GB/T 4754—2017 industry divisions and
the statistical bureau's breakdowns with their usual measures, ``data/industry_breakdowns.csv`` ×
``data/industry_measures.csv``), extended by the newsroom's own file of the same columns (the path in
``SCNEWS_CATALOGUE``, set by the app to ``indicator_catalogue.csv`` in its data folder).

``growth_basis`` says how the growth reported for an indicator is computed: ``real`` — at comparable
prices (按可比价格计算), as China reports GDP, value added and gross output value — or ``nominal`` (按现价:
trade, retail sales, revenue, incomes, investment). A real growth rate cannot be compared with the
change of the levels (which are at current prices) as if they were the same number.

``lookup`` finds the entry of a name as typed or a phrase as an article writes it (实现地区生产总值,
全市GDP).
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .script import to_simplified

GROWTH_BASES = ("nominal", "real")
MEASURES = ("flow", "stock", "rate", "count")
COLUMNS = ("name", "unit", "measure", "category", "growth_basis", "wordings", "source")


@dataclass(frozen=True)
class VocabularyEntry:
    name: str
    unit: str
    measure: str
    category: str
    growth_basis: str = "nominal"
    aliases: tuple[str, ...] = field(default_factory=tuple)
    description: str | None = None
    source: str = ""


@dataclass(frozen=True)
class Catalogue:
    entries: tuple[VocabularyEntry, ...]
    breakdowns: tuple[str, ...]  # industries and kinds of enterprise that take a measure (汽车制造业 …)
    #: the measures a breakdown is reported with, each with the words articles use for it (利润 → 利润总额)
    measures: dict[str, str]
    problems: tuple[str, ...]  # rows of the newsroom's file that were left out, and why


def _data(name: str) -> str:
    return (resources.files("scnews_desktop") / "data" / name).read_text(encoding="utf-8")


def _words(text: str | None) -> tuple[str, ...]:
    return tuple(w.strip() for w in (text or "").split("、") if w.strip())


def read_rows(text: str, origin: str) -> tuple[list[VocabularyEntry], list[str]]:
    """Catalogue rows (the columns of ``COLUMNS``) → entries, and the rows refused, each with its reason
    in Chinese (a newsroom's file is read with the same rules as the shipped one)."""
    from .units import is_unit  # (here: the unit registry is not needed until a row is read)

    entries, problems = [], []
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("name", "unit") if c not in (reader.fieldnames or [])]
    if missing:
        return [], [f"{origin}：缺少列“{'”“'.join(missing)}”，整个文件未读入"]
    for number, row in enumerate(reader, start=2):
        name = (row.get("name") or "").strip()
        unit = (row.get("unit") or "").strip()
        measure = (row.get("measure") or "flow").strip() or "flow"
        basis = (row.get("growth_basis") or "nominal").strip() or "nominal"
        reason = (
            "缺少指标名称"
            if not name
            else f"不认识的单位“{unit}”"
            if not is_unit(unit)
            else f"计量类型应为 {'/'.join(MEASURES)}"
            if measure not in MEASURES
            else f"增长口径应为 {'/'.join(GROWTH_BASES)}"
            if basis not in GROWTH_BASES
            else None
        )
        if reason:
            problems.append(f"{origin} 第{number}行：{reason}，未读入")
            continue
        entries.append(
            VocabularyEntry(
                name,
                unit,
                measure,
                (row.get("category") or "").strip() or "其他",
                basis,
                _words(row.get("wordings")),
                None,
                (row.get("source") or "").strip() or origin,
            )
        )
    return entries, problems


def _breakdown_measures() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_data("industry_measures.csv"))))


def _breakdown_entries() -> tuple[list[VocabularyEntry], list[str]]:
    """Each industry division and kind of enterprise with each usual measure: 汽车制造业利润总额."""
    entries: list[VocabularyEntry] = []
    names: list[str] = []
    measures = _breakdown_measures()
    for row in csv.DictReader(io.StringIO(_data("industry_breakdowns.csv"))):
        forms = (row["name"], *_words(row["wordings"]))
        names.extend(forms)
        for m in measures:
            wordings = {f + w for f in forms for w in (m["measure"], *_words(m["wordings"]))}
            wordings.discard(row["name"] + m["measure"])
            entries.append(
                VocabularyEntry(
                    row["name"] + m["measure"],
                    m["unit"],
                    m["kind"],
                    "工业行业",
                    m["growth_basis"],
                    tuple(sorted(wordings)),
                    None,
                    row["group"],
                )
            )
    return entries, names


@functools.cache
def catalogue() -> Catalogue:
    """The shipped catalogue, then the newsroom's file (its rows added; a name it repeats, replaced)."""
    entries, problems = read_rows(_data("indicator_catalogue.csv"), "indicator_catalogue.csv")
    more, breakdowns = _breakdown_entries()
    entries += more
    extension = os.environ.get("SCNEWS_CATALOGUE")
    if extension and Path(extension).is_file():
        try:
            text = Path(extension).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{extension}：无法读取（{exc}），未读入")
        else:
            own, refused = read_rows(text, Path(extension).name)
            problems += refused
            replaced = {(e.name, e.unit) for e in own}
            entries = [e for e in entries if (e.name, e.unit) not in replaced] + own
    measures = {m["measure"]: m["measure"] for m in _breakdown_measures()}
    for m in _breakdown_measures():
        measures.update({w: m["measure"] for w in _words(m["wordings"]) if w not in measures})
    return Catalogue(
        tuple(entries), tuple(sorted(set(breakdowns), key=len, reverse=True)), measures, tuple(problems)
    )


def entries() -> tuple[VocabularyEntry, ...]:
    return catalogue().entries


# Words before an indicator's name in a sentence that are not part of it.
_LEADING = re.compile(
    r"^(?:其中|全年|全市|全省|全县|全区|全州|全国|我省|我市|本市|本省|今年|去年|当年|同期|累计|共计|共|总计|合计|"
    r"实现了?|完成了?|达到了?|达|录得|规模为|投入了?|的)+"
)
_TRAILING = re.compile(r"(?:为|是|达到|达|实现|完成|总计|共计|累计|(?<!签)约|近|逾|超过|突破|分别)+$")
_NOISE = re.compile(r"[\s“”\"'‘’《》〈〉（）()【】\[\]·•●◆■▪]")


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
    # a count said as 数量 is the count the catalogue names 数 (新设外商投资企业数量 → 新设外商投资企业数)
    keys += [k[:-2] + "数" for k in keys if k.endswith("数量") and len(k) > 4]
    # people counted said with 人数 after a name that counts them (失业人员实现再就业人数 → 失业人员实现再就业)
    keys += [k[:-2] for k in keys if k.endswith("人数") and len(k) > 5]
    # a rate's mean over the period said (一季度城镇调查失业率均值为5.5%): the rate of that period
    keys += [m.group(1) for k in keys if (m := re.fullmatch(r"(.{2,}率)(?:平均值|均值)", k))]
    # an abbreviation after the words it stands for (研究与试验发展(R&D)经费投入强度): the words
    keys += [short for k in keys if (short := _ABBREVIATION.sub("", k)) != k and len(short) >= 3]
    return keys


_ABBREVIATION = re.compile(r"(?<=[\u4e00-\u9fff])[A-Z&]{2,6}(?=[\u4e00-\u9fff])")


@functools.cache
def _index() -> dict[str, VocabularyEntry]:
    index: dict[str, VocabularyEntry] = {}
    for entry in entries():
        for key in (entry.name, *entry.aliases):
            index.setdefault(name_key(key), entry)
    return index


def lookup(phrase: str, strict: bool = False) -> VocabularyEntry | None:
    """The vocabulary entry a name or phrase means. ``strict``: only by name or alias as written (a
    name typed into a form or a spreadsheet). Otherwise also without the verbs and scope words around
    it, and by the longest name or alias the phrase ends with (规模以上工业增加值 in 全市规模以上工业增加值,
    not the shorter 工业增加值)."""
    keys = phrase_keys(phrase)
    if not keys:
        return None
    by_key = _index()
    for key in keys[:1] if strict else keys:
        if key in by_key:
            return by_key[key]
    if strict:
        return None
    phrase_key = keys[-1]
    for at in range(len(phrase_key) - 2):  # the longest name or alias it ends with (3 characters or more)
        candidate = phrase_key[at:]
        if candidate in by_key:
            if not _only_scope(phrase_key[:at]):
                return None  # 对美国进出口, 民营企业进出口, 劳动生产总值: a part or another indicator
            return by_key[candidate]
    return None


_SHARE_OF = re.compile(r"(?P<part>.{2,}?)占(?P<whole>.{2,}?)的?(?P<kind>比重|比例)")


def standard_share(phrase: str) -> str | None:
    """A share written with the catalogue's names of its part and whole (第三产业增加值占GDP比重 →
    第三产业增加值占地区生产总值比重: the statistical wording an editor files it under), or None when the
    phrase is no share or the catalogue names neither."""
    m = _SHARE_OF.fullmatch(phrase)
    if m is None:
        return None
    part, whole = (lookup(m.group(x)) for x in ("part", "whole"))
    if part is None and whole is None:
        return None
    named = f"{part.name if part else m.group('part')}占{whole.name if whole else m.group('whole')}比重"
    return named if named != phrase else None


#: What may stand before an indicator's name in an article's phrase and leave it that indicator: places
#: (四川, 成都市) and scope words (全市, 累计, 实现). Anything else — a partner (对美国), a way (以加工贸易方式),
#: a kind of enterprise (民营企业), another word (劳动生产总值) — makes it a part or another indicator.
_SCOPE = re.compile(
    r"全国|全省|全市|全州|全县|全区|我省|我市|本省|本市|辖内|辖区内|全社会|全年|累计|实现|完成|共|共计|合计|其中|的"
    r"|空气质量|环境空气"  # (空气质量PM2.5均值: the topic before a pollutant's measure)
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


def without_leading_places(text: str) -> str:
    """The words without the places they begin with (四川民营经济 → 民营经济)."""
    while name := next((n for n in _place_names() if text.startswith(n) and len(text) > len(n)), None):
        text = text[len(name) :]
    return text


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
