"""The observation form and the project form (with its organisations and milestones)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import rulebook
from ...domain.rulebook import FormResult, ProjectParts
from ...qtmodels.display import ENUMS
from ...storage import editing
from .base import RecordForm
from .fields import LookupCombo, error_label
from .lookups import (
    indicator_items,
    indicator_resolver,
    organization_items,
    organization_resolver,
    region_items,
    region_resolver,
    resolver_of,
    source_items,
    source_resolver,
)


def _options(kind: str) -> list[tuple[str, str]]:
    return [(QCoreApplication.translate("Values", str(text)), value) for value, text in ENUMS[kind].items()]


class _FactForm(RecordForm):
    """Shared by observations and projects: region and source lookups, quote offsets."""

    createRequested = Signal(str, object)  # table, the LookupCombo to fill with the new id

    def _lookups(self) -> None:
        self.region = self.add_lookup(
            "region",
            QCoreApplication.translate("_FactForm", "Region"),
            LookupCombo("region", self, region_resolver(self.store)),
        )
        self.source = self.add_lookup(
            "source",
            QCoreApplication.translate("_FactForm", "Source"),
            LookupCombo("source", self, source_resolver(self.store)),
        )
        self.region.createRequested.connect(lambda: self.createRequested.emit("regions", self.region))
        self.source.createRequested.connect(lambda: self.createRequested.emit("sources", self.source))
        self.quote_offsets: tuple[int, int] | None = None
        self.source_pending = False  # in the capture view: the article is the source, saved with the fact
        self.refresh_lookups()

    def capture_mode(self) -> None:
        """The capture view's form: the source is the article (saved before the fact), so its row is
        hidden and an unsaved article is no error."""
        self.source_pending = True
        box = self.source.parentWidget()
        assert box is not None
        self.layout_.setRowVisible(box, False)
        self.validate()

    def _pending_source(self, raw: dict[str, Any]) -> dict[str, Any]:
        if self.source_pending and raw.get("source_id") is None:
            raw.pop("source_id", None)
        return raw

    def refresh_lookups(self) -> None:
        self.region.set_items(region_items(self.store))
        self.source.set_items(source_items(self.store, self.source.value()))

    def set_quote(self, text: str, start: int | None, end: int | None) -> None:
        """Called by the capture view when the editor selects a sentence in the article."""
        self.fields["quote"].setPlainText(text)  # type: ignore[attr-defined]
        self.quote_offsets = (start, end) if start is not None and end is not None else None

    def _quote_raw(self, raw: dict[str, Any]) -> None:
        """The offsets of the editor's selection go with the quote; the rulebook keeps them when the
        source's text has the quote there, else finds it."""
        raw["quote_start"], raw["quote_end"] = self.quote_offsets or (None, None)

    def _reference_date(self, source_id: int | None) -> date | None:
        return resolver_of(self.store).source_reference(source_id)


class ObservationForm(_FactForm):
    table = "observations"
    form_name = "observationForm"

    def build(self) -> None:
        self.indicator = self.add_lookup(
            "indicator", self.tr("Indicator"), LookupCombo("indicator", self, indicator_resolver(self.store))
        )
        self.indicator.createRequested.connect(
            lambda: self.createRequested.emit("indicators", self.indicator)
        )
        self._lookups()
        self.indicator.set_items(indicator_items(self.store))
        self.add_line("value", self.tr("Value"), "逾60亿元、6千余户、21859万元", preview=True)
        self.add_line("period", self.tr("Period"), "2020年、截至2020年底、1-11月、今年", preview=True)
        self.add_line("yoy_pct", self.tr("YoY growth"), "增长19.2%、下降0.7%", preview=True)
        self.add_line("growth", self.tr("Other growth"), "较2015年底增长了35.03倍", preview=True)
        self.add_line("rank", self.tr("Rank"), "位列全国第8位", preview=True)
        self.add_check("is_estimate", self.tr("Estimate (预计)"))
        self.add_text("quote", self.tr("Quote"), self.tr("The sentence the fact comes from"))
        self.add_text("note", self.tr("Note"))
        self._duplicates_confirmed = False
        self.article_year: int | None = None  # the year the captured article reports on (全年, 年末)

    def refresh_lookups(self) -> None:
        super().refresh_lookups()
        if hasattr(self, "indicator"):
            self.indicator.set_items(indicator_items(self.store))

    def raw(self) -> dict[str, Any]:
        raw = super().raw()
        stored = self.record if self.record is not None and not self._reread_period() else None
        if stored is not None:  # the stored period, not its text read again (今年 against today's date)
            raw.update(rulebook.observation_bounds(stored))
        raw["indicator_id"] = raw.pop("indicator", None)
        raw["region_id"] = raw.pop("region", None)
        raw["source_id"] = raw.pop("source", None)
        self._quote_raw(raw)
        return self._pending_source(raw)

    def _reread_period(self) -> bool:
        """The period is read from its text only when the editor changed the text: a record opened and
        saved keeps the period it was stored with, whatever its text says today (今年, 18日, 年产值)."""
        if self.record is None:
            return True
        shown = rulebook.observation_fields(self.record)["period"]
        return self.fields["period"].text() != shown  # type: ignore[attr-defined]

    def check(self, raw: dict[str, Any]) -> FormResult:
        indicator = resolver_of(self.store).indicator_info(raw.get("indicator_id"))
        source_id = raw.get("source_id")
        context = rulebook.Context(
            self._reference_date(source_id), self.article_year, resolver_of(self.store).source_body(source_id)
        )
        return rulebook.observation(raw, indicator, context)

    def check_warnings(self, result: FormResult) -> list[str]:
        from ...storage.checks import record_findings

        findings = record_findings(self.store, result.values, self.record["id"] if self.record else None)
        return [f.message for f in findings]

    def raw_from_record(self, row: dict[str, Any]) -> dict[str, Any]:
        self.quote_offsets = (
            (row["quote_start"], row["quote_end"]) if row.get("quote_start") is not None else None
        )
        indicator = resolver_of(self.store).indicator_info(row["indicator_id"])
        fields = rulebook.observation_fields(row, indicator.unit if indicator else None)
        fields.pop("growth_basis", None)
        return {
            "indicator": row["indicator_id"],
            "region": row["region_id"],
            "source": row["source_id"],
            **fields,
        }

    def blank(self) -> dict[str, Any]:
        return {
            "indicator": None,
            "region": None,
            "source": None,
            "value": "",
            "period": "",
            "yoy_pct": "",
            "growth": "",
            "rank": "",
            "is_estimate": False,
            "quote": "",
            "note": "",
        }

    def keep_source_blank(self) -> None:
        """After Ctrl+Enter in the capture view: clear the fact, keep the source, the region and the
        period (the article's defaults for the next fact)."""
        kept = {
            "source": self.source.value(),
            "region": self.region.value(),
            "period": self.fields["period"].text(),  # type: ignore[attr-defined]
        }
        self.record = None
        self.set_raw({**self.blank(), **kept})
        self.quote_offsets = None
        self.mark_clean()

    def save(self) -> bool:
        result = self.validate()
        if not result.ok:
            self.reveal_errors()
            return False
        v = result.values
        moved = self.record is None or any(
            self.record.get(k) != v.get(k)
            for k in ("indicator_id", "region_id", "period_start", "period_end")
        )
        if moved and not self._duplicates_confirmed:
            existing = editing.find_duplicates(
                self.store,
                v["indicator_id"],
                v["region_id"],
                v["period_start"],
                v["period_end"],
                self.record["id"] if self.record else None,
            )
            if existing:
                self._ask_duplicates(existing)
                return False
        self._duplicates_confirmed = False
        return super().save()

    def _ask_duplicates(self, existing: list[dict[str, Any]]) -> None:
        lines = [
            f"· {r['value_text'] or r['value'] or ''}（{r['period_label'] or ''}）— {r['source']}"
            f"{'，' + r['published_on'] if r['published_on'] else ''}"
            for r in existing[:10]
        ]
        text = self.tr("This indicator, region and period already has %n value(s):", "", len(existing))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Already recorded"),
            text
            + "\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr("Keep both? Different values will show up as a conflict in the checks."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("duplicateBox")
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self.duplicate_box = box

        def decide(button: Any) -> None:
            if button is keep:
                self._duplicates_confirmed = True
                self.save()

        box.buttonClicked.connect(decide)
        box.open()


class _PartsTable(QWidget):
    """Rows of widgets (combos and line edits) with add/remove buttons."""

    changed = Signal()

    def __init__(self, name: str, headers: list[str], make_row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._make_row = make_row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(90)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add"), self)
        add.setObjectName(f"{name}Add")
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName(f"{name}Remove")
        remove.clicked.connect(self.remove_current)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, Any] | None = None) -> list[QWidget]:
        row = self.table.rowCount()
        self.table.insertRow(row)
        widgets = self._make_row(values or {})
        for column, widget in enumerate(widgets):
            self.table.setCellWidget(row, column, widget)
            for signal in ("valueChanged", "currentIndexChanged", "textChanged"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self.changed)
                    break
        self.changed.emit()
        return widgets

    def remove_current(self) -> None:
        row = self.table.currentRow() if self.table.currentRow() >= 0 else self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def clear_rows(self) -> None:
        self.table.setRowCount(0)
        self.changed.emit()

    def rows(self) -> list[list[QWidget]]:
        return [
            [self.table.cellWidget(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]


class ProjectForm(_FactForm):
    table = "projects"
    form_name = "projectForm"

    def build(self) -> None:
        self.add_line("name", self.tr("Name"), "五粮液集团现代装备产业示范基地")
        self._lookups()
        self.add_line("sector", self.tr("Sector"), "装备制造")
        self.add_choice("status", self.tr("Status"), _options("status"))
        self.add_line("investment", self.tr("Investment"), "15亿元、逾60亿元", preview=True)
        self.add_line("area", self.tr("Area"), "15万平方米、300亩", preview=True)
        self.add_line("duration_months", self.tr("Duration"), "18个月", preview=True)
        self.add_line("expected_output", self.tr("Expected output"), "50亿元", preview=True)
        self.add_line("jobs", self.tr("Jobs"), "1200人")
        self.add_text("quote", self.tr("Quote"))
        self.add_text("note", self.tr("Note"))
        self.organizations = _PartsTable(
            "organizations", [self.tr("Organisation"), self.tr("Role")], self._org_row, self
        )
        self.events = _PartsTable(
            "events", [self.tr("Milestone"), self.tr("Date"), self.tr("Precision")], self._event_row, self
        )
        self.errors_extra: dict[str, QLabel] = {}
        for name, widget, title in (
            ("organizations", self.organizations, self.tr("Organisations")),
            ("events", self.events, self.tr("Milestones")),
        ):
            self.extra.addWidget(QLabel(title, self))
            self.extra.addWidget(widget)
            self.errors_extra[name] = error_label(self, name)
            self.extra.addWidget(self.errors_extra[name])
            widget.changed.connect(self.validate)
        self._status_chosen = False  # the editor picked a status: milestones no longer set it
        status = self.fields["status"]
        assert isinstance(status, QComboBox)
        status.activated.connect(lambda _i: setattr(self, "_status_chosen", True))
        self.events.changed.connect(self._status_from_milestones)

    def _status_from_milestones(self) -> None:
        """开工 on 2021-01-20 → 已开工: the status follows the latest milestone unless chosen by hand."""
        implied = rulebook.status_after(self.parts().events)
        status = self.fields["status"]
        assert isinstance(status, QComboBox)
        if implied and not self._status_chosen and status.currentData() != implied:
            status.setCurrentIndex(max(0, status.findData(implied)))

    def _org_row(self, values: dict[str, Any]) -> list[QWidget]:
        combo = LookupCombo("organization", self, organization_resolver(self.store))
        combo.set_items(organization_items(self.store))
        combo.set_value(values.get("organization_id"))
        combo.createRequested.connect(lambda: self.createRequested.emit("organizations", combo))
        role = QComboBox(self)
        for text, value in _options("role"):
            role.addItem(text, value)
        role.setCurrentIndex(max(0, role.findData(values.get("role", "investor"))))
        return [combo, role]

    def _event_row(self, values: dict[str, Any]) -> list[QWidget]:
        kind = QComboBox(self)
        for text, value in _options("event"):
            kind.addItem(text, value)
        kind.setCurrentIndex(max(0, kind.findData(values.get("kind", "signed"))))
        when = QLineEdit(values.get("occurred_on") or "", self)
        when.setPlaceholderText("2021-01-20")
        precision = QComboBox(self)
        for text, value in ((self.tr("day"), "day"), (self.tr("month"), "month"), (self.tr("year"), "year")):
            precision.addItem(text, value)
        precision.setCurrentIndex(max(0, precision.findData(values.get("date_precision", "day"))))
        return [kind, when, precision]

    def parts(self) -> ProjectParts:
        orgs, events = [], []
        for combo, role in self.organizations.rows():
            assert isinstance(combo, LookupCombo) and isinstance(role, QComboBox)
            orgs.append({"organization_id": combo.value(), "role": role.currentData()})
        for kind, when, precision in self.events.rows():
            assert (
                isinstance(kind, QComboBox)
                and isinstance(when, QLineEdit)
                and isinstance(precision, QComboBox)
            )
            events.append(
                {
                    "kind": kind.currentData(),
                    "occurred_on": when.text().strip() or None,
                    "date_precision": precision.currentData(),
                }
            )
        return ProjectParts(orgs, events)

    def raw(self) -> dict[str, Any]:
        raw = super().raw()
        raw["region_id"] = raw.pop("region", None)
        raw["source_id"] = raw.pop("source", None)
        self._quote_raw(raw)
        raw["_parts"] = self.parts()
        return self._pending_source(raw)

    def check(self, raw: dict[str, Any]) -> FormResult:
        raw = dict(raw)
        parts = raw.pop("_parts")
        result = rulebook.project(raw, parts, resolver_of(self.store).source_body(raw.get("source_id")))
        for name, label in getattr(self, "errors_extra", {}).items():
            label.setText(result.errors.get(name, ""))
            label.setVisible(name in result.errors)
        return result

    def is_dirty(self) -> bool:
        now, then = self.raw(), self._loaded_raw
        now_parts, then_parts = now.pop("_parts", None), dict(then).pop("_parts", None)
        return {k: v for k, v in now.items()} != {k: v for k, v in then.items() if k != "_parts"} or (
            now_parts != then_parts
        )

    def raw_from_record(self, row: dict[str, Any]) -> dict[str, Any]:
        self._status_chosen = True  # a saved record's status stays as saved
        self.quote_offsets = (
            (row["quote_start"], row["quote_end"]) if row.get("quote_start") is not None else None
        )
        parts = editing.project_parts(self.store, row["id"])
        self.organizations.clear_rows()
        for link in parts.organizations:
            self.organizations.add_row(link)
        self.events.clear_rows()
        for event in parts.events:
            self.events.add_row(event)
        return {
            "region": row.get("region_id"),
            "source": row.get("source_id"),
            **rulebook.project_fields(row),
        }

    def blank(self) -> dict[str, Any]:
        self._status_chosen = False
        self.organizations.clear_rows()
        self.events.clear_rows()
        return {
            "name": "",
            "region": None,
            "source": None,
            "sector": "",
            "status": "signed",
            "investment": "",
            "area": "",
            "duration_months": "",
            "expected_output": "",
            "jobs": "",
            "quote": "",
            "note": "",
        }

    def write(self, result: FormResult) -> dict[str, Any] | None:
        parts = self.parts()
        return self.writer.save_project(
            self.record["id"] if self.record else None,
            result.values,
            parts.organizations,
            parts.events,
            self.record["version"] if self.record else None,
        )
