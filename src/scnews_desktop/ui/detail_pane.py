"""The detail pane: a record in full; for a fact, its source article with the quote highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget

from ..qtmodels.display import label
from ..qtmodels.formatting import format_amount, format_growth, format_local_time
from ..storage.database import Store
from ..storage.details import record_details

_MARK = '<a name="quote"></a><span style="background-color:#ffe58f;">{}</span>'


def _esc(value: Any) -> str:
    from html import escape  # on the first record shown: html pulls in its entity table

    return escape("" if value is None else str(value))


def highlight(body: str, spans: list[tuple[int, int]]) -> str:
    """The article as HTML with the given character spans marked; the first span gets the anchor."""
    parts, pos, first = [], 0, True
    for start, end in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(body)):
        if start < pos:
            continue
        parts.append(_esc(body[pos:start]))
        marked = _esc(body[start:end])
        parts.append(
            _MARK.format(marked) if first else f'<span style="background-color:#fff1b8;">{marked}</span>'
        )
        first = False
        pos = end
    parts.append(_esc(body[pos:]))
    return "".join(parts).replace("\n", "<br/>")


def _aliases(stored: str | None) -> str:
    """["宜宾", "叙州"] as 宜宾、叙州."""
    import json  # (here, as below: the detail pane is in the first frame, json is not)

    try:
        names = json.loads(stored or "[]")
    except ValueError:
        return stored or ""
    return "、".join(str(n) for n in names) if isinstance(names, list) else str(names)


def change_summary(change: dict[str, Any]) -> str:
    """“：value_text 4654.3亿元 → 4600亿元；note … → …” for an update."""
    if change["action"] != "update" or not change.get("before") or not change.get("after"):
        return ""
    import json  # (here: json is not needed to show the first page)

    before, after = json.loads(change["before"]), json.loads(change["after"])
    diffs = [
        f"{key} {before.get(key)!s} → {after.get(key)!s}"
        for key in after
        if key not in ("updated_at", "version") and before.get(key) != after.get(key)
    ]
    return "：" + "；".join(diffs[:6]) if diffs else ""


class DetailPane(QTextBrowser):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Record details"))
        self.store = store
        self.setOpenLinks(False)
        self.setPlaceholderText(self.tr("Select a row to see the record in full."))
        self.current: tuple[str, int] | None = None

    def show_placeholder(self) -> None:
        """Empty: Qt shows the placeholder text (grey) instead."""
        self.current = None
        self.clear()

    def show_record(self, table: str, record_id: int) -> None:
        details = record_details(self.store, table, record_id)
        self.current = (table, record_id)
        self.setHtml(self._render(details))
        self.verticalScrollBar().setValue(0)  # the record's own header first; its quote is shown below it

    def _field(self, name: str, value: Any) -> str:
        if value in (None, ""):
            return ""
        return f"<tr><td style='color:#666;padding-right:12px'>{_esc(name)}</td><td>{_esc(value)}</td></tr>"

    def _render(self, d: dict[str, Any]) -> str:
        row, table = d["row"], d["table"]
        fields: list[str] = []
        title = row.get("name") or row.get("title") or ""
        if table == "observations":
            ind, region = d["indicator"], d["region"]
            title = f"{region['name']} · {ind['name']}"
            fields += [
                self._field(self.tr("Value"), format_amount(row["value"], ind["unit"], row["qualifier"])),
                self._field(self.tr("As written"), row["value_text"]),
                self._field(
                    self.tr("Period"),
                    f"{row['period_label'] or ''}（{row['period_start']} — {row['period_end']}）",
                ),
                self._field(self.tr("YoY growth"), format_growth(row["yoy_pct"])),
                self._field(
                    self.tr("Other growth"),
                    f"{format_growth(row['growth_pct'])} {row['growth_base'] or ''}"
                    if row["growth_pct"] is not None
                    else None,
                ),
                self._field(
                    self.tr("Rank"), f"{row['rank_scope'] or ''}第{row['rank']}" if row["rank"] else None
                ),
                self._field(self.tr("Estimate"), self.tr("yes") if row["is_estimate"] else None),
            ]
        elif table == "projects":
            fields += [
                self._field(self.tr("Region"), (d.get("region") or {}).get("name")),
                self._field(self.tr("Sector"), row["sector"]),
                self._field(self.tr("Status"), label("status", row["status"])),
                self._field(
                    self.tr("Investment"),
                    format_amount(row["investment"], "亿元", row["investment_qualifier"]),
                ),
                self._field(self.tr("Area"), row["area_text"]),
                self._field(self.tr("Duration"), format_amount(row["duration_months"], "个月")),
                self._field(self.tr("Expected output"), row["expected_output_text"]),
                self._field(
                    self.tr("Organisations"),
                    "、".join(
                        f"{o['name']}（{label('role', o['role'])}）" for o in d.get("organizations", [])
                    ),
                ),
                self._field(
                    self.tr("Milestones"),
                    "；".join(
                        f"{e['occurred_on'] or ''} {label('event', e['kind'])}" for e in d.get("events", [])
                    ),
                ),
            ]
        elif table == "sources":
            fields += [
                self._field(self.tr("Publication"), row["publication"]),
                self._field(self.tr("Published"), row["published_on"]),
                self._field(self.tr("Byline"), row["byline"]),
                self._field(self.tr("Dateline"), row["dateline"]),
                self._field(self.tr("Facts"), len(d.get("facts", []))),
            ]
        elif table == "indicators":
            fields += [
                self._field(self.tr("Unit"), row["unit"]),
                self._field(self.tr("Category"), row["category"]),
                self._field(self.tr("Measure"), label("measure", row["measure"])),
                self._field(self.tr("Description"), row["description"]),
                self._field(self.tr("Observations"), d.get("count")),
            ]
        elif table == "regions":
            fields += [
                self._field(self.tr("Full name"), row["full_name"]),
                self._field(self.tr("Code"), row["code"]),
                self._field(self.tr("Level"), label("level", row["level"])),
                self._field(self.tr("Parent"), (d.get("parent") or {}).get("name")),
                self._field(self.tr("Aliases"), _aliases(row["aliases"])),
            ]
        elif table == "organizations":
            fields += [
                self._field(self.tr("Kind"), label("kind", row["kind"])),
                self._field(self.tr("Region"), (d.get("region") or {}).get("name")),
                self._field(self.tr("Aliases"), _aliases(row["aliases"])),
            ]
        fields.append(self._field(self.tr("Note"), row.get("note")))
        parts = [f"<h3>{_esc(title)}</h3>", "<table>", *fields, "</table>"]
        source = d.get("source")
        if source is not None:
            source_caption = self.tr("Source")
            parts.append(f"<h4>{_esc(source_caption)}：{_esc(source['title'])}</h4>")
            parts.append(
                f"<p style='color:#666'>{_esc(source['publication'] or '')} {_esc(source['published_on'] or '')}"
                f" {_esc(source['byline'] or '')}</p>"
            )
            if row.get("quote"):
                quote_caption = self.tr("Quote")
                quoted = row["quote"] if row["quote"].startswith("“") else f"“{row['quote']}”"
                parts.append(f"<p><b>{_esc(quote_caption)}</b>：{_esc(quoted)}</p>")
            spans = [(row["quote_start"], row["quote_end"])] if row.get("quote_start") is not None else []
            if not spans and row.get("quote") and row["quote"] in (source["body"] or ""):
                start = source["body"].index(row["quote"])
                spans = [(start, start + len(row["quote"]))]
            parts.append(f"<div style='line-height:150%'>{highlight(source['body'] or '', spans)}</div>")
        if table == "sources":
            spans = [
                (f["quote_start"], f["quote_end"]) for f in d.get("facts", []) if f["quote_start"] is not None
            ]
            parts.append(f"<div style='line-height:150%'>{highlight(row['body'] or '', spans)}</div>")
        accepted = d.get("acceptances") or []
        if accepted:
            caption = self.tr("Check findings accepted")
            parts.append(f"<h4>{_esc(caption)}</h4><ul>")
            from ..domain.check_rules import RULES  # (not needed for the first frame)

            for a in accepted:
                rule = RULES.get(a["rule"])
                parts.append(
                    f"<li><b>{_esc(rule.title if rule else a['rule'])}</b>：{_esc(a['reason'])}"
                    f"<br><span style='color:#666'>{_esc(a['editor'] or '')} "
                    f"{_esc(format_local_time(a['created_at']))} · {_esc(a['message'] or '')}</span></li>"
                )
            parts.append("</ul>")
        revised = d.get("revisions") or []
        if revised:
            revision_caption = self.tr("Revision")
            parts.append(f"<h4>{_esc(revision_caption)}</h4><ul>")
            for r in revised:
                said = self.tr("Revises") if r["role"] == "revises" else self.tr("Revised to")
                value = r["value_text"] or ("" if r["value"] is None else str(r["value"]))
                parts.append(
                    f"<li>{_esc(said)} {_esc(value)}（{_esc(r['title'] or '')}）：{_esc(r['reason'] or '')}</li>"
                )
            parts.append("</ul>")
        history = d.get("history") or []
        if history:
            history_caption = self.tr("History")
            parts.append(f"<h4>{_esc(history_caption)}</h4><ul>")
            for h in history[-20:]:
                parts.append(
                    f"<li>{_esc(format_local_time(h['changed_at']))} {_esc(h['editor'] or '')} "
                    f"{_esc(label('action', h['action']))}</li>"
                )
            parts.append("</ul>")
        return "".join(parts)
