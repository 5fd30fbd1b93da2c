"""A store is replaced all or nothing: builds killed at any moment leave the old version or the new one.

``build --store`` makes the new version in a copy beside the store and swaps it in with two renames; these
tests kill real builds at random moments, stop one at each step of the swap, and run two writers at once.
"""

from __future__ import annotations

import fcntl
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest

from policy_graph.cli import main
from policy_graph.errors import OutputError
from policy_graph.store import write_store

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "dev"
FIRST = ["01-gansu-social-assistance", "03-santai-county-work-report-2020"]
MORE = ["04-hunan-social-organizations-pinyin", "08-state-council-implementation-opinions"]


def _sources(tmp_path: Path, cases: list[str], name: str) -> Path:
    directory = tmp_path / name
    directory.mkdir()
    for case in cases:
        shutil.copy(DEV / case / "source.txt", directory / f"{case}.txt")
    return directory


def _state(store: Path) -> dict[str, int]:
    """Named graph → number of triples, read the way every command opens a store."""
    held = pyoxigraph.Store.read_only(str(store))
    try:
        return {g.value: sum(1 for _ in held.quads_for_pattern(None, None, None, g))
                for g in held.named_graphs()}
    finally:
        del held


def _distinct(store: Path) -> int:
    """The number of distinct triples in the named graphs of the store at ``store``."""
    held = pyoxigraph.Store.read_only(str(store))
    try:
        return len({(q.subject, q.predicate, q.object) for g in held.named_graphs()
                    for q in held.quads_for_pattern(None, None, None, g)})
    finally:
        del held


def _build(sources: list[Path], store: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "policy_graph.cli", "build", *map(str, sources),
                             "--store", str(store), "--no-validate", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_builds_killed_at_random_moments_leave_the_old_or_the_new_store(tmp_path: Path) -> None:
    first, more = _sources(tmp_path, FIRST, "first"), _sources(tmp_path, MORE, "more")
    store = tmp_path / "store"
    assert main(["build", str(first), "--store", str(store), "--no-validate", "-q"]) == 0
    old = _state(store)
    started = time.monotonic()
    proc = _build([first, more], store)
    assert proc.wait(timeout=120) == 0
    duration = time.monotonic() - started
    new = _state(store)
    assert set(old) < set(new)

    rng = random.Random()
    outcomes = []
    for attempt in range(8):
        shutil.rmtree(store)
        assert main(["build", str(first), "--store", str(store), "--no-validate", "-q"]) == 0
        proc = _build([first, more], store)
        delay = rng.uniform(0.3 * duration, 1.05 * duration)  # the end of the run is where the store is written
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        state = _state(store if store.exists() else store.parent / ".store.old")
        assert state in (old, new), f"attempt {attempt}, killed after {delay:.2f} s: a mixture of versions"
        outcomes.append("new" if state == new else "old")
        # and the next build goes through whatever the killed one left
    assert main(["build", str(first), str(more), "--store", str(store), "--no-validate", "-q"]) == 0
    assert _state(store) == new
    assert not list(tmp_path.glob(".store.new-*")) and not (tmp_path / ".store.old").exists()
    print(f"killed builds left: {outcomes}")


def test_a_build_stopped_between_the_two_renames(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The store renamed aside and the new version not yet in place: readers read the old version, and
    the next build puts it back before writing."""
    first = _sources(tmp_path, FIRST, "first")
    store = tmp_path / "store"
    assert main(["build", str(first), "--store", str(store), "--no-validate", "-q"]) == 0
    old = _state(store)
    os.replace(store, tmp_path / ".store.old")  # what a writer killed between the renames leaves
    (tmp_path / ".store.new-999").mkdir()       # with its unfinished copy
    assert main(["query", "-g", str(store), "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"]) == 0
    assert int(capsys.readouterr().out.split()[1]) == _distinct(tmp_path / ".store.old")
    more = _sources(tmp_path, MORE, "more")
    assert main(["build", str(more), "--store", str(store), "--no-validate", "-q"]) == 0
    state = _state(store)
    assert all(state[name] == count for name, count in old.items())
    assert len(state) == len(old) + len(MORE)
    assert not (tmp_path / ".store.old").exists() and not (tmp_path / ".store.new-999").exists()


def test_a_failure_while_filling_the_copy_leaves_the_store_untouched(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    first = _sources(tmp_path, FIRST, "first")
    store = tmp_path / "store"
    assert main(["build", str(first), "--store", str(store), "--no-validate", "-q"]) == 0
    old = _state(store)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pyoxigraph.Store, "bulk_load", broken)
    with pytest.raises(OSError):
        write_store(store, {})
    monkeypatch.undo()
    assert _state(store) == old
    assert not list(tmp_path.glob(".store.new-*"))


def test_a_second_writer_is_refused_while_the_first_writes(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with open(tmp_path / ".store.lock", "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # a first writer is at work
        with pytest.raises(OutputError, match="another process is writing this store"):
            write_store(store, {})
    assert not store.exists()


COUNTS = ("SELECT ?type (COUNT(*) AS ?n) WHERE { ?x a ?type } GROUP BY ?type ORDER BY ?type",
          "SELECT (COUNT(*) AS ?n) WHERE { ?obs <https://w3id.org/policy-graph/def#refArea> ?r . "
          "?r <http://www.w3.org/2000/01/rdf-schema#label> ?label }")


@pytest.mark.parametrize("query", COUNTS, ids=["group-by", "join"])
def test_a_store_of_several_sources_counts_each_triple_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            query: str) -> None:
    """Sources share triples (the regions they name, with their labels): a query on the store counts each
    once, as on the same graph in one file (Oxigraph's union of named graphs would count it per graph)."""
    sources = _sources(tmp_path, FIRST + MORE, "sources")
    store, file = tmp_path / "store", tmp_path / "all.ttl"
    assert main(["build", str(sources), "--store", str(store), "-o", str(file), "--no-validate", "-q"]) == 0
    capsys.readouterr()
    answers = []
    for graph in (store, file):
        assert main(["query", "-g", str(graph), "--format", "csv", query]) == 0
        answers.append(capsys.readouterr().out)
    assert answers[0] == answers[1]
    assert len(answers[0].splitlines()) >= 2


@pytest.mark.parametrize("query", COUNTS, ids=["group-by", "join"])
def test_a_trig_file_of_several_sources_counts_each_triple_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                query: str) -> None:
    """The same for a TriG file with one graph per source (as `build -o x.trig` writes), read into memory; its
    export keeps the graphs as they were."""
    sources = _sources(tmp_path, FIRST + MORE, "sources")
    trig, file = tmp_path / "all.trig", tmp_path / "all.ttl"
    assert main(["build", str(sources), "-o", str(trig), "--no-validate", "-q"]) == 0
    assert main(["build", str(sources), "-o", str(file), "--no-validate", "-q"]) == 0
    capsys.readouterr()
    answers = []
    for graph in (trig, file):
        assert main(["query", "-g", str(graph), "--format", "csv", query]) == 0
        answers.append(capsys.readouterr().out)
    assert answers[0] == answers[1]
    again = tmp_path / "again.trig"
    assert main(["export", "-g", str(trig), "--format", "trig", "-o", str(again)]) == 0
    before, after = pyoxigraph.Store(), pyoxigraph.Store()
    before.bulk_load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
    after.bulk_load(path=str(again), format=pyoxigraph.RdfFormat.TRIG)
    sources_only = {g for g in before.named_graphs()}
    assert {g for g in after.named_graphs()} >= sources_only
    assert not list(after.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))


def _graph_triples(store: pyoxigraph.Store, graph: pyoxigraph.NamedNode | pyoxigraph.DefaultGraph) -> set[str]:
    return {str(pyoxigraph.Triple(q.subject, q.predicate, q.object))
            for q in store.quads_for_pattern(None, None, None, graph)}


def test_the_default_graph_is_the_merge_after_every_kind_of_write(tmp_path: Path) -> None:
    """A new store gets the merge from the sources it is given; a store that already holds other graphs gets it
    from all of its graphs; a graph written again leaves no stale triple in the merge."""
    from rdflib import Literal, URIRef

    def triples(*names: str) -> list[tuple[URIRef, URIRef, Literal]]:
        return [(URIRef(f"urn:x:{n}"), URIRef("urn:x:p"), Literal(n)) for n in names]

    store_dir = tmp_path / "store"
    a, b, c = URIRef("urn:g:a"), URIRef("urn:g:b"), URIRef("urn:g:c")
    write_store(store_dir, {a: triples("shared", "only-a"), b: triples("shared", "only-b")}, ontology=False)
    write_store(store_dir, {c: triples("only-c")}, ontology=False)  # kept beside a and b
    write_store(store_dir, {a: triples("new-a")}, ontology=False)  # a replaced: "only-a" goes
    store = pyoxigraph.Store.read_only(str(store_dir))
    named = set().union(*(_graph_triples(store, pyoxigraph.NamedNode(str(g))) for g in (a, b, c)))
    merged = _graph_triples(store, pyoxigraph.DefaultGraph())
    assert merged == named
    assert {t.split(" ")[0] for t in merged} == {f"<urn:x:{n}>" for n in ("shared", "only-b", "only-c", "new-a")}


def test_a_half_deleted_old_version_is_never_put_back(tmp_path: Path) -> None:
    """A writer killed while deleting the old version leaves it under a trash name (removed by the next writer),
    never a half-deleted ``.store.old``; and one found (left by an older version of the tool) is not put back
    as the store, which would not open."""
    first = _sources(tmp_path, FIRST, "first")
    store = tmp_path / "store"
    assert main(["build", str(first), "--store", str(store), "--no-validate", "-q"]) == 0
    old = _state(store)
    for name in (".store.old.trash-999", ".store.old"):
        half = tmp_path / name
        shutil.copytree(store, half)
        for sst in half.glob("*.sst"):
            sst.unlink()  # a deletion stopped midway
        shutil.rmtree(store)  # and the store itself removed by hand
        assert main(["build", str(first), "--store", str(store), "--no-validate", "-q"]) == 0
        assert _state(store) == old and not half.exists()
