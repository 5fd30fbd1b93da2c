"""A web page's metadata: its title, site, host, publisher, the day it was issued and its address, read from the
``<title>`` and ``<meta>`` tags, the article's heading and the page's chrome lines."""

from __future__ import annotations

import re

from .chrome_lines import host_in, iso_date, publisher_in, stamped

__all__ = ["page_metadata"]

_TITLE_SUFFIX = re.compile(r"\s+[-—–－|｜]+\s+|_|\s*[|｜]\s*|——|-(?=[^-]{2,20}(?:网|网站)$)"  # (…报告-太湖人大网)
                           r"|-(?=第\s*[\d一二三四五六七八九十]+\s*版)"  # (今日郸城-第2版：乡镇)
                           r"|(?<=数字报|电子报)-|(?<=日报|晚报|网站)-|(?<=网)-")  # (菏泽日报数字报-单县：…)
# A paper's or a site's name (菏泽日报数字报, 某某网): a title's part that names where the page is, not what it is
_SITE_NAME = re.compile(r"[^-]{2,20}(?:数字报|电子报|日报|晚报)|[^-]{2,10}(?:网站|网)")  # (not …民生保障网, a headline)
_PAGE_OF_PAPER = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*版")


def page_metadata(meta: dict[str, str], page_title: str, chrome: list[str], heading: str | None) -> dict[str, str]:
    """Title, issue date, publisher and URL from the chrome lines (``chrome``), the title line (``heading``), the
    ``<title>`` (``page_title``) and the ``<meta>`` tags (``meta``).

    >>> page_metadata({}, "今日郸城-第2版：乡镇", ["2025年7月15日　星期二"], "上半年全县兜底保障资金发放2.16亿元")
    {'title': '上半年全县兜底保障资金发放2.16亿元', 'site': '今日郸城', 'issued': '2025-07-15'}
    >>> page_metadata({}, "菏泽日报数字报-单县：居家社区养老服务网越织越密", [], None)
    {'title': '单县：居家社区养老服务网越织越密', 'site': '菏泽日报数字报'}
    """
    found: dict[str, str] = {}
    parts = [part.strip() for part in _TITLE_SUFFIX.split(" ".join(page_title.split()))]
    parts = [part for part in parts if part]
    if len(parts) >= 2 and _SITE_NAME.fullmatch(parts[0]) and not _SITE_NAME.fullmatch(parts[-1]):
        parts = parts[1:] + parts[:1]  # 菏泽日报数字报-单县：…: the site's name first, the page's own title after it
    title = heading or meta.get("articletitle") or (parts[0] if parts else "")
    if title:
        found["title"] = title.strip()
    site = meta.get("sitename") or (parts[-1] if len(parts) >= 2 else "")  # …保障网 - 公安县人民政府
    if _PAGE_OF_PAPER.match(site):
        site = parts[0]  # 今日郸城-第2版：乡镇: an e-paper page's title, the paper's name first
    if site:
        found["site"] = site
    hosts = [host for text in chrome if (host := host_in(text))]
    if hosts:
        found["host"] = hosts[-1]  # the footer's 主办：…: who runs the site
    # (an HTML <time datetime> last: a byline's in a page that labels its date nowhere, 12/12/2025 8:45 PM)
    for text in chrome + [meta.get(k, "") for k in ("pubdate", "publishdate", "article:published_time", "time")]:
        issued = iso_date(text)
        if issued:
            found["issued"] = issued
            break
    else:
        if stamp := next(filter(None, map(stamped, chrome)), None):
            found["issued"] = stamp  # 记者：王磊　编辑：刘洋　2025-11-17 19:48: the byline's day, with no label
    for text in chrome:
        publisher = publisher_in(text)
        if publisher:
            found["publisher"] = publisher
            break
    else:
        if meta.get("contentsource"):
            found["publisher"] = meta["contentsource"]
    if meta.get("canonical") or meta.get("og:url"):
        found["url"] = meta.get("canonical") or meta["og:url"]
    return found
