"""The indicator catalogue: shipped as data (the statistical system's indicators, GB/T 4754 divisions with
their measures), every row valid, and extended by a newsroom's own file read with the same rules."""

import csv
import io
from pathlib import Path

import pytest

from scnews_desktop.domain import vocabulary
from scnews_desktop.domain.units import is_unit

DATA = Path(vocabulary.__file__).resolve().parent.parent / "data"


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    path = tmp_path / "indicator_catalogue.csv"
    monkeypatch.setenv("SCNEWS_CATALOGUE", str(path))
    vocabulary.catalogue.cache_clear()
    vocabulary._index.cache_clear()
    yield path
    vocabulary.catalogue.cache_clear()
    vocabulary._index.cache_clear()


def test_every_shipped_row_is_valid_and_cites_its_source():
    rows = list(csv.DictReader(io.StringIO((DATA / "indicator_catalogue.csv").read_text(encoding="utf-8"))))
    assert len(rows) >= 150
    assert all(is_unit(r["unit"]) and r["source"] and r["category"] for r in rows)
    assert len({(r["name"], r["unit"]) for r in rows}) == len(rows)
    entries, problems = vocabulary.read_rows((DATA / "indicator_catalogue.csv").read_text("utf-8"), "shipped")
    assert problems == [] and len(entries) == len(rows)


def test_the_industry_divisions_of_gbt_4754_take_their_measures():
    divisions = [
        r for r in csv.DictReader(io.StringIO((DATA / "industry_breakdowns.csv").read_text(encoding="utf-8")))
    ]
    industrial = [r for r in divisions if r["group"].endswith("大类") and 6 <= int(r["code"]) <= 46]
    assert len(industrial) == 41  # 41个工业大类行业 (B, C, D); the 大类 of A and E besides
    assert {"畜牧业", "土木工程建筑业"} <= {r["name"] for r in divisions}
    assert vocabulary.lookup("畜牧业用电量").unit == "亿千瓦时"  # (industry_measures.csv: 用电量)
    entry = vocabulary.lookup("计算机通信和其他电子设备制造业增加值")
    assert (entry.name, entry.growth_basis) == ("计算机、通信和其他电子设备制造业增加值", "real")
    assert vocabulary.lookup("汽车制造业利润").name == "汽车制造业利润总额"
    assert "汽车制造业" in vocabulary.catalogue().breakdowns


@pytest.mark.parametrize(
    "phrase,name",
    [
        ("全市GDP", "地区生产总值"),
        ("全省规上工业增加值", "规模以上工业增加值"),
        ("社消零总额", "社会消费品零售总额"),
        ("行业增长面", "规模以上工业行业增长面"),
        ("城镇调查失业率", "城镇调查失业率"),
        ("商品房销售面积", "商品房销售面积"),
        # a statistical bulletin's own wordings (统计公报: 居民消费价格总指数, 年末户籍总人口)
        ("全年居民消费价格总指数", "居民消费价格指数"),
        ("商品零售价格总指数", "商品零售价格指数"),
        ("年末户籍总人口", "户籍人口"),
        # the telecoms' statistics (通信业统计公报) and the railway's (旅客发送量)
        ("建成4G基站", "4G基站数"),
        ("全市光缆总长", "光缆线路总长度"),
        ("万兆无源光网络10GPON及以上端口", "10GPON端口数"),
        ("5G终端用户", "5G移动电话用户"),
        ("累计发送旅客", "旅客发送量"),
        ("日均发送旅客", "日均旅客发送量"),
        # the bureau's monthly employment paragraph, the fishery yearbook, sericulture, hydrogen
        ("外来户籍劳动力调查失业率", "外来户籍人口调查失业率"),
        ("周平均工作时间", "企业就业人员周平均工作时间"),
        ("水产品总产量", "水产品产量"),
        ("渔业经济产值", "渔业经济总产值"),
        ("产茧", "蚕茧产量"),
        ("建成加氢站", "加氢站数量"),
        ("城镇登记失业率平均值", "城镇登记失业率"),
        ("失业人员实现再就业人数", "失业人员再就业"),  # people counted said with 人数 after the name
        ("脱贫人口务工规模", "脱贫人口务工就业"),
        ("有效商标", "有效注册商标数"),  # the trademark office's and the patent office's wordings
        ("专利商标质押融资总额", "知识产权质押融资金额"),  # a rate's mean over the period: that period's rate
    ],
)
def test_articles_wordings_name_the_catalogues_indicator(phrase, name):
    assert vocabulary.lookup(phrase).name == name


def test_a_newsrooms_file_adds_and_replaces_and_says_which_rows_it_left_out(newsroom):
    newsroom.write_text(
        "name,unit,measure,category,growth_basis,wordings,source\n"
        "川菜产业产值,亿元,flow,产业,nominal,川菜产值,编辑部\n"
        "地区生产总值,亿元,flow,国民经济核算,real,经济总盘子,编辑部\n"
        "坏指标,斤两,flow,产业,nominal,,编辑部\n"
        ",亿元,flow,产业,nominal,,编辑部\n",
        encoding="utf-8",
    )
    catalogue = vocabulary.catalogue()
    assert vocabulary.lookup("全市川菜产值").name == "川菜产业产值"
    assert vocabulary.lookup("经济总盘子").name == "地区生产总值"
    assert [e.name for e in catalogue.entries].count("地区生产总值") == 1
    assert len(catalogue.problems) == 2
    assert "第4行" in catalogue.problems[0] and "斤两" in catalogue.problems[0]
    assert "第5行" in catalogue.problems[1] and "缺少指标名称" in catalogue.problems[1]


def test_a_newsrooms_file_without_the_columns_is_left_out_whole(newsroom):
    newsroom.write_text("指标,单位\n川菜产业产值,亿元\n", encoding="utf-8")
    catalogue = vocabulary.catalogue()
    assert len(catalogue.problems) == 1 and "缺少列" in catalogue.problems[0]
    assert vocabulary.lookup("地区生产总值").name == "地区生产总值"
