"""Items and alias resolution for the lookup fields, read from the store."""

from __future__ import annotations

from typing import Any

from ...storage.database import Store
from ...storage.default_data import gazetteer_of
from ..filter_bar import region_tree


def region_items(store: Store) -> list[tuple[str, Any]]:
    return [("  " * depth + name, region_id) for region_id, name, depth in region_tree(store)]


def region_resolver(store: Store):
    def resolve(text: str) -> int | None:
        found = gazetteer_of(store).lookup(text.strip())
        return found[0].id if found else None

    return resolve


def indicator_items(store: Store) -> list[tuple[str, Any]]:
    return [
        (f"{r['name']}（{r['unit']}）", r["id"])
        for r in store.query("SELECT id, name, unit FROM indicators ORDER BY name LIMIT 5000")
    ]


def indicator_resolver(store: Store):
    def resolve(text: str) -> int | None:
        name = text.split("（")[0].strip()
        return store.scalar("SELECT id FROM indicators WHERE name = ? ORDER BY id LIMIT 1", [name])

    return resolve


def source_items(store: Store, include: int | None = None) -> list[tuple[str, Any]]:
    rows = store.query(
        "SELECT id, title, published_on FROM sources ORDER BY published_on DESC, id DESC LIMIT 500"
    )
    if include is not None and all(r["id"] != include for r in rows):
        rows += store.query("SELECT id, title, published_on FROM sources WHERE id = ?", [include])
    return [(f"{r['title']}（{r['published_on'] or '无日期'}）", r["id"]) for r in rows]


def source_resolver(store: Store):
    def resolve(text: str) -> int | None:
        title = text.rsplit("（", 1)[0].strip()
        return store.scalar("SELECT id FROM sources WHERE title = ? ORDER BY id DESC LIMIT 1", [title])

    return resolve


def organization_items(store: Store) -> list[tuple[str, Any]]:
    return [
        (r["name"], r["id"])
        for r in store.query("SELECT id, name FROM organizations ORDER BY name LIMIT 20000")
    ]


def organization_resolver(store: Store):
    def resolve(text: str) -> int | None:
        t = text.strip()
        found = store.scalar("SELECT id FROM organizations WHERE name = ?", [t])
        if found is None:
            found = store.scalar(
                "SELECT o.id FROM organizations o, json_each(o.aliases) a WHERE a.value = ? LIMIT 1", [t]
            )
        return found

    return resolve
