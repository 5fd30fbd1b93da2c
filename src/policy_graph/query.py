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

import csv
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import rdflib.plugins.sparql as rdflib_sparql
from pyparsing import ParseException
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.query import Result

from .errors import QueryError, UsageError
from .resources import queries_dir

__all__ = ["RESULT_FORMATS", "SavedQuery", "check_query", "format_result", "read_query", "run_query",
           "saved_queries"]

rdflib_sparql.SPARQL_LOAD_GRAPHS = False  # never dereference FROM / FROM NAMED IRIs
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle")


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
        try:
            return str(path), path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError("no such query file", path=spec, hint="check the path") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read query file: {exc}", path=spec) from None
    saved = saved_queries()
    if spec in saved:
        return spec, saved[spec].text
    raise UsageError(f"unknown saved query '{spec}'", known=saved,
                     hint="give SPARQL text, a .rq file, '-' for stdin, or a saved query's name")


def check_query(text: str) -> None:
    """Parse ``text`` and refuse what reaches outside the graph; raise :class:`QueryError`."""
    try:
        parsed = parseQuery(text)
    except ParseException as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg}", where=f"line {exc.lineno}, column {exc.col}",
                         hint="check the query near that position") from None
    except Exception as exc:  # rdflib may raise others for odd input
        raise QueryError(f"SPARQL error: {exc}") from None
    dump = repr(parsed)
    if "ServiceGraphPattern" in dump:
        raise QueryError("query refused: SERVICE calls another endpoint", hint="remove the SERVICE clause")
    if "datasetClause" in dump:
        raise QueryError("query refused: FROM / FROM NAMED would load other graphs",
                         hint="query the graph given with -g")
    if re.search(r"^\s*(LOAD|INSERT|DELETE|CLEAR|DROP|CREATE|COPY|MOVE|ADD)\b", text, re.IGNORECASE | re.MULTILINE):
        raise QueryError("query refused: updates are not allowed here", hint="use a SELECT, ASK or CONSTRUCT query")


def run_query(graph: Graph, text: str, bindings: dict[str, str] | None = None) -> Result:
    """Check and run ``text`` on ``graph``; ``bindings`` set variables (``--param name=value``)."""
    check_query(text)
    init = {name: (URIRef(v[1:-1]) if v.startswith("<") and v.endswith(">") else Literal(v))
            for name, v in (bindings or {}).items()}
    try:
        return graph.query(text, initBindings=init)
    except ParseException as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg}", where=f"line {exc.lineno}, column {exc.col}") from None
    except Exception as exc:
        raise QueryError(f"query failed: {exc}") from None


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(result: Result) -> str:
    names = [str(v) for v in result.vars or []]
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]  # type: ignore[index]
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
    if fmt == "table":
        return _table(result).encode("utf-8")
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        names = [str(v) for v in result.vars or []]
        writer.writerow(names)
        for row in result:
            writer.writerow([_cell(row[i]) for i in range(len(names))])  # type: ignore[index]
        return buffer.getvalue().encode("utf-8")
    return result.serialize(format=fmt) or b""
