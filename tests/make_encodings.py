"""Write the non-UTF-8 sources of a hand-annotated text set from their UTF-8 masters, then check the set.

    python3 tests/make_encodings.py tests/dev            # write the files, then check
    python3 tests/make_encodings.py tests/heldout --check  # check only (exit 1 on a problem)

Each case whose source is not UTF-8 keeps a human-readable master beside it (``source.utf8.txt`` /
``source.utf8.html``, UTF-8 with ``\\n`` line ends); the set's ``encodings.json`` says how each is written
(``generated``: case → [master, target, codec, gold encoding, line end]) and which 其中 splits must add up
(``splits``: case → [[total indicator, [part indicators]] …]).  The check verifies, for every case: the
source decodes with the gold's encoding and (if not UTF-8) not as UTF-8; a page declaring ``charset=gbk``
decodes as GBK but not GB2312; a generated file round-trips to its master; every quote appears verbatim;
values are plain decimal strings; region codes are current gazetteer codes; splits add up.

The evaluation reads ``source.*`` and must skip every file with ``.utf8.`` in its name.
"""
from __future__ import annotations

import codecs
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

VALUE_RE = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")


def encode(text: str, codec: str, newline: str) -> bytes:
    text = text.replace("\r\n", "\n")
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode(codec)  # strict: an unencodable character is an error
    return codecs.BOM_UTF16_LE + data if codec == "utf-16-le" else data


def decode(data: bytes, encoding: str) -> str:
    if encoding == "utf-16":
        if not (data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE)):
            raise ValueError("UTF-16 file without BOM")
        return data.decode("utf-16")
    return data.decode(encoding)


def generate(here: Path, generated: dict[str, list[str]]) -> None:
    for case, (master, target, codec, _enc, newline) in generated.items():
        d = here / case
        text = (d / master).read_text(encoding="utf-8")
        (d / target).write_bytes(encode(text, codec, newline))
        print(f"wrote {case}/{target} ({codec})")


def load_region_codes() -> set[str] | None:
    tsv = ROOT / "src" / "policy_graph" / "data" / "regions.tsv"
    if not tsv.exists():
        return None
    codes = set()
    for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 8 and cols[7] == "":  # current codes only
            codes.add(cols[0])
    return codes


def check(here: Path, generated: dict[str, list[str]], splits: dict[str, list[list[object]]]) -> list[str]:
    problems: list[str] = []
    codes = load_region_codes()
    cases = sorted(p for p in here.iterdir() if p.is_dir() and (p / "gold.json").exists())
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
        if re.search(r'charset="?gbk', text, re.I) and "declared-gbk" not in d.name:  # (unless it says it lies)
            try:
                data.decode("gbk")
            except UnicodeDecodeError as e:
                problems.append(f"{d.name}: declares gbk but does not decode as GBK: {e}")
            try:
                data.decode("gb2312")
                problems.append(f"{d.name}: has no character outside GB2312")
            except UnicodeDecodeError:
                pass
        if d.name in generated:
            master, target, _codec, genc, newline = generated[d.name]
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
        for total, parts in splits.get(d.name, []):  # type: ignore[misc]
            try:
                t = by_indicator[total][0]
                s = sum(by_indicator[p][0] for p in parts)  # type: ignore[attr-defined]
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
    sets = [a for a in argv if not a.startswith("--")]
    if len(sets) != 1 or not (Path(sets[0]) / "encodings.json").is_file():
        print("usage: make_encodings.py SET_DIR [--check]  (SET_DIR holds encodings.json)", file=sys.stderr)
        return 2
    here = Path(sets[0]).resolve()
    tables = json.loads((here / "encodings.json").read_text(encoding="utf-8"))
    generated, splits = tables.get("generated", {}), tables.get("splits", {})
    if "--check" not in argv:
        generate(here, generated)
    problems = check(here, generated, splits)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
