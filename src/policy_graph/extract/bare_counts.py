"""Counts that name nothing counted: what is said of some of the things a count just before them counted.

``新建农村互助幸福院8所，总数达到86所`` counts homes twice, though the second names none; so do
``家庭养老照护床位420张，累计达到1286张`` (beds) and ``其中正常运营的152个`` after a count of care centres.  A count
whose phrase before it is only verbs, adverbs and times (总数达到, 累计, 其中今年新建, 分别建成, 正常运营的), with
no noun after its number, counts what the last count by the same classifier in its sentence counted.

A verdict or an act of registration said of some of them (``经审核，年检结论为“合格”的1296家``, ``依法撤销登记3家``)
reaches further: to the last count by 家 in its section, when that one counted organizations or institutions.

So does a count right after the things it is some of, named before 中 (全市社区日间照料中心中，正常运营的有151个).

A count that names its own thing (引进企业21家) keeps its unit, and the counts after it are of that thing.
"""

from __future__ import annotations

import re

from .counted import counted_kind
from .facts import ObservationFact

__all__ = ["bare_counts"]

# A number and its classifier, where an observation's number starts
_COUNTED = re.compile(r"[\d.,，〇零一二三四五六七八九十百千万亿两]+(个|家|所|张|座|处|间)")
# What a phrase naming no thing is made of: times, adverbs, verbs of building, running and reaching (and 的)
_NO_THING = re.compile(
    r"(?:今年|去年|全年|当年|年内|目前|当前|现已|以来|同期|年底|年末|至今|比上年|比去年|较上年|较去年|增量|"
    r"分别|累计|共计|总计|合计|总数|共|已经|已|仅|只有|有|均|全部|其中|其余|另有|确保|正常|常态化|实际|超额|再|又|"
    r"新建|改建|扩建|改扩建|建设|建成|完成|达到|达|增至|增加|新增|运营|运行|投用|投入使用|开工|完工|的|，|、"
    r"|新登记|登记|注销|撤销|备案|成立)*")  # (…社会组织1860个，新登记52个，注销18个: registered, deregistered)
# The things a count is of some of, named before 中 just before it (全市社区日间照料中心中，…)
_AMONG_THEM = re.compile(r"([\u4e00-\u9fff（）]{2,16})中[，,]\s*$")
_SENTENCE_END = re.compile(r"[。！？!?\n]")  # (the count before must be in the same sentence)
# A verdict on an inspection or an act of registration, what such a phrase ends with (quotes and 的 aside)
_VERDICT = re.compile(r"(?:合格|达标|优秀|良好|参检|年检|登记|注销|撤销|成立|通过)[”\"’]?的?$")
_VERDICT_UNITS = ("organization", "institution")
_VERDICT_REACH = 1500  # how far back (characters) the count a verdict is of may be


def bare_counts(observations: list[ObservationFact], text: str) -> None:
    """Give each bare count (see the module) the unit of the count before it that it speaks of, in place."""
    last: dict[str, tuple[int, int | None, str]] = {}  # by classifier: (where, section, unit) of the last count
    for obs in sorted(observations, key=lambda o: o.anchor):
        counted = _COUNTED.match(text, obs.anchor)
        if counted is None:
            continue
        classifier = counted.group(1)
        before = last.get(classifier)
        phrase = text[obs.evidence.start:obs.anchor]
        if obs.unit == "count" and obs.evidence.end == counted.end() and before is not None:
            where, section, unit = before
            if unit != "count" and not _SENTENCE_END.search(text, where, obs.anchor) and _NO_THING.fullmatch(phrase):
                obs.unit = unit  # (the phrase may be empty: 分别建成86个和62个)
            elif (classifier == "家" and unit in _VERDICT_UNITS and section == obs.evidence.section
                  and obs.anchor - where <= _VERDICT_REACH and _VERDICT.search(phrase)):
                obs.unit = unit
        if obs.unit == "count" and obs.evidence.end == counted.end() and _NO_THING.fullmatch(phrase) and (
                among := _AMONG_THEM.search(text, max(0, obs.evidence.start - 24), obs.evidence.start)):
            obs.unit = counted_kind(among.group(1)) or obs.unit  # 全市社区日间照料中心中，正常运营的有151个
        last[classifier] = (obs.anchor, obs.evidence.section, obs.unit)
