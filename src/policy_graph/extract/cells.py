"""What a table's cell holds: its figure (a bare number, one with its unit, one in brackets or after a comparison)
and the units a header, a row's label or a line by the table names (农村低保对象（人）, 单位：万元)."""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import NamedTuple

from .numbers import Quantity, find_quantities
from .unit_codes import counts_people, unit_code

__all__ = ["Cell", "Figure", "blank", "figure_of", "split_unit", "table_units", "unit_for", "unit_of", "unit_word"]


class Cell(NamedTuple):
    """A table cell's text (stripped) at ``[start, end)`` of the text."""

    start: int
    end: int
    text: str


_FIGURE = re.compile(r"(?P<sign>[-−－+]?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<mark>[%％‰]?)")
_MARKED_CELL = re.compile(r"(?P<open>[\[［〔]|[>＞≥<＜≤]=?|[=＝])\s*(?P<inner>[^\]］〕]{1,12}?)\s*[\]］〕]?")
_COMPARISONS = {">": "at-least", "＞": "at-least", "≥": "at-least", ">=": "at-least", "<": "at-most", "＜": "at-most",
                "≤": "at-most", "<=": "at-most"}
_EMPTY = re.compile(r"[-—–－/／…\s*]*")
_WORDED_CELL = re.compile(r"(?P<pre>不低于|不少于|不超过|不高于|约)?\s*(?P<inner>\S{1,12}?)\s*"
                          r"(?P<post>以上|以下|左右)?")
_WORDED = {"不低于": "at-least", "不少于": "at-least", "以上": "at-least", "不超过": "at-most", "不高于": "at-most",
           "以下": "at-most", "约": "approx", "左右": "approx"}
_BRACKET_UNIT = re.compile(r"[（(](?:计量)?(?:单位[:：]\s*)?(?P<unit>[^（）()]{1,12})[)）]\s*$")
_UNIT_LINE = re.compile(r"(?:计量)?单位[:：]\s*(?P<unit>[^\s；;）)。]{1,24})")


class Figure(NamedTuple):
    value: Decimal  # its magnitude included: 3.2万元 → 32000
    unit: str  # the cell's own unit word (%, ‰, 人, 元 …), "" for a bare number
    qualifier: str | None = None  # at-least (>60, ≥90), at-most (<5), cumulative (〔200〕)


@functools.lru_cache(maxsize=4096)  # a cell is looked at by several of the table's readings
def figure_of(cell: Cell | None) -> Figure | None:
    """A cell's figure: a bare number (9,862; -2.5; 12.5%), one with its unit (9862人, 3.2万元), one in square
    brackets, which statistical tables use for a change in percentage points ([1.14]), one in 〔〕, their mark
    of a sum over the years of a plan (〔200〕), or one after a comparison or an equals sign, with its unit or
    not (>60, ≤5万元, ≥15万人次, =100%: a performance target's value)."""
    if cell is None:
        return None
    marked = _MARKED_CELL.fullmatch(cell.text)
    if marked is not None:
        figure = figure_of(Cell(cell.start, cell.end, marked.group("inner")))
        opening = marked.group("open")
        if figure is None or figure.qualifier or (figure.unit and opening in "[［〔"):
            return None
        if opening in "[［":
            return Figure(figure.value, "个百分点")
        if opening in "=＝":
            return figure
        return Figure(figure.value, figure.unit, _COMPARISONS.get(opening, "cumulative"))
    worded = _WORDED_CELL.fullmatch(cell.text)
    if worded is not None and (worded.group("pre") or worded.group("post")):  # 40以上, 不低于95, 6左右
        figure = figure_of(Cell(cell.start, cell.end, worded.group("inner")))
        if figure is None or figure.qualifier:
            return None
        return Figure(figure.value, figure.unit, _WORDED[worded.group("pre") or worded.group("post")])
    match = _FIGURE.fullmatch(cell.text)
    if match is None:
        found = list(find_quantities(cell.text)) if len(cell.text) <= 16 else []
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(cell.text) or found[0].qualifier:
            return None
        return Figure(found[0].value, found[0].unit_word)
    value = Decimal(match.group("num").replace(",", ""))
    if match.group("sign") in ("-", "−", "－"):
        value = -value
    return Figure(value, {"％": "%"}.get(match.group("mark"), match.group("mark")))


def blank(cell: Cell | None) -> bool:
    return cell is None or _EMPTY.fullmatch(cell.text) is not None


def split_unit(text: str) -> tuple[str, str]:
    """A header or a row's label without its bracketed unit, and the unit: 农村低保对象（人） → 农村低保对象, 人."""
    match = _BRACKET_UNIT.search(text)
    if match is None or not unit_word(match.group("unit")):
        return text.strip(), ""
    return text[:match.start()].strip(), match.group("unit").strip()


@functools.lru_cache(maxsize=256)
def unit_quantity(word: str) -> Quantity | None:
    """``1`` + ``word`` read by the quantity grammar, if ``word`` is all a unit it knows (人, 万元, 元/人·年,
    个百分点 ...): the unit word and the magnitude (万元 → 元, 10000)."""
    found = list(find_quantities("1" + word))
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(word) + 1:
        return found[0]  # (not 每人，3人以下, a row's condition that ends in a quantity of its own)
    if word.startswith(("元/", "万元/")) and "/" not in word[word.index("/") + 1:]:
        return unit_quantity(word[:word.index("/")])  # 元/生·学期: yuan, per a unit the graph has no code for
    first, slash, other = word.partition("/")
    if slash and "/" not in other and unit_quantity(other) is not None:
        return unit_quantity(first)  # 套/间: units of the same count, either of them
    return None


def unit_word(word: str) -> bool:
    """Whether ``word`` is a unit the quantity grammar knows, or a percent or per-mille sign."""
    return word in ("%", "％", "‰") or word in _HOURS or unit_quantity(word) is not None


def unit_of(figure: Figure, word: str, indicator: str) -> tuple[str, Decimal] | None:
    """The unit code and the magnitude (万 → 10,000) of a figure whose column or row has the unit word ``word``
    (the cell's own unit word, if it has one, wins)."""
    word = {"％": "%"}.get(figure.unit or word, figure.unit or word)
    if not word:
        return None
    if word in ("%", "‰"):
        return ("percent" if word == "%" else "per-mille"), Decimal(1)
    if word in _HOURS:
        return "count", _HOURS[word]  # 服务时长（万小时）: a count of hours
    if _PER_PERSON_TIME.fullmatch(word):
        # 补贴标准（元/月）, 元/人·年: an amount paid each person a month or a year (not 元/户·月, a household's)
        return unit_code(word, "", indicator), Decimal(1)
    quantity = unit_quantity(word)
    return (unit_code(quantity.unit_word, "", indicator), quantity.value) if quantity is not None else None


_HOURS = {"小时": Decimal(1), "万小时": Decimal(10000)}
_PER_PERSON_TIME = re.compile(r"元/(?:人[·/]?)?[月年]|元/[月年][·/]人")


def table_units(caption: str, notes: str) -> list[str]:
    """The units a line by the table names: 单位：万元 → [万元]; 单位：人、万元 or 单位：万人，元 → both (each
    column takes the one its noun calls for: :func:`unit_for`); of 单位：万元，…, the first."""
    for text in (caption, notes):
        match = _UNIT_LINE.search(text)
        if match:
            whole = match.group("unit")  # (元/人·月: one unit, not 元 and 人·月)
            units = [whole] if unit_word(whole) else [u for u in re.split(r"[、，,/]", whole) if u]
            if units and all(unit_word(u) for u in units):
                return units
            if units and unit_word(units[0]):
                return units[:1]
    return []


def unit_for(name: str, units: list[str]) -> str:
    """Of the units a table names, the one a column or row called ``name`` is in: the only one; else a count of
    people for people (城乡低保对象), a sum of money for money (救助资金支出); '' when that does not decide."""
    if len(units) == 1:
        return units[0]
    if counts_people(name):
        wanted = [u for u in units if u.endswith(("人", "人次", "户"))]
    elif _MONEY.search(name):
        wanted = [u for u in units if u.endswith("元")]
    else:
        wanted = [u for u in units if not u.endswith(("人", "人次", "户", "元"))]
    return wanted[0] if len(wanted) == 1 else ""


_MONEY = re.compile(r"资金|支出|金额|收入|投入|经费|补贴|津贴|补助|[金费款]$")
