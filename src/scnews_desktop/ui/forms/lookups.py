"""Items and name resolution for the lookup fields: all from the store's resolver (no SQL here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...storage.database import Store

if TYPE_CHECKING:
    from ...storage.resolver import Resolver


def resolver_of(store: Store) -> Resolver:
    """The store's resolver (``storage.resolver.resolver_of``), its module imported on first use: it
    reads the rulebook and the catalogue, which the window's start does not need."""
    from ...storage.resolver import resolver_of as of

    return of(store)


def _regions_with_city(store: Store) -> list[tuple[int, str, str | None]]:
    """Every region in the tree's order (四川 and its cities first), with the city of a county or zone."""
    resolver = resolver_of(store)
    gazetteer = resolver.gazetteer
    regions = []
    for region_id, name, _depth in resolver.region_tree():
        ref = gazetteer.by_id[region_id]
        parent = gazetteer.by_id.get(ref.parent_id) if ref.parent_id is not None else None
        city = parent.name if ref.level in ("county", "zone") and parent is not None else None
        regions.append((region_id, name, city))
    return regions


def region_items(store: Store) -> list[tuple[str, Any]]:
    """Every region as a form shows it: 四川 and its cities first; a county or zone with its city
    (叙州区（宜宾市）) rather than indented, so that the chosen name reads cleanly in the field."""
    return [
        (f"{name}（{city}）" if city else name, region_id)
        for region_id, name, city in _regions_with_city(store)
    ]


def region_names(store: Store) -> list[str]:
    """Every region by a name the resolver reads back as typed into a cell: a county or zone with its
    city before it (宜宾市叙州区), so that 高新区 of one city is told from another's."""
    return [(city or "") + name for _region_id, name, city in _regions_with_city(store)]


def region_resolver(store: Store) -> Callable[[str], int | None]:
    def resolve(text: str) -> int | None:
        found = resolver_of(store).region(text.split("（")[0])
        return found.id if found else None

    return resolve


def indicator_items(store: Store) -> list[tuple[str, Any]]:
    return resolver_of(store).indicator_choices()


def indicator_resolver(store: Store) -> Callable[[str], int | None]:
    def resolve(text: str) -> int | None:
        name, _, unit = text.partition("（")
        found = resolver_of(store).indicator(name, unit.rstrip("）") or None) or resolver_of(store).indicator(
            name
        )
        return found.id if found else None

    return resolve


def source_items(store: Store, include: int | None = None) -> list[tuple[str, Any]]:
    return resolver_of(store).source_choices(include)


def source_resolver(store: Store) -> Callable[[str], int | None]:
    return resolver_of(store).source_by_choice


def organization_items(store: Store) -> list[tuple[str, Any]]:
    return resolver_of(store).organization_choices()


def organization_resolver(store: Store) -> Callable[[str], int | None]:
    return resolver_of(store).organization
