"""What a count counts, by the head of its noun: beds, institutions, organizations, villages, townships, counties,
projects, or things counted as such (186个社区: villages; 社会组织服务项目: projects; 乡村地名: names, none of them).

The cue that ends latest in the noun decides, and it must be (nearly) the noun's head: 农村“颐养之家” is not a
village. A kind of those counted that passed or have done something (民办非企业单位中合格) still counts them; so
do homes counted with the work done on them (十二所敬老院消防和适老化改造).
"""

from __future__ import annotations

import functools
import re

__all__ = ["counted_kind"]

# Counted things, by the noun's head: the cue that ends latest in the noun decides (社会组织服务项目 → project).
_COUNTED = (
    ("bed", ("床位", "养老床", "病床", "照护床")),  # beds as places of care (家庭病床), not folding beds after a flood
    ("institution", ("机构", "福利院", "敬老院", "养老院", "医院", "中心", "院")),
    ("organization", ("社会组织", "组织", "社会团体", "社团", "协会", "商会", "基金会", "民办非企业单位",
                      "社会服务机构")),
    # (a 社区 is a village-level unit, as a 居委会 is: 186个社区, 132个村（社区）)
    ("village", ("行政村", "建制村", "自然村", "村委会", "村民委员会", "居委会", "居民委员会", "民委员会", "村",
                 "社区", "嘎查")),  # (嘎查: a pastoral village)
    ("township", ("乡镇", "镇乡", "苏木", "街道", "街镇", "乡", "镇", "乡级行政区划单位")),
    # (and their kinds together: 市辖区, 县级行政区划单位, 全市11个区市, 全市9个旗区)
    ("county", ("旗县", "县", "旗市", "旗区", "区县", "县区", "县（市、区）", "县（市）", "区市", "市辖区",
                "县级行政区划单位")),
    ("project", ("项目", "工程")),
    # counted as such: 街道中心食堂; 社区工厂, 村级帮扶车间 (workshops where people work, not villages)
    ("count", ("食堂", "厨房", "餐桌", "助餐点", "驿站", "站点", "服务站", "设施", "工厂", "车间")),
)
# (areas whose name ends in 区, not districts: 城区（县城）)
_AREAS = ("社区", "城区", "园区", "景区", "片区", "新区", "辖区", "小区", "营区", "矿区", "林区", "牧区", "山区",
          "湖区", "库区")
_KINDS_BESIDE = re.compile(r"（[市县旗、]*[县旗][市县旗、]*）")  # (the kinds in brackets after 区: （县）, （市、县）)
_AMONG = re.compile(r"(?<=.{2})中(?:合格|基本合格|不合格|已)")  # those of a kind that passed, or have done so


@functools.lru_cache(maxsize=1024)
def counted_kind(noun: str) -> str | None:
    """The kind of thing ``noun`` counts, by the cue that ends latest in it (cached: a text counts the same
    things again and again)."""
    bracket = noun.rfind("（")
    if bracket > 0 and "）" not in noun[bracket:-1]:  # 村（社区）, 乡镇（街道）, 设施（敬老院）: the noun before them
        if noun.endswith("区", 0, bracket) and not noun.endswith(_AREAS, 0, bracket) \
                and _KINDS_BESIDE.fullmatch(noun, bracket):
            return "county"  # 6个区（县）, 区（市、县）: districts with the counties beside them
        return counted_kind(noun[:bracket])
    if noun.endswith(_TEAMS) or noun.endswith(_OWN_HEADS):
        return None  # 乡镇卫生院团队748个: teams of an institution, counted; 乡村地名1260条: names; 进社区活动23场
    best: tuple[int, int, str] | None = None
    for code, cues in _COUNTED:
        for cue in cues:
            position = noun.rfind(cue)
            # (城镇学位: no township; 设区市: cities, not counties)
            if position >= 0 and not (cue == "镇" and noun[position - 1:position] == "城") \
                    and not (cue == "区市" and noun[position - 1:position] == "设") \
                    and not (len(cue) == 1 and noun[position - 1:position] in _WHOLE_OF) \
                    and not (cue == "村" and noun[position - 1:position] in "乡农" and position + 1 < len(noun)):
                key = (position + len(cue), len(cue), code)
                best = key if best is None or key > best else best
    if (best is None or best[0] < len(noun) - 2) and (among := _AMONG.search(noun)):
        return counted_kind(noun[:among.start()])  # 民办非企业单位中合格(148家): those that passed, still organizations
    if best is not None and best[2] == "institution" and best[1] >= 2 and best[0] < len(noun) - 2 \
            and _WORK_ON.fullmatch(noun, best[0]):
        return best[2]  # 十二所敬老院消防和适老化改造: the homes, with the work done on them (not 城中村改造)
    if best is None or best[0] < len(noun) - 2:
        return None  # the cue must be (nearly) the head of the noun: 农村“颐养之家” is not a village
    return best[2]


# (the place a text is about, named by its kind: 全县才三十来个, 我县, 本镇: no count of places of that kind; nor is
# 乡村 or 农村 before a noun of its own: 乡村民宿, 农村幸福院)
_WHOLE_OF = frozenset("全我本该")
_TEAMS = ("团队", "队伍", "小组", "专班", "服务队")
# Work done on what a count counts, after its noun (…敬老院消防和适老化改造, …敬老院升级改造, …提升改造)
_WORK_ON = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:改造|提升|升级|修缮|维修|加固)(?:提升|改造)?")
# heads of their own after a cue
_OWN_HEADS = ("名", "活动", "标志", "会议", "网格", "道路", "公路", "干线", "桥梁", "申请")
# (古村落名, 进社区活动, 村级会议, 社区网格; roads: 县乡道路, 农村公路; 法人或其他组织申请: applications)
