"""Changes: how much a figure grew or fell, and against when.

A clause that states nothing but changes ("较2013年提高45.7%和87%", "比上年末增加6.59万人", "环比增长3.2%") speaks
of the levels the clause before it gave: a percent change becomes that level's change (its ``change_percent``
and ``base_period``), any other change an observation of its own in the level's unit.

>>> previous_year("2024-07"), previous_month("2025-01"), previous_month("2025")
('2023-07', '2024-12', '2024')
"""

from __future__ import annotations

import re

from .clauses import Clause
from .facts import Evidence, ObservationFact
from .numbers import Quantity
from .unit_codes import unit_code

__all__ = ["COMPARISON_ONLY", "DECREASE", "OWN_CHANGE", "RATE_CHANGE_UNITS", "attach_changes", "change_since",
           "changes_of", "compared_year", "for_each", "level_of_rate", "previous_month", "previous_year",
           "reached_levels", "standard_units"]

# The unit words of a change of a rate: in percent, percentage points or per-mille points (its own observation is a
# 变化, a change in any other unit an 增量)
RATE_CHANGE_UNITS = ("%", "个百分点", "百分点", "个千分点", "千分点")
DECREASE = ("下降", "减少", "降低", "回落", "下滑", "压减", "压缩", "净减", "净减少", "负增长", "少")
# (净增, 净减: a net change; 名义增长: in current prices, the change a level is given with; 实际增长, in constant
# prices, is its own figure)
_CHANGE_VERB = (r"(?:名义)?(?P<verb>负增长|增长|提高|增加|上升|提升|上涨|下降|减少|降低|回落|下滑|压减|压缩"
                r"|净增加?|净减少?"
                r"|(?<=[年季月期末底比较别均又再还])[多少])了?")  # (spoken, after what it is against: 比上年少了320对)
_BASE = (r"(?:较|比|与)?(?:(?P<year>\d{4}年度?|上年度?|去年同期|去年|同期|上年同期|年初|上季度|上季|上月)"
         r"|(?<=[较比与])(?P<month>\d{1,2})月)?"
         r"(?:末|底)?(?:相比)?")
_AGAIN = r"(?:分别|均|又|再|还){0,2}"  # (比上年又提高了240元, 分别再提高)
# (均 after the levels it names by their number: 两档均较上年提高10元, 两个等级均…; not 两类地区均提高25元, the raise of
# the standard named before both, a figure of its own)
_TIERS = r"[两二三四五各]个?(?:等级|档次|类别|级别|[档项类级])"
_CHANGE = re.compile(rf"^(?:分别|同比|环比|(?:{_TIERS}|[两二]者)?均)?{_BASE}{_AGAIN}{_CHANGE_VERB}$")
# One change said of each of the levels before: 各 after them named together or by their number, or alone (收、支总
# 预算各增加3,216.48万元, 与上年相比各增加…); not 均 (两档均较上年提高10元: one raise, of every tier)
_EACH_CHANGE = re.compile(r"^(?:(?P<named>(?:[两二三四五][档项类级]|[两二]者)[\u4e00-\u9fff]{0,6}?"
                          r"|[\u4e00-\u9fff]{1,8}[、和与及][\u4e00-\u9fff]{1,10}?)?各)?"
                          rf"{_BASE}(?P<after>各)?{_AGAIN}{_CHANGE_VERB}$")
# a change at the end of the text before a figure: 地区生产总值比上年增长 (7.5%)
OWN_CHANGE = re.compile(rf"(?P<base>{_BASE}|同比){_AGAIN}{_CHANGE_VERB}$")
# A clause that only says what the changes after it are against: 与上年相比, 同比
COMPARISON_ONLY = re.compile(r"\s*(?:(?:与|同|和|较|比)(?:上年|去年|上年同期|去年同期|同期|\d{4}年)(?:底|末)?"
                             r"(?:相比|比较)?|同比|环比)\s*")
# A comparison that names its year once for the clauses after it: 与2020年第七次全国人口普查相比，…; 与2020年相比，…
_COMPARED_WITH = re.compile(r"(?:与|同)(\d{4})年[^，。；;]{0,24}?相比")
# (a noun, then the verb: 汉族人口减少; not a standard raised by an amount, 城市低保标准分别提高40元, read as a raise)
_CHANGED = re.compile(r"(?:分别|均)?(?P<verb>增加|减少)了?$")


def compared_year(sentence: str, at: int) -> str | None:
    """The year the last comparison before ``at`` in ``sentence`` compares with (与2020年…相比，城镇人口增加38562人:
    2020), if any."""
    found = None
    for match in _COMPARED_WITH.finditer(sentence, 0, at):
        found = match.group(1)
    return found


def change_since(label: str, unit_word: str) -> tuple[str, int] | None:
    """The noun and the sign of a change a label states in its own words (汉族人口减少: 汉族人口, −1; 减少: "", −1),
    for a quantity in any unit but a rate's; None if the label ends with no verb of change."""
    changed = _CHANGED.search(label)
    if changed is None or unit_word in RATE_CHANGE_UNITS or changed.start() == 1:
        return None
    return label[:changed.start()], -1 if changed.group("verb") in DECREASE else 1


def compared_levels(observations: list[ObservationFact], sentence: str, offset: int, stated: str | None) -> None:
    """Date the levels a sentence states inside a comparison (与2020年第七次全国人口普查的1538715人相比) by the year
    compared with: the changes after them are the sentence's own (``offset``: where the sentence starts).  A level
    named only by the comparison's words (2020年第七次全国人口普查) is of what the paragraph's last figure before
    measured (``stated``: 全市常住人口为1457326人。), and so are its changes."""
    for match in _COMPARED_WITH.finditer(sentence):
        for obs in observations:
            level = obs.base_period is None or obs.change_percent is not None  # (not a change of its own)
            if not level or not match.start() <= obs.anchor - offset < match.end():
                continue
            obs.period, obs.change_percent, obs.base_period = match.group(1), None, None
            named = obs.indicator
            if stated and match.group(1) in named:
                for other in observations:
                    if other.indicator.startswith(named):
                        other.indicator = stated + other.indicator[len(named):]


def previous_year(period: str) -> str:
    """The same period a year before: 2024 → 2023, 2024-07 → 2023-07."""
    return str(int(period[:4]) - 1) + period[4:]


def previous_month(period: str) -> str:
    """The month before (环比): 2025-07 → 2025-06, 2025-01 → 2024-12; a year's previous year."""
    if len(period) != 7:
        return previous_year(period)
    year, month = int(period[:4]), int(period[5:])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def _previous_quarter(period: str) -> str:
    """The end of the quarter before (较上季度末): 2025-09 → 2025-06; a year's previous year."""
    return previous_month(previous_month(previous_month(period))) if len(period) == 7 else previous_year(period)


def changes_of(clause: Clause, quantities: list[Quantity]) -> list[tuple[Quantity, int, str | None]] | None:
    """The changes of a clause that states nothing but changes, each with its sign and its base (a year, "month"
    for 环比 and 较上月, "quarter" for 较上季度末, "start" for the start of the year, None for the year before); None if
    the clause states something else."""
    head = clause.text[: quantities[0].start].strip()
    match = _CHANGE.match(head)
    if match is None and (rise := _RISE_WAS.match(head)) and all(q.unit_word == "%" for q in quantities):
        # (…提高到每人每月806元、每人每年6504元，增幅分别为4.9%和6.3%: the growth of each level reached)
        return [(q, -1 if rise.group(1) == "降幅" else 1, None) for q in quantities]
    return None if match is None else _changes(match, head, quantities)


# How much a level rose or fell, said as a rate of its own (增幅分别为4.9%和6.3%, 降幅为2.1%)
_RISE_WAS = re.compile(r"^(增幅|涨幅|降幅)(?:分别)?(?:为|是|达到?)$")


def _changes(match: re.Match[str], head: str, quantities: list[Quantity]) -> list[tuple[Quantity, int, str | None]]:
    sign = -1 if match.group("verb") in DECREASE else 1
    year = match.group("year")
    month = match.group("month")
    base = year[:4] if year and year[:4].isdigit() else "month" if head.startswith("环比") or year == "上月" else \
        "quarter" if year in ("上季度", "上季") else "start" if year == "年初" else \
        f"month-{int(month):02d}" if month else None  # (较9月底: the end of September; 较上季度末: of June)
    return [(q, sign, base) for q in quantities]


def for_each(clause: Clause, quantities: list[Quantity], levels: list[ObservationFact]) \
        -> tuple[list[tuple[Quantity, int, str | None]], list[ObservationFact]] | None:
    """One change said of each of the levels before it (2024年收入总预算…，支出总预算…，与上年相比各增加1,052.16万元;
    收、支总预算各增加3,216.48万元 after a sentence of both): the change once for each, and the levels, the last of
    ``levels`` (not changes) in the change's unit, as many as the clause names (收、支, 两项: two), or the last run in
    that unit; the last alone where fewer fit than it names; None where the clause does not say each (各) or none
    fits."""
    head = clause.text[: quantities[0].start].strip()
    if len(quantities) != 1 or "各" not in head:
        return None
    match = _EACH_CHANGE.match(head)
    if match is None:
        return None
    q = quantities[0]
    levels = reached_levels([obs for obs in levels if obs.evidence.rule != "change"])
    run: list[ObservationFact] = []
    for obs in reversed(levels):
        if q.unit_word not in RATE_CHANGE_UNITS and not (obs.unit.startswith("CNY") if q.unit_word == "元" else (
                obs.unit == unit_code(q.unit_word, "", obs.indicator) and obs.unit == levels[-1].unit)):
            break  # (养老机构12家，床位800张，均比上年增加20张: of the beds alone)
        run.insert(0, obs)
    named = match.group("named") or ""
    count = _NUMBERS.get(named[:1]) or (1 + len(_TOGETHER.findall(named)) if _TOGETHER.search(named) else len(run))
    if not run:
        return None
    if not 2 <= count <= min(len(run), q.start + 1):  # (each change anchored apart, at the figure and before it)
        count = 1  # (the last level in its unit alone)
    return _changes(match, head, quantities) * count, run[-count:]


_TOGETHER = re.compile(r"[、和与及]")
_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def reached_levels(levels: list[ObservationFact]) -> list[ObservationFact]:
    """The levels of a list, without those a level in the same unit right after them, of a later time, rose from
    (由850元提高到880元: 880 alone, whatever name each was given, as where one standard's name runs into the next's;
    not 分别为每人每月140元和160元, a pair)."""
    return [obs for obs, after in zip(levels, [*levels[1:], None]) if after is None
            or after.unit != obs.unit or after.period <= obs.period]


def level_of_rate(previous: list[ObservationFact], levels: list[ObservationFact],
                  changes: list[tuple[Quantity, int, str | None]]) -> list[ObservationFact]:
    """What a percent change after an absolute one is of: the level the sentence gave before them, in the change's
    unit (城乡低保对象…9872人；低保对象人数较上年底减少236人，同比下降2.3%: of the 9872), where there is one; else
    ``previous`` (汉族人口减少78526人，下降5.43%: the change's own rate)."""
    if len(changes) != 1 or changes[0][0].unit_word != "%" or len(previous) != 1 \
            or not previous[0].indicator.endswith("增量"):
        return previous
    change = previous[0]
    noun = change.indicator.removesuffix("增量")
    fitting = [(i, obs) for i, obs in enumerate(levels) if obs is not change and obs.unit == change.unit
               and obs.change_percent is None and obs.base_period is None]
    if not fitting:
        return previous
    # (the one whose name shares most with the change's, the first of those: the total before its 其中 parts)
    return [max(fitting, key=lambda found: (_shared(found[1].indicator, noun), -found[0]))[1]]


def _shared(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share."""
    return max((k for i in range(len(a)) for k in range(1, len(a) - i + 1) if a[i:i + k] in b), default=0)


def attach_changes(changes: list[tuple[Quantity, int, str | None]], previous: list[ObservationFact],
                   clause: Clause, offset: int) -> list[ObservationFact]:
    """Percent changes go onto the levels they follow; other changes are observations of their own (``offset``:
    where the clause's sentence starts in the text)."""
    if not previous:
        return []
    targets = previous if len(changes) == len(previous) else previous[-1:] if len(changes) == 1 else []
    created: list[ObservationFact] = []
    for (q, sign, base), obs in zip(changes, targets):
        # (较年初: against the end of last year)
        base_period = previous_month(obs.period) if base == "month" else \
            str(int(obs.period[:4]) - 1) if base == "start" else \
            _previous_quarter(obs.period) if base == "quarter" else \
            obs.period[:4] + base[5:] if base and base.startswith("month-") else base or previous_year(obs.period)
        end = offset + clause.start + q.end
        if q.unit_word == "%" and base == "month" and obs.unit == "percent" and obs.indicator.endswith("增速"):
            created.append(ObservationFact(  # 同比增长7.6%，环比增长0.42%: a growth rate of its own, on the month
                indicator=obs.indicator[:-2] + "环比增速", region=obs.region, period=obs.period,
                value=q.value * sign, anchor=offset + clause.start + q.start, unit="percent",
                evidence=Evidence(offset + clause.start, end, "change", obs.evidence.sentence, obs.evidence.section),
                base_period=base_period, qualifiers=set(obs.qualifiers) - {"cumulative"},
                documents=list(obs.documents)))
            continue
        if q.unit_word == "%" and obs.unit != "percent" and obs.change_percent is None and obs.base_period \
                and obs.indicator.endswith("增量"):
            created.append(ObservationFact(  # 汉族人口减少78526人，下降5.43%: the change's rate, not a level's
                indicator=obs.indicator[:-2] + "增速", region=obs.region, period=obs.period, value=q.value * sign,
                anchor=offset + clause.start + q.start, unit="percent",
                evidence=Evidence(obs.evidence.start, end, "change", obs.evidence.sentence, obs.evidence.section),
                base_period=obs.base_period, qualifiers=set(obs.qualifiers) - {"cumulative"},
                documents=list(obs.documents)))
            continue
        if q.unit_word == "%" and obs.unit != "percent" and obs.change_percent is not None:
            created.append(ObservationFact(  # 收入1.26亿元，同比增长5.8%，环比下降3.4%: the second, a growth rate
                indicator=obs.indicator + ("环比增速" if base == "month" else "增速"), region=obs.region,
                period=obs.period, value=q.value * sign, anchor=offset + clause.start + q.start, unit="percent",
                evidence=Evidence(obs.evidence.start, end, "change", obs.evidence.sentence, obs.evidence.section),
                base_period=base_period, qualifiers=set(obs.qualifiers) - {"cumulative"},
                documents=list(obs.documents)))
            continue
        if q.unit_word == "%" and obs.unit != "percent":
            obs.base_period = base_period
            obs.change_percent = q.value * sign
            obs.evidence = Evidence(obs.evidence.start, end, obs.evidence.rule, obs.evidence.sentence,
                                    obs.evidence.section)
            continue
        suffix = "变化" if q.unit_word in RATE_CHANGE_UNITS else "增量"
        evidence = Evidence(offset + clause.start, end, "change", obs.evidence.sentence, obs.evidence.section)
        created.append(ObservationFact(
            indicator=obs.indicator + suffix, region=obs.region, period=obs.period, value=q.value * sign,
            anchor=offset + clause.start + q.start,
            unit="percentage-point" if q.unit_word == "%" else (  # 每人每月880元，较上年提高40元: per person too
                obs.unit if q.unit_word == "元" and obs.unit.startswith("CNY") else
                unit_code(q.unit_word, "", obs.indicator)),
            evidence=evidence, base_period=base_period, qualifiers=set(obs.qualifiers) - {"cumulative"},
            documents=list(obs.documents)))
    return created


_ADVERBS = r"(?:分别|均|统一|再|又){0,2}"
# (城乡低保标准要分别再提高30元和300元; 护理补贴标准均较上年提高10元)
_RAISED = re.compile(rf"(?:今年|明年|年内)?(?:要|将|还)?{_ADVERBS}(?:(?:较|比)(?:\d{{4}}年|上年|去年))?{_ADVERBS}"
                     r"(?:提高|增加|上调|提升)了?$")
# A gap to another region's standard or level, said of no noun of its own (比全省最低标准高出40元, 高于全省平均水平)
_GAP = re.compile(r"^(?:比|较)[^，。；]{1,12}(?:标准|水平)(?:高出|高|低|多)了?$"
                  r"|^(?:高于|低于)[^，。；]{1,12}(?:标准|水平)$")


def standard_units(observations: list[ObservationFact]) -> None:
    """A raise in yuan of a standard given per person earlier in the text is per person too: 城市低保标准不低于每人每月
    860元。…城市低保标准分别提高40元 (40 yuan a month).  The standard raised is the latest whose name ends the
    raise's, or whose name the raise's ends (一类地区城市低保标准 / 地区城市低保标准分别提高); else, when the text
    gives all its per-person figures in one unit (a table of 一类地区 … 元/人·月), that unit.  Raises of one name
    in a row (城乡低保标准分别再提高30元和360元) take the units of the standards of that name given in a row before
    (…分别提高到每人每月760元和每人每年6240元), one for one; a raise of the 城市 or the 农村 one, the unit of the
    first or the second of a pair of 城乡 standards.  A pair of raises said of no standard before, the second twelve
    times the first, is a month's raise and the year's."""
    units = {obs.unit for obs in observations if obs.unit.startswith("CNY/person/")}
    known: list[tuple[str, str]] = []  # (a standard's name, its per-person unit), in text order
    for i, obs in enumerate(observations):
        if obs.unit.startswith("CNY/person/"):
            known.append((obs.indicator, obs.unit))
        elif obs.unit == "CNY" and _GAP.match(obs.indicator) and i and (level := observations[i - 1]) \
                and level.unit.startswith("CNY/person/") and level.evidence.sentence == obs.evidence.sentence:
            obs.unit = level.unit  # 基础养老金最低标准提高到每人每月365元，比全省最低标准高出40元: a month's too
        elif obs.unit == "CNY" and (raised := _RAISED.search(obs.indicator)) is not None:
            noun = obs.indicator[:raised.start()]
            if not noun.endswith("标准"):
                continue
            # (两类标准均提高100元: the standards just given, whatever their names)
            run = [unit for _name, unit in known[-1:]] if _STANDARDS_JUST_GIVEN.fullmatch(noun) \
                else _last_run(known, noun)
            order = _place_in_run(observations, i)
            # (the last of the run as many as the raises: 由每人每月580元、每人每年4500元提高到760元、5940元 before)
            unit = run[len(run) - order[1] + order[0]] if len(run) >= order[1] > 1 else (run[-1] if run else None)
            part = _URBAN_OR_RURAL.match(noun)
            if not run and part and len(both := _last_run(known, "城乡" + noun[part.end():])) == 2:
                # 城乡低保标准分别为每人每月590元和每人每年5100元。…城市、农村低保标准分别再提高20元和240元
                unit = both[0] if part.group() in ("城市", "城镇") else both[1]
            elif not run and "城乡" in noun and order[1] == 2:
                # 城市低保平均标准…852元，农村低保平均标准…5960元 … 城乡低保标准要分别再提高30元和300元
                rest = noun[noun.index("城乡") + 2:].replace("平均", "")
                kinds = ("城市", "城镇") if order[0] == 0 else ("农村",)
                unit = next((u for name, u in reversed(known)
                             if name.replace("平均", "").endswith(tuple(k + rest for k in kinds))), unit)
            if unit is None and order[1] == 2:
                # 城乡低保标准分别再提高30元和360元, said of no standard before: a month's raise and the year's, twelve
                # times it
                month, year = observations[i - order[0]], observations[i - order[0] + 1]
                if year.value == month.value * 12:
                    unit = ("CNY/person/month", "CNY/person/year")[order[0]]
            obs.unit = unit or (next(iter(units)) if len(units) == 1 else obs.unit)


_CATEGORY_FIRST = re.compile(r"^[一二三四五六两各]类地区(?:（[^）]*）)?")  # (a category of area before a standard)
_STANDARDS_JUST_GIVEN = re.compile(r"(?:[两二三四五各]|这两|上述)[类项个档]?标准")
_WHAT_IT_PAYS = re.compile(r"基本生活费|基本生活|生活费")  # (said of a standard, or left out: the same standard)
_URBAN_OR_RURAL = re.compile(r"城市|城镇|农村")  # (the parts of a 城乡… standard given as a pair)


def _place_in_run(observations: list[ObservationFact], i: int) -> tuple[int, int]:
    """Where observation ``i`` stands among the observations of its name next to it: (its place, how many)."""
    name = observations[i].indicator
    first = i
    while first > 0 and observations[first - 1].indicator == name:
        first -= 1
    last = i
    while last + 1 < len(observations) and observations[last + 1].indicator == name:
        last += 1
    return i - first, last - first + 1


_CATEGORY_NOTE = re.compile(r"（[^）]*）$")


def _last_run(known: list[tuple[str, str]], noun: str) -> list[str]:
    """The units of the last run of consecutive ``known`` standards named like ``noun`` (the one ends the other)."""
    run: list[str] = []
    noun = _WHAT_IT_PAYS.sub("", _CATEGORY_FIRST.sub("", noun))
    for name, unit in reversed(known):
        # (城市低保标准（一类地区）: a 城市低保标准; 集中养育孤儿基本生活费标准: the 集中养育孤儿标准;
        # 二类地区（温宿县…）城市低保标准 and 两类地区城市低保标准: a 城市低保标准)
        name = _WHAT_IT_PAYS.sub("", _CATEGORY_FIRST.sub("", _CATEGORY_NOTE.sub("", name)))
        if name and (name.endswith(noun) or noun.endswith(name)):  # (基本生活费 alone names no standard)
            run.insert(0, unit)
        elif run:
            break
    return run
