"""Tests for ``ontology/shapes.ttl``, driven by the example graphs under ``tests/shapes/``.

Every example is merged with ``tests/shapes/common.ttl`` (shared, valid context) and the
ontology, then validated without inference. Files in ``valid/`` must conform. Each file in
``invalid/`` names, in its header comments, the constraint it breaks::

    # expect: pg:unit sh:MinCountConstraintComponent
    # message: reported observation            (optional: part of the sh:resultMessage)

and the validation results must be exactly those (path, constraint component) pairs, so a
shape that rejects the example for another reason fails the test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "src" / "policy_graph" / "ontology"
EXAMPLES = Path(__file__).resolve().parent / "shapes"
SH = Namespace("http://www.w3.org/ns/shacl#")

CURIES = {
    "pg": "https://w3id.org/policy-graph/def#",
    "sh": str(SH),
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": str(DCTERMS),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "org": "http://www.w3.org/ns/org#",
}
EXPECT = re.compile(r"^#\s*expect:\s*(\S+)\s+(\S+)\s*$")
MESSAGE = re.compile(r"^#\s*message:\s*(.+?)\s*$")

VALID = sorted((EXAMPLES / "valid").glob("*.ttl"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.ttl"))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "policy.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def _curie(text: str) -> URIRef:
    prefix, _, local = text.partition(":")
    if prefix not in CURIES:
        raise ValueError(f"unknown prefix {prefix!r} in {text!r}; known: {', '.join(sorted(CURIES))}")
    return URIRef(CURIES[prefix] + local)


def _validate(data: Graph, ontology: Graph, shapes: Graph) -> tuple[bool, Graph]:
    conforms, report, _ = pyshacl.validate(
        data_graph=data + ontology, shacl_graph=shapes, inference="none", advanced=True
    )
    return bool(conforms), report


def _results(report: Graph) -> list[tuple[URIRef | None, URIRef | None, str]]:
    return [
        (
            report.value(result, SH.resultPath),
            report.value(result, SH.sourceConstraintComponent),
            str(report.value(result, SH.resultMessage) or ""),
        )
        for result in report.subjects(RDF.type, SH.ValidationResult)
    ]


def _example(path: Path) -> Graph:
    return Graph().parse(EXAMPLES / "common.ttl").parse(path)


# --- the shapes graph itself ------------------------------------------------------


def test_every_property_constraint_has_name_and_message(shapes: Graph) -> None:
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert (node_shape, SH.targetClass, None) in shapes, f"{node_shape} has no sh:targetClass"
        for prop in shapes.objects(node_shape, SH.property):
            path = shapes.value(prop, SH.path)
            assert shapes.value(prop, SH.name) is not None, f"{node_shape} {path}: no sh:name"
            assert shapes.value(prop, SH.message) is not None, f"{node_shape} {path}: no sh:message"
        for sparql in shapes.objects(node_shape, SH.sparql):
            assert shapes.value(sparql, SH.message) is not None, (
                f"{node_shape}: SPARQL constraint without message"
            )


def test_core_classes_have_shapes(shapes: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    pg = Namespace(CURIES["pg"])
    core = {"SourceText", "Section", "PolicyDocument", "Organization", "Region", "Program", "Indicator",
            "Observation", "TextSpan", "ConsistencyCheck", "Unit"}  # fmt: skip
    assert {pg[name] for name in core} <= targets


def test_ontology_alone_conforms(ontology: Graph, shapes: Graph) -> None:
    """The concepts of the ontology's own schemes satisfy the concept shapes."""
    conforms, report = _validate(Graph(), ontology, shapes)
    assert conforms, report.serialize(format="turtle")


def test_common_context_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, report = _validate(Graph().parse(EXAMPLES / "common.ttl"), ontology, shapes)
    assert conforms, report.serialize(format="turtle")


# --- examples ------------------------------------------------------------------------


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_conforms(ontology: Graph, shapes: Graph, path: Path) -> None:
    conforms, report = _validate(_example(path), ontology, shapes)
    assert conforms, f"{path.name} should conform:\n" + "\n".join(map(str, _results(report)))


def test_there_are_enough_examples() -> None:
    assert len(VALID) >= 2
    assert len(INVALID) >= 10


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_breaks_exactly_its_constraint(ontology: Graph, shapes: Graph, path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("# Breaks:") for line in lines), f"{path.name}: say which constraint it breaks"
    expected = {(_curie(m[1]), _curie(m[2])) for m in map(EXPECT.match, lines) if m}
    messages = [m[1] for m in map(MESSAGE.match, lines) if m]
    assert expected, f"{path.name}: no '# expect: <path> <component>' line"

    conforms, report = _validate(_example(path), ontology, shapes)
    results = _results(report)
    assert not conforms, f"{path.name} should not conform"
    found = {(rpath, component) for rpath, component, _ in results}
    assert found == expected, f"{path.name}: unexpected results {results}"
    for message in messages:
        assert any(message in text for _, _, text in results), (
            f"{path.name}: no message containing {message!r}"
        )
