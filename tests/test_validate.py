"""The validator's two engines (pySHACL for SHACL Core, Oxigraph for the SPARQL-based constraints) and its
batched form give the same results as pySHACL alone on the whole graph."""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SH, XSD

from policy_graph.build import build_graph
from policy_graph.mapping import Triple
from policy_graph.namespaces import PG, mint
from policy_graph.ntriples import Reader, document
from policy_graph.resources import ontology_path, shapes_path
from policy_graph.validate import Violation, _short, severity_name, validate, validate_parts

EXAMPLES = Path(__file__).resolve().parent / "shapes"
CASES = sorted((EXAMPLES / "valid").glob("*.ttl")) + sorted((EXAMPLES / "invalid").glob("*.ttl"))


def _pyshacl_alone(data: Graph) -> set[Violation]:
    shapes = Graph().parse(shapes_path(), format="turtle")
    _conforms, results, _text = pyshacl.validate(data + Graph().parse(ontology_path(), format="turtle"),
                                                 shacl_graph=shapes, inference="none", advanced=True,
                                                 allow_warnings=True)
    return {Violation(focus=_short(results.value(r, SH.focusNode)), path=_short(results.value(r, SH.resultPath)),
                      message=str(results.value(r, SH.resultMessage) or ""),
                      value=_short(results.value(r, SH.value)),
                      severity=severity_name(results.value(r, SH.resultSeverity)))
            for r in results.subjects(SH.focusNode, None)}


@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_same_results_as_pyshacl_alone(case: Path) -> None:
    data = Graph().parse(EXAMPLES / "common.ttl").parse(case)
    expected = _pyshacl_alone(data)
    report = validate(data)
    assert set(report.violations) == expected
    assert report.conforms == (case.parent.name == "valid")


def test_the_sparql_constraints_are_checked(tmp_path: Path) -> None:
    """Text spans whose end is not after their start, or whose quote has the wrong length: both found by
    the Oxigraph side (pySHACL gets no SPARQL constraints)."""
    data = Graph().parse(EXAMPLES / "common.ttl")
    spans = sorted(data.subjects(RDF.type, PG.TextSpan), key=str)
    assert len(spans) >= 1
    span = spans[0]
    data.set((span, PG.end, data.value(span, PG.start)))
    report = validate(data)
    assert not report.conforms
    assert {v.message for v in report.violations} >= {
        "The pg:end of a text span must be greater than its pg:start."}
    assert report.violations == sorted(_pyshacl_alone(data))


def _document(issued: str, source: str) -> set[Triple]:
    """A cited document as one source describes it (with the span it is cited at)."""
    doc, span = mint("doc", "某某办法"), mint("span", f"{source}-0-4")
    text = mint("source", source)
    return {
        (doc, RDF.type, PG.PolicyDocument), (doc, DCTERMS.title, Literal("某某办法", lang="zh-Hans")),
        (doc, PG.documentType, mint("doctype", "measures")), (doc, PG.mentionedAt, span),
        (doc, DCTERMS.issued, Literal(issued, datatype=XSD.gYear)),
        (span, RDF.type, PG.TextSpan), (span, PG.source, text), (span, PG.start, Literal(0)),
        (span, PG.end, Literal(4)), (span, PG.rule, Literal("title")),
        (span, URIRef("http://www.w3.org/ns/oa#exact"), Literal("《某某办法》"[:4])),
        (text, RDF.type, PG.SourceText), (text, PG.fileName, Literal(f"{source}.txt")),
        (text, PG.sha256, Literal("0" * 64)), (text, PG.encoding, Literal("utf-8")),
    }


def test_batches_find_a_conflict_between_sources() -> None:
    """Two sources each give a consistent account of a document, but different years of issue: each part
    conforms alone; the whole does not (at most one dcterms:issued), and neither do the batches."""
    parts = {mint("source", name): document(_document(year, name)) for name, year in (("a", "2019"), ("b", "2020"))}
    for part in parts.values():
        assert validate_parts({mint("source", "x"): part}).conforms
    whole = Graph()
    for part in parts.values():
        for triple in Reader().triples(part):
            whole.add(triple)
    expected = validate(whole)
    assert not expected.conforms
    for batch, jobs in ((1, 1), (1, 2), (10**6, 1)):  # one source per batch (in one process, in two), all in one
        report = validate_parts(parts, batch=batch, jobs=jobs)
        assert not report.conforms
        assert report.violations == expected.violations


def test_the_constraint_lookup_is_the_same_and_put_back() -> None:
    """pySHACL's parameter list is searched through a set during a validation only: the same members, the same
    answers for any term, and pySHACL's own value back afterwards."""
    import pyshacl.shape as shape_module
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS

    from policy_graph.validate import constraint_lookup_by_set

    before = getattr(shape_module, "CONSTRAINT_PARAMS", None)
    with constraint_lookup_by_set():
        inside = shape_module.CONSTRAINT_PARAMS  # type: ignore[attr-defined]
        assert list(inside[0]) == list(ALL_CONSTRAINT_PARAMETERS)
        for term in [*ALL_CONSTRAINT_PARAMETERS, SH.targetClass, Literal(str(SH.minCount)), URIRef(str(SH.minCount))]:
            assert (term in inside[0]) == (term in ALL_CONSTRAINT_PARAMETERS)
    assert getattr(shape_module, "CONSTRAINT_PARAMS", None) == before


def test_every_dev_source_gives_a_graph_that_conforms() -> None:
    # a build writes nothing if its graph breaks a shape: every real text of the dev set must give one that keeps them
    # (policy Q&A pages once linked figures to 《通知》, the short name of a notice, not to the notice)
    dev = Path(__file__).resolve().parent / "dev"
    files = sorted(p for p in dev.glob("*/source.*") if ".utf8." not in p.name)
    result = build_graph(files, jobs=2)
    report = validate_parts(result.parts, jobs=2)
    assert report.conforms, [str(v) for v in report.violations[:5]]
