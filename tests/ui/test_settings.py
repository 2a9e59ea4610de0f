from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLineEdit

from scnews_desktop import APP_DISPLAY_NAME
from scnews_desktop.cli import init_database


def test_window_has_the_app_icon_and_name(main_window):
    assert not main_window.windowIcon().isNull() or not main_window.window().windowIcon().isNull()
    assert APP_DISPLAY_NAME in main_window.windowTitle()


def test_settings_dialog_saves_and_applies(main_window):
    dialog = main_window.open_settings()
    dialog.findChild(QLineEdit, "editorName").setText("李洋")
    unit = dialog.findChild(QComboBox, "amountUnit")
    unit.setCurrentIndex(unit.findData("万元"))
    dialog.accept()
    assert QSettings().value("editor/name") == "李洋" and main_window.store.editor == "李洋"
    view = main_window.pages["projects"].view
    col = [c.key for c in view.model().spec.columns].index("investment")
    values = [view.model().index(r, col).data() for r in range(view.model().rowCount())]
    assert "150,000 万元" in values
    from scnews_desktop.qtmodels.formatting import AMOUNT_DISPLAY

    AMOUNT_DISPLAY["unit"] = "亿元"


def test_open_database_and_recent_files(main_window, tmp_path):
    other = tmp_path / "other.db"
    init_database(other, empty=True)
    new = main_window.files.open_database(other)
    assert new is not None and new.store.path == other
    assert str(other.resolve()) in new.files.recent_files()
    assert QSettings().value("lastDatabase") == str(other.resolve())
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    assert new.files.open_database(bad) is None
    assert new.open_error_box.isVisible() and "不是 SQLite" in new.open_error_box.text()
    assert new.isVisible()
    new.close()
    new.store.close()


def test_new_database(main_window, tmp_path):
    target = tmp_path / "new.db"
    window = main_window.files.new_database(target)
    assert window is not None and window.models["observations"].count() == 0
    assert window.store.scalar("SELECT count(*) FROM regions WHERE level = 'county'") == 183
    window.close()
    window.store.close()


def test_about_and_welcome(main_window):
    main_window.show_about()
    text = main_window.about_box.text()
    assert "PySide6-Essentials" in text and "LGPL-3.0" in text and str(main_window.store.path) in text
    main_window.show_welcome()
    welcome = main_window.welcome_box.text()
    assert "Ctrl+Shift+N" in welcome and "Ctrl+E" in welcome and "Tab" in welcome  # (the review, first)


def test_english_ui(qtbot, qt_app_name, default_db, tmp_path):
    from scnews_desktop.app import create_main_window

    w = create_main_window(default_db, lang="en")
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    assert w.tabs.tabText(1) == "Observations"
    assert w.grab().save(str(tmp_path / "en.png"))
    w.close()
    w.store.close()
    create_main_window(default_db, lang="zh_CN").store.close()
