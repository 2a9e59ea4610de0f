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
        app.processEvents()
        capture.grab().save(str(out / name))
        print(out / name, capture.model.rowCount(), "rows")
        capture.close()
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


VERIFY_DRAFT = (  # the seed page's trade paragraph, rewritten: rounded, changed and new figures
    "四川外贸再创新高\n2021-02-03 四川经济日报\n"
    "据海关统计，2020年四川货物贸易进出口总值8082亿元，同比增长19%，规模位列全国第8。其中出口4654.3亿元，"
    "增长19.2%；进口3527.6亿元，增长18.8%。2020年12月，四川货物贸易进出口值741亿元，增长16.7%。"
    "2020年，四川服务贸易进出口总额1213亿元。"
)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
