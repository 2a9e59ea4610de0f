"""The rulebook: one function per record type turns the fields as an editor types them (or an article,
a spreadsheet or the default data set writes them) into a checked record — and one function per type
turns a record back into those fields. Every way a fact comes in calls the same function: the forms,
the capture proposals, CSV/XLSX import, the default data loader, merge and ``scnews extract``. So the
same text always gives the same record.

In: ``raw`` (text or numbers as written, plus the ids that the storage resolver found for names) and the
context (the indicator's unit and growth basis, the source's date, the year the article is about).
Out: ``Checked`` — the column values, a Chinese error per field (nothing is written while there is
one), and previews that say what was understood (``= 2.1859 亿元``, ``年度：2023-01-01 至 …（请确认）``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .decimals import format_decimal, plain
from .errors import ValidationError
from .periods import Period, parse_period, period_from_bounds
from .quantities import QUALIFIERS, Quantity, parse_growth, parse_quantity, parse_rank
from .records import EVENT_KINDS, MEASURES, ORG_KINDS, ORG_ROLES, PROJECT_STATUSES, value_in_unit
from .units import get_unit, is_unit
from .vocabulary import GROWTH_BASES, default_growth_basis

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_RANK = 100_000  # a rank beyond any real list of peers is a typing error, not a rank
MAX_GROWTH_PCT = Decimal(1_000_000)  # +1 000 000 %: beyond it a growth rate is a slip


@dataclass
class Checked:
    """A record as the rulebook read it: column values, errors and previews keyed by field name."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    previews: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


FormResult = Checked  # the forms' name for it


@dataclass(frozen=True)
class IndicatorInfo:
    """What the rulebook needs to know of an indicator."""

    name: str
    unit: str
    measure: str = "flow"
    growth_basis: str = "nominal"
    id: int | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> IndicatorInfo:
        return cls(
            row["name"],
            row["unit"],
            row.get("measure") or "flow",
            row.get("growth_basis") or default_growth_basis(row["name"]),
            row.get("id"),
        )


@dataclass(frozen=True)
class Context:
    """Where a fact was written: the source's publication date and, when the article says which year it
    reports on, that year (for 全年, 年末)."""

    reference: date | None = None
    article_year: int | None = None
    body: str | None = None  # the source's text: a quote found in it gets its offsets


def _text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float):
        return number_text(raw)
    return str(raw).strip()


def number_text(value: float | int | Decimal) -> str:
    """A number as an editor would type it: 21859.123456, 1234567.5, 60 (no exponent, no float noise)."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        value = Decimal(repr(value))
    return format(plain(Decimal(value)), "f")


def _required(result: Checked, name: str, raw: Any, message: str) -> str:
    text = _text(raw)
    if not text:
        result.errors[name] = message
    return text


#: The other ways people write a day in sheets and forms (read as the same day).
_WRITTEN_DATE = re.compile(r"(\d{4})(?:(\d{2})(\d{2})|[/.年](\d{1,2})[/.月](\d{1,2})日?)")


def iso_date(raw: Any, name: str = "date") -> str | None:
    """A day as written (2021-01-21, 20210121, 2021/1/21, 2021年1月21日) → YYYY-MM-DD; None when blank.
    Raises ValidationError with the reason — the one reading of a date on every way in."""
    result = Checked()
    text = _iso_date(result, name, raw)
    if result.errors:
        raise ValidationError(name, result.errors[name])
    return text


def _iso_date(result: Checked, name: str, raw: Any, required: bool = False) -> str | None:
    if isinstance(raw, date):
        return raw.isoformat()
    text = _text(raw)
    if not text:
        if required:
            result.errors[name] = "请填写日期（YYYY-MM-DD）"
        return None
    text = text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text) else text  # a spreadsheet's datetime
    written = _WRITTEN_DATE.fullmatch(text)  # 20210121, 2021/1/21, 2021.1.21, 2021年1月21日
    if written and not _DATE.match(text):
        month, day = written.group(2) or written.group(4), written.group(3) or written.group(5)
        text = f"{written.group(1)}-{int(month):02d}-{int(day):02d}"
    if not _DATE.match(text):
        result.errors[name] = "日期格式应为 YYYY-MM-DD，例如 2021-01-21"
        return None
    try:
        date.fromisoformat(text)
    except ValueError:
        result.errors[name] = f"日期“{text}”不存在"
        return None
    return text


def describe_quantity(q: Quantity, converted: Decimal | None, unit: str | None) -> str:
    qualifier = {
        "exact": "",
        "approx": "（约数）",
        "over": "（以上）",
        "under": "（不足）",
        "vague": "（模糊）",
    }[q.qualifier]
    if q.magnitude_only and converted is not None and unit:
        return f"= {format_decimal(converted)} {unit}{qualifier}（“{q.text}”按指标单位“{unit}”理解）"
    written = f"{format_decimal(q.value)} {q.unit or ''}".strip()
    if converted is not None and unit and unit != q.unit:
        return f"= {format_decimal(converted)} {unit}{qualifier}（原文 {written}）"
    return f"= {written}{qualifier}"


def describe_period(p: Period, reference: date | None) -> str:
    kinds = {
        "year": "年度",
        "quarter": "季度",
        "month": "月度",
        "ytd": "年初至今",
        "range": "时段",
        "asof": "截至",
        "date": "日期",
    }
    text = f"{kinds[p.kind]}：{p.describe()}"
    if p.relative and reference is not None:
        text += f"（按发表日期 {reference.isoformat()} 推算，请确认）"
    elif p.relative:
        text += "（按文章所述年份推算，请确认）"
    return text


def _aliases(raw: Any) -> list[str]:
    if isinstance(raw, list | tuple):
        return [a for a in (str(x).strip() for x in raw) if a]
    return [a for a in re.split(r"[、,，;；\s]+", _text(raw)) if a]


def _flag(raw: Any) -> bool:
    if isinstance(raw, str):
        return raw.strip().lower() in ("1", "true", "yes", "y", "是", "预计", "√", "x")
    return bool(raw)


# --------------------------------------------------------------------------- sources
def source(raw: Mapping[str, Any]) -> Checked:
    r = Checked()
    r.values["title"] = _required(r, "title", raw.get("title"), "请填写标题")
    r.values["published_on"] = _iso_date(r, "published_on", raw.get("published_on"))
    for name in ("publication", "page", "byline", "dateline", "url", "note"):
        r.values[name] = _text(raw.get(name)) or None
    r.values["body"] = raw.get("body") or ""
    url = r.values["url"]
    if url and not re.match(r"^(https?|file)://", url):
        r.errors["url"] = "链接应以 http:// 或 https:// 开头"
    return r


def source_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: row.get(k) or ""
        for k in ("title", "published_on", "publication", "page", "byline", "dateline", "url", "body", "note")
    }


# --------------------------------------------------------------------------- indicators
def indicator(raw: Mapping[str, Any]) -> Checked:
    r = Checked()
    r.values["name"] = _required(r, "name", raw.get("name"), "请填写指标名称")
    unit = _required(r, "unit", raw.get("unit"), "请填写单位，例如 亿元、户、%")
    if unit and not is_unit(unit):
        r.errors["unit"] = (
            f"不认识的单位“{unit}”；可用：亿元、万元、元、户、家、人、个、%、平方米、亿千瓦时、万吨、标箱……"
        )
    r.values["unit"] = get_unit(unit).symbol if unit and is_unit(unit) else unit
    measure = _text(raw.get("measure")) or "flow"
    if measure not in MEASURES:
        r.errors["measure"] = "类型无效"
    r.values["measure"] = measure
    basis = _text(raw.get("growth_basis")) or default_growth_basis(r.values["name"] or "")
    if basis not in GROWTH_BASES:
        r.errors["growth_basis"] = "增速口径应为“现价”或“可比价”"
    r.values["growth_basis"] = basis
    r.values["category"] = _text(raw.get("category")) or None
    r.values["description"] = _text(raw.get("description")) or None
    r.values["aliases"] = _aliases(raw.get("aliases"))
    return r


# --------------------------------------------------------------------------- organisations and zones
def organization(raw: Mapping[str, Any]) -> Checked:
    r = Checked()
    r.values["name"] = _required(r, "name", raw.get("name"), "请填写机构名称")
    kind = _text(raw.get("kind")) or "other"
    if kind not in ORG_KINDS:
        r.errors["kind"] = "机构类型无效"
    r.values["kind"] = kind
    r.values["region_id"] = raw.get("region_id")
    r.values["aliases"] = _aliases(raw.get("aliases"))
    r.values["note"] = _text(raw.get("note")) or None
    return r


def zone(raw: Mapping[str, Any]) -> Checked:
    r = Checked()
    r.values["name"] = _required(r, "name", raw.get("name"), "请填写园区或片区名称")
    r.values["full_name"] = _text(raw.get("full_name")) or r.values["name"]
    r.values["level"] = "zone"
    if raw.get("parent_id") is None:
        r.errors["parent_id"] = "请选择所在地区"
    r.values["parent_id"] = raw.get("parent_id")
    r.values["aliases"] = _aliases(raw.get("aliases"))
    r.values["note"] = _text(raw.get("note")) or None
    return r


def _quote(v: dict[str, Any], raw: Mapping[str, Any], body: str | None) -> None:
    """The quote as written, with its offsets in the source's text: those given when the text has the
    quote there (the editor's selection), else where the text first has it, else none."""
    quote = str(raw.get("quote") or "").strip() or None
    start, end = raw.get("quote_start"), raw.get("quote_end")
    v["quote"], v["quote_start"], v["quote_end"] = quote, None, None
    if quote is None:
        return
    if start is not None and end is not None and (not body or body[int(start) : int(end)] == quote):
        v["quote_start"], v["quote_end"] = int(start), int(end)
    elif body and quote in body:
        at = body.index(quote)
        v["quote_start"], v["quote_end"] = at, at + len(quote)


# --------------------------------------------------------------------------- observations
_REAL_WORDS = re.compile(r"按可比价(?:格)?计算|可比价(?:格)?|扣除价格因素|实际增长")
_NOMINAL_WORDS = re.compile(r"按现价(?:计算)?|现价|名义增长")


def growth_basis_of_quote(quote: str | None) -> str | None:
    """The basis a sentence states for its growth: 按可比价格计算 → real, 按现价计算 → nominal."""
    if not quote:
        return None
    if _REAL_WORDS.search(quote):
        return "real"
    if _NOMINAL_WORDS.search(quote):
        return "nominal"
    return None


def observation(
    raw: Mapping[str, Any], indicator: IndicatorInfo | None, context: Context | None = None
) -> Checked:
    """An observation from its fields as written.

    ``raw``: ``value`` (text such as ``逾60亿元``, ``60亿``, ``2074.8``, or a number) with an optional
    ``unit`` (a spreadsheet's unit column) and ``qualifier``; ``period`` (text) or ``period_start``/
    ``period_end``/``period_kind``; ``yoy_pct`` and ``growth`` (text or numbers), ``growth_base``;
    ``rank`` with an optional ``rank_scope``; ``is_estimate``; ``growth_basis``; ``quote`` with
    ``quote_start``/``quote_end``; ``note``; ``supersedes`` (the uid of the fact it revises) with
    ``revision_reason``; and ``indicator_id``, ``region_id``, ``source_id`` when the
    caller resolved them (a key that is present but None is an error: the form's empty lookups).
    """
    context = context or Context()
    r = Checked()
    v = r.values
    for name, message in (
        ("indicator_id", "请选择指标"),
        ("region_id", "请选择地区"),
        ("source_id", "请选择来源文章"),
    ):
        if name in raw:
            if raw.get(name) is None:
                r.errors[name.removesuffix("_id")] = message
            v[name] = raw.get(name)
    unit = indicator.unit if indicator else None
    _observation_value(r, raw, unit)
    _observation_period(r, raw, context)
    _observation_growth(r, raw)
    _observation_rank(r, raw)
    if v["value"] is None and v["yoy_pct"] is None and v["growth_pct"] is None and v["rank"] is None:
        r.errors.setdefault("value", "请填写数值（或至少填写增长率、排名之一）")
    v["is_estimate"] = _flag(raw.get("is_estimate")) or _text(raw.get("value")).startswith("预计")
    _quote(v, raw, context.body)
    basis = _text(raw.get("growth_basis")) or growth_basis_of_quote(v["quote"])
    if basis and basis not in GROWTH_BASES:
        r.errors["growth_basis"] = "增速口径应为 nominal（现价）或 real（可比价）"
        basis = None
    v["growth_basis"] = basis or None
    v["note"] = _text(raw.get("note")) or None
    if "supersedes" in raw or "revision_reason" in raw:  # (absent: a revision marked stays as it is)
        v["supersedes"] = _text(raw.get("supersedes")) or None
        v["revision_reason"] = _text(raw.get("revision_reason")) or None
        if v["supersedes"] and not v["revision_reason"]:
            r.errors["revision_reason"] = "请写明修订的理由（如：最终核实、年鉴修订）"
    return r


def _observation_value(r: Checked, raw: Mapping[str, Any], unit: str | None) -> None:
    v = r.values
    v["value"], v["value_text"], v["qualifier"] = None, None, "exact"
    given = raw.get("value")
    typed_unit = _text(raw.get("unit"))
    text = _text(given)
    if not text:
        return
    if isinstance(given, int | float | Decimal) and not isinstance(given, bool):
        text = number_text(given)
    written = text
    try:
        q = parse_quantity(text)
        if q.unit is None and typed_unit and not q.magnitude_only:
            written = text + typed_unit  # 2074.8 in a column headed 亿元: 2074.8亿元
            q = parse_quantity(written)
        target = unit or (typed_unit if typed_unit and q.magnitude_only else None)
        converted = value_in_unit(q, target) if target else q.value
        v["value"] = float(converted)
        v["value_text"] = written
        explicit = _text(raw.get("qualifier"))
        if explicit and explicit not in QUALIFIERS:
            r.errors["qualifier"] = f"限定“{explicit}”无效（应为 {'、'.join(QUALIFIERS)}）"
        v["qualifier"] = q.qualifier if q.qualifier != "exact" or not explicit else explicit
        r.previews["value"] = describe_quantity(q, converted, target)
    except ValidationError as exc:
        r.errors["value"] = exc.message
        v["value_text"] = written


def _observation_period(r: Checked, raw: Mapping[str, Any], context: Context) -> None:
    v = r.values
    label = _text(raw.get("period") or raw.get("period_label"))
    start, end = _text(raw.get("period_start"))[:10], _text(raw.get("period_end"))[:10]
    try:
        if start and end:
            p = period_from_bounds(
                _text(raw.get("period_kind")) or "range", start, end, label or f"{start}—{end}"
            )
        elif not label:
            r.errors["period"] = "请填写时期，例如“2020年”“截至2020年底”"
            return
        else:
            p = parse_period(label, context.reference, article_year=context.article_year)
        v.update(p.columns(label or p.label))
        r.previews["period"] = describe_period(p, context.reference)
    except ValidationError as exc:
        r.errors["period"] = exc.message


def _growth_value(text: Any, field: str) -> tuple[Decimal | None, str | None]:
    g = parse_growth(number_text(text) if isinstance(text, float | int) else str(text), field)
    if g.pct is not None and abs(g.pct) > MAX_GROWTH_PCT:
        raise ValidationError(field, f"增长率“{text}”超出合理范围")
    return g.pct, g.base


def _observation_growth(r: Checked, raw: Mapping[str, Any]) -> None:
    v = r.values
    v["yoy_pct"] = None
    yoy = raw.get("yoy_pct")
    if _text(yoy):
        try:
            pct, _base = _growth_value(yoy, "yoy_pct")
            if pct is None:
                raise ValidationError("yoy_pct", "同比增长请填百分比，例如“增长19.2%”")
            v["yoy_pct"] = float(pct)
            r.previews["yoy_pct"] = f"= {'+' if pct > 0 else ''}{format_decimal(pct)}%"
        except ValidationError as exc:
            r.errors["yoy_pct"] = exc.message
    v["growth_pct"], v["growth_base"] = None, _text(raw.get("growth_base")) or None
    growth = raw.get("growth") if _text(raw.get("growth")) else raw.get("growth_pct")
    if _text(growth):
        try:
            pct, base = _growth_value(growth, "growth")
            if pct is None:
                raise ValidationError("growth", "请填写增长率，例如“较2015年底增长了35.03倍”")
            v["growth_pct"] = float(pct)
            v["growth_base"] = base or v["growth_base"]
            r.previews["growth"] = f"= {format_decimal(pct)}%" + (
                f"（比较基期：{v['growth_base']}）" if v["growth_base"] else ""
            )
        except ValidationError as exc:
            r.errors["growth"] = exc.message


def _observation_rank(r: Checked, raw: Mapping[str, Any]) -> None:
    v = r.values
    v["rank"], v["rank_scope"] = None, _text(raw.get("rank_scope")) or None
    rank = _text(raw.get("rank"))
    if not rank:
        return
    try:
        rk = parse_rank(rank)
        if not 1 <= rk.rank <= MAX_RANK:
            raise ValidationError("rank", f"排名“{rank}”超出合理范围（1—{MAX_RANK}）")
        v["rank"], v["rank_scope"] = rk.rank, rk.scope or v["rank_scope"]
        r.previews["rank"] = f"= {v['rank_scope'] or ''}第{rk.rank}位"
    except ValidationError as exc:
        r.errors["rank"] = exc.message


def observation_fields(row: Mapping[str, Any], unit: str | None = None) -> dict[str, Any]:
    """The inverse: a stored observation as an editor would type it (for editing and export).
    ``observation(observation_fields(row), …)`` gives the row's values back."""
    value = row.get("value_text") or ""
    if not value and row.get("value") is not None:
        value = number_text(row["value"]) + (unit or "")
    growth = ""
    if row.get("growth_pct") is not None:
        base = f"较{row['growth_base']}" if row.get("growth_base") else ""
        growth = f"{base}增长{number_text(row['growth_pct'])}%"
    return {
        "value": value,
        "period": row.get("period_label") or row.get("period_start") or "",
        "yoy_pct": "" if row.get("yoy_pct") is None else f"{number_text(row['yoy_pct'])}%",
        "growth": growth,
        "rank": "" if row.get("rank") is None else f"{row.get('rank_scope') or ''}第{row['rank']}位",
        "is_estimate": bool(row.get("is_estimate")),
        "quote": row.get("quote") or "",
        "note": row.get("note") or "",
    }


def observation_bounds(row: Mapping[str, Any]) -> dict[str, Any]:
    """The stored period of a row, for re-reading it without resolving its label again."""
    return {k: row.get(k) for k in ("period_kind", "period_start", "period_end")}


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


# --------------------------------------------------------------------------- projects
@dataclass
class ProjectParts:
    organizations: list[dict[str, Any]] = field(default_factory=list)  # organization_id, role
    events: list[dict[str, Any]] = field(default_factory=list)  # kind, occurred_on, date_precision, quote


#: The status a project has reached by its latest milestone (开工 → 已开工).
STATUS_OF_MILESTONE = {
    "signed": "signed",
    "started": "started",
    "in_operation": "in_operation",
    "completed": "completed",
}


def status_after(events: Sequence[Mapping[str, Any]]) -> str | None:
    """The status the latest dated (else the last) milestone implies."""
    known = [e for e in events if e.get("kind") in STATUS_OF_MILESTONE]
    if not known:
        return None
    dated = [e for e in known if e.get("occurred_on")]
    latest = max(dated, key=lambda e: str(e["occurred_on"])) if dated else known[-1]
    return STATUS_OF_MILESTONE[str(latest["kind"])]


def _amount(r: Checked, name: str, text: str, unit: str) -> tuple[Quantity, Decimal] | None:
    try:
        q = parse_quantity(text, name)
        if q.unit is None and not q.magnitude_only:
            raise ValidationError(name, f"请写明单位，例如“15{unit}”")
        converted = value_in_unit(q, unit, name)
        r.previews[name] = describe_quantity(q, converted, unit)
        return q, converted
    except ValidationError as exc:
        r.errors[name] = exc.message
        return None


def project(raw: Mapping[str, Any], parts: ProjectParts | None = None, body: str | None = None) -> Checked:
    r = Checked()
    v = r.values
    v["name"] = _required(r, "name", raw.get("name"), "请填写项目名称")
    v["region_id"] = raw.get("region_id")
    v["source_id"] = raw.get("source_id")
    v["sector"] = _text(raw.get("sector")) or None
    status = _text(raw.get("status")) or (status_after(parts.events) if parts else None) or "planned"
    if status not in PROJECT_STATUSES:
        r.errors["status"] = "项目状态无效"
    v["status"] = status
    v["investment_qualifier"] = None
    for name, unit, column, column_text in (
        ("investment", "亿元", "investment", "investment_text"),
        ("expected_output", "亿元", "expected_output", "expected_output_text"),
        ("area", "平方米", "area_m2", "area_text"),
    ):
        text = _text(raw.get(name))
        v[column_text], v[column] = text or None, None
        if not text:
            continue
        amount = _amount(r, name, text, unit)
        if amount is not None:
            q, converted = amount
            v[column] = float(converted)
            if column == "investment":
                v["investment_qualifier"] = q.qualifier
    duration = _text(raw.get("duration_months"))
    v["duration_months"] = None
    if duration:
        try:
            q = parse_quantity(duration if not duration.isdigit() else duration + "个月", "duration_months")
            v["duration_months"] = float(value_in_unit(q, "个月", "duration_months"))
            r.previews["duration_months"] = f"= {number_text(v['duration_months'])} 个月"
        except ValidationError as exc:
            r.errors["duration_months"] = exc.message
    jobs = _text(raw.get("jobs"))
    v["jobs"] = None
    if jobs:
        try:
            v["jobs"] = int(
                value_in_unit(
                    parse_quantity(jobs if not jobs.isdigit() else jobs + "人", "jobs"), "人", "jobs"
                )
            )
        except ValidationError as exc:
            r.errors["jobs"] = exc.message
    _quote(v, raw, body)
    v["note"] = _text(raw.get("note")) or None
    if parts is not None:
        _project_parts(r, parts)
    return r


def _project_parts(r: Checked, parts: ProjectParts) -> None:
    seen = set()
    for i, link in enumerate(parts.organizations):
        if link.get("organization_id") is None:
            r.errors["organizations"] = f"第 {i + 1} 个机构未选择"
        elif link.get("role") not in ORG_ROLES:
            r.errors["organizations"] = f"第 {i + 1} 个机构的角色无效"
        key = (link.get("organization_id"), link.get("role"))
        if key in seen:
            r.errors["organizations"] = "同一机构以同一角色出现了两次"
        seen.add(key)
    for i, event in enumerate(parts.events):
        if event.get("kind") not in EVENT_KINDS:
            r.errors["events"] = f"第 {i + 1} 个节点的类型无效"
        when = event.get("occurred_on")
        if when and not _DATE.match(str(when)):
            r.errors["events"] = f"第 {i + 1} 个节点的日期应为 YYYY-MM-DD"
        elif when:
            try:
                date.fromisoformat(str(when))
            except ValueError:
                r.errors["events"] = f"第 {i + 1} 个节点的日期不存在"


def project_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse: a stored project as an editor would type it."""

    def amount(text_column: str, column: str, unit: str) -> str:
        if row.get(text_column):
            return str(row[text_column])
        return "" if row.get(column) is None else f"{number_text(row[column])}{unit}"

    return {
        "name": row.get("name") or "",
        "sector": row.get("sector") or "",
        "status": row.get("status"),
        "investment": amount("investment_text", "investment", "亿元"),
        "area": amount("area_text", "area_m2", "平方米"),
        "duration_months": ""
        if row.get("duration_months") is None
        else f"{number_text(row['duration_months'])}个月",
        "expected_output": amount("expected_output_text", "expected_output", "亿元"),
        "jobs": "" if row.get("jobs") is None else f"{row['jobs']}人",
        "quote": row.get("quote") or "",
        "note": row.get("note") or "",
    }
