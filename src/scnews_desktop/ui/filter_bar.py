"""The filter bar: region, indicator, period from/to, status, sector and source. Emits ``changed``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from ..domain.errors import ValidationError
from ..qtmodels.display import label
from ..storage.browse import Filters
from ..storage.database import Store
from .forms.lookups import region_items, resolver_of
from .qt_properties import set_enum

_INVALID_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"


def _searchable_combo(name: str, parent: QWidget, width: int) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(width // 14)
    combo.setMaxVisibleItems(25)
    completer = combo.completer()
    assert completer is not None  # editable combo boxes always have one
    set_enum(completer, "filterMode", "MatchContains")
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


class FilterBar(QWidget):
    changed = Signal()
    #: The tables the choices are read from (regions, indicators, sources; sectors from projects).
    choice_tables = frozenset({"regions", "indicators", "sources", "projects"})

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        """The choices and the clear buttons come with ``finish_setup`` (see MainWindow.after_first_frame)."""
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.store = store
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)

        self.region = _searchable_combo("regionFilter", self, 150)
        self.indicator = _searchable_combo("indicatorFilter", self, 200)
        self.period_from = QLineEdit(self)
        self.period_from.setObjectName("periodFromFilter")
        self.period_to = QLineEdit(self)
        self.period_to.setObjectName("periodToFilter")
        for edit, text in (
            (self.period_from, self.tr("from, e.g. 2016")),
            (self.period_to, self.tr("to, e.g. 2020年12月")),
        ):
            edit.setPlaceholderText(text)
            edit.setMinimumWidth(100)
            edit.setMaximumWidth(140)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(5)
        self.sector = _searchable_combo("sectorFilter", self, 100)
        self.source = _searchable_combo("sourceFilter", self, 200)

        for caption, widget in (
            (self.tr("Region"), self.region),
            (self.tr("Indicator"), self.indicator),
            (self.tr("Period"), self.period_from),
            ("—", self.period_to),
            (self.tr("Status"), self.status),
            (self.tr("Sector"), self.sector),
            (self.tr("Source"), self.source),
        ):
            caption_label = QLabel(caption, self)
            caption_label.setBuddy(widget)
            layout.addWidget(caption_label)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.period_from.setAccessibleName(self.tr("Period from"))
        self.period_to.setAccessibleName(self.tr("Period to"))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.changed)
        for combo in (self.region, self.indicator, self.status, self.sector, self.source):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.period_from, self.period_to):
            edit.textChanged.connect(self._period_edited)

    def finish_setup(self) -> None:
        from .accessible import name_inputs  # (after the first frame: nothing of it is painted)

        name_inputs(self)  # the combos' names from their labels, for a screen reader
        # (the clear buttons load an icon; they show only once something is typed)
        for edit in (self.period_from, self.period_to):
            edit.setClearButtonEnabled(True)
        self.reload_choices()

    # ------------------------------------------------------------ choices
    def reload_choices(self) -> None:
        from ..domain.records import PROJECT_STATUSES  # here: the domain parsers are not needed at start-up

        s = self.store
        with QSignalBlocker(self.region):
            self.region.clear()
            self.region.addItem(self.tr("All regions"), None)
            for name, region_id in region_items(s):  # 四川 first; 涪城区（绵阳市）, no leading spaces
                self.region.addItem(name, region_id)
        with QSignalBlocker(self.indicator):
            self.indicator.clear()
            self.indicator.addItem(self.tr("All indicators"), None)
            for text, indicator_id in resolver_of(s).indicator_choices():
                self.indicator.addItem(text, indicator_id)
        with QSignalBlocker(self.status):
            self.status.clear()
            self.status.addItem(self.tr("All statuses"), None)
            for status in PROJECT_STATUSES:
                self.status.addItem(label("status", status), status)
        with QSignalBlocker(self.sector):
            self.sector.clear()
            self.sector.addItem(self.tr("All sectors"), None)
            for sector in resolver_of(s).sector_choices():
                self.sector.addItem(sector, sector)
        with QSignalBlocker(self.source):
            self.source.clear()
            self.source.addItem(self.tr("All sources"), None)
            for text, source_id in resolver_of(s).source_choices():
                self.source.addItem(text, source_id)

    # ------------------------------------------------------------ periods
    def _period_edited(self) -> None:
        self._debounce.start()

    def _period_bound(self, edit: QLineEdit, end: bool) -> tuple[str | None, str | None]:
        """(ISO date or None, error message or None)"""
        text = edit.text().strip()
        if not text:
            return None, None
        from ..domain.periods import parse_period  # on the first period typed, not at start-up

        try:
            period = parse_period(text, date.today())
        except ValidationError as exc:
            return None, exc.message
        return (period.end if end else period.start).isoformat(), None

    def _check_period_edits(self) -> tuple[str | None, str | None]:
        results = []
        for edit, end in ((self.period_from, False), (self.period_to, True)):
            value, error = self._period_bound(edit, end)
            edit.setStyleSheet(_INVALID_STYLE if error else "")
            edit.setToolTip(error or (value or ""))
            results.append(value)
        return results[0], results[1]

    # ------------------------------------------------------------ state
    def filters(self, search: str = "") -> Filters:
        period_from, period_to = self._check_period_edits()
        return Filters(
            region_id=self.region.currentData(),
            indicator_id=self.indicator.currentData(),
            period_from=period_from,
            period_to=period_to,
            status=self.status.currentData(),
            sector=self.sector.currentData(),
            source_id=self.source.currentData(),
            search=search,
        )

    def clear(self) -> None:
        for combo in (self.region, self.indicator, self.status, self.sector, self.source):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(0)
        for edit in (self.period_from, self.period_to):
            with QSignalBlocker(edit):
                edit.clear()
        self._check_period_edits()
        self.changed.emit()

    def select_region(self, region_id: int | None) -> None:
        index = self.region.findData(region_id)
        if index >= 0:
            self.region.setCurrentIndex(index)

    def select_source(self, source_id: int) -> None:
        index = self.source.findData(source_id)
        if index < 0:
            row = self.store.get("sources", source_id)
            self.source.addItem(f"{row['published_on'] or ''} {row['title']}".strip(), source_id)
            index = self.source.count() - 1
        self.source.setCurrentIndex(index)

    def set_applicable(self, allowed: frozenset[str]) -> None:
        """Enable only the filters that mean something on the current page."""
        for key, widgets in (
            ("region", [self.region]),
            ("indicator", [self.indicator]),
            ("period", [self.period_from, self.period_to]),
            ("status", [self.status]),
            ("sector", [self.sector]),
            ("source", [self.source]),
        ):
            for widget in widgets:
                widget.setEnabled(key in allowed)
