"""Render the capture view's review and the draft check at 1366×768 to docs/screenshots (offscreen, Chinese UI).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUTDIR]

Two articles: the seed page's first article (from the default data set) and a real city report from
bench/gold. Settings go to a temporary folder: the user's are not touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)  # (QPixmap.save into a missing folder fails without a word)
    tmp = Path(tempfile.mkdtemp())
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(tmp / var.lower())
    from PySide6.QtWidgets import QApplication

    from scnews_desktop.app import configure_application, create_main_window
    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.default_data import init_database
    from scnews_desktop.ui.forms.dialog import DISCARD

    app = QApplication(["scnews"])
    configure_application(app, "zh_CN")
    db = tmp / "scnews.db"
    init_database(db)
    with Store.open(db, readonly=True) as store:
        seed = store.query("SELECT title, published_on, body FROM sources ORDER BY id LIMIT 1")[0]
    city = (ROOT / "bench" / "gold" / "groundbreaking-2024.txt").read_text(encoding="utf-8")
    articles = [
        (
            "capture-review-seed-zh_CN.png",
            f"{seed['title']}\n{seed['published_on']} 四川经济日报\n{seed['body']}",
            1,
        ),
        ("capture-review-article-zh_CN.png", city, 0),
    ]
    window = create_main_window(db, lang="zh_CN")
    window.store.editor = "示例编辑"
    window.ask_unsaved = lambda _parent: DISCARD  # (nothing typed is kept: no question on closing)
    window.show()
    for name, text, row in articles:
        capture = window.open_capture()
        capture.resize(1366, 768)
        capture.text.setPlainText(text)
        if not capture.published_on.text():
            capture.published_on.setText(date(2024, 4, 12).isoformat())
        capture.propose()
        capture.table.selectRow(row)
        if row == 0:
            capture.next_to_check()  # (a row to check selected: its reason in the status column)
        app.processEvents()
        capture.grab().save(str(out / name))
        print(out / name, capture.model.rowCount(), "rows")
        capture.close()
    _completer(app, window, out, articles[0][1])
    for width, height in ((1366, 768), (1920, 1080)):
        _views(app, window, out, width, height)
    view = window.open_verify()
    view.resize(1366, 768)
    view.text.setPlainText(VERIFY_DRAFT)
    view.run()
    view.table.selectRow(2)
    app.processEvents()
    view.grab().save(str(out / "verify-zh_CN.png"))
    print(out / "verify-zh_CN.png", len(view.figures), "figures")
    window.store.close()
    return 0


def _completer(app, window, out: Path, text: str) -> None:  # type: ignore[no-untyped-def]
    """The review table's indicator cell being edited: 工业 typed, the names that hold it offered."""
    from PySide6.QtGui import QInputMethodEvent, QPainter
    from PySide6.QtWidgets import QApplication, QLineEdit

    capture = window.open_capture()
    capture.resize(1366, 768)
    capture.text.setPlainText(text)
    capture.propose()
    capture.windowHandle().requestActivate()
    for _ in range(20):
        app.processEvents()
    index = capture.model.index(1, 1)
    capture.table.setCurrentIndex(index)
    capture.table.edit(index)
    app.processEvents()
    editor = QApplication.focusWidget()
    if not isinstance(editor, QLineEdit):
        print("no cell editor: completer screen skipped")
        capture.close()
        return
    editor.clear()
    typing = QInputMethodEvent()
    typing.setCommitString("工业")
    QApplication.sendEvent(editor, typing)
    for _ in range(20):
        app.processEvents()
    shot = capture.grab()
    popup = editor.completer().popup()
    if popup.isVisible():  # (a window of its own: drawn onto the view where it stands)
        painter = QPainter(shot)
        at = capture.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft()))
        painter.drawPixmap(at, popup.grab())
        painter.end()
    path = out / "capture-review-completer-zh_CN.png"
    shot.save(str(path))
    print(path, popup.model().rowCount(), "names offered")
    capture.close()


def _views(app, window, out: Path, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Every main view and the forms at one screen size: tour-{view}-{width}x{height}.png."""
    store = window.store

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        app.processEvents()
        path = out / f"tour-{name}-{width}x{height}.png"
        widget.grab().save(str(path))
        print(path)

    window.resize(width, height)
    for index, name in ((0, "projects"), (1, "observations")):
        window.show_page(index)
        first = store.scalar(f"SELECT min(id) FROM {window.current_table()}")
        window.open_record(window.current_table(), first)
        save(window, f"main-{name}")
    for table in ("observations", "projects"):
        dialog = window.edit_record(table, store.scalar(f"SELECT max(id) FROM {table}"))
        save(dialog, f"form-{table}")
        dialog.close()
    charts = window.open_charts()
    charts.resize(width, height)
    indicator = store.scalar("SELECT id FROM indicators WHERE name = '货物贸易出口总值'")
    regions = [store.scalar("SELECT id FROM regions WHERE name = ?", [n]) for n in ("四川省", "中国")]
    charts.show_indicator(indicator, regions)
    save(charts, "chart")
    checks = window.open_checks(background=False)
    checks.resize(width, height)
    save(checks, "checks")
    dialog = window.files.open_import()
    save(dialog, "import")
    dialog.close()
    settings = window.open_settings()
    save(settings, "settings")
    settings.close()


VERIFY_DRAFT = (  # the seed page's trade paragraph, rewritten: rounded, changed and new figures
    "四川外贸再创新高\n2021-02-03 四川经济日报\n"
    "据海关统计，2020年四川货物贸易进出口总值8082亿元，同比增长19%，规模位列全国第8。其中出口4654.3亿元，"
    "增长19.2%；进口3527.6亿元，增长18.8%。2020年12月，四川货物贸易进出口值741亿元，增长16.7%。"
    "2020年，四川服务贸易进出口总额1213亿元。"
)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
