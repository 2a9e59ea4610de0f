"""The zh_CN translation is complete: every source string of the code has a finished translation."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_every_string_is_translated(tmp_path):
    ts = tmp_path / "check.ts"
    sources = sorted(str(p) for p in (ROOT / "src").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-ts", str(ts), "-silent"], check=True, capture_output=True)
    found = {m.findtext("source") for m in ET.parse(ts).iter("message")}
    assert len(found) >= 10
    committed = {}
    for m in ET.parse(ROOT / "resources" / "translations" / "scnews_zh_CN.ts").iter("message"):
        tr = m.find("translation")
        text = "".join(tr.itertext()).strip()
        committed[m.findtext("source")] = (
            text if tr.get("type") not in ("unfinished", "vanished", "obsolete") else ""
        )
    missing = sorted(s for s in found if not committed.get(s))
    assert not missing, f"untranslated (run tools/translations.py update, then translate): {missing}"


def test_without_a_compiled_qm_the_ts_is_read(qapp, tmp_path, monkeypatch):
    """``pip install .`` without lrelease ships the .ts only: the interface is Chinese all the same,
    with the same words the .qm gives."""
    import shutil

    from PySide6.QtCore import QCoreApplication, QTranslator

    from scnews_desktop import app as app_module
    from scnews_desktop.ts_translator import TsTranslator, read_ts

    folder = tmp_path / "i18n"
    folder.mkdir()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copyfile(ts, folder / ts.name)
    monkeypatch.setattr(app_module, "TRANSLATIONS_DIR", folder / "x" / "y" / "z")  # no .qm, no checkout
    table = read_ts(folder / "scnews_zh_CN.ts")
    compiled = QTranslator()
    assert compiled.load("scnews_zh_CN", str(ROOT / "src" / "scnews_desktop" / "i18n"))
    for (context, source), text in list(table.items())[:200]:
        if "%n" not in source:
            assert compiled.translate(context, source) == text, (context, source)
    from_ts = TsTranslator(folder / "scnews_zh_CN.ts")
    QCoreApplication.installTranslator(from_ts)
    try:
        assert QCoreApplication.translate("MainWindow", "&Charts…") == "图表(&C)…"
    finally:
        QCoreApplication.removeTranslator(from_ts)


def _wheel(folder):
    """The package's wheel, built from the checkout into ``folder`` as anyone installing it gets it."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(folder),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = folder.glob("*.whl")
    return wheel


def test_the_package_build_ships_the_translations(tmp_path):
    import zipfile

    wheel = _wheel(tmp_path)
    names = zipfile.ZipFile(wheel).namelist()
    assert (
        "scnews_desktop/i18n/scnews_zh_CN.ts" in names and "scnews_desktop/i18n/pyqtgraph_zh_CN.ts" in names
    )
    assert "scnews_desktop/i18n/scnews_zh_CN.qm" in names  # (built here: PySide6's lrelease is at hand)


@pytest.mark.slow
def test_a_wheel_installed_outside_the_checkout_makes_a_database_and_speaks_chinese(tmp_path):
    """What anyone installing the wheel gets: the package with its default data and translations. A fresh
    virtual environment outside the checkout gets the wheel (its dependencies are this environment's,
    on the path); `scnews init` makes a database there, and the main window's menus are in Chinese on a
    machine whose locale is C.UTF-8."""
    wheel = _wheel(tmp_path / "wheels")
    env_dir = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, capture_output=True
    )
    import sysconfig

    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": sysconfig.get_paths()["purelib"],  # the dependencies (no .pth: not this checkout)
    }
    where = subprocess.run(
        [python, "-c", "import scnews_desktop; print(scnews_desktop.__file__)"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(env_dir) in where and str(ROOT) not in where
    made = subprocess.run(
        [python, "-m", "scnews_desktop.cli", "init", str(tmp_path / "x.db")],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    menus = subprocess.run(
        [
            python,
            "-c",
            "from PySide6.QtWidgets import QApplication\n"
            "from scnews_desktop.app import configure_application, create_main_window, system_language\n"
            "app = QApplication([])\n"
            "lang = system_language()\n"
            "configure_application(app, lang)\n"
            f"w = create_main_window({str(tmp_path / 'x.db')!r}, lang=lang)\n"
            "print(lang, [a.text() for a in w.menuBar().actions()])\n"
            "w.store.close()\n",
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert menus.returncode == 0, menus.stderr
    assert menus.stdout.startswith("zh_CN") and "文件(&F)" in menus.stdout, menus.stdout
