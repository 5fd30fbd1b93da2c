"""A table's columns: what each header names (its noun, unit, period, region) and what kind of column it is (of
changes, of targets, of the year before, of the standards a raise replaced), and the period a table's caption and
notes give it and its columns.

(:mod:`policy_graph.extract.tables` reads the figures under them.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .cells import Cell, split_unit
from .table_layout import Table
from .timing import whole_year
from .unit_codes import COUNT_NOUNS, counts_people

__all__ = ["POINTS", "TARGET_WORDS", "YEAR", "Column", "TableContext", "column_of", "period_of_caption", "regions_in"]


@dataclass(frozen=True)
class TableContext:
    """What the extractor knows of the text around a table."""

    default_region: str
    regions: list[tuple[int, int, str]]  # regions named (and 全市 ...) in the text: (start, end, code), sorted
    period_of: Callable[[str, int], str | None]  # the period of a short text (a caption, a header) at an offset
    target: bool = False  # the table is in a section of targets
    section: int | None = None
    current_year: str | None = None  # the year the text is written in: a later year's figure is a target
    policy_year: str | None = None  # the year a policy document is issued for, if the text is one
    effective_year: str | None = None  # the later year the text's new standards take effect in (自2026年1月1日起)


POINTS = ("个百分点", "百分点")
_CHANGE_HEADER = re.compile(r"增长|增减|增/减|增幅|增速|下降|比上年|较上年|同比|比去年")
_DECREASE_HEADER = re.compile(r"下降|减少")
# (not 增长, 增幅: percent; 比上年末增减 too; 与2020年相比增减, a census's comparison, against that year)
# (本年增/减 beside 上一年项目数量: this year's change from that level)
_ABSOLUTE_CHANGE = re.compile(r"(?:本年|(?:比|较)上年[末底]?|同比|(?:与|比|较)(?P<since>\d{4})年[末底]?(?:相比)?)?"
                              r"(?:增减|增/减|增减量|增减数|增减额|增加|增加额|增量)")
TARGET_WORDS = re.compile(r"目标|预期|计划|力争|规划|(?:年度|全年)[^（(]{0,6}任务")  # (年度筹集任务: the year's)
_RATE = re.compile(r"(?:率|比例|比重|占比)$")
YEAR = re.compile(r"\d{4}\s?年")
_MONTH_HEADER = re.compile(r"\s*(?:(?:\d{1,2}\s?[—\-–~～至到]\s?)?\d{1,2}\s?月份?(?:末|底)?"
                           r"|[一二三四1-4]季度|上半年|前三季度)\s*")  # (or a part of it: 一季度 | 上半年 | 前三季度)
# (城市低保调整前 too: the standards a raise replaced, named after what they are of)
_BEFORE_RAISE = re.compile(r"(?:(?:调整|提标|提高|调标)前(?:标准|执行标准)?|原(?:执行)?标准)$")
# (调整后标准, 城市低保调整后: the standards a raise reached)
_AFTER_RAISE = re.compile(r"(?:调整|提标|提高|调标)后(?:标准|执行标准)?$")
# (or a count of the year before named by its noun: 上一年项目数量)
_YEAR_BEFORE = re.compile(r"(?:上年|去年|上一年)(?:同期|末|底)?(?:末|累计)?"
                          r"(?:[\u4e00-\u9fff]{0,4}?(?:数量|数|值|数值))?")


@dataclass
class Column:
    """A column of a table, as its header describes it."""

    index: int
    header: str
    name: str = ""  # the header without its unit
    unit: str = ""  # the unit word as written (人, 万元, 元/人·年, %)
    period: str | None = None
    change: int = 0  # 1 for a column of changes (比上年增长), -1 for one of decreases (比上年下降)
    target: bool = False  # a column of targets (2025年目标值)
    year_before: bool = False  # a column of the same period a year before (上年同期, 上年)
    absolute: bool = False  # a column of changes in the row's own unit (增减, 增减量), not in percent
    before_raise: bool = False  # a column of the standards a raise replaced (调整前标准): last year's
    guessed: bool = False  # its unit is guessed from its noun (特困人员: 人), not written
    since: str | None = None  # the year a column of changes is against, when it names one (与2020年相比增减)
    region: str | None = None  # the region a column's header names (指标 | 单位 | 全国 | 西藏自治区)
    after_raise: bool = False  # a column of the standards a raise reached (调整后标准)
    noted: bool = False  # dated by a note on the caption or under the table, in its own words (its year too)


def column_of(j: int, head: list[list[Cell | None]], ctx: TableContext) -> Column:
    """A column's header: the lowest header cell over it, below the nearest one to its left in a row above (a
    header spanning several columns: 低保对象（人） over 城市 and 农村)."""
    own = next((row[j] for row in reversed(head) if row[j] is not None), None)
    above = ""
    if own is not None and head[0][j] is not own:
        for row in head[:-1]:
            spanning = next((c for c in reversed(row[:j + 1]) if c is not None), None)
            if spanning is not None and spanning is not own:
                above = spanning.text
    header = own.text if own else ""
    name, unit = split_unit(header)
    own_name = name  # (调整前 under 城市低保标准（元/人·月）: a column of the standards before a raise)
    upper_name, upper_unit = split_unit(above)
    if upper_name and name != upper_name:
        name = name + upper_name if len(name) <= 4 else name
    written = unit or upper_unit
    # (本年处理决定数量, 本年制发件数: a column of counts names what it counts by its own noun)
    # (救助人次 under 第三季度: its own noun's, before the period above is joined to it)
    unit = written or COUNT_NOUNS.get(name[-2:], "") or COUNT_NOUNS.get(own_name[-2:], "") or (
        "个" if name.endswith("数量") else "") or ("人" if counts_people(name) else "")
    # (特困人员, 低保对象: a column of people named by who they are counts them)
    if not unit and _RATE.search(name):
        unit = "%"
    change = 0
    if _CHANGE_HEADER.search(header):
        change = -1 if _DECREASE_HEADER.search(header) else 1
    period = None
    if own is not None and (YEAR.search(header) or _MONTH_HEADER.fullmatch(header)) and not change:
        period = ctx.period_of(header, own.start)  # (7月 | 8月 | 9月: a month of the year the text is on)
    absolute = _ABSOLUTE_CHANGE.fullmatch(name) if change and unit not in ("%", "％", *POINTS) else None
    return Column(j, header, name, unit, period, change, bool(TARGET_WORDS.search(header)),
                   not change and bool(_YEAR_BEFORE.fullmatch(own_name)), absolute is not None,
                   not change and bool(_BEFORE_RAISE.search(own_name) or _BEFORE_RAISE.search(upper_name)),
                   bool(unit) and not written,
                   absolute.group("since") if absolute else None,
                   named[-1] if own is not None and (named := regions_in(ctx.regions, own.start, own.end)) else None,
                   not change and bool(_AFTER_RAISE.search(own_name) or _AFTER_RAISE.search(upper_name)))


def regions_in(regions: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
    return [code for s, e, code in regions if s >= start and e <= end]


def period_of_caption(table: Table, columns: list[Column], ctx: TableContext) -> str | None:
    """The period of a table's caption. A bracketed note that dates one column (2025年…资金分配表（享受人数为2024年底
    …人数）) gives that column its own period, and the rest of the caption dates the others."""
    period = ctx.period_of(table.caption, table.caption_start)
    for note in _NOTE.finditer(table.caption):
        dated = [c for c in columns if c.period is None and len(c.name) >= 3 and c.name in note.group()]
        noted = ctx.period_of(note.group(), table.caption_start + note.start()) if dated else None
        if noted is None:
            rest = table.caption[:note.start()] + "\u3000" * len(note.group()) + table.caption[note.end():]
            if _BASIS.search(note.group()) and YEAR.search(rest):
                # 2026年…资金测算表（按2025年11月底…人数和调整后标准测算）: what the figures are reckoned from does not
                # date them
                period = ctx.period_of(rest, table.caption_start) or period
            continue
        for column in dated:
            # (按2024年12月底数: the year's end, the year, said with its year)
            column.period, column.noted = whole_year(noted, note.group()) or noted, bool(YEAR.search(note.group()))
        rest = table.caption[:note.start()] + "\u3000" * len(note.group()) + table.caption[note.end():]
        period = ctx.period_of(rest, table.caption_start)
    for note in _DATED_NOTE.finditer(table.notes):  # 注：特困人员人数为2025年5月底在册人数: the columns it names
        # (城乡低保对象、特困人员人数为…; 复核后保障户数、人数为…: each, with or without its 人数)
        items = re.split("[、和及]", note.group("what"))
        named = [w for item in items for w in {item, _COUNT_ENDING.sub("", item)} if len(w) >= 2]
        # (户数、人数为…: the counts of households and of people, the columns in 户 and in 人)
        counted = {COUNT_NOUNS[item] for item in items if item in COUNT_NOUNS}
        # (not the money column of those counted: 城乡低保人数为… names 城乡低保人数, not 城乡低保资金（万元）)
        dated = [c for c in columns if c.period is None and (any(w in c.name for w in named) or c.unit in counted)
                 and not (c.unit.endswith("元") and not any(w in c.name for w in items))]
        noted = ctx.period_of(note.group(), table.notes_start + note.start()) if dated else None
        if noted is not None:
            for column in dated:
                column.period = whole_year(noted, note.group())  # (12月底: the year's end, the year)
                column.noted = True  # (a note dates in full: 为2025年5月底在册人数)
    return period


_NOTE = re.compile(r"[（(][^（()）]{4,60}[)）]")
_BASIS = re.compile(r"^[（(]\s*(?:按|根据|依据|以)[^（()）]*(?:测算|计算|核定|为基数)")
# A note below a table that dates what some of its columns count (注：特困人员人数为2025年5月底在册人数)
_DATED_NOTE = re.compile(r"(?<![\u4e00-\u9fff、])(?P<what>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,30}?)"
                         r"(?:均为|为|系)(?=[^；;。，,]{0,6}\d{4}年)[^；;。，,]{4,40}")
_COUNT_ENDING = re.compile(r"(?:人数|户数|数据|数字|数)$")
