"""Communities of related entities (Louvain, seeded) and how well they match the article's sections.

>>> from rdflib import Graph
>>> from policy_graph.analysis import EXAMPLE_TTL
>>> found = communities(Graph().parse(format="turtle", data=EXAMPLE_TTL))
>>> len(found) >= 1 and all(c.members for c in found)
True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import networkx as nx
from rdflib import Graph, Literal
from rdflib.term import Node

from .analysis import AnalysisGraph, Entity, prepare, rank_key
from .namespaces import PG

__all__ = ["Agreement", "Community", "communities", "entity_sections", "section_agreement"]


@dataclass(frozen=True)
class Community:
    """A Louvain community: members (most central first), dominant theme, labels."""

    members: tuple[Entity, ...]
    theme: Entity | None
    label: str
    label_en: str


@dataclass(frozen=True)
class Agreement:
    """How well communities match the article's sections (each entity's most frequent section)."""

    purity: float
    nmi: float
    entities: int
    contingency: dict[tuple[int, str], int] = field(default_factory=dict)  # (community index, section theme) → n



def _themes_of(ag: AnalysisGraph, node: str) -> list[str]:
    if ag.simple.nodes[node]["kind"] == "Theme":
        return [node]
    return sorted({t for _s, t, k in ag.projected.out_edges(node, keys=True) if k == str(PG.theme)})


def communities(graph: Graph | AnalysisGraph, seed: int = 42, resolution: float = 1.0) -> list[Community]:
    """Louvain communities of the weighted projection, largest first.

    Each is labelled by its dominant theme (the theme most members have) and its three most
    central members (PageRank), themes themselves left out of the label.
    """
    ag = prepare(graph)
    found = nx.community.louvain_communities(ag.numbered, weight="weight", resolution=resolution, seed=seed)
    rank = ag.scores("pagerank")
    result: list[Community] = []
    for group in sorted(found, key=lambda c: (-len(c), min(c))):
        members = tuple(ag.entity(ag.nodes[i]) for i in sorted(group, key=lambda i: rank_key(rank[ag.nodes[i]],
                                                                                              ag.nodes[i])))
        counts = Counter(t for m in members for t in _themes_of(ag, m.iri))
        theme = ag.entity(min(counts, key=lambda t: (-counts[t], t))) if counts else None
        named = [m for m in members if m.kind != "Theme"][:3] or list(members[:3])
        zh = "、".join(m.name("zh") for m in named)
        en = ", ".join(m.name("en") for m in named)
        result.append(Community(members, theme, f"{theme.label}：{zh}" if theme else zh,
                                f"{theme.name('en')}: {en}" if theme else en))
    return result


def _int(value: Node | None) -> int:
    try:
        return int(str(value)) if isinstance(value, Literal) else 0
    except ValueError:
        return 0


def entity_sections(graph: Graph | AnalysisGraph) -> dict[str, str]:
    """Each entity's section — the theme IRI of the section most of its spans lie in (ties: first section)."""
    ag = prepare(graph)
    result: dict[str, str] = {}
    for node in ag.nodes:
        counts: Counter[Node] = Counter()
        for span in ag.spans(node):
            counts.update(ag.rdf.objects(span, PG.section))
        if not counts:
            continue
        order = {s: _int(ag.rdf.value(s, PG.order)) for s in counts}
        best = min(counts, key=lambda s: (-counts[s], order[s], str(s)))
        theme = ag.rdf.value(best, PG.theme)
        result[node] = str(theme if theme is not None else best)
    return result


def section_agreement(graph: Graph | AnalysisGraph, found: Sequence[Community],
                      sections: Mapping[str, str] | None = None) -> Agreement:
    """Purity and normalized mutual information (arithmetic mean) of ``found`` against the sections.

    ``sections`` maps entities to their section (default :func:`entity_sections`); only entities
    with a section count.  1.0 is perfect agreement; a random partition of the same sizes scores
    near 0.
    """
    truth = entity_sections(graph) if sections is None else sections
    labels = {m.iri: i for i, c in enumerate(found) for m in c.members if m.iri in truth}
    n = len(labels)
    if n == 0:
        return Agreement(0.0, 0.0, 0)
    joint = Counter((labels[e], truth[e]) for e in labels)
    by_community = Counter(labels.values())
    by_section = Counter(truth[e] for e in labels)
    purity = sum(max(v for (c, _s), v in joint.items() if c == community) for community in by_community) / n
    mutual = sum(v / n * math.log(v * n / (by_community[c] * by_section[s])) for (c, s), v in joint.items())
    entropy = sum(-v / n * math.log(v / n) for v in (*by_community.values(), *by_section.values()))
    nmi = 2 * mutual / entropy if entropy > 0 else 1.0
    return Agreement(purity, nmi, n, dict(sorted(joint.items())))
