"""The checks window: findings grouped by severity and rule, with counts and filters; each opens its
records; an error is fixed in its record or accepted with a reason (说明). A second tab lists the rules
(核对规则) with their severities and tolerances. Checks run on a thread of their own with progress and
Cancel, on a read-only connection."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.check_rules import PARAM_TITLES, RULES, Finding
from ..domain.errors import ValidationError
from ..storage import revisions
from ..storage.checks import ChecksCancelled, accept, run_checks, withdraw
from ..storage.columns import field_label
from ..storage.database import Store
from ..storage.errors import StorageError
from ..storage.sync import choose, choose_fields, differing_fields, open_conflicts

_ERROR, _WARNING, _ACCEPTED = QColor("#c0392b"), QColor("#b9770e"), QColor("#7f8c8d")


def _param_text(value: object) -> str:
    """A rule's parameter as the rules page shows it: 0.002, −30～40, 利润、净、差额."""
    if isinstance(value, int | float):
        return f"{value:g}"
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int | float) for v in value):
        return f"{value[0]:g}～{value[1]:g}"
    if isinstance(value, tuple | list):
        return "、".join(str(v) for v in value)
    return str(value)


_FINDING = Qt.ItemDataRole.UserRole


class _Run(QObject):
    """Runs every rule on its own read-only connection (in a worker thread)."""

    progressed = Signal(int, int, str)
    finished = Signal(object)  # list[Finding], or a message when it failed or was cancelled

    def __init__(self, path: Any) -> None:
        super().__init__()
        self.path = path
        self.cancelled = False

    def run(self) -> None:
        try:
            with Store.open(self.path, readonly=True) as store:
                findings = run_checks(store, self._progress, integrity=False)
        except ChecksCancelled:
            self.finished.emit(None)
            return
        except StorageError as exc:
            self.finished.emit(exc.message)
            return
        self.finished.emit(findings)

    def _progress(self, done: int, total: int, title: str) -> bool:
        self.progressed.emit(done, total, title)
        return not self.cancelled


class ChecksWindow(QWidget):
    openRecord = Signal(str, int)

    def __init__(self, store: Store, parent: QWidget | None = None, run_now: bool = True) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("checksWindow")
        self.setWindowTitle(self.tr("Checks"))
        self.resize(1100, 680)
        self.store = store
        self.findings: list[Finding] = []
        self._thread: QThread | None = None
        self._run: _Run | None = None
        self.ask_reason = self._ask_reason  # tests replace it

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("checksSummary")
        self.severity = QComboBox(self)
        self.severity.setObjectName("severityFilter")
        self.severity.setAccessibleName(self.tr("Severity"))
        for text, value in (
            (self.tr("All severities"), None),
            (self.tr("Errors"), "error"),
            (self.tr("Warnings"), "warning"),
        ):
            self.severity.addItem(text, value)
        self.rule = QComboBox(self)
        self.rule.setObjectName("ruleFilter")
        self.rule.setAccessibleName(self.tr("Rule"))
        self.rule.addItem(self.tr("All rules"), None)
        for rule in RULES.values():
            self.rule.addItem(rule.title, rule.id)
        self.show_accepted = QCheckBox(self.tr("Show accepted"), self)
        self.show_accepted.setObjectName("showAccepted")
        self.show_accepted.setChecked(True)
        for widget in (self.severity, self.rule):
            widget.currentIndexChanged.connect(self.refill)
        self.show_accepted.toggled.connect(self.refill)
        self.run_button = QPushButton(self.tr("Check again"), self)
        self.run_button.setObjectName("runChecksButton")
        self.run_button.clicked.connect(lambda: self.run())
        top.addWidget(self.summary, 1)
        top.addWidget(self.severity)
        top.addWidget(self.rule)
        top.addWidget(self.show_accepted)
        top.addWidget(self.run_button)
        layout.addLayout(top)

        self.tabs = QTabWidget(self)
        findings_page = QWidget(self.tabs)
        page_layout = QVBoxLayout(findings_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(findings_page)
        self.tree.setObjectName("checksTree")
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Status")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        page_layout.addWidget(self.tree)
        self.detail = QLabel(findings_page)
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page_layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open record"), findings_page)
        self.open_button.setObjectName("openFindingButton")
        self.open_button.clicked.connect(lambda: self._activated(self.tree.currentItem(), 0))
        self.accept_button = QPushButton(self.tr("Accept with a reason…"), findings_page)
        self.accept_button.setObjectName("acceptFindingButton")
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.revision_button = QPushButton(self.tr("Mark as a revision…"), findings_page)
        self.revision_button.setObjectName("markRevisionButton")
        self.revision_button.setToolTip(
            self.tr(
                "The later figure supersedes the earlier one: both are kept, the chart and the draft check use the later"
            )
        )
        self.revision_button.clicked.connect(lambda: self.mark_revision_current())
        self.withdraw_button = QPushButton(self.tr("Withdraw acceptance"), findings_page)
        self.withdraw_button.setObjectName("withdrawFindingButton")
        self.withdraw_button.clicked.connect(self.withdraw_current)
        buttons.addWidget(
            QLabel(
                self.tr("Fix the record (the finding disappears), or accept it with a reason."), findings_page
            ),
            1,
        )
        self.keep_mine_button = QPushButton(self.tr("Keep mine"), findings_page)
        self.keep_mine_button.setObjectName("keepMineButton")
        self.keep_mine_button.clicked.connect(lambda: self.choose_current("mine"))
        self.take_theirs_button = QPushButton(self.tr("Take the hub's"), findings_page)
        self.take_theirs_button.setObjectName("takeTheirsButton")
        self.take_theirs_button.clicked.connect(lambda: self.choose_current("theirs"))
        self.fields_button = QPushButton(self.tr("Field by field…"), findings_page)
        self.fields_button.setObjectName("fieldByFieldButton")
        self.fields_button.clicked.connect(lambda: self.choose_fields_current())
        for button in (
            self.open_button,
            self.accept_button,
            self.revision_button,
            self.withdraw_button,
            self.keep_mine_button,
            self.take_theirs_button,
            self.fields_button,
        ):
            buttons.addWidget(button)
        page_layout.addLayout(buttons)
        self.tabs.addTab(findings_page, self.tr("Findings"))
        self.rules_table = self._rules_table()
        self.tabs.addTab(self.rules_table, self.tr("Rules"))
        layout.addWidget(self.tabs, 1)
        self._update_buttons()
        if run_now:
            self.run(background=False)

    # ------------------------------------------------------------ the rules page
    def _rules_table(self) -> QTableWidget:
        table = QTableWidget(len(RULES), 4, self)
        table.setObjectName("checkRulesTable")
        table.setAccessibleName(self.tr("Check rules"))
        table.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Severity"), self.tr("What it checks"), self.tr("Parameters")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, rule in enumerate(RULES.values()):
            params = "；".join(f"{PARAM_TITLES.get(k, k)}：{_param_text(v)}" for k, v in rule.params.items())
            for column, text in enumerate(
                (rule.title, self._severity_text(rule.severity), rule.description, params)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    f"{rule.title}（{rule.id}）" if column == 0 else text
                )  # (the id: for scnews check)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        table.resizeRowsToContents()
        return table

    def _severity_text(self, severity: str) -> str:
        return self.tr("error") if severity == "error" else self.tr("warning")

    # ------------------------------------------------------------ running
    def run(self, background: bool = True) -> None:
        """Run every rule: on a worker thread with a progress dialog and Cancel, or right here."""
        if not background:
            self.findings = run_checks(self.store, integrity=False)
            self.refill()
            return
        if self._thread is not None:
            return
        self._run = _Run(self.store.path)
        self._thread = QThread(self)
        self._run.moveToThread(self._thread)
        self._progress = QProgressDialog(self.tr("Checking…"), self.tr("Cancel"), 0, 1, self)
        self._progress.setObjectName("checksProgress")
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        # slots of this window (a QObject of the GUI thread): Qt queues the worker's signals to them
        self._run.progressed.connect(self._advance)
        self._run.finished.connect(self._finished)
        self._progress.canceled.connect(self._cancel)
        self._thread.started.connect(self._run.run)
        self._thread.start()

    def _advance(self, done: int, total: int, title: str) -> None:
        self._progress.setMaximum(total)
        self._progress.setValue(done)
        self._progress.setLabelText(
            self.tr("Checking: {rule}").format(rule=title) if title else self.tr("Checking…")
        )

    def _cancel(self) -> None:
        if self._run is not None:
            self._run.cancelled = True

    def _finished(self, result: object) -> None:
        self._progress.close()
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread, self._run = None, None
        if isinstance(result, list):
            self.findings = result
            self.refill()
        elif isinstance(result, str):
            self.summary.setText(result)
        else:
            self.summary.setText(self.tr("Checks cancelled."))

    def wait(self) -> None:
        """Let checks under way finish (the window is closing, or a test wants the result)."""
        if self._thread is not None:
            while self._thread is not None:
                QCoreApplication.processEvents()
                QThread.msleep(5)

    def closeEvent(self, event: Any) -> None:
        if self._run is not None:
            self._run.cancelled = True
            self.wait()
        super().closeEvent(event)

    # ------------------------------------------------------------ the tree
    def visible_findings(self) -> list[Finding]:
        severity, rule = self.severity.currentData(), self.rule.currentData()
        return [
            f
            for f in self.findings
            if (severity is None or f.severity == severity)
            and (rule is None or f.rule == rule)
            and (self.show_accepted.isChecked() or f.accepted is None)
        ]

    def refill(self) -> None:
        self.tree.clear()
        shown = self.visible_findings()
        for severity in ("error", "warning"):
            of_severity = [f for f in shown if f.severity == severity]
            if not of_severity:
                continue
            top = QTreeWidgetItem([f"{self._severity_text(severity)}（{len(of_severity)}）", ""])
            top.setForeground(0, QBrush(_ERROR if severity == "error" else _WARNING))
            self.tree.addTopLevelItem(top)
            for rule in RULES.values():
                of_rule = [f for f in of_severity if f.rule == rule.id]
                if not of_rule:
                    continue
                accepted = sum(1 for f in of_rule if f.accepted is not None)
                count = f"{len(of_rule)}" + (self.tr(", {n} accepted").format(n=accepted) if accepted else "")
                group = QTreeWidgetItem([f"{rule.title}（{count}）", ""])
                group.setToolTip(0, rule.description)
                top.addChild(group)
                for finding in of_rule:
                    item = QTreeWidgetItem([finding.message, self._status(finding)])
                    item.setData(0, _FINDING, finding)
                    item.setToolTip(0, finding.message)
                    if finding.accepted is not None:
                        item.setForeground(0, QBrush(_ACCEPTED))
                        item.setToolTip(
                            1, self.tr("Reason: {reason}").format(reason=finding.accepted.get("reason"))
                        )
                    group.addChild(item)
            top.setExpanded(True)
            for i in range(top.childCount()):
                child = top.child(i)
                if child is not None:
                    child.setExpanded(True)
        errors = [f for f in self.findings if f.severity == "error"]
        open_errors = [f for f in errors if f.open]
        warnings = [f for f in self.findings if f.severity == "warning"]
        if not self.findings:
            self.summary.setText(self.tr("No problems found."))
        else:
            self.summary.setText(
                self.tr("{errors} error(s), {open} not yet fixed or accepted; {warnings} warning(s).").format(
                    errors=len(errors), open=len(open_errors), warnings=len(warnings)
                )
            )
        self._update_buttons()

    def _status(self, finding: Finding) -> str:
        if finding.accepted is not None:
            editor = finding.accepted.get("editor") or ""
            return self.tr("accepted by {editor}").format(editor=editor).strip()
        if finding.rule == "sync_conflict":
            return self.tr("to choose a version")
        return self.tr("to fix or accept") if finding.severity == "error" else ""

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, _FINDING) if item is not None else None

    def _update_buttons(self) -> None:
        finding = self.current_finding()
        writable = not self.store.readonly
        self.open_button.setEnabled(finding is not None and any(r.id for r in finding.records))
        conflict = finding is not None and finding.rule == "sync_conflict"
        self.accept_button.setEnabled(
            writable
            and finding is not None
            and finding.accepted is None
            and bool(finding.records)
            and not conflict
        )
        self.revision_button.setVisible(self._revision_pair(finding) is not None)
        self.revision_button.setEnabled(writable)
        self.keep_mine_button.setVisible(conflict)
        self.take_theirs_button.setVisible(conflict)
        self.fields_button.setVisible(conflict)
        self.fields_button.setEnabled(writable and conflict)
        self.keep_mine_button.setEnabled(writable and conflict)
        self.take_theirs_button.setEnabled(writable and conflict)
        self.withdraw_button.setEnabled(writable and finding is not None and finding.accepted is not None)
        if finding is None:
            self.detail.setText("")
        else:
            text = finding.message
            if finding.accepted is not None:
                text += "\n" + self.tr("Accepted by {editor}: {reason}").format(
                    editor=finding.accepted.get("editor") or "", reason=finding.accepted.get("reason")
                )
            self.detail.setText(text)

    def select(self, finding: Finding) -> None:
        for item in self._items():
            if item.data(0, _FINDING) is finding:
                self.tree.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        result = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            result.append(item)
            stack += [item.child(i) for i in range(item.childCount())]
        return result

    def _activated(self, item: QTreeWidgetItem | None, _column: int) -> None:
        finding = item.data(0, _FINDING) if item is not None else None
        if finding is None:
            return
        for record in finding.records[:1]:
            if record.id is not None:
                self.openRecord.emit(record.table, record.id)

    # ------------------------------------------------------------ accepting
    def _ask_reason(self, finding: Finding) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Accept with a reason"),
            self.tr(
                "Why is this right as it is? (e.g. the earlier figure predates the census revision; another scope 口径)"
            )
            + "\n\n"
            + finding.message,
        )
        return text if ok else None

    def accept_current(self, reason: str | None = None) -> bool:
        finding = self.current_finding()
        if finding is None or finding.accepted is not None:
            return False
        if reason is None:
            reason = self.ask_reason(finding)
            if reason is None:
                return False
        try:
            row = accept(self.store, finding, reason)
        except (ValidationError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not accepted"), exc.message)
            return False
        finding.accepted = {
            "uid": row["uid"],
            "reason": row["reason"],
            "editor": row["editor"],
            "accepted_at": row["created_at"],
        }
        self.refill()
        self.select(finding)
        return True

    # ------------------------------------------------------------ revisions
    def _revision_pair(self, finding: Finding | None) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """The (later, earlier) observations of a conflict or a likely revision between two facts."""
        if finding is None or finding.rule not in ("conflict", "revision") or len(finding.records) != 2:
            return None
        return revisions.pair_of(self.store, [r.uid for r in finding.records])

    def mark_revision_current(self, reason: str | None = None) -> bool:
        """The later figure of the current finding supersedes the earlier one, for ``reason`` (asked
        when None; the words the finding quotes are offered)."""
        finding = self.current_finding()
        pair = self._revision_pair(finding)
        if finding is None or pair is None:
            return False
        later, earlier = pair
        if reason is None:
            offered = re.search(r"“([^”]+)”", finding.message) if finding.rule == "revision" else None
            text, ok = QInputDialog.getText(
                self,
                self.tr("Mark as a revision"),
                self.tr("The later figure supersedes the earlier one. Why? (e.g. 最终核实, the yearbook)")
                + "\n\n"
                + finding.message,
                text=offered.group(1) if offered else "",
            )
            if not ok:
                return False
            reason = text
        try:
            revisions.mark(self.store, later["id"], earlier["id"], reason)
        except (ValidationError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not marked"), exc.message)
            return False
        self.run(background=False)
        return True

    def _current_conflict(self) -> dict[str, Any] | None:
        finding = self.current_finding()
        if finding is None or finding.rule != "sync_conflict":
            return None
        ref = finding.records[0]
        return next(
            (c for c in open_conflicts(self.store) if (c["table_name"], c["uid"]) == (ref.table, ref.uid)),
            None,
        )

    def choose_fields_current(self, take: list[str] | None = None) -> bool:
        """Field by field: a table of the fields that differ, this file's value beside the hub's; the
        fields ticked take the hub's value. ``take`` answers for the dialog (tests)."""
        conflict = self._current_conflict()
        if conflict is None:
            return False
        rows = differing_fields(conflict)
        if take is None:
            dialog = QDialog(self)
            dialog.setObjectName("fieldByFieldDialog")
            dialog.setWindowTitle(self.tr("Field by field"))
            table = QTableWidget(len(rows), 3, dialog)
            table.setHorizontalHeaderLabels(
                [self.tr("Field"), self.tr("Mine"), self.tr("The hub's (tick to take)")]
            )
            for r, (name, mine, theirs) in enumerate(rows):
                table.setItem(r, 0, QTableWidgetItem(field_label(name)))
                table.setItem(r, 1, QTableWidgetItem("" if mine is None else str(mine)))
                item = QTableWidgetItem("" if theirs is None else str(theirs))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                table.setItem(r, 2, item)
            table.resizeColumnsToContents()
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
            )
            buttons.accepted.connect(dialog.accept)
            buttons.rejected.connect(dialog.reject)
            layout = QVBoxLayout(dialog)
            layout.addWidget(table)
            layout.addWidget(buttons)
            dialog.resize(720, 360)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            ticked = [table.item(r, 2) for r in range(len(rows))]
            take = [
                rows[r][0]
                for r, item in enumerate(ticked)
                if item is not None and item.checkState() == Qt.CheckState.Checked
            ]
        return self._chosen(lambda: choose_fields(self.store, int(conflict["id"]), take))

    def choose_current(self, choice: str) -> bool:
        """A sync conflict: keep this file's version or take the hub's; the next sync carries it out."""
        conflict = self._current_conflict()
        if conflict is None:
            return False
        return self._chosen(lambda: choose(self.store, int(conflict["id"]), choice))

    def _chosen(self, carry_out: Callable[[], None]) -> bool:
        """Record the choice for the selected conflict; it leaves the list (the next sync carries it out)."""
        finding = self.current_finding()
        try:
            carry_out()
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Not chosen"), exc.message)
            return False
        self.findings = [f for f in self.findings if f is not finding]
        self.refill()
        self.detail.setText(self.tr("Chosen: the next sync carries it out."))
        return True

    def withdraw_current(self) -> None:
        finding = self.current_finding()
        if finding is None:
            return
        try:
            withdraw(self.store, finding)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Not withdrawn"), exc.message)
            return
        self.refill()
        self.select(finding)
