"""Diagnostics: a rotating log file in the user data directory, and an exception hook that shows a
dialog naming the log instead of letting the app close."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from . import APP_NAME, ORG_NAME

LOG_NAME = "scnews-desktop.log"
log = logging.getLogger("scnews_desktop")


def log_path() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, ORG_NAME)) / LOG_NAME


def setup_logging(path: Path | None = None) -> Path:
    import logging.handlers  # here, not at start-up: it pulls in socket and pickle

    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("scnews_desktop")
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_exception_hook(parent_getter=None, path: Path | None = None) -> None:
    """Unexpected exceptions in the GUI are logged and shown; the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                target = path or log_path()
                parent = parent_getter() if parent_getter else None
                box = QMessageBox(
                    QMessageBox.Icon.Critical,
                    "出错了",
                    f"程序遇到意外错误：{value}\n\n您的数据没有丢失。详细信息已写入日志：\n{target}",
                    QMessageBox.StandardButton.Ok,
                    parent,
                )
                box.setObjectName("errorBox")
                box.open()
                hook.last_box = box  # type: ignore[attr-defined]
        except Exception:
            pass

    sys.excepthook = hook
