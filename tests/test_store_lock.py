"""Two writers on one store: the second fails clearly (exit 2), and the store is left as it was."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from policy_graph.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_a_store_held_by_another_writer_is_refused_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_dir = tmp_path / "store"
    assert main(["build", str(ROOT / "data" / "sources"), "--store", str(store_dir), "-q"]) == 0
    holder = pyoxigraph.Store(str(store_dir))  # another writer (a build, a server) holds the store
    before = len(holder)
    try:
        assert main(["build", str(ROOT / "data" / "sources"), "--store", str(store_dir), "-q"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("policy-graph: error:") and "cannot open the store for writing" in err
        assert "stop it and try again" in err and "Traceback" not in err
        assert len(holder) == before
    finally:
        del holder
    assert main(["query", "-g", str(store_dir), "--format", "csv", "cq03-regions"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 10  # header + the 9 regions, intact
