"""Offline gazetteer of China: every province, prefecture and county by its GB/T 2260 code.

The table (``data/regions.tsv``, built by ``tools/build_gazetteer.py``; sources and licenses in
``data/REGIONS.md``) holds current divisions, retired codes mapped to their successors, and China itself as
code ``000000``. :class:`Gazetteer` looks names up and finds region mentions in text.

>>> gaz = Gazetteer.default()
>>> gaz.get("152500").name
'锡林郭勒盟'
>>> [r.code for r in gaz.candidates("锡盟")]
['152500']
>>> gaz.current(gaz.get("232723")).name  # 漠河县 became 漠河市 in 2018
'漠河市'
>>> [(m.text, m.start, m.end) for m in gaz.scan("赤峰市阿鲁科尔沁旗村级")]
[('赤峰市', 0, 3), ('阿鲁科尔沁旗', 3, 9)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

__all__ = ["COUNTRY_CODE", "LEVELS", "NOT_MENTIONS", "STOP_BARE", "Gazetteer", "Mention", "Region"]

COUNTRY_CODE = "000000"
LEVELS = ("country", "province", "prefecture", "county")
_RANK = {level: rank for rank, level in enumerate(LEVELS)}

# Full names that are also ordinary words or occur inside common phrases (城区面积, 示范县, 市和县两级,
# 解放区): scan() reports them only right after a mention of an enclosing region (阳泉市城区,
# 呼和浩特市新城区) or before their authority's title (新县人民政府). candidates() and resolve() still know
# them. Suffix-less short names that are common words are never put in the table at all (COMMON_WORD_STEMS in
# tools/build_gazetteer.py).
STOP_BARE: frozenset[str] = frozenset({
    "城区", "郊区", "矿区", "东区", "西区", "新城区", "老城区", "新市区", "城中区", "城东区", "城西区",
    "城北区", "解放区", "港口区", "运河区",
    "新县", "和县", "成县", "高县", "应县", "康县", "兴县", "代县", "任县", "安县", "开县", "理县",
    "范县", "费县", "达县", "单县",
})
# After one of those names, the title of the region's own authority makes it a name (新县人民政府, 和县民政局).
# Stricter than the authority tails of extract.regions: 委 alone does not count here (和县委 is 和 + 县委)
_AUTHORITY_AFTER = re.compile(r"人民政府|政府|[县区]委|人大|政协|民政局|财政局|统计局|退役军人事务局|应急管理局"
                              r"|人力资源和社会保障局|卫生健康委员会|融媒体中心")
# A name glued to the next character may be part of a word: 城北区|域, 海口市|场. Then a shorter match wins.
_GLUED = {"区": frozenset("域间划块别"), "市": frozenset("场")}
# A suffix-less short name followed by these is a street, village or town name (北京路, 包头村).
_STREET = frozenset("路街巷镇乡村")
# ... unless the character begins one of these words (玉溪乡镇卫生院, 玉树村级协理员, 天水乡村振兴)
_STREET_WORDS = re.compile(r"乡镇|乡村|村级|村居|村（居）")
# Set phrases that contain a region name but mention no region; matches inside them are skipped.
NOT_MENTIONS: tuple[str, ...] = (
    "发展中国家", "黄金水道", "繁荣昌盛", "湖光山色", "同心同德", "周口店", "千秋万载",
)
_NOT_MENTIONS_RE = re.compile("|".join(map(re.escape, NOT_MENTIONS)))


@dataclass(frozen=True)
class Region:
    """One row of the gazetteer. ``parent`` is None for provinces and China itself."""

    code: str
    name: str
    level: str  # 'country' | 'province' | 'prefecture' | 'county'
    parent: str | None
    lon: float | None
    lat: float | None
    aliases: tuple[str, ...]
    replaced_by: str | None  # for retired codes: the code that took over

    @property
    def retired(self) -> bool:
        """True for a code no longer in use (kept so that old documents still resolve)."""
        return self.replaced_by is not None


class Mention(NamedTuple):
    """A region name or alias found in text at ``text[start:end]``, with every region it may denote."""

    start: int
    end: int
    text: str
    candidates: tuple[Region, ...]


class Gazetteer:
    """Regions by code, by name and alias, and a scanner for region mentions in text."""

    def __init__(self, regions: Iterable[Region]) -> None:
        self._by_code: dict[str, Region] = {}
        for region in regions:
            if region.code in self._by_code:
                raise ValueError(f"duplicate region code {region.code!r}; each code must appear once")
            self._by_code[region.code] = region
        keyed: dict[str, list[tuple[bool, Region]]] = {}
        for region in self._by_code.values():
            keyed.setdefault(region.name, []).append((False, region))
            for alias in region.aliases:
                keyed.setdefault(alias, []).append((True, region))
            for alias in _autonomous_short_names(region):
                keyed.setdefault(alias, []).append((True, region))
        # current before retired, full name before alias, higher level first, then by code
        self._by_key = {
            key: tuple(r for _, r in sorted(
                hits, key=lambda h: (h[1].retired, h[0], _RANK.get(h[1].level, 9), h[1].code)))
            for key, hits in keyed.items()
        }
        self._full_names = frozenset(r.name for r in self._by_code.values())
        self._top_rank = {key: min(_RANK.get(r.level, 9) for r in rs) for key, rs in self._by_key.items()}
        # Names by their first two characters (the lengths of those names, shortest first), and the one-character
        # names: every name that starts at a position is found by a few dictionary lookups.
        lengths: dict[str, set[int]] = {}
        for key in self._by_key:
            if len(key) > 1:
                lengths.setdefault(key[:2], set()).add(len(key))
        self._lengths = {pair: tuple(sorted(found)) for pair, found in lengths.items()}
        self._singles = frozenset(key for key in self._by_key if len(key) == 1)
        self._starts = _start_pattern(self._lengths, self._singles)

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped with the package (loaded once, then cached)."""
        return _default()

    @classmethod
    def from_rows(cls, rows: Iterable[Region]) -> Gazetteer:
        """A gazetteer over the given regions (for tests and custom tables)."""
        return cls(rows)

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Region]:
        return iter(self._by_code.values())

    @property
    def china(self) -> Region:
        """The country itself (code ``000000``, aliases 全国, 中国, 我国)."""
        region = self._by_code.get(COUNTRY_CODE)
        if region is None:
            raise LookupError(f"this gazetteer has no country row (code {COUNTRY_CODE})")
        return region

    def get(self, code: str) -> Region | None:
        """The region with this 6-digit code, current or retired.

        >>> Gazetteer.default().get("150421").name
        '阿鲁科尔沁旗'
        """
        return self._by_code.get(code)

    def current(self, region: Region) -> Region:
        """The region itself if current, else the current region its code was replaced by."""
        seen = {region.code}
        while region.replaced_by is not None:
            successor = self._by_code.get(region.replaced_by)
            if successor is None or successor.code in seen:
                break
            seen.add(successor.code)
            region = successor
        return region

    def ancestors(self, region: Region) -> list[Region]:
        """Enclosing regions, parent first, up to the province (China is not included).

        >>> [r.name for r in Gazetteer.default().ancestors(Gazetteer.default().get("150421"))]
        ['赤峰市', '内蒙古自治区']
        """
        out: list[Region] = []
        seen = {region.code}
        code = region.parent
        while code is not None and code not in seen:
            parent = self._by_code.get(code)
            if parent is None or parent.level == "country":
                break
            out.append(parent)
            seen.add(code)
            code = parent.parent
        return out

    def candidates(self, name: str) -> tuple[Region, ...]:
        """Every region whose full name or alias is exactly ``name``, current regions first.

        >>> [r.code for r in Gazetteer.default().candidates("漠河县")]
        ['232723']
        """
        return self._by_key.get(name, ())

    def resolve(self, name: str, context: Sequence[Region] = ()) -> Region | None:
        """The one region ``name`` denotes, using ``context`` (regions already known in the text).

        A unique candidate wins; among several, those that are, contain or lie inside a context region (else
        those beside one, else those in its province); then a single current one (a retired namesake gives
        way); else None (still ambiguous).

        >>> gaz = Gazetteer.default()
        >>> gaz.resolve("新城区") is None
        True
        >>> gaz.resolve("新城区", [gaz.get("610000")]).code
        '610102'
        """
        found = self.candidates(name)
        if len(found) <= 1:
            return found[0] if found else None
        if context:
            # those that are, contain or lie inside a context region; else those beside one (the same parent:
            # 渝中区、南岸区 … 江北区); else those in the same province
            for near_to in (self._related, self._siblings, self._same_province):
                near = tuple(r for r in found if any(near_to(r, c) for c in context))
                if len(near) > 1:  # the ones near the most precise region of the context (沈阳市 over 辽宁省)
                    depth = {r.code: max(_RANK.get(c.level, 0) for c in context if near_to(r, c)) for r in near}
                    deepest = max(depth.values())
                    near = tuple(r for r in near if depth[r.code] == deepest)
                if near:
                    found = near
                    break
            if len(found) == 1:
                return found[0]
        live = [r for r in found if not r.retired]
        if len(live) == 1:
            return live[0]
        if not live and len({self.current(r).code for r in found}) == 1:
            return self.current(found[0])
        return None

    def scan(self, text: str) -> list[Mention]:
        """Every region name or alias in ``text``: longest match first, non-overlapping, left to right.

        >>> [(m.text, m.start) for m in Gazetteer.default().scan("在包头市、锡盟和呼市")]
        [('包头市', 1), ('锡盟', 5), ('呼市', 8)]
        """
        out: list[Mention] = []
        masked = [m.span() for m in _NOT_MENTIONS_RE.finditer(text)]
        i = 0  # where the next mention may start
        lengths, singles = self._lengths, self._singles
        for start in self._starts.finditer(text):
            position = start.start()
            if position < i:
                continue  # inside the last mention
            if text[position:position + 2] not in lengths and text[position] not in singles:
                continue  # most candidates: no name starts with these two characters
            if text[position] == "中" and text[position - 1:position] == "其":
                continue  # 其中 (among them): 其中宁县… names 宁县, not 中宁县; 其中卫生院… no 中卫
            for end in reversed(self._ends(text, position)):
                if any(a < end and position < b for a, b in masked):
                    continue
                key = text[position:end]
                if self._acceptable(text, position, end, key, out[-1] if out else None):
                    out.append(Mention(position, end, key, self._by_key[key]))
                    i = end
                    break
        return out

    # ------------------------------------------------------------------------------------------ helpers

    def _related(self, region: Region, other: Region) -> bool:
        """True if ``region`` is ``other``, or one contains the other (retired codes via successors)."""
        a, b = self.current(region), self.current(other)
        if a.code == b.code or b.level == "country":
            return True
        return any(x.code == b.code for x in self.ancestors(a)) or any(
            x.code == a.code for x in self.ancestors(b))

    def _siblings(self, region: Region, other: Region) -> bool:
        """True if ``region`` and ``other`` (both below a province) have the same parent."""
        a, b = self.current(region), self.current(other)
        return a.level == b.level and a.level in ("prefecture", "county") and a.parent == b.parent

    def _same_province(self, region: Region, other: Region) -> bool:
        a, b = self.current(region), self.current(other)
        return a.level != "country" and b.level != "country" and a.code[:2] == b.code[:2]

    def _ends(self, text: str, start: int) -> list[int]:
        """End offsets of every key that starts at ``start``, shortest first."""
        ends = [start + 1] if text[start] in self._singles else []
        for length in self._lengths.get(text[start:start + 2], ()):
            end = start + length
            if end <= len(text) and text[start:end] in self._by_key:
                ends.append(end)
        return ends

    def _listed(self, text: str, start: int, key: str, prev: Mention | None) -> bool:
        """Whether the name at ``start`` follows a region of the same province in a list (白银市、天水…)."""
        if prev is None or prev.end != start - 1 or text[start - 1] not in "、和及":
            return False
        return any(self._same_province(r, p) for r in self._by_key[key] for p in prev.candidates)

    def _acceptable(self, text: str, start: int, end: int, key: str, prev: Mention | None) -> bool:
        after = text[end] if end < len(text) else ""
        if after and after in _GLUED.get(key[-1], ()):
            return False
        if key not in self._full_names:  # a short name: stricter
            if after and after in _STREET and not _STREET_WORDS.match(text, end) \
                    and not self._listed(text, start, key, prev):
                return False
            # a full name, or a higher-level short name, that starts inside this one and runs past it
            for j in range(start + 1, end):
                for e in self._ends(text, j):
                    other = text[j:e]
                    if e > end and (other in self._full_names
                                    or self._top_rank[other] < self._top_rank[key]):
                        return False
        if key in STOP_BARE:
            if key.startswith("和") and start > 0 and text[start - 1] not in "，。；：:\n 　省市和、":
                return False  # 《…办法》和县民政局, 市民政局和县民政局: and the county's bureau
            if _AUTHORITY_AFTER.match(text, end):
                return True  # 新县人民政府, 和县民政局: an authority's own name
            if prev is None or prev.end != start:
                return False
            enclosing = {c.code for c in prev.candidates}
            return any(a.code in enclosing for r in self._by_key[key] for a in self.ancestors(r))
        return True


def _start_pattern(lengths: dict[str, tuple[int, ...]], singles: frozenset[str]) -> re.Pattern[str]:
    """Positions where a name may start: a name's first character followed by a character that is second in
    some name (or any one-character name).

    A superset of the real starts, found by the regex engine at C speed: a text's characters are mostly no
    name's start, and :meth:`Gazetteer.scan` then checks the few candidates left.
    """
    def chars(found: Iterable[str]) -> str:
        return "".join(re.escape(ch) for ch in sorted(set(found)))

    if singles:  # rare (test tables): any first character is a start
        return re.compile(f"(?=[{chars([*singles, *(pair[0] for pair in lengths)])}])")
    if not lengths:
        return re.compile("(?!)")
    return re.compile(f"[{chars(pair[0] for pair in lengths)}](?=[{chars(pair[1] for pair in lengths)}])")


_AUTONOMOUS = ("自治县", "自治州", "自治旗")


def _autonomous_short_names(region: Region) -> list[str]:
    """An autonomous county's, prefecture's or banner's short name with its kind, as texts write it (威宁自治县 for
    威宁彝族回族苗族自治县, 黔东南自治州), where the table has only the name and its bare short forms."""
    kind = next((k for k in _AUTONOMOUS if region.name.endswith(k)), None)
    if kind is None:
        return []
    stems = {alias.removesuffix(kind[-1]) for alias in region.aliases}
    return sorted(name for stem in stems if len(stem) >= 2 and (name := stem + kind) != region.name
                  and name not in region.aliases)


def _parse(text: str) -> list[Region]:
    lines = text.split("\n")
    header = lines[0].split("\t")
    expected = ["code", "name", "level", "parent", "lon", "lat", "aliases", "replaced_by"]
    if header != expected:
        raise ValueError(
            f"regions.tsv: header {header} is not {expected}; rebuild it with tools/build_gazetteer.py")
    regions = []
    for lineno, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) != len(expected):
            raise ValueError(f"regions.tsv line {lineno}: {len(fields)} fields, expected {len(expected)}")
        code, name, level, parent, lon, lat, aliases, replaced_by = fields
        regions.append(Region(
            code, name, level, parent or None, float(lon) if lon else None, float(lat) if lat else None,
            tuple(aliases.split("|")) if aliases else (), replaced_by or None))
    return regions


@functools.cache
def _default() -> Gazetteer:
    text = (resources.files("policy_graph") / "data" / "regions.tsv").read_text(encoding="utf-8")
    return Gazetteer(_parse(text))
