"""Build a database from the default data set in ``db/default/*.json`` (reviewable text) and load the
gazetteer into every new database.
"""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import ValidationError
from ..domain.periods import parse_period, period_from_bounds
from ..domain.records import check_quote, parse_value_for
from .database import Store, new_uid, now_iso

if TYPE_CHECKING:
    from ..domain.regions import Gazetteer

DEFAULT_EDITOR = "默认数据集"
_NS = uuid.UUID("6ae8c2f7-4190-85ed-0000-000000000000")


class DataSetError(Exception):
    """The default data set contradicts itself (a bug in db/default, caught by the tests)."""


def default_data_dir() -> Path:
    here = Path(__file__).resolve()
    for candidate in (here.parent.parent / "data" / "default", here.parents[3] / "db" / "default"):
        if (candidate / "sources.json").exists():
            return candidate
    raise FileNotFoundError("default data set not found (db/default)")


def _read(folder: Path, name: str) -> list[dict[str, Any]]:
    return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))


def load_gazetteer(store: Store) -> None:
    """Insert China, its provinces and Sichuan's prefectures and counties (one transaction, no audit)."""
    stamp = now_iso()
    ids: dict[str | None, int] = {}
    with store.atomic() as db:
        from ..domain.regions import load_divisions

        for division in load_divisions():
            parent = ids.get(division.parent_code) if division.parent_code else ids.get("country")
            if division.level == "country":
                parent = None
            cursor = db.execute(
                "INSERT INTO regions (code, name, full_name, level, parent_id, aliases, uid, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    division.code,
                    division.name,
                    division.full_name,
                    division.level,
                    parent,
                    json.dumps(division.aliases, ensure_ascii=False),
                    str(uuid.uuid5(_NS, f"region:{division.code or division.name}")),
                    stamp,
                    stamp,
                ],
            )
            ids["country" if division.level == "country" else division.code] = int(cursor.lastrowid or 0)


def gazetteer_of(store: Store) -> Gazetteer:
    from ..domain.regions import Gazetteer

    return Gazetteer.from_rows(
        store.query("SELECT id, code, name, full_name, level, parent_id, aliases FROM regions")
    )


def load_default_data(store: Store, folder: Path | None = None) -> dict[str, int]:
    """Insert the default data set in one transaction; returns counts per table."""
    folder = folder or default_data_dir()
    previous_editor, store.editor = store.editor, DEFAULT_EDITOR
    try:
        with store.atomic():
            counts = _load(store, folder)
    finally:
        store.editor = previous_editor
    return counts


def _load(store: Store, folder: Path) -> dict[str, int]:
    gaz = gazetteer_of(store)

    def region_id(name: str | None, where: str) -> int | None:
        if name is None:
            return None
        try:
            return gaz.resolve(name).id
        except ValidationError as exc:
            raise DataSetError(f"{where}: {exc.message}") from None

    for zone in _read(folder, "zones"):
        row = store.insert(
            "regions",
            {
                "uid": zone["uid"],
                "name": zone["name"],
                "full_name": zone.get("full_name") or zone["name"],
                "level": "zone",
                "parent_id": region_id(zone["parent"], f"zone {zone['name']}"),
                "aliases": zone.get("aliases", []),
                "note": zone.get("note"),
            },
        )
        del row
    gaz = gazetteer_of(store)

    sources: dict[str, dict[str, Any]] = {}
    for src in _read(folder, "sources"):
        values = {
            k: src.get(k)
            for k in (
                "uid",
                "title",
                "publication",
                "published_on",
                "page",
                "byline",
                "dateline",
                "url",
                "body",
                "note",
            )
        }
        sources[src["key"]] = store.insert("sources", values)

    indicators: dict[str, dict[str, Any]] = {}
    for ind in _read(folder, "indicators"):
        indicators[ind["name"]] = store.insert("indicators", ind)

    orgs: dict[str, int] = {}
    for org in _read(folder, "organizations"):
        row = store.insert(
            "organizations",
            {
                "uid": org.get("uid") or new_uid(),
                "name": org["name"],
                "kind": org["kind"],
                "region_id": region_id(org.get("region"), f"organization {org['name']}"),
                "aliases": org.get("aliases", []),
                "note": org.get("note"),
            },
        )
        orgs[org["name"]] = row["id"]

    n_obs = 0
    for i, obs in enumerate(_read(folder, "observations")):
        where = f"observations[{i}] {obs['indicator']}"
        source = sources[obs["source"]]
        indicator = indicators[obs["indicator"]]
        store.insert(
            "observations",
            _observation_values(obs, source, indicator, region_id(obs["region"], where), where),
        )
        n_obs += 1

    n_proj = 0
    for i, proj in enumerate(_read(folder, "projects")):
        where = f"projects[{i}] {proj['name']}"
        source = sources[proj["source"]]
        problem = check_quote(
            source["body"], proj.get("quote"), proj.get("quote_start"), proj.get("quote_end")
        )
        if problem:
            raise DataSetError(f"{where}: {problem}")
        values = {
            k: proj.get(k)
            for k in (
                "uid",
                "name",
                "sector",
                "status",
                "investment",
                "investment_text",
                "investment_qualifier",
                "area_m2",
                "area_text",
                "duration_months",
                "expected_output",
                "expected_output_text",
                "jobs",
                "quote",
                "quote_start",
                "quote_end",
                "note",
            )
        }
        if values["investment"] is not None and not values["investment_qualifier"]:
            values["investment_qualifier"] = "exact"
        values["region_id"] = region_id(proj.get("region"), where)
        values["source_id"] = source["id"]
        row = store.insert("projects", values)
        for link in proj.get("organizations", []):
            store.insert(
                "project_organizations",
                {
                    "uid": link.get("uid") or new_uid(),
                    "project_id": row["id"],
                    "organization_id": orgs[link["name"]],
                    "role": link["role"],
                },
            )
        for event in proj.get("events", []):
            ev_source = sources[event.get("source") or proj["source"]]
            problem = check_quote(
                ev_source["body"], event.get("quote"), event.get("quote_start"), event.get("quote_end")
            )
            if problem:
                raise DataSetError(f"{where} event: {problem}")
            store.insert(
                "project_events",
                {
                    "uid": event.get("uid") or new_uid(),
                    "project_id": row["id"],
                    "kind": event["kind"],
                    "occurred_on": event.get("occurred_on"),
                    "date_precision": event.get("date_precision", "day"),
                    "source_id": ev_source["id"],
                    "quote": event.get("quote"),
                    "quote_start": event.get("quote_start"),
                    "quote_end": event.get("quote_end"),
                    "note": event.get("note"),
                },
            )
        n_proj += 1
    return {
        "sources": len(sources),
        "indicators": len(indicators),
        "organizations": len(orgs),
        "observations": n_obs,
        "projects": n_proj,
    }


def _observation_values(
    obs: dict[str, Any], source: dict[str, Any], indicator: dict[str, Any], region: int | None, where: str
) -> dict[str, Any]:
    from datetime import date

    reference = date.fromisoformat(source["published_on"]) if source.get("published_on") else None
    try:
        if obs.get("period_kind"):
            period = period_from_bounds(
                obs["period_kind"], obs["period_start"], obs["period_end"], obs["period"]
            )
        else:
            period = parse_period(obs["period"], reference)
        value = obs.get("value")
        if obs.get("value_text"):
            quantity, converted = parse_value_for(obs["value_text"], indicator["unit"])
            if value is None or Decimal(str(value)) != converted:
                raise DataSetError(
                    f"{where}: value {value} != {obs['value_text']} in {indicator['unit']} ({converted})"
                )
            if obs.get("qualifier", "exact") != quantity.qualifier:
                raise DataSetError(
                    f"{where}: qualifier {obs.get('qualifier', 'exact')} != parsed {quantity.qualifier}"
                )
    except ValidationError as exc:
        raise DataSetError(f"{where}: {exc.message}") from None
    problem = check_quote(source["body"], obs.get("quote"), obs.get("quote_start"), obs.get("quote_end"))
    if problem:
        raise DataSetError(f"{where}: {problem}")
    return {
        "uid": obs["uid"],
        "indicator_id": indicator["id"],
        "region_id": region,
        **period.columns(obs["period"]),
        "value": value,
        "value_text": obs.get("value_text"),
        "qualifier": obs.get("qualifier", "exact"),
        "is_estimate": bool(obs.get("is_estimate", False)),
        "yoy_pct": obs.get("yoy_pct"),
        "growth_pct": obs.get("growth_pct"),
        "growth_base": obs.get("growth_base"),
        "rank": obs.get("rank"),
        "rank_scope": obs.get("rank_scope"),
        "source_id": source["id"],
        "quote": obs.get("quote"),
        "quote_start": obs.get("quote_start"),
        "quote_end": obs.get("quote_end"),
        "note": obs.get("note"),
    }


def create_database(path: Path, *, empty: bool = False) -> Store:
    """A new database at ``path`` with the gazetteer and (unless ``empty``) the default data set."""
    store = Store.open(path, create=True)
    try:
        if store.scalar("SELECT count(*) FROM regions") == 0:
            load_gazetteer(store)
            if not empty:
                load_default_data(store)
    except BaseException:
        store.close()
        raise
    return store


def init_database(path: Path, *, empty: bool = False) -> dict[str, int]:
    """Build a database beside ``path`` and move it into place only when complete; never overwrites."""
    import contextlib
    import os

    from .database import RECORD_TABLES
    from .errors import AlreadyExists, ReadOnlyDatabase

    if path.exists():
        raise AlreadyExists(f"“{path}”已存在，为避免覆盖未作任何修改")
    if not path.parent.exists():
        raise ReadOnlyDatabase(f"文件夹“{path.parent}”不存在")
    part = path.with_name(path.name + ".part")
    leftovers = (part, Path(f"{part}-wal"), Path(f"{part}-shm"))
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    try:
        store = create_database(part, empty=empty)
        try:
            counts = {t: int(store.scalar(f"SELECT count(*) FROM {t}")) for t in RECORD_TABLES}
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        os.replace(part, path)
    except OSError as exc:
        raise ReadOnlyDatabase(f"无法写入“{path}”：{exc.strerror}") from None
    finally:
        for leftover in leftovers:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return counts


def open_or_create(path: Path) -> Store:
    """Open a database, creating it from the default data set when the file does not exist yet."""
    created = False
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        init_database(path)
        created = True
    store = Store.open(path)
    store.report.created = store.report.created or created
    return store
