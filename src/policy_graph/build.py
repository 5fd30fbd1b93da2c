"""The whole pipeline for a set of source files: read → normalize → segment → extract → resolve → RDF.

>>> from pathlib import Path
>>> result = build_graph([Path("data/sources/000_26f0a640244b8524.txt")])  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from . import ntriples
from .errors import OutputError, PolicyGraphError, SourceError
from .extract.article import extract_facts
from .gazetteer import Gazetteer
from .mapping import Triple, graph_of, to_ntriples, triples_of
from .namespaces import PG, RDF, bind_prefixes, graph_iri
from .normalize import normalize
from .ntriples import Reader, with_graph
from .read import Source, read_source
from .resolve import Resolved, resolve
from .segment import segment_text
from .store import write_atomic
from .vocabulary import load_vocabulary

__all__ = ["BuildResult", "SourceSummary", "build_graph", "dataset_of", "find_sources", "process_file",
           "process_source", "source_document"]

SOURCE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass(frozen=True)
class SourceSummary:
    """What one source gave: the line of the build's summary table."""

    name: str
    key: str
    encoding: str
    observations: int
    documents: int
    regions: int
    warnings: tuple[str, ...]


@dataclass
class BuildResult:
    """What a build made: each source's triples by graph name; rdflib graphs only when asked for.

    Each source's triples are one N-Triples document (:func:`policy_graph.ntriples.document`: sorted lines,
    UTF-8): compact, cheap to collect from worker processes or machines, and what the Turtle writer and the
    store's bulk loader take as they are.  ``triples``, ``graph`` and ``graphs`` make rdflib terms of them
    (for validation, queries and the exports that need a graph).
    """

    parts: dict[URIRef, bytes] = field(default_factory=dict)  # each source's facts (N-Triples), by graph name
    sources: list[SourceSummary] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)                # files skipped with --keep-going: the reasons

    def add(self, summary: SourceSummary, found: bytes) -> None:
        """Take in what :func:`process_file` returned for one source (from any process or machine)."""
        if not isinstance(found, bytes):
            raise TypeError(f"BuildResult.add takes the source's triples as process_file returns them, an N-Triples "
                            f"document (bytes), not {type(found).__name__} (ntriples.document makes one of triples)")
        self.parts[graph_iri(f"source/{summary.key}")] = found
        self.sources.append(summary)
        self.warnings.extend(f"{summary.name}: {w}" for w in summary.warnings)

    @functools.cached_property
    def _reader(self) -> Reader:
        return Reader()

    def part(self, name: URIRef) -> frozenset[Triple]:
        """One source's triples, as rdflib terms."""
        return frozenset(self._reader.triples(self.parts[name]))

    def triples(self) -> set[Triple]:
        """Every source's facts together, as rdflib terms."""
        union: set[Triple] = set()
        for data in self.parts.values():
            union.update(self._reader.triples(data))
        return union

    def lines(self) -> set[bytes]:
        """Every source's facts together, as N-Triples lines (without their `` .\\n``)."""
        union: set[bytes] = set()
        for data in self.parts.values():
            union.update(ntriples.lines(data))
        return union

    @functools.cached_property
    def graph(self) -> Graph:
        return graph_of(self.triples())

    @functools.cached_property
    def graphs(self) -> dict[URIRef, Graph]:
        return {name: graph_of(self.part(name)) for name in sorted(self.parts)}

    def counts(self, lines: set[bytes] | None = None) -> dict[str, int]:
        """Resources per core class, for the summary a build prints (``lines``: :meth:`lines`, if at hand)."""
        classes = ("SourceText", "PolicyDocument", "Organization", "Region", "Program", "Indicator",
                   "Observation", "TextSpan", "ConsistencyCheck")
        typed: dict[bytes, set[bytes]] = {f"<{PG[name]}>".encode(): set() for name in classes}
        for found in self.lines() if lines is None else lines:
            s, p, o = found.split(b" ", 2)
            if p == _RDF_TYPE and o in typed:
                typed[o].add(s)
        return {name: len(typed[f"<{PG[name]}>".encode()]) for name in classes}


_RDF_TYPE = f"<{RDF.type}>".encode()


def find_sources(paths: Iterable[Path]) -> list[Path]:
    """Expand directories into the source files they hold (sorted); keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES))
        elif not path.exists():
            raise SourceError("no such file or directory", path=str(path), hint="check the path")
        else:
            found.append(path)
    return found


def process_source(source: Source, gazetteer: Gazetteer | None = None) -> tuple[Resolved, frozenset[Triple]]:
    """Run one decoded source through the pipeline; return its resolved facts and its triples as rdflib terms.

    (:func:`policy_graph.mapping.graph_of` makes an rdflib graph of the triples.)
    """
    resolved, data = source_document(source, gazetteer)
    return resolved, triples_of(data)


def source_document(source: Source, gazetteer: Gazetteer | None = None) -> tuple[Resolved, bytes]:
    """Run one decoded source through the pipeline; return its resolved facts and its triples as an N-Triples
    document (:func:`policy_graph.mapping.to_ntriples`)."""
    gazetteer = gazetteer or Gazetteer.default()
    normalized = normalize(source)
    segmented = segment_text(normalized.text)
    facts = extract_facts(normalized.text, segmented, gazetteer=gazetteer, vocabulary=load_vocabulary(),
                          metadata=source.metadata)
    resolved = resolve(facts)
    return resolved, to_ntriples(resolved, source, normalized, gazetteer)


def process_file(path: Path, shards: Path | None = None, *,
                 max_bytes: int | None = None) -> tuple[SourceSummary, bytes]:
    """One file through the whole pipeline: the unit of work of every build, wherever it runs.

    Returns the file's summary and its triples as an N-Triples document
    (:func:`policy_graph.ntriples.document`).  ``build --jobs N`` runs it in a process pool; on a cluster,
    any executor that can call a Python function on a path it can read runs it the same way (see the
    README's Dask recipe).  With ``shards``, the file's triples are also written there as ``<key>.nq`` (its
    named graph), for a triplestore's bulk loader.  Collect the results with :meth:`BuildResult.add`.  A
    file over ``max_bytes`` is refused (see :func:`policy_graph.read.read_source`).
    """
    source = read_source(path, max_bytes=max_bytes)
    resolved, data = source_document(source)
    facts = resolved.facts
    summary = SourceSummary(source.name, source.key, source.encoding, len(facts.observations),
                            len(facts.documents), len(facts.regions), tuple(facts.warnings))
    if shards is not None:
        write_atomic(shards / f"{source.key}.nq", with_graph(data, graph_iri(f"source/{source.key}")))
    return summary, data


def _process_files(paths: list[Path], shards: Path | None,
                   max_bytes: int | None) -> list[tuple[SourceSummary, bytes] | PolicyGraphError]:
    """:func:`process_file` on each path, in a worker process: the files that cannot be read give their error
    (any other exception stops the build, as it would in one process)."""
    out: list[tuple[SourceSummary, bytes] | PolicyGraphError] = []
    for path in paths:
        try:
            out.append(process_file(path, shards, max_bytes=max_bytes))
        except PolicyGraphError as exc:
            out.append(exc)
    return out


@contextlib.contextmanager
def fewer_collections(threshold: int = 50_000) -> Iterator[None]:
    """Run the block with Python's cyclic garbage collector started less often.

    A build keeps every source's triples (millions of tuples and terms) while it makes more; with the default
    thresholds the collector walks all of them again and again: 30% of a 1,000-document build, 9% of its
    validation.  Cycles are still collected, only less often; the thresholds are restored afterwards.
    """
    saved = gc.get_threshold()
    gc.set_threshold(max(threshold, saved[0]), *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


Progress = Callable[[int, int, str], None]  # (done, total, file name)


def build_graph(paths: Iterable[Path], *, jobs: int = 1, shards: Path | None = None,
                progress: Progress | None = None, keep_going: bool = False,
                max_bytes: int | None = None) -> BuildResult:
    """Build one graph from the source files (or directories of them) at ``paths``.

    ``jobs`` > 1 runs the sources in that many processes; ``shards`` also writes one N-Quads file per
    source there (any triplestore's bulk loader takes them); ``keep_going`` skips files that cannot be
    read (listing why in ``failed``) instead of stopping at the first; ``max_bytes`` is the largest source
    file read (default: :func:`policy_graph.read.max_source_bytes`).
    """
    files = find_sources(paths)
    if not files:
        raise SourceError("no source files found", hint=f"give text or HTML files ({', '.join(SOURCE_SUFFIXES)})")
    if shards is not None and not shards.is_dir():
        raise OutputError("the shards directory does not exist", path=str(shards), hint="create it first")
    with fewer_collections():
        return _build(files, jobs=jobs, shards=shards, progress=progress, keep_going=keep_going, max_bytes=max_bytes)


def _build(files: list[Path], *, jobs: int, shards: Path | None, progress: Progress | None, keep_going: bool,
           max_bytes: int | None) -> BuildResult:
    result = BuildResult()
    outcomes: list[tuple[Path, tuple[SourceSummary, bytes] | PolicyGraphError]] = []
    if jobs > 1 and len(files) > 1:
        # a few files per task: one task per file cost the parent a tenth of the workers' time in messages,
        # and the parent shares the cores with them; eight tasks a worker or more keep the load even
        size = max(1, min(8, len(files) // (jobs * 8)))
        chunks = [files[i:i + size] for i in range(0, len(files), size)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(_process_files, chunk, shards, max_bytes): chunk for chunk in chunks}
            arrived: dict[Path, tuple[SourceSummary, bytes] | PolicyGraphError] = {}
            done = 0
            for future in as_completed(futures):
                for path, outcome in zip(futures[future], future.result(), strict=True):
                    arrived[path] = outcome
                    done += 1
                    if progress:
                        progress(done, len(files), path.name)
            outcomes = [(path, arrived[path]) for path in files]
    else:
        for done, path in enumerate(files, 1):
            try:
                outcomes.append((path, process_file(path, shards, max_bytes=max_bytes)))
            except PolicyGraphError as exc:
                outcomes.append((path, exc))
            if progress:
                progress(done, len(files), path.name)
    for _path, outcome in outcomes:
        if isinstance(outcome, PolicyGraphError):
            if not keep_going:
                raise outcome
            result.failed.append(str(outcome))
            continue
        result.add(*outcome)
    return result


def dataset_of(result: BuildResult) -> Dataset:
    """The build as a dataset: one named graph per source (for TriG and N-Quads output)."""
    dataset = Dataset()
    bind_prefixes(dataset)
    for name in sorted(result.parts):
        target = dataset.graph(name)
        for triple in result.part(name):
            target.add(triple)
    return dataset
