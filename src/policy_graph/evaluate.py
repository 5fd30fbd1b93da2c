"""Built-in evaluation: the graph built from each text against a hand-made gold file.

A gold directory holds one sub-directory per case with ``gold.json`` (see ``tests/dev/README.md``)
and the source file it names.  Three kinds are scored, each by precision, recall and F1:

* observations — an extracted observation counts as right when its value, unit, region and period are
  all right (the indicator's wording is not scored);
* documents — cited titles (《》, nested 〈〉 included);
* regions — the regions the text mentions (GB/T 2260 codes), plus the region it is about.

>>> Score(tp=9, fp=1, fn=2).f1
0.857...
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef

from .build import process_source
from .errors import InputError, position
from .gazetteer import Gazetteer
from .mapping import graph_of
from .namespaces import DCTERMS, OA, PG, PROV, RDF
from .read import read_source
from .vocabulary import load_vocabulary

__all__ = ["CaseResult", "Score", "evaluate_case", "evaluate_dir", "format_report", "read_gold"]

KINDS = ("observations", "documents", "regions")
ObsKey = tuple[Decimal, str, str, str]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Score) -> Score:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self


@dataclass
class CaseResult:
    name: str
    scores: dict[str, Score]
    missed: dict[str, list[str]] = field(default_factory=dict)      # in the gold, not extracted
    spurious: dict[str, list[str]] = field(default_factory=dict)    # extracted, not in the gold


def _decimal(text: object) -> Decimal:
    try:
        return Decimal(str(text)).normalize()
    except InvalidOperation:
        raise InputError(f"gold value {text!r} is not a number") from None


def _match(gold: Counter[object], found: Counter[object]) -> Score:
    tp = sum((gold & found).values())
    return Score(tp=tp, fp=sum(found.values()) - tp, fn=sum(gold.values()) - tp)


def _graph_observations(graph: Graph) -> list[tuple[ObsKey, str]]:
    units = {c.iri: code for code, c in load_vocabulary().units.items()}
    reported = URIRef(str(PG._NS).replace("def#", "id/status/reported"))
    out = []
    for obs in graph.subjects(RDF.type, PG.Observation):
        if graph.value(obs, PG.status) != reported:
            continue
        value, unit = graph.value(obs, PG.value), graph.value(obs, PG.unit)
        area, period = graph.value(obs, PG.refArea), graph.value(obs, PG.refPeriod)
        code = graph.value(area, PG.adminCode) if area is not None else None
        span = next((s for s in graph.objects(obs, PROV.wasDerivedFrom) if (s, RDF.type, PG.TextSpan) in graph), None)
        quote = str(graph.value(span, OA.exact)) if span is not None else ""
        if isinstance(value, Literal) and unit in units and code is not None and period is not None:
            out.append(((_decimal(value), units[unit], str(code), str(period)), quote))  # type: ignore[index]
    return out


_GOLD_FORMAT = "see tests/dev/README.md for the format"
_GOLD_KEYS = {"observations": ("value", "unit", "region", "period"), "documents": ("title",)}


def read_gold(path: Path) -> dict[str, Any]:
    """The annotation in ``path`` (a case's ``gold.json``), checked: :class:`InputError` naming the fault if it is
    unreadable, not JSON, or lacks what the scoring reads."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such gold file", path=str(path), hint=_GOLD_FORMAT) from None
    except OSError as exc:
        raise InputError(f"cannot read the gold file: {exc.strerror or exc}", path=str(path)) from None
    if not raw.strip():
        raise InputError("the gold file is empty", path=str(path), hint=_GOLD_FORMAT)
    try:
        gold = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        what = "binary data, not JSON" if b"\x00" in raw[:4096] else "not valid UTF-8"
        raise InputError(what, path=str(path), where=position(raw, exc.start),
                         hint="save the gold file as UTF-8 JSON") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", path=str(path), where=f"line {exc.lineno}, column {exc.colno}",
                         hint=_GOLD_FORMAT) from None
    if not isinstance(gold, dict):
        raise InputError(f"the gold file holds a JSON {type(gold).__name__}, not an object", path=str(path),
                         hint=_GOLD_FORMAT)
    if not isinstance(gold.get("source"), str) or not gold["source"].strip():
        raise InputError('no "source" (the name of the source file beside gold.json)', path=str(path),
                         hint=_GOLD_FORMAT)
    for kind, keys in _GOLD_KEYS.items():
        items = gold.get(kind, [])
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise InputError(f'"{kind}" must be a list of objects', path=str(path), hint=_GOLD_FORMAT)
        for number, item in enumerate(items, 1):
            missing = [key for key in keys if key not in item]
            if missing:
                raise InputError(f'{kind} entry {number} lacks "{missing[0]}"', path=str(path), hint=_GOLD_FORMAT)
            if kind == "observations":
                try:
                    _decimal(item["value"])
                except InputError as exc:
                    raise InputError(f"observations entry {number}: {exc}", path=str(path), hint=_GOLD_FORMAT) from None
    if not isinstance(gold.get("regions", []), list):
        raise InputError('"regions" must be a list of region codes', path=str(path), hint=_GOLD_FORMAT)
    return gold


def evaluate_case(directory: Path, gazetteer: Gazetteer | None = None, *, max_bytes: int | None = None) -> CaseResult:
    """Score the graph built from one case's source against its ``gold.json``."""
    gold = read_gold(directory / "gold.json")
    source = read_source(directory / gold["source"], max_bytes=max_bytes)
    _resolved, triples = process_source(source, gazetteer)
    graph = graph_of(triples)

    gold_obs: Counter[object] = Counter(
        (_decimal(o["value"]), o["unit"], o["region"], o["period"]) for o in gold.get("observations", []))
    extracted = _graph_observations(graph)
    found_obs: Counter[object] = Counter(key for key, _quote in extracted)
    quotes = {key: quote for key, quote in extracted}

    gold_docs: Counter[object] = Counter(d["title"] for d in gold.get("documents", []))
    found_docs: Counter[object] = Counter(
        str(graph.value(d, DCTERMS.title)) for d in graph.subjects(RDF.type, PG.PolicyDocument))

    source_iri = next(iter(graph.subjects(RDF.type, PG.SourceText)))
    codes = {str(graph.value(r, PG.adminCode)) for r in graph.objects(source_iri, PG.mentions)
             if (r, RDF.type, PG.Region) in graph}
    focus = graph.value(source_iri, PG.focusRegion)
    if focus is not None:
        codes.add(str(graph.value(focus, PG.adminCode)))
    gold_regions: Counter[object] = Counter(set(gold.get("regions", [])) | {gold.get("focus_region", "")} - {""})
    found_regions: Counter[object] = Counter(codes)

    result = CaseResult(directory.name, {
        "observations": _match(gold_obs, found_obs),
        "documents": _match(gold_docs, found_docs),
        "regions": _match(gold_regions, found_regions),
    })
    gold_quotes = {(_decimal(o["value"]), o["unit"], o["region"], o["period"]): o.get("quote", "")
                   for o in gold.get("observations", [])}
    no_quotes: dict[object, str] = {}
    comparisons: list[tuple[str, Counter[object], Counter[object], Mapping[Any, str], Mapping[Any, str]]] = [
        ("observations", gold_obs, found_obs, gold_quotes, quotes),
        ("documents", gold_docs, found_docs, no_quotes, no_quotes),
        ("regions", gold_regions, found_regions, no_quotes, no_quotes)]
    for kind, g, f, show_gold, show_found in comparisons:
        result.missed[kind] = [_describe(k, show_gold) for k in sorted((g - f).elements(), key=str)]
        result.spurious[kind] = [_describe(k, show_found) for k in sorted((f - g).elements(), key=str)]
    return result


def _describe(key: object, quotes: Mapping[Any, str]) -> str:
    if isinstance(key, tuple):
        value, unit, region, period = key
        text = f"{format(value, 'f')} {unit} {region} {period}"
        quote = quotes.get(key)
        return f"{text}  «{quote}»" if quote else text
    return str(key)


def evaluate_dir(gold_dir: Path, *, max_bytes: int | None = None) -> list[CaseResult]:
    """Evaluate every case (sub-directory with a ``gold.json``) of ``gold_dir``."""
    if not gold_dir.is_dir():
        what = "is a file, not a directory of gold cases" if gold_dir.exists() else "no such directory"
        raise InputError(what, path=str(gold_dir),
                         hint="give a directory whose sub-directories hold gold.json and a source file")
    cases = sorted(p.parent for p in gold_dir.glob("*/gold.json"))
    if not cases:
        raise InputError("no gold cases found (no */gold.json)", path=str(gold_dir))
    gazetteer = Gazetteer.default()
    return [evaluate_case(case, gazetteer, max_bytes=max_bytes) for case in cases]


def totals(results: Iterable[CaseResult]) -> dict[str, Score]:
    """Micro-averaged scores over all cases."""
    summed = {kind: Score() for kind in KINDS}
    for result in results:
        for kind in KINDS:
            summed[kind] += result.scores[kind]
    return summed


def format_report(results: list[CaseResult], *, misses: bool = False) -> str:
    """A table of P/R/F1 per case and kind, the totals, and (optionally) what was missed or spurious."""
    lines = [f"{'case':<48}" + "".join(f"{k[:5] + ' P/R/F1':>22}" for k in KINDS)]

    def cells(scores: dict[str, Score]) -> str:
        return "".join(f"{s.precision:>8.2f}{s.recall:>7.2f}{s.f1:>7.2f}" for s in (scores[k] for k in KINDS))

    for result in results:
        lines.append(f"{result.name[:47]:<48}" + cells(result.scores))
    lines.append(f"{'ALL (micro)':<48}" + cells(totals(results)))
    if misses:
        for result in results:
            for kind in KINDS:
                for item in result.missed.get(kind, []):
                    lines.append(f"  missed   {result.name} {kind}: {item}")
                for item in result.spurious.get(kind, []):
                    lines.append(f"  spurious {result.name} {kind}: {item}")
    return "\n".join(lines) + "\n"
