"""SHACL validation of a graph against ``ontology/shapes.ttl``, with readable violations.

The data is validated together with the ontology, so that ``sh:class`` sees the types of the SKOS
concepts (units, themes, levels ...) the data points at.

Two engines share the work, because pySHACL evaluates a SPARQL-based constraint once per focus node
through rdflib's query engine (on 27,000 triples: 7 s for all the core constraints, 300 s for the six
SPARQL ones):

* the SHACL Core constraints: pySHACL;
* the SPARQL-based constraints (``sh:sparql``): one query per constraint over all its focus nodes at once,
  in an in-memory Oxigraph store — the query with the shape's targets joined in, which is what SHACL-SPARQL
  means by pre-binding ``$this`` to each focus node.

A build validates source by source in batches (:func:`validate_parts`), so memory stays bounded; the
resources that several batches describe (regions, indicators, cited documents ...) are then validated
once more with everything the batches say about them, so a conflict between sources is still found.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from . import ntriples
from .mapping import Triple
from .namespaces import PREFIXES, RDF, RDFS, SH
from .ntriples import line
from .resources import shapes_path
from .store import ONTOLOGY_GRAPH, load_ontology, triples

__all__ = ["Report", "Violation", "severity_name", "validate", "validate_parts", "validate_triples"]

BATCH_TRIPLES = 50_000  # triples per pySHACL run when validating a build source by source (about 100 MB)


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str
    value: str
    severity: str

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus} {self.path}: {self.message}{value}"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)


@dataclass(frozen=True)
class _SparqlConstraint:
    query: str            # a SELECT over all focus nodes: the constraint's query with the targets joined in
    message: str
    severity: str


def _short(node: Node | None) -> str:
    if node is None:
        return ""
    text = str(node)
    if isinstance(node, URIRef):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if text.startswith(str(namespace)):
                return f"{prefix}:{text[len(str(namespace)):]}"
        return f"<{text}>"
    return text if len(text) <= 80 else text[:77] + "..."


def severity_name(node: Node | None) -> str:
    """``sh:Violation`` → ``Violation`` (and so on)."""
    return str(node or SH.Violation).rpartition("#")[2]


@functools.lru_cache(maxsize=1)
def _shapes() -> tuple[Graph, tuple[_SparqlConstraint, ...]]:
    """The shapes split in two: the core shapes (for pySHACL) and the SPARQL-based constraints."""
    shapes = Graph(bind_namespaces="none")
    shapes.parse(shapes_path(), format="turtle")
    constraints = []
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql), key=str):
        classes = sorted(shapes.objects(shape, SH.targetClass), key=str)
        if not classes or set(shapes.predicates(shape)) & {SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf}:
            raise ValueError(f"{shape}: SPARQL constraints are supported on sh:targetClass shapes only")
        prefixes = "".join(
            f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
            for declared in shapes.objects(constraint, SH.prefixes) for d in shapes.objects(declared, SH.declare))
        select = str(shapes.value(constraint, SH.select))
        where = re.search(r"\bWHERE\s*\{", select, re.IGNORECASE)
        if where is None:
            raise ValueError(f"{shape}: a SPARQL constraint without a WHERE clause")
        targets = (f"VALUES ?shapeTargetClass {{ {' '.join(f'<{c}>' for c in classes)} }}\n"
                   f"$this <{RDF.type}>/<{RDFS.subClassOf}>* ?shapeTargetClass .\n")
        severity = shapes.value(constraint, SH.severity) or shapes.value(shape, SH.severity) or SH.Violation
        constraints.append(_SparqlConstraint(prefixes + select[:where.end()] + targets + select[where.end():],
                                             str(shapes.value(constraint, SH.message) or ""), severity_name(severity)))
    core = Graph(bind_namespaces="none")
    for triple in shapes:
        if triple[1] != SH.sparql:
            core.add(triple)
    advanced = {SH.rule, SH.expression, SH.target, SH.js} & set(core.predicates())
    if advanced:  # pySHACL runs without its SHACL-AF features (20% faster): none may be needed
        raise ValueError(f"the shapes use SHACL-AF features this validator does not run: {sorted(advanced)}")
    return core, tuple(constraints)


@functools.lru_cache(maxsize=1)
def _ontology_triples() -> frozenset[Triple]:
    return frozenset(load_ontology(Graph(bind_namespaces="none")))


def validate(data: Graph, *, include_ontology: bool = True) -> Report:
    """Validate ``data`` (plus the ontology) against the shapes; return a :class:`Report`."""
    return validate_triples(list(triples(data, exclude=frozenset({ONTOLOGY_GRAPH}))),
                            include_ontology=include_ontology)


class _ListWithSet(list[Any]):
    """A list whose ``in`` asks a set (the same answers: rdflib terms hash and compare by kind and text)."""

    def __init__(self, items: Iterable[Any]) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


_ABSENT = object()
_PYSHACL_ATTRIBUTE = "CONSTRAINT_PARAMS"  # where pyshacl.shape keeps the parameters it searches


@contextlib.contextmanager
def constraint_lookup_by_set() -> Iterator[None]:
    """Run the block with pySHACL's list of constraint parameters searched through a set.

    pySHACL (0.40 here) tests each predicate of a shape against a list of some forty parameters every time it
    validates a shape for a focus node: seven million rdflib comparisons for 50,000 triples, 15% of the time.
    It reads the list from a module attribute, set on first use; here the same list, with a set behind ``in``,
    is put there for the block and the previous value restored.  If pySHACL's layout is not the one expected,
    nothing is changed.
    """
    try:
        import pyshacl.shape as shape_module
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    except ImportError:
        yield
        return
    saved = getattr(shape_module, _PYSHACL_ATTRIBUTE, _ABSENT)
    known = saved is _ABSENT or (isinstance(saved, tuple) and len(saved) == 2
                                 and (saved == (None, None) or saved[1] is CONSTRAINT_PARAMETERS_MAP))
    if not known or not isinstance(ALL_CONSTRAINT_PARAMETERS, list):
        yield
        return
    setattr(shape_module, _PYSHACL_ATTRIBUTE, (_ListWithSet(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP))
    try:
        yield
    finally:
        if saved is _ABSENT:
            delattr(shape_module, _PYSHACL_ATTRIBUTE)
        else:
            setattr(shape_module, _PYSHACL_ATTRIBUTE, saved)


def validate_triples(data: Collection[Triple], *, include_ontology: bool = True,
                     focus: Collection[Node] | None = None) -> Report:
    """Validate the triples ``data`` (plus the ontology); with ``focus``, only those resources."""
    import pyshacl

    if focus is not None and not focus:
        return Report(conforms=True)
    core, constraints = _shapes()
    graph = Graph(bind_namespaces="none")  # a plain in-memory graph: pySHACL is slow through store plugins
    for triple in data:
        graph.add(triple)
    if include_ontology:
        for triple in _ontology_triples():
            graph.add(triple)
    with constraint_lookup_by_set():
        conforms, results, _text = pyshacl.validate(
            data_graph=graph, shacl_graph=core, inference="none", advanced=False, allow_warnings=True,
            focus_nodes=[URIRef(str(node)) for node in sorted(focus, key=str)] if focus is not None else None)
    violations = []
    for result in results.subjects(predicate=SH.focusNode):
        def get(name: str, subject: Node = result) -> Node | None:
            value: Node | None = results.value(subject, SH[name])
            return value
        violations.append(Violation(
            focus=_short(get("focusNode")), path=_short(get("resultPath")),
            message=str(get("resultMessage") or ""), value=_short(get("value")),
            severity=severity_name(get("resultSeverity"))))
    del graph
    violations += _sparql_violations(data, constraints, include_ontology, focus)
    failing = [v for v in violations if v.severity == "Violation"]
    return Report(conforms=bool(conforms) and not failing, violations=sorted(set(violations)))


def _sparql_violations(data: Iterable[Triple], constraints: tuple[_SparqlConstraint, ...], include_ontology: bool,
                       focus: Collection[Node] | None) -> list[Violation]:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.bulk_load("".join(line(*t) for t in data).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    if include_ontology:
        store.bulk_load("".join(line(*t) for t in _ontology_triples()).encode("utf-8"),
                        format=pyoxigraph.RdfFormat.N_TRIPLES)
    only = None if focus is None else {str(node) for node in focus}
    out = []
    for constraint in constraints:
        solutions = store.query(constraint.query)
        assert isinstance(solutions, pyoxigraph.QuerySolutions)  # a SELECT query
        projected = {variable.value for variable in solutions.variables}
        for row in solutions:
            this = row["this"]
            if this is None or (only is not None and this.value not in only):
                continue
            path = row["path"] if "path" in projected else None
            value = row["value"] if "value" in projected else None  # unbound: the focus node (as SHACL says)
            out.append(Violation(focus=_short(URIRef(this.value)),
                                 path=_short(URIRef(path.value)) if path is not None else "",
                                 message=constraint.message,
                                 value=_short(_term(value if value is not None else this)),
                                 severity=constraint.severity))
    return out


def _term(node: object) -> Node:
    import pyoxigraph

    if isinstance(node, pyoxigraph.NamedNode):
        return URIRef(node.value)
    if isinstance(node, pyoxigraph.Literal):
        return Literal(node.value)
    return Literal(str(node))


def validate_parts(parts: Mapping[URIRef, bytes], *, batch: int = BATCH_TRIPLES, jobs: int = 1) -> Report:
    """Validate a build's sources (N-Triples documents, :func:`policy_graph.ntriples.document`) in batches of
    about ``batch`` triples (in ``jobs`` processes), then the resources that more than one batch describes
    with all that is said about them.  Conforms exactly when the whole would."""
    found = [ntriples.lines(part) for _name, part in sorted(parts.items())]
    total = sum(len(rows) for rows in found)
    count = -(-total // batch)
    if jobs > 1:
        count = -(-count // jobs) * jobs  # as many batches for each process, of about the same size
    size = max(1, -(-total // max(count, 1)))
    batches: list[list[bytes]] = [[]]
    done = 0
    for rows in found:
        if batches[-1] and done >= size * len(batches):  # whole sources; the sizes even out along the way
            batches.append([])
        batches[-1].extend(rows)
        done += len(rows)
    del found
    first_batch: dict[bytes, int] = {}   # subject → the first batch that described it
    shared: set[bytes] = set()
    for number, rows in enumerate(batches):
        for row in rows:
            subject = row[:row.index(b" ")]
            if first_batch.setdefault(subject, number) != number:
                shared.add(subject)
    tasks: list[tuple[bytes, list[bytes] | None]] = [(_document(rows), None) for rows in batches]
    if shared:  # the shared resources with all their statements, and the types of what they point to
        about = [row for rows in batches for row in rows if row[:row.index(b" ")] in shared]
        objects = {row.split(b" ", 2)[2] for row in about}
        types = [row for rows in batches for row in rows
                 if row.split(b" ", 2)[1] == _RDF_TYPE and row[:row.index(b" ")] in objects]
        tasks.insert(0, (_document(sorted(set(about) | set(types))), sorted(shared)))  # first: the longest alone
    del batches
    if jobs > 1 and len(tasks) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
            reports = list(pool.map(_validate_document, *zip(*tasks, strict=True)))
    else:
        reports = [_validate_document(data, focus) for data, focus in tasks]
    return Report(conforms=all(r.conforms for r in reports),
                  violations=sorted({v for r in reports for v in r.violations}))


def _document(rows: Iterable[bytes]) -> bytes:
    return b"".join(row + b" .\n" for row in rows)


_RDF_TYPE = f"<{RDF.type}>".encode()


def _validate_document(data: bytes, focus: list[bytes] | None) -> Report:
    """:func:`validate_triples` of an N-Triples document (in a worker process: cheap to send); with ``focus``
    (subjects as written in N-Triples), only those resources."""
    reader = ntriples.Reader()
    found = list(reader.triples(data))
    return validate_triples(found, focus=None if focus is None else {reader.term(s.decode("utf-8")) for s in focus})
