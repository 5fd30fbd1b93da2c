"""Exports: RDF in every common syntax (Turtle deterministic), and the observations as a CSV table (the
formats: :data:`policy_graph.choices.EXPORT_FORMATS`)."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .choices import EXPORT_FORMATS
from .errors import UsageError
from .namespaces import PG, PREFIXES, SKOS, bind_prefixes
from .query import oxigraph_store, run_query
from .resources import context_path
from .store import ONTOLOGY_GRAPH, _plain, load_ontology, quads, triples
from .turtle import serialize, serialize_store

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["CSV_COLUMNS", "EXPORT_FORMATS", "export", "format_for_path", "graphml_bytes", "observations_csv",
           "rdfxml_bytes", "turtle_bytes"]

CSV_COLUMNS = ("source", "region_code", "region", "indicator", "period", "value", "unit", "baseline_period",
               "change_percent", "qualifier", "status", "quote", "start", "end")

_OBSERVATIONS = """
PREFIX pg: <https://w3id.org/policy-graph/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?obs ?file ?code ?region ?indicator ?period ?value ?unit ?base ?change ?status ?quote ?start ?end
WHERE {
  ?obs a pg:Observation ; pg:indicator ?ind ; pg:refArea ?area ; pg:refPeriod ?period ;
       pg:value ?value ; pg:unit ?u ; pg:status ?st .
  ?ind skos:prefLabel ?indicator .
  ?area pg:adminCode ?code ; rdfs:label ?region .
  ?u pg:unitCode ?unit .
  ?st skos:notation ?status .
  OPTIONAL { ?obs pg:basePeriod ?base }
  OPTIONAL { ?obs pg:changePercent ?change }
  OPTIONAL { ?obs prov:wasDerivedFrom ?span . ?span a pg:TextSpan ; oa:exact ?quote ; pg:start ?start ;
             pg:end ?end ; pg:source ?src . ?src pg:fileName ?file }
  OPTIONAL { ?obs prov:wasDerivedFrom/prov:wasDerivedFrom/pg:source/pg:fileName ?file }
}
ORDER BY ?file ?start ?obs
"""


TURTLE_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items() if prefix != "pgid"}


def turtle_bytes(graph: Graph, exclude: frozenset[URIRef] = frozenset()) -> bytes:
    """Deterministic Turtle: fixed prefixes, sorted subjects and objects (see :mod:`policy_graph.turtle`).

    The union of the graph's triples (for a dataset: of its graphs but those in ``exclude``).  An Oxigraph
    dataset (``-g file`` or a store) is read straight from Oxigraph, without an rdflib term per triple.
    """
    store = oxigraph_store(graph)
    if store is not None:
        import pyoxigraph

        skip = {str(name) for name in exclude}
        names = [pyoxigraph.DefaultGraph(), *(name for name in store.named_graphs()
                                              if not (isinstance(name, pyoxigraph.NamedNode) and name.value in skip))]
        return serialize_store(store, names, TURTLE_PREFIXES, _from_oxigraph)
    return serialize(triples(graph, exclude), TURTLE_PREFIXES)


def _from_oxigraph(literal: pyoxigraph.Literal) -> Node:
    """An Oxigraph literal as reading it through rdflib gives it (oxrdflib's conversion, then :func:`_plain`)."""
    if literal.language:
        return _plain(Literal(literal.value, lang=literal.language))
    return _plain(Literal(literal.value, datatype=URIRef(literal.datatype.value)))


def _csv_cell(value: object) -> str:
    """Numbers as written by people (397000, 45.7), not as canonical decimals (397000.0)."""
    if value is None:
        return ""
    if isinstance(value, Literal) and isinstance(value.value, Decimal):
        return format(value.value.normalize(), "f")
    return str(value)


def observations_csv(graph: Graph) -> bytes:
    """The observations table (contracts.md columns), one row per observation, UTF-8 with a header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    seen: set[str] = set()
    if next(graph.triples((None, PG.unitCode, None)), None) is None:
        graph = load_ontology(_plain_graph(graph, frozenset()))  # unit codes live in the ontology's concept scheme
    for row in run_query(graph, _OBSERVATIONS):
        cells = list(row)  # type: ignore[arg-type]
        obs = cells[0]
        if str(obs) in seen:
            continue  # an observation with several spans is listed once, at its first
        seen.add(str(obs))
        qualifiers = sorted(str(graph.value(q, SKOS.notation)) for q in graph.objects(obs, PG.qualifier))
        values = [_csv_cell(v) for v in cells[1:]]
        writer.writerow([*values[:9], ";".join(qualifiers), *values[9:]])
    return buffer.getvalue().encode("utf-8")


def _plain_graph(graph: Graph, exclude: frozenset[URIRef]) -> Graph:
    """A plain in-memory copy of ``graph`` (union of a dataset's graphs but ``exclude``), project prefixes."""
    copy = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in triples(graph, exclude):
        copy.add(triple)
    return copy


def _dataset(graph: Graph, exclude: frozenset[URIRef]) -> Dataset:
    """``graph`` as a dataset: named graphs (each source's, the ontology's, the computed relations') kept."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, name in quads(graph, exclude):
        target = dataset.graph(name) if name is not None else dataset.default_graph
        target.add((s, p, o))
    return dataset


def graphml_bytes(graph: Graph) -> bytes:
    """The graph's projection (entities and their relations, see :mod:`policy_graph.projection`) as GraphML."""
    import networkx as nx

    from .projection import project

    projected = project(graph)
    flat = nx.MultiDiGraph()
    for node, data in sorted(projected.nodes(data=True)):
        flat.add_node(node, **{k: v if isinstance(v, (str, int, float)) else json.dumps(v, ensure_ascii=False)
                               for k, v in sorted(data.items())})
    for u, v, key, data in sorted(projected.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        flat.add_edge(u, v, key=str(key), **{k: val if isinstance(val, (str, int, float)) else str(val)
                                             for k, val in sorted(data.items())})
    return "\n".join(nx.generate_graphml(flat, prettyprint=True)).encode("utf-8") + b"\n"


_SUFFIXES = {".ttl": "turtle", ".nt": "ntriples", ".trig": "trig", ".nq": "nquads", ".jsonld": "jsonld",
             ".json": "jsonld", ".rdf": "xml", ".xml": "xml", ".csv": "csv", ".graphml": "graphml"}


def format_for_path(path: Path) -> str:
    """The export format a file name asks for (``.ttl`` → turtle, ``.trig`` → trig ...)."""
    try:
        return _SUFFIXES[path.suffix.lower()]
    except KeyError:
        raise UsageError(f"cannot tell the format of '{path.name}' from its suffix", known=sorted(_SUFFIXES),
                         hint="use one of these suffixes") from None


def export(graph: Graph, fmt: str, *, include_ontology: bool = False) -> bytes:
    """``graph`` serialized as ``fmt`` (one of :data:`EXPORT_FORMATS`).

    A dataset's ontology graph is left out unless ``include_ontology``; TriG and N-Quads keep graph names.
    """
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format '{fmt}'", known=EXPORT_FORMATS)
    exclude = frozenset() if include_ontology else frozenset({ONTOLOGY_GRAPH})
    if fmt == "csv":
        return observations_csv(graph)
    if fmt in ("trig", "nquads"):
        data = _dataset(graph, exclude).serialize(format=EXPORT_FORMATS[fmt]).encode("utf-8")
        return _sorted_lines(data) if fmt == "nquads" else data
    if fmt == "graphml":
        return graphml_bytes(graph)
    if fmt == "turtle":
        return turtle_bytes(graph, exclude)  # no copy: the writer dedups the union itself
    plain = _plain_graph(graph, exclude)
    if fmt == "jsonld":
        # The published context (ontology/context.jsonld), inline: readers never need to fetch it.
        context = json.loads(context_path().read_text(encoding="utf-8"))["@context"]
        text = plain.serialize(format="json-ld", context=context, auto_compact=True)
        data = _sorted_json(json.loads(text))
        return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    if fmt == "xml":
        return rdfxml_bytes(plain)
    data = plain.serialize(format=EXPORT_FORMATS[fmt]).encode("utf-8")
    return _sorted_lines(data) if fmt == "ntriples" else data


def rdfxml_bytes(graph: Graph) -> bytes:
    """RDF/XML with subjects and their properties in sorted order (rdflib's writer follows hash order).

    Every predicate must lie in one of the project's prefixes (all of ours do); blank nodes are written
    with ``rdf:nodeID``.
    """
    namespaces = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda kv: -len(kv[0]))
    used: set[str] = set()

    def qname(iri: str) -> str:
        for ns, prefix in namespaces:
            local = iri[len(ns):]
            if iri.startswith(ns) and local and re.fullmatch(r"[A-Za-z_][\w.-]*", local):
                used.add(prefix)
                return f"{prefix}:{local}"
        raise UsageError(f"cannot write predicate <{iri}> in RDF/XML", hint="export as turtle or ntriples")

    def node_attr(node: object, about: bool) -> str:
        if isinstance(node, BNode):
            return f'rdf:nodeID="{escape(str(node), _ATTR)}"'
        return f'rdf:{"about" if about else "resource"}="{escape(str(node), _ATTR)}"'

    body: list[str] = []
    for subject in sorted(set(graph.subjects()), key=lambda n: (isinstance(n, BNode), str(n))):
        body.append(f"  <rdf:Description {node_attr(subject, True)}>")
        for _s, predicate, obj in sorted(graph.triples((subject, None, None)), key=lambda t: (str(t[1]), t[2].n3())):
            name = qname(str(predicate))
            if isinstance(obj, Literal):
                attrs = f' xml:lang="{obj.language}"' if obj.language else (
                    f' rdf:datatype="{escape(str(obj.datatype), _ATTR)}"' if obj.datatype else "")
                body.append(f"    <{name}{attrs}>{escape(str(obj))}</{name}>")
            else:
                body.append(f"    <{name} {node_attr(obj, False)}/>")
        body.append("  </rdf:Description>")
    used.add("rdf")
    header = ['<?xml version="1.0" encoding="utf-8"?>', "<rdf:RDF"]
    header += [f'   xmlns:{prefix}="{escape(str(PREFIXES[prefix]), _ATTR)}"' for prefix in sorted(used)]
    header[-1] += ">"
    return ("\n".join([*header, *body, "</rdf:RDF>"]) + "\n").encode("utf-8")


_ATTR = {'"': "&quot;"}


def _sorted_lines(data: bytes) -> bytes:
    """N-Triples / N-Quads in a fixed order (rdflib writes them in hash order, which changes per process)."""
    return b"".join(sorted(line + b"\n" for line in data.splitlines() if line.strip()))


def _sorted_json(value: Any) -> Any:
    """JSON-LD with its arrays (nodes, multiple values) in a fixed order; ``@list`` arrays keep theirs."""
    if isinstance(value, dict):
        return {key: [_sorted_json(v) for v in item] if key == "@list" and isinstance(item, list)
                else _sorted_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((_sorted_json(v) for v in value), key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value
