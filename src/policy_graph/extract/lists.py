"""Lists in a sentence: the regions a 分别 clause pairs its figures with, the count of a list just named, and a
noun of people written once after a list of numbers.

>>> from .numbers import find_quantities
>>> [q] = find_quantities("娄桥、景山、新桥三个街道")
>>> counts_the_list_before("娄桥、景山、新桥三个街道", q)
True
"""

from __future__ import annotations

import functools
import re

from .clauses import Clause
from .facts import ObservationFact
from .numbers import Quantity, parse_number

__all__ = ["LIST_MARK", "counts_the_list_before", "listed_earlier", "people_listed"]

LIST_MARK = re.compile(r"[、和及与]")  # what joins the items of a list


def counts_the_list_before(text: str, q: Quantity) -> bool:
    """Whether ``q`` (2 to 10) counts the 、-list right before it: 娄桥、景山、新桥三个街道."""
    if q.unit_word not in ("个", "家", "所", "处", "项") or not (2 <= q.value <= 10) or q.value != int(q.value):
        return False
    return _listed(int(q.value)).search(text, 0, q.start) is not None


@functools.lru_cache(maxsize=16)
def _listed(items: int) -> re.Pattern[str]:
    """A 、-list of ``items`` short names that ends where the search ends."""
    return re.compile(rf"(?:[\u4e00-\u9fff]{{1,8}}、){{{items - 1}}}[\u4e00-\u9fff]{{1,8}}$")


# 两县, 三个区, 这两个市: the regions a sentence listed before, referred to again by their number
_COUNTED_REGIONS = re.compile(r"(?P<count>[两二三四五六七八九十])个?(?:县|区|市|旗|州|盟|地)")


_NOUN_LIST = re.compile(r"[、和及与]")


def listed_earlier(text: str, regions: list[tuple[int, int, str]], clause: Clause, n: int, first: int) -> list[str]:
    """The codes of the ``n`` regions listed in an earlier clause of the sentence, when this clause refers to
    them by their number before its first quantity (at ``first``: 杂多、治多两县地处…，两县分别为1860名和1240名) or
    says 分别 before it (滁州、淮北、宿州增速居全省前三位，分别增长14.6%、12.3%和11.8%; 藤县、苍梧县受灾较重，受灾人口
    分别为9.8万人和7.6万人).  ``text`` is the sentence,
    ``regions`` the ``(start, end, code)`` of the regions it names."""
    counted = _COUNTED_REGIONS.search(clause.text, 0, first)
    if counted is not None and parse_number(counted.group("count")) != n:
        return []
    respectively = clause.text.find("分别", 0, first)
    if counted is None and (respectively < 0 or _NOUN_LIST.search(clause.text, 0, respectively)):
        return []  # without 两县, only a clause with 分别 before its figures and no list of its own (受灾人口分别为…,
        # not 城市、农村低保标准分别为…) speaks of the list before it
    sentence_start = text.rfind("；", 0, clause.start) + 1  # the list is in the same part of the sentence
    spans = [span for span in regions if sentence_start <= span[0] and span[1] <= clause.start]
    runs: list[list[tuple[int, int, str]]] = []  # the lists of regions: names joined by 、 和 及 与
    for span in spans:
        if runs and LIST_MARK.fullmatch(text[runs[-1][-1][1]:span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    listed = next((run for run in reversed(runs) if len(run) == n), None)  # (not 全省 named after the list)
    if listed is None:
        return []
    codes = [code for _s, _e, code in listed]
    return codes if len(set(codes)) == n else []


def people_listed(clause: Clause, quantities: list[Quantity], clause_obs: list[ObservationFact],
                   offset: int) -> None:
    """Bare 万-numbers listed before the one a noun of people follows count those people too: 全国分别有3720.5万、
    96.8万和583.6万老年人享受… (the noun is written once, after the last)."""
    last = quantities[-1]
    if last.unit_word or len(quantities) < 2:
        return
    by_anchor = {o.anchor: o for o in clause_obs}
    counted = by_anchor.get(offset + clause.start + last.start)
    if counted is None or counted.unit != "person":
        return
    for q, following in zip(reversed(quantities[:-1]), reversed(quantities[1:])):
        obs = by_anchor.get(offset + clause.start + q.start)
        if q.unit_word or obs is None or not _LIST_GAP.fullmatch(clause.text, q.end, following.start):
            return
        obs.unit, obs.indicator = "person", counted.indicator


_LIST_GAP = re.compile(r"\s*[、和及与]\s*")
