"""The review of an article's proposed facts without the window: what is proposed, and what accepting
writes (through the rulebook, in one transaction)."""

from datetime import date

import pytest

from scnews_desktop.storage.database import Store
from scnews_desktop.storage.review import Review, ReviewError


@pytest.fixture
def store(default_db):
    with Store.open(default_db) as s:
        s.editor = "测试编辑"
        yield s


def _source(text):
    return {"title": "测试文章", "published_on": "2024-04-12", "body": text}


def test_a_figure_printed_with_traditional_characters_and_pinyin_is_read_as_the_extractor_read_it(store):
    text = "截至2023年底，全省民營經(jīng)濟(jì)主體達(dá)到876.7萬戶，同比增長8.1%。"
    review = Review(store, text, date(2024, 1, 20))
    proposals = [p for p in review.propose() if p.kind == "observation"]
    assert len(proposals) == 1 and proposals[0].valid, proposals[0].errors
    assert proposals[0].fields["value"] == "达到876.7万户"
    assert (
        proposals[0].fields["indicator"] == "民营经济市场主体"
    )  # (the catalogue's: 民营经济主体 is its wording)
    assert proposals[0].sure and proposals[0].checked
    review.accept(_source(text))
    row = store.query(
        "SELECT value, value_text, yoy_pct FROM observations WHERE source_id = ?", [review.source_id]
    )
    assert row == [{"value": 876.7, "value_text": "达到876.7万户", "yoy_pct": 8.1}]


def test_the_figures_a_project_row_holds_are_on_the_row_not_rows_of_their_own(store):
    text = "4月10日，长虹智能制造产业园项目开工，计划总投资45亿元，占地约800亩，带动就业1200人。"
    review = Review(store, text, date(2024, 4, 12))
    proposals = review.propose()
    project = next(p for p in proposals if p.kind == "project")
    assert (project.fields["investment"], project.fields["area"]) == ("45亿元", "约800亩")
    figures = [p.fields["value"] for p in proposals if p.kind == "observation"]
    assert "45亿元" not in figures and "约800亩" not in figures
    assert "1200人" not in figures and project.fields["jobs"] == "1200人"  # (the row's 带动就业)
    review.accept({"title": "长虹项目开工", "body": text, "published_on": "2024-04-12"})
    row = review.store.query("SELECT investment, area_m2, jobs FROM projects WHERE name LIKE '长虹%'")[0]
    assert (row["investment"], row["jobs"]) == (45.0, 1200)


def test_accept_writes_nothing_when_the_source_is_refused(store):
    text = "今年一季度，全市完成固定资产投资412.6亿元。"
    review = Review(store, text, date(2024, 4, 12))
    review.propose()
    before = store.scalar("SELECT count(*) FROM observations")
    with pytest.raises(ReviewError):
        review.accept({"title": "", "body": text})
    assert store.scalar("SELECT count(*) FROM observations") == before
    assert review.source_id is None


def test_a_row_that_disagrees_with_a_stored_figure_says_so_before_it_is_saved(store):
    text = "据海关统计，2020年四川货物贸易进出口总值9081.9亿元。"  # stored: 8081.9亿元
    review = Review(store, text, date(2021, 2, 3))
    (p,) = [p for p in review.propose() if p.kind == "observation"]
    assert p.valid and p.checked  # a warning does not block
    assert p.warnings and "8081.9" in p.warnings[0]
    fine = Review(store, "据海关统计，2020年四川货物贸易进出口总值8081.9亿元。", date(2021, 2, 3))
    (q,) = [q for q in fine.propose() if q.kind == "observation"]
    assert q.warnings == []


def test_a_dollar_figure_goes_to_the_indicator_in_dollars_not_an_error(store):
    """进出口总额 resolves to the yuan indicator; a figure in 亿美元 is kept in its own unit under the same
    name — created once on accept, then found again — and the yuan figure beside it stays in yuan."""
    text = "一季度，成都市进出口总额83.6亿美元，增长20.8%，其中出口48.5亿美元。全市进出口总额达到560亿元。"
    review = Review(store, text, date(2012, 5, 7))
    rows = {p.candidate.text: p for p in review.propose() if p.kind == "observation"}
    dollars = rows["83.6亿美元"]
    assert dollars.valid, dollars.errors
    assert dollars.new_indicator["unit"] == "亿美元" and "亿美元" in " ".join(dollars.notes)
    result = review.accept(_source(text))
    assert result.saved == len(rows)
    saved = store.query(
        "SELECT o.value, i.name, i.unit FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "WHERE o.source_id = ? ORDER BY o.id",
        [review.source_id],
    )
    assert {(r["value"], r["unit"]) for r in saved} >= {(83.6, "亿美元"), (560.0, "亿元")}
    assert (
        store.scalar(
            "SELECT count(*) FROM indicators WHERE name = ? AND unit = '亿美元'",
            [next(r["name"] for r in saved if r["value"] == 83.6)],
        )
        == 1
    )  # (created once: the next dollar figure found it)


def test_a_name_written_another_way_is_the_stored_indicator_unless_typed(store):
    """厅党组会召开次数 is stored (the default data); an article's 召开12次厅党组会 proposes 厅党组会次数 —
    the same indicator written another way: saved under the stored one, and said so. A name the editor
    types into the cell is taken as typed."""
    text = "今年以来，四川省经济和信息化厅共召开12次厅党组会，研究部署定点帮扶工作。"
    review = Review(store, text, date(2021, 1, 20))
    row = next(p for p in review.propose() if p.kind == "observation")
    stored = store.scalar("SELECT id FROM indicators WHERE name = '厅党组会召开次数'")
    assert row.valid and row.new_indicator is None and row.values["indicator_id"] == stored, row.notes
    assert any("厅党组会召开次数" in n for n in row.notes)
    review.edit(row, "indicator", "厅党组扩大会次数")
    assert row.new_indicator == {"name": "厅党组扩大会次数", "unit": "次"}


def test_rows_whose_reading_is_less_sure_are_to_check_and_accept_all_saves_the_sure_ones(store):
    """The first figure of a change (its period is the base's) and figures paired with a list in order
    are to check; the rest are sure and saved by accept-all."""
    text = (
        "过去五年，全县地区生产总值由75.1亿元增至110亿元。"
        "2022年，成都市、绵阳市地区生产总值分别为20817.5亿元、3626.9亿元。"  # (not 2023: 全县 is read as 成都市
    )  # for want of a county, and two values of 成都市's 2023 GDP in one text would be to check)
    review = Review(store, text, date(2024, 1, 20))
    rows = {p.candidate.text: p for p in review.propose() if p.kind == "observation"}
    assert "变化前的数字：时期多为基期" in rows["75.1亿元"].to_check and not rows["75.1亿元"].checked
    assert rows["110亿元"].sure and rows["110亿元"].checked
    listed = [rows[t] for t in rows if t.startswith(("20817.5", "3626.9"))]
    assert listed and all("按列举次序对应" in p.to_check and not p.checked for p in listed)
    review.accept(_source(text))
    saved = store.query("SELECT value_text FROM observations WHERE source_id = ?", [review.source_id])
    assert [r["value_text"] for r in saved] == [rows["110亿元"].fields["value"]]


def test_a_name_taken_from_the_text_before_is_to_check(store):
    """成都以4894.99亿元的成绩遥遥领先 names nothing: its name is the measure spoken of before (GDP总量), a
    guess an editor confirms — the row is left unchecked."""
    text = "一季度，市州GDP总量排名变化不大。成都以4894.99亿元的成绩遥遥领先。"
    review = Review(store, text, date(2022, 4, 25))
    row = next(p for p in review.propose() if p.candidate.text == "4894.99亿元")
    assert row.fields["indicator"] == "地区生产总值"
    assert "名称取自前文" in row.to_check and not row.checked


def test_a_fact_the_page_prints_twice_is_proposed_once_to_save(store):
    text = (
        "上半年，全省新设外商投资企业277家，合同外资59.25亿美元。\n"
        "相关负责人介绍，上半年，全省新设外商投资企业277家，合同外资59.25亿美元。"
    )
    review = Review(store, text, date(2019, 7, 23))
    rows = [p for p in review.propose() if p.kind == "observation"]
    assert len(rows) == 4
    repeats = [p for p in rows if p.notes and p.notes[0].startswith("与第")]
    assert len(repeats) == 2 and not any(p.checked for p in repeats)
    for p in rows:
        p.checked = p.valid and p not in repeats
    review.accept(_source(text))
    assert store.scalar("SELECT count(*) FROM observations WHERE source_id = ?", [review.source_id]) == 2


def test_a_growth_a_level_row_holds_too_is_not_saved_twice_and_an_average_is_to_check(store):
    text = (
        "2021年前三季度，四川省地区生产总值38998.66亿元，同比增长9.3%，两年平均增长5.8%。\n生猪出栏量\n同比增长29.8%\n"
        "前三季度，生猪出栏4401.8万头，同比增长29.8%。"
    )
    review = Review(store, text, date(2021, 10, 20))
    rows = {p.candidate.text: p for p in review.propose() if p.kind == "observation"}
    heading = rows["同比增长29.8%"]
    assert not heading.checked and heading.notes[0].startswith("与第")
    assert "平均增长：时期应为所平均的年份" in rows["增长5.8%"].to_check
    review.accept(_source(text))
    assert store.scalar("SELECT count(*) FROM observations WHERE source_id = ?", [review.source_id]) == 2


def test_two_figures_read_as_one_fact_are_to_check_and_accept_all_saves_neither(store):
    """Parts read as the whole (其中续建项目18个、新开工项目9个 … 其中续建项目12个、新开工项目5个: the city's 开工项目数
    of the year each time, the catalogue's 新开工项目数) would file two values as one fact: both rows are to check, none is saved unseen;
    the rest of the article is saved as before."""
    text = (
        "近日,省政府印发《2024年四川省重点项目名单》,泸州市牵头实施的27个项目上榜,其中续建项目18个、新开工项目9个。\n"
        "27个项目中,产业项目最多,有17个。其中,续建项目12个、新开工项目5个。\n"
        "2023年,泸州市地区生产总值2795亿元,同比增长6.1%。"
    )
    review = Review(store, text, date(2024, 2, 20))
    rows = [p for p in review.propose() if p.kind == "observation"]
    starts = {p.candidate.text: p for p in rows if p.fields["indicator"] == "新开工项目数"}
    assert set(starts) == {"9个", "5个"}
    for p in starts.values():
        assert "同一事实在文中数值不一" in p.to_check and not p.sure and not p.checked
    gdp = next(p for p in rows if p.candidate.text == "2795亿元")
    assert gdp.sure and gdp.checked
    review.accept(_source(text))
    saved = store.query(
        "SELECT i.name, o.value FROM observations o JOIN indicators i ON i.id = o.indicator_id "
        "WHERE o.source_id = ?",
        [review.source_id],
    )
    assert [(r["name"], r["value"]) for r in saved] == [("地区生产总值", 2795.0)]


def test_a_growth_on_the_month_before_shows_as_its_rows_stored_figure_and_is_saved_on_its_base(store):
    """环比看，…上涨0.4%: no 同比 growth — the row shows +0.4% 较上月 where a value would stand, and is saved as a
    growth on 上月 beside the 同比 row of the same month."""
    text = "4月份,四川居民消费价格同比上涨1.5%。环比看,4月份四川居民消费价格上涨0.4%。"
    review = Review(store, text, date(2022, 5, 20))
    rows = {p.candidate.text: p for p in review.propose() if p.kind == "observation"}
    month = rows["上涨0.4%"]
    assert month.stored_text() == "+0.4% 较上月" and month.fields["yoy"] == ""
    assert month.sure and rows["同比上涨1.5%"].sure
    review.accept(_source(text))
    saved = store.query(
        "SELECT yoy_pct, growth_pct, growth_base FROM observations WHERE source_id = ? ORDER BY id",
        [review.source_id],
    )
    assert [(r["yoy_pct"], r["growth_pct"], r["growth_base"]) for r in saved] == [
        (1.5, None, None),
        (None, 0.4, "上月"),
    ]


def test_a_fact_said_twice_is_saved_once_and_its_repeat_says_which_row_holds_it(store):
    """A lead said again below (the same indicator, place, period and value): the repeat is unchecked and
    points at the row that holds the fact — what the bench counts the repeat's figure as saved by."""
    text = (
        "2023年，泸州市地区生产总值2795亿元，同比增长6.1%。\n"
        "据统计，2023年泸州市地区生产总值2795亿元，同比增长6.1%，增速居全省前列。"
    )
    review = Review(store, text, date(2024, 2, 20))
    rows = [p for p in review.propose() if p.kind == "observation" and p.candidate.text == "2795亿元"]
    assert len(rows) == 2
    first, again = rows
    assert first.checked and first.held_by is None
    assert not again.checked and review.proposals[again.held_by] is first
    assert again.notes[0].startswith(f"与第 {again.held_by + 1} 行是同一事实")
    review.accept(_source(text))
    assert store.scalar("SELECT count(*) FROM observations WHERE source_id = ?", [review.source_id]) == 1


def test_names_paired_with_a_list_in_order_are_sure_when_the_catalogue_knows_them(store):
    """水产品、鲜果价格涨幅分别为5.4%和4.4%: each item the catalogue's indicator — sure; 甲醛、乙炔分别增长
    12%和9% (names of the writer's own): to check, as places paired in order are."""
    text = (
        "2月份，四川居民消费价格同比上涨0.9%。水产品、鲜果价格涨幅分别为5.4%和4.4%。"
        "主要产品中，甲醛、乙炔分别增长12%和9%。"
    )
    review = Review(store, text, date(2022, 3, 15))
    rows = {p.candidate.text: p for p in review.propose() if p.kind == "observation"}
    paired = [p for t, p in rows.items() if t.endswith(("5.4%", "4.4%"))]
    assert [p.fields["indicator"] for p in paired] == ["水产品价格", "鲜果价格"]
    assert all(p.sure and p.checked for p in paired)
    coined = [p for p in rows.values() if p.candidate.yoy_pct in (12.0, 9.0)]
    assert len(coined) == 2 and all(not p.sure for p in coined)


def test_a_catalogue_indicator_over_a_district_proper_or_against_its_target_is_sure(store):
    """区本级地区生产总值 and 城镇新增就业目标任务完成率 are new indicators of the file, but composed from the
    catalogue's (a narrower scope, a target done): sure, saved by accept-all; a coined industry is to check."""
    text = (
        "2023年，旌阳区地区生产总值300.2亿元，增长6.1%；区本级地区生产总值210.4亿元，增长6.4%。"
        "全区城镇新增就业0.61万人，完成全年目标任务的101.2%。全区文创园区营收8.3亿元。"
    )
    review = Review(store, text, date(2024, 1, 25))
    rows = {p.candidate.text: p for p in review.propose() if p.kind == "observation"}
    proper, done = rows["210.4亿元"], rows["101.2%"]
    assert proper.fields["indicator"] == "区本级地区生产总值" and proper.sure and proper.checked
    assert done.fields["indicator"] == "城镇新增就业目标任务完成率" and done.sure
    assert proper.new_indicator is not None and proper.new_indicator["name"] == "区本级地区生产总值"


def test_figures_of_a_zone_the_gazetteer_does_not_hold_are_to_check(store):
    """遂宁高新区…GDP同比增长3.6%: the zone is no place of the file, so the city given is only near — the rows
    are to check, the city's own rows in another paragraph stay sure."""
    text = (
        "2022年前三季度，遂宁高新区经济运行趋势持续向好，地区生产总值同比增长3.6%。其中，规模以上工业增加值增长5.7%。\n\n"
        "前三季度，遂宁市地区生产总值1208.5亿元，同比增长3.9%。"
    )
    review = Review(store, text, date(2022, 11, 23))
    rows = {p.candidate.text: p for p in review.propose() if p.kind == "observation"}
    zone = [p for t, p in rows.items() if "3.6%" in t or "5.7%" in t]
    assert zone and all("地点：文中所说的园区不在地名表中" in p.to_check and not p.checked for p in zone)
    assert "地点：文中所说的园区不在地名表中" not in rows["1208.5亿元"].to_check


def test_a_level_said_again_without_its_growth_is_saved_once(store):
    text = (
        "2022年全国新注册登记新能源汽车535万辆,与上年相比增加240万辆,增长81.48%。"
        "新注册登记新能源汽车数量从2018年的107万辆到2022年的535万辆,呈高速增长态势。"
    )
    rows = [p for p in Review(store, text, date(2023, 1, 11)).propose() if p.kind == "observation"]
    again = [p for p in rows if p.candidate.text == "535万辆"]
    assert len(again) == 2
    assert again[0].held_by is None and again[1].held_by == rows.index(again[0])
    assert not again[1].checked


def test_figures_of_a_city_the_gazetteer_does_not_hold_are_to_check(store):
    """记者从安康市…全市光缆总长…: a city the file's gazetteer does not hold — the province given is a guess,
    each row to check; a text about a city the gazetteer holds keeps its rows sure."""
    text = (
        "12月4日,记者从安康市新闻发布会上了解到:2025年,全市建成4G基站15250个,互联网宽带用户达129.2万户,"
        "受到省通信管理局通报表扬。"
    )
    rows = [p for p in Review(store, text, date(2025, 12, 5)).propose() if p.kind == "observation"]
    assert rows and all("地点：文中所说的城市不在地名表中" in p.to_check and not p.checked for p in rows)
    assert {p.fields["region"] for p in rows} == {"四川省"}  # (省通信管理局: the home province, guessed)
    held = "12月4日,记者从宜宾市新闻发布会上了解到:2025年,全市建成4G基站15250个。"
    rows = [p for p in Review(store, held, date(2025, 12, 5)).propose() if p.kind == "observation"]
    assert rows and all("地点：文中所说的城市不在地名表中" not in p.to_check for p in rows)
    assert [p.fields["region"] for p in rows] == ["宜宾市"]


def test_figures_of_another_provinces_county_the_gazetteer_does_not_hold_are_to_check(store):
    """福建省明溪县…今年全县共收购烟叶…, 云南南涧县…: a county right after another province's name that the file
    does not hold — the province is only a guess, each row to check; 全省各市县 names no such place."""
    for text in (
        "10月12日,福建省明溪县2017年烟叶收购工作圆满结束。据统计,今年全县共收购烟叶6.19万担,户均收入7.33万元。",
        "10月25日,云南南涧县2021年烟叶收购工作全面结束。全县共收购烟叶12.62万担。",
    ):
        rows = [p for p in Review(store, text, date(2021, 10, 26)).propose() if p.kind == "observation"]
        assert rows and all("地点：文中所说的城市不在地名表中" in p.to_check and not p.checked for p in rows)
    whole = "2021年,全省各市县完成固定资产投资1200亿元。"
    rows = [p for p in Review(store, whole, date(2022, 1, 26)).propose() if p.kind == "observation"]
    assert rows and all("地点：文中所说的城市不在地名表中" not in p.to_check for p in rows)


def test_a_project_of_a_city_the_gazetteer_does_not_hold_is_to_check_until_its_place_is_given(store):
    """…安康市…新材料产业园项目开工建设: the project's place is the same guess as the figures' — to check, not
    saved by accept-all; once the editor gives its place, nothing is left to check. The same project in 宜宾 is sure."""
    text = (
        "12月4日,记者从安康市新闻发布会上了解到:全市石泉县新材料产业园项目开工建设,受到省通信管理局通报表扬。"
    )
    review = Review(store, text, date(2025, 12, 5))
    [project] = [p for p in review.propose() if p.kind == "project"]
    assert project.to_check == ["地点：文中所说的城市不在地名表中"] and not project.checked
    assert project.valid
    review.edit(project, "region", "中国")  # (the editor's place: 国家电信普遍服务项目 is the country's)
    assert project.to_check == [] and project.valid
    held = "12月4日,记者从宜宾市新闻发布会上了解到:新材料产业园项目开工建设。"
    [project] = [p for p in Review(store, held, date(2025, 12, 5)).propose() if p.kind == "project"]
    assert project.to_check == [] and project.checked and project.fields["region"] == "宜宾市"


def test_a_figure_of_a_page_that_says_no_period_is_proposed_at_the_papers_day_to_check(store):
    """苍溪县现有公共图书馆3个 in a page that says no period: the paper's day is a guess the editor confirms —
    the row is unchecked and says why; a figure with its own year is not marked so."""
    text = "苍溪县现有公共图书馆3个，年接待读者12万人次。2021年，全县地区生产总值150.2亿元。"
    review = Review(store, text, date(2022, 5, 6))
    rows = {p.candidate.text: p for p in review.propose() if p.kind == "observation"}
    held = rows["3个"]
    assert (held.values["period_start"], held.values["period_end"]) == ("2022-05-06", "2022-05-06")
    assert "时期取自文章日期（文中未写时期）" in held.to_check and not held.checked
    assert "时期取自文章日期（文中未写时期）" not in rows["150.2亿元"].to_check


def test_a_value_tiny_in_its_indicators_unit_is_to_check(default_db):
    """204.17元 where a page dropped 亿: saved under 电影票房 (亿元) it would be 2.04e-06 — to check."""
    from datetime import date as _date

    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.review import Review

    with Store.open(default_db) as store:
        rows = Review(
            store, "2020年全国电影票房达到204.17元，比上年减少68.23%。", _date(2021, 2, 10)
        ).propose()
    row = next(p for p in rows if p.kind == "observation" and p.candidate.value is not None)
    assert "换算到指标单位后数值极小：请核对单位" in row.to_check and not row.sure


def test_a_share_said_in_tenths_is_a_valid_row_as_the_form_reads_it(store):
    """绿茶出口占比近七成: the extractor reads 70 %, under; the review's row (the value as written, 近七成) is the
    same figure by the one rule the form uses, not a refused unit 成."""
    text = "2023年，雅安市茶叶出口1.5亿元。其中，绿茶出口占比近七成，红茶出口占比三分之一。"
    review = Review(store, text, date(2024, 2, 9))
    shares = [p for p in review.propose() if p.kind == "observation" and p.candidate.unit == "%"]
    assert [(p.fields["value"], p.valid) for p in shares] == [("近七成", True), ("三分之一", True)]


def test_a_price_whose_per_unit_was_said_before_it_is_a_valid_row(store):
    """担均价1508.50元: the extractor reads 元/担; the review's row types it so (1508.50元/担), as the form would
    read it — it had refused the row as 元, money, for a price indicator."""
    text = "据统计，今年荥经县共收购烟叶6.19万担，担均价1508.50元，烟农户均收入7.33万元。"
    rows = {
        p.fields["value"]: p
        for p in Review(store, text, date(2017, 10, 13)).propose()
        if p.kind == "observation"
    }
    price = rows["1508.50元/担"]
    assert not price.errors and price.fields["indicator"] == "烟叶收购均价"
    assert round(float(price.values["value"]), 2) == 30.17  # (in the indicator's 元/公斤: a 担 is 50 公斤)


def test_a_total_of_a_group_of_provinces_is_to_check(store):
    """黑龙江、广东…4个省份…，产量合计106.8万吨: no one place's figure — filed under the country it is only a guess,
    to check; the country's own figure in the same text stays sure."""
    text = (
        "根据国家统计局数据，2018年我国奶粉产量96.8万吨，同比下降0.7%。"
        "黑龙江、广东、陕西、内蒙古4个省份干乳制品产量超过10万吨，全部增长，产量合计106.8万吨，同比增长9.6%。"
    )
    rows = {
        p.candidate.text: p
        for p in Review(store, text, date(2019, 1, 27)).propose()
        if p.kind == "observation"
    }
    assert (
        "地点：几个地区的合计，不是一地的数字" in rows["106.8万吨"].to_check and not rows["106.8万吨"].checked
    )
    assert "地点：几个地区的合计，不是一地的数字" not in rows["96.8万吨"].to_check
