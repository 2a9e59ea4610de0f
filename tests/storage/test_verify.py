"""A draft checked against the fact base: rewrites of the seed page's trade and poverty paragraphs with
figures kept, rounded, qualified, changed and new; and the command line (JSON, exit code, bad input)."""

import json
from datetime import date

import pytest

from scnews_desktop.cli import main
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.verify import verify

TRADE = (
    "据海关统计，2020年四川货物贸易进出口总值8082亿元，同比增长19%。其中出口4654.3亿元，增长19.2%；"
    "进口3527.6亿元，增长18.8%。2020年12月，四川货物贸易进出口值741亿元，增长16.7%。"
    "2020年，四川服务贸易进出口总额1213亿元。"
)
POVERTY = (
    "2016—2020年，我省计划安排资金15亿元用于支持贫困地区工业发展。截至2020年底，实际投入工业产业扶贫资金"
    "22亿元，新增中小微企业6千余户。2020年，四川货物贸易进出口总值逾8000亿元，位列全国第9位。"
)


@pytest.fixture
def store(default_db):
    with Store.open(default_db, readonly=True) as s:
        yield s


def _by_text(figures):
    return {f.text: f for f in figures}


def test_the_trade_rewrite_shows_rounded_changed_and_new_figures(store):
    figures = _by_text(verify(store, TRADE, date(2021, 2, 3)))
    rounded = figures["8082亿元"]  # stored 8081.9亿元: agrees within its written precision
    assert rounded.status == "match" and rounded.records[0]["value"] == 8081.9
    assert figures["4654.3亿元"].status == "match"
    changed = figures["3527.6亿元"]  # stored 3427.6亿元
    assert changed.status == "conflict"
    assert [(r["value_text"], r["differs"]) for r in changed.records] == [("3427.6亿元", ["value"])]
    assert "首破8000亿元" in changed.records[0]["source"] and "3427.6亿元" in changed.records[0]["quote"]
    assert figures["741亿元"].status == "match"  # 进出口值: the vocabulary's other name of 进出口总值
    assert figures["1213亿元"].status == "new"  # no 服务贸易 facts
    assert any("稿件内" in n for n in changed.notes)  # 8082 ≠ 4654.3 + 3527.6 within the draft


def test_the_poverty_rewrite_qualifiers_ranks_and_phrases_alike(store):
    figures = _by_text(verify(store, POVERTY, date(2021, 3, 1)))
    assert figures["15亿元"].status == "match"  # 计划安排资金 ~ 工业产业扶贫计划安排资金
    # (the stored fact of the same sentence taught its name: 计划安排资金 is 工业产业扶贫计划安排资金 here)
    assert any("同样写法" in n and "工业产业扶贫计划安排资金" in n for n in figures["15亿元"].notes)
    assert figures["22亿元"].status == "conflict"  # stored 21.4亿元 as at the end of 2020
    assert figures["6千余户"].status == "match"
    qualified = figures["逾8000亿元"]  # the value agrees (8081.9 is above 8000), the rank does not (8th)
    assert qualified.status == "conflict" and qualified.records[0]["differs"] == ["rank"]


def test_a_figure_the_draft_does_not_place_in_time_is_unread(store):
    figures = verify(store, "四川货物贸易进出口总值8081.9亿元。", None)
    assert [f.status for f in figures] == ["unread"] and figures[0].notes


def test_verify_command_json_and_exit_code(default_db, tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text("四川外贸\n2021-02-03 四川经济日报\n" + TRADE, encoding="gb18030")
    assert main(["verify", str(draft), "--db", str(default_db), "--json"]) == 1  # a conflict
    items = json.loads(capsys.readouterr().out)
    assert {i["status"] for i in items} == {"match", "conflict", "new"}
    conflict = next(i for i in items if i["status"] == "conflict")
    assert set(conflict) >= {"start", "end", "text", "indicator", "region", "period_label", "value", "unit"}
    assert conflict["records"][0]["table"] == "observations" and conflict["records"][0]["uid"]
    text = draft.read_text(encoding="gb18030")
    assert text[conflict["start"] : conflict["end"]] == conflict["text"]
    fine = tmp_path / "fine.txt"
    fine.write_text("2020年，四川货物贸易进出口总值8081.9亿元。", encoding="utf-8")
    assert main(["verify", str(fine), "--db", str(default_db), "--date", "2021-02-03"]) == 0
    assert "相符 1" in capsys.readouterr().out


def test_verify_command_bad_input(default_db, tmp_path, capsys):
    assert main(["verify", str(tmp_path / "missing.txt"), "--db", str(default_db)]) == 2
    assert "无法读取" in capsys.readouterr().err
    draft = tmp_path / "d.txt"
    draft.write_text("2020年，四川货物贸易进出口总值8081.9亿元。", encoding="utf-8")
    assert main(["verify", str(draft), "--db", str(default_db), "--date", "2021-13-01"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_verify_and_extract_write_a_long_draft_out_a_block_at_a_time(
    default_db, tmp_path, capsys, monkeypatch
):
    """The command line writes what it read block by block (bounded memory for a very long draft): the
    JSON is one valid list, the same figures as read whole, the summary counts every block."""
    from scnews_desktop.domain.extraction import reader

    draft = tmp_path / "long.txt"
    draft.write_text("\n".join(["2020年，四川货物贸易进出口总值8081.9亿元。"] * 30), encoding="utf-8")
    args = ["--db", str(default_db), "--date", "2021-02-03"]
    assert main(["verify", str(draft), *args, "--json"]) == 0
    whole = json.loads(capsys.readouterr().out)
    assert main(["extract", str(draft), *args, "--json"]) == 0
    extracted_whole = json.loads(capsys.readouterr().out)
    monkeypatch.setattr(reader, "BLOCK", 100)
    assert len(list(reader.extract_blocks(draft.read_text(encoding="utf-8"), None, None))) >= 10
    assert main(["verify", str(draft), *args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == whole and len(whole) == 30
    assert main(["extract", str(draft), *args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == extracted_whole
    assert main(["verify", str(draft), *args]) == 0
    assert "共 30 个数字：相符 30" in capsys.readouterr().out
    empty = tmp_path / "empty.txt"
    empty.write_text("没有数字的稿件。", encoding="utf-8")
    assert main(["verify", str(empty), *args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
