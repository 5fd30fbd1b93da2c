"""Facts → RDF, under the policy-graph ontology.

Every span is mapped from normalized back to original offsets here, and its
``oa:exact`` is the original text between them.  IRIs come only from
:func:`policy_graph.namespaces.mint`; no blank nodes, so output is deterministic.

The facts are written straight as N-Triples lines (:func:`to_ntriples`, one document per source): that is
what a build collects, merges, validates and writes, so no rdflib term is made for each fact.
:func:`to_triples` reads them back as rdflib terms, and :func:`graph_of` puts those in a graph, for callers
that want one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal

from rdflib import Graph
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import Node

from . import ntriples
from .extract.facts import Evidence, Facts, ObservationFact
from .gazetteer import Gazetteer
from .namespaces import DCTERMS, OA, ORG, PG, PROV, RDF, RDFS, SKOS, WGS84, XSD, minted, new_graph
from .normalize import NormalizedText, years_as_written
from .read import Source
from .resolve import Resolved

__all__ = ["Triple", "graph_of", "to_ntriples", "to_triples", "triples_of"]

Triple = tuple[Node, Node, Node]


class _Written:
    """A namespace's terms as N-Triples writes them, by local name (``_Written(PG).Region``), each made once."""

    def __init__(self, namespace: type[DefinedNamespace] | Namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        written = ntriples.iri(str(self._namespace[name]))
        setattr(self, name, written)
        return written


_PG, _DCTERMS, _XSD = _Written(PG), _Written(DCTERMS), _Written(XSD)
TYPE, LABEL, PREF_LABEL = ntriples.iri(str(RDF.type)), ntriples.iri(str(RDFS.label)), ntriples.iri(str(SKOS.prefLabel))
EXACT, DERIVED_FROM = ntriples.iri(str(OA.exact)), ntriples.iri(str(PROV.wasDerivedFrom))
SUB_ORGANIZATION_OF = ntriples.iri(str(ORG.subOrganizationOf))
LAT, LONG = ntriples.iri(str(WGS84.lat)), ntriples.iri(str(WGS84.long))
ZH = "zh-Hans"


@functools.lru_cache(maxsize=1 << 16)  # names recur: regions, units, indicators, themes, documents
def _ref(kind: str, key: str) -> str:
    """:func:`policy_graph.namespaces.mint`'s IRI, as N-Triples writes it (percent-encoded: nothing to escape)."""
    return f"<{minted(kind, key)}>"


_REPORTED = _ref("status", "reported")
# the lines of a kind of resource that do not depend on it, but for its IRI in front
_TYPED_SPAN = f" {TYPE} {_PG.TextSpan} .\n"
_TYPED_OBSERVATION, _TYPED_INDICATOR = f" {TYPE} {_PG.Observation} .\n", f" {TYPE} {_PG.Indicator} .\n"
_REPORTED_STATUS = f" {_PG.status} {_REPORTED} .\n"


@functools.lru_cache(maxsize=4096)  # a collection names a few hundred periods
def period_literal(period: str) -> str:
    """``2018`` → xsd:gYear, ``2018-06`` → xsd:gYearMonth, ``2018-06-30`` → xsd:date."""
    if re.fullmatch(r"\d{4}", period):
        return ntriples.literal(period, _XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return ntriples.literal(period, _XSD.gYearMonth)
    return ntriples.literal(period, _XSD.date)


@functools.lru_cache(maxsize=1 << 14)
def _integer(value: int) -> str:
    return f'"{value}"^^{_XSD.integer}'


def _decimal(value: Decimal) -> str:
    """An xsd:decimal, its lexical form as rdflib's ``Literal(value)`` writes it (no exponent)."""
    return f'"{value:f}"^^{_XSD.decimal}'


_plain = functools.lru_cache(maxsize=1 << 10)(ntriples.literal)
_text = ntriples.literal


@functools.lru_cache(maxsize=1 << 14)
def _zh(text: str) -> str:
    return ntriples.literal(text, language=ZH)


class _Writer:
    def __init__(self, source: Source, normalized: NormalizedText, gazetteer: Gazetteer) -> None:
        # the lines as made, some more than once: dict.fromkeys drops the repeats at the end and keeps the order
        # they were made in, which sorts much faster than a set's (runs of a resource's lines, spans in order)
        self.lines: list[str] = []
        self.source = source
        self.key = source.key
        self.normalized = normalized
        self.gazetteer = gazetteer
        self.source_iri = _ref("source", self.key)
        self._spans: dict[Evidence, str] = {}  # each evidence's span IRI, its lines written already
        self._sentences: dict[tuple[int, int], str] = {}  # each sentence's span IRI, likewise
        self._regions: set[str] = set()
        self.titles: dict[str, str] = {}  # cited titles whose source writes them otherwise (write_titles)
        self.keys: dict[str, str] = {}  # each cited document's key: its title as written, and its number if known
        self.themed: set[str] = set()  # indicators given a theme already (the first one stays)
        self.indicators: dict[str, str] = {}  # the indicators described already: IRI by label
        self.observed: set[str] = set()  # the keys of the observations written already
        # the source's own resources are keyed "<source key>-<numbers>": hex digits, digits and "-", which
        # percent-encoding keeps as they are, so their IRIs are the kind's IRI for the source key, extended
        self._own = {kind: _ref(kind, self.key)[:-1] for kind in ("span", "obs", "section")}
        self._of_source = f" {_PG.source} {self.source_iri} .\n"

    def own(self, kind: str, numbers: str) -> str:
        """The IRI of a resource of this source: ``_ref(kind, f"{source key}-{numbers}")`` (``numbers``: digits
        and "-"), made without encoding it."""
        return f"{self._own[kind]}-{numbers}>"

    def add(self, subject: str, predicate: str, obj: str) -> None:
        self.lines.append(f"{subject} {predicate} {obj} .\n")

    def span(self, evidence: Evidence) -> str:
        known = self._spans.get(evidence)
        if known is not None:
            return known
        iri = self._spans[evidence] = self._span_lines(evidence.start, evidence.end, evidence.rule)
        lines = self.lines
        sentence = evidence.sentence
        if sentence is not None and sentence != (evidence.start, evidence.end):
            lines.append(f"{iri} {_PG.sentence} {self._sentence(sentence)} .\n")
        if evidence.section is not None:
            lines.append(f"{iri} {_PG.section} {self.own('section', str(evidence.section))} .\n")
        return iri

    def _sentence(self, sentence: tuple[int, int]) -> str:
        """The span of a sentence (rule "sentence"), by its offsets: a sentence holds many facts' spans."""
        known = self._sentences.get(sentence)
        if known is None:
            known = self._sentences[sentence] = self._span_lines(sentence[0], sentence[1], "sentence")
        return known

    def _span_lines(self, start: int, end: int, rule: str) -> str:
        """Add the lines a span has whatever its evidence (the normalized ``[start, end)``); return its IRI."""
        start, end = self.normalized.original_span(start, end)
        iri = f"{self._own['span']}-{start}-{end}>"
        # formatted here at once: a source has dozens of spans, a collection millions
        self.lines.extend((iri + _TYPED_SPAN, iri + self._of_source, f"{iri} {_PG.start} {_integer(start)} .\n",
                           f"{iri} {_PG.end} {_integer(end)} .\n",
                           f"{iri} {EXACT} {_text(self.source.text[start:end])} .\n",
                           f"{iri} {_PG.rule} {_plain(rule)} .\n"))
        return iri

    def mentioned(self, subject: str, evidence: list[Evidence]) -> None:
        span = self.span
        self.lines.extend([f"{subject} {_PG.mentionedAt} {span(ev)} .\n" for ev in set(evidence)])  # (any order)
        self.add(self.source_iri, _PG.mentions, subject)

    def write_titles(self, facts: Facts) -> None:
        """Name each cited document as its source writes it: a year the text gives in Chinese digits
        (《二〇二四年…方案》) keeps them in the title, which the normalizer wrote in Arabic ones for reading.
        Key each by its title, and by its number too where the source gives one (:meth:`document`)."""
        for title, doc in facts.documents.items():
            written = title
            for ev in doc.evidence:
                for arabic, chinese in years_as_written(self.normalized, self.source.text, ev.start, ev.end).items():
                    written = written.replace(arabic, chinese)
            if written != title:
                self.titles[title] = written
            self.keys[title] = f"{written}（{doc.number}）" if doc.number else written

    def document(self, title: str) -> str:
        """The IRI of the document cited as ``title``: keyed by its title as written (:meth:`write_titles`), and
        by its number where the source gives one — many a city issues a notice of the same title (关于提高困难残疾人
        生活补贴和重度残疾人护理补贴标准的通知: 张民字〔2025〕9号, 营民发〔2025〕57号), and a number names one."""
        return _ref("doc", self.keys.get(title, title))

    def region(self, code: str) -> str:
        if code not in self._regions:
            self.lines.extend(_region_lines(self.gazetteer, code))
            self._regions.add(code)
        return _ref("region", code)


@functools.lru_cache(maxsize=1 << 13)
def _region_lines(gazetteer: Gazetteer, code: str) -> frozenset[str]:
    """A region's description, with its ancestors' and successors' (the same in every source)."""
    found: set[str] = set()
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
def _one_region(gazetteer: Gazetteer, code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """One region's own lines, and the codes of the regions they link to (its parent, its successor)."""
    region = gazetteer.get(code)
    if region is None:
        raise KeyError(f"region code {code} is not in the gazetteer")
    iri = _ref("region", code)
    triples = [(TYPE, _PG.Region), (_PG.adminCode, _text(region.code)), (_PG.adminLevel, _ref("level", region.level)),
               (LABEL, _zh(region.name))]
    if region.lat is not None and region.lon is not None:
        triples += [(LAT, _decimal(Decimal(str(region.lat)))), (LONG, _decimal(Decimal(str(region.lon))))]
    linked = []
    for predicate, other in ((_PG.partOf, region.parent), (_PG.replacedBy, region.replaced_by)):
        if other:
            triples.append((predicate, _ref("region", other)))
            linked.append(other)
    return frozenset(f"{iri} {p} {o} .\n" for p, o in triples), tuple(linked)


def graph_of(triples: Iterable[Triple]) -> Graph:
    """A new graph (with the project's prefixes) holding ``triples``."""
    graph = new_graph()
    for triple in triples:
        graph.add(triple)
    return graph


_READER = ntriples.Reader()


def triples_of(data: bytes) -> frozenset[Triple]:
    """The triples of a document of :func:`to_ntriples`, as rdflib terms."""
    return frozenset(_READER.triples(data))


def to_triples(resolved: Resolved, source: Source, normalized: NormalizedText,
               gazetteer: Gazetteer) -> frozenset[Triple]:
    """The facts of one source as rdflib triples (those of :func:`to_ntriples`)."""
    return triples_of(to_ntriples(resolved, source, normalized, gazetteer))


def to_ntriples(resolved: Resolved, source: Source, normalized: NormalizedText, gazetteer: Gazetteer) -> bytes:
    """The facts of one source as an N-Triples document (:func:`policy_graph.ntriples.document_of_lines`:
    sorted lines; no blank nodes, so the same facts give the same bytes)."""
    w = _Writer(source, normalized, gazetteer)
    add = w.add
    facts = resolved.facts
    w.write_titles(facts)
    _source(w, facts)
    for code, evidence in sorted(facts.regions.items()):
        w.mentioned(w.region(code), evidence)
    for name, org in sorted(facts.organizations.items()):
        iri = _ref("org", name)
        add(iri, TYPE, _PG.Organization)
        add(iri, LABEL, _zh(name))
        if org.parent:
            add(iri, SUB_ORGANIZATION_OF, _ref("org", org.parent))
        if org.region:
            add(iri, _PG.jurisdiction, w.region(org.region))
        if org.evidence:
            w.mentioned(iri, org.evidence)
    for title, doc in sorted(facts.documents.items()):
        iri = w.document(title)
        add(iri, TYPE, _PG.PolicyDocument)
        add(iri, _DCTERMS.title, _zh(w.titles.get(title, title)))
        add(iri, _PG.documentType, _ref("doctype", doc.doctype or "other"))
        if doc.issuer:
            add(iri, _PG.issuer, _ref("org", doc.issuer))
        if doc.jurisdiction:
            add(iri, _PG.jurisdiction, w.region(doc.jurisdiction))
        for target in doc.implements:
            if target in facts.documents:  # (only documents the graph has: a link is to a pg:PolicyDocument)
                add(iri, _PG.implements, w.document(target))
        if doc.theme:
            add(iri, _PG.theme, _ref("theme", doc.theme))
        if doc.issued:
            add(iri, _DCTERMS.issued, period_literal(doc.issued))
        if doc.number:
            add(iri, _PG.documentNumber, _text(doc.number))
        w.mentioned(iri, doc.evidence)
    for label, program in sorted(facts.programs.items()):
        iri = _ref("program", label)
        add(iri, TYPE, _PG.Program)
        add(iri, LABEL, _zh(label))
        if program.progtype:
            add(iri, _PG.programType, _ref("progtype", program.progtype))
        if program.theme:
            add(iri, _PG.theme, _ref("theme", program.theme))
        for code in sorted(program.regions):
            add(iri, _PG.operatesIn, w.region(code))
        for title in sorted(program.based_on):
            if title in facts.documents:
                add(iri, _PG.basedOn, w.document(title))
        w.mentioned(iri, program.evidence)
    keys = [_observation(w, obs, facts) for obs in facts.observations]
    for i, obs in enumerate(facts.observations):
        if obs.total is not None:
            add(_ref("obs", keys[i]), _PG.componentOf, _ref("obs", keys[obs.total]))
    for d in resolved.derived:
        iri = _ref("obs", f"{keys[d.source]}-{d.kind}")
        _indicator(w, d.indicator, d.theme, [])
        add(iri, TYPE, _PG.Observation)
        add(iri, _PG.indicator, _ref("indicator", d.indicator))
        add(iri, _PG.refArea, w.region(d.region))
        add(iri, _PG.refPeriod, period_literal(d.period))
        add(iri, _PG.value, _decimal(d.value))
        add(iri, _PG.unit, _ref("unit", d.unit))
        add(iri, _PG.status, _ref("status", "derived"))
        add(iri, _PG.derivation, _text(d.derivation))
        add(iri, DERIVED_FROM, _ref("obs", keys[d.source]))
    for check in resolved.checks:
        iri = _ref("sum-check", keys[check.total])
        add(iri, TYPE, _PG.ConsistencyCheck)
        add(iri, _PG.total, _ref("obs", keys[check.total]))
        for part in check.parts:
            add(iri, _PG.part, _ref("obs", keys[part]))
        add(iri, _PG.sumOfParts, _decimal(check.sum_of_parts))
        add(iri, _PG.result, _ref("check", "consistent" if check.consistent else "inconsistent"))
    return ntriples.document_of_lines(dict.fromkeys(w.lines))


def _source(w: _Writer, facts: Facts) -> None:
    add, s, meta = w.add, w.source_iri, w.source.metadata
    add(s, TYPE, _PG.SourceText)
    title = meta.get("title") or facts.title
    if title and title == facts.title:  # the heading, as written (:meth:`_Writer.write_titles`)
        start = facts.title_start
        for arabic, chinese in years_as_written(w.normalized, w.source.text, start, start + len(title)).items():
            title = title.replace(arabic, chinese)
    if title:
        add(s, _DCTERMS.title, _zh(title))
    subtitle = meta.get("subtitle") or facts.subtitle
    if subtitle:
        add(s, _PG.subtitle, _zh(subtitle))
    creator = meta.get("creator") or facts.byline
    if creator:
        add(s, _DCTERMS.creator, _zh(creator))
    if meta.get("issued"):
        add(s, _DCTERMS.issued, period_literal(meta["issued"]))
    for key, predicate in (("publisher", _DCTERMS.publisher), ("description", _DCTERMS.description),
                           ("license", _DCTERMS.license), ("url", _DCTERMS.source)):
        if meta.get(key):
            add(s, predicate, _text(meta[key]))
    add(s, _PG.sha256, _text(w.source.raw_sha256))
    add(s, _PG.encoding, _text(w.source.encoding))
    add(s, _PG.fileName, _text(w.source.name))
    if facts.reference_period:
        add(s, _PG.referencePeriod, period_literal(facts.reference_period))
    if facts.focus_region:
        add(s, _PG.focusRegion, w.region(facts.focus_region))
    for section in facts.sections:
        iri = w.own("section", str(section.order))
        add(iri, TYPE, _PG.Section)
        add(iri, _DCTERMS.title, _zh(section.heading))
        if section.subheading:
            add(iri, _PG.subtitle, _zh(section.subheading))
        add(iri, _PG.source, s)
        add(iri, _PG.order, _integer(section.order))
        if section.theme:
            add(iri, _PG.theme, _ref("theme", section.theme))


def _indicator(w: _Writer, label: str, theme: str | None, programs: list[str]) -> str:
    iri = w.indicators.get(label)
    if iri is None:  # its type and label, once a source (most of its observations share a few indicators)
        iri = w.indicators[label] = _ref("indicator", label)
        w.lines += (iri + _TYPED_INDICATOR, f"{iri} {PREF_LABEL} {_zh(label)} .\n")
    if theme and iri not in w.themed:
        w.themed.add(iri)
        w.add(iri, _PG.theme, _ref("theme", theme))
    for program in programs:
        w.add(iri, _PG.measures, _ref("program", program))
    return iri


def _observation(w: _Writer, obs: ObservationFact, facts: Facts) -> str:
    anchor = w.normalized.starts[obs.anchor]  # where the character at the anchor came from
    number, again = str(anchor), 1
    while number in w.observed:  # (a second figure from the same place in the original: an IRI of its own)
        again += 1
        number = f"{anchor}-{again}"
    w.observed.add(number)
    iri = w.own("obs", number)
    programs = [p for p in obs.programs if p in facts.programs]
    indicator = _indicator(w, obs.indicator, obs.theme, programs)
    lines = [iri + _TYPED_OBSERVATION, f"{iri} {_PG.indicator} {indicator} .\n",
             f"{iri} {_PG.refArea} {w.region(obs.region)} .\n",
             f"{iri} {_PG.refPeriod} {period_literal(obs.period)} .\n", f"{iri} {_PG.value} {_decimal(obs.value)} .\n",
             f"{iri} {_PG.unit} {_ref('unit', obs.unit)} .\n", iri + _REPORTED_STATUS,
             f"{iri} {DERIVED_FROM} {w.span(obs.evidence)} .\n"]
    if obs.base_period:
        lines.append(f"{iri} {_PG.basePeriod} {period_literal(obs.base_period)} .\n")
    if obs.change_percent is not None:
        lines.append(f"{iri} {_PG.changePercent} {_decimal(obs.change_percent)} .\n")
    if obs.upper is not None:
        lines.append(f"{iri} {_PG.upperBound} {_decimal(obs.upper)} .\n")
    lines += [f"{iri} {_PG.qualifier} {_ref('qualifier', qualifier)} .\n" for qualifier in obs.qualifiers]
    lines += [f"{iri} {_PG.relatedDocument} {w.document(title)} .\n" for title in obs.documents
              if title in facts.documents]
    w.lines += lines
    return f"{w.key}-{number}"
