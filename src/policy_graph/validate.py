"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pySHACL), with readable violations.

The data is validated together with the ontology, so that ``sh:class`` sees the
types of the SKOS concepts (units, themes, levels ...) the data points at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.term import Node

from .namespaces import PREFIXES, SH
from .resources import shapes_path
from .store import ONTOLOGY_GRAPH, load_ontology, triples

__all__ = ["Report", "Violation", "validate"]


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str
    value: str
    severity: str

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus} {self.path}: {self.message}{value}"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def _short(node: Node | None) -> str:
    if node is None:
        return ""
    text = str(node)
    if isinstance(node, URIRef):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if text.startswith(str(namespace)):
                return f"{prefix}:{text[len(str(namespace)):]}"
        return f"<{text}>"
    return text if len(text) <= 80 else text[:77] + "..."


def validate(data: Graph, *, include_ontology: bool = True) -> Report:
    """Validate ``data`` (plus the ontology) against the shapes; return a :class:`Report`."""
    import pyshacl

    shapes = Graph(bind_namespaces="none")
    shapes.parse(shapes_path(), format="turtle")
    graph = Graph(bind_namespaces="none")  # a plain copy: pySHACL is slow through store plugins
    for triple in triples(data, exclude=frozenset({ONTOLOGY_GRAPH})):
        graph.add(triple)
    if include_ontology:
        load_ontology(graph)
    conforms, results, _text = pyshacl.validate(data_graph=graph, shacl_graph=shapes, inference="none",
                                                advanced=True, allow_warnings=True)
    violations = []
    for result in results.subjects(predicate=URIRef(str(SH) + "focusNode")):
        def get(name: str, subject: Node = result) -> Node | None:
            value: Node | None = results.value(subject, URIRef(str(SH) + name))
            return value
        violations.append(Violation(
            focus=_short(get("focusNode")), path=_short(get("resultPath")),
            message=str(get("resultMessage") or ""), value=_short(get("value")),
            severity=_short(get("resultSeverity")).replace("sh:", "")))
    return Report(conforms=bool(conforms), violations=sorted(violations))
