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
    period, region = float(cells[6].rstrip("%")), float(cells[7].rstrip("%"))
    assert period >= 90 and region >= 90


def _fact(gaz, text, published, figure):
    return next(
        c for c in extract(text, published, gaz) if c.kind == "observation" and c.text.endswith(figure)
    )


def test_a_newspapers_name_is_not_the_articles_place(gaz):
    text = "四川经济日报讯 1月20日，某产业示范基地在宜宾市叙州区开工，计划总投资15亿元。"
    assert _fact(gaz, text, date(2021, 1, 21), "15亿元").region == "叙州区"


def test_adjacent_places_resolve_to_the_inner_one(gaz):
    text = "记者获悉，宜宾叙州区今年引进项目21个。"
    assert _fact(gaz, text, date(2021, 6, 1), "21个").region == "叙州区"


def test_place_named_after_a_placement_verb(gaz):
    text = "1月18日，某公司签约仪式举行。本次签约后，五大项目将落地叙州，总投资30亿元。"
    assert _fact(gaz, text, date(2021, 1, 21), "30亿元").region == "叙州区"


def test_a_signing_ceremonys_figures_take_its_day(gaz):
    text = "3月28日，南充市舉行2023年第一季度重大項目集中簽約儀式，現場簽約項目32個，總投資達486億元。"
    c = _fact(gaz, text, date(2023, 3, 29), "486億元")
    assert (c.period_start, c.period_end, c.value, c.unit) == ("2023-03-28", "2023-03-28", 486, "亿元")


def test_a_day_range(gaz):
    text = "1月23日至2月6日，年货节在线上举办，汇集近20万种优质年货。"
    c = _fact(gaz, text, date(2021, 1, 21), "近20万种")
    assert (c.period_kind, c.period_start, c.period_end) == ("range", "2021-01-23", "2021-02-06")


def test_the_year_of_an_event_is_not_the_period_of_counts_after_it(gaz):
    text = "如今，某县园区加快发展。某县工业园区2019年成功升级为省级经济开发区，入驻企业40家。"
    c = _fact(gaz, text, date(2021, 1, 21), "40家")
    assert (c.period_kind, c.period_end) == ("asof", "2021-01-21")


def test_a_flow_as_of_the_year_end_is_the_years_flow(gaz):
    text = "截至2019年底，全省规模以上工业企业数达3507户，工业增加值达2352.89亿元。"
    flow = _fact(gaz, text, date(2020, 3, 1), "2352.89亿元")
    stock = _fact(gaz, text, date(2020, 3, 1), "3507户")
    assert (flow.period_kind, flow.period_start, flow.period_end) == ("year", "2019-01-01", "2019-12-31")
    assert (stock.period_kind, stock.period_end) == ("asof", "2019-12-31")


def test_a_count_of_enterprises_in_a_year_is_a_year_end_stock(gaz):
    text = "2022年，全市规模以上工业企业达到662户，实现营业收入900亿元。"
    stock = _fact(gaz, text, date(2023, 3, 20), "662户")
    flow = _fact(gaz, text, date(2023, 3, 20), "900亿元")
    assert (stock.period_kind, stock.period_start) == ("asof", "2022-12-31")
    assert (flow.period_kind, flow.period_start) == ("year", "2022-01-01")


def test_a_one_month_aside_does_not_carry_over(gaz):
    text = "今年前三季度，全省进出口6848.2亿元。9月当月，全省进出口821.7亿元。民营企业进出口2419.9亿元。"
    c = _fact(gaz, text, date(2021, 10, 19), "2419.9亿元")
    assert (c.period_kind, c.period_start, c.period_end) == ("ytd", "2021-01-01", "2021-09-30")


def test_a_speakers_words_do_not_set_the_articles_period(gaz):
    text = "“今年我们能增收过千元！”村民说。2020年，全村集体收入达到20万元。村里新建大棚30个。"
    c = _fact(gaz, text, date(2021, 1, 21), "30个")
    assert (c.period_start, c.period_end) == ("2020-01-01", "2020-12-31")


def test_partners_after_yu_are_not_the_place(gaz):
    text = "2020年，四川省与广东、浙江两省共建产业园区30个。"
    assert _fact(gaz, text, date(2021, 1, 21), "30个").region == "四川省"


def test_one_figure_for_listed_places_belongs_to_their_common_area(gaz):
    text = "2015年以来，该厅支持开江县、道孚县、阆中市工业产业发展资金21859万元。"
    assert _fact(gaz, text, date(2021, 1, 21), "21859万元").region == "四川省"


def test_our_province_in_an_earlier_sentence_is_the_subject(gaz):
    text = (
        "四川经济日报讯 宜宾市今年引进项目21个。\n\n在推进扶贫中，我省构建了联结机制。推动创建示范园区14个。"
    )
    assert _fact(gaz, text, date(2021, 1, 21), "14个").region == "四川省"


def test_a_place_in_a_short_quoted_name_is_not_the_subject(gaz):
    text = "2020年，内江市招商引资721亿元。\n\n工业经济稳中向好，9户企业进入“四川机械工业50强”。"
    assert _fact(gaz, text, date(2021, 1, 21), "9户").region == "内江市"


def test_a_and_b_respectively_x_and_y(gaz):
    text = "2020年，四川出口和进口分别为4072.3亿元和2775.9亿元，同比（下同）分别增长21.6%和13.3%。"
    found = {c.text: c for c in extract(text, date(2021, 1, 21), gaz) if c.kind == "observation"}
    assert (found["4072.3亿元"].indicator, found["4072.3亿元"].yoy_pct) == ("出口", 21.6)
    assert (found["2775.9亿元"].indicator, found["2775.9亿元"].yoy_pct) == ("进口", 13.3)
    assert found["2775.9亿元"].growth_pct is None


def test_places_respectively(gaz):
    text = "2020年，成都、绵阳分别实现地区生产总值17716.7亿元和3010.1亿元。"
    found = {c.text: c for c in extract(text, date(2021, 1, 21), gaz) if c.kind == "observation"}
    assert (found["17716.7亿元"].region, found["17716.7亿元"].indicator) == ("成都市", "地区生产总值")
    assert (found["3010.1亿元"].region, found["3010.1亿元"].indicator) == ("绵阳市", "地区生产总值")


def test_a_range_is_one_candidate(gaz):
    c = _fact(gaz, "2020年，每户贷款额度1万-5万元。", date(2021, 1, 21), "1万-5万元")
    assert (c.value, c.unit, c.qualifier) == (1.0, "万元", "vague")


def test_a_benchmark_or_a_venue_is_not_the_subject(gaz):
    text = (
        "四川经济日报绵阳讯 4月10日，集中开工活动在游仙区举行，总投资386.2亿元。"
        "一季度，全市投资412.6亿元，高于全省平均水平2.1个百分点。其中，工业投资158.3亿元。"
    )
    found = {c.text: c for c in extract(text, date(2024, 4, 12), gaz) if c.kind == "observation"}
    assert found["386.2亿元"].region == "绵阳市"
    assert found["158.3亿元"].region == "绵阳市"
    assert not any(t.startswith("2.1") for t in found)  # 2.1个百分点 is not a count of 个


def test_a_month_end_without_a_year(gaz):
    c = _fact(gaz, "截至3月底，全市规模以上工业企业达到1862户。", date(2024, 4, 12), "1862户")
    assert (c.period_kind, c.period_start, c.period_end) == ("asof", "2024-03-31", "2024-03-31")


def test_projects_of_a_signing_article(gaz):
    text = (ROOT / "bench" / "gold" / "signings-trad.txt").read_text(encoding="utf-8")
    projects = {c.name: c for c in extract(text, date(2023, 3, 29), gaz) if c.kind == "project"}
    first = projects["順慶區智能終端產業園項目"]  # named after the ceremony, without a verb of its own
    assert (first.milestone, first.milestone_date, first.region) == ("signed", "2023-03-28", "顺庆区")
    assert (first.investment, first.duration_months, first.expected_output) == (50.0, 24.0, 100.0)
    second = projects["閬中市古城文旅綜合體項目"]  # 當天…開工建設: the ceremony's day
    assert (second.milestone, second.milestone_date, second.investment) == ("started", "2023-03-28", 30.0)
    assert not any("批" in name or "季度" in name for name in projects)  # no batch names


def test_a_project_mentioned_twice_is_one_candidate(gaz):
    text = (
        "1月20日，五粮液集团现代装备产业示范基地在宜宾三江新区开工。"
        "五粮液集团现代装备产业示范基地计划总投资15亿元，建设周期18个月。"
    )
    projects = [c for c in extract(text, date(2021, 1, 21), gaz) if c.kind == "project"]
    assert len(projects) == 1
    assert (projects[0].milestone_date, projects[0].investment, projects[0].duration_months) == (
        "2021-01-20",
        15.0,
        18.0,
    )


def test_a_text_without_full_stops_is_cut_into_bounded_sentences():
    from scnews_desktop.domain.extraction import MAX_SENTENCE, extract

    text = "内江市完成投资12亿元增长5%" * 3000  # 42,000 characters, not one 。
    found = extract(text)
    assert len(found) == 3000  # every figure still found
    assert max(len(c.quote) for c in found) <= MAX_SENTENCE  # the quote was the whole text (11 GB at 660 KB)
    assert all(text[c.quote_start : c.quote_end] == c.quote for c in found)


def test_long_runs_of_digits_and_numerals_are_no_figures():
    from scnews_desktop.domain.extraction import extract

    assert extract("7" * 50_000) == []  # took minutes: the regex tried every position in the run
    assert extract("一二三四五六七八九十百千" * 4000) == []
    assert [c.value for c in extract("规模以上工业企业达662户，" + "8" * 3000 + "。")] == [662]
