"""The capture view's review of proposed facts: source details from the pasted text, a review table
edited in place through the rulebook, accepted in one step (one undo), keyboard only, fits a laptop."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QTableView


@pytest.fixture
def window(main_window):
    main_window.store.editor = "测试编辑"
    return main_window


ARTICLE = (
    "绵阳：一季度经济开局良好\n"
    "2024-04-12 绵阳日报\n"
    "今年一季度，全市完成固定资产投资412.6亿元，同比增长9.8%。全市规模以上工业增加值增长11.3%。"
    "据了解，长虹智能制造产业园项目4月10日开工，计划总投资45亿元，占地面积约800亩。"
    "去年，绵阳市地区生产总值达到4038.7亿元，位居全省第2位。"
)


def _paste(capture, text=ARTICLE):
    capture.findChild(QPlainTextEdit, "captureText").setPlainText(text)


def _saved(store, source_id):
    return store.query(
        "SELECT i.name, r.name AS region, o.value, o.value_text, o.period_start, o.period_end, o.yoy_pct, o.rank "
        "FROM observations o JOIN indicators i ON i.id = o.indicator_id JOIN regions r ON r.id = o.region_id "
        "WHERE o.source_id = ? ORDER BY o.id",
        [source_id],
    )


def test_a_pasted_article_fills_its_source_details(window):
    capture = window.open_capture()
    _paste(capture)
    assert capture.findChild(QLineEdit, "title").text() == "绵阳：一季度经济开局良好"
    assert capture.findChild(QLineEdit, "published_on").text() == "2024-04-12"
    assert capture.findChild(QLineEdit, "publication").text() == "绵阳日报"
    capture.findChild(QLineEdit, "title").setText("编辑改过的标题")
    _paste(capture, ARTICLE + "补充一句。")
    assert capture.findChild(QLineEdit, "title").text() == "编辑改过的标题"  # never over what was typed


def test_review_accept_all_in_one_step_and_undo(window):
    store = window.store
    capture = window.open_capture()
    _paste(capture)
    assert capture.propose() == 4  # the project's own figures sit in its row
    table = capture.findChild(QTableView, "candidatesTable")
    assert table.model().rowCount() == 4
    kinds = [table.model().index(r, 0).data() for r in range(4)]
    assert kinds.count("项目") == 1
    before = {
        t: store.scalar(f"SELECT count(*) FROM {t}")
        for t in ("sources", "indicators", "observations", "projects")
    }
    accept = capture.findChild(QPushButton, "acceptCandidatesButton")
    assert accept.isEnabled()
    accept.click()
    source_id = capture.source_id
    assert source_id is not None and capture.model.counts()["accepted"] == 4
    rows = {r["name"]: r for r in _saved(store, source_id)}
    assert (rows["全社会固定资产投资"]["value"], rows["全社会固定资产投资"]["yoy_pct"]) == (412.6, 9.8)
    assert (rows["全社会固定资产投资"]["period_start"], rows["全社会固定资产投资"]["period_end"]) == (
        "2024-01-01",
        "2024-03-31",
    )
    growth_only = rows["规模以上工业增加值"]
    assert growth_only["value"] is None and growth_only["yoy_pct"] == 11.3
    assert growth_only["period_end"] == "2024-03-31"  # the paragraph's quarter, not the project's day
    gdp = rows["地区生产总值"]
    assert (gdp["region"], gdp["period_start"], gdp["rank"]) == ("绵阳市", "2023-01-01", 2)
    project = store.query("SELECT * FROM projects WHERE source_id = ?", [source_id])[0]
    assert (project["name"], project["investment"], project["status"]) == (
        "长虹智能制造产业园项目",
        45,
        "started",
    )
    assert "已一次保存 4 条事实" in capture.summary.text()
    window.writer.undo_stack.undo()  # one step: the source, the new indicators and every fact
    assert {t: store.scalar(f"SELECT count(*) FROM {t}") for t in before} == before
    window.writer.undo_stack.redo()
    assert len(_saved(store, source_id)) == 3
    assert store.scalar("SELECT count(*) FROM projects WHERE source_id = ?", [source_id]) == 1


def test_a_row_with_errors_stays_and_is_fixed_in_place(window):
    store = window.store
    capture = window.open_capture()
    _paste(capture, "某县新闻\n2024-04-12 四川经济日报\n全市招商引资到位资金达到68亿元。")
    capture.published_on.setText("")  # no date: 全市's period cannot be read
    capture.propose()
    model = capture.model
    row = 0
    model.setData(model.index(row, 2), "火星市")  # an unknown region: an error, the row unchecked
    p = model.proposals[row]
    assert not p.valid and not p.checked and "火星市" in model.index(row, 8).data()
    model.setData(model.index(row, 2), "绵阳市")
    model.setData(model.index(row, 3), "2023年")
    assert p.valid and p.checked, p.errors
    capture.published_on.setText("2024-04-12")
    assert capture.accept_checked() == 1
    assert _saved(store, capture.source_id)[0]["region"] == "绵阳市"


def test_the_indicator_and_region_cells_complete_from_known_names(window, qtbot):
    """A wrong name is fixed by picking the right one: the cell's editor completes from the database's
    indicators, the vocabulary's (created on accept) and every region, any part of a name matching."""
    capture = window.open_capture()
    _paste(capture, "某县新闻\n2024-04-12 四川经济日报\n全县招商引资到位资金达到68亿元。")
    capture.propose()
    table = capture.table

    def pick(column, typed, wanted):
        capture.windowHandle().requestActivate()  # (offscreen, activateWindow does not; a popup took it)
        qtbot.waitUntil(capture.isActiveWindow)
        index = capture.model.index(0, column)
        table.setCurrentIndex(index)
        table.edit(index)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))  # the cell's editor
        editor = QApplication.focusWidget()
        assert editor.completer() is not None
        editor.clear()
        typing = QInputMethodEvent()  # as a Chinese input method commits what was typed
        typing.setCommitString(typed)
        QApplication.sendEvent(editor, typing)
        completer = editor.completer()
        qtbot.waitUntil(completer.popup().isVisible)  # the popup, opened by typing
        shown = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
        assert wanted in shown, shown
        for _ in range(shown.index(wanted) + 1):
            qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)  # picked from the popup
        assert editor.text() == wanted
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the cell committed (queued by the delegate)
        qtbot.waitUntil(lambda: table.state() != QTableView.State.EditingState)
        return capture.model.proposals[0]

    p = pick(2, "叙州", "宜宾市叙州区")  # a county by its city and name: read back unambiguously
    assert "region" not in p.errors and p.fields["region"] == "宜宾市叙州区"
    p = pick(1, "快递", "快递业务量")  # in the vocabulary, not yet in the database
    assert "indicator" not in p.errors and p.new_indicator["name"] == "快递业务量"
    names = capture.names.names("indicator")
    assert "地区生产总值" in names and len(names) == len(set(names))  # the database's, once each


def test_keyboard_only(window, qtbot):
    capture = window.open_capture()
    _paste(capture)
    capture.windowHandle().requestActivate()  # (offscreen, activateWindow does not)
    qtbot.waitUntil(capture.isActiveWindow)  # Ctrl+E is the main window's export elsewhere
    qtbot.keyClick(capture.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert capture.model.rowCount() == 4
    table = capture.table
    table.setFocus()
    qtbot.keyClick(capture.text, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)  # next
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Space)  # uncheck
    assert not capture.model.proposals[1].checked
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # reject
    assert capture.model.proposals[2].state == "rejected"
    qtbot.keyClick(
        table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [p.state for p in capture.model.proposals] == ["accepted", "proposed", "rejected", "accepted"]


def test_a_row_selects_its_sentence_and_a_click_in_the_text_its_row(window):
    capture = window.open_capture()
    _paste(capture)
    capture.propose()
    capture.table.selectRow(3)
    p = capture.model.proposals[3]
    cursor = capture.text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == p.quote_span
    first = capture.model.proposals[0]
    cursor.setPosition(first.span[0] + 1)
    capture.text.setTextCursor(cursor)
    assert capture.table.currentIndex().row() == 0


def test_facts_already_captured_are_marked_and_not_saved_twice(window):
    store = window.store
    capture = window.open_capture()
    _paste(capture)
    capture.propose()
    capture.accept_checked()
    source_id = capture.source_id
    again = window.open_capture()
    again.load_source(source_id)
    again.propose()
    assert {p.state for p in again.model.proposals} == {"captured"}
    assert again.model.counts()["checked"] == 0 and not again.accept_button.isEnabled()
    assert len(_saved(store, source_id)) == 3


def test_the_single_fact_form_needs_no_saved_source_and_keeps_the_defaults(window):
    store = window.store
    capture = window.open_capture()
    _paste(capture)
    form = capture.observation_form
    assert not form.layout_.isRowVisible(form.source.parentWidget())  # the article is the source
    form.indicator.set_value(store.scalar("SELECT id FROM indicators WHERE name = '招商引资到位市外资金'"))
    form.region.set_value(store.scalar("SELECT id FROM regions WHERE name = '绵阳市'"))
    form.findChild(QLineEdit, "period").setText("2023年")
    form.findChild(QLineEdit, "value").setText("50亿元")
    assert form.save_button.isEnabled(), form.result.errors
    assert capture.save_fact()
    assert form.region.value() == store.scalar("SELECT id FROM regions WHERE name = '绵阳市'")
    assert form.findChild(QLineEdit, "period").text() == "2023年"
    assert form.findChild(QLineEdit, "value").text() == ""


def test_the_view_fits_a_1366_by_768_screen(window, tmp_path):
    capture = window.open_capture()
    _paste(capture)
    capture.propose()
    hint = capture.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    capture.resize(1366, 700)
    assert capture.height() <= 700
    capture.grab().save(str(tmp_path / "capture_review.png"))


UNDATED = (
    "当前的位置：首页 > 统计信息\n"
    "今年一季度，全市完成固定资产投资412.6亿元，同比增长9.8%。全市规模以上工业增加值增长11.3%。"
    "去年，绵阳市地区生产总值达到4038.7亿元，位居全省第2位。"
)


def test_typing_the_date_reads_the_whole_article_again_whatever_a_row_selected(window, qtbot):
    capture = window.open_capture()
    _paste(capture, UNDATED)
    assert capture.published_on.text() == ""  # the page states no date: asked for, not invented
    first = capture.propose()
    assert first >= 3 and capture.text.textCursor().hasSelection()  # (the first row's sentence)
    capture.published_on.setFocus()
    capture.published_on.setText("2024-04-12")
    qtbot.keyClick(capture.published_on, Qt.Key.Key_Return)  # editingFinished
    proposals = capture.model.proposals
    assert len(proposals) == first  # the whole article, not the selected sentence
    assert {p.candidate.period_start[:4] for p in proposals if p.candidate.period_start} == {"2023", "2024"}
    assert capture.propose() == first  # Ctrl+E again: a row's sentence is no selection of the editor's


def test_the_editors_choices_hold_when_the_article_is_read_again(window, qtbot):
    capture = window.open_capture()
    _paste(capture)
    capture.propose()
    model = capture.model
    rows = [r for r, p in enumerate(model.proposals) if p.kind == "observation"]
    model.setData(model.index(rows[0], 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(rows[1], 1), "工业增加值")
    unchecked, edited = model.proposals[rows[0]].span, model.proposals[rows[1]].span
    capture.published_on.setText("2024-05-06")
    capture.published_on.editingFinished.emit()
    assert capture.review.published.isoformat() == "2024-05-06"
    again = {p.span: p for p in capture.model.proposals}
    assert not again[unchecked].checked
    assert again[edited].fields["indicator"] == "工业增加值" and "indicator" in again[edited].edited


def test_a_selection_the_editor_makes_is_read_alone(window):
    capture = window.open_capture()
    _paste(capture)
    cursor = capture.text.textCursor()
    at = ARTICLE.index("去年，绵阳市")
    cursor.setPosition(at)
    cursor.setPosition(len(ARTICLE), cursor.MoveMode.KeepAnchor)
    capture.text.setTextCursor(cursor)
    assert capture.propose() == 1
    assert capture.model.proposals[0].candidate.text.endswith("4038.7亿元")


def test_the_period_column_shows_the_year_it_resolved_to(window):
    capture = window.open_capture()
    _paste(capture)
    capture.propose()
    model = capture.model
    rows = {model.proposals[r].candidate.text: r for r in range(model.rowCount())}
    first = rows["412.6亿元"]
    index = model.index(first, 3)
    assert index.data() == "2024年一季度"
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("原文：今年一季度")
    assert model.index(rows["达到4038.7亿元"], 3).data() == "2023年"
    model.setData(index, "2024年一季度")  # left as shown: still the text as written
    assert model.proposals[first].fields["period"] == "今年一季度" and not model.proposals[first].edited
    model.setData(index, "2023年四季度")
    assert model.proposals[first].candidate.period_start is None
    assert model.index(first, 3).data() == "2023年四季度"


def test_a_cell_says_which_rule_read_it_until_the_editor_types_over_it(window):
    capture = window.open_capture()
    _paste(capture)
    capture.propose()
    model = capture.model
    row = next(r for r, p in enumerate(model.proposals) if p.candidate.text == "412.6亿元")
    assert "依据：本句数字前写的时期“今年一季度”" in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("依据：")
    model.setData(model.index(row, 2), "涪城区")
    assert "依据" not in (model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) or "")


def test_rows_to_check_are_left_unchecked_and_tab_walks_through_them(window, qtbot):
    """A coined name is not accepted unseen: the row is unchecked and coloured, the summary counts it,
    Tab in the table goes to it (its sentence selected); accept-all saves the sure rows only."""
    capture = window.open_capture()
    _paste(
        capture,
        "全省经济运行稳定\n2024-01-20 四川日报\n"
        "2023年，全省地区生产总值增长6.0%。截至2023年底，全省夜间经济消费额达到876.7亿元，同比增长8.1%。",
    )
    capture.propose()
    model = capture.model
    rows = {model.proposals[r].fields["indicator"]: r for r in range(model.rowCount())}
    coined = next(r for name, r in rows.items() if "夜间经济消费额" in name)
    assert model.proposals[coined].to_check and not model.proposals[coined].checked
    assert model.proposals[rows["地区生产总值"]].checked
    assert model.counts()["tocheck"] == 1 and "Tab" in capture.summary.text()
    table = capture.findChild(QTableView, "candidatesTable")
    table.setFocus()
    table.setCurrentIndex(model.index(rows["地区生产总值"], 1))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().row() == coined
    selected = capture.findChild(QPlainTextEdit, "captureText").textCursor().selectedText()
    assert "876.7" in selected
    capture.findChild(QPushButton, "acceptCandidatesButton").click()
    names = [r["name"] for r in _saved(window.store, capture.source_id)]
    assert names == ["地区生产总值"]


def test_every_review_column_is_in_view_at_1366_pixels(window, qtbot):
    """The status column is not cut off on a 1366×768 screen; its whole text is in its tooltip."""
    capture = window.open_capture()
    capture.resize(1366, 768)
    _paste(capture)
    capture.propose()
    qtbot.wait(20)
    table = capture.findChild(QTableView, "candidatesTable")
    assert table.horizontalHeader().length() <= table.viewport().width()
    model = capture.model
    row = next((r for r in range(model.rowCount()) if model.proposals[r].to_check), None)
    if row is not None:
        tip = model.index(row, model.columnCount() - 1).data(Qt.ItemDataRole.ToolTipRole)
        assert "待核" in tip
