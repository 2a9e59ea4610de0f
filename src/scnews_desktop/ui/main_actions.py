"""The main window's menus: every action with its object name, text and shortcut, in one place (as
Picard keeps its main window's actions in ``ui/mainwindow/actions.py``). The object names are an
interface (DESIGN: widget names); the texts are the main window's (translation context ``MainWindow``).

The actions are built just after the first frame at the app's start (``MainWindow.after_first_frame``):
the menus' titles are in the first frame, their thirty entries are not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


def set_shortcuts(action: QAction, *keys: str | QKeySequence.StandardKey) -> None:
    """The shortcuts of ``action``: portable text such as ``"Ctrl+Shift+Z"``, or a standard key with all of
    the platform's bindings for it (Ctrl+O, and on macOS ⌘O)."""
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, str):
            sequences.append(QKeySequence(key))
        else:
            sequences.extend(QKeySequence.keyBindings(key))
    action.setShortcuts(sequences)


def make_action(window: MainWindow, name: str, text: str, shortcut: Shortcut, slot: Callable) -> QAction:
    """An action of the window (its shortcut works wherever the focus is in it)."""
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        set_shortcuts(action, shortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _add(menu: QMenu, window: MainWindow, entries: list[tuple[str, str, Shortcut, Callable] | None]) -> None:
    """Entries (object name, text, shortcut, slot) in order; None is a separator."""
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        else:
            menu.addAction(make_action(window, *entry))


def build_actions(window: MainWindow) -> None:
    """Fill the window's menus (``window.menus``) and give the search field its Escape. (The file
    commands are named through ``window.files`` when run: they load on first use.)"""

    clear = QAction(window)  # Escape in the search field empties it
    clear.setShortcut(QKeySequence("Esc"))
    clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    clear.triggered.connect(window.search_field.clear)
    window.search_field.addAction(clear)
    standard = QKeySequence.StandardKey

    file_menu = window.menus["file"]
    new_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "&New"))
    _add(
        new_menu,
        window,
        [
            (name, text, shortcut, lambda _=False, t=table: window.new_record(t))
            for name, table, text, shortcut in (
                (
                    "actionNewObservation",
                    "observations",
                    QCoreApplication.translate("MainWindow", "&Observation…"),
                    "Ctrl+N",
                ),
                (
                    "actionNewProject",
                    "projects",
                    QCoreApplication.translate("MainWindow", "&Project…"),
                    "Ctrl+Shift+P",
                ),
                ("actionNewSource", "sources", QCoreApplication.translate("MainWindow", "&Source…"), None),
                (
                    "actionNewIndicator",
                    "indicators",
                    QCoreApplication.translate("MainWindow", "&Indicator…"),
                    None,
                ),
                (
                    "actionNewOrganization",
                    "organizations",
                    QCoreApplication.translate("MainWindow", "O&rganisation…"),
                    None,
                ),
                (
                    "actionNewZone",
                    "regions",
                    QCoreApplication.translate("MainWindow", "&Zone or park…"),
                    None,
                ),
            )
        ],
    )
    _add(
        file_menu,
        window,
        [
            (
                "actionCapture",
                QCoreApplication.translate("MainWindow", "&Capture from an article…"),
                "Ctrl+Shift+N",
                window.open_capture,
            ),
            (
                "actionSync",
                QCoreApplication.translate("MainWindow", "S&ync with the team hub…"),
                "Ctrl+Shift+Y",
                lambda: window.sync_with_hub(),
            ),
            None,
            (
                "actionNewDatabase",
                QCoreApplication.translate("MainWindow", "New &database…"),
                None,
                lambda: window.files.new_database(),
            ),
            (
                "actionOpenDatabase",
                QCoreApplication.translate("MainWindow", "&Open database…"),
                standard.Open,
                lambda: window.files.open_database(),
            ),
        ],
    )
    recent = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    recent.setObjectName("recentMenu")
    recent.aboutToShow.connect(lambda: window.files.fill_recent(recent))
    window.recent_menu = recent
    _add(
        file_menu,
        window,
        [
            (
                "actionSettings",
                QCoreApplication.translate("MainWindow", "&Settings…"),
                standard.Preferences,
                lambda: window.open_settings(),
            ),
            None,
            (
                "actionImport",
                QCoreApplication.translate("MainWindow", "&Import…"),
                "Ctrl+I",
                lambda: window.files.open_import(),
            ),
            (
                "actionExport",
                QCoreApplication.translate("MainWindow", "&Export current view…"),
                "Ctrl+E",
                lambda: window.files.export_current(),
            ),
            (
                "actionMerge",
                QCoreApplication.translate("MainWindow", "&Merge a database…"),
                None,
                lambda: window.files.merge_database(),
            ),
            (
                "actionBackup",
                QCoreApplication.translate("MainWindow", "&Back up…"),
                None,
                lambda: window.files.backup(),
            ),
            (
                "actionRestoreBackup",
                QCoreApplication.translate("MainWindow", "&Restore from a backup…"),
                None,
                lambda: window.files.restore_from_backup(),
            ),
            None,
            ("actionQuit", QCoreApplication.translate("MainWindow", "&Quit"), standard.Quit, window.close),
        ],
    )

    edit_menu = window.menus["edit"]
    undo = window.writer.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setObjectName("actionUndo")
    set_shortcuts(undo, "Ctrl+Z")
    redo = window.writer.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo.setObjectName("actionRedo")
    set_shortcuts(redo, "Ctrl+Shift+Z", "Ctrl+Y")
    for action in (undo, redo):
        window.addAction(action)
        edit_menu.addAction(action)
    _add(
        edit_menu,
        window,
        [
            None,
            (
                "actionEditRecord",
                QCoreApplication.translate("MainWindow", "&Edit selected…"),
                "F2",
                window.edit_selected,
            ),
            (
                "actionDeleteRecord",
                QCoreApplication.translate("MainWindow", "&Delete selected…"),
                standard.Delete,
                lambda: window.delete_selected(),
            ),
        ],
    )

    _add(
        window.menus["view"],
        window,
        [
            (
                "actionFocusSearch",
                QCoreApplication.translate("MainWindow", "&Search"),
                standard.Find,
                window.focus_search,
            ),
            (
                "actionClearFilters",
                QCoreApplication.translate("MainWindow", "&Clear search and filters"),
                "Ctrl+Shift+L",
                window.clear_filters,
            ),
            (
                "actionToggleDetail",
                QCoreApplication.translate("MainWindow", "Show &detail pane"),
                "F4",
                lambda: window.detail.setVisible(window.detail.isHidden()),
            ),
            None,
        ]
        + [
            (
                f"actionPage{i + 1}",
                window.tabs.tabText(i),
                f"Ctrl+{i + 1}",
                lambda _=False, i=i: window.show_page(i),
            )
            for i in range(window.tabs.count())
        ],
    )
    _add(
        window.menus["analysis"],
        window,
        [
            (
                "actionCharts",
                QCoreApplication.translate("MainWindow", "&Charts…"),
                "Ctrl+7",
                window.open_charts,
            ),
            (
                "actionChecks",
                QCoreApplication.translate("MainWindow", "C&hecks…"),
                "Ctrl+8",
                window.open_checks,
            ),
            (
                "actionVerifyDraft",
                QCoreApplication.translate("MainWindow", "Check a &draft…"),
                "Ctrl+9",
                window.open_verify,
            ),
        ],
    )
    _add(
        window.menus["help"],
        window,
        [("actionAbout", QCoreApplication.translate("MainWindow", "&About"), None, window.show_about)],
    )
