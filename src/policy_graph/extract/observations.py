"""Statistics: every number in a sentence that measures something, as an observation.

For each sentence: clauses are split, quantities found (years, ordinals, quoted
names and document titles are not quantities), the measured noun read from
around each number, its region and period taken from the clause or the
sentence (or the text's own region and reference period), and changes
("较2013年提高45.7%"), parallel lists ("647元和462元 … 分别 …") and parts of
a total ("（其中：…）") attached.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .clauses import Clause, Period, find_periods, inside_brackets, split_clauses
from .facts import Evidence, ObservationFact
from .indicators import _VERB_AFTER, noun_after, noun_before, split_coordination, unit_code, verb_phrase
from .numbers import Quantity, find_quantities

__all__ = ["SentenceContext", "extract_observations"]

_CLASSIFIERS = set("家所个张项件座处间辆台套条支批次场名位户") | {"人次", "户次"}
_CHANGE = re.compile(
    r"^(?:分别|同比|均)?(?:较|比|与)?(?:\d{4}年|上年|去年|同期|上年同期)?(?:末|底)?(?:相比)?(?:分别|均)?"
    r"(?P<verb>提高|增长|增加|上升|提升|上涨|下降|减少|降低|回落)了?$")
_TARGET = re.compile(r"力争|计划|目标|预期|预计|拟|争取|确保|我们将|将要|到\d{4}年")
_PARTS = re.compile(r"其中[：:]?")
_CONJUNCTIONS = {"和", "、", "及", "与", "以及"}
_NOT_A_NOUN_START = re.compile(r"^[，、；。的和与及]|^(?:以上|以下|左右)")


@dataclass
class SentenceContext:
    """What the extractor knows when it reads a sentence."""

    text: str                       # the sentence (normalized)
    offset: int                     # its start in the normalized text
    section: int | None
    default_region: str             # code
    period: str | None              # period carried over from earlier sentences of the paragraph
    reference_period: str | None
    region_at: Callable[[int, int], list[str]]  # region codes named in [start, end) of the sentence
    parent_of: Callable[[list[str]], str]        # common ancestor of several region codes
    documents: list[tuple[int, str]] = field(default_factory=list)  # (offset in sentence, title)


def _previous_year(period: str) -> str:
    return str(int(period[:4]) - 1) + period[4:]


def _quantities(clause: Clause, sentence: str) -> list[Quantity]:
    found = []
    for q in find_quantities(clause.text):
        position = clause.start + q.start
        if inside_brackets(sentence, position):
            continue
        found.append(q)
    return found


def extract_observations(ctx: SentenceContext) -> tuple[list[ObservationFact], str | None]:
    """Observations of one sentence, and the period to carry to the next sentence."""
    sentence = ctx.text
    periods = list(find_periods(sentence))
    carry = ctx.period
    for p in periods:
        if p.kind == "at" and sentence[p.start:p.start + 2] in ("截至", "截止"):
            carry = p.value
    target_sentence = bool(_TARGET.search(sentence))
    observations: list[ObservationFact] = []
    previous: list[ObservationFact] = []   # the quantities of the last clause that had levels
    sentence_region = _leading_region(ctx, 0, len(sentence))
    for clause in split_clauses(sentence):
        quantities = _quantities(clause, sentence)
        if not quantities:
            continue
        pending = _changes(clause, quantities)
        if pending is not None:
            _attach_changes(pending, previous, periods, clause, ctx)
            continue
        clause_obs: list[ObservationFact] = []
        cursor = 0
        verb_context = ""
        tail = noun_after(clause.text[quantities[-1].end:])[1]
        last_label, last_per = "", ""
        for i, q in enumerate(quantities):
            start_in_sentence = clause.start + q.start
            before = clause.text[cursor:q.start]
            after = clause.text[q.end:]
            label_after = False
            if before.strip() in _CONJUNCTIONS and last_label and q.unit_word == quantities[i - 1].unit_word:
                label, per = last_label, last_per   # 647元和462元: the same noun twice
            else:
                label, per, label_after = _label(q, before, after, tail, verb_context, ctx)
            last_label, last_per = label, per
            cursor = q.end
            if not label or len(label) < 2:
                continue
            if before and i == 0:
                verb_context = before
            period = _period_for(periods, start_in_sentence, carry, ctx)
            if period is None:
                continue
            regions = ctx.region_at(clause.start, start_in_sentence)
            region = (regions[0] if len(regions) == 1 else ctx.parent_of(regions) if regions
                      else sentence_region or ctx.default_region)
            qualifiers = {q.qualifier} if q.qualifier else set()
            if q.cumulative or "累计" in clause.text[:q.start]:
                qualifiers.add("cumulative")
            if target_sentence and _is_target(sentence, start_in_sentence):
                qualifiers.add("target")
            base = _since(periods, start_in_sentence)
            lead = before.rsplit("、", 1)[-1] if label_after and i > 0 else before
            quote_start = clause.start + q.start - len(lead.lstrip("、，和及与 "))
            quote_end = clause.start + q.end
            if label_after:
                following = quantities[i + 1].start if i + 1 < len(quantities) else len(clause.text)
                quote_end = clause.start + len(clause.text[:following].rstrip("、，和及与 "))
            evidence = Evidence(ctx.offset + quote_start, ctx.offset + quote_end, "quantity",
                                sentence=(ctx.offset, ctx.offset + len(sentence)), section=ctx.section)
            obs = ObservationFact(indicator=label, region=region, period=period, value=q.value,
                                  anchor=ctx.offset + start_in_sentence,
                                  unit=unit_code(q.unit_word, per, label), evidence=evidence,
                                  base_period=base, qualifiers=qualifiers,
                                  documents=[t for pos, t in ctx.documents if pos < start_in_sentence])
            clause_obs.append(obs)
        _pair_coordination(clause_obs)
        observations.extend(clause_obs)
        if clause_obs:
            previous = clause_obs
    _link_parts(observations, sentence, ctx.offset)
    return observations, carry


def _link_parts(observations: list[ObservationFact], sentence: str, offset: int) -> None:
    """``总数16032家（其中：社会团体8148家、…）``: the parts point at their total."""
    for match in _PARTS.finditer(sentence):
        position = offset + match.start()
        before = [i for i, o in enumerate(observations) if o.anchor < position]
        if not before:
            continue
        total = before[-1]
        close = sentence.find("）", match.end())
        stop = re.search(r"[；;。]", sentence[match.end():])
        end = offset + (close if close > 0 else match.end() + stop.start() if stop else len(sentence))
        for i, obs in enumerate(observations):
            if position < obs.anchor < end and obs.unit == observations[total].unit and i != total:
                obs.total = total


def _noun_follows(q: Quantity, after: str) -> bool:
    is_count = q.unit_word in _CLASSIFIERS or q.unit_word in ("人", "%")
    return bool(is_count and after and not _NOT_A_NOUN_START.match(after)) or (
        q.unit_word == "%" and after.startswith("的"))


def _label(q: Quantity, before: str, after: str, tail: str, verb_context: str,
           ctx: SentenceContext) -> tuple[str, str, bool]:
    """The indicator label of quantity ``q``, its per-capita period, and whether the noun follows the number."""
    is_count = q.unit_word in _CLASSIFIERS or q.unit_word in ("人", "%")
    if _noun_follows(q, after):
        noun, rest = noun_after(after)
        if noun and len(noun) >= 2 and not noun.startswith(("以上", "以下")):
            phrase = verb_phrase(tail if rest.startswith("、") else rest)
            if not phrase:
                context = before if _verb_from(before) else verb_context
                phrase = _verb_from(context)
                if phrase:
                    return f"{phrase}的{_possessor(context)}{noun}", "", True
            label = f"{phrase}的{noun}" if phrase else noun
            return (label + "比例" if q.unit_word == "%" else label), "", True
    if is_count and q.unit_word == "人" and _VERB_AFTER.match(after) and re.search("将|把", before):
        # 将建档立卡贫困户中的16.94万人纳入低保保障范围
        holder = re.sub(r"^.*?(?:将|把)", "", before)
        holder = re.sub(r"中的$|中$|的$", "", holder)
        phrase = verb_phrase(after)
        if holder and phrase and len(holder) >= 2:
            return f"{phrase}的{holder}", "", True
    noun, per = noun_before(_strip_regions(before))
    return noun, per, False


def _strip_regions(before: str) -> str:
    """Drop region names and time expressions at the start of a noun phrase."""
    text = before
    text = re.sub(r"^(?:截至|截止|到)?\d{4}年(?:\d{1,2}月)?(?:底|末)?", "", text)
    text = re.sub(r"^(?:全区|全省|全市|全县|全旗|全盟|全州|全国|本市|我市|我省|我区|自治区本级|自治区)", "", text)
    text = re.sub(r"^(?:[\u4e00-\u9fff]{2,12}?(?:自治区|省|市|盟|州|旗|县|区))(?=共|已|累计|全年)", "", text)
    return text


def _verb_from(text: str) -> str:
    match = re.search(r"(取消|实行|实施|制定|出台|推出|新增|建立|完成|开展|培育|认定|命名|表彰|清理)了?", text)
    return match.group(1) if match else ""


def _possessor(text: str) -> str:
    match = re.search(r"(?:取消|实行|实施|制定|出台|推出|新增|建立|完成|开展|培育|认定|命名|表彰|清理)了?"
                      r"([\u4e00-\u9fff]{2,10})的$", text)
    return match.group(1) if match else ""


def _leading_region(ctx: SentenceContext, start: int, end: int) -> str | None:
    regions = ctx.region_at(start, min(end, start + 12))
    return regions[0] if len(regions) == 1 else None


def _period_for(periods: list[Period], position: int, carry: str | None, ctx: SentenceContext) -> str | None:
    at = [p for p in periods if p.kind in ("at", "target") and p.end <= position]
    if at:
        return str(at[-1].value)
    return carry or ctx.reference_period


def _since(periods: list[Period], position: int) -> str | None:
    since = [p for p in periods if p.kind == "since" and p.end <= position]
    return str(since[-1].value) if since else None


def _is_target(sentence: str, position: int) -> bool:
    before = sentence[:position]
    return bool(_TARGET.search(before)) and not re.search(r"已|完成|实现了", before[-6:])


def _changes(clause: Clause, quantities: list[Quantity]) -> list[tuple[Quantity, int]] | None:
    """The percent changes of a clause that has nothing but changes (较2013年提高45.7%和87%)."""
    if not all(q.unit_word in ("%", "个百分点") for q in quantities):
        return None
    head = clause.text[: quantities[0].start]
    match = _CHANGE.match(head)
    if match is None:
        return None
    sign = -1 if match.group("verb") in ("下降", "减少", "降低", "回落") else 1
    return [(q, sign) for q in quantities]


def _attach_changes(changes: list[tuple[Quantity, int]], previous: list[ObservationFact], periods: list[Period],
                    clause: Clause, ctx: SentenceContext) -> None:
    if not previous:
        return
    targets = previous if len(changes) == len(previous) else previous[-1:] if len(changes) == 1 else []
    base_periods = [p for p in periods if p.kind in ("base", "base-previous") and
                    clause.start <= p.start < clause.end]
    for (q, sign), obs in zip(changes, targets):
        if q.unit_word != "%":
            continue
        if base_periods and base_periods[0].kind == "base":
            obs.base_period = base_periods[0].value
        else:
            obs.base_period = _previous_year(obs.period)
        obs.change_percent = q.value * sign
        obs.evidence = Evidence(obs.evidence.start, ctx.offset + clause.start + q.end, obs.evidence.rule,
                                obs.evidence.sentence, obs.evidence.section)


def _pair_coordination(clause_obs: list[ObservationFact]) -> None:
    """647元和462元 after 城市和农村牧区最低生活保障标准: one indicator each."""
    groups: dict[str, list[ObservationFact]] = {}
    for obs in clause_obs:
        groups.setdefault(obs.indicator, []).append(obs)
    for label, group in groups.items():
        split = split_coordination(label, len(group))
        if split is None:
            continue
        for obs, name in zip(group, split):
            obs.indicator = name
