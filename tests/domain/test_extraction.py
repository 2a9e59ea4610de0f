import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from scnews_desktop.domain.extraction import extract, fold
from scnews_desktop.domain.regions import standalone_gazetteer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gaz():
    return standalone_gazetteer()


def test_fold_keeps_length():
    text = "開工１２億元，總投資（下同）"
    assert len(fold(text)) == len(text) and fold(text).startswith("开工12亿元，总投资")


def test_trade_sentence(gaz):
    text = "据海关统计，2020年四川货物贸易进出口总值8081.9亿元，规模位列全国第8，与2019年相比(下同)增长19%，其中出口4654.3亿元，增长19.2%。"
    found = [c for c in extract(text, date(2021, 1, 21), gaz) if c.kind == "observation"]
    total = next(c for c in found if c.text == "8081.9亿元")
    assert (
        total.region,
        total.period_start,
        total.period_end,
        total.yoy_pct,
        total.rank,
        total.rank_scope,
    ) == ("四川省", "2020-01-01", "2020-12-31", 19.0, 8, "全国")
    assert total.indicator == "货物贸易进出口总值"
    exports = next(c for c in found if c.text == "4654.3亿元")
    assert (
        exports.yoy_pct == 19.2
        and exports.region == "四川省"
        and text[exports.start : exports.end] == "4654.3亿元"
    )


@pytest.mark.parametrize(
    "text,value,unit,qualifier",
    [
        ("新增中小微企业6千余户", 6000, "户", "over"),
        ("培训技能人才近7千人", 7000, "人", "under"),
        ("總投資約30億元", 30, "亿元", "approx"),
        ("投资１２亿元", 12, "亿元", "exact"),
    ],
)
def test_quantity_forms(gaz, text, value, unit, qualifier):
    c = next(c for c in extract(text, None, gaz) if c.kind == "observation")
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


def test_relative_period_and_dateline_region(gaz):
    text = "四川经济日报宜宾讯 今年1-11月，全市规模以上工业增加值增长9.1%，实现营业收入2000亿元。"
    c = next(c for c in extract(text, date(2021, 12, 20), gaz) if c.text == "2000亿元")
    assert (c.period_kind, c.period_start, c.period_end, c.region) == (
        "ytd",
        "2021-01-01",
        "2021-11-30",
        "宜宾市",
    )


def test_project_with_milestone(gaz):
    text = "1月20日，五粮液集团现代装备产业示范基地在宜宾三江新区开工。"
    p = next(c for c in extract(text, date(2021, 1, 21), gaz) if c.kind == "project")
    assert (
        p.name == "五粮液集团现代装备产业示范基地"
        and p.milestone == "started"
        and p.milestone_date == "2021-01-20"
    )


def test_cli_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("2020年，内江招商引资到位市外资金721.34亿元，增长15.6%。", encoding="gb18030")
    out = subprocess.run(
        [Path(sys.executable).parent / "scnews", "extract", path, "--date", "2021-01-21", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    items = json.loads(out)
    fact = next(i for i in items if i["kind"] == "observation")
    for key in (
        "start",
        "end",
        "text",
        "indicator",
        "region",
        "region_code",
        "period_label",
        "period_start",
        "period_end",
        "value",
        "unit",
        "qualifier",
        "yoy_pct",
    ):
        assert key in fact
    assert fact["value"] == 721.34 and fact["region_code"] == "511000"


def test_eval_scores_meet_the_value_targets():
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "extraction_eval.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    total = next(line for line in out.splitlines() if line.startswith("| **all**"))
    cells = [c.strip() for c in total.strip("|").split("|")]
    recall, precision = float(cells[4].rstrip("%")), float(cells[5].rstrip("%"))
    assert recall >= 95 and precision >= 90
