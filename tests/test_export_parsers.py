"""Every RDF export is read back, by rdflib and by an independent parser (Oxigraph's), as the same graph."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from policy_graph.build import build_graph, dataset_of
from policy_graph.export import export
from policy_graph.store import triples

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "data" / "sources" / "000_26f0a640244b8524.txt"
OX_FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
              "xml": pyoxigraph.RdfFormat.RDF_XML, "jsonld": pyoxigraph.RdfFormat.JSON_LD,
              "trig": pyoxigraph.RdfFormat.TRIG, "nquads": pyoxigraph.RdfFormat.N_QUADS}
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "xml": "xml", "jsonld": "json-ld", "trig": "trig",
                  "nquads": "nquads"}


def _plain(graph: Graph) -> Graph:
    """The same terms whatever wrote them (decimal lexical forms, plain strings, tag case: see store.triples)."""
    plain = Graph()
    for triple in triples(graph):
        plain.add(triple)
    return plain


@pytest.fixture(scope="module")
def built():  # type: ignore[no-untyped-def]
    return build_graph([FOUNDING])


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_export_reads_back_the_same_graph(fmt: str, built) -> None:  # type: ignore[no-untyped-def]
    source = dataset_of(built) if fmt in ("trig", "nquads") else built.graph
    data = export(source, fmt)
    # rdflib
    if fmt in ("trig", "nquads"):
        back: Graph = Dataset()
        back.parse(data=data.decode("utf-8"), format=RDFLIB_FORMATS[fmt])
        names = {g.identifier for g in back.graphs() if len(g)}  # type: ignore[attr-defined]
        assert names == set(built.parts)
    else:
        back = Graph().parse(data=data.decode("utf-8"), format=RDFLIB_FORMATS[fmt])
    assert isomorphic(_plain(back), _plain(built.graph)), fmt
    # Oxigraph: an independent parser must accept it and find as many triples
    store = pyoxigraph.Store()
    store.load(io.BytesIO(data), format=OX_FORMATS[fmt])
    distinct = {(q.subject, q.predicate, q.object) for q in store}
    assert len(distinct) == len(built.graph), fmt


def test_jsonld_carries_the_published_context(built) -> None:  # type: ignore[no-untyped-def]
    import json

    from policy_graph.resources import context_path

    document = json.loads(export(built.graph, "jsonld"))
    published = json.loads(context_path().read_text(encoding="utf-8"))["@context"]
    assert document["@context"] == published
