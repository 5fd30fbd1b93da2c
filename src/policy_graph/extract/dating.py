"""When a text speaks of: the year it is written in, the period it reports on, the year its policy parameters
are set for, its date line (at the top or under the issuers at its end), and which sections state plans for
which year."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..normalize import MASTHEAD
from ..segment import DOCUMENT_NUMBER, Segmented
from .clauses import FIVE_YEAR_PLAN, PLAN_END, Period, find_periods, month_number, months_so_far
from .numbers import parse_number
from .timing import WHOLE_YEAR, whole_year

__all__ = ["DATELINE_REACH", "current_year_of", "dateline", "dateline_at_end", "enclosing_sections", "policy_year_of",
           "reference_period", "section_plans"]

_FULL_DATE = re.compile(r"(\d{4})\s?年\s?(\d{1,2})\s?月\s?\d{1,2}\s?日")
# (or a year alone at a heading's end: 【回顾2025】, 【展望2026】)
# (in words too, 【展望二〇二五】, 二〇二五年工作安排)
_HEADING_YEAR = re.compile(r"(\d{4})\s?年|(?<![\d.])(20\d{2})(?=[】\]]|\s*$)"
                           r"|([一二][〇零一二三四五六七八九]{3})(?=年|[】\]]|\s*$)")
# (not how funds were arranged: 一、资金总体安排情况, 资金安排使用情况)
_PLAN = re.compile(r"安排(?![^，。]{0,4}情况)|目标|计划|任务(?![^，。]{0,4}完成)|打算|展望|思路|下一步"
                   r"|重点工作(?!完成|开展|进展|落实|推进|情况)")
_YEAR_START = re.compile(r"\d{4}")


def section_plans(doc: Segmented, current_year: str | None, reference: str | None = None,
                  title: str | None = None) -> dict[int, tuple[str | None, bool]]:
    """Each section's year and whether it states plans and targets; a numbered part （一）… of a section
    (二、2025年主要目标和重点工作) that says neither has the section's. A review of the year the text's data run to a
    month of (一、2024年工作开展情况 in a summary to 11月底) is of that month. In a five-year plan (``title``:
    …“十五五”民政事业发展规划), a chapter on what it builds on (第一章　发展基础) is of the last year of the plan
    before, and one of its goals and tasks (第三章　主要任务, 专栏1　…重点工程) states targets for its own last year;
    in a plan of a span of years (…行动方案（2025—2027年）) only its chapter of goals (二、主要目标) does.
    In a report on an audit of a year (关于2024年度…专项审计查出问题整改情况的报告), the section on the problems it
    found is of that year."""
    plan_end, plan_basis, five_year = _plan_years(title or "")
    audited = _AUDITED.search(title or "")
    plans: dict[int, tuple[str | None, bool]] = {}
    enclosing: tuple[str | None, bool] = (None, False)  # the last heading's that is no （一） part
    top: tuple[str | None, bool] = (None, False)  # the last unnumbered heading's (“十五五”时期主要目标和2026年重点工作)
    for section in doc.sections:
        heading = section.heading.text + (section.subheading.text if section.subheading else "")
        year, target = _section_plan(heading, current_year)
        day = _DAY_HEADING.fullmatch(section.subheading.text if section.subheading else section.heading.text)
        if current_year and day:
            year, target = f"{current_year}-{int(day.group(1)):02d}", False  # 11月10日　晴: a diary's day, its month
        if plan_end and not year:
            if _PLAN_BASIS.search(heading):
                year, target = plan_basis, False
            elif _PLAN_GOALS.search(heading) or (five_year and (target or _PLAN_TASKS.search(heading))):
                year, target = plan_end, True
        if audited and not year and _PROBLEMS_FOUND.search(heading) and "整改" not in heading:
            year = audited.group(1)  # 一、审计发现的主要问题 in a report on an audit of 2024: 2024's problems
        if _PART_HEADING.match(heading):
            year, target = year or enclosing[0], target or enclosing[1]
        elif _NUMBERED_HEADING.match(heading):
            if not year and top[1] and not _DONE.search(heading):
                year, target = top  # 三、全力抓好七项重点工作 under a heading of plans: its plans too
            enclosing = (year, target)
        else:
            top = enclosing = (year, target)
        if year and not target and reference and len(reference) == 7 and reference.startswith(year):
            year = reference
        plans[section.order] = (year, target)
    return plans


# An audit of a year a text reports on (关于2024年度城乡低保资金专项审计查出问题整改情况的报告), and the section on
# the problems it found (一、审计发现的主要问题)
_AUDITED = re.compile(r"(\d{4})\s?年度?[^，。；]{0,30}审计")
_PROBLEMS_FOUND = re.compile(r"(?:发现|查出)的(?:主要)?问题")
_REPLIED = re.compile(r"(?:答复|回复|办理|反馈)(?:时间|日期)\s*[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})")
# A department's budget or final accounts for a year (2025年部门预算, 2023年度部门决算公开, 2026年单位预算)
_BUDGET = re.compile(r"(\d{4})\s?年度?(?:[\u4e00-\u9fff]{0,8}?)(?:部门|单位)(?:预算|决算)")
_ON_RECTIFICATION = re.compile(r"整改(?:工作)?(?:情况|结果)")


def enclosing_sections(doc: Segmented) -> dict[int, int]:
    """The section each section belongs to: a numbered part （一）… the section above it, any other itself."""
    enclosing: dict[int, int] = {}
    top = 0
    for section in doc.sections:
        if not _PART_HEADING.match(section.heading.text) or not top:
            top = section.order
        enclosing[section.order] = top
    return enclosing


_PART_HEADING = re.compile(r"\s*[（(][一二三四五六七八九十]+[）)]")
_NUMBERED_HEADING = re.compile(r"\s*[一二三四五六七八九十]+、")


def _section_plan(heading: str, current_year: str | None) -> tuple[str | None, bool]:
    """A section headed "2020年工作安排" (or 今年工作安排, in a text written in 2020) reports on 2020, and as plans
    and targets."""
    heading = _FULL_DATE.sub("", heading)  # a date line under an issuer (国家统计局 / 2025年2月28日): no section's year
    years = [a or b or str(int(parse_number(c))) for a, b, c in _HEADING_YEAR.findall(heading)]
    # (not the progress made on them: 二、主要目标任务进展情况, in a review of a plan)
    target = bool(_PLAN.search(heading)) and not _PROGRESS_ON_PLAN.search(heading)
    if years and 1949 <= int(years[0]) <= 2100:
        return years[0], target
    if not target and (reviewed := _PLAN_ACHIEVED.search(heading)):
        return PLAN_END[reviewed.group("fyp")], False  # 【“十四五”成就】: its five years, by the last
    relative = [p for p in find_periods(heading) if p.kind == "relative"]
    if relative and current_year:
        return str(int(current_year) + int(relative[0].value)), target
    if target and current_year and _REST_OF_YEAR.search(heading):
        return current_year, target  # 下半年工作安排 in a mid-year report: the targets are the whole year's
    if current_year and _PROJECTS_TO_DO.search(heading):
        return current_year, True  # 三、用心用情办好十件民生实事 (in a work report): this year's projects
    return None, target


def _plan_years(title: str) -> tuple[str | None, str | None, bool]:
    """The last year of the plan a text is (``title``), the year it builds on and whether it is a five-year plan:
    …“十五五”民政事业发展规划 2030, 2025; …养老服务能力提升行动方案（2025—2027年） 2027, 2024."""
    if (plan := _PLAN_DOCUMENT.search(title)) and not _ON_THE_PLAN.match(title, plan.end()):
        end = PLAN_END[plan.group("fyp")]
        return end, str(int(end) - 5), True
    if (span := _PLAN_SPAN.search(title)) and int(span.group(1)) < int(span.group(2)):
        return span.group(2), str(int(span.group(1)) - 1), False
    return None, None, False


# A heading that is a day of a diary, with its weekday or weather (11月10日　晴, 3月5日（星期三）)
_DAY_HEADING = re.compile(r"\s*(1[0-2]|0?[1-9])\s?月\s?\d{1,2}\s?日\s*(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?"
                          r"\s*[晴阴雨雪雾霾风云转多间小中大暴阵]{0,8}\s*")


# A five-year plan's own title, and the headings of its chapters on what it builds on and on what it will do
_PLAN_DOCUMENT = re.compile(rf"{FIVE_YEAR_PLAN}[^，。《》]{{0,24}}规划")
# (or a plan of the years in its title's brackets: 行动方案（2025—2027年）, 发展纲要（2021—2030年）)
_PLAN_SPAN = re.compile(r"(?:规划|方案|计划|纲要)[（(]\s?(\d{4})\s?年?\s?[—\-–－~～至到]\s?(\d{4})\s?年?[）)]")
# A report on a plan, after its name (《…“十四五”民政事业发展规划》实施情况中期评估报告): not the plan itself
_ON_THE_PLAN = re.compile(r"[》”]?\s*(?:的)?(?:实施|执行|落实|完成)?(?:情况)?(?:的)?(?:中期|终期|年度)?"
                          r"(?:评估|总结|自查|检查|督查)")
# The progress made on plans and targets, said in a heading (主要目标任务进展情况, 目标完成情况)
_PROGRESS_ON_PLAN = re.compile(r"(?:目标|任务|计划)(?:任务)?的?(?:进展|完成|落实|实施|推进|执行)情况\s*$")
_PLAN_BASIS = re.compile(r"发展基础|发展环境|发展现状|现实基础|取得的成就|主要成就|出台的?背景")
# (a shorter plan's chapter of goals is of its last year; its tasks set rules from when it is issued: 重点任务)
_PLAN_GOALS = re.compile(r"(?:主要|发展|总体|工作)目标")
_PLAN_TASKS = re.compile(r"主要任务|重点任务|发展目标|主要目标|重点工程|重大工程|保障措施")
# A heading on what a five-year plan's years achieved (“十四五”成就, 十三五时期工作回顾)
_PLAN_ACHIEVED = re.compile(rf"{FIVE_YEAR_PLAN}(?:时期|期间)?(?:[^，。规划]{{0,6}}?)(?:成就|成效|成绩|回顾)")
_DONE = re.compile(r"开展情况|完成情况|工作情况|进展情况|回顾|成效|总结")  # a heading of work done
_REST_OF_YEAR = re.compile(r"下半年|全年|第?四季度")
_PROJECTS_TO_DO = re.compile(r"办好[^，。、]{0,8}实事")


def current_year_of(headline: str, metadata: dict[str, str], reference: str | None, text: str = "",
                    periods: Sequence[Period] = ()) -> str | None:
    """The year a text is written in, which its 今年 and 去年 name: a work report's year (it reviews the year
    before), else the year it was published, else the year after the last year-end it reports a stock at (截至2024年底
    is written in 2025 at the earliest), else the year it reports on."""
    head_years = [p.value[:4] for p in find_periods(headline) if p.kind == "at"]
    if head_years and reviews_year_before(headline):
        return head_years[0]
    if reviews_year_before(headline) and (delivered := _DELIVERED.search(text, 0, DATELINE_REACH)):
        return delivered.group(1)  # （二〇二五年二月十八日） under a speech at the year's conference: given in 2025
    issued = metadata.get("issued", "")
    if _YEAR_START.match(issued):
        return issued[:4]
    year_ends = [p.value for p in periods if p.kind == "at" and len(p.value) == 4
                 and text[p.start:p.start + 2] in ("截至", "截止") and text[p.end - 1:p.end] in ("底", "末")]
    if year_ends and (not reference or reference[:4] <= max(year_ends)):
        return str(int(max(year_ends)) + 1)
    return reference[:4] if reference and reference[:4].isdigit() else None


def reference_period(text: str, periods: list[Period], headline: str, metadata: dict[str, str]) -> str | None:
    """The period a text reports on.

    In order: its latest 截至 year ("截至2018年" → 2018); a work report's year before the one it is given in
    (a 2013 report reviews 2012); the year its title names (a "2024年…统计公报" reports on 2024); the year
    it names most often; its publication year.  A text that reports "截至10月底" or "1—10月" without a year there
    reports on that month of the year found so.  A day in the headline (——2025年12月24日在…会议上) is the day the
    text was given, not what it reports on (but a work report's, which reviews the year before it).
    """
    given = None if "工作报告" in headline.replace(" ", "") else _FULL_DATE.search(headline)
    if given is not None:
        headline = headline[:given.start()] + "\u3000" * len(given.group()) + headline[given.end():]
        issued_on = f"{given.group(1)}-{int(given.group(2)):02d}"
        metadata = {**metadata, "issued": metadata.get("issued") or issued_on}
    if (plan := _PLAN_REVIEWED.search(headline)) and "规划" not in headline:
        return PLAN_END[plan.group("fyp")]  # 镇赉县“十四五”时期经济社会发展工作总结: on the plan's last year
    if (replied := _REPLIED.search(text)) and (named := _title_years(headline)) and named[0][:4] < replied.group(1):
        # a message board's reply (留言时间：… 答复时间：2025-09-15) under a title naming a year before (二孩2024年3月
        # 出生，育儿补贴申请…: when the child was born): on the month the reply was given
        return f"{replied.group(1)}-{int(replied.group(2)):02d}"
    if budget := _BUDGET.search(headline):
        # 江西省民政厅2025年部门预算, …2023年度部门决算公开: on the year budgeted or accounted for, whatever date its
        # background counts run to (截至2024年12月31日，本部门编制人数412人)
        return budget.group(1)
    as_of = [p for p in periods if p.kind == "at" and text[p.start:p.start + 2] in ("截至", "截止")]
    if (introduced := _INTRODUCES.search(text, 0, 2 * DATELINE_REACH)) and all(
            p.value[:4] <= introduced.group(1) for p in as_of) and not _title_years(headline):
        return introduced.group(1)  # …新闻发布会，介绍2022年全市…有关情况: on that year, whatever day it was held
    if as_of and reviews_year_before(headline) and (delivered := _DELIVERED.search(headline)) \
            and max(p.value[:4] for p in as_of) < str(int(delivered.group(1)) - 1):
        as_of = []  # 截至2020年底 in the five years a report given in 2022 reviews: the report is on 2021
    titled = _title_years(headline)
    issued = metadata.get("issued", "")
    unnamed = [p.value for p in periods if p.kind == "month" and text.startswith(("截至", "截止"), p.start)]
    if as_of and unnamed and re.match(r"\d{4}-\d{2}", issued) and not titled:
        month = max(unnamed)  # 截至11月底 in a page of 2025-12, beside a baseline 截至2024年底: 2025-11, the later
        year_of = issued[:4] if month <= issued[5:7] else str(int(issued[:4]) - 1)
        if (year_of, month) > max((p.value[:4], p.value[5:] or "13") for p in as_of):  # (a year's end: month 13)
            as_of = []
    if as_of:  # the latest: 截至2024年9月底 → 2024-09; a year's end (截至2024年底) is later than any of its months
        last = max(as_of, key=lambda p: (p.value[:4], p.value[5:] or "13"))
        # (截至2025年12月底, 截至2023年12月31日: the year)
        latest = whole_year(last.value, text[last.start:last.end + len("31日")]) or last.value
        if titled and len(titled[0]) == 4 and latest[:4] > titled[0] and not reviews_year_before(headline) \
                and not _ON_RECTIFICATION.search(headline):
            # 2024年度民政专项资金审计结果公告 … 截至2025年5月底已整改: on the year of its title (not a report on how
            # an audit's problems were put right, …审计查出问题整改情况的报告: on then)
            return titled[0]
        if titled and len(titled[0]) == 4 and latest[:4] < titled[0] and (
                _sets_rules(headline) or _PLAN_TITLE.search(headline.strip())):
            return titled[0]  # 2026年民政工作要点 whose background runs 截至2025年底: the year it plans for
        if len(latest) > 4 and _sets_rules(headline):
            # a notice (关于下达2025年…资金的通知) that gives a count 截至2025年5月底 as its background sets its
            # rules for the year: the year of its title, else of that date
            return titled[0] if titled and len(titled[0]) == 4 and titled[0] >= latest[:4] else latest[:4]
        if _sets_rules(headline) and issued[:4].isdigit() and issued[:4] > latest[:4]:
            return issued[:4]  # a plan issued in 2025 whose background counts run to 截至2024年底: its own year
        return latest
    year = _base_year(text, periods, headline, metadata)
    if reviews_year_before(headline) and not _title_years(headline) and (
            delivered := _DELIVERED.search(text, 0, DATELINE_REACH)):
        year = str(int(delivered.group(1)) - 1)  # （全文） over ——2026年1月16日在…会议上: a report on 2025
    # (not a table's column headed 前三季度 beside one headed 全年: a table's header dates its own columns)
    so_far = [p for p in periods if p.kind == "month" and months_so_far(text, p) and not _in_table_row(text, p.start)
              and not _TARGET_MONTH.match(text, p.start)]
    if metadata.get("issued") and not any(text.startswith(("截至", "截止"), p.start) or p.start < _SPAN_REACH
                                          for p in so_far) and len(so_far) < 2 and not _YEAR_SO_FAR.search(text):
        # 今年一至八月 said once deep in a dated page (a meeting's summary): its own clause's months (not 1—10月 said
        # twice or more: what the page's figures run to)
        so_far = []
    # (or the quarter or half-year a headline names: 永丰县一季度实施临时救助1286人次, its 第一季度 said in passing)
    months = [p.value for p in so_far] or (["06"] if _HALF_YEAR.search(headline) else []) or [
        p.value for p in find_periods(headline) if p.kind == "month" and "季度" in headline[p.start:p.end]][:1]
    to_december = any(p.value == "12" and WHOLE_YEAR.search(text, p.start, p.end) for p in so_far)
    # (关于2024年度社会组织年度检查结果的公告, issued 2025-07: its 截至6月底 is 2025's)
    annual = re.search(r"(\d{4})年度", headline)
    if months and re.match(r"\d{4}-\d{2}", issued) and (not titled or (annual and annual.group(1) < issued[:4])):
        # 截至3月底 in a page of April 2025 that also speaks of 2024: March of the year it was published in (a
        # notice's 截至9月底 count is its background: the notice sets its rules for the year)
        year_of = issued[:4] if max(months) <= issued[5:7] else str(int(issued[:4]) - 1)
        return year_of if _NOTICE.search(headline.strip()) else f"{year_of}-{max(months)}"
    if months and titled and len(titled[0]) == 4 and re.match(r"\d{4}", issued) and issued[:4] > titled[0]:
        return titled[0]  # 2025年全市经济运行情况, published in 2026: the whole year, whatever quarters it names
    if months and titled and re.match(r"\d{4}-\d{2}", issued) and titled[0][:4] > issued[:4]:
        # 关于做好2026年度…参保缴费工作的通告, published in 2025: on the year it was published in (its counts 截至8月底
        # dated by their own words)
        return issued[:4]
    if year is not None and len(year) == 4 and months:
        # (a year's summary whose one date so far is in December, 截至12月20日: the year's, that date its clause's)
        to_december = to_december or (set(months) == {"12"} and bool(titled) and titled[0] == year)
        # (1—12月, 截至12月底: the whole year; else the month the text says its figures run to most often, the
        # latest of those said as often: 截至11月底 twice in a report, then a late update 截至12月15日 once)
        return year if to_december else f"{year}-{max(months, key=lambda m: (months.count(m), m))}"
    if not titled and not _opens_with_a_year(text) and re.match(r"\d{4}-\d{2}", issued) \
            and not _sets_rules(headline) and not reviews_year_before(headline):
        # a page that dates its figures by nothing but the day it was published: that month (the years it
        # names mid-sentence, 该市2024年出生人口…, 从二〇二六年一月一日起, date only their own clauses); a notice
        # sets its rules for the year
        return issued[:7]
    return year


# What a press conference or a briefing's opening says it is on (介绍2022年全市巩固拓展脱贫攻坚成果…有关情况; not a part
# of a year: 介绍2025年前三季度…情况)
_INTRODUCES = re.compile(r"(?:介绍|发布|通报)(?:一下)?(\d{4})\s?年(?:度)?"
                         r"(?:(?!季度|半年|[\d一二三四五六七八九十]月)[^，。；\n]){0,30}?(?:情况|成效|成果|进展)")
# Figures said to run from the year's start to now (今年以来，全县…): to the months a 1—10月 names, even said once
# (not 听取今年以来防汛救灾工作情况汇报: what a meeting heard, no figures)
_YEAR_SO_FAR = re.compile(r"(?:今年|年初)以来[，,]")
# A month the text looks forward to (力争到12月底，签约率达到88%): a target, not the month its figures run to
_TARGET_MONTH = re.compile(r"(?<=力争|计划|确保|预计|争取)到")

# A headline on a five-year plan's years (…“十四五”时期…工作总结), not the plan itself (…“十四五”规划)
_PLAN_REVIEWED = re.compile(rf"{FIVE_YEAR_PLAN}(?:时期|期间)")
# A headline on the first half of a year (上半年全市经济运行稳中向好): what the text reports on, as 1—6月 would be
_HALF_YEAR = re.compile(r"上半年|1\s?[—\-–~～至到]\s?6月|一至六月")


def _in_table_row(text: str, position: int) -> bool:
    """Whether ``position`` of ``text`` lies on a line of tab-separated cells."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return "\t" in text[start:end if end >= 0 else len(text)]


# a sentence that opens with a year (2025年，全县…: the year's figures), not a date line (2025年7月29日 04:15)
_YEAR_OPENS = re.compile(r"(?:^|[。；\n])\s*(?:\d{4}年(?!\d{1,2}月\d{1,2}日)|去年|全年|过去的?一年)")
# (去年 said beside this year's figures so far, 今年以来…；去年全年…: last year's for comparison, not what it reports)
_THIS_YEAR_SO_FAR = re.compile(r"今年以来")


def _opens_with_a_year(text: str) -> bool:
    """Whether a sentence of ``text`` opens with a year it reports on (2025年，全县…; 去年，…)."""
    so_far = _THIS_YEAR_SO_FAR.search(text) is not None
    return any(not (so_far and m.group().lstrip("。；\n \u3000").startswith("去年"))
               for m in _YEAR_OPENS.finditer(text))


_SPAN_REACH = 500  # characters from the top within which a dated page's 1—N月 says what all its figures run to
_YEAR_RANGE_START = re.compile(r"\d{4}\s?[—\-–~～至到]\s?$")
# A press conference named for the quarter it is held in (2025年第四季度例行新闻发布会: on the quarter before)
_PRESS_CONFERENCE = re.compile(r"(?:例行)?(?:新闻)?发布会")


# A document that sets rules (not one that explains them, 政策问答, whose counts 截至9月底 are of that month)
_NOTICE = re.compile(r"(?:通知|决定|方案|意见|办法|细则|规定)$")
_PLAN_TITLE = re.compile(r"(?:要点|计划|安排)$")  # (2026年民政工作要点, 2026年工作计划: what a year is to do)


def _sets_rules(headline: str) -> bool:
    """Whether a headline titles a document that sets rules for its year (…的通知, 实施方案, 政策问答：…), not a
    report on them (关于2024年…工作情况的报告)."""
    title = headline.strip()
    return _POLICY_TITLE.search(title) is not None and _REPORT_TITLE.search(title) is None


def reviews_year_before(headline: str) -> bool:
    """Whether a text is given at the start of the year its headline names and reviews the year before: a work
    report (2025年政府工作报告), or a speech at the year's work conference (在全县2026年民政工作会议上的讲话)."""
    compact = re.sub(r"\s", "", headline)  # (a title wrapped over two lines too: …收支的审⏎计工作报告)
    return ("工作报告" in compact and not _ABOUT_A_YEAR.search(compact)) or _ANNUAL_MEETING.search(compact) is not None


# A report on a year it names (关于2024年度县级预算执行…的审计工作报告): on that year, whenever it is given
_ABOUT_A_YEAR = re.compile(r"关于\d{4}年度?")


# The day a report or speech was given, under its title (——2026年1月16日在焦作市第十一届人民代表大会…上)
# (or the day alone in brackets on a line of its own, under a speech's title: （二〇二五年二月十八日）)
# (or in brackets with where: （二〇二六年一月九日在白霓镇第十九届人民代表大会第六次会议上）)
_DAY_NUMBER = r"[\d一二三四五六七八九十]{1,3}"
_DELIVERED = re.compile(r"^[ \t\u3000]*(?:(?:——|—|--)\s*"
                        r"|(?=[（(]\d{4}\s?年[^\n]{0,12}日(?:[）)][ \t\u3000]*$|在))[（(])"
                        rf"(\d{{4}})\s?年\s?{_DAY_NUMBER}\s?月\s?{_DAY_NUMBER}\s?日\s?(?:在|[）)])", re.MULTILINE)
# (or without its year: 在全县民政工作会议上的讲话, the conference each year opens with)
_ANNUAL_MEETING = re.compile(r"(?:\d{4}年(?:度|全[省市县区旗州盟])?|^在?全[省市县区旗州盟])[\u4e00-\u9fff]{0,12}?"
                             r"工作(?:会议|大会|推进会|部署会)上的讲话")


def _title_years(headline: str) -> list[str]:
    """The periods a title names, but not the end of a span of years (2024—2025年采暖期: a season, not 2025)."""
    return [p.value for p in find_periods(headline)
            if p.kind == "at" and not _YEAR_RANGE_START.search(headline, 0, p.start)
            and not _PRESS_CONFERENCE.match(headline, p.end)]


_SEASON = re.compile(r"(\d{4})\s?[—\-–~～至到]\s?\d{4}\s?年(?:度)?(?:采暖期|供暖期|冬春|学年|年度)")


# A year opening a sentence on what will be done in it (2022年，全市将新增养老床位1000张以上)
_PLANNED_YEAR = re.compile(r"[，,]\s*(?:[全我本][省市县区州旗盟])?(?:将|要|力争|计划|预计|争取)")


def _base_year(text: str, periods: list[Period], headline: str, metadata: dict[str, str]) -> str | None:
    head_years = _title_years(headline)
    if head_years and reviews_year_before(headline):
        return str(int(head_years[0][:4]) - 1)
    if head_years:
        return head_years[0]  # 2022年上半年 → 2022-06
    if season := _SEASON.search(headline):
        return season.group(1)  # 2024—2025年采暖期: a season, of the year it begins in
    issued = metadata.get("issued", "")
    published = issued[:4] if _YEAR_START.match(issued) else "9999"
    if published != "9999" and reviews_year_before(headline):
        return str(int(published) - 1)  # a work report's page of 2026-01-09 (…政府工作报告（民生篇摘要）): on 2025
    # (not a year after the text was published: 2026年，赤水市计划… in a page of November 2025 plans for it)
    # (nor a year a sentence opens with to say what will be done in it: 2021年，…。2022年，全市将新增…)
    years = Counter(p.value[:4] for p in periods if p.kind == "at" and p.value[:4] <= published
                    and not _PLANNED_YEAR.match(text, p.end))
    if published != "9999":  # 今年 in a dated page: the year it was published in; 去年, the year before it
        years.update(published if p.value == "0" else str(int(published) - 1)
                     for p in periods if p.kind == "relative" and p.value in ("0", "-1"))
    if years:
        return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return issued[:4] if _YEAR_START.match(issued) else None


def policy_year_of(head: str, title: str | None, metadata: dict[str, str]) -> str | None:
    """The year a policy document was issued, if the text is one (its own document number under the title, or a
    title naming a kind of document: …实施方案, …的通知): the year its policy parameters are set for."""
    number = _OWN_NUMBER.search(head)
    if (number is None and not (title and _POLICY_TITLE.search(title))) or (title and _REPORT_TITLE.search(title)):
        return None  # (a report, 关于2024年…工作情况的报告, sets nothing, whatever its number)
    if (title and _REPLY_TITLE.search(title)) or (number and _REPLY_NUMBER.search(number.group(0))):
        return None  # a reply to a deputy's suggestion or a member's proposal (…建议的答复, 云民提复〔2025〕37号) tells
        # what rules there are; it sets none
    issued = metadata.get("issued", "")
    if _YEAR_START.match(issued):
        return issued[:4]
    return number.group(1) if number else None


_OWN_NUMBER = re.compile(rf"^[ \t\u3000]*{DOCUMENT_NUMBER}[ \t\u3000]*$", re.MULTILINE)
_REPLY_TITLE = re.compile(r"(?:答复|答复函|复函|回复)(?:意见)?$")
# (云民提复〔2025〕37号, …建复〔…〕: a reply's number; not a bare 建, which numbers a housing department's documents)
_REPLY_NUMBER = re.compile(r"(?:提复|建复|议复|提|复)(?:字)?\s*[〔\[［(（]")
_REPORT_TITLE = re.compile(r"(?:报告|总结|汇报|情况|情况的?通报)$")  # (…基金收支情况的通报: how things went)
_POLICY_TITLE = re.compile(r"(?:方案|意见|通知|办法|规划|细则|规定|决定|措施|条例|政策解读|政策问答|政策解答)"
                           r"(?:$|[：:])"  # (九江市临时救助政策问答：能救助多少钱？)
                           r"|调整[^，。；：:]{0,20}标准$"  # (一图读懂丨吕梁市调整高龄老年人津贴标准)
                           r"|标准(?:调整|提高|上调)了[！!]?$"  # (一图读懂丨2026年…救助供养标准提高了)
                           # (关于2025年第三批…救助补助资金分配结果的公示: money shared out for its year)
                           r"|资金[^，。；：:]{0,6}分配(?:结果|方案)?的?(?:公示|公开)$")


# A page's date line copied with its text: 发布时间：2024-11-12, 发布日期: 2024年11月12日, 时间：2024/11/12
# (or a reprint's: 本站发布：2025-10-24, 转载自：连云港日报2025-10-22)
_DATELINE = re.compile(r"(?:(?:发布|发表|更新|成文|印发)?(?:时间|日期)\s*[:：]|本站发布\s*[:：]"
                       r"|转载自\s*[:：]\s*[\u4e00-\u9fff]{2,12}?(?=\d))\s*(\d{4})\s*[-年./]\s*(\d{1,2})")
DATELINE_REACH = 600  # characters from the top where a date line is looked for


def dateline(head: str) -> str:
    """The year and month of a date line near the top of a text (``2024-11``), or ''."""
    found = _DATELINE.search(head) or _DATE_ALONE.search(head) or _BYLINE_DATE.search(head) \
        or MASTHEAD.search(head) or _AIRED_OR_PRINTED.search(head)
    if found is None:
        return ""
    year, month = (g for g in found.groups() if g is not None)
    try:
        number = month_number(month)  # (in words too: 2024年九月二十六日播出)
    except KeyError:
        return ""  # (not a month: 二十)
    return f"{year}-{number:02d}" if 1 <= number <= 12 else ""


def dateline_at_end(tail: str) -> str:
    """The date line under a notice's issuer at its end (…民政部　财政部 / 2025年3月18日), as ``YYYY-MM``, or ''."""
    found = list(_DATE_ALONE.finditer(tail))
    month = int(found[-1].group(2) or found[-1].group(3)) if found else 0
    return f"{found[-1].group(1)}-{month:02d}" if 1 <= month <= 12 else ""


# A byline with its date: 来源：伊犁日报　记者　… 2024-11-12 10:36
_BYLINE_DATE = re.compile(r"^[^\n]{0,40}(?:来源|记者|作者|编辑|通讯员)[^\n]{0,60}?"
                          r"(\d{4})[-/.年](\d{1,2})[-/.月]\d{1,2}"
                          # or a short line with a date and a time (鹤壁民政 2024-09-03 18:20 发表于河南)
                          # (or 2025年7月29日 04:15　　大公报)
                          r"|^[^\n。，；]{0,30}?(?<!\d)(\d{4})[-年](\d{1,2})[-月]\d{1,2}日?\s*\d{1,2}:\d{2}[^\n。，；]{0,20}$"
                          # or a line that opens with a date and a time or a source (2024/11/18 10:32　记者 …,
                          # 2025-06-18　来源：澳门日报)
                          r"|^[ \t\u3000]*(\d{4})[-/.](\d{1,2})[-/.]\d{1,2}[ \t\u3000]+"
                          r"(?:\d{1,2}:\d{2}|(?:来源|作者|记者)[:：])"
                          # or a publisher's name and the day alone (鞍山广播电视台 2025-08-22)
                          r"|^[ \t\u3000]*[\u4e00-\u9fff]{2,20}[ \t\u3000]*(\d{4})[-/](\d{1,2})[-/]\d{1,2}"
                          r"[ \t\u3000]*$",
                          re.MULTILINE)
# The day a programme was aired or a page printed, in brackets under the title (（2024年9月26日播出，根据录音整理）,
# （原载《南充日报》2025年11月24日第三版）)
_AIRED_OR_PRINTED = re.compile(r"^[ \t\u3000]*[（(](?:原载|刊载于|转自)?(?:《[^》\n]{1,20}》)?\s*"
                               rf"(\d{{4}})年({_DAY_NUMBER})月{_DAY_NUMBER}日"
                               r"(?:播出|刊发|发表|出版|第[^\n）)]{1,3}版)[^\n）)]{0,16}[）)]", re.MULTILINE)
# A line that is only a date: a document's date under its issuer (陕西省人民政府办公厅 / 2024年4月18日)
# (or a page's: 2025-11-18 alone under its title)
_DATE_ALONE = re.compile(r"^[ \t\u3000]*[（(]?(\d{4})(?:年(\d{1,2})月\d{1,2}日|[-/.](\d{1,2})[-/.]\d{1,2})[)）]?"
                         r"[ \t\u3000]*$", re.MULTILINE)
