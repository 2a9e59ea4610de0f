"""The Windows .ico and the macOS .icns, rendered from resources/icons/scnews-desktop.svg (build output,
not committed; the release workflow and `make dist` on those systems run this first).

    python tools/make_icons.py [OUTDIR]     # default: resources/icons

The .ico holds PNG images of 16–256 px (Windows Vista and later read PNG entries), written by hand: Qt's
ICO writer stores one image per file. The .icns comes from Qt's own writer at 1024 px.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "scnews-desktop.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file of PNG entries: ICONDIR, one ICONDIRENTRY per image, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication(["make_icons"])  # noqa: F841 (QImage needs one)
    (out / "scnews-desktop.ico").write_bytes(ico_bytes({s: render_png(s) for s in ICO_SIZES}))
    big = QImage.fromData(render_png(1024))
    big.save(str(out / "scnews-desktop.icns"), "ICNS")
    print(out / "scnews-desktop.ico", out / "scnews-desktop.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
