"""Desktop integration on Linux: a freedesktop .desktop entry and hicolor icons rendered from the one
SVG source in resources/icons, so the app starts by double-click from the applications menu."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from . import APP_DISPLAY_NAME, APP_ID, APP_NAME

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _find(relative: str) -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "data" / Path(relative).name, here.parent.parent / relative):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(relative)


def icon_svg() -> Path:
    return _find("resources/icons/scnews-desktop.svg")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_command() -> str:
    """The command the menu entry runs: the frozen executable, or the installed gui script."""
    if getattr(sys, "frozen", False):
        return str(Path(sys.executable).resolve())
    script = Path(sys.executable).parent / "scnews-desktop"
    if script.exists():
        return str(script)
    found = shutil.which("scnews-desktop")
    return found or f"{sys.executable} -m scnews_desktop"


def desktop_file_text(exec_command: str | None = None) -> str:
    template = _find("resources/scnews-desktop.desktop.in").read_text(encoding="utf-8")
    command = exec_command or launcher_command()
    if " " in command and not command.startswith('"'):
        command = f'"{command}"' if Path(command).exists() else command
    return (
        template.replace("@NAME@", "SCNews Desktop")
        .replace("@DISPLAY_NAME@", APP_DISPLAY_NAME)
        .replace("@EXEC@", command)
        .replace("@ICON@", APP_ID)
        .replace("@WMCLASS@", APP_ID)
    )


def render_icon(size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])
    renderer = QSvgRenderer(str(icon_svg()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise OSError(f"cannot write {target}")


def installed_paths(base: Path | None = None) -> list[Path]:
    base = base or data_home()
    paths = [
        base / "applications" / f"{APP_ID}.desktop",
        base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ]
    paths += [base / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES]
    return paths


def install_desktop_entry(base: Path | None = None, exec_command: str | None = None) -> list[Path]:
    base = base or data_home()
    desktop = base / "applications" / f"{APP_ID}.desktop"
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(desktop_file_text(exec_command), encoding="utf-8")
    svg = base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icon_svg(), svg)
    for size in ICON_SIZES:
        render_icon(size, base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    return installed_paths(base)


def uninstall_desktop_entry(base: Path | None = None) -> list[Path]:
    removed = []
    for path in installed_paths(base):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


__all__ = ["APP_NAME", "install_desktop_entry", "uninstall_desktop_entry"]
