"""The lexicon of well-known programs (``data/programs.tsv``): names and their aliases.

>>> lexicon = ProgramLexicon.default()
>>> lexicon.find_in("城市低保对象")
['最低生活保障']
>>> [(label, start, end) for label, _theme, start, end in lexicon.scan("特困人员供养标准和低保标准")]
[('特困人员救助供养', 0, 6), ('最低生活保障', 9, 11)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..resources import data_path

__all__ = ["ProgramLexicon"]


@dataclass(frozen=True)
class ProgramLexicon:
    aliases: dict[str, str]  # alias -> label
    themes: dict[str, str]   # label -> theme key

    @classmethod
    @functools.cache
    def default(cls) -> ProgramLexicon:
        aliases: dict[str, str] = {}
        themes: dict[str, str] = {}
        lines = data_path("programs.tsv").read_text(encoding="utf-8").splitlines()
        for line in lines:
            if not line.strip() or line.startswith(("#", "label\t")):
                continue
            label, names, theme = line.split("\t")
            themes[label] = theme
            for alias in names.split("|"):
                aliases[alias] = label
        return cls(aliases=aliases, themes=themes)

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(a) for a in sorted(self.aliases, key=lambda a: (-len(a), a))))

    def scan(self, text: str) -> Iterator[tuple[str, str, int, int]]:
        """Yield (label, theme, start, end) for each alias in ``text``, longest first, without overlaps."""
        for match in self._pattern.finditer(text):
            label = self.aliases[match.group(0)]
            yield label, self.themes[label], match.start(), match.end()

    def find_in(self, text: str) -> list[str]:
        """Labels of the programs whose aliases occur in ``text``."""
        return list(self._cached_labels(text))

    @functools.cached_property
    def _cached_labels(self) -> Callable[[str], tuple[str, ...]]:
        """:meth:`_labels`, remembered: :meth:`find_in` reads every indicator, and they recur."""
        return functools.lru_cache(maxsize=4096)(self._labels)

    def _labels(self, text: str) -> tuple[str, ...]:
        return tuple(sorted({label for label, _theme, _s, _e in self.scan(text)}))
