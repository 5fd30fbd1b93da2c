"""Render the graph as one self-contained, offline HTML page (vis-network through pyvis).

pyvis builds the node and edge data; the page itself comes from our own template
(``templates/view.html``, autoescaped): pyvis 0.3.2's template fetches Bootstrap and
vis-network from CDNs and escapes nothing.  vis-network's JavaScript and CSS are inlined
from the copy bundled with pyvis, the data travels as a JSON island (``<script
type="application/json">``, read with ``JSON.parse``), and a Content-Security-Policy forbids
every network fetch.  The side panel is built with DOM APIs (``textContent``), so labels and
quotes from source texts are always shown as text.

>>> from rdflib import Graph
>>> g = Graph().parse(format="turtle", data='''
... @prefix pg: <https://w3id.org/policy-graph/def#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <https://w3id.org/policy-graph/id/region/150200> a pg:Region ; rdfs:label "包头市"@zh-Hans .
... ''')
>>> html = render_html(g, title="包头市 <民政>")
>>> "<title>包头市 &lt;民政&gt;</title>" in html, "<script src=" in html, "<link " in html
(True, False, False)
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network
from rdflib import Graph

from .projection import project
from .resources import template_path

__all__ = ["FONT_STACK", "KIND_STYLES", "KindStyle", "ViewStats", "render_html", "render_view"]

FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
    '"WenQuanYi Micro Hei", sans-serif'
)
VIS_VERSION = "vis-9.1.2"


@dataclass(frozen=True, slots=True)
class KindStyle:
    """How nodes of one kind are drawn (vis-network shape names)."""

    zh: str
    en: str
    color: str
    shape: str
    size: int = 16
    font_color: str = "#1f2933"


#: One style per core class; the legend lists them in this order.
KIND_STYLES: dict[str, KindStyle] = {
    "SourceText": KindStyle("来源文本", "Source text", "#7b8794", "database", font_color="#ffffff"),
    "PolicyDocument": KindStyle("政策文件", "Policy document", "#3d6fa8", "box", font_color="#ffffff"),
    "Organization": KindStyle("机构", "Organization", "#e8833a", "diamond", 15),
    "Region": KindStyle("地区", "Region", "#3f9c5a", "dot", 14),
    "Program": KindStyle("项目与制度", "Program", "#d64550", "star", 17),
    "Indicator": KindStyle("指标", "Indicator", "#8e6bbf", "square", 12),
    "Observation": KindStyle("观测值", "Observation", "#a07855", "dot", 6),
    "Theme": KindStyle("主题", "Theme", "#d4a516", "hexagon", 15),
}
_FALLBACK_STYLE = KindStyle("其他", "Other", "#9aa5b1", "ellipse")
# Above these sizes the layout gets cheaper: vis-network's "dynamic" edges add a physics body per
# edge, and its improved (Kamada-Kawai) initial layout is slow and gives up on big graphs.
_DYNAMIC_EDGES = 1000
_IMPROVED_LAYOUT_NODES = 300


@dataclass(frozen=True, slots=True)
class ViewStats:
    """What :func:`render_view` wrote."""

    nodes: int
    edges: int
    path: Path


def _style(kind: str) -> KindStyle:
    return KIND_STYLES.get(kind, _FALLBACK_STYLE)


def _vis_options(nodes: int, edges: int) -> dict[str, Any]:
    """vis-network options; big graphs get cheaper physics (no edge support nodes, fewer iterations)."""
    groups: dict[str, Any] = {}
    for kind, style in KIND_STYLES.items():
        groups[kind] = {
            "shape": style.shape,
            "size": style.size,
            "color": {
                "background": style.color,
                "border": style.color,
                "highlight": {"background": style.color, "border": "#1f2933"},
                "hover": {"background": style.color, "border": "#1f2933"},
            },
        }
        if style.font_color != "#1f2933":
            groups[kind]["font"] = {"color": style.font_color, "strokeWidth": 0}
        if style.shape == "database":  # its height equals its width: keep the label narrow
            groups[kind]["font"] = {**groups[kind].get("font", {}), "size": 12}
            groups[kind]["widthConstraint"] = {"maximum": 96}
    iterations = 800 if nodes <= _IMPROVED_LAYOUT_NODES else max(150, 800 * _IMPROVED_LAYOUT_NODES // nodes)
    return {
        "nodes": {
            "font": {
                "face": FONT_STACK,
                "size": 14,
                "color": "#1f2933",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "borderWidth": 1.5,
            "widthConstraint": {"maximum": 200},
            "margin": 8,
        },
        "edges": {
            "font": {
                "face": FONT_STACK,
                "size": 11,
                "color": "#52606d",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "color": {"color": "#a3adb8", "highlight": "#323f4b", "hover": "#323f4b"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": {"enabled": True, "type": "dynamic" if edges <= _DYNAMIC_EDGES else "continuous"},
            "width": 1.2,
            "selectionWidth": 1.5,
        },
        "groups": groups,
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -9000,
                "centralGravity": 0.25,
                "springLength": 150,
                "springConstant": 0.035,
                "damping": 0.12,
                "avoidOverlap": 0.3,
            },
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 20, "fit": True},
        },
        "layout": {"improvedLayout": nodes <= _IMPROVED_LAYOUT_NODES, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "keyboard": False},
    }


def _network(projected: nx.MultiDiGraph) -> Network:
    """The pyvis network (nodes and edges only: its template and writers are never used)."""
    net = Network(height="100%", width="100%", directed=True)
    for node_id, attrs in projected.nodes(data=True):
        kind = str(attrs.get("kind", ""))
        style = _style(kind)
        label = str(attrs.get("label", node_id))
        size = style.size + min(10.0, 2.0 * math.sqrt(projected.degree(node_id)))
        tooltip = f"{label}\n{style.zh} · {style.en}"
        net.add_node(node_id, label=label, shape=style.shape, group=kind, title=tooltip, size=round(size, 1))
    for index, (source, target, attrs) in enumerate(projected.edges(data=True)):
        label = str(attrs.get("label", ""))
        title = label if attrs.get("label_en") in (None, label) else f"{label} · {attrs['label_en']}"
        net.add_edge(source, target, id=f"e{index}", label=label, title=title)
    return net


def _details(projected: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    details: dict[str, dict[str, Any]] = {}
    for node_id, attrs in projected.nodes(data=True):
        kind = str(attrs.get("kind", ""))
        style = _style(kind)
        details[node_id] = {
            "kind": kind,
            "kindLabel": style.zh,
            "kindLabelEn": style.en,
            "color": style.color,
            "label": attrs.get("label", node_id),
            "labelEn": attrs.get("label_en"),
            "facts": [list(fact) for fact in attrs.get("facts", [])],
            "quotes": [list(quote) for quote in attrs.get("quotes", [])],
        }
    return details


def _edge_details(projected: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    return {
        f"e{index}": {"predicate": attrs.get("predicate", key), "labelEn": attrs.get("label_en")}
        for index, (_s, _t, key, attrs) in enumerate(projected.edges(keys=True, data=True))
    }


def _json_island(payload: Any) -> Markup:
    """JSON that cannot end its ``<script>`` element early (``</`` and ``<!--`` escaped)."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("</", "<\\/").replace("<!--", "<\\u0021--"))


def _read_asset(name: str) -> str:
    asset = resources.files("pyvis").joinpath("templates", "lib", VIS_VERSION, name)
    try:
        return asset.read_text(encoding="utf-8")
    except OSError as exc:
        raise OSError(
            f"vis-network asset {name!r} not found in the installed pyvis ({VIS_VERSION}): "
            "reinstall pyvis==0.3.2"
        ) from exc


def _inline(code: str, tag: str) -> Markup:
    """Library code made safe to inline in a ``<script>``/``<style>`` element."""
    code = re.sub(rf"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)
    return Markup(code.replace("<!--", "<\\!--"))


def _template() -> jinja2.Template:
    text = template_path("view.html").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.from_string(text)


def _page(projected: nx.MultiDiGraph, title: str) -> str:
    net = _network(projected)
    counts: dict[str, int] = {}
    for _node, kind in projected.nodes(data="kind"):
        counts[str(kind)] = counts.get(str(kind), 0) + 1
    known = [*KIND_STYLES, *sorted(k for k in counts if k not in KIND_STYLES)]
    kinds = [
        {"kind": k, "zh": _style(k).zh, "en": _style(k).en, "color": _style(k).color,
         "shape": _style(k).shape, "count": counts[k]}
        for k in known if k in counts
    ]  # fmt: skip
    payload = {
        "nodes": net.nodes,
        "edges": net.edges,
        "details": _details(projected),
        "edgeDetails": _edge_details(projected),
        "options": _vis_options(projected.number_of_nodes(), projected.number_of_edges()),
    }
    return _template().render(
        title=title,
        font_stack=Markup(FONT_STACK),
        vis_css=_inline(_read_asset("vis-network.css"), "style"),
        vis_js=_inline(_read_asset("vis-network.min.js"), "script"),
        data_json=_json_island(payload),
        kinds=kinds,
        node_count=projected.number_of_nodes(),
        edge_count=projected.number_of_edges(),
    )


def render_html(graph: Graph, *, title: str = "policy-graph", fold_observations: bool = True) -> str:
    """The view of ``graph`` as an HTML string (see :func:`render_view`)."""
    return _page(project(graph, fold_observations=fold_observations), title)


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file in the same directory."""
    directory = path.parent
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OSError(
            exc.errno,
            f"cannot write the graph view to '{path}': {reason}; "
            f"check that the directory '{directory}' exists and is writable (and that the path is a file)",
        ) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def render_view(
    graph: Graph, out: Path, *, title: str = "policy-graph", fold_observations: bool = True
) -> ViewStats:
    """Write an interactive, offline HTML view of ``graph`` to ``out``; return what it holds.

    The page shows one colour and shape per kind with a legend, a side panel with a clicked
    node's kind, labels, facts and quotes (``file:start–end``), edge labels, and a search box.
    The file is written atomically (a temporary file in the same directory, then
    ``os.replace``); an ``OSError`` saying what to fix is raised if that fails.
    """
    out = Path(out)
    projected = project(graph, fold_observations=fold_observations)
    _write_atomic(out, _page(projected, title))
    return ViewStats(nodes=projected.number_of_nodes(), edges=projected.number_of_edges(), path=out)
