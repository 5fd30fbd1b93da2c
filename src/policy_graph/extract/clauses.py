"""Clauses and time expressions inside a sentence.

A clause is a stretch of a sentence between ``，；：`` that are not inside
quotes or brackets.  Periods are the time expressions the statistics refer to.

>>> [c.text for c in split_clauses("截至2018年，全区共保障“一、二”对象（其中：甲，乙）；完成")]
['截至2018年', '全区共保障“一、二”对象（其中：甲，乙）', '完成']
>>> [(p.kind, p.value) for p in find_periods("截至2018年底，较2013年提高，2019年6月，截至6月底，2022年上半年")]
[('at', '2018'), ('base', '2013'), ('at', '2019-06'), ('month', '06'), ('at', '2022-06')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from .festivals import AROUND_TWO_MONTHS, FESTIVAL
from .scanning import finditer_at

__all__ = ["FIVE_YEAR_PLAN", "PLAN_END", "Clause", "Period", "clauses_and_parts", "find_periods", "inside_brackets",
           "month_number", "months_so_far", "periods_within", "split_clauses"]

_OPENERS = {"“": "”", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "〈": "〉", "【": "】", "‘": "’"}
_CLAUSE_BREAKS = "，；：,;:"
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")  # 12,368人: a comma inside a number (a digit before it, three after)


# What opens a change given in brackets after a level: （较2024年提高150元）, （比上年增长5.6%）, （同比下降2.1%）
_CHANGE_IN_BRACKETS = re.compile(r"(?:较|比)(?:上年|去年|上月|\d{4}年)|同比|环比")


class Clause(NamedTuple):
    start: int  # offset in the sentence
    end: int
    text: str


# The characters that can change a clause split: only these are visited (a sentence has few of them).
_CLAUSE_MARKS = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_OPENERS.values()) + _CLAUSE_BREAKS) + "、]")

# 增长16%、共有慈善组织643家: a 、 after a percentage ends its clause when a new statement follows (not a list of
# figures, 增长5%、6%和7%, nor of changes, 分别增长5%、下降3%)
_NEW_STATEMENT = re.compile(r"(?![\d一二三四五六七八九十两零百千万亿.．]|增长|下降|提高|减少|增加|降低|上升)")


def split_clauses(sentence: str) -> list[Clause]:
    """Split ``sentence`` at clause punctuation outside quotes and brackets."""
    clauses: list[Clause] = []
    stack: list[str] = []
    begin = 0
    for mark in _CLAUSE_MARKS.finditer(sentence):
        i = mark.start()
        ch = sentence[i]
        if stack and ch == stack[-1]:
            stack.pop()
        elif not stack and ch in "（(" and _CHANGE_IN_BRACKETS.match(sentence, i + 1):
            # 每人每月2150元（较2024年提高150元）: the change in brackets is a clause of its own, as after a comma
            if i > begin:
                clauses.append(Clause(begin, i, sentence[begin:i]))
            begin = i + 1
        elif ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif ch == "、":
            if not stack and sentence[i - 1:i] == "%" and i + 1 < len(sentence) \
                    and _NEW_STATEMENT.match(sentence, i + 1):
                clauses.append(Clause(begin, i, sentence[begin:i]))
                begin = i + 1
        elif not stack and ch in _CLAUSE_BREAKS and not _THOUSANDS.match(sentence, i - 1):
            if i > begin:
                clauses.append(Clause(begin, i, sentence[begin:i]))
            begin = i + 1
    end = len(sentence)
    while end > begin and sentence[end - 1] in "。！？!?":
        end -= 1
    if end > begin:
        clauses.append(Clause(begin, end, sentence[begin:end]))
    return clauses


def inside_brackets(text: str, position: int, kinds: str = "“《〈「『") -> bool:
    """Whether ``position`` of ``text`` lies inside one of the bracket ``kinds`` (quotes, titles).

    >>> inside_brackets("印发《关于“十四五”的规划》后", 8), inside_brackets("印发《规划》后", 7)
    (True, False)
    """
    return bool(_depths(text, kinds)[position])


@functools.lru_cache(maxsize=64)
def _depths(text: str, kinds: str) -> bytes:
    """For each position of ``text`` (and its end), 1 if it lies inside brackets of ``kinds``: one pass per
    text, however many positions are asked about.

    Only the brackets themselves can change the depth, so the pass visits them alone and fills the stretches
    between them at once.
    """
    inside = bytearray(len(text) + 1)
    stack: list[str] = []
    since = 0  # the positions from here to the next bracket are inside exactly when the stack is not empty
    for mark in _bracket_marks(kinds).finditer(text):
        i = mark.start()
        ch = text[i]
        if stack:
            inside[since:i + 1] = b"\1" * (i + 1 - since)  # position i itself: the depth before its bracket
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch in _OPENERS and ch in kinds:
            stack.append(_OPENERS[ch])
        since = i + 1
    if stack:
        inside[since:] = b"\1" * (len(text) + 1 - since)
    return bytes(inside)


@functools.lru_cache(maxsize=16)
def _bracket_marks(kinds: str) -> re.Pattern[str]:
    """The opening brackets of ``kinds`` and their closing ones."""
    openers = [ch for ch in kinds if ch in _OPENERS]
    marks = "".join(openers) + "".join(_OPENERS[ch] for ch in openers)
    return re.compile("[" + re.escape(marks) + "]") if marks else re.compile("(?!)")


class Period(NamedTuple):
    """A time expression: ``at`` a period, ``since`` a year, the date a rule takes ``effective``, the ``base`` of a
    change, or a ``target``."""

    start: int
    end: int
    kind: str   # at | month | during | since | since-month | effective | base | base-previous | target | relative
    #            | festival | prior (the year before the one reported on)
    value: str  # 2018, 2018-06 (an effective date: its month); 06 for a month of an unnamed year (截至6月底); ''
                # for base-previous; for a year named relative to the one the text is written in (今年, 明年,
                # 去年): its offset, 0, 1 or -1; a festival's name (春节, 国庆中秋)


# A five-year plan named by its number (“十四五”; PLAN_END gives its last year)
FIVE_YEAR_PLAN = r"[“\"「]?(?P<fyp>十一|十二|十三|十四|十五)五[”\"」]?"
# A month as a number: 10, 十, 十一; and the months since January: 前10个月, 前十一个月, 1—10月, 一至十月
_MONTH_NUMBER = r"\d{1,2}|十[一二]?|[一二两三四五六七八九]"
# (not 一到11月就…, "as soon as November comes": 一 and 到 before a month in Arabic digits)
_MONTHS_SO_FAR = (rf"前(?:{_MONTH_NUMBER})个月"
                  rf"|(?:1\s?[-—–~～至到]|一\s?[-—–~～至]|一到(?!\d))\s?(?:{_MONTH_NUMBER})月份?")
# A quarter, or the quarters so far: its last month (前三季度, 第三季度 → 9)
_QUARTERS = "前三季度|第[一二三四1-4]季度|[一二三四1-4]季度"
_PERIOD = re.compile(
    r"(?P<base>(?:较|比|与|同|是(?=\d{4}年的))(?P<by>\d{4})年(?:同期)?(?:相比)?)"  # (是2020年的1.37倍)
    r"|(?P<prev>比上年|较上年|同比|比去年|较去年|与上年相比|比上年同期|与(?:去|上)年(?:底|末|同期)?相比)"
    # the level a change started from, in the year before the one reported on (贫困发生率由上年的2.38%下降到…)
    r"|(?<=[由从])(?P<prior>上年(?:底|末)?)(?=的)"
    r"|(?P<since>(?:从|自)(?P<sy>\d{4})年(?:起|以来|开始)|(?P<sy2>\d{4})年以来"
    # (or from a day something began: 自2021年1月1日《民法典》施行以来, 自2019年5月项目启动以来)
    r"|(?:从|自)(?P<sy3>\d{4})\s?年(?:\d{1,2}\s?月(?:\d{1,2}\s?日)?)?[^，。；\d]{1,24}?以来)"
    # the date a rule takes effect: 自2025年1月1日起 (提高标准), 从2024年8月起
    r"|(?P<effective>(?:从|自)(?P<ey>\d{4})\s?年(?P<em>\d{1,2})\s?月(?:\d{1,2}\s?日)?(?:起|开始))"
    # a span of months across years: its end (2024年12月至2025年2月 → 2025-02)
    r"|(?P<span>\d{4}\s?年\d{1,2}\s?月\s?[至到—\-–~～]\s?(?P<ey2>\d{4})\s?年(?P<em2>\d{1,2})\s?月(?:底|末)?"
    r"(?!以来|起|前))"
    r"|(?P<target>(?:到|至|力争|计划)(?P<ty>\d{4})年(?:底|末)?)"
    # a five-year plan's span: its last year (“十四五”期间 → 2025)
    rf"|(?P<plan>{FIVE_YEAR_PLAN}(?:期间|时期|期末|末))"
    # (a span of months of the year: its last, 2025年7月至9月, 2025年7—9月)
    r"|(?P<at>(?:截至|截止|到)?(?P<y>\d{4})\s?年(?:(?P<from>\d{1,2}\s?(?:月份?)?\s?[-—–~～至到]\s?)?(?P<m>\d{1,2}|(?:十[一二]?|[一二三四五六七八九])(?=\s?月(?![一二三四五六七八九十]{1,3}日)))\s?月(?:底|末)?"
    r"|底|末|度)?"
    rf"(?P<part>上半年|{_QUARTERS}|{_MONTHS_SO_FAR})?"
    r"(?!以来|起|前))"
    # since a month of the year the text reports on (进入7月以来, 十一月以来, 7月份以来): what was done since then
    # (not 去年11月以来, a month of another year)
    r"|(?P<since_month>(?:(?<![\u4e00-\u9fff\d—\-–~～])|(?<=进入)|(?<=今年)|(?<=[自从]))"
    rf"(?P<smo>{_MONTH_NUMBER})\s?月份?以来)"
    r"|(?P<month>(?:截至|截止|(?<!一)到)(?:今年)?(?P<mo>\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月(?:底|末)?"
    rf"|(?P<half>(?:上半年|{_QUARTERS}|{_MONTHS_SO_FAR})(?!以来))"
    # a month named alone (8月，全县…; 8月份; opening a clause after 今年 or 去年, which names its year: 今年9月，…,
    # not 今年7月起 nor 中心今年3月建成): not a date's month after its year, nor a span's last month
    # a span of months (7月至9月, 7—9月): its last month
    # (after 今年 or 去年 too, which names its year: 今年6月至7月)
    # (or of parts of months: 8月中旬至9月上旬)
    rf"|(?:(?<![\d年—\-–~～至到第每])|(?<=[今去前]年))(?!一到\d)(?:{_MONTH_NUMBER})月?份?(?:[上中下]旬|初)?\s?"
    rf"[-—–~～至到]\s?(?P<last>{_MONTH_NUMBER})月份?(?:[上中下]旬|初|底|末)?"
    r"|(?:(?<![\d年—\-–~～至到第每])|(?<=[今去前]年)(?=(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?[，,]))"
    # (one written in words too, where it ends a clause or a part of the month follows: 六月中旬，…, 九月份; not
    # 一月一次, 三月三)
    r"(?P<alone>\d{1,2}|十[一二]?|[一二三四五六七八九](?=月(?:[上中下]旬|初|底|末|份|\s?[，,])))月份?(?![\d份]|以来)"
    # a day of a month named alone (8月29日（七夕）当天): its month
    r"|(?:(?<![\d年—\-–~～至到第每])|(?<=[今去前]年))(?P<day>\d{1,2})月\d{1,2}日(?!起|以来|前|电|[—\-–~～至到]))"
    # 今年 (not 今年以来: the year so far), 明年, 去年
    # (not 今年以来, 去年11月以来: since then, to the time the text reports on)
    # (not 送去年夜饭: 去, then 年夜饭)
    # (nor 去年秋季学期以来, 今年入汛以来: since a time of the year, to now)
    r"|(?P<relative>今年(?!(?:(?!季度|月)[\u4e00-\u9fff]){0,6}以来)|明年"
    # (去年同期为…: the same months a year before, kept whole)
    r"|上年同期(?=[为是有分，,])|去年(?:同期(?=[为是有分，,]))?(?!(?:\d{1,2}|十[一二]?)月(?:份|底|末)?以来|(?:(?!季度|月)[\u4e00-\u9fff]){0,6}以来|夜饭)"
    # (前年, 三年前: years back, as a person tells them; not a base, 比前年, 比5年前, nor 提前年…, 2018年前)
    r"|(?<![比较与提目此之以底末节日月天])(?:前年(?!度|检|货|报|审|终|薪|鉴|限|龄|级|(?:(?!季度|月)[\u4e00-\u9fff]){0,6}以来)"
    r"|(?<![\d零〇])(?P<back>\d{1,2}|[两二三四五六七八九十]|十[一二三四五六七八九])年前(?!后|[\d一二三四五六七八九十])))"
    # a festival or holiday (春节期间, 国庆中秋假期): the month it falls in
    rf"|{FESTIVAL}"
    # a day written as month·day, a day of its own (“5·20”当天, “2·14”当日, “6·30”活动, “9·9”公益日): its month
    r"|[“\"「]?(?P<dot_month>\d{1,2})[·•](?:\d{1,2})[”\"」]?(?=当天|当日|期间|活动|[\u4e00-\u9fff]{2,8}日)"
)
# The first characters of the alternatives of _PERIOD (keep in step with it): \d for the years.
_PERIOD_STARTS = re.compile(r"[\d较比与同是从自到至力计截上前一二三四五六七八九两第十今明去“\"「"
                            r"春元清端中重国劳情妇儿助建]")  # (and the festivals')
_RELATIVE = {"今年": "0", "明年": "1", "去年": "-1", "上年": "-1", "前年": "-2"}
PLAN_END = {  # a five-year plan's last year, by its number (FIVE_YEAR_PLAN)
    "十一": "2010", "十二": "2015", "十三": "2020", "十四": "2025", "十五": "2030"}
_PART_MONTH = {"上半年": 6, "前三季度": 9, "一季度": 3, "第一季度": 3, "二季度": 6, "第二季度": 6, "三季度": 9,
               "第三季度": 9, "四季度": 12, "第四季度": 12}
_LAST_MONTH = re.compile(rf"({_MONTH_NUMBER})(?:个)?月份?$")
_CN_MONTH = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}


def _years_back(text: str) -> int:
    """``3``, ``三``, ``两`` or ``十二`` (年前) → 3, 3, 2, 12."""
    if text.isdigit():
        return int(text)
    return 10 + (_CN_MONTH[text[1:]] if text[1:] else 0) if text.startswith("十") else _CN_MONTH[text]


def month_number(text: str) -> int:
    """``10`` or ``十`` → 10."""
    return int(text) if text.isdigit() else _CN_MONTH[text]


def _part_month(part: str) -> int:
    """The last month of a part of a year: 上半年 → 6, 前十一个月 → 11, 1—10月 → 10."""
    known = _PART_MONTH.get(part)
    if known is not None:
        return known
    if part.endswith("季度") and part[-3:-2].isdigit():
        return 3 * int(part[-3:-2])  # 2025年2季度 → 6
    last = _LAST_MONTH.search(part)
    return month_number(last.group(1)) if last else 0


_COMPARED = frozenset("比较与")  # (与一季度末相比: the base of a change)
_EVENT = re.compile(r"[\u4e00-\u9fff]{1,6}等")
_LISTING = frozenset("和、及与")


def find_periods(text: str) -> Iterator[Period]:
    """Yield the time expressions in ``text`` in order (not those in a title: 《…三年行动方案（2025—2027年）》)."""
    titled = "《" in text
    for m in finditer_at(_PERIOD, _PERIOD_STARTS, text):
        if titled and inside_brackets(text, m.start(), "《"):
            continue
        if m.group("base"):
            yield Period(m.start(), m.end(), "base", m.group("by"))
        elif m.group("prev"):
            yield Period(m.start(), m.end(), "base-previous", "")
        elif m.group("prior"):
            yield Period(m.start(), m.end(), "prior", "-1")
        elif m.group("since"):
            yield Period(m.start(), m.end(), "since", m.group("sy") or m.group("sy2") or m.group("sy3"))
        elif m.group("effective"):
            month = int(m.group("em"))
            if 1949 <= int(m.group("ey")) <= 2100 and 1 <= month <= 12:
                yield Period(m.start(), m.end(), "effective", f"{m.group('ey')}-{month:02d}")
        elif m.group("span"):
            year, month = m.group("ey2"), int(m.group("em2"))
            if 1949 <= int(year) <= 2100 and 1 <= month <= 12:
                yield Period(m.start(), m.end(), "at", f"{year}-{month:02d}")
        elif m.group("plan"):  # (比“十三五”末增加812亿元: what a change is from, as 比2020年)
            kind = "base" if text[max(0, m.start() - 1):m.start()] in ("比", "较", "与", "同") else "at"
            yield Period(m.start(), m.end(), kind, PLAN_END[m.group("fyp")])
        elif m.group("target"):
            yield Period(m.start(), m.end(), "target", m.group("ty"))
        elif m.group("dot_month"):
            if 1 <= int(m.group("dot_month")) <= 12:
                yield Period(m.start(), m.end(), "month", f"{int(m.group('dot_month')):02d}")
        elif m.group("festival"):
            if not (m.group(0).endswith("前后") and m.group("festival") in AROUND_TWO_MONTHS):
                yield Period(m.start(), m.end(), "festival", m.group("festival"))  # (not 春节前后: two months)
        elif m.group("relative"):
            if not _ISSUED_DOCUMENT.match(text, m.end()) and not _cause(text, m.start(), m.end()):
                back = m.group("back")
                value = f"-{_years_back(back)}" if back else _RELATIVE[m.group("relative")[:2]]
                yield Period(m.start(), m.end(), "relative", value)
        elif m.group("since_month"):
            if 1 <= (month := month_number(m.group("smo"))) <= 12:
                yield Period(m.start(), m.end(), "since-month", f"{month:02d}")
        elif m.group("month"):
            # 截至10月底, 7月至9月, 8月; else a part of a year (上半年, 1—10月)
            number = m.group("mo") or m.group("last") or m.group("alone") or m.group("day")
            month = month_number(number) if number else _part_month(m.group("half"))
            if 1 <= month <= 12 and text[m.start() - 1:m.start()] not in _COMPARED:  # 增速比一季度提高: a base
                if "今年" in m.group(0):  # 截至今年6月底: this year's month, whatever year was named before
                    yield Period(m.start(), m.start(), "relative", "0")
                # (8月中旬至9月上旬: when something was done, which dates it, not what the text reports on)
                kind = "during" if "旬" in m.group(0) else "month"
                yield Period(m.start(), m.end(), kind, f"{month:02d}")
        else:
            year = m.group("y")
            if not 1949 <= int(year) <= 2100:
                continue
            if m.end() - m.start() == 5 and _EVENT.match(text, m.end()) and text[m.start() - 1:m.start()] in _LISTING:
                continue  # the year of a listed event (…、煤炭市场大幅波动和2021年秋汛等考验), not a time frame
            if m.group(0).endswith("度") and (text[m.start() - 1:m.start()] == "对"
                                              or _INSPECTED.match(text, m.end())):
                continue  # 对2024年度民政专项资金进行了审计, 参加2024年度检查的: what was audited, not when
            if (m.group(0).endswith("年度") or _SEASON.match(text, m.end())) \
                    and _SEASON_START.search(text, max(0, m.start() - 6), m.start()):
                continue  # 2025—2026年度冬春救助资金, 完成2025—2026年采暖期…发放工作: what a season of two years'
                # funds or work are for, not when (the text's data month dates them)
            if _ISSUED_DOCUMENT.match(text, m.end()):
                continue  # 市政府2024年印发的《…办法》: when the document was issued, not what the figures are of
            if _cause(text, m.start(), m.end()):
                continue  # 受2024年强降雨影响较重的…: when what caused them happened, not what the figures are of
            if m.end() - m.start() == 5 and text.startswith("“", m.end()) and _DAY.search(text, 0, m.start()):
                continue  # 1月10日，…举办2023年“春风行动”招聘会: the year in an event's name; the day before dates it
            # (2022年六月底: a month in Chinese numerals after a year in digits)
            part = str(month_number(m.group("m"))) if m.group("m") else (
                str(_part_month(m.group("part"))) if m.group("part") else "")
            value = f"{year}-{int(part):02d}" if part and 1 <= int(part) <= 12 else year
            if m.group("from") and part == "12":
                value = year  # (2026年7—12月: months to the year's end, the year's, as 1—12月)
            yield Period(m.start(), m.end(), "at", value)


_DAY = re.compile(r"\d{1,2}月\d{1,2}日")  # (a day of a month, in digits)
_AFFECTED = re.compile(r"[^，。；,;]{1,12}影响")


def _cause(text: str, start: int, end: int) -> bool:
    """Whether the time at ``[start, end)`` of ``text`` dates a cause the sentence names (受去年强降雨影响)."""
    return text[start - 1:start] == "受" and _AFFECTED.match(text, end) is not None


_SO_FAR = re.compile(r"[—\-–~～至到]|前")
# The first month of a span of months (4—10月: 4)
_SPAN_FIRST = re.compile(rf"({_MONTH_NUMBER})\s?月?份?\s?[—\-–~～至到]")
_SEASON = re.compile(r"(?:采暖|供暖|取暖)[期季]|冬春|学年")  # (a season named by its two years: 2025—2026年采暖期)
# (the first year of 2025—2026年度, in Chinese numerals too: 二〇二五—2026年度)
_SEASON_START = re.compile(r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s?年?\s?[—\-–~～至到]\s?$")
_INSPECTED = re.compile(r"(?:年度)?(?:检查|年检|审计|考核|评估)")  # (2024年度检查: the year inspected)
# A time that dates the document a clause cites (去年印发的《…》), said right before it
_ISSUED_DOCUMENT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:印发|出台|发布|颁布|下发|制定|修订)的《")


def months_so_far(text: str, p: Period) -> bool:
    """Whether month period ``p`` of ``text`` is the month figures run to (截至10月底, 1—10月, 前10个月), what a
    monthly report covers, rather than a month named alone (8月，…; 北京1月22日电).

    >>> text = "截至10月底，8月"
    >>> [months_so_far(text, p) for p in find_periods(text)]
    [True, False]
    """
    if text[p.start:p.start + 2] in ("截至", "截止"):
        return True
    if (span := _SPAN_FIRST.search(text, p.start, p.end)) is not None and p.value.isdigit():
        # (1—10月, or a quarter's 7—9月; not an inspection's 4—10月)
        first = month_number(span.group(1))
        return first == 1 or (first % 3 == 1 and int(p.value[-2:]) == first + 2)
    return _SO_FAR.search(text, p.start, p.end) is not None


# Characters no time expression contains (no digit, space or word of _PERIOD): the ends of sentences.
_NOT_IN_PERIODS = frozenset("。！？!?’』）)；;，,：:")  # (” and 」 close a five-year plan: “十四五”期间)


def periods_within(text: str, periods: list[Period], spans: list[tuple[int, int]]) -> list[list[Period] | None]:
    """For each span ``[start, end)`` of ``text``, what ``find_periods(text[start:end])`` yields, taken from
    ``periods`` (all of ``find_periods(text)``) instead of searched again; None where that would not be sure.

    It is sure when no time expression can hold the span's last character (a sentence's 。) nor run across
    its start (:func:`_apart`): then no period of the text runs across the span's ends, and whatever the
    pattern reads to match or fail inside the span lies inside it, so reading the span alone finds the
    same periods (in span coordinates).

    >>> text = "截至2018年底，完成。 2019年6月，上半年。2020"
    >>> spans = [(0, 12), (13, 25), (25, 29)]
    >>> found = periods_within(text, list(find_periods(text)), spans)
    >>> found[:2] == [list(find_periods(text[s:e])) for s, e in spans[:2]], found[2]
    (True, None)
    """
    starts = [p.start for p in periods]
    out: list[list[Period] | None] = []
    for start, end in spans:
        if end <= start or text[end - 1] not in _NOT_IN_PERIODS or not _apart(text, start):
            out.append(None)
            continue
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end, first)
        out.append([Period(p.start - start, p.end - start, p.kind, p.value) for p in periods[first:last]])
    return out


def _apart(text: str, position: int) -> bool:
    """Whether no time expression can hold both ``text[position - 1]`` and ``text[position]``.

    A character of _NOT_IN_PERIODS is in none.  A space is in one only as the single ``\\s?`` right after a
    digit or a month's numeral (2018 年, 六 月), so a space after anything else (a paragraph's indent, the
    space between sentences, a line break after a heading) is in none either.
    """
    if position == 0 or text[position - 1] in _NOT_IN_PERIODS:
        return True
    if not text[position - 1].isspace():
        return False
    return position == 1 or not (text[position - 2].isdigit() or text[position - 2] in "一二三四五六七八九十")


def clauses_and_parts(sentence: str) -> Iterator[Clause]:
    """The sentence's clauses, a bracket of parts apart from what it follows (比上年增长7.3%（其中：社会团体
    11214个、…）: parts, not more changes)."""
    for clause in split_clauses(sentence):
        cut = clause.text.find("（其中", 1)
        if cut > 0:
            yield Clause(clause.start, clause.start + cut, clause.text[:cut])
            yield Clause(clause.start + cut, clause.end, clause.text[cut:])
        else:
            yield clause
