"""Query benchmark: the same queries over the same data through every way we offer, as ratios measured in one run.

Data: the committed graph (``data/triples.ttl``) and the ontology, plus generated regions, programs, indicators and
observations with their text spans, shaped like ours (our predicates, one named graph), up to 10^5 triples (10^6
with ``--big``). Queries: the competency questions cq01–cq12, an aggregate (GROUP BY) and a two-hop join.

Setups, each timed as the median of ``--repeats`` runs after one warm-up (rows are counted, and must agree):

* ``pyoxigraph``  ``pyoxigraph.Store.query`` on a read-only store, the solutions counted: the floor of ``store``;
* ``store``       ``run_query(open_graph(store dir))``: the embedded store's rows as rdflib terms (the library API;
                  query check included);
* ``pyoxigraph-json``  the same, the answer written as SPARQL JSON by pyoxigraph: the floor of ``answer``;
* ``answer``      ``answer(open_graph(store dir), text, "json")``: what ``policy-graph query -g DIR --format json``
                  prints (query check included);
* ``rdflib``      ``run_query(open_graph(file, engine="rdflib"))``: rdflib's own engine, in memory;
* ``oxigraph``    HTTP against a plain ``oxigraph serve --union-default-graph`` (the CLI in the venv);
* ``ours``        HTTP against our ``serve`` (worker processes over the same store directory).

HTTP clients keep one connection open and ask for SPARQL JSON. Also measured: the protocol floor (``ASK {}``), the
worker pool's round trip against a direct call, the server's start-up and the replacement of a killed worker.
Prints a table and writes ``benchmarks/results-query.json``.

    .venv/bin/python benchmarks/bench_query.py            # 10^5 triples, about 2 minutes on 2 cores
    .venv/bin/python benchmarks/bench_query.py --big      # 10^6 triples
"""

from __future__ import annotations

import argparse
import http.client
import json
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from policy_graph.namespaces import graph_iri
from policy_graph.query import answer, check_query, run_query, saved_queries
from policy_graph.resources import ontology_path
from policy_graph.server import make_server
from policy_graph.store import ONTOLOGY_GRAPH, open_graph
from policy_graph.workers import HTTPFailure, Pool

ROOT = Path(__file__).resolve().parents[1]
PG = "https://w3id.org/policy-graph/def#"
ID = "https://w3id.org/policy-graph/id/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = """PREFIX pg: <https://w3id.org/policy-graph/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
EXTRA = {
    "aggregate": PREFIXES + """SELECT ?region ?indicator (COUNT(?obs) AS ?n) (AVG(?value) AS ?mean)
WHERE { ?obs a pg:Observation ; pg:refArea ?r ; pg:indicator ?i ; pg:value ?value .
        ?r rdfs:label ?region . ?i skos:prefLabel ?indicator }
GROUP BY ?region ?indicator ORDER BY DESC(?n) ?region ?indicator LIMIT 100""",
    "two-hop-join": PREFIXES + """SELECT ?obs ?value ?county ?prefecture
WHERE { ?obs pg:refArea ?r ; pg:value ?value . ?r pg:partOf ?p ; rdfs:label ?county . ?p rdfs:label ?prefecture .
        FILTER(?value > 500) }""",
}
SETUPS = ("pyoxigraph", "store", "pyoxigraph-json", "answer", "rdflib", "oxigraph", "ours")
FLOORS = {"answer": "pyoxigraph-json", "pyoxigraph-json": "pyoxigraph"}  # what each setup is a multiple of


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def generate(target: int, seed: int = 42) -> list[ox.Triple]:
    """About ``target`` triples of regions, programs, indicators and observations with spans (deterministic)."""
    rng = random.Random(seed)
    out: list[ox.Triple] = []

    def add(s: str, p: str, o: ox.NamedNode | ox.Literal) -> None:
        out.append(ox.Triple(_iri(s), _iri(p), o))

    def region(code: str, name: str, level: str, parent: str | None) -> str:
        iri = f"{ID}region/{code}"
        add(iri, RDF_TYPE, _iri(PG + "Region"))
        add(iri, RDFS_LABEL, ox.Literal(name, language="zh-Hans"))
        add(iri, PG + "adminCode", ox.Literal(code))
        add(iri, PG + "adminLevel", _iri(f"{ID}level/{level}"))
        if parent:
            add(iri, PG + "partOf", _iri(parent))
        return iri

    counties: list[str] = []
    for p in range(30):
        province = region(f"9{p:02d}000", f"省{p}", "province", None)
        for c in range(8):
            prefecture = region(f"9{p:02d}{c:01d}00", f"省{p}市{c}", "prefecture", province)
            counties += [region(f"9{p:02d}{c:01d}{k:02d}", f"省{p}市{c}县{k}", "county", prefecture)
                         for k in range(1, 6)]
    themes = [f"{ID}theme/{t}" for t in ("social-assistance", "elderly-care", "employment", "health")]
    programs = []
    for n in range(60):
        program = f"{ID}program/bench-{n}"
        programs.append(program)
        add(program, RDF_TYPE, _iri(PG + "Program"))
        add(program, RDFS_LABEL, ox.Literal(f"项目{n}", language="zh-Hans"))
        add(program, PG + "theme", _iri(themes[n % len(themes)]))
        add(program, PG + "operatesIn", _iri(rng.choice(counties)))
    indicators = []
    for n in range(40):
        indicator = f"{ID}indicator/bench-{n}"
        indicators.append(indicator)
        add(indicator, RDF_TYPE, _iri(PG + "Indicator"))
        add(indicator, SKOS_LABEL, ox.Literal(f"指标{n}", language="zh-Hans"))
        add(indicator, PG + "measures", _iri(programs[n % len(programs)]))
    source = f"{ID}source/bench"
    add(source, RDF_TYPE, _iri(PG + "SourceText"))
    n = 0
    while len(out) < target:
        obs, span = f"{ID}obs/bench-{n}", f"{ID}span/bench-{n}"
        start = n * 40
        add(obs, RDF_TYPE, _iri(PG + "Observation"))
        add(obs, PG + "indicator", _iri(rng.choice(indicators)))
        add(obs, PG + "refArea", _iri(rng.choice(counties)))
        add(obs, PG + "refPeriod", ox.Literal(str(2013 + n % 10), datatype=_iri(XSD + "gYear")))
        add(obs, PG + "value", ox.Literal(f"{rng.randint(1, 100000) / 10:.1f}", datatype=_iri(XSD + "decimal")))
        add(obs, PG + "unit", _iri(f"{ID}unit/person"))
        add(obs, PG + "status", _iri(f"{ID}status/reported"))
        add(obs, "http://www.w3.org/ns/prov#wasDerivedFrom", _iri(span))
        add(span, RDF_TYPE, _iri(PG + "TextSpan"))
        add(span, PG + "source", _iri(source))
        add(span, PG + "start", ox.Literal(str(start), datatype=_iri(XSD + "integer")))
        add(span, PG + "end", ox.Literal(str(start + 12), datatype=_iri(XSD + "integer")))
        add(span, "http://www.w3.org/ns/oa#exact", ox.Literal(f"指标{n % 40}为{n}人"))
        n += 1
    return out


def prepare(directory: Path, target: int) -> dict[str, Any]:
    """Write the data: an N-Triples file (for rdflib) and two identical stores (one for ``oxigraph serve``, which
    opens its store for writing, one shared read-only by everything else)."""
    committed = list(ox.parse(path=str(ROOT / "data" / "triples.ttl"), format=ox.RdfFormat.TURTLE))
    generated = generate(target - len(committed) - 1500)  # the ontology brings about 1,500
    nt = directory / "bench.nt"
    ox.serialize([*committed, *generated], str(nt), format=ox.RdfFormat.N_TRIPLES)
    ontology = list(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    quads = [ox.Quad(t.subject, t.predicate, t.object, _iri(str(graph_iri("main")))) for t in committed]
    quads += [ox.Quad(t.subject, t.predicate, t.object, _iri(str(graph_iri("source/bench")))) for t in generated]
    quads += [ox.Quad(t.subject, t.predicate, t.object, _iri(str(ONTOLOGY_GRAPH))) for t in ontology]
    for name in ("store", "store-oxigraph"):
        store = ox.Store(str(directory / name))
        store.bulk_extend(quads)
        store.flush()
        del store
    return {"triples": len(quads), "generated": len(generated), "file": nt}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class HttpClient:
    """A kept-alive connection (opened again after a pause); returns the number of result rows (1 for an ASK)."""

    def __init__(self, port: int, path: str) -> None:
        self.port, self.path, self.last = port, path, 0.0
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)

    def __call__(self, text: str) -> int:
        if time.monotonic() - self.last > 2:  # servers drop idle connections after a while
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        self.connection.request("GET", self.path + "?" + urllib.parse.urlencode({"query": text}),
                                headers={"Accept": "application/sparql-results+json"})
        response = self.connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {body[:300]!r}")
        self.last = time.monotonic()
        data = json.loads(body)
        return 1 if "boolean" in data else len(data["results"]["bindings"])


def wait_for(port: int, path: str, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            HttpClient(port, path)("ASK {}")
            return
        except OSError:
            if time.monotonic() > deadline or (process is not None and process.poll() is not None):
                raise RuntimeError("the server did not start") from None
            time.sleep(0.1)


def _median_time(work: Callable[[], int | bytes], repeats: int, budget: float) -> tuple[float, int]:
    """The median time of ``work`` and its number of rows (or, when it returns a SPARQL JSON document, the rows
    counted in it after the timing)."""
    found = work()  # warm-up
    times: list[float] = []
    while len(times) < repeats:
        began = time.perf_counter()
        found = work()
        times.append(time.perf_counter() - began)
        if sum(times) > budget and len(times) >= 1:  # a slow engine gets fewer runs
            break
    if isinstance(found, bytes):
        data = json.loads(found)
        found = 1 if "boolean" in data else len(data["results"]["bindings"])
    return statistics.median(times), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="10^6 triples instead of 10^5")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per query and setup (default 5)")
    parser.add_argument("--rdflib-limit", type=float, default=20.0,
                        help="seconds an rdflib query may run before it is stopped (default 20)")
    parser.add_argument("--skip", action="append", default=[], choices=SETUPS, help="leave a setup out")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results-query.json")
    args = parser.parse_args(argv)
    target = 10**6 if args.big else 10**5
    setups = [s for s in SETUPS if s not in args.skip]
    queries = {name: q.text for name, q in sorted(saved_queries().items()) if name[:2] == "cq"} | EXTRA

    work = Path(tempfile.mkdtemp(prefix="bench-query-"))
    oxigraph_process: subprocess.Popen[bytes] | None = None
    server = rdflib_pool = None
    try:
        began = time.perf_counter()
        data = prepare(work, target)
        print(f"data: {data['triples']} triples ({data['generated']} generated) in "
              f"{time.perf_counter() - began:.1f} s", file=sys.stderr)
        runners: dict[str, Callable[[str], int | bytes]] = {}
        extra: dict[str, Any] = {}
        floor = ox.Store.read_only(str(work / "store"))
        runners["pyoxigraph"] = lambda t: sum(1 for _ in floor.query(t, use_default_graph_as_union=True)) \
            if not t.lstrip().upper().startswith("ASK") else 1
        runners["pyoxigraph-json"] = lambda t: floor.query(t, use_default_graph_as_union=True).serialize(
            format=ox.QueryResultsFormat.JSON) or b""
        if {"store", "answer"} & set(setups):
            began = time.perf_counter()
            graph = open_graph(work / "store")
            extra["store_open_seconds"] = round(time.perf_counter() - began, 3)
            runners["store"] = lambda t: len(list(run_query(graph, t)))  # type: ignore[arg-type]
            runners["answer"] = lambda t: answer(graph, t, "json")
        if "rdflib" in setups:  # rdflib's engine can take minutes on a query: it runs where it can be stopped
            began = time.perf_counter()
            rdflib_pool = Pool(str(data["file"]), "rdflib", 1, False)
            extra["rdflib_open_seconds"] = round(time.perf_counter() - began, 3)
            extra["rdflib_limit_seconds"] = args.rdflib_limit

            def rdflib_rows(text: str) -> int:
                _media, found, _cut = rdflib_pool.run("query", text, "rows", "rows", 10**7, timeout=args.rdflib_limit)
                return 1 if "boolean" in found else len(found.get("rows", found.get("triples", [])))

            runners["rdflib"] = rdflib_rows
        if "oxigraph" in setups:
            port = _free_port()
            binary = Path(sys.executable).parent / "oxigraph"
            oxigraph_process = subprocess.Popen([str(binary if binary.exists() else shutil.which("oxigraph")),
                                                 "serve", "--location", str(work / "store-oxigraph"), "--bind",
                                                 f"127.0.0.1:{port}", "--union-default-graph"],
                                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for(port, "/query", oxigraph_process)
            runners["oxigraph"] = HttpClient(port, "/query")
        if "ours" in setups:
            began = time.perf_counter()
            server = make_server(work / "store", port=0, workers=2, max_rows=10**7, timeout=600, log=False)
            extra["ours_startup_seconds"] = round(time.perf_counter() - began, 3)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            runners["ours"] = HttpClient(server.server_address[1], "/sparql")

        results: dict[str, dict[str, Any]] = {}
        for name, text in queries.items():
            row: dict[str, Any] = {"check_query_ms": round(_median_time(
                lambda t=text: (check_query(t), 0)[1], args.repeats, 5)[0] * 1000, 2)}
            for setup in setups:
                try:
                    seconds, rows = _median_time(lambda s=setup, t=text: runners[s](t), args.repeats, 10)
                    row[setup] = {"ms": round(seconds * 1000, 3), "rows": rows}
                except HTTPFailure as exc:  # rdflib past its limit
                    row[setup] = {"ms": None, "rows": None, "stopped": exc.message}
            counts = {row[s]["rows"] for s in setups if row[s]["rows"] is not None}
            row["rows_agree"] = len(counts) == 1
            results[name] = row
            print(f"  {name}: " + ", ".join(f"{s} {row[s]['ms']} ms" for s in setups), file=sys.stderr)

        if "ours" in setups and server is not None:
            extra |= overheads(server, runners, floor, args.repeats)
        report(results, setups, extra, data["triples"])
        args.output.write_text(json.dumps({
            "triples": data["triples"], "repeats": args.repeats, "python": platform.python_version(),
            "machine": platform.machine(), "cpus": __import__("os").cpu_count(), "setups": setups,
            "queries": results, **extra}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    finally:
        if rdflib_pool is not None:
            rdflib_pool.close()
        if server is not None:
            server.shutdown()
            server.close()
        if oxigraph_process is not None:
            oxigraph_process.terminate()
            oxigraph_process.wait(10)
        shutil.rmtree(work, ignore_errors=True)
    return 0


def overheads(server: Any, runners: dict[str, Callable[[str], int]], floor: ox.Store, repeats: int) -> dict[str, Any]:
    """The protocol floor, the pool's round trip, and the cost of replacing a killed worker."""
    out: dict[str, Any] = {}
    many = max(repeats * 40, 200)
    for setup in ("ours", "oxigraph"):
        if setup in runners:
            out[f"ask_empty_http_ms_{setup}"] = round(_median_time(lambda s=setup: runners[s]("ASK {}"), many,
                                                                   10)[0] * 1000, 3)
    direct = _median_time(lambda: (bool(floor.query("ASK {}")), 1)[1], many, 5)[0]
    pooled = _median_time(lambda: (server.pool.run("query", "ASK {}", "json", "json", 10, timeout=10), 1)[1],
                          many, 5)[0]
    out["ask_empty_direct_ms"] = round(direct * 1000, 4)
    out["ask_empty_pool_ms"] = round(pooled * 1000, 4)
    out["pool_round_trip_overhead_ms"] = round((pooled - direct) * 1000, 4)
    restarts = server.pool.restarts
    began = time.perf_counter()
    try:
        server.pool.run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "json",
                        "json", 10, timeout=0.5)
    except Exception as exc:  # the 503 expected here
        out["time_limit_answer"] = f"{type(exc).__name__}: {exc}"[:120]
    out["time_limit_0_5_s_answered_after_s"] = round(time.perf_counter() - began, 3)
    deadline = time.monotonic() + 60
    while server.pool.restart_seconds == 0.0 and time.monotonic() < deadline:
        time.sleep(0.05)
    out["worker_replacement_seconds"] = round(server.pool.restart_seconds, 3)
    out["worker_restarts"] = server.pool.restarts - restarts
    return out


def report(results: dict[str, dict[str, Any]], setups: list[str], extra: dict[str, Any], triples: int) -> None:
    others = [s for s in setups if s != "pyoxigraph"]
    short = {"pyoxigraph-json": "ox-json", "answer": "answer/json"}
    head = f"{'query':<26}{'rows':>7}{'pyoxigraph':>12}" + "".join(f"{short.get(s, s) + ' ×':>12}" for s in others)
    head += f"{'ours/oxi':>10}{'check ms':>10}"
    lines = [f"{triples} triples; median ms for pyoxigraph, the others as multiples of it (answer: of ox-json, the "
             "answer written as SPARQL JSON by pyoxigraph)", head, "-" * len(head)]
    ratios: dict[str, list[float]] = {s: [] for s in others}
    for name, row in results.items():
        base = max(row["pyoxigraph"]["ms"], 1e-3)
        cells = []
        for s in others:
            if row[s]["ms"] is None:
                cells.append(f"{'stopped':>12}")
                continue
            ratio = row[s]["ms"] / max(row[FLOORS.get(s, "pyoxigraph")]["ms"], 1e-3)
            ratios[s].append(ratio)
            cells.append(f"{ratio:>12.1f}")
        versus = row["ours"]["ms"] / max(row["oxigraph"]["ms"], 1e-3) if {"ours", "oxigraph"} <= set(setups) else 0
        flag = "" if row["rows_agree"] else "  (row counts differ!)"
        lines.append(f"{name[:25]:<26}{row['pyoxigraph']['rows']:>7}{base:>12.2f}{''.join(cells)}{versus:>10.2f}"
                     f"{row['check_query_ms']:>10.1f}{flag}")
    lines.append("-" * len(head))
    lines.append(f"{'geometric mean (answered)':<45}" + "".join(f"{statistics.geometric_mean(r):>12.1f}"
                                                                 for r in ratios.values()))
    for key, value in extra.items():
        lines.append(f"{key}: {value}")
    print("\n".join(lines))
    extra["geometric_mean_ratio_to_floor"] = {s: round(statistics.geometric_mean(r), 2) for s, r in ratios.items()}
    extra["worst_ratio_to_floor"] = {s: round(max(r), 2) for s, r in ratios.items()}


if __name__ == "__main__":
    sys.exit(main())
