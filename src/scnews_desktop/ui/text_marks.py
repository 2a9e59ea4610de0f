"""A span of a text box marked in a colour (the facts of an article, the figures of a draft)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit


def mark(
    document: QTextDocument, start: int, end: int, color: QColor, underline: bool = False
) -> QTextEdit.ExtraSelection:
    """The span ``start``…``end`` of ``document`` with ``color`` behind it (``QPlainTextEdit``'s and
    ``QTextEdit``'s extra selections: drawn over the text, the text itself untouched)."""
    selection = QTextEdit.ExtraSelection()
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    fmt.setFontUnderline(underline)
    selection.format = fmt
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    return selection
