"""The main window on the default database: pages, search, filters, sort, keyboard, remembered state."""

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView, QTextBrowser

from scnews_desktop.app import create_main_window
from scnews_desktop.qtmodels.record_model import RecordTableModel
from scnews_desktop.storage import specs
from scnews_desktop.ui.main_window import TABLE_NAMES


@pytest.fixture
def window(qtbot, qt_app_name, default_db):
    w = create_main_window(default_db, lang="zh_CN")
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    w.store.close()


def table(w, name):
    return w.findChild(QTableView, name)


def column_values(view, key):
    model = view.model()
    col = [c.key for c in model.spec.columns].index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def search(w, qtbot, text):
    w.findChild(QLineEdit, "searchField").setText(text)
    w._apply_filters()  # what the 250 ms debounce timer calls


def test_every_page_has_its_table_and_screenshot(window, qtbot, tmp_path):
    for i, (t, name) in enumerate(TABLE_NAMES.items()):
        qtbot.keyClick(window, Qt.Key.Key_1 + i, Qt.KeyboardModifier.ControlModifier)
        view = table(window, name)
        assert view.isVisible(), name
        assert view.model().rowCount() > 0, name
        path = tmp_path / f"{t}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 20_000


def test_search_nei_jiang_in_observations(window, qtbot):
    window.show_page(1)
    search(window, qtbot, "内江")
    regions = column_values(table(window, "observationsTable"), "region")
    assert len(regions) >= 5
    assert set(regions) == {"内江市"}
    assert "已筛选" in window.findChild(type(window._count_label), "statusCount").text()


def test_search_wuliangye_in_projects(window, qtbot):
    window.show_page(0)
    search(window, qtbot, "五粮液")
    assert "五粮液集团现代装备产业示范基地" in column_values(table(window, "projectsTable"), "name")


@pytest.mark.parametrize("text,page,at_least", [("宜", 2, 2), ("内江", 2, 1), ("五粮液", 2, 1), ("宜", 0, 7)])
def test_chinese_queries_of_one_two_three_characters(window, qtbot, text, page, at_least):
    window.show_page(page)
    search(window, qtbot, text)
    assert window.models[list(window.pages)[page]].count() >= at_least


def test_region_filter_city_includes_counties(window, qtbot):
    window.show_page(0)
    combo = window.findChild(QComboBox, "regionFilter")
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).strip() == "宜宾市"))
    names = column_values(table(window, "projectsTable"), "name")
    regions = set(column_values(table(window, "projectsTable"), "region"))
    assert sum(n.startswith("蓝盾") for n in names) >= 5
    assert "五粮液集团现代装备产业示范基地" in names
    assert "内江市" not in regions and "叙州区" in regions


def test_sort_by_value_descending(window, qtbot):
    window.show_page(1)
    view = table(window, "observationsTable")
    col = [c.key for c in view.model().spec.columns].index("value")
    view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    values = column_values(view, "value")
    assert values.index("8,081.9 亿元") < values.index("4,654.3 亿元")


def test_clearing_filters_restores_full_count(window, qtbot):
    window.show_page(1)
    full = window.models["observations"].count()
    search(window, qtbot, "内江")
    window.findChild(QLineEdit, "periodFromFilter").setText("2020")
    window._apply_filters()
    assert window.models["observations"].count() < full
    qtbot.keyClick(
        window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.models["observations"].count() == full
    assert window.findChild(QLineEdit, "searchField").text() == ""


def test_invalid_period_is_marked_and_ignored(window, qtbot):
    window.show_page(1)
    full = window.models["observations"].count()
    edit = window.findChild(QLineEdit, "periodFromFilter")
    edit.setText("2020年13月")
    window._apply_filters()
    assert "月份13不存在" in edit.toolTip()
    assert window.models["observations"].count() == full


def test_keyboard(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = window.findChild(QLineEdit, "searchField")
    assert field.hasFocus()
    field.setText("内江")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = table(window, "observationsTable")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    detail = window.findChild(QTextBrowser, "detailPane")
    assert detail.hasFocus()
    assert "人均增收" in detail.toPlainText()


def test_detail_shows_source_with_quote(window, qtbot):
    window.show_page(1)
    search(window, qtbot, "8081.9")
    view = table(window, "observationsTable")
    view.setCurrentIndex(view.model().index(0, 0))
    html = window.findChild(QTextBrowser, "detailPane").toHtml()
    assert "货物贸易进出口总值8081.9亿元" in html
    assert "#ffe58f" in html  # the quote is highlighted in the article


def test_the_detail_pane_follows_the_filter(window, qtbot):
    window.show_page(1)
    search(window, qtbot, "8081.9")
    view = table(window, "observationsTable")
    view.setCurrentIndex(view.model().index(0, 0))
    assert window.detail.current is not None
    search(window, qtbot, "内江")  # the fact shown is filtered out
    assert window.detail.current is None
    assert "8081.9" not in window.findChild(QTextBrowser, "detailPane").toPlainText()


def test_search_everything_groups_hits(window, qtbot):
    from PySide6.QtWidgets import QTreeView

    window.findChild(type(window.search_all), "searchAllToggle").setChecked(True)
    search(window, qtbot, "五粮液")
    tree = window.findChild(QTreeView, "searchResults")
    assert tree.isVisible()
    model = tree.model()
    groups = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert any(g.startswith("项目") for g in groups) and any(g.startswith("来源") for g in groups)
    project_group = next(model.index(i, 0) for i in range(model.rowCount()) if groups[i].startswith("项目"))
    assert tree.isExpanded(project_group) and tree.columnWidth(0) == 420  # names readable
    hit = model.index(0, 1, project_group)  # a hit's details open it as well as its first column
    assert "五粮液" in model.index(0, 0, project_group).data() + hit.data()
    tree.activated.emit(hit)
    assert window.current_table() == "projects"
    assert "五粮液" in window.findChild(QTextBrowser, "detailPane").toPlainText()
    assert window.findChild(QLabel, "statusCount").text().startswith(f"全部类型共 {model.total}")


def test_state_is_remembered(qtbot, qt_app_name, default_db):
    w = create_main_window(default_db)
    qtbot.addWidget(w)
    view = table(w, "observationsTable")
    view.setColumnWidth(0, 333)
    view.horizontalHeader().setSectionHidden(7, True)
    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    w.show_page(1)
    w.close()
    w.store.close()
    w2 = create_main_window(default_db)
    qtbot.addWidget(w2)
    view2 = table(w2, "observationsTable")
    assert view2.columnWidth(0) == 333
    assert view2.horizontalHeader().isSectionHidden(7)
    assert w2.models["observations"].sort_state() == ("value", True)
    assert w2.tabs.currentIndex() == 1
    assert not w2.detail.isHidden()  # (the first window was never shown: its pane was not hidden by anyone)
    w2.findChild(QAction, "actionToggleDetail").trigger()  # F4
    assert w2.detail.isHidden()
    w2.close()
    w2.store.close()
    w2 = create_main_window(default_db)
    qtbot.addWidget(w2)
    assert w2.detail.isHidden()
    w2.findChild(QAction, "actionToggleDetail").trigger()
    assert not w2.detail.isHidden()
    w2.close()
    w2.store.close()
    # the order is kept as the column's key (reading it back from the header would build the Qt namespace
    # at start-up); a setting from before it was kept, or one naming no column, takes the header's
    assert QSettings().value("tables/observations/sort") == "-value"
    for sort, expected in ((None, ("value", True)), ("-no_such_column", ("value", True))):
        if sort is None:
            QSettings().remove("tables/observations/sort")
        else:
            QSettings().setValue("tables/observations/sort", sort)
        w3 = create_main_window(default_db)
        qtbot.addWidget(w3)
        assert w3.models["observations"].sort_state() == expected
        assert table(w3, "observationsTable").columnWidth(0) == 333
        w3.store.close()
    QSettings().clear()


def test_empty_state_says_what_to_do(qtbot, qt_app_name, tmp_path):
    from scnews_desktop.cli import init_database

    path = tmp_path / "empty.db"
    init_database(path, empty=True)
    w = create_main_window(path)
    qtbot.addWidget(w)
    w.show()
    w.show_page(0)
    label = w.pages["projects"].empty
    assert label.isVisible() and "还没有记录" in label.text()
    view = w.pages["projects"].view
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    w.resize(900, 700)
    qtbot.waitUntil(lambda: label.size() == view.viewport().size())  # it covers the table as it resizes
    w.close()
    w.store.close()


@pytest.mark.parametrize("spec", specs.PAGES, ids=lambda s: s.table)
def test_every_model_passes_qtmodeltester(qtmodeltester, store, spec):
    model = RecordTableModel(store, spec)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_the_detail_pane_starts_at_the_record_and_reads_naturally(main_window):
    from scnews_desktop.ui.detail_pane import DetailPane
    from scnews_desktop.ui.main_window import TABLES

    store = main_window.store
    pane = main_window.findChild(DetailPane, "detailPane")
    fact = store.scalar("SELECT id FROM observations WHERE quote_start IS NOT NULL ORDER BY id DESC LIMIT 1")
    pane.resize(300, 200)  # small: the article is far longer than the pane
    main_window.open_record("observations", fact)
    assert pane.verticalScrollBar().maximum() > 0 and pane.verticalScrollBar().value() == 0
    zone = store.query(
        "SELECT id, aliases FROM regions WHERE aliases IS NOT NULL AND aliases != '[]' LIMIT 1"
    )
    if zone:
        main_window.open_record("regions", zone[0]["id"])
        assert '["' not in pane.toPlainText()  # aliases as 宜宾、叙州, not JSON
    main_window.show_page(TABLES.index("sources"))
    assert main_window.current_table() == "sources"
    assert pane.current is None or pane.current[0] == "sources"  # not the other page's last record


def test_periods_show_their_year_and_the_text_as_written_in_the_tooltip(window):
    window.show_page(1)
    view = table(window, "observationsTable")
    model = view.model()
    col = [c.key for c in model.spec.columns].index("period")
    labels = window.store.query(
        "SELECT period_label, period_kind, period_start, period_end FROM observations"
    )
    assert any(not re.match(r"\d{4}", r["period_label"] or "") for r in labels)  # (some say 今年, 1-9月)
    shown = [
        (model.index(r, col).data(), model.index(r, col).data(Qt.ItemDataRole.ToolTipRole))
        for r in range(model.rowCount())
    ]
    assert shown and all(re.match(r"\d{4}", text) for text, _tip in shown)
    assert any(tip and tip.startswith("原文：") for _text, tip in shown)
