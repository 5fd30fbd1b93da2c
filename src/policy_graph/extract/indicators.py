"""From the words around a number to the name of what it measures (:mod:`.unit_codes` gives its unit).

Two shapes of statistic are read:

* the noun before the number: ``全区共保障城市低保对象39.7万人`` → 城市低保对象;
* the number before the noun: ``1298家自治区本级社会组织全部建立了党组织`` →
  建立党组织的自治区本级社会组织.

>>> noun_before("全区共保障城市低保对象")
('城市低保对象', '')
>>> noun_before("城市特困人员供养标准达到月人均")
('城市特困人员供养标准', 'month')
>>> noun_before("各级政府累计投入购买养老服务资金")
('购买养老服务资金', '')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .numbers import CLASSIFIERS
from .words import word_boundaries

__all__ = ["PER_CAPITA", "VERB_AFTER", "clean_noun", "noun_after", "noun_before", "split_coordination",
           "verb_phrase"]

_ADVERBS = ("共计", "累计", "总计", "合计", "已经", "已", "共", "均", "都", "全部", "分别", "先后", "还", "又", "再",
            "另", "其中", "此外", "同时", "并", "目前", "现有", "当年", "全年", "年内", "今年", "去年",
            "进一步", "积极", "有效", "实际", "一共", "总共", "为", "将", "把", "对", "向", "给", "使", "让")
_STOCK_VERBS = ("保障", "建成", "建有", "拥有", "共有", "登记", "投入", "落实", "筹集", "下拨", "认定", "核定",
                "支出", "实现", "完成", "覆盖", "惠及", "收养", "组织", "举办", "开展", "实施", "提供", "纳入",
                "达到", "有")
_FLOW_VERBS = ("新增", "新建", "改造", "发放", "培训", "安置", "资助", "救助", "办理", "受理", "帮扶", "慰问",
               "接收", "培育", "减少", "增加", "转移", "招聘", "引进")
_COPULAS = ("达到", "达", "为", "是", "增至", "增加到", "增长到", "提高到", "提高至", "统一为", "统一到", "统一至",
            "调整为", "调整到", "调整至", "提高到了", "提到了", "提到", "涨到了", "涨到",  # (spoken: 标准提到了…)
            "上升到", "上升至", "下降到", "下降至", "降至", "降到", "突破", "超过", "逾", "共有", "有", "约", "近",
            "合计", "共计", "累计", "总计", "保持在", "稳定在", "维持在", "控制在", "控制到", "设定在", "设定为",
            "限定在", "确定为", "完成", "实现",
            "由", "从", "由原来的", "从原来的", "由原", "从原")  # (…标准由每人每月90元提高到…: the level before)
PER_CAPITA = {"月人均": "month", "人均每月": "month", "每人每月": "month", "年人均": "year", "人均每年": "year",
               "每人每年": "year", "人均": "year", "每人次": "",
               "每孩每月": "month", "每孩每年": "year",  # (育儿补贴: per child)
               "每生每月": "month", "每生每年": "year"}  # (资助标准: per student)
# (and the signs a performance target's value is written after: 满意度≥90%, 发放率=100%)
_QUALIFIER_WORDS = ("不低于", "不少于", "不超过", "不高于", "不足", "超过", "达到", "约", "近", "逾",
                    "≥", "≧", "≤", "≦", "=", "＝")
_LEADING_MODIFIERS = ("各类", "各级", "各种", "全部", "所有", "全体", "各项", "相关")
# Modifiers shared by coordinated subjects: 城市和农村牧区最低生活保障标准.
_COORDINATE_MODIFIERS = ("农村牧区", "城乡", "城市", "城镇", "农村", "牧区", "乡村", "市区", "县域", "男性", "女性",
                         "集中", "分散", "国内", "国外", "境内", "境外", "公办", "民办", "一般", "重点")
VERB_AFTER = re.compile(
    r"(?:全部|均|都|已|已经|共|先后|分别|还|也)?"
    r"(?:建立|组建|制定|成为|开展|实现|参加|纳入|获得|达到|完成|享受|接受|实行|设立|签订|参与|通过|建成|建起|办起|配备|落实|"
    r"共有|拥有|设有|发放|提供|办理|领取|购买|安装|投入|正式|顺利|开工|竣工|运营|投用|完工|全覆盖|覆盖|分赴|奔赴|赶赴|前往|深入|开通|启用|"
    r"兑换|承接|入驻|签约|挂牌|承担|开设|开办|获准|实地|全面启动|责令|推进(?!会|办|组|器|中心)|接收(?!点|站|中心)|实施(?!方案|意见|细则|办法|计划|项目|主体|单位|范围|对象|步骤|效果|情况))")
_VERBISH = re.compile(r"了|着|(?<![通经度超难错越])过")  # aspect particles (not 通过, 经过, 超过)


_Index = dict[str, tuple[str, ...]]


def _by_edge(words: Iterable[str], edge: int) -> _Index:
    """``words`` longest first, grouped by their first (``edge`` 0) or last (``edge`` -1) character.

    Only the words that share a phrase's edge character can be stripped from that edge, so a strip looks at
    those few instead of trying every word.
    """
    grouped: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        grouped.setdefault(word[edge], []).append(word)
    return {ch: tuple(group) for ch, group in grouped.items()}


def _strip_prefixes(text: str, words: _Index) -> str:
    """Strip the longest of ``words`` (grouped by first character) from the start while one is there, but
    never the whole text."""
    while text:
        for word in words.get(text[0], ()):
            if len(text) > len(word) and text.startswith(word):
                text = text[len(word):]
                break
        else:
            break
    return text


def _strip_suffixes(text: str, words: _Index) -> str:
    """Strip the longest of ``words`` (grouped by last character) from the end while one is there, but never
    the whole text."""
    while text:
        for word in words.get(text[-1], ()):
            if len(text) > len(word) and text.endswith(word) and not (word == "达" and text[-2] in _VERB_OF_DA):
                text = text[: -len(word)]
                break
        else:
            break
    return text


_ADVERB_PREFIXES = _by_edge(_ADVERBS, 0)
_MODIFIER_PREFIXES = _by_edge(_LEADING_MODIFIERS, 0)
_PAYING_VERBS = ("再增加", "再提高", "发放", "补贴", "补助", "给予", "资助", "提高", "增加", "增收")  # (longest first)
_VERB_OF_DA = "下到传送抵转直"  # (下达, 到达, 传达, 送达: verbs that end in 达, not 达 "reached"; not 代表达…)
_COPULA_SUFFIXES = _by_edge(_COPULAS + _QUALIFIER_WORDS, -1)
# (and 统一 before a raise: 城乡低保标准统一提高到每人每月740元)
_ADVERB_SUFFIXES = _by_edge(("已经", "已", "共", "均", "累计", "共计", "总计", "分别", "全部", "原则上", "将", "统一"),
                            -1)
_VERB_ADVERB_PREFIXES = _by_edge(("全部", "均", "都", "已", "已经", "共", "先后", "分别", "还", "也"), 0)
_PER_CAPITA_BY_LAST = _by_edge(PER_CAPITA, -1)
_COORDINATE_LONGEST_FIRST = tuple(sorted(_COORDINATE_MODIFIERS, key=len, reverse=True))
_SPACES = re.compile(r"[ \u3000\u00a0]+")


def clean_noun(text: str) -> str:
    """Trim punctuation, spaces, leading modifiers and a long ``X的`` attribute from a noun phrase.

    An attribute that says which ones are counted stays (享受高龄补贴的老年人); a long description before
    a noun that names the thing well enough goes (符合区情特点的各类农村牧区社区 → 农村牧区社区).

    >>> clean_noun("享受高龄补贴的老年人"), clean_noun("符合区情特点的各类农村牧区社区")
    ('享受高龄补贴的老年人', '农村牧区社区')
    """
    text = _SPACES.sub("", _strip_unpaired(text.strip(_EDGE_MARKS)))
    if "的" in text:
        head = text.rsplit("的", 1)[1]
        if len(_strip_prefixes(head, _MODIFIER_PREFIXES)) >= 4 and len(text) > 12:
            text = head
    text = _strip_prefixes(text, _MODIFIER_PREFIXES)
    return text[:-1] if text.endswith("的") else text


def _strip_unpaired(text: str) -> str:
    """``text`` without the brackets at its ends that close or open nothing within it (新建农村幸福院（长者食堂）:
    kept whole; （长者食堂: 长者食堂)."""
    text = text.lstrip("）)").rstrip("（(").strip(_EDGE_MARKS)
    while text and text[0] in "（(" and text.count(text[0]) > text.count("）" if text[0] == "（" else ")"):
        text = text[1:].strip(_EDGE_MARKS)
    while text and text[-1] in "）)" and text.count(text[-1]) > text.count("（" if text[-1] == "）" else "("):
        text = text[:-1].strip(_EDGE_MARKS)
    return "" if text in ("（）", "()") else text


_EDGE_MARKS = "、，,；;：: \u3000“”"  # (punctuation a noun's ends are stripped of)


# (not the 均 of 次均: 次均救助水平 is an average per time of assistance, not 救助水平 said of all of them)
_LEADING_VERB = re.compile(rf"(?:^|(?<!次)(?:{'|'.join(sorted(_ADVERBS, key=len, reverse=True))}))"
                           rf"((?:{'|'.join(sorted(_STOCK_VERBS + _FLOW_VERBS, key=len, reverse=True))}))了?")


# Every match of _LEADING_VERB holds a verb; this finds one fast (its alternatives start with literals, which
# the regex engine skips to), so a phrase without one is not searched for the slower pattern.
_ANY_VERB = re.compile("|".join(sorted(_STOCK_VERBS + _FLOW_VERBS, key=len, reverse=True)))


def _strip_marker(text: str, per: str) -> tuple[str, str]:
    """Strip a per-capita marker (月人均, 每人每年 ...) from the end; ``per`` is kept if already known."""
    for marker in _PER_CAPITA_BY_LAST.get(text[-1:], ()):
        if text.endswith(marker):
            return text[: -len(marker)], per or PER_CAPITA[marker]
    return text, per


@functools.lru_cache(maxsize=4096)
def noun_before(prefix: str) -> tuple[str, str]:
    """The noun phrase a number that follows ``prefix`` measures, and its per-capita period ('' or month/year).

    Cached: the same phrases come before number after number (城市低保对象, 月人均 ...).
    """
    text = prefix.strip("、，,；;：: \u3000")
    per = ""
    for _ in range(4):  # 每人每月不低于, 月人均达到: markers, qualifiers and copulas in any order
        before = text
        paid = next((v for v in _PAYING_VERBS if text.endswith(v)), "")
        if paid and not per:  # 每人每月发放100元: a marker before the verb that pays the sum
            rest, marked = _strip_marker(text[: -len(paid)], per)
            if marked:
                text, per = rest, marked
        text, per = _strip_marker(text, per)
        text = _strip_suffixes(text, _COPULA_SUFFIXES)
        text, per = _strip_marker(text, per)
        text = _strip_suffixes(text, _ADVERB_SUFFIXES)
        if text == before:
            break
    if text in ("由", "从"):
        return "", per  # 由每人每月830元提高到…: no noun, the level before a raise of what the sentence is about
    text = _FROM_WHEN.sub("", text)  # 床位占比由去年底的41.5%…: the time of the level a change starts from
    text = _PAID_TO.sub(r"\g<verb>\g<what>", text)  # 为80周岁以上老年人发放高龄津贴1056万元: what is paid
    text = _strip_prefixes(_EACH_PLACE.sub("", text.lstrip("（(：:")), _ADVERB_PREFIXES)
    # the last verb that starts the phrase or follows an adverb
    match = None
    if _ANY_VERB.search(text):
        for found in _LEADING_VERB.finditer(text):
            match = found
    if match is not None and len(text) - match.end() >= 2 and not _OF_THE_VERB.fullmatch(text, match.end()):
        verb = match.group(1)
        rest = text[match.end():]
        text = (verb if verb in _FLOW_VERBS or len(rest) < 3 else "") + rest
    return clean_noun(text), per


# What makes the verb before it a noun (支出总预算, 支出决算, 发放总额: the spending's budget, not a budget spent)
_OF_THE_VERB = re.compile(r"总?(?:预算|决算)|总计|合计|总额|规模")
_PAID_TO = re.compile(r"^(?:为|向|给)?[^，、；]{2,20}?(?:老年人|老人|人员|对象|群众|家庭|儿童|残疾人)"
                      r"(?P<verb>发放|拨付|支付|兑现)(?P<what>[\u4e00-\u9fff]{2,12})$")
_FROM_WHEN = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:由|从)(?:去年|上年|\d{4}年)(?:底|末)?的?$")
# Each of the places doing it (各地普遍将彩礼上限…, 各乡镇新建…): who acts, not what is measured
# (not one of several who act: 各镇和市直单位共派出…)
_EACH_PLACE = re.compile(r"^各(?:地|县(?:市区|区|市)?|区县?|市县?|乡镇?|镇|街道|村|社区)(?:（[^）]{1,6}）)?"
                         r"(?:普遍|均|都|也|已)?(?![和、及与])")
# A body each place of a kind has, named after the place (镇（街道）卫生院, 乡镇（街道）敬老院): what is counted
_BODY_OF_PLACE = re.compile(r"(?:卫生院|敬老院|养老院|福利院|中心校|中学|小学|幼儿园|派出所|民政所|财政所|政府|党委)")
_SHORT_NOUN = re.compile(r"^([\u4e00-\u9fff]{1,2})(（[^）]{1,12}）)")
_ADMIN_ALTERNATIVES = re.compile(r"（[乡镇街道村社区居委会市县区旗、]+）")  # （街道）, （市、区）, （社区）
# adverbs that begin what is said of the counted noun (and why or what not yet: 9个行政村（社区）因居住分散…尚未建成)
_PREDICATE_START = re.compile(r"均|都|全部|已经?|基本|不同程度|因|由于|尚未|仍未|暂未")
# 均 or 全部 after a counted noun, saying something of all of them (not 人均, 年均, 均衡, 均等)
# (or the places' own income: 二十二个村村集体经济收入全部超过…, 123个村集体经济收入…, 三个村收入不足…)
_PREDICATE_IN_NOUN = re.compile(r"(?<![人年户])均(?![衡等值匀])|全部|不同程度|(?<=村)村?(?:级)?集体经济(?:总)?收入"
                                r"|(?<=^村)收入")
# A place with its alternatives in brackets (镇（街道）; 苏木镇（街道）, of three characters too)
_PLACE_NOUN = re.compile(r"^(?!的)([\u4e00-\u9fff]{1,3})(（[^）]{1,12}）)")
_ALL_COVERED = re.compile(r"[\u4e00-\u9fff]{0,10}?全覆盖")  # (…老年助餐服务全覆盖: what covers them all)
# Places counted, then something of theirs (15个乡镇的补贴面积, 12个村的集体经济收入)
_PLACES_WHOSE = re.compile(r"(嘎查村|行政村|建制村|村（社区）|社区|乡镇（街道）|乡镇|街镇|街道|苏木"
                           r"|县（市、区）|县（市）|村|镇|乡)的(?=[\u4e00-\u9fff])")
_PLACES_COVERED = re.compile(r"(嘎查村|行政村|建制村|村|社区|乡镇|街镇|镇|乡|街道|苏木)"
                             r"(?=" + _ALL_COVERED.pattern + ")")
# Kinds of county-level places named together (区县, 县市区, 旗县市区), then what is said of them, not a noun going on
# (三十八个区县全面推行…, 12个旗县区全部建成…; but 38个区县民政局: bureaus)
_KINDS_TOGETHER = re.compile(r"(?:旗县市区|旗县区|旗县市|县市区|区市县|区县|县区|县市|市县)"
                             rf"(?=全面|普遍|率先|陆续|相继|{_PREDICATE_START.pattern}|{VERB_AFTER.pattern})")
_SHORT_BRACKETS = re.compile(r"（[^）]{0,12}）|\([^)]{0,12}\)")
# (and the next count: 7个区县62个乡镇, not 500强, 5A级)
_NEXT_COUNT = r"(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?[万亿]?(?:" + "|".join(CLASSIFIERS) + ")"
_NOUN_END = re.compile(r"[、，,；;（(]|" + _NEXT_COUNT + r"|中[^国央心度等型小学医华层部级青老]|" + VERB_AFTER.pattern)


@functools.lru_cache(maxsize=1024)
def noun_after(suffix: str) -> tuple[str, str]:
    """For a count before its noun (``35项工作任务``): the noun, and the verb phrase after it (cached: mostly
    the same few, often the empty end of a clause)."""
    short = _SHORT_NOUN.match(suffix)
    if short and len(short.group(1)) == 1 and not _BODY_OF_PLACE.match(suffix, short.end()):
        return short.group(0), suffix[short.end():]  # 县（市、区）, 镇（街道）(not 镇（街道）卫生院: the centres)
    if covered := _PLACES_COVERED.match(suffix):
        return covered.group(1), suffix[covered.end(1):]  # 83个嘎查村互助养老服务全覆盖: what covers them all
    if of := _PLACES_WHOSE.match(suffix):
        return of.group(1), suffix[of.end():]  # 对全县15个乡镇的补贴面积开展抽查: the towns, whose areas were checked
    if kinds := _KINDS_TOGETHER.match(suffix):
        # 三十八个区县全面推行…: the counties, and what they did (as below, without the brackets in it)
        return kinds.group(0), _SHORT_BRACKETS.sub("", suffix[kinds.end():])
    place = _PLACE_NOUN.match(suffix)
    if place and _ADMIN_ALTERNATIVES.fullmatch(place.group(2)):
        rest = suffix[place.end():]  # 乡镇（街道）全覆盖, 乡镇（街道）均配齐…, but not 社区（村）服务站: a noun goes on
        if not rest or _NOUN_END.match(rest) or _PREDICATE_START.match(rest) or _ALL_COVERED.match(rest) \
                or rest[:1].isdigit() or (rest[:1] in "和及与" and rest[1:2].isdigit()):
            # (苏木镇（街道）老年助餐服务全覆盖: a service that covers them all; 213个乡镇（街道）48.36万人受灾,
            # 28个乡镇（街道）和42家…: the next count begins)
            return place.group(0), rest
    text = _SHORT_BRACKETS.sub("", suffix)
    if text.startswith("的"):
        text = text[1:]
    end = _NOUN_END.search(text)
    stop = end.start() if end else len(text)
    # 17个乡镇均不同程度受灾: what is said of them begins (after one character where it is a place: 12个镇不同程度…)
    predicate = _PREDICATE_IN_NOUN.search(text, 1 if text[:1] in "县区市旗乡镇村" else 2, stop)
    stop = predicate.start() if predicate else stop
    noun = clean_noun(text[:stop])
    if len(noun) > 3 and noun.endswith(("和", "及")) and end is not None and end.start() == stop:
        noun = noun[:-1]  # 116项全国性服务和367项…: the list goes on with the next count
    rest = text[stop:]
    if rest.startswith("中"):
        rest = rest[1:]
    return noun, rest


_PHRASE_END = re.compile(r"[，,；;。（(]")
_HAVING = re.compile(r"(?:全部|均|都)?(?:共有|拥有|设有)")


def verb_phrase(text: str) -> str:
    """A verb phrase fit to modify a noun: 全部建立了党组织 → 建立党组织; none for what the noun has (7所敬老院共有床位
    860张: the homes are counted, not what they have)."""
    text = _PHRASE_END.split(text, maxsplit=1)[0]
    if _HAVING.match(text):
        return ""
    text = _strip_prefixes(text, _VERB_ADVERB_PREFIXES)
    return _VERBISH.sub("", text)


_COORDINATION = re.compile(r"[和、及与]")


_HELD = re.compile(r"(?P<verb>享受|领取|获得|享有|接受|参加|纳入)(?P<objects>[^的]+)的(?P<head>[^的]+)")


_GROWTH_SUFFIXES = ("增速", "变化")


def split_coordination(noun: str, count: int) -> list[str] | None:
    """Split a coordinated noun into ``count`` nouns, one for each figure given for it, or None.

    The items share the head noun of the last one when they modify it (城市和农村牧区最低生活保障标准; 集中养育孤儿和
    社会散居孤儿基本生活费标准); otherwise each is a noun of its own (社会团体、基金会).

    >>> split_coordination("城市和农村牧区最低生活保障标准", 2)
    ['城市最低生活保障标准', '农村牧区最低生活保障标准']
    >>> split_coordination("集中养育孤儿、社会散居孤儿基本生活费标准", 2)
    ['集中养育孤儿基本生活费标准', '社会散居孤儿基本生活费标准']
    >>> split_coordination("孤儿和事实无人抚养儿童基本生活费标准", 2)
    ['孤儿基本生活费标准', '事实无人抚养儿童基本生活费标准']
    >>> split_coordination("海带、紫菜养殖面积", 2)
    ['海带养殖面积', '紫菜养殖面积']
    >>> split_coordination("社会团体、基金会增速", 2), split_coordination("社会团体", 2)
    (['社会团体增速', '基金会增速'], None)
    """
    if count < 2:
        return None
    tiers = _BY_TIERS.fullmatch(noun)  # 特困人员照料护理标准按全自理、半护理、全护理三档: the standard of each tier
    if tiers is not None:
        names = _COORDINATION.split(tiers.group("tiers"))
        if len(names) == count and all(names):
            return [f"{tiers.group('head')}（{name}）" for name in names]
    held = _HELD.fullmatch(noun)  # 享受高龄津贴、护理补贴和养老服务补贴的老年人: one each
    if held is not None:
        objects = _COORDINATION.split(held.group("objects"))
        if len(objects) == count:
            return [f"{held.group('verb')}{o}的{held.group('head')}" for o in objects]
    suffix = next((s for s in _GROWTH_SUFFIXES if noun.endswith(s)), "")  # 社会团体、基金会增速: each one's growth
    parts = _COORDINATION.split(noun[:len(noun) - len(suffix)])
    if len(parts) != count or not all(len(p) >= 2 for p in parts) or any(b in noun for b in "（(“"):
        return None
    last = parts[-1]
    for modifier in _COORDINATE_LONGEST_FIRST:
        if last.startswith(modifier) and len(last) > len(modifier) + 1:
            head = last[len(modifier):]
            return [p + head + suffix for p in parts[:-1]] + [last + suffix]
    head = _shared_head(parts[0], last)
    if head:
        return [p + head + suffix for p in parts[:-1]] + [last + suffix]
    return [p + suffix for p in parts]


_BY_TIERS = re.compile(r"(?P<head>[^按]{2,20})(?:按|分为)(?P<tiers>[^按]{2,40}?)"
                       r"(?:[两二三四五六七八九十]个?[档类级等])?")
# People nouns that end a coordinated item: what follows the last one in the last item is the head they share
_LISTED_PEOPLE_WORDS = ("儿童", "孤儿", "老年人", "老人", "残疾人", "人员", "对象", "遗属", "群众", "家庭")
_LISTED_PEOPLE = re.compile("|".join(_LISTED_PEOPLE_WORDS))
_AFTER_ENDING = re.compile(r"^(?:以上|以下|及以上)")


def _shared_head(first: str, last: str) -> str:
    """The head noun the last item of a list shares with the first one ("" when they share none): after a
    people noun (孤儿和事实无人抚养儿童|基本生活费标准), after the first item's ending (集中养育孤儿、社会散居孤儿|…),
    or after the last item's first word when the first item is a word as short (海带、紫菜|养殖面积)."""
    if first.endswith(_LISTED_PEOPLE_WORDS):
        ends = [m.end() for m in _LISTED_PEOPLE.finditer(last)]
        return last[ends[-1]:] if ends and len(last) - ends[-1] >= 2 else ""
    ending = first[-2:]
    at = last.rfind(ending)
    if len(first) > 2 and at > 0 and at + len(ending) < len(last) - 1:
        return _AFTER_ENDING.sub("", last[at + len(ending):])
    if len(first) <= 2:
        cut = min((c for c in word_boundaries(last) if c > 0), default=len(last))
        if cut == len(first) and len(last) - cut >= 2:
            return last[cut:]
    return ""
