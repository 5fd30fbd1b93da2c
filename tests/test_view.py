"""The offline HTML view (policy_graph.view)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import time
from decimal import Decimal
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal

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
    labels = {node["label"] for node in data["nodes"]}
    assert {"包头市", "城市低保对象", IMG, SCRIPT} <= labels
    assert {node["group"] for node in data["nodes"]} == {
        "SourceText", "PolicyDocument", "Organization", "Region", "Program", "Indicator", "Theme",
    }  # fmt: skip
    assert {edge["label"] for edge in data["edges"]} >= {"partOf", "issuer", "implements", "观测地区"}
    indicator = next(d for d in data["details"].values() if d["label"] == "城市低保对象")
    assert ["城市低保对象32000人", "report.txt", 10, 20] in indicator["quotes"]
    font = data["options"]["nodes"]["font"]["face"]
    assert font.startswith('"Noto Sans CJK SC"') and font.endswith("sans-serif")
    assert data["options"]["physics"]["solver"] == "barnesHut"


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


_BROWSER = shutil.which("chromium") is not None and importlib.util.find_spec("playwright") is not None


@pytest.mark.slow
@pytest.mark.skipif(not _BROWSER, reason="needs Debian chromium and playwright")
def test_page_works_offline_in_chromium(written: tuple[ViewStats, str]) -> None:
    from playwright.sync_api import Route, sync_playwright

    stats, _html = written
    blocked: list[str] = []
    problems: list[str] = []

    def only_files(route: Route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page()
            page.route("**/*", only_files)
            page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
            page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
            page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
            page.goto(stats.path.as_uri())
            # poll from Python: wait_for_function evaluates strings, which the page's CSP forbids
            deadline = time.monotonic() + 60
            while not page.evaluate("() => !!window.network && network.physics.options.enabled === false"):
                assert time.monotonic() < deadline, "the layout did not stabilize"
                page.wait_for_timeout(100)
            assert page.evaluate("() => network.body.data.nodes.length") == stats.nodes
            assert page.evaluate("() => network.body.data.edges.length") == stats.edges
            page.fill("#search", "script")  # partial match on the hostile organization's label
            page.press("#search", "Enter")
            assert page.inner_text("#panel h2") == SCRIPT
            page.fill("#search", "img src")
            page.press("#search", "Enter")
            assert page.inner_text("#panel h2") == IMG
            page.fill("#search", "低保对象")
            page.press("#search", "Enter")
            assert page.inner_text("#panel h2") == "城市低保对象"
            assert "report.txt:10–20" in page.inner_text("#panel")
            assert page.evaluate("() => document.querySelectorAll('#panel img, #panel script').length") == 0
        finally:
            browser.close()
    assert problems == []
    assert blocked == []
