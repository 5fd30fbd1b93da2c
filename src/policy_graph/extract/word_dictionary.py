"""jieba's word dictionary, kept in a cache by first character and unpacked one character at a time.

The word-boundary check (:mod:`policy_graph.extract.words`) looks words up in jieba's prefix dictionary:
every word of jieba's ``dict.txt`` with its frequency, and every prefix of a word (frequency 0 when it is
not a word itself).  jieba builds that dictionary of half a million entries in every process that uses it
(about a second here: a third of building one article from the command line).  A lookup for a phrase only
ever needs the entries that begin with the phrase's characters, so the dictionary is stored split by first
character, each part packed on its own, and a part is unpacked when a phrase first needs it: a build of
one article unpacks a few hundred of the seven thousand parts.

The split dictionary is made from jieba's own file with jieba's own reader the first time it is needed, and
kept under the user's cache directory (``$XDG_CACHE_HOME/policy-graph`` when that is an absolute path, else
``~/.cache/policy-graph``), named for jieba's file (its path, size and time), so a changed dictionary makes a
new one.  When the cache
cannot be read or written, the dictionary is made in memory and used all the same.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import marshal
import math
import os
import tempfile
from pathlib import Path

__all__ = ["WordDictionary", "word_dictionary"]

_FORMAT = 1  # bumped when the cached layout changes


class WordDictionary:
    """jieba's prefix dictionary by first character, and the log of its total frequency."""

    def __init__(self, total: int, packed: dict[str, bytes]) -> None:
        self.log_total = math.log(total)
        self._packed = packed
        self._parts: dict[str, dict[str, int]] = {}

    def starting_with(self, char: str) -> dict[str, int]:
        """Every entry that starts with ``char``: word or prefix → frequency (0 for a prefix only)."""
        part = self._parts.get(char)
        if part is None:
            packed = self._packed.get(char)
            part = self._parts[char] = marshal.loads(packed) if packed is not None else {}
        return part


@functools.cache
def word_dictionary() -> WordDictionary:
    """The dictionary, from the cache (made there first if need be)."""
    source = _jieba_dictionary_file()
    cache = _cache_file(source)
    if cache is not None:
        found = _read(cache)
        if found is not None:
            return WordDictionary(*found)
    total, packed = _split(source)
    if cache is not None:
        _write(cache, total, packed)
    return WordDictionary(total, packed)


def _jieba_dictionary_file() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("jieba is not installed: reinstall policy-graph (`make install`)")
    return Path(spec.origin).parent / "dict.txt"


def _cache_file(source: Path) -> Path | None:
    try:
        named = os.environ.get("XDG_CACHE_HOME", "")
        base = named if os.path.isabs(named) else str(Path.home() / ".cache")  # a relative one is ignored (XDG)
        stat = source.stat()
    except (OSError, RuntimeError, KeyError):  # no dictionary file to name it for, or no home directory
        return None
    key = hashlib.sha256(f"{_FORMAT}\0{source}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    return Path(base) / "policy-graph" / f"words-{key}.marshal"


def _read(cache: Path) -> tuple[int, dict[str, bytes]] | None:
    try:
        total, packed = marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None  # missing, unreadable or not ours: made again
    if not isinstance(total, int) or total <= 0 or not isinstance(packed, dict):
        return None
    return total, packed


def _split(source: Path) -> tuple[int, dict[str, bytes]]:
    """jieba's dictionary, read by jieba's own reader (the same entries it uses), split by first character."""
    import jieba

    with source.open("rb") as handle:
        entries, total = jieba.Tokenizer.gen_pfdict(handle)
    parts: dict[str, dict[str, int]] = {}
    for word, count in entries.items():
        parts.setdefault(word[0], {})[word] = count
    return int(total), {char: marshal.dumps(part) for char, part in parts.items()}


def _write(cache: Path, total: int, packed: dict[str, bytes]) -> None:
    """Write the cache whole or not at all (a concurrent writer's file is as good as this one)."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=".words-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps((total, packed)))
            os.replace(temporary, cache)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only home: the dictionary is used from memory
