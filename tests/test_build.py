"""Building many sources: processes, shards, a bad file among good ones, the summary."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from policy_graph.build import build_graph, source_document
from policy_graph.cli import main
from policy_graph.errors import SourceError
from policy_graph.gazetteer import Gazetteer
from policy_graph.mapping import to_ntriples
from policy_graph.normalize import normalize
from policy_graph.read import Source
from policy_graph.validate import validate

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "dev"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    directory = tmp_path / "sources"
    directory.mkdir()
    for case in ("01-gansu-social-assistance", "04-hunan-social-organizations-pinyin",
                 "08-state-council-implementation-opinions"):
        shutil.copy(DEV / case / "source.txt", directory / f"{case}.txt")
    shutil.copy(DEV / "05-xingtai-civil-affairs-webpage-gb18030" / "source.html", directory / "xingtai.html")
    return directory


def test_jobs_give_the_same_graph_as_one_process(sources: Path) -> None:
    one = build_graph([sources])
    two = build_graph([sources], jobs=2)
    assert len(one.sources) == len(two.sources) == 4  # the web page is picked up too
    assert isomorphic(one.graph, two.graph)
    assert sorted(one.graphs) == sorted(two.graphs)


def test_shards_hold_one_named_graph_per_source(sources: Path, tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    result = build_graph([sources], shards=shards)
    files = sorted(shards.glob("*.nq"))
    assert len(files) == 4
    dataset = Dataset()
    for file in files:
        dataset.parse(file, format="nquads")
    sizes = {g.identifier: len(g) for g in dataset.graphs() if len(g)}
    assert sizes == {name: len(graph) for name, graph in result.graphs.items()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_file_stops_the_build_or_is_skipped(sources: Path, jobs: int) -> None:
    (sources / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(SourceError):
        build_graph([sources], jobs=jobs)
    result = build_graph([sources], keep_going=True, jobs=jobs)
    assert len(result.sources) == 4
    assert len(result.failed) == 1 and "broken.txt" in result.failed[0]


def test_many_files_in_two_processes_give_what_one_gives(tmp_path: Path) -> None:
    """Workers take a few files per task: every file is still reported once, in order, bad ones included."""
    text = (DEV / "01-gansu-social-assistance" / "source.txt").read_text(encoding="utf-8")
    for n in range(40):
        (tmp_path / f"{n:02d}.txt").write_text(f"{text}\n2019年第{n + 1}批次共{n + 3}个项目。\n", encoding="utf-8")
    (tmp_path / "17b.txt").write_bytes(b"\x00\x01\x02" * 100)
    seen: list[tuple[int, int]] = []
    one = build_graph([tmp_path], keep_going=True)
    two = build_graph([tmp_path], keep_going=True, jobs=2,
                      progress=lambda done, total, _name: seen.append((done, total)))
    assert seen == [(n, 41) for n in range(1, 42)]
    assert [s.name for s in two.sources] == [s.name for s in one.sources] and len(one.sources) == 40
    assert two.parts == one.parts and two.failed == one.failed and len(one.failed) == 1


def test_cli_summary_and_report(sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, report = tmp_path / "out.trig", tmp_path / "warnings.txt"
    assert main(["build", str(sources), "-o", str(out), "-j", "2", "--report", str(report), "--no-validate"]) == 0
    printed = capsys.readouterr().out
    assert "from 4 source(s)" in printed and "obs" in printed and "Observation" in printed
    assert report.exists()
    dataset = Dataset()
    dataset.parse(out, format="trig")
    assert len([g for g in dataset.graphs() if len(g)]) == 4


def test_cli_rejects_zero_jobs(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(sources), "-j", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err


_PARAGRAPH = ("2022年，全市城乡居民人均可支配收入达到38000元，比上年增长5.2%。全年城市最低生活保障对象"
              "12000人，农村最低生活保障对象45000人。全市共有养老机构86个，床位9800张。年末全市户籍人口"
              "420万人，比上年末增加1.2万人。全年新增城镇就业人员4.6万人，城镇登记失业率2.9%。")
LINE_BROKEN = "".join(_PARAGRAPH[i:i + 28] + "\n" for i in range(0, len(_PARAGRAPH), 28))  # as a PDF wraps it


def test_quotes_with_line_breaks_load_into_shards_and_stores(tmp_path: Path) -> None:
    """A sentence broken over two lines (as in text taken from a PDF) keeps its line break in the quote:
    shards and stores must still be valid N-Quads / N-Triples (``n3()`` would write a triple-quoted string)."""
    source = tmp_path / "柳州市.txt"
    source.write_text("柳州市2022年国民经济和社会发展统计公报\n\n" + LINE_BROKEN, encoding="utf-8")
    shards = tmp_path / "shards"
    shards.mkdir()
    result = build_graph([source], shards=shards)
    quotes = [str(o) for _s, p, o in result.triples() if str(p).endswith("#exact") and "\n" in str(o)]
    assert quotes, "the test needs a quote that spans a line break"
    dataset = Dataset()
    dataset.parse(next(shards.glob("*.nq")), format="nquads")
    assert {(s, p, o) for s, p, o, _g in dataset.quads((None, None, None, None))} == result.triples()
    assert main(["build", str(source), "--store", str(tmp_path / "store"), "-q", "--no-validate"]) == 0
    assert main(["query", "-g", str(tmp_path / "store"), "ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), '\\n')) }"]) == 0


def test_a_short_title_cited_again_is_the_document_of_that_kind_cited_before() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("国务院新闻办公室新闻发布会\n2025年1月，中共中央、国务院印发《关于深化养老服务改革发展的意见》。"
            "下一步，民政部将会同有关部门抓好《意见》贯彻落实。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert set(resolved.facts.documents) == {"关于深化养老服务改革发展的意见"}


def test_titles_keep_the_years_their_text_writes_in_chinese_digits() -> None:
    from policy_graph.build import source_document
    from policy_graph.mapping import triples_of
    from policy_graph.namespaces import DCTERMS, PG, RDF
    from policy_graph.read import Source

    text = ("某市二〇二五年民生实事办理情况\n市政府印发《某市二〇二五年民生实事项目实施方案》，"
            "共安排项目10件。二〇二五年全市新增养老床位500张，落实《2024年养老服务工作要点》。\n")
    resolved, data = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    graph = triples_of(data)
    titles = {str(o) for _s, p, o in graph if p == DCTERMS.title}
    # cited titles and the heading as written; the years read for the figures stay numbers
    assert {"某市二〇二五年民生实事项目实施方案", "2024年养老服务工作要点", "某市二〇二五年民生实事办理情况"} <= titles
    documents = {s for s, p, o in graph if p == RDF.type and o == PG.PolicyDocument}
    linked = {o for _s, p, o in graph if p in (PG.relatedDocument, PG.implements)}
    assert len(documents) == 2 and linked and linked <= documents
    assert {str(o) for _s, p, o in graph if p == PG.refPeriod} == {"2025"}
    assert set(resolved.facts.documents) == {"某市2025年民生实事项目实施方案", "2024年养老服务工作要点"}


def test_people_s_organizations_are_national_but_no_part_of_the_state_council() -> None:
    from policy_graph.build import source_document
    from policy_graph.mapping import triples_of
    from policy_graph.namespaces import ORG, PG, RDFS
    from policy_graph.read import Source

    text = ("某省民政厅通知\n　　根据民政部、中国残联《关于进一步完善两项补贴制度的意见》要求，"
            "退役军人事务部、民政部印发《关于做好优抚工作的通知》，2025年全省发放补贴3.2亿元。\n")
    _resolved, data = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    graph = triples_of(data)
    orgs = {str(o): s for s, p, o in graph if p == RDFS.label}
    parents = {str(s): str(o) for s, p, o in graph if p == ORG.subOrganizationOf}
    areas = {str(s): str(o) for s, p, o in graph if p == PG.jurisdiction}
    assert areas[str(orgs["中国残联"])].endswith("/region/000000") and str(orgs["中国残联"]) not in parents
    assert parents[str(orgs["退役军人事务部"])].endswith("/org/%E5%9B%BD%E5%8A%A1%E9%99%A2")  # 国务院


def test_two_figures_from_one_place_get_an_iri_each() -> None:
    # should two observations ever come from the same character of the original, each still gets its own IRI (the
    # second with -2), and the graph conforms: one value, one period each
    source = Source.from_bytes("某县民政工作\n2024年，全县有低保对象1200人。\n".encode(), name="case.txt")
    resolved, _ = source_document(source)
    [obs] = resolved.facts.observations
    twin = copy.copy(obs)
    twin.value, twin.period = obs.value + 1, "2023"
    resolved.facts.observations.append(twin)
    data = to_ntriples(resolved, source, normalize(source), Gazetteer.default())
    graph = Graph().parse(data=data.decode(), format="nt")
    assert validate(graph).conforms
    values = {str(o) for s, p, o in graph if str(p).endswith("#value") and "/obs/" in str(s)}
    assert values == {"1200", "1201"}


def _graph_of(text: str) -> Graph:
    _resolved, data = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    return Graph().parse(data=data.decode(), format="nt")


def test_a_figure_after_a_short_name_is_linked_to_the_document_it_names() -> None:
    # 以下简称《通知》, then 《通知》明确…不低于70%: the figure's document is the notice, not a document called 通知
    graph = _graph_of("湘西州孤儿基本生活保障政策问答\n"
                      "州民政局印发《关于做好提高孤儿基本生活保障标准有关工作的通知》（州民发〔2025〕27号，以下简称《通知》）。"
                      "《通知》明确，2025年政策范围内个人自付部分按照不低于70%的比例给予医疗救助。\n")
    related = {str(o) for _s, p, o in graph if str(p).endswith("#relatedDocument")}
    docs = {str(s) for s, p, o in graph if str(o).endswith("#PolicyDocument")}
    assert related and related <= docs
    assert validate(graph).conforms


def test_notices_of_one_title_with_two_numbers_are_two_documents() -> None:
    # two cities' notices of the same title: each source's keyed by its number too, so the graph of both keeps
    # one number for each document (and conforms)
    title = "关于提高困难残疾人生活补贴和重度残疾人护理补贴标准的通知"
    both = _graph_of(f"张家口市两项补贴\n2025年3月，市民政局印发《{title}》（张民字〔2025〕9号）。\n") + \
        _graph_of(f"营口市两项补贴\n2026年1月，市民政局印发《{title}》（营民发〔2025〕57号）。\n")
    numbers = {(str(s), str(o)) for s, p, o in both if str(p).endswith("#documentNumber")}
    assert len(numbers) == len({s for s, _n in numbers}) == 2
    assert validate(both).conforms
