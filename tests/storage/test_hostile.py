"""Hostile and heavy input at the storage layer: locks, foreign WAL files, damaged queues, unwritable
folders, control characters, huge files."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from scnews_desktop.storage.database import Store


def hold_write_lock(path, seconds: float, started: threading.Event) -> threading.Thread:
    """Another program writes and keeps the write lock for ``seconds``, then commits."""

    def run() -> None:
        conn = sqlite3.connect(path, timeout=10)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE observations SET note = 'other writer' WHERE id = 1")
        started.set()
        time.sleep(seconds)
        conn.commit()
        conn.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_save_waits_for_a_lock_that_clears_within_the_timeout(default_db):
    with Store.open(default_db, editor="测试") as store:
        row = store.get("observations", 2)
        started = threading.Event()
        thread = hold_write_lock(default_db, 1.5, started)
        started.wait(5)
        begun = time.monotonic()
        after = store.update("observations", 2, {"note": "我的修改"}, row["version"])  # used to fail at once
        waited = time.monotonic() - begun
        thread.join()
        assert after["note"] == "我的修改" and waited >= 1.0
        assert store.get("observations", 1)["note"] == "other writer"  # nothing of theirs lost


def test_an_import_waits_for_the_lock_too(default_db, tmp_path):
    from scnews_desktop.storage.exchange import apply_import, plan_observation_import

    with Store.open(default_db, editor="测试") as store:
        headers = ["指标", "单位", "地区", "时期", "原文数值", "来源", "发表日期"]
        rows = [
            [
                "招商引资到位市外资金",
                "亿元",
                "内江市",
                "2018年",
                "500亿元",
                "内江：实干抓项目 实效论英雄",
                "2021-01-21",
            ]
        ]
        plan = plan_observation_import(store, headers, rows)
        started = threading.Event()
        thread = hold_write_lock(default_db, 1.5, started)
        started.wait(5)
        assert apply_import(store, plan) == 1
        thread.join()


def test_an_unreadable_search_queue_row_does_not_keep_the_file_from_opening(default_db):
    conn = sqlite3.connect(default_db)
    conn.execute("INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('observations', 1, '{not json')")
    conn.execute("INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('no_such_table', 1, NULL)")
    conn.execute("INSERT INTO search_queue (tbl, row_id, old_values) VALUES ('sources', 'x', NULL)")
    conn.commit()
    conn.close()
    with Store.open(default_db) as store:  # used to raise at every writable open
        assert store.scalar("SELECT count(*) FROM search_queue") == 0
        from scnews_desktop.domain.search_text import match_expression

        found = store.scalar(
            "SELECT count(*) FROM observations_fts WHERE observations_fts MATCH ?",
            [match_expression("进出口")],
        )
        assert found > 0  # the observations' index was rebuilt, not lost


def test_bulk_insert_survives_a_trigger_named_with_a_quote(default_db, tmp_path):
    conn = sqlite3.connect(default_db)
    conn.execute('CREATE TRIGGER "odd""name" AFTER INSERT ON observations BEGIN SELECT 1; END')
    conn.commit()
    conn.close()
    with Store.open(default_db) as store:
        row = store.get("observations", 1)
        values = {k: row[k] for k in ("indicator_id", "region_id", "source_id", "period_kind")}
        values |= {"period_start": "1999-01-01", "period_end": "1999-12-31", "value": 1.0}
        with store.atomic():
            store.bulk_insert("observations", [values])
        names = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
        assert 'odd"name' in names  # put back after the load


def test_backup_and_export_into_a_folder_that_cannot_be_written_are_one_line(default_db, tmp_path, capsys):
    from scnews_desktop.cli import main

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["backup", "--db", str(default_db), "-o", str(blocker / "b.db")]) == 2
    assert main(["export", "--db", str(default_db), "-o", str(blocker / "o.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("scnews: ") for line in err)
    assert "Traceback" not in "".join(err)


CRASH = """
import os, sys
from scnews_desktop.storage.database import Store
store = Store.open(sys.argv[1], editor="crash")
for i in range(30):
    store.insert("sources", {"title": f"新来源{i}", "body": "正文" * 2000})
store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
for i in range(30):
    store.insert("sources", {"title": f"未保存{i}", "body": "正文" * 2000})
os._exit(0)  # a crash: the log stays beside the file
"""


def crash_leaving_a_log(path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    env = {"PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    subprocess.run([sys.executable, "-c", CRASH, str(path)], check=True, env=env)
    assert Path(f"{path}-wal").stat().st_size > 0


def test_a_backup_copied_over_a_crashed_file_is_refused_untouched_and_restore_keeps_both(
    default_db, tmp_path
):
    import hashlib
    import shutil

    from scnews_desktop.cli import main
    from scnews_desktop.storage.errors import ForeignWal

    backup = tmp_path / "backup.db"
    assert main(["backup", "--db", str(default_db), "-o", str(backup)]) == 0
    crash_leaving_a_log(default_db)
    log = default_db.with_name(default_db.name + "-wal")
    log_bytes = log.read_bytes()
    shutil.copyfile(backup, default_db)  # what an editor does by hand
    digest = hashlib.sha256(default_db.read_bytes()).hexdigest()
    with pytest.raises(ForeignWal):
        Store.open(default_db)
    assert hashlib.sha256(default_db.read_bytes()).hexdigest() == digest  # the backup copy is untouched
    assert log.read_bytes() == log_bytes  # and so are the unsaved edits
    assert main(["check", "--db", str(default_db)]) == 2  # one line, no traceback
    assert main(["restore", str(backup), "--db", str(default_db)]) == 0
    with Store.open(default_db) as store:
        assert store.scalar("PRAGMA quick_check") == "ok"
        assert store.scalar("SELECT count(*) FROM sources") == 6
    aside = sorted(tmp_path.glob("scnews.db.replaced-*"))
    assert {p.name.rsplit("-", 1)[-1] for p in aside} >= {"wal"}  # the old pair kept beside


def test_a_crash_alone_keeps_the_unsaved_edits(default_db):
    crash_leaving_a_log(default_db)
    with Store.open(default_db) as store:  # the log belongs to the file: it is folded in
        assert store.scalar("SELECT count(*) FROM sources WHERE title LIKE '未保存%'") == 30


def test_a_wal_database_in_a_folder_that_cannot_be_written_is_readable(default_db, tmp_path):
    import subprocess

    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "scnews.db"
    target.write_bytes(default_db.read_bytes())
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr cannot make the folder unwritable here")
    try:
        with Store.open(target) as store:  # "unable to open database file" before
            assert store.readonly and store.scalar("SELECT count(*) FROM observations") == 73
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


# ------------------------------------------------------------------ files
def test_xlsx_numbers_and_dates_arrive_exactly(store, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    from scnews_desktop.storage.exchange import plan_observation_import, read_table

    wb = Workbook()
    ws = wb.active
    ws.append(["指标", "单位", "地区", "时期", "数值", "来源", "发表日期"])
    title = "内江：实干抓项目 实效论英雄"
    ws.append(
        ["招商引资到位市外资金", "亿元", "内江市", "2017年", 21859.123456, title, datetime(2021, 1, 21)]
    )
    ws.append(
        ["招商引资到位市外资金", "亿元", "内江市", "2018年", 3.14159265358979, title, datetime(2021, 1, 21)]
    )
    ws.append(["招商引资到位市外资金", "亿元", "内江市", "2019年", 1234567.5, title, datetime(2021, 1, 21)])
    path = tmp_path / "n.xlsx"
    wb.save(path)
    headers, rows, encoding = read_table(path)
    assert encoding == "xlsx" and rows[0][6] == "2021-01-21"  # a date cell, not refused
    plan = plan_observation_import(store, headers, rows)
    assert not plan.problems, plan.report()
    assert [r["value"] for r in plan.rows] == [
        21859.123456,
        3.14159265358979,
        1234567.5,
    ]  # was 21859.1, 3.14159, refused


def test_the_streaming_sheet_reader_reads_what_openpyxl_reads(tmp_path):
    """Our row reader (rows dropped from the parsed tree as they are read, so memory stays flat) gives
    the values openpyxl's own read-only reader gives: numbers, dates, shared and inline strings, rows
    the file leaves out, rows with a height, a short row, booleans, formulas as their cached text."""
    from datetime import datetime

    from openpyxl import Workbook, load_workbook

    from scnews_desktop.storage.table_files import TableFile, _load_workbook, _sheet_values

    wb = Workbook()
    ws = wb.active
    ws.append(["指标", "地区", "数值", "日期", "是否"])
    ws.append(["地区生产总值", "内江市", 21859.123456, datetime(2021, 1, 21), True])
    ws["A5"] = "第五行，第三、四行缺"  # rows 3 and 4 are not in the file
    ws["C5"] = 7
    ws.row_dimensions[5].height = 30  # a row with attributes openpyxl keeps for a sheet it builds
    ws.append(["短行"])
    ws["B7"] = "=1+1"
    path = tmp_path / "varied.xlsx"
    wb.save(path)
    with path.open("rb") as handle:
        ours_wb = _load_workbook(handle, data_only=True)
        assert ours_wb.worksheets[0].max_column == 5  # the sheet's <dimension>, read at its start
        ours = list(_sheet_values(ours_wb.worksheets[0]))
    theirs_wb = load_workbook(path, read_only=True, data_only=True)
    theirs = list(theirs_wb.worksheets[0].iter_rows(values_only=True))
    ours_wb.close()
    theirs_wb.close()
    assert ours == theirs
    assert len(ours) == 7 and ours[2] == (None,) * 5 and ours[1][2] == 21859.123456
    rows = list(TableFile(path).rows())
    assert rows[0][3] == "2021-01-21" and rows[3][0].startswith("第五行") and rows[1] == [""] * 5


def test_opening_a_workbook_does_not_walk_its_rows(tmp_path):
    """openpyxl looks for a sheet's <dimension> by parsing up to the end of <sheetData> when the element
    is missing (its own write-only files, our exports): every row once more, in memory, before the
    first row is read (a million-row export: 50 s and 86 MB just to read its header). Opened our way, a
    sheet whose rows are damaged after the header still gives its header, and the damage is reported
    when the rows are read."""
    import zipfile

    from openpyxl import Workbook

    from scnews_desktop.domain.errors import ValidationError
    from scnews_desktop.storage.table_files import TableFile

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("数据")
    ws.append(["指标", "地区"])
    for i in range(50):
        ws.append([f"指标{i}", "内江市"])
    made = tmp_path / "made.xlsx"
    wb.save(made)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(damaged, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.endswith("sheet1.xml"):
                assert b"<dimension" not in data.split(b"<sheetData")[0]  # as our exports are written
                data = data.replace(b'<row r="30"', b'<row r="30"><<', 1)  # broken XML at row 30
            out.writestr(item, data)
    table = TableFile(damaged)
    assert table.headers == ["指标", "地区"]  # (openpyxl's own open fails here on the broken row)
    with pytest.raises(ValidationError, match="已损坏"):
        list(table.rows())


def test_a_workbook_named_csv_is_read_as_a_workbook(tmp_path):
    from openpyxl import Workbook

    from scnews_desktop.storage.exchange import read_table

    wb = Workbook()
    wb.active.append(["指标", "地区"])
    wb.active.append(["a", "b"])
    wb.save(tmp_path / "really.xlsx")
    (tmp_path / "named.csv").write_bytes((tmp_path / "really.xlsx").read_bytes())
    assert read_table(tmp_path / "named.csv")[2] == "xlsx"


def test_xlsx_export_of_control_characters(store, tmp_path):
    from openpyxl import load_workbook

    from scnews_desktop.storage.exchange import export_stream, write_export

    oid = store.scalar("SELECT id FROM observations WHERE value_text = '741亿元'")
    store.update("observations", oid, {"note": "第一行\x0b第二行\x01"}, 1)  # Word's line break, and worse
    fields, rows = export_stream(store, "observations")
    path = tmp_path / "o.xlsx"
    assert write_export(path, fields, rows, "xlsx") == 73  # IllegalCharacterError before
    notes = [c.value for row in load_workbook(path).active.iter_rows() for c in row]
    assert "第一行\n第二行" in notes


def test_a_zip_bomb_workbook_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    import zipfile

    from scnews_desktop.domain.errors import ValidationError
    from scnews_desktop.storage import table_files

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/sharedStrings.xml", "<sst>" + "x" * 5_000_000 + "</sst>")
    monkeypatch.setattr(table_files, "MAX_XLSX_PART", 1_000_000)  # the real limit is 1 GB
    with pytest.raises(ValidationError, match="超过"):
        table_files.TableFile(path)
    assert path.stat().st_size < 100_000  # a few KB that would unpack to 5 MB


def test_a_damaged_sheet_is_one_message(tmp_path):
    import zipfile

    from openpyxl import Workbook

    from scnews_desktop.domain.errors import ValidationError
    from scnews_desktop.storage.exchange import read_table

    good = tmp_path / "good.xlsx"
    wb = Workbook()
    wb.active.append(["指标", "地区"])
    wb.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut in the middle of the XML
            dst.writestr(item, data)
    with pytest.raises(ValidationError, match="Excel"):
        read_table(bad)


def test_too_many_rows_are_refused_with_the_limit_named(tmp_path, monkeypatch):
    from scnews_desktop.domain.errors import ValidationError
    from scnews_desktop.storage import table_files

    path = tmp_path / "long.csv"
    path.write_text("指标,地区\n" + "a,b\n" * 50, encoding="utf-8")
    monkeypatch.setattr(table_files, "MAX_ROWS", 40)
    with pytest.raises(ValidationError, match="40"):
        list(table_files.TableFile(path).rows())


def test_duplicated_headers_are_a_problem(store, tmp_path):
    from scnews_desktop.storage.exchange import plan_observation_import

    headers = ["指标", "地区", "时期", "原文数值", "原文数值", "来源"]
    plan = plan_observation_import(store, headers, [["a", "b", "2020年", "1亿元", "2亿元", "c"]])
    assert plan.problems and "出现了 2 次" in plan.problems[0].reason


def test_our_own_export_comes_back_without_its_apostrophes(store, tmp_path):
    from scnews_desktop.storage.exchange import export_rows, read_table, write_export

    oid = store.scalar("SELECT id FROM observations WHERE value_text = '741亿元'")
    store.update("observations", oid, {"note": "=SUM(A1)"}, 1)
    fields, rows = export_rows(store, "observations")
    path = tmp_path / "o.csv"
    write_export(path, fields, rows, "csv")
    assert "'=SUM(A1)" in path.read_text(encoding="utf-8-sig")  # neutralised on the way out
    headers, back, _ = read_table(path)
    assert "=SUM(A1)" in [row[headers.index("备注")] for row in back]  # and restored on the way in


def test_a_million_row_export_streams(store, tmp_path, monkeypatch):
    """The export reads its rows a thousand at a time from a cursor, never as one list."""
    from scnews_desktop.storage import exchange

    monkeypatch.setattr(exchange.Store, "query", lambda *a, **k: pytest.fail("the whole result was read"))
    fields, rows = exchange.export_stream(store, "observations")
    assert exchange.write_export(tmp_path / "o.json", fields, rows, "json") == 73


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("postgresql://ed:s3cret@db.example/scnews", "postgresql://ed@db.example/scnews"),
        (
            "postgresql://ed@db.example/scnews?password=s3cret&sslmode=require",
            "postgresql://ed@db.example/scnews?sslmode=require",
        ),
        (
            "postgresql://ed@db.example/scnews?sslmode=require&PASSWORD=s3cret",
            "postgresql://ed@db.example/scnews?sslmode=require",
        ),
        ("host=db.example user=ed password=s3cret dbname=scnews", "host=db.example user=ed dbname=scnews"),
        ("host=db.example password='s3 cret' dbname=scnews", "host=db.example dbname=scnews"),
        ("postgresql://ed:s3cret@[::1/scnews", "postgresql://ed@[::1/scnews"),
    ],
)
def test_a_password_in_any_form_of_address_is_never_shown(url, safe, capsys, tmp_path, default_db):
    """Passwords belong in ~/.pgpass: whatever form the address takes (user:password@, ?password=,
    password=…, a malformed IPv6 host), messages and settings never carry it."""
    from scnews_desktop.cli import main
    from scnews_desktop.storage.sync import HubError, connect, safe_url

    assert safe_url(url) == safe
    with pytest.raises(HubError) as caught:
        connect(url.replace("db.example", "nowhere.invalid"))
    assert "s3cret" not in caught.value.message and "s3 cret" not in caught.value.message
    assert main(["sync", "--db", str(default_db), "--hub", url.replace("db.example", "nowhere.invalid")]) == 2
    err = capsys.readouterr().err
    assert "s3cret" not in err and "s3 cret" not in err and "Traceback" not in err


def test_a_recent_backup_of_the_same_file_put_back_by_hand_never_takes_the_log(default_db, tmp_path):
    """The backup is taken, a few edits are checkpointed into the file, the app crashes with more in
    its log, and the editor copies the backup back by hand: the log was written for the file it
    replaced, and folding it in broke an index while every quick check passed. The backup's own header
    says what it is (this app writes backups in rollback mode): refused untouched, restore keeps both."""
    import shutil

    from scnews_desktop.cli import main
    from scnews_desktop.storage.errors import ForeignWal

    backup = tmp_path / "backup.db"
    assert main(["backup", "--db", str(default_db), "-o", str(backup)]) == 0
    assert backup.read_bytes()[18:20] == b"\x01\x01"
    crash_leaving_a_log(default_db)
    shutil.copyfile(backup, default_db)
    with pytest.raises(ForeignWal):
        Store.open(default_db)
    assert default_db.read_bytes() == backup.read_bytes()
    assert main(["restore", str(backup), "--db", str(default_db)]) == 0
    with Store.open(default_db) as store:
        assert store.scalar("PRAGMA integrity_check") == "ok"
        assert store.scalar("SELECT count(*) FROM sources WHERE title LIKE '新来源%'") == 0


def test_restore_refuses_a_file_that_is_open(default_db, tmp_path, capsys):
    """Restored under an open app, the app's next saves (all reported OK) went into the file moved
    aside: restore now waits for the file to be closed."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    from scnews_desktop.cli import main

    backup = tmp_path / "backup.db"
    assert main(["backup", "--db", str(default_db), "-o", str(backup)]) == 0
    with Store.open(default_db) as store:  # this process
        assert main(["restore", str(backup), "--db", str(default_db)]) == 2
        assert "正在被打开" in capsys.readouterr().err
        store.insert("sources", {"title": "恢复时保存的"})
    holder = subprocess.Popen(  # another program
        [
            sys.executable,
            "-c",
            "import sys, time; from scnews_desktop.storage.database import Store; "
            "s = Store.open(sys.argv[1]); s.scalar('SELECT 1'); print('open', flush=True); time.sleep(30)",
            str(default_db),
        ],
        env={"PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        assert main(["restore", str(backup), "--db", str(default_db)]) == 2
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    time.sleep(0.1)
    assert main(["restore", str(backup), "--db", str(default_db)]) == 0


def test_a_page_damaged_inside_the_file_is_the_checks_finding_not_a_traceback(default_db, capsys):
    import os

    from scnews_desktop.cli import main

    size = os.path.getsize(default_db)
    with default_db.open("r+b") as fh:  # every seventh page from the fourth, partly overwritten
        for offset in range(4096 * 3 + 100, size, 4096 * 7):
            fh.seek(offset)
            fh.write(b"\xde\xad\xbe\xef" * 64)
    assert main(["check", "--db", str(default_db)]) == 1
    captured = capsys.readouterr()
    assert "数据库完整性" in captured.out and "Traceback" not in captured.err + captured.out
