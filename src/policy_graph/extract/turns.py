"""A transcript's turns: who speaks each paragraph (马林：…, ■杨建国：, 【王建平】), and the region the speaker's
office names, in the turn's own line (西吉县人民政府副县长苏红梅：) or in the list of speakers at the top
(发布人：… / 昭觉县人民政府副县长　曲比阿果). The figures of a county's deputy head that name no region are the
county's.

>>> [m.group("name") for m in _TURN.finditer("吉克石日：\\n■马晓宁：各位记者朋友\\n【王建平】：\\n答：")]
['吉克石日', '马晓宁', '王建平']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..gazetteer import Region
from ..segment import Segmented
from .paragraph_regions import RegionSpans, below

__all__ = ["Turn", "speaker_turns"]


@dataclass(frozen=True)
class Turn:
    """A speaker's turn: where it opens, and the region the speaker speaks for (None: the text's own)."""

    opens: int
    region: str | None


# A paragraph that opens with who speaks: a name (two to six characters, spaced or not: 马　林), marked or bracketed,
# then a colon (吉克石日：, ■马晓宁：, 【王建平】：); or an office and a name (西吉县人民政府副县长苏红梅：)
# (or after a mark that it answers: 【答】张伟：)
_TURN = re.compile(r"^[ \t\u3000]*[■●◆▲★□◇]?[ \t\u3000]*(?:[【\[]答[】\]][ \t\u3000]*)?"
                   r"[【\[]?(?P<name>[\u4e00-\u9fff·][\u4e00-\u9fff·　 ]{1,30}?)"
                   r"[】\]]?[ \t\u3000]*[:：]", re.MULTILINE)
# (or a live text's line of who speaks next, bracketed alone: 【州残疾人联合会党组成员、副理事长　金光日】)
_BRACKETED = re.compile(r"^[ \t\u3000]*【(?P<name>[\u4e00-\u9fff·、　 ]{2,40})】[ \t\u3000]*$", re.MULTILINE)
# (or a page of citizens' messages and their replies: 【留言二】…, then 答复单位：麻城市民政局　答复时间：…)
_REPLIER = re.compile(r"^[ \t\u3000]*(?:答复|回复|办理|承办)(?:单位|部门)[ \t\u3000]*[:：][ \t\u3000]*"
                      r"(?P<name>[\u4e00-\u9fff]{2,30}?)(?=[ \t\u3000]|(?:答复|回复|办理)(?:时间|日期)|$)",
                      re.MULTILINE)
_ITEM = re.compile(r"^[ \t\u3000]*【(?:留言|来信|问题)[一二三四五六七八九十\d]{1,3}】", re.MULTILINE)
_OFFICE = re.compile(r"[长任记员席官人]")  # (an office's last character: 局长, 主任, 书记, 委员, 主席, 主持人)
_ASKS = re.compile(r"记者|主持人|提问")  # (凉山日报记者：…: a question, no speaker's figures)
_SPACES = re.compile(r"[ \t\u3000]+")


def speaker_turns(doc: Segmented, text: str, tx: RegionSpans, focus: Region | None) -> dict[int, Turn]:
    """Each paragraph's turn, for a transcript of two turns or more (by the paragraph's index); {} for any other
    text."""
    opened: dict[int, Turn] = {}  # by where each opens
    listed: dict[str, str | None] = {}  # each name's office in the list of speakers, looked up once (a name speaks
    # many times)
    speakers = 0
    found_all = [*_TURN.finditer(text), *_BRACKETED.finditer(text), *_REPLIER.finditer(text), *_ITEM.finditer(text)]
    for found in sorted(found_all, key=lambda m: m.start()):
        if found.re is _ITEM:  # 【留言二】…: a citizen's message, of the text's own region until a reply names another
            opened[found.start()] = Turn(found.start(), None)
            continue
        if found.re is _REPLIER:  # 答复单位：麻城市民政局: the office that answers, for the region it names
            opened[found.start()] = Turn(found.start(), _region_in(found.start("name"), found.end("name"), tx, focus))
            speakers += 1
            continue
        said = _SPACES.sub("", found.group("name"))
        if _ASKS.search(said):
            opened[found.start()] = Turn(found.start(), None)
            continue
        office = _office(said, found.start("name"), found.end("name"), text, tx, focus, listed)
        if office is None and found.re is _BRACKETED and _OFFICE.search(said):
            office = ""  # (an office named with no region: 州残联副理事长　金光日)
        if office is not None:
            opened[found.start()] = Turn(found.start(), office or None)
            speakers += 1
    if speakers < 2:
        return {}
    starts = sorted(opened)
    turns: dict[int, Turn] = {}
    for index, paragraph in enumerate(doc.paragraphs):
        if (at := bisect.bisect_right(starts, paragraph.start) - 1) >= 0:
            turns[index] = opened[starts[at]]
    return turns


def _office(name: str, start: int, end: int, text: str, tx: RegionSpans, focus: Region | None,
            listed: dict[str, str | None]) -> str | None:
    """The region the office of the speaker called ``name`` names: "" for a speaker the text lists with no region
    (州乡村振兴局局长　吉克石日), None for a name the text lists nowhere (not a speaker's: 注：, 答：); ``listed``: the
    names looked up in the list so far."""
    spans = tx.region_spans(start, end)
    if spans and spans[-1][1] >= end - start - 1:
        return None  # 岳西：一片叶子富了一方百姓: a place's heading, not who speaks
    if (here := _region_in(start, end, tx, focus)) is not None:
        return here  # 西吉县人民政府副县长苏红梅：
    if name not in listed:
        listed[name] = _listed_office(name, text, tx, focus)
    return listed[name]


def _listed_office(name: str, text: str, tx: RegionSpans, focus: Region | None) -> str | None:
    """The region named by the office on the line that ends with ``name`` (a list of speakers: 昭觉县人民政府副县长
    曲比阿果), "" where it names none, None where no line ends so (a turn's own line, 王建平：, ends with a colon)."""
    spaced = r"[ \t\u3000]*".join(map(re.escape, name))
    for line in re.finditer(rf"^(?P<office>[^\n]*?){spaced}[ \t\u3000]*$", text, re.MULTILINE):
        if line.group("office").strip(" \t\u3000"):
            return _region_in(line.start("office"), line.end("office"), tx, focus) or ""
    return None


def _region_in(start: int, end: int, tx: RegionSpans, focus: Region | None) -> str | None:
    """The last region named in ``[start, end)`` that lies within the text's own and is not it."""
    for _s, _e, code in reversed(tx.region_spans(start, end)):
        if (found := below(code, tx, focus)) is not None:
            return found
    return None
