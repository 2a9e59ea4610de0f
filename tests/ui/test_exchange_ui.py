import csv
import shutil

import pytest
from PySide6.QtWidgets import QCheckBox, QListWidget, QPushButton

from scnews_desktop.storage.database import Store


@pytest.fixture
def window(main_window):
    return main_window


def test_import_dialog_reports_then_imports_valid_rows(window, tmp_path):
    path = tmp_path / "in.csv"
    with path.open("w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["指标", "单位", "地区", "时期", "原文数值", "来源", "发表日期"],
                [
                    "招商引资到位市外资金",
                    "亿元",
                    "内江市",
                    "2021年",
                    "800亿元",
                    "内江：实干抓项目 实效论英雄",
                    "2021-01-21",
                ],
                [
                    "招商引资到位市外资金",
                    "亿元",
                    "火星",
                    "2021年",
                    "800亿元",
                    "内江：实干抓项目 实效论英雄",
                    "2021-01-21",
                ],
            ]
        )
    before = window.store.scalar("SELECT count(*) FROM observations")
    from PySide6.QtGui import QAction

    for name in ("actionImport", "actionExport", "actionMerge", "actionBackup"):
        assert window.findChild(QAction, name) is not None
    dialog = window.files.open_import()
    assert dialog.load_file(path)
    report = dialog.findChild(QListWidget, "importReport")
    assert "第 3 行 [地区]" in report.item(0).text()
    # and what the check rules say of the valid row: 2021年 ends after the article of 2021-01-21
    assert report.count() == 2 and "第 2 行 [提示·时期晚于发表日期]" in report.item(1).text()
    button = dialog.findChild(QPushButton, "importButton")
    assert not button.isEnabled()  # nothing is imported while a row has a problem
    dialog.findChild(QCheckBox, "skipInvalid").setChecked(True)
    assert button.isEnabled()
    dialog.grab().save(str(tmp_path / "import.png"))
    button.click()
    assert window.store.scalar("SELECT count(*) FROM observations") == before + 1
    assert window.models["observations"].count() == before + 1


def test_export_current_view(window, tmp_path):
    window.show_page(1)
    window.search_field.setText("内江")
    window._apply_filters()
    path = tmp_path / "view.csv"
    assert window.files.export_current(path) == 8
    text = path.read_text(encoding="utf-8-sig")
    assert text.count("内江市") >= 8 and "开江县" not in text
    header = next(csv.reader([text.splitlines()[0]]))
    table = window.current_table()
    shown = window.pages[table].view.horizontalHeader()
    titles = window.models[table].column_titles()
    assert header == [titles[i] for i in range(len(titles)) if not shown.isSectionHidden(i)]
    assert "uid" not in header and "亿元" in text  # the view's columns and values as shown, not raw fields
    shown.hideSection(1)  # a column hidden on the page is not exported
    assert window.files.export_current(path) == 8
    assert titles[1] not in next(csv.reader([path.read_text(encoding="utf-8-sig").splitlines()[0]]))


def test_merge_and_backup_from_the_menu(window, tmp_path, default_db):
    other = tmp_path / "other.db"
    shutil.copyfile(default_db, other)
    with Store.open(other) as s:
        s.insert("sources", {"title": "同事录入的文章"})
    report = window.files.merge_database(other, prefer="newer")
    assert report.added["sources"] == 1
    assert window.models["sources"].count() == 7
    copy = window.files.backup(tmp_path / "copy.db")
    assert copy.exists()


def test_an_empty_import_offers_a_template_that_imports(window, tmp_path):
    dialog = window.files.open_import()
    assert not dialog.mapping_box.isVisible()  # no 24 blank mappings before a file is chosen
    assert "模板" in dialog.summary.text()
    template = dialog.save_template(tmp_path / "模板.csv")
    assert template is not None and dialog.load_file(template)
    assert dialog.mapping_box.isVisible()
    dialog.create_missing.setChecked(True)  # (its source is new)
    assert dialog.plan is not None and dialog.plan.valid == 1 and not dialog.plan.problems
