"""The real policy texts of ../shared/corpus (reference only: not shipped; skipped when absent).

Every file builds and validates, warnings stay few, and nothing is read from the places that hold no
statistics: page chrome, page markers, flattened tables.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph

from policy_graph.build import process_source
from policy_graph.mapping import graph_of
from policy_graph.namespaces import OA, PG, PROV, RDF
from policy_graph.read import read_source
from policy_graph.validate import validate

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = sorted(CORPUS.glob("0[1-9]_*.txt")) if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason="../shared/corpus is not here")


def _reported_quotes(graph: Graph) -> list[tuple[int, int, str, str]]:
    """(start, end, quote, sentence) of every reported observation."""
    out = []
    for obs in graph.subjects(RDF.type, PG.Observation):
        for span in graph.objects(obs, PROV.wasDerivedFrom):
            if (span, RDF.type, PG.TextSpan) in graph:
                sentence = graph.value(span, PG.sentence)
                out.append((int(graph.value(span, PG.start)), int(graph.value(span, PG.end)),  # type: ignore[arg-type]
                            str(graph.value(span, OA.exact)),
                            str(graph.value(sentence, OA.exact)) if sentence is not None else ""))
    return out


@pytest.mark.parametrize("path", FILES, ids=[p.name[:12] for p in FILES])
def test_builds_validates_and_reads_no_chrome(path: Path) -> None:
    source = read_source(path)
    resolved, triples = process_source(source)
    graph = graph_of(triples)
    report = validate(graph)
    assert report.conforms, [str(v) for v in report.violations[:5]]
    assert len(resolved.facts.warnings) <= 20
    for start, end, quote, sentence in _reported_quotes(graph):
        assert source.content_start <= start and end <= source.content_end, f"quote in page chrome: {quote}"
        numbers = len(re.findall(r"\d+(?:\.\d+)?", sentence))
        words = len(re.findall(r"[\u4e00-\u9fff]", sentence))
        assert words >= 2 * numbers, f"a sentence that is mostly numbers (a flattened table?): {sentence}"
        assert not re.search(r"[—-]\s*\d+\s*[—-]", quote), f"a page marker in a quote: {quote}"
        assert not re.search(r"浏览次数|网站标识码|ICP备", quote), quote


def test_national_bulletins_are_about_china() -> None:
    for path in FILES:
        if "mca" in path.name or "mohrss" in path.name:
            resolved, _graph = process_source(read_source(path))
            assert resolved.facts.focus_region == "000000", path.name


def test_work_reports_report_on_the_year_before() -> None:
    for path in FILES:
        match = re.search(r"gov-work-report-(\d{4})", path.name)
        if match:
            resolved, _graph = process_source(read_source(path))
            assert resolved.facts.reference_period == str(int(match.group(1)) - 1), path.name
