"""SPARQL over a graph: saved queries, safety checks, and result formats.

A query is SPARQL text, a ``.rq`` file, ``-`` (standard input), or the name of a
saved query in ``queries/`` (its first comment line describes it).  Queries that
would reach outside the graph (``SERVICE``, ``FROM``/``FROM NAMED``, ``LOAD``)
are refused before they run.

>>> sorted(saved_queries())[:2]  # doctest: +SKIP
['cq01-documents', 'cq02-issuers']
>>> check_query("SELECT * WHERE { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }")
Traceback (most recent call last):
...
policy_graph.errors.QueryError: query refused: SERVICE calls another endpoint (remove the SERVICE clause)
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rdflib.plugins.sparql as rdflib_sparql
from pyparsing import ParseException
from rdflib import Dataset, Graph, Literal, URIRef, Variable
from rdflib.query import Result, ResultRow
from rdflib.term import Node

if TYPE_CHECKING:
    import pyoxigraph

from .choices import RESULT_FORMATS
from .errors import QueryError, UsageError, position
from .resources import queries_dir

__all__ = ["RESULT_FORMATS", "SavedQuery", "answer", "check_query", "format_result", "read_query", "read_query_file",
           "run_query", "saved_queries", "syntax_error"]

rdflib_sparql.SPARQL_LOAD_GRAPHS = False  # never dereference FROM / FROM NAMED IRIs


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    description: str

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def saved_queries() -> dict[str, SavedQuery]:
    """The saved queries shipped in ``queries/``, by name (file name without ``.rq``)."""
    found: dict[str, SavedQuery] = {}
    for path in sorted(queries_dir().glob("*.rq")):
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        description = first[0].lstrip("# ").strip() if first and first[0].startswith("#") else ""
        found[path.stem] = SavedQuery(path.stem, path, description)
    return found


def read_query(spec: str) -> tuple[str, str]:
    """Return ``(name, text)`` for a query given as text, a ``.rq`` path, ``-`` or a saved query's name."""
    if spec == "-":
        return "<stdin>", sys.stdin.read()
    if (re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX)\b", spec, re.IGNORECASE) and "\n" in spec) or \
            re.match(r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE)\b", spec, re.IGNORECASE):
        return "<text>", spec
    path = Path(spec)
    if path.suffix == ".rq" or path.is_file():
        return str(path), read_query_file(path)
    saved = saved_queries()
    if spec in saved:
        return spec, saved[spec].text
    raise UsageError(f"unknown saved query '{spec}'", known=saved,
                     hint="give SPARQL text, a .rq file, '-' for stdin, or a saved query's name")


def read_query_file(path: Path) -> str:
    """The text of the query file at ``path`` (UTF-8); :class:`QueryError` saying what is wrong with it otherwise."""
    if path.is_dir():
        raise QueryError("is a directory, not a query file", path=str(path), hint="give a .rq file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise QueryError("no such query file", path=str(path), hint="check the path") from None
    except OSError as exc:
        raise QueryError(f"cannot read the query file: {exc.strerror or exc}", path=str(path)) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        what = "binary data, not a SPARQL query" if b"\x00" in raw[:4096] else "not valid UTF-8"
        raise QueryError(what, path=str(path), where=position(raw, exc.start),
                         hint="save the query as UTF-8 text") from None


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''  # long strings
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''                            # strings
    r'|<[^<>"{}|^`\\\x00-\x20]*>'                                                   # IRIs
    r"|#[^\n]*"                                                                      # comments
)
_REFUSED = {
    "SERVICE": ("SERVICE calls another endpoint", "remove the SERVICE clause"),
    "FROM": ("FROM / FROM NAMED would load other graphs", "query the graph given with -g"),
}
_UPDATES = ("LOAD", "INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "COPY", "MOVE", "ADD", "WITH")
_KEYWORD = re.compile(r"(?<![\w:?$\-.])(" + "|".join([*_REFUSED, *_UPDATES]) + r")(?![\w:\-])", re.IGNORECASE)
_WORDS = (*_REFUSED, *_UPDATES)


def _code(text: str) -> str:
    """The query with its code points unescaped (SPARQL allows ``\\u0053ERVICE`` anywhere) and its strings,
    IRIs and comments blanked out, so that only keywords remain to be looked at."""
    text = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    return _NOT_CODE.sub(lambda m: " " * len(m.group(0)), text)


def check_query(text: str) -> None:
    """Refuse what reaches outside the graph (SERVICE, FROM/FROM NAMED, LOAD and any update).

    A lexical check: fast (no parse), and it cannot be fooled by keywords inside strings, IRIs or
    comments nor by code-point escapes.  Syntax errors are reported by the engine that runs the query.

    >>> check_query('SELECT ?from WHERE { ?from <http://x/SERVICE> "FROM" }  # SERVICE')
    >>> check_query("SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    policy_graph.errors.QueryError: query refused: SERVICE calls another endpoint (remove the SERVICE clause)
    """
    if not text.strip():
        raise QueryError("the query is empty", hint="give a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    if "\\" not in text:
        upper = text.upper()
        if not any(word in upper for word in _WORDS):
            return  # none of the words anywhere: nothing to look closer at
    for match in _KEYWORD.finditer(_code(text)):
        word = match.group(1).upper()
        if word in _REFUSED:
            what, hint = _REFUSED[word]
            raise QueryError(f"query refused: {what}", hint=hint)
        raise QueryError(f"query refused: {word} is an update, and updates are not allowed here",
                         hint="use a SELECT, ASK, CONSTRUCT or DESCRIBE query")


_POSITION = re.compile(r"error at (\d+):(\d+): ?")


def _parse_error(parsed: ParseException, text: str) -> QueryError:
    """rdflib's parse error, with the text where it stops (its "Expected SelectQuery" alone says little).

    >>> str(_parse_error(ParseException("SELECT * WHERE { ?s ?p }", 17, "Expected SelectQuery"), ""))
    "line 1, column 18: SPARQL syntax error near '?s ?p }' (Expected SelectQuery) (check the query near that position)"
    """
    lines = (parsed.pstr or text).splitlines() or [""]
    rest = lines[min(parsed.lineno, len(lines)) - 1][parsed.col - 1:].strip()
    near = f" near '{rest[:40]}{'…' if len(rest) > 40 else ''}'" if rest else " at the end of the line"
    return QueryError(f"SPARQL syntax error{near} ({parsed.msg})", where=f"line {parsed.lineno}, column {parsed.col}",
                      hint="check the query near that position")


def syntax_error(exc: BaseException, text: str) -> QueryError:
    """A syntax error with the position of the fault.

    Oxigraph reports where its parser stopped, often past the fault; on this (rare) path rdflib's parser,
    slower but exact about the position, is asked too.
    """
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(text)
    except ParseException as parsed:
        return _parse_error(parsed, text)
    except Exception:  # rdflib disagreeing in another way: keep the engine's own message
        pass
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    position = _POSITION.search(message)
    if position:  # Oxigraph: "error at 1:25: expected …"
        return QueryError(f"SPARQL syntax error: {_POSITION.sub('', message)}",
                          where=f"line {position.group(1)}, column {position.group(2)}",
                          hint="check the query near that position")
    return QueryError(f"SPARQL syntax error: {message}", hint="check the query")


def run_query(graph: Graph, text: str, bindings: dict[str, str] | None = None) -> Result:
    """Check and run ``text`` on ``graph``; ``bindings`` set variables (``--param name=value``)."""
    check_query(text)
    init = _initial(bindings)
    with _engine_errors(text):
        store = oxigraph_store(graph)
        if store is not None:
            return _as_result(_query_store(graph, store, text, init))
        return graph.query(text, initBindings=init)


def answer(graph: Graph, text: str, fmt: str, bindings: dict[str, str] | None = None) -> bytes:
    """Check and run ``text`` on ``graph`` and write its answer in ``fmt`` (what ``policy-graph query`` prints).

    On an Oxigraph graph (a file or a store directory) a SELECT answer is written by Oxigraph's own SPARQL
    results writers (``json``, ``xml``, ``csv``, ``tsv``) or, as a ``table``, from its terms' lexical values:
    no rdflib term is made of any value, which on an answer of tens of thousands of rows took as long as the
    query.  Any other answer goes through :func:`run_query` and :func:`format_result`, with the same output.
    """
    if fmt not in RESULT_FORMATS:
        raise UsageError(f"unknown result format '{fmt}'", known=RESULT_FORMATS)
    store = oxigraph_store(graph)
    if store is None or fmt == "turtle":
        return format_result(run_query(graph, text, bindings), fmt)
    import pyoxigraph

    check_query(text)
    init = _initial(bindings)
    with _engine_errors(text):  # Oxigraph evaluates as the answer is read: its errors come while writing
        found = _query_store(graph, store, text, init)
        if not isinstance(found, pyoxigraph.QuerySolutions):
            return format_result(_as_result(found), fmt)
        if fmt == "table":
            names = [v.value for v in found.variables]
            return _table(names, [["" if value is None else str(value) if isinstance(value, pyoxigraph.Triple)
                                   else value.value for value in row] for row in found]).encode("utf-8")
        return found.serialize(format=getattr(pyoxigraph.QueryResultsFormat, fmt.upper())) or b""


def _initial(bindings: dict[str, str] | None) -> dict[str, URIRef | Literal]:
    return {name: (URIRef(v[1:-1]) if v.startswith("<") and v.endswith(">") else Literal(v))
            for name, v in (bindings or {}).items()}


@contextlib.contextmanager
def _engine_errors(text: str) -> Iterator[None]:
    """The engines' errors as :class:`QueryError` (syntax errors with their position)."""
    try:
        yield
    except ParseException as exc:
        raise _parse_error(exc, text) from None
    except SyntaxError as exc:
        raise syntax_error(exc, text) from None
    except QueryError:
        raise
    except Exception as exc:
        reason = exc.__context__ if isinstance(exc.__context__, OSError) else None
        if reason is not None:  # rdflib's SPARQLStore hides the network error behind a generic message
            raise QueryError(f"cannot reach the SPARQL endpoint: {getattr(reason, 'reason', reason)}",
                             hint="is the server running, and is the URL right?") from None
        raise QueryError(f"query failed: {_first_line(exc)}") from None


def oxigraph_store(graph: Graph) -> pyoxigraph.Store | None:
    """The Oxigraph store under a dataset opened by :func:`policy_graph.store.open_graph` (``-g`` a file or a
    store directory), or None for any other graph."""
    if not isinstance(graph, Dataset) or type(graph.store).__name__ != "OxigraphStore":
        return None
    import pyoxigraph

    inner = getattr(graph.store, "_inner", None)
    return inner if isinstance(inner, pyoxigraph.Store) else None


def _query_store(graph: Graph, store: pyoxigraph.Store, text: str, init: Mapping[str, Node]) -> Any:
    """Oxigraph's answer, as oxrdflib would ask for it (the union of the graphs, the graph's prefixes)."""
    import pyoxigraph

    union = bool(getattr(graph, "default_union", True))  # a store that keeps the merge queries its default graph
    prefixes = {prefix: str(ns) for prefix, ns in graph.store.namespaces() if f"{prefix}:" in text}  # as oxrdflib
    return store.query(text, use_default_graph_as_union=union, prefixes=prefixes,
                       substitutions={pyoxigraph.Variable(name): _to_oxigraph(value) for name, value in init.items()})


def _as_result(found: Any) -> Result:
    """What ``graph.query`` returns through oxrdflib's store (the same result and terms), with each distinct term
    of the answer converted to rdflib once: rows repeat their terms, and making an rdflib literal costs more than
    Oxigraph's evaluation of a row."""
    import pyoxigraph

    from .terms import OxigraphTerms

    terms = OxigraphTerms()
    if isinstance(found, pyoxigraph.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(found)
    elif isinstance(found, pyoxigraph.QuerySolutions):
        out = _Selected([Variable(v.value) for v in found.variables], terms.rows(found))
    elif isinstance(found, pyoxigraph.QueryTriples):
        out = Result("CONSTRUCT")
        out.graph = Graph()
        out.graph += (terms.triple(t) for t in found)
    else:
        raise ValueError(f"unexpected query result: {found!r}")
    return out


def _to_oxigraph(value: Node) -> Any:
    """A ``--param`` value (an IRI or a plain literal) as an Oxigraph term, as oxrdflib converts it."""
    import pyoxigraph

    if isinstance(value, URIRef):
        return pyoxigraph.NamedNode(str(value))
    if isinstance(value, Literal):
        return pyoxigraph.Literal(str(value), language=value.language,
                                  datatype=pyoxigraph.NamedNode(str(value.datatype)) if value.datatype else None)
    raise ValueError(f"cannot bind {value!r}")


class _Selected(Result):
    """A SELECT result read lazily from Oxigraph's solutions: the rows rdflib's own result gives (``ResultRow``,
    ``bindings`` as dicts of every variable), each made straight from a tuple of terms; rdflib makes a dict of
    each row, then the row from it, which cost as much as Oxigraph's evaluation of a large answer."""

    def __init__(self, names: list[Variable], rows: Iterator[tuple[Any, ...]]) -> None:
        super().__init__("SELECT")
        self.vars = names
        self._pending: Iterator[tuple[Any, ...]] | None = rows if names else None  # no variables: no rows
        self._rows: list[ResultRow] = []
        self._labels = {str(name): at for at, name in enumerate(names)}

    def __iter__(self) -> Iterator[Any]:
        yield from self._rows
        while self._pending is not None:
            values = next(self._pending, None)
            if values is None:
                self._pending = None
                break
            row = tuple.__new__(ResultRow, values)
            row.labels = self._labels  # the same for every row, never changed
            self._rows.append(row)
            yield row

    @property  # type: ignore[override]
    def bindings(self) -> list[dict[Variable, Any]]:
        for _row in self:  # read what is left
            pass
        names = self.vars or []  # unbound variables left out, as in rdflib's own results
        return [{name: value for name, value in zip(names, row, strict=True) if value is not None}
                for row in self._rows]

    @bindings.setter
    def bindings(self, value: Any) -> None:
        raise AttributeError("the bindings of an Oxigraph result are read from its solutions")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_result(result: Result, fmt: str) -> bytes:
    """Serialize a query result: SELECT/ASK as table, csv, tsv, json or xml; CONSTRUCT/DESCRIBE as turtle."""
    if fmt not in RESULT_FORMATS:
        raise UsageError(f"unknown result format '{fmt}'", known=RESULT_FORMATS)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph.serialize(format="turtle" if fmt in ("table", "turtle") else
                                      {"json": "json-ld", "xml": "xml"}.get(fmt, "nt")).encode("utf-8")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": answer}).encode()
        return (("true" if answer else "false") + "\n").encode()
    if fmt == "turtle":
        raise UsageError("a SELECT answer is a table, not a graph: it has no Turtle form",
                         hint="use --format table, csv, tsv, json or xml; turtle is for CONSTRUCT and DESCRIBE")
    names = [str(v) for v in result.vars or []]
    if fmt == "table":
        cells = [[_cell(row[i]) for i in range(len(names))] for row in result]  # type: ignore[index]
        return _table(names, cells).encode("utf-8")
    from .pages import from_rdflib, results_document  # SPARQL 1.1's forms, as Oxigraph writes them (see answer)

    return results_document(fmt, names, ([None if row[i] is None else from_rdflib(row[i])  # type: ignore[index]
                                          for i in range(len(names))] for row in result), None)
