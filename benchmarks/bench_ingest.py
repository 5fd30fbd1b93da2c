"""Ingest at scale: speed, memory and accuracy on a generated corpus, measured side by side in one run.

    python benchmarks/bench_ingest.py                 # 100 and 1,000 documents, 2 jobs
    python benchmarks/bench_ingest.py --n 10000       # the largest size (each source is held as N-Triples bytes:
                                                      # about 110 KB a document, 1.1 GB for 10,000)

For each size the corpus of ``benchmarks/corpus.py`` is generated into a temporary directory, then each step
runs in a fresh subprocess (so its peak RSS is its own, read with ``resource.getrusage``).  The in-process
steps first run their own work on a small warm-up corpus of another seed (web pages, GB18030, traditional script
with pinyin artifacts among them), so that what is timed is the steady state: one-time imports and loads
(pypinyin, jieba's dictionary, the gazetteer) are in neither the floor nor the pipeline.

* ``floor``: decode + normalize only (``read_source`` + ``normalize``) of every document;
* ``pipeline``: ``build_graph(files, jobs=1)``, the whole pipeline; its speed as a fraction of the floor's;
* ``parallel``: ``build_graph(files, jobs=N)``; its speed-up over one job;
* ``cli`` and ``cli-parallel``: what a user runs, ``policy-graph build FILES -o OUT.ttl -q`` with one job and
  with N: the pipeline, SHACL validation (most of the time) and the deterministic Turtle, end to end;
* ``accuracy``: ``evaluate_dir`` on the corpus: precision, recall and F1 of observations, documents and regions,
  and the observations' recall broken down by document kind, script, format, unit, qualifier and period.

Prints a table and writes ``benchmarks/results-ingest.json``.  Figures are ratios measured in the same run
(floor vs pipeline, one job vs N), never absolute targets.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results-ingest.json"
STEPS = ("floor", "pipeline", "parallel", "cli", "cli-parallel", "accuracy")
WARM_UP = 40  # documents of the warm-up corpus


# ----------------------------------------------------------------------------------------------------------
# Steps (each run in its own process by ``--step``)


def _sources(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.glob("*/source.*") if ".utf8." not in p.name)


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def step_floor(corpus: Path, warm: Path) -> dict[str, Any]:
    from policy_graph.normalize import normalize
    from policy_graph.read import read_source

    files = _sources(corpus)
    for path in _sources(warm):  # the converters, the pinyin tables, the HTML reader
        normalize(read_source(path))
    start = time.perf_counter()
    chars = 0
    for path in files:
        chars += len(normalize(read_source(path)).text)
    seconds = time.perf_counter() - start
    return {"docs": len(files), "seconds": seconds, "chars": chars}


def step_pipeline(corpus: Path, warm: Path, jobs: int) -> dict[str, Any]:
    from policy_graph.build import build_graph, process_file

    files = _sources(corpus)
    for path in _sources(warm):  # OpenCC, pinyin, jieba, gazetteer, vocabulary; forked workers inherit them
        process_file(path)
    start = time.perf_counter()
    result = build_graph(files, jobs=jobs)
    seconds = time.perf_counter() - start
    # count without building a merged rdflib graph, when the build result can say it as plain triples
    triples = len(result.triples()) if hasattr(result, "triples") else len(result.graph)
    return {"docs": len(files), "seconds": seconds, "triples": triples, "jobs": jobs,
            "observations": sum(s.observations for s in result.sources), "failed": len(result.failed)}


def step_accuracy(corpus: Path) -> dict[str, Any]:
    from policy_graph.evaluate import evaluate_dir, totals

    start = time.perf_counter()
    results = evaluate_dir(corpus)
    seconds = time.perf_counter() - start
    scores = {kind: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall, "f1": s.f1}
              for kind, s in totals(results).items()}
    manifest = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))["cases"]
    slices: dict[str, Counter[str]] = {}

    def tally(group: str, key: str, hit: bool) -> None:
        slices.setdefault(f"{group}={key}", Counter())["tp" if hit else "fn"] += 1

    for case in results:
        gold = json.loads((corpus / case.name / "gold.json").read_text(encoding="utf-8"))
        missed = Counter(" ".join(item.split("  «")[0].split()[1:]) + " " + item.split()[0]
                         for item in case.missed["observations"])
        about = manifest.get(case.name, {})
        for obs in gold["observations"]:
            key = f"{obs['unit']} {obs['region']} {obs['period']} {format(Decimal(obs['value']).normalize(), 'f')}"
            hit = missed[key] == 0
            if not hit:
                missed[key] -= 1
            for group in ("kind", "script", "format", "encoding", "level"):
                tally(group, str(about.get(group, "?")), hit)
            tally("unit", obs["unit"], hit)
            tally("qualifier", str(obs["qualifier"]), hit)
            tally("period", "month" if "-" in obs["period"] else "year", hit)
            tally("change", "attached" if obs["change_percent"] is not None else "none", hit)
    breakdown = {name: {"gold": c["tp"] + c["fn"], "recall": c["tp"] / (c["tp"] + c["fn"])}
                 for name, c in sorted(slices.items())}
    spurious = sum(len(case.spurious["observations"]) for case in results)
    return {"docs": len(results), "seconds": seconds, "scores": scores, "observation_recall_by": breakdown,
            "spurious_observations": spurious}


def step_cli(corpus: Path, jobs: int) -> dict[str, Any]:
    files = _sources(corpus)
    with tempfile.TemporaryDirectory(prefix="pg-cli-") as tmp:
        out = Path(tmp) / "graph.ttl"
        command = [sys.executable, "-m", "policy_graph.cli", "build", *map(str, files), "-o", str(out), "-q",
                   "-j", str(jobs)]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"policy-graph build failed:\n{done.stderr}")
        size = out.stat().st_size
    return {"docs": len(files), "seconds": seconds, "jobs": jobs, "turtle_bytes": size}


def run_step(step: str, corpus: Path, warm: Path, jobs: int) -> dict[str, Any]:
    """Run one step in a fresh interpreter and return what it measured, with its peak RSS."""
    command = [sys.executable, str(Path(__file__).resolve()), "--step", step, "--corpus", str(corpus),
               "--warm", str(warm), "--jobs", str(jobs)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"step {step} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _child(step: str, corpus: Path, warm: Path, jobs: int) -> int:
    if step == "floor":
        out = step_floor(corpus, warm)
    elif step == "pipeline":
        out = step_pipeline(corpus, warm, 1)
    elif step == "parallel":
        out = step_pipeline(corpus, warm, jobs)
    elif step in ("cli", "cli-parallel"):
        out = step_cli(corpus, jobs if step == "cli-parallel" else 1)
    else:
        out = step_accuracy(corpus)
    out["peak_rss_mb"] = round(_peak_mb(resource.RUSAGE_SELF), 1)
    out["workers_peak_rss_mb"] = round(_peak_mb(resource.RUSAGE_CHILDREN), 1)
    print(json.dumps(out))
    return 0


# ----------------------------------------------------------------------------------------------------------
# The run


def bench_size(n: int, seed: int, jobs: int, keep: Path | None) -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    from corpus import generate

    with tempfile.TemporaryDirectory(prefix=f"pg-corpus-{n}-") as tmp:
        corpus = keep / f"corpus-{n}" if keep else Path(tmp)
        start = time.perf_counter()
        generate(corpus, n, seed)
        generated = time.perf_counter() - start
        size = sum(p.stat().st_size for p in corpus.glob("*/source.*"))
        warm = Path(tmp) / "warm-up"
        generate(warm, WARM_UP, seed + 1)
        steps = {step: run_step(step, corpus, warm, jobs) for step in STEPS}
    floor, pipeline, parallel = steps["floor"], steps["pipeline"], steps["parallel"]
    for step in steps.values():
        step["docs_per_s"] = step["docs"] / step["seconds"]
    return {
        "documents": n, "seed": seed, "bytes": size, "generate_seconds": generated,
        "steps": steps,
        "pipeline_speed_over_floor": pipeline["docs_per_s"] / floor["docs_per_s"],
        "parallel_jobs": jobs,
        "parallel_speedup": pipeline["seconds"] / parallel["seconds"],
        "cli_parallel_speedup": steps["cli"]["seconds"] / steps["cli-parallel"]["seconds"],
    }


def report(runs: list[dict[str, Any]]) -> str:
    lines = [f"{'docs':>6}  {'step':<22}{'seconds':>9}{'docs/s':>10}{'peak RSS MB':>13}{'children MB':>12}  note"]
    for run in runs:
        n = run["documents"]
        lines.append(f"{n:>6}  {'generate':<22}{run['generate_seconds']:>9.2f}{n / run['generate_seconds']:>10.0f}"
                     f"{'':>13}{'':>12}  {run['bytes'] / 1e6:.1f} MB of sources")
        notes = {"floor": "read_source + normalize",
                 "pipeline": f"build_graph jobs=1: {run['pipeline_speed_over_floor']:.3f} of the floor's speed "
                             f"({1 / run['pipeline_speed_over_floor']:.0f}x slower)",
                 "parallel": f"build_graph jobs={run['parallel_jobs']}: speed-up {run['parallel_speedup']:.2f}x",
                 "cli": "policy-graph build -o OUT.ttl (validated), 1 job",
                 "cli-parallel": f"the same, -j {run['parallel_jobs']}: speed-up {run['cli_parallel_speedup']:.2f}x",
                 "accuracy": "evaluate_dir"}
        for step, out in run["steps"].items():
            spawned = step in ("parallel", "cli", "cli-parallel")
            workers = f"{out['workers_peak_rss_mb']:>12.0f}" if spawned else f"{'':>12}"
            lines.append(f"{n:>6}  {step:<22}{out['seconds']:>9.2f}{out['docs_per_s']:>10.1f}"
                         f"{out['peak_rss_mb']:>13.0f}{workers}  {notes[step]}")
    for run in runs:
        acc = run["steps"]["accuracy"]
        lines.append(f"\naccuracy on {run['documents']} generated documents:")
        lines.append(f"  {'kind':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>8}{'fp':>7}{'fn':>7}")
        for kind, s in acc["scores"].items():
            lines.append(f"  {kind:<14}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                         f"{s['tp']:>8}{s['fp']:>7}{s['fn']:>7}")
        weakest = sorted(acc["observation_recall_by"].items(), key=lambda kv: kv[1]["recall"])[:8]
        lines.append("  lowest observation recall by slice: " + ", ".join(
            f"{name} {v['recall']:.2f} (n={v['gold']})" for name, v in weakest))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ingest speed, memory and accuracy on a generated corpus.",
                                     epilog="example: python benchmarks/bench_ingest.py --n 100,1000 --jobs 2")
    parser.add_argument("--n", default="100,1000", help="corpus sizes, comma-separated (default 100,1000)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel step (default 2)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--keep", type=Path, help="write the corpora under this directory and keep them")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"results file (default {RESULTS.name})")
    parser.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--warm", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        return _child(args.step, args.corpus, args.warm, args.jobs)
    sizes = [int(x) for x in args.n.split(",") if x.strip()]
    started = time.perf_counter()
    runs = []
    for n in sizes:
        runs.append(bench_size(n, args.seed, args.jobs, args.keep))
        print(f"  {n} documents done ({time.perf_counter() - started:.0f} s so far)", file=sys.stderr)
    print(report(runs))
    results = {"python": sys.version.split()[0], "machine": platform.machine(), "cpus": os.cpu_count(),
               "wall_seconds": time.perf_counter() - started, "runs": runs}
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
