"""The File menu's commands on database files: open, new, merge, back up, restore, import and export,
and the list of recent files. Each command asks for a file when it is not given one, reports errors in
one line and leaves the window as it was; opening or restoring replaces the window with a new one.

Made on the first use of one of them (``MainWindow.files``): none is needed for the first frame, so
this module and what it imports load then, not at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..domain.errors import ValidationError
from ..qtmodels.display import display_text
from ..storage.database import restore_backup
from ..storage.default_data import init_database
from ..storage.default_data import open_or_create as open_store
from ..storage.errors import MissingFile, StorageError
from ..storage.merge import merge
from ..storage.table_files import write_table
from .exchange_dialogs import ImportDialog, choose_export_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ..storage.database import Store
    from .main_window import MainWindow


class FileCommands:
    """The commands of one main window (``window.files``). Their texts are the main window's (the
    translation context ``MainWindow``: the menus that run them are its)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def open_import(self):
        dialog = ImportDialog(self.window.store, self.window)
        dialog.show()
        self.window.import_dialog = dialog
        return dialog

    def export_current(self, path: Path | None = None, fmt: str = "csv", encoding: str = "utf-8-sig") -> int:
        """Export the current page as it is seen: its columns under their headers, its rows (filters,
        search and sort order) with the values as shown (名称, 已签约, 4,038.7 亿元). Every field of every
        record, for re-import or other tools, is ``scnews export``."""
        table = self.window.current_table()
        if path is None:
            chosen = choose_export_path(self.window, f"{table}.csv")
            if chosen is None:
                return 0
            path, fmt, encoding = chosen
        model = self.window.models[table]
        header = self.window.pages[table].view.horizontalHeader()  # the columns shown, in the order shown
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
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("MainWindow", "Export failed"),
                getattr(exc, "message", None) or str(exc),
            )
            return 0
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Exported %Ln row(s) to {path}", "", n).format(
                path=path
            ),
            8000,
        )
        return n

    def _failed(self, title: str, exc: StorageError) -> None:
        """A command that could not be done: one line under its title; nothing changed."""
        QMessageBox.warning(self.window, title, exc.message)

    def _successor(self, store: Store) -> MainWindow:
        """A window of the same kind and settings on ``store``, shown, that takes this one's place."""
        window = type(self.window)(store, self.window._settings)
        window.ask_unsaved = self.window.ask_unsaved
        window.show()
        self.window.replaced_by = window
        return window

    def _ask_path(self, save: bool, title: str, start: str, filters: str) -> Path | None:
        """A file chosen in the open or save dialog, or None when the user cancels."""
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        chosen, _ = ask(self.window, title, start, filters)
        return Path(chosen) if chosen else None

    def merge_database(self, path: Path | None = None, prefer: str | None = None):
        """Merge a colleague's file: a dry run shows what would happen, then the user chooses."""
        path = path or self._ask_path(
            False,
            QCoreApplication.translate("MainWindow", "Merge a database"),
            "",
            QCoreApplication.translate("MainWindow", "Databases (*.db *.sqlite);;All files (*)"),
        )
        if path is None:
            return None
        try:
            preview = merge(self.window.store, path, dry_run=True)
            if prefer is None:
                box = QMessageBox(
                    QMessageBox.Icon.Question,
                    QCoreApplication.translate("MainWindow", "Merge"),
                    "\n".join(preview.lines()),
                    QMessageBox.StandardButton.Cancel,
                    self.window,
                )
                newer = box.addButton(
                    QCoreApplication.translate("MainWindow", "Merge, newer edits win"),
                    QMessageBox.ButtonRole.AcceptRole,
                )
                ours = box.addButton(
                    QCoreApplication.translate("MainWindow", "Merge, keep mine"),
                    QMessageBox.ButtonRole.AcceptRole,
                )
                box.exec()
                clicked = box.clickedButton()
                prefer = "newer" if clicked is newer else "ours" if clicked is ours else None
                if prefer is None:
                    return None
            report = merge(self.window.store, path, prefer=prefer)
        except StorageError as exc:
            self._failed(QCoreApplication.translate("MainWindow", "Merge failed"), exc)
            return None
        self.window.statusBar().showMessage("；".join(report.lines()[:3]), 10000)
        return report

    def backup(self, path: Path | None = None) -> Path | None:
        path = path or self._ask_path(
            True,
            QCoreApplication.translate("MainWindow", "Back up"),
            "scnews-backup.db",
            QCoreApplication.translate("MainWindow", "Databases (*.db)"),
        )
        if path is None:
            return None
        try:
            done = self.window.store.backup_to(path)
        except StorageError as exc:
            self._failed(QCoreApplication.translate("MainWindow", "Backup failed"), exc)
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backed up to {path}").format(path=done), 8000
        )
        return done

    def restore_from_backup(self, path: Path | None = None, confirmed: bool = False):
        """Replace this database with a backup (File → 从备份恢复): this window closes its file, the file
        and its log are moved aside (kept), a consistent copy of the backup takes their place, and a new
        window opens on it."""
        folder = str(
            (self.window._settings.value("backup/folder", "") if self.window._settings else "")
            or self.window.store.path.parent
        )
        path = path or self._ask_path(
            False,
            QCoreApplication.translate("MainWindow", "Restore from a backup"),
            folder,
            QCoreApplication.translate("MainWindow", "Databases (*.db);;All files (*)"),
        )
        if path is None:
            return None
        if not confirmed:
            answer = QMessageBox.question(
                self.window,
                QCoreApplication.translate("MainWindow", "Restore from a backup"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Replace {target} with the backup {backup}? The current file is kept beside it "
                    "(…replaced-date).",
                ).format(target=self.window.store.path.name, backup=path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        target = self.window.store.path
        if not self.window.close():  # unsaved work the user keeps
            return None
        self.window.store.close()
        try:
            aside = restore_backup(path, target)
        except StorageError as exc:
            self._failed(QCoreApplication.translate("MainWindow", "Restore failed"), exc)
            aside = None
        window = self._successor(open_store(target))
        if aside is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Restored from {backup}; the replaced file is {aside}"
                ).format(backup=path, aside=aside),
                20000,
            )
        return window

    def recent_files(self) -> list[str]:
        if self.window._settings is None:
            return []
        value = self.window._settings.value("recentFiles") or []
        return [str(v) for v in (value if isinstance(value, list) else [value]) if v]

    def remember(self, path: Path) -> None:
        if self.window._settings is None:
            return
        entries = [str(path.resolve())] + [p for p in self.recent_files() if p != str(path.resolve())]
        self.window._settings.setValue("recentFiles", entries[:8])
        self.window._settings.setValue("lastDatabase", str(path.resolve()))

    def fill_recent(self, menu: QMenu) -> None:
        """File → 最近打开: the files opened last, newest first."""
        menu.clear()
        for entry in self.recent_files():
            action = menu.addAction(entry)
            action.triggered.connect(lambda _=False, e=entry: self.open_database(Path(e)))
        if not self.recent_files():
            menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)

    def open_database(self, path: Path | None = None):
        """Open another database in a new window and close this one (errors leave this one open)."""
        path = path or self._ask_path(
            False,
            QCoreApplication.translate("MainWindow", "Open database"),
            str(self.window.store.path.parent),
            QCoreApplication.translate("MainWindow", "Databases (*.db *.sqlite);;All files (*)"),
        )
        if path is None:
            return None
        try:
            if not path.exists():
                raise MissingFile(
                    QCoreApplication.translate("MainWindow", "Cannot find {path}").format(path=path)
                )
            store = open_store(path)
        except StorageError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MainWindow", "Cannot open"),
                exc.message,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("openErrorBox")
            box.open()
            self.window.open_error_box = box
            return None
        self.remember(path)
        window = self._successor(store)
        self.window.close()
        if self.window.isVisible():  # the user kept unsaved work: undo the switch
            window.close()
            store.close()
            return None
        return window

    def new_database(self, path: Path | None = None, with_default_data: bool = False):
        path = path or self._ask_path(
            True,
            QCoreApplication.translate("MainWindow", "New database"),
            "新数据库.db",
            QCoreApplication.translate("MainWindow", "Databases (*.db)"),
        )
        if path is None:
            return None
        try:
            init_database(path, empty=not with_default_data)
        except StorageError as exc:
            self._failed(QCoreApplication.translate("MainWindow", "Cannot create"), exc)
            return None
        return self.open_database(path)
