"""N-Triples and N-Quads lines in strict syntax (for shards, bulk loads and anything line-based).

rdflib's ``Node.n3()`` writes Turtle: a literal with a line break comes out as a triple-quoted string,
which N-Triples parsers reject.  Here every literal is one quoted string with escapes, so a line break
only ever ends a line.

A build carries each source's triples as one N-Triples document (:func:`document`: sorted lines, UTF-8):
compact, cheap to send between processes and machines, ready for a bulk loader or the Turtle writer; a
:class:`Reader` makes rdflib terms of it again where a graph is needed (validation, JSON-LD).

>>> from rdflib import Literal, URIRef
>>> line(URIRef("urn:s"), URIRef("urn:p"), Literal('two\\nlines "quoted"'))
'<urn:s> <urn:p> "two\\\\nlines \\\\"quoted\\\\"" .\\n'
>>> term(Literal(3))
'"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
>>> part = {(URIRef("urn:s"), URIRef("urn:p"), Literal("街道", lang="zh-Hans"))}
>>> set(Reader().triples(document(part))) == part
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .turtle import tag_case

__all__ = ["Reader", "document", "document_of_lines", "iri", "line", "lines", "literal", "term", "with_graph"]

Triple = tuple[Node, Node, Node]

_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_ESCAPE = re.compile(r'[\\"\n\r\t\b\f]')


def iri(value: str) -> str:
    """An IRI in N-Triples syntax: ``<...>``, with the characters N-Triples forbids there escaped."""
    return "<" + _IRI_ESCAPE.sub(lambda m: f"\\u{ord(m.group(0)):04X}", value) + ">"


_WRITTEN: dict[Node, str] = {}  # IRIs as written: predicates, classes, regions and units recur in every source


def _known_iri(node: Node) -> str:
    written = _WRITTEN.get(node)
    if written is None:
        if len(_WRITTEN) >= 100_000:
            _WRITTEN.clear()
        written = _WRITTEN[node] = iri(str(node))
    return written


def _escape(found: re.Match[str]) -> str:
    return _STRING_ESCAPES[found.group(0)]


_STRING = iri(str(XSD.string))
_tag = functools.lru_cache(maxsize=256)(tag_case)


def literal(lexical: str, datatype: str | None = None, language: str | None = None) -> str:
    """A literal in N-Triples syntax, as :func:`term` writes ``Literal(lexical, datatype=..., lang=...)``.

    ``datatype`` is the datatype already written (:func:`iri`); a language tag comes out in BCP 47's case.

    >>> literal('say "hi"'), literal("街道", language="zh-hans")
    ('"say \\\\"hi\\\\""', '"街道"@zh-Hans')
    """
    quoted = '"' + (_STRING_ESCAPE.sub(_escape, lexical) if _STRING_ESCAPE.search(lexical) else lexical) + '"'
    if language:
        return f"{quoted}@{_tag(language)}"
    if datatype is None or datatype == _STRING:
        return quoted
    return f"{quoted}^^{datatype}"


def term(node: Node) -> str:
    """One term in N-Triples syntax."""
    if type(node) is URIRef:
        return _known_iri(node)
    if isinstance(node, Literal):
        datatype = node.datatype
        if datatype is not None:
            return literal(str(node), _known_iri(datatype) if type(datatype) is URIRef else iri(str(datatype)))
        return literal(str(node), None, node.language)
    if isinstance(node, URIRef):
        return iri(str(node))
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"not an RDF term: {node!r}")


def line(subject: Node, predicate: Node, obj: Node, graph: URIRef | None = None) -> str:
    """One N-Triples line, or an N-Quads line when ``graph`` is given."""
    name = f" {iri(str(graph))}" if graph is not None else ""
    return f"{term(subject)} {term(predicate)} {term(obj)}{name} .\n"


def document(triples: Iterable[Triple]) -> bytes:
    """The triples as an N-Triples document: one line each, sorted (so equal sets give equal bytes), UTF-8."""
    known = _WRITTEN.get
    return document_of_lines({f"{(type(s) is URIRef and known(s)) or term(s)} {known(p) or term(p)} "
                              f"{(type(o) is URIRef and known(o)) or term(o)} .\n" for s, p, o in triples})


def document_of_lines(found: Iterable[str]) -> bytes:
    """An N-Triples document of lines written already (each ``s p o .\\n``, distinct): sorted, UTF-8.

    The lines are encoded, then sorted as bytes: UTF-8 keeps the order of code points, so the order is the
    text's, and comparing bytes is cheaper than comparing text that mixes Chinese and ASCII.
    """
    try:
        encoded = list(map(str.encode, found))  # (UTF-8; no Python-level loop)
    except UnicodeEncodeError as exc:
        raise ValueError(f"a literal holds a lone surrogate (U+{ord(exc.object[exc.start]):04X}), which is not valid "
                         "Unicode text and cannot be written") from None
    encoded.sort()
    return b"".join(encoded)


def lines(data: bytes) -> list[bytes]:
    """The lines of an N-Triples document written by :func:`document`, each without its `` .\\n``."""
    found = data.split(b" .\n")
    if found.pop():
        raise ValueError("an N-Triples document must end with a line break after its last ' .'")
    return found


def with_graph(data: bytes, graph: URIRef) -> bytes:
    """An N-Triples document of :func:`document` as N-Quads in ``graph``."""
    return data.replace(b" .\n", f" {iri(str(graph))} .\n".encode())


_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_SIMPLE = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text

    def one(found: re.Match[str]) -> str:
        if found.group(3) is not None:
            if found.group(3) not in _SIMPLE:
                raise ValueError(f"unknown escape \\{found.group(3)}")
            return _SIMPLE[found.group(3)]
        return chr(int(found.group(1) or found.group(2), 16))

    return _UNESCAPE.sub(one, text)


class Reader:
    """Reads documents of :func:`document` back into rdflib terms, making each distinct term once (up to
    ``keep`` of them remembered: predicates, classes, regions and units recur in every source)."""

    def __init__(self, keep: int = 200_000) -> None:
        self._made: dict[str, Node] = {}
        self._keep = keep

    def term(self, token: str) -> Node:
        """One term written by :func:`term`."""
        node = self._made.get(token)
        if node is None:
            node = self._parse(token)
            if len(self._made) >= self._keep:
                self._made.clear()
            self._made[token] = node
        return node

    @staticmethod
    def _parse(token: str) -> Node:
        if token.startswith("<") and token.endswith(">"):
            return URIRef(_unescape(token[1:-1]))
        if token.startswith("_:"):
            return BNode(token[2:])
        end = token.rfind('"')
        if token.startswith('"') and end > 0:
            lexical, rest = _unescape(token[1:end]), token[end + 1:]
            if not rest:
                return Literal(lexical)
            if rest.startswith("@") and len(rest) > 1:
                return Literal(lexical, lang=rest[1:])
            if rest.startswith("^^<") and rest.endswith(">"):
                return Literal(lexical, datatype=URIRef(_unescape(rest[3:-1])))
        raise ValueError(f"not an N-Triples term: {token[:80]!r}")

    def triples(self, data: bytes) -> Iterator[Triple]:
        """The triples of an N-Triples document written by :func:`document`."""
        term = self.term
        for number, raw in enumerate(lines(data), 1):
            parts = raw.decode("utf-8").split(" ", 2)
            if len(parts) != 3:
                raise ValueError(f"line {number} of an N-Triples document is not a triple: {parts[0][:80]!r}")
            yield term(parts[0]), term(parts[1]), term(parts[2])
