"""When a figure is: the time expression that dates it, resolved against the period the text reports on and the
year it is written in (今年, 去年), the period carried on from the sentences before, or the date a rule takes
effect."""

from __future__ import annotations

import re
from typing import Protocol

from .clauses import Period, months_so_far
from .festivals import festival_month

__all__ = ["DATING", "DISASTERS", "Dating", "dated", "dated_not_by_this_year", "dating_before", "for_the_year",
           "month_of_year_after", "period_for", "resolve_period", "said_apart", "since", "year_of"]


class Dating(Protocol):
    """What dates a text's figures beyond their own words (a sentence's context has both)."""

    @property
    def reference_period(self) -> str | None: ...

    @property
    def current_year(self) -> str | None: ...

    @property
    def written(self) -> str | None: ...

    @property
    def text(self) -> str: ...


# A day (or days) and the time of day a sentence opens with: 10月29日上午，…, 7月29日至31日，…, 10月13日中午11点半，…
DAY_OPENED = (r"\d{1,2}月\d{1,2}日(?:[至到—\-～~]\d{1,2}日)?(?:上午|中午|下午|晚上?|傍晚)?"
              r"(?:\d{1,2}[点时:：]\d{0,2}分?半?)?[，,]")
_DAY_OPENED = re.compile(DAY_OPENED)
# Disasters and weather that an event is named by (此次地震, 9月23日…发生5.3级地震, 普洱墨江地震): one list for the
# day an event dates its figures by and for a place's name that names the event, not the place
DISASTERS = (r"(?:地震|洪灾|洪水|洪涝|山洪|强降雨|暴雨|降雨|降水|泥石流|山体滑坡|滑坡|台风|寒潮|降雪|雪灾|冰雹|火灾"
             r"|旱灾)")
# To the end of December, or from January to December: the whole year (截至12月底, 12月31日, 1—12月)
WHOLE_YEAR = re.compile(r"(?:12|十二)月(?:[底末]|31日)|(?<!\d)1\s?[—\-–~～至到]\s?12月|一至十二月")


def whole_year(period: str | None, text: str) -> str | None:
    """``period``, or its year where it is December and ``text`` reports to the end of it."""
    return period[:4] if period and period.endswith("-12") and WHOLE_YEAR.search(text) else period


def resolve_period(p: Period, periods: list[Period], carry: str | None, ctx: Dating) -> str | None:
    """The period ``p`` names (``2024``, ``2024-08``), read with the sentence's other ``periods``."""
    if p.kind == "relative":
        if not ctx.current_year:
            return carry or ctx.reference_period
        year = str(int(ctx.current_year) + int(p.value))
        reference = ctx.reference_period or ""
        if p.value == "-1" and p.end - p.start == len("去年同期") and len(now := carry or reference) == 7 \
                and now[:4] == ctx.current_year:
            return f"{year}{now[4:]}"  # 去年同期为… (上年同期), of the months to October: to October a year before
        if p.value == "0" and periods and periods[0].kind == "month" and periods[0].end <= p.start \
                and not ctx.text[:periods[0].start].strip() and _DAY_OPENED.match(ctx.text, periods[0].start):
            return f"{year}-{periods[0].value}"  # 7月8日，…下达今年第二批…资金: this year's, on the day it opens with
        # 今年新建14个 in a text reporting on this year to a month (截至8月底): the year so far
        return reference if p.value == "0" and len(reference) == 7 and reference.startswith(year) else year
    if p.kind == "prior":  # 由上年的2.38%: the year before the one the sentence speaks of
        year = (carry or ctx.reference_period or "")[:4]
        return str(int(year) - 1) if year.isdigit() else None
    if p.kind == "effective":
        # a standard in force from a date: as of the period the text reports on, once in force by then; a rule
        # taking effect later holds for the year it starts (自2025年1月1日起 in a notice of December 2024: 2025)
        reference = ctx.reference_period or ""
        return reference if reference[:4].isdigit() and reference >= p.value[:len(reference)] else p.value[:4]
    if p.kind not in ("month", "during", "festival", "since-month"):
        return p.value
    # the last year named before the month: 2024年…8月, 今年前10个月, 今年春节期间
    named = ("at", "target", "relative") if ctx.current_year else ("at", "target")
    years = [year_of(q, ctx.current_year) for q in periods if q.end <= p.start and q.kind in named]
    year = years[-1] if years else (carry or ctx.reference_period or "")[:4]
    reference = ctx.reference_period or ""
    if not years and p.kind == "month" and len(reference) == 7 and reference[5:] == p.value:
        year = reference[:4]  # 2022年，…。1—5月，… in a text to 2023-05: the months its data run to, not 2022's
    if not year[:4].isdigit():
        return None
    if not years and p.kind == "month" and (ctx.written or ctx.current_year) and months_so_far(ctx.text, p) \
            and "到" not in ctx.text[max(0, p.start - 1):p.start + 1]:  # (not a goal: 力争到12月底…)
        # the last such month by the time the text was written: not a month not yet come (1—11月 in a page of
        # December 2025 on the standards of 2026: 2025's), and a date figures run to the latest (截至1月12日 in a
        # page of January 2026 on 2025's work: 2026's)
        written = ctx.written or f"{ctx.current_year}-12"
        latest = written[:4] if p.value <= written[5:] else str(int(written[:4]) - 1)
        if year[:4] > latest or (year[:4] < latest and ctx.written and ctx.text.startswith(("截至", "截止"), p.start)):
            year = latest
    if p.kind == "festival":
        if not years and not carry and p.value in _YEARS_START and ctx.current_year and ctx.current_year > year[:4]:
            year = ctx.current_year  # 春节前夕 in a January page reviewing the year before: this year's festival
        month = festival_month(p.value, int(year[:4]))
        return f"{year[:4]}-{month:02d}" if month else year[:4]
    if p.kind == "since-month":
        # 进入7月以来，…走访1260名: to the month the figures run to, if that is not before the month they run from
        # (截至6月底，… 进入7月以来: July, not June); a year's review keeps its year
        base = carry or reference
        return base if base[:4] == year[:4] and (len(base) == 4 or base[5:] >= p.value) else f"{year[:4]}-{p.value}"
    return f"{year}-{p.value}"


_YEARS_START = frozenset({"元旦", "春节", "元宵"})  # festivals at a year's start, near a review of the year before


def year_of(p: Period, current_year: str | None) -> str:
    """The year of a period: its own, or for 今年/明年/去年 the one it names from the year the text is written in."""
    return str(int(current_year) + int(p.value)) if p.kind == "relative" and current_year else p.value[:4]


def period_for(periods: list[Period], position: int, carry: str | None, ctx: Dating) -> str | None:
    """The period of a figure at ``position``: the last time expression before it that dates it, else the one
    carried on, else the text's."""
    at = dating_before(periods, position)
    if at:
        return resolve_period(at[-1], periods, carry, ctx)
    return carry or ctx.reference_period


def month_of_year_after(periods: list[Period], position: int, text: str) -> str | None:
    """截至5月底，…已下达2025年救助补助资金98.6亿元: the month so far (截至, 1—5月) of the year named after it, when
    that year dates the figure at ``position`` of ``text``; else None."""
    at = dating_before(periods, position)
    if len(at) < 2 or at[-1].kind != "at" or len(at[-1].value) != 4 or at[-2].kind != "month":
        return None
    year, month = at[-1], at[-2]
    if text[year.end - 1:year.end] in ("底", "末") or text[year.start:year.start + 2] in ("截至", "截止"):
        return None  # 截至2024年底: the year's end, not its months so far
    if not months_so_far(text, month):
        return None  # (新华社北京1月22日电…: a dateline, not the months a figure covers)
    return f"{year.value}-{month.value}"


# the kinds of time expression that date what follows
DATING = ("at", "target", "month", "during", "relative", "effective", "festival", "prior", "since-month")


def dating_before(periods: list[Period], position: int) -> list[Period]:
    """The time expressions before ``position`` that date what follows them, in order."""
    return [p for p in periods if _dates(p, position)]


def dated(periods: list[Period], position: int) -> bool:
    """Whether a time expression before ``position`` dates what is stated there."""
    return any(_dates(p, position) for p in periods)


def _dates(p: Period, position: int) -> bool:
    # (由上年的2.38%下降到…: the year before dates the level right after it, nothing further on)
    return p.kind in DATING and p.end <= position and (p.kind != "prior" or position - p.end <= _PRIOR_REACH)


_PRIOR_REACH = 8  # characters from 上年 to the level it dates (的每人每月…)


def since(periods: list[Period], position: int) -> str | None:
    """The year of the last 自…年以来 before ``position`` (what a cumulative figure counts from), or None."""
    found = [p for p in periods if p.kind == "since" and p.end <= position]
    return str(found[-1].value) if found else None


def for_the_year(clause: str, start: int, end: int, dated: bool) -> bool:
    """Whether the figure at ``[start, end)`` of ``clause``, in a report to a month, is the whole year's: what
    the year will take (全年需新增…218万元, unless its sentence dates it), the year's plan (年度计划投资12.6亿元) or
    its task (新建…40个的任务已提前完成)."""
    return (not dated and _THE_YEAR.search(clause, 0, start) is not None) or \
        _YEARS_PLAN.search(clause, 0, start) is not None or _TASK_AFTER.match(clause, end) is not None


# What the whole year will take or reach (全年需新增, 全年…将达到): not 全年组织…46人次, the year so far, nor
# 完成全年目标任务的96.5%
_THE_YEAR = re.compile(r"全年(?!目标|任务|计划)[^，。；]{0,12}?(?:需|将|预计|可望)")
_YEARS_PLAN = re.compile(r"年度(?:计划|任务|目标)(?:总)?(?:投资|资金)?(?:为|达|是)?$")
_TASK_AFTER = re.compile(r"的(?:年度)?(?:目标)?任务")


# What follows a year that says which things a figure counts, not when (2024年秋季入伍的162户): a modifier's 的
_YEAR_OF_WHAT = re.compile(r"(?!底|末|度|同期|以来|起)[^，。；、\d]{2,10}的")


_SPAN_OF = ("期间", "活动", "行动", "行动”", "活动”")  # (what a bracket of months after it gives the time of)
_RISEN_FROM = re.compile(r"[底末]?的")  # (由2015年的…: the level a rise started from)


def said_apart(p: Period, sentence: str, at: int, dated_before: bool) -> bool:
    """Whether ``p``, the last time expression before the figure at ``at``, dates only what it says apart: a festival's
    days or a year's level said in passing, before a ；(…情人节当天办理结婚登记86对；办理离婚登记312对; 平均值为5.6%，
    2021年为5.1%；年末…为5.5%), the year a level rose from, for what follows its clause (由2015年的21.6亿元增加到
    31.2亿元；…累计完成投资126亿元), a year of how things were before a change, for a figure after it (去年改造前
    只有床位32张，改造后…120张), a year in brackets closed before the figure (…（2024年全年共减免238.4万元）；
    完成…38例), or, after the sentence's own time (``dated_before``), a year that says which ones (上半年，为2024年秋季
    入伍的162户…)."""
    if "；" in sentence[p.end:at] and (p.kind == "festival" or (p.kind == "at" and sentence.startswith("为", p.end))):
        return True
    if p.kind in ("at", "relative") and (item := sentence.rfind("；", p.end, at)) >= 0 \
            and _NEXT_ITEM.match(sentence, item + 1) and _in_item(sentence, p.start):
        return True  # 一是…，2024年流失率达到16.8%；二是…月平均工资仅3200元左右: a year of one item of a list (not
        # one before the list that dates it all: 2026年…重点抓好五个方面工作：一是…；二是…)
    if p.kind in ("at", "relative") and _BEFORE_AFTER.search(sentence, p.end, at):
        return True  # 去年改造前只有床位32张，改造后床位增加到120张: the time before a change, not after it
    opened = sentence.rfind("（", 0, p.start)
    if opened >= 0 and "）" not in sentence[opened:p.start] and "）" in sentence[p.end:at] \
            and not sentence.endswith(_SPAN_OF, 0, opened):
        return True  # a year in brackets closed before the figure: …65.9万元（2024年全年共减免238.4万元）；完成…38例
        # (not the months an event ran, in brackets after it: “春风行动”期间（2月至3月）举办招聘会326场)
    if p.kind == "at" and _RISEN_FROM.match(sentence, p.end) and sentence[p.start - 1:p.start] in ("由", "从") \
            and any(mark in sentence[p.end:at] for mark in "，；,;"):
        return True
    return dated_before and p.kind == "at" and _YEAR_OF_WHAT.match(sentence, p.end) is not None


def _in_item(sentence: str, at: int) -> bool:
    """Whether ``at`` lies inside an item of a list (after 一是, 其一, 第一，… and no colon since)."""
    marks = list(_ITEM.finditer(sentence, 0, at))
    return bool(marks) and marks[-1].start() > max(sentence.rfind("：", 0, at), sentence.rfind(":", 0, at))


_ITEM = re.compile(r"[一二三四五六七八九十]是|其[一二三四五六]|第[一二三四五六七八九十][，,、]")
_NEXT_ITEM = re.compile(r"\s*(?:[二三四五六七八九十]是|其[二三四五六]|第[二三四五六七八九十][，,、]?)")
# A clause of how things were before a change, then one of how they are after it (改造前…，改造后…)
_BEFORE_AFTER = re.compile(r"([\u4e00-\u9fff]{1,4})前[^，。；]*[，,；;]\s*\1?后")


def dated_not_by_this_year(periods: list[Period], at: int) -> bool:
    """Whether a time expression before ``at`` dates it, other than 今年 (this year so far: 今年…提高后，全年需新增…
    is the whole year's all the same)."""
    return any(p.kind in DATING and p.end <= at and not (p.kind == "relative" and p.value == "0") for p in periods)
