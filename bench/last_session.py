"""A returning user's settings: the app's own window on DB, closed on the observations page sorted by
value, descending (its state saved by the window, in the settings file the app reads at its next start).

    python bench/last_session.py DB        (XDG_CONFIG_HOME says where the settings go)

Used by the start-up benchmark (bench/run.py) and the start-up record test (tests/ui/test_startup.py)."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scnews_desktop import APP_NAME, ORG_NAME
from scnews_desktop.app import create_main_window

app = QApplication([])
app.setApplicationName(APP_NAME)
app.setOrganizationName(ORG_NAME)
window = create_main_window(sys.argv[1])
window.pages["observations"].view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
window.show_page(1)
window.close()
window.store.close()
