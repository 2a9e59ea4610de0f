"""核对稿件: a draft with each figure highlighted by what the fact base says of it (storage.verify), the
list of figures, the recorded facts and quotes of the selected one, and 一键采集 for the figures nothing
records yet (through the capture review)."""

from __future__ import annotations

import contextlib
import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from ..domain.extraction.head import source_details
from ..domain.text_files import decode_text
from ..storage.database import Store
from ..storage.verify import CONFLICT, MATCH, NEW, UNREAD, Figure, summary, verify
from .accessible import name_inputs
from .text_marks import mark

STATUS_COLORS = {
    MATCH: QColor("#c8ecc8"),
    CONFLICT: QColor("#f6b8b8"),
    NEW: QColor("#fbe7a6"),
    UNREAD: QColor("#dddddd"),
}


class VerifyWindow(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("verifyView")
        self.store = store
        self.figures: list[Figure] = []
        self.setWindowTitle(self.tr("Check a draft"))
        self.status_names = {
            MATCH: self.tr("Matches"),
            CONFLICT: self.tr("Differs"),
            NEW: self.tr("Not recorded"),
            UNREAD: self.tr("Cannot check"),
        }

        top = QHBoxLayout()
        date_label = QLabel(self.tr("Draft date"), self)
        top.addWidget(date_label)
        self.draft_date = QLineEdit(self)
        date_label.setBuddy(self.draft_date)
        self.draft_date.setObjectName("draftDate")
        self.draft_date.setPlaceholderText(self.tr("e.g. 2024-04-12"))
        self.draft_date.setMaximumWidth(130)
        top.addWidget(self.draft_date)
        open_button = QPushButton(self.tr("Open draft…"), self)
        open_button.setObjectName("openDraftButton")
        open_button.clicked.connect(lambda: self.open_file())
        top.addWidget(open_button)
        self.verify_button = QPushButton(self.tr("Check (Ctrl+Enter)"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.run)
        top.addWidget(self.verify_button)
        top.addStretch(1)
        self.capture_button = QPushButton(self.tr("Capture the unrecorded figures"), self)
        self.capture_button.setObjectName("captureNewButton")
        self.capture_button.setEnabled(False)
        self.capture_button.clicked.connect(self.capture_new)
        top.addWidget(self.capture_button)

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("draftText")
        self.text.setAccessibleName(self.tr("Draft text"))
        self.text.setPlaceholderText(
            self.tr("Paste the draft here and press Ctrl+Enter to check its figures.")
        )
        self.text.cursorPositionChanged.connect(self._cursor_moved)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("verifyTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Figure"), self.tr("Indicator"), self.tr("Region"), self.tr("Period")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("verifyDetail")
        self.detail.setAccessibleName(self.tr("Recorded facts of the selected figure"))
        self.summary = QLabel(self.tr("Paste a draft and press Ctrl+Enter."), self)
        self.summary.setObjectName("verifySummary")
        self.summary.setWordWrap(True)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.table)
        right.addWidget(self.detail)
        right.setSizes([400, 250])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("verifySplitter")
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(right)
        self.splitter.setSizes([600, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.run, context=Qt.ShortcutContext.WindowShortcut)
        self._restore()
        name_inputs(self)

    # ------------------------------------------------------------------ reading
    def open_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open draft"), "", self.tr("Text files (*.txt);;All files (*)")
            )
            if not path:
                return False
        try:
            text, _encoding = decode_text(Path(path).read_bytes())
        except (OSError, ValidationError) as exc:
            message = exc.message if isinstance(exc, ValidationError) else exc.strerror
            self.summary.setText(self.tr("The draft could not be read: {reason}").format(reason=message))
            return False
        self.text.setPlainText(text)
        self.run()
        return True

    def draft_day(self) -> date | None:
        """The date typed, else the one in the draft's head (filled in), else today."""
        typed = self.draft_date.text().strip()
        if typed:
            try:
                return date.fromisoformat(typed)
            except ValueError:
                return None
        head = source_details(self.text.toPlainText()).get("published_on")
        day = date.fromisoformat(head) if head else date.today()
        self.draft_date.setText(day.isoformat())
        return day

    def run(self) -> int:
        """Check every figure of the draft; returns how many were found."""
        day = self.draft_day()
        if day is None:
            self.summary.setText(self.tr("The draft date should be written as YYYY-MM-DD."))
            return 0
        self.figures = verify(self.store, self.text.toPlainText(), day)
        self._fill()
        return len(self.figures)

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.figures))
        for row, f in enumerate(self.figures):
            cells = [
                self.status_names[f.status],
                f.text,
                f.indicator or "",
                f.region or "",
                f.period_label or "",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setBackground(STATUS_COLORS[f.status])
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        counts = summary(self.figures)
        self.summary.setText(
            self.tr(
                "{total} figures: {match} match, {conflict} differ, {new} not recorded, {unread} cannot be checked."
            ).format(total=len(self.figures), **counts)
        )
        self.capture_button.setEnabled(counts[NEW] > 0)
        self._paint()
        self.detail.clear()

    def _paint(self) -> None:
        document = self.text.document()
        self.text.setExtraSelections(
            [mark(document, f.start, f.end, STATUS_COLORS[f.status]) for f in self.figures]
        )

    # ------------------------------------------------------------------ selection
    def _row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        f = self.figures[rows[0].row()]
        self.detail.setHtml(self._detail_html(f))
        cursor = self.text.textCursor()
        if not (f.start <= cursor.position() <= f.end):
            self.text.blockSignals(True)
            cursor.setPosition(f.start)
            cursor.setPosition(f.end, QTextCursor.MoveMode.KeepAnchor)
            self.text.setTextCursor(cursor)
            self.text.blockSignals(False)

    def _cursor_moved(self) -> None:
        position = self.text.textCursor().position()
        for row, f in enumerate(self.figures):
            if f.start <= position <= f.end:
                if self.table.currentRow() != row:
                    self.table.selectRow(row)
                return

    def _detail_html(self, f: Figure) -> str:
        e = html.escape
        where = " · ".join(e(x) for x in (f.region, f.indicator, f.period_label) if x)
        parts = [f"<h3>{e(f.text)} — {e(self.status_names[f.status])}</h3><p>{where}</p>"]
        source_label = self.tr("Source")
        for r in f.records:
            verdict = self.tr("matches") if r["agrees"] else self.tr("differs")
            value = e(r.get("value_text") or ("" if r.get("value") is None else f"{r['value']:g}"))
            extra = ""
            if r.get("yoy_pct") is not None:
                extra += self.tr(", growth {pct}%").format(pct=f"{r['yoy_pct']:g}")
            if r.get("rank") is not None:
                extra += self.tr(", rank {rank}").format(rank=r["rank"])
            parts.append(
                f"<p><b>{e(verdict)}</b>：{value}{e(extra)}<br/>"
                f"{e(source_label)}：{e(r.get('source') or '')}<br/>"
                f"<i>{e(r.get('quote') or '')}</i></p>"
            )
        if f.notes:
            parts.append("<ul>" + "".join(f"<li>{e(n)}</li>" for n in f.notes) + "</ul>")
        if f.status == NEW:
            parts.append(f"<p>{e(self.tr('Nothing is recorded for this indicator, region and period.'))}</p>")
        return "".join(parts)

    # ------------------------------------------------------------------ capture
    def capture_new(self):
        """The capture view on the draft, with only the figures nothing records checked."""
        main = self.parent()
        if main is None or not hasattr(main, "open_capture"):
            return None
        capture = main.open_capture()
        capture.text.setPlainText(self.text.toPlainText())
        capture.published_on.setText(self.draft_date.text())
        capture.propose()
        new_spans = {(f.start, f.end) for f in self.figures if f.status == NEW}
        for row, p in enumerate(capture.model.proposals):
            capture.model.set_checked(row, p.span in new_spans)
        capture._update_summary()
        return capture

    # ------------------------------------------------------------------ window state
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("verify/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        state = settings.value("verify/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def closeEvent(self, event) -> None:
        with contextlib.suppress(Exception):  # (settings that cannot be written: nothing to lose)
            settings = QSettings()
            settings.setValue("verify/geometry", self.saveGeometry())
            settings.setValue("verify/splitter", self.splitter.saveState())
        super().closeEvent(event)
