"""Read all facts of one normalized, segmented text.

The order matters: regions first (they give the text's own region), then the
reference period, sections, documents and organizations, programs, and last the
observations, which use all of the above.
"""

from __future__ import annotations

import bisect
import re

from ..chrome_lines import chrome_metadata
from ..gazetteer import Gazetteer
from ..national import NATIONAL, NATIONAL_PRESS
from ..normalize import normalize_text
from ..segment import Segmented, Sentence, issuer_line, title_below
from ..vocabulary import Vocabulary
from .bare_counts import bare_counts
from .candidates import example_person
from .changes import standard_units
from .clauses import FIVE_YEAR_PLAN, Clause, find_periods, inside_brackets, periods_within, split_clauses
from .dating import (
    DATELINE_REACH,
    current_year_of,
    dateline,
    dateline_at_end,
    enclosing_sections,
    policy_year_of,
    reference_period,
    section_plans,
)
from .documents import (
    TitleCitation,
    find_titles,
    issuer_before,
    issuer_in_title,
    organizations,
    periodical,
    publication_year,
    split_org,
)
from .facts import DocumentFact, Facts, ObservationFact, OrganizationFact, ProgramFact, SectionFact
from .focus import focus_region
from .indexed_text import IndexedText
from .lexicon import ProgramLexicon
from .observations import FIVE_YEARS, SentenceContext, can_observe, extract_observations
from .opening_time import continues_scene, event_day, of_this_event, period_dated, period_of
from .paragraph_regions import opening_region, quote_region, speaker_region
from .programs import DISTRIBUTIVE, distributive, find_program_phrases, list_items, quoted_names
from .regions import find_regions, inside_spans, self_references
from .tables import Table, TableContext, find_tables, table_observations
from .turns import speaker_turns
from .unit_codes import of_category

__all__ = ["extract_facts"]

_DOC_NUMBER = re.compile(r"^\s*[（(]?\s*([\u4e00-\u9fff]{1,10}〔\d{4}〕\s*\d+\s*号)\s*[）)]?")
_SPACES = re.compile(r"\s+")
_ALIAS_WORDS = ("简称", "下称", "统称")
_BARE_TYPE = re.compile(r"(?:实施)?(?:意见|通知|条例|办法|规划|方案|决定|细则|规定)")
_IMPLEMENTS = re.compile(r"贯彻|落实|实施|执行")
# National bodies that are no part of the State Council: the Party, the congress, the people's organizations
_NOT_UNDER_STATE_COUNCIL = frozenset({"国务院", "中共中央", "中共中央办公厅", "党中央", "全国人大常委会",
                                      "全国人民代表大会", "中国残疾人联合会", "中国残联", "中华全国总工会",
                                      "共青团中央", "全国妇联"})
_NATIONAL_LONGEST_FIRST = tuple(sorted(NATIONAL, key=len, reverse=True))


def extract_facts(text: str, doc: Segmented, *, gazetteer: Gazetteer, vocabulary: Vocabulary,
                  metadata: dict[str, str] | None = None) -> Facts:
    """All facts of a normalized text ``text`` segmented as ``doc``."""
    metadata = metadata or {}
    date_line = "" if metadata.get("issued") else (dateline(text[:DATELINE_REACH])
                                                   or dateline_at_end(text[-DATELINE_REACH // 2:]))
    if date_line:  # a page saved as text keeps its date line (发布时间：2024-11-12): the date it was published
        metadata = {**metadata, "issued": date_line}
    facts = Facts()
    if doc.title:
        facts.title, facts.title_start = doc.title.text, doc.title.start
    facts.subtitle = doc.subtitle.text if doc.subtitle else None
    facts.byline = doc.byline.text if doc.byline else None
    headline_end = max((p.end for p in (doc.title, doc.subtitle) if p), default=0)
    headline_start = doc.title.start if doc.title else 0  # (a newspaper's page header above it is no part of it)
    page_title = normalize_text(metadata.get("title", "")).text  # (the page's <title>, when it is a web page's)
    if (below := title_below(text, doc, page_title)) is not None:
        # 喜迎西藏自治区成立60周年 / 山乡巨变看“门珞” / ——林芝市…纪实, the page's own title the second line: a banner
        # over the headline
        facts.title, facts.title_start, facts.subtitle = below[0], below[1], below[3]
        headline_start, headline_end = below[1], below[2]
    headline = text[headline_start:headline_end]

    mentions = find_regions(text, gazetteer)
    focus = gazetteer.get(metadata["region"]) if metadata.get("region") else None
    # (a page saved as text keeps its source line inside the article: 发布时间：2025-09-16　来源：民政部养老服务司)
    chrome = chrome_metadata(text[:DATELINE_REACH].splitlines())
    publisher = metadata.get("publisher") or chrome.get("publisher")
    national = (publisher or "").startswith(NATIONAL) or (facts.title or "").startswith(NATIONAL)
    if focus is None and national and not any(headline_start <= m.start and m.end <= headline_end for m in mentions):
        # 来源：民政部养老服务司, or 财政部 应急管理部关于…的通知, and a headline naming no region: a national text (not
        # the province its main-send line names most)
        focus = gazetteer.china
    # (a provincial portal's copy of a 新华社 dispatch is not about the province: the site names no focus then)
    press = (publisher or "").startswith(NATIONAL_PRESS)
    site, host = (None, None) if press else (metadata.get("site") or chrome.get("site"), metadata.get("host"))
    # (a page whose headline is not in its article text: the region its <title> opens with, before its publisher's:
    # 启东市民政局启东市…公告 published by an agency of 江苏…)
    focus = focus or focus_region(headline, [m for m in mentions if m.start >= headline_start], text, gazetteer,
                                  None if headline else page_title, publisher, site, issuer_line(facts.byline), host,
                                  start=headline_start)
    if focus is not None:
        mentions = find_regions(text, gazetteer, context=[focus], warnings=facts.warnings)
    selfs = self_references(text, mentions, focus, gazetteer)
    tx = IndexedText(text, doc.sentences, [s.start for s in doc.sentences], mentions, selfs, focus, gazetteer)
    facts.focus_region = focus.code if focus else None
    for m in mentions:
        facts.regions.setdefault(m.region.code, []).append(tx.evidence(m.start, m.end, "gazetteer"))
        if m.named is not None:  # a retired name: the graph keeps the old region too, replaced by the new
            facts.regions.setdefault(m.named.code, []).append(tx.evidence(m.start, m.end, "gazetteer-retired"))
    periods = list(find_periods(text))
    # (a page whose title is only its <title>: 2024年…统计公报（十一） over a section of the bulletin)
    titled = headline or page_title
    facts.reference_period = reference_period(text, periods, titled, metadata)

    for section in doc.sections:
        heading = section.heading.text + (section.subheading.text if section.subheading else "")
        body = "".join(p.text for p in section.paragraphs)
        theme = vocabulary.classify_theme(heading) or vocabulary.classify_theme(body)
        end = section.paragraphs[-1].end if section.paragraphs else section.heading.end
        facts.sections.append(SectionFact(section.order, section.heading.text,
                                          section.subheading.text if section.subheading else None,
                                          section.heading.start, end, theme))
    section_theme = {s.order: s.theme for s in facts.sections}

    region_names = sorted({m.text for m in mentions} | {m.region.name for m in mentions})
    titles = [find_titles(sentence.text) for sentence in doc.sentences]  # each sentence's, read once for all uses
    # (each sentence's documents cited: where, and the title each is known by, 《通知》 read as the notice it names)
    cited_in = [_documents(sentence, cites, tx, facts, vocabulary, region_names)
                for sentence, cites in zip(doc.sentences, titles)]
    _organizations(text, tx, facts, region_names)
    lexicon = ProgramLexicon.default()
    for sentence, cited in zip(doc.sentences, cited_in):
        _programs(sentence, cited, tx, facts, vocabulary, lexicon, section_theme)

    carry: str | None = None
    paragraph = -1
    opening: str | None = None  # the region the paragraph opens with, if it is part of the text's own
    lead_in: tuple[int, str | None] | None = None  # (section, period) of a lead-in to a list (…如下：)
    introduced: tuple[int, str] | None = None  # (section, text) of the last lead-in to a list (…标准（每人次）为：)
    opened: str | None = None
    stated = False
    before: list[ObservationFact] = []  # the figures of the sentence just before, if it stated any
    five_years = False  # whether the paragraph has said it reviews five years (五年来，…)
    levels_before: list[ObservationFact] = []  # and the levels of its last clause with any
    turns = speaker_turns(doc, text, tx, focus)  # (a transcript's: who speaks each paragraph, for which region)
    turn_months: dict[int, str] = {}  # the month each turn said its figures run to (我说一下截至7月底的情况。)
    speakers = {i: code for i, section in enumerate(doc.sections)
                if (code := speaker_region(section.heading, tx, focus)) is not None}
    run_in: str | None = None  # the noun of a run-in heading the paragraph opened with
    said = ""  # what the last figure of the paragraph so far measured
    event: str | None = None  # the month of an event the text opened a paragraph with (7月29日至31日，…暴雨)
    scene: tuple[int, str] | None = None  # (paragraph, month) of the last paragraph that opened on a named day
    follows, opened_at = False, 0  # whether the paragraph is the one after it; where the paragraph opened
    example: tuple[int | None, str] | None = None  # (section, person) of the last worked example (举个例子：…张大爷…)
    current_year = current_year_of(headline, metadata, facts.reference_period, text, periods)
    written = metadata["issued"][:7] if re.match(r"\d{4}-\d{2}", metadata.get("issued", "")) else None
    now: str | None = None
    policy_year = policy_year_of(text[:DATELINE_REACH], facts.title or metadata.get("title"), metadata)
    plans = section_plans(doc, current_year, facts.reference_period, facts.title)
    enclosing = enclosing_sections(doc)
    # each sentence's periods, from those of the whole text where that is the same as reading it alone
    sentence_periods = periods_within(text, periods, [(s.start, s.end) for s in doc.sentences])
    tables = find_tables(text)
    # (a notice of 2025 whose new standards take effect 自2026年1月1日起: its standards, in tables or sentences)
    effective_year = next((p.value[:4] for p in periods if p.kind == "effective" and policy_year
                           and p.value[:4] > policy_year), None)
    in_tables = [(t.start, t.end) for t in tables]
    before_tables: list[str | None] = []  # the period carried on where each table begins (its caption, if any)
    for index, (sentence, cited, known) in enumerate(zip(doc.sentences, cited_in, sentence_periods)):
        order = (sentence.section + 1) if sentence.section is not None else None
        section_period, section_target = plans.get(order or 0, (None, False))
        while len(before_tables) < len(tables) and sentence.start >= tables[len(before_tables)].caption_start:
            before_tables.append(carry)
        # the list a lead-in introduced ends with its section, or at a question (问：…？)
        in_section = enclosing.get(order or 0, 0)
        if _QUESTION.match(sentence.text):
            lead_in = introduced = None
        lead_in = lead_in if lead_in and lead_in[0] == in_section else None
        introduced = introduced if introduced and introduced[0] == in_section else None
        if sentence.paragraph != paragraph:
            follows = scene is not None and scene[0] == paragraph  # (the paragraph before opened on a named day)
            opened_at = sentence.start
            speech = follows and continues_scene(sentence.text)
            turn = turns.get(sentence.paragraph)
            paragraph, carry = sentence.paragraph, (lead_in[1] if lead_in else section_period) or (
                turn_months.get(turn.opens) if turn else None)
            if speech and scene is not None:  # (“…”张大妈说: the words of the scene the paragraph before opened)
                carry, scene = scene[1], (paragraph, scene[1])
            opened = carry  # (the period the paragraph began with)
            # (under a transcript's speaker, 【遵义市人民政府副市长罗晓峰】, the place the speaker speaks for)
            # (but a turn after the heading speaks for itself: 【答】张伟： under 【临沂市…局长　高峰】's heading)
            later_turn = turn is not None and sentence.section is not None \
                and turn.opens > doc.sections[sentence.section].heading.start
            opening = opening_region(sentence, tx, focus) or (
                speakers.get(sentence.section) if sentence.section is not None and not later_turn else None) or (
                turn.region if turn else None)
            run_in = None
            stated = False  # whether a sentence of the paragraph has stated figures yet
            before, levels_before = [], []
            # (or its section's heading has: 一、过去五年工作回顾)
            five_years = sentence.section is not None \
                and FIVE_YEARS.search(doc.sections[sentence.section].heading.text) is not None
        elif opening is None and not stated:
            # 韩东升：感谢您的提问。2025年，全省…: the region of the paragraph's first sentence that speaks of one
            opening = opening_region(sentence, tx, focus)
        if follows and not stated and carry == opened and scene is not None and sentence.start > opened_at \
                and continues_scene(sentence.text, later=True):
            carry, scene = scene[1], (paragraph, scene[1])  # (…相依为命。“…”奶奶当天告诉记者: the scene's people too)
        if run_in_heading := _RUN_IN.fullmatch(sentence.text.strip()):
            run_in = run_in_heading.group("noun")  # （一）城市低保标准。: what the figures are of
        if sentence.text.rstrip().endswith(("：", ":")) and section_target and carry is not None and carry != opened:
            lead_in = (in_section, carry)  # 到2026年底，…。具体目标是：the list's year, item by item
        if (day := event_day(sentence.text)) and current_year:
            event = f"{current_year}-{day[0]:02d}"  # 7月29日至31日，我县遭遇…强降雨: when it happened
            scene = (paragraph, event) if day[1] and not stated else scene
        if event is not None and of_this_event(sentence.text):
            carry = event  # 此次强降雨共造成…受灾: the event's month, whatever the data's
        five_years = five_years or bool(FIVE_YEARS.search(sentence.text) or _PLAN_SPAN.match(sentence.text))
        if person := example_person(sentence.text):
            example = (sentence.section, person)
        # (a sentence of no figures opening on this year, in a text on the year before: 今年一开年，我们就启动了…。
        # 截至2月15日，…: this year's February)
        this_year = current_year if current_year and _THIS_YEAR_OPENS.match(sentence.text) \
            and current_year != (carry or facts.reference_period or "")[:4] else None
        if not can_observe(sentence.text) or (in_tables and inside_spans(sentence.start, in_tables)):
            before, levels_before = [], []
            carry = this_year or carry
            continue  # nothing to find, the period carried on unchanged; a table's row is read as a table
        ctx = SentenceContext(
            text=sentence.text, offset=sentence.start, section=order,
            default_region=quote_region(sentence, doc.sentences[index + 1] if index + 1 < len(doc.sentences) else None,
                                        tx, focus) or opening or facts.focus_region or gazetteer.china.code,
            period=carry,
            reference_period=facts.reference_period, regions=tx.region_spans(sentence.start, sentence.end),
            parent_of=tx.common_parent, documents=cited, target=section_target,
            periods=known if text[sentence.start:sentence.end] == sentence.text else None,
            current_year=current_year, written=written, now=now, policy_year=policy_year, effective_year=effective_year,
            home_region=facts.focus_region,
            stated=said if stated else None, before=before, levels_before=levels_before, five_years=five_years,
            example=example[1] if example and example[0] == sentence.section else None,
            lead_in=introduced[1] if introduced else (
                doc.sections[sentence.section].heading.text if sentence.section is not None else None))
        found, carry, levels = extract_observations(ctx)
        if carry and ("截至" in sentence.text or "截止" in sentence.text) \
                and carry[:4] > (facts.reference_period or "9999")[:4] and carry > (now or ""):
            now = carry  # (入冬以来（截至1月12日），… in a briefing on 2025: what 目前 is, later)
        carry = this_year if this_year and not found else carry
        if turn and carry and len(carry) == 7:
            turn_months[turn.opens] = carry
        # (after a sentence of changes alone, the figures before it are still among those a 其中 may add up to)
        before = before + found if levels and levels_before and levels[-1] is levels_before[-1] else found
        levels_before = levels
        said = found[-1].indicator if found else said
        stated = stated or bool(found)
        if run_in is not None:
            for obs in found:
                obs.indicator = of_category(obs.indicator, run_in)
        if sentence.text.rstrip().endswith(("：", ":")):
            introduced = (in_section, sentence.text)
        if sentence.text.rstrip().endswith(("：", ":")) and period_dated(ctx):
            # 自2025年1月1日起，各类地区最低标准如下：the period of the list that follows, item by item
            lead_in = (in_section, period_of(ctx))
        base = len(facts.observations)
        for obs in found:
            if obs.total is not None:
                obs.total += base
        facts.observations.extend(found)
    before_tables += [carry] * (len(tables) - len(before_tables))
    for table, carried in zip(tables, before_tables):
        facts.observations.extend(_table_observations(table, carried, doc, tx, facts, plans, current_year,
                                                      policy_year, effective_year))
    if not facts.reference_period and not current_year and any(can_observe(s.text) for s in doc.sentences) \
            and not facts.observations:
        facts.warnings.append("no figure could be dated: the text names no year and has no date line; give its date "
                              "in a <name>.meta.json file beside it ({\"issued\": \"YYYY-MM-DD\"})")
    standard_units(facts.observations)
    bare_counts(facts.observations, text)
    facts.observations = _without_zeros(facts.observations)
    for obs in facts.observations:
        obs.theme = vocabulary.classify_theme(obs.indicator) or section_theme.get(obs.evidence.section or 0)
        obs.programs = [p for p in lexicon.find_in(obs.indicator)] + [
            label for label in facts.programs if label in obs.indicator and len(label) >= 4]
    return facts


def _without_zeros(observations: list[ObservationFact]) -> list[ObservationFact]:
    """The observations but those of nothing (因公出国（境）费0万元, 均为0辆: nothing spent, none held), as a table's
    zero cell gives none; the parts of a total left out are nobody's parts."""
    kept = [i for i, o in enumerate(observations) if o.value != 0]
    if len(kept) == len(observations):
        return observations
    moved = {old: new for new, old in enumerate(kept)}
    out = [observations[i] for i in kept]
    for obs in out:
        if obs.total is not None:
            obs.total = moved.get(obs.total)
    return out


_PLAN_SPAN = re.compile(rf"\s*{FIVE_YEAR_PLAN}(?:时期|期间)")  # (“十四五”时期，是…的五年: a review of five years)
# A question, of an interview or a page of questions and answers (问：…, 补贴标准是多少？)
_QUESTION = re.compile(r"\s*问\s*[\d一二三四五六七八九十]{0,3}\s*[：:]|[^。\n]{2,40}？\s*$")
_THIS_YEAR_OPENS = re.compile(r"今年(?!以来|来)")  # (a sentence of no figures that opens on this year)
# A run-in heading that is a noun alone: （一）城市低保标准。
_RUN_IN = re.compile(r"[（(][一二三四五六七八九十]{1,2}[）)](?P<noun>[\u4e00-\u9fff]{2,16})[。．.]")


def _table_observations(table: Table, carried: str | None, doc: Segmented, tx: IndexedText, facts: Facts,
                        plans: dict[int, tuple[str | None, bool]], current_year: str | None,
                        policy_year: str | None, effective_year: str | None) -> list[ObservationFact]:
    """The observations of a table, read with what the text says around it: the period carried on from the
    paragraph before it ("截至9月底……如下表："), its section's period and plan."""
    i = bisect.bisect_right(tx.starts, table.start) - 1
    section = doc.sentences[i].section if i >= 0 else None
    order = section + 1 if section is not None else None
    section_period, section_target = plans.get(order or 0, (None, False))
    default = facts.focus_region or tx.gazetteer.china.code

    def period(text: str, offset: int) -> str | None:
        return period_of(SentenceContext(
            text=text, offset=offset, section=order, default_region=default, period=carried or section_period,
            reference_period=facts.reference_period, regions=tx.region_spans(offset, offset + len(text)),
            parent_of=tx.common_parent, current_year=current_year))

    start = min(table.start, table.caption_start)
    regions = [(s + start, e + start, code) for s, e, code in tx.region_spans(start, table.end)]
    return table_observations(table, TableContext(default, regions, period, section_target, order, current_year,
                                                  policy_year, effective_year))


def _org(facts: Facts, name: str, tx: IndexedText, start: int | None = None, end: int | None = None) -> str:
    org = facts.organizations.get(name)
    if org is None:
        parent, _ = split_org(name)
        region = None
        if name in NATIONAL:
            region = tx.gazetteer.china.code
            parent = parent or ("国务院" if name not in _NOT_UNDER_STATE_COUNCIL else None)
        else:
            found = tx.gazetteer.scan(name)
            if found and found[0].start == 0 and found[0].candidates:
                region = tx.gazetteer.current(found[0].candidates[0]).code
                government = name[: found[0].end] + "人民政府"
                is_region = found[0].end == len(name)  # 自治区印发: the region's authorities as a whole
                if parent is None and not is_region and name != government and \
                        not name.endswith(("人民政府", "党委", "人大常委会")):
                    parent = government
            elif tx.focus is not None and name == tx.focus.name:
                region = tx.focus.code
        org = facts.organizations[name] = OrganizationFact(name=name, parent=parent, region=region)
        if parent and parent not in facts.organizations:
            _org(facts, parent, tx)
    if start is not None and end is not None:
        org.evidence.append(tx.evidence(start, end, "organization"))
    return name


def _documents(sentence: Sentence, cites: list[TitleCitation], tx: IndexedText, facts: Facts, vocabulary: Vocabulary,
               region_names: list[str]) -> list[tuple[int, str]]:
    """Add the documents a sentence cites to ``facts``; return where each citation starts in the sentence and the
    title of the document it names (not a newspaper's, nor a short name being defined)."""
    cited: list[tuple[int, str]] = []
    previous: str | None = None
    for cite in cites:
        start = sentence.start + cite.start
        if previous and sentence.text.endswith(_ALIAS_WORDS, 0, cite.start) and cite.title not in facts.documents:
            tx.aliases[cite.title] = previous  # （以下简称《意见》）: another name for the document just cited
            continue
        title = tx.aliases.get(cite.title, cite.title)
        if periodical(title):
            continue  # 《人民日报》（2025年12月08日 13版）: a newspaper, no policy document
        if title not in facts.documents and _BARE_TYPE.fullmatch(title):
            # 《意见》 after 《…的意见》 without 以下简称: the last document of that kind cited
            title = next((t for t in reversed(facts.documents) if t.endswith(title) and t != title), title)
        previous = title
        cited.append((cite.start, title))
        doc = facts.documents.setdefault(title, DocumentFact(title=title))
        doc.evidence.append(tx.evidence(start, sentence.start + cite.end, "title"))
        doc.doctype = doc.doctype or _doctype(vocabulary, cite.title)
        doc.theme = doc.theme or vocabulary.classify_theme(cite.title)
        issuer = issuer_in_title(cite.title, region_names)
        if issuer is None:
            subject = issuer_before(sentence.text, cite.start, region_names)
            if subject == "<self>" and tx.focus is not None:
                issuer = tx.focus.name
            elif subject and subject != "<self>":
                issuer = subject
        if issuer and not doc.issuer:
            doc.issuer = _org(facts, issuer, tx)
        doc.issued = doc.issued or publication_year(sentence.text, cite.start)
        number = _DOC_NUMBER.match(sentence.text[cite.end:])
        if number:
            doc.number = _SPACES.sub("", number.group(1))
        for nested, (n_start, n_end) in zip(cite.nested, cite.nested_spans):
            inner = facts.documents.setdefault(nested, DocumentFact(title=nested))
            inner.evidence.append(tx.evidence(sentence.start + n_start, sentence.start + n_end, "nested-title"))
            inner.doctype = inner.doctype or _doctype(vocabulary, nested)
            inner.theme = inner.theme or vocabulary.classify_theme(nested)
            lead = cite.title[: cite.title.find(nested) - 1]
            nested_issuer = next((o for o in _NATIONAL_LONGEST_FIRST if lead.endswith(o)), None)
            if nested_issuer and not inner.issuer:
                inner.issuer = _org(facts, nested_issuer, tx)
            if _IMPLEMENTS.search(lead) and nested not in doc.implements:
                doc.implements.append(nested)
        for d in [doc] + [facts.documents[n] for n in cite.nested]:
            if d.jurisdiction is None:
                d.jurisdiction = _jurisdiction(d, facts, tx)
    return cited


def _doctype(vocabulary: Vocabulary, title: str) -> str | None:
    concept = vocabulary.document_type(title)
    return concept.key if concept else None


def _jurisdiction(doc: DocumentFact, facts: Facts, tx: IndexedText) -> str | None:
    if doc.issuer and facts.organizations[doc.issuer].region:
        return facts.organizations[doc.issuer].region
    found = tx.gazetteer.scan(doc.title)
    if found and found[0].start == 0 and found[0].candidates:
        return tx.gazetteer.current(found[0].candidates[0]).code
    return tx.focus.code if tx.focus else None


def _organizations(text: str, tx: IndexedText, facts: Facts, region_names: list[str]) -> None:
    for start, end, name in organizations(tuple(region_names)).finditer(text):
        if inside_brackets(text, start, "《〈"):
            continue
        _org(facts, name, tx, start, end)


def _programs(sentence: Sentence, cited: list[tuple[int, str]], tx: IndexedText, facts: Facts,
              vocabulary: Vocabulary, lexicon: ProgramLexicon, section_theme: dict[int, str | None]) -> None:
    text = sentence.text
    base = sentence.start
    endings = list(vocabulary.program_endings)
    phrases = [*list_items(text), *find_program_phrases(text, endings), *quoted_names(text, vocabulary.theme_cues)]
    region_spans = [(m.start - base, m.end - base, m.region.code) for m in tx.named_in(base, sentence.end)] \
        if phrases or DISTRIBUTIVE in text else []  # not needed without a phrase or a distributive list
    clauses: list[Clause] | None = None  # split when a phrase first needs them
    taken: list[tuple[int, int]] = []
    section = (sentence.section + 1) if sentence.section is not None else None

    def add(label: str, start: int, end: int, rule: str, where: list[str]) -> None:
        label = label.strip()
        if label.startswith("“") and label.endswith("”") and label.count("“") == 1:
            label = label[1:-1]
        if len(label) < 3:
            return
        program = facts.programs.setdefault(label, ProgramFact(label=label))
        concept = vocabulary.program_type(label)
        program.progtype = program.progtype or (concept.key if concept else None)
        program.theme = program.theme or vocabulary.classify_theme(label) or section_theme.get(section or 0)
        program.regions.update(where)
        program.based_on.update(title for pos, title in cited if pos < start)
        program.evidence.append(tx.evidence(base + start, base + end, rule))

    for label, regions, start, end in distributive(text, region_spans, endings):
        add(label, start, end, "distributive", regions)
        taken.append((start, end))
    for phrase in phrases:
        if inside_brackets(text, phrase.start, "《〈") or any(s <= phrase.start < e for s, e in taken):
            continue
        label, start = phrase.label, phrase.start
        regions = []
        for r_start, r_end, code in sorted(region_spans):
            if r_start == start:
                regions, label, start = [code], label[r_end - r_start:], r_end  # most specific wins
        if not regions:
            clauses = split_clauses(text) if clauses is None else clauses
            clause = next((c for c in clauses if c.start <= phrase.start < c.end), None)
            if clause is not None:
                regions = tx.regions_in(base + clause.start, base + phrase.start)
        if not regions and tx.focus is not None:
            regions = [tx.focus.code]
        add(label, start, phrase.end, phrase.rule, regions)
        taken.append((phrase.start, phrase.end))
    for label, theme, start, end in lexicon.scan(text):
        if any(s <= start < e for s, e in taken) or inside_brackets(text, start, "《〈"):
            continue
        program = facts.programs.setdefault(label, ProgramFact(label=label, theme=theme))
        if tx.focus is not None:
            program.regions.add(tx.focus.code)
        program.evidence.append(tx.evidence(base + start, base + end, "program-lexicon"))
