"""Benchmarks, reported as ratios measured side by side in one process (never as absolute targets).

Ingest: the whole pipeline (read → normalize → segment → extract → resolve → RDF) against its floor,
decode + normalize alone, on the same files.  Prints a table and writes ``benchmarks/results.json``.

    make bench            # the founding article, and ../shared/corpus when it is there
"""

from __future__ import annotations

import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from policy_graph.build import process_source
from policy_graph.gazetteer import Gazetteer
from policy_graph.normalize import normalize
from policy_graph.read import Source, read_source

ROOT = Path(__file__).resolve().parents[1]


def _files() -> list[Path]:
    files = sorted((ROOT / "data" / "sources").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        files += sorted(corpus.glob("0[1-9]*.txt"))
    return files


def _best_of(repeats: int, work: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def bench_ingest(files: list[Path], repeats: int = 3) -> dict[str, float]:
    raw = [(p.name, p.read_bytes()) for p in files]
    gazetteer = Gazetteer.default()
    process_source(read_source(files[0]), gazetteer)  # warm caches (OpenCC, jieba, vocabulary)

    def floor() -> None:
        for name, data in raw:
            normalize(Source.from_bytes(data, name=name))

    def pipeline() -> None:
        for name, data in raw:
            process_source(Source.from_bytes(data, name=name), gazetteer)

    t_floor = _best_of(repeats, floor)
    t_pipeline = _best_of(repeats, pipeline)
    chars = sum(len(data) for _, data in raw)
    return {
        "files": len(raw),
        "bytes": chars,
        "floor_docs_per_s": len(raw) / t_floor,
        "pipeline_docs_per_s": len(raw) / t_pipeline,
        "pipeline_over_floor_speed": t_floor / t_pipeline,
    }


def main() -> int:
    files = _files()
    ingest = bench_ingest(files)
    print(f"ingest of {ingest['files']} files ({ingest['bytes']:,} bytes):")
    print(f"  decode + normalize (floor) {ingest['floor_docs_per_s']:8.1f} docs/s")
    print(f"  whole pipeline             {ingest['pipeline_docs_per_s']:8.1f} docs/s")
    print(f"  pipeline speed / floor speed = {ingest['pipeline_over_floor_speed']:.3f}")
    results = {"python": sys.version.split()[0], "machine": platform.machine(), "ingest": ingest}
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
