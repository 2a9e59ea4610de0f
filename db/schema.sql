-- scnews-desktop schema, version 9 (generated: python tools/dump_schema.py)
CREATE TABLE "_counts"(
   "table" TEXT PRIMARY KEY,
   count INTEGER DEFAULT 0
);
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
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
CREATE TABLE check_acceptances (
    id INTEGER PRIMARY KEY,
    rule TEXT NOT NULL,
    finding_key TEXT NOT NULL,
    records TEXT NOT NULL CHECK (json_valid(records) AND json_type(records) = 'array'),
    message TEXT,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    editor TEXT,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    category TEXT,
    measure TEXT NOT NULL DEFAULT 'flow' CHECK (measure IN ('flow', 'stock', 'rate', 'count')),
    description TEXT,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1), growth_basis TEXT NOT NULL DEFAULT 'nominal' CHECK (growth_basis IN ('nominal', 'real')), aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
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
    note TEXT,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1), growth_basis TEXT CHECK (growth_basis IS NULL OR growth_basis IN ('nominal', 'real')), supersedes TEXT, revision_reason TEXT,
    CHECK (period_start <= period_end),
    CHECK (quote_start IS NULL OR quote_end >= quote_start),
    CHECK (value IS NOT NULL OR yoy_pct IS NOT NULL OR growth_pct IS NOT NULL OR rank IS NOT NULL)
);
CREATE VIRTUAL TABLE observations_fts USING fts5(quote, value_text, period_label, content='', tokenize='unicode61', prefix='1');
CREATE TABLE 'observations_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'observations_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'observations_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'observations_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('enterprise', 'government', 'institute', 'park', 'other')),
    region_id INTEGER REFERENCES regions(id),
    aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
    note TEXT,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
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
    note TEXT,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE TABLE project_organizations (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    role TEXT NOT NULL CHECK (role IN ('investor', 'builder', 'partner', 'operator', 'signatory')),
    note TEXT,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    UNIQUE (project_id, organization_id, role)
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
    note TEXT,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK (quote_start IS NULL OR quote_end >= quote_start)
);
CREATE VIRTUAL TABLE projects_fts USING fts5(name, sector, quote, note, content='', tokenize='unicode61', prefix='1');
CREATE TABLE 'projects_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'projects_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'projects_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'projects_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE regions (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE CHECK (code IS NULL OR (length(code) = 6 AND code NOT GLOB '*[^0-9]*')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    full_name TEXT,
    level TEXT NOT NULL CHECK (level IN ('country', 'province', 'prefecture', 'county', 'zone')),
    parent_id INTEGER REFERENCES regions(id),
    aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
    note TEXT,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE TABLE search_queue (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL, old_values TEXT);
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
    note TEXT,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE VIRTUAL TABLE sources_fts USING fts5(title, body, content='', tokenize='unicode61', prefix='1');
CREATE TABLE 'sources_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'sources_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'sources_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'sources_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE sync_base (
    table_name TEXT NOT NULL,
    uid TEXT NOT NULL,
    version INTEGER NOT NULL,
    rev INTEGER NOT NULL,
    PRIMARY KEY (table_name, uid)
) WITHOUT ROWID;
CREATE TABLE sync_conflicts (
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
);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE INDEX idx_changes_row ON changes(row_uid, id);
CREATE INDEX idx_check_acceptances_key ON check_acceptances(finding_key);
CREATE INDEX idx_indicators_category ON indicators(category);
CREATE INDEX idx_observations_period ON observations(period_end, id);
CREATE INDEX idx_observations_period_range ON observations(period_end, period_start);
CREATE INDEX idx_observations_quote ON observations(quote);
CREATE INDEX idx_observations_rank ON observations(rank);
CREATE INDEX idx_observations_region ON observations(region_id, period_end);
CREATE INDEX idx_observations_series ON observations(indicator_id, region_id, period_end);
CREATE INDEX idx_observations_source ON observations(source_id);
CREATE INDEX idx_observations_span ON observations(julianday(period_end) - julianday(period_start));
CREATE INDEX idx_observations_supersedes ON observations(supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX idx_observations_value ON observations(value, id);
CREATE INDEX idx_observations_yoy_pct ON observations(yoy_pct);
CREATE INDEX idx_organizations_kind ON organizations(kind);
CREATE INDEX idx_organizations_region ON organizations(region_id);
CREATE INDEX idx_project_events_project ON project_events(project_id, occurred_on);
CREATE INDEX idx_project_events_source ON project_events(source_id);
CREATE INDEX idx_project_orgs_org ON project_organizations(organization_id);
CREATE INDEX idx_project_orgs_project ON project_organizations(project_id);
CREATE INDEX idx_projects_area_m2 ON projects(area_m2);
CREATE INDEX idx_projects_duration_months ON projects(duration_months);
CREATE INDEX idx_projects_expected_output ON projects(expected_output);
CREATE INDEX idx_projects_investment ON projects(investment, id);
CREATE INDEX idx_projects_name ON projects(name);
CREATE INDEX idx_projects_region ON projects(region_id);
CREATE INDEX idx_projects_sector ON projects(sector, id);
CREATE INDEX idx_projects_source ON projects(source_id);
CREATE INDEX idx_projects_status ON projects(status, id);
CREATE INDEX idx_regions_name ON regions(name);
CREATE INDEX idx_regions_parent ON regions(parent_id);
CREATE INDEX idx_sources_byline ON sources(byline);
CREATE INDEX idx_sources_dateline ON sources(dateline);
CREATE INDEX idx_sources_page ON sources(page);
CREATE INDEX idx_sources_publication ON sources(publication);
CREATE INDEX idx_sources_published ON sources(published_on, id);
CREATE INDEX idx_sources_title ON sources(title, id);
CREATE TRIGGER "indicators_counts_delete" AFTER DELETE ON "indicators"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'indicators',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'indicators'),
        0
        ) - 1
    );
END;
CREATE TRIGGER "indicators_counts_insert" AFTER INSERT ON "indicators"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'indicators',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'indicators'),
        0
        ) + 1
    );
END;
CREATE TRIGGER "observations_counts_delete" AFTER DELETE ON "observations"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'observations',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'observations'),
        0
        ) - 1
    );
END;
CREATE TRIGGER "observations_counts_insert" AFTER INSERT ON "observations"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'observations',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'observations'),
        0
        ) + 1
    );
END;
CREATE TRIGGER observations_search_ad AFTER DELETE ON observations BEGIN INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('observations', old.id, json_array(old.quote, old.value_text, old.period_label)); END;
CREATE TRIGGER observations_search_ai AFTER INSERT ON observations BEGIN INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('observations', new.id, NULL); END;
CREATE TRIGGER observations_search_au AFTER UPDATE OF quote, value_text, period_label ON observations BEGIN INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('observations', old.id, json_array(old.quote, old.value_text, old.period_label)); END;
CREATE TRIGGER "organizations_counts_delete" AFTER DELETE ON "organizations"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'organizations',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'organizations'),
        0
        ) - 1
    );
END;
CREATE TRIGGER "organizations_counts_insert" AFTER INSERT ON "organizations"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'organizations',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'organizations'),
        0
        ) + 1
    );
END;
CREATE TRIGGER "projects_counts_delete" AFTER DELETE ON "projects"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'projects',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'projects'),
        0
        ) - 1
    );
END;
CREATE TRIGGER "projects_counts_insert" AFTER INSERT ON "projects"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'projects',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'projects'),
        0
        ) + 1
    );
END;
CREATE TRIGGER projects_search_ad AFTER DELETE ON projects BEGIN INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('projects', old.id, json_array(old.name, old.sector, old.quote, old.note)); END;
CREATE TRIGGER projects_search_ai AFTER INSERT ON projects BEGIN INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('projects', new.id, NULL); END;
CREATE TRIGGER projects_search_au AFTER UPDATE OF name, sector, quote, note ON projects BEGIN INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('projects', old.id, json_array(old.name, old.sector, old.quote, old.note)); END;
CREATE TRIGGER "regions_counts_delete" AFTER DELETE ON "regions"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'regions',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'regions'),
        0
        ) - 1
    );
END;
CREATE TRIGGER "regions_counts_insert" AFTER INSERT ON "regions"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'regions',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'regions'),
        0
        ) + 1
    );
END;
CREATE TRIGGER "sources_counts_delete" AFTER DELETE ON "sources"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'sources',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'sources'),
        0
        ) - 1
    );
END;
CREATE TRIGGER "sources_counts_insert" AFTER INSERT ON "sources"
BEGIN
    INSERT OR REPLACE INTO "_counts"
    VALUES (
        'sources',
        COALESCE(
            (SELECT count FROM "_counts" WHERE "table" = 'sources'),
        0
        ) + 1
    );
END;
CREATE TRIGGER sources_search_ad AFTER DELETE ON sources BEGIN INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('sources', old.id, json_array(old.title, old.body)); END;
CREATE TRIGGER sources_search_ai AFTER INSERT ON sources BEGIN INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('sources', new.id, NULL); END;
CREATE TRIGGER sources_search_au AFTER UPDATE OF title, body ON sources BEGIN INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('sources', old.id, json_array(old.title, old.body)); END;
