"""Pinyin written in place of characters (城乡dibao对象, 社会jiù助, 海lún市): the characters it stands for.

A text typed with a pinyin input method, or run through a converter that failed on some characters, can carry
syllables in Latin letters where characters belong.  A run of lower-case letters right next to Chinese text that
splits into pinyin syllables is read as the characters of a word that fits it: a word made of the characters
around the run (none, or up to three on either side) and of characters that have the run's syllables as a
reading (with the same tones, when the run has tones).  The words come from the project's own lexicon first (the
national programs' names, the gazetteer's names, the words of civil-affairs statistics), then from jieba's
dictionary, the most frequent first.  A lone syllable needs a word with a character of the text around it
(万hù: 万户), and a letter alone is never read (e政务, 4a级); a run that no word fits stays as it is.

>>> restore("城乡dibao对象8.62万hù")
[(2, 4, '低'), (4, 7, '保'), (14, 16, '户')]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict

__all__ = ["NUMBERED_SYLLABLE", "numbered", "readings_after", "reads_word", "restore", "strip_tones"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_HAN = "\u4e00-\u9fff"
_RUN = re.compile(rf"(?<![A-Za-z{_TONED}])[a-z{_TONED}]+(?![A-Za-z{_TONED}])")
# a run of lower-case letters that touches a Chinese character: all this module looks at
_NEXT_TO_HAN = re.compile(rf"[{_HAN}][a-z{_TONED}]|[a-z{_TONED}][{_HAN}]")
_REACH = 3  # characters of context on either side a word may include
# Words of the texts this project reads that jieba's dictionary holds only in longer words, or ranks below a
# commoner word of the same reading (早就 before 救助)
_DOMAIN_WORDS = ("低保", "特困", "救助", "救济", "养老", "民政", "保障", "供养", "五保", "医保", "社保", "残疾",
                 "补贴", "补助", "津贴", "高龄", "孤儿", "留守", "困境", "儿童", "老人", "老年", "居家", "社区",
                 "机构", "床位", "护理", "照料", "助餐", "殡葬", "婚姻", "登记", "慈善", "福利", "人次", "户数",
                 "资金", "标准", "对象", "家庭", "乡镇", "街道", "村民", "居民", "城乡", "农村", "城市")


def restore(text: str) -> list[tuple[int, int, str]]:
    """For each run of pinyin in ``text`` that a word fits, each of its syllables ``[start, end)`` and the character
    it stands for, in text order."""
    if _NEXT_TO_HAN.search(text) is None:
        return []  # (a cheap look first: most texts have no run at all)
    out: list[tuple[int, int, str]] = []
    for run in _RUN.finditer(text):
        start, end = run.span()
        left = _han_before(text, start)
        right = _han_after(text, end)
        if (not left and not right) or end - start < 2:
            continue  # (a letter alone is no syllable taken for a character: e政务, a级)
        best: tuple[tuple[int, int, int], str, list[tuple[int, int]]] | None = None
        for syllables in _segmentations(run.group()):
            found = _best_word(left, right, [run.group()[a:b] for a, b in syllables])
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], found[1], syllables)
        if best is not None:
            out += [(start + a, start + b, char) for (a, b), char in zip(best[2], best[1])]
    return out


# A run of pinyin set right after characters, or one space after them, without brackets: tone marks (公墓gōngmù)
# or numbers (牧區 mu4qu1), and the one space after it before the text goes on
# (tone numbers end each syllable and no digit follows; marked or bare letters may stand before a figure)
# (a place's name may be capitalized: 沅陵 Yuánlíng)
_GLUED = re.compile(rf"(?<=[{_HAN}])( ?)((?:[a-zü]+[1-5])+(?![A-Za-z\d])|[A-Z]?[a-z{_TONED}]+(?: [a-z{_TONED}]+)*"
                    rf"(?![A-Za-z{_TONED}]))"
                    rf"( (?=[{_HAN}，。、；]))?")
# A syllable with its tone as a number after it (zhu4, kang1; a neutral one 5 or 0)
NUMBERED_SYLLABLE = re.compile(r"[a-zA-Züv]{1,6}[0-5]")
_AFTER_HAN = re.compile(rf"[{_HAN}] ?[A-Za-z{_TONED}]")


def readings_after(text: str) -> list[tuple[int, int]]:
    """The spans of the pinyin runs set right after the characters they read (殯葬bìnzàng, 牧區 mu4qu1 助餐): a run
    with its tones, marked or numbered, or of two syllables or more; with the space before it and one after.  A
    lone toneless syllable (縣xian) only in a text that has three or more of them, each after its character: a
    converter's habit, not a chance (a Latin word after Chinese text that happens to read it).
    Text the run does not read (城乡dibao对象: pinyin in place of characters) is left to :func:`restore`.

    >>> readings_after("殯葬bìnzàng管理，牧區 mu4qu1 助餐 zhu4can1 點，城乡dibao对象")
    [(2, 9), (14, 22), (24, 34)]
    >>> readings_after("石臺縣xian仙寓鎮zhen山區qu"), readings_after("石臺縣xian")
    ([(3, 7), (10, 14), (16, 18)], [])
    """
    if _AFTER_HAN.search(text) is None:
        return []  # (a cheap look first)
    out: list[tuple[int, int]] = []
    lone: list[tuple[int, int]] = []  # (the toneless single syllables that read their character)
    for run in _GLUED.finditer(text):
        letters, end = run.group(2), run.start(2) - len(run.group(1))
        marked = any(ch in _TONED for ch in letters)
        if " " in letters and not marked:
            continue  # (words apart without tones: Latin text after Chinese, not a reading)
        letters = letters.replace(" ", "").lower()  # (湖北省 hú běi shěng 社會…: a word's syllables apart)
        numbers = any(ch.isdigit() for ch in letters)
        read = _numbered_read(text, end, letters) if numbers else _syllables_read(text, end, letters)
        if read:
            (out if marked or numbers or read >= 2 else lone).append((run.start(), run.end()))
    return sorted(out + lone) if len(lone) >= 3 else out


def reads_word(text: str, end: int, letters: str) -> bool:
    """Whether ``letters``, a word's syllables run together (bìnzàng, értóng), read the characters of ``text`` that
    end at ``end``, one syllable each.

    >>> reads_word("殯葬", 2, "bìnzàng"), reads_word("殯葬", 2, "gūér")
    (True, False)
    """
    return _syllables_read(text, end, letters) > 0


def _syllables_read(text: str, end: int, letters: str) -> int:
    """How many characters of ``text`` ending at ``end`` the syllables ``letters`` split into read, one each, by
    the first split that does (their tones, when marked, must be the characters' own); 0 if none does."""
    of_char = _readings()[2]
    for spans in _segmentations(letters):
        chars = text[max(0, end - len(spans)):end]
        if len(chars) == len(spans) and all(letters[a:b] in of_char.get(c, ()) for c, (a, b) in zip(chars, spans)):
            return len(spans)
    return 0


def _numbered_read(text: str, end: int, letters: str) -> int:
    """As :func:`_syllables_read`, for syllables with their tones as numbers (mu4qu1)."""
    syllables = NUMBERED_SYLLABLE.findall(letters.replace("ü", "v"))
    chars = text[max(0, end - len(syllables)):end]
    if "".join(syllables) != letters.replace("ü", "v") or len(chars) != len(syllables):
        return 0
    return len(syllables) if all(s in _numbered_readings(c) for c, s in zip(chars, syllables)) else 0


@functools.cache
def _numbered_readings(char: str) -> frozenset[str]:
    """``char``'s readings with their tones as numbers (助: zhu4)."""
    return frozenset(numbered(r) for r in _readings()[2].get(char, ()))


def _han_before(text: str, at: int) -> str:
    i = at
    while i > max(0, at - _REACH) and "\u4e00" <= text[i - 1] <= "\u9fff":
        i -= 1
    return text[i:at]


def _han_after(text: str, at: int) -> str:
    i = at
    while i < min(len(text), at + _REACH) and "\u4e00" <= text[i] <= "\u9fff":
        i += 1
    return text[at:i]


def strip_tones(syllable: str) -> str:
    """``syllable`` without its tone marks, in lower case, ü written v (lǜ → lv)."""
    decomposed = unicodedata.normalize("NFD", syllable.replace("ü", "v"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


_TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


def numbered(syllable: str) -> str:
    """``syllable`` with its tone as a number after it, as the other way of writing pinyin has it (zhù → zhu4; a
    neutral tone, de → de5).

    >>> numbered("zhù"), numbered("lǜ"), numbered("de")
    ('zhu4', 'lv4', 'de5')
    """
    decomposed = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v")  # (ǜ: u, diaeresis, grave)
    tone = next((_TONE_MARKS[ch] for ch in decomposed if ch in _TONE_MARKS), "5")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)) + tone


@functools.cache
def _readings() -> tuple[frozenset[str], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The syllables (bare), the characters of each bare syllable, and each character's readings (toned and bare)."""
    from pypinyin.pinyin_dict import pinyin_dict

    by_syllable: dict[str, set[str]] = defaultdict(set)
    of_char: dict[str, set[str]] = defaultdict(set)
    for code, readings in pinyin_dict.items():
        char = chr(code)
        if not "\u4e00" <= char <= "\u9fff":
            continue
        for reading in readings.split(","):
            by_syllable[strip_tones(reading)].add(char)
            of_char[char].update((reading, strip_tones(reading)))
    syllables = frozenset(s for s in by_syllable if re.search("[aeiouv]", s))  # (not m, n, ng, hm: interjections)
    return (syllables, {s: frozenset(c) for s, c in by_syllable.items()},
            {c: frozenset(r) for c, r in of_char.items()})


def _segmentations(run: str) -> list[list[tuple[int, int]]]:
    """Every way ``run`` splits into pinyin syllables, as spans of it (xian: xian, xi|an)."""
    syllables = _readings()[0]
    bare = strip_tones(run)
    found: list[list[tuple[int, int]]] = []

    def split(i: int, done: list[tuple[int, int]]) -> None:
        if i == len(bare):
            found.append(done)
            return
        for j in range(min(len(bare), i + 6), i, -1):
            if bare[i:j] in syllables and len(found) < 16:
                split(j, [*done, (i, j)])

    split(0, [])
    return found


def _fits(char: str, syllable: str) -> bool:
    """Whether ``syllable`` is a reading of ``char``: with its tone, when it has one."""
    return syllable in _readings()[2].get(char, frozenset())


@functools.cache
def _domain() -> dict[str, dict[str, int]]:
    """The project's own words by first character (a word → 1)."""
    from .extract.lexicon import ProgramLexicon
    from .gazetteer import Gazetteer

    words = set(_DOMAIN_WORDS) | set(ProgramLexicon.default().aliases)
    for region in Gazetteer.default():
        words.add(region.name)
        words.update(region.aliases)
    index: dict[str, dict[str, int]] = defaultdict(dict)
    for word in words:
        if len(word) >= 2:
            index[word[0]][word] = 1
    return dict(index)


def _best_word(left: str, right: str, syllables: list[str]) -> tuple[tuple[int, int, int], str] | None:
    """The characters of the best word around the syllables: (its rank, the characters), or None."""
    from .extract.word_dictionary import word_dictionary

    dictionary = word_dictionary()
    by_syllable = _readings()[1]
    k = len(syllables)
    best: tuple[tuple[int, int, int], str] | None = None
    for source, lookup in ((1, lambda c: _domain().get(c, {})), (0, dictionary.starting_with)):
        for j in range(min(_REACH, len(left)) + 1):
            for r in range(min(_REACH, len(right)) + 1):
                if j == r == 0 and k < 2:
                    continue  # a lone syllable (万hù) needs a word with the text around it
                before, after = left[len(left) - j:], right[:r]
                firsts = [before[0]] if before else sorted(by_syllable.get(strip_tones(syllables[0]), ()))
                for first in firsts:
                    for word, frequency in lookup(first).items():
                        if not frequency or len(word) != j + k + r or not word.startswith(before) \
                                or not word.endswith(after):
                            continue
                        middle = word[j:j + k]
                        if all(_fits(c, s) for c, s in zip(middle, syllables)):
                            rank = (source, frequency, j + r)
                            if best is None or rank > best[0]:
                                best = (rank, middle)
        if best is not None:
            return best  # (the project's own words first)
    return None
