"""How each column of each page reads: 8,081.9 亿元, 逾 60 亿元, +19.2%, 已开工, ISO dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .formatting import format_amount, format_growth, format_number, format_period

_STATUS = {
    "planned": QT_TRANSLATE_NOOP("Values", "planned"),
    "signed": QT_TRANSLATE_NOOP("Values", "signed"),
    "started": QT_TRANSLATE_NOOP("Values", "started"),
    "under_construction": QT_TRANSLATE_NOOP("Values", "under construction"),
    "in_operation": QT_TRANSLATE_NOOP("Values", "in operation"),
    "completed": QT_TRANSLATE_NOOP("Values", "completed"),
    "stalled": QT_TRANSLATE_NOOP("Values", "stalled"),
}
_LEVEL = {
    "country": QT_TRANSLATE_NOOP("Values", "country"),
    "province": QT_TRANSLATE_NOOP("Values", "province"),
    "prefecture": QT_TRANSLATE_NOOP("Values", "prefecture"),
    "county": QT_TRANSLATE_NOOP("Values", "county"),
    "zone": QT_TRANSLATE_NOOP("Values", "zone"),
}
_KIND = {
    "enterprise": QT_TRANSLATE_NOOP("Values", "enterprise"),
    "government": QT_TRANSLATE_NOOP("Values", "government"),
    "institute": QT_TRANSLATE_NOOP("Values", "institute"),
    "park": QT_TRANSLATE_NOOP("Values", "park"),
    "other": QT_TRANSLATE_NOOP("Values", "other"),
}
_MEASURE = {
    "flow": QT_TRANSLATE_NOOP("Values", "flow"),
    "stock": QT_TRANSLATE_NOOP("Values", "stock"),
    "rate": QT_TRANSLATE_NOOP("Values", "rate"),
    "count": QT_TRANSLATE_NOOP("Values", "count"),
}
_ROLE = {
    "investor": QT_TRANSLATE_NOOP("Values", "investor"),
    "builder": QT_TRANSLATE_NOOP("Values", "builder"),
    "partner": QT_TRANSLATE_NOOP("Values", "partner"),
    "operator": QT_TRANSLATE_NOOP("Values", "operator"),
    "signatory": QT_TRANSLATE_NOOP("Values", "signatory"),
}
_EVENT = {
    "signed": QT_TRANSLATE_NOOP("Values", "signing"),
    "started": QT_TRANSLATE_NOOP("Values", "groundbreaking"),
    "in_operation": QT_TRANSLATE_NOOP("Values", "start of operation"),
    "completed": QT_TRANSLATE_NOOP("Values", "completion"),
    "other": QT_TRANSLATE_NOOP("Values", "other milestone"),
}
_ACTION = {
    "insert": QT_TRANSLATE_NOOP("Values", "created"),
    "update": QT_TRANSLATE_NOOP("Values", "edited"),
    "delete": QT_TRANSLATE_NOOP("Values", "deleted"),
}
_BASIS = {
    "nominal": QT_TRANSLATE_NOOP("Values", "at current prices"),
    "real": QT_TRANSLATE_NOOP("Values", "at comparable prices"),
}
ENUMS = {
    "basis": _BASIS,
    "status": _STATUS,
    "level": _LEVEL,
    "kind": _KIND,
    "measure": _MEASURE,
    "role": _ROLE,
    "event": _EVENT,
    "action": _ACTION,
}


def label(kind: str, value: str | None) -> str:
    if value is None:
        return ""
    source = ENUMS[kind].get(value)
    return QCoreApplication.translate("Values", str(source)) if source else value


def display_text(table: str, key: str, row: dict[str, Any]) -> str:
    value = row.get(key)
    if table == "observations":
        if key == "value":
            text = format_amount(row["value"], row["unit"], row["qualifier"])
            return (
                f"{text}{QCoreApplication.translate('Values', ' (est.)')}"
                if text and row.get("is_estimate")
                else text
            )
        if key == "period":  # with its year (2020年1—9月), the text as written in the tooltip
            return format_period(row.get("period_kind"), row.get("period_start"), row.get("period_end")) or (
                "" if value is None else str(value)
            )
        if key == "yoy_pct":
            return format_growth(value)
        if key == "rank":
            return (
                ""
                if value is None
                else QCoreApplication.translate("Values", "{scope} No. {rank}")
                .format(scope=row.get("rank_scope") or "", rank=value)
                .strip()
            )
    if table == "projects":
        if key == "status":
            return label("status", value)
        if key == "investment":
            return format_amount(value, "亿元", row.get("investment_qualifier"))
        if key == "area_m2":
            # as written (约800亩 keeps its 约 and its 亩), else in square metres
            return row.get("area_text") or (format_amount(value, "平方米") if value is not None else "")
        if key == "duration_months":
            return format_amount(value, "个月")
        if key == "expected_output":
            return format_amount(value, "亿元")
    if key in ("level", "kind", "measure") and table in ("regions", "organizations", "indicators"):
        return label(key, value)
    if key == "aliases":
        import json  # (here: json is not needed to show the first page)

        try:
            return "、".join(json.loads(value or "[]"))
        except ValueError:
            return str(value)
    if isinstance(value, float):
        return format_number(value)
    return "" if value is None else str(value)


def tooltip_text(table: str, key: str, row: dict[str, Any]) -> str | None:
    """A cell's tooltip: a long text in full; a period's text as written when it is not what is shown."""
    text = display_text(table, key, row)
    if table == "observations" and key == "period":
        written = row.get("period_label")
        if written and written != text:
            return QCoreApplication.translate("Values", "As written: {text}").format(text=written)
    return text if len(text) > 20 else None
