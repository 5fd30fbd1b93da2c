"""What a figure measures: the noun before or after the number (城市低保对象1.2万人, 新建幸福院12个), cleaned of what
is no part of it (times, the regions and how many of them, copulas, the people money is paid to), and what a
standard or an amount is for (发放高龄津贴, 高龄津贴（80至89周岁老年人）)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..normalize import BULLETS
from .changes import DECREASE, OWN_CHANGE, RATE_CHANGE_UNITS
from .clauses import Clause
from .facts import ObservationFact
from .indicators import VERB_AFTER, noun_after, noun_before, verb_phrase
from .lists import RUN_JOIN
from .numbers import CLASSIFIERS, Quantity
from .sentence import SentenceContext
from .unit_codes import people_after, unit_code

__all__ = ["BARE_VERBS", "BODY_CLASSIFIERS", "MOVED_UNITS", "PER_ONE", "REGIONS_COUNTED", "Label", "label_of",
           "noun_after_run", "noun_said_before", "now_dropped", "paid_before", "paid_to_each", "staffed_before",
           "strip_leading", "strip_places"]

_CLASSIFIERS = frozenset(CLASSIFIERS)
# (nor the next count of the same noun: 6218户14362人, 八十七户二百九十三人)
# (nor a change: …由去年底的41.5%提高到52.3%)
_NOT_A_NOUN_START = re.compile(r"^[，、；。的和与及]|^(?:以上|以下|以内|左右)"
                               r"|^(?:提高|提升|增加|增长|上升|减少|下降|降低|降至|增至|相比|相较)"
                               r"|^(?:[\d.]+|[〇一二三四五六七八九十百千两]+)[万亿]?(?:"
                               + "|".join(sorted((*CLASSIFIERS, "人"), key=len, reverse=True)) + ")")

_MOVES = re.compile("将|把")
# What reaches places, before a count of them (项目覆盖12个村, 辐射周边8个乡): the places are what is counted
_REACHES = re.compile(r"(覆盖|辐射|涉及|惠及|遍布)(?:了|到|全[县市区旗]|周边)?$")
# Adverbs of how work goes on, between a count and its verb where no noun is (7项正在加快推进, 均超时序进度推进)
_HOW_IT_GOES = re.compile(r"[正均都仍还已]*(?:在|按)?(?:加快|加紧|有序|稳步|序时|按序时|超时序进度|时序进度)?")
# A region holding places of a kind, right before a count of them or a list of such counts (全市辖4个县, 共有3个区、
# 2个县): the places it has
_HOLDS = re.compile(r"(?:[下共]?辖|管辖|共有|现有|设有?|包括)$")
_MOVED_HOLDER = re.compile(r"^.*?(?:将|把)")

# (717个行政村中的432个, 17个镇（街道）中有14个: all of them, then some)
_SOME_OF = re.compile(r"中?的[\d〇一二三四五六七八九十百千两]|中?(?:有|共有)[\d〇一二三四五六七八九十百千两]"
                      r"|中[\d〇一二三四五六七八九十百千两]")
_HOLDER_END = re.compile(r"中的$|中$|的$")

_LEADING_TIME = re.compile(r"^(?:[自从]\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?起[，,]?"  # (自2025年1月1日起: in force from)
                           r"|(?:截至|截止|到)?(?:\d{4}年)?(?:\d{1,2}月)?(?:底|末)?(?:上半年|全年|年末|年底)?)")

_LIST_MARKER = re.compile(r"(?:\d{1,2}[.．、](?!\d)|[（(]?\d{1,2}[）)]|[（(]?[一二三四五六七八九十]{1,2}[）)]"
                          rf"|[一二三四五六七八九十]{{1,2}}[、是]|[{BULLETS}·])\s*")  # (and a bullet: ● 地区生产总值…)

_LEADING_SELF = re.compile(r"^(?:全地区|全区|全省|全市|全县|全旗|全盟|全州|全国|本市|我市|我省|我区|自治区本级|自治区|"
                           r"其中|在)")

_DONE_VERBS = "取消|实行|实施|制定|出台|推出|新增|建立|完成|开展|培育|认定|命名|表彰|清理"
_DONE = re.compile(rf"({_DONE_VERBS})了?")

_DONE_TO = re.compile(rf"(?:{_DONE_VERBS})了?([\u4e00-\u9fff]{{2,10}})的$")


@dataclass
class Label:
    """What a quantity measures, as read from around it."""

    text: str
    per: str = ""                   # per-capita period: month | year | ""
    after: bool = False             # the noun follows the number (35项工作任务)
    change_sign: int = 0            # a change stated on its own: +1 / -1
    base: str | None = None         # its base period (a year, or "previous")


def paid_to_each(clause_obs: list[ObservationFact], after: str) -> None:
    """…老年人分别按每人每月100元、200元、500元发放高龄津贴: what is paid, for each of those it is paid to."""
    paid = _PAID_BY_STANDARD.match(after)
    members = [_MEMBER_START.sub("", _MEMBER_END.sub("", o.indicator)) for o in clause_obs]
    if paid is None or len(set(members)) < len(members):
        return
    noun = noun_after(paid.group("noun"))[0] or paid.group("noun")
    for obs, member in zip(clause_obs, members):
        obs.indicator = f"{noun}（{member}）" if member else noun

_MEMBER_END = re.compile(r"(?:分别)?(?:按照|按).*$|分别$")  # (…三类地区分别按所需资金: 三类地区)
_MEMBER_START = re.compile(r"^[^对]{0,12}对(?=.)")  # (省级财政对一类: 一类)


def noun_after_run(clause: Clause, quantities: list[Quantity], tail: str, ctx: SentenceContext) -> Label | None:
    """The label of the noun after the last of a run of counts in one unit with only 、/和 between them (52个、38个和
    45个县), which names what each of them counts; None if the quantities are no such run."""
    units = {q.unit_word for q in quantities}
    if len(quantities) < 2 or len(units) != 1 or quantities[0].unit_word not in _CLASSIFIERS:
        return None
    if any(not RUN_JOIN.fullmatch(clause.text[a.end:b.start]) for a, b in itertools.pairwise(quantities)):
        return None
    last = quantities[-1]
    after = clause.text[last.end:]
    if not noun_follows(last, after):
        return None
    label = label_of(last, "", after, tail, "", ctx)
    return label if label.after else None


MOVED_UNITS = {"户": "户数", "人": "人数", "名": "人数"}


def noun_follows(q: Quantity, after: str) -> bool:
    is_count = q.unit_word in _CLASSIFIERS or q.unit_word in ("人", "%", "对") or (
        not q.unit_word and people_after(after) > 0)  # 583.6万老年人
    return bool(is_count and after and not _NOT_A_NOUN_START.match(after)) or (
        q.unit_word == "%" and after.startswith("的"))


# Classifiers of places, homes and bodies; a count of them before what they have (7家养老机构床位总数…, 12所敬老院
# 入住老人…) counts the bodies
BODY_CLASSIFIERS = ("个", "家", "所", "处", "座")
_BODY_THEN_ITS = re.compile(r"([\u4e00-\u9fff]{0,8}(?:机构|中心|敬老院|福利院|幸福院|养老院|企业|组织|协会|医院))"
                            r"(?:床位|入住|职工|员工|工作人员|从业人员|护理员|资产|收入|营业收入)")
# (not 增长, 提高: a rate, a raise; 多, 少 spoken after what they are against: 比上年少了120人)
_COUNT_CHANGES = frozenset({"增加", "减少", "净增", "净增加", "净减", "净减少", "多", "少"})


def label_of(q: Quantity, before: str, after: str, tail: str, verb_context: str, ctx: SentenceContext) -> Label:
    """What quantity ``q`` measures."""
    if noun_follows(q, after):
        people = 0 if q.unit_word else people_after(after)
        noun, rest = (after[:people], after[people:]) if people else noun_after(after)
        if q.unit_word in BODY_CLASSIFIERS and (body := _BODY_THEN_ITS.match(noun)):
            return Label(body.group(1), after=True)  # 7家养老机构床位总数达到1280张: the homes, whose beds follow
        # (a single place noun counts when something is said of it: 152个县完成方案编制)
        if noun and len(noun) == 1 and noun in "县区市旗乡镇村" and not verb_phrase(rest) and (
                reach := _REACHES.search(before)):
            return Label(f"{reach.group(1)}的{noun}", after=True)  # 项目覆盖12个村: the villages it reaches
        if noun and len(noun) == 1 and noun in "县区市旗乡镇村" and (not rest or rest[0] in "、，,；;") and (
                _HOLDS.search(before) or (before.endswith("、") and _HOLDS.search(verb_context))):
            return Label(f"所辖{noun}", after=True)  # 全市辖3个市辖区、4个县: the counties the city has
        if noun and (len(noun) >= 2 or (noun in "县区市旗乡镇村" and verb_phrase(rest))) and \
                not noun.startswith(("以上", "以下")):
            if _SOME_OF.match(rest):
                return Label(noun, after=True)  # 717个行政村中的432个…: all of them, the next figure some
            listed = rest.startswith("、") or rest[:1].isdigit() or (rest[:1] in "和及与" and rest[1:2].isdigit())
            phrase = verb_phrase(tail if listed else rest)  # (the list goes on: what is said of all of them)
            if not phrase:
                context = before if _verb_from(before) else verb_context
                phrase = _verb_from(context)
                if phrase:
                    return Label(f"{phrase}的{_possessor(context)}{noun}", after=True)
            # (7项正在加快推进: no noun, only how the verb goes on; the words as written)
            label = (noun + phrase if _HOW_IT_GOES.fullmatch(noun) else f"{phrase}的{noun}") if phrase else noun
            return Label(label + "比例" if q.unit_word == "%" else label, after=True)
    if q.unit_word == "人" and VERB_AFTER.match(after) and _MOVES.search(before):
        # 将建档立卡贫困户中的16.94万人纳入低保保障范围
        holder = _MOVED_HOLDER.sub("", before)
        holder = _HOLDER_END.sub("", holder)
        phrase = verb_phrase(after)
        if holder and phrase and len(holder) >= 2:
            return Label(f"{phrase}的{holder}", after=True)
    text = strip_leading(before, ctx)
    change = OWN_CHANGE.search(text)
    if change and q.unit_word in RATE_CHANGE_UNITS:
        # 地区生产总值年均增长5.9%: a growth a year on average (均 read as the change's adverb, or before it)
        head = text[: change.start()]
        average = (head.endswith("年") and text.startswith("均", change.start())) or head.endswith("年均")
        noun, per = noun_before(head.removesuffix("均").removesuffix("年") if average else head)
        noun = "" if noun == "分别" else noun  # 铜陵、马鞍山分别下降3.2%: the growth of what the sentence is about
        if noun or average or not text[: change.start()].strip("分别 "):
            base = change.group("year")
            sign = -1 if change.group("verb") in DECREASE else 1
            suffix = ("年均增速" if average else "增速") if q.unit_word == "%" else "变化"
            return Label(noun + suffix if noun or average else "", per, change_sign=sign,
                          base=base[:4] if base and base[:4].isdigit() else "previous")
    if change and change.group("verb") in _COUNT_CHANGES and q.unit_word not in RATE_CHANGE_UNITS:
        # 低保对象人数较上年末减少0.86万人, 养老机构比上年净增12家: how much what the noun names changed (not a
        # standard raised by yuan, 城市低保标准比上年增加50元, whose unit standard_units reads from its name)
        noun, per = noun_before(text[: change.start()])
        if len(noun) >= 2 and noun != "分别" and not noun.endswith("标准"):
            base = change.group("year")
            return Label(noun + "增量", per, change_sign=-1 if change.group("verb") in DECREASE else 1,
                         base=base[:4] if base and base[:4].isdigit() else "previous")
    noun, per = noun_before(text)
    noun = "" if noun in ("按", "按照", "分别按", "分别按照") else noun  # 分别按每人每月100元: the subject's standard
    paid = _PAID_BY_STANDARD.match(after)
    if paid and (len(noun) < 2 or noun.startswith("按")):  # 按每人每月二百元的标准给予运营补贴: the subsidy
        return Label(noun_after(paid.group("noun"))[0] or paid.group("noun"), per)
    giving = _GIVING.search(noun)
    if q.unit_word == "元" and (giving or _GIVING.search(text)) and (given := _GIVEN.match(after)):
        # 给予1000元救助: what is given; 为困难群众发放500元慰问金: to whom, and what
        return Label(noun + given.group(1) if giving and giving.start() > 0 else given.group(1), per)
    # (a time alone before it, or after a clause of speech: 如今政策好，每个月有…)
    each = next((t for t in _EACH_TIME if noun == t or noun.endswith(("，" + t, "," + t))), "")
    if q.unit_word == "元" and (len(noun) < 2 or each) and (paid := _HAD.match(after)):
        return Label(paid.group(1), per or _EACH_TIME.get(each, ""))  # 每个月有一千多元的供养金: the money, after it
    done_to = after.removeprefix("被")  # (其中2640人被纳入低保…: what was done to them)
    if len(noun) < 2 and q.unit_word in MOVED_UNITS and VERB_AFTER.match(done_to) and (phrase := verb_phrase(done_to)):
        return Label(f"{phrase}的{MOVED_UNITS[q.unit_word]}", after=True)  # 共有652万人享受城市最低生活保障
    return Label(noun, per)

_GIVING = re.compile(r"(?:可|可以|再|一次性)?(?:给予|发放|予以|补助|补贴|奖励)$")
_GIVEN = re.compile(r"的?([\u4e00-\u9fff]{0,6}?(?:救助金?|补助金?|补贴|奖励金?|资助|奖补|慰问金|生活费|抚恤金))")

_EACH_TIME = {"每个月": "month", "每月": "month", "一个月": "month", "每年": "year", "一年": "year"}
_HAD = re.compile(r"的([\u4e00-\u9fff]{0,6}?(?:金|钱|费|补贴|补助|工资|收入|津贴))")
_PAID_BY_STANDARD = re.compile(r"(?:的?标准)?(?:给予|发放|予以)(?P<noun>[\u4e00-\u9fff]{2,12})")


def strip_leading(before: str, ctx: SentenceContext) -> str:
    """Drop time expressions and region names at the start of a noun phrase, and the number of the regions."""
    text = strip_places(before, ctx)
    rest = REGIONS_COUNTED.sub("", text)  # (河北、山西)两省分别预拨…: the places just named, by their number
    return rest or text


def strip_places(before: str, ctx: SentenceContext) -> str:
    """Drop time expressions and region names at the start of a noun phrase."""
    text = before.lstrip("、，；：（ ")
    text = text[marker.end():] if (marker := _LIST_MARKER.match(text)) else text  # 1．集中养育孤儿：…
    time = _LEADING_TIME.match(text)  # anchored: what re.sub would drop (all of it optional)
    text = text[time.end():] if time else text
    for _ in range(3):
        while text[:1] in ("、", "和", "及", "与") and not any(text.startswith(n) for n in ctx.region_names):
            text = text[1:]  # the rest of a list of regions: 武汉市、宜昌市、襄阳市登记… (not the 和 of 和田地区)
        own = _LEADING_SELF.match(text)
        stripped = text[own.end():] if own else text
        for name in ctx.region_names:
            if stripped.startswith(name):
                stripped = stripped[len(name):]
                if stripped.startswith("段"):
                    stripped = stripped[1:]  # 白玉县、巴塘县段分别为218公里: the line's section in each place
        if stripped == text:
            break
        text = stripped
    towns = _TOWNS_LISTED.match(text)  # 金沙街道、石港镇分别新增: towns, which no gazetteer of counties names
    return text[towns.end():] if towns else text


_TOWN = r"[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|苏木)"
_TOWNS_LISTED = re.compile(rf"{_TOWN}(?:(?:[、和与及]{_TOWN})+(?:分别|各|均)?|(?:分别|各))")


# The number of the places just listed, with their kind (两县, 三省（区）, 两市分别)
REGIONS_COUNTED = re.compile(r"^[两二三四五六七八九十]{1,2}个?"
                              r"(?:省（区）|县（市、区）|县（市）|省|市|县|区|州|盟|旗|镇|乡)(?![\u4e00-\u9fff]{0,1}(?:级|委|政府|长|民))(?:分别|各|均|都)?")


def _verb_from(text: str) -> str:
    match = _DONE.search(text)
    return match.group(1) if match else ""


def _possessor(text: str) -> str:
    match = _DONE_TO.search(text)
    return match.group(1) if match else ""


BARE_VERBS = frozenset("有共为是达均都")  # a label that is only a verb of having or of totals (分别有, 共), or all of
# them are (…最高，均为…)
# (明确了儿童督导员: named to the post)
_LAST_VERB = re.compile(r"(?:担任|配备|配齐|配有|聘用|聘请|招募|选聘|吸纳|安置|明确|设立|确定)了?"
                        r"([\u4e00-\u9fff]{2,10})$")


def staffed_before(sentence: str, end: int) -> str:
    """What the clause before ``end`` last named after a verb of staffing (…担任儿童督导员: 儿童督导员), or ""."""
    found = _LAST_VERB.search(sentence[:end].rstrip("，,；; "))
    return found.group(1) if found else ""


# The one each amount of a rate is paid to (每户, 每人, 每名老人)
PER_ONE = re.compile(r"每(?:户|人|名[\u4e00-\u9fff]{0,4}?(?=发放|补助|补贴|给予)|名|位)")
# A payment's verb and what it paid, ending its clause (发放了中秋国庆节日慰问金，)
_PAID = re.compile(r"(?:发放|拨付|下拨|送去)了?(?P<what>[^，。；、,;\d]{2,16}?)(?=[，,；;])")


def paid_before(sentence: str, end: int) -> str:
    """What the clause before ``end`` says was paid (…发放了中秋国庆节日慰问金，每户300元: 慰问金 of the festivals),
    or ""."""
    paid = list(_PAID.finditer(sentence, 0, end))
    return noun_before(paid[-1].group("what").replace("“", "").replace("”", ""))[0] if paid else ""


def noun_said_before(label: str, q: Quantity, ctx: SentenceContext) -> str | None:
    """What a figure said with a verb alone (今年计划新建800张, 目前已完成620张) counts when the sentence just before
    counted it in the same classifier (…已建设家庭养老床位2360张): the verb and that noun; else None."""
    said = _SAID_AGAIN.fullmatch(label)
    if said is None or not q.unit_word or ctx.text.lstrip().startswith("其中"):
        return None  # (其中，甲旗、乙旗分别建成26个、12个: parts of a total, read as such)
    last = ctx.before[-1]
    noun = _LEADING_DEED.sub("", last.indicator)
    unit = unit_code(q.unit_word, "", last.indicator)
    if len(noun) < 2 or unit != last.unit or unit in ("count", "person", "CNY", "percent", "village", "township",
                                                       "county"):
        return None
    return f"{said.group('plan') or ''}{said.group('deed') or ''}{noun}"


def now_dropped(words: str) -> str:
    """``words`` without the now and the 已 they open with: 目前已完成 → 完成."""
    return _NOW_OPENING.sub("", words).removeprefix("已")


_NOW_OPENING = re.compile(r"^(?:目前|当前|现在)[，,]?")
# A label of a time and a verb alone: 今年计划新建, 目前已完成, 已建成
_SAID_AGAIN = re.compile(r"(?:今年|目前|当前|现已|年内|全年)?(?P<plan>计划)?已?"
                         r"(?P<deed>新建|建成|新增|完成|改造|建设)?")
_LEADING_DEED = re.compile(r"^(?:已|累计|共)?(?:建设|新建|建成|新增|完成|改造)")
