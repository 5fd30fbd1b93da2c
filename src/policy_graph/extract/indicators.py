"""From the words around a number to the name of what it measures, and its unit code.

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
>>> unit_code("家", "", "社会团体"), unit_code("元", "month", ""), unit_code("张", "", "养老床位")
('organization', 'CNY/person/month', 'bed')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .counted import counted_kind
from .numbers import CLASSIFIERS, PER_POPULATION
from .words import word_boundaries

__all__ = ["COUNT_NOUNS", "PER_CAPITA", "VERB_AFTER", "clean_noun", "noun_after", "noun_before", "one_persons_unit",
           "split_coordination", "unit_code", "verb_phrase"]

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


# (户次, 家次, 场次: visits and sessions, counted as such; no household is counted twice)
_SIMPLE_UNITS = {"人": "person", "名": "person", "位": "person", "人次": "person-time", "户": "household",
                 "户次": "count", "家次": "count", "场次": "count", "批次": "count", "%": "percent", "‰": "per-mille",
                 "个千分点": "per-mille", "千分点": "per-mille",
                 "个百分点": "percentage-point", "百分点": "percentage-point", "项": "count", "亩": "mu",
                 "公顷": "hectare", "平方米": "square-metre", "公里": "kilometre", "千米": "kilometre", "吨": "tonne",
                 "元/人次": "CNY/person-time", **dict.fromkeys(PER_POPULATION, "person")}


# What 户 counts when it counts no household (创业实体860户: firms)
_FIRMS = re.compile(r"企业|市场主体|经营主体|实体|工商户|商户|合作社|单位")
_TOTAL_ONLY = re.compile(r"总数|总量|总计|累计")  # a noun that names nothing but a total of what was named before



_PEOPLE_WORDS = r"(?:老年人|老人|人员|对象|儿童|孤儿|群众|居民|村民|职工|学生|残疾人|妇女|农民工|劳动力|人口)"
_PEOPLE = re.compile(_PEOPLE_WORDS + "$")
_PEOPLE_FIRST = re.compile(r"(?:建档立卡)?[\u4e00-\u9fff]{0,4}?" + _PEOPLE_WORDS)  # (56.3万建档立卡低收入人口)
_PER_TIME_ENDINGS = ("每人次", "人次均", "每人次\n", "人次均\n")  # r"每人次$|人次均$", without a search of all the text
_ORGANIZATIONS = re.compile(r"社会组织|社会团体")
_ORGANIZATION_FIRST = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:社会组织|社会团体|行业协会|商会|基金会|民办非企业单位)")
_LAST_PART = re.compile(r"[；;。]")  # the context of a count: the part of the sentence it is in
# Nouns that name a count, and the unit word it is counted in (低保人数 → 人, a table's column or a bare 万)
COUNT_NOUNS = {"人数": "人", "户数": "户", "人次": "人次", "件数": "件"}
_MONTHLY_PER_PERSON = re.compile(r"月人均|人均月|每人每月|月(?:平)?均(?:收入|工资)|月最低工资|月费"
                                 r"|每[个名位]?(?:孩子|儿童|老人|老年人)每个?月")
# (and a per-capita income of a trade, 人均茶叶收入, 人均务工收入: yearly too, unless said of a month or a day)
_INCOME_OR_OUTPUT = (r"人均(?:可支配|纯|工资性|经营净|财产净|转移净|(?![月日周])[\u4e00-\u9fff]{1,4}?)?收入"
                     r"|人均(?:地区)?生产总值")
_SPENDING = (r"人均(?:GDP|[\u4e00-\u9fff]{0,8}消费支出)"  # (人均食品烟酒消费支出: yearly too)
             r"|人均(?:食品烟酒|衣着|居住|生活用品及服务|交通通信|教育文化娱乐|医疗保健|其他用品和服务)"
             r"支出")  # (the eight kinds of consumption a household survey counts)
_YEARLY_PER_PERSON = re.compile(f"{_INCOME_OR_OUTPUT}|(?:{_SPENDING})$")  # (a noun that ends in spending)
# A title that names something counted per person a year (各市居民人均可支配收入和人均消费支出)
YEARLY_PER_PERSON_TITLE = re.compile(f"{_INCOME_OR_OUTPUT}|{_SPENDING}")


def counts_people(noun: str) -> bool:
    """Whether ``noun`` names people (老年人, 困难群众, 低保对象): what a bare 万 before it counts."""
    return _PEOPLE.search(noun) is not None


def people_after(text: str) -> int:
    """The length of the noun of people ``text`` starts with (老年人享受… → 3; 困难群众 → 4), or 0."""
    match = _PEOPLE_FIRST.match(text)
    return match.end() if match else 0


def unit_code(unit_word: str, per_capita: str, noun: str, context: str = "") -> str:
    """The unit code (contracts.md) of a unit word, given the per-capita period and the counted noun.

    ``context`` (the text before the number) helps when the noun names no counted thing.
    """
    if unit_word.startswith("元/"):
        if "次" in unit_word:
            return "CNY/person-time"
        return "CNY/person/month" if "月" in unit_word else "CNY/person/year"
    if unit_word == "元":
        if per_capita:
            return f"CNY/person/{per_capita}"
        if each := _EACH_ONE_PER.search(context[-20:]):
            return f"CNY/person/{'year' if each.group(1) == '年' else 'month'}"  # 每名儿童每年最高补助2.4万元
        if "次均" in noun or "次均" in context[-12:] or "平均每次" in context[-12:]:
            return "CNY/person-time"  # 次均救助水平3430元, 平均每次救助1600元: an average per time (not 每次3000元,
            # a limit on each)
        if _YEARLY_PER_PERSON.search(noun) or _YEARLY_PER_PERSON.search(context[-12:]):
            return "CNY/person/year"  # 人均可支配收入, 人均地区生产总值: yearly by definition
        if _MONTHLY_PER_PERSON.search(noun):
            return "CNY/person/month"  # 企业退休人员月人均基本养老金
        if _YEAR_PER_PERSON_MARK.search(noun):
            return "CNY/person/year"  # 低保对象年人均补助水平, 岗位人员人均年补助
        return "CNY/person-time" if context.endswith(_PER_TIME_ENDINGS) else "CNY"
    if unit_word == "项" and (counted_kind(noun) == "project" or _PROJECTS_BEFORE.search(context[-40:])):
        return "project"  # 20项民心工程, 10项民生实事项目: projects counted by 项 (and …中已完成7项, 其余13项)
    if unit_word == "户" and (_FIRMS.search(noun) or (
            _TOTAL_ONLY.fullmatch(noun) and _FIRMS.search(_LAST_PART.split(context[-30:])[-1]))):
        # 12.80万户企业, 新登记市场主体2160户: firms counted by 户, not households (…工业企业九户，总数达到五十八户: so
        # is the total of them)
        return "count"
    if unit_word in _SIMPLE_UNITS:
        return _SIMPLE_UNITS[unit_word]
    if not unit_word and _SPENT.search(context[-8:]):
        return "CNY"  # 办一场丧事，少说也得花十多万; 一年能挣两万多: money, its 元 left unsaid
    if not unit_word and noun[-2:] in COUNT_NOUNS:
        return _SIMPLE_UNITS[COUNT_NOUNS[noun[-2:]]]  # 助餐服务人次突破600万
    if not unit_word and counts_people(noun):
        return "person"  # 583.6万老年人: a magnitude without a classifier, counting people
    counted = counted_kind(noun) or ("household" if noun.endswith("家庭") else None)  # 2000多万个婴幼儿家庭
    if counted == "project" and unit_word in ("处", "座"):
        counted = None  # 集中供水工程312处: works standing somewhere, counted as such (not projects)
    if counted == "institution" and unit_word == "张":
        return "bed"  # 床位6.12万张，其中医院4.48万张: the beds of a kind of institution (no one counts homes by 张)
    if counted is None and unit_word == "家" and (_ORGANIZATIONS.search(_LAST_PART.split(context[-30:])[-1])
                                                 or _ORGANIZATION_FIRST.match(noun)):
        counted = "organization"  # (…的4家拟成立社会组织不予登记, 3家行业协会商会退还…: the noun that opens its words)
    if counted is None and unit_word == "所" and _HOMES_BEFORE.search(context[-40:]) and not _SCHOOLS.search(noun):
        counted = "institution"  # 幸福院数量较多，分别建成24所和21所; 其中38所…: the homes the sentence spoke of
    return counted or "count"


_YEAR_PER_PERSON_MARK = re.compile(r"年人均|人均年")
# Homes a count by 所 without a noun of its own counts, named before it (幸福院…，分别建成24所和21所); not one of its
# own (改扩建农村薄弱学校十三所, 建成老年大学3所)
_HOMES_BEFORE = re.compile(r"(?:幸福|敬老|养老|福利|光荣|护理)院|养老机构|照料中心")
_SCHOOLS = re.compile(r"学|校|园|医院|卫生")
# Spending or earning right before a sum without its unit (得花十多万, 一年能挣两万多)
_SPENT = re.compile(r"(?:花|花费|花销|开销|挣|赚)(?:了|掉|上)?$")
# Projects counted by 项 earlier in the sentence, which the later counts by 项 count too
_PROJECTS_BEFORE = re.compile(r"[\d一二三四五六七八九十百两]项[\u4e00-\u9fff]{0,8}?(?:项目|工程)")
# Each one person of a kind, a year or a month (每名儿童每年最高补助, 每位老人每月; 每人每年可领取护理补贴; 每孩每年),
# just before an amount
_EACH_ONE_PER = re.compile(r"(?:每(?:名[\u4e00-\u9fff]{1,5}?|位[\u4e00-\u9fff]{1,5}?|人|个?孩子?)|老年人|老人|儿童"
                           r"|学生)每(年|月)[^，。；每]{0,10}$")  # (…老年人每年可分别领取高龄津贴960元)
# A category of area a standard is set for (一类地区（白银区、平川区）, 二类地区), what follows it
_CATEGORY = re.compile(r"(?P<category>[一二三四五六七八九十两各]类地区)(?:（[^）]*）?)?(?P<rest>.*)")


def of_category(indicator: str, noun: str) -> str:
    """The indicator of a figure given for a category of area under a run-in heading that names what it is of:
    一类地区 under （一）城市低保标准。 is 城市低保标准（一类地区）; 两类地区均提高 is 城市低保标准提高.

    >>> of_category("一类地区（白银区、平川区", "城市低保标准"), of_category("两类地区均提高", "城市低保标准")
    ('城市低保标准（一类地区）', '城市低保标准提高')
    >>> of_category("城市低保对象", "城市低保标准")
    '城市低保对象'
    """
    found = _CATEGORY.fullmatch(indicator)
    if found is None:
        return indicator
    category, rest = found.group("category"), found.group("rest").lstrip("均都")
    if _CATEGORY.search(rest):
        return indicator  # (a list of them, 一类地区（太原市）、二类地区（…）…: one figure each, not told apart here)
    if rest.endswith(noun):
        rest = ""  # 一类地区农村低保最低标准 under （二）农村低保最低标准。
    elif rest and not _RAISE_ONLY.fullmatch(rest):
        return indicator
    if category[0] in "两各":
        return noun + rest
    return f"{noun}（{category}）{rest}"


_RAISE_ONLY = re.compile(r"(?:分别|再|又)*(?:提高|增加|上调|提升)了?")


# An amount one person gets or pays (“一个月能拿3000多元”, 每个月交300元, 一年能拿到8000多元), not other money
_OWN_MONTH = re.compile(r"(?:每个?月|一个月)[^，。；每]{0,12}$")  # (一个月低保金和养老金加起来有一千二百多块)
_OWN_YEAR = re.compile(r"一年[^，。；每]{0,10}$")
# (or a household's, a couple's or a family's together: 老两口每个月能领…, 我们家三口人…一个月加起来…)
_OTHER_PER = re.compile(r"每(?:户|床|餐|次|所|家|个(?!月)|张|项|人次|年)|户均|人均"
                        r"|老两口|两口子|一家人|全家|我们家|[两二三四五六七八]口人")


def one_persons_unit(amount: str, context: str) -> str | None:
    """The unit of an amount (``amount``, as written) one person gets or pays a month or a year, from the text
    before it (``context``); None for other money (每月发放低保金1200万元, 每户每月…)."""
    if "万" in amount or "亿" in amount or _OTHER_PER.search(context[-24:]):
        return None
    if _OWN_MONTH.search(context[-18:]):
        return "CNY/person/month"
    return "CNY/person/year" if _OWN_YEAR.search(context[-14:]) else None
