"""A scripted tour of the Chinese interface with a translator that records every string the app looks
up and no translation has: every window, form, menu and dialog opened, records shown, a capture
accepted, a draft checked, checks run, a chart drawn, a file imported. The .ts being complete is not
enough: a string looked up under another context than lupdate filed it under (a base class's
``self.tr``) is English at run time."""

import re

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

#: Looked up by Qt itself with no translation meant: QKeySequence's names of every key (asked while a
#: shortcut is formatted) and the layout-direction probe.
QT_INTERNAL = {"QShortcut", "QGuiApplication"}


class RecordingTranslator(QTranslator):
    """Answers from the app's translators and records what none of them has."""

    def __init__(self, real, parent=None):
        super().__init__(parent)
        self.real = real
        self.misses: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        for translator in self.real:
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return found
        words = re.sub(r"%\w%?|%L?n|\{\w+\}", "", source)  # (placeholders: %p%, %Ln, {count})
        if context not in QT_INTERNAL and any(c.isascii() and c.isalpha() for c in words):
            self.misses.add((context, source))
        return ""

    def isEmpty(self):
        return False


def test_every_string_of_the_tour_is_chinese(main_window, qtbot, tmp_path):
    app = QApplication.instance()
    real = list(app._scnews_translators)
    for translator in real:
        app.removeTranslator(translator)
    recorder = RecordingTranslator(real, app)
    app.installTranslator(recorder)
    try:
        _tour(main_window, qtbot, tmp_path)
    finally:
        app.removeTranslator(recorder)
        for translator in real:
            app.installTranslator(translator)
    assert not recorder.misses, "\n".join(f"{c}: {s[:80]}" for c, s in sorted(recorder.misses))


def _tour(w, qtbot, tmp_path):
    store = w.store
    w.store.editor = "测试编辑"
    # pages, their detail panes and the menus
    for index in range(w.tabs.count()):
        w.show_page(index)
        table = w.current_table()
        first = store.scalar(f"SELECT min(id) FROM {table}")
        if first is not None:
            w.open_record(table, first)
    for menu in w.menuBar().findChildren(type(w.menuBar().actions()[0].menu())):
        menu.aboutToShow.emit()
    # every form, new and edited
    for table in ("observations", "projects", "sources", "indicators", "organizations", "regions"):
        w.new_record(table)
        first = store.scalar(
            f"SELECT min(id) FROM {table}" + (" WHERE level = 'zone'" if table == "regions" else "")
        )
        if first is not None:
            w.edit_record(table, first)
    # capture an article, check a draft
    capture = w.open_capture()
    capture.text.setPlainText(
        "绵阳：一季度经济开局良好\n2024-04-12 绵阳日报\n今年一季度，全市完成固定资产投资412.6亿元，同比增长9.8%。"
    )
    capture.propose()
    capture.accept_checked()
    verify = w.open_verify()
    verify.text.setPlainText(
        "2020年，四川货物贸易进出口总值8082亿元，同比增长19%。四川服务贸易进出口总额1213亿元。"
    )
    verify.run()
    verify.table.selectRow(0)
    # checks, charts, settings, import, about, search in all types
    w.open_checks(background=False)
    charts = w.open_charts()
    indicator = store.scalar("SELECT id FROM indicators WHERE name = '货物贸易出口总值'")
    region = store.scalar("SELECT id FROM regions WHERE name = '四川省'")
    charts.show_indicator(indicator, [region])
    w.open_settings()
    dialog = w.files.open_import()
    sheet = tmp_path / "facts.csv"
    sheet.write_text(
        "指标,地区,时期,数值\n地区生产总值,绵阳市,2023年,4038.7亿元\n棉阳市GDP,棉阳市,2023,abc\n",
        encoding="utf-8",
    )
    dialog.load_file(sheet)
    w.show_about()
    w.search_all.setChecked(True)
    w.search_field.setText("绵阳")
    w._apply_filters()
    results = w.search_results.model()
    shown = [
        results.index(j, k, results.index(i, 0)).data()
        for i in range(results.rowCount())
        for j in range(results.rowCount(results.index(i, 0)))
        for k in (0, 1)
    ]
    assert shown and not [
        t for t in shown if re.search(r"\b(signed|started|prefecture|county|enterprise)\b|\[\"", t)
    ]
    # Qt's own file dialog, as the app opens it where the platform has none (Linux without a portal)
    from PySide6.QtWidgets import QFileDialog

    files = QFileDialog(w, "打开", str(tmp_path), "文本 (*.txt)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.setViewMode(QFileDialog.ViewMode.Detail)
    files.show()
    qtbot.wait(50)
    files.reject()
