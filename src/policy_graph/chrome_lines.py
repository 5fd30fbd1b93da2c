"""What a page's chrome lines say about it: when it was published (发布时间：2024-11-12, a WeChat article's time of
posting), by whom (来源：邢台市民政局) and who runs the site (主办：…)."""

from __future__ import annotations

import re

from .script import to_simplified

__all__ = ["LABEL", "account", "chrome_metadata", "host_in", "iso_date", "paper_date", "posted", "publisher_in",
           "stamped"]

LABEL = r"(?:^|(?<=[\s|｜】\]]))"  # a label starts a line or follows a separator: "资金来源：" is prose
# (``\s*(?:[:：]\s*)?``, not ``\s*[:：]?\s*``: two whitespace repeats side by side backtrack in quadratic time.)
_DATE = re.compile(
    r"(?:发布时间|發佈時間|发布日期|發布日期|發佈日期|发文日期|成文日期|日期|时间|時間)\s*(?:[:：]\s*)?"
    r"(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?"
)
_LEADING_DATE = re.compile(r"\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")
_PUBLISHER = re.compile(LABEL + r"(?:信息来源|來源|来源|发布机构|發佈機構|发布单位)\s*[:：]\s*([^\s|｜【】\[\]<>]+)")
_NEXT_LABEL = re.compile(r"(?:发布|發佈|日期|时间|浏览|阅读|点击|访问|作者|记者|記者|通讯员|编辑|字号|【).*$")
# A site's name alone on a line (新化县人民政府门户网站, 洛南县人民政府网): the site a page saved as text came from
_SITE_LINE = re.compile(r"\s*([\u4e00-\u9fff]{2,20}?)(?:门户网站|门户网|网站|政府网)\s*")
# A footer's line naming who runs the site (主办：安徽省太湖县人民代表大会常务委员会办公室)
_HOST = re.compile(LABEL + r"主办(?:单位)?\s*[:：]\s*([^\s|｜:：]+)")
# A WeChat article's time of posting: <em id="publish_time">2025年10月30日 20:06</em>, or var createTime = '…'
_WECHAT_TIME = re.compile(r"id=[\"']publish_time[\"'][^>]*>\s*([^<]{8,30}?)\s*<"
                          r"|\bcreateTime\s*=\s*[\"']([^\"']{8,30})[\"']")


def posted(html: str) -> str | None:
    """A WeChat article's time of posting, in its own line or only in its script (``YYYY-MM-DD``), else None."""
    return next(filter(None, (iso_date(m.group(1) or m.group(2)) for m in _WECHAT_TIME.finditer(html))), None)


def account(html: str) -> str | None:
    """The name of the WeChat account that posted an article (<a id="js_name">丰都双路</a>), if it is one."""
    name = _WECHAT_ACCOUNT.search(html)
    return name.group(1) if name else None


_WECHAT_ACCOUNT = re.compile(r"id=[\"']js_name[\"'][^>]*>\s*([^<\s]{2,30})\s*<")


def paper_date(text: str) -> str | None:
    """The day of a newspaper's page as its chrome gives it (2025年12月27日　星期六; 丹东日报　2025年12月27日　第01版),
    as ``YYYY-MM-DD``; else None."""
    day = _PAPER_DATE.search(text)
    return f"{day.group(1)}-{int(day.group(2)):02d}-{int(day.group(3)):02d}" if day else None


# A newspaper's day: its date with the weekday or the page number after it
_PAPER_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日[\s\u3000]*"
                         r"(?:星期[一二三四五六日天]|第\s*[\d０-９]{1,3}\s*版)")


def split_stamp(line: str) -> str | None:
    """The day of a line that is only a date and time set in parts (<span>2024</span><span>11/20</span><span>
    15:42:18</span>: 202411/2015:42:18, or with spaces), as ``YYYY-MM-DD``; else None."""
    return _day_of(_SPLIT_STAMP.fullmatch(line.strip()))


def _day_of(day: re.Match[str] | None) -> str | None:
    """A match's year, month and day (its first three groups) as ``YYYY-MM-DD``, if they make a day; else None."""
    if day is None or not (1 <= int(day.group(2)) <= 12 and 1 <= int(day.group(3)) <= 31):
        return None
    return f"{day.group(1)}-{int(day.group(2)):02d}-{int(day.group(3)):02d}"


def stamped_day(line: str) -> str | None:
    """The day of a date with its time of day in a line of a page's chrome (潮新闻客户端　2025-11-20 09:36　来源：…),
    as ``YYYY-MM-DD``; else None."""
    return _day_of(_DAY_AND_TIME.search(line))


_DAY_AND_TIME = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
# A date and its time of day set in parts, one after another (2024 | 11/20 | 15:42:18)
_SPLIT_STAMP = re.compile(r"((?:19|20)\d{2})\s*(\d{1,2})/(\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?")


def portal_named(line: str) -> str | None:
    """The government whose portal a page's top line names first (仪陇县人民政府门户网站　2025年12月8日…:
    仪陇县人民政府), or None."""
    portal = _PORTAL_OPENING.match(to_simplified(line))
    return portal.group(1) if portal else None


# A government's portal named at the start of a line, before what else the bar holds
_PORTAL_OPENING = re.compile(r"\s*([\u4e00-\u9fff]{2,16}?(?:人民政府|政府))(?:门户网站|门户网|网站|网)"
                             r"(?![\u4e00-\u9fff])")


def stamped(text: str) -> str | None:
    """The day of a byline's date and time with no label of its own (来源：…　记者：…　编辑：刘洋　2025-11-17 19:48),
    as ``YYYY-MM-DD``; else None."""
    return _day_of(_STAMPED.search(text))


# A date with its time of day in a byline (after who reported or edited the page, or where it came from)
_STAMPED = re.compile(r"(?:来源|來源|记者|記者|作者|编辑|編輯|通讯员|通訊員)\s*[:：][^\n]{0,60}?(?<!\d)"
                      r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*\d{1,2}:\d{2}")


def publisher_in(text: str) -> str:
    """Who a chrome line says published the page (来源：邢台市民政局　浏览次数：…: 邢台市民政局), or ''."""
    m = _PUBLISHER.search(text)
    return _NEXT_LABEL.sub("", m.group(1)).strip("：:，,。") if m else ""


def host_in(text: str) -> str | None:
    """Who a footer line says runs the site (主办：…), or None."""
    m = _HOST.search(text)
    return m.group(1) if m else None


def chrome_metadata(lines: list[str]) -> dict[str, str]:
    """Publication date and publisher from page-chrome lines (发布时间：… 来源：…) of a plain-text copy, and its site
    when the first line names one.

    >>> chrome_metadata(["发布时间：2022-07-12 来源：邢台市民政局 浏览次数：1234"])
    {'issued': '2022-07-12', 'publisher': '邢台市民政局'}
    """
    found: dict[str, str] = {}
    opening = next((line for line in lines if line.strip()), "")
    if site := _SITE_LINE.fullmatch(to_simplified(opening)):
        found["site"] = site.group(1)  # 新化县人民政府门户网站, the first line of a page saved as text: its site
    for line in lines:
        text = to_simplified(line)
        # a labelled date, or a date that opens a line of labels (2025-06-18　来源：澳门日报)
        issued = iso_date(text) if _DATE.search(text) or _LEADING_DATE.match(text) else None
        if issued and "issued" not in found:
            found["issued"] = issued
        publisher = publisher_in(text)
        if publisher and "publisher" not in found:
            found["publisher"] = publisher
        if (paper := _MASTHEAD_PAPER.match(text)) and "publisher" not in found:
            found["publisher"] = paper.group(1)  # 果洛报　2025年12月10日　星期三　第2版: the paper the page is of
    return found


# A newspaper page's masthead line (果洛报　2025年12月10日　星期三　第2版：综合新闻): the paper's name
_MASTHEAD_PAPER = re.compile(r"\s*([\u4e00-\u9fff]{1,10}(?:日|晚|早|时|商)?报)"
                             r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                             r"[^\n]{0,12}?第\s*[\d一二三四五六七八九十]{1,3}\s*版")


def iso_date(text: str) -> str | None:
    """The first labelled (or, in a ``<meta>`` value, bare) date in ``text`` as ``YYYY[-MM[-DD]]``."""
    m = _DATE.search(text) or re.match(r"\s*(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?)?", text)
    if m is None:
        return None
    # (in ASCII digits whatever the text's: 发佈日期:２０２５-１２-０９ in a copy typed in full-width digits)
    year, month, day = str(int(m.group(1))), int(m.group(2) or 0), int(m.group(3) or 0)
    if not 1900 <= int(year) <= 2100:
        return None
    return year if not 1 <= month <= 12 else f"{year}-{month:02d}" + (f"-{day:02d}" if 1 <= day <= 31 else "")
