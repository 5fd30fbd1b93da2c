"""Past one machine: the per-document function of a build runs on a Dask cluster and gives the same graph.

A local ``dask.distributed`` cluster (worker processes, as on separate machines) runs
:func:`policy_graph.build.process_file` on each source; the results, collected with
:meth:`BuildResult.add`, must equal a local build's, and the N-Quads shards the workers wrote must hold
the same triples.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from policy_graph.build import BuildResult, build_graph, process_file

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for p in (ROOT / "tests" / "dev").glob("*/source.*") if ".utf8." not in p.name)


def test_a_dask_cluster_builds_the_same_graph_as_one_process(tmp_path: Path) -> None:
    assert len(SOURCES) >= 5
    shards = tmp_path / "shards"
    shards.mkdir()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=True) as cluster, distributed.Client(cluster) as client:
        futures = client.map(process_file, SOURCES, shards=shards, pure=False)
        outcomes = client.gather(futures)
        workers = {who for who in client.who_has(futures).values() for who in who}
    clustered = BuildResult()
    for summary, found in outcomes:
        clustered.add(summary, found)

    local = build_graph(SOURCES)
    assert len(workers) == 2, "both worker processes took documents"
    assert clustered.parts == local.parts
    assert [s.name for s in clustered.sources] == [s.name for s in local.sources]
    assert clustered.warnings == local.warnings

    dataset = Dataset()
    for shard in sorted(shards.glob("*.nq")):
        dataset.parse(shard, format="nquads")
    written = {graph.identifier: set(graph) for graph in dataset.graphs() if len(graph)}
    assert written == {name: set(local.part(name)) for name in local.parts}
