"""Cell editors of the review table: the indicator and region cells complete from the names the
database and the indicator vocabulary know (any part of a name matches), as the forms' fields do, so that
a wrong name is fixed by picking the right one rather than typing it out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..domain.vocabulary import entries as catalogue_entries
from ..storage.database import Store
from .forms.lookups import region_names, resolver_of

Index = QModelIndex | QPersistentModelIndex


def indicator_names(store: Store) -> list[str]:
    """The database's indicators, then the vocabulary's that it does not hold yet (created on accept)."""
    names = [name.rpartition("（")[0] or name for name, _id in resolver_of(store).indicator_choices()]
    known = set(names)
    return list(dict.fromkeys(names + [e.name for e in catalogue_entries() if e.name not in known]))


class CompletingDelegate(QStyledItemDelegate):
    """A line editor with a completer for the columns given (column → the field it edits); the
    names are read when the first editor opens and again after `reset` (a save may add indicators)."""

    def __init__(self, store: Store, fields: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.fields = fields
        self._names: dict[str, list[str]] = {}

    def reset(self) -> None:
        self._names.clear()

    def names(self, field: str) -> list[str]:
        if field not in self._names:
            self._names[field] = (
                indicator_names(self.store) if field == "indicator" else region_names(self.store)
            )
        return self._names[field]

    def _field(self, index: Index) -> str | None:
        field = self.fields.get(index.column())
        proposal = index.data(Qt.ItemDataRole.UserRole)
        if field == "indicator" and getattr(proposal, "kind", None) != "observation":
            return None  # a project's name is its own
        return field

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = self._field(index)
        editor = super().createEditor(parent, option, index)
        if field is None or not isinstance(editor, QLineEdit):
            return editor
        names = self.names(field)
        completer = QCompleter(QStringListModel(names, editor), editor)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        longest = max((editor.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        popup = completer.popup()
        assert popup is not None  # (a completer always has its list)
        popup.setMinimumWidth(min(longest + 40, 420))  # whole names, wider than the column
        editor.setCompleter(completer)
        return editor

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QLineEdit):  # a name picked from the popup, or typed
            model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
