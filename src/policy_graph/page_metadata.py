"""A web page's metadata: its title, site, host, publisher, the day it was issued and its address, read from the
``<title>`` and ``<meta>`` tags, the article's heading and the page's chrome lines."""

from __future__ import annotations

import re

from .chrome_lines import host_in, iso_date, publisher_in

__all__ = ["page_metadata"]

_TITLE_SUFFIX = re.compile(r"\s+[-—–－|｜]+\s+|_|\s*[|｜]\s*|——|-(?=[^-]{2,20}(?:网|网站)$)"  # (…报告-太湖人大网)
                           r"|-(?=第\s*[\d一二三四五六七八九十]+\s*版)")  # (今日郸城-第2版：乡镇)
_PAGE_OF_PAPER = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*版")


def page_metadata(meta: dict[str, str], page_title: str, chrome: list[str], heading: str | None) -> dict[str, str]:
    """Title, issue date, publisher and URL from the chrome lines (``chrome``), the title line (``heading``), the
    ``<title>`` (``page_title``) and the ``<meta>`` tags (``meta``).

    >>> page_metadata({}, "今日郸城-第2版：乡镇", ["2025年7月15日　星期二"], "上半年全县兜底保障资金发放2.16亿元")
    {'title': '上半年全县兜底保障资金发放2.16亿元', 'site': '今日郸城', 'issued': '2025-07-15'}
    """
    found: dict[str, str] = {}
    parts = [part.strip() for part in _TITLE_SUFFIX.split(" ".join(page_title.split()))]
    parts = [part for part in parts if part]
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
    for text in chrome + [meta.get(k, "") for k in ("pubdate", "publishdate", "article:published_time")]:
        issued = iso_date(text)
        if issued:
            found["issued"] = issued
            break
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
