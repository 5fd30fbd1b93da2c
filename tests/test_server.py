"""The HTTP endpoint (policy_graph.server): the SPARQL 1.1 Protocol as real clients speak it, every status code of
the module's table, the limits, the safety rules, and the pages.

Servers run in this process (a thread each, on a free port), their queries in worker processes; one test runs
``python -m policy_graph.server`` as a child process and stops it with a signal.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pyoxigraph
import pytest
from markupsafe import escape
from rdflib import XSD, Graph, Literal, URIRef

from policy_graph.errors import GraphLoadError, InputError
from policy_graph.namespaces import graph_iri
from policy_graph.pages import negotiate
from policy_graph.query import run_query, saved_queries
from policy_graph.server import SparqlServer, make_server, resource_iri
from policy_graph.store import open_graph, write_store

from .oxigraph_server import alive, children

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "data" / "triples.ttl"
EVIL = "<img src=x onerror=alert(1)>"
EVIL_IRI = "https://w3id.org/policy-graph/id/region/999999"
PREFIXES = """PREFIX pg: <https://w3id.org/policy-graph/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
REGIONS = PREFIXES + "SELECT ?r ?label WHERE { ?r a pg:Region ; rdfs:label ?label } ORDER BY ?r"
CONSTRUCT = PREFIXES + "CONSTRUCT { ?r rdfs:label ?label ; pg:adminCode ?code } WHERE " \
                       "{ ?r a pg:Region ; rdfs:label ?label ; pg:adminCode ?code }"
NEVER_ENDING = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?a (pg:partOf|^pg:partOf|!pg:none)* ?b . ?c ?d ?e . ?f ?g ?h }",
]


# ------------------------------------------------------------------------------------------------------- helpers

@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed graph plus a region whose label is an HTML injection attempt."""
    path = tmp_path_factory.mktemp("graph") / "triples.ttl"
    path.write_text(COMMITTED.read_text(encoding="utf-8") + f"""
<{EVIL_IRI}> a <https://w3id.org/policy-graph/def#Region> ;
    <http://www.w3.org/2000/01/rdf-schema#label> "{EVIL}"@zh-Hans ;
    <https://w3id.org/policy-graph/def#partOf> <https://w3id.org/policy-graph/id/region/150000> .
""", encoding="utf-8")
    return path


@contextlib.contextmanager
def running(location: str | Path, **options: Any) -> Iterator[SparqlServer]:
    options.setdefault("workers", 2)
    options.setdefault("log", False)
    server = make_server(location, port=0, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.close()
        thread.join(5)


@pytest.fixture(scope="module")
def server(graph_file: Path) -> Iterator[SparqlServer]:
    with running(graph_file, timeout=20) as srv:
        yield srv


@pytest.fixture(scope="module")
def memory(graph_file: Path) -> Graph:
    return open_graph(graph_file)


class Answer:
    def __init__(self, response: http.client.HTTPResponse, seconds: float) -> None:
        self.status = response.status
        self.headers = response.headers
        self.body = response.read()
        self.seconds = seconds

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def media(self) -> str:
        return self.headers.get_content_type()


def call(srv: SparqlServer, method: str, path: str, body: bytes | str | None = None,
         headers: dict[str, str] | None = None, timeout: float = 60) -> Answer:
    """One raw HTTP request (http.client sends the path as given: nothing normalizes ``..``)."""
    port = srv.server_address[1]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    began = time.perf_counter()
    try:
        connection.request(method, path, body=body.encode("utf-8") if isinstance(body, str) else body,
                           headers=headers or {})
        return Answer(connection.getresponse(), time.perf_counter() - began)
    finally:
        connection.close()


def get_query(srv: SparqlServer, query: str, accept: str | None = None, **kw: Any) -> Answer:
    return call(srv, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                headers={"Accept": accept} if accept else {}, **kw)


def json_rows(answer: Answer) -> list[tuple[str, ...]]:
    data = json.loads(answer.body)
    names = data["head"]["vars"]
    return [tuple(b[n]["value"] if n in b else "" for n in names) for b in data["results"]["bindings"]]


def canon(graph: Graph | None) -> set[tuple[str, str, str]]:
    """Triples to compare across engines: Oxigraph types plain literals xsd:string and lower-cases language tags."""
    assert graph is not None
    out = set()
    for s, p, o in graph:
        if isinstance(o, Literal):
            kind = f"@{o.language.lower()}" if o.language else f"^^{o.datatype or XSD.string}"
            out.add((str(s), str(p), f"{o}{kind}"))
        else:
            out.add((str(s), str(p), str(o)))
    return out


def memory_rows(graph: Graph, query: str) -> list[tuple[str, ...]]:
    result = run_query(graph, query)
    return [tuple("" if v is None else str(v) for v in row) for row in result]  # type: ignore[union-attr]


class Links(HTMLParser):
    """Every src/href of a page, and every tag."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [value or "" for name, value in attrs if name in ("src", "href", "action")]


def links(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


def assert_offline(html: str) -> Links:
    found = links(html)
    external = [u for u in found.urls if u.lower().startswith(("http://", "https://", "//"))]
    assert external == [], "the page must link only to itself"
    assert all(u.startswith("/") for u in found.urls), found.urls
    assert "img" not in found.tags and "script" not in found.tags
    return found


# -------------------------------------------------------------------------------------------- real clients

def test_sparqlwrapper_select_ask_construct(server: SparqlServer, memory: Graph) -> None:
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery(REGIONS)
    client.setReturnFormat(JSON)
    data: Any = client.query().convert()
    assert [(b["r"]["value"], b["label"]["value"]) for b in data["results"]["bindings"]] == \
        memory_rows(memory, REGIONS)

    client.setQuery(PREFIXES + "ASK { <https://w3id.org/policy-graph/id/region/150200> a pg:Region }")
    assert client.query().convert()["boolean"] is True

    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    turtle: Any = client.query().convert()
    result = run_query(memory, CONSTRUCT).graph
    assert result is not None and len(result) >= 20
    assert canon(Graph().parse(data=turtle, format="turtle")) == canon(result)


def test_rdflib_sparqlstore_answers_every_competency_question_like_the_graph(server: SparqlServer,
                                                                             memory: Graph) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = Graph(store=SPARQLStore(server.url + "sparql"))
    names = [name for name in saved_queries() if name[:2] == "cq" and 1 <= int(name[2:4]) <= 12]
    assert len(names) == 12
    answered = 0
    for name in names:
        text = saved_queries()[name].text
        over_http = sorted(tuple("" if v is None else str(v) for v in row) for row in remote.query(text))
        expected = sorted(memory_rows(memory, text))
        assert over_http == expected, name
        answered += bool(expected)
    assert answered >= 10

    constructed = remote.query(CONSTRUCT).graph  # RDF/XML over the wire
    assert canon(constructed) == canon(run_query(memory, CONSTRUCT).graph)


# ------------------------------------------------------------------------------------------ content negotiation

@pytest.mark.parametrize(("accept", "media"), [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/html, application/xhtml+xml, */*;q=0.8", "application/sparql-results+json"),
])
def test_select_negotiation(server: SparqlServer, memory: Graph, accept: str | None, media: str) -> None:
    answer = get_query(server, REGIONS, accept)
    assert answer.status == 200 and answer.media == media
    expected = memory_rows(memory, REGIONS)
    if media.endswith("json"):
        assert json_rows(answer) == expected
    elif media.endswith("xml"):
        ns = "{http://www.w3.org/2005/sparql-results#}"
        results = ElementTree.fromstring(answer.body).iter(f"{ns}result")
        assert [tuple(b[0].text for b in r) for r in results] == expected
    elif media == "text/csv":
        lines = answer.text.split("\r\n")
        assert lines[0] == "r,label" and len(lines) == len(expected) + 2
    else:
        lines = answer.text.splitlines()
        assert lines[0] == "?r\t?label"
        assert lines[1].split("\t")[0] == f"<{expected[0][0]}>" and lines[1].split("\t")[1].startswith('"')


def test_ask_in_json_and_xml(server: SparqlServer) -> None:
    query = PREFIXES + "ASK { ?r a pg:Region }"
    assert json.loads(get_query(server, query).body) == {"head": {}, "boolean": True}
    xml = get_query(server, query, "application/sparql-results+xml")
    assert xml.media == "application/sparql-results+xml" and b"<boolean>true</boolean>" in xml.body


@pytest.mark.parametrize(("accept", "media", "fmt"), [
    (None, "text/turtle", pyoxigraph.RdfFormat.TURTLE),
    ("application/n-triples", "application/n-triples", pyoxigraph.RdfFormat.N_TRIPLES),
    ("application/ld+json", "application/ld+json", pyoxigraph.RdfFormat.JSON_LD),
    ("application/rdf+xml", "application/rdf+xml", pyoxigraph.RdfFormat.RDF_XML),
    ("application/rdf+xml;q=0.2, text/turtle", "text/turtle", pyoxigraph.RdfFormat.TURTLE),
])
def test_construct_negotiation(server: SparqlServer, memory: Graph, accept: str | None, media: str,
                               fmt: pyoxigraph.RdfFormat) -> None:
    answer = get_query(server, CONSTRUCT, accept)
    assert answer.status == 200 and answer.media == media
    ntriples = pyoxigraph.serialize(pyoxigraph.parse(answer.body, format=fmt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert canon(Graph().parse(data=ntriples, format="nt")) == canon(run_query(memory, CONSTRUCT).graph)


def test_post_form_and_post_query_answer_like_get(server: SparqlServer) -> None:
    expected = json_rows(get_query(server, REGIONS))
    form = call(server, "POST", "/sparql", urllib.parse.urlencode({"query": REGIONS}),
                {"Content-Type": "application/x-www-form-urlencoded"})
    direct = call(server, "POST", "/sparql", REGIONS, {"Content-Type": "application/sparql-query; charset=utf-8"})
    assert form.status == direct.status == 200
    assert json_rows(form) == json_rows(direct) == expected


def test_head_answers_headers_only(server: SparqlServer) -> None:
    answer = call(server, "HEAD", "/sparql?" + urllib.parse.urlencode({"query": REGIONS}))
    assert answer.status == 200 and answer.body == b"" and int(answer.headers["Content-Length"]) > 100


# ------------------------------------------------------------------------------------------------ status codes

def test_bad_query_is_400_with_the_parsers_position(server: SparqlServer) -> None:
    answer = get_query(server, "SELECT ?s WHERE {\n  ?s ?p \n}")
    assert answer.status == 400 and answer.media == "text/plain"
    assert "line 2, column 3" in answer.text and "syntax error" in answer.text


@pytest.mark.parametrize(("method", "path", "body", "headers", "status"), [
    ("GET", "/sparql?" + urllib.parse.urlencode({"query": REGIONS}), None, {"Accept": "image/png"}, 406),
    ("POST", "/sparql", REGIONS, {"Content-Type": "text/plain"}, 415),
    ("POST", "/sparql", REGIONS, {}, 415),
    ("PUT", "/sparql", REGIONS, {"Content-Type": "application/sparql-query"}, 405),
    ("DELETE", "/", None, {}, 405),
    ("PATCH", "/id/region/150200", None, {}, 405),
    ("BREW", "/sparql", None, {}, 405),
    ("GET", "/update", None, {}, 405),
    ("GET", "/nothing-here", None, {}, 404),
    ("POST", "/nothing-here", "x", {"Content-Type": "application/sparql-query"}, 404),
    ("GET", "/id/region/999998", None, {}, 404),
    ("PUT", "/nothing-here", "x", {"Content-Type": "text/plain"}, 404),
    ("GET", "/sparql", None, {}, 400),
    ("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D", None, {}, 400),
    ("GET", "/sparql?query=%FF", None, {}, 400),
    ("GET", "/id/region/150200", None, {"Accept": "image/png"}, 406),
])
def test_status_codes(server: SparqlServer, method: str, path: str, body: str | None, headers: dict[str, str],
                      status: int) -> None:
    answer = call(server, method, path, body, headers)
    assert answer.status == status, answer.text
    assert answer.text.strip(), "every error says what happened"
    if status == 405 and method != "BREW":  # an unknown method gets no Allow list
        assert method not in answer.headers["Allow"].split(", ")


def test_post_without_length_is_411_and_huge_body_413(server: SparqlServer) -> None:
    port = server.server_address[1]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n")
        assert sock.recv(100).startswith(b"HTTP/1.1 411")
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:  # announced, never sent
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 100000000\r\n\r\n")
        reply = sock.recv(4096)
        assert reply.startswith(b"HTTP/1.1 413") and b"Connection: close" in reply


def test_result_and_time_limits(graph_file: Path) -> None:
    with running(graph_file, timeout=2.0, max_rows=5) as srv:
        truncated = get_query(srv, REGIONS)
        assert truncated.status == 200 and len(json_rows(truncated)) == 5
        assert truncated.headers["X-Result-Truncated"] == "true" and truncated.headers["X-Result-Limit"] == "5"
        small = get_query(srv, REGIONS + " LIMIT 3")
        assert len(json_rows(small)) == 3 and "X-Result-Truncated" not in small.headers
        graph = get_query(srv, CONSTRUCT, "application/n-triples")
        assert len(graph.body.splitlines()) == 5 and graph.headers["X-Result-Truncated"] == "true"
        page = call(srv, "GET", "/?" + urllib.parse.urlencode({"query": REGIONS}))
        assert "first 5 rows" in page.text

        for never in NEVER_ENDING:
            answers: dict[str, Answer] = {}
            slow = threading.Thread(target=lambda q=never, out=answers: out.setdefault("slow", get_query(srv, q)))
            slow.start()
            time.sleep(0.3)
            quick = get_query(srv, PREFIXES + "ASK { ?r a pg:Region }")
            # the other worker answers while the slow query still runs
            assert slow.is_alive() and quick.status == 200 and json.loads(quick.body)["boolean"] is True
            slow.join(10)
            answer = answers["slow"]
            assert answer.status == 503 and "time limit" in answer.text
            assert answer.seconds < 2.0 + 2.0
        assert srv.pool.restarts >= 2
        assert json_rows(get_query(srv, REGIONS + " LIMIT 1"))  # the replacements serve


# ----------------------------------------------------------------------------------------------------- CORS

def test_cors_is_off_by_default(server: SparqlServer) -> None:
    answer = get_query(server, "ASK {}")
    assert "Access-Control-Allow-Origin" not in answer.headers
    preflight = call(server, "OPTIONS", "/sparql", headers={"Origin": "https://example.org",
                                                            "Access-Control-Request-Method": "POST"})
    assert preflight.status == 204 and "Access-Control-Allow-Origin" not in preflight.headers


def test_cors_origin_and_preflight(graph_file: Path) -> None:
    with running(graph_file, cors="https://example.org", workers=1) as srv:
        answer = get_query(srv, "ASK {}")
        assert answer.headers["Access-Control-Allow-Origin"] == "https://example.org"
        preflight = call(srv, "OPTIONS", "/sparql", headers={"Origin": "https://example.org",
                                                             "Access-Control-Request-Method": "POST",
                                                             "Access-Control-Request-Headers": "content-type"})
        assert preflight.status == 204
        assert preflight.headers["Access-Control-Allow-Origin"] == "https://example.org"
        assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
        assert "Content-Type" in preflight.headers["Access-Control-Allow-Headers"]
        assert call(srv, "GET", "/nothing").headers["Access-Control-Allow-Origin"] == "https://example.org"


# --------------------------------------------------------------------------------------------------- updates

TOKEN = "s3cret-token"
INSERT = "INSERT DATA { <https://w3id.org/policy-graph/id/region/888888> " \
         "<http://www.w3.org/2000/01/rdf-schema#label> \"新地区\"@zh-Hans }"
ASK_NEW = "ASK { <https://w3id.org/policy-graph/id/region/888888> ?p ?o }"


def post_update(srv: SparqlServer, text: str, token: str | None = TOKEN, form: bool = False) -> Answer:
    headers = {"Content-Type": "application/x-www-form-urlencoded" if form else "application/sparql-update"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return call(srv, "POST", "/update", urllib.parse.urlencode({"update": text}) if form else text, headers)


def test_a_read_only_server_refuses_updates(server: SparqlServer) -> None:
    assert post_update(server, INSERT).status == 403
    assert "read-only" in post_update(server, INSERT, token=None).text
    answer = get_query(server, INSERT)
    assert answer.status == 400 and "update" in answer.text.lower()


def test_updates_need_the_token_and_reach_every_worker(graph_file: Path) -> None:
    with running(graph_file, allow_update=True, token=TOKEN, timeout=2.0) as srv:
        missing = post_update(srv, INSERT, token=None)
        assert missing.status == 401 and missing.headers["WWW-Authenticate"].startswith("Bearer")
        assert post_update(srv, INSERT, token="wrong").status == 403
        assert call(srv, "POST", "/update", INSERT, {"Authorization": "Basic dXNlcjpwYXNz",
                                                     "Content-Type": "application/sparql-update"}).status == 403
        assert json.loads(get_query(srv, ASK_NEW).body)["boolean"] is False

        assert post_update(srv, INSERT).status == 204
        assert all(json.loads(get_query(srv, ASK_NEW).body)["boolean"] for _ in range(6))  # both workers
        assert post_update(srv, "DELETE WHERE { <https://w3id.org/policy-graph/id/region/888888> ?p ?o }",
                           form=True).status == 204
        assert not json.loads(get_query(srv, ASK_NEW).body)["boolean"]
        assert post_update(srv, INSERT).status == 204

        assert get_query(srv, NEVER_ENDING[0]).status == 503  # a worker is killed; its replacement replays the log
        time.sleep(1.5)
        assert all(json.loads(get_query(srv, ASK_NEW).body)["boolean"] for _ in range(6))

        assert post_update(srv, "INSERT DATA { <a:b> <a:c> ").status == 400
        bad_type = call(srv, "POST", "/update", INSERT, {"Authorization": f"Bearer {TOKEN}",
                                                         "Content-Type": "text/plain"})
        assert bad_type.status == 415


@pytest.mark.parametrize("update", [
    "LOAD <file:///etc/passwd>",
    "LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <https://w3id.org/policy-graph/id/graph/x>",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "INSERT { ?s ?p ?o } USING <file:///etc/passwd> WHERE { ?s ?p ?o }",
])
def test_updates_that_reach_outside_are_refused(graph_file: Path, update: str) -> None:
    with running(graph_file, allow_update=True, token=TOKEN, workers=1) as srv:
        answer = post_update(srv, update)
        assert answer.status == 400 and "refused" in answer.text


def test_updates_on_a_store_directory_are_not_implemented(graph_file: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_store(store, {graph_iri("main"): open_graph(graph_file, with_ontology=False)})
    with running(store, allow_update=True, token=TOKEN, workers=1) as srv:
        assert post_update(srv, INSERT).status == 501
        assert json_rows(get_query(srv, REGIONS + " LIMIT 2"))  # it still answers queries (read-only)


def test_bad_settings_are_refused_before_serving(graph_file: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="token"):
        make_server(graph_file, port=0, allow_update=True)
    with pytest.raises(GraphLoadError, match="no such graph file"):
        make_server(tmp_path / "missing.ttl", port=0, workers=1)
    with running(graph_file, workers=1) as srv, pytest.raises(InputError, match="cannot listen"):
        make_server(graph_file, port=srv.server_address[1], workers=1)


# ------------------------------------------------------------------------------------------ nothing from outside

def test_from_and_service_and_load_are_refused(server: SparqlServer) -> None:
    with socket.socket() as listener:  # a SERVICE target that would notice a call
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        for query in ["SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                      "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
                      f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
                      "LOAD <file:///etc/passwd>"]:
            for answer in (get_query(server, query),
                           call(server, "POST", "/sparql", query, {"Content-Type": "application/sparql-query"})):
                assert answer.status == 400, query
                assert "refused" in answer.text or "syntax" in answer.text
                assert "root:" not in answer.text
        with pytest.raises(socket.timeout):
            listener.accept()
    for param in ("default-graph-uri", "named-graph-uri"):
        answer = call(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": "ASK {}",
                                                                           param: "file:///etc/passwd"}))
        assert answer.status == 400 and param in answer.text


def test_a_remote_jsonld_context_is_never_fetched(tmp_path: Path) -> None:
    graph = tmp_path / "remote-context.jsonld"
    graph.write_text('{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "https://example.org/x"}',
                     encoding="utf-8")
    with pytest.raises(GraphLoadError, match="remote JSON-LD @context"):
        make_server(graph, port=0, workers=1)


_OPENED: list[str] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _OPENED is not None and event in ("open", "os.listdir", "os.scandir") and args:
        _OPENED.append(str(args[0]))


sys.addaudithook(_audit)


@pytest.mark.parametrize("path", [
    "/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "/id/region/..%2f..%2f..%2fetc%2fpasswd", "/id/region/%2e%2e%5c%2e%2e%5cetc%5cpasswd", "/id/region/150200%00",
    "/id/%252e%252e/%252e%252e/etc/passwd", "/../../etc/passwd", "/id//etc/passwd", "/id/region/./150200",
])
def test_path_traversal_is_404_and_touches_no_file(server: SparqlServer, path: str) -> None:
    global _OPENED
    _OPENED = []
    try:
        answer = call(server, "GET", path)
    finally:
        opened, _OPENED = _OPENED, None
    assert answer.status == 404 and "root:" not in answer.text
    assert [p for p in opened if "passwd" in p or p.startswith("/etc")] == []


def test_resource_iris_from_paths() -> None:
    assert resource_iri("/id/doc/%e6%9a%82") == "https://w3id.org/policy-graph/id/doc/%E6%9A%82"
    assert resource_iri("/id/graph/source/16989486823ab234") == \
        "https://w3id.org/policy-graph/id/graph/source/16989486823ab234"
    for bad in ("/id/", "/id/a/../b", "/id/a b", "/id/a\\b", "/id/<x>", "/id/a%0ab", "/idx/region/1"):
        assert resource_iri(bad) is None, bad
    assert negotiate("application/*;q=0.3, text/turtle;q=0.2", ["text/turtle", "application/ld+json"]) == \
        "application/ld+json"
    assert negotiate("text/turtle;q=0", ["text/turtle"]) is None


# ------------------------------------------------------------------------------------------------------- pages

def test_query_page_is_offline_and_lists_the_saved_queries(server: SparqlServer) -> None:
    page = call(server, "GET", "/")
    assert page.status == 200 and page.media == "text/html"
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    found = assert_offline(page.text)
    assert "textarea" in found.tags and "select" in found.tags and "/view" in found.urls
    for saved in saved_queries().values():
        assert f'<option value="{saved.name}"' in page.text and str(escape(saved.description)) in page.text
    example = call(server, "GET", "/?example=cq04-dibao-standards")
    assert str(escape(saved_queries()["cq04-dibao-standards"].text)) in example.text
    assert '<option value="cq04-dibao-standards" selected>' in example.text
    assert call(server, "GET", "/?example=nope").status == 404


def test_results_table_escapes_labels_and_links_our_resources(server: SparqlServer) -> None:
    query = PREFIXES + f"SELECT ?r ?label WHERE {{ BIND(<{EVIL_IRI}> AS ?r) ?r rdfs:label ?label }}"
    page = call(server, "GET", "/?" + urllib.parse.urlencode({"query": query}))
    assert page.status == 200
    assert EVIL not in page.text and "&lt;img src=x onerror=alert(1)&gt;" in page.text
    found = assert_offline(page.text)
    assert "/id/region/999999" in found.urls
    bad = call(server, "GET", "/?" + urllib.parse.urlencode({"query": "SELECT <oops"}))
    assert bad.status == 400 and "syntax error" in bad.text and 'role="alert"' in bad.text
    construct = call(server, "GET", "/?" + urllib.parse.urlencode({"query": CONSTRUCT + " LIMIT 3"}))
    assert re.search(r"<p>\d+ triples</p>", construct.text)


def test_resource_page_html_and_turtle(server: SparqlServer, memory: Graph) -> None:
    page = call(server, "GET", "/id/region/150200", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status == 200 and page.media == "text/html" and "Accept" in page.headers["Vary"]
    assert "<h1>包头市</h1>" in page.text and "pg:adminCode" in page.text and "150200" in page.text
    found = assert_offline(page.text)
    assert any(u.startswith("/id/") for u in found.urls)
    for url in [u for u in found.urls if u.startswith("/id/")][:5]:  # links lead to pages
        assert call(server, "GET", url).status == 200, url

    turtle = call(server, "GET", "/id/region/150200", headers={"Accept": "text/turtle"})
    assert turtle.status == 200 and turtle.media == "text/turtle"
    region = "https://w3id.org/policy-graph/id/region/150200"
    received = canon(Graph().parse(data=turtle.text, format="turtle"))
    described = Graph()
    for triple in memory.triples((URIRef(region), None, None)):
        described.add(triple)
    assert {t for t in received if t[0] == region} == canon(described)
    assert any(t[2] == region for t in received), "and what links to it"
    assert call(server, "GET", "/id/region/150200", headers={"Accept": "application/ld+json"}).media == \
        "application/ld+json"


def test_resource_page_escapes_an_evil_label(server: SparqlServer) -> None:
    page = call(server, "GET", "/id/region/999999")
    assert page.status == 200
    assert EVIL not in page.text and "<title>&lt;img src=x onerror=alert(1)&gt; · policy-graph</title>" in page.text
    assert_offline(page.text)
    parent = call(server, "GET", "/id/region/150000")  # the evil region links here: its label is escaped too
    assert EVIL not in parent.text and "&lt;img" in parent.text


def test_graph_view_page(server: SparqlServer) -> None:
    page = call(server, "GET", "/view")
    assert page.status == 200 and page.media == "text/html" and len(page.body) > 10_000
    assert [u for u in links(page.text).urls if u.startswith(("http://", "https://"))
            and "src" in page.text[max(0, page.text.find(u) - 6):page.text.find(u)]] == []
    assert call(server, "GET", "/view").body == page.body  # cached


def test_engines_and_store_answer_alike(graph_file: Path, tmp_path: Path, memory: Graph) -> None:
    store = tmp_path / "store"
    write_store(store, {graph_iri("main"): open_graph(graph_file, with_ontology=False)})
    expected = memory_rows(memory, REGIONS)
    for location, engine in ((graph_file, "rdflib"), (store, "oxigraph")):
        with running(location, engine=engine, workers=1) as srv:
            got = get_query(srv, REGIONS)
            assert sorted((r, label) for r, label in json_rows(got)) == sorted(expected), engine
            graph = get_query(srv, CONSTRUCT)
            assert len(Graph().parse(data=graph.text, format="turtle")) == len(run_query(memory, CONSTRUCT).graph)  # type: ignore[arg-type]
            assert call(srv, "GET", "/id/region/150200").status == 200


def test_one_log_line_per_request(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with running(graph_file, workers=1, log=True) as srv:
        get_query(srv, "ASK {}")
        call(srv, "GET", "/nothing")
        call(srv, "BREW", "/sparql")
    # each line is written once its response is sent, so the next request's line may come first
    lines = sorted(line for line in capsys.readouterr().err.splitlines() if line)
    assert len(lines) == 3
    assert all(line.endswith("ms") for line in lines)
    assert lines[0].startswith("BREW /sparql 405 ")
    assert lines[1].startswith("GET /nothing 404 ") and lines[2].startswith("GET /sparql 200 ")


# ---------------------------------------------------------------------------------------------- a child process

@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_module_serves_in_a_child_process_and_stops_on_signals(graph_file: Path, stop: signal.Signals) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "policy_graph.server", "-g", str(graph_file), "--port",
                                str(port), "--workers", "2"], stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in banner, banner
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": REGIONS + " LIMIT 2"}))
        response = connection.getresponse()
        assert response.status == 200 and len(json.loads(response.read())["results"]["bindings"]) == 2
        connection.close()
        workers = children(process.pid)
        assert len(workers) == 2
        process.send_signal(stop)
        assert process.wait(15) == 0
        rest = process.stderr.read()
        assert "GET /sparql 200" in rest and "stopped" in rest
        deadline = time.monotonic() + 5
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(w) for w in workers), "the workers stop with the server"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_serving_another_endpoint_and_updating_rdflibs_graph(graph_file: Path) -> None:
    with running(graph_file, engine="rdflib", allow_update=True, token=TOKEN, workers=1) as origin, \
            running(origin.url + "sparql", workers=1) as proxy:
        assert sorted(json_rows(get_query(proxy, REGIONS))) == sorted(json_rows(get_query(origin, REGIONS)))
        assert call(proxy, "GET", "/id/region/150200").status == 200
        assert get_query(proxy, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }").status == 400
        assert post_update(proxy, INSERT).status == 403  # read-only
        assert post_update(origin, INSERT).status == 204
        assert json.loads(get_query(proxy, ASK_NEW).body)["boolean"] is True
