"""Keyboard and screen readers: every input and button of the main views and forms has a name a screen
reader can say (its own text, or an accessible name), and every action of the menus is reachable from
the keyboard (a shortcut or its menu's mnemonic)."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
)

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QDateEdit, QTextEdit)


def _unnamed(window):
    missing = []
    for widget in window.findChildren(QAbstractButton) + [w for t in INPUTS for w in window.findChildren(t)]:
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QSpinBox, QDateEdit)):
            continue  # the editor inside a combo box or spin box: the box is named
        if widget.objectName().startswith("qt_") or (
            type(widget).__name__ == "QToolButton" and not widget.objectName()
        ):
            continue  # Qt's own parts (a table's corner button, a tab bar's scroll arrows)
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip():
            missing.append(f"{window.objectName()}/{type(widget).__name__}#{widget.objectName()}")
    return missing


def test_every_input_and_button_has_a_name(main_window):
    windows = [main_window]
    for table in ("observations", "projects", "sources", "indicators", "organizations", "regions"):
        windows.append(main_window.new_record(table))
    windows += [main_window.open_capture(), main_window.open_verify(), main_window.files.open_import()]
    windows.append(main_window.open_settings())
    missing = [m for w in windows for m in _unnamed(w)]
    assert not missing, missing


def test_every_menu_action_is_reachable_from_the_keyboard(main_window):
    for menu_action in main_window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()  # Alt+letter opens the menu
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert action.shortcut().toString() or "&" in action.text(), action.text()


def test_tab_goes_through_every_form_top_to_bottom(main_window):
    for table in ("observations", "projects", "sources", "indicators", "organizations", "regions"):
        form = main_window.new_record(table).form
        fields = [w for w in form.fields.values() if w.isVisibleTo(form)]
        order, widget = [], fields[0]
        for _ in range(200):  # follow the focus chain from the first field
            if widget in fields and widget not in order:
                order.append(widget)
            widget = widget.nextInFocusChain()
            if widget is fields[0]:
                break
        ys = [w.mapTo(form, w.rect().topLeft()).y() for w in order]
        assert order == fields and ys == sorted(ys), (table, [w.objectName() for w in order])


def test_every_form_and_window_fits_a_1366_by_768_screen(main_window, qtbot):
    """On a laptop screen (768 px less a task bar and a title bar): each form and window can be as small
    as the screen, and its Save, Cancel or OK is then inside it — the fields scroll, the buttons stay."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QAbstractButton

    screen = QSize(1366, 700)
    windows = [
        main_window.new_record(t)
        for t in ("observations", "projects", "sources", "indicators", "organizations", "regions")
    ]
    windows += [main_window.open_capture(), main_window.open_verify(), main_window.files.open_import()]
    windows += [
        main_window.open_settings(),
        main_window.open_charts(),
        main_window.open_checks(background=False),
    ]
    too_big = []
    for window in windows:
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if hint.width() > screen.width() or hint.height() > screen.height():
            too_big.append(f"{window.objectName()} {hint.width()}×{hint.height()}")
            continue
        window.resize(window.size().boundedTo(screen))
        qtbot.wait(10)
        for button in window.findChildren(QAbstractButton):
            if button.isVisibleTo(window) and button.objectName() in (
                "saveButton",
                "cancelButton",
                "okButton",
            ):
                corner = button.mapTo(window, button.rect().bottomRight())
                if not window.rect().contains(corner):
                    too_big.append(f"{window.objectName()}/{button.objectName()} outside")
    assert not too_big, too_big
