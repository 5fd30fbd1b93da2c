"""Tests for ``ontology/policy.ttl``: the pg: vocabulary and its SKOS concept schemes.

The ontology must define every name of the closed :class:`policy_graph.namespaces.PG`
namespace (and nothing else in ``pg:``), with labels, comments, domains, ranges and an
alignment to a standard vocabulary; its concept IRIs must be exactly what
:func:`policy_graph.namespaces.mint` builds; and its OWL RL closure, alone or with
valid example data, must be free of inconsistencies and of wrongly inferred types.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import owlrl
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from policy_graph.namespaces import ONTOLOGY_IRI, PG, QB, SCHEMA, mint

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "src" / "policy_graph" / "ontology"
POLICY_TTL = ONTOLOGY_DIR / "policy.ttl"
EXAMPLES_DIR = Path(__file__).resolve().parent / "shapes"
# A plain Namespace: rdflib's XSD DefinedNamespace warns when --doctest-modules inspects this module.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ERRNS = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")  # where owlrl writes its errors
PG_NS = str(PG._NS)

PG_NAMES = sorted(PG.__annotations__)
CLASSES = [name for name in PG_NAMES if name[0].isupper()]
PROPERTIES = [name for name in PG_NAMES if name[0].islower()]
# Properties whose values are literals; every other property links to a resource.
DATATYPE_PROPERTIES = {
    "subtitle", "sha256", "encoding", "fileName", "referencePeriod", "order",
    "documentNumber", "adminCode", "refPeriod", "value", "unitCode", "basePeriod",
    "changePercent", "upperBound", "derivation", "sumOfParts", "start", "end", "rule",
    "method", "parameter", "score", "rank",
}  # fmt: skip

# Terms with no standard counterpart, and why (kept short on purpose).
NOT_ALIGNED = {
    "sentence": "a selector-to-selector link; Web Annotation has no 'enclosing sentence' relation",
    "rule": "the name of one of our extraction rules; PROV would need a full plan/agent model",
    "derivation": "the formula text of a derived value; PROV records derivation, not formulas",
    "sumOfParts": "specific to our parts-vs-total check",
    "method": "the name of one of our analysis functions; PROV would need a full plan/agent model",
    "parameter": "a name=value literal of a computation; PROV has no property for literal parameters",
}
ALIGNMENT_PREDICATES = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    OWL.equivalentClass,
    OWL.equivalentProperty,
    SKOS.closeMatch,
    SKOS.exactMatch,
    SKOS.broadMatch,
    SKOS.relatedMatch,
)
DATA_CUBE_COMPONENTS = {QB.DimensionProperty, QB.MeasureProperty, QB.AttributeProperty}

# Concept class -> (mint kind, scheme IRI, expected keys).
SCHEMES = {
    PG.Theme: ("theme", "themes", {
        "social-assistance", "elderly-care", "community-governance", "social-organizations",
        "employment", "social-insurance", "medical-security", "child-welfare", "disability",
        "poverty-alleviation", "disaster-relief", "marriage-funeral", "economy", "education",
        "health", "housing", "ecology",
    }),
    PG.DocumentType: ("doctype", "document-types", {
        "implementation-opinions", "guiding-opinions", "opinions", "interim-measures",
        "implementation-measures", "measures", "notice", "regulations", "implementation-plan",
        "work-plan", "plan", "planning", "decision", "provisions", "interim-provisions",
        "detailed-rules", "law", "standard", "guideline", "outline", "announcement", "report", "other",
    }),
    PG.AdminLevel: ("level", "admin-levels", {"country", "province", "prefecture", "county", "township"}),
    PG.Unit: ("unit", "units", {
        "person", "person-time", "household", "CNY", "CNY/person/month", "CNY/person/year",
        "CNY/person-time", "percent", "per-mille", "percentage-point", "institution", "bed", "organization",
        "community", "village", "item", "county", "township", "enterprise", "project",
        "mu", "hectare", "square-metre", "kilometre", "tonne", "year", "count",
    }),
    PG.Qualifier: ("qualifier", "qualifiers", {"at-least", "at-most", "approx", "cumulative", "target"}),
    PG.ObservationStatus: ("status", "observation-statuses", {"reported", "derived"}),
    PG.ProgramType: ("progtype", "program-types", {
        "model", "pilot", "platform", "mechanism", "reform", "project", "system", "service",
        "experience",
    }),
    PG.CheckResult: ("check", "check-results", {"consistent", "inconsistent"}),
    PG.CentralityMeasure: ("measure", "centrality-measures", {"degree", "pagerank", "betweenness"}),
}  # fmt: skip


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(POLICY_TTL, format="turtle")


def _langs(graph: Graph, subject: URIRef, predicate: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal)}


def _closure(graph: Graph) -> Graph:
    closed = Graph()
    for triple in graph:
        closed.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closed)
    return closed


def _assert_consistent(closed: Graph) -> None:
    errors = sorted(str(m) for m in closed.objects(None, ERRNS.error))
    assert errors == [], f"owlrl reported inconsistencies: {errors}"
    nothing = sorted(str(s) for s in closed.subjects(RDF.type, OWL.Nothing))
    assert nothing == [], f"instances of owl:Nothing: {nothing}"


# --- header and declarations ----------------------------------------------------


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert {"zh-Hans", "en"} <= _langs(onto, ONTOLOGY_IRI, DCTERMS.title)
    assert onto.value(ONTOLOGY_IRI, DCTERMS.description) is not None
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert onto.value(ONTOLOGY_IRI, DCTERMS.created) == Literal("2026-11-29", datatype=XSD.date)


@pytest.mark.parametrize("name", CLASSES)
def test_class_declared(onto: Graph, name: str) -> None:
    term = PG[name]
    assert (term, RDF.type, OWL.Class) in onto, f"pg:{name} is not declared an owl:Class"
    assert {"zh-Hans", "en"} <= _langs(onto, term, RDFS.label), f"pg:{name} needs zh-Hans and en labels"
    assert "en" in _langs(onto, term, RDFS.comment), f"pg:{name} needs an English rdfs:comment"


@pytest.mark.parametrize("name", PROPERTIES)
def test_property_declared(onto: Graph, name: str) -> None:
    term = PG[name]
    kind = OWL.DatatypeProperty if name in DATATYPE_PROPERTIES else OWL.ObjectProperty
    assert (term, RDF.type, kind) in onto, (
        f"pg:{name} should be declared an {kind.n3(onto.namespace_manager)}"
    )
    other = OWL.ObjectProperty if kind == OWL.DatatypeProperty else OWL.DatatypeProperty
    assert (term, RDF.type, other) not in onto, f"pg:{name} is declared both object and datatype property"
    assert {"zh-Hans", "en"} <= _langs(onto, term, RDFS.label), f"pg:{name} needs zh-Hans and en labels"
    assert "en" in _langs(onto, term, RDFS.comment), f"pg:{name} needs an English rdfs:comment"
    has_domain = (term, RDFS.domain, None) in onto or (term, SCHEMA.domainIncludes, None) in onto
    assert has_domain, f"pg:{name} needs an rdfs:domain or schema:domainIncludes"
    assert (term, RDFS.range, None) in onto, f"pg:{name} needs an rdfs:range"


def test_no_undeclared_pg_terms(onto: Graph) -> None:
    """Every pg: term the ontology describes is a name of the closed PG namespace."""
    described = {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(PG_NS)}
    unknown = sorted(str(s)[len(PG_NS) :] for s in described if str(s)[len(PG_NS) :] not in PG_NAMES)
    assert unknown == [], f"pg: terms defined in policy.ttl but missing from namespaces.PG: {unknown}"


def test_multi_class_properties_have_no_single_domain(onto: Graph) -> None:
    """Properties shared by several classes must not claim one of them as their domain."""
    for name in ("theme", "jurisdiction", "mentionedAt", "unit", "source", "subtitle"):
        domains = list(onto.objects(PG[name], RDFS.domain))
        assert len(domains) == 1, f"pg:{name} should have exactly one (union or owl:Thing) domain"
        domain = domains[0]
        assert domain == OWL.Thing or (isinstance(domain, BNode) and (domain, OWL.unionOf, None) in onto), (
            f"pg:{name} has the single-class domain {domain}"
        )


def test_part_of_is_transitive(onto: Graph) -> None:
    assert (PG.partOf, RDF.type, OWL.TransitiveProperty) in onto
    assert onto.value(PG.partOf, RDFS.domain) == PG.Region
    assert onto.value(PG.partOf, RDFS.range) == PG.Region


def test_offsets_are_integers(onto: Graph) -> None:
    for name in ("start", "end", "order"):
        assert onto.value(PG[name], RDFS.range) == XSD.integer
    assert (PG.start, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/oa#start")) in onto
    assert (PG.end, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/oa#end")) in onto


# --- alignment -------------------------------------------------------------------


def _alignments(onto: Graph, term: URIRef) -> set[URIRef]:
    targets = {
        o
        for p in ALIGNMENT_PREDICATES
        for o in onto.objects(term, p)
        if isinstance(o, URIRef) and not str(o).startswith(PG_NS)
    }
    return targets | (set(onto.objects(term, RDF.type)) & DATA_CUBE_COMPONENTS)


@pytest.mark.parametrize("name", PG_NAMES)
def test_term_is_aligned(onto: Graph, name: str) -> None:
    aligned = _alignments(onto, PG[name])
    if name in NOT_ALIGNED:
        assert not aligned, f"pg:{name} is aligned now ({aligned}); remove it from NOT_ALIGNED"
    else:
        assert aligned, f"pg:{name} has no alignment; add one or list it in NOT_ALIGNED with a reason"


def test_not_aligned_lists_only_known_names() -> None:
    assert set(NOT_ALIGNED) <= set(PG_NAMES)


@pytest.mark.parametrize(
    ("name", "targets"),
    [
        ("SourceText", {"http://www.w3.org/ns/prov#Entity", "http://schema.org/CreativeWork"}),
        ("PolicyDocument", {"http://data.europa.eu/eli/ontology#LegalResource", "http://schema.org/Legislation"}),
        ("Organization", {"http://www.w3.org/ns/org#Organization"}),
        ("Region", {"http://schema.org/AdministrativeArea"}),
        ("Program", {"http://purl.org/vocab/cpsv#PublicService"}),
        ("Indicator", {str(SKOS.Concept)}),
        ("Observation", {"http://purl.org/linked-data/cube#Observation", "http://www.w3.org/ns/prov#Entity"}),
        ("TextSpan", {"http://www.w3.org/ns/oa#TextQuoteSelector", "http://www.w3.org/ns/oa#TextPositionSelector"}),
        ("Section", {"http://www.w3.org/ns/prov#Entity"}),
        ("ConsistencyCheck", {"http://www.w3.org/ns/prov#Activity"}),
        ("Computation", {"http://www.w3.org/ns/prov#Activity"}),
        ("Community", {"http://www.w3.org/ns/prov#Collection"}),
        *[(c, {"http://www.w3.org/ns/prov#Entity"}) for c in ("Relatedness", "CentralityScore", "Contradiction")],
        *[(c, {str(SKOS.Concept)}) for c in ("Theme", "DocumentType", "AdminLevel", "Unit", "Qualifier",
                                              "ObservationStatus", "ProgramType", "CheckResult",
                                              "CentralityMeasure")],
    ],
)  # fmt: skip
def test_class_alignment(onto: Graph, name: str, targets: set[str]) -> None:
    supers = {str(o) for o in onto.objects(PG[name], RDFS.subClassOf)}
    assert targets <= supers, f"pg:{name} should be a subclass of {sorted(targets - supers)}"


# --- OWL RL consistency ------------------------------------------------------------


def test_owlrl_closure_of_ontology_is_consistent(onto: Graph) -> None:
    _assert_consistent(_closure(onto))


@pytest.mark.parametrize("example", sorted((EXAMPLES_DIR / "valid").glob("*.ttl")), ids=lambda p: p.name)
def test_owlrl_closure_with_valid_data(onto: Graph, example: Path) -> None:
    """Valid data stays consistent, and no pg: class is inferred that was not asserted."""
    data = Graph().parse(EXAMPLES_DIR / "common.ttl").parse(example)
    closed = _closure(onto + data)
    _assert_consistent(closed)
    pg_classes = {PG[name] for name in CLASSES}
    for node in set(data.subjects()) | {o for o in data.objects() if isinstance(o, URIRef)}:
        if (node, RDF.type, None) not in data and (node, RDF.type, None) not in onto:
            continue
        asserted = set(data.objects(node, RDF.type)) | set(onto.objects(node, RDF.type))
        inferred = set(closed.objects(node, RDF.type)) & pg_classes
        assert inferred <= asserted, f"{node} was inferred to be {sorted(inferred - asserted)}"


# --- SKOS concept schemes ------------------------------------------------------------


def _concepts(onto: Graph, cls: URIRef) -> set[URIRef]:
    return {s for s in onto.subjects(RDF.type, cls) if isinstance(s, URIRef)}


@pytest.mark.parametrize("cls", list(SCHEMES), ids=lambda c: str(c).rsplit("#", 1)[1])
def test_concept_scheme(onto: Graph, cls: URIRef) -> None:
    kind, scheme_key, keys = SCHEMES[cls]
    scheme = mint("scheme", scheme_key)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in onto
    assert {"zh-Hans", "en"} <= _langs(onto, scheme, SKOS.prefLabel)
    concepts = _concepts(onto, cls)
    assert concepts, f"scheme {scheme_key} is empty"
    notations = {str(onto.value(c, SKOS.notation)) for c in concepts}
    assert notations == keys
    for concept in concepts:
        key = str(onto.value(concept, SKOS.notation))
        assert concept == mint(kind, key), f"{concept} is not mint({kind!r}, {key!r})"
        assert (concept, RDF.type, SKOS.Concept) in onto
        assert (concept, SKOS.inScheme, scheme) in onto
        labels = list(onto.objects(concept, SKOS.prefLabel))
        assert sorted(lbl.language for lbl in labels) == ["en", "zh-Hans"], (
            f"{concept}: one prefLabel per language"
        )
        broader = onto.value(concept, SKOS.broader)
        is_top = (concept, SKOS.topConceptOf, scheme) in onto
        assert is_top == ((scheme, SKOS.hasTopConcept, concept) in onto), f"{concept}: top concept mismatch"
        assert is_top != (broader is not None), (
            f"{concept} must be either a top concept or have a broader one"
        )
        if broader is not None:
            assert (broader, SKOS.inScheme, scheme) in onto


def test_indicator_class_has_no_fixed_scheme(onto: Graph) -> None:
    """Indicators are minted from texts, so the ontology itself defines none."""
    assert not _concepts(onto, PG.Indicator)


def test_unit_codes_match_notation_and_contract(onto: Graph) -> None:
    codes = {}
    for unit in _concepts(onto, PG.Unit):
        code = onto.value(unit, PG.unitCode)
        assert code is not None and str(code) == str(onto.value(unit, SKOS.notation))
        codes[str(code)] = unit
    assert codes["CNY/person/month"] == URIRef("https://w3id.org/policy-graph/id/unit/CNY-per-person-month")
    assert codes["person-time"] == URIRef("https://w3id.org/policy-graph/id/unit/person-time")
    assert onto.value(codes["person-time"], SKOS.prefLabel) is not None


def _hidden(onto: Graph, concept: URIRef) -> set[str]:
    labels = set(onto.objects(concept, SKOS.hiddenLabel))
    assert all(lbl.language == "zh-Hans" for lbl in labels), f"{concept}: hidden labels must be zh-Hans"
    return {str(lbl) for lbl in labels}


def test_theme_keywords(onto: Graph) -> None:
    keywords = {theme: _hidden(onto, theme) for theme in _concepts(onto, PG.Theme)}
    for theme, words in keywords.items():
        assert 5 <= len(words) <= 12, f"{theme} has {len(words)} keywords"
    for theme, words in keywords.items():
        for other, other_words in keywords.items():
            if theme == other:
                continue
            clashes = {(w, o) for w in words for o in other_words if w in o}
            assert not clashes, f"keywords of {theme} also match {other}: {clashes}"


@pytest.mark.parametrize("cls", [PG.DocumentType, PG.ProgramType], ids=["doctype", "progtype"])
def test_title_endings_are_hidden_labels(onto: Graph, cls: URIRef) -> None:
    endings: dict[str, URIRef] = {}
    for concept in _concepts(onto, cls):
        if concept == mint("doctype", "other"):
            assert not _hidden(onto, concept), "the fallback type must not match any title ending"
            continue
        words = _hidden(onto, concept)
        zh = next(str(lbl) for lbl in onto.objects(concept, SKOS.prefLabel) if lbl.language == "zh-Hans")
        assert zh in words, f"{concept}: the zh-Hans prefLabel {zh} must also be a hidden label"
        for word in words:
            assert word not in endings, f"ending {word} belongs to both {endings.get(word)} and {concept}"
            endings[word] = concept
    if cls == PG.DocumentType:
        assert "细则" in _hidden(onto, mint("doctype", "detailed-rules"))
    else:
        assert {"工程", "项目", "计划", "行动"} <= _hidden(onto, mint("progtype", "project"))


def test_admin_levels_form_a_chain(onto: Graph) -> None:
    chain = ["township", "county", "prefecture", "province", "country"]
    for narrower, broader in itertools.pairwise(chain):
        assert onto.value(mint("level", narrower), SKOS.broader) == mint("level", broader)
