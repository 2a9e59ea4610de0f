"""Translations read straight from a Qt Linguist .ts file, for an install that has no compiled .qm
(``pip install .`` where the build could not run lrelease): the interface is Chinese all the same.
The .qm, when present, is used instead (it is faster to load and to look up)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTranslator


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation, for every finished message of a .ts file (the first plural
    form of a numerus message: Chinese has one)."""
    import xml.etree.ElementTree as ET  # (only without a .qm: not at every start-up)

    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text:
                table[(name, message.findtext("source") or "")] = text
    return table


class TsTranslator(QTranslator):
    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.table = read_ts(path)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.table.get((context, source), "")

    def isEmpty(self) -> bool:
        return not self.table


def load_translator(name: str, folders: list[Path], parent: QObject | None = None) -> QTranslator | None:
    """``name``.qm from the first folder that has it, else ``name``.ts read as it is; None if neither."""
    for folder in folders:
        translator = QTranslator(parent)
        if (folder / f"{name}.qm").exists() and translator.load(name, str(folder)):
            return translator
    for folder in folders:
        if (folder / f"{name}.ts").exists():
            return TsTranslator(folder / f"{name}.ts", parent)
    return None
