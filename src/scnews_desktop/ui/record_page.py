"""One page of the main window: a table over a RecordTableModel, with an empty state and a column menu."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMenu, QTableView, QVBoxLayout, QWidget

from ..qtmodels.record_model import RecordTableModel

_WIDTHS = {
    "name": 260,
    "title": 360,
    "indicator": 220,
    "quote": 420,
    "source": 240,
    "region": 110,
    "value": 150,
    "period": 120,
    "description": 300,
    "aliases": 200,
    "full_name": 200,
}


class RowNumbers(QHeaderView):
    """The row numbers. Qt sizes a header by asking the model about its first and last 100 sections, four
    questions each: 800 calls into Python every time the size is recomputed (three times before the first
    frame). Here the width is that of the last, largest number."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def sizeHint(self) -> QSize:
        # (sectionSizeFromContents rather than the style's sizeFromContents: touching QStyle's enums would
        # make PySide6 build all twenty of them, 11 ms, at start-up)
        count = self.count()
        return self.sectionSizeFromContents(count - 1) if count else QSize()  # (as Qt: no size)


class RecordPage(QWidget):
    """``recordActivated(table, id)`` fires for Enter / double-click; ``currentChanged`` for selection."""

    recordActivated = Signal(str, int)
    currentChanged = Signal(str, int)
    editRequested = Signal(str, int)

    def __init__(self, model: RecordTableModel, table_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        view = QTableView(self)
        view.setObjectName(table_name)
        # The viewport is made here: a viewport Qt made itself would be looked up among every widget class
        # on first use (PySide6 creating ~50 enum classes, 8 ms of the start-up).
        self.viewport = QWidget(view)
        view.setViewport(self.viewport)
        view.setVerticalHeader(RowNumbers(view))
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setDefaultSectionSize(26)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorClearable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for i, column in enumerate(model.spec.columns):
            view.setColumnWidth(i, _WIDTHS.get(column.key, 110))
        header.setStretchLastSection(True)
        view.installEventFilter(self)
        view.doubleClicked.connect(lambda index: self._edit(index.row()))
        view.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(view)
        self.view = view

        self.empty = QLabel(self.viewport)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #888; font-size: 14px; padding: 24px;")
        model.modelReset.connect(self._update_empty)
        self._update_empty()

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.currentIndex().isValid():
                self._activate(self.view.currentIndex().row())
                return True
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.empty.resize(self.viewport.size())
        return super().eventFilter(watched, event)

    def _update_empty(self) -> None:
        if self.model.count():
            self.empty.hide()
            return
        if self.model.filters().is_empty():
            text = self.tr("Nothing here yet. Records you capture or import will be listed here.")
        else:
            text = self.tr("No records match the search and filters.\nClear them with Ctrl+Shift+L.")
        self.empty.setText(text)
        self.empty.resize(self.viewport.size())
        self.empty.show()

    def _column_menu(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for i in range(self.model.columnCount()):
            action = QAction(str(self.model.headerData(i, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: header.setSectionHidden(i, not on))
            menu.addAction(action)
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

    def restore_state(self, state: QByteArray) -> None:
        header = self.view.horizontalHeader()
        if header.restoreState(state):
            column = header.sortIndicatorSection()
            if 0 <= column < self.model.columnCount():
                self.model.sort(column, header.sortIndicatorOrder())
