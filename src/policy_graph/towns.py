"""The township table: which county a town (镇, 乡, 街道, 苏木) lies in, from ``data/towns.tsv``.

Towns are no regions of the graph (their figures take their county's code), and many names repeat across China
(城关镇 in over a hundred counties), so the table only answers where a named town may lie; the text's other
regions decide among the counties it gives (see ``extract.focus``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["TownMention", "Towns", "default_towns"]

# A name shorter than three characters (口镇, 新镇, 龙镇) is too often the tail of a longer word to be read alone
_SHORTEST = 3
_LONGEST = 12
_KIND_END = re.compile(r"镇|乡|街道|苏木")
# Common words ending as a town's name does: a name ending in one (月城镇 in 1—10月城镇新增就业) is not read
_WORD_ENDS = frozenset({"城镇", "乡镇", "村镇", "集镇", "重镇", "古镇", "名镇", "小镇", "强镇", "大镇", "该镇", "各镇",
                        "城乡", "下乡", "家乡", "老乡", "返乡", "故乡", "回乡", "同乡", "水乡", "异乡", "他乡", "各乡",
                        "该乡", "市街道", "区街道", "各街道", "该街道"})


class TownMention(NamedTuple):
    start: int
    end: int
    name: str
    counties: tuple[str, ...]  # the codes of the counties that have a town of this name


class Towns:
    """Town names and the counties that have a town of each name."""

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        """``rows``: (name, county code) pairs."""
        counties: dict[str, list[str]] = {}
        for name, county in rows:
            if county not in counties.setdefault(name, []):
                counties[name].append(county)
        self._counties = {name: tuple(sorted(codes)) for name, codes in counties.items()}

    def __len__(self) -> int:
        return len(self._counties)

    def counties(self, name: str) -> tuple[str, ...]:
        """The codes of the counties that have a town named ``name`` (白霓镇 → 421223), or ``()``."""
        return self._counties.get(name, ())

    def scan(self, text: str, start: int = 0, end: int | None = None) -> Iterator[TownMention]:
        """The town names in ``text[start:end]``, each read as the longest name ending where a kind of town does
        (…崇阳县白霓镇: 白霓镇, not 县白霓镇)."""
        stop = len(text) if end is None else end
        for kind in _KIND_END.finditer(text, start, stop):
            last = kind.end()
            for first in range(max(start, last - _LONGEST), last - _SHORTEST + 1):
                name = text[first:last]
                if name in self._counties and not any(name.endswith(word) for word in _WORD_ENDS):
                    yield TownMention(first, last, name, self._counties[name])
                    break


@lru_cache(maxsize=1)
def default_towns() -> Towns:
    """The packaged table (read once, on first use)."""
    text = (resources.files("policy_graph") / "data" / "towns.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line]
    return Towns([(name, county) for _code, name, county in rows])
