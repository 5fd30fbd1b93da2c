"""A text indexed by where it names regions: the regions of any stretch of it, their common parent, and the evidence
(sentence, section) of a span."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..gazetteer import Gazetteer, Region
from ..segment import Sentence
from .facts import Evidence
from .regions import RegionMention

__all__ = ["IndexedText"]

# After a region's name: whose money it is (柳州市级资金) or whose designation (四川省示范性老年友好型社区), not where;
# or of a firm or an association of people from there (香港新会商会, 澳门新会同乡会, 江门农商银行): who gives, not where
# (or the system a figure was entered in: 纳入四川省低收入人口动态监测信息平台的…: whose platform, not where)
_WHOSE_NOT_WHERE = re.compile(r"级(?:资金|财政)|示范性|级示范|[\u4e00-\u9fff]{2,14}?信息(?:平台|系统)"
                        r"|[\u4e00-\u9fff]{0,6}?(?:(?<!协会)商会|同乡会|同乡联谊会|乡亲会|联谊会|公司|集团|银行)(?![\u4e00-\u9fff]{0,2}所在)")


@dataclass
class IndexedText:
    """A text with its sentences, the regions it names and refers to (全省, 本市), and its own region, indexed to
    find those of any stretch of it by bisection."""

    text: str
    sentences: list[Sentence]
    starts: list[int]
    regions: list[RegionMention]
    selfs: list[tuple[int, int, str]]
    focus: Region | None
    gazetteer: Gazetteer
    aliases: dict[str, str] = field(default_factory=dict)  # 《意见》 → the title it was said to stand for

    def evidence(self, start: int, end: int, rule: str) -> Evidence:
        i = bisect.bisect_right(self.starts, start) - 1
        sentence = self.sentences[i] if i >= 0 and self.sentences[i].end >= end else None
        return Evidence(start, end, rule, sentence=(sentence.start, sentence.end) if sentence else None,
                        section=(sentence.section + 1) if sentence and sentence.section is not None else None)

    def __post_init__(self) -> None:
        self._region_starts = [m.start for m in self.regions]  # both lists are sorted by start
        self._self_starts = [s for s, _e, _code in self.selfs]

    def named_in(self, start: int, end: int) -> list[RegionMention]:
        """The region mentions inside ``[start, end)``, in text order (found by bisection: a long text has
        thousands)."""
        first, last = (bisect.bisect_left(self._region_starts, x) for x in (start, end))
        return [m for m in self.regions[first:last] if m.end <= end]

    def _selfs_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        first, last = (bisect.bisect_left(self._self_starts, x) for x in (start, end))
        return [item for item in self.selfs[first:last] if item[1] <= end]

    def regions_in(self, start: int, end: int) -> list[str]:
        codes: list[str] = []
        for m in self.named_in(start, end):
            if m.region.code not in codes:
                codes.append(m.region.code)
        for _s, _e, code in self._selfs_in(start, end):
            if code not in codes:
                codes.append(code)
        return codes

    def region_spans(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Regions named (or referred to by 全省, 全国 ...) in ``[start, end)``, in sentence coordinates."""
        spans = [(m.start - start, m.end - start, m.region.code) for m in self.named_in(start, end)
                 if not _WHOSE_NOT_WHERE.match(self.text, m.end)]
        spans += [(s - start, e - start, code) for s, e, code in self._selfs_in(start, end)]
        return sorted(spans)

    def common_parent(self, codes: list[str]) -> str:
        chains = []
        for code in codes:
            region = self.gazetteer.get(code)
            if region is None:
                continue
            chains.append([r.code for r in reversed(self.gazetteer.ancestors(region))] + [code])
        common = None
        if chains:
            for level in zip(*chains):
                if len(set(level)) != 1:
                    break
                common = level[0]
        return common or (self.focus.code if self.focus else self.gazetteer.china.code)
