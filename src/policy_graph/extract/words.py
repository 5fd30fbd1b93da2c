"""Where words start and end in Chinese text, as jieba's dictionary segmentation puts them.

The region finder asks whether a name stands as a word in the phrase around it (金安 in 基金安全 does not).
jieba answers by cutting the phrase into words and yielding each as a token; only the cut positions are needed
here, so :func:`word_boundaries` computes them from jieba's own dictionary
(:mod:`policy_graph.extract.word_dictionary`) with jieba's own rule (the most probable route through the
phrase's word graph, no HMM for unknown words) in one backward pass, without the word graph, the route table
and the layers of generators jieba builds around it (2.4x faster).  Its cuts are the ends of
``jieba.tokenize(text, HMM=False)``'s tokens (tests/test_words.py checks that on random and real text).

>>> sorted(word_boundaries("基金安全"))
[0, 2, 4]
"""

from __future__ import annotations

import functools
import math
import re

from .word_dictionary import word_dictionary

__all__ = ["word_boundaries"]

# jieba's default mode: runs of these characters are segmented with the dictionary; every other character is a
# token of its own, except that "\r\n" is one token.
_BLOCK = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&._%\\-]+")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _block_cuts(block: str, offset: int, cuts: set[int]) -> None:
    """Add the inner cuts of one dictionary block (its ends are cuts already)."""
    dictionary = word_dictionary()
    starting_with, log_total, log = dictionary.starting_with, dictionary.log_total, math.log
    n = len(block)
    # The most probable route through the block's word graph, found from the end backwards: at each start k,
    # every dictionary word block[k:x + 1] weighs log(frequency) - log(total) (a character that is no word:
    # log(1) - log(total)), plus the best route from x + 1.  Ties go to the longer word, as max() of
    # (score, x) tuples does; the sums are jieba's, term for term, so the same route wins.
    score = [0.0] * (n + 1)
    step = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best: tuple[float, int] | None = None
        i = k
        fragment = block[k]
        entries = starting_with(fragment)  # the words and word prefixes that start with this character
        while fragment in entries:  # every prefix of a word is there (frequency 0 if not a word itself)
            count = entries[fragment]
            if count:
                found = (log(count) - log_total + score[i + 1], i)
                if best is None or found > best:
                    best = found
            i += 1
            if i >= n:
                break
            fragment = block[k:i + 1]
        if best is None:
            best = (0.0 - log_total + score[k + 1], k)
        score[k], step[k] = best
    k = 0
    while k < n:
        following = step[k] + 1
        # single ASCII letters and digits in a row are one token
        if not (following == k + 1 and block[k] in _ASCII_ALNUM
                and following < n and step[following] == following and block[following] in _ASCII_ALNUM):
            cuts.add(offset + following)
        k = following


@functools.lru_cache(maxsize=4096)
def word_boundaries(text: str) -> frozenset[int]:
    """Offsets where a word starts or ends in ``text`` (0 and ``len(text)`` included)."""
    cuts = {0, len(text)}
    position = 0
    for match in _BLOCK.finditer(text):
        start, end = match.span()
        _between(text, position, start, cuts)
        cuts.add(start)
        cuts.add(end)
        _block_cuts(match.group(), start, cuts)
        position = end
    _between(text, position, len(text), cuts)
    return frozenset(cuts)


def _between(text: str, start: int, end: int, cuts: set[int]) -> None:
    """Characters outside dictionary blocks: a token each, except "\\r\\n"."""
    for i in range(start + 1, end):
        if not (text[i - 1] == "\r" and text[i] == "\n"):
            cuts.add(i)
