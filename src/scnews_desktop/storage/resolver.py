"""The one resolver of names to records: indicators (name, alias, the vocabulary, an article's phrase
such as 实现地区生产总值), regions (name, short name, alias, GB/T 2260 code, traditional characters),
organisations (name, alias), sources (title and date) — and the choice lists the UI shows. The form
lookups, the capture view, the importer, the filter bar and the default data loader all ask here.

A ``Resolver`` reads the tables once and answers from memory; ``refresh()`` after a write that adds
names (the main window calls it when storage reports a change).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from ..domain.errors import ValidationError
from ..domain.regions import Gazetteer, RegionRef
from ..domain.rulebook import IndicatorInfo
from ..domain.script import to_simplified
from ..domain.vocabulary import VocabularyEntry, name_key, near_key, phrase_keys
from ..domain.vocabulary import lookup as vocabulary_lookup
from .database import Changes, Store

_CODE = re.compile(r"^\d{6}$")


def region_tree(rows: list[dict[str, Any]]) -> list[tuple[int, str, int]]:
    """(id, name, depth) in reading order: China, Sichuan and everything in it (cities by code, their
    counties under them, zones last), then the other provinces."""
    children: dict[int | None, list[dict]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)

    def order(row: dict) -> tuple:
        return (row["code"] != "510000", row["level"] == "zone", row["code"] or "", row["name"])

    result: list[tuple[int, str, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for row in sorted(children.get(parent, []), key=order):
            result.append((row["id"], row["name"], depth))
            walk(row["id"], depth + 1 if row["level"] != "country" else depth)

    walk(None, 0)
    return result


def resolver_of(store: Store) -> Resolver:
    """Names → records for this database (read once, refreshed when its tables change): one per store."""
    return store.attached(Resolver)


class Resolver:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[str, Any] = {}

    def refresh(self) -> None:
        """Forget what was read (after records were created, renamed or deleted)."""
        self._cache.clear()

    def changed(self, changes: Changes) -> None:
        """Storage's report after a commit: names may have changed when these tables did."""
        if changes.tables & {"regions", "indicators", "organizations", "sources"}:
            self.refresh()

    def _cached(self, key: str, load: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = load()
        return self._cache[key]

    # ------------------------------------------------------------------ regions
    def _region_rows(self) -> list[dict[str, Any]]:
        return self._cached(
            "region_rows",
            lambda: self.store.query(
                "SELECT id, code, name, full_name, level, parent_id, aliases FROM regions"
            ),
        )

    @property
    def gazetteer(self) -> Gazetteer:
        return self._cached("gazetteer", lambda: Gazetteer.from_rows(self._region_rows()))

    def region(self, text: str | None) -> RegionRef | None:
        """The region a name or code means (best first when several), or None."""
        t = re.sub(r"\s+", "", to_simplified(text or ""))
        if not t:
            return None
        if _CODE.match(t):
            return next((r for r in self.gazetteer.regions if r.code == t), None)
        found = self.gazetteer.lookup(t)
        return found[0] if found else None

    def resolve_region(self, text: str, field: str = "region") -> RegionRef:
        """The one region a name means; a ValidationError naming the likely one for a near miss."""
        t = re.sub(r"\s+", "", to_simplified(text or ""))
        if _CODE.match(t):
            found = self.region(t)
            if found is None:
                raise ValidationError(field, f"没有区划代码为 {t} 的地区")
            return found
        try:
            return self.gazetteer.resolve(t, field)
        except ValidationError as exc:
            hint = self.region_suggestion(t)
            if hint and "找不到" in exc.message:
                raise ValidationError(field, f"找不到地区“{text}”，是否为“{hint}”？") from None
            raise

    def region_suggestion(self, text: str) -> str | None:
        """The region name closest to a misspelt one, if any is close. Editors type with a pinyin input
        method, so the likely slip is a character of the same sound (棉阳市 → 绵阳市, not 资阳市): names
        are compared by characters and by their pinyin."""
        names = self._cached(
            "region_names", lambda: sorted({n for r in self.gazetteer.regions for n in (r.name, *r.aliases)})
        )
        close = difflib.get_close_matches(text, names, n=8, cutoff=0.5)
        if not close:
            return None
        from pypinyin import lazy_pinyin  # only when a name is not found

        sound = lazy_pinyin(text)

        def score(name: str) -> float:
            by_sound = difflib.SequenceMatcher(None, sound, lazy_pinyin(name)).ratio()
            return difflib.SequenceMatcher(None, text, name).ratio() + by_sound

        return max(close, key=score)

    def region_choices(self) -> list[tuple[str, int]]:
        """Every region for a list, in reading order (四川 first), as (name, id)."""
        return [(name, region_id) for region_id, name, _depth in self.region_tree()]

    def region_tree(self) -> list[tuple[int, str, int]]:
        return self._cached("region_tree", lambda: region_tree(self._region_rows()))

    def region_level(self, region_id: int) -> str | None:
        ref = self.gazetteer.by_id.get(region_id)
        return ref.level if ref else None

    def region_ids_under(self, region_id: int) -> set[int]:
        return self.gazetteer.descendants(region_id)

    # ------------------------------------------------------------------ indicators
    def _indicator_rows(self) -> list[dict[str, Any]]:
        return self._cached(
            "indicator_rows",
            lambda: self.store.query(
                "SELECT id, name, unit, measure, growth_basis, aliases, category FROM indicators ORDER BY name, id"
            ),
        )

    def _indicator_keys(self) -> dict[str, list[dict[str, Any]]]:
        def load() -> dict[str, list[dict[str, Any]]]:
            keys: dict[str, list[dict[str, Any]]] = {}
            for row in self._indicator_rows():
                for name in (row["name"], *json.loads(row["aliases"] or "[]")):
                    keys.setdefault(name_key(name), []).append(row)
            return keys

        return self._cached("indicator_keys", load)

    def indicator_info(self, indicator_id: int | None) -> IndicatorInfo | None:
        if indicator_id is None:
            return None
        rows = self._cached("indicator_by_id", lambda: {r["id"]: r for r in self._indicator_rows()})
        row = rows.get(indicator_id)
        if row is None:  # created since the cache was filled
            self.refresh()
            row = {r["id"]: r for r in self._indicator_rows()}.get(indicator_id)
        return IndicatorInfo.from_row(row) if row else None

    def indicator(
        self, phrase: str | None, unit: str | None = None, strict: bool = False
    ) -> IndicatorInfo | None:
        """The indicator a typed name or an article's phrase means: by name or alias (with its unit when
        several share a name), else through the vocabulary (GDP, 社零; and unless ``strict``, phrases
        such as 实现地区生产总值 or 全市规模以上工业增加值)."""
        keys = self._indicator_keys()
        candidates = phrase_keys(phrase or "")
        rows: list[dict[str, Any]] = []
        for key in candidates[:1] if strict else candidates:
            rows = keys.get(key, [])
            if rows:
                break
        if not rows:
            entry = vocabulary_lookup(phrase or "", strict=strict)
            if entry is not None:
                for name in (entry.name, *entry.aliases):
                    rows = keys.get(name_key(name), [])
                    if rows:
                        break
        if unit:
            rows = [r for r in rows if r["unit"] == unit]
        return IndicatorInfo.from_row(rows[0]) if rows else None

    def near_indicator(self, name: str, fits: Callable[[str], bool]) -> IndicatorInfo | None:
        """The one indicator in the database that is ``name`` written another way (``near_name``) and
        whose unit ``fits`` the figure, or None when there is none or more than one."""
        key = name_key(name)
        keyed = self._cached(  # (each stored name keyed once, not once per proposal)
            "indicator_name_keys", lambda: [(name_key(r["name"]), r) for r in self._indicator_rows()]
        )
        found = {row["id"]: row for k, row in keyed if near_key(key, k) and fits(row["unit"])}
        return IndicatorInfo.from_row(next(iter(found.values()))) if len(found) == 1 else None

    def indicator_proposal(self, phrase: str | None, strict: bool = False) -> VocabularyEntry | None:
        """A vocabulary entry for a phrase whose indicator is not in the database yet (to create it)."""
        return vocabulary_lookup(phrase or "", strict=strict)

    def indicator_choices(self) -> list[tuple[str, int]]:
        return [(f"{r['name']}（{r['unit']}）", r["id"]) for r in self._indicator_rows()]

    # ------------------------------------------------------------------ sources
    def source(self, title: str | None, published_on: str | None = None) -> dict[str, Any] | None:
        """A source by title (and date, when given); the latest of that title otherwise."""
        title = (title or "").strip()
        if not title:
            return None
        rows = self.store.query(
            "SELECT id, title, published_on, body FROM sources WHERE title = ? ORDER BY id DESC", [title]
        )
        if published_on:
            dated = [r for r in rows if r["published_on"] == published_on]
            undated = [r for r in rows if r["published_on"] is None]
            rows = dated or undated
        return rows[0] if rows else None

    def source_reference(self, source_id: int | None) -> date | None:
        """The publication date of a source: what 今年, 全年 and 去年 in its facts are counted from."""
        if source_id is None:
            return None
        published = self.store.scalar("SELECT published_on FROM sources WHERE id = ?", [source_id])
        return date.fromisoformat(published) if published else None

    def source_body(self, source_id: int | None) -> str:
        if source_id is None:
            return ""
        return self.store.scalar("SELECT body FROM sources WHERE id = ?", [source_id]) or ""

    def source_choices(self, include: int | None = None, limit: int = 500) -> list[tuple[str, int]]:
        rows = self.store.query(
            "SELECT id, title, published_on FROM sources ORDER BY published_on DESC, id DESC LIMIT ?", [limit]
        )
        if include is not None and all(r["id"] != include for r in rows):
            rows += self.store.query("SELECT id, title, published_on FROM sources WHERE id = ?", [include])
        return [(f"{r['title']}（{r['published_on'] or '无日期'}）", r["id"]) for r in rows]

    def source_by_choice(self, text: str) -> int | None:
        """The id of a source typed as its title (with or without the “（date）” of the choice list)."""
        m = re.match(r"^(.*)（(\d{4}-\d{2}-\d{2}|无日期)）$", text.strip())
        title, when = (m.group(1), m.group(2)) if m else (text.strip(), None)
        found = self.source(title, when if when and when != "无日期" else None)
        return found["id"] if found else None

    # ------------------------------------------------------------------ organisations
    def _organization_rows(self) -> list[dict[str, Any]]:
        return self._cached(
            "organization_rows",
            lambda: self.store.query("SELECT id, name, aliases FROM organizations ORDER BY name LIMIT 20000"),
        )

    def organization(self, name: str | None) -> int | None:
        """An organisation by name or alias (traditional characters read as simplified)."""
        key = re.sub(r"\s+", "", to_simplified(name or ""))
        if not key:
            return None

        def load() -> dict[str, int]:
            index: dict[str, int] = {}
            for row in self._organization_rows():
                for n in (row["name"], *json.loads(row["aliases"] or "[]")):
                    index.setdefault(re.sub(r"\s+", "", to_simplified(n)), row["id"])
            return index

        found = self._cached("organization_index", load).get(key)
        if found is None:  # created since the index was read
            found = self.store.scalar(
                "SELECT o.id FROM organizations o WHERE o.name = ? OR EXISTS "
                "(SELECT 1 FROM json_each(o.aliases) a WHERE a.value = ?) LIMIT 1",
                [key, key],
            )
        return found

    def organization_choices(self) -> list[tuple[str, int]]:
        return [(r["name"], r["id"]) for r in self._organization_rows()]

    # ------------------------------------------------------------------ other lists
    def sector_choices(self) -> list[str]:
        return [
            r["sector"]
            for r in self.store.query(
                "SELECT DISTINCT sector FROM projects WHERE sector IS NOT NULL ORDER BY sector LIMIT 500"
            )
        ]
