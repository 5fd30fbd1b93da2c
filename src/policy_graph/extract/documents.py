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
from dataclasses import dataclass

__all__ = ["TitleCitation", "find_titles", "issuer_before", "issuer_in_title", "org_pattern", "publication_year",
           "split_org"]

# Bodies of a government, longest first: a region name followed by one of these is an organization.
DEPARTMENTS = (
    "人民政府办公厅", "人民政府办公室", "人民政府", "人大常委会", "党委办公厅", "党委", "政协",
    "民政厅", "民政局", "财政厅", "财政局", "人力资源和社会保障厅", "人力资源和社会保障局", "人社厅", "人社局",
    "统计局", "卫生健康委员会", "卫生健康委", "卫健委", "医疗保障局", "医保局", "发展和改革委员会", "发展改革委",
    "发改委", "教育厅", "教育局", "住房和城乡建设厅", "住房和城乡建设局", "农牧厅", "农业农村厅", "农业农村局",
    "扶贫开发办公室", "扶贫办", "乡村振兴局", "应急管理厅", "应急管理局", "残疾人联合会", "残联", "老龄办",
    "审计厅", "审计局", "公安厅", "公安局", "司法厅", "司法局", "市场监督管理局", "自然资源厅", "生态环境厅",
)
NATIONAL = (
    "中共中央办公厅", "国务院办公厅", "中共中央", "党中央", "国务院", "全国人大常委会", "全国人民代表大会",
    "民政部", "财政部", "人力资源和社会保障部", "人力资源社会保障部", "人社部", "教育部", "公安部", "司法部",
    "国家卫生健康委员会", "国家卫生健康委", "国家卫健委", "国家医疗保障局", "国家医保局", "国家发展改革委",
    "国家发展和改革委员会", "住房和城乡建设部", "农业农村部", "国家统计局", "审计署", "国家乡村振兴局",
    "应急管理部", "自然资源部", "生态环境部", "国家市场监督管理总局", "中国残疾人联合会", "全国老龄委",
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


def find_titles(text: str) -> list[TitleCitation]:
    """Every 《…》 title in ``text``, outermost first, with the titles nested inside it."""
    out: list[TitleCitation] = []
    depth, start = 0, -1
    for i, ch in enumerate(text):
        if ch == "《":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                inner = text[start + 1:i]
                nested, spans = [], []
                for m in re.finditer(r"[〈《<]([^〈〉《》<>]+)[〉》>]", inner):
                    nested.append(m.group(1).strip())
                    spans.append((start + 1 + m.start(), start + 1 + m.end()))
                title = re.sub(r"\s+", "", inner)
                if title:
                    out.append(TitleCitation(start, i + 1, title, nested, spans))
    return out


def split_org(name: str) -> tuple[str | None, str]:
    """Split an organization name into (parent body, sub-body) when it ends in 办公厅/办公室."""
    for suffix in _PARENT_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            parent = name[: -len(suffix)]
            if parent.endswith(("人民政府", "党委", "国务院", "中共中央")):
                return parent, suffix
    return None, name


@functools.lru_cache(maxsize=64)
def org_pattern(region_names: tuple[str, ...]) -> re.Pattern[str]:
    """Organization names: a region named in the text followed by one of its bodies, or a national body."""
    regions = "|".join(sorted((re.escape(n) for n in region_names), key=len, reverse=True)) or "(?!)"
    departments = "|".join(sorted(DEPARTMENTS, key=len, reverse=True))
    national = "|".join(sorted(NATIONAL, key=len, reverse=True))
    return re.compile(rf"(?:(?:{regions})(?:{departments})|{national})")


def issuer_in_title(title: str, region_names: list[str]) -> str | None:
    """The organization a title starts with (``…人民政府关于…``), if any."""
    match = org_pattern(tuple(region_names)).match(title)
    if match and (title[match.end():].startswith(("关于", "印发", "转发", "办公厅", "办公室")) or
                  match.group(0) in NATIONAL):
        return match.group(0)
    return None


def issuer_before(text: str, position: int, region_names: list[str]) -> str | None:
    """The subject right before a publishing verb that ends at ``position`` (``自治区印发了《``).

    Returns an organization name, or ``'<self>'`` for a bare 自治区 / 省 / 市 meaning the text's own region.
    """
    head = text[:position]
    head = re.sub(r"(?:《[^》]*》[、和及与]?)+$", "", head)
    match = re.search(rf"({org_pattern(tuple(region_names)).pattern}|{_SHORT_SELF}){_ADVERB}{_PUBLISH}$", head)
    if not match:
        return None
    name = match.group(1)
    if re.fullmatch(_SHORT_SELF, name):
        start = match.start(1)
        if start > 0 and re.match(r"[\u4e00-\u9fff]", head[start - 1]) and head[start - 1] not in "，。；":
            return None  # 全区, 本市 ... or part of a longer word
        return "<self>" if name in ("自治区", "省", "市", "县", "旗", "盟", "州") else None
    return name


def publication_year(text: str, position: int) -> str | None:
    """A year stated in the clause before a title: ``2014年在全国率先出台了《``."""
    clause = re.split(r"[，。；：]", text[:position])[-1]
    match = re.search(r"(\d{4})年", clause)
    return match.group(1) if match and _PUBLISH_NEAR.search(clause[match.end():]) else None


_PUBLISH_NEAR = re.compile(_PUBLISH)
