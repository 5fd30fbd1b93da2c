"""policy-graph: Chinese government policy texts → a provenance-tracked RDF knowledge graph.

The pipeline: :func:`read_source` → :func:`normalize` → :func:`segment_text` →
extraction → :func:`resolve` → RDF (:func:`build_graph` runs it all), then
:func:`run_query`, :func:`export` and :func:`validate` on the result.

The names below are imported on first use (PEP 562), so that a command imports only the modules it runs:
``policy-graph query`` does not load the extractor, ``policy-graph --help`` loads neither it nor rdflib.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# each public name, and the module of the package that defines it
_WHERE = {
    "BuildResult": "build", "build_graph": "build", "process_source": "build",
    "GraphLoadError": "errors", "InputError": "errors", "OutputError": "errors", "PolicyGraphError": "errors",
    "QueryError": "errors", "SourceError": "errors", "UsageError": "errors", "ValidationFailed": "errors",
    "export": "export",
    "NormalizedText": "normalize", "normalize": "normalize", "normalize_text": "normalize",
    "run_query": "query", "saved_queries": "query",
    "Source": "read", "read_source": "read",
    "resolve": "resolve",
    "segment_text": "segment",
    "load_graph": "store",
    "validate": "validate",
}

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

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    """``policy_graph.build_graph`` and the other public names: imported from their module when first asked for."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'policy_graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # asked once: the next lookup finds it without this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """The package's module object: ``export``, ``normalize``, ``resolve`` and ``validate`` name both a module
    and the function it defines, and the package's attribute is the function.  Importing the module would set
    the attribute to the module (the import system records each submodule on its package), so that is ignored:
    ``policy_graph.export`` stays the function however the modules were imported, as when the package imported
    them all at once."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _WHERE.get(name) == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
