"""The same input gives the same bytes: across processes and hash seeds, and compared with the committed graph.

The builds and exports run in real processes with different ``PYTHONHASHSEED`` values, since set and dict
order (and so rdflib's triple order) changes from one process to the next, not within one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "data" / "triples.ttl"
SEEDS = ("0", "12345")
EXPORT_FORMATS = ("turtle", "ntriples", "jsonld", "csv", "xml", "trig", "nquads")
STALE = "data/triples.ttl is stale: run `make run` and commit it"


def _env(seed: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSTARTUP")}
    env["PYTHONHASHSEED"] = seed
    return env


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "policy_graph.cli", *args]


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """``policy-graph build data/sources -o …`` run from the repository root, once per hash seed (in parallel)."""
    out = tmp_path_factory.mktemp("builds")
    procs = {seed: subprocess.Popen(_cli("build", "data/sources", "-o", str(out / f"{seed}.ttl"), "-q"),
                                    cwd=ROOT, env=_env(seed), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for seed in SEEDS}
    for seed, proc in procs.items():
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"build with PYTHONHASHSEED={seed} failed:\n{err.decode()}"
    return {seed: (out / f"{seed}.ttl").read_bytes() for seed in SEEDS}


def test_build_is_byte_identical_across_hash_seeds(builds: dict[str, bytes]) -> None:
    first, second = (builds[seed] for seed in SEEDS)
    assert len(first) > 10_000
    assert first == second, "two builds of data/sources/ differ: the Turtle output is not deterministic"


def test_committed_graph_is_not_stale(builds: dict[str, bytes]) -> None:
    assert builds[SEEDS[0]] == COMMITTED.read_bytes(), STALE


def _readable_diff(built: Graph, committed: Graph, limit: int = 20) -> str:
    _, only_built, only_committed = graph_diff(to_isomorphic(built), to_isomorphic(committed))
    lines = []
    for label, part in (("only in the new build", only_built), ("only in data/triples.ttl", only_committed)):
        triples = sorted(part)
        lines.append(f"{label}: {len(triples)} triple(s)")
        lines.extend(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples[:limit])
        if len(triples) > limit:
            lines.append(f"  ... and {len(triples) - limit} more")
    return "\n".join(lines)


def test_built_and_committed_graphs_are_isomorphic(builds: dict[str, bytes]) -> None:
    built = Graph().parse(data=builds[SEEDS[0]].decode("utf-8"), format="turtle")
    committed = Graph().parse(COMMITTED, format="turtle")
    assert len(built) > 1000
    assert isomorphic(built, committed), f"{STALE}\n{_readable_diff(built, committed)}"


def test_readable_diff_names_the_differing_triples() -> None:
    """The failure message above is worth reading: it lists what differs, at most ``limit`` triples a side."""
    committed = Graph().parse(COMMITTED, format="turtle")
    changed = Graph()
    for triple in committed:
        changed.add(triple)
    removed = sorted(changed)[:25]
    for triple in removed:
        changed.remove(triple)
    text = _readable_diff(changed, committed, limit=20)
    assert "only in the new build: 0 triple(s)" in text
    assert "only in data/triples.ttl: 25 triple(s)" in text
    assert "... and 5 more" in text
    assert removed[0][0].n3() in text


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """Each export format of the committed graph, written by one process per hash seed."""
    out = tmp_path_factory.mktemp("exports")
    script = ("import sys\nfrom policy_graph.cli import main\n"
              "graph, out = sys.argv[1], sys.argv[2]\n"
              f"for fmt in {EXPORT_FORMATS!r}:\n"
              "    code = main(['export', '-g', graph, '--format', fmt, '-o', f'{out}.{fmt}'])\n"
              "    if code:\n        sys.exit(code)\n")
    procs = {seed: subprocess.Popen([sys.executable, "-c", script, str(COMMITTED), str(out / seed)], cwd=out,
                                    env=_env(seed), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for seed in SEEDS}
    for seed, proc in procs.items():
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"export with PYTHONHASHSEED={seed} failed:\n{err.decode()}"
    return {fmt: {seed: (out / f"{seed}.{fmt}").read_bytes() for seed in SEEDS} for fmt in EXPORT_FORMATS}


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_is_byte_identical_across_runs(fmt: str, exports: dict[str, dict[str, bytes]]) -> None:
    first, second = (exports[fmt][seed] for seed in SEEDS)
    assert len(first) > 1000
    assert first == second, f"`policy-graph export --format {fmt}` gives different bytes in two runs"


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # rdflib's JSON-LD parser
@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_rdf_exports_hold_the_committed_graph(fmt: str, exports: dict[str, dict[str, bytes]]) -> None:
    parser = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}[fmt]
    exported = Graph().parse(data=exports[fmt][SEEDS[0]].decode("utf-8"), format=parser)
    assert isomorphic(exported, Graph().parse(COMMITTED, format="turtle"))
