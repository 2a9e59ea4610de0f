"""Build a database from the default data set in ``db/default/*.json`` (reviewable text) and load the
gazetteer into every new database.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import ValidationError
from ..domain.records import check_quote
from ..domain.regions import standard_zones
from .database import Store, new_uid, now_iso
from .resolver import Resolver

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


def default_zones() -> list[dict[str, Any]]:
    """The zones of a file made with the default data set — the standard ones and the sample page's own
    (全省88个贫困县, its parks) — for a gazetteer without a database."""
    return standard_zones() + _read(default_data_dir(), "zones")


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


def insert_zones(store: Store, zones: list[dict[str, Any]], resolver: Resolver | None = None) -> None:
    """Zones (non-administrative regions) under their parents, through the rulebook."""
    from ..domain import rulebook

    resolver = resolver or Resolver(store)
    for zone in zones:
        where = f"zone {zone['name']}"
        try:
            parent = resolver.resolve_region(zone["parent"]).id if zone.get("parent") else None
        except ValidationError as exc:
            raise DataSetError(f"{where}: {exc.message}") from None
        result = rulebook.zone({**zone, "parent_id": parent})
        if not result.ok:
            raise DataSetError(f"{where}: {'；'.join(f'{k}: {m}' for k, m in result.errors.items())}")
        store.insert("regions", {"uid": zone["uid"], **result.values})
    resolver.refresh()


def gazetteer_of(store: Store) -> Gazetteer:
    return Resolver(store).gazetteer


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
    from ..domain import rulebook

    resolver = Resolver(store)

    def region_id(name: str | None, where: str) -> int | None:
        if name is None:
            return None
        try:
            return resolver.resolve_region(name).id
        except ValidationError as exc:
            raise DataSetError(f"{where}: {exc.message}") from None

    def checked(result: rulebook.Checked, where: str) -> dict[str, Any]:
        if not result.ok:
            raise DataSetError(f"{where}: {'；'.join(f'{k}: {m}' for k, m in result.errors.items())}")
        return result.values

    insert_zones(store, _read(folder, "zones"), resolver)

    sources: dict[str, dict[str, Any]] = {}
    for src in _read(folder, "sources"):
        values = checked(rulebook.source(src), f"source {src['key']}")
        sources[src["key"]] = store.insert("sources", {"uid": src["uid"], **values})

    indicators: dict[str, dict[str, Any]] = {}
    for ind in _read(folder, "indicators"):
        values = checked(rulebook.indicator(ind), f"indicator {ind['name']}")
        indicators[ind["name"]] = store.insert("indicators", {"uid": ind["uid"], **values})

    orgs: dict[str, int] = {}
    for org in _read(folder, "organizations"):
        where = f"organization {org['name']}"
        values = checked(
            rulebook.organization({**org, "region_id": region_id(org.get("region"), where)}), where
        )
        orgs[org["name"]] = store.insert("organizations", {"uid": org.get("uid") or new_uid(), **values})[
            "id"
        ]

    n_obs = 0
    for i, obs in enumerate(_read(folder, "observations")):
        where = f"observations[{i}] {obs['indicator']}"
        source = sources[obs["source"]]
        indicator = indicators.get(obs["indicator"]) or _indicator_named(
            store, resolver, obs["indicator"], where
        )
        values = _observation_values(obs, source, indicator, where)
        values.update(
            uid=obs["uid"],
            indicator_id=indicator["id"],
            region_id=region_id(obs["region"], where),
            source_id=source["id"],
        )
        store.insert("observations", values)
        n_obs += 1

    n_proj = 0
    for i, proj in enumerate(_read(folder, "projects")):
        where = f"projects[{i}] {proj['name']}"
        source = sources[proj["source"]]
        _check_quote(source, proj, where)
        values = _project_values(proj, where)
        values.update(uid=proj["uid"], region_id=region_id(proj.get("region"), where), source_id=source["id"])
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
            _check_quote(ev_source, event, f"{where} event")
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


def _indicator_named(store: Store, resolver: Resolver, name: str, where: str) -> dict[str, Any]:
    """An indicator the data set names by an alias (GDP) rather than by its name."""
    resolver.refresh()
    found = resolver.indicator(name, strict=True)
    if found is None or found.id is None:
        raise DataSetError(f"{where}: 指标“{name}”不在数据集中")
    return store.get("indicators", found.id)


def _check_quote(source: dict[str, Any], record: dict[str, Any], where: str) -> None:
    problem = check_quote(
        source["body"], record.get("quote"), record.get("quote_start"), record.get("quote_end")
    )
    if problem:
        raise DataSetError(f"{where}: {problem}")


def _observation_values(
    obs: dict[str, Any], source: dict[str, Any], indicator: dict[str, Any], where: str
) -> dict[str, Any]:
    """An observation of the data set through the rulebook, as the form would read it; the value the
    file states must be the one its text gives."""
    from datetime import date

    from ..domain import rulebook

    reference = date.fromisoformat(source["published_on"]) if source.get("published_on") else None
    raw = dict(obs)
    raw["value"] = obs.get("value_text") or obs.get("value")
    raw["growth"] = obs.get("growth_pct")
    raw.pop("qualifier", None)  # the file's qualifier must be the one its text gives, checked below
    result = rulebook.observation(
        raw, rulebook.IndicatorInfo.from_row(indicator), rulebook.Context(reference, body=source["body"])
    )
    if not result.ok:
        raise DataSetError(f"{where}: {'；'.join(result.errors.values())}")
    values = result.values
    if obs.get("value") is not None and not rulebook.same_number(values["value"], obs["value"]):
        raise DataSetError(
            f"{where}: value {obs['value']} != {obs.get('value_text')} in {indicator['unit']} ({values['value']})"
        )
    if "qualifier" in obs and obs["qualifier"] != values["qualifier"]:
        raise DataSetError(
            f"{where}: qualifier {obs.get('qualifier', 'exact')} != parsed {values['qualifier']}"
        )
    _check_quote(source, obs, where)
    return values


def _project_values(proj: dict[str, Any], where: str) -> dict[str, Any]:
    """A project of the data set through the rulebook; stated amounts must equal their text."""
    from ..domain import rulebook

    raw = dict(proj)
    raw["investment"] = proj.get("investment_text")
    raw["area"] = proj.get("area_text")
    raw["expected_output"] = proj.get("expected_output_text")
    raw["duration_months"] = (
        rulebook.number_text(proj["duration_months"]) if proj.get("duration_months") is not None else None
    )
    result = rulebook.project(raw)
    if not result.ok:
        raise DataSetError(f"{where}: {'；'.join(result.errors.values())}")
    values = result.values
    for column in ("investment", "area_m2", "expected_output", "duration_months"):
        if proj.get(column) is not None and not rulebook.same_number(values[column], proj[column]):
            raise DataSetError(f"{where}: {column} {proj[column]} != {values[column]} from its text")
    if proj.get("investment_qualifier") and proj["investment_qualifier"] != values["investment_qualifier"]:
        raise DataSetError(f"{where}: investment qualifier {proj['investment_qualifier']} != parsed")
    return values


def create_database(path: Path, *, empty: bool = False) -> Store:
    """A new database at ``path`` with the gazetteer and (unless ``empty``) the default data set."""
    store = Store.open(path, create=True)
    try:
        if store.scalar("SELECT count(*) FROM regions") == 0:
            load_gazetteer(store)
            with store.atomic():
                insert_zones(store, standard_zones())
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
    from .errors import AlreadyExists, ReadOnlyDatabase, StorageError

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
        written = {str(p) for p in (path, *leftovers)}
        if exc.filename and str(exc.filename) not in written:
            # a file the program reads (its data) is missing or unreadable: not a folder that cannot be written
            raise StorageError(
                f"程序文件缺失或无法读取：“{exc.filename}”（{exc.strerror}），请重新安装"
            ) from None
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
