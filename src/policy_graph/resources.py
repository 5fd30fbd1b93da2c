"""Files that ship inside the package: the ontology, the shapes, saved queries and data tables.

They are found through :mod:`importlib.resources`, so an installed wheel works
outside the repository.

>>> ontology_path().name, shapes_path().name
('policy.ttl', 'shapes.ttl')
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["context_path", "data_path", "ontology_path", "queries_dir", "shapes_path", "template_path"]


def _package_file(*parts: str) -> Path:
    return Path(str(resources.files("policy_graph").joinpath(*parts)))


def ontology_path() -> Path:
    """``ontology/policy.ttl``: the OWL ontology and its SKOS concept schemes."""
    return _package_file("ontology", "policy.ttl")


def shapes_path() -> Path:
    """``ontology/shapes.ttl``: the SHACL shapes."""
    return _package_file("ontology", "shapes.ttl")


def context_path() -> Path:
    """``ontology/context.jsonld``: the JSON-LD context of the graph's terms (used inline in JSON-LD exports)."""
    return _package_file("ontology", "context.jsonld")


def queries_dir() -> Path:
    """The directory of saved SPARQL queries (``*.rq``)."""
    return _package_file("queries")


def data_path(name: str) -> Path:
    """A data table shipped with the package (the gazetteer, the program lexicon ...)."""
    return _package_file("data", name)


def template_path(name: str) -> Path:
    """An HTML template of the view."""
    return _package_file("templates", name)
