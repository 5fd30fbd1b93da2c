"""Normalize a source's text for extraction, keeping a map back to the original.

Steps, each deleting or replacing characters one for one so that every
normalized character knows the original character it came from:

1. drop pinyin readings a conversion tool inserted after a character
   (``區(qū)`` → ``區``); a parenthesized syllable is dropped only when it is a
   reading of the character before it (pypinyin checks), so ``(蘇木)`` stays;
2. drop carriage returns and spaces inside numbers (``737.8 万人`` → ``737.8万人``);
3. traditional → simplified script (OpenCC ``t2s``);
4. half-width ``, ; : ( ) ? !`` next to Chinese text → full-width; full-width
   digits and letters → ASCII.

>>> n = normalize_text("內蒙古自治區(qū)養(yǎng)老(蘇木),共1.5萬人")
>>> n.text
'内蒙古自治区养老（苏木），共1.5万人'
>>> n.original_span(6, 8)
(10, 18)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .read import Source
from .script import to_simplified as _t2s

__all__ = ["NormalizedText", "normalize", "normalize_text"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]([a-zA-Zü" + _TONED + r"]{1,7})[)）]")
_NUMBER_SPACE = re.compile(r"(?<=[0-9])[ \u3000\u00a0]+(?=[0-9.万亿千百%元人户个家所张项年月日])")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff“”《》〈〉、。]")
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text and, for each of its characters, the offset of its source character."""

    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; the last is the end of the original region

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span ``[start, end)`` to the original text's ``[start, end)``."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside the normalized text of length {len(self.text)}")
        return self.offsets[start], self.offsets[end - 1] + 1


class _Builder:
    def __init__(self, chars: list[str], offsets: list[int]) -> None:
        self.chars = chars
        self.offsets = offsets


@functools.cache
def _readings(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.TONE, heteronym=True, errors="ignore")
    return frozenset(r for group in found for r in group)


def _strip_tones(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable.replace("ü", "v"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def is_pinyin_reading(char: str, syllable: str) -> bool:
    """Whether ``syllable`` (with tone marks) is a reading of ``char``.

    >>> is_pinyin_reading("區", "qū"), is_pinyin_reading("蘇", "mù")
    (True, False)
    """
    readings = _readings(char)
    if not readings:
        return any(ch in _TONED for ch in syllable)
    if syllable.lower() in readings:
        return True
    bare = _strip_tones(syllable)
    return any(_strip_tones(r) == bare for r in readings) and any(ch in _TONED for ch in syllable)


def _drop(text: str, offsets: list[int], spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    if not spans:
        return text, offsets
    keep_text: list[str] = []
    keep_offsets: list[int] = []
    position = 0
    for start, end in spans:
        keep_text.append(text[position:start])
        keep_offsets.extend(offsets[position:start])
        position = end
    keep_text.append(text[position:])
    keep_offsets.extend(offsets[position:len(text)])
    keep_offsets.append(offsets[len(text)])
    return "".join(keep_text), keep_offsets


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


def _widths(text: str) -> str:
    chars = list(text)
    for i, ch in enumerate(chars):
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            chars[i] = chr(code - 0xFEE0)
        elif ch == "．" and 0 < i < len(chars) - 1 and chars[i - 1].isdigit():
            chars[i] = "."
        elif ch == "％":
            chars[i] = "%"
    for i, ch in enumerate(chars):
        full = _HALF_TO_FULL.get(ch)
        if full is None:
            continue
        before = chars[i - 1] if i > 0 else ""
        after = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in ",:" and before.isdigit() and after.isdigit():
            continue  # 1,000 and 10:30 stay
        if ch in "()" or _CJK.match(before) or _CJK.match(after):
            chars[i] = full
    return "".join(chars)


def normalize_text(text: str, base: int = 0) -> NormalizedText:
    """Normalize ``text``, whose first character is at offset ``base`` of the original."""
    offsets = list(range(base, base + len(text) + 1))
    spans = [(m.start(), m.end()) for m in _PINYIN.finditer(text)
             if is_pinyin_reading(text[m.start() - 1], m.group(1))]
    text, offsets = _drop(text, offsets, spans)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\r|" + _NUMBER_SPACE.pattern, text)]
    text, offsets = _drop(text, offsets, spans)
    text = _widths(_convert_script(text))
    return NormalizedText(text=text, offsets=tuple(offsets))


def normalize(source: Source) -> NormalizedText:
    """Normalize the content region of ``source`` (page chrome excluded)."""
    return normalize_text(source.text[source.content_start:source.content_end], base=source.content_start)
