"""Word boundaries computed from jieba's dictionary are where jieba's own tokenizer cuts."""

from __future__ import annotations

import logging
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_graph.extract.words import word_boundaries
from policy_graph.read import read_source

ROOT = Path(__file__).resolve().parents[1]
jieba.setLogLevel(logging.WARNING)


def jieba_cuts(text: str) -> frozenset[int]:
    cuts = {0, len(text)}
    for _word, start, end in jieba.tokenize(text, HMM=False):
        cuts.update((start, end))
    return frozenset(cuts)


# Characters of region names, policy words, ASCII letters and digits (jieba keeps runs of single ones together),
# the other characters its dictionary blocks take (+#&._%-), spaces, "\r\n" and punctuation outside blocks.
ALPHABET = ("基金安全河南黄岸包头开展省市县区旗盟民政低保城乡养老服务中心社会救助儿童福利"
            "AbZ019+#&._%- \r\n\t，。（）“”·、")


@given(st.text(st.sampled_from(ALPHABET), max_size=40))
@settings(max_examples=500, deadline=None)
def test_cuts_are_jiebas_on_any_mix_of_characters(text: str) -> None:
    assert word_boundaries.__wrapped__(text) == jieba_cuts(text)


def _phrases() -> list[str]:
    paths = [p for d in ("tests/dev", "tests/heldout") for p in sorted((ROOT / d).glob("*/source.*"))
             if ".utf8." not in p.name]
    texts = [read_source(p).text for p in paths + sorted((ROOT / "data" / "sources").glob("*.txt"))]
    return [text[i:i + 30] for text in texts for i in range(0, len(text), 23)]


def test_cuts_are_jiebas_on_the_project_texts() -> None:
    phrases = _phrases()
    assert len(phrases) > 500
    assert [p for p in phrases if word_boundaries.__wrapped__(p) != jieba_cuts(p)] == []


@pytest.mark.parametrize(("text", "cuts"), [
    ("基金安全", [0, 2, 4]),            # 金安 is not a word here: the dictionary route goes 基金|安全
    ("AB12c", [0, 5]),                # single ASCII letters and digits in a row: one token
    ("低保\r\n标准", [0, 2, 4, 6]),     # "\r\n" is one token
])
def test_known_cuts(text: str, cuts: list[int]) -> None:
    assert sorted(word_boundaries(text)) == cuts
    assert sorted(jieba_cuts(text)) == cuts
