"""The graph view in a real browser: Debian's chromium driven by playwright, with the network cut off.

Every request that is not ``file:`` is aborted and recorded, and none may happen.  The checks use
real clicks and typing, then count what vis-network shows (the page defines a global ``network``).
A screenshot of the founding article's view is saved to ``test-artifacts/view.png``.
"""

from __future__ import annotations

import importlib.util
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from policy_graph.projection import project
from policy_graph.view import render_view

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HAVE_BROWSER = Path(CHROMIUM).exists() and importlib.util.find_spec("playwright") is not None
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not HAVE_BROWSER, reason="needs Debian chromium and playwright")]

VISIBLE = "() => network.body.data.nodes.get({filter: (n) => !n.hidden}).length"
OVERLAPS = """() => {
  const boxes = network.body.data.nodes.getIds().map((id) => network.getBoundingBox(id));
  let count = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) count++;
  }
  return count;
}"""


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


unit = _load("_view_unit_tests", ROOT / "tests" / "test_view.py")  # sample_graph, IMG, SCRIPT
bench = _load("_bench_view", ROOT / "benchmarks" / "bench_view.py")  # synthetic_graph


class Opened:
    """A page opened offline, with what it requested and what went wrong."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.blocked: list[str] = []
        self.problems: list[str] = []

    def count(self, script: str = VISIBLE) -> Any:
        return self.page.evaluate(script)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=bench.CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def open_offline(browser: Any, path: Path, timeout: float = 60) -> Opened:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    opened = Opened(page)

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            opened.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.on("dialog", lambda dialog: (opened.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("pageerror", lambda exc: opened.problems.append(f"page error: {exc}"))
    page.on("console", lambda msg: opened.problems.append(msg.text) if msg.type == "error" else None)
    page.goto(path.as_uri())
    # poll from Python: wait_for_function evaluates strings, which the page's CSP forbids
    deadline = time.monotonic() + timeout
    while page.evaluate("() => !(window.viewTiming && window.viewTiming.stable !== null)"):
        assert time.monotonic() < deadline, "no stable frame"
        page.wait_for_timeout(50)
    return opened


def search(opened: Opened, text: str) -> str:
    opened.page.fill("#search", "")
    opened.page.type("#search", text)
    opened.page.press("#search", "Enter")
    return str(opened.page.inner_text("#panel h2"))


@pytest.mark.parametrize("layout", ["auto", "physics"])
def test_offline_counts_and_hostile_labels_stay_text(browser: Any, tmp_path: Path, layout: str) -> None:
    stats = render_view(unit.sample_graph(hostile=True), tmp_path / "view.html", layout=layout)
    opened = open_offline(browser, stats.path)
    page = opened.page
    assert opened.count("() => network.body.data.nodes.length") == stats.nodes
    assert opened.count("() => network.body.data.edges.length") == stats.edges
    assert opened.count("() => network.physics.options.enabled") is False  # stabilized and stopped
    assert search(opened, "script") == unit.SCRIPT  # partial match on the hostile organization's label
    assert search(opened, "img src") == unit.IMG
    assert search(opened, "低保对象") == "城市低保对象"
    panel = page.inner_text("#panel")
    assert "report.txt:10–20" in panel and "城市低保对象32000人" in panel  # the quote and where it is
    assert "32000 人" in panel  # the folded observation: value with its unit
    assert page.evaluate("() => document.querySelectorAll('#panel img, #panel script, #hovercard img').length") == 0
    page.wait_for_timeout(200)
    page.close()
    assert opened.problems == []
    assert opened.blocked == []


def _click_node(opened: Opened, node_id: str) -> None:
    point = opened.page.evaluate(
        "(id) => { const p = network.canvasToDOM(network.getPosition(id));"
        " const r = document.getElementById('graph').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }",
        node_id,
    )
    opened.page.mouse.move(point[0], point[1])
    opened.page.wait_for_timeout(300)  # vis-network's hover
    opened.page.mouse.click(point[0], point[1])


def test_controls_filter_focus_physics_and_reset(browser: Any, tmp_path: Path) -> None:
    graph = unit.sample_graph()
    projected = project(graph)
    stats = render_view(graph, tmp_path / "view.html")
    opened = open_offline(browser, stats.path)
    page = opened.page
    total = stats.nodes
    assert opened.count() == total

    # hover and click a node on the canvas
    baotou = next(n for n, label in projected.nodes(data="label") if label == "包头市")
    _click_node(opened, baotou)
    assert page.is_visible("#hovercard") and "包头市" in page.inner_text("#hovercard")
    assert page.inner_text("#panel h2") == "包头市"

    # type filter: the legend hides regions
    page.click('#legend button[data-kind="Region"]')
    assert opened.count() == total - 2
    page.click('#legend button[data-kind="Region"]')
    assert opened.count() == total

    # theme filter
    page.select_option("#theme-filter", label="社会救助")
    assert opened.count() == 4  # the theme, its program, and what those link to
    page.select_option("#theme-filter", label="全部 All")
    assert opened.count() == total

    # focus on the searched node's neighbourhood, depth 1 then 2
    assert search(opened, "包头") == "包头市"
    page.click("#focus")
    assert opened.count() == 4
    page.select_option("#depth", "2")
    assert opened.count() == 5

    # physics on and off, then reset
    page.click("#physics")
    assert opened.count("() => network.physics.options.enabled") is True
    page.click("#physics")
    assert opened.count("() => network.physics.options.enabled") is False
    page.click("#reset")
    assert opened.count() == total
    assert page.input_value("#search") == "" and "点击节点" in page.inner_text("#panel")
    page.close()
    assert opened.problems == [] and opened.blocked == []


def test_founding_article_opens_fast_and_readable(browser: Any, tmp_path: Path) -> None:
    from policy_graph.store import load_graph

    graph = load_graph(ROOT / "data" / "triples.ttl")
    stats = render_view(graph, tmp_path / "view.html", title="内蒙古自治区民政工作")
    opened = open_offline(browser, stats.path)
    page = opened.page
    # the first frame is the stable one: the layout is precomputed, physics off (its time is a benchmark figure)
    assert opened.count("() => window.viewTiming.stable !== null && network.physics.physicsEnabled === false")
    assert opened.count("() => network.body.data.nodes.length") == stats.nodes
    assert opened.count(OVERLAPS) == 0  # no node or label overlaps another
    assert opened.count("() => network.getScale()") >= 0.6  # labels drawn at 8.4 px or more when fitted
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "view.png"))
    page.close()
    assert opened.problems == [] and opened.blocked == []


def test_five_thousand_nodes_open_and_stay_usable(browser: Any, tmp_path: Path) -> None:
    graph = bench.synthetic_graph(5000)
    stats = render_view(graph, tmp_path / "big.html")
    assert stats.nodes == 5000
    opened = open_offline(browser, stats.path, timeout=30)
    page = opened.page
    assert opened.count("() => window.viewTiming.stable !== null && network.physics.physicsEnabled === false")
    assert opened.count("() => network.body.data.nodes.length") == 5000
    assert opened.count("() => network.body.data.edges.length") == stats.edges
    assert search(opened, "项目17保障") == "项目17保障制度"
    page.click("#focus")
    assert 1 < opened.count() < 100
    page.close()
    assert opened.problems == [] and opened.blocked == []
