"""Import, export, round trip, merge, backups and interoperability with sqlite-utils."""

import csv
import json
import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from scnews_desktop.cli import init_database, main
from scnews_desktop.domain.errors import ValidationError
from scnews_desktop.storage.backup import rolling_backup
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.exchange import (
    apply_import,
    export_rows,
    plan_observation_import,
    read_table,
    write_export,
)
from scnews_desktop.storage.merge import merge

HEADER = ["指标", "单位", "地区", "时期", "原文数值", "同比增长", "来源", "发表日期", "引文"]
GOOD = [
    [
        "招商引资到位市外资金",
        "亿元",
        "内江市",
        "2021年",
        "800亿元",
        "增长10.9%",
        "内江：实干抓项目 实效论英雄",
        "2021-01-21",
        "",
    ],
    [
        "货物贸易进出口总值",
        "亿元",
        "四川",
        "2021年1-11月",
        "8500亿元",
        "",
        "内江：实干抓项目 实效论英雄",
        "2021-01-21",
        "",
    ],
]
BAD = [
    [
        "招商引资到位市外资金",
        "亿元",
        "火星市",
        "2021年",
        "800亿元",
        "",
        "内江：实干抓项目 实效论英雄",
        "2021-01-21",
        "",
    ],
    [
        "招商引资到位市外资金",
        "亿元",
        "内江市",
        "2021年13月",
        "800亿元",
        "",
        "内江：实干抓项目 实效论英雄",
        "2021-01-21",
        "",
    ],
    [
        "招商引资到位市外资金",
        "亿元",
        "内江市",
        "2021年",
        "12亿人",
        "",
        "内江：实干抓项目 实效论英雄",
        "2021-01-21",
        "",
    ],
    [
        "不存在的指标",
        "亿元",
        "内江市",
        "2021年",
        "1亿元",
        "",
        "内江：实干抓项目 实效论英雄",
        "2021-01-21",
        "",
    ],
]


def write_csv(path, rows, encoding="utf-8-sig"):
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def count(store, table="observations"):
    return store.scalar(f"SELECT count(*) FROM {table}")


def test_report_lists_every_bad_row_and_writes_nothing(store, tmp_path):
    path = write_csv(tmp_path / "mixed.csv", [HEADER, *GOOD, *BAD])
    before = count(store)
    headers, rows, encoding = read_table(path)
    assert encoding == "utf-8-sig"
    plan = plan_observation_import(store, headers, rows)
    assert len(plan.rows) == 2
    reasons = {(p.row, p.column): p.reason for p in plan.problems}
    assert "找不到地区“火星市”" in reasons[(4, "地区")]
    assert "月份13不存在" in reasons[(5, "时期")]
    assert "不适用" in reasons[(6, "数值")]
    assert "不存在" in reasons[(7, "指标")]
    with pytest.raises(ValidationError):
        apply_import(store, plan)
    assert count(store) == before
    plan.problems = []  # the user chose to import the valid rows
    assert apply_import(store, plan) == 2
    assert count(store) == before + 2
    row = store.query(
        "SELECT value, yoy_pct, period_start, period_end FROM observations ORDER BY id DESC LIMIT 1"
    )[0]
    assert row == {"value": 8500, "yoy_pct": None, "period_start": "2021-01-01", "period_end": "2021-11-30"}


def test_gb18030_csv(store, tmp_path):
    path = write_csv(tmp_path / "gbk.csv", [HEADER, *GOOD], encoding="gb18030")
    headers, rows, encoding = read_table(path)
    assert encoding == "gb18030" and headers[0] == "指标"
    plan = plan_observation_import(store, headers, rows)
    assert not plan.problems and apply_import(store, plan) == 2


def test_xlsx_import_with_english_headers(store, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["indicator", "unit", "region", "period", "value", "yoy", "source_title", "source_date"])
    ws.append(
        [
            "招商引资到位市外资金",
            "亿元",
            "内江市",
            "2021年",
            800.5,
            "10.9",
            "内江：实干抓项目 实效论英雄",
            "2021-01-21",
        ]
    )
    path = tmp_path / "data.xlsx"
    wb.save(path)
    headers, rows, encoding = read_table(path)
    plan = plan_observation_import(store, headers, rows)
    assert encoding == "xlsx" and not plan.problems, plan.report()
    apply_import(store, plan)
    assert store.scalar("SELECT value FROM observations ORDER BY id DESC LIMIT 1") == 800.5


def test_create_missing_only_when_asked(store, tmp_path):
    rows = [HEADER, ["新指标", "户", "宜宾市", "2020年", "12户", "", "新文章", "2021-02-01", ""]]
    headers, data, _ = read_table(write_csv(tmp_path / "new.csv", rows))
    assert plan_observation_import(store, headers, data).problems
    plan = plan_observation_import(store, headers, data, create_missing=True)
    assert not plan.problems and plan.new_indicators and plan.new_sources
    apply_import(store, plan)
    assert store.scalar("SELECT unit FROM indicators WHERE name = '新指标'") == "户"


def test_a_unit_in_traditional_characters_is_the_same_unit(store, tmp_path):
    """A sheet typed from a traditional-script page: 戶 is 户, 萬億元 is 万亿元 — for a new indicator and
    for an existing one (no “与单位不符”)."""
    rows = [
        HEADER,
        ["改制企業", "戶", "宜宾市", "2020年", "12戶", "", "新文章", "2021-02-01", ""],
        ["工业增加值", "萬億元", "四川省", "2021年", "1.5萬億元", "", "新文章", "2021-02-01", ""],
    ]
    headers, data, _ = read_table(write_csv(tmp_path / "traditional.csv", rows))
    plan = plan_observation_import(store, headers, data, create_missing=True)
    assert not plan.problems, plan.report()
    apply_import(store, plan)
    assert store.scalar("SELECT unit FROM indicators WHERE name = '改制企業'") == "户"
    assert (
        store.scalar(
            "SELECT o.value FROM observations o JOIN indicators i ON i.id = o.indicator_id "
            "WHERE i.name = '工业增加值' AND o.value_text = '1.5萬億元'"
        )
        == 15000  # into the 亿元 indicator there is
    )


def test_a_figure_in_another_unit_family_makes_the_same_name_in_its_unit_when_asked(store, tmp_path):
    """工业增加值 is kept in 亿元; a row in 亿美元 is refused with the way out, and with “create missing” goes
    to 工业增加值 in 亿美元 — as the capture review does — never converted from dollars into yuan."""
    rows = [HEADER, ["工业增加值", "亿美元", "四川省", "2021年", "1.5亿美元", "", "新文章", "2021-02-01", ""]]
    headers, data, _ = read_table(write_csv(tmp_path / "dollars.csv", rows))
    refused = plan_observation_import(store, headers, data)
    assert any("可选择一并新建" in p.reason for p in refused.problems), refused.report()
    plan = plan_observation_import(store, headers, data, create_missing=True)
    assert not plan.problems, plan.report()
    apply_import(store, plan)
    assert store.query(
        "SELECT o.value, i.unit FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "WHERE o.value_text = '1.5亿美元'"
    ) == [{"value": 1.5, "unit": "亿美元"}]
    assert store.scalar("SELECT count(*) FROM indicators WHERE name = '工业增加值'") == 2


def test_formula_cells_are_neutralised_in_csv_and_xlsx(store, tmp_path):
    oid = store.scalar("SELECT id FROM observations WHERE value_text = '741亿元'")
    store.update("observations", oid, {"note": '=HYPERLINK("http://x")', "quote": "@SUM(A1)"}, 1)
    fields, rows = export_rows(store, "observations")
    csv_path = tmp_path / "out.csv"
    write_export(csv_path, fields, rows, "csv")
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text
    assert ",-0.7," in text  # a negative number stays a number
    xlsx_path = tmp_path / "out.xlsx"
    write_export(xlsx_path, fields, rows, "xlsx")
    ws = load_workbook(xlsx_path).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert '\'=HYPERLINK("http://x")' in values and "'@SUM(A1)" in values
    assert 8081.9 in values and -0.7 in values  # numbers as numbers
    assert ws.freeze_panes == "A2"


def test_round_trip_into_an_empty_database(store, tmp_path):
    fields, rows = export_rows(store, "observations")
    path = tmp_path / "all.csv"
    write_export(path, fields, rows, "csv")
    empty = tmp_path / "empty.db"
    init_database(empty, empty=True)
    with Store.open(empty) as target:
        headers, data, _ = read_table(path)
        plan = plan_observation_import(target, headers, data, create_missing=True)
        assert not plan.problems, plan.report()
        assert apply_import(target, plan) == len(rows)
        facts = (
            "SELECT i.name, i.unit, r.name AS region, o.period_kind, o.period_start, o.period_end, o.value, "
            "o.value_text, o.qualifier, o.yoy_pct, o.rank, o.rank_scope, s.title, o.quote, o.uid "
            "FROM observations o JOIN indicators i ON i.id = o.indicator_id JOIN regions r ON r.id = o.region_id "
            "JOIN sources s ON s.id = o.source_id ORDER BY o.uid"
        )
        assert target.query(facts) == store.query(facts)


def test_json_export(store, tmp_path):
    fields, rows = export_rows(store, "projects")
    path = tmp_path / "p.json"
    write_export(path, fields, rows, "json")
    data = json.loads(path.read_text(encoding="utf-8"))
    base = next(p for p in data if p["name"] == "五粮液集团现代装备产业示范基地")
    assert base["region"] == "三江新区" and "五粮液集团（investor）" in base["organizations"]


def test_merge_diverged_copies(default_db, tmp_path):
    theirs = tmp_path / "theirs.db"
    shutil.copyfile(default_db, theirs)
    with Store.open(default_db, editor="我") as ours_store:
        ours_store.insert("sources", {"title": "只在本机", "published_on": "2021-02-01"})
        oid = ours_store.scalar("SELECT id FROM observations WHERE value_text = '434亿元'")
        ours_store.update("observations", oid, {"note": "本机的改动"}, 1)
    with Store.open(theirs, editor="同事") as their_store:
        src = their_store.insert("sources", {"title": "只在同事那里", "published_on": "2021-02-02"})
        ind = their_store.scalar("SELECT id FROM indicators WHERE name = '货物贸易出口总值'")
        region = their_store.scalar("SELECT id FROM regions WHERE name = '四川省'")
        their_store.insert(
            "observations",
            {
                "indicator_id": ind,
                "region_id": region,
                "period_kind": "month",
                "period_start": "2021-01-01",
                "period_end": "2021-01-31",
                "value": 400.0,
                "source_id": src["id"],
            },
        )
        oid = their_store.scalar("SELECT id FROM observations WHERE value_text = '434亿元'")
        their_store.db.execute(
            "UPDATE observations SET note = '同事的改动', updated_at = '2099-01-01T00:00:00Z' WHERE id = ?",
            [oid],
        )
    with Store.open(default_db) as store:
        report = merge(store, theirs)
        titles = {r["title"] for r in store.query("SELECT title FROM sources")}
        assert {"只在本机", "只在同事那里"} <= titles
        assert report.added["sources"] == 1 and report.added["observations"] == 1
        assert len(report.conflicts) == 1 and report.conflicts[0].taken == "theirs"
        assert store.scalar("SELECT note FROM observations WHERE value_text = '434亿元'") == "同事的改动"
        assert report.skipped["observations"] == 72
        again = merge(store, theirs)  # merging twice changes nothing
        assert sum(again.added.values()) == 0 and not again.conflicts
        assert store.scalar("PRAGMA foreign_key_check") is None


def test_backup_while_another_connection_writes(default_db, tmp_path):
    stop = threading.Event()

    def writer():
        conn = sqlite3.connect(default_db, timeout=10)
        n = 0
        while not stop.is_set():
            conn.execute("UPDATE sources SET note = ? WHERE id = 1", [str(n)])
            conn.commit()
            n += 1
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        with Store.open(default_db) as store:
            copy = store.backup_to(tmp_path / "b.db")
    finally:
        stop.set()
        thread.join()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM observations").fetchone()[0] == 73
    conn.close()


def test_rolling_backups_keep_seven(store, tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 1, tzinfo=UTC)
    made = [
        rolling_backup(store, folder, keep=7, now=start + timedelta(days=d), every=timedelta(0))
        for d in range(9)
    ]
    assert all(made)
    assert len(list(folder.glob("scnews-*.db"))) == 7
    assert rolling_backup(store, folder, keep=7, now=start + timedelta(days=8, hours=5)) is None  # one a day


def test_cli_import_export_merge(default_db, tmp_path, capsys):
    path = write_csv(tmp_path / "mixed.csv", [HEADER, *GOOD, *BAD])
    before = sqlite3.connect(default_db).execute("SELECT count(*) FROM observations").fetchone()[0]
    assert main(["import", str(path), "--db", str(default_db), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "第 4 行 [地区]" in out and "未写入" in out
    assert main(["import", str(path), "--db", str(default_db)]) == 1
    assert main(["import", str(path), "--db", str(default_db), "--skip-invalid"]) == 0
    after = sqlite3.connect(default_db).execute("SELECT count(*) FROM observations").fetchone()[0]
    assert after == before + 2
    out_path = tmp_path / "o.xlsx"
    assert (
        main(
            [
                "export",
                "--db",
                str(default_db),
                "--table",
                "observations",
                "--format",
                "xlsx",
                "-o",
                str(out_path),
            ]
        )
        == 0
    )
    assert load_workbook(out_path).active.max_row == after + 1
    gb = tmp_path / "o.csv"
    assert (
        main(["export", "--db", str(default_db), "--format", "csv", "--encoding", "gb18030", "-o", str(gb)])
        == 0
    )
    assert "指标" in gb.read_bytes().decode("gb18030")
    assert main(["merge", str(default_db), "--db", str(default_db), "--dry-run"]) == 0
    assert main(["import", str(tmp_path / "missing.csv"), "--db", str(default_db)]) == 2


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary", b"", "指标\n".encode("utf-16")])
def test_unreadable_import_files_are_a_clear_error(store, tmp_path, content):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError):
        headers, rows, _ = read_table(path)
        plan = plan_observation_import(store, headers, rows)
        assert plan.problems
        raise ValidationError("file", "no usable rows")


def test_sqlite_utils_reads_the_database(default_db):
    bin_dir = Path(sys.executable).parent
    tables = subprocess.run(
        [bin_dir / "sqlite-utils", "tables", default_db, "--counts"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert '"observations", "count": 73' in tables
    rows = subprocess.run(
        [bin_dir / "sqlite-utils", "rows", default_db, "sources", "-c", "title"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "首破8000亿元" in rows
    query = subprocess.run(
        [
            bin_dir / "sqlite-utils",
            "query",
            default_db,
            "select count(*) as n from observations_fts where observations_fts match '\"内江\"'",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert '"n":' in query


def test_a_magnitude_without_yuan_imports_in_the_indicator_unit(store, tmp_path):
    path = write_csv(
        tmp_path / "m.csv",
        [
            ["指标", "单位", "地区", "时期", "数值", "来源", "发表日期"],
            [
                "招商引资到位市外资金",
                "亿元",
                "内江市",
                "2019年",
                "2074.8亿",
                "内江：实干抓项目 实效论英雄",
                "2021-01-21",
            ],
            [
                "招商引资到位市外资金",
                "亿元",
                "内江市",
                "2018年",
                "1500",
                "内江：实干抓项目 实效论英雄",
                "2021-01-21",
            ],
            [
                "招商引资到位市外资金",
                "万元",
                "内江市",
                "2017年",
                "21859",
                "内江：实干抓项目 实效论英雄",
                "2021-01-21",
            ],
        ],
    )
    headers, rows, _ = read_table(path)
    plan = plan_observation_import(store, headers, rows)
    assert not plan.problems, plan.report()
    assert [(r["value"], r["value_text"]) for r in plan.rows] == [
        (2074.8, "2074.8亿"),  # was 207 480 000 000 亿元
        (1500.0, "1500亿元"),
        (2.1859, "21859万元"),
    ]


def test_importing_the_same_file_twice_adds_nothing(store, tmp_path):
    path = write_csv(tmp_path / "good.csv", [HEADER, *GOOD])
    headers, rows, _ = read_table(path)
    apply_import(store, plan_observation_import(store, headers, rows))
    before = count(store)
    again = plan_observation_import(store, headers, rows)
    assert not again.rows and not again.problems and len(again.duplicates) == 2
    assert all("重复" in line for line in again.report())
    apply_import(store, again)
    assert count(store) == before


def test_same_fact_with_another_value_from_the_same_source_is_a_row_error(store, tmp_path):
    changed = [list(GOOD[0])]
    changed[0][4] = "900亿元"
    path = write_csv(tmp_path / "twice.csv", [HEADER, GOOD[0], *changed])
    headers, rows, _ = read_table(path)
    plan = plan_observation_import(store, headers, rows)
    assert len(plan.rows) == 1 and len(plan.problems) == 1 and plan.problems[0].row == 3
    other_source = [list(GOOD[0])]
    other_source[0][4], other_source[0][6] = "900亿元", "产业为基 击鼓催征战脱贫"
    path = write_csv(tmp_path / "other.csv", [HEADER, GOOD[0], *other_source])
    headers, rows, _ = read_table(path)
    assert not plan_observation_import(store, headers, rows).problems  # another source: a conflict later


def test_report_row_numbers_count_blank_lines(store, tmp_path):
    path = write_csv(tmp_path / "blank.csv", [HEADER, GOOD[0], [], BAD[1]])
    headers, rows, _ = read_table(path)
    plan = plan_observation_import(store, headers, rows)
    assert [p.row for p in plan.problems] == [4]  # as a spreadsheet numbers it


def test_merge_matches_records_both_files_created_and_refuses_unit_slips(default_db, tmp_path):
    theirs = tmp_path / "theirs.db"
    shutil.copyfile(default_db, theirs)
    with Store.open(default_db, editor="我") as ours_store:
        ours_store.insert("organizations", {"name": "同名公司", "kind": "enterprise"})
        ours_store.insert("indicators", {"name": "同名指标", "unit": "亿元"})
    with Store.open(theirs, editor="同事") as their_store:
        org = their_store.insert("organizations", {"name": "同名公司", "kind": "enterprise"})
        ind = their_store.insert("indicators", {"name": "同名指标", "unit": "亿元"})
        region = their_store.scalar("SELECT id FROM regions WHERE name = '四川省'")
        source = their_store.scalar("SELECT id FROM sources LIMIT 1")
        base = {"indicator_id": ind["id"], "region_id": region, "source_id": source, "period_kind": "year"}
        their_store.insert(
            "observations",
            base
            | {"period_start": "2020-01-01", "period_end": "2020-12-31", "value": 60.0, "value_text": "60亿"},
        )
        their_store.insert(  # the ×10⁸ slip of the old form
            "observations",
            base
            | {"period_start": "2019-01-01", "period_end": "2019-12-31", "value": 6e9, "value_text": "60亿"},
        )
        del org
    with Store.open(default_db) as store:
        report = merge(store, theirs)  # used to fail at once on the organisation's unique name
        assert report.matched["organizations"] == 1 and report.matched["indicators"] == 1
        assert report.added["observations"] == 1 and len(report.rejected) == 1
        assert "60亿" in report.rejected[0]
        assert store.scalar("SELECT count(*) FROM organizations WHERE name = '同名公司'") == 1
        assert (
            store.scalar(
                "SELECT count(*) FROM observations o JOIN indicators i ON i.id = o.indicator_id WHERE i.name = '同名指标'"
            )
            == 1
        )


def test_growth_columns_and_sheet_periods_are_read_as_people_write_them(store, tmp_path):
    """yoy_growth_pct is the year-on-year growth; 2018-01~11 is January to November, not 11 January;
    2016-12 and 2016-Q1 are a month and a quarter."""
    from scnews_desktop.storage.exchange import auto_mapping

    header = ["indicator", "unit", "region", "period", "value", "yoy_growth_pct", "source", "published_on"]
    assert auto_mapping(header)["yoy_pct"] == 5
    rows = [
        ["货物贸易进出口总值", "亿元", "四川", "2018-01~11", "5400亿元", "30.1", "外贸月报", "2018-12-20"],
        ["货物贸易进出口总值", "亿元", "四川", "2016-12", "400亿元", "5.5", "外贸月报", "2018-12-20"],
        ["货物贸易进出口总值", "亿元", "四川", "2016-Q1", "900亿元", "", "外贸月报", "2018-12-20"],
    ]
    plan = plan_observation_import(store, header, rows, create_missing=True)
    assert not plan.problems, plan.report()
    got = [(r["period_kind"], r["period_start"], r["period_end"], r.get("yoy_pct")) for r in plan.rows]
    assert got == [
        ("ytd", "2018-01-01", "2018-11-30", 30.1),
        ("month", "2016-12-01", "2016-12-31", 5.5),
        ("quarter", "2016-01-01", "2016-03-31", None),
    ]


def test_a_published_date_written_as_people_write_it_is_that_day(store):
    header = ["指标", "单位", "地区", "时期", "原文数值", "来源", "发表日期"]
    rows = [
        ["货物贸易进出口总值", "亿元", "四川", "2020年", "8081.9亿元", "外贸年报", "20210121"],
        ["货物贸易出口总值", "亿元", "四川", "2020年", "4654.3亿元", "外贸年报", "2021年1月21日"],
        ["货物贸易进口总值", "亿元", "四川", "2020年", "3427.6亿元", "外贸年报", "2021/1/32"],
    ]
    plan = plan_observation_import(store, header, rows, create_missing=True)
    assert [(p.row, p.column) for p in plan.problems] == [(4, "发表日期")]
    assert "不存在" in plan.problems[0].reason
    plan.problems = []  # the editor imports the valid rows
    assert apply_import(store, plan) == 2
    assert store.scalar("SELECT published_on FROM sources WHERE title = '外贸年报'") == "2021-01-21"


def test_a_multiple_of_the_indicator_s_unit_is_converted_never_a_second_indicator(store):
    header = ["指标", "单位", "地区", "时期", "数值", "来源", "发表日期"]
    rows = [
        ["地区生产总值(GDP)", "亿元", "四川", "2021年", "53850.8", "年报", "2022-01-20"],
        ["地区生产总值(GDP)", "万亿元", "四川", "2022年", "5.67", "年报", "2023-01-20"],
        ["数字经济核心产业增加值", "亿元", "四川", "2021年", "4012", "年报", "2022-01-20"],
        ["数字经济核心产业增加值", "万亿元", "四川", "2022年", "0.44", "年报", "2023-01-20"],
    ]
    before = store.scalar("SELECT count(*) FROM indicators")
    plan = plan_observation_import(store, header, rows, create_missing=True)
    assert not plan.problems, plan.report()
    assert apply_import(store, plan) == 4
    names = [r["name"] for r in store.query("SELECT name FROM indicators ORDER BY id")[before:]]
    assert names == ["地区生产总值", "数字经济核心产业增加值"]  # (each once; GDP by the catalogue's name)
    got = store.query(
        "SELECT i.name, i.unit, o.value FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "WHERE o.period_start = '2022-01-01' AND i.name IN ('地区生产总值', '数字经济核心产业增加值') ORDER BY i.name"
    )
    assert [(r["name"], r["unit"], round(r["value"])) for r in got] == [
        ("地区生产总值", "亿元", 56700),
        ("数字经济核心产业增加值", "亿元", 4400),
    ]


def test_a_csv_with_an_unclosed_quote_is_refused_whole_with_the_line(store, tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text(
        "指标,单位,地区,时期,数值,来源,发表日期\n"
        '货物贸易进出口总值,亿元,四川,2020年,100,"年报,2021-01-21\n'
        "货物贸易进出口总值,亿元,四川,2019年,90,年报,2021-01-21\n",
        encoding="utf-8",
    )
    before = store.scalar("SELECT count(*) FROM sources")
    with pytest.raises(ValidationError, match="第 2 行有一个引号没有闭合"):
        headers, rows, _encoding = read_table(path)
        plan_observation_import(store, headers, rows, create_missing=True)
    assert store.scalar("SELECT count(*) FROM sources") == before


def test_merge_takes_an_edit_made_on_a_machine_whose_clock_is_behind(default_db, tmp_path):
    """What changed since the two files agreed decides, not clocks: their edit (stamped in the past) of a
    fact we did not touch is taken without a conflict; an edit on both sides is a conflict."""
    theirs = tmp_path / "theirs.db"
    shutil.copyfile(default_db, theirs)
    with Store.open(theirs, editor="同事") as their_store:
        for text, note in (("434亿元", "同事改的"), ("741亿元", "同事也改的")):
            oid = their_store.scalar("SELECT id FROM observations WHERE value_text = ?", [text])
            version = their_store.scalar("SELECT version FROM observations WHERE id = ?", [oid])
            their_store.update("observations", oid, {"note": note}, version)
        their_store.db.execute(
            "UPDATE observations SET updated_at = '2000-01-01T00:00:00Z'"
        )  # (clock behind)
    with Store.open(default_db, editor="我") as store:
        oid = store.scalar("SELECT id FROM observations WHERE value_text = '741亿元'")
        version = store.scalar("SELECT version FROM observations WHERE id = ?", [oid])
        store.update("observations", oid, {"note": "我改的"}, version)
        report = merge(store, theirs)
        assert store.scalar("SELECT note FROM observations WHERE value_text = '434亿元'") == "同事改的"
        assert [(c.uid, c.taken) for c in report.conflicts] == [
            (store.scalar("SELECT uid FROM observations WHERE value_text = '741亿元'"), "ours")
        ]
        assert store.scalar("SELECT note FROM observations WHERE value_text = '741亿元'") == "我改的"


def test_import_names_indicators_as_the_capture_does(store):
    """货物贸易出口, 进出口总额, 地区生产总值(GDP): the file's or the catalogue's indicator, never a new one
    beside it (a name the file itself exported — 累计完成固定资产投资 — stays the file's: round trips)."""
    header = ["指标", "单位", "地区", "时期", "数值", "来源", "发表日期"]
    rows = [
        ["货物贸易出口", "亿元", "四川", "2021年", "5000", "年报", "2022-01-20"],
        ["进出口总额", "亿元", "四川", "2021年", "9000", "年报", "2022-01-20"],
        ["地区生产总值(GDP)", "亿元", "绵阳市", "2021年", "3350", "年报", "2022-01-20"],
    ]
    before = {r["name"] for r in store.query("SELECT name FROM indicators")}
    plan = plan_observation_import(store, header, rows, create_missing=True)
    assert not plan.problems, plan.report()
    apply_import(store, plan)
    names = {r["name"] for r in store.query("SELECT name FROM indicators")} - before
    assert names <= {"地区生产总值"}  # (the catalogue's, if the file did not have it)
    got = store.query(
        "SELECT i.name FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "WHERE o.period_start = '2021-01-01' AND o.value IN (5000, 9000, 3350) ORDER BY o.value"
    )
    assert [r["name"] for r in got] == ["地区生产总值", "货物贸易出口总值", "货物贸易进出口总值"]


def test_a_period_without_its_year_takes_the_year_column(store):
    header = ["指标", "单位", "地区", "年份", "时期", "数值", "来源", "发表日期"]
    rows = [
        ["货物贸易进出口总值", "亿元", "四川", "2018", "1—11月", "5400", "外贸月报", "2018-12-20"],
        ["货物贸易进出口总值", "亿元", "四川", "2018", "2017年", "5100", "外贸月报", "2018-12-20"],
    ]
    plan = plan_observation_import(store, header, rows, create_missing=True)
    assert not plan.problems, plan.report()
    assert [(r["period_start"], r["period_end"]) for r in plan.rows] == [
        ("2018-01-01", "2018-11-30"),
        ("2017-01-01", "2017-12-31"),  # (a period that names its year keeps it)
    ]
