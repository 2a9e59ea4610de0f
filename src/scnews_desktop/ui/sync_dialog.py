"""文件 → 同步: this file with the team hub, with progress, Cancel and a summary. The hub's address is
remembered without its password (which belongs in ~/.pgpass or the system keyring)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QProgressDialog, QWidget

from ..storage.database import Store
from ..storage.errors import StorageError
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
    """Sync with progress and Cancel (the work runs on this thread, the window kept responsive between
    batches); the summary or the reason it failed is shown. Nothing is written when cancelled."""
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

    def step(stage: str, done: int, total: int) -> bool:
        progress.setLabelText(stage)
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        return not progress.wasCanceled()

    report: SyncReport | None = None
    try:
        report = sync(store, url, step)
    except SyncCancelled:
        message = QCoreApplication.translate(
            "SyncDialog", "Sync cancelled: nothing was changed here or on the hub."
        )
        _show(parent, QMessageBox.Icon.Information, message)
    except StorageError as exc:
        _show(parent, QMessageBox.Icon.Warning, exc.message)
    finally:
        progress.close()
    if report is not None:
        settings.setValue(SETTING, safe_url(url))  # never the password
        _show(parent, QMessageBox.Icon.Information, "\n".join(report.lines()))
    return report


def _show(parent: Any, icon: QMessageBox.Icon, text: str) -> None:
    box = QMessageBox(
        icon, QCoreApplication.translate("SyncDialog", "Sync"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("syncSummary")
    box.open()
    parent.sync_box = box  # (kept for tests and so that it is not collected)
