"""The RDF → networkx projection (policy_graph.projection)."""

from __future__ import annotations

from decimal import Decimal

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef

from policy_graph import namespaces
from policy_graph.namespaces import DCTERMS, OA, PG, PROV, RDF, RDFS, SKOS, mint
from policy_graph.projection import project

ZH = "zh-Hans"

SOURCE = mint("source", "nmg-minzheng-2023")
NMG = mint("region", "150000")
BAOTOU = mint("region", "150200")
GOV = mint("org", "内蒙古自治区人民政府")
DOC = mint("doc", "关于进一步加强社会救助工作的实施意见")
PARENT = mint("doc", "社会救助暂行办法")
THEME = mint("theme", "social-assistance")
PROGRAM = mint("program", "最低生活保障")
INDICATOR = mint("indicator", "城市低保对象")
OBS = (mint("obs", "baotou-2023"), mint("obs", "nmg-2022"))
SPANS = (mint("span", "s1"), mint("span", "s2"))
PERSON = mint("unit", "person")
PREFECTURE = mint("admin-level", "prefecture")
AT_LEAST = mint("qualifier", "at-least")


def zh(text: str) -> Literal:
    return Literal(text, lang=ZH)


def sample_graph(*, reverse: bool = False) -> Graph:
    """A region with partOf, a document with issuer and implements, a program with theme and
    operatesIn, an indicator with two observations that have spans, and a source mentioning them."""
    triples = [
        (SOURCE, RDF.type, PG.SourceText),
        (SOURCE, DCTERMS.title, zh("内蒙古自治区民政工作情况")),
        (SOURCE, PG.fileName, Literal("nmg-minzheng-2023.txt")),
        (NMG, RDF.type, PG.Region),
        (NMG, RDFS.label, zh("内蒙古自治区")),
        (NMG, PG.adminCode, Literal("150000")),
        (BAOTOU, RDF.type, PG.Region),
        (BAOTOU, RDFS.label, zh("包头市")),
        (BAOTOU, RDFS.label, Literal("Baotou", lang="en")),
        (BAOTOU, PG.adminCode, Literal("150200")),
        (BAOTOU, PG.adminLevel, PREFECTURE),
        (BAOTOU, PG.partOf, NMG),
        (PREFECTURE, RDF.type, SKOS.Concept),
        (PREFECTURE, SKOS.prefLabel, zh("地级")),
        (GOV, RDF.type, PG.Organization),
        (GOV, RDFS.label, zh("内蒙古自治区人民政府")),
        (DOC, RDF.type, PG.PolicyDocument),
        (DOC, DCTERMS.title, zh("关于进一步加强社会救助工作的实施意见")),
        (DOC, PG.issuer, GOV),
        (DOC, PG.implements, PARENT),
        (DOC, PG.jurisdiction, NMG),
        (PARENT, RDF.type, PG.PolicyDocument),
        (PARENT, DCTERMS.title, zh("社会救助暂行办法")),
        (THEME, RDF.type, PG.Theme),
        (THEME, RDF.type, SKOS.Concept),
        (THEME, SKOS.prefLabel, zh("社会救助")),
        (THEME, SKOS.prefLabel, Literal("social assistance", lang="en")),
        (PROGRAM, RDF.type, PG.Program),
        (PROGRAM, RDFS.label, zh("最低生活保障")),
        (PROGRAM, PG.theme, THEME),
        (PROGRAM, PG.operatesIn, BAOTOU),
        (PROGRAM, PG.basedOn, DOC),
        (INDICATOR, RDF.type, PG.Indicator),
        (INDICATOR, RDF.type, SKOS.Concept),
        (INDICATOR, SKOS.prefLabel, zh("城市低保对象")),
        (INDICATOR, PG.measures, PROGRAM),
        (PERSON, RDF.type, SKOS.Concept),
        (PERSON, SKOS.prefLabel, zh("人")),
        (PERSON, PG.unitCode, Literal("person")),
        (AT_LEAST, SKOS.prefLabel, zh("至少")),
    ]
    for obs, span, region, year, value, start, quote in (
        (OBS[0], SPANS[0], BAOTOU, "2023", "32000", 120, "包头市城市低保对象3.2万人"),
        (OBS[1], SPANS[1], NMG, "2022", "250000", 40, "全区城市低保对象25万人"),
    ):
        triples += [
            (obs, RDF.type, PG.Observation),
            (obs, PG.indicator, INDICATOR),
            (obs, PG.refArea, region),
            (obs, PG.refPeriod, Literal(year, datatype=namespaces.XSD.gYear)),
            (obs, PG.value, Literal(Decimal(value))),
            (obs, PG.unit, PERSON),
            (obs, PROV.wasDerivedFrom, span),
            (span, RDF.type, PG.TextSpan),
            (span, OA.exact, Literal(quote)),
            (span, PG.source, SOURCE),
            (span, PG.start, Literal(start)),
            (span, PG.end, Literal(start + len(quote))),
        ]
    triples.append((OBS[0], PG.qualifier, AT_LEAST))
    triples += [(SOURCE, PG.mentions, node) for node in (NMG, BAOTOU, GOV, DOC, PROGRAM, INDICATOR)]
    triples.append((BAOTOU, PG.mentionedAt, SPANS[0]))
    graph = Graph()
    for triple in reversed(triples) if reverse else triples:
        graph.add(triple)
    return graph


def kinds(nx_graph: nx.MultiDiGraph) -> dict[str, str]:
    return {node: data["kind"] for node, data in nx_graph.nodes(data=True)}


def edge_set(nx_graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(s, t, k) for s, t, k in nx_graph.edges(keys=True)}


def test_nodes_are_the_core_resources_with_kinds() -> None:
    g = project(sample_graph())
    assert kinds(g) == {
        str(SOURCE): "SourceText",
        str(NMG): "Region",
        str(BAOTOU): "Region",
        str(GOV): "Organization",
        str(DOC): "PolicyDocument",
        str(PARENT): "PolicyDocument",
        str(THEME): "Theme",
        str(PROGRAM): "Program",
        str(INDICATOR): "Indicator",
    }
    # no literals, spans, units, levels or qualifiers as nodes
    for not_a_node in (*SPANS, PERSON, PREFECTURE, AT_LEAST, *OBS):
        assert str(not_a_node) not in g


def test_labels_come_from_the_right_property() -> None:
    g = project(sample_graph())
    assert g.nodes[str(DOC)]["label"] == "关于进一步加强社会救助工作的实施意见"  # dcterms:title
    assert g.nodes[str(SOURCE)]["label"] == "内蒙古自治区民政工作情况"
    assert g.nodes[str(INDICATOR)]["label"] == "城市低保对象"  # skos:prefLabel
    assert g.nodes[str(THEME)]["label"] == "社会救助"
    assert g.nodes[str(THEME)]["label_en"] == "social assistance"
    assert g.nodes[str(BAOTOU)]["label"] == "包头市"  # rdfs:label
    assert g.nodes[str(BAOTOU)]["label_en"] == "Baotou"
    assert "label_en" not in g.nodes[str(NMG)]


def test_label_fallbacks_untagged_then_last_segment() -> None:
    graph = Graph()
    untagged, bare = mint("region", "150300"), mint("region", "乌海")
    graph.add((untagged, RDF.type, PG.Region))
    graph.add((untagged, RDFS.label, Literal("乌海市")))
    graph.add((untagged, RDFS.label, Literal("Wuhai", lang="en")))
    graph.add((bare, RDF.type, PG.Region))
    g = project(graph)
    assert g.nodes[str(untagged)]["label"] == "乌海市"
    assert g.nodes[str(bare)]["label"] == "乌海"  # percent-decoded last segment


def test_facts_hold_codes_and_concept_labels() -> None:
    g = project(sample_graph())
    assert g.nodes[str(BAOTOU)]["facts"] == [("adminCode", "150200"), ("adminLevel", "地级")]
    assert ("fileName", "nmg-minzheng-2023.txt") in g.nodes[str(SOURCE)]["facts"]
    assert g.nodes[str(BAOTOU)]["quotes"] == [
        ("包头市城市低保对象3.2万人", "nmg-minzheng-2023.txt", 120, 134)
    ]


def test_edges_have_predicates_and_local_name_labels_without_ontology() -> None:
    g = project(sample_graph())
    assert {(s, t, k) for s, t, k in g.edges(keys=True) if not g.edges[s, t, k].get("derived")} == {
        (str(BAOTOU), str(NMG), str(PG.partOf)),
        (str(DOC), str(GOV), str(PG.issuer)),
        (str(DOC), str(PARENT), str(PG.implements)),
        (str(DOC), str(NMG), str(PG.jurisdiction)),
        (str(PROGRAM), str(THEME), str(PG.theme)),
        (str(PROGRAM), str(BAOTOU), str(PG.operatesIn)),
        (str(PROGRAM), str(DOC), str(PG.basedOn)),
        (str(INDICATOR), str(PROGRAM), str(PG.measures)),
    }
    issuer = g.edges[str(DOC), str(GOV), str(PG.issuer)]
    assert issuer == {"predicate": str(PG.issuer), "label": "issuer", "label_en": "issuer"}


def test_edge_labels_come_from_the_ontology_when_loaded() -> None:
    graph = sample_graph()
    graph.add((PG.issuer, RDFS.label, zh("发布机关")))
    graph.add((PG.issuer, RDFS.label, Literal("issuer", lang="en")))
    graph.add((PG.adminCode, RDFS.label, zh("行政区划代码")))
    g = project(graph)
    edge = g.edges[str(DOC), str(GOV), str(PG.issuer)]
    assert (edge["label"], edge["label_en"]) == ("发布机关", "issuer")
    assert ("行政区划代码", "150200") in g.nodes[str(BAOTOU)]["facts"]


def test_folding_moves_observations_into_their_indicator() -> None:
    g = project(sample_graph())
    indicator = g.nodes[str(INDICATOR)]
    assert indicator["facts"] == [("内蒙古自治区 · 2022", "250000 人"), ("包头市 · 2023", "32000 人（至少）")]
    assert indicator["quotes"] == [
        ("全区城市低保对象25万人", "nmg-minzheng-2023.txt", 40, 52),
        ("包头市城市低保对象3.2万人", "nmg-minzheng-2023.txt", 120, 134),
    ]
    observed = {(s, t): data for s, t, data in g.out_edges(str(INDICATOR), data=True) if data.get("derived")}
    assert set(observed) == {(str(INDICATOR), str(BAOTOU)), (str(INDICATOR), str(NMG))}
    assert {(d["label"], d["label_en"]) for d in observed.values()} == {("观测地区", "observed in")}


def test_one_observed_in_edge_per_indicator_and_region() -> None:
    graph = sample_graph()
    graph.set((OBS[1], PG.refArea, BAOTOU))
    g = project(graph)
    derived = [(s, t, d) for s, t, d in g.out_edges(str(INDICATOR), data=True) if d.get("derived")]
    assert [(s, t, d["observations"]) for s, t, d in derived] == [(str(INDICATOR), str(BAOTOU), 2)]


def test_unfolded_observations_are_nodes_with_their_edges() -> None:
    g = project(sample_graph(), fold_observations=False)
    obs = str(OBS[0])
    assert g.nodes[obs]["kind"] == "Observation"
    assert ("value", "32000 人") in g.nodes[obs]["facts"]
    assert ("refPeriod", "2023") in g.nodes[obs]["facts"]
    assert ("qualifier", "至少") in g.nodes[obs]["facts"]
    assert g.nodes[obs]["quotes"] == [("包头市城市低保对象3.2万人", "nmg-minzheng-2023.txt", 120, 134)]
    assert (obs, str(INDICATOR), str(PG.indicator)) in edge_set(g)
    assert (obs, str(BAOTOU), str(PG.refArea)) in edge_set(g)
    assert g.nodes[str(INDICATOR)]["facts"] == []
    assert not any(d.get("derived") for _s, _t, d in g.edges(data=True))


def test_mentions_are_dropped_by_default() -> None:
    assert not [k for _s, _t, k in project(sample_graph()).edges(keys=True) if k == str(PG.mentions)]
    with_mentions = project(sample_graph(), include_mentions=True)
    mentioned = {t for s, t, k in with_mentions.edges(keys=True) if k == str(PG.mentions)}
    assert str(SOURCE) not in mentioned
    assert mentioned == {str(n) for n in (NMG, BAOTOU, GOV, DOC, PROGRAM, INDICATOR)}


@pytest.mark.parametrize("fold", [True, False])
def test_projection_is_deterministic(fold: bool) -> None:
    first = project(sample_graph(), fold_observations=fold)
    second = project(sample_graph(reverse=True), fold_observations=fold)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))
    assert list(first.nodes) == sorted(first.nodes)


def test_blank_nodes_and_untyped_iris_are_not_nodes() -> None:
    graph = Graph()
    graph.add((URIRef("https://example.org/x"), RDFS.label, zh("无类型")))
    assert project(graph).number_of_nodes() == 0


def test_unreferenced_themes_are_left_out() -> None:
    graph = sample_graph()
    unused = mint("theme", "elderly-care")
    graph.add((unused, RDF.type, PG.Theme))
    graph.add((unused, SKOS.prefLabel, zh("养老服务")))
    graph.add((unused, SKOS.broader, THEME))  # theme-to-theme links do not count as use
    g = project(graph)
    assert str(THEME) in g and str(unused) not in g


def test_the_ontology_alone_projects_to_nothing() -> None:
    from policy_graph.resources import ontology_path

    assert project(Graph().parse(ontology_path(), format="turtle")).number_of_nodes() == 0


def test_other_language_twins_of_facts_are_dropped() -> None:
    graph = sample_graph()
    graph.add((NMG, RDFS.comment, zh("省级行政区")))
    graph.add((NMG, RDFS.comment, Literal("a province-level region", lang="en")))
    assert project(graph).nodes[str(NMG)]["facts"] == [("adminCode", "150000"), ("comment", "省级行政区")]
