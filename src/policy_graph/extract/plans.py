"""Plans and what was done of them: whether a figure is a target, and what a figure said with a bare verb after a
plan counts (计划新增床位500张，实际新增612张).

>>> text = "全年计划新建长者饭堂30个，已建成24个"
>>> is_target(text, text.find("30"), False), is_target(text, text.find("24"), False)
(True, False)
>>> text = "计划新建助餐点8个，实际建成10个，超额完成年度任务；日均服务老年人1200人次"
>>> is_target(text, text.find("1200"), False)  # (what was done, said after what was done of the plan)
False
"""

from __future__ import annotations

import re

from .clauses import inside_brackets

__all__ = ["DONE_ALONE", "PARAMETER", "PROGRESS", "RULE_SET", "TARGET", "done_of_plan", "is_target"]

# (计划 naming a programme: the end of a noun phrase, 实施…营养改善计划，目前…; a programme's name, 营养改善计划惠及…)
TARGET = re.compile(r"力争|(?<!改善)(?<!行动)(?<!提升)(?<!振兴)(?<!帮扶)(?<!关爱)(?<!资助)(?<!培育)(?<!培训)"
                    r"计划(?![，。；、,;）)》”的])|目标|预期|预计|拟|我们将|将要|到\d{4}年"
                    r"|到(?:今年|明年)?(?:年底|年末)"
                    r"|到(?:今年|明年)[底末]|到明年"
                    r"|将在(?:年底|年内|年末)|(?<![为了])确保(?!了)"
                    r"|(?<![去上前])年[底末]前(?!已)"  # (年底前完成…复核，复核率达到100%: a deadline ahead)
                    # 今年还将, 下一步，我市将, 今年北碚区将新建… (not 今年以来，全县将1.2万人纳入…: 将 of the object)
                    r"|(?:今年(?!以来)|明年|年内|下半年|下一步)[，,]?[^，。；\d]{0,8}?将(?![\d一二三四五六七八九十两])")
# What sets a rule rather than a goal, in a plan's section of targets (按…标准给予, 给予…补助; not 比例不低于10%)
_GIVEN_BY_RULE = r"按[^，。；]{0,20}(?:标准|给予)|给予[^，。；]{0,16}(?:补助|补贴|奖补|资助|奖励|救助|支持)"
RULE_SET = re.compile(_GIVEN_BY_RULE)
# What a policy sets rather than counts: a standard to pay by, a subsidy given, a share it may not fall below
PARAMETER = re.compile(_GIVEN_BY_RULE
                        + r"|(?:比例|标准|额度|金额)(?:原则上|一般|最高)?(?:不(?:低于|超过|少于|高于)|为)"
                        # (备用金原则上不少于3万元; 审批额度由2000元提高到5000元: a rule, or a rule's change)
                        r"|原则上不(?:低于|超过|少于|高于)|额度由[^，。；]{0,16}(?:提高|调整)到"
                        r"|按不(?:低于|少于|超过|高于)[^，。；]{0,12}(?:比例|标准)"
                        # a share a cost is borne by (按70%分担), a cap on a price (收费价格原则上不高于…)
                        r"|按[\d.]+%(?:的比例)?(?:分担|承担|补助|给予)|(?:价格|收费)[^，。；]{0,8}不(?:高于|超过)"
                        r"|权重(?:分别)?为")  # (and the weights of the factors funds are shared out by)
PROGRESS = re.compile(r"目标|任务|计划|预算")  # a share of these is how far a plan got (完成年度目标任务的96.5%)
_ACHIEVED = re.compile(r"已|完成了|实现了|过去一年|去年")
_ACTUAL = re.compile(r"(?:实际|已)(?:建成|新增|完成|完工|开工|新建|新改建|改造|实现|投入|发放|支出|到位|达到|交付"
                     r"|拨付)")
# What was done, said with the verb alone (实际新增, 建成, 已完成, 已拨付)
DONE_ALONE = re.compile(r"实际(建成|新增|完成|完工|开工|新建|新改建|改造|实现)?"
                        r"|(建成|新增|完成|完工|开工|拨付|发放|投入)")
_PLANNED = re.compile(r"(?:全年|今年|年内|本年度?)?(计划)?"
                      r"(新建改扩建|改造提升|新改建|改扩建|新建|新增|完成|改造|建成|投入|实施)?(.{2,})")
_DONE_SINCE = re.compile(_ACTUAL.pattern + r"|已(?:经)?全部|超额完成")
_COMPLETED_SHARE = re.compile(r"完成[^，。；]{0,12}(?:目标|任务|计划)[^，。；]{0,12}的")  # (…任务2.6万人的26.3%)
_CLAUSE_STOPS = re.compile(r"[，；。,;]")
_NOW_OPENS = re.compile(r"\s*(?:目前|当前|截至目前|现阶段)[，,]")
_COMPLETED = re.compile(r"完成了?[^，。；]{0,6}$")


def is_target(sentence: str, position: int, section_target: bool) -> bool:
    """Whether the figure at ``position`` of ``sentence`` is planned rather than done: its section states plans,
    or a word of plans comes before it, and it is no figure of what was done."""
    before = sentence[:position]
    clauses = _CLAUSE_STOPS.split(before[-80:])
    # (a part of what was done is done too: 已建成24个，完成率80%，其中甲镇、乙镇分别新建5个和4个)
    window = clauses[-4:] if clauses[-1].startswith("其中") else clauses[-2:]
    if _ACHIEVED.search(before[-8:]) or _ACTUAL.search("".join(window)) or _COMPLETED_SHARE.search(clauses[-1]):
        return False  # (计划新建5个，实际建成5个，完成率100%; 完成年度目标任务的93.5%: what was done, and its rate)
    if section_target:
        # (not what a section of plans says is so: 目前，全市仍有约3200名…; 全市已将…纳入监测，37个村（社区）均配备…)
        done = before.rfind("已")
        return not (_NOW_OPENS.match(before) or (done >= 0 and TARGET.search(before, done) is None))
    # (not the target a completion is measured against: 完成年度目标任务35个的120%，其中…分别新建6个)
    planned = [m.end() for m in TARGET.finditer(before) if not _in_a_name(before, m.start())
               and not (_COMPLETED.search(before, max(0, m.start() - 8), m.start())
                        and _CLAUSE_STOPS.search(before, m.end()))]
    # (计划新建…8个，实际建成10个，…；全区助餐点日均服务老年人1200人次: what was done since the last plan said is done)
    return bool(planned) and not _DONE_SINCE.search(before, planned[-1])


def _in_a_name(text: str, position: int) -> bool:
    """Whether ``position`` lies in a title or a short quoted name (《…计划》, “明天计划”), not in plain or quoted
    speech (“今年我们将新建…”)."""
    if inside_brackets(text, position, "《〈「『"):
        return True
    opener, closer = text.rfind("“", 0, position), text.find("”", position)
    return opener >= 0 and closer >= 0 and closer - opener <= 12 and not any(c in text[opener:closer] for c in "，。；")


def done_of_plan(done: re.Match[str], subject: str, target_sentence: bool) -> str | None:
    """What a figure said with the verb ``done`` alone counts, when ``subject`` (the clause before, its leading time
    and regions stripped) was a plan: 计划新增家庭养老照护床位500张，实际新增612张 → 实际新增家庭养老照护床位;
    新建…中心18个，已建成逾80个 → 建成…中心. None when the subject was no plan.

    >>> done_of_plan(DONE_ALONE.fullmatch("完成"), "全年计划新增普惠性托育位", False)
    '实际完成普惠性托育位'
    """
    planned = _PLANNED.fullmatch(subject)
    if planned is None or not (planned.group(1) or planned.group(2) or target_sentence):
        return None
    actual = "实际" if planned.group(1) or not planned.group(2) else ""
    return f"{actual}{done.group(1) or done.group(2) or planned.group(2) or ''}{planned.group(3)}"
