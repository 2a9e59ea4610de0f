"""Search in all record types as a model: a group per record type (its title and number of hits), under
it the first hits, each as the type's page shows it (its first column, then the next three joined).
Every item holds (table, record id) under ``HIT_ROLE`` — the record id is None for a group."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..storage.browse import SearchGroup
from .display import display_text

HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchAllModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.total = 0
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MainWindow", "Result"),
                QCoreApplication.translate("MainWindow", "Details"),
            ]
        )

    def show(self, groups: list[SearchGroup], titles: dict[str, str]) -> None:
        """Replace the hits by ``groups`` (``titles``: each table's page title)."""
        self.clear()
        self._set_headers()
        self.total = 0
        for group in groups:
            table = group.spec.table
            self.total += group.hits
            head = QStandardItem(f"{titles[table]}（{group.hits}）")
            head.setData((table, None), HIT_ROLE)
            head.setEditable(False)
            for row in group.rows:  # shown as the table shows them (已签约, not signed)
                texts = [display_text(table, c.key, row) for c in group.spec.columns[:4]]
                first = QStandardItem(texts[0])
                first.setData((table, row["id"]), HIT_ROLE)
                rest = QStandardItem(" · ".join(t for t in texts[1:] if t))
                rest.setData((table, row["id"]), HIT_ROLE)
                for item in (first, rest):
                    item.setEditable(False)
                head.appendRow([first, rest])
            tail = QStandardItem("")
            tail.setEditable(False)
            self.appendRow([head, tail])
