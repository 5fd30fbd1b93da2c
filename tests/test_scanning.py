"""The period pattern is tried only where one of its alternatives can begin: the same matches as a plain search,
on real texts and on text made of the pattern's own characters (a new alternative with a new first character
fails here until ``_PERIOD_STARTS`` has it too)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from policy_graph.extract.clauses import _PERIOD, _PERIOD_STARTS
from policy_graph.extract.scanning import finditer_at

ROOT = Path(__file__).resolve().parents[1]
# every character the pattern names, digits, and a few that are not in it
ALPHABET = sorted({ch for ch in _PERIOD.pattern if ord(ch) > 127} | set("0123456789 年月底末以来全市共") | {"\u3000"})


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


@given(st.text(st.sampled_from(ALPHABET), max_size=60))
@settings(max_examples=3000, deadline=None)
def test_periods_found_where_they_can_begin_are_all_the_periods(text: str) -> None:
    assert _spans(finditer_at(_PERIOD, _PERIOD_STARTS, text)) == _spans(_PERIOD.finditer(text))


def test_the_same_periods_in_the_test_texts() -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(ROOT.glob("tests/*/*/source*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "sources").glob("*.txt"))]
    assert len(texts) > 10
    for text in texts:
        assert _spans(finditer_at(_PERIOD, _PERIOD_STARTS, text)) == _spans(_PERIOD.finditer(text))


def test_every_alternative_of_the_pattern_starts_with_a_character_the_starts_know() -> None:
    """A literal first character of each top-level alternative of the period pattern is one ``_PERIOD_STARTS``
    matches (a coarse guard that needs no regex parser: alternatives that begin with a group are skipped)."""
    body = _PERIOD.pattern
    firsts = [m.group(1) for m in re.finditer(r"(?:^|\|)\(\?P<\w+>([^\\(\[?|])", body)]
    assert firsts, "the guard found no alternative to check"
    for ch in firsts:
        assert _PERIOD_STARTS.match(ch), ch
