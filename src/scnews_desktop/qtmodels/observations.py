"""Observations as a Qt table: rows are fetched from SQL in batches as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..storage.database import Store
from .formatting import format_amount, format_growth

BATCH = 256
_HEADERS = (
    QT_TRANSLATE_NOOP("ObservationTableModel", "Indicator"),
    QT_TRANSLATE_NOOP("ObservationTableModel", "Region"),
    QT_TRANSLATE_NOOP("ObservationTableModel", "Period"),
    QT_TRANSLATE_NOOP("ObservationTableModel", "Value"),
    QT_TRANSLATE_NOOP("ObservationTableModel", "YoY growth"),
    QT_TRANSLATE_NOOP("ObservationTableModel", "Rank"),
    QT_TRANSLATE_NOOP("ObservationTableModel", "Source"),
    QT_TRANSLATE_NOOP("ObservationTableModel", "Quote"),
)
_Index = QModelIndex | QPersistentModelIndex

_SELECT = """
SELECT o.id, i.name AS indicator, r.name AS region, o.period_label, o.period_start, o.period_end,
       o.value, o.qualifier, i.unit, o.yoy_pct, o.rank, o.rank_scope, s.title AS source, o.quote,
       o.is_estimate
FROM observations o
JOIN indicators i ON i.id = o.indicator_id
JOIN regions r ON r.id = o.region_id
JOIN sources s ON s.id = o.source_id
"""


class ObservationTableModel(QAbstractTableModel):
    """Read-only list of observations ordered by id; loads ``BATCH`` rows at a time (keyset on id)."""

    COLUMNS = ("indicator", "region", "period", "value", "yoy_pct", "rank", "source", "quote")

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self._exhausted = False
        self.refresh()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ObservationTableModel", str(h)) for h in _HEADERS]

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._total = int(self._store.scalar("SELECT count(*) FROM observations"))
        self._load_batch()
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def _load_batch(self) -> list[dict[str, Any]]:
        last_id = self._rows[-1]["id"] if self._rows else 0
        batch = self._store.query(_SELECT + " WHERE o.id > ? ORDER BY o.id LIMIT ?", [last_id, BATCH])
        if len(batch) < BATCH:
            self._exhausted = True
        if not self._rows:
            self._rows = batch
        return batch

    # Qt model API --------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        last_id = self._rows[-1]["id"] if self._rows else 0
        batch = self._store.query(_SELECT + " WHERE o.id > ? ORDER BY o.id LIMIT ?", [last_id, BATCH])
        if len(batch) < BATCH:
            self._exhausted = True
        if batch:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section] if 0 <= section < len(self.COLUMNS) else None
        return section + 1

    def row_id(self, row: int) -> int:
        return int(self._rows[row]["id"])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("quote", "source", "period"):
            return {
                "quote": row["quote"],
                "source": row["source"],
                "period": f"{row['period_start']} — {row['period_end']}",
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("value", "yoy_pct", "rank"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "yoy_pct" and row["yoy_pct"] is not None:
            # Chinese convention: red for growth, green for decline
            return QBrush(QColor("#c0392b") if row["yoy_pct"] > 0 else QColor("#1e8449"))
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    @staticmethod
    def _display(row: dict[str, Any], column: str) -> str:
        if column == "value":
            text = format_amount(row["value"], row["unit"], row["qualifier"])
            return f"{text}（预计）" if text and row["is_estimate"] else text
        if column == "yoy_pct":
            return format_growth(row["yoy_pct"])
        if column == "rank":
            if row["rank"] is None:
                return ""
            return f"{row['rank_scope'] or ''}第{row['rank']}"
        if column == "period":
            return row["period_label"] or row["period_start"]
        value = row[column]
        return "" if value is None else str(value)
