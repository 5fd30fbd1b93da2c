"""Benchmarks, reported as ratios measured side by side in one process (never as absolute targets).

Ingest: the whole pipeline (read → normalize → segment → extract → resolve → N-Triples, as a build runs it)
against its floor, decode + normalize alone, on the same files: real texts, dense with statistics.  Both are
timed once, after a warm-up on generated documents (one-time imports and loads are in neither), and not
repeated: a second pass over the same texts would find their phrases in the extractor's caches.  Prints a table
and writes ``benchmarks/results.json``.

    make bench            # the founding article, and ../shared/corpus when it is there
"""

from __future__ import annotations

import json
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from policy_graph.build import fewer_collections, source_document
from policy_graph.normalize import normalize
from policy_graph.read import Source, read_source

ROOT = Path(__file__).resolve().parents[1]


def _files() -> list[Path]:
    files = sorted((ROOT / "data" / "sources").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        files += sorted(corpus.glob("0[1-9]*.txt"))
    return files


def _warm_up() -> None:
    """Run the floor and the pipeline on a few generated documents (another text than any measured)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import generate

    with tempfile.TemporaryDirectory(prefix="pg-warm-") as tmp:
        generate(Path(tmp), 40, 1)
        for path in sorted(Path(tmp).glob("*/source.*")):
            source = read_source(path)
            normalize(source)
            source_document(source)


def _timed(work: Callable[[], None]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def bench_ingest(files: list[Path]) -> dict[str, float]:
    raw = [(p.name, p.read_bytes()) for p in files]
    _warm_up()

    def floor() -> None:
        for name, data in raw:
            normalize(Source.from_bytes(data, name=name))

    def pipeline() -> None:
        for name, data in raw:
            source_document(Source.from_bytes(data, name=name))

    with fewer_collections():
        t_floor = _timed(floor)
        t_pipeline = _timed(pipeline)
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
    print(f"  pipeline speed / floor speed = {ingest['pipeline_over_floor_speed']:.3f} (CPU time, one pass each)")
    results = {"python": sys.version.split()[0], "machine": platform.machine(), "ingest": ingest}
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
