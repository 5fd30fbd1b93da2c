"""Relations over the whole graph: hierarchies, consistency checks, and the write-back as RDF.

:func:`roll_up` follows the region hierarchy (a program in 阿鲁科尔沁旗 is also in 赤峰市 and
内蒙古自治区) and :func:`policy_chains` the implementation chains (central → provincial → local,
through ``pg:implements``).

:func:`check_consistency` looks at every observation at once: parts that do not add up to their
total (``pg:componentOf``), and the same indicator, region and period given different values by
different sources (a contradiction, reported with the text span of each value).

:func:`compute_relations` runs the measures of :mod:`policy_graph.analysis` and returns them as a
graph named :data:`COMPUTED_GRAPH`: centrality scores, communities, relatedness (reified, with
its score and its reasons) and contradictions, each ``prov:wasGeneratedBy`` a ``pg:Computation``
that records the method and its parameters — never a time, so the same input gives
byte-identical Turtle.  Every resource has a minted IRI (no blank nodes); scores are
``xsd:decimal`` rounded to 6 places.

>>> from rdflib import Graph
>>> from policy_graph.analysis import EXAMPLE_TTL
>>> computed = compute_relations(Graph().parse(format="turtle", data=EXAMPLE_TTL))
>>> str(computed.identifier)
'https://w3id.org/policy-graph/id/graph/computed'
>>> sorted({str(o).rsplit("#")[-1] for o in computed.objects(None, RDF.type)})
['CentralityScore', 'Community', 'Computation', 'Relatedness']
>>> [step.label for step in roll_up(Graph().parse(format="turtle", data=EXAMPLE_TTL), "牧区养老服务模式")]
['锡林郭勒盟', '内蒙古自治区']
"""

from __future__ import annotations

import hashlib
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .analysis import (
    BETWEENNESS_EXACT_LIMIT,
    BETWEENNESS_SAMPLES,
    MAX_NEIGHBOUR_DEGREE,
    MEASURES,
    RELATING_KINDS,
    AnalysisGraph,
    centrality,
    prepare,
    related,
    resolve_entity,
)
from .communities import communities
from .namespaces import DCTERMS, ID, OA, PG, PROV, RDF, RDFS, SKOS, bind_prefixes, graph_iri, mint
from .projection import EDGE_WEIGHTS

__all__ = ["COMPUTED_GRAPH", "Document", "Evidence", "Finding", "RegionStep", "check_consistency", "compute_relations",
           "policy_chains", "roll_up"]

COMPUTED_GRAPH = graph_iri("computed")
#: An "approximately" (约, 近) value stands for anything within this share of it.
APPROX_TOLERANCE = Decimal("0.1")
#: Approximate parts may fall short of their total, but not exceed it by more than this share.
SUM_TOLERANCE = Decimal("0.01")
_SIX_PLACES = Decimal("0.000001")
_INEXACT = frozenset({"approx", "at-least", "at-most"})
_LEVELS = {"township": 0, "county": 1, "prefecture": 2, "province": 3, "country": 4}
_REGION_LINKS = (PG.operatesIn, PG.jurisdiction, PG.refArea, PG.focusRegion)


@dataclass(frozen=True)
class RegionStep:
    """A region an entity lies in, directly (``direct``) or through the hierarchy."""

    iri: str
    label: str
    code: str | None
    level: str | None
    direct: bool


@dataclass(frozen=True)
class Document:
    iri: str
    title: str
    jurisdiction: str | None
    level: str | None


@dataclass(frozen=True)
class Evidence:
    """One observation and where it was read."""

    observation: str
    value: Decimal
    unit: str | None
    qualifiers: tuple[str, ...]
    source: str | None
    quote: str | None
    start: int | None
    end: int | None

    def format(self, lang: str = "zh") -> str:
        """The value with its unit code, and where it was read (file, offsets, quote)."""
        where = f"{self.source or '?'} {self.start}–{self.end} “{self.quote}”" if self.quote else self.observation
        value = f"{_plain(self.value)}{' ' + self.unit if self.unit else ''}"
        return f"{value} ({where})" if lang == "en" else f"{value}（{where}）"


@dataclass(frozen=True)
class Finding:
    """The result of one whole-graph check.

    ``kind`` is ``"parts"`` (a total against its parts: ``observations`` holds the total first)
    or ``"sources"`` (the values different sources give for one indicator, region and period).
    """

    kind: str
    consistent: bool
    indicator: str
    region: str
    period: str
    observations: tuple[Evidence, ...]

    @property
    def sum_of_parts(self) -> Decimal | None:
        return sum((e.value for e in self.observations[1:]), Decimal(0)) if self.kind == "parts" else None

    def format(self, lang: str = "zh") -> str:
        """One line: what was compared, and the verdict."""
        head = f"{self.indicator} · {self.region} · {self.period}"
        if self.kind == "parts":
            total, parts = self.observations[0], self.observations[1:]
            sign = "=" if self.consistent else "≠"
            text = f"{_plain(total.value)} {sign} {' + '.join(_plain(p.value) for p in parts)}"
            if not self.consistent:
                text += f" = {_plain(self.sum_of_parts or Decimal(0))}"
        else:
            text = (" = " if self.consistent else " ≠ ").join(e.format(lang) for e in self.observations)
        verdict = {("zh", True): "一致", ("zh", False): "不一致" if self.kind == "parts" else "矛盾",
                   ("en", True): "consistent", ("en", False): "inconsistent" if self.kind == "parts" else
                   "contradiction"}[("en" if lang == "en" else "zh", self.consistent)]
        return f"{head}：{text}（{verdict}）" if lang != "en" else f"{head}: {text} ({verdict})"


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _label(graph: Graph, node: Node | None) -> str:
    """The zh-Hans (or untagged) label, title or preferred label of ``node``."""
    if node is None:
        return "?"
    for pred in (SKOS.prefLabel, RDFS.label, DCTERMS.title):
        values = sorted(str(v) for v in graph.objects(node, pred) if isinstance(v, Literal)
                        and (v.language or "zh-hans").lower() == "zh-hans")
        if values:
            return values[0]
    return urllib.parse.unquote(str(node).rsplit("/", 1)[-1])


def _notation(graph: Graph, concept: Node) -> str:
    notation = graph.value(concept, SKOS.notation) or graph.value(concept, PG.unitCode)
    return str(notation) if notation is not None else str(concept).rstrip("/").rsplit("/", 1)[-1]


def _evidence(graph: Graph, obs: URIRef) -> Evidence | None:
    value = graph.value(obs, PG.value)
    if not isinstance(value, Literal):
        return None
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return None
    unit = graph.value(obs, PG.unit)
    span = min((s for s in graph.objects(obs, PROV.wasDerivedFrom) if (s, RDF.type, PG.TextSpan) in graph),
               key=str, default=None)
    source = graph.value(span, PG.source) if span is not None else None
    file_name = graph.value(source, PG.fileName) if source is not None else None

    def number_of(pred: URIRef) -> int | None:
        lit = graph.value(span, pred) if span is not None else None
        return int(str(lit)) if isinstance(lit, Literal) else None

    quote = graph.value(span, OA.exact) if span is not None else None
    return Evidence(str(obs), number, _notation(graph, unit) if unit is not None else None,
                    tuple(sorted(_notation(graph, q) for q in graph.objects(obs, PG.qualifier))),
                    str(file_name) if file_name is not None else (str(source) if source is not None else None),
                    str(quote) if quote is not None else None, number_of(PG.start), number_of(PG.end))


def _context(graph: Graph, obs: URIRef) -> tuple[str, str, str]:
    period = graph.value(obs, PG.refPeriod)
    return (_label(graph, graph.value(obs, PG.indicator)), _label(graph, graph.value(obs, PG.refArea)),
            str(period) if period is not None else "?")


def _order(e: Evidence) -> tuple[str, int, str]:
    return (e.source or "", e.start if e.start is not None else -1, e.observation)


def _interval(e: Evidence) -> tuple[Decimal | None, Decimal | None]:
    """What a stated value allows: [v, v], [v, ∞) for 以上, (−∞, v] for 以下, v ± 10% for 约."""
    if "approx" in e.qualifiers:
        spread = abs(e.value) * APPROX_TOLERANCE
        return e.value - spread, e.value + spread
    if "at-least" in e.qualifiers:
        return e.value, None
    if "at-most" in e.qualifiers:
        return None, e.value
    return e.value, e.value


def _overlap(a: Evidence, b: Evidence) -> bool:
    (lo_a, hi_a), (lo_b, hi_b) = _interval(a), _interval(b)
    return (hi_a is None or lo_b is None or lo_b <= hi_a) and (hi_b is None or lo_a is None or lo_a <= hi_b)


def _part_checks(graph: Graph) -> list[Finding]:
    parts: dict[URIRef, list[URIRef]] = {}
    for part, total in graph.subject_objects(PG.componentOf):
        if isinstance(part, URIRef) and isinstance(total, URIRef):
            parts.setdefault(total, []).append(part)
    findings = []
    for total, members in sorted(parts.items()):
        head = _evidence(graph, total)
        found = [e for e in (_evidence(graph, m) for m in members) if e is not None]
        if head is None or len(found) < 2:
            continue
        found.sort(key=_order)
        summed = sum((e.value for e in found), Decimal(0))
        if any(_INEXACT & set(e.qualifiers) for e in (head, *found)):
            consistent = summed <= head.value * (1 + SUM_TOLERANCE)  # a list after 其中 may name only the main parts
        else:
            consistent = summed == head.value
        findings.append(Finding("parts", consistent, *_context(graph, total), (head, *found)))
    return findings


def _source_checks(graph: Graph) -> list[Finding]:
    groups: dict[tuple[str, ...], list[Evidence]] = {}
    for obs in sorted(o for o in graph.subjects(RDF.type, PG.Observation) if isinstance(o, URIRef)):
        e = _evidence(graph, obs)
        if e is None or e.source is None or "target" in e.qualifiers:
            continue  # derived values (no span of their own) and targets are not claims about the period
        period = graph.value(obs, PG.refPeriod)
        key = tuple(str(x) for x in (graph.value(obs, PG.indicator), graph.value(obs, PG.refArea), period,
                                     getattr(period, "datatype", None), e.unit))
        groups.setdefault(key, []).append(e)
    findings = []
    for members in groups.values():
        if len({e.source for e in members}) < 2:
            continue
        members.sort(key=_order)
        consistent = all(_overlap(a, b) for a in members for b in members if a.source != b.source)
        findings.append(Finding("sources", consistent, *_context(graph, URIRef(members[0].observation)),
                                tuple(members)))
    return findings


def check_consistency(graph: Graph | AnalysisGraph) -> list[Finding]:
    """Every whole-graph check: parts against totals, then values across sources.

    Parts add up when their sum equals the total; when a value is approximate (约, 以上, 以下) the
    parts may fall short (a list after 其中 may name only the main ones) but not exceed the total
    by more than 1%.  Two sources contradict each other when the values they give for the same
    indicator, region, period and unit cannot both hold (约 allows ±10%, 以上 and 以下 are
    bounds).  Findings are sorted by kind, indicator, region and period.
    """
    g = graph.rdf if isinstance(graph, AnalysisGraph) else graph
    findings = _part_checks(g) + _source_checks(g)
    return sorted(findings, key=lambda f: (f.kind != "parts", f.indicator, f.region, f.period,
                                           [e.observation for e in f.observations]))


def _level(graph: Graph, region: Node) -> str | None:
    level = graph.value(region, PG.adminLevel)
    if level is None:
        return None
    notation = graph.value(level, SKOS.notation)
    return str(notation) if notation is not None else str(level).rstrip("/").rsplit("/", 1)[-1]


def roll_up(graph: Graph | AnalysisGraph, entity: str) -> list[RegionStep]:
    """The regions ``entity`` lies in, directly and through ``pg:partOf``, most specific first.

    A region rolls up to its ancestors (itself first); a program through ``pg:operatesIn``, a
    document or organization through ``pg:jurisdiction``, an indicator through its observations'
    ``pg:refArea``.  Order: by administrative level (township → country; regions without one
    last), then by distance up the hierarchy, then by code.
    """
    ag = prepare(graph)
    iri = URIRef(resolve_entity(ag, entity))
    g = ag.rdf
    if (iri, RDF.type, PG.Region) in g:
        direct = {iri}
    else:
        subjects = [iri, *g.subjects(PG.indicator, iri)]
        direct = {r for s in subjects for p in _REGION_LINKS for r in g.objects(s, p) if isinstance(r, URIRef)}
    depth = dict.fromkeys(direct, 0)
    frontier = sorted(direct)
    while frontier:  # breadth first: depth = fewest pg:partOf steps from a direct region
        parents = sorted({p for r in frontier for p in g.objects(r, PG.partOf) if isinstance(p, URIRef)} - set(depth))
        for parent in parents:
            depth[parent] = min(depth[r] for r in frontier if (r, PG.partOf, parent) in g) + 1
        frontier = parents
    steps = []
    for region in depth:
        code = g.value(region, PG.adminCode)
        steps.append(RegionStep(str(region), _label(g, region), str(code) if code is not None else None,
                                _level(g, region), region in direct))
    return sorted(steps, key=lambda s: (_LEVELS.get(s.level or "", len(_LEVELS)), depth[URIRef(s.iri)],
                                        s.code or "", s.iri))


def policy_chains(graph: Graph | AnalysisGraph) -> list[list[Document]]:
    """Chains of documents linked by ``pg:implements``, each from the implemented (central) to the implementing.

    Every maximal chain of two or more documents is listed once, in order of its first title.
    """
    ag = prepare(graph)
    g = ag.rdf
    lower: dict[URIRef, list[URIRef]] = {}
    implementing: set[URIRef] = set()
    for doc, parent in g.subject_objects(PG.implements):
        if isinstance(doc, URIRef) and isinstance(parent, URIRef) and doc != parent:
            lower.setdefault(parent, []).append(doc)
            implementing.add(doc)
    chains: list[list[URIRef]] = []

    def walk(chain: list[URIRef]) -> None:
        nexts = [d for d in sorted(lower.get(chain[-1], [])) if d not in chain]
        if not nexts:
            chains.append(chain)
        for doc in nexts:
            walk([*chain, doc])

    for root in sorted(set(lower) - implementing):
        walk([root])

    def document(doc: URIRef) -> Document:
        region = g.value(doc, PG.jurisdiction)
        return Document(str(doc), _label(g, doc), _label(g, region) if region is not None else None,
                        _level(g, region) if region is not None else None)

    out = [[document(d) for d in chain] for chain in chains]
    return sorted(out, key=lambda c: [d.title for d in c])


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _decimal(value: float) -> Literal:
    return Literal(Decimal(f"{value:.6f}").quantize(_SIX_PLACES))


class _Writer:
    def __init__(self, data: Graph) -> None:
        self.data = data
        self.out = bind_prefixes(Graph(identifier=COMPUTED_GRAPH, bind_namespaces="none"))
        self.sources = sorted(s for s in data.subjects(RDF.type, PG.SourceText) if isinstance(s, URIRef))

    def computation(self, name: str, label: str, method: str, parameters: Sequence[str]) -> URIRef:
        run = mint("computation", f"{name}-{_digest(method, *parameters)}")
        self.out.add((run, RDF.type, PG.Computation))
        self.out.add((run, RDFS.label, Literal(label, lang="en")))
        self.out.add((run, PG.method, Literal(method)))
        for parameter in parameters:
            self.out.add((run, PG.parameter, Literal(parameter)))
        for source in self.sources:
            self.out.add((run, PROV.used, source))
        return run

    def add(self, subject: URIRef, cls: URIRef, run: URIRef, *pairs: tuple[URIRef, Node]) -> None:
        self.out.add((subject, RDF.type, cls))
        self.out.add((subject, PROV.wasGeneratedBy, run))
        for pred, obj in pairs:
            self.out.add((subject, pred, obj))


def _weights() -> str:
    return ",".join(f"{str(p).rsplit('#', 1)[-1]}:{w}" for p, w in sorted(EDGE_WEIGHTS.items()))


def _write_centrality(w: _Writer, ag: AnalysisGraph, seed: int, top: int | None, measures: Iterable[str]) -> None:
    base = ["graph=undirected projection, observations folded", f"edgeWeights={_weights()}"]
    methods = {
        "degree": ("networkx.degree_centrality", base),
        "pagerank": ("policy_graph.analysis.pagerank", [*base, "alpha=0.85", "tolerance=1e-10", "maxIter=200"]),
        "betweenness": ("networkx.betweenness_centrality", [
            *base, "normalized=true", f"seed={seed}",
            f"k={BETWEENNESS_SAMPLES if len(ag.nodes) > BETWEENNESS_EXACT_LIMIT else 'all'}"]),
    }
    for measure in measures:
        method, parameters = methods[measure]
        run = w.computation(measure, f"{measure} centrality", method, parameters)
        for r in centrality(ag, top=None, measure=measure, seed=seed):
            if top is not None and r.rank > top:
                continue
            node = mint("centrality", f"{measure}-{_digest(r.iri)}")
            w.add(node, PG.CentralityScore, run, (PG.measure, mint("measure", measure)),
                  (PG.score, _decimal(r.score)), (PG.rank, Literal(r.rank)))
            w.out.add((URIRef(r.iri), PG.centrality, node))


def _write_communities(w: _Writer, ag: AnalysisGraph, seed: int, resolution: float) -> None:
    run = w.computation("louvain", "Louvain communities", "networkx.community.louvain_communities",
                        ["graph=undirected projection, observations folded", f"edgeWeights={_weights()}",
                         "weight=weight", f"resolution={resolution}", f"seed={seed}", "threshold=1e-07"])
    for community in communities(ag, seed=seed, resolution=resolution):
        node = mint("community", _digest(*sorted(m.iri for m in community.members)))
        w.add(node, PG.Community, run, (RDFS.label, Literal(community.label, lang="zh-Hans")),
              (RDFS.label, Literal(community.label_en, lang="en")))
        if community.theme is not None:
            w.out.add((node, PG.dominantTheme, URIRef(community.theme.iri)))
        for member in community.members:
            w.out.add((URIRef(member.iri), PG.community, node))


def _write_related(w: _Writer, ag: AnalysisGraph, top: int) -> None:
    run = w.computation("relatedness", "relatedness", "policy_graph.analysis.related", [
        "score=cosine of neighbourhoods weighted 1/ln(1+d)", f"relatingKinds={','.join(sorted(RELATING_KINDS))}",
        "sentences=pg:sentence of pg:mentionedAt and observation spans", f"maxNeighbourDegree={MAX_NEIGHBOUR_DEGREE}",
        f"top={top}"])
    pairs: dict[tuple[str, str], tuple[float, list[str]]] = {}
    for node in ag.nodes:
        if ag.simple.nodes[node]["kind"] in ("SourceText", "Observation"):
            continue
        for r in related(ag, node, top, digits=12):
            key = (node, r.other.iri) if node < r.other.iri else (r.other.iri, node)
            pairs[key] = (r.score, [reason.iri for reason in r.reasons])
    for (a, b), (score, reasons) in sorted(pairs.items()):
        node = mint("relatedness", _digest(a, b))
        w.add(node, PG.Relatedness, run, (PG.relatedEntity, URIRef(a)), (PG.relatedEntity, URIRef(b)),
              (PG.score, _decimal(score)), *((PG.reason, URIRef(r)) for r in reasons))
        w.out.add((URIRef(a), PG.relatedTo, URIRef(b)))
        w.out.add((URIRef(b), PG.relatedTo, URIRef(a)))


def _sum_check_key(total: str) -> str:
    prefix = str(ID) + "obs/"
    return urllib.parse.unquote(total[len(prefix):]) if total.startswith(prefix) else _digest(total)


def _write_checks(w: _Writer, ag: AnalysisGraph) -> None:
    run = w.computation("consistency", "whole-graph consistency checks", "policy_graph.relations.check_consistency",
                        [f"approxTolerance={APPROX_TOLERANCE}", f"sumTolerance={SUM_TOLERANCE}"])
    checked = {t for c in w.data.subjects(RDF.type, PG.ConsistencyCheck) for t in w.data.objects(c, PG.total)}
    for finding in check_consistency(ag):
        observations = [URIRef(e.observation) for e in finding.observations]
        if finding.kind == "parts":
            if observations[0] in checked:
                continue  # the data already holds this check (made when its text was read)
            node = mint("sum-check", _sum_check_key(str(observations[0])))
            w.out.add((node, RDF.type, PG.ConsistencyCheck))
            w.out.add((node, PROV.wasInformedBy, run))
            w.out.add((node, PG.total, observations[0]))
            for part in observations[1:]:
                w.out.add((node, PG.part, part))
            w.out.add((node, PG.sumOfParts, Literal(finding.sum_of_parts)))
            w.out.add((node, PG.result, mint("check", "consistent" if finding.consistent else "inconsistent")))
        elif not finding.consistent:
            node = mint("contradiction", _digest(*sorted(map(str, observations))))
            w.add(node, PG.Contradiction, run, (RDFS.label, Literal(finding.format("zh"), lang="zh-Hans")),
                  *((PG.conflictingObservation, o) for o in observations))


def compute_relations(graph: Graph | AnalysisGraph, *, seed: int = 42, resolution: float = 1.0, related_top: int = 5,
                      centrality_top: int | None = None, measures: Sequence[str] = MEASURES) -> Graph:
    """The relations computed over ``graph``, as a graph named :data:`COMPUTED_GRAPH`.

    Writes, each ``prov:wasGeneratedBy`` its ``pg:Computation``: a ``pg:CentralityScore`` per
    entity and measure (only ranks up to ``centrality_top`` if given), the ``pg:Community`` of
    every entity (Louvain with ``seed`` and ``resolution``), a ``pg:Relatedness`` (and
    ``pg:relatedTo`` both ways) for each entity's ``related_top`` best-related entities, and a
    ``pg:Contradiction`` per disagreement between sources; part-total checks the data does not
    hold yet become ``pg:ConsistencyCheck``\\ s (``prov:wasInformedBy`` the computation).
    """
    ag = prepare(graph)
    writer = _Writer(ag.rdf)
    _write_centrality(writer, ag, seed, centrality_top, measures)
    _write_communities(writer, ag, seed, resolution)
    _write_related(writer, ag, related_top)
    _write_checks(writer, ag)
    return writer.out
