"""Lists in a sentence: the regions a 分别 clause pairs its figures with, the count of a list just named (also when
named again later: 两个县市), a noun of people written once after a list of numbers, and households and people moved
into a scheme together (将N户、M人纳入…).

>>> from .numbers import find_quantities
>>> [q] = find_quantities("娄桥、景山、新桥三个街道")
>>> counts_the_list_before("娄桥、景山、新桥三个街道", q)
True
"""

from __future__ import annotations

import functools
import itertools
import re

from .clauses import Clause
from .facts import ObservationFact
from .indicators import VERB_AFTER, verb_phrase
from .numbers import Quantity, parse_number

__all__ = ["DATED_FROM", "LIST_MARK", "RAISED_TO", "RUN_JOIN", "counts_the_list_before", "listed_earlier",
           "listed_from", "moved_run", "names_listed_again", "people_listed", "raise_pairs"]

LIST_MARK = re.compile(r"[、和及与]")  # what joins the items of a list
RUN_JOIN = re.compile(r"\s*(?:[、，和及与]|以及)\s*")  # what joins a run of quantities (52个、38个和45个)
# (…提高到880元; 种植面积由12万亩扩大到38万亩, 由2.1万人增至2.6万人)
RAISED_TO = re.compile(r"(?:提高|提升|增加|增长|上升|上调|调整|降低|下降|减少|下调|扩大|缩小|缩减|压缩)(?:到|至|为)"
                       r"|[增升降减]至")


def counts_the_list_before(text: str, q: Quantity) -> bool:
    """Whether ``q`` (2 to 30) counts the 、-list right before it: 娄桥、景山、新桥三个街道, 南昌、…、上饶11个设区市."""
    if q.unit_word not in ("个", "家", "所", "处", "项") or not (2 <= q.value <= 30) or q.value != int(q.value):
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


def names_listed_again(sentence: str, start: int, q: Quantity, regions: list[tuple[int, int, str]]) -> bool:
    """Whether a count of regions in Chinese numerals (两个县市) at ``start`` of the sentence is the number of regions
    listed before it in the sentence."""
    if q.unit_word != "个" or q.text[0] not in "两二三四五六七八九十":
        return False
    if not _REGION_KINDS.match(sentence, start + len(q.text)):
        return False
    before = [(s, e) for s, e, _code in regions if e <= start]
    runs, run = [1] if before else [], 1
    for (_s0, e0), (s1, _e1) in itertools.pairwise(before):
        run = run + 1 if sentence[e0:s1] in ("、", "和", "及", "与") else 1
        runs.append(run)
    return q.value in runs


_REGION_KINDS = re.compile(r"(?:县市|县区|区县|市县|县|市|区|旗|州|盟)(?![\u4e00-\u9fff]{0,1}(?:城|级|委|长|政府))")


def moved_run(clause: Clause, quantities: list[Quantity]) -> str | None:
    """The verb phrase of 将 N户、M人 纳入…: households and people moved into a scheme, counted with nothing else
    between 将 and the verb; None for any other clause."""
    first, last = quantities[0], quantities[-1]
    if not clause.text.endswith(("将", "把"), 0, first.start):
        return None
    if any(not RUN_JOIN.fullmatch(clause.text[a.end:b.start]) for a, b in itertools.pairwise(quantities)):
        return None
    after = clause.text[last.end:]
    return verb_phrase(after) if VERB_AFTER.match(after) else None


def listed_from(text: str, q: Quantity) -> bool:
    """Whether ``q`` is one of the levels a list of raises starts from (分别由每人每月850元、820元提高到880元、850元):
    after 由 or 从 with nothing but the list's other levels between, and before its 提高到 with only those after."""
    start = max(text.rfind("由", 0, q.start), text.rfind("从", 0, q.start))
    to = RAISED_TO.search(text, q.end)
    if start >= 0 and (dated := _DATED_FROM.match(text, start + 1)):
        start = dated.end() - 1  # 分别由2011年的每人每月320元、每人每年2100元提高到…: the levels of that year
    return start >= 0 and to is not None and _LIST_OF_LEVELS.fullmatch(text, start + 1, q.start) is not None \
        and _LIST_OF_LEVELS.fullmatch(text, q.end, to.start()) is not None and "、" in text[start:to.start()]


def raise_pairs(text: str, quantities: list[Quantity]) -> dict[int, int]:
    """For a list of raises in ``text`` (分别由每人每月580元、每人每年4500元提高到760元、5940元): each level reached,
    by its index in ``quantities``, and the index of the level it rose from, in order; empty when there is no such
    list or its two halves differ in length."""
    starts = [i for i, q in enumerate(quantities) if listed_from(text, q)]
    to = RAISED_TO.search(text, quantities[starts[-1]].end) if len(starts) > 1 else None
    if to is None:
        return {}
    ends = [i for i, q in enumerate(quantities) if q.start >= to.end()]
    return dict(zip(ends, starts, strict=True)) if len(ends) == len(starts) else {}


# The year of the levels a raise started from, after its 由 (由2011年的…, 从去年底的…)
DATED_FROM = r"(?:去年|上年|\d{4}年)[底末]?的"
_DATED_FROM = re.compile(DATED_FROM)

# The levels of a list between 由 and 提高到 (每人每月850元、820元): figures, their units and the list's marks (one
# character a step: no repeat inside the repeat)
_LIST_OF_LEVELS = re.compile(r"(?:每[人户生孩]每?[月年]?|[\d.万元、和及与\s〇零一二两三四五六七八九十百千亿点])*")
