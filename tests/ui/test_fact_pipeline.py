"""One rulebook: the same typed inputs go in through the form, a proposal accepted in the capture view,
a CSV import and the default-data loader, and the same records come out of all four."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from scnews_desktop.app import create_main_window
from scnews_desktop.cli import init_database
from scnews_desktop.domain.extraction import Candidate
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.default_data import load_default_data
from scnews_desktop.storage.exchange import apply_import, plan_observation_import, read_table
from scnews_desktop.ui.forms.dialog import DISCARD

TITLE = "宜宾市2023年经济运行情况"
PUBLISHED = "2024-01-26"  # 全年 and 年末 in an article of January 2024 mean 2023
BODY = (
    "2023年，宜宾市实现地区生产总值4005.2亿元，按可比价格计算，比上年增长4.7%。"
    "全年签约引进项目投资逾60亿元。年末全市常住人口461万人。"
    "全年专项资金约1.2亿元。新建项目带动就业近7千人。"
    "2023年四川地区生产总值60132.9亿元，位列全国第5位。"
    "全市货物贸易进出口总值280亿元，按现价计算增长12.3%。"
)
INDICATORS = [
    {"name": "地区生产总值", "unit": "亿元", "measure": "flow", "aliases": ["GDP"]},
    {"name": "签约投资额", "unit": "亿元", "measure": "flow"},
    {"name": "常住人口", "unit": "万人", "measure": "stock"},
    {"name": "专项资金", "unit": "万元", "measure": "flow"},
    {"name": "带动就业人数", "unit": "人", "measure": "count"},
    {"name": "货物贸易进出口总值", "unit": "亿元", "measure": "flow"},
]
# What an editor types (or an article writes): aliases, traditional characters, relative periods,
# magnitudes without 元, qualifiers, a rank, and growth on both bases.
CASES = [
    {
        "indicator": "GDP",
        "region": "宜賓市",
        "period": "全年",
        "value": "4005.2亿",
        "yoy": "增长4.7%",
        "rank": "",
        "quote": "2023年，宜宾市实现地区生产总值4005.2亿元，按可比价格计算，比上年增长4.7%",
    },
    {
        "indicator": "签约投资额",
        "region": "宜宾市",
        "period": "全年",
        "value": "逾60亿元",
        "yoy": "",
        "rank": "",
        "quote": "全年签约引进项目投资逾60亿元",
    },
    {
        "indicator": "常住人口",
        "region": "宜宾",
        "period": "年末",
        "value": "461万",
        "yoy": "",
        "rank": "",
        "quote": "年末全市常住人口461万人",
    },
    {
        "indicator": "专项资金",
        "region": "宜宾市",
        "period": "全年",
        "value": "约1.2亿",
        "yoy": "",
        "rank": "",
        "quote": "全年专项资金约1.2亿元",
    },
    {
        "indicator": "带动就业人数",
        "region": "宜宾市",
        "period": "2023年",
        "value": "近7千人",
        "yoy": "",
        "rank": "",
        "quote": "新建项目带动就业近7千人",
    },
    {
        "indicator": "GDP",
        "region": "四川",
        "period": "2023年",
        "value": "60132.9亿元",
        "yoy": "",
        "rank": "全国第5位",
        "quote": "2023年四川地区生产总值60132.9亿元，位列全国第5位",
    },
    {
        "indicator": "货物贸易进出口总值",
        "region": "宜宾市",
        "period": "全年",
        "value": "280亿元",
        "yoy": "增长12.3%",
        "rank": "",
        "quote": "全市货物贸易进出口总值280亿元，按现价计算增长12.3%",
    },
]
EXPECTED = [
    (
        "地区生产总值",
        "宜宾市",
        "year",
        "2023-01-01",
        "2023-12-31",
        4005.2,
        "4005.2亿",
        "exact",
        4.7,
        None,
        "real",
    ),
    ("签约投资额", "宜宾市", "year", "2023-01-01", "2023-12-31", 60.0, "逾60亿元", "over", None, None, None),
    ("常住人口", "宜宾市", "asof", "2023-12-31", "2023-12-31", 461.0, "461万", "exact", None, None, None),
    (
        "专项资金",
        "宜宾市",
        "year",
        "2023-01-01",
        "2023-12-31",
        12000.0,
        "约1.2亿",
        "approx",
        None,
        None,
        None,
    ),
    (
        "带动就业人数",
        "宜宾市",
        "year",
        "2023-01-01",
        "2023-12-31",
        7000.0,
        "近7千人",
        "under",
        None,
        None,
        None,
    ),
    (
        "地区生产总值",
        "四川省",
        "year",
        "2023-01-01",
        "2023-12-31",
        60132.9,
        "60132.9亿元",
        "exact",
        None,
        5,
        None,
    ),
    (
        "货物贸易进出口总值",
        "宜宾市",
        "year",
        "2023-01-01",
        "2023-12-31",
        280.0,
        "280亿元",
        "exact",
        12.3,
        None,
        "nominal",
    ),
]
STORED = (
    "SELECT i.name, r.name AS region, o.period_kind, o.period_start, o.period_end, o.value, o.value_text, "
    "o.qualifier, o.yoy_pct, o.rank, o.growth_basis, o.rank_scope, o.quote, o.quote_start, o.quote_end, "
    "o.is_estimate FROM observations o JOIN indicators i ON i.id = o.indicator_id "
    "JOIN regions r ON r.id = o.region_id ORDER BY o.id"
)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> Path:
    """A database with the gazetteer, the indicators and the article (no facts yet)."""
    path = tmp_path_factory.mktemp("pipeline") / "base.db"
    init_database(path, empty=True)
    with Store.open(path, editor="测试") as store:
        for indicator in INDICATORS:
            store.insert("indicators", indicator)
        store.insert("sources", {"title": TITLE, "published_on": PUBLISHED, "body": BODY})
    return path


def copy(prepared: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / f"{name}.db"
    shutil.copyfile(prepared, target)
    return target


def stored(path: Path) -> list[dict]:
    with Store.open(path, readonly=True) as store:
        return store.query(STORED)


def key(row: dict) -> tuple:
    return tuple(
        row[k]
        for k in (
            "name",
            "region",
            "period_kind",
            "period_start",
            "period_end",
            "value",
            "value_text",
            "qualifier",
            "yoy_pct",
            "rank",
            "growth_basis",
        )
    )


def through_form(path: Path, qtbot) -> list[dict]:
    window = create_main_window(path, lang="zh_CN")
    qtbot.addWidget(window)
    window.ask_unsaved = lambda _parent: DISCARD
    source_id = window.store.scalar("SELECT id FROM sources")
    for case in CASES:
        form = window.new_record("observations").form
        form.indicator.propose(case["indicator"])
        form.indicator.lineEdit().editingFinished.emit()
        form.region.propose(case["region"])
        form.region.lineEdit().editingFinished.emit()
        form.source.set_value(source_id)
        for name in ("value", "period", "rank"):
            form.findChild(QLineEdit, name).setText(case[name])
        form.findChild(QLineEdit, "yoy_pct").setText(case["yoy"])
        start = BODY.index(case["quote"])
        form.set_quote(case["quote"], start, start + len(case["quote"]))
        assert form.save(), form.result.errors
    _close(window, qtbot)
    return stored(path)


def through_proposals(path: Path, qtbot) -> list[dict]:
    """Candidates as the extractor proposes them (phrase, place and period as written), accepted in
    the capture view: the form they fill saves them unchanged."""
    window = create_main_window(path, lang="zh_CN")
    qtbot.addWidget(window)
    window.ask_unsaved = lambda _parent: DISCARD
    capture = window.open_capture()
    capture.load_source(window.store.scalar("SELECT id FROM sources"))
    capture.candidates = []
    for case in CASES:
        start = BODY.index(case["quote"])
        at = BODY.index(case["value"].lstrip("逾约近"), start) if case["value"][0] in "逾约近" else start
        candidate = Candidate("observation", at, at + len(case["value"]), case["value"])
        candidate.value = 1.0  # the extractor's number as written; the rulebook reads the text
        candidate.indicator, candidate.region, candidate.period_label = (
            case["indicator"],
            case["region"],
            case["period"],
        )
        candidate.period_end = "2023-12-31"
        if case["yoy"]:
            candidate.yoy_pct = float(case["yoy"].strip("增长%"))
        if case["rank"]:
            candidate.rank, candidate.rank_scope = 5, "全国"
        candidate.quote, candidate.quote_start, candidate.quote_end = (
            case["quote"],
            start,
            start + len(case["quote"]),
        )
        capture.candidates.append(candidate)
    for i in range(len(CASES)):
        capture.accept_candidate(index=i)
        assert capture.save_fact(), capture.observation_form.result.errors
    _close(window, qtbot)
    return stored(path)


def through_import(path: Path, tmp_path: Path) -> list[dict]:
    csv_path = tmp_path / "facts.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["指标", "地区", "时期", "原文数值", "同比增长", "排名", "来源", "发表日期", "引文"])
        for case in CASES:
            writer.writerow(
                [
                    case["indicator"],
                    case["region"],
                    case["period"],
                    case["value"],
                    case["yoy"],
                    case["rank"],
                    TITLE,
                    PUBLISHED,
                    case["quote"],
                ]
            )
    with Store.open(path, editor="测试") as store:
        headers, rows, _encoding = read_table(csv_path)
        plan = plan_observation_import(store, headers, rows)
        assert not plan.problems, plan.report()
        apply_import(store, plan)
        again = plan_observation_import(store, headers, rows)  # the same file twice: duplicates only
        assert not again.rows and not again.problems and len(again.duplicates) == len(CASES)
    return stored(path)


def through_loader(tmp_path: Path) -> list[dict]:
    folder = tmp_path / "dataset"
    folder.mkdir()
    files = {
        "zones": [],
        "organizations": [],
        "projects": [],
        "sources": [{"key": "a", "uid": "s-1", "title": TITLE, "published_on": PUBLISHED, "body": BODY}],
        "indicators": [{**ind, "uid": f"i-{n}"} for n, ind in enumerate(INDICATORS)],
        "observations": [
            {
                "uid": f"o-{n}",
                "source": "a",
                "indicator": case["indicator"],
                "region": case["region"],
                "period": case["period"],
                "value_text": case["value"],
                "yoy_pct": case["yoy"] or None,
                "rank": case["rank"] or None,
                "quote": case["quote"],
            }
            for n, case in enumerate(CASES)
        ],
    }
    for name, content in files.items():
        (folder / f"{name}.json").write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "loader.db"
    init_database(path, empty=True)
    with Store.open(path, editor="测试") as store:
        load_default_data(store, folder)
    return stored(path)


def _close(window, qtbot) -> None:
    for child in window.findChildren(QWidget):
        if child.isWindow() and child is not window:
            child.blockSignals(True)
            child.hide()
    window.close()
    qtbot.wait(1)
    window.store.close()


def test_every_path_stores_the_same_records(prepared, tmp_path, qtbot, qt_app_name):
    results = {
        "form": through_form(copy(prepared, tmp_path, "form"), qtbot),
        "proposal": through_proposals(copy(prepared, tmp_path, "proposal"), qtbot),
        "import": through_import(copy(prepared, tmp_path, "import"), tmp_path),
        "loader": through_loader(tmp_path),
    }
    for path, rows in results.items():
        assert [key(r) for r in rows] == EXPECTED, path
    quotes = {
        path: [(r["quote"], r["quote_start"], r["quote_end"]) for r in rows] for path, rows in results.items()
    }
    assert quotes["form"] == quotes["proposal"] == quotes["import"] == quotes["loader"]
    assert all(start is not None for _q, start, _e in quotes["import"])
