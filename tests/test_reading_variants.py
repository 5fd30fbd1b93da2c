"""Texts as they come: Big5-HKSCS bytes, numbers with thousands separators, dates in bylines and table cells,
a site's name in the page title, ranges with a unit on both ends, and a document's short name."""

from __future__ import annotations

from policy_graph.build import source_document
from policy_graph.extract.clauses import split_clauses
from policy_graph.extract.numbers import find_quantities
from policy_graph.read import Source, decode


def _read(text: str | bytes, name: str = "case.txt") -> tuple[list[tuple[str, str, str, str, str]], object]:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    resolved, _ = source_document(Source.from_bytes(raw, name=name))
    found = sorted((o.indicator, str(o.value), o.unit, o.region, o.period) for o in resolved.facts.observations)
    return found, resolved


def test_big5_hkscs_with_toned_pinyin_is_read_as_such() -> None:
    text = "泰州市統計公報\n2023年末，全市城鄉(xiāng)低保對象4.18萬人。\n"
    assert decode(text.encode("big5hkscs"))[1] == "big5hkscs"
    assert decode("泰州市城鄉低保對象".encode("big5"))[1] == "big5"  # plain Big5 stays Big5
    found, _ = _read(text.encode("big5hkscs"))
    assert found == [("城乡低保对象", "41800", "person", "321200", "2023")]


def test_thousands_separators_do_not_cut_a_clause() -> None:
    assert [c.text for c in split_clauses("1—6月，全区城镇新增就业12,368人，完成目标的51.5%")] == [
        "1—6月", "全区城镇新增就业12,368人", "完成目标的51.5%"]
    found, _ = _read("万州区半年工作报告\n2024年1—6月，全区城镇新增就业12,368人，新增经营主体 8,652 家。\n")
    assert [(value, period) for _i, value, _u, _r, period in found] == [("12368", "2024-06"), ("8652", "2024-06")]


def test_the_rest_of_the_year_in_a_mid_year_report_is_the_whole_year() -> None:
    text = ("重庆市万州区人民政府关于2024年上半年工作情况的报告\n一、上半年工作情况\n"
            "1—6月，全区地区生产总值572.36亿元，同比增长6.1%，增速比一季度提高0.6个百分点。\n"
            "二、下半年工作安排\n确保全年地区生产总值增长6%左右，全年新增养老床位1,000张。\n")
    found, _ = _read(text)
    periods = {(value, period) for _i, value, _u, _r, period in found}
    assert {("57236000000", "2024-06"), ("0.6", "2024-06"), ("6", "2024"), ("1000", "2024")} <= periods


def test_a_bylines_date_dates_the_text() -> None:
    text = ("伊犁州：织密农村养老服务网\n来源：伊犁日报　　记者　李振华　　2024-11-12 10:36\n"
            "截至10月底，全州共有农村互助幸福院486个。\n")
    found, _ = _read(text)
    assert found == [("农村互助幸福院", "486", "institution", "654000", "2024-10")]


def test_a_page_named_by_its_site_and_dated_in_a_cell_of_its_own() -> None:
    page = ("<html><head><meta charset='utf-8'><title>县民政局多措并举织密民生保障网 - 公安县人民政府</title></head>"
            "<body><table><tr><td>来源：县民政局</td><td>发布时间：</td><td>2024-08-15</td></tr></table>"
            "<table><tr><td><p>截至7月底，全县共有城乡低保对象2.16万人，特困人员4386人，县民政局会同县公安局开展数据比对。"
            "</p><p>全县80周岁以上老年人1.12万人，高龄津贴按月足额发放，困难群众基本生活得到有效保障。</p></td></tr></table>"
            "</body></html>")
    found, resolved = _read(page, "page.html")
    assert {(value, region, period) for _i, value, _u, region, period in found} == {
        ("21600", "421022", "2024-07"), ("4386", "421022", "2024-07"), ("11200", "421022", "2024-07")}
    assert "431225" not in resolved.facts.regions  # 会同 is a verb here, not 会同县


def test_ranges_with_a_unit_on_both_ends() -> None:
    assert [(q.text, str(q.value), str(q.upper)) for q in find_quantities("每人每月发放100元至500元不等")] == [
        ("100元至500元", "100", "500")]
    assert [(q.text, str(q.value)) for q in find_quantities("100元至5户")] == [("100元", "100"), ("5户", "5")]
    found, _ = _read("伊犁州养老服务\n2024年，州直为高龄老人每人每月发放100元至500元不等。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found] == [("100", "CNY/person/month")]


def test_a_documents_short_name_is_that_document() -> None:
    text = ("广西壮族自治区人民政府办公厅关于推进养老服务发展的实施意见\n桂政办发〔2024〕47号\n"
            "为贯彻落实《中共中央办公厅 国务院办公厅关于推进基本养老服务体系建设的意见》（以下简称《意见》），"
            "现提出以下意见。"
            "按照《意见》要求，对收住失能老年人的养老机构，按每人每月二百元的标准给予运营补贴。\n")
    found, resolved = _read(text)
    assert set(resolved.facts.documents) == {"中共中央办公厅 国务院办公厅关于推进基本养老服务体系建设的意见"}
    assert found == [("运营补贴", "200", "CNY/person/month", "450000", "2024")]


def test_a_monthly_release_reads_its_months_so_far_its_regions_and_its_growths() -> None:
    text = ("安徽省统计局发布1—8月经济数据\n"
            "8月份，全省规模以上工业增加值同比增长7.6%，环比增长0.42%。1—8月，全省固定资产投资同比增长4.1%。"
            "分领域看，工业投资增长15.3%。\n"
            "分地区看，滁州、淮北、宿州增速居全省前三位，分别增长14.6%、12.3%和11.8%。\n"
            "注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。\n")
    text = text.replace("1—8月，", "2024年1—8月，")
    found, _ = _read(text)
    by_value = {value: (unit, region, period) for _i, value, unit, region, period in found}
    assert by_value["0.42"] == ("percent", "340000", "2024-08")  # 环比 after 同比: a growth of its own
    assert by_value["15.3"] == ("percent", "340000", "2024-08")  # dated by the release's 1—8月
    assert [by_value[v][1] for v in ("14.6", "12.3", "11.8")] == ["341100", "340600", "341300"]
    assert "20000000" not in by_value  # a size class that defines the statistics


def test_households_and_people_side_by_side_a_time_limit_and_towns_covered() -> None:
    found, _ = _read("定远县民政局通知\n截至2024年4月底，全县城乡低保对象1.86万户2.31万人，"
                     "全县16个乡镇社会救助服务站实现全覆盖，乡镇要在5个工作日内完成入户核查。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [
        ("16", "township"), ("18600", "household"), ("23100", "person")]


def test_a_wechat_article_dated_by_its_posting_line() -> None:
    page = ("<html><head><meta charset='utf-8'><title>1—8月，鹤壁民政交出这份暖心“成绩单”</title></head><body>"
            "<div id='js_content'><h1>1—8月，鹤壁民政交出这份暖心“成绩单”</h1>"
            "<section><span>鹤壁民政</span> <em>2024-09-03 18:20</em> <span>发表于河南</span></section>"
            "<section><span>截至8月底，全市共有城乡低保对象</span><span><strong>3.</strong></span>"
            "<span><strong>52万</strong></span><span>人，特困人员6893人，兜底保障有力有效，困难群众生活有保障。</span>"
            "</section></div></body></html>")
    found, _ = _read(page, "wechat.html")
    assert [(value, period) for _i, value, _u, _r, period in found] == [("35200", "2024-08"), ("6893", "2024-08")]


def test_a_numbered_list_of_pledges_and_a_negative_rate_written_out() -> None:
    text = ("德清县政府工作报告\n——2025年1月10日在德清县第十七届人民代表大会第五次会议上\n"
            "三、2025年十件民生实事\n今年，县政府将继续集中财力办好十件民生实事：\n"
            "（一）改造提升农村公路60公里；\n（二）新建口袋公园10个；\n"
            "四、人口\n2024年，全县人口自然增长率为负千分之二点零七。\n")
    found, _ = _read(text)
    assert sorted((value, unit, period) for _i, value, unit, _r, period in found) == [
        ("-2.07", "per-mille", "2024"), ("10", "count", "2025"), ("60", "kilometre", "2025")]


def test_a_growth_cell_in_a_row_without_a_level_and_a_notice_dated_at_its_end() -> None:
    table = ("娄底市2024年国民经济和社会发展统计公报\n表1 2024年主要指标\n"
             "指标\t单位\t绝对数\t比上年增长（%）\n规模以上工业增加值\t—\t—\t7.2\n")
    found, _ = _read(table)
    assert found == [("规模以上工业增加值增速", "7.2", "percent", "431300", "2024")]
    notice = ("民政部 财政部关于推进居家社区养老服务的通知\n各省、自治区、直辖市民政厅（局）、财政厅（局）：\n"
              "截至2024年底，全国共有社区养老服务机构和设施36.9万个。\n"
              "对实施适老化改造的家庭，每张床位给予不超过3000元的适老化改造补助。\n民政部　财政部\n2025年3月18日\n")
    found, _ = _read(notice)
    assert ("3000", "2025") in {(value, period) for _i, value, _u, _r, period in found}


def test_a_flood_relief_item_with_its_related_links_funding_levels_and_supplies() -> None:
    text = ("梧州市全力做好洪涝灾害救灾救助工作\n来源：梧州市应急管理局　　发布时间：2024-06-27 17:45\n"
            "截至6月26日，藤县、苍梧县受灾较重，受灾人口分别为9.8万人和7.6万人，其中藤县全县17个乡镇均不同程度受灾。"
            "全市累计下拨救灾资金6180万元，其中中央资金2500万元、自治区资金2180万元、市级资金1500万元。"
            "广西壮族自治区应急管理厅向梧州调拨帐篷1260顶、折叠床4300张；市本级调拨物资约2.6万箱。"
            "市应急管理局组织7个工作组分赴各县（市、区）开展灾情核查评估。\n"
            "相关链接：\n·全市1200余名应急救援队员24小时驻守一线（2024-06-21）\n·第二批中央救灾物资运抵梧州（2024-06-23）\n")
    found, _ = _read(text)
    by_value = {value: (unit, region) for _i, value, unit, region, _p in found}
    assert (by_value["98000"], by_value["76000"]) == (("person", "450422"), ("person", "450421"))  # 分别
    assert by_value["17"] == ("township", "450422")                  # 17个乡镇均…: the noun ends before 均
    assert by_value["21800000"] == ("CNY", "450400")               # 自治区资金: where the money came from
    assert by_value["1260"] == ("count", "450400") and by_value["4300"] == ("count", "450400")  # not beds of care
    assert by_value["26000"] == ("count", "450400")                 # 市本级: the city
    assert by_value["7"] == ("count", "450400")                     # 工作组, not the counties they went to
    assert "1200" not in by_value                                   # a related headline, not the article's


def test_an_autonomous_regions_own_word_and_sessions_and_sets_of_rules() -> None:
    text = ("海拉尔区政府工作报告\n2013年，坚决贯彻中央八项规定、自治区28条规定，清理超标办公用房6069平方米。"
            "深入贯彻自治区党委九届十三次全委会精神，自治区本级安排资金3.2亿元。\n")
    found, _ = _read(text)
    assert [(value, region) for _i, value, _u, region, _p in found] == [("320000000", "150000"), ("6069", "150702")]


def test_a_newspaper_page_with_its_page_header_on_top_and_again_inside() -> None:
    text = ("牡丹江日报 2024年9月12日 第3版\n县域观察\n宁安市织密民生保障网\n"
            "本报讯 截至8月底，全市共有城乡低保对象1.26万人，全市特困人员2186人。\n"
            "牡丹江日报 2024年9月12日 第3版\n"
            "宁安市在牡丹江市率先建立监测机制，将全市1.82万名低收入人口纳入监测范围。\n")
    found, resolved = _read(text)
    facts = resolved.facts  # type: ignore[attr-defined]
    assert facts.focus_region == "231084"      # the paper's city (牡丹江) is not what the page is about; 全市 is 宁安市
    assert facts.title == "县域观察"           # the page header is its byline, not its title
    assert sorted((value, region, period) for _i, value, _u, region, period in found) == [
        ("12600", "231084", "2024-08"), ("18200", "231084", "2024-08"), ("2186", "231084", "2024-08")]


def test_a_mirror_sites_breadcrumb_date_line_and_footer_are_chrome() -> None:
    # a traditional-script page of another site: a breadcrumb over the headline, a date line with a time that
    # opens its byline, related headlines of another year and a footer; the figures are of the date line's year
    text = ("兩岸民生網 > 大陸新聞 > 社會民生\n\n浙江麗水：臨時救助「小額先行」\n\n"
            "2024/11/18 10:32　記者 陳怡君／綜合報導　　分享：Facebook　LINE\n\n"
            "記者從麗水市民政局獲悉，今年1至10月，麗水市累計實施臨時救助2.36萬人次。\n\n"
            "延伸閱讀\n·福建寧德：2023年發放臨時救助金逾5000萬元 2023/10/29\n\n"
            "主辦：兩岸民生網　地址：福州市鼓樓區某路1號\n閩ICP備12004567號-1\n"
            "兩岸民生網　版權所有　未經授權請勿轉載\n")
    found, resolved = _read(text)
    assert resolved.facts.title == "浙江丽水：临时救助“小额先行”"  # type: ignore[attr-defined]
    assert found == [("临时救助", "23600", "person-time", "331100", "2024-10")]
    assert "350100" not in resolved.facts.regions  # type: ignore[attr-defined]  # the footer's address


def test_an_item_from_a_national_ministry_is_about_china_though_it_names_provinces() -> None:
    text = ("各地加快推进县域养老服务体系建设\n\n发布时间：2025-09-16 10:30　　来源：民政部养老服务司\n\n"
            "截至2025年8月底，全国建成县级失能照护服务机构2140个。今年以来，中央财政累计下达资金32.6亿元。\n\n"
            "河北省突出规划引领，全省已有152个县完成方案编制。省级财政按每张床位1.5万元给予建设补助。\n\n"
            "山西省今年计划改造敬老院120所。\n\n"
            "重庆市全市建成农村互助养老服务点1.21万个。城口、巫溪两县分别建成212个和187个。\n")
    found, resolved = _read(text)
    assert resolved.facts.focus_region == "000000"  # type: ignore[attr-defined]
    by_value = {value: region for _i, value, _u, region, _p in found}
    assert by_value["3260000000"] == "000000" and by_value["12100"] == "500000" and by_value["152"] == "130000"
    assert by_value["15000"] == "130000"  # a sentence naming no region: the province its paragraph opens with


def test_a_newspapers_item_on_a_mainland_city_its_date_line_and_the_citys_name_unsuffixed() -> None:
    # a Macau paper's page: the date opens a line of labels; its headline names the city without 市 (a name the
    # gazetteer leaves out as a common word), the body names it in full; the paper's own place is not the focus
    text = ("首頁 > 大灣區 > 正文\n2025-06-18　來源：澳門日報　字體：大 中 小\n\n中山跨境養老合作提速\n\n"
            "【本報中山十七日電】記者從中山市民政局獲悉，截至今年五月底，中山共有養老機構68家。"
            "澳門特區政府社會工作局表示，將與中山市進一步深化合作。\n")
    found, resolved = _read(text.encode("big5hkscs"))
    assert resolved.facts.title == "中山跨境养老合作提速"  # type: ignore[attr-defined]
    assert resolved.facts.focus_region == "442000"  # type: ignore[attr-defined]
    assert ("养老机构", "68", "institution", "442000", "2025-05") in found


def test_a_periodicals_running_header_is_no_title_and_does_not_date_the_report() -> None:
    text = ("衡水统计分析　　　　　　　　2025年第6期\n2024年衡水市民生发展状况统计监测报告\n衡水市统计局\n"
            "　　全年城镇新增就业4.28万人，完成年度目标任务的107.0%。年末全市共有养老机构126家，\n\n— 1 —\n\n"
            "衡水统计分析　　　　　　　　2025年第6期\n养老床位1.68万张。\n")
    found, resolved = _read(text)
    assert resolved.facts.title == "2024年衡水市民生发展状况统计监测报告"  # type: ignore[attr-defined]
    rows = {(value, unit, period) for _i, value, unit, _r, period in found}
    assert {("42800", "person", "2024"), ("107", "percent", "2024"), ("126", "institution", "2024"),
            ("16800", "bed", "2024")} <= rows


def test_a_bulletins_masthead_gives_its_issuer_and_the_title_under_it() -> None:
    text = ("民政工作简报\n2025年第9期（总第118期）\n浙江省温州市鹿城区民政局办公室　　　　2025年10月12日\n"
            "全区1—9月社会救助工作情况\n　　1—9月，全区发放低保金3862万元。报：市民政局\n")
    found, resolved = _read(text)
    facts = resolved.facts  # type: ignore[attr-defined]
    assert (facts.title, facts.byline) == ("全区1—9月社会救助工作情况", "浙江省温州市鹿城区民政局办公室")
    assert {(value, region, period) for _i, value, _u, region, period in found} == {("38620000", "330302", "2025-09")}


def test_a_breadcrumb_without_its_home_is_chrome_and_a_headlines_stem_after_its_province_is_the_place() -> None:
    text = ("臺灣時事新聞網　首頁 | 臺灣 | 大陸 | 國際\n大陸 > 社會\n\n"
            "海南東方：家庭養老床位“搬”進家\n\n2025/11/18 15:06　來源：海南日報\n\n"
            "　　東方市地處海南島西部。今年以來，全市建成家庭養老床位320張，市級資金1900萬元。\n")
    found, resolved = _read(text)
    assert resolved.facts.title == "海南东方：家庭养老床位“搬”进家"  # type: ignore[attr-defined]
    # 东方, a common word no table lists alone, written right after its province: 东方市, which the body names
    assert {region for _i, _v, _u, region, _p in found} == {"469007"}


def test_a_table_column_named_for_people_counts_them() -> None:
    text = ("兴安盟民政局1—10月民政统计\n截至2025年10月底，全盟低保对象8.64万人。\n"
            "旗县市\t低保人数\t低保金支出（万元）\t特困人员\n乌兰浩特市\t9842\t4613.8\t642\n阿尔山市\t2316\t1102.5\t215\n")
    found, _ = _read(text)
    assert ("特困人员", "642", "person", "152201", "2025-10") in found


def test_a_bar_of_footer_links_ends_the_page_so_a_related_list_above_it_is_chrome() -> None:
    text = ("曲靖市应急管理局关于做好抗旱救灾工作的通知\n截至2025年4月10日，全市因旱饮水困难人口12.6万人。\n\n"
            "相关文章\n· 市应急管理局调拨储水桶2000个支援会泽县抗旱（2025-04-02）\n\n网站地图 | 联系我们 | 网站声明\n"
            "主办单位：曲靖市应急管理局\n")
    found, _ = _read(text)
    assert [value for _i, value, *_rest in found] == ["126000"]


def test_a_notice_under_a_sites_breadcrumb_titled_with_a_span_of_years() -> None:
    text = ("鸡西市人民政府网　｜　首页 > 政务公开 > 通知公告\n\n"
            "鸡西市民政局关于做好2024—2025年采暖期城乡困难群众取暖补贴发放工作的通知\n\n"
            "根据省民政厅《关于做好2024年城乡困难群众冬季取暖救助工作的通知》要求，全市享受取暖补贴的城市低保家庭1.26万户。\n")
    found, resolved = _read(text)
    assert resolved.facts.title.startswith("鸡西市民政局关于")  # type: ignore[attr-defined]
    assert [(value, period) for _i, value, _u, _r, period in found] == [("12600", "2024")]  # not the season's end


def test_an_overseas_sites_banner_date_line_and_menu_over_the_headline_are_no_title() -> None:
    text = ("英倫僑報網 UK Chinese Times Online　|　首頁 > 中國 > 山東\n"
            "Tuesday, 12 November 2024　London 11°C　|　登錄　註冊　訂閱電子報\n"
            "首頁　英國　中國　國際　財經　留學　移民\n\n"
            "莘縣：織密兜底保障網　1—10月發放城鄉低保金1.68億元\n\n2024-11-12 09:30 GMT　來源：聊城日報\n\n"
            "記者從莘縣民政局獲悉，1—10月，全縣發放城鄉低保金1.68億元，目前納入監測的低收入人口5.26萬人。\n")
    found, resolved = _read(text)
    assert resolved.facts.title.startswith("莘县")  # type: ignore[attr-defined]
    # (not 山东, its breadcrumb's)
    assert {region for _i, _v, _u, region, _p in found} == {"371522"}


def test_a_subdistricts_article_is_about_the_district_it_lies_in() -> None:
    text = ("家门口的幸福食堂\n\n殷行街道是杨浦区老年人口最多的街道之一。截至2025年5月底，街道建成社区长者食堂4家。"
            "“家庭照护床位”是上海推进“养老院就在家门口”的举措，街道借鉴长宁区经验，上海已推广。\n")
    found, resolved = _read(text)
    assert resolved.facts.focus_region == "310110"  # type: ignore[attr-defined]
    assert [(value, region, period) for _i, value, _u, region, period in found] == [("4", "310110", "2025-05")]


def test_a_mirror_page_its_bar_of_sections_and_lists_of_headlines_after_the_text() -> None:
    text = ("登入 | 註冊 | 簡體版 | 繁體版\n神州要聞網　　首頁　大陸新聞　兩岸動態　財經觀察　社會民生\n"
            "黑河市政府工作報告（摘要）：今年地區生產總值預期增長5.5%左右\n"
            "2026/01/16 09:20　　來源：黑河日報\n"
            "　　今年主要預期目標是：地區生產總值增長百分之五點五左右。全年新增城鎮就業一萬零六百人。\n"
            "（本文原載黑河日報2026年1月10日第一版）\n\n相關新聞\n"
            "■黑龍江：2025年全省城鄉低保標準平均提高4.2%　2026/01/08\n\n熱門排行\n"
            "1. 哈爾濱冰雪大世界累計接待遊客突破100萬人次\n2. 佳木斯市：今年計劃城鎮新增就業1.2萬人\n\n"
            "本網轉載內容僅供參考，不代表本網立場。\nCopyright 2026 神州要聞網 版權所有　聯絡電郵：news@example.org\n")
    source = Source.from_bytes(text.encode(), name="mirror.txt")
    assert source.text[source.content_end:].lstrip().startswith("相關新聞")  # the lists, the notice and © are chrome
    resolved, _ = source_document(source)
    assert resolved.facts.title.startswith("黑河市政府工作报告")  # type: ignore[attr-defined]  # not the bar of sections
    assert sorted(str(o.value) for o in resolved.facts.observations) == ["10600", "5.5"]  # the headline's and the
    # lists' figures give nothing


def test_a_sites_banner_and_a_ranking_numbered_with_spaces_are_chrome() -> None:
    text = ("兩岸頭條網 —— 兩岸三地即時資訊\n首頁 > 大陸新聞 > 福建\n"
            "福建永春：養老服務券「券」出幸福晚年\n2025/08/20 10:25　　來源：泉州網\n"
            "　　截至7月底，永春縣累計發放養老服務券4.32萬張。\n\n熱門排行\n"
            "1　福建今年將新增家庭養老照護床位2萬張\n2　廣東：2025年城鄉低保標準全面上調\n")
    found, resolved = _read(text)
    assert resolved.facts.title.startswith("福建永春")  # type: ignore[attr-defined]  # not the site's banner
    assert [(value, region) for _i, value, _u, region, _p in found] == [("43200", "350525")]  # the county, not 泉州


def test_a_list_of_plain_headlines_and_a_footer_with_an_address_are_chrome() -> None:
    text = ("遂宁市养老服务新闻发布会\n2025年9月10日\n　　截至8月底，全市建成村级互助养老服务点186个。\n\n相关链接：\n"
            "遂宁市2025年“敬老月”活动启动\n我市新增3家四星级养老机构\n\n"
            "主办：遂宁市人民政府办公室　　承办：遂宁市大数据中心\n地址：遂宁市船山区德胜西路19号　　邮编：629000\n"
            "蜀ICP备05003687号-1　　网站标识码：5109000001\n")
    found, _ = _read(text)
    assert [value for _i, value, _u, _r, _p in found] == ["186"]  # (not the 3 of a related headline)
    source = Source.from_bytes(text.encode(), name="case.txt")
    assert source.text[source.content_end:].lstrip().startswith("相关链接")  # the list and the footer are chrome
    inline = ("吕梁市调整高龄津贴标准\n2024年9月26日\n　　截至8月底，全市80周岁及以上老年人98636人。\n\n"
              "上一篇：吕梁市第二季度城乡低保资金发放情况公示\n"
              "相关链接：晋中市为12.6万名高龄老人发放津贴　　太原市高龄津贴实现“跨区通办”\n\n"
              "主办：吕梁市民政局　　地址：山西省吕梁市离石区滨河北西路12号\n")
    found, _ = _read(inline)
    assert [value for _i, value, _u, _r, _p in found] == ["98636"]  # (its links on the heading's own line)
    long_links = inline.replace("晋中市为12.6万名高龄老人发放津贴", "晋中市2026年城市低保标准提高到每人每月830元")
    found, _ = _read(long_links)
    assert [value for _i, value, _u, _r, _p in found] == ["98636"]  # (headlines longer together than one could be)
    paper = ("<html><head><meta charset='utf-8'><title>今日郸城-第2版：乡镇</title></head><body>"
             "<div class='brand'>今日郸城　郸城县融媒体中心主办</div><div>2025年7月15日　星期二</div>"
             "<h1>上半年全县兜底保障资金发放2.16亿元</h1><p>本报讯　今年上半年，我县累计发放各类兜底保障资金2.16亿元。"
             "截至6月底，全县共有特困人员6820人。</p><p>宁平镇新建村级老年食堂3个，每天为460余名老人提供午餐。</p>"
             "</body></html>")
    found, _ = _read(paper, name="case.html")
    assert {region for _i, _v, _u, region, _p in found} == {"411625"}  # (the county its paper is named for)
    portal = ("<html><head><meta charset='utf-8'>"
              "<title>张湾区民政局2025年工作总结暨2026年工作计划-十堰市张湾区人民政府</title></head>"
              "<body><div class='menu'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></div>"
              "<div class='biaoti'>张湾区民政局2025年工作总结暨2026年工作计划</div>"
              "<div class='laiyuan'>来源：张湾区民政局　时间：2025-12-26</div><div class='zhengwen'>"
              "<p>（数据截至2025年12月20日）</p><p>今年以来，区民政局扎实推进各项民政工作，现将有关情况报告如下。</p>"
              "<p>全区共有城乡低保对象3126户5862人，全区共有特困人员412人。</p></div></body></html>")
    found, resolved = _read(portal, name="case.html")
    assert resolved.facts.title == "张湾区民政局2025年工作总结暨2026年工作计划"  # type: ignore[attr-defined]
    assert {period for _i, _v, _u, _r, period in found} == {"2025-12"}  # (the note under it: what its data run to)
    overseas = ("勉县两项补贴暖民心\n2022年7月25日\n　　上半年，全县为3126名困难残疾人发放生活补贴。\n\n相关文章：\n"
                "◎ 汉中宁强：上半年为2156名困难残疾人发放生活补贴（2022-07-20）\n\n关于我们 ｜ 广告服务 ｜ 联系我们\n"
                "温哥华华人资讯网　5300 No. 3 Road, Richmond　电话：604-273-8866\n"
                "Copyright (C) 2022 VanChinese.ca All Rights Reserved.\n")
    found, _ = _read(overseas)
    assert [value for _i, value, _u, _r, _p in found] == ["3126"]  # (an overseas site's footer ends the page)
    wechat = "宁德市台风灾情通报\n2024年7月27日\n　　全市受灾人口12.6万人。\n\n阅读 2.1万　　在看 236　　点赞 418\n"
    found, _ = _read(wechat)
    assert [value for _i, value, _u, _r, _p in found] == ["126000"]  # (a WeChat article's counts under it)


def test_a_mirror_sites_bar_of_sections_between_bars_is_no_title() -> None:
    text = ("港島新聞網　｜　首頁　港聞　中國新聞　兩岸　國際　財經　｜　簡體版\n首頁 > 中國新聞 > 河北\n\n"
            "阜平：太行深處織就「養老幸福圈」\n\n2025年11月5日 09:45　來源：保定日報\n\n"
            "　　截至10月底，阜平縣60週歲以上老年人4.62萬人。\n")
    found, resolved = _read(text)
    assert resolved.facts.title.startswith("阜平")  # type: ignore[attr-defined]
    assert found == [("60周岁以上老年人", "46200", "person", "130624", "2025-10")]
    menu = ("兩岸時訊網　首頁 | 台灣 | 大陸 | 國際 | 財經 | 生活 | 影音　　【簡體】【登入】\n"
            "泰順：低收入農戶增收有「方」\n2025/12/10 09:28　來源：溫州日報\n"
            "字級：大 中 小　　列印　轉寄　分享：Facebook | LINE\n"
            "　　截至11月底，泰順縣共有低收入農戶1.36萬戶。\n")
    found, resolved = _read(menu)
    assert resolved.facts.focus_region == "330329"  # type: ignore[attr-defined]  (not 台湾, named in the menu)
    assert [(value, region) for _i, value, _u, region, _p in found] == [("13600", "330329")]


def test_a_pages_lists_of_hot_clicks_and_related_news_after_the_text_are_chrome() -> None:
    text = ("威寧：搬遷群眾穩就業\n2025/10/22 09:28　來源：畢節日報\n"
            "　　截至9月底，威寧縣搬遷勞動力就業率達到96.8%。\n\n相關新聞\n"
            "· 廣東對口協作貴州 累計引導1200家企業入黔 2025-09-28\n\n熱門點擊\n1　內地高校畢業生就業率穩中有升\n\n"
            "關於本網 | 聯絡我們 | 私隱聲明\n")
    found, _ = _read(text)
    assert [value for _i, value, *_rest in found] == ["96.8"]


def test_an_epaper_pages_header_and_editors_line_are_neither_wrapped_prose_nor_its_title() -> None:
    wrapped = ["初冬时节，走进克山县古城镇的粮食收储", "点，满载新粮的运粮车排起长队，烘干塔",
               "昼夜不停运转。今年以来，克山县深入贯", "彻黑土地保护法，扛稳粮食安全政治责任，",
               "在稳面积、提单产、强服务上持续用力，", "粮食生产再获丰收，全县粮食总产量达到",
               "172.6万吨。"]
    text = ("齐齐哈尔日报 2025年12月9日 星期二 第3版\n县域经济　　责任编辑：张海涛　美术编辑：李楠\n"
            "克山县粮食总产再创新高\n本报讯（记者 刘晓东）\n" + "\n".join(wrapped) + "\n")
    found, resolved = _read(text)
    assert resolved.facts.title == "克山县粮食总产再创新高"  # type: ignore[attr-defined]
    assert [(value, region) for _i, value, _u, region, _p in found] == [("1726000", "230229")]


def test_a_sites_name_before_its_trail_and_a_report_titled_only_by_its_kind() -> None:
    text = ("華夏地方政情網　首頁 > 山西 > 政府工作報告\n發佈時間：2026-01-13 08:40　　來源：五臺縣人民政府網\n\n"
            "政府工作報告\n——二〇二六年一月七日在五臺縣第十七屆人民代表大會第六次會議上\n\n"
            "各位代表：\n　　過去一年，全縣地區生產總值完成86.4億元，增長5.3%。\n")
    found, resolved = _read(text)
    assert resolved.facts.focus_region == "140922"  # type: ignore[attr-defined]
    assert [(value, region, period) for _i, value, _u, region, period in found] == [
        ("8640000000", "140922", "2025")]


def test_a_banner_over_a_pages_headline_is_not_its_title() -> None:
    page = ("<html><head><meta charset='utf-8'><title>西藏日报数字报-山乡巨变看“门珞”</title></head><body>"
            "<div class='article'><h3>喜迎西藏自治区成立60周年</h3><h1>山乡巨变看“门珞”</h1>"
            "<h2>——林芝市人口较少民族聚居区发展纪实</h2>"
            "<p>　　林芝市是我国门巴族、珞巴族的主要聚居地之一。截至2024年底，全市共有门巴族群众7680人、"
            "珞巴族群众3260人，主要分布在墨脱县、米林市、察隅县等地。近年来，林芝市把人口较少民族聚居区发展摆在突出位置。"
            "</p></div></body></html>")
    found, resolved = _read(page.encode(), name="page.html")
    assert resolved.facts.title == "山乡巨变看“门珞”"  # type: ignore[attr-defined]
    assert resolved.facts.focus_region == "540400"  # type: ignore[attr-defined]
    assert {(value, region) for _i, value, _u, region, _p in found} == {("7680", "540400"), ("3260", "540400")}


def test_an_editors_credit_line_ends_the_page_so_a_related_list_above_it_is_chrome() -> None:
    text = ("彭水：互助养老点里的元宵节\n截至2026年2月底，全县60周岁以上老年人12.86万人。\n\n"
            "【相关新闻】\n· 酉阳县今年新建农村互助养老点32个（2026-03-04）\n"
            "· 黔江区春节期间走访慰问困难群众8600余户（2026-02-26）\n\n责任编辑：谢晓梅\n"
            "彭水新闻网版权所有　未经书面授权禁止转载\n")
    found, _ = _read(text)
    assert [value for _i, value, *_rest in found] == ["128600"]


def test_a_footer_line_opening_with_the_sites_name_ends_the_page_so_its_hot_news_list_is_chrome() -> None:
    # 华语快讯网　地址：…　电话：… under 【热门新闻】 and its list: chrome, not figures of the text
    text = ("莲花县困境儿童保障\n2025/07/16 10:22　来源：萍乡日报\n截至6月底，全县共有困境儿童1260名。\n\n"
            "【热门新闻】\n• 台北市第2季住宅价格指数季增1.8%\n• 暑假旅游旺季 桃园机场单日出入境旅客破16万人次\n\n"
            "关于我们｜广告合作｜隐私权政策｜联络我们\n"
            "华语快讯网　地址：台北市中正区忠孝东路一段85号9楼　电话：(02)2396-8810\n")
    found, _ = _read(text)
    assert [value for _i, value, *_rest in found] == ["1260"]


def test_a_street_offices_name_over_its_summary_and_plan_is_its_byline_not_its_title() -> None:
    text = ("大连市沙河口区春柳街道办事处\n春柳街道2021年社区服务工作总结及2022年工作打算\n（数据截至2021年11月底）\n"
            "　　一、基本情况\n　　春柳街道下辖8个社区，常住人口4.86万人。\n")
    found, resolved = _read(text)
    facts = resolved.facts  # type: ignore[attr-defined]
    assert facts.title == "春柳街道2021年社区服务工作总结及2022年工作打算"
    assert facts.byline == "大连市沙河口区春柳街道办事处"
    assert {(value, period) for _i, value, _u, _region, period in found} == {("48600", "2021-11"), ("8", "2021-11")}


def test_a_databases_record_lines_and_labelled_trail_over_an_issuers_report_are_chrome() -> None:
    # a database's banner, its labelled trail (资料类别：… > 云南 > 民政) and its record line (收录日期：…　浏览：642)
    # over the issuer and the title: the report is the county's, not the province's the trail names
    text = ("兩岸政經資料庫　首頁｜法規｜報告｜統計\n資料類別：大陸地方政府報告 > 雲南 > 民政\n"
            "收錄日期：2023-11-08　資料編號：CR-2023-11-0417　瀏覽：642\n\n寧洱哈尼族彝族自治縣人民政府\n"
            "關於全縣養老服務體系建設情況的報告\n\n"
            "　　截至九月底，全縣有養老機構十二家。入住率不足四成的鄉鎮敬老院有四家。\n")
    found, resolved = _read(text)
    facts = resolved.facts  # type: ignore[attr-defined]
    assert (facts.title, facts.focus_region) == ("关于全县养老服务体系建设情况的报告", "530821")
    assert {region for _i, _v, _u, region, _p in found} == {"530821"}


def test_an_overseas_portals_name_and_address_lists_of_links_and_contact_line_are_chrome() -> None:
    text = ("多倫多華人資訊網 TorontoChinese.net\n首頁 ｜ 本地 ｜ 加國 ｜ 中國 ｜ 國際 ｜ 財經\n"
            "多倫多 小雪 -8至-2°C　2026年1月15日\n位置：首頁 > 中國新聞 > 湖南\n湖南新田縣：今年低保標準再提高\n"
            "發佈時間：2026-01-15 08:40　來源：永州日報\n\n　　2025年，全縣城鄉低保對象1.26萬人。\n\n相關閱讀\n"
            "· 湖南寧遠縣：今年計劃新增城鎮就業3500人（2026-01-14）\n熱門文章\n· 多倫多今冬降雪量已逾80厘米\n\n"
            "聯絡我們：5 Park Home Ave, North York, ON M2N 6L4　Tel: (416) 226-8888\n"
            "多倫多華人資訊網 TorontoChinese.net\n")
    found, resolved = _read(text)
    assert [value for _i, value, _u, _r, _p in found] == ["12600"]  # (not the 3500 of a related headline)
    assert resolved.facts.title.startswith("湖南新田县")  # type: ignore[attr-defined]  # not the site's name
