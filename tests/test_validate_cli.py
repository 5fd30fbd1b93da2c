"""`policy-graph validate`: exit 0 on a conforming graph, 1 with readable violations on one that is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_graph.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "tests" / "shapes"


def test_committed_graph_conforms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "-g", str(ROOT / "data" / "triples.ttl")]) == 0
    assert "conforms" in capsys.readouterr().out


def test_non_conforming_graph_exits_1_and_names_the_problem(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    graph = tmp_path / "bad.ttl"
    graph.write_text((SHAPES / "common.ttl").read_text(encoding="utf-8") + "\n" +
                     (SHAPES / "invalid" / "observation-without-unit.ttl").read_text(encoding="utf-8"),
                     encoding="utf-8")
    assert main(["validate", "-g", str(graph)]) == 1
    out = capsys.readouterr()
    lines = out.out.strip().splitlines()
    assert lines, "each violation is printed"
    assert any("pg:unit" in line and "Violation" in line for line in lines)
    assert "violation(s)" in out.err
