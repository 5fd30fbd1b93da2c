"""Programs, mechanisms, pilots, models, platforms and reforms a text names.

Three rules, none tied to one text:

* a noun phrase ending in a program-type word of the ontology (模式, 试点, 平台,
  机制, 改革 ...), read backwards to the verb or punctuation before it;
* the items of a list closed by ``等…经验/做法/模式`` (``乌海市“三方例会直通车”等…经验``);
* a quoted name that carries a theme's cue word (``“互联网+养老服务”``).

A region named at the start of the phrase is where the program runs.  A
distributive ``R1、R2…分别探索了M1、M2…HEAD`` pairs regions with programs.

>>> text = "开展了“公建民营”改革试点，以“12349”便民为老服务信息平台建设为重点"
>>> [m.label for m in find_program_phrases(text, ["试点", "平台"])]
['“公建民营”改革试点', '“12349”便民为老服务信息平台']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = ["DISTRIBUTIVE", "ProgramPhrase", "distributive", "find_program_phrases", "list_items", "quoted_names"]

_STOP_CHARS = set("，。；、：:（）()！？,;!?《》\n 　")
_STOP_WORDS = (
    "了", "的", "在", "以", "及", "开展", "探索", "推广", "建立", "实施", "深化", "推进", "推动", "加强", "完善",
    "健全", "建设", "创新", "形成", "完成", "总结", "实行", "启动", "试行", "加快", "全面", "积极", "将", "把",
    "等", "作为", "通过", "围绕", "坚持", "落实", "打造", "构建", "培育", "发展", "是", "有", "并", "被", "纳入",
    "参加", "开通", "运行", "上线", "依托", "利用",
)
_MAX_LEN = 30
# A stop word that ends a stretch of text ends in the stretch's last character: only those are tried.
_STOP_WORDS_BY_LAST = {last: tuple(w for w in _STOP_WORDS if w[-1] == last) for last in {w[-1] for w in _STOP_WORDS}}


@dataclass(frozen=True)
class ProgramPhrase:
    start: int  # in the text searched
    end: int
    label: str
    rule: str


def _back_to_phrase_start(text: str, end: int, minimum: int) -> int:
    """Walk back from ``end`` over the phrase; quoted stretches are kept whole."""
    i = end - minimum
    while i > 0 and end - i < _MAX_LEN:
        ch = text[i - 1]
        if ch == "”":
            opening = text.rfind("“", 0, i - 1)
            if opening < 0:
                break
            i = opening
            continue
        if ch in _STOP_CHARS or ch == "“":
            break
        if any(text.endswith(word, 0, i) for word in _STOP_WORDS_BY_LAST.get(ch, ())):
            break
        i -= 1
    return i


def _alternatives(endings: tuple[str, ...]) -> str:
    return "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))


@functools.lru_cache(maxsize=16)
def _ending_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A program ending (longest first) not followed by another, nor by 化/性/的作用."""
    alternatives = _alternatives(endings)
    return re.compile(rf"(?:{alternatives})(?!{alternatives}|[\u4e00-\u9fff]?(?:化|性|的作用))")


DISTRIBUTIVE = "分别"  # "respectively": what every distributive list of programs turns on


@functools.lru_cache(maxsize=16)
def _distributive_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """分别 + a verb of trying out + the list of programs up to a program ending."""
    verbs = "探索|开展|建立|实施|推行|试点|打造|创建"
    return re.compile(rf"{DISTRIBUTIVE}(?:{verbs})了?([^，。；]+?(?:{_alternatives(endings)}))")


def find_program_phrases(text: str, endings: list[str]) -> Iterator[ProgramPhrase]:
    """Noun phrases of ``text`` that end in one of ``endings`` (longest ending first)."""
    for match in _ending_pattern(tuple(endings)).finditer(text):
        start = _back_to_phrase_start(text, match.end(), len(match.group(0)))
        label = text[start:match.end()]
        if start > 0 and text[start - 1] == "等":
            continue  # 等基层协商民主经验: a category, not a program
        if len(label) - len(match.group(0)) < 2 or len(label) > _MAX_LEN:
            continue
        yield ProgramPhrase(start, match.end(), label, "program-ending")


_LISTED = re.compile(r"(?:总结推广|推广|总结|探索|形成|涌现出)了?([^，。；]{4,120}?)等[^，。；、]{0,12}?"
                     r"(?:经验|做法|典型|模式)")


def list_items(text: str) -> Iterator[ProgramPhrase]:
    """Items of a list closed by 等…经验/做法/典型 (each a named practice)."""
    for match in _LISTED.finditer(text):
        body, offset = match.group(1), match.start(1)
        position = 0
        for item in body.split("、"):
            label = item.strip()
            if len(label) >= 3:
                yield ProgramPhrase(offset + position, offset + position + len(item), label, "listed-practice")
            position += len(item) + 1


_QUOTED = re.compile(r"“([^“”]{3,20})”")


@functools.lru_cache(maxsize=16)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A search for any of ``words`` (one pass over a name, not one per word)."""
    return re.compile(_alternatives(words)) if words else re.compile("(?!)")


def quoted_names(text: str, cues: Sequence[str]) -> Iterator[ProgramPhrase]:
    """Quoted names that carry a theme cue word and are not followed by a program ending."""
    if "“" not in text:
        return
    has_cue = _any_of(tuple(cues)).search
    for match in _QUOTED.finditer(text):
        name = match.group(1)
        if has_cue(name) and "、" not in name and "，" not in name:
            yield ProgramPhrase(match.start(), match.end(), name, "quoted-name")


def distributive(text: str, region_spans: list[tuple[int, int, str]],
                 endings: list[str]) -> Iterator[tuple[str, list[str], int, int]]:
    """``R1、R2…分别探索了M1、M2…和Mn HEAD``: yield (label, [region codes], start, end) per program.

    ``region_spans`` are (start, end, code) of the regions named in ``text``.
    """
    for match in _distributive_pattern(tuple(endings)).finditer(text):
        regions = [r for r in region_spans if r[1] <= match.start() and
                   _only_list_between(text, r[1], match.start(), region_spans)]
        if len(regions) < 2:
            continue
        body, offset = match.group(1), match.start(1)
        items = body.split("、")
        last = items[-1]
        head_at = _head_start(last)
        if head_at is None:
            continue
        head = last[head_at:]
        items[-1] = last[:head_at]
        if len(items) != len(regions):
            continue
        position = offset
        for item, region in zip(items, regions):
            for modifier in _AND.split(item):
                if modifier:
                    yield modifier + head, [region[2]], position, offset + len(body)
            position += len(item) + 1


_AND = re.compile(r"和|与|及")
_LIST_ONLY = re.compile(r"[、和及与]*(?:等地)?")


def _only_list_between(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    between = text[start:end]
    for s, e, _code in spans:
        if start <= s and e <= end:
            between = between.replace(text[s:e], "")
    return _LIST_ONLY.fullmatch(between) is not None


_HEAD_NOUNS = ("养老", "救助", "社区", "服务", "管理", "治理", "医疗", "康复", "照护", "助老", "托育", "教育", "就业")


def _head_start(item: str) -> int | None:
    """Where the shared head of the last list item begins (医养结合|养老服务模式)."""
    for i in range(2, len(item) - 2):
        if item.startswith(_HEAD_NOUNS, i):
            return i
    return None
