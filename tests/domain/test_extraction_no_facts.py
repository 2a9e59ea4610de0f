"""Numbers that are no facts of their own, and the page's other articles after the story: sentences of no
gold text."""

from datetime import date

import pytest

from scnews_desktop.domain.extraction import extract


def _written(gaz, text, day=date(2022, 9, 15)):
    return [c.text for c in extract(text, day, gaz) if c.kind == "observation"]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a list of tasks named by its count in words: no count (the year's new schools are)
        ("今年全县人才工作的九件大事已敲定，全年办好十件民生实事，新建学校三所。", ["三所"]),
        # a policy's amount for each county (按每县6000万元) is a rate, no fact; the money given is
        ("重点帮扶县按每县6000万元安排，全年下达资金12亿元。", ["12亿元"]),
        # a bound passed for the first time is a milestone, no level (the fall it reports is the fact)
        (
            "全年生产经营性事故死亡人数首次降到1550人以内。全市生产安全事故起数同比下降6.4%。",
            ["同比下降6.4%"],
        ),
        (  # the changes listed after 相比: are no levels
            "上半年,全省建筑业总产值3467.78亿元,其中建筑工程、安装工程产值分别为3183.31亿元、208.5亿元,"
            "分别与2021年同期相比:688.45亿元、-8.7亿元。",
            ["3467.78亿元", "3183.31亿元", "208.5亿元"],
        ),
        (  # how long a thing takes (and how far a network reaches: a level, not a class of cities)
            "成都国际班列已连接境外26个城市,海运日韩的产品到欧洲需2个月,运输时间缩短至8天。",
            ["26个"],
        ),
        ("全国有9座“GDP万亿城市”,成都国际班列可通达欧洲49个城市。", ["49个"]),
        (  # a span of sizes said in words is no figure (几十亩 alone is a figure an editor may keep)
            "项目引资数额从几十万元到几百亿元不等,其中第一产业项目71个。",
            ["71个"],
        ),
        (  # round the clock is a kind of shop, 24小时内 a time limit; 利用小时 a figure
            "全市24小时便利店门店总数超过1000家,问题须在24小时内解决,发电设备平均利用小时3500小时。",
            ["超过1000家", "3500小时"],
        ),
        (  # which ones, in words
            "全市新登记企业1.2万户,新登记企业数量分布最多的三个行业依次是批发和零售业、建筑业、制造业。",
            ["1.2万户"],
        ),
        ("全市三个主要火车站累计发送旅客128.2万人次。", ["128.2万人次"]),
        (  # a growth against a plan's last year, said after its level
            "“十四五”期间,全市光缆总长18.1万公里,长度较“十三五”末新增66.1%。",
            ["18.1万公里"],
        ),
    ],
)
def test_no_fact_of_its_own(gaz, text, facts):
    assert _written(gaz, text) == facts


def test_counts_in_digits_and_counts_said_of_a_year_stay_facts(gaz):
    assert _written(gaz, "全市新登记企业分布在3个行业。全市三个季度共接待游客120万人次。") == [
        "3个",
        "120万人次",
    ]


def test_the_pages_other_articles_after_the_story_are_not_read(gaz):
    text = (
        "2025年中欧班列开行量超5000列。\n\n相关推荐\n历经十载 某口岸通行中欧班列超1.9万列\n"
        "今年前两月中欧班列开行超3500列\n"
    )
    assert _written(gaz, text, date(2026, 1, 25)) == ["超5000列"]


def test_a_family_farms_own_investment_and_area_are_its_projects_not_the_districts(gaz):
    facts = [
        c
        for c in extract(
            "蕨溪镇琼花家庭农场张友林通过4年时间先后投入20余万元建成280亩花椒种植园。"
            "据不完全统计,区内花椒种植投产面积约20000亩。",
            date(2021, 6, 25),
            gaz,
        )
    ]
    assert [c.text for c in facts if c.kind == "observation"] == ["约20000亩"]
    assert [c.kind for c in facts].count("project") == 1
