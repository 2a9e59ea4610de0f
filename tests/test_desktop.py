"""Double-click launch (desktop entry and icons), the standalone bundle, settings and databases."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from scnews_desktop import APP_ID
from scnews_desktop.desktop import ICON_SIZES, install_desktop_entry, uninstall_desktop_entry

ROOT = Path(__file__).resolve().parents[1]


def test_desktop_entry_is_valid_and_removable(tmp_path, qapp):
    paths = install_desktop_entry(tmp_path, exec_command="/opt/scnews/scnews-desktop")
    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    for line in (
        "Terminal=false",
        "Name[zh_CN]=经济新闻事实库",
        f"StartupWMClass={APP_ID}",
        f"Icon={APP_ID}",
        "Comment[zh_CN]=",
        "Categories=Office;Database;",
    ):
        assert line in text
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip(
            "desktop-file-validate is not installed (Debian: desktop-file-utils; .ci/run installs it)"
        )
    result = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    for size in ICON_SIZES:
        image = QImage(str(tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert all(p.exists() for p in paths)
    removed = uninstall_desktop_entry(tmp_path)
    assert len(removed) == len(paths) and not any(p.exists() for p in paths)


def test_install_flag_of_the_gui_script(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    script = Path(sys.executable).parent / "scnews-desktop"
    subprocess.run([script, "--install-desktop-entry"], env=env, check=True, capture_output=True)
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={script}" in entry.read_text(encoding="utf-8")
    subprocess.run([script, "--uninstall-desktop-entry"], env=env, check=True, capture_output=True)
    assert not entry.exists()


@pytest.mark.slow
def test_standalone_bundle_runs_without_the_virtual_environment(tmp_path):
    """Build the PyInstaller one-folder bundle and run it with --smoke-test on a fresh database."""
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(ROOT / "resources" / "scnews-desktop.spec"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=900,
    )
    program = tmp_path / "dist" / "scnews-desktop" / "scnews-desktop"
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PATH": "/usr/bin:/bin",
    }  # no virtual environment
    result = subprocess.run([program, "--smoke-test"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    db = next((tmp_path / "data").rglob("scnews.db"))  # the first launch creates the user's database
    import sqlite3

    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM observations").fetchone()[0] == 73
    assert conn.execute("SELECT count(*) FROM regions WHERE level = 'county'").fetchone()[0] == 183
    conn.close()
    assert list((tmp_path / "dist" / "scnews-desktop").rglob("scnews_zh_CN.qm"))


def test_a_missing_chinese_font_is_named_with_the_package_to_install(qapp, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    from scnews_desktop.app import cjk_font_problem

    assert cjk_font_problem() is None  # (CI installs fonts-wqy-microhei)
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_a: []))
    problem = cjk_font_problem()
    assert problem is not None and "fonts-noto-cjk" in problem and "\n" not in problem


def test_the_windows_and_macos_icons_are_made_from_the_svg(qapp, tmp_path):
    """tools/make_icons.py: an .ico of PNG entries 16–256 px that Qt reads back, and an .icns."""
    import struct
    import sys

    from PySide6.QtGui import QImageReader

    sys.path.insert(0, str(ROOT / "tools"))
    import make_icons

    assert make_icons.main([str(tmp_path)]) == 0
    ico = (tmp_path / "scnews-desktop.ico").read_bytes()
    _reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (kind, count) == (1, len(make_icons.ICO_SIZES))
    reader = QImageReader(str(tmp_path / "scnews-desktop.ico"))
    sizes = set()
    for _ in range(reader.imageCount()):
        sizes.add(reader.read().width())
        reader.jumpToNextImage()
    assert sizes == set(make_icons.ICO_SIZES)
    assert (tmp_path / "scnews-desktop.icns").read_bytes()[:4] == b"icns"
