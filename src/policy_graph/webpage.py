"""Extract the article of a saved government web page, keeping offsets into the HTML source.

The page is walked with the standard library's tolerant :class:`html.parser.HTMLParser`; every stretch of
text becomes a :class:`Piece` that points back into the decoded HTML string, so a fact found in the article
can cite the characters of the original file.  The article is then chosen among the page's blocks
(readability-style, no site-specific rules): the run of prose blocks, plus the title line just before it,
without the page chrome (breadcrumbs, date and view-count lines, print buttons, footers ...), which feeds
:attr:`Page.metadata` instead.

>>> page = extract_article(
...     '<html><head><title>关于做好低保工作的通知_某县人民政府</title></head><body><nav>首页 政务公开</nav>'
...     '<h1>关于做好低保工作的通知</h1><p>发布时间：2024-03-05 来源：某县民政局 浏览次数：88</p>'
...     '<p>各乡镇：为进一步做好\\n    城乡低保工作，现将有关事项通知如下。</p></body></html>')
>>> page.text
'关于做好低保工作的通知\\n各乡镇：为进一步做好城乡低保工作，现将有关事项通知如下。'
>>> page.metadata
{'title': '关于做好低保工作的通知', 'site': '某县人民政府', 'issued': '2024-03-05', 'publisher': '某县民政局'}
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import NamedTuple

from .chrome_lines import LABEL, account, paper_date, portal_named, posted, split_stamp, stamped_day
from .page_metadata import page_metadata
from .script import to_simplified
from .webtables import Grid, Place, between, cell_span, table_after, tables_of_figures

__all__ = ["Page", "Piece", "extract_article", "looks_like_html"]


@dataclass(frozen=True)
class Piece:
    """A stretch of article text and where it is in the HTML source.

    ``html[start:end] == text``, or ``html[start:end]`` is one character reference and ``text`` the character
    it stands for (a whitespace reference such as ``&nbsp;`` reads as ``" "``), or ``text == " "`` stands for a
    whole run of source whitespace, or ``start == end`` for a break between blocks: ``"\\n"``, or in a table of
    figures (:mod:`policy_graph.webtables`) the tabs between cells (``"\\t"``, ``"\\n\\t"`` …) or ``" "`` between
    two blocks of one cell.
    """

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Page:
    """The article of a web page as :class:`Piece` objects in document order, and what the page says of it.

    ``metadata`` may hold ``title``, ``issued`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), ``publisher``, ``url``
    and ``site`` (the website's name: a ``SiteName`` meta tag, or the last part of the page's ``<title>``).
    """

    pieces: tuple[Piece, ...]
    metadata: dict[str, str]

    @property
    def text(self) -> str:
        """The article text: the pieces' texts joined."""
        return "".join(piece.text for piece in self.pieces)


_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul"})
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "nav", "header", "footer", "aside",
                   "form", "select", "option", "button", "iframe", "textarea", "object", "svg"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
_IN_HEAD = frozenset({"head", "title", "meta", "link", "script", "style", "base", "noscript", "template"})
_HEADINGS = frozenset({"h1", "h2", "h3"})
# An opening tag closes these still-open elements first (the parts of HTML's implied end tags that matter here).
_CLOSES = {"li": {"p", "li"}, "dt": {"p", "dt", "dd"}, "dd": {"p", "dt", "dd"}, "tr": {"p", "td", "th", "tr"},
           "td": {"p", "td", "th"}, "th": {"p", "td", "th"}, "option": {"option"}}
_NOT_DISPLAYED = re.compile(r"display\s*:\s*none", re.I)
_INVISIBLE = re.compile(r"visibility\s*:\s*hidden", re.I)
_HIDDEN = re.compile(f"{_NOT_DISPLAYED.pattern}|{_INVISIBLE.pattern}", re.I)
_SPLIT = re.compile(r"\s+|\S+")
# Characters of Chinese writing: whitespace between two of them (or a source line break next to one) is dropped.
_WIDE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014"
                   "\U00020000-\U0003ffff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_ENDS = re.compile("[。！？；]")
_FIGURE = re.compile(r"\d")

_CHROME = re.compile(
    r"^\s*(?:当前位置|您现在的位置|您的位置|你的位置|你现在的位置|所在位置)|"
    r"(?:发布时间|发布日期|发文日期|浏览次数|阅读次数|访问次数|访问量|点击数|点击量|点击率|责任编辑|字号)\s*[:：]|"
    + LABEL + r"(?:信息来源|来源|发布机构|作者|编辑|审核|校对|日期|时间)\s*[:：]|"
    r"[【\[]\s*(?:大\s*中\s*小|打印|关闭|收藏|字体)|分享到|^\s*(?:上一篇|下一篇|上一条|下一条)|"
    r"^\s*相关(?:链接|阅读|新闻|文章|信息|文件)|版权所有|copyright|©|主办单位|承办单位|"
    + LABEL + r"(?:主办|承办|地址|电话)\s*[:：]|icp备|icp证|公网安备|网站标识码|网站识别码|"
    r"联系电话|联系我们|邮编|邮政编码|技术支持|扫一扫|返回顶部|打印本页|关闭窗口|网站地图|"
    r"^\s*欢迎(?:访问|光临|您)[^。]{0,30}(?:登录|注册|帮助)",  # (欢迎访问云南省政府采购网！登录 | 注册 | 帮助中心)
    re.I,
)
_BUTTONS = re.compile(r"[【\[][^】\]]{0,12}[】\]]|[|｜]|打印本页|关闭窗口|打印|关闭|收藏|\s")
_BRACKETED_NUMBER = re.compile(r"\s*[\[［]\s*[-+−－]?\d[\d.,]*\s*[\]］]\s*")
_CRUMB = re.compile(r"[>›»＞→]")
_SIGNATURE = re.compile(r"(?:政府|[局委办厅部会处院所室站镇乡村]|中心|街道|公司|协会|\d{4}年\d{1,2}月\d{1,2}日)\s*$")
# what a notice's signature block holds besides its issuers and date: its attachments, 此件公开, 抄送
_SIGNED = re.compile(r"\s*(?:附件\s*\d*\s*(?:[:：]|$)|附\s*[:：]|[（(]此件[^）)]*[）)]\s*$|抄送\s*[:：])")
_CONTACT = re.compile(r"\s*(?:联系人(?:及电话)?|联系电话|咨询电话)\s*[:：]")
# A sentence that opens with who is to act and then what (各乡（镇）要于…, 县民政局将…): prose, not a footer's label
_PROSE_FIRST = re.compile(r"\s*[\u4e00-\u9fff（）()]{2,16}?(?:要|须|将|应|务必|已|于)[\u4e00-\u9fff]")
_ATTACHED = re.compile(r"\s*\d{1,2}\s*[.．、]\s*\S.{0,58}$")  # an attachment's line under 附件：1.…


_CENTERED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Tell whether ``text`` is an HTML page: a doctype, ``<html``, ``<head`` or ``<body`` near its start.

    >>> looks_like_html('\\ufeff<!-- saved -->\\n<HTML lang="zh-CN">'), looks_like_html("关于<html>标签的说明")
    (True, False)
    """
    head = text[:2048].lstrip("\ufeff \t\r\n")
    return head.startswith("<") and re.search(r"<(?:!doctype\s+html|html|head|body)\b", head, re.I) is not None


class _Atom(NamedTuple):
    start: int
    end: int
    text: str
    space: bool  # a whitespace run (or a whitespace reference)
    newline: bool  # a source line break is in it
    link: bool  # inside <a>


class _Open(NamedTuple):
    tag: str
    skip: bool
    link: bool
    heading: str | None  # "h1".."h3", or "title" for a class/id naming a title
    place: Place | None = None  # where a table's cell is (<td>, <th>)


@dataclass
class _Block:
    boundary: int  # offset of the block-boundary tag just before it
    atoms: list[_Atom] = field(default_factory=list)
    heading: str | None = None
    solid: bool = False  # holds more than whitespace
    pieces: list[Piece] = field(default_factory=list)
    text: str = ""
    loose: str = ""  # the text with every whitespace run kept as " ": labels stay apart for the chrome rules
    cjk = ends = 0  # Han characters, sentence ends
    links = 0.0  # share of the text inside <a>
    chrome = False
    cell = False  # text of a table's cell
    place: Place | None = None  # the cell the block's text is in

    @property
    def prose(self) -> bool:
        return not self.chrome and self.ends >= 1 and self.links < 0.3 and self.cjk >= 20

    @property
    def score(self) -> float:
        return (self.cjk + 10 * self.ends) * (1 - self.links)


class _Walker(HTMLParser):
    """Cut the page into blocks of text atoms; collect ``<title>``, ``<meta>`` and canonical-link values."""

    def __init__(self, source: str, reveal: bool = False) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.hidden = _NOT_DISPLAYED if reveal else _HIDDEN  # (revealed: what a page's script would show)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[_Open] = []
        self.open: dict[str, int] = {}  # how many elements of each name are open: membership without a scan
        self.skip = self.link = self.in_title = 0
        self.headings: list[str] = []
        self.blocks: list[_Block] = []
        self.block = _Block(0)
        self.title: list[str] | None = None  # the first <title>'s text, once it has started
        self.meta: dict[str, str] = {}
        self.tables: list[Grid] = []  # the open tables, innermost last
        self.cells: list[Place] = []  # the open cells, innermost last
        self.table_count = 0

    def here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pos, values = self.here(), {k.lower(): v or "" for k, v in attrs}
        if self.open.get("head") and tag not in _IN_HEAD:
            self.pop_to("head")  # a body element ends an unclosed <head>
        closes = _CLOSES.get(tag, {"p"} if tag in _BLOCK and tag not in _VOID else set())
        while self.stack and self.stack[-1].tag in closes:
            self.pop_to(self.stack[-1].tag)
        if tag == "meta":
            key = (values.get("name") or values.get("property") or "").lower()
            self.meta.setdefault(key, values.get("content", "").strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower():
            self.meta.setdefault("canonical", values.get("href", "").strip())
        elif tag == "time" and values.get("datetime"):  # <time datetime="2025-12-12T20:45:00+08:00">: the first
            self.meta.setdefault("time", values["datetime"].strip())
        if tag in _BLOCK:
            self.boundary(pos)
        if tag in _VOID:
            return
        skip = tag in _SKIP or "hidden" in values or bool(self.hidden.search(values.get("style", "")))
        if tag in ("header", "footer") and (self.open.get("article") or self.open.get("main")):
            skip = False  # an article's own header holds its title
        names = (values.get("class", "") + " " + values.get("id", "")).lower()
        heading = tag if tag in _HEADINGS else ("title" if "title" in names else None)
        if heading is None and tag == "p" and names.startswith("mso") and (
                values.get("align", "").lower() == "center" or _CENTERED.search(values.get("style", ""))):
            heading = "h3"  # a centred paragraph of a document exported from Word: its number and title lines
        place = None
        if tag == "table":
            self.table_count += 1
            self.tables.append(Grid(self.table_count))
        elif tag == "tr" and self.tables:
            self.tables[-1].new_row()
        elif tag in ("td", "th") and self.tables:
            place = self.tables[-1].cell(cell_span(values.get("colspan")), cell_span(values.get("rowspan")))
        entry = _Open(tag, skip, tag == "a", heading, place)
        self.stack.append(entry)
        self.count(entry, 1)
        if tag == "title" and self.title is None:
            self.title = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.pop_to(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self.boundary(self.here())
        self.pop_to(tag)

    def pop_to(self, tag: str) -> None:
        if not self.open.get(tag):
            return
        while self.stack:
            entry = self.stack.pop()
            self.count(entry, -1)
            if entry.tag == tag:
                return

    def count(self, entry: _Open, sign: int) -> None:
        """Keep the counts of open elements up to date as ``entry`` opens (``sign=1``) or closes (``-1``)."""
        self.open[entry.tag] = self.open.get(entry.tag, 0) + sign
        self.skip += sign * entry.skip
        self.link += sign * entry.link
        self.in_title += sign * (entry.tag == "title")
        if entry.heading and sign > 0:
            self.headings.append(entry.heading)
        elif entry.heading:
            self.headings.pop()
        if entry.place is not None:
            if sign > 0:
                self.cells.append(entry.place)
            else:
                self.cells.pop()
        elif entry.tag == "table" and sign < 0:
            self.tables.pop()

    def boundary(self, pos: int) -> None:
        if self.block.solid:
            self.blocks.append(self.block)
        self.block = _Block(pos)

    def add(self, start: int, end: int, text: str, space: bool, newline: bool = False) -> None:
        block = self.block
        block.atoms.append(_Atom(start, end, text, space, newline, self.link > 0))
        if not space:
            block.solid = True
            if not block.cell and (self.open.get("td") or self.open.get("th")):
                block.cell, block.place = True, self.cells[-1] if self.cells else None
            if block.heading is None and self.headings:
                block.heading = min(self.headings)  # "h1" < "h2" < "h3" < "title"

    def handle_data(self, data: str) -> None:
        pos = self.here()
        if self.in_title and self.title is not None:
            self.title.append(data)
        if self.skip or not self.source.startswith(data, pos):
            return
        for m in _SPLIT.finditer(data):
            chunk, space = m.group(), m.group().isspace()
            self.add(pos + m.start(), pos + m.end(), chunk, space, space and ("\n" in chunk or "\r" in chunk))

    def handle_charref(self, name: str) -> None:
        self.reference("&#" + name)

    def handle_entityref(self, name: str) -> None:
        self.reference("&" + name)

    def reference(self, written: str) -> None:
        """A character or entity reference: one piece that reads as its character, spanning the reference.

        The span is what the parser took: ``written`` and the ``;`` after it, if any. (Matching the source again
        with a pattern of our own would take more in ``&lt.a.b`` at the end of a page, where the parser reads
        ``&lt.a`` and then the text ``.b``: two pieces over the same characters.)
        """
        pos = self.here()
        if not self.source.startswith(written, pos):
            return
        end = pos + len(written)
        end += self.source.startswith(";", end)
        raw = self.source[pos:end]
        char = _html.unescape(raw)
        if self.in_title and self.title is not None:
            self.title.append(char)
        if self.skip:
            return
        if len(char) == 1 and char != raw:
            self.add(pos, end, " " if char.isspace() else char, char.isspace())
        else:  # an unknown name, or one that stands for several characters: keep it as written
            self.add(pos, end, raw, False)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # "<![if !IE]>" and other odd sections: skip to the next ">"
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1


def extract_article(html: str) -> Page:
    """Find the article in the web page ``html`` and return its pieces and metadata; never raises on bad HTML."""
    walker, blocks = _walk(html, reveal=False)
    if _INVISIBLE.search(html):
        # prose that stays invisible until the page's script shows it (a WeChat article's <div id="js_content"
        # style="visibility: hidden;">), three times as much as is visible (a headline): read that too
        shown = _walk(html, reveal=True)
        if _prose(shown[1]) > 3 * _prose(blocks):
            walker, blocks = shown
    figures = tables_of_figures(blocks)
    chosen = _choose(blocks, figures, " ".join("".join(walker.title or []).split()))
    pieces: list[Piece] = []
    previous: Place | None = None
    for block in chosen:
        place = block.place if block.place and block.place.table in figures else None
        if pieces:
            pieces.append(Piece(block.boundary, block.boundary, between(previous, place)))
        pieces.extend(block.pieces)
        previous = place
    lead = chosen[:next((i for i, b in enumerate(chosen) if b.prose), 0)]
    chrome = [b.loose + (blocks[i + 1].loose if b.loose.endswith(("：", ":")) and i + 1 < len(blocks) else "")
              for i, b in enumerate(blocks) if b.chrome]  # a label and its value in two cells: 发布时间： | 2024-08-15
    metadata = page_metadata(walker.meta, "".join(walker.title or []), chrome,
                             next((b.text for b in lead if b.heading in ("h1", "h2", "title")), None))
    over = blocks[:next((i for i, b in enumerate(blocks) if b.prose), 0)]  # (the blocks over the article)
    if "issued" not in metadata and (time := posted(html) or paper_date(" ".join(b.loose for b in blocks)) or next(
            (day for b in blocks if (day := split_stamp(b.loose))), None) or next(
            (day for b in over if (day := stamped_day(b.loose))), None)):
        # a WeChat article's time (in its line or only in its script), an e-paper's day, a date set in parts, a
        # date and time in the chrome over the article (潮新闻客户端　2025-11-20 09:36)
        metadata["issued"] = time
    if "site" not in metadata and (portal := next((name for b in over if (name := portal_named(b.loose))), None)):
        metadata["site"] = portal  # 仪陇县人民政府门户网站 in a town's sub-site's top bar, before the article
    if "publisher" not in metadata and (name := account(html)):
        metadata["publisher"] = name  # the WeChat account that posted it (丰都双路, 沂南民政)
    return Page(tuple(pieces), metadata)


def _prose(blocks: list[_Block]) -> int:
    """How many Han characters of prose the blocks hold."""
    return sum(b.cjk for b in blocks if b.prose)


def _walk(html: str, reveal: bool) -> tuple[_Walker, list[_Block]]:
    """The page's blocks of text (those that hold any), and the walker that read them."""
    walker = _Walker(html, reveal)
    try:
        walker.feed(html)
        if walker.rawdata.startswith("<"):
            # A comment, declaration or tag still open at the end of the page: HTML5 makes it a comment to the end
            # or ignores it (as browsers do, and html.parser since CPython gh-135462). Left to close(), an older
            # html.parser (3.11.7 here) re-scans the rest of the page at every "<" of it: quadratic ("<!--" * 20000
            # took 6 s).
            walker.rawdata = ""
        walker.close()
    except AssertionError:  # a construct the parser refuses: keep what was read before it
        pass
    walker.boundary(len(html))
    return walker, [b for b in walker.blocks if _measure(b)]


def _measure(block: _Block) -> bool:
    """Turn a block's atoms into pieces and score them; return whether it holds any text."""
    pieces: list[Piece] = []
    link_chars = 0
    pending: _Atom | None = None
    newline = False
    for atom in block.atoms:
        if atom.space:
            if pieces and pending is None:
                pending, newline = atom, False
            newline = newline or atom.newline
            continue
        if pending is not None:
            before, after = bool(_WIDE.match(pieces[-1].text[-1])), bool(_WIDE.match(atom.text[0]))
            # (between wide characters only one space character of the source, which the normalizer judges:
            # 中共中央 国务院; not a line break, a run or a reference such as &nbsp;)
            if not (before and after and (newline or pending.end - pending.start != 1)) \
                    and not (newline and (before or after)):
                pieces.append(Piece(pending.start, pending.end, " "))
            pending = None
        pieces.append(Piece(atom.start, atom.end, atom.text))
        link_chars += len(atom.text) if atom.link else 0
    block.pieces = pieces
    block.text = text = "".join(p.text for p in pieces)
    if not text:
        return False
    block.cjk = len(_HAN.findall(text))
    block.ends = len(_ENDS.findall(text))
    block.links = link_chars / len(text)
    block.loose = " ".join("".join(" " if a.space else a.text for a in block.atoms).split())
    block.chrome = _is_chrome(block)
    return True


def _is_chrome(block: _Block) -> bool:
    """Tell whether a block is page chrome: navigation, date and counter lines, buttons, footer."""
    if block.ends >= 2 and block.cjk >= 80:
        return False  # real prose that happens to name a phone number or a source
    text = to_simplified(block.loose)
    if block.ends >= 2 and block.cjk >= 40 and not block.links and _PROSE_FIRST.match(text):
        return False  # (a shorter one that says who is to do what: 各乡（镇）要于…前完成…。…，联系电话：…。)
    if _CHROME.search(text) or (not _BUTTONS.sub("", text) and not _BRACKETED_NUMBER.fullmatch(text)):
        return True  # (a table's [1.14] is a change in percentage points, not a button)
    return bool(_CRUMB.search(text)) and block.ends == 0 and block.cjk <= 60 and (
        block.links >= 0.5 or text.lstrip().startswith(("首页", "网站首页", "主页")))


def _choose(blocks: list[_Block], figures: set[int], page_title: str = "") -> list[_Block]:
    """Pick the article: the best run of prose blocks, the title line just before it (a heading, or the line the
    page's <title> opens with) and a bracketed note under it ((数据截至…)), and a table of figures right after it."""
    prose = [i for i, b in enumerate(blocks) if b.prose]
    if not prose:
        rest = [i for i, b in enumerate(blocks) if not b.chrome and b.links < 0.5]
        if not rest:
            return []
        best = max(rest, key=lambda i: (blocks[i].score, not blocks[i].heading))  # (a heading goes above it)
        prose = [best]
    runs: list[list[int]] = [[prose[0]]]
    for i in prose[1:]:
        # what lies between two prose blocks, a table's cells apart (a table of figures is part of the article)
        # (and a table flattened into lines of figures: 临渭区　84.36　0.12)
        between = blocks[runs[-1][-1] + 1:i]
        gap = [b for b in between if not (b.cell or _figure_line(b)) or b.links >= 0.5]
        if any(_figure_line(b) for b in between):  # (and its header lines: 行政复议 行政诉讼, 结果维持 结果纠正 …)
            gap = [b for b in gap if b.links or b.chrome or len(b.text) > 60]
        if len(gap) > 10 or sum(b.links >= 0.5 for b in gap) >= 3:
            runs.append([i])  # a list of links or a long stretch of non-prose parts two texts
        else:
            runs[-1].append(i)
    run = max(runs, key=lambda r: sum(blocks[i].score for i in r))
    first, last = run[0], run[-1]
    tail, attached = 0, False
    while last + 1 < len(blocks) and tail < 6:
        block = blocks[last + 1]
        if (attached and _ATTACHED.match(block.text) and not block.chrome and block.links < 0.5) \
                or _CONTACT.match(block.text):
            # the second and later lines of a list of attachments (附件：1.…分配表 / 2.…目标表; 附：…十件民生实事 /
            # 1．…), a contact's line (联系人：…　电话：…, 联系电话：…, chrome, left out) before the attachments
            last += 1
            continue
        if not _tail(block):
            break
        last, tail = last + 1, tail + 1  # short lines after the last paragraph: "特此通知。", the issuer, 附件：…
        attached = _SIGNED.match(block.text) is not None and "附" in block.text
    while (after := table_after(blocks, last, figures)) != last:  # tables of figures, one after another
        last = after
    start, i = first, first - 1
    while i >= 0 and first - i <= 16:
        block = blocks[i]
        text = block.text.strip()
        if first - i > 8 and not (block.heading == "h1" and page_title.startswith(text) and any(
                "".join(b.text.split()) == "目录" for b in blocks[i + 1:first])):
            pass  # (farther up, only the page's own h1 over a table of contents: 目录 / 第一部分… / …)
        elif not block.chrome and block.links < 0.5 and (block.heading or (not block.cell and len(text) >= 6 and (
                page_title.startswith(text) or (i == first - 1 and _LEAD_NOTE.fullmatch(text))))):
            start = i  # keep looking: an h1 may stand above an h2 subtitle
        elif not block.chrome and _DATED_BYLINE.fullmatch(text):
            pass  # (the issuer and the day under the h1: 互助土族自治县民政局　2020年12月16日; keep looking)
        elif start != first and not block.chrome:
            break
        i -= 1
    return [b for j, b in enumerate(blocks[start:last + 1], start)
            if not b.chrome and (j >= first or b.links < 0.5)]


_LEAD_NOTE = re.compile(r"[（(][^（）()]{2,40}[）)]")  # （数据截至2025年12月20日）
_DATED_BYLINE = re.compile(r"[^\d，。；]{2,40}?[\s\u3000]*\d{4}年\d{1,2}月\d{1,2}日")  # (its issuer and the day)


def _figure_line(block: _Block) -> bool:
    """Tell whether a block is a line of a table flattened into text: figures, no links, no chrome."""
    return not block.chrome and not block.links and _FIGURE.search(block.text) is not None


def _tail(block: _Block) -> bool:
    """Tell whether a short block after the article's last paragraph still belongs to it."""
    return not block.chrome and block.links < 0.3 and len(block.text) <= 60 and bool(
        block.ends or _SIGNATURE.search(block.text) or _SIGNED.match(block.text))
