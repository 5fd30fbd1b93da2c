"""Tables of a saved web page: where each cell is, which tables hold figures, and how their rows are written.

A table of figures (short cells, numbers among them, not a list of links) is written into the article as lines
of tab-separated cells, one line a row, one tab a column passed: cells spanning rows or columns
(``rowspan``, ``colspan``) and empty cells keep the columns in line, so :mod:`policy_graph.extract.tables` can read
each figure with its row's and column's headers.  Any other table (a layout table holding the article's
paragraphs, a sidebar of links) is written as lines, as before.

>>> grid = Grid(1); grid.new_row(); grid.cell(1, 2), grid.cell(2, 1)
(Place(table=1, row=1, column=0), Place(table=1, row=1, column=1))
>>> grid.new_row(); grid.cell(1, 1)  # column 0 is taken by the cell above
Place(table=1, row=2, column=1)
>>> between(Place(1, 2, 0), Place(1, 2, 2)), between(Place(1, 2, 2), Place(1, 3, 1))
('\\t\\t', '\\n\\t')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol

__all__ = ["CELL_SIZE", "Block", "Grid", "Place", "between", "cell_span", "table_after", "tables_of_figures"]


class Block(Protocol):
    """What these functions read of a block of the page's text."""

    @property
    def place(self) -> Place | None: ...
    @property
    def text(self) -> str: ...
    @property
    def links(self) -> float: ...
    @property
    def chrome(self) -> bool: ...


class Place(NamedTuple):
    """Where a table cell is: its table (numbered in page order), its row in the table, its first column."""

    table: int
    row: int
    column: int


class Grid:
    """The cells of a table as its rows are read: which columns cells spanning rows from above still take."""

    def __init__(self, number: int) -> None:
        self.number, self.row, self.column = number, 0, 0
        self.taken: dict[int, int] = {}  # column -> the last row a cell from above spans into it

    def new_row(self) -> None:
        self.row, self.column = self.row + 1, 0

    def cell(self, columns: int, rows: int) -> Place:
        while self.taken.get(self.column, -1) >= self.row:
            self.column += 1
        place = Place(self.number, self.row, self.column)
        if rows > 1:
            for column in range(self.column, self.column + columns):
                self.taken[column] = self.row + rows - 1
        self.column += columns
        return place


def cell_span(value: str | None) -> int:
    """A colspan or rowspan: 1 unless a sensible number."""
    value = (value or "").strip()
    return min(int(value), 50) if value.isdigit() and value != "0" else 1


def tables_of_figures(blocks: Sequence[Block]) -> set[int]:
    """The tables whose rows the article keeps as lines of tab-separated cells: tables of short cells with figures
    in them, not a layout table holding the article's paragraphs nor a table of links."""
    longest: dict[int, int] = {}
    rows: dict[int, set[int]] = {}
    figures: dict[int, int] = {}
    links: dict[int, float] = {}
    for block in blocks:
        if block.place is not None:
            table = block.place.table
            longest[table] = max(longest.get(table, 0), len(block.text))
            rows.setdefault(table, set()).add(block.place.row)
            figures[table] = figures.get(table, 0) + bool(_FIGURE.fullmatch(block.text.strip()))
            links[table] = links.get(table, 0.0) + block.links
    return {table for table, size in longest.items()
            if size <= CELL_SIZE and len(rows[table]) >= 2 and figures[table] >= 2 and links[table] < 1}


CELL_SIZE = 60  # the longest cell of a table of figures, in characters
# a cell of a figure: 9862, 9862人, ≥90%
_FIGURE = re.compile(r"(?:[≥≤＞＜><]=?\s*)?[-−－+]?\d[\d,]*(?:\.\d+)?\s*(?:[%‰％]|[万亿]?[\u4e00-\u9fff/·]{0,5})")


def between(previous: Place | None, place: Place | None) -> str:
    """What separates two blocks of the article: a line break, or in a table of figures the tabs between cells
    (one per column passed, so that an empty cell keeps the columns in line)."""
    if place is None:
        return "\n"
    if previous is not None and previous.table == place.table and previous.row == place.row:
        return "\t" * (place.column - previous.column) if place.column > previous.column else " "
    return "\n" + "\t" * place.column


def table_after(blocks: Sequence[Block], last: int, figures: set[int]) -> int:
    """Where the article ends when a table of figures follows its last block ("…如下表：", a caption, the table,
    a note under it): the table's last block or the note's; else ``last`` unchanged.  Up to three short lines may
    stand above the table (附件, its title, 单位：万元)."""
    i = last + 1
    for _ in range(3):  # the table's caption
        if i < len(blocks) and blocks[i].place is None and not blocks[i].chrome and len(blocks[i].text) <= CELL_SIZE:
            i += 1
    start = blocks[i].place if i < len(blocks) else None
    if start is None or start.table not in figures:
        return last
    table = start.table
    while i + 1 < len(blocks) and (place := blocks[i + 1].place) is not None and place.table == table:
        i += 1
    if i + 1 < len(blocks) and not blocks[i + 1].chrome and _NOTE.match(blocks[i + 1].text):
        i += 1
    return i


_NOTE = re.compile(r"\s*(?:注|说明|备注|资料来源|数据来源)\s*[:：]")


