"""Where graphs live: loading a graph named by ``-g``, and writing files so that none is ever half-written.

>>> fmt_for(Path("x.ttl")), fmt_for(Path("x.jsonld"))
('turtle', 'json-ld')
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .errors import GraphLoadError, OutputError, UsageError
from .mapping import new_graph
from .resources import ontology_path

__all__ = ["DEFAULT_GRAPH", "fmt_for", "load_graph", "load_ontology", "write_atomic"]

DEFAULT_GRAPH = Path("data/triples.ttl")

_SUFFIX_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".n3": "n3",
                   ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig", ".nq": "nquads",
                   ".nquads": "nquads", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}


def fmt_for(path: Path) -> str:
    """The rdflib parser name for a file, by its suffix."""
    try:
        return _SUFFIX_FORMATS[path.suffix.lower()]
    except KeyError:
        raise UsageError(f"unknown graph file type '{path.suffix or path.name}'",
                         known=sorted(_SUFFIX_FORMATS)) from None


def _parse_into(graph: Graph, path: Path) -> None:
    fmt = fmt_for(path)
    try:
        if fmt in ("trig", "nquads"):
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            for triple in dataset.triples((None, None, None)):
                graph.add(triple)
            for context in dataset.contexts():
                for triple in context:
                    graph.add(triple)
        elif fmt == "json-ld":
            # Remote @context documents are never fetched: only inline contexts are read.
            text = path.read_text(encoding="utf-8")
            if re.search(r'"@context"\s*:\s*"(?:https?|file):', text):
                raise GraphLoadError("refusing a remote JSON-LD @context", path=str(path),
                                     hint="inline the context in the file")
            graph.parse(data=text, format="json-ld")
        else:
            graph.parse(path, format=fmt)
    except GraphLoadError:
        raise
    except (UnicodeDecodeError, ValueError, SyntaxError, Exception) as exc:  # rdflib raises many kinds
        raise GraphLoadError(f"not valid {fmt}: {_first_line(exc)}", path=str(path),
                             hint="fix the file or rebuild it with `policy-graph build`") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # rdflib's Turtle errors read: at line N of <>: Bad syntax (...) at ^ in: "..."
    return " ".join(lines[:2])[:300]


def load_ontology(graph: Graph | None = None) -> Graph:
    """The packaged ontology (optionally added into ``graph``)."""
    graph = graph if graph is not None else new_graph()
    graph.parse(ontology_path(), format="turtle")
    return graph


def load_graph(location: str | Path | None = None, *, with_ontology: bool = True) -> Graph:
    """Load the graph named by ``-g``: an RDF file (by suffix); the ontology is loaded alongside."""
    target = str(location) if location is not None else str(DEFAULT_GRAPH)
    if re.match(r"^[a-z][a-z0-9+.-]*://", target):
        raise UsageError(f"remote graph '{target}' is not supported by this version",
                         hint="export the endpoint's data to a file and give its path")
    path = Path(target)
    if path.is_dir():
        raise GraphLoadError("is a directory; give an RDF file such as data/triples.ttl", path=str(path))
    if not path.is_file():
        raise GraphLoadError("no such graph file", path=str(path),
                             hint="run `policy-graph build` first, or give -g PATH")
    graph = new_graph()
    _parse_into(graph, path)
    if with_ontology:
        load_ontology(graph)
    return graph


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: the old file stays until the new is whole."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError("the output directory does not exist", path=str(path),
                          hint="create the directory or choose another path")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror}", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), _mode_for(path))  # mkstemp makes the file 0600
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"cannot write: {exc.strerror}", path=str(path)) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions ``path`` keeps if it exists, or those ``open()`` would give a new file (0666 less the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
