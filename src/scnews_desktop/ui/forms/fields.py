"""Field widgets of the forms: searchable lookups with "新建…", and labels for errors and previews."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

NEW_ITEM = "__new__"


class LookupCombo(QComboBox):
    """A searchable combo showing names, never ids. Typing matches anywhere in the name; ``resolver``
    maps other spellings (aliases) to an id. The last item, “新建…”, emits ``createRequested``."""

    createRequested = Signal()
    valueChanged = Signal()

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        resolver: Callable[[str], int | None] | None = None,
        allow_new: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        completer = self.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._resolver = resolver
        self._allow_new = allow_new
        self._items: list[tuple[str, Any]] = []
        self.activated.connect(self._activated)
        lineedit = self.lineEdit()
        assert lineedit is not None
        lineedit.editingFinished.connect(self._resolve_typed)
        lineedit.textEdited.connect(self._typed)
        self.typed_text = ""  # the last text typed (or proposed) that is not an item: “新建…” starts from it

    def set_items(self, items: list[tuple[str, Any]]) -> None:
        keep = self.value()
        self._items = items
        with QSignalBlocker(self):
            self.clear()
            self.addItem("", None)
            for text, value in items:
                self.addItem(text, value)
            if self._allow_new:
                self.addItem(self.tr("New…"), NEW_ITEM)
        self.set_value(keep)

    def value(self) -> Any:
        data = self.currentData()
        if data == NEW_ITEM:
            return None
        if data is not None and self.currentText() == self.itemText(self.currentIndex()):
            return data
        return self._lookup(self.currentText())

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else 0
        with QSignalBlocker(self):
            self.setCurrentIndex(max(index, 0))
        self.valueChanged.emit()

    def _lookup(self, text: str) -> Any:
        text = text.strip()
        if not text:
            return None
        for item_text, value in self._items:
            if item_text == text:
                return value
        return self._resolver(text) if self._resolver else None

    def _resolve_typed(self) -> None:
        if not self.isVisible():  # focus leaves because the window is closing: nothing to resolve
            return
        value = self._lookup(self.currentText())
        if value is not None:
            self.set_value(value)
        else:
            self.valueChanged.emit()

    def _typed(self, text: str) -> None:
        self.typed_text = text
        self.valueChanged.emit()

    def propose(self, text: str) -> None:
        """Show a name that is not (yet) an item, as if typed: an article's indicator phrase."""
        self.setEditText(text)
        self.typed_text = text
        self.valueChanged.emit()

    def _activated(self, index: int) -> None:
        if self.itemData(index) == NEW_ITEM:
            with QSignalBlocker(self):
                self.setCurrentIndex(0)
            self.createRequested.emit()
        self.valueChanged.emit()


def _note_label(parent: QWidget, object_name: str, color: str) -> QLabel:
    """A hidden, wrapping line of coloured text under a field, shown when there is something to say."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setStyleSheet(f"color: {color};")
    label.setWordWrap(True)
    label.hide()
    return label


def error_label(parent: QWidget, name: str) -> QLabel:
    return _note_label(parent, f"{name}Error", "#c0392b")


def preview_label(parent: QWidget, name: str) -> QLabel:
    return _note_label(parent, f"{name}Preview", "#2e6da4")
