"""Project the RDF graph onto a :class:`networkx.MultiDiGraph` for analysis and the view.

Nodes are the resources typed with a core class (sources, documents, organizations, regions,
programs, indicators, observations, themes), keyed by IRI.  Literals and SKOS values (units,
levels, qualifiers, document types) become ``facts`` of their node; text spans become ``quotes``.
Edges are the object properties between two nodes, keyed by predicate IRI and labelled with the
predicate's zh-Hans and en labels (from the ontology when it is loaded), so the region hierarchy
(``pg:partOf``), document chains (``pg:implements``) and program–region–theme links
(``pg:operatesIn``, ``pg:theme``, ``pg:basedOn``) are explicit edges.  Observations are folded into
their indicator by default (their values become facts, their regions one "observed in" edge) or
kept as nodes.  Relations computed by :mod:`policy_graph.relations` (``pg:relatedTo``,
``pg:community``, ``pg:centrality``) are never projected, so analysing a graph that already holds
them gives the same answers.

For analysis, :func:`simple_graph` collapses the projection into an undirected graph with one
weighted edge per linked pair; the weight of each RDF link comes from :data:`EDGE_WEIGHTS`.

>>> from rdflib import Graph
>>> g = Graph().parse(format="turtle", data='''
... @prefix pg: <https://w3id.org/policy-graph/def#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <https://w3id.org/policy-graph/id/region/150200> a pg:Region ;
...     rdfs:label "包头市"@zh-Hans, "Baotou"@en ; pg:adminCode "150200" ;
...     pg:partOf <https://w3id.org/policy-graph/id/region/150000> .
... <https://w3id.org/policy-graph/id/region/150000> a pg:Region ; rdfs:label "内蒙古自治区"@zh-Hans .
... ''')
>>> nx_graph = project(g)
>>> baotou = nx_graph.nodes["https://w3id.org/policy-graph/id/region/150200"]
>>> baotou["kind"], baotou["label"], baotou["label_en"], baotou["facts"]
('Region', '包头市', 'Baotou', [('adminCode', '150200')])
>>> [(nx_graph.nodes[s]["label"], label, nx_graph.nodes[o]["label"])
...  for s, o, label in nx_graph.edges(data="label")]
[('包头市', 'partOf', '内蒙古自治区')]
>>> simple = simple_graph(nx_graph)
>>> sorted(simple.edges(data="weight"))
[('https://w3id.org/policy-graph/id/region/150000', 'https://w3id.org/policy-graph/id/region/150200', 1.0)]
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from . import namespaces
from .namespaces import DCTERMS, OA, PG, PROV, RDF, RDFS, SKOS

__all__ = ["CORE_KINDS", "DEFAULT_WEIGHT", "EDGE_WEIGHTS", "Fact", "Quote", "edge_weight", "project", "simple_graph"]

Fact = tuple[str, str]
"""(property label, value text)."""
Quote = tuple[str, str, int | None, int | None]
"""(quote, source file name, start offset, end offset)."""

#: Core classes that become nodes, in priority order (a resource with several gets the first).
CORE_KINDS: dict[URIRef, str] = {
    PG.Observation: "Observation",
    PG.Indicator: "Indicator",
    PG.Theme: "Theme",
    PG.PolicyDocument: "PolicyDocument",
    PG.SourceText: "SourceText",
    PG.Program: "Program",
    PG.Organization: "Organization",
    PG.Region: "Region",
}

_LABEL_PREDICATES = (RDFS.label, SKOS.prefLabel, DCTERMS.title)
_PRIMARY_LABEL = {
    "SourceText": DCTERMS.title,
    "PolicyDocument": DCTERMS.title,
    "Indicator": SKOS.prefLabel,
    "Theme": SKOS.prefLabel,
}
_SPAN_LINKS = frozenset({PG.mentionedAt, PROV.wasDerivedFrom})
_SKOS_BOOKKEEPING = (SKOS.hiddenLabel, SKOS.inScheme, SKOS.topConceptOf, SKOS.hasTopConcept)
_COMPUTED_LINKS = frozenset({PG.relatedTo, PG.community, PG.centrality})
_NOT_FACTS = frozenset(
    {RDF.type, PG.mentions, PG.section, PG.sha256, *_LABEL_PREDICATES, *_SPAN_LINKS, *_SKOS_BOOKKEEPING,
     *_COMPUTED_LINKS}
)
_NOT_EDGES = frozenset({RDF.type, *_SPAN_LINKS, *_COMPUTED_LINKS})

#: Weight of a link in analysis, by predicate (any other: :data:`DEFAULT_WEIGHT`).  Links that tie
#: an entity to what it is about (theme, region it runs in, document it rests on, program an
#: indicator measures, the region hierarchy, document chains) count fully; links that attach
#: nearly everything to one hub (every document's jurisdiction and every indicator's "observed
#: in" is the province) count less, so that they do not drown the thematic structure.
EDGE_WEIGHTS: dict[URIRef, float] = {
    PG.theme: 1.0,
    PG.operatesIn: 1.0,
    PG.basedOn: 1.0,
    PG.measures: 1.0,
    PG.partOf: 1.0,
    PG.implements: 1.0,
    PG.indicator: 1.0,
    PG.componentOf: 1.0,
    PG.relatedDocument: 0.5,
    PG.issuer: 0.5,
    PG.jurisdiction: 0.5,
    namespaces.ORG.subOrganizationOf: 0.5,
    PG.focusRegion: 0.5,
    PG.refArea: 0.25,
    PG.mentions: 0.1,
}
DEFAULT_WEIGHT = 1.0
_OBSERVED_IN = ("观测地区", "observed in")
# (no module-level XSD: pytest's doctest collection pokes at module globals and XSD warns)
_XSD_STRING = namespaces.XSD.string


def _one(graph: Graph, subject: Node | None, pred: URIRef) -> Node | None:
    """The object of ``subject pred``; the smallest if there are several (stable on any store)."""
    if subject is None:
        return None
    return min(graph.objects(subject, pred), key=lambda obj: (str(obj), repr(obj)), default=None)


def _local_name(iri: Node) -> str:
    text = str(iri)
    tail = text.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return urllib.parse.unquote(tail) or text


def _is_plain(lit: Literal) -> bool:
    return lit.language is None and lit.datatype in (None, _XSD_STRING)


def _is_zh(lit: Literal) -> bool:
    return (lit.language or "").lower() == "zh-hans"


def _pick(values: Iterable[Node], lang: str) -> str | None:
    """The smallest literal tagged ``lang`` (or a subtag of it); ``lang=""`` means untagged."""
    found = []
    for value in values:
        if not isinstance(value, Literal):
            continue
        tag = (value.language or "").lower()
        if (lang == "" and _is_plain(value)) or (lang and (tag == lang or tag.startswith(lang + "-"))):
            found.append(str(value))
    return min(found) if found else None


class _Labeller:
    """Label look-ups with a cache (predicates and SKOS values repeat a lot)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._predicates: dict[Node, tuple[str, str]] = {}
        self._values: dict[Node, str] = {}

    def labels(self, node: Node, primary: URIRef | None = None) -> tuple[str | None, str | None]:
        """(zh-Hans label or untagged fallback, English label) of ``node``."""
        order = [primary] if primary is not None else []
        order += [p for p in _LABEL_PREDICATES if p != primary]
        per_predicate = [list(self.graph.objects(node, p)) for p in order]
        zh = next(
            (hit for lang in ("zh-hans", "", "zh") for vals in per_predicate if (hit := _pick(vals, lang))),
            None,
        )
        en = next((hit for vals in per_predicate if (hit := _pick(vals, "en"))), None)
        return zh, en

    def value(self, node: Node) -> str:
        """Display text of a SKOS value (unit, level, qualifier ...) or other non-node IRI."""
        if node not in self._values:
            zh, _ = self.labels(node, SKOS.prefLabel)
            code = _one(self.graph, node, PG.unitCode)
            self._values[node] = zh or (str(code) if code is not None else _local_name(node))
        return self._values[node]

    def predicate(self, pred: Node) -> tuple[str, str]:
        """(zh-Hans label, English label) of a property, from the ontology if loaded."""
        if pred not in self._predicates:
            labels = list(self.graph.objects(pred, RDFS.label))
            name = _local_name(pred)
            self._predicates[pred] = (_pick(labels, "zh-hans") or name, _pick(labels, "en") or name)
        return self._predicates[pred]


def _kinds(graph: Graph) -> dict[URIRef, str]:
    kinds: dict[URIRef, str] = {}
    for cls, kind in reversed(CORE_KINDS.items()):  # higher priority overwrites
        for subject in graph.subjects(RDF.type, cls):
            if isinstance(subject, URIRef):
                kinds[subject] = kind
    return kinds


def _int(value: Node | None) -> int | None:
    if isinstance(value, Literal):
        try:
            return int(str(value))
        except ValueError:
            return None
    return None


def _quotes(graph: Graph, node: URIRef) -> list[Quote]:
    quotes: list[Quote] = []
    for link in sorted(_SPAN_LINKS):
        for span in graph.objects(node, link):
            exact = _one(graph, span, OA.exact)
            if not isinstance(span, URIRef | BNode) or exact is None:
                continue
            source = _one(graph, span, PG.source)
            file_name = _one(graph, source, PG.fileName)
            shown = str(file_name) if file_name is not None else _local_name(source) if source else ""
            start, end = _one(graph, span, PG.start), _one(graph, span, PG.end)
            quotes.append((str(exact), shown, _int(start), _int(end)))
    return quotes


def _sort_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    return sorted(set(quotes), key=lambda q: (q[1], q[2] if q[2] is not None else -1, q[3] or 0, q[0]))


def _facts(graph: Graph, node: URIRef, kind: str, kinds: dict[URIRef, str], lab: _Labeller) -> list[Fact]:
    facts: list[Fact] = []
    has_zh = {p for p, o in graph.predicate_objects(node) if isinstance(o, Literal) and _is_zh(o)}
    for pred, obj in graph.predicate_objects(node):
        if pred in _NOT_FACTS or obj in kinds or isinstance(obj, BNode):
            continue
        if kind == "Observation" and pred == PG.unit:
            continue
        if isinstance(obj, Literal) and obj.language and not _is_zh(obj) and pred in has_zh:
            continue  # an English or zh-Hant twin of a zh-Hans value
        text = str(obj) if isinstance(obj, Literal) else lab.value(obj)
        if kind == "Observation" and pred == PG.value:
            unit = _one(graph, node, PG.unit)
            text = f"{text} {lab.value(unit)}" if unit is not None else text
        facts.append((lab.predicate(pred)[0], text))
    return sorted(set(facts))


def _observation_fact(graph: Graph, obs: URIRef, lab: _Labeller, labels: dict[URIRef, str]) -> Fact:
    """One folded observation as (``region · period``, ``value unit（qualifier；status）``)."""

    def get(pred: URIRef) -> Node | None:
        return _one(graph, obs, pred)

    region, period = get(PG.refArea), get(PG.refPeriod)
    where = [labels.get(region, lab.value(region)) if isinstance(region, URIRef) else "", str(period or "")]
    value, unit = get(PG.value), get(PG.unit)
    text = " ".join(x for x in (str(value or "?"), lab.value(unit) if unit is not None else "") if x)
    base, change = get(PG.basePeriod), get(PG.changePercent)
    if change is not None:
        text += f"，较{base or '基期'}变化 {change}%"
    notes = [lab.value(n) for n in (get(PG.qualifier), get(PG.status)) if n is not None]
    if notes:
        text += f"（{'；'.join(notes)}）"
    return (" · ".join(w for w in where if w) or lab.predicate(PG.value)[0], text)


def edge_weight(predicate: str | URIRef, weights: Mapping[URIRef, float] | None = None) -> float:
    """The analysis weight of a link by ``predicate`` (from ``weights``, default :data:`EDGE_WEIGHTS`).

    >>> edge_weight(PG.theme), edge_weight(PG.refArea), edge_weight("https://example.org/other")
    (1.0, 0.25, 1.0)
    """
    table = EDGE_WEIGHTS if weights is None else weights
    return table.get(URIRef(str(predicate)), DEFAULT_WEIGHT)


def project(
    graph: Graph, *, fold_observations: bool = True, include_mentions: bool = False, weighted: bool = False
) -> nx.MultiDiGraph:
    """Project ``graph`` onto a ``MultiDiGraph`` (see the module docstring for an example).

    Node keys are IRI strings, with attributes ``kind``, ``label``, ``label_en`` (when known),
    ``facts`` (a list of (property label, value) pairs) and ``quotes`` (a list of
    (quote, file name, start, end)).  Edge keys are predicate IRIs, with attributes
    ``predicate``, ``label`` and ``label_en``.  With ``fold_observations`` observations are
    not nodes: their facts and quotes go to their indicator, which gets one ``pg:refArea``
    edge (labelled 观测地区 / observed in, ``derived=True``) per region observed.
    ``pg:mentions`` edges are left out unless ``include_mentions``, and so are themes no
    other node refers to (the ontology's concept scheme).  With ``weighted`` every edge also
    gets a ``weight`` (:func:`edge_weight` of its predicate).  Nodes and edges are
    added in sorted order, so the same graph always gives the same projection.
    """
    lab = _Labeller(graph)
    kinds = _kinds(graph)
    folded = {n for n, k in kinds.items() if k == "Observation"} if fold_observations else set()
    nodes = sorted((n for n in kinds if n not in folded), key=str)
    labels: dict[URIRef, str] = {}
    attrs: dict[URIRef, dict[str, Any]] = {}
    for node in nodes:
        kind = kinds[node]
        zh, en = lab.labels(node, _PRIMARY_LABEL.get(kind, RDFS.label))
        if zh is None and kind == "Observation":
            value, unit = _one(graph, node, PG.value), _one(graph, node, PG.unit)
            zh = " ".join(str(x) if isinstance(x, Literal) else lab.value(x) for x in (value, unit) if x)
        labels[node] = zh or _local_name(node)
        attrs[node] = {
            "kind": kind,
            "label": labels[node],
            "facts": _facts(graph, node, kind, kinds, lab),
            "quotes": _quotes(graph, node),
        }
        if en is not None:
            attrs[node]["label_en"] = en

    observed_in: dict[tuple[URIRef, URIRef], int] = {}
    folded_facts: dict[URIRef, list[Fact]] = {}
    for obs in sorted(folded, key=str):
        indicator, region = _one(graph, obs, PG.indicator), _one(graph, obs, PG.refArea)
        if not isinstance(indicator, URIRef) or indicator not in attrs:
            continue
        folded_facts.setdefault(indicator, []).append(_observation_fact(graph, obs, lab, labels))
        attrs[indicator]["quotes"].extend(_quotes(graph, obs))
        if isinstance(region, URIRef) and region in attrs:
            observed_in[indicator, region] = observed_in.get((indicator, region), 0) + 1

    edges: list[tuple[URIRef, URIRef, str, dict[str, Any]]] = []
    for node in nodes:
        for pred, obj in graph.predicate_objects(node):
            if pred in _NOT_EDGES or not isinstance(obj, URIRef) or obj not in attrs:
                continue
            if pred == PG.mentions and not include_mentions:
                continue
            zh, en = lab.predicate(pred)
            data: dict[str, Any] = {"predicate": str(pred), "label": zh, "label_en": en}
            edges.append((node, obj, str(pred), data))
    for (indicator, region), count in observed_in.items():
        zh, en = _OBSERVED_IN
        derived: dict[str, Any] = {"predicate": str(PG.refArea), "label": zh, "label_en": en}
        derived |= {"derived": True, "observations": count}
        edges.append((indicator, region, str(PG.refArea), derived))

    # The ontology's theme scheme is vocabulary, not data: keep the themes something refers to.
    used = {end for s, t, _k, _d in edges if (kinds[s] == "Theme") != (kinds[t] == "Theme") for end in (s, t)}
    unused = {n for n in nodes if kinds[n] == "Theme" and n not in used}
    result = nx.MultiDiGraph()
    for node in nodes:
        if node not in unused:
            attrs[node]["facts"] += sorted(folded_facts.get(node, []))
            attrs[node]["quotes"] = _sort_quotes(attrs[node]["quotes"])
            result.add_node(str(node), **attrs[node])
    for source, target, key, data in sorted(edges, key=lambda e: (str(e[0]), str(e[1]), e[2])):
        if source not in unused and target not in unused:
            if weighted:
                data["weight"] = edge_weight(key)
            result.add_edge(str(source), str(target), key=key, **data)
    return result


def simple_graph(projected: nx.MultiDiGraph, weights: Mapping[URIRef, float] | None = None) -> nx.Graph:
    """The projection as an undirected :class:`networkx.Graph` for analysis.

    Nodes keep their attributes; the links between two nodes, in either direction, become one
    edge whose ``weight`` is the sum of their weights (an edge's own ``weight`` if it has one,
    else :func:`edge_weight` of its predicate) and whose ``predicates`` lists their predicate
    IRIs.  Links from a node to itself are dropped.  Nodes and edges come in sorted order.
    """
    merged: dict[tuple[str, str], tuple[float, set[str]]] = {}
    for source, target, key, data in projected.edges(keys=True, data=True):
        if source == target:
            continue
        pair = (source, target) if source < target else (target, source)
        weight = float(data.get("weight", edge_weight(key, weights)))
        total, predicates = merged.get(pair, (0.0, set()))
        merged[pair] = (total + weight, predicates | {str(key)})
    result = nx.Graph()
    for node in sorted(projected.nodes):
        result.add_node(node, **projected.nodes[node])
    for (source, target), (weight, predicates) in sorted(merged.items()):
        result.add_edge(source, target, weight=weight, predicates=sorted(predicates))
    return result
