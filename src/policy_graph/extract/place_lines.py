"""Lines that give one figure for several places, after a lead-in that says what it is.

A policy's standards are often listed place by place, each line naming the places that share a level and then
the level (``红山区、松山区、元宝山区：2610元``; ``● 湖滨区、陕州区：由780元提高到810元``), under a lead-in that
names what is listed and what it is per (``…各地急难型临时救助基本标准（每人次）为：``) or under a heading that does
(``▍03 各县（市、区）城市低保标准（每人每月）``). Each place listed gets the figure as its own.
"""

from __future__ import annotations

import itertools
import re

from .clauses import Clause
from .indicators import PER_CAPITA, noun_before
from .lists import LIST_MARK
from .regions import SELF_WORDS
from .sentence import SentenceContext

__all__ = ["lead_in_noun", "place_opens_line", "places_listed"]

# What may open a line of places: bullets, dashes, spaces
_LINE_OPENING = " \t\u3000●•·◆◇▪■□○◎▶►-—"
# What ends the places: a colon, and the words of a level or a raise before the figure (由…提高到…, 为…)
_PLACES_END = re.compile(r"[：:]\s*(?:由|为|均为)?\s*$")
# What ends a lead-in: what it is per in brackets (每人每月, 每人次), 为 or 如下, a colon
_LEAD_IN_END = re.compile(r"(?:[（(](?P<per>[^（()）]{2,6})[)）])?\s*(?:均为|分别为|为|如下|是)?\s*[：:]?\s*$")
# What opens a heading (▍03, 一、, （二）) or a lead-in's noun (各地, 各县（市、区）, 全市)
_HEADING_MARK = re.compile(r"^[\s▍●◆■#]*(?:\d{1,2}|[一二三四五六七八九十]{1,3}[、.．]"
                           r"|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*")
_EACH_PLACE = re.compile(r"^(?:各(?:地|县|市|区|旗|乡镇)?(?:（[^）]{1,8}）)?|全(?:省|市|县|区|州|盟))")


def places_listed(clause: Clause, first: int, ctx: SentenceContext) -> list[tuple[str, int]]:
    """The places a line lists before its first figure (at ``first`` of the clause) and a colon, with nothing else
    before them in the sentence (湖滨区、陕州区、义马市：由780元…), as (code, start in the sentence); [] for any
    other clause."""
    lead = ctx.text[:clause.start + first]
    if not lead.rstrip(" 由为均").endswith(("：", ":")):
        return []
    end = _PLACES_END.search(lead)
    if end is None:
        return []
    start, stop = len(lead) - len(lead.lstrip(_LINE_OPENING)), end.start()
    spans = sorted((s, e, code) for s, e, code in ctx.regions if start <= s and e <= stop)
    if len(spans) < 2 or spans[0][0] != start or spans[-1][1] != stop:
        return []
    if any(not LIST_MARK.fullmatch(ctx.text[a[1]:b[0]]) for a, b in itertools.pairwise(spans)):
        return []
    listed: dict[str, int] = {}
    for s, _e, code in spans:
        listed.setdefault(code, s)
    return list(listed.items())


def place_opens_line(clause: Clause, first: int, ctx: SentenceContext) -> str | None:
    """The place a line of a list opens with, its figure (at ``first`` of the clause) right after its name and
    nothing else before them in the sentence (临泉县2386万元（其中…）；), as a code; None for any other clause."""
    lead = ctx.text[:clause.start + first]
    start = len(lead) - len(lead.lstrip(_LINE_OPENING))
    if SELF_WORDS.match(lead, start) or lead.startswith(("该", "各"), start):
        return None  # (全县152个…: a count of what follows, of the text's own place)
    spans = [(s, e, code) for s, e, code in ctx.regions if s == start and e == len(lead)]
    return spans[0][2] if spans else None



def lead_in_noun(text: str) -> tuple[str, str]:
    """What a lead-in or a heading says is listed after it, and what per person it is, as (noun, per):
    …各地急难型临时救助基本标准（每人次）为： gives ('急难型临时救助基本标准（每人次）', ''),
    各县（市、区）城市低保标准（每人每月） gives ('城市低保标准', 'month'); ('', '') when it names nothing."""
    end = _LEAD_IN_END.search(text)
    assert end is not None  # (every part of it may be empty: it matches at the end of any text)
    body = re.split(r"[，,。；;：:]", text[:end.start()])[-1]
    body = _EACH_PLACE.sub("", _HEADING_MARK.sub("", re.sub(r"【[^】]*】", "", body)))
    noun = noun_before(body)[0]
    per_word = end.group("per") or ""
    if PER_CAPITA.get(per_word):
        return noun, PER_CAPITA[per_word]
    return (f"{noun}（{per_word}）" if noun and per_word.startswith("每") else noun), ""
