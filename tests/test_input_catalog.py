"""The bad-input catalog: every command of ``policy-graph`` against every bad input that applies to it.

Each case runs the command in its own process and asserts what contracts.md ("Command line") promises for
bad input: exit code 2, exactly one line on standard error starting with ``policy-graph: error:`` that says
what is wrong, where, and how to fix it, no traceback, nothing on standard output, no file created (not even
a temporary one), and a previous output file at the same path left byte for byte.

The inputs: a missing path; a directory where a file is expected (and a file where a directory is); an empty
file; binary junk; a 100 MB text file; a GB18030 file cut in the middle of a 2-byte character; a file mixing
UTF-8 and GB18030 lines; malformed Turtle (the message names line and column), malformed SPARQL (the
position); unknown names (format, saved query, entity: the known ones are listed or the way to list them
given); an output that cannot be written (a directory, under a file, in a read-only directory).

Cells that ``tests/test_cli_errors.py`` already checks are not repeated here: :data:`COVERED_ELSEWHERE`
names them, and :func:`test_the_catalog_covers_every_command` checks that every command and every graph
input is covered by one file or the other.

Processes are forked from one warm interpreter (:class:`ForkServer`): each case is a fresh process running
``python -m policy_graph.cli`` (``runpy``, as ``-m`` does) with its own working directory, standard streams
and exit status, without paying Python's and rdflib's start-up ~130 times.
:func:`test_fork_server_matches_the_real_entry_point` runs a sample through the installed ``policy-graph``
script and compares; ``POLICY_GRAPH_CATALOG_SPAWN=1`` runs every case that way.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from policy_graph.cli import _parser

from .test_cli_errors import BUILD_CASES, PREVIOUS, error_line

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "sources" / "000_26f0a640244b8524.txt"
GRAPH = ROOT / "data" / "triples.ttl"
ARTICLE = "截至2018年，全区共保障城市低保对象39.7万人，农村牧区低保对象120.8万人。\n"
OTHER = "各地认真贯彻落实《社会救助暂行办法》，城乡低保标准分别提高到每人每月580元。\n"
BIG_BYTES = 100 * 1024 * 1024
POSITION = re.compile(r"line \d+,? (?:column \d+|between columns \d+ and \d+)")
MAX_EXTRA_RSS_MB = 50  # a 100 MB input is refused without being read whole: memory beyond `policy-graph --version`
TIMEOUT = 60


# --- running the command line in a process of its own --------------------------------------------------------

_SERVER = r"""
import json, os, runpy, signal, sys, traceback
for name in ("analysis", "build", "evaluate", "export", "query", "relations", "remote", "server", "store",
             "validate", "view"):
    __import__("policy_graph." + name)  # what the commands import, imported once (the cli itself is run afresh)
assert "policy_graph.cli" not in sys.modules
reply = os.fdopen(os.dup(1), "w")

def run(argv):
    sys.argv = ["policy-graph", *argv]
    try:
        runpy.run_module("policy_graph.cli", run_name="__main__", alter_sys=True)  # as `python -m` does
        return 0
    except SystemExit as exc:  # what the interpreter does with it
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        print(exc.code, file=sys.stderr)
        return 1
    except BaseException:
        traceback.print_exc()
        return 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass

for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            signal.alarm(job["timeout"])
            os.chdir(job["cwd"])
            for fd, name, flags in ((0, os.devnull, os.O_RDONLY), (1, job["stdout"], os.O_WRONLY | os.O_CREAT),
                                    (2, job["stderr"], os.O_WRONLY | os.O_CREAT)):
                opened = os.open(name, flags, 0o644)
                os.dup2(opened, fd)
                os.close(opened)
            code = run(job["argv"])
        finally:
            os._exit(code)
    _pid, status, usage = os.wait4(pid, 0)
    reply.write(json.dumps({"code": os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss}) + "\n")
    reply.flush()
"""


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "POLICY_GRAPH_"))}


@dataclass
class Ran:
    code: int
    out: str
    err: str
    maxrss_mb: float | None = None


class ForkServer:
    """One interpreter with the package imported; every command runs in a child forked from it."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.log = scratch / "server.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen([sys.executable, "-c", _SERVER], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=log, env=_env(), text=True)

    def run(self, argv: list[str], cwd: Path) -> Ran:
        out, err = self.scratch / "stdout", self.scratch / "stderr"
        for stream in (out, err):
            stream.write_bytes(b"")
        assert self.process.stdin is not None and self.process.stdout is not None
        job = {"argv": argv, "cwd": str(cwd), "stdout": str(out), "stderr": str(err), "timeout": TIMEOUT}
        self.process.stdin.write(json.dumps(job) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, f"the fork server died:\n{self.log.read_text(errors='replace')}"
        reply = json.loads(answer)
        return Ran(reply["code"], out.read_text(errors="replace"), err.read_text(errors="replace"),
                   reply["maxrss_kb"] / 1024)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


def entry_point() -> list[str]:
    script = Path(sys.executable).with_name("policy-graph")
    return [str(script)] if script.exists() else [sys.executable, "-m", "policy_graph.cli"]


def run_real(argv: list[str], cwd: Path) -> Ran:
    """``policy-graph ARGV`` as a user runs it: the installed script in a fresh process."""
    proc = subprocess.run([*entry_point(), *argv], cwd=cwd, env=_env(), capture_output=True, text=True,
                          timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    return Ran(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[list[str], Path], Ran]]:
    if os.environ.get("POLICY_GRAPH_CATALOG_SPAWN") == "1" or not hasattr(os, "fork"):
        yield run_real
        return
    server = ForkServer(tmp_path_factory.mktemp("fork-server"))
    try:
        yield server.run
    finally:
        server.close()


# --- the inputs ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once per module: a 100 MB text file (also as big.ttl), and a copy of a good graph."""
    directory = tmp_path_factory.mktemp("shared")
    block = (ARTICLE + OTHER).encode("utf-8") * 2000
    with (directory / "big.txt").open("wb") as handle:
        for _ in range(BIG_BYTES // len(block)):
            handle.write(block)
        handle.write(block[: BIG_BYTES % len(block)].decode("utf-8", errors="ignore").encode("utf-8"))
    os.link(directory / "big.txt", directory / "big.ttl")
    shutil.copyfile(GRAPH, directory / "good.ttl")
    return directory


def _junk(seed: int) -> bytes:
    junk = random.Random(seed).randbytes(3000)
    return junk[:50] + b"\x00\x00" + junk[50:]


def _truncated(prefix: bytes = b"") -> bytes:
    data = prefix + ARTICLE.rstrip("\n").encode("gb18030")
    assert len("。".encode("gb18030")) == 2 and data.endswith("。".encode("gb18030"))
    return data[:-1]  # cut in the middle of the last character, 。 (2 bytes)


MALFORMED_TTL = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"x\" ;; ex:c .\n"
TTL_HEAD = b"@prefix ex: <http://example.org/> .\nex:a ex:label \""


def make_workspace(work: Path, shared: Path) -> None:
    """Every small bad input, in ``work`` (the current directory of the command)."""
    (work / "src.txt").write_bytes(SOURCE.read_bytes())
    (work / "afile").write_text("a file, where a directory is expected\n", encoding="utf-8")
    (work / "outdir").mkdir()
    (work / "graphdir").mkdir()
    (work / "empty.ttl").write_bytes(b"")
    (work / "junk.ttl").write_bytes(_junk(1))
    (work / "broken.ttl").write_text(MALFORMED_TTL, encoding="utf-8")
    (work / "truncated.ttl").write_bytes(_truncated(TTL_HEAD))
    (work / "mixed.ttl").write_bytes(TTL_HEAD + '低保" .\nex:b ex:label "'.encode() + '低保" .\n'.encode("gb18030"))
    (work / "mixed.txt").write_bytes(ARTICLE.encode() + OTHER.encode("gb18030") + ARTICLE.encode())
    (work / "mixed-gb-first.txt").write_bytes(OTHER.encode("gb18030") + ARTICLE.encode() + OTHER.encode("gb18030"))
    (work / "queries.rq").mkdir()
    (work / "empty.rq").write_bytes(b"")
    (work / "junk.rq").write_bytes(_junk(2))
    (work / "broken.rq").write_text("SELECT ?s WHERE {\n  ?s ?p\n}\n", encoding="utf-8")
    (work / "truncated.rq").write_bytes(_truncated(b'SELECT * WHERE { ?s ?p "'))
    os.symlink(shared / "big.txt", work / "big.txt")
    os.symlink(shared / "big.ttl", work / "big.ttl")
    os.symlink(shared / "good.ttl", work / "good.ttl")
    gold = {"source": "source.txt", "observations": [], "documents": [], "regions": []}
    cases: dict[str, tuple[bytes | str | None, bytes | None]] = {  # gold dir: (gold.json, source.txt)
        "gold-empty": (b"", SOURCE.read_bytes()),
        "gold-junk": (_junk(3), SOURCE.read_bytes()),
        "gold-malformed": ('{\n  "source": "source.txt",\n  "observations": [\n}\n', SOURCE.read_bytes()),
        "gold-no-source": (json.dumps({"observations": []}), SOURCE.read_bytes()),
        "gold-bad-observation": (json.dumps({**gold, "observations": [{"value": "1"}]}), SOURCE.read_bytes()),
        "source-missing": (json.dumps(gold), None),
        "source-empty": (json.dumps(gold), b""),
        "source-junk": (json.dumps(gold), _junk(4)),
        "source-truncated": (json.dumps(gold), _truncated()),
        "source-mixed": (json.dumps(gold), (work / "mixed.txt").read_bytes()),
        "source-big": (json.dumps(gold), None),
    }
    for name, (gold_json, source) in cases.items():
        case = work / name / "case"
        case.mkdir(parents=True)
        if gold_json is not None:
            (case / "gold.json").write_bytes(gold_json.encode() if isinstance(gold_json, str) else gold_json)
        if source is not None:
            (case / "source.txt").write_bytes(source)
    os.symlink(shared / "big.txt", work / "source-big" / "case" / "source.txt")
    (work / "gold-empty-dir").mkdir()


def _immutable(path: Path, on: bool) -> bool:
    chattr = shutil.which("chattr")
    if chattr is None:
        return False
    done = subprocess.run([chattr, "+i" if on else "-i", str(path)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """``ro/`` with a previous output in it, that this process cannot write into (as root too: chattr +i)."""
    directory = tmp_path / "ro"
    directory.mkdir()
    for name in ("out.ttl", "triples.ttl", "view.html", "computed.ttl", "scores.json", "report.txt"):
        (directory / name).write_bytes(PREVIOUS)
    directory.chmod(0o555)
    locked = False
    if os.access(directory, os.W_OK):  # root ignores modes
        locked = _immutable(directory, True)
        if not locked:
            directory.chmod(0o755)
            pytest.skip("cannot make a directory read-only here (root, and chattr +i is not allowed)")
    try:
        yield directory
    finally:
        if locked:
            _immutable(directory, False)
        directory.chmod(0o755)


# --- the catalog -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]
    words: tuple[str, ...]  # the error line must contain each (what, where, how to fix)
    output: str | None = None  # where a previous output lies, that must be left byte for byte
    position: bool = False  # the error line must give a line and a column
    big: bool = False  # a 100 MB input: the process must not read it into memory


GRAPH_COMMANDS: dict[str, tuple[tuple[str, ...], str | None]] = {  # argv before -g, and the output it writes
    "validate": (("validate",), None),
    "query": (("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"), None),
    "export": (("export", "--format", "turtle", "-o", "out.ttl"), "out.ttl"),
    "push": (("push", "--to", "http://127.0.0.1:9/sparql"), None),
    "serve": (("serve", "--port", "0", "--workers", "1"), None),
    "analyze": (("analyze", "-o", "computed.ttl"), "computed.ttl"),
    "path": (("path", "包头市", "养老服务"), None),
    "related": (("related", "包头市"), None),
    "view": (("view", "-o", "view.html"), "view.html"),
}
GRAPH_INPUTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {  # (-g args, words, position)
    "missing-path": (("-g", "missing.ttl"), ("missing.ttl", "no such graph file", "policy-graph build"), False),
    "directory": (("-g", "graphdir"), ("graphdir", "is a directory", "give an RDF file"), False),
    "empty-file": (("-g", "empty.ttl"), ("empty.ttl", "graph file is empty", "policy-graph build"), False),
    "binary-junk": (("-g", "junk.ttl"), ("junk.ttl", "binary data", "give an RDF file"), False),
    "100mb-text": (("-g", "big.ttl"), ("big.ttl", "not valid turtle", "fix the file"), True),
    "truncated-gb18030": (("-g", "truncated.ttl"), ("truncated.ttl", "not valid UTF-8", "convert the file"), True),
    "mixed-encodings": (("-g", "mixed.ttl"), ("mixed.ttl", "line 3, column 16", "not valid UTF-8", "convert the file"),
                        True),
    "malformed-turtle": (("-g", "broken.ttl"), ("broken.ttl", "not valid turtle", "line 3", "fix the file"), True),
    "malformed-turtle-rdflib": (("--engine", "rdflib", "-g", "broken.ttl"),
                                ("broken.ttl", "not valid turtle", "line 3", "fix the file"), True),
}

# Cells tests/test_cli_errors.py checks (in-process, same assertions): not repeated here.
COVERED_ELSEWHERE = {
    ("build", "missing-path"): "test_build_bad_input[missing-path]",
    ("build", "empty-file"): "test_build_bad_input[empty-file]",
    ("build", "binary-junk"): "test_build_bad_input[binary-with-nul], [binary-without-nul]",
    ("build", "truncated-gb18030"): "test_build_bad_input[truncated-gb18030]",
    ("build", "directory-without-sources"): "test_build_bad_input[dir-without-text-files]",
    ("build", "output-dir-missing"): "test_build_into_missing_directory",
    ("export", "missing-path"): "test_export_missing_graph",
    ("export", "unknown-format"): "test_export_unknown_format_is_rejected_by_argparse",
    ("export", "output-dir-missing"): "test_export_into_missing_directory",
    ("validate", "directory"): "test_validate_graph_is_a_directory",
    ("query", "malformed-sparql-multiline"): "test_query_malformed_names_line_and_column",
    ("query", "unknown-saved-query"): "test_query_unknown_saved_name_lists_known",
    ("view", "output-dir-missing"): "test_view_into_missing_directory",
}

CASES: dict[str, Case] = {}
for _command, (_argv, _output) in GRAPH_COMMANDS.items():
    for _input, (_graph, _words, _position) in GRAPH_INPUTS.items():
        if (_command, _input) not in COVERED_ELSEWHERE:
            CASES[f"{_command}-{_input}"] = Case((*_argv, *_graph), _words, _output, _position, _input == "100mb-text")

_NOT_WRITABLE = ("cannot write into the directory", "permission denied", "choose a directory")
_UNDER_A_FILE = ("'afile' is a file, not a directory", "choose another path")
_A_DIRECTORY = ("outdir", "is a directory, not a file", "give the path of a file")
_G = ("-g", "good.ttl")
CASES.update({
    # build: the sources
    "build-100mb-text": Case(("build", "big.txt", "-o", "out.ttl"),
                             ("big.txt", "file too large (100 MB > the 4 MB limit)", "split it", "--max-size"),
                             "out.ttl", big=True),
    "build-100mb-text-lower-limit": Case(("build", "big.txt", "--max-size", "0.5", "-o", "out.ttl"),
                                         ("big.txt", "file too large (100 MB > the 0.5 MB limit)"), "out.ttl",
                                         big=True),
    "build-bad-max-size": Case(("build", "src.txt", "--max-size", "0", "-o", "out.ttl"),
                               ("--max-size must be a positive number",), "out.ttl"),
    "build-mixed-encodings": Case(("build", "mixed.txt", "-o", "out.ttl"),
                                  ("mixed.txt", "mixed encodings: line 1 is UTF-8 but line 2 is GB18030",
                                   "convert the whole file to one encoding"), "out.ttl"),
    "build-mixed-encodings-gb18030-first": Case(("build", "mixed-gb-first.txt", "-o", "out.ttl"),
                                                ("mixed-gb-first.txt", "line 1 is GB18030 but line 2 is UTF-8",
                                                 "convert the whole file"), "out.ttl"),
    "build-directory-without-sources-named": Case(("build", "graphdir", "-o", "out.ttl"),
                                                  ("graphdir", "no source files found", ".txt"), "out.ttl"),
    # build: the outputs
    "build-output-is-a-directory": Case(("build", "src.txt", "-o", "outdir"), _A_DIRECTORY),
    "build-output-under-a-file": Case(("build", "src.txt", "-o", "afile/triples.ttl"), ("afile/triples.ttl",
                                                                                        *_UNDER_A_FILE)),
    "build-output-read-only-dir": Case(("build", "src.txt", "-o", "ro/triples.ttl"), ("ro/triples.ttl",
                                                                                      *_NOT_WRITABLE),
                                       "ro/triples.ttl"),
    "build-output-unknown-format": Case(("build", "src.txt", "-o", "out.yaml"),
                                        ("out.yaml", "cannot tell the format", "known:", ".ttl", ".trig")),
    "build-report-under-a-file": Case(("build", "src.txt", "-o", "out.ttl", "--report", "afile/report.txt"),
                                      ("afile/report.txt", *_UNDER_A_FILE), "out.ttl"),
    "build-report-read-only-dir": Case(("build", "src.txt", "-o", "out.ttl", "--report", "ro/report.txt"),
                                       ("ro/report.txt", *_NOT_WRITABLE), "ro/report.txt"),
    "build-store-is-a-file": Case(("build", "src.txt", "--store", "afile"), ("afile", "is a file, not a directory",
                                                                             "store")),
    "build-shards-is-a-file": Case(("build", "src.txt", "-o", "out.ttl", "--shards", "afile"),
                                   ("afile", "is a file, not a directory", "shards"), "out.ttl"),
    # query: the query
    "query-malformed-sparql-inline": Case(("query", *_G, "SELECT * WHERE { ?s ?p }"),
                                          ("SPARQL syntax error", "line 1", "check the query"), position=True),
    "query-malformed-sparql-file": Case(("query", *_G, "broken.rq"),
                                        ("broken.rq", "SPARQL syntax error near '?s ?p'", "line 2", "check the query"),
                                        position=True),
    "query-missing-path": Case(("query", *_G, "missing.rq"), ("missing.rq", "no such query file", "check the path")),
    "query-directory": Case(("query", *_G, "queries.rq"), ("queries.rq", "is a directory", "give a .rq file")),
    "query-empty-file": Case(("query", *_G, "empty.rq"), ("empty.rq", "the query is empty", "give a SELECT")),
    "query-binary-junk": Case(("query", *_G, "junk.rq"), ("junk.rq", "binary data", "UTF-8")),
    "query-truncated-gb18030": Case(("query", *_G, "truncated.rq"), ("truncated.rq", "not valid UTF-8",
                                                                     "save the query as UTF-8"), position=True),
    # export, view, analyze, evaluate: the outputs
    "export-output-is-a-directory": Case(("export", *_G, "--format", "csv", "-o", "outdir"), _A_DIRECTORY),
    "export-output-under-a-file": Case(("export", *_G, "--format", "csv", "-o", "afile/x.csv"),
                                       ("afile/x.csv", *_UNDER_A_FILE)),
    "export-output-read-only-dir": Case(("export", *_G, "--format", "turtle", "-o", "ro/out.ttl"),
                                        ("ro/out.ttl", *_NOT_WRITABLE), "ro/out.ttl"),
    "view-output-is-a-directory": Case(("view", *_G, "-o", "outdir"), _A_DIRECTORY),
    "view-output-under-a-file": Case(("view", *_G, "-o", "afile/view.html"), ("afile/view.html", *_UNDER_A_FILE)),
    "view-output-read-only-dir": Case(("view", *_G, "-o", "ro/view.html"), ("ro/view.html", *_NOT_WRITABLE),
                                      "ro/view.html"),
    "analyze-output-is-a-directory": Case(("analyze", *_G, "-o", "outdir"), _A_DIRECTORY),
    "analyze-output-under-a-file": Case(("analyze", *_G, "-o", "afile/c.ttl"), ("afile/c.ttl", *_UNDER_A_FILE)),
    "analyze-output-read-only-dir": Case(("analyze", *_G, "-o", "ro/computed.ttl"),
                                         ("ro/computed.ttl", *_NOT_WRITABLE), "ro/computed.ttl"),
    "analyze-output-unknown-format": Case(("analyze", *_G, "-o", "computed.yaml"),
                                          ("computed.yaml", "cannot tell the format", "known:", ".ttl", ".trig")),
    "analyze-store-is-a-file": Case(("analyze", *_G, "--store", "afile"), ("afile", "is a file, not a directory")),
    "evaluate-output-is-a-directory": Case(("evaluate", "source-missing", "--json", "outdir"), _A_DIRECTORY),
    "evaluate-output-under-a-file": Case(("evaluate", "source-missing", "--json", "afile/s.json"),
                                         ("afile/s.json", *_UNDER_A_FILE)),
    "evaluate-output-read-only-dir": Case(("evaluate", str(ROOT / "tests" / "dev"), "--json", "ro/scores.json"),
                                          ("ro/scores.json", *_NOT_WRITABLE), "ro/scores.json"),
    # view: the query file, the focus
    "view-query-missing-path": Case(("view", *_G, "-o", "view.html", "--query", "missing.rq"),
                                    ("missing.rq", "no such query file"), "view.html"),
    "view-query-directory": Case(("view", *_G, "-o", "view.html", "--query", "queries.rq"),
                                 ("queries.rq", "is a directory"), "view.html"),
    "view-query-empty-file": Case(("view", *_G, "-o", "view.html", "--query", "empty.rq"),
                                  ("empty.rq", "the query is empty"), "view.html"),
    "view-query-binary-junk": Case(("view", *_G, "-o", "view.html", "--query", "junk.rq"),
                                   ("junk.rq", "binary data"), "view.html"),
    "view-query-malformed-sparql": Case(("view", *_G, "-o", "view.html", "--query", "broken.rq"),
                                        ("broken.rq", "SPARQL syntax error", "line 2"), "view.html", position=True),
    "view-unknown-focus": Case(("view", *_G, "-o", "view.html", "--focus", "包头县"),
                               ("'包头县' matches no node", "did you mean 包头市?"), "view.html"),
    "view-unknown-theme": Case(("view", *_G, "-o", "view.html", "--theme", "不存在的主题"),
                               ("unknown theme '不存在的主题'", "known:", "养老服务"), "view.html"),
    # path, related: the entity
    "path-unknown-entity-first": Case(("path", *_G, "呼和浩特", "养老服务"),
                                      ("no entity is labelled '呼和浩特'", "list the labels with",
                                       "policy-graph query")),
    "path-unknown-entity-second": Case(("path", *_G, "包头市", "包头县"),
                                       ("no entity is labelled '包头县'", "the closest labels: ", "包头市")),
    "related-unknown-entity": Case(("related", *_G, "呼和浩特"),
                                   ("no entity is labelled '呼和浩特'", "list the labels with", "policy-graph query")),
    "related-unknown-kind-of-entity": Case(("related", *_G, "Region:养老服务"),
                                           ("no entity is labelled '养老服务' among Region",)),
    # evaluate: the gold directory and its cases
    "evaluate-missing-path": Case(("evaluate", "no-such-gold"), ("no-such-gold", "no such directory",
                                                                  "give a directory")),
    "evaluate-file-not-directory": Case(("evaluate", "afile"), ("afile", "is a file, not a directory of gold cases")),
    "evaluate-directory-without-cases": Case(("evaluate", "gold-empty-dir"), ("gold-empty-dir", "no gold cases")),
    "evaluate-gold-empty-file": Case(("evaluate", "gold-empty"), ("gold-empty/case/gold.json", "the gold file is empty",
                                                                  "tests/dev/README.md")),
    "evaluate-gold-binary-junk": Case(("evaluate", "gold-junk"), ("gold-junk/case/gold.json", "binary data"),
                                      position=True),
    "evaluate-gold-malformed-json": Case(("evaluate", "gold-malformed"),
                                         ("gold-malformed/case/gold.json", "not valid JSON", "line 4"), position=True),
    "evaluate-gold-without-source": Case(("evaluate", "gold-no-source"),
                                         ("gold-no-source/case/gold.json", 'no "source"', "tests/dev/README.md")),
    "evaluate-gold-bad-observation": Case(("evaluate", "gold-bad-observation"),
                                          ("gold-bad-observation/case/gold.json", 'observations entry 1 lacks "unit"')),
    "evaluate-source-missing": Case(("evaluate", "source-missing"), ("source-missing/case/source.txt", "no such file")),
    "evaluate-source-empty": Case(("evaluate", "source-empty"), ("source.txt", "file is empty", "give a UTF-8")),
    "evaluate-source-binary-junk": Case(("evaluate", "source-junk"), ("source.txt", "binary data", "give a text")),
    "evaluate-source-100mb-text": Case(("evaluate", "source-big"), ("source-big/case/source.txt", "file too large",
                                                                    "split it"), big=True),
    "evaluate-source-truncated-gb18030": Case(("evaluate", "source-truncated"),
                                              ("source.txt", "GB18030", "convert the file to UTF-8"),
                                              position=True),
    "evaluate-source-mixed-encodings": Case(("evaluate", "source-mixed"), ("source.txt", "mixed encodings",
                                                                           "line 2 is GB18030")),
})


def _prepare(case: Case, work: Path) -> None:
    if case.output is not None and (work / case.output).parent.is_dir() and not (work / case.output).exists():
        (work / case.output).write_bytes(PREVIOUS)


def snapshot(directory: Path) -> dict[str, bytes | str]:
    """Every file under ``directory`` (hidden temp files included) with its bytes; symlinks by their target."""
    found: dict[str, bytes | str] = {}
    for path in sorted(directory.rglob("*")):
        key = str(path.relative_to(directory))
        if path.is_symlink():
            found[key] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[key] = path.read_bytes()
        else:
            found[key] = "<dir>"
    return found


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input(name: str, runner: Callable[[list[str], Path], Ran], shared: Path, tmp_path: Path,
                   request: pytest.FixtureRequest) -> None:
    case = CASES[name]
    work = tmp_path
    make_workspace(work, shared)
    if any(arg.startswith("ro/") for arg in case.argv):
        request.getfixturevalue("read_only")
    _prepare(case, work)
    before = snapshot(work)

    ran = runner(list(case.argv), work)

    assert ran.code == 2, f"exit code {ran.code}\n{ran.err}"
    line = error_line(ran.err)
    for word in case.words:
        assert word in line, f"{word!r} not in {line!r}"
    if case.position:
        assert POSITION.search(line), f"no line and column in {line!r}"
    assert ran.out == ""
    assert snapshot(work) == before  # nothing created, no temp file left, the previous output untouched
    if case.output is not None and (work / case.output).parent.is_dir():
        assert (work / case.output).read_bytes() == PREVIOUS
    if case.big and ran.maxrss_mb is not None:
        baseline = runner(["--version"], work).maxrss_mb
        assert baseline is not None
        assert ran.maxrss_mb < baseline + MAX_EXTRA_RSS_MB, \
            f"{ran.maxrss_mb:.0f} MB of memory (the interpreter alone: {baseline:.0f} MB) for a 100 MB input"


def test_queries_takes_no_input(runner: Callable[[list[str], Path], Ran], tmp_path: Path) -> None:
    """``queries`` reads nothing the user gives: an argument is an argparse usage error (exit 2)."""
    ran = runner(["queries", "extra.rq"], tmp_path)
    assert ran.code == 2
    assert "Traceback" not in ran.err
    assert ran.err.startswith("usage: policy-graph")
    assert ran.err.splitlines()[-1] == "policy-graph: error: unrecognized arguments: extra.rq"
    assert ran.out == ""
    assert list(tmp_path.iterdir()) == []


# Representative cells run through the installed script too: the fork server must not change the behaviour.
SAMPLE = ["build-100mb-text", "validate-malformed-turtle", "serve-empty-file", "query-malformed-sparql-file",
          "evaluate-gold-without-source", "view-output-under-a-file"]


@pytest.mark.parametrize("name", SAMPLE)
def test_fork_server_matches_the_real_entry_point(name: str, runner: Callable[[list[str], Path], Ran],
                                                  shared: Path, tmp_path: Path) -> None:
    case = CASES[name]
    results = []
    for run in (runner, run_real):
        work = Path(tempfile.mkdtemp(dir=tmp_path))
        make_workspace(work, shared)
        _prepare(case, work)
        ran = run(list(case.argv), work)
        results.append((ran.code, ran.out, ran.err.replace(str(work), "WORK")))
    assert results[0] == results[1]
    assert results[1][0] == 2


def test_the_catalog_covers_every_command() -> None:
    """Every command has cases here or in test_cli_errors.py; every graph input is tried on every -g command."""
    commands = _parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    covered = {name.split("-")[0] for name in CASES} | {command for command, _ in COVERED_ELSEWHERE} | {"queries"}
    assert set(commands) == covered
    for command in commands:
        takes_graph = any("-g" in action.option_strings for action in commands[command]._actions)
        if takes_graph:
            for graph_input in GRAPH_INPUTS:
                assert (f"{command}-{graph_input}" in CASES) != ((command, graph_input) in COVERED_ELSEWHERE)
    assert set(COVERED_ELSEWHERE) >= {("build", key) for key in ("missing-path", "empty-file", "truncated-gb18030")}
    assert {"missing-path", "empty-file", "binary-with-nul", "truncated-gb18030"} <= set(BUILD_CASES)


def test_size_limit_is_documented() -> None:
    """The limit a 100 MB source meets is in ``build --help`` (and ``evaluate --help``): option, default, variable."""
    commands = _parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for command in ("build", "evaluate"):
        text = " ".join(commands[command].format_help().split())
        assert "--max-size MB refuse source files larger than MB megabytes (default 4," in text
        assert "$POLICY_GRAPH_MAX_SOURCE_MB" in text and "split larger files" in text
