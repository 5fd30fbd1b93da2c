"""Namespaces, the closed ``pg:`` vocabulary and the one function that mints resource IRIs.

Every ontology term the code uses is an attribute of :class:`PG`, a closed
:class:`~rdflib.namespace.DefinedNamespace`: a typo raises ``AttributeError``
instead of silently creating a new IRI.  A test checks that each of these names
is defined in ``ontology/policy.ttl``.

Resource IRIs (documents, regions, observations, and the SKOS concepts of the
ontology's schemes) are built only by :func:`mint`:

>>> str(mint("region", "150200"))
'https://w3id.org/policy-graph/id/region/150200'
>>> str(PG.Observation)
'https://w3id.org/policy-graph/def#Observation'
"""

from __future__ import annotations

import functools
import re
import urllib.parse

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = [
    "DCTERMS",
    "ID",
    "OA",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PG",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SH",
    "SKOS",
    "WGS84",
    "XSD",
    "bind_prefixes",
    "graph_iri",
    "mint",
    "minted",
]

ONTOLOGY_IRI = URIRef("https://w3id.org/policy-graph/def")
ID = Namespace("https://w3id.org/policy-graph/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("http://schema.org/")
WGS84 = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SH = Namespace("http://www.w3.org/ns/shacl#")
QB = Namespace("http://purl.org/linked-data/cube#")
CPSV = Namespace("http://purl.org/vocab/cpsv#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")


class PG(DefinedNamespace):
    """The policy-graph ontology (``https://w3id.org/policy-graph/def#``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/policy-graph/def#")

    # classes
    SourceText: URIRef
    Section: URIRef
    PolicyDocument: URIRef
    Organization: URIRef
    Region: URIRef
    Program: URIRef
    Indicator: URIRef
    Observation: URIRef
    TextSpan: URIRef
    ConsistencyCheck: URIRef
    Theme: URIRef
    DocumentType: URIRef
    AdminLevel: URIRef
    Unit: URIRef
    Qualifier: URIRef
    ObservationStatus: URIRef
    ProgramType: URIRef
    CheckResult: URIRef

    # source texts and sections
    subtitle: URIRef
    sha256: URIRef
    encoding: URIRef
    fileName: URIRef
    referencePeriod: URIRef
    focusRegion: URIRef
    mentions: URIRef
    section: URIRef
    order: URIRef

    # policy documents and organizations
    documentType: URIRef
    documentNumber: URIRef
    issuer: URIRef
    jurisdiction: URIRef
    implements: URIRef
    theme: URIRef

    # regions
    adminCode: URIRef
    adminLevel: URIRef
    partOf: URIRef
    replacedBy: URIRef

    # programs and indicators
    programType: URIRef
    operatesIn: URIRef
    basedOn: URIRef
    measures: URIRef

    # observations
    indicator: URIRef
    refArea: URIRef
    refPeriod: URIRef
    value: URIRef
    unit: URIRef
    unitCode: URIRef
    basePeriod: URIRef
    changePercent: URIRef
    upperBound: URIRef
    qualifier: URIRef
    status: URIRef
    componentOf: URIRef
    relatedDocument: URIRef
    derivation: URIRef

    # consistency checks
    total: URIRef
    part: URIRef
    sumOfParts: URIRef
    result: URIRef

    # provenance spans
    mentionedAt: URIRef
    source: URIRef
    start: URIRef
    end: URIRef
    sentence: URIRef
    rule: URIRef

    # computed relations (policy_graph.relations; named graph …/graph/computed)
    Computation: URIRef
    Relatedness: URIRef
    CentralityScore: URIRef
    CentralityMeasure: URIRef
    Community: URIRef
    Contradiction: URIRef
    method: URIRef
    parameter: URIRef
    relatedTo: URIRef
    relatedEntity: URIRef
    reason: URIRef
    score: URIRef
    centrality: URIRef
    measure: URIRef
    rank: URIRef
    community: URIRef
    dominantTheme: URIRef
    conflictingObservation: URIRef


# DefinedNamespace resolves each ``PG.term`` through its metaclass (about half a microsecond); a build makes
# millions of them, so every declared term is also kept as a plain class attribute.  Undeclared names still
# raise AttributeError.
for _term in PG.__annotations__:
    setattr(PG, _term, PG[_term])


PREFIXES: dict[str, Namespace] = {
    "pg": PG._NS,
    "pgid": ID,
    "dcterms": Namespace(str(DCTERMS)),
    "oa": OA,
    "org": ORG,
    "owl": Namespace(str(OWL)),
    "prov": Namespace(str(PROV)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "skos": Namespace(str(SKOS)),
    "xsd": Namespace(str(XSD)),
    "schema": SCHEMA,
    "geo": WGS84,
    "qb": QB,
    "cpsv": CPSV,
    "eli": ELI,
}

_KIND = re.compile(r"^[a-z][a-z0-9-]*$")


@functools.lru_cache(maxsize=1 << 16)
def mint(kind: str, key: str) -> URIRef:
    """Return the IRI of the resource of ``kind`` identified by ``key``.

    For units, ``A/B/C`` becomes ``A-per-B-C``.  The key is percent-encoded
    (keeping ``-``, ``.``, ``_`` and ``~``), so any
    text, Chinese included, gives a valid and stable IRI.

    >>> str(mint("doc", "暂行办法"))
    'https://w3id.org/policy-graph/id/doc/%E6%9A%82%E8%A1%8C%E5%8A%9E%E6%B3%95'
    >>> str(mint("unit", "CNY/person/month"))
    'https://w3id.org/policy-graph/id/unit/CNY-per-person-month'
    """
    return URIRef(minted(kind, key))


_KINDS: set[str] = set()  # kinds checked already
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*\Z")  # what percent-encoding keeps as it is
_BASE = str(ID)


def minted(kind: str, key: str) -> str:
    """:func:`mint`'s IRI as a plain string, made without an rdflib term (for the N-Triples mapping, which
    makes one for every text span: those keys are made once and are plain ASCII, so only encodings are kept)."""
    if kind not in _KINDS:
        if not _KIND.match(kind):
            raise ValueError(f"invalid IRI kind {kind!r}: use lowercase letters, digits and '-'")
        _KINDS.add(kind)
    if not key:
        raise ValueError(f"empty key for an IRI of kind {kind!r}")
    safe = key.replace("/", "-per-", 1).replace("/", "-") if kind == "unit" else key
    return f"{_BASE}{kind}/{safe if _UNRESERVED.match(safe) else _percent_encoded(safe)}"


@functools.lru_cache(maxsize=1 << 15)
def _percent_encoded(key: str) -> str:
    return urllib.parse.quote(key, safe="-._~")  # names and titles: they recur across a collection


_GRAPH_NAME = re.compile(r"^[a-z][a-z0-9-]*(?:/[A-Za-z0-9._-]+)*$")


def graph_iri(name: str) -> URIRef:
    """The IRI of a named graph: ``source/<key>`` for a source's facts, ``ontology``, ``computed``.

    >>> str(graph_iri("source/16989486823ab234"))
    'https://w3id.org/policy-graph/id/graph/source/16989486823ab234'
    """
    if not _GRAPH_NAME.match(name):
        raise ValueError(f"invalid graph name {name!r}")
    return ID[f"graph/{name}"]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's fixed prefixes (and only those) to ``graph``; return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def new_graph() -> Graph:
    """An empty graph with the project's prefixes and no others."""
    return bind_prefixes(Graph(bind_namespaces="none"))
