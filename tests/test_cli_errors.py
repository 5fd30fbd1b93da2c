"""A catalog of bad input: every case ends in one line on stderr, an exit code, no traceback and no damaged file.

Each case asserts the exit code (2 for bad usage or input, contracts.md "Command line"), exactly one line on
standard error starting with ``policy-graph: error:`` that names the problem and says what to do, no
``Traceback``, and that the output file was not created (or that the previous one is byte-identical).
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from policy_graph.cli import main
from policy_graph.query import saved_queries

ROOT = Path(__file__).resolve().parents[1]
GRAPH = ROOT / "data" / "triples.ttl"
PREVIOUS = b"# the previous output, which a failed command must leave alone\n"
ARTICLE = "截至2018年，全区共保障城市低保对象39.7万人，农村牧区低保对象120.8万人"


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; return ``(exit code, stdout, stderr)`` (argparse exits are caught)."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def error_line(err: str) -> str:
    """The one error line of ``err``; fail unless stderr is exactly one ``policy-graph: error:`` line."""
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{err}"
    assert lines[0].startswith("policy-graph: error:"), lines[0]
    assert "[Errno" not in lines[0], f"Python internals leak into the message: {lines[0]}"
    return lines[0]


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` (hidden temp files included) with its bytes."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


# --- build -----------------------------------------------------------------------------------------------


def _missing(tmp: Path) -> str:
    return "no-such-report.txt"


def _empty_dir(tmp: Path) -> str:
    (tmp / "sources").mkdir()
    (tmp / "sources" / "notes.json").write_text("{}", encoding="utf-8")  # not a text source
    return "sources"


def _empty_file(tmp: Path) -> str:
    (tmp / "empty.txt").write_bytes(b"")
    return "empty.txt"


def _blank_file(tmp: Path) -> str:
    (tmp / "blank.txt").write_bytes(b" \n\r\n\t\n")
    return "blank.txt"


def _binary_nul(tmp: Path) -> str:
    junk = random.Random(1729).randbytes(4000)
    (tmp / "junk.txt").write_bytes(junk[:100] + b"\x00\x00\x00" + junk[100:])
    return "junk.txt"


def _binary_no_nul(tmp: Path) -> str:
    junk = random.Random(4104).randbytes(4000).replace(b"\x00", b"\x01")
    (tmp / "noise.txt").write_bytes(junk)
    return "noise.txt"


def _chrome_only(tmp: Path) -> str:
    text = "扫一扫在手机端打开当前页\n|\n【大 中 小】 【打印】 |\n【打印】\n"
    (tmp / "chrome.txt").write_text(text, encoding="utf-8")
    return "chrome.txt"


def _chrome_only_traditional(tmp: Path) -> str:
    (tmp / "chrome-hant.txt").write_text("掃一掃在手機端打開當前頁\n|\n【大 中 小】 【打印】 |\n", encoding="utf-8")
    return "chrome-hant.txt"


def _truncated_gb18030(tmp: Path) -> str:
    data = ARTICLE.encode("gb18030")
    assert data[-2:] == "人".encode("gb18030")  # the last character is 2 bytes: cut it in the middle
    (tmp / "truncated.txt").write_bytes(data[:-1])
    return "truncated.txt"


# (make the bad input, words the one error line must contain: the problem, where, and what to do)
BUILD_CASES = {
    "missing-path": (_missing, ["no-such-report.txt", "no such file", "check the path"]),
    "dir-without-text-files": (_empty_dir, ["no source files found", ".txt"]),
    "empty-file": (_empty_file, ["empty.txt", "empty", "give a UTF-8"]),
    "blank-file": (_blank_file, ["blank.txt", "empty", "give a UTF-8"]),
    "binary-with-nul": (_binary_nul, ["junk.txt", "binary", "give a text"]),
    "binary-without-nul": (_binary_no_nul, ["noise.txt", "byte", "convert the file to UTF-8"]),
    "only-page-chrome": (_chrome_only, ["chrome.txt", "page chrome", "give the text of a report"]),
    "only-page-chrome-hant": (_chrome_only_traditional, ["chrome-hant.txt", "page chrome", "give the text"]),
    # A GB18030 file cut in the middle of its last character is refused, not silently repaired: the message
    # names the byte where the (best) decoding fails, and says to convert the file.
    "truncated-gb18030": (_truncated_gb18030, ["truncated.txt", "GB18030", "convert the file to UTF-8"]),
}


@pytest.mark.parametrize("existing", [False, True], ids=["no-previous-output", "previous-output"])
@pytest.mark.parametrize("case", sorted(BUILD_CASES))
def test_build_bad_input(case: str, existing: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    make, words = BUILD_CASES[case]
    source = make(tmp_path)
    out = tmp_path / "out" / "triples.ttl"
    out.parent.mkdir()
    if existing:
        out.write_bytes(PREVIOUS)
    before = snapshot(tmp_path)

    code, stdout, stderr = run(capsys, ["build", source, "-o", str(out)])

    assert code == 2, stderr
    line = error_line(stderr)
    for word in words:
        assert word in line, f"{word!r} not in {line!r}"
    assert stdout == ""
    assert snapshot(tmp_path) == before  # no output, no temp file, the previous output untouched
    if existing:
        assert out.read_bytes() == PREVIOUS
    else:
        assert not out.exists()


def test_truncated_gb18030_names_the_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    source = _truncated_gb18030(tmp_path)
    cut = len(ARTICLE.encode("gb18030")) - 2  # where the incomplete last character starts
    code, _, stderr = run(capsys, ["build", source, "-o", "out.ttl"])
    assert code == 2
    line = error_line(stderr)
    assert f"byte {cut}" in line, line
    assert not (tmp_path / "out.ttl").exists()


def test_build_into_missing_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE + "。\n", encoding="utf-8")
    code, _, stderr = run(capsys, ["build", "a.txt", "--no-validate", "-o", "nowhere/triples.ttl"])
    assert code == 2
    line = error_line(stderr)
    assert "nowhere/triples.ttl" in line and "directory does not exist" in line and "create the directory" in line
    assert not (tmp_path / "nowhere").exists()


# --- query -----------------------------------------------------------------------------------------------


def test_query_malformed_names_line_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    query = "SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER(?s = )\n}"
    code, stdout, stderr = run(capsys, ["query", "-g", str(GRAPH), query])
    assert code == 2
    line = error_line(stderr)
    assert re.search(r"line 4, column \d+", line), line
    assert "SPARQL syntax error" in line and "check the query" in line
    assert stdout == ""


def test_query_unknown_saved_name_lists_known(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "queries"
    saved.mkdir()
    (saved / "cq01-documents.rq").write_text("# documents\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    (saved / "cq02-issuers.rq").write_text("# issuers\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    monkeypatch.setattr("policy_graph.query.queries_dir", lambda: saved)
    code, stdout, stderr = run(capsys, ["query", "-g", str(GRAPH), "cq99-nothing"])
    assert code == 2
    line = error_line(stderr)
    assert "unknown saved query 'cq99-nothing'" in line
    assert "known: cq01-documents, cq02-issuers" in line
    assert stdout == ""


def test_query_unknown_saved_name_real_registry(capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr = run(capsys, ["query", "-g", str(GRAPH), "no-such-saved-query"])
    assert code == 2
    line = error_line(stderr)
    assert "unknown saved query 'no-such-saved-query'" in line
    assert "saved query's name" in line  # says what else QUERY can be
    assert "known:" in line
    for name in saved_queries():
        assert name in line  # every shipped query is listed after "known:"
    assert stdout == ""


@pytest.mark.parametrize(("query", "words"), [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", ["SERVICE", "remove the SERVICE"]),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", ["FROM", "query the graph given with -g"]),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", ["FROM", "-g"]),
], ids=["service", "from-file", "from-named"])
def test_query_refused(query: str, words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr = run(capsys, ["query", "-g", str(GRAPH), query])
    assert code == 2
    line = error_line(stderr)
    assert "query refused" in line
    for word in words:
        assert word in line
    assert stdout == ""


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_select_asked_for_as_turtle_says_which_formats_fit(engine: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr = run(capsys, ["query", "-g", str(GRAPH), "--engine", engine, "--format", "turtle",
                                        "SELECT * WHERE { ?s ?p ?o } LIMIT 2"])
    assert code != 0 and stdout == "" and "Traceback" not in stderr
    assert "no Turtle form" in stderr and "csv" in stderr


# --- export ----------------------------------------------------------------------------------------------


def test_export_unknown_format_is_rejected_by_argparse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run(capsys, ["export", "-g", str(GRAPH), "--format", "yaml", "-o", "out.yaml"])
    assert code == 2
    assert "Traceback" not in stderr
    assert "usage: policy-graph export" in stderr
    assert "invalid choice: 'yaml'" in stderr and "turtle" in stderr  # argparse lists the known formats
    assert stdout == ""
    assert not (tmp_path / "out.yaml").exists()


@pytest.mark.parametrize("existing", [False, True], ids=["no-previous-output", "previous-output"])
def test_export_missing_graph(existing: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    if existing:
        (tmp_path / "out.ttl").write_bytes(PREVIOUS)
    before = snapshot(tmp_path)
    code, stdout, stderr = run(capsys, ["export", "-g", "missing.ttl", "--format", "turtle", "-o", "out.ttl"])
    assert code == 2
    line = error_line(stderr)
    assert "missing.ttl" in line and "no such graph file" in line and "policy-graph build" in line
    assert stdout == ""
    assert snapshot(tmp_path) == before


def test_export_malformed_turtle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.ttl").write_text(
        "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \n", encoding="utf-8")
    (tmp_path / "out.csv").write_bytes(PREVIOUS)
    before = snapshot(tmp_path)
    code, stdout, stderr = run(capsys, ["export", "-g", "broken.ttl", "--format", "csv", "-o", "out.csv"])
    assert code == 2
    line = error_line(stderr)
    assert "broken.ttl" in line and "not valid turtle" in line
    assert re.search(r"\bline \d+", line), line
    assert "fix the file" in line
    assert stdout == ""
    assert snapshot(tmp_path) == before


def test_export_into_missing_directory(capsys: pytest.CaptureFixture[str]) -> None:
    assert not Path("/nonexistent-dir").exists()
    code, stdout, stderr = run(capsys, ["export", "-g", str(GRAPH), "--format", "csv", "-o", "/nonexistent-dir/x.csv"])
    assert code == 2
    line = error_line(stderr)
    assert "/nonexistent-dir/x.csv" in line and "create the directory" in line
    assert stdout == ""
    assert not Path("/nonexistent-dir").exists()


# --- validate, view --------------------------------------------------------------------------------------


def test_validate_graph_is_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr = run(capsys, ["validate", "-g", str(tmp_path)])
    assert code == 2
    line = error_line(stderr)
    assert str(tmp_path) in line and "is a directory" in line and "give an RDF file" in line
    assert stdout == ""


def test_view_into_missing_directory(capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr = run(capsys, ["view", "-g", str(GRAPH), "-o", "/nonexistent-dir/v.html"])
    assert code == 2
    line = error_line(stderr)
    assert "/nonexistent-dir/v.html" in line and "/nonexistent-dir" in line
    assert "exists" in line  # says to check that the directory exists
    assert stdout == ""
    assert not Path("/nonexistent-dir").exists()


# --- in a real process -----------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ["build", "no-such-report.txt", "-o", "out.ttl"],
    ["export", "-g", "broken.ttl", "--format", "turtle", "-o", "out.ttl"],
], ids=["build-missing-path", "export-malformed-turtle"])
def test_real_process_has_no_traceback(argv: list[str], tmp_path: Path) -> None:
    (tmp_path / "broken.ttl").write_text("@prefix ex: <http://example.org/> .\nex:a ex:b .\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.run([sys.executable, "-m", "policy_graph.cli", *argv], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    line = error_line(proc.stderr)
    assert argv[1] in line or argv[2] in line
    assert proc.stdout == ""
    assert not (tmp_path / "out.ttl").exists()
