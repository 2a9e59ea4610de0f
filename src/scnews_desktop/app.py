"""GUI entry: arguments, QApplication, translations, fonts, the database, the main window."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import APP_DISPLAY_NAME, APP_ID, APP_NAME, ORG_NAME, __version__

CJK_FONT_FAMILIES = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "SimHei",
]
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "i18n"
DB_FILENAME = "scnews.db"
CATALOGUE_FILENAME = "indicator_catalogue.csv"


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, ORG_NAME)) / DB_FILENAME


def catalogue_path() -> Path:
    """The newsroom's extension of the indicator catalogue: indicator_catalogue.csv in the data folder."""
    return default_database_path().parent / CATALOGUE_FILENAME


def set_application_icon(app: object) -> None:
    """The icon of every window (title bar, task bar): the SVG of resources/icons."""
    from PySide6.QtGui import QGuiApplication, QIcon

    from .desktop import icon_svg

    assert isinstance(app, QGuiApplication)
    with contextlib.suppress(FileNotFoundError):  # an incomplete installation still starts
        app.setWindowIcon(QIcon(str(icon_svg())))


def configure_application(app: object, lang: str, icon: bool = True) -> None:
    """Identity, fonts and translators of the running QApplication (and its icon unless ``icon`` is
    False: the app's own start sets it just after the first frame, see create_main_window)."""
    from PySide6.QtCore import QLibraryInfo, QLocale
    from PySide6.QtGui import QFont, QGuiApplication

    assert isinstance(app, QGuiApplication)
    if not app.applicationName() or app.applicationName() == "python":
        app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    font = QFont(app.font())
    font.setFamilies([*CJK_FONT_FAMILIES, *font.families()])
    app.setFont(font)
    if icon:
        set_application_icon(app)
    for old in getattr(app, "_scnews_translators", []):
        app.removeTranslator(old)
    translators = []
    if lang.startswith("zh"):
        from .ts_translator import load_translator

        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        # our .qm (built by make or by the package build), else the .ts itself (a checkout's resources)
        ours = [TRANSLATIONS_DIR, TRANSLATIONS_DIR.parent.parent.parent / "resources" / "translations"]
        for name, folders in (
            ("qtbase_zh_CN", [qt_dir]),
            (f"scnews_{lang}", ours),
            (f"pyqtgraph_{lang}", ours),  # the chart menus' own strings
            (f"qtfixes_{lang}", ours),  # Qt's file dialog strings that qtbase_zh_CN lacks
        ):
            translator = load_translator(name, folders, app)
            if translator is not None:
                app.installTranslator(translator)
                translators.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app._scnews_translators = translators  # type: ignore[attr-defined]


def open_store(db_path: Path):
    """Open the database, creating it from the default data set when the file does not exist yet."""
    if db_path.exists():  # the usual start: no need to load the default data set's module
        from .storage.database import Store

        return Store.open(db_path)
    from .storage.default_data import open_or_create

    return open_or_create(db_path)


def create_main_window(db_path: str | Path, lang: str = "zh_CN", defer_hidden_pages: bool = False):
    """Build the main window on a database without showing it or starting an event loop.
    ``defer_hidden_pages`` (the app's own start): pages not on screen, the filter choices, the window icon
    (its SVG engine is slow to load: docs/performance.md) and remembering the file in the settings (a synced write) come
    just after the first paint."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create_main_window needs a QApplication")
    configure_application(app, lang, icon=False)  # (set below, with the window)
    store = open_store(Path(db_path))
    settings = QSettings()
    from .qtmodels.formatting import AMOUNT_DISPLAY

    AMOUNT_DISPLAY["unit"] = str(settings.value("display/amountUnit", "亿元") or "亿元")
    window = MainWindow(store, settings, defer_hidden_pages=defer_hidden_pages)

    def remember() -> None:  # (writing the settings file takes a lock and two fdatasync calls)
        settings.setValue("lastDatabase", str(Path(db_path).resolve()))

    window.after_first_frame(lambda: set_application_icon(app))
    window.after_first_frame(remember)
    return window


def _record_startup(path: Path) -> None:
    """The modules loaded and the Qt enum classes PySide6 has built (it builds them on first use, and
    some are costly: the ``Qt`` namespace, docs/performance.md) when the first frame is painted, one per line:
    ``path`` and ``path`` + ``.enums``."""
    import enum

    from PySide6 import QtCore, QtGui, QtWidgets

    path.write_text("\n".join(sorted(sys.modules)), "utf-8")
    built = []
    for module in (QtCore, QtGui, QtWidgets):
        short = module.__name__.rsplit(".", 1)[-1]
        for name, cls in list(vars(module).items()):  # (the classes built so far: vars, not dir)
            if not isinstance(cls, type):
                continue
            for member, value in list(vars(cls).items()):
                if isinstance(value, type) and issubclass(value, enum.Enum):
                    built.append(f"{short}.{name}.{member}")
    path.with_name(path.name + ".enums").write_text("\n".join(sorted(built)), "utf-8")


def system_language() -> str:
    """Chinese unless the system's locale names another language the app has (English): a C or POSIX
    locale — a fresh Debian, a container, a remote desktop — is no choice of language."""
    from PySide6.QtCore import QLocale

    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


def backup_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, ORG_NAME)) / "backups"


def _offer_restore(db_path: Path, message: str, settings: Any) -> bool:
    """The file's log does not fit it: say so and offer to restore a backup (True when restored)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from .storage.database import restore_backup
    from .storage.errors import StorageError

    box = QMessageBox(QMessageBox.Icon.Critical, APP_DISPLAY_NAME, message)
    restore = box.addButton("从备份恢复…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("退出", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    folder = str(settings.value("backup/folder", "") or "") or str(backup_folder())
    chosen, _ = QFileDialog.getOpenFileName(None, "选择备份", folder, "数据库 (*.db);;所有文件 (*)")
    if not chosen:
        return False
    try:
        restore_backup(Path(chosen), db_path)
    except StorageError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, exc.message)
        return False
    return True


def _rolling_backup(db_path: Path, damaged: Callable[[str], object] | None = None) -> threading.Thread:
    """Daily backup in the user data directory (7 kept), made on a thread with its own read-only
    connection: copying a big file takes seconds (1.7 GB: 11 s here) and the window must not freeze
    meanwhile. A failure is logged, never fatal. Quitting waits for a backup under way (no half file)."""
    from PySide6.QtCore import QSettings

    from .diagnostics import log
    from .storage.backup import rolling_backup
    from .storage.database import Store
    from .storage.errors import NotADatabase, StorageError

    settings = QSettings()  # read here, on the GUI thread
    folder = Path(str(settings.value("backup/folder", "") or "") or backup_folder())
    keep = int(str(settings.value("backup/keep", 7) or 7))

    def run() -> None:
        try:
            store = Store.open(db_path, readonly=True)
            try:
                made = rolling_backup(store, folder, keep=keep)
            finally:
                store.close()
        except (StorageError, OSError) as exc:
            message = getattr(exc, "message", None) or str(exc)
            log.warning("rolling backup of %s failed: %s", db_path, message)
            print(f"scnews-desktop: 自动备份失败：{message}", file=sys.stderr)
            if isinstance(exc, NotADatabase) and damaged is not None:
                damaged(message)  # (thread-safe: a queued signal to the window)
        else:
            if made is not None:
                log.info("rolling backup: %s", made)

    thread = threading.Thread(target=run, name="rolling-backup")
    thread.start()
    return thread


def build_parser() -> argparse.ArgumentParser:
    from .arguments import ChineseParser

    parser = ChineseParser(prog="scnews-desktop", description="经济新闻事实库")
    parser.add_argument("--db", type=Path, help="数据库文件（默认在用户数据目录）")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    parser.add_argument("--smoke-test", action="store_true", help="打开主窗口后立即退出（用于自动测试）")
    parser.add_argument("--install-desktop-entry", action="store_true", help="安装桌面菜单项和图标（Linux）")
    parser.add_argument("--uninstall-desktop-entry", action="store_true", help="移除桌面菜单项和图标")
    parser.add_argument(
        "--version", action="version", version=f"scnews-desktop {__version__}", help="显示版本号并退出"
    )
    return parser


def _quicker_pyside_import_check() -> None:
    """PySide6 checks every module imported after it for the text "PySide6" (to know where its
    ``__feature__`` switches apply) with ``inspect.getsource``, which splits the whole file into lines:
    typing.py alone takes a millisecond. The same answer from the file's bytes is several times quicker.
    Anything unexpected (another PySide6 layout, a module without a .py file) keeps PySide6's own check."""
    feature = sys.modules.get("PySide6.support.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


def _collect_garbage_again() -> None:
    """After the first frame: the cyclic garbage collector back on, with everything made at start-up
    (modules, classes, widgets: all kept for the life of the program) moved out of its sight."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def cjk_font_problem() -> str | None:
    """One line saying which package to install when no font covers Chinese (every character would be a
    box), in English too: without the font the Chinese words cannot be read either."""
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    return (
        "No Chinese font found — install fonts-noto-cjk (Debian/Ubuntu: sudo apt install fonts-noto-cjk; "
        "Fedora: sudo dnf install google-noto-sans-cjk-fonts) and start again. 未找到中文字体。"
    )


def _warn_without_cjk_font(window) -> None:
    problem = cjk_font_problem()
    if problem:
        print(f"scnews-desktop: {problem}", file=sys.stderr)
        window.statusBar().showMessage(problem)


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up allocates tens of thousands of objects (PySide6's enum classes, modules) and none of them is
    # garbage: the collector would walk them again and again for nothing (docs/performance.md, start-up).
    gc.disable()
    try:
        return _main(argv)
    finally:
        if not gc.isenabled():  # an early exit: nothing was painted
            gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from .desktop import install_desktop_entry, uninstall_desktop_entry

        paths = install_desktop_entry() if args.install_desktop_entry else uninstall_desktop_entry()
        verb = "已安装" if args.install_desktop_entry else "已移除"
        print(f"{verb} {len(paths)} 个文件：{paths[0].parent if paths else ''}")
        return 0
    # The Qt-free modules the window needs, imported before PySide6: once PySide6 is loaded it reads the
    # source of every module imported after it (to look for `from __feature__ import`).
    # isort: off
    from .qtmodels import formatting  # noqa: F401
    from .storage import browse, editing  # noqa: F401
    from .storage.errors import ForeignWal, StorageError

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    # isort: on
    _quicker_pyside_import_check()
    os.environ.setdefault(
        "SCNEWS_CATALOGUE", str(catalogue_path())
    )  # (read when a capture first names a fact)

    # Qt fills large areas on a pool of threads; for this window's repaints the threads' start and
    # hand-offs cost more than they save (docs/performance.md, start-up).
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    from .diagnostics import install_exception_hook, log, setup_logging

    install_exception_hook(lambda: QApplication.activeWindow())

    def start_logging() -> None:
        with contextlib.suppress(OSError):  # a read-only home: run without a log file
            setup_logging()

    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    settings = QSettings()
    lang = args.lang or str(settings.value("ui/language", "") or "") or system_language()
    last = str(settings.value("lastDatabase", "") or "")
    db_path = args.db or (Path(last) if last and Path(last).exists() else default_database_path())
    try:
        if args.db is not None and not args.db.exists():
            from .storage.errors import MissingFile

            raise MissingFile(
                f"找不到数据库文件“{args.db}”（新建数据库请用“文件 → 新建数据库”或 scnews init）"
            )
        try:
            window = create_main_window(db_path, lang, defer_hidden_pages=True)
        except ForeignWal as exc:
            if args.smoke_test or not _offer_restore(db_path, exc.message, settings):
                raise
            window = create_main_window(db_path, lang, defer_hidden_pages=True)
    except StorageError as exc:
        message = getattr(exc, "message", None) or str(exc)
        start_logging()
        log.warning("cannot open %s: %s", db_path, message)
        print(f"scnews-desktop: {message}", file=sys.stderr)
        if not args.smoke_test:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, APP_DISPLAY_NAME, message)
        return 2
    window.show()
    modules_file = os.environ.get("SCNEWS_STARTUP_MODULES")
    if modules_file:  # what the first frame needed (tests/ui/test_startup.py holds it to an allow-list)
        window.firstPainted.connect(lambda: _record_startup(Path(modules_file)))
    window.firstPainted.connect(start_logging)  # the window comes first
    window.firstPainted.connect(lambda: _warn_without_cjk_font(window))
    window.firstPainted.connect(_collect_garbage_again)
    QTimer.singleShot(3000, _collect_garbage_again)  # a window started minimised paints later
    report = window.store.report
    if report.migrated_from is not None and report.backup_path is not None:
        text = f"数据库已从旧格式（版本 {report.migrated_from}）升级，升级前的备份在：{report.backup_path}"
        log.info(text)
        window.statusBar().showMessage(text, 20000)
        if not args.smoke_test:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(window, APP_DISPLAY_NAME, text)
    if report.created and not args.smoke_test:
        QTimer.singleShot(300, window.show_welcome)
    if not args.smoke_test and not window.store.readonly:
        QTimer.singleShot(3000, lambda: _rolling_backup(window.store.path, window.fileDamaged.emit))
    if args.smoke_test:  # quit once the first frame has been painted; when it was is for the benchmark
        window.firstPainted.connect(
            lambda: (print(f"painted {window.first_painted_at:.6f} （主窗口已显示，自检通过）"), app.quit())
        )
    code = app.exec()
    for top in QApplication.topLevelWidgets():
        store = getattr(top, "store", None)
        if store is not None and top.objectName() == "mainWindow":
            store.close()
    return int(code)
