"""Oxigraph's terms as rdflib terms, exactly as rdflib's own constructors make them, but faster.

A query answered from an Oxigraph store reaches the Python API as rows of rdflib terms (what oxrdflib gives).
Making an rdflib ``Literal`` parses its lexical form into a Python value and writes that value back as the
canonical lexical form, a few microseconds a term: on an answer of tens of thousands of rows, longer than
Oxigraph's own evaluation.  The terms Oxigraph gives are already valid (IRIs, language tags, lexical forms it
has parsed), so for the datatypes a graph of ours is made of (strings, language-tagged strings, integers,
decimals) the same objects are made directly: the same text, language, datatype, value and ill-typed flag as
rdflib's constructor sets (``tests/test_terms.py`` compares them on many random terms).  Any other term goes
through rdflib's constructor.

>>> import pyoxigraph
>>> t = OxigraphTerms()
>>> t.get(pyoxigraph.Literal("462.50", datatype=pyoxigraph.NamedNode(XSD_DECIMAL)))
rdflib.term.Literal('462.50', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import _is_valid_langtag

__all__ = ["OxigraphTerms"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
_CANONICAL_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")  # int() reads it, and writes it back unchanged
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")  # the lexical space of xsd:decimal
_MISSING = object()


def _literal(lexical: str, language: str | None, datatype: URIRef | None, value: Any,
             ill_typed: bool | None) -> Literal:
    made = str.__new__(Literal, lexical)
    made._language = language
    made._datatype = datatype
    made._value = value
    made._ill_typed = ill_typed
    return made


class OxigraphTerms:
    """Converts Oxigraph terms to rdflib terms, each distinct term once (rows repeat their terms)."""

    def __init__(self) -> None:
        self.known: dict[Any, Any] = {None: None}  # None: an unbound variable
        self.datatypes: dict[str, URIRef] = {}
        self.languages: set[str] = set()  # tags checked valid already

    def convert(self, term: Any) -> Any:
        import pyoxigraph

        if isinstance(term, pyoxigraph.NamedNode):
            return str.__new__(URIRef, term.value)  # (an IRI Oxigraph parsed: nothing for rdflib to check)
        if isinstance(term, pyoxigraph.Literal):
            return self._literal(term)
        if isinstance(term, pyoxigraph.BlankNode):
            return BNode(term.value)
        if isinstance(term, pyoxigraph.Triple):
            return self.triple(term)
        raise ValueError(f"unexpected Oxigraph term: {term!r}")

    def _literal(self, term: Any) -> Literal:
        lexical, language = term.value, term.language
        if language:
            if language in self.languages or _is_valid_langtag(language):
                self.languages.add(language)
                return _literal(lexical, language, None, lexical, None)
            return Literal(lexical, lang=language)  # (rdflib's own error)
        iri = term.datatype.value
        datatype = self.datatypes.get(iri)
        if datatype is None:
            datatype = self.datatypes[iri] = URIRef(iri)
        if iri == XSD_STRING:
            return _literal(lexical, None, datatype, lexical, False)
        if iri == XSD_INTEGER and _CANONICAL_INTEGER.fullmatch(lexical):
            return _literal(lexical, None, datatype, int(lexical), False)
        if iri == XSD_DECIMAL and _DECIMAL.fullmatch(lexical):
            value = Decimal(lexical)
            return _literal(f"{value:f}", None, datatype, value, False)  # (rdflib writes a Decimal so)
        return Literal(lexical, datatype=datatype)

    def triple(self, triple: Any) -> tuple[Any, Any, Any]:
        return self.get(triple.subject), self.get(triple.predicate), self.get(triple.object)

    def get(self, term: Any) -> Any:
        found = self.known.get(term, _MISSING)
        if found is _MISSING:
            found = self.known[term] = self.convert(term)
        return found

    def rows(self, solutions: Any) -> Iterator[tuple[Any, ...]]:
        known, convert = self.known, self.convert
        for solution in solutions:
            values = []
            for value in solution:
                found = known.get(value, _MISSING)
                if found is _MISSING:
                    found = known[value] = convert(value)
                values.append(found)
            yield tuple(values)
