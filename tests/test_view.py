"""The offline HTML view (policy_graph.view)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal

from policy_graph.errors import QueryError, UsageError
from policy_graph.namespaces import DCTERMS, OA, PG, PROV, RDF, RDFS, SKOS, mint
from policy_graph.view import KIND_STYLES, ViewStats, render_html, render_view

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(1)</script>"
COMMENT = "<!--<script>alert(1)//"


def zh(text: str) -> Literal:
    return Literal(text, lang="zh-Hans")


def sample_graph(*, hostile: bool = False) -> Graph:
    """Two regions, a document with issuer and implements, a program, an indicator with two
    observations (with spans); ``hostile`` adds labels and quotes that try to break out."""
    g = Graph()
    source, nmg, baotou = mint("source", "report"), mint("region", "150000"), mint("region", "150200")
    gov, doc, parent = mint("org", "gov"), mint("doc", "意见"), mint("doc", "办法")
    theme, program, indicator = mint("theme", "救助"), mint("program", "低保"), mint("indicator", "低保对象")
    person = mint("unit", "person")
    for node, cls, pred, label in (
        (source, PG.SourceText, DCTERMS.title, "内蒙古民政工作报告"),
        (nmg, PG.Region, RDFS.label, "内蒙古自治区"),
        (baotou, PG.Region, RDFS.label, "包头市"),
        (gov, PG.Organization, RDFS.label, "内蒙古自治区人民政府"),
        (doc, PG.PolicyDocument, DCTERMS.title, "关于进一步加强社会救助工作的实施意见"),
        (parent, PG.PolicyDocument, DCTERMS.title, "社会救助暂行办法"),
        (theme, PG.Theme, SKOS.prefLabel, "社会救助"),
        (program, PG.Program, RDFS.label, "最低生活保障"),
        (indicator, PG.Indicator, SKOS.prefLabel, "城市低保对象"),
    ):
        g.add((node, RDF.type, cls))
        g.add((node, pred, zh(label)))
    g.add((source, PG.fileName, Literal("report.txt")))
    g.add((baotou, PG.partOf, nmg))
    g.add((doc, PG.issuer, gov))
    g.add((doc, PG.implements, parent))
    g.add((program, PG.theme, theme))
    g.add((program, PG.operatesIn, baotou))
    g.add((indicator, PG.measures, program))
    g.add((person, SKOS.prefLabel, zh("人")))
    for key, region, value in (("a", baotou, "32000"), ("b", nmg, "250000")):
        obs, span = mint("obs", key), mint("span", key)
        g.add((obs, RDF.type, PG.Observation))
        g.add((obs, PG.indicator, indicator))
        g.add((obs, PG.refArea, region))
        g.add((obs, PG.value, Literal(Decimal(value))))
        g.add((obs, PG.unit, person))
        g.add((obs, PROV.wasDerivedFrom, span))
        g.add((span, RDF.type, PG.TextSpan))
        g.add((span, OA.exact, Literal(f"城市低保对象{value}人")))
        g.add((span, PG.source, source))
        g.add((span, PG.start, Literal(10)))
        g.add((span, PG.end, Literal(20)))
    if hostile:
        bad_region, bad_org = mint("region", "bad"), mint("org", "bad")
        g.add((bad_region, RDF.type, PG.Region))
        g.add((bad_region, RDFS.label, zh(IMG)))
        g.add((bad_org, RDF.type, PG.Organization))
        g.add((bad_org, RDFS.label, zh(SCRIPT)))
        g.add((bad_org, RDFS.label, Literal(COMMENT, lang="en")))
        g.add((doc, PG.jurisdiction, bad_region))
        bad_span = mint("span", "bad")
        g.add((bad_org, PG.mentionedAt, bad_span))
        g.add((bad_span, RDF.type, PG.TextSpan))
        g.add((bad_span, OA.exact, Literal(SCRIPT + IMG)))
        g.add((bad_span, PG.source, source))
    return g


class _Page(HTMLParser):
    """Collects attributes, script elements and the JSON island."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: list[tuple[str, str, str | None]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs += [(tag, name, value) for name, value in attrs]
        if tag == "script":
            self._script, self._text = dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._text)))
            self._script = None

    @property
    def island(self) -> str:
        (text,) = [text for attrs, text in self.scripts if attrs.get("id") == "graph-data"]
        return text


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture
def written(tmp_path: Path) -> tuple[ViewStats, str]:
    stats = render_view(sample_graph(hostile=True), tmp_path / "view.html", title="图谱 <b>测试</b>")
    return stats, stats.path.read_bytes().decode("utf-8")  # strict: the file is valid UTF-8


def test_render_view_returns_counts(written: tuple[ViewStats, str], tmp_path: Path) -> None:
    stats, _html = written
    assert stats == ViewStats(nodes=11, edges=9, path=tmp_path / "view.html")
    unfolded = render_view(sample_graph(), tmp_path / "obs.html", fold_observations=False)
    assert (unfolded.nodes, unfolded.edges) == (11, 10)


def test_nothing_is_fetched_from_the_network(written: tuple[ViewStats, str]) -> None:
    page = parse(written[1])
    urls = [(tag, name, value) for tag, name, value in page.attrs if name in {"src", "href"}]
    assert not [
        u for u in urls if u[2] and ("http://" in u[2] or "https://" in u[2] or u[2].startswith("//"))
    ]
    assert not [attrs for attrs, _text in page.scripts if "src" in attrs]
    assert not [tag for tag, _name, _value in page.attrs if tag == "link"]
    assert "default-src 'none'" in written[1]  # the page's CSP forbids fetches as well


def test_vis_network_is_inlined(written: tuple[ViewStats, str]) -> None:
    lib = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    assert lib.joinpath("vis-network.min.js").read_text(encoding="utf-8") in written[1]
    assert lib.joinpath("vis-network.css").read_text(encoding="utf-8") in written[1]


def test_json_island_parses_with_the_right_counts(written: tuple[ViewStats, str]) -> None:
    stats, html = written
    page = parse(html)
    (island_attrs,) = [attrs for attrs, _t in page.scripts if attrs.get("id") == "graph-data"]
    assert island_attrs["type"] == "application/json"
    data: dict[str, Any] = json.loads(page.island)
    assert len(data["nodes"]) == stats.nodes == len(data["details"])
    assert len(data["edges"]) == stats.edges
    labels = {d["label"] for d in data["details"].values()}
    assert {"包头市", "城市低保对象", IMG, SCRIPT} <= labels
    drawn = {node["label"] for node in data["nodes"]}  # wrapped to a few lines for the canvas
    assert "关于进一步加强社会救助工\n作的实施意见" in drawn
    assert {node["group"] for node in data["nodes"]} == {
        "SourceText", "PolicyDocument", "Organization", "Region", "Program", "Indicator", "Theme",
    }  # fmt: skip
    assert {edge["label"] for edge in data["edges"]} >= {"partOf", "issuer", "implements", "观测地区"}
    indicator = next(d for d in data["details"].values() if d["label"] == "城市低保对象")
    assert ["城市低保对象32000人", "report.txt", 10, 20] in indicator["quotes"]
    font = data["options"]["nodes"]["font"]["face"]
    assert font.startswith('"Noto Sans CJK SC"') and font.endswith("sans-serif")
    assert data["options"]["physics"]["solver"] == "barnesHut"
    assert data["options"]["physics"]["enabled"] is False  # positions are precomputed
    assert all(isinstance(node["x"], float) and isinstance(node["y"], float) for node in data["nodes"])


def test_hostile_labels_stay_inert(written: tuple[ViewStats, str]) -> None:
    html = written[1]
    page = parse(html)
    island = page.island
    assert "</" not in island and "<!--" not in island
    outside = html.replace(island, "")
    for hostile in (IMG, SCRIPT, COMMENT, "<b>测试</b>", "alert(1)"):
        assert hostile not in outside
    # nothing broke out: exactly the island, vis-network and the page's own script
    assert len(page.scripts) == 3
    assert "<title>图谱 &lt;b&gt;测试&lt;/b&gt;</title>" in html
    # the panel is built with textContent, never innerHTML
    app = page.scripts[-1][1]
    assert "innerHTML" not in app and "textContent" in app


def test_kinds_have_distinct_colours_shapes_and_a_legend(written: tuple[ViewStats, str]) -> None:
    assert len({style.color for style in KIND_STYLES.values()}) == len(KIND_STYLES)
    shapes = {kind: style.shape for kind, style in KIND_STYLES.items()}
    assert shapes["PolicyDocument"] == "box" and shapes["Organization"] == "diamond"
    assert shapes["SourceText"] == "database" and shapes["Theme"] == "hexagon"
    legend = [value for tag, name, value in parse(written[1]).attrs if name == "data-kind"]
    assert legend == [
        "SourceText",
        "PolicyDocument",
        "Organization",
        "Region",
        "Program",
        "Indicator",
        "Theme",
    ]


def test_output_is_deterministic(tmp_path: Path) -> None:
    assert render_html(sample_graph(hostile=True)) == render_html(sample_graph(hostile=True))
    first = render_view(sample_graph(), tmp_path / "a.html").path.read_bytes()
    second = render_view(sample_graph(), tmp_path / "a.html").path.read_bytes()  # overwrite in place
    assert first == second
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html"]


def test_failed_write_raises_and_leaves_no_temp_file(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir" / "view.html"
    with pytest.raises(OSError, match="cannot write the graph view") as error:
        render_view(sample_graph(), missing)
    assert str(missing) in str(error.value)
    (tmp_path / "occupied").mkdir()
    with pytest.raises(OSError, match="cannot write the graph view"):
        render_view(sample_graph(), tmp_path / "occupied")  # a directory: os.replace fails
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["occupied"]


def island(html: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(parse(html).island)
    return result


def shown_labels(**options: Any) -> set[str]:
    return {d["label"] for d in island(render_html(sample_graph(), **options))["details"].values()}


def test_physics_layout_leaves_positions_to_the_browser() -> None:
    data = island(render_html(sample_graph(), layout="physics"))
    assert data["options"]["physics"]["enabled"] is True
    assert not any("x" in node for node in data["nodes"])


def test_precomputed_layout_leaves_room_for_every_label() -> None:
    from policy_graph.layout import label_box

    data = island(render_html(sample_graph(hostile=True)))
    boxes = []
    for node in data["nodes"]:
        w, h, off = label_box(node["label"], node["shape"], node["size"])
        boxes.append((node["x"] - w / 2, node["y"] + off - h / 2, node["x"] + w / 2, node["y"] + off + h / 2))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_geographic_layout_pins_regions_at_their_coordinates() -> None:
    from policy_graph.namespaces import WGS84

    g = sample_graph()
    for key, lon, lat in (("150000", 111.77, 40.82), ("150200", 109.95, 40.62)):
        g.add((mint("region", key), WGS84.lat, Literal(Decimal(str(lat)))))
        g.add((mint("region", key), WGS84.long, Literal(Decimal(str(lon)))))
    nodes = {n["label"]: n for n in island(render_html(g, layout="geographic"))["nodes"]}
    baotou, nmg = nodes["包头市"], nodes["内蒙古自治区"]
    assert baotou["fixed"] and nmg["fixed"] and not nodes["最低生活保障"]["fixed"]
    assert baotou["x"] < nmg["x"] and baotou["y"] > nmg["y"]  # west and south
    with pytest.raises(UsageError, match="no region in the view has coordinates"):
        render_html(sample_graph(), layout="geographic")


def test_unknown_layout_lists_the_known_ones() -> None:
    with pytest.raises(UsageError, match="unknown layout 'circle'; known: auto, geographic, physics, precomputed"):
        render_html(sample_graph(), layout="circle")


def test_focus_by_partial_label_with_depth() -> None:
    assert shown_labels(focus="包头") == {"包头市", "内蒙古自治区", "最低生活保障", "城市低保对象"}
    assert shown_labels(focus="包头", depth=2) == {"包头市", "内蒙古自治区", "最低生活保障", "城市低保对象", "社会救助"}
    assert shown_labels(focus=str(mint("region", "150200"))) == shown_labels(focus="包头市")
    assert island(render_html(sample_graph(), focus="包头"))["focus"] == str(mint("region", "150200"))


def test_focus_ambiguous_or_unknown_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="focus '内蒙古' is ambiguous: 3 nodes match; known: ") as error:
        render_html(sample_graph(), focus="内蒙古")
    assert "内蒙古自治区人民政府 (Organization, <" in str(error.value)
    with pytest.raises(UsageError, match="focus '包头县' matches no node of the graph; did you mean") as error:
        render_html(sample_graph(), focus="包头县")
    assert "包头市" in str(error.value)
    with pytest.raises(UsageError, match="depth 4 is out of range; known: 1, 2, 3"):
        render_html(sample_graph(), focus="包头市", depth=4)


def test_types_by_name_english_or_chinese() -> None:
    assert shown_labels(types=["Region"]) == {"包头市", "内蒙古自治区"}
    assert shown_labels(types=["地区", "policy document"]) == {
        "包头市", "内蒙古自治区", "关于进一步加强社会救助工作的实施意见", "社会救助暂行办法",
    }  # fmt: skip
    with pytest.raises(UsageError, match="unknown node type 'person'; known: Indicator, Observation"):
        render_html(sample_graph(), types=["person"])


def test_themes_keep_what_links_to_them_and_its_context() -> None:
    assert shown_labels(themes=["救助"]) == {"社会救助", "最低生活保障", "包头市", "城市低保对象"}
    with pytest.raises(UsageError, match="unknown theme '养老'; known: 社会救助"):
        render_html(sample_graph(), themes=["养老"])


def test_filters_combine_and_keep_the_focus() -> None:
    assert shown_labels(focus="包头", depth=2, types=["Program"]) == {"包头市", "最低生活保障"}


def test_query_select_or_construct_names_the_nodes() -> None:
    select = "PREFIX pg: <https://w3id.org/policy-graph/def#> SELECT ?r WHERE { ?r a pg:Region }"
    assert shown_labels(query=select) == {"包头市", "内蒙古自治区"}
    construct = """PREFIX pg: <https://w3id.org/policy-graph/def#>
    CONSTRUCT { ?doc pg:issuer ?org } WHERE { ?doc pg:issuer ?org }"""
    html = render_html(sample_graph(), query=construct)
    assert {d["label"] for d in island(html)["details"].values()} == {
        "关于进一步加强社会救助工作的实施意见", "内蒙古自治区人民政府",
    }  # fmt: skip
    assert [e["label"] for e in island(html)["edges"]] == ["issuer"]


def test_query_ask_or_unsafe_is_refused() -> None:
    with pytest.raises(QueryError, match="an ASK query names no nodes"):
        render_html(sample_graph(), query="ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="SERVICE"):
        render_html(sample_graph(), query="SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")


def test_theme_membership_is_in_the_page() -> None:
    data = island(render_html(sample_graph()))
    theme = str(mint("theme", "救助"))
    members = {d["label"] for d in data["details"].values() if theme in d["themes"]}
    assert members == {"社会救助", "最低生活保障", "包头市", "城市低保对象"}
    assert re.search(r'<option value="[^"]+">社会救助</option>', render_html(sample_graph()))


def test_edges_carry_their_predicate_labels(written: tuple[ViewStats, str]) -> None:
    data = island(written[1])
    details = data["edgeDetails"]
    issuer = next(e for e in data["edges"] if e["label"] == "issuer")
    assert details[issuer["id"]]["predicate"] == str(PG.issuer)
    observed = next(e for e in data["edges"] if e["label"] == "观测地区")
    assert details[observed["id"]]["observations"] == 1
