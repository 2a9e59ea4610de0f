"""Import and export: CSV (UTF-8, UTF-8 with BOM, GB18030), XLSX and JSON, with names instead of ids,
formula-injection-safe cells, a row-level report before anything is written, and one transaction."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError
from ..domain.quantities import parse_quantity
from ..domain.text_files import decode_text
from ..domain.units import is_unit
from .database import Store, new_uid, now_iso

MAX_CELL = 100_000  # characters; longer cells are refused with a reason, not truncated silently

# ----------------------------------------------------------------------------- columns
#: Observation fields in export order: (field, Chinese header, English aliases accepted on import)
OBSERVATION_COLUMNS: list[tuple[str, str, tuple[str, ...]]] = [
    ("indicator", "指标", ("indicator", "指标名称")),
    ("unit", "单位", ("unit",)),
    ("region", "地区", ("region", "地区名称", "行政区")),
    ("region_code", "地区代码", ("region_code", "区划代码", "code")),
    ("region_parent", "上级地区", ("region_parent", "parent_region")),
    ("period", "时期", ("period", "period_label", "时间")),
    ("period_kind", "时期类型", ("period_kind",)),
    ("period_start", "开始日期", ("period_start", "开始")),
    ("period_end", "结束日期", ("period_end", "结束")),
    ("value", "数值", ("value", "数据")),
    ("value_text", "原文数值", ("value_text", "原文")),
    ("qualifier", "限定", ("qualifier",)),
    ("is_estimate", "预计", ("is_estimate", "estimate")),
    ("yoy_pct", "同比增长", ("yoy", "yoy_pct", "同比", "同比增长(%)", "增速")),
    ("growth_pct", "其他增长", ("growth_pct",)),
    ("growth_base", "增长基期", ("growth_base",)),
    ("rank", "排名", ("rank", "位次")),
    ("rank_scope", "排名范围", ("rank_scope",)),
    ("source_title", "来源", ("source_title", "source", "来源标题", "文章")),
    ("source_date", "发表日期", ("source_date", "published_on", "日期")),
    ("source_url", "链接", ("source_url", "url")),
    ("quote", "引文", ("quote", "原句")),
    ("note", "备注", ("note",)),
    ("uid", "uid", ("uid",)),
]
_EXPORT_SQL = {
    "observations": (
        "SELECT i.name AS indicator, i.unit AS unit, r.name AS region, r.code AS region_code, "
        "(SELECT p.name FROM regions p WHERE p.id = r.parent_id) AS region_parent, "
        "t.period_label AS period, t.period_kind, t.period_start, t.period_end, t.value, t.value_text, t.qualifier, "
        "t.is_estimate, t.yoy_pct, t.growth_pct, t.growth_base, t.rank, t.rank_scope, s.title AS source_title, "
        "s.published_on AS source_date, s.url AS source_url, t.quote, t.note, t.uid "
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
_HEADERS = {f: h for f, h, _a in OBSERVATION_COLUMNS} | {
    "name": "名称",
    "sector": "行业",
    "status": "状态",
    "investment": "投资额（亿元）",
    "investment_text": "投资额原文",
    "investment_qualifier": "投资额限定",
    "area_m2": "占地面积（平方米）",
    "area_text": "面积原文",
    "duration_months": "建设周期（月）",
    "expected_output": "预期年产值（亿元）",
    "expected_output_text": "产值原文",
    "jobs": "带动就业",
    "organizations": "机构",
    "milestones": "节点",
    "title": "标题",
    "publication": "媒体",
    "published_on": "发表日期",
    "page": "版次",
    "byline": "作者",
    "dateline": "电头",
    "url": "链接",
    "body": "正文",
    "category": "类别",
    "measure": "类型",
    "description": "说明",
    "code": "区划代码",
    "full_name": "全称",
    "level": "级别",
    "parent": "上级",
    "aliases": "别名",
    "kind": "类型",
}
EXPORT_TABLES = tuple(_EXPORT_SQL)
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_DANGEROUS):
        return "'" + value
    return value


def export_rows(
    store: Store, table: str, where: str = "1", params: Iterable[Any] = ()
) -> tuple[list[str], list[dict]]:
    """Field names and rows of a table (or a filtered view of it), with names instead of ids."""
    if table not in _EXPORT_SQL:
        raise ValueError(f"cannot export {table!r}")
    rows = store.query(f"{_EXPORT_SQL[table]} WHERE {where} ORDER BY t.id", list(params))
    fields = (
        list(rows[0])
        if rows
        else [c.split(" AS ")[-1].split(".")[-1].strip() for c in _split_select(_EXPORT_SQL[table])]
    )
    return fields, rows


def _split_select(sql: str) -> list[str]:
    body = sql[len("SELECT ") : sql.index(" FROM ")]
    parts, depth, current = [], 0, ""
    for ch in body:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


def write_export(
    path: Path, fields: list[str], rows: list[dict], fmt: str, encoding: str = "utf-8-sig"
) -> int:
    """Write rows as csv, xlsx or json; returns the number of rows. Written to a temporary file first."""
    headers = [_HEADERS.get(f, f) for f in fields]
    tmp = path.with_name(path.name + ".part")
    try:
        if fmt == "csv":
            with tmp.open("w", encoding=encoding, newline="", errors="strict") as fh:
                writer = csv.writer(fh)
                writer.writerow(headers)
                for row in rows:
                    writer.writerow(["" if row[f] is None else neutralise(row[f]) for f in fields])
        elif fmt == "xlsx":
            _write_xlsx(tmp, fields, headers, rows)
        elif fmt == "json":
            tmp.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            raise ValueError(f"unknown format {fmt!r}")
        tmp.replace(path)
    except UnicodeEncodeError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(
            "encoding", f"有字符无法用 {encoding} 编码（{exc.object[exc.start : exc.end]}），请改用 UTF-8"
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(rows)


def _write_xlsx(path: Path, fields: list[str], headers: list[str], rows: list[dict]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = "数据"
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) * 2 + 2 for h in headers]
    for row in rows:
        values = [neutralise(row[f]) for f in fields]
        ws.append(values)
        for i, v in enumerate(values):
            if v is not None:
                text = str(v)
                widths[i] = max(widths[i], min(60, sum(2 if ord(c) > 127 else 1 for c in text[:60]) + 2))
    for i, width in enumerate(widths):
        ws.column_dimensions[ws.cell(row=1, column=i + 1).column_letter].width = width
    ws.freeze_panes = "A2"
    wb.save(path)


# ----------------------------------------------------------------------------- reading files
def read_table(path: Path, max_rows: int | None = None) -> tuple[list[str], list[list[str]], str]:
    """Headers, rows (as text) and the detected encoding ('xlsx' for workbooks)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, max_rows)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"无法读取“{path}”：{exc.strerror}") from None
    if raw.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, max_rows)
    text, encoding = decode_text(raw)
    if "\x00" in text:
        raise ValidationError("file", "文件含有空字符，不是文本表格")
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        rows = _without_outer_blank_rows(list(reader))
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise ValidationError(
                "file", f"有单元格超过 {csv.field_size_limit():,} 字，文件无法导入"
            ) from None
        raise ValidationError("file", f"CSV 格式错误：{exc}") from None
    if not rows:
        raise ValidationError("file", "文件是空的")
    encoding_name = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else encoding
    return [h.strip() for h in rows[0]], rows[1 : max_rows + 1 if max_rows else None], encoding_name


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text an editor would type: the cell's own number exactly (21859.123456,
    1234567.5 — never six significant digits), a date as YYYY-MM-DD."""
    from datetime import datetime, time

    from ..domain.rulebook import number_text

    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _without_outer_blank_rows(rows: list[list[str]]) -> list[list[str]]:
    """Blank rows before the header and after the data go; blank rows between data rows stay, so that
    row numbers in the report are those a spreadsheet shows."""
    blank = [not any(str(cell).strip() for cell in row) for row in rows]
    if all(blank):
        return []
    first = blank.index(False)
    last = len(rows) - blank[::-1].index(False)
    return rows[first:last]


def _read_xlsx(path: Path, max_rows: int | None) -> tuple[list[str], list[list[str]], str]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ValidationError("file", f"无法读取 Excel 文件：{type(exc).__name__}") from None
    ws = wb.worksheets[0]
    rows = []
    for row in ws.iter_rows(values_only=True):
        rows.append([cell_text(v) for v in row])
        if max_rows and len(rows) > max_rows:
            break
    wb.close()
    rows = _without_outer_blank_rows(rows)
    if not rows:
        raise ValidationError("file", "工作表是空的")
    return [h.strip() for h in rows[0]], rows[1:], "xlsx"


def auto_mapping(headers: list[str]) -> dict[str, int]:
    """Observation field → column index, from Chinese or English headers."""
    mapping: dict[str, int] = {}
    normalized = [h.strip().lower().replace(" ", "") for h in headers]
    for fieldname, chinese, aliases in OBSERVATION_COLUMNS:
        for name in (chinese, fieldname, *aliases):
            key = name.lower().replace(" ", "")
            if key in normalized and fieldname not in mapping:
                mapping[fieldname] = normalized.index(key)
                break
    return mapping


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
    new_indicators: dict[tuple[str, str], dict] = field(default_factory=dict)
    new_sources: dict[tuple[str, str | None], dict] = field(default_factory=dict)
    new_zones: dict[str, dict] = field(default_factory=dict)
    total: int = 0

    def report(self, limit: int = 200) -> list[str]:
        lines = [f"第 {p.row} 行 [{p.column}]：{p.reason}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"……另有 {len(self.problems) - limit} 个问题")
        lines += [f"第 {p.row} 行：{p.reason}，跳过" for p in self.duplicates[:limit]]
        if len(self.duplicates) > limit:
            lines.append(f"……另有 {len(self.duplicates) - limit} 行重复")
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
    """Check every row with the rulebook the forms use, names resolved by the shared resolver; rows
    equal to a stored fact (or to an earlier row) are duplicates, skipped. Nothing is written."""
    from ..domain import rulebook
    from ..domain.vocabulary import default_growth_basis
    from .resolver import Resolver

    mapping = mapping if mapping is not None else auto_mapping(headers)
    plan = ImportPlan(total=sum(1 for row in rows if any(str(c).strip() for c in row)))
    for required, label in (("indicator", "指标"), ("region", "地区"), ("source_title", "来源")):
        if required not in mapping and not (required == "region" and "region_code" in mapping):
            plan.problems.append(Problem(1, label, f"缺少“{label}”列"))
    if "period" not in mapping and not {"period_start", "period_end"} <= set(mapping):
        plan.problems.append(Problem(1, "时期", "缺少“时期”列（或开始、结束日期列）"))
    if plan.problems:
        return plan
    resolver = Resolver(store)
    facts = _FactKeys(store)
    sources: dict[tuple[str, str | None], dict | None] = {}
    seen_uids: set[str] = set()

    def cell(row: list[str], name: str) -> str:
        index = mapping.get(name)
        return str(row[index]).strip() if index is not None and index < len(row) else ""

    for n, row in enumerate(rows, start=2):
        if progress is not None and n % 2000 == 0 and not progress(n - 2, len(rows)):
            plan.problems.append(Problem(n, "-", "已取消"))
            return plan
        if not any(str(c).strip() for c in row):
            continue  # a blank line: counted in the numbering, as a spreadsheet shows it
        problems: list[Problem] = []

        def bad(column: str, reason: str, problems: list[Problem] = problems, n: int = n) -> None:
            problems.append(Problem(n, column, reason))

        if any(len(str(c)) > MAX_CELL for c in row):
            bad("-", f"单元格超过 {MAX_CELL:,} 字")
            plan.problems += problems
            continue
        values: dict[str, Any] = {}
        # source
        title, published = cell(row, "source_title"), cell(row, "source_date")[:10] or None
        reference = None
        if published:
            try:
                reference = date.fromisoformat(published)
            except ValueError:
                bad("发表日期", f"日期“{published}”应为 YYYY-MM-DD")
                published = None
        source: dict | None = None
        if not title:
            bad("来源", "来源为空")
        else:
            if (title, published) not in sources:
                sources[(title, published)] = resolver.source(title, published)
            source = sources[(title, published)] or plan.new_sources.get((title, published))
            if source is None and create_missing:
                source = plan.new_sources.setdefault(
                    (title, published),
                    {"title": title, "published_on": published, "url": cell(row, "source_url") or None},
                )
            elif source is None:
                bad("来源", f"来源“{title}”不存在（可用 --create-missing 新建）")
        values["_source"] = source
        # indicator: by name or alias (with the unit column when given), else the vocabulary
        name, unit = cell(row, "indicator"), cell(row, "unit")
        info = None
        if not name:
            bad("指标", "指标为空")
        else:
            info = resolver.indicator(name, unit or None, strict=True)
            if info is None and unit and resolver.indicator(name, strict=True) is not None:
                found = resolver.indicator(name, strict=True)
                assert found is not None
                if not is_unit(unit) or not is_unit(found.unit) or not _same_dimension(unit, found.unit):
                    bad("单位", f"指标“{found.name}”以“{found.unit}”计，与单位“{unit}”不符")
                else:
                    info = found  # 21859 万元 into an 亿元 indicator: the rulebook converts
            if info is None and not problems:
                proposal = resolver.indicator_proposal(name, strict=True)
                new_unit = unit or (proposal.unit if proposal else None) or _unit_of(cell(row, "value_text"))
                if not create_missing:
                    bad(
                        "指标",
                        f"指标“{name}”{'（' + unit + '）' if unit else ''}不存在（可用 --create-missing 新建）",
                    )
                elif not new_unit or not is_unit(new_unit):
                    bad("单位", f"新指标“{name}”需要单位")
                else:
                    canonical = proposal.name if proposal and proposal.unit == new_unit else name
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
            "period": cell(row, "period"),
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
            if uid in seen_uids:
                bad("uid", "uid 在文件中重复")
            seen_uids.add(uid)
            values["uid"] = uid
        if problems:
            plan.problems += problems
            continue
        verdict = facts.classify(values)
        if verdict is not None:
            kind, reason = verdict
            (plan.duplicates if kind == "duplicate" else plan.problems).append(Problem(n, "数值", reason))
            continue
        plan.rows.append(values)
    return plan


class _FactKeys:
    """The facts already stored for the sources a file names, and those planned so far: a row equal to
    one (indicator, region, period, source and value) is a duplicate; the same key with another value
    from the same source is an error (from another source it is allowed: the checks list conflicts)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.loaded: set[int] = set()
        self.known: dict[tuple, list[tuple[str, dict[str, Any]]]] = {}

    @staticmethod
    def _ref(record: dict | None) -> Any:
        if record is None:
            return None
        return record["id"] if record.get("id") is not None else ("new", id(record))

    def _key(self, values: dict[str, Any]) -> tuple:
        indicator = values.get("_new_indicator") or values["_indicator"]
        ind = (
            indicator.id if hasattr(indicator, "id") and indicator.id is not None else ("new", id(indicator))
        )
        region = values["region_id"] if values.get("_zone") is None else ("new", id(values["_zone"]))
        return (ind, region, values["period_start"], values["period_end"], self._ref(values["_source"]))

    def _load(self, source_id: int) -> None:
        if source_id in self.loaded:
            return
        self.loaded.add(source_id)
        for row in self.store.query(
            "SELECT o.indicator_id, o.region_id, o.period_start, o.period_end, o.source_id, o.value, o.yoy_pct, "
            "o.growth_pct, o.rank, o.value_text, s.title FROM observations o JOIN sources s ON s.id = o.source_id "
            "WHERE o.source_id = ?",
            [source_id],
        ):
            key = (
                row["indicator_id"],
                row["region_id"],
                row["period_start"],
                row["period_end"],
                row["source_id"],
            )
            self.known.setdefault(key, []).append(("库中已有", row))

    def classify(self, values: dict[str, Any]) -> tuple[str, str] | None:
        from ..domain.rulebook import same_number

        source = values["_source"]
        if source is not None and source.get("id") is not None:
            self._load(source["id"])
        key = self._key(values)
        existing = self.known.setdefault(key, [])
        for where, other in existing:
            same = all(
                same_number(values.get(c), other.get(c)) for c in ("value", "yoy_pct", "growth_pct", "rank")
            )
            if same:
                return (
                    "duplicate",
                    f"与{where}的同一事实重复（{other.get('value_text') or other.get('value')}）",
                )
            if values.get("value") is not None and other.get("value") is not None:
                return "error", (
                    f"同一来源中该指标、地区和时期已有不同的数值“{other.get('value_text') or other.get('value')}”"
                    f"（{where}）"
                )
        existing.append(("文件前面的行", values))
        return None


def _same_dimension(a: str, b: str) -> bool:
    from ..domain.units import compatible

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
    """Write all planned rows in one transaction (nothing when cancelled or on any error)."""
    if plan.problems:
        raise ValidationError("import", f"还有 {len(plan.problems)} 个问题，未导入任何数据")
    stamp = now_iso()
    existing_uids = set()
    uids = [r["uid"] for r in plan.rows if r.get("uid")]
    for i in range(0, len(uids), 500):
        chunk = uids[i : i + 500]
        existing_uids |= {
            r["uid"]
            for r in store.query(
                f"SELECT uid FROM observations WHERE uid IN ({','.join('?' * len(chunk))})", chunk
            )
        }
    with store.atomic():
        for kind, table in (
            ("new_indicators", "indicators"),
            ("new_zones", "regions"),
            ("new_sources", "sources"),
        ):
            created = list(getattr(plan, kind).values())
            ids = store.bulk_insert(table, [{k: v for k, v in c.items() if k != "id"} for c in created])
            for record, new_id in zip(created, ids, strict=True):
                record["id"] = new_id
        written = 0
        step = 5000
        for offset in range(0, len(plan.rows), step):
            batch = []
            for values in plan.rows[offset : offset + step]:
                uid = values.get("uid") or new_uid()
                if uid in existing_uids:
                    uid = new_uid()  # the file's uid belongs to a record already here: keep both facts
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
            if progress is not None and not progress(written, len(plan.rows)):
                raise ImportCancelled("导入已取消，未写入任何数据")
    return written


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
]


class ImportCancelled(Exception):
    pass
