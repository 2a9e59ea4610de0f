"""Start-up shortcuts of app.main: they must not change what they stand in for."""

import sys
import types
from pathlib import Path

import PySide6.QtWidgets  # noqa: F401  (PySide6 and its import hook loaded)
import pytest

from scnews_desktop import app


def test_the_quicker_pyside_check_gives_pyside6s_answers(monkeypatch, tmp_path):
    import scnews_desktop.ui.main_window  # noqa: F401  (modules that use PySide6, and many that do not)

    feature = sys.modules["PySide6.support.feature"]
    original = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)
    app._quicker_pyside_import_check()
    quicker = feature._mod_uses_pyside
    assert quicker is not original
    modules = list(sys.modules.values())
    answers = [(original(m), quicker(m)) for m in modules]
    assert all(a == b for a, b in answers)
    assert sum(a for a, _ in answers) >= 8  # our Qt modules say "PySide6"; the standard library does not
    gone = types.ModuleType("gone")  # a .py file that went away, and a module without a file
    gone.__file__ = str(tmp_path / "gone.py")
    assert quicker(gone) is original(gone) is False
    assert quicker(types.ModuleType("bare")) is original(types.ModuleType("bare")) is False
    written = tmp_path / "uses_qt.py"
    written.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    module = types.ModuleType("uses_qt")
    module.__file__ = str(written)
    assert quicker(module) is True


def test_the_daily_backup_runs_on_its_own_thread_and_connection(
    qt_app_name, store, default_db, tmp_path, capsys
):
    """(while the window's own connection is open, as in the app)"""
    import threading

    from PySide6.QtCore import QSettings

    from scnews_desktop.storage.database import Store

    folder = tmp_path / "backups"
    QSettings().setValue("backup/folder", str(folder))
    thread = app._rolling_backup(default_db)
    assert thread is not threading.current_thread() and thread.name == "rolling-backup"
    thread.join(30)
    made = sorted(folder.glob("scnews-*.db"))
    assert len(made) == 1
    copy = Store.open(made[0], readonly=True)
    try:
        assert copy.scalar("SELECT count(*) FROM observations") == 73
    finally:
        copy.close()
    app._rolling_backup(default_db).join(30)  # once a day: nothing new
    assert len(list(folder.glob("scnews-*.db"))) == 1
    (tmp_path / "blocked").write_text("a file where the folder should be")
    QSettings().setValue("backup/folder", str(tmp_path / "blocked" / "backups"))
    app._rolling_backup(default_db).join(30)  # a failure is reported, not raised
    assert "自动备份失败" in capsys.readouterr().err


def test_the_garbage_collector_is_back_on_after_the_start(monkeypatch):
    import gc

    import pytest

    seen = []
    try:
        gc.disable()
        app._collect_garbage_again()
        assert gc.isenabled() and gc.get_freeze_count() > 0  # the start-up objects are out of its sight
        app._collect_garbage_again()  # again (first frame and the 3 s timer): harmless
        assert gc.isenabled()
        gc.unfreeze()
        # main() runs the start with the collector off, and an early exit leaves it on again
        monkeypatch.setattr(app, "_main", lambda argv: seen.append(gc.isenabled()) or 2)
        assert app.main([]) == 2 and seen == [False] and gc.isenabled()

        def fails(argv):
            raise SystemExit(2)  # e.g. argparse refusing an option

        monkeypatch.setattr(app, "_main", fails)
        with pytest.raises(SystemExit):
            app.main(["--bad"])
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


# A user's last session (the window closed on another page, sorted): its settings, as the app left them.
_LAST_SESSION = Path(__file__).resolve().parents[2] / "bench" / "last_session.py"


@pytest.mark.parametrize("start", ["first", "returning"])
def test_the_first_frame_loads_only_what_it_needs(tmp_path, default_db, start):
    """Start-up tuning at one boundary: the modules of ours loaded and the Qt enum classes PySide6 has
    built when the first frame is painted are held to allow-lists (tests/ui/startup_modules.txt,
    tests/ui/startup_enums.txt), and none of the heavy libraries that later windows need (charts,
    spreadsheets, the hub, the extractor) is among them, nor the ``Qt`` namespace (93 enum classes,
    18 ms). A new import or enum on the way to the first frame fails here: add it to the list only if
    the first frame needs it (docs/performance.md says what each costs). Both on a first start and on a
    returning user's, whose window opens as it was closed (another page, columns and order restored)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    modules_file = tmp_path / "modules.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SCNEWS_STARTUP_MODULES": str(modules_file),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    if start == "returning":
        last = subprocess.run(
            [sys.executable, str(_LAST_SESSION), str(default_db)], env=env, capture_output=True, timeout=120
        )
        assert last.returncode == 0, last.stderr
        assert "sort=-value" in next((tmp_path / "config").rglob("*.conf")).read_text(encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "scnews_desktop", "--smoke-test", "--db", str(default_db), "--lang", "zh_CN"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    loaded = set(modules_file.read_text(encoding="utf-8").split())
    allowed = set((Path(__file__).parent / "startup_modules.txt").read_text(encoding="utf-8").split())
    ours = {m for m in loaded if m.split(".")[0] == "scnews_desktop"}
    assert ours <= allowed, sorted(ours - allowed)
    assert "scnews_desktop.ui.main_window" in ours
    heavy = ("pyqtgraph", "numpy", "openpyxl", "psycopg", "pypinyin", "PySide6.QtSvg", "xml.etree")
    assert not [m for m in loaded if m.startswith(heavy)]
    for later in ("domain.extraction", "storage.sync", "storage.exchange", "storage.checks", "charts.trend"):
        assert f"scnews_desktop.{later}" not in loaded, later
    for later in ("ui.main_actions", "ui.file_commands", "qtmodels.search_model"):  # after the frame
        assert f"scnews_desktop.{later}" not in loaded, later
    built = set((tmp_path / "modules.txt.enums").read_text(encoding="utf-8").split())
    allowed_enums = set((Path(__file__).parent / "startup_enums.txt").read_text(encoding="utf-8").split())
    assert built <= allowed_enums, sorted(built - allowed_enums)
    assert "QtWidgets.QMainWindow.DockOption" in built  # (the record sees the enums being built)
    assert not [e for e in built if e.startswith(("QtCore.Qt.", "QtGui.QKeySequence."))]


def test_a_damaged_file_is_not_backed_up_over_the_good_backups_and_the_window_says_so(
    qt_app_name, default_db, tmp_path, qtbot
):
    """Later backups had copied the damage (seven days of them leave none to restore): the daily backup
    checks the file first, makes none, and the window warns how to put a backup back."""
    import os

    from PySide6.QtCore import QSettings

    from scnews_desktop.storage.database import Store
    from scnews_desktop.ui.main_window import MainWindow

    folder = tmp_path / "backups"
    QSettings().setValue("backup/folder", str(folder))
    size = os.path.getsize(default_db)
    with default_db.open("r+b") as fh:
        for offset in range(4096 * 3 + 100, size, 4096 * 7):
            fh.seek(offset)
            fh.write(b"\xde\xad\xbe\xef" * 64)
    with Store.open(default_db) as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.fileDamaged, timeout=30_000):
            app._rolling_backup(default_db, window.fileDamaged.emit)
        assert not list(folder.glob("scnews-*.db"))
        box = window.damage_box
        assert box is not None and box.isVisible() and "已损坏" in box.text() and "从备份恢复" in box.text()
        box.close()
