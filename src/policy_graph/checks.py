"""Checks a command makes before any work: outputs it can write, and graph files it can read.

Every check raises the project's own errors (what, where, how to fix), so the command fails before it
spends minutes on a build whose result it could not write; :func:`explain_graph_error` turns a parser's
complaint about a graph file into a plain one (binary data, the first byte that is not UTF-8, the line and
column of a syntax error).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .errors import GraphLoadError, OutputError, PolicyGraphError

__all__ = ["check_graph_file", "check_output", "check_output_dir", "explain_graph_error", "file_position",
           "first_bad_utf8"]


def check_output(path: Path | None, example: str = "out.ttl") -> None:
    """Refuse an output file that cannot be written, before any work is done (the write itself is atomic)."""
    if path is None:
        return
    if path.is_dir():
        raise OutputError("is a directory, not a file", path=str(path),
                          hint=f"give the path of a file, e.g. {path / example}")
    parent = path.parent
    if parent.is_dir():
        if not os.access(parent, os.W_OK | os.X_OK):
            raise OutputError(f"cannot write into the directory '{parent}' (permission denied)", path=str(path),
                              hint="choose a directory you can write to, or change its permissions")
        return
    blocker = next((p for p in path.parents if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        raise OutputError(f"'{blocker}' is a file, not a directory", path=str(path),
                          hint="choose another path for the output")
    raise OutputError(f"the output directory does not exist: '{parent}'", path=str(path),
                      hint="create the directory, or write into one that exists")


def check_output_dir(path: Path | None, what: str, *, must_exist: bool = False) -> None:
    """Refuse an output directory (--store, --shards) that is a file or missing, before any work is done."""
    if path is None:
        return
    if path.exists() and not path.is_dir():
        raise OutputError(f"is a file, not a directory (the {what})", path=str(path), hint="give a directory")
    if must_exist and not path.exists():
        raise OutputError(f"the {what} directory does not exist", path=str(path), hint="create it first")
    if not path.exists():
        check_output(path, path.name)  # its parent must be there and writable


_OX_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "nquads": "N_QUADS", "n3": "N3"}
_UTF8_FORMATS = {*_OX_FORMATS, "json-ld"}  # RDF/XML may declare another encoding


def _graph_file(location: str | Path | None) -> Path | None:
    """The local RDF file ``-g`` names (None for a store directory, an endpoint, or nothing there)."""
    from .store import DEFAULT_GRAPH, is_remote

    target = Path(location) if location is not None else DEFAULT_GRAPH
    if is_remote(location) or not target.is_file():
        return None
    return target


def check_graph_file(location: str | Path | None) -> None:
    """Refuse an empty graph file before loading it (an empty Turtle file parses, into nothing)."""
    path = _graph_file(location)
    if path is None:
        return
    with contextlib.suppress(OSError):
        if path.stat().st_size <= 65536 and not path.read_bytes().strip():
            raise GraphLoadError("the graph file is empty", path=str(path),
                                 hint="rebuild it with `policy-graph build`, or give -g another file")


def first_bad_utf8(path: Path) -> int | None:
    """The offset of the first byte of the file at ``path`` that is not UTF-8 (read in chunks), or None."""
    done, pending = 0, b""
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(1 << 20)
            data = pending + chunk
            if not data:
                return None
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                if chunk and exc.end == len(data):  # a character cut by the chunk: decode it with the next one
                    done, pending = done + exc.start, data[exc.start:]
                    continue
                return done + exc.start
            done, pending = done + len(data), b""


def file_position(path: Path, offset: int) -> str:
    """``line L, column C (byte N)`` of byte ``offset`` of the file at ``path`` (read in chunks)."""
    lines, tail, done = 0, b"", 0
    with path.open("rb") as handle:
        while done < offset and (chunk := handle.read(min(1 << 20, offset - done))):
            done += len(chunk)
            lines += chunk.count(b"\n")
            newline = chunk.rfind(b"\n")
            tail = chunk[newline + 1:] if newline >= 0 else tail + chunk
    return f"line {lines + 1}, column {len(tail.decode('utf-8', errors='replace')) + 1} (byte {offset})"


def explain_graph_error(location: str | Path | None, exc: GraphLoadError) -> GraphLoadError:
    """A clearer message for a graph file that does not parse: binary data, the byte that is not UTF-8, or the
    line and column of a syntax error (asked of Oxigraph's parser when the engine's message has no column)."""
    from .store import fmt_for

    path = _graph_file(location)
    if path is None:
        return exc
    try:
        fmt = fmt_for(path)
        with path.open("rb") as handle:
            head = handle.read(4096)
        bad = first_bad_utf8(path) if fmt in _UTF8_FORMATS else None
    except (OSError, PolicyGraphError):
        return exc
    if b"\x00" in head:
        return GraphLoadError("binary data, not an RDF file (NUL bytes near the start)", path=str(path),
                              hint="give an RDF file: .ttl, .nt, .trig, .nq or .jsonld, as `policy-graph build` "
                                   "writes")
    if bad is not None:
        return GraphLoadError(f"not valid UTF-8, which {fmt} must be", path=str(path), where=file_position(path, bad),
                              hint="convert the file to UTF-8, e.g. with `iconv -f GB18030 -t UTF-8`, or rebuild it "
                                   "with `policy-graph build`")
    if "column" in exc.message or fmt not in _OX_FORMATS:
        return exc
    import pyoxigraph

    try:
        for _quad in pyoxigraph.parse(path=str(path), format=getattr(pyoxigraph.RdfFormat, _OX_FORMATS[fmt])):
            pass
    except SyntaxError as found:
        return GraphLoadError(f"not valid {fmt}: {found.msg}", path=str(path),
                              hint="fix the file or rebuild it with `policy-graph build`")
    except Exception:  # the other parser found no fault, or failed otherwise: keep the engine's message
        return exc
    return exc
