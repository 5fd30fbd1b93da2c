"""The SPARQL 1.1 HTTP endpoint and its pages: ``policy-graph serve`` (standard library ``http.server``, no framework).

Routes::

    GET  /                 query editor (saved queries as examples); ``?query=`` shows the results as a table
    GET  /sparql?query=    SPARQL 1.1 Protocol; also POST form (``query=``) and POST ``application/sparql-query``
    POST /update           SPARQL Update (``application/sparql-update`` or form ``update=``), bearer token required
    GET  /view             the offline graph view (:func:`policy_graph.view.render_html`)
    GET  /id/<kind>/<key>  the resource ``https://w3id.org/policy-graph/id/<kind>/<key>``: HTML, or RDF on request

Answers: SELECT/ASK as SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle (default), N-Triples,
JSON-LD or RDF/XML, chosen by ``Accept`` (q-values honoured). Statuses::

    200  results                        204  update applied; CORS preflight (OPTIONS)
    400  bad or refused query: the parser's message with its line and column (QueryError), SERVICE, FROM / FROM
         NAMED, default-graph-uri, LOAD, USING; a missing or repeated ``query`` parameter; a body that is not UTF-8
    401  /update without ``Authorization: Bearer``       403  wrong token, or the server is read-only
    404  unknown path; /id/ resource without triples; a path with ``..`` (plain or percent-encoded)
    405  method not allowed on that path (``Allow`` lists the methods)
    406  no acceptable format                 411  POST without Content-Length   413  body over ``max_body``
    415  unsupported POST content type        501  updates on a store directory or a remote endpoint
    503  the query ran past the time limit (its worker process is killed and replaced), or every worker stayed busy,
         or the server is stopping (``Retry-After``)
    500  anything else (a worker died): the message says so; the server keeps running

Limits. Queries run in a pool of worker **processes** (:mod:`policy_graph.workers`; default 2–4), each holding
the graph once: an RDF file is parsed by each worker into memory, a store directory is opened read-only by each (many
read-only openers may share it). A query that runs longer than ``timeout`` seconds (default 30) is answered 503, and
its worker is killed (Python threads cannot be stopped; processes can) and replaced in the background, while the
other workers keep serving. Results longer than ``max_rows`` rows (SELECT) or triples (CONSTRUCT) are **truncated**,
answered 200 with the headers ``X-Result-Truncated: true`` and ``X-Result-Limit: <max_rows>`` (the query page says so).
Overhead (``benchmarks/bench_query.py``, 2 cores): a pool round trip costs 0.05 ms; ``ASK {}`` over HTTP 0.29 ms (a
plain ``oxigraph serve``: 0.07 ms); a killed worker is replaced in 0.2–0.5 s (a new interpreter opening the graph).

Safety. Read-only unless ``allow_update`` *and* a ``token`` are given; updates then work on an **in-memory graph** (an
RDF file given as ``-g``): every worker applies the same log of updates in order (a replacement worker replays it),
and they are lost when the server stops. A store directory or an endpoint URL answers 501. No request reaches outside
the graph: :func:`policy_graph.query.check_query` refuses SERVICE and FROM, updates are checked for LOAD, SERVICE and
USING, no RDF is parsed from requests (so no JSON-LD context is ever fetched), and workers refuse network
connections through an audit hook. Binds 127.0.0.1 by default; one log line per request (method, path, status,
milliseconds) on standard error; SIGINT and SIGTERM stop the server and its workers: the answers begun are finished
(5 s at most), requests still arriving on kept-alive connections are answered 503, and the port can be bound again
at once.

>>> resource_iri("/id/region/150200"), resource_iri("/id/%2e%2e/%2e%2e/etc/passwd")
('https://w3id.org/policy-graph/id/region/150200', None)
"""

from __future__ import annotations

import argparse
import hmac
import os
import re
import signal
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from . import pages
from .errors import InputError, PolicyGraphError, QueryError
from .namespaces import ID
from .pages import GRAPH_TYPES, RESULT_TYPES, negotiate
from .query import saved_queries
from .workers import HTTPFailure, Pool

Reply = pages.Reply

__all__ = ["HTTPFailure", "SparqlServer", "check_update", "main", "make_server", "resource_iri", "serve"]

MAX_BODY = 4 * 1024 * 1024
_FORM = "application/x-www-form-urlencoded"
_ID_PATH = re.compile(r"/id/([A-Za-z0-9._~%!$&'()*+,;=:@-]+(?:/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)*)")
_METHODS = {"/": "GET, HEAD, OPTIONS", "/sparql": "GET, HEAD, POST, OPTIONS", "/update": "POST, OPTIONS",
            "/view": "GET, HEAD, OPTIONS", "/id/": "GET, HEAD, OPTIONS"}
_UPDATE = re.compile(r"\s*(?:(?:#[^\n]*\n|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; "
        "frame-ancestors 'none'")


def resource_iri(path: str) -> str | None:
    """The resource IRI a ``/id/…`` request path names, or None (not a plain path: ``..``, ``\\``, controls).

    Percent-escapes keep their encoding (our IRIs are percent-encoded by :func:`~policy_graph.namespaces.mint`),
    with upper-case hex as ``mint`` writes it.
    """
    match = _ID_PATH.fullmatch(path)
    if match is None:
        return None
    rest = re.sub(r"%[0-9a-fA-F]{2}", lambda m: m.group(0).upper(), match.group(1))
    decoded = urllib.parse.unquote(rest, errors="strict") if "%" in rest else rest
    if any(part in ("", ".", "..") for part in re.split(r"[/\\]", decoded)) or \
            any(ord(ch) < 32 or ch == "\x7f" for ch in decoded):
        return None
    return str(ID[rest])


def check_update(text: str) -> None:
    """Parse a SPARQL Update with rdflib's parser; refuse what reaches outside the graph (LOAD, SERVICE, USING)."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate


    try:
        dump = repr(parseUpdate(text))
    except ParseException as exc:
        raise QueryError(f"SPARQL Update syntax error: {exc.msg}", where=f"line {exc.lineno}, column {exc.col}",
                         hint="check the update near that position") from None
    except Exception as exc:
        raise QueryError(f"SPARQL Update error: {exc}") from None
    for marker, what in (("Load_", "LOAD fetches a document"), ("ServiceGraphPattern", "SERVICE calls another "
                         "endpoint"), ("UsingClause", "USING / USING NAMED would load other graphs")):
        if marker in dump:
            raise QueryError(f"update refused: {what}", hint="send the data itself with INSERT DATA")


def _params(text: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(text, keep_blank_values=True, errors="strict", max_num_fields=64)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPFailure(400, f"cannot read the parameters: {exc}") from None


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise HTTPFailure(400, f"give one '{name}' parameter, not {len(values)}")
    return values[0] if values else None


def _route(target: str) -> str | None:
    path = urllib.parse.urlsplit(target).path
    route = "/id/" if path.startswith("/id/") else path
    return route if route in _METHODS else None


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "policy-graph"
    sys_version = ""
    timeout = 60  # seconds an idle keep-alive connection is kept
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms wait for a delayed ACK

    def parse_request(self) -> bool:
        self.began = time.perf_counter()
        if not super().parse_request():
            return False
        if not hasattr(self, "do_" + self.command):  # http.server would answer 501
            route = _route(self.path)
            self._fail(HTTPFailure(405, f"{self.command} is not allowed on {route}", {"Allow": _METHODS[route]})
                       if route else HTTPFailure(404, "nothing here"))
            return False
        return True

    def do_GET(self) -> None:
        with self.server.busy:
            self.server.active += 1
        try:
            if self.server.stopping:  # a request on a kept-alive connection after SIGTERM: a clean "try again"
                self.close_connection = True
                self._fail(HTTPFailure(503, "the server is stopping; try again shortly", {"Retry-After": "1"}))
            else:
                self._handle()
        except OSError:  # the client went away while we answered
            self.close_connection = True
        finally:
            with self.server.busy:
                self.server.active -= 1
                self.server.busy.notify_all()

    do_HEAD = do_POST = do_OPTIONS = do_GET

    def _handle(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        route = _route(self.path)
        try:
            if route is None:
                raise HTTPFailure(404, f"nothing at {url.path}: see / (the query page) or /sparql (the endpoint)")
            allowed = _METHODS[route]
            if self.command not in allowed.split(", "):
                raise HTTPFailure(405, f"{self.command} is not allowed on {route}", {"Allow": allowed})
            if self.command == "OPTIONS":
                self._send(204, b"", None, {"Allow": allowed, **self._cors(preflight=allowed)})
            elif route == "/sparql":
                self._sparql(url.query)
            elif route == "/update":
                self._update()
            elif route == "/":
                self._index(url.query)
            elif route == "/view":
                key = len(self.server.pool.updates)
                if key not in self.server.view_cache:
                    self.server.view_cache = {key: self._run("view")[1]}
                self._send(200, self.server.view_cache[key], "text/html; charset=utf-8")
            else:
                self._resource(url.path)
        except HTTPFailure as exc:
            self._fail(exc)
        except PolicyGraphError as exc:
            self._fail(HTTPFailure(400, str(exc)))
        except OSError:
            raise
        except Exception as exc:  # a bug: answer, log, keep serving
            self._fail(HTTPFailure(500, f"internal error: {type(exc).__name__}: {exc}"))

    def _run(self, method: str, *args: Any) -> Reply:
        reply: Reply = self.server.pool.run(method, *args, timeout=self.server.time_limit)
        return reply

    def _body(self, types: Sequence[str]) -> tuple[str, str]:
        """The POST body as text, with its media type (415, 411, 413 or 400 when it cannot be taken)."""
        media = self.headers.get_content_type()
        if media not in types or self.headers.get("Content-Type") is None:
            raise HTTPFailure(415, f"cannot take a body of type {self.headers.get('Content-Type') or '(none)'}; "
                                   f"send {' or '.join(types)}")
        if self.headers.get("Content-Length") is None:
            raise HTTPFailure(411, "a POST needs a Content-Length header")
        try:
            length = int(self.headers["Content-Length"])
            if length < 0:
                raise ValueError(length)
        except ValueError:
            raise HTTPFailure(400, "bad Content-Length header") from None
        if length > self.server.max_body:
            raise HTTPFailure(413, f"the body is {length} bytes, over the server's limit of {self.server.max_body}")
        try:
            return media, self.rfile.read(length).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HTTPFailure(400, f"the body is not UTF-8: {exc}") from None

    def _sparql(self, query_string: str) -> None:
        params = _params(query_string)
        if self.command == "POST":
            media, body = self._body(("application/sparql-query", _FORM))
            extra = _params(body) if media == _FORM else {"query": [body]}
            params = {name: params.get(name, []) + extra.get(name, []) for name in {*params, *extra}}
        for name in ("default-graph-uri", "named-graph-uri"):
            if name in params:
                raise HTTPFailure(400, f"query refused: {name} would load other graphs (query the graph served here)")
        text = _one(params, "query")
        if "update" in params or (text is not None and _UPDATE.match(text)):
            raise HTTPFailure(400, "query refused: this is an update; send updates to POST /update")
        if text is None:
            raise HTTPFailure(400, "no query: give the 'query' parameter (the page at / has an editor)")
        accept = self.headers.get("Accept")
        rtype, gtype = negotiate(accept, list(RESULT_TYPES)), negotiate(accept, list(GRAPH_TYPES))
        if rtype is None and gtype is None:
            raise HTTPFailure(406, f"cannot answer in any type of 'Accept: {accept}'; offered: "
                                   f"{', '.join([*RESULT_TYPES, *GRAPH_TYPES])}")
        media, payload, truncated = self._run("query", text, RESULT_TYPES.get(rtype or ""),
                                              GRAPH_TYPES.get(gtype or ""), self.server.max_rows)
        headers = {"Vary": "Accept"}
        if truncated:
            headers |= {"X-Result-Truncated": "true", "X-Result-Limit": str(self.server.max_rows)}
        self._send(200, payload, media, headers)

    def _update(self) -> None:
        server = self.server
        if not server.allow_update or not server.token:
            raise HTTPFailure(403, "this server is read-only (start it with --allow-update and a --token)")
        scheme, _, given = (self.headers.get("Authorization") or "").strip().partition(" ")
        if not scheme:
            raise HTTPFailure(401, "an update needs 'Authorization: Bearer <token>'",
                              {"WWW-Authenticate": 'Bearer realm="policy-graph"'})
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), server.token.encode()):
            raise HTTPFailure(403, "wrong token")
        if not server.updatable:
            raise HTTPFailure(501, "updates work on an in-memory graph (an RDF file given with -g); this server "
                                   "reads a store directory or an endpoint, which it does not change")
        media, body = self._body(("application/sparql-update", _FORM))
        text = body if media != _FORM else _one(_params(body), "update")
        if text is None:
            raise HTTPFailure(400, "no update: give the 'update' parameter")
        with server.pool.update_lock:
            check_update(text)
            self._run("update", text)
        self._send(204, b"", None)

    def _info(self) -> dict[str, Any]:
        server = self.server
        return {"title": "policy-graph", "graph": server.graph_name, "timeout": f"{server.time_limit:g}",
                "max_rows": server.max_rows}

    def _index(self, query_string: str) -> None:
        params, saved = _params(query_string), self.server.saved
        example, text = _one(params, "example") or "", _one(params, "query")
        status, error, result, truncated = 200, None, None, False
        if example and example not in saved:
            status, error = 404, f"unknown saved query '{example}'; known: {', '.join(saved)}"
        if text is None:
            text = saved[example].text if example in saved else next(iter(saved.values())).text if saved else ""
        elif text.strip():
            try:
                _media, result, truncated = self._run("query", text, "rows", "rows", self.server.max_rows)
            except HTTPFailure as exc:
                status, error = exc.status, exc.message
        html = pages.index_page(saved=saved, query=text, example=example, result=result, truncated=truncated,
                                error=error, info=self._info())
        self._send(status, html.encode("utf-8"), "text/html; charset=utf-8", {"Content-Security-Policy": _CSP})

    def _resource(self, path: str) -> None:
        iri = resource_iri(path)
        if iri is None:
            raise HTTPFailure(404, "no such resource")
        offers = ["text/html", *GRAPH_TYPES]
        choice = negotiate(self.headers.get("Accept"), offers)
        if choice is None:
            raise HTTPFailure(406, f"cannot answer in a type the Accept header allows; offered: {', '.join(offers)}")
        fmt = "html" if choice == "text/html" else GRAPH_TYPES[choice]
        media, payload, _truncated = self._run("resource", iri, fmt, self.server.max_rows)
        headers = {"Vary": "Accept"}
        if fmt == "html":
            media, payload = "text/html; charset=utf-8", pages.resource_page(payload, self._info()).encode("utf-8")
            headers["Content-Security-Policy"] = _CSP
        self._send(200, payload, media, headers)

    def _cors(self, preflight: str | None = None) -> dict[str, str]:
        origin = self.server.cors
        if not origin:
            return {}
        headers = {"Access-Control-Allow-Origin": origin,
                   "Access-Control-Expose-Headers": "X-Result-Truncated, X-Result-Limit"}
        if preflight:
            headers |= {"Access-Control-Allow-Methods": preflight, "Access-Control-Max-Age": "600",
                        "Access-Control-Allow-Headers": "Accept, Authorization, Content-Type"}
        return headers

    def _send(self, status: int, body: bytes, media: str | None, headers: dict[str, str] | None = None) -> None:
        self.send_response_only(status)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())
        if media:
            self.send_header("Content-Type", media)
        if status != 204:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in {**self._cors(), **(headers or {})}.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD" and status != 204:
            self.wfile.write(body)
        self._log(status)

    def _fail(self, failure: HTTPFailure) -> None:
        if self.command not in ("GET", "HEAD", "OPTIONS"):
            self.close_connection = True  # the body may be unread
        self._send(failure.status, (failure.message + "\n").encode("utf-8"), "text/plain; charset=utf-8",
                   failure.headers)

    def _log(self, status: int) -> None:
        if self.server.log:
            path = re.sub(r"[\x00-\x1f\x7f]", "?", urllib.parse.urlsplit(getattr(self, "path", "") or "-").path)
            took = (time.perf_counter() - getattr(self, "began", time.perf_counter())) * 1000
            sys.stderr.write(f"{self.command or '-'} {path} {status} {took:.1f}ms\n")

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:  # http.server's own answers
        self._log(int(code) if str(code).isdigit() else 400)

    def log_error(self, format: str, *args: Any) -> None:
        pass  # the line log_request writes says it


class SparqlServer(ThreadingHTTPServer):
    """The endpoint: request threads hand the work to a pool of worker processes; see the module doc.

    Start it with ``serve_forever()`` (in a thread for tests); stop it with ``shutdown()`` then ``close()``.
    """

    daemon_threads = True
    request_queue_size = 256
    pool: Pool

    def __init__(self, host: str, port: int, *, time_limit: float, max_rows: int, cors: str | None,
                 allow_update: bool, token: str | None, updatable: bool, max_body: int, graph_name: str,
                 log: bool) -> None:
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), _Handler)
        self.time_limit, self.max_rows, self.cors, self.max_body = time_limit, max_rows, cors, max_body
        self.allow_update, self.token, self.updatable = allow_update, token, updatable
        self.graph_name, self.log = graph_name, log
        self.saved = saved_queries()
        self.view_cache: dict[int, bytes] = {}
        self.active, self.busy = 0, threading.Condition()  # requests being answered, for a clean stop
        self.stopping = False  # set by close(): requests still arriving are answered 503

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client hanging up is not worth a traceback
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        """The server's base URL (``http://127.0.0.1:7878/``); the endpoint is ``url + "sparql"``."""
        host, port = str(self.server_address[0]), int(self.server_address[1])
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    def close(self, grace: float = 5.0) -> None:
        """Close the listening socket, let the requests being answered finish (``grace`` seconds at most), and
        stop the workers.

        From then on a request arriving on a kept-alive connection is answered 503 (``Retry-After``) and its
        connection closed; a request the grace did not let finish is answered 503 too (its worker is stopped),
        never 500 and, unless it was writing its answer when the grace ran out, never cut short.
        """
        self.stopping = True
        self.server_close()
        with self.busy:
            self.busy.wait_for(lambda: self.active == 0, timeout=grace)
        if hasattr(self, "pool"):
            self.pool.close()
        with self.busy:  # the 503 answers being written as the workers stopped
            self.busy.wait_for(lambda: self.active == 0, timeout=1.0)


def make_server(location: str | Path | None = None, *, host: str = "127.0.0.1", port: int = 7878,
                timeout: float = 30.0, max_rows: int = 10000, cors: str | None = None, allow_update: bool = False,
                token: str | None = None, engine: str = "oxigraph", workers: int | None = None,
                max_body: int = MAX_BODY, log: bool = True) -> SparqlServer:
    """Bind ``host:port`` (0: any free port) and start the worker processes on the graph at ``location`` (the
    ``-g`` argument: an RDF file, a store directory or an endpoint URL). Raises :class:`InputError` for bad
    settings or a port in use, :class:`GraphLoadError` when the graph cannot be opened."""
    from .errors import UsageError
    from .store import DEFAULT_GRAPH, ENGINES, is_remote

    if engine not in ENGINES:
        raise UsageError(f"unknown engine '{engine}'", known=ENGINES)
    if timeout <= 0 or max_rows < 1 or max_body < 1 or (workers is not None and workers < 1):
        raise InputError("--timeout, --max-rows and --workers must be positive")
    if allow_update and not token:
        raise InputError("--allow-update needs a token", hint="give --token or set POLICY_GRAPH_TOKEN")
    target = str(location if location is not None else DEFAULT_GRAPH)
    remote = is_remote(target)
    if not remote:
        target = str(Path(target).resolve())
    try:
        server = SparqlServer(host, port, time_limit=timeout, max_rows=max_rows, cors=cors, allow_update=allow_update,
                              token=token, updatable=allow_update and not remote and Path(target).is_file(),
                              max_body=max_body, graph_name=target if remote else Path(target).name, log=log)
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                         hint="choose another --port (0 picks a free one) or --host") from None
    try:
        server.pool = Pool(target, engine, workers or min(4, max(2, os.cpu_count() or 2)), remote)
    except BaseException:
        server.server_close()
        raise
    return server


def serve(location: str | Path | None = None, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
          max_rows: int = 10000, cors: str | None = None, allow_update: bool = False, token: str | None = None,
          engine: str = "oxigraph", workers: int | None = None) -> None:
    """Serve the graph at ``location`` until SIGINT or SIGTERM (see :func:`make_server` and the module doc)."""
    server = make_server(location, host=host, port=port, timeout=timeout, max_rows=max_rows, cors=cors,
                         allow_update=allow_update, token=token, engine=engine, workers=workers)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"policy-graph: warning: listening on {host}: whoever reaches this machine can query the graph",
              file=sys.stderr)
    print(f"policy-graph: serving {server.graph_name} at {server.url} (SPARQL endpoint {server.url}sparql, "
          f"{server.pool.size} workers); Ctrl-C stops", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()
        print("policy-graph: stopped", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m policy_graph.server``: the options of ``policy-graph serve``."""
    parser = argparse.ArgumentParser(prog="python -m policy_graph.server", description=serve.__doc__)
    parser.add_argument("-g", "--graph", default=None, help="RDF file, store directory or endpoint URL")
    parser.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7878)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (default 30)")
    parser.add_argument("--max-rows", type=int, default=10000, help="rows (or triples) per answer (default 10000)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: 2 to 4, by CPUs)")
    parser.add_argument("--cors", metavar="ORIGIN", default=None, help="allow this origin (or *) to call from a page")
    parser.add_argument("--allow-update", action="store_true", help="accept SPARQL Update on POST /update")
    parser.add_argument("--token", default=os.environ.get("POLICY_GRAPH_TOKEN"), help="bearer token for /update")
    args = parser.parse_args(argv)
    try:
        serve(args.graph, host=args.host, port=args.port, timeout=args.timeout, max_rows=args.max_rows,
              cors=args.cors, allow_update=args.allow_update, token=args.token, engine=args.engine,
              workers=args.workers)
    except PolicyGraphError as exc:
        print(f"policy-graph: error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":  # run through the package's module so that worker processes can find _worker_main
    from policy_graph.server import main as _main

    sys.exit(_main())
