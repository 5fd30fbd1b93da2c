"""Counts by 家 that name nothing counted: a verdict or an act said of some of what the text has just counted.

``本次应参加年检的社会组织1526家…。经审核，年检结论为“合格”的1296家、“基本合格”的97家`` counts organizations in the
second sentence too, though it names none; ``依法撤销登记3家`` likewise.  A count by 家 whose phrase ends in such a
verdict or act, with no noun after its number, counts what the last count by 家 before it in the same section
counted, when that one named organizations or institutions.  A count that names its own thing (引进企业21家) keeps
its unit.
"""

from __future__ import annotations

import re

from .facts import ObservationFact

__all__ = ["bare_counts"]

# A number and 家, the quote ending there (no noun after it)
_BY_JIA = re.compile(r"[\d.,〇零一二三四五六七八九十百千万亿两]+家")
# What such a phrase ends with: a verdict on an inspection or an act of registration (quotes and 的 aside)
_VERDICT = re.compile(r"(?:合格|达标|优秀|良好|参检|年检|登记|注销|撤销|成立|通过)[”\"’]?的?$")
_CARRIED = ("organization", "institution")
_REACH = 1500  # how far back (characters) the count before may be


def bare_counts(observations: list[ObservationFact], text: str) -> None:
    """Give each bare count by 家 (see the module) the unit of the last count by 家 before it, in place."""
    last: tuple[int, int | None, str] | None = None  # (where, section, unit) of the last count by 家
    for obs in sorted(observations, key=lambda o: o.anchor):
        counted = _BY_JIA.match(text, obs.anchor)
        if counted is None:
            continue
        section = obs.evidence.section
        if (obs.unit == "count" and obs.evidence.end == counted.end() and last is not None and last[2] in _CARRIED
                and last[1] == section and obs.anchor - last[0] <= _REACH
                and _VERDICT.search(text, obs.evidence.start, obs.anchor)):
            obs.unit = last[2]
        last = (obs.anchor, section, obs.unit)
