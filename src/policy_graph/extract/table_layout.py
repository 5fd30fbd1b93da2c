"""Where a text's tables are: runs of lines of tab-separated cells, with the short lines above them that caption them
and the notes below.

A table reaches the extractor as such lines: the article of a web page keeps a ``<table>`` of figures so
(:mod:`policy_graph.webpage`), and text copied from a spreadsheet or a browser has them too.
:mod:`policy_graph.extract.tables` reads their figures.

>>> text = "表1 2024年各县低保情况\\n县\\t低保对象（人）\\t增长（%）\\n甲县\\t9,862\\t-2.5\\n合计\\t20000\\t1"
>>> [(t.caption, [[c.text if c else None for c in row] for row in t.rows]) for t in find_tables(text)]
[('表1 2024年各县低保情况', [['县', '低保对象（人）', '增长（%）'], ['甲县', '9,862', '-2.5'], ['合计', '20000', '1']])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cells import Cell

__all__ = ["Table", "find_tables"]


@dataclass(frozen=True)
class Table:
    """A run of lines of tab-separated cells (an empty cell is None), with the lines around it that speak of it."""

    start: int
    end: int
    rows: list[list[Cell | None]]
    caption: str = ""  # the short lines just above the table, joined by spaces (offsets kept)
    caption_start: int = 0
    notes: str = ""  # the lines just below it that are notes (注：…, 单位：…)
    notes_start: int = 0


_NOTE_LINE = re.compile(r"\s*(?:注|说明|备注|资料来源|数据来源|单位)\s*[:：]")


def find_tables(text: str) -> list[Table]:
    """The tables of ``text``: runs of two or more lines holding tabs, with their captions and notes."""
    tables: list[Table] = []
    if "\t" not in text:
        return tables
    lines: list[tuple[int, str]] = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    i = 0
    while i < len(lines):
        if "\t" not in lines[i][1]:
            i += 1
            continue
        j = i
        while j < len(lines) and ("\t" in lines[j][1] or (
                j + 1 < len(lines) and "\t" in lines[j + 1][1] and _GROUP_ROW.fullmatch(lines[j][1])
                and _DIGIT.search(lines[j + 1][1]))):
            j += 1  # (a row of one cell between rows names a group of the rows below it: 一、社会保障; not a
            # heading over another table's header: 三、收到和处理政府信息公开申请情况 / …\t申请人情况)
        if sum("\t" in line for _start, line in lines[i:j]) >= 2:
            tables.append(_table(lines, i, j))
        i = j
    return tables


_DIGIT = re.compile(r"\d")
# A lead-in to a table that names its units before its colon: …汇总如下（单位：户、人、人次、万元）：
_LEAD_IN_UNITS = re.compile(r"[（(]\s*(?:计量)?单位[:：][^（()）]{1,24}[)）]\s*[:：]\s*$")
_DAY_LINE = re.compile(r"\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                       r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*")
# A row of one cell inside a table: a group of the rows below it (一、社会保障; （二）就业), the table's <td colspan>
_GROUP_ROW = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"
                        r"[^\t。；;：:，,]{1,20}\s*")


def _table(lines: list[tuple[int, str]], first: int, stop: int) -> Table:
    rows = [_cells(start, line) for start, line in lines[first:stop] if "\t" in line]
    caption: list[str] = []
    caption_start = lines[first][0]
    above = lines[max(0, first - 4):first]
    while above and not above[-1][1].strip():
        above.pop()  # a blank line between the caption and its table
    for start, line in reversed(above):
        if not line.strip():
            continue  # (a blank line between the table's title and its unit: …情况表 / / 单位：万元)
        if not caption and _LEAD_IN_UNITS.search(line) and "\t" not in line:
            caption, caption_start = [line], start  # (…汇总如下（单位：户、人、人次、万元）：: the lead-in's units)
            break
        if len(caption) == 2 or len(line) > 60 or line.rstrip().endswith(("。", "；", "：", ":")) or "\t" in line \
                or _DAY_LINE.fullmatch(line):
            break  # (a signature's date over an attached table's title is not its caption: 2025年6月23日)
        caption.insert(0, line)  # as written: the caption's offsets stay those of the text
        caption_start = start
    notes = [(start, line) for start, line in lines[stop:stop + 2] if _NOTE_LINE.match(line)]
    end = lines[stop - 1][0] + len(lines[stop - 1][1])
    return Table(lines[first][0], end, rows, " ".join(caption), caption_start, " ".join(line for _s, line in notes),
                 notes[0][0] if notes else end)


def _cells(start: int, line: str) -> list[Cell | None]:
    cells: list[Cell | None] = []
    for part in line.split("\t"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(start + lead, start + lead + len(stripped), stripped) if stripped else None)
        start += len(part) + 1
    return cells
