"""文件 → 同步: this file with the team hub, with progress, Cancel and a summary. The hub's address is
remembered without its password (which belongs in ~/.pgpass or the system keyring)."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog, QWidget

from ..storage.database import Changes, Store
from ..storage.errors import StorageError
from ..storage.hub_watch import HubWatch
from ..storage.sync import SyncCancelled, SyncReport, safe_url, sync

SETTING = "hub/url"


def ask_hub_url(parent: QWidget, settings: QSettings) -> str | None:
    url, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SyncDialog", "Sync with the team hub"),
        QCoreApplication.translate(
            "SyncDialog",
            "The hub's PostgreSQL address (e.g. postgresql://editor@server/scnews; the password goes in ~/.pgpass):",
        ),
        QLineEdit.EchoMode.Normal,
        str(settings.value(SETTING, "") or ""),
    )
    return url.strip() if ok and url.strip() else None


def run_sync(parent: QWidget, store: Store, url: str, settings: QSettings) -> SyncReport | None:
    """Sync with progress and Cancel; the summary or the reason it failed is shown. The sync runs on a
    thread of its own, on its own connection to the file, so that the window answers while the hub does
    not: Cancel ends even a wait the hub never answers (``storage.hub_watch``). Nothing is written when
    cancelled; what the sync changed is announced to the window's store when it is done."""
    progress = QProgressDialog(
        QCoreApplication.translate("SyncDialog", "Syncing…"),
        QCoreApplication.translate("SyncDialog", "Cancel"),
        0,
        100,
        parent,
    )
    progress.setObjectName("syncProgress")
    progress.setWindowTitle(QCoreApplication.translate("SyncDialog", "Sync"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    run = _SyncRun(store, url)
    loop = QEventLoop()

    def tick() -> None:
        if progress.wasCanceled() and not run.watch.cancelled:
            run.watch.cancel()
            run.cancelled_at = time.monotonic()
        if run.abandoned():
            loop.quit()
        stage, done, total = run.stage
        progress.setLabelText(stage or QCoreApplication.translate("SyncDialog", "Syncing…"))
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))
        if not run.thread.is_alive():
            loop.quit()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(tick)
    if progress.wasCanceled():  # (a cancel already pressed is honoured however fast the sync would be)
        run.watch.cancel()
        run.cancelled_at = time.monotonic()
    run.thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    if run.abandoned():  # cancelled while connecting: the thread ends alone, nothing to write
        run.error = SyncCancelled()
    else:
        run.thread.join()
    progress.close()
    for changes in run.changes:
        store.announce(changes)  # (the pages and the names follow what was pulled)
    if isinstance(run.error, SyncCancelled):
        message = QCoreApplication.translate(
            "SyncDialog", "Sync cancelled: nothing was changed here or on the hub."
        )
        _show(parent, QMessageBox.Icon.Information, message)
    elif isinstance(run.error, StorageError):
        _show(parent, QMessageBox.Icon.Warning, run.error.message)
    elif run.error is not None:
        raise run.error
    if run.report is not None:
        settings.setValue(SETTING, safe_url(url))  # never the password
        _show(parent, QMessageBox.Icon.Information, "\n".join(run.report.lines()))
    return run.report


class _SyncRun:
    """One sync on a thread of its own: what it reached (read by the window's timer), what it changed,
    and how it ended."""

    def __init__(self, store: Store, url: str) -> None:
        self.path, self.readonly, self.editor, self.url = store.path, store.readonly, store.editor, url
        self.watch = HubWatch(url)
        self.stage: tuple[str, int, int] = ("", 0, 1)
        self.changes: list[Changes] = []
        self.report: SyncReport | None = None
        self.error: BaseException | None = None
        self.cancelled_at: float | None = None
        self.thread = threading.Thread(target=self._work, name="sync", daemon=True)

    def abandoned(self) -> bool:
        """Cancelled a second ago and still connecting (libpq's connect waits up to its 10 s and cannot
        be cut short): the window goes on; the thread, once connected, finds itself cancelled and
        stops before it writes anything."""
        return (
            self.cancelled_at is not None
            and not self.watch.connected
            and self.thread.is_alive()
            and time.monotonic() - self.cancelled_at > 1.0
        )

    def _step(self, stage: str, done: int, total: int) -> bool:
        self.stage = (stage, done, total)
        return not self.watch.cancelled

    def _work(self) -> None:
        try:
            with Store.open(self.path, readonly=self.readonly, editor=self.editor) as mine:
                mine.subscribe(self.changes.append)
                self.report = sync(mine, self.url, self._step, watch=self.watch)
        except BaseException as exc:  # (handed to the window's thread, which says or raises it)
            self.error = exc


def _show(parent: Any, icon: QMessageBox.Icon, text: str) -> None:
    box = QMessageBox(
        icon, QCoreApplication.translate("SyncDialog", "Sync"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("syncSummary")
    box.open()
    parent.sync_box = box  # (kept for tests and so that it is not collected)
