"""The worker processes that run queries for ``policy-graph serve``, and the pool that keeps them.

Each worker is a plain ``python -c`` process holding the graph once (a store directory opened read-only, an
RDF file parsed into memory) and talking to the server over a socket pair.  A query that runs past the
time limit is stopped by killing its worker, which the pool replaces; the other workers go on serving.
"""

from __future__ import annotations

import functools
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from . import pages
from .errors import GraphLoadError, PolicyGraphError, QueryError
from .query import check_query, syntax_error

__all__ = ["HTTPFailure", "Pool"]


class HTTPFailure(Exception):
    """An answer other than 200: its status, a message for the client, and extra headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


# ----------------------------------------------------------------------------------------- in the worker processes

_LABELS = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label",
           "http://purl.org/dc/terms/title")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
Reply = pages.Reply


@functools.lru_cache(maxsize=256)
def _problem(text: str) -> str | None:
    """What :func:`check_query` refuses in ``text``, remembered (a cheap lexical check, but queries repeat)."""
    try:
        check_query(text)
    except QueryError as exc:
        return str(exc)
    return None


class _Engine:
    """The graph as one worker process holds it; its public methods are the jobs the parent sends."""

    def __init__(self, location: str, engine: str) -> None:
        from .store import open_graph

        self.graph = open_graph(location, engine=engine)
        store = self.graph.store
        self.ox: Any = getattr(store, "_inner", None) if type(store).__name__ == "OxigraphStore" else None
        self.union = bool(getattr(self.graph, "default_union", True))  # False: a store keeping the merge

    def query(self, text: str, rfmt: str | None, gfmt: str | None, max_rows: int) -> Reply:
        from itertools import islice

        problem = _problem(text)
        if problem is not None:
            raise HTTPFailure(400, problem)
        if self.ox is not None:
            import pyoxigraph as ox

            try:
                found = self.ox.query(text, use_default_graph_as_union=self.union)
            except SyntaxError as exc:
                raise HTTPFailure(400, str(syntax_error(exc, text))) from None
            if isinstance(found, ox.QueryBoolean):
                return pages.answer_ask(bool(found), rfmt)
            if isinstance(found, ox.QuerySolutions):
                names = [v.value for v in found.variables]
                rows = [[None if s[i] is None else pages.from_ox(s[i]) for i in range(len(names))]
                        for s in islice(found, max_rows + 1)]
                return pages.answer_select(names, rows, rfmt, max_rows)
            return pages.answer_graph([(pages.from_ox(t.subject), pages.from_ox(t.predicate), pages.from_ox(t.object))
                                       for t in islice(found, max_rows + 1)], gfmt, max_rows)
        try:
            result: Any = self.graph.query(text)
        except Exception as exc:
            raise HTTPFailure(400, f"the query failed: {exc}") from None
        if result.type == "ASK":
            return pages.answer_ask(bool(result.askAnswer), rfmt)
        if result.type == "SELECT":
            names = [str(v) for v in result.vars or []]
            return pages.answer_select(names, [[None if v is None else pages.from_rdflib(v) for v in row]
                                               for row in islice(result, max_rows + 1)], rfmt, max_rows)
        return pages.answer_graph([(pages.from_rdflib(s), pages.from_rdflib(p), pages.from_rdflib(o))
                                   for s, p, o in islice(result.graph, max_rows + 1)], gfmt, max_rows)

    def _match(self, s: str | None, p: str | None, o: str | None, limit: int) -> list[tuple[pages.Term, ...]]:
        """Distinct triples matching a pattern of IRIs, across all the graphs (at most ``limit``)."""
        if self.ox is not None:
            import pyoxigraph as ox

            nodes = [ox.NamedNode(x) if x else None for x in (s, p, o)]
            found: Any = ((pages.from_ox(q.subject), pages.from_ox(q.predicate), pages.from_ox(q.object))
                          for q in self.ox.quads_for_pattern(*nodes, None))
        else:
            from rdflib import URIRef

            found = ((pages.from_rdflib(a), pages.from_rdflib(b), pages.from_rdflib(c))
                     for a, b, c in self.graph.triples((URIRef(s) if s else None, URIRef(p) if p else None,
                                                        URIRef(o) if o else None)))
        seen: dict[tuple[pages.Term, ...], None] = {}
        for triple in found:
            seen[triple] = None
            if len(seen) >= limit:
                break
        return list(seen)

    def _label(self, iri: str) -> str | None:
        """The best label: skos:prefLabel, rdfs:label, dcterms:title; in Chinese first."""
        ranked = [((rank, 0 if o[2].lower().startswith("zh") else 1 if not o[2] else 2), o[1])
                  for rank, predicate in enumerate(_LABELS) for _s, _p, o in self._match(iri, predicate, None, 20)
                  if o[0] == "literal"]
        return min(ranked)[1] if ranked else None

    def resource(self, iri: str, fmt: str, limit: int) -> Reply:
        out = [(p, o) for _s, p, o in self._match(iri, None, None, limit + 1)]
        incoming = [(s, p) for s, p, _o in self._match(None, None, iri, limit + 1)]
        if not out and not incoming:
            raise HTTPFailure(404, f"nothing is known about <{iri}> in this graph")
        truncated = len(out) > limit or len(incoming) > limit
        out, incoming = sorted(out[:limit]), sorted(incoming[:limit])
        me: pages.Term = ("uri", iri, "", "")
        if fmt != "html":
            triples = [(me, p, o) for p, o in out] + [(s, p, me) for s, p in incoming]
            return (pages.GRAPH_MEDIA[fmt], pages.graph_document(fmt, triples), truncated)
        labels: dict[str, str | None] = {}

        def label(term: pages.Term) -> str | None:
            if term[0] == "uri" and term[1] not in labels:
                labels[term[1]] = self._label(term[1])
            return labels.get(term[1]) if term[0] == "uri" else None

        return ("rows", {"iri": iri, "name": pages.qname(iri), "label": self._label(iri),
                         "types": [o for p, o in out if p[1] == _RDF_TYPE], "out": [(p, o, label(o)) for p, o in out],
                         "incoming": [(s, label(s), p) for s, p in incoming], "truncated": truncated}, truncated)

    def view(self) -> Reply:
        from .view import render_html

        return ("text/html; charset=utf-8", render_html(self.graph).encode("utf-8"), False)

    def update(self, text: str) -> Reply:
        if self.ox is not None:
            self.ox.update(text)  # transactional in Oxigraph
        else:
            self.graph.update(text)
        return ("", b"", False)


def _refuse_network(endpoint: str | None) -> None:
    """Defence in depth after check_query: this process connects nowhere (but to ``endpoint``, for a remote graph)."""
    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "urllib.Request" and not (endpoint and str(args[0]).startswith(endpoint)):
            raise PermissionError(f"policy-graph server: refusing to fetch {args[0]}")
        if event == "socket.connect" and endpoint is None:
            raise PermissionError("policy-graph server: the worker processes make no network connections")

    sys.addaudithook(hook)


def _worker_main(fd: int, location: str, engine: str, remote: bool) -> None:
    """A worker process: open the graph once, then answer jobs ``(pending updates, method, args)`` on the socket
    ``fd`` until it closes."""
    conn = Connection(fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent stops us
    try:
        worker = _Engine(location, engine)
    except BaseException as exc:  # any failure to open the graph is raised again in the parent
        conn.send(("failed", exc if isinstance(exc, PolicyGraphError) else GraphLoadError(str(exc), path=location)))
        return
    _refuse_network(location if remote else None)
    conn.send(("ready", None))
    while True:
        try:
            pending, method, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            for update in pending:
                worker.update(update)
        except Exception as exc:  # an update another worker applied fails here: this worker is retired
            conn.send(("retire", 500, f"a worker could not replay an update: {exc}"))
            return
        try:
            reply: tuple[Any, ...] = ("ok", getattr(worker, method)(*args))
        except HTTPFailure as exc:
            reply = ("error", exc.status, exc.message)
        except pages.NotAcceptable as exc:
            reply = ("error", 406, str(exc))
        except (PolicyGraphError, SyntaxError) as exc:
            reply = ("error", 400, str(exc))
        except Exception as exc:
            reply = ("error", 500, f"the query failed: {type(exc).__name__}: {exc}")
        conn.send(reply)


# ------------------------------------------------------------------------------------------ in the server process

def _stopping() -> HTTPFailure:
    return HTTPFailure(503, "the server is stopping; try again shortly", {"Retry-After": "1"})


class _Worker:
    def __init__(self, process: subprocess.Popen[bytes], conn: Connection) -> None:
        self.process, self.conn, self.applied = process, conn, 0


class Pool:
    """Worker processes that each hold the graph. A job that outlives its time limit costs its worker its life:
    the worker is killed and a new one started in the background. Updates form a log that every worker applies,
    in order, before its next job (a new worker replays the whole log).

    Workers are plain ``python -c`` processes talking over a socket pair (not ``multiprocessing``, whose spawn
    and forkserver methods run the parent's ``__main__`` again in every child, and whose fork is unsafe in a
    threaded server).
    """

    def __init__(self, location: str, engine: str, size: int, remote: bool) -> None:
        self._args = (location, engine, remote)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self.update_lock = threading.Lock()  # updates run one at a time, in the order of the log
        self.updates: list[str] = []
        self.size, self.restarts, self.restart_seconds, self.closed = size, 0, 0.0, False
        started: list[_Worker] = []
        try:
            started += [self._start() for _ in range(size)]
            for worker in started:
                self._ready(worker)
        except BaseException:
            self.close()
            raise
        for worker in started:
            self._idle.put(worker)

    def _start(self) -> _Worker:
        ours, theirs = socket.socketpair()
        code = f"from policy_graph.workers import _worker_main; _worker_main({theirs.fileno()}, *{self._args!r})"
        with theirs:
            process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, pass_fds=[theirs.fileno()])
        worker = _Worker(process, Connection(ours.detach()))
        with self._lock:
            self._all.add(worker)
        return worker

    def _ready(self, worker: _Worker, timeout: float = 600.0) -> None:
        try:
            if not worker.conn.poll(timeout):
                raise GraphLoadError(f"a worker did not open the graph in {timeout:g} s", path=self._args[0])
            status, problem = worker.conn.recv()
        except (EOFError, OSError):
            raise GraphLoadError("a worker process exited while opening the graph", path=self._args[0]) from None
        if status != "ready":
            raise problem

    def run(self, method: str, *args: Any, timeout: float) -> Any:
        """Run ``method(*args)`` in a free worker; wait at most ``timeout`` for one, and ``timeout`` for the answer."""
        if self.closed:
            raise _stopping()
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            if self.closed:
                raise _stopping() from None
            raise HTTPFailure(503, f"all {self.size} workers stayed busy for {timeout:g} s; try again",
                              {"Retry-After": "5"}) from None
        if worker.conn.closed:  # close() stopped it while it was idle
            raise _stopping()
        with self._lock:
            pending, applied = self.updates[worker.applied:], len(self.updates)
        try:
            worker.conn.send((pending, method, args))
            if not worker.conn.poll(timeout):
                self._replace(worker)
                raise HTTPFailure(503, f"the query was stopped after {timeout:g} s, the server's time limit "
                                       "(narrow it down, or add a LIMIT)")
            reply = worker.conn.recv()
        except (EOFError, OSError):
            if self.closed:  # close() stopped the worker under the query
                raise _stopping() from None
            self._replace(worker)
            raise HTTPFailure(500, "the worker process running the query died; try again") from None
        if reply[0] == "retire":
            self._replace(worker)
            raise HTTPFailure(reply[1], reply[2])
        with self._lock:
            worker.applied = applied
            if method == "update" and reply[0] == "ok":
                self.updates.append(args[0])
                worker.applied = len(self.updates)
        self._idle.put(worker)
        if reply[0] == "error":
            raise HTTPFailure(reply[1], reply[2])
        return reply[1]

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
            self.restarts += 1
        threading.Thread(target=self._respawn, args=(worker,), daemon=True, name="policy-graph-respawn").start()

    def _respawn(self, old: _Worker) -> None:
        began = time.monotonic()
        old.process.kill()
        old.process.wait()
        old.conn.close()
        if self.closed:
            return
        try:
            new = self._start()
            self._ready(new)
        except Exception as exc:
            print(f"policy-graph: could not start a worker: {exc}", file=sys.stderr)
            return
        self.restart_seconds = time.monotonic() - began
        if self.closed:
            new.process.kill()
            new.process.wait()
        else:
            self._idle.put(new)

    def close(self) -> None:
        """Stop every worker (a busy one is killed)."""
        self.closed = True
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.conn.close()  # an idle worker sees the socket close and exits
            worker.process.terminate()  # a busy one is stopped
        for worker in workers:
            try:
                worker.process.wait(3)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()
