"""Properties that hold for any input (hypothesis): nothing raises, offsets map back, literals survive.

Each property is a claim about arbitrary text, not about our examples: normalization never raises and
maps every character back into the original; numbers we write in Chinese are read back; the whole
pipeline never raises on text it cannot make sense of; any string survives Turtle, N-Triples and
JSON-LD and re-import.
"""

from __future__ import annotations

import json
from decimal import Context, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from policy_graph.build import process_source
from policy_graph.errors import SourceError
from policy_graph.export import export
from policy_graph.extract.numbers import canonical, find_quantities, parse_number
from policy_graph.mapping import graph_of
from policy_graph.namespaces import OA, PG, RDF
from policy_graph.normalize import normalize_text
from policy_graph.read import Source
from policy_graph.turtle import serialize

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
TEXTISH = st.one_of(
    CJK,
    st.sampled_from(list("0123456789.,，。；：、（）()“”《》〈〉万亿元人%个家年月日以上余近约累计分别其中比上年增长较提高下降")),
    st.sampled_from(list(" \n\r\t\u3000")),
    st.sampled_from(list("區(qū)養(yǎng)農(nóng)")),
    st.characters(blacklist_categories=("Cs",)),
)
TEXT = st.text(TEXTISH, max_size=300)
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@given(TEXT, st.integers(min_value=0, max_value=1000))
@settings(max_examples=300, deadline=None)
def test_normalization_never_raises_and_maps_back(text: str, base: int) -> None:
    normalized = normalize_text(text, base=base)
    assert len(normalized.starts) == len(normalized.ends) == len(normalized.text)
    previous = base
    for i in range(len(normalized.text)):
        start, end = normalized.original_span(i, i + 1)
        assert base <= start < end <= base + len(text)
        assert start >= previous  # the map keeps the original order
        previous = start
    if normalized.text:
        start, end = normalized.original_span(0, len(normalized.text))
        assert text[start - base:end - base]  # a whole span is a non-empty slice of the original


_DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """An integer below 10^8 in Chinese numerals, the way documents write them (一万二千三百零五)."""
    def below_10000(m: int) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = m // value % 10
            if digit:
                out += ("零" if zero and out else "") + _DIGITS[digit] + unit
                zero = False
            elif out:
                zero = True
        return out
    if n == 0:
        return "零"
    high, low = divmod(n, 10000)
    text = below_10000(high) + "万" if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + below_10000(low)
    return text


@given(st.integers(min_value=0, max_value=99_999_999))
@settings(max_examples=400)
def test_chinese_numerals_round_trip(n: int) -> None:
    assert parse_number(chinese(n)) == Decimal(n)
    assert parse_number(f"{n:,}") == Decimal(n)


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["万人", "亿元", "元", "人次", "%", "家", "张"]))
def test_quantities_round_trip(value: Decimal, unit: str) -> None:
    written = f"共有{value}{unit}。"
    found = list(find_quantities(written))
    assert len(found) == 1
    magnitude = {"万人": 10_000, "亿元": 100_000_000}.get(unit, 1)
    assert found[0].value == value * magnitude


def _canonical_the_long_way(value: Decimal) -> Decimal:
    context = Context(prec=max(28, len(value.as_tuple().digits), value.adjusted() + 1))
    normalized = value.normalize(context)
    if normalized == normalized.to_integral_value(context=context):
        return normalized.quantize(Decimal(1), context=context)
    return normalized


@given(st.decimals(allow_nan=False, allow_infinity=False), st.sampled_from([1, 10, 1000, 10_000, 10**8, 10**12]))
@settings(max_examples=400)
def test_canonical_numbers_are_what_normalizing_gives(value: Decimal, scale: int) -> None:
    """canonical() returns most numbers as they are, on a cheap look at them: the same as the long way."""
    for number in (value, value * scale, value / scale):
        found = canonical(number)
        assert repr(found) == repr(_canonical_the_long_way(number))
        assert found == number and not format(found, "f").endswith(".0")


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_quantity_finder_never_raises(text: str) -> None:
    for quantity in find_quantities(text):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start:quantity.end] == quantity.text


@given(TEXT)
@SLOW
def test_the_pipeline_never_raises_on_arbitrary_text(text: str) -> None:
    try:
        source = Source.from_bytes(text.encode("utf-8"), name="fuzz.txt")
    except SourceError:
        return  # empty, binary-looking or chrome only: refused with a clear error, which is fine
    resolved, triples = process_source(source)
    graph = graph_of(triples)
    for obs in resolved.facts.observations:
        assert obs.evidence.start < obs.evidence.end
    for span in graph.subjects(RDF.type, PG.TextSpan):
        start, end = int(graph.value(span, PG.start)), int(graph.value(span, PG.end))  # type: ignore[arg-type]
        assert source.text[start:end] == str(graph.value(span, OA.exact))
    assert len(graph) > 0


LITERAL_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(LITERAL_TEXT, st.sampled_from([None, "zh-Hans", "en"]))
@settings(max_examples=200, deadline=None)
def test_any_string_survives_every_rdf_export(value: str, lang: str | None) -> None:
    graph = Graph()
    subject = URIRef("https://w3id.org/policy-graph/id/span/x-1-2")
    literal = Literal(value, lang=lang)
    graph.add((subject, URIRef("http://www.w3.org/ns/oa#exact"), literal))
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")):
        data = export(graph, fmt).decode("utf-8")
        back = Graph().parse(data=data, format=parser)
        found = list(back.objects(subject, URIRef("http://www.w3.org/ns/oa#exact")))
        assert [str(x) for x in found] == [value], (fmt, data)
        if lang:
            assert found[0].language and found[0].language.lower() == lang.lower()
    if lang is None:
        json.loads(export(graph, "jsonld"))


def test_a_lone_surrogate_is_refused_cleanly() -> None:
    subject = URIRef("https://w3id.org/policy-graph/id/span/x-1-2")
    triples = [(subject, URIRef("http://www.w3.org/ns/oa#exact"), Literal("bad \ud800 text"))]
    with pytest.raises(ValueError, match="surrogate"):
        serialize(triples, {})
