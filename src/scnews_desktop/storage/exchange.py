"""Import and export of observations: CSV (UTF-8, UTF-8 with BOM, GB18030), XLSX and JSON, with names
instead of ids. Import reads the file twice, streamed — once to check every row with the rulebook and
report (nothing written), once inside one transaction to write — so memory stays flat at any size;
export streams the rows from a cursor."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain import rulebook
from ..domain.check_rules import RULES
from ..domain.errors import ValidationError
from ..domain.quantities import parse_quantity
from ..domain.rulebook import same_number
from ..domain.units import compatible, get_unit, is_unit
from ..domain.vocabulary import default_growth_basis
from ..domain.vocabulary import lookup as vocabulary_lookup
from .checks import record_findings
from .columns import HEADERS as _HEADERS
from .columns import OBSERVATION_COLUMNS
from .database import Store, new_uid, now_iso
from .resolver import Resolver
from .table_files import MAX_CELL, TableFile, neutralise, write_table

__all__ = ["MAX_CELL", "TableFile", "neutralise"]

_EXPORT_SQL = {
    "observations": (
        "SELECT i.name AS indicator, i.unit AS unit, r.name AS region, r.code AS region_code, "
        "(SELECT p.name FROM regions p WHERE p.id = r.parent_id) AS region_parent, "
        "t.period_label AS period, t.period_kind, t.period_start, t.period_end, t.value, t.value_text, t.qualifier, "
        "t.is_estimate, t.yoy_pct, t.growth_pct, t.growth_base, t.rank, t.rank_scope, s.title AS source_title, "
        "s.published_on AS source_date, s.url AS source_url, t.quote, t.note, t.supersedes, t.revision_reason, t.uid "
        "FROM observations t JOIN indicators i ON i.id = t.indicator_id JOIN regions r ON r.id = t.region_id "
        "JOIN sources s ON s.id = t.source_id"
    ),
    "projects": (
        "SELECT t.name, r.name AS region, t.sector, t.status, t.investment, t.investment_text, t.investment_qualifier, "
        "t.area_m2, t.area_text, t.duration_months, t.expected_output, t.expected_output_text, t.jobs, "
        "(SELECT group_concat(o.name || '（' || po.role || '）', '、') FROM project_organizations po "
        " JOIN organizations o ON o.id = po.organization_id WHERE po.project_id = t.id) AS organizations, "
        "(SELECT group_concat(e.kind || ' ' || coalesce(e.occurred_on, ''), '；') FROM project_events e "
        " WHERE e.project_id = t.id) AS milestones, s.title AS source_title, s.published_on AS source_date, "
        "t.quote, t.note, t.uid FROM projects t LEFT JOIN regions r ON r.id = t.region_id "
        "LEFT JOIN sources s ON s.id = t.source_id"
    ),
    "sources": "SELECT t.title, t.publication, t.published_on, t.page, t.byline, t.dateline, t.url, t.body, t.note, "
    "t.uid FROM sources t",
    "indicators": "SELECT t.name, t.unit, t.category, t.measure, t.description, t.uid FROM indicators t",
    "regions": "SELECT t.code, t.name, t.full_name, t.level, p.name AS parent, t.aliases, t.uid FROM regions t "
    "LEFT JOIN regions p ON p.id = t.parent_id",
    "organizations": "SELECT t.name, t.kind, r.name AS region, t.aliases, t.note, t.uid FROM organizations t "
    "LEFT JOIN regions r ON r.id = t.region_id",
}
EXPORT_TABLES = tuple(_EXPORT_SQL)


def export_fields(store: Store, table: str) -> list[str]:
    """The field names of a table's export, as its query names them."""
    if table not in _EXPORT_SQL:
        raise ValueError(f"cannot export {table!r}")
    return [d[0] for d in store.conn.execute(f"{_EXPORT_SQL[table]} WHERE 0").description]


def export_stream(
    store: Store, table: str, where: str = "1", params: Iterable[Any] = ()
) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """Field names and the rows of a table (or a filtered view of it), with names instead of ids,
    read from a cursor a thousand at a time (a million rows are never in memory at once). The rows are
    read on their own connection, so that a long export does not hold this one's cursor open."""
    fields = export_fields(store, table)
    sql = f"{_EXPORT_SQL[table]} WHERE {where} ORDER BY t.id"
    values = list(params)

    def rows() -> Iterator[dict[str, Any]]:
        with Store.open(store.read_path, readonly=True) as reader:
            cursor = reader.conn.execute(sql, values)
            while batch := cursor.fetchmany(1000):
                for row in batch:
                    yield dict(zip(fields, row, strict=True))

    return fields, rows()


def export_rows(
    store: Store, table: str, where: str = "1", params: Iterable[Any] = ()
) -> tuple[list[str], list[dict]]:
    """The same as ``export_stream``, in memory (for small views and tests)."""
    if table not in _EXPORT_SQL:
        raise ValueError(f"cannot export {table!r}")
    return export_fields(store, table), store.query(
        f"{_EXPORT_SQL[table]} WHERE {where} ORDER BY t.id", list(params)
    )


def write_export(
    path: Path, fields: list[str], rows: Iterable[dict], fmt: str, encoding: str = "utf-8-sig"
) -> int:
    """Write rows as csv, xlsx or json (streamed; written beside the target, moved into place when
    complete); returns the number of rows. JSON keys are the field names, spreadsheets get Chinese
    headers."""
    headers = [_HEADERS.get(f, f) for f in fields] if fmt != "json" else fields
    return write_table(path, headers, ([row[f] for f in fields] for row in rows), fmt, encoding)


# ----------------------------------------------------------------------------- reading files
def read_table(path: Path, max_rows: int | None = None) -> tuple[list[str], list[list[str]], str]:
    """Headers, rows (as text) and the detected encoding ('xlsx' for workbooks), in memory: for small
    files and tests. The importer streams a ``TableFile`` instead."""
    table = TableFile(path)
    rows = table.preview(max_rows) if max_rows else list(table.rows())
    while rows and not any(str(c).strip() for c in rows[-1]):
        rows.pop()
    return table.headers, rows, table.encoding


def auto_mapping(headers: list[str]) -> dict[str, int]:
    """Observation field → column index, from Chinese or English headers: by name or alias (without
    spaces, case, a bracketed unit or %), then a year-on-year growth by its usual words anywhere in the
    header (yoy_growth_pct, 同比增速(%), 增长率)."""
    mapping: dict[str, int] = {}
    normalized = [_header_key(h) for h in headers]
    for fieldname, chinese, aliases in OBSERVATION_COLUMNS:
        for name in (chinese, fieldname, *aliases):
            key = _header_key(name)
            if key in normalized and fieldname not in mapping:
                mapping[fieldname] = normalized.index(key)
                break
    if "yoy_pct" not in mapping:
        taken = set(mapping.values())
        for i, key in enumerate(normalized):
            if i not in taken and _YOY_WORDS.search(key):
                mapping["yoy_pct"] = i
                break
    return mapping


def _with_year(period: str, year: str) -> str:
    """1—11月 in a sheet with a 年份 column of 2018: 2018年1—11月 (a period that names its year keeps it)."""
    year = year.strip().removesuffix("年").removesuffix(".0")
    if (
        not period.strip()
        or not re.fullmatch(r"\d{4}", year)
        or re.search(r"\d{4}|今年|去年|上年|明年", period)
    ):
        return period
    return f"{year}年{period.strip()}"


_ABBREVIATION = re.compile(r"\s*[（(][A-Za-z]{2,6}[）)]\s*$")
_YOY_WORDS = re.compile(r"yoy|同比|增速|增长率|growth_?rate|y_?o_?y")


def _header_key(header: str) -> str:
    text = re.sub(r"[（(][^）)]*[）)]|%", "", str(header)).strip().lower()
    return text.replace(" ", "")


# ----------------------------------------------------------------------------- planning
@dataclass
class Problem:
    row: int  # the row number as a spreadsheet shows it: the header is row 1, the first data row 2
    column: str
    reason: str


@dataclass
class ImportPlan:
    rows: list[dict[str, Any]] = field(default_factory=list)  # ready observation values (ids resolved)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)  # equal to a stored fact or an earlier row
    warnings: list[Problem] = field(default_factory=list)  # what the check rules say of valid rows
    new_indicators: dict[tuple[str, str], dict] = field(default_factory=dict)
    new_sources: dict[tuple[str, str | None], dict] = field(default_factory=dict)
    new_zones: dict[str, dict] = field(default_factory=dict)
    total: int = 0  # non-blank data rows
    valid: int = 0  # rows that can be imported (``rows`` holds them only for an in-memory plan)
    mapping: dict[str, int] | None = None  # the columns the file was checked with

    def report(self, limit: int = 200) -> list[str]:
        lines = [f"第 {p.row} 行 [{p.column}]：{p.reason}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"……另有 {len(self.problems) - limit} 个问题")
        lines += [f"第 {p.row} 行：{p.reason}，跳过" for p in self.duplicates[:limit]]
        if len(self.duplicates) > limit:
            lines.append(f"……另有 {len(self.duplicates) - limit} 行重复")
        lines += [f"第 {p.row} 行 [提示·{p.column}]：{p.reason}" for p in self.warnings[:limit]]
        if len(self.warnings) > limit:
            lines.append(f"……另有 {len(self.warnings) - limit} 条提示")
        return lines


#: The rulebook's field names as the import report names the columns.
_COLUMN_LABELS = {
    "value": "数值",
    "period": "时期",
    "period_kind": "时期类型",
    "yoy_pct": "同比增长",
    "growth": "其他增长",
    "rank": "排名",
    "qualifier": "限定",
    "growth_basis": "增速口径",
}


def plan_observation_import(
    store: Store,
    headers: list[str],
    rows: list[list[str]],
    mapping: dict[str, int] | None = None,
    create_missing: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportPlan:
    """Check rows in memory (small files, tests): the plan keeps the valid rows for ``apply_import``."""
    plan = ImportPlan()
    plan.rows = list(_checked_rows(store, headers, rows, plan, mapping, create_missing, progress, len(rows)))
    return plan


def check_file(
    store: Store,
    table: TableFile,
    mapping: dict[str, int] | None = None,
    create_missing: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportPlan:
    """Check every row of a file, streamed (nothing is kept but the report and what is to be created)."""
    plan = ImportPlan(mapping=mapping if mapping is not None else auto_mapping(table.headers))
    expected = table.estimated_rows() if progress is not None else 0
    rows = table.rows()
    for _values in _checked_rows(
        store, table.headers, rows, plan, plan.mapping, create_missing, progress, expected
    ):
        pass
    return plan


def header_problems(headers: list[str], mapping: dict[str, int]) -> list[Problem]:
    problems = []
    for required, label in (("indicator", "指标"), ("region", "地区"), ("source_title", "来源")):
        if required not in mapping and not (required == "region" and "region_code" in mapping):
            problems.append(Problem(1, label, f"缺少“{label}”列"))
    if "period" not in mapping and not {"period_start", "period_end"} <= set(mapping):
        problems.append(Problem(1, "时期", "缺少“时期”列（或开始、结束日期列）"))
    seen: dict[str, int] = {}
    for header in headers:
        key = header.strip().lower().replace(" ", "")
        if key:
            seen[key] = seen.get(key, 0) + 1
    for header, times in seen.items():
        if times > 1:
            problems.append(Problem(1, header, f"列名“{header}”出现了 {times} 次，请改名或删去多余的列"))
    return problems


def _checked_rows(
    store: Store,
    headers: list[str],
    rows: Iterable[list[str]],
    plan: ImportPlan,
    mapping: dict[str, int] | None = None,
    create_missing: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    expected: int = 0,
) -> Iterator[dict[str, Any]]:
    """Check every row with the rulebook the forms use, names resolved by the shared resolver; yield the
    values of each valid row. Problems, duplicates (rows equal to a stored fact or to an earlier row)
    and the records to create go into ``plan``. Nothing is written."""
    mapping = mapping if mapping is not None else auto_mapping(headers)
    plan.problems += header_problems(headers, mapping)
    if plan.problems:
        return
    resolver = Resolver(store)
    facts = _FactKeys(store)
    # the sources last looked up (a bounded cache: a file may name a new source on every row)
    sources: OrderedDict[tuple[str, str | None], dict | None] = OrderedDict()

    def cell(row: list[str], name: str) -> str:
        index = mapping.get(name)
        return str(row[index]).strip() if index is not None and index < len(row) else ""

    for n, row in enumerate(rows, start=2):
        if progress is not None and n % 2000 == 0 and not progress(n - 2, expected):
            plan.problems.append(Problem(n, "-", "已取消"))
            return
        if not any(str(c).strip() for c in row):
            continue  # a blank line: counted in the numbering, as a spreadsheet shows it
        plan.total += 1
        problems: list[Problem] = []

        def bad(column: str, reason: str, problems: list[Problem] = problems, n: int = n) -> None:
            problems.append(Problem(n, column, reason))

        if any(len(str(c)) > MAX_CELL for c in row):
            bad("-", f"单元格超过 {MAX_CELL:,} 字")
            plan.problems += problems
            continue
        values: dict[str, Any] = {}
        # source
        title, published = cell(row, "source_title"), cell(row, "source_date").strip() or None
        reference = None
        if published:
            try:  # (the rulebook's one reading of a day: 2021-01-21, 20210121, 2021年1月21日 …)
                published = rulebook.iso_date(published, "发表日期")
                reference = date.fromisoformat(published) if published else None
            except ValidationError as exc:
                bad("发表日期", exc.message)
                published = None
        source: dict | None = None
        if not title:
            bad("来源", "来源为空")
        else:
            key = (title, published)
            source = plan.new_sources.get(key)
            if source is None:
                if key in sources:
                    sources.move_to_end(key)
                else:
                    sources[key] = resolver.source(title, published)
                    if len(sources) > 2000:
                        sources.popitem(last=False)
                source = sources[key]
            if source is None and create_missing:
                source = plan.new_sources.setdefault(
                    (title, published),
                    {"title": title, "published_on": published, "url": cell(row, "source_url") or None},
                )
            elif source is None:
                bad("来源", f"来源“{title}”不存在（可选择一并新建）")
        values["_source"] = source
        # indicator: by name or alias (with the unit column when given), else the vocabulary
        name, unit = cell(row, "indicator"), cell(row, "unit")
        bare = _ABBREVIATION.sub("", name)  # 地区生产总值(GDP): the indicator, its abbreviation aside
        if bare != name and (
            resolver.indicator(bare, strict=True) is not None
            or resolver.indicator_proposal(bare, strict=True) is not None  # (the catalogue's)
        ):
            name = bare
        info = None
        if not name:
            bad("指标", "指标为空")
        else:
            info = resolver.indicator(name, unit or None, strict=True)
            if info is None and unit and resolver.indicator(name, strict=True) is not None:
                found = resolver.indicator(name, strict=True)
                assert found is not None
                if not is_unit(unit) or not is_unit(found.unit):
                    bad("单位", f"指标“{found.name}”以“{found.unit}”计，与单位“{unit}”不符")
                elif not _same_dimension(unit, found.unit):
                    if not create_missing:  # (with it: the same name in the row's own unit, made below,
                        bad(  # as the capture review does with 进出口总额83.6亿美元)
                            "单位",
                            f"指标“{found.name}”以“{found.unit}”计，与单位“{unit}”不符"
                            f"（可选择一并新建以“{unit}”计的同名指标）",
                        )
                else:
                    info = found  # 21859 万元 into an 亿元 indicator: the rulebook converts
            if info is None and not problems:
                entry = vocabulary_lookup(name, strict=True)
                if (
                    entry is not None
                ):  # a wording the catalogue knows (进出口总额, 货物贸易出口): its indicator
                    info = resolver.indicator(entry.name, unit or None, strict=True) or resolver.indicator(
                        entry.name, strict=True
                    )
                    if info is not None and unit and is_unit(unit) and not _same_dimension(unit, info.unit):
                        info = None
            if info is None and not problems:
                proposal = resolver.indicator_proposal(name, strict=True)
                new_unit = unit or (proposal.unit if proposal else None) or _unit_of(cell(row, "value_text"))
                if not create_missing:
                    bad(
                        "指标",
                        f"指标“{name}”{'（' + unit + '）' if unit else ''}不存在（可选择一并新建）",
                    )
                elif not new_unit or not is_unit(new_unit):
                    bad("单位", f"新指标“{name}”需要单位")
                else:
                    new_unit = get_unit(new_unit).symbol  # 戶 → 户: the registry's spelling
                    canonical = proposal.name if proposal and proposal.unit == new_unit else name
                    # one new indicator per name and kind of unit: 5.67万亿元 goes to the 亿元 one made
                    # for an earlier row (converted by the rulebook), not to a second of the same name
                    new_unit = next(
                        (
                            u
                            for (n, u) in plan.new_indicators
                            if n == canonical and _same_dimension(u, new_unit)
                        ),
                        new_unit,
                    )
                    created = plan.new_indicators.setdefault(
                        (canonical, new_unit),
                        {
                            "name": canonical,
                            "unit": new_unit,
                            "measure": proposal.measure if proposal else "flow",
                            "category": proposal.category if proposal else None,
                            "growth_basis": proposal.growth_basis
                            if proposal
                            else default_growth_basis(canonical),
                            "aliases": list(proposal.aliases) if proposal else [],
                        },
                    )
                    info = rulebook.IndicatorInfo.from_row(created)
                    values["_new_indicator"] = created
        values["_indicator"] = info
        # region
        region_name, code = cell(row, "region"), cell(row, "region_code")
        region = resolver.region(code) if code else None
        zone = None
        if region is None:
            if not region_name:
                bad("地区", "地区为空")
            else:
                try:
                    region = resolver.resolve_region(region_name)
                except ValidationError as exc:
                    parent_name = cell(row, "region_parent")
                    parent = resolver.region(parent_name) if parent_name else None
                    if create_missing and parent is not None and resolver.region(region_name) is None:
                        zone = plan.new_zones.setdefault(
                            region_name, {"name": region_name, "level": "zone", "parent_id": parent.id}
                        )
                    elif create_missing and parent is None:
                        bad("地区", f"{exc.message}（新建园区或片区需要“上级地区”列）")
                    else:
                        bad("地区", exc.message)
        values["region_id"] = region.id if region is not None else None
        values["_zone"] = zone
        # the fact itself, through the rulebook
        value_text, number = cell(row, "value_text"), cell(row, "value")
        raw = {
            "value": value_text or number,
            "unit": unit if not value_text else "",
            "qualifier": cell(row, "qualifier"),
            "period": _with_year(cell(row, "period"), cell(row, "year")),
            "period_kind": cell(row, "period_kind"),
            "period_start": cell(row, "period_start"),
            "period_end": cell(row, "period_end"),
            "yoy_pct": cell(row, "yoy_pct"),
            "growth_pct": cell(row, "growth_pct"),
            "growth_base": cell(row, "growth_base"),
            "rank": cell(row, "rank"),
            "rank_scope": cell(row, "rank_scope"),
            "is_estimate": cell(row, "is_estimate"),
            "growth_basis": cell(row, "growth_basis"),
            "quote": cell(row, "quote"),
            "note": cell(row, "note"),
        }
        if cell(row, "supersedes") or cell(row, "revision_reason"):  # (a file without them keeps revisions)
            raw["supersedes"], raw["revision_reason"] = cell(row, "supersedes"), cell(row, "revision_reason")
        body = source.get("body") if source is not None else None
        result = rulebook.observation(raw, info, rulebook.Context(reference, body=body))
        for field_name, message in result.errors.items():
            bad(_COLUMN_LABELS.get(field_name, field_name), message)
        if result.ok and value_text and number and info is not None:
            stated = _number_or_none(number)
            if stated is not None and not rulebook.same_number(stated, result.values["value"]):
                bad(
                    "数值",
                    f"数值 {number} 与原文“{value_text}”换算的 {result.values['value']:g} {info.unit} 不一致",
                )
        values.update(result.values)
        uid = cell(row, "uid")
        if uid:
            earlier = facts.uid_seen(uid, n)
            if earlier is not None:
                bad("uid", f"uid 与第 {earlier} 行重复")
            values["uid"] = uid
        if problems:
            plan.problems += problems
            continue
        verdict = facts.classify(values, n)
        if verdict is not None:
            kind, reason = verdict
            (plan.duplicates if kind == "duplicate" else plan.problems).append(Problem(n, "数值", reason))
            continue
        plan.valid += 1
        if (
            plan.valid <= WARNED_ROWS
            and values.get("_indicator") is not None
            and values["_indicator"].id is not None
        ):
            _warn(store, plan, values, n)
        yield values


#: The check rules are run on this many valid rows of a file (each asks the database a few questions);
#: beyond them the report says so, and the checks window finds the rest after the import.
WARNED_ROWS = 20_000


def _warn(store: Store, plan: ImportPlan, values: dict[str, Any], row_number: int) -> None:
    record = {k: v for k, v in values.items() if not k.startswith("_")}
    record["indicator_id"] = values["_indicator"].id
    record["source_id"] = values["_source"].get("id") if values.get("_source") else None
    if record["region_id"] is None:
        return
    for finding in record_findings(store, record):
        if finding.rule != "duplicate":  # duplicates are reported (and skipped) by the importer itself
            plan.warnings.append(Problem(row_number, RULES[finding.rule].title, finding.message))


class _FactKeys:
    """The facts already stored for the sources a file names, and those of the file's earlier rows: a
    row equal to one (indicator, region, period, source and value) is a duplicate; the same key with
    another value from the same source is an error (from another source it is allowed: the checks list
    conflicts). The file's facts are kept in a temporary table, not in memory: a million rows cost a
    temporary file, not a gigabyte."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.loaded: set[int] = set()
        self.known: dict[tuple, list[dict[str, Any]]] = {}
        self.conn = store.conn
        for statement in (
            "DROP TABLE IF EXISTS temp.import_facts",
            "DROP TABLE IF EXISTS temp.import_uids",
            "CREATE TEMP TABLE import_facts (k INTEGER PRIMARY KEY, v TEXT NOT NULL, label TEXT, row INTEGER)",
            "CREATE TEMP TABLE import_uids (uid TEXT PRIMARY KEY, row INTEGER) WITHOUT ROWID",
        ):
            self.conn.execute(statement)

    def uid_seen(self, uid: str, row_number: int) -> int | None:
        """The earlier row of the file with this uid, or None (and remember this one)."""
        cursor = self.conn.execute(
            "INSERT INTO import_uids (uid, row) VALUES (?, ?) ON CONFLICT (uid) DO NOTHING", [uid, row_number]
        )
        if cursor.rowcount == 1:
            return None
        return int(self.conn.execute("SELECT row FROM import_uids WHERE uid = ?", [uid]).fetchone()[0])

    @staticmethod
    def _ref(record: Any) -> Any:
        if record is None:
            return None
        if isinstance(record, dict):
            return (
                record["id"]
                if record.get("id") is not None
                else (
                    "new",
                    record.get("title"),
                    record.get("name"),
                    record.get("published_on"),
                    record.get("unit"),
                )
            )
        return record.id if record.id is not None else ("new", record.name, record.unit)

    def _key(self, values: dict[str, Any]) -> tuple:
        indicator = values.get("_new_indicator") or values["_indicator"]
        region = values["region_id"] if values.get("_zone") is None else self._ref(values["_zone"])
        return (
            self._ref(indicator),
            region,
            values["period_start"],
            values["period_end"],
            self._ref(values["_source"]),
        )

    @staticmethod
    def _fingerprint(values: dict[str, Any]) -> str:
        return repr(
            tuple(
                None if values.get(c) is None else float(values[c])
                for c in ("value", "yoy_pct", "growth_pct", "rank")
            )
        )

    def _load(self, source_id: int) -> None:
        if source_id in self.loaded:
            return
        self.loaded.add(source_id)
        for row in self.store.query(
            "SELECT indicator_id, region_id, period_start, period_end, source_id, value, yoy_pct, growth_pct, "
            "rank, value_text FROM observations WHERE source_id = ?",
            [source_id],
        ):
            key = (
                row["indicator_id"],
                row["region_id"],
                row["period_start"],
                row["period_end"],
                row["source_id"],
            )
            self.known.setdefault(key, []).append(row)

    def classify(self, values: dict[str, Any], row_number: int) -> tuple[str, str] | None:
        source = values["_source"]
        if source is not None and source.get("id") is not None:
            self._load(source["id"])
        key = self._key(values)
        for other in self.known.get(key, []):
            if all(
                same_number(values.get(c), other.get(c)) for c in ("value", "yoy_pct", "growth_pct", "rank")
            ):
                return (
                    "duplicate",
                    f"与库中已有的同一事实重复（{other.get('value_text') or other.get('value')}）",
                )
            if values.get("value") is not None and other.get("value") is not None:
                return (
                    "error",
                    f"同一来源中该指标、地区和时期库中已有不同的数值“{other.get('value_text') or other.get('value')}”",
                )
        fingerprint = self._fingerprint(values)
        label = values.get("value_text") or ""
        k = hash(key) & 0x7FFFFFFFFFFFFFFF
        cursor = self.conn.execute(
            "INSERT INTO import_facts (k, v, label, row) VALUES (?, ?, ?, ?) ON CONFLICT (k) DO NOTHING",
            [k, fingerprint, label, row_number],
        )
        if cursor.rowcount == 1:
            return None
        v, earlier_label, earlier_row = self.conn.execute(
            "SELECT v, label, row FROM import_facts WHERE k = ?", [k]
        ).fetchone()
        if v == fingerprint:
            return "duplicate", f"与第 {earlier_row} 行重复（{earlier_label}）"
        if values.get("value") is not None:
            return (
                "error",
                f"与第 {earlier_row} 行的指标、地区、时期和来源相同，数值却不同（{earlier_label}）",
            )
        return None


def _same_dimension(a: str, b: str) -> bool:
    return compatible(a, b)


def _number_or_none(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _unit_of(value_text: str) -> str | None:
    if not value_text:
        return None
    try:
        return parse_quantity(value_text).unit
    except ValidationError:
        return None


def apply_import(store: Store, plan: ImportPlan, progress: Callable[[int, int], bool] | None = None) -> int:
    """Write the rows of an in-memory plan in one transaction (nothing when cancelled or on any error)."""
    if plan.problems:
        raise ValidationError("import", f"还有 {len(plan.problems)} 个问题，未导入任何数据")
    with store.atomic():
        _create_planned_records(store, plan)
        return _write_rows(store, iter(plan.rows), len(plan.rows), progress)


def import_file(
    store: Store,
    table: TableFile,
    plan: ImportPlan,
    progress: Callable[[int, int], bool] | None = None,
    skip_invalid: bool = False,
) -> int:
    """Import a checked file in one transaction: the records the plan creates, then every valid row,
    read and checked again as the file is streamed (so memory stays flat). Nothing is written when the
    import is cancelled, fails, or the file turns out to have problems the check did not report."""
    if plan.problems and not skip_invalid:
        raise ValidationError("import", f"还有 {len(plan.problems)} 个问题，未导入任何数据")
    with store.atomic():
        _create_planned_records(store, plan)
        again = ImportPlan()
        rows = _checked_rows(store, table.headers, table.rows(), again, plan.mapping, False)
        written = _write_rows(store, rows, plan.valid, progress)
        if len(again.problems) > len(plan.problems) or (again.problems and not skip_invalid):
            raise ValidationError("import", "文件在检查之后有了变化，未导入任何数据；请重新检查")
    return written


def _create_planned_records(store: Store, plan: ImportPlan) -> None:
    for kind, table in (
        ("new_indicators", "indicators"),
        ("new_zones", "regions"),
        ("new_sources", "sources"),
    ):
        created = [c for c in getattr(plan, kind).values() if c.get("id") is None]
        for start in range(0, len(created), 5000):  # a file may name 100,000 new sources
            batch = created[start : start + 5000]
            ids = store.bulk_insert(table, [{k: v for k, v in c.items() if k != "id"} for c in batch])
            for record, new_id in zip(batch, ids, strict=True):
                record["id"] = new_id


def _write_rows(
    store: Store, rows: Iterator[dict[str, Any]], total: int, progress: Callable[[int, int], bool] | None
) -> int:
    """Bulk-insert observation values in batches; a uid of the file that a record here already has gets
    a new one (both facts are kept)."""
    stamp = now_iso()
    written = 0
    while True:
        chunk = [values for _i, values in zip(range(5000), rows, strict=False)]
        if not chunk:
            return written
        uids = [v["uid"] for v in chunk if v.get("uid")]
        taken = set()
        for i in range(0, len(uids), 500):
            part = uids[i : i + 500]
            taken |= {
                r["uid"]
                for r in store.query(
                    f"SELECT uid FROM observations WHERE uid IN ({','.join('?' * len(part))})", part
                )
            }
        batch = []
        for values in chunk:
            uid = values.get("uid") or new_uid()
            if uid in taken:
                uid = new_uid()
            record = {c: values.get(c) for c in _OBSERVATION_FIELDS}
            indicator = values.get("_new_indicator")
            record.update(
                uid=uid,
                region_id=values["region_id"] if values.get("_zone") is None else values["_zone"]["id"],
                indicator_id=indicator["id"] if indicator is not None else values["_indicator"].id,
                source_id=values["_source"]["id"],
                is_estimate=int(bool(values.get("is_estimate"))),
                created_at=stamp,
                updated_at=stamp,
            )
            batch.append(record)
        written += len(store.bulk_insert("observations", batch))
        if progress is not None and not progress(written, max(total, written)):
            raise ImportCancelled("导入已取消，未写入任何数据")


_OBSERVATION_FIELDS = [
    "period_kind",
    "period_start",
    "period_end",
    "period_label",
    "value",
    "value_text",
    "qualifier",
    "yoy_pct",
    "growth_pct",
    "growth_base",
    "rank",
    "rank_scope",
    "growth_basis",
    "quote",
    "quote_start",
    "quote_end",
    "note",
    "supersedes",
    "revision_reason",
]


class ImportCancelled(Exception):
    pass
