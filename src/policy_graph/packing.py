"""A source's triples in a form that is cheap to send between processes.

Pickled rdflib terms are rebuilt one by one on arrival (a literal re-parses its lexical form), which cost
more than extracting the document did (about 6 ms for a document's 800 triples).  A packed part is a
table of distinct terms as plain strings plus the triples as indexes into it; the receiving side keeps
the terms it has already rebuilt (predicates, classes, regions, units recur in every document), so only
the new ones are made.

>>> from rdflib import Literal, URIRef
>>> part = frozenset({(URIRef("urn:a"), URIRef("urn:p"), Literal("x", lang="zh-Hans"))})
>>> Unpacker().unpack(pack(part)) == part
True
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .mapping import Triple

__all__ = ["Packed", "Unpacker", "pack"]

# A term as plain strings: ("u", iri, "", ""), ("b", id, "", ""), ("l", lexical, datatype, language).
_Term = tuple[str, str, str, str]
Packed = tuple[tuple[_Term, ...], tuple[int, ...]]  # distinct terms; subject, predicate, object indexes in threes


def _plain(node: Node) -> _Term:
    if isinstance(node, URIRef):
        return ("u", str(node), "", "")
    if isinstance(node, Literal):
        return ("l", str(node), str(node.datatype or ""), node.language or "")
    if isinstance(node, BNode):
        return ("b", str(node), "", "")
    raise TypeError(f"not an RDF term: {node!r}")


def pack(triples: Iterable[Triple]) -> Packed:
    """Triples → (distinct terms as strings, flat indexes)."""
    index: dict[Node, int] = {}
    terms: list[_Term] = []
    flat: list[int] = []
    for triple in triples:
        for node in triple:
            at = index.get(node)
            if at is None:
                at = index[node] = len(terms)
                terms.append(_plain(node))
            flat.append(at)
    return tuple(terms), tuple(flat)


class Unpacker:
    """Rebuilds packed triples, reusing the terms it has made before (up to ``keep`` of them)."""

    def __init__(self, keep: int = 200_000) -> None:
        self._made: dict[_Term, Node] = {}
        self._keep = keep

    def _term(self, plain: _Term) -> Node:
        node = self._made.get(plain)
        if node is None:
            kind, value, datatype, language = plain
            if kind == "u":
                node = URIRef(value)
            elif kind == "l":
                node = Literal(value, lang=language or None, datatype=URIRef(datatype) if datatype else None)
            else:
                node = BNode(value)
            if len(self._made) >= self._keep:
                self._made.clear()
            self._made[plain] = node
        return node

    def unpack(self, packed: Packed) -> frozenset[Triple]:
        terms = [self._term(plain) for plain in packed[0]]
        flat = packed[1]
        return frozenset((terms[flat[i]], terms[flat[i + 1]], terms[flat[i + 2]]) for i in range(0, len(flat), 3))
