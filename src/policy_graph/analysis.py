"""Relations computed with networkx: what connects to what, what matters most, and why two things are related.

Every function takes the RDF graph (load the ontology alongside for bilingual edge labels) or an
:class:`AnalysisGraph` prepared once from it, and works on its projection
(:func:`policy_graph.projection.project`, observations folded into their indicators) collapsed
into an undirected weighted graph (:func:`policy_graph.projection.simple_graph`):

* :func:`centrality` — degree, PageRank and betweenness, ranked per kind of entity;
* :func:`explain_path` — the shortest chains of labelled links between two entities;
* :func:`related` — entities that share programs, themes, documents, regions or sentences.

Louvain communities and their agreement with the article's sections are in :mod:`policy_graph.communities`;
the region hierarchy and the implementation chains (roll-ups, policy chains), the whole-graph
checks and the write-back to RDF live in :mod:`policy_graph.relations`.

Entities are named by IRI or by label (:func:`resolve_entity`).  Everything is deterministic:
nodes are numbered in IRI order before any algorithm runs, and the random ones are seeded.

>>> from rdflib import Graph
>>> g = Graph().parse(format="turtle", data=EXAMPLE_TTL)
>>> [p.format() for p in explain_path(g, "包头市", "养老服务")]
['包头市 ←实施地区— 城市养老服务模式 —所属主题→ 养老服务']
>>> [r.label for r in centrality(g, kind="Region", top=2)]
['内蒙古自治区', '包头市']
>>> [(r.other.label, r.score) for r in related(g, "城市养老服务模式")][:2]
[('牧区养老服务模式', 0.5), ('内蒙古自治区', 0.5)]
"""

from __future__ import annotations

import difflib
import math
import re
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import islice, pairwise
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef

from .errors import UsageError
from .namespaces import OA, PG, PROV, RDF
from .projection import project, simple_graph
from .script import to_simplified

__all__ = [
    "BETWEENNESS_EXACT_LIMIT", "BETWEENNESS_SAMPLES", "EXAMPLE_TTL", "MAX_NEIGHBOUR_DEGREE", "MEASURES",
    "RELATING_KINDS", "AnalysisGraph", "Entity", "Hop", "Path", "Ranked", "Reason", "Relatedness", "centrality",
    "explain_path", "pagerank", "prepare", "rank_key", "related", "resolve_entity",
]  # fmt: skip

MEASURES = ("degree", "pagerank", "betweenness")
#: Betweenness is exact up to this many nodes; past it, it is estimated from
#: :data:`BETWEENNESS_SAMPLES` seeded source nodes (``networkx.betweenness_centrality(k=…)``).
BETWEENNESS_EXACT_LIMIT = 2000
BETWEENNESS_SAMPLES = 200
#: Kinds whose members count as shared neighbours in :func:`related`.
RELATING_KINDS = frozenset({"Program", "Theme", "PolicyDocument", "Region"})
#: Neighbours linked to more entities than this relate everything to everything; :func:`related` skips them.
MAX_NEIGHBOUR_DEGREE = 500
_KIND_ALIASES = {
    "program": "Program", "document": "PolicyDocument", "doc": "PolicyDocument", "policydocument": "PolicyDocument",
    "region": "Region", "organization": "Organization", "org": "Organization", "indicator": "Indicator",
    "theme": "Theme", "source": "SourceText", "sourcetext": "SourceText", "observation": "Observation",
}  # fmt: skip
_QUOTES = re.compile(r"[\s《》〈〉“”‘’\"'「」『』]")

EXAMPLE_TTL = """
@prefix pg: <https://w3id.org/policy-graph/def#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix id: <https://w3id.org/policy-graph/id/> .
id:region\\/150000 a pg:Region ; rdfs:label "内蒙古自治区"@zh-Hans .
id:region\\/150200 a pg:Region ; rdfs:label "包头市"@zh-Hans ; pg:partOf id:region\\/150000 .
id:region\\/152500 a pg:Region ; rdfs:label "锡林郭勒盟"@zh-Hans ; pg:partOf id:region\\/150000 .
id:theme\\/elderly-care a pg:Theme ; skos:prefLabel "养老服务"@zh-Hans, "elderly care"@en .
id:program\\/a a pg:Program ; rdfs:label "城市养老服务模式"@zh-Hans ; pg:theme id:theme\\/elderly-care ;
    pg:operatesIn id:region\\/150200 .
id:program\\/b a pg:Program ; rdfs:label "牧区养老服务模式"@zh-Hans ; pg:theme id:theme\\/elderly-care ;
    pg:operatesIn id:region\\/152500 .
pg:operatesIn rdfs:label "实施地区"@zh-Hans, "operates in"@en .
pg:theme rdfs:label "所属主题"@zh-Hans, "has theme"@en .
"""


@dataclass(frozen=True)
class Entity:
    """A node of the projection: its IRI, kind (core class name) and labels."""

    iri: str
    kind: str
    label: str
    label_en: str | None = None

    def name(self, lang: str = "zh") -> str:
        """The label in ``lang`` ("zh" or "en", falling back to zh); documents in 《》 in Chinese."""
        if lang == "en":
            return self.label_en or self.label
        return f"《{self.label}》" if self.kind == "PolicyDocument" else self.label


@dataclass(frozen=True)
class Ranked(Entity):
    """An entity with its score and rank (1 = most central among its kind) under ``measure``."""

    measure: str = "pagerank"
    score: float = 0.0
    rank: int = 0


@dataclass(frozen=True)
class Hop:
    """One link of a path: ``source`` —label→ ``target`` (``forward``) or ``source`` ←label— ``target``."""

    source: Entity
    target: Entity
    predicates: tuple[str, ...]
    label: str
    label_en: str
    forward: bool


@dataclass(frozen=True)
class Path:
    """A chain of labelled links between two entities."""

    hops: tuple[Hop, ...]
    start: Entity

    def format(self, lang: str = "zh") -> str:
        """The chain as text; the arrow shows the direction of each RDF link."""
        parts = [self.start.name(lang)]
        for hop in self.hops:
            label = hop.label_en if lang == "en" else hop.label
            parts.append(f" —{label}→ " if hop.forward else f" ←{label}— ")
            parts.append(hop.target.name(lang))
        return "".join(parts)


@dataclass(frozen=True)
class Reason:
    """A shared neighbour behind a relatedness, and what it adds to the score."""

    iri: str
    kind: str
    label: str
    weight: float


@dataclass(frozen=True)
class Relatedness:
    """How related ``other`` is to ``entity``: a score in (0, 1] and the shared neighbours behind it."""

    entity: Entity
    other: Entity
    score: float
    reasons: tuple[Reason, ...]


class AnalysisGraph:
    """An RDF graph prepared for analysis: its projection, the undirected weighted graph, caches.

    ``simple`` has IRI strings as nodes; ``numbered`` is the same graph with nodes numbered
    0…n-1 in IRI order (integers hash the same in every process, so set-based algorithms such
    as Louvain give the same answer under any ``PYTHONHASHSEED``).
    """

    def __init__(self, graph: Graph, *, fold_observations: bool = True,
                 weights: Mapping[URIRef, float] | None = None) -> None:
        self.rdf = graph
        self.projected = project(graph, fold_observations=fold_observations)
        self.simple = simple_graph(self.projected, weights)
        self.nodes: list[str] = list(self.simple.nodes)
        self.index = {node: i for i, node in enumerate(self.nodes)}
        self.numbered = nx.Graph()
        self.numbered.add_nodes_from(range(len(self.nodes)))
        for u, v, w in self.simple.edges(data="weight"):
            self.numbered.add_edge(self.index[u], self.index[v], weight=w)
        self._scores: dict[tuple[str, int], dict[str, float]] = {}
        self._links: _Links | None = None
        self._names: list[tuple[Entity, str, str]] | None = None

    def entity(self, iri: str) -> Entity:
        data = self.simple.nodes[iri]
        return Entity(iri, data["kind"], data["label"], data.get("label_en"))

    def scores(self, measure: str, seed: int = 42) -> dict[str, float]:
        """Scores of every node under ``measure`` (one of :data:`MEASURES`), cached."""
        if measure not in MEASURES:
            raise UsageError(f"unknown centrality measure '{measure}'", known=MEASURES)
        key = (measure, seed if measure == "betweenness" else 0)
        if key not in self._scores:
            g, n = self.numbered, len(self.nodes)
            if measure == "degree":
                raw = nx.degree_centrality(g) if n > 1 else dict.fromkeys(range(n), 0.0)
            elif measure == "pagerank":
                raw = pagerank(g)
            else:
                k = BETWEENNESS_SAMPLES if n > BETWEENNESS_EXACT_LIMIT else None
                raw = nx.betweenness_centrality(g, k=k, seed=seed, normalized=True)
            self._scores[key] = {self.nodes[i]: float(raw[i]) for i in range(n)}
        return self._scores[key]

    def names(self) -> list[tuple[Entity, str, str]]:
        """Every entity but observations with its labels normalized for matching (zh, en), cached."""
        if self._names is None:
            entities = [self.entity(n) for n in self.nodes if self.simple.nodes[n]["kind"] != "Observation"]
            self._names = [(e, _norm(e.label), _norm(e.label_en or "")) for e in entities]
        return self._names

    def spans(self, iri: str) -> list[URIRef]:
        """The text spans an entity was read at (an indicator: those of its observations)."""
        node = URIRef(iri)
        found = [s for s in self.rdf.objects(node, PG.mentionedAt) if isinstance(s, URIRef)]
        observations = list(self.rdf.subjects(PG.indicator, node)) if self.simple.nodes[iri]["kind"] == "Indicator" \
            else [node]
        for obs in observations:
            found += [s for s in self.rdf.objects(obs, PROV.wasDerivedFrom)
                      if isinstance(s, URIRef) and (s, RDF.type, PG.TextSpan) in self.rdf]
        return sorted(set(found))

    def links(self) -> _Links:
        """What :func:`related` scores with: every entity's relating neighbours and sentences, indexed."""
        if self._links is None:
            relating: dict[str, set[str]] = {}
            for node in self.nodes:
                near = {n for n in self.simple.adj[node] if self.simple.nodes[n]["kind"] in RELATING_KINDS}
                for span in self.spans(node):
                    sentence = self.rdf.value(span, PG.sentence)
                    near.add(str(sentence if isinstance(sentence, URIRef) else span))
                relating[node] = near
            members: dict[str, list[str]] = {}
            for node in self.nodes:
                for n in sorted(relating[node]):
                    members.setdefault(n, []).append(node)
            weight = {n: 1.0 / math.log(1 + len(m)) ** 2 if len(m) <= MAX_NEIGHBOUR_DEGREE else 0.0
                      for n, m in members.items()}
            norm = {node: math.sqrt(sum(weight[n] for n in sorted(near))) for node, near in relating.items()}
            self._links = _Links(relating, members, weight, norm)
        return self._links


@dataclass(frozen=True)
class _Links:
    relating: dict[str, set[str]]  # entity → neighbours (of RELATING_KINDS) and sentences
    members: dict[str, list[str]]  # neighbour or sentence → the entities it relates, in IRI order
    weight: dict[str, float]  # neighbour or sentence → its squared weight 1 / ln(1 + d)² (0: skipped)
    norm: dict[str, float]  # entity → length of its weighted neighbourhood vector


def prepare(graph: Graph | AnalysisGraph) -> AnalysisGraph:
    """``graph`` prepared for analysis (an :class:`AnalysisGraph` is returned as is)."""
    return graph if isinstance(graph, AnalysisGraph) else AnalysisGraph(graph)


def _kind_or_none(name: str) -> str | None:
    key = name.strip().lower()
    return _KIND_ALIASES.get(key) or (_KIND_ALIASES.get(key[:-1]) if key.endswith("s") else None)


def _kind(name: str) -> str:
    """The kind (core class name) ``name`` means: ``Program``, ``programs``, ``doc`` ..."""
    kind = _kind_or_none(name)
    if kind is None:
        raise UsageError(f"unknown kind of entity '{name}'", known=sorted(set(_KIND_ALIASES.values())))
    return kind


LIST_LABELS_HINT = ("give part of a label, Kind:label or an IRI; list the labels with `policy-graph query "
                    "'SELECT ?kind ?label WHERE { ?e a ?kind ; rdfs:label|skos:prefLabel|dcterms:title ?label }'`")


def _norm(text: str) -> str:
    return to_simplified(_QUOTES.sub("", text)).lower()


def resolve_entity(graph: Graph | AnalysisGraph, text: str, kinds: Iterable[str] | None = None) -> str:
    """The IRI of the entity ``text`` names: an IRI, or a label (zh-Hans or en, partial match allowed).

    Traditional characters, spaces and quote marks (《》“”) are ignored.  An exact label wins over
    partial matches, and among partial matches a label found inside every other candidate's wins
    (公建民营 → “公建民营”改革试点, not 开展“公建民营”改革试点的公办养老机构).  ``Kind:label``
    (e.g. ``Region:内蒙古自治区``) or ``kinds`` restrict the kind.  No match, or several, raise
    :class:`~policy_graph.errors.UsageError` listing the candidates (IRIs shown percent-decoded;
    both forms are accepted).

    >>> from rdflib import Graph
    >>> g = prepare(Graph().parse(format="turtle", data=EXAMPLE_TTL))
    >>> resolve_entity(g, "包头")
    'https://w3id.org/policy-graph/id/region/150200'
    >>> resolve_entity(g, "养老服务模式")
    Traceback (most recent call last):
    ...
    policy_graph.errors.UsageError: '养老服务模式' matches 2 entities: 城市养老服务模式 (Program, \
https://w3id.org/policy-graph/id/program/a); 牧区养老服务模式 (Program, https://w3id.org/policy-graph/id/program/b) \
(give more of the label, Kind:label, or the IRI)
    """
    ag = prepare(graph)
    text = text.strip()
    wanted = {_kind(k) for k in kinds} if kinds else None
    prefix, sep, rest = text.partition(":")
    if sep and not rest.startswith("//") and _kind_or_none(prefix) is not None:
        wanted, text = {_kind(prefix)}, rest.strip()
    if re.match(r"^<?https?://", text):
        iri = text.strip("<>")
        for node in (iri, urllib.parse.quote(urllib.parse.unquote(iri), safe=":/#?=&-._~%")):
            if node in ag.index:
                return node
        raise UsageError(f"no entity with IRI <{iri}> in the graph", hint="check the IRI, or give a label")
    query = _norm(text)
    if not query:
        raise UsageError("empty entity name", hint="give a label such as 包头市, or an IRI")
    pool = [(e, zh, en) for e, zh, en in ag.names() if wanted is None or e.kind in wanted]
    exact = [e for e, zh, en in pool if query in (zh, en)]
    found = exact or [e for e, zh, en in pool if query in zh or (en and query in en)]
    if len(found) == 1:
        return found[0].iri
    if not exact and found:  # one candidate named inside every other: the others are about it
        inner = [e for e in found if all(_norm(e.label) in _norm(o.label) for o in found)]
        if len(inner) == 1:
            return inner[0].iri
    if not found:
        labels = sorted({e.label for e, _zh, _en in pool})
        close = difflib.get_close_matches(text, labels, n=8, cutoff=0.3)
        among = f" among {', '.join(sorted(wanted))}" if wanted else ""
        guess = f"; the closest labels: {', '.join(close)}" if close else f" ({len(labels)} entities to choose from)"
        raise UsageError(f"no entity is labelled '{text}'{among}{guess}", hint=LIST_LABELS_HINT)
    found.sort(key=lambda e: (len(e.label), e.label, e.iri))
    shown = "; ".join(f"{e.label} ({e.kind}, {urllib.parse.unquote(e.iri)})" for e in found[:10])
    more = f"; and {len(found) - 10} more" if len(found) > 10 else ""
    raise UsageError(f"'{text}' matches {len(found)} entities: {shown}{more}",
                     hint="give more of the label, Kind:label, or the IRI")


def pagerank(graph: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[Any, float]:
    """Weighted PageRank by power iteration, in pure Python (networkx's own needs scipy).

    Same definition as :func:`networkx.pagerank` on an undirected graph: uniform teleport,
    nodes without links share their rank evenly, stop when the L1 change is below ``n * tol``.

    >>> {k: round(v, 4) for k, v in pagerank(nx.path_graph(3)).items()}
    {0: 0.2568, 1: 0.4865, 2: 0.2568}
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    pos = {node: i for i, node in enumerate(nodes)}
    out: list[list[tuple[int, float]]] = []
    for node in nodes:
        nbrs = [(pos[v], float(d.get("weight", 1.0))) for v, d in graph.adj[node].items() if v != node]
        total = sum(w for _, w in nbrs)
        out.append([(j, w / total) for j, w in nbrs] if total > 0 else [])
    dangling = [i for i in range(n) if not out[i]]
    rank = [1.0 / n] * n
    for _ in range(max_iter):
        base = (1.0 - alpha) / n + alpha * sum(rank[i] for i in dangling) / n
        new = [base] * n
        for i, edges in enumerate(out):
            share = alpha * rank[i]
            for j, p in edges:
                new[j] += share * p
        delta = sum(abs(a - b) for a, b in zip(new, rank))
        rank = new
        if delta < n * tol:
            break
    return {node: rank[i] for i, node in enumerate(nodes)}


def rank_key(score: float, iri: str) -> tuple[float, str]:
    """Sorting key of a ranking: the highest score first (to 6 places, so ties are stable), then by IRI."""
    return (-round(score, 6), iri)


def centrality(graph: Graph | AnalysisGraph, kind: str | None = None, top: int | None = 10, *,
               measure: str = "pagerank", seed: int = 42) -> list[Ranked]:
    """The ``top`` most central entities (of ``kind``, e.g. ``"Program"``) under ``measure``.

    Ranks count within each kind: the most central program has rank 1 even if a region scores
    higher.  Ties are broken by IRI.
    """
    ag = prepare(graph)
    scores = ag.scores(measure, seed)
    wanted = _kind(kind) if kind else None
    by_kind: dict[str, list[str]] = {}
    for node in ag.nodes:
        by_kind.setdefault(ag.simple.nodes[node]["kind"], []).append(node)
    ranked: list[Ranked] = []
    for node_kind, members in sorted(by_kind.items()):
        if wanted is not None and node_kind != wanted:
            continue
        for rank, node in enumerate(sorted(members, key=lambda m: rank_key(scores[m], m)), start=1):
            e = ag.entity(node)
            ranked.append(Ranked(e.iri, e.kind, e.label, e.label_en, measure, scores[node], rank))
    ranked.sort(key=lambda r: (*rank_key(r.score, r.iri), r.kind))
    return ranked if top is None else ranked[:top]


def _hop(ag: AnalysisGraph, u: str, v: str) -> Hop:
    """The RDF links between ``u`` and ``v``: those from ``u`` to ``v`` if any, else those back."""
    forward = sorted(((k, d) for _s, t, k, d in ag.projected.edges(u, keys=True, data=True) if t == v),
                     key=lambda kd: kd[0])
    backward = sorted(((k, d) for _s, t, k, d in ag.projected.edges(v, keys=True, data=True) if t == u),
                      key=lambda kd: kd[0])
    links = forward or backward
    return Hop(ag.entity(u), ag.entity(v), tuple(k for k, _d in links), "、".join(d["label"] for _k, d in links),
               ", ".join(d["label_en"] for _k, d in links), bool(forward))


def explain_path(graph: Graph | AnalysisGraph, a: str, b: str, max_paths: int = 3) -> list[Path]:
    """Up to ``max_paths`` shortest chains of links between entities ``a`` and ``b`` (IRIs or labels).

    Links are followed in either direction; each :class:`Hop` says which way the RDF link points.
    Paths are sorted by their Chinese text; none if ``a`` and ``b`` are not connected.
    """
    ag = prepare(graph)
    source, target = resolve_entity(ag, a), resolve_entity(ag, b)
    try:
        found = list(islice(nx.all_shortest_paths(ag.simple, source, target), max(64, 8 * max_paths)))
    except nx.NetworkXNoPath:
        return []
    paths = [Path(tuple(_hop(ag, u, v) for u, v in pairwise(p)), ag.entity(p[0])) for p in found]
    return sorted(paths, key=lambda p: (p.format("zh"), [h.target.iri for h in p.hops]))[:max_paths]


def related(graph: Graph | AnalysisGraph, entity: str, top: int | None = 10, *,
            kinds: Iterable[str] | None = None, digits: int = 3) -> list[Relatedness]:
    """Entities related to ``entity`` through shared programs, themes, documents, regions or sentences.

    The score is the cosine similarity of the two neighbourhoods, each neighbour weighted by
    1 / ln(1 + d), d being how many entities it links (a sentence: how many it mentions): a small
    shared program says more than the province everything lies in, and an entity linked to
    everything (the province itself) is not related to everything.  Scores lie in (0, 1], rounded
    to ``digits`` decimals; the reasons are the shared neighbours with their share of the score, best
    first.  Neighbours with d > :data:`MAX_NEIGHBOUR_DEGREE` are skipped.
    """
    ag = prepare(graph)
    iri = resolve_entity(ag, entity)
    wanted = {_kind(k) for k in kinds} if kinds else None
    links = ag.links()
    scores: dict[str, float] = {}
    for near in sorted(links.relating[iri]):
        if links.weight[near] > 0:
            for other in links.members[near]:
                if other != iri and (wanted is None or ag.simple.nodes[other]["kind"] in wanted):
                    scores[other] = scores.get(other, 0.0) + links.weight[near]
    best = sorted(((round(s / (links.norm[iri] * links.norm[o]), digits), o) for o, s in scores.items()),
                  key=lambda pair: (-pair[0], pair[1]))
    result = []
    for score, other in best if top is None else best[:top]:
        scale = links.norm[iri] * links.norm[other]
        shared = [n for n in links.relating[iri] & links.relating[other] if links.weight[n] > 0]
        reasons = sorted((_reason(ag, n, links.weight[n] / scale) for n in shared), key=lambda r: (-r.weight, r.iri))
        result.append(Relatedness(ag.entity(iri), ag.entity(other), score, tuple(reasons)))
    return result


def _reason(ag: AnalysisGraph, near: str, weight: float) -> Reason:
    if near in ag.index:
        e = ag.entity(near)
        return Reason(near, e.kind, e.label, weight)
    quote = ag.rdf.value(URIRef(near), OA.exact)
    return Reason(near, "Sentence", str(quote) if quote is not None else near, weight)
