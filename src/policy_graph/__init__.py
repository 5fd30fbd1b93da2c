"""policy-graph: Chinese government policy texts → a provenance-tracked RDF knowledge graph.

The pipeline: :func:`read_source` → :func:`normalize` → :func:`segment_text` →
extraction → :func:`resolve` → RDF (:func:`build_graph` runs it all), then
:func:`run_query`, :func:`export` and :func:`validate` on the result.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .build import BuildResult, build_graph, process_source
from .errors import (
    GraphLoadError,
    InputError,
    OutputError,
    PolicyGraphError,
    QueryError,
    SourceError,
    UsageError,
    ValidationFailed,
)
from .export import export
from .normalize import NormalizedText, normalize, normalize_text
from .query import run_query, saved_queries
from .read import Source, read_source
from .resolve import resolve
from .segment import segment_text
from .store import load_graph
from .validate import validate

__all__ = [
    "BuildResult",
    "GraphLoadError",
    "InputError",
    "NormalizedText",
    "OutputError",
    "PolicyGraphError",
    "QueryError",
    "Source",
    "SourceError",
    "UsageError",
    "ValidationFailed",
    "__version__",
    "build_graph",
    "export",
    "load_graph",
    "normalize",
    "normalize_text",
    "process_source",
    "read_source",
    "resolve",
    "run_query",
    "saved_queries",
    "segment_text",
    "validate",
]
