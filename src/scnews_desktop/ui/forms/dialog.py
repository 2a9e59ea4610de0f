"""A form in its own window, with the unsaved-changes guard, and the factory that opens forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...storage.database import Store
from ..undoable_writer import UndoableWriter
from .base import RecordForm
from .fact_forms import ObservationForm, ProjectForm
from .fields import LookupCombo
from .simple_forms import IndicatorForm, OrganizationForm, RegionForm, SourceForm

FORMS: dict[str, type[RecordForm]] = {
    "sources": SourceForm,
    "indicators": IndicatorForm,
    "organizations": OrganizationForm,
    "regions": RegionForm,
    "observations": ObservationForm,
    "projects": ProjectForm,
}

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget) -> str:
    """Save / discard / cancel. Tests replace this function; the app asks the user."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FormDialog", "Unsaved changes"),
        QCoreApplication.translate("FormDialog", "This record has unsaved changes. Save them?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL
    )


class FormDialog(QDialog):
    """Closes itself after a successful save; asks before throwing away unsaved edits."""

    opened = Signal(object)  # a nested FormDialog, for tests and the main window

    def __init__(
        self,
        form: RecordForm,
        title: str,
        parent: QWidget | None = None,
        ask: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{form.form_name}Dialog")
        self.setWindowTitle(title)
        self.form = form
        self._ask = ask
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        self.cancel_button = QPushButton(QCoreApplication.translate("FormDialog", "Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)  # (asks first when something was typed)
        form.buttons.insertWidget(form.buttons.count() - 1, self.cancel_button)
        form.saved.connect(lambda *_: self.accept())
        self.resize(620, 640 if isinstance(form, (ObservationForm, ProjectForm)) else 420)

    def confirm_close(self) -> bool:
        if not self.form.is_dirty():
            return True
        ask = self._ask or getattr(self.parent(), "ask_unsaved", None) or ask_unsaved
        answer = ask(self)
        if answer == SAVE:
            return self.form.save()
        return answer == DISCARD

    def reject(self) -> None:
        if self.confirm_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_close():
            event.accept()
        else:
            event.ignore()


def make_form(table: str, store: Store, writer: UndoableWriter, parent: QWidget | None = None) -> RecordForm:
    return FORMS[table](store, writer, parent)


def open_form(
    table: str,
    record_id: int | None,
    store: Store,
    writer: UndoableWriter,
    parent: QWidget,
    ask: Callable[[QWidget], str] | None = None,
) -> FormDialog:
    """A non-modal window with the form for a new record (``None``) or for editing one."""
    form = make_form(table, store, writer)
    if record_id is not None:
        form.load(record_id)
    titles = {
        "sources": QCoreApplication.translate("FormDialog", "Source"),
        "indicators": QCoreApplication.translate("FormDialog", "Indicator"),
        "organizations": QCoreApplication.translate("FormDialog", "Organisation"),
        "regions": QCoreApplication.translate("FormDialog", "Zone"),
        "observations": QCoreApplication.translate("FormDialog", "Observation"),
        "projects": QCoreApplication.translate("FormDialog", "Project"),
    }
    prefix = (
        QCoreApplication.translate("FormDialog", "Edit")
        if record_id is not None
        else QCoreApplication.translate("FormDialog", "New")
    )
    dialog = FormDialog(form, f"{prefix} · {titles[table]}", parent, ask)
    connect_nested_creation(form, store, writer, dialog, ask)
    dialog.show()
    return dialog


def connect_nested_creation(
    form: RecordForm,
    store: Store,
    writer: UndoableWriter,
    host: QWidget,
    ask: Callable[[QWidget], str] | None = None,
) -> None:
    """“新建…” in a lookup opens the form of that record; once saved, the lookup selects it."""
    if not hasattr(form, "createRequested"):
        return

    def create(table: str, combo: LookupCombo) -> None:
        nested = open_form(table, None, store, writer, host, ask)
        typed = combo.typed_text.strip()
        if typed and combo.findText(typed) < 0:
            nested.form.prefill(typed)
            nested.form.mark_clean()
        opened = getattr(host, "opened", None)
        if opened is not None:
            opened.emit(nested)

        def done(_table: str, new_id: int) -> None:
            if hasattr(form, "refresh_lookups"):
                form.refresh_lookups()
            if combo.objectName() == "organization":
                from .lookups import organization_items

                combo.set_items(organization_items(store))
            combo.set_value(new_id)

        nested.form.saved.connect(done)

    form.createRequested.connect(create)
