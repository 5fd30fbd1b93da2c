#!/usr/bin/env python3
"""Build ``src/policy_graph/data/regions.tsv``, the offline gazetteer of China (GB/T 2260 codes).

Run by hand, never at package run time::

    .venv/bin/python tools/build_gazetteer.py            # downloads the pinned wheels with pip
    .venv/bin/python tools/build_gazetteer.py --wheels DIR   # uses wheels already in DIR (offline)
    .venv/bin/python tools/build_gazetteer.py --check    # exit 1 if the committed TSV differs

Sources (pinned by version and sha256; see ``src/policy_graph/data/REGIONS.md``):

* python-stdnum 2.2 (LGPL-2.1-or-later), ``stdnum/cn/loc.dat``: every GB/T 2260 code since 1980 with its
  names and validity years, compiled from zh.wikipedia's 中华人民共和国行政区划代码 pages (data to 2025).
  Codes, names, hierarchy and retirement come from here.
* cpca 0.5.5 (MIT), ``cpca/resources/adcodes.csv``: code, name, longitude, latitude (file of 2020, data of
  about 2016). Coordinates only.
* jionlp 1.5.31 (Apache-2.0), ``jionlp/dictionary/china_location_change.txt``: dated records of
  administrative changes 2002-2023 ("old names => new names"). Used to map retired codes to successors
  and to accept former names of a code as aliases.

jieba 0.42.1's dictionary (MIT) was used only while reviewing ``COMMON_WORD_STEMS``; it is not read here.
The output is deterministic: same wheels, byte-identical TSV (see ``format_tsv``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "policy_graph" / "data" / "regions.tsv"

# package -> (version, wheel sha256, member path)
SOURCES: dict[str, tuple[str, str, str]] = {
    "python-stdnum": (
        "2.2", "bdf98fd117a0ca152e4047aa8ad254bae63853d4e915ddd4e0effb33ba0e9260", "stdnum/cn/loc.dat"),
    "cpca": (
        "0.5.5", "1635b589506b3e28424032bce61d2488e1f6fac1034a736014e70e043f824fe6",
        "cpca/resources/adcodes.csv"),
    "jionlp": (
        "1.5.31", "688ba3793c5c0888b166ae1b11aaf6161db661a162019e77ffcf5951427e528f",
        "jionlp/dictionary/china_location_change.txt"),
}

HEADER = ("code", "name", "level", "parent", "lon", "lat", "aliases", "replaced_by")
LEVEL_RANK = {"country": 0, "province": 1, "prefecture": 2, "county": 3}

# Codes whose name is a grouping placeholder, not a region: skipped; their children attach to the province.
PLACEHOLDERS = frozenset({
    "市辖区", "县", "市", "市区", "省直辖县级行政单位", "省直辖县级行政区划",
    "自治区直辖县级行政单位", "自治区直辖县级行政区划",
})
# Generic names that say nothing about which place is meant: a retired code with such a name is kept only
# when a dated change record (jionlp) or MANUAL_SUCCESSORS names its successor.
GENERIC_NAMES = frozenset({"郊区", "城区", "矿区", "东区", "西区", "南区", "北区", "中区", "新区"})

# loc.dat comes from zh.wikipedia and carries a few traditional-script names. Fixed by hand, not with
# OpenCC: t2s would also turn the official 乾县/乾安县 into 干县/干安县.
NAME_FIXES = {
    "加格達奇區": "加格达奇区", "呼中區": "呼中区", "新林區": "新林区", "松嶺區": "松岭区",
    "香港特別行政區": "香港特别行政区", "澳門特別行政區": "澳门特别行政区",
    "冷湖行政委員會": "冷湖行政委员会", "茫崖行政委員會": "茫崖行政委员会", "丹稜县": "丹棱县",
}
# jionlp change records spelled differently from the official name.
JIONLP_FIXES = {"云岗区": "云冈区", "大菁山县": "大箐山县"}

COUNTRY = ("000000", "中华人民共和国", ("全国", "中国", "我国"))

PROVINCE_SHORT = {
    "北京市": "北京", "天津市": "天津", "河北省": "河北", "山西省": "山西", "内蒙古自治区": "内蒙古",
    "辽宁省": "辽宁", "吉林省": "吉林", "黑龙江省": "黑龙江", "上海市": "上海", "江苏省": "江苏",
    "浙江省": "浙江", "安徽省": "安徽", "福建省": "福建", "江西省": "江西", "山东省": "山东",
    "河南省": "河南", "湖北省": "湖北", "湖南省": "湖南", "广东省": "广东", "广西壮族自治区": "广西",
    "海南省": "海南", "重庆市": "重庆", "四川省": "四川", "贵州省": "贵州", "云南省": "云南",
    "西藏自治区": "西藏", "陕西省": "陕西", "甘肃省": "甘肃", "青海省": "青海",
    "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆", "台湾省": "台湾",
    "香港特别行政区": "香港", "澳门特别行政区": "澳门",
}

# Well-known abbreviations, reviewed by hand: alias -> code. Only ones in common use in official and news
# text and unambiguous nationwide (the ambiguous ones are below). Deliberately left out: 鄂旗, 乌旗,
# 巴左旗/巴右旗, 鄂市, 包市 (rare, or used for several units).
ABBREVIATIONS: dict[str, str] = {
    # 内蒙古: 盟 and former 盟 now cities
    "呼市": "150100", "锡盟": "152500", "阿盟": "152900", "巴盟": "150800", "乌盟": "150900",
    "呼盟": "150700", "伊盟": "150600", "哲盟": "150500", "昭盟": "150400", "内蒙": "150000",
    # 内蒙古: 旗
    "土左旗": "150121", "土右旗": "150221", "达茂旗": "150223", "准旗": "150622", "伊旗": "150627",
    "乌前旗": "150823", "乌中旗": "150824", "乌后旗": "150825", "鄂前旗": "150623",
    "科左中旗": "150521", "科左后旗": "150522", "科右前旗": "152221", "科右中旗": "152222",
    "察右前旗": "150926", "察右中旗": "150927", "察右后旗": "150928",
    "东乌旗": "152525", "西乌旗": "152526", "阿左旗": "152921", "阿右旗": "152922",
    "新左旗": "150726", "新右旗": "150727", "陈旗": "150725", "莫旗": "150722",
    "鄂温克旗": "150724", "鄂伦春旗": "150723", "克旗": "150425", "翁旗": "150426", "喀旗": "150428",
    # other cities
    "乌市": "650100", "哈市": "230100", "齐市": "230200", "版纳": "532800",
    # Mongolian autonomous counties by the first syllables of their names and people (杜尔伯特蒙古族自治县 → 杜蒙)
    "杜蒙县": "230624", "杜蒙": "230624", "前郭县": "220721", "前郭": "220721", "阜蒙县": "210921",
    "喀左县": "211324", "喀左": "211324",
    # a county's name in traditional script that the script converter keeps (濬 is no traditional form to it)
    "濬县": "410621",
}

# Abbreviations in common use for two units each: both get the alias, and the text's context picks one (扎旗 in
# a 通辽 report is 扎鲁特旗; in a 兴安盟 one, 扎赉特旗). 阿荣旗 is never shortened.
SHARED_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "扎旗": ("150526", "152223"), "阿旗": ("150421", "152522"), "达旗": ("150621", "150223"),
}

# Codes loc.dat lists without an end year although they are gone (stale zh.wikipedia rows): treated as
# retired in the year given; successors below.
STALE_CODES = {"422900": 1994, "422921": 1994, "429001": 2000}

# Retired codes whose successor no rule finds, mapped by hand, each checked against the successor's name.
# Only mergers and renames where (nearly) the whole unit went to one successor; split units are left out.
MANUAL_SUCCESSORS: dict[str, tuple[str, str]] = {
    "422921": ("429021", "神农架林区"), "429001": ("421300", "随州市"),
    "110103": ("110101", "东城区"), "110104": ("110102", "西城区"),  # 崇文区, 宣武区 (2010)
    "120107": ("120116", "滨海新区"), "120108": ("120116", "滨海新区"), "120109": ("120116", "滨海新区"),
    "120225": ("120119", "蓟州区"), "130230": ("130209", "曹妃甸区"),  # 蓟县, 唐海县
    "130603": ("130606", "莲池区"), "130604": ("130606", "莲池区"),  # 保定 北市区, 南市区 (2015)
    "152300": ("150500", "通辽市"), "152700": ("150600", "鄂尔多斯市"),  # 哲里木盟, 伊克昭盟
    "230105": ("230104", "道外区"), "230107": ("230110", "香坊区"),  # 哈尔滨 太平区, 动力区
    "310102": ("310101", "黄浦区"), "310103": ("310101", "黄浦区"),  # 上海 南市区, 卢湾区
    "310108": ("310106", "静安区"), "310119": ("310115", "浦东新区"), "310225": ("310115", "浦东新区"),
    "320103": ("320104", "秦淮区"), "320107": ("320106", "鼓楼区"),  # 南京 白下区, 下关区
    "320112": ("320116", "六合区"), "320122": ("320111", "浦口区"),  # 大厂区, 江浦县
    "320202": ("320213", "梁溪区"), "320203": ("320213", "梁溪区"), "320204": ("320213", "梁溪区"),
    "320212": ("320211", "滨湖区"), "320405": ("320412", "武进区"),  # 马山区, 戚墅堰区
    "320502": ("320508", "姑苏区"), "320503": ("320508", "姑苏区"), "320504": ("320508", "姑苏区"),
    "320705": ("320706", "海州区"), "320802": ("320812", "清江浦区"), "320811": ("320812", "清江浦区"),
    "321011": ("321003", "邗江区"),  # 维扬区
    "330204": ("330212", "鄞州区"), "330227": ("330212", "鄞州区"),  # 宁波 江东区, 鄞县
    "330621": ("330603", "柯桥区"), "330721": ("330703", "金东区"), "330821": ("330803", "衢江区"),
    "340502": ("340503", "花山区"), "340702": ("340705", "铜官区"), "340703": ("340705", "铜官区"),
    "340721": ("340706", "义安区"), "341402": ("340181", "巢湖市"), "341400": ("340181", "巢湖市"),
    "350202": ("350203", "思明区"), "350204": ("350203", "思明区"), "350402": ("350404", "三元区"),
    "360421": ("360404", "柴桑区"), "360427": ("360483", "庐山市"), "360721": ("360704", "赣县区"),
    "362321": ("361104", "广信区"), "362330": ("361128", "鄱阳县"), "362432": ("360881", "井冈山市"),
    "370205": ("370203", "市北区"), "370284": ("370211", "黄岛区"), "370802": ("370811", "任城区"),
    "371421": ("371403", "陵城区"),
    "371200": ("370116", "莱芜区"), "371202": ("370116", "莱芜区"), "371203": ("370117", "钢城区"),
    "410211": ("410202", "龙亭区"), "410224": ("410212", "祥符区"), "410306": ("410308", "孟津区"),
    "410504": ("410505", "殷都区"), "411023": ("411003", "建安区"), "411222": ("411203", "陕州区"),
    "420321": ("420304", "郧阳区"), "420521": ("420506", "夷陵区"), "420621": ("420607", "襄州区"),
    "440102": ("440104", "越秀区"), "440107": ("440103", "荔湾区"), "440116": ("440112", "黄埔区"),
    "440506": ("440512", "濠江区"), "440510": ("440512", "濠江区"),  # 汕头 达濠区, 河浦区
    "440508": ("440511", "金平区"), "440509": ("440511", "金平区"),  # 汕头 金园区, 升平区
    "440602": ("440604", "禅城区"), "440603": ("440604", "禅城区"),  # 佛山 城区, 石湾区
    "440903": ("440904", "电白区"), "441421": ("441403", "梅县区"), "441827": ("441803", "清新区"),
    "450404": ("450403", "万秀区"), "452122": ("450181", "横州市"), "452129": ("451402", "江州区"),
    "452226": ("451302", "兴宾区"),
    "460037": ("460302", "西沙区"), "460038": ("460303", "南沙区"), "460039": ("460302", "西沙区"),
    "469031": ("460302", "西沙区"), "469032": ("460303", "南沙区"), "469033": ("460302", "西沙区"),
    "500105": ("500157", "两江新区"), "500112": ("500157", "两江新区"),  # 江北区, 渝北区 (2025)
    "500234": ("500154", "开州区"), "510124": ("510117", "郫都区"), "510724": ("510705", "安州区"),
    "511721": ("511703", "达川区"), "513821": ("511402", "东坡区"), "520114": ("520111", "花溪区"),
    "520321": ("520304", "播州区"), "532700": ("530800", "普洱市"),  # 思茅地区
    "532722": ("530821", "宁洱哈尼族彝族自治县"), "533521": ("530902", "临翔区"),
    "542121": ("540302", "卡若区"), "542421": ("540602", "色尼区"), "542621": ("540402", "巴宜区"),
    "610125": ("610118", "鄠邑区"), "610221": ("610204", "耀州区"), "610321": ("610304", "陈仓区"),
    "610521": ("610503", "华州区"), "622126": ("620922", "瓜州县"), "622421": ("621102", "安定区"),
    "622821": ("621021", "庆城县"), "640203": ("640205", "惠农区"), "640204": ("640202", "大武口区"),
    "640321": ("640502", "沙坡头区"), "642221": ("640402", "原州区"),
    "650108": ("650109", "米东区"), "652303": ("650109", "米东区"),
}

# Stems (suffix-less short names) never emitted as aliases: common words, brand names, or strings that
# occur inside or across common words (和政: 市场和政府; 新安: 新安全格局; 大城: 大城市; 兴文: 兴文化).
# Reviewed by hand with the help of jieba 0.42.1's dictionary (MIT): word frequency and part of speech of
# each stem, stems found inside dictionary words, and stems formed across pairs of frequent words. The
# list is kept here so the build needs no extra package.
_COMMON_WORDS = """
七星 万全 万年 三元 三台 三水 三江 三河 三门 上党 上街 上高 东坡 东方 东海 东风 中原 中山 中方 中江
丰润 丰满 临高 乐业 九龙 二七 二道 于都 云和 云霄 互助 交口 会同 会理 修水 元宝 光明 光泽 全州 公安
六合 共和 兴业 兴和 兴国 兴安 兴文 凌云 凤凰 利通 前进 前锋 南和 南城 南岸 南部 博爱 友好 友谊 双城
双桥 古城 古塔 台前 合作 同仁 同心 名山 和安 和康 和政 和顺 和龙 商城 嘉禾 嘉陵 回民 团风 城厢 复兴
大丰 大余 大关 大兴 大化 大厂 大同 大名 大城 大悟 大新 大方 大田 大英 大观 天全 天台 天山 天桥 天河
天涯 天等 天长 太平 太湖 威信 安定 安居 安康 宏伟 定安 定日 定海 定结 宝塔 富平 富民 富裕 小店 尼玛
工农 市北 市南 平原 平和 平安 平定 平房 平顺 康乐 康保 康平 延寿 延长 建华 建安 开化 弥勒 恒山 惠民 惠农
成安 振兴 政和 新会 新和 新安 新市 新平 新建 新星 新民 新罗 方城 方山 方正 无为 日照 朝天 朝阳 木兰
杂多 来安 来宾 桃源 樟树 武功 比如 民乐 民和 民权 水城 永和 江口 江山 江岸 江汉 泰山 洞口 海伦 海棠
海盐 海西 清水 清流 温泉 港口 湖里 源城 满城 灯塔 爱民 玉龙 界首 白塔 白杨 白水 白沙 白玉 白银 盐田
盘龙 石林 石柱 石棉 石门 石鼓 磐石 站前 紫金 红旗 芙蓉 莲花 西和 西工 西市 解放 资中 资源 路北 路南
路桥 辽中 运河 连城 通海 通道 道里 都安 金山 金沙 钟楼 铜鼓 长子 长治 长白 阳明 阳春 阿里 马尾 高台
高安 高密 高平 高明 高要 鸡冠 麒麟 黄龙 黑水 龙凤 龙文 龙江 龙门
"""
COMMON_WORD_STEMS = frozenset(_COMMON_WORDS.split())

# Ethnic groups, for stripping 自治州/自治县/自治旗 names down to the place name.
ETHNIC = (
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)
ETHNIC_SUFFIXES = sorted({e + "族" for e in ETHNIC} | {e for e in ETHNIC if len(e) >= 2} | {"各族"},  # 龙胜各族自治县
                         key=len, reverse=True)
ETHNIC_WORDS = frozenset(ETHNIC_SUFFIXES)
AUTONOMOUS = ("自治州", "自治县", "自治旗", "自治区")
SUFFIXES = ("特别行政区", "行政委员会", "地区", "林区", "特区", "新区", "矿区",
            "市", "县", "区", "旗", "盟", "省")
GENERIC_CHARS = frozenset("东西南北中上下前后左右内外城郊河江湖海山新老大小")


@dataclass
class Row:
    code: str
    name: str
    level: str
    parent: str = ""
    lon: str = ""
    lat: str = ""
    aliases: list[str] = field(default_factory=list)
    replaced_by: str = ""
    former: list[str] = field(default_factory=list)  # earlier names of this code (build-time only)
    end: int | None = None  # last year of validity for retired codes


# --------------------------------------------------------------------------------------------- sources


def fetch(wheel_dir: Path | None, tmp: Path) -> dict[str, bytes]:
    """Return each source's data file, read from its pinned wheel (downloaded with pip if needed)."""
    out: dict[str, bytes] = {}
    for package, (version, sha, member) in SOURCES.items():
        dist = package.replace("-", "_")
        found = sorted((wheel_dir or tmp).glob(f"{dist}-{version}-*.whl")) if wheel_dir else []
        if not found:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                 f"{package}=={version}", "-d", str(tmp)], check=True)
            found = sorted(tmp.glob(f"{dist}-{version}-*.whl"))
        data = found[0].read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest != sha:
            raise SystemExit(f"{found[0].name}: sha256 {digest} != pinned {sha}; review the new data first")
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            out[package] = zf.read(member)
    return out


def parse_locdat(text: str) -> dict[str, list[tuple[int | None, int | None, str]]]:
    """``loc.dat`` -> code -> [(first year, last year, name), ...] in file order (oldest first)."""
    codes: dict[str, list[tuple[int | None, int | None, str]]] = {}
    prov = ""
    for line in text.splitlines():
        if m := re.match(r'^(\d\d) province="([^"]*)"', line):
            prov = m.group(1)
            codes.setdefault(prov + "0000", [(None, None, NAME_FIXES.get(m.group(2), m.group(2)))])
        elif m := re.match(r'^  (\d{4}) county="([^"]*)"', line):
            entries = []
            for part in m.group(2).split(","):
                e = re.fullmatch(r"(?:\[(\d*)-(\d*)\])?(.+)", part)
                assert e, line
                start, end, name = e.groups()
                entries.append((int(start) if start else None, int(end) if end else None,
                                NAME_FIXES.get(name, name)))
            codes[prov + m.group(1)] = entries
    return codes


def parse_cpca(text: str) -> dict[str, tuple[str, str, str]]:
    """``adcodes.csv`` -> 6-digit code -> (name, lon, lat), only rows with coordinates."""
    out = {}
    for rec in csv.DictReader(io.StringIO(text)):
        if rec["longitude"] and rec["latitude"]:
            out[rec["adcode"][:6]] = (rec["name"], rec["longitude"], rec["latitude"])
    return out


def parse_changes(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """jionlp change records -> [((province, prefecture[, county]), (province, prefecture[, county]))].

    A record line is ``date, approver, old names (full and short alternating) => new full names``.
    """
    out = []
    for line in text.splitlines():
        if "=>" not in line:
            continue
        old_part, new_part = line.split("=>")
        old = old_part.split("\t")[2::2]
        new = tuple(JIONLP_FIXES.get(n, n) for n in new_part.split("\t"))
        out.append((tuple(old), new))
    return out


# --------------------------------------------------------------------------------------------- names


def stem(name: str) -> str:
    """The name without its administrative suffix and ethnic part; '' when nothing distinctive is left.

    延边朝鲜族自治州 -> 延边, 管城回族区 -> 管城, 包头市 -> 包头, 东乡族自治县 -> '' (only the ethnic name),
    乌拉特前旗 -> '' (the direction is part of the name).
    """
    if re.search(r"[左右前后中]旗$", name):
        return ""
    s = name
    for suffix in AUTONOMOUS + SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            s = s[: -len(suffix)]
            break
    autonomous = name.endswith(AUTONOMOUS)
    changed = True
    while changed:
        changed = False
        for eth in ETHNIC_SUFFIXES:
            if s.endswith(eth) and len(s) > len(eth) and (autonomous or eth.endswith("族")):
                s, changed = s[: -len(eth)], True
                break
    return "" if autonomous and s in ETHNIC_WORDS else s


def same_stem(a: str, b: str) -> bool:
    return a == b or stem(a) == stem(b) != ""


def short_name(row: Row) -> str:
    return PROVINCE_SHORT.get(row.name, "") if row.level == "province" else stem(row.name)


# --------------------------------------------------------------------------------------------- build


def build_rows(loc: dict[str, list[tuple[int | None, int | None, str]]]) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    for code, entries in sorted(loc.items()):
        _, end, name = entries[-1]
        end = STALE_CODES.get(code, end)
        if name in PLACEHOLDERS:
            continue
        level = "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"
        former = [n for _, _, n in entries[:-1] if n != name and n not in PLACEHOLDERS]
        rows[code] = Row(code, name, level, former=list(dict.fromkeys(former)), end=end)
    for row in rows.values():
        prov = row.code[:2] + "0000"
        pref = row.code[:4] + "00"
        row.parent = "" if row.level == "province" else (
            pref if row.level == "county" and pref in rows and pref != prov else prov)
    return rows


def assign_successors(rows: dict[str, Row], changes: list[tuple[tuple[str, ...], tuple[str, ...]]],
                      log: list[str]) -> None:
    """Set ``replaced_by`` on retired rows; drop retired rows whose successor cannot be determined."""
    current = {c: r for c, r in rows.items() if r.end is None}

    def name_of(code: str) -> str:
        return rows[code].name if code in rows else ""

    def find(prov: str, name: str, parent_name: str | None) -> list[str]:
        return [c for c, r in current.items() if c[:2] == prov and r.name == name
                and (parent_name is None or name_of(r.parent) == parent_name)]

    def succ_of(code: str) -> str:
        r = rows.get(code)
        if r is None:
            return ""
        return code if r.end is None else r.replaced_by

    retired = sorted((c for c, r in rows.items() if r.end is not None),
                     key=lambda c: (LEVEL_RANK[rows[c].level], c))
    for code in retired:
        r = rows[code]
        prov = code[:2]
        target, expected = MANUAL_SUCCESSORS.get(code, ("", ""))
        assert not target or rows[target].name == expected, (code, target, expected)
        how = "manual"
        if not target:  # dated change record naming this unit and its parent
            for old, new in changes:
                if r.level == "county" and len(old) == 3 and old[2] == r.name and old[1] == name_of(r.parent):
                    hits = find(prov, new[2], new[1]) if len(new) == 3 else []
                elif r.level == "prefecture" and len(old) == 2 and old[1] == r.name:
                    hits = find(prov, new[1], None) if len(new) == 2 else []
                else:
                    continue
                if len(hits) == 1:
                    target, how = hits[0], "jionlp"
                    break
        if not target and r.name not in GENERIC_NAMES:
            same_level = {c: x for c, x in current.items() if c[:2] == prov and x.level == r.level}
            parent_now = succ_of(r.parent) if r.level == "county" else rows[r.parent].code
            s = stem(r.name)
            rules: list[tuple[str, list[str]]] = [
                ("same name, same parent", [c for c, x in same_level.items()
                                            if x.name == r.name and x.parent == parent_now]),
                ("same stem, same parent", [c for c, x in same_level.items()
                                            if len(s) >= 2 and stem(x.name) == s and x.parent == parent_now]),
            ]
            if not r.name.endswith("区"):  # county and city names are unique in a province; districts are not
                rules += [
                    ("same name, province", [c for c, x in same_level.items() if x.name == r.name]),
                    ("same stem, province", [c for c, x in same_level.items()
                                             if len(s) >= 2 and stem(x.name) == s]),
                    ("same name, other level", [c for c, x in current.items()
                                                if c[:2] == prov and x.name == r.name]),
                ]
            for rule, hits in rules:
                if len(hits) == 1:
                    target, how = hits[0], rule
                    break
        if target:
            assert target in current, (code, target)
            r.replaced_by = target
            log.append(f"{code} {r.name} -> {target} {rows[target].name} [{how}]")
        else:
            log.append(f"{code} {r.name} (until {r.end}) dropped: no successor")
            del rows[code]
    for r in rows.values():  # a retired parent that was dropped: attach to the province
        if r.parent and r.parent not in rows:
            r.parent = r.code[:2] + "0000"


def assign_coordinates(rows: dict[str, Row], cpca: dict[str, tuple[str, str, str]]) -> None:
    """cpca coordinates where cpca's name for the code is this row's name (or a rename of it).

    A current unit cpca does not know (created after cpca's data) inherits the point of its predecessor:
    the one with the same stem (漠河县 -> 漠河市), else the only predecessor that has a point.
    """
    for r in rows.values():
        hit = cpca.get(r.code)
        if hit and (same_stem(hit[0], r.name) or hit[0] in r.former):
            r.lon, r.lat = hit[1], hit[2]
    preds: dict[str, list[Row]] = {}
    for r in sorted(rows.values(), key=lambda x: x.code):
        if r.replaced_by and r.lon:
            preds.setdefault(r.replaced_by, []).append(r)
    for code, group in sorted(preds.items()):
        t = rows[code]
        if not t.lon:
            same = [p for p in group if same_stem(p.name, t.name)]
            if same or len(group) == 1:
                t.lon, t.lat = (same or group)[-1].lon, (same or group)[-1].lat


def assign_aliases(rows: dict[str, Row], changes: list[tuple[tuple[str, ...], tuple[str, ...]]],
                   log: list[str]) -> None:
    current = [r for r in rows.values() if not r.replaced_by]
    renames = {(old[-1], new[-1]) for old, new in changes if len(old) == len(new) and old[:-1] == new[:-1]}
    # former names of a still-current code: kept when the rename is evident (same stem, or a dated
    # rename record); a code can also be reused for an unrelated unit (232701 加格达奇区 -> 漠河市)
    formers: dict[str, list[str]] = {}
    all_names: dict[str, set[str]] = {}
    for r in rows.values():
        all_names.setdefault(r.name, set()).add(r.code)
    for r in current:
        keep = [f for f in r.former if (same_stem(f, r.name) or (f, r.name) in renames)
                and f not in all_names]
        formers[r.code] = keep
    wanted: dict[str, list[str]] = {}  # code -> candidate short names (stems of name and former names)
    for r in current:
        cands = [short_name(r)] + [stem(f) for f in formers[r.code]]
        wanted[r.code] = [c for c in dict.fromkeys(cands) if c and c != r.name]
    by_short: dict[str, list[Row]] = {}
    for r in current:
        for s in wanted[r.code]:
            by_short.setdefault(s, []).append(r)

    def owner(code: str) -> str:
        while rows[code].replaced_by:
            code = rows[code].replaced_by
        return code

    for r in sorted(current, key=lambda x: x.code):
        aliases: list[str] = []
        for s in wanted[r.code]:
            reason = ""
            if len(s) < 2:
                reason = "single character"
            elif s in COMMON_WORD_STEMS:
                reason = "common word"
            elif s in ETHNIC_WORDS:
                reason = "ethnic group name"
            elif r.level == "county" and r.name.endswith("区") and set(s) <= GENERIC_CHARS:
                reason = "generic district name"
            elif any(owner(c) != r.code for c in all_names.get(s, ())):
                reason = "full name of another region"
            elif any(o.code != r.code and LEVEL_RANK[o.level] <= LEVEL_RANK[r.level] for o in by_short[s]):
                reason = "ambiguous: " + ",".join(o.code for o in by_short[s] if o.code != r.code)
            if reason:
                log.append(f"alias {s} of {r.code} {r.name} rejected: {reason}")
            else:
                aliases.append(s)
        r.aliases = list(dict.fromkeys(formers[r.code] + aliases))
    _autonomous_short_forms(current, all_names, log)
    taken = {a: r.code for r in rows.values() for a in r.aliases}
    for alias, code in sorted(ABBREVIATIONS.items()):
        r = rows[code]
        assert not r.replaced_by, (alias, code)
        assert alias not in all_names and taken.get(alias, code) == code, (alias, code)
        if alias not in r.aliases:
            r.aliases.append(alias)
    for alias, codes in sorted(SHARED_ABBREVIATIONS.items()):
        for code in codes:
            r = rows[code]
            assert not r.replaced_by and alias not in all_names and taken.get(alias, code) in codes, (alias, code)
            if alias not in r.aliases:
                r.aliases.append(alias)


def _autonomous_short_forms(current: list[Row], all_names: dict[str, set[str]], log: list[str]) -> None:
    """The usual short form of an autonomous unit: its stem and the kind of unit (黔东南苗族侗族自治州 → 黔东南州,
    海西蒙古族藏族自治州 → 海西州, 互助土族自治县 → 互助县, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗).

    Kept even where the bare stem is a common word (海西, 互助): the kind makes it a name.  Left out when it is
    another region's name or the short form of more than one unit.
    """
    forms: dict[str, list[Row]] = {}
    for r in current:
        for suffix in ("自治州", "自治县", "自治旗"):
            s = stem(r.name)
            if r.name.endswith(suffix) and len(s) >= 2:
                forms.setdefault(s + suffix[-1], []).append(r)
    for form, owners in sorted(forms.items()):
        reason = ("full name of another region" if form in all_names else
                  "ambiguous: " + ",".join(o.code for o in owners) if len(owners) > 1 else "")
        if reason:
            log.append(f"alias {form} rejected: {reason}")
        elif form not in owners[0].aliases:
            owners[0].aliases.append(form)


def build(sources: dict[str, bytes], log: list[str]) -> list[Row]:
    loc = parse_locdat(sources["python-stdnum"].decode("utf-8"))
    cpca = parse_cpca(sources["cpca"].decode("utf-8"))
    changes = parse_changes(sources["jionlp"].decode("utf-8"))
    rows = build_rows(loc)
    assign_successors(rows, changes, log)
    assign_coordinates(rows, cpca)
    assign_aliases(rows, changes, log)
    code, name, aliases = COUNTRY
    rows[code] = Row(code, name, "country", aliases=list(aliases))
    return [rows[c] for c in sorted(rows)]


def format_tsv(rows: list[Row]) -> str:
    """The TSV text: header, one line per row sorted by code, ``\\n`` line ends, no trailing spaces."""
    lines = ["\t".join(HEADER)]
    for r in sorted(rows, key=lambda x: x.code):
        fields = (r.code, r.name, r.level, r.parent, r.lon, r.lat, "|".join(r.aliases), r.replaced_by)
        assert all("\t" not in f and "\n" not in f for f in fields), r
        lines.append("\t".join(fields))
    return "\n".join(lines) + "\n"


def parse_tsv(text: str) -> list[Row]:
    """Inverse of ``format_tsv`` (used by the tests to check the committed file is canonical)."""
    lines = text.split("\n")
    assert tuple(lines[0].split("\t")) == HEADER
    out = []
    for line in lines[1:]:
        if line:
            code, name, level, parent, lon, lat, aliases, replaced_by = line.split("\t")
            out.append(Row(code, name, level, parent, lon, lat, aliases.split("|") if aliases else [],
                           replaced_by))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheels", type=Path, help="directory holding the pinned wheels (skips pip download)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    ap.add_argument("--log", type=Path, help="write the decisions (successors, rejected aliases) here")
    args = ap.parse_args(argv)
    log: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        rows = build(fetch(args.wheels, Path(tmp)), log)
    text = format_tsv(rows)
    if args.log:
        args.log.write_text("\n".join(log) + "\n", encoding="utf-8")
    counts: dict[str, list[int]] = {}
    for r in rows:
        counts.setdefault(r.level, [0, 0])[1 if r.replaced_by else 0] += 1
    for level in LEVEL_RANK:
        cur, ret = counts.get(level, [0, 0])
        print(f"{level:10} current {cur:5}  retired {ret:5}")
    print(f"{len(rows)} rows, {len(text.encode())} bytes, "
          f"{sum(1 for r in rows if r.lon and not r.replaced_by)} current rows with coordinates")
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.out} differs from a fresh build")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
