"""Load: 200 concurrent clients against ``python -m policy_graph.server`` in a child process.

Two rounds of 200 clients × 5 queries (the competency questions and an ASK, each answer checked against the
in-memory graph), all clients released at once; no errors, no wrong answers; p50/p99 latency printed; the server's
memory (its process and its workers) must not grow by more than ``RSS_BOUND`` from the first round to the second.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from policy_graph.query import run_query, saved_queries
from policy_graph.store import open_graph

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads memory use from /proc")]

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "data" / "triples.ttl"
CLIENTS, PER_CLIENT = 200, 5
RSS_BOUND = 48 * 1024 * 1024


def _rss(pid: int) -> int:
    """Resident memory of ``pid`` and its children, in bytes."""
    total = 0
    try:
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        children = []
    for process in [pid, *children]:
        for line in Path(f"/proc/{process}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def _expected() -> dict[str, list[tuple[str, ...]]]:
    graph = open_graph(COMMITTED)
    texts = [q.text for name, q in sorted(saved_queries().items()) if name[:2] == "cq"]
    texts.append("PREFIX pg: <https://w3id.org/policy-graph/def#> ASK { ?r a pg:Region }")
    answers: dict[str, list[tuple[str, ...]]] = {}
    for text in texts:
        result = run_query(graph, text)
        answers[text] = [("true",)] if result.type == "ASK" else \
            sorted(tuple("" if v is None else str(v) for v in row) for row in result)  # type: ignore[union-attr]
    return answers


def _rows(body: bytes) -> list[tuple[str, ...]]:
    data = json.loads(body)
    if "boolean" in data:
        return [("true",)] if data["boolean"] else [("false",)]
    names = data["head"]["vars"]
    return sorted(tuple(b[n]["value"] if n in b else "" for n in names) for b in data["results"]["bindings"])


def _round(url: str, expected: dict[str, list[tuple[str, ...]]]) -> tuple[list[float], list[str]]:
    texts = list(expected)
    latencies: list[float] = []
    problems: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(CLIENTS)

    def client(number: int) -> None:
        start.wait()
        for step in range(PER_CLIENT):
            text = texts[(number * PER_CLIENT + step) % len(texts)]
            request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": text}),
                                             headers={"Accept": "application/sparql-results+json"})
            began = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=120) as response:
                    body = response.read()
                took = time.perf_counter() - began
                problem = None if _rows(body) == expected[text] else f"client {number}: wrong answer"
            except (OSError, urllib.error.HTTPError, ValueError) as exc:
                took, problem = time.perf_counter() - began, f"client {number}: {exc}"
            with lock:
                latencies.append(took)
                if problem:
                    problems.append(problem)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)
    return latencies, problems


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def test_200_concurrent_clients_two_rounds(capsys: pytest.CaptureFixture[str]) -> None:
    expected = _expected()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "policy_graph.server", "-g", str(COMMITTED), "--port",
                               str(port), "--timeout", "60"], stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert server.stderr is not None
        assert "serving" in server.stderr.readline()
        threading.Thread(target=server.stderr.read, daemon=True).start()  # drain the request log
        url = f"http://127.0.0.1:{port}/sparql"
        report = []
        memory = []
        for number in (1, 2):
            began = time.perf_counter()
            latencies, problems = _round(url, expected)
            seconds = time.perf_counter() - began
            memory.append(_rss(server.pid))
            assert problems == [], problems[:5]
            assert len(latencies) == CLIENTS * PER_CLIENT
            report.append(f"round {number}: {len(latencies)} queries from {CLIENTS} clients in {seconds:.1f} s "
                          f"({len(latencies) / seconds:.0f}/s); latency p50 {_percentile(latencies, 0.5) * 1000:.0f} ms"
                          f", p99 {_percentile(latencies, 0.99) * 1000:.0f} ms, mean "
                          f"{statistics.mean(latencies) * 1000:.0f} ms; server RSS {memory[-1] / 2**20:.0f} MiB")
        growth = memory[1] - memory[0]
        with capsys.disabled():
            print("\n" + "\n".join(report) + f"\nRSS growth from round 1 to 2: {growth / 2**20:+.1f} MiB")
        assert growth < RSS_BOUND
    finally:
        server.terminate()
        server.wait(20)
