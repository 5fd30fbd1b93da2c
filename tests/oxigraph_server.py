"""A real Oxigraph server on 127.0.0.1 for the tests (the `oxigraph` package's CLI; skipped if absent), and
helpers to watch a server's processes."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_server(directory: Path, *, union: bool = True) -> Iterator[str]:
    """Start `oxigraph serve` on a free local port; yield its query URL; stop it afterwards."""
    port = free_port()
    with oxigraph_process(directory, port, union=union):
        yield f"http://127.0.0.1:{port}/query"


@contextlib.contextmanager
def oxigraph_process(directory: Path, port: int, *, union: bool = True) -> Iterator[subprocess.Popen[bytes]]:
    """Start `oxigraph serve` on ``port`` and wait until it answers; yield the process (a test may kill it);
    stop it afterwards if it still runs."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    command = [binary, "serve", "--location", str(directory), "--bind", f"127.0.0.1:{port}"]
    if union:
        command.append("--union-default-graph")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1):
                    break
            except OSError as exc:
                if process.poll() is not None or time.monotonic() > deadline:
                    err = process.stderr.read().decode() if process.stderr else ""
                    raise RuntimeError(f"oxigraph did not start on port {port}: {err}") from exc
                time.sleep(0.05)
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def children(pid: int) -> list[int]:
    """The child processes of ``pid`` (from /proc)."""
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    """Whether process ``pid`` runs (exists and is not a zombie; from /proc)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False
