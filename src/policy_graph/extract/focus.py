"""The region a text is about: the one its headline names, else its publisher's, else the one it names most.

The rules read the headline first (北京市朝阳区人民政府…: the inner region; ——河北、湖南、四川三省…见闻: what holds
them; a town alone, 白霓镇：…: its county, from the table of towns), then the body that published the text
(洛阳市民政局; a local paper only for its own report, 我市…), then the text itself (a subdistrict said to lie in a
district, a town's own 全镇: the county of the town it names, a national text's 全国, the region it names most with
the level its 全市/全县 implies).
"""

from __future__ import annotations

import re
from collections import Counter

from ..gazetteer import Gazetteer, Region
from ..towns import TownMention, default_towns
from .regions import COUNTRY_WORDS, KINDS_LISTED, SELF_WORDS, RegionMention, inside_spans, name_stem, on_word_boundaries
from .timing import DISASTERS

__all__ = ["focus_region"]

# How a local paper's own report speaks of its region
_OWN_CITY = {"prefecture": re.compile(r"我市|本市|我州|本州|我盟|本盟"),
             "county": re.compile(r"我县|本县|我市|本市|我区|本区|我旗")}
# (a province's or an autonomous region's paper on its own: 全省…, 内蒙古日报's 全区…)
_OWN_PROVINCE = {"省": re.compile(r"我省|本省|全省"), "区": re.compile(r"我区|本区|全区")}
_NEVER = re.compile(r"(?!)")
_TOWN_SELF = re.compile(r"全镇|我镇|本镇|全乡(?!镇)|我乡|本乡|全街道|我街道|本街道")

# What is held where a headline names (全区民政工作会议在呼和浩特召开): the place it was held, not what it is about
_HELD = re.compile(r"(?:隆重)?(?:召开|举行|举办|开幕|闭幕)")


_COUNTED_AFTER = re.compile(r"[两二三四五六七八九十]个?(?:省|市|县|区|州|盟|旗|地)")


def _listed_in_headline(head: list[RegionMention], first: Region, end: int, text: str, gazetteer: Gazetteer,
                        within_first: bool = False) -> Region | None:
    """The region that holds all the places a headline lists (——河北、湖南、四川三省…见闻: China; 浙江景宁、陕西宁陕、
    甘肃临洮: China; 平乡、广宗两县: 邢台市), when it lists three or more from ``first`` (ending at ``end``) on, or
    counts them, or writes each of two with the province it lies in (广西凌云、海南乐东: China); else None.
    ``within_first``: ``first`` was written after its province already (广西凌云)."""
    listed, inner = [first], [within_first]
    for m in head:
        if m.start == end + 1 and text[end] in "、和与及":
            listed.append(m.region)  # the next place of the list (its province first: 陕西|宁陕)
            inner.append(False)
        elif m.start != end or not _within(m.region, listed[-1], gazetteer):
            continue
        else:
            listed[-1], inner[-1] = m.region, True  # (the place within, named right after: 陕西宁陕)
        end = m.end
    paired = len(listed) == 2 and all(inner) and len({r.code[:2] for r in listed}) == 2
    if len(listed) < 3 and not paired and not _COUNTED_AFTER.match(text, end):
        return None  # (北京市、天津市养老服务协同发展情况: two places side by side, the first leads)
    chains = [[r, *gazetteer.ancestors(r)] for r in listed]
    common = next((r for r in chains[0] if all(r in chain for chain in chains[1:])), None)
    return common or gazetteer.china


_PAPER_PREFIX = re.compile(r"^(?:今日|今天|魅力|美丽|大美)(?=[\u4e00-\u9fff]{2})")


def focus_region(headline: str, mentions: list[RegionMention], text: str, gazetteer: Gazetteer,
                 *publishers: str | None, start: int = 0) -> Region | None:
    """The region a text is about: the first region its title or subtitle names, else the region of the body
    that published it (a web page's 洛阳市民政局: 洛阳市; else its site, 公安县人民政府; a local paper, 襄阳日报, only
    for its own report, which says 我市), else the county a town's own text (全镇) names, else the most named one.

    A text whose headline names none and that speaks of "全国" is about China.
    """
    head = [m for m in mentions if start <= m.start and m.end <= start + len(headline)  # (at ``start`` of text)
            and not (text[m.start - 1:m.start] == "在" and _HELD.match(text, m.end))]  # (…会议在呼和浩特召开: where)
    if head and _TO_US.search(headline):
        head = []  # 山东今年向我市投入财政援助资金…: the region that gives, in a text of the one that receives (我市)
    if head:
        focus = head[0]
        for following in head[1:]:  # 北京市朝阳区人民政府…: the region within, named right after
            if following.start != focus.end or not _within(following.region, focus.region, gazetteer) \
                    or _DISASTER.match(text, following.end):
                break  # (普洱墨江地震灾后救助…: the county names the earthquake; the text is the city's)
            focus = following
        if (stemmed := _stem_after(focus, mentions, text, start + len(headline), gazetteer)) is not None:
            stem_region, stem_end = stemmed[0], focus.end + stemmed[1]
            district = next((m for m in head if m.start == stem_end and _within(m.region, stem_region, gazetteer)),
                            None)
            if district is not None:
                return district.region  # 山西长治潞州区：…: the district named right after its city's stem
            # (广西凌云、海南乐东…见闻: a stem, then the list goes on)
            return _listed_in_headline(head, stem_region, stem_end, text, gazetteer, True) or stem_region
        return _listed_in_headline(head, focus.region, focus.end, text, gazetteer) or focus.region
    if (county := _town_county(text, start, start + len(headline), mentions, gazetteer)) is not None:
        return county  # 白霓镇：老年食堂开到家门口: the county the town lies in
    for m in mentions:  # 中山跨境养老合作提速 over a text naming 中山市: a name the table leaves out as a common word
        stem = name_stem(m)
        if len(stem) >= 2 and headline.lstrip().startswith(stem) and m.start >= start + len(headline):
            return m.region
    for publisher in publishers:
        publisher = _PAPER_PREFIX.sub("", publisher) if publisher else publisher  # (今日郸城: a county's paper)
        named = gazetteer.scan(publisher) if publisher else ()
        current = {gazetteer.current(r).code: gazetteer.current(r) for r in named[0].candidates} if named else {}
        if not (named and named[0].start == 0 and len(current) == 1):  # 公安县: its code now and a retired one
            continue
        publishing = next(iter(current.values()))
        end = named[0].end
        for inner in named[1:]:  # 深圳市南山区人民政府: the region within, named right after
            within = {gazetteer.current(r).code: gazetteer.current(r) for r in inner.candidates
                      if _within(gazetteer.current(r), publishing, gazetteer)}
            # (or in brackets after a zone's name: 青岛西海岸新区（黄岛区）人民政府)
            if (inner.start != end and not _ZONE_THEN_BRACKET.fullmatch(publisher or "", end, inner.start)) \
                    or len(within) != 1:
                break
            publishing, end = next(iter(within.values())), inner.end
        own_words = _OWN_PROVINCE.get(publishing.name[-1], _NEVER) if publishing.level == "province" else \
            _OWN_CITY.get(publishing.level, _NEVER)
        if publisher and publisher.endswith(("报", "报社")) and not own_words.search(text):
            continue  # a newspaper (澳门日报) reports on other places too, unless on its own (襄阳日报: 我市…)
        if publishing.level == "prefecture" and (county := _county_speaking(publishing, mentions, text, gazetteer)):
            return county  # a city's hotline page of a county's work order (…宁城县八里罕镇…；我县…，县民政局…)
        return publishing
    for m in mentions:  # 殷行街道是杨浦区老年人口最多的街道之一: the subdistrict's article is about its district
        if m.start - start < _LEAD_REACH and _PLACE_OF.search(text, max(0, m.start - 6), m.start):
            return m.region
    country = len(COUNTRY_WORDS.findall(text))
    if not mentions:
        return gazetteer.china if country else None
    counts = Counter(m.region.code for m in mentions)
    spans = sorted((m.start, m.end) for m in mentions)
    # (not the 自治区 of 西藏自治区, a name counted already, nor of 省、自治区、直辖市)
    own = [m for m in SELF_WORDS.finditer(text)
           if not inside_spans(m.start(), spans) and not KINDS_LISTED.match(text, m.end())]
    town = len(_TOWN_SELF.findall(text))
    counties = [m for m in mentions if m.region.level == "county"]
    if town >= 2 and town > len(own):
        # a town's own text (全镇, 我镇) is about the county it lies in: the county of the town it names most, where
        # the table of towns places it; else the county it names most (first, among equals) rather than the
        # province it names as often
        if (county := _town_county(text, 0, len(text), mentions, gazetteer)) is not None:
            return county
        if counties:
            return max(counties, key=lambda m: (counts[m.region.code], -m.start)).region
    provinces = {code[:2] for code in counts}
    if country >= 2 and country >= max(counts.values()) and (country > len(own) or len(provinces) >= 3):
        # a national text: 全国 more often than any one region or 全市/全省 (or than any one region, where the
        # places it goes to lie in three provinces or more: each with its own 全县)
        return gazetteer.china
    best = max(counts.items(), key=lambda kv: (kv[1], -len(kv[0].rstrip("0")), kv[0]))[0]
    region = gazetteer.get(best)
    cities = sum(w.group().endswith("市") for w in own)
    if region is not None and not region.name.endswith("市") and 2 * cities > len(own):
        # 本市 throughout, naming the districts of one city more often than any region by itself (宝山区、嘉定区、
        # 松江区…, and 云南 once, where people came from): the city, which it never names
        held = Counter(a.code for m in mentions for a in gazetteer.ancestors(m.region) if a.name.endswith("市"))
        city, under = held.most_common(1)[0] if held else (best, 0)
        if under >= 2 and under > counts[best] and city not in counts:
            return gazetteer.get(city) or region
    if region is not None and own and len(own) >= counts[best] and region.level == "county" and region.parent \
            and not (region.name.endswith("市") and _dominant(best, region.parent, counts, gazetteer)):
        # "全市" everywhere while only a county is named: the text is about the city above it (not when the county
        # is a city itself, 宁安市, named more often than its siblings together: its own 全市).
        parent = gazetteer.get(region.parent)
        if parent is not None and cities and cities >= sum(w.group().endswith("县") for w in own):
            return parent  # (not where 全县 outnumbers 全市: 全县…十二次, 全市第一 twice is the city's ranking)
    provincial = sum(_OWN_PROVINCE["省"].fullmatch(w.group()) is not None for w in own)
    if region is not None and region.level != "province" and provincial >= 2 and provincial >= counts[best] \
            and 2 * provincial > len(own) and (province := gazetteer.get(best[:2] + "0000")) is not None:
        # "全省" throughout a provincial paper's report (南方日报: no region in its name) that names a city's scene
        # more often than its province: the province
        return province
    kind = [w.group()[-1] for w in own if w.group()[-1] in "县旗"]
    if region is not None and region.level != "county" and len(kind) > counts[best] and 2 * len(kind) > len(own):
        # a county's own text (全县 throughout) that names its province more often than itself (…为建设壮美广西平南
        # 篇章): the county of that kind within it, the one whose city the text also names (贵港市委 … 县委)
        inside = [m for m in counties if m.region.name.endswith(kind[0]) and _within(m.region, region, gazetteer)]
        if inside:
            return max(inside, key=lambda m: (sum(a.code in counts for a in gazetteer.ancestors(m.region)),
                                              counts[m.region.code], -m.start)).region
    return region


def _town_county(text: str, start: int, end: int, mentions: list[RegionMention],
                 gazetteer: Gazetteer) -> Region | None:
    """The county of the town ``text[start:end]`` names most (first, among equals; not one written right after a
    region's name) where only one county fits: the one county with a town of that name within a region the text
    names (城关镇 in a text naming 崇阳县; of several, the one the text names, else the one in a city it names), or
    the only county with that name in a province the text names, or anywhere when the text names no region; else
    None."""
    named = {m.region.code for m in mentions if m.region.level != "country"}
    provinces = {code[:2] for code in named}
    after_region = {m.end for m in mentions}  # (义乌市佛堂镇: a town of elsewhere, written with its county)
    towns: Counter[str] = Counter()
    firsts: dict[str, TownMention] = {}
    for t in default_towns().scan(text, start, end):
        if t.start not in after_region and on_word_boundaries(text, t.start, t.end):
            towns[t.name] += 1
            firsts.setdefault(t.name, t)
    for name in sorted(towns, key=lambda n: (-towns[n], firsts[n].start)):
        counties = [r for code in firsts[name].counties if (r := gazetteer.get(code)) is not None]
        inside = [r for r in counties if r.code in named or any(a.code in named for a in gazetteer.ancestors(r))]
        if len(inside) > 1:
            # (双河镇 in a text naming 四川, 宜宾 and 长宁县: the county named itself, else within the city named)
            inside = [r for r in inside if r.code in named] or [r for r in inside if r.parent in named] or inside
        if len(inside) == 1:
            return inside[0]
        if not inside and len(counties) == 1 and (not named or counties[0].code[:2] in provinces):
            return counties[0]
    return None


def _county_speaking(city: Region, mentions: list[RegionMention], text: str, gazetteer: Gazetteer) -> Region | None:
    """The one county of ``city`` a text names, where the text speaks as a county (我县, 全县, 县民政局 more often than
    as a city, at least twice); else None."""
    own = [w.group()[-1] for w in SELF_WORDS.finditer(text)] + [w.group()[0] for w in _OFFICE_SELF.finditer(text)]
    county_words = own.count("县")
    if county_words < 2 or county_words <= own.count("市"):
        return None
    inside = {m.region.code: m.region for m in mentions
              if m.region.level == "county" and _within(m.region, city, gazetteer)}
    return next(iter(inside.values())) if len(inside) == 1 else None


_OFFICE_SELF = re.compile(r"(?<![\u4e00-\u9fff])[县市](?:民政局|人民政府|政府)")  # (县民政局 said of its own county)


def _stem_after(focus: RegionMention, mentions: list[RegionMention], text: str, body: int,
                gazetteer: Gazetteer) -> tuple[Region, int] | None:
    """The region within ``focus`` whose name's stem the headline writes right after it (海南东方：… over a text
    naming 东方市: a stem that is a common word, which no table lists alone), where the body names it in full; with
    the stem's length."""
    for m in mentions:
        stem = name_stem(m)
        if len(stem) >= 2 and m.start >= body and text.startswith(stem, focus.end) \
                and _within(m.region, focus.region, gazetteer) and not _DISASTER.match(text, focus.end + len(stem)):
            return m.region, len(stem)
    return None


# A zone's name and an opening bracket, before the region the zone is (青岛西海岸新区（黄岛区）)
_ZONE_THEN_BRACKET = re.compile(r"[\u4e00-\u9fff]{1,8}(?:新区|开发区|示范区|管理区)[（(]")
# What a place's name may name instead of the place: a disaster there (墨江地震, 泸定地震, 理塘“10·18”5.4级地震)
_DISASTER = re.compile(rf"(?:[“\"]\d{{1,2}}[·.．]\d{{1,2}}[”\"])?\d*(?:\.\d+)?级?{DISASTERS}")
# A headline's region giving to the text's own (向我市, 对我县, 援助我区): the text is the receiver's
_TO_US = re.compile(r"(?:向|对|为|给|援助?|帮扶)我[市县区州省旗盟]")
# A town or subdistrict (in no gazetteer) said to lie in a region, near the top of a text
_PLACE_OF = re.compile(r"(?:街道|镇|乡)(?:是|位于|地处|隶属于?)$")
_LEAD_REACH = 400


def _dominant(code: str, parent: str, counts: Counter[str], gazetteer: Gazetteer) -> bool:
    """Whether region ``code`` is named more often than the other regions under ``parent`` together."""
    others = sum(n for other, n in counts.items() if other != code
                 and (found := gazetteer.get(other)) is not None and found.parent == parent)
    return counts[code] > others


def _within(region: Region, other: Region, gazetteer: Gazetteer) -> bool:
    return any(a.code == other.code for a in gazetteer.ancestors(region))
