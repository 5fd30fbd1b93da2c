"""Festivals and holidays that date what a text says happened during them (春节期间, 清明节期间, 国庆中秋假期,
重阳节当天, “五一”假期): the month each falls in.

Five follow the Chinese lunar calendar, so their month changes from year to year: their tables give it for the
years 2000–2049, one digit a year (0 for October), computed from the lunar calendar (the first and the fifteenth
day of the first month, the fifth of the fifth, the seventh of the seventh, the fifteenth of the eighth).  The
others fall in the same month every year (重阳, the ninth of the ninth month, in October in all those years).

>>> festival_month("春节", 2026), festival_month("春节", 2025), festival_month("国庆中秋", 2023)
(2, 1, 10)
"""

from __future__ import annotations

import re

__all__ = ["AROUND_TWO_MONTHS", "FESTIVAL", "festival_month"]

_FIRST_YEAR = 2000
_LUNAR = {
    "春节": "21221212212212122122122121221221212212212212122122",
    "元宵": "22222223222222232232222222322222223223222222232222",
    "端午": "66666656656666666566666665665666666656656666566566",
    "七夕": "88888878888888888888888888888888888888888888788888",
    "中秋": "90999909909999999099099990990990999909909999099099",
}
_SOLAR = {"元旦": 1, "情人": 2, "三八": 3, "妇女": 3, "清明": 4, "五一": 5, "劳动": 5, "助残": 5, "六一": 6, "儿童": 6,
          "八一": 8, "建军": 8, "重阳": 10, "国庆": 10, "残疾人": 12}
# (全国助残日, the third Sunday of May; “八一”建军节, 1 August; 国际残疾人日, 3 December)
# A festival or holiday, then what says the figures are of its days (期间, 假期, 当天 …)
FESTIVAL = (r"[“\"「]?(?P<festival>(?:春节|元宵|清明|端午|七夕|中秋|重阳|国庆|元旦|五一|劳动|情人|三八|妇女|六一|儿童"
            r"|八一|建军|助残日|国际残疾人日)"
            r"(?:[、和与]?(?:国庆|中秋))?)节?[”\"」]?(?:建军节)?"  # (“八一”建军节)
            r"(?:假期|期间|当天|当日|前夕|前后|长假|小长假|黄金周|节日期间)")
_NAMES = re.compile("|".join([*_LUNAR, *_SOLAR]))


# The festivals whose days before and after run into another month (春节前后: January and February, 元旦前后)
AROUND_TWO_MONTHS = frozenset({"春节", "元宵", "元旦"})


def festival_month(name: str, year: int) -> int | None:
    """The month of the festival ``name`` (as :data:`FESTIVAL` reads it: 春节, 国庆中秋 …) in ``year``; None for a
    lunar festival outside the table's years.  Of two (国庆中秋假期), 国庆's: the holiday that runs into October."""
    if "国庆" in name:
        return 10
    found = _NAMES.search(name)
    if found is None:
        return None
    first = found.group()
    if first in _SOLAR:
        return _SOLAR[first]
    digits = _LUNAR[first]
    if not 0 <= year - _FIRST_YEAR < len(digits):
        return None
    return int(digits[year - _FIRST_YEAR]) or 10
