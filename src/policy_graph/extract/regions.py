"""Regions a text mentions, resolved to GB/T 2260 codes, and the words by which it refers to its own.

Names are found by the gazetteer's scan; an ambiguous name (a 新城区 in several
cities) is resolved by the regions the rest of the text names unambiguously.
"全区 / 全省 / 全市 / 本市 / 自治区 ..." refer to the text's own region, "全国 /
我国" to China.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from collections.abc import Iterator
from typing import NamedTuple

from ..gazetteer import STOP_BARE, Gazetteer, Mention, Region
from .numbers import parse_number
from .people import SURNAMES
from .words import word_boundaries

__all__ = ["COUNTRY_WORDS", "KINDS_LISTED", "SELF_WORDS", "RegionMention", "find_regions", "inside_spans", "name_stem",
           "self_references"]

# Words that refer to the text's own region, by the level they imply.
SELF_WORDS = re.compile(r"全自治区|全地区|全区|全省|全市|全县|全旗|全盟|全州|本市|本省|本区|本县|"
                        r"我市|我省|我区|我县|我旗|我盟|自治区|[省市县区旗]本级")
# (not 其中|国家级, 发展中|国家, 集中|国有, 高中|国家助学金; nor the name of a census: 第七次全国人口普查)
# (not a national census, nor a national system or platform a figure was registered in: 在全国志愿服务信息系统注册,
# nor a national network's name: 全国一体化算力网络国家枢纽节点庆阳数据中心集群)
COUNTRY_WORDS = re.compile(r"全国(?!(?:人口|经济|农业|污染源)普查|一体化|(?<=在全国)[\u4e00-\u9fff]{0,10}(?:系统|平台))"
                           r"|我国|(?<![其展集高初])中国|中华人民共和国")


class RegionMention(NamedTuple):
    start: int
    end: int
    text: str
    region: Region          # the current region
    named: Region | None = None  # the retired region the text names, when it names one (漠河县 → 漠河市)


# What may follow a region's name inside one dictionary word and leave the name a name of its own
_AUTHORITY_TAIL = re.compile(r"人民政府|政府|人大常委会|人大|政协|党委|委员会|[省市县区州]?委|特别行政区|特区(?:政府)?")
_BREAK = re.compile(r"[，。；、：！？\n（）“”《》,.;:!?()]")


_PREPOSITIONS = "向为给对在从到至赴由"
_KIND_CHARS = "省市县区旗州盟"


def on_word_boundaries(text: str, start: int, end: int, reach: int = 10, joints: frozenset[int] = frozenset()) -> bool:
    """Whether ``text[start:end]`` starts and ends between words, judged on the phrase around it.

    A region name that starts or ends inside a word is a false hit: 金安 in 基金安全, 河南 in 黄河南岸.
    Segmenting only the phrase around each candidate keeps this cheap on long texts.  ``joints``: where two names
    written one after the other meet, a cut whatever the dictionary says (上海市浦东新区 is one word of it).

    >>> on_word_boundaries("保障医保基金安全运行", 5, 7), on_word_boundaries("在包头开展", 1, 3)
    (False, True)
    """
    left = max(0, start - reach)
    breaks = [m.end() for m in _BREAK.finditer(text, left, start)]
    left = breaks[-1] if breaks else left
    right = min(len(text), end + reach)
    stop = _BREAK.search(text, end, right)
    right = stop.start() if stop else right
    if start == left and end == right:
        return True  # the name is the whole phrase (between punctuation): its ends are the phrase's, always cuts
    cuts = word_boundaries(text[left:right])
    if joints:
        cuts = cuts | {j - left for j in joints if left < j < right}
    if start > 0 and start - left not in cuts and text[start - 1] in _PREPOSITIONS and start + 1 - left in cuts \
            and end - start >= 3 and text[end - 1] in _KIND_CHARS:
        cuts = cuts | {start - left}  # 向东乌旗、西乌旗调拨: a preposition and the name's first character (向东)
    if start - left not in cuts:
        return False
    if end - left in cuts:
        return True
    if text.startswith("级", end) and end - 1 - left in cuts and text[end - 1] in "省市州盟":
        return True  # 入选金华市级示范点: the name and 市级 (city-level) share its 市
    # a dictionary word made of the name and an authority's title (北京市人民政府, 湖北省委, 上海市政府, 香港特区政府)
    word_end = min(c for c in cuts if c > end - left) + left
    return _AUTHORITY_TAIL.fullmatch(text, end, word_end) is not None


_JOINING_VERBS = ("会同",)  # a verb after an authority that joins another one: 民政局会同财政局
_AUTHORITY_ENDS = frozenset("局委厅办部院府联")  # (and a federation: 县残联会同县民政局)
_ADVERBS_BEFORE_A_VERB = "并将续还已也再"  # (县退役军人事务局将继续会同县财政局)
_CLAUSE_OPENS = "，,；;。：:\n"  # (where a clause or a sentence starts: 会同县市场监管局开展… opening one)

# A common surname right before a name (after the person's role, or opening the phrase), and what a person is said
# to say right after it: 互助组组长班秀英说, 村民王乐平笑着说
_PERSON_NAMED = re.compile(rf"(?:[长任记员民工者人爷奶姨叔婶姐哥]|^|[，,。“”：:\s])[{SURNAMES}]$")
_SAYS = re.compile(r"(?:笑着|笑呵呵地|高兴地|激动地|感慨地)?(?:说|表示|介绍|告诉|坦言|回忆)")

# What follows a short name when it names a sight, not a region: a sight's own word (岛, 湖, 寺 …, a river's bank), or
# the end of a list of sights (、君山岛等5A级旅游景区)
# (or the waters a four-character phrase pairs with the name: 白山松水, 白山黑水, a province's poetic name)
# A zone a short name may name, in another place than the region of that name (滨州's 北海经济开发区)
_ZONE = re.compile(r"(?:经济技术|经济|高新技术|高新|临港)?(?:开发区|产业园区|工业园区|园区)")
_LANDMARK = re.compile(r"[岛湖寺塔阁亭洞峰庙畔]|[松黑绿碧青]水|[^，。；、\n]?(?:冰川|雪山|草原|湿地|峡谷)"
                       r"|[江河]?(?:[畔边岸]|两岸|沿岸|沿线|流域|干流|支流)"  # (a river: 黑龙江畔, 嘉陵江沿线)
                       r"|(?:[、和与及][^，。；、\n]{1,8})*等[^，。；\n]{0,10}"
                       r"(?:景区|景点|名胜|风景区|旅游区|公园|遗址)")


def find_regions(text: str, gazetteer: Gazetteer, context: list[Region] | None = None,
                 warnings: list[str] | None = None) -> list[RegionMention]:
    """Every region name in ``text``, resolved; ambiguous names that context cannot decide are left out
    (with a warning appended to ``warnings``)."""
    raw = _names_in(text, gazetteer)
    known: list[Region] = list(context or [])
    known += [gazetteer.current(m.candidates[0]) for m in raw if len(m.candidates) == 1]
    known = list({r.code: r for r in known}.values())  # once each: a long text names the same ones again and again
    # Regions named in full, and the text's own region, with everything above them: the places a bare
    # county-level short name (锦江, 正阳) may belong to.
    settled = {r.code for m in raw for r in m.candidates if m.text == r.name}
    settled |= {r.code for r in context or []}
    settled |= {a.code for code in list(settled) if (r := gazetteer.get(code)) for a in gazetteer.ancestors(r)}
    out: list[RegionMention] = []
    ending: dict[int, Region] = {}  # the region a mention names, by where it ends: 广东|仁化
    # the text's own region by its name without its kind, where that names no place within it (新河南 in a text
    # about 河南县: not 河南省; but 文山 in one about 文山州 is 文山市)
    own = {n[:-1]: r for r in context or [] for n in (r.name, *r.aliases) if len(n) >= 3 and n.endswith(_KINDS)}
    for mention in raw:
        mine = own.get(mention.text)
        if mine is not None and any(_within_context(r, context, gazetteer) for r in mention.candidates):
            mine = None
        named = mine or _by_counted_kind(text, mention, gazetteer) or (
            mention.candidates[0] if len(mention.candidates) == 1 else gazetteer.resolve(mention.text, context=known))
        if named is None:
            if warnings is not None:
                choices = "、".join(f"{r.code} {r.name}" for r in mention.candidates[:4])
                warnings.append(f"region name '{mention.text}' at {mention.start} is ambiguous ({choices}); "
                                "left unlinked")
            continue
        region = gazetteer.current(named)
        before = text[mention.start - 1:mention.start]
        if mention.text.startswith(_JOINING_VERBS) and (before in _AUTHORITY_ENDS or (
                before in _CLAUSE_OPENS + _ADVERBS_BEFORE_A_VERB and not _within_context(region, context, gazetteer))):
            continue  # 县民政局会同县公安局, …要求，会同县应急管理局 (or opening a sentence): 会同 is the verb
            # "together with" (会同县 is a county of 湖南, taken so where the text is about it or its city or province)
        if mention.text != named.name and _LANDMARK.match(text, mention.end):
            continue  # a short name that names a sight: 君山岛, 洪泽湖; 岳阳楼、君山岛等5A级旅游景区
        if mention.text != named.name and _ZONE.match(text, mention.end) and context \
                and all(region.code[:2] != c.code[:2] for c in context):
            continue  # 北海经济开发区 in a text of 滨州: a zone of its own named like a city of another province
        if mention.text != named.name and _PERSON_NAMED.search(text, max(0, mention.start - 6), mention.start) \
                and _SAYS.match(text, mention.end):
            continue  # a short name that is a person's given name after the surname: 组长班秀英说 (秀英区)
        if mention.text != named.name and not mention.text.endswith(_KINDS_BUT_ZHOU) \
                and _TOWN_NAMED.match(text, mention.end):
            continue  # a short name that begins a town's: 榆树台镇, 河南乡 (towns, not 榆树市 or 河南省); a street's
            # named after a city (杭州道街道): 州 ends many cities' own short names
        above = {a.code for a in gazetteer.ancestors(region)}
        if mention.text != named.name and not mention.text.endswith(_KINDS) and region.level == "county" and \
                not above & settled and ending.get(mention.start, region).code not in above:
            continue  # a county's bare short name (酉阳, not 酉阳县), far from any region the text is about and
            # not right after its province or city (广东仁化, 江西崇义)
        ending[mention.end] = region
        out.append(RegionMention(mention.start, mention.end, mention.text, region,
                                 named if named.code != region.code else None))
    out += _generic_names(text, out, gazetteer, context or [])
    out += _shared_kind_names(text, out, gazetteer, known)
    out += _listed_beside_regions(text, out, gazetteer)
    return sorted(out, key=lambda m: m.start)


# A list the mention is in, counted by its kind right after it: 长春、吉林两市, 吉林、四平等地市
_COUNTED_KIND = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,8}?){0,6}(?:[两二三四五六七八九十]个?|等)"
                           r"(?P<kind>市|县|省|州|盟|地市)")
_LEVEL_OF_KIND = {"市": "prefecture", "地市": "prefecture", "州": "prefecture", "盟": "prefecture", "县": "county",
                  "省": "province"}


def _within_context(region: Region, context: list[Region] | None, gazetteer: Gazetteer) -> bool:
    """Whether ``region`` is one of the regions a text is about, or lies in one."""
    around = {r.code for r in context or []}
    return region.code in around or any(a.code in around for a in gazetteer.ancestors(region))


def _by_counted_kind(text: str, mention: Mention, gazetteer: Gazetteer) -> Region | None:
    """The region of the level a list is counted as that a name in it names (吉林 in 长春、吉林两市 is 吉林市, not
    吉林省), when that is not the name's own reading; else None."""
    counted = _COUNTED_KIND.match(text, mention.end)
    if counted is None:
        return None
    kind = counted.group("kind")
    level = _LEVEL_OF_KIND[kind]
    if any(r.level == level for r in mention.candidates[:1]):
        return None  # its first reading is of that level already
    fitting = {r.code: r for r in (*mention.candidates, *gazetteer.candidates(mention.text + kind[-1]))
               if r.level == level}
    return next(iter(fitting.values())) if len(fitting) == 1 else None


@functools.lru_cache(maxsize=4)
def _names_in(text: str, gazetteer: Gazetteer) -> tuple[Mention, ...]:
    """The region names of ``text`` that stand as words, whatever the context.

    Kept for the next call: a text's regions are found twice, the second time with the region the first
    found the text to be about (:func:`policy_graph.extract.article.extract_facts`).
    """
    found = [m for m in gazetteer.scan(text) if m.candidates and m.candidates[0].level != "country"]
    # (上海市|浦东新区, two names that together stand as a word; not 贺兰|山东 in 贺兰山东麓)
    joints = frozenset(a.end for a, b in itertools.pairwise(found)
                       if a.end == b.start and on_word_boundaries(text, a.start, b.end))
    return tuple(m for m in found if on_word_boundaries(text, m.start, m.end, joints=joints))


_STOP_BARE_LONGEST_FIRST = tuple(sorted(STOP_BARE, key=len, reverse=True))
_STOP_BARE_ENDS = re.compile(f"[{''.join(sorted({name[-1] for name in STOP_BARE}))}]")  # 区, 县
_STOP_BARE_SIZES = sorted({len(name) for name in STOP_BARE})


def _stop_bare_in(text: str) -> list[str]:
    """The names of STOP_BARE that ``text`` holds, longest first: looked up where a text's few 区 and 县 end one,
    instead of searching the text for each of the names."""
    held = {piece for end in (found.end() for found in _STOP_BARE_ENDS.finditer(text)) for size in _STOP_BARE_SIZES
            if (piece := text[max(0, end - size):end]) in STOP_BARE}
    return [name for name in _STOP_BARE_LONGEST_FIRST if name in held]


def _generic_names(text: str, found: list[RegionMention], gazetteer: Gazetteer,
                   context: list[Region]) -> list[RegionMention]:
    """Names that are also ordinary words (新城区, 城区, 和县): a mention only when the same sentence has
    already named a region they belong to (呼市 … 新城区 → 呼和浩特市新城区), or they belong to the region
    the text is about or are that region (``context``: 西区 in a text about 攀枝花市; 新县 in one about 新县)."""
    out: list[RegionMention] = []
    for name in _stop_bare_in(text):
        for start in _occurrences(name, text):
            end = start + len(name)
            if any(m.start < end and start < m.end for m in found + out) or not on_word_boundaries(text, start, end):
                continue
            sentence_start = max(text.rfind(ch, 0, start) for ch in "。！？\n") + 1
            earlier = [m.region for m in found if sentence_start <= m.start and m.end <= start] + context
            for region in gazetteer.candidates(name):
                above = {a.code for a in gazetteer.ancestors(region)}
                if any(e.code in above for e in earlier) or any(c.code == region.code for c in context):
                    out.append(RegionMention(start, end, name, gazetteer.current(region)))
                    break
    return out


_KINDS = ("县", "区", "市", "旗", "州", "盟")  # what a name that is not bare ends with
_KINDS_BUT_ZHOU = tuple(kind for kind in _KINDS if kind != "州")  # (州 ends many cities' own short names: 杭州)
# (潍坊新村街道; not 城乡, 城镇, 乡镇, 乡村, nor 瓯海各街道, 长寿共有街道…中心; or a village or community)
_TOWN_NAMED = re.compile(r"(?:(?![各全本该每其诸共有的在等和与及为是将已均])[\u4e00-\u9fff]){0,2}"
                         r"(?:[\u4e00-\u9fff]{1,3}族)?"  # (an ethnic township: 汤旺朝鲜族乡, not 汤旺县)
                         r"(?:(?<![城乡])镇|(?<!城)乡(?![村镇])|街道"
                         # (a village's: 新泰社区, 隆安村; not 成都社区社会组织, the city's community bodies)
                         r"|社区(?![\u4e00-\u9fff](?<![有的、和及]))|居委会|(?<![城乡农山])村(?![镇级民庄落寨]))")

# "杂多、治多两县", "渝中、江北、南岸三区", "浙江、四川、广东三省", "A、B等县": names listed bare, their kind said once
# after the list
_SHARED_KIND = re.compile(r"(?P<count>[两二三四五六七八九十]|等)(?P<kind>省|县|区|市|旗|州|盟)")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}$")


def _shared_kind_names(text: str, found: list[RegionMention], gazetteer: Gazetteer,
                       known: list[Region]) -> list[RegionMention]:
    """The names of a list whose kind is said once after it (杂多、治多两县: 杂多县 and 治多县), when each item
    with that kind is a region's name and their number is the one said (or 等)."""
    out: list[RegionMention] = []
    for shared in _SHARED_KIND.finditer(text):
        if "、" not in text[max(0, shared.start() - 8):shared.start()]:
            continue  # most matches (两县 alone, 三区 of 三区三州): no list before them
        items = _list_before(text, shared.start(), shared.group("kind"), gazetteer)
        said = shared.group("count")
        if len(items) < 2 or (said != "等" and parse_number(said) != len(items)):
            continue
        for start, end, name in items:
            if any(m.start < end and start < m.end for m in found + out):
                continue  # named already (治多, an alias of 治多县)
            region = gazetteer.resolve(name, context=known)
            if region is not None:
                current = gazetteer.current(region)
                out.append(RegionMention(start, end, text[start:end], current,
                                         region if region.code != current.code else None))
    return out


def _list_before(text: str, end: int, kind: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """The items ``(start, end, full name)`` of the 、-separated list of bare names that ends at ``end``, each a
    region's name once ``kind`` is added; the first item is the longest such end of the text before it."""
    items: list[tuple[int, int, str]] = []
    while True:
        separator = text.rfind("、", max(0, end - 7), end)
        piece = text[separator + 1:end] if separator >= 0 else ""
        if separator >= 0 and _LIST_ITEM.fullmatch(piece) and gazetteer.candidates(piece + kind):
            items.append((separator + 1, end, piece + kind))
            end = separator
            continue
        for size in range(min(6, end), 1, -1):  # the first item: the longest name that ends here
            piece = text[end - size:end]
            if _LIST_ITEM.fullmatch(piece) and gazetteer.candidates(piece + kind):
                items.append((end - size, end, piece + kind))
                break
        return items[::-1]


# A bare item of a 、-list: 2 to 4 characters up to the next separator (瑞金、于都、兴国等地)
_NEXT_ITEM = re.compile(r"、([\u4e00-\u9fff]{2,4}?)(?=[、等和及与，。；：\s])")
_BARE_KINDS = ("县", "市", "区", "旗")


def _listed_beside_regions(text: str, found: list[RegionMention], gazetteer: Gazetteer) -> list[RegionMention]:
    """Bare names that are also ordinary words (于都, 兴国), listed beside regions the text names (瑞金、于都、兴国
    等地): each is the one county of that name under the same parent as a named item; then every other place the
    text names it counts too (其中于都建成…)."""
    if "、" not in text:
        return []
    taken = [(m.start, m.end) for m in found]
    accepted: dict[str, Region] = {}
    for mention in found:
        if mention.region.level != "county" or not text.startswith("、", mention.end):
            continue
        parent = mention.region.parent
        position = mention.end
        while (item := _NEXT_ITEM.match(text, position)) is not None:
            name = item.group(1)
            if not any(s < item.end(1) and item.start(1) < e for s, e in taken):
                siblings = {gazetteer.current(r).code: gazetteer.current(r) for kind in _BARE_KINDS
                            for r in gazetteer.candidates(name + kind) if gazetteer.current(r).parent == parent}
                if len(siblings) != 1:
                    break  # not a county beside it: the list (of places) ends here
                accepted.setdefault(name, next(iter(siblings.values())))
            position = item.end(1)
    out: list[RegionMention] = []
    for name, region in accepted.items():
        for start in _occurrences(name, text):
            end = start + len(name)
            if not any(s < end and start < e for s, e in taken) and on_word_boundaries(text, start, end):
                out.append(RegionMention(start, end, name, region))
                taken.append((start, end))
    return out


def _occurrences(word: str, text: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, without overlaps (as :func:`re.finditer` finds it)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def inside_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` lies in one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (position, sys.maxsize)) - 1  # the last span starting at or before it
    return i >= 0 and spans[i][0] <= position < spans[i][1]


# (or a level of projects or funds listed with the next one down: 自治区和市级重点项目)
_FUNDING_LEVEL = re.compile(r"(?:本级)?(?:资金|财政|级)|[和、及与](?:市|县|区|旗|盟|州)级")
KINDS_LISTED = re.compile(r"、(?:直辖市|兵团|计划单列市)")  # 各省、自治区、直辖市: kinds of region listed, none of them


def _autonomous_region(focus: Region | None, ordered: list[RegionMention], before: int,
                       gazetteer: Gazetteer) -> str | None:
    """The region a bare 自治区 names: the autonomous region the text's own region is or lies in, else the last one
    named before it (among the first ``before`` mentions of ``ordered``)."""
    if focus is not None:
        for region in (focus, *gazetteer.ancestors(focus)):
            if region.level == "province" and region.name.endswith("自治区"):
                return region.code
    for i in range(before - 1, -1, -1):
        region = ordered[i].region
        if region.level == "province" and region.name.endswith("自治区"):
            return region.code
    return None


def self_references(text: str, mentions: list[RegionMention], focus: Region | None,
                    gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of words that refer to a region without naming it.

    全国 / 我国 is China.  全区, 全省, 本市 … is the text's own region when its name ends in that word's
    level (内蒙古自治区 … 全区), else the last region of that kind named before it (锡盟 … 全盟); 该县 (that county)
    is always the last one named before it.
    """
    ordered = sorted(mentions, key=lambda r: r.start)
    starts = [r.start for r in ordered]
    longest = max((r.end - r.start for r in ordered), default=0)

    def near(start: int, end: int) -> list[RegionMention]:
        """The mentions that may overlap ``[start, end)`` (bisection: a long text has thousands)."""
        return ordered[bisect.bisect_left(starts, start - longest):bisect.bisect_left(starts, end)]

    def last_before(position: int, kind: str) -> RegionMention | None:
        for r in reversed(ordered[:bisect.bisect_left(starts, position)]):
            if r.end <= position and (r.region.name.endswith(kind) or r.text.endswith(kind)):
                return r
        return None

    found: list[tuple[int, int, str]] = []
    for m in SELF_WORDS.finditer(text):
        if any(r.start <= m.start() < r.end or r.start < m.end() <= r.end for r in near(m.start(), m.end())):
            continue  # 自治区 inside 内蒙古自治区
        if m.group(0) == "自治区":
            if _FUNDING_LEVEL.match(text, m.end()) or KINDS_LISTED.match(text, m.end()):
                continue  # 中央资金、自治区资金、市级资金: where money came from, not where it went
            code = _autonomous_region(focus, ordered, bisect.bisect_left(starts, m.start()), gazetteer)
        else:
            kind = m.group(0)[0] if m.group(0).endswith("本级") else m.group(0)[-1]  # 市本级: the city itself
            code = focus.code if focus is not None else None
            glued = next((r for r in near(m.start(), m.start()) if r.end == m.start()), None)
            if m.group(0).startswith("全") and glued is not None and glued.region.name.endswith(kind):
                code = glued.region.code  # 乐东全县 in a text about two counties: the one it is glued to
            elif focus is None or not focus.name.endswith(kind):
                # (本市 in a district's text is the city it lies in, 嘉定区's 上海市, whatever city was named before it;
                # not 全市, which such texts also compare their figures with, 高于全市、全省1.5个和2.4个百分点)
                above = next((a for a in gazetteer.ancestors(focus) if a.name.endswith(kind)), None) \
                    if focus is not None and m.group(0).startswith("本") else None
                prior = last_before(m.start(), kind) if above is None else None
                # (全省, 我省 in a city's or a county's text that names no province before: the province it lies in;
                # not the name of a service in quotes, “全省通办”)
                province = next((a for a in gazetteer.ancestors(focus) if a.name.endswith("省")), None) \
                    if focus is not None and kind == "省" and prior is None \
                    and text[m.start() - 1:m.start()] not in ("“", "\"", "「") else None
                code = above.code if above else prior.region.code if prior else province.code if province else code
        if code is not None:
            found.append((m.start(), m.end(), code))
    for m in _THAT_ONE.finditer(text):  # 该县 (that county): the last county named before it, whatever the focus
        prior = last_before(m.start(), m.group(1))
        if prior is not None:
            found.append((m.start(), m.end(), prior.region.code))
    found += [(m.start(), m.end(), gazetteer.china.code) for m in COUNTRY_WORDS.finditer(text)
              if not any(r.start <= m.start() < r.end for r in near(m.start(), m.start() + 1))]
    # (高于全区平均水平0.9个百分点, 低于全国0.3个百分点: what a figure is compared with is not where the figure is)
    return sorted(f for f in found if not (_COMPARED.search(text, 0, f[0]) and _AVERAGE_OR_GAP.match(text, f[1])))


_COMPARED = re.compile(r"(?:高于|低于|超过|超出|快于|慢于|好于|优于|比|较)$")
_THAT_ONE = re.compile(r"该([县市区旗州盟])")
_AVERAGE_OR_GAP = re.compile(r"平均|[\d零一二两三四五六七八九十]")


_AUTONOMOUS_STEM = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{0,2}族)+自治[县州旗]")


def name_stem(m: RegionMention) -> str:
    """The stem a headline or heading may write for a region the text names in full: 中山 for 中山市, 东乡 for
    东乡族自治县."""
    if autonomous := _AUTONOMOUS_STEM.fullmatch(m.text):
        return autonomous.group(1)
    return m.text[:-1] if m.text[-1] in "市县州盟" else ""
