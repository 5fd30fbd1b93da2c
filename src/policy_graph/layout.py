"""Node positions for the view, computed in Python so that a large page draws at once.

numpy and scipy are not dependencies, so networkx's layouts are out; and they are slow
anyway (``spring_layout`` is quadratic: ~190 s at 10,000 nodes).  This module is plain
Python and near-linear in the graph's size:

* :func:`force_layout`: Fruchterman-Reingold forces with repulsion cut off at a few ideal
  edge lengths and found through a grid; edges to hubs pull less (a theme or a province
  linked to hundreds of nodes would otherwise draw everything into one knot).  Large graphs
  get fewer iterations.  Nodes given in ``fixed`` do not move (the geographic layout).
* :func:`remove_overlaps`: pushes apart the boxes of nodes *with their labels* until no two
  overlap, so that every label stays readable.
* :func:`compact`: turns the long axis horizontal and packs the layout to fill a screen.
* :func:`geo_positions`: longitude/latitude to page coordinates (equirectangular).

:func:`place` strings these together for the view.  Everything is deterministic (a seeded
:class:`random.Random`, sorted inputs).

>>> pos = force_layout(["包头市", "内蒙古自治区", "乌海市"], [("包头市", "内蒙古自治区"), ("乌海市", "内蒙古自治区")])
>>> sorted(pos) == ["乌海市", "内蒙古自治区", "包头市"]
True
>>> boxes = {"a": (100.0, 20.0, 0.0), "b": (100.0, 20.0, 0.0)}  # two labels 100 px wide, 20 px high
>>> sorted(remove_overlaps({"a": (0.0, 0.0), "b": (10.0, 0.0)}, boxes).items())
[('a', (0.0, -14.0)), ('b', (10.0, 14.0))]
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Iterable, Iterator, Mapping

__all__ = [
    "Box",
    "Position",
    "compact",
    "force_layout",
    "geo_positions",
    "label_box",
    "place",
    "remove_overlaps",
    "wrap_label",
]

Position = tuple[float, float]
Box = tuple[float, float, float]
"""(width, height, vertical offset of the box's centre below the node's centre)."""

EDGE_LENGTH = 150.0
_CUTOFF = 2.0  # repulsion reaches this many edge lengths
GRAVITY = 0.1


def _coarsen(adjacency: list[list[int]]) -> tuple[list[int], int]:
    """Pair every node with its least connected free neighbour (a matching); return groups and their count."""
    n = len(adjacency)
    group = [-1] * n
    count = 0
    for u in sorted(range(n), key=lambda i: (len(adjacency[i]), i)):
        if group[u] != -1:
            continue
        best = -1
        for v in adjacency[u]:
            if group[v] == -1 and (best == -1 or len(adjacency[v]) < len(adjacency[best])):
                best = v
        group[u] = count
        if best != -1:
            group[best] = count
        count += 1
    return group, count


def _adjacency(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for a, b in sorted({(min(a, b), max(a, b)) for a, b in pairs if a != b}):
        adjacency[a].append(b)
        adjacency[b].append(a)
    return adjacency


def _springs(adjacency: list[list[int]]) -> list[tuple[int, int, float]]:
    """Edges with their pull: an edge to a hub pulls less (its pull is shared among the hub's edges)."""
    degree = [max(1, len(adj)) for adj in adjacency]
    return [(a, b, 1.0 / math.sqrt(min(degree[a], degree[b]) * max(1.0, max(degree[a], degree[b]) / 4)))
            for a, adj in enumerate(adjacency) for b in adj if a < b]


Grid = dict[tuple[int, int], list[int]]
_HALF_NEIGHBOURHOOD = ((0, 0), (1, 0), (-1, 1), (0, 1), (1, 1))  # a cell and half its neighbours: each pair once


def _grid(points: list[tuple[float, float]], cell: float) -> Grid:
    """Point indexes by the square of side ``cell`` they lie in."""
    grid: Grid = {}
    for i, (x, y) in enumerate(points):
        grid.setdefault((int(x // cell), int(y // cell)), []).append(i)
    return grid


def _pairs(grid: Grid, *, ordered: bool) -> Iterator[tuple[int, list[int]]]:
    """Each point with the points it may be close to: those after it in its own cell and those in the next cells
    (so every close pair comes once); ``ordered`` visits the cells sorted (when moves depend on the order)."""
    for (cx, cy), members in sorted(grid.items()) if ordered else grid.items():
        for ox, oy in _HALF_NEIGHBOURHOOD:
            others = grid.get((cx + ox, cy + oy))
            if others is None:
                continue
            same = ox == 0 and oy == 0
            for at, a in enumerate(members):
                yield a, members[at + 1:] if same else others


def _forces(xs: list[float], ys: list[float], adjacency: list[list[int]], pinned: list[bool], k: float,
            steps: int, temperature: float, rng: random.Random) -> None:
    """Fruchterman-Reingold steps in place: grid-limited repulsion, weighted springs, a little gravity."""
    n = len(xs)
    springs = _springs(adjacency)
    pull = [GRAVITY * k * math.sqrt(len(adj) + 1) for adj in adjacency]  # towards the centre, whatever the distance
    cell = k * _CUTOFF
    cutoff2, k2 = cell * cell, k * k
    cool = (temperature / (k * 0.05)) ** (-1.0 / max(1, steps))
    for _ in range(steps):
        dx = [0.0] * n
        dy = [0.0] * n
        grid = _grid([(xs[i], ys[i]) for i in range(n)], cell)
        for a, near in _pairs(grid, ordered=False):
            xa, ya = xs[a], ys[a]
            fxa = fya = 0.0
            for b in near:
                ex, ey = xa - xs[b], ya - ys[b]
                d2 = ex * ex + ey * ey
                if d2 >= cutoff2:
                    continue
                if d2 < 1e-6:
                    ex, ey, d2 = rng.uniform(-1, 1), rng.uniform(-1, 1), 1.0
                f = k2 / d2
                fxa += ex * f
                fya += ey * f
                dx[b] -= ex * f
                dy[b] -= ey * f
            dx[a] += fxa
            dy[a] += fya
        for a, b, weight in springs:
            ex, ey = xs[a] - xs[b], ys[a] - ys[b]
            f = weight  # linear: long edges of a big graph do not crush it
            dx[a] -= ex * f
            dy[a] -= ey * f
            dx[b] += ex * f
            dy[b] += ey * f
        for i in range(n):
            if pinned[i]:
                continue
            r = math.sqrt(xs[i] * xs[i] + ys[i] * ys[i]) + 1e-9
            fx = dx[i] - pull[i] * xs[i] / r
            fy = dy[i] - pull[i] * ys[i] / r
            length = math.sqrt(fx * fx + fy * fy)
            if length > 1e-9:
                move = min(length, temperature) / length
                xs[i] += fx * move
                ys[i] += fy * move
        temperature *= cool


def force_layout(
    nodes: Iterable[str],
    edges: Iterable[tuple[str, str]],
    *,
    fixed: Mapping[str, Position] | None = None,
    edge_length: float = EDGE_LENGTH,
    seed: int = 7,
) -> dict[str, Position]:
    """Positions of ``nodes`` (ideal edge length ``edge_length``); ``fixed`` nodes stay put.

    Without ``fixed`` the layout is multilevel: the graph is coarsened by matchings down to a
    few dozen nodes, laid out there with many steps, and refined on the way back with few.
    """
    names = sorted(set(nodes))
    index = {name: i for i, name in enumerate(names)}
    n = len(names)
    if n == 0:
        return {}
    rng = random.Random(seed)
    adjacency = _adjacency(n, ((index[s], index[t]) for s, t in edges if s in index and t in index))
    k = edge_length
    if fixed:
        pinned = [name in fixed for name in names]
        xs, ys = _seed_near_pinned(names, adjacency, fixed, k, rng)
        _forces(xs, ys, adjacency, pinned, k, _steps(n, finest=True), k * 2, rng)
    else:
        xs, ys = _multilevel(adjacency, k, rng)
    return {name: (round(xs[i], 1), round(ys[i], 1)) for name, i in index.items()}


def _steps(n: int, finest: bool) -> int:
    if n <= 300:
        return 200 if finest else 60
    return max(8, min(60, 12000 // n)) if finest else max(15, min(60, 30000 // n))


def _multilevel(adjacency: list[list[int]], k: float, rng: random.Random) -> tuple[list[float], list[float]]:
    levels: list[tuple[list[list[int]], list[int]]] = []  # (fine adjacency, fine-to-coarse groups)
    current = adjacency
    while len(current) > 50:
        group, count = _coarsen(current)
        if count > 0.9 * len(current):
            break
        levels.append((current, group))
        current = _adjacency(count, ((group[a], group[b]) for a, adj in enumerate(current) for b in adj))
    n0 = len(adjacency)
    size = len(current)
    scale = math.sqrt(n0 / size)
    golden = math.pi * (3.0 - math.sqrt(5.0))
    order = sorted(range(size), key=lambda i: (-len(current[i]), i))
    xs = [0.0] * size
    ys = [0.0] * size
    for rank, node in enumerate(order):
        radius = k * scale * math.sqrt(rank + 0.5)
        xs[node] = radius * math.cos(rank * golden) + rng.uniform(-1, 1)
        ys[node] = radius * math.sin(rank * golden) + rng.uniform(-1, 1)
    _forces(xs, ys, current, [False] * size, k * scale, 300 if levels else _steps(size, True),
            k * scale * math.sqrt(size), rng)
    for fine, group in reversed(levels):
        size = len(fine)
        level_k = k * math.sqrt(n0 / size)
        fx = [xs[group[i]] + rng.uniform(-0.3, 0.3) * level_k for i in range(size)]
        fy = [ys[group[i]] + rng.uniform(-0.3, 0.3) * level_k for i in range(size)]
        xs, ys = fx, fy
        _forces(xs, ys, fine, [False] * size, level_k, _steps(size, fine is adjacency), level_k, rng)
    return xs, ys


def _seed_near_pinned(names: list[str], adjacency: list[list[int]], fixed: Mapping[str, Position], k: float,
                      rng: random.Random) -> tuple[list[float], list[float]]:
    """Fixed nodes where they are; the others, breadth first, near the mean of their placed neighbours."""
    n = len(names)
    xs, ys = [0.0] * n, [0.0] * n
    placed = [False] * n
    frontier = []
    for i, name in enumerate(names):
        if name in fixed:
            xs[i], ys[i] = fixed[name]
            placed[i] = True
            frontier.append(i)
    while frontier:
        nxt = []
        for node in frontier:
            for other in adjacency[node]:
                if not placed[other]:
                    around = [j for j in adjacency[other] if placed[j]]
                    xs[other] = sum(xs[j] for j in around) / len(around) + rng.uniform(-k, k)
                    ys[other] = sum(ys[j] for j in around) / len(around) + rng.uniform(-k, k)
                    placed[other] = True
                    nxt.append(other)
        frontier = nxt
    spread = k * math.sqrt(n)
    for i in range(n):
        if not placed[i]:  # not connected to any fixed node
            xs[i], ys[i] = rng.uniform(-spread, spread), rng.uniform(-spread, spread)
    return xs, ys


def remove_overlaps(
    pos: Mapping[str, Position], boxes: Mapping[str, Box], *, gap: float = 8.0, passes: int = 60,
    fixed: Iterable[str] = (),
) -> dict[str, Position]:
    """Move nodes the least needed so that their boxes (node and label) do not overlap."""
    names = sorted(pos)
    if not names:
        return {}
    pinned = set(fixed)
    xs = [pos[name][0] for name in names]
    ys = [pos[name][1] for name in names]
    ws = [boxes.get(name, (40.0, 40.0, 0.0))[0] + gap for name in names]
    hs = [boxes.get(name, (40.0, 40.0, 0.0))[1] + gap for name in names]
    offs = [boxes.get(name, (40.0, 40.0, 0.0))[2] for name in names]
    free = [name not in pinned for name in names]
    n = len(names)
    cell = max(max(ws), max(hs))
    for _ in range(passes):
        moved = False
        grid = _grid([(xs[i], ys[i] + offs[i]) for i in range(n)], cell)
        for a, near in _pairs(grid, ordered=True):
            for b in near:
                ex = xs[b] - xs[a]
                over_x = (ws[a] + ws[b]) / 2 - abs(ex)
                if over_x <= 0:
                    continue
                ey = (ys[b] + offs[b]) - (ys[a] + offs[a])
                over_y = (hs[a] + hs[b]) / 2 - abs(ey)
                if over_y <= 0 or not (free[a] or free[b]):
                    continue
                moved = True
                share_a = 0.5 if free[a] and free[b] else (1.0 if free[a] else 0.0)
                if over_x < over_y * 2:  # the shorter way out, sideways rather (screens are wide)
                    shift = over_x if ex >= 0 else -over_x
                    shift = shift if ex != 0 else over_x
                    xs[a] -= shift * share_a
                    xs[b] += shift * (1.0 - share_a)
                else:
                    shift = over_y if ey >= 0 else -over_y
                    shift = shift if ey != 0 else over_y
                    ys[a] -= shift * share_a
                    ys[b] += shift * (1.0 - share_a)
        if not moved:
            break
    return {name: (round(xs[i], 1), round(ys[i], 1)) for i, name in enumerate(names)}


def compact(
    pos: Mapping[str, Position], boxes: Mapping[str, Box], *, aspect: float = 1.4, rounds: int = 6,
    passes: int = 60,
) -> dict[str, Position]:
    """Turn the layout's long axis horizontal, squeeze it towards ``aspect`` (a screen's width to
    height) and pull it together round by round, removing overlaps after each: a layout that fills
    the page, so that it fits at a larger, readable zoom.

    >>> boxes = {n: (20.0, 20.0, 0.0) for n in "abc"}
    >>> compact({"a": (0.0, 0.0), "b": (0.0, 100.0), "c": (0.0, 200.0)}, boxes, rounds=0)
    {'a': (-100.0, 0.0), 'b': (0.0, 0.0), 'c': (100.0, 0.0)}
    """
    if len(pos) < 2:
        return dict(pos)
    n = len(pos)
    mx = sum(x for x, _y in pos.values()) / n
    my = sum(y for _x, y in pos.values()) / n
    sxx = sum((x - mx) ** 2 for x, _y in pos.values())
    syy = sum((y - my) ** 2 for _x, y in pos.values())
    sxy = sum((x - mx) * (y - my) for x, y in pos.values())
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)
    cos, sin = math.cos(-angle), math.sin(-angle)
    turned = {name: ((x - mx) * cos - (y - my) * sin, (x - mx) * sin + (y - my) * cos) for name, (x, y) in pos.items()}
    width = max(x for x, _y in turned.values()) - min(x for x, _y in turned.values())
    height = max(y for _x, y in turned.values()) - min(y for _x, y in turned.values())
    squeeze = min(1.0, width / max(height * aspect, 1e-9))
    current = remove_overlaps({k: (x, y * squeeze) for k, (x, y) in turned.items()}, boxes, passes=passes)
    for _ in range(rounds):
        current = remove_overlaps({k: (x * 0.9, y * 0.9) for k, (x, y) in current.items()}, boxes, passes=passes)
    return {k: (round(x, 1) + 0.0, round(y, 1) + 0.0) for k, (x, y) in current.items()}


def geo_positions(coords: Mapping[str, tuple[float, float]], *, width: float) -> dict[str, Position]:
    """Longitude/latitude (degrees) to page coordinates ``width`` wide, north up, centred on 0."""
    if not coords:
        return {}
    mid_lat = sum(lat for _lon, lat in coords.values()) / len(coords)
    scale_x = math.cos(math.radians(mid_lat))
    lons = [lon * scale_x for lon, _lat in coords.values()]
    lats = [lat for _lon, lat in coords.values()]
    span = max(max(lons) - min(lons), max(lats) - min(lats), 1e-6)
    cx, cy = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
    factor = width / span
    return {name: (round((lon * scale_x - cx) * factor, 1), round((cy - lat) * factor, 1))
            for name, (lon, lat) in sorted(coords.items())}


def _text_width(text: str, font_size: float) -> float:
    """Width of one line of ``text``: CJK, full-width and ambiguous (“”) characters are one em, others about 0.6."""
    return float(sum(font_size if unicodedata.east_asian_width(ch) in "WFA" else 0.6 * font_size for ch in text))


def wrap_label(text: str, width: float, *, font_size: float = 14, max_lines: int = 3) -> str:
    """``text`` broken into lines at most ``width`` pixels wide (at most ``max_lines``, then "…").

    >>> wrap_label("关于进一步加强社会救助工作的实施意见", 140)
    '关于进一步加强社会救\\n助工作的实施意见'
    """
    lines: list[str] = []
    line = ""
    for ch in " ".join(text.split()):
        if line and _text_width(line + ch, font_size) > width:
            lines.append(line.rstrip())
            line = ch.lstrip()
            if len(lines) == max_lines:
                break
        else:
            line += ch
    else:
        if line:
            lines.append(line)
        return "\n".join(lines)
    lines[-1] = lines[-1][:-1] + "…"
    return "\n".join(lines)


def label_box(label: str, shape: str, size: float, *, font_size: float = 14, margin: float = 8) -> Box:
    """The box a node takes with its (wrapped) label, as vis-network draws it (measured in Chromium).

    Labels sit inside ``box`` and ``database`` shapes and right under the others.

    >>> label_box("社会救助暂行办法", "box", 20)
    (140.0, 42.7, 0.0)
    >>> label_box("包头市", "dot", 14)
    (42.0, 42.7, 7.4)
    """
    lines = label.split("\n") if label else []
    text_w = max((_text_width(line, font_size) for line in lines), default=0.0)
    text_h = len(lines) * font_size * 1.05
    pad = 2 * margin + 12  # margins, border and the selection outline
    if shape == "box":
        return (round(text_w + pad, 1), round(text_h + pad, 1), 0.0)
    if shape == "database":
        width = text_w + pad
        return (round(width, 1), round(max(width, text_h + pad), 1), 0.0)
    return (round(max(2 * size, text_w), 1), round(2 * size + text_h, 1), round(text_h / 2, 1))


def place(
    nodes: Iterable[str], edges: Iterable[tuple[str, str]], boxes: Mapping[str, Box], *,
    geo: Mapping[str, tuple[float, float]] | None = None,
) -> dict[str, Position]:
    """Positions for the view: forces, then room for every label (``boxes``), filling a wide screen.

    With ``geo`` (longitude, latitude by node) those nodes are pinned on a map and the others
    placed around them.  Large graphs get fewer rounds of overlap removal (their labels are
    read zoomed in anyway).
    """
    names = sorted(set(nodes))
    n = len(names)
    if n == 0:
        return {}
    links = list(edges)
    if geo:
        fixed = geo_positions(geo, width=max(1600.0, 250.0 * math.sqrt(n)))
        pos = force_layout(names, links, fixed=fixed)
        return remove_overlaps(pos, boxes, fixed=fixed, passes=200 if n <= 2000 else 50)
    pos = force_layout(names, links)
    # spread the layout so that nodes are about a box and a half apart, then pack it
    spacing = math.sqrt(sum(boxes[name][0] * boxes[name][1] for name in names) / n) * 1.6
    xs, ys = [x for x, _y in pos.values()], [y for _x, y in pos.values()]
    factor = spacing / math.sqrt(max(1.0, (max(xs) - min(xs)) * (max(ys) - min(ys))) / n)
    pos = {name: (x * factor, y * factor) for name, (x, y) in pos.items()}
    rounds = 6 if n <= 300 else 2 if n <= 2000 else 0  # each round costs a removal of overlaps
    return compact(pos, boxes, rounds=rounds, passes=60 if n <= 2000 else 12)
