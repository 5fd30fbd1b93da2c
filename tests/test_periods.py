"""Time expressions: years, months, parts of a year, the months since January, bases and targets."""

from __future__ import annotations

import pytest

from policy_graph.extract.clauses import find_periods


@pytest.mark.parametrize(("text", "expected"), [
    ("截至2018年底，全省", [("at", "2018", "截至2018年底")]),
    ("2019年6月，", [("at", "2019-06", "2019年6月")]),
    ("2022年前三季度", [("at", "2022-09", "2022年前三季度")]),
    ("截至11月底，全省", [("month", "11", "截至11月底")]),
    # the months since January, with a year or without one
    ("江西省2017年前十一个月社会组织工作", [("at", "2017-11", "2017年前十一个月")]),
    ("2017年1-11月，全省", [("at", "2017-11", "2017年1-11月")]),
    ("今年前10个月", [("relative", "0", "今年"), ("month", "10", "前10个月")]),
    ("全市1—10月累计发放", [("month", "10", "1—10月")]),
    ("一至十一月份", [("month", "11", "一至十一月份")]),
    ("前两个月", [("month", "02", "前两个月")]),
    ("比上年增长5%", [("base-previous", "", "比上年")]),
    ("到2025年底达到", [("target", "2025", "到2025年底")]),
    # the end of a five-year plan, a time or what a change is from (比“十三五”末增加812亿元)
    ("“十三五”末，全市", [("at", "2020", "“十三五”末")]),
    ("比“十三五”末增加812亿元", [("base", "2020", "“十三五”末")]),
    # days of the disabled: 全国助残日 (May), 国际残疾人日 (3 December)
    ("第三十四次全国助残日期间，开展助残活动12场次", [("festival", "助残日", "助残日期间")]),
    ("国际残疾人日当天，发放慰问金", [("festival", "国际残疾人日", "国际残疾人日当天")]),
    ("“八一”建军节期间，走访慰问", [("festival", "八一", "“八一”建军节期间")]),
    ("建军节前夕，慰问", [("festival", "建军", "建军节前夕")]),
    ("2018年前完成", []),  # before 2018: no period
    # the time of a cause named (受去年强降雨影响较重的…): not the figures'
    ("受去年强降雨影响较重的龙门镇发放资金86.2万元", []),
    ("受2024年强降雨影响，发放资金", []),
    # a month named alone, not a date nor a number of months
    # (in words too, ending a clause or before a part of it: 六月中旬，…, 九月份; not 一月一次, 三月三)
    ("六月中旬，全镇遭遇持续强降雨", [("month", "06", "六月")]),
    ("九月份全县", [("month", "09", "九月份")]),
    ("今年六月，全镇", [("relative", "0", "今年"), ("month", "06", "六月")]),
    ("坚持一月一次走访", []),
    ("三月三，歌圩节", []),
    ("8月，全县遭受暴雨", [("month", "08", "8月")]),
    ("十月，全市", [("month", "10", "十月")]),
    # since August: to the time the text reports on, August at the earliest
    ("8月份以来", [("since-month", "08", "8月份以来")]),
    ("8月1日起施行", []),
    # a span of months: its last month, with a year or without one
    ("7月至9月，开展专项检查", [("month", "09", "7月至9月")]),
    ("2024年7月至9月，开展专项检查", [("at", "2024-09", "2024年7月至9月")]),
    ("7—9月", [("month", "09", "7—9月")]),
    ("发放金额为2025年7—9月合计发放数", [("at", "2025-09", "2025年7—9月")]),
    # a season of two years names what funds are for, not when (the text's data month dates them)
    ("下达2025—2026年度冬春救助资金4860万元", []),
    ("完成2025—2026年采暖期困难群众取暖补贴发放工作", []),  # (and a season's work, named by its two years)
    ("做好二〇二五—2026年度冬春救助准备工作", []),  # (its first year in Chinese numerals)
    ("2026—2027学年资助学生1200人", []),
    # (to December: the year's, as 1—12月)
    ("提标后2026年7—12月需增加资金", [("at", "2026", "2026年7—12月")]),
    # a span across years: its end, not a target
    ("2024年12月至2025年2月开展的专项行动期间", [("at", "2025-02", "2024年12月至2025年2月")]),
    # a quarter in Arabic digits
    ("2025年2季度分省社会救助主要数据", [("at", "2025-06", "2025年2季度")]),
    # what was audited is no time frame; when it was audited is
    ("2025年2月至4月，市审计局对2024年度民政专项资金进行了审计", [("at", "2025-04", "2025年2月至4月")]),
    # the month so far of this year
    ("截至今年五月底，中山共有养老机构68家", [("relative", "0", ""), ("month", "05", "截至今年五月底")]),
    # a day of a month named alone: its month (not the start of a rule or a span of days)
    ("8月29日（七夕）当天，全市办理结婚登记1126对", [("month", "08", "8月29日")]),
    ("3月18日起执行", []),
    ("10月1日至7日", []),
    # the date a rule takes effect
    ("决定自2025年1月1日起提高标准", [("effective", "2025-01", "自2025年1月1日起")]),
    ("从2024年8月起执行", [("effective", "2024-08", "从2024年8月起")]),
    ("12个月", []),
    # years named relative to the one the text is written in
    ("今年全市经济社会发展的主要预期目标", [("relative", "0", "今年")]),
    ("明年力争", [("relative", "1", "明年")]),
    ("今年以来，全市累计", []),  # the year so far: the text's own period
    ("去年11月以来，县民政局累计走访", []),  # since then: to the time the text reports on
    # years back, as people tell them (not a base: 比前年, 比5年前; nor 年底前年检, 春节前年货, 2018年前)
    ("三年前刚包大棚的时候", [("relative", "-3", "三年前")]),
    ("前年全村人均纯收入还不到9000元", [("relative", "-2", "前年")]),
    ("前年12月18日深夜", [("relative", "-2", "前年"), ("month", "12", "12月18日")]),
    ("比前年多了1万多元", []),
    ("比5年前增长一倍", []),
    ("确保年底前年检发现问题整改到位", []),
    # since the day something began, named between the day and 以来: a span to now, not the day
    ("自2021年1月1日《民法典》施行以来，累计受理", [("since", "2021", "自2021年1月1日《民法典》施行以来")]),
    ("自2019年5月项目启动以来，累计", [("since", "2019", "自2019年5月项目启动以来")]),
    # a quarter: its last month; since a quarter, to the time the text reports on
    ("湖南省民政厅2024年第三季度民政统计季报", [("at", "2024-09", "2024年第三季度")]),
    ("第二季度，全市", [("month", "06", "第二季度")]),
    ("今年第三季度以来，全县", [("relative", "0", "今年")]),
    # since a time of last year or this one (a semester, a flood season): to now, not that year
    ("去年秋季学期以来共为11名大学生发放助学金", []),
    ("今年入汛以来，全县", []),
    # the level a change started from in the year before the one reported on (not 比上年: a base)
    ("贫困发生率由上年的2.38%下降到1.12%", [("prior", "-1", "上年")]),
    ("比上年增长5%", [("base-previous", "", "比上年")]),
    # compared with last year's end: a base, not the year the figure is of
    ("与去年底相比，城乡低保对象减少138人", [("base-previous", "", "与去年底相比")]),
    # the year of a listed event is no time frame; a year that starts a list still is
    ("经受住了煤炭市场大幅波动和2021年秋汛等严峻考验，全省累计", []),
    ("2020年和2021年分别增长5%", [("at", "2020", "2020年"), ("at", "2021", "2021年")]),
    # 一到11月, "as soon as November comes", is no span of months (一至十一月, 1到11月 are)
    ("以前一到11月就急着往外甩货", []),
    ("一至十一月，全县", [("month", "11", "一至十一月")]),
    ("1到11月，全县", [("month", "11", "1到11月")]),
])
def test_periods(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(p.kind, p.value, text[p.start:p.end]) for p in find_periods(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“十四五”期间，培育孵化社区社会组织200个以上", [("at", "2025", "“十四五”期间")]),
    ("十三五时期，全市累计投入", [("at", "2020", "十三五时期")]),
    ("《“十四五”民政事业发展规划》", []),   # the plan's name, not its span
])
def test_the_span_of_a_five_year_plan_is_its_last_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(p.kind, p.value, text[p.start:p.end]) for p in find_periods(text)] == expected


def test_this_years_month_and_span_of_months_after_a_year_named_before() -> None:
    assert [(p.kind, p.value) for p in find_periods("截至今年6月底，全市")] == [("relative", "0"), ("month", "06")]
    assert [(p.kind, p.value) for p in find_periods("今年6月至7月，检查组")] == [("relative", "0"), ("month", "07")]
    assert [(p.kind, p.value) for p in find_periods("2024年6月至7月")] == [("at", "2024-07")]


def test_festivals_fall_in_their_month_of_the_year() -> None:
    from policy_graph.extract.festivals import festival_month

    # lunar festivals move between months: 春节 2025-01-29 and 2026-02-17, 中秋 2020-10-01 and 2024-09-17,
    # 端午 2025-05-31, 元宵 2026-03-03, 七夕 2006-07-31; the others keep theirs
    assert [festival_month("春节", 2025), festival_month("春节", 2026), festival_month("中秋", 2020),
            festival_month("中秋", 2024), festival_month("端午", 2025), festival_month("元宵", 2026),
            festival_month("七夕", 2006), festival_month("清明", 2026), festival_month("中秋国庆", 2023),
            festival_month("重阳", 2025)] == [1, 2, 10, 9, 5, 3, 7, 4, 10, 10]
    assert festival_month("春节", 1990) is None  # (outside the table's years)


def test_figures_of_a_festivals_days_are_of_its_month() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("截至2026年3月底，全市共有低保对象3.2万人。春节期间，全市走访慰问困难群众1.26万户。"
            "清明节期间，全市接待祭扫群众12.6万人次。2025年国庆中秋假期，全县接待游客12万人次。"
            "春节前后，为638名留守老年人送去慰问金。重阳节前夕，为120名百岁老人送去慰问金。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert [o.period for o in resolved.facts.observations] == [
        "2026-03", "2026-02", "2026-04", "2025-10", "2026-03", "2026-10"]  # (not 前后: days on both sides of it)


def test_the_days_around_a_festival_are_of_its_month_unless_they_run_into_another() -> None:
    # 重阳节前后 in October, always; 春节前后 may be January and February both
    assert [(p.kind, p.value) for p in find_periods("重阳节前后，全市走访慰问老年人1.26万人次")] == [
        ("festival", "重阳")]
    assert not list(find_periods("春节前后，为638名留守老年人送去慰问金"))


def test_a_festivals_days_date_their_own_clauses_only() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("截至2026年3月底，全市共有低保对象3.2万人。"
            "一季度，全市办理结婚登记1126对，其中情人节当天办理结婚登记86对；办理离婚登记312对。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert [o.period for o in resolved.facts.observations] == ["2026-03", "2026-03", "2026-02", "2026-03"]


def test_a_quarter_compared_with_is_a_base_not_a_time() -> None:
    # 与一季度末相比，…减少0.63万人: a change since then, dated by the text's own time
    assert not [p for p in find_periods("与一季度末相比，全省低保对象减少0.63万人") if p.kind == "month"]
    assert [(p.kind, p.value) for p in find_periods("一季度末，全省低保对象")] == [("month", "03")]


def test_a_day_written_month_dot_day_is_of_its_month() -> None:
    assert [(p.kind, p.value) for p in find_periods("“5·20”当天全省办理结婚登记1.12万对")] == [("month", "05")]
    # the day's campaign, or a day named for what it is (“6·30”活动, “9·9”公益日): its month too; not a ratio
    assert [(p.kind, p.value) for p in find_periods("新会区2024年“6·30”活动各镇（街）认捐情况")] == [
        ("at", "2024"), ("month", "06")]
    assert [(p.kind, p.value) for p in find_periods("去年“9·9”公益日期间，通过网络募集善款")] == [
        ("relative", "-1"), ("month", "09")]
    assert list(find_periods("男女比例为1·2左右")) == []


def test_a_paragraph_opening_with_festival_days_is_of_the_festivals_month() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("截至2023年2月底，全县共有低保对象13108人。\n"
            "　　元旦春节期间，县委主要领导带队走访慰问困难群众。全县共走访慰问困难群众3260户，发放慰问金186.4万元。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert [o.period for o in resolved.facts.observations] == ["2023-02", "2023-01", "2023-01"]


def test_a_festival_that_opens_a_sentence_of_figures_dates_that_sentence_only() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("2021年河南省民政工作综述\n"
            "　　清明节期间，全省各地共接待祭扫群众2260万人次。全省共有殡仪馆152个，全年火化遗体31.6万具。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert [o.period for o in resolved.facts.observations] == ["2021-04", "2021", "2021"]


def test_a_festival_at_the_years_start_in_a_january_page_reviewing_the_year_before_is_this_years() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("寒冬送暖丨滦平关爱留守儿童\n滦平县民政局 2025-01-26 17:30\n"
            "　　2024年，全县共探访农村留守老年人8.6万人次。\n\n03 节前慰问\n\n"
            "　　春节前夕，县民政局共慰问留守儿童和困境儿童2050名。\n\n"
            "一、2024年工作完成情况\n\n　　春节期间，走访慰问困难残疾人家庭1260户。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["86000"] == "2024"
    assert periods["2050"] == "2025-01"  # the Spring Festival the January page looks to: 2025's (29 January)
    assert periods["1260"] == "2024-02"  # under a heading of 2024's work: that year's


def test_since_a_month_of_the_year_is_a_time_of_its_own_not_a_date() -> None:
    assert [(p.kind, p.value) for p in find_periods("进入7月以来，全县走访1260人；十一月以来，发放棉被")] == [
        ("since-month", "07"), ("since-month", "11")]
    assert list(find_periods("去年11月以来，新增13人")) == []  # (a month of the year before: to now)


def test_figures_since_a_month_after_the_one_carried_are_of_that_month() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("上半年全县兜底保障资金发放2.16亿元\n发布时间：2025-07-15\n"
            "　　截至6月底，全县共有城乡低保对象2.36万户。进入7月以来，全县对1260名特困人员开展走访。\n"
            "　　截至6月底，全县新增低保对象35户。5月份以来，新纳入特困人员12人。\n"
            "　　2024年，全县实施临时救助3260人次。7月以来，全县救助受灾群众860人。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["1260"] == "2025-07"  # since July: not to the end of June
    assert periods["12"] == "2025-06"  # since May, to the end of June
    assert periods["860"] == "2024"  # since July, of the year reviewed


def test_a_departments_budget_or_accounts_is_on_the_year_it_names_and_a_years_last_day_is_the_year() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("安溪县民政局2024年部门预算\n"
            "　　截至2023年12月31日，本部门编制人数58人。\n"
            "　　2024年收入预算8642.3万元，比上年增加312.5万元。社会保障和就业支出7325.6万元，占84.8%。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.reference_period == "2024"
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["58"] == "2023"  # (截至…12月31日: the year's end)
    assert periods["86423000"] == "2024" and periods["73256000"] == "2024" and periods["84.8"] == "2024"


def test_a_reply_to_a_suggestion_sets_no_rules_its_standards_are_of_the_month_its_figures_run_to() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    letter = ("忻州市民政局关于市五届人大二次会议第058号建议的答复\n忻民建〔2022〕16号\n郭建平代表：\n"
              "　　市财政对新建农村公益性公墓按每个不低于10万元的标准给予以奖代补。截至2022年6月底，"
              "全市建成农村公益性公墓126个。\n")
    notice = letter.replace("关于市五届人大二次会议第058号建议的答复", "关于推进农村公益性公墓建设的通知").replace(
        "忻民建〔2022〕16号", "忻民发〔2022〕16号")
    periods = []
    for text in (letter, notice):
        resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
        periods.append({str(o.value): o.period for o in resolved.facts.observations}["100000"])
    assert periods == ["2022-06", "2022"]  # (a notice sets its rule for its year)


def test_a_year_inside_one_item_of_a_list_dates_that_item_only() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("云南省民政厅关于省政协第0352号提案的答复函\n发布时间：2025-06-12\n"
            "　　截至2025年5月底，全省建成社会工作站1419个。\n"
            "　　全省社会工作站建设仍存在一些薄弱环节：一是队伍稳定性不强，2024年流失率达到16.8%；"
            "二是薪酬待遇偏低，驻站社工月平均工资仅3200元左右。\n"
            "　　2026年，全省将重点抓好两个方面工作：一是新增养老床位5000张以上；二是新建老年食堂500个。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    found = {str(o.value): (o.unit, o.period) for o in resolved.facts.observations}
    assert found["16.8"] == ("percent", "2024")
    assert found["3200"] == ("CNY/person/month", "2025-05")  # (月平均工资: a month's pay)
    assert found["5000"][1] == "2026" and found["500"][1] == "2026"  # (a year before the list dates all of it)


def test_a_message_boards_reply_under_a_title_of_a_year_before_is_on_the_month_it_was_given() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("二孩2024年3月出生，育儿补贴申请十多天还在“审核中”\n留言时间：2025-09-03 21:18\n"
            "　　我家老二2024年3月出生，两个人每月收入加起来不到6000元。\n答复时间：2025-09-15 16:42\n"
            "　　全县共受理育儿补贴申请2.26万件，已审核通过1.94万件。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    assert resolved.facts.reference_period == "2025-09"
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["22600"] == "2025-09" and periods["19400"] == "2025-09"


def test_a_month_in_chinese_numerals_after_a_year_in_digits() -> None:
    assert [(p.kind, p.value) for p in find_periods("文中数据截至2022年六月底；2025年十一月召开")] == [
        ("at", "2022-06"), ("at", "2025-11")]
    # (a day after it, 从2026年一月一日起, stays what it was read as: the year a rule takes effect in)
    assert [(p.kind, p.value) for p in find_periods("从2026年一月一日起，提高二十元")] == [("at", "2026")]


def test_a_report_to_the_end_of_december_in_chinese_numerals_is_on_the_year() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("安康市民政局关于2024年度民政领域十件民生实事完成情况的报告\n"
            "　　截至2024年十二月底，十件民生实事全部完成。全年实施临时救助一万零八百人次。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    assert resolved.facts.reference_period == "2024"
    assert [o.period for o in resolved.facts.observations] == ["2024"]


def test_what_a_notice_asks_of_those_it_is_sent_to_is_for_its_own_year() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    # (2024年，… opens the paragraph; 各地要确保… after it asks for now, not for the year reviewed)
    text = ("关于下达2025年医疗救助补助资金的通知\n各市医疗保障局：\n　　现下达2025年医疗救助补助资金38620万元。\n"
            "　　2024年，全省实施门诊和住院救助612.4万人次。各地要确保低保对象救助比例不低于70%，"
            "年度救助限额原则上不低于5万元。\n湖南省医疗保障局\n2025年9月12日\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["6124000"] == "2024" and periods["70"] == "2025" and periods["50000"] == "2025"


def test_the_same_months_a_year_before_and_the_years_goal_in_a_report_to_a_month() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("前10个月全市新增就业岗位52.6万个\n2024年11月20日\n　　1—10月，全市新增就业岗位52.6万个，"
            "完成年度目标任务55万个的95.6%。1—10月，全市新增创业主体1.26万户，去年同期为1.18万户。"
            "去年同期，全市新增就业岗位50.1万个。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["526000"] == "2024-10" and periods["550000"] == "2024"  # (the goal: the whole year's)
    assert periods["11800"] == periods["501000"] == "2023-10"  # (去年同期: to October a year before, not the year)


def test_a_heading_of_how_key_work_is_going_reports_what_was_done() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    # (重点工作推进情况: progress, not a plan: what was done to October is no target of the year)
    text = ("2025-11-12\n涟水县住房和城乡建设局1—10月重点工作推进情况\n"
            "城镇老旧小区改造提速推进。2025年，全县计划改造城镇老旧小区28个。截至10月底，28个小区已全部开工，"
            "已完工21个。改造中同步加装电梯16部。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    found = {str(o.value): (o.period, "target" in o.qualifiers) for o in resolved.facts.observations}
    assert found["21"] == ("2025-10", False) and found["16"] == ("2025-10", False)


def test_a_year_end_deadline_holds_for_each_figure_after_it_to_the_semicolon() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("屏南县民政局2024年1—9月工作情况\n2024-10-15\n"
            "　　截至9月底，全县建成长者食堂42个。第四季度，县民政局将力争年底前新建长者食堂8个，"
            "实现全县11个乡镇长者食堂全覆盖；预计发放率达到100%。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations}
    assert found["42"] == "2024-09" and found["8"] == "2024" and found["11"] == "2024"


def test_a_heading_naming_its_year_in_words_dates_its_plans() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("建安区政府工作报告（摘要）\n——二〇二五年一月七日在许昌市建安区第二届人民代表大会第五次会议上\n"
            "【回顾二〇二四】\n"
            "　　二〇二四年，全区接待游客四百二十万人次。\n【展望二〇二五】\n"
            "　　重点抓好以下工作：实施省市重点项目八十六个；力争全年接待游客达到四百六十万人次。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations}
    assert found == {"4200000": "2024", "86": "2025", "4600000": "2025"}


def test_last_years_level_of_the_same_months_takes_no_change_said_after_it() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("常州市人社局就业工作动态\n2024-11-20\n"
            "　　2024年1—10月，全市发放一次性扩岗补助12.3万人次，上年同期为11.2万人次，同比增长9.8%。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    found = {str(o.value): (o.period, o.base_period, o.change_percent) for o in resolved.facts.observations}
    assert found["123000"][:2] == ("2024-10", "2023-10") and str(found["123000"][2]) == "9.8"
    assert found["112000"] == ("2023-10", None, None)
    text = text.replace("，上年同期为11.2万人次，同比增长9.8%", "、9.45亿元，去年同期分别为11.2万人次和8.72亿元")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    found = {str(o.value): (o.indicator, o.period) for o in resolved.facts.observations}
    assert found["112000"] == found["872000000"] == ("发放一次性扩岗补助", "2023-10")  # (both, of what was paid)


def test_a_plan_interpretations_background_reports_no_targets() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("《上海市困境儿童分层分类保障三年行动计划（2025—2027年）》政策解读\n发布时间：2025-09-12\n"
            "一、《行动计划》出台的背景是什么？\n答：截至2025年8月底，全市共有孤儿486名。\n"
            "二、《行动计划》的主要目标是什么？\n答：到2027年，全市建成儿童友好社区300个。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    found = {str(o.value): (o.period, "target" in o.qualifiers) for o in resolved.facts.observations}
    assert found == {"486": ("2025-08", False), "300": ("2027", True)}


def test_the_months_in_brackets_after_an_event_date_what_was_done_in_it() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("东莞市1—9月就业情况\n2025-10-15\n　　1—9月，全市举办招聘会1200场。春节后“春风行动”期间（2月至3月）"
            "举办招聘会326场。全市减免租金65.9万元（2024年全年共减免238.4万元），惠及商户38户。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations}
    assert found["1200"] == "2025-09" and found["326"] == "2025-03"
    assert found["38"] == "2025-09"  # (a year in brackets closed before a figure still dates only itself)


def test_months_gone_by_in_a_page_on_next_years_standards_are_of_the_year_it_was_written_in() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("一图读懂丨2026年鹤壁市城乡低保标准提高了\n发布时间：2025-12-26 10:20\n"
            "　　近日，鹤壁市民政局印发通知，自2026年1月1日起提高全市城乡低保标准。\n"
            "　　截至2025年11月底，全市共有城乡低保对象2.1万人。\n"
            "　　1—11月，全市累计发放城乡低保资金1.46亿元。\n"
            "　　全市城市低保标准由每人每月780元提高到每人每月810元。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["146000000"] == "2025-11"  # (not November of 2026, a month not yet come)
    assert periods["810"] == "2026" and periods["21000"] == "2025-11"


def test_a_date_figures_run_to_is_the_latest_by_the_time_the_page_was_written() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("吉林省2025年社会救助工作新闻发布会实录\n发布日期：2026-01-15\n"
            "　　2025年，全省累计支出城乡低保资金52.4亿元。\n"
            "　　入冬以来（截至1月12日），全省共走访困难群众76.2万户次。确保3月底前冬春救助资金发放率达到100%。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["762000"] == "2026-01"  # (January of the year it was written in, not of the year it reviews)
    assert periods["5240000000"] == "2025" and periods["100"] == "2026"  # (a deadline to come: the year)
    deadline = ("筠连县残疾人两项补贴工作动态\n发布时间：2025-07-10\n　　截至6月底，全县发放两项补贴资金860万元。"
                "确保10月底前复核率达到100%，力争到12月底发放率达到98%。\n")
    resolved, _ = source_document(Source.from_bytes(deadline.encode(), name="a.txt"))
    assert {str(o.value): o.period for o in resolved.facts.observations if o.unit == "percent"} == {
        "100": "2025", "98": "2025"}  # (a deadline and a goal ahead: not the December gone by)


def test_funds_sent_ahead_in_a_month_are_the_years_funds_sent_in_a_month_that_months() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("白城市民政局关于下达2025年第二批困难群众救助补助资金的通知\n发布时间：2025-10-16\n"
            "　　现将2025年第二批困难群众救助补助资金8640万元下达你们。"
            "此前，市财政局已于2025年1月提前下达第一批资金21360万元。\n"
            "　　此外，市民政局已于2025年9月中旬下达冬春救助资金4800万元。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["213600000"] == "2025"  # (the year's first batch, sent ahead of the year's needs)
    assert periods["48000000"] == "2025-09"  # (sent out that month)


def test_funds_for_a_quarter_allocated_under_a_heading_on_how_they_were_arranged() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("淇县民政局关于下达2026年第一季度城乡低保资金的通知\n发布时间：2026-01-08\n一、资金安排情况\n"
            "　　本次共下达2026年第一季度城乡低保资金585.5万元。\n二、工作要求\n　　各乡镇要及时发放。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    found = {str(o.value): (o.period, sorted(o.qualifiers)) for o in resolved.facts.observations}
    assert found["5855000"] == ("2026", [])  # (the year's funds, for its first quarter; arranged, not planned)
    shared = ("安顺市2025年困难群众救助补助资金分配结果公开\n发布时间：2025-12-26\n"
              "　　全市共分配困难群众救助补助资金58620万元。截至2025年11月底，全市共有特困人员1.58万人。\n")
    resolved, _ = source_document(Source.from_bytes(shared.encode(), name="a.txt"))
    assert {str(o.value): o.period for o in resolved.facts.observations}["586200000"] == "2025"


def test_this_years_funds_sent_on_the_day_a_sentence_opens_with_are_of_that_month() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("镇雄县第二批困难群众救助补助资金下达到位\n发布时间：2022-07-12\n"
            "　　7月8日，县财政局、民政局联合下达今年第二批困难群众救助补助资金8620万元。"
            "截至6月底，全县共有城乡低保对象3.82万户。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["86200000"] == "2022-07" and periods["38200"] == "2022-06"  # (not the month figures run to)


def test_the_last_day_of_december_a_text_counts_to_is_the_years_end() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("竹山县2023年民政事业统计数据\n发布日期：2024-02-26\n"
            "　　截至2023年12月31日，全县共有城乡低保对象3.12万人。城市低保标准为每人每月720元。\n"
            "　　全县共有特困人员2862人。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    assert resolved.facts.reference_period == "2023"
    assert {o.period for o in resolved.facts.observations} == {"2023"}  # (the year's end: the year, not December)


def test_visits_on_days_said_after_what_they_were_for_date_what_this_round_did() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("双河镇开展春节走访慰问活动\n发布时间：2025-01-24\n"
            "　　为让困难群众过一个欢乐祥和的春节，1月20日至24日，双河镇组织镇村干部深入各村开展走访慰问活动。\n"
            "　　此次共走访慰问困难群众612户，发放慰问金24.66万元。\n"
            "　　2024年，全镇共发放城乡低保金528.6万元，全镇低保对象1286人。长宁县城乡低保标准为每人每月780元。"
            "宜宾市、四川省有关部门肯定了双河镇的做法。镇社会事务办联合镇卫生院为42名老人体检。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["612"] == periods["246600"] == "2025-01" and periods["5286000"] == "2024"
    assert resolved.facts.focus_region == "511524"  # (the 双河镇 of the county it names, of several in Sichuan)


def test_now_in_a_briefing_on_the_year_before_is_the_latest_date_its_figures_ran_to() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("辽宁省2025年社会救助工作新闻发布会实录\n发布日期：2026-01-15\n"
            "　　2025年，全省累计支出城乡低保资金62.4亿元。入冬以来（截至1月12日），全省共走访困难群众86.2万户次。\n"
            "　　目前，全省各级储备棉被12.6万床。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    periods = {str(o.value): o.period for o in resolved.facts.observations}
    assert periods["6240000000"] == "2025" and periods["126000"] == "2026-01"  # (now: January, not the year before)
