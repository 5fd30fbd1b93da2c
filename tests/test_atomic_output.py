"""An interrupted build never leaves a half-written ``triples.ttl``.

``build`` writes through a temporary file in the output's directory and a rename (``store.write_atomic``):
whatever fails or kills it part-way, the output is either the previous file, byte for byte, or the new one,
whole.  Temporary files are cleaned up when Python gets the chance, and a temporary file left by a killed
process does not disturb the next build.
"""

from __future__ import annotations

import importlib
import io
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from policy_graph.cli import main
from policy_graph.store import write_atomic

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "data" / "sources" / "000_26f0a640244b8524.txt"
OLD = b"# the output of an earlier build\n<urn:x:a> <urn:x:b> <urn:x:c> .\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory holding an earlier ``triples.ttl``; the current directory during the test."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "triples.ttl").write_bytes(OLD)
    return tmp_path


def build(capsys: pytest.CaptureFixture[str], out: Path) -> tuple[int, str]:
    code = main(["build", str(FOUNDING), "-o", str(out), "--no-validate", "-q"])
    return code, capsys.readouterr().err


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_rename_fails(workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def refuse(src: Any, dst: Any) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    code, err = build(capsys, workdir / "triples.ttl")
    monkeypatch.undo()
    assert code == 2
    assert err.startswith("policy-graph: error:") and "triples.ttl" in err and "Permission denied" in err
    assert "Traceback" not in err
    assert (workdir / "triples.ttl").read_bytes() == OLD
    assert leftovers(workdir) == []


def test_fsync_fails_after_the_data_is_written(workdir: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    code, err = build(capsys, workdir / "triples.ttl")
    monkeypatch.undo()
    assert code == 2
    assert "No space left on device" in err and "Traceback" not in err
    assert (workdir / "triples.ttl").read_bytes() == OLD
    assert leftovers(workdir) == []


class _Interrupted(io.BufferedWriter):
    """A file that writes the first half of what it is given, then is interrupted (Ctrl-C)."""

    def write(self, data: Any) -> int:
        super().write(bytes(data)[: len(data) // 2])
        self.flush()
        raise KeyboardInterrupt


def test_interrupted_mid_write(workdir: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    written: list[int] = []
    real_fdopen = os.fdopen

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode == "wb":
            written.append(fd)
            return _Interrupted(io.FileIO(fd, "wb"))
        return real_fdopen(fd, mode, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", fdopen)
    code, err = build(capsys, workdir / "triples.ttl")
    monkeypatch.undo()
    assert written, "the build did not write through os.fdopen: this test no longer interrupts it"
    assert code == 130 and "interrupted" in err
    assert (workdir / "triples.ttl").read_bytes() == OLD
    assert leftovers(workdir) == []


def test_serialization_interrupted(workdir: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kwargs: object) -> bytes:
        raise KeyboardInterrupt

    # the build writes Turtle with policy_graph.turtle.serialize_ntriples (imported when the command runs)
    monkeypatch.setattr(importlib.import_module("policy_graph.turtle"), "serialize_ntriples", interrupted)
    code, err = build(capsys, workdir / "triples.ttl")
    assert code == 130 and "interrupted" in err
    assert (workdir / "triples.ttl").read_bytes() == OLD
    assert leftovers(workdir) == []


def test_stale_temp_file_does_not_disturb_the_next_build(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stale = workdir / ".triples.ttl.k1ll3d__.tmp"
    stale.write_bytes(b"@prefix pg: <https://w3id.org/policy-graph/def#> .\n<urn:half")
    code, err = build(capsys, workdir / "triples.ttl")
    assert code == 0, err
    assert Graph().parse(workdir / "triples.ttl", format="turtle")
    assert stale.read_bytes().endswith(b"<urn:half")  # not ours to remove, and not read


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """A temporary file is created 0600; the output must not be (it would be unreadable by a web server)."""
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.ttl", b"# new\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.ttl").stat().st_mode) == 0o644


def test_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "shared.ttl"
    target.write_bytes(OLD)
    target.chmod(0o664)
    write_atomic(target, b"# new\n")
    assert target.read_bytes() == b"# new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def _start(out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "policy_graph.cli", "build", str(FOUNDING), "-o", str(out),
                             "--no-validate", "-q"], cwd=out.parent, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def test_sigkill_never_leaves_half_a_file(tmp_path: Path) -> None:
    """Kill real builds at random moments (and once as soon as the temp file appears): old or whole, never half."""
    out = tmp_path / "triples.ttl"
    rng = random.Random()
    seen: list[tuple[str, bytes]] = []
    for attempt in range(5):
        out.write_bytes(OLD)  # each attempt starts from the old file (a build takes about 0.6 s)
        earlier = set(leftovers(tmp_path))  # left by the attempts killed before
        proc = _start(out)
        if attempt < 4:
            delay = rng.uniform(0.05, 0.8)
            time.sleep(delay)
            when = f"after {delay:.2f}s"
        else:  # aim for the write itself: kill as soon as a temporary file shows up
            deadline = time.monotonic() + 20
            while not set(leftovers(tmp_path)) - earlier and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.0005)
            when = "when the temp file appeared" if set(leftovers(tmp_path)) - earlier else "after the process ended"
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        seen.append((f"attempt {attempt} killed {when} (exit {proc.returncode})", out.read_bytes()))

    final = subprocess.run([sys.executable, "-m", "policy_graph.cli", "build", str(FOUNDING), "-o", str(out),
                            "--no-validate", "-q"], cwd=tmp_path, capture_output=True, timeout=120)
    assert final.returncode == 0, final.stderr.decode()  # temp files of killed runs are no obstacle
    whole = out.read_bytes()
    assert len(Graph().parse(data=whole.decode("utf-8"), format="turtle")) > 1000
    for what, content in seen:
        assert content in (OLD, whole), f"{what}: the output is neither the old file nor a whole new one"
    for name in leftovers(tmp_path):  # only a killed run may leave one, and it is never the output's name
        assert name.startswith(".triples.ttl.")
