"""Exports: RDF in every common syntax (Turtle deterministic), and the observations as a CSV table.

>>> sorted(EXPORT_FORMATS)
['csv', 'jsonld', 'nquads', 'ntriples', 'trig', 'turtle', 'xml']
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef

from .errors import UsageError
from .namespaces import ID, PG, PREFIXES, SKOS, bind_prefixes
from .query import run_query
from .store import load_ontology

__all__ = ["CSV_COLUMNS", "EXPORT_FORMATS", "export", "observations_csv", "turtle_bytes"]

CSV_COLUMNS = ("source", "region_code", "region", "indicator", "period", "value", "unit", "baseline_period",
               "change_percent", "qualifier", "status", "quote", "start", "end")
EXPORT_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads",
                  "xml": "xml", "csv": "csv"}

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


def turtle_bytes(graph: Graph) -> bytes:
    """Deterministic Turtle: fixed prefixes, sorted subjects and objects, no blank nodes to rename."""
    out = Graph(bind_namespaces="none")
    bind_prefixes(out)
    for triple in graph:
        out.add(triple)
    return out.serialize(format="turtle").encode("utf-8")


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
        graph = load_ontology(graph + Graph())  # unit codes live in the ontology's concept scheme
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


def _dataset(graph: Graph) -> Dataset:
    """The graph as a dataset: each source's facts in ``…/graph/source/<key>`` is the next step; for now
    everything sits in one named graph, ``…/graph/main``, so TriG and N-Quads keep a graph name."""
    dataset = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    named = dataset.graph(URIRef(str(ID) + "graph/main"))
    for triple in graph:
        named.add(triple)
    return dataset


def export(graph: Graph, fmt: str) -> bytes:
    """``graph`` serialized as ``fmt`` (one of :data:`EXPORT_FORMATS`)."""
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format '{fmt}'", known=EXPORT_FORMATS)
    if fmt == "csv":
        return observations_csv(graph)
    if fmt == "turtle":
        return turtle_bytes(graph)
    if fmt in ("trig", "nquads"):
        return _dataset(graph).serialize(format=EXPORT_FORMATS[fmt]).encode("utf-8")
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}
        text = graph.serialize(format="json-ld", context=context, auto_compact=True)
        return (json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    copy = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in graph:
        copy.add(triple)
    return copy.serialize(format=EXPORT_FORMATS[fmt]).encode("utf-8")
