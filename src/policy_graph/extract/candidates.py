"""Which quantities of a clause may be figures: not those in titles or quoted names (but those of quoted speech),
inside place names, counting the places just listed, in a formula, naming a set of pledges or rules, a time limit,
the parts of a speech, a frequency, a threshold that defines what is counted or the tiers a rule is for, or in
units of power or energy; and no figure of a sentence that works a rule through for a made-up person."""

from __future__ import annotations

import re

from .clauses import Clause, inside_brackets
from .lists import counts_the_list_before, names_listed_again
from .numbers import Quantity, find_quantities, frequency_before
from .people import SURNAMES

__all__ = ["clause_quantities", "example_person", "worked_example"]

_PLEDGES = re.compile(r"(?:重点|重大|惠民|为民办?|便民)?(?:民生)?实事|规定|举措")  # (十件重点民生实事, 十件为民办实事)
_UNIT_PRICE = re.compile(r"单价(?:在)?$")
_DEFINITION = re.compile(r"(?:统计|调查)(?:范围|口径|对象)(?:为|是|指)")
_TECHNICAL_UNIT = re.compile(r"[\d千万亿](?:千[伏瓦克]|兆瓦|[伏瓦克])|[万亿]度")
_TIER_FROM = re.compile(r"及?(?:以上|以下)(?:的)?(?:缴费)?档")
# The end of a condition (…在1万元（含）以下的, 在1万元至3万元（含）的): what follows it is what a rule gives
_CONDITION = re.compile(r"(?:[至到—\-～~][\d.]+[万亿]?元)?\s*(?:[（(]含[）)])?(?:以上|以下|以内)?的\s*$")
# A count of places before a bound they clear or fall short of (…个村…收入全部超过), or places a bound defines after it
_PLACES = r"(?:行政村|嘎查村|嘎查|村（社区）|村\(社区\)|社区|村)"
_PLACES_BEFORE = re.compile(rf"[\d一二三四五六七八九十百千两]+个{_PLACES}[^，。；\d]{{0,16}}?$")
_BOUND = re.compile(r"(?:全部|均|都)?(?:超过|不足|低于|高于|达到|突破|在)$")
_PLACES_DEFINED = re.compile(rf"(?:以上|以下)?的{_PLACES}")
# A bound held over a run of years or months, right before it (连续八年稳定在, 连续三个月保持在)
_HELD_FOR_YEARS = re.compile(r"连续[\d一二两三四五六七八九十]+(?:年|个月|个季度)(?:稳定|保持|始终|均|都)*(?:在|于)?$")
_SOME_OF_THEM = re.compile(r"\s*(?:但|但是|其中|同时|也)?[，,]?\s*(?:部分|有的|个别|少数|一些|有些)")
_PARTS_OF_A_TEXT = re.compile(r"方面|部分|层面|维度|板块")


_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]")


def clause_quantities(clause: Clause, sentence: str, regions: list[tuple[int, int, str]]) -> list[Quantity]:
    """The quantities of a clause; not those in quotes or titles, nor numerals inside place names (七台河市)."""
    found = []
    for q in find_quantities(clause.text):
        start, end = clause.start + q.start, clause.start + q.end
        if (inside_brackets(sentence, start) and not _speech(sentence, start)) or \
                any(s < end and start < e for s, e, _code in regions):
            continue
        if counts_the_list_before(clause.text, q):
            continue  # 娄桥、景山、新桥三个街道: the number of the places just listed
        if _SAID_ABOVE.search(clause.text, 0, q.start):
            continue  # 对应上述六个档次: the number of things the text listed before, counted again
        if sentence[start - 1:start] in ("×", "*", "÷") or (sentence[start - 1:start] in ("＝", "=") and (
                start < 2 or not _HAN_BEFORE.match(sentence[start - 2]))):
            continue  # 火化率＝火化遗体数÷死亡人数×100%, 800×30%=240元: a formula's factor or result (not a target's
            # value after its name: 低保金按月足额发放率=100%)
        if names_listed_again(sentence, start, q, regions):
            continue  # 恩施市、利川市是全州低保对象最多的两个县市: the places listed, named again by their number
        if q.unit_word in ("件", "项", "条") and _PLEDGES.match(clause.text, q.end):
            continue  # 十件民生实事, 中央八项规定: the name of a set of pledges or rules, not a count
        if not q.unit_word and _TECHNICAL_UNIT.match(clause.text, q.end - 1):
            continue  # 500千伏输变电工程, 3000万千瓦, 3000亿度: a voltage, a power, energy (units the graph has not)
        if q.unit_word == "个" and _TIERS_RAISED.match(clause.text, q.end):
            continue  # 两个等级均较上年提高10元: the tiers just named, not a count
        if q.unit_word == "个" and clause.text.startswith(("工作日", "月"), q.end):
            continue  # 在5个工作日内完成, 给予6个月的渐退期: a time limit, a duration
        if q.unit_word in ("个", "项") and _PARTS_OF_A_TEXT.match(clause.text, q.end):
            continue  # 抓好以下六个方面工作: how a speech or a plan is divided, not what it measures
        if q.value == 1 and q.unit_word in ("名", "人", "户", "位", "家") \
                and _RATE_BEFORE_ONE.search(clause.text, max(0, q.start - 8), q.start):
            continue  # 每超比例安置1名残疾人每年3000元, 每吸纳1名…补贴2000元: the one a rate is paid for
        if q.unit_word == "次" and frequency_before(clause.text, q.start):
            continue  # 每月不少于2次的上门服务, 每季度走访1次: how often, not how many
        if q.qualifier in ("at-least", "at-most") and _UNIT_PRICE.search(clause.text, max(0, q.start - 4), q.start):
            continue  # 购置单价50万元以上通用设备12台: the class of what is counted, by its price
        if _DEFINITION.search(clause.text, 0, q.start):
            continue  # 统计范围为年主营业务收入2000万元及以上的工业企业: a threshold that defines, not a figure
        if q.unit_word.startswith("元") and _TIER_FROM.match(clause.text, q.end):
            continue  # 对选择500元及以上档次缴费的: the tiers a rule is for, not a figure
        if q.unit_word.startswith("元") and _CONDITION.match(clause.text, q.end) and "在" in clause.text[:q.start]:
            continue  # 自负费用在1万元（含）以下的，给予1000元救助: the condition of a tier, not a figure
        if q.unit_word.startswith("元") and ((_bound(q, clause.text) and _PLACES_BEFORE.search(clause.text, 0, q.start))
                                              or _PLACES_DEFINED.match(clause.text, q.end)):
            continue  # 二十二个村村集体经济收入全部超过十万元, 超过十万元的村达到106个: what the places counted clear
        if q.qualifier in ("at-least", "at-most") \
                and _HELD_FOR_YEARS.search(clause.text, max(0, q.start - 16), q.start):
            continue  # 粮食总产量…，连续八年稳定在一百三十万吨以上: a floor held for years, not a figure of one
        if q.qualifier in ("at-least", "at-most") and _SOME_OF_THEM.match(clause.text):
            continue  # 部分乡镇敬老院入住率不足四成, 有的助餐点日均就餐不足十人: how some unnamed ones fare
        found.append(q)
    return found


# 每 and the verb of a rate, before the one it is paid for (每超比例安置1名, 每吸纳1人)
_RATE_BEFORE_ONE = re.compile(r"每[\u4e00-\u9fff]{1,6}$")
# The tiers a raise is of, counted (两个等级均较上年提高…, 两个档次均提高…)
_TIERS_RAISED = re.compile(r"(?:等级|档次|类别|级别|档)[\u4e00-\u9fff]{0,4}?均")
# Words that point back to what the text said before (上述六个档次; not 以上, which ends an age band: 80周岁以上100元)
_SAID_ABOVE = re.compile(r"(?:上述|前述)$")


def _bound(q: Quantity, clause: str) -> bool:
    """Whether quantity ``q`` of ``clause`` is a bound (超过十万元, 低于10万元, 达到十万元以上)."""
    return q.qualifier in ("at-least", "at-most") or _BOUND.search(clause, 0, q.start) is not None


def _speech(sentence: str, position: int) -> bool:
    """Whether ``position`` lies in quoted speech (“目前全省已建成…一千一百二十个，…”), whose figures are the speaker's
    report, rather than in a title or a quoted name or slogan (“15分钟养老服务圈”, 《…》)."""
    if inside_brackets(sentence, position, "《〈「『"):
        return False
    opener = sentence.rfind("“", 0, position)
    if opener < 0:
        return False
    closer = sentence.find("”", position)
    inner = sentence[opener + 1:closer if closer >= 0 else len(sentence)]
    if _RULE_QUOTED.search(sentence, max(0, opener - 4), opener) and any(mark in inner for mark in "，、；"):
        return True  # 村规民约明确“彩礼不超过6万元、婚宴不超过12桌”: the rule's own words
    if not any(mark in inner for mark in "，。；！？"):
        return False
    # (a short one too, when who said it follows: “去年卖螃蟹挣了十二万多，今年行情更好。”李明说。)
    # (or one that ends the sentence with its own full stop, said by who the sentence names before it or the next
    # names after it: …办起了螃蟹养殖场，“去年卖螃蟹挣了十二万多，今年行情更好。”)
    ends = closer == len(sentence.rstrip()) - 1 and inner.rstrip().endswith(("。", "！", "？"))
    return len(inner) > 20 or ends or (closer >= 0 and _SAID_AFTER.match(sentence, closer + 1) is not None)


_RULE_QUOTED = re.compile(r"(?:明确|规定|要求|约定)$")
_SAID_AFTER = re.compile(r"[^。“”\d]{0,16}?(?:说|說|表示|介绍|告诉记者|感慨|坦言|笑道)")
# A worked example of a rule: 举个例子：市民张某一家3口…给予…2760元; 假设一户家庭月收入…
_EXAMPLE = re.compile(r"\s*(?:[问答][:：]\s*)?(?:再?举个例子|再?举一例|举例来说|举例说明|比如|例如|又如|再如)[：:，,]")
# (and a sentence that goes on with the made-up person: 李某家庭成员住院自付医疗费用1万元的，…)
_SOMEONE_OPENS = re.compile(r"\s*(?:[问答][:：]\s*)?[\u4e00-\u9fff]某(?![某些种个地县村市镇区乡项位年月日天企单部机])")
_SUPPOSING = re.compile(r"\s*(?:假如|假设)[^，。]{0,30}(?:某|一户|一家|一位|一名)")
_SOMEONE = re.compile(r"[\u4e00-\u9fff]某(?![些种个地县村市镇区乡项位年月日天企单部机])")  # 张某 (not 某些, 某县)


def worked_example(sentence: str, person: str | None = None) -> bool:
    """Whether the sentence works a rule through for a made-up person (张某, 李某; 举个例子：…的张大爷…) or a supposed
    household: its figures are the rule's arithmetic, not statistics. ``person``: the one an example before it
    in its section made up, whose figures go on being the example's (按照现行标准，张大爷家每月可领取…), as do the sums
    worked after it (他每月可以领取：365元＋10元＋112元＝487元)."""
    return bool((_EXAMPLE.match(sentence) and (_SOMEONE.search(sentence) or _ELDER.search(sentence)))
                or _SUPPOSING.match(sentence) or _SOMEONE_OPENS.match(sentence)
                or (person and (person in sentence or _ARITHMETIC.search(sentence))))


def example_person(sentence: str) -> str | None:
    """The person a worked example makes up (张某, 张大爷), if the sentence is one and names one."""
    if not _EXAMPLE.match(sentence):
        return None
    named = _SOMEONE.search(sentence) or _ELDER.search(sentence)
    return named.group() if named else None


# A person an example names by surname and how one addresses them (张大爷, 李阿姨, 王奶奶)
_ELDER = re.compile(rf"[\u4e00-\u9fff](?:大爷|大妈|大娘|阿姨|奶奶|爷爷|大姐|大哥|师傅)|老[{SURNAMES}]")
# The sums a worked example does (365元＋15元＋300元＝680元, 41700÷139): arithmetic, not statistics
_ARITHMETIC = re.compile(r"\d\s*[元%]?\s*[＋+×÷]\s*[\d（(〔]|[＝=]\s*\d")
