"""Tests for policy_graph.gazetteer and the shipped regions.tsv."""

from __future__ import annotations

import doctest
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from policy_graph import gazetteer as gazetteer_module
from policy_graph.gazetteer import STOP_BARE, Gazetteer, Region

ROOT = Path(__file__).resolve().parent.parent
TSV = ROOT / "src" / "policy_graph" / "data" / "regions.tsv"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _region(gaz: Gazetteer, code: str) -> Region:
    region = gaz.get(code)
    assert region is not None, code
    return region


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------------------------- table


def test_current_row_counts_per_level(gaz: Gazetteer) -> None:
    counts = Counter(r.level for r in gaz if not r.retired)
    assert counts["country"] == 1
    assert 31 <= counts["province"] <= 34
    assert 300 <= counts["prefecture"] <= 340
    assert 2800 <= counts["county"] <= 3000
    assert sum(1 for r in gaz if r.retired) > 1000  # retired codes kept for old documents


def test_known_rows(gaz: Gazetteer) -> None:
    nmg = _region(gaz, "150000")
    assert (nmg.name, nmg.level, nmg.parent) == ("内蒙古自治区", "province", None)
    baotou = _region(gaz, "150200")
    assert (baotou.name, baotou.level, baotou.parent) == ("包头市", "prefecture", "150000")
    ar = _region(gaz, "150421")
    assert (ar.name, ar.level, ar.parent) == ("阿鲁科尔沁旗", "county", "150400")
    assert _region(gaz, "150400").name == "赤峰市"
    xilin = _region(gaz, "152500")
    assert (xilin.name, xilin.level, xilin.retired) == ("锡林郭勒盟", "prefecture", False)
    assert baotou.lon is not None and 109 < baotou.lon < 111 and baotou.lat is not None and 40 < baotou.lat < 41


def test_placeholders_skipped_and_children_attached_to_province(gaz: Gazetteer) -> None:
    assert gaz.get("110100") is None  # 北京 市辖区
    assert gaz.get("429000") is None  # 湖北 省直辖县级行政区划
    assert _region(gaz, "110101").parent == "110000"  # 东城区
    assert _region(gaz, "429004").parent == "420000"  # 仙桃市


def test_aliases(gaz: Gazetteer) -> None:
    expected = {
        "锡盟": "152500", "包头": "150200", "呼市": "150100", "赤峰": "150400", "鄂尔多斯": "150600",
        "内蒙古": "150000", "广西": "450000", "新疆": "650000", "黑龙江": "230000", "北京": "110000",
        "延边": "222400", "阿盟": "152900", "巴盟": "150800", "乌盟": "150900", "兴安盟": "152200",
        "襄樊": "420600", "杜蒙县": "230624", "前郭": "220721", "喀左县": "211324",
    }
    for alias, code in expected.items():
        found = gaz.resolve(alias)
        assert found is not None and found.code == code, alias
    # 新城区 is a full name shared by several districts, never an alias of one of them
    assert {r.code for r in gaz.candidates("新城区") if not r.retired} >= {"150102", "610102"}
    assert gaz.candidates("兴安") == ()  # 兴安盟 keeps its full name (小兴安岭, 兴安县)
    assert gaz.candidates("公安") == ()  # common words are never aliases


def test_autonomous_units_have_their_usual_short_form(gaz: Gazetteer) -> None:
    # the stem and the kind of unit, also where the bare stem is a common word (海西, 互助)
    expected = {"黔东南州": "522600", "海西州": "632800", "延边州": "222400", "湘西州": "433100",
                "互助县": "630223", "龙胜县": "450328", "莫力达瓦旗": "150722", "海南州": "632500"}
    for alias, code in expected.items():
        found = gaz.resolve(alias)
        assert found is not None and found.code == code, alias
    assert gaz.candidates("海西") == ()
    assert [(m.text, m.start) for m in gaz.scan("黔东南州建成农村老年食堂")] == [("黔东南州", 0)]


def test_aliases_are_safe(gaz: Gazetteer) -> None:
    build = _build_script()
    for region in gaz:
        for alias in region.aliases:
            assert len(alias) >= 2, (region.code, alias)
            assert alias not in build.COMMON_WORD_STEMS, (region.code, alias)


def test_retired_code_maps_to_successor(gaz: Gazetteer) -> None:
    mohe_county = _region(gaz, "232723")
    assert mohe_county.name == "漠河县" and mohe_county.retired and mohe_county.replaced_by == "232701"
    assert gaz.current(mohe_county).name == "漠河市"
    assert "232723" in [r.code for r in gaz.candidates("漠河县")]
    assert gaz.resolve("漠河县") == mohe_county
    found = gaz.resolve("漠河")
    assert found is not None and found.code == "232701"
    # 崇文区 merged into 东城区 (2010): chained and hand-mapped successors are current rows
    assert gaz.current(_region(gaz, "110103")).code == "110101"
    assert not _region(gaz, "232701").retired


def test_integrity(gaz: Gazetteer) -> None:
    for region in gaz:
        assert len(region.code) == 6 and region.code.isdigit(), region
        assert region.level in ("country", "province", "prefecture", "county"), region
        if region.parent is not None:
            parent = gaz.get(region.parent)
            assert parent is not None, region
            assert parent.level in ("province", "prefecture"), region
        elif region.level not in ("country", "province"):
            pytest.fail(f"{region.code} {region.name} has no parent")
        if region.replaced_by is not None:
            successor = gaz.get(region.replaced_by)
            assert successor is not None and not successor.retired, region
        assert (region.lon is None) == (region.lat is None), region
        if region.lon is not None and region.lat is not None:
            assert 73 < region.lon < 136 and 3 < region.lat < 54, region


def test_china(gaz: Gazetteer) -> None:
    china = gaz.china
    assert (china.code, china.name, china.level, china.parent) == ("000000", "中华人民共和国", "country", None)
    assert set(china.aliases) == {"全国", "中国", "我国"}
    assert gaz.ancestors(_region(gaz, "150421")) == [_region(gaz, "150400"), _region(gaz, "150000")]
    assert TSV.read_text(encoding="utf-8").split("\n")[1].startswith("000000\t中华人民共和国\tcountry")


def test_tsv_is_canonical_sorted_and_unique() -> None:
    build = _build_script()
    text = TSV.read_text(encoding="utf-8")
    rows = build.parse_tsv(text)
    assert build.format_tsv(rows) == text  # the committed file is exactly what the formatter writes
    assert build.format_tsv(list(reversed(rows))) == text  # and the formatter sorts
    codes = [r.code for r in rows]
    assert codes == sorted(codes) and len(codes) == len(set(codes))
    assert len(text.encode("utf-8")) < 1_000_000


def test_stem() -> None:
    stem = _build_script().stem
    assert stem("包头市") == "包头"
    assert stem("延边朝鲜族自治州") == "延边"
    assert stem("双江拉祜族佤族布朗族傣族自治县") == "双江"
    assert stem("管城回族区") == "管城"
    assert stem("东乡族自治县") == ""
    assert stem("乌拉特前旗") == ""
    assert stem("大兴安岭地区") == "大兴安岭"


# ---------------------------------------------------------------------------------------------- resolve


def test_resolve_uses_context(gaz: Gazetteer) -> None:
    assert gaz.resolve("新城区") is None
    in_hohhot = gaz.resolve("新城区", [_region(gaz, "150100")])
    assert in_hohhot is not None and in_hohhot.code == "150102"
    in_shaanxi = gaz.resolve("新城区", [_region(gaz, "610000")])
    assert in_shaanxi is not None and in_shaanxi.code == "610102"
    assert gaz.resolve("不存在的地方") is None


def test_resolve_prefers_a_namesake_beside_the_context(gaz: Gazetteer) -> None:
    # 和平区 is in 天津 and in 沈阳; the text's other districts are 天津's, and name no city
    tianjin_hebei = _region(gaz, "120105")
    assert gaz.resolve("和平区") is None
    assert _region(gaz, "120101") == gaz.resolve("和平区", [tianjin_hebei])
    # nothing beside it: a namesake in the same province still wins over one elsewhere (鞍山's 铁东区)
    assert _region(gaz, "210102") == gaz.resolve("和平区", [_region(gaz, "210302")])
    assert _region(gaz, "210102") == gaz.resolve("和平区", [_region(gaz, "210100")])  # inside 沈阳市


def test_resolve_goes_by_the_most_precise_region_of_the_context(gaz: Gazetteer) -> None:
    # 铁西区 is in 沈阳 and in 鞍山 (both in 辽宁省), and in 四平 and 安阳
    liaoning, shenyang = _region(gaz, "210000"), _region(gaz, "210100")
    assert gaz.resolve("铁西区", [liaoning]) is None
    assert _region(gaz, "210106") == gaz.resolve("铁西区", [liaoning, shenyang])


def test_resolve_prefers_current_over_retired_namesake() -> None:
    rows = [
        Region("150000", "内蒙古自治区", "province", None, None, None, ("内蒙古",), None),
        Region("150100", "甲市", "prefecture", "150000", None, None, (), None),
        Region("150101", "乙区", "county", "150100", None, None, (), None),
        Region("150199", "乙区", "county", "150100", None, None, (), "150101"),
        Region("150102", "丙区", "county", "150100", None, None, (), None),
        Region("150103", "丙区", "county", "150000", None, None, (), None),
    ]
    gaz = Gazetteer.from_rows(rows)
    assert len(gaz) == 6
    found = gaz.resolve("乙区")
    assert found is not None and found.code == "150101"
    assert [r.code for r in gaz.candidates("乙区")] == ["150101", "150199"]
    assert gaz.resolve("丙区") is None
    with pytest.raises(LookupError):
        _ = gaz.china
    with pytest.raises(ValueError, match="duplicate"):
        Gazetteer.from_rows(rows + rows[:1])


# ---------------------------------------------------------------------------------------------- scan


def test_scan_offsets(gaz: Gazetteer) -> None:
    text = "在包头市、乌兰察布市、锡林郭勒盟、鄂尔多斯市分别探索了"
    mentions = gaz.scan(text)
    assert [(m.text, m.start, m.end) for m in mentions] == [
        ("包头市", 1, 4), ("乌兰察布市", 5, 10), ("锡林郭勒盟", 11, 16), ("鄂尔多斯市", 17, 22)]
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert [m.candidates[0].code for m in mentions] == ["150200", "150900", "152500", "150600"]


def test_scan_longest_match(gaz: Gazetteer) -> None:
    mentions = gaz.scan("赤峰市阿鲁科尔沁旗村级")
    assert [(m.text, m.start, m.end) for m in mentions] == [("赤峰市", 0, 3), ("阿鲁科尔沁旗", 3, 9)]
    assert [m.text for m in gaz.scan("锡盟和呼市")] == ["锡盟", "呼市"]


@pytest.mark.parametrize("text", [
    "加强社会救助体系建设，提高保障水平",
    "城区面积扩大，推进老城区改造和示范县建设，省、市和县三级财政",
    "以新安全格局保障新发展格局，坚持绿水青山就是金山银山，推进乡村振兴",
    "会同有关部门，健全公安机关执法监督，实施科教兴国战略，各族人民安居乐业",
    "坚持发展和安全，市场和政府，加快建设大城市，援助发展中国家",
    "资金全部通过惠民惠农财政补贴资金“一卡通”发放到户",
])
def test_scan_ordinary_text_finds_nothing(gaz: Gazetteer, text: str) -> None:
    assert gaz.scan(text) == []


def test_scan_stop_listed_names_need_an_enclosing_region(gaz: Gazetteer) -> None:
    assert "城区" in STOP_BARE and "新城区" in STOP_BARE
    mentions = gaz.scan("阳泉市城区和呼和浩特市新城区")
    assert [(m.text, m.start) for m in mentions] == [
        ("阳泉市", 0), ("城区", 3), ("呼和浩特市", 6), ("新城区", 11)]
    assert gaz.scan("新城区建设") == []
    # before the title of its own authority the name is a name (新县人民政府, 和县民政局)
    assert [(m.text, m.start) for m in gaz.scan("新县人民政府和和县民政局")] == [("新县", 0), ("和县", 7)]
    assert gaz.scan("新县城建设") == []
    # 和 after a title or a bureau is the conjunction: 《…办法》和县民政局, 市民政局和县民政局
    assert gaz.scan("《特困人员认定办法》和县民政局有关要求") == [] and gaz.scan("市民政局和县民政局") == []


def test_scan_glued_suffix_falls_back_to_short_name(gaz: Gazetteer) -> None:
    assert [(m.text, m.candidates[0].code) for m in gaz.scan("河北区域协同")] == [("河北", "130000")]
    assert [m.text for m in gaz.scan("海口市场")] == ["海口"]
    assert gaz.scan("北京路") == []  # a street, not the city


def test_scan_takes_time_in_proportion_to_the_text(gaz: Gazetteer) -> None:
    sentence = ("内蒙古自治区人民政府关于印发包头市、赤峰市阿鲁科尔沁旗乡村振兴规划的通知，"
                "锡盟和呼市加强社会救助体系建设，提高保障水平。")

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            gaz.scan(text)
            times.append(time.perf_counter() - start)
        return min(times)

    small, large = (sentence * 100)[:5_000], (sentence * 1000)[:50_000]
    assert len(gaz.scan(large)) > 1000
    ratio = best(large) / best(small)
    assert ratio < 30, f"10x the text took {ratio:.0f}x the time"  # linear: about 10


def test_doctests() -> None:
    result = doctest.testmod(gazetteer_module)
    assert result.attempted > 5 and result.failed == 0


def test_a_short_name_before_a_word_of_townships_or_villages_is_a_region(gaz: Gazetteer) -> None:
    # 玉溪乡镇卫生院 is 玉溪's township clinics, 玉树村级协理员 玉树's village-level workers; 包头村 stays a village
    assert [(m.text, m.candidates[0].code) for m in gaz.scan("玉溪乡镇卫生院和玉树村级协理员")] == [
        ("玉溪", "530400"), ("玉树", "632700")]
    assert gaz.scan("包头村") == [] and gaz.scan("天水乡") == []


def test_a_short_name_listed_after_a_region_of_its_province_is_a_region(gaz: Gazetteer) -> None:
    assert [m.text for m in gaz.scan("白银市、天水街道养老服务中心")] == ["白银市", "天水"]
    assert [m.text for m in gaz.scan("白银市、包头村")] == ["白银市"]  # 包头 is in another province


def test_place_names_whose_characters_are_simplified_already_survive_conversion(gaz: Gazetteer) -> None:
    from policy_graph.script import to_simplified

    changed = {name for region in gaz for name in (region.name, *region.aliases) if to_simplified(name) != name}
    assert changed == set()  # 乾县 and 乾安县 would be 干县 and 干安县
    assert to_simplified("乾縣開展培訓，天氣乾燥") == "乾县开展培训，天气干燥"


def test_a_county_name_the_script_converter_keeps_traditional_is_an_alias() -> None:
    assert Gazetteer.default().resolve("濬县").code == "410621"  # type: ignore[union-attr]


def test_an_autonomous_countys_short_name_with_its_kind_names_it() -> None:
    # 威宁自治县 for 威宁彝族回族苗族自治县, 黔东南自治州: how texts write them; the full names stay one region each
    g = gazetteer_module.Gazetteer.default()
    assert [r.code for r in g.candidates("威宁自治县")] == ["520526"]
    assert [r.code for r in g.candidates("黔东南自治州")] == ["522600"]
    assert [r.code for r in g.candidates("鄂伦春自治旗") if not r.retired] == ["150723"]
    assert [m.text for m in g.scan("威宁自治县、七星关区")] == ["威宁自治县", "七星关区"]


def test_qizhong_among_them_starts_no_name(gaz: Gazetteer) -> None:
    # 其中宁县、正宁县…: 宁县 and 正宁县 (not 中宁县 of 宁夏); 其中卫生院: no 中卫市
    assert [m.text for m in gaz.scan("其中宁县、正宁县分别为32万亩和20万亩，其中卫生院12个")] == ["宁县", "正宁县"]
