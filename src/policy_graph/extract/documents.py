"""Cited policy documents and the organizations that issue them.

A title is the text between 《》; a title nested in it (〈〉, or an inner 《》)
is a document of its own, which the outer one implements when the outer title
says so (贯彻, 落实, 实施).  The issuer is read from the title
(``内蒙古自治区人民政府关于…``), from the name right before a nested title
(``国务院〈社会救助暂行办法〉``), or from the subject of the sentence
(``自治区印发了《…》``).

>>> [(c.title, c.nested) for c in find_titles("出台了《甲贯彻落实国务院〈乙办法〉的实施意见》《丙通知》")]
[('甲贯彻落实国务院〈乙办法〉的实施意见', ['乙办法']), ('丙通知', [])]
>>> split_org("内蒙古自治区人民政府办公厅")
('内蒙古自治区人民政府', '办公厅')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..national import NATIONAL
from ..normalize import between_issuers, between_phrases_of_title

__all__ = ["Organizations", "TitleCitation", "find_titles", "issuer_before", "issuer_in_title", "organizations",
           "periodical", "publication_year", "split_org"]

# Bodies of a government, longest first: a region name followed by one of these is an organization.
DEPARTMENTS = (
    "人民政府办公厅", "人民政府办公室", "人民政府", "人大常委会", "党委办公厅", "党委", "政协",
    "民政厅", "民政局", "财政厅", "财政局", "人力资源和社会保障厅", "人力资源和社会保障局", "人社厅", "人社局",
    "统计局", "卫生健康委员会", "卫生健康委", "卫健委", "医疗保障局", "医保局", "发展和改革委员会", "发展改革委",
    "发改委", "教育厅", "教育局", "住房和城乡建设厅", "住房和城乡建设局", "农牧厅", "农业农村厅", "农业农村局",
    "扶贫开发办公室", "扶贫办", "乡村振兴局", "应急管理厅", "应急管理局", "残疾人联合会", "残联", "老龄办",
    "审计厅", "审计局", "公安厅", "公安局", "司法厅", "司法局", "市场监督管理局", "自然资源厅", "生态环境厅",
)
_PARENT_SUFFIXES = ("办公厅", "办公室")
_PUBLISH = r"(?:联合)?(?:印发|出台|制定出台|制定|发布|颁布|下发|出台实施|修订|修订出台|转发)了?"
_ADVERB = r"(?:先后|相继|已|还|专门|又|率先|陆续|正式)?"
_SHORT_SELF = r"(?:自治区|省|市|县|旗|区|州|盟)(?:党委|人民政府|政府)?(?:办公厅|办公室)?"


@dataclass(frozen=True)
class TitleCitation:
    start: int   # offset of 《 in the text searched
    end: int     # offset after 》
    title: str
    nested: list[str]
    nested_spans: list[tuple[int, int]]  # offsets (in the text searched) of the nested titles' brackets


_TITLE_MARKS = re.compile("[《》]")
_NESTED_TITLE = re.compile(r"[〈《<]([^〈〉《》<>]+)[〉》>]")
_SPACES = re.compile(r"\s+")


def find_titles(text: str) -> list[TitleCitation]:
    """Every 《…》 title in ``text``, outermost first, with the titles nested inside it."""
    out: list[TitleCitation] = []
    depth, start = 0, -1
    for mark in _TITLE_MARKS.finditer(text):  # only the brackets count: a pass over them alone
        i, ch = mark.start(), mark.group()
        if ch == "《":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                inner = text[start + 1:i]
                nested, spans = [], []
                for m in _NESTED_TITLE.finditer(inner):
                    nested.append(m.group(1).strip())
                    spans.append((start + 1 + m.start(), start + 1 + m.end()))
                title = _SPACES.sub(functools.partial(_kept_space, text, start + 1), inner)
                if title:
                    out.append(TitleCitation(start, i + 1, title, nested, spans))
    return out


def _kept_space(text: str, offset: int, space: re.Match[str]) -> str:
    """A title's space (``space`` in the title that starts at ``offset`` of ``text``) as the title keeps it: between
    joint issuers (中共中央 国务院) or between its phrases (…深化农村改革 扎实推进…), else none."""
    keep = between_issuers(space.string, space.start(), space.end()) or \
        between_phrases_of_title(text, offset + space.start(), offset + space.end())
    return " " if keep else ""


def split_org(name: str) -> tuple[str | None, str]:
    """Split an organization name into (parent body, sub-body) when it ends in 办公厅/办公室."""
    for suffix in _PARENT_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            parent = name[: -len(suffix)]
            if parent.endswith(("人民政府", "党委", "国务院", "中共中央")):
                return parent, suffix
    return None, name


_DEPARTMENTS_RE = "|".join(sorted(DEPARTMENTS, key=len, reverse=True))
_NATIONAL_RE = "|".join(sorted(NATIONAL, key=len, reverse=True))
_DEPARTMENT = re.compile(_DEPARTMENTS_RE)
_NATIONAL = re.compile(_NATIONAL_RE)
_PUBLISHED = rf"{_ADVERB}{_PUBLISH}$"
_DEPARTMENT_PUBLISHED = re.compile(rf"({_DEPARTMENTS_RE}){_PUBLISHED}")
_NATIONAL_PUBLISHED = re.compile(rf"({_NATIONAL_RE}){_PUBLISHED}")
_SELF_PUBLISHED = re.compile(rf"({_SHORT_SELF}){_PUBLISHED}")
_ANY_PUBLISHED = re.compile(rf"(?:{_DEPARTMENTS_RE}|{_NATIONAL_RE}|{_SHORT_SELF}){_PUBLISHED}")


class Organizations:
    """Organization names in a text that names ``region_names``: a region followed by one of its bodies
    (longest region, then longest body), or a national body — leftmost first, without overlaps.

    The patterns are compiled once for all texts; only the region names change from text to text.

    >>> orgs = Organizations(["包头市", "内蒙古自治区"])
    >>> [m[2] for m in orgs.finditer("内蒙古自治区民政厅和包头市人民政府办公室会同民政部")]
    ['内蒙古自治区民政厅', '包头市人民政府办公室', '民政部']
    """

    def __init__(self, region_names: Iterable[str]) -> None:
        names = sorted({n for n in region_names if n}, key=len, reverse=True)
        self._names = tuple(names)
        self._by_initial: dict[str, list[str]] = {}
        for name in names:
            self._by_initial.setdefault(name[0], []).append(name)
        self._longest = len(names[0]) if names else 0

    def _regions_at(self, text: str, start: int) -> Iterator[str]:
        for name in self._by_initial.get(text[start], ()):
            if text.startswith(name, start):
                yield name

    def _end_at(self, text: str, start: int) -> int | None:
        for name in self._regions_at(text, start):
            body = _DEPARTMENT.match(text, start + len(name))
            if body:
                return body.end()
        national = _NATIONAL.match(text, start)
        return national.end() if national else None

    def match(self, text: str) -> str | None:
        """The organization ``text`` starts with, if any."""
        end = self._end_at(text, 0) if text else None
        return text[:end] if end is not None else None

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """``(start, end, name)`` of each organization in ``text``."""
        starts: set[int] = set()
        for name in (*NATIONAL, *self._names):  # str.find of each name: faster than one pattern of them all
            at = text.find(name)
            while at >= 0:
                starts.add(at)
                at = text.find(name, at + 1)
        position = 0
        for start in sorted(starts):
            if start < position:
                continue
            end = self._end_at(text, start)
            if end is not None:
                yield start, end, text[start:end]
                position = end

    def subject_of(self, head: str) -> tuple[int, str] | None:
        """``(start, name)`` of the organization or bare self-reference (自治区, 市政府 ...) that ``head``
        ends with before a publishing verb (``…民政厅印发``), leftmost first."""
        first = _ANY_PUBLISHED.search(head)
        if first is None:
            return None
        for start in range(max(0, first.start() - self._longest), len(head)):
            for name in self._regions_at(head, start):
                published = _DEPARTMENT_PUBLISHED.match(head, start + len(name))
                if published:
                    return start, head[start:published.end(1)]
            for pattern in (_NATIONAL_PUBLISHED, _SELF_PUBLISHED):
                published = pattern.match(head, start)
                if published:
                    return start, published.group(1)
        return None


@functools.lru_cache(maxsize=64)
def organizations(region_names: tuple[str, ...]) -> Organizations:
    """The :class:`Organizations` of a text's region names (one per text, built once)."""
    return Organizations(region_names)


def issuer_in_title(title: str, region_names: Sequence[str]) -> str | None:
    """The organization a title starts with (``…人民政府关于…``), if any."""
    name = organizations(tuple(region_names)).match(title)
    if name and (title[len(name):].startswith(("关于", "印发", "转发", "办公厅", "办公室")) or name in NATIONAL):
        return name
    return None


_TITLES_AT_END = re.compile(r"(?:《[^》]*》[、和及与]?)+$")
_BARE_SELF = re.compile(_SHORT_SELF)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def issuer_before(text: str, position: int, region_names: Sequence[str]) -> str | None:
    """The subject right before a publishing verb that ends at ``position`` (``自治区印发了《``).

    Returns an organization name, or ``'<self>'`` for a bare 自治区 / 省 / 市 meaning the text's own region.
    """
    head = text[:position]
    head = _TITLES_AT_END.sub("", head)
    found = organizations(tuple(region_names)).subject_of(head)
    if found is None:
        return None
    start, name = found
    if _BARE_SELF.fullmatch(name):
        if start > 0 and _HAN.match(head[start - 1]) and head[start - 1] not in "，。；":
            return None  # 全区, 本市 ... or part of a longer word
        return "<self>" if name in ("自治区", "省", "市", "县", "旗", "盟", "州") else None
    return name


def publication_year(text: str, position: int) -> str | None:
    """A year stated in the clause before a title: ``2014年在全国率先出台了《``."""
    clause = _CLAUSE_BREAK.split(text[:position])[-1]
    match = _YEAR.search(clause)
    return match.group(1) if match and _PUBLISH_NEAR.search(clause[match.end():]) else None


_PUBLISH_NEAR = re.compile(_PUBLISH)
_CLAUSE_BREAK = re.compile(r"[，。；：]")
_YEAR = re.compile(r"(\d{4})年")


def periodical(title: str) -> bool:
    """Whether a title in 《》 names a newspaper, a magazine, a news broadcast or a programme (《人民日报》,
    《中国民政》杂志, 《黔东南新闻》, 《民生热线》), not a document.

    >>> [periodical(t) for t in ("人民日报", "中国民政杂志", "黔东南新闻", "民生热线", "关于做好新闻发布工作的通知")]
    [True, True, True, True, False]
    """
    return _PERIODICAL.fullmatch(title.replace(" ", "")) is not None


_PERIODICAL = re.compile(r"[\u4e00-\u9fff]{1,6}(?:日报|晚报|时报|早报|商报|周报)|[\u4e00-\u9fff]{2,6}(?:杂志|周刊)"
                         r"|[\u4e00-\u9fff]{2,6}(?:新闻|新闻联播|联播)"
                         r"|[\u4e00-\u9fff]{2,6}(?:热线|直播间|面对面|访谈|之声|在线)")  # (a programme: 《民生热线》)
