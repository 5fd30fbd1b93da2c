"""Figures in tables: each figure cell of a table of statistics, read as an observation.

A table reaches the extractor as lines of tab-separated cells: the article of a web page keeps a ``<table>`` of
figures so (:mod:`policy_graph.webpage`), and text copied from a spreadsheet or a browser has them too.  (A table
flattened into a PDF's text, its cells run together with spaces, is not read: its columns cannot be told apart.)
Two shapes are read:

* rows of regions (阜平县, 全市, 合计; towns and streets take the text's own region) or of years against columns
  of indicators, each header naming its unit in brackets ("农村低保对象（人）"; a header over two columns names
  their noun: 低保对象（人） over 城市 | 农村), or a line by the table naming one for all ("单位：万元");
* rows of indicators against columns of values, of years ("2024年", "2025年目标") or of the year before (上年同期),
  the unit in a 单位 column, in the row's own brackets or in such a line; a row may be named in several columns,
  each group spanning the rows of its parts (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密), and columns with
  no period are told apart by their names (本年制发件数 | 本年废止件数).

A column of changes ("比上年增长（%）") gives the row's latest figure its change; "[1.14]" there, or a column in
百分点, is a change in percentage points of its own.  A cell may carry its unit (9862人), a comparison (>60) or a
plan's sum over its years (〔200〕).  The period is the row's or the column's, else the caption's (the short line
above the table), else the text's at that point; a year after the text's is a target.  The region is the row's,
else the one region the caption names, else the text's own.  The quote runs from the row's first cell to the
figure; serial numbers and ranks (序号, 排名) are not figures.

(:mod:`policy_graph.extract.table_layout` finds the tables, :mod:`policy_graph.extract.table_columns` reads their
headers.)
"""

from __future__ import annotations

import re
from decimal import Decimal

from .cells import Cell, blank, figure_of, split_unit, table_units, unit_for, unit_of
from .changes import previous_year
from .counted import counted_kind
from .facts import Evidence, ObservationFact
from .numbers import canonical
from .table_columns import (
    POINTS,
    TARGET_WORDS,
    YEAR,
    Column,
    TableContext,
    column_of,
    period_of_caption,
    regions_in,
)
from .table_layout import Table, find_tables
from .unit_codes import YEARLY_PER_PERSON_TITLE

__all__ = ["Cell", "Table", "TableContext", "find_tables", "table_observations"]


_UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
_SERIAL_HEADER = re.compile(r"序号|编号|排名|名次|位次|排序")
_TOTAL = re.compile(r"^(?:合计|总计|小计|总数|全部|汇总|总体)$")
# a town, or a zone in no gazetteer (乌拉盖管理区, 高新区): within the table's region
_TOWN = re.compile(r"(?:镇|乡|街道|办事处|苏木|社区|管委会|农场|林场|管理区|开发区|高新区|经开区|示范区|试验区|新区"
                   r"|园区)$")
_ROW_LEAD = re.compile(r"^(?:其中[:：]?|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)")


# Unit words that count anything (件, 个 ...): a column in one of them counts what its row names, not its own noun
_COUNTS_OF_ANY = ("件", "个", "项", "次", "人", "人次", "户")

def table_observations(table: Table, ctx: TableContext) -> list[ObservationFact]:
    """The observations of one table (none when its shape is not one of those read)."""
    width = max(len(row) for row in table.rows)
    rows = [row + [None] * (width - len(row)) for row in table.rows]
    data = [i for i, row in enumerate(rows) if i > 0 and any(figure_of(c) is not None for c in row)]
    if not data:
        return []
    head, body = rows[:data[0]], [rows[i] for i in data]
    columns = [column_of(j, head, ctx) for j in range(width)]
    if any(_APPLICATIONS.search(c.text) for row in rows for c in row if c is not None and figure_of(c) is None):
        # a disclosure report's table of applications (申请人情况 | 自然人 | 商业企业 …; 本年新收…申请数量): every
        # figure counts applications, whoever made them
        for column in columns:
            if column.guessed or not column.unit:
                column.unit, column.guessed = "件", False
    serial = {c.index for c in columns if _serial(c, body)}
    figures = [j for j in range(width) if j not in serial and _share(body, j) >= 0.5]
    labels = [j for j in range(width) if j not in serial and j not in figures
              and sum(not blank(row[j]) for row in body) * 2 >= len(body)]
    if figures and not labels and len(body) == 1 and head and len(figures) == width:
        return _header_only(table, head, body[0], columns, ctx)
    if not figures or not labels:
        return []
    label = labels[0]
    figures = [j for j in figures if j > label]  # a row reads from its name to its figures (not a serial number)
    if not figures:
        return []
    units = next((j for j in labels if _UNIT_HEADER.match(columns[j].header)), None)
    named_units = table_units(table.caption, table.notes)
    named = regions_in(ctx.regions, table.caption_start, table.caption_start + len(table.caption))
    default = named[0] if len(set(named)) == 1 else ctx.default_region
    firsts = [_first(row, label) for row in body]
    # (a column of groups whose cells span rows, a column of their parts beside it: 城乡低保标准 | 城市, then | 农村;
    # not with more names after it, 一级指标 | 二级指标 | 三级指标 | 指标值: read as names in several columns below)
    sub = label + 1 if label + 1 in labels and label + 1 != units and any(row[label] is None for row in body) \
        and not any(label + 1 < j < min(figures) and j != units for j in labels) else None
    if sub is not None:
        group: Cell | None = None
        for i, row in enumerate(body):
            group = row[label] or group
            firsts[i] = firsts[i] if row[label] is not None or row[sub] is None else group
    row_regions = [_row_region(first, ctx, default) for first in firsts]
    row_periods = [_row_period(first, ctx) for first in firsts]
    shape = "indicators"  # rows of indicators; else rows of regions or of years, against columns of indicators
    if units is None and sum(r is not None for r in row_regions) * 2 >= len(body):
        shape = "regions"
    elif units is None and sum(p is not None for p in row_periods) * 2 >= len(body):
        shape = "periods"
    outer = [""] * len(body)
    if shape == "indicators" and sub is None and any(row[label] is None for row in body):
        # rows of names in several columns, each spanning the rows of its parts (三、本年度办理结果 | （三）不予公开 |
        # 1.属于国家秘密 | 0 | …): a row's name is its label nearest the figures, in the group to its left
        for i, row in enumerate(body):
            deeper = next((row[c] for c in range(min(figures) - 1, label, -1) if c != units and c not in serial
                           and row[c] is not None and figure_of(row[c]) is None), None)
            firsts[i] = deeper or firsts[i]
        outer = _outer_groups(body, firsts, min(figures), serial | ({units} if units is not None else set()))
    target = ctx.target or bool(TARGET_WORDS.search(table.caption))
    caption_period = period_of_caption(table, columns, ctx)
    if caption_period and caption_period[:4].isdigit():
        for column in columns:  # (9月末 | 上年同期 under …2025年第三季度…: a month of the caption's year)
            if column.period and len(column.period) == 7 and not YEAR.search(column.header) and not column.noted:
                column.period = caption_period[:4] + column.period[4:]
    per_person_year = bool(YEARLY_PER_PERSON_TITLE.search(table.caption))
    # old standards beside the new (调整前 | 调整后 | 提高), or the new beside their raise (调整后标准 | 提高金额)
    raise_table = any(c.before_raise or c.after_raise for c in columns)
    out: list[ObservationFact] = []
    # (本年制发件数 | 本年废止件数 | 现行有效件数: columns of the same row told apart by their names, not their periods)
    # (and a column of the year before that names its own noun: 上一年项目数量 beside 处理决定数量)
    kinds = {j: _BEFORE_PREFIX.sub("", columns[j].name) if columns[j].year_before else columns[j].name
             for j in figures if not (columns[j].period or columns[j].change or columns[j].target
                                      or columns[j].before_raise)}
    plain = [j for j, kind in kinds.items() if kind]
    named_columns = len(plain) >= 2 and len({kinds[j] for j in plain}) == len(plain)
    for row, first, region, row_period, within in zip(body, firsts, row_regions, row_periods, outer):
        if first is None or (shape == "regions" and region is None) or (shape == "periods" and row_period is None):
            continue
        name, row_unit = split_unit(_ROW_LEAD.sub("", first.text)) if shape == "indicators" else ("", "")
        if within and name:
            name = f"{_ROW_LEAD.sub('', within)}（{name}）"  # （三）不予公开 | 1.属于国家秘密: a part of its group
        if sub is not None and name and (part := row[sub]) is not None and part.text.strip() not in name \
                and len(part.text.strip()) <= 6:
            name = f"{name}（{part.text.strip()}）"  # 城乡低保标准（农村）, 特困人员照料护理标准（半护理）
        if units is not None and row[units] is not None:
            row_unit = row[units].text  # type: ignore[union-attr]
        filled = [c for c in row if c is not None]
        sentence = (filled[0].start, filled[-1].end)
        levels: list[ObservationFact] = []  # the row's figures so far, to which a column of changes may belong
        shifted: dict[int, str] = {}  # (a level of the year before: the period its row is of)
        words: dict[int, str] = {}  # (each level's unit word)
        period_of_row = row_period or caption_period
        for j in figures:
            column, cell = columns[j], row[j]
            figure = figure_of(cell)
            if figure is None or cell is None:
                continue
            if column.change and not levels and name and period_of_row and column.unit in ("", "%", "％") \
                    and figure.unit in ("", "%"):
                out.append(ObservationFact(  # 规模以上工业增加值 | — | — | 7.2: a growth with no level beside it
                    indicator=name + "增速", region=default, period=period_of_row, value=figure.value * column.change,
                    unit="percent", anchor=cell.start,
                    evidence=Evidence(first.start, cell.end, "table", sentence=sentence, section=ctx.section),
                    base_period=previous_year(period_of_row)))
                continue
            if column.change and "实际" in column.header and levels and levels[-1] is not _NO_LEVEL \
                    and figure.unit in ("", "%") and column.unit in ("", "%", "％"):
                real = levels[-1]  # 比上年名义增长 | 比上年实际增长: the real growth a figure of its own, as in prose
                out.append(ObservationFact(
                    indicator=real.indicator + "实际增速", region=real.region, period=real.period,
                    value=figure.value * column.change, unit="percent", anchor=cell.start,
                    evidence=Evidence(first.start, cell.end, "table", sentence=sentence, section=ctx.section),
                    base_period=column.since or previous_year(real.period)))
                continue
            if column.change:
                level = _changed(levels)
                if level is None:
                    continue
                base = column.since or previous_year(level.period)  # 2024-09: the same months a year before
                period_changed = level.period
                if id(level) in shifted:  # 上一年项目数量 | 本年增/减: this year's change from the year before's level
                    period_changed, base = shifted[id(level)], level.period
                if figure.unit == "个百分点" or (not figure.unit and column.unit in POINTS):
                    out.append(ObservationFact(  # [1.14]: a change in percentage points, an observation of its own
                        indicator=level.indicator + "变化", region=level.region, period=level.period,
                        value=figure.value * column.change, unit="percentage-point", anchor=cell.start,
                        evidence=Evidence(first.start, cell.end, "table", sentence=sentence, section=ctx.section),
                        base_period=base, qualifiers=set(level.qualifiers)))
                elif column.absolute and not figure.unit and (unit := unit_of(
                        figure, row_unit or column.unit or unit_for(level.indicator, named_units)
                        or words.get(id(level), ""), level.indicator)):
                    # (单位：万人 over 项目 | 2022年末 | 比上年末增减: in the line's unit, as the level)
                    code, magnitude = unit
                    out.append(ObservationFact(  # 城乡低保对象 | 人 | 6218 | 6452 | -234: a change of its own
                        indicator=level.indicator + "增量", region=level.region, period=period_changed,
                        value=canonical(figure.value * magnitude * column.change), unit=code, anchor=cell.start,
                        evidence=Evidence(first.start, cell.end, "table", sentence=sentence, section=ctx.section),
                        base_period=base, qualifiers=set(level.qualifiers)))
                elif figure.unit in ("", "%") and column.unit in ("", "%", "％"):
                    level.change_percent = figure.value * column.change
                    level.base_period = base
                continue
            indicator = name if shape == "indicators" else column.name
            counted = ""  # what the figure counts, if not what its indicator names
            if shape == "indicators" and named_columns and j in plain and kinds[j] not in name:
                indicator = f"{name}（{kinds[j]}）"
                # (县社会福利中心 | 机构数（家） | 床位数（张）: the beds a column counts, of the institution its row)
                # (not whose applications a column counts, 科研机构（件）)
                counted = kinds[j] if column.unit and column.unit not in _COUNTS_OF_ANY and counted_kind(kinds[j]) \
                    else ""
            # (完成率（%） beside a row's 亿元: the column's own percent, of the row's indicator)
            rate = shape == "indicators" and column.unit in ("%", "％") and row_unit not in ("", "%", "％") \
                and not column.guessed
            if rate:
                indicator = name + column.name
            period = row_period or column.period or caption_period
            if raise_table and ctx.effective_year and not (row_period or column.period):
                period = ctx.effective_year  # 调整后标准 of a notice whose standards change next year: that year's
            unshifted = period
            if period and column.year_before and not (column.noted and period == column.period):
                period = previous_year(period)
            elif period and column.before_raise and period[:4].isdigit():
                period = str(int(period[:4]) - 1)  # (as 由每人每月790元提高到830元 dates the 790)
            word = (row_unit or column.unit) if shape == "indicators" and not rate else column.unit
            if column.guessed and named_units and not row_unit:
                # 单位：元/人·月 over a column named for whom it pays (社会散居孤儿…): the line's unit, not a count
                word = unit_for(indicator, named_units) or word
            elif raise_table and word == "元" and _RAISED_BY_HEADER.search(column.header):
                # 调整前标准（元/人·月） | 调整后标准（元/人·月） | 提高金额（元）: the raise, in the standards' unit
                word = next((c.unit for c in columns if (c.before_raise or c.after_raise) and c.unit.startswith("元/")),
                            word)
            word = word or unit_for(indicator, named_units)
            unit = unit_of(figure, word, counted or indicator)
            if period is None or unit is None or len(indicator) < 2:
                levels.append(_NO_LEVEL)
                continue
            code, magnitude = unit
            if code == "CNY" and per_person_year:
                code = "CNY/person/year"  # 附表　…各县（市、区）居民人均可支配收入 | 全体居民（元）: per person, a year
            elif code == "CNY" and (per := _EACH_PERIOD.get(column.header.strip())) and any(
                    u.startswith("元/人") for u in (word or "", *named_units)):
                code = f"CNY/person/{per}"  # 单位：元/人 over columns headed 每年 | 每月: per person, a year or a month
            if figure.value == 0:
                levels.append(_NO_LEVEL)
                continue  # 行政处罚 | 0: nothing happened, no figure (a zero cell of a disclosure report's table)
            if code == "CNY" and ctx.policy_year and not (row_period or column.period) \
                    and period.startswith(ctx.policy_year + "-"):
                period = ctx.policy_year  # money a notice's table allocates: for its year, not a data month
            if column.target and not column.period and len(period) == 7:
                period = period[:4]  # 年度筹集任务 in a table to 10月: a target for the year
            # (a year after the text's is a plan's, but not the year its new standards take effect in)
            planned = target or column.target or bool(ctx.current_year and period[:4] > ctx.current_year
                                                      and period[:4] != ctx.effective_year)
            levels.append(ObservationFact(
                indicator=indicator, region=region if shape == "regions" and region else column.region or default,
                period=period,
                value=canonical(figure.value * magnitude), unit=code, anchor=cell.start,
                evidence=Evidence(first.start, cell.end, "table", sentence=sentence, section=ctx.section),
                qualifiers=({"target"} if planned else set()) | ({figure.qualifier} if figure.qualifier else set())))
            out.append(levels[-1])
            words[id(levels[-1])] = word  # (the unit of a change beside it that names none: 上一年项目数量 | 本年增/减)
            if column.year_before and unshifted:
                shifted[id(levels[-1])] = unshifted
    return out


def _outer_groups(body: list[list[Cell | None]], firsts: list[Cell | None], stop: int, skip: set[int]) -> list[str]:
    """For each row, the group its name is in: a label to the left of it, in its row or carried down the rows it
    spans (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密, then | | 2.…): the nearest such; '' if none."""
    carried: dict[int, str] = {}
    out: list[str] = []
    for row, first in zip(body, firsts):
        for c in range(stop):
            cell = row[c]
            if c not in skip and cell is not None and figure_of(cell) is None:
                carried = {k: v for k, v in carried.items() if k < c}
                carried[c] = cell.text
        at = next((c for c in range(stop) if row[c] is first), None) if first is not None else None
        left = [c for c in carried if at is not None and c < at]
        out.append(carried[max(left)] if left else "")
    return out


def _header_only(table: Table, head: list[list[Cell | None]], row: list[Cell | None], columns: list[Column],
                 ctx: TableContext) -> list[ObservationFact]:
    """A table of one row of figures under rows of headers, each figure named by the headers over it (行政复议 | … |
    行政诉讼 / 结果维持 | … | 未经复议直接起诉 | … / … | 结果维持 | …: 行政诉讼（未经复议直接起诉）（结果维持）).
    A header cell spans the empty cells to its right; figures without a unit are read only where the table says
    what it counts (a disclosure report's cases and applications)."""
    period = ctx.period_of(table.caption, table.caption_start)  # (no caption: the period carried on)
    filled = [c for c in row if c is not None]
    out: list[ObservationFact] = []
    for j, cell in enumerate(row):
        figure = figure_of(cell)
        if figure is None or cell is None or figure.value == 0:
            continue
        path: list[str] = []
        for line in head:
            over = next((c for c in reversed(line[:j + 1]) if c is not None), None)
            if over is not None and (not path or path[-1] != over.text):
                path.append(over.text)
        if not path:
            continue
        name = path[0] + "".join(f"（{p}）" for p in path[1:])
        unit = unit_of(figure, columns[j].unit if not columns[j].guessed else "", name)
        if unit is None or period is None:
            continue
        code, magnitude = unit
        out.append(ObservationFact(
            indicator=name, region=ctx.default_region, period=period, value=canonical(figure.value * magnitude),
            unit=code, anchor=cell.start,
            evidence=Evidence(filled[0].start, cell.end, "table", sentence=(filled[0].start, filled[-1].end),
                              section=ctx.section),
            qualifiers={"target"} if ctx.target else set()))
    return out


_APPLICATIONS = re.compile(r"申请人情况|申请数量$|^行政复议$|^行政诉讼$")
_NO_LEVEL = ObservationFact("", "", "", Decimal(0), "", Evidence(0, 0, ""), 0)  # a figure not read: takes no change


def _changed(levels: list[ObservationFact]) -> ObservationFact | None:
    """The figure a column of changes speaks of: the row's latest in time (本年 of 本年, 上年, 增长), else the
    nearest to its left; None if that one was not read or already has its change."""
    if not levels:
        return None
    latest = max(range(len(levels)), key=lambda i: (levels[i].period, i))
    level = levels[latest]
    return None if level is _NO_LEVEL or level.change_percent is not None else level


_EACH_PERIOD = {"每年": "year", "全年": "year", "年": "year", "每月": "month", "月": "month"}  # (a column's own header)
_RAISED_BY_HEADER = re.compile(r"提高|增加|提标|上调")
# (a column of the same period a year before: 上年同期, 上年末, 上年同期末, 上年同期累计)
_BEFORE_PREFIX = re.compile(r"^(?:上年|去年|上一年)(?:同期|末|底)?(?:末|累计)?")


def _serial(column: Column, body: list[list[Cell | None]]) -> bool:
    """序号, 排名, or the numbers 1, 2, 3 … down the rows."""
    if _SERIAL_HEADER.search(column.header):
        return True
    values = [figure_of(row[column.index]) for row in body]
    return len(values) >= 3 and all(v is not None and not v.unit and v.value == i + 1 for i, v in enumerate(values))


def _share(body: list[list[Cell | None]], j: int) -> float:
    filled = [row[j] for row in body if not blank(row[j])]
    figures = sum(figure_of(cell) is not None for cell in filled)
    return figures / len(filled) if filled else 0.0


def _first(row: list[Cell | None], label: int) -> Cell | None:
    """A row's label: its cell in the label column, else (合计 spanning 序号 and 地区) the nearest one to its left
    that is not a figure."""
    if row[label] is not None:
        return row[label]
    return next((c for c in reversed(row[:label]) if c is not None and figure_of(c) is None), None)


def _row_period(cell: Cell | None, ctx: TableContext) -> str | None:
    """The period a row is about when its label is one (2023年, 2024年6月底), else None."""
    if cell is None or not _PERIOD_LABEL.fullmatch(cell.text):
        return None
    return ctx.period_of(cell.text, cell.start)


# (or a quarter, or a month, of the year the table is on: 第一季度 | 第二季度 …; 7月 | 8月 …)
_PERIOD_LABEL = re.compile(r"\d{4}\s?年?(?:末|底|度)?|\d{4}\s?年\s?\d{1,2}\s?月(?:底|末)?"
                           r"|第?[一二三四1-4]季度|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?")


def _row_region(cell: Cell | None, ctx: TableContext, default: str) -> str | None:
    """The region a row is about: the one its label names; ``default`` for a total, a town or a zone; else None."""
    if cell is None:
        return None
    text = _ROW_LEAD.sub("", cell.text)
    codes = regions_in(ctx.regions, cell.start, cell.end)
    if codes:
        return codes[-1]
    if _TOTAL.match(text) or _TOWN.search(text):
        return default
    return None
