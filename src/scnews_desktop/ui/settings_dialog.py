"""Settings: editor name, language, database location, backups, amount display."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .accessible import name_inputs

KEYS = {
    "editor": "editor/name",
    "language": "ui/language",
    "database": "lastDatabase",
    "backup_folder": "backup/folder",
    "backup_keep": "backup/keep",
    "amount_unit": "display/amountUnit",
}


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        form = QFormLayout()
        self.editor = QLineEdit(str(settings.value(KEYS["editor"], "") or ""), self)
        self.editor.setObjectName("editorName")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for text, value in ((self.tr("Follow the system"), ""), ("中文（简体）", "zh_CN"), ("English", "en")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value(KEYS["language"], "") or ""))
        )
        self.database = QLineEdit(str(settings.value(KEYS["database"], "") or ""), self)
        self.database.setObjectName("databasePath")
        self.database.setMinimumWidth(420)  # a path is long: shown whole, not cut at the left
        self.database.setCursorPosition(0)
        self.database.setToolTip(self.database.text())
        self.backup_folder = QLineEdit(str(settings.value(KEYS["backup_folder"], "") or ""), self)
        self.backup_folder.setObjectName("backupFolder")
        self.backup_folder.setPlaceholderText(self.tr("default: the user data folder"))
        self.backup_keep = QSpinBox(self)
        self.backup_keep.setObjectName("backupKeep")
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(int(str(settings.value(KEYS["backup_keep"], 7) or 7)))
        self.amount_unit = QComboBox(self)
        self.amount_unit.setObjectName("amountUnit")
        for unit in ("亿元", "万元"):
            self.amount_unit.addItem(unit, unit)
        self.amount_unit.setCurrentIndex(
            max(0, self.amount_unit.findData(settings.value(KEYS["amount_unit"], "亿元")))
        )
        form.addRow(self.tr("Your name"), self.editor)
        form.addRow(self.tr("Language (after restart)"), self.language)
        form.addRow(self.tr("Database"), self._with_browse(self.database, folder=False))
        form.addRow(self.tr("Backup folder"), self._with_browse(self.backup_folder, folder=True))
        form.addRow(self.tr("Backups kept"), self.backup_keep)
        form.addRow(self.tr("Show amounts in"), self.amount_unit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        name_inputs(self)

    def _with_browse(self, edit: QLineEdit, folder: bool) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"), box)

        def browse() -> None:
            if folder:
                chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
            else:
                chosen, _ = QFileDialog.getOpenFileName(
                    self, self.tr("Choose a database"), edit.text(), self.tr("Databases (*.db)")
                )
            if chosen:
                edit.setText(chosen)

        button.clicked.connect(browse)
        row.addWidget(button)
        return box

    def accept(self) -> None:
        s = self.settings
        s.setValue(KEYS["editor"], self.editor.text().strip())
        s.setValue(KEYS["language"], self.language.currentData())
        s.setValue(KEYS["database"], self.database.text().strip())
        s.setValue(KEYS["backup_folder"], self.backup_folder.text().strip())
        s.setValue(KEYS["backup_keep"], self.backup_keep.value())
        s.setValue(KEYS["amount_unit"], self.amount_unit.currentData())
        s.sync()
        super().accept()
