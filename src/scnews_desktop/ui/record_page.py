"""One page of the main window: a table over a RecordTableModel, with an empty state and a column menu."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QPoint, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMenu, QTableView, QVBoxLayout, QWidget

from ..qtmodels.record_model import RecordTableModel
from .qt_properties import set_enum

_WIDTHS = {
    "name": 260,
    "title": 360,
    "indicator": 220,
    "quote": 420,
    "source": 240,
    "region": 110,
    "value": 140,
    "period": 120,
    "yoy_pct": 80,  # (narrow: often empty; 来源 and 引文 after them stay on screen)
    "rank": 60,
    "description": 300,
    "aliases": 200,
    "full_name": 200,
}


class RecordTable(QTableView):
    """The table of a page: Enter or Return on a row activates it, and ``overlay`` (the empty-state text)
    covers the viewport. (Overridden handlers rather than an event filter: a filter hands each event of the
    view to Python, and asking an event its type makes PySide6 build QEvent's enum classes at start-up.)"""

    rowActivated = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.overlay: QWidget | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # (here, not at start-up: see qt_properties)

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.overlay is not None:
            self.overlay.resize(self.viewport().size())


class RecordPage(QWidget):
    """``recordActivated(table, id)`` fires for Enter / double-click; ``currentChanged`` for selection."""

    recordActivated = Signal(str, int)
    currentChanged = Signal(str, int)
    editRequested = Signal(str, int)

    def __init__(self, model: RecordTableModel, table_name: str, parent: QWidget | None = None) -> None:
        """Sorting and following the current row come with ``finish_setup`` (see
        MainWindow.after_first_frame)."""
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        view = RecordTable(self)
        view.setObjectName(table_name)
        # The viewport is made here: a viewport Qt made itself would be looked up among every widget class
        # on first use (PySide6 creating ~50 enum classes: docs/performance.md, start-up).
        self.viewport = QWidget(view)
        view.setViewport(self.viewport)
        # Qt sizes the row numbers from 200 of them; while the header is hidden the set-up below
        # (the column titles' model, the widths) does not make it do so once more.
        view.verticalHeader().hide()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        # Row numbers: the model's default headerData (section + 1), answered in C++. The column titles come
        # from a C++ model of their own (see RecordTableModel.column_titles).
        view.verticalHeader().setDefaultSectionSize(26)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        self.titles = QStandardItemModel(0, model.columnCount(), self)
        self.titles.setHorizontalHeaderLabels(model.column_titles())
        header.setModel(self.titles)
        header.setSectionsMovable(True)
        header.setSortIndicatorClearable(True)
        set_enum(header, "contextMenuPolicy", "CustomContextMenu")
        header.customContextMenuRequested.connect(self._column_menu)
        for i, column in enumerate(model.spec.columns):
            view.setColumnWidth(i, _WIDTHS.get(column.key, 110))
        header.setStretchLastSection(True)
        view.rowActivated.connect(self._activate)
        view.doubleClicked.connect(lambda index: self._edit(index.row()))
        layout.addWidget(view)
        self.view = view
        self._restored = False

        self.empty = QLabel(self.viewport)
        self.empty.setObjectName("emptyState")
        set_enum(self.empty, "alignment", "AlignCenter")
        self.empty.setWordWrap(True)
        view.overlay = self.empty
        view.verticalHeader().show()  # (hidden while the view is set up: see above)
        model.modelReset.connect(self._update_empty)
        self._update_empty()

    def finish_setup(self) -> None:
        """Clicking a column header sorts by it (ascending, descending, then back to unsorted), and the
        current row is followed. Both make PySide6 build enum classes (Qt.SortOrder: the whole Qt namespace,
        see qt_properties; the selection model's), so the app's start does this after the first frame."""
        from PySide6.QtCore import Qt

        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        if not self._restored:  # a new header points at the first column
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)

    # ------------------------------------------------------------ behaviour
    def _row_changed(self, current, _previous) -> None:
        record_id = self.model.row_id(current.row()) if current.isValid() else None
        if record_id is not None:
            self.currentChanged.emit(self.model.spec.table, record_id)

    def _edit(self, row: int) -> None:
        record_id = self.model.row_id(row)
        if record_id is not None:
            self.editRequested.emit(self.model.spec.table, record_id)

    def _activate(self, row: int) -> None:
        record_id = self.model.row_id(row)
        if record_id is not None:
            self.recordActivated.emit(self.model.spec.table, record_id)

    def _update_empty(self) -> None:
        if self.model.count():
            self.empty.hide()
            return
        if self.model.filters().is_empty():
            text = self.tr("Nothing here yet. Records you capture or import will be listed here.")
        else:
            text = self.tr("No records match the search and filters.\nClear them with Ctrl+Shift+L.")
        self.empty.setText(text)
        self.empty.setStyleSheet("color: #888; font-size: 14px; padding: 24px;")  # (set when shown)
        self.empty.resize(self.viewport.size())
        self.empty.show()

    def _column_menu(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for i, title in enumerate(self.model.column_titles()):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: header.setSectionHidden(i, not on))
        menu.popup(header.mapToGlobal(pos))

    def select_record(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # ------------------------------------------------------------ persistence
    def save_state(self) -> QByteArray:
        return self.view.horizontalHeader().saveState()

    def sort_setting(self) -> str:
        """The model's order as text: a column's key, with a leading ``-`` when descending."""
        key, descending = self.model.sort_state()
        return f"-{key}" if descending else key

    def restore_state(self, state: QByteArray, sort: str | None = None) -> None:
        """The columns as ``save_state`` gave them, and the rows in the order ``sort_setting`` gave (a
        setting without it, from before it was saved, takes the order from the header's sort indicator:
        asking the header for it builds the Qt namespace, see qt_properties)."""
        header = self.view.horizontalHeader()
        if not header.restoreState(state):
            return
        self._restored = True
        if sort:
            with contextlib.suppress(KeyError):  # a column this version no longer has: the default order
                self.model.sort_by(sort.removeprefix("-"), sort.startswith("-"))
            return
        column = header.sortIndicatorSection()
        if 0 <= column < self.model.columnCount():
            self.model.sort(column, header.sortIndicatorOrder())
