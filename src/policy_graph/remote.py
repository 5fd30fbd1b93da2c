"""Pushing a graph into a remote triplestore through the SPARQL 1.1 Update protocol.

Each named graph (a source's facts, the ontology, the computed relations) is replaced: ``DROP SILENT
GRAPH`` then ``INSERT DATA`` in chunks, so a push can be repeated.  Any SPARQL 1.1 store takes it
(Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso); for queries over all graphs at once, start the
store with its union-default-graph option (``oxigraph serve --union-default-graph``).

>>> update_url_for("http://127.0.0.1:7878/query")
'http://127.0.0.1:7878/update'
>>> update_url_for("http://localhost:3030/ds/sparql")
'http://localhost:3030/ds/update'
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.term import Node

from .errors import InputError, UsageError
from .namespaces import graph_iri
from .store import quads

__all__ = ["PushReport", "push", "update_url_for"]

CHUNK = 5000  # triples per INSERT DATA request
MAIN_GRAPH = graph_iri("main")


@dataclass
class PushReport:
    graphs: int
    triples: int
    requests: int


def update_url_for(query_url: str) -> str:
    """The usual update endpoint beside a query endpoint (``…/query`` or ``…/sparql`` → ``…/update``)."""
    for suffix in ("/query", "/sparql"):
        if query_url.rstrip("/").endswith(suffix):
            return query_url.rstrip("/")[: -len(suffix)] + "/update"
    return query_url


def _post(url: str, update: str, token: str | None, timeout: float) -> None:
    headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=update.encode("utf-8"), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # only http(s): checked in push()
            response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace")[:300]
        raise InputError(f"the endpoint refused the update: HTTP {exc.code} {body}", path=url,
                         hint="check --update-url and the store's write permissions") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"cannot reach the endpoint: {reason}", path=url,
                         hint="is the server running, and is the URL right?") from None


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def push(graph: Graph, to: str, *, update_url: str | None = None, token: str | None = None,
         timeout: float = 60.0, include_ontology: bool = True) -> PushReport:
    """Replace, in the store behind ``to``, every named graph of ``graph``; triples outside any named graph
    (an RDF file's) go to ``…/graph/main``."""
    if not to.startswith(("http://", "https://")):
        raise UsageError(f"not an endpoint URL: '{to}'", hint="give http(s)://host:port/… of a SPARQL endpoint")
    url = update_url or update_url_for(to)
    grouped: dict[URIRef, list[str]] = defaultdict(list)
    exclude: frozenset[URIRef] = frozenset()
    if not include_ontology:
        from .store import ONTOLOGY_GRAPH

        exclude = frozenset({ONTOLOGY_GRAPH})
    for s, p, o, name in quads(graph, exclude):
        grouped[name or MAIN_GRAPH].append(_line(s, p, o))  # a file's triples go to …/graph/main
    requests = triples = 0
    for name in sorted(grouped):
        lines = sorted(set(grouped[name]))
        _post(url, f"DROP SILENT GRAPH <{name}>", token, timeout)
        requests += 1
        for chunk in _chunks(lines, CHUNK):
            body = "\n".join(chunk)
            _post(url, f"INSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}", token, timeout)
            requests += 1
        triples += len(lines)
    return PushReport(graphs=len(grouped), triples=triples, requests=requests)


def _line(s: Node, p: Node, o: Node) -> str:
    return f"{s.n3()} {p.n3()} {o.n3()} ."
