"""A build's sources travel as N-Triples documents: they read back as the same terms, and the Turtle written
from them is byte for byte the Turtle written from rdflib terms or from an Oxigraph store."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from policy_graph.build import build_graph
from policy_graph.export import TURTLE_PREFIXES, _from_oxigraph
from policy_graph.mapping import Triple
from policy_graph.ntriples import Reader, document, lines, literal, term, with_graph
from policy_graph.turtle import serialize, serialize_ntriples, serialize_store

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for p in (ROOT / "tests" / "dev").glob("*/source.*") if ".utf8." not in p.name)

# Ill-typed literals ("abc" as xsd:double) are generated on purpose: rdflib's warning about writing them is expected
pytestmark = pytest.mark.filterwarnings("ignore:Serializing weird numerical:UserWarning")

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
IRIS = st.sampled_from(["https://w3id.org/policy-graph/id/region/150000", "https://w3id.org/policy-graph/def#value",
                        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "urn:x:街道", "urn:a", "urn:b/c-d_e",
                        "http://example.org/x#y.z"]).map(URIRef)
LITERALS = st.one_of(
    TEXT.map(Literal),
    st.tuples(TEXT, st.sampled_from(["zh-Hans", "en", "zh-hant-tw", "EN-gb"])).map(lambda t: Literal(t[0], lang=t[1])),
    st.integers(-10**30, 10**30).map(Literal),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(Literal),
    st.sampled_from(["007", "+5", "1.50", "-0.0", ".5", "abc", "1e3", "2020-01-01"]).flatmap(
        lambda lexical: st.sampled_from([XSD.integer, XSD.decimal, XSD.double, XSD.date, XSD.gYear]).map(
            lambda dt: Literal(lexical, datatype=dt))),
    st.sampled_from(['a "quoted" \\u0041 text', "two\nlines\ttab\r\x01\x7f", "back\\slash", "", "\\U0001F600"]).map(
        Literal),
)
NODES = st.one_of(IRIS, st.sampled_from([BNode("b1"), BNode("x2")]))
TRIPLES = st.sets(st.tuples(NODES, IRIS, st.one_of(NODES, LITERALS)), max_size=25)
# A store renames blank nodes and writes numbers in canonical form (0.000 as 0): neither is in a build's output
STORE_LITERALS = st.one_of(LITERALS.filter(lambda x: x.datatype not in (XSD.decimal, XSD.integer)),
                           st.integers(-10**30, 10**30).map(Literal))
NAMED_TRIPLES = st.sets(st.tuples(IRIS, IRIS, st.one_of(IRIS, STORE_LITERALS)), max_size=25)


@given(TRIPLES, TRIPLES)
@settings(max_examples=300, deadline=None)
def test_documents_read_back_and_give_the_same_turtle(one: set[Triple], two: set[Triple]) -> None:
    first, second = document(one), document(two)
    assert set(Reader().triples(first)) == one
    assert len(lines(first)) == len(one)
    written = serialize_ntriples([first, second], TURTLE_PREFIXES)
    assert written == serialize(one | two, TURTLE_PREFIXES)  # shared triples written once
    back = Graph().parse(data=written, format="turtle")  # and read back as the same graph, by another parser
    assert isomorphic(_graph(back), _graph(one | two))


def _graph(found: Iterable[Triple]) -> Graph:
    """The triples as a graph, with what Turtle may write another way made the same: language tags in one case
    (the writer puts them in BCP 47's: zh-Hant-TW), decimals by value (7 is written 7.0)."""
    graph = Graph()
    for s, p, o in found:
        if isinstance(o, Literal) and o.language:
            o = Literal(str(o), lang=o.language.lower())
        elif isinstance(o, Literal) and o.datatype == XSD.decimal and isinstance(o.value, Decimal):
            o = Literal(format(o.value.normalize(), "f"), datatype=XSD.decimal)
        graph.add((s, p, o))
    return graph


@given(NAMED_TRIPLES)
@settings(max_examples=100, deadline=None)
def test_a_store_loaded_from_documents_gives_the_same_turtle(found: set[Triple]) -> None:
    store = pyoxigraph.Store()
    name = URIRef("urn:graph")
    store.bulk_load(with_graph(document(found), name), format=pyoxigraph.RdfFormat.N_QUADS)
    written = serialize_store(store, [pyoxigraph.NamedNode(str(name))], TURTLE_PREFIXES, exact=_from_oxigraph)
    assert written == serialize(found, TURTLE_PREFIXES)


def test_a_build_writes_the_same_turtle_from_its_documents_as_from_rdflib_terms() -> None:
    result = build_graph(SOURCES)
    assert len(result.parts) == len(SOURCES) >= 5
    assert serialize_ntriples(result.parts.values(), TURTLE_PREFIXES) == serialize(result.triples(), TURTLE_PREFIXES)
    assert {line for line in result.lines()} == {line for part in result.parts.values() for line in lines(part)}
    assert len(result.lines()) == len(result.triples())


@pytest.mark.parametrize("bad", [b"<urn:s> <urn:p> <urn:o> .", b"<urn:s> <urn:p> .\n", b"<urn:s> <urn:p> nope .\n",
                                 b'<urn:s> <urn:p> "x\\q" .\n'])
def test_a_malformed_document_is_refused(bad: bytes) -> None:
    with pytest.raises(ValueError):
        list(Reader().triples(bad))


def test_a_lone_surrogate_is_refused_cleanly() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        document([(URIRef("urn:s"), URIRef("urn:p"), Literal("bad \ud800 text"))])


def test_a_build_result_refuses_triples_that_are_not_a_document() -> None:
    from policy_graph.build import BuildResult, SourceSummary

    summary = SourceSummary("a.txt", "0123456789abcdef", "utf-8", 0, 0, 0, ())
    with pytest.raises(TypeError, match="N-Triples document"):
        BuildResult().add(summary, frozenset({(URIRef("urn:s"), URIRef("urn:p"), Literal("x"))}))  # type: ignore[arg-type]
    result = BuildResult()
    result.add(summary, document({(URIRef("urn:s"), URIRef("urn:p"), Literal("x"))}))
    assert result.triples() == {(URIRef("urn:s"), URIRef("urn:p"), Literal("x"))}


KEYS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)


@given(KEYS, st.sampled_from(["doc", "span", "unit", "region", "sum-check"]))
@settings(max_examples=300, deadline=None)
def test_the_mapping_writes_iris_as_rdflib_would(key: str, kind: str) -> None:
    from urllib.parse import quote

    from policy_graph.namespaces import ID, minted

    safe = key.replace("/", "-per-", 1).replace("/", "-") if kind == "unit" else key
    assert minted(kind, key) == f"{ID}{kind}/{quote(safe, safe='-._~')}"  # the unencoded fast path included
    assert term(URIRef(minted(kind, key))) == f"<{minted(kind, key)}>"  # nothing left for N-Triples to escape


@given(TEXT, st.sampled_from([None, "zh-Hans", "en-gb"]), st.sampled_from([None, XSD.gYear, XSD.decimal]))
@settings(max_examples=300, deadline=None)
def test_literals_written_without_rdflib_are_written_as_rdflib_terms_are(
        lexical: str, language: str | None, datatype: URIRef | None) -> None:
    if language is not None:
        datatype = None
    # literal() writes the lexical form it is given; rdflib would rewrite a well-formed but non-canonical one
    # ("00" as xsd:decimal becomes "0"), so the comparison is with the term rdflib keeps as given.
    node = Literal(lexical, lang=language, datatype=datatype, normalize=False)
    assert literal(lexical, None if datatype is None else term(datatype), language) == term(node)
    if datatype is None:
        assert Reader().term(literal(lexical, language=language)) == node


@given(st.decimals(allow_nan=False, allow_infinity=False),
       st.dates().map(lambda d: d.isoformat()).flatmap(lambda d: st.sampled_from([d[:4], d[:7], d])))
@settings(max_examples=300, deadline=None)
def test_the_mappings_typed_literals_are_already_in_rdflibs_canonical_form(value: Decimal, period: str) -> None:
    """What the mapping writes by hand is what rdflib, normalizing, would write for the same value."""
    from policy_graph.mapping import _decimal, period_literal

    assert _decimal(value) == term(Literal(value))
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(period), XSD.date)
    assert period_literal(period) == term(Literal(period, datatype=datatype))
