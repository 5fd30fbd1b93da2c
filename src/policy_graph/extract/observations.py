"""Statistics: every number in a sentence that measures something, as an observation.

For each sentence: clauses are split, quantities found (years, ordinals, quoted
names and document titles are not quantities), the measured noun read from
around each number, its region and period taken from the clause or the
sentence (or the text's own region and reference period), and changes
("较2013年提高45.7%"), parallel lists ("647元和462元 … 分别 …") and parts of
a total ("（其中：…）") attached.  A change stated on its own
("地区生产总值增长7.5%") is an observation of the growth itself.
"""

from __future__ import annotations

import dataclasses
import re

from .aid import came_to_text
from .candidates import clause_quantities, worked_example
from .changes import (
    COMPARISON_ONLY,
    attach_changes,
    change_since,
    changes_of,
    compared_levels,
    compared_year,
    for_each,
    level_of_rate,
    previous_year,
    reached_levels,
)
from .clauses import Clause, Period, clauses_and_parts
from .counted import counted_kind
from .facts import Evidence, ObservationFact
from .figure_period import FIVE_YEARS, RAISED_FROM_DATED, ClauseDating
from .indicators import PER_CAPITA, noun_after, noun_before, verb_phrase
from .labels import (
    BARE_VERBS,
    BODY_CLASSIFIERS,
    MOVED_UNITS,
    PER_ONE,
    REGIONS_COUNTED,
    Label,
    label_of,
    noun_after_run,
    noun_said_before,
    now_dropped,
    paid_before,
    paid_to_each,
    staffed_before,
    strip_leading,
    strip_places,
)
from .lists import (
    RAISED_TO,
    listed_earlier,
    listed_from,
    moved_run,
    people_listed,
    raise_pairs,
)
from .numbers import NUMERAL, Quantity, bound_before
from .opening_time import festival_opening, opening_period, opens_with_festival, periods_of
from .parts import each_noun, each_region, link_parts, link_parts_before, pair_coordination
from .place_lines import lead_in_noun, place_opens_line, places_listed
from .plans import DONE_ALONE, PROGRESS, TARGET, done_of_plan, is_target
from .sentence import SentenceContext, SentenceFigures
from .timing import (
    resolve_period,
    since,
    whole_year,
)
from .unit_codes import one_persons_unit, people_after, unit_code

__all__ = ["FIVE_YEARS", "SentenceContext", "SentenceFigures", "can_observe", "extract_observations"]

_LIST_JOIN = re.compile(r"^[和、及与]+|^以及")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PRIOR_LEVEL = re.compile(r"(?:比|较)(?:(\d{4})年|去年|上年)(?:底|末)?的$")
_RAISED_FROM = re.compile(r"(?:由|从)(?:原来的?|原)?(?:每[人户生孩]每[月年]|每[次人户生孩])?$")


_TOWNSHIPS_COVERED = re.compile(r"(?:乡镇|街道|乡|镇)(?:（[^）]{1,6}）)?[^，。；]{0,12}(?:实现)?全覆盖")
_BY_RULE = re.compile(r"(?:按照?|依照)(?=\d|[一二三四五六七八九十每照])")
_TOPIC_END = re.compile(r"(?:方面|来看|情况|(?:增长|增加|上升)?(?:较快|明显|显著|迅速))$")
_HIGHEST = re.compile(r"(?:最高|最低|最多|最少)$")  # (乌苏市、沙湾市城市低保标准最高，均为…: the standard)
_RANKED = re.compile(r"(?:位居|居于?|位列|排名|排在)(?:全[国省市区县]|前|第)")


def _table_like(clause: Clause, quantities: list[Quantity]) -> bool:
    """A run of numbers with hardly any words between them: a table flattened into text."""
    return len(quantities) >= 4 and len(_HAN.findall(clause.text)) < 2 * len(quantities)


def can_observe(sentence: str) -> bool:
    """Whether :func:`extract_observations` can find anything in ``sentence`` or change the period carried on:
    not without a numeral or a 截至 / 截止 (so the caller need not make the sentence's context at all)."""
    return NUMERAL.search(sentence) is not None or "截至" in sentence or "截止" in sentence \
        or opens_with_festival(sentence)


# last year's level of the same months, said after this year's (…12.3万人次，上年同期为11.2万人次，同比增长9.8%)
_YEAR_BEFORE_LEVEL = re.compile(r"\s*(?:去年|上年)同期(?:分别)?[为是有]")


def extract_observations(ctx: SentenceContext) -> SentenceFigures:
    """Observations of one sentence, the period to carry to the next sentence, and the levels a change or a 其中 at
    the start of the next may speak of.

    Most sentences state no statistic: their periods are read only when they change the period carried on (a
    截至 / 截止), and a sentence without a numeral has no clause to read.
    """
    sentence = ctx.text
    carry = ctx.period
    periods: list[Period] | None = None
    if "截至" in sentence or "截止" in sentence:
        periods = periods_of(ctx)
        for p in periods:
            if p.kind in ("at", "month") and sentence[p.start:p.start + 2] in ("截至", "截止"):
                # (截至2023年12月31日: the year, its day said after the month the period ends with)
                carry = whole_year(resolve_period(p, periods, carry, ctx), sentence[p.start:p.end + len("31日")])
    if NUMERAL.search(sentence) is None or worked_example(sentence, ctx.example):
        return SentenceFigures([], festival_opening(ctx, carry) if NUMERAL.search(sentence) is None else carry, [])
    carry, periods = opening_period(ctx, carry, periods)
    target_sentence = ctx.target or bool(TARGET.search(sentence))
    observations: list[ObservationFact] = []
    # the quantities of the last clause that had levels (at first: those of the sentence before, if it had any)
    # (only while no clause before the change names something else: 与上年相比，减少321人 speaks of them)
    previous: list[ObservationFact] = list(ctx.levels_before)
    attached = False  # whether a clause of changes spoke of them
    levels: list[ObservationFact] = []     # those of every clause so far
    topic: str | None = None               # the region the sentence's clauses are about so far
    subject = ""                           # what the last clause was about (its noun, or its last indicator)
    unread: Clause | None = None           # the last clause without quantities, whose noun is read if needed
    paired: list[str] = []                 # the regions the last 分别 clause paired its figures with
    each: list[ObservationFact] | None = None  # the levels the clause before gave one change of each of
    for clause in clauses_and_parts(sentence):
        lead = ctx.clause_topic(clause.start, clause.text)
        if lead is not None:
            topic = lead
        quantities = clause_quantities(clause, sentence, ctx.regions)
        if not quantities:
            unread = clause  # its noun is the subject, if a later clause needs one
            if previous and not COMPARISON_ONLY.fullmatch(clause.text) and (
                    not levels or ctx.region_at(clause.start, clause.end)):
                # (恩施州…数量增长较快，分别增长12.6%和8.3%: not of the sentence before; …；赣州、吉安、上饶…增速居全省
                # 前列，分别增长7.1%、6.9%和6.8%: not of the levels before the places it names)
                previous = []
            topic = ctx.clause_end_region(clause.start, clause.text) or topic  # 被誉为…的蕉岭县，现有百岁老人62人
            continue
        if _table_like(clause, quantities):
            continue
        if periods is None:
            periods = periods_of(ctx)
        pending = changes_of(clause, quantities)
        if each and pending and len(pending) == 1 and pending[0][0].unit_word == "%":
            every: tuple[list[tuple[Quantity, int, str | None]], list[ObservationFact]] | None = \
                (pending * len(each), each)  # (…各增加3,216.48万元，增长4.93%: the growth of each too)
        else:
            every = for_each(clause, quantities, levels or ctx.before)
        each = None
        if every is not None:
            pending, previous = every
            each = previous
        if pending is not None and (compared := compared_year(sentence, clause.start)):
            pending = [(q, sign, base or compared) for q, sign, base in pending]  # 与2020年…相比，减少81389人
        if pending is not None and (previous or "分别" not in clause.text):
            if "分别" in clause.text and len(pending) > 1 and len(reached := reached_levels(levels)) >= len(pending):
                # 城市…810元，农村…5820元，较上年分别提高25元和300元; 城市…由850元提高到880元，农村…由5460元提高到
                # 5700元，分别提高30元和240元: the levels reached
                previous = reached[-len(pending):] if len(pending) > len(previous) or reached[-1] is previous[-1] \
                    else previous
            previous = previous if every is not None else level_of_rate(previous, levels, pending)
            changed = attach_changes(pending, previous, clause, ctx.offset)
            for back, obs in enumerate(reversed(changed) if every is not None else []):
                obs.anchor -= back  # (one figure, a change of each: each anchored apart, the first words before it)
            observations.extend(changed)
            attached = attached or bool(previous)
            continue
        # (分别增长14.6%、12.3%和11.8% with no levels before it: the growths of the regions listed before)
        if unread is not None:
            subject_text = strip_leading(unread.text, ctx)
            ranked = _RANKED.search(subject_text)  # 登记社会组织数量位居全省前三: the noun before its rank
            subject_text = subject_text[:ranked.start()] if ranked else subject_text
            subject_text = _TOPIC_END.sub("", subject_text)  # 固定资产投资方面，…: 固定资产投资
            if (highest := _HIGHEST.search(subject_text)) and len(noun_before(subject_text[:highest.start()])[0]) > 1:
                subject_text = subject_text[:highest.start()]  # (not 四川省最多: nothing but the place is left)
            by_rule = _BY_RULE.search(subject_text)  # 高龄津贴按80至89周岁…三档: what is paid by the rule
            subject_text = subject_text[:by_rule.start()] if by_rule and by_rule.start() >= 2 else subject_text
            # (其中，…: a 其中 set apart names nothing; what was counted before it goes on)
            subject, unread = noun_before(subject_text)[0] or (subject if unread.text.strip() == "其中" else ""), None
        # (…走访慰问困难群众3260户，…。其中，走访慰问低保户2180户: parts of a figure of the sentence before, its
        # first of the latest period: not a level a raise started from, nor one of the year before said after it)
        wholes = [o for o in ctx.before if o.unit != "percent"] \
            if not levels and sentence[:clause.start].strip(" ，,") == "其中" else []
        whole = previous[-1] if previous else max(wholes, key=lambda o: o.period) if wholes else None
        clause_obs = _clause_observations(clause, quantities, periods, carry, topic, target_sentence, subject, ctx,
                                          paired, whole)
        if "分别" in clause.text and len({o.region for o in clause_obs}) == len(clause_obs) > 1:
            paired = [o.region for o in clause_obs]  # 麻阳、新晃两县分别建成…，照护率分别达到72%和68%
            topic = None  # (其中湘西州、张家界市分别新增…；为3.6万户…: no region of the pair goes on)
        observations.extend(clause_obs)
        if clause_obs and not all(o.unit == "percent" and PROGRESS.search(o.indicator) for o in clause_obs) \
                and not _YEAR_BEFORE_LEVEL.match(clause.text):
            # (not 完成年度目标任务的96.5%, nor 上年同期为11.2万人次: a change after it is the level's before it)
            previous = clause_obs
            levels.extend(clause_obs)
            subject = clause_obs[-1].indicator
    link_parts(observations, sentence, ctx.offset)
    link_parts_before(observations, sentence, ctx.offset, ctx.before, ctx.levels_before)
    compared_levels(observations, sentence, ctx.offset, ctx.stated)
    for obs in observations:
        obs.period = whole_year(obs.period, sentence) or obs.period  # 截至12月底，…: the year's
    return SentenceFigures(observations, carry, previous if levels or attached else [])


# What a gap in percentage points or yuan falls short of (not a threshold: 低于70%, 不低于…, 不得低于每人每月920元)
_BELOW = re.compile(r"(?:(?<!不)(?<!不得)(?<!不应)(?<!不能)低于|慢于|落后于?)[^，。；;\d每]{2,14}$"
                    r"|比[^，。；;\d]{2,14}(?:低|少|慢)了?$")
# A total said alone at a clause's start (…，共计8.7万元)
_TOTAL_ALONE = re.compile(r"(?:共计|合计|总计|累计|共)(?:达到?|为|约)?")  # (共计 is read with the figure)
# A label that names no noun: a verb of what was done, or a word of totals (累计达到215个 read alone)
_NO_NOUN = re.compile(rf"(?:{DONE_ALONE.pattern})|累计|合计|共计|总计")


def _counted_in(subject: str) -> str:
    """The noun that opens ``subject`` and counts homes or bodies (幸福院建设走在前列: 幸福院), or '' (not a place:
    村级…, 乡镇… open many a noun of something else)."""
    for end in range(3, len(subject) + 1):  # (the shortest: 幸福院, not 幸福院建设)
        if counted_kind(subject[:end]) in ("institution", "organization"):
            return subject[:end]
    return ""


# A whole place, or a total said of it alone (全镇, 全县累计达到十六个, 全区总数达到860个): no noun of its own
_WHOLE_PLACE_TOTAL = re.compile(r"(?:全(?:镇|乡|县|市|区|省|州|旗|盟|村|街道))?(?:累计|总数|总量|合计|共计|总计)?")
_NEW = re.compile(r"^(?:新建|新增|新设|新培育|新开设)")


def _clause_observations(clause: Clause, quantities: list[Quantity], periods: list[Period], carry: str | None,
                         topic: str | None, target_sentence: bool, subject: str, ctx: SentenceContext,
                         paired_before: list[str], previous: ObservationFact | None) -> list[ObservationFact]:
    """The observations of one clause; ``subject``: what the sentence is about so far, ``previous``: the last figure
    of the clause before (what a clause of parts, 其中…, is a part of)."""
    sentence = ctx.text
    # (其中，海口市、三亚市分别建成412个和238个: a 其中 set apart by a comma too)
    total = previous if clause.text.lstrip().startswith("其中") or sentence.endswith("其中", 0, clause.start - 1) \
        else None
    clause_obs: list[ObservationFact] = []
    cursor = 0
    baseline: str | None = None  # the period of the level before, if it is one a change is stated against
    verb_context = ""
    tail = noun_after(clause.text[quantities[-1].end:])[1]
    last: Label | None = None
    regions_before = ctx.region_at(clause.start, clause.start + quantities[0].start)
    if "分别" in clause.text and not regions_before and len(quantities) > 1:
        regions_before = listed_earlier(ctx.text, ctx.regions, clause, len(quantities), quantities[0].start) or (
            paired_before if len(paired_before) == len(quantities) else [])
    paired = "分别" in clause.text and len(regions_before) == len(quantities) > 1
    dating = ClauseDating.of(clause, quantities, periods, carry, ctx)
    shared = noun_after_run(clause, quantities, tail, ctx)
    moved = moved_run(clause, quantities)
    pairs = raise_pairs(clause.text, quantities) if "、" in clause.text else {}
    # (湖滨区、陕州区：由780元提高到810元 under 各县（市、区）城市低保标准（每人每月）: each place's)
    listed_places = places_listed(clause, quantities[0].start, ctx) if ctx.lead_in else []
    made: dict[int, ObservationFact] = {}  # each quantity's observation, by its index
    for i, q in enumerate(quantities):
        at = clause.start + q.start
        before = clause.text[cursor:q.start]
        after = clause.text[q.end:]
        cursor = q.end
        joined = _LIST_JOIN.sub("", before.strip())
        again = False
        if shared is not None:
            label = shared  # 分别有52个、38个和45个县（市、区）: the noun after the last counts them all
        elif moved is not None and q.unit_word in MOVED_UNITS:
            label = Label(f"{moved}的{MOVED_UNITS[q.unit_word]}", after=True)  # 将1.27万户、4.35万人纳入…
        elif (rose := made.get(pairs.get(i, -1))) is not None:
            # 分别由每人每月580元、每人每年4500元提高到760元、5940元: each level reached, of the one it rose from
            per = rose.unit.rsplit("/", 1)[-1] if rose.unit.startswith("CNY/person/") else ""
            label = Label(rose.indicator, per)
        elif last is not None and joined != before.strip() and (
                _same_unit(q.unit_word, quantities[i - 1].unit_word)
                or _ANIMALS_LISTED.search(clause.text, 0, q.start)) \
                and (not joined or joined in PER_CAPITA) and (q.unit_word or not people_after(after)):
            # 647元和462元, 每人每月612元和每人每年4296元: the same noun again
            per = PER_CAPITA.get(joined, "" if q.unit_word.startswith("元/") else last.per)
            label = Label(last.text, per, last.after, last.change_sign, last.base)
            again = not joined and q.unit_word == "元"  # (in the unit read for the first: 每人每月…100元、300元)
        elif last is not None and last.after and before.strip().endswith(("中的", "中有", "中共有")) \
                and quantities[i - 1].unit_word == q.unit_word:
            # 717个行政村中的432个建成老年食堂, 17个镇（街道）中有14个…受灾: the ones of those that…
            phrase = verb_phrase(after)
            label = Label(f"{phrase}的{last.text}" if phrase else last.text, after=True)
        elif last is not None and RAISED_TO.match(before.lstrip("，, ")) and (
                (listed := listed_from(clause.text, quantities[i - 1]))
                or _RAISED_FROM.search(clause.text, 0, quantities[i - 1].start)
                or RAISED_FROM_DATED.search(clause.text, 0, quantities[i - 1].start)):
            if listed and clause_obs:
                # 分别由每人每月850元、820元提高到880元、850元: what the list's first level is of, per person too
                first = clause_obs[0]
                per = first.unit.rsplit("/", 1)[-1] if first.unit.startswith("CNY/person/") else last.per
                label = Label(first.indicator, per, last.after)
            else:
                label = Label(last.text, last.per, last.after)  # 由每人每月90元提高到每人每月100元: the same standard
        else:
            label = label_of(q, before, after, tail, verb_context, ctx)
            if (listed_places or (i == 0 and not label.text and place_opens_line(clause, q.start, ctx))) \
                    and i == 0 and ctx.lead_in and not strip_places(label.text, ctx).strip("由为均：: "):
                # (or a line of one place and its figure alone under 二、各县（市、区）分配结果: 临泉县2386万元（…）；)
                noun, per = lead_in_noun(ctx.lead_in)
                label = Label(noun, per) if noun else label
            if label.text == "分别" and subject:
                label.text = subject  # …登记社会组织数量位居全省前三，分别为8126个…: what the sentence is about
            elif (done := DONE_ALONE.fullmatch(now_dropped(label.text) or now_dropped(before.strip()))) and subject:
                # 计划新增…床位500张，实际新增612张: what was done of the plan; 全省建成…机构213家，其中昆明市建成46家:
                # the same noun, of a part of the total before
                label.text = done_of_plan(done, strip_leading(subject, ctx), target_sentence) or (
                    subject if total is not None and total.indicator == subject
                    and not _NO_NOUN.fullmatch(subject) else label.text)
                if label.text == done.group(0) and q.unit_word in BODY_CLASSIFIERS \
                        and (made_of := _counted_in(subject)):
                    label.text += made_of  # 幸福院建设走在前列，分别建成86个和62个: the homes built
            if i == 0 and not subject and ctx.before and (counted := noun_said_before(label.text, q, ctx)):
                # 截至8月底，全市已建设家庭养老床位2360张。今年计划新建800张，目前已完成620张: the same beds
                label.text = counted
            if label.text == "同期" and subject:
                label.text = subject  # …12.3万人次、9.45亿元，去年同期分别为…: what the sentence is about
            elif PER_ONE.fullmatch(label.text) and (paid := paid_before(sentence, clause.start)):
                label.text = paid + label.text  # …发放了中秋国庆节日慰问金，每户300元: the payment, per household
            if not label.text and last is not None and before.strip() in ("、", "", "和"):
                # 农村低保对象1957.2万户、3385.7万人 (or 1.86万户2.31万人, 11.2万人次和8.72亿元): the same noun
                # counted in another unit
                label = Label(last.text, label.per, last.after, last.change_sign, last.base)
            elif not label.text and last is not None and q.unit_word == "%" and before.strip() == "的" \
                    and "完成" in clause.text[:quantities[i - 1].start]:
                label = Label(f"完成{last.text}的比例")  # 完成年度目标任务35个的120%: how much of the target was done
        if subject and (REGIONS_COUNTED.fullmatch(label.text) or (
                len(label.text) < 2 and REGIONS_COUNTED.match(strip_places(before, ctx)))):
            label.text = subject  # 玛沁、班玛两县分别有234人和187人: what the sentence is about
        elif subject and label.text and _WHOLE_PLACE_TOTAL.fullmatch(label.text) and q.unit_word in BODY_CLASSIFIERS:
            # 新建村级互助养老服务点四个，全镇累计达到十二个: all of them the place has now (not new ones)
            label.text = _NEW.sub("", subject)
        elif subject and (label.text in BARE_VERBS or (
                i == 0 and (not label.text or _TOTAL_ALONE.fullmatch(label.text))
                and ((q.cumulative and not before.strip()) or _TOTAL_ALONE.fullmatch(before.strip())))):
            # 留守儿童3862名；三江镇、茅坪镇分别有391名和357名: what the clause before counted; in another unit, the
            # people it named last (…担任儿童督导员，共15名); a total said alone (…拨付至供养服务机构，共计8.7万元)
            unit = unit_code(q.unit_word, "", subject)
            if unit == "CNY" and previous is not None and previous.unit.startswith("CNY") \
                    and label.text not in BARE_VERBS:
                # the total of what was paid at a rate (…每户发放慰问金300元，共计93.78万元): the payment, not the rate
                label.text = (PER_ONE.sub("", subject) or paid_before(sentence, clause.start)) \
                    if PER_ONE.search(subject) else subject + "总额" if previous.unit != "CNY" else subject
            else:
                same = previous is None or previous.unit == unit
                label.text = subject if same else staffed_before(sentence, clause.start)
        named = before.strip().removeprefix("其中").strip("、，,；;：: ")  # (the places a part is named by)
        # (the parts go on in the clause after: …，其中霞浦县、福鼎市各200万元，柘荣县、周宁县各100万元)
        whole = total if total is not None else previous if "其中" in sentence[
            max(sentence.rfind(stop, 0, clause.start) for stop in "。；;") + 1:clause.start] else None
        done_by_place = _DONE_BY_PLACE.fullmatch(label.text) is not None and whole is not None and named \
            and strip_places(named, ctx).removeprefix("分别").removeprefix("各") == label.text
        by_place = done_by_place or (label.text in ("", "各", "均") and whole is not None and named
                                     and not strip_places(named, ctx).rstrip("各均"))
        if by_place and whole is not None and after[:1] in ("", *"、，,；;。和及与") \
                and whole.unit == unit_code(q.unit_word, "", whole.indicator):
            # …救灾资金1000万元，其中武都区300万元、宕昌县200万元: the total's, by place (and 新建…中心十二个，
            # 其中扶余市、前郭县分别新建四个和三个: what the total counts, done by each place)
            label.text = whole.indicator
        elif not label.text and label.per and subject:
            label.text = subject  # 城乡低保标准一体化，月人均达到705元
        elif label.text == "户" and before.rstrip().endswith(("户均", "户均约")) and subject:
            label.text = subject + "户均"  # 发放临时救助金51.2万元，户均4000元: the money, per household
        elif not label.text and label.change_sign and subject:
            suffix = "增速" if q.unit_word == "%" else "变化"  # …分别下降3.2%和5.6%: the growth of the subject
            label.text = subject if subject.endswith(("增速", "变化", "增长", "增幅")) else subject + suffix
        if label.text == "年均增速" and label.change_sign:
            label.text = f"{subject}年均增速"  # …由…增加到…，年均增长7.3%: the average growth of what it is about
        if subject and _EARLIER_LEVEL.fullmatch(before.strip("，,；; ")):
            label = Label(subject)  # 一般公共预算收入186.30亿元，比上年增长5.9%；2022年为175.92亿元
        if label.text.startswith("占") and q.unit_word == "%" and subject:
            # 老年人口26736万人，占总人口的18.9%: a share of what the sentence is about
            label.text = subject + label.text + ("" if label.text.endswith(("比", "比重", "比例")) else "比例")
        if not label.change_sign and (changed := change_since(label.text, q.unit_word)):
            # 与2020年相比，汉族人口减少78526人; 比2020年的2.65人减少0.09人: a change since the year compared with
            compared = compared_year(sentence, at) if changed[0] else baseline
            noun = changed[0] or subject or (last.text if last is not None else "")
            if compared is not None and noun:
                label = Label(noun + "增量", label.per, label.after, changed[1], compared)
        last, baseline = label, None
        if not label.text or (len(label.text) < 2 and not (q.unit_word == "个" and _KIND_LISTED.search(before))):
            continue
        if before and i == 0:
            verb_context = before
        origin = min(pairs.values()) if i in pairs else i - 1  # (where a raise started: the level before, its list)
        period = dating.period(i, origin if i and (i in pairs or RAISED_TO.match(before.lstrip("，, "))) else None,
                               label.text, label.per)
        if total is not None and period != total.period and "target" not in total.qualifiers and not label.change_sign \
                and not any(clause.start <= p.start < at for p in periods):
            period = total.period  # …3.86万人，超过去年务工规模，其中省外务工0.42万人: the total's, not 去年's
        if period is None:
            continue
        if ((_RAISED_FROM.search(before) and RAISED_TO.match(after)) or listed_from(clause.text, q)) \
                and period[:4].isdigit():
            # 由每人每月785元提高到…820元: the level before the raise, last year's; five years before the level it
            # reached in a review of five years (五年来，地区生产总值由79.3亿元增加到112.7亿元)
            # (与2020年相比，…由12368人上升为15361人: the year compared with)
            # (…由2015年的118.7亿元增加到…；一般公共预算收入由12.35亿元增加到…: the year the first one started from)
            years = 5 if FIVE_YEARS.search(sentence) or ctx.five_years else 1
            period = compared_year(sentence, at) or dating.started_from(i) or str(int(period[:4]) - years)
        elif (prior := _PRIOR_LEVEL.search(before)) and period[:4].isdigit():
            # 达到14.2万个，比去年底的12.8万个: last year's level
            period = prior.group(1) or str(int(period[:4]) - 1)
            label = Label(subject) if subject else label
            baseline = period
        regions = ctx.region_at(clause.start, at)
        if paired:
            region = regions_before[i]
        elif regions:
            region = regions[-1] if ctx.topic_ends(regions, clause.start, at) else ctx.parent_of(regions)
        else:
            region = topic or ctx.default_region
        if came_to_text(region, q, clause.text, at, ctx):
            region = ctx.default_region  # 省财政厅下拨救灾资金3000万元 in a city's text: aid that came to it
        qualifiers = {q.qualifier} if q.qualifier else set(filter(None, [bound_before(clause.text, q.start)]))
        if q.cumulative or "累计" in clause.text[:q.start]:
            qualifiers.add("cumulative")
        if target_sentence and is_target(sentence, at, ctx.target) and not (dating.parameter and carry is not None):
            qualifiers.add("target")
            period = dating.target_period(i, period)
        value, base = q.value, since(periods, at)
        if label.change_sign:
            value = q.value * label.change_sign
            base = label.base if label.base and label.base != "previous" else (
                compared_year(sentence, at) or previous_year(period))
        elif ("百分点" in q.unit_word or q.unit_word == "元") and (_BELOW.search(clause.text, 0, q.start) or (
                (gap := made.get(i - 1)) is not None and gap.value < 0 and before.strip() in ("和", "、", "及")
                and gap.unit == unit_code(q.unit_word, "", ""))):
            # 低于全省平均水平1.8个百分点, 比全市平均水平低2.3个百分点: a gap below its comparison (分别低于…18.4个
            # 和16.0个百分点: the second too)
            value = -q.value
        elif q.unit_word == "%" and _PRICE_CUT.search(before):
            value = -q.value  # 中选药品价格平均降价52%: a cut in price, against no period
        period, base = dating.average_growth(i, period, base)
        lead = before.rsplit("、", 1)[-1] if label.after and i > 0 else before
        quote_start = clause.start + q.start - len(lead.lstrip("、，和及与 "))
        quote_end = clause.start + q.end
        if label.after:
            following = quantities[i + 1].start if i + 1 < len(quantities) else len(clause.text)
            quote_end = clause.start + len(clause.text[:following].rstrip("、，和及与 "))
        evidence = Evidence(ctx.offset + quote_start, ctx.offset + quote_end, "quantity",
                            sentence=(ctx.offset, ctx.offset + len(sentence)), section=ctx.section)
        context = sentence[:at]
        unit = unit_code(q.unit_word, label.per, label.text, context)
        if again and unit == "CNY" and clause_obs and clause_obs[-1].unit.startswith("CNY/person/"):
            unit = clause_obs[-1].unit
        if unit == "CNY" and total is not None and total.unit.startswith("CNY/person/"):
            unit = total.unit  # 人均可支配收入30650元，其中城镇居民41820元: the parts of a figure per person, too
        if unit == "CNY" and value < 0 and previous is not None and previous.unit.startswith("CNY/person/"):
            unit = previous.unit  # 月人均待遇为172元，低于全区平均水平8元: a gap in the unit of the level before it
        if unit == "CNY":
            unit = one_persons_unit(q.text, context) or unit
        if q.unit_word == "个" and _TOWNSHIPS_COVERED.match(clause.text, q.end):
            unit = "township"  # 16个乡镇社会救助服务站实现全覆盖: the townships the service covers
        clause_obs.append(ObservationFact(
            indicator=label.text, region=region, period=period, value=value, anchor=ctx.offset + at,
            unit=unit, evidence=evidence,
            base_period=base, qualifiers=qualifiers, upper=q.upper,
            documents=[t for pos, t in ctx.documents if pos < at]))
        made[i] = clause_obs[-1]
    if listed_places:
        opening = ctx.offset + min(at for _code, at in listed_places)  # (the quote: from the places on)
        clause_obs[:] = [dataclasses.replace(obs, region=code, anchor=ctx.offset + at,
                                             evidence=obs.evidence._replace(start=opening))
                         for obs in clause_obs for code, at in listed_places]
    people_listed(clause, quantities, clause_obs, ctx.offset)
    pair_coordination(clause_obs, respectively="分别" in clause.text)
    if "分别" in clause.text and len(clause_obs) > 1:
        paid_to_each(clause_obs, clause.text[quantities[-1].end:])
    if len(quantities) == 1 and len(clause_obs) == 1:
        clause_obs[:] = each_region(clause_obs[0], clause, quantities[0].start, ctx.regions, ctx.offset, sentence)
        if len(clause_obs) == 1:
            clause_obs[:] = each_noun(clause_obs[0], clause, quantities[0].start, ctx.offset)
    return clause_obs


# A kind of place counted in a list of kinds (…，县级市5个，县25个，自治县7个): those places, the kind its noun
# What a place did of a total's work, said with the verb alone (其中扶余市、前郭县分别新建四个和三个)
_DONE_BY_PLACE = re.compile(r"新建|建成|新增|完成|改造|新改建|改扩建|发放|投入|拨付|安置|救助")
# A cut in price right before a percentage (平均降价52%, 降价幅度达63%)
_PRICE_CUT = re.compile(r"降价(?:幅度)?(?:达到?|为|约)?$")
_KIND_LISTED = re.compile(r"(?:^|[，、；,;])\s*(?:其中)?[县旗乡镇]$")
# The level of the same noun in another year: …；2022年为175.92亿元, 2022年末为501.20万人, 上年为…
_EARLIER_LEVEL = re.compile(r"(?:\d{4}年(?:末|底|同期)?|上年(?:末|底|同期)?|去年(?:同期)?)为")

# Kinds of livestock listed before 分别, each counted by its own classifier (牦牛、藏羊存栏分别达到18.6万头和42万只)
_ANIMALS_LISTED = re.compile(r"[牛羊猪马驴骡鸡鸭鹅禽兔驼]、[^，。；]{0,12}?分别")


def _same_unit(a: str, b: str) -> bool:
    """647元和462元, 612元/人·月和4296元/人·年: amounts of money count as one kind in a list."""
    return a == b or (a[:1] == "元" and b[:1] == "元")
