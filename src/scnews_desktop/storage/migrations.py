"""Numbered schema migrations, applied by sqlite-utils ``Migrations``. Never edit one that has been
released: add the next. ``PRAGMA user_version`` mirrors the number of migrations applied.

The steps are listed here without importing sqlite-utils: opening a database that is already current
(every start of the app) only compares names, and sqlite-utils is imported when a file needs migrating.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "scnews"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' Migrations.migrations_table (a test compares)
STEPS: list[tuple[str, Callable[[Any], None]]] = []


def step(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    STEPS.append((fn.__name__, fn))
    return fn


def apply(db: Database) -> None:
    """Apply the steps this database has not had yet, in order, each recorded by sqlite-utils."""
    from ._sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in STEPS:
        migrations(name=name)(fn)
    migrations.apply(db)


_COMMON = """
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)"""

SCHEMA_V1 = f"""
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    publication TEXT,
    published_on TEXT CHECK (published_on IS NULL OR published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    page TEXT,
    byline TEXT,
    dateline TEXT,
    url TEXT,
    body TEXT NOT NULL DEFAULT '',
    note TEXT,{_COMMON}
);
CREATE TABLE regions (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE CHECK (code IS NULL OR (length(code) = 6 AND code NOT GLOB '*[^0-9]*')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    full_name TEXT,
    level TEXT NOT NULL CHECK (level IN ('country', 'province', 'prefecture', 'county', 'zone')),
    parent_id INTEGER REFERENCES regions(id),
    aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
    note TEXT,{_COMMON}
);
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('enterprise', 'government', 'institute', 'park', 'other')),
    region_id INTEGER REFERENCES regions(id),
    aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
    note TEXT,{_COMMON}
);
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    category TEXT,
    measure TEXT NOT NULL DEFAULT 'flow' CHECK (measure IN ('flow', 'stock', 'rate', 'count')),
    description TEXT,{_COMMON},
    UNIQUE (name, unit)
);
CREATE TABLE observations (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    region_id INTEGER NOT NULL REFERENCES regions(id),
    period_kind TEXT NOT NULL
        CHECK (period_kind IN ('year', 'quarter', 'month', 'ytd', 'range', 'asof', 'date')),
    period_start TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    period_end TEXT NOT NULL CHECK (period_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    period_label TEXT,
    value REAL,
    value_text TEXT,
    qualifier TEXT NOT NULL DEFAULT 'exact' CHECK (qualifier IN ('exact', 'approx', 'over', 'under', 'vague')),
    is_estimate INTEGER NOT NULL DEFAULT 0 CHECK (is_estimate IN (0, 1)),
    yoy_pct REAL,
    growth_pct REAL,
    growth_base TEXT,
    rank INTEGER CHECK (rank IS NULL OR rank >= 1),
    rank_scope TEXT,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    quote TEXT,
    quote_start INTEGER CHECK (quote_start IS NULL OR quote_start >= 0),
    quote_end INTEGER,
    note TEXT,{_COMMON},
    CHECK (period_start <= period_end),
    CHECK (quote_start IS NULL OR quote_end >= quote_start),
    CHECK (value IS NOT NULL OR yoy_pct IS NOT NULL OR growth_pct IS NOT NULL OR rank IS NOT NULL)
);
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    region_id INTEGER REFERENCES regions(id),
    sector TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN
        ('planned', 'signed', 'started', 'under_construction', 'in_operation', 'completed', 'stalled')),
    investment REAL CHECK (investment IS NULL OR investment >= 0),
    investment_text TEXT,
    investment_qualifier TEXT CHECK (investment_qualifier IS NULL OR
        investment_qualifier IN ('exact', 'approx', 'over', 'under', 'vague')),
    area_m2 REAL CHECK (area_m2 IS NULL OR area_m2 >= 0),
    area_text TEXT,
    duration_months REAL CHECK (duration_months IS NULL OR duration_months >= 0),
    expected_output REAL,
    expected_output_text TEXT,
    jobs INTEGER CHECK (jobs IS NULL OR jobs >= 0),
    source_id INTEGER REFERENCES sources(id),
    quote TEXT,
    quote_start INTEGER CHECK (quote_start IS NULL OR quote_start >= 0),
    quote_end INTEGER,
    note TEXT,{_COMMON},
    CHECK (quote_start IS NULL OR quote_end >= quote_start)
);
CREATE TABLE project_organizations (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    role TEXT NOT NULL CHECK (role IN ('investor', 'builder', 'partner', 'operator', 'signatory')),
    note TEXT,{_COMMON},
    UNIQUE (project_id, organization_id, role)
);
CREATE TABLE project_events (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('signed', 'started', 'in_operation', 'completed', 'other')),
    occurred_on TEXT CHECK (occurred_on IS NULL OR occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_precision TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month', 'year')),
    source_id INTEGER REFERENCES sources(id),
    quote TEXT,
    quote_start INTEGER CHECK (quote_start IS NULL OR quote_start >= 0),
    quote_end INTEGER,
    note TEXT,{_COMMON}
);
CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_uid TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before TEXT CHECK (before IS NULL OR json_valid(before)),
    after TEXT CHECK (after IS NULL OR json_valid(after)),
    editor TEXT,
    changed_at TEXT NOT NULL
);
CREATE INDEX idx_regions_parent ON regions(parent_id);
CREATE INDEX idx_regions_name ON regions(name);
CREATE INDEX idx_organizations_region ON organizations(region_id);
CREATE INDEX idx_sources_published ON sources(published_on, id);
CREATE INDEX idx_sources_title ON sources(title, id);
CREATE INDEX idx_observations_series ON observations(indicator_id, region_id, period_end);
CREATE INDEX idx_observations_region ON observations(region_id, period_end);
CREATE INDEX idx_observations_period ON observations(period_end, id);
CREATE INDEX idx_observations_value ON observations(value, id);
CREATE INDEX idx_observations_source ON observations(source_id);
CREATE INDEX idx_projects_region ON projects(region_id);
CREATE INDEX idx_projects_status ON projects(status, id);
CREATE INDEX idx_projects_sector ON projects(sector, id);
CREATE INDEX idx_projects_investment ON projects(investment, id);
CREATE INDEX idx_projects_source ON projects(source_id);
CREATE INDEX idx_project_orgs_project ON project_organizations(project_id);
CREATE INDEX idx_project_orgs_org ON project_organizations(organization_id);
CREATE INDEX idx_project_events_project ON project_events(project_id, occurred_on);
CREATE INDEX idx_project_events_source ON project_events(source_id);
CREATE INDEX idx_changes_row ON changes(row_uid, id);
"""


def statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";\n") if s.strip()]


@step
def m001_initial_schema(db: Database) -> None:
    for statement in statements(SCHEMA_V1):
        db.execute(statement)


@step
def m002_search_and_sort_indexes(db: Database) -> None:
    """Chinese full-text search (bigram FTS5 tables fed by a trigger queue) and indexes for every sort."""
    from . import search

    for statement in search.migration_sql():
        db.execute(statement)
    for table, column in [
        ("observations", "yoy_pct"),
        ("observations", "rank"),
        ("observations", "quote"),
        ("projects", "name"),
        ("projects", "area_m2"),
        ("projects", "duration_months"),
        ("projects", "expected_output"),
        ("sources", "publication"),
        ("sources", "byline"),
        ("sources", "dateline"),
        ("sources", "page"),
        ("organizations", "kind"),
        ("indicators", "category"),
    ]:
        db.execute(f"CREATE INDEX idx_{table}_{column} ON {table}({column})")
    search.process_queue(db)


@step
def m003_period_span_index(db: Database) -> None:
    """Lets a period filter bound period_end on both sides: overlap ⇒ end ≤ to + the longest span."""
    db.execute(
        "CREATE INDEX idx_observations_span ON observations(julianday(period_end) - julianday(period_start))"
    )
    db.execute("CREATE INDEX idx_observations_period_range ON observations(period_end, period_start)")


COUNTED_TABLES = ("projects", "observations", "sources", "indicators", "regions", "organizations")


@step
def m004_row_counts(db: Database) -> None:
    """Exact row totals kept by triggers (sqlite-utils' cached counts in ``_counts``): the pages show
    the count of a million rows at once instead of counting them on every start."""
    for table in COUNTED_TABLES:
        db.table(table).enable_counts()


@step
def m005_growth_basis_and_indicator_aliases(db: Database) -> None:
    """Indicators get their growth basis (``real`` = at comparable prices, as GDP and value added are
    reported; ``nominal`` = at current prices) and aliases; an observation may state its own basis
    (a quote saying 按可比价格计算), else it has its indicator's."""
    from ..domain.vocabulary import default_growth_basis

    db.execute(
        "ALTER TABLE indicators ADD COLUMN growth_basis TEXT NOT NULL DEFAULT 'nominal' "
        "CHECK (growth_basis IN ('nominal', 'real'))"
    )
    db.execute(
        "ALTER TABLE indicators ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]' "
        "CHECK (json_valid(aliases) AND json_type(aliases) = 'array')"
    )
    db.execute(
        "ALTER TABLE observations ADD COLUMN growth_basis TEXT "
        "CHECK (growth_basis IS NULL OR growth_basis IN ('nominal', 'real'))"
    )
    for indicator_id, name in db.execute("SELECT id, name FROM indicators").fetchall():
        if default_growth_basis(name) == "real":
            db.execute("UPDATE indicators SET growth_basis = 'real' WHERE id = ?", [indicator_id])


@step
def m006_check_acceptances(db: Database) -> None:
    """A finding of the checks accepted with a reason (说明): which rule, which records at which versions
    (an edit of one of them brings the finding back), the reason and the editor. A record table like the
    others (uid, version, audited), so acceptances merge and sync with the facts they explain."""
    db.execute(
        f"""CREATE TABLE check_acceptances (
    id INTEGER PRIMARY KEY,
    rule TEXT NOT NULL,
    finding_key TEXT NOT NULL,
    records TEXT NOT NULL CHECK (json_valid(records) AND json_type(records) = 'array'),
    message TEXT,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    editor TEXT,{_COMMON}
)"""
    )
    db.execute("CREATE INDEX idx_check_acceptances_key ON check_acceptances(finding_key)")


@step
def m007_economic_zones(db: Database) -> None:
    """The standard zones that a file made before them lacks — Sichuan's five economic regions
    (成都平原经济区 …), 环成都经济圈, 成都都市圈, 天府新区 and others — so that a figure for 成都平原经济区 is
    filed under the zone, not under 成都市. A zone is added only where its parent is known and no region
    has its name or uid (a new file gets them when it is made: domain.regions.standard_zones)."""
    import json

    from ..domain.regions import standard_zones
    from .stamps import now_iso

    now = now_iso()
    for zone in standard_zones():
        parent = db.execute(
            "SELECT id FROM regions WHERE name = ? AND level != 'zone' ORDER BY id LIMIT 1", [zone["parent"]]
        ).fetchone()
        taken = db.execute(
            "SELECT 1 FROM regions WHERE name = ? OR uid = ?", [zone["name"], zone["uid"]]
        ).fetchone()
        if parent is None or taken:
            continue
        db.execute(
            "INSERT INTO regions (name, full_name, level, parent_id, aliases, note, uid, created_at, updated_at) "
            "VALUES (?, ?, 'zone', ?, ?, ?, ?, ?, ?)",
            [
                zone["name"],
                zone.get("full_name") or zone["name"],
                parent[0],
                json.dumps(zone.get("aliases", []), ensure_ascii=False),
                zone.get("note"),
                zone["uid"],
                now,
                now,
            ],
        )


@step
def m008_sync_with_a_hub(db: Database) -> None:
    """What a working copy remembers of its team hub (storage/sync.py): the hub it syncs with and the
    last change it has seen (``sync_state``); each record's version and hub revision as of the last sync,
    what both sides agreed on (``sync_base``: a record whose version differs was changed here since, one
    missing here was deleted here); and the hub's open conflicts, with the editor's choice until the
    next sync carries it out (``sync_conflicts``)."""
    db.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE sync_base (
    table_name TEXT NOT NULL,
    uid TEXT NOT NULL,
    version INTEGER NOT NULL,
    rev INTEGER NOT NULL,
    PRIMARY KEY (table_name, uid)
) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    hub_id INTEGER NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    uid TEXT NOT NULL,
    hub_version INTEGER,
    hub_rev INTEGER NOT NULL,
    hub_data TEXT CHECK (hub_data IS NULL OR json_valid(hub_data)),
    copy_data TEXT CHECK (copy_data IS NULL OR json_valid(copy_data)),
    found_by TEXT,
    found_at TEXT NOT NULL,
    choice TEXT CHECK (choice IS NULL OR choice IN ('mine', 'theirs'))
)"""
    )


@step
def m009_revisions(db: Database) -> None:
    """A fact may supersede another (初步核算 by 最终核实, a release by the yearbook): ``supersedes`` holds
    the uid of the observation it revises, ``revision_reason`` why. Both are kept; the chart and the
    draft check use the latest, and the conflict check no longer compares the two."""
    db.execute("ALTER TABLE observations ADD COLUMN supersedes TEXT")
    db.execute("ALTER TABLE observations ADD COLUMN revision_reason TEXT")
    db.execute(
        "CREATE INDEX idx_observations_supersedes ON observations(supersedes) WHERE supersedes IS NOT NULL"
    )


def latest_version() -> int:
    return len(STEPS)


def known_names() -> list[str]:
    return [name for name, _fn in STEPS]


def schema_sql(db: Database) -> str:
    """The schema as SQL text, in a stable order (for the committed ``db/schema.sql`` snapshot)."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, name"
    ).fetchall()
    header = (
        f"-- scnews-desktop schema, version {latest_version()} (generated: python tools/dump_schema.py)\n"
    )
    return header + "".join(f"{sql};\n" for _type, _name, sql in rows)
