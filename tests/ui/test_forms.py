"""Data entry through the real widgets: forms, lookups, validation, duplicates, undo/redo, conflicts,
capture from an article, delete and the unsaved-changes guard."""

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from scnews_desktop.app import create_main_window
from scnews_desktop.ui.forms.dialog import CANCEL, DISCARD


@pytest.fixture
def window(qtbot, qt_app_name, default_db):
    w = create_main_window(default_db, lang="zh_CN")
    qtbot.addWidget(w)
    w.ask_unsaved = lambda _parent: DISCARD  # pytest-qt closes the window before this fixture ends
    w.show()
    yield w
    for child in w.findChildren(QWidget):
        if child.isWindow() and child is not w:
            child.blockSignals(True)
            for grandchild in child.findChildren(QWidget):
                grandchild.blockSignals(True)
            child.hide()
    w.close()
    qtbot.wait(1)
    w.store.close()


def ids(store, sql, *params):
    return store.scalar(sql, list(params))


def fill_observation(
    form, store, indicator="累计完成固定资产投资", region="宜宾市", value="逾60亿元", period="截至2020年底"
):
    form.indicator.set_value(ids(store, "SELECT id FROM indicators WHERE name = ?", indicator))
    form.region.set_value(ids(store, "SELECT id FROM regions WHERE name = ?", region))
    form.source.set_value(ids(store, "SELECT id FROM sources WHERE title LIKE '五粮液%'"))
    form.findChild(QLineEdit, "value").setText(value)
    form.findChild(QLineEdit, "period").setText(period)


def test_observation_typed_as_text_is_saved_exactly(window, qtbot, tmp_path):
    store = window.store
    before = store.scalar("SELECT count(*) FROM observations")
    window.findChild(type(window.writer.undo_stack.createUndoAction(window)), "actionNewObservation")
    dialog = window.new_record("observations")
    form = dialog.findChild(type(dialog.form), "observationForm")
    fill_observation(form, store)
    assert form.findChild(QPushButton, "saveButton").isEnabled()
    assert "60 亿元（以上）" in form.previews["value"].text()
    dialog.grab().save(str(tmp_path / "observation_form.png"))
    qtbot.mouseClick(form.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    row = store.query(
        "SELECT o.*, i.unit FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "ORDER BY o.id DESC LIMIT 1"
    )[0]
    assert store.scalar("SELECT count(*) FROM observations") == before + 1
    assert (row["value"], row["unit"], row["qualifier"], row["value_text"]) == (
        60,
        "亿元",
        "over",
        "逾60亿元",
    )
    assert (row["period_kind"], row["period_start"], row["period_end"]) == (
        "asof",
        "2020-12-31",
        "2020-12-31",
    )
    history = store.history("observations", row["uid"])
    assert history[0]["editor"] == "测试编辑"
    assert not dialog.isVisible()  # closed after saving


@pytest.mark.parametrize(
    "field,text,message",
    [("value", "abc", "无法识别"), ("value", "12亿人", "不适用"), ("period", "2020年13月", "月份13不存在")],
)
def test_invalid_input_shows_inline_error_and_writes_nothing(window, field, text, message):
    store = window.store
    before = store.scalar("SELECT count(*) FROM observations")
    form = window.new_record("observations").form
    fill_observation(form, store)
    form.findChild(QLineEdit, field).setText(text)
    error = form.errors[field]
    assert error.isVisible() and message in error.text()
    assert not form.findChild(QPushButton, "saveButton").isEnabled()
    assert form.save() is False
    assert store.scalar("SELECT count(*) FROM observations") == before


def test_region_lookup_matches_aliases(window):
    form = window.new_record("observations").form
    form.region.setEditText("甘孜藏族自治州")
    form.region.lineEdit().editingFinished.emit()
    assert form.region.value() == window.store.scalar("SELECT id FROM regions WHERE code = '513300'")
    assert form.region.currentText().strip() == "甘孜州"


def test_new_indicator_inline_without_leaving_the_form(window, qtbot):
    dialog = window.new_record("observations")
    form = dialog.form
    opened = []
    dialog_parent = dialog
    dialog_parent.opened = None
    form.createRequested.connect(lambda *_: None)
    form.indicator.setCurrentIndex(form.indicator.count() - 1)  # “新建…”
    form.indicator.activated.emit(form.indicator.count() - 1)
    nested = [d for d in dialog.findChildren(type(dialog)) if d is not dialog]
    assert nested, "a nested indicator form opened"
    inner = nested[-1].form
    assert inner.objectName() == "indicatorForm"
    inner.findChild(QLineEdit, "name").setText("新指标")
    inner.findChild(QLineEdit, "unit").setText("亿元")
    assert inner.save()
    assert form.indicator.currentText().startswith("新指标")
    assert dialog.isVisible()
    del opened


def test_duplicate_guard(window, qtbot):
    store = window.store
    before = store.scalar("SELECT count(*) FROM observations")
    form = window.new_record("observations").form
    fill_observation(
        form, store, indicator="货物贸易进出口总值", region="四川省", value="8000亿元", period="2020年"
    )
    assert form.save() is False
    box = form.duplicate_box
    assert box.isVisible() and "8081.9亿元" in box.text() and "首破8000亿元" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert store.scalar("SELECT count(*) FROM observations") == before
    assert form.save() is False
    keep = next(b for b in form.duplicate_box.buttons() if b.text() == "保留两条")
    keep.click()
    assert store.scalar("SELECT count(*) FROM observations") == before + 1


def test_project_with_two_organisations_and_two_milestones_is_atomic(window, qtbot, monkeypatch, tmp_path):
    store = window.store
    dialog = window.new_record("projects")
    form = dialog.form
    form.findChild(QLineEdit, "name").setText("测试产业园")
    form.findChild(QLineEdit, "investment").setText("30亿元")
    form.region.set_value(store.scalar("SELECT id FROM regions WHERE name = '内江市'"))
    orgs = [r["id"] for r in store.query("SELECT id FROM organizations ORDER BY id LIMIT 2")]
    for org in orgs:
        form.organizations.add_row({"organization_id": org, "role": "investor"})
    form.events.add_row({"kind": "signed", "occurred_on": "2021-01-18"})
    form.events.add_row({"kind": "started", "occurred_on": "2021-06-01"})
    assert form.result.ok, form.result.errors
    dialog.grab().save(str(tmp_path / "project_form.png"))
    counts = [
        store.scalar(f"SELECT count(*) FROM {t}")
        for t in ("projects", "project_organizations", "project_events")
    ]

    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.errors import DiskFull

    real_insert = Store.insert

    def failing_insert(self, table, values):
        if table == "project_events" and values.get("kind") == "started":
            raise DiskFull("磁盘空间不足")
        return real_insert(self, table, values)

    monkeypatch.setattr(Store, "insert", failing_insert)
    assert form.save() is False
    assert "磁盘空间不足" in form.banner.text()
    assert [
        store.scalar(f"SELECT count(*) FROM {t}")
        for t in ("projects", "project_organizations", "project_events")
    ] == counts
    monkeypatch.setattr(Store, "insert", real_insert)
    assert form.save() is True
    pid = store.scalar("SELECT id FROM projects WHERE name = '测试产业园'")
    assert store.scalar("SELECT count(*) FROM project_organizations WHERE project_id = ?", [pid]) == 2
    assert store.scalar("SELECT count(*) FROM project_events WHERE project_id = ?", [pid]) == 2


def test_undo_removes_created_row_and_redo_restores_it(window, qtbot):
    store = window.store
    form = window.new_record("observations").form
    fill_observation(form, store)
    assert form.save()
    uid = store.scalar("SELECT uid FROM observations ORDER BY id DESC LIMIT 1")
    undo, redo = window.findChild(QAction, "actionUndo"), window.findChild(QAction, "actionRedo")
    assert undo.shortcut().toString() == "Ctrl+Z" and redo.shortcut().toString() == "Ctrl+Shift+Z"
    undo.trigger()
    assert store.scalar("SELECT count(*) FROM observations WHERE uid = ?", [uid]) == 0
    redo.trigger()
    assert store.scalar("SELECT count(*) FROM observations WHERE uid = ?", [uid]) == 1
    assert window.models["observations"].count() == store.scalar("SELECT count(*) FROM observations")


def test_undo_redo_of_edit_and_delete(window):
    store = window.store
    oid = store.scalar("SELECT id FROM observations WHERE value_text = '4654.3亿元'")
    dialog = window.edit_record("observations", oid)
    dialog.form.findChild(QLineEdit, "value").setText("4600亿元")
    assert dialog.form.save()
    assert store.scalar("SELECT value FROM observations WHERE id = ?", [oid]) == 4600
    window.writer.undo_stack.undo()
    assert store.scalar("SELECT value FROM observations WHERE id = ?", [oid]) == 4654.3
    window.show_page(1)
    window.pages["observations"].select_record(oid)
    assert window.delete_selected(confirm=False)
    assert store.scalar("SELECT count(*) FROM observations WHERE id = ?", [oid]) == 0
    window.writer.undo_stack.undo()
    assert store.scalar("SELECT value_text FROM observations WHERE id = ?", [oid]) == "4654.3亿元"


def test_edit_of_a_record_changed_elsewhere_is_a_conflict(window, default_db):
    store = window.store
    oid = store.scalar("SELECT id FROM observations WHERE value_text = '3427.6亿元'")
    form = window.edit_record("observations", oid).form
    other = sqlite3.connect(default_db)
    other.execute(
        "UPDATE observations SET note = '另一位编辑改过', version = version + 1 WHERE id = ?", [oid]
    )
    other.commit()
    other.close()
    form.findChild(QLineEdit, "value").setText("3400亿元")
    assert form.save() is False
    assert form.conflict_box.isVisible() and "已被修改" in form.conflict_box.text()
    row = store.get("observations", oid)
    assert (row["value"], row["note"]) == (3427.6, "另一位编辑改过")  # nothing silently overwritten
    reload_button = next(b for b in form.conflict_box.buttons() if b.text() == "重新载入")
    reload_button.click()
    assert form.findChild(QLineEdit, "value").text() == "3427.6亿元"


def test_source_cited_by_facts_cannot_be_deleted(window):
    store = window.store
    window.show_page(2)
    window.pages["sources"].view.selectRow(0)
    assert window.delete_selected(confirm=False) is False
    assert window.cannot_delete_box.isVisible() and "数据" in window.cannot_delete_box.text()
    assert store.scalar("SELECT count(*) FROM sources") == 6


def test_history_is_shown_in_the_detail_pane(window):
    store = window.store
    oid = store.scalar("SELECT id FROM observations WHERE value_text = '741亿元'")
    form = window.edit_record("observations", oid).form
    form.findChild(QPlainTextEdit, "note").setPlainText("核对过")
    assert form.save()
    text = window.detail.toPlainText()
    assert "测试编辑" in text and "修改" in text and "核对过" in text


def test_unsaved_changes_guard(window, qtbot):
    dialog = window.new_record("sources")
    dialog.form.findChild(QLineEdit, "title").setText("未保存的标题")
    window.ask_unsaved = lambda _p: CANCEL
    dialog.close()
    assert dialog.isVisible()
    window.ask_unsaved = lambda _p: DISCARD
    dialog.close()
    assert not dialog.isVisible()
    assert window.store.scalar("SELECT count(*) FROM sources WHERE title = '未保存的标题'") == 0


def test_quitting_with_unsaved_form_asks(window):
    dialog = window.new_record("sources")
    dialog.form.findChild(QLineEdit, "title").setText("还没保存")
    window.ask_unsaved = lambda _p: CANCEL
    window.close()
    assert window.isVisible() and dialog.isVisible()
    window.ask_unsaved = lambda _p: DISCARD


def test_capture_view(window, qtbot, tmp_path):
    store = window.store
    capture = window.open_capture()
    assert capture.objectName() == "captureView"
    article = "四川经济日报讯 2021年，内江全年招商引资到位市外资金800亿元，增长10.9%。其他内容。"
    capture.findChild(QLineEdit, "title").setText("内江招商引资再创新高")
    capture.findChild(QLineEdit, "published_on").setText("2022-01-10")
    text = capture.findChild(QPlainTextEdit, "captureText")
    text.setPlainText(article)
    sentence = "内江全年招商引资到位市外资金800亿元，增长10.9%"
    start = article.index(sentence)
    cursor = text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(sentence), cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    form = capture.observation_form
    assert form.fields["quote"].toPlainText() == sentence
    form.indicator.set_value(store.scalar("SELECT id FROM indicators WHERE name = '招商引资到位市外资金'"))
    form.region.set_value(store.scalar("SELECT id FROM regions WHERE name = '内江市'"))
    form.findChild(QLineEdit, "value").setText("800亿元")
    form.findChild(QLineEdit, "period").setText("去年")
    form.findChild(QLineEdit, "yoy_pct").setText("增长10.9%")
    capture.grab().save(str(tmp_path / "capture.png"))
    capture.activateWindow()
    qtbot.waitActive(capture)
    form.findChild(QLineEdit, "value").setFocus()
    qtbot.keyClick(form.findChild(QLineEdit, "value"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    row = store.query(
        "SELECT o.*, s.title, s.body FROM observations o JOIN sources s ON s.id = o.source_id "
        "ORDER BY o.id DESC LIMIT 1"
    )[0]
    assert (row["value"], row["yoy_pct"], row["period_start"]) == (800, 10.9, "2021-01-01")
    assert (
        row["title"] == "内江招商引资再创新高"
        and row["body"][row["quote_start"] : row["quote_end"]] == sentence
    )
    assert form.findChild(QLineEdit, "value").text() == ""  # cleared for the next fact
    assert form.source.value() == row["source_id"]  # the source is kept
    assert capture.captured.count() == 1 and len(text.extraSelections()) == 1


def test_capture_view_proposes_facts_and_fills_the_form(window):
    store = window.store
    capture = window.open_capture()
    capture.findChild(QLineEdit, "title").setText("内江招商")
    capture.findChild(QLineEdit, "published_on").setText("2021-01-21")
    capture.findChild(QPlainTextEdit, "captureText").setPlainText(
        "四川经济日报内江讯 2020年，内江招商引资到位市外资金721.34亿元，增长15.6%。"
    )
    assert capture.propose() == 1
    capture.accept_candidate(index=0)
    form = capture.observation_form
    assert form.findChild(QLineEdit, "value").text() == "721.34亿元"
    assert form.findChild(QLineEdit, "period").text() == "2020年"
    assert form.region.value() == store.scalar("SELECT id FROM regions WHERE name = '内江市'")
    assert form.indicator.value() == store.scalar(
        "SELECT id FROM indicators WHERE name = '招商引资到位市外资金'"
    )
    assert "721.34亿元" in form.fields["quote"].toPlainText()


def test_capture_view_proposes_a_project_and_fills_the_project_form(window):
    store = window.store
    capture = window.open_capture()
    capture.findChild(QLineEdit, "title").setText("开工")
    capture.findChild(QLineEdit, "published_on").setText("2021-01-21")
    capture.findChild(QPlainTextEdit, "captureText").setPlainText(
        "四川经济日报讯 1月20日，五粮液集团现代装备产业示范基地在宜宾三江新区开工。"
        "五粮液集团现代装备产业示范基地计划总投资15亿元，占地面积15万平方米，建设周期18个月。"
    )
    capture.propose()
    kinds = [c.kind for c in capture.candidates]
    assert kinds == ["project"]  # its investment, area and duration are in its row, not rows of their own
    row = kinds.index("project")
    assert capture.model.index(row, 1).data() == "五粮液集团现代装备产业示范基地"
    capture.accept_candidate(index=row)
    form = capture.project_form
    assert capture.tabs.currentWidget() is form
    assert form.fields["name"].text() == "五粮液集团现代装备产业示范基地"
    assert form.fields["investment"].text() == "15亿元"
    assert form.fields["duration_months"].text() == "18个月"
    assert form.fields["status"].currentData() == "started"
    assert form.region.value() == store.scalar("SELECT id FROM regions WHERE name = '三江新区'")
    orgs = form.parts().organizations
    assert [o["organization_id"] for o in orgs] == [
        store.scalar("SELECT id FROM organizations WHERE name = '五粮液集团'")
    ]
    assert [(e["kind"], e["occurred_on"]) for e in form.parts().events] == [("started", "2021-01-20")]


def test_a_proposal_opened_in_the_form_keeps_its_figures_as_written_and_the_review_s_edits(window):
    """The one conversion: 约2000亩 stays 约2000亩 (not 1.33333e+06平方米, which the form refused), and a
    name corrected in the review is the name the form opens with."""
    store = window.store
    capture = window.open_capture()
    capture.findChild(QLineEdit, "title").setText("签约")
    capture.findChild(QLineEdit, "published_on").setText("2021-01-21")
    capture.findChild(QPlainTextEdit, "captureText").setPlainText(
        "四川经济日报讯 1月20日，宜宾智能终端产业园项目在宜宾三江新区开工，计划总投资30亿元，占地约2000亩。"
        "2020年，宜宾市地区生产总值增长4.4%。"
    )
    capture.propose()
    kinds = [c.kind for c in capture.candidates]
    row = kinds.index("project")
    capture.accept_candidate(index=row)
    form = capture.project_form
    assert form.fields["area"].text() == "约2000亩"
    assert capture.save_fact(), form.result.errors
    area = store.scalar("SELECT area_m2 FROM projects WHERE name = '宜宾智能终端产业园项目'")
    assert round(area) == round(2000 * 10000 / 15)
    row = kinds.index("observation")
    capture.model.setData(capture.model.index(row, 1), "规模以上工业增加值", Qt.ItemDataRole.EditRole)
    capture.accept_candidate(index=row)
    assert capture.observation_form.indicator.currentText() == "规模以上工业增加值"


def test_history_times_are_local_not_iso_utc(window):
    import re

    store = window.store
    oid = store.scalar("SELECT id FROM observations WHERE value_text = '741亿元'")
    window.edit_record("observations", oid).form.save()
    window.open_record("observations", oid)
    text = window.detail.toPlainText()
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", text)


def test_new_indicator_from_a_typed_phrase_starts_from_the_vocabulary(window):
    dialog = window.new_record("observations")
    form = dialog.form
    form.indicator.propose("社零")  # as the capture view proposes an article's phrase
    form.indicator.activated.emit(form.indicator.count() - 1)  # “新建…”
    nested = [d for d in dialog.findChildren(type(dialog)) if d is not dialog]
    inner = nested[-1].form
    assert inner.findChild(QLineEdit, "name").text() == "社会消费品零售总额"
    assert inner.findChild(QLineEdit, "unit").text() == "亿元"
    assert inner.fields["growth_basis"].currentData() == "nominal"
    assert inner.save()
    assert form.indicator.currentText().startswith("社会消费品零售总额")


def test_sixty_yi_typed_without_yuan_is_sixty_yi_yuan(window):
    form = window.new_record("observations").form
    fill_observation(form, window.store, value="60亿")
    assert "= 60 亿元" in form.previews["value"].text()
    assert form.save()
    assert window.store.scalar("SELECT value FROM observations ORDER BY id DESC LIMIT 1") == 60


def test_a_proposed_full_year_is_accepted_by_the_form(window):
    form = window.new_record("observations").form
    fill_observation(form, window.store, period="全年")
    assert "period" not in form.result.errors and "请确认" in form.previews["period"].text()


def test_the_form_shows_what_the_check_rules_say_before_saving(window):
    store = window.store
    form = window.new_record("observations").form
    form.indicator.set_value(ids(store, "SELECT id FROM indicators WHERE name = '货物贸易进出口总值'"))
    form.region.set_value(ids(store, "SELECT id FROM regions WHERE name = '四川省'"))
    form.source.set_value(ids(store, "SELECT id FROM sources WHERE title LIKE '产业为基%'"))
    form.findChild(QLineEdit, "period").setText("2020年")
    form.findChild(QLineEdit, "value").setText("9000亿元")  # 8081.9 亿元 is recorded from another article
    warnings = form.findChild(QWidget, "checkWarnings")
    assert warnings.isVisible() and "8081.9" in warnings.text()
    assert form.findChild(QPushButton, "saveButton").isEnabled()  # a warning, not a refusal
    form.findChild(QLineEdit, "value").setText("8081.9亿元")
    assert not warnings.isVisible()


def test_import_report_lists_the_check_rules(window, tmp_path):
    from scnews_desktop.storage.exchange import plan_observation_import

    headers = ["指标", "单位", "地区", "时期", "原文数值", "来源", "发表日期"]
    rows = [
        ["货物贸易进出口总值", "亿元", "四川", "2020年", "9000亿元", "产业为基 击鼓催征战脱贫", "2021-01-21"]
    ]
    plan = plan_observation_import(window.store, headers, rows)
    assert not plan.problems and plan.warnings
    assert any("数值冲突" in line for line in plan.report())


def test_a_new_form_opens_without_red_and_says_what_is_left(window):
    dialog = window.new_record("observations")
    form = dialog.form
    assert not [name for name, label in form.errors.items() if label.isVisible()]
    hint = form.findChild(QLabel, "pendingHint")
    assert hint.text().startswith("还需填写：") and "指标" in hint.text() and "数值" in hint.text()
    assert "请" in form.save_button.toolTip()  # (why Save is disabled, on hovering it)
    form.findChild(QLineEdit, "value").setText("abc")  # touched: its error shows, the others stay quiet
    assert [name for name, label in form.errors.items() if label.isVisible()] == ["value"]
    hint.linkActivated.emit("#")  # 显示原因: every error shows
    assert {"indicator", "region"} <= {n for n, label in form.errors.items() if label.isVisible()}
    assert form.save() is False  # a save tried: every error shows
    assert {"indicator", "region", "value"} <= {n for n, label in form.errors.items() if label.isVisible()}
    cancel = dialog.findChild(QPushButton, "cancelButton")
    assert cancel.text() == "取消"
    window.ask_unsaved = lambda _parent: DISCARD
    cancel.click()
    assert not dialog.isVisible()


def test_a_project_status_follows_its_milestone_unless_chosen(window):
    form = window.new_record("projects").form
    status = form.fields["status"]
    form.events.add_row({"kind": "started", "occurred_on": "2021-01-20"})
    assert status.currentData() == "started"
    form.events.add_row({"kind": "completed", "occurred_on": "2022-06-30"})
    assert status.currentData() == "completed"  # the latest milestone
    status.setCurrentIndex(status.findData("planned"))
    status.activated.emit(status.currentIndex())  # chosen by hand: kept
    form.events.add_row({"kind": "signed", "occurred_on": "2020-05-01"})
    assert status.currentData() == "planned"


def test_a_note_only_edit_changes_the_note_only_on_every_stored_fact(window):
    """Every fact of the default data opened in its form, a character added to its note, saved: the row
    is the row that was stored but for its note (its period is not read again from 今年, 十三五期间, 年产值 …),
    and the change history names the note alone."""
    store = window.store
    window.ask_unsaved = lambda _parent: DISCARD
    skip = {"note", "version", "updated_at", "updated_by"}
    captured = _capture_corpus_articles(store, ("profit-01", "report-03", "sign-15", "agri-04"))
    ids = [r["id"] for r in store.query("SELECT id FROM observations ORDER BY id")]
    moved = []
    for oid in ids:
        before = store.get("observations", oid)
        dialog = window.edit_record("observations", oid)
        form = dialog.form
        form.fields["note"].setPlainText((before["note"] or "") + "。")
        if not form.save():
            moved.append((oid, "refused", form.result.errors))
            dialog.close()
            continue
        after = store.get("observations", oid)
        changed = {k for k in before if k not in skip and before[k] != after[k]}
        if changed:
            moved.append((oid, {k: (before[k], after[k]) for k in changed}))
        audit = store.query(
            "SELECT before, after FROM changes WHERE table_name = 'observations' AND row_uid = ? "
            "ORDER BY id DESC LIMIT 1",
            [after["uid"]],
        )[0]
        old, new = json.loads(audit["before"]), json.loads(audit["after"])
        audited = {k for k in set(old) | set(new) if k not in skip and old.get(k) != new.get(k)}
        if audited:
            moved.append((oid, "audit", audited))
    assert not moved, moved[:5]
    assert len(ids) == 73 + captured and captured > 40


def _capture_corpus_articles(store, names):
    """Published articles captured through the review with every valid row saved (the to-check ones
    too): facts as the capture stores them, for the round trips."""
    from datetime import date as _date
    from pathlib import Path

    from scnews_desktop.storage.review import Review

    corpus = Path(__file__).resolve().parents[2] / "bench" / "corpus"
    saved = 0
    for name in names:
        meta = json.loads((corpus / f"{name}.json").read_text(encoding="utf-8"))
        text = (corpus / f"{name}.txt").read_text(encoding="utf-8")
        review = Review(store, text, _date.fromisoformat(meta["published"]))
        for p in review.propose():
            p.checked = p.valid
        accepted = review.accept({"title": name, "body": text, "published_on": meta["published"]})
        saved += sum(1 for table, _id in accepted.records if table == "observations")
    return saved
