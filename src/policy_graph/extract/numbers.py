"""Numbers and quantities in Chinese text: the grammar the observation extractor reads.

A quantity is a number (Arabic or Chinese numerals, with 万/亿/千 magnitudes),
an optional qualifier (近, 约, 超过 before; 余, 多, 以上, 左右 after) and a unit
(元, 万人, 人次, %, 个百分点, 元/人·月, or a classifier such as 家, 所, 张, 项).

>>> q = next(find_quantities("城市低保对象39.7万人"))
>>> q.value, q.unit_word, q.text
(Decimal('397000'), '人', '39.7万人')
>>> [(q.value, q.unit_word) for q in find_quantities("新增床位一万二千张，增长百分之五")]
[(Decimal('12000'), '张'), (Decimal('5'), '%')]
>>> q = next(find_quantities("按每个3000至5000元的标准"))
>>> q.value, q.upper, q.qualifier
(Decimal('3000'), Decimal('5000'), 'at-least')
>>> parse_number("三百二十"), parse_number("1,075"), parse_number("二〇一八")
(Decimal('320'), Decimal('1075'), Decimal('2018'))
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Context, Decimal, InvalidOperation
from typing import NamedTuple

__all__ = ["CLASSIFIERS", "FREQUENCY", "NUMERAL", "PER_POPULATION", "Quantity", "canonical", "find_quantities",
           "frequency_before", "parse_number"]

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
           "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_NUM = "零〇○一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟"

# Classifiers of counted things (人次 before 人, 户次 before 户, 家次, 场次 and 批次: visits, sessions and groups; 笔
# loans and payments, 期 sessions of a course, 种 kinds, 桌 tables); their unit code depends on the noun (see
# indicators.unit_code).
CLASSIFIERS = (
    "人次", "户次", "家次", "场次", "批次", "户", "名", "位", "家", "所", "张", "项", "个", "件", "座", "处", "间",
    "辆", "台", "套", "条", "支", "批", "次", "场", "栋", "艘", "架", "头", "只", "株", "棵", "盏", "部", "册", "顶",
    "箱", "床", "篇", "块", "具", "例", "眼", "份", "起", "笔", "期", "种", "桌", "颗", "单", "宗", "枚",
)
# A rate per so many people (孕产妇死亡率为13.46/10万): a per-population ratio counts people
PER_POPULATION = ("/10万人", "/10万", "/十万人", "/十万", "/万人", "/万", "/100万", "/百万")
# Units after the number, longest first.
_UNIT_WORDS = (
    "元/人·月", "元/人/月", "元/月·人", "元/月/人", "元/人·年", "元/人/年", "元/年·人", "元/年/人",
    "元/人次",
    *PER_POPULATION,
    "个百分点", "百分点", "个千分点", "千分点", "平方米", "平方公里", "公里", "千米", "块钱", "蚊", *CLASSIFIERS, "元",
    "人",
    "对",
    "亩", "公顷", "吨", "%", "‰", "成",
)
_UNIT_RE = "|".join(re.escape(u) for u in _UNIT_WORDS)
# What says a 块 is money: a word of pay or payment in the clause before it (or a month's: 一个月两千来块), or what
# it is after it
# (一个月工资有6000多块; 住校还有生活补助，一年下来有1000块: nothing counted after it, pay said before it; 一个月光吃药
# 就得三百多块: a month's cost; 一个月下来也就两百来块, 一个月加起来…: what a month comes to; 一吨四百来块: a price)
_PAID_BEFORE = re.compile(r"(?:工资|收入|补助|补贴|津贴|金|费|挣|拿|领|掏|花|交|收|赚|钱|涨到|涨了|提了|提高了|多了"
                          r"|出了|补了|给了|发了|彩礼|礼金|寄|汇)"  # (政府补了2万块: paid)
                          r"[^。；！？]*$"
                          r"|(?:一个|每个?)月(?:[^，。；！？\d]{0,6}?(?:得|要|需|花))?[^，。；！？\d]{0,2}$"
                          r"|(?:一个?|每个?)[月年][^，。；！？\d]{0,4}?(?:下来|加起来|合起来|总共|一共)[^，。；！？\d]{0,3}$"
                          r"|一(?:吨|斤|袋|桶|顿|餐|份)[^，。；！？\d]{0,2}$")
_PAID_AFTER = re.compile(r"的[^，。；]{0,4}(?:金|钱|费|补贴|补助|工资|收入)"
                         r"|[^，。；]{0,2}(?:津贴|补贴|补助|工资|费|金|钱)")  # (一百块高龄津贴, 两百多块零花钱)
_NOTHING_AFTER = re.compile(r"了?(?:[，。；！？”」]|$)|就?够")  # (饭钱两百来块就够了; 今年涨到五百块了)
_CN_RE = "[" + _CN_NUM + "]+(?:[万亿][" + _CN_NUM + "]+)*(?:点[" + _CN_NUM + "]+)?"
# (亿 and then 万 in Arabic digits, 1亿3600万元, 1亿零860万元: one number)
_NUM_RE = r"\d+亿零?\d{1,4}(?=[多余]?万)|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|" + _CN_RE
_PRE_WORDS = ("近", "约", "超过", "逾", "达", "累计", "共计", "总计", "不足", "不到", "将近", "接近", "不低于",
              "不少于", "不超过", "不高于", "≥", "≧", "≤", "≦")  # (满意度≥90%: a target's least)
# A quantity starts with a qualifier, 百分之 or a numeral.  The lookahead says so first, which the regex engine
# checks at once at each position before it tries the alternatives of a qualifier one by one: a third faster.
_QUANTITY_START = "[" + "".join(sorted({w[0] for w in _PRE_WORDS})) + r"百\d" + _CN_NUM + "\\-−－]"
_QUANTITY = re.compile(
    rf"(?={_QUANTITY_START})"
    r"(?P<pre>" + "|".join(_PRE_WORDS) + r")?"
    r"(?P<pct>百分之|千分之)?"
    r"(?P<sign>(?<![\d.])[-−－](?=\d))?"  # a minus sign (人口自然增长率-0.86‰), not a range's dash (3-5万元)
    r"(?P<num>" + _NUM_RE + r")"
    r"(?P<mag>多万|余万|万亿|千万|百万|十万|万|亿|千)?"
    r"(?P<post1>余|多|来(?=[^\d\s到至]))?"
    r"(?P<unit>" + _UNIT_RE + r")?"
    r"(?P<post>以上|以下|以内|左右|多|余)?"
)


# The rest of a list of changes in points whose unit only its last one writes out (0.4个和0.8个百分点)
_POINTS_NEXT = re.compile(r"(?:[、和及与][\d.]+个)*[、和及与][\d.]+(个[百千]分点)")


class Quantity(NamedTuple):
    """A number with its unit word and qualifier, at ``[start, end)`` of the text searched."""

    start: int
    end: int
    text: str
    value: Decimal
    unit_word: str          # as written: 元, 人, %, 元/人·月, 家 ... ("" when none)
    qualifier: str | None   # at-least, at-most, approx
    cumulative: bool
    upper: Decimal | None = None  # the upper end of a range (3000至5000元: value 3000, upper 5000)


def parse_number(text: str) -> Decimal:
    """Parse Arabic (``1,075``, ``39.7``) or Chinese (``三百二十``, ``十二``, ``二〇一八``) numerals."""
    text = text.replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    if text[:1].isdigit() and "亿" in text:  # 1亿3600万 (1亿零860万): the 万 is of the part after 亿
        high, _, low = text.partition("亿")
        low = low.lstrip("零")
        part = Decimal(low.removesuffix("万") or 0) * (10_000 if low.endswith("万") else 1)
        return Decimal(high) * 100_000_000 + part
    if "点" in text:
        whole, _, frac = text.partition("点")
        digits = "".join(str(_DIGITS[ch]) for ch in frac)
        return parse_number(whole) + Decimal("0." + digits)
    if all(ch in _DIGITS for ch in text):  # 二〇一八: digit by digit
        return Decimal("".join(str(_DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        else:
            raise ValueError(f"not a number: {text!r}")
    if digit and len(text) > 1 and (unit := _UNIT_VALUES.get(text[-2], 0)) >= 100:
        digit *= unit // 10  # 三千五 is 3500, 六万六 66000, 一亿二 1.2亿: the digit after a unit is of the next one
    return Decimal(total + section + digit)


_UNIT_VALUES = {**_SMALL_UNITS, "万": 10_000, "亿": 100_000_000}


_MAGNITUDES = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000),
               "万亿": Decimal(10) ** 12, "千万": Decimal(10_000_000), "百万": Decimal(1_000_000),
               "十万": Decimal(100_000), "多万": Decimal(10_000), "余万": Decimal(10_000)}


# Every quantity has a numeral: a text without one (most clauses) needs no search for quantities.
NUMERAL = re.compile(rf"[\d{_CN_NUM}]")
_ONE = Decimal(1)


def find_quantities(text: str) -> Iterator[Quantity]:
    """Yield every quantity in ``text`` that has a unit or a magnitude (bare numbers are not quantities)."""
    if NUMERAL.search(text) is None:
        return
    for match in _QUANTITY.finditer(text):
        pre, pct, num, mag, post1, unit, post = match.group("pre", "pct", "num", "mag", "post1", "unit", "post")
        unit, mag = unit or "", mag or ""
        if match.start() > 0 and text[match.start() - 1] == "第":
            continue  # an ordinal: 第3位, 第十次
        if match.start() > 2 and text[match.start() - 1] in "、，,和及至" \
                and _ORDINALS_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # 第2、4、5项: ordinals listed after one 第
        if match.start() > 1 and text[match.start() - 1] == "/" and text[match.start() - 2].isdigit() \
                and mag and not unit:
            continue  # the base of a rate per so many people (13.46/10万): no figure of its own
        if match.start() > 0 and text[match.start() - 1] in "几数" and num[0] in "十百千万":
            continue  # 几十位老人, 数百人: no number
        if unit == "对" and not _PAIRS.match(text, match.end()):
            continue  # 一对一帮扶, 500对接: 对 counts pairs only where it ends the quantity (结婚登记5126对)
        if unit == "次" and (_SESSION.match(text, match.end()) or text[match.start() - 1:match.start()] == "届"):
            continue  # 九届十三次全委会, 第二次全国代表大会: which session, not how many
        if unit == "单" and text.startswith(_WORDS_OF_DAN, match.end()):
            continue  # 慈善信托3单, 订单1100单: orders and trusts counted; not 12单位, 3单元, 10单项
        if unit == "宗" and text.startswith(("教", "族", "旨", "祠", "亲"), match.end()):
            continue  # 3宗教活动场所: a noun after a bare number (违法建筑42宗, 案件12宗: cases counted)
        if unit == "床" and text.startswith("位", match.end()):
            continue  # 1200床位: a noun after a bare number, not 棉被4800床
        if unit == "人" and text.startswith("社", match.end()):
            continue  # 12333人社服务热线: a hotline's number before 人社 (human resources and social security)
        if unit == "部" and text.startswith(("门", "分"), match.end()):
            continue  # 民政部等24部门: the issuers, not a count; 第十一至十三部分: parts of a text
        if post1 == "来" and not (num[-1] in "十百千0" or mag):
            continue  # 三百来块钱, 二十来人: about so many; not 3来 nor 从100来
        if unit == "起" and (num[0] not in _CN_NUM or len(num) == 1) and not _CASES_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # 纠纷八十六起, 安全事故3起: cases counted; not 2025年1月1日起, 一起, 5起步
        if unit == "个" and _DURATION.match(text, match.end() - len(post or "")):
            continue  # 两个多小时, 3个月: a length of time, not a count
        if unit and unit != "个" and _PLACE_NAMED.match(text, match.end()):
            continue  # 黄流镇、九所镇分别…: a town's name (towns are counted by 个; 10所乡镇卫生院 counts its centres)
        if unit == "个" and _PEOPLE_NEXT.match(text, match.end()):
            unit = "人"  # 我们组有9个人, 三个人: people (not 5个人民调解委员会, 3个人才驿站, 两个人居环境示范村)
        if unit == "个" and (points := _POINTS_NEXT.match(text, match.end())):
            unit = points.group(1)  # 分别提高0.4个和0.8个百分点: points, like the last of the list
        closing = None if pct else _RANGE_NEXT.match(text, match.end())
        if closing is not None and (not unit or closing.group("unit") == unit):
            continue  # the lower end of the range the next quantity reads
        if pct:
            unit = "%" if pct == "百分之" else "‰"
        if not unit and not mag and not (num[0] in _CN_NUM and ("万" in num[:-1] or "亿" in num[:-1])
                                         and (post1 in ("多", "余") or _NOTHING_AFTER.match(text, match.end()))):
            continue  # (but 老人有二十八万三千多，: a magnitude inside a number said in words, and nothing after it)
        if not unit and not mag and _PAID_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            unit = "元"  # 彩礼只要了六万六, 花了一万二千多: money, said without its unit
        if num[0] in _CN_NUM and not pct and not _plausible_chinese_number(num, text, match.start("num")):
            continue
        whole = num.partition("点")[0]  # (三点一二亿元: the decimals are read digit by digit)
        spoken: tuple[Decimal, Decimal] | None = None
        if num[0] in _CN_NUM and _NEIGHBOURS.search(whole) and not (
                len(whole) >= 4 and all(c in _DIGITS for c in whole)):
            spoken = _spoken_range(num, mag)
            if spoken is None:
                continue  # 一两个人, 七八个村, 三四十人: about so many (二〇二五: a year, digit by digit)
        if mag in ("万", "多万", "余万") and "亿" in num:
            # 三亿一千万: the 万 is of the part after 亿 (3.1亿), not of the whole; so in 三亿一千多万 (the 多 kept)
            num, mag = num + "万", mag[:-1]
        try:
            value = spoken[0] if spoken else parse_number(num)
        except (ValueError, KeyError):
            continue
        value *= _MAGNITUDES.get(mag, _ONE)
        if match.group("sign") or (pct and match.start() > 0 and text[match.start() - 1] in "负負"):
            value = -value  # -0.86‰; 负千分之二点零七
        if unit == "成":  # tenths: 三成 is 30%
            unit, value = "%", value * 10
        elif unit in ("块钱", "蚊") or (unit == "块" and (_PAID_AFTER.match(text, match.end()) or (
                _NOTHING_AFTER.match(text, match.end()) and _PAID_BEFORE.search(text, max(0, match.start() - 16),
                                                                                 match.start())))):
            # 三块钱, said for 三元; so 块 of money (一个月工资有6000多块, 一千多块的供养金); 三十蚊 in Cantonese
            unit = "元"
        if spoken is not None and unit != "元":
            continue  # (a spoken range is read of money only: 三四十人, 两三千户 stay a rough count)
        post = post or post1 or ""
        if post == "来":
            post = "左右"  # (about so many)
        if "余" in mag or "多" in mag:
            post = post or "余"
        qualifier = _qualifier(pre, post)
        start = match.start("pre") if pre and pre not in ("达",) else \
            match.start("sign" if match.group("sign") else "num")
        if pct:
            start = min(start, match.start("pct"))
        upper = spoken[1] * _MAGNITUDES.get(mag, _ONE) if spoken else None
        qualifier = "at-least" if spoken else qualifier
        low = None if pre or spoken else _range_low(text, start)
        if low is not None:
            try:
                # (3-5万元: the upper end's 万 is the lower's too; not where the lower has its own unit: 5000元至1万元)
                low_mag = low.group("lmag") or ("" if low.group("lunit") else mag)
                low_value = parse_number(low.group("low")) * _MAGNITUDES.get(low_mag, _ONE)
            except (ValueError, KeyError):
                low_value = None
            if low.group("lunit") not in (None, unit):
                low_value = None  # 3人至5户: no range
            if low_value is not None and low_value < value:
                upper, value, start, qualifier = value, low_value, low.start(), "at-least"
        yield Quantity(start=start, end=match.end(), text=text[start:match.end()], value=canonical(value),
                       unit_word=unit, qualifier=qualifier, cumulative=pre in ("累计", "共计", "总计"),
                       upper=canonical(upper) if upper is not None else None)


# 人 after 个 that is no word of its own: 个人 (personal) and 人民, 人才, 人员 … counted by 个
_PEOPLE_NEXT = re.compile(r"人(?![民口员才账缴所力身格事均数寿工手情居社大防文行体])")
# A town's or village's kind after a number and classifier, ending the name (九所镇、, 三家村分别)
# (or a town's name going on: 七家镇还为…, 在七家镇西道村…; not 3家乡镇卫生院, 5家镇属企业, 十所镇敬老院)
# (and after 子, as many a name of the north-east runs: 南五十家子镇, 三家子村, 八家子乡)
_PLACE_NAMED = re.compile(r"[镇乡村](?:[、，,。；和与及等]|分别)"
                          r"|镇(?![级区域属中直])(?![\u4e00-\u9fff]{0,4}(?:院|中心|站|所|校|园|馆|室|厂|点))"
                          r"|子[镇乡村]")
_WORDS_OF_DAN = ("位", "元", "价", "独", "人", "项", "身", "亲", "列", "据", "词", "车", "向", "一", "次", "品")
_SESSION = re.compile(r"(?:全体)?(?:会议|全会|全委会|常委会|代表大会|党代会|人代会)")
_DURATION = re.compile(r"(?:多|余|半)?(?:小时|钟头|月|星期|礼拜|工作日)")
# What cases counted by 起 are (a number in Arabic digits or a lone numeral before 起 needs one of these before it)
_CASES_BEFORE = re.compile(r"(?:纠纷|案件|案|事故|事件|火灾|警情|信访|投诉|举报|隐患|问题|违法|违规|违纪|灾害|险情"
                           r"|丧事|婚事|红白事|调解|化解|查处|办结)"  # (办理丧事2.86万起: funerals handled, counted as
                           # cases; 调解成功54起: cases mediated)
                           r"[\u4e00-\u9fff]{0,6}$")

# What may follow 对 counting pairs (5126对，; 5126对新人; 2860对和2415对): not a word that 对 begins (对接,
# 对口, 一对一)
_PAIRS = re.compile(r"$|[^\u4e00-\u9fff]|新人|夫妇|夫妻|[和、及与](?=[\d一二三四五六七八九十两])")

# The lower end of a range, right before its upper end: 3000至5000元, 3-5万元, 10～20张.
_RANGE_LOW = re.compile(r"(?<![\d.])(?P<low>\d+(?:\.\d+)?)(?P<lmag>万|亿)?(?P<lunit>" + _UNIT_RE +
                        r")?\s*(?:至|到|~|～|-|—|－)\s*$")
# A quantity that is the lower end of a range the next one closes (10万至20万元, 100元至500元): read with it
_RANGE_NEXT = re.compile(r"\s*[至到~～\-—－]\s*\d[\d.]*\s*(?:万|亿)?\s*(?P<unit>" + _UNIT_RE + ")")
_RANGE_MARKS = "至到~～-—－"


def _range_low(text: str, end: int) -> re.Match[str] | None:
    """The lower end of a range that ends at ``end`` (:data:`_RANGE_LOW`).

    The pattern is anchored at ``end`` but searched from the start of the text; it can only match when a range
    mark is the last character before ``end`` that is not a space (``\\s`` is :meth:`str.isspace`), so most
    quantities skip the search.
    """
    before = end
    while before > 0 and text[before - 1].isspace():  # as text[:end].rstrip(), without copying the text
        before -= 1
    if before == 0 or text[before - 1] not in _RANGE_MARKS:
        return None
    return _RANGE_LOW.search(text, 0, end)


_DIGIT_NUMERALS = "一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_SUPERLATIVE_BEFORE = re.compile(r"最[\u4e00-\u9fff]{1,6}的$")
_NEIGHBOURS = re.compile("[一二两三四五六七八九]{2}")  # two digits side by side: a rough count (一两, 三五, 七八)
# Two numerals one apart before a power of ten, after any higher places: a spoken range (三四百, 一千五六百, 四五千)
_SPOKEN_RANGE = re.compile(r"(?P<head>[一二两三四五六七八九十百千]*[十百千])?(?P<low>[一二两三四五六七八九])"
                           r"(?P<high>[一二两三四五六七八九])(?P<power>[十百千])?")


def _spoken_range(num: str, mag: str) -> tuple[Decimal, Decimal] | None:
    """The two ends of a spoken range (三四百 is 300 to 400, 一千五六百 1500 to 1600, 三四万 3 to 4 before its 万),
    or None when ``num`` is no such range or its numerals are not one apart (三五, a rough count)."""
    found = _SPOKEN_RANGE.fullmatch(num)
    if found is None or not (found.group("power") or mag):
        return None
    head, power = found.group("head") or "", found.group("power") or ""
    low, high = _DIGITS[found.group("low")], _DIGITS[found.group("high")]
    if high != low + 1 or (power and head and head[-1] != _HIGHER_PLACE.get(power)):
        return None
    return parse_number(head + found.group("low") + power), parse_number(head + found.group("high") + power)


_HIGHER_PLACE = {"十": "百", "百": "千", "千": "万"}  # (一千五六百: the place right above the range's)
# After a lone numeral: a word (not a classifier of people, places or things counted as such) and a kind of place
_NAMED_PLACE = re.compile(r"[^个名户所项\W\d][\u4e00-\u9fff]{1,2}?(?:街道|社区|村委会|村|镇|乡|路|街)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MONEY_BEFORE = re.compile(r"(?:每[人户月年餐次天]|不超过|不低于|不少于|不高于|约|为|达到?|补助|补贴|提高|增加)$")
_AT_LEAST_ONE = re.compile(r"(?:至少|不少于)(?:建有|建成|建设|设立|设置|配备|配置|有)?$")
_UNIT_AFTER_MAGNITUDE = re.compile(rf"(?:余|多)?(?:{_UNIT_RE})")


def _plausible_chinese_number(num: str, text: str, start: int) -> bool:
    """Chinese numerals are numbers only in numeric contexts: not 一些, 一系列, 三条底线, 第十次."""
    if start > 0 and text[start - 1] in "第每周星礼初":
        return False
    following = text[start + len(num):start + len(num) + 1]
    if len(num) == 1 and num not in "十百千":
        after_numeral = start > 0 and text[start - 1] in _CN_NUM
        if following in ("万", "亿") and num in _DIGIT_NUMERALS and _UNIT_AFTER_MAGNITUDE.match(text, start + 2):
            return not after_numeral  # 一万户, 两万余人, 三亿元: a magnitude and a unit make it a number
        # 新建幼儿园三所: a single numeral counts only concrete things; 一 is too often "one" in a phrase, except
        # where a minimum is set (每个县至少建有一所…)
        if following == "元" and num != "一" and _MONEY_BEFORE.search(text, max(0, start - 4), start):
            return not after_numeral  # 每人每餐不超过三元的标准: money (not 二元结构, 一元钱, the firm 三元)
        if following == "项" and _CJK.match(text, start + 2):
            return False  # 两项补贴, 三项社会保险: the name of a set, not a count
        listed = start >= 3 and text[start - 1] in "和、及与" and text[start - 2] == following and \
            text[start - 3] in _CN_NUM  # 分别建成两个和一个: the last count of a list
        if following == "个" and text.startswith(("“", '"', "‘", "「"), start + 2):
            return False  # 我讲三个“要”, 两个“确保”: the parts of a speech or a slogan, not a count
        if following == "家" and text.startswith("班子", start + 2):
            return False  # 县四家班子: the county's four leading bodies, a set phrase
        if _SUPERLATIVE_BEFORE.search(text, max(0, start - 10), start):
            return False  # 长安镇、浮石镇是受灾最重的两个乡镇: the places just named, not a count
        if _NAMED_PLACE.match(text, start + 1):
            return False  # 三台子街道, 五里店社区: a place named with a numeral
        if following in "件次" and (num == "一" or _CJK.match(text, start + 2) or frequency_before(text, start)):
            return False  # 三件事, 三次产业, 二次分红, 每周…巡诊两次: no count (建议六件、提案九件, 培训两次。: counts)
        if following in "条期宗" and num != "一" and not _CJK.match(text, start + 2) \
                and not frequency_before(text, start) \
                and (following != "期" or _COURSES_BEFORE.search(text, max(0, start - 12), start)):
            # 精品线路三条，培训八期。: a count ending its phrase (not 三条底线; nor a project's phase, 水厂二期、…)
            return not after_numeral
        return (num not in "一" or listed or _AT_LEAST_ONE.search(text, max(0, start - 6), start) is not None) and \
            following in "所家座张名户处台辆套间个项成吨亩件次" and following != "" and not after_numeral
    return not (len(num) == 1 and num in "千百")


# Courses and classes, counted by 期 (开展职业技能培训八期)
_COURSES_BEFORE = re.compile(r"培训|讲座|课|班|研修|轮训|夜校|学堂|学校")
# How often, said before a count of times (每月不少于2次, 每季度走访1次, 每周派医护人员到中心巡诊两次)
FREQUENCY = re.compile(r"(?:每|一)(?:年|半年|季度?|个?月|周|星期|旬|天|日)[^，。；\d]{0,10}$")


def frequency_before(text: str, position: int) -> bool:
    """Whether the count of times at ``position`` of ``text`` says how often (每周…两次), not how many."""
    return FREQUENCY.search(text, max(0, position - 16), position) is not None


# Ordinals listed after one 第, to the one after them (第2、4、5项, 第一至三批)
_ORDINALS_BEFORE = re.compile(r"第[\d一二三四五六七八九十]+(?:[、，,和及][\d一二三四五六七八九十]+)*[、，,和及至]$")
# A bound said once for the figures listed after it (分别不低于70%和100%), or before what a figure is per
# (不低于每人每月800元: the bound of the 800)
_BOUND = re.compile(r"分别(?:不得?|均不得?)(低于|少于|超过|高于)"
                    r"|不得?(低于|少于|超过|高于)(?:每[人户](?:每?[月年天日])?|[人户]均)\s*$")


def bound_before(text: str, start: int) -> str | None:
    """The qualifier (at-least, at-most) of a bound said before the figure at ``start`` of a clause, for it and
    the others listed with it or for what it is per; None if there is none."""
    if "不" not in text[:start]:
        return None  # (every bound is said with 不: a cheap look first, for the many figures that have none)
    found = _BOUND.search(text, max(0, start - 12), start) or next(
        (m for m in _BOUND.finditer(text, 0, start) if m.group(1)), None)
    if found is None:
        return None
    return "at-least" if (found.group(1) or found.group(2)) in ("低于", "少于") else "at-most"


@functools.cache  # a few dozen pairs
def _qualifier(pre: str | None, post: str) -> str | None:
    if post in ("以上", "余", "多") or pre in ("超过", "逾", "不低于", "不少于", "≥", "≧"):
        return "at-least"
    if post in ("以下", "以内") or pre in ("不足", "不到", "不超过", "不高于", "≤", "≦"):
        return "at-most"
    if post == "左右" or pre in ("近", "约", "将近", "接近"):
        return "approx"
    return None


def canonical(value: Decimal) -> Decimal:
    """A decimal in canonical form, without a meaningless exponent or trailing zeros.

    >>> canonical(Decimal("39.7") * 10000), canonical(Decimal("559.90"))
    (Decimal('397000'), Decimal('559.9'))
    >>> canonical(Decimal("8" * 30))
    Decimal('888888888888888888888888888888')
    """
    written = str(value)  # cheaper than as_tuple(), and says the same here
    if "E" not in written and ("." not in written or written[-1] != "0"):
        return value  # an integer written without exponent, or a fraction without trailing zeros: already so
    digits = value.as_tuple().digits
    # exact at any length: the default context rounds to 28 digits (and quantize fails past them)
    context = _context(max(28, len(digits), value.adjusted() + 1))
    normalized = value.normalize(context)
    if normalized == normalized.to_integral_value(context=context):
        return normalized.quantize(Decimal(1), context=context)
    return normalized


@functools.lru_cache(maxsize=64)
def _context(precision: int) -> Context:
    """A decimal context of ``precision`` digits, made once: making one costs more than the arithmetic.

    Sharing it is safe: the operations only set its flags, and flags change no result (only traps would).
    """
    return Context(prec=precision)
