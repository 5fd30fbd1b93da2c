"""Oxigraph terms made into rdflib terms directly are the objects rdflib's own constructors make."""

from __future__ import annotations

import pyoxigraph
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from policy_graph.terms import XSD_DECIMAL, XSD_INTEGER, XSD_STRING, OxigraphTerms


def _same(made: object, expected: object) -> None:  # equal, and alike in every slot rdflib sets
    assert type(made) is type(expected)
    assert str(made) == str(expected)
    assert made == expected and hash(made) == hash(expected)
    if isinstance(expected, Literal):
        assert isinstance(made, Literal)
        for slot in ("_language", "_datatype", "_value", "_ill_typed"):
            assert getattr(made, slot) == getattr(expected, slot), slot
            assert type(getattr(made, slot)) is type(getattr(expected, slot)), slot


def _typed(lexical: str, datatype: str) -> None:
    term = pyoxigraph.Literal(lexical, datatype=pyoxigraph.NamedNode(datatype))
    _same(OxigraphTerms().convert(term), Literal(term.value, datatype=URIRef(datatype)))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_strings(text: str) -> None:
    _typed(text, XSD_STRING)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["zh-Hans", "zh", "en", "zh-Hant-HK", "de-CH-1996"]))
def test_language_tagged_strings(text: str, language: str) -> None:
    term = pyoxigraph.Literal(text, language=language)
    _same(OxigraphTerms().convert(term), Literal(term.value, lang=term.language))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-10**30, max_value=10**30), st.sampled_from(["", "+", "0", "00"]))
def test_integers_canonical_or_not(number: int, prefix: str) -> None:
    lexical = (prefix + str(number)) if number >= 0 else str(number)  # (+5, 005: rdflib writes them again)
    _typed(lexical, XSD_INTEGER)


@settings(max_examples=300, deadline=None)
@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**12, max_value=10**12),
       st.sampled_from(["{:f}", "{:.2f}", "{:.0f}", "{:.6f}"]))
def test_decimals(number: object, pattern: str) -> None:
    _typed(pattern.format(number), XSD_DECIMAL)


def test_decimal_lexical_forms_beside_the_canonical_one() -> None:
    for lexical in ("462.50", "462.5", ".5", "5.", "-0.0", "+3.10", "0007.20", "1E3", "12,5"):
        _typed(lexical, XSD_DECIMAL)


def test_iris_other_datatypes_and_blank_nodes() -> None:
    terms = OxigraphTerms()
    _same(terms.convert(pyoxigraph.NamedNode("https://w3id.org/policy-graph/id/region/150000")),
          URIRef("https://w3id.org/policy-graph/id/region/150000"))
    for lexical, datatype in (("2025-09", "http://www.w3.org/2001/XMLSchema#gYearMonth"),
                              ("2025", "http://www.w3.org/2001/XMLSchema#gYear"),
                              ("true", "http://www.w3.org/2001/XMLSchema#boolean"),
                              ("2025-07-29", "http://www.w3.org/2001/XMLSchema#date")):
        _typed(lexical, datatype)
    blank = terms.convert(pyoxigraph.BlankNode("b1"))
    assert str(blank) == "b1"
