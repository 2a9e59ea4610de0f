import hashlib
import sqlite3
import subprocess
import sys

import pytest

from scnews_desktop.cli import main


def run(*args):
    return main([str(a) for a in args])


def test_init_creates_default_database(tmp_path, capsys):
    path = tmp_path / "x.db"
    assert run("init", path) == 0
    out = capsys.readouterr().out
    assert "observations 73" in out or "observations" in out
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM observations").fetchone()[0] > 50
    assert conn.execute("SELECT count(*) FROM regions WHERE level = 'county'").fetchone()[0] == 183
    conn.close()
    assert not list(tmp_path.glob("*.part*"))


def test_init_empty(tmp_path):
    path = tmp_path / "e.db"
    assert run("init", path, "--empty") == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM observations").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM regions").fetchone()[0] == 239 + 12  # divisions, standard zones
    zones = {r[0] for r in conn.execute("SELECT name FROM regions WHERE level = 'zone'")}
    assert {
        "成都平原经济区",
        "天府新区",
        "三江新区",
    } <= zones and "全省88个贫困县" not in zones  # (the sample's)
    conn.close()


def test_init_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "x.db"
    path.write_text("keep me", encoding="utf-8")
    assert run("init", path) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "已存在" in err
    assert path.read_text(encoding="utf-8") == "keep me"


def test_check_passes_on_default(default_db, capsys):
    assert run("check", "--db", default_db) == 0
    assert "检查通过" in capsys.readouterr().out


def test_check_reports_broken_sum_rule_and_quote(default_db, capsys):
    conn = sqlite3.connect(default_db)
    conn.execute("UPDATE observations SET value = 4600, value_text = '4600亿元' WHERE value = 4654.3")
    conn.execute("UPDATE observations SET quote = '这句话不在原文里' WHERE value = 741")
    conn.commit()
    conn.close()
    assert run("check", "--db", default_db) == 1
    out = capsys.readouterr().out
    assert "[错误·分项与合计不符]" in out and "货物贸易进出口总值" in out
    assert "[错误·引文不在原文中]" in out


def test_check_reports_value_text_mismatch(default_db, capsys):
    conn = sqlite3.connect(default_db)
    conn.execute("UPDATE observations SET value = 2185.9 WHERE value_text = '21859万元'")
    conn.commit()
    conn.close()
    assert run("check", "--db", default_db) == 1
    assert "21859万元" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"hello", b""])
def test_check_on_bad_file_is_one_line(tmp_path, capsys, content):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert run("check", "--db", path) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_check_on_missing_file(tmp_path, capsys):
    assert run("check", "--db", tmp_path / "none.db") == 2
    assert "找不到" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_backup(default_db, tmp_path, capsys):
    out = tmp_path / "b.db"
    assert run("backup", "--db", default_db, "-o", out) == 0
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert run("backup", "--db", default_db, "-o", out) == 2  # refuses to overwrite


def test_usage_error_exits_2_without_traceback():
    proc = subprocess.run(
        [sys.executable, "-m", "scnews_desktop.cli", "check"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "参数错误" in proc.stderr


def test_console_script_init_and_sqlite_utils_reads_it(tmp_path):
    bin_dir = __import__("pathlib").Path(sys.executable).parent
    path = tmp_path / "x.db"
    subprocess.run([bin_dir / "scnews", "init", path], check=True, capture_output=True)
    proc = subprocess.run(
        [bin_dir / "sqlite-utils", "tables", path, "--counts"], capture_output=True, text=True, check=True
    )
    assert '"table": "observations", "count": 73' in proc.stdout


def test_help_is_chinese_and_every_option_says_what_it_does(capsys):
    from scnews_desktop.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # every command's own parser
    for name, command in [("scnews", parser), *commands.items()]:
        text = command.format_help()
        assert "用法：" in text and "usage:" not in text and "options:" not in text, name
        assert "show this help" not in text and "positional arguments" not in text, name
        for action in command._actions:
            assert action.help, (name, action.option_strings or action.dest)


def test_catalogue_lists_the_indicators_and_checks_a_newsrooms_file(tmp_path, capsys):
    from scnews_desktop.cli import main
    from scnews_desktop.domain import vocabulary

    good = tmp_path / "good.csv"
    good.write_text(
        "name,unit,measure,category,growth_basis,wordings,source\n川菜产业产值,亿元,flow,产业,nominal,,编辑部\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("name,unit\n坏指标,斤两\n", encoding="utf-8")
    try:
        assert main(["catalogue", "--file", str(good)]) == 0
        assert "产业\t1" in capsys.readouterr().out
        assert main(["catalogue", "--file", str(bad)]) == 1
        assert "斤两" in capsys.readouterr().err
        assert main(["catalogue", "--file", str(tmp_path / "missing.csv")]) == 2
    finally:
        vocabulary.catalogue.cache_clear()
        vocabulary._index.cache_clear()


@pytest.mark.parametrize(
    "argv, said",
    [
        (["scnews_desktop.cli", "init"], "缺少必需的参数：path"),
        (["scnews_desktop.cli", "export", "x.db", "--format", "pdf"], "参数 --format：无效的选择 'pdf'"),
        (["scnews_desktop.cli", "stats", "--db", "x.db", "--bogus"], "无法识别的参数：--bogus"),
        (["scnews_desktop", "--lang", "fr"], "参数 --lang：无效的选择 'fr'"),
    ],
)
def test_argument_errors_of_both_programs_are_chinese(argv, said):
    proc = subprocess.run([sys.executable, "-m", *argv], capture_output=True, text=True)
    assert proc.returncode == 2 and said in proc.stderr, proc.stderr
    assert (
        "usage:" not in proc.stderr
        and "the following" not in proc.stderr
        and "invalid choice" not in proc.stderr
    )


def test_the_desktop_program_s_help_is_chinese():
    from scnews_desktop.app import build_parser

    text = build_parser().format_help()
    assert (
        "用法：" in text
        and "显示此帮助并退出" in text
        and "usage:" not in text
        and "show this help" not in text
    )
    assert all(action.help for action in build_parser()._actions)


def test_export_asks_before_replacing_and_refuses_what_is_not_a_regular_file(default_db, tmp_path, capsys):
    import os
    import stat

    out = tmp_path / "o.csv"
    out.write_text("编辑的表格", encoding="utf-8")
    assert run("export", "--db", default_db, "-o", out) == 2
    assert out.read_text(encoding="utf-8") == "编辑的表格" and "--overwrite" in capsys.readouterr().err
    assert run("export", "--db", default_db, "-o", out, "--overwrite") == 0
    assert out.read_text(encoding="utf-8-sig").startswith("指标")
    for target in (tmp_path, "/dev/null"):
        assert run("export", "--db", default_db, "-o", target, "--overwrite") == 2
        assert "不是普通文件" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_piped_into_a_closed_pipe_ends_quietly(default_db, monkeypatch, capsys):
    class Closed:
        def write(self, _text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert run("stats", "--db", default_db) == 0
    sys.stdout.close()  # (the command's own stand-in for the closed pipe)
    assert "文件操作失败" not in capsys.readouterr().err
