"""文件 → 同步 in the window: progress and a summary, the pages showing what was pulled, Cancel that
writes nothing, and a conflict resolved from the checks window."""

import shutil

from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from scnews_desktop.storage.database import Store
from scnews_desktop.storage.sync import sync


def test_sync_from_the_menu_shows_what_it_did_and_the_pages_follow(main_window, hub, default_db, tmp_path):
    colleague = tmp_path / "colleague.db"
    shutil.copyfile(default_db, colleague)
    with Store.open(colleague, editor="乙") as s:
        sync(s, hub)
        s.insert("sources", {"title": "同事新录入的文章", "published_on": "2024-05-01"})
        sync(s, hub)
    sources = main_window.models["sources"]
    before = sources.count()
    report = main_window.sync_with_hub(hub)
    assert report is not None and report.pulled == {"sources": 1}
    summary = main_window.findChild(QMessageBox, "syncSummary")
    assert "下载" in summary.text() and "来源文章 1" in summary.text()
    assert sources.count() == before + 1  # the page shows it without being told which tables changed
    assert main_window._settings is None or "@" not in str(main_window._settings.value("hub/url", ""))


def test_cancel_writes_nothing_on_either_side(main_window, hub, monkeypatch):
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert main_window.sync_with_hub(hub) is None
    assert "已取消" in main_window.findChild(QMessageBox, "syncSummary").text()
    import psycopg

    with psycopg.connect(hub) as pg:
        assert pg.execute("SELECT count(*) FROM scnews_records").fetchone()[0] == 0
    assert main_window.store.scalar("SELECT count(*) FROM sync_base") == 0


def test_a_conflict_is_resolved_from_the_checks_window(main_window, hub, default_db, tmp_path):
    colleague = tmp_path / "colleague.db"
    shutil.copyfile(default_db, colleague)
    store = main_window.store
    main_window.sync_with_hub(hub)
    with Store.open(colleague, editor="乙") as s:
        sync(s, hub)
        row = s.query("SELECT id, version, uid FROM sources ORDER BY id LIMIT 1")[0]
        s.update("sources", row["id"], {"title": "乙改过的标题"}, row["version"])
        sync(s, hub)
    mine = store.query("SELECT id, version FROM sources WHERE uid = ?", [row["uid"]])[0]
    store.update("sources", mine["id"], {"title": "甲改过的标题"}, mine["version"])
    assert main_window.sync_with_hub(hub).new_conflicts == 1
    checks = main_window.open_checks(background=False)
    (finding,) = [f for f in checks.findings if f.rule == "sync_conflict"]
    checks.select(finding)
    take = checks.findChild(QPushButton, "takeTheirsButton")
    assert take.isVisible() and not checks.findChild(QPushButton, "acceptFindingButton").isEnabled()
    take.click()
    assert main_window.sync_with_hub(hub).resolved == 1
    assert store.scalar("SELECT title FROM sources WHERE uid = ?", [row["uid"]]) == "乙改过的标题"


def test_field_by_field_from_the_checks_window(main_window, hub, default_db, tmp_path):
    colleague = tmp_path / "colleague.db"
    shutil.copyfile(default_db, colleague)
    store = main_window.store
    main_window.sync_with_hub(hub)
    with Store.open(colleague, editor="乙") as s:
        sync(s, hub)
        row = s.query("SELECT id, version, uid FROM sources ORDER BY id LIMIT 1")[0]
        s.update("sources", row["id"], {"title": "乙的标题", "note": "乙的备注"}, row["version"])
        sync(s, hub)
    mine = store.query("SELECT id, version FROM sources WHERE uid = ?", [row["uid"]])[0]
    store.update("sources", mine["id"], {"title": "甲的标题", "note": "甲的备注"}, mine["version"])
    main_window.sync_with_hub(hub)
    checks = main_window.open_checks(background=False)
    (finding,) = [f for f in checks.findings if f.rule == "sync_conflict"]
    checks.select(finding)
    assert checks.findChild(QPushButton, "fieldByFieldButton").isVisible()
    assert checks.choose_fields_current(take=["title"])  # their title, my note
    main_window.sync_with_hub(hub)
    assert store.query("SELECT title, note FROM sources WHERE uid = ?", [row["uid"]])[0] == {
        "title": "乙的标题",
        "note": "甲的备注",
    }


def _cancel_soon(main_window, qtbot, after_ms):
    from PySide6.QtCore import QTimer

    def click():
        dialog = main_window.findChild(QProgressDialog, "syncProgress")
        next(b for b in dialog.findChildren(QPushButton) if b.text() in ("取消", "Cancel")).click()

    QTimer.singleShot(after_ms, click)


def test_cancel_answers_while_the_hub_does_not(main_window, hub, freezing_proxy, qtbot, monkeypatch):
    """The hub stops answering mid-sync (the GUI froze 13.8 s and ignored Cancel): the sync runs on a
    thread of its own, the window keeps answering, and Cancel ends it at once with nothing written."""
    import time

    import psycopg

    from scnews_desktop.ui import sync_dialog

    step = sync_dialog._SyncRun._step

    def freezing(self, stage, done, total):
        if stage == "读取集线库的修改":
            freezing_proxy.frozen.set()
        return step(self, stage, done, total)

    monkeypatch.setattr(sync_dialog._SyncRun, "_step", freezing)
    ticks = []
    from PySide6.QtCore import QTimer

    beat = QTimer()
    beat.timeout.connect(lambda: ticks.append(time.monotonic()))
    beat.start(100)
    _cancel_soon(main_window, qtbot, 1500)
    started = time.monotonic()
    assert main_window.sync_with_hub(freezing_proxy.url(hub)) is None
    beat.stop()
    assert time.monotonic() - started < 4
    assert len(ticks) >= 10  # the window's own timers ran while the sync waited
    assert "已取消" in main_window.findChild(QMessageBox, "syncSummary").text()
    with psycopg.connect(hub) as pg:
        assert pg.execute("SELECT count(*) FROM scnews_records").fetchone()[0] == 0
    assert main_window.store.scalar("SELECT count(*) FROM sync_base") == 0
    main_window.store.insert("sources", {"title": "取消后马上保存", "published_on": "2024-05-01"})


def test_cancel_while_connecting_to_a_silent_hub(main_window, hub, freezing_proxy, qtbot):
    import time

    freezing_proxy.frozen.set()
    _cancel_soon(main_window, qtbot, 800)
    started = time.monotonic()
    assert main_window.sync_with_hub(freezing_proxy.url(hub)) is None
    assert time.monotonic() - started < 4
    assert "已取消" in main_window.findChild(QMessageBox, "syncSummary").text()
    assert main_window.store.scalar("SELECT count(*) FROM sync_base") == 0
