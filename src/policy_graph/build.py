"""The whole pipeline for a set of source files: read → normalize → segment → extract → resolve → RDF.

>>> from pathlib import Path
>>> result = build_graph([Path("data/sources/000_26f0a640244b8524.txt")])  # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from .errors import SourceError
from .extract.article import extract_facts
from .gazetteer import Gazetteer
from .mapping import new_graph, to_graph
from .namespaces import PG, RDF, bind_prefixes, graph_iri
from .normalize import normalize
from .read import Source, read_source
from .resolve import Resolved, resolve
from .segment import segment_text
from .vocabulary import load_vocabulary

__all__ = ["BuildResult", "build_graph", "dataset_of", "find_sources", "process_source"]

SOURCE_SUFFIXES = (".txt", ".text", ".md")


@dataclass
class BuildResult:
    graph: Graph                                                   # every source's facts together
    sources: list[Source] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    graphs: dict[URIRef, Graph] = field(default_factory=dict)      # each source's facts, by graph name

    def counts(self) -> dict[str, int]:
        """Resources per core class, for the summary a build prints."""
        classes = ("SourceText", "PolicyDocument", "Organization", "Region", "Program", "Indicator",
                   "Observation", "TextSpan", "ConsistencyCheck")
        counter: Counter[str] = Counter()
        for name in classes:
            counter[name] = len(set(self.graph.subjects(RDF.type, PG[name])))
        return dict(counter)


def find_sources(paths: Iterable[Path]) -> list[Path]:
    """Expand directories into the text files they hold (sorted); keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix in SOURCE_SUFFIXES
                                and not p.name.endswith(".meta.json")))
        elif not path.exists():
            raise SourceError("no such file or directory", path=str(path), hint="check the path")
        else:
            found.append(path)
    return found


def process_source(source: Source, gazetteer: Gazetteer | None = None) -> tuple[Resolved, Graph]:
    """Run one decoded source through the pipeline; return its resolved facts and its graph."""
    gazetteer = gazetteer or Gazetteer.default()
    normalized = normalize(source)
    segmented = segment_text(normalized.text)
    facts = extract_facts(normalized.text, segmented, gazetteer=gazetteer, vocabulary=load_vocabulary(),
                          metadata=source.metadata)
    resolved = resolve(facts)
    return resolved, to_graph(resolved, source, normalized, gazetteer)


def dataset_of(result: BuildResult) -> Dataset:
    """The build as a dataset: one named graph per source (for TriG and N-Quads output)."""
    dataset = Dataset()
    bind_prefixes(dataset)
    for name, graph in sorted(result.graphs.items()):
        target = dataset.graph(name)
        for triple in graph:
            target.add(triple)
    return dataset


def build_graph(paths: Iterable[Path]) -> BuildResult:
    """Build one graph from the source files (or directories of them) at ``paths``."""
    files = find_sources(paths)
    if not files:
        raise SourceError("no source files found", hint=f"give text files ({', '.join(SOURCE_SUFFIXES)})")
    graph = new_graph()
    result = BuildResult(graph=graph)
    for path in files:
        source = read_source(path)
        resolved, part = process_source(source)
        graph += part
        result.graphs[graph_iri(f"source/{source.key}")] = part
        result.sources.append(source)
        result.warnings.extend(f"{source.name}: {w}" for w in resolved.facts.warnings)
    return result
