"""Choosing the part of the projected graph a view shows: a node's neighbourhood, some kinds of node, some
themes, or the nodes a SPARQL query names; user errors name what would have matched."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef

from .errors import QueryError, UsageError
from .node_styles import KIND_STYLES, style_of

__all__ = ["select", "theme_membership"]


def _norm(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", text).casefold()


def _describe(projected: nx.MultiDiGraph, node: str) -> str:
    attrs = projected.nodes[node]
    return f"{attrs.get('label', node)} ({style_of(attrs.get('kind', '')).en}, <{node}>)"


def _matches(projected: nx.MultiDiGraph, text: str, nodes: Iterable[str]) -> tuple[list[str], list[str]]:
    """(exact matches, partial matches) of ``text`` against the IRI and labels of ``nodes``."""
    want = _norm(text)
    exact, partial = [], []
    for node in nodes:
        attrs = projected.nodes[node]
        names = [_norm(str(attrs.get("label", ""))), _norm(str(attrs.get("label_en") or ""))]
        if text == node or want in names:
            exact.append(node)
        elif any(want in name for name in names if name) or (want and want in _norm(node)):
            partial.append(node)
    return exact, partial


def _resolve_focus(projected: nx.MultiDiGraph, focus: str) -> str:
    exact, partial = _matches(projected, focus, projected.nodes)
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if found:
        listed = " (the first 12 listed)" if len(found) > 12 else ""
        raise UsageError(f"focus '{focus}' is ambiguous: {len(found)} nodes match{listed}",
                         known=[_describe(projected, n) for n in found[:12]], hint="give more of the name, or its IRI")
    labels = sorted({str(label) for _n, label in projected.nodes(data="label")})
    close = difflib.get_close_matches(focus, labels, n=8, cutoff=0.3)
    guess = f"; did you mean {' or '.join(close)}?" if close else ""
    raise UsageError(f"focus '{focus}' matches no node of the graph{guess}",
                     hint="give part of a node's label (Chinese or English) or its IRI")


def _neighbourhood(projected: nx.MultiDiGraph, centre: str, depth: int) -> set[str]:
    seen, frontier = {centre}, {centre}
    for _ in range(depth):
        frontier = {n for node in frontier for n in (*projected.successors(node), *projected.predecessors(node))} - seen
        seen |= frontier
    return seen


def _kinds_for(types: Sequence[str]) -> set[str]:
    names = {_norm(k): k for k in KIND_STYLES} | {_norm(s.en): k for k, s in KIND_STYLES.items()}
    names |= {s.zh: k for k, s in KIND_STYLES.items()}
    chosen = set()
    for given in types:
        kind = names.get(_norm(given))
        if kind is None:
            raise UsageError(f"unknown node type '{given}'", known=KIND_STYLES)
        chosen.add(kind)
    return chosen


def theme_membership(projected: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The themes each node belongs to: a theme itself; what links to a theme; and what those link to."""
    kinds = dict(projected.nodes(data="kind"))
    themed: dict[str, set[str]] = {n: {n} for n, k in kinds.items() if k == "Theme"}
    for source, target in projected.edges():
        for node, other in ((source, target), (target, source)):
            if kinds[other] == "Theme" and kinds[node] != "Theme":
                themed.setdefault(node, set()).add(other)
    members: dict[str, set[str]] = {n: set(t) for n, t in themed.items()}
    for source, target in projected.edges():
        for node, other in ((source, target), (target, source)):
            if node not in themed and other in themed and kinds[other] != "Theme":
                members.setdefault(node, set()).update(themed[other])
    return {node: sorted(themes) for node, themes in members.items()}


def _resolve_themes(projected: nx.MultiDiGraph, themes: Sequence[str]) -> set[str]:
    theme_nodes = [n for n, k in projected.nodes(data="kind") if k == "Theme"]
    chosen: set[str] = set()
    for given in themes:
        exact, partial = _matches(projected, given, theme_nodes)
        if not exact and not partial:
            raise UsageError(f"unknown theme '{given}'", known={str(projected.nodes[n]["label"]) for n in theme_nodes})
        chosen.update(exact or partial)
    return chosen


def _query_nodes(graph: Graph, query: str) -> set[str]:
    from .query import run_query

    result = run_query(graph, query)
    if result.type == "ASK":
        raise QueryError("an ASK query names no nodes", hint="use a SELECT of nodes or a CONSTRUCT query")
    if result.graph is not None:  # CONSTRUCT, DESCRIBE
        terms: Iterable[Any] = (t for triple in result.graph for t in (triple[0], triple[2]))
    else:
        terms = (value for row in result for value in row)  # type: ignore[union-attr]
    return {str(t) for t in terms if isinstance(t, URIRef)}


def select(
    graph: Graph, projected: nx.MultiDiGraph, *, focus: str | None, depth: int, types: Sequence[str] | None,
    themes: Sequence[str] | None, query: str | None,
) -> tuple[nx.MultiDiGraph, str | None]:
    """The part of ``projected`` to show, and the focused node."""
    if depth not in (1, 2, 3):
        raise UsageError(f"depth {depth} is out of range", known=["1", "2", "3"])
    keep = set(projected.nodes)
    if query is not None:
        keep &= _query_nodes(graph, query)
    centre = None
    if focus is not None:
        centre = _resolve_focus(projected.subgraph(keep), focus)
        keep &= _neighbourhood(projected.subgraph(keep), centre, depth)
    if themes:
        chosen = _resolve_themes(projected, themes)
        membership = theme_membership(projected)
        keep = {n for n in keep if chosen.intersection(membership.get(n, ())) or n == centre}
    if types:
        kinds = _kinds_for(types)
        keep = {n for n in keep if projected.nodes[n].get("kind") in kinds or n == centre}
    if keep == set(projected.nodes):
        return projected, centre
    return nx.MultiDiGraph(projected.subgraph(sorted(keep))), centre
