"""Observations read from whole sentences: what each number measures, where and when."""

from __future__ import annotations

import pytest

from policy_graph.build import source_document
from policy_graph.read import Source


def _observations(text: str) -> list[tuple[str, str, str, str, str]]:
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    return sorted((o.indicator, str(o.value), o.unit, o.region, o.period) for o in resolved.facts.observations)


def test_one_noun_counted_in_two_units() -> None:
    found = _observations("全国民政事业统计公报\n截至2023年底，全国共有城市低保对象389.6万户、658.3万人。\n")
    assert found == [("城市低保对象", "3896000", "household", "000000", "2023"),
                     ("城市低保对象", "6583000", "person", "000000", "2023")]


def test_a_total_said_alone_is_of_what_the_sentence_is_about() -> None:
    for total in ("共计", "共", "合计"):
        found = _observations(f"隰县民政局工作动态\n2025年，县财政直接拨付集中供养特困人员取暖费，{total}8.7万元。\n")
        assert [(indicator[-3:], *rest) for indicator, *rest in found] == [
            ("取暖费", "87000", "CNY", "141031", "2025")], total


def test_a_rate_paid_and_its_total_are_named_by_what_was_paid() -> None:
    found = _observations("灞桥区民政局工作动态\n2025年9月，区民政局为全区3126户低保、特困家庭"
                          "发放了中秋国庆节日慰问金，每户300元，共计93.78万元。\n")
    assert [(indicator, value, unit) for indicator, value, unit, _r, _p in found if unit == "CNY"] == [
        ("中秋国庆节日慰问金", "937800", "CNY"), ("中秋国庆节日慰问金每户", "300", "CNY")]
    # a total after a rate named with its payment: the payment, not the rate
    found = _observations("新宁县民政局工作动态\n2025年10月，"
                          "县财政为全县百岁老人每人发放长寿慰问金1000元，共计4.8万元。\n")
    assert ("县财政为全县百岁老人发放长寿慰问金", "48000", "CNY", "430528", "2025-10") in found


def test_lines_of_places_each_get_the_figure_their_lead_in_names() -> None:
    text = ("赤峰市临时救助实施办法政策解读\n发布时间：2025-11-20\n\n一、救助标准怎么确定？\n\n"
            "2025年，各地急难型临时救助基本标准（每人次）为：\n\n"
            "红山区、松山区、元宝山区：2610元\n宁城县、林西县：2520元\n\n二、如何申请？\n\n向乡镇提出申请。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="chifeng.txt"))
    found = {(o.indicator, str(o.value), o.unit, o.region) for o in resolved.facts.observations}
    standard = "急难型临时救助基本标准（每人次）"
    assert found == {(standard, "2610", "CNY", code) for code in ("150402", "150403", "150404")} \
        | {(standard, "2520", "CNY", code) for code in ("150429", "150424")}
    quotes = {text[o.evidence.start:o.evidence.end] for o in resolved.facts.observations}
    assert quotes == {"红山区、松山区、元宝山区：2610元", "宁城县、林西县：2520元"}  # (each from the places on)


def test_lines_of_places_under_a_heading_that_names_the_standard_and_what_it_is_per() -> None:
    text = ("三门峡市城乡低保标准提高了\n发布时间：2025-12-29\n\n【文字版】\n\n今年全市低保对象4.16万人。\n\n"
            "▍03 各县（市、区）城市低保标准（每人每月）\n\n● 湖滨区、陕州区：由780元提高到810元\n"
            "● 渑池县、卢氏县：由750元提高到780元\n\n▍04 钱从哪里来？\n\n由财政负担。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="sanmenxia.txt"))
    found = {(o.indicator, str(o.value), o.unit, o.region) for o in resolved.facts.observations if o.value != 41600}
    assert found == {("城市低保标准", value, "CNY/person/month", code)
                     for values, codes in ((("780", "810"), ("411202", "411203")),
                                           (("750", "780"), ("411221", "411224")))
                     for value in values for code in codes}


def test_lines_of_one_place_and_its_amount_under_a_heading_get_what_the_heading_names() -> None:
    text = ("关于2025年第三批困难群众救助补助资金分配结果的公示\n发布时间：2025-09-23\n\n一、资金总体情况\n\n"
            "本批资金共计3438万元，其中城乡低保资金2466万元。截至2025年8月底，全市共有特困人员4.12万人。\n\n"
            "二、各县（市、区）分配结果\n\n临泉县2386万元（其中城乡低保1712万元、临时救助162万元）；\n"
            "太和县1052万元（其中城乡低保754万元、临时救助86万元）。\n\n三、监督方式\n\n"
            "全县152个设立了监督点。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="fuyang.txt"))
    found = {(o.indicator, str(o.value), o.region, o.period) for o in resolved.facts.observations}
    assert {("分配结果", "23860000", "341221", "2025"), ("分配结果", "10520000", "341222", "2025")} <= found
    assert ("城乡低保", "17120000", "341221", "2025") in found  # (money shared out for its year, not 2025-08)
    assert not any(indicator == "监督方式" for indicator, *_rest in found)  # (全县152个行政村: the villages)

def test_a_line_of_places_and_a_figure_is_no_heading_but_a_headline_of_one_place_is() -> None:
    from policy_graph.segment import segment_text

    for line, read in (("红山区、松山区：2610元", True), ("芷江侗族自治县：120个“长者食堂”飘香侗乡苗寨", False)):
        doc = segment_text(f"标题\n\n一、救助标准\n\n{line}\n\n正文。\n")
        assert (line in [sentence.text for sentence in doc.sentences]) is read, line  # (a heading is not read)


def test_a_part_is_of_its_totals_period_not_of_a_year_compared_with_between() -> None:
    found = _observations("宁德市就业帮扶工作动态\n截至2023年11月底，全市脱贫劳动力务工就业3.86万人，超过去年务工规模，"
                          "其中省外务工0.42万人。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {("38600", "2023-11"), ("4200", "2023-11")}


def test_the_days_of_a_festival_said_again_are_its_month() -> None:
    found = _observations("故城县殡葬改革工作动态\n截至2025年6月底，全县公益性公墓覆盖率达到85%。"
                          "今年清明节期间，全县接待祭扫群众12.6万人次。节日期间，县里设置便民服务点32个。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("85", "2025-06"), ("126000", "2025-04"), ("32", "2025-04")}


def test_this_year_so_far_after_a_quarters_figures_runs_to_the_texts_month() -> None:
    found = _observations("日喀则市乡村振兴工作情况\n截至2025年11月底，全市共有城乡低保对象2.86万户。\n"
                          "前三季度，全市农村居民人均可支配收入15862元。今年以来，全市农牧民转移就业12.86万人。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("28600", "2025-11"), ("15862", "2025-09"), ("128600", "2025-11")}


def test_the_whole_year_in_a_report_to_its_december_is_the_year() -> None:
    found = _observations("六安市2025年12月民政统计月报\n发布时间：2026-01-12\n"
                          "12月份，全市实施临时救助1862人次。全年累计实施临时救助1.82万人次，支出临时救助资金3426.5万元。"
                          "全年新建助餐点218个。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("1862", "2025-12"), ("18200", "2025"), ("34265000", "2025"), ("218", "2025")}


def test_standards_a_notice_raises_from_next_year_are_that_years() -> None:
    text = ("百色市民政局 百色市财政局关于提高2026年城乡最低生活保障标准的通知\n百民发〔2025〕38号\n"
            "　　决定自2026年1月1日起提高全市城乡最低生活保障标准。城市低保标准由每人每月800元提高到830元。"
            "市级财政对隆林各族自治县按新增资金的20%给予补助。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="baise.txt"))
    assert {(str(o.value), o.period) for o in resolved.facts.observations} == {
        ("800", "2025"), ("830", "2026"), ("20", "2025")}  # (the share a notice sets: for its own year)


def test_a_count_after_a_long_list_of_the_places_it_counts_is_no_figure() -> None:
    found = _observations("江西省抗旱救灾新闻发布会\n2025年9月，干旱共造成南昌、九江、景德镇、萍乡、新余、鹰潭、"
                          "赣州、吉安、宜春、抚州、上饶11个设区市78个县（市、区）受灾。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found] == [("78", "county")]


def test_a_month_named_alone_dates_its_sentence() -> None:
    found = _observations("酉阳县民政工作动态\n截至2024年9月底，全县共有低保对象1.2万人。"
                          "8月，全县紧急转移安置受灾群众1260人。\n")
    assert ("紧急转移安置受灾群众", "1260", "person", "500242", "2024-08") in found
    assert ("低保对象", "12000", "person", "500242", "2024-09") in found


def test_a_count_of_townships_followed_by_what_they_achieved() -> None:
    found = _observations("酉阳县民政工作动态\n截至2024年9月底，实现全县39个乡镇（街道）全覆盖。"
                          "建成120个社区（村）服务站。\n")
    assert [(indicator, value, unit) for indicator, value, unit, _r, _p in found] == [
        ("全覆盖的乡镇（街道）", "39", "township"), ("社区服务站", "120", "count")]


def test_a_region_that_ends_a_clause_is_what_the_next_one_is_about() -> None:
    found = _observations("梅州市养老服务工作综述\n2024年，被誉为“世界长寿之乡”的蕉岭县，现有百岁老人62人。"
                          "全市共有养老机构120家。\n")
    assert ("百岁老人", "62", "person", "441427", "2024") in found
    assert ("养老机构", "120", "institution", "441400", "2024") in found


WORK_REPORT = """政 府 工 作 报 告
——2024年1月10日在凉山彝族自治州第十一届人民代表大会第三次会议上

　　一、二〇二三年工作回顾
　　过去一年，全州城镇新增就业四点二万人。
　　二、二〇二四年主要目标和重点工作
　　今年全州经济社会发展的主要预期目标是：地区生产总值增长百分之六左右。
　　（一）办好人民满意的教育。新建、改扩建公办幼儿园五十所。
"""


def test_a_work_report_in_chinese_numerals_with_this_years_targets() -> None:
    found = {(indicator, value, period) for indicator, value, _unit, _region, period in _observations(WORK_REPORT)}
    assert ("城镇新增就业", "42000", "2023") in found            # the year reviewed, in Chinese digits
    assert ("地区生产总值增速", "6", "2024") in found           # 今年, in a report given in 2024
    assert ("新建、改扩建公办幼儿园", "50", "2024") in found     # a numbered part of the targets section


def test_the_date_line_of_a_page_saved_as_text_dates_its_months() -> None:
    found = _observations("当前位置：首页 > 工作动态\n莎车县织密兜底保障网\n发布时间：2024-11-12 10:26\n"
                          "截至10月底，全县共有特困人员3200人。\n")
    assert found == [("特困人员", "3200", "person", "653125", "2024-10")]


def test_the_date_lines_of_a_reprint() -> None:
    # 转载自：连云港日报2025-10-22　｜　本站发布：2025-10-24: the text's months, with no year in the article
    found = _observations("华语时事分级阅读　｜　第四级\n转载自：连云港日报2025-10-22　｜　本站发布：2025-10-24\n\n"
                          "灌云县：社会救助“一门受理”\n　　截至9月底，全县共有特困人员4128人。\n")
    assert found == [("特困人员", "4128", "person", "320723", "2025-09")]


def test_a_date_line_typed_in_full_width_digits() -> None:
    # 發佈日期:２０２５-１２-０９: the year in ASCII digits like any other
    found = _observations("首頁 > 旗縣動態\n發佈日期:２０２５-１２-０９　來源:錫林郭勒日報\n\n西烏珠穆沁旗多措並舉\n"
                          "　　截至１１月底,全旗特困人員５８６人。\n")
    assert found == [("特困人员", "586", "person", "152526", "2025-11")]


def test_the_months_of_this_year() -> None:
    found = _observations("洛阳市民政工作动态\n发布时间：2024-11-12\n今年前10个月，全市新增养老床位800张。\n")
    assert found == [("新增养老床位", "800", "bed", "410300", "2024-10")]


def test_yearly_income_per_person_and_counts_of_listed_places() -> None:
    found = _observations("岳阳市2023年统计公报\n2023年，全市城镇居民人均可支配收入45862元。"
                          "娄桥、景山、新桥三个街道分别建成综合养老服务中心。\n")
    assert found == [("城镇居民人均可支配收入", "45862", "CNY/person/year", "430600", "2023")]


def test_a_per_capita_income_of_a_trade_is_a_years_unless_said_of_a_month() -> None:
    found = _observations("湄潭县茶产业发展情况\n2024年，全县茶农人均茶叶收入4860元，务工人员人均月收入3600元。\n")
    units = {value: unit for _indicator, value, unit, _region, _period in found}
    assert units == {"4860": "CNY/person/year", "3600": "CNY/person/month"}


def test_this_year_in_a_text_reporting_to_a_month_is_the_year_so_far() -> None:
    found = _observations("恭城县民政工作动态\n截至8月底，全县共有特困人员1200人。今年新建老年食堂14个。\n"
                          "发布时间：2024-09-03\n")
    assert ("新建老年食堂", "14", "count", "450332", "2024-08") in found


def test_a_joint_issuers_title_keeps_its_space() -> None:
    text = "关于养老服务的通知\n2024年，各地贯彻《中共中央 国务院关于加强新时代老龄工作的意见》，新建养老床位800张。\n"
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    assert list(resolved.facts.documents) == ["中共中央 国务院关于加强新时代老龄工作的意见"]


def test_the_same_noun_in_the_year_before() -> None:
    found = _observations("岳阳市2023年统计公报\n"
                          "全年全市一般公共预算收入186.30亿元，比上年增长5.9%；2022年为175.92亿元。\n")
    assert ("一般公共预算收入", "17592000000", "CNY", "430600", "2022") in found
    assert ("一般公共预算收入", "18630000000", "CNY", "430600", "2023") in found


def _changes(text: str) -> list[tuple[str, str, str, str, str | None, str | None]]:
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    return sorted((o.indicator, str(o.value), o.unit, o.period, str(o.change_percent) if o.change_percent else None,
                   o.base_period) for o in resolved.facts.observations)


def test_a_bracketed_alternative_does_not_decide_what_is_counted() -> None:
    found = _observations("龙岩市民政工作动态\n截至2025年7月底，全市2014个村（社区）均配备儿童主任。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found] == [("2014", "village")]


def test_changes_month_on_month_and_of_a_standard_per_person() -> None:
    found = _changes("龙岩市民政工作动态\n截至2025年7月底，城乡低保标准统一为每人每月880元，较上年提高40元。"
                     "7月份，全市老年助餐点提供助餐服务6.8万人次，环比增长3.2%。\n")
    assert ("城乡低保标准", "880", "CNY/person/month", "2025-07", None, None) in found
    assert ("城乡低保标准增量", "40", "CNY/person/month", "2025-07", None, "2024-07") in found
    assert ("老年助餐点提供助餐服务", "68000", "person-time", "2025-07", "3.2", "2025-06") in found
    assert len(found) == 3  # 环比增长3.2% is the change of the level before it, not a figure of its own


def test_figures_paired_with_regions_by_the_clause_before() -> None:
    found = _observations("怀化市社会救助工作综述\n2024年，麻阳、新晃两县分别建成区域性特困人员供养服务机构3个和2个，"
                          "失能特困人员集中照护率分别达到72%和68%。\n")
    assert [(value, region) for _i, value, unit, region, _p in found if unit == "percent"] == [
        ("68", "431227"), ("72", "431226")]


def test_a_policy_documents_parameters_take_the_year_it_is_issued() -> None:
    text = ("陕西省人民政府办公厅关于印发农村养老服务实施方案的通知\n陕政办发〔2024〕12号\n"
            "陕西省人民政府办公厅\n2024年4月18日\n"
            "一、基本情况\n截至2023年底，全省共有农村养老机构1128家。\n"
            "二、主要措施\n省级财政按每个2万元的标准给予一次性建设补助。"
            "各地福利彩票公益金用于养老服务的比例不低于55%。\n")
    found = _observations(text)
    assert ("农村养老机构", "1128", "institution", "610000", "2023") in found
    assert sorted((value, period) for _i, value, unit, _r, period in found if unit != "institution") == [
        ("20000", "2024"), ("55", "2024")]


def test_a_parameter_is_known_by_its_whole_sentence() -> None:
    text = ("国务院办公厅关于健全养老服务衔接机制的意见\n国办发〔2024〕52号\n"
            "截至2023年底，全国共有特困人员470万人。\n"
            "照料护理标准按照不低于当地特困人员基本生活标准的30%确定。"
            "根据评定结果给予差异化运营补贴，其中五星级驿站每家每年不超过10万元。\n")
    assert sorted((value, period) for _i, value, _u, _r, period in _observations(text)) == [
        ("100000", "2024"), ("30", "2024"), ("4700000", "2023")]


def test_counted_things_named_after_the_number_or_before_their_brackets() -> None:
    found = _observations("民政部关于推进基本养老服务的通知\n"
                          "截至2023年底，全国共有县级特困人员供养服务设施（敬老院）2100余个，街道中心食堂860个，"
                          "28个乡镇（街道）均配齐儿童督导员。"
                          "全国分别有3720.5万、96.8万和583.6万老年人享受高龄津贴、护理补贴和养老服务补贴。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in sorted(found, key=lambda o: float(o[1]))] == [
        ("28", "township"), ("860", "count"), ("2100", "count"),
        ("968000", "person"), ("5836000", "person"), ("37205000", "person")]
    assert {indicator for indicator, _v, unit, _r, _p in found if unit == "person"} == {
        "享受高龄津贴的老年人", "享受护理补贴的老年人", "享受养老服务补贴的老年人"}


def test_the_parts_of_a_speech_are_not_counted() -> None:
    found = _observations("通辽市政府工作报告\n2025年，重点抓好以下六个方面工作，新增城镇就业1.2万人。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found] == [("12000", "person")]


def test_a_numbered_run_in_heading_keeps_its_sentences() -> None:
    text = ("呼伦贝尔市政府工作报告\n二、2025年主要目标和重点工作\n"
            "（一）扩大有效投资。实施亿元以上项目二百个以上，力争重点项目上半年开工率过半。\n"
            "（二）兜牢民生底线。新增养老床位八百张。\n")
    found = _observations(text)
    assert [(value, unit, period) for _i, value, unit, _r, period in found] == [
        ("200", "project", "2025"), ("800", "bed", "2025")]


def test_a_share_a_policy_pays_by_is_a_parameter() -> None:
    text = ("民政部 国家发展改革委关于印发建设规划的通知\n民发〔2021〕63号\n2021年12月20日\n"
            "截至2020年底，全国共有养老床位821万张。\n中央预算内投资按照不超过总投资的80%给予支持。\n")
    assert sorted((value, period) for _i, value, _u, _r, period in _observations(text)) == [
        ("80", "2021"), ("8210000", "2020")]


def test_a_standard_in_force_from_a_date_is_dated_by_what_the_text_reports_on() -> None:
    # in force by the month the page reports on: that month; a rule still to come: the year it starts
    found = _changes("山东省残疾人两项补贴工作\n发布时间：2024-11-18\n截至10月底，全省困难残疾人生活补贴对象62.38万人。"
                     "自2024年1月1日起，全省困难残疾人生活补贴标准提高到每人每月142元，较上年提高8元。\n")
    assert ("困难残疾人生活补贴标准", "142", "CNY/person/month", "2024-10", None, None) in found
    assert ("困难残疾人生活补贴标准增量", "8", "CNY/person/month", "2024-10", None, "2023-10") in found
    assert ("两项补贴", "2") not in [(i, v) for i, v, *_rest in found]   # 两项补贴: a name, not a count


def test_a_lead_in_dates_the_list_after_it_and_a_bracketed_change_is_a_change() -> None:
    text = ("山东省民政厅关于提高孤儿基本生活保障标准的通知\n鲁民〔2024〕58号\n"
            "一、调整保障标准\n截至2024年11月底，全省共保障孤儿9860名。自2025年1月1日起，各类地区最低标准如下：\n"
            "（一）一类地区\n1．集中养育孤儿：每人每月2150元（较2024年提高150元）；\n"
            "2．社会散居孤儿：每人每月1620元。\n"
            "二、落实资金保障\n省级财政下达补助资金3.28亿元。\n山东省民政厅\n2024年12月18日\n")
    found = _changes(text)
    assert ("集中养育孤儿", "2150", "CNY/person/month", "2025", None, None) in found
    assert ("集中养育孤儿增量", "150", "CNY/person/month", "2025", None, "2024") in found
    assert ("社会散居孤儿", "1620", "CNY/person/month", "2025", None, None) in found
    assert ("保障孤儿", "9860", "person", "2024-11", None, None) in found
    # the list ends with its section: the next one takes the notice's year (its 截至11月底 count is background)
    assert [period for indicator, *_v, period, _c, _b in found if indicator.endswith("补助资金")] == ["2024"]


def test_a_county_named_right_after_its_city_and_a_frequency() -> None:
    found = _observations("聊城市助残服务\n2024年，聊城市冠县为1286名重度残疾人提供每月不少于2次的上门照护服务。\n")
    assert [(value, unit, region, period) for _i, value, unit, region, period in found] == [
        ("1286", "person", "371525", "2024")]


def test_the_noun_after_a_run_of_counts_counts_them_all() -> None:
    found = _observations("服务类社会救助试点铺开\n截至2024年底，浙江、四川、广东三省分别有52个、38个和45个县（市、区）"
                          "开展服务类社会救助试点。\n")
    assert [(value, unit, region) for _i, value, unit, region, _p in found] == [
        ("38", "county", "510000"), ("45", "county", "440000"), ("52", "county", "330000")]


def test_last_year_in_an_undated_text_reporting_a_year_end() -> None:
    # no date line: a stock at the end of 2024 is reported in 2025, whose 去年 is 2024
    found = _observations("全国城乡低保对象4010万人\n截至2024年底，全国共有城乡低保对象4010万人。"
                          "截至去年底，全国低收入人口动态监测信息平台已归集低收入人口6600余万人。\n")
    assert sorted((v, period) for _i, v, _u, _r, period in found) == [("40100000", "2024"), ("66000000", "2024")]


def test_a_sentence_opening_with_its_time_dates_its_paragraph() -> None:
    text = ("番禺区民政事业发展规划\n一、发展基础\n2020年，全区共有养老机构42家。\n二、主要任务\n"
            "到2025年，全区养老床位总数达到9500张以上。推进医养结合，签约合作率保持100%。\n"
            "“十四五”期间，培育孵化社区社会组织200个以上。建设区级公益性骨灰楼堂1座。\n")
    found = sorted((value, period) for _i, value, _u, _r, period in _observations(text))
    assert found == [("1", "2025"), ("100", "2025"), ("200", "2025"), ("42", "2020"), ("9500", "2025")]


def test_the_subject_of_figures_said_respectively_after_a_rank() -> None:
    found = _observations("湖北省社会组织工作\n2024年，武汉市、宜昌市、襄阳市登记社会组织数量位居全省前三，"
                          "分别为8126个、2914个和2738个。全省建成社会组织服务中心12家；新建慈善超市100家。\n")
    assert sorted((value, unit, region) for _i, value, unit, region, _p in found) == [
        ("100", "count", "420000"), ("12", "institution", "420000"), ("2738", "organization", "420600"),
        ("2914", "organization", "420500"), ("8126", "organization", "420100")]
    assert {indicator for indicator, value, *_rest in found if value == "8126"} == {"社会组织数量"}


def test_households_and_people_moved_into_a_scheme_places_named_again_and_a_formula() -> None:
    found = _observations("恩施州社会救助工作\n截至2024年11月底，全州将1.27万户、4.35万人纳入低收入人口动态监测范围。"
                          "恩施市、利川市是全州低保对象最多的两个县市，分别有低保对象3.1万人和2.9万人。"
                          "全州火化率达到62.5%。注：火化率＝火化遗体数÷死亡人数×100%。\n")
    assert sorted(found) == [
        ("低保对象", "29000", "person", "422802", "2024-11"), ("低保对象", "31000", "person", "422801", "2024-11"),
        ("火化率", "62.5", "percent", "422800", "2024-11"),
        ("纳入低收入人口动态监测范围的人数", "43500", "person", "422800", "2024-11"),
        ("纳入低收入人口动态监测范围的户数", "12700", "household", "422800", "2024-11")]


def test_a_plan_and_what_was_actually_done() -> None:
    text = ("关于2024年民生实事项目完成情况的报告\n截至10月底，十件民生实事项目累计完成投资11.42亿元。\n"
            "一是扩大社区养老服务供给。计划新增家庭养老照护床位500张，实际新增612张，完成率122.4%。\n"
            "在实际工作中努力争取更好结果，力争城镇新增就业1.8万人。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    found = sorted((o.indicator, str(o.value), o.unit, o.period, sorted(o.qualifiers))
                   for o in resolved.facts.observations)
    assert ("计划新增家庭养老照护床位", "500", "bed", "2024", ["target"]) in found    # a plan is for its year
    assert ("实际新增家庭养老照护床位", "612", "bed", "2024-10", []) in found       # done by the month reported
    assert ("完成率", "122.4", "percent", "2024-10", []) in found
    assert [q for i, _v, _u, _p, q in found if i.endswith("就业")] == [["target"]]  # 实际工作 is no report of work done


def test_the_months_so_far_date_their_paragraph_and_a_change_after_a_share_of_the_plan() -> None:
    text = ("宜春市人社医保工作\n发布时间：2024-11-15\n"
            "1—10月，全市城镇新增就业3.86万人，完成年度目标任务的96.5%，同比增长2.7%。\n"
            "据市医疗保障局统计，1—10月，全市职工医保报销比例为85.6%。全市累计实施医疗救助3.26万人次。\n")
    found = _changes(text)
    assert ("城镇新增就业", "38600", "person", "2024-10", "2.7", "2023-10") in found
    assert [period for i, _v, _u, period, _c, _b in found if i.endswith("医疗救助")] == ["2024-10"]


def test_a_share_a_policy_sets_by_its_floor_takes_the_documents_year() -> None:
    text = ("民政部关于推进社区养老服务的通知\n民发〔2025〕21号\n截至2024年底，全国共有社区养老服务设施36.8万个。\n"
            "（二）强化资金保障。彩票公益金要按不低于百分之五十五的比例用于支持发展养老服务。\n民政部\n2025年4月18日\n")
    found = _observations(text)
    assert [(value, period) for _i, value, unit, _r, period in found if unit == "percent"] == [("55", "2025")]


def test_a_standard_raised_from_last_years_level_and_counts_of_relief_goods() -> None:
    text = ("岷县冬春救助工作\n发布时间：2025-03-07 10:26\n截至2月底，全县共有城乡低保对象2.16万人。"
            "自今年1月1日起，全县城市低保标准由每人每月785元提高到每人每月820元。"
            "去年11月以来，累计走访排查困难家庭1.38万户，发放棉被4800床、棉衣6200件。\n")
    found = _observations(text)
    by_value = {value: (unit, period) for _i, value, unit, _r, period in found}
    assert by_value["785"] == ("CNY/person/month", "2024") and by_value["820"] == ("CNY/person/month", "2025-02")
    assert by_value["13800"] == ("household", "2025-02")
    assert by_value["4800"] == ("count", "2025-02") and by_value["6200"] == ("count", "2025-02")


def test_figures_in_quoted_speech_are_read_and_a_slogans_are_not() -> None:
    text = ("各地养老服务观察\n2024年，湖南把区域养老服务中心建设作为关键一招。"
            "“目前全省已建成乡镇（街道）区域养老服务中心一千一百二十个，农村互助养老服务点一万二千余个。”"
            "湖南省民政厅负责人说，全省打造“15分钟养老服务圈”。\n")
    found = _observations(text)
    assert sorted((value, unit, region) for _i, value, unit, region, _p in found) == [
        ("1120", "institution", "430000"), ("12000", "count", "430000")]


def test_what_has_been_built_after_what_was_built_this_year() -> None:
    found = _observations("阿克苏地区养老服务\n截至2024年10月底，全地区新建乡镇（街道）综合养老服务中心18个，"
                          "目前已建成逾80个。\n")
    assert sorted((i, value, unit, region) for i, value, unit, region, _p in found) == [
        ("建成乡镇（街道）综合养老服务中心", "80", "institution", "652900"),
        ("新建乡镇（街道）综合养老服务中心", "18", "institution", "652900")]


def test_growths_and_falls_given_respectively_for_regions_keep_their_sign() -> None:
    found = _changes("安徽省8月份经济运行\n2024年1—8月，固定资产投资方面，亳州、阜阳分别增长9.8%和8.7%，"
                     "铜陵、马鞍山分别下降3.2%和5.6%。\n")
    assert {i for i, *_rest in found} == {"固定资产投资增速"}
    assert sorted(v for _i, v, *_rest in found) == ["-3.2", "-5.6", "8.7", "9.8"]


def test_no_region_of_a_pair_goes_on_to_the_next_part_of_the_sentence() -> None:
    found = _observations("湖南省养老服务\n前三季度，全省新增护理型床位1.27万张，"
                          "其中湘西州、张家界市分别新增860张和420张；"
                          "为3.6万户特殊困难老年人家庭实施居家适老化改造。2024年，全省工作稳步推进。\n")
    assert [region for _i, value, _u, region, _p in found if value == "36000"] == ["430000"]


def test_a_reviews_figures_take_the_month_its_data_run_to() -> None:
    text = ("通江县民政局2024年工作总结和2025年工作打算\n一、2024年工作开展情况\n"
            "截至11月底，全县共有城乡低保对象2.38万人。全县共有特困人员4126人。\n"
            "二、2025年工作打算\n明年新建乡镇区域养老服务中心3个。\n通江县民政局\n2024年12月18日\n")
    found = sorted((value, period) for _i, value, _u, _r, period in _observations(text))
    assert found == [("23800", "2024-11"), ("3", "2025"), ("4126", "2024-11")]


def test_a_bulletin_dated_under_its_issuer_reports_on_the_year_of_its_title() -> None:
    text = ("中华人民共和国2024年国民经济和社会发展统计公报（节选）\n\n国家统计局\n2025年2月28日\n\n"
            "十一、人口、社会保障和社会服务\n\n年末全国人口140836万人，比上年末减少131万人。"
            "年末全国共有652万人享受城市最低生活保障，5.3万人通过助理社会工作师考试。\n")
    found = _observations(text)
    assert {period for *_rest, period in found} == {"2024"}
    assert {i for i, *_rest in found} >= {"享受城市最低生活保障的人数", "通过助理社会工作师考试的人数"}


def test_standards_paid_by_age_band_and_a_noun_beginning_with_a_degree() -> None:
    text = ("四子王旗养老服务\n截至2024年10月底，高龄津贴按80至89周岁、90至99周岁、100周岁以上三档，"
            "分别按每人每月100元、200元和500元标准发放。全旗共有873名中度以上失能老年人享受补贴。\n")
    found = _observations(text)
    assert sorted((i, value, unit) for i, value, unit, _r, _p in found) == [
        ("享受补贴的中度以上失能老年人", "873", "person"), ("高龄津贴", "100", "CNY/person/month"),
        ("高龄津贴", "200", "CNY/person/month"), ("高龄津贴", "500", "CNY/person/month")]


def test_a_lead_in_dates_its_list_in_a_text_without_sections() -> None:
    text = ("关于提高孤儿基本生活保障标准的通知\n截至2024年11月底，全省共保障孤儿9860名。\n"
            "自2025年1月1日起，最低标准如下：\n1．集中养育孤儿：每人每月2150元；\n2．社会散居孤儿：每人每月1620元。\n")
    found = _observations(text)
    assert sorted((value, period) for _i, value, _u, _r, period in found) == [
        ("1620", "2025"), ("2150", "2025"), ("9860", "2024-11")]


def test_a_new_statement_after_a_percentage_and_a_pause_mark() -> None:
    found = _changes("甘肃省社会组织工作\n截至2023年底，全省行业协会商会564家，增长16%、共有慈善组织643家，增长2.4%。"
                     "全省社区社会组织1.16万个，较上年增长0.3%、共有注册志愿者419.4万人。\n")
    assert sorted((i, v, change) for i, v, _u, _p, change, _b in found) == [
        ("慈善组织", "643", "2.4"), ("注册志愿者", "4194000", None), ("社区社会组织", "11600", "0.3"),
        ("行业协会商会", "564", "16")]


def test_a_list_of_percentages_after_a_pause_mark_stays_one_statement() -> None:
    found = _changes("甘肃省社会组织工作\n2023年，全省社会团体、基金会分别增长5.1%、6.2%。\n")
    assert sorted((i, v) for i, v, *_rest in found) == [("基金会增速", "6.2"), ("社会团体增速", "5.1")]


def test_each_noun_of_a_list_takes_its_own_figure_respectively() -> None:
    found = _observations("甘肃省民政工作\n2024年，全省社会团体、基金会分别达到4627家和360家。"
                          "孤儿和事实无人抚养儿童基本生活费标准分别提高到每人每月1580元和1350元。"
                          "海带、紫菜养殖面积分别为8.6万亩和5.2万亩。\n")
    assert sorted((i, v) for i, v, *_rest in found) == [
        ("事实无人抚养儿童基本生活费标准", "1350"), ("基金会", "360"), ("孤儿基本生活费标准", "1580"),
        ("海带养殖面积", "86000"), ("社会团体", "4627"), ("紫菜养殖面积", "52000")]


def test_one_noun_counted_in_two_units_is_not_split_between_its_modifiers() -> None:
    found = _observations("甘肃省民政工作\n2024年，全省城市、农村低保对象1.2万户、2.3万人。\n")
    assert {i for i, *_rest in found} == {"城市、农村低保对象"}


def test_standards_in_force_from_a_date_and_their_raises_per_person() -> None:
    text = ("云南省低保标准政策解读\n截至2025年5月底，全省共有城乡低保对象236.8万人，"
            "1426个乡镇（街道）开通低保线上申请。\n"
            "《通知》明确，自2025年7月1日起，一类地区为昆明市、玉溪市。一类、二类地区城市低保标准分别不低于"
            "每人每月860元和820元，农村低保标准不低于每人每年6240元。与2024年相比，各类地区城市低保标准分别提高"
            "40元和35元，农村低保标准提高360元。对收入超过标准的家庭，给予6个月的渐退期。\n")
    found = _observations(text)
    assert ("城乡低保对象", "2368000", "person", "530000", "2025-05") in found
    assert ("开通低保线上申请的乡镇（街道）", "1426", "township", "530000", "2025-05") in found
    rows = {(value, unit, period) for _i, value, unit, _r, period in found}
    # the standards take effect in July: they are the year's, not the data month's; a raise is per person too
    assert {("860", "CNY/person/month", "2025"), ("820", "CNY/person/month", "2025"),
            ("6240", "CNY/person/year", "2025"), ("40", "CNY/person/month", "2025"),
            ("35", "CNY/person/month", "2025"), ("360", "CNY/person/year", "2025")} <= rows
    assert "6" not in {value for _i, value, *_rest in found}  # 6个月的渐退期: a duration


def test_now_is_the_data_month_and_a_month_takes_the_year_named_after_it() -> None:
    text = ("献县民政局对县人大代表建议的答复\n截至2025年5月底，全县60周岁以上老年人8.73万人。\n"
            "2024年，我县被确定为试点县。目前，全县建有乡镇敬老院9所。\n"
            "截至5月底，中央和省级财政已下达2025年困难群众救助补助资金98.6亿元。\n")
    found = {value: period for _i, value, _u, _r, period in _observations(text)}
    assert found["9"] == "2025-05"  # 目前: not the year the paragraph opened with
    assert found["9860000000"] == "2025-05"


def test_a_plan_what_was_done_of_it_and_its_rate_of_completion() -> None:
    text = ("白云区民生实事项目进展情况通报\n\n截至2025年6月底，各项目进展如下。\n"
            "（一）全年计划新增普惠性托育位1200个，已完成816个，完成率68%。\n"
            "（二）全年计划新建长者饭堂30个，已建成24个，完成率80%，其中钟落潭镇、人和镇分别新建长者饭堂5个和4个。\n"
            "（三）今年计划向大方县投入帮扶资金3200万元，已拨付2150万元。\n")
    found = {value: (indicator, period, "target" in qualifiers) for indicator, value, _u, _r, period, qualifiers in
             _with_qualifiers(text)}
    assert found["1200"] == ("计划新增普惠性托育位", "2025", True)
    assert found["30"] == ("计划新建长者饭堂", "2025", True)  # its item number （二） is no part of it
    assert found["816"] == ("实际完成普惠性托育位", "2025-06", False)
    assert found["68"][1:] == ("2025-06", False) and found["80"][1:] == ("2025-06", False)
    assert found["5"][1:] == ("2025-06", False) and found["4"][1:] == ("2025-06", False)  # parts of what was built
    assert found["32000000"][1:] == ("2025", True)  # 今年计划: the year's plan, not the data month's
    assert found["21500000"][0].endswith("帮扶资金") and found["21500000"][1:] == ("2025-06", False)


def test_a_fall_since_the_start_of_the_year_and_last_years_level_named_for_comparison() -> None:
    found = _changes("四川省救助管理工作\n截至2025年6月底，全省在站长期滞留人员1642人，较年初减少187人。"
                     "全省农村互助养老服务设施达到14.2万个，比去年底的12.8万个有较大增长。\n")
    by_value = {value: (indicator, period, base) for indicator, value, _u, period, _c, base in found}
    assert by_value["-187"][1:] == ("2025-06", "2024")
    assert by_value["128000"] == ("农村互助养老服务设施", "2024", None)


def _with_qualifiers(text: str) -> list[tuple[str, str, str, str, str, set[str]]]:
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    return [(o.indicator, str(o.value), o.unit, o.region, o.period, set(o.qualifiers))
            for o in resolved.facts.observations]


def test_couples_articles_and_signs_are_counted() -> None:
    text = ("南阳市婚姻登记和政务公开工作\n\n2025年1—9月，全市办理结婚登记2.14万对，为1.36万对新人提供个性化颁证服务；"
            "邓州市、唐河县结婚登记量分别为2860对和2415对。全年发布政策解读材料46篇，设置警示牌48块。\n")
    found = {value: (unit, region) for _i, value, unit, region, _p in _observations(text)}
    assert found["13600"] == ("count", "411300")
    assert (found["2860"], found["2415"]) == (("count", "411381"), ("count", "411328"))
    assert found["46"] == ("count", "411300") and found["48"] == ("count", "411300")


def test_a_budget_cut_is_negative_and_a_share_of_the_budget_is_no_level_for_the_growth_after_it() -> None:
    found = _changes("建平县预算执行情况的报告\n2024年，全县一般公共预算收入完成6.82亿元，为调整预算的101.3%，"
                     "增长3.6%。2025年，县本级一般性支出压减10%以上。\n")
    by_value = {value: (indicator, change) for indicator, value, _u, _p, change, _b in found}
    assert by_value["682000000"] == ("一般公共预算收入", "3.6")
    assert "3.6" not in by_value and by_value["-10"][0].endswith("增速")


def test_an_audit_of_a_year_reports_on_that_year_though_it_dates_its_rectification_later() -> None:
    text = ("宝鸡市2024年度民政专项资金审计结果公告\n一、审计发现的主要问题\n"
            "一是向不符合条件人员发放低保金186.4万元，涉及312人。\n二、整改情况\n"
            "截至2025年5月底，已追回资金168.2万元。\n")
    found = {value: period for _i, value, _u, _r, period in _observations(text)}
    assert found["1864000"] == "2024" and found["312"] == "2024"
    assert found["1682000"] == "2025-05"


def test_a_disaster_bulletin_hectares_money_sent_down_to_the_city_and_places_hit() -> None:
    text = ("黄山市应急管理局关于6月强降雨灾情的通报\n截至2025年6月24日，此次强降雨造成全市7个区县62个乡镇（街道）"
            "不同程度受灾，农作物受灾面积9862公顷，其中绝收1036公顷。安徽省应急管理厅、省财政厅紧急下拨省级自然灾害"
            "救灾资金3000万元。全县共火化遗体6152具，节地生态安葬502例。\n")
    found = {value: (indicator, unit, region) for indicator, value, unit, region, _p in _observations(text)}
    assert found["7"] == ("不同程度受灾的区县", "county", "341000")
    assert found["62"] == ("不同程度受灾的乡镇（街道）", "township", "341000")
    assert found["9862"][1:] == ("hectare", "341000") and found["1036"][1:] == ("hectare", "341000")
    assert found["30000000"][1:] == ("CNY", "341000")  # from the province, to the city
    assert found["6152"][1:] == ("count", "341000") and found["502"][1:] == ("count", "341000")


def test_a_provincial_release_cities_counted_as_cities_rates_of_annual_tasks_and_monthly_pensions() -> None:
    text = ("吉林省2025年前三季度人力资源和社会保障工作新闻发布稿\n截至9月底，长春、吉林两市城镇新增就业分别为9.82万人"
            "和3.46万人，白城、松原两市分别完成年度目标任务的93.5%和92.1%。全省企业退休人员月人均基本养老金达到3128元。"
            "全市城市低保标准为每人每月810元，农村低保标准为每人每年5820元，较上年分别提高25元和300元。"
            "今年将新增面向港澳长者的养老床位500张。\n")
    rows = {value: (unit, region, period, "target" in qualifiers)
            for _i, value, unit, region, period, qualifiers in _with_qualifiers(text)}
    assert rows["34600"] == ("person", "220200", "2025-09", False)  # 吉林 of 长春、吉林两市: the city
    assert rows["93.5"] == ("percent", "220800", "2025-09", False) and rows["92.1"][3] is False
    assert rows["3128"][0] == "CNY/person/month"
    assert rows["25"][0] == "CNY/person/month" and rows["300"][0] == "CNY/person/year"
    assert rows["500"][2:] == ("2025", True)  # 今年将: a plan for the year


def test_aid_from_another_province_counts_for_the_place_that_received_it() -> None:
    text = ("和田地区农村互助幸福院建设\n截至2024年9月底，全地区累计投入资金2.1亿元，其中北京市援疆资金8600万元。"
            "全年助餐服务人次突破600万。确保今年农村低保对象参保率稳定在99%以上。新打抗旱机井42眼。\n")
    rows = {value: (indicator, unit, region, "target" in qualifiers)
            for indicator, value, unit, region, _p, qualifiers in _with_qualifiers(text)}
    assert rows["86000000"][1:3] == ("CNY", "653200")
    assert rows["6000000"][1] == "person-time"  # 服务人次 …600万: a count of visits without a classifier
    assert rows["99"][3] is True  # 确保…: a target
    assert rows["42"][1] == "count"


def test_a_raise_of_a_standard_takes_the_one_per_person_unit_of_the_texts_standards() -> None:
    text = ("河北省民政厅关于调整孤儿基本生活保障最低标准的通知\n自2025年9月1日起，各类地区集中养育孤儿基本生活保障"
            "最低标准较2024年提高150元。\n类别\t集中养育（元/人·月）\n一类地区\t2150\n二类地区\t1950\n")
    found = {value: unit for _i, value, unit, _r, _p in _observations(text)}
    assert found["150"] == "CNY/person/month"


def test_numbered_parts_under_a_heading_of_plans_are_its_plans() -> None:
    text = ("2026年自治区政府工作报告\n2025年工作回顾\n过去一年，全区新建养老机构120家。\n"
            "2026年重点工作\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
            "一、全力抓好重点工作\n建成500千伏输变电工程20项，新增新能源装机3000万千瓦，新建县乡村三级养老服务网络20个。\n")
    found = {value: (period, "target" in qualifiers) for _i, value, _u, _r, period, qualifiers in
             _with_qualifiers(text)}
    assert found["120"] == ("2025", False)
    assert found["20"] == ("2026", True)  # under 2026年重点工作, though its own heading names no year
    assert "500000" not in found and "30000000" not in found  # a voltage and a power: units the graph has not


def test_changes_of_a_per_mille_rate_are_in_per_mille() -> None:
    found = _changes("绥化市2024年人口变动抽样调查主要数据公报\n2024年，全市人口出生率为4.21‰，"
                     "比上年下降0.37个千分点。\n")
    assert ("人口出生率变化", "-0.37", "per-mille", "2024", None, "2023") in found


NOTICE = """西藏自治区人力资源和社会保障厅
西藏自治区财政厅
关于提高城乡居民基本养老保险基础养老金最低标准的通知
藏人社发〔2025〕31号

各市（地）人力资源和社会保障局、财政局：
　　一、提高基础养老金最低标准
　　截至2024年底，全区城乡居民基本养老保险参保人数186.3万人。
　　二、继续实行高龄倾斜政策
　　对80周岁及以上的领取待遇人员，每人每月再增发30元高龄基础养老金。
　　三、完善缴费补贴政策
　　个人缴费标准最低档次为每人每年100元；对选择500元及以上档次缴费的，补贴标准不低于每人每年80元。
"""


def test_a_notice_under_its_issuers_sets_its_per_person_standards_for_its_year() -> None:
    resolved, _ = source_document(Source.from_bytes(NOTICE.encode(), name="case.txt"))
    assert resolved.facts.title == "关于提高城乡居民基本养老保险基础养老金最低标准的通知"  # not the first issuer
    found = {value: (unit, period) for _i, value, unit, _r, period in _observations(NOTICE)}
    assert found["1863000"] == ("person", "2024")  # a count as of 截至2024年底
    assert found["30"] == ("CNY/person/month", "2025")  # standards the notice sets: the year of its number
    assert found["100"] == ("CNY/person/year", "2025") and found["80"] == ("CNY/person/year", "2025")
    assert "500" not in found  # 500元及以上档次: the tiers a rule is for


def test_a_report_under_its_number_sets_nothing_for_the_year_it_is_given() -> None:
    report = NOTICE.replace("关于提高城乡居民基本养老保险基础养老金最低标准的通知",
                            "关于2024年城乡居民养老保险工作情况的报告")
    report = report.replace("截至2024年底，", "2024年，")
    found = {value: (unit, period) for _i, value, unit, _r, period in _observations(report)}
    assert found["30"] == ("CNY/person/month", "2024")  # the year the report is on


def test_plan_words_in_a_name_or_a_purpose_make_no_target() -> None:
    text = ("襄阳市困境儿童关爱工作情况\n2025-06-01 07:45　来源：襄阳日报\n　　截至5月底，全市共有孤儿412名。\n"
            "　　今年以来，我市通过“明天计划”为三十二名病残孤儿实施手术矫治。为确保政策落地，累计核对困难家庭3852户。\n"
            "　　刘奶奶说，现在每个孩子每个月有一千六百块钱补贴。\n"
            "　　下一步，我市将在年底前再建成儿童之家一百二十个。\n")
    found = {value: (unit, period, "target" in qualifiers) for _i, value, unit, _r, period, qualifiers in
             _with_qualifiers(text)}
    assert found["32"] == ("person", "2025-05", False)  # “明天计划”: a program's name
    assert found["3852"] == ("household", "2025-05", False)  # 为确保: what it was done for
    assert found["1600"] == ("CNY/person/month", "2025-05", False)  # 块钱 for 元, each child each month
    assert found["120"] == ("count", "2025", True)  # 下一步，我市将在年底前


def test_parts_named_by_their_kind_count_what_their_total_counts() -> None:
    text = ("郑宅镇养老服务工作\n2025年，全镇建有居家养老服务照料中心19个，其中镇级1个、村级18个；日均供餐约860份。"
            "全区8个街道综合养老服务中心实现全覆盖。河南省实施援疆项目86个。\n")
    found = {value: (unit, region) for _i, value, unit, region, _p in _observations(text.replace("郑宅镇", "哈密市"))}
    assert found["1"][0] == found["18"][0] == "institution"  # centres, not a town and 18 villages
    assert found["860"][0] == "count" and found["8"][0] == "township"  # 份; the 8 subdistricts covered
    assert found["86"] == ("project", "650500")  # aid projects are where the aid went


def test_a_deadline_dates_the_target_it_sets_by_its_year() -> None:
    text = NOTICE + ("　　四、工作要求\n"
                     "　　各地要于2025年7月31日前完成新标准调整工作，确保两项补贴按月发放率达到100%。\n")
    found = {value: (period, "target" in qualifiers)
             for _i, value, _u, _r, period, qualifiers in _with_qualifiers(text)}
    assert found["100"] == ("2025", True)


def test_a_deadline_at_the_years_end_makes_what_it_sets_a_target_of_the_year() -> None:
    found = {value: (period, "target" in qualifiers) for _i, value, _u, _r, period, qualifiers in _with_qualifiers(
        "宁化县低保工作动态\n发布时间：2025-08-20\n　　截至7月底，全县共有城乡低保对象6860户。\n"
        "　　县里将年底前完成全县低保、特困对象年度复核，复核率达到100%。去年底前已完成复核的有6120户。\n")}
    assert found["100"] == ("2025", True)  # (not the month the text's figures run to, nor done)
    assert found["6120"][1] is False  # (a deadline gone by: done)

def test_a_plan_and_what_is_done_of_it_said_with_verbs_alone_count_what_the_sentence_before_counted() -> None:
    found = _observations("宝鸡市养老服务新闻发布会\n发布时间：2025-09-10\n"
                          "　　截至8月底，全市已建设家庭养老床位2360张。今年计划新建800张，目前已完成620张。\n")
    assert ("计划新建家庭养老床位", "800", "bed", "610300", "2025") in found
    assert ("实际完成家庭养老床位", "620", "bed", "610300", "2025-08") in found  # (beds, not a count of anything)

def test_parts_in_the_next_sentence_are_of_the_latest_figure_of_the_sentence_before() -> None:
    found = _observations(
        "阜平县开展春节走访慰问活动\n发布时间：2026-02-13\n　　截至1月底，全县共有城乡低保对象1.12万户。\n"
        "　　春节前夕，县领导带队走访慰问困难群众3260户。其中，走访慰问低保户2180户、特困供养户620户。\n"
        "　　年末全县常住人口49.86万人，2024年末为50.12万人。其中，城镇常住人口30.59万人。\n"
        "　　全县低保平均标准由每人每月1168元提高到每人每月1222元。其中，城区执行每人每月1255元的标准。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["2180"] == periods["620"] == "2026-02"  # (the visits' festival month, not the data month)
    assert periods["305900"] == "2026-01"  # (not the year before's level said last)
    assert periods["1255"] == periods["1222"] != periods["1168"]  # (nor the level a raise started from)

def test_a_section_on_the_next_steps_sets_targets_but_not_what_it_says_is_so() -> None:
    found = {value: (period, "target" in qualifiers) for _i, value, _u, _r, period, qualifiers in _with_qualifiers(
        "兰州市民政局关于市政协第0126号提案的答复\n发布时间：2022-07-20\n一、基本情况\n"
        "　　今年上半年，全市累计开展探访服务18.6万人次。\n四、下一步工作\n"
        "　　一是年内在城关区、七里河区各建成1个社区嵌入式养老服务综合体。二是全年培训农村养老服务人员不少于500人次。\n"
        "　　目前，全市仍有约3200名留守老年人未纳入探访。"
        "全市已将5862名低收入人口纳入监测，37个村（社区）均配备协理员。\n")}
    assert found["1"] == ("2022", True) and found["500"] == ("2022", True)  # (下一步工作: plans for the year)
    assert found["3200"] == found["37"] == ("2022-07", False)  # (what is so now, in the reply's month)

def test_a_joint_title_of_ministries_keeps_the_space_between_them() -> None:
    text = ("某省民政厅通知\n"
            "　　根据《民政部 财政部 中国残联关于进一步完善两项补贴制度的意见》，2025年全省发放补贴3.2亿元。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert set(resolved.facts.documents) == {"民政部 财政部 中国残联关于进一步完善两项补贴制度的意见"}


def test_a_title_on_two_lines_and_a_work_reports_projects_for_this_year() -> None:
    summary = ("宣城市民政局2025年上半年工作总结\n和下半年工作计划\n\n　　一、上半年工作开展情况\n"
               "　　截至6月底，全市共有养老机构186家、养老床位1.52万张。\n　　二、下半年工作计划\n"
               "　　全年完成特殊困难老年人家庭适老化改造2000户。\n")
    found = {value: (period, "target" in qualifiers) for _i, value, _u, _r, period, qualifiers in
             _with_qualifiers(summary)}
    assert found["186"] == ("2025-06", False) and found["15200"] == ("2025-06", False)  # done, not planned
    assert found["2000"] == ("2025", True)
    report = ("政府工作报告\n——二〇二六年一月十三日在邵阳市第十七届人民代表大会第六次会议上\n\n"
              "　　一、二〇二五年工作回顾\n　　过去一年，邵东、武冈两市分别建成县级失能照护中心两个和一个。\n"
              "　　二、用心用情办好十件民生实事\n　　1．新建社区嵌入式养老服务中心二十个。\n")
    found = {value: (region, period, "target" in qualifiers) for _i, value, _u, region, period, qualifiers in
             _with_qualifiers(report)}
    assert found["2"] == ("430582", "2025", False) and found["1"] == ("430581", "2025", False)  # 两个和一个
    assert found["20"] == ("430500", "2026", True)  # this year's projects


def test_a_page_titled_only_in_its_head_is_dated_by_that_title() -> None:
    page = ("<html><head><meta charset='utf-8'>"
            "<title>2024年渭南市国民经济和社会发展统计公报（十一）-渭南市统计局</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/a'>统计数据</a></div>"
            "<div class='info'>发布时间：2025-03-26 10:05　来源：渭南市统计局</div><div class='article'>"
            "<p>　　年末全市常住人口459.83万人，比上年末减少1.96万人。年末全市城乡低保对象9.28万人。</p>"
            "<p>　　年末全市共有养老机构126个，养老床位1.38万张，其中护理型床位0.86万张。</p></div></body></html>")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="weinan.html"))
    assert {o.period for o in resolved.facts.observations} == {"2024"}  # the bulletin's year, not the page's


def test_each_of_the_listed_regions_a_persons_month_and_a_time_average() -> None:
    text = ("安康市民生实事完成情况的报告\n　　2024年，全市新建社区养老服务站三十四个，其中平利、紫阳两县各建成四个。"
            "全市临时救助次均救助水平3430元。“在车间做手工，一个月能拿3000多元，离家近还能照顾孩子。”李大姐说。几十位老人各得其乐。"
            "全市每月发放低保资金1200万元。\n　　今年安康市将新建社区食堂10个。\n")
    found: dict[str, list[tuple[str, str, str, bool]]] = {}
    for _indicator, value, unit, region, period, qualifiers in _with_qualifiers(text):
        found.setdefault(value, []).append((unit, region, period, "target" in qualifiers))
    assert sorted(found["4"]) == [("count", "610924", "2024", False), ("count", "610926", "2024", False)]  # 各
    assert found["3430"] == [("CNY/person-time", "610900", "2024", False)]
    assert found["3000"][0][0] == "CNY/person/month"  # what one person earns a month
    assert found["12000000"][0][0] == "CNY"  # a county's money a month: no one person's
    assert found["10"] == [("count", "610900", "2024", True)]  # 今年安康市将新建: a plan (and 几十位老人 no number)
    respectively = _with_qualifiers("广东省民政工作动态\n发布时间：2025-06-10\n"
                                    "　　2025年，梅州、清远、湛江三市分别新建农村助餐点200个。\n")
    assert sorted(region for _i, value, _u, region, _p, _q in respectively if value == "200") == [
        "440800", "441400", "441800"]  # (分别 before one figure: each city's, as 各)


def test_a_summary_under_its_issuers_name_is_about_the_issuers_region() -> None:
    text = ("琼海市民政局\n2025年上半年工作总结和下半年工作计划\n\n　　一、上半年工作开展情况\n"
            "　　截至6月底，全市共有养老机构14家、床位1860张。省级补助比例为50%。\n"
            "　　二、下半年工作计划\n　　下半年新建村（居）互助养老点14个。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.title == "2025年上半年工作总结和下半年工作计划" and resolved.facts.byline == "琼海市民政局"
    found = {(value, unit): (region, period, "target" in qualifiers)
             for _i, value, unit, region, period, qualifiers in _with_qualifiers(text)}
    assert found[("1860", "bed")] == ("469002", "2025-06", False)  # the work done, in 琼海市
    assert found[("14", "count")] == ("469002", "2025", True)  # the plans


def test_a_share_a_notice_sets_is_for_its_year() -> None:
    text = NOTICE + "　　四、落实资金保障\n　　省级补助比例为提标所需资金的70%。\n"
    found = {value: (unit, period) for _i, value, unit, _r, period in _observations(text)}
    assert found["70"] == ("percent", "2025")  # (比例为: set by the notice, not counted at 截至2024年底)


def test_a_list_of_amounts_after_a_per_person_marker_is_per_person_throughout() -> None:
    text = ("乌拉特中旗民政工作\n2025年，对80至89周岁、90至99周岁、100周岁及以上老年人，"
            "每人每月分别发放高龄津贴100元、300元和600元。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in _observations(text)} == {
        ("100", "CNY/person/month"), ("300", "CNY/person/month"), ("600", "CNY/person/month")}


def test_a_place_people_go_to_or_come_from_is_not_where_the_figure_is() -> None:
    text = ("额敏县政府工作报告\n——2026年1月9日在额敏县第十八届人民代表大会第五次会议上\n"
            "　　过去一年，引进辽宁企业9家，上半年有组织输送劳动力赴浙江务工1320人。"
            "一位五保老人说：“现在一年能拿到8000多元的供养金，日子越过越好。”\n"
            "　　到今年年底，全县家庭养老照护床位将达到1350张。\n")
    found = {value: (unit, region, period, "target" in qualifiers)
             for _i, value, unit, region, period, qualifiers in _with_qualifiers(text)}
    assert found["9"][1] == found["1320"][1] == "654221"  # not 辽宁, not 浙江
    assert found["8000"][0] == "CNY/person/year"  # one person's year
    assert found["1350"] == ("bed", "654221", "2026", True)  # 到今年年底…将达到: a target


def test_county_level_units_counted_by_their_kinds_together_are_counties() -> None:
    found = _observations("福建省2024年民政事业统计公报\n截至2024年底，全省共有设区市9个，县级行政区划单位84个，"
                          "其中市辖区31个。全省11个区市均已建立慈善会。\n")
    units = {value: unit for _indicator, value, unit, _region, _period in found}
    assert units == {"9": "count", "84": "county", "31": "county", "11": "county"}  # (设区市: cities)


def test_a_figure_of_nothing_is_no_observation_and_no_part_of_a_total() -> None:
    found = _observations("某县民政局2024年部门预算\n2024年，因公出国（境）费0万元，公务接待费3.2万元。"
                          "全县低保对象1200人，其中城市低保对象0人、农村低保对象1200人。\n")
    assert [(indicator, value) for indicator, value, *_ in found] == [
        ("低保对象", "1200"), ("公务接待费", "32000"), ("农村低保对象", "1200")]
    resolved, _ = source_document(Source.from_bytes(
        "某县民政工作\n2024年，全县低保对象1200人，其中城市低保对象0人、农村低保对象1200人。\n".encode(), name="a.txt"))
    found_facts = resolved.facts.observations
    parts = [(o.indicator, found_facts[o.total].indicator) for o in found_facts if o.total is not None]
    assert parts == [("农村低保对象", "低保对象")]


def test_a_performance_targets_values_after_signs_and_a_formulas_result() -> None:
    resolved, _ = source_document(Source.from_bytes(
        ("荆州市民政局2026年部门预算\n绩效目标：低保金按月足额发放率=100%，救助对象满意度≥90%，单个补助≤5万元。"
         "按800×30%=240元计算。\n").encode(), name="a.txt"))
    found = {(o.indicator, str(o.value)): o.qualifiers for o in resolved.facts.observations}
    assert found == {("低保金按月足额发放率", "100"): {"target"}, ("救助对象满意度", "90"): {"target", "at-least"},
                     ("单个补助", "50000"): {"target", "at-most"}}  # (not the formula's 240元)


def test_a_noun_that_ends_in_brackets_keeps_its_closing_bracket() -> None:
    found = _observations("某县民政工作\n2024年，全县新建农村幸福院（长者食堂）12个，可提供墓穴（格位）3600个。\n")
    assert [indicator for indicator, *_ in found] == ["可提供墓穴（格位）", "新建农村幸福院（长者食堂）"]


def test_applications_counted_by_who_made_them_count_applications() -> None:
    found = _observations("某县民政局2024年政府信息公开工作年度报告\n2024年，我局收到政府信息公开申请9件，"
                          "其中自然人申请8件，法人或其他组织申请1件。\n")
    assert {unit for _indicator, _value, unit, _region, _period in found} == {"count"}


def test_groups_counted_in_batches_and_then_in_visits() -> None:
    found = _observations("曲靖市民政局2023年度部门决算\n2023年，全年共接待国内公务来访46批次、386人次。\n")
    assert [(value, unit) for _indicator, value, unit, _region, _period in found] == [
        ("386", "person-time"), ("46", "count")]


def test_a_price_that_classes_what_is_counted_is_no_figure() -> None:
    found = _observations("曲靖市民政局2023年度部门决算\n2023年，购置单价50万元以上通用设备12台（套）。\n")
    assert [(value, unit) for _indicator, value, unit, _region, _period in found] == [("12", "count")]


def test_residents_committees_are_villages_and_a_central_kitchen_is_counted() -> None:
    text = ("天台县统计公报\n2024年末全县共有村（居）民委员会401个，其中居民委员会28个。"
            "店子集街道、洛河镇分别建成中心厨房2处和1处。\n")
    found = {value: unit for _i, value, unit, _r, _p in _observations(text)}
    assert found["401"] == found["28"] == "village" and found["2"] == found["1"] == "count"


def test_workshops_and_factories_in_villages_are_counted_not_villages() -> None:
    text = ("洛南县人社局2024年工作总结\n2024年，全县建成社区工厂38个，其中景村镇、永丰镇分别建成社区工厂6个和5个；"
            "新认定村级帮扶车间12个，全县186个社区全部建成就业服务站。\n")
    found = {value: unit for _i, value, unit, _r, _p in _observations(text)}
    assert found["38"] == found["6"] == found["5"] == found["12"] == "count" and found["186"] == "village"


def test_home_sickbeds_are_beds_and_an_income_gained_per_person_a_month_is_per_person() -> None:
    text = ("河西区卫生健康工作情况\n2023年，河西区新建家庭病床620张，累计建成1860张。"
            "老饭桌吸纳农村妇女就近务工，人均每月增收800元左右。\n")
    found = {value: unit for _i, value, unit, _r, _p in _observations(text)}
    assert found["620"] == found["1860"] == "bed" and found["800"] == "CNY/person/month"


def test_the_one_person_a_rate_is_paid_for_is_no_count() -> None:
    text = ("温州市残疾人服务三年行动计划\n2025年，按照每超比例安置1名残疾人每年3000元的标准给予奖励，"
            "每吸纳1名就业困难人员补贴2000元，全市新建1所托养机构，80周岁以上的每餐再补贴1元。\n")
    found = sorted((value, unit) for _i, value, unit, _r, _p in _observations(text))
    assert found == [("1", "CNY"), ("1", "institution"), ("2000", "CNY"), ("3000", "CNY")]  # (no person)


def test_a_policy_interpretation_sets_its_limits_for_its_year() -> None:
    text = ("《河源市临时救助实施办法》政策解读\n发布时间：2025-08-12\n"
            "　　问：审批额度有哪些变化？\n　　答：县级民政部门审批额度为每次2万元以内，乡镇审批额度由原来的每次1500元"
            "提高到3000元。\n")
    found = {value: period for _i, value, _u, _r, period in _observations(text)}
    assert found["20000"] == found["3000"] == "2025" and found["1500"] == "2024"


def test_a_ceiling_is_a_limit_of_the_noun_before_it_and_each_place_is_who_acts() -> None:
    resolved, _ = source_document(Source.from_bytes(
        "衡南县2024年工作总结\n全年城镇调查失业率控制在5.5%以内。各地普遍将彩礼上限设定在5万元以内。"
        "各乡镇（街道）新建幸福院12个。\n".encode(), name="case.txt"))
    found = {(o.indicator, str(o.value), o.unit, tuple(sorted(o.qualifiers))) for o in resolved.facts.observations}
    assert found == {("城镇调查失业率", "5.5", "percent", ("at-most",)), ("彩礼上限", "50000", "CNY", ("at-most",)),
                     ("新建幸福院", "12", "institution", ())}  # 各地, 各乡镇: who acts, not what is measured


def test_households_and_people_of_one_noun_in_a_row() -> None:
    found = _observations("凤山县社会救助工作\n截至2024年底，全县城乡低保对象6218户14362人。"
                          "监测对象八十七户二百九十三人。为辖区312名80岁以上独居老人安装智能呼叫设备。\n")
    assert [(indicator, value, unit) for indicator, value, unit, _r, _p in found] == [
        ("城乡低保对象", "14362", "person"), ("城乡低保对象", "6218", "household"),
        ("安装智能呼叫设备的80岁以上独居老人", "312", "person"),  # (an age is no count of the noun)
        ("监测对象", "293", "person"), ("监测对象", "87", "household")]


def test_a_standard_raised_from_one_level_to_another() -> None:
    found = _observations("河北省民政厅关于提高残疾人两项补贴标准的通知\n2025年1月6日\n"
                          "困难残疾人生活补贴标准由每人每月90元提高到每人每月100元。"
                          "全镇城乡低保标准统一执行，自2025年1月1日起由每人每月830元提高到每人每月855元。\n")
    assert {(indicator, value, period) for indicator, value, _unit, _region, period in found} == {
        ("困难残疾人生活补贴标准", "100", "2025"), ("困难残疾人生活补贴标准", "90", "2024"),
        ("全镇城乡低保标准统一执行", "830", "2024"), ("全镇城乡低保标准统一执行", "855", "2025")}


POLICY_QA = """九江市临时救助政策问答：能救助多少钱？
2025年10月20日
问一：为什么要出台《办法》？
答：2024年，全市共实施临时救助1.68万人次。今年1至9月，全市累计实施临时救助1.26万人次。其中，修水、都昌两县救助人次分别为2380人次和1960人次。
问二：临时救助的标准是多少？
答：支出型临时救助按照家庭自负费用分档救助：自负费用在1万元（含）以下的，给予1000元救助；在5万元以上的，给予8000元救助。单次救助金额原则上不超过2万元。
举个例子：市民张某一家3口，家中突发火灾，可按城市低保月标准920元的3倍，给予急难型临时救助2760元。
答：举个例子：县城居民李某一家4口，家庭月总收入4000元，月人均收入1000元，高于城市低保标准920元。
李某家庭成员住院自付医疗费用1万元的，可按60%的比例获得医疗救助6000元。
问三：分类施保怎么算？
答：举个例子：家住溪翁庄镇的张大爷今年68岁，与老伴共同生活，家庭月收入为800元。
按照现行低保标准，张大爷家每月可领取低保金2100元（1450×2－800＝2100）。
"""


def test_a_policy_qa_page_its_tiers_and_a_worked_example() -> None:
    found = {(indicator, value, region, period) for indicator, value, _u, region, period in _observations(POLICY_QA)}
    # 今年1至9月 opening a sentence dates those after it in the paragraph (not the 2024 the paragraph began with)
    assert {(value, region, period) for _i, value, region, period in found if region != "360400"} == {
        ("2380", "360424", "2025-09"), ("1960", "360428", "2025-09")}
    # a 政策问答 sets its amounts for the year it is issued; the conditions of its tiers are no figures
    assert {(indicator, value, period) for indicator, value, region, period in found if period == "2025"} == {
        ("救助", "1000", "2025"), ("救助", "8000", "2025"), ("单次救助金额", "20000", "2025")}
    # a worked example for a made-up person (张某) is the rule's arithmetic, not a statistic
    # (after a Q&A's 答： too, and in the sentence after it that goes on with the same made-up person)
    assert not any(value in ("920", "2760", "10000", "50000", "4000", "60", "6000") for _i, value, _r, _p in found)
    assert not any(value == "1000" and "收入" in indicator for indicator, value, _r, _p in found)
    # (an example's person named as one addresses an elder, 张大爷, and the sentences of its section naming them)
    assert not any(value in ("800", "2100", "1450") for _i, value, _r, _p in found)


def test_a_headline_may_end_in_an_exclamation_or_a_question() -> None:
    for headline in ("家门口的长寿食堂开饭啦！", "九江市临时救助政策问答：能救助多少钱？"):
        resolved, _ = source_document(Source.from_bytes(
            f"{headline}\n截至10月底，全市建成助餐点386个。\n".encode(), name="case.txt"))
        assert resolved.facts.title == headline
    prose = "大家好，今天我们来谈谈养老服务，好吗？\n全市建成助餐点386个。\n"
    resolved, _ = source_document(Source.from_bytes(prose.encode(), name="case.txt"))
    assert resolved.facts.title is None  # a question after a clause of prose is prose


def test_raises_of_standards_given_per_month_and_per_year_before() -> None:
    found = _observations("黑河市政府工作报告\n——2026年1月9日\n一、2025年工作回顾\n"
                          "城乡低保标准分别提高到每人每月730元和每人每年6060元。\n二、2026年工作安排\n"
                          "将城乡低保标准分别再提高三十元和三百六十元。\n")
    assert {(value, unit, period) for _i, value, unit, _r, period in found} == {
        ("730", "CNY/person/month", "2025"), ("6060", "CNY/person/year", "2025"),
        ("30", "CNY/person/month", "2026"), ("360", "CNY/person/year", "2026")}  # one for one, in order


def test_what_was_done_for_the_counted_and_where_a_count_of_places_ends() -> None:
    found = _observations("某县民政工作\n2025年8月19日\n截至7月底，为2360户特殊困难老年人家庭实施居家适老化改造。"
                          "老年人可在全县38家定点服务机构兑换助餐、助洁等服务。全县12个镇不同程度受灾。出台3个实施方案。\n")
    assert {(indicator, value, unit) for indicator, value, unit, _r, _p in found} == {
        ("实施居家适老化改造的特殊困难老年人家庭", "2360", "household"),
        ("兑换助餐、助洁等服务的定点服务机构", "38", "institution"),
        ("不同程度受灾的镇", "12", "township"), ("出台的实施方案", "3", "count")}


REPORT_GIVEN = """关于市人民政府办理养老服务类代表建议情况的跟踪督办报告
——2025年12月24日在株洲市第十五届人民代表大会常务委员会第二十八次会议上
　　截至11月底，38件建议已全部办结。全市今年新建社区嵌入式养老服务中心14个，乡镇敬老院护理型床位占比由去年底的41.5%提高到52.3%。
　　此外，我市积极争取东西部协作支持，广东省珠海市今年安排帮扶资金680万元；累计向纳雍县投入对口协作资金2350万元。
"""


def test_a_report_given_on_a_day_reports_to_its_data_month() -> None:
    found = {(indicator, value, region, period) for indicator, value, _u, region, period in _observations(REPORT_GIVEN)}
    # the day it was given (12月24日) dates nothing: this year's figures are those to the data month (11月底)
    assert ("新建社区嵌入式养老服务中心", "14", "430200", "2025-11") in found
    # a level raised from one dated in its own words (去年底): each its own period, both the same share
    assert {(i, v, p) for i, v, _r, p in found if v in ("41.5", "52.3")} == {
        ("乡镇敬老院护理型床位占比", "41.5", "2024"), ("乡镇敬老院护理型床位占比", "52.3", "2025-11")}
    # money from a province far away under 东西部协作 came to the text's city; money sent to a county went there
    assert {(v, r) for _i, v, r, _p in found if v in ("6800000", "23500000")} == {
        ("6800000", "430200"), ("23500000", "520525")}


def test_places_counted_and_people_paid_are_not_what_is_measured() -> None:
    found = _observations("中央财政预拨资金\n2025年8月10日\n修水、都昌两县救助人次分别为2380人次和1960人次。"
                          "全州特困人员1086人，玛沁、班玛两县分别有234人和187人。1—7月，为80周岁以上老年人发放高龄津贴1056万元。\n")
    assert {(indicator, value) for indicator, value, _u, _r, _p in found} == {
        ("救助人次", "2380"), ("救助人次", "1960"), ("特困人员", "1086"), ("特困人员", "234"), ("特困人员", "187"),
        ("发放高龄津贴", "10560000")}


def test_standards_for_each_tier_or_band_and_a_region_named_with_he() -> None:
    found = _observations("某州民政\n2025年8月10日\n特困人员照料护理标准按全自理、半护理、全护理三档，"
                          "分别不低于每人每月180元、520元和1050元。和田地区对80至89周岁、90周岁以上老年人分别按每人每月100元、200元发放高龄津贴。"
                          "沈阳市沈河区、和平区社会保险基金总支出分别为12亿元和15亿元。\n")
    assert {(indicator, value) for indicator, value, _u, _r, _p in found} == {
        ("特困人员照料护理标准（全自理）", "180"), ("特困人员照料护理标准（半护理）", "520"),
        ("特困人员照料护理标准（全护理）", "1050"), ("高龄津贴（80至89周岁老年人）", "100"),
        ("高龄津贴（90周岁以上老年人）", "200"), ("社会保险基金总支出", "1200000000"),
        ("社会保险基金总支出", "1500000000")}  # (not 平区社会保险基金总支出: the 和 of 和平区 is its name's)


def test_parts_of_a_sum_named_by_where_the_money_came_from() -> None:
    found = _observations("某县\n2025年8月10日\n"
                          "全年下达养老服务体系建设补助资金3800万元，其中中央资金2500万元、省级资金1300万元。\n")
    assert [(indicator, value) for indicator, value, _u, _r, _p in found] == [
        ("下达养老服务体系建设补助资金", "38000000"), ("下达养老服务体系建设补助资金（中央资金）", "25000000"),
        ("下达养老服务体系建设补助资金（省级资金）", "13000000")]


def test_standards_of_categories_of_area_under_a_run_in_heading() -> None:
    found = _observations("白银市民政局关于提高城乡低保标准的通知\n市民发〔2026〕3号\n二、提标内容\n"
                          "　　（一）城市低保标准。一类地区（白银区、平川区）由每人每月790元提高到每人每月815元；"
                          "二类地区由每人每月760元提高到每人每月785元，两类地区均提高25元。\n"
                          "　　（二）农村低保标准。一类地区由每人每年6060元提高到每人每年6300元。\n")
    month, year = "CNY/person/month", "CNY/person/year"
    assert {(indicator, value, unit) for indicator, value, unit, _r, _p in found} == {
        ("城市低保标准（一类地区）", "790", month), ("城市低保标准（一类地区）", "815", month),
        ("城市低保标准（二类地区）", "760", month), ("城市低保标准（二类地区）", "785", month),
        ("城市低保标准提高", "25", month),  # (the raise of both, in the standards' unit)
        ("农村低保标准（一类地区）", "6060", year), ("农村低保标准（一类地区）", "6300", year)}


FEATURE = """小食堂托起稳稳的幸福
2025-11-18　来源：新华网
　　民政部数据显示，截至今年9月底，全国已建成老年助餐服务点十六万个，全国农村地区超过九万个。
　　在四川省巴中市平昌县，老年食堂由村集体经济组织运营。目前，全县已有老年食堂92个。
　　陕西省延安市延川县依托农村互助幸福院开办老年餐桌。全县已建成农村互助幸福院一百二十六个，全省推广其经验。
　　安徽省六安市金寨县全县建成老年食堂80个，全省农村助餐点覆盖率居全国前列。
"""


def test_a_national_feature_visiting_counties_of_several_provinces() -> None:
    found = {(value, region) for _i, value, _u, region, _p in _observations(FEATURE)}
    # about China (全县 and 全省 in each place it visits do not make it a county's text), each paragraph's figures
    # the county it opens with, named after its province and city, or after 在
    assert {("160000", "000000"), ("92", "511923"), ("126", "610622"), ("80", "341524")} <= found


def test_income_for_the_first_three_quarters_nominal_and_real_growth() -> None:
    resolved, _ = source_document(Source.from_bytes(
        ("河南省统计局\n2025年11月18日\n　　1—10月，全省规模以上工业增加值增长6.1%。\n"
         "　　前三季度，全省居民人均可支配收入23862元，同比名义增长5.4%，扣除价格因素实际增长5.5%。"
         "其中，居民人均工资性收入13286元，增长5.8%。\n").encode(), name="case.txt"))
    found = {(o.indicator, str(o.value), o.unit, o.period, str(o.change_percent)) for o in resolved.facts.observations}
    assert ("居民人均可支配收入", "23862", "CNY/person/year", "2025-09", "5.4") in found  # 名义增长: its change
    assert ("居民人均工资性收入", "13286", "CNY/person/year", "2025-09", "5.8") in found  # 前三季度 dates the paragraph
    assert ("扣除价格因素实际增速", "5.5", "percent", "2025-09", "None") in found


def test_a_scene_dated_by_its_day_in_a_county_of_the_text() -> None:
    found = _observations("昌都市冬春救助工作\n2026年1月20日\n　　截至1月15日，全市发放冬春救助资金1.2亿元。\n"
                          "　　1月16日，在边坝县金岭乡，牧民次仁一家刚刚领到救助金。"
                          "“今年我们家领到了3600元救助金，糌粑、酥油和牛粪都备足了。”"
                          "次仁高兴地说。\n")
    assert ("3600", "540330") in {(value, region) for _i, value, _u, region, _p in found}  # the county, not the city
    found = _observations("黑河市冬季取暖补贴发放到位\n2025年12月10日\n　　截至11月底，全市发放取暖补贴5536万元。\n"
                          "　　在黑龙江畔的逊克县车陆乡，低保户赵德福家今年领到了1100元取暖补贴。\n")
    assert ("1100", "231123") in {(value, region) for _i, value, _u, region, _p in found}  # (described first)


def test_people_from_elsewhere_counted_where_they_are() -> None:
    found = _observations("中山跨境养老合作提速\n2025年6月10日\n记者从中山市民政局获悉，截至今年五月底，"
                          "中山共有养老机构68家，入住港澳长者386人，其中澳门长者241人、香港长者145人。坦洲镇养老机构新接收澳门长者92人。\n")
    assert {region for _i, _v, _u, region, _p in found} == {"442000"}  # (not Macau's or Hong Kong's)
    found = _observations("广东省医疗保障事业发展情况\n2025年10月\n"
                          "截至9月底，在粤居住的香港、澳门居民参加城乡居民医保12.6万人。\n")
    assert [region for _i, _v, _u, region, _p in found] == ["440000"]


def test_figures_of_aid_given_by_a_province_far_away_belong_to_the_aided_region() -> None:
    found = _observations("阿勒泰地区援疆养老服务综述\n2025年11月21日\n截至10月底，两省实施养老服务项目48个，"
                          "其中黑龙江省援建21个、吉林省援建27个。今年，吉林省投入援疆资金4520万元，建设老年助餐点32个。\n")
    assert {region for _i, _v, _u, region, _p in found} == {"654300"}  # (not 黑龙江's or 吉林's)


def test_a_scene_opening_with_its_day_dates_its_paragraph_in_the_year_the_text_is_written() -> None:
    text = ("2025年我区长者饭堂提供助餐服务超147万人次\n发布日期：2026-01-15\n"
            "　　1月12日中午11点半，南山街道南山社区长者饭堂里坐满了老人。一份套餐标价12元，刷长者卡每餐只需付7元。\n"
            "　　2025年，全区长者饭堂达到54家。\n")
    found = {(value, period) for _i, value, _u, _r, period in _observations(text)}
    assert {("12", "2026-01"), ("7", "2026-01"), ("54", "2025")} <= found  # (the scene's month, in January 2026)


def test_some_of_all_the_places_counted() -> None:
    found = _observations("平山县\n2025年11月4日\n"
                          "截至10月底，全县717个行政村中的432个建成老年食堂，覆盖132个村（社区）中的118个。\n")
    assert [(indicator, value, unit) for indicator, value, unit, _r, _p in found] == [
        ("建成老年食堂的行政村", "432", "village"), ("村（社区）", "118", "village"), ("村（社区）", "132", "village"),
        ("行政村", "717", "village")]


def test_a_target_for_the_end_of_this_year_said_by_an_official() -> None:
    found = _observations("九龙坡区社区食堂\n九龙坡民政2025-10-16 18:20\n截至9月底，九龙坡区已建成老年助餐服务点168个。"
                          "区民政局相关负责人表示，到今年底，全区社区食堂将达到50个。\n")
    assert ("社区食堂", "50", "count", "500107", "2025") in found  # 到今年底: this year's target, not the data month


def test_an_amount_for_each_one_of_a_kind_a_year_or_a_month() -> None:
    found = _observations("魏县残联工作总结\n2025年12月\n"
                          "对残疾儿童实施康复救助，每名儿童每年最高补助2.4万元，每位老人每月补贴100元。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {
        ("24000", "CNY/person/year"), ("100", "CNY/person/month")}


def test_a_page_dated_only_by_the_day_it_was_published() -> None:
    page = ("<html><head><title>我县综合养老服务中心正式投入运营</title>"
            "<meta name='PubDate' content='2025-10-29 16:42'></head>"
            "<body><h1>我县综合养老服务中心正式投入运营</h1><div class='content'>"
            "<p>澄迈县综合养老服务中心正式投入运营，首批46名老人当天办理了入住手续。"
            "中心设置床位320张，其中护理型床位216张。</p>"
            "<p>今年以来，全县新增家庭养老床位120张。目前，全县共有养老机构13家。</p></div></body></html>")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="page.html"))
    assert {o.period for o in resolved.facts.observations} == {"2025-10"}  # the month it was published


def test_last_year_said_beside_this_years_figures_so_far_leaves_the_page_dated_by_its_day() -> None:
    page = ("<html><head><title>大安镇：用心办好民生实事</title>"
            "<meta name='PubDate' content='2025-11-20 16:05'></head>"
            "<body><h1>大安镇：用心办好民生实事</h1><div class='content'>"
            "<p>今年以来，全镇为2316名80周岁以上老人发放高龄津贴172.6万元；去年全年，全镇发放高龄津贴186.2万元。</p>"
            "<p>目前，全镇有农村留守儿童1420名。</p></div></body></html>")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="page.html"))
    assert resolved.facts.reference_period == "2025-11"
    assert {(str(o.value), o.period) for o in resolved.facts.observations} == {
        ("2316", "2025-11"), ("1726000", "2025-11"), ("1862000", "2024"), ("1420", "2025-11")}
    # a page that opens a sentence with last year alone reports on it
    review = page.replace("今年以来，全镇为2316名80周岁以上老人发放高龄津贴172.6万元；", "")
    resolved, _ = source_document(Source.from_bytes(review.encode(), name="page.html"))
    assert resolved.facts.reference_period != "2025-11"


def test_the_damage_of_an_event_is_of_the_month_it_happened() -> None:
    found = _observations("获嘉县全力做好洪涝灾害救助工作\n2025年8月8日\n"
                          "　　7月29日至31日，我县遭遇今年入汛以来最强降雨过程。\n"
                          "　　据县应急管理局统计，此次强降雨共造成受灾人口2.36万人，直接经济损失1.42亿元。\n"
                          "　　截至8月5日，全县共发放临时救助金126万元。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("23600", "2025-07"), ("142000000", "2025-07"), ("1260000", "2025-08")}


def test_income_parts_per_person_and_a_donation_to_a_city_far_away() -> None:
    found = _observations("江西省统计局\n2025年7月18日\n"
                          "上半年，全省居民人均可支配收入18000元，其中人均转移净收入4200元。全省居民人均服务性消费支出5124元。省慈善总会向甘肃省陇南市捐赠助学资金200万元。\n")
    assert {(value, unit, region) for _i, value, unit, region, _p in found} == {
        ("18000", "CNY/person/year", "360000"), ("4200", "CNY/person/year", "360000"),
        ("5124", "CNY/person/year", "360000"), ("2000000", "CNY", "621200")}  # (向陇南市: where the money went)


def test_a_report_to_the_end_of_december_is_on_the_year() -> None:
    text = ("关于2025年市政府民生实事项目完成情况的通报\n　　截至12月底，全市新增城镇就业6.92万人。\n")
    assert {period for _i, _v, _u, _r, period in _observations(text)} == {"2025"}
    text = "某镇取暖补贴发放情况\n2025年12月9日\n　　截至12月5日，全镇发放取暖补贴70.36万元。\n"
    assert {period for _i, _v, _u, _r, period in _observations(text)} == {"2025-12"}  # (a day, not the year's end)


def test_the_figures_of_an_event_on_its_day() -> None:
    found = _observations("我县开展重阳节系列敬老活动\n新宁民政2025-10-29 20:15发表于湖南\n"
                          "金秋十月，情暖重阳。10月29日上午，县民政局举办主题活动。\n"
                          "活动现场，工作人员为参加活动的86位80周岁以上老人送上慰问品。\n"
                          "截至9月底，全县60周岁以上老年人12.36万人。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {("86", "2025-10"), ("123600", "2025-09")}


def test_a_ministrys_notice_to_provinces_is_national() -> None:
    text = ("财政部 应急管理部关于下达2026年中央自然灾害救灾资金预算的通知\n财资环〔2026〕8号\n"
            "河北省、新疆维吾尔自治区财政厅、应急管理厅，新疆生产建设兵团财政局：\n"
            "　　中央财政对倒塌和严重损坏住房恢复重建按每户2万元的标准给予补助。\n")
    assert [(value, region) for _i, value, _u, region, _p in _observations(text)] == [("20000", "000000")]


def test_communities_are_counted_as_villages() -> None:
    found = _observations("雨湖区长者食堂\n2025年12月\n"
                          "截至11月底，助餐服务覆盖全区72个城市社区中的61个，全区186个社区全部建立协会。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("72", "village"), ("61", "village"),
                                                                     ("186", "village")}


def test_projects_counted_by_xiang_and_townships_named_by_their_mongolian_word() -> None:
    found = _observations("津南区民心工程推进情况\n截至2025年9月底，20项民心工程中已全面完成7项，其余13项正在加快推进。"
                          "达拉特旗在8个苏木镇开设老年食堂。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [
        ("13", "project"), ("20", "project"), ("7", "project"), ("8", "township")]


def test_a_raise_said_again_of_a_standard_per_person() -> None:
    found = _observations("平南县民政工作\n2025年，农村低保标准提高到每人每年5760元，比上年又提高了240元。\n")
    assert ("农村低保标准增量", "240", "CNY/person/year", "450821", "2025") in found


def test_a_gap_to_another_standard_right_after_a_standard_per_person_is_per_person_too() -> None:
    found = _observations("台州市2024年民生发展分析\n2024年，全市城乡居民基础养老金最低标准提高到每人每月365元，"
                          "比全省最低标准高出40元；全市拨付养老服务资金比上年高出120元。\n")
    units = {value: unit for _indicator, value, unit, _region, _period in found}
    assert units["40"] == "CNY/person/month"
    assert units["120"] == "CNY"  # (a sum of money, not a gap of a standard)


def test_a_raise_of_a_standard_said_with_its_adverb_before_the_year_it_is_compared_with() -> None:
    found = _observations("樟树市民政工作总结\n2021年，城乡低保标准分别提高到每人每月680元和每人每月520元。"
                          "下半年，城乡低保标准均较上年提高四十元。\n")
    assert {unit for _indicator, value, unit, _region, _period in found if value == "40"} == {"CNY/person/month"}


def test_the_year_a_cited_document_was_issued_does_not_date_the_figures() -> None:
    found = _observations("舟山市老年助餐服务\n2025年，按照市政府办公室去年印发的《舟山市老年助餐服务管理办法》，"
                          "助餐每餐标准12元。\n")
    assert [(value, period) for _i, value, _u, _r, period in found] == [("12", "2025")]


def test_a_notice_sets_its_rules_for_the_year_of_its_background_figures() -> None:
    text = ("关于下达2025年困难群众救助补助资金的通知\n晋城市民政局\n"
            "本批资金按因素法分配，三项对象因素权重分别为50%、30%和20%。截至2025年5月底，全市共有城乡低保对象3.12万人。\n")
    found = _observations(text)
    assert ("城乡低保对象", "31200", "person", "140500", "2025-05") in found  # dated by its own clause
    assert sorted(period for indicator, _v, unit, _r, period in found if unit == "percent") == ["2025"] * 3


def test_a_speech_at_the_years_work_conference_reviews_the_year_before() -> None:
    text = ("在全县2026年民政工作会议上的讲话\n（2026年2月10日）\n同志们：\n"
            "过去的一年，全县保障城乡低保对象2.36万人。今年全县要再新建长者饭堂10个。\n"
            "让我们为建设壮美广西平南篇章作出新的更大贡献！广西各地都在行动。\n")
    found = _observations(text)
    assert ("城乡低保对象", "23600", "person", "450821", "2025") in found  # the county its 全县 speaks of
    assert [period for indicator, *_rest, period in found if indicator.endswith("长者饭堂")] == ["2026"]


def test_a_page_dated_by_its_date_and_time_line_dates_what_it_does_not_date_itself() -> None:
    # the years named mid-sentence (该市2024年出生人口) date their own clauses, not the page; a date line is no year
    # that opens a sentence
    text = ("国家育儿补贴制度落地\n\n2025年7月29日 04:15　　大公报\n\n"
            "　　全国3周岁以下婴幼儿约2900万人。该市2024年出生人口同比增长17.6%，香港2024年出生婴儿约3.6万名。"
            "按每孩每年3600元的标准发放育儿补贴，两省分别每孩每年再增加600元和1200元。\n")
    found = {(value, unit, period) for _i, value, unit, _r, period in _observations(text)}
    assert ("29000000", "person", "2025-07") in found
    assert {("3600", "CNY/person/year", "2025-07"), ("600", "CNY/person/year", "2025-07")} <= found


def test_a_portal_copy_of_a_national_dispatch_is_national() -> None:
    html = ("<html><head><title>国务院常务会议部署养老工作_江西省人民政府门户网站</title></head><body>"
            "<div class='nav'><a href='/'>江西省人民政府门户网站</a></div>"
            "<h1>国务院常务会议部署养老工作</h1><p>发布时间：2025-09-12 21:36　来源：新华社</p>"
            "<p>　　新华社北京9月12日电 国务院总理主持召开国务院常务会议。"
            "会议指出，目前全国共有城乡低保对象三千九百六十万人，"
            "特困人员四百七十万人，全国各地要切实兜牢民生底线。</p>"
            "<div class='footer'>江西省人民政府办公厅主办　地址：南昌市红谷滩区卧龙路999号</div></body></html>")
    resolved, _ = source_document(Source.from_bytes(html.encode("utf-8"), name="case.html"))
    assert {o.region for o in resolved.facts.observations} == {"000000"}


def test_an_earthquake_named_by_its_county_in_a_citys_headline() -> None:
    text = ("普洱墨江地震灾后救助有序推进\n发布时间：2025-11-12\n"
            "　　记者从普洱市应急管理局获悉，9月23日墨江县发生5.3级地震后，全市统筹推进救助工作。\n"
            "　　据核定，此次地震共造成受灾人口8.62万人。"
            "截至11月10日，普洱市累计下拨救灾资金2.36亿元，其中市级资金2800万元。\n")
    found = {(value, region, period) for _i, value, _u, region, period in _observations(text)}
    assert ("86200", "530800", "2025-09") in found  # the city's, dated by the earthquake
    assert ("28000000", "530800", "2025-11") in found


def test_an_earthquake_named_by_its_county_and_its_date_in_a_prefectures_headline() -> None:
    text = ("甘孜州理塘“10·18”5.4级地震抗震救灾工作新闻发布会实录\n发布时间：2025-10-24\n"
            "　　截至10月23日，全州累计到位各级救灾资金1.08亿元。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="ganzi.txt"))
    assert resolved.facts.focus_region == "513300"  # the prefecture's, not 理塘县's
    assert {(str(o.value), o.region) for o in resolved.facts.observations} == {("108000000", "513300")}


def test_a_prefectures_paper_page_is_about_the_prefecture_not_a_county_its_guide_names() -> None:
    text = ("果洛报　2025年12月10日　星期三　第2版：综合新闻\n本版责任编辑：才让卓玛\n\n"
            "本版导读：达日县新建牧区幸福院4所　/　州运动会筹备工作启动\n\n我州多措并举保障困难群众温暖过冬\n\n"
            "　　本报讯　截至11月底，全州共有城乡低保对象1.26万户。久治县已建成牧区互助养老院6所。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="golog.txt"))
    assert resolved.facts.title == "我州多措并举保障困难群众温暖过冬"  # (the page's guide is no title)
    assert resolved.facts.focus_region == "632600"  # the paper's prefecture, which the text calls 我州
    assert {(str(o.value), o.region) for o in resolved.facts.observations} == {("12600", "632600"), ("6", "632625")}


def test_a_sites_zone_named_with_its_district_in_brackets_is_the_district() -> None:
    page = ("<html><head><title>西海岸新区1—10月就业创业工作稳中有进 - 青岛西海岸新区（黄岛区）人民政府</title>"
            "<meta name='SiteName' content='青岛西海岸新区（黄岛区）人民政府'>"
            "<meta name='PubDate' content='2025-11-14 09:20'></head><body>"
            "<h1>西海岸新区1—10月就业创业工作稳中有进</h1><div class='content'>"
            "<p>1—10月，全区城镇新增就业5.86万人。</p></div></body></html>")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="page.html"))
    assert resolved.facts.focus_region == "370211"  # (黄岛区, not 青岛市)


def test_funding_levels_designations_and_comparisons_with_a_year() -> None:
    text = ("融安县洪灾救助\n2025年，县财政安排柳州市级资金200万元。全县新创建四川省示范性老年友好型社区6个。"
            "全县居民人均可支配收入是2020年的1.37倍，五年年均增长6.6%。人均食品烟酒消费支出6025元，农民工月均收入4961元，"
            "预计惠及2000多个婴幼儿家庭，规模以上工业企业达到132家。\n")
    found = {(value, unit, region, period) for _i, value, unit, region, period in _observations(text)}
    assert ("2000000", "CNY", "450224", "2025") in found  # whose money, not where it went
    assert ("6", "village", "450224", "2025") in found      # a province's designation, not where
    assert ("6.6", "percent", "450224", "2025") in found    # 是2020年的: a base, not the clause's year
    assert ("6025", "CNY/person/year", "450224", "2025") in found
    assert ("4961", "CNY/person/month", "450224", "2025") in found
    assert ("2000", "household", "450224", "2025") in found
    assert ("132", "count", "450224", "2025") in found      # enterprises are counted as such


def test_months_so_far_said_once_deep_in_a_dated_page_date_only_their_clause() -> None:
    filler = "会议强调，要坚持尽力而为、量力而行，兜牢兜准兜好民生底线，切实保障困难群众基本生活。" * 14
    text = ("国务院常务会议部署民生工作\n发布时间：2025-09-12　来源：新华社\n"
            f"　　{filler}\n　　目前全国共有城乡低保对象三千九百六十万人。"
            "今年一至八月，全国城镇新增就业九百六十八万人。从二〇二六年一月一日起提高基础养老金，二〇二六年将持续推进。\n")
    found = {(indicator, period) for indicator, _v, _u, _r, period in _observations(text)}
    assert ("城乡低保对象", "2025-09") in found  # the page's month, not the clause's 1—8月 nor a later year it names
    assert ("城镇新增就业", "2025-08") in found


def test_months_so_far_said_once_in_a_page_whose_figures_run_from_the_years_start() -> None:
    # a Q&A page of November whose one answer says 今年1—10月 and another opens 今年以来，…: both run to October
    # (the page's data month), not the 今年以来 figure to the whole year
    filler = "答：对获得临时救助后基本生活仍有困难的，符合条件的及时纳入低保，推动救助方式转变。" * 14
    text = ("新平县临时救助政策问答\n发布时间：2025-11-26　来源：县民政局\n"
            f"　　{filler}\n　　答：今年1—10月，全县实施临时救助1862人次。\n"
            "　　答：今年以来，全县通过临时救助发现并转介纳入低保的家庭有87户。\n")
    found = {(indicator, period) for indicator, _v, _u, _r, period in _observations(text)}
    assert {period for _i, period in found} == {"2025-10"}


def test_a_page_whose_only_own_region_is_in_its_footer_host_line() -> None:
    html = ("<html><head><meta charset='utf-8'>"
            "<title>县人大常委会调研组关于民生实事项目的调研报告-太湖人大网</title></head>"
            "<body><div class='nav'><a href='/'>首页</a></div><h1>县人大常委会调研组关于民生实事项目的调研报告</h1>"
            "<p>发布时间：2025-12-22　来源：县人大常委会办公室</p>"
            "<p>　　2025年，全县票决产生10件民生实事项目。截至11月底，已全面完成7件，并赴潜山市学习借鉴经验，"
            "安庆市人大常委会给予肯定。全县共新增公办学位1080个。</p>"
            "<div class='footer'><p>主办：安徽省太湖县人民代表大会常务委员会办公室　"
            "地址：太湖县晋熙镇人民路88号</p></div>"
            "</body></html>")
    resolved, _ = source_document(Source.from_bytes(html.encode("utf-8"), name="case.html"))
    assert resolved.facts.focus_region == "340825"  # who runs the site, not a city named once in passing


def test_tasks_completed_in_a_headline_are_no_plans_and_a_monthly_fee() -> None:
    text = ("会宁县2025年农村危房改造任务全面完成\n发布时间：2025-12-05\n"
            "　　记者从县住建局获悉，截至11月底，会宁县今年以来共实施改造1268户。\n"
            "　　全县累计下达改造补助资金3486万元。港澳长者入住养老机构的月费大多在3000元至6000元。\n")
    found = {(value, unit, period) for _i, value, unit, _r, period in _observations(text)}
    assert ("34860000", "CNY", "2025-11") in found  # (not a target of the year)
    assert ("3000", "CNY/person/month", "2025-11") in found


def test_a_year_less_month_of_a_dated_page_is_later_than_a_baseline_year_end() -> None:
    text = ("全省农村养老服务扩面提质\n发布时间：2025-12-16\n"
            "　　截至11月底，全省累计建成农村互助养老服务点1.12万个。截至2024年底，全省农村互助养老服务点为9680个。\n"
            "　　全省老年食堂日均服务老年人8.6万人次。\n")
    found = {(value, period) for _i, value, _u, _r, period in _observations(text)}
    assert {("11200", "2025-11"), ("9680", "2024"), ("86000", "2025-11")} <= found


def test_an_annual_inspections_notice_and_a_notices_background_month() -> None:
    inspection = ("海东市民政局关于2024年度社会组织年度检查结果的公告\n发布时间：2025-07-08\n"
                  "　　截至6月底，全市共有登记社会组织1836家，参加2024年度检查的社会组织1682家。\n")
    assert ("1836", "2025-06") in {(v, p) for _i, v, _u, _r, p in _observations(inspection)}
    notice = ("中卫市退役军人事务局关于调整部分优抚对象抚恤标准的通知\n发布时间：2025-10-17\n"
              "　　截至9月底，全市共有优抚对象3260人。\n　　烈士遗属定期抚恤金标准为每人每月3012元。\n")
    found = {(v, p) for _i, v, _u, _r, p in _observations(notice)}
    assert ("3012", "2025") in found and ("3260", "2025-09") in found  # the notice's rule, the count's month


def test_a_pages_metadata_lines_above_its_title_and_the_year_an_inspection_or_audit_covers() -> None:
    text = ("索 引 号：11652700010245318K/2025-00418\n发布机构：博州审计局\n发文日期：2025-09-16\n"
            "【字体：大 中 小】　【打印】\n"
            "海东市2024年度社会组织年度检查结果\n（2025年9月16日公告）\n"
            "　　截至2025年6月底，全市参加2024年度检查的社会组织1682家，民办非企业单位中合格148家。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    assert resolved.facts.title == "海东市2024年度社会组织年度检查结果"
    found = {(str(o.value), o.unit, o.period) for o in resolved.facts.observations}
    assert {("1682", "organization", "2025-06"), ("148", "organization", "2025-06")} <= found
    # (the other labels of a disclosure's record: 生成日期, 公开方式, 公开范围 …)
    record = ("泗阳县人民政府　泗阳县审计局\n标　　题：泗阳县2023年度城乡居民基本养老保险基金审计结果\n"
              "发布机构：泗阳县审计局\n生成日期：2024-09-26\n公开方式：主动公开\n公开范围：面向全社会\n"
              "泗阳县2023年度城乡居民基本养老保险基金审计结果\n"
              "　　本次审计共发现问题18个。截至2024年8月底，已追回违规领取的养老金8.64万元。\n")
    resolved, _ = source_document(Source.from_bytes(record.encode("utf-8"), name="case.txt"))
    assert resolved.facts.title == "泗阳县2023年度城乡居民基本养老保险基金审计结果"
    assert {str(o.value): o.period for o in resolved.facts.observations}["18"] == "2023"


def test_a_headline_of_a_region_giving_to_the_texts_own() -> None:
    html = ("<html><head><meta charset='utf-8'><title>山东今年向我市投入财政援助资金8.62亿元_重庆市人民政府网</title>"
            "</head><body><h1>鲁渝协作结硕果 山东今年向我市投入财政援助资金8.62亿元</h1>"
            "<p>发布时间：2025-12-02　来源：重庆市乡村振兴局</p>"
            "<p>　　截至11月底，山东省今年向我市投入财政援助资金8.62亿元，全市实施协作项目486个。</p></body></html>")
    resolved, _ = source_document(Source.from_bytes(html.encode("utf-8"), name="case.html"))
    assert resolved.facts.focus_region == "500000"  # the receiver (我市), not the giver the headline names first


def test_a_headline_in_brackets_is_no_line_of_buttons() -> None:
    resolved, _ = source_document(Source.from_bytes(
        "【权威发布】2025年全县低保工作情况\n2025年，全县共有低保对象1.2万人。\n".encode(), name="case.txt"))
    assert resolved.facts.title == "【权威发布】2025年全县低保工作情况"


def test_the_parts_of_a_total_built_take_its_noun() -> None:
    found = _observations("云南省残联工作。2025年，全省建成残疾人托养服务机构213家，"
                          "其中昆明市、曲靖市分别建成46家和31家。")
    assert {(indicator, value, unit, region) for indicator, value, unit, region, _p in found} == {
        ("残疾人托养服务机构", "213", "institution", "530000"), ("残疾人托养服务机构", "46", "institution", "530100"),
        ("残疾人托养服务机构", "31", "institution", "530300")}


def test_standards_per_student_and_a_national_grant_of_a_countys_high_schools() -> None:
    found = _observations("大同市教育局政策解读\n发布时间：2025-08-20\n　　自2026年1月1日起，公办幼儿园生均公用经费"
                          "财政拨款标准由每生每年600元提高到每生每年800元。\n"
                          "　　全县普通高中国家助学金平均资助标准为每生每年2000元。")
    assert {(value, unit, region, period) for _i, value, unit, region, period in found} == {
        ("600", "CNY/person/year", "140200", "2025"), ("800", "CNY/person/year", "140200", "2026"),
        ("2000", "CNY/person/year", "140200", "2025")}  # (高中|国家助学金 names no country)


def test_gaps_below_what_a_figure_is_compared_with_are_negative_and_not_its_region() -> None:
    found = _observations("济宁市人大常委会执法检查报告\n2025年，全市技能人才占就业人员的比重为24.6%，"
                          "低于全省平均水平1.8个百分点。"
                          "城镇居民收入增长5.2%，比全省平均水平低0.3个百分点，高于全国0.4个百分点。"
                          "支出进度为38.7%，低于序时进度11.3个百分点。护理型床位占比56.3%，低于达到60%的目标要求。")
    gaps = {(value, region) for _i, value, unit, region, _p in found if unit == "percentage-point"}
    assert gaps == {("-1.8", "370800"), ("-0.3", "370800"), ("0.4", "370800"), ("-11.3", "370800")}
    assert ("60", "percent") in {(value, unit) for _i, value, unit, _r, _p in found}  # a threshold keeps its sign


def test_a_change_since_the_end_of_a_month_of_the_year() -> None:
    found = _changes("虞城县人社局2025年1—10月工作进展\n截至10月底，全县城镇登记失业人员2316人，较9月底减少127人。")
    changes = {(value, unit, period, base) for _i, value, unit, period, _c, base in found}
    assert ("-127", "person", "2025-10", "2025-09") in changes


def test_a_level_with_a_change_on_the_year_and_one_on_the_month() -> None:
    found = _changes("吐鲁番市医保局2025年11月基金运行情况\n"
                     "11月份，全市基本医疗保险基金收入1.26亿元，同比增长5.8%，环比下降3.4%。")
    assert {(value, unit, change, base) for _i, value, unit, _p, change, base in found} == {
        ("126000000", "CNY", "5.8", "2024-11"), ("-3.4", "percent", None, "2025-10")}


def test_a_speakers_answer_is_about_the_region_its_first_figures_are_about() -> None:
    found = _observations("国家医保局新闻发布会文字实录\n主题：介绍2025年医疗保障事业发展情况\n"
                          "陕西日报记者：请问陕西在困难群众医疗保障方面取得了哪些成效？\n"
                          "韩东升：感谢您的提问。2025年，全省基本医疗保险参保人数3786.4万人。全年资助困难群众参保298.6万人。\n"
                          "刘洪波：截至2025年底，全国长期护理保险参保人数1.93亿人。比如重庆市在全市推开长期护理保险制度，"
                          "参保人数达到2215万人。\n"
                          "　　比如县养老服务从业人员1606人。\n")
    assert {(value, region) for _i, value, _u, region, _p in found} == {
        ("37864000", "610000"), ("2986000", "610000"), ("193000000", "000000"), ("22150000", "500000"),
        ("1606", "540622")}  # (比如县 is a county of 那曲)


def test_a_list_of_regions_opens_no_paragraph_and_a_county_named_after_another_is_no_visitor() -> None:
    found = _observations("衡水市养老服务工作综述\n2017年，各县（市、区）结合实际创新工作方式。"
                          "故城县养老服务从业人员3012人。武邑县老年人健康管理率达到61.8%。\n2017年，景县、阜城县分别建成老年食堂12个和9个。发放高龄津贴3600万元。\n")
    assert {(value, region) for _i, value, _u, region, _p in found} == {
        ("3012", "131126"), ("61.8", "131122"), ("12", "131127"), ("9", "131128"), ("36000000", "131100")}


def test_a_titles_space_between_its_phrases_is_kept_in_text_and_in_a_page() -> None:
    title = "中共中央 国务院关于进一步深化农村改革 扎实推进乡村全面振兴的意见"
    for name, raw in (("case.txt", f"寻乌县2025年工作综述\n　　2025年，全县深入贯彻《{title}》，建成示范村12个。\n"),
                      ("case.html", f"<html><body><h1>寻乌县2025年工作综述</h1><p>　　2025年，全县深入贯彻《{title}》，"
                                    "建成示范村12个。</p></body></html>")):
        resolved, _ = source_document(Source.from_bytes(raw.encode("utf-8"), name=name))
        assert list(resolved.facts.documents) == [title]


def test_growths_a_year_on_average_over_the_years_a_report_reviews() -> None:
    found = _changes("海原县2025年政府工作报告\n二〇二五年一月\n　　2024年，全县经济稳中有进。"
                     "五年来，全县地区生产总值由七十九点三亿元增加到一百一十二点七亿元，年均增长百分之七点三；"
                     "城乡居民人均可支配收入年均分别增长5.6%和7.8%。三年来，财政收入年均增长4.1%。"
                     "农村常住居民人均可支配收入由2020年的13206元增加到19835元，年均增长8.5%。\n")
    assert {(indicator, value, period, base) for indicator, value, _u, period, _c, base in found} >= {
        ("地区生产总值", "7930000000", "2019", None), ("地区生产总值", "11270000000", "2024", None),
        ("地区生产总值年均增速", "7.3", "2024", "2019"), ("城乡居民人均可支配收入年均增速", "5.6", "2024", "2019"),
        ("财政收入年均增速", "4.1", "2024", "2021"), ("农村常住居民人均可支配收入年均增速", "8.5", "2024", "2020")}


def test_this_years_month_so_far_after_last_years_figures() -> None:
    found = _observations("济宁市人大常委会执法检查报告\n——2025年8月26日在市人大常委会会议上\n"
                          "　　2024年，全市城镇新增就业6.82万人。截至今年6月底，全市脱贫人口务工规模达到13.6万人。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {("68200", "2024"), ("136000", "2025-06")}


def test_a_plan_for_the_years_end_after_a_deadline_in_a_month() -> None:
    found = _observations("湘潭市住建局2025年1—8月工作进展\n　　截至8月底，全市已开工改造老旧小区126个。"
                          "下一步，确保9月底前老旧小区改造项目全部开工、年底前完工率达到60%以上，全年完成改造投资8亿元以上。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("126", "2025-08"), ("60", "2025"), ("800000000", "2025")}


def test_a_programme_named_a_plan_makes_no_target_and_money_had_is_named_after_it() -> None:
    head = "双江县学生资助工作\n2025年11月20日 来源：临沧日报\n　　截至10月底，双江县自2012年起实施"
    found = _observations(head + "农村义务教育学生营养改善计划，目前全县86所义务教育学校全部纳入实施范围。"
                          "特困老人王大爷说：“如今政策好，每个月有一千多元的供养金，吃穿都不愁，过冬也不怕了。”")
    assert ("供养金", "1000", "CNY/person/month") in {(name, value, unit) for name, value, unit, _r, _p in found}
    text = head + "营养改善计划，目前全县86所学校全部纳入实施范围。"
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert [sorted(o.qualifiers) for o in resolved.facts.observations] == [[]]


def test_workers_sent_to_a_province_are_counted_where_they_come_from() -> None:
    found = _observations("海原县2025年政府工作报告\n　　2024年，全县有组织向福建输转务工人员一千三百余人。\n")
    assert [(value, region) for _i, value, _u, region, _p in found] == [("1300", "640522")]


def test_towns_listed_before_their_figures_and_the_parts_of_a_figure_per_person() -> None:
    found = _observations("南通市通州区2025年工作总结\n　　2025年，全区新增家庭养老床位800张，"
                          "其中金沙街道、石港镇分别新增120张和86张。"
                          "全体居民人均可支配收入达到30650元，其中城镇居民41820元、农村居民19360元。")
    assert {(indicator, value, unit) for indicator, value, unit, _r, _p in found} == {
        ("新增家庭养老床位", "800", "bed"), ("新增家庭养老床位", "120", "bed"), ("新增家庭养老床位", "86", "bed"),
        ("居民人均可支配收入", "30650", "CNY/person/year"), ("城镇居民", "41820", "CNY/person/year"),
        ("农村居民", "19360", "CNY/person/year")}


def test_a_notice_under_five_lines_of_issuers_and_its_rules_on_shares_and_prices() -> None:
    text = ("宁夏回族自治区卫生健康委员会\n宁夏回族自治区发展和改革委员会\n宁夏回族自治区财政厅\n"
            "宁夏回族自治区教育厅\n\n"
            "宁卫发〔2026〕5号\n\n关于印发《宁夏回族自治区普惠托育服务行动方案（2026—2027年）》的通知\n\n"
            "　　截至2025年底，全区共有托育机构1286家。\n"
            "　　普惠托育机构收费价格原则上不高于当地市场价格的80%。自治区财政对固原市按70%分担。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.title.startswith("关于印发")
    assert {(str(o.value), o.period) for o in resolved.facts.observations} == {
        ("1286", "2025"), ("80", "2026"), ("70", "2026")}


def test_a_pages_months_so_far_said_again_deep_in_it_and_its_plans_for_next_year() -> None:
    scene = "　　11月12日一早，赤水市大同镇民族村的护林员罗德明上山了。" + "他沿着竹林间的小路巡护，" * 80 + "\n"
    text = ("赤水市：绿水青山有了“生态账本”\n发布时间：2025-11-18 16:42\n" + scene +
            "　　今年1—10月，全市接待游客1286.4万人次。\n　　今年1—10月，全市实现旅游综合收入138.6亿元。\n"
            "　　全市聘用生态护林员1426名。\n　　2026年，赤水市计划新增国家储备林5万亩。\n")
    found = _observations(text)
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("12864000", "2025-10"), ("13860000000", "2025-10"), ("1426", "2025-10"), ("50000", "2026")}


def test_a_reposted_work_report_reviews_the_year_before_the_day_it_was_given() -> None:
    text = ("【转载】焦作市人民代表大会常务委员会工作报告（全文）\n原载：焦作日报　2026年1月20日　第三版\n\n"
            "焦作市人民代表大会常务委员会工作报告\n——二○二六年一月十六日在焦作市第十一届人民代表大会第五次会议上\n\n"
            "各位代表：\n　　一年来，共召开常委会会议八次、主任会议十六次。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.reference_period == "2025"
    assert {o.period for o in resolved.facts.observations} == {"2025"}


def test_a_programme_named_a_plan_that_reaches_people_is_no_plan() -> None:
    text = ("五华县义务教育工作\n发布时间：2025-09-12\n　　截至9月10日，全县共有义务教育学校186所。\n"
            "　　全县农村义务教育学生营养改善计划惠及6.82万名学生。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert {(str(o.value), tuple(sorted(o.qualifiers))) for o in resolved.facts.observations} == {
        ("186", ()), ("68200", ())}


def test_a_reports_title_on_two_lines_the_second_naming_its_year_and_kind() -> None:
    text = ("　　　　沙湾市住房和城乡建设局局长\n　　　　二〇二五年度述职述责述廉报告\n　　　　　　马振东\n\n"
            "　　一、履职尽责情况\n　　全年实施城镇老旧小区改造项目二十三个。\n　　二、明年工作打算\n"
            "　　2026年，计划改造老旧小区十五个。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.reference_period == "2025"
    assert {(str(o.value), o.period) for o in resolved.facts.observations} == {("23", "2025"), ("15", "2026")}


def test_a_transcripts_answer_is_about_the_place_its_speaker_speaks_for() -> None:
    text = ("贵州省特色农业新闻发布会实录\n发布时间：2025-12-16\n【主持人】\n　　下面请遵义市罗市长介绍。\n"
            "【遵义市人民政府副市长罗晓峰】\n　　感谢您的提问。目前，茶园面积达到206万亩。1—11月，茶叶产量14.2万吨。\n"
            "【省农业农村厅副厅长吴明远】\n　　1—11月，全省农产品出口额38.6亿元。\n")
    found = _observations(text)
    assert {(value, region) for _i, value, _u, region, _p in found} == {
        ("2060000", "520300"), ("142000", "520300"), ("3860000000", "520000")}


def test_a_years_report_published_after_it_names_its_quarters_on_the_way() -> None:
    text = ("2025年全市经济运行情况\n发布时间：2026-01-26\n"
            "　　全年地区生产总值1262.8亿元，增长6.2%，增速比前三季度加快0.3个百分点。原油产量1086.5万吨。\n\n"
            "指标\t单位\t前三季度\t全年\n一般公共预算收入\t亿元\t63.2\t82.6\n")
    found = _observations(text)
    assert {(value, period) for _i, value, _u, _r, period in found} >= {
        ("126280000000", "2025"), ("10865000", "2025"), ("6320000000", "2025-09"), ("8260000000", "2025")}


def test_years_in_a_cited_title_date_nothing_and_a_breadcrumb_under_the_site_is_no_title() -> None:
    text = ("邯郸市民政局\n首页 > 政务公开 > 通知公告\n\n"
            "邯郸市民政局 邯郸市财政局关于调整2025年临时救助标准的通知\n"
            "发布日期：2025-03-20\n"
            "　　按照《荆州市稻渔综合种养三年行动方案（2025—2027年）》要求，全市已完成尾水治理改造8.2万亩。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.title == "邯郸市民政局邯郸市财政局关于调整2025年临时救助标准的通知"
    assert [(str(o.value), o.period) for o in resolved.facts.observations] == [("82000", "2025")]
    page = ("湖北省民政厅\n首页 > 新闻动态 > 厅机关动态\n全省养老服务体系建设提质增效\n发布日期：2025-12-02\n"
            "　　截至10月底，全省护理型床位占比达到66.8%。\n")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="case.txt"))
    assert resolved.facts.title == "全省养老服务体系建设提质增效"  # (a news headline under them, of any kind)
    page = ("怒江网　怒江日报社主办\n首页 | 怒江要闻 | 县市动态 | 乡村振兴 | 蹲点调研 | 视频 | 数字报 | 登录\n"
            "当前位置：首页 > 蹲点调研 > 正文\n\n【蹲点日记】草果飘香石月亮\n"
            "发布时间：2025-11-19 08:45　来源：怒江日报\n　　全村有286户1062人。\n")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="case.txt"))
    assert resolved.facts.title == "【蹲点日记】草果飘香石月亮"  # (a banner and a menu over the breadcrumb too)
    page = ("林芝市人民政府网\n首页 > 政务公开 > 部门信息\n发布时间：2026-01-16 11:08　　访问量：1742\n\n"
            "林芝市人力资源和社会保障局2025年工作总结\n　　2025年，全市城镇新增就业5120人。\n")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="case.txt"))
    assert resolved.facts.title == "林芝市人力资源和社会保障局2025年工作总结"  # (发布时间：… is the page's label)
    page = ("湘西土家族苗族自治州民政局\n首页 | 机构职能 | 政务公开 | 政策解读 | 办事服务\n"
            "您现在的位置：首页 > 政务公开\n\n湘西州提高孤儿基本生活保障标准政策问答\n　　全州共有孤儿612名。\n")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="case.txt"))
    assert resolved.facts.title == "湘西州提高孤儿基本生活保障标准政策问答"  # (a body's own site's banner too)


def test_a_question_and_answer_pages_answers_open_with_their_time_and_this_year_is_its_years() -> None:
    text = ("新平县临时救助政策问答\n发布时间：2025-11-26\n问一：为什么要修订细则？\n"
            "答：2024年，全县共实施临时救助2136人次。今年6月，细则修订启动。今年10月，新细则印发。\n"
            "问二：今年救助情况如何？\n答：今年1—10月，全县实施临时救助1862人次。戛洒镇、漠沙镇救助人次分别为286人次和241人次。\n"
            "答：目前，全县城乡低保标准分别为每人每月830元和每人每年5760元。\n")
    found = _observations(text)
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("2136", "2024"), ("1862", "2025-10"), ("286", "2025-10"), ("241", "2025-10"), ("830", "2025-10"),
        ("5760", "2025-10")}


def test_a_list_of_standards_raised_from_a_list_of_levels() -> None:
    text = ("酒泉市民政局低保标准政策问答\n发布时间：2025-12-20\n"
            "　　答：自2026年1月1日起，城市低保标准一类、二类地区分别由每人每月850元、820元提高到880元、850元。\n")
    found = _observations(text)
    assert sorted((value, unit, period) for _i, value, unit, _r, period in found) == [
        ("820", "CNY/person/month", "2025"), ("850", "CNY/person/month", "2025"),
        ("850", "CNY/person/month", "2026"), ("880", "CNY/person/month", "2026")]


def test_comparisons_with_a_census_year_named_once_for_the_sentence() -> None:
    found = _changes("定西市2025年全国1%人口抽样调查主要数据公报\n"
                     "全市常住人口为2467315人。与2020年第七次全国人口普查的2524097人相比，减少56782人，下降2.25%。\n"
                     "全市常住人口中，汉族人口为2351026人。与2020年相比，回族人口减少3204人，下降2.68%；"
                     "城镇人口增加61530人。\n"
                     "与2020年相比，每10万人中拥有大学文化程度的由9216人上升为11873人。\n"
                     "平均每个家庭户的人口为2.71人，比2020年的2.86人减少0.15人。\n"
                     "与2024年相比，各类地区城市低保标准分别提高40元、35元。\n")
    rows = {(value, unit, period, base) for _i, value, unit, period, _c, base in found}
    assert ("2524097", "person", "2020", None) in rows  # the level compared with is the census year's
    assert ("-56782", "person", "2025", "2020") in rows  # and the change after it the survey year's, since 2020
    assert {("-3204", "person", "2025", "2020"), ("-2.68", "percent", "2025", "2020"),
            ("61530", "person", "2025", "2020")} <= rows  # 回族人口减少…: a change, and its rate of its own
    assert ("9216", "person", "2020", None) in rows and ("11873", "person", "2025", None) in rows
    assert ("2.86", "person", "2020", None) in rows and ("-0.15", "person", "2025", "2020") in rows
    assert {(i, v) for i, v, *_rest in found if v == "2524097" or v == "-56782"} == {
        ("常住人口", "2524097"), ("常住人口增量", "-56782")}  # what the paragraph's figure before measured
    raises = {(value, indicator.endswith("增量")) for indicator, value, *_rest in found if value in ("40", "35")}
    assert raises == {("40", False), ("35", False)}  # raises of standards stay raises (城市低保标准分别提高…)


def test_a_speakers_lead_in_before_the_half_year_and_a_headline_on_the_half_year() -> None:
    found = _observations("上半年全市经济运行平稳　县市区亮出成绩单\n2025-07-25　来源：襄阳日报\n"
                          "　　7月24日，市政府新闻办召开新闻发布会。\n"
                          "　　市统计局副局长李娟介绍，根据统一核算结果，上半年，"
                          "全市地区生产总值2816.35亿元，同比增长5.9%。"
                          "其中，第一产业增加值201.52亿元，增长3.6%。\n"
                          "　　全市规模以上工业企业达到1862家。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["281635000000"] == "2025-06"
    assert periods["20152000000"] == "2025-06"  # (the next sentence: the half year the speaker opened with)
    assert periods["1862"] == "2025-06"  # (a paragraph of its own: the half year the headline reports on)


def test_short_lines_of_figures_under_bullets_are_items_not_headings() -> None:
    found = _observations("某旗2026年政府工作报告要点速览\n【回顾2025年】\n"
                          "　　2025年，全旗经济社会发展稳中有进。\n"
                          "● 地区生产总值完成86.4亿元，增长5.6%\n● 城镇新增就业1120人，增长3.1%\n"
                          "◆ 民生保障\n● 城市低保对象1062户1731人\n")
    labels = {value: (indicator, period) for indicator, value, _u, _r, period in found}
    assert labels["8640000000"] == ("地区生产总值", "2025")  # (no bullet in the label)
    assert labels["1120"][1] == "2025" and labels["1731"][1] == "2025"  # the year the list of items reviews



def test_a_digest_of_bullets_keeps_its_title_apart_from_its_source_line() -> None:
    from pathlib import Path

    path = next(Path(__file__).parent.glob("dev/466-*/source.txt"))
    resolved, _ = source_document(Source.from_bytes(path.read_bytes(), name=path.name))
    facts = resolved.facts
    assert facts.title == "鄂伦春自治旗2026年政府工作报告要点速览"  # (not joined to 来源：… as a wrapped line)
    assert facts.reference_period == "2025"  # a work report's digest reviews the year before
    assert all("●" not in o.indicator for o in facts.observations)  # (a bullet is no part of a label)
    first: dict[str, str] = {}
    for o in facts.observations:
        first.setdefault(o.indicator, o.period)
    assert first["规模以上工业增加值增速"] == first["固定资产投资增速"] == "2025"  # items of the 2025 review


def test_a_sites_banner_with_its_switches_is_no_title() -> None:
    resolved, _ = source_document(Source.from_bytes(
        ("和田县人民政府门户网站　　繁体版 | 简体版 | 无障碍浏览 | 长者模式\n首页 > 新闻中心 > 乡镇动态\n\n"
         "和田县：核桃丰收了　群众增收有了新路子\n\n发布时间：2025-11-19 09:32　　来源：和田日报\n\n"
         "　　截至10月底，全县核桃种植面积达到12.6万亩。\n").encode(), name="page.txt"))
    assert resolved.facts.title == "和田县：核桃丰收了群众增收有了新路子"  # (not the banner above the breadcrumb)


def test_a_review_of_a_five_year_plans_years_reports_on_its_last_year() -> None:
    found = _observations("富裕县“十四五”时期经济社会发展工作总结\n"
                          "　　五年来，全县地区生产总值达到96.8亿元，城镇新增就业八千六百人。"
                          "截至2025年11月底，全县养老机构入住老年人1260人。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["9680000000"] == "2025" and periods["8600"] == "2025"  # (not the one 截至 sentence's month)
    assert periods["1260"] == "2025-11"


def test_a_change_since_the_quarter_or_the_month_before() -> None:
    found = _changes("赞皇县2025年第三季度优抚工作情况\n截至9月底，全县共有优抚对象1862人，较上季度末减少23人。"
                     "9月份，全县城镇调查失业率为5.1%，比上月下降0.2个百分点。\n")
    changes = {(value, unit, period, base) for _i, value, unit, period, _c, base in found}
    assert ("-23", "person", "2025-09", "2025-06") in changes
    assert ("-0.2", "percentage-point", "2025-09", "2025-08") in changes


def test_what_the_whole_year_will_take_in_a_report_to_a_month() -> None:
    found = _observations("兴安县优抚对象抚恤补助标准调整解读\n发布时间：2025-09-12\n"
                          "　　截至8月底，全县享受定期抚恤补助的优抚对象共2315人。"
                          "按新标准测算，全县全年需新增抚恤补助资金约176万元。"
                          "全年组织走访慰问38人次。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["2315"] == "2025-08" and periods["1760000"] == "2025"  # (a projection for the year)
    assert periods["38"] == "2025-08"  # (the year so far)


def test_a_work_report_about_a_year_it_names_reports_on_that_year() -> None:
    found = _observations("凤台县人民政府关于2024年度县级预算执行和其他财政收支的审\n计工作报告\n"
                          "——2025年8月26日在凤台县第十八届人民代表大会常务委员会第二十六次会议上\n"
                          "　　审计发现，县级一般公共预算收入23.86亿元，完成预算的100.8%。"
                          "截至2025年7月底，已整改问题金额2.41亿元。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["2386000000"] == "2024"  # (not the month its last 截至 names)
    assert periods["241000000"] == "2025-07"


def test_a_month_looked_forward_to_is_not_the_month_the_figures_run_to() -> None:
    found = _observations("仁和区家庭医生签约服务提质扩面\n发布时间：2025-07-16　来源：区卫生健康局\n"
                          "　　截至6月底，全区组建家庭医生团队268个。上半年，全区签约服务人数42.6万人。\n"
                          "　　下一步，区卫生健康局将力争到12月底全区常住人口签约率达到55%以上。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["268"] == "2025-06" and periods["426000"] == "2025-06"  # (not 2024-12: 到12月底 is a target)


def test_a_notice_for_next_year_reports_on_the_year_it_is_published_in() -> None:
    found = _observations("江永县医疗保障局关于做好2026年度城乡居民医保集中参保缴费工作的通告\n发布时间：2025-08-20\n"
                          "　　全县医疗救助资助参保2.16万人。截至8月底，全县已有8.2万人完成参保缴费。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["21600"] == "2025" and periods["82000"] == "2025-08"  # (not 2026-08)


def test_a_work_report_reviews_the_year_before_whatever_its_five_year_review_counts_to() -> None:
    found = _observations("政府工作报告\n——2022年1月12日在红河哈尼族彝族自治州第十五届人民代表大会第一次会议上\n"
                          "各位代表：\n"
                          "　　过去五年，截至2020年底，全州现行标准下农村贫困人口全部脱贫。\n"
                          "　　全州地区生产总值完成2650.8亿元，增长7.6%。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["265080000000"] == "2021"  # (not 2020, the year its 截至 names)


def test_insured_people_from_a_place_are_no_figure_of_that_place() -> None:
    found = _observations("珠海居民医保覆盖澳门居民\n发布时间：2025-11-18\n"
                          "　　截至10月底，珠海全市开通澳门参保人直接结算的定点医疗机构达168家。"
                          "今年1至10月共办理异地就医备案1420人次。\n")
    assert {(value, region) for _i, value, _u, region, _p in found} == {("168", "440400"), ("1420", "440400")}


def test_a_date_alone_under_the_title_dates_the_page() -> None:
    found = _observations("中山居民医保覆盖澳门居民\n2025-11-18\n"
                          "　　截至10月底，中山全市开通直接结算的定点医疗机构达42家。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {("42", "2025-10")}


def test_a_paragraph_opened_by_the_year_its_rules_are_for() -> None:
    found = _observations("宁远县医疗保障局关于做好2026年度城乡居民医保集中参保缴费工作的通告\n发布时间：2025-08-29\n"
                          "一、基本情况\n截至8月25日，全县已有12.6万人完成缴费。\n"
                          "二、待遇保障\n2026年度，居民医保住院待遇政策保持稳定。大病保险起付线为1.5万元。\n"
                          "三、其他\n2025年度，全县资助参保4.2万人。今年，全县新增定点药店12家。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["126000"] == "2025-08" and periods["15000"] == "2026"  # (the paragraph's year, not the page's)
    assert periods["42000"] == "2025" and periods["12"] == "2025"


def test_a_line_of_marks_alone_is_no_heading() -> None:
    found = _observations("政府工作报告\n——2023年1月14日在某省第十四届人民代表大会第一次会议上\n"
                          "一、过去五年工作回顾\n　　全省地区生产总值达到6.13万亿元。\n\n"
                          "二、2023年工作安排\n　　主要预期目标是：地区生产总值增长6%左右。\n　　……\n"
                          "　　持续办好十件重点民生实事：\n　　1．新增养老床位2.5万张。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["25000"] == "2023"  # (the section's year: …… where text is left out begins no section)


def test_a_place_compared_with_and_young_people_from_elsewhere_are_not_the_figures_place() -> None:
    found = _observations("屏南县乡村振兴观察\n发布时间：2025-11-12\n"
                          "　　今年前三季度，屏南县农村居民人均可支配收入19862元，增速高于宁德全市平均水平0.6个百分点。"
                          "截至10月底，全县累计吸引新村民1860人，其中台湾青年126人；累计修缮古民居1268栋。\n")
    regions = {value: region for _i, value, _u, region, _p in found}
    assert regions["0.6"] == regions["126"] == regions["1268"] == "350923"  # (not 宁德市, not 台湾)


def test_each_person_each_year_before_a_verb_and_its_noun() -> None:
    found = _observations("盐城市提高残疾人两项补贴标准\n发布时间：2025-07-08\n"
                          "　　按新标准，一级重度残疾人每人每年可领取护理补贴2160元。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("2160", "CNY/person/year")}


def test_an_issuers_letterhead_and_number_are_above_the_title() -> None:
    resolved, _ = source_document(Source.from_bytes(
        "奇台县统计局文件\n\n奇统发〔2026〕3号\n\n奇台县2025年国民经济和社会发展统计综述\n\n奇台县统计局\n2026年3月18日\n\n"
        "　　2025年，全县地区生产总值86.42亿元，比上年增长6.8%。\n".encode(), name="report.txt"))
    facts = resolved.facts
    assert facts.title == "奇台县2025年国民经济和社会发展统计综述" and facts.reference_period == "2025"
    assert [(str(o.value), o.period) for o in facts.observations] == [("8642000000", "2025")]


def test_a_provincial_papers_own_report_on_a_meeting_held_in_a_city() -> None:
    page = ("<html><head><title>全区民政工作会议在银川召开</title><meta name='sitename' content='宁夏日报数字报'>"
            "</head><body><div class='bar'>宁夏日报　2026年1月17日　第02版：要闻</div>"
            "<h1>全区民政工作会议在银川召开</h1><div class='content'><p>1月16日，全区民政工作会议在银川召开。"
            "会议指出，截至2025年底，全区共有城乡低保对象32.6万人，特困人员2.86万人，全区养老机构床位达到4.1万张。"
            "会议强调，2026年全区民政系统要持续兜牢民生底线，推动养老服务提质增效。</p></div></body></html>")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="page.html"))
    assert resolved.facts.focus_region == "640000"  # (宁夏, the paper's own region: not 银川, where it was held)


def test_the_years_plan_and_task_in_a_report_to_a_month() -> None:
    found = _observations("白山市民生实事进展情况\n发布时间：2025-11-12\n"
                          "　　截至10月底，15件民生实事累计完成投资10.87亿元，占年度计划投资12.6亿元的86.3%。"
                          "新建社区老年食堂40个的任务已提前完成，实际建成46个。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["1260000000"] == "2025" and periods["40"] == "2025"  # (the year's plan and task)
    assert periods["1087000000"] == periods["46"] == "2025-10"


def test_older_people_each_year_paid_an_allowance() -> None:
    found = _observations("德化县调整高龄津贴标准\n发布时间：2025-05-20\n"
                          "　　调整后，80—89周岁、90—99周岁老年人每年可分别领取高龄津贴960元、2400元。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("960", "CNY/person/year"),
                                                                     ("2400", "CNY/person/year")}


def test_a_raise_over_the_contribution_year_before() -> None:
    found = _changes("麻阳县2026年度城乡居民医保缴费提醒\n发布时间：2025-09-10\n"
                     "　　2026年度个人缴费标准为每人每年420元，比2025年度提高20元。\n")
    assert {(value, unit, base) for _i, value, unit, _p, _c, base in found if value == "20"} == {
        ("20", "CNY/person/year", "2025")}  # (a change of the standard, in its unit: not 20 yuan of its own)


def test_an_epaper_page_header_over_the_title_and_the_paper_cited_below() -> None:
    resolved, _ = source_document(Source.from_bytes(
        ("光明日报\n2025年12月08日　星期一\n第13版：社会\n上一版　　下一版\n\n山乡老人有了幸福晚年\n\n"
         "　　景宁畲族自治县全县建成村级老年食堂126个。\n\n《 光明日报 》（ 2025年12月08日　 13 版）\n").encode(),
        name="page.txt"))
    facts = resolved.facts
    assert facts.title == "山乡老人有了幸福晚年" and not facts.documents  # (the paper is no policy document)


def test_a_plan_issued_after_its_background_counts_is_of_its_own_year() -> None:
    found = _observations("国务院办公厅关于印发养老服务能力提升行动方案（2025—2027年）的通知\n发布时间：2025-11-27\n"
                          "　　截至2024年底，全国60周岁及以上老年人口3.1亿人。\n"
                          "　　主要目标：持证养老护理员达到150万人。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert periods["310000000"] == "2024" and periods["1500000"] != "2024"  # (not the background's year)


def test_a_sentence_of_changes_alone_speaks_of_the_levels_of_the_sentence_before() -> None:
    found = _changes("　　2024年，全县共有城乡低保对象12345人。与上年相比，减少321人，下降2.5%。"
                     "全年发放低保资金8600万元。同比增长3.1%。\n")
    assert found == [("发放低保资金", "86000000", "CNY", "2024", "3.1", "2023"),
                     ("城乡低保对象", "12345", "person", "2024", "-2.5", "2023"),
                     ("城乡低保对象增量", "-321", "person", "2024", None, "2023")]
    # (but not when a clause before the changes names what they are of: the regions listed there)
    found = _changes("　　2024年，全省认定登记慈善组织356家。"
                     "恩施州、神农架林区慈善组织数量增长较快，分别增长12.6%和8.3%。\n")
    assert [(value, change) for _i, value, _u, _p, change, _b in found] == [
        ("12.6", None), ("8.3", None), ("356", None)]


def _parts(text: str) -> list[tuple[str, str | None]]:
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    found = resolved.facts.observations
    return [(o.indicator, found[o.total].indicator if o.total is not None else None) for o in found]


def test_a_sentence_opening_with_qizhong_lists_parts_of_a_figure_of_the_sentence_before() -> None:
    found = _parts("　　2022年末，全市社会组织2004个。其中，社会团体888个、民办非企业单位1076个；基金会40个。\n")
    assert found == [("社会组织", None), ("社会团体", "社会组织"), ("民办非企业单位", "社会组织"),
                     ("基金会", "社会组织")]
    # (after a sentence of changes alone too; the parts in people only: no level in households before)
    found = _parts("　　2024年，全县共有城乡低保对象12345人。比上年减少321人。"
                   "其中，城市低保对象1000户3000人，农村低保对象9345人。\n")
    assert [total for name, total in found if name in ("城市低保对象", "农村低保对象")] == [
        None, "城乡低保对象", "城乡低保对象"]
    # not of a rate, nor when their sum exceeds the level, nor when another figure before could be their total
    assert all(total is None for _n, total in _parts(
        "　　全市固定资产投资增长4.3%。其中，工业投资增长12.8%，基础设施投资增长3.6%。\n"
        "　　全州9386名搬迁劳动力中已实现就业8905人，每个家庭至少1人就业。其中，省外务工1236人、州内就业5565人。\n"
        "　　此次复核新纳入低保15户，对收入增加的8户给予渐退期。其中，白石村、马坑村分别新纳入低保4户和3户。\n"))


def test_the_parts_of_a_rate_are_linked_but_not_summed() -> None:
    resolved, _ = source_document(Source.from_bytes(
        ("　　2024年，全市固定资产投资增长4.3%，其中工业投资增长12.8%、基础设施投资增长3.6%。"
         "全市社会组织2004个，其中社会团体888个、民办非企业单位1116个。\n").encode(), name="case.txt"))
    found = resolved.facts.observations
    totals = [found[o.total].indicator for o in found if o.total is not None]
    assert totals == ["固定资产投资增速"] * 2 + ["社会组织"] * 2
    assert [(found[c.total].indicator, c.sum_of_parts, c.consistent) for c in resolved.checks] == [
        ("社会组织", 2004, True)]


def test_a_target_year_after_a_deadline_dates_the_target() -> None:
    found = _observations("　　截至2019年5月底，全县共有留守儿童3862名。\n"
                          "　　2019年底前，在全县15个乡镇全部建成工作站；"
                          "力争到2020年底村级儿童之家覆盖率达到50%以上。\n")
    assert ("力争到2020年底村级儿童之家覆盖率", "50", "percent", "000000", "2020") in found


def test_figures_after_a_bare_verb_count_what_the_clause_before_counted() -> None:
    found = _observations("　　截至2019年5月底，全县共有留守儿童3862名；三江镇、茅坪镇分别有391名和357名。"
                          "全县15个乡镇均明确民政干部担任儿童督导员，共15名。\n")
    assert [(name, value, unit) for name, value, unit, _r, _p in found if unit == "person"] == [
        ("儿童督导员", "15", "person"), ("留守儿童", "357", "person"), ("留守儿童", "3862", "person"),
        ("留守儿童", "391", "person")]


def test_a_level_a_review_starts_from_without_a_year_is_of_the_year_the_first_one_started() -> None:
    found = _observations("“十三五”时期工作回顾\n　　2020年，地区生产总值由2015年的118.7亿元增加到2020年的186.4亿元，"
                          "年均增长7.3%；一般公共预算收入由12.35亿元增加到19.62亿元。\n")
    assert {(name, value, period) for name, value, unit, _r, period in found if unit == "CNY"} == {
        ("地区生产总值", "11870000000", "2015"), ("地区生产总值", "18640000000", "2020"),
        ("一般公共预算收入", "1235000000", "2015"), ("一般公共预算收入", "1962000000", "2020")}


def test_a_noun_compared_with_last_year_then_a_net_or_plain_change_is_the_change_of_what_it_names() -> None:
    found = _changes("　　2024年，全市低保对象人数较上年末减少0.86万人，养老机构比上年净增12家，"
                     "低保资金比上年增加1.2亿元；城市低保标准比上年增加50元。\n")
    assert found[:3] == [("低保对象人数增量", "-8600", "person", "2024", None, "2023"),
                         ("低保资金增量", "120000000", "CNY", "2024", None, "2023"),
                         ("养老机构增量", "12", "institution", "2024", None, "2023")]
    assert found[3][0] == "城市低保标准比上年增加"  # (a standard raised by yuan: the unit of the standard, as before)


def test_now_after_last_year_in_a_sentence_dates_what_follows_it_now() -> None:
    found = _observations("　　截至2021年9月底，全市共有养老机构56家。海口市智慧养老服务平台去年底上线，"
                          "目前已有8.6万名老年人在平台登记，今年以来派发服务工单12.8万单，群众满意率达到98.6%。\n")
    assert {period for _n, _v, _u, _r, period in found} == {"2021-09"}
    # (but 今年以来 after this year's months goes on with them)
    found = _observations("　　2025年1—11月，全市累计发放补贴资金7965.3万元；今年以来新纳入补贴对象2860人。\n")
    assert {period for _n, _v, _u, _r, period in found} == {"2025-11"}


def test_a_place_a_figure_ranks_in_is_not_where_it_is() -> None:
    found = _observations("白山市2026年一季度社会救助工作综述\n　　截至2026年3月底，全市共有低保对象3.2万人。"
                          "临江市在全市率先为612名分散供养特困人员购买上门照料服务。\n")
    assert {(value, region) for _n, value, _u, region, _p in found} == {("32000", "220600"), ("612", "220681")}


def test_a_digests_paragraph_labelled_by_its_place_is_about_it() -> None:
    found = _observations("白山市2026年一季度社会救助工作综述\n　　截至2026年3月底，全市共有低保对象3.2万人。\n"
                          "【抚松县】推行“物质+服务”救助模式，一季度为426户低保、特困家庭提供服务1860人次。\n")
    assert {(value, region) for _n, value, _u, region, _p in found} == {
        ("32000", "220600"), ("426", "220621"), ("1860", "220621")}


def test_the_whole_years_need_after_this_year_is_the_years() -> None:
    found = _observations("　　截至2026年3月底，全市共有低保对象3.2万人。市民政局负责人介绍，"
                          "今年城乡低保和特困人员供养标准提高后，全年需新增资金约1600万元。\n")
    assert ("需新增资金", "16000000", "CNY", "000000", "2026") in found


def test_an_inspections_own_work_is_dated_by_when_it_was_done() -> None:
    found = _observations(
        "关于检查《中华人民共和国老年人权益保障法》实施情况的报告\n"
        "　　截至2025年8月底，全县共有养老机构12家。\n"
        "　　根据县人大常委会2025年度监督工作计划，为推动老年人权益保障法在我县全面有效实施，8月中旬至9月上旬，"
        "县人大常委会组成执法检查组，对全县实施情况进行了检查。检查组召开座谈会6场，发放调查问卷1260份。\n")
    assert {(value, period) for _n, value, _u, _r, period in found} == {
        ("12", "2025-08"), ("6", "2025-09"), ("1260", "2025-09")}


def test_a_span_of_parts_of_months_is_when_something_was_done() -> None:
    from policy_graph.extract.clauses import find_periods

    text = "8月中旬至9月上旬，县人大常委会组成执法检查组；7月至9月，全县"
    assert [(p.kind, p.value) for p in find_periods(text)] == [("during", "09"), ("month", "09")]


def test_a_paragraph_goes_on_with_the_year_and_months_its_sentence_opened_with() -> None:
    found = _observations("　　2024年，全县发放两项补贴资金1648.6万元。2025年1—10月，全县累计发放两项补贴资金"
                          "1515.82万元。其中，生活补贴资金597.36万元。10月份，两项补贴发放金额达到158.17万元。\n")
    assert [(value, period) for _n, value, _u, _r, period in sorted(found, key=lambda o: o[1])] == [
        ("15158200", "2025-10"), ("1581700", "2025-10"), ("16486000", "2024"), ("5973600", "2025-10")]


def test_a_year_that_says_which_ones_after_the_sentences_own_time_does_not_date_the_figure() -> None:
    found = _observations("　　截至2025年9月底，全县共有优抚对象1200人。\n"
                          "　　9月份，为2025年上半年入伍的86户义务兵家庭发放优待金120.4万元。\n")
    assert {(value, period) for _n, value, _u, _r, period in found} == {
        ("1200", "2025-09"), ("86", "2025-09"), ("1204000", "2025-09")}


def test_what_one_gets_a_month_said_in_kuai_after_a_long_subject() -> None:
    found = _observations("　　截至2025年10月底，全县共有幸福食堂86个。"
                          "马奶奶说：“一个月低保金和养老金加起来有一千二百多块，儿媳妇在帮扶车间缝手套，一个月两千来块。”\n")
    assert {(value, unit) for _n, value, unit, _r, _p in found} == {
        ("86", "count"), ("1200", "CNY/person/month"), ("2000", "CNY/person/month")}


def test_a_gap_in_yuan_below_an_average_is_negative_in_the_levels_unit() -> None:
    found = _observations("　　2022年，全市城乡居民基本养老保险月人均待遇为172元，低于全区平均水平8元。"
                          "各县城市低保标准不得低于每人每月920元。\n")
    assert {(value, unit) for _n, value, unit, _r, _p in found} == {
        ("172", "CNY/person/month"), ("-8", "CNY/person/month"), ("920", "CNY/person/month")}


def test_visits_and_sessions_are_counts_and_new_years_eve_dinner_names_no_year() -> None:
    found = _observations("　　截至2026年2月底，全市检查养老机构68家次，开展送温暖活动126场次。"
                          "清新区为1260名独居老人送去年夜饭和春联。\n")
    assert {(value, unit, period) for _n, value, unit, _r, period in found} == {
        ("68", "count", "2026-02"), ("126", "count", "2026-02"), ("1260", "person", "2026-02")}


def test_counties_each_named_after_its_city_pair_with_their_figures() -> None:
    found = _observations("　　2020年，乌鲁木齐市天山区、沙依巴克区分别建成社区嵌入式养老服务中心8个和6个。"
                          "固原市西吉县、中卫市海原县农村低保对象分别为3.86万人和2.9万人。\n")
    assert {(value, region) for _n, value, _u, region, _p in found} == {
        ("8", "650102"), ("6", "650103"), ("38600", "640422"), ("29000", "640522")}


def test_a_list_of_regions_opening_a_clause_is_the_topic_of_the_clauses_after_it() -> None:
    found = _observations("财政部 民政部关于下达2023年中央财政困难群众救助补助资金的通知\n"
                          "　　截至8月31日，河北、北京、天津、吉林、黑龙江、福建6省（市）累计将2.86万名群众纳入低保，"
                          "实施临时救助31.4万人次，支出临时救助资金6.32亿元。其中，河北省实施临时救助14.8万人次。\n")
    assert {(value, region) for _n, value, _u, region, _p in found} == {
        ("28600", "000000"), ("314000", "000000"), ("632000000", "000000"), ("148000", "130000")}


def test_the_weights_funds_are_shared_out_by_are_of_the_notices_year() -> None:
    found = _observations("财政部 民政部关于下达2023年中央财政困难群众救助补助资金的通知\n发布时间：2023-09-12\n"
                          "　　截至8月31日，全国共有低保对象4000万人。\n"
                          "　　本批资金按照因素法分配，分配因素包括受灾情况、困难群众数量和地方财力状况，"
                          "权重分别为60%、30%和10%。\n")
    assert {(value, period) for _n, value, unit, _r, period in found if unit == "percent"} == {
        ("60", "2023"), ("30", "2023"), ("10", "2023")}


def test_a_years_level_said_in_passing_dates_its_own_clause_only() -> None:
    found = _observations("2022年度人力资源和社会保障事业发展统计公报\n"
                          "　　全国城镇调查失业率平均值为5.6%，2021年为5.1%；年末全国城镇调查失业率为5.5%。\n")
    assert {(value, period) for _n, value, _u, _r, period in found} == {
        ("5.6", "2022"), ("5.1", "2021"), ("5.5", "2022")}


def test_firms_counted_by_hu_are_a_count_not_households() -> None:
    found = _observations("　　2022年，全国有12.80万户企业建立企业年金，新登记市场主体2160户，全县农户1.2万户。\n")
    assert {(value, unit) for _n, value, unit, _r, _p in found} == {
        ("128000", "count"), ("2160", "count"), ("12000", "household")}


def test_months_listed_with_fenbie_date_one_figure_each_and_a_hotline_is_no_count() -> None:
    found = _observations("　　2026年一季度，全市城镇新增就业6324人，"
                          "1月份、2月份和3月份分别新增就业1862人、2052人和2410人。"
                          "全市检查用人单位412户，12333人社服务热线共接听群众来电2.1万个。\n")
    assert {(value, unit, period) for _n, value, unit, _r, period in found} == {
        ("6324", "person", "2026-03"), ("1862", "person", "2026-01"), ("2052", "person", "2026-02"),
        ("2410", "person", "2026-03"), ("412", "count", "2026-03"), ("21000", "count", "2026-03")}


def test_a_bracket_of_parts_after_a_change_holds_parts_not_changes() -> None:
    found = _changes("　　截至2018年底，全区依法登记社会组织24826个，"
                     "比上年增长7.3%（其中：社会团体11214个、基金会222个）。\n")
    assert found == [("依法登记社会组织", "24826", "organization", "2018", "7.3", "2017"),
                     ("基金会", "222", "organization", "2018", None, None),
                     ("社会团体", "11214", "organization", "2018", None, None)]


def test_loans_courses_kinds_and_tables_are_counted() -> None:
    found = _observations("　　2025年，全市发放个人住房公积金贷款1.12万笔，开展养老护理员技能培训42期，"
                          "中成药1396种纳入医保目录，婚宴平均桌数减少至18桌。\n")
    assert {(value, unit) for _n, value, unit, _r, _p in found} == {
        ("11200", "count"), ("42", "count"), ("1396", "count"), ("18", "count")}


def test_growths_said_respectively_of_places_named_after_other_levels_are_their_own() -> None:
    found = _changes("　　2025年上半年，南昌、新余、景德镇城镇居民人均可支配收入居全省前三位，"
                     "分别为28612元、27930元和27145元；"
                     "赣州、吉安、上饶农村居民人均可支配收入增速居全省前列，分别增长7.1%、6.9%和6.8%。\n")
    assert [value for _n, value, unit, _p, _c, _b in found if unit == "percent"] == ["6.8", "6.9", "7.1"]
    assert all(change is None for _n, _v, _u, _p, change, _b in found)


def test_a_level_a_paragraph_reviewing_five_years_started_from_is_of_five_years_before() -> None:
    found = _observations("　　“十四五”时期，是武威发展极不平凡的五年。五年来，全市民生支出持续增长。"
                          "城乡低保标准分别由每人每月620元、每人每年4500元提高到840元、6120元。\n")
    assert {(value, period) for _n, value, _u, _r, period in found} == {
        ("620", "2020"), ("4500", "2020"), ("840", "2025"), ("6120", "2025")}


def test_the_year_a_level_rose_from_dates_that_level_only() -> None:
    # 由2015年的…: the start level's year, not that of the level reached nor of the clauses after it; 扩大到 and
    # 增至 reach a level as 增加到 does
    found = _observations("石楼县人民政府工作报告\n——2021年1月22日\n　　五年来，全县地区生产总值由2015年的21.6亿元"
                          "增加到31.2亿元；累计完成固定资产投资126亿元。红心猕猴桃种植面积由2015年的12万亩扩大到38万亩，"
                          "养老床位由2015年的2100张增至3800张。\n")
    assert {(indicator, value, period) for indicator, value, _u, _r, period in found} == {
        ("地区生产总值", "2160000000", "2015"), ("地区生产总值", "3120000000", "2020"),
        ("固定资产投资", "12600000000", "2020"), ("红心猕猴桃种植面积", "120000", "2015"),
        ("红心猕猴桃种植面积", "380000", "2020"), ("养老床位", "2100", "2015"), ("养老床位", "3800", "2020")}


def test_the_five_years_ahead_are_dated_by_their_last() -> None:
    # 今后五年，… in a report of 2021: the goals of 2021-2025, an average growth over them from 2020
    found = _observations("石楼县人民政府工作报告\n——2021年1月22日在石楼县第十六届人民代表大会第五次会议上\n"
                          "二、今后五年主要目标\n　　今后五年，力争地区生产总值年均增长7%以上。\n")
    assert [(indicator, value, period) for indicator, value, _u, _r, period in found] == [
        ("力争地区生产总值年均增速", "7", "2025")]


def test_a_year_the_text_plans_for_is_not_the_year_it_reports_on() -> None:
    # a review of 2021 that ends with 2022年，全市将…: its undated figures are 2021's (the years tie once each)
    found = _observations("宁德民政工作回顾\n\n2021年，宁德市民政系统持续加强兜底保障。\n\n"
                          "年末全市城乡低保对象5.12万人。\n\n2022年，全市将新增养老床位1000张以上。\n")
    assert ("城乡低保对象", "51200", "person", "350900", "2021") in found


def test_the_name_of_a_set_of_pledges_is_no_count() -> None:
    # 十件重点民生实事, 十项惠民实事, 十件为民办实事: which pledges, not how many of something
    found = _observations("永州市政府工作报告\n2024年，十件重点民生实事全部办结，十项惠民实事如期完成，"
                          "十件为民办实事事项全部落地，新建养老床位1200张。\n")
    assert found == [("新建养老床位", "1200", "bed", "431100", "2024")]


def test_a_count_of_what_has_something_counts_the_haver() -> None:
    # 7所敬老院共有床位860张: seven homes (institutions), not seven beds, nor homes "that have 860 beds"
    found = _observations("孟村回族自治县民政局动态\n截至2018年5月底，全县7所敬老院共有床位860张。\n")
    assert ("敬老院", "7", "institution", "130930", "2018-05") in found


def test_each_level_a_list_of_raises_reached_is_in_the_unit_of_the_one_it_rose_from() -> None:
    # 分别由每人每月五百八十元、每人每年四千五百元提高到七百六十元、五千九百四十元: a month's, then a year's
    found = _observations("开原市人民政府工作报告\n——2026年1月9日在开原市第十八届人民代表大会第五次会议上\n"
                          "　　五年来，城乡低保标准分别由每人每月五百八十元、每人每年四千五百元提高到七百六十元、"
                          "五千九百四十元。\n")
    assert {(value, unit, period) for _i, value, unit, _r, period in found} == {
        ("580", "CNY/person/month", "2020"), ("4500", "CNY/person/year", "2020"),
        ("760", "CNY/person/month", "2025"), ("5940", "CNY/person/year", "2025")}


def test_a_quotes_figures_are_of_the_place_its_speaker_is_said_to_be_in() -> None:
    # “…200块钱…”在遂川县泉江镇…李奶奶笑着说: the county of the scene, not the city the text is about; not where the
    # sentence after the quote says no one said it
    found = _observations("吉安市民政局\n2025年10月，全市颐养之家达到3860个。“每个月交200块钱伙食费，一日三餐有人管。”"
                          "在遂川县泉江镇一个颐养之家，82岁的李奶奶笑着说。“老人每月补助300元，日子好过多了，一日三餐有人管。”"
                          "遂川县建成食堂12个。\n")
    assert ("每个月交", "200", "CNY/person/month", "360827", "2025") in found
    assert ("颐养之家", "3860", "count", "360800", "2025-10") in found
    assert [region for _i, value, _u, region, _p in found if value == "300"] == ["360800"]


def test_a_raise_of_the_urban_or_the_rural_standard_is_in_the_unit_of_its_half_of_a_pair() -> None:
    # 城乡低保标准…每人每月590元和每人每年5100元 … 城市、农村低保标准分别再提高20元和240元: a month's, a year's
    found = _observations("石楼县人民政府工作报告\n——2021年1月22日\n　　2020年，城乡低保标准分别提高到每人每月590元和"
                          "每人每年5100元。\n　　2021年，城市、农村低保标准分别再提高20元和240元。\n")
    assert {(value, unit) for _i, value, unit, _r, period in found if period == "2021"} == {
        ("20", "CNY/person/month"), ("240", "CNY/person/year")}


def test_a_target_due_by_the_end_of_a_month_is_the_years() -> None:
    # 确保3月底前…发放率达到100%: a target of the year, as 2025年3月底前 is (a deadline, not the month it reports on)
    found = _observations("牡丹江市民政局\n截至2025年1月底，全市冬春救助资金已发放1.2亿元。"
                          "市民政局表示，确保3月底前冬春救助资金发放率达到100%。\n")
    assert [(value, period) for _i, value, unit, _r, period in found if unit == "percent"] == [("100", "2025")]


def test_raises_of_a_pair_of_standards_take_the_units_of_the_last_pair_given() -> None:
    # 由每人每月580元、每人每年4500元提高到760元、5940元 … 分别再提高20元和240元: a month's, then a year's
    found = _observations("开原市人民政府工作报告\n——2026年1月9日\n　　五年来，城乡低保标准分别由每人每月580元、"
                          "每人每年4500元提高到760元、5940元。\n　　2026年，城乡低保标准分别再提高20元和240元。\n")
    assert {(value, unit) for _i, value, unit, _r, period in found if period == "2026"} == {
        ("20", "CNY/person/month"), ("240", "CNY/person/year")}


def test_regions_paired_with_figures_include_an_autonomous_county_by_its_short_name() -> None:
    found = _observations("毕节市民政局\n2022年，威宁自治县、七星关区农村留守儿童较多，分别为2.36万名和1.84万名。\n")
    assert [(value, region) for _i, value, _u, region, _p in found] == [("18400", "520502"), ("23600", "520526")]


def test_a_straight_quote_after_the_end_of_a_sentence_closes_it() -> None:
    # "…不愁了。"在东宁市绥阳镇，…说。: the closing " belongs to the quote, so the sentence after it says who spoke
    found = _observations('牡丹江市民政局\n2025年1月，全市发放冬春救助资金1.2亿元。'
                          '"政府给的取暖补贴有1200块，今年烧煤不愁了。"在东宁市绥阳镇，独居老人王大爷说。\n')
    assert [region for _i, value, _u, region, _p in found if value == "1200"] == ["231086"]


def test_one_figure_for_each_of_the_nouns_listed_before_both() -> None:
    # …生活补贴和…护理补贴标准均提高到每人每月90元: each standard's level; not 平均提高到 (an average), nor a list
    # before no 均
    found = _observations("百色市民政局\n2023年11月，困难残疾人生活补贴和重度残疾人护理补贴标准均提高到每人每月90元。"
                          "城市和农村低保标准平均提高到每人每月800元。\n")
    assert sorted((indicator, value) for indicator, value, _u, _r, _p in found if value == "90") == [
        ("困难残疾人生活补贴标准", "90"), ("重度残疾人护理补贴标准", "90")]
    assert [value for _i, value, _u, _r, _p in found].count("800") == 1


def test_a_scene_on_a_named_day_dates_its_paragraph_and_those_that_go_back_to_it() -> None:
    # 10月23日是重阳节。…: that month for the paragraph, and for a later one that opens 当天，…; not for one between
    found = _observations("五华：长者饭堂飘饭香\n2023-10-25 09:18　来源：梅州日报\n"
                          "　　10月23日是重阳节。一份套餐标价12元，80周岁以上老人只需付6元。\n"
                          "　　截至9月底，全县60周岁以上老年人17.6万人。\n"
                          "　　当天，工作人员为前来就餐的150多位老人送上节日祝福。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("12", "2023-10"), ("6", "2023-10"), ("176000", "2023-09"), ("150", "2023-10")}


def test_a_years_work_plan_is_on_that_year_whatever_its_background_runs_to() -> None:
    # 2026年民政工作要点 with 截至2025年底 in its preamble: its undated items are 2026's
    found = _observations("南平市民政局2026年民政工作要点\n\n2026年是开局之年。"
                          "截至2025年底，全市共有养老机构120家。\n\n一、兜牢基本民生底线\n\n1.新增家庭养老床位500张。\n")
    assert ("新增家庭养老床位", "500", "bed", "350700", "2026") in found


def test_a_raise_of_both_standards_takes_the_units_of_the_urban_and_the_rural_one() -> None:
    # 城市低保平均标准…每人每月852元，农村低保平均标准…每人每年5960元 … 城乡低保标准要分别再提高30元和300元
    found = _observations("在全区2026年民政工作会议上的讲话\n　　2025年，城市低保平均标准达到每人每月852元，"
                          "农村低保平均标准达到每人每年5960元。\n"
                          "　　2026年，全区城乡低保标准要分别再提高30元和300元，"
                          "城乡低保平均标准分别再提高20元和240元。\n")
    assert {(value, unit) for _i, value, unit, _r, period in found if period == "2026"} == {
        ("30", "CNY/person/month"), ("300", "CNY/person/year"), ("20", "CNY/person/month"),
        ("240", "CNY/person/year")}


def test_a_paragraph_that_opens_with_days_of_one_month_is_of_that_month() -> None:
    # 7月17日至23日，全市…受灾: the flood's month, not the month the report's data run to (截至8月底)
    found = _observations("卫辉市民政局\n关于特大暴雨灾害困难群众救助工作情况的报告\n\n一、灾情基本情况\n"
                          "7月17日至23日，全市受灾人口38.6万人。\n二、救助工作\n截至8月底，全市发放救助资金3860万元。\n\n"
                          "卫辉市民政局\n2021年9月2日\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {("386000", "2021-07"), ("38600000", "2021-08")}


def test_the_months_a_texts_data_run_to_are_of_its_year_after_a_past_year() -> None:
    # 2022年，…。1—5月，…: in a page of 2023 whose data run to 截至5月底, this year's months, not 2022's
    found = _observations("旬阳市织密困境儿童关爱保护网\n2023-06-02 18:30\n截至5月底，全市共有孤儿186名。\n"
                          "2022年，全市共资助14名孤儿圆了大学梦。1—5月，为困境儿童实施医疗救助126人次。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("186", "2023-05"), ("14", "2022"), ("126", "2023-05")}


def test_a_features_sections_headed_by_a_place_are_about_it() -> None:
    # 河北：… / 湖南：…, under a headline listing both: each section's 全省 is its province
    found = _observations("老有所养 幸福可期\n——河北、湖南两省农村养老服务见闻\n新华社北京12月6日电\n\n"
                          "河北：互助幸福院里笑声多\n截至2024年10月底，全省已建成农村互助幸福院5.2万个。\n\n"
                          "湖南：助餐点开到家门口\n截至2024年10月底，全省新建农村老年助餐点2860个。\n")
    assert {(value, region) for _i, value, _u, region, _p in found} == {("52000", "130000"), ("2860", "430000")}


def test_a_list_of_raises_from_a_years_levels_dates_each_level_reached_by_the_end_of_the_span() -> None:
    # 分别由2011年的每人每月…、每人每年…提高到每人每月510元、每人每年3400元: both reached in 2016, in a review of
    # five years given in 2017; 提高到2025年的…: the year the levels reached name themselves
    found = _observations("绥化市人民政府工作报告\n——2017年1月10日\n　　五年来，城乡低保标准分别由2011年的每人每月"
                          "三百二十元、每人每年二千一百元提高到每人每月五百一十元、每人每年三千四百元。\n")
    assert {(value, unit, period) for _i, value, unit, _r, period in found} == {
        ("320", "CNY/person/month", "2011"), ("2100", "CNY/person/year", "2011"),
        ("510", "CNY/person/month", "2016"), ("3400", "CNY/person/year", "2016")}


def test_a_sentence_that_says_what_a_year_is_dates_its_paragraph() -> None:
    # 2020年是脱贫攻坚收官之年。…确保…达到30张: that year's target, not the year the text reports on (截至2019年底)
    found = _observations("贵州省民政厅\n截至2019年底，全省共有社会组织13628个。\n"
                          "2020年是脱贫攻坚收官之年。省民政厅提出，要确保每千名老年人拥有养老床位达到30张。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {("13628", "2019"), ("30", "2020")}


def test_a_bare_ten_thousands_before_registered_poor_people_counts_people() -> None:
    # 五十六点三万建档立卡低收入人口脱贫: people (建档立卡 before the people it qualifies), not a count of things
    found = _observations("江苏省政府工作报告\n——2019年1月15日\n"
                          "　　过去一年，全年实现五十六点三万建档立卡低收入人口脱贫。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found] == [("563000", "person")]


def test_a_time_average_of_a_pair_is_each_ones_and_keeps_its_name() -> None:
    text = ("2019年前三季度，山东省临时救助12.3万人次。"
            "东营市、威海市次均救助水平较高，分别达到3126元和2987元。\n")
    found = {value: (indicator, unit, region) for indicator, value, unit, region, _period in _observations(text)}
    # 次均 is an average per time of assistance: the second of the pair is one too, though far from the word
    assert found["3126"][1:] == ("CNY/person-time", "370500") and found["2987"][1:] == ("CNY/person-time", "371000")
    assert found["2987"][0].startswith("次均救助水平")  # not 救助水平 said of both, with 均 read as "both"


def test_a_verdict_counted_by_jia_counts_what_the_text_last_counted() -> None:
    text = ("2024年，全市应参加年检的社会组织412家，实际参检386家。\n"
            "　　经审查，年检结论为“合格”的342家、“基本合格”的31家，依法撤销登记3家。\n"
            "　　全市引进企业21家，其中合格的5家。\n")
    units = {value: unit for _indicator, value, unit, _region, _period in _observations(text)}
    assert units["342"] == units["31"] == units["3"] == "organization"  # the organizations of the paragraph before
    assert units["21"] == units["5"] == "count"  # firms, named: and the verdict after them is of the firms


def test_a_count_that_names_nothing_counts_what_its_sentence_counted_before_it() -> None:
    text = ("2025年，全县新建农村互助幸福院8所，总数达到86所，其中正常运营的79所。"
            "新增家庭养老照护床位420张，累计达到1286张。引进企业21家，其中今年新建的5家。\n"
            "　　全县养老机构12个。逐步在小区设置平价蔬菜超市，年内完成20个。\n")
    units = {value: unit for _indicator, value, unit, _region, _period in _observations(text)}
    assert units["8"] == units["86"] == units["79"] == "institution"
    assert units["420"] == units["1286"] == "bed"
    assert units["21"] == units["5"] == "count"  # firms, named, and some of them
    assert units["20"] == "count"  # a sentence after the count of homes, naming another thing before it


def test_a_january_review_says_last_year_and_a_scene_in_a_month_dates_its_paragraph() -> None:
    text = ("江西安远：临时救助托起困难群众稳稳的幸福\n\n2022/01/18 11:42　来源：赣南日报\n\n"
            "　　去年9月的一天，欣山镇居民钟大姐的丈夫住进医院。镇里当天就为她家发放临时救助金二千元。\n\n"
            "　　2021年，安远县共实施临时救助五千八百六十二人次。全县发放救助资金四百二十六万元。\n\n"
            "　　去年，他在工地摔伤了腿。今年，安远县将实施临时救助不少于六千人次。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    # published in January 2022, naming 2021 and 去年 more often than 今年: a review of 2021
    assert periods["5862"] == periods["4260000"] == "2021"
    assert periods["2000"] == "2021-09"  # the scene's month, 去年 of the page's year
    assert periods["6000"] == "2022"  # 今年: the page's own year


def test_headings_naming_a_year_alone_or_a_plans_achievements_date_their_sections() -> None:
    text = ("东台日报　2026年1月14日　星期三　第2版：要闻\n\n为民办实事　共绘幸福新图景\n——市政府工作报告民生篇摘编\n\n"
            "【回顾2025】\n\n　　过去一年，东台市城镇新增就业一万二千三百人。\n\n"
            "【“十四五”成就】\n\n　　五年来，累计新增城镇就业六万一千人。\n\n"
            "【展望2026】\n\n　　城镇新增就业一万二千人以上。\n")
    found = {value: (period, "target" in qualifiers)
             for _indicator, value, _unit, _region, period, qualifiers in _with_qualifiers(text)}
    assert found["12300"] == ("2025", False) and found["61000"] == ("2025", False)  # (the plan's last year)
    assert found["12000"] == ("2026", True)


def test_a_place_naming_a_firm_or_an_association_of_its_people_is_not_where_its_figure_is() -> None:
    text = ("2024年新会区“6·30”广东扶贫济困日活动\n\n"
            "　　2024年，新会区各界共认捐善款4862万元。香港新会商会、澳门新会同乡会等社团共认捐善款1860万元。"
            "江门农商银行认捐200万元。全市行业协会商会126家。\n")
    regions = {value: region for _indicator, value, _unit, region, _period in _observations(text)}
    # who gives is named by a place (香港, 澳门, 江门): the money is the district's campaign's
    assert regions["18600000"] == regions["2000000"] == "440705"
    assert regions["126"] == "440700"  # (行业协会商会: a kind of organization counted in its place)


def test_names_and_activities_are_no_villages_and_boundary_markers_are_counted() -> None:
    text = ("2023年，全州新命名、更名乡村地名1260条，其中千年古村落名32条；举办地名文化进社区活动23场；"
            "检查界桩62颗，修复损坏界桩5颗。全州共有行政村2679个，划分城乡社区网格1862个。\n")
    units = {value: unit for _indicator, value, unit, _region, _period in _observations(text)}
    assert units["1260"] == units["32"] == units["23"] == units["62"] == units["5"] == units["1862"] == "count"
    assert units["2679"] == "village"
    roads = {value: unit for _indicator, value, unit, _region, _period in _observations(
        "2024年7月，全市已抢通县乡道路36条，全省累计抢通受损国省干线和农村公路186条。\n")}
    assert roads == {"36": "count", "186": "count"}  # (roads, not townships or villages)
    towns = {value: unit for _indicator, value, unit, _region, _period in _observations(
        "河南省强降雨灾情\n2025年7月24日\n截至7月23日，强降雨共造成5市28个县（市、区）213个乡镇（街道）48.36万人受灾。\n")}
    assert towns["213"] == "township" and towns["483600"] == "person"  # (the next count begins after the towns)
    places = {value: unit for _indicator, value, unit, _region, _period in _observations(
        "神木市政府工作报告\n2025年1月\n2024年，新增城镇学位四千六百个。\n")}
    assert places == {"4600": "count"}  # (城镇: towns and cities, no township)


def test_towns_that_formed_a_team_are_counted_as_towns() -> None:
    units = {value: (unit, indicator) for indicator, value, unit, _region, _period
             in _observations("2025年，儋州市有15个镇组建了助残志愿服务队。\n")}
    assert units["15"] == ("township", "组建助残志愿服务队的镇")  # (not the team, whose name ends the phrase)


def test_a_five_year_plans_chapters_are_of_the_plan_before_and_of_its_own_last_year() -> None:
    text = ("勉县“十五五”民政事业发展规划\n\n第一章　发展基础\n\n"
            "　　“十四五”时期，全县民政事业取得新进展。\n"
            "　　全县196个村（社区）全部建成综合服务设施。登记社会组织236家。\n\n"
            "第三章　主要任务\n\n　　实施特殊困难老年人家庭适老化改造1500户，培训养老护理员3000人次。"
            "省级财政按不超过总投资的80%给予补助。\n\n勉县人民政府办公室\n2026年3月6日\n")
    found = {value: (period, "target" in qualifiers)
             for _indicator, value, _unit, _region, period, qualifiers in _with_qualifiers(text)}
    assert found["196"] == found["236"] == ("2025", False)  # what the plan builds on: the last plan's last year
    assert found["1500"] == found["3000"] == ("2030", True)  # its tasks: targets for its own last year
    assert found["80"] == ("2026", False)  # a rule it sets: the year it is issued in


def test_a_transcripts_turns_speak_for_their_speakers_county_and_month() -> None:
    text = ("凉山州易地扶贫搬迁后续扶持工作新闻发布会\n时　间：2022年8月18日\n"
            "发布人：州人力资源和社会保障局副局长　王建平\n　　　　昭觉县人民政府副县长　曲比阿果\n\n"
            "王建平：\n　　谢谢。我说一下截至7月底的情况。全州农村劳动力转移输出122.3万人。\n"
            "　　我们在佛山、宁波设立了驻外劳务工作站12个。\n\n"
            "凉山日报记者：\n　　请问曲比副县长，沐恩邸社区的情况如何？\n\n"
            "曲比阿果：\n　　谢谢。截至6月底，沐恩邸社区安置搬迁群众1428户。\n"
            "　　从全县看，今年以来外出务工的超过一万六千人。\n")
    found = {value: (region, period) for _indicator, value, _unit, region, period in _observations(text)}
    assert found["12"] == ("513400", "2022-07")  # (the prefecture's bureau, to the month its speaker said)
    assert found["1428"] == found["16000"] == ("513431", "2022-06")  # the county's deputy head: its figures
    live = ("延边州2024年前三季度就业和社会保障工作新闻发布会\n2024年10月24日\n10:25\n"
            "【州残疾人联合会副理事长　金光日】\n我说的都是上半年的情况。截至6月底，全州持证残疾人11.26万人。\n"
            "我们还为六百四十名残疾人开展了职业技能培训。\n10:34\n【珲春市人民政府副市长　李春林】\n"
            "今年1到9月，城镇新增就业6120人。\n目前开发公益性岗位四百八十个。\n")
    found = {value: (region, period) for _indicator, value, _unit, region, period in _observations(live)}
    assert found["640"] == ("222400", "2024-06") and found["480"] == ("222404", "2024-09")  # (a live text's)


def test_a_press_conference_on_last_year_and_this_years_first_weeks() -> None:
    text = ("固原市巩固拓展脱贫攻坚成果新闻发布会文字实录\n发布时间：2023-02-17\n"
            "　　2月16日上午，市政府新闻办召开新闻发布会，介绍2022年全市巩固拓展脱贫攻坚成果有关情况。\n"
            "　　截至2022年底，全市累计识别监测对象1.36万户。\n　　全市特困人员将近四千人。\n"
            "　　今年一开年，我们就启动了“春风行动”。截至2月15日，全市已经举办各类招聘会二十三场。\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["13600"] == found["4000"] == "2022"  # (the year it is on, not the day it was held)
    assert found["23"] == "2023-02"  # (this year's February, the sentence before said)


def test_a_text_on_adjusting_a_standard_is_of_the_year_the_standard_is_set_for() -> None:
    text = ("一图读懂丨吕梁市调整高龄老年人津贴标准\n发布时间：2024-09-26\n"
            "　　截至2024年8月底，全市80周岁及以上老年人98636人。\n"
            "　　100周岁及以上老年人百岁长寿补贴提高到每人每年6000元。调整后全市每年需发放高龄津贴约6720万元。\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["98636"] == "2024-08" and found["6000"] == found["67200000"] == "2024"


def test_a_text_saying_a_standard_was_raised_is_of_the_year_it_is_raised_for() -> None:
    text = ("一图读懂丨2026年三门峡市城乡低保标准提高了\n发布时间：2025-12-29\n"
            "　　截至2025年11月底，全市共有城乡低保对象4.16万人。\n"
            "　　决定自2026年1月1日起提高全市城乡低保标准。提标后，全市城市低保平均标准达到每人每月800元。\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["41600"] == "2025-11" and found["800"] == "2026"


def test_rules_said_with_in_principle_and_a_raised_limit_are_the_policys_years() -> None:
    text = ("海东市临时救助实施细则政策问答\n发布时间：2025-10-15\n"
            "　　截至9月底，全市累计实施临时救助1.2万人次。\n"
            "　　每个乡镇（街道）备用金原则上不少于3万元。乡镇（街道）临时救助审批额度由2000元提高到5000元。\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["12000"] == "2025-09" and found["30000"] == found["5000"] == "2025"


def test_a_list_of_new_rules_ends_at_the_next_question() -> None:
    text = ("梅州惠民殡葬新政明年起实施\n发布时间：2025-11-26\n"
            "问：新政有哪些变化？\n答：《办法》自2026年1月1日起施行，主要有以下变化：\n"
            "一是提高减免标准，每具遗体最高减免1200元。\n"
            "问：下一步还有哪些举措？\n答：今年以来，全市检查殡葬服务机构112家次，督促整改问题23个。\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["1200"] == "2026" and found["112"][:4] == found["23"][:4] == "2025"  # (not the new rules' year)


def test_parts_of_a_total_named_only_by_their_places() -> None:
    text = ("陇南市防汛救灾工作通报\n2024年7月20日\n"
            "　　截至7月19日，市财政下拨救灾资金1000万元，其中文县300万元、武都区200万元。"
            "全市新建道路9条，其中4条实现通车。\n")
    found = {(indicator, value, region) for indicator, value, _unit, region, _period in _observations(text)}
    assert {("市财政下拨救灾资金", "3000000", "621222"), ("市财政下拨救灾资金", "2000000", "621202")} <= found
    assert not any(value == "4" for _i, value, _r in found)  # (a part said by what it did: not the total's)
    each = ("宁德市防汛救灾\n2024年7月27日\n"
            "　　市财政安排市级救灾资金1000万元，其中霞浦县、福鼎市各200万元，柘荣县、周宁县各100万元。\n")
    found = {(indicator, value, region) for indicator, value, _unit, region, _period in _observations(each)}
    assert {("市财政安排市级救灾资金", value, region) for value, region in (
        ("2000000", "350921"), ("2000000", "350982"), ("1000000", "350926"), ("1000000", "350925"))} <= found


def test_supplies_and_rescuers_sent_down_came_to_the_texts_county() -> None:
    text = ("双柏县地震灾情通报（第3号）\n2025年3月5日\n"
            "　　截至3月5日8时，楚雄州应急管理局调拨帐篷300顶、棉大衣1000件；楚雄州消防救援支队增援救援人员86人。\n")
    regions = {value: region for _indicator, value, _unit, region, _period in _observations(text)}
    assert regions["300"] == regions["1000"] == regions["86"] == "532322"  # (not the prefecture's)


def test_a_report_on_how_funds_went_sets_no_rules_and_its_tables_title_dates_it() -> None:
    text = ("关于2025年1—10月全县社会保险基金收支情况的通报\n杭人社〔2025〕86号\n"
            "　　1—10月，全县四项社会保险基金累计收入9.86亿元。\n\n上杭县人力资源和社会保障局\n2025年11月12日\n\n"
            "附件\n\n2025年1—10月全县社会保险基金收支情况表\n\n单位：万元\n"
            "险种\t本年累计收入\t期末累计结余\n失业保险\t8214\t31862\n工伤保险\t6462\t23034\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["82140000"] == found["230340000"] == "2025-10"  # (not the year a notice sets its rules for)


def test_a_quarterly_tables_month_and_year_before_columns() -> None:
    text = ("仪陇县2025年第三季度民政统计数据\n2025年10月15日\n　　2024年，全县民政事业稳步发展。\n\n"
            "表1　2025年第三季度仪陇县民政主要业务数据\n指标\t单位\t1—9月累计\t上年同期累计\n"
            "临时救助\t人次\t1126\t1058\n结婚登记\t对\t1386\t1492\n表2　2025年第三季度仪陇县民政主要业务数据（二）\n"
            "指标\t单位\t9月末\t上年同期\n特困人员\t人\t4126\t4218\n孤儿\t人\t86\t92\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["1126"] == found["4126"] == "2025-09" and found["1058"] == found["4218"] == "2024-09"


def test_a_dialogue_the_reporter_wrote_down_goes_on_with_its_scene() -> None:
    text = ("冬闲变冬忙　庭院生“金”\n绥化日报　2026年1月21日\n"
            "　　去年，全县农民人均可支配收入达到2.1万元。\n"
            "　　1月15日，惠七满族镇鲜食玉米加工车间里热气腾腾。\n"
            "　　记者：大姐，冬天在这儿干活，一天能挣多少？\n　　刘桂芬：一天能挣150块，一冬下来能挣一万多。\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["150"] == "2026-01"  # (the scene's month, not the year the text speaks of most)


def test_a_raise_column_in_yuan_beside_standards_per_person_takes_their_unit() -> None:
    text = ("张家口市调整残疾人两项补贴标准政策解读\n发布时间：2025-03-10\n"
            "　　自2025年1月1日起，全市调整两项补贴标准。\n"
            "补贴对象\t调整前标准（元/人·月）\t调整后标准（元/人·月）\t提高金额（元）\n"
            "一级重度残疾人\t100\t120\t20\n二级重度残疾人\t80\t90\t10\n")
    units = {value: unit for _indicator, value, unit, _region, _period in _observations(text)}
    assert units["20"] == units["10"] == units["120"] == "CNY/person/month"


def test_a_section_headed_as_a_review_of_five_years_dates_the_levels_risen_from() -> None:
    text = ("2022年咸丰县人民政府工作报告\n\n一、过去五年工作回顾\n\n"
            "——产业发展提质增效。茶叶面积由二十二万亩扩大到三十二万亩。\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["220000"] == "2016" and found["320000"] == "2021"  # (five years before the level reached)


def test_a_years_summary_whose_one_date_so_far_is_in_december_is_the_years() -> None:
    text = ("炉霍县民政局2025年工作总结和2026年工作计划\n发布时间：2025-12-24\n"
            "　　全年实施临时救助一千一百二十六人次。\n"
            "　　入冬以来，截至12月20日，已发放冬春救助资金三百二十八万元。\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["1126"] == "2025" and found["3280000"] == "2025-12"


def test_figures_after_a_completion_of_a_target_are_no_targets() -> None:
    text = ("东兰县民政局2025年工作总结\n发布时间：2025-12-10\n　　截至11月底，全县共有低保对象1.2万人。\n"
            "　　今年新建农村互助养老服务点42个，完成年度目标任务35个的120%，其中武篆镇、长乐镇分别新建6个和5个，"
            "全县互助养老服务点累计达到168个。\n")
    found = {value: (period, "target" in qualifiers)
             for _indicator, value, _unit, _region, period, qualifiers in _with_qualifiers(text)}
    assert found["35"] == ("2025", True)  # (the target itself)
    assert found["6"] == found["168"] == ("2025-11", False)  # (what was done, to the month the text runs to)
    assert found["120"] == ("2025-11", False)  # (how much of the target was done, the target said between)
    share = ("忻州市2026年一季度就业情况\n2026年4月15日\n"
             "　　一季度，全市城镇新增就业6838人，完成年度目标任务2.6万人的26.3%。\n")
    found = {value: (period, "target" in qualifiers)
             for _indicator, value, _unit, _region, period, qualifiers in _with_qualifiers(share)}
    assert found["26.3"] == ("2026-03", False) and found["26000"][1]


def test_a_diarys_day_headings_date_their_entries() -> None:
    text = ("【蹲点日记】草果飘香石月亮\n发布时间：2025-11-19\n\n11月10日　晴\n"
            "　　村党总支书记余建华说：“全村有286户1062人，种草果的就有210户。去年全村草果卖了186万元。”\n\n"
            "11月14日（星期五）　小雨\n"
            "　　全乡辖9个行政村。据县农业农村局统计，截至10月底，全县草果种植面积达23.2万亩。\n")
    found = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert found["286"] == found["210"] == found["9"] == "2025-11"  # (the day the entry is of, not 截至10月底)
    assert found["1860000"] == "2024" and found["232000"] == "2025-10"  # (each dated by its own words)


def test_a_plan_of_a_span_of_years_states_its_goals_for_its_last_year() -> None:
    text = ("关于印发《临夏州养老服务提升行动方案（2026—2028年）》的通知\n\n一、发展基础\n\n"
            "　　全州共建成农村互助幸福院312个。\n\n二、主要目标\n\n"
            "　　养老服务网络更加健全。\n　　——床位供给更加充足。全州养老床位总数达到6800张左右。\n\n"
            "三、重点任务\n\n　　对新建护理型床位按每张不超过2万元的标准给予补助。\n\n"
            "临夏回族自治州民政局\n2026年2月10日\n")
    found = {value: (period, "target" in qualifiers)
             for _indicator, value, _unit, _region, period, qualifiers in _with_qualifiers(text)}
    assert found["312"] == ("2025", False)  # what the plan builds on: the year before its first
    assert found["6800"] == ("2028", True)  # its goals, in a bullet under no year: for its last year
    assert found["20000"][0] == "2026"  # a rule among its tasks: from the year it is issued in


def test_places_a_project_reaches_are_what_is_counted() -> None:
    units = {value: unit for _indicator, value, unit, _region, _period
             in _observations("2020年，恭城县“童伴妈妈”项目覆盖12个村，辐射周边8个乡。\n")}
    assert units == {"12": "village", "8": "township"}  # (not the project, named before them)


def test_towns_a_service_covers_all_of_are_what_is_counted() -> None:
    found = {value: (unit, indicator) for indicator, value, unit, _region, _period in _observations(
        "2025年，实现全旗14个苏木镇（街道）老年助餐服务全覆盖，12个乡镇（街道）社工站实现全覆盖。\n")}
    assert found["14"] == ("township", "老年助餐服务全覆盖的苏木镇（街道）")  # (a place of three characters too)
    assert found["12"] == ("township", "社工站实现全覆盖的乡镇（街道）")


def test_funerals_handled_are_cases_and_a_sum_spent_without_its_unit_is_money() -> None:
    text = ("2022年，泉州市各地红白理事会参与办理丧事2.86万起，劝导群众简办丧事1.12万起。"
            "“以前村里办一场丧事，少说也得花十多万，现在按村规民约办就够了。”王大爷说。全市接待游客4677.06万人次。\n")
    units = {value: unit for _indicator, value, unit, _region, _period in _observations(text)}
    assert units["28600"] == units["11200"] == "count"  # (起 counts cases after what they are)
    assert units["100000"] == "CNY"  # 花十多万: yuan, left unsaid
    assert units["46770600"] == "person-time"


def test_a_lines_section_in_each_place_is_that_places() -> None:
    found = {value: (region, indicator) for indicator, value, _unit, region, _period in _observations(
        "2023年，甘孜州联检界线长度486公里，其中白玉县、巴塘县段分别为218公里和146公里。\n")}
    assert found["218"] == ("513331", "联检界线长度") and found["146"] == ("513335", "联检界线长度")


def test_a_short_quote_ending_its_sentence_is_speech_and_its_figures_count() -> None:
    text = ("2025年，泗洪县残联帮扶残疾人创业。在龙集镇，残疾人李明办起了螃蟹养殖场，"
            "“去年卖螃蟹挣了十二万多，今年行情更好。”全县推广“15分钟助残服务圈”，建成“助残之家”3个。\n")
    found = {value: (unit, period) for _indicator, value, unit, _region, period in _observations(text)}
    assert found["120000"] == ("CNY", "2024")  # what the speaker says, of 去年
    assert "15" not in found and found["3"][0] == "count"  # (a slogan's number is no figure)


def test_trusts_and_orders_are_counted_by_dan() -> None:
    found = {value: unit for _indicator, value, unit, _region, _period in _observations(
        "2025年，全市新设立慈善信托3单，上门服务订单1100单，12单位参加。\n")}
    assert found == {"3": "count", "1100": "count"}  # (not 12单位: a word, not a classifier)


def test_a_cooperation_pair_named_by_short_names_brings_money_and_projects_to_the_receiver() -> None:
    text = ("临沧市政府工作报告\n"
            "　　2023年，沪滇协作走深走实，上海市投入帮扶资金四点二六亿元，实施协作项目一百八十六个。\n")
    regions = {value: region for _indicator, value, _unit, region, _period in _observations(text)}
    assert regions == {"426000000": "530900", "186": "530900"}  # (in the receiver's text: the receiver's)
    giver = ("扬州市江都区政府工作报告\n　　2025年，深化苏陕协作，向陕西紫阳县拨付协作资金3200万元，"
             "支持甘肃省天水市武山县实施帮扶项目42个。\n")
    regions = {value: region for _indicator, value, _unit, region, _period in _observations(giver)}
    assert regions == {"32000000": "610924", "42": "620524"}  # in the giver's: where it went, where it helped


def test_a_level_from_the_year_before_the_one_reported_on_is_of_that_year() -> None:
    text = ("2018年益阳市国民经济和社会发展统计公报\n"
            "　　全年贫困发生率由上年的2.38%下降到1.12%；完成易地扶贫搬迁1086户。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods == {"2.38": "2017", "1.12": "2018", "1086": "2018"}  # (the year before dates that level only)


def test_a_yearly_amount_per_person_named_inside_the_noun_is_per_person_a_year() -> None:
    units = {value: unit for _indicator, value, unit, _region, _period in _observations(
        "2016年，临洮县农村低保对象年人均补助水平达到3150元，生态岗位人员人均年补助三千五百元。\n")}
    assert units == {"3150": "CNY/person/year", "3500": "CNY/person/year"}


def test_villages_a_service_covers_all_of_are_what_is_counted() -> None:
    found = {value: (unit, indicator) for indicator, value, unit, _region, _period in _observations(
        "到2027年，实现全旗83个嘎查村互助养老服务全覆盖，建成10个社区食堂。\n")}
    assert found["83"] == ("village", "互助养老服务全覆盖的嘎查村") and found["10"][0] == "count"


def test_this_city_in_a_districts_text_is_the_city_and_streets_and_towns_are_townships() -> None:
    text = ("嘉定区民政局2026年工作要点\n　　2025年，本市城乡低保标准为每人每月1510元，全区养老床位1.2万张。"
            "2026年，实现全区十二个街镇未成年人保护工作站全覆盖。\n")
    found = {value: (unit, region) for _indicator, value, unit, region, _period in _observations(text)}
    assert found["1510"] == ("CNY/person/month", "310000")  # 本市: 上海市, the city 嘉定区 lies in
    assert found["12000"] == ("bed", "310114") and found["12"] == ("township", "310114")
    # (whatever city the text named before it: a neighbour it works with)
    text = ("宁河区国民经济和社会发展计划执行情况的报告\n　　2025年，与河北省唐山市共建产业园区。"
            "落实本市城乡低保标准由每人每月1095元提高到1140元的政策。\n")
    found = {value: (unit, region) for _indicator, value, unit, region, _period in _observations(text)}
    assert found["1140"] == ("CNY/person/month", "120000")  # 本市: 天津市, not 唐山市


def test_some_of_those_counted_before_them_count_the_same_things() -> None:
    found = {value: (unit, indicator) for indicator, value, unit, _region, _period in _observations(
        "2025年7月，钟祥市遭遇强降雨，全市17个镇（街道）中有14个不同程度受灾，12个省定重点帮扶县区中有9个实现摘帽。\n")}
    assert found["17"][0] == found["14"][0] == "township" and found["14"][1] == "不同程度受灾的镇（街道）"
    assert found["9"] == ("county", "实现摘帽的省定重点帮扶县区")


def test_a_rules_own_words_in_quotes_are_figures() -> None:
    found = {value: unit for _indicator, value, unit, _region, _period in _observations(
        "2024年，越城区东浦街道新桥村村规民约明确“彩礼不超过6万元、婚宴不超过12桌”，全区推广“15分钟服务圈”。\n")}
    assert found == {"60000": "CNY", "12": "count"}  # (a slogan's number is still none)


def test_homes_counted_with_the_work_done_on_them_are_homes() -> None:
    units = {value: unit for _indicator, value, unit, _region, _period in _observations(
        "2018年，利辛县完成十二所敬老院消防和适老化改造，完成8家敬老院升级改造，完成古城民居院落保护修缮230处。\n")}
    assert units == {"12": "institution", "8": "institution", "230": "count"}  # (院落: courtyards, not homes)
    # (a first line that speaks of 适老化改造 is the text's, not a site's switch to its 适老化 mode)
    page = _observations("民政局网站　繁体版 | 无障碍 | 适老化\n2018年，利辛县完成十二所敬老院适老化改造。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in page] == [("12", "institution")]


def test_a_broadcast_scripts_paragraph_label_leaves_its_opening_time_dating_it() -> None:
    text = ("千山区：低保专项核查给困难群众吃下“定心丸”\n鞍山广播电视台 2025-08-22\n"
            "　　【正文】今年4月至6月，千山区开展城乡低保专项核查，共核查城乡低保家庭2816户。"
            "截至7月底，全区低保对象4300人。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["2816"] == "2025-06" and periods["4300"] == "2025-07"


def test_a_news_leads_credit_before_the_days_of_an_event_leaves_them_dating_it() -> None:
    text = ("寻甸：强降雨灾害救助有序推进\n发布时间：2025-08-06\n"
            "　　滇中新闻网讯（通讯员马丽娟 记者李喆）7月28日至30日，寻甸县遭遇强降雨。\n"
            "　　据县应急管理局统计，此次强降雨共造成全县受灾人口2.36万人，紧急转移安置1286人。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods == {"23600": "2025-07", "1286": "2025-07"}  # the days of the rain, not the page's month


def test_a_raise_of_a_standard_named_without_what_it_pays_is_in_that_standards_unit() -> None:
    text = ("2025年，磐石市集中养育孤儿基本生活费标准为每人每月1950元，社会散居孤儿基本生活费标准为每人每年18000元。"
            "其中，集中养育孤儿标准较上年提高100元。\n")
    units = {value: unit for _indicator, value, unit, _region, _period in _observations(text)}
    assert units["100"] == "CNY/person/month"  # (集中养育孤儿基本生活费标准: the same standard)


def test_the_words_of_a_scenes_people_in_the_paragraphs_after_it_are_of_the_scenes_month() -> None:
    text = ("“吃饭不用愁”！静乐助餐点让山区老人吃上热乎饭\n静乐民政 2025-09-20 18:05 发表于山西\n"
            "　　8月18日中午，静乐县杜家村镇西坡村的助餐点里，十几位老人围坐在一起。\n"
            "　　“现在一个月在这儿吃饭也就花一百多块，够吃饭了。”张桂兰老人笑着说。\n"
            "　　助餐点负责人刘二虎告诉我们，每天中午来吃饭的老人有四十多位。\n"
            "　　“全国通办”让群众少跑腿。全县已建成老年助餐服务点86个。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["100"] == periods["40"] == "2025-08"  # (the scene's, though their paragraphs name no day)
    assert periods["86"] == "2025-09"  # a heading's slogan in quotes is no one's words: the page's month again


def test_the_words_of_a_scenes_people_after_a_sentence_that_introduces_them() -> None:
    text = ("花垣县留守儿童关爱工作\n县融媒体中心 2024-02-06\n"
            "　　截至1月底，全县共有农村留守儿童3862人。\n"
            "　　2月4日上午，双龙镇十八洞村儿童之家里，孩子们写起了“福”字。\n"
            "　　小龙的父母常年在外打工，平时他和奶奶相依为命。“儿子一个月能挣七千多块。”奶奶当天告诉记者。\n"
            "　　全县207个村（社区）全部配备儿童主任。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["7000"] == "2024-02"  # (the scene's, after a sentence of no figure that tells who speaks)
    assert periods["3862"] == "2024-01"


def test_regions_listed_before_jun_each_have_the_figure() -> None:
    found = sorted((region, value) for _indicator, value, _unit, region, _period in _observations(
        "吉林省残疾人两项补贴工作综述\n　　2025年，长春、吉林两市两项补贴资金社会化发放率均达到100%。\n"))
    assert found == [("220100", "100"), ("220200", "100")]  # (not one figure for the province that holds them)


def test_support_a_notice_gives_makes_its_clause_a_rule_of_the_notices_year() -> None:
    text = ("财政部 民政部关于提前下达2026年中央财政困难群众救助补助资金预算的通知\n财社〔2025〕186号\n"
            "　　省级财政资金在地方各级财政投入中的占比原则上不低于30%，对财力薄弱地区给予倾斜支持。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods == {"30": "2025"}  # (the year the notice is issued, not the year its funds are for)


def test_all_of_the_regions_named_before_a_clause_that_opens_with_jun() -> None:
    found = _observations("塔城地区民政工作综述\n2024年，全地区城乡低保标准稳步提高，"
                          "其中乌苏市、沙湾市城市低保标准最高，均为每人每月820元。\n")
    assert [row for row in found if row[1] == "820"] == [
        ("城市低保标准", "820", "CNY/person/month", "654202", "2024"),
        ("城市低保标准", "820", "CNY/person/month", "654203", "2024")]
    # one region: its figure, of the standard, not of the 最高
    found = _observations("塔城地区民政工作综述\n2024年，乌苏市城市低保标准最高，均为每人每月820元。\n")
    assert [row for row in found if row[1] == "820"] == [
        ("城市低保标准", "820", "CNY/person/month", "654202", "2024")]


def test_figures_after_what_was_done_of_a_plan_are_done_too() -> None:
    text = ("安塞区民生实事项目调研报告\n2025年12月19日\n"
            "　　（三）老年助餐服务项目。计划新建社区老年助餐点八个，实际建成十个，超额完成年度任务；"
            "全区助餐点日均服务老年人一千二百余人次。\n"
            "　　（四）普惠托育项目。计划新增普惠性托育位一百二十个，已全部建成投用，收托婴幼儿九十六名。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    targets = {str(o.value): "target" in o.qualifiers for o in resolved.facts.observations}
    assert targets == {"8": True, "10": False, "1200": False, "120": True, "96": False}


def test_a_report_runs_to_the_month_it_says_most_often_not_to_a_late_update() -> None:
    text = ("关于2025年区级民生实事项目实施情况的调研报告\n——2025年12月19日在区人大常委会会议上\n"
            "　　截至11月底，十个项目中已全面完成八个；累计完成投资二点六一亿元。\n"
            "　　截至11月底已完工十八处，受益群众一点零六万人。\n"
            "　　全区新增托育位一百二十个。截至12月15日，已征集候选项目三十二个。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["120"] == "2025-11"  # (an undated figure: of the month the report's figures run to)
    assert periods["32"] == "2025-12"  # (the late update: of its own date)


def test_a_pair_of_raises_the_second_twelve_times_the_first_is_a_month_and_a_year() -> None:
    found = _observations("衡水市民政工作要点\n2026年1月\n二、2026年工作安排\n城乡低保标准分别再提高30元和360元。"
                          "低保标准提高30元和50元。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [
        ("30", "CNY"), ("30", "CNY/person/month"), ("360", "CNY/person/year"), ("50", "CNY")]  # (not 30 and 50)


def test_a_quarter_the_headline_names_is_what_the_text_reports_on() -> None:
    text = ("永丰县一季度实施临时救助1286人次\n发布时间：2025-04-14\n"
            "　　今年以来，县民政局健全临时救助工作机制。对低保对象、特困人员实施临时救助536人次。"
            "目前，全县21个乡镇均建立了临时救助备用金制度。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["536"] == periods["21"] == "2025-03"  # (the first quarter of the year the page is of)


def test_funds_each_region_was_allocated_by_the_verb_xiada() -> None:
    found = _observations("日喀则市冬春救助资金下达\n2025年12月，市里下达冬春救助资金。"
                          "其中，桑珠孜区、拉孜县分别下达386万元和342万元。\n")
    assert [(value, region) for _indicator, value, _unit, region, _period in found] == [
        ("3420000", "540225"), ("3860000", "540202")]  # (下达 is "allocated", not 下 and 达 "reached")


def test_a_broadcast_scripts_scene_and_the_words_of_its_people() -> None:
    text = ("雷山：科技助残暖人心\n播出时间：2025年5月19日\n"
            "【正文】截至4月底，雷山县共有持证残疾人7826人。\n"
            "【正文】5月16日，记者来到雷山县西江镇的一家苗绣合作社。\n"
            "【同期声】西江镇残疾人杨秀英：“我每个月有九十块钱生活补贴，在合作社绣花一个月能挣两千来块。”\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["7826"] == "2025-04"
    assert periods["90"] == periods["2000"] == "2025-05"  # (the scene's, after the script's labels)


def test_how_some_unnamed_ones_fall_short_is_no_figure() -> None:
    found = _observations("某县民政工作总结\n2025年，全县建成老年助餐点46个，部分助餐点日均就餐不足十人，"
                          "有的乡镇敬老院入住率不足30%。部分地区年均流失率在30%左右。\n")
    assert sorted(value for _i, value, _u, _r, _p in found) == ["30", "46"]  # (about so much: a figure)


def test_a_paragraph_opening_on_a_named_day_and_then_a_place() -> None:
    text = ("玉林市养老服务工作综述\n2025年10月30日\n　　今年以来，全市新建老年助餐点80个。\n"
            "　　10月29日重阳节当天，在容县容州镇城东社区长者饭堂，十几位老人正围坐在一起吃午饭。"
            "陈阿婆说，政府每餐补4块钱。\n")
    regions = {value: region for _i, value, _u, region, _p in _observations(text)}
    assert regions["80"] == "450900" and regions["4"] == "450921"  # (the scene's county, after its day)


def test_villages_counted_by_the_bound_their_income_clears_and_not_the_bound() -> None:
    found = _observations("某镇工作报告\n2025年，全镇二十二个村村集体经济收入全部超过十万元，"
                          "仍有三个村收入不足二十万元；村集体经济收入超过五十万元的村达到六个。全镇村级集体经济收入全部达到十万元以上。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [
        ("100000", "CNY"), ("22", "village"), ("3", "village"), ("6", "village")]  # (a bound of no count: a figure)


def test_a_plan_made_in_a_month_is_the_plan_for_its_year() -> None:
    text = ("安塞区民生实事项目调研报告\n2025年12月19日\n"
            "　　2025年1月，区人大会议从二十个候选项目中票决产生十个民生实事项目，计划总投资二点八六亿元。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["286000000"] == "2025"  # (the month it was voted, a plan for the year)
    assert periods["10"] == "2025-01"  # (what was voted that month)


def test_parts_after_a_qizhong_set_apart_by_a_comma_count_what_the_total_counted() -> None:
    found = _observations("海南省民政事业统计公报\n2025年末全省共有社区养老服务设施1482个，"
                          "其中，海口市、三亚市分别建成412个和238个。\n")
    assert {(indicator, value) for indicator, value, _u, _r, _p in found} == {
        ("社区养老服务设施", "1482"), ("社区养老服务设施", "412"), ("社区养老服务设施", "238")}  # (not 建成)


def test_a_figure_after_two_levels_risen_from_a_year_is_not_of_that_year() -> None:
    text = ("某县政府工作报告\n——2026年1月8日在县第十八届人民代表大会第五次会议上\n"
            "　　回顾“十四五”，五年来，一般公共预算收入由2020年的11.9亿元增加到15.8亿元；累计实施重点项目386个；"
            "人均纯收入由2020年的9860元增加到16420元；五年累计新增城镇就业2.68万人。\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["26800"] == periods["386"] == "2025"  # (not 2020, the year both levels rose from)


def test_the_harm_a_disaster_did_on_named_days_is_of_their_month() -> None:
    text = ("镇安县应急管理局关于暴雨洪涝灾害救灾救助工作情况的报告\n镇应急发〔2025〕46号\n"
            "　　据统计，7月17日至19日强降雨过程造成全县15个镇（街道）不同程度受灾，受灾人口3.62万人。"
            "倒塌房屋86户213间。\n"
            "　　截至8月10日，全县累计筹措救灾资金2860万元。\n镇安县应急管理局\n2025年8月12日\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["36200"] == periods["86"] == "2025-07"  # (not the month the report's figures run to)
    assert periods["28600000"] == "2025-08"


def test_a_count_by_suo_of_homes_named_before_it() -> None:
    found = _observations("鹿邑县幸福院建设\n2025年10月\n　　太清宫镇、王皮溜镇幸福院数量较多，分别建成24所和21所。"
                          "全县农村互助幸福院中，目前已有38所恢复正常运营。全县改扩建农村薄弱学校十三所。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [
        ("13", "count"), ("21", "institution"), ("24", "institution"), ("38", "institution")]


def test_a_change_on_the_same_months_last_year_said_qunian_tongqi() -> None:
    found = _observations("上犹县临时救助工作\n2025年8月5日\n　　1—7月，全县实施临时救助4862人次，"
                          "次均救助水平2143元，比去年同期提高53元。\n")
    assert ("次均救助水平增量", "53", "CNY/person-time", "360724", "2025-07") in found  # (not a level of its own)


def test_volunteers_registered_in_a_national_system_are_the_provinces() -> None:
    found = _observations("江苏省慈善和志愿服务工作综述\n2025年\n"
                          "　　截至年底，全省在全国志愿服务信息系统实名注册志愿者2468万人。\n")
    assert [(value, region) for _i, value, _u, region, _p in found] == [("24680000", "320000")]  # (not China)


def test_raises_of_two_standards_each_raised_from_a_level_before() -> None:
    found = _observations("富川县提高城乡低保标准\n2025-09-20\n　　自2025年7月1日起，城市低保标准由每人每月850元提高到"
                          "880元，农村低保标准由每人每年5460元提高到5700元，分别提高30元和240元。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found if value in ("30", "240")} == {
        ("30", "CNY/person/month"), ("240", "CNY/person/year")}  # (of the levels reached, not of 5460 and 5700)


def test_a_scenes_person_quoted_after_a_colon_later_in_the_next_paragraph() -> None:
    text = ("贵南县两项补贴发放\n时间：2025-04-15\n　　截至3月底，全县享受护理补贴1536人。\n"
            "　　4月8日上午，县民政局工作人员来到重度残疾人拉毛才让家中。\n"
            "　　拉毛才让常年卧床。母亲卓玛吉一边给儿子掖被角，一边给工作人员算账：“孩子的护理补贴一个月一百块。”\n"
            "　　城市低保户刘宝林住在县城，他给我们算了一笔账：“暖气费一个采暖季要交一千四百多块。”\n")
    periods = {value: period for _indicator, value, _unit, _region, period in _observations(text)}
    assert periods["100"] == "2025-04"  # (the scene's person, after a sentence that names her son)
    assert periods["1536"] == periods["1400"] == "2025-03"  # (another person, opening a paragraph of their own)


def test_visits_to_households_are_counted_as_visits() -> None:
    found = _observations("云南省留守儿童关爱工作\n2025年5月\n　　今年以来，全省累计走访农村留守儿童家庭6.8万户次，"
                          "为1.2万户困难家庭发放救助金。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("68000", "count"), ("12000", "household")}


def test_organizations_registered_and_deregistered_after_their_count() -> None:
    found = _observations("自贡市社会组织登记管理\n2025年10月\n"
                          "　　全市登记社会组织1860个，今年新登记52个，注销18个。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {
        ("1860", "organization"), ("52", "organization"), ("18", "organization")}


def test_a_count_of_some_of_the_things_named_before_zhong() -> None:
    found = _observations("玉林市养老服务\n2025年10月\n　　今年全市新建社区日间照料中心18个。"
                          "全市社区日间照料中心中，正常运营的有151个。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("18", "institution"), ("151", "institution")}


def test_a_province_naming_the_platform_a_figure_was_entered_in_is_not_where_it_is() -> None:
    found = _observations("自贡市民政统计\n2025年10月\n　　截至2025年9月底，全市纳入四川省低收入人口动态监测信息平台的"
                          "低收入人口共14.26万人。\n")
    assert [(value, region) for _i, value, _u, region, _p in found] == [("142600", "510300")]  # (not 510000)


def test_a_rate_after_an_absolute_change_of_a_total_is_the_totals_change() -> None:
    text = ("青铜峡市民政工作\n2024-08-10\n　　截至7月底，全市共有城乡低保对象4386户9872人，"
            "其中城市低保对象612户1158人，农村低保对象3774户8714人；低保对象人数较上年底减少236人，同比下降2.3%。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    changes = {str(o.value): str(o.change_percent) for o in resolved.facts.observations if o.change_percent is not None}
    assert changes == {"9872": "-2.3"}  # (the total's, not a rate of the change nor the last part's)


def test_the_first_sections_place_heading_names_where_its_figures_are() -> None:
    # a feature on two counties whose first section heads with one (凌云：…, a stem of 凌云县): a sentence of that
    # section naming no region is of it, as in every later section (乐东：…)
    text = ("山里老人有人惦记\n——广西凌云、海南乐东农村留守老年人关爱服务见闻\n来源：农民日报　发布时间：2025-08-20\n"
            "凌云：探访员常上门\n　　凌云县地处大石山区，村屯分散。\n"
            "　　据了解，凌云县共有探访员412名。今年以来，探访员累计上门探访2.6万人次。\n"
            "乐东：社工站搭起连心桥\n　　乐东黎族自治县建成幸福食堂26个。今年以来，社工累计服务1.8万人次。\n")
    found = {(value, region) for _i, value, _u, region, _p in _observations(text)}
    assert found == {("412", "451027"), ("26000", "451027"), ("26", "469027"), ("18000", "469027")}


def test_a_speech_is_about_the_region_its_speaker_line_names() -> None:
    # 在全县…会议上的讲话 / 内丘县人民政府副县长　郭彦军: the county the speaker's government is of, its byline (the
    # text names its city's bureau and two neighbouring counties as well)
    text = ("在全县2023年民政工作会议上的讲话\n内丘县人民政府副县长　郭彦军\n（2023年2月16日）\n同志们：\n"
            "　　过去的一年，在邢台市民政局的精心指导下，全县民政事业取得了新的进展。\n"
            "　　与临城、柏乡等周边县相比，我县农村低保标准每人每年还低一百二十元。\n"
            "　　全县六十周岁以上老年人五万三千八百人。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert (resolved.facts.byline, resolved.facts.focus_region) == ("内丘县人民政府", "130523")
    assert {o.region for o in resolved.facts.observations} == {"130523"}


def test_a_clause_opening_on_a_month_of_this_year_is_of_that_month() -> None:
    # 今年9月，…开展专项检查，共抽查乡镇9个: September's, like 9月，… (not 今年7月起, when a standard took effect, nor
    # a centre that 今年3月建成投用 and has its beds now)
    text = ("江达县临时救助工作\n发布时间：2025-11-12\n　　截至10月底，全县累计实施临时救助1860人次。\n"
            "　　今年9月，县民政局联合县财政局开展专项检查，共抽查救助档案420份。\n"
            "　　今年7月起，全县农村低保标准调整为每人每年5040元。\n"
            "　　县综合养老服务中心今年3月建成投用，设置床位80张。\n")
    found = {(value, period) for _i, value, _u, _r, period in _observations(text)}
    assert found == {("1860", "2025-10"), ("420", "2025-09"), ("5040", "2025-10"), ("80", "2025-10")}


def test_since_this_year_after_last_years_figures_and_a_year_in_brackets_date_only_their_own() -> None:
    # 2024年，…。今年以来，…: to the month the text reports on, not 2024; …（2024年全年…）；完成…38例: the bracket's
    # year dates only its own figure
    text = ("翁牛特旗殡葬改革\n2025-04-10 09:26　来源：赤峰日报\n　　截至3月底，全旗建成城乡公益性公墓126处。\n"
            "　　2024年，旗财政投入殡葬改革资金1860万元。今年以来，全旗累计排查整治散埋乱葬坟墓1.86万座。\n"
            "　　今年一季度，全旗共减免殡葬服务费用65.9万元（2024年全年共减免238.4万元）；完成节地生态安葬38例。\n")
    found = {(value, period) for _i, value, _u, _r, period in _observations(text)}
    assert found == {("126", "2025-03"), ("18600000", "2024"), ("18600", "2025-03"), ("659000", "2025-03"),
                     ("2384000", "2024"), ("38", "2025-03")}


def test_raises_of_two_standards_each_raised_from_a_level_whose_names_differ() -> None:
    # 由每人每月1850元提高到1950元，…由每人每月1400元提高到1480元，分别提高100元和80元: the raises are of the levels
    # reached, of 2025 (the second standard named for two groups: its old and new levels' names differ)
    text = ("莲花县困境儿童保障\n2025/07/16 10:22　来源：萍乡日报\n　　截至6月底，全县共有孤儿86名。\n"
            "　　自2025年7月1日起，全省集中养育孤儿基本生活最低养育标准由每人每月1850元提高到1950元，"
            "社会散居孤儿和事实无人抚养儿童基本生活最低养育标准由每人每月1400元提高到1480元，分别提高100元和80元。\n")
    found = {(value, period) for _i, value, _u, _r, period in _observations(text)}
    assert {("100", "2025"), ("80", "2025")} <= found


def test_a_change_that_both_tiers_had_takes_their_unit() -> None:
    # 一级、二级…分别为每人每月120元和90元，两档均较上年提高10元: a raise of a monthly standard per person
    text = ("宁化县两项补贴\n2025-10-20 来源：三明日报\n"
            "　　自2025年1月1日起，重度残疾人护理补贴按残疾等级分两档发放，"
            "一级、二级重度残疾人分别为每人每月120元和90元，两档均较上年提高10元。\n")
    assert ("10", "CNY/person/month") in {(value, unit) for _i, value, unit, _r, _p in _observations(text)}


def test_a_span_of_months_that_is_no_quarter_and_starts_after_january_is_no_month_figures_run_to() -> None:
    # a yearbook entry on 2021 whose 4—10月 is how long an inspection took: its 年末 figures are the year's (as a
    # quarterly page's 7—9月 and a report's 1—10月 are the months its figures run to)
    text = ("敦化年鉴·2022\n民政\n【概况】　2021年，敦化市民政局全面落实各项民政政策。\n"
            "【社会救助】　年末，全市有城乡低保对象7988户。\n"
            "【区划地名】　4—10月，与安图县开展行政区域界线联合检查，检查界线长度368公里。\n")
    found = {(value, period) for _i, value, _u, _r, period in _observations(text)}
    assert ("7988", "2021") in found


def test_a_report_on_putting_right_an_audits_problems() -> None:
    # the site's name over the title is chrome; the problems the audit of 2024 found are 2024's, what was put right
    # by 截至2025年10月底 is of then (the report is on the rectification, not on the year audited)
    text = ("宁化县人民政府门户网站\n首页 > 政务公开 > 审计信息\n"
            "关于2024年度城乡最低生活保障资金专项审计查出问题整改情况的报告\n"
            "——2025年11月26日在宁化县第十八届人民代表大会常务委员会第二十三次会议上\n"
            "发布时间：2025-12-03 10:15　来源：县审计局\n"
            "一、审计发现的主要问题\n　　186户不符合条件仍享受低保待遇，涉及资金96.42万元。\n"
            "二、整改工作推进情况\n　　截至2025年10月底，审计查出的23个问题已整改21个。已清退违规享受低保家庭172户。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.title == "关于2024年度城乡最低生活保障资金专项审计查出问题整改情况的报告"
    found = {(str(o.value), o.period) for o in resolved.facts.observations}
    assert {("186", "2024"), ("964200", "2024"), ("21", "2025-10"), ("172", "2025-10")} <= found


def test_a_second_worked_example_its_sums_and_the_tiers_said_above_give_nothing() -> None:
    # 举个例子：…老王… / 他每月可以领取：365元＋15元＝380元 / 再举个例子：…李阿姨… / 对应上述六个档次: arithmetic of the
    # rule and a count of the tiers listed before; the county's own figure stays
    text = ("新昌县城乡居民养老保险政策解读\n发布时间：2025-02-18　来源：县人力社保局\n"
            "　　今年起，全县城乡居民基础养老金最低标准提高到每人每月365元，全县每年需新增支出约1780万元。\n"
            "　　举个例子：家住南明街道的老王今年1月年满60周岁，个人账户储存额为4.17万元。"
            "他每月可以领取：基础养老金365元＋个人账户养老金300元（41700÷139）＝665元。\n"
            "　　再举个例子：家住大市聚镇的李阿姨今年73岁，个人账户养老金每月112元。\n"
            "　　缴费补贴分六档，对应上述六个档次。\n")
    found = {value for _i, value, _u, _r, _p in _observations(text)}
    assert found == {"365", "17800000"}


def test_negative_growth_is_a_fall_and_that_county_is_the_one_named_last() -> None:
    # 同比负增长9.6%: −9.6; 该县 in a city paper's feature on two counties: the county named last before it
    text = ("安庆日报：岳西、宿松产业帮扶见闻\n发布时间：2025-10-15　来源：安庆日报\n"
            "　　1—9月，全市房地产开发投资同比负增长9.6%。\n"
            "　　宿松县也在发展。茶产业是岳西县的当家产业。"
            "资金是产业发展的活水，该县今年以来新发放小额信贷1.36亿元。\n")
    found = {(value, region) for _i, value, _u, region, _p in _observations(text)}
    assert ("-9.6", "340800") in found
    assert ("136000000", "340828") in found


def test_a_year_of_how_things_were_before_a_change_does_not_date_how_they_are_after_it() -> None:
    text = ("光山县敬老院改造\n发布时间：2025-12-04\n"
            "　　截至11月底，全县建成区域养老服务中心12个。这里去年改造前只有床位32张，改造后床位增加到120张。\n")
    found = {(value, period) for _i, value, _u, _r, period in _observations(text)}
    assert found == {("12", "2025-11"), ("32", "2024"), ("120", "2025-11")}


def test_a_national_networks_name_is_no_mention_of_china() -> None:
    # 全国一体化算力网络国家枢纽节点庆阳数据中心集群: a cluster in the city, named as a node of a national network
    text = ("庆阳市政府工作报告\n2024年1月10日\n"
            "　　2023年，全国一体化算力网络国家枢纽节点庆阳数据中心集群加快建设，建成标准机架一万二千架。\n")
    assert {region for _i, _v, _u, region, _p in _observations(text)} == {"621000"}


def test_a_bare_magnitude_of_old_people_counts_people() -> None:
    # 老人有三十一万多 (spoken: no 人 after it): people, as 老年人 are
    text = "贺州市民政工作会议讲话\n2025年1月8日\n　　2024年，全市六十岁以上的老人有三十一万多。\n"
    assert {(value, unit) for _i, value, unit, _r, _p in _observations(text)} == {("310000", "person")}


def test_an_epaper_pages_editors_line_under_its_masthead_is_no_title() -> None:
    # 聊城日报　…　第5版：县域 / 本版责编：…　美编：… / 阳谷：“幸福食堂”: the item's headline is the title
    text = ("聊城日报　2024年11月14日　星期四　第5版：县域\n本版责编：王海燕　美编：李　晨\n"
            "阳谷：“幸福食堂”\n飘出家的味道\n本报讯（记者 孙立新）\n"
            "　　截至10月底，阳谷县已建成农村幸福食堂126个。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert (resolved.facts.title, resolved.facts.focus_region) == ("阳谷：“幸福食堂”", "371521")


def test_a_county_heads_speech_that_says_quanxian_more_than_quanshi_is_the_countys() -> None:
    # 县委副书记、县长　张海峰 (several offices, no region: no byline naming one); 全县 again and again, 全市 twice
    # (a ranking in the city) and 临汾市委 once: the county the text names twice, not its city
    text = ("在全县二〇二六年经济工作会议上的讲话\n县委副书记、县长　张海峰\n（二〇二六年一月二十三日）\n同志们：\n"
            "　　今天召开全县经济工作会议，贯彻落实临汾市委经济工作会议精神。\n"
            "　　过去的一年，全县地区生产总值四十二点六亿元，增速居全市第一；全县一般公共预算收入三点一二亿元，"
            "全县城镇居民人均可支配收入三万二千六百元，增速居全市第二；全县新增就业一千二百人。"
            "隰县玉露香梨销往二十多个省份。\n　　奋力谱写中国式现代化隰县篇章！\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.focus_region == "141031"
    assert resolved.facts.byline == "县委"


def test_money_sent_home_from_where_a_son_works_is_the_homes() -> None:
    # “儿子在银川打工，一个月给我寄五百块”: 500 yuan a month, in the county the speaker lives in (not 银川)
    text = ("海原县老饭桌\n2025-06-10 来源：海原县\n　　截至5月底，全县建成老饭桌14个。"
            "“儿子在银川打工，一个月给我寄五百块。”马大爷说。\n")
    found = {(value, unit, region) for _i, value, unit, region, _p in _observations(text)}
    assert ("500", "CNY/person/month", "640522") in found


def test_works_counted_by_chu_are_counted_not_projects() -> None:
    # 集中供水工程三百一十二处: water works standing in so many places (a count), where 重点工程项目186个 are projects
    text = ("巨鹿县农村供水\n2025-10-10 来源：县人大\n　　截至9月底，全县建成农村集中供水工程三百一十二处，"
            "全年实施重点工程项目186个。\n")
    units = {value: unit for _i, value, unit, _r, _p in _observations(text)}
    assert units == {"312": "count", "186": "project"}


def test_what_a_peoples_congress_inspection_counted_is_of_the_month_it_ended() -> None:
    # 6月至7月，…组成执法检查组… / 检查组实地察看…点位26个，发放调查问卷600份: July's; the county's figures
    # 截至6月底 stay June's
    text = ("永平县人大常委会执法检查组关于检查《中华人民共和国老年人权益保障法》贯彻实施情况的报告\n"
            "——2022年8月26日在永平县第十八届人民代表大会常务委员会第五次会议上\n"
            "　　根据县人大常委会2022年工作要点安排，6月至7月，县人大常委会组成执法检查组，"
            "对全县贯彻实施情况进行了检查。\n"
            "一、检查工作开展情况\n　　检查组实地察看养老机构等点位26个，发放调查问卷600份。\n"
            "二、主要成效\n　　截至2022年6月底，全县60周岁以上老年人3.46万人。\n")
    found = {(value, period) for _i, value, _u, _r, period in _observations(text)}
    assert {("26", "2022-07"), ("600", "2022-07"), ("34600", "2022-06")} <= found


def test_villages_that_set_up_something_and_towns_written_zhenxiang_are_counted_as_such() -> None:
    # 已有一百二十六个村建起了帮扶车间: villages; 全区8个镇乡: townships
    text = ("沂水县帮扶车间\n2025-11-15 来源：临沂日报\n　　截至10月底，全县已有一百二十六个村建起了帮扶车间。"
            "强降雨造成全区8个镇乡受灾。\n")
    units = {value: unit for _i, value, unit, _r, _p in _observations(text)}
    assert units == {"126": "village", "8": "township"}


def test_how_things_are_after_a_change_dated_the_year_before_is_now() -> None:
    # 2024年，…实施提质改造。改造完成后，…床位分别达到80张和72张: the beds now, not 2024's
    text = ("澄迈县人大代表建议答复\n发布时间：2025-06-10\n　　截至5月底，全县有敬老院11所。\n"
            "　　2024年，县里统筹资金1286万元对福山镇、大丰镇敬老院实施提质改造。"
            "改造完成后，福山镇、大丰镇敬老院床位分别达到80张和72张。\n")
    found = {(value, period) for _i, value, _u, _r, period in _observations(text)}
    assert {("12860000", "2024"), ("80", "2025-05"), ("72", "2025-05")} <= found


def test_the_total_of_firms_counted_by_hu_is_a_count() -> None:
    # 新增规模以上工业企业九户，总数达到五十八户: both firms; 低保对象总数达到1200户 stays households
    text = ("略阳县政府工作报告\n2026年1月10日\n　　2025年，全县新增规模以上工业企业九户，总数达到五十八户。"
            "低保对象总数达到1200户。\n")
    units = {value: unit for _i, value, unit, _r, _p in _observations(text)}
    assert units == {"9": "count", "58": "count", "1200": "household"}


def test_organizations_counted_by_jia_before_what_was_done_about_them() -> None:
    # 对…的4家拟成立社会组织不予登记, 督促3家行业协会商会退还违规收费: organizations, their noun opening the words after
    text = ("夷陵区社会组织\n发布时间：2025-10-10\n　　截至9月底，区民政局对不符合条件的4家拟成立社会组织不予登记。"
            "督促3家行业协会商会退还违规收费。\n")
    assert {unit for _i, _v, unit, _r, _p in _observations(text)} == {"organization"}


def test_a_page_saved_as_text_is_about_the_region_of_the_site_its_first_line_names() -> None:
    text = ("新化县人民政府门户网站\n首页 > 政务公开 > 乡镇动态 > 水车镇\n水车镇2023年工作总结\n"
            "发布时间：2024-01-12 09:35　　来源：水车镇人民政府\n"
            "　　2023年，全镇新建高标准农田2800亩。与溆浦县统溪河镇共同打造旅游环线，两地互送客源4.2万人次。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    assert resolved.facts.focus_region == "431322"  # 新化县 (not 溆浦县, named once as a partner)
    assert {o.region for o in resolved.facts.observations} == {"431322"}


def test_a_page_without_its_headline_in_the_text_is_about_the_region_its_title_opens_with() -> None:
    body = ("<p>一、项目名称：启东市2024年度政府购买居家养老上门服务项目。本项目预算金额为352.08万元，"
            "两个包中标金额合计333.80万元，服务对象约3260名，由各镇民政部门按照实施办法确定并动态调整。</p>"
            "<p>二、本项目专门面向中小企业采购，评标方法为综合评分法，中标供应商均出具了中小企业声明函，"
            "服务期内服务对象人数以民政部门实际核定的为准，服务费用按月据实结算。</p>")
    page = ("<html><head><meta charset='utf-8'><title>启东市民政局启东市2024年度政府购买居家养老上门服务项目中标公告"
            "</title></head><body><div>欢迎访问江苏政府采购网！登录 | 注册 | 帮助中心</div>"
            f"<div>发布日期：2024年04月18日 来源：江苏东衡项目管理有限公司</div>{body}</body></html>")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="a.html"))
    assert resolved.facts.focus_region == "320681"  # 启东市 (not 江苏, the agency's name)


def test_a_sites_welcome_banner_is_chrome() -> None:
    from policy_graph.webpage import extract_article

    page = extract_article("<html><body><div>欢迎访问云南省政府采购网！登录 | 注册 | 帮助中心</div>"
                           "<h1>建水县2019年政府购买社会救助服务项目成交结果公告</h1>"
                           "<p>本项目成交金额合计102.13万元，为全县1126名分散供养特困人员提供照料护理服务，"
                           "核查低收入家庭约6000户，服务期限为自合同签订之日起十二个月。</p></body></html>")
    assert page.text.startswith("建水县2019年")


def test_a_citys_hotline_page_of_a_countys_work_order_is_about_the_county() -> None:
    page = ("<html><head><meta charset='utf-8'><title>诉求内容</title>"
            "<meta name='SiteName' content='赤峰市12345政务服务便民热线'></head><body><h3>诉求内容</h3>"
            "<p>来电人反映：其系宁城县八里罕镇某村村民，其家庭于2019年纳入农村低保，"
            "10月份还领取了低保金760元。上月镇里工作人员通知其家庭低保被取消，理由是家中有一辆小轿车。</p>"
            "<h3>办理结果</h3><p>接到工单后，县民政局会同八里罕镇人民政府入户核查。2021年10月至11月，我县开展低保专项治理，"
            "对全县1.28万户低保家庭逐户核查。</p></body></html>")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="a.html"))
    assert resolved.facts.focus_region == "150429"  # 宁城县, not 赤峰市 (the hotline's city)


def test_one_change_said_of_each_of_two_totals() -> None:
    # 收、支总预算各增加…: the same change of both totals (and the growth after it of both), each its own observation
    # with its own IRI; 支出 before 总预算 is the spending's, not a verb
    text = ("江西省民政厅2025年部门预算\n"
            "　　2025年收入总预算68,425.36万元，支出总预算68,425.36万元。"
            "与上年相比，收、支总预算各增加3,216.48万元，增长4.93%。\n")
    resolved, ntriples = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    found = {(o.indicator, str(o.value), o.base_period, o.change_percent and str(o.change_percent))
             for o in resolved.facts.observations}
    assert found == {("收入总预算", "684253600", "2024", "4.93"), ("支出总预算", "684253600", "2024", "4.93"),
                     ("收入总预算增量", "32164800", "2024", None), ("支出总预算增量", "32164800", "2024", None)}
    values = [line.split()[0] for line in ntriples.decode().splitlines() if "def#value>" in line]
    assert len(values) == len(set(values)) == 6  # (and the two levels a year before, derived from their growth)


def test_each_change_after_the_levels_in_one_sentence_and_not_of_another_unit() -> None:
    # 與上年相比各增加 (no names): each of the levels before in its unit; 均比上年增加20张 after 12家 and 800张: of
    # the beds alone; 两档均较上年提高10元: one raise (均 is not 各)
    both = _observations("安溪县民政局2024年部门预算\n"
                         "　　2024年收入總預算15,386.42萬元，支出總預算15,386.42萬元，與上年相比各增加1,052.16萬元。\n")
    changes = sorted(indicator for indicator, value, *_ in both if value == "10521600")
    assert changes == ["支出总预算增量", "收入总预算增量"]
    beds = _observations("某县养老服务\n　　2024年全县有养老机构12家，床位800张，各比上年增加20张。\n")
    assert [(indicator, unit) for indicator, value, unit, _r, _p in beds if value == "20"] == [("床位增量", "bed")]
    tiers = _observations("宁化县两项补贴\n　　2025年一级、二级重度残疾人护理补贴分别为每人每月120元和90元，"
                          "两档均较上年提高10元。\n")
    assert len([value for _i, value, *_ in tiers if value == "10"]) == 1


def test_a_place_that_names_a_service_is_not_where_its_figures_are() -> None:
    # 通过山西政务服务网…受理申请428件 in a county's text: the county's applications, through the province's site
    found = _observations("五寨县两项补贴工作\n"
                          "　　截至2023年9月底，今年以来通过山西政务服务网等线上渠道受理申请428件。\n")
    assert [(value, region) for _i, value, _u, region, _p in found] == [("428", "140928")]


def test_a_raise_of_every_tier_counted_by_their_number() -> None:
    # 两个等级均较上年提高10元, 三类地区均提高30元: one raise of the tiers just given, in their unit (两个 counts
    # the tiers, no figure)
    found = _observations("五寨县两项补贴\n　　2023年，重度残疾人护理补贴一级、二级标准分别调整为每人每月110元和90元，"
                          "两个等级均较上年提高10元。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found if value in ("2", "10")] == [("10", "CNY/person/month")]


def test_a_count_of_homes_before_their_beds() -> None:
    # 全区7家养老机构床位总数达到1280张: 7 homes, and their 1280 beds
    found = _observations("惠农区冬春救助督导\n"
                          "　　截至2024年11月底，全区7家养老机构床位总数达到1280张，入住老年人586人。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("7", "institution"), ("1280", "bed"),
                                                                     ("586", "person")}


def test_districts_with_the_counties_beside_them_are_counted_as_counties() -> None:
    # 全市6个区（县）均建成…: county-level units (not 城区（县城）, a town's area)
    found = _observations("眉山市养老服务规划中期评估\n"
                          "　　截至2022年底，全市6个区（县）均建成县级特困人员供养服务机构。\n")
    assert ("6", "county") in {(value, unit) for _i, value, unit, _r, _p in found}


def test_a_list_of_places_and_homes_visited_each_counted_in_its_own_unit() -> None:
    # 深入6个区（县）、28个乡镇（街道）和42家养老服务机构实地查看: counties, townships and institutions visited
    found = _observations("眉山市养老服务规划中期评估\n"
                          "　　2023年6月，评估组先后深入6个区（县）、28个乡镇（街道）和42家养老服务机构实地查看。\n")
    assert {(indicator, value, unit) for indicator, value, unit, _r, _p in found} == {
        ("实地查看的区（县）", "6", "county"), ("实地查看的乡镇（街道）", "28", "township"),
        ("实地查看的养老服务机构", "42", "institution")}


def test_a_standard_raised_uniformly_and_raised_again_next_year() -> None:
    # 城乡低保标准统一提高到每人每月740元 names 城乡低保标准 (not …统一); 再提高三十元 of it next year is a month's too
    found = _observations("濉溪县政府工作报告\n　　2023年，城乡低保标准统一提高到每人每月七百四十元。\n"
                          "　　2024年，继续办好十件民生实事：一是城乡低保标准再提高三十元；二是新增托位四百个。\n")
    assert ("城乡低保标准", "740", "CNY/person/month", "340621", "2023") in found
    assert ("30", "CNY/person/month") in {(value, unit) for _i, value, unit, _r, _p in found}


def test_a_places_running_total_after_its_new_ones() -> None:
    # 新建村级互助养老服务点四个，全镇累计达到十二个: twelve of the points in all, not twelve townships
    found = _observations("竹沟镇上半年工作总结\n　　2025年上半年新建村级互助养老服务点四个，全镇累计达到十二个。\n")
    assert [(indicator, value, unit) for indicator, value, unit, _r, _p in found] == [
        ("新建村级互助养老服务点", "4", "count"), ("村级互助养老服务点", "12", "count")]


def test_a_total_said_of_what_came_before_takes_its_noun_and_unit() -> None:
    # 全县累计达到十六个, 全区总数达到860个: a total of what the clause before counted (not 累计, 总数)
    found = _observations("宁远县政府工作报告\n　　2025年新建乡镇区域养老服务中心四个，全县累计达到十六个。"
                          "全区新建农村幸福院120个，全区总数达到860个。\n")
    assert {(indicator, value, unit) for indicator, value, unit, _r, _p in found if value in ("16", "860")} == {
        ("乡镇区域养老服务中心", "16", "institution"), ("农村幸福院", "860", "institution")}


def test_homes_built_in_two_counties_after_a_clause_on_building_them() -> None:
    # 幸福院建设走在前列，分别建成86个和62个: homes built, institutions (not a bare 建成 counted)
    found = _observations("和田地区农村幸福院建设\n"
                          "　　2024年9月，在墨玉、洛浦两县，幸福院建设走在前列，分别建成86个和62个。\n")
    assert {(indicator, value, unit, region) for indicator, value, unit, region, _p in found} == {
        ("建成幸福院", "86", "institution", "653222"), ("建成幸福院", "62", "institution", "653224")}


def test_a_speech_at_the_years_conference_dated_by_a_line_in_brackets_reviews_the_year_before() -> None:
    # 在全县民政工作会议上的讲话 / （二〇二五年二月十八日）: its figures are 2024's, its 去年底 the end of 2024, and
    # what 今年 is to do 2025's
    found = _observations("在全县民政工作会议上的讲话\n（根据录音整理）\n中共睢宁县委书记　周振华\n"
                          "（二〇二五年二月十八日）\n\n同志们：\n　　一、成绩要看清楚\n"
                          "　　全县城乡低保对象一万零四百多户。助餐点到去年底是三百一十六个。\n"
                          "　　二、今年的硬任务\n　　城乡低保标准今年要再提高三十元。\n")
    periods = {value: period for _i, value, _u, _r, period in found}
    assert (periods["10400"], periods["316"], periods["30"]) == ("2024", "2024", "2025")


def test_the_rates_a_raise_is_given_with_are_the_growths_of_the_levels_reached() -> None:
    # …由…提高到每人每月806元、每人每年6504元，增幅分别为4.9%和6.3%: the growth of each standard, no figures of
    # their own
    text = ("湖北省民政事业发展综述\n　　2024年，全省城市、农村低保平均标准分别由每人每月768元、每人每年6120元"
            "提高到每人每月806元、每人每年6504元，增幅分别为4.9%和6.3%。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="case.txt"))
    grown = {str(o.value): str(o.change_percent) for o in resolved.facts.observations if o.change_percent is not None}
    assert grown == {"806": "4.9", "6504": "6.3"}
    assert not [o for o in resolved.facts.observations if o.unit == "percent"]


def test_two_gaps_below_an_average() -> None:
    # 分别低于全市平均水平18.4个和16.0个百分点: both below
    found = _observations("乌兰察布市社区养老服务设施督查通报\n"
                          "　　2025年6月，察右前旗、察右后旗的覆盖率分别低于全市平均水平18.4个和16.0个百分点。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {
        ("-18.4", "percentage-point"), ("-16", "percentage-point")}


def test_county_level_places_named_together_then_what_they_did() -> None:
    # 三十八个区县全面推行…, 12个旗县区全部建立…: counties (not a noun 区县全面推行…); 38个区县民政局: no counties
    found = _observations("重庆市民政工作综述\n　　2024年，全市三十八个区县全面推行社会救助“一件事”联办。"
                          "赤峰市12个旗县区全部建立乡镇（苏木）临时救助备用金制度。全市38个区县民政局参加培训。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [("12", "county"), ("38", "count"),
                                                                          ("38", "county")]


def test_spoken_changes_after_what_they_are_against() -> None:
    # 比上年少了三百二十对, 比去年多了100块: changes (not 少 or 多 in a noun: 百岁老人多达120人)
    found = _observations("睢宁县民政工作会议讲话\n　　2024年，全县结婚登记三千二百对，比上年少了三百二十对。"
                          "今年的取暖补贴一户800元，比去年多了100块。全县百岁老人多达120人。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {
        ("3200", "2024"), ("-320", "2024"), ("800", "2024"), ("100", "2024"), ("120", "2024")}
    assert {value for indicator, value, _u, _r, _p in found if indicator.endswith("增量")} == {"-320", "100"}


def test_spoken_money_of_a_month_and_an_average_per_time() -> None:
    # 一个月下来也就两百来块: about 200 yuan a month; 平均每次救助一千六百元: an average per time (每次3000元: a limit)
    found = _observations("云阳县民政工作动态\n　　2024年，老人一个月下来也就两百来块。"
                          "全县临时救助平均每次救助一千六百元左右，审批额度为每次3000元。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {
        ("200", "CNY/person/month"), ("1600", "CNY/person-time"), ("3000", "CNY")}


def test_a_review_of_a_five_year_plan_is_not_the_plan() -> None:
    # 《…“十四五”民政事业发展规划》实施情况中期评估报告, 二、主要目标任务进展情况: the figures the review found, of the
    # year its data run to (not targets for the plan's last year)
    found = _observations("《云南省“十四五”民政事业发展规划》实施情况中期评估报告\n\n云南省民政厅\n\n"
                          "　　评估数据除注明外均截至2022年底。\n"
                          "　　二、主要目标任务进展情况\n"
                          "　　全省城乡低保对象258.6万人。养老床位总数达到15.6万张。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {("2586000", "2022"), ("156000", "2022")}


def test_the_whole_place_named_before_a_count_is_no_count_of_places() -> None:
    # 前年年底全县才三十来个: thirty of what the paragraph counts, not thirty counties (全县十八个镇: townships)
    found = _observations("陆川县民政工作会议讲话\n　　2024年，全县十八个镇全部建成助餐点。"
                          "农村互助养老点前年年底全县才三十来个。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("18", "township"), ("30", "count")}


def test_raises_of_standards_in_a_speech_take_the_units_of_the_standards() -> None:
    # 城市低保标准提到了每人每月880元 (提到了: raised to); 城乡低保标准今年要分别再提高三十元和三百六十元: a month's
    # and a year's, like the standards (not 基本生活费, a standard of no name of its own); 两类标准均提高100元: the two
    # just given
    found = _observations("陆川县民政工作会议讲话\n　　2025年，城市低保标准提到了每人每月八百八十元，"
                          "农村低保标准提到了每人每年六千六百元。孤儿基本生活费每人每月一千五百元。城乡低保标准今年要分别再提高三十元和三百六十元。\n"
                          "　　集中养育孤儿和散居孤儿基本生活费标准分别由每人每月1400元、1000元提高到1500元、1100元，"
                          "两类标准均提高100元。\n")
    units = {(indicator, value): unit for indicator, value, unit, _r, _p in found}
    assert units[("城市低保标准", "880")] == "CNY/person/month"
    assert {value: unit for (indicator, value), unit in units.items() if indicator.startswith("城乡")} == {
        "30": "CNY/person/month", "360": "CNY/person/year"}
    assert units[("两类标准均提高", "100")] == "CNY/person/month"


def test_bodies_each_town_has_are_counted_as_institutions() -> None:
    # 12个镇（街道）卫生院全部与…签订协议: the health centres (12个镇（街道）全部建成…: the towns)
    found = _observations("子洲县民政工作动态\n　　2020年，全县12个镇（街道）卫生院全部与辖区敬老院签订医养结合协议，"
                          "全县14个镇（街道）全部建成综合养老服务中心。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("12", "institution"), ("14", "township")}


def test_an_average_per_household_and_people_something_was_done_to() -> None:
    # 发放临时救助金51.2万元，户均4000元: the money per household; 其中2640人被纳入低保…: the people brought in
    found = _observations("宣汉县民政工作动态\n　　2024年，全县发放临时救助金51.2万元，户均4000元。"
                          "平台推送预警信息2.43万条，其中2640人被纳入低保、特困或临时救助范围。\n")
    assert {(indicator, value) for indicator, value, _u, _r, _p in found} >= {
        ("发放临时救助金户均", "4000"), ("纳入低保、特困或临时救助范围的人数", "2640")}


def test_a_couples_or_a_familys_money_together_is_not_one_persons() -> None:
    # 我们家三口人都是低保，一个月加起来一千三百多块; 老两口每个月能领低保金七百多块: the household's, in yuan (他一个月
    # 养老金加起来能拿八百多块: one person's, a month)
    found = _observations("巴里坤县民政工作动态\n　　2025年11月，“我们家三口人都是低保，一个月加起来一千三百多块。”"
                          "“老两口每个月能领低保金七百多块。”“他一个月养老金加起来能拿八百多块。”\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {
        ("1300", "CNY"), ("700", "CNY"), ("800", "CNY/person/month")}


def test_staff_named_to_a_post_and_places_not_yet_served() -> None:
    # 均明确了儿童督导员，共118名: the supervisors; 9个行政村（社区）因居住分散…尚未建成助餐点: villages
    found = _observations("孝感市民政工作动态\n　　2023年，全市108个乡镇（街道）均明确了儿童督导员，共118名。"
                          "全市仍有9个行政村（社区）因居住分散尚未建成助餐点。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {
        ("108", "township"), ("118", "person"), ("9", "village")}


def test_a_text_whose_figures_no_year_dates_says_so() -> None:
    # no year, no date line: no figure can be dated, and the build says how to give the date
    text = "灌云县社会救助\n　　截至9月底，全县共有特困人员4128人。\n"
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert not resolved.facts.observations
    assert any("no figure could be dated" in w and ".meta.json" in w for w in resolved.facts.warnings)
    dated, _ = source_document(Source.from_bytes(text.encode(), name="case.txt", metadata={"issued": "2025-10-24"}))
    assert [str(o.value) for o in dated.facts.observations] == ["4128"] and not dated.facts.warnings


def test_pastoral_villages_and_rural_things_that_are_no_villages() -> None:
    # 82个嘎查（社区）: villages; 乡村民宿28家: guesthouses, not villages
    found = _observations("西乌珠穆沁旗民政工作动态\n　　2025年，全旗82个嘎查（社区）全部建立包联制度。"
                          "湾岭镇新增乡村民宿28家。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("82", "village"), ("28", "count")}


def test_kinds_of_places_counted_in_a_list_of_kinds() -> None:
    # …其中市辖区7个，县级市5个，县25个: counties of each kind, 县 alone too; 乡级行政区划单位403个: townships
    found = _observations("青海省民政事业发展统计公报\n　　截至2024年底，全省共有县级行政区划单位44个，其中市辖区7个，"
                          "县级市5个，县25个，自治县7个。乡级行政区划单位403个。\n")
    assert {(indicator, value, unit) for indicator, value, unit, _r, _p in found} >= {
        ("县", "25", "county"), ("乡级行政区划单位", "403", "township")}


@pytest.mark.parametrize(("text", "expected"), [
    # a town's work report dated in brackets with where it was given: it reviews the year before
    ("政府工作报告\n（二〇二六年一月九日在白霓镇第十九届人民代表大会第六次会议上）\n白霓镇人民政府镇长　周海波\n\n"
     "各位代表：\n　　一、过去一年工作回顾\n　　全镇特困人员二百一十四人。\n", ("214", "2025")),
    # a programme aired on a day (（…播出）): its undated figures are of that month
    ("《民生热线》：县民政局局长走进直播间\n（二〇二四年九月二十六日播出，根据录音整理）\n\n"
     "　　马文斌：全县城乡低保对象现在是一万二千多户。\n", ("12000", "2024-09")),
])
def test_the_day_a_text_was_given_or_aired_in_brackets_under_its_title(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(value, period) for _i, value, _u, _r, period in _observations(text)}


def test_a_speech_at_a_meeting_to_push_the_years_work_reviews_the_year_before() -> None:
    # 在全县养老服务工作推进会上的讲话 / （二〇二五年三月十四日）: like the year's work conference, it reports on 2024
    text = ("在全县养老服务工作推进会上的讲话\n（根据录音整理）\n中共西平县委书记　高建军\n（二〇二五年三月十四日）\n\n"
            "同志们：\n　　去年全县新建养老机构四家。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.reference_period == "2024"


def test_what_institutions_were_told_or_set_off_to_do_ends_their_noun() -> None:
    # 58个救助管理机构全面启动…, 6家养老机构责令停业整改: institutions (not a noun running on)
    found = _observations("辽宁省民政厅冬季救助工作动态\n　　截至2024年10月底，全省58个救助管理机构全面启动专项"
                          "救助行动，对存在重大隐患的6家养老机构责令停业整改。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("58", "institution"), ("6", "institution")}


def test_beds_of_a_kind_of_institution_counted_by_zhang() -> None:
    found = _observations("周口市卫生健康事业发展统计公报\n2022年末，全市医疗卫生机构床位6.12万张，其中医院4.48万张、"
                          "基层医疗卫生机构1.46万张。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found} == {("61200", "bed"), ("44800", "bed"),
                                                                    ("14600", "bed")}


def test_a_rate_per_ten_thousand_people_counts_people_and_its_base_is_no_figure() -> None:
    found = _observations("海东市妇幼健康工作通报\n2025年，全市孕产妇死亡率为13.46/10万，婴儿死亡率为3.1‰。"
                          "2026年，确保孕产妇死亡率控制在18/10万以下。\n")
    assert [(value, unit, period) for _i, value, unit, _r, period in found if unit != "per-mille"] == [
        ("13.46", "person", "2025"), ("18", "person", "2026")]


def test_the_counties_a_city_has_counted_by_their_kind_alone() -> None:
    found = _observations("绵阳市民政事业发展统计公报\n2023年末全市辖3个市辖区、4个县、1个自治县，代管1个县级市。"
                          "全省共有21个市。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [
        ("1", "county"), ("1", "county"), ("21", "count"), ("3", "county"), ("4", "county")]


def test_a_work_reports_page_reviews_the_year_before_the_one_it_was_published_in() -> None:
    found = _observations("某市人民政府门户网站\n首页 > 政务公开 > 政府工作报告\n石嘴山市政府工作报告（民生篇摘要）\n"
                          "发布时间：2026-01-09 09:15　来源：石嘴山日报\n\n【编者按】一月八日，市人民代表大会开幕。"
                          "报告回顾了二〇二五年工作，提出了二〇二六年目标任务。\n\n过去的一年，全年民生支出六十二点四亿元。"
                          "城镇新增就业一万零八百六十人。\n")
    assert {(value, period) for _i, value, _u, _r, period in found} == {("6240000000", "2025"), ("10860", "2025")}


def test_money_each_child_a_year_is_per_person_and_year() -> None:
    found = _observations("深圳市育儿补贴政策解读\n2025年，深圳市在国家育儿补贴基础上每孩每年再增发1200元。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found] == [("1200", "CNY/person/year")]


def test_a_cut_in_price_is_a_negative_percentage_against_no_period() -> None:
    found = _observations("霍邱县医保工作动态\n2024年8月，全县中选药品价格平均降价52%，住院费用下降3.2%。\n")
    assert ("中选药品价格平均降价", "-52", "percent", "341522", "2024-08") in found


def test_where_someone_was_treated_is_not_where_the_money_they_paid_is() -> None:
    found = _observations("霍邱县医保工作扎实推进\n2024年，全县参保率达到97%。“我老伴去年在合肥住院做了心脏手术，"
                          "花了12万多，报销完自己只掏了3万来块。”村民王大爷说。\n")
    assert {(value, region) for _i, value, unit, region, _p in found if unit == "CNY"} == {
        ("120000", "341522"), ("30000", "341522")}


def test_places_that_push_a_programme_are_counted_as_places() -> None:
    found = _observations("闵行区养老服务动态\n截至2025年11月底，闵行区在14个街镇推进家庭养老照护床位建设。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found] == [("14", "township")]  # (not 14 beds)


def test_what_one_paid_oneself_in_kuai_is_money() -> None:
    found = _observations("会泽县医保惠民暖人心\n2025年7月3日，村民李正华说：“这次住院花了一万二千多，"
                          "医保报销加上医疗救助，自己只出了一千多块。”\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [("1000", "CNY"), ("12000", "CNY")]


def test_a_single_numeral_before_tiao_qi_zong_ending_its_phrase_is_a_count() -> None:
    found = _observations("英州镇政府工作报告\n2025年，全镇联合推出乡村旅游精品线路三条，拆除违法建筑四十二宗，"
                          "全年开展职业技能培训八期。守住三条底线，二期工程完工。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [("3", "count"), ("42", "count"),
                                                                          ("8", "count")]


def test_business_entities_counted_by_hu_are_no_households() -> None:
    found = _observations("德州市就业工作综述\n2024年，全市创业孵化基地入驻创业实体860户。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found] == [("860", "count")]


def test_places_counted_before_something_of_theirs_and_kinds_of_counts() -> None:
    found = _observations("依安县农业补贴工作\n2023年，县农业农村局对全县15个乡镇的补贴面积开展交叉抽查。"
                          "全县12个村的集体经济收入超过10万元。全市9个旗区均设立零工市场，选手获得金牌6枚。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [
        ("12", "village"), ("15", "township"), ("6", "count"), ("9", "county")]


def test_the_year_in_an_events_name_does_not_date_a_day_named_before_it() -> None:
    found = _observations("沈丘县人社工作\n2023年1月12日发布。1月10日，县人力资源市场举办2023年“春风行动”首场招聘会，"
                          "68家企业提供岗位3200余个。\n")
    assert {period for *_rest, period in found} == {"2023-01"}


def test_places_doing_part_of_a_totals_work_count_what_the_total_counts() -> None:
    found = _observations("松原市政府工作报告\n2025年，新建乡镇（街道）区域性养老服务中心十二个，"
                          "其中扶余市、前郭县分别新建四个和三个。\n")
    assert sorted((value, unit, region) for _i, value, unit, region, _p in found) == [
        ("12", "institution", "220700"), ("3", "institution", "220721"), ("4", "institution", "220781")]


def test_the_goals_of_the_next_five_years_read_from_a_plan_are_for_its_last_year() -> None:
    found = _observations("松原市政府工作报告\n（二〇二六年一月十日）\n"
                          "根据《松原市国民经济和社会发展第十五个五年规划纲要（草案）》，"
                          "今后五年全市经济社会发展的主要目标是：地区生产总值年均增长百分之六左右。\n")
    assert [(value, period) for _i, value, _u, _r, period in found] == [("6", "2030")]


def test_a_raise_of_standards_said_for_both_categories_of_area_takes_their_units() -> None:
    found = _observations("阿克苏地区低保标准调整通知\n自2025年7月1日起，一类地区（阿克苏市、库车市）城市低保标准"
                          "由每人每月740元提高到每人每月780元，农村低保标准由每人每年5520元提高到每人每年5880元；"
                          "二类地区（温宿县、沙雅县）城市低保标准由每人每月720元提高到每人每月760元，"
                          "农村低保标准由每人每年5400元提高到每人每年5760元。两类地区城市、农村低保标准分别提高40元和360元。\n")
    assert {(value, unit) for _i, value, unit, _r, _p in found if value in ("40", "360")} == {
        ("40", "CNY/person/month"), ("360", "CNY/person/year")}


def test_kinds_of_livestock_each_counted_by_its_own_classifier() -> None:
    found = _observations("门源县政府工作报告\n2025年，全县牦牛、藏羊存栏分别达到十八点六万头和四十二万只。\n")
    assert sorted((value, unit) for _i, value, unit, _r, _p in found) == [("186000", "count"), ("420000", "count")]


def test_a_floor_held_for_years_is_no_figure() -> None:
    found = _observations("涡阳县政府工作报告\n2025年，粮食总产量达到134.6万吨，连续十年稳定在一百二十万吨以上。"
                          "城镇调查失业率连续三个月保持在5%以下。\n")
    assert [(value, unit) for _i, value, unit, _r, _p in found] == [("1346000", "tonne")]
