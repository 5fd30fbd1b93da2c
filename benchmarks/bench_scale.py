"""Scale benchmark: load, query, export and memory at 10^6 triples, as ratios measured side by side in one run.

Data: a corpus of ``benchmarks/corpus.py`` (about 565 distinct triples per document, so about 1,770 documents
for 10^6 triples) built by ``policy-graph build FILES -o big.ttl --no-validate -j 2``: the product's own
output, real in shape.  It lives in a temporary directory for the run (``--keep DIR`` keeps it).  Each
measurement runs in a fresh process, so its peak RSS (``resource.getrusage``) is its own; ``base`` is the
process's RSS once its imports are done, before the measured work.

* (a) load: ``open_graph(big.ttl)`` (what ``-g big.ttl`` does: an in-memory Oxigraph store, ontology
  included) against ``pyoxigraph.Store().bulk_load`` of the same file (target: within 1.5x); the rdflib
  engine (``--engine rdflib``) for reference.
* (b) query: two competency queries (cq04, cq10) plus cq02, a GROUP BY aggregate and a two-hop join,
  median of ``--repeats`` runs after a warm-up, rows counted (and compared), on the store ``build --store``
  makes of the corpus (one named graph per source, their merge in the default graph, compacted):
  ``run_query(open_graph(DIR))`` (the embedded store, ``-g DIR``) against
  ``pyoxigraph.Store.read_only(DIR).query`` on the same store and graph (target: at most 1.3x) and against
  rdflib's engine in memory (stopped after ``--rdflib-limit`` seconds; target: at least 10x faster).
  ``-g big.ttl`` (Oxigraph in memory) is shown beside them.  And the answer as a user gets it:
  ``answer(open_graph(DIR), text, "json")`` (what ``query -g DIR --format json`` prints) against the raw
  store's answer written as SPARQL JSON by pyoxigraph (``QuerySolutions.serialize``).
* (c) export: deterministic Turtle of the loaded file (``export(graph, "turtle")``, what ``export --format
  turtle`` runs) and of a build's per-source N-Triples documents (``turtle.serialize_ntriples``, what
  ``build -o x.ttl`` runs; the corpus is built again in the step, untimed) against
  ``Store.dump(format=TURTLE)`` (unsorted) of the same data (target: within 5x).  The export must give
  back big.ttl byte for byte.
* (d) peak RSS of the command line: ``build`` without and with validation (the validated build is stopped
  after ``--validate-limit`` seconds), ``build --store``, ``query -g big.ttl``, ``query -g DIR``, ``export
  -g big.ttl`` (target: under 1 GB for build, load and query).  The workers of ``build -j 2`` are listed
  apart.

Prints a table and writes ``benchmarks/results-scale.json``.

    .venv/bin/python benchmarks/bench_scale.py                    # 10^6 triples, about 7 minutes on 2 cores
    .venv/bin/python benchmarks/bench_scale.py --triples 100000   # a quick run, about 1.5 minutes
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results-scale.json"
TRIPLES_PER_DOC = 565  # distinct triples per generated document at this scale (shared regions, documents ...)
GB = 1024.0  # MB

SAVED = ("cq02-issuers", "cq04-dibao-standards", "cq10-provenance")


def queries() -> dict[str, str]:
    from policy_graph.query import saved_queries

    sys.path.insert(0, str(HERE))
    from bench_query import EXTRA  # the same aggregate and 2-hop join as at 10^5

    saved = saved_queries()
    return {name: saved[name].text for name in SAVED} | dict(EXTRA)


# ----------------------------------------------------------------------------------------------------------
# Steps: each runs in its own process (``--step NAME``) and prints one JSON line


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak RSS in MB: this process's own (VmHWM: ``ru_maxrss`` of a fresh process starts at its parent's size
    when it was forked), or the largest of its finished children (the workers of ``build -j``)."""
    if who == resource.RUSAGE_SELF:
        peak = _peak_of(os.getpid())
        if peak is not None:
            return peak
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # KiB on Linux


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    out = work()
    return time.perf_counter() - began, out


def step_load(setup: str, work: Path) -> dict[str, Any]:
    path = work / "big.ttl"
    if setup == "pyoxigraph":
        import pyoxigraph as ox

        base = _rss_mb()
        store = ox.Store()
        seconds, _ = _timed(lambda: store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE))
        return {"seconds": seconds, "base_rss_mb": base, "triples": len(store)}
    from policy_graph.store import open_graph

    base = _rss_mb()
    seconds, graph = _timed(lambda: open_graph(path, engine="rdflib" if setup == "rdflib" else "oxigraph"))
    # (not len(graph) on Oxigraph: oxrdflib counts with a COUNT(DISTINCT) query that holds every triple)
    return {"seconds": seconds, "base_rss_mb": base, "triples": len(graph) if setup == "rdflib" else None}


def _median(work: Callable[[], int | bytes], repeats: int, budget: float) -> tuple[float, int, int]:
    """Median seconds, rows (counted in the SPARQL JSON document, after the timing, when ``work`` writes one) and
    runs."""
    found = work()  # warm-up
    times: list[float] = []
    while len(times) < repeats:
        seconds, found = _timed(work)
        times.append(seconds)
        if sum(times) > budget:  # a slow query gets fewer runs
            break
    if isinstance(found, bytes):
        found = len(json.loads(found)["results"]["bindings"])
    return statistics.median(times), found, len(times)


class _Stop(BaseException):  # not an Exception: run_query would wrap it
    pass


def step_query(setup: str, work: Path, repeats: int, limit: float) -> dict[str, Any]:
    """Every query on one setup: median seconds and rows (``limit``: seconds before a run is stopped)."""
    import pyoxigraph as ox

    from policy_graph.query import answer, run_query
    from policy_graph.store import open_graph

    texts = queries()
    base = _rss_mb()
    runner: Callable[[str], int | bytes]
    if setup in ("pyoxigraph", "pyoxigraph-json"):
        from policy_graph.store import merged_default_graph

        store = ox.Store.read_only(str(work / "store"))
        union = not merged_default_graph(work / "store")  # a store of this version keeps the merge: False
        opened = 0.0

        def runner(text: str) -> int | bytes:
            found: Any = store.query(text, use_default_graph_as_union=union)
            if setup == "pyoxigraph-json":
                return bytes(found.serialize(format=ox.QueryResultsFormat.JSON))
            return sum(1 for _ in found)
    elif setup == "pyoxigraph-memory":  # the floor of -g big.ttl: the same data in Oxigraph's memory, by hand
        from policy_graph.resources import ontology_path
        from policy_graph.store import ONTOLOGY_GRAPH

        store = ox.Store()

        def load() -> None:
            store.bulk_load(path=str(work / "big.ttl"), format=ox.RdfFormat.TURTLE)
            store.bulk_load(path=str(ontology_path()), format=ox.RdfFormat.TURTLE,
                            to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))

        opened, _ = _timed(load)

        def runner(text: str) -> int | bytes:
            return sum(1 for _ in store.query(text, use_default_graph_as_union=True))
    else:
        location = {"store": work / "store", "answer": work / "store", "file": work / "big.ttl",
                    "rdflib": work / "big.ttl"}[setup]
        opened, graph = _timed(lambda: open_graph(location, engine="rdflib" if setup == "rdflib" else "oxigraph"))

        def runner(text: str) -> int | bytes:
            if setup == "answer":
                return answer(graph, text, "json")
            return len(list(run_query(graph, text)))

    def stop(_signum: int, _frame: Any) -> None:
        raise _Stop

    signal.signal(signal.SIGALRM, stop)
    out: dict[str, Any] = {}
    for name, text in texts.items():
        signal.setitimer(signal.ITIMER_REAL, limit)  # rdflib evaluates in Python: the alarm can stop it
        try:
            if setup == "rdflib":  # one run: rdflib's engine is the slow reference
                seconds, rows = _timed(lambda t=text: runner(t))  # type: ignore[misc]
                runs = 1
            else:
                seconds, rows, runs = _median(lambda t=text: runner(t), repeats, limit / 2)  # type: ignore[misc]
            out[name] = {"seconds": seconds, "rows": rows, "runs": runs}
        except _Stop:
            out[name] = {"seconds": None, "stopped_after": limit}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        print(f"    {setup} {name}: {out[name]}", file=sys.stderr, flush=True)
    return {"queries": out, "open_seconds": opened, "base_rss_mb": base}


def step_export(setup: str, work: Path) -> dict[str, Any]:
    path = work / "big.ttl"
    expected = path.read_bytes()
    if setup == "dump":
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        base = _rss_mb()
        seconds, data = _timed(lambda: store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()))
        return {"seconds": seconds, "base_rss_mb": base, "bytes": len(data)}
    if setup == "export":  # export --format turtle -g big.ttl
        from policy_graph.export import export
        from policy_graph.store import open_graph

        graph = open_graph(path, with_ontology=False)
        base = _rss_mb()
        seconds, data = _timed(lambda: export(graph, "turtle"))
    else:  # build -o x.ttl: the Turtle writer on the build's per-source N-Triples documents
        from policy_graph.build import build_graph
        from policy_graph.export import TURTLE_PREFIXES
        from policy_graph.turtle import serialize_ntriples

        files = [Path(line) for line in (work / "sources.txt").read_text(encoding="utf-8").splitlines()]
        parts = list(build_graph(files, jobs=2).parts.values())
        base = _rss_mb()
        seconds, data = _timed(lambda: serialize_ntriples(parts, TURTLE_PREFIXES))
    return {"seconds": seconds, "base_rss_mb": base, "bytes": len(data), "same_as_file": data == expected}


def step_cli(argv: list[str], work: Path) -> dict[str, Any]:
    """The command line in this process (the console script's ``main``), its workers apart.  ``@SOURCES`` in
    ``argv`` stands for the corpus's files (too many for one command-line argument)."""
    import io

    from policy_graph.cli import main

    if "@SOURCES" in argv:
        at = argv.index("@SOURCES")
        argv = argv[:at] + (work / "sources.txt").read_text(encoding="utf-8").splitlines() + argv[at + 1:]

    errors = io.StringIO()
    with open(os.devnull, "w") as sink:
        stdout, stderr, sys.stdout, sys.stderr = sys.stdout, sys.stderr, sink, errors
        try:
            seconds, code = _timed(lambda: main(argv))
        finally:
            sys.stdout, sys.stderr = stdout, stderr
    out = {"seconds": seconds, "exit": code, "workers_peak_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN)}
    if code:
        out["error"] = errors.getvalue().strip().splitlines()[-1][:200] if errors.getvalue().strip() else ""
    return out


def _child(args: argparse.Namespace) -> int:
    options = json.loads(args.options)
    work = Path(options["work"])
    if args.step == "load":
        out = step_load(options["setup"], work)
    elif args.step == "query":
        out = step_query(options["setup"], work, options["repeats"], options["limit"])
    elif args.step == "export":
        out = step_export(options["setup"], work)
    else:
        out = step_cli(options["argv"], work)
    out["peak_rss_mb"] = _rss_mb()
    print(json.dumps(out))
    return 0


def run_step(step: str, kill_after: float | None = None, **options: Any) -> dict[str, Any]:
    """Run a step in a fresh interpreter; past ``kill_after`` seconds it is killed (with its workers) and reported
    as stopped, with the peak RSS it had reached."""
    command = [sys.executable, str(Path(__file__).resolve()), "--step", step, "--options", json.dumps(options)]
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=kill_after)
    except subprocess.TimeoutExpired:
        peak = _peak_of(process.pid)
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return {"seconds": None, "stopped_after": kill_after, "peak_rss_mb": peak, "wall_seconds": kill_after}
    if process.returncode != 0:
        raise SystemExit(f"step {step} {options} failed:\n{stderr[-3000:]}")
    out = dict(json.loads(stdout.strip().splitlines()[-1]))
    out["wall_seconds"] = round(time.perf_counter() - began, 1)
    return out


def _peak_of(pid: int) -> float | None:
    """The peak RSS so far of a running process (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


# ----------------------------------------------------------------------------------------------------------
# The run


def prepare(work: Path, target: int, seed: int) -> list[Path]:
    sys.path.insert(0, str(HERE))
    from corpus import generate

    documents = max(10, round(target / TRIPLES_PER_DOC))
    began = time.perf_counter()
    generate(work / "corpus", documents, seed)
    print(f"  generated {documents} documents in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    return sorted(p for p in (work / "corpus").glob("*/source.*") if ".utf8." not in p.name)


def store_quads(path: Path) -> int:
    import pyoxigraph as ox

    return len(ox.Store.read_only(str(path)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="about how many triples (default 10^6)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per query (default 3, after a warm-up)")
    parser.add_argument("--rdflib-limit", type=float, default=30.0,
                        help="seconds an rdflib query may run before it is stopped (default 30)")
    parser.add_argument("--validate-limit", type=float, default=150.0,
                        help="seconds the validated build may run before it is stopped (default 150)")
    parser.add_argument("--store-limit", type=float, default=420.0,
                        help="seconds `build --store` may run before it is stopped (default 420)")
    parser.add_argument("--jobs", type=int, default=2, help="build processes (default 2)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--skip", action="append", default=[],
                        choices=("validate", "rdflib"), help="leave a slow part out")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it (corpus, big.ttl, stores)")
    parser.add_argument("--output", type=Path, default=RESULTS, help=f"results file (default {RESULTS.name})")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--options", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        return _child(args)

    started = time.perf_counter()
    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"target_triples": args.triples, "python": platform.python_version(),
                               "machine": platform.machine(), "cpus": os.cpu_count(), "repeats": args.repeats}
    try:
        files = prepare(work, args.triples, args.seed)
        results["documents"] = len(files)
        (work / "sources.txt").write_text("".join(f"{p}\n" for p in files), encoding="utf-8")
        sources = ["@SOURCES"]
        jobs = ["-j", str(args.jobs), "-q"]

        def progress(what: str) -> None:
            print(f"  {what} ({time.perf_counter() - started:.0f} s so far)", file=sys.stderr, flush=True)

        cli: dict[str, Any] = {}
        cli["build --no-validate"] = run_step(
            "cli", argv=["build", *sources, "-o", str(work / "big.ttl"), "--no-validate", *jobs], work=str(work))
        results["file_bytes"] = (work / "big.ttl").stat().st_size
        progress("built big.ttl")
        cli["build --store --no-validate"] = run_step(
            "cli", kill_after=args.store_limit, work=str(work),
            argv=["build", *sources, "--store", str(work / "store"), "--no-validate", *jobs])
        if cli["build --store --no-validate"]["seconds"] is None:
            raise SystemExit(f"build --store did not finish in {args.store_limit:g} s: nothing to query")
        results["store_quads"] = store_quads(work / "store")
        progress("built the store")

        load = {setup: run_step("load", setup=setup, work=str(work)) for setup in ("ours", "pyoxigraph", "rdflib")
                if not (setup == "rdflib" and "rdflib" in args.skip)}
        results["triples"] = load["pyoxigraph"]["triples"]
        results["load"] = load
        progress("load measured")

        setups = [s for s in ("pyoxigraph", "store", "pyoxigraph-json", "answer", "pyoxigraph-memory", "file", "rdflib")
                  if not (s == "rdflib" and "rdflib" in args.skip)]
        query = {setup: run_step("query", setup=setup, work=str(work), repeats=args.repeats,
                                 limit=args.rdflib_limit if setup == "rdflib" else 600.0) for setup in setups}
        results["query"] = query
        progress("queries measured")

        results["export"] = {setup: run_step("export", setup=setup, work=str(work))
                             for setup in ("export", "serialize", "dump")}
        progress("export measured")

        for name, argv_ in {
            "query -g big.ttl": ["query", "cq04-dibao-standards", "-g", str(work / "big.ttl"), "--format", "csv"],
            "query -g DIR": ["query", "cq04-dibao-standards", "-g", str(work / "store"), "--format", "csv"],
            "export -g big.ttl": ["export", "-g", str(work / "big.ttl"), "--format", "turtle", "-o",
                                  str(work / "export.ttl")],
        }.items():
            cli[name] = run_step("cli", argv=argv_, work=str(work))
        if "validate" not in args.skip:
            cli["build (validated)"] = run_step("cli", kill_after=args.validate_limit, work=str(work),
                                                argv=["build", *sources, "-o", str(work / "validated.ttl"), *jobs])
            progress("validated build measured")
        results["cli"] = cli
        results["wall_seconds"] = round(time.perf_counter() - started, 1)
        print(report(results))
        args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {args.output}", file=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


# ----------------------------------------------------------------------------------------------------------
# The table


def _seconds(out: dict[str, Any]) -> str:
    if out.get("seconds") is None:
        return f"> {out['stopped_after']:.0f}"
    return f"{out['seconds']:.3f}" if out["seconds"] < 10 else f"{out['seconds']:.1f}"


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report(results: dict[str, Any]) -> str:
    """The table: each measure, its ratio against the reference measured in the same run, the target, RSS."""
    rows: list[tuple[str, str, str, str, str, str]] = []  # measure, seconds, ratio, target, verdict, RSS
    notes: list[str] = []
    summary: dict[str, Any] = {}

    def rss(out: dict[str, Any]) -> str:
        peak = out.get("peak_rss_mb")
        text = f"{peak:.0f}" if peak is not None else "?"
        if out.get("base_rss_mb") is not None:
            text += f" (base {out['base_rss_mb']:.0f})"
        if out.get("workers_peak_rss_mb"):
            text += f" +workers {out['workers_peak_rss_mb']:.0f}"
        return text

    load = results["load"]
    base = load["pyoxigraph"]["seconds"]
    rows.append(("(a) load  pyoxigraph bulk_load", _seconds(load["pyoxigraph"]), "1.00", "reference", "",
                 rss(load["pyoxigraph"])))
    ratio = load["ours"]["seconds"] / base
    summary["load_ours_over_pyoxigraph"] = round(ratio, 2)
    rows.append(("(a) load  -g big.ttl (open_graph)", _seconds(load["ours"]), f"{ratio:.2f}", "<= 1.5",
                 _verdict(ratio <= 1.5), rss(load["ours"])))
    if "rdflib" in load:
        ratio = load["rdflib"]["seconds"] / load["ours"]["seconds"]
        summary["load_rdflib_over_ours"] = round(ratio, 1)
        rows.append(("(a) load  --engine rdflib", _seconds(load["rdflib"]), f"{ratio:.1f} of ours", "reference", "",
                     rss(load["rdflib"])))

    query = results["query"]
    raw, store = query["pyoxigraph"]["queries"], query["store"]["queries"]
    summary["query_store_over_pyoxigraph"] = {}
    summary["query_rdflib_over_store"] = {}
    for name in raw:
        agree = {query[s]["queries"][name].get("rows") for s in query} - {None}
        flag = "" if len(agree) == 1 else " rows differ!"
        ratio = store[name]["seconds"] / raw[name]["seconds"]
        summary["query_store_over_pyoxigraph"][name] = round(ratio, 2)
        rows.append((f"(b) {name} ({raw[name]['rows']} rows){flag}", "", "", "", "", ""))
        rows.append(("      pyoxigraph, same store", _seconds(raw[name]), "1.00", "reference", "",
                     rss(query["pyoxigraph"])))
        rows.append(("      -g DIR (run_query)", _seconds(store[name]), f"{ratio:.2f}", "<= 1.3",
                     _verdict(ratio <= 1.3), rss(query["store"])))
        if "answer" in query:
            written, ours = query["pyoxigraph-json"]["queries"][name], query["answer"]["queries"][name]
            ratio = ours["seconds"] / written["seconds"]
            summary.setdefault("query_answer_over_pyoxigraph_json", {})[name] = round(ratio, 2)
            rows.append(("      pyoxigraph, written as JSON", _seconds(written), "1.00", "reference", "",
                         rss(query["pyoxigraph-json"])))
            rows.append(("      -g DIR (answer, JSON)", _seconds(ours), f"{ratio:.2f}", "<= 1.3",
                         _verdict(ratio <= 1.3), rss(query["answer"])))
        file = query["file"]["queries"][name]
        if "pyoxigraph-memory" in query:
            floor = query["pyoxigraph-memory"]["queries"][name]
            ratio = file["seconds"] / floor["seconds"]
            summary.setdefault("query_file_over_pyoxigraph_memory", {})[name] = round(ratio, 2)
            rows.append(("      pyoxigraph in memory, same file", _seconds(floor), "1.00", "reference", "",
                         rss(query["pyoxigraph-memory"])))
            rows.append(("      -g big.ttl (in memory, run_query)", _seconds(file), f"{ratio:.2f}", "<= 1.3",
                         _verdict(ratio <= 1.3), rss(query["file"])))
        else:
            ratio = file["seconds"] / raw[name]["seconds"]
            rows.append(("      -g big.ttl (in memory)", _seconds(file), f"{ratio:.2f}", "", "", rss(query["file"])))
        if "rdflib" in query:
            slow = query["rdflib"]["queries"][name]
            seconds = slow["seconds"] if slow["seconds"] is not None else slow["stopped_after"]
            more = ">" if slow["seconds"] is None else ""
            speedup, memory = seconds / store[name]["seconds"], seconds / file["seconds"]
            summary["query_rdflib_over_store"][name] = f"{more}{speedup:.1f}"
            summary.setdefault("query_rdflib_over_file", {})[name] = f"{more}{memory:.1f}"
            rows.append(("      rdflib in memory", _seconds(slow), f"DIR {more}{speedup:.1f}x, ttl {more}{memory:.1f}x",
                         ">= 10x", f"DIR {_verdict(speedup >= 10)}, ttl {_verdict(memory >= 10)}",
                         rss(query["rdflib"])))
    rows.append(("(b) open -g DIR / -g big.ttl / rdflib",
                 f"{query['store']['open_seconds']:.2f} / {query['file']['open_seconds']:.1f}"
                 + (f" / {query['rdflib']['open_seconds']:.0f}" if "rdflib" in query else ""), "", "", "", ""))

    export = results["export"]
    dump = export["dump"]["seconds"]
    rows.append(("(c) export  pyoxigraph dump (unsorted)", _seconds(export["dump"]), "1.00", "reference", "",
                 rss(export["dump"])))
    for setup, label in (("export", "export --format turtle"), ("serialize", "serialize (build -o)")):
        ratio = export[setup]["seconds"] / dump
        summary[f"export_{setup}_over_dump"] = round(ratio, 2)
        same = "" if export[setup].get("same_as_file") else "  (bytes differ from big.ttl!)"
        rows.append((f"(c) export  {label}{same}", _seconds(export[setup]), f"{ratio:.2f}", "<= 5",
                     _verdict(ratio <= 5), rss(export[setup])))

    for name, out in results["cli"].items():
        peak = out.get("peak_rss_mb")
        heavy = max(peak or 0.0, out.get("workers_peak_rss_mb") or 0.0)
        target = "export" not in name
        failed = f" (exit {out['exit']}, see below)" if out.get("exit") else ""
        if out.get("exit"):
            notes.append(f"policy-graph {name}: {out.get('error', '')}")
        rows.append((f"(d) policy-graph {name}{failed}", _seconds(out), "", "< 1 GB" if target else "",
                     _verdict(heavy < GB) if target and peak is not None else "", rss(out)))
    results["summary"] = summary

    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    head = ("measure", "seconds", "ratio", "target", "", "peak RSS MB")
    widths = [max(w, len(h)) for w, h in zip(widths, head)]
    line = "  ".join(h.ljust(w) for h, w in zip(head, widths))
    out = [f"{results['triples']} triples ({results['documents']} documents, {results['file_bytes'] / 1e6:.0f} MB "
           f"of Turtle); {results['cpus']} CPUs; whole run {results['wall_seconds']:.0f} s", line, "-" * len(line)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(out + notes)


if __name__ == "__main__":
    sys.exit(main())
