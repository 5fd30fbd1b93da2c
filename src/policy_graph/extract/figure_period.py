"""The period of one figure of a clause: the time said before it (or the one carried on), moved where the clause
says otherwise: the level a raise started from, a standard the policy sets for its year, a target's deadline, a
growth a year on average since a level dated.

:class:`ClauseDating` holds what every figure of a clause is dated by; :mod:`.observations` asks it for each figure
once its noun is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import Clause, Period
from .lists import DATED_FROM
from .numbers import Quantity, parse_number
from .plans import PARAMETER, RULE_SET
from .sentence import SentenceContext
from .timing import (
    dated,
    dated_not_by_this_year,
    dating_before,
    for_the_year,
    month_of_year_after,
    period_for,
    resolve_period,
    said_apart,
    since,
)
from .unit_codes import unit_code

__all__ = ["FIVE_YEARS", "RAISED_FROM_DATED", "ClauseDating"]

# A level raised from one dated in its own words (由去年底的41.5%提高到52.3%)
RAISED_FROM_DATED = re.compile(rf"(?:由|从){DATED_FROM}(?:每[人户生孩]每[月年]|每[次人户生孩])?$")
_RAISED_BY = re.compile(r"(?:提高|增加|上调)了?$")  # (两类地区均提高25元: a raise the document sets)
_DEADLINE = re.compile(r"(?:\d{1,2}日|底)?(?:之?前|以前)")  # 2025年7月31日前, 2025年6月底前
# A clause that speaks of now after a time said before it in the sentence (…去年底上线，目前已有…，今年以来…)
_NOW_AFTER = re.compile(r"[，,；;]\s*(?:截至)?(?:目前|当前|现阶段|今年以来)")
# the year's goal, in a report to a month (1—10月，…完成年度目标任务55万个的95.6%)
_YEARS_GOAL = re.compile(r"(?:年度|全年)(?:目标)?任务|(?:年度|全年)目标")
# a notice asking those it is sent to (各地要…, 各县（市、区）务必…)
_ASKED = re.compile(r"[^，。；]{0,12}?各(?:地|级|县|市|区|州|盟|旗|有关|单位|部门)[^，。；]{0,14}?(?:要|须|务必|应)")
# The whole year, said in a report to its December (全年累计…, 全年新建218个); not its goal or plan
_ALL_YEAR = re.compile(r"全年(?!目标|任务|计划|预计|需|将)")
# Funds a period names after an allocating verb (下达2026年第一季度城乡低保…资金): the year's, for a part of it
_ALLOCATING = ("下达", "拨付", "下拨", "分配")
_FUNDS = re.compile(r"[^，。；;、]{0,30}资金")
# (a year's funds sent out ahead of it to those below; not funds sent in a month, 于12月中旬下达…冬春救助资金)
_SENT_OUT = re.compile(r"(?:上旬|中旬|下旬|初|底)?\s*提前(?:下达|下拨|拨付)")
_BY_YEAR_END = re.compile(r"年底前|年末前|年底|全年|年内")  # (a figure for the year: not timing.WHOLE_YEAR)
_YEAR_END_DEADLINE = re.compile(r"年[底末]前|年内")  # (said once for the figures after it)
# A review of five years (五年来, 过去五年), of some years (三年来), and a growth a year on average from a level
# dated (由2020年的13206元增加到…，年均增长8.5%)
FIVE_YEARS = re.compile(r"五年来|过去五年|近五年")
_YEARS_SPAN = re.compile(r"(?:过去|近)([两三四五六七八九十])年|([两三四五六七八九十])年(?:来|间|里)")
_AVERAGE_FROM = re.compile(r"(?:由|从)(\d{4})年(?:底|末)?的")
_AVERAGE_GROWTH = re.compile(r"年均(?:分别)?(?:增长|提高|递增|增加)")


def _the_years_funds(sentence: str, dating: list[Period], at: int) -> bool:
    """Whether the month that dates the figure at ``at`` is one a year's funds were sent in rather than the month
    they are of: sent ahead (已于2025年1月提前下达第一批资金21,360万元), or a part of the year an allocation names
    (共下达2026年第一季度…救助供养资金585.5万元)."""
    if not dating:
        return False
    month = dating[-1]
    return bool((sentence.endswith("于", 0, month.start) and _SENT_OUT.match(sentence, month.end))
                or (len(month.value) == 7 and sentence.endswith(_ALLOCATING, 0, month.start)
                    and _FUNDS.match(sentence, month.end, at)))


@dataclass(frozen=True)
class ClauseDating:
    """What the figures of one clause are dated by: the sentence's time expressions, the period carried on, and
    whether the clause sets a policy's parameter or pairs its figures with months one by one."""

    clause: Clause
    quantities: list[Quantity]
    periods: list[Period]
    carry: str | None
    ctx: SentenceContext
    parameter: bool
    each_month: list[Period]

    @classmethod
    def of(cls, clause: Clause, quantities: list[Quantity], periods: list[Period], carry: str | None,
           ctx: SentenceContext) -> ClauseDating:
        # a policy parameter (按每个2万元的标准给予补助) is set for the policy document's year
        # (also in a plan's section of targets, in the clause that sets it: 按不超过总投资的80%给予支持 is a rule the
        # plan sets, not one of its goals)
        parameter = bool(ctx.policy_year) and PARAMETER.search(ctx.text) is not None and (
            carry is None or (ctx.target and RULE_SET.search(clause.text) is not None))
        # (1月份、2月份和3月份分别新增就业1862人、2052人和2410人: one month for each figure)
        months = [p for p in periods if p.kind == "month" and clause.start <= p.start
                  and p.end <= clause.start + quantities[0].start] if "分别" in clause.text else []
        each_month = months if len(months) == len(quantities) > 1 else []
        return cls(clause, quantities, periods, carry, ctx, parameter, each_month)

    def period(self, i: int, origin: int | None, indicator: str, per: str) -> str | None:
        """The period of the ``i``-th figure, read as ``indicator`` (``per``: what it is per); ``origin``: the
        figure a raise to it started from, if it is a level a raise reached."""
        clause, periods, carry, ctx = self.clause, self.periods, self.carry, self.ctx
        sentence = ctx.text
        q = self.quantities[i]
        at = clause.start + q.start
        dated_from = RAISED_FROM_DATED.search(clause.text, 0, self.quantities[origin].start) \
            if origin is not None else None
        # (the level a raise reached is not dated by the words that date the level it started from, unless by its
        # own: 由2020年的…提高到2025年的每人每月780元)
        if dated_from and any(p.start >= clause.start + dated_from.end() for p in dating_before(periods, at)):
            dated_from = None
        until = clause.start + dated_from.start() if dated_from else at
        period = month_of_year_after(periods, at, sentence) or period_for(periods, until, carry, ctx)
        if self.each_month:
            period = resolve_period(self.each_month[i], periods, carry, ctx) or period
        if (dating := dating_before(periods, until)) and said_apart(dating[-1], sentence, at, len(dating) > 1):
            # (every level risen from a year said apart: 由2020年的…增加到…；由2020年的…增加到…；五年累计…)
            apart = [p for k, p in enumerate(dating) if said_apart(p, sentence, at, k > 0)]
            period = period_for([p for p in periods if p not in apart], until, carry, ctx)
        if period and ctx.reference_period and period[:4] < ctx.reference_period[:4] and \
                (dating := dating_before(periods, until)) and _NOW_AFTER.search(sentence, dating[-1].end, at):
            period = ctx.reference_period  # 平台去年底上线，目前已有8.6万名…: now, not last year
        if ctx.policy_year and not dated(periods, at) and (self.parameter or (
                (carry is None or ctx.target) and q.unit_word.startswith("元")
                and (unit_code(q.unit_word, per, indicator, sentence[:at]).startswith("CNY/person/")
                     or _RAISED_BY.search(indicator)))):
            # (and a per-person standard the document sets: 每人每月再增发30元; from the later year its standards
            # take effect in, if it names one: 自2026年1月1日起，…由每人每月800元提高到830元)
            period = ctx.policy_year if self.parameter else (ctx.effective_year or ctx.policy_year)
        elif period and len(period) == 7 and \
                for_the_year(clause.text, q.start, q.end, dated_not_by_this_year(periods, at)):
            period = period[:4]  # 截至8月底，…。按新标准测算，全县全年需新增…218万元: the year's, not the month's
        elif period and len(period) == 7 and _the_years_funds(sentence, dating_before(periods, at), at):
            period = period[:4]
        elif period and period.endswith("-12") and (whole := _ALL_YEAR.search(sentence, 0, at)) is not None \
                and not any(p.start > whole.start() for p in dating_before(periods, at)):
            period = period[:4]  # 全年累计发放城乡低保金8.36亿元 in a report to December: the year's
        return period

    def target_period(self, i: int, period: str) -> str:
        """The period of the ``i``-th figure, a target, dated ``period`` so far: the year of its deadline or of
        its plan rather than a month."""
        clause, ctx = self.clause, self.ctx
        sentence = ctx.text
        q = self.quantities[i]
        at = clause.start + q.start
        dating = dating_before(self.periods, at)
        # (not one a later target year follows: 2019年底前，建成…；力争到2020年底…覆盖率达到50%)
        latest = next((p for p in reversed(dating) if p.kind in ("at", "target")), None)
        if latest is not None and latest.kind == "at" and (_DEADLINE.match(sentence, latest.end) or (
                len(latest.value) == 7 and period == latest.value and latest.start < clause.start)):
            # 于2025年7月31日前完成…，确保发放率达到100%: a target for that year; 2025年1月，…票决产生…，
            # 计划总投资…: the month the plan was made, the plan for the year
            return latest.value[:4]
        if len(period) == 7 and (not dating or dating[-1].kind == "relative" or _YEARS_GOAL.search(
                clause.text, 0, q.start) or (
                dating[-1].kind == "month" and (_DEADLINE.match(sentence, dating[-1].end)  # 确保3月底前…
                                                or _BY_YEAR_END.search(sentence, max(dating[-1].end,
                                                                                     clause.start), at)
                                                or _YEAR_END_DEADLINE.search(sentence, max(
                                                    dating[-1].end, sentence.rfind("；", 0, at) + 1), at)))):
            # 计划新建…5个 (今年计划…) in a report to 10月底: a plan is for a year, not a month; 确保9月底前…
            # 全部开工、年底前完工率达到60%以上: the year's end, said in the figure's clause after the month's, or
            # as a deadline for each figure after it to a semicolon (第四季度，…力争年底前新建…8个，实现全县
            # 11个乡镇…全覆盖；)
            return period[:4]
        if not dating and period == self.carry and period[:4].isdigit() and ctx.current_year \
                and period[:4] < ctx.current_year and _ASKED.match(sentence):
            # 2024年，全省…。各地要确保…救助比例不低于70%: what is asked now, of the year the text is written in,
            # not of the year the sentence before reviewed
            return ctx.current_year
        return period

    def average_growth(self, i: int, period: str, base: str | None) -> tuple[str, str | None]:
        """The period and base of the ``i``-th figure if it is a growth a year on average (年均增长…), else
        ``period`` and ``base`` as they are."""
        clause, ctx = self.clause, self.ctx
        q = self.quantities[i]
        at = clause.start + q.start
        if not _AVERAGE_GROWTH.search(clause.text, 0, q.start):
            return period, base
        if average := _AVERAGE_FROM.search(ctx.text, 0, at):
            # 由2020年的13206元增加到19835元，年均增长8.5%: a growth over the years since the level it started from
            return period_for(self.periods, average.start(), self.carry, ctx) or period, average.group(1)
        if period[:4].isdigit() and not since(self.periods, at):
            # 五年来，…年均增长7.3%: over the five years a work report reviews, unless it says how many (三年来)
            span = _YEARS_SPAN.search(ctx.text)
            return period, str(int(period[:4]) - (int(parse_number(span.group(1) or span.group(2))) if span else 5))
        return period, base

    def started_from(self, i: int) -> str | None:
        """The year the level a review's first raise started from (由2015年的118.7亿元增加到…), said before the
        ``i``-th figure, if any."""
        at = self.clause.start + self.quantities[i].start
        started = [m.group(1) for m in _AVERAGE_FROM.finditer(self.ctx.text, 0, at)]
        return started[-1] if started else None
