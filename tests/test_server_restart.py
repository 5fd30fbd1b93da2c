"""Restarts under load: ``policy-graph serve`` stopped (SIGTERM) or killed (SIGKILL) while clients query it, then
started again on the same port and store; and acknowledged writes to the Oxigraph server (where ``policy-graph
push`` writes) surviving a SIGKILL of that server.

What a client may see while the server goes away and comes back: a complete answer (``200``, a ``Content-Length``
that matches the body, valid SPARQL JSON, the same answer as before the restart), an ``HTTP 503``, or a clean
connection error (refused, reset, closed, or a body shorter than its ``Content-Length``, which ``http.client``
raises as ``IncompleteRead``). Never a truncated or wrong answer taken as success, never a 500. A stop by SIGTERM
is graceful: it finishes the answers it has begun (no truncated body at all) and exits 0. After the restart the
store answers the same counts. Requests, errors by kind, p99 latency and the counts are printed (``pytest -s``).
"""

from __future__ import annotations

import collections
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from policy_graph.errors import InputError
from policy_graph.namespaces import graph_iri
from policy_graph.remote import push
from policy_graph.store import open_graph, write_store

from .oxigraph_server import alive, children, free_port, oxigraph_process

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists() or sys.platform == "win32",
                                reason="POSIX signals and /proc")

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "data" / "triples.ttl"
TOKEN = "restart-test-token"
CLIENTS = 8
LOAD_SECONDS = 2.0  # of load before the kill, and again after the restart
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
REGIONS = ("SELECT ?r ?label WHERE { ?r a <https://w3id.org/policy-graph/def#Region> ; "
           "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?r ?label")
ROWS = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"  # the whole graph: a body of about 1 MB, 0.2 s
MIX = [COUNT, REGIONS, COUNT, ROWS]  # what each client asks, in turn


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store directory as ``policy-graph build --store`` writes it, of the committed graph."""
    path = tmp_path_factory.mktemp("restart") / "store"
    write_store(path, {graph_iri("main"): open_graph(COMMITTED, with_ontology=False)})
    return path


# ------------------------------------------------------------------------------------------------------ helpers

def _get(port: int, query: str, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                           headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def _answer(query: str, body: bytes) -> Any:
    """The answer a SPARQL JSON body gives: the COUNT, or the rows (raises on anything malformed)."""
    data = json.loads(body)
    bindings = data["results"]["bindings"]
    if query == COUNT:
        return int(bindings[0]["n"]["value"])
    names = data["head"]["vars"]
    return [tuple(b[n]["value"] for n in names) for b in bindings]


class Serve:
    """``policy-graph serve`` in a child process, its log in a file (a pipe nobody reads would block it)."""

    def __init__(self, store: Path, port: int, log: Path, *extra: str) -> None:
        self.port, self.log = port, log
        with log.open("ab") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "policy_graph.cli", "serve", "-g", str(store), "--port", str(port),
                 "--workers", "2", *extra], stdout=subprocess.DEVNULL, stderr=sink,
                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 60
        while True:
            try:
                if _get(port, "ASK {}", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"the server did not start on port {port}:\n{log.read_text()[-3000:]}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


class Clients:
    """``CLIENTS`` threads querying in a loop over keep-alive connections (a new one after any error); every
    outcome is recorded with the phase it happened in ("before", "down", "after")."""

    def __init__(self, port: int, expected: dict[str, Any]) -> None:
        self.port, self.expected = port, expected
        self.phase = "before"
        self.outcomes: list[tuple[str, str, float]] = []  # (phase, kind, seconds)
        self.bad: list[str] = []
        self.lock = threading.Lock()
        self.halt = threading.Event()
        self.threads = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(CLIENTS)]
        for thread in self.threads:
            thread.start()

    def _run(self, number: int) -> None:
        connection: http.client.HTTPConnection | None = None
        step = number
        while not self.halt.is_set():
            query = MIX[step % len(MIX)]
            step += 1
            phase, began = self.phase, time.perf_counter()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
                connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                                   headers={"Accept": "application/sparql-results+json"})
                response = connection.getresponse()
                body = response.read()  # raises IncompleteRead when the body is shorter than Content-Length
                kind = self._check(query, response, body)
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except Exception as exc:  # every failure is a kind of connection error, or a finding
                kind = {ConnectionRefusedError: "refused", http.client.RemoteDisconnected: "closed",
                        ConnectionResetError: "reset", BrokenPipeError: "broken pipe",
                        http.client.IncompleteRead: "truncated (IncompleteRead)",
                        TimeoutError: "timeout"}.get(type(exc), f"error {type(exc).__name__}")
                if connection is not None:
                    connection.close()
                connection = None
            with self.lock:
                self.outcomes.append((phase, kind, time.perf_counter() - began))
            if kind != "ok":
                time.sleep(0.01)  # no busy loop while the server is down

    def _check(self, query: str, response: http.client.HTTPResponse, body: bytes) -> str:
        if response.status == 503:
            return "HTTP 503"
        problem = None
        if response.status != 200:
            problem = f"HTTP {response.status}: {body[:200]!r}"
        elif response.getheader("Content-Length") != str(len(body)):
            problem = f"Content-Length {response.getheader('Content-Length')} but {len(body)} bytes"
        else:
            try:
                answer = _answer(query, body)
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                problem = f"200 with a body that is not SPARQL JSON ({exc}): {body[:100]!r}...{body[-100:]!r}"
            else:
                if answer != self.expected[query]:
                    problem = f"200 with a wrong answer to {query[:40]!r}"
        if problem is None:
            return "ok"
        with self.lock:
            self.bad.append(problem)
        return "BAD"

    def stop(self) -> None:
        self.halt.set()
        for thread in self.threads:
            thread.join(30)

    def kinds(self, phase: str | None = None) -> collections.Counter[str]:
        return collections.Counter(k for p, k, _s in self.outcomes if phase in (None, p))

    def report(self, label: str) -> str:
        latencies = sorted(s for _p, k, s in self.outcomes if k == "ok")
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000 if latencies else float("nan")
        p50 = statistics.median(latencies) * 1000 if latencies else float("nan")
        phases = ", ".join(f"{p}: {dict(self.kinds(p))}" for p in ("before", "down", "after"))
        return (f"\n{label}: {len(self.outcomes)} requests by {CLIENTS} clients; ok p50 {p50:.1f} ms, "
                f"p99 {p99:.1f} ms; {phases}")


# -------------------------------------------------------------------------------------------------------- tests

@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_restart_under_load_loses_nothing_and_answers_cleanly(store: Path, tmp_path: Path,
                                                              stop: signal.Signals) -> None:
    port, log = free_port(), tmp_path / "serve.log"
    server = Serve(store, port, log, "--allow-update", "--token", TOKEN)
    clients: Clients | None = None
    try:
        expected: dict[str, Any] = {}
        for query in set(MIX):
            status, _headers, body = _get(port, query)
            assert status == 200
            expected[query] = _answer(query, body)
        count_before = expected[COUNT]
        assert count_before > 1000 and len(expected[ROWS]) == count_before and expected[REGIONS]
        # An update on a store directory is refused (501): the server never acknowledges a write it would lose.
        update = urllib.request.Request(f"http://127.0.0.1:{port}/update", method="POST",
                                        data=b"INSERT DATA { <urn:x:s> <urn:x:p> 1 }",
                                        headers={"Content-Type": "application/sparql-update",
                                                 "Authorization": f"Bearer {TOKEN}"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(update, timeout=10)
        assert refused.value.code == 501

        clients = Clients(port, expected)
        time.sleep(LOAD_SECONDS)
        workers = children(server.process.pid)
        assert len(workers) == 2
        clients.phase = "down"
        server.process.send_signal(stop)
        code = server.process.wait(20)
        if stop == signal.SIGTERM:
            assert code == 0, log.read_text()[-2000:]
            assert "policy-graph: stopped" in log.read_text()
        deadline = time.monotonic() + 10
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(alive(w) for w in workers), "the worker processes end with the server, even a killed one"

        began = time.monotonic()
        server = Serve(store, port, log)  # the same port at once: no "address already in use"
        restart = time.monotonic() - began
        clients.phase = "after"
        time.sleep(LOAD_SECONDS)
        clients.stop()
        status, _headers, body = _get(port, COUNT)
        count_after = _answer(COUNT, body)
    finally:
        if clients is not None:
            clients.stop()
        server.stop()
    print(clients.report(f"{stop.name} restart") + f"; back in {restart:.2f} s; triples before {count_before}, "
          f"after {count_after}")
    assert clients.bad == [], clients.bad[:5]
    assert count_after == count_before
    assert clients.kinds("before")["ok"] > 0 and clients.kinds("after")["ok"] > 0
    allowed = {"ok", "HTTP 503", "refused", "closed", "reset", "broken pipe", "truncated (IncompleteRead)"}
    if stop == signal.SIGTERM:
        allowed.discard("truncated (IncompleteRead)")  # a graceful stop finishes every answer it began
    assert set(clients.kinds()) <= allowed, clients.kinds()


# -------------------------------------------------------------------------------- writes to the Oxigraph server

def _ox_count(port: int, where: str) -> int:
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode(
        {"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.loads(response.read())["results"]["bindings"][0]["n"]["value"])


WRITTEN = "urn:policy-graph-test:written"


def _ox_written(port: int) -> set[tuple[int, int]]:
    """The (writer, number) of every write found in the store."""
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode(
        {"query": f"SELECT ?s WHERE {{ GRAPH <{WRITTEN}> {{ ?s ?p ?o }} }}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        rows = json.loads(response.read())["results"]["bindings"]
    found = set()
    for row in rows:
        number, i = row["s"]["value"].rsplit("/", 2)[1:]
        found.add((int(number), int(i)))
    return found


def test_acknowledged_writes_to_the_oxigraph_server_survive_sigkill(tmp_path: Path) -> None:
    location, port = tmp_path / "oxigraph", free_port()
    graph = open_graph(COMMITTED, with_ontology=False)
    acked: set[tuple[int, int]] = set()
    errors: collections.Counter[str] = collections.Counter()
    pushes: list[str] = []
    lock, halt = threading.Lock(), threading.Event()

    def writer(number: int) -> None:
        for i in range(10**6):
            if halt.is_set():
                return
            body = f"INSERT DATA {{ GRAPH <{WRITTEN}> {{ <{WRITTEN}/{number}/{i}> <{WRITTEN}#n> {i} }} }}"
            request = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=body.encode(), method="POST",
                                             headers={"Content-Type": "application/sparql-update"})
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    response.read()
                    ok = response.status in (200, 204)
            except (OSError, http.client.HTTPException) as exc:
                with lock:
                    errors[type(getattr(exc, "reason", exc)).__name__] += 1
                time.sleep(0.01)
                continue
            if ok:
                with lock:
                    acked.add((number, i))

    def pusher() -> None:  # `policy-graph push` again and again: a push cut short says so, and a new one repairs
        while not halt.is_set():
            try:
                report = push(graph, f"http://127.0.0.1:{port}/query", include_ontology=False)
                pushes.append(f"ok {report.triples}")
            except InputError as exc:
                pushes.append(f"error: {exc.message[:60]}")
                time.sleep(0.05)

    with oxigraph_process(location, port) as process:
        first = push(graph, f"http://127.0.0.1:{port}/query", include_ontology=False)
        pushed = _ox_count(port, f"GRAPH <{graph_iri('main')}> {{ ?s ?p ?o }}")
        assert pushed == first.triples
        threads = [threading.Thread(target=writer, args=(n,), daemon=True) for n in range(4)]
        threads.append(threading.Thread(target=pusher, daemon=True))
        for thread in threads:
            thread.start()
        time.sleep(LOAD_SECONDS)
        with lock:
            acked_at_kill = len(acked)
        process.kill()
        process.wait()
    with oxigraph_process(location, port):
        time.sleep(LOAD_SECONDS)
        halt.set()
        for thread in threads:
            thread.join(30)
        final = push(graph, f"http://127.0.0.1:{port}/query", include_ontology=False)  # what a user re-runs
        present = _ox_written(port)
        pushed_after = _ox_count(port, f"GRAPH <{graph_iri('main')}> {{ ?s ?p ?o }}")
    print(f"\nOxigraph SIGKILL: {len(acked)} writes acknowledged ({acked_at_kill} before the kill), "
          f"{len(present)} present after the restart; write errors {dict(errors)}; {len(pushes)} pushes, "
          f"{sum(p.startswith('error') for p in pushes)} cut short; pushed graph {pushed} → {pushed_after} triples")
    assert acked_at_kill > 0 and len(acked) > acked_at_kill
    missing = sorted(acked - present)
    assert missing == [], f"{len(missing)} acknowledged writes lost: {missing[:10]}"
    assert final.triples == pushed and pushed_after == pushed
    assert all(p.startswith(("ok", "error")) for p in pushes)
