"""The one error tree of policy-graph.

::

    PolicyGraphError                 base: message + where + how to fix
    ├── InputError                   the user gave something unusable (CLI exit code 2)
    │   ├── SourceError              a source file cannot be read or decoded (path, byte offset)
    │   ├── GraphLoadError           an RDF file is malformed (path, line, column)
    │   ├── QueryError               a SPARQL query is malformed (line, column) or refused
    │   └── UsageError               an unknown name (format, saved query ...): lists the known ones
    ├── OutputError                  an output cannot be written (path); nothing was left half-written
    └── ValidationFailed             the graph does not conform to the shapes (CLI exit code 1)

Library code raises these; only :mod:`policy_graph.cli` turns them into a
one-line message and an exit code.  Every message says what happened, where,
and what to do:

>>> str(UsageError("unknown format 'yaml'", known=["csv", "turtle"]))
"unknown format 'yaml'; known: csv, turtle"
>>> str(SourceError("file is empty", path="a.txt", hint="give a UTF-8 or GB18030 text file"))
'a.txt: file is empty (give a UTF-8 or GB18030 text file)'
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "GraphLoadError",
    "InputError",
    "OutputError",
    "PolicyGraphError",
    "QueryError",
    "SourceError",
    "UsageError",
    "ValidationFailed",
    "position",
]


class PolicyGraphError(Exception):
    """Base of every error policy-graph raises on purpose."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, where: str | None = None,
                 hint: str | None = None) -> None:
        self.message = message
        self.path = path
        self.where = where
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        location = ":".join(part for part in (self.path, self.where) if part)
        text = f"{location}: {self.message}" if location else self.message
        return f"{text} ({self.hint})" if self.hint else text


class InputError(PolicyGraphError):
    """The input (a file, a query, an option) cannot be used as given."""


class SourceError(InputError):
    """A source text cannot be read or decoded."""


class GraphLoadError(InputError):
    """An RDF graph file cannot be parsed or found."""


class QueryError(InputError):
    """A SPARQL query is malformed or asks for something refused."""


class UsageError(InputError):
    """An unknown name was given; the message lists the known ones."""

    def __init__(self, message: str, *, known: Iterable[str] = (), hint: str | None = None) -> None:
        self.known = sorted(known)
        if self.known:
            message = f"{message}; known: {', '.join(self.known)}"
        super().__init__(message, hint=hint)


class OutputError(PolicyGraphError):
    """An output file cannot be written; any previous version is left intact."""


class ValidationFailed(PolicyGraphError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 1


def position(raw: bytes, offset: int, encoding: str = "utf-8") -> str:
    """Where byte ``offset`` of ``raw`` is, for a message: ``line L, column C (byte N)``; columns count characters.

    >>> position("第一行\\n第二行".encode("gb18030"), 9, "gb18030")
    'line 2, column 2 (byte 9)'
    """
    line = raw.count(b"\n", 0, offset) + 1
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode(encoding, errors="replace")) + 1
    return f"line {line}, column {column} (byte {offset})"
