"""Capture from an article: the text beside the entry forms. Selecting a sentence fills the quote and
its offsets; Ctrl+Enter saves the fact and clears the form for the next one, keeping the source."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import rulebook
from ..domain.errors import ValidationError
from ..domain.text_files import decode_text
from ..qtmodels.display import label as label_of
from ..storage.database import Store
from ..storage.details import facts_of_source
from ..storage.errors import StorageError
from .editor import Editor
from .forms.dialog import CANCEL, DISCARD, SAVE, ask_unsaved, connect_nested_creation
from .forms.fact_forms import ObservationForm, ProjectForm
from .forms.fields import error_label

_CAPTURED = QColor("#fff1b8")


class CaptureWindow(QWidget):
    def __init__(
        self,
        store: Store,
        editor: Editor,
        parent: QWidget | None = None,
        ask: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("captureView")
        self.setWindowTitle(self.tr("Capture from an article"))
        self.store, self.editor, self._ask = store, editor, ask
        self.source_id: int | None = None
        self.resize(1300, 820)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        meta = QFormLayout()
        self.title = QLineEdit(left)
        self.title.setObjectName("title")
        self.published_on = QLineEdit(left)
        self.published_on.setObjectName("published_on")
        self.published_on.setPlaceholderText("2021-01-21")
        self.publication = QLineEdit("四川经济日报", left)
        self.publication.setObjectName("publication")
        self.byline = QLineEdit(left)
        self.byline.setObjectName("byline")
        for label, widget in (
            (self.tr("Title"), self.title),
            (self.tr("Published"), self.published_on),
            (self.tr("Publication"), self.publication),
            (self.tr("Byline"), self.byline),
        ):
            meta.addRow(label, widget)
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
        self.text.setPlaceholderText(self.tr("Paste the article here, then select the sentence of a fact."))
        self.text.selectionChanged.connect(self._selection_changed)
        left_layout.addWidget(self.text, 1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        self.tabs = QTabWidget(right)
        self.observation_form = ObservationForm(store, editor, self.tabs)
        self.project_form = ProjectForm(store, editor, self.tabs)
        self.tabs.addTab(self.observation_form, self.tr("Observation"))
        self.tabs.addTab(self.project_form, self.tr("Project"))
        for form in (self.observation_form, self.project_form):
            connect_nested_creation(form, store, editor, self, ask)
            form.save_button.setText(self.tr("Save (Ctrl+Enter)"))
            form.save_button.clicked.disconnect()
            form.save_button.clicked.connect(self.save_fact)
        right_layout.addWidget(self.tabs, 3)
        suggest = QHBoxLayout()
        self.extract_button = QPushButton(self.tr("Propose facts (selection or whole text)"), right)
        self.extract_button.setObjectName("extractButton")
        self.extract_button.clicked.connect(self.propose)
        suggest.addWidget(self.extract_button)
        suggest.addStretch(1)
        right_layout.addLayout(suggest)
        self.candidates_list = QListWidget(right)
        self.candidates_list.setObjectName("candidateList")
        self.candidates_list.itemActivated.connect(self.accept_candidate)
        right_layout.addWidget(self.candidates_list, 1)
        self.candidates: list[Any] = []
        right_layout.addWidget(QLabel(self.tr("Captured from this article"), right))
        self.captured = QListWidget(right)
        self.captured.setObjectName("capturedFacts")
        right_layout.addWidget(self.captured, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([650, 650])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_fact, context=Qt.ShortcutContext.WindowShortcut)

    # ------------------------------------------------------------ source
    def load_source(self, source_id: int) -> None:
        row = self.store.get("sources", source_id)
        self.source_id = source_id
        self.title.setText(row["title"])
        self.published_on.setText(row["published_on"] or "")
        self.publication.setText(row["publication"] or "")
        self.byline.setText(row["byline"] or "")
        self.text.setPlainText(row["body"] or "")
        self._set_form_sources()
        self.refresh_captured()

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
        self.text.setPlainText(text)
        if not self.title.text().strip():
            first = next((line.strip() for line in text.splitlines() if line.strip()), "")
            self.title.setText(first[:80])

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
                self.source_id = self.editor.create("sources", result.values)["id"]
            else:
                current = self.store.get("sources", self.source_id)
                changed = {k: v for k, v in result.values.items() if current.get(k) != v}
                if changed:
                    self.editor.update("sources", self.source_id, changed, current["version"])
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

    def propose(self) -> int:
        """Candidate facts of the selected text (or of the whole article) from the offline extractor."""
        from datetime import date

        from ..domain.extraction import extract

        text = self.text.toPlainText()
        cursor = self.text.textCursor()
        lo, hi = (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else (0, len(text))
        published = None
        with contextlib.suppress(ValueError):
            published = date.fromisoformat(self.published_on.text().strip())
        found = [
            c
            for c in extract(text, published, self.store.resolver.gazetteer)
            if lo <= c.start and c.end <= hi
        ]
        self.candidates = found
        self.candidates_list.clear()
        for c in self.candidates:
            if c.kind == "project":
                label = self.tr("Project: {name}").format(name=c.name)
                details = [
                    label_of("event", c.milestone) if c.milestone else "",
                    c.milestone_date or "",
                    c.region or "",
                    f"{c.investment:g}亿元" if c.investment is not None else "",
                ]
                text = f"{label}　" + " ".join(d for d in details if d)
            else:
                text = f"{c.indicator or '？'}：{c.text}　{c.region or ''} {c.period_label or ''}" + (
                    f"　同比{c.yoy_pct:+g}%" if c.yoy_pct is not None else ""
                )
            self.candidates_list.addItem(QListWidgetItem(text))
        return len(self.candidates)

    def accept_candidate(self, item: QListWidgetItem | None = None, index: int | None = None) -> None:
        """Fill the observation form with a candidate; the editor checks it and saves."""
        row = index if index is not None else (self.candidates_list.row(item) if item is not None else 0)
        c = self.candidates[row]
        if c.kind == "project":
            self._fill_project(c)
            return
        form = self.observation_form
        self.tabs.setCurrentWidget(form)
        indicator = self.store.resolver.indicator(c.indicator)
        if indicator is not None:
            form.indicator.set_value(indicator.id)
        else:
            proposal = self.store.resolver.indicator_proposal(c.indicator)
            form.indicator.propose(proposal.name if proposal else c.indicator or "")
        form.article_year = int(c.period_end[:4]) if c.period_end else None
        form.region.set_value(self._region_id(c))
        form.fields["value"].setText(c.text)  # type: ignore[attr-defined]
        form.fields["period"].setText(c.period_label or "")  # type: ignore[attr-defined]
        form.fields["yoy_pct"].setText(f"{c.yoy_pct:g}%" if c.yoy_pct is not None else "")  # type: ignore[attr-defined]
        form.fields["rank"].setText(f"{c.rank_scope or ''}第{c.rank}位" if c.rank else "")  # type: ignore[attr-defined]
        form.fields["is_estimate"].setChecked(c.is_estimate)  # type: ignore[attr-defined]
        form.set_quote(c.quote, c.quote_start, c.quote_end)

    def _region_id(self, c: Any) -> int | None:
        region = self.store.resolver.region(c.region_code) if c.region_code else None
        region = region or self.store.resolver.region(c.region)
        return region.id if region else None

    def _fill_project(self, c: Any) -> None:
        """A project candidate fills the project form: name, place, figures, organisations with their
        roles (those already in the database) and the milestone; the editor checks it and saves."""
        form = self.project_form
        self.tabs.setCurrentWidget(form)
        form.fields["name"].setText(c.name or "")  # type: ignore[attr-defined]
        form.region.set_value(self._region_id(c))
        for field_name, value, unit in (
            ("investment", c.investment_text or (f"{c.investment:g}亿元" if c.investment else None), ""),
            ("area", f"{c.area_m2:g}" if c.area_m2 else None, "平方米"),
            ("duration_months", f"{c.duration_months:g}" if c.duration_months else None, "个月"),
            ("expected_output", f"{c.expected_output:g}" if c.expected_output else None, "亿元"),
        ):
            form.fields[field_name].setText(f"{value}{unit}" if value else "")  # type: ignore[attr-defined]
        status = form.fields["status"]
        if c.milestone and isinstance(status, QComboBox) and status.findData(c.milestone) >= 0:
            status.setCurrentIndex(status.findData(c.milestone))
        form.organizations.clear_rows()
        for name, role in zip(c.organizations, c.organization_roles, strict=False):
            organization = self.store.resolver.organization(name)
            if organization is not None:
                form.organizations.add_row({"organization_id": organization, "role": role})
        form.events.clear_rows()
        if c.milestone:
            form.events.add_row(
                {"kind": c.milestone, "occurred_on": c.milestone_date or "", "date_precision": "day"}
            )
        form.set_quote(c.quote, c.quote_start, c.quote_end)

    def refresh_captured(self) -> None:
        self.captured.clear()
        if self.source_id is None:
            return
        selections = []
        for fact in facts_of_source(self.store, self.source_id):
            item = QListWidgetItem(fact["label"])
            item.setData(Qt.ItemDataRole.UserRole, (fact["tbl"], fact["id"]))
            self.captured.addItem(item)
            if fact["quote_start"] is not None:
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(_CAPTURED)
                selection.format = fmt
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(fact["quote_start"])
                cursor.setPosition(fact["quote_end"], QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selections.append(selection)
        self.text.setExtraSelections(selections)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter from any field that does not use it (the window shortcut needs an active window)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
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
            event.accept()
        else:
            event.ignore()
