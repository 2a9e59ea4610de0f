"""The main window. This first version lists the observations; the full browser arrives with issue 3."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMainWindow, QMessageBox, QTableView

from .. import APP_DISPLAY_NAME, __version__
from ..qtmodels.observations import ObservationTableModel
from ..storage.database import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self._settings = settings
        self.setWindowTitle(self.tr("{app} — {file}").format(app=APP_DISPLAY_NAME, file=store.path.name))
        self.resize(1200, 760)

        self.observations_model = ObservationTableModel(store, self)
        table = QTableView(self)
        table.setObjectName("observationsTable")
        table.setModel(self.observations_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((200, 110, 120, 150, 90, 90, 230, 420)):
            table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.observations_table = table
        self.setCentralWidget(table)

        self._count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._count_label)
        if store.readonly:
            self.statusBar().showMessage(self.tr("Read-only: this file cannot be changed"))
        self._update_count()
        self._build_menus()
        self._restore_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.setObjectName("actionAbout")
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def _update_count(self) -> None:
        self._count_label.setText(self.tr("%n observation(s)", "", self.observations_model.total()))

    def _show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("{app} {version}\nDatabase: {path}").format(
                app=APP_DISPLAY_NAME, version=__version__, path=self.store.path
            )
        )
        box.open()

    def _restore_state(self) -> None:
        if self._settings is None:
            return
        geometry = self._settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self._settings.value("mainWindow/observationsHeader")
        if isinstance(state, QByteArray):
            self.observations_table.horizontalHeader().restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._settings is not None:
            self._settings.setValue("mainWindow/geometry", self.saveGeometry())
            self._settings.setValue(
                "mainWindow/observationsHeader", self.observations_table.horizontalHeader().saveState()
            )
        super().closeEvent(event)
