"""A deterministic, fast Turtle writer.

rdflib's serializer takes about 30 s for 10^6 triples and needs an rdflib graph in memory; this one
writes sorted Turtle straight from triples: prefixes (only those used) in a fixed order, subjects
sorted, ``rdf:type`` first, then predicates and objects sorted.  Literals are written so that rdflib
and Oxigraph read back the same terms (decimals as ``24.0``-style shorthand, language tags in BCP 47
case, plain strings without a datatype).

Three entries, one writer: :func:`serialize_ntriples` takes N-Triples documents (a build's sources),
:func:`serialize_store` an Oxigraph store (which dumps N-Triples in Rust) and :func:`serialize` rdflib triples
(written as N-Triples first).  The lines are sorted and grouped by subject, and each distinct term is written
once (cached), so the same triples give the same bytes whichever way they come.

>>> from rdflib import Literal, URIRef
>>> from decimal import Decimal
>>> s, p = URIRef("https://w3id.org/policy-graph/id/region/150000"), URIRef("https://w3id.org/policy-graph/def#value")
>>> print(serialize([(s, p, Literal(Decimal("647")))], {"pg": "https://w3id.org/policy-graph/def#"}).decode())
@prefix pg: <https://w3id.org/policy-graph/def#> .
<BLANKLINE>
<https://w3id.org/policy-graph/id/region/150000> pg:value 647.0 .
<BLANKLINE>
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["serialize", "serialize_ntriples", "serialize_store", "tag_case", "term"]

_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_ESCAPE = re.compile(r'[\\"\n\r\t\b\f]')
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_RDF_TYPE_STR = str(RDF.type)


def _iri(value: str) -> str:
    return "<" + _IRI_ESCAPE.sub(lambda m: f"\\u{ord(m.group(0)):04X}", value) + ">"


def _string(value: str) -> str:
    return '"' + _STRING_ESCAPE.sub(lambda m: _STRING_ESCAPES[m.group(0)], value) + '"'


def tag_case(tag: str) -> str:
    """A language tag in BCP 47's usual case: ``zh-hans-cn`` → ``zh-Hans-CN`` (Oxigraph lower-cases them).

    >>> tag_case("zh-hans")
    'zh-Hans'
    """
    parts = tag.split("-")
    return "-".join([parts[0].lower()] + [p.title() if len(p) == 4 else p.upper() if len(p) == 2 else p.lower()
                                          for p in parts[1:]])


class _Names:
    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.by_length = sorted(((ns, prefix) for prefix, ns in prefixes.items()), key=lambda kv: -len(kv[0]))
        self.used: set[str] = set()
        self.known: dict[str, str] = {}  # IRI → how it is written (a prefix, once used, stays in ``used``)
        self.prefix_of = {ns: prefix for ns, prefix in self.by_length}
        # the longest namespace whose rest of the IRI is a local name (the alternatives are tried in this order,
        # the next one when the rest is not a local name): one match instead of a test per namespace
        self.split = re.compile("(" + "|".join(re.escape(ns) for ns, _prefix in self.by_length) + ")"
                                + _LOCAL.pattern[1:-1] + r"\Z") if self.by_length else None

    def iri(self, value: str) -> str:
        try:
            return self.known[value]
        except KeyError:
            pass
        found = self.split.match(value) if self.split is not None else None
        if found is None:
            written = _iri(value)
        else:
            ns = found.group(1)
            prefix = self.prefix_of[ns]
            self.used.add(prefix)
            written = f"{prefix}:{value[len(ns):]}"
        self.known[value] = written
        return written

    def header(self) -> str:
        return "".join(f"@prefix {prefix}: <{ns}> .\n" for ns, prefix in sorted(
            ((ns, prefix) for ns, prefix in self.by_length if prefix in self.used), key=lambda kv: kv[1]))


def term(node: Node, names: _Names | None = None) -> str:
    """One term in Turtle syntax."""
    if isinstance(node, URIRef):
        return names.iri(str(node)) if names else _iri(str(node))
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        lexical = str(node)
        if node.language:
            return f"{_string(lexical)}@{tag_case(node.language)}"
        datatype = node.datatype
        if datatype is None or datatype == XSD.string:
            return _string(lexical)
        if datatype == XSD.decimal and (_INTEGER.match(lexical) or _DECIMAL.match(lexical)):
            return f"{lexical}.0" if _INTEGER.match(lexical) else lexical
        if datatype == XSD.integer and _INTEGER.match(lexical):
            return lexical
        return f"{_string(lexical)}^^{names.iri(str(datatype)) if names else _iri(str(datatype))}"
    raise TypeError(f"not an RDF term: {node!r}")


# A subject's rows: ((rdf:type last?, predicate IRI, predicate as written), object as written); sorting them
# orders the predicates (rdf:type first, then by IRI) and each predicate's objects (by how they are written).
Row = tuple[tuple[bool, bytes, bytes], bytes]


def _block(subject: bytes, rows: list[Row]) -> bytes:
    """One subject's statements: ``subject p1 o1, o2 ;\\n    p2 o3 .\\n`` (duplicate rows written once)."""
    rows.sort()
    parts: list[bytes] = []
    current: tuple[bool, bytes, bytes] | None = None
    previous: bytes | None = None
    for predicate, text in rows:
        if predicate != current:
            parts.append(predicate[2] + b" " + text)
            current, previous = predicate, text
        elif text != previous:
            parts[-1] += b", " + text
            previous = text
    return subject + b" " + b" ;\n    ".join(parts) + b" .\n"


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused: it runs every few hundred new containers and walks every live
    one, so making a million rows would spend more time there than in the work.  Rows hold no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def serialize(triples: Iterable[tuple[Node, Node, Node]], prefixes: Mapping[str, str]) -> bytes:
    """Sorted Turtle of ``triples`` with the given ``prefixes`` (only the used ones are declared): written as
    N-Triples lines first, so that every entry goes through the one writer."""
    from .ntriples import document

    return serialize_ntriples([document(triples)], prefixes)


# N-Triples as Oxigraph writes it: ``<iri>``, ``_:id``, ``"…"``, ``"…"@tag``, ``"…"^^<datatype>``; in strings
# \b \t \n \f \r \" \\ escaped as ours are, other control characters as \uXXXX (left to the exact path).
_NT_INTEGER = re.compile(rb'"(0|-?[1-9][0-9]*)"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>')
_NT_DECIMAL = re.compile(rb'"(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?)"\^\^<http://www\.w3\.org/2001/XMLSchema#decimal>')
_NT_LANGUAGE = re.compile(rb'("[^\\]*(?:\\[^u][^\\]*)*")@([A-Za-z0-9-]+)')
_TYPE_ROW = (False, _RDF_TYPE_STR.encode(), b"a")


def _nt_term(token: bytes, names: _Names, exact: Callable[[bytes], str]) -> bytes:
    """How the N-Triples ``token`` is written in Turtle (the same as :func:`term` of the rdflib term)."""
    first = token[:1]
    if first == b"<" and b"\\" not in token:
        return names.iri(token[1:-1].decode("utf-8")).encode("utf-8")
    if first == b"_":
        return token  # _:id, as term() writes BNode(id)
    if token.endswith(b'"') and b"\\u" not in token:
        return token  # a plain string, escaped as _string() escapes it
    found = _NT_INTEGER.fullmatch(token)
    if found:
        return found.group(1)  # canonical: int() and back leave it as it is
    found = _NT_DECIMAL.fullmatch(token)
    if found:
        number = found.group(1)  # canonical for Decimal too; written as 647.0 or 0.5
        return number if b"." in number else number + b".0"
    found = _NT_LANGUAGE.fullmatch(token)
    if found:
        return found.group(1) + b"@" + tag_case(found.group(2).decode("ascii")).encode("ascii")
    return exact(token).encode("utf-8")


def serialize_store(store: pyoxigraph.Store, graphs: Iterable[pyoxigraph.NamedNode | pyoxigraph.BlankNode |
                                                              pyoxigraph.DefaultGraph],
                    prefixes: Mapping[str, str], exact: Callable[[pyoxigraph.Literal], Node]) -> bytes:
    """Sorted Turtle of the union of ``graphs`` in ``store``: the same bytes as :func:`serialize` of the triples
    read through rdflib, where ``exact`` turns an Oxigraph literal into that rdflib term (used for the rare
    literals the fast paths do not cover: other datatypes, non-canonical numbers, \\u escapes)."""
    import pyoxigraph

    def exact_node(token: bytes) -> Node:
        quad = next(iter(pyoxigraph.parse(b"<urn:s> <urn:p> " + token + b" .\n",
                                          format=pyoxigraph.RdfFormat.N_TRIPLES)))
        return exact(quad.object)

    with _collector_paused():
        chunks = [store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph) or b"" for graph in graphs]
        lines = b"".join(chunks).split(b" .\n")  # a line break inside a literal is written \n
        del chunks
        lines.pop()  # what follows the last line's end
        return _from_lines(lines, prefixes, exact_node)


def serialize_ntriples(documents: Iterable[bytes], prefixes: Mapping[str, str]) -> bytes:
    """Sorted Turtle of the union of N-Triples documents written by :func:`policy_graph.ntriples.document`
    (a build's sources): the same bytes as :func:`serialize` of their triples, without making an rdflib term
    of each."""
    from .ntriples import Reader, lines

    reader = Reader()

    def exact_node(token: bytes) -> Node:
        return reader.term(token.decode("utf-8"))

    with _collector_paused():
        found: list[bytes] = []
        for data in documents:
            found += lines(data)
        return _from_lines(found, prefixes, exact_node)


def _from_lines(lines: list[bytes], prefixes: Mapping[str, str], exact_node: Callable[[bytes], Node]) -> bytes:
    """Turtle of N-Triples lines (each without its `` .\\n``; sorted here, duplicates written once)."""
    names = _Names(prefixes)

    def exact_text(token: bytes) -> str:
        return term(exact_node(token), names)

    lines.sort()  # a subject's lines are now together (the same triple twice: twice in a row)
    written: dict[bytes, bytes] = {}
    predicates: dict[bytes, tuple[bool, bytes, bytes]] = {b"<" + _TYPE_ROW[1] + b">": _TYPE_ROW}
    blocks: list[tuple[tuple[int, bytes], bytes]] = []
    subject = previous = b""
    rows: list[Row] = []
    for line in lines:
        if line == previous:
            continue
        previous = line
        s, p, o = line.split(b" ", 2)
        if s != subject:
            if rows:
                blocks.append(_subject_block(subject, rows, names, exact_node))
            subject, rows = s, []
        predicate = predicates.get(p)
        if predicate is None:
            if b"\\" in p:
                written_p = exact_text(p).encode("utf-8")
                predicate = (True, str(exact_node(p)).encode("utf-8"), written_p)
            else:
                predicate = (True, p[1:-1], names.iri(p[1:-1].decode("utf-8")).encode("utf-8"))
            predicates[p] = predicate
        if o[-1:] == b'"' and b"\\u" not in o:
            text = o  # a plain string: the commonest object, written as it is
        else:
            text = written.get(o)  # type: ignore[assignment]
            if text is None:
                text = written[o] = _nt_term(o, names, exact_text)
        rows.append((predicate, text))
    if rows:
        blocks.append(_subject_block(subject, rows, names, exact_node))
    lines.clear()
    blocks.sort(key=lambda block: block[0])  # IRIs, then blank nodes; by their text
    return names.header().encode("utf-8") + b"\n" + b"\n".join([block for _key, block in blocks])


def _subject_block(subject: bytes, rows: list[Row], names: _Names,
                   exact_node: Callable[[bytes], Node]) -> tuple[tuple[int, bytes], bytes]:
    if subject[:1] == b"<" and b"\\" not in subject:
        key, written = (0, subject[1:-1]), names.iri(subject[1:-1].decode("utf-8")).encode("utf-8")
    elif subject[:1] == b"<":  # an IRI with escapes: sorted and written by its real text
        node = exact_node(subject)
        key, written = (0, str(node).encode("utf-8")), term(node, names).encode("utf-8")
    else:
        key, written = (1, subject[2:]), subject
    return key, _block(written, rows)
