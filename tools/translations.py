"""Refresh the zh_CN translation source and compile it.

    python tools/translations.py update   # lupdate: collect new source strings into the .ts
    python tools/translations.py compile  # lrelease: .ts -> src/scnews_desktop/i18n/*.qm (build output)

Translate new strings in Qt Linguist (pyside6-linguist) or by editing the .ts; the test suite fails while
any string is unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "src" / "scnews_desktop" / "i18n"
LANGUAGES = ("zh_CN",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else (shutil.which(f"pyside6-{name}") or name)


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "src").rglob("*.py"))
    for lang in LANGUAGES:
        ts = TS_DIR / f"scnews_{lang}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                *sources,
                "-ts",
                str(ts),
                "-target-language",
                lang,
                "-no-obsolete",
                "-locations",
                "none",
            ],
            check=True,
        )


def compile_all() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in TS_DIR.glob("*.ts"):
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(QM_DIR / f"{ts.stem}.qm")], check=True
        )


if __name__ == "__main__":
    {"update": update, "compile": compile_all}[sys.argv[1] if len(sys.argv) > 1 else "compile"]()
