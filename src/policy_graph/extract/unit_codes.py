"""The unit code of a figure: from the unit word written after the number (人, 万元, 个), what it is per (每人每月)
and the noun it measures (创业实体860户: firms, not households; 城乡低保标准…元: per person a month).

>>> unit_code("家", "", "社会团体"), unit_code("元", "month", ""), unit_code("张", "", "养老床位")
('organization', 'CNY/person/month', 'bed')
"""

from __future__ import annotations

import re

from .counted import counted_kind
from .numbers import PER_POPULATION

__all__ = ["COUNT_NOUNS", "YEARLY_PER_PERSON_TITLE", "counts_people", "of_category", "one_persons_unit",
           "people_after", "unit_code"]


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
