"""The head of a pasted page: its furniture, its title and its own date (domain/extraction/head.py).
Pages made up for each class of head line; none is a gold text."""

from datetime import date

import pytest

from scnews_desktop.domain.extraction.head import read_head, source_details

BODY = "1-5月,全市规模以上工业增加值同比增长6.1%,增速比全省高0.4个百分点。\n"


@pytest.mark.parametrize(
    "head, title",
    [
        (
            "您当前的位置：首页 > 新闻中心 > 市州动态\n\n德阳前5月工业增速领跑全省\n\n发布时间：2024-06-20 09:12\n",
            "德阳前5月工业增速领跑全省",
        ),
        ("攀枝花日报\n第02版：综合新闻\n\n钒钛产业稳中有进\n\n", "钒钛产业稳中有进"),
        ("广安日报记者 王小明 李华\n", None),  # a byline, then the story: no title to propose
        ("（资料图片）\n", None),  # a caption
        ("開工現場 李四 攝\n", None),
        ("点击右上角分享给好友\n朋友圈\n", None),
        ("雅安网\n导航菜单\n雅安前5月工业运行情况通报\n", "雅安前5月工业运行情况通报"),
        ("原標(biāo)題：雅安前5月工業(yè)運行平穩\n", "雅安前5月工業運行平穩"),
        (
            "政府工作报告\n2024年1月8日\n在某某县第十八届人民代表大会第三次会议上\n某某县人民政府县长 张三\n",
            "政府工作报告",
        ),
        (  # the page's fields glued to the time before them are no second title line
            "绵竹新添12个项目 总投资58.2亿元\n\n2023-03-02 10:11:40来源:某某在线编辑:王五记者 赵六\n",
            "绵竹新添12个项目 总投资58.2亿元",
        ),
        ("据某某局统计数据显示,\n", None),  # a clause that runs on into the story is no title
        (  # a title a page bulleted, after its bulleted breadcrumb
            "• 您当前的位置:首页 > 四川新闻 > 广元42个项目集中开工\n  • 广元42个项目集中开工 总投资210亿元(图)\n"
            "    时间:2018-12-12 17:37:24  来源:  作者:\n",
            "广元42个项目集中开工 总投资210亿元(图)",
        ),
        ("新用户登录后自动创建账号\n", None),  # a site's sign-in prompt
        (
            "宜宾打造动力电池之都系列报道之三\n新能源汽车产业集群加速成形\n宜宾日报记者 赵六\n",
            "新能源汽车产业集群加速成形",
        ),
        (
            "看家乡事,品故乡情\n\n四川> 四川新闻> 正文\n\n眉山一季度外贸增长两成\n\n眉山日报 2023-04-21 07:10 大字\n",
            "眉山一季度外贸增长两成",
        ),
        ("绵阳科技城主导产业提速 本文字数:512\n", "绵阳科技城主导产业提速"),
        (  # the bulletin's issuers, a statistics bureau and a survey team, are no second title line
            "2022年某某市国民经济和社会发展统计公报\n某某市统计局 国家统计局某某调查队\n（2023年3月）\n",
            "2022年某某市国民经济和社会发展统计公报",
        ),
        ("2022年某某省统计公报\n某某省统计局\n国家统计局某某调查总队\n", "2022年某某省统计公报"),
        # a photo's note under the title, however it ends, is no second title line
        ("雅安茶产业综合产值突破300亿元\n(资料图片仅供参考)\n", "雅安茶产业综合产值突破300亿元"),
        ("雅安茶产业综合产值突破300亿元\n（图片来源于网络）\n", "雅安茶产业综合产值突破300亿元"),
        (  # a government page's table of fields: the field that names it (not its keywords)
            "索 引 号 | 0084/2021-0985 | 公文种类 | 其他 | 发布机构 | 某某县政府 |\n"
            "发布日期 | 2021-10-26 | 主题词 | 全县老旧小区改造加速推进 |\n",
            "全县老旧小区改造加速推进",
        ),
        ("索引号 | 0084/2021-0985 | 发布日期 | 2021-10-26 | 主题词 | 经济;统计 |\n", None),
        # a site's edition named on its own lines (its logo and its alt text) is no title line
        (
            "• 某某新闻网移动版\n\n    某某新闻网移动版\n\n一季度全省外贸增长两成\n\n",
            "一季度全省外贸增长两成",
        ),
        ("某某日报客户端\n一季度全省外贸增长两成\n", "一季度全省外贸增长两成"),
        ("【某某法治报】一季度全省外贸增长两成\n", "一季度全省外贸增长两成"),  # a medium's tag before it
    ],
)
def test_the_title_is_the_pages_title_or_none(head, title):
    assert read_head(head + BODY).title == title


@pytest.mark.parametrize(
    "head, day",
    [
        ("日期:2023-09-01 18:29 来源:综合处\n", date(2023, 9, 1)),  # not 2023-01-07 from a 1-7月 below
        ("时间:2018-04-20 10:54:06 来源:四川在线\n", date(2018, 4, 20)),
        ("2021年04月28日16:07  来源:人民网-四川频道\n", date(2021, 4, 28)),
        ("发布时间:20210121\n", date(2021, 1, 21)),
        ("26.04.2014  01:43\n", date(2014, 4, 26)),
        ("2015\n04/25\n19:20\n", date(2015, 4, 25)),
        ("——2020年12月27日在某某县第十六届人民代表大会第六次会议上\n", date(2020, 12, 27)),
        ("新华社成都1月20日电\n", None),  # a dateline's day without its year: no date
        ("记者6月3日从市统计局获悉\n", None),
        ("2023年1-7月全省规模以上工业企业利润总额下降5.7%\n", None),  # a period, not a date
        ("2025年10月13日，采访活动在成都启动。 四川日报全媒体记者 吴枫 摄\n", None),  # a caption's day
    ],
)
def test_the_date_is_the_articles_own_or_none(head, day):
    assert read_head(head + "1-7月，" + BODY).published_on == day


def test_a_reprints_attribution_gives_its_date_and_paper():
    text = "今年上半年，全市新设外商投资企业31家。（2024年07月23日达州日报）\n" + BODY
    assert read_head(text).published_on == date(2024, 7, 23)


@pytest.mark.parametrize(
    "head, publication",
    [
        ("时间:2021-01-05 16:22:33 来源:中国网 编辑:苏某\n", "中国网"),
        ("时间:2023-09-01 来源:工业处\n", None),  # a desk of the bureau, no publication
        ("四川经济日报记者 李洋\n", "四川经济日报"),
        ("【香港商报网讯】3月1日,", "香港商报网"),
        ("2020年11月02日09:47  来源:人民网-安徽频道\n", "人民网"),
    ],
)
def test_the_publication_is_the_one_the_head_names(head, publication):
    assert read_head(head + BODY).publication == publication


def test_furniture_and_what_follows_the_article_are_marked():
    text = (
        "当前的位置: 首页 > 统计信息\n\n遂宁经济运行平稳\n\n日期:2024-02-01\n"
        + BODY
        + "新闻推荐\n某地签约项目12个,总投资30亿元。\n"
    )
    head = read_head(text)
    spans = head.furniture()
    covered = lambda s: any(a <= text.index(s) and (b == -1 or text.index(s) < b) for a, b in spans)  # noqa: E731
    assert covered("当前的位置") and covered("日期") and covered("某地签约项目")
    assert not covered("遂宁经济运行平稳") and not covered("1-5月")


def test_source_details_names_only_what_the_text_says():
    assert source_details("新华社成都1月20日电 记者从省统计局获悉,全省工业增长6%。") == {
        "publication": "新华社",
        "dateline": "成都",
    }


def test_a_date_field_that_runs_into_the_story_still_dates_it():
    """发布时间:… | 来源:… | 责任编辑:赵茜12月22日,某县…: the page's fields and the first sentence on one line —
    the line is the story, and its date field the article's date."""
    text = (
        "某县举行招商引资项目集中签约仪式\n"
        "发布时间:2023-12-27 14:27:11 | 来源:中国网 | 作者:县委统战部 | 责任编辑:赵茜12月22日,某县招商引资项目"
        "集中签约仪式在县会议中心举行。县委书记出席签约仪式。\n据了解，本次集中签约项目4个。"
    )
    details = source_details(text)
    assert details["published_on"] == "2023-12-27" and details["title"].startswith("某县举行")


def test_image_prompts_of_a_mobile_page_are_no_title():
    text = "打开网易新闻 查看精彩图片\n\n1月27日，游客在古城游览。新华社发\n\n根据第三方大数据监测，春节假期四川共接待游客5387.59万人次。"
    assert source_details(text).get("title") is None


def test_greetings_selectors_summaries_and_a_title_said_again():
    """欢迎您,进入…平台!今天是: a greeting (not a speech's opening); 选择区域:>> a selector (not a breadcrumb
    that would make the title before it the site's); 核心提示: the page's summary; a title said again over two
    lines is the title once."""
    greeting = (
        "欢迎您,进入宜宾中小企业公共服务网络平台!今天是:\n\n当前位置: 首页 >>四川14个市州西博会签约423个项目\n\n"
        "四川14个市州西博会签约423个项目\n\n发布日期:2016-11-03   来源:中国中小企业四川网\n\n"
        "11月2日,第十六届西博会尚未开幕,成都、宜宾等14个市州分别举行投资环境推介会。"
    )
    assert source_details(greeting)["title"] == "四川14个市州西博会签约423个项目"
    assert source_details(greeting)["published_on"] == "2016-11-03"
    selector = "2023年邻水县国民经济和社会发展统计公报\n\n选择区域:>>\n\n2023年,全县地区生产总值282.6亿元,比上年增长6.1%。"
    assert source_details(selector)["title"] == "2023年邻水县国民经济和社会发展统计公报"
    again = (
        "（四川省）2023年乐山市夹江县国民经济和社会发展统计公报\n2023年夹江县国民经济和社会发展\n统计公报\n"
        "2023年,面对复杂严峻形势和多重困难挑战,全县经济平稳运行。"
    )
    assert source_details(again)["title"] == "（四川省）2023年乐山市夹江县国民经济和社会发展统计公报"
    summary = (
        "规模以上工业增加值同比增长7.1% 前三季度四川工业质效稳步提升\n发布日期:2025-10-24 来源:四川经济日报\n"
        "核心提示:规模以上工业增加值同比增长7.1% 前三季度四川工业质效稳步提升\n\n前三季度,规模以上工业增加值同比增长7.1%。"
    )
    head = read_head(summary)
    assert head.title == "规模以上工业增加值同比增长7.1% 前三季度四川工业质效稳步提升"
    assert [line.kind for line in head.lines if line.text.startswith("核心提示")] == ["meta"]


def test_tags_logos_menus_skip_links_and_a_greeting_with_hello_are_no_title():
    """外商投资 自贸区 经济发展 under a title (its tags), 中国茶叶网 中国茶叶网 (a logo and its alt text), 地方: 成都
    绵阳 德阳… and 新闻 视频 图片网 更多» (menus), 跳转到路径导航栏 and 您好,欢迎访问…! are the page's, not the title;
    a title over two lines (…外商企業 / 發展報告 投資總額逾千億美元) stays one title."""
    pages = {
        "四川茶叶出口快速增长 新设企业占比超两成\n\n茶叶 出口 经济发展\n所属地区:四川 发布日期:2024年08月22日\n"
        "今年以来,四川茶叶出口取得显著成效,出口额同比增长20.1%。": "四川茶叶出口快速增长 新设企业占比超两成",
        "当前位置: 资讯 > 国内新闻 > 正文\n中国茶叶网 中国茶叶网\n\n四川茶叶产量稳步增长\n\n来源: 四川调查总队 2024-11-27\n"
        "前三季度,全省茶叶产量30.2万吨,增长5.1%,增速较上半年提高1.3个百分点,为保障供给提供了支撑。": "四川茶叶产量稳步增长",
        "全搜索首页 新闻 视频 图片网 更多» 专题\n地方: 成都 绵阳 德阳 自贡 攀枝花 泸州\n四川茶叶产量达40.5万吨\n发布时间:2024-12-07\n"
        "全省茶叶产量40.5万吨,比上年增长5.1%,茶园面积增加,产值增长,效益提高。": "四川茶叶产量达40.5万吨",
        "跳转到路径导航栏\n您好,欢迎访问雅安市统计局!\n1-4月雅安茶叶生产稳定增长\n发布时间:2024-05-21\n"
        "1-4月,全市茶叶产量1.2万吨,同比增长3.1%,其中名优茶增长5.2%,出口增长,价格平稳。": "1-4月雅安茶叶生产稳定增长",
        "四川公佈2023年茶葉企業\n發展報告 營業收入逾千億元\n\n2023-12-21 15:45 來源: 新華社\n\n"
        "新華社成都12月21日電 今年四川省茶葉企業共計3330家,同比增長10.85%。": "四川公佈2023年茶葉企業 發展報告 營業收入逾千億元",
    }
    for page, title in pages.items():
        assert source_details(page).get("title") == title, page[:20]


def test_a_keywords_field_is_the_pages_not_the_story():
    """• 关键词:2015年,上半年,四川省,科技,… runs on with commas like prose, but is a field: the title follows it."""
    page = (
        "当前位置: 首页 > 信息公开 > 科技统计\n  • 发布日期:2015-08-21 17:49:02\n"
        "  • 关键词:2015年,上半年,四川省,科技,服务业,继续,保持,平稳,较快,发展,\n\n"
        "2015年上半年四川省科技服务业继续保持平稳较快发展\n\n2015年上半年,全省规模以上科技服务业单位增加到1405家。"
    )
    assert source_details(page)["title"] == "2015年上半年四川省科技服务业继续保持平稳较快发展"


def test_a_byline_after_a_sites_name_and_a_patrons_line_are_no_title():
    """四川新闻网-首屏新闻记者 周琼 is a byline; 主管单位:… is a field; the title follows."""
    page = "四川新闻网-首屏新闻记者 周琼\n10月30日，记者从四川省交通运输厅获悉，今年1—9月，全省公路水路交通建设投资2038.1亿元。"
    assert source_details(page).get("title") is None
    patron = "主管单位:中国国际贸易促进委员会\n\n四川博览会展规模稳居中西部第一\n\n据统计，2021年四川展览总面积747万平方米。"
    assert source_details(patron)["title"] == "四川博览会展规模稳居中西部第一"


def test_a_government_pages_field_rows_and_a_sites_menu_are_no_title():
    """索 引 号 | … | 发布机构 | …: a row of the page's fields, its date read from the row after it; a menu of
    words side by side above the title is the site's, not part of the title."""
    fields = (
        "索 引 号 | 008012345/2021-00001 | 公文种类 | 其他 | 发布机构 | 某县政府 |\n"
        "发布日期 | 2021-05-06 | 主题词 | 柑橘 |\n近年来，该县柑橘种植面积达12万亩。"
    )
    details = source_details(fields)
    assert details.get("title") is None and details["published_on"] == "2021-05-06"
    menu = (
        "某某资讯\n要闻 财经 科技 文化艺术 消费零售 商业快讯 公益\n\n"
        "2023四川柑橘产业稳步增长\n\n2024-02-03来源:快讯\n\n数据显示，2023年全省柑橘产量增长5%。"
    )
    assert source_details(menu)["title"] == "2023四川柑橘产业稳步增长"


def test_a_papers_page_of_headlines_a_search_box_and_a_slogan_above_a_menu_are_no_title():
    """A page's other headlines run together, its search box (标题 站内高级搜索) and player (语音播报) are the
    page's; a slogan above a menu of words is the site's: the title is the article's."""
    page = (
        "某地召开会议部署工作某县举办采摘节活动某市首批100家企业名单出炉某地开展安全生产大检查某县文旅消费持续升温某市年货节开启\n"
        "第01版 上一期   下一期 上一版 下一版\n  •   标题    站内高级搜索\n第14337期:第01版 本期出版日期:2025-12-23\n\n"
        "成渝高校成果转化交出“成绩单”\n\n语音播报: 语音播报\n\n四川在线消息 目前,成渝地区已汇聚高新技术企业2.7万家。"
    )
    details = source_details(page)
    assert (details["title"], details["published_on"]) == ("成渝高校成果转化交出“成绩单”", "2025-12-23")
    site = (
        "科技是第一生产力、人才是第一资源 加快建设科技强国,实现高水平科技自立自强\n"
        "氢能科技 沙蓬绿色种养产业模式 联源科技 超联科技 园区 园区 园区\n\n"
        "2018年四川省技术合同成交额逾千亿元\n\n   2019-02-22 四川省科技厅\n"
        "根据科技部火炬中心发布的数据,2018年,四川省技术合同成交额1004.18亿元。"
    )
    assert source_details(site)["title"] == "2018年四川省技术合同成交额逾千亿元"


def test_a_date_line_that_ends_with_its_channels_crumbs_comes_after_the_title():
    """2022/5/25 11:29:48 0人评论 … 分类:首页>新闻资讯: the page's date and channel, under the article's title —
    not a breadcrumb that makes the lines before it the site's."""
    page = (
        "您好,欢迎来到某某物流资讯网!\n\n一季度四川物流业运行总体有序\n\n"
        "2022/5/25 11:29:48 0人评论 544次浏览 分类:首页>新闻资讯 > 新闻快讯\n\n"
        "一季度四川全省社会物流总额达到24450.5亿元。"
    )
    details = source_details(page)
    assert (details["title"], details["published_on"]) == ("一季度四川物流业运行总体有序", "2022-05-25")


def test_a_kicker_and_a_title_take_the_one_the_original_title_line_names():
    """今年预计落实…438亿元 (a kicker) above 四川水利工程建设进度拉满, and 原标题:四川水利工程建设进度拉满 below the date:
    the title is the one the 原标题 line names, not the two joined."""
    page = (
        "今年预计落实各类水利投资438亿元,上半年已落实387亿元\n\n四川水利工程建设进度拉满\n\n"
        "2022年07月25日07:37 | 来源:四川日报\n\n原标题:四川水利工程建设进度拉满\n\n上半年,我省完成水利投资175亿元。"
    )
    assert source_details(page)["title"] == "四川水利工程建设进度拉满"


def test_a_long_field_row_with_few_characters_is_read_as_the_date_line_it_is():
    """A row of fields (发布时间 | 来源 | 作者 | 责任编辑) long enough to be a run of headlines but with fewer
    Chinese characters than one: the headlines rule used to backtrack on it without end (4 s for a row of
    80 characters; this one would not finish)."""
    fields = "  |  ".join(
        [
            "发布时间: 2016-09-12 11:52:10",
            "来源: 某某发展门户网",
            "作者: 某某卫计委",
            "责任编辑: 王某某",
            "浏览次数: 1024",
            "字号: 大 中 小",
            "Share: WeChat Weibo QQ Zone",
        ]
    )  # (36 Chinese characters among 130)
    details = source_details(f"2015年某某省卫生事业发展统计公报\n\n{fields}\n\n{BODY}")
    assert details.get("title") == "2015年某某省卫生事业发展统计公报"
    assert details.get("published_on") == "2016-09-12"


@pytest.mark.parametrize(
    "head, title",
    [
        (  # an agency's dateline with the title said again after 题:, and its reporters joined by 、
            "德阳:装备“出海”\n\n  新华社成都5月8日电 题:德阳:装备“出海”\n\n  新华社记者王某、李某\n\n",
            "德阳:装备“出海”",
        ),
        (  # a government site's greeting and clock, its department, its crumbs, then the title
            "某某市人民政府网站 站群 今天是:\n\n某某市统计局\n\n您当前的位置:首页 > 政务公开 > 热点关注\n\n"
            "某某市一季度工业运行平稳\n\n来源:某某市统计局     发布时间:2024-04-22     阅读次数: 0\n\n",
            "某某市一季度工业运行平稳",
        ),
        (
            "第112版:特02 上一版2  3下一版\n日期:[ 2012年5月4日 ] -- 特02\n某市汽车保有量突破百万\n",
            "某市汽车保有量突破百万",
        ),
        ("您當前的位置 :財經 >\n某市前三季度經濟運行數據發布\n", "某市前三季度經濟運行數據發布"),
        (  # a kicker over the title, the page's list of headlines holding the title
            "某某晚报 -A2 要闻-\n  • ·某市汽车保有量超过300万辆\n  • ·某景区免票\n\n"
            "2.1亿人 公安部发布全国驾驶人数据\n\n某市汽车保有量超过300万辆\n\n",
            "某市汽车保有量超过300万辆",
        ),
    ],
)
def test_heads_of_more_page_shapes(head, title):
    assert read_head(head + BODY).title == title


def test_a_title_run_into_the_first_line_before_a_dash():
    text = "全市园区建设迈上新台阶——记者从日前召开的全市园区工作会上获悉,全市园区实现营业收入500亿元。\n"
    assert read_head(text).title == "全市园区建设迈上新台阶"
    assert read_head("据统计——全市园区实现营业收入500亿元。\n").title is None  # (too short a run-in)


def test_a_section_heading_is_no_title():
    text = "一、全省空气质量情况\n1月1日至7月31日,全省PM2.5平均浓度为30.5微克每立方米,同比下降11.3%。\n"
    assert read_head(text).title is None


def test_the_publication_a_source_line_under_the_story_names():
    text = "某市经开区前三季度进出口增长20%\n前三季度，某市经开区实现进出口总额97.9亿元，同比增长20%。\n来源:某某日报 责任编辑:张三\n"
    assert source_details(text).get("publication") == "某某日报"
    assert (
        source_details("某市经开区前三季度进出口增长20%\n前三季度，进出口增长20%。\n来源:工业处\n").get(
            "publication"
        )
        is None
    )


def test_a_table_row_copied_with_its_empty_cells_and_a_source_line_with_its_address():
    text = (
        "某省个体户人均年收5.1万 | |||||||||\n---|---|---|---|---|\n"
        "http://news.example.com 2006年3月2日 05:38 某某新闻网-某某商报 | |||||||||\n" + BODY
    )
    head = read_head(text)
    assert head.title == "某省个体户人均年收5.1万"
    assert head.published_on == date(2006, 3, 2)


def test_a_document_copied_without_line_breaks_gives_its_title_and_date():
    text = "某市2015年度市场主体发展情况分析报告2016年04月12日来源:某市工商局一、基本情况。截止2015年末,全市市场主体实有户数为50万户。\n"
    head = read_head(text)
    assert (head.title, head.published_on) == ("某市2015年度市场主体发展情况分析报告", date(2016, 4, 12))
    # a date in a line with no source field after it is the story's
    assert read_head("全市实有户数2016年04月12日达到50万户,同比增长8.1%。\n").title is None


def test_a_sites_slogan_under_its_home_link_is_no_kicker():
    text = (
        "某某网首页\n国家级信息服务平台示范网站\n\n某市前三季度外贸增长两成\n\n来源:某某社 2025-10-25 17:32:28\n"
        + BODY
    )
    assert read_head(text).title == "某市前三季度外贸增长两成"
    # a kicker and a title with no home link above them are still one title
    kicked = "聚焦高质量发展系列报道\n某市前三季度外贸增长两成\n\n来源:某某社 2025-10-25 17:32:28\n" + BODY
    assert read_head(kicked).title == "某市前三季度外贸增长两成"


def test_a_spam_pages_keyword_rows_are_no_story():
    text = (
        "某某在线中乱码,最新官网无码,视频在线观看,免费观看不用下载\n\n人民网\n人民网>>四川频道>>综合栏目>>四川\n\n"
        "8540余万人次涌进博物馆\n\n2024年05月19日07:38 | 来源:四川日报\n" + BODY
    )
    head = read_head(text)
    assert (head.title, head.published_on) == ("8540余万人次涌进博物馆", date(2024, 5, 19))
    # a story's first line with commas and a figure is the story
    story = "全市接待游客120万人次,同比增长5%,门票收入3200万元,人均消费600元\n"
    assert read_head(story).title is None


def test_a_titles_column_tag_and_a_sites_badge_are_no_part_of_it():
    text = (
        "2023年某省将新开工改造老旧小区5200个 | 政府工作报告\n\n某某区块链 该文章已上链 >\n\n"
        "某某新闻 2023-01-11 15:52 38754\n\n" + BODY
    )
    assert read_head(text).title == "2023年某省将新开工改造老旧小区5200个"
    # a bar before words with a figure is part of the title
    assert read_head("成都 | 重庆两地GDP突破2万亿元\n\n" + BODY).title == "成都 | 重庆两地GDP突破2万亿元"


def test_a_titles_summary_bullets_are_no_part_of_it():
    text = (
        "某报 2019年08月07日\n返乡创业农民工累计达 68 万人\n●创办企业17.1万余户,带动就业210余万人\n"
        "●下一步将建设返乡创业园区,研究制定指导目录\n" + BODY
    )
    assert read_head(text).title == "返乡创业农民工累计达 68 万人"
    # a title a page bulleted, with no comma, is still the title
    assert (
        read_head("• 广元42个项目集中开工 总投资210亿元\n" + BODY).title
        == "广元42个项目集中开工 总投资210亿元"
    )


def test_a_page_that_shows_no_title_at_its_head_but_gives_it_at_its_end():
    text = (
        "在全省,哪些县的快递业务量最多?昨日,记者从县邮政管理局获悉,2023年全县完成快递业务量1.2亿件。\n"
        "其中同城快递业务量0.3亿件,同比增长12.1%。\n(记者 王五)\n原标题:某县快递业务量首破亿件\n"
    )
    assert read_head(text).title == "某县快递业务量首破亿件"
    # a 原标题 line deep in the story, far from its end, is no title the page gives at its end
    body = "昨日,记者从县邮政管理局获悉,全县完成快递业务量1.2亿件。\n原标题:某县快递业务量首破亿件\n"
    assert read_head(body + "该县还将新建网点。\n" * 8).title is None


def test_a_story_that_opens_with_a_dateline_giving_its_full_date_has_that_date():
    text = "成都2024年2月2日 /美通社/ -- 近年来,全市无人机产业增长较快。\n全市无人机企业达到200余家。\n"
    assert read_head(text).published_on == date(2024, 2, 2)
    assert read_head("新华社成都2023年5月6日电 全市…\n").published_on == date(2023, 5, 6)
    assert read_head("成都5月6日电 全市无人机企业达到200余家。\n").published_on is None  # (no year: no date)


def test_a_kicker_that_ends_with_a_colon_gives_way_to_the_title_below_it():
    text = (
        "全市文旅产业2024年目标:\n力争全市文旅产业总规模超过600亿元\n5月22日,全市文旅产业培训班在眉山举行。\n"
    )
    assert read_head(text).title == "力争全市文旅产业总规模超过600亿元"
    speech = "各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n"
    assert read_head(speech).title is None  # (a speech's opening: prose follows, no title)


def test_what_a_spam_page_glued_into_a_title_is_out_of_it():
    text = "原创 202新澳门精选免费资料大全4年全市体育产业总规模为367亿元\n本报讯 近日,市统计局发布数据。\n"
    assert read_head(text).title == "2024年全市体育产业总规模为367亿元"
    glued = "全市博物馆接待观众超3000万人次金沙娱乐城- 金沙娱乐官网-城APP【官网直营】\n2025-12-12\n"
    assert read_head(glued).title == "全市博物馆接待观众超3000万人次"


def test_a_sites_clock_is_no_articles_date_but_a_story_that_opens_with_today_is_a_story():
    text = (
        "无障碍 繁体 简体\n 现在的时间为:2023年11月2日 9时12分3秒\n\n全省油菜产量再创新高\n\n来源:四川日报   发布时间:2023-05-06 14:09\n\n"
        + BODY
    )
    head = read_head(text)
    assert head.published_on == date(2023, 5, 6) and head.title == "全省油菜产量再创新高"
    story = "今天是2013年“中秋”小长假的第一天。全省纳入统计的21个传统景区全天共接待游客70.62万人次。\n"
    assert read_head(story).title is None  # (its first line is the story, not furniture)


def test_a_sites_name_and_slogan_are_no_part_of_the_title():
    head = read_head("产业观察 - 产业信息门户\n\n十四五期间四川将打造千亿元蔬菜产业\n\n" + BODY)
    assert head.title == "十四五期间四川将打造千亿元蔬菜产业"


def test_a_title_and_its_date_given_under_the_story_are_the_heads():
    text = (
        BODY
        + "\n2017年上半年成都温江花木销售10.734亿元\n发布时间:2017-07-07 19:12 更新时间:2017-07-07 19:12 点击:1270\n"
    )
    head = read_head(text)
    assert head.title == "2017年上半年成都温江花木销售10.734亿元" and head.published_on == date(2017, 7, 7)
    ending = BODY + "\n全市将继续推进花木产业转型升级，促进销售\n发布时间:2017-07-07 19:12\n"
    assert read_head(ending).title != "全市将继续推进花木产业转型升级，促进销售"  # (a sentence, no title)


def test_a_medium_that_relays_anothers_story_is_the_publication():
    text = "烟草在线据福建省烟草专卖局网站报道 10月12日，明溪县2017年烟叶收购工作圆满结束。\n" + BODY
    assert source_details(text)["publication"] == "烟草在线"
