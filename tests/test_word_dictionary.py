"""jieba's dictionary split by first character: the same entries, cached whole or not at all."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from pathlib import Path

import jieba
import pytest

from policy_graph.extract import word_dictionary as wd


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    wd.word_dictionary.cache_clear()
    yield tmp_path / "policy-graph"
    wd.word_dictionary.cache_clear()


def test_the_parts_hold_jiebas_entries_and_total(cache_home: Path) -> None:
    with wd._jieba_dictionary_file().open("rb") as handle:
        entries, total = jieba.Tokenizer.gen_pfdict(handle)
    dictionary = wd.word_dictionary()
    assert dictionary.log_total == math.log(total)
    seen: dict[str, int] = {}
    for char in {word[0] for word in entries}:
        part = dictionary.starting_with(char)
        assert all(word[0] == char for word in part)
        seen.update(part)
    assert seen == entries
    assert dictionary.starting_with("\x00") == {}  # a character no word starts with


def test_the_cache_is_written_once_and_read_back(cache_home: Path) -> None:
    first = wd.word_dictionary()
    files = list(cache_home.glob("words-*.marshal"))
    assert len(files) == 1 and not list(cache_home.glob(".words-*"))
    written = files[0].stat().st_mtime_ns
    wd.word_dictionary.cache_clear()
    again = wd.word_dictionary()
    assert files[0].stat().st_mtime_ns == written  # read, not made again
    assert again.log_total == first.log_total and again.starting_with("民") == first.starting_with("民")


def test_a_damaged_cache_is_made_again(cache_home: Path) -> None:
    wd.word_dictionary()
    (cache,) = cache_home.glob("words-*.marshal")
    good = cache.read_bytes()
    for damage in (b"", good[: len(good) // 2], b"not a cache at all", (b"\xe9" * 64)):
        cache.write_bytes(damage)
        wd.word_dictionary.cache_clear()
        assert wd.word_dictionary().starting_with("民")["民政"] > 0
        assert cache.read_bytes() == good


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_an_unwritable_cache_directory_leaves_the_dictionary_in_memory(cache_home: Path) -> None:
    cache_home.mkdir(parents=True)
    cache_home.chmod(0o500)
    try:
        assert wd.word_dictionary().starting_with("民")["民政"] > 0
        assert list(cache_home.iterdir()) == []
    finally:
        cache_home.chmod(0o700)


def test_a_cache_directory_that_cannot_be_made_leaves_the_dictionary_in_memory(cache_home: Path) -> None:
    cache_home.parent.mkdir(parents=True, exist_ok=True)
    cache_home.write_text("a file where the directory should be", encoding="utf-8")
    assert wd.word_dictionary().starting_with("民")["民政"] > 0
    assert cache_home.is_file()


def test_without_a_home_directory_the_dictionary_is_made_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    wd.word_dictionary.cache_clear()
    try:
        assert wd.word_dictionary().starting_with("民")["民政"] > 0
    finally:
        wd.word_dictionary.cache_clear()


def test_a_relative_cache_home_is_ignored_as_xdg_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative-cache")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    cache = wd._cache_file(wd._jieba_dictionary_file())
    assert cache is not None and cache.parent == tmp_path / "home" / ".cache" / "policy-graph"
