"""Facts → RDF, under the policy-graph ontology.

Every span is mapped from normalized back to original offsets here, and its
``oa:exact`` is the original text between them.  IRIs come only from
:func:`policy_graph.namespaces.mint`; no blank nodes, so output is deterministic.

The facts become a set of plain ``(s, p, o)`` tuples (:func:`to_triples`): a build collects, merges and
writes those without an rdflib graph; :func:`graph_of` puts them in one for callers that want it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .extract.facts import Evidence, Facts, ObservationFact
from .gazetteer import Gazetteer
from .namespaces import DCTERMS, OA, ORG, PG, PROV, RDF, RDFS, SKOS, WGS84, XSD, bind_prefixes, mint
from .normalize import NormalizedText
from .read import Source
from .resolve import Resolved

__all__ = ["Triple", "graph_of", "new_graph", "to_triples"]

ZH = "zh-Hans"
Triple = tuple[Node, Node, Node]
TYPE, LABEL, PREF_LABEL, EXACT, DERIVED_FROM = RDF.type, RDFS.label, SKOS.prefLabel, OA.exact, PROV.wasDerivedFrom


def new_graph() -> Graph:
    """An empty graph with the project's prefixes and no others."""
    return bind_prefixes(Graph(bind_namespaces="none"))


@functools.lru_cache(maxsize=4096)
def period_literal(period: str) -> Literal:
    """``2018`` → xsd:gYear, ``2018-06`` → xsd:gYearMonth, ``2018-06-30`` → xsd:date."""
    if re.fullmatch(r"\d{4}", period):
        return Literal(period, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return Literal(period, datatype=XSD.gYearMonth)
    return Literal(period, datatype=XSD.date)


@functools.lru_cache(maxsize=1 << 14)
def _integer(value: int) -> Literal:
    return Literal(value)


@functools.lru_cache(maxsize=1 << 10)
def _plain(text: str) -> Literal:
    return Literal(text)


@functools.lru_cache(maxsize=1 << 14)
def _zh(text: str) -> Literal:
    return Literal(text, lang=ZH)


class _Writer:
    def __init__(self, source: Source, normalized: NormalizedText, gazetteer: Gazetteer) -> None:
        self.g: set[Triple] = set()
        self.source = source
        self.normalized = normalized
        self.gazetteer = gazetteer
        self.source_iri = mint("source", source.key)
        self._spans: dict[tuple[int, int, str, tuple[int, int] | None, int | None], URIRef] = {}
        self._regions: set[str] = set()
        self.themed: set[URIRef] = set()  # indicators given a theme already (the first one stays)

    def span(self, evidence: Evidence) -> URIRef:
        key = (evidence.start, evidence.end, evidence.rule, evidence.sentence, evidence.section)
        known = self._spans.get(key)
        if known is not None:
            return known
        start, end = self.normalized.original_span(evidence.start, evidence.end)
        iri = self._spans[key] = mint("span", f"{self.source.key}-{start}-{end}")
        add = self.g.add
        add((iri, TYPE, PG.TextSpan))
        add((iri, PG.source, self.source_iri))
        add((iri, PG.start, _integer(start)))
        add((iri, PG.end, _integer(end)))
        add((iri, EXACT, Literal(self.source.text[start:end])))
        add((iri, PG.rule, _plain(evidence.rule)))
        if evidence.sentence is not None and evidence.sentence != (evidence.start, evidence.end):
            sentence = self.span(Evidence(evidence.sentence[0], evidence.sentence[1], "sentence"))
            add((iri, PG.sentence, sentence))
        if evidence.section is not None:
            add((iri, PG.section, mint("section", f"{self.source.key}-{evidence.section}")))
        return iri

    def mentioned(self, subject: URIRef, evidence: list[Evidence]) -> None:
        for ev in sorted(set(evidence)):
            self.g.add((subject, PG.mentionedAt, self.span(ev)))
        self.g.add((self.source_iri, PG.mentions, subject))

    def region(self, code: str) -> URIRef:
        if code not in self._regions:
            self.g.update(_region_triples(self.gazetteer, code))
            self._regions.add(code)
        return mint("region", code)


@functools.lru_cache(maxsize=1 << 13)
def _region_triples(gazetteer: Gazetteer, code: str) -> frozenset[Triple]:
    """A region's description, with its ancestors' and successors' (the same in every source)."""
    found: set[Triple] = set()
    pending, done = [code], set()
    while pending:
        current = pending.pop()
        if current not in done:
            done.add(current)
            own, linked = _one_region(gazetteer, current)
            found |= own
            pending.extend(linked)
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 13)
def _one_region(gazetteer: Gazetteer, code: str) -> tuple[frozenset[Triple], tuple[str, ...]]:
    """One region's own triples, and the codes of the regions they link to (its parent, its successor)."""
    region = gazetteer.get(code)
    if region is None:
        raise KeyError(f"region code {code} is not in the gazetteer")
    iri = mint("region", code)
    g: set[Triple] = {
        (iri, TYPE, PG.Region),
        (iri, PG.adminCode, Literal(region.code)),
        (iri, PG.adminLevel, mint("level", region.level)),
        (iri, LABEL, _zh(region.name)),
    }
    if region.lat is not None and region.lon is not None:
        g.add((iri, WGS84.lat, Literal(Decimal(str(region.lat)))))
        g.add((iri, WGS84.long, Literal(Decimal(str(region.lon)))))
    linked = []
    for predicate, other in ((PG.partOf, region.parent), (PG.replacedBy, region.replaced_by)):
        if other:
            g.add((iri, predicate, mint("region", other)))
            linked.append(other)
    return frozenset(g), tuple(linked)


def graph_of(triples: Iterable[Triple]) -> Graph:
    """A new graph (with the project's prefixes) holding ``triples``."""
    graph = new_graph()
    for triple in triples:
        graph.add(triple)
    return graph


def to_triples(resolved: Resolved, source: Source, normalized: NormalizedText,
               gazetteer: Gazetteer) -> frozenset[Triple]:
    """The facts of one source as RDF triples (no blank nodes: the same facts give the same set)."""
    w = _Writer(source, normalized, gazetteer)
    g = w.g
    facts = resolved.facts
    _source(w, facts)
    for code, evidence in sorted(facts.regions.items()):
        w.mentioned(w.region(code), evidence)
    for name, org in sorted(facts.organizations.items()):
        iri = mint("org", name)
        g.add((iri, TYPE, PG.Organization))
        g.add((iri, LABEL, _zh(name)))
        if org.parent:
            g.add((iri, ORG.subOrganizationOf, mint("org", org.parent)))
        if org.region:
            g.add((iri, PG.jurisdiction, w.region(org.region)))
        if org.evidence:
            w.mentioned(iri, org.evidence)
    for title, doc in sorted(facts.documents.items()):
        iri = mint("doc", title)
        g.add((iri, TYPE, PG.PolicyDocument))
        g.add((iri, DCTERMS.title, Literal(title, lang=ZH)))
        g.add((iri, PG.documentType, mint("doctype", doc.doctype or "other")))
        if doc.issuer:
            g.add((iri, PG.issuer, mint("org", doc.issuer)))
        if doc.jurisdiction:
            g.add((iri, PG.jurisdiction, w.region(doc.jurisdiction)))
        for target in doc.implements:
            g.add((iri, PG.implements, mint("doc", target)))
        if doc.theme:
            g.add((iri, PG.theme, mint("theme", doc.theme)))
        if doc.issued:
            g.add((iri, DCTERMS.issued, period_literal(doc.issued)))
        if doc.number:
            g.add((iri, PG.documentNumber, Literal(doc.number)))
        w.mentioned(iri, doc.evidence)
    for label, program in sorted(facts.programs.items()):
        iri = mint("program", label)
        g.add((iri, TYPE, PG.Program))
        g.add((iri, LABEL, _zh(label)))
        if program.progtype:
            g.add((iri, PG.programType, mint("progtype", program.progtype)))
        if program.theme:
            g.add((iri, PG.theme, mint("theme", program.theme)))
        for code in sorted(program.regions):
            g.add((iri, PG.operatesIn, w.region(code)))
        for title in sorted(program.based_on):
            g.add((iri, PG.basedOn, mint("doc", title)))
        w.mentioned(iri, program.evidence)
    keys = [_observation(w, obs, facts) for obs in facts.observations]
    for i, obs in enumerate(facts.observations):
        if obs.total is not None:
            g.add((mint("obs", keys[i]), PG.componentOf, mint("obs", keys[obs.total])))
    for d in resolved.derived:
        iri = mint("obs", f"{keys[d.source]}-{d.kind}")
        _indicator(w, d.indicator, d.theme, [])
        g.add((iri, TYPE, PG.Observation))
        g.add((iri, PG.indicator, mint("indicator", d.indicator)))
        g.add((iri, PG.refArea, w.region(d.region)))
        g.add((iri, PG.refPeriod, period_literal(d.period)))
        g.add((iri, PG.value, Literal(d.value)))
        g.add((iri, PG.unit, mint("unit", d.unit)))
        g.add((iri, PG.status, mint("status", "derived")))
        g.add((iri, PG.derivation, Literal(d.derivation)))
        g.add((iri, DERIVED_FROM, mint("obs", keys[d.source])))
    for check in resolved.checks:
        iri = mint("sum-check", keys[check.total])
        g.add((iri, TYPE, PG.ConsistencyCheck))
        g.add((iri, PG.total, mint("obs", keys[check.total])))
        for part in check.parts:
            g.add((iri, PG.part, mint("obs", keys[part])))
        g.add((iri, PG.sumOfParts, Literal(check.sum_of_parts)))
        g.add((iri, PG.result, mint("check", "consistent" if check.consistent else "inconsistent")))
    return frozenset(g)


def _source(w: _Writer, facts: Facts) -> None:
    g, s, meta = w.g, w.source_iri, w.source.metadata
    g.add((s, TYPE, PG.SourceText))
    title = meta.get("title") or facts.title
    if title:
        g.add((s, DCTERMS.title, Literal(title, lang=ZH)))
    subtitle = meta.get("subtitle") or facts.subtitle
    if subtitle:
        g.add((s, PG.subtitle, Literal(subtitle, lang=ZH)))
    creator = meta.get("creator") or facts.byline
    if creator:
        g.add((s, DCTERMS.creator, Literal(creator, lang=ZH)))
    if meta.get("issued"):
        g.add((s, DCTERMS.issued, period_literal(meta["issued"])))
    for key, predicate in (("publisher", DCTERMS.publisher), ("description", DCTERMS.description),
                           ("license", DCTERMS.license), ("url", DCTERMS.source)):
        if meta.get(key):
            g.add((s, predicate, Literal(meta[key])))
    g.add((s, PG.sha256, Literal(w.source.raw_sha256)))
    g.add((s, PG.encoding, Literal(w.source.encoding)))
    g.add((s, PG.fileName, Literal(w.source.name)))
    if facts.reference_period:
        g.add((s, PG.referencePeriod, period_literal(facts.reference_period)))
    if facts.focus_region:
        g.add((s, PG.focusRegion, w.region(facts.focus_region)))
    for section in facts.sections:
        iri = mint("section", f"{w.source.key}-{section.order}")
        g.add((iri, TYPE, PG.Section))
        g.add((iri, DCTERMS.title, Literal(section.heading, lang=ZH)))
        if section.subheading:
            g.add((iri, PG.subtitle, Literal(section.subheading, lang=ZH)))
        g.add((iri, PG.source, s))
        g.add((iri, PG.order, _integer(section.order)))
        if section.theme:
            g.add((iri, PG.theme, mint("theme", section.theme)))


def _indicator(w: _Writer, label: str, theme: str | None, programs: list[str]) -> URIRef:
    iri = mint("indicator", label)
    w.g.add((iri, TYPE, PG.Indicator))
    w.g.add((iri, PREF_LABEL, _zh(label)))
    if theme and iri not in w.themed:
        w.themed.add(iri)
        w.g.add((iri, PG.theme, mint("theme", theme)))
    for program in programs:
        w.g.add((iri, PG.measures, mint("program", program)))
    return iri


def _observation(w: _Writer, obs: ObservationFact, facts: Facts) -> str:
    g = w.g
    anchor = w.normalized.original_span(obs.anchor, obs.anchor + 1)[0]
    key = f"{w.source.key}-{anchor}"
    iri = mint("obs", key)
    programs = [p for p in obs.programs if p in facts.programs]
    g.add((iri, TYPE, PG.Observation))
    g.add((iri, PG.indicator, _indicator(w, obs.indicator, obs.theme, programs)))
    g.add((iri, PG.refArea, w.region(obs.region)))
    g.add((iri, PG.refPeriod, period_literal(obs.period)))
    g.add((iri, PG.value, Literal(obs.value)))
    g.add((iri, PG.unit, mint("unit", obs.unit)))
    if obs.base_period:
        g.add((iri, PG.basePeriod, period_literal(obs.base_period)))
    if obs.change_percent is not None:
        g.add((iri, PG.changePercent, Literal(obs.change_percent)))
    if obs.upper is not None:
        g.add((iri, PG.upperBound, Literal(obs.upper)))
    for qualifier in sorted(obs.qualifiers):
        g.add((iri, PG.qualifier, mint("qualifier", qualifier)))
    g.add((iri, PG.status, mint("status", "reported")))
    for title in obs.documents:
        g.add((iri, PG.relatedDocument, mint("doc", title)))
    g.add((iri, DERIVED_FROM, w.span(obs.evidence)))
    return key
