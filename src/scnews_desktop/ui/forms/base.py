"""The form lifecycle: load a record (or start blank) → check every field as the user types → save
once everything is valid, through the window's UndoableWriter (one undoable transaction)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.rulebook import FormResult
from ...storage.database import Store
from ...storage.errors import ConflictError, StorageError
from ..undoable_writer import UndoableWriter
from .fields import LookupCombo, error_label, preview_label


class RecordForm(QWidget):
    """Subclasses set ``table`` and ``form_name``, build their fields in ``build()`` and implement
    ``check(raw) -> FormResult`` and, when needed, ``write(result)``."""

    table = ""
    form_name = ""
    saved = Signal(str, int)  # table, id
    dirtyChanged = Signal(bool)

    def __init__(self, store: Store, writer: UndoableWriter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.form_name)
        self.store = store
        self.writer = writer
        self.record: dict[str, Any] | None = None  # the loaded row when editing
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.previews: dict[str, QLabel] = {}
        self._loaded_raw: dict[str, Any] = {}
        self._touched: set[str] = set()  # fields changed since the record was loaded: their errors show
        self._reveal = False  # a save was tried: every error shows
        self.result = FormResult()

        outer = QVBoxLayout(self)
        # the fields scroll (a long form fits a 1366×768 screen); warnings and Save stay in sight below
        self.fields_area = QScrollArea(self)
        self.fields_area.setObjectName("formScroll")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.fields_area)
        body.setObjectName("formBody")
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        self.fields_area.setWidget(body)
        outer.addWidget(self.fields_area, 1)
        self.banner = QLabel(self)
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fdecea;color:#8a1c12;padding:6px;")
        self.banner.hide()
        fields.addWidget(self.banner)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.addLayout(self.layout_)
        self.extra = QVBoxLayout()
        fields.addLayout(self.extra)
        fields.addStretch(1)  # spare height below the fields, not between a label and its box
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("checkWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("background:#fff4e0;color:#7a4b00;padding:6px;")
        self.warnings_label.hide()
        outer.addWidget(self.warnings_label)
        self.buttons = buttons = QHBoxLayout()
        self.pending_label = QLabel(self)  # 还有 N 项需要填写: errors not shown yet (fields not touched)
        self.pending_label.setObjectName("pendingHint")
        self.pending_label.setStyleSheet("color:#666;")
        self.pending_label.setTextFormat(Qt.TextFormat.RichText)
        self.pending_label.linkActivated.connect(lambda _link: self.reveal_errors())
        buttons.addWidget(self.pending_label)
        buttons.addStretch(1)
        self.save_button = QPushButton(QCoreApplication.translate("RecordForm", "Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        QShortcut(
            QKeySequence("Ctrl+S"), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._built = False
        self.build()
        self._built = True
        self.load(None)

    # ------------------------------------------------------------ building helpers
    def _row(self, name: str, label: str, widget: QWidget, preview: bool = False) -> QWidget:
        widget.setObjectName(name)
        if label and not widget.accessibleName():  # (its label sits beside the row's box, not the field)
            widget.setAccessibleName(label.replace("&", ""))
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if preview:
            self.previews[name] = preview_label(box, name)
            column.addWidget(self.previews[name])
        self.errors[name] = error_label(box, name)
        column.addWidget(self.errors[name])
        column.addStretch(1)  # the field at the top of its row, beside its label
        self.layout_.addRow(label, box)
        self.fields[name] = widget
        return widget

    def add_line(self, name: str, label: str, placeholder: str = "", preview: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.validate)
        return self._row(name, label, edit, preview)  # type: ignore[return-value]

    def add_text(self, name: str, label: str, placeholder: str = "", height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(self.validate)
        return self._row(name, label, edit)  # type: ignore[return-value]

    def add_choice(self, name: str, label: str, options: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        for text, value in options:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.validate)
        return self._row(name, label, combo)  # type: ignore[return-value]

    def add_check(self, name: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.toggled.connect(self.validate)
        return self._row(name, "", box)  # type: ignore[return-value]

    def add_lookup(self, name: str, label: str, combo: LookupCombo) -> LookupCombo:
        combo.valueChanged.connect(self.validate)
        return self._row(name, label, combo)  # type: ignore[return-value]

    # ------------------------------------------------------------ raw values
    def raw(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, LookupCombo):
                values[name] = widget.value()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
        return values

    def set_raw(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            widget = self.fields.get(name)
            if isinstance(widget, LookupCombo):
                widget.set_value(value)
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText("" if value is None else str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
        self.validate()

    # ------------------------------------------------------------ lifecycle
    def build(self) -> None:
        raise NotImplementedError

    def check(self, raw: dict[str, Any]) -> FormResult:
        raise NotImplementedError

    def raw_from_record(self, row: dict[str, Any]) -> dict[str, Any]:
        return {name: row.get(name) for name in self.fields}

    def check_warnings(self, result: FormResult) -> list[str]:
        """What the check rules say of the record as it would be saved (shown; saving stays allowed)."""
        return []

    def load(self, record_id: int | None) -> None:
        """Edit an existing record, or start a new one (``None``)."""
        self.record = self.store.get(self.table, record_id) if record_id is not None else None
        self.set_raw(self.raw_from_record(self.record) if self.record else self.blank())
        self.mark_clean()

    def blank(self) -> dict[str, Any]:
        return {name: None for name in self.fields}

    def prefill(self, text: str) -> None:
        """Start a new record from a name typed elsewhere (“新建…” in another form's lookup)."""
        if "name" in self.fields:
            self.set_raw({"name": text})

    def mark_clean(self) -> None:
        self._loaded_raw = self.raw()
        self._touched.clear()
        self._reveal = False
        self.banner.hide()
        self._show_errors()
        self.dirtyChanged.emit(False)

    def is_dirty(self) -> bool:
        return self.raw() != self._loaded_raw

    def validate(self) -> FormResult:
        if not self._built:
            return self.result
        raw = self.raw()
        self.result = self.check(raw)
        if self._loaded_raw:
            self._touched |= {name for name in self.fields if raw.get(name) != self._loaded_raw.get(name)}
        self._show_errors()
        for name, label in self.previews.items():
            text = self.result.previews.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        self.save_button.setEnabled(self.result.ok and not self.store.readonly)
        warnings = self.check_warnings(self.result) if self.result.ok else []
        self.warnings_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.dirtyChanged.emit(self.is_dirty() if self._loaded_raw else False)
        return self.result

    def _show_errors(self) -> None:
        """An error shows under its field once the field was changed or a save was tried (a new form
        does not open in red); the others are counted beside the Save button."""
        hidden: list[str] = []
        for name, label in self.errors.items():
            message = self.result.errors.get(name)
            shown = bool(message) and (self._reveal or name in self._touched)
            if message and not shown:
                hidden.append(self._field_title(name))
            label.setText(message or "")
            label.setVisible(shown)
            widget = self.fields[name]
            widget.setProperty("invalid", shown)
            widget.setToolTip(message or "")
        self.pending_label.setText(
            QCoreApplication.translate(
                "RecordForm", 'Still to fill in: {fields} (<a href="#">show why</a>)'
            ).format(fields="、".join(hidden))
            if hidden
            else ""
        )
        self.save_button.setToolTip("\n".join(dict.fromkeys(self.result.errors.values())))

    def _field_title(self, name: str) -> str:
        """A field as its label names it (指标, 数值 …)."""
        widget = self.fields.get(name)
        text = widget.accessibleName() if widget is not None else ""  # (set from its label by _row)
        return text.rstrip("：:") or name

    def reveal_errors(self) -> None:
        self._reveal = True
        self._show_errors()

    def save(self) -> bool:
        """Check everything, then write; returns True when saved. Nothing is written while invalid."""
        result = self.validate()
        if not result.ok:
            self.reveal_errors()
            return False
        try:
            row = self.write(result)
        except ConflictError as exc:
            return self._conflict(exc)
        except StorageError as exc:
            self.show_banner(exc.message)
            return False
        if row is None:
            return False
        self.record = self.store.get(self.table, row["id"])
        self.mark_clean()
        self.saved.emit(self.table, row["id"])
        return True

    def write(self, result: FormResult) -> dict[str, Any] | None:
        if self.record is None:
            return self.writer.create(self.table, result.values)
        return self.writer.update(self.table, self.record["id"], result.values, self.record["version"])

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def _conflict(self, exc: ConflictError) -> bool:
        """Someone else saved this record since it was loaded: reload, overwrite or cancel."""
        self.show_banner(exc.message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("RecordForm", "Changed elsewhere"),
            exc.message,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("conflictBox")
        reload_button = box.addButton(
            QCoreApplication.translate("RecordForm", "Reload"), QMessageBox.ButtonRole.ResetRole
        )
        overwrite = box.addButton(
            QCoreApplication.translate("RecordForm", "Overwrite"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        self.conflict_box = box

        def decide(button: Any) -> None:
            if button is reload_button and self.record is not None:
                self.load(self.record["id"])
            elif button is overwrite and self.record is not None and exc.current is not None:
                self.record = dict(self.record, version=exc.current["version"])
                self.save()

        box.buttonClicked.connect(decide)
        box.open()
        return False
