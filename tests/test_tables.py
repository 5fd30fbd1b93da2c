"""Figures in tables: web pages' tables of figures kept as rows of cells, and each figure read as an observation."""

from __future__ import annotations

from decimal import Decimal

from policy_graph.build import source_document
from policy_graph.normalize import normalize
from policy_graph.read import Source
from policy_graph.webpage import extract_article

_PROSE = "<p>截至2024年9月底，全市共有城乡低保对象12.76万人，比上年底减少0.3万人，救助工作平稳有序推进。</p>"


def _page(body: str, title: str = "保定市民政局") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/a'>政务公开</a></div>{body}"
            "<div class='footer'>版权所有：保定市民政局 冀ICP备12345678号</div></body></html>").encode()


def _read(raw: bytes, name: str) -> tuple[Source, list[tuple[str, str, str, str, str, str | None]]]:
    source = Source.from_bytes(raw, name=name)
    resolved, _ = source_document(source)
    found = [(o.indicator, str(o.value), o.unit, o.region, o.period,
              str(o.change_percent) if o.change_percent is not None else None)
             for o in resolved.facts.observations if o.evidence.rule == "table"]
    return source, found


def test_a_table_of_figures_becomes_rows_of_cells_and_a_layout_table_does_not() -> None:
    layout = ("<table><tr><td><p>这是一篇放在布局表格里的文章，它的段落很长，不是数字表格的一个单元格。"
              "第二句话也在这里，继续说明工作进展情况。</p></td></tr>"
              "<tr><td><p>第二段同样很长，讲述了全市养老服务体系建设取得的新进展和新成效，值得关注。</p></td></tr></table>")
    page = extract_article(layout)
    assert "\t" not in page.text and "文章" in page.text and "第二段" in page.text
    figures = _PROSE + "<table><tr><td>县</td><td>人数（人）</td></tr><tr><td>易县</td><td>10247</td></tr>" \
                       "<tr><td>涞源县</td><td>8315</td></tr></table>"
    assert "县\t人数（人）\n易县\t10247\n涞源县\t8315" in extract_article(figures).text


def test_spanning_header_cells_and_empty_cells_keep_the_columns_in_line() -> None:
    html = _PROSE + (
        "<table><tr><th rowspan='2'>县（市、区）</th><th colspan='2'>低保对象（人）</th>"
        "<th rowspan='2'>临时救助（人次）</th></tr><tr><th>城市</th><th>农村</th></tr>"
        "<tr><td>阜平县</td><td></td><td>9862</td><td>1436</td></tr>"
        "<tr><td>易县</td><td>1380</td><td>10247</td><td>—</td></tr></table>")
    _source, found = _read(_page(html), "page.html")
    assert sorted(found) == sorted([
        ("农村低保对象", "9862", "person", "130624", "2024-09", None),
        ("临时救助", "1436", "person-time", "130624", "2024-09", None),
        ("城市低保对象", "1380", "person", "130633", "2024-09", None),
        ("农村低保对象", "10247", "person", "130633", "2024-09", None),
    ])


def test_rows_of_regions_with_a_caption_a_serial_column_a_total_and_changes() -> None:
    html = _PROSE + (
        "<p>表2 2023年各县（市）养老服务情况</p>"
        "<table><tr><td>序号</td><td>地区</td><td>养老床位（张）</td><td>比上年增长（%）</td>"
        "<td>低保标准（元/人·月）</td></tr>"
        "<tr><td>1</td><td>涿州市</td><td>2,350</td><td>6.2</td><td>820</td></tr>"
        "<tr><td>2</td><td>高碑店市</td><td>1,180</td><td>-1.5</td><td>790</td></tr>"
        "<tr><td>3</td><td>合计</td><td>3530</td><td>3.5</td><td>—</td></tr></table>"
        "<p>注：床位数含农村敬老院床位。</p>")
    _source, found = _read(_page(html), "page.html")
    assert sorted(found) == sorted([
        ("养老床位", "2350", "bed", "130681", "2023", "6.2"),
        ("低保标准", "820", "CNY/person/month", "130681", "2023", None),
        ("养老床位", "1180", "bed", "130684", "2023", "-1.5"),
        ("低保标准", "790", "CNY/person/month", "130684", "2023", None),
        ("养老床位", "3530", "bed", "130600", "2023", "3.5"),
    ])


def test_rows_of_indicators_with_a_unit_column_and_columns_of_years() -> None:
    text = ("桐庐县2023年民政事业统计公报\n"
            "一、社会救助\n"
            "全县社会救助工作稳步推进，主要指标见下表。\n"
            "指标\t单位\t2023年\t2022年\t比上年增长（%）\n"
            "城乡低保对象\t万人\t1.25\t1.31\t-4.6\n"
            "其中：农村低保对象\t人\t9860\t10420\t-5.4\n"
            "低保资金支出\t亿元\t1.8\t1.7\t5.9\n")
    _source, found = _read(text.encode(), "bulletin.txt")
    assert sorted(found) == sorted([
        ("城乡低保对象", "12500", "person", "330122", "2023", "-4.6"),
        ("城乡低保对象", "13100", "person", "330122", "2022", None),
        ("农村低保对象", "9860", "person", "330122", "2023", "-5.4"),
        ("农村低保对象", "10420", "person", "330122", "2022", None),
        ("低保资金支出", "180000000", "CNY", "330122", "2023", "5.9"),
        ("低保资金支出", "170000000", "CNY", "330122", "2022", None),
    ])


def test_a_unit_line_towns_and_a_table_after_the_last_paragraph() -> None:
    html = ("<h1>慈利县2024年上半年养老服务补贴发放情况</h1>"
            "<p>今年上半年，全县认真落实高龄津贴和养老服务补贴政策，各乡镇（街道）补贴发放情况如下。</p>"
            "<p>单位：万元</p>"
            "<table><tr><td>乡镇（街道）</td><td>高龄津贴</td><td>养老服务补贴</td></tr>"
            "<tr><td>零阳镇</td><td>12.5</td><td>8.3</td></tr>"
            "<tr><td>江垭镇</td><td>6.1</td><td>2.4</td></tr></table>"
            "<div class='related'><a href='/1'>相关新闻一</a><a href='/2'>相关新闻二</a></div>")
    source, found = _read(_page(html, "慈利县人民政府"), "page.html")
    assert sorted(found) == sorted([
        ("高龄津贴", "125000", "CNY", "430821", "2024-06", None),
        ("养老服务补贴", "83000", "CNY", "430821", "2024-06", None),
        ("高龄津贴", "61000", "CNY", "430821", "2024-06", None),
        ("养老服务补贴", "24000", "CNY", "430821", "2024-06", None),
    ])
    assert "相关新闻" not in normalize(source).text


def test_a_table_in_a_targets_section_gives_targets_and_quotes_run_from_the_row_to_the_figure() -> None:
    html = _PROSE + (
        "<p>表3 到2025年主要目标</p>"
        "<table><tr><td>地区</td><td>护理型床位占比（%）</td></tr>"
        "<tr><td>易县</td><td>60</td></tr><tr><td>涞源县</td><td>55</td></tr></table>")
    raw = _page(html)
    source = Source.from_bytes(raw, name="page.html")
    resolved, _ = source_document(source)
    table = [o for o in resolved.facts.observations if o.evidence.rule == "table"]
    assert [(o.region, o.period, o.value, o.unit, o.qualifiers) for o in table] == [
        ("130633", "2025", Decimal(60), "percent", {"target"}), ("130630", "2025", Decimal(55), "percent", {"target"})]
    normalized = normalize(source)
    start, end = normalized.original_span(table[0].evidence.start, table[0].evidence.end)
    assert source.text[start:end] == "易县</td><td>60"


def test_what_is_not_a_table_of_figures_gives_nothing() -> None:
    # a table of links, a table without a header, a row of words: no observation, and no error
    html = _PROSE + (
        "<table><tr><td><a href='/1'>通知一</a></td><td><a href='/2'>2024</a></td></tr>"
        "<tr><td><a href='/3'>通知二</a></td><td><a href='/4'>2023</a></td></tr></table>")
    assert _read(_page(html), "page.html")[1] == []
    text = "某县工作动态\n截至2024年6月底，全县低保对象3200人。\n甲\t乙\n丙\t丁\n1\t2\n"
    assert _read(text.encode(), "a.txt")[1] == []


def test_cells_before_any_row_and_cells_spanning_many_rows_are_placed() -> None:
    html = (_PROSE + "<table><td>易县</td><td>人数（人）</td>" + "<tr><td rowspan='40' colspan='40'>合计</td></tr>" * 30
            + "<tr><td>涞源县</td><td>8315</td></tr><tr><td>阜平县</td><td>9862</td></tr></table>")
    text = extract_article(html).text
    assert text.count("\t") >= 2 and "易县\t人数（人）" in text


def test_rows_of_years_and_a_plans_table_of_targets() -> None:
    years = ("临夏州民政事业发展情况\n截至2023年底，全州低保工作稳步推进，近三年主要数据如下。\n"
             "年份\t城乡低保对象（万人）\t养老床位（张）\n2021年\t12.6\t8120\n2022年\t12.1\t8640\n2023年\t11.8\t9050\n")
    found = sorted(_read(years.encode(), "years.txt")[1])
    assert found[:2] == [("养老床位", "8120", "bed", "622900", "2021", None),
                         ("养老床位", "8640", "bed", "622900", "2022", None)]
    assert ("城乡低保对象", "118000", "person", "622900", "2023", None) in found and len(found) == 6
    plan = ("甘肃省“十四五”养老服务体系规划\n（2022年1月5日）\n一、发展基础\n截至2020年底，全省养老服务体系初步建立。\n"
            "指标\t单位\t2020年\t2025年\t属性\n"
            "养老机构护理型床位占比\t%\t41\t55\t约束性\n"
            "每千名老年人拥有养老床位数\t张\t28.5\t32\t预期性\n")
    source = Source.from_bytes(plan.encode(), name="plan.txt")
    resolved, _ = source_document(source)
    table = sorted((o.indicator, str(o.value), o.unit, o.period, sorted(o.qualifiers))
                   for o in resolved.facts.observations if o.evidence.rule == "table")
    assert table == [("养老机构护理型床位占比", "41", "percent", "2020", []),
                     ("养老机构护理型床位占比", "55", "percent", "2025", ["target"]),
                     ("每千名老年人拥有养老床位数", "28.5", "bed", "2020", []),
                     ("每千名老年人拥有养老床位数", "32", "bed", "2025", ["target"])]


def test_cells_that_carry_their_own_units() -> None:
    html = _PROSE + ("<table><tr><td>县（市、区）</td><td>低保对象</td><td>低保资金</td><td>覆盖率</td></tr>"
                     "<tr><td>易县</td><td>10247人</td><td>3.2万元</td><td>98.5%</td></tr>"
                     "<tr><td>涞源县</td><td>8315人</td><td>2.6万元</td><td>97%</td></tr></table>")
    found = {(o[0], o[1], o[2], o[3]) for o in _read(_page(html), "page.html")[1]}
    assert found == {("低保对象", "10247", "person", "130633"), ("低保资金", "32000", "CNY", "130633"),
                     ("覆盖率", "98.5", "percent", "130633"), ("低保对象", "8315", "person", "130630"),
                     ("低保资金", "26000", "CNY", "130630"), ("覆盖率", "97", "percent", "130630")}


def test_changes_in_percentage_points_in_square_brackets_or_a_points_column() -> None:
    html = _PROSE + (
        "<table><tr><td>指标</td><td>单位</td><td>2024年</td><td>比上年增长（%）</td></tr>"
        "<tr><td>城镇登记失业率</td><td>%</td><td>3.28</td><td>[-0.05]</td></tr>"
        "<tr><td>城乡低保对象</td><td>万人</td><td>21.35</td><td>-3.2</td></tr></table>"
        "<p>表2 2024年养老服务指标</p>"
        "<table><tr><td>指标</td><td>单位</td><td>2024年</td><td>比上年提高（百分点）</td></tr>"
        "<tr><td>护理型床位占比</td><td>%</td><td>61.5</td><td>2.1</td></tr>"
        "<tr><td>养老机构</td><td>个</td><td>268</td><td>—</td></tr></table>")
    found = _read(_page(html), "page.html")[1]
    assert sorted((i, v, u, p, c) for i, v, u, _r, p, c in found) == sorted([
        ("城镇登记失业率", "3.28", "percent", "2024", None),
        ("城镇登记失业率变化", "-0.05", "percentage-point", "2024", None),
        ("城乡低保对象", "213500", "person", "2024", "-3.2"),
        ("护理型床位占比", "61.5", "percent", "2024", None),
        ("护理型床位占比变化", "2.1", "percentage-point", "2024", None),
        ("养老机构", "268", "institution", "2024", None)])


def test_cells_after_a_comparison_or_marked_as_a_plans_sum() -> None:
    text = ("“十四五”社会救助和养老服务体系建设规划\n（2021年12月20日）\n专栏1 主要指标\n"
            "指标\t单位\t2020年\t2025年\t属性\n"
            "生活不能自理特困人员集中供养率\t%\t41.2\t>60\t预期性\n"
            "培训养老护理员\t万人次\t—\t〔200〕\t预期性\n"
            "注：〔 〕内为五年累计数。\n")
    source = Source.from_bytes(text.encode(), name="plan.txt")
    resolved, _ = source_document(source)
    table = sorted((o.indicator, str(o.value), o.unit, o.period, sorted(o.qualifiers))
                   for o in resolved.facts.observations if o.evidence.rule == "table")
    assert table == [("培训养老护理员", "2000000", "person-time", "2025", ["cumulative", "target"]),
                     ("生活不能自理特困人员集中供养率", "41.2", "percent", "2020", []),
                     ("生活不能自理特困人员集中供养率", "60", "percent", "2025", ["at-least", "target"])]


def test_a_column_of_the_same_period_a_year_before() -> None:
    text = ("桐庐县民政事业统计月报\n表1 2024年1—6月主要指标\n"
            "指标\t单位\t本期\t上年同期\t同比增长（%）\n"
            "临时救助\t人次\t1260\t1180\t6.8\n")
    found = sorted(_read(text.encode(), "monthly.txt")[1])
    assert found == [("临时救助", "1180", "person-time", "330122", "2023-06", None),
                     ("临时救助", "1260", "person-time", "330122", "2024-06", "6.8")]


def test_a_change_column_in_a_monthly_table_is_based_on_the_same_months_a_year_before() -> None:
    text = ("桐庐县民政事业统计月报\n表1 2024年1—9月主要指标\n"
            "指标\t单位\t1—9月\t同比增长（%）\n临时救助\t人次\t1260\t6.8\n")
    source = Source.from_bytes(text.encode(), name="monthly.txt")
    resolved, _ = source_document(source)
    [obs] = [o for o in resolved.facts.observations if o.evidence.rule == "table"]
    assert (obs.period, obs.base_period, obs.change_percent) == ("2024-09", "2023-09", Decimal("6.8"))


def test_cells_that_say_at_least_or_about_in_words() -> None:
    text = ("番禺区民政事业发展“十四五”规划\n表1 主要指标\n"
            "序号\t指标\t2020年\t2025年\t属性\n"
            "1\t每千名老年人拥有养老床位数（张）\t38.5\t40以上\t预期性\n"
            "2\t婚姻登记服务满意度（%）\t98.2\t不低于98\t预期性\n"
            "3\t长者饭堂（个）\t96\t150左右\t预期性\n")
    source = Source.from_bytes(text.encode(), name="plan.txt")
    resolved, _ = source_document(source)
    table = sorted((o.indicator, str(o.value), o.period, sorted(o.qualifiers))
                   for o in resolved.facts.observations if o.evidence.rule == "table" and o.period == "2025")
    assert table == [("婚姻登记服务满意度", "98", "2025", ["at-least", "target"]),
                     ("每千名老年人拥有养老床位数", "40", "2025", ["at-least", "target"]),
                     ("长者饭堂", "150", "2025", ["approx", "target"])]


def test_a_caption_a_blank_line_above_its_table_and_a_quarters_end_column() -> None:
    text = ("湖南省民政厅2024年第三季度民政统计季报\n截至9月底，全省低保工作平稳。\n"
            "表1　2024年第三季度全省民政事业主要统计指标\n\n"
            "指标\t单位\t本季度末\t比上年同期增长%\n城乡低保对象\t万人\t128.46\t-3.1\n养老机构\t个\t2416\t1.3\n")
    source = Source.from_bytes(text.encode(), name="quarter.txt")
    resolved, _ = source_document(source)
    table = sorted((o.indicator, str(o.value), o.period, str(o.change_percent), o.base_period)
                   for o in resolved.facts.observations if o.evidence.rule == "table")
    assert table == [("养老机构", "2416", "2024-09", "1.3", "2023-09"),
                     ("城乡低保对象", "1284600", "2024-09", "-3.1", "2023-09")]


def test_a_column_of_changes_in_the_rows_own_units_gives_changes_of_their_own() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    page = ("<html><head><title>长沙市雨花区2024年政府信息公开工作年度报告</title></head><body>"
            "<h1>长沙市雨花区2024年政府信息公开工作年度报告</h1><p>2024年，区民政局主动公开民政数据如下。</p>"
            "<table><tr><th>指标</th><th>单位</th><th>本年</th><th>上年</th><th>增减</th></tr>"
            "<tr><td>城乡低保对象</td><td>人</td><td>6218</td><td>6452</td><td>-234</td></tr>"
            "<tr><td>社会救助资金支出</td><td>万元</td><td>6842.5</td><td>6710.3</td><td>132.2</td></tr></table>"
            "</body></html>")
    resolved, _ = source_document(Source.from_bytes(page.encode(), name="case.html"))
    found = {(o.indicator, str(o.value), o.unit, o.period, o.base_period) for o in resolved.facts.observations}
    assert ("城乡低保对象增量", "-234", "person", "2024", "2023") in found
    assert ("社会救助资金支出增量", "1322000", "CNY", "2024", "2023") in found
    assert all(o.change_percent is None for o in resolved.facts.observations)  # not growths in percent


def test_a_column_of_changes_since_a_census_year_in_its_own_unit() -> None:
    body = ("<h1>天水市2025年全国1%人口抽样调查主要数据公报</h1><p>发布时间：2026-03-18</p>"
            "<p>全市常住人口为2916432人。</p><p>表2　各县区常住人口</p><table>"
            "<tr><th>地　区</th><th>常住人口（人）</th><th>与2020年相比增减（人）</th><th>比上年增加（万元）</th></tr>"
            "<tr><td>秦州区</td><td>642718</td><td>-18436</td><td></td></tr>"
            "<tr><td>麦积区</td><td>553209</td><td>7125</td><td></td></tr></table>")
    _source, found = _read(_page(body, "天水市统计局"), "tianshui.html")
    levels = {(value, region, period) for _i, value, unit, region, period, change in found if change is None}
    assert {("642718", "620502", "2025"), ("-18436", "620502", "2025"), ("553209", "620503", "2025"),
            ("7125", "620503", "2025")} <= levels  # changes of their own, not growths in percent
    resolved, _ = source_document(Source.from_bytes(_page(body, "天水市统计局"), name="tianshui.html"))
    bases = {str(o.value): o.base_period for o in resolved.facts.observations}
    assert bases["-18436"] == "2020" and bases["7125"] == "2020"  # against the year the column names


def test_rows_of_quarters_take_their_quarters_months() -> None:
    body = ("<h1>石门县残联2025年前三季度残疾人两项补贴发放情况</h1><p>发布时间：2025-10-15</p>"
            "<p>截至9月底，全县累计发放残疾人两项补贴312.6万元，各季度发放情况如下。</p><table>"
            "<tr><th>季度</th><th>困难残疾人生活补贴（人）</th><th>发放金额（万元）</th></tr>"
            "<tr><td>第一季度</td><td>3862</td><td>102.40</td></tr>"
            "<tr><td>第二季度</td><td>3915</td><td>104.12</td></tr>"
            "<tr><td>第三季度</td><td>3971</td><td>106.08</td></tr></table>")
    _source, found = _read(_page(body, "石门县残疾人联合会"), "shimen.html")
    periods = {value: period for _i, value, _u, _r, period, _c in found}
    assert (periods["3862"], periods["3915"], periods["3971"]) == ("2025-03", "2025-06", "2025-09")
    assert periods["1024000"] == "2025-03"  # (each quarter's own, not the months so far)


def test_a_column_of_the_years_task_in_either_of_two_units() -> None:
    body = ("<h1>江门市1—10月保障性租赁住房筹集情况</h1><p>发布时间：2025-11-12</p>"
            "<p>1—10月，全市筹集保障性租赁住房8620套（间），各区情况如下。</p><table>"
            "<tr><td>区</td><td>年度筹集任务（套/间）</td><td>已筹集（套/间）</td><td>完成率（%）</td></tr>"
            "<tr><td>蓬江区</td><td>3200</td><td>2816</td><td>88.0</td></tr>"
            "<tr><td>新会区</td><td>2600</td><td>2104</td><td>80.9</td></tr></table>")
    _source, found = _read(_page(body, "江门市住房和城乡建设局"), "jiangmen.html")
    periods = {value: (unit, period) for _i, value, unit, _r, period, _c in found}
    assert periods["3200"] == ("count", "2025") and periods["2816"] == ("count", "2025-10")  # (the task: the year's)


def test_columns_headed_by_regions_give_their_figures_those_regions() -> None:
    body = ("<h1>民政部发布2025年三季度民政统计数据</h1><p>发布时间：2025-10-28</p>"
            "<p>截至9月底，全国共有城市低保对象618.4万人，青海省有关数据见下表。</p><table>"
            "<tr><td>指标</td><td>单位</td><td>全国</td><td>青海省</td></tr>"
            "<tr><td>城市低保对象</td><td>万人</td><td>618.4</td><td>2.86</td></tr></table>")
    _source, found = _read(_page(body, "青海省民政厅"), "qinghai.html")
    assert {(value, region) for _i, value, _u, region, _p, _c in found} == {("6184000", "000000"),
                                                                             ("28600", "630000")}


def test_a_unit_line_naming_two_units_with_a_comma() -> None:
    text = ("陇南市2025年国民经济和社会发展统计公报\n2026年3月20日\n"
            "表11　2025年各县（区）常住人口及城乡居民人均可支配收入\n"
            "单位：万人，元\n县（区）\t年末常住人口\t农村居民人均可支配收入\n武都区\t55.26\t12106\n成县\t23.18\t12864\n")
    _source, found = _read(text.encode(), "longnan.txt")
    units = {value: unit for _i, value, unit, _r, _p, _c in found}
    assert units["552600"] == "person" and units["12106"] == "CNY/person/year"


def test_a_column_of_the_standards_before_a_raise_is_last_years() -> None:
    body = ("<h1>我县提高城乡低保标准</h1><p>发布时间：2025-09-16</p>"
            "<p>截至8月底，全县共有城乡低保对象11836户，提标资金已全部补发到位，惠及困难群众3.1万余人。</p>"
            "<p>黎平县城乡低保标准调整情况</p><table>"
            "<tr><td>项目</td><td>单位</td><td>调整前标准</td><td>调整后标准</td><td>提高金额</td></tr>"
            "<tr><td>城市低保标准</td><td>元/人·月</td><td>790</td><td>830</td><td>40</td></tr>"
            "<tr><td>农村低保标准</td><td>元/人·年</td><td>5760</td><td>6060</td><td>300</td></tr></table>")
    _source, found = _read(_page(body, "黎平县人民政府"), "liping.html")
    periods = {value: (unit, period) for _i, value, unit, _r, period, _c in found}
    assert periods["790"] == ("CNY/person/month", "2024") and periods["5760"] == ("CNY/person/year", "2024")
    assert periods["830"] == ("CNY/person/month", "2025-08") and periods["6060"] == ("CNY/person/year", "2025-08")


def test_columns_before_and_after_a_raise_under_a_header_over_both() -> None:
    body = ("<h1>关于提高全市城乡低保标准的通知</h1><p>发布时间：2025-07-08</p>"
            "<p>自2025年7月1日起，全市城乡低保标准提高如下。</p><table>"
            "<tr><td rowspan='2'>县（区）</td><td colspan='2'>城市低保标准（元/人·月）</td></tr>"
            "<tr><td>调整前</td><td>调整后</td></tr>"
            "<tr><td>临川区</td><td>935</td><td>970</td></tr></table>")
    _source, found = _read(_page(body, "抚州市民政局"), "fuzhou.html")
    periods = {value: (unit, period) for _i, value, unit, _r, period, _c in found}
    assert periods["935"] == ("CNY/person/month", "2024") and periods["970"][1].startswith("2025")


def test_a_row_of_a_zone_in_no_gazetteer_is_within_the_tables_region() -> None:
    body = ("<h1>锡林郭勒盟城乡低保资金发放情况</h1><p>发布时间：2025-10-09</p>"
            "<p>截至9月底，全盟城乡低保对象共计4.2万人，各旗县市发放情况见下表。</p><table>"
            "<tr><td>地区</td><td>低保对象（人）</td><td>发放资金（万元）</td></tr>"
            "<tr><td>锡林浩特市</td><td>5210</td><td>1862.3</td></tr>"
            "<tr><td>乌拉盖管理区</td><td>352</td><td>194.0</td></tr>"
            "<tr><td>合计</td><td>5562</td><td>2056.3</td></tr></table>")
    _source, found = _read(_page(body, "锡林郭勒盟民政局"), "xilingol.html")
    regions = {value: region for _i, value, _u, region, _p, _c in found}
    assert regions["5210"] == "152502" and regions["352"] == regions["5562"] == "152500"


def test_a_caption_note_dates_the_column_it_names_and_its_title_the_others() -> None:
    text = ("河北省民政厅关于提高两项补贴标准的通知\n冀民〔2025〕42号\n各市民政局：\n　　现将省级补助资金分配如下。\n\n"
            "2025年两项补贴省级补助资金分配表\n（享受人数为2024年底两项补贴享受人数合计）\n\n"
            "序号\t地区\t享受人数（人）\t省级补助资金（万元）\n1\t石家庄市\t128460\t8375.6\n2\t唐山市\t86320\t5346.7\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="hebei.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found["128460"] == found["86320"] == "2024"  # the persons the note dates
    assert found["83756000"] == found["53467000"] == "2025"  # the funds: the year the title names


def test_a_note_below_a_table_dates_the_columns_it_names() -> None:
    text = ("孝感市民政局关于提高城乡特困人员基本生活标准的通知\n孝民发〔2025〕18号\n各县（市、区）民政局：\n"
            "　　现将提标资金测算表印发给你们。\n\n孝感市2025年城乡特困人员提标资金测算表\n\n"
            "序号\t县（市、区）\t城市特困人员（人）\t农村特困人员（人）\t2025年新增资金（万元）\n"
            "1\t孝南区\t312\t986\t38.94\n2\t孝昌县\t138\t1654\t53.76\n\n"
            "注：特困人员人数为2025年5月底在册人数；新增资金按2025年7月1日起提标差额测算。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="xiaogan.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found["312"] == found["1654"] == "2025-05"  # the persons the note dates
    assert found["389400"] == "2025"  # the money: its column's year
    year_end = text.replace("2025年5月底", "2024年12月底")
    resolved, _ = source_document(Source.from_bytes(year_end.encode(), name="xiaogan.txt"))
    assert {o.period for o in resolved.facts.observations if o.value == 312} == {"2024"}  # a year's end: the year
    # a note naming several columns, each with its 人数 or without it
    for note in ("注：城市特困人员、农村特困人员人数为2025年5月底数据。",
                 "注：城市特困人员人数、农村特困人员为2025年5月底数据。"):
        listed = text.replace("注：特困人员人数为2025年5月底在册人数；新增资金按2025年7月1日起提标差额测算。", note)
        resolved, _ = source_document(Source.from_bytes(listed.encode(), name="xiaogan.txt"))
        found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
        assert found["312"] == found["1654"] == "2025-05" and found["389400"] == "2025", note


def test_notes_in_one_line_date_each_the_column_they_name() -> None:
    text = ("盐城市民政事业发展“十五五”规划\n\n表1　盐城市“十五五”民政事业发展主要指标\n"
            "序号\t指标\t单位\t基期值\t目标值\t属性\n1\t低收入人口动态监测覆盖率\t%\t95.8\t≥98\t约束性\n"
            "2\t养老机构护理型床位占比\t%\t71.6\t≥80\t约束性\n注：基期值为2025年数据，目标值为2030年数据。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="yancheng.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found == {"95.8": "2025", "98": "2030", "71.6": "2025", "80": "2030"}  # (not both 2030: one note each)

def test_a_lead_in_naming_the_units_gives_a_column_without_one_its_unit() -> None:
    text = ("高陂镇2024年社会救助资金发放情况公开\n\n"
            "　　2024年全镇社会救助资金发放情况汇总如下（单位：户、人、万元）：\n"
            "救助项目\t户数\t人数\t全年发放资金\n城市低保\t32\t51\t31.68\n农村低保\t506\t961\t554.74\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="gaopi.txt"))
    found = {(str(o.value), o.unit) for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert {("316800", "CNY"), ("5547400", "CNY"), ("32", "household"), ("961", "person")} <= found

def test_a_note_naming_counts_of_households_and_people_dates_the_columns_counted_so() -> None:
    text = ("隰县民政局关于下达冬季取暖补贴资金的通知\n各乡镇人民政府：\n　　现将2025年冬季取暖补贴资金下达你们。\n\n"
            "隰县2025年冬季取暖补贴资金分配表\n\n"
            "序号\t乡镇\t城市低保家庭（户）\t分散供养特困人员（人）\t补贴资金（元）\n"
            "1\t龙泉镇\t356\t62\t727600\n2\t午城镇\t18\t52\t352000\n\n"
            "注：户数、人数为2025年10月底数据；补贴资金含增发部分。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="xixian.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found["356"] == found["62"] == "2025-10"  # the households and the people the note dates
    assert found["727600"] == "2025"  # the money: the year the caption names


def test_columns_of_a_raise_named_after_what_was_raised() -> None:
    text = ("宁夏回族自治区民政厅政策解读\n发布时间：2026-01-09\n　　自2026年1月1日起提高全区城乡低保标准。\n\n"
            "附表　2026年各市城乡低保标准\n"
            "地区\t城市低保调整前（元/人·月）\t城市低保调整后（元/人·月）\t农村低保调整前（元/人·年）\t农村低保调整后（元/人·年）\n"
            "银川市\t870\t900\t6720\t7080\n固原市\t820\t850\t6240\t6620\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="ningxia.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found["870"] == found["6240"] == "2025" and found["900"] == found["6620"] == "2026"  # before and after


def test_a_raise_beside_the_standard_it_reached_is_in_its_unit() -> None:
    text = ("台州市民政局政策问答\n发布时间：2025-07-02\n\n台州市各县（市、区）2025年最低生活保障标准\n"
            "县（市、区）\t调整后标准（元/人·月）\t提高金额（元）\n椒江区\t1255\t55\n仙居县\t1175\t58\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="taizhou.txt"))
    assert {(str(o.value), o.unit) for o in resolved.facts.observations if o.evidence.rule == "table"} == {
        ("1255", "CNY/person/month"), ("55", "CNY/person/month"), ("1175", "CNY/person/month"),
        ("58", "CNY/person/month")}


def test_a_caption_note_dating_a_column_in_full_keeps_its_year() -> None:
    text = ("陕西省人力资源和社会保障厅关于2025年调整退休人员基本养老金的通知\n陕人社发〔2025〕21号\n"
            "　　现将有关事项通知如下。\n\n附件各市（区）2025年调整基本养老金测算表\n（退休人数按2024年12月底数测算）\n"
            "市（区）\t退休人数（万人）\t全年增资额（万元）\n西安市\t98.6\t75724.8\n铜川市\t8.2\t5707.2\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="shaanxi.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found["986000"] == found["82000"] == "2024"  # (the year's end the note names, not the caption's year)
    assert found["757248000"] == "2025"


def test_a_signatures_date_over_an_attached_tables_title_is_not_its_caption() -> None:
    text = ("盐亭县民政局关于调整城乡低保标准的通知\n盐民发〔2025〕18号\n　　调整后标准自2025年7月1日起执行。\n"
            "附件：盐亭县城乡低保标准调整表\n盐亭县民政局\n2025年6月23日\n盐亭县城乡低保标准调整表\n"
            "序号\t项目\t调整前标准（元/人·月）\t调整后标准（元/人·月）\n1\t城市低保\t760\t790\n2\t农村低保\t560\t590\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="yanting.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found["790"] == found["590"] == "2025" and found["760"] == "2024"  # (not June, the day it was signed)


def test_a_note_dating_the_people_counted_does_not_date_their_money() -> None:
    text = ("淇县民政局关于下达2026年第一季度城乡低保资金的通知\n淇民〔2026〕2号\n　　现将资金下达你们。\n\n"
            "淇县2026年第一季度城乡低保资金分配表\n序号\t乡镇（街道）\t城乡低保人数（人）\t城乡低保资金（万元）\n"
            "1\t灵山街道\t297\t31.05\n2\t黄洞乡\t342\t35.81\n注：城乡低保人数为2025年12月底在保人数。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="qixian.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found["297"] == "2025" and found["310500"] == "2026"  # (the people at the year's end; the quarter's money)


def test_a_column_of_hours_counts_them() -> None:
    body = ("<h1>长宁区长护险服务情况</h1><p>发布日期：2025-07-15</p>"
            "<p>截至6月底，全区享受长护险待遇的失能老年人1.93万人，各街道情况见下表。</p><table><tr><th>街道（镇）</th>"
            "<th>评估通过人数（人）</th><th>居家照护服务时长（万小时）</th></tr>"
            "<tr><td>华阳路街道</td><td>486</td><td>15.2</td></tr><tr><td>新华路街道</td><td>538</td><td>16.4</td></tr>"
            "<tr><td>新泾镇</td><td>836</td><td>24.0</td></tr></table>")
    _source, found = _read(_page(body, title="长宁区医保局"), "page.html")
    assert {(value, unit) for _i, value, unit, _r, _p, _c in found} == {
        ("486", "person"), ("538", "person"), ("836", "person"), ("152000", "count"), ("164000", "count"),
        ("240000", "count")}


def test_money_a_notice_allocates_in_a_table_is_for_its_year() -> None:
    text = ("青海省民政厅关于提高孤儿基本生活保障标准的通知\n青民发〔2025〕21号\n各市（州）民政局：\n"
            "　　截至2025年5月底，全省共有孤儿和事实无人抚养儿童7381人。现将省级补助资金分配如下。\n\n"
            "孤儿基本生活费省级补助资金分配表\n（保障人数按2025年5月底在册人数测算）\n\n"
            "序号\t市（州）\t保障人数（人）\t省级补助资金（万元）\n1\t西宁市\t1420\t52.19\n2\t海东市\t1836\t67.47\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="qinghai.txt"))
    found = {str(o.value): o.period for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found["1420"] == "2025-05" and found["521900"] == "2025"  # persons as the note dates them, money the year's


def test_a_notice_of_new_standards_from_next_year_dates_its_table_by_that_year() -> None:
    body = ("<h1>吕梁市民政局关于调整困难残疾人两项补贴标准的通知</h1>"
            "<p>吕民发〔2025〕46号</p><p>发布时间：2025-12-22</p>"
            "<p>　　经市人民政府同意，决定自2026年1月1日起调整困难残疾人生活补贴和重度残疾人护理补贴标准，"
            "现将有关事项通知如下。</p>"
            "<p>　　具体标准见下表。</p>"
            "<table><tr><th>序号</th><th>补贴对象</th><th>调整前标准（元/人·月）</th><th>调整后标准（元/人·月）</th></tr>"
            "<tr><td>1</td><td>一级残疾人</td><td>100</td><td>120</td></tr>"
            "<tr><td>2</td><td>二级残疾人</td><td>80</td><td>90</td></tr></table>")
    _source, found = _read(_page(body, "吕梁市民政局"), "notice.html")
    assert {(value, period) for _i, value, _u, _r, period, _c in found} == {
        ("100", "2025"), ("120", "2026"), ("80", "2025"), ("90", "2026")}  # the old standards the year before


def test_a_disclosure_reports_table_gives_its_counts_and_no_zero_cells() -> None:
    body = ("<h1>惠民县民政局2025年政府信息公开工作年度报告</h1><p>发布时间：2026-01-20</p>" + _PROSE +
            "<p>二、主动公开政府信息情况</p>"
            "<table><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>"
            "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
            "<tr><td>行政规范性文件</td><td>1</td><td>1</td><td>5</td></tr></table>"
            "<table><tr><th>信息内容</th><th>本年收费金额（单位：万元）</th></tr>"
            "<tr><td>行政事业性收费</td><td>0</td></tr><tr><td>其他收费</td><td>0</td></tr></table>")
    _source, found = _read(_page(body, "惠民县民政局"), "report.html")
    assert sorted((value, unit) for _i, value, unit, _r, _p, _c in found) == [
        ("1", "count"), ("1", "count"), ("5", "count")]  # 件数: counts; a 0 is no figure


def test_a_captions_unit_per_person_and_month_is_one_unit() -> None:
    body = ("<h1>中卫市优抚对象抚恤补助标准调整的通知</h1><p>发布时间：2025-10-17</p>" + _PROSE +
            "<table><caption>抚恤和生活补助标准调整表（单位：元/人·月）</caption>"
            "<tr><th>序号</th><th>优抚对象类别</th><th>调整后标准</th></tr>"
            "<tr><td>1</td><td>烈士遗属（城镇）</td><td>3012</td></tr>"
            "<tr><td>2</td><td>在乡复员军人</td><td>2084</td></tr></table>")
    _source, found = _read(_page(body, "中卫市人民政府"), "table.html")
    assert sorted((value, unit) for _i, value, unit, _r, _p, _c in found) == [
        ("2084", "CNY/person/month"), ("3012", "CNY/person/month")]


def test_a_plans_table_of_indicators_grouped_under_numbered_rows_of_one_cell() -> None:
    body = ("<h1>云南省“十五五”残疾人保障和发展规划（征求意见稿）</h1><p>发布时间：2026-02-10</p>"
            "<p>　　到2030年，残疾人社会保障和服务体系更加完善。主要指标如下。</p>"
            "<table><tr><th>序号</th><th>指标</th><th>单位</th><th>2025年</th><th>2030年</th><th>属性</th></tr>"
            "<tr><td colspan='6'>一、社会保障</td></tr>"
            "<tr><td>1</td><td>残疾人基本养老保险参保率</td><td>%</td><td>95.3</td><td>≥96</td><td>预期性</td></tr>"
            "<tr><td colspan='6'>二、就业增收</td></tr>"
            "<tr><td>2</td><td>城乡新增残疾人就业</td><td>万人</td><td>〔4.3〕</td><td>〔5〕</td><td>预期性</td></tr>"
            "</table>")
    _source, found = _read(_page(body, "云南省残疾人联合会"), "plan.html")
    assert {(value, unit, period) for _i, value, unit, _r, period, _c in found} == {
        ("95.3", "percent", "2025"), ("96", "percent", "2030"), ("43000", "person", "2025"),
        ("50000", "person", "2030")}  # the group rows (一、社会保障) neither end the table nor are figures


def test_a_tables_caption_dated_by_its_year_not_by_what_it_is_reckoned_from() -> None:
    text = ("佳木斯市民政局关于调整高龄津贴标准的通知\n佳民发〔2025〕41号\n　　自2026年1月1日起，全市高龄津贴提高。\n"
            "2025年12月19日\n\n附件\n\n2026年各县（市）区高龄津贴所需资金测算表\n（按2025年11月底80周岁及以上老年人数和调整后标准测算）\n\n"
            "序号\t县（市）区\t所需资金（万元）\n1\t向阳区\t666.5\n2\t前进区\t432.0\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="jiamusi.txt"))
    found = {(str(o.value), o.period) for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found == {("6665000", "2026"), ("4320000", "2026")}


def test_standards_per_student_and_term_taking_effect_next_year_are_yuan_and_no_targets() -> None:
    text = ("海南省教育厅关于调整免除学前一年保育教育费补助标准的通知\n琼教财〔2025〕186号\n"
            "　　自2026年1月1日起，免保教费补助标准按下表执行。\n\n"
            "地区类别\t公办幼儿园（元/生·学期）\t普惠性民办幼儿园（元/生·学期）\n"
            "一类地区\t2400\t2100\n二类地区\t2000\t1800\n\n2025年12月12日\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="hainan.txt"))
    found = {(str(o.value), o.unit, o.period, tuple(sorted(o.qualifiers)))
             for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found == {(v, "CNY", "2026", ()) for v in ("2400", "2100", "2000", "1800")}


def test_a_table_of_incomes_per_person_by_county_and_the_kinds_of_spending() -> None:
    text = ("南通市2025年前三季度居民收支情况\n"
            "　　前三季度，全市居民人均消费支出31475元，其中人均食品烟酒支出8126元。\n\n"
            "附表　2025年前三季度南通市各县（市、区）居民人均可支配收入\n"
            "地区\t全体居民（元）\t增长（%）\n如东县\t40536\t5.2\n如皋市\t42875\t5.1\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="nantong.txt"))
    found = {(str(o.value), o.unit) for o in resolved.facts.observations}
    assert found == {("31475", "CNY/person/year"), ("8126", "CNY/person/year"), ("40536", "CNY/person/year"),
                     ("42875", "CNY/person/year")}


def test_a_table_with_a_column_for_each_month() -> None:
    text = ("攸县2025年10月经济运行简况\n　　截至10月底，全县金融机构各项存款余额542.36亿元。\n\n"
            "指标\t单位\t9月\t10月\n规模以上工业增加值当月增速\t%\t6.9\t7.5\n社会消费品零售总额当月值\t亿元\t12.35\t13.62\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="youxian.txt"))
    found = {(str(o.value), o.period) for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found == {("6.9", "2025-09"), ("7.5", "2025-10"), ("1235000000", "2025-09"), ("1362000000", "2025-10")}


def test_a_rows_condition_ending_in_a_quantity_is_no_unit() -> None:
    text = ("惠州市就业创业补贴管理办法\n惠府办〔2025〕12号\n　　2025年，全市城镇新增就业6.2万人。\n\n"
            "序号\t补贴项目\t补贴标准（元）\n"
            "1\t创业带动就业补贴（每人，3人以下）\t2000\n2\t基层就业补贴（每人）\t5000\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="huizhou.txt"))
    assert {(str(o.value), o.unit) for o in resolved.facts.observations if o.evidence.rule == "table"} == {
        ("2000", "CNY"), ("5000", "CNY")}


def test_a_unit_line_over_columns_named_for_whom_they_pay() -> None:
    text = ("广东省孤儿基本生活标准\n　　2025年，全省孤儿基本生活保障标准提高。\n\n"
            "表：广东省2025年孤儿基本生活最低养育标准\n"
            "单位：元/人·月\n地区类别\t包含地市\t集中养育孤儿\t社会散居孤儿和事实无人抚养儿童\n"
            "一类地区\t广州、深圳\t3180\t2120\n二类地区\t珠海、佛山\t2960\t1980\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="guangdong.txt"))
    assert {(str(o.value), o.unit) for o in resolved.facts.observations if o.evidence.rule == "table"} == {
        (v, "CNY/person/month") for v in ("3180", "2120", "2960", "1980")}


def test_standards_before_and_after_a_raise_in_yuan_per_person_a_year_and_a_month() -> None:
    body = ("<h1>故城县退役军人事务局关于提高部分优抚对象抚恤和生活补助标准的通知</h1><p>发布时间：2019-09-16</p>"
            "<p>经县政府同意，决定自2019年8月1日起提高我县部分优抚对象等人员抚恤和生活补助标准。"
            "城镇烈士遗属由每人每年21960元提高到每人每年24120元。调整后的各类人员具体标准见附件。</p>"
            "<p>附件：故城县部分优抚对象等人员抚恤和生活补助标准调整表</p><p>单位：元/人</p>"
            "<table border='1'><tr><td rowspan='2'>序号</td><td rowspan='2'>优抚对象类别</td>"
            "<td colspan='2'>调整前标准</td><td colspan='2'>调整后标准（自2019年8月1日起执行）</td></tr>"
            "<tr><td>每年</td><td>每月</td><td>每年</td><td>每月</td></tr>"
            "<tr><td>1</td><td>烈士遗属（城镇）</td><td>21960</td><td>1830</td><td>24120</td><td>2010</td></tr>"
            "<tr><td>2</td><td>烈士遗属（农村）</td><td>17040</td><td>1420</td><td>18720</td><td>1560</td></tr></table>")
    _, found = _read(_page(body, "故城县退役军人事务局"), "notice.html")
    assert {(value, unit, period) for _i, value, unit, _r, period, _c in found} == {
        ("21960", "CNY/person/year", "2018"), ("1830", "CNY/person/month", "2018"),
        ("24120", "CNY/person/year", "2019"), ("2010", "CNY/person/month", "2019"),
        ("17040", "CNY/person/year", "2018"), ("1420", "CNY/person/month", "2018"),
        ("18720", "CNY/person/year", "2019"), ("1560", "CNY/person/month", "2019")}


def test_a_real_growth_column_beside_a_nominal_one_is_a_growth_of_its_own() -> None:
    text = ("2021年国民经济和社会发展统计公报\n　　全年全国居民人均可支配收入35128元，比上年增长9.1%。\n"
            "表14　2021年全国居民人均收支主要指标\n指标\t绝对数（元）\t比上年名义增长（%）\t比上年实际增长（%）\n"
            "全国居民人均可支配收入\t35128\t9.1\t8.1\n城镇居民人均可支配收入\t47412\t8.2\t7.1\n"
            "农村居民人均可支配收入\t18931\t10.5\t9.7\n")
    _, found = _read(text.encode(), "bulletin.txt")
    # (the nominal growth the level's change, the real growth a percent of its own)
    assert {(value, change) for _n, value, _u, _r, _p, change in found} == {
        ("35128", "9.1"), ("8.1", None), ("47412", "8.2"), ("7.1", None), ("18931", "10.5"), ("9.7", None)}
    assert {name[-4:] for name, value, unit, _r, _p, _c in found if unit == "percent"} == {"实际增速"}


def test_a_column_of_changes_since_the_year_end_in_the_tables_unit_line() -> None:
    # 单位：万人 over 项目 | 2022年末 | 比上年末增减: the changes are people, in 万 as the levels, not percents
    text = ("会泽县2022年国民经济和社会发展统计公报\n年末全县主要社会保险参保情况见表5。\n"
            "表5　2022年末全县主要社会保险参保情况\n单位：万人\n项目\t2022年末\t比上年末增减\n"
            "城镇职工基本养老保险\t4.86\t0.27\n城乡居民基本养老保险\t56.38\t-0.74\n")
    _source, found = _read(text.encode("utf-8"), "case.txt")
    assert sorted(found) == [
        ("城乡居民基本养老保险", "563800", "person", "530326", "2022", None),
        ("城乡居民基本养老保险增量", "-7400", "person", "530326", "2022", None),
        ("城镇职工基本养老保险", "48600", "person", "530326", "2022", None),
        ("城镇职工基本养老保险增量", "2700", "person", "530326", "2022", None)]


def test_a_group_label_spanning_rows_names_each_of_its_parts() -> None:
    table = ("<p>经市政府同意，自2025年7月1日起调整我市城乡低保标准和特困人员救助供养标准。</p>"
             "<p>广安市2025年城乡低保和特困人员救助供养标准调整表</p><table>"
             "<tr><td>序号</td><td colspan='2'>项目</td><td>单位</td><td>调整前标准</td><td>调整后标准</td></tr>"
             "<tr><td>1</td><td rowspan='2'>城乡低保标准</td><td>城市</td><td>元/人·月</td><td>780</td>"
             "<td>810</td></tr>"
             "<tr><td>2</td><td>农村</td><td>元/人·月</td><td>600</td><td>630</td></tr>"
             "<tr><td>3</td><td rowspan='2'>特困人员照料护理标准</td><td>全自理</td><td>元/人·月</td><td>150</td>"
             "<td>165</td></tr>"
             "<tr><td>4</td><td>半护理</td><td>元/人·月</td><td>450</td><td>495</td></tr></table>")
    _source, found = _read(_page(table, "广安市民政局 广安市财政局关于调整城乡低保标准的通知"), "notice.html")
    assert {(indicator, value) for indicator, value, *_rest in found} == {
        ("城乡低保标准（城市）", "780"), ("城乡低保标准（城市）", "810"), ("城乡低保标准（农村）", "600"),
        ("城乡低保标准（农村）", "630"), ("特困人员照料护理标准（全自理）", "150"),
        ("特困人员照料护理标准（全自理）", "165"), ("特困人员照料护理标准（半护理）", "450"),
        ("特困人员照料护理标准（半护理）", "495")}  # (the parts under a group, not the first of them alone)


def test_a_completion_rate_column_beside_a_column_of_units_is_in_percent() -> None:
    # 指标 | 单位 | 2023年（目标 | 完成） | 完成率（%） | 同比增长（%）: the rate is a percent of the row's
    # indicator, not 101.2亿元
    text = ("白马镇2023年工作总结\n2024年1月5日\n　　2023年，全镇实现地区生产总值18.72亿元。\n"
            "表1 白马镇2023年主要指标完成情况\n指标\t单位\t2023年\t\t完成率（%）\t同比增长（%）\n"
            "\t\t目标\t完成\n地区生产总值\t亿元\t18.5\t18.72\t101.2\t6.1\n"
            "城镇新增就业\t人\t300\t326\t108.7\t—\n")
    _source, found = _read(text.encode(), "case.txt")
    rates = {(value, unit) for indicator, value, unit, *_rest in found if indicator.endswith("完成率")}
    assert rates == {("101.2", "percent"), ("108.7", "percent")}
    assert ("1872000000", "CNY") in {(value, unit) for _i, value, unit, *_rest in found}


_DISCLOSURE = (
    "武宣县民政局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n2023年，我局全年主动公开政府信息126条，法人或其他组织申请5件。\n"
    "二、主动公开政府信息情况\n第二十条第（一）项\n"
    "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t4\t1\t17\n"
    "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t325\n"
    "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t12.5\n"
    "三、收到和处理政府信息公开申请情况\n"
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\n"
    "\t\t\t自然人\t法人或其他组织\t\t总计\n\t\t\t\t商业企业\t其他\t\n"
    "一、本年新收政府信息公开申请数量\t\t\t7\t3\t2\t12\n"
    "三、本年度办理结果\t（一）予以公开\t\t4\t2\t0\t6\n"
    "\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\n"
    "\t\t2.保护第三方合法权益\t2\t0\t1\t3\n"
    "\t（七）总计\t\t7\t3\t2\t12\n"
    "四、政府信息公开行政复议、行政诉讼情况\n")


def test_a_disclosure_reports_tables_count_what_their_columns_and_rows_name() -> None:
    _source, found = _read(_DISCLOSURE.encode(), "report.txt")
    rows = {(indicator, value, unit) for indicator, value, unit, _region, _period, _change in found}
    # columns told apart by their names; a column of decisions counted by its 数量; money in its header's unit
    assert {("行政规范性文件（本年制发件数）", "4", "count"), ("行政规范性文件（本年废止件数）", "1", "count"),
            ("行政规范性文件（现行有效件数）", "17", "count"), ("行政许可", "325", "count"),
            ("行政事业性收费", "125000", "CNY")} <= rows
    # the table of applications (the heading above it starts a table of its own): counts of applications, whoever
    # made them (not people for 自然人), each row's group named with it
    applications = {(indicator, value) for indicator, value, unit, *_ in found if unit == "count"
                     and indicator.startswith(("本年新收", "本年度办理结果", "不予公开"))}
    assert {("本年新收政府信息公开申请数量（自然人申请人情况）", "7"),
            ("本年度办理结果（予以公开）（总计申请人情况）", "6"),
            ("不予公开（保护第三方合法权益）（自然人申请人情况）", "2"),
            ("本年度办理结果（总计）（总计申请人情况）", "12")} <= applications
    assert not [f for f in found if f[2] == "person"]
    assert {period for *_rest, period, _change in found} == {"2023"}


def test_a_performance_tables_values_after_signs_keep_their_units() -> None:
    text = ("荆州市民政局2026年部门预算\n六、绩效目标\n"
            "指标名称\t指标值\n老年助餐服务人次\t≥15万人次\n低保金按月足额发放率\t=100%\n每个助餐点一次性建设补助\t≤5万元\n")
    _source, found = _read(text.encode(), "budget.txt")
    assert {(indicator, value, unit) for indicator, value, unit, *_ in found} == {
        ("老年助餐服务人次", "150000", "person-time"), ("低保金按月足额发放率", "100", "percent"),
        ("每个助餐点一次性建设补助", "50000", "CNY")}


def test_a_row_of_figures_under_rows_of_headers_is_named_by_the_headers_over_each() -> None:
    text = ("武宣县民政局2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"
            "行政复议\t\t\t行政诉讼\n"
            "结果维持\t结果纠正\t总计\t未经复议直接起诉\t\t复议后起诉\t\n"
            "\t\t\t结果维持\t总计\t结果维持\t总计\n"
            "2\t0\t2\t1\t1\t3\t3\n")
    _source, found = _read(text.encode(), "report.txt")
    assert {(indicator, value, unit, period) for indicator, value, unit, _region, period, _change in found} == {
        ("行政复议（结果维持）", "2", "count", "2023"), ("行政复议（总计）", "2", "count", "2023"),
        ("行政诉讼（未经复议直接起诉）（结果维持）", "1", "count", "2023"),
        ("行政诉讼（未经复议直接起诉）（总计）", "1", "count", "2023"),
        ("行政诉讼（复议后起诉）（结果维持）", "3", "count", "2023"),
        ("行政诉讼（复议后起诉）（总计）", "3", "count", "2023")}


def test_a_count_of_the_year_before_and_this_years_change_from_it() -> None:
    text = ("鲤城区人民政府2019年政府信息公开工作年度报告\n第二十条第（三）项\n"
            "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t286\t-12\t4215\n行政处罚\t612\t0\t1386\n")
    _source, found = _read(text.encode(), "report.txt")
    assert {(indicator, value, unit, period) for indicator, value, unit, _region, period, _change in found} == {
        ("行政许可（项目数量）", "286", "count", "2018"), ("行政许可（项目数量）增量", "-12", "count", "2019"),
        ("行政许可（处理决定数量）", "4215", "count", "2019"), ("行政处罚（项目数量）", "612", "count", "2018"),
        ("行政处罚（处理决定数量）", "1386", "count", "2019")}


def test_a_column_of_amounts_of_change_gives_changes_in_the_tables_unit() -> None:
    text = ("江西省民政厅2025年部门预算\n2025年“三公”经费财政拨款预算表\n单位：万元\n"
            "项目\t2024年预算数\t2025年预算数\t增减额\n合计\t105.20\t96.50\t-8.70\n"
            "公务用车购置及运行费\t72.70\t68.50\t-4.20\n公务接待费\t32.50\t28.00\t-4.50\n")
    _source, found = _read(text.encode(), "budget.txt")
    changes = {(indicator, value, unit, period) for indicator, value, unit, _region, period, _change in found
               if indicator.endswith("增量")}
    assert changes == {("合计增量", "-87000", "CNY", "2025"), ("公务用车购置及运行费增量", "-42000", "CNY", "2025"),
                       ("公务接待费增量", "-45000", "CNY", "2025")}


def test_a_column_in_yuan_a_month_of_a_roster_of_people_is_per_person_a_month() -> None:
    text = ("杨家沟镇2023年第二季度新增高龄老人生活保健补贴发放对象名单\n"
            "序号\t姓名\t所在村（社区）\t补贴标准（元/月）\n1\t李桂兰\t杨家沟村\t50\n2\t马振华\t杨家沟村\t100\n3\t姜生荣\t杨家沟村\t200\n")
    _source, found = _read(text.encode(), "roster.txt")
    assert {unit for _indicator, _value, unit, *_ in found} == {"CNY/person/month"}


def test_a_column_of_beds_in_a_row_of_an_institution_counts_beds() -> None:
    # 类别 | 机构数（家） | 床位数（张） | 入住老人（人）: a row names the institution, a column what it counts;
    # not so a column of whose applications (科研机构（件）), which counts what its row names
    text = ("宁洱县养老服务体系建设情况的报告\n"
            "　　截至2023年9月底，全县养老机构基本情况如下：\n"
            "类别\t机构数（家）\t床位数（张）\t入住老人（人）\n"
            "县社会福利中心\t1\t300\t186\n"
            "乡镇敬老院\t9\t820\t402\n")
    _source, found = _read(text.encode(), "case.txt")
    units = {(indicator, value, unit) for indicator, value, unit, *_ in found}
    assert {("县社会福利中心（机构数）", "1", "institution"), ("县社会福利中心（床位数）", "300", "bed"),
            ("乡镇敬老院（床位数）", "820", "bed"), ("乡镇敬老院（入住老人）", "402", "person")} <= units


def test_a_performance_target_table_of_three_levels_of_names_and_signed_values() -> None:
    # 一级指标 (spanning rows) | 二级指标 | 三级指标 | 指标值 "≥380万人": a table of figures whose values carry their
    # sign, each row named by its most specific name, a target at least its value
    html = ("<p>现下达2025年医疗救助补助资金38620万元，请按照绩效目标做好资金管理工作，确保资金安全。</p>"
            "<p>附件2</p><p>2025年医疗救助补助资金区域绩效目标表</p><table>"
            "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
            "<tr><td rowspan='2'>产出指标</td><td>数量指标</td><td>资助参加基本医疗保险人数</td><td>≥380万人</td></tr>"
            "<tr><td>时效指标</td><td>资金支出进度</td><td>≥90%</td></tr>"
            "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>救助对象满意度</td><td>≥90%</td></tr></table>")
    source = Source.from_bytes(_page(html, "广东省医疗保障局"), name="page.html")
    resolved, _ = source_document(source)
    found = {(o.indicator, str(o.value), o.unit, o.period, tuple(sorted(o.qualifiers)))
             for o in resolved.facts.observations if o.evidence.rule == "table"}
    assert found == {
        ("数量指标（资助参加基本医疗保险人数）", "3800000", "person", "2025", ("at-least", "target")),
        ("时效指标（资金支出进度）", "90", "percent", "2025", ("at-least", "target")),
        ("服务对象满意度指标（救助对象满意度）", "90", "percent", "2025", ("at-least", "target")),
    }


def test_a_column_counting_people_times_under_a_period_spanning_two_columns() -> None:
    # 第三季度 over 救助人次 | 救助金额（元）: the count's own noun names its unit, the period joined to it after
    html = (_PROSE + "<table><tr><td rowspan='2'>序号</td><td rowspan='2'>村（社区）</td>"
            "<td colspan='2'>第三季度</td></tr>"
            "<tr><td>救助人次</td><td>救助金额（元）</td></tr>"
            "<tr><td>1</td><td>满城区</td><td>38</td><td>66400</td></tr>"
            "<tr><td>2</td><td>清苑区</td><td>27</td><td>45800</td></tr></table>")
    _source, found = _read(_page(html), "page.html")
    assert {(value, unit) for _i, value, unit, *_ in found} == {
        ("38", "person-time"), ("66400", "CNY"), ("27", "person-time"), ("45800", "CNY")}
