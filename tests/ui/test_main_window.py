import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from scnews_desktop.app import create_main_window
from scnews_desktop.qtmodels import record_model
from scnews_desktop.qtmodels.record_model import RecordTableModel
from scnews_desktop.storage import specs
from scnews_desktop.storage.browse import Filters


@pytest.fixture
def window(qtbot, qt_app_name, default_db):
    w = create_main_window(default_db, lang="zh_CN")
    qtbot.addWidget(w)
    yield w
    w.store.close()


def test_main_window_lists_observations_with_chinese_headers(window, qtbot, tmp_path):
    assert window.objectName() == "mainWindow"
    table = window.findChild(QTableView, "observationsTable")
    model = table.model()
    titles = table.horizontalHeader().model()  # what the header shows
    headers = [titles.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["指标", "地区", "时期", "数值"]
    assert titles.columnCount() == model.columnCount()
    assert model.rowCount() == 73
    values = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert "8,081.9 亿元" in values and "逾 60 亿元" in values
    window.show()
    qtbot.waitExposed(window)
    shot = tmp_path / "main.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_english_headers(qtbot, qt_app_name, default_db):
    w = create_main_window(default_db, lang="en")
    qtbot.addWidget(w)
    header = w.findChild(QTableView, "observationsTable").horizontalHeader()
    assert header.model().headerData(0, Qt.Orientation.Horizontal) == "Indicator"
    w.store.close()
    create_main_window(default_db, lang="zh_CN").store.close()  # restore the Chinese translators


def _yearly_observations(s, years: range) -> None:
    src = s.insert("sources", {"title": "t"})
    ind = s.insert("indicators", {"name": "i", "unit": "亿元"})
    region = s.scalar("SELECT id FROM regions WHERE code = '510000'")
    with s.atomic() as db:
        for year in years:
            db.execute(
                "INSERT INTO observations (uid, created_at, updated_at, indicator_id, region_id, period_kind, "
                "period_start, period_end, value, source_id) VALUES (?, 'x', 'x', ?, ?, 'year', ?, ?, ?, ?)",
                [f"u{year}", ind["id"], region, f"{year}-01-01", f"{year}-12-31", year, src["id"]],
            )


def test_model_reads_pages_by_keyset_and_keeps_memory_bounded(qtmodeltester, empty_store, monkeypatch):
    monkeypatch.setattr(record_model, "PAGE_SIZE", 10)
    monkeypatch.setattr(record_model, "MAX_PAGES", 3)
    s = empty_store
    _yearly_observations(s, range(1900, 2025))
    model = RecordTableModel(s, specs.OBSERVATIONS)
    assert model.rowCount() == 125
    col = [c.key for c in specs.OBSERVATIONS.columns].index("value")
    seen = [model.index(r, col).data() for r in range(model.rowCount())]
    assert seen == [f"{y:,} 亿元" for y in range(1900, 2025)]
    assert model.cached_pages() <= 3
    assert set(model.page_reads) <= {"first", "after"}
    assert model.index(124, col).data() == "2,024 亿元"
    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert model.index(124, col).data() == "1,900 亿元"  # the last page, read backwards from the end
    assert model.page_reads[-1] == "last"
    assert model.index(60, col).data() == "1,964 亿元"  # a far jump
    qtmodeltester.check(model)


def test_the_first_page_is_read_in_two_bites(qtmodeltester, empty_store, monkeypatch):
    """The rows of the first screen first; the rest of the first page when a row past them is asked for."""
    monkeypatch.setattr(record_model, "PAGE_SIZE", 10)
    monkeypatch.setattr(record_model, "FIRST_BITE", 4)
    _yearly_observations(empty_store, range(1900, 1925))
    model = RecordTableModel(empty_store, specs.OBSERVATIONS)
    col = [c.key for c in specs.OBSERVATIONS.columns].index("value")
    assert model.index(3, col).data() == "1,903 亿元"
    assert model.page_reads == ["first"]
    assert model.index(15, col).data() == "1,915 亿元"  # the second page: not read on from the short first
    assert model.index(7, col).data() == "1,907 亿元"  # the rest of the first page
    assert model.page_reads == ["first", "offset", "after"]
    assert [model.index(r, col).data() for r in range(25)] == [f"{y:,} 亿元" for y in range(1900, 1925)]
    qtmodeltester.check(model)


def test_smoke_test_process(tmp_path):
    """The real program, as a process, on a fresh database: opens, shows the window, exits 0."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    db = tmp_path / "scnews.db"
    subprocess.run([Path(sys.executable).parent / "scnews", "init", db], check=True, capture_output=True)
    script = Path(sys.executable).parent / "scnews-desktop"
    proc = subprocess.run(
        [script, "--db", db, "--smoke-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert db.exists()
    assert [line for line in proc.stdout.splitlines() if line.startswith("painted ")]  # for the benchmark


def test_smoke_test_on_bad_file_exits_nonzero(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.run(
        [sys.executable, "-m", "scnews_desktop", "--db", bad, "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "不是 SQLite" in proc.stderr and "Traceback" not in proc.stderr
    assert bad.read_text(encoding="utf-8") == "not a database"


def test_first_launch_uses_the_user_data_directory(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "scnews_desktop", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert list((tmp_path / "data").rglob("scnews.db"))


def test_big_results_are_counted_in_the_background(qtbot, qtmodeltester, default_db, monkeypatch):
    from scnews_desktop.storage.database import Store

    monkeypatch.setattr(record_model, "COUNT_CAP", 10)
    with Store.open(default_db) as store:
        model = RecordTableModel(store, specs.OBSERVATIONS)
        # unfiltered: the exact total at once, from the trigger-kept row counts
        assert model.rowCount() == 73 and model.is_exact()
        filters = Filters(period_from="1900-01-01")
        expected = store.scalar("SELECT count(*) FROM observations WHERE period_end >= '1900-01-01'")
        assert expected > 11
        model.set_filters(filters)
        assert model.rowCount() == 11 and not model.is_exact()
        with qtbot.waitSignal(model.countChanged, timeout=10_000) as signal:
            pass
        assert signal.args == [expected]
        assert model.rowCount() == expected and model.is_exact()
        qtmodeltester.check(model)


def test_row_counts_follow_inserts_and_deletes(store):
    """The cached totals (sqlite-utils counts triggers) stay equal to count(*) through app writes."""
    tables = ("observations", "sources", "organizations")
    assert all(store.scalar('SELECT count FROM _counts WHERE "table" = ?', [t]) for t in tables)
    row = store.insert("organizations", {"name": "计数测试公司"})
    store.delete("organizations", row["id"])
    store.insert("organizations", {"name": "另一家公司"})
    for table in tables:
        cached = store.scalar('SELECT count FROM _counts WHERE "table" = ?', [table])
        assert cached == store.scalar(f"SELECT count(*) FROM {table}")


def test_the_apps_start_builds_hidden_pages_after_the_first_paint(qtbot, qt_app_name, default_db):
    from PySide6.QtGui import QIcon

    qt_app_name.setWindowIcon(QIcon())  # (set by earlier tests)
    QSettings().remove("lastDatabase")
    w = create_main_window(default_db, defer_hidden_pages=True)
    assert QSettings().value("lastDatabase") is None  # written after the first frame (a synced write)
    qtbot.addWidget(w)
    assert list(w.pages.built) == ["projects"]  # only the page on screen
    assert qt_app_name.windowIcon().isNull()
    # the menus' titles are there, their actions come after the first frame, and so do sorting and the
    # detail pane following the current row
    assert [a.text() for a in w.menuBar().actions()] == [
        "文件(&F)",
        "编辑(&E)",
        "视图(&V)",
        "分析(&A)",
        "帮助(&H)",
    ]
    assert w.findChild(QAction, "actionOpenDatabase") is None
    projects = w.findChild(QTableView, "projectsTable")
    assert not projects.isSortingEnabled()
    edits = [w.findChild(QLineEdit, name) for name in ("searchField", "periodFromFilter", "periodToFilter")]
    assert not any(edit.isClearButtonEnabled() for edit in edits)
    w.show()
    region_filter = w.findChild(QComboBox, "regionFilter")
    qtbot.waitUntil(lambda: len(w.pages.built) == 6, timeout=5000)
    qtbot.waitUntil(lambda: region_filter.count() > 100, timeout=5000)  # choices after the first frame
    assert not qt_app_name.windowIcon().isNull()  # and the icon
    qtbot.waitUntil(lambda: w.findChild(QAction, "actionOpenDatabase") is not None, timeout=5000)
    assert w.findChild(QAction, "actionPage2").shortcut().toString() == "Ctrl+2"
    assert projects.isSortingEnabled() and projects.horizontalHeader().sortIndicatorSection() == -1
    assert projects.model().sort_state() == ("id", False)  # enabling sorting did not sort
    assert all(edit.isClearButtonEnabled() for edit in edits)
    assert QSettings().value("lastDatabase") == str(Path(default_db).resolve())
    projects.selectRow(2)
    assert w.detail.current == ("projects", projects.model().row_id(2))
    for name in ("projectsTable", "observationsTable", "sourcesTable", "organizationsTable"):
        assert w.findChild(QTableView, name).model().rowCount() > 0
    w.close()
    w.store.close()


def test_the_first_frame_builds_no_qt_namespace(default_db, tmp_path):
    """Nothing the app does before its first frame names a ``Qt.*`` value: PySide6 would build the whole
    namespace, 93 enum classes (18 ms). Checked in a fresh process, through the app's own start; so is the
    absence of Qt's painting thread pool."""
    code = (
        "import sys, PySide6.QtCore as core\n"
        "from scnews_desktop.ui import main_window\n"
        "done = main_window.MainWindow._first_frame_done\n"
        "def check(self):\n"
        "    import os\n"
        "    print('Qt namespace built:', 'Qt' in vars(core))\n"
        "    print('threads:', len(os.listdir('/proc/self/task')))\n"
        "    done(self)\n"
        "main_window.MainWindow._first_frame_done = check\n"
        "from scnews_desktop.app import main\n"
        "sys.exit(main(['--db', sys.argv[1], '--smoke-test']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(default_db)], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert "Qt namespace built: False" in out.stdout, out.stdout + out.stderr
    if Path("/proc/self/task").exists():  # and no pool of painting threads (QT_NO_GUI_THREADPOOL)
        assert "threads: 1\n" in out.stdout, out.stdout


def test_headers_are_served_by_qt_not_by_the_python_model(window, qtbot):
    """Row numbers and column titles never call into Python: a Python ``headerData`` would be handed a
    Qt.Orientation, and building that enum builds the whole Qt namespace (18 ms of the start-up)."""
    assert "headerData" not in vars(RecordTableModel)
    window.show()
    qtbot.waitExposed(window)
    table = window.findChild(QTableView, "observationsTable")
    model = table.model()
    rows = table.verticalHeader().model()
    assert rows is model  # the row numbers are Qt's default header data: 1, 2, 3, …
    assert not table.verticalHeader().isHidden()
    on_screen = window.findChild(QTableView, "projectsTable").verticalHeader()
    assert on_screen.isVisible() and on_screen.width() >= on_screen.sizeHint().width() > 10
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in (0, 1, 72)] == [1, 2, 73]
    titles = table.horizontalHeader().model()
    assert not isinstance(titles, RecordTableModel)
    assert [titles.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == model.column_titles()[:2]


def test_the_models_role_and_alignment_ints_are_qts():
    """The model names Qt's roles and its numbers' alignment as ints (no ``Qt.*`` at start-up)."""
    roles, align = Qt.ItemDataRole, Qt.AlignmentFlag
    names = ("_DISPLAY", "_TOOLTIP", "_ALIGNMENT", "_FOREGROUND", "_USER", "_RIGHT")
    ours = [getattr(record_model, name) for name in names]
    qts = [
        roles.DisplayRole,
        roles.ToolTipRole,
        roles.TextAlignmentRole,
        roles.ForegroundRole,
        roles.UserRole,
    ]
    assert ours == [role.value for role in qts] + [(align.AlignRight | align.AlignVCenter).value]


def test_the_cells_a_delegate_paints_get_the_same_values_through_multi_data(window):
    """Qt's delegate asks seven roles of a cell in one ``multiData`` call; the answers are ``data``'s.
    The delegate reuses its role data from cell to cell, so a role without a value must be cleared."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    reused = {role: QModelRoleData(role) for role in (0, 3, 6, 7, 8, 9, 10, 256)}
    for table in ("observations", "projects", "regions"):
        model = window.models[table]
        for row in (0, 1, model.rowCount() - 1):
            for column in reversed(range(model.columnCount())):  # numbers (right-aligned) first
                index = model.index(row, column)
                for role, one in reused.items():
                    model.multiData(index, QModelRoleDataSpan(one))
                    assert one.data() == model.data(index, role), (table, row, column, role)
    model.multiData(model.index(-1, 0), QModelRoleDataSpan(reused[0]))  # an invalid index: no data
    assert reused[0].data() is None


def test_the_detail_pane_starts_with_a_placeholder(window):
    detail = window.detail
    assert detail.toPlainText() == ""
    assert detail.placeholderText() == "选择一行即可在此查看完整记录。"
    detail.show_record("observations", window.models["observations"].row_id(0))
    assert detail.toPlainText()
    detail.show_placeholder()
    assert detail.toPlainText() == "" and detail.current is None


def test_first_painted_comes_after_the_table_cells_were_painted(qtbot, qt_app_name, default_db, monkeypatch):
    """The start-up benchmark stops its clock at ``firstPainted``: by then the rows must be on screen."""
    asked = []
    original = RecordTableModel.multiData
    monkeypatch.setattr(
        RecordTableModel, "multiData", lambda self, i, span: asked.append(i) or original(self, i, span)
    )
    w = create_main_window(default_db, defer_hidden_pages=True)
    qtbot.addWidget(w)
    seen = []
    w.firstPainted.connect(lambda: seen.append((len(asked), w.first_painted_at)))
    assert w.first_painted_at is None and not asked
    w.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    calls, stamp = seen[0]
    assert calls > 50 and stamp is not None  # the visible cells were asked for their text, colours, ...
    w.close()
    w.store.close()


def test_file_menu_commands_take_the_file_chosen_in_the_dialog(main_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    target = tmp_path / "备份.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a[1:]) or (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: asked.append(a[1:]) or ("", ""))
    assert main_window.files.backup() == target and target.exists()
    assert main_window.files.open_database() is None  # cancelled: this window stays
    assert main_window.files.merge_database() is None
    assert [a[0] for a in asked] == ["备份", "打开数据库", "合并数据库"]
    assert asked[0][1] == "scnews-backup.db" and asked[1][1] == str(main_window.store.path.parent)


def test_restore_from_a_backup_replaces_the_file_and_keeps_the_old_one(main_window, tmp_path, qtbot):
    store = main_window.store
    backup = main_window.files.backup(tmp_path / "b.db")
    store.insert("sources", {"title": "恢复前新建的来源"})
    new_window = main_window.files.restore_from_backup(backup, confirmed=True)
    qtbot.addWidget(new_window)
    assert new_window is not None and not main_window.isVisible()
    assert new_window.store.scalar("SELECT count(*) FROM sources WHERE title = '恢复前新建的来源'") == 0
    kept = list(store.path.parent.glob(store.path.name + ".replaced-*"))
    assert kept and any(p.name.endswith(tuple("0123456789")) for p in kept)
    new_window.close()
    new_window.store.close()


def test_growth_is_painted_red_up_green_down(window, qtbot):
    """The growth column's colour reaches the screen (the model answers a QColor: a QBrush made in Python
    would build the Qt namespace when the observations page is the first one shown)."""
    from PySide6.QtGui import QColor

    window.show()
    window.show_page(1)
    view = window.findChild(QTableView, "observationsTable")
    model = view.model()
    column = next(i for i, c in enumerate(model.spec.columns) if c.key == "yoy_pct")
    view.setColumnWidth(column, 120)
    qtbot.waitExposed(view)
    growths = [model.row(row)["yoy_pct"] for row in range(model.rowCount())]
    for rising, colour in ((True, "#c0392b"), (False, "#1e8449")):
        row = next(r for r, g in enumerate(growths) if g and (g > 0) == rising)
        index = model.index(row, column)
        view.scrollTo(index)
        qtbot.wait(10)
        image = view.viewport().grab(view.visualRect(index)).toImage()
        colours = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
        assert any(_close(c, QColor(colour)) for c in colours), (rising, growths[row])


def _close(a, b) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60
