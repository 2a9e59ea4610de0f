"""Working copies synced through a real PostgreSQL hub (started by .ci/run; no mocks): default records
not duplicated, edits and deletions carried both ways with their editors, concurrent edits kept as
conflicts on every copy, choices carried out, read-only roles, new copies from the hub, interrupted
syncs that leave both sides consistent, and the command line."""

import shutil
import uuid

import pytest

from scnews_desktop.cli import main
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.sync import HubError, choose, open_conflicts, sync


@pytest.fixture
def copies(tmp_path, default_db):
    """Two editors' working copies made by `scnews init` (the same default records, the same uids)."""
    paths = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        shutil.copyfile(default_db, path)
        paths.append(path)
    return paths


def _open(path, editor):
    return Store.open(path, editor=editor)


def _sync_both(a, b, hub):
    """甲 syncs ``a``, then 乙 syncs ``b``."""
    for path, who in ((a, "甲"), (b, "乙")):
        with _open(path, who) as s:
            sync(s, hub)


def _value(path, uid):
    with Store.open(path, readonly=True) as s:
        rows = s.query("SELECT value, value_text, version FROM observations WHERE uid = ?", [uid])
    return rows[0] if rows else None


def _counts(path):
    with Store.open(path, readonly=True) as s:
        return {
            t: s.scalar(f"SELECT count(*) FROM {t}")
            for t in ("sources", "observations", "projects", "regions")
        }


def _edit(path, editor, uid, value_text, value):
    with _open(path, editor) as s:
        row = s.query("SELECT id, version FROM observations WHERE uid = ?", [uid])[0]
        s.update("observations", row["id"], {"value_text": value_text, "value": value}, row["version"])


def _any_fact(path):
    with Store.open(path, readonly=True) as s:
        return s.scalar(  # a fact in 亿元, so that the edits below (999亿元 …) follow the rulebook
            "SELECT o.uid FROM observations o JOIN indicators i ON i.id = o.indicator_id "
            "WHERE o.value IS NOT NULL AND i.unit = '亿元' ORDER BY o.id LIMIT 1"
        )


def test_two_new_copies_share_the_default_records_without_duplicating_them(hub, copies):
    a, b = copies
    with _open(a, "甲") as s:
        first = sync(s, hub)
    with _open(b, "乙") as s:
        second = sync(s, hub)
    assert first.total_pushed > 300 and second.total_pushed == 0 and second.total_pulled == 0
    assert second.new_conflicts == 0 and _counts(a) == _counts(b)
    import psycopg

    with psycopg.connect(hub) as pg:
        assert pg.execute("SELECT count(*) FROM scnews_records").fetchone()[0] == first.total_pushed


def test_an_edit_travels_with_its_editor_and_version(hub, copies):
    a, b = copies
    _sync_both(a, b, hub)
    uid = _any_fact(a)
    _edit(a, "甲", uid, "999亿元", 999.0)
    with _open(a, "甲") as s:
        assert sync(s, hub).pushed == {"observations": 1}
    with _open(b, "乙") as s:
        report = sync(s, hub)
        history = s.history("observations", uid)
    assert report.pulled == {"observations": 1}
    assert _value(b, uid) == _value(a, uid) == {"value": 999.0, "value_text": "999亿元", "version": 2}
    assert history[-1]["editor"] == "甲"  # the colleague's name in this copy's change history
    import psycopg

    with psycopg.connect(hub) as pg:
        role, editor = pg.execute(
            "SELECT role, editor FROM scnews_history WHERE uid = %s ORDER BY rev DESC LIMIT 1", [uid]
        ).fetchone()
    assert editor == "甲" and role  # the PostgreSQL role that pushed it, and the editor


def test_the_same_record_edited_on_both_copies_is_a_conflict_on_both_until_chosen(hub, copies):
    a, b = copies
    _sync_both(a, b, hub)
    uid = _any_fact(a)
    _edit(a, "甲", uid, "111亿元", 111.0)
    _edit(b, "乙", uid, "222亿元", 222.0)
    with _open(a, "甲") as s:
        sync(s, hub)
    with _open(b, "乙") as s:
        report = sync(s, hub)
    assert report.new_conflicts == 1 and report.open_conflicts == 1
    assert _value(a, uid)["value"] == 111.0 and _value(b, uid)["value"] == 222.0  # nothing overwritten
    with _open(a, "甲") as s:
        assert sync(s, hub).open_conflicts == 1  # listed on every copy once synced
        from scnews_desktop.storage.checks import run_checks

        findings = [f for f in run_checks(s, integrity=False) if f.rule == "sync_conflict"]
        assert (
            len(findings) == 1 and findings[0].records[0].uid == uid and "数值" in findings[0].message
        )  # the field, named in Chinese
    with _open(b, "乙") as s:
        (conflict,) = open_conflicts(s)
        choose(s, conflict["id"], "theirs")  # B takes A's version
        assert sync(s, hub).resolved == 1
    with _open(a, "甲") as s:
        assert sync(s, hub).open_conflicts == 0
    assert _value(a, uid)["value"] == _value(b, uid)["value"] == 111.0


def test_keep_mine_wins_on_the_next_sync_and_reaches_the_other_copy(hub, copies):
    a, b = copies
    _sync_both(a, b, hub)
    uid = _any_fact(a)
    _edit(a, "甲", uid, "111亿元", 111.0)
    _edit(b, "乙", uid, "222亿元", 222.0)
    _sync_both(a, b, hub)
    with _open(b, "乙") as s:
        (conflict,) = open_conflicts(s)
        choose(s, conflict["id"], "mine")
        report = sync(s, hub)
    assert report.resolved == 1 and report.pushed == {"observations": 1}
    with _open(a, "甲") as s:
        sync(s, hub)
    assert _value(a, uid)["value"] == _value(b, uid)["value"] == 222.0


def test_deletions_propagate_and_a_deletion_against_an_edit_is_a_conflict(hub, copies):
    a, b = copies
    _sync_both(a, b, hub)
    with Store.open(a, readonly=True) as s:
        gone, kept = [r["uid"] for r in s.query("SELECT uid FROM observations ORDER BY id DESC LIMIT 2")]
    with _open(a, "甲") as s:
        for uid in (gone, kept):
            s.delete("observations", s.scalar("SELECT id FROM observations WHERE uid = ?", [uid]))
    _edit(b, "乙", kept, "5亿元", 5.0)  # B edits what A deleted
    with _open(a, "甲") as s:
        assert sync(s, hub).deleted_on_hub == 2
    with _open(b, "乙") as s:
        report = sync(s, hub)
    assert report.deleted_here == 1 and _value(b, gone) is None
    assert report.new_conflicts == 1 and _value(b, kept)["value"] == 5.0


def test_a_read_only_role_pulls_and_does_not_push(hub, copies):
    a, b = copies
    with _open(a, "甲") as s:
        sync(s, hub)
    role = f"reader_{uuid.uuid4().hex[:6]}"
    import psycopg

    with psycopg.connect(hub, autocommit=True) as pg:
        pg.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'reads-only'")
        pg.execute(f"GRANT scnews_readers TO {role}")
    try:
        uid = _any_fact(b)
        _edit(b, "乙", uid, "333亿元", 333.0)
        database = hub.rsplit("/", 1)[1]
        reader_url = f"postgresql://{role}:reads-only@localhost/{database}"  # its own role, over TCP
        with _open(b, "乙") as s:
            report = sync(s, reader_url)
        assert report.read_only and report.total_pushed == 0
        with psycopg.connect(hub) as pg:
            data = pg.execute(
                "SELECT data->>'value_text' FROM scnews_records WHERE uid = %s", [uid]
            ).fetchone()[0]
        assert data != "333亿元"  # nothing written by the desk that only reads
    finally:
        with psycopg.connect(hub, autocommit=True) as pg:
            pg.execute(f"DROP OWNED BY {role}")
            pg.execute(f"DROP ROLE {role}")


def test_a_sync_cut_short_leaves_both_sides_consistent_and_the_next_completes(hub, copies, monkeypatch):
    a, b = copies
    with _open(a, "甲") as s:
        sync(s, hub)
    uid = _any_fact(a)
    _edit(a, "甲", uid, "444亿元", 444.0)
    import scnews_desktop.storage.sync as module

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(module, "_save_base", broken)  # fails after pushing, before either commit
    with _open(a, "甲") as s, pytest.raises(OSError):
        sync(s, hub)
    monkeypatch.undo()
    with _open(b, "乙") as s:
        sync(s, hub)
    assert _value(b, uid)["value"] != 444.0  # the hub kept nothing of the broken sync
    # the hub committed, this file did not (a kill between the two): the next sync finds it all again
    before = a.read_bytes()
    with _open(a, "甲") as s:
        sync(s, hub)
    a.write_bytes(before)
    for wal in (a.with_name(a.name + "-wal"), a.with_name(a.name + "-shm")):
        wal.unlink(missing_ok=True)
    with _open(a, "甲") as s:
        again = sync(s, hub)
    assert again.total_pushed == 0 and again.new_conflicts == 0  # equal on both sides: nothing twice
    with _open(b, "乙") as s:
        sync(s, hub)
    assert _value(a, uid)["value"] == _value(b, uid)["value"] == 444.0


def test_command_line_hub_init_sync_and_a_new_copy_from_the_hub(hub, copies, tmp_path, capsys):
    a, _b = copies
    assert main(["hub", "init", hub]) == 0  # again: nothing changes
    assert main(["sync", "--db", str(a), "--hub", hub, "--editor", "甲"]) == 0
    assert "上传" in capsys.readouterr().out
    fresh = tmp_path / "new.db"
    assert main(["init", str(fresh), "--from-hub", hub]) == 0
    assert _counts(fresh) == _counts(a)
    with Store.open(fresh) as s:
        again = sync(s, hub)
    assert again.total_pushed == 0 and again.new_conflicts == 0
    assert main(["sync", "--db", str(a), "--hub", "postgresql:///no_such_database_here"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "集线库" in err and "Traceback" not in err


def test_a_database_that_is_no_hub_is_refused(copies, hub, pg_admin):
    with pg_admin() as admin:
        name = f"scnews_nohub_{uuid.uuid4().hex[:8]}"
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = f"{hub.rsplit('/', 1)[0]}/{name}"
        with _open(copies[0], "甲") as s, pytest.raises(HubError, match="hub init"):
            sync(s, url)
    finally:
        with pg_admin() as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_field_by_field_takes_some_of_the_hubs_values_and_keeps_the_rest(hub, copies):
    from scnews_desktop.storage.sync import choose_fields, differing_fields

    a, b = copies
    _sync_both(a, b, hub)
    uid = _any_fact(a)
    with _open(a, "甲") as s:
        row = s.query("SELECT id, version FROM observations WHERE uid = ?", [uid])[0]
        s.update(
            "observations",
            row["id"],
            {"value_text": "111亿元", "value": 111.0, "note": "甲的备注"},
            row["version"],
        )
    with _open(b, "乙") as s:
        row = s.query("SELECT id, version FROM observations WHERE uid = ?", [uid])[0]
        s.update(
            "observations",
            row["id"],
            {"value_text": "222亿元", "value": 222.0, "note": "乙的备注"},
            row["version"],
        )
    _sync_both(a, b, hub)
    with _open(b, "乙") as s:
        (conflict,) = open_conflicts(s)
        assert {name for name, _mine, _hub in differing_fields(conflict)} == {"value", "value_text", "note"}
        choose_fields(s, conflict["id"], ["value", "value_text"])  # A's figure, B's note
        sync(s, hub)
    with _open(a, "甲") as s:
        sync(s, hub)
    for path in (a, b):
        with Store.open(path, readonly=True) as s:
            assert s.query("SELECT value, note FROM observations WHERE uid = ?", [uid])[0] == {
                "value": 111.0,
                "note": "乙的备注",
            }


def test_a_fact_whose_value_does_not_follow_its_text_is_not_pushed(hub, copies):
    """The rulebook on the way to the hub, as on every other way in: a unit slip made with another tool
    (6000000000 stored for 60亿元) stays here, reported, until fixed."""
    a, b = copies
    _sync_both(a, b, hub)
    uid = _any_fact(a)
    _edit(a, "甲", uid, "60亿元", 6_000_000_000.0)
    with _open(a, "甲") as s:
        report = sync(s, hub)
    assert report.total_pushed == 0 and len(report.rejected) == 1 and "60亿元" in report.rejected[0]
    assert any("不符合录入规则" in line for line in report.lines())
    with _open(b, "乙") as s:
        assert sync(s, hub).total_pulled == 0
    _edit(a, "甲", uid, "60亿元", 60.0)  # fixed: pushed at the next sync
    with _open(a, "甲") as s:
        assert sync(s, hub).pushed == {"observations": 1}


def test_a_hub_that_cannot_be_reached_is_explained_in_chinese_with_postgresql_s_words_kept():
    from scnews_desktop.storage.sync import HubError, connect

    with pytest.raises(HubError) as refused:
        connect("postgresql://editor:secret@127.0.0.1:1/hub")  # (no server listens on port 1)
    message = str(refused.value)
    assert "服务器没有响应" in message and "Connection refused" in message and "secret" not in message
    with pytest.raises(HubError) as unknown:
        connect("postgresql://nosuchhost.invalid/hub")
    assert "找不到服务器" in str(unknown.value)


def test_a_conflict_names_its_fact_by_indicator_region_and_period_with_both_values(default_db):
    import json

    from scnews_desktop.storage.conflicts import describe_conflict

    with Store.open(default_db) as store:
        row = store.query(
            "SELECT o.*, i.uid AS i_uid, r.uid AS r_uid, i.name AS i_name, r.name AS r_name FROM observations o "
            "JOIN indicators i ON i.id = o.indicator_id JOIN regions r ON r.id = o.region_id "
            "WHERE o.value_text = '741亿元'"
        )[0]
        data = {
            "indicator_id": row["i_uid"],
            "region_id": row["r_uid"],
            "period_label": row["period_label"],
            "period_start": row["period_start"],
            "period_end": row["period_end"],
            "value_text": "741亿元",
            "value": 741.0,
        }
        conflict = {
            "table_name": "observations",
            "uid": row["uid"],
            "copy_data": json.dumps({**data, "value_text": "742亿元", "value": 742.0}),
            "hub_data": json.dumps(data),
        }
        text = describe_conflict(conflict, store)
    assert f"{row['i_name']} · {row['r_name']} · " in text
    assert "本机 742亿元" in text and "集线库 741亿元" in text


def test_hub_rows_of_no_known_table_or_malformed_are_skipped_and_named(hub, copies):
    """A row another version (or a hand in psql) put on the hub stops no one's sync and never reaches
    SQL: it is skipped and named in the report; the checks still run on every copy."""
    import psycopg
    from psycopg.types.json import Jsonb

    from scnews_desktop.storage.checks import run_checks

    a, b = copies
    _sync_both(a, b, hub)
    uid = _any_fact(a)
    _edit(a, "甲", uid, "999亿元", 999.0)
    with psycopg.connect(hub) as pg:
        rev = pg.execute("SELECT coalesce(max(rev), 0) + 1 FROM scnews_records").fetchone()[0]
        pg.execute(
            "INSERT INTO scnews_records (tbl, uid, version, rev, data) VALUES (%s, %s, 1, %s, %s)",
            ["widgets", "w-1", rev, Jsonb({"uid": "w-1"})],
        )
        pg.execute(
            "INSERT INTO scnews_records (tbl, uid, version, rev, data) VALUES (%s, %s, 1, %s, %s)",
            ["observations", "o-bad", rev + 1, Jsonb(["not", "a", "record"])],
        )
        pg.execute(
            "INSERT INTO scnews_conflicts (tbl, uid, hub_rev) VALUES (%s, %s, 1)",
            ["observations WHERE 1=1; DROP TABLE sources; --", "x"],
        )
        pg.execute(  # a known table, but no record on either side
            "INSERT INTO scnews_conflicts (tbl, uid, hub_rev, hub_data) VALUES (%s, %s, 1, %s)",
            ["observations", uid, Jsonb([1, 2])],
        )
        pg.commit()
    with _open(a, "甲") as s:
        report = sync(s, hub)  # pushes its edit, skips the three
    with _open(b, "乙") as s:
        second = sync(s, hub)
        findings = run_checks(s, integrity=False)
        assert s.scalar("SELECT count(*) FROM sources") > 0
    assert _value(b, uid)["value"] == 999.0
    for r in (report, second):
        assert len(r.skipped) == 4 and any("widgets" in line for line in r.lines())
    assert not [f for f in findings if f.rule == "sync_conflict"]


def test_a_held_sync_lock_ends_the_wait_and_names_its_holder(hub, copies, monkeypatch):
    """Any role could take the sync lock and stall every sync without end: the wait now has a limit,
    and the message says who holds it; nothing is changed on either side."""
    import time

    import psycopg

    from scnews_desktop.storage import sync as sync_module

    monkeypatch.setattr(sync_module, "LOCK_WAIT_SECONDS", 1.0)
    a, _b = copies
    holder = psycopg.connect(hub, application_name="psql")
    try:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", [sync_module.LOCK_KEY])  # and never commits
        started = time.monotonic()
        with _open(a, "甲") as s, pytest.raises(HubError) as caught:
            sync(s, hub)
        assert time.monotonic() - started < 10
        assert "psql" in caught.value.message and "未改动" in caught.value.message
    finally:
        holder.close()
    with _open(a, "甲") as s:
        assert sync(s, hub).total_pushed > 300  # the lock released: the next sync goes through


def test_the_hub_writes_its_history_itself_and_no_editor_forges_or_rewrites_it(hub, copies):
    """From psql an editor could write history under another role, rewrite colleagues' history and
    change records with no history entry (colleagues then pulled it). The hub now stamps each change's
    role and revision and writes the history itself; editors cannot write, change or delete a line."""
    import psycopg

    a, b = copies
    _sync_both(a, b, hub)
    role = f"editor_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(hub, autocommit=True) as pg:
        pg.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'edits'")
        pg.execute(f"GRANT scnews_editors TO {role}")
    database = hub.rsplit("/", 1)[1]
    editor_url = f"postgresql://{role}:edits@localhost/{database}"
    uid = _any_fact(a)
    try:
        with psycopg.connect(editor_url, autocommit=True) as pg:
            for forged in (
                "INSERT INTO scnews_history (rev, tbl, uid, version, role, editor) "
                "VALUES (999999, 'observations', 'x', 1, 'boss', '主任')",
                "UPDATE scnews_history SET editor = '别人' WHERE rev = (SELECT min(rev) FROM scnews_history)",
                "DELETE FROM scnews_history",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    pg.execute(forged)
            before = pg.execute("SELECT count(*) FROM scnews_history WHERE uid = %s", [uid]).fetchone()[0]
            pg.execute(  # a change by hand, under a made-up role and an old revision
                "UPDATE scnews_records SET data = jsonb_set(data, '{note}', '\"手改\"'), role = 'boss', rev = 1, "
                "version = version + 1 WHERE uid = %s",
                [uid],
            )
            role_now, rev_now = pg.execute(
                "SELECT role, rev FROM scnews_records WHERE uid = %s", [uid]
            ).fetchone()
            history = pg.execute(
                "SELECT role, rev FROM scnews_history WHERE uid = %s ORDER BY rev", [uid]
            ).fetchall()
        assert role_now == role and rev_now > 1
        assert len(history) == before + 1 and history[-1] == (role, rev_now)
        with _open(b, "乙") as s:  # colleagues pull the change, with its history behind it
            assert sync(s, hub).total_pulled == 1
    finally:
        with psycopg.connect(hub, autocommit=True) as pg:
            pg.execute(f"DROP OWNED BY {role}")
            pg.execute(f"DROP ROLE {role}")


def _freeze_when(proxy, stage_wanted):
    """A progress callback that makes the hub stop answering once the sync reaches ``stage_wanted``
    (by then it holds the hub's lock and this file's write lock)."""

    def step(stage, _done, _total):
        if stage == stage_wanted:
            proxy.frozen.set()
        return True

    return step


def test_a_hub_that_stops_answering_is_given_up_and_the_file_stays_writable(
    hub, copies, freezing_proxy, monkeypatch
):
    """A hub that stopped answering (over a Unix socket: no TCP keepalive) hung the sync for ever while
    it held this file's write lock. Now a second connection asks the hub; no answer → the sync ends,
    nothing written on either side, and the file takes a save at once."""
    import time

    import psycopg

    from scnews_desktop.storage import hub_watch

    monkeypatch.setattr(hub_watch, "PROBE_SECONDS", 1.0)
    a, _b = copies
    url = freezing_proxy.url(hub)
    with _open(a, "甲") as s:
        assert sync(s, url).total_pushed > 300  # (the way through the proxy works)
        _edit(a, "甲", _any_fact(a), "9999亿元", 9999.0)
        started = time.monotonic()
        with pytest.raises(HubError) as caught:
            sync(s, url, _freeze_when(freezing_proxy, "读取集线库的修改"))
        took = time.monotonic() - started
        assert took < 10, took
        assert "没有响应" in caught.value.message and "未改动" in caught.value.message
        s.insert("sources", {"title": "同步失败后马上保存", "published_on": "2024-05-01"})  # no lock left
        assert s.scalar("SELECT count(*) FROM sync_base") > 300
    with psycopg.connect(hub) as pg:
        assert (
            pg.execute("SELECT count(*) FROM scnews_records WHERE data::text LIKE '%9999%'").fetchone()[0]
            == 0
        )


def test_cancel_ends_a_wait_the_hub_never_answers(hub, copies, freezing_proxy):
    """Cancel while the hub does not answer: the wait ends at once (the socket is shut, not a cancel
    request the hub would never read); nothing written."""
    import threading
    import time

    from scnews_desktop.storage.hub_watch import HubWatch
    from scnews_desktop.storage.sync import SyncCancelled

    a, _b = copies
    url = freezing_proxy.url(hub)
    watch = HubWatch(url, probe_seconds=60)
    with _open(a, "甲") as s:
        timer = threading.Timer(1.0, watch.cancel)
        timer.start()
        started = time.monotonic()
        with pytest.raises(SyncCancelled):
            sync(s, url, _freeze_when(freezing_proxy, "读取集线库的修改"), watch=watch)
        assert time.monotonic() - started < 3
        assert s.scalar("SELECT count(*) FROM sync_base") == 0


def test_a_hub_that_is_working_on_a_long_wait_is_waited_for(hub, copies, monkeypatch):
    """The watch gives up a hub that does not answer, not one that is busy: a statement held 3 s by a
    colleague's lock (the hub says this session is active) goes through."""
    import threading
    import time

    import psycopg

    from scnews_desktop.storage import hub_watch

    monkeypatch.setattr(hub_watch, "PROBE_SECONDS", 0.5)
    a, _b = copies
    holder = psycopg.connect(hub)
    holder.execute("LOCK TABLE scnews_records IN ACCESS EXCLUSIVE MODE")
    threading.Timer(3.0, holder.commit).start()
    started = time.monotonic()
    try:
        with _open(a, "甲") as s:
            assert sync(s, hub).total_pushed > 300
    finally:
        holder.close()
    assert time.monotonic() - started >= 3


def test_ctrl_c_ends_a_command_line_sync_the_hub_never_answers(hub, copies, freezing_proxy):
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    a, _b = copies
    freezing_proxy.frozen.set()
    scnews = Path(sys.executable).parent / "scnews"
    child = subprocess.Popen(
        [scnews, "sync", "--db", a, "--hub", freezing_proxy.url(hub)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    started = time.monotonic()
    child.send_signal(signal.SIGINT)
    _out, err = child.communicate(timeout=20)
    assert time.monotonic() - started < 3
    assert child.returncode == 130 and "已取消" in err and "Traceback" not in err
