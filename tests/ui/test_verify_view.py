"""The 核对稿件 window: a draft's figures highlighted by status, the recorded facts of the selected one,
and 一键采集 of the figures nothing records through the capture review."""

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTextBrowser

from scnews_desktop.ui.verify_view import STATUS_COLORS

DRAFT = (
    "四川外贸再创新高\n2021-02-03 四川经济日报\n"
    "据海关统计，2020年四川货物贸易进出口总值8082亿元，同比增长19%。其中出口4654.3亿元，增长19.2%；"
    "进口3527.6亿元，增长18.8%。2020年，四川服务贸易进出口总额1213亿元。"
)


def test_a_draft_is_checked_figure_by_figure(main_window, tmp_path):
    view = main_window.open_verify()
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="gb18030")
    assert view.open_file(str(draft))
    assert view.findChild(QLineEdit, "draftDate").text() == "2021-02-03"  # from the draft's head
    table = view.findChild(QTableWidget, "verifyTable")
    statuses = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert statuses == ["相符", "相符", "不符", "未记录"]
    highlights = view.findChild(QPlainTextEdit, "draftText").extraSelections()
    assert [h.format.background().color() for h in highlights] == [
        STATUS_COLORS[f.status] for f in view.figures
    ]
    table.selectRow(2)
    detail = view.findChild(QTextBrowser, "verifyDetail").toPlainText()
    assert "3427.6亿元" in detail and "首破8000亿元" in detail  # the recorded value, its source and quote
    cursor = view.text.textCursor()
    assert cursor.selectedText() == "3527.6亿元"
    assert "不符 1" in view.summary.text() or "1 个不符" in view.summary.text()


def test_capture_the_unrecorded_figures(main_window):
    view = main_window.open_verify()
    view.text.setPlainText(DRAFT)
    view.run()
    button = view.findChild(QPushButton, "captureNewButton")
    assert button.isEnabled()
    capture = view.capture_new()
    checked = [p.candidate.text for p in capture.model.proposals if p.checked]
    assert checked == ["1213亿元"]
    assert capture.published_on.text() == "2021-02-03"


def test_a_bad_date_or_file_says_so_and_checks_nothing(main_window, tmp_path):
    view = main_window.open_verify()
    view.text.setPlainText(DRAFT)
    view.draft_date.setText("2021-02-30")
    assert view.run() == 0 and "2024-04-12" in view.summary.text()
    assert not view.open_file(str(tmp_path / "missing.txt"))
    assert view.text.toPlainText() == DRAFT  # nothing lost
