"""Generate a seeded corpus of realistic Chinese policy texts, each with its gold annotation.

    python benchmarks/corpus.py OUT --n 1000 --seed 0

Each document is written as ``OUT/NNNNN-<slug>/source.txt`` (or ``source.html``) beside a ``gold.json`` in the
format of ``tests/dev/README.md``: every planted statistic (value, unit, region, period, qualifier, attached
change), every cited title (nested 〈〉 ones too), every region named, the focus region and the encoding.

The texts follow the styles of the real documents: statistical bulletins (some as extracted from PDF: hard line
breaks, spaces around numbers, page markers, footnote markers, a flattened table), government work reports
(过去一年 and the next year's targets), news features, web pages saved with their chrome, and implementation
opinions with a document number.  They carry the traps that must yield nothing (quoted hotlines, ordinals, years
and dates, phone numbers, postcodes, document numbers, ICP numbers, view counters, ages and grades before 以上).
A share is in traditional script (some with pinyin artifacts ``區(qū)`` and half-width punctuation), a share is
saved as GB18030, Big5 or UTF-16.

Document ``i`` depends only on ``(seed, i)``: the same ``(n, seed)`` gives byte-identical files, and a smaller
corpus is a prefix of a larger one.  Values in the gold are computed from the numbers planted (万 ×10,000,
亿 ×100,000,000, Chinese numerals resolved), never read back from the text.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import json
import math
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path

import opencc
from pypinyin import Style, lazy_pinyin, pinyin

__all__ = ["KINDS", "Case", "generate", "main", "render"]

KINDS = ("bulletin", "report", "feature", "news", "opinions")

# ----------------------------------------------------------------------------------------------------------
# Regions (the gazetteer's current rows)


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str          # country | province | prefecture | county
    parent: str
    aliases: tuple[str, ...]


CHINA = Region("000000", "中华人民共和国", "country", "", ("全国", "中国", "我国"))
NOT_SAMPLED = {"710000", "810000", "820000"}  # 台湾, 香港, 澳门: no subdivisions, no texts


class Atlas:
    """The current regions of ``regions.tsv``, their children, and which names are unambiguous."""

    def __init__(self, path: Path) -> None:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        resolved: dict[str, set[str]] = {}
        self.regions: dict[str, Region] = {}
        for row in rows:
            names = [row["name"], *filter(None, row["aliases"].split("|"))]
            for name in names:
                resolved.setdefault(name, set()).add(row["replaced_by"] or row["code"])
            if row["replaced_by"] or row["level"] == "country":
                continue
            self.regions[row["code"]] = Region(row["code"], row["name"], row["level"], row["parent"],
                                               tuple(filter(None, row["aliases"].split("|"))))
        self.unique = frozenset(name for name, codes in resolved.items() if len(codes) == 1)
        self.names = frozenset(resolved)
        self.children: dict[str, list[Region]] = {}
        for region in self.regions.values():
            if region.parent:
                self.children.setdefault(region.parent, []).append(region)
        self.provinces = [r for r in self.regions.values() if r.level == "province" and r.code not in NOT_SAMPLED]
        self.prefectures: dict[str, list[Region]] = {}
        self.counties: dict[str, list[Region]] = {}
        for region in self.regions.values():
            if region.level == "province":
                continue
            province = self.province_of(region)
            if region.level == "prefecture":
                self.prefectures.setdefault(province.code, []).append(region)
            elif region.name in self.unique and not region.name.endswith("新区"):
                self.counties.setdefault(province.code, []).append(region)

    def province_of(self, region: Region) -> Region:
        while region.level not in ("province", "country"):
            region = self.regions[region.parent]
        return region

    def parent_of(self, region: Region) -> Region | None:
        return self.regions.get(region.parent) if region.parent else None

    def county_count(self, region: Region) -> int:
        if region.level == "country":
            return sum(1 for r in self.regions.values() if r.level == "county")
        count = 0
        for child in self.children.get(region.code, []):
            count += 1 if child.level == "county" else self.county_count(child)
        return count


@cache
def atlas() -> Atlas:
    return Atlas(Path(str(resources.files("policy_graph") / "data" / "regions.tsv")))


def suffix(region: Region) -> str:
    """The word a text uses for the region's own kind: 全省, 全区, 全市, 全州, 全盟, 全县, 全旗 ..."""
    name = region.name
    if region.level == "country":
        return "国"
    if region.level == "province":
        return "省" if name.endswith("省") else "区" if name.endswith("自治区") else "市"
    if region.level == "prefecture":
        for end, word in (("自治州", "州"), ("地区", "地区"), ("盟", "盟")):
            if name.endswith(end):
                return word
        return "市"
    for end, word in (("自治旗", "旗"), ("旗", "旗"), ("自治县", "县"), ("县", "县"), ("市", "市")):
        if name.endswith(end):
            return word
    return "区"


def quan(region: Region) -> str:
    return "全" + suffix(region)


def stem(region: Region) -> str:
    """The name a person would use in a headline: the unique alias, else the full name."""
    for alias in region.aliases:
        if len(alias) >= 2 and alias in atlas().unique:
            return alias
    return region.name


def is_top(region: Region) -> bool:
    """A province (not a municipality): its departments are 厅, not 局."""
    return region.level == "province" and not region.name.endswith("市")


def dept(region: Region, kind: str) -> tuple[str, str]:
    """(full name, the short form the region's own texts use) of a department: 民政, 人社, 统计, 卫健, 教育."""
    if region.level == "country":
        full = {"民政": "民政部", "人社": "人力资源社会保障部", "统计": "国家统计局", "卫健": "国家卫生健康委",
                "教育": "教育部", "残联": "中国残联"}[kind]
        return full, full
    top = is_top(region)
    body = {"民政": "民政厅" if top else "民政局", "人社": "人力资源和社会保障厅" if top else "人力资源和社会保障局",
            "统计": "统计局", "卫健": "卫生健康委员会", "教育": "教育厅" if top else "教育局",
            "残联": "残疾人联合会"}[kind]
    own = "自治区" if region.name.endswith("自治区") else suffix(region)
    return region.name + body, own + body


def government(region: Region, office: bool = False) -> tuple[str, str]:
    if region.level == "country":
        return ("国务院办公厅", "国务院办公厅") if office else ("国务院", "国务院")
    if region.level == "prefecture" and region.name.endswith("地区"):
        full = region.name + "行政公署"
        return (full + "办公室", "行署办公室") if office else (full, "行署")
    own = "自治区" if region.name.endswith("自治区") else suffix(region)
    if office:
        tail = "办公厅" if region.level in ("province", "prefecture") else "办公室"
        return region.name + "人民政府" + tail, own + "政府" + tail
    return region.name + "人民政府", own + "政府"


PROVINCE_ABBR = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "内", "21": "辽", "22": "吉", "23": "黑", "31": "沪",
    "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫", "42": "鄂", "43": "湘",
    "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "黔", "53": "云", "54": "藏", "61": "陕",
    "62": "甘", "63": "青", "64": "宁", "65": "新",
}

# ----------------------------------------------------------------------------------------------------------
# Numbers


def plain(value: Decimal) -> str:
    """A decimal as the gold writes it: no exponent, no trailing zeros ("17.0" → "17")."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


DIGITS = "零一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """Chinese numeral for 1 ≤ n < 10,000: 3 → 三, 12 → 十二, 105 → 一百零五, 2300 → 二千三百."""
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n - 10] if n % 10 else "")
    out: list[str] = []
    gap = False
    for unit, word in ((1000, "千"), (100, "百"), (10, "十")):
        digit = n // unit % 10
        if digit:
            if gap:
                out.append("零")
                gap = False
            out.append(DIGITS[digit] + word)
        elif out:
            gap = True
    if n % 10:
        out.append(("零" if gap else "") + DIGITS[n % 10])
    return "".join(out)


def two_significant(value: float) -> int:
    n: int = max(1, round(value))
    digits = len(str(n))
    if digits <= 2:
        return n
    unit: int = 10 ** (digits - 2)
    return max(unit, n // unit * unit)


@dataclass(frozen=True)
class Num:
    """A number as written: ``pre`` (约, 超过 …) digits ``mid`` (余, 多) ``mult`` (万, 亿) ``mw`` ``post`` (以上 …)."""

    digits: str
    mult: str
    mw: str
    value: Decimal
    pre: str = ""
    mid: str = ""
    post: str = ""

    def show(self, gap: str) -> str:
        cjk = not self.digits[:1].isdigit()
        if cjk:
            gap = ""
        after = gap if (self.mid or self.mult or (self.mw and self.mw != "%")) else ""
        return f"{self.pre}{gap}{self.digits}{after}{self.mid}{self.mult}{self.mw}{self.post}"


def rounded(num: Num, *, loose: bool = False) -> Num:
    """A number as a qualified figure is written: 4686 → 4600 (约4600人), 155.06万 → 155.1万,
    27 → 20 (20多个) when ``loose``."""
    if "." in num.digits:
        shown = Decimal(num.digits).quantize(Decimal("0.1") if Decimal(num.digits) < 100 else Decimal(1))
        if shown == 0:
            return num
        return replace(num, digits=plain(shown), value=num.value / Decimal(num.digits) * shown)
    n = int(num.digits)
    if n >= 100:
        r = two_significant(n)
    elif loose and n >= 20:
        r = n // 10 * 10
    else:
        return num
    return replace(num, digits=str(r), value=num.value / n * r)


def count_number(rng: random.Random, value: float, *, wan: bool = True) -> tuple[str, str, Decimal]:
    if wan and value >= 1e8 and rng.random() < 0.6:
        shown = Decimal(f"{value / 1e8:.2f}")
        return plain(shown), "亿", shown * 100000000
    if wan and value >= 1e4 and rng.random() < (0.97 if value >= 1e6 else 0.8):
        places = 2 if value < 1e6 else rng.choice((1, 2))
        shown = Decimal(f"{value / 1e4:.{places}f}")
        return plain(shown), "万", shown * 10000
    n: int = max(1, round(value))
    return str(n), "", Decimal(n)


def money_number(rng: random.Random, yuan: float, places: int | None = None) -> tuple[str, str, Decimal]:
    if yuan >= 1e9 or (yuan >= 1e8 and (places is not None or rng.random() < 0.9)):
        shown = Decimal(f"{yuan / 1e8:.{places if places is not None else rng.choice((1, 2, 2))}f}")
        return plain(shown), "亿", shown * 100000000
    if yuan >= 1e4:
        shown = Decimal(f"{yuan / 1e4:.{rng.choice((0, 0, 1))}f}")
        return plain(shown), "万", shown * 10000
    n = max(1, round(yuan))
    return str(n), "", Decimal(n)


def percent_text(rng: random.Random, value: float) -> str:
    """A percentage as texts print it: "6.8", "17.0" (kept: the gold normalizes), "8"."""
    roll = rng.random()
    if value >= 99.95:
        return "100"
    if roll < 0.15 and value >= 3:
        return str(round(value))
    if roll < 0.25 and value < 10:
        return f"{value:.2f}"
    return f"{value:.1f}"


# ----------------------------------------------------------------------------------------------------------
# Vocabulary: indicators by domain (province-scale ranges; counties and prefectures are scaled down)
#
# kind: s stock count · f flow count · r rate (%) · m 元 per person per month · y 元 per person per year ·
#       t 元 per person-time · g growth only (a standalone percent change)

INDICATOR_TABLE = """
assist s person 人 50000 600000 城市低保对象
assist s person 人 300000 3000000 农村低保对象
assist s person 人 400000 3500000 城乡低保对象
assist s person 人 20000 200000 特困人员
assist s person 人 15000 150000 农村特困人员
assist s person 人 10000 100000 低保边缘人口
assist s person 人 10000 100000 纳入监测范围的防止返贫对象=防止返贫监测对象
assist s person 人 2000 20000 村级社会救助协理员
assist f person-time 人次 50000 800000 实施临时救助=临时救助
assist f person-time 人次 100000 2000000 实施医疗救助=医疗救助
assist f person 人 100000 2000000 资助困难群众参加基本医疗保险=资助参保困难群众
assist f person-time 人次 2000 30000 救助流浪乞讨人员=流浪乞讨人员救助
assist f CNY 元 2e9 2e10 支出社会救助资金=社会救助资金支出
assist f CNY 元 2e8 3e9 发放特困人员救助供养金=特困人员救助供养金
assist f CNY 元 5e7 8e8 支出临时救助资金=临时救助资金支出
assist f CNY 元 3e8 5e9 发放城乡低保金=城乡低保金
assist m CNY/person/month 元 450 1100 城市低保标准
assist m CNY/person/month 元 500 1200 城市低保平均标准
assist y CNY/person/year 元 3800 11000 农村低保标准
assist y CNY/person/year 元 5000 15000 农村特困人员基本生活标准
assist t CNY/person-time 元 800 2500 临时救助平均救助水平
assist r percent % 85 100 乡镇（街道）社会救助服务窗口设置率
assist r percent % 60 100 村级社会救助协理员配备率
elderly s person 人 2000000 20000000 60周岁及以上老年人口
elderly s person 人 50000 500000 养老服务从业人员
elderly s institution 个/家 500 3000 养老机构
elderly s institution 所/个 300 1500 乡镇敬老院
elderly s institution 个 2000 15000 农村幸福院
elderly s institution 个 500 5000 社区日间照料中心
elderly s institution 个 100 1200 区域性养老服务中心
elderly s institution 个 50 500 街道综合养老服务中心
elderly s institution 所 20 120 光荣院
elderly s bed 张 50000 400000 养老床位
elderly s bed 张 20000 200000 护理型床位
elderly f bed 张 2000 30000 新增养老床位
elderly s count 个/家 200 3000 老年食堂
elderly s count 个/处 500 5000 互助养老服务站点
elderly s count 所 50 500 老年大学
elderly f person-time 人次 200000 5000000 提供助餐服务=助餐服务
elderly f person-time 人次 10000 500000 开展上门服务=上门服务
elderly f CNY 元 5e8 5e9 投入养老服务资金=养老服务资金投入
elderly f CNY 元 1e8 2e9 发放高龄津贴=高龄津贴
elderly f CNY 元 5e7 8e8 发放养老服务补贴=养老服务补贴
elderly m CNY/person/month 元 50 300 高龄津贴标准
elderly r percent % 40 70 护理型床位占比
elderly r percent % 70 100 城市社区养老服务设施覆盖率
elderly r percent % 50 95 农村互助养老服务设施覆盖率
elderly r percent % 60 80 老年人健康管理率
orgs s organization 家/个 10000 60000 社会组织
orgs s organization 家 3000 20000 社会团体
orgs s organization 家 5000 30000 民办非企业单位
orgs s organization 家 50 800 基金会
orgs s organization 家 100 1500 慈善组织
orgs s organization 家 300 3000 行业协会商会
orgs s organization 个 10000 80000 社区社会组织
orgs s person 人 50000 600000 社会组织从业人员
orgs s person 人 500000 8000000 注册志愿者
orgs f CNY 元 3e8 5e9 慈善组织募集款物
orgs f CNY 元 5e7 8e8 投入政府购买社会组织服务资金=政府购买社会组织服务资金
orgs f project 个 200 3000 实施社会组织服务项目=社会组织服务项目
orgs f project 个 50 800 开展公益创投项目=公益创投项目
orgs r percent % 80 100 社会组织党组织覆盖率
orgs r percent % 80 99 社会组织年报报送率
employment f person 人 100000 1000000 城镇新增就业
employment f person 人 30000 300000 失业人员再就业
employment f person 人 10000 100000 就业困难人员实现就业
employment f person 人 300000 3000000 农村劳动力转移就业
employment f person-time 人次 200000 2000000 开展补贴性职业技能培训=补贴性职业技能培训
employment f person-time 人次 50000 800000 开展农民工职业技能培训=农民工职业技能培训
employment f CNY 元 1e9 5e10 发放创业担保贷款=创业担保贷款
employment f CNY 元 2e8 5e9 发放失业保险金=失业保险金
employment f CNY 元 1e8 3e9 发放稳岗返还资金=稳岗返还资金
employment r percent % 2.0 5.0 城镇登记失业率
employment r percent % 4.5 6.0 城镇调查失业率
employment s count 个 50 600 零工市场
employment s count 个 200 3000 就业帮扶车间
insurance s person 人 10000000 50000000 基本养老保险参保人数
insurance s person 人 4000000 20000000 城镇职工基本养老保险参保人数
insurance s person 人 6000000 30000000 城乡居民基本养老保险参保人数
insurance s person 人 2000000 10000000 失业保险参保人数
insurance s person 人 3000000 12000000 工伤保险参保人数
insurance s person 人 20000000 80000000 基本医疗保险参保人数
insurance f CNY 元 5e10 5e11 社会保险基金总收入
insurance f CNY 元 5e10 5e11 社会保险基金总支出
insurance r percent % 94 99.5 基本医疗保险参保率
insurance r percent % 90 99 基本养老保险参保率
insurance m CNY/person/month 元 110 300 城乡居民基础养老金最低标准
economy f CNY 元 3e11 8e12 地区生产总值
economy f CNY 元 2e10 6e11 一般公共预算收入
economy f CNY 元 4e10 1e12 一般公共预算支出
economy f CNY 元 1e11 4e12 社会消费品零售总额
economy f CNY 元 5e10 8e11 民生支出
economy g percent % 3 10 规模以上工业增加值
economy g percent % -5 12 固定资产投资
economy g percent % 0.2 3 居民消费价格
economy g percent % 4 9 城镇居民人均可支配收入
economy g percent % 5 11 农村居民人均可支配收入
economy g percent % -6 -0.5 规模以上工业综合能源消费量
economy s person 人 5000000 100000000 常住人口
economy s person 人 5000000 100000000 户籍人口
economy r percent % 40 90 常住人口城镇化率
economy f kilometre 公里 1000 10000 新建改建农村公路=农村公路新改建里程
economy f mu 亩 500000 5000000 新建高标准农田=高标准农田建设
economy f project 个 100 2000 实施重点项目=重点项目
economy f household 户 5000 80000 完成农村危房改造=农村危房改造
economy r percent % 0.1 3 贫困发生率
education s count 所 5000 20000 幼儿园
education f count 所 50 600 新建公办幼儿园
education f count 所 50 800 改扩建农村薄弱学校
education s person 人 1000000 10000000 在校学生
education s person 人 100000 800000 专任教师
education r percent % 85 98 学前教育毛入园率
education r percent % 95 99.9 九年义务教育巩固率
education r percent % 85 99 高中阶段教育毛入学率
education f person-time 人次 300000 3000000 资助家庭经济困难学生=学生资助
education f CNY 元 5e8 8e9 发放学生资助资金=学生资助资金
health s institution 个 10000 80000 医疗卫生机构
health s bed 张 100000 600000 医疗卫生机构床位
health s person 人 100000 800000 卫生技术人员
health s institution 个 500 2000 乡镇卫生院
health s institution 个 100 1500 社区卫生服务中心
health s count 个 10000 50000 村卫生室
health f person-time 人次 1e8 8e8 医疗卫生机构总诊疗=总诊疗
health r percent % 40 80 家庭医生签约服务覆盖率
health s count 支 100 1000 巡回医疗队
disability s person 人 500000 3000000 持证残疾人
disability m CNY/person/month 元 60 200 困难残疾人生活补贴标准
disability m CNY/person/month 元 60 200 重度残疾人护理补贴标准
disability f household 户 1000 20000 完成困难重度残疾人家庭无障碍改造=困难重度残疾人家庭无障碍改造
disability f person-time 人次 10000 200000 开展残疾人职业技能培训=残疾人职业技能培训
"""


@dataclass(frozen=True)
class Ind:
    domain: str
    kind: str
    unit: str
    mw: tuple[str, ...]
    lo: float
    hi: float
    noun: str
    label: str


def _parse_indicators(table: str) -> dict[str, list[Ind]]:
    out: dict[str, list[Ind]] = {}
    for line in table.strip().splitlines():
        domain, kind, unit, mw, lo, hi, noun = line.split()
        noun, _, label = noun.partition("=")
        out.setdefault(domain, []).append(Ind(domain, kind, unit, tuple(mw.split("/")), float(lo), float(hi),
                                              noun, label or noun))
    return out


INDICATORS = _parse_indicators(INDICATOR_TABLE)
BY_NOUN = {ind.noun: ind for inds in INDICATORS.values() for ind in inds}
VERBS = ("实施", "资助", "救助", "支出", "发放", "投入", "提供", "开展", "完成", "新建", "改扩建", "新增", "建成")
BUILT = ("institution", "count", "bed")


@dataclass(frozen=True)
class Split:
    """A total and its parts, which add up ("其中…")."""

    total: str
    parts: tuple[tuple[str, str, float], ...]   # (as written, indicator, weight)


SPLITS: dict[str, list[Split]] = {
    "assist": [
        Split("特困人员", (("集中供养", "集中供养特困人员", 0.15), ("分散供养", "分散供养特困人员", 0.85))),
        Split("城乡低保对象", (("城市低保对象", "城市低保对象", 0.15), ("农村低保对象", "农村低保对象", 0.85))),
    ],
    "elderly": [
        Split("养老机构", (("公办养老机构", "公办养老机构", 0.6), ("民办养老机构", "民办养老机构", 0.4))),
        Split("养老床位", (("机构养老床位", "机构养老床位", 0.55), ("社区养老床位", "社区养老床位", 0.45))),
    ],
    "orgs": [
        Split("社会组织", (("社会团体", "社会团体", 0.38), ("民办非企业单位", "民办非企业单位", 0.6),
                          ("基金会", "基金会", 0.02))),
    ],
    "insurance": [
        Split("基本养老保险参保人数", (("城镇职工基本养老保险参保人数", "城镇职工基本养老保险参保人数", 0.45),
                                      ("城乡居民基本养老保险参保人数", "城乡居民基本养老保险参保人数", 0.55))),
    ],
    "economy": [
        Split("地区生产总值", (("第一产业增加值", "第一产业增加值", 0.08), ("第二产业增加值", "第二产业增加值", 0.4),
                              ("第三产业增加值", "第三产业增加值", 0.52))),
    ],
    "education": [
        Split("幼儿园", (("公办幼儿园", "公办幼儿园", 0.5), ("普惠性民办幼儿园", "普惠性民办幼儿园", 0.5))),
    ],
    "health": [
        Split("医疗卫生机构", (("医院", "医院", 0.03), ("基层医疗卫生机构", "基层医疗卫生机构", 0.95),
                              ("专业公共卫生机构", "专业公共卫生机构", 0.02))),
        Split("卫生技术人员", (("执业（助理）医师", "执业（助理）医师", 0.4), ("注册护士", "注册护士", 0.45),
                              ("其他卫生技术人员", "其他卫生技术人员", 0.15))),
    ],
}
SPLIT_UNITS = {"医院": "institution", "公办养老机构": "institution", "民办养老机构": "institution",
               "基层医疗卫生机构": "institution", "专业公共卫生机构": "institution"}

# (domain, template with {N}, unit, measure word, province-scale low, high, indicator)
REVERSED = [
    ("elderly", "为{N}名经济困难失能老年人发放护理补贴", "person", "名", 5e3, 2e5, "经济困难失能老年人护理补贴对象"),
    ("elderly", "为{N}户特殊困难老年人家庭实施适老化改造", "household", "户", 2e3, 5e4, "特殊困难老年人家庭适老化改造"),
    ("elderly", "为{N}名老年人建立了健康档案", "person", "名", 5e3, 5e5, "建立健康档案的老年人"),
    ("elderly", "为辖区{N}名80岁以上独居老人安装智能呼叫设备", "person", "名", 1e3, 5e4, "安装智能呼叫设备的独居老人"),
    ("assist", "将{N}名未脱贫人口纳入低保兜底保障范围", "person", "名", 1e4, 1e5, "纳入低保兜底的未脱贫人口"),
    ("assist", "为{N}名困难群众购买了防贫保险", "person", "名", 1e4, 2e5, "购买防贫保险的困难群众"),
    ("assist", "将{N}户因病因灾导致基本生活出现困难的家庭及时纳入低保", "household", "户", 300, 5000,
     "及时纳入低保的困难家庭"),
    ("assist", "清退不符合条件对象{N}人", "person", "", 2000, 30000, "清退不符合条件低保对象"),
    ("economy", "全年实现{N}名贫困人口脱贫", "person", "名", 5e4, 5e5, "脱贫贫困人口"),
    ("economy", "{N}个贫困村退出", "village", "个", 200, 3000, "退出贫困村"),
    ("employment", "通过就业帮扶车间等载体吸纳就业{N}人", "person", "", 1e4, 2e5, "吸纳就业"),
    ("employment", "帮助{N}名脱贫劳动力实现就近就业", "person", "名", 2e4, 3e5, "就近就业脱贫劳动力"),
    ("education", "为{N}名家庭经济困难学生减免保育教育费", "person", "名", 1e4, 2e5, "减免保育教育费的困难学生"),
    ("disability", "为{N}名残疾儿童实施康复救助", "person", "名", 3e3, 5e4, "康复救助残疾儿童"),
    ("assist", "{N}个乡镇（街道）全部设立社会救助服务窗口", "township", "个", 800, 2000,
     "设立社会救助服务窗口的乡镇（街道）"),
    ("elderly", "{N}个乡镇（街道）建成综合养老服务中心", "township", "个", 300, 1500,
     "建成综合养老服务中心的乡镇（街道）"),
    # the value of a county count is the region's real number of county-level divisions
    ("assist", "{N}个县（市、区）全部建立困难群众基本生活保障工作协调机制", "county", "个", 0, 0,
     "建立困难群众基本生活保障工作协调机制的县（市、区）"),
    ("employment", "{N}个县（市、区）全部建成公共就业服务站点", "county", "个", 0, 0,
     "建成公共就业服务站点的县（市、区）"),
]

# Indicators that must not be stated twice for one region and period (a total, its parts, the same figure
# by another cut): the first statement uses up the family, so a text never contradicts itself.
FAMILIES = [
    ("城乡低保对象", "城市低保对象", "农村低保对象"),
    ("特困人员", "集中供养特困人员", "分散供养特困人员", "农村特困人员"),
    ("低保标准", "城市低保标准", "城市低保平均标准", "农村低保标准"),
    ("特困人员基本生活标准", "城市特困人员基本生活标准", "农村特困人员基本生活标准"),
    ("基本养老保险参保人数", "城镇职工基本养老保险参保人数", "城乡居民基本养老保险参保人数"),
    ("养老机构", "公办养老机构", "民办养老机构"),
    ("养老床位", "机构养老床位", "社区养老床位", "护理型床位"),
    ("社会组织", "社会团体", "民办非企业单位", "基金会"),
    ("幼儿园", "公办幼儿园", "普惠性民办幼儿园"),
    ("医疗卫生机构", "医院", "基层医疗卫生机构", "专业公共卫生机构", "乡镇卫生院", "社区卫生服务中心"),
    ("卫生技术人员", "执业（助理）医师", "注册护士", "其他卫生技术人员"),
    ("残疾人补贴对象", "困难残疾人生活补贴对象", "重度残疾人护理补贴对象"),
    ("地区生产总值", "第一产业增加值", "第二产业增加值", "第三产业增加值"),
    ("居民人均可支配收入增长率", "城镇居民人均可支配收入增长率", "农村居民人均可支配收入增长率"),
]
FAMILY = {label: group[0] for group in FAMILIES for label in group}

# "分别" lists: form → (domain, the two indicators)
PAIRS = {
    "standards": ("assist", ("城市低保标准", "农村低保标准")),
    "specials": ("assist", ("城市特困人员基本生活标准", "农村特困人员基本生活标准")),
    "recipients": ("assist", ("城市低保对象", "农村低保对象")),
    "insured": ("insurance", ("城镇职工基本养老保险参保人数", "城乡居民基本养老保险参保人数")),
    "subsidies": ("disability", ("困难残疾人生活补贴对象", "重度残疾人护理补贴对象")),
    "incomes": ("economy", ("城镇居民人均可支配收入增长率", "农村居民人均可支配收入增长率")),
}

# Things built or done, counted small enough to be written in Chinese numerals in a work report.
SMALL = [
    ("新建公办幼儿园", "所", "count", "新建公办幼儿园", 2, 15),
    ("改扩建农村薄弱学校", "所", "count", "改扩建农村薄弱学校", 3, 30),
    ("新（改）建乡镇敬老院", "个", "institution", "新（改）建乡镇敬老院", 2, 12),
    ("建成社区日间照料中心", "个", "institution", "社区日间照料中心", 3, 40),
    ("新建村级互助幸福院", "个", "institution", "村级互助幸福院", 5, 60),
    ("开展农民工职业技能培训", "人次", "person-time", "农民工职业技能培训", 800, 6000),
    ("完成农村危房改造", "户", "household", "农村危房改造", 300, 3000),
    ("新建老年食堂", "个", "count", "老年食堂", 3, 30),
    ("新建农村公路", "公里", "kilometre", "新建农村公路", 30, 400),
    ("新增城市停车位", "个", "count", "新增城市停车位", 500, 6000),
    ("出台惠民政策措施", "项", "item", "惠民政策措施", 5, 40),
]

DOMAIN_WORDS = {
    "assist": ("社会救助", "兜底保障"), "elderly": ("养老服务", "养老服务体系建设"),
    "orgs": ("社会组织", "社会组织改革发展"), "employment": ("就业", "稳就业保就业"),
    "insurance": ("社会保险", "全民参保"), "education": ("教育", "教育优先发展"),
    "health": ("卫生健康", "健康服务体系建设"), "disability": ("残疾人", "残疾人关爱服务"),
    "economy": ("经济", "经济运行"),
}
DEPT_CODES = {"民政": "民发", "人社": "人社发", "教育": "教发", "卫健": "卫发", "残联": "残联发", "统计": "统发"}
DOMAIN_DEPT = {"assist": "民政", "elderly": "民政", "orgs": "民政", "employment": "人社", "insurance": "人社",
               "education": "教育", "health": "卫健", "disability": "残联", "economy": "统计"}

TOPICS = {domain: text.split() for domain, text in {
    "assist": """进一步做好困难群众基本生活保障工作 改革完善社会救助制度 加强低收入人口动态监测做好分层分类社会救助工作
                 进一步加强和改进最低生活保障工作 做好特困人员救助供养工作 健全重特大疾病医疗保险和救助制度
                 进一步做好临时救助工作""",
    "elderly": """推进养老服务高质量发展 加快发展农村互助养老服务 推进基本养老服务体系建设 加强老年人居家医疗服务工作
                  全面放开养老服务市场提升养老服务质量 发展银发经济增进老年人福祉""",
    "orgs": """加强社会组织党的建设工作 改革社会组织管理制度促进社会组织健康有序发展 规范社会组织登记管理
               培育发展社区社会组织""",
    "employment": """做好当前和今后一个时期促进就业工作 进一步稳定和扩大就业 支持多渠道灵活就业
                     做好高校毕业生等青年就业创业工作 加强职业技能培训""",
    "insurance": "推进全民参保计划 完善城乡居民基本养老保险制度 加强基本医疗保险基金监管 扩大失业保险保障范围",
    "education": "加快学前教育发展 推进义务教育优质均衡发展 健全学生资助制度",
    "health": "推进家庭医生签约服务高质量发展 深化医药卫生体制改革 加强基层医疗卫生服务能力建设",
    "disability": "完善困难残疾人生活补贴和重度残疾人护理补贴制度 加强残疾人就业帮扶 推进残疾人康复服务",
    "economy": "推动经济稳进提质 促进民营经济发展壮大 扩大有效投资",
}.items()}

# (title ending → document type)
TYPES_ISSUED = [("实施意见", "implementation-opinions"), ("指导意见", "guiding-opinions"), ("意见", "opinions"),
                ("通知", "notice"), ("决定", "decision"), ("实施方案", "implementation-plan"),
                ("工作方案", "work-plan"), ("若干措施", "other")]
NAMED_TITLES = {  # "{R}" is a region's name
    "assist": [("{R}社会救助实施办法", "implementation-measures"), ("{R}最低生活保障审核确认办法", "measures"),
               ("{R}临时救助实施细则", "detailed-rules"), ("{R}特困人员认定办法", "measures"),
               ("{R}社会救助暂行办法", "interim-measures"), ("{R}低收入人口认定暂行规定", "interim-provisions")],
    "elderly": [("{R}养老服务条例", "regulations"), ("{R}“十四五”养老服务体系规划", "planning"),
                ("{R}居家养老服务条例", "regulations"), ("{R}养老机构服务质量规范", "other"),
                ("{R}社区养老服务设施建设标准", "standard"), ("{R}基本养老服务清单", "other")],
    "orgs": [("{R}社会组织信用信息管理办法", "measures"), ("{R}慈善事业促进条例", "regulations"),
             ("{R}社会组织等级评估实施办法", "implementation-measures")],
    "employment": [("{R}就业促进条例", "regulations"), ("{R}“十四五”就业促进规划", "planning"),
                   ("{R}就业补助资金管理办法", "measures")],
    "insurance": [("{R}城乡居民基本养老保险实施办法", "implementation-measures"),
                  ("{R}工伤保险条例实施办法", "implementation-measures"), ("{R}“十四五”社会保障规划", "planning")],
    "education": [("{R}学前教育条例", "regulations"), ("{R}“十四五”教育事业发展规划", "planning")],
    "health": [("{R}“十四五”卫生健康事业发展规划", "planning"), ("{R}家庭医生签约服务工作指南", "guideline")],
    "disability": [("{R}残疾人保障条例", "regulations"), ("{R}“十四五”残疾人保障和发展规划", "planning")],
    "economy": [("{R}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "outline"),
                ("{R}优化营商环境条例", "regulations")],
}
NATIONAL_TITLES: dict[str, list[tuple[str, str, str | None]]] = {  # (title, type, issuer when a text names it)
    "assist": [("社会救助暂行办法", "interim-measures", "国务院"), ("最低生活保障审核确认办法", "measures", "民政部"),
               ("特困人员认定办法", "measures", "民政部"),
               ("关于改革完善社会救助制度的意见", "opinions", "中共中央办公厅、国务院办公厅"),
               ("国务院关于进一步加强和改进最低生活保障工作的意见", "opinions", "国务院"),
               ("国务院关于进一步健全特困人员救助供养制度的意见", "opinions", "国务院")],
    "elderly": [("“十四五”国家老龄事业发展和养老服务体系规划", "planning", "国务院"),
                ("关于推进基本养老服务体系建设的意见", "opinions", "中共中央办公厅、国务院办公厅"),
                ("国务院办公厅关于推进养老服务发展的意见", "opinions", "国务院办公厅"),
                ("中华人民共和国老年人权益保障法", "law", None)],
    "orgs": [("社会团体登记管理条例", "regulations", "国务院"), ("中华人民共和国慈善法", "law", None),
             ("关于改革社会组织管理制度促进社会组织健康有序发展的意见", "opinions", "中共中央办公厅、国务院办公厅")],
    "employment": [("国务院关于做好当前和今后一个时期促进就业工作的若干意见", "opinions", "国务院"),
                   ("“十四五”就业促进规划", "planning", "国务院"), ("中华人民共和国就业促进法", "law", None)],
    "insurance": [("中华人民共和国社会保险法", "law", None), ("“十四五”全民医疗保障规划", "planning", "国务院办公厅"),
                  ("社会保险经办条例", "regulations", "国务院")],
    "education": [("中华人民共和国学前教育法", "law", None),
                  ("关于学前教育深化改革规范发展的若干意见", "opinions", "中共中央、国务院")],
    "health": [("“健康中国2030”规划纲要", "outline", "中共中央、国务院"),
               ("关于推进家庭医生签约服务高质量发展的指导意见", "guiding-opinions", "国家卫生健康委")],
    "disability": [("残疾人就业条例", "regulations", "国务院"),
                   ("国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见", "opinions", "国务院")],
    "economy": [("优化营商环境条例", "regulations", "国务院"),
                ("中共中央 国务院关于促进民营经济发展壮大的意见", "opinions", "中共中央、国务院")],
}
NESTED_INNER = {  # a national title that a local implementing document cites in 〈〉
    "assist": ("国务院", "社会救助暂行办法", "interim-measures"),
    "elderly": ("", "“十四五”国家老龄事业发展和养老服务体系规划", "planning"),
    "orgs": ("", "关于改革社会组织管理制度促进社会组织健康有序发展的意见", "opinions"),
    "employment": ("国务院", "关于做好当前和今后一个时期促进就业工作的若干意见", "opinions"),
    "insurance": ("", "“十四五”全民医疗保障规划", "planning"),
    "education": ("", "关于学前教育深化改革规范发展的若干意见", "opinions"),
    "health": ("", "关于推进家庭医生签约服务高质量发展的指导意见", "guiding-opinions"),
    "disability": ("国务院", "残疾人就业条例", "regulations"),
    "economy": ("国务院", "优化营商环境条例", "regulations"),
}

def words(text: str) -> list[str]:
    return text.split()


HEADLINES = {  # "{A}" is the focus region's short name
    "assist": ["兜牢民生底线 温暖{A}百姓", "织密织牢社会救助网", "让困难群众生活更有保障",
               "民生兜底有温度 {A}救助暖人心"],
    "elderly": ["让老有所养更有温度", "{A}养老服务体系建设提质增效", "托起幸福“夕阳红”",
                "养老服务惠民生 {A}银龄更安心"],
    "orgs": ["激发社会组织活力 助力高质量发展", "{A}社会组织发展驶入快车道", "凝聚社会力量 共建美好家园"],
    "employment": ["稳就业 惠民生 {A}就业形势总体稳定", "端稳就业“饭碗” 托住民生底线", "就业优先 {A}交出民生答卷"],
    "insurance": ["社保网越织越密 {A}群众更有底气", "全民参保惠及千家万户"],
    "education": ["办好人民满意的教育", "{A}教育事业发展迈上新台阶"],
    "health": ["守护群众健康 {A}卫生健康事业稳步发展", "让群众在家门口看好病"],
    "disability": ["关爱残疾人 {A}民生保障更有温度", "让残疾人共享发展成果"],
    "economy": ["{A}经济运行稳中向好", "高质量发展迈出坚实步伐"],
}
SUBHEADINGS = words("""制度体系日益完善 保障水平稳步提高 服务能力持续增强 兜底作用更加凸显 改革创新成效明显
                 基层基础不断夯实 工作机制更加健全 服务质量持续提升 示范引领作用凸显 资金保障更加有力""")
LOCAL_HEADINGS = ["各地工作各具特色", "基层探索亮点纷呈", "各地创新举措不断涌现", "典型经验可复制可推广"]
CLAUSES = words("""坚持以人民为中心的发展思想 坚持尽力而为、量力而行 推动各项政策措施落地见效 聚焦群众急难愁盼问题
             着力补齐民生短板 持续推进制度创新 不断完善工作机制 切实履行兜底保障职责 强化部门协同配合
             推动资源向基层倾斜 持续优化服务流程 加强资金监管和绩效评价 推进信息化平台建设 加大政策宣传力度
             压紧压实各级责任 健全长效工作机制 坚持问题导向和目标导向 推动服务向农村延伸 加强工作人员队伍建设""")
COMMENTS = words("""居全{S}首位 走在全{S}前列 实现全覆盖 群众满意度明显提升 受到群众普遍欢迎 形成了可复制的经验
              有效缓解了群众生活困难 得到上级部门肯定""")
SLOGANS = words("""“两不愁三保障” “应保尽保、应救尽救” “一门受理、协同办理” “三个一批” “六稳”“六保” “放管服” “五社联动”
             “一老一小”""")
HOTLINES = {"assist": ("“12345”", "政务服务便民热线"), "elderly": ("“12349”", "养老服务热线"),
            "employment": ("“12333”", "人社服务热线"), "insurance": ("“12333”", "人社服务热线"),
            "disability": ("“12385”", "残疾人服务热线"), "health": ("“12320”", "卫生健康热线"),
            "orgs": ("“12345”", "政务服务便民热线"), "education": ("“12345”", "政务服务便民热线")}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢钟"
GIVEN = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞刚平辉鹏华飞玲晶红梅琳雪倩岚婷宇浩凯健俊帆鑫瑶怡佳然睿博悦诗雯慧晓东"
STREETS = ["人民路", "解放路", "建设路", "迎宾大道", "府前街", "朝晖路", "胜利路", "团结路", "育才路", "政通路"]
PARTY = {  # the congress and the latest plenary session by year: ordinals, not statistics
    2015: ("十八大", "十八届五中全会"), 2016: ("十八大", "十八届六中全会"), 2017: ("十九大", "十八届六中全会"),
    2018: ("十九大", "十九届二中、三中全会"), 2019: ("十九大", "十九届四中全会"),
    2020: ("十九大", "十九届五中全会"), 2021: ("十九大", "十九届六中全会"), 2022: ("二十大", "十九届六中全会"),
    2023: ("二十大", "二十届二中全会"), 2024: ("二十大", "二十届三中全会"), 2025: ("二十大", "二十届三中全会"),
}

# ----------------------------------------------------------------------------------------------------------
# The document being written: text with offsets, and the gold facts that point into it


@dataclass
class Obs:
    value: Decimal
    unit: str
    region: str
    period: str
    indicator: str
    start: int
    end: int
    qualifier: str | None = None
    change: Decimal | None = None
    base: str | None = None


class Page:
    """The text of one document as it is written, and its gold facts (offsets into the simplified text)."""

    def __init__(self, rng: random.Random, focus: Region, *, gap: str = "", html: bool = False,
                 indent: str = "　　") -> None:
        self.rng = rng
        self.focus = focus
        self.gap = gap
        self.html = html
        self.indent = indent
        self.parts: list[str] = []
        self.n = 0
        self.obs: list[Obs] = []
        self.cited: list[tuple[str, str, str | None]] = []
        self.regions: dict[str, None] = {focus.code: None}
        self.paras: list[tuple[int, int]] = []
        self.used: set[tuple[str, str, str]] = set()
        self._para = -1

    # -- writing
    def w(self, text: str) -> int:
        start = self.n
        self.parts.append(text)
        self.n += len(text)
        return start

    def text(self) -> str:
        return "".join(self.parts)

    def line(self, text: str, *, strong: bool = True) -> None:
        """A line of its own: a heading (bold on a web page), or a line of a header."""
        if self.html:
            self.w(f"    <p class=\"sub\"><strong>{text}</strong></p>\n" if strong else f"    <p>{text}</p>\n")
        else:
            self.w(text + "\n")

    def open(self) -> None:
        self.w("    <p>　　" if self.html else self.indent)
        self._para = self.n

    def close(self) -> None:
        self.paras.append((self._para, self.n))
        self.w("</p>\n" if self.html else "\n")

    def mention(self, *regions: Region) -> None:
        for region in regions:
            self.regions[region.code] = None

    def place(self, region: Region, *, short: bool = True) -> None:
        """Write a region's name (now and then a unique short name such as 锡盟) and note it as named."""
        name = region.name
        if short and region.level in ("prefecture", "county") and self.rng.random() < 0.15:
            name = next((a for a in region.aliases if len(a) >= 2 and a in atlas().unique), name)
        self.mention(region)
        self.w(name)

    def observe(self, start: int, value: Decimal, unit: str, region: Region, period: str, indicator: str,
                qualifier: str | None = None, *, base: str | None = None) -> Obs:
        obs = Obs(value, unit, region.code, period, indicator, start, self.n, qualifier, None, base)
        self.obs.append(obs)
        self.used.add((FAMILY.get(indicator, indicator), region.code, period))
        return obs

    def free(self, indicator: str, region: Region, period: str) -> bool:
        """Whether the text has not yet given this indicator (or one of its family) for the region and period."""
        return (FAMILY.get(indicator, indicator), region.code, period) not in self.used

    def cite(self, title: str, doc_type: str, issuer: str | None) -> None:
        self.cited.append((title, doc_type, issuer))


# ----------------------------------------------------------------------------------------------------------
# Writing statistics


LEVEL_SCALE = {"country": 25.0, "province": 1.0, "prefecture": 0.12, "county": 0.015}


class Writer:
    """Sentences of statistics written into a :class:`Page`, each number recorded as a gold observation."""

    def __init__(self, page: Page, year: int, period: str) -> None:
        self.p = page
        self.rng = page.rng
        self.year = year
        self.period = period
        self.base = str(year - 1)

    # -- numbers
    def draw(self, lo: float, hi: float, region: Region, *, scaled: bool = True) -> float:
        value = math.exp(self.rng.uniform(math.log(lo), math.log(hi)))
        if scaled:
            value *= LEVEL_SCALE[region.level] * self.rng.uniform(0.6, 1.6)
        return value

    def number(self, ind: Ind, region: Region, qual: str | None, *, numeral: bool = False,
               value: float | None = None) -> Num:
        rng = self.rng
        mw = rng.choice(ind.mw)
        if ind.unit == "percent":
            shown = percent_text(rng, value if value is not None else rng.uniform(ind.lo, ind.hi))
            num = Num(shown, "", "%", Decimal(shown))
        elif ind.kind in "myt":
            n = round(value if value is not None else rng.uniform(ind.lo, ind.hi))
            num = Num(str(n), "", "元", Decimal(n))
        else:
            v = value if value is not None else max(self.draw(ind.lo, ind.hi, region), 3.0)
            if ind.unit == "CNY":
                digits, mult, val = money_number(rng, v)
            elif numeral:
                n = two_significant(v)
                digits, mult, val = ("两" if n == 2 and rng.random() < 0.5 else cn_numeral(n)), "", Decimal(n)
            else:
                digits, mult, val = count_number(rng, v)
            num = Num(digits, mult, mw, val)
        return self.qualify(num, qual)

    def qualify(self, num: Num, qual: str | None) -> Num:
        """Add 以上/余/多/超过, 不足/以下 or 约/近/左右; a whole number is rounded first ("2100余个", "约30万人")."""
        if qual not in ("at-least", "at-most", "approx"):
            return num
        whole = num.digits.isdigit()
        pct = num.mw == "%"
        tens = whole and int(num.digits) >= 20  # "20多个", never "9多个"
        options = {
            "at-least": [("超过", "", ""), ("", "", "以上")] + ([("", "余", ""), ("", "多", "")]
                                                           if tens and not pct else []),
            "at-most": [("不足", "", "")] + ([("", "", "以下")] if pct else []),
            "approx": [("约", "", ""), ("近", "", ""), ("", "", "左右")],
        }[qual]
        pre, mid, post = self.rng.choice(options)
        if not pct:
            num = rounded(num, loose=bool(mid))
        return replace(num, pre=pre, mid=mid, post=post)

    def pick_qual(self, ind: Ind, rate: float = 0.2) -> str | None:
        if self.rng.random() >= rate:
            return None
        if ind.kind in "myt":
            return "at-least"
        options = ["at-least", "approx"]
        if cumulable(ind):
            options.append("cumulative")
        if ind.unit == "percent" or ind.kind == "s":
            options.append("at-most")
        return self.rng.choice(options)

    def pct(self, lo: float = 0.5, hi: float = 15.0) -> str:
        return percent_text(self.rng, self.rng.uniform(lo, hi))

    # -- one statistic
    def fact(self, ind: Ind, region: Region, period: str | None = None, *, qual: str | None = None,
             numeral: bool = False, value: float | None = None, verb: str | None = None) -> Obs:
        """"{noun}{verb}{number}": one level, e.g. "城市低保对象23.6万人", "累计建成农村幸福院8120个"."""
        p, rng, gap = self.p, self.rng, self.p.gap
        period = period or self.period
        if qual == "cumulative" and not cumulable(ind):
            qual = None
        num = self.number(ind, region, qual if qual != "cumulative" else None, numeral=numeral, value=value)
        bare = bool(num.pre)  # "超过", "约", "近" take the place of the verb
        if ind.kind == "s":
            roll = rng.random()
            if qual == "cumulative":
                start = p.w("累计建成")
                p.w(ind.noun)
            elif verb is not None:
                start = p.w(ind.noun)
                p.w(verb)
            elif roll < 0.25 and not ind.noun.endswith(("人数", "人口")):
                p.w("共有")
                start = p.w(ind.noun)
            elif roll < 0.35 and ind.unit in BUILT:
                start = p.w("建成")
                p.w(ind.noun)
            else:
                start = p.w(ind.noun)
                p.w("" if bare else rng.choice(("", "", "达到", "为", "总数达到" if ind.unit in BUILT else "")))
            p.w(num.show(gap))
        elif ind.kind == "f":
            if qual == "cumulative":
                start = p.w("累计")
                p.w(ind.noun)
            else:
                if ind.noun.startswith(VERBS) and rng.random() < 0.25:
                    p.w("共")
                start = p.w(ind.noun)
                if verb is not None:
                    p.w(verb)
                elif ind.unit == "CNY" and not ind.noun.startswith(VERBS) and not bare:
                    p.w(rng.choice(("", "完成", "达到")))
            p.w(num.show(gap))
        elif ind.kind == "r":
            start = p.w(ind.noun)
            if verb is None and num.post == "以下":
                verb = rng.choice(("", "为", "控制在"))
            elif verb is None:
                verb = "降至" if ind.noun == "贫困发生率" else "" if bare else rng.choice(("", "达到", "为", "达到",
                                                                                         "保持在"))
            p.w(verb + num.show(gap))
        elif ind.kind in "my":
            start = p.w(ind.noun)
            p.w(verb if verb is not None else rng.choice(("达到", "为", "提高到", "达到")))
            p.w(self.standard(ind.kind, num.digits, "不低于" if qual == "at-least" else ""))
        elif ind.kind == "t":
            start = p.w(ind.noun)
            p.w(rng.choice((f"每人次{gap}{num.digits}{gap}元", f"为每人次{gap}{num.digits}{gap}元",
                            f"为{gap}{num.digits}{gap}元/人次")))
        else:
            raise ValueError(f"not a level: {ind}")
        if ind.kind in "myt":
            qual = "at-least" if qual == "at-least" and ind.kind != "t" else None
        return p.observe(start, num.value, ind.unit, region, period, ind.label, qual)

    def standard(self, kind: str, digits: str, floor: str = "") -> str:
        """"每人每月612元", "月人均720元", "600元/人·月" (and the yearly forms)."""
        gap = self.p.gap
        if kind == "m":
            forms = [f"每人每月{floor}{gap}{digits}{gap}元", f"月人均{floor}{gap}{digits}{gap}元"]
            if not floor:
                forms += [f"{gap}{digits}{gap}元/人·月", f"{gap}{digits}{gap}元/人/月"]
        else:
            forms = [f"每人每年{floor}{gap}{digits}{gap}元", f"年人均{floor}{gap}{digits}{gap}元"]
            if not floor:
                forms += [f"{gap}{digits}{gap}元/人·年"]
        return self.rng.choice(forms)

    def change(self, obs: Obs, *, stock: bool = False, down: float = 0.15, short: bool = False) -> None:
        """"，比上年增长6.8%": the level's change_percent, not an observation of its own."""
        p, rng = self.p, self.rng
        value = self.pct(0.3, 18.0)
        falls = rng.random() < down
        word = rng.choice(("下降", "减少")) if falls else "增长"
        lead = "，" if short else rng.choice(("，比上年末" if stock else "，比上年", "，较上年", "，", "，同比"))
        p.w(f"{lead}{word}{p.gap}{value}%")
        obs.change = -Decimal(value) if falls else Decimal(value)
        obs.base = self.base

    def absolute_change(self, obs: Obs, ind: Ind, region: Region) -> None:
        """"，比上年末增加6.59万人": an observation of its own, in the level's unit."""
        p, rng = self.p, self.rng
        falls = rng.random() < 0.25
        p.w(rng.choice(("，比上年末", "，较上年末")) + ("减少" if falls else "增加"))
        digits, mult, value = count_number(rng, float(obs.value) * rng.uniform(0.005, 0.05))
        p.w(Num(digits, mult, rng.choice(ind.mw), value).show(p.gap))
        p.observe(obs.start, -value if falls else value, ind.unit, region, obs.period, ind.label + "比上年末增减",
                  base=self.base)

    def point_change(self, obs: Obs, region: Region) -> None:
        """"，比上年提高0.04个百分点": a percentage-point observation of its own."""
        p, rng = self.p, self.rng
        falls = rng.random() < 0.3
        value = f"{rng.uniform(0.01, 2.0):.2f}" if rng.random() < 0.5 else f"{rng.uniform(0.1, 3.0):.1f}"
        word = rng.choice(("下降", "回落", "降低")) if falls else rng.choice(("提高", "上升"))
        p.w(rng.choice(("，比上年", "，", "，较上年")) + word + f"{p.gap}{value}{p.gap}个百分点")
        p.observe(obs.start, -Decimal(value) if falls else Decimal(value), "percentage-point", region,
                  obs.period, obs.indicator + "变化", base=self.base)

    def growth(self, ind: Ind, region: Region, period: str | None = None, *, target: bool = False,
               value: float | None = None) -> Obs:
        """A growth rate that stands alone: "规模以上工业增加值比上年增长8.6%" (a decrease is negative)."""
        p, rng = self.p, self.rng
        period = period or self.period
        v = value if value is not None else rng.uniform(ind.lo, ind.hi)
        shown = percent_text(rng, abs(v))
        start = p.w(ind.noun)
        if target:
            p.w(f"增长{p.gap}{shown}%" + rng.choice(("", "", "左右", "以上")))
        else:
            rising = "上涨" if ind.noun == "居民消费价格" else "增长"
            p.w(rng.choice(("比上年", "", "同比", "较上年")) + ("下降" if v < 0 else rising) + f"{p.gap}{shown}%")
        return p.observe(start, -Decimal(shown) if v < 0 else Decimal(shown), "percent", region, period,
                         ind.label + "增长率", "target" if target else None, base=str(int(period[:4]) - 1))

    # -- composite statements
    def split(self, region: Region, domain: str, *, lead: str = "", marker: str = "") -> bool:
        """A total and parts that add up: "共有特困人员9.87万人，其中集中供养1.12万人、分散供养8.75万人"."""
        p, rng, gap = self.p, self.rng, self.p.gap
        free = [sp for sp in SPLITS.get(domain, []) if p.free(sp.total, region, self.period)]
        if not free:
            return False
        sp = rng.choice(free)
        total = BY_NOUN[sp.total]
        v = self.draw(total.lo, total.hi, region)
        mw = rng.choice(total.mw)
        if total.unit == "CNY":
            quantum, mult, scale = Decimal("0.01"), "亿", Decimal(100000000)
            q = max(round(v / 1e6), 300)
        elif v >= 1e5 and rng.random() < 0.85:
            quantum, mult, scale = Decimal("0.01"), "万", Decimal(10000)
            q = round(v / 100)
        else:
            quantum, mult, scale = Decimal(1), "", Decimal(1)
            q = max(round(v), 20 * len(sp.parts))
        weights = [w * rng.uniform(0.7, 1.3) for _, _, w in sp.parts]
        parts = [max(1, int(q * w / sum(weights))) for w in weights[:-1]]
        parts.append(q - sum(parts))
        if parts[-1] < 1:
            parts = [1] * (len(sp.parts) - 1) + [q - len(sp.parts) + 1]
        p.w(lead)
        start = p.w(total.noun + marker)
        p.w("" if marker or lead.endswith("共有") else rng.choice(("", "达到", "为", "")))
        total_value = Decimal(q) * quantum
        p.w(Num(plain(total_value), mult, mw, total_value * scale).show(gap))
        obs = p.observe(start, total_value * scale, total.unit, region, self.period, total.label)
        money = total.unit == "CNY"
        if money:
            self.change(obs, down=0.05)
            p.w("。其中，")
        else:
            p.w(rng.choice(("，其中", "，其中：", "。其中，")))
        for i, ((shown, label, _w), share) in enumerate(zip(sp.parts, parts)):
            if i:
                p.w("；" if money else rng.choice(("、", "，", "；")))
            value = Decimal(share) * quantum
            s = p.w(shown)
            p.w(Num(plain(value), mult, mw, value * scale).show(gap))
            part = p.observe(s, value * scale, SPLIT_UNITS.get(shown, total.unit), region, self.period, label)
            if money:
                self.change(part, down=0.08, short=True)
        return True

    def pair(self, domain: str, region: Region) -> bool:
        """"分别" lists: two numbers, two indicators, one verb ("分别达到每人每月612元和每人每年4296元")."""
        p, rng, gap = self.p, self.rng, self.p.gap
        forms = [form for form, (d, labels) in PAIRS.items()
                 if d == domain and all(p.free(label, region, self.period) for label in labels)]
        if not forms:
            return False
        form = rng.choice(forms)
        if form == "standards":
            start = p.w(rng.choice(("城市和农村低保标准", "城市、农村低保标准", "城乡低保平均标准")))
            p.w(rng.choice(("分别达到", "分别提高到", "分别为")))
            month, year = int(rng.uniform(450, 1100)), int(rng.uniform(3800, 11000))
            p.w(self.standard("m", str(month)))
            a = p.observe(start, Decimal(month), "CNY/person/month", region, self.period, "城市低保标准")
            p.w("和" if rng.random() < 0.7 else "、")
            p.w(self.standard("y", str(year)))
            b = p.observe(start, Decimal(year), "CNY/person/year", region, self.period, "农村低保标准")
            self.both_changes(a, b)
        elif form == "specials":
            start = p.w("城市和农村特困人员基本生活标准")
            p.w(rng.choice(("分别达到", "分别提高到")))
            city, rural = int(rng.uniform(8000, 16000)), int(rng.uniform(5000, 12000))
            p.w(f"每人每年{gap}{city}{gap}元")
            p.observe(start, Decimal(city), "CNY/person/year", region, self.period, "城市特困人员基本生活标准")
            p.w(f"和{gap}{rural}{gap}元")
            p.observe(start, Decimal(rural), "CNY/person/year", region, self.period, "农村特困人员基本生活标准")
        elif form in ("recipients", "insured", "subsidies"):
            subject, ranges = {
                "recipients": ("城市、农村低保对象", ((5e4, 3e5), (3e5, 3e6))),
                "insured": ("城镇职工和城乡居民基本养老保险参保人数", ((4e6, 2e7), (6e6, 3e7))),
                "subsidies": ("困难残疾人生活补贴和重度残疾人护理补贴", ((1e5, 5e5), (1e5, 6e5))),
            }[form]
            start = p.w(subject)
            p.w(rng.choice(("分别为", "分别达到")) if form != "subsidies" else "分别惠及")
            for i, (label, (lo, hi)) in enumerate(zip(PAIRS[form][1], ranges)):
                if i:
                    p.w(rng.choice(("和", "、")))
                digits, mult, value = count_number(rng, self.draw(lo, hi, region))
                p.w(Num(digits, mult, "人", value).show(gap))
                p.observe(start, value, "person", region, self.period, label)
        else:  # incomes: two standalone growth rates
            start = p.w(rng.choice(("城乡居民人均可支配收入", "城镇和农村居民人均可支配收入")))
            p.w("分别增长")
            city_rate, rural_rate = self.pct(3, 8), self.pct(5, 11)
            p.w(f"{gap}{city_rate}%")
            p.observe(start, Decimal(city_rate), "percent", region, self.period, PAIRS[form][1][0], base=self.base)
            p.w(f"和{gap}{rural_rate}%")
            p.observe(start, Decimal(rural_rate), "percent", region, self.period, PAIRS[form][1][1], base=self.base)
        return True

    def both_changes(self, a: Obs, b: Obs) -> None:
        if self.rng.random() < 0.5:
            return
        x, y = self.pct(2, 12), self.pct(2, 12)
        self.p.w(f"，分别比上年增长{self.p.gap}{x}%和{self.p.gap}{y}%")
        a.change, b.change, a.base, b.base = Decimal(x), Decimal(y), self.base, self.base

    def reversed_fact(self, domain: str, region: Region, *, lead: str = "") -> bool:
        """"为1.05万名困难群众购买了防贫保险": the number before the noun."""
        p, rng = self.p, self.rng
        options = [r for r in REVERSED if r[0] == domain and p.free(r[6], region, self.period)
                   and (r[2] != "county" or region.level in ("country", "province"))]
        if not options:
            return False
        _d, template, unit, _mw, lo, hi, label = rng.choice(options)
        head, tail = template.split("{N}")
        if unit == "county":
            count = atlas().county_count(region)
            digits, mult, value = str(count), "", Decimal(count)
        else:
            digits, mult, value = count_number(rng, max(self.draw(lo, hi, region), 12.0),
                                               wan=unit not in ("township", "village"))
        qual = None
        num = Num(digits, mult, "", value)
        if rng.random() < 0.15 and digits.isdigit() and int(digits) >= 20 and unit != "county":
            qual = "at-least"
            num = replace(rounded(num, loose=True), mid=rng.choice(("余", "多")))
            value = num.value
        p.w(lead)
        if head.startswith(("为", "将")):
            p.w(head[0])
            head = head[1:]
        start = p.w(head)
        p.w(num.show(p.gap) + tail)
        p.observe(start, value, unit, region, self.period, label, qual)
        return True

    def statements(self, domain: str, region: Region, count: int, *, lead: str = "", end: str = "。",
                   sep: str = "；", allow: str = "sfrmyt") -> int:
        """Up to ``count`` clauses of a domain's statistics about ``region`` (indicators not yet used for it),
        after ``lead`` and before ``end``; nothing at all when none is left."""
        rng = self.rng
        inds = [i for i in INDICATORS[domain] if i.kind in allow and self.p.free(i.label, region, self.period)]
        picked = rng.sample(inds, min(count, len(inds)))
        if not picked:
            return 0
        self.p.w(lead)
        for i, ind in enumerate(picked):
            if i:
                self.p.w(sep if rng.random() < 0.6 else "，")
            obs = self.fact(ind, region, qual=self.pick_qual(ind))
            if ind.kind in "sf" and obs.qualifier is None and rng.random() < 0.25 and self.period.isdigit():
                self.change(obs, stock=ind.kind == "s")
            elif ind.kind == "r" and obs.qualifier is None and rng.random() < 0.2 and self.period.isdigit():
                self.point_change(obs, region)
        self.p.w(end)
        return len(picked)


def cumulable(ind: Ind) -> bool:
    """累计 reads right before a verb ("累计发放") or 建成 with things built ("累计建成农村幸福院")."""
    return (ind.kind == "f" and ind.noun.startswith(VERBS)) or (ind.kind == "s" and ind.unit in BUILT)



# ----------------------------------------------------------------------------------------------------------
# Citations and traps


class Citer:
    def __init__(self, page: Page, region: Region, domain: str, year: int) -> None:
        self.p = page
        self.rng = page.rng
        self.region = region
        self.domain = domain
        self.plan = "“十四五”" if year >= 2021 else "“十三五”"  # the five-year plan a title of that year names
        self.province = atlas().province_of(region) if region.level != "country" else region

    def _fresh(self, title: str) -> bool:
        return all(title != t for t, _, _ in self.p.cited)

    def issued(self, issuer_region: Region, *, office: bool | None = None) -> tuple[str, str, str]:
        """"{issuer}关于{topic}的{type}" with the issuer in the title: (title, type, issuer)."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.45:
            issuer = government(issuer_region, office=bool(office if office is not None else rng.random() < 0.5))[0]
        else:
            issuer = dept(issuer_region, DOMAIN_DEPT[self.domain])[0]
        ending, doc_type = rng.choice(TYPES_ISSUED)
        title = f"{issuer}关于{rng.choice(TOPICS[self.domain])}的{ending}"
        return title, doc_type, issuer

    def named(self, region: Region) -> tuple[str, str]:
        """"{region}{subject}{type}": (title, type); the caller notes the region once the title is written."""
        template, doc_type = self.rng.choice(NAMED_TITLES[self.domain])
        title = template.format(R=region.name if region.level != "country" else "")
        return title.replace("“十四五”", self.plan), doc_type

    def national(self) -> tuple[str, str, str | None]:
        title, doc_type, issuer = self.rng.choice(NATIONAL_TITLES[self.domain])
        return title.replace("“十四五”", self.plan), doc_type, issuer

    def national_sentence(self) -> None:
        p, rng = self.p, self.rng
        title, doc_type, issuer = self.national()
        if not self._fresh(title):
            return
        if issuer and not title.startswith(issuer) and rng.random() < 0.5:
            p.w(f"严格执行{issuer}印发的《{title}》，")
            p.cite(title, doc_type, issuer)
        else:
            p.w(rng.choice(("依据", "根据", "深入贯彻")) + f"《{title}》，")
            p.cite(title, doc_type, issuer if issuer and title.startswith(issuer) else None)
        p.w(rng.choice(CLAUSES) + "。")

    def sentence(self) -> None:
        """One sentence citing one to three documents; no numbers in it."""
        p, rng = self.p, self.rng
        region = self.province if rng.random() < 0.6 else self.region
        form = rng.randrange(6)
        if form == 0:  # nested: 〈〉 inside 《》
            issuer_region = region if region.level != "country" else self.province
            gov = government(issuer_region, office=rng.random() < 0.4)[0]
            who, inner, inner_type = NESTED_INNER[self.domain]
            ending, doc_type = rng.choice((("实施意见", "implementation-opinions"), ("实施方案", "implementation-plan"),
                                           ("实施细则", "detailed-rules")))
            outer = f"{gov}关于贯彻落实{who}〈{inner}〉的{ending}"
            if not self._fresh(outer) or not self._fresh(inner):
                return
            if issuer_region.level != "country":
                p.mention(issuer_region)
            short = government(issuer_region)[1]
            p.w(rng.choice((f"推动{short}出台了", f"{short}出台了", "先后制定了")) + f"《{outer}》")
            p.cite(outer, doc_type, gov)
            p.cite(inner, inner_type, who or None)
            p.w(rng.choice(("，进一步完善了政策体系。", "，为各项工作提供了制度保障。", "。")))
        elif form == 1:  # a department issues a named document
            full, short = dept(region, DOMAIN_DEPT[self.domain]) if region.level != "country" else ("", "")
            title, doc_type = self.named(region)
            if not self._fresh(title):
                return
            if region.level == "country":
                p.w(f"《{title}》正式施行。")
                p.cite(title, doc_type, None)
                return
            p.w(f"{short}{rng.choice(('印发了', '出台了', '制定出台了'))}《{title}》")
            p.mention(region)
            p.cite(title, doc_type, full)
            p.w(rng.choice(("，" + rng.choice(CLAUSES) + "。", "。")))
        elif form == 2:  # the issuer is in the title
            if region.level == "country":
                return self.national_sentence()
            title, doc_type, issuer = self.issued(region)
            if not self._fresh(title):
                return
            p.w(rng.choice(("认真贯彻落实", "全面落实", "按照")) + f"《{title}》")
            p.mention(region)
            p.cite(title, doc_type, issuer)
            p.w(rng.choice(("要求，", "部署，")) + rng.choice(CLAUSES) + "。")
        elif form == 3:  # national documents, issuer named or not
            self.national_sentence()
        elif form == 4:  # two titles in a row under one subject
            if region.level == "country":
                return
            full, short = dept(region, DOMAIN_DEPT[self.domain])
            first, first_type = self.named(region)
            second_ending, second_type = rng.choice((("实施方案", "implementation-plan"),
                                                     ("指导意见", "guiding-opinions"), ("通知", "notice")))
            second = f"关于{rng.choice(TOPICS[self.domain])}的{second_ending}"
            if not self._fresh(first) or not self._fresh(second) or first == second:
                return
            p.w(f"{full}先后出台了《{first}》《{second}》等政策文件，{rng.choice(CLAUSES)}。")
            p.mention(region)
            p.cite(first, first_type, full)
            p.cite(second, second_type, full)
        else:  # a document with its number in brackets
            if region.level == "country":
                return
            title, doc_type, issuer = self.issued(region, office=True)
            if not self._fresh(title):
                return
            abbr = PROVINCE_ABBR[self.province.code[:2]]
            kind = ("政办发" if "办公" in issuer else "政发" if "人民政府" in issuer
                    else DEPT_CODES[DOMAIN_DEPT[self.domain]])
            own = random.Random(f"number of {title}")  # a document has one number, whichever text cites it
            number = f"{abbr}{kind}〔{own.randint(2016, 2024)}〕{own.randint(1, 90)}号"
            p.w(f"{rng.choice(('根据', '按照'))}《{title}》（{number}）精神，{rng.choice(CLAUSES)}。")
            p.mention(region)
            p.cite(title, doc_type, issuer)


def person_name(rng: random.Random, spaced: bool = False) -> str:
    names = atlas().names
    while True:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if not any(name[i:j] in names for i in range(len(name)) for j in range(i + 2, len(name) + 1)):
            break
    return " ".join(name) if spaced and len(name) == 2 else name


def phone(rng: random.Random) -> str:
    return f"0{rng.randint(310, 999)}-{rng.randint(2000000, 8999999)}"


def trap_sentence(page: Page, rng: random.Random, region: Region, domain: str) -> None:
    """A sentence whose numbers measure nothing: hotlines, phone numbers, ordinals, slogans."""
    number, hotline = HOTLINES[domain] if rng.random() < 0.8 else HOTLINES["assist"]
    form = rng.randrange(4)
    if form == 0:
        page.w(f"群众如有{DOMAIN_WORDS[domain][0]}方面的需求，可拨打{number}{hotline}"
               f"或{dept(region, DOMAIN_DEPT[domain])[1]}服务电话{phone(rng)}咨询。")
    elif form == 1:
        page.w(f"下一步，将畅通{number}{hotline}等求助渠道，坚持{rng.choice(SLOGANS)}，确保各项工作落到实处。")
    elif form == 2:
        page.w(f"{rng.choice(('有关负责人表示', '据介绍'))}，下一步将坚持{rng.choice(SLOGANS)}工作思路，"
               f"持续推进第{cn_numeral(rng.randint(2, 6))}批试点工作，{rng.choice(CLAUSES)}。")
    else:
        page.w(f"群众可通过{number}{hotline}反映诉求，{rng.choice(CLAUSES)}。")


# ----------------------------------------------------------------------------------------------------------
# Document kinds


@dataclass
class Plan:
    """What was decided about a document before writing it."""

    index: int
    kind: str
    focus: Region
    year: int
    domains: list[str]
    html: bool
    pdf: bool
    traditional: bool
    pinyin: bool
    halfwidth: bool
    encoding: str
    month: int = 12     # news: the month-end of the figures (6 = 上半年); 12 = the whole year


def pick_children(rng: random.Random, region: Region, k: int) -> list[Region]:
    """Regions under ``region`` (an ambiguous county name is fine: the focus resolves it)."""
    kids = list(atlas().provinces) if region.level == "country" else atlas().children.get(region.code, [])
    return rng.sample(kids, min(k, len(kids)))


def local_sentence(w: Writer, domain: str, child: Region) -> None:
    """A statistic about one child region of the focus: "兰州市城市低保标准达到月人均720元，居全省首位。"."""
    p, rng = w.p, w.rng
    inds = [i for i in INDICATORS[domain] if i.kind in "sfrm" and p.free(i.label, child, w.period)]
    if not inds:
        return
    p.place(child)
    if rng.random() < 0.3 and w.reversed_fact(domain, child):
        pass
    else:
        ind = rng.choice(inds)
        w.fact(ind, child, qual=w.pick_qual(ind, 0.25))
        others = [i for i in inds if i.kind in "sf" and i is not ind and p.free(i.label, child, w.period)]
        if others and rng.random() < 0.4 and ind.kind in "sf":
            p.w("，")
            other = rng.choice(others)
            w.fact(other, child, qual=w.pick_qual(other, 0.2))
    if rng.random() < 0.5:
        p.w("，" + rng.choice(COMMENTS).format(S=suffix(w.p.focus)))
    p.w("。")


def pair_of_children(w: Writer, domain: str, kids: list[Region], *, lead: str = "") -> None:
    """"顺德区、南海区养老床位分别达到1.12万张和0.97万张。"."""
    p, rng = w.p, w.rng
    a, b = kids[:2]
    inds = [i for i in INDICATORS[domain] if i.kind == "s" and i.unit != "percent"
            and p.free(i.label, a, w.period) and p.free(i.label, b, w.period)]
    if not inds:
        return
    ind = rng.choice(inds)
    p.w(lead)
    p.place(a)
    p.w("、")
    p.place(b)
    start = p.w(ind.noun)
    p.w(rng.choice(("分别达到", "分别为")))
    mw = rng.choice(ind.mw)
    for i, child in enumerate((a, b)):
        if i:
            p.w("和")
        if ind.unit in ("institution", "count", "organization"):
            n = max(3, int(w.draw(ind.lo, ind.hi, child)))
            digits, mult, value = str(n), "", Decimal(n)
        else:
            digits, mult, value = count_number(rng, max(w.draw(ind.lo, ind.hi, child), 5.0))
        p.w(Num(digits, mult, mw, value).show(p.gap))
        p.observe(start, value, ind.unit, child, w.period, ind.label)
    p.w("。")


_ROW_HEADINGS = {"country": "省份", "province": "市（州）"}  # a table's heading over the regions below the focus


def children_table(w: Writer, domain: str, kids: list[Region], caption: str) -> bool:
    """A web page's table of figures by region below the focus, each cell a gold observation (its quote runs from
    the row's region cell to the figure, markup included): "表1 2024年1—9月各县（市、区）…情况"."""
    p, rng = w.p, w.rng
    inds = [i for i in INDICATORS[domain] if i.kind in "sf" and i.unit not in ("percent", "CNY")
            and i.noun == i.label and all(p.free(i.label, kid, w.period) for kid in kids)]
    if len(inds) < 2:
        return False
    columns = rng.sample(inds, min(len(inds), rng.randint(2, 3)))
    serial = rng.random() < 0.5
    p.w(f'    <p style="text-align:center">表{rng.randint(1, 3)} {caption}</p>\n'
        '    <table border="1" cellspacing="0" cellpadding="4" width="90%">\n      <tr>')
    label = "地区" if rng.random() < 0.5 else _ROW_HEADINGS.get(p.focus.level, "县（市、区）")
    p.w(("<td>序号</td>" if serial else "") + f"<td>{label}</td>")
    for ind in columns:
        p.w(f"<td>{ind.noun}（{ind.mw[0]}）</td>")
    p.w("</tr>\n")
    for row, kid in enumerate(kids, 1):
        p.w("      <tr>" + (f"<td>{row}</td>" if serial else "") + "<td>")
        start = p.n
        p.place(kid, short=False)
        p.w("</td>")
        for ind in columns:
            n = max(3, round(w.draw(ind.lo, ind.hi, kid)))
            p.w(f"<td>{n}")
            p.observe(start, Decimal(n), ind.unit, kid, w.period, ind.label)
            p.w("</td>")
        p.w("</tr>\n")
    p.w("    </table>\n")
    return True


def intro(w: Writer, domain: str, region: Region, year: int) -> None:
    p, rng = w.p, w.rng
    congress, plenum = PARTY[year]
    p.w(f"{rng.choice(('近年来', f'{year}年'))}，{quan(region)}上下坚持以习近平新时代中国特色社会主义思想为指导，"
        f"深入贯彻党的{congress}和{plenum}精神，{rng.choice(CLAUSES)}，{rng.choice(CLAUSES)}，"
        f"{DOMAIN_WORDS[domain][1]}取得新成效。")


BULLETIN_SECTIONS = [("就业和社会保障", "employment"), ("社会保险", "insurance"), ("社会救助和社会福利", "assist"),
                     ("养老服务", "elderly"), ("社会组织", "orgs"), ("教育", "education"), ("卫生健康", "health"),
                     ("残疾人事业", "disability")]


def write_bulletin(plan: Plan, page: Page, title: str) -> None:
    """A statistical bulletin: 年末 stocks, 全年 flows, growth against the previous year, 其中 splits."""
    rng, focus, year = page.rng, plan.focus, plan.year
    w = Writer(page, year, str(year))
    page.w(title + "\n")
    if focus.level == "country":
        page.w(("国家统计局" if "国民" in title else "民政部") + "\n")
    else:
        page.w(dept(focus, "统计")[0] + "\n")
        if focus.level != "county" and rng.random() < 0.6:
            page.w(f"国家统计局{stem(focus)}调查队\n")
    g = page.gap
    page.w(f"{year + 1}{g}年{g}{rng.randint(2, 4)}{g}月{g}{rng.randint(1, 28)}{g}日\n")
    scope = quan(focus)
    page.open()
    intro(w, "economy", focus, year)
    page.close()
    note = rng.random() < 0.4
    chosen = [("综合", "economy"), *rng.sample(BULLETIN_SECTIONS, rng.randint(3, 6))]
    for number, (heading, domain) in enumerate(chosen, 1):
        page.line(f"{cn_numeral(number)}、{' '.join(heading) if page.gap and len(heading) == 2 else heading}")
        page.open()
        if domain == "economy":
            lead = rng.choice(("初步核算，全年", "全年", f"{year}年，{scope}实现"))
            w.split(focus, "economy", lead=lead, marker="[1]" if note else "")  # "地区生产总值[1]13198.52亿元"
            page.w("。")
            page.w(f"年末{scope}")
            obs = w.fact(BY_NOUN["常住人口"], focus)
            w.absolute_change(obs, BY_NOUN["常住人口"], focus)
            page.w("。")
            rate = w.fact(BY_NOUN["常住人口城镇化率"], focus, verb="")
            w.point_change(rate, focus)
            page.w("。")
            for ind in rng.sample([i for i in INDICATORS["economy"] if i.kind == "g"], rng.randint(1, 3)):
                page.w("全年" if rng.random() < 0.5 else "")
                w.growth(ind, focus)
                page.w("。")
            if page.gap and rng.random() < 0.5:
                page.close()
                flattened_table(page, rng, year)
                page.open()
            obs = w.fact(BY_NOUN["社会消费品零售总额"], focus)
            w.change(obs)
            page.w("。")
        else:
            stock_lead = rng.choice((f"年末{scope}", f"截至{year}年底，{scope}", f"{year}年末，{scope}"))
            if rng.random() < 0.6 and w.split(focus, domain, lead=stock_lead + rng.choice(("共有", ""))):
                page.w("。")
                stock_lead = ""
            w.statements(domain, focus, rng.randint(1, 3), lead=stock_lead or f"年末{scope}", allow="srmy")
            w.statements(domain, focus, rng.randint(1, 2), lead=rng.choice(("全年", f"{year}年，{scope}")), allow="ft")
            if rng.random() < 0.4 and w.pair(domain, focus):
                page.w("。")
            kids = pick_children(rng, focus, 2)
            if len(kids) == 2 and rng.random() < 0.35:
                pair_of_children(w, domain, kids, lead="其中，")
        page.close()
    if note:
        page.w("注：\n[1] 地区生产总值、三次产业增加值绝对数按现价计算，增长速度按不变价格计算。\n")


def flattened_table(page: Page, rng: random.Random, year: int) -> None:
    """A table extracted from a PDF, its cells in a row: nothing in it is an observation."""
    products = rng.sample(["家用电冰箱", "房间空气调节器", "陶瓷砖", "铝材", "水泥", "汽车", "集成电路", "饲料"], 4)
    page.w(f"表{rng.randint(1, 5)} {year}年主要工业产品产量\n产品名称 单位 产量 比上年增长（%）\n")
    page.w(" ".join(products) + "\n")
    page.w(" ".join(rng.choice(("万台", "万吨", "亿平方米", "万辆", "亿块")) for _ in products) + "\n")
    values = [f"{rng.uniform(1, 3000):.1f}" for _ in products] + [f"{rng.uniform(-8, 12):.1f}" for _ in products]
    page.w(" ".join(values) + "\n")


def small_things(w: Writer, region: Region, period: str, k: int, *, qualifier: str | None = None,
                 numerals: float = 0.5, lead: str = "", end: str = "。") -> int:
    """Things built or done, now and then in Chinese numerals: "新建公办幼儿园三所，改扩建农村薄弱学校十二所"."""
    p, rng = w.p, w.rng
    options = [s for s in SMALL if p.free(s[3], region, period)]
    chosen = rng.sample(options, min(k, len(options)))
    if not chosen:
        return 0
    p.w(lead)
    for i, (name, mw, unit, label, lo, hi) in enumerate(chosen):
        if i:
            p.w("，")
        value = two_significant(rng.uniform(lo, hi) * (1.2 if qualifier else 1.0))
        start = p.w(name)
        p.w(f"{cn_numeral(value) if rng.random() < numerals else p.gap + str(value) + p.gap}{mw}")
        p.observe(start, Decimal(value), unit, region, period, label, qualifier)
    p.w(end)
    return len(chosen)


def write_report(plan: Plan, page: Page, title: str) -> None:
    """A government work report: 过去一年 (the year before the report) and the targets for the report's year."""
    rng, focus, report_year = page.rng, plan.focus, plan.year
    past = report_year - 1
    w = Writer(page, past, str(past))
    parent = atlas().parent_of(focus)
    if not page.html:
        page.w(rng.choice(("政 府 工 作 报 告", "政府工作报告")) + "\n")
    chief = {"省": "省长", "区": "主席" if focus.level == "province" else "区长", "市": "市长", "州": "州长",
             "盟": "盟长", "地区": "专员", "县": "县长", "旗": "旗长"}[suffix(focus)]
    page.mention(focus)
    session = f"第{cn_numeral(rng.randint(12, 19))}届人民代表大会第{cn_numeral(rng.randint(1, 6))}次会议"
    page.line(f"——{report_year}年{rng.randint(1, 2)}月{rng.randint(5, 28)}日在{focus.name}{session}上", strong=False)
    page.line(f"{government(focus)[0]}{chief}  {person_name(rng)}", strong=False)
    if not page.html:
        page.w("\n")
    page.line("各位代表：", strong=False)
    own = "自治区" if focus.name.endswith("自治区") else suffix(focus)
    page.open()
    page.w(f"现在，我代表{own}人民政府向大会报告工作，请予审议，并请{own}政协委员和其他列席人员提出意见。")
    page.close()
    page.line(f"{page.indent}一、" + rng.choice(("过去一年工作回顾", f"{past}年工作回顾")))
    page.open()
    page.w("过去一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，在")
    if parent is not None and parent.level == "prefecture" and rng.random() < 0.6:
        page.w("市委、市政府和" if suffix(parent) == "市" else "上级党委政府和")
    page.w(f"{'自治区党' if own == '自治区' else own}委的坚强领导下，我们坚持稳中求进工作总基调，全力打好“三大攻坚战”，"
           f"较好完成了{own}{cn_numeral(rng.randint(12, 19))}届人大{cn_numeral(rng.randint(1, 6))}次会议确定的目标任务")
    if parent is not None and focus.level == "county":
        page.w("，主要经济指标增速位居")
        page.place(parent, short=False)
        page.w("前列")
    page.w("。")
    page.close()
    scope = quan(focus)
    blocks = [("经济运行稳中有进", "economy"), ("民生保障持续加强", "assist"), ("就业形势总体稳定", "employment"),
              ("养老服务加快发展", "elderly"), ("社会事业全面进步", "education"), ("健康{S}建设扎实推进", "health"),
              ("社会保障更加健全", "insurance"), ("残疾人关爱服务持续加强", "disability")]
    for heading, domain in [blocks[0], *rng.sample(blocks[1:], rng.randint(2, 4))]:
        page.open()
        page.w(f"——{heading.format(S=suffix(focus))}。")
        if domain == "economy":
            page.w(scope)
            obs = w.fact(BY_NOUN["地区生产总值"], focus, verb="达到")
            w.change(obs, short=True, down=0.03)
            page.w("；")
            w.growth(BY_NOUN["规模以上工业增加值"], focus)
            page.w("；")
            obs = w.fact(BY_NOUN["一般公共预算收入"], focus, verb="完成")
            w.change(obs, short=True, down=0.1)
            page.w("。")
            if rng.random() < 0.5 and w.reversed_fact("economy", focus):
                page.w("，")
                w.fact(BY_NOUN["贫困发生率"], focus)
                page.w("，顺利通过脱贫攻坚成效考核。" if rng.random() < 0.5 else "。")
        else:
            w.statements(domain, focus, rng.randint(2, 3), lead=rng.choice((scope, "全年", "")), sep="，")
            if rng.random() < 0.5 and w.pair(domain, focus):
                page.w("。")
        small_things(w, focus, str(past), rng.randint(1, 3), numerals=0.6)
        if domain == "elderly" and rng.random() < 0.5 and page.free("高龄津贴", focus, str(past)):
            start = page.w("发放高龄津贴")
            digits, mult, value = money_number(rng, w.draw(1e8, 2e9, focus))
            page.w(Num(digits, mult, "元", value).show(page.gap))
            page.observe(start, value, "CNY", focus, str(past), "高龄津贴")
            page.w("，惠及")
            start = page.w("80岁以上老年人")  # 以上 belongs to the age, not to the count
            digits, mult, people = count_number(rng, w.draw(3e5, 2e6, focus))
            page.w(Num(digits, mult, "人", people).show(page.gap))
            page.observe(start, people, "person", focus, str(past), "享受高龄津贴的80岁以上老年人")
            page.w("。")
        page.close()
    # the report's year: targets
    page.line(f"{page.indent}二、{report_year}年工作安排")
    page.open()
    year_is = rng.choice(("全面建设社会主义现代化国家的关键之年", "“十四五”规划承上启下之年", "全面深化改革的关键之年",
                          "实施“十五五”规划的开局之年"))
    page.w(f"{report_year}年是{year_is}。全年经济社会发展的主要预期目标是：")
    t = Writer(page, report_year, str(report_year))
    t.growth(BY_NOUN["地区生产总值"], focus, target=True, value=rng.uniform(4, 8.5))
    for noun in rng.sample(["一般公共预算收入", "社会消费品零售总额", "固定资产投资"], rng.randint(1, 2)):
        page.w("，")
        t.growth(BY_NOUN[noun], focus, target=True, value=rng.uniform(5, 10))
    if rng.random() < 0.6:
        page.w("，")
        start = page.w("城乡居民人均可支配收入")
        a, b = t.pct(5, 8), t.pct(6, 10)
        page.w(f"分别增长{page.gap}{a}%")
        page.observe(start, Decimal(a), "percent", focus, str(report_year), "城镇居民人均可支配收入增长率", "target",
                     base=str(past))
        page.w(f"和{page.gap}{b}%")
        page.observe(start, Decimal(b), "percent", focus, str(report_year), "农村居民人均可支配收入增长率", "target",
                     base=str(past))
    if rng.random() < 0.6:
        page.w("，")
        start = page.w("城镇新增就业")
        digits, mult, value = count_number(rng, w.draw(1e5, 8e5, focus))
        page.w(Num(digits, mult, "人", value).show(page.gap) + rng.choice(("以上", "")))
        page.observe(start, value, "person", focus, str(report_year), "城镇新增就业", "target")
    if rng.random() < 0.5:
        page.w("，")
        start = page.w("城镇登记失业率")
        shown = f"{rng.uniform(3.5, 5.5):.1f}"
        page.w(f"控制在{page.gap}{shown}%" + rng.choice(("以内", "左右")))
        page.observe(start, Decimal(shown), "percent", focus, str(report_year), "城镇登记失业率", "target")
    page.w("。")
    page.close()
    page.open()
    page.w("围绕上述目标，我们将重点抓好以下工作：")
    page.close()
    for number in range(1, rng.randint(2, 4)):
        page.open()
        task = rng.choice(("持续增进民生福祉", "兜牢兜实民生底线", "办好群众可感可及的实事"))
        page.w(f"（{cn_numeral(number)}）{task}。"
               f"{rng.choice(CLAUSES)}，{rng.choice(CLAUSES)}。")
        small_things(t, focus, str(report_year), rng.randint(1, 3), qualifier="target", lead="我们将",
                     end=f"，让发展成果更多更公平惠及{scope}人民。")
        page.close()
    if rng.random() < 0.5:
        page.open()
        page.w("各位代表，新的一年任务艰巨、使命光荣。让我们更加紧密地团结在以习近平同志为核心的党中央周围，"
               "凝心聚力、真抓实干，为谱写中国式现代化新篇章而努力奋斗！")
        page.close()


def write_feature(plan: Plan, page: Page, title: str) -> None:
    """A news feature (综述): 截至…年底 stocks, 全年 flows, 其中 and 分别, then figures of the regions below."""
    rng, focus, year = page.rng, plan.focus, plan.year
    domain = plan.domains[0]
    w = Writer(page, year, str(year))
    cite = Citer(page, focus, domain, year)
    full = dept(focus, DOMAIN_DEPT[domain])[0]
    if not page.html:
        page.w(title + "\n")
        page.w(f"——{full}{rng.choice(('扎实推进', '持续深化', '全力推动'))}{DOMAIN_WORDS[domain][0]}工作综述\n")
        byline = f"本报记者 {person_name(rng, spaced=True)}"
        page.w(byline + (f" 通讯员 {person_name(rng)}" if rng.random() < 0.5 else "") + "\n")
        page.w("\n" if rng.random() < 0.5 else "")
    page.open()
    page.w(f"近年来，{full}深入贯彻党中央、国务院关于保障和改善民生的决策部署，")
    if focus.level == "province":
        page.w(f"认真落实{'自治区' if focus.name.endswith('自治区') else suffix(focus)}"
               f"第{cn_numeral(rng.randint(9, 15))}次党代会精神，")
    page.w(f"紧扣{rng.choice(SLOGANS)}目标，{rng.choice(CLAUSES)}。")
    for _ in range(rng.randint(1, 2)):
        cite.sentence()
    page.close()
    stock = rng.choice((f"截至{year}年底，", f"截至{year}年末，", f"截至{year}年底，"))
    sub = rng.sample(SUBHEADINGS, 3)
    scope = quan(focus)
    for k in range(rng.randint(2, 3)):
        page.line(sub[k])
        page.open()
        if k == 0 and rng.random() < 0.6 and w.split(focus, domain, lead=stock + scope + rng.choice(("共有", ""))):
            page.w("。")
        else:
            lead = stock if k == 0 or rng.random() < 0.4 else rng.choice((f"{year}年，", "全年", ""))
            allow = "srmy" if "截至" in lead else "sfrmyt"
            w.statements(domain, focus, rng.randint(2, 3), lead=lead + scope, allow=allow)
        if rng.random() < 0.5 and w.pair(domain, focus):
            page.w("。")
        if rng.random() < 0.35 and w.reversed_fact(domain, focus, lead=scope):
            page.w("。")
        flows = [i for i in INDICATORS[domain]
                 if i.kind == "f" and cumulable(i) and page.free(i.label, focus, w.period)]
        if flows and rng.random() < 0.4:
            page.w(f"{year - rng.randint(2, 5)}年以来，{scope}")
            w.fact(rng.choice(flows), focus, qual="cumulative")
            page.w("。")
        if rng.random() < 0.3:
            other = rng.choice([d for d in INDICATORS if d not in ("economy", domain)])
            w.statements(other, focus, 1, lead=scope)
        page.close()
    kids = pick_children(rng, focus, rng.randint(2, 4))
    if kids:
        page.line(rng.choice(LOCAL_HEADINGS))
        page.open()
        page.w(f"各{'市州' if focus.level == 'province' else '县（市、区）' if focus.level == 'prefecture' else '地'}"
               "结合实际创新工作方式。")
        for child in kids:
            local_sentence(w, domain, child)
        if len(kids) >= 2 and rng.random() < 0.3:
            pair_of_children(w, domain, rng.sample(kids, 2))
        page.close()
    page.open()
    trap_sentence(page, rng, focus, domain)
    page.close()
    if not page.html and rng.random() < 0.25:
        page.w("扫一扫在手机端打开当前页\n|\n【大 中 小】 【打印】 |\n")


def write_news(plan: Plan, page: Page, title: str) -> None:
    """A short news item from a department's site: 截至N月底 (a month's end) and 上半年 flows, or a whole year."""
    rng, focus, year, month = page.rng, plan.focus, plan.year, plan.month
    domain = plan.domains[0]
    period = f"{year}-{month:02d}" if month < 12 else str(year)
    w = Writer(page, year, period)
    cite = Citer(page, focus, domain, year)
    full = dept(focus, DOMAIN_DEPT[domain])[0]
    scope = quan(focus)
    if not page.html:
        page.w(title + "\n")
        page.w(f"来源：{full}　发布时间：{published(plan, rng)}\n")
    page.open()
    page.w(f"{'今年以来' if month < 12 else f'{year}年'}，{full}")
    if rng.random() < 0.7:
        province = atlas().province_of(focus) if focus.level != "country" else focus
        title_a, type_a = cite.named(province)
        page.w(f"认真贯彻落实《{title_a}》要求，")
        if province.level != "country":
            page.mention(province)
        page.cite(title_a, type_a, None)
    page.w(f"{rng.choice(CLAUSES)}，{rng.choice(CLAUSES)}。")
    page.close()
    page.open()
    stock = (f"截至{cn_numeral(month) if rng.random() < 0.2 else month}月底，" if month < 12
             else f"截至{year}年底，") + scope
    if not (rng.random() < 0.5 and w.split(focus, domain, lead=stock + rng.choice(("共有", "")))):
        w.statements(domain, focus, rng.randint(2, 3), lead=stock, allow="srmy", end="")
    page.w("。")
    if rng.random() < 0.5 and w.pair(domain, focus):
        page.w("。")
    flows = [i for i in INDICATORS[domain] if i.kind == "f" and page.free(i.label, focus, period)]
    if flows:
        ind = rng.choice(flows)
        if month == 6:
            page.w("上半年" + rng.choice(("", "共", scope)))
            w.fact(ind, focus, qual=w.pick_qual(ind))
        elif month < 12 and cumulable(ind):
            page.w(f"截至{month}月底，{scope}")  # a flow to a month's end: cumulative, period YYYY-MM
            w.fact(ind, focus, qual="cumulative")
        elif month == 12:
            page.w("全年")
            w.fact(ind, focus, qual=w.pick_qual(ind))
        page.w("。")
    if rng.random() < 0.5 and w.reversed_fact(domain, focus):
        page.w("。")
    page.close()
    kids = pick_children(rng, focus, rng.randint(1, 3))
    if kids:
        page.open()
        page.w(f"各{'县（市、区）' if focus.level == 'prefecture' else '地'}积极探索创新。")
        for child in kids:
            local_sentence(w, domain, child)
        page.close()
    if page.html and focus.level != "county" and rng.random() < 0.4:  # a table of the regions below, by the text
        span = f"{year}年1—{month}月" if month < 12 else f"{year}年"
        page.line(f"{span}各地{DOMAIN_WORDS[domain][0]}主要数据如下表：", strong=False)
        children_table(w, domain, pick_children(rng, focus, rng.randint(2, 5)), f"{span}各地主要数据")
    page.open()
    trap_sentence(page, rng, focus, domain)
    if rng.random() < 0.5:
        page.w(f"（通讯员 {person_name(rng)}）")
    page.close()


def write_opinions(plan: Plan, page: Page, title: str) -> None:
    """Implementation opinions: a document number, the situation last year, targets for a later year."""
    rng, focus, issued = page.rng, plan.focus, plan.year
    domain = plan.domains[0]
    situation = issued - 1
    w = Writer(page, situation, str(situation))
    cite = Citer(page, focus, domain, issued)
    office = "办公" in title
    gov = government(focus, office=office)[0]
    gov_short = government(focus)[1]
    if not page.html:
        page.w(title + "\n")
    if focus.level == "country":
        number = f"国{'办' if office else ''}发〔{issued}〕{rng.randint(1, 60)}号"
    else:
        number = f"{PROVINCE_ABBR[focus.code[:2]]}政{'办' if office else ''}发〔{issued}〕{rng.randint(1, 90)}号"
    page.w(number + "\n\n")
    if focus.level == "country":
        page.w("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n")
    else:
        page.w(f"各{'市（州）' if focus.level == 'province' else '县（市、区）'}人民政府，{gov_short}各部门：\n")
    page.open()
    page.w(f"{DOMAIN_WORDS[domain][0]}工作事关群众切身利益。")
    w.statements(domain, focus, rng.randint(2, 3), lead=f"截至{situation}年底，{quan(focus)}", sep="、", allow="s",
                 end="；")
    w.statements(domain, focus, 1, lead=f"{situation}年全年", allow="f", end="。")
    page.w(f"但一些地方仍存在{rng.choice(('工作力量薄弱', '服务能力不足', '信息化水平不高'))}等问题。")
    cite.sentence()
    page.w(f"经{gov_short}同意，现提出以下意见。")
    page.close()
    page.line(f"{page.indent}一、总体要求")
    page.open()
    congress, plenum = PARTY[issued]
    page.w(f"（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的{congress}和{plenum}精神，"
           f"坚持以人民为中心的发展思想，{rng.choice(CLAUSES)}。")
    page.close()
    page.open()
    target_year = rng.choice([y for y in (2020, 2022, 2025, 2027, 2030) if y > issued])
    page.w(f"（二）主要目标。到{target_year}年，{quan(focus)}")
    other = rng.choice([d for d in INDICATORS if d not in ("economy", domain)])
    rates = [i for d in (domain, other) for i in INDICATORS[d] if i.kind == "r"]
    for i, ind in enumerate(rng.sample(rates, min(len(rates), rng.randint(2, 3)))):
        if i:
            page.w("，")
        start = page.w(ind.noun)
        low = ind.hi <= 10
        value = rng.uniform(ind.lo, ind.hi) if low else rng.uniform(max(ind.lo, 60.0), min(ind.hi + 5, 100.0))
        shown = percent_text(rng, value)
        verb = "控制在" if low else rng.choice(("达到", "提高到", "达到"))
        page.w(f"{verb}{page.gap}{shown}%" + ("以内" if low else rng.choice(("", "以上", ""))))
        page.observe(start, Decimal(shown), "percent", focus, str(target_year), ind.label, "target")
    page.w(f"，基本形成{rng.choice(SLOGANS)}的工作格局。")
    page.close()
    page.line(f"{page.indent}二、重点任务")
    k = 3
    for k in range(3, 3 + rng.randint(2, 3)):
        page.open()
        page.w(f"（{cn_numeral(k)}）{rng.choice(SUBHEADINGS)}。{rng.choice(CLAUSES)}。")
        if rng.random() < 0.6:
            cite.sentence()
        page.close()
    page.line(f"{page.indent}三、保障措施")
    page.open()
    page.w(f"（{cn_numeral(k + 1)}）加强组织领导。各级人民政府要把{DOMAIN_WORDS[domain][0]}工作纳入重要议事日程，"
           f"于{issued}年12月31日前制定具体实施方案。")
    page.close()
    page.w(f"\n{gov}\n{issued}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n（此件公开发布）\n")


# ----------------------------------------------------------------------------------------------------------
# Web pages


NAV = [["首页", "机构概况", "新闻中心", "政务公开", "办事服务", "互动交流"],
       ["网站首页", "政务动态", "信息公开", "政策文件", "公共服务", "政民互动", "专题专栏"],
       ["首页", "走进民政", "工作动态", "通知公告", "政策法规", "便民服务"]]


def html_head(page: Page, plan: Plan, title: str, site: str, charset: str, date: str) -> None:
    rng = page.rng
    nav = rng.choice(NAV)
    views = rng.randint(37, 98765)
    counter = rng.choice(("浏览次数", "阅读次数", "点击数"))
    section = rng.choice(("工作动态", "部门动态", "新闻中心", "政策文件"))
    page.w('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
           '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
           f'<head>\n<meta charset="{charset}" />\n<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n')
    page.w(f"<title>{title}_{section}_{site}</title>\n")
    page.w(f'<meta name="description" content="{site}门户网站" />\n'
           '<link href="/templets/css/style.css" rel="stylesheet" type="text/css" />\n'
           f'<script type="text/javascript">\nvar _siteCode = "{plan.focus.code}{rng.randint(1000, 9999)}";\n'
           f'var _pageId = {rng.randint(10**9, 10**10)};\n</script>\n</head>\n<body>\n')
    page.w(f'<div class="top">\n  <div class="logo"><img src="/images/logo.png" alt="{site}" /></div>\n'
           '  <div class="toplink"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a>'
           ' | <a href="#">长者模式</a></div>\n</div>\n<div class="nav">\n  <ul>\n')
    for item in nav:
        page.w(f'    <li><a href="#">{item}</a></li>\n')
    page.w(f'  </ul>\n</div>\n<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="#">{nav[2]}</a>'
           f' &gt; <a href="#">{section}</a></div>\n<div class="article">\n  <h1>{title}</h1>\n')
    page.w(f'  <div class="info">发布时间：{date}&nbsp;&nbsp;来源：{site}&nbsp;&nbsp;{counter}：{views}&nbsp;&nbsp;'
           '【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'
           '【<a href="javascript:window.print()">打印</a>】'
           '【<a href="javascript:window.close()">关闭</a>】</div>\n  <div class="content">\n')


def html_foot(page: Page, plan: Plan, site: str, year: int) -> None:
    rng = page.rng
    abbr = PROVINCE_ABBR.get(plan.focus.code[:2], "京")
    page.w('  </div>\n  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>'
           '　扫一扫在手机端打开当前页</div>\n'
           '</div>\n<div class="related">\n  <h3>相关链接</h3>\n  <ul>\n')
    links = [f"召开{year - 1}年第{cn_numeral(rng.randint(1, 4))}季度重点工作推进会", "开展养老机构安全隐患大排查大整治",
             f"关于公布第{cn_numeral(rng.randint(2, 5))}批社会组织评估等级结果的公示", "举办基层干部业务能力提升培训班",
             "召开党风廉政建设工作会议"]
    for link in rng.sample(links, 3):
        day = f"{year - 1}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"  # older pages than this one
        page.w(f'    <li><a href="/xwzx/{day[:6]}/t{day}_{rng.randint(100, 999)}.html">{link}</a> '
               f'{day[:4]}-{day[4:6]}-{day[6:]}</li>\n')
    page.w(f'  </ul>\n</div>\n<div class="footer">\n  <p>主办单位：{site}　版权所有：{site}　'
           f'Copyright 2015-{year}</p>\n')
    postcode = f"{plan.focus.code[:3]}{rng.randint(0, 999):03d}"
    page.w(f"  <p>地址：{rng.choice(STREETS)}{rng.randint(1, 300)}号　邮编：{postcode}"
           f"　联系电话：{phone(rng)}</p>\n")
    page.w(f'  <p><a href="https://beian.miit.gov.cn/">{abbr}ICP备{rng.randint(10**7, 10**8 - 1)}号-'
           f'{rng.randint(1, 3)}</a>　{abbr}公网安备 {plan.focus.code[:4]}{rng.randint(10**9, 10**10 - 1)}号　'
           f"网站标识码：{plan.focus.code[:4]}{rng.randint(100000, 999999)}</p>\n</div>\n</body>\n</html>\n")


# ----------------------------------------------------------------------------------------------------------
# Script, artifacts, line breaks, encodings


@cache
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


ARTIFACT_CHARS = "发区业务办构监续规统协数乡调供参营设"  # the first four are frequent


@cache
def reading(char: str) -> str:
    return str(pinyin(char, style=Style.TONE)[0][0])


HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})
NO_BREAK_BEFORE = set("，。；：、）”％%")


def wrap_points(text: str, paras: Sequence[tuple[int, int]], rng: random.Random) -> list[tuple[int, str]]:
    """Where a PDF's hard line breaks fall (never inside a number), and one page marker now and then."""
    width = rng.randint(26, 31)
    out: list[tuple[int, str]] = []
    page_no = rng.randint(2, 6)
    for start, end in paras:
        col = 0.0
        for i in range(start, end):
            col += 0.5 if text[i].isascii() else 1.0
            if col >= width and i + 1 < end:
                a, b = text[i], text[i + 1]
                if (a.isdigit() or a == ".") and (b.isdigit() or b in ".%"):
                    continue
                if b in NO_BREAK_BEFORE or a == "[" or b == "]" or " " in (a, b):
                    continue
                if rng.random() < 0.04:
                    out.append((i + 1, f"\n— {page_no} —\n"))
                    page_no += 1
                else:
                    out.append((i + 1, "\n"))
                col = 0.0
    return out


def apply(text: str, inserts: list[tuple[int, str]]) -> tuple[str, list[int], list[int]]:
    """Insert strings at positions; return the new text and what each old offset maps to."""
    inserts = sorted(inserts, key=lambda x: x[0])
    positions = [p for p, _ in inserts]
    cumulative = [0]
    for _, s in inserts:
        cumulative.append(cumulative[-1] + len(s))
    pieces: list[str] = []
    last = 0
    for pos, s in inserts:
        pieces.append(text[last:pos])
        pieces.append(s)
        last = pos
    pieces.append(text[last:])
    return "".join(pieces), positions, cumulative


def shift_start(offset: int, positions: list[int], cumulative: list[int]) -> int:
    return offset + cumulative[bisect.bisect_right(positions, offset)]


def shift_end(offset: int, positions: list[int], cumulative: list[int]) -> int:
    return offset + cumulative[bisect.bisect_left(positions, offset)]


# ----------------------------------------------------------------------------------------------------------
# One document


def plan_document(index: int, seed: int) -> tuple[Plan, random.Random]:
    rng = random.Random(f"policy-graph-corpus:{seed}:{index}")
    order = list(range(31))
    random.Random(f"policy-graph-provinces:{seed}:{index // 31}").shuffle(order)
    province = sorted(atlas().provinces, key=lambda r: r.code)[order[index % 31]]
    kind = rng.choices(KINDS, weights=(20, 20, 28, 22, 10))[0]
    level = rng.random()
    if kind in ("bulletin", "opinions") and level < 0.1:
        focus = CHINA
    elif level < 0.45 or kind == "opinions":
        focus = province
    elif level < 0.8 or not atlas().counties.get(province.code):
        focus = rng.choice(atlas().prefectures.get(province.code) or [province])
    else:
        focus = rng.choice(atlas().counties[province.code])
    year = rng.randint(2016, 2025) if kind == "report" else rng.randint(2015, 2024)
    if kind == "opinions":
        year = rng.randint(2016, 2024)
    domains = rng.sample([d for d in INDICATORS if d != "economy"], 2)
    html = rng.random() < {"bulletin": 0.0, "report": 0.15, "feature": 0.3, "news": 0.75, "opinions": 0.35}[kind]
    pdf = kind == "bulletin" and rng.random() < 0.6
    traditional = not pdf and rng.random() < 0.16
    pinyin_ = traditional and not html and rng.random() < 0.5
    halfwidth = traditional and not html and rng.random() < 0.4
    roll = rng.random()
    if traditional:
        encoding = "big5" if not pinyin_ and roll < 0.45 else "utf-8"
    elif roll < 0.2:
        encoding = "gb18030"
    elif roll < 0.23 and not html:
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    # quotas, so that even a small corpus has every script, format and encoding (one case in 20 each)
    slot = index % 20
    if slot == 3:    # traditional, saved as Big5
        pdf, traditional, pinyin_, encoding = False, True, False, "big5"
    elif slot == 8:  # traditional with pinyin artifacts
        html, pdf, traditional, pinyin_, encoding = False, False, True, True, "utf-8"
    elif slot == 13:  # a web page saved as GB18030
        kind = "news" if kind == "bulletin" else kind
        html, pdf, traditional, pinyin_, halfwidth, encoding = True, False, False, False, False, "gb18030"
    elif slot == 17:  # UTF-16 with a BOM and CRLF
        html, traditional, pinyin_, halfwidth, encoding = False, False, False, False, "utf-16"
    elif slot == 5:  # a statistical bulletin extracted from a PDF
        kind, html, pdf, traditional, pinyin_, halfwidth = "bulletin", False, True, False, False, False
        encoding = "utf-8" if encoding in ("big5", "utf-16") else encoding
        year = min(year, 2024)
    if kind in ("report", "news", "feature") and focus.level == "country":
        focus = province
    month = rng.choice((6, 6, 6, 9, 3, 10, 11, 12, 12)) if kind == "news" else 12
    return Plan(index, kind, focus, year, domains, html, pdf, traditional, pinyin_, halfwidth, encoding, month), rng


@cache
def slug_of(region: Region) -> str:
    if region.level == "country":
        return "china"
    name = stem(region) if region.level != "county" else region.name[:-1] or region.name
    return "".join(lazy_pinyin(name)).replace("ü", "v")


def heading(plan: Plan, rng: random.Random) -> str:
    """The document's own title (not a cited document: it is not in 《》)."""
    focus, year, domain = plan.focus, plan.year, plan.domains[0]
    word = DOMAIN_WORDS[domain][0]
    if plan.kind == "bulletin":
        if focus.level == "country":
            return f"{year}年{rng.choice(('民政事业发展统计公报', '国民经济和社会发展统计公报'))}"
        return f"{focus.name}{year}年国民经济和社会发展统计公报"
    if plan.kind == "report":
        return f"{year}年{focus.name}政府工作报告"
    if plan.kind == "feature":
        return rng.choice(HEADLINES[domain]).format(A=stem(focus) if focus.level != "country" else "全国")
    if plan.kind == "news":
        if plan.month == 6:
            return f"{focus.name}{year}年上半年{word}工作取得明显成效"
        if plan.month < 12:
            return f"{focus.name}{year}年前{cn_numeral(plan.month)}个月{word}工作稳步推进"
        return f"{focus.name}{year}年{word}工作扎实推进"
    office = rng.random() < 0.5
    ending = rng.choice(("实施意见", "指导意见", "意见", "实施方案"))
    return f"{government(focus, office=office)[0]}关于{rng.choice(TOPICS[domain])}的{ending}"


def published(plan: Plan, rng: random.Random) -> str:
    """The publication date a page shows (a trap: a date, not a statistic)."""
    year, month = plan.year, rng.randint(1, 4)
    if plan.kind in ("bulletin", "feature") or (plan.kind == "news" and plan.month == 12):
        year += 1
    elif plan.kind == "news":
        month = plan.month + 1
    elif plan.kind == "report":
        month = rng.randint(1, 2)
    else:
        month = rng.randint(1, 12)
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"


WRITERS: dict[str, Callable[[Plan, Page, str], None]] = {
    "bulletin": write_bulletin, "report": write_report, "feature": write_feature, "news": write_news,
    "opinions": write_opinions,
}


@dataclass(frozen=True)
class Case:
    name: str                   # the case directory: NNNNN-<slug>
    source: str                 # source.txt or source.html
    data: bytes                 # the file as saved (in its encoding)
    gold: dict[str, object]     # gold.json, in the format of tests/dev/README.md
    about: dict[str, object]    # how it was made (kind, script, format, encoding), for corpus.json


def render(index: int, seed: int) -> Case:
    """Document ``index`` of the corpus with ``seed``."""
    plan, rng = plan_document(index, seed)
    gap = " " if plan.pdf and rng.random() < 0.7 else ""
    indent = "" if plan.pdf else rng.choice(("　　", "", "  "))
    page = Page(rng, plan.focus, gap=gap, html=plan.html, indent=indent)
    title = heading(plan, rng)
    site = ""
    if plan.html:
        if plan.focus.level == "country":
            site = "中国政府网" if plan.kind == "opinions" else dept(CHINA, DOMAIN_DEPT[plan.domains[0]])[0]
        elif plan.kind in ("opinions", "report"):
            site = plan.focus.name + "人民政府"
        else:
            site = dept(plan.focus, DOMAIN_DEPT[plan.domains[0]])[0]
        charset = {"utf-8": "utf-8", "gb18030": "gb2312", "big5": "big5"}[plan.encoding]
        html_head(page, plan, title, site, charset, published(plan, rng))
    WRITERS[plan.kind](plan, page, title)
    if plan.html:
        html_foot(page, plan, site, int(published(plan, rng)[:4]))
    simplified = page.text()
    text = simplified
    if plan.traditional:
        cc = converter("s2tw" if plan.encoding == "big5" else "s2t")  # Big5 has 眾 and 為, not 衆 and 爲
        text = cc.convert(simplified)
        if len(text) != len(simplified):  # phrase conversions keep the length; if one did not, go char by char
            text = "".join(cc.convert(ch) for ch in simplified)
        if plan.halfwidth:
            text = text.translate(HALF)
    # insertions (pinyin artifacts, PDF line breaks, CRLF) are placed in the simplified text's offsets
    inserts: list[tuple[int, str]] = []
    if plan.pinyin:
        chars = "".join(sorted(rng.sample("发区业务", 2) + rng.sample(ARTIFACT_CHARS[4:], rng.randint(3, 8))))
        inserts += [(m.end(), f"({reading(m.group())})") for m in re.finditer(f"[{chars}]", simplified)
                    if rng.random() < 0.85]
    if plan.pdf:
        inserts += wrap_points(simplified, page.paras, rng)
    if plan.encoding == "utf-16":
        inserts = [(pos, s.replace("\n", "\r\n")) for pos, s in inserts]
        inserts += [(m.start(), "\r") for m in re.finditer("\n", simplified)]
    final, positions, cumulative = apply(text, inserts)
    encoding = plan.encoding
    if encoding == "utf-16":
        data = b"\xff\xfe" + final.encode("utf-16-le")
    else:
        try:
            data = final.encode(encoding)
        except UnicodeEncodeError:  # a character Big5 lacks: keep the page in UTF-8
            encoding = "utf-8"
            final = final.replace('charset="big5"', 'charset="utf-8"', 1)
            data = final.encode(encoding)
    observations = []
    for obs in page.obs:
        quote = final[shift_start(obs.start, positions, cumulative):shift_end(obs.end, positions, cumulative)]
        observations.append({
            "value": plain(obs.value), "unit": obs.unit, "region": obs.region, "period": obs.period,
            "indicator": obs.indicator, "quote": quote, "qualifier": obs.qualifier,
            "change_percent": plain(obs.change) if obs.change is not None else None, "base_period": obs.base,
        })
    source = "source.html" if plan.html else "source.txt"
    gold: dict[str, object] = {
        "source": source,
        "encoding": encoding,
        "focus_region": plan.focus.code,
        "observations": observations,
        "documents": [{"title": t, "type": ty, "issuer": iss} for t, ty, iss in page.cited],
        "regions": list(page.regions),
    }
    about: dict[str, object] = {
        "kind": plan.kind,
        "level": plan.focus.level,
        "script": ("traditional+pinyin" if plan.pinyin else "traditional") if plan.traditional else "simplified",
        "format": "html" if plan.html else "pdf-text" if plan.pdf else "text",
        "encoding": encoding,
        "halfwidth": plan.halfwidth,
    }
    name = f"{index:05d}-{slug_of(plan.focus)}-{plan.kind}-{plan.year}"
    return Case(name, source, data, gold, about)


def generate(out_dir: Path, n: int, seed: int = 0) -> None:
    """Write ``n`` documents with their gold files under ``out_dir`` (created if missing).

    Each case is ``out_dir/NNNNN-<slug>/`` with ``source.txt`` or ``source.html`` and ``gold.json``;
    ``out_dir/corpus.json`` says how each was made (kind, script, format, encoding).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, object] = {}
    for index in range(n):
        case = render(index, seed)
        folder = out_dir / case.name
        folder.mkdir(exist_ok=True)
        (folder / case.source).write_bytes(case.data)
        (folder / "gold.json").write_text(json.dumps(case.gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        manifest[case.name] = case.about
    summary = {"generator": "benchmarks/corpus.py", "n": n, "seed": seed, "cases": manifest}
    (out_dir / "corpus.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="example: python benchmarks/corpus.py /tmp/corpus --n 1000 --seed 0")
    parser.add_argument("out", type=Path, help="directory to write the cases into")
    parser.add_argument("--n", type=int, default=1000, help="number of documents (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generate(args.out, args.n, args.seed)
    print(f"wrote {args.n} documents to {args.out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
