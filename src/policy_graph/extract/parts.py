"""Figures that belong to others or to several places: the parts of a total (其中), one figure for each region a
list names (两县各建成四个), and a coordinated noun shared out over its figures (城市和农村…647元和462元).

>>> from .facts import Evidence, ObservationFact
>>> def obs(indicator, value, unit, anchor):
...     return ObservationFact(indicator=indicator, region="330726", period="2025", value=value, anchor=anchor,
...                            unit=unit, evidence=Evidence(anchor, anchor + 1, "quantity"))
>>> found = [obs("居家养老服务照料中心", 19, "institution", 10), obs("镇级", 1, "township", 21),
...          obs("村级", 18, "village", 26)]
>>> link_parts(found, "全镇建有居家养老服务照料中心19个，其中镇级1个、村级18个。", 0)
>>> [(o.unit, o.total) for o in found]
[('institution', None), ('institution', 0), ('institution', 0)]
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from decimal import Decimal

from .clauses import Clause
from .facts import RATE_UNITS, ObservationFact
from .indicators import split_coordination
from .lists import LIST_MARK

__all__ = ["each_region", "link_parts", "link_parts_before", "pair_coordination"]

_PARTS = re.compile(r"其中[：:]?")
_SENTENCE_STOP = re.compile(r"[；;。]")
# A part named only by its kind (镇级, 公办), and the units it is read in that its total's unit says better
_KIND_OF_PART = re.compile(r"(?:[镇乡村县市区省]|国家)级|公办|民办|公建民营|国有|集体|私营|城市|农村|城镇|乡村")
_PART_UNITS = frozenset({"count", "township", "village", "community"})
# 各 after a list of regions: each of them (not 各地, 各类, 各级 …: every place or kind)
# (or 分别 before one figure: 梅州、清远、湛江三市分别新建农村助餐点不少于200个, the same for each)
_EACH = re.compile(r"(?<=[县市区州旗盟、])(?:各(?![地类级项种部界族省市县区乡镇村街])|分别)")


def link_parts(observations: list[ObservationFact], sentence: str, offset: int) -> None:
    """``总数16032家（其中：社会团体8148家、…）``: the parts point at their total (``offset``: the sentence's)."""
    for match in _PARTS.finditer(sentence):
        position = offset + match.start()
        before = [i for i, o in enumerate(observations) if o.anchor < position]
        if not before:
            continue
        total = before[-1]
        close = sentence.find("）", match.end())
        stop = _SENTENCE_STOP.search(sentence[match.end():])
        end = offset + (close if close > 0 else match.end() + stop.start() if stop else len(sentence))
        whole = observations[total]
        for i, obs in enumerate(observations):
            if not position < obs.anchor < end or i == total:
                continue
            if obs.unit != whole.unit and _KIND_OF_PART.fullmatch(obs.indicator) and obs.unit in _PART_UNITS \
                    and whole.unit not in ("count", "percent") and not whole.unit.startswith("CNY"):
                obs.unit = whole.unit  # 中心19个，其中镇级1个、村级18个: centres too, not a town and villages
            if obs.unit == whole.unit:
                obs.total = total
                if _FUNDING_PART.fullmatch(obs.indicator) and not _FUNDING_PART.fullmatch(whole.indicator):
                    obs.indicator = f"{whole.indicator}（{obs.indicator}）"  # 其中中央资金…: the total's, by source


def link_parts_before(observations: list[ObservationFact], sentence: str, offset: int,
                      before: list[ObservationFact], levels_before: list[ObservationFact]) -> None:
    """A sentence that opens with 其中 (全县共有低保对象12345人。其中，城市低保对象3000人…) lists parts of a figure of
    the sentence before: ``levels_before``, the levels of its last clause with any, are among ``before``, all its
    figures.  The parts of each unit point at the one level of that unit there, when their sum does not exceed it
    and no other figure of the sentence before in that unit could be what they add up to (…新纳入低保15户29人，对…的8户
    给予渐退期。其中，白石村、马坑村分别新纳入低保4户和3户: not the 8户); never a rate's (增长4.3%。其中…).  Such a
    total's index counts back from the sentence's first figure (−1: the last figure before it), so that it becomes
    the total's own once the sentence's figures follow those before (``offset``: where the sentence starts)."""
    opening = _PARTS_OPENING.match(sentence)
    if opening is None or not levels_before:
        return
    parts = [i for i, o in enumerate(observations)  # (…社会团体888个、民办非企业单位1076个；基金会40个: the sentence's)
             if o.total is None and o.evidence.rule == "quantity" and o.unit not in RATE_UNITS]
    for unit in sorted({observations[i].unit for i in parts}):
        members = [i for i in parts if observations[i].unit == unit]
        wholes = [o for o in levels_before if o.unit == unit]
        if len(members) < 2 or len(wholes) != 1:
            continue
        whole = wholes[0]
        summed = sum((observations[i].value for i in members), Decimal(0))
        if summed > whole.value * _ROUNDING or any(
                o is not whole and o.unit == unit and o.value >= summed for o in before):
            continue
        total = next(i for i, o in enumerate(before) if o is whole) - len(before)
        for i in members:
            observations[i].total = total


_PARTS_OPENING = re.compile(r"[\s\u3000]*其中[：:，,]?")
_ROUNDING = Decimal("1.01")  # (parts written rounded may add up to a little more than their total)


# A part of a sum of money named only by the level it came from (其中中央资金2500万元、省级资金…)
_FUNDING_PART = re.compile(r"(?:中央|省级|省|自治区|市级|市|州级|县级|县|区级|区|乡镇|本级)(?:财政)?(?:本级)?"
                           r"(?:补助|配套|专项)?(?:资金|补助|投入)")


def each_region(obs: ObservationFact, clause: Clause, at: int, regions: list[tuple[int, int, str]],
                offset: int, sentence: str = "") -> list[ObservationFact]:
    """平利、紫阳两县各建成四个: the clause's one figure (at ``at`` of it) once for each region listed before 各
    (each its own observation, anchored at the region's name; ``regions`` and ``offset``: the sentence's), or
    ``obs`` alone when there is no such list. So for 均 after the regions (长春、吉林两市…发放率均达到100%), and for a
    clause that opens with 均 after the clause that listed them (乌苏市、沙湾市城市低保标准最高，均为每人每月820元;
    ``sentence``: the sentence's text)."""
    each = _EACH.search(clause.text, 0, at) or _BOTH.search(clause.text, 0, at)
    if each is None:
        return [obs]
    opens = not clause.text[:each.start()].strip()
    if opens and sentence:
        # (the clause before this one: from the mark before it that ends a clause)
        within = (max(sentence.rfind(mark, 0, clause.start - 1) for mark in "，,；;：:") + 1, clause.start - 1)
    else:
        within = (clause.start, clause.start + each.start())
    listed: dict[str, int] = {}
    for s, e, code in regions:
        if within[0] <= s and e <= within[1] and code not in listed:
            listed[code] = s
    if len(listed) < 2 or (opens and not _listed_together(sentence, regions, listed)):
        return [obs]
    return [dataclasses.replace(obs, region=code, anchor=offset + s) for code, s in listed.items()]


def _listed_together(sentence: str, regions: list[tuple[int, int, str]], listed: dict[str, int]) -> bool:
    """Whether the regions ``listed`` are named one after the other with only a list's marks between them."""
    spans = sorted((s, e) for s, e, code in regions if listed.get(code) == s)
    return all(LIST_MARK.fullmatch(sentence[a[1]:b[0]]) for a, b in itertools.pairwise(spans))


# 均 before what is said of the nouns listed before it (…和…标准均提高到每人每月90元: the same for each; not 平均)
_BOTH = re.compile(r"(?<![平人年月户次日])均(?=[为按达提调增上])")


def each_noun(obs: ObservationFact, clause: Clause, at: int, offset: int) -> list[ObservationFact]:
    """困难残疾人生活补贴和重度残疾人护理补贴标准均提高到每人每月90元: the clause's one amount (at ``at`` of it) once
    for each noun listed before 均 (each its own observation, anchored at the mark before the noun after the
    first), or ``obs`` alone when there is no such list."""
    both = _BOTH.search(clause.text, 0, at)
    if both is None:
        return [obs]
    marks = [m.start() for m in LIST_MARK.finditer(clause.text, 0, both.start())]
    names = next((found for n in range(len(marks) + 1, 1, -1)
                  if (found := split_coordination(obs.indicator, n)) is not None), None)
    if names is None:
        return [obs]
    anchors = [obs.anchor] + [offset + clause.start + m for m in marks[len(marks) - len(names) + 1:]]
    return [dataclasses.replace(obs, indicator=name, anchor=anchor) for name, anchor in zip(names, anchors)]


def pair_coordination(clause_obs: list[ObservationFact], respectively: bool) -> None:
    """647元和462元 after 城市和农村牧区最低生活保障标准: one indicator each. Figures in different units are
    one noun counted twice (城市、农村低保对象1.2万户、2.3万人) unless the clause says 分别."""
    groups: dict[str, list[ObservationFact]] = {}
    for obs in clause_obs:
        groups.setdefault(obs.indicator, []).append(obs)
    for label, group in groups.items():
        split = split_coordination(label, len(group))
        if split is None or (not respectively and len({obs.unit.split("/")[0] for obs in group}) > 1):
            continue
        for obs, name in zip(group, split):
            obs.indicator = name
