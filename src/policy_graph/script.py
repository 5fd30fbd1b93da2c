"""Chinese script conversion (traditional → simplified) with OpenCC, loaded once.

>>> to_simplified("內蒙古自治區養老服務")
'内蒙古自治区养老服务'
"""

from __future__ import annotations

import functools
import re
from typing import Protocol

__all__ = ["to_simplified"]


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@functools.cache
def _converter() -> _Converter:
    import opencc

    converter: _Converter = opencc.OpenCC("t2s")
    return converter


# Place names whose 乾 is simplified script too: t2s would make 乾县 干县 (tests check that these are all the
# gazetteer's names t2s changes)
_KEEP = re.compile(r"乾(?=[县縣]|安)")


def to_simplified(text: str) -> str:
    """Convert ``text`` to simplified script (OpenCC ``t2s``, bundled with the wheel: no download); the names
    of places it would change (乾县) are kept.

    >>> to_simplified("乾縣乾燥")
    '乾县干燥'
    """
    if "乾" in text and _KEEP.search(text):
        pieces = _KEEP.split(text)
        return "乾".join(str(_converter().convert(piece)) for piece in pieces)
    return str(_converter().convert(text))
