"""The time a sentence opens with, which dates it and the sentences of its paragraph after it.

2024年，…。 到2025年，…。 “十四五”期间，…。 1—10月，…。 8月中旬至9月上旬，…: a sentence that opens with its time (a
year, a target year, a plan's span, the months so far, when something was done) speaks of it, and so do the
sentences of its paragraph after it; 目前，… speaks of now (the time the text reports on); 自2025年7月1日起，… dates the
standards of its paragraph that follow by the date they take effect; 今后五年，… speaks of the last of the five years
ahead.
"""

from __future__ import annotations

import re

from .clauses import Period, find_periods
from .festivals import FESTIVAL
from .sentence import SentenceContext
from .timing import DAY_OPENED, DISASTERS, dated, period_for, resolve_period

__all__ = ["continues_scene", "event_day", "festival_opening", "of_this_event", "opening_period", "opens_with_festival",
           "period_dated", "period_of", "periods_of"]

# (after a Q&A page's label too: 答：今年1—10月，…; or a broadcast script's: 【正文】今年4月至6月，…; and after
# who says it: 市统计局副局长王红梅介绍，根据…，上半年，…)
# (and after why and by what plan it was done: 根据…监督工作计划，为推动…实施，8月中旬至9月上旬，…组成执法检查组)
# A festival's days a sentence opens with (元旦春节期间，…)
_FESTIVAL_OPENING = re.compile(rf"\s*(?:元旦|国庆|中秋|春节)?[、和与]?{FESTIVAL}[，,]")
_OPENING_TIME = re.compile(r"\s*(?:[问答][:：]\s*|【[^】]{1,6}】\s*)?"
                           r"(?:[^，。；“”]{2,30}?(?:介绍|表示|指出|通报|获悉)[，,：:])?"
                           r"(?:据[^，。]{1,16}统计[，,]|根据[^，。；]{2,24}[，,])?"
                           r"(?:(?:根据|按照|为了?)[^，。；]{2,60}[，,]){0,2}"
                           r"(?P<time>(?:到|至|力争到)?\d{4}年(?:底|末|度)?[，,]"
                           r"|\d{4}年(?:(?:1|一)\s?[-—–~～至到]\s?\d{1,2}月份?|前三季度|上半年|一季度|第一季度)[，,]"
                           r"|(?:今年|本年)?\d{1,2}月(?:[上中下]旬|初)?[至到—\-–~～]\d{1,2}月(?:[上中下]旬|初|底|末)?[，,]"
                           r"|(?:今年|本年)(?:前三季度|上半年|一季度|第一季度)?[，,]|(?:前三季度|上半年|一季度|第一季度)[，,]"
                           rf"|{DAY_OPENED}|(?:\d{{4}}年|\d{{1,2}}月\d{{1,2}}日)(?=是)"
                           r"|[“\"「]?十[一二三四五]五|(?:今年|本年)?(?:1|一)\s?[-—–~～至到]\s?(?:\d{1,2}|十[一二]?|[二三四五六七八九])月份?[，,])")
# The days of a festival named in the sentence before, said again (节日期间，…)
_HOLIDAY_AGAIN = re.compile(r"\s*(?:节日|节假日|假日|节庆|活动)期间[，,]")
_NOW = re.compile(r"\s*(?:[问答][:：]\s*)?(?:目前|当前|截至目前|现阶段)[，,]")
# Since a time to now (今年以来，…; 去年以来，…; “十四五”以来，…): to the period the text reports on; so is how
# things are after a change the sentence before dated (2024年，…实施提质改造。改造完成后，…床位分别达到80张)
_SINCE = re.compile(r"\s*(?:[问答][:：]\s*)?(?:(?:今年|年初|去年|[“\"]?十[一二三四五]五[”\"]?)以来"
                    r"|[\u4e00-\u9fff]{0,4}(?:改造|提标|调整|建设)(?:完成|完工|结束)?后)[，,]")
# The years ahead a work report sets its goals for (今后五年，…: the five years from the one it is given in)
# (or after the plan it is read from, and as the goals it lists: 根据《…纲要（草案）》，今后五年…的主要目标是：)
_YEARS_AHEAD = re.compile(r"\s*(?:根据《[^》]{1,60}》[，,])?(?:今后|未来)(?P<years>[三五])年(?:间|内|里)?"
                          r"(?:[，,]|[^，。；]{0,24}?(?:目标|任务)(?:是|为)[：:])")
_SCENE_DAY = re.compile(r"\s*\d{1,2}月\d{1,2}日")
_SCENE_IN_MONTH = re.compile(r"\s*(?:(?P<year>\d{4})年|(?P<relative>今年|去年|前年))?(?P<month>\d{1,2})月"
                             r"(?:[上中下]旬)?的(?:一天|一个(?:上午|中午|下午|早上|清晨|傍晚|晚上|夜晚))[，,]")
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}
_DAYS_SPAN = re.compile(r"(\d{1,2})月\d{1,2}日[至到—\-～~]\d{1,2}日")  # (days of one month, which no period reads)
_TIME_OF_DAY = re.compile(r"日?(?:上午|中午|下午|晚上?|傍晚)?(?:\d{1,2}[点时:：]\d{0,2}分?半?)?[，,]")
_CLAUSE_AFTER_TIME = re.compile(r"[”\"」]?(?:期间|时期|期末|末)?[，,]")


# (10月23日是重阳节。; after a news lead's credit too: 滇中新闻网讯（通讯员…记者…）7月28日至30日，…)
# (or a broadcast script's label: 【正文】5月16日，记者来到…)
# (or after what it was for: 为让困难群众过一个欢乐祥和的春节，1月20日至24日，…开展春节走访慰问活动)
_EVENT_DAYS = re.compile(rf"\s*(?:[^，。（(\n]{{0,12}}讯(?:[（(][^）)\n]{{0,30}}[）)])?|【[^】]{{1,6}}】"
                         rf"|为[^，。；\d]{{2,30}}，)?"
                         rf"(?={DAY_OPENED}|\d{{1,2}}月\d{{1,2}}日是)(\d{{1,2}})月")
# (or a day a disaster happened on, anywhere in a sentence: 获悉，9月23日墨江县发生5.3级地震后，…)
_EVENT_HAPPENED = re.compile(rf"(?<![\d年])(\d{{1,2}})月\d{{1,2}}日[^，。；\d]{{0,12}}?(?:发生|遭遇|遭受)"
                             rf"[^，。；]{{0,10}}?{DISASTERS}")
# (or the days of a disaster that did the harm the sentence counts: 据统计，7月17日至19日强降雨过程造成全县…受灾)
_HARM_DONE = re.compile(rf"(?<![\d年])(\d{{1,2}})月\d{{1,2}}日(?:[至到—\-]\d{{1,2}}日)?{DISASTERS}(?:过程)?造成")
# (or a sentence that opens on the scene's day: 活动现场，…; 当天，…; 席间，…)
# (此次共走访慰问困难群众612户: what the visits the paragraph before named did)
_THIS_EVENT = re.compile(rf"(?:此次|这次|本次|此轮|这轮)[^，。；]{{0,4}}(?:{DISASTERS}|灾害|过程|活动|走访|慰问)"
                         r"|^\s*(?:活动(?:现场|当天|中|间隙)|随后|当天(?:上午|中午|下午|晚上)?|席间)[，,]")

# (or the months a people's congress inspection ran, 6月至7月，…组成执法检查组…: what it counted is of its end; not
# an annual inspection's results, which a page dates by its own month)
_INSPECTED_IN = re.compile(r"(?<![\d年])\d{1,2}月(?:[上中下]旬)?至(\d{1,2})月(?:[上中下]旬)?[，,][^。；]{0,80}?"
                           r"(?:执法检查|检查组|视察|专题调研|调研组)")
# what such an inspection counted (实地察看…26处, 召开座谈会四次, 发放调查问卷600份, 41.5%的受访老年人)
_INSPECTION_FOUND = re.compile(r"调查问卷|有效问卷|座谈会|实地察看|受访")


def event_day(sentence: str) -> tuple[int, bool] | None:
    """The month of the day of an event the sentence opens with (7月29日至31日，我县遭遇…强降雨; 10月23日是重阳节。) or
    reports a disaster happened on (获悉，9月23日墨江县发生5.3级地震后，…), or the last month of an inspection it
    says ran then (6月至7月，…执法检查组…), and whether it opens with it (a scene the paragraphs after it may go on
    with); None if none."""
    opens = _EVENT_DAYS.match(sentence)
    day = opens or _EVENT_HAPPENED.search(sentence) or _HARM_DONE.search(sentence)
    if day is None and (inspected := _INSPECTED_IN.search(sentence)):
        return int(inspected.group(1)), False  # 6月至7月，…执法检查组…进行了检查: the month it ended
    return (int(day.group(1)), opens is not None) if day else None


def of_this_event(sentence: str) -> bool:
    """Whether the sentence speaks of the event named before it (此次强降雨共造成…; 当天，…; 活动现场，…), counts the
    harm a disaster it names the days of did (据统计，7月17日至19日强降雨过程造成…), or what an inspection counted
    (发放调查问卷600份)."""
    return _THIS_EVENT.search(sentence) is not None or _HARM_DONE.search(sentence) is not None \
        or _INSPECTION_FOUND.search(sentence) is not None


def continues_scene(sentence: str, later: bool = False) -> bool:
    """Whether a paragraph that opens with ``sentence`` goes on with the scene the paragraph before it opened on a
    named day (8月18日中午，…): its people's words, quoted or reported (“我今年82岁，…”; 助餐点负责人告诉我们，…);
    ``later``: a sentence after the paragraph's first, which may also say who speaks before a colon."""
    return _SPEECH_OPENS.match(sentence) is not None or (later and _SPEECH_AFTER_COLON.match(sentence) is not None)


# (a quote that speaks, a clause of it before its closing mark: not “全国通办”让群众少跑腿, a heading's slogan)
# (after a broadcast script's label and who speaks, too: 【同期声】西江镇残疾人杨秀英：“我每个月…)
_SPEECH_OPENS = re.compile(r"\s*(?:【[^】]{1,6}】[^，。“”\d：:]{2,30}[：:])?(?:[“「][^”」]{2,40}?[，。！？]"
                           r"|[^，。“”\d]{2,24}(?:告诉记者|告诉我们|介绍说|笑着说|说)[，：:]"
                           r"|(?:记者|[\u4e00-\u9fff]{2,3})[：:](?![“「]?\s*$))")
# (or a line of a dialogue the reporter wrote down: 记者：大姐，…？ / 刘桂芬：一天能挣150块，…)
# (later in a paragraph, who speaks and what they do as they speak: …常年卧床。母亲卓玛吉一边…，一边…算账：“…)
_SPEECH_AFTER_COLON = re.compile(r"\s*[^。“”\d]{2,40}?[：:][“「]")


def festival_opening(ctx: SentenceContext, carry: str | None) -> str | None:
    """The period to carry on from a sentence that states no figure: the month of the festival whose days it opens
    with (元旦春节期间，县委…走访慰问困难群众。), which the sentences after it speak of; else ``carry``.  (Not from
    one that states figures: 清明节期间，…接待祭扫群众2260万人次。全省共有殡仪馆152个 moves on to the year.)"""
    if _FESTIVAL_OPENING.match(ctx.text) is None:
        return carry
    festival = next((p for p in periods_of(ctx) if p.kind == "festival"), None)
    return (resolve_period(festival, periods_of(ctx), carry, ctx) or carry) if festival is not None else carry


def periods_of(ctx: SentenceContext) -> list[Period]:
    """The sentence's periods: as the context knows them, else read now."""
    return ctx.periods if ctx.periods is not None else list(find_periods(ctx.text))


def period_of(ctx: SentenceContext) -> str | None:
    """The period a short text without figures of its own speaks of (a table's caption or header): its last time
    expression, else the period carried on, else the text's reference period."""
    return period_for(periods_of(ctx), len(ctx.text), ctx.period, ctx)


def period_dated(ctx: SentenceContext) -> bool:
    """Whether the sentence dates what it states with a time expression of its own."""
    return dated(periods_of(ctx), len(ctx.text))


def opening_period(ctx: SentenceContext, carry: str | None,
                   periods: list[Period] | None) -> tuple[str | None, list[Period] | None]:
    """The period to carry on from the sentence of ``ctx`` (``carry``: the one carried to it), and its periods if
    they had to be read for it (``periods``: those read already, if any)."""
    sentence = ctx.text
    if _NOW.match(sentence):
        carry = ctx.now or ctx.reference_period  # 2024年，…。目前，全县建有…: now, not the paragraph's year
    elif _HOLIDAY_AGAIN.match(sentence) and ctx.before and len(ctx.before[-1].period) == 7:
        carry = ctx.before[-1].period  # 今年清明节期间，…12.6万人次。节日期间，…: the days of the festival just named
    elif _SINCE.match(sentence) and carry and ctx.reference_period and (
            carry[:4] < ctx.reference_period[:4] or (len(carry) == len(ctx.reference_period) == 7
                                                     and carry[5:] in ("03", "06", "09")
                                                     and carry < ctx.reference_period)):
        # 2024年，…。今年以来，…: to now, not the year before (but 截至11月底 stays); 前三季度，…。今年以来，… in a
        # text whose figures run to 11月底: to November, not to a quarter's end said before
        carry = ctx.reference_period
    elif (ahead := _YEARS_AHEAD.match(sentence)) and ctx.current_year:
        # 今后五年，力争地区生产总值年均增长7%以上 in a report of 2021: the goals of 2021-2025, for their last year
        carry = str(int(ctx.current_year) + (3 if ahead.group("years") == "三" else 5) - 1)
    if (scene := _SCENE_IN_MONTH.match(sentence)) and (scene.group("year") or ctx.current_year):
        # 去年9月的一天，…: a scene on a day of a month, which the sentences of its paragraph after it tell of
        year = int(scene.group("year") or ctx.current_year or 0) - _YEARS_BACK.get(scene.group("relative") or "", 0)
        carry = f"{year}-{int(scene.group('month')):02d}"
    elif opening := _OPENING_TIME.match(sentence):
        # 2024年，…。 到2025年，…。 “十四五”期间，…。 1—10月，…。: a sentence that opens with its time (a year, a target
        # year, a plan's span, the months so far) speaks of it, and so do the sentences of its paragraph after it
        periods = periods_of(ctx) if periods is None else periods
        told = range(opening.start("time"), opening.end())  # (not a year of a plan it was done by)
        first = next((p for p in periods if p.kind in ("at", "target", "month", "during") and p.start in told), None) \
            or next((p for p in periods if p.kind == "relative" and p.start in told), None)  # (今年，…)
        # (2026年度，… in a notice of 2025: the year its rules are for; not 2025年度，… in a report to a month of 2025)
        this_year = sentence.endswith("年度", 0, first.end) and (ctx.reference_period or "")[:4] == first.value[:4] \
            if first is not None else False
        if first is not None and not this_year and (_CLAUSE_AFTER_TIME.match(sentence, first.end)
                                                    or _TIME_OF_DAY.match(sentence, first.end)
                                                    or sentence.startswith("是", first.end)):  # 10月23日是…
            carry = resolve_period(first, periods, carry, ctx)
            if first.kind == "month" and _SCENE_DAY.match(sentence) and ctx.current_year:
                carry = f"{ctx.current_year}-{first.value}"  # 1月12日中午，… in a page of January 2026: then
        elif first is None and (days := _DAYS_SPAN.match(sentence, opening.start("time"))) and ctx.current_year:
            carry = f"{ctx.current_year}-{int(days.group(1)):02d}"  # 7月17日至23日，全市…受灾: those days' month
    elif "起" in sentence and ("自" in sentence or "从" in sentence):
        # 《通知》明确，自2025年7月1日起，一类地区为…。一类地区城市低保标准不低于…: the date the rules take effect
        # dates the standards of its paragraph that follow
        periods = periods_of(ctx) if periods is None else periods
        effective = next((p for p in periods if p.kind == "effective"), None)
        if effective is not None and _CLAUSE_AFTER_TIME.match(sentence, effective.end):
            carry = resolve_period(effective, periods, carry, ctx)
    return carry, periods


def opens_with_festival(sentence: str) -> bool:
    """Whether the sentence opens with a festival's days (元旦春节期间，…)."""
    return _FESTIVAL_OPENING.match(sentence) is not None
