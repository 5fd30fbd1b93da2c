"""A sentence as the extractor reads it: its text, where it stands, what the text around it has set (the default
region, the period carried on, the policy year), and the regions it names that its figures may be about."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from .clauses import Period
from .facts import ObservationFact
from .lists import LIST_MARK

__all__ = ["SCENE_VERBS", "TO_PLACE", "SentenceContext", "SentenceFigures"]

# What a clause may open with before the region it is about (比如重庆市…: an example's; not 比如县, a county)
_CLAUSE_LEAD = re.compile(r"^(?:其中|另外|此外|同时|在|全年|截至\S{0,8}?[，,]|(?:比如|例如|譬如)(?!县)[，,]?)")
_ELSEWHERE = re.compile(r"(?:赴|来自|引进|引入|前往)$")
# A place a figure is compared with (增速高于宁德全市平均水平0.6个百分点, 低于全国0.3个百分点): not the figure's
_COMPARED_WITH = re.compile(r"(?:高于|低于|快于|慢于|好于|优于|超出)$")
# What a place is the field of after 在 (临江市在全市率先…): where a figure ranks, not where it is
_RANKED_IN = re.compile(r"(?:范围内)?(?:率先|首家|首个|首批|第一个?|排名|位居|位列|领先)")
# (or the average a figure is a share of: 人均地区生产总值仅为全省平均水平的百分之六十)
_SHARE_OF_AVERAGE = re.compile(r"的?平均(?:水平|值|数|标准)?的")
# (or the whole a share is of: 占全省大豆播种面积的近三成, 占全国的3.2%)
_SHARE_OF_WHOLE = re.compile(r"[^，。；;]{0,16}?的")
_AVERAGE_AFTER = re.compile(r"(?:全[省市县区州])?(?:的?平均|水平|[\d零一二两三四五六七八九十])")


# Where workers go (向福建输转务工人员1300余人): not where the figure is
_WORK_GOES = re.compile(r"(?:有组织)?(?:输转|输出|转移|务工|就业|打工)")  # (到山东就业680人: who went, not where)
# Where a reporter's or a visitor's scene is (记者来到安源区…, 走进芦溪县…)
SCENE_VERBS = "来到|走进|走入"
_SCENE_PLACE = re.compile(rf"(?:{SCENE_VERBS})了?$")
# Where workers come from (从宁夏吸纳务工人员1260人): not where the figure is
_TAKEN_FROM = re.compile(r"(?:等地区?|等省区?)?(?:吸纳|招收|招聘|引进|接收|吸引)")
# A road or a line named by the places it runs between (林口至鸡西高速公路林口段, 建安至鄢陵快速通道): no region
_ROUTE = re.compile(r"(?:高速|公路|铁路|高铁|城际|快速路|快速通道|通道|航线)")
_ROUTE_FROM = re.compile(r"[至到][\u4e00-\u9fff]{1,8}?(?:高速|公路|铁路|高铁|城际|快速路|快速通道|通道|航线)")
_FROM_THERE = re.compile(r"籍|长者|老人|老年人|居民|游客|参保人|同胞|青年")
# A service a place's name names (通过山西政务服务网受理申请428件): the channel, not where the figure is
_SERVICE_NAMED = re.compile(r"(?:省|市|县|区)?(?:政务服务网|政务网|政务服务平台|网上办事大厅|民政网"
                            r"|政务服务(?:APP|App|app))")
# Where someone away works or studies (儿子在银川打工，一个月给我寄五百块), or was treated (老伴去年在合肥住院，花了
# 12万多): not where the figure is
_WORKS_THERE = re.compile(r"(?:打工|务工|上班|上学|读书|念书|住院|看病|就医|就诊|治病|做手术|动手术)")


# Where something goes, the place named next (向纳雍县投入…, 向甘肃省陇南市捐赠: 陇南市 too)
# (向甘肃省陇南市…, 向陕西紫阳县…: after the province, with its kind or by its short name)
TO_PLACE = re.compile(r"[向为给对赴到](?:[\u4e00-\u9fff]{2,8}[省区市]|[\u4e00-\u9fff]{2,3})?$")
_GIVES = re.compile(r"[^，。；、]{0,6}?(?:援疆|援藏|援青|援建|对口支援|捐赠|选派)")


@dataclass
class SentenceContext:
    """What the extractor knows when it reads a sentence."""

    text: str                       # the sentence (normalized)
    offset: int                     # its start in the normalized text
    section: int | None
    default_region: str             # code
    period: str | None              # period carried over from earlier sentences of the paragraph
    reference_period: str | None
    regions: list[tuple[int, int, str]]          # (start, end, code) in the sentence; 全省 etc. included
    parent_of: Callable[[list[str]], str]        # common ancestor of several region codes
    documents: list[tuple[int, str]] = field(default_factory=list)  # (offset in sentence, title)
    target: bool = False            # the sentence is in a section of plans and targets
    periods: list[Period] | None = None  # its periods (find_periods), if already known
    current_year: str | None = None  # the year the text is written in (今年), if known
    written: str | None = None  # the month the text was published in (2026-01), if its page or date line says
    # the latest date the text's figures have run to so far, where it is in a year after the one the text is on (a
    # January briefing on the year before: 截至1月12日), which is now (目前)
    now: str | None = None
    policy_year: str | None = None  # the year a policy document was issued, if the text is one
    effective_year: str | None = None  # the later year its new standards take effect in (自2026年1月1日起), if any
    home_region: str | None = None  # the text's own region, if other than the default (a paragraph's region)
    stated: str | None = None  # what the last figure of the paragraph's sentences before measured, if any
    # the figures of the sentence just before, in the same paragraph, and the levels of its last clause that had
    # any: what a sentence that opens with a change (同比增长3.1%。) or with 其中 speaks of
    before: list[ObservationFact] = field(default_factory=list)
    levels_before: list[ObservationFact] = field(default_factory=list)
    five_years: bool = False  # its paragraph reviews five years (五年来，…; “十四五”时期，…)
    example: str | None = None  # the person a worked example before it in its section made up (张大爷), if any
    lead_in: str | None = None  # the lead-in to a list it may be an item of (…标准（每人次）为：), or its heading

    region_names: list[str] = field(init=False)  # the names of the regions as written, in the same order

    def __post_init__(self) -> None:
        # (市本级, 省本级 name a region but say which part of its figures: they stay in the indicator)
        self.region_names = [self.text[s:e] for s, e, _code in self.regions if not self.text.endswith("本级", s, e)]

    def clause_topic(self, start: int, clause: str) -> str | None:
        """The region named at the start of the clause at ``start`` (兰州市城市低保标准…; 其中天水市…): its topic."""
        lead = _CLAUSE_LEAD.match(clause[:14])  # what is skipped before the region: 其中, 在, 截至…，
        position = start + (lead.end() if lead else 0)
        found = None
        origins = self.origins
        listed: list[str] = []  # (河北、北京、天津…6省（市）…，实施临时救助31.4万人次: all of them)
        for s, e, code in self.regions:
            if s == position and s not in origins and (found is None or self.parent_of([found, code]) == found):
                found, position = code, e  # 聊城市冠县: the county named right after its city
            elif found is not None and s == position + 1 and self.text[position] == "、" and s not in origins:
                listed.append(code)
                position = e
        return self.parent_of([found, *listed]) if listed and found is not None else found

    def topic_ends(self, regions: list[str], start: int, at: int) -> bool:
        """Several regions before a number (in the clause at ``start``): the last one is its region unless they
        form a list (A、B等地)."""
        # (of those taken: not 全市 in 宜都、枝江、当阳三个县级市…占全市的37.1%, the whole they are a share of)
        spans = [s for s in self.regions if start <= s[0] and s[1] <= at and s[2] in regions]
        if len(spans) < 2:
            return True
        between = self.text[spans[-2][1]:spans[-1][0]]
        after = self.text[spans[-1][1]:spans[-1][1] + 2]
        return not (LIST_MARK.fullmatch(between) or after.startswith("等"))

    def clause_end_region(self, start: int, clause: str) -> str | None:
        """A region that ends the clause at ``start`` (one without figures) is what the next clauses are about
        (…的蕉岭县，现有…)."""
        end = start + len(clause.rstrip())
        for s, e, code in self.regions:
            if e == end and s >= start:
                return code
        # (or a place a scene is set in: 记者来到安源区一家长者食堂，…标价12元)
        for s, _e, code in self.regions:
            if start <= s < end and _SCENE_PLACE.search(self.text, max(start, s - 4), s):
                return code
        return None

    def region_at(self, start: int, end: int) -> list[str]:
        """The regions named in ``[start, end)`` of the sentence that its figures may be about: not a place people
        go to or come from (赴浙江务工, 向福建输转务工人员, 引进辽宁企业9家), nor where someone away works
        (在银川打工), nor one that names a service (山西政务服务网) or a road (林口至鸡西高速公路), nor the whole or
        the average a share is of
        (占全省大豆播种面积的近三成, 仅为全省平均水平的百分之六十)."""
        codes: list[str] = []
        origins = self.origins
        compared_end = -1  # (宁德全市: the 全市 of the place compared with, too)
        last_end = -1  # where the last region taken ends
        for s, e, code in self.regions:
            compared = ((_COMPARED_WITH.search(self.text, max(0, s - 2), s) or s == compared_end)
                        and _AVERAGE_AFTER.match(self.text, e)) or _SHARE_OF_AVERAGE.match(self.text, e) \
                or (self.text[s - 1:s] == "占" and _SHARE_OF_WHOLE.match(self.text, e))
            compared_end = e if compared else compared_end
            # (临江市在全市率先…: the field the place before ranks in)
            ranked = bool(codes) and self.text[s - 1:s] == "在" and _RANKED_IN.match(self.text, e) is not None
            if start <= s and e <= end and code not in codes and not _ELSEWHERE.search(self.text, max(0, s - 2), s) \
                    and not compared and not ranked and s not in origins \
                    and not (self.text[s - 1:s] in "向往到" and _WORK_GOES.match(self.text, e)) \
                    and not (self.text[s - 1:s] == "从" and _TAKEN_FROM.match(self.text, e)) \
                    and not (self.text[s - 1:s] == "在" and _WORKS_THERE.match(self.text, e)) \
                    and not _SERVICE_NAMED.match(self.text, e) and not _ROUTE_FROM.match(self.text, e) \
                    and not (s > 0 and self.text[s - 1] in "至到" and _ROUTE.match(self.text, e)):
                if codes and s == last_end and self.parent_of([codes[-1], code]) == codes[-1]:
                    codes.pop()  # 乌鲁木齐市天山区、沙依巴克区分别…: the district named right after its city
                codes.append(code)
                last_end = e
        return codes

    @functools.cached_property
    def origins(self) -> set[int]:
        """Where the regions that say where people or help come from begin (澳门长者92人, 香港、澳门居民 in 中山's or
        广东's text; 吉林省援建27个, 佳木斯市选派的12名医护人员 in 阿勒泰's: from outside the text's region)."""
        found: set[int] = set()
        outside = (self.home_region or self.default_region).rstrip("0")  # (the text's region, not its paragraph's)
        for s, e, code in reversed(self.regions):
            if code.startswith(outside):
                continue
            gives = _GIVES.match(self.text, e) and not TO_PLACE.search(self.text, 0, s)
            if _FROM_THERE.match(self.text, e) or gives or (
                    self.text[e:e + 1] in "、和" and e + 1 in found):
                found.add(s)
        return found


class SentenceFigures(NamedTuple):
    """What :func:`policy_graph.extract.observations.extract_observations` read in a sentence."""

    observations: list[ObservationFact]
    carry: str | None  # the period to carry on to the next sentence
    # the levels of its last clause that had any (what a change after them is of); in a sentence of changes alone
    # (与上年相比，减少321人。), those of the sentence before that they spoke of
    levels: list[ObservationFact]
