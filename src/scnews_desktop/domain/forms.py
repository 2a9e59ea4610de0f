"""What the entry forms check, field by field, before anything is written (no Qt).

Each ``*_values`` function takes what the user typed (strings, ids, flags) and returns the record's
column values plus a dict of Chinese error messages keyed by field name. Nothing is written while
the dict is not empty; a field with an error keeps what the user typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .errors import ValidationError
from .periods import Period, parse_period
from .quantities import Quantity, format_decimal, parse_growth, parse_quantity, parse_rank
from .records import EVENT_KINDS, MEASURES, ORG_KINDS, ORG_ROLES, PROJECT_STATUSES, value_in_unit
from .units import get_unit, is_unit

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class FormResult:
    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    previews: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _text(raw: Any) -> str:
    return "" if raw is None else str(raw).strip()


def _required(result: FormResult, name: str, raw: Any, message: str) -> str:
    text = _text(raw)
    if not text:
        result.errors[name] = message
    return text


def _iso_date(result: FormResult, name: str, raw: Any, required: bool = False) -> str | None:
    text = _text(raw)
    if not text:
        if required:
            result.errors[name] = "请填写日期（YYYY-MM-DD）"
        return None
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
    return text


# --------------------------------------------------------------------------- sources
def source_values(raw: dict[str, Any]) -> FormResult:
    r = FormResult()
    r.values["title"] = _required(r, "title", raw.get("title"), "请填写标题")
    r.values["published_on"] = _iso_date(r, "published_on", raw.get("published_on"))
    for name in ("publication", "page", "byline", "dateline", "url", "note"):
        r.values[name] = _text(raw.get(name)) or None
    r.values["body"] = raw.get("body") or ""
    url = r.values["url"]
    if url and not re.match(r"^(https?|file)://", url):
        r.errors["url"] = "链接应以 http:// 或 https:// 开头"
    return r


# --------------------------------------------------------------------------- indicators
def indicator_values(raw: dict[str, Any]) -> FormResult:
    r = FormResult()
    r.values["name"] = _required(r, "name", raw.get("name"), "请填写指标名称")
    unit = _required(r, "unit", raw.get("unit"), "请填写单位，例如 亿元、户、%")
    if unit and not is_unit(unit):
        r.errors["unit"] = (
            f"不认识的单位“{unit}”；可用：亿元、万元、元、户、家、人、个、%、平方米、亿千瓦时……"
        )
    r.values["unit"] = get_unit(unit).symbol if unit and is_unit(unit) else unit
    measure = _text(raw.get("measure")) or "flow"
    if measure not in MEASURES:
        r.errors["measure"] = "类型无效"
    r.values["measure"] = measure
    r.values["category"] = _text(raw.get("category")) or None
    r.values["description"] = _text(raw.get("description")) or None
    return r


# --------------------------------------------------------------------------- organisations and zones
def organization_values(raw: dict[str, Any]) -> FormResult:
    r = FormResult()
    r.values["name"] = _required(r, "name", raw.get("name"), "请填写机构名称")
    kind = _text(raw.get("kind")) or "other"
    if kind not in ORG_KINDS:
        r.errors["kind"] = "机构类型无效"
    r.values["kind"] = kind
    r.values["region_id"] = raw.get("region_id")
    r.values["aliases"] = _aliases(raw.get("aliases"))
    r.values["note"] = _text(raw.get("note")) or None
    return r


def zone_values(raw: dict[str, Any]) -> FormResult:
    r = FormResult()
    r.values["name"] = _required(r, "name", raw.get("name"), "请填写园区或片区名称")
    r.values["full_name"] = _text(raw.get("full_name")) or r.values["name"]
    r.values["level"] = "zone"
    if raw.get("parent_id") is None:
        r.errors["parent_id"] = "请选择所在地区"
    r.values["parent_id"] = raw.get("parent_id")
    r.values["aliases"] = _aliases(raw.get("aliases"))
    r.values["note"] = _text(raw.get("note")) or None
    return r


def _aliases(raw: Any) -> list[str]:
    if isinstance(raw, list):
        return [a for a in (str(x).strip() for x in raw) if a]
    return [a for a in re.split(r"[、,，;；\s]+", _text(raw)) if a]


# --------------------------------------------------------------------------- observations
def observation_values(
    raw: dict[str, Any], indicator: dict[str, Any] | None, reference: date | None
) -> FormResult:
    """``raw``: indicator_id, region_id, source_id, value (text), period (text), yoy_pct, growth (text),
    rank (text), quote, quote_start, quote_end, is_estimate, note. ``indicator`` is the chosen one."""
    r = FormResult()
    v = r.values
    for name, message in (
        ("indicator_id", "请选择指标"),
        ("region_id", "请选择地区"),
        ("source_id", "请选择来源文章"),
    ):
        if raw.get(name) is None:
            r.errors[name.removesuffix("_id")] = message
        v[name] = raw.get(name)
    unit = indicator["unit"] if indicator else None

    value_text = _text(raw.get("value"))
    v["value_text"] = value_text or None
    v["value"] = None
    v["qualifier"] = "exact"
    if value_text:
        try:
            q = parse_quantity(value_text)
            converted = value_in_unit(q, unit) if unit else q.value
            v["value"] = float(converted)
            v["qualifier"] = q.qualifier
            r.previews["value"] = describe_quantity(q, converted, unit)
        except ValidationError as exc:
            r.errors["value"] = exc.message

    period_text = _text(raw.get("period"))
    if not period_text:
        r.errors["period"] = "请填写时期，例如“2020年”“截至2020年底”"
    else:
        try:
            p = parse_period(period_text, reference)
            v.update(p.columns(period_text))
            r.previews["period"] = describe_period(p, reference)
        except ValidationError as exc:
            r.errors["period"] = exc.message

    v["yoy_pct"] = None
    yoy = _text(raw.get("yoy_pct"))
    if yoy:
        try:
            g = parse_growth(yoy)
            if g.pct is None:
                raise ValidationError("yoy_pct", "同比增长请填百分比，例如“增长19.2%”")
            v["yoy_pct"] = float(g.pct)
            r.previews["yoy_pct"] = f"= {'+' if g.pct > 0 else ''}{format_decimal(g.pct)}%"
        except ValidationError as exc:
            r.errors["yoy_pct"] = exc.message
    v["growth_pct"], v["growth_base"] = None, None
    growth = _text(raw.get("growth"))
    if growth:
        try:
            g = parse_growth(growth, "growth")
            v["growth_pct"] = float(g.pct) if g.pct is not None else None
            v["growth_base"] = g.base or _text(raw.get("growth_base")) or None
            if g.pct is None:
                raise ValidationError("growth", "请填写增长率，例如“较2015年底增长了35.03倍”")
            r.previews["growth"] = f"= {format_decimal(g.pct)}%" + (
                f"（比较基期：{g.base}）" if g.base else ""
            )
        except ValidationError as exc:
            r.errors["growth"] = exc.message
    v["rank"], v["rank_scope"] = None, None
    rank = _text(raw.get("rank"))
    if rank:
        try:
            rk = parse_rank(rank)
            v["rank"], v["rank_scope"] = rk.rank, rk.scope
            r.previews["rank"] = f"= {rk.scope or ''}第{rk.rank}位"
        except ValidationError as exc:
            r.errors["rank"] = exc.message
    if not value_text and v["yoy_pct"] is None and v["growth_pct"] is None and v["rank"] is None:
        r.errors.setdefault("value", "请填写数值（或至少填写增长率、排名之一）")
    v["is_estimate"] = bool(raw.get("is_estimate"))
    quote = raw.get("quote") or ""
    v["quote"] = quote.strip() or None
    v["quote_start"] = raw.get("quote_start") if v["quote"] else None
    v["quote_end"] = raw.get("quote_end") if v["quote"] else None
    v["note"] = _text(raw.get("note")) or None
    return r


# --------------------------------------------------------------------------- projects
@dataclass
class ProjectParts:
    organizations: list[dict[str, Any]] = field(default_factory=list)  # organization_id, role
    events: list[dict[str, Any]] = field(default_factory=list)  # kind, occurred_on, date_precision, quote


def project_values(raw: dict[str, Any], parts: ProjectParts | None = None) -> FormResult:
    r = FormResult()
    v = r.values
    v["name"] = _required(r, "name", raw.get("name"), "请填写项目名称")
    v["region_id"] = raw.get("region_id")
    v["source_id"] = raw.get("source_id")
    v["sector"] = _text(raw.get("sector")) or None
    status = _text(raw.get("status")) or "planned"
    if status not in PROJECT_STATUSES:
        r.errors["status"] = "项目状态无效"
    v["status"] = status
    for name, unit, column, column_text in (
        ("investment", "亿元", "investment", "investment_text"),
        ("expected_output", "亿元", "expected_output", "expected_output_text"),
        ("area", "平方米", "area_m2", "area_text"),
    ):
        text = _text(raw.get(name))
        v[column_text] = text or None
        v[column] = None
        if column == "investment":
            v["investment_qualifier"] = None
        if not text:
            continue
        try:
            q = parse_quantity(text, name)
            if q.unit is None:
                raise ValidationError(name, f"请写明单位，例如“15{unit}”")
            converted = value_in_unit(q, unit, name)
            v[column] = float(converted)
            if column == "investment":
                v["investment_qualifier"] = q.qualifier
            r.previews[name] = describe_quantity(q, converted, unit)
        except ValidationError as exc:
            r.errors[name] = exc.message
    duration = _text(raw.get("duration_months"))
    v["duration_months"] = None
    if duration:
        try:
            q = parse_quantity(duration if not duration.isdigit() else duration + "个月", "duration_months")
            v["duration_months"] = float(value_in_unit(q, "个月", "duration_months"))
            r.previews["duration_months"] = f"= {format_decimal(Decimal(str(v['duration_months'])))} 个月"
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
    quote = raw.get("quote") or ""
    v["quote"] = quote.strip() or None
    v["quote_start"] = raw.get("quote_start") if v["quote"] else None
    v["quote_end"] = raw.get("quote_end") if v["quote"] else None
    v["note"] = _text(raw.get("note")) or None
    if parts is not None:
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
            if event.get("occurred_on") and not _DATE.match(str(event["occurred_on"])):
                r.errors["events"] = f"第 {i + 1} 个节点的日期应为 YYYY-MM-DD"
            else:
                try:
                    if event.get("occurred_on"):
                        date.fromisoformat(event["occurred_on"])
                except ValueError:
                    r.errors["events"] = f"第 {i + 1} 个节点的日期不存在"
    return r
