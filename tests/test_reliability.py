"""Reliability: killed processes, damaged and foreign files, two editors, hostile input, write errors,
diagnostics. Every check ends with the file consistent and nothing half-written."""

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scnews_desktop.cli import main as cli
from scnews_desktop.domain.errors import ValidationError
from scnews_desktop.domain.periods import parse_period
from scnews_desktop.domain.quantities import parse_growth, parse_quantity, parse_rank
from scnews_desktop.storage import migrations
from scnews_desktop.storage.browse import Browser, Filters
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.errors import ConflictError, DiskFull, StorageError
from scnews_desktop.storage.exchange import apply_import, plan_observation_import, read_table
from scnews_desktop.storage.specs import OBSERVATIONS, PROJECTS, SOURCES

# Derandomized: CI runs exactly the examples checked here, so a failure reproduces; raise max_examples
# (or drop derandomize) to explore further.
HYPOTHESIS = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# ----------------------------------------------------------------------------- crash safety
IMPORT_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.exchange import apply_import, plan_observation_import, read_table
    db, csv_path = Path(sys.argv[1]), Path(sys.argv[2])
    store = Store.open(db)
    headers, rows, _ = read_table(csv_path)
    plan = plan_observation_import(store, headers, rows)
    assert not plan.problems, plan.report()[:3]
    print("ready", flush=True)
    apply_import(store, plan)
    print("done", flush=True)
""")

SAVE_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scnews_desktop.storage.database import Store
    store = Store.open(Path(sys.argv[1]), editor="crash")
    template = store.query("SELECT * FROM observations ORDER BY id LIMIT 1")[0]
    values = {k: template[k] for k in ("indicator_id", "region_id", "period_kind", "period_start", "period_end",
                                       "value", "source_id")}
    print("ready", flush=True)
    n = 0
    while True:
        store.insert("observations", dict(values, note="crash-test", value=float(n)))
        n += 1
""")


def run_and_kill(script: str, args: list[str], rng: random.Random, max_delay: float) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
    time.sleep(rng.uniform(0, max_delay))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()


@pytest.mark.slow
def test_killed_import_leaves_all_or_nothing(default_db, tmp_path):
    rows = ["指标,单位,地区,时期,原文数值,来源,发表日期"]
    first = date(1950, 1, 1)
    days = [first + timedelta(days=i) for i in range(20000)]  # one fact per day: no two rows alike
    rows += [
        f"招商引资到位市外资金,亿元,内江市,{d.year}年{d.month}月{d.day}日,{i}亿元,内江：实干抓项目 实效论英雄,2021-01-21"
        for i, d in enumerate(days)
    ]
    csv_path = tmp_path / "big.csv"
    csv_path.write_text("\n".join(rows), encoding="utf-8")
    rng = random.Random(20210121)
    before = sqlite3.connect(default_db).execute("SELECT count(*) FROM observations").fetchone()[0]
    seen = set()
    for _ in range(10):
        run_and_kill(IMPORT_CHILD, [str(default_db), str(csv_path)], rng, 0.6)
        assert integrity(default_db) == "ok"
        conn = sqlite3.connect(default_db)
        count = conn.execute("SELECT count(*) FROM observations").fetchone()[0]
        audit = conn.execute("SELECT count(*) FROM changes WHERE table_name = 'observations'").fetchone()[0]
        conn.close()
        assert (count - before) % 20000 == 0, count  # whole imports only
        assert audit - 73 == count - before  # and each with its audit rows
        seen.add(count)
    assert len(seen) >= 1


@pytest.mark.slow
def test_killed_saves_leave_each_record_with_its_audit_row(default_db):
    rng = random.Random(7)
    for _ in range(10):
        run_and_kill(SAVE_CHILD, [str(default_db)], rng, 0.4)
        assert integrity(default_db) == "ok"
        conn = sqlite3.connect(default_db)
        saved = conn.execute("SELECT uid FROM observations WHERE note = 'crash-test'").fetchall()
        logged = conn.execute("SELECT row_uid FROM changes WHERE editor = 'crash'").fetchall()
        conn.close()
        assert sorted(saved) == sorted(logged)
    with Store.open(default_db) as store:  # the next open indexes anything left in the search queue
        assert store.scalar("SELECT count(*) FROM search_queue") == 0


# ----------------------------------------------------------------------------- damaged and foreign files
def _make(kind: str, path: Path, default_db: Path) -> None:
    if kind == "text":
        path.write_text("这不是数据库\n", encoding="utf-8")
    elif kind == "truncated":
        path.write_bytes(default_db.read_bytes()[:3000])
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        path.write_bytes(default_db.read_bytes())
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 5}")
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('scnews', 'm099', 'x')"
        )
        conn.commit()
        conn.close()
    elif kind == "empty":
        path.write_bytes(b"")


@pytest.mark.parametrize("kind", ["text", "truncated", "foreign", "newer", "empty", "missing"])
def test_damaged_files_are_refused_unchanged(kind, tmp_path, default_db, capsys):
    path = tmp_path / f"{kind}.db"
    if kind != "missing":
        _make(kind, path, default_db)
        before = digest(path)
    assert cli(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    if kind == "missing":
        assert not path.exists()
    else:
        assert digest(path) == before
    proc = subprocess.run(
        [sys.executable, "-m", "scnews_desktop", "--db", str(path), "--smoke-test"],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "c"),
            "XDG_STATE_HOME": str(tmp_path / "s"),
        },
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    if kind != "missing":
        assert digest(path) == before


def test_read_only_database_shows_a_banner(qtbot, qt_app_name, default_db):  # store closes with the process
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLabel

    from scnews_desktop.app import configure_application
    from scnews_desktop.ui.main_window import MainWindow

    configure_application(qt_app_name, "zh_CN")
    store = Store.open(default_db, readonly=True)
    window = MainWindow(store, QSettings())
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "只读" in banner.text()
    dialog = window.new_record("observations")
    assert not dialog.form.save_button.isEnabled()
    dialog.hide()
    window.hide()
    qtbot.wait(1)


# ----------------------------------------------------------------------------- two editors
def test_two_processes_read_while_one_writes_and_conflicts_are_detected(default_db):
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import sqlite3, time
        conn = sqlite3.connect({str(default_db)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE observations SET note = 'writer', version = version + 1 WHERE value_text = '307亿元'")
        print("writing", flush=True)
        time.sleep(1.5)
        conn.execute("COMMIT")
    """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout.readline().strip() == "writing"
    with Store.open(default_db) as store:
        started = time.perf_counter()
        record = store.query("SELECT * FROM observations WHERE value_text = '307亿元'")[0]
        assert time.perf_counter() - started < 1.0  # reading is not blocked by the writer (WAL)
        assert record["note"] is None  # the uncommitted change is not seen
        writer.wait(timeout=30)
        writer.stdout.close()
        with pytest.raises(ConflictError) as info:
            store.update("observations", record["id"], {"note": "mine"}, record["version"])
        assert info.value.current["note"] == "writer"
        assert store.get("observations", record["id"])["note"] == "writer"  # nothing silently lost


# ----------------------------------------------------------------------------- hostile input
hostile = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            '"',
            "'",
            "*",
            "NEAR(",
            "内江 OR 宜宾",
            "AND",
            "\x00",
            "亿元亿元",
            "逾逾逾",
            "百分之",
            "1e309亿元",
            "9" * 400 + "亿元",
            "—" * 50,
            "第第第",
            "年年年",
            "12月32日",
            "-0",
            "+5%",
            "１２３４５６",
        ]
    ),
)


@HYPOTHESIS
@given(text=hostile)
def test_parsers_return_a_value_or_a_validation_error(text):
    for parse in (parse_quantity, parse_growth, parse_rank, lambda t: parse_period(t, None)):
        try:
            parse(text)
        except ValidationError as exc:
            assert exc.message


@pytest.mark.parametrize(
    "text", ["10000000000000000000000000000", "1" * 60 + "亿元", "9" * 30 + ".5%", "增长" + "9" * 40 + "%"]
)
def test_absurdly_large_numbers_are_a_validation_error_not_a_crash(text):
    for parse in (parse_quantity, parse_growth):
        try:
            parse(text)
        except ValidationError as exc:
            assert exc.message


def test_huge_strings_do_not_hang():
    started = time.perf_counter()
    for parse in (parse_quantity, parse_growth, parse_rank, parse_period):
        with pytest.raises(ValidationError):
            parse("亿" * 1_000_000)
    assert time.perf_counter() - started < 5


@HYPOTHESIS
@given(text=hostile)
def test_search_accepts_anything(store, text):
    for spec in (OBSERVATIONS, PROJECTS, SOURCES):
        b = Browser(store, spec)
        b.set_filters(Filters(search=text))
        assert b.count() >= 0
        b.first(5)


def test_search_with_a_megabyte_and_a_nul(store):
    b = Browser(store, SOURCES)
    b.set_filters(Filters(search="内江\x00" + "x" * 1_000_000))
    assert b.count() >= 0


@HYPOTHESIS
@given(data=st.binary(max_size=400))
def test_importer_never_crashes_on_bytes(store, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("imp") / "x.csv"
    path.write_bytes(data)
    try:
        headers, rows, _ = read_table(path)
        plan_observation_import(store, headers, rows)
    except ValidationError as exc:
        assert exc.message


@HYPOTHESIS
@given(rows=st.lists(st.lists(st.text(max_size=30), max_size=12), max_size=15))
def test_importer_handles_ragged_rows(store, rows):
    headers = ["指标", "单位", "地区", "时期", "原文数值", "来源", "发表日期"]
    plan = plan_observation_import(store, headers, rows)
    assert len(plan.rows) + len({p.row for p in plan.problems}) >= 0


def test_importer_refuses_huge_cells(store, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text(
        "指标,单位,地区,时期,原文数值,来源\n" + "x" * 1_200_000 + ",亿元,内江市,2020年,1亿元,a\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match="单元格超过"):
        read_table(path)
    path.write_text(
        "指标,单位,地区,时期,原文数值,来源\n" + "x" * 120_000 + ",亿元,内江市,2020年,1亿元,a\n",
        encoding="utf-8",
    )
    headers, rows, _ = read_table(path)
    plan = plan_observation_import(store, headers, rows)
    assert plan.problems and "超过" in plan.problems[0].reason


# ----------------------------------------------------------------------------- write errors
def test_failing_write_during_import_rolls_back(store, tmp_path, monkeypatch):
    path = tmp_path / "in.csv"
    path.write_text(
        "指标,单位,地区,时期,原文数值,来源,发表日期\n"
        + "\n".join(
            f"招商引资到位市外资金,亿元,内江市,{1990 + i}年,{i}亿元,内江：实干抓项目 实效论英雄,2021-01-21"
            for i in range(30)
        ),
        encoding="utf-8",
    )
    headers, rows, _ = read_table(path)
    plan = plan_observation_import(store, headers, rows)
    before = store.scalar("SELECT count(*) FROM observations")
    schema = store.query("SELECT name, sql FROM sqlite_master ORDER BY name")
    from scnews_desktop.storage import search

    def full(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    # fails after the rows went in with their insert triggers dropped: everything comes back
    monkeypatch.setattr(search, "index_new_rows", full)
    with pytest.raises(DiskFull, match="磁盘空间不足"):
        apply_import(store, plan)
    assert store.scalar("SELECT count(*) FROM observations") == before
    assert store.query("SELECT name, sql FROM sqlite_master ORDER BY name") == schema
    assert integrity(store.path) == "ok"


def test_failing_backup_is_a_clear_error(store, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StorageError) as info:
        store.backup_to(blocker / "backup.db")
    assert info.value.message and not (tmp_path / "not-a-folder" / "backup.db").exists()


def test_failing_save_in_a_form_keeps_the_input(store, monkeypatch):
    def full(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    before = store.scalar("SELECT count(*) FROM sources")
    monkeypatch.setattr(store, "_log", full)
    with pytest.raises(DiskFull):
        store.insert("sources", {"title": "x"})
    assert store.scalar("SELECT count(*) FROM sources") == before


# ----------------------------------------------------------------------------- diagnostics
def test_unexpected_error_shows_a_dialog_naming_the_log(qtbot, qt_app_name, tmp_path):
    from scnews_desktop import diagnostics

    log_file = diagnostics.setup_logging(tmp_path / "logs" / "app.log")
    old_hook = sys.excepthook
    try:
        diagnostics.install_exception_hook(None, log_file)
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        box = sys.excepthook.last_box
        assert box.isVisible() and str(log_file) in box.text()
        for handler in diagnostics.log.handlers:
            handler.flush()
        assert "RuntimeError: boom" in log_file.read_text(encoding="utf-8")
        box.close()
    finally:
        sys.excepthook = old_hook


_NEWS_TOKENS = [
    *"0123456789.%，。、；：“”（）-—至年月日底末万亿千百十余多约逾近超过达和与分别同比增长下降其中截至今去",
    *"全省市县区项目开工签约億萬約餘",
    *["内江", "宜宾", "成都", "四川", "集团", "有限公司", "总投资", "亿元", "个百分点", "\n"],
]
_NEWSY = st.lists(st.sampled_from(_NEWS_TOKENS), max_size=80).map("".join)


@HYPOTHESIS
@given(text=st.one_of(hostile, _NEWSY))
def test_the_extractor_never_fails_and_its_offsets_hold(text):
    from datetime import date

    from scnews_desktop.domain.extraction import extract
    from scnews_desktop.domain.regions import standalone_gazetteer

    for c in extract(text, date(2021, 1, 21), _GAZETTEER.setdefault("g", standalone_gazetteer())):
        assert text[c.start : c.end] == c.text
        assert text[c.quote_start : c.quote_end] == c.quote
        assert c.kind in ("observation", "project")


_GAZETTEER: dict = {}
