"""The review table of the capture view: one row per proposed fact, checkable, edited in place through
the rulebook (``storage.review``)."""

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

from ..domain.errors import ValidationError
from ..domain.periods import parse_period
from ..storage.review import ACCEPTED, CAPTURED, REJECTED, Proposal, Review
from .formatting import format_period

Index = QModelIndex | QPersistentModelIndex

#: Columns: heading (translated in the "ReviewModel" context) and the field each shows, per kind.
COLUMNS = (
    (QT_TRANSLATE_NOOP("ReviewModel", "Fact"), None, None),
    (QT_TRANSLATE_NOOP("ReviewModel", "Indicator / project"), "indicator", "name"),
    (QT_TRANSLATE_NOOP("ReviewModel", "Region"), "region", "region"),
    (QT_TRANSLATE_NOOP("ReviewModel", "Period / date"), "period", "milestone"),
    (QT_TRANSLATE_NOOP("ReviewModel", "As written"), "value", "investment"),
    (QT_TRANSLATE_NOOP("ReviewModel", "Stored"), None, None),
    (QT_TRANSLATE_NOOP("ReviewModel", "YoY growth"), "yoy", None),
    (QT_TRANSLATE_NOOP("ReviewModel", "Rank"), "rank", None),
    (QT_TRANSLATE_NOOP("ReviewModel", "State"), None, None),
)
STATE_COLORS = {
    "proposed": "#e8f1ff",
    "accepted": "#dff3df",
    "rejected": "#eeeeee",
    "captured": "#fff1b8",
    "invalid": "#fde2e1",
    "tocheck": "#ffe3c4",
}


#: The review's field → the extractor's stage that decided it (Candidate.why).
_WHY_KEY = {"indicator": "indicator", "region": "region", "period": "period"}


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewModel", text)  # (for the headings marked above)


def state_of(p: Proposal) -> str:
    """The colour key of a row (and of its fact in the article)."""
    if p.state in (ACCEPTED, REJECTED, CAPTURED):
        return p.state
    if not p.valid:
        return "invalid"
    return "tocheck" if p.to_check else "proposed"


class ReviewModel(QAbstractTableModel):
    def __init__(self, review: Review | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.review = review

    @property
    def proposals(self) -> list[Proposal]:
        return self.review.proposals if self.review is not None else []

    def set_review(self, review: Review | None) -> None:
        self.beginResetModel()
        self.review = review
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(str(COLUMNS[section][0]))
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def field_of(self, p: Proposal, column: int) -> str | None:
        _heading, observation_field, project_field = COLUMNS[column]
        return observation_field if p.kind == "observation" else project_field

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        p = self.proposals[index.row()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if p.state in (ACCEPTED, CAPTURED):
            return flags
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self.field_of(p, index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.proposals[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if p.checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return (
                    QCoreApplication.translate("ReviewModel", "Observation")
                    if p.kind == "observation"
                    else QCoreApplication.translate("ReviewModel", "Project")
                )
            if column == 5:
                return p.stored_text()
            if column == 8:
                return self.state_text(p)
            if column == 3 and p.kind == "observation":
                return self.period_text(p, role == Qt.ItemDataRole.EditRole)
            name = self.field_of(p, column)
            return p.fields.get(name, "") if name else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATE_COLORS[state_of(p)]))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{v}" for v in p.errors.values()] + [f"⚠ {w}" for w in p.warnings] + p.notes
            if p.to_check and column == len(COLUMNS) - 1:  # (the status cell: why the row is to check)
                lines.insert(0, self.state_text(p))
            name = self.field_of(p, column)
            why = p.candidate.why.get(_WHY_KEY.get(name or "", "")) if name not in p.edited else None
            if why:  # which rule decided it (本句数字前写的时期“今年一季度”)
                lines.insert(0, QCoreApplication.translate("ReviewModel", "Read by: {rule}").format(rule=why))
            if column == 3 and p.kind == "observation" and p.fields.get("period"):
                written = QCoreApplication.translate("ReviewModel", "As written: {text}")
                lines.insert(0, written.format(text=p.fields["period"]))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.UserRole:
            return p
        return None

    @staticmethod
    def period_text(p: Proposal, editing: bool = False) -> str:
        """The period with its year as it will be stored (2020年1—9月 for 1-9月, 2023年7月末 for 今年7月末);
        the text as written while the rules cannot read it. The editor edits the resolved text when it
        reads back to the same days."""
        v = p.values
        resolved = format_period(v.get("period_kind"), v.get("period_start"), v.get("period_end"))
        if not resolved:
            return p.fields.get("period", "")
        if editing:
            try:
                back = parse_period(resolved, None)
            except ValidationError:
                return p.fields.get("period", "")
            if (back.start.isoformat(), back.end.isoformat()) != (v["period_start"], v["period_end"]):
                return p.fields.get("period", "")
        return resolved

    def state_text(self, p: Proposal) -> str:
        if p.state == ACCEPTED:
            return QCoreApplication.translate("ReviewModel", "Saved")
        if p.state == CAPTURED:
            return QCoreApplication.translate("ReviewModel", "Already captured")
        if p.state == REJECTED:
            return QCoreApplication.translate("ReviewModel", "Rejected")
        if p.errors:
            return "；".join(dict.fromkeys(p.errors.values()))
        if p.to_check and not p.checked:
            return QCoreApplication.translate("ReviewModel", "To check: {reasons}").format(
                reasons="；".join(p.to_check)
            )
        if p.warnings:
            return "⚠ " + "；".join(p.warnings)
        return "；".join(p.notes) or QCoreApplication.translate("ReviewModel", "Ready")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.review is None:
            return False
        p = self.proposals[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            self.set_checked(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        name = self.field_of(p, index.column())
        if role != Qt.ItemDataRole.EditRole or not name:
            return False
        if name == "period" and p.kind == "observation" and str(value) == self.period_text(p, editing=True):
            return False  # (the resolved period left as it was: the text as written stays the label)
        self.review.edit(p, name, str(value))
        if p.valid and p.state not in (ACCEPTED, CAPTURED):
            p.checked = True
        self.row_changed(index.row())
        return True

    def next_to_check(self, row: int, step: int = 1) -> int | None:
        """The next row (after ``row``, going round) still to check, or None."""
        n = len(self.proposals)
        for i in range(1, n + 1):
            r = (row + step * i) % n
            p = self.proposals[r]
            if state_of(p) == "tocheck" and not p.checked:
                return r
        return None

    def set_checked(self, row: int, checked: bool) -> None:
        p = self.proposals[row]
        if p.state in (ACCEPTED, CAPTURED):
            return
        p.checked = checked and p.valid
        if checked and p.state == REJECTED:
            p.state = "proposed"
        self.row_changed(row)

    def toggle(self, row: int) -> None:
        self.set_checked(row, not self.proposals[row].checked)

    def reject(self, row: int) -> None:
        p = self.proposals[row]
        if p.state in (ACCEPTED, CAPTURED) or self.review is None:
            return
        self.review.reject(p)
        self.row_changed(row)

    def set_all(self, checked: bool) -> None:
        for row in range(len(self.proposals)):
            self.set_checked(row, checked)

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def refresh(self) -> None:
        if self.proposals:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.proposals) - 1, len(COLUMNS) - 1))

    def counts(self) -> dict[str, int]:
        out = {
            "checked": 0,
            "invalid": 0,
            "tocheck": 0,
            "accepted": 0,
            "captured": 0,
            "total": len(self.proposals),
        }
        for p in self.proposals:
            out["checked"] += p.checked
            out["invalid"] += state_of(p) == "invalid"
            out["tocheck"] += state_of(p) == "tocheck" and not p.checked
            out["accepted"] += p.state == ACCEPTED
            out["captured"] += p.state == CAPTURED
        return out
