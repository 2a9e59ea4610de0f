import pytest

from scnews_desktop.app import create_main_window
from scnews_desktop.ui.forms.dialog import DISCARD


@pytest.fixture
def main_window(qtbot, qt_app_name, default_db):
    """The main window on a copy of the default database; unsaved forms are discarded at the end."""
    w = create_main_window(default_db, lang="zh_CN")
    qtbot.addWidget(w)
    w.ask_unsaved = lambda _parent: DISCARD  # pytest-qt closes the window before fixtures end
    w.show()
    yield w
    w.store.close()
