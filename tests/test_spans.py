"""Provenance spans point into the original bytes of the founding article, and the traps stay out of the graph.

The original text is the founding file decoded as UTF-8, as received: traditional script, the pinyin
artifacts of a script-conversion tool ("區(qū)") and the web-page chrome at its end.  Every ``pg:TextSpan``
quotes ``original_text[start:end]`` exactly.  The traps are those of competency-questions.md: the hotline
number 12349, years, the ordinal 第十次, "三条底线" and the page chrome must not become observations.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from policy_graph.build import build_graph

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "data" / "sources" / "000_26f0a640244b8524.txt"
PG = Namespace("https://w3id.org/policy-graph/def#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
CHINESE_DIGITS = "零一二三四五六七八九十两兩"


@pytest.fixture(scope="module")
def original() -> str:
    text = FOUNDING.read_bytes().decode("utf-8")
    assert "內蒙古自治區(qū)" in text  # the original, not a normalized copy
    return text


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph([FOUNDING]).graph


def _int(graph: Graph, node: Node, prop: URIRef) -> int:
    value = graph.value(node, prop)
    assert isinstance(value, Literal), f"{node} has no {prop}"
    number = value.toPython()
    assert isinstance(number, int), f"{node} {prop} is {value!r}, not an integer"
    return number


def _spans(graph: Graph) -> list[Node]:
    spans = sorted(graph.subjects(RDF.type, PG.TextSpan))
    assert len(spans) > 50
    return spans


def _observations(graph: Graph, status: str | None = None) -> list[Node]:
    found = sorted(graph.subjects(RDF.type, PG.Observation))
    if status is not None:
        found = [o for o in found if str(graph.value(o, PG.status)).endswith(f"/{status}")]
    return found


def _obs_spans(graph: Graph, obs: Node) -> list[Node]:
    return [s for s in graph.objects(obs, PROV.wasDerivedFrom) if (s, RDF.type, PG.TextSpan) in graph]


def test_every_span_quotes_the_original_text(graph: Graph, original: str) -> None:
    wrong = []
    for span in _spans(graph):
        start, end = _int(graph, span, PG.start), _int(graph, span, PG.end)
        assert 0 <= start < end <= len(original), f"{span}: bad offsets [{start}, {end})"
        exact = str(graph.value(span, OA.exact))
        if exact != original[start:end]:
            wrong.append(f"{span}: oa:exact {exact!r} but the text at [{start}, {end}) is {original[start:end]!r}")
    assert not wrong, "\n".join(wrong[:20])


def test_every_span_names_the_source_by_its_sha256(graph: Graph) -> None:
    digest = hashlib.sha256(FOUNDING.read_bytes()).hexdigest()
    sources = set(graph.subjects(RDF.type, PG.SourceText))
    assert len(sources) == 1
    (source,) = sources
    assert str(graph.value(source, PG.sha256)) == digest
    for span in _spans(graph):
        assert graph.value(span, PG.source) == source, f"{span} points to {graph.value(span, PG.source)}"


def test_every_reported_observation_has_a_span(graph: Graph) -> None:
    reported = _observations(graph, "reported")
    assert len(reported) >= 34
    missing = [str(o) for o in reported if not _obs_spans(graph, o)]
    assert not missing, f"reported observations without a TextSpan: {missing}"


def _renderings(value: Decimal) -> set[str]:
    """How a number may be written: 397000 as 397000, 39.7(万) or 0.00397(亿); small integers also in Chinese."""
    forms = set()
    for scale in (0, 3, 4, 8):
        scaled = (value / Decimal(10) ** scale).normalize()
        forms.add(format(scaled, "f"))
    if value == value.to_integral_value() and 0 <= value <= 10:
        forms.add(CHINESE_DIGITS[int(value)])
    return forms


def test_every_reported_quote_holds_its_number(graph: Graph) -> None:
    bad = []
    for obs in _observations(graph, "reported"):
        value = graph.value(obs, PG.value)
        assert isinstance(value, Literal)
        number = Decimal(str(value))
        for span in _obs_spans(graph, obs):
            quote = str(graph.value(span, OA.exact))
            assert any(ch.isdigit() or ch in CHINESE_DIGITS for ch in quote), f"{obs}: no number in {quote!r}"
            if not any(form in quote for form in _renderings(number)):
                bad.append(f"{obs}: value {number} is not written in its quote {quote!r}")
    assert not bad, "\n".join(bad)


def test_every_observation_span_lies_in_its_sentence(graph: Graph, original: str) -> None:
    checked = 0
    for obs in _observations(graph):
        for span in _obs_spans(graph, obs):
            sentence = graph.value(span, PG.sentence)
            assert sentence is not None, f"{span} (of {obs}) has no pg:sentence"
            assert (sentence, RDF.type, PG.TextSpan) in graph
            assert graph.value(sentence, PG.source) == graph.value(span, PG.source)
            s_start, s_end = _int(graph, sentence, PG.start), _int(graph, sentence, PG.end)
            start, end = _int(graph, span, PG.start), _int(graph, span, PG.end)
            assert s_start <= start < end <= s_end, f"{span} [{start}, {end}) is outside [{s_start}, {s_end})"
            assert str(graph.value(span, OA.exact)) in str(graph.value(sentence, OA.exact))
            checked += 1
    assert checked >= 34


def test_every_sentence_link_contains_its_span(graph: Graph) -> None:
    links = list(graph.subject_objects(PG.sentence))
    assert links
    for span, sentence in links:
        assert _int(graph, sentence, PG.start) <= _int(graph, span, PG.start)
        assert _int(graph, span, PG.end) <= _int(graph, sentence, PG.end)


@pytest.mark.parametrize("value", [12349, 2013, 2014, 2018])
def test_trap_numbers_are_not_observations(value: int, graph: Graph) -> None:
    hits = [str(o) for o in _observations(graph) if Decimal(str(graph.value(o, PG.value))) == value]
    assert not hits, f"{value} became an observation: {hits}"


@pytest.mark.parametrize("trap", ["12349", "第十次", "三條底線"])
def test_trap_phrases_are_not_quoted_by_observations(trap: str, graph: Graph, original: str) -> None:
    where = original.find(trap)
    assert where >= 0, f"{trap} is not in the founding text"
    trap_end = where + len(trap)
    for obs in _observations(graph):
        for span in _obs_spans(graph, obs):
            start, end = _int(graph, span, PG.start), _int(graph, span, PG.end)
            assert end <= where or start >= trap_end, f"{obs} is drawn from the trap {trap!r}"


def test_the_ordinal_tenth_is_not_a_count(graph: Graph) -> None:
    quotes = [str(graph.value(span, OA.exact)) for obs in _observations(graph)
              if Decimal(str(graph.value(obs, PG.value))) == 10 for span in _obs_spans(graph, obs)]
    assert any("10項措施" in q for q in quotes), f"the 10 measures of CQ12 are missing: {quotes}"
    assert not [q for q in quotes if "第十次" in q], f"第十次 became a count of 10: {quotes}"


def test_no_span_reaches_the_page_chrome(graph: Graph, original: str) -> None:
    chrome = original.index("掃一掃")
    assert original[chrome:].startswith("掃一掃在手機端打開當前頁")
    late = [f"{s} ends at {_int(graph, s, PG.end)}" for s in _spans(graph) if _int(graph, s, PG.end) > chrome]
    assert not late, f"spans reach into the page chrome at {chrome}: {late}"
