"""Segment normalized text into title, subtitle, byline, sections, paragraphs and sentences.

Every piece carries its ``[start, end)`` in the normalized text (map it back to
the original with :meth:`NormalizedText.original_span`).

>>> doc = segment_text("标题\\n——副标题\\n本报记者 张三\\n导语一句。\\n第一节\\n小标题\\n正文一句。正文二句！")
>>> doc.title.text, doc.subtitle.text, doc.byline.text
('标题', '副标题', '本报记者 张三')
>>> [(s.heading.text, s.subheading.text) for s in doc.sections]
[('第一节', '小标题')]
>>> [s.text for s in doc.sentences]
['导语一句。', '正文一句。', '正文二句！']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import BULLETS, ISSUE_HEADER, MASTHEAD

__all__ = ["DOCUMENT_NUMBER", "Paragraph", "Section", "Segmented", "Sentence", "TextPiece", "issuer_line",
           "segment_text", "title_below"]

_SENTENCE_END = "。！？!?"
_CLOSERS = "”’」』）)"
_BYLINE = re.compile(r"^(?:本报记者|本报通讯员|记者|通讯员|作者|文[/／]|撰稿|来源[:：])")
# A speaker under a speech's title: the body and office, then the name (内丘县人民政府副县长　郭彦军)
# (or several offices: 县委副书记、县长　张海峰)
_SPEAKER_LINE = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|委员会|[厅局委])?)"
                           r"(?:(?:党组|党委)?副?(?:县长|市长|区长|州长|旗长|盟长|省长|主席|书记|局长|厅长|主任)、?)+"
                           r"[ \u3000]*[\u4e00-\u9fff·]{2,5}")
# A line naming only organizations (西藏自治区财政厅; 省民政厅　省财政厅)
_ISSUER_LINE = re.compile(r"(?:[\u4e00-\u9fff]{2,30}(?:厅|局|委员会|委|部|院|人民政府|办公室|办公厅|联合会|办事处)"
                          r"[ \u3000]*)+")
# A bulletin's masthead: its name (人社工作简报, 民政信息), its issue (2025年第11期（总第236期）), and its issuer with
# the day (…办公室　　2025年12月10日)
_BULLETIN_NAME = re.compile(r"[\u4e00-\u9fff]{0,10}(?:简报|动态|信息|通讯|专报|快报|要情)")
_BULLETIN_ISSUE = re.compile(r"(?:\d{4}年)?第\s*\d{1,4}\s*期[ \u3000]*(?:[（(]总第\s*\d{1,5}\s*期[）)])?")
_ISSUED_BY = re.compile(r"(" + _ISSUER_LINE.pattern + r")[ \u3000]*\d{4}年\d{1,2}月\d{1,2}日")
# A document's own number (民发〔2025〕12号; its year captured)
DOCUMENT_NUMBER = r"[\u4e00-\u9fff]{1,12}[〔\[［(（](\d{4})[〕\]］)）]\s*\d+\s*号"
_DOCUMENT_NUMBER = re.compile(DOCUMENT_NUMBER)
_PAPER_NAME = re.compile(r"\s*[\u4e00-\u9fff]{2,8}报\s*")
_PAPER_DAY = re.compile(r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]|第\s*\d{1,3}\s*版|上一版|下一版)")
_LETTERHEAD = re.compile(r"\s*[\u4e00-\u9fff（）()]{4,40}文\s*件\s*")
# The end of a title naming the kind of text it heads (…工作总结和下半年工作计划, …的通知)
_KIND_OF_TEXT = re.compile(r"(?:通知|意见|方案|办法|规划|决定|报告|总结|计划|打算|安排|公告|公报|通报|要点|细则|规定"
                           r"|批复)$")
# (or a trail under its label: 当前位置：…, 资料类别：大陆地方政府报告 > 云南 > 民政)
_BREADCRUMB = re.compile(r"首\s*页\s*[>＞›»]"
                         r"|^(?:当前位置|您的位置|你的位置|所在位置|资料类别|所属栏目|所在栏目)\s*[:：][^\n。]{0,40}[>＞›»]")
# A site's top line that no headline is: its name with its breadcrumb, a line mostly in Latin letters (a date
# and the weather in English), its menu (首页　英国　中国…)
_SITE_CHROME = re.compile(r"[^\n]{0,40}\s[|｜]\s*首\s*页\s*[>＞›»]|(?=[^\n]*[A-Za-z]{4})[\x00-\x7f\s°℃]{12}"
                          r"|首\s*页[\u4e00-\u9fff\s|｜]{4,40}$")
_SUBTITLE = re.compile(r"^(?:——|--+|—|─+|－－)\s*")
_ORDINAL = "[一二三四五六七八九十]+"
_NUMBERED_HEADING = re.compile(rf"^(?:{_ORDINAL}、|（{_ORDINAL}）|第{_ORDINAL}[章节部分])")
_BLANK = " \t\u3000\u00a0"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class TextPiece:
    """A stretch of normalized text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence(TextPiece):
    paragraph: int = 0
    section: int | None = None  # index into Segmented.sections, None for the lead


@dataclass(frozen=True)
class Paragraph(TextPiece):
    section: int | None = None


@dataclass
class Section:
    order: int
    heading: TextPiece
    subheading: TextPiece | None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Segmented:
    title: TextPiece | None
    subtitle: TextPiece | None
    byline: TextPiece | None
    lead: list[Paragraph]
    sections: list[Section]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]


# A label of a page's metadata table (索 引 号：…, 发布机构：…) or a line of its buttons (【字体：大 中 小】)
_PAGE_LABEL = re.compile(r"(?:索\s*引\s*号|发\s*布\s*机\s*构|发文日期|成文日期|发布日期|发布时间|主题分类|文\s*号"
                         # (a database's record: 收录日期：…　浏览：642)
                         r"|收录日期|录入时间|更新日期|更新时间|资料编号|资料类别"
                         r"|名\s*称"
                         r"|标\s*题|生效日期|有\s*效\s*性|生成日期|公开方式|公开范围|信息分类|发文机关|发文字号)\s*[:：]|【\s*(?:字\s*体|打\s*印|关\s*闭|收\s*藏|大\s*中\s*小)"
                         # (a newspaper page's: 县域经济　　责任编辑：…, 本版责编：…　美编：…)
                         r"|[^\n:：]{0,12}(?:责任编辑|美术编辑|责编|美编)[:：]"
                         r"|本版导读[:：]|本期导读[:：]"  # (a page's guide to its items: 本版导读：…县新建…)
                         r"|[^\n]{0,20}首\s*页\s*[>＞›»]"  # (a breadcrumb: 首页 > 政务公开 > 通知公告)
                         # (or one without its 首页: 大陆 > 社会, a line of nothing but sections and their marks)
                         r"|(?:[\u4e00-\u9fff]{1,8}\s*[>＞›»]\s*)+[\u4e00-\u9fff]{1,8}\s*$"
                         # (a site's banner and its switches; not 适老化改造, a text's own words)
                         r"|[^\n]{0,40}(?:繁体版|简体版|无障碍|长者模式|适老化(?:版|模式|浏览)|适老化(?=\s*(?:[|｜]|$)))")


def issuer_line(line: str | None) -> str | None:
    """``line`` if it names only organizations (琼海市民政局, a document's issuer over the title), else None."""
    return line if line and _ISSUER_LINE.fullmatch(line) else None


def _lines(text: str) -> list[TextPiece]:
    pieces: list[TextPiece] = []
    position = 0
    for raw in text.split("\n"):
        start = position + (len(raw) - len(raw.lstrip(_BLANK)))
        end = position + len(raw.rstrip(_BLANK))
        if end > start:
            pieces.append(TextPiece(start, end, text[start:end]))
        position += len(raw) + 1
    return pieces


def _is_heading(line: TextPiece) -> bool:
    text = line.text
    if "\t" in text or not any(ch.isalnum() for ch in text):
        return False  # a table's row; a line of marks alone (……, where a report's excerpt leaves text out)
    if _NUMBERED_HEADING.match(text) and len(text) <= 40:
        # not a run-in heading with its text after it (（一）扩大投资。实施…), nor a list's item (（二）…60公里；,
        # （一）全年计划新增托育位1200个，已完成816个。)
        return "。" not in text.rstrip("。") and not text.endswith(("；", ";")) and not (
            "，" in text and any(ch.isdigit() for ch in text))
    if len(text) > 30 or text[-1] in _SENTENCE_END + "；;，,：:":
        return False
    # (nor a short line of figures: ● 地区生产总值完成112.6亿元，增长5.8%, an item of a list of bullets; 红山区、
    # 松山区：2610元, one of a list of places)
    return not any(ch in text for ch in "。；") and not (
        ("，" in text or "," in text or text[0] in BULLETS) and _DIGIT.search(text)) \
        and not _FIGURE_AFTER_COLON.search(text)


# (a list of names, a colon and a figure; not a headline, 芷江侗族自治县：120个“长者食堂”…)
_FIGURE_AFTER_COLON = re.compile(r"、[^：:]*[：:]\s*由?\d+(?:\.\d+)?(?![\d.]|\s?年)")


def _is_title(line: TextPiece) -> bool:
    """The first line is the title when it does not read as prose (a policy document's title can be long)."""
    text = line.text
    if "\t" in text or len(text) > 60 or "。" in text or text[-1] in "；;，,：:":
        return False
    # a headline may end in ！ or ？ (…开饭啦！, 能救助多少钱？) where no clause of prose comes before it
    return text[-1] not in _SENTENCE_END or (len(text) <= 40 and not any(ch in text for ch in "，,；;"))


# A sentence ends at its end mark and the closing quotes or brackets right after it.
_SENTENCE_STOP = re.compile(f"[{re.escape(_SENTENCE_END)}][{re.escape(_CLOSERS)}]*")


def _sentences(paragraph: Paragraph, index: int) -> list[Sentence]:
    out: list[Sentence] = []
    text = paragraph.text
    begin = 0
    for stop in _SENTENCE_STOP.finditer(text):
        end = stop.end()
        if text.startswith('"', end) and text.count('"', begin, end) % 2:
            end += 1  # a straight quote that closes the sentence's own: "…不愁了。"在东宁市…说。
        out.append(_sentence(paragraph, begin, end, index))
        begin = end
    if text[begin:].strip(_BLANK):
        out.append(_sentence(paragraph, begin, len(text), index))
    return [s for s in out if s.text]


def _sentence(paragraph: Paragraph, begin: int, end: int, index: int) -> Sentence:
    piece = paragraph.text[begin:end]
    lead = len(piece) - len(piece.lstrip(_BLANK))
    piece = piece.strip(_BLANK)
    start = paragraph.start + begin + lead
    return Sentence(start, start + len(piece), piece, paragraph=index, section=paragraph.section)


def segment_text(text: str) -> Segmented:
    """Split normalized ``text`` into its structural pieces."""
    lines = _lines(text)
    title = subtitle = byline = None
    position = 0
    if lines and (MASTHEAD.match(lines[0].text) or ISSUE_HEADER.match(lines[0].text)):
        byline, position = lines[0], 1  # a newspaper's page header or a periodical's above the title: its byline
    if len(lines) > 2 and _PAPER_NAME.fullmatch(lines[0].text) and _PAPER_DAY.match(lines[1].text):
        # 人民日报 / 2025年12月08日　星期一 / 第13版：社会: an e-paper page's header over the title
        byline, position = lines[0], 1
        while position < min(6, len(lines)) and _PAPER_DAY.match(lines[position].text):
            position += 1
    if len(lines) > 3 and _BULLETIN_NAME.fullmatch(lines[0].text):
        # 人社工作简报 / 2025年第11期（总第236期） / 重庆市永川区人力资源和社会保障局办公室　　2025年12月10日: a
        # bulletin's masthead over the title, its issuer the byline (without the day it was issued)
        at = 2 if _BULLETIN_ISSUE.fullmatch(lines[1].text) else 1
        if issued := _ISSUED_BY.fullmatch(lines[at].text):
            line, issuer = lines[at], issued.group(1).rstrip(" \u3000")
            byline, position = TextPiece(line.start, line.start + len(issuer), issuer), at + 1
    while position + 1 < min(6, len(lines)) and _SITE_CHROME.match(lines[position].text) \
            and not _SENTENCE_STOP.search(lines[position].text):
        # an overseas site's top lines (英伦侨报网 UK Chinese Times Online　|　首页 > 中国 > 山东 / Tuesday, 12 November
        # 2024　London 11°C / 首页　英国　中国…): its banner, date, weather and menu, over the headline
        position += 1
    crumb = next((k for k in range(position + 1, min(position + 3, len(lines)))
                  if _BREADCRUMB.search(lines[k].text)), None)
    if crumb is not None and all(
            len(lines[k].text) <= 80 and not _SENTENCE_STOP.search(lines[k].text) for k in range(position, crumb)):
        if _ISSUER_LINE.fullmatch(lines[position].text):
            byline = byline or lines[position]  # (a body's own site: 湘西土家族苗族自治州民政局 / 首页 | … / …)
        # a site's banner and menu over its breadcrumb (怒江网　怒江日报社主办 / 首页 | 怒江要闻 | … / 当前位置：…)
        position = crumb
    while position < min(12, len(lines)) and _PAGE_LABEL.match(lines[position].text):
        position += 1  # a page saved as text: its metadata table and buttons above the title (索 引 号：…, 【打印】)
    if position + 1 < len(lines) and _LETTERHEAD.fullmatch(lines[position].text):
        # 木垒哈萨克自治县统计局文件 / 木统发〔2026〕3号: an issuer's letterhead and the number under it, over the title
        position += 2 if _DOCUMENT_NUMBER.fullmatch(lines[position + 1].text) else 1
    issuers = position
    while issuers < min(position + 6, len(lines)) and (
            _ISSUER_LINE.fullmatch(lines[issuers].text) or _DOCUMENT_NUMBER.fullmatch(lines[issuers].text)
            or (issuers > position and _PAGE_LABEL.match(lines[issuers].text))):  # (邯郸市民政局 / 首页 > …)
        issuers += 1  # a document's issuers, a line each, above its heading (…人力资源和社会保障厅 / …财政厅)
    # (a site's name over its breadcrumb: the headline under them is the title, whatever kind of text it is)
    banner = any(_PAGE_LABEL.match(lines[k].text) for k in range(position + 1, issuers))
    if position < issuers < len(lines) and _is_title(lines[issuers]) and _ISSUER_LINE.fullmatch(lines[position].text) \
            and (lines[issuers].text.startswith("关于") or _KIND_OF_TEXT.search(lines[issuers].text) or banner):
        byline = byline or lines[position]  # (its first issuer: who wrote it)
        title, position = lines[issuers], issuers + 1  # 关于…的通知: the heading under its issuers and number
    elif position < len(lines) and _is_title(lines[position]) and not _BYLINE.match(lines[position].text):
        title = lines[position]
        position += 1
    if title and position < len(lines) and (lines[position].text.startswith(("和", "及", "暨")) or (
            not _KIND_OF_TEXT.search(title.text) and _KIND_OF_TEXT.search(lines[position].text))) \
            and _is_title(lines[position]) and len(lines[position].text) <= 30:
        # …2025年上半年工作总结 / 和下半年工作计划, or …住房和城乡建设局局长 / 2025年度述职述责述廉报告: the title's
        # second line
        subtitle = lines[position]
        position += 1
    elif position < len(lines) and _SUBTITLE.match(lines[position].text):
        line = lines[position]
        cut = _SUBTITLE.match(line.text)
        assert cut is not None
        subtitle = TextPiece(line.start + cut.end(), line.end, line.text[cut.end():])
        position += 1
    for k in range(position, min(position + 3, len(lines)) if byline is None else 0):
        if _BYLINE.match(lines[k].text) and len(lines[k].text) <= 40 and not lines[k].text.rstrip().endswith("。"):
            # (not 记者从市民政局获悉，…: a sentence of the article that begins with the reporter)
            byline = lines[k]
            lines = lines[:k] + lines[k + 1:]
            break
        if title is not None and (speaker := _SPEAKER_LINE.fullmatch(lines[k].text)):
            # 在全县2023年民政工作会议上的讲话 / 内丘县人民政府副县长　郭彦军: the speaker's body is its byline
            line, body_name = lines[k], speaker.group("body")
            byline = TextPiece(line.start, line.start + len(body_name), body_name)
            lines = lines[:k] + lines[k + 1:]
            break

    lead: list[Paragraph] = []
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    body = lines[position:]
    i = 0
    while i < len(body):
        line = body[i]
        if _is_heading(line) and i + 1 < len(body):
            subheading = None
            if _is_heading(body[i + 1]) and i + 2 < len(body) and not _is_heading(body[i + 2]):
                subheading = body[i + 1]
            sections.append(Section(order=len(sections) + 1, heading=line, subheading=subheading))
            i += 2 if subheading else 1
            continue
        section_index = len(sections) - 1 if sections else None
        paragraph = Paragraph(line.start, line.end, line.text, section=section_index)
        paragraphs.append(paragraph)
        (sections[-1].paragraphs if sections else lead).append(paragraph)
        sentences.extend(_sentences(paragraph, len(paragraphs) - 1))
        i += 1
    return Segmented(title=title, subtitle=subtitle, byline=byline, lead=lead, sections=sections,
                     paragraphs=paragraphs, sentences=sentences)


def title_below(text: str, doc: Segmented, page_title: str) -> tuple[str, int, int, str | None] | None:
    """The page's own title (its <title>, normalized) when it is the line below the one taken for the title (a banner
    over the headline: 喜迎…60周年 / 山乡巨变看“门珞” / ——林芝市…纪实): (the title, where it starts, where its headline
    ends, its subtitle (——…) if the next line is one); else None."""
    title = page_title.strip()
    if not title or doc.title is None or doc.title.text == title:
        return None
    start = text.find("\n" + title + "\n", doc.title.end, doc.title.end + 2 + len(title))
    if start < 0:
        return None
    start += 1
    end = start + len(title)
    line_end = text.find("\n", end + 1)
    following = text[end + 1:line_end if line_end >= 0 else len(text)]
    if following.startswith(("——", "—")):
        return title, start, end + 1 + len(following), following.lstrip("—")
    return title, start, end, None
