"""Regex searches that skip to the few places a match can start.

Python's regex engine tries every alternative of a pattern at every position of a text unless the pattern
begins with a literal or a character class.  The extractor's patterns for periods and quantities begin with
optional groups, so a search costs the same at every character: most of the time of reading a long text.
:func:`finditer_at` has a character class of every possible first character find the candidates (at C
speed) and tries the pattern only there.

>>> pattern, starts = re.compile(r"(?:约|近)?\\d+万"), re.compile(r"[约近\\d]")
>>> [m.group() for m in finditer_at(pattern, starts, "共约3万人，近5万户，10万")]
['约3万', '近5万', '10万']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["finditer_at"]


def finditer_at(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, found by trying ``pattern`` only where ``starts`` matches.

    ``starts`` must match one character at every position where a match of ``pattern`` can begin, and
    ``pattern`` must not match the empty string: then the matches are the same (``pattern.match`` at a
    position is what a search finds there).
    """
    position = 0  # where finditer would search next: the end of the last match
    match = pattern.match
    for candidate in starts.finditer(text):
        at = candidate.start()
        if at < position:
            continue
        found = match(text, at)
        if found is not None:
            yield found
            position = found.end()
