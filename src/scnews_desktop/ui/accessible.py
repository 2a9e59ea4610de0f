"""Names a screen reader says for inputs: their labels' text (a label's buddy, or a form row's label when
the field sits in a box of its own), set as the accessible name so every input has one."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def name_inputs(root: QWidget) -> None:
    """Each label's buddy, and each form row's field (or the first input inside it), gets the label's
    text as its accessible name unless it has one."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label.text().strip("—- "):
            buddy.setAccessibleName(label.text().replace("&", ""))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if not isinstance(caption, QLabel) or field is None:
                continue
            target = field if field.focusPolicy() != field.focusPolicy().NoFocus else _first_input(field)
            if target is not None and not target.accessibleName():
                target.setAccessibleName(caption.text().replace("&", ""))


def _first_input(box: QWidget) -> QWidget | None:
    for child in box.findChildren(QWidget):
        if child.focusPolicy() != child.focusPolicy().NoFocus:
            return child
    return None
