"""Capture from an article. The text, with every proposed fact highlighted in place, beside a review
table of the extractor's proposals (checked, edited in place through the rulebook, accepted together in
one step) and the single-fact forms for what the extractor missed: selecting a sentence fills the form's
quote; Ctrl+Enter saves the fact and keeps the source, region and period for the next one."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QThread, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import rulebook
from ..domain.errors import ValidationError
from ..domain.extraction.head import source_details
from ..domain.proposals import observation_fields, project_fields
from ..domain.text_files import decode_text
from ..qtmodels.review_model import STATE_COLORS, ReviewModel, state_of
from ..storage.database import Store
from ..storage.details import facts_of_source
from ..storage.errors import StorageError
from ..storage.review import Review, ReviewError
from .accessible import name_inputs
from .forms.dialog import CANCEL, DISCARD, SAVE, ask_unsaved, connect_nested_creation
from .forms.fact_forms import ObservationForm, ProjectForm
from .forms.fields import error_label
from .forms.lookups import resolver_of
from .review_delegate import CompletingDelegate
from .text_marks import mark
from .undoable_writer import UndoableWriter

_CAPTURED = QColor("#fff1b8")
#: A text this long is read for facts on a worker thread, with a Cancel button.
BACKGROUND_EXTRACTION = 100_000


class _Extraction(QThread):
    """The extractor over a long text, off the window's thread."""

    done = Signal(object)

    def __init__(self, review: Review, lo: int, hi: int) -> None:
        super().__init__()
        self.review, self.lo, self.hi = review, lo, hi

    def run(self) -> None:
        try:
            self.done.emit(self.review.propose(self.lo, self.hi))
        except Exception as exc:  # reported on the window's thread, never a traceback
            self.done.emit(exc)


class CaptureWindow(QWidget):
    def __init__(
        self,
        store: Store,
        writer: UndoableWriter,
        parent: QWidget | None = None,
        ask: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("captureView")
        self.setWindowTitle(self.tr("Capture from an article"))
        self.store, self.writer, self._ask = store, writer, ask
        self.source_id: int | None = None
        self.review: Review | None = None
        self._auto_details: dict[str, str] = {}  # what was filled from the text (replaced, not typed over)
        self._syncing = False
        self._worker: _Extraction | None = None
        self._row_selection: tuple[int, int] | None = None  # the sentence a row selected (not the editor)
        self._read_with: tuple[str, ...] | None = None  # the source fields of the last reading
        self.resize(1340, 700)  # fits a 1366×768 screen with the taskbar

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        meta = QFormLayout()
        meta.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit(left)
        self.title.setObjectName("title")
        self.published_on = QLineEdit(left)
        self.published_on.setObjectName("published_on")
        self.published_on.setPlaceholderText("2021-01-21")
        self.publication = QLineEdit("四川经济日报", left)
        self.publication.setObjectName("publication")
        self.byline = QLineEdit(left)
        self.byline.setObjectName("byline")
        meta.addRow(self.tr("Title"), self.title)
        details = QHBoxLayout()
        for caption, widget in (
            (self.tr("Published"), self.published_on),
            (self.tr("Publication"), self.publication),
            (self.tr("Byline"), self.byline),
        ):
            caption_label = QLabel(caption, left)
            caption_label.setBuddy(widget)
            details.addWidget(caption_label)
            details.addWidget(widget, 1)
        meta.addRow(details)
        for field_widget in (self.title, self.published_on, self.publication, self.byline):
            field_widget.editingFinished.connect(self._source_changed)
        left_layout.addLayout(meta)
        self.source_error = error_label(left, "source")
        left_layout.addWidget(self.source_error)
        row = QHBoxLayout()
        open_button = QPushButton(self.tr("Open text file…"), left)
        open_button.clicked.connect(self.open_file)
        self.save_source_button = QPushButton(self.tr("Save source"), left)
        self.save_source_button.setObjectName("saveSourceButton")
        self.save_source_button.clicked.connect(self.save_source)
        row.addWidget(open_button)
        row.addWidget(self.save_source_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        self.text = QPlainTextEdit(left)
        self.text.setObjectName("captureText")
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setPlaceholderText(
            self.tr(
                "Paste the article here, then press Ctrl+E to propose its facts, or select the sentence of a fact."
            )
        )
        self.text.selectionChanged.connect(self._selection_changed)
        self.text.cursorPositionChanged.connect(self._cursor_moved)
        self.text.textChanged.connect(self._text_changed)
        left_layout.addWidget(self.text, 1)

        self.right_tabs = QTabWidget(self)
        self.right_tabs.setObjectName("captureTabs")
        review_page = QWidget(self.right_tabs)
        review_layout = QVBoxLayout(review_page)
        buttons = QHBoxLayout()
        self.extract_button = QPushButton(self.tr("Propose facts (Ctrl+E)"), review_page)
        self.extract_button.setObjectName("extractButton")
        self.extract_button.setToolTip(self.tr("The facts of the selected text, or of the whole article"))
        self.extract_button.clicked.connect(self.propose)
        self.check_all_button = QPushButton(self.tr("Check all"), review_page)
        self.check_all_button.setObjectName("checkAllButton")
        self.check_all_button.clicked.connect(self.toggle_all)
        self.accept_button = QPushButton(self.tr("Accept checked facts (Ctrl+Shift+Enter)"), review_page)
        self.accept_button.setObjectName("acceptCandidatesButton")
        self.accept_button.clicked.connect(self.accept_checked)
        buttons.addWidget(self.extract_button)
        buttons.addWidget(self.check_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        review_layout.addLayout(buttons)
        self.model = ReviewModel(None, self)
        self.table = QTableView(review_page)
        self.table.setObjectName("candidatesTable")
        self.table.setModel(self.model)
        self.names = CompletingDelegate(store, {1: "indicator", 2: "region"}, self.table)
        self.table.setItemDelegate(self.names)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        # every column in view at 1366 px: 状态 takes what is left (its whole text in its tooltip)
        for column, width in enumerate((62, 120, 56, 100, 76, 72, 52, 44, 100)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.table.installEventFilter(self)
        self.model.dataChanged.connect(self._review_changed)
        review_layout.addWidget(self.table, 1)
        self.summary = QLabel(review_page)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3)
        review_layout.addWidget(self.summary)
        self.right_tabs.addTab(review_page, self.tr("Proposed facts"))

        forms_page = QWidget(self.right_tabs)
        forms_layout = QVBoxLayout(forms_page)
        self.tabs = QTabWidget(forms_page)
        self.observation_form = ObservationForm(store, writer, self.tabs)
        self.project_form = ProjectForm(store, writer, self.tabs)
        self.tabs.addTab(self.observation_form, self.tr("Observation"))
        self.tabs.addTab(self.project_form, self.tr("Project"))
        for form in (self.observation_form, self.project_form):
            connect_nested_creation(form, store, writer, self, ask)
            form.capture_mode()
            form.save_button.setText(self.tr("Save (Ctrl+Enter)"))
            form.save_button.clicked.disconnect()
            form.save_button.clicked.connect(self.save_fact)
        forms_layout.addWidget(self.tabs)
        forms_scroll = QScrollArea(self.right_tabs)  # the project form is taller than a laptop screen
        forms_scroll.setObjectName("formsScroll")
        forms_scroll.setWidgetResizable(True)
        forms_scroll.setWidget(forms_page)
        self.right_tabs.addTab(forms_scroll, self.tr("One fact"))

        captured_page = QWidget(self.right_tabs)
        captured_layout = QVBoxLayout(captured_page)
        self.captured = QListWidget(captured_page)
        self.captured.setObjectName("capturedFacts")
        captured_layout.addWidget(self.captured)
        self.right_tabs.addTab(captured_page, self.tr("Captured from this article"))
        self.candidates: list[Any] = []  # the candidates a form can be filled from (accept_candidate)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("captureSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setSizes([560, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        for keys, slot in (
            ("Ctrl+Return", self.save_fact),
            ("Ctrl+Enter", self.save_fact),
            ("Ctrl+E", self.propose),
            ("Ctrl+Shift+Return", self.accept_checked),
            ("Ctrl+Shift+Enter", self.accept_checked),
            ("Ctrl+]", lambda: self.move_candidate(1)),
            ("Ctrl+[", lambda: self.move_candidate(-1)),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WindowShortcut)
        self._restore_layout()
        name_inputs(self)
        self._update_summary()

    # ------------------------------------------------------------ source
    def load_source(self, source_id: int) -> None:
        row = self.store.get("sources", source_id)
        self.source_id = source_id
        self.title.setText(row["title"])
        self.published_on.setText(row["published_on"] or "")
        self.publication.setText(row["publication"] or "")
        self.byline.setText(row["byline"] or "")
        self.text.setPlainText(row["body"] or "")
        self.review = None
        self.candidates = []
        self.model.set_review(None)
        self._set_form_sources()
        self.refresh_captured()
        self._update_summary()

    def open_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open article"), "", self.tr("Text (*.txt)"))
            if not path:
                return
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            self._source_problem(self.tr("Cannot read the file: {reason}").format(reason=exc.strerror))
            return
        try:
            text, _encoding = decode_text(raw)
        except ValidationError:
            self._source_problem(self.tr("The file is neither UTF-8 nor GB18030 text."))
            return
        self.text.setPlainText(text)  # (its head fills the source details it states: _text_changed)

    def _source_problem(self, message: str) -> None:
        self.source_error.setText(message)
        self.source_error.setVisible(bool(message))

    def _source_raw(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "published_on": self.published_on.text(),
            "publication": self.publication.text(),
            "byline": self.byline.text(),
            "body": self.text.toPlainText(),
        }

    def save_source(self) -> bool:
        """Create the source, or update it when its fields or text changed. Nothing is written if invalid."""
        result = rulebook.source(self._source_raw())
        if not result.ok:
            self._source_problem("；".join(result.errors.values()))
            return False
        self._source_problem("")
        try:
            if self.source_id is None:
                self.source_id = self.writer.create("sources", result.values)["id"]
            else:
                current = self.store.get("sources", self.source_id)
                changed = {k: v for k, v in result.values.items() if current.get(k) != v}
                if changed:
                    self.writer.update("sources", self.source_id, changed, current["version"])
        except StorageError as exc:
            self._source_problem(exc.message)
            return False
        self._set_form_sources()
        return True

    def _set_form_sources(self) -> None:
        for form in (self.observation_form, self.project_form):
            form.refresh_lookups()
            form.source.set_value(self.source_id)
            form.mark_clean()

    # ------------------------------------------------------------ facts
    def current_form(self) -> ObservationForm | ProjectForm:
        return self.observation_form if self.tabs.currentIndex() == 0 else self.project_form

    def _selection_changed(self) -> None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        text = self.text.toPlainText()[start:end]
        stripped = text.strip()
        if not stripped:
            return
        start += len(text) - len(text.lstrip())
        self.current_form().set_quote(stripped, start, start + len(stripped))

    def save_fact(self) -> bool:
        """Save the source if needed, then the fact; on success clear the fact and keep the source."""
        if not self.save_source():
            return False
        form = self.current_form()
        form.source.set_value(self.source_id)
        if not form.save():
            return False
        if form is self.observation_form:
            self.observation_form.keep_source_blank()
        else:
            self.project_form.load(None)
            self.project_form.source.set_value(self.source_id)
            self.project_form.mark_clean()
        self.refresh_captured()
        return True

    # ------------------------------------------------------------ proposals
    def _published(self):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(self.published_on.text().strip())
        return None

    def _source_fields(self) -> tuple[str, ...]:
        return tuple(w.text() for w in (self.title, self.published_on, self.publication, self.byline))

    def propose(self, whole: bool = False) -> int:
        """The proposed facts of the text the editor selected (or of the whole article, and always when
        ``whole``), in the review table. A sentence a row selected is no choice of the editor's: Ctrl+E
        then reads the whole article again. A long text is read on a worker thread with a Cancel button;
        returns the number of proposals (0 while a background reading runs)."""
        text = self.text.toPlainText()
        cursor = self.text.textCursor()
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        chosen = cursor.hasSelection() and selected != self._row_selection and not whole
        lo, hi = selected if chosen else (0, len(text))
        previous = self.review
        review = Review(self.store, text, self._published(), self.source_id)
        self._read_with = self._source_fields()
        if hi - lo < BACKGROUND_EXTRACTION:
            try:
                review.propose(lo, hi)
            except StorageError as exc:
                self._source_problem(exc.message)
                return 0
            self._show(review, previous)
            return len(review.proposals)
        progress = QProgressDialog(self.tr("Reading the article for facts…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Propose facts"))
        progress.setMinimumDuration(0)
        worker = _Extraction(review, lo, hi)
        self._worker = worker

        def finished(result: object) -> None:
            progress.close()
            self._worker = None
            if progress.wasCanceled():
                return
            if isinstance(result, Exception):
                self._source_problem(self.tr("The facts could not be read: {reason}").format(reason=result))
                return
            self._show(review, previous)

        worker.done.connect(finished)
        progress.canceled.connect(lambda: self.summary.setText(self.tr("Reading cancelled.")))
        worker.start()
        progress.show()
        return 0

    def wait(self) -> None:
        """Wait for a background reading to finish (for tests and the bench)."""
        while self._worker is not None:
            self._worker.wait(50)
            QApplication.processEvents()

    def _show(self, review: Review, previous: Review | None = None) -> None:
        if previous is not None and previous.body == review.body:
            review.keep_choices(previous)  # (the same article read again: the editor's choices hold)
        self.review = review
        self.names.reset()  # indicators saved since the last reading complete too
        self.candidates = [p.candidate for p in review.proposals]
        self.model.set_review(review)
        self.right_tabs.setCurrentIndex(0)
        if review.proposals:
            self.table.selectRow(0)
        self._paint()
        self._update_summary()

    def _source_changed(self) -> None:
        """Periods such as 今年, 4月10日 and 全年 depend on the article's date, and the facts on their source:
        a changed source field reads the whole article again, whatever is selected."""
        if self.review is not None and self._source_fields() != self._read_with:
            self.propose(whole=True)

    def toggle_all(self) -> None:
        counts = self.model.counts()
        self.model.set_all(counts["checked"] == 0)

    def move_candidate(self, step: int) -> None:
        """Ctrl+] / Ctrl+[: the next or previous proposal, its fact selected in the article."""
        if not self.model.rowCount():
            return
        row = self.table.currentIndex().row()
        row = 0 if row < 0 else max(0, min(self.model.rowCount() - 1, row + step))
        self.table.selectRow(row)
        self.table.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """In the review table: Space checks or unchecks the row, Delete rejects it."""
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            row = self.table.currentIndex().row()
            if row >= 0 and self.table.state() != QAbstractItemView.State.EditingState:
                if event.key() == Qt.Key.Key_Space:
                    self.model.toggle(row)
                    return True
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.model.reject(row)
                    return True
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.table.state() != (
                QAbstractItemView.State.EditingState
            ):
                self.next_to_check(-1 if event.key() == Qt.Key.Key_Backtab else 1)
                return True
        return super().eventFilter(watched, event)

    def next_to_check(self, step: int = 1) -> bool:
        """Tab / Shift+Tab in the review table: the next (previous) row still to check, its sentence
        selected in the article. False when none is left."""
        current = self.table.currentIndex().row()
        row = self.model.next_to_check(current if current >= 0 else (-1 if step > 0 else 0), step)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 1),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def accept_checked(self) -> int:
        """Save every checked, valid proposal — and the source first when it is new — in one step (one
        undo). Rows with errors stay with their errors shown. Returns the number saved."""
        if self.review is None:
            return 0
        if self.review.source_id is None and self.source_id is not None:
            self.review.source_id = self.source_id
        source = None
        if self.review.source_id is None:
            checked = rulebook.source(self._source_raw())
            if not checked.ok:
                self._source_problem("；".join(checked.errors.values()))
                return 0
            source = checked.values
        else:
            self.save_source()  # changes to the title or the text
        accepted = None

        def write() -> list[tuple[str, int]]:
            nonlocal accepted
            accepted = self.review.accept(source)  # type: ignore[union-attr]
            return accepted.records

        try:
            self.writer.batch(self.tr("Accept proposed facts"), write)
        except (StorageError, ReviewError) as exc:
            self._source_problem(exc.message)
            self.model.refresh()
            return 0
        assert accepted is not None
        if self.source_id is None:
            self.source_id = accepted.source_id
            self._set_form_sources()
        self.model.refresh()
        self._paint()
        self.refresh_captured()
        self._update_summary(accepted)
        return accepted.saved

    def _update_summary(self, accepted: Any = None) -> None:
        counts = self.model.counts()
        self.accept_button.setEnabled(counts["checked"] > 0 and not self.store.readonly)
        self.check_all_button.setText(self.tr("Uncheck all") if counts["checked"] else self.tr("Check all"))
        if not counts["total"]:
            self.summary.setText(self.tr("Press Ctrl+E to propose the facts of the article."))
            return
        if self._published() is None:
            self.summary.setText(
                self.tr("Fill in the article's date: periods such as 今年 and 4月10日 are read from it.")
            )
            return
        text = self.tr(
            "{total} proposed: {checked} checked, {tocheck} to check (Tab), {invalid} to fix, {accepted} saved, "
            "{captured} already captured."
        ).format(**counts)
        if accepted is not None:
            text += " " + self.tr("Saved {n} facts in one step (Ctrl+Z undoes it).").format(n=accepted.saved)
            if accepted.new_indicators:
                text += " " + self.tr("New indicators: {names}.").format(
                    names="、".join(accepted.new_indicators)
                )
            if accepted.left:
                text += " " + self.tr("{n} checked rows have errors and were not saved.").format(
                    n=accepted.left
                )
        self.summary.setText(text)

    def _review_changed(self, *_args: Any) -> None:
        self._update_summary()
        self._paint()

    def _row_selected(self, current: Any, _previous: Any = None) -> None:
        """A row selects its fact's sentence in the article (and scrolls to it)."""
        if self._syncing or not current.isValid() or self.review is None:
            return
        p = self.review.proposals[current.row()]
        start, end = p.quote_span if p.candidate.quote else p.span
        self._syncing = True
        try:
            cursor = self.text.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.text.blockSignals(True)
            self.text.setTextCursor(cursor)
            self.text.blockSignals(False)
            self._row_selection = (start, end)
            self.text.ensureCursorVisible()
        finally:
            self._syncing = False

    def _cursor_moved(self) -> None:
        """A click in the article selects the proposal of the fact there (the nearest in its sentence)."""
        if self._syncing or self.review is None or self.text.textCursor().hasSelection():
            return
        at = self.text.textCursor().position()
        rows = [
            (abs((p.span[0] + p.span[1]) // 2 - at), row)
            for row, p in enumerate(self.review.proposals)
            if p.quote_span[0] <= at <= p.quote_span[1] or p.span[0] <= at <= p.span[1]
        ]
        if rows:
            self._syncing = True
            try:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(min(rows)[1], 1),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._syncing = False

    def _paint(self) -> None:
        """The article's facts highlighted in place: proposed, saved, rejected, already captured, to fix."""
        selections = self._captured_selections()
        if self.review is not None:
            length = len(self.text.toPlainText())
            for p in self.review.proposals:
                start, end = p.span
                if end > length:
                    continue
                color = QColor(STATE_COLORS[state_of(p)])
                selections.append(mark(self.text.document(), start, end, color, underline=True))
        self.text.setExtraSelections(selections)

    def _text_changed(self) -> None:
        """A pasted article fills the source details it carries (title, date, publication) — only the
        fields still empty or filled this way before, never what the editor typed."""
        if self.source_id is not None:
            return
        found = source_details(self.text.toPlainText())
        for name, widget in (
            ("title", self.title),
            ("published_on", self.published_on),
            ("publication", self.publication),
        ):
            current = widget.text()
            if name in found and (
                not current.strip()
                or current == self._auto_details.get(name)
                or (
                    name == "publication"
                    and current == "四川经济日报"
                    and "publication" not in self._auto_details
                )
            ):
                widget.setText(found[name])
                self._auto_details[name] = found[name]

    # ------------------------------------------------------------ window state
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("capture/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("capture/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("capture/geometry", self.saveGeometry())
        settings.setValue("capture/splitter", self.splitter.saveState())

    def accept_candidate(self, item: object = None, index: int | None = None) -> None:
        """Fill the form with a proposal (the current row) as the review holds it — the name it was given
        or learned, the editor's edits — to edit it there in full and save it."""
        row = index if index is not None else max(self.table.currentIndex().row(), 0)
        c = self.candidates[row]
        proposal = self.model.proposals[row] if row < len(self.model.proposals) else None
        typed = dict(proposal.fields) if proposal is not None and proposal.candidate is c else {}
        self.right_tabs.setCurrentIndex(1)
        if c.kind == "project":
            self._fill_project(c, {**project_fields(c), **typed})
            return
        f = {**observation_fields(c), **typed}
        form = self.observation_form
        self.tabs.setCurrentWidget(form)
        indicator = resolver_of(self.store).indicator(f["indicator"])
        if indicator is not None:
            form.indicator.set_value(indicator.id)
        else:
            proposal_name = resolver_of(self.store).indicator_proposal(f["indicator"])
            form.indicator.propose(proposal_name.name if proposal_name else f["indicator"])
        form.article_year = int(c.period_end[:4]) if c.period_end else None
        form.region.set_value(self._region_id(c, f["region"]))
        form.fields["value"].setText(f["value"])  # type: ignore[attr-defined]
        form.fields["period"].setText(f["period"])  # type: ignore[attr-defined]
        form.fields["yoy_pct"].setText(f["yoy"])  # type: ignore[attr-defined]
        form.fields["rank"].setText(f["rank"])  # type: ignore[attr-defined]
        form.fields["is_estimate"].setChecked(c.is_estimate)  # type: ignore[attr-defined]
        form.set_quote(c.quote, c.quote_start, c.quote_end)

    def _region_id(self, c: Any, typed: str | None = None) -> int | None:
        """The region of a proposal: as the editor typed it when it differs from what was read."""
        resolver = resolver_of(self.store)
        if typed is not None and typed != (c.region or ""):
            region = resolver.region(typed) if typed.strip() else None
            return region.id if region else None
        region = resolver.region(c.region_code) if c.region_code else None
        region = region or resolver.region(c.region)
        return region.id if region else None

    def _fill_project(self, c: Any, f: dict[str, str]) -> None:
        """A project proposal fills the project form: name, place, figures as written (约800亩, not a
        number of square metres), organisations with their roles (those already in the database) and
        the milestone; the editor checks it and saves."""
        form = self.project_form
        self.tabs.setCurrentWidget(form)
        form.fields["name"].setText(f["name"])  # type: ignore[attr-defined]
        form.region.set_value(self._region_id(c, f["region"]))
        for field_name in ("investment", "area", "duration_months", "expected_output", "jobs"):
            form.fields[field_name].setText(f.get(field_name, ""))  # type: ignore[attr-defined]
        status = form.fields["status"]
        if c.milestone and isinstance(status, QComboBox) and status.findData(c.milestone) >= 0:
            status.setCurrentIndex(status.findData(c.milestone))
        form.organizations.clear_rows()
        for name, role in zip(c.organizations, c.organization_roles, strict=False):
            organization = resolver_of(self.store).organization(name)
            if organization is not None:
                form.organizations.add_row({"organization_id": organization, "role": role})
        form.events.clear_rows()
        if c.milestone:
            form.events.add_row(
                {"kind": c.milestone, "occurred_on": f["milestone"] or "", "date_precision": "day"}
            )
        form.set_quote(c.quote, c.quote_start, c.quote_end)

    def refresh_captured(self) -> None:
        self.captured.clear()
        if self.source_id is not None:
            for fact in facts_of_source(self.store, self.source_id):
                item = QListWidgetItem(fact["label"])
                item.setData(Qt.ItemDataRole.UserRole, (fact["tbl"], fact["id"]))
                self.captured.addItem(item)
        self._paint()

    def _captured_selections(self) -> list[QTextEdit.ExtraSelection]:
        selections: list[QTextEdit.ExtraSelection] = []
        if self.source_id is None:
            return selections
        length = len(self.text.toPlainText())
        for fact in facts_of_source(self.store, self.source_id):
            if fact["quote_start"] is None or fact["quote_end"] > length:
                continue
            selections.append(mark(self.text.document(), fact["quote_start"], fact["quote_end"], _CAPTURED))
        return selections

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter from any field that does not use it (the window shortcut needs an active window)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.accept_checked()
            else:
                self.save_fact()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ closing
    def confirm_close(self) -> bool:
        for form in (self.observation_form, self.project_form):
            if form.is_dirty():
                ask = self._ask or getattr(self.parent(), "ask_unsaved", None) or ask_unsaved
                answer = ask(self)
                if answer == SAVE:
                    return self.save_fact()
                if answer == CANCEL:
                    return False
                assert answer == DISCARD
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_close():
            self._save_layout()
            event.accept()
        else:
            event.ignore()
