"""Normalize a source's text for extraction, keeping a map back to the original.

Steps, each deleting or replacing characters one for one so that every
normalized character knows the stretch of the original it came from:

1. drop pinyin readings a conversion tool inserted after a character
   (``區(qū)``, ``區(qu1)`` → ``區``); a parenthesized syllable is dropped only when it is a
   reading of the character before it (pypinyin checks), so ``(蘇木)`` stays;
2. line ends: ``\r\n`` and ``\r`` → ``\n``; page markers (``— 7 —``) and
   footnote marks (``[1]``) dropped; a line hard-wrapped at a fixed width (text
   from a PDF) joined to the next;
3. spaces inside numbers and between Chinese characters dropped
   (``737.8 万人`` → ``737.8万人``, ``2021 年`` → ``2021年``);
4. traditional → simplified script (OpenCC ``t2s``);
5. half-width ``, ; : ( ) ? !`` next to Chinese text → full-width; full-width
   digits and letters → ASCII;
6. pinyin set without brackets after the characters it reads dropped
   (``殯葬bìnzàng管理``, ``牧區 mu4qu1 助餐``); pinyin written in place of characters
   (``城乡dibao对象``) → the characters of the word it stands for
   (:mod:`policy_graph.pinyin_words`).

>>> n = normalize_text("內蒙古自治區(qū)養(yǎng)老(蘇木),共1.5萬人")
>>> n.text
'内蒙古自治区养老（苏木），共1.5万人'
>>> n.original_span(6, 8)
(10, 18)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .national import NATIONAL
from .pinyin_words import NUMBERED_SYLLABLE, numbered, readings_after, reads_word, strip_tones
from .pinyin_words import restore as restore_pinyin
from .read import Piece, Source
from .script import to_simplified as _t2s

__all__ = ["BULLETS", "ISSUE_HEADER", "MASTHEAD", "NormalizedText", "between_issuers", "between_phrases_of_title",
           "normalize", "normalize_text", "years_as_written"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# (or a word's, its syllables apart: 養老(yǎng lǎo))
_HAN_CHAR = r"[\u3400-\u9fff\uf900-\ufaff]"
_TONE_DIGITS = "012345"
_SYLLABLE = r"[a-zA-Zü" + _TONED + r"]{1,7}[0-5]?"  # (tone marks, or the tone's number after it: zhu4)
# (a word's syllables apart, or run together when each ends in its tone's number: 康復(kang1fu4); after a space too:
# 救災 (jiù zāi))
_PINYIN = re.compile(r"(?<=" + _HAN_CHAR + r")[ \u3000]?[(（](" + _SYLLABLE + r"(?: " + _SYLLABLE + r"){0,3}"
                     r"|(?:[a-zA-Zü]{1,6}[0-5]){2,4}|[a-zü" + _TONED + r"]{8,24})[)）]")
# A number written with spaces between its groups of thousands (PDF text: "1 048.30 万人"), before a unit
_GROUPED_NUMBER = re.compile(r"(?<![\d.．])\d{1,3}(?:[ \u3000]\d{3})+(?:[.．]\d+)?"
                             r"(?=[ \u3000]?[万亿千百%元人户个家所张项对名位座处间辆台套条批次场栋床块例件亩吨])")
# the first characters of the units (and 年月日, 多余) a number may be set apart from by a space
_UNIT_STARTS = "万亿千百%‰元人户个家所张项年月日多余支处座名位件间辆台套条批次场栋艘架只株棵盏册亩吨"
_NUMBER_SPACE = re.compile(rf"(?<=[0-9])[ \u3000\u00a0]+(?=[{_UNIT_STARTS}])")
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff，。、；：“”（）])[ \u3000\u00a0](?=[\u3400-\u9fff，。、；：“”（）])|"
                        r"(?<=[\u3400-\u9fff，。、；：（）])[ \u3000\u00a0](?=\d[\d.,]*[^\d., \u3000\n])")
_DASH = r"[ \t\u3000]*[—\-－–─]{1,2}[ \t\u3000]*"
_PAGE_MARKER = re.compile(rf"^{_DASH}\d{{1,4}}{_DASH}(?:\n|$)", re.MULTILINE)
# A newspaper's page header (牡丹江日报 2024年9月12日 第3版): e-paper text repeats it on every page
_S = r"[ \t\u3000]*"
MASTHEAD = re.compile(rf"^{_S}[\u4e00-\u9fff]{{1,10}}(?:日|晚|早|时|時|商)?[报報]{_S}(\d{{4}}){_S}年{_S}"
                      rf"(\d{{1,2}}){_S}月{_S}\d{{1,2}}{_S}日{_S}(?:星期[一二三四五六日天]{_S})?第{_S}[\d一二三四五六七八九十]{{1,3}}{_S}版"
                      r"[^\n]{0,12}$", re.MULTILINE)
# A periodical's running header (衡水统计分析　　2025年第6期): the issue, not what the report is on; repeated on
# every page of a PDF's text
ISSUE_HEADER = re.compile(rf"^{_S}[\u4e00-\u9fff]{{2,14}}{_S}\d{{4}}{_S}年{_S}第{_S}"
                          rf"[\d一二三四五六七八九十]{{1,3}}{_S}期{_S}$", re.MULTILINE)
_FOOTNOTE = re.compile(r"\[\d{1,2}\]|[①②③④⑤⑥⑦⑧⑨⑩](?=[，。；、\n])")
_LINE_END_PUNCTUATION = "。！？；：!?;:"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff“”《》〈〉、。]")
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text and, for each of its characters, the stretch ``[start, end)`` of the original it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span ``[start, end)`` to the original text's ``[start, end)``."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside the normalized text of length {len(self.text)}")
        return self.starts[start], max(self.ends[end - 1], self.starts[start] + 1)


@functools.cache
def _readings(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.TONE, heteronym=True, errors="ignore")
    return frozenset(r for group in found for r in group)


@functools.cache
def _numbered_readings(char: str) -> frozenset[str]:
    """``char``'s readings (pypinyin's) with their tones as numbers (助: zhu4)."""
    return frozenset(numbered(r) for r in _readings(char))


def is_pinyin_reading(char: str, syllable: str) -> bool:
    """Whether ``syllable`` (with tone marks, a tone number, or without any in lower case) is a reading of ``char``.

    >>> is_pinyin_reading("區", "qū"), is_pinyin_reading("區", "qu"), is_pinyin_reading("區", "qu1")
    (True, True, True)
    >>> is_pinyin_reading("蘇", "mù"), is_pinyin_reading("區", "qu4")
    (False, False)
    """
    readings = _readings(char)
    if syllable[-1:] in _TONE_DIGITS and syllable[:-1].isalpha():
        # (its tone as a number: 助(zhu4), a neutral one 5 or 0)
        return syllable.lower().replace("ü", "v").replace("0", "5") in _numbered_readings(char)
    if not readings:
        return any(ch in _TONED for ch in syllable)
    if syllable.lower() in readings:
        return True
    bare = strip_tones(syllable)
    if not any(strip_tones(r) == bare for r in readings):
        return False
    # toned (區(qū)), or toneless in lower case as a conversion to Big5 or GBK leaves them (區(qu))
    return any(ch in _TONED for ch in syllable) or syllable == bare


def _convert_script(text: str) -> str:
    """Traditional → simplified, one character for one (phrase conversions that change length fall back)."""
    converted = _t2s(text)
    if len(converted) == len(text):
        return converted
    pieces = re.split(r"([\n，。；：、！？,.;:!?])", text)
    out: list[str] = []
    for piece in pieces:
        simple = _t2s(piece)
        out.append(simple if len(simple) == len(piece) else "".join(_char_t2s(ch) for ch in piece))
    return "".join(out)


def _char_t2s(ch: str) -> str:
    simple = _t2s(ch)
    return simple if len(simple) == 1 else ch


# The characters _widths may change: full-width letters, digits and marks; then ASCII punctuation
_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a．％－／：「」『』⁰¹²³⁴⁵]")
_SUPERSCRIPT = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5"}
_HALF = re.compile("[,;:()?!]")


def _widths(text: str) -> str:
    """Full-width digits and letters as ASCII, ASCII punctuation among Chinese as full-width, a tone written in
    superscript after a syllable as its digit (one for one)."""
    chars = list(text)
    for m in _WIDE.finditer(text):  # only where there is something to change: most texts have few
        i = m.start()
        ch = chars[i]
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            chars[i] = chr(code - 0xFEE0)
        elif ch == "．" and 0 < i < len(chars) - 1 and chars[i - 1].isdigit():
            chars[i] = "."
        elif ch == "％":
            chars[i] = "%"
        elif ch in "－／：" and i + 1 < len(chars) and chars[i + 1].isdigit() and (
                ch == "－" or (i > 0 and chars[i - 1].isdigit())):
            chars[i] = {"－": "-", "／": "/", "：": ":"}[ch]  # 2025－11－04, －0.86‰, 2025／11／04, 10：32
        elif ch in "「」『』":
            chars[i] = {"「": "“", "」": "”", "『": "‘", "』": "’"}[ch]
        elif ch in _SUPERSCRIPT and i > 0 and chars[i - 1].isascii() and chars[i - 1].isalpha():
            chars[i] = _SUPERSCRIPT[ch]  # 三明san¹ming²市: a syllable's tone, as its number (san1ming2)
    for m in _HALF.finditer("".join(chars)):
        i = m.start()
        ch = chars[i]
        full = _HALF_TO_FULL[ch]
        before = chars[i - 1] if i > 0 else ""
        after = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in ",:" and before.isdigit() and after.isdigit():
            continue  # 1,000 and 10:30 stay
        if ch in "()" or _CJK.match(before) or _CJK.match(after):
            chars[i] = full
    return "".join(chars)


# A year in Chinese digits (二〇二四年, 一九九八年): written in Arabic digits, one for one
_NUMERAL_YEAR = re.compile(r"(?<![〇零○一二三四五六七八九十百千万])[〇零○一二三四五六七八九]{4}(?=年)")
_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def _numeral_years(text: str) -> str:
    """二〇二四年 → 2024年 (the same length, so the offsets stay)."""
    return _NUMERAL_YEAR.sub(lambda m: m.group().translate(_YEAR_DIGITS), text) if "年" in text else text


_ARABIC_YEAR = re.compile(r"(?<!\d)\d{4}(?=年)")


def years_as_written(normalized: NormalizedText, original: str, start: int, end: int) -> dict[str, str]:
    """The years of the normalized span ``[start, end)`` that ``original`` writes in Chinese digits, as they are
    written there: ``{"2024年": "二〇二四年"}`` (a name such as a title keeps its own digits).

    >>> n = normalize_text("《二〇二四年工作方案》")
    >>> years_as_written(n, "《二〇二四年工作方案》", 0, len(n.text))
    {'2024年': '二〇二四年'}
    """
    found: dict[str, str] = {}
    for m in _ARABIC_YEAR.finditer(normalized.text, start, end):
        written = "".join(original[normalized.starts[i]:normalized.ends[i]] for i in range(m.start(), m.end()))
        if written != m.group() and len(written) == 4 and written.translate(_YEAR_DIGITS) == m.group():
            found[m.group() + "年"] = written + "年"
    return found


def between_issuers(text: str, start: int, end: int) -> bool:
    """Whether the spaces ``text[start:end]`` stand between two central issuers (中共中央 国务院): such a space
    belongs to the title of their joint document, and is kept.

    >>> between_issuers("中共中央 国务院关于", 4, 5), between_issuers("全省 养老", 2, 3)
    (True, False)
    """
    return _t2s(text[max(0, start - 10):start]).endswith(NATIONAL) and _t2s(text[end:end + 10]).startswith(NATIONAL)


def between_phrases_of_title(text: str, start: int, end: int) -> bool:
    """Whether the space ``text[start:end]`` parts two phrases of one book title (《…深化农村改革 扎实推进…的意见》):
    one space, inside 《》 on one line, with four Chinese characters or more on each side of it.

    >>> between_phrases_of_title("《深化农村改革 扎实推进乡村振兴》", 7, 8), between_phrases_of_title("全 省", 1, 2)
    (True, False)
    """
    if end - start != 1:
        return False
    opened, closed = text.rfind("《", max(0, start - 60), start), text.find("》", end, end + 60)
    return opened >= 0 and closed >= 0 and not any(ch in text[opened + 1:closed] for ch in "《》\n") and \
        _CJK_RUN_BEFORE.search(text, opened + 1, start) is not None and \
        _CJK_RUN_AFTER.match(text, end, closed) is not None


_CJK_RUN_BEFORE = re.compile(r"[\u3400-\u9fff]{4}$")
_CJK_RUN_AFTER = re.compile(r"[\u3400-\u9fff]{4}")


class _Text:
    """Characters with their original stretches, edited one deletion or replacement at a time."""

    def __init__(self, pieces: Iterable[Piece]) -> None:
        chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for piece in pieces:
            if piece.end - piece.start == len(piece.text):
                chars.append(piece.text)
                self.starts.extend(range(piece.start, piece.end))
                self.ends.extend(range(piece.start + 1, piece.end + 1))
            else:  # a character reference (&amp;) or a synthetic break: every character maps to the whole stretch
                chars.append(piece.text)
                self.starts.extend([piece.start] * len(piece.text))
                self.ends.extend([piece.end] * len(piece.text))
        self.text = "".join(chars)

    def drop(self, spans: list[tuple[int, int]]) -> None:
        if not spans:
            return
        keep = [True] * len(self.text)
        for start, end in spans:
            for i in range(start, end):
                keep[i] = False
        self.text = "".join(ch for ch, k in zip(self.text, keep) if k)
        self.starts = [v for v, k in zip(self.starts, keep) if k]
        self.ends = [v for v, k in zip(self.ends, keep) if k]

    def merge(self, spans: list[tuple[int, int, str]]) -> None:
        """Each ``[start, end)`` becomes its one character, which came from the whole stretch."""
        if not spans:
            return
        chars = list(self.text)
        for start, end, char in spans:
            chars[start] = char
            self.ends[start] = self.ends[end - 1]
        self.text = "".join(chars)
        self.drop([(start + 1, end) for start, end, _char in spans if end > start + 1])

    def replace(self, new_text: str) -> None:
        assert len(new_text) == len(self.text), "replacements are one character for one"
        self.text = new_text

    def frozen(self) -> NormalizedText:
        return NormalizedText(self.text, tuple(self.starts), tuple(self.ends))


def _wrapped_line_breaks(text: str) -> list[tuple[int, int]]:
    """Line breaks inside hard-wrapped prose (text taken from a PDF): each ``\\n`` to drop.

    In hard-wrapped text most full-width lines stop mid-sentence.  There, a line about as long as the
    text's lines usually are, not ending in sentence punctuation, continues on the next line.
    """
    lines = text.split("\n")
    sizes = [len(re.sub(r"\s", "", line)) for line in lines]
    long_sizes = sorted(n for n in sizes if n >= 10)
    if len(long_sizes) < 5:
        return []
    width = long_sizes[int(len(long_sizes) * 0.75)]
    full = [i for i, n in enumerate(sizes) if n >= width - 3]
    if not 15 <= width <= 80 or sum(1 for i in full if _open(lines[i])) < max(5, 0.5 * len(full)):
        return []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    breaks = []
    for i, line in enumerate(lines[:-1]):
        following, size = lines[i + 1], sizes[i + 1]
        # A heading or title block is short lines that stop: it is not joined.
        wrapped_prose = sizes[i] >= width / 2 and (size >= width / 2 or not _open(following))
        split_quantity = _SPLIT_QUANTITY.search(line) is not None and _UNIT_START.match(following) is not None
        if _open(line) and (wrapped_prose or split_quantity) and following.strip() \
                and not _LIST_START.match(following) and not following.startswith(_INDENTS) \
                and "\t" not in line and "\t" not in following and not _HEADER_LINE.match(line) \
                and not _HEADER_LINE.match(following):
            position = starts[i] + len(line)
            breaks.append((position, position + 1))
    return breaks


# A line that stops inside a quantity ("新增就业 14.36 万" / "人。"), however short: the next begins with its unit
_SPLIT_QUANTITY = re.compile(r"\d[\d.]*[ \u3000]*[万亿千]?[ \u3000]*$")
_UNIT_START = re.compile(r"[ \u3000]*(?:[万亿千]?[元人户个家所张项名%]|个百分点)")


def _with_blank_lines(text: str, start: int, end: int) -> tuple[int, int]:
    """A page marker's line ``[start, end)`` and the blank lines around it, so that the lines it stood between
    meet as wrapped lines do (…经济总量⏎⏎- 2 -⏎⏎偏小…)."""
    while start >= 2 and text[start - 1] == "\n" and text[start - 2] == "\n":
        start -= 1
    return start, _after_blank_lines(text, end)


def _open(line: str) -> bool:
    """Whether a line stops without sentence punctuation."""
    stripped = line.rstrip()
    return bool(stripped) and stripped[-1] not in _LINE_END_PUNCTUATION


_INDENTS = ("\u3000", "  ")  # a line indented begins a paragraph
# A page's header, or the line of its editors (县域经济　　责任编辑：张海涛): no line of prose wrapped
_HEADER_LINE = re.compile(rf"{MASTHEAD.pattern}|{ISSUE_HEADER.pattern}|[^\n]{{0,12}}(?:责任编辑|美术编辑|编辑)[:：]"
                          r"|\s*(?:本报讯|本报记者|本报通讯员)"  # (and a byline: the title above it is no prose)
                          r"|\s*(?:来源|发布时间|发布日期)[:：]")  # (or a page's source line under its title)
BULLETS = "●•◆◇■□▲△○"  # the marks that begin the items of a list of bullets
_LIST_START = re.compile(r"\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[、．]|\d{1,2}\.(?!\d)|"
                         rf"表\s*\d|注[:：]|[{BULLETS}])")  # (a bullet begins an item of a list)


def _running_headers(text: str, markers: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The lines a PDF repeats at the top of each page, right after its page line (— 2 — / 2026年枣庄市政府工作报告):
    a line that follows two page lines or more, word for word, is the document's running header, not a heading."""
    found: dict[str, list[tuple[int, int]]] = {}
    for marker in markers:
        line = _NEXT_LINE.match(text, marker.end())
        if line is not None:
            found.setdefault(line.group(1), []).append((line.start(1), min(line.end(), len(text))))
    # (and the blank lines after it, so that the lines it stood between meet as wrapped lines do: 城乡低保标⏎⏎— 2 —⏎⏎
    # 新宾…会议文件⏎⏎准分别提高到…)
    return [(start, _after_blank_lines(text, end)) for header, spans in found.items()
            if len(spans) >= 2 and len(header) <= 40 for start, end in spans]


def _after_blank_lines(text: str, end: int) -> int:
    """Where the blank lines (line breaks) that follow ``end`` stop."""
    while end < len(text) and text[end] == "\n":
        end += 1
    return end


# A number cut before its decimal point by line breaks (and the page break dropped between them)
_HAN = re.compile(_HAN_CHAR)


def _reads(text: str, end: int, syllables: str) -> bool:
    """Whether ``syllables`` (one, or a word's apart: ``yǎng lǎo``) read the characters that end at ``end``."""
    each = syllables.split(" ") if " " in syllables or not syllables[-1:].isdigit() \
        else NUMBERED_SYLLABLE.findall(syllables)
    chars = text[max(0, end - len(each)):end]
    if len(chars) == len(each) and all(_HAN.match(c) and is_pinyin_reading(c, s) for c, s in zip(chars, each)):
        return True
    # (a word's syllables run together, with their tones marked or without: 殯葬(bìnzàng), 社區(shequ); or a place's
    # name romanized word by word: 四川省（Sìchuān Shěng）)
    return reads_word(text, end, syllables if len(each) == 1 else "".join(each).lower())


# A lone lower-case letter between two Chinese characters, which no word of the text has (a converter's slip)
_STRAY_LETTER = re.compile(r"(?<=[\u4e00-\u9fff])[a-z](?=[\u4e00-\u9fff])")
_BROKEN_DECIMAL = re.compile(r"(?<=\d)(?:[ \t\u3000]*\n)+[ \t\u3000]*(?=\.\d)")
_NEXT_LINE = re.compile(r"\n?[ \t\u3000]*([^\n。；，]{4,40}?)[ \t\u3000]*(?:\n|$)")


def normalize_pieces(pieces: Iterable[Piece]) -> NormalizedText:
    """Normalize the text that ``pieces`` make up."""
    t = _Text(pieces)
    t.drop([(m.start(), m.end()) for m in _PINYIN.finditer(t.text) if _reads(t.text, m.start(), m.group(1))])
    t.drop([(m.start(), m.start() + 1) for m in re.finditer(r"\r\n", t.text)])
    t.replace(t.text.replace("\r", "\n"))
    markers = list(_PAGE_MARKER.finditer(t.text))
    t.drop([_with_blank_lines(t.text, m.start(), m.end()) for m in markers] + _running_headers(t.text, markers))
    # a page header repeated inside the text (the first one, on top, dates it and stays)
    top = len(t.text) - len(t.text.lstrip())
    t.drop([(m.start(), min(m.end() + 1, len(t.text))) for m in MASTHEAD.finditer(t.text) if m.start() > top])
    t.drop([(m.start(), min(m.end() + 1, len(t.text))) for m in ISSUE_HEADER.finditer(t.text) if m.start() > top])
    t.drop([(m.start(), m.end()) for m in _FOOTNOTE.finditer(t.text)])
    t.drop([(m.start(), m.end()) for m in _BROKEN_DECIMAL.finditer(t.text)])  # 80⏎(page break)⏎.3%
    t.drop(_wrapped_line_breaks(t.text))
    t.drop([(m.start() + i, m.start() + i + 1) for m in _GROUPED_NUMBER.finditer(t.text)
            for i, ch in enumerate(m.group()) if ch in " \u3000"])  # (１２　４８０名: full-width too)
    t.drop([(m.start(), m.end()) for m in _NUMBER_SPACE.finditer(t.text)])
    t.drop([(m.start(), m.end()) for m in _CJK_SPACE.finditer(t.text)
            if not between_issuers(t.text, m.start(), m.end())
            and not between_phrases_of_title(t.text, m.start(), m.end())])
    t.replace(_numeral_years(_widths(_convert_script(t.text))))
    # (and a reading typed in full-width letters, 縣（ｘｉａｎ）, now in ASCII ones)
    t.drop([(m.start(), m.end()) for m in _PINYIN.finditer(t.text) if _reads(t.text, m.start(), m.group(1))])
    t.drop(readings_after(t.text))  # 殯葬bìnzàng管理, 牧區 mu4qu1 助餐: a reading set after its word, unbracketed
    t.drop([(m.start(), m.end()) for m in _STRAY_LETTER.finditer(t.text)])  # 彩禮m不超過6萬元: a converter's slip
    t.merge(restore_pinyin(t.text))  # 城乡dibao对象, 社会jiù助: the characters the syllables stand for
    return t.frozen()


def normalize_text(text: str, base: int = 0) -> NormalizedText:
    """Normalize ``text``, whose first character is at offset ``base`` of the original."""
    return normalize_pieces([Piece(base, base + len(text), text)])


def normalize(source: Source) -> NormalizedText:
    """Normalize the content of ``source`` (page chrome excluded)."""
    return normalize_pieces(source.pieces)
