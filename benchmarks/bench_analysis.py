"""Benchmark: the projection and each measure of :mod:`policy_graph.analysis` on synthetic graphs.

The graphs are generated, not read: source texts, each with four themed sections, citing policy
documents (with issuers, jurisdictions and implementation chains), programs operating in regions of
a four-level hierarchy, and observations of indicators with their text spans and sentences — the
predicates and shapes ``policy_graph.mapping`` writes, with entities shared between sources the way
a corpus shares them (national documents, provinces, common programs and indicators).

    .venv/bin/python benchmarks/bench_analysis.py              # 10^4 and 10^5 triples
    .venv/bin/python benchmarks/bench_analysis.py --full       # also 10^6 (about 2.5 minutes, ~2.7 GB)
    .venv/bin/python benchmarks/bench_analysis.py --sizes 20000 --json out.json

Each stage is timed once (they take seconds, not microseconds); the growth exponent between two
sizes is log(t2 / t1) / log(n2 / n1): 1 is linear in the number of triples.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import platform
import random
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef

from policy_graph import analysis, communities
from policy_graph.namespaces import DCTERMS, OA, ORG, PG, PROV, RDF, RDFS, SKOS, XSD, mint
from policy_graph.relations import check_consistency, compute_relations
from policy_graph.store import load_ontology

THEMES = ("social-assistance", "elderly-care", "community-governance", "social-organizations", "employment",
          "social-insurance", "medical-security", "child-welfare", "disability", "poverty-alleviation")
DOCTYPES = ("implementation-opinions", "guiding-opinions", "measures", "notice", "regulations", "implementation-plan")
PROGTYPES = ("model", "pilot", "platform", "mechanism", "reform", "project", "system")
UNITS = ("person", "CNY/person/month", "institution", "bed", "organization", "percent")
ZH = "zh-Hans"


class Synthetic:
    """A deterministic generator of policy graphs; call :meth:`source` until the graph is big enough."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.g = Graph(bind_namespaces="none")
        self.regions: set[str] = set()
        self.docs: list[URIRef] = []
        self.national: list[URIRef] = []
        self.programs: list[URIRef] = []
        self.indicators: dict[str, list[URIRef]] = {t: [] for t in THEMES}
        self.n = 0

    def add(self, *triples: tuple[URIRef, URIRef, Any]) -> None:
        for triple in triples:
            self.g.add(triple)

    def region(self, code: str) -> URIRef:
        iri = mint("region", code)
        if code not in self.regions:
            self.regions.add(code)
            level = ("country" if code == "000000" else "province" if code.endswith("0000")
                     else "prefecture" if code.endswith("00") else "county")
            self.add((iri, RDF.type, PG.Region), (iri, RDFS.label, Literal(f"地区{code}", lang=ZH)),
                     (iri, PG.adminCode, Literal(code)), (iri, PG.adminLevel, mint("level", level)))
            parent = {"province": "000000", "prefecture": code[:2] + "0000", "county": code[:4] + "00"}.get(level)
            if parent:
                self.add((iri, PG.partOf, self.region(parent)))
        return iri

    def span(self, key: str, start: int, length: int, sentence: URIRef | None, section: URIRef) -> URIRef:
        iri = mint("span", f"{key}-{start}-{start + length}")
        source = mint("source", key)
        self.add((iri, RDF.type, PG.TextSpan), (iri, PG.source, source), (iri, PG.start, Literal(start)),
                 (iri, PG.end, Literal(start + length)), (iri, OA.exact, Literal("字" * length)),
                 (iri, PG.rule, Literal("synthetic")), (iri, PG.section, section))
        if sentence is not None:
            self.add((iri, PG.sentence, sentence))
        return iri

    def source(self) -> None:
        rng, s = self.rng, self.n
        self.n += 1
        key = f"syn{s:05d}"
        source = mint("source", key)
        province = f"{rng.randrange(11, 66):02d}0000"
        self.add((source, RDF.type, PG.SourceText), (source, DCTERMS.title, Literal(f"报道{s}", lang=ZH)),
                 (source, PG.sha256, Literal(f"{s:064x}")), (source, PG.encoding, Literal("utf-8")),
                 (source, PG.fileName, Literal(f"{key}.txt")), (source, PG.focusRegion, self.region(province)))
        themes = rng.sample(THEMES, 4)
        sections = []
        for order, theme in enumerate(themes, start=1):
            section = mint("section", f"{key}-{order}")
            sections.append(section)
            self.add((section, RDF.type, PG.Section), (section, DCTERMS.title, Literal(f"章节{order}", lang=ZH)),
                     (section, PG.source, source), (section, PG.order, Literal(order)),
                     (section, PG.theme, mint("theme", theme)))
        gov, dept = mint("org", f"{province}人民政府"), mint("org", f"{province}民政厅")
        self.add((gov, RDF.type, PG.Organization), (gov, RDFS.label, Literal(f"{province}人民政府", lang=ZH)),
                 (gov, PG.jurisdiction, self.region(province)), (dept, RDF.type, PG.Organization),
                 (dept, RDFS.label, Literal(f"{province}民政厅", lang=ZH)), (dept, ORG.subOrganizationOf, gov))
        offset = 0
        for part, theme in enumerate(themes):
            section = sections[part]
            for sentence_no in range(3):
                sentence = self.span(key, offset, 60, None, section)
                mentioned = self.facts(key, province, theme, offset, sentence, section, (gov, dept))
                for node in mentioned:
                    self.add((source, PG.mentions, node))
                offset += 61 + sentence_no

    def facts(self, key: str, province: str, theme: str, offset: int, sentence: URIRef, section: URIRef,
              orgs: tuple[URIRef, URIRef]) -> list[URIRef]:
        rng, mentioned = self.rng, []
        county = rng.choice(["00", f"{rng.randrange(1, 15):02d}"])
        region = self.region(f"{province[:2]}{rng.randrange(1, 12):02d}{county}")
        if rng.random() < 0.35:  # a document cited: reused (most often a national one) or new
            if self.docs and rng.random() < 0.5:
                doc = rng.choice(self.national if self.national and rng.random() < 0.5 else self.docs)
            else:
                doc = mint("doc", f"文件{len(self.docs)}")
                national = rng.random() < 0.1
                self.add((doc, RDF.type, PG.PolicyDocument),
                         (doc, DCTERMS.title, Literal(f"文件{len(self.docs)}", lang=ZH)),
                         (doc, PG.documentType, mint("doctype", rng.choice(DOCTYPES))),
                         (doc, PG.jurisdiction, self.region("000000" if national else province)),
                         (doc, PG.theme, mint("theme", theme)), (doc, PG.issuer, orgs[0]))
                if not national and self.national and rng.random() < 0.3:
                    self.add((doc, PG.implements, rng.choice(self.national)))
                (self.national if national else self.docs).append(doc)
                if national:
                    self.docs.append(doc)
            self.add((doc, PG.mentionedAt, self.span(key, offset + 1, 12, sentence, section)))
            mentioned.append(doc)
        for i in range(2):  # programs: half reused
            if self.programs and rng.random() < 0.5:
                program = rng.choice(self.programs)
            else:
                program = mint("program", f"项目{len(self.programs)}")
                self.programs.append(program)
                self.add((program, RDF.type, PG.Program),
                         (program, RDFS.label, Literal(f"项目{len(self.programs)}", lang=ZH)),
                         (program, PG.programType, mint("progtype", rng.choice(PROGTYPES))),
                         (program, PG.theme, mint("theme", theme)))
                if self.docs:
                    self.add((program, PG.basedOn, rng.choice(self.docs)))
            self.add((program, PG.operatesIn, region),
                     (program, PG.mentionedAt, self.span(key, offset + 14 + 6 * i, 5, sentence, section)))
            mentioned.append(program)
        total: URIRef | None = None
        for i in range(4):  # observations, the first a total of the next two
            pool = self.indicators[theme]
            if pool and rng.random() < 0.7:
                indicator = rng.choice(pool)
            else:
                indicator = mint("indicator", f"{theme}指标{len(pool)}")
                pool.append(indicator)
                self.add((indicator, RDF.type, PG.Indicator), (indicator, RDF.type, SKOS.Concept),
                         (indicator, SKOS.prefLabel, Literal(f"{theme}指标{len(pool)}", lang=ZH)),
                         (indicator, PG.theme, mint("theme", theme)))
                if self.programs:
                    self.add((indicator, PG.measures, rng.choice(self.programs)))
            obs = mint("obs", f"{key}-{offset + 30 + 7 * i}")
            year = str(rng.choice((2017, 2018)))
            area = self.region(province)
            stable = hashlib.sha256(f"{indicator} {year} {province}".encode()).hexdigest()
            value = Decimal(int(stable[:8], 16) % 100000)
            value += 1 if rng.random() < 0.02 else 0  # now and then a source disagrees
            self.add((obs, RDF.type, PG.Observation), (obs, PG.indicator, indicator), (obs, PG.refArea, area),
                     (obs, PG.refPeriod, Literal(year, datatype=XSD.gYear)), (obs, PG.value, Literal(value)),
                     (obs, PG.unit, mint("unit", rng.choice(UNITS))), (obs, PG.status, mint("status", "reported")),
                     (obs, PROV.wasDerivedFrom, self.span(key, offset + 30 + 7 * i, 6, sentence, section)))
            if i == 0:
                total = obs
            elif i < 3 and total is not None:
                self.add((obs, PG.componentOf, total))
            mentioned.append(indicator)
        return mentioned


def synthetic_graph(triples: int, seed: int = 0) -> Graph:
    """A synthetic policy graph of at least ``triples`` triples (deterministic for a seed)."""
    gen = Synthetic(seed)
    while len(gen.g) < triples:
        gen.source()
    return gen.g


def _timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def bench(triples: int, *, write: bool) -> dict[str, Any]:
    t_gen, g = _timed(lambda: synthetic_graph(triples))
    assert isinstance(g, Graph)
    load_ontology(g)
    times: dict[str, float] = {}
    times["projection"], ag = _timed(lambda: analysis.prepare(g))
    assert isinstance(ag, analysis.AnalysisGraph)
    for measure in analysis.MEASURES:
        times[measure], _ = _timed(lambda m=measure: ag.scores(m))  # type: ignore[misc]
    times["louvain"], found = _timed(lambda: communities.communities(ag))
    times["related (all, top 5)"], _ = _timed(
        lambda: [analysis.related(ag, n, 5, digits=12) for n in ag.nodes
                 if ag.simple.nodes[n]["kind"] not in ("SourceText", "Observation")])
    times["consistency"], findings = _timed(lambda: check_consistency(ag))
    if write:
        times["compute_relations (all, fresh)"], _ = _timed(lambda: compute_relations(g))
    assert isinstance(found, list) and isinstance(findings, list)
    return {
        "triples": len(g), "generate_s": round(t_gen, 2), "nodes": ag.simple.number_of_nodes(),
        "edges": ag.simple.number_of_edges(), "communities": len(found),
        "contradictions": sum(1 for f in findings if f.kind == "sources" and not f.consistent),
        "betweenness": "exact" if len(ag.nodes) <= analysis.BETWEENNESS_EXACT_LIMIT else
                       f"sampled k={analysis.BETWEENNESS_SAMPLES}",
        "seconds": {k: round(v, 3) for k, v in times.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=None, help="target sizes in triples")
    parser.add_argument("--full", action="store_true", help="also 10^6 triples (minutes, several GB)")
    parser.add_argument("--no-write", action="store_true", help="skip timing compute_relations as a whole")
    parser.add_argument("--json", type=Path, default=None, help="write the results to this file")
    args = parser.parse_args(argv)
    sizes = args.sizes or ([10_000, 100_000, 1_000_000] if args.full else [10_000, 100_000])
    runs = []
    for size in sizes:
        run = bench(size, write=not args.no_write)
        runs.append(run)
        print(f"{run['triples']:>9,} triples  {run['nodes']:>8,} nodes  {run['edges']:>8,} edges  "
              f"{run['communities']} communities  {run['contradictions']} contradictions  "
              f"betweenness {run['betweenness']}  (generated in {run['generate_s']} s)")
        for stage, seconds in run["seconds"].items():
            print(f"    {stage:<32}{seconds:>10.3f} s")
    for small, big in itertools.pairwise(runs):
        ratio = math.log(big["triples"] / small["triples"])
        growth = {k: round(math.log(max(big["seconds"][k], 1e-6) / max(small["seconds"][k], 1e-6)) / ratio, 2)
                  for k in big["seconds"]}
        print(f"growth exponent {small['triples']:,} → {big['triples']:,} triples: "
              + ", ".join(f"{k} {v}" for k, v in growth.items()))
    if args.json:
        args.json.write_text(json.dumps({"python": sys.version.split()[0], "machine": platform.machine(),
                                         "runs": runs}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
