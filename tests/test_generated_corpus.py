"""The generated benchmark corpus (``benchmarks/corpus.py``): deterministic, valid gold, every encoding,
and extraction scores on it above a floor, which guards the extractor against regressions on unseen text.

The floors are set below what was measured when they were set (30 documents, seed 0: observations F1 0.956,
documents F1 1.0, regions F1 0.978), with a margin for changes to the generator's vocabulary.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import opencc
import pytest

from policy_graph.evaluate import evaluate_dir, totals
from policy_graph.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parents[1]
N = 30
FLOORS = {"observations": 0.90, "documents": 0.93, "regions": 0.93}  # F1
QUALIFIERS = {None, "at-least", "at-most", "approx", "cumulative", "target"}
PLAIN = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?")


def _load_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pg_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated") / "corpus"
    corpus.generate(out, N, seed=0)
    return out


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _cases(root: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    for gold_path in sorted(root.glob("*/gold.json")):
        yield gold_path.parent, json.loads(gold_path.read_text(encoding="utf-8"))


def _decoded(case: Path, gold: dict[str, Any]) -> str:
    raw: bytes = (case / gold["source"]).read_bytes()
    encoding: str = gold["encoding"]
    return raw.decode(encoding)  # "utf-16" reads the BOM


def test_same_seed_gives_identical_bytes(generated: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    corpus.generate(again, N, seed=0)
    first, second = _files(generated), _files(again)
    assert len(first) == 2 * N + 1  # source + gold per case, and corpus.json
    assert first == second


def test_a_different_seed_gives_a_different_corpus(generated: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    corpus.generate(other, N, seed=1)
    first, second = _files(generated), _files(other)
    sources = [name for name in first if "/source." in name]
    assert sum(first[name] != second.get(name) for name in sources) >= N - 1


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one(generated: Path, tmp_path: Path) -> None:
    small = tmp_path / "small"
    corpus.generate(small, 5, seed=0)
    cases = {k: v for k, v in _files(small).items() if k != "corpus.json"}
    assert cases and all(_files(generated)[name] == data for name, data in cases.items())


def test_every_gold_file_is_valid(generated: Path) -> None:
    units = set(load_vocabulary().units)
    with (ROOT / "src" / "policy_graph" / "data" / "regions.tsv").open(encoding="utf-8", newline="") as fh:
        current = {row["code"] for row in csv.DictReader(fh, delimiter="\t") if not row["replaced_by"]}
    problems: list[str] = []
    for case, gold in _cases(generated):
        assert set(gold) == {"source", "encoding", "focus_region", "observations", "documents", "regions"}
        text = _decoded(case, gold)
        assert gold["focus_region"] in current and gold["focus_region"] in gold["regions"]
        problems += [f"{case.name}: region {r}" for r in gold["regions"] if r not in current]
        for obs in gold["observations"]:
            where = f"{case.name}: {obs['quote']!r}"
            for key in ("value", "change_percent"):
                if obs[key] is not None:
                    Decimal(obs[key])  # parses
                    if not PLAIN.fullmatch(obs[key]):
                        problems.append(f"{where}: {key} {obs[key]!r} is not a plain decimal")
            if obs["unit"] not in units:
                problems.append(f"{where}: unit {obs['unit']!r}")
            if obs["region"] not in current:
                problems.append(f"{where}: region {obs['region']}")
            if not re.fullmatch(r"\d{4}(-\d{2})?", obs["period"]):
                problems.append(f"{where}: period {obs['period']!r}")
            if obs["base_period"] is not None and not obs["base_period"] < obs["period"]:
                problems.append(f"{where}: base period {obs['base_period']} not before {obs['period']}")
            if obs["qualifier"] not in QUALIFIERS:
                problems.append(f"{where}: qualifier {obs['qualifier']!r}")
            if not obs["quote"] or obs["quote"] not in text:
                problems.append(f"{where}: quote not in the decoded source")
        for doc in gold["documents"]:
            if not doc["title"] or set("《》(") & set(doc["title"]):
                problems.append(f"{case.name}: title {doc['title']!r}")
    assert not problems, "\n".join(problems[:20])


def test_every_gold_region_is_named_in_its_text(generated: Path) -> None:
    """By its name or a short name, in either script, once pinyin artifacts and PDF line breaks are taken out."""
    converters = [opencc.OpenCC("s2t"), opencc.OpenCC("s2tw")]
    names: dict[str, list[str]] = {"000000": ["全国"]}
    with (ROOT / "src" / "policy_graph" / "data" / "regions.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if not row["replaced_by"] and row["code"] != "000000":
                names[row["code"]] = [row["name"], *filter(None, row["aliases"].split("|"))]
    unnamed = []
    for case, gold in _cases(generated):
        text = re.sub(r"\([a-zü\u0100-\u01dc]+\)|\r?\n(— \d+ —\r?\n)?", "", _decoded(case, gold))
        for code in gold["regions"]:
            variants = {v for name in names[code] for v in (name, *(cc.convert(name) for cc in converters))}
            if not any(v in text for v in variants):
                unnamed.append(f"{case.name}: {code}")
    assert not unnamed, unnamed


def test_gold_never_holds_the_traps(generated: Path) -> None:
    """View counters, hotlines, document and phone numbers, ICP numbers, ordinals: in the texts, not in the gold."""
    traps = [r"(?:浏览次数|阅读次数|点击数|瀏覽次數|閱讀次數|點擊數)：\d+", r"“123\d\d”", r"〔\d{4}〕\d+[号號]",
             r"0\d{3}-\d{7}", r"ICP[备備]\d+", r"第[一二三四五六七八九十]+[批次届屆]"]
    seen: Counter[str] = Counter()
    for case, gold in _cases(generated):
        text = _decoded(case, gold)
        for pattern in traps:
            for match in re.finditer(pattern, text):
                seen[pattern] += 1
                assert not any(match.group(0) in obs["quote"] for obs in gold["observations"]), (case.name, match)
    assert len(seen) == len(traps), seen


def test_the_corpus_has_every_encoding_script_and_format(generated: Path) -> None:
    golds = [gold for _case, gold in _cases(generated)]
    assert {"utf-8", "gb18030", "big5", "utf-16"} <= {gold["encoding"] for gold in golds}
    assert any(gold["source"] == "source.html" for gold in golds)
    manifest = json.loads((generated / "corpus.json").read_text(encoding="utf-8"))["cases"]
    assert {about["kind"] for about in manifest.values()} == set(corpus.KINDS)
    assert {"simplified", "traditional", "traditional+pinyin"} <= {about["script"] for about in manifest.values()}
    assert {"text", "html", "pdf-text"} <= {about["format"] for about in manifest.values()}
    for case, gold in _cases(generated):
        raw = (case / gold["source"]).read_bytes()
        if gold["encoding"] in ("gb18030", "big5"):
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
        if gold["encoding"] == "utf-16":
            assert raw.startswith(b"\xff\xfe")
    pinyin = [case for case, _ in _cases(generated) if manifest[case.name]["script"] == "traditional+pinyin"]
    assert all(re.search(r"[\u4e00-\u9fff]\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)",
                         (case / "source.txt").read_text(encoding="utf-8")) for case in pinyin)


def test_gold_values_follow_the_planted_numbers() -> None:
    """万 ×10,000, 亿 ×100,000,000, Chinese numerals resolved, no exponent, no trailing zeros."""
    assert corpus.plain(Decimal("23.6") * 10000) == "236000"
    assert corpus.plain(Decimal("13198.52") * 100000000) == "1319852000000"
    assert corpus.plain(Decimal("17.0")) == "17"
    assert corpus.plain(-Decimal("2.70")) == "-2.7"
    assert [corpus.cn_numeral(n) for n in (3, 12, 20, 105, 1200, 2300, 1005)] == [
        "三", "十二", "二十", "一百零五", "一千二百", "二千三百", "一千零五"]


def test_the_cli_writes_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.main([str(tmp_path / "cli"), "--n", "3", "--seed", "7"]) == 0
    assert len(list((tmp_path / "cli").glob("*/gold.json"))) == 3
    assert "wrote 3 documents" in capsys.readouterr().err


def test_extraction_stays_above_the_floor_on_generated_text(generated: Path) -> None:
    scores = totals(evaluate_dir(generated))
    for kind, floor in FLOORS.items():
        assert scores[kind].f1 >= floor, (kind, scores[kind])
