"""An endpoint that is not there: one clear line and exit code 2, for reading and for pushing."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_graph.cli import main

from .oxigraph_server import free_port

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("command", ["query", "push"])
def test_unreachable_endpoint(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    argv = (["query", "-g", url, "cq01-documents"] if command == "query"
            else ["push", "-g", str(ROOT / "data" / "triples.ttl"), "--to", url])
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("policy-graph: error:")
    assert "cannot reach" in err[0] and "Traceback" not in err[0]
