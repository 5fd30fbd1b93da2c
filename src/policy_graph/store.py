"""Where graphs live: the ``-g`` argument, the embedded store, remote endpoints, and safe file writes.

``-g`` names one of three things, and every command works on all of them:

* an RDF file (``.ttl``, ``.nt``, ``.trig``, ``.nq``, ``.jsonld``, ``.rdf``): loaded into memory — by
  default into an in-memory Oxigraph store with Oxigraph's native parser (fast), or with
  ``engine="rdflib"`` into a plain rdflib graph;
* a store directory made by ``policy-graph build --store DIR``: an on-disk Oxigraph store (pyoxigraph,
  through rdflib's Oxigraph plugin), opened read-only so that many readers can share it; each source's
  facts sit in their own named graph, the ontology in ``…/graph/ontology``, computed relations in
  ``…/graph/computed``; the default graph is their union;
* an ``http(s)://`` SPARQL 1.1 endpoint (any triplestore), read through rdflib's SPARQLStore.

The ontology is loaded alongside files (into its own named graph); a store or endpoint carries it.

>>> fmt_for(Path("x.ttl")), fmt_for(Path("x.jsonld"))
('turtle', 'json-ld')
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from .choices import ENGINES
from .errors import GraphLoadError, OutputError, UsageError
from .namespaces import XSD, bind_prefixes, graph_iri, new_graph
from .ntriples import document, with_graph
from .resources import ontology_path
from .turtle import tag_case

__all__ = ["DEFAULT_GRAPH", "ENGINES", "ONTOLOGY_GRAPH", "fmt_for", "is_remote", "is_store", "load_graph",
           "load_ontology", "open_graph", "quads", "triples", "write_atomic", "write_store"]

DEFAULT_GRAPH = Path("data/triples.ttl")
ONTOLOGY_GRAPH = graph_iri("ontology")
STORE_MARKER = ".policy-graph-store"
MERGED_MARKER = "default graph: the merge of the named graphs"  # in STORE_MARKER of stores that keep it

Triple = tuple[Node, Node, Node]

_SUFFIX_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".n3": "n3",
                   ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig", ".nq": "nquads",
                   ".nquads": "nquads", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}
# Formats Oxigraph parses natively (rdflib's plugin names).
_OX_FORMATS = {"turtle": "ox-turtle", "nt": "ox-ntriples", "trig": "ox-trig", "nquads": "ox-nquads",
               "xml": "ox-xml", "n3": "ox-n3"}


def fmt_for(path: Path) -> str:
    """The rdflib parser name for a file, by its suffix."""
    try:
        return _SUFFIX_FORMATS[path.suffix.lower()]
    except KeyError:
        raise UsageError(f"unknown graph file type '{path.suffix or path.name}'",
                         known=sorted(_SUFFIX_FORMATS)) from None


def is_remote(location: str | Path | None) -> bool:
    """Whether ``location`` is a SPARQL endpoint URL."""
    return location is not None and bool(re.match(r"^https?://", str(location)))


def is_store(path: Path) -> bool:
    """Whether ``path`` is a store directory (made by ``build --store``, or any Oxigraph store)."""
    return path.is_dir() and ((path / STORE_MARKER).exists() or (path / "CURRENT").exists())


def _plain(node: Node) -> Node:
    """Literals as rdflib writes and reads them, whichever engine held them.

    Oxigraph returns plain literals typed xsd:string (the same in RDF 1.1: written plain here) and writes
    decimals in canonical form (``8148``) where Turtle's shorthand reads back ``8148.0``.
    """
    if isinstance(node, Literal):
        if node.language:  # Oxigraph lower-cases language tags: zh-hans → zh-Hans (BCP 47's usual case)
            return Literal(str(node), lang=tag_case(node.language))
        if node.datatype == XSD.string:
            return Literal(str(node))
        if node.datatype == XSD.decimal and re.fullmatch(r"[+-]?\d+", str(node)):
            return Literal(f"{node}.0", datatype=XSD.decimal)
    return node


def triples(graph: Graph, exclude: frozenset[URIRef] = frozenset()) -> Iterator[Triple]:
    """Every triple of ``graph`` (for a dataset: of its graphs but those in ``exclude``), plain literals plain."""
    for s, p, o, _g in quads(graph, exclude):
        yield s, p, o


def quads(graph: Graph, exclude: frozenset[URIRef] = frozenset()) -> Iterator[tuple[Node, Node, Node, URIRef | None]]:
    """Every triple of ``graph`` with the name of its graph (None for the default graph of a plain graph)."""
    if isinstance(graph, Dataset):
        merged = getattr(graph, "merged_default", False)  # a store's default graph repeats its named graphs
        for s, p, o, g in graph.quads((None, None, None, None)):
            name = g.identifier if isinstance(g, Graph) else g
            if name in exclude or (merged and name == DATASET_DEFAULT_GRAPH_ID):
                continue
            yield s, p, _plain(o), (name if isinstance(name, URIRef) and name != DATASET_DEFAULT_GRAPH_ID else None)
    else:
        for s, p, o in graph.triples((None, None, None)):
            yield s, p, _plain(o), None


def _bad_file(path: Path, fmt: str, exc: BaseException) -> GraphLoadError:
    text = str(exc).strip() or type(exc).__name__
    first = " ".join(line.strip() for line in text.splitlines()[:2] if line.strip())[:300]
    return GraphLoadError(f"not valid {fmt}: {first}", path=str(path),
                          hint="fix the file or rebuild it with `policy-graph build`")


def _check_jsonld(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if re.search(r'"@context"\s*:\s*(?:\[[^\]]*)?"(?:https?|file):', text):
        # Remote @context documents are never fetched: only inline contexts are read.
        raise GraphLoadError("refusing a remote JSON-LD @context", path=str(path), hint="inline the context")
    return text


def _parse_file(path: Path, engine: str) -> Graph:
    fmt = fmt_for(path)
    try:
        if engine == "oxigraph":
            dataset = Dataset(store="Oxigraph", default_union=True)
            if fmt == "json-ld":
                dataset.default_graph.parse(data=_check_jsonld(path), format="json-ld")
            elif fmt in ("trig", "nquads"):
                dataset.parse(path, format=_OX_FORMATS[fmt])
            else:
                dataset.default_graph.parse(path, format=_OX_FORMATS[fmt])
            return bind_prefixes(dataset)
        graph = new_graph()
        if fmt in ("trig", "nquads"):
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            for quad in dataset.quads((None, None, None, None)):
                graph.add(quad[:3])
        elif fmt == "json-ld":
            graph.parse(data=_check_jsonld(path), format="json-ld")
        else:
            graph.parse(path, format=fmt)
        return graph
    except GraphLoadError:
        raise
    except Exception as exc:  # parsers raise many kinds (SyntaxError, ValueError, IndexError, pyparsing ...)
        raise _bad_file(path, fmt, exc) from None


def load_ontology(graph: Graph | None = None) -> Graph:
    """The packaged ontology (optionally added into ``graph``; into its own named graph for a dataset)."""
    graph = graph if graph is not None else new_graph()
    target = graph.graph(ONTOLOGY_GRAPH) if isinstance(graph, Dataset) else graph
    oxigraph = type(graph.store).__name__ == "OxigraphStore"
    target.parse(ontology_path(), format="ox-turtle" if oxigraph else "turtle")
    return graph


def _open_store(path: Path) -> Graph:
    import pyoxigraph
    from oxrdflib.store import OxigraphStore

    try:
        store = pyoxigraph.Store.read_only(str(path))
    except OSError as exc:
        raise GraphLoadError(f"cannot open the store: {exc}", path=str(path),
                             hint="give a directory made by `policy-graph build --store DIR`") from None
    merged = merged_default_graph(path)
    dataset = Dataset(store=OxigraphStore(store=store), default_union=not merged)
    dataset.merged_default = merged  # type: ignore[attr-defined]  # quads() leaves the merged copy out
    return bind_prefixes(dataset)


def _open_remote(url: str, update_url: str | None) -> Graph:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

    if update_url:
        store: SPARQLStore = SPARQLUpdateStore(query_endpoint=url, update_endpoint=update_url, returnFormat="json")
    else:
        store = SPARQLStore(query_endpoint=url, returnFormat="json")
    return bind_prefixes(Graph(store=store, bind_namespaces="none"))


def open_graph(location: str | Path | None = None, *, with_ontology: bool = True, engine: str = "oxigraph",
               update_url: str | None = None) -> Graph:
    """Open the graph named by ``-g`` (a file, a store directory or an endpoint URL); see the module doc."""
    if engine not in ENGINES:
        raise UsageError(f"unknown engine '{engine}'", known=ENGINES)
    target = str(location) if location is not None else str(DEFAULT_GRAPH)
    if is_remote(target):
        return _open_remote(target, update_url)
    if re.match(r"^[a-z][a-z0-9+.-]*://", target):
        raise UsageError(f"unsupported graph location '{target}'",
                         hint="give an RDF file, a store directory or an http(s):// SPARQL endpoint")
    path = Path(target)
    if not path.exists() and is_store(_retired(path)):
        path = _retired(path)  # a writer was killed while swapping versions in: this is the last whole one
    if path.is_dir():
        if not is_store(path):
            raise GraphLoadError("is a directory but not a store", path=str(path),
                                 hint="give an RDF file, or a directory made by `policy-graph build --store`")
        return _open_store(path)
    if not path.is_file():
        raise GraphLoadError("no such graph file", path=str(path),
                             hint="run `policy-graph build` first, or give -g PATH")
    graph = _parse_file(path, engine)
    if with_ontology:
        load_ontology(graph)
    if fmt_for(path) in ("trig", "nquads") and isinstance(graph, Dataset) and engine == "oxigraph":
        _merged_default(graph)  # one graph per source, as `build -o x.trig` writes: query their merge
    return graph


def _merged_default(dataset: Dataset) -> None:
    """Put the merge of ``dataset``'s named graphs into its default graph and query that, as a store does
    (see :func:`_merge_into_default_graph`: Oxigraph's union would repeat triples that graphs share)."""
    inner = getattr(dataset.store, "_inner", None)
    if inner is None:
        return
    _copy_named_graphs_into_default(inner)  # the file's own default-graph triples stay
    dataset.default_union = False
    dataset.merged_default = True  # type: ignore[attr-defined]


load_graph = open_graph  # the name the library has used since the first version


def write_store(directory: Path, graphs: Mapping[URIRef, Graph | Iterable[Triple] | bytes], *,
                ontology: bool = True) -> int:
    """Put each named graph into the store at ``directory`` (created if needed), replacing what the store
    held under that name; with ``ontology``, the ontology too.  Returns the number of triples written.

    All or nothing: the new version is made in a copy beside the store (an Oxigraph backup: hard links, so
    cheap), then swapped in with two renames.  A writer killed at any point leaves the old version (a
    killed swap is completed by the next reader or writer: see :func:`_recover`); a second writer at the
    same time is refused.
    """
    import pyoxigraph

    if directory.exists() and not directory.is_dir():
        raise OutputError("exists and is not a directory", path=str(directory), hint="choose a directory")
    with _writer_lock(directory):
        _recover(directory)
        if directory.is_dir() and any(directory.iterdir()) and not is_store(directory):
            raise OutputError("is a non-empty directory that is not a store", path=str(directory),
                              hint="choose a new or empty directory, or an existing store")
        for stale in (*directory.parent.glob(f".{directory.name}.new-*"),
                      *directory.parent.glob(f".{directory.name}.old.trash-*")):
            shutil.rmtree(stale, ignore_errors=True)  # left by a writer that was killed
        fresh = directory.parent / f".{directory.name}.new-{os.getpid()}"
        try:
            if is_store(directory):
                current = pyoxigraph.Store(str(directory))
                current.backup(str(fresh))
                del current
            store = pyoxigraph.Store(str(fresh))
        except OSError as exc:
            shutil.rmtree(fresh, ignore_errors=True)
            raise OutputError(f"cannot open the store for writing: {exc}", path=str(directory),
                              hint="another process (a server?) may hold it: stop it and try again") from None
        try:
            documents = _documents(graphs, ontology)
            written = _fill(store, documents)
            if {name.value for name in store.named_graphs() if isinstance(name, pyoxigraph.NamedNode)} <= {
                    str(name) for name in documents}:
                _set_default_graph(store, documents.values())  # the merge of what was just written
            else:
                _merge_into_default_graph(store)  # with graphs written before
            store.optimize()  # compacted: queries on the store run 10-25% faster
            store.flush()
            del store
            (fresh / STORE_MARKER).write_text(f"policy-graph store (Oxigraph); {MERGED_MARKER}\n", encoding="utf-8")
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        _swap(fresh, directory)
    return written


_CHUNK_BYTES = 64 << 20  # what one bulk load takes at most: few loads, bounded memory


def _load_in_chunks(store: object, documents: Iterable[bytes], fmt: object) -> None:
    """Bulk-load a stream of N-Triples or N-Quads documents in a few large loads (each load has a fixed cost:
    one per source made a build of 1,800 sources four times slower)."""
    import pyoxigraph

    assert isinstance(store, pyoxigraph.Store) and isinstance(fmt, pyoxigraph.RdfFormat)
    chunk: list[bytes] = []
    size = 0
    for data in documents:
        chunk.append(data)
        size += len(data)
        if size >= _CHUNK_BYTES:
            store.bulk_load(b"".join(chunk), format=fmt)
            chunk, size = [], 0
    if chunk:
        store.bulk_load(b"".join(chunk), format=fmt)


def _documents(graphs: Mapping[URIRef, Graph | Iterable[Triple] | bytes], ontology: bool) -> dict[URIRef, bytes]:
    """Each graph as a strict N-Triples document (``n3()`` writes Turtle); a build's sources come as such."""
    items = dict(graphs)
    if ontology:
        items[ONTOLOGY_GRAPH] = load_ontology(new_graph())
    return {name: graph if isinstance(graph, bytes) else document(triples(graph) if isinstance(graph, Graph) else graph)
            for name, graph in sorted(items.items())}


def _fill(store: object, documents: Mapping[URIRef, bytes]) -> int:
    import pyoxigraph

    assert isinstance(store, pyoxigraph.Store)
    for name in documents:
        target = pyoxigraph.NamedNode(str(name))
        if store.contains_named_graph(target):
            store.remove_graph(target)
    _load_in_chunks(store, (with_graph(data, name) for name, data in documents.items()), pyoxigraph.RdfFormat.N_QUADS)
    return sum(data.count(b"\n") for data in documents.values())


def _set_default_graph(store: object, documents: Iterable[bytes]) -> None:
    """Make the default graph the merge of ``documents`` (N-Triples): each triple once (the store keeps a set:
    duplicates are dropped as they load, which takes less memory than a set of the lines here)."""
    import pyoxigraph

    assert isinstance(store, pyoxigraph.Store)
    store.clear_graph(pyoxigraph.DefaultGraph())
    _load_in_chunks(store, documents, pyoxigraph.RdfFormat.N_TRIPLES)


def _merge_into_default_graph(store: object) -> None:
    """Make the store's default graph the merge of its named graphs: each triple once.

    Queries run on the default graph.  Oxigraph's union of named graphs (0.5.13) yields a triple once per
    graph that holds it (oxigraph issue #1919), and sources share triples (a region, a cited document):
    counts and joins over them came out multiplied.  The merge costs a second copy of each triple.
    """
    import pyoxigraph

    assert isinstance(store, pyoxigraph.Store)
    store.clear_graph(pyoxigraph.DefaultGraph())
    _copy_named_graphs_into_default(store)


def _copy_named_graphs_into_default(store: object) -> None:
    """Add every named graph's triples to the default graph (a graph is a set: each triple once)."""
    import pyoxigraph

    assert isinstance(store, pyoxigraph.Store)
    _load_in_chunks(store, (store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=name) or b""
                            for name in list(store.named_graphs())), pyoxigraph.RdfFormat.N_TRIPLES)


def merged_default_graph(path: Path) -> bool:
    """Whether the store at ``path`` keeps the merge of its named graphs in its default graph (stores written
    since that layout); older ones are queried over the union of their named graphs."""
    try:
        return MERGED_MARKER in (path / STORE_MARKER).read_text(encoding="utf-8")
    except OSError:
        return False


def _retired(directory: Path) -> Path:
    return directory.parent / f".{directory.name}.old"


def _swap(fresh: Path, directory: Path) -> None:
    """Put ``fresh`` in the place of ``directory``: rename the old version aside, the new one in, then
    delete the old.  Between the two renames only ``.NAME.old`` exists; :func:`_recover` handles that."""
    retired = _retired(directory)
    if directory.exists():
        _discard(retired)
        os.replace(directory, retired)
    os.replace(fresh, directory)
    _discard(retired)


def _discard(path: Path) -> None:
    """Delete the directory ``path`` so that a kill midway never leaves part of it under its name (a half-deleted
    ``.NAME.old`` would be put back as the store): renamed first, then deleted."""
    if not path.exists():
        return
    trash = path.parent / f"{path.name}.trash-{os.getpid()}"
    os.replace(path, trash)
    shutil.rmtree(trash, ignore_errors=True)


def _recover(directory: Path) -> None:
    """Finish what a writer killed between the two renames of :func:`_swap` left: the store is missing
    and its previous version is still beside it, whole — put it back (the new version was not complete)."""
    retired = _retired(directory)
    if retired.is_dir() and not directory.exists() and _whole(retired):
        os.replace(retired, directory)
    elif retired.is_dir() and (is_store(directory) or not directory.exists()):
        _discard(retired)  # (not whole: a version half deleted by an earlier writer, of no use)


def _whole(path: Path) -> bool:
    """Whether the store at ``path`` opens (all its files there)."""
    import pyoxigraph

    try:
        pyoxigraph.Store.read_only(str(path))
    except (OSError, RuntimeError, ValueError):
        return False
    return True


@contextlib.contextmanager
def _writer_lock(directory: Path) -> Iterator[None]:
    """One writer per store at a time (an advisory lock on a file beside it); a second is refused."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    lock_path = directory.parent / f".{directory.name}.lock"
    try:
        handle = open(lock_path, "a+b")  # noqa: SIM115 - held for the whole write
    except OSError as exc:
        raise OutputError(f"cannot create the store's lock file: {exc.strerror}", path=str(lock_path),
                          hint="check that the directory is writable") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError("another process is writing this store", path=str(directory),
                              hint="wait for the other build to finish, then run this one again") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _mode_for(path: Path) -> int:
    """The permissions ``path`` keeps if it exists, or those ``open()`` would give a new file (0666 less the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


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
