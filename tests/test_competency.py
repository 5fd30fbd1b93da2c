"""The competency questions of the founding article, each answered by its saved query.

The expected answers are those of ``shared/spec/competency-questions.md``, written
out here (not read back from our own output).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph

from policy_graph.build import build_graph
from policy_graph.query import format_result, run_query, saved_queries
from policy_graph.remote import push
from policy_graph.store import load_ontology, open_graph, write_store

from .oxigraph_server import running_server

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "data" / "sources" / "000_26f0a640244b8524.txt"
COMMITTED = ROOT / "data" / "triples.ttl"
# The same questions, answered the same way, wherever the graph lives.
BACKENDS = ["built-in-memory", "file-oxigraph", "file-rdflib", "store", "remote"]


@pytest.fixture(scope="module", params=BACKENDS)
def graph(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Graph]:
    backend = request.param
    if backend == "built-in-memory":
        yield load_ontology(build_graph([FOUNDING]).graph)
    elif backend == "file-oxigraph":
        yield open_graph(COMMITTED, engine="oxigraph")
    elif backend == "file-rdflib":
        yield open_graph(COMMITTED, engine="rdflib")
    elif backend == "store":
        directory = tmp_path_factory.mktemp("store") / "store"
        write_store(directory, build_graph([FOUNDING]).graphs)
        yield open_graph(directory)
    else:
        with running_server(tmp_path_factory.mktemp("oxigraph")) as url:
            push(open_graph(COMMITTED), url)
            yield open_graph(url)


def rows(graph: Graph, name: str) -> list[dict[str, str]]:
    result = run_query(graph, saved_queries()[name].text)
    names = [str(v) for v in result.vars or []]
    out = []
    for row in result:
        values = list(row)  # type: ignore[arg-type]
        out.append({n: ("" if v is None else str(v)) for n, v in zip(names, values, strict=True)})
    return out


def num(text: str) -> Decimal:
    return Decimal(text)


def test_every_question_has_a_saved_query() -> None:
    saved = saved_queries()
    for n in range(1, 13):
        matches = [q for name, q in saved.items() if name.startswith(f"cq{n:02d}-")]
        assert len(matches) == 1, f"CQ{n} needs exactly one saved query"
        assert matches[0].description.startswith(f"CQ{n}:"), "the first comment line names the question"


def test_cq1_documents_types_and_implementation(graph: Graph) -> None:
    found = rows(graph, "cq01-documents")
    titles = {r["title"] for r in found}
    assert len(titles) == 9
    regional = {r["title"] for r in found if r["jurisdiction"] == "内蒙古自治区"}
    assert len(regional) == 8
    assert "社会救助暂行办法" in titles - regional
    types = {r["title"]: r["type"] for r in found}
    assert types["社会救助暂行办法"] == "暂行办法"
    assert types["内蒙古自治区养老服务机构等级评定办法"] == "办法"
    assert types["关于进一步完善村规民约的指导意见"] == "指导意见"
    assert types["关于规范和精简社区工作的通知"] == "通知"
    assert types["内蒙古自治区人民政府关于加快发展养老服务业的实施意见"] == "实施意见"
    implementing = {(r["title"], r["implements"]) for r in found if r["implements"]}
    assert implementing == {("内蒙古自治区贯彻落实国务院〈社会救助暂行办法〉的实施意见", "社会救助暂行办法")}


def test_cq2_issuers(graph: Graph) -> None:
    found = {r["title"]: r for r in rows(graph, "cq02-issuers")}
    assert found["内蒙古自治区人民政府关于加快发展养老服务业的实施意见"]["issuer"] == "内蒙古自治区人民政府"
    office = found["内蒙古自治区人民政府办公厅关于全面放开养老服务市场提升养老服务质量的实施意见"]
    assert office["issuer"] == "内蒙古自治区人民政府办公厅"
    assert office["parentBody"] == "内蒙古自治区人民政府"
    assert found["关于改革社会组织管理制度促进社会组织健康有序发展的实施意见"]["issuer"] == "内蒙古自治区"
    # No issuer is invented for the documents whose text names none.
    for title in ("关于规范和精简社区工作的通知", "内蒙古自治区养老服务机构等级评定办法",
                  "关于进一步完善村规民约的指导意见"):
        assert title not in found


def test_cq3_regions(graph: Graph) -> None:
    found = {r["code"]: (r["region"], r["level"], r["parent"]) for r in rows(graph, "cq03-regions")}
    assert found == {
        "150000": ("内蒙古自治区", "province", ""),
        "150200": ("包头市", "prefecture", "内蒙古自治区"),
        "150300": ("乌海市", "prefecture", "内蒙古自治区"),
        "150400": ("赤峰市", "prefecture", "内蒙古自治区"),
        "150600": ("鄂尔多斯市", "prefecture", "内蒙古自治区"),
        "150800": ("巴彦淖尔市", "prefecture", "内蒙古自治区"),
        "150900": ("乌兰察布市", "prefecture", "内蒙古自治区"),
        "152500": ("锡林郭勒盟", "prefecture", "内蒙古自治区"),
        "150421": ("阿鲁科尔沁旗", "county", "赤峰市"),
    }


def test_cq4_dibao_standards_and_derived_baselines(graph: Graph) -> None:
    found = rows(graph, "cq04-dibao-standards")
    reported = {(r["indicator"], num(r["value"]), r["changePercent"] and num(r["changePercent"]))
                for r in found if r["status"] == "reported"}
    assert reported == {("城市最低生活保障标准", Decimal(647), Decimal("45.7")),
                        ("农村牧区最低生活保障标准", Decimal(462), Decimal(87))}
    assert all(r["period"] == "2018" and r["basePeriod"] == "2013" for r in found if r["status"] == "reported")
    derived = {(r["indicator"], r["period"], num(r["value"])) for r in found if r["status"] == "derived"}
    assert derived == {("城市最低生活保障标准", "2013", Decimal("444.06")),
                       ("农村牧区最低生活保障标准", "2013", Decimal("247.06"))}


def test_cq5_recipients(graph: Graph) -> None:
    found = {(r["indicator"], num(r["value"])) for r in rows(graph, "cq05-recipients") if r["period"] == "2018"}
    assert found == {("城市低保对象", Decimal(397000)), ("农村牧区低保对象", Decimal(1208000)),
                     ("城市特困人员", Decimal(11600)), ("农村牧区特困人员", Decimal(81500))}


def test_cq6_tekun_standards_per_year(graph: Graph) -> None:
    found = {r["indicator"]: r for r in rows(graph, "cq06-tekun-standards")}
    urban, rural = found["城市特困人员供养标准"], found["农村牧区特困人员供养标准"]
    assert (num(urban["value"]), urban["unit"]) == (Decimal(1075), "CNY/person/month")
    assert num(urban["perYear"]) == Decimal(12900)
    assert num(urban["changePercent"]) == Decimal(92)
    assert (num(rural["value"]), rural["unit"]) == (Decimal(8446), "CNY/person/year")
    assert num(rural["perYear"]) == Decimal(8446)
    assert num(rural["changePercent"]) == Decimal("152.6")
    assert urban["basePeriod"] == rural["basePeriod"] == "2013"


def test_cq7_elderly_care_models(graph: Graph) -> None:
    found = rows(graph, "cq07-elderly-care-models")
    models = {(r["region"], r["program"]) for r in found if r["type"] == "model"}
    assert models == {("包头市", "城市养老服务模式"), ("乌兰察布市", "农村养老服务模式"),
                      ("锡林郭勒盟", "牧区养老服务模式"), ("鄂尔多斯市", "社会化养老服务模式"),
                      ("鄂尔多斯市", "医养结合养老服务模式")}
    pilot = [r for r in found if r["type"] == "pilot" and "公建民营" in r["program"]]
    assert {r["region"] for r in pilot} >= {"鄂尔多斯市", "巴彦淖尔市"}
    assert {num(r["institutions"]) for r in pilot} == {Decimal(24)}


def test_cq8_parts_add_up(graph: Graph) -> None:
    found = rows(graph, "cq08-parts-and-totals")
    assert len(found) == 1
    check = found[0]
    assert num(check["totalValue"]) == num(check["sumOfParts"]) == Decimal(16032)
    assert check["result"] == "consistent"
    parts = {p.rsplit(" ", 1)[0]: num(p.rsplit(" ", 1)[1]) for p in check["parts"].split("; ")}
    assert parts == {"社会团体": Decimal(8148), "民办非企业单位": Decimal(7735), "基金会": Decimal(149)}


def test_cq9_more_than_doubled(graph: Graph) -> None:
    found = rows(graph, "cq09-more-than-doubled")
    doubled = [(r["indicator"], num(r["changePercent"])) for r in found]
    assert doubled == [("农村牧区特困人员供养标准", Decimal("152.6"))]


def test_cq10_every_number_has_its_source(graph: Graph) -> None:
    original = FOUNDING.read_bytes().decode("utf-8")
    found = rows(graph, "cq10-provenance")
    assert len(found) >= 34
    for r in found:
        start, end = int(r["start"]), int(r["end"])
        assert original[start:end] == r["quote"], r
        assert r["quote"] in r["sentence"]
        assert r["file"] == FOUNDING.name


def test_cq11_programs_by_theme(graph: Graph) -> None:
    found = rows(graph, "cq11-programs-by-theme")
    themes = {r["theme"] for r in found}
    assert {"社会救助", "养老服务", "基层治理与社区建设", "社会组织"} <= themes
    by_program = {r["program"]: r for r in found}
    contract = next(p for p in by_program if "契约化管理模式" in p)
    assert by_program[contract]["regions"] == "阿鲁科尔沁旗"
    assert by_program["三方例会直通车"]["regions"] == "乌海市"
    platform = next(p for p in by_program if "12349" in p and p.endswith("平台"))
    assert by_program[platform]["theme"] == "养老服务"


def test_cq12_notice_cancelled(graph: Graph) -> None:
    found = [r for r in rows(graph, "cq12-notice-measures") if r["title"] == "关于规范和精简社区工作的通知"]
    assert {r["issued"] for r in found} == {"2014"}
    values = {num(r["value"]) for r in found}
    assert values == {Decimal(10), Decimal(35), Decimal(18), Decimal(22), Decimal(27)}
    cancelled = {num(r["value"]) for r in found if r["indicator"].startswith("取消")}
    assert cancelled == {Decimal(35), Decimal(18), Decimal(22), Decimal(27)}
    assert {r["unit"] for r in found} == {"count"}


def test_at_least_34_observations_and_no_traps(graph: Graph) -> None:
    found = rows(graph, "cq10-provenance")
    values = {num(r["value"]) for r in found}
    assert len(found) >= 34
    assert not values & {Decimal(12349), Decimal(2013), Decimal(2014), Decimal(2018)}
    assert not any("底线" in r["indicator"] or "党代会" in r["quote"] for r in found)


@pytest.mark.parametrize("name", ["cq02-issuers", "cq10-provenance", "cq11-programs-by-theme"])
def test_an_oxigraph_result_behaves_as_rdflib_s_own(name: str) -> None:
    """The rows run_query gives on an Oxigraph graph (made straight from its solutions) are the rows of the result
    rdflib builds through oxrdflib: by index, by name, as attributes, as bindings, twice over, and written the
    same in every result format."""
    text = saved_queries()[name].text
    graph = open_graph(COMMITTED)
    ours, theirs = run_query(graph, text), graph.query(text)
    assert ours.vars == theirs.vars
    first = sorted(tuple(map(str, row)) for row in ours)  # type: ignore[arg-type]
    assert first == sorted(tuple(map(str, row)) for row in theirs)  # type: ignore[arg-type]
    assert sorted(tuple(map(str, row)) for row in ours) == first  # type: ignore[arg-type]  # read again
    assert len(ours) == len(theirs) == len(first) > 0 and bool(ours)
    row = next(iter(ours))
    name_of_first = str(ours.vars[0])  # type: ignore[index]
    assert row[0] == row[name_of_first] == getattr(row, name_of_first) == row[ours.vars[0]]  # type: ignore[index]
    # unbound variables are left out, as rdflib's own engine does (oxrdflib keeps them as None, which rdflib's XML
    # results writer then refuses)
    assert ours.bindings[0] == {k: v for k, v in zip(ours.vars, row, strict=True) if v is not None}  # type: ignore[arg-type]
    for fmt in ("csv", "tsv", "table"):
        assert sorted(format_result(ours, fmt).splitlines()) == sorted(format_result(theirs, fmt).splitlines()), fmt
    mine, other = json.loads(format_result(ours, "json")), json.loads(format_result(theirs, "json"))
    assert mine["head"] == other["head"]
    assert sorted(json.dumps(b, sort_keys=True) for b in mine["results"]["bindings"]) == sorted(
        json.dumps(b, sort_keys=True) for b in other["results"]["bindings"])


EDGE_SELECT = "SELECT ?obs ?value ?upper ?quote ?region ?n ?flag"
EDGE_QUERY = """PREFIX pg: <https://w3id.org/policy-graph/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?obs ?value ?upper ?quote ?region ?n ?flag ?blank
WHERE { ?obs pg:value ?value ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?span ; pg:refArea ?r .
        ?span <http://www.w3.org/ns/oa#exact> ?quote . ?r rdfs:label ?region .
        OPTIONAL { ?obs pg:upperBound ?upper }
        BIND(CONCAT(?quote, ', "quoted"\\n\\tand\\r\\nbroken') AS ?quoted)
        BIND(STRLEN(?quote) AS ?n) BIND(?value > 100 AS ?flag) BIND(BNODE() AS ?blank) }"""


def _parsed(fmt: str, data: bytes) -> list[str]:
    """An answer as a sorted list of rows, whatever its form (row order is free without ORDER BY; blank nodes
    are fresh in every answer, so only their being there is compared)."""
    import re

    if fmt == "json":
        found = json.loads(data)
        rows = [json.dumps({k: v if v["type"] != "bnode" else "bnode" for k, v in b.items()}, sort_keys=True)
                for b in found["results"]["bindings"]]
        return [*sorted(rows), json.dumps(found["head"])]
    if fmt == "xml":
        from xml.etree import ElementTree

        space = "{http://www.w3.org/2005/sparql-results#}"
        tree = ElementTree.fromstring(data)
        for blank in tree.iter(f"{space}bnode"):
            blank.text = "b"
        head = [v.get("name", "") for v in tree.iter(f"{space}variable")]
        return [*sorted(ElementTree.tostring(result, encoding="unicode").replace("\n", "")
                        for result in tree.iter(f"{space}result")), *head]
    return sorted(re.sub(r"_:\S+?(?=[,\t\s]|$)", "_:b", line) for line in data.decode("utf-8").splitlines())


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_oxigraph_answers_written_by_oxigraph_are_written_as_ours(fmt: str) -> None:
    """`policy-graph query` writes an Oxigraph answer with Oxigraph's own writers (no rdflib terms): the same
    document as the rdflib result of the same query gives through our writers: numbers, booleans, quotes with
    commas and line breaks, language tags, unbound values and blank nodes included."""
    from policy_graph.query import answer

    graph = open_graph(COMMITTED)
    edge = EDGE_QUERY.replace(EDGE_QUERY.splitlines()[2], EDGE_SELECT) if fmt == "table" else EDGE_QUERY
    queries = [edge, edge.replace("?flag", "?flag ?quoted", 1)]
    queries += [q.text for name, q in sorted(saved_queries().items()) if name.startswith("cq")]
    for text in queries:
        fast, general = answer(graph, text, fmt), format_result(run_query(graph, text), fmt)
        assert _parsed(fmt, fast) == _parsed(fmt, general), text[:200]
        if fmt in ("csv", "tsv", "table") and "?blank" not in text:
            assert sorted(fast.splitlines()) == sorted(general.splitlines())  # byte for byte, but for row order
    assert len(_parsed(fmt, answer(graph, edge, fmt))) > 30
