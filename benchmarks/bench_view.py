"""Time to first stable frame of the graph view in headless Chromium: vis-network physics vs a precomputed layout.

For each size, a synthetic policy graph (regions with coordinates, organizations, documents, programs,
indicators with observations, themes: the shape of real extractions) is rendered twice, with
``layout="physics"`` and ``layout="precomputed"``, and opened from disk in Debian's chromium with every
non-file request blocked.  "First stable frame" is the page's own mark ``window.viewTiming.stable``:
the first ``afterDrawing`` once physics is off (at once for a precomputed layout, after
``stabilizationIterationsDone`` for physics), in milliseconds since navigation start.
Python-side costs (projection, layout, HTML) are measured too.  Prints a table and JSON; ratios are
taken within the same run.

    .venv/bin/python benchmarks/bench_view.py                       # 1,000 and 5,000 nodes
    .venv/bin/python benchmarks/bench_view.py --sizes 1000 5000 20000 --timeout 180
    .venv/bin/python benchmarks/bench_view.py --screenshot docs/view.png   # the founding article's view
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal

from policy_graph.namespaces import DCTERMS, ORG, PG, RDF, RDFS, SKOS, WGS84, mint
from policy_graph.projection import project
from policy_graph.view import render_view

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
_THEMES = ["社会救助", "养老服务", "儿童福利", "社会组织", "基层治理", "殡葬管理", "慈善事业", "残疾人福利"]


def synthetic_graph(nodes: int, seed: int = 1) -> Graph:
    """A policy graph of about ``nodes`` view nodes (observations folded), deterministic for a seed."""
    rng = random.Random(seed)
    g = Graph()

    def add(kind: str, key: str, cls: Any, label: str, pred: Any = RDFS.label) -> Any:
        node = mint(kind, key)
        g.add((node, RDF.type, cls))
        g.add((node, pred, Literal(label, lang="zh-Hans")))
        return node

    themes = [add("theme", f"t{i}", PG.Theme, name, SKOS.prefLabel) for i, name in enumerate(_THEMES)]
    n_regions = max(4, nodes // 10)
    regions = [add("region", "r0", PG.Region, "全国")]
    provinces: list[Any] = []
    for i in range(1, n_regions):
        region = add("region", f"r{i}", PG.Region, f"地区{i}{'省' if i <= 31 else '市'}")
        parent = regions[0] if i <= 31 else rng.choice(provinces)
        g.add((region, PG.partOf, parent))
        g.add((region, WGS84.lat, Literal(Decimal(f"{rng.uniform(20, 48):.4f}"))))
        g.add((region, WGS84.long, Literal(Decimal(f"{rng.uniform(88, 130):.4f}"))))
        (provinces if i <= 31 else regions).append(region)
    regions += provinces
    orgs = []
    for i in range(max(2, nodes // 10)):
        org = add("org", f"o{i}", PG.Organization, f"{rng.choice(regions[1:])[-6:]}民政厅{i}")
        g.add((org, PG.jurisdiction, rng.choice(regions)))
        if orgs and rng.random() < 0.3:
            g.add((org, ORG.subOrganizationOf, rng.choice(orgs)))
        orgs.append(org)
    docs = []
    for i in range(max(2, nodes * 15 // 100)):
        doc = add("doc", f"d{i}", PG.PolicyDocument, f"关于进一步加强第{i}项工作的实施意见", DCTERMS.title)
        g.add((doc, PG.issuer, rng.choice(orgs)))
        g.add((doc, PG.jurisdiction, rng.choice(regions)))
        g.add((doc, PG.theme, rng.choice(themes)))
        if docs and rng.random() < 0.2:
            g.add((doc, PG.implements, rng.choice(docs)))
        docs.append(doc)
    programs = []
    for i in range(max(2, nodes // 4)):
        program = add("program", f"p{i}", PG.Program, f"项目{i}保障制度")
        g.add((program, PG.basedOn, rng.choice(docs)))
        g.add((program, PG.operatesIn, rng.choice(regions)))
        g.add((program, PG.theme, rng.choice(themes)))
        programs.append(program)
    remaining = nodes - len(themes) - len(regions) - len(orgs) - len(docs) - len(programs)
    for i in range(max(1, remaining)):
        indicator = add("indicator", f"i{i}", PG.Indicator, f"指标{i}人数", SKOS.prefLabel)
        g.add((indicator, PG.measures, rng.choice(programs)))
        g.add((indicator, PG.theme, rng.choice(themes)))
        for j in range(2):
            obs = mint("obs", f"i{i}-{j}")
            g.add((obs, RDF.type, PG.Observation))
            g.add((obs, PG.indicator, indicator))
            g.add((obs, PG.refArea, rng.choice(regions)))
            g.add((obs, PG.value, Literal(Decimal(rng.randrange(10, 100000)))))
    return g


def _launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def open_page(
    browser: Any, path: Path, timeout: float, viewport: tuple[int, int] = (1400, 900)
) -> tuple[Any, dict[str, Any]]:
    """Open ``path`` offline; wait for the first stable frame; return the page and what was measured."""
    blocked: list[str] = []
    errors: list[str] = []
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    start = time.monotonic()
    page.goto(path.as_uri(), timeout=timeout * 1000)
    stable: float | None = None
    while time.monotonic() - start < timeout:
        stable = page.evaluate("() => window.viewTiming ? window.viewTiming.stable : null")
        if stable is not None:
            break
        page.wait_for_timeout(50)
    result = {"stable_s": None if stable is None else round(stable / 1000, 2), "blocked": blocked, "errors": errors}
    return page, result


def bench(sizes: list[int], timeout: float) -> list[dict[str, Any]]:
    from playwright.sync_api import sync_playwright

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = _launch(p)
        try:
            for size in sizes:
                graph = synthetic_graph(size)
                start = time.perf_counter()
                projected = project(graph)
                project_s = time.perf_counter() - start
                row: dict[str, Any] = {"nodes": projected.number_of_nodes(), "edges": projected.number_of_edges(),
                                       "project_s": round(project_s, 2)}
                for layout in ("physics", "precomputed"):
                    out = Path(tmp) / f"{size}-{layout}.html"
                    start = time.perf_counter()
                    render_view(graph, out, layout=layout)
                    row[f"{layout}_python_s"] = round(time.perf_counter() - start - project_s, 2)
                    row[f"{layout}_mb"] = round(out.stat().st_size / 1e6, 1)
                    page, measured = open_page(browser, out, timeout)
                    page.close()
                    row[f"{layout}_browser_s"] = measured["stable_s"]
                    if measured["blocked"] or measured["errors"]:
                        row[f"{layout}_problems"] = measured["blocked"] + measured["errors"]
                physics, pre = row["physics_browser_s"], row["precomputed_browser_s"]
                if pre:
                    row["first_frame_ratio"] = round(physics / pre, 1) if physics else f">{timeout / pre:.0f}"
                    # from the RDF graph to a usable page: projection + Python layout and HTML + browser
                    row["precomputed_total_s"] = round(project_s + row["precomputed_python_s"] + pre, 2)
                    if physics:
                        row["physics_total_s"] = round(project_s + row["physics_python_s"] + physics, 2)
                        row["total_ratio"] = round(row["physics_total_s"] / row["precomputed_total_s"], 1)
                rows.append(row)
                print(_table([row], timeout, header=len(rows) == 1), flush=True)
        finally:
            browser.close()
    return rows


def _table(rows: list[dict[str, Any]], timeout: float, header: bool = True) -> str:
    def cell(value: Any) -> str:
        return f">{timeout:.0f}" if value is None else str(value)

    columns = ["nodes", "edges", "project_s", "physics_python_s", "physics_browser_s", "physics_total_s",
               "precomputed_python_s", "precomputed_browser_s", "precomputed_total_s", "first_frame_ratio",
               "total_ratio", "precomputed_mb"]
    lines = ["  ".join(f"{c.replace('precomputed', 'pre'):>17}" for c in columns)] if header else []
    lines += ["  ".join(f"{cell(r.get(c)):>17}" for c in columns) for r in rows]
    return "\n".join(lines)


def screenshot(
    out: Path, graph_path: Path, viewport: tuple[int, int] = (1400, 900), select: str = "养老床位总数"
) -> dict[str, Any]:
    """Render ``graph_path`` (the founding article's graph), click the node labelled ``select`` (its panel
    shows facts and quotes) and save a screenshot of the page to ``out``."""
    from playwright.sync_api import sync_playwright

    from policy_graph.store import load_graph

    graph = load_graph(graph_path)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        html = Path(tmp) / "view.html"
        stats = render_view(graph, html, title="内蒙古自治区民政工作 · policy-graph")
        browser = _launch(p)
        try:
            page, measured = open_page(browser, html, 60, viewport)
            point = page.evaluate(
                """(label) => {
                  const node = network.body.data.nodes.get({filter: (n) => n.label === label})[0];
                  if (!node) { return null; }
                  const p = network.canvasToDOM(network.getPosition(node.id));
                  const r = document.getElementById("graph").getBoundingClientRect();
                  return [r.left + p.x, r.top + p.y];
                }""",
                select,
            )
            if point is not None:
                page.mouse.click(point[0], point[1])
                page.mouse.move(5, 5)
            page.wait_for_timeout(300)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
        finally:
            browser.close()
    return {"nodes": stats.nodes, "edges": stats.edges, **measured, "screenshot": str(out)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000], help="graph sizes (view nodes)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for a first stable frame")
    parser.add_argument("--json", type=Path, default=None, help="also write the results to this JSON file")
    parser.add_argument("--screenshot", type=Path, default=None, help="save a screenshot of the founding article")
    parser.add_argument("--graph", type=Path, default=ROOT / "data" / "triples.ttl", help="graph for --screenshot")
    args = parser.parse_args(argv)
    if args.screenshot is not None:
        print(json.dumps(screenshot(args.screenshot, args.graph), ensure_ascii=False, indent=2))
        return 0
    rows = bench(args.sizes, args.timeout)
    report = {"machine": {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count()},
              "timeout_s": args.timeout, "results": rows}
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json is not None:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
