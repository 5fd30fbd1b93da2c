"""Render the graph as one self-contained, offline HTML page (vis-network through pyvis).

pyvis builds the node and edge data; the page itself comes from our own templates
(``templates/view.html`` with ``view.css`` and ``view.js``, autoescaped): pyvis 0.3.2's template
fetches Bootstrap and vis-network from CDNs and escapes nothing.  vis-network's JavaScript and CSS
are inlined from the copy bundled with pyvis, the data travels as a JSON island (``<script
type="application/json">``, read with ``JSON.parse``), and a Content-Security-Policy forbids every
network fetch.  Panels and hover cards are built with DOM APIs (``textContent``), so labels and
quotes from source texts are always shown as text.

Parts of the graph can be shown: a node's neighbourhood (``focus``, ``depth``), some types, some
themes, or the nodes a SPARQL query names.  Positions are computed in Python (:mod:`.layout`, with
room for every label) so that the page draws at once with physics off, whatever its size; regions
can be placed by their coordinates (``layout="geographic"``).  ``layout="physics"`` leaves the layout
to vis-network, which stabilizes and stops (slow beyond a few hundred nodes, and labels may
overlap); the page's physics switch starts it from the current positions.

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
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network
from rdflib import Graph, Literal, URIRef

from . import layout as _layout
from .choices import LAYOUTS
from .errors import UsageError
from .namespaces import WGS84
from .node_styles import KIND_STYLES, KindStyle, style_of
from .projection import project
from .resources import template_path
from .selection import select, theme_membership

__all__ = ["FONT_STACK", "KIND_STYLES", "LAYOUTS", "PHYSICS_MAX_NODES", "KindStyle", "ViewStats",
           "render_html", "render_view"]

FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", '
    '"WenQuanYi Micro Hei", sans-serif'
)
VIS_VERSION = "vis-9.1.2"
#: Above this size ``layout="physics"`` gets fewer stabilization iterations (and is not recommended).
PHYSICS_MAX_NODES = 300


_LABEL_WIDTH = {"box": 168.0, "database": 84.0}  # pixels at font size 14; others 126
_BIG = 1000  # edges: above this, straight edges and no edge drawing while dragging or zooming


@dataclass(frozen=True, slots=True)
class ViewStats:
    """What :func:`render_view` wrote."""

    nodes: int
    edges: int
    path: Path



def _size(projected: nx.MultiDiGraph, node: str) -> float:
    base = style_of(projected.nodes[node].get("kind", "")).size
    return round(base + min(10.0, 2.0 * math.sqrt(projected.degree(node))), 1)


# --- positions --------------------------------------------------------------------------------------------------


def _coordinates(graph: Graph, projected: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    coords = {}
    for node, kind in projected.nodes(data="kind"):
        if kind != "Region":
            continue
        lat, lon = graph.value(URIRef(node), WGS84.lat), graph.value(URIRef(node), WGS84.long)
        if isinstance(lat, Literal) and isinstance(lon, Literal):
            with contextlib.suppress(ValueError):
                coords[node] = (float(lon), float(lat))
    return coords


def _positions(graph: Graph, projected: nx.MultiDiGraph, labels: dict[str, str], how: str) -> dict[str, Any] | None:
    """Node positions for a precomputed or geographic layout; ``None`` for physics."""
    if how == "physics" or projected.number_of_nodes() == 0:
        return None
    boxes = {node: _layout.label_box(labels[node], style_of(kind).shape, _size(projected, node))
             for node, kind in projected.nodes(data="kind")}
    geo = None
    if how == "geographic":
        geo = _coordinates(graph, projected)
        if not geo:
            raise UsageError("no region in the view has coordinates (geo:lat, geo:long)", known=LAYOUTS,
                             hint="choose another layout")
    pos = _layout.place(projected.nodes, projected.edges(), boxes, geo=geo)
    return {node: {"x": x, "y": y, "fixed": node in (geo or ())} for node, (x, y) in pos.items()}


# --- the page ---------------------------------------------------------------------------------------------------


def _vis_options(nodes: int, edges: int, physics: bool) -> dict[str, Any]:
    """vis-network options; big graphs get cheaper drawing (straight edges, none while dragging or zooming)."""
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
    big = edges > _BIG
    font = {"face": FONT_STACK, "color": "#1f2933", "strokeWidth": 3, "strokeColor": "#ffffff"}
    iterations = 600 if nodes <= PHYSICS_MAX_NODES else max(150, 600 * PHYSICS_MAX_NODES // max(nodes, 1))
    return {
        "nodes": {"font": {**font, "size": 14}, "borderWidth": 1.5, "margin": 8},
        "edges": {
            "font": {**font, "size": 11, "color": "#52606d"},
            "color": {"color": "#a3adb8", "highlight": "#323f4b", "hover": "#323f4b"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": {"enabled": not big, "type": "continuous", "roundness": 0.2},
            "width": 1.2,
            "selectionWidth": 1.5,
            "scaling": {"label": {"drawThreshold": 12}},  # edge labels appear from zoom 1 on
        },
        "groups": groups,
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.3,
                "springLength": 160,
                "springConstant": 0.03,
                "damping": 0.15,
                "avoidOverlap": 0.6,
            },
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
        },
        "layout": {"improvedLayout": physics and nodes <= PHYSICS_MAX_NODES, "randomSeed": 7},
        "interaction": {"hover": True, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big, "keyboard": False,
                        "tooltipDelay": 3600000},
    }


class _Ids(list):  # type: ignore[type-arg]
    """pyvis's list of node ids with a set beside it: pyvis looks ids up once per node and edge."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[str] = set()

    def append(self, item: str) -> None:
        super().append(item)
        self._set.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def _network(projected: nx.MultiDiGraph, labels: dict[str, str], positions: dict[str, Any] | None) -> Network:
    """The pyvis network (nodes and edges only: its template and writers are never used)."""
    net = Network(height="100%", width="100%", directed=True)
    net.node_ids = _Ids()  # pyvis 0.3.2 searches a list: quadratic, 10 s at 20,000 nodes
    for node_id, kind in projected.nodes(data="kind"):
        extra = positions[node_id] if positions else {}
        net.add_node(node_id, label=labels[node_id], shape=style_of(kind).shape, group=kind,
                     size=_size(projected, node_id), **extra)
    for index, (source, target, label) in enumerate(projected.edges(data="label", default="")):
        net.add_edge(source, target, id=f"e{index}", label=str(label))
    return net


def _details(projected: nx.MultiDiGraph, membership: dict[str, list[str]]) -> dict[str, dict[str, Any]]:
    details: dict[str, dict[str, Any]] = {}
    for node_id, attrs in projected.nodes(data=True):
        kind = str(attrs.get("kind", ""))
        details[node_id] = {
            "kind": kind,
            "label": attrs.get("label", node_id),
            "labelEn": attrs.get("label_en"),
            "facts": [list(fact) for fact in attrs.get("facts", [])],
            "quotes": [list(quote) for quote in attrs.get("quotes", [])],
            "themes": membership.get(node_id, []),
        }
    return details


def _edge_details(projected: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    return {
        f"e{index}": {"predicate": attrs.get("predicate", key), "labelEn": attrs.get("label_en"),
                      "observations": attrs.get("observations")}
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
            f"vis-network asset {name!r} not found in the installed pyvis ({VIS_VERSION}): reinstall pyvis==0.3.2"
        ) from exc


def _inline(code: str, tag: str) -> Markup:
    """Code made safe to inline in a ``<script>``/``<style>`` element."""
    code = re.sub(rf"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)
    return Markup(code.replace("<!--", "<\\!--"))


def _template(name: str) -> str:
    return template_path(name).read_text(encoding="utf-8")


def _page(graph: Graph, projected: nx.MultiDiGraph, title: str, how: str, centre: str | None) -> str:
    labels = {node: _layout.wrap_label(str(label), _LABEL_WIDTH.get(style_of(kind).shape, 126.0))
              for node, kind, label in ((n, str(a.get("kind", "")), a.get("label", n))
                                        for n, a in projected.nodes(data=True))}
    positions = _positions(graph, projected, labels, how)
    net = _network(projected, labels, positions)
    counts: dict[str, int] = {}
    for _node, kind in projected.nodes(data="kind"):
        counts[str(kind)] = counts.get(str(kind), 0) + 1
    known = [*KIND_STYLES, *sorted(k for k in counts if k not in KIND_STYLES)]
    styles = {k: style_of(k) for k in known if k in counts}
    kinds = [{"kind": k, "zh": s.zh, "en": s.en, "color": s.color, "shape": s.shape, "count": counts[k]}
             for k, s in styles.items()]
    membership = theme_membership(projected)
    themes = sorted((n for n, k in projected.nodes(data="kind") if k == "Theme"),
                    key=lambda n: str(projected.nodes[n].get("label", n)))
    payload = {
        "nodes": net.nodes,
        "edges": net.edges,
        "details": _details(projected, membership),
        "edgeDetails": _edge_details(projected),
        "kinds": {k["kind"]: {"zh": k["zh"], "en": k["en"], "color": k["color"]} for k in kinds},
        "focus": centre,
        "options": _vis_options(projected.number_of_nodes(), projected.number_of_edges(), positions is None),
    }
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.from_string(_template("view.html")).render(
        title=title,
        font_stack=Markup(FONT_STACK),
        vis_css=_inline(_read_asset("vis-network.css"), "style"),
        vis_js=_inline(_read_asset("vis-network.min.js"), "script"),
        page_css=_inline(_template("view.css"), "style"),
        page_js=_inline(_template("view.js"), "script"),
        data_json=_json_island(payload),
        kinds=kinds,
        themes=[{"id": n, "label": projected.nodes[n].get("label", n)} for n in themes],
        node_count=projected.number_of_nodes(),
        edge_count=projected.number_of_edges(),
    )


def _build(
    graph: Graph, *, title: str = "policy-graph", focus: str | None = None, depth: int = 1,
    types: Sequence[str] | None = None, themes: Sequence[str] | None = None, query: str | None = None,
    fold_observations: bool = True, layout: str = "auto",
) -> tuple[nx.MultiDiGraph, str]:
    if layout not in LAYOUTS:
        raise UsageError(f"unknown layout '{layout}'", known=LAYOUTS)
    projected = project(graph, fold_observations=fold_observations)
    shown, centre = select(graph, projected, focus=focus, depth=depth, types=types, themes=themes, query=query)
    return shown, _page(graph, shown, title, layout, centre)


def render_html(
    graph: Graph, *, title: str = "policy-graph", focus: str | None = None, depth: int = 1,
    types: Sequence[str] | None = None, themes: Sequence[str] | None = None, query: str | None = None,
    fold_observations: bool = True, layout: str = "auto",
) -> str:
    """The view of ``graph`` (or of the part the options select) as an HTML string; see :func:`render_view`."""
    return _build(graph, title=title, focus=focus, depth=depth, types=types, themes=themes, query=query,
                  fold_observations=fold_observations, layout=layout)[1]


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
    graph: Graph, out: Path, *, title: str = "policy-graph", focus: str | None = None, depth: int = 1,
    types: Sequence[str] | None = None, themes: Sequence[str] | None = None, query: str | None = None,
    fold_observations: bool = True, layout: str = "auto",
) -> ViewStats:
    """Write an interactive, offline HTML view of ``graph`` to ``out``; return what it holds.

    ``focus`` (an IRI or part of a label, Chinese or English) shows that node and its neighbours up
    to ``depth`` (1–3) links away; ``types`` (``Region``, ``policy document``, ``地区`` ...) and
    ``themes`` (labels or IRIs, partial match) keep those nodes; ``query`` (SPARQL text, checked by
    :func:`policy_graph.query.run_query`) keeps the nodes a SELECT or CONSTRUCT names.  Unknown or
    ambiguous names raise :class:`~policy_graph.errors.UsageError` listing the candidates.
    ``fold_observations`` folds observations into their indicator.  ``layout``: ``"auto"`` (the same
    as ``"precomputed"``), ``"physics"`` (vis-network's, in the browser), ``"precomputed"`` or
    ``"geographic"`` (regions at their coordinates, the rest around them).  The file is written atomically; an
    ``OSError`` saying what to fix is raised if that fails.
    """
    out = Path(out)
    shown, html = _build(graph, title=title, focus=focus, depth=depth, types=types, themes=themes, query=query,
                         fold_observations=fold_observations, layout=layout)
    _write_atomic(out, html)
    return ViewStats(nodes=shown.number_of_nodes(), edges=shown.number_of_edges(), path=out)
