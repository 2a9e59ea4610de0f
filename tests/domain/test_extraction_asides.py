"""A figure said in a note after a place (占全国(销售额为903.74亿元)…), a change said between a level and its
growth, and a share of the whole of the figure's own place: sentences of no gold text."""

from datetime import date

from scnews_desktop.domain.extraction import extract


def _facts(gaz, text, day=date(2024, 5, 10)):
    return [c for c in extract(text, day, gaz) if c.kind == "observation"]


def test_a_figure_in_a_note_after_a_place_is_that_places_and_the_share_reads_past_the_note(gaz):
    facts = _facts(
        gaz,
        "2024年1-3月四川旅游商品销售额为36.5亿元,比上年同期增加了2.1亿元,同比增长6.1%,"
        "占全国(销售额为512.3亿元)旅游商品销售额比重的7.12%。",
    )
    assert [(c.text, c.region, c.indicator, c.yoy_pct) for c in facts] == [
        ("36.5亿元", "四川省", "旅游商品销售额", 6.1),  # (its growth past the change: no growth of its own)
        ("512.3亿元", "中国", "旅游商品销售额", None),
        ("7.12%", "四川省", "旅游商品销售额占全国比重", None),
    ]


def test_a_note_that_qualifies_a_name_is_no_place_and_a_list_of_sites_in_notes_names_none_by_another(gaz):
    facts = _facts(
        gaz, "排名前3位的景区分别是:宽窄巷子(26.25万人次)、阆中古城(24.18万人次)、街子古镇(20.53万人次)。"
    )
    assert [c.text for c in facts] == ["26.25万人次", "24.18万人次", "20.53万人次"]
    assert all(c.indicator is None or "占" not in c.indicator for c in facts)


def test_a_share_of_the_whole_of_its_own_place_is_its_share(gaz):
    facts = _facts(gaz, "2024年1-3月四川福利彩票销售额为19亿元,占四川彩票销售额比重的40.53%。")
    assert [(c.text, c.indicator) for c in facts] == [
        ("19亿元", "福利彩票销售额"),
        ("40.53%", "福利彩票销售额占比"),
    ]


def test_parts_listed_before_their_shared_measure_take_it_from_the_whole_they_are_shares_of(gaz):
    facts = _facts(gaz, "2023年公路、铁路、水路货运量分别占全部货运量的70.1%、20.5和9.4%。")
    assert [(c.text, c.value, c.unit, c.indicator) for c in facts] == [
        ("70.1%", 70.1, "%", "公路货运量占比"),
        ("20.5", 20.5, "%", "铁路货运量占比"),  # (a rate that lost its %, between two listed)
        ("9.4%", 9.4, "%", "水路货运量占比"),
    ]


def test_a_bare_number_not_between_listed_rates_is_no_rate(gaz):
    facts = _facts(gaz, "2023年全县建成5G基站120个,覆盖率为85.5%、较上年提高3和4个百分点。")
    assert [c.text for c in facts if c.unit == "%"] == ["85.5%"]


def test_a_clause_after_a_semicolon_that_would_give_a_measure_a_second_value_goes_on_with_the_asides_month(
    gaz,
):
    facts = _facts(
        gaz,
        "2023年全省快递业务量完成30.1亿件,同比增长5.2%;快递业务收入完成290.5亿元,同比增长4.1%。"
        "其中,12月份快递业务量完成2.9亿件,同比增长3.3%;快递业务收入完成27.2亿元,同比增长9.8%。",
    )
    assert [(c.text, c.period_start, c.period_end) for c in facts] == [
        ("30.1亿件", "2023-01-01", "2023-12-31"),
        ("290.5亿元", "2023-01-01", "2023-12-31"),
        ("2.9亿件", "2023-12-01", "2023-12-31"),
        ("27.2亿元", "2023-12-01", "2023-12-31"),
    ]


def test_a_stocks_end_is_no_aside_for_the_flow_after_it(gaz):
    facts = _facts(gaz, "一季度,全省生猪出栏1611.2万头。牛存栏890万头,同比减少2%;出栏79.9万头,同比增长4.3%。")
    assert [(c.text, c.period_start) for c in facts][-1] == ("79.9万头", "2024-01-01")


def test_a_scope_note_is_out_of_a_name_unless_the_catalogue_names_the_measure_with_it(gaz):
    facts = _facts(
        gaz,
        "2023年全省邮政行业业务收入(不包括邮政储蓄银行直接营业收入)完成413.0亿元。"
        "前4月全省全社会固定资产投资8530.9亿元,其中,固定资产投资(不含农户)8225.6亿元。",
    )
    assert [c.indicator for c in facts] == [
        "邮政行业业务收入",
        "全社会固定资产投资",
        "固定资产投资（不含农户）",
    ]


def test_a_country_or_a_city_opening_an_institutions_name_is_no_place(gaz):
    facts = _facts(gaz, "绵阳拥有中国工程物理研究院、中国空气动力研究与发展中心等国家级科研院所18家。")
    assert [(c.text, c.region) for c in facts] == [("18家", "绵阳市")]


def test_a_city_in_brackets_after_the_country_in_an_events_name_is_the_events_place(gaz):
    facts = _facts(
        gaz,
        "11月6日,在投资四川·中国(绵阳)科技城产业投资推介会上,68个产业投资项目进行现场集中签约,总投资额超680亿元。",
    )
    assert {c.region for c in facts} == {"绵阳市"}


def test_a_meetings_year_and_a_look_back_are_no_period_of_a_count_said_now(gaz):
    """记者8日从2024年全市企业上市培训会上获悉，…总数达到36家: the year names the meeting (a 培训会 as a 推介会),
    and the count is as at the paper's day — neither the meeting's year's end nor, from an aside after it
    (其中2023年…) or a look back (十年间提升了…), another year's."""
    text = (
        "记者8日从2024年全市企业上市培训会上获悉，全市上市公司总数达到36家，其中2023年首发融资52亿元，"
        "证券化率达31%，十年间提升了9个百分点。"
    )
    found = {c.text: c for c in extract(text, date(2024, 5, 9), gaz) if c.kind == "observation"}
    count = next(c for t, c in found.items() if t.endswith("36家"))
    assert (count.period_start, count.period_end) == ("2024-05-09", "2024-05-09")
    assert found["52亿元"].period_start == "2023-01-01"
    assert found["31%"].period_start != "2024-01-01"  # (not the meeting's year)


def test_a_count_up_to_a_spans_cut_off_is_as_at_its_end_and_a_flow_over_the_span(gaz):
    """截至今年上半年，全省火锅门店数量已超过3万家: a count at the half-year's end (the form reads 截至2024年上半年
    so too); 截至今年上半年，全市累计接待游客…: a flow over the months up to it."""
    found = _facts(
        gaz,
        "截至今年上半年，全省火锅门店数量已超过3万家。截至今年上半年，全市累计接待游客1200万人次。",
        date(2024, 8, 10),
    )
    assert [(c.period_start, c.period_end) for c in found] == [
        ("2024-06-30", "2024-06-30"),
        ("2024-01-01", "2024-06-30"),
    ]


def test_after_a_breakdown_by_place_the_next_sentence_is_the_wholes_not_the_last_places(gaz):
    """成都出口量占70%、乐山出口量占14.3%、绵阳出口量占9.9%: a breakdown by place; the sentence after it, which
    names no place (绿茶占比近七成), is the province's again, not 绵阳's."""
    found = _facts(
        gaz,
        "2023年四川共出口蔬菜3.2亿元。其中，成都出口量占60%、乐山出口量占15.3%、绵阳出口量占8.9%。"
        "出口品类方面，鲜菜占比近六成。",
        date(2024, 2, 9),
    )
    assert [(c.text, c.region) for c in found] == [
        ("3.2亿元", "四川省"),
        ("60%", "成都市"),
        ("15.3%", "乐山市"),
        ("8.9%", "绵阳市"),
        ("近六成", "四川省"),
    ]


def test_a_page_that_lost_its_full_stops_is_read_sentence_by_sentence(gaz):
    """A scraped page whose sentences are joined by spaces (…中共中央政治局会议提出:…发展专精特新中小企业 专精特新的
    灵魂是创新,…特色化 日前,…四川省133户企业入选 其中…): the meeting's day is no period of the firms counted
    sentences later; a space inside a figure's words is still none (PDF text keeps reading as one)."""
    text = (
        "消息来源:四川新闻网 7月30日召开的会议提出:开展补链强链专项行动,加快解决卡脖子难题,发展专精特新中小企业 "
        "专精特新的灵魂是创新,强调专精特新,就是要鼓励企业创新,做到专业化、精细化、特色化 "
        "日前,工业和信息化部公布了第三批专精特新小巨人企业名单,四川省133户企业入选 其中包括成都市的企业62户。"
    )
    found = _facts(gaz, text, date(2021, 9, 13))
    count = next(c for c in found if c.text == "133户")
    assert (count.period_start, count.period_end) == ("2021-09-13", "2021-09-13")
    assert count.indicator == "入选第三批专精特新小巨人企业数"
    spaced = _facts(gaz, "2023年，全市规模以上工业增 加值增长6.1%。", date(2024, 1, 20))
    assert [c.indicator for c in spaced] == ["规模以上工业增加值"]


def test_members_in_brackets_after_a_place_name_it_and_a_growth_said_with_wei(gaz):
    """一季度，成都都市圈(成都、德阳、眉山、资阳)规模以上工业增加值同比增长10.5%: the metropolitan area's, not the
    province its members share; 眉山市规模以上工业增加值同比增长为24.3%: a growth said with 为 is read."""
    found = _facts(
        gaz,
        "一季度，成都都市圈(成都、德阳、眉山、资阳)规模以上工业增加值同比增长10.5%，社会消费品零售总额3303.5亿元。"
        "眉山市规模以上工业增加值同比增长为24.3%、高居全省第一。",
        date(2025, 4, 30),
    )
    assert [(c.region, c.yoy_pct) for c in found if c.indicator == "规模以上工业增加值"] == [
        ("成都都市圈", 10.5),
        ("眉山市", 24.3),
    ]
    assert next(c for c in found if c.value == 3303.5).region == "成都都市圈"


def test_quan_shi_after_a_city_named_in_its_sentence_is_that_city(gaz):
    """德阳市…。眉山市固定资产投资增长10.8%，全市社会消费品零售总额180.6亿元: 全市 is 眉山 (named before it in its
    sentence), not the city of the sentence before or the article's."""
    found = _facts(
        gaz,
        "德阳市实现社会消费品零售总额282.1亿元。眉山市固定资产投资增长10.8%，全市社会消费品零售总额180.6亿元。",
        date(2025, 4, 30),
    )
    assert next(c for c in found if c.value == 180.6).region == "眉山市"


def test_an_example_place_inside_the_articles_place_does_not_carry_past_its_paragraph(gaz):
    """A paragraph about the province that ends on one district's experience (绵阳市涪城区的经验…) lends that
    district to nothing after it: the next paragraph, naming no place, is the province's again. A paragraph
    about a place the article is not about (a city's breakdown) still carries its last place."""
    found = _facts(
        gaz,
        "四川省林业工作会议召开。\n今年四川省安排专项资金2亿元。绵阳市涪城区的苗木经验得到推广，目前涪城区年销售苗木300万株。"
        "\n此外，恢复受灾林地面积12万亩，补植苗木1.5万株。",
        date(2024, 7, 11),
    )
    assert [(c.text, c.region) for c in found] == [
        ("2亿元", "四川省"),
        ("300万株", "涪城区"),
        ("12万亩", "四川省"),
        ("1.5万株", "四川省"),
    ]


def test_quan_shi_where_no_city_is_known_is_the_city_its_sentence_names_and_quoted_kinds_counted_are_no_project(
    gaz,
):
    """A province's meeting told by a city's paper (…全省茶叶工作会议…我省…; 目前，全市有茶园52万亩，其中在雨城区、
    名山区建设了…，雅安茶叶…): 全市 is 雅安, the city of the counties the sentence names, not the first county
    named after the figure; a quoted kind of thing counted (建成“千亩标准茶园示范区”12个) is no project."""
    found = extract(
        "记者从在名山区召开的全省茶叶工作会议上获悉，到2015年，我省茶园面积将达到600万亩。\n"
        "目前，全市有茶园52万亩，其中在雨城区、名山区建设了“雅安市百里茶叶产业带”，并已建成“千亩标准茶园示范区”12个，"
        "雅安茶叶已具有较大规模。",
        date(2014, 4, 2),
        gaz,
    )
    assert [c.kind for c in found] == ["observation"] * 3
    assert [(c.text, c.region, c.period_end) for c in found[1:]] == [
        ("52万亩", "雅安市", "2014-04-02"),
        ("12个", "雅安市", "2014-04-02"),
    ]


def test_places_that_are_a_zones_members_share_the_zones_figures(gaz):
    """四川省和重庆市…两地累计建成充电站…: the 成渝 zone's (its members, data/zones.json), not the country's;
    成都、德阳、眉山、资阳四市…: 成都都市圈's, not the province's; other lists still their common division."""
    found = _facts(
        gaz,
        "四川省和重庆市日前联合发布规划，两地已累计建成换电站36座。成都、德阳、眉山、资阳四市共建成充电桩1.2万个。"
        "德阳、眉山两市新增充电桩800个。",
        date(2023, 6, 1),
    )
    assert [(c.text, c.region) for c in found] == [
        ("36座", "成渝地区双城经济圈"),
        ("1.2万个", "成都都市圈"),
        ("800个", "四川省"),
    ]


def test_a_province_that_aids_the_papers_is_a_partner_and_quan_sheng_of_another_province_is_it(gaz):
    """东西部协作: 江苏省累计选派86名干部入川挂职，…江苏省财政援助资金12亿元已经到位 — the partner, not where the
    figures are (Sichuan's, the paper's); a page about 青海: 中国驰名商标52件 names a brand's title, not the country,
    and 全省 after it is 青海's."""
    aid = _facts(
        gaz,
        "据省乡村振兴局介绍，江苏省累计选派86名干部入川挂职，江苏省12亿元财政援助资金已经到位。",
        date(2021, 7, 7),
    )
    assert [(c.text, c.region) for c in aid] == [("86名", "四川省"), ("12亿元", "四川省")]
    relied_on = _facts(  # 依托江苏省…优势，我省…: what it relies on is no subject of the figures after
        gaz,
        "依托江苏省资金、技术、管理等优势，我省充分挖掘资源禀赋。截至6月底，累计新增落地投产企业41家。",
        date(2021, 7, 7),
    )
    assert [(c.text, c.region) for c in relied_on] == [("41家", "四川省")]
    qinghai = _facts(
        gaz,
        "青海省市场监督管理局召开对接会。截至9月末，我省有效注册商标4.2万件。其中，中国驰名商标52件。"
        "知识产权运用效益不断提升，全省专利质押融资总额累计达6.4亿元。",
        date(2019, 10, 30),
    )
    assert {c.region for c in qinghai} == {"青海省"}


def test_figures_a_provinces_office_tells_are_the_provinces(gaz):
    """A story opened in a village (广元市青川县沙州镇…) then told from the province's office (记者从省乡村振兴局
    获悉，2021年，…): the province's figures, not the village's county."""
    found = _facts(
        gaz,
        "3月8日，广元市青川县沙州镇青坪村的茶园内，茶农们忙着施肥除草。\n"
        "记者从省乡村振兴局获悉，2021年，全年选派155名干部挂职，776个协作项目落地。",
        date(2022, 3, 15),
    )
    assert [(c.text, c.region) for c in found] == [("155名", "四川省"), ("776个", "四川省")]
