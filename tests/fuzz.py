"""Coverage-guided fuzz harnesses (atheris, i.e. libFuzzer) for the reader, the normalizer and the pipeline.

Run one harness by name, with libFuzzer's options and corpus directories after it::

    .venv/bin/python tests/fuzz.py read -max_total_time=60 -rss_limit_mb=2048 CORPUS_DIR
    .venv/bin/python tests/fuzz.py normalize -max_total_time=60 CORPUS_DIR
    .venv/bin/python tests/fuzz.py pipeline -max_total_time=60 CORPUS_DIR

(``tests/test_fuzz.py`` does this in a subprocess for a bounded time, with a seed corpus of the project's sources.)

What a harness treats as a finding, besides a crash or a hang (libFuzzer's ``-timeout``):

* any exception but the project's own :class:`~policy_graph.errors.PolicyGraphError` (a ``SourceError`` saying
  the bytes are not a readable text is the one answer a user may get for garbage);
* a :class:`~policy_graph.read.Source` whose content span or pieces do not point into its decoded text, or whose
  pieces do not read as that text says (``Piece``'s contract);
* a normalized text whose offset map (:class:`~policy_graph.normalize.NormalizedText`) does not map every character
  back, in order, to a non-empty slice of the original inside the article (the invariants of
  ``tests/test_properties.py``);
* (pipeline) an evidence span that is empty, or a ``TextSpan`` whose ``oa:exact`` is not the source's text at its
  ``[start, end)``.

The harness functions import ``policy_graph`` lazily, so that :func:`main` can import it under
``atheris.instrument_imports`` first (coverage guidance) and the regression tests can call them uninstrumented.
"""

from __future__ import annotations

import hashlib
import html
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["DICTIONARY", "HARNESSES", "check_normalized", "check_source", "main"]

# Tokens the mutator may splice in (libFuzzer -dict): page chrome, HTML, pinyin readings, page markers, numbers.
DICTIONARY = (
    "<html>", "<body>", "<head>", "<title>", "</title>", "<p>", "</p>", "<div>", "</div>", "<br>", "<h1>", "</h1>",
    "<script>", "</script>", "<nav>", "<table>", "<tr>", "<td>", "<li>", '<meta name="pubdate" content="', '">',
    '<link rel="canonical" href="', "<![if !IE]>", "<!--", "-->", "&nbsp;", "&amp;", "&#x4e2d;", "&#20013;", "&lt",
    "<!DOCTYPE html>", 'style="display:none"', "\r\n", "\u3000", "\ufeff",
    "扫一扫在手机打开当前页", "【打印】", "【大 中 小】", "当前位置：", "首页 > ", "发布时间：2024-03-05",
    "来源：某县民政局", "浏览次数：", "版权所有", "ICP备", "上一篇：", "分享到：", "区(qū)", "養(yǎng)", "（蘇木）",
    "— 7 —", "[1]", "①", "737.8 万人", "2021 年", "１２３", "．", "％", "「", "」", "，", "。", "；", "：", "——",
    "本报记者 ", "一、", "（一）", "第一章", "万人", "亿元", "比上年增长", "%", "低保", "特困",
    "内蒙古自治区", "人民政府", "民政局",
)


def _name(data: bytes) -> str:
    return "fuzz.html" if data and data[-1] & 1 else "fuzz.txt"


def check_source(source: Any, raw: bytes) -> None:
    """The invariants of a :class:`policy_graph.read.Source` read from ``raw``."""
    text = source.text
    assert source.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert 0 <= source.content_start <= source.content_end <= len(text), (source.content_start, source.content_end)
    pieces = source.pieces
    assert pieces, "a readable source has some article text"
    assert "".join(p.text for p in pieces).strip(), "the article text is not blank"
    previous = source.content_start
    for piece in pieces:
        assert previous <= piece.start <= piece.end <= source.content_end, (previous, piece)
        previous = piece.end
        written = text[piece.start:piece.end]
        if piece.text == written:
            continue
        if piece.start == piece.end:  # a break between blocks (a line's, or a table's between cells or rows)
            assert re.fullmatch(r"\n|\n?\t+| ", piece.text), piece
        elif piece.text == " ":
            assert written.isspace() or (written.startswith("&") and html.unescape(written).isspace()), piece
        else:
            assert written.startswith("&") and html.unescape(written) == piece.text, (piece, written)


def check_normalized(normalized: Any, start: int, end: int) -> None:
    """Every normalized character maps back, in order, to a non-empty slice of the original within
    ``[start, end)``; the whole text maps to one."""
    assert len(normalized.starts) == len(normalized.ends) == len(normalized.text)
    previous = start
    for i in range(len(normalized.text)):
        begin, stop = normalized.original_span(i, i + 1)
        assert start <= begin < stop <= end, (i, begin, stop, start, end)
        assert begin >= previous, (i, begin, previous)  # the map keeps the original order
        previous = begin
    if normalized.text:
        begin, stop = normalized.original_span(0, len(normalized.text))
        assert start <= begin < stop <= end


def _read(data: bytes) -> Any:
    """The source ``data`` makes, or None when the reader refuses it with the project's own error."""
    from policy_graph.errors import PolicyGraphError
    from policy_graph.read import Source

    try:
        source = Source.from_bytes(data, name=_name(data))
    except PolicyGraphError:
        return None  # empty, binary, undecodable, chrome only: refused with a clear message, which is fine
    check_source(source, data)
    return source


def fuzz_read(data: bytes) -> None:
    """The reader: decode, detect HTML, find the article and the chrome."""
    _read(data)


def fuzz_normalize(data: bytes) -> None:
    """The normalizer on what the reader makes of ``data`` (or, if it refuses it, on the bytes as UTF-8)."""
    from policy_graph.normalize import normalize, normalize_text

    source = _read(data)
    if source is not None:
        check_normalized(normalize(source), source.content_start, source.content_end)
        return
    text = data.decode("utf-8", "replace")
    base = len(data) % 97
    check_normalized(normalize_text(text, base=base), base, base + len(text))


def fuzz_pipeline(data: bytes) -> None:
    """Read, normalize, segment, extract, resolve and map to triples; check the provenance spans."""
    from policy_graph.build import process_source
    from policy_graph.errors import PolicyGraphError
    from policy_graph.namespaces import OA, PG, RDF

    source = _read(data)
    if source is None:
        return
    try:
        resolved, triples = process_source(source)
    except PolicyGraphError:
        return
    for observation in resolved.facts.observations:
        assert observation.evidence.start < observation.evidence.end, observation.evidence
    spans: dict[Any, dict[Any, Any]] = {}
    for s, p, o in triples:
        if p in (PG.start, PG.end, OA.exact) or (p == RDF.type and o == PG.TextSpan):
            spans.setdefault(s, {})[p] = o
    for span, values in spans.items():
        if values.get(RDF.type) is None:
            continue
        begin, stop = int(values[PG.start]), int(values[PG.end])
        assert 0 <= begin < stop <= len(source.text), (span, begin, stop)
        assert source.text[begin:stop] == str(values[OA.exact]), (span, source.text[begin:stop], values[OA.exact])


HARNESSES: dict[str, Callable[[bytes], None]] = {
    "read": fuzz_read,
    "normalize": fuzz_normalize,
    "pipeline": fuzz_pipeline,
}


def main(argv: Sequence[str]) -> None:
    """``fuzz.py HARNESS [libFuzzer options] [corpus dirs]``: instrument ``policy_graph``, warm up, fuzz."""
    if len(argv) < 2 or argv[1] not in HARNESSES:
        sys.exit(f"usage: {argv[0]} {{{','.join(HARNESSES)}}} [libFuzzer options] [corpus directories]")
    import atheris

    # Instrument our package and the standard library's HTML parser (the reader's tolerant half) for coverage.
    with atheris.instrument_imports(include=["policy_graph", "html", "_markupbase"]):
        import html.parser  # noqa: F401

        import policy_graph.build
        import policy_graph.normalize
        import policy_graph.read  # noqa: F401
    harness = HARNESSES[argv[1]]
    # Load the dictionaries (OpenCC, pypinyin, jieba, the gazetteer) before the clock of -timeout starts.
    harness("低保对象（qū）共1.5万人。\n".encode() * 3)
    harness(b"<html><body><p>" + "城乡低保标准提高到每人每月800元。".encode() + b"</p></body></html>")
    atheris.Setup([argv[0], *argv[2:]], harness)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
