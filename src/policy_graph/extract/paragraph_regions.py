"""The region a paragraph speaks of when a sentence of it names none: the one it opens with (河北省突出规划引领，…;
1月16日，在边坝县金岭乡，…; 【抚松县】推行…), or the one a transcript's speaker heading names
(【毕节市人民政府副市长龙海燕】), when that lies within the text's own region; and the region a quoted speaker is
said to be in (“每个月交200块钱伙食费…”在遂川县泉江镇…，李奶奶笑着说。)."""

from __future__ import annotations

import itertools
import re
from typing import Protocol

from ..gazetteer import Gazetteer, Region
from ..segment import Sentence, TextPiece
from .regions import RegionMention, name_stem
from .sentence import SCENE_VERBS
from .timing import DAY_OPENED

__all__ = ["RegionSpans", "below", "opening_region", "quote_region", "speaker_region"]


class RegionSpans(Protocol):
    """A text that knows the regions each stretch of it names."""

    gazetteer: Gazetteer
    regions: list[RegionMention]

    def region_spans(self, start: int, end: int) -> list[tuple[int, int, str]]: ...


# (1月16日，在…; 2025年，全省…; a paragraph of a digest labelled by its place: 【抚松县】推行…)
# (or a day named with what it is: 10月29日重阳节当天，在容县…)
_BEFORE_PLACE = re.compile(rf"[【\[]?(?:{DAY_OPENED}|\d{{1,2}}月\d{{1,2}}日[^，,。；\d]{{1,8}}[，,]"
                           rf"|\d{{4}}年[^，,。；\d]{{0,6}}[，,]|(?:当天|当日|近日|日前)(?:上午|中午|下午|傍晚|晚上)?[，,])?"
                           rf"(?:记者(?:{SCENE_VERBS}|在)|在)?")  # (当天下午，记者来到克山县中心敬老院，…; 记者在…见到)
_DESCRIBED = re.compile(r"[^，,。；、\d]{1,8}?的")  # (在黑龙江畔的逊克县…: how the place is, before its name)

_LIST_JOINS = frozenset("、和与及")
_SPEAKER = re.compile(r"[【\[][^】\]。，；]{2,40}[】\]]")


def speaker_region(heading: TextPiece, tx: RegionSpans, focus: Region | None) -> str | None:
    """The region a transcript's speaker heading names (【毕节市人民政府副市长龙海燕】), or a feature's section heading
    opens with (湖南：助餐点开到家门口), within the text's own region and below it; None for a heading that names no
    speaker or place, or one of the text's own region or of none."""
    if not _SPEAKER.fullmatch(heading.text.strip()):
        return _place_heading(heading, tx, focus)
    return next((found for _start, _end, code in tx.region_spans(heading.start, heading.end)
                 if (found := below(code, tx, focus)) is not None), None)


def below(code: str | None, tx: RegionSpans, focus: Region | None) -> str | None:
    """``code``, if it is a region that lies within the text's own (``focus``) and is not that region itself."""
    region = tx.gazetteer.get(code) if code else None
    if region is None or focus is None or region.code == focus.code:
        return None
    return region.code if focus.level == "country" or any(
        a.code == focus.code for a in tx.gazetteer.ancestors(region)) else None


def opening_region(sentence: Sentence, tx: RegionSpans, focus: Region | None) -> str | None:
    """The region a paragraph opens with (河北省突出规划引领，…), when it lies within the text's own region: what
    its sentences that name no region speak of (…省级财政按每张1万至2万元给予补助)."""
    lead = len(sentence.text) - len(sentence.text.lstrip(" \u3000"))
    if skipped := _BEFORE_PLACE.match(sentence.text, lead):
        lead = skipped.end()  # (在四川省巴中市平昌县，…; 1月16日，在边坝县金岭乡，…)
    spans = tx.region_spans(sentence.start, sentence.end)
    if skipped and skipped.group().endswith("在") and all(start != lead for start, _end, _code in spans) \
            and (described := _DESCRIBED.match(sentence.text, lead)):
        lead = described.end()
    first = None
    for start, end, code in spans:  # 陕西省延安市延川县…: the last of the names written one after another
        if start == lead:
            first, lead = code, end
    if first is None:
        # (马家窑文化的发祥地临洮县，则把…: the place described, then named as what the sentence is about)
        first, lead = next(((code, end) for start, end, code in spans if start - lead <= 16
                            and _DESCRIBED_SUBJECT.fullmatch(sentence.text, lead, start)
                            and sentence.text.startswith(("，", ","), end)), (None, lead))
    if sentence.text[lead:lead + 1] in _LIST_JOINS:
        return None  # (海南州、海北州…, 宽城、滦平两县分别…: a list of regions opens no region's paragraph)
    return below(first, tx, focus)


_DESCRIBED_SUBJECT = re.compile(r"[^，,。；、\d]{1,10}?的[^，,。；、\d]{0,5}")


# A sentence that says who said the quote before it, and where (在遂川县泉江镇一个颐养之家，82岁的李奶奶笑着说。)
_SAID = re.compile(r"[^。！？]{0,40}(?:说|說|表示|介绍|告诉记者|感慨|坦言)(?:道)?[。：:]?\s*$")


def quote_region(quote: Sentence, after: Sentence | None, tx: RegionSpans, focus: Region | None) -> str | None:
    """The region a quote's figures are of (“孙女每个月有1200块钱生活费…”在赫章县河镇乡，…奶奶说。): the last one the
    sentence right after the quote names, where that sentence says who said it and the region lies within the
    text's own; else None."""
    text = quote.text.strip()
    if after is None or not (text.startswith(("“", '"', "「")) and text.endswith(("”", '"', "」"))) \
            or after.paragraph != quote.paragraph or not _SAID.match(after.text):
        return None
    spans = tx.region_spans(after.start, after.end)
    return below(spans[-1][2], tx, focus) if spans else None


_PLACE_HEADING = re.compile(r"\s*[\u4e00-\u9fff]{2,12}[：:]")


def _place_heading(heading: TextPiece, tx: RegionSpans, focus: Region | None) -> str | None:
    """The region a section heading opens with, before its colon (景宁：老年食堂办到家门口), or whose stem it opens
    with, where the text names it in full."""
    found = _PLACE_HEADING.match(heading.text)
    if found is None or focus is None:
        return None
    lead = len(heading.text) - len(heading.text.lstrip())
    spans = [(s, e, code) for s, e, code in tx.region_spans(heading.start, heading.end) if s >= lead]
    if not spans:  # (凌云：探访员常上门… where the text names 凌云县 in full: a stem no table lists alone)
        word = heading.text[lead:found.end() - 1]
        return next((found_in for m in tx.regions if m.text == m.region.name and name_stem(m) == word
                     and (found_in := below(m.region.code, tx, focus)) is not None), None)
    if spans[0][0] != lead or spans[-1][1] != found.end() - 1 or any(
            a[1] != b[0] for a, b in itertools.pairwise(spans)):
        return None  # (the names must be all the heading says before its colon: 浙江丽水：…, not 全省各地：…)
    return below(spans[-1][2], tx, focus)
