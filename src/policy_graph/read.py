"""Read a source file: decode its bytes, fingerprint them, and find the page chrome.

The decoded text is kept whole: provenance offsets point into it.  Web-page
chrome (share buttons, font-size and print links, "当前位置" trails ...) is not
cut out but located, as the span of real content ``[content_start, content_end)``.

>>> src = Source.from_bytes("正文内容。\\n扫一扫在手机端打开当前页\\n【打印】".encode(), name="a.txt")
>>> src.encoding, src.text[src.content_start:src.content_end]
('utf-8', '正文内容。\\n')

A source file larger than :func:`max_source_bytes` (4 MB unless ``POLICY_GRAPH_MAX_SOURCE_MB`` or
``policy-graph build --max-size MB`` says otherwise) is refused before it is read: a build takes some
25 s and 0.45 GB of memory per MB of text (SHACL validation more), so a larger file is much more likely a
mistake (a log, a dump, a whole web crawl) than one report, and should be split.  A file that mixes
encodings (UTF-8 lines and GB18030 lines) is refused with the lines that disagree, not decoded into
mojibake.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .chrome_lines import chrome_metadata
from .errors import SourceError, position
from .script import to_simplified
from .webpage import Piece, extract_article, looks_like_html

__all__ = ["DEFAULT_MAX_SOURCE_MB", "MAX_SOURCE_ENV", "Piece", "Source", "decode", "max_source_bytes", "read_source"]

DEFAULT_MAX_SOURCE_MB = 4.0  # the largest source file read, in MB (2**20 bytes), unless MAX_SOURCE_ENV says otherwise
MAX_SOURCE_ENV = "POLICY_GRAPH_MAX_SOURCE_MB"
_MB = 1024 * 1024

# Encodings tried, in order, after the byte-order marks; the first that decodes
# strictly and looks like Chinese text wins.
_CANDIDATES = ("utf-8", "gb18030", "big5", "big5hkscs")  # Big5-HKSCS: Big5 with more (toned pinyin letters)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# A line that is page chrome, not article text: the whole of a stripped line (``fullmatch``).  No two
# neighbouring parts may both match whitespace: nested whitespace repeats backtrack in cubic time on a long
# blank run ("x" after 3000 spaces took a minute).
_CHROME_LINE = re.compile(
    r"扫一扫在手机[端上]?打开当前页|扫一扫在手机打开当前页|"
    r"[【\[]\s*(?:(?:大\s*中\s*小|打印|关闭|关闭窗口|收藏|返回顶部)\s*|字体[:：]?.*)[】\]]|"
    r"当前位置[:：].*|您现在的位置[:：].*|(?:[^。，；\n|｜]{1,20}[|｜][ \t\u3000]*)?首页\s*[>＞›].*|"
    r"[^。，；\n|｜\s]{1,20}[ \t\u3000]+首页\s*[>＞›].*|"  # (a site's name, then its trail: 华夏地方政情网　首页 > …)
    # a breadcrumb trail of two steps or more: 两岸民生网 > 大陆新闻 > 社会民生
    r"(?:[^\s>＞›»。，；]{1,12}\s*[>＞›»]\s*){2,}[^\s>＞›»。，；]{1,12}|"
    r"(?:发布时间|发布日期|来源|浏览次数|访问量|点击数|阅读次数|字号|字级|字体)[:：].{0,60}|"
    # a date that opens a line of labels: 2025-06-18　来源：澳门日报　字体：大 中 小
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*)?"
    r"(?:来源|作者|编辑|字体|字号)[:：].{0,80}|"
    r"(?:打印本页|关闭本页|关闭窗口|分享到[:：]?.*|相关链接|相关阅读|上一篇[:：]?.*|下一篇[:：]?.*)|"
    # a WeChat article's counts under it: 阅读 2.1万　　在看 236　　点赞 418
    r"(?:(?:阅读|在看|点赞|分享|收藏|留言|赞)[ \t\u3000:：]*\d+(?:\.\d+)?[万wW+]?[ \t\u3000]*){2,}|"
    # the credits that end an article: 责任编辑：谢晓梅, 审核：…
    r"(?:责任编辑|责编|编辑|审核|校对|初审|复审|终审|监制)[:：][^。，；]{0,30}|"
    r"(?:版权所有|主办单位|承办单位|网站标识码|网站识别码|[京沪粤浙苏蒙]ICP备|ICP备|公网安备).*|"
    # a bar of links: 网站地图 | 联系我们 | 网站声明, or 首页　大陆新闻　两岸动态　财经观察 (four or more words,
    # between spaces or bars: 港岛新闻网　｜　首页　港闻　中国新闻…)
    r"(?:[^|｜\n\d]{1,8}[|｜]){2,}[^|｜\n\d]{1,8}|(?:[\u4e00-\u9fff]{2,8}[ \t\u3000|｜]+){3,}[\u4e00-\u9fff]{2,8}|"
    # (or a menu of five or more, its site's name or buttons at an end: 两岸时讯网　首页 | 台湾 | … | 影音　【简体】)
    r"(?:[^|｜\n\d。，；]{1,14}[|｜]){4,}[^|｜\n\d。，；]{1,14}|"
    # a footer line: 主办：南阳市民政局　地址：…, 豫ICP备12004567号-1, 两岸民生网　版权所有
    r"(?:主办|承办|协办)[:：].*|[\u4e00-\u9fff]{1,2}(?:ICP备|公网安备).*|[^。，；]{1,20}版权所有.*|"
    # 地址：新疆阿勒泰市团结路16号　邮编：836500 …, or after the site's name: 华语快讯网　地址：…　电话：…
    r"(?:[^\s。，；（(：:]{2,20}[ \t\u3000]+)?(?:地址|邮编|电话|联系电话|传真|电子邮箱|联系我们|联络我们)[:：][^。]*|"
    # (or a phone number after a site's name and its address, 温哥华华人资讯网　5300 No. 3 Road…　电话：604-273-8866;
    # a copyright line in English)
    r"[^。；（(]{0,30}网[ \t\u3000][^。；]{0,60}(?:电话|传真)[:：]\s*[\d\-－ ]{7,}[^。；]*"
    r"|(?i:copyright|all rights reserved).*|"
    # a site's name alone on its line: 宁化县人民政府门户网站
    r"[^\s。，；]{2,30}(?:门户网站|政府网站|官方网站)|"
    # a site's name and its address: 多伦多华人资讯网 TorontoChinese.net
    r"[^\s。，；]{2,20}网[ \t\u3000]+(?:www\.)?[A-Za-z][\w\-]*(?:\.[A-Za-z]{2,6}){1,2}|"
    # a site's banner: 两岸头条网 —— 两岸三地即时资讯
    r"[^\s。，；]{2,12}(?:网|网站|在线|频道)[ \t\u3000]*(?:——|—|--?|[|｜])[ \t\u3000]*[^。，；\n]{2,30}|"
    # Copyright 2026 … 版权所有, and a mirror's disclaimer: 本网转载内容仅供参考，不代表本网立场。…
    r"(?:Copyright|COPYRIGHT|©).*|(?:本网|本站)[^。，；]{0,8}(?:仅供参考|不代表本[网站]).*|"
    r"(?:下载|打印|全屏|收藏|加大|还原|减小|分享|返回|【?字号[:：]?|】)|"
    r"[|｜\s]*"
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
    html_pieces: tuple[Piece, ...] | None = None  # the article of a web page; None for plain text

    @property
    def pieces(self) -> tuple[Piece, ...]:
        """The article's text as pieces of the decoded file (chrome left out)."""
        if self.html_pieces is not None:
            return self.html_pieces
        return (Piece(self.content_start, self.content_end, self.text[self.content_start:self.content_end]),)

    @property
    def key(self) -> str:
        """A stable short identifier: the first 16 hex digits of the raw bytes' SHA-256."""
        return self.raw_sha256[:16]

    @classmethod
    def from_bytes(cls, raw: bytes, *, name: str, path: Path | None = None,
                   metadata: dict[str, str] | None = None) -> Source:
        text, encoding = decode(raw, name=name)
        found: dict[str, str]
        if looks_like_html(text):
            page = extract_article(text)
            if not page.pieces or not page.text.strip():
                raise SourceError("no article text found in this web page", path=name,
                                  hint="save the article page itself, or give its text as a .txt file")
            found = dict(page.metadata)
            pieces: tuple[Piece, ...] | None = page.pieces
            start, end = page.pieces[0].start, page.pieces[-1].end
        else:
            start, end = _content_span(text)
            if not text[start:end].strip():
                raise SourceError("no article text (the file holds only page chrome or blank lines)", path=name,
                                  hint="give the text of a report or article")
            found = chrome_metadata((text[:start] + "\n" + text[end:]).splitlines())
            pieces = None
        found.update(metadata or {})  # a sidecar file says it better than the page chrome
        return cls(name=name, raw_sha256=hashlib.sha256(raw).hexdigest(), encoding=encoding, text=text,
                   content_start=start, content_end=end, path=path, metadata=found, html_pieces=pieces)


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
    try:
        return _check_text(raw.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError as exc:
        best: tuple[UnicodeDecodeError, str] = (exc, "utf-8")  # the encoding that decodes furthest names the byte
    decoded: list[tuple[float, str, str]] = []
    for encoding in _CANDIDATES[1:]:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start > best[0].start:
                best = (exc, encoding)
            continue
        decoded.append((_common_ratio(text), encoding, text))
    if decoded:
        # GB18030 accepts almost any byte pair, Big5 text included: the reading with more everyday
        # characters wins.
        _score, encoding, text = max(decoded, key=lambda d: (d[0], d[1] == "gb18030"))
        mixed = _mixed_encodings(raw, name)  # UTF-8 lines read as GB18030 would be mojibake, not an error
        if mixed is not None:
            raise mixed
        return _check_text(text, name), encoding
    raise _mixed_encodings(raw, name) or _undecodable(name, *best, raw=raw)


def _undecodable(name: str, exc: UnicodeDecodeError, encoding: str, *, raw: bytes | None = None) -> SourceError:
    tried = "UTF-8, GB18030 or Big5" if encoding in _CANDIDATES else encoding
    where = position(raw, exc.start, encoding) if raw is not None else f"byte {exc.start}"
    return SourceError(f"cannot decode as {tried} ({encoding}: {exc.reason})", path=name, where=where,
                       hint="convert the file to UTF-8, or check that it is a text file")


_LINE_ENCODINGS = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5", "big5hkscs": "Big5-HKSCS"}


def _line_encoding(line: bytes) -> str | None:
    """The encoding a line of Chinese text reads as: UTF-8 if it decodes so, else the likelier of GB18030 and Big5."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # a GB18030 line rarely decodes as UTF-8, and then not into everyday characters
        return "utf-8" if sum(ch > "\u2e80" for ch in text) >= 2 and _common_ratio(text) >= 0.3 else None
    readings = []
    for encoding in _CANDIDATES[1:]:
        try:
            readings.append((_common_ratio(line.decode(encoding)), encoding == "gb18030", encoding))
        except UnicodeDecodeError:
            continue
    return max(readings)[2] if readings else None


def _mixed_encodings(raw: bytes, name: str) -> SourceError | None:
    """An error naming two lines in different encodings, if ``raw`` mixes UTF-8 lines with GB18030 or Big5 ones."""
    first: dict[str, int] = {}
    for number, line in enumerate(raw.split(b"\n"), 1):
        if line.isascii():
            continue
        encoding = _line_encoding(line)
        if encoding is not None:
            first.setdefault(encoding, number)
        if "utf-8" in first and len(first) > 1:
            (one, a), (other, b) = sorted(first.items(), key=lambda item: item[1])[:2]
            return SourceError(f"mixed encodings: line {a} is {_LINE_ENCODINGS[one]} but line {b} is "
                               f"{_LINE_ENCODINGS[other]}", path=name,
                               hint="convert the whole file to one encoding, UTF-8 preferably")
    return None


def _check_text(text: str, name: str) -> str:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(2, len(text) // 100):
        raise SourceError("binary data, not text (control characters)", path=name,
                          hint="give a text or HTML file")
    return text


# Everyday characters of Chinese text (simplified; their traditional forms are added at first use).
_COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
    "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向"
    "道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特"
    "件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队"
    "南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风"
    "切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许"
    "步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列"
    "习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派"
    "层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞服务救助社区福利低城乡村镇街道困难群众"
)


@functools.cache
def _common_chars() -> frozenset[str]:
    import opencc

    traditional = str(opencc.OpenCC("s2t").convert(_COMMON))
    return frozenset(_COMMON) | frozenset(traditional)


def _common_ratio(text: str) -> float:
    sample = [ch for ch in text[:20000] if ch > "\u2e80"]
    if not sample:
        return 0.0
    common = _common_chars()
    return sum(1 for ch in sample if ch in common) / len(sample)


def _cjk_ratio(text: str) -> float:
    sample = text[:2000]
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / max(1, len(sample))


def _is_chrome(line: str) -> bool:
    """Tell whether ``line`` is page chrome (a button row, a breadcrumb, a date or footer line).

    >>> _is_chrome("  【打印】 【关闭】\\n"), _is_chrome("当前位置：首页 > 政务公开"), _is_chrome("正文。")
    (True, True, False)
    """
    line = to_simplified(line).strip()
    if _CHROME_LINE.fullmatch(line):
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
    related = _related_links_from(lines, first, last)
    if related is not None:  # 相关链接： and its list of headlines end the page: chrome too
        last = related
        while last > first and (not lines[last - 1].strip() or _is_chrome(lines[last - 1])):
            last -= 1
    return offsets[first], offsets[last]


# The heading of a list of links at the end of a page, and an item of such a list (·全市…（2024-06-21）)
_RELATED_HEAD = re.compile(r"[【\[]?(?:相关链接|相关阅读|相关新闻|相关文章|相关报道|相关稿件|热点新闻|推荐阅读|延伸阅读"
                           r"|热门排行|热门新闻|热门资讯|热门文章|热门推荐|热门点击|点击排行|阅读排行|排行榜|猜你喜欢|为你推荐|精彩推荐|推荐新闻"
                           r"|最新新闻|最新文章|往期推荐|往期回顾)[】\]]?[:：]?")
_LINK_ITEM = re.compile(r"[·•▪■◆●\-]\s*\S.{0,80}|\d{1,2}(?:[.．、]|[ \t\u3000])\s*\S.{0,80}"
                        r"|.{1,80}[（(\[]?\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?[）)\]]?"
                        r"|[^。；！？!?：:]{6,40}")  # (or a headline alone: 我市新增3家四星级养老机构)

_LINKS_APART = re.compile(r"\s{2,}|\u3000+")  # (the headlines of a line of links, set apart by spaces)


def _related_links_from(lines: list[str], first: int, last: int) -> int | None:
    """The line where the lists of links that end a text begin (the heading of the first: 相关新闻, 热门排行 …),
    if the text ends with such lists."""
    start = None
    for i in range(last - 1, first, -1):
        line = to_simplified(lines[i]).strip()
        if _RELATED_HEAD.fullmatch(line) or ((head := _RELATED_HEAD.match(line)) and head.group().endswith((":", "："))
                                              and all(_LINK_ITEM.fullmatch(item) for item
                                                      in _LINKS_APART.split(line[head.end():].strip()))):
            start = i  # (a heading with its links on the same line: 相关链接：晋中市为…津贴　　太原市…)
        elif line and not _LINK_ITEM.fullmatch(line) and not _is_chrome(lines[i]):
            break  # (past a footer's lines among the lists: 联络我们：…　Tel: …)
    return start


def max_source_bytes() -> int:
    """The largest source file :func:`read_source` reads: ``POLICY_GRAPH_MAX_SOURCE_MB`` megabytes, or 4 MB."""
    value = os.environ.get(MAX_SOURCE_ENV, "").strip()
    if not value:
        return int(DEFAULT_MAX_SOURCE_MB * _MB)
    try:
        megabytes = float(value)
    except ValueError:
        megabytes = -1.0
    if not megabytes > 0:
        raise SourceError(f"{MAX_SOURCE_ENV} must be a positive number of megabytes, not '{value}'",
                          hint=f"unset it for the default ({DEFAULT_MAX_SOURCE_MB:g} MB) or set it to e.g. 16")
    return int(megabytes * _MB)


def _megabytes(size: int) -> str:
    """``size`` bytes in MB, briefly: 100, 99.9, 0.5, 0.001."""
    value = size / _MB
    return f"{value:.1f}".removesuffix(".0") if value >= 1 else f"{value:.2g}"


def read_source(path: Path, *, max_bytes: int | None = None) -> Source:
    """Read and decode the file at ``path`` (and its ``.meta.json`` sidecar, if any).

    A file larger than ``max_bytes`` (default :func:`max_source_bytes`) is refused before it is read.
    """
    name = path.name
    if path.is_dir():
        raise SourceError("is a directory, not a file", path=str(path), hint="give a text file")
    limit = max_source_bytes() if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SourceError("no such file", path=str(path), hint="check the path") from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path=str(path)) from None
    if size > limit:
        raise SourceError(f"file too large ({_megabytes(size)} MB > the {_megabytes(limit)} MB limit)", path=str(path),
                          hint="split it into smaller files, or raise the limit with --max-size MB "
                               f"or {MAX_SOURCE_ENV}")
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
