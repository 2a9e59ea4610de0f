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
from ..domain.periods import parse_period, period_from_bounds
from ..domain.quantities import parse_growth, parse_quantity, parse_rank
from ..domain.records import value_in_unit
from ..domain.text_files import decode_text
from ..domain.units import is_unit
from .database import Store, new_uid, now_iso
from .default_data import gazetteer_of

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
        rows = [row for row in reader if any(cell.strip() for cell in row)]
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


def _read_xlsx(path: Path, max_rows: int | None) -> tuple[list[str], list[list[str]], str]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ValidationError("file", f"无法读取 Excel 文件：{type(exc).__name__}") from None
    ws = wb.worksheets[0]
    rows = []
    for row in ws.iter_rows(values_only=True):
        cells = ["" if v is None else (f"{v:g}" if isinstance(v, float) else str(v)) for v in row]
        if any(c.strip() for c in cells):
            rows.append(cells)
        if max_rows and len(rows) > max_rows:
            break
    wb.close()
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
    row: int  # 1-based data row number as in the file (header is row 1, first data row is 2)
    column: str
    reason: str


@dataclass
class ImportPlan:
    rows: list[dict[str, Any]] = field(default_factory=list)  # ready observation values (ids resolved)
    problems: list[Problem] = field(default_factory=list)
    new_indicators: dict[tuple[str, str], dict] = field(default_factory=dict)
    new_sources: dict[tuple[str, str | None], dict] = field(default_factory=dict)
    new_zones: dict[str, dict] = field(default_factory=dict)
    total: int = 0

    def report(self, limit: int = 200) -> list[str]:
        lines = [f"第 {p.row} 行 [{p.column}]：{p.reason}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"……另有 {len(self.problems) - limit} 个问题")
        return lines


def plan_observation_import(
    store: Store,
    headers: list[str],
    rows: list[list[str]],
    mapping: dict[str, int] | None = None,
    create_missing: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportPlan:
    """Check every row with the same parsers as the forms; nothing is written."""
    mapping = mapping if mapping is not None else auto_mapping(headers)
    plan = ImportPlan(total=len(rows))
    for required, label in (("indicator", "指标"), ("region", "地区"), ("source_title", "来源")):
        if required not in mapping and not (required == "region" and "region_code" in mapping):
            plan.problems.append(Problem(1, label, f"缺少“{label}”列"))
    if "period" not in mapping and not {"period_start", "period_end"} <= set(mapping):
        plan.problems.append(Problem(1, "时期", "缺少“时期”列（或开始、结束日期列）"))
    if plan.problems:
        return plan
    gaz = gazetteer_of(store)
    indicators = {(r["name"], r["unit"]): r for r in store.query("SELECT id, name, unit FROM indicators")}
    by_name: dict[str, list[dict]] = {}
    for ind in indicators.values():
        by_name.setdefault(ind["name"], []).append(ind)
    sources: dict[tuple[str, str | None], dict] = {}
    for s in store.query("SELECT id, title, published_on FROM sources"):
        sources.setdefault((s["title"], s["published_on"]), s)
        sources.setdefault((s["title"], None), s)
    region_codes = {
        r["code"]: r["id"] for r in store.query("SELECT id, code FROM regions WHERE code IS NOT NULL")
    }
    seen_uids = set()

    def cell(row: list[str], name: str) -> str:
        index = mapping.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    for n, row in enumerate(rows, start=2):
        if progress is not None and n % 2000 == 0 and not progress(n - 2, len(rows)):
            plan.problems.append(Problem(n, "-", "已取消"))
            return plan
        problems: list[Problem] = []

        def bad(column: str, reason: str, problems: list[Problem] = problems, n: int = n) -> None:
            problems.append(Problem(n, column, reason))

        if any(len(c) > MAX_CELL for c in row):
            bad("-", f"单元格超过 {MAX_CELL} 字")
            plan.problems += problems
            continue
        if mapping and len(row) < max(mapping.values()) + 1 and not any(row):
            continue
        values: dict[str, Any] = {}
        # source
        title, published = cell(row, "source_title"), cell(row, "source_date") or None
        reference = None
        if published:
            try:
                reference = date.fromisoformat(published)
            except ValueError:
                bad("发表日期", f"日期“{published}”应为 YYYY-MM-DD")
                published = None
        if not title:
            bad("来源", "来源为空")
        else:
            source = sources.get((title, published)) or sources.get((title, None))
            if source is None:
                if create_missing:
                    source = plan.new_sources.setdefault(
                        (title, published),
                        {"title": title, "published_on": published, "url": cell(row, "source_url") or None},
                    )
                else:
                    bad("来源", f"来源“{title}”不存在（可用 --create-missing 新建）")
            values["_source"] = source
        # indicator and unit
        name, unit = cell(row, "indicator"), cell(row, "unit")
        indicator = None
        if not name:
            bad("指标", "指标为空")
        else:
            candidates = by_name.get(name, [])
            if unit:
                indicator = next((c for c in candidates if c["unit"] == unit), None)
            elif len(candidates) == 1:
                indicator = candidates[0]
            if indicator is None:
                guessed_unit = unit or _unit_of(cell(row, "value_text"))
                if candidates and not unit:
                    indicator = candidates[0]
                elif create_missing and guessed_unit and is_unit(guessed_unit):
                    indicator = plan.new_indicators.setdefault(
                        (name, guessed_unit), {"name": name, "unit": guessed_unit}
                    )
                elif create_missing:
                    bad("单位", f"新指标“{name}”需要单位")
                else:
                    bad(
                        "指标",
                        f"指标“{name}”{'（' + unit + '）' if unit else ''}不存在（可用 --create-missing 新建）",
                    )
        values["_indicator"] = indicator
        # region
        region_name, code = cell(row, "region"), cell(row, "region_code")
        region_id = region_codes.get(code) if code else None
        zone = None
        if region_id is None:
            if not region_name:
                bad("地区", "地区为空")
            else:
                try:
                    region_id = gaz.resolve(region_name).id
                except ValidationError as exc:
                    parent_name = cell(row, "region_parent")
                    parent = gaz.lookup(parent_name) if parent_name else []
                    if create_missing and parent and not gaz.lookup(region_name):
                        zone = plan.new_zones.setdefault(
                            region_name, {"name": region_name, "level": "zone", "parent_id": parent[0].id}
                        )
                    elif create_missing and not parent:
                        bad("地区", f"{exc.message}（新建园区或片区需要“上级地区”列）")
                    else:
                        bad("地区", exc.message)
        values["region_id"] = region_id
        values["_zone"] = zone
        # period
        label = cell(row, "period")
        start, end, kind = cell(row, "period_start"), cell(row, "period_end"), cell(row, "period_kind")
        try:
            if start and end:
                p = period_from_bounds(kind or "range", start, end, label or f"{start}—{end}")
            else:
                p = parse_period(label, reference)
            values.update(p.columns(label or p.label))
        except ValidationError as exc:
            bad("时期", exc.message)
        # value
        value_text, number = cell(row, "value_text"), cell(row, "value")
        values["value"], values["value_text"], values["qualifier"] = (
            None,
            value_text or None,
            cell(row, "qualifier") or "exact",
        )
        target_unit = indicator["unit"] if indicator else unit
        try:
            if value_text:
                q = parse_quantity(value_text)
                values["value"] = float(value_in_unit(q, target_unit) if target_unit else q.value)
                values["qualifier"] = q.qualifier
            elif number:
                q = parse_quantity(number + (unit if unit and not number[-1:].isalpha() else ""))
                values["value"] = float(value_in_unit(q, target_unit) if target_unit else q.value)
                values["value_text"] = number + (unit or "")
            if values["qualifier"] not in ("exact", "approx", "over", "under", "vague"):
                bad("限定", f"限定“{values['qualifier']}”无效")
        except ValidationError as exc:
            bad("数值", exc.message)
        for column, label_zh, parser in (
            ("yoy_pct", "同比增长", "growth"),
            ("growth_pct", "其他增长", "growth"),
            ("rank", "排名", "rank"),
        ):
            text = cell(row, column)
            values[column] = None
            if not text:
                continue
            try:
                if parser == "rank":
                    r = parse_rank(text)
                    values["rank"] = r.rank
                    values["rank_scope"] = r.scope
                else:
                    g = parse_growth(text)
                    values[column] = float(g.pct) if g.pct is not None else None
            except ValidationError as exc:
                bad(label_zh, exc.message)
        if cell(row, "rank_scope"):
            values["rank_scope"] = cell(row, "rank_scope")
        values.setdefault("rank_scope", None)
        values["growth_base"] = cell(row, "growth_base") or None
        values["is_estimate"] = cell(row, "is_estimate").lower() in ("1", "true", "是", "yes", "预计")
        values["quote"] = cell(row, "quote") or None
        values["note"] = cell(row, "note") or None
        if (
            values["value"] is None
            and values["yoy_pct"] is None
            and values["growth_pct"] is None
            and values["rank"] is None
            and not any(p.column == "数值" for p in problems)
        ):
            bad("数值", "数值、增长率和排名都为空")
        uid = cell(row, "uid")
        if uid:
            if uid in seen_uids:
                bad("uid", "uid 在文件中重复")
            seen_uids.add(uid)
            values["uid"] = uid
        if problems:
            plan.problems += problems
        else:
            plan.rows.append(values)
    return plan


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
                record.update(
                    uid=uid,
                    region_id=values["region_id"] if values.get("_zone") is None else values["_zone"]["id"],
                    indicator_id=values["_indicator"]["id"],
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
    "quote",
    "note",
]


class ImportCancelled(Exception):
    pass
