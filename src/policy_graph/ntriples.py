"""N-Triples and N-Quads lines in strict syntax (for shards, bulk loads and anything line-based).

rdflib's ``Node.n3()`` writes Turtle: a literal with a line break comes out as a triple-quoted string,
which N-Triples parsers reject.  Here every literal is one quoted string with escapes.

>>> from rdflib import Literal, URIRef
>>> line(URIRef("urn:s"), URIRef("urn:p"), Literal('two\\nlines "quoted"'))
'<urn:s> <urn:p> "two\\\\nlines \\\\"quoted\\\\"" .\\n'
>>> term(Literal(3))
'"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
"""

from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .turtle import tag_case

__all__ = ["line", "term"]

_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_ESCAPE = re.compile(r'[\\"\n\r\t\b\f]')


def _iri(value: str) -> str:
    return "<" + _IRI_ESCAPE.sub(lambda m: f"\\u{ord(m.group(0)):04X}", value) + ">"


def term(node: Node) -> str:
    """One term in N-Triples syntax."""
    if isinstance(node, URIRef):
        return _iri(str(node))
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        quoted = '"' + _STRING_ESCAPE.sub(lambda m: _STRING_ESCAPES[m.group(0)], str(node)) + '"'
        if node.language:
            return f"{quoted}@{tag_case(node.language)}"
        if node.datatype is None or node.datatype == XSD.string:
            return quoted
        return f"{quoted}^^{_iri(str(node.datatype))}"
    raise TypeError(f"not an RDF term: {node!r}")


def line(subject: Node, predicate: Node, obj: Node, graph: URIRef | None = None) -> str:
    """One N-Triples line, or an N-Quads line when ``graph`` is given."""
    name = f" {_iri(str(graph))}" if graph is not None else ""
    return f"{term(subject)} {term(predicate)} {term(obj)}{name} .\n"
