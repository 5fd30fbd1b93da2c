"""How the endpoint's answers look: content negotiation, SPARQL result documents, RDF documents, HTML pages.

The client's ``Accept`` header picks the form (:func:`negotiate`, q-values honoured). Results travel from the worker
processes as plain tuples (:data:`Term`), whichever engine made them (pyoxigraph or rdflib), and are written here:
SPARQL 1.1 Query Results JSON, XML, CSV and TSV; Turtle, N-Triples, JSON-LD and RDF/XML (pyoxigraph's writers); and
the HTML pages, from autoescaped Jinja templates (``templates/sparql.html``, ``templates/resource.html``) with inline
CSS and no script, so every label and literal is shown as text. The pages link only to themselves: IRIs under
``https://w3id.org/policy-graph/id/`` become relative ``/id/…`` links, other IRIs are shown as prefixed names.

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES)
'application/sparql-results+xml'
>>> results_document("csv", ["region"], [[("literal", "包头市", "zh-hans", "")]], None)
b'region\\r\\n\\xe5\\x8c\\x85\\xe5\\xa4\\xb4\\xe5\\xb8\\x82\\r\\n'
>>> str(term_html(("literal", "<img src=x onerror=alert(1)>", "zh-hans", "")))
'<span class="lit">&lt;img src=x onerror=alert(1)&gt;</span><small>@zh-hans</small>'
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import jinja2
from markupsafe import Markup

from .namespaces import ID, PREFIXES

__all__ = ["GRAPH_MEDIA", "GRAPH_TYPES", "RESULT_MEDIA", "RESULT_TYPES", "NotAcceptable", "Reply", "Term",
           "answer_ask", "answer_graph", "answer_select", "from_ox", "from_rdflib", "graph_document", "index_page",
           "local_href", "negotiate", "qname", "resource_page", "results_document", "term_html"]

#: An RDF term as ``(kind, value, language, datatype)``: kind ``uri``, ``bnode`` or ``literal``; the datatype is
#: empty for plain strings and language-tagged literals.
Term = tuple[str, str, str, str]
Row = Sequence[Term | None]
RESULT_MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"}
GRAPH_MEDIA = {"turtle": "text/turtle; charset=utf-8", "nt": "application/n-triples",
               "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}
#: Media types offered for SELECT/ASK results, the first being the default, and the format each one names.
RESULT_TYPES = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv", "application/json": "json",
                "application/xml": "xml", "text/xml": "xml"}
#: Media types offered for CONSTRUCT/DESCRIBE graphs and for /id/ resources (after text/html).
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "jsonld",
               "application/rdf+xml": "rdfxml", "application/turtle": "turtle", "application/x-turtle": "turtle"}
#: An answer: its media type (or ``rows``: data for a page), the payload, and whether it was cut short.
Reply = tuple[str, Any, bool]
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_PREFIXES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[0]))
_STYLE = Markup("""
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;
max-width:80rem;padding:1rem 1.5rem;color:#1f2933;background:#fcfcfd}
header{display:flex;flex-wrap:wrap;align-items:baseline;gap:1rem;border-bottom:1px solid #d9dee5;margin-bottom:1rem}
header h1{font-size:1.3rem;margin:.3rem 0}nav a{margin-right:.8rem}.info{color:#52606d;font-size:.85rem}
textarea{width:100%;box-sizing:border-box;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;padding:.5rem}
select{max-width:100%}button{margin:.4rem 0;padding:.3rem 1rem}form{margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
th,td{border:1px solid #d9dee5;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#eef1f5}
tr:nth-child(even) td{background:#f7f9fb}small{color:#7b8794;margin-left:.3rem}.iri,.bnode{color:#52606d}
.error{color:#a61b1b;background:#fdecec;padding:.5rem;white-space:pre-wrap}.note{color:#8a5a00}
a{color:#1d5fb8;text-decoration:none}a:hover{text-decoration:underline}code{font-size:.9em}
""")
_ENV = jinja2.Environment(loader=jinja2.PackageLoader("policy_graph", "templates"), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def from_ox(term: Any) -> Term:
    """A pyoxigraph term as a :data:`Term`."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return ("uri", term.value, "", "")
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value, "", "")
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        return ("literal", term.value, term.language or "", "" if datatype in (_XSD_STRING, _LANG_STRING) else datatype)
    return ("literal", str(term), "", "")  # an RDF-star triple term, shown in N-Triples syntax


def from_rdflib(term: Any) -> Term:
    """An rdflib term as a :data:`Term`."""
    from rdflib import BNode, Literal

    if isinstance(term, Literal):
        datatype = str(term.datatype or "")
        return ("literal", str(term), term.language or "", "" if datatype in (_XSD_STRING, _LANG_STRING) else datatype)
    return ("bnode" if isinstance(term, BNode) else "uri", str(term), "", "")


def _to_ox(term: Term) -> Any:
    import pyoxigraph as ox

    kind, value, language, datatype = term
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if language:
        return ox.Literal(value, language=language)
    return ox.Literal(value, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(value)


def graph_document(fmt: str, triples: Iterable[tuple[Term, Term, Term]]) -> bytes:
    """Triples as ``turtle``, ``nt``, ``jsonld`` or ``rdfxml`` (pyoxigraph's writers; our prefixes in Turtle)."""
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "rdfxml": ox.RdfFormat.RDF_XML}
    items = [ox.Triple(_to_ox(s), _to_ox(p), _to_ox(o)) for s, p, o in triples]
    prefixes = {prefix: ns for ns, prefix in _PREFIXES if prefix != "pgid"} if fmt in ("turtle", "rdfxml") else None
    return ox.serialize(items, format=formats[fmt], prefixes=prefixes) or b""


def _json_cell(term: Term) -> dict[str, str]:
    cell = {"type": term[0], "value": term[1]}
    if term[2]:
        cell["xml:lang"] = term[2]
    elif term[3]:
        cell["datatype"] = term[3]
    return cell


def _xml_cell(term: Term) -> str:
    kind, value, language, datatype = term
    if kind != "literal":
        return f"<{kind}>{escape(value)}</{kind}>"
    attrs = f" xml:lang={quoteattr(language)}" if language else f" datatype={quoteattr(datatype)}" if datatype else ""
    return f"<literal{attrs}>{escape(value)}</literal>"


def _tsv_cell(term: Term | None) -> str:
    if term is None:
        return ""
    kind, value, language, datatype = term
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    short = _TURTLE_SHORT.get(datatype)
    if short is not None and short.fullmatch(value):
        return value  # a number or boolean in Turtle's short form, as Oxigraph writes it
    text = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") \
        .replace("\t", "\\t") + '"'
    return f"{text}@{language}" if language else f"{text}^^<{datatype}>" if datatype else text


_XSD = "http://www.w3.org/2001/XMLSchema#"
_TURTLE_SHORT = {_XSD + "integer": re.compile(r"[+-]?[0-9]+"), _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
                 _XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
                 _XSD + "boolean": re.compile(r"true|false")}


def results_document(fmt: str, names: Sequence[str], rows: Iterable[Row], boolean: bool | None) -> bytes:
    """SELECT rows (or an ASK answer, ``boolean``) as SPARQL 1.1 results in ``json``, ``xml``, ``csv`` or ``tsv``."""
    if fmt == "json":
        head: dict[str, Any] = {"head": {}, "boolean": boolean} if boolean is not None else {
            "head": {"vars": list(names)},
            "results": {"bindings": [{n: _json_cell(t) for n, t in zip(names, row) if t is not None}
                                     for row in rows]}}
        return json.dumps(head, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0" encoding="utf-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>" + "".join(f"<variable name={quoteattr(n)}/>" for n in names) + "</head>"]
        if boolean is not None:
            out.append(f"<boolean>{'true' if boolean else 'false'}</boolean>")
        else:
            out.append("<results>")
            out += ["<result>" + "".join(f"<binding name={quoteattr(n)}>{_xml_cell(t)}</binding>"
                                         for n, t in zip(names, row) if t is not None) + "</result>" for row in rows]
            out.append("</results>")
        return ("\n".join([*out, "</sparql>"]) + "\n").encode("utf-8")
    if boolean is not None:  # CSV and TSV define no ASK form: a one-cell table, as Jena writes it
        return f"_askResult\r\n{'true' if boolean else 'false'}\r\n".encode()
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow(["" if t is None else f"_:{t[1]}" if t[0] == "bnode" else t[1] for t in row])
        return buffer.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{n}" for n in names)] + ["\t".join(_tsv_cell(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def negotiate(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offered media type the ``Accept`` header prefers (most specific range wins; ties go to ``offers``'s
    order); the first offer when there is no header; None when nothing is acceptable."""
    if not accept or not accept.strip():
        return offers[0] if offers else None
    ranges: list[tuple[str, float]] = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for field in fields[1:]:
            key, _, value = field.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        if fields[0]:
            ranges.append((fields[0].lower(), q))
    best, best_q = None, 0.0
    for offer in offers:
        specificity, quality = -1, 0.0
        for media, q in ranges:
            level = 2 if media == offer else 1 if media == offer.split("/")[0] + "/*" else 0 if media == "*/*" else -1
            if level > specificity:
                specificity, quality = level, q
        if quality > best_q:
            best, best_q = offer, quality
    return best


class NotAcceptable(Exception):
    """The client accepts none of the types this kind of answer comes in (HTTP 406)."""


def _needs(fmt: str | None, what: str, offered: Sequence[str]) -> str:
    if fmt is None:
        raise NotAcceptable(f"cannot send {what} in a type the Accept header allows; offered: {', '.join(offered)}")
    return fmt


def answer_ask(answer: bool, rfmt: str | None) -> Reply:
    """An ASK answer in ``rfmt`` (a :data:`RESULT_TYPES` format, or ``rows`` for a page)."""
    fmt = _needs(rfmt, "an ASK answer", list(RESULT_TYPES))
    if fmt == "rows":
        return ("rows", {"boolean": answer}, False)
    return (RESULT_MEDIA[fmt], results_document(fmt, [], [], answer), False)


def answer_select(names: list[str], rows: list[list[Term | None]], rfmt: str | None, max_rows: int) -> Reply:
    """SELECT rows (``max_rows + 1`` of them tell that there are more) in ``rfmt``, cut to ``max_rows``."""
    fmt = _needs(rfmt, "SELECT results", list(RESULT_TYPES))
    truncated, rows = len(rows) > max_rows, rows[:max_rows]
    if fmt == "rows":
        return ("rows", {"vars": names, "rows": rows}, truncated)
    return (RESULT_MEDIA[fmt], results_document(fmt, names, rows, None), truncated)


def answer_graph(triples: list[tuple[Term, Term, Term]], gfmt: str | None, max_rows: int) -> Reply:
    """CONSTRUCT or DESCRIBE triples in ``gfmt`` (a :data:`GRAPH_TYPES` format, or ``rows``), cut to ``max_rows``."""
    fmt = _needs(gfmt, "a graph", list(GRAPH_TYPES))
    truncated, triples = len(triples) > max_rows, triples[:max_rows]
    if fmt == "rows":
        return ("rows", {"triples": triples}, truncated)
    return (GRAPH_MEDIA[fmt], graph_document(fmt, triples), truncated)


def qname(iri: str) -> str:
    """``pg:refArea`` for an IRI in one of our prefixes, else the IRI itself."""
    for namespace, prefix in _PREFIXES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def local_href(iri: str) -> str | None:
    """The relative link (``/id/…``) of one of our resources, None for other IRIs."""
    base = str(ID)
    if not iri.startswith(base) or len(iri) == len(base):
        return None
    return "/id/" + urllib.parse.quote(iri[len(base):], safe="/%-._~!$&'()*+,;=:@")


def term_html(term: Term | None, label: str | None = None) -> Markup:
    """A term as escaped HTML: our resources as links to their pages (with their label), literals as text."""
    if term is None:
        return Markup("")
    kind, value, language, datatype = term
    if kind == "uri":
        href = local_href(value)
        text = label or qname(value)
        if href is not None:
            return Markup('<a href="{}" title="{}">{}</a>').format(href, value, text)
        return Markup('<span class="iri" title="{}">{}</span>').format(value, text)
    if kind == "bnode":
        return Markup('<span class="bnode">_:{}</span>').format(value)
    suffix = f"@{language}" if language else f"^^{qname(datatype)}" if datatype else ""
    note = Markup("<small>{}</small>").format(suffix) if suffix else Markup("")
    return Markup('<span class="lit">{}</span>{}').format(value, note)


_ENV.filters["term"] = term_html


def index_page(*, saved: Mapping[str, Any], query: str, example: str, result: Mapping[str, Any] | None,
               truncated: bool, error: str | None, info: Mapping[str, Any]) -> str:
    """The query page: the editor, the saved queries as examples, and a result (a table) or an error."""
    return _ENV.get_template("sparql.html").render(saved=list(saved.values()), query=query, example=example,
                                                   result=result, truncated=truncated, error=error, info=info,
                                                   style=_STYLE)


def resource_page(data: Mapping[str, Any], info: Mapping[str, Any]) -> str:
    """The page of one resource: its label and types, its triples, and what links to it."""
    return _ENV.get_template("resource.html").render(r=data, info=info, style=_STYLE)
