"""`policy-graph analyze`, `path` and `related` on the founding article's graph, in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from policy_graph.cli import main
from policy_graph.namespaces import PG, RDF, graph_iri

ROOT = Path(__file__).resolve().parents[1]
GRAPH = str(ROOT / "data" / "triples.ttl")


def test_analyze_prints_rankings_communities_and_checks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "-g", GRAPH, "--kind", "Program", "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "most central Program" in out and "最低生活保障" in out
    assert "communities:" in out and "purity" in out
    assert "16032 = 8148 + 7735 + 149" in out


def test_analyze_writes_the_computed_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "computed.trig"
    assert main(["analyze", "-g", GRAPH, "-o", str(out)]) == 0
    dataset = Dataset()
    dataset.parse(out, format="trig")
    computed = dataset.graph(graph_iri("computed"))
    assert len(computed) > 100
    assert any(computed.subjects(RDF.type, PG.Community))
    assert any(computed.subjects(RDF.type, PG.Relatedness))


def test_path_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["path", "-g", GRAPH, "包头市", "养老服务", "--lang", "both"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("包头市") and "城市养老服务模式" in out[0] and out[0].endswith("养老服务")
    assert "elderly care" in out[1]


def test_related_lists_scores_and_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["related", "-g", GRAPH, "公建民营", "--top", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert all("shared:" in line for line in lines)
    assert "养老服务模式" in lines[0]


def test_unknown_entity_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["related", "-g", GRAPH, "没有这个东西"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("policy-graph: error:") and "Traceback" not in err


def test_analyze_writes_into_a_store_and_the_saved_queries_use_it(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    assert main(["build", str(ROOT / "data" / "sources"), "--store", str(store), "-q"]) == 0
    assert main(["analyze", "-g", str(store), "--store", str(store)]) == 0
    capsys.readouterr()
    assert main(["query", "-g", str(store), "--format", "csv", "rel-central-programs"]) == 0
    rows = capsys.readouterr().out.strip().splitlines()
    assert len(rows) == 6 and rows[1].startswith("最低生活保障")
