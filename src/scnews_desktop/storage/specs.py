"""What each page of the main window shows: columns (SQL for display and sort) and filters."""

from __future__ import annotations

from .browse import Column, TableSpec


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a header as translatable without importing Qt; qtmodels.record_model lists them for lupdate."""
    return text


C = "Columns"

PROJECTS = TableSpec(
    table="projects",
    joins=("LEFT JOIN regions r ON r.id = t.region_id", "LEFT JOIN sources s ON s.id = t.source_id"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP(C, "Project"), "t.name", "t.name", nullable=False),
        Column("region", QT_TRANSLATE_NOOP(C, "Region"), "r.name", "r.name"),
        Column("sector", QT_TRANSLATE_NOOP(C, "Sector"), "t.sector", "t.sector"),
        Column("status", QT_TRANSLATE_NOOP(C, "Status"), "t.status", "t.status", nullable=False),
        Column(
            "investment", QT_TRANSLATE_NOOP(C, "Investment"), "t.investment", "t.investment", numeric=True
        ),
        Column("area_m2", QT_TRANSLATE_NOOP(C, "Area"), "t.area_m2", "t.area_m2", numeric=True),
        Column(
            "duration_months",
            QT_TRANSLATE_NOOP(C, "Duration"),
            "t.duration_months",
            "t.duration_months",
            numeric=True,
        ),
        Column(
            "expected_output",
            QT_TRANSLATE_NOOP(C, "Expected output"),
            "t.expected_output",
            "t.expected_output",
            numeric=True,
        ),
        Column("source", QT_TRANSLATE_NOOP(C, "Source"), "s.title", "s.title"),
        Column("quote", QT_TRANSLATE_NOOP(C, "Quote"), "t.quote", "t.quote"),
    ),
    extra=(
        "t.investment_qualifier AS investment_qualifier",
        "t.investment_text AS investment_text",
        "t.area_text AS area_text",
    ),
    default_sort="id",
    filters=frozenset({"region", "status", "sector", "source", "period"}),
)

OBSERVATIONS = TableSpec(
    table="observations",
    joins=(
        "JOIN indicators i ON i.id = t.indicator_id",
        "JOIN regions r ON r.id = t.region_id",
        "JOIN sources s ON s.id = t.source_id",
    ),
    columns=(
        Column("indicator", QT_TRANSLATE_NOOP(C, "Indicator"), "i.name", "i.name", nullable=False),
        Column("region", QT_TRANSLATE_NOOP(C, "Region"), "r.name", "r.name", nullable=False),
        Column(
            "period",
            QT_TRANSLATE_NOOP(C, "Period"),
            "coalesce(t.period_label, t.period_end)",
            "t.period_end",
            nullable=False,
        ),
        Column("value", QT_TRANSLATE_NOOP(C, "Value"), "t.value", "t.value", numeric=True),
        Column("yoy_pct", QT_TRANSLATE_NOOP(C, "YoY growth"), "t.yoy_pct", "t.yoy_pct", numeric=True),
        Column("rank", QT_TRANSLATE_NOOP(C, "Rank"), "t.rank", "t.rank", numeric=True),
        Column("source", QT_TRANSLATE_NOOP(C, "Source"), "s.title", "s.title", nullable=False),
        Column("quote", QT_TRANSLATE_NOOP(C, "Quote"), "t.quote", "t.quote"),
    ),
    extra=(
        "i.unit AS unit",
        "t.qualifier AS qualifier",
        "t.is_estimate AS is_estimate",
        "t.rank_scope AS rank_scope",
        "t.value_text AS value_text",
        "t.period_start AS period_start",
        "t.period_end AS period_end",
        "t.period_kind AS period_kind",
        "t.period_label AS period_label",
    ),
    default_sort="id",
    filters=frozenset({"region", "indicator", "period", "source"}),
)

SOURCES = TableSpec(
    table="sources",
    joins=(),
    columns=(
        Column("title", QT_TRANSLATE_NOOP(C, "Title"), "t.title", "t.title", nullable=False),
        Column("published_on", QT_TRANSLATE_NOOP(C, "Published"), "t.published_on", "t.published_on"),
        Column("publication", QT_TRANSLATE_NOOP(C, "Publication"), "t.publication", "t.publication"),
        Column("page", QT_TRANSLATE_NOOP(C, "Page"), "t.page", "t.page"),
        Column("byline", QT_TRANSLATE_NOOP(C, "Byline"), "t.byline", "t.byline"),
        Column("dateline", QT_TRANSLATE_NOOP(C, "Dateline"), "t.dateline", "t.dateline"),
    ),
    default_sort="id",
    filters=frozenset({"region", "period", "source"}),
)

INDICATORS = TableSpec(
    table="indicators",
    joins=(),
    columns=(
        Column("name", QT_TRANSLATE_NOOP(C, "Indicator"), "t.name", "t.name", nullable=False),
        Column("unit", QT_TRANSLATE_NOOP(C, "Unit"), "t.unit", "t.unit", nullable=False),
        Column("category", QT_TRANSLATE_NOOP(C, "Category"), "t.category", "t.category"),
        Column("measure", QT_TRANSLATE_NOOP(C, "Measure"), "t.measure", "t.measure", nullable=False),
        Column("description", QT_TRANSLATE_NOOP(C, "Description"), "t.description", "t.description"),
    ),
    default_sort="id",
    searchable="names",
    name_columns=("name", "category", "description", "unit"),
)

REGIONS = TableSpec(
    table="regions",
    joins=("LEFT JOIN regions p ON p.id = t.parent_id",),
    columns=(
        Column("name", QT_TRANSLATE_NOOP(C, "Name"), "t.name", "t.name", nullable=False),
        Column("full_name", QT_TRANSLATE_NOOP(C, "Full name"), "t.full_name", "t.full_name"),
        Column("code", QT_TRANSLATE_NOOP(C, "Code"), "t.code", "t.code"),
        Column("level", QT_TRANSLATE_NOOP(C, "Level"), "t.level", "t.level", nullable=False),
        Column("parent", QT_TRANSLATE_NOOP(C, "Parent"), "p.name", "p.name"),
        Column("aliases", QT_TRANSLATE_NOOP(C, "Aliases"), "t.aliases", "t.aliases", nullable=False),
    ),
    default_sort="id",
    searchable="names",
    filters=frozenset({"region"}),
)

ORGANIZATIONS = TableSpec(
    table="organizations",
    joins=("LEFT JOIN regions r ON r.id = t.region_id",),
    columns=(
        Column("name", QT_TRANSLATE_NOOP(C, "Organisation"), "t.name", "t.name", nullable=False),
        Column("kind", QT_TRANSLATE_NOOP(C, "Kind"), "t.kind", "t.kind", nullable=False),
        Column("region", QT_TRANSLATE_NOOP(C, "Region"), "r.name", "r.name"),
        Column("aliases", QT_TRANSLATE_NOOP(C, "Aliases"), "t.aliases", "t.aliases", nullable=False),
        Column("note", QT_TRANSLATE_NOOP(C, "Note"), "t.note", "t.note"),
    ),
    default_sort="id",
    searchable="names",
    name_columns=("name", "aliases", "note"),
    filters=frozenset({"region"}),
)

#: Pages of the main window, in order (Ctrl+1 … Ctrl+6).
PAGES = (PROJECTS, OBSERVATIONS, SOURCES, INDICATORS, REGIONS, ORGANIZATIONS)
