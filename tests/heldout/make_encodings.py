#!/usr/bin/env python3
"""Build the non-UTF-8 held-out sources from their UTF-8 masters, then check the whole set.

Modeled on ``tests/dev/make_encodings.py``. Each case whose source is not UTF-8 keeps a
human-readable master next to it (``source.utf8.txt`` / ``source.utf8.html``, UTF-8 with ``\\n``
line ends). This script writes the real input file in the case's encoding and then verifies,
for every case directory:

* ``gold.json`` names a ``source`` that exists and an ``encoding`` that matches the table below;
* the source decodes strictly with that encoding and, unless it is UTF-8, does NOT decode as UTF-8;
* a page that declares ``charset="gbk"`` decodes as GBK but not as GB2312 (it contains at least
  one character outside GB2312, so a decoder that trusts a GB2312 label fails);
* a generated file round-trips to its master;
* every gold ``quote`` occurs verbatim in the decoded source;
* every value is a plain decimal string (no exponent, no trailing ``.0``);
* every region code in the gold is a current code of the project's gazetteer (when present);
* every 其中 split listed in ``SPLITS`` adds up to its total.

Usage:  python3 tests/heldout/make_encodings.py          # write files, then check
        python3 tests/heldout/make_encodings.py --check  # check only (exit 1 on a problem)

The evaluation reads ``source.*`` and must skip every file with ``.utf8.`` in its name.
"""
from __future__ import annotations

import codecs
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# case directory -> (master, target, codec used to write, gold "encoding", line end)
GENERATED = {
    "04-baoji-civil-affairs-webpage-gbk": ("source.utf8.html", "source.html", "gbk", "gb18030", "\n"),
    "06-zhejiang-social-assistance-big5": ("source.utf8.txt", "source.txt", "big5", "big5", "\n"),
}

# case directory -> list of (total indicator, [part indicators]) that must add up
SPLITS = {
    "01-shandong-civil-affairs-bulletin-2023": [
        ("城乡低保对象", ["城市低保对象", "农村低保对象"]),
        ("特困人员", ["集中供养特困人员", "分散供养特困人员"]),
        ("社会组织", ["社会团体", "民办非企业单位", "基金会"]),
    ],
    "03-yunnan-elderly-care-pinyin": [
        ("特困人员", ["集中供养特困人员", "分散供养特困人员"]),
    ],
    "04-baoji-civil-affairs-webpage-gbk": [
        ("城乡低保对象", ["城市低保对象", "农村低保对象"]),
    ],
    "05-liuzhou-statistical-bulletin-2022-pdf": [
        ("年末常住人口", ["城镇常住人口", "乡村常住人口"]),
    ],
}

VALUE_RE = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")


def encode(text: str, codec: str, newline: str) -> bytes:
    text = text.replace("\r\n", "\n")
    if newline != "\n":
        text = text.replace("\n", newline)
    return text.encode(codec)  # strict: an unencodable character is an error


def decode(data: bytes, encoding: str) -> str:
    if encoding == "utf-16":
        if not (data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE)):
            raise ValueError("UTF-16 file without BOM")
        return data.decode("utf-16")
    return data.decode(encoding)


def generate() -> None:
    for case, (master, target, codec, _enc, newline) in GENERATED.items():
        d = HERE / case
        text = (d / master).read_text(encoding="utf-8")
        (d / target).write_bytes(encode(text, codec, newline))
        print(f"wrote {case}/{target} ({codec})")


def load_region_codes() -> set[str] | None:
    tsv = HERE.parents[1] / "src" / "policy_graph" / "data" / "regions.tsv"
    if not tsv.exists():
        return None
    codes = set()
    for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 8 and cols[7] == "":  # current codes only
            codes.add(cols[0])
    return codes


def check() -> list[str]:
    problems: list[str] = []
    codes = load_region_codes()
    cases = sorted(p for p in HERE.iterdir() if p.is_dir() and (p / "gold.json").exists())
    for d in cases:
        gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
        src = d / gold["source"]
        enc = gold["encoding"]
        if ".utf8." in src.name:
            problems.append(f"{d.name}: gold points at a master file")
        if not src.exists():
            problems.append(f"{d.name}: missing {src.name}")
            continue
        data = src.read_bytes()
        try:
            text = decode(data, enc)
        except (UnicodeDecodeError, ValueError) as e:
            problems.append(f"{d.name}: does not decode as {enc}: {e}")
            continue
        if enc != "utf-8":
            try:
                data.decode("utf-8")
                problems.append(f"{d.name}: {enc} file also decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        if re.search(r'charset="?gbk', text, re.I):
            try:
                data.decode("gbk")
            except UnicodeDecodeError as e:
                problems.append(f"{d.name}: declares gbk but does not decode as GBK: {e}")
            try:
                data.decode("gb2312")
                problems.append(f"{d.name}: has no character outside GB2312")
            except UnicodeDecodeError:
                pass
        if d.name in GENERATED:
            master, target, _codec, genc, newline = GENERATED[d.name]
            if genc != enc or target != src.name:
                problems.append(f"{d.name}: gold encoding/source disagree with the generator table")
            m = (d / master).read_text(encoding="utf-8")
            if text.replace(newline, "\n") != m:
                problems.append(f"{d.name}: {target} is stale (run without --check)")
        elif enc == "utf-8" and data.startswith(codecs.BOM_UTF8):
            problems.append(f"{d.name}: unexpected UTF-8 BOM")
        for i, o in enumerate(gold["observations"]):
            if o["quote"] not in text:
                problems.append(f"{d.name}: observation {i} quote not found: {o['quote']!r}")
            for key in ("value", "change_percent", "range_upper"):
                v = o.get(key)
                if v is not None and not VALUE_RE.match(v):
                    problems.append(f"{d.name}: observation {i} {key} not normalized: {v!r}")
            if codes is not None and o["region"] not in codes:
                problems.append(f"{d.name}: observation {i} region {o['region']} not in gazetteer")
        if codes is not None:
            for r in gold["regions"] + [gold["focus_region"]]:
                if r not in codes:
                    problems.append(f"{d.name}: region {r} not in gazetteer")
        if gold["focus_region"] not in gold["regions"]:
            problems.append(f"{d.name}: focus region missing from regions")
        by_indicator: dict[str, list[float]] = {}
        for o in gold["observations"]:
            by_indicator.setdefault(o["indicator"], []).append(float(o["value"]))
        for total, parts in SPLITS.get(d.name, []):
            try:
                t = by_indicator[total][0]
                s = sum(by_indicator[p][0] for p in parts)
            except KeyError as e:
                problems.append(f"{d.name}: split {total}: missing indicator {e}")
                continue
            if abs(t - s) > 1e-6:
                problems.append(f"{d.name}: split {total} = {t:g} but parts sum to {s:g}")
        n_target = sum(1 for o in gold["observations"] if o["qualifier"] == "target")
        print(f"ok  {d.name}: {enc}, {len(text)} chars, {len(gold['observations'])} obs "
              f"({n_target} targets), {len(gold['documents'])} docs, {len(gold['regions'])} regions")
    return problems


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        generate()
    problems = check()
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
