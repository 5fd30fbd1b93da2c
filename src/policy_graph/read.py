"""Read a source file: decode its bytes, fingerprint them, and find the page chrome.

The decoded text is kept whole: provenance offsets point into it.  Web-page
chrome (share buttons, font-size and print links, "当前位置" trails ...) is not
cut out but located, as the span of real content ``[content_start, content_end)``.

>>> src = Source.from_bytes("正文内容。\\n扫一扫在手机端打开当前页\\n【打印】".encode(), name="a.txt")
>>> src.encoding, src.text[src.content_start:src.content_end]
('utf-8', '正文内容。\\n')
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SourceError
from .script import to_simplified

__all__ = ["Source", "decode", "read_source"]

# Encodings tried, in order, after the byte-order marks; the first that decodes
# strictly and looks like Chinese text wins.
_CANDIDATES = ("utf-8", "gb18030", "big5")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# A line that is page chrome, not article text.
_CHROME_LINE = re.compile(
    r"^\s*(?:"
    r"扫一扫在手机[端上]?打开当前页|扫一扫在手机打开当前页|"
    r"[【\[]\s*(?:大\s*中\s*小|打印|关闭|关闭窗口|收藏|字体[:：]?.*|返回顶部)\s*[】\]]\s*|"
    r"当前位置[:：].*|您现在的位置[:：].*|首页\s*[>＞›].*|"
    r"(?:发布时间|发布日期|来源|浏览次数|访问量|点击数|阅读次数|字号)[:：].{0,60}|"
    r"(?:打印本页|关闭本页|关闭窗口|分享到[:：]?.*|相关链接|相关阅读|上一篇[:：]?.*|下一篇[:：]?.*)|"
    r"(?:版权所有|主办单位|承办单位|网站标识码|网站识别码|[京沪粤浙苏蒙]ICP备|ICP备|公网安备).*|"
    r"(?:下载|打印|全屏|收藏|加大|还原|减小|分享|返回|【?字号[:：]?|】)|"
    r"[|｜\s]*"
    r")\s*$"
)
# A chrome line may hold several buttons: 【大 中 小】 【打印】 |
_CHROME_PIECES = re.compile(r"(?:[【\[][^】\]]{0,12}[】\]]|[|｜])")


@dataclass(frozen=True)
class Source:
    """A decoded source text with its fingerprint and the span of its real content."""

    name: str
    raw_sha256: str
    encoding: str
    text: str
    content_start: int
    content_end: int
    path: Path | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """A stable short identifier: the first 16 hex digits of the raw bytes' SHA-256."""
        return self.raw_sha256[:16]

    @classmethod
    def from_bytes(cls, raw: bytes, *, name: str, path: Path | None = None,
                   metadata: dict[str, str] | None = None) -> Source:
        text, encoding = decode(raw, name=name)
        start, end = _content_span(text)
        if not text[start:end].strip():
            raise SourceError("no article text (the file holds only page chrome or blank lines)", path=name,
                              hint="give the text of a report or article")
        return cls(name=name, raw_sha256=hashlib.sha256(raw).hexdigest(), encoding=encoding, text=text,
                   content_start=start, content_end=end, path=path, metadata=dict(metadata or {}))


def decode(raw: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``raw`` and return ``(text, encoding)``; raise :class:`SourceError` if it is not text.

    >>> decode("低保".encode("gb18030"))
    ('低保', 'gb18030')
    """
    if not raw.strip():
        raise SourceError("file is empty", path=name, hint="give a UTF-8, GB18030 or Big5 text file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _check_text(raw.decode(encoding), name), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise _undecodable(name, exc, encoding) from None
    if b"\x00" in raw[:4096]:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _cjk_ratio(text) > 0.2:
                return _check_text(text, name), encoding
        raise SourceError("binary data, not text (NUL bytes near the start)", path=name,
                          hint="give a text or HTML file")
    best: tuple[UnicodeDecodeError, str] | None = None  # the encoding that decodes furthest names the byte
    for encoding in _CANDIDATES:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            if best is None or exc.start > best[0].start:
                best = (exc, encoding)
            continue
        return _check_text(text, name), encoding
    assert best is not None
    raise _undecodable(name, *best)


def _undecodable(name: str, exc: UnicodeDecodeError, encoding: str) -> SourceError:
    tried = "UTF-8, GB18030 or Big5" if encoding in _CANDIDATES else encoding
    return SourceError(f"cannot decode as {tried} ({encoding}: {exc.reason})", path=name, where=f"byte {exc.start}",
                       hint="convert the file to UTF-8, or check that it is a text file")


def _check_text(text: str, name: str) -> str:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(2, len(text) // 100):
        raise SourceError("binary data, not text (control characters)", path=name,
                          hint="give a text or HTML file")
    return text


def _cjk_ratio(text: str) -> float:
    sample = text[:2000]
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / max(1, len(sample))


def _is_chrome(line: str) -> bool:
    line = to_simplified(line)
    if _CHROME_LINE.match(line):
        return True
    rest = _CHROME_PIECES.sub("", line)
    return line.strip() != "" and rest.strip() == ""


def _content_span(text: str) -> tuple[int, int]:
    """Return ``[start, end)`` of ``text`` without leading and trailing chrome lines."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    first, last = 0, len(lines)
    while first < last and (not lines[first].strip() or _is_chrome(lines[first])):
        first += 1
    while last > first and (not lines[last - 1].strip() or _is_chrome(lines[last - 1])):
        last -= 1
    return offsets[first], offsets[last]


def read_source(path: Path) -> Source:
    """Read and decode the file at ``path`` (and its ``.meta.json`` sidecar, if any)."""
    name = path.name
    if path.is_dir():
        raise SourceError("is a directory, not a file", path=str(path), hint="give a text file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such file", path=str(path), hint="check the path") from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path=str(path)) from None
    return Source.from_bytes(raw, name=name, path=path, metadata=_sidecar(path))


def _sidecar(path: Path) -> dict[str, str]:
    meta = path.with_name(path.stem + ".meta.json")
    if not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"metadata file is not valid JSON: {exc}", path=str(meta),
                          hint="fix or remove the .meta.json file") from None
    if not isinstance(data, dict):
        raise SourceError("metadata file must hold a JSON object", path=str(meta))
    return {str(k): str(v) for k, v in data.items() if isinstance(v, (str, int, float))}
