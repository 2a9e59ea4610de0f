"""A table model over a ``Browser``: it knows the row count, and fetches 200-row pages on demand
(keyset from a neighbouring page, from the end, or — for far jumps — by offset), keeping at most
``MAX_PAGES`` pages so memory stays flat while scrolling through a million rows.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor

from ..storage.browse import Browser, Column, Filters, count_on_own_connection
from ..storage.database import Store
from ..storage.specs import TableSpec
from .display import display_text, tooltip_text

if TYPE_CHECKING:
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

#: Column headers of storage/specs.py, listed here so that lupdate collects them (storage has no Qt).
_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Project"),
    QT_TRANSLATE_NOOP("Columns", "Region"),
    QT_TRANSLATE_NOOP("Columns", "Sector"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Investment"),
    QT_TRANSLATE_NOOP("Columns", "Area"),
    QT_TRANSLATE_NOOP("Columns", "Duration"),
    QT_TRANSLATE_NOOP("Columns", "Expected output"),
    QT_TRANSLATE_NOOP("Columns", "Source"),
    QT_TRANSLATE_NOOP("Columns", "Quote"),
    QT_TRANSLATE_NOOP("Columns", "Indicator"),
    QT_TRANSLATE_NOOP("Columns", "Period"),
    QT_TRANSLATE_NOOP("Columns", "Value"),
    QT_TRANSLATE_NOOP("Columns", "YoY growth"),
    QT_TRANSLATE_NOOP("Columns", "Rank"),
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Published"),
    QT_TRANSLATE_NOOP("Columns", "Publication"),
    QT_TRANSLATE_NOOP("Columns", "Page"),
    QT_TRANSLATE_NOOP("Columns", "Byline"),
    QT_TRANSLATE_NOOP("Columns", "Dateline"),
    QT_TRANSLATE_NOOP("Columns", "Unit"),
    QT_TRANSLATE_NOOP("Columns", "Category"),
    QT_TRANSLATE_NOOP("Columns", "Measure"),
    QT_TRANSLATE_NOOP("Columns", "Description"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Full name"),
    QT_TRANSLATE_NOOP("Columns", "Code"),
    QT_TRANSLATE_NOOP("Columns", "Level"),
    QT_TRANSLATE_NOOP("Columns", "Parent"),
    QT_TRANSLATE_NOOP("Columns", "Aliases"),
    QT_TRANSLATE_NOOP("Columns", "Organisation"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Note"),
)

PAGE_SIZE = 200
MAX_PAGES = 40
#: The first page is read in two bites: the rows a screen shows, then the rest when a row past them is
#: asked for. (A page of projects joins 200 sources: docs/performance.md, start-up.)
FIRST_BITE = 64
#: Counting stops here on the GUI thread; the exact number of a bigger result follows from a worker.
COUNT_CAP = 5_000


class _CountSignals(QObject):
    done = Signal(int, int)  # generation, count


class _CountJob(QRunnable):
    """Counts on its own read-only connection, off the GUI thread."""

    def __init__(self, path: str, sql: str, params: list[Any], generation: int) -> None:
        super().__init__()
        self.signals = _CountSignals()
        self.finished = False
        self._args = (path, sql, params, generation)

    def run(self) -> None:
        path, sql, params, generation = self._args
        try:
            count = count_on_own_connection(path, sql, params)
        finally:
            self.finished = True
        if count is not None:  # else the model keeps its provisional count; the next reload tries again
            self.signals.done.emit(generation, count)


_Index = QModelIndex | QPersistentModelIndex
_RISE, _FALL = QColor("#c0392b"), QColor("#1e8449")  # Chinese convention: red up, green down
# Qt's item roles and the alignment of numbers, as the ints they are: naming ``Qt.*`` here would make
# PySide6 build the whole Qt namespace at start-up (see ui/qt_properties.py); a test checks the values.
_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, _USER = 0, 3, 7, 9, 256  # Qt.ItemDataRole.*
_ANSWERED_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, _USER))
_RIGHT = 0x82  # Qt.AlignmentFlag.AlignRight | AlignVCenter


class RecordTableModel(QAbstractTableModel):
    """Read-only, sorted and filtered in SQL. ``countChanged`` tells the status bar."""

    countChanged = Signal(int)

    def __init__(self, store: Store, spec: TableSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.browser = Browser(store, spec)
        self._count = 0
        self._exact = True
        self._generation = 0
        self._jobs: list[_CountJob] = []
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.page_reads: list[str] = []  # how each page was read (keyset/offset), for tests and benchmarks
        self.reload()

    # ------------------------------------------------------------ state
    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        self._count = self.browser.count(cap=COUNT_CAP)
        self._exact = self.browser.count_exact
        self.endResetModel()
        self.countChanged.emit(self._count)
        if not self._exact:
            self._count_in_background()

    def _count_in_background(self) -> None:
        sql, params = self.browser.count_sql()
        job = _CountJob(str(self.browser.store.path.resolve()), sql, list(params), self._generation)
        # (received on the GUI thread: the model is the receiver, and it lives there)
        job.signals.done.connect(self._exact_count)
        job.setAutoDelete(False)
        self._jobs = [j for j in self._jobs if not j.finished] + [job]  # keep running jobs alive
        QThreadPool.globalInstance().start(job)

    def _exact_count(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return  # the filters changed meanwhile
        self._exact = True
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.countChanged.emit(self._count)

    def is_exact(self) -> bool:
        """False while the exact count of a big result is still being computed."""
        return self._exact

    def wait_for_count(self, timeout_ms: int = 30_000) -> None:
        """Block until background counting is done (tests and benchmarks)."""
        QThreadPool.globalInstance().waitForDone(timeout_ms)
        QCoreApplication.processEvents()

    def set_filters(self, filters: Filters) -> None:
        if filters != self.browser.filters:
            self.browser.set_filters(filters)
            self.reload()

    def filters(self) -> Filters:
        return self.browser.filters

    def count(self) -> int:
        return self._count

    def cached_pages(self) -> int:
        return len(self._pages)

    # ------------------------------------------------------------ paging
    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        last_page = (self._count - 1) // PAGE_SIZE
        b = self.browser
        if number == 0:
            page, how = b.first(min(FIRST_BITE, PAGE_SIZE)), "first"
        elif number - 1 in self._pages and len(self._pages[number - 1]) == PAGE_SIZE:  # (not a first bite)
            page, how = b.after(self._pages[number - 1][-1], PAGE_SIZE), "after"
        elif number + 1 in self._pages and self._pages[number + 1]:
            page, how = b.before(self._pages[number + 1][0], PAGE_SIZE), "before"
        elif number == last_page and self._exact:
            page, how = b.last(self._count - number * PAGE_SIZE), "last"
        else:
            page, how = b.at_offset(number * PAGE_SIZE, PAGE_SIZE), "offset"
        self.page_reads.append(how)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._page(number)
        if number == 0 and len(page) == FIRST_BITE < PAGE_SIZE and offset >= FIRST_BITE:  # past the bite
            page += self.browser.after(page[-1], PAGE_SIZE - len(page))
            self.page_reads.append("after")
        return page[offset] if offset < len(page) else None

    def row_id(self, row: int) -> int | None:
        record = self.row(row)
        return None if record is None else int(record["id"])

    def row_of(self, record_id: int) -> int | None:
        return self.browser.position_of(record_id)

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def column_titles(self) -> list[str]:
        """The columns' headers in the user's language. The page shows them from a model of its own
        (ui/record_page.py): served from here through ``headerData``, Qt would call into Python for each
        header section with a ``Qt.Orientation`` argument, which builds the Qt namespace at start-up."""
        return [QCoreApplication.translate("Columns", column.header) for column in self.spec.columns]

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # A view asks every visible cell for seven roles; the ones never answered leave at once.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        record = self.row(index.row())
        if record is None:
            return None
        return self._value(record, self.spec.columns[index.column()], role)

    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """The roles a delegate paints a cell with (seven), in one call into Python rather than seven.
        Every role of the span is set or cleared: Qt's delegate reuses the span from cell to cell."""
        span: Any = roleDataSpan  # (a sequence of QModelRoleData in PySide6; its stubs do not say so)
        record = self.row(index.row()) if index.isValid() else None
        for role_data in span:
            role = role_data.role()
            value = None
            if record is not None and role in _ANSWERED_ROLES:
                value = self._value(record, self.spec.columns[index.column()], role)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, record: dict[str, Any], column: Column, role: int) -> Any:
        if role == _DISPLAY:
            return display_text(self.spec.table, column.key, record)
        if role == _TOOLTIP:
            return tooltip_text(self.spec.table, column.key, record)
        if role == _ALIGNMENT:
            return _RIGHT if column.numeric else None
        if role == _FOREGROUND:
            if column.key == "yoy_pct" and record.get("yoy_pct"):
                return _RISE if record["yoy_pct"] > 0 else _FALL  # (a QBrush would build the Qt namespace)
            return None
        return record["id"]  # UserRole

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        from PySide6.QtCore import Qt  # (here, not at start-up: see ui/qt_properties.py)

        key = (
            self.spec.columns[column].key if 0 <= column < len(self.spec.columns) else self.spec.default_sort
        )
        self.sort_by(key, order == Qt.SortOrder.DescendingOrder)

    def sort_by(self, key: str, descending: bool = False) -> None:
        """Sort by a column's key (``KeyError`` for a key this table does not have)."""
        if (key, descending) == (self.browser.sort_key, self.browser.descending):
            return
        self.spec.column(key)
        self.layoutAboutToBeChanged.emit()
        self.browser.set_sort(key, descending)
        self._pages.clear()
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[str, bool]:
        return self.browser.sort_key, self.browser.descending
