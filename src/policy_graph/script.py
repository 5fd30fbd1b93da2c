"""Chinese script conversion (traditional → simplified) with OpenCC, loaded once.

>>> to_simplified("內蒙古自治區養老服務")
'内蒙古自治区养老服务'
"""

from __future__ import annotations

import functools
from typing import Protocol

__all__ = ["to_simplified"]


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@functools.cache
def _converter() -> _Converter:
    import opencc

    converter: _Converter = opencc.OpenCC("t2s")
    return converter


def to_simplified(text: str) -> str:
    """Convert ``text`` to simplified script (OpenCC ``t2s``, bundled with the wheel: no download)."""
    return str(_converter().convert(text))
