"""Quantities in a phrase: Arabic and Chinese numerals, magnitudes, units and qualifiers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from policy_graph.extract.numbers import bound_before, find_quantities, parse_number


def _found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(q.text, str(q.value), q.unit_word, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("城市低保对象23.6万人", [("23.6万人", "236000", "人", None)]),
    ("新增养老床位九千六百张", [("九千六百张", "9600", "张", None)]),
    ("新建幼儿园三所", [("三所", "3", "所", None)]),
    # one numeral with a magnitude and a unit is a number, 一 included
    ("为一万户特殊困难老年人家庭实施改造", [("一万户", "10000", "户", None)]),
    ("培训养老护理员两万余人", [("两万余人", "20000", "人", "at-least")]),
    ("安排资金五亿元", [("五亿元", "500000000", "元", None)]),
    ("新增十一万人", [("十一万人", "110000", "人", None)]),
    ("全国老年人口超过三亿一千万", [("超过三亿一千万", "310000000", "", "at-least")]),  # 万 of the part after 亿
    ("各类资金一共一亿六千多万，", [("一亿六千多万", "160000000", "", "at-least")]),  # so with 多 before it
    ("累计投入1亿3600多万元", [("1亿3600多万元", "136000000", "元", "at-least")]),  # in Arabic digits too
    # a lone 一 counts where a minimum is set, whatever word follows its classifier (所以, 个人)
    ("每个县至少建有一所以失能照护为主的供养机构", [("一所", "1", "所", None)]),
    ("每个乡镇不少于一个综合养老服务中心", [("不少于一个", "1", "个", "at-least")]),
    # a lone numeral before 元 is money where a standard or an amount is said (not 二元结构, nor the firm 三元)
    ("对低收入老年人用餐按每人每餐不超过三元的标准给予补助", [("不超过三元", "3", "元", "at-most")]),
    ("城镇调查失业率控制在百分之五点五以内", [("百分之五点五以内", "5.5", "%", "at-most")]),  # 以内: a ceiling
    ("救助金额控制在2000元以内", [("2000元以内", "2000", "元", "at-most")]),
    # 对 counts pairs where it ends the quantity
    ("办理结婚登记5126对，同比下降8.4%", [("5126对", "5126", "对", None), ("8.4%", "8.4", "%", None)]),
    ("结婚登记3.2万对。", [("3.2万对", "32000", "对", None)]),
])
def test_quantities(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "开展一对一帮扶",      # 对 begins a word: 一对一, 对接, 对口
    "全市500对接帮扶",
    "民政部等24部门印发",  # the issuers of a document, not a count
    "千万不要放松",        # 千万: by all means
    "万一发生险情",        # 万一: in case
    "一万年太久",          # a magnitude without a unit of ours
    "出台一系列政策",      # 一 in a phrase
    "建有一所敬老院",      # 一 is "a" as often as "one"
    "一家人团团圆圆",
    "推行两项补贴资格认定“全程网办”",  # 两项补贴, 三项制度: the name of a set
    "破除城乡二元结构",
    "扶持三元、麦福劳等农牧业龙头企业",
    "落实三条底线",        # a lone numeral before a word that counts no concrete thing
    "第十次会议",          # an ordinal
    "一个乡镇往往只有一两个人管民政",  # two digits side by side: about so many, no number
    "七八个村合用一名专干",
    "三四十人参加了培训",
    "华山街道、三台子街道分别建成长者食堂",  # a place named with a numeral and a classifier
    "我讲三个“要”",        # the parts of a speech
    "要坐两个多小时的船",  # a length of time
    "自2025年1月1日起执行",  # 起: from then on
    "全市上下一起努力",
    "县四家班子领导分片包干",  # a set phrase
    "长安镇、浮石镇是此次受灾最重的两个乡镇",  # the places just named
    "本文节选自统计公报第十一至十三部分",  # parts of a text
])
def test_chinese_numerals_that_are_not_quantities(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("人口出生率7.12‰", [("7.12‰", "7.12", "‰", None)]),
    ("人口自然增长率-0.86‰", [("-0.86‰", "-0.86", "‰", None)]),      # a minus sign
    ("千分之三点五", [("千分之三点五", "3.5", "‰", None)]),
    ("增长-1.2%", [("-1.2%", "-1.2", "%", None)]),
    ("补助3-5万元", [("3-5万元", "30000", "元", "at-least")]),         # a range's dash is no minus
])
def test_per_mille_and_signs(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("约三成驿站年均服务量", [("约三成", "30", "%", "approx")]),      # tenths
    ("九成以上的老年人", [("九成以上", "90", "%", "at-least")]),
    ("一成不变", []),
    ("建成养老院", []),
])
def test_tenths(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


def test_an_ordinal_in_arabic_numerals_is_not_a_quantity() -> None:
    assert _found("增速居安庆市第3位") == []


def test_a_list_of_points_writes_its_unit_once_and_money_may_be_said_in_kuai() -> None:
    text = "分别提高0.4个、0.6个和0.8个百分点，新建3个和5个，才交3块钱"
    found = [(q.text, q.unit_word) for q in find_quantities(text)]
    assert found == [("0.4个", "个百分点"), ("0.6个", "个百分点"), ("0.8个百分点", "个百分点"), ("3个", "个"),
                     ("5个", "个"), ("3块钱", "元")]


@pytest.mark.parametrize(("text", "expected"), [
    ("全年累计发放低保金三点八六亿元", [("三点八六亿元", "386000000", "元", None)]),  # decimals read digit by digit
    ("他一个月在食堂吃饭也就花三百来块钱", [("三百来块钱", "300", "元", "approx")]),  # 来: about so many
    ("全镇排查化解矛盾纠纷八十六起", [("八十六起", "86", "起", None)]),  # cases counted by 起
    ("全年发生安全生产事故3起", [("3起", "3", "起", None)]),
    ("村里还给送来了两吨煤", [("两吨", "2", "吨", None)]),  # a lone numeral before a measure
])
def test_rough_counts_cases_and_measures(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


def test_kuai_of_money_and_kuai_of_things() -> None:
    found = {t: [(str(q.value), q.unit_word) for q in find_quantities(t)] for t in (
        "一个月工资有6000多块。", "每个月有一千多块的供养金", "住校还有生活补助，一年下来有1000块", "自己只掏3块钱",
        "建成12块电子显示屏", "设置警示牌48块。", "政府补了2万块，亲戚们又帮衬一些")}
    assert found.pop("政府补了2万块，亲戚们又帮衬一些") == [("20000", "元")]  # (what was paid to him)
    assert found == {"一个月工资有6000多块。": [("6000", "元")], "每个月有一千多块的供养金": [("1000", "元")],
                     "住校还有生活补助，一年下来有1000块": [("1000", "元")], "自己只掏3块钱": [("3", "元")],
                     "建成12块电子显示屏": [("12", "块")], "设置警示牌48块。": [("48", "块")]}


def test_cantonese_man_is_yuan() -> None:
    found = list(find_quantities("每個月有一百蚊消費券，自己俾三十蚊"))
    assert [(q.value, q.unit_word) for q in found] == [(Decimal(100), "元"), (Decimal(30), "元")]


def test_kuai_after_an_allowance_or_a_pension_is_money() -> None:
    found = list(find_quantities("养老金一个月一百八十多块，高龄津贴一个月一百块"))
    assert [(q.value, q.unit_word) for q in found] == [(Decimal(180), "元"), (Decimal(100), "元")]


def test_kuai_is_yuan_before_a_payment_or_after_one_at_the_end_of_a_clause() -> None:
    # 一百块高龄津贴, 低保金有四百多块，, 饭钱两百来块就够了: money; 50块展板: boards
    def found(text: str) -> list[tuple[str, str]]:
        return [(str(q.value), q.unit_word) for q in find_quantities(text)]

    assert found("政府每个月还发一百块高龄津贴，钱够用。") == [("100", "元")]
    assert found("我一个月低保金有四百多块，够用了。") == [("400", "元")]
    assert found("现在一个月饭钱两百来块就够了。") == [("200", "元")]
    assert found("今年涨到五百块了，我拿来买水果。") == [("500", "元")]  # (a raise, and 了 after it)
    assert found("彩礼一般就三万块左右，") == [("30000", "元")]  # (a bride price)
    # a month's cost said with 得 (一个月光吃药就得三百多块), a price per ton; not a month's count of things
    assert found("一个月光吃药就得三百多块，买煤一吨四百来块。") == [("300", "元"), ("400", "元")]
    assert found("每个月新建电子屏12块。") == [("12", "块")]
    assert found("展出50块展板。") == [("50", "块")]


def test_kuai_is_yuan_before_any_money_noun_and_after_a_verb_of_receiving() -> None:
    # 八百块慰问金, 两百多块零花钱: money; 一年能领两万多块，, 再少收2块。: what is received or charged
    def found(text: str) -> list[tuple[str, str]]:
        return [(str(q.value), q.unit_word) for q in find_quantities(text)]

    assert found("过年又给了八百块慰问金。") == [("800", "元")]
    assert found("每个月还有两百多块零花钱。") == [("200", "元")]
    assert found("一年能领两万多块，日子好过了。") == [("20000", "元")]
    assert found("我们80岁以上的再少收2块。") == [("2", "元")]


def test_a_spoken_range_of_money() -> None:
    # 三四百元 is 300 to 400 yuan, 一千五六百块 1500 to 1600, 三四万元 30,000 to 40,000; not 三五百元 (not one apart),
    # nor a rough count of people or times (三四十人, 两三次)
    def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
        return [(str(q.value), q.unit_word, q.qualifier, str(q.upper) if q.upper is not None else None)
                for q in find_quantities(text)]

    assert found("一个月也得三四百元") == [("300", "元", "at-least", "400")]
    assert found("一个月有一千五六百块，够用了") == [("1500", "元", "at-least", "1600")]
    assert found("看病花了三四万元") == [("30000", "元", "at-least", "40000")]
    assert found("自己只掏四五千块钱") == [("4000", "元", "at-least", "5000")]
    assert found("一个月三五百元") == []
    assert found("来了三四十人，一年回来两三次") == []


def test_yi_and_then_wan_in_arabic_digits_is_one_number() -> None:
    # 1亿3600万元 is 136,000,000 yuan (not 1亿 and 3600万元); 1亿零860万元, 1亿0260万元 too
    def found(text: str) -> list[tuple[str, str]]:
        return [(str(q.value), q.unit_word) for q in find_quantities(text)]

    assert found("累计投入服务资金1亿3600万元") == [("136000000", "元")]
    assert found("资金1亿零860万元，支出1亿0260万元") == [("108600000", "元"), ("102600000", "元")]
    assert found("收入1亿元，3.5亿元") == [("100000000", "元"), ("350000000", "元")]


def test_people_counted_by_ge() -> None:
    # 我们组有9个人: nine people; not 个人 starting a word (人民调解委员会, 人居环境示范村, 人才驿站)
    assert [(q.value, q.unit_word) for q in find_quantities("我们组有9个人，三个人轮流值班")] == [
        (Decimal(9), "人"), (Decimal(3), "人")]
    assert [q.unit_word for q in find_quantities("新建5个人民调解委员会、两个人居环境示范村和3个人才驿站")] == [
        "个", "个", "个"]


def test_a_towns_name_that_opens_with_a_numeral_and_a_classifier_is_no_count() -> None:
    # 九所镇, 八所镇 (towns of 海南): names; towns are counted by 个, and 10所乡镇卫生院 counts health centres
    assert [(q.value, q.unit_word) for q in find_quantities("其中黄流镇、九所镇分别建成5个和4个")] == [
        (Decimal(5), "个"), (Decimal(4), "个")]
    assert list(find_quantities("八所镇、东河镇分别建设床位")) == []
    assert [(q.value, q.unit_word) for q in find_quantities("建成10所乡镇卫生院，改造3个镇、5个乡")] == [
        (Decimal(10), "所"), (Decimal(3), "个"), (Decimal(5), "个")]
    assert list(find_quantities("七家镇还为百岁老人送上了蛋糕，在七家镇西道村互助幸福院")) == []  # (the name goes on)
    assert [(q.value, q.unit_word) for q in find_quantities("全市35家镇卫生院，十所镇敬老院")] == [
        (Decimal(35), "家"), (Decimal(10), "所")]  # (institutions of towns, counted)


def test_cases_mediated_are_counted_by_qi() -> None:
    # 调解成功54起: cases; not 2025年1月1日起 (from a date)
    assert [(q.value, q.unit_word) for q in find_quantities("受理纠纷58起，调解成功54起，2025年1月1日起执行")] == [
        (Decimal(58), "起"), (Decimal(54), "起")]


def test_kuai_after_a_raise_is_money() -> None:
    # 城市提了三十块 (spoken: raised by thirty yuan); not a count
    assert [(q.value, q.unit_word) for q in find_quantities("城市提了三十块，农村提高了三百六十块")] == [
        (Decimal(30), "元"), (Decimal(360), "元")]


def test_a_numeral_inside_a_towns_or_villages_name_is_no_count() -> None:
    # 南五十家子镇, 三家子村: names (…家子 + its kind), not 50 or 3 of anything; 5家子公司 still counts subsidiaries
    assert [q.text for q in find_quantities("记者来到南五十家子镇敬老院，三家子村有低保户12户，全镇建成5家子公司")] == [
        "12户", "5家"]


@pytest.mark.parametrize(("text", "value"), [
    ("三千五", "3500"), ("六万六", "66000"), ("两百五", "250"), ("一亿二", "120000000"), ("十万五", "105000"),
    # (not after 零, nor a ten's digit: 一百零五, 二十五; a unit after the digit: 一万二千)
    ("一百零五", "105"), ("二十五", "25"), ("一万二千", "12000"), ("一万零五", "10005"),
])
def test_a_digit_after_a_unit_is_of_the_next_unit_down(text: str, value: str) -> None:
    assert str(parse_number(text)) == value


def test_a_number_said_in_words_without_its_unit() -> None:
    # 老人有二十八万三千多，: people counted roughly, the 万 inside the number; 彩礼只要了六万六: money
    assert _found("全县六十周岁以上的老人有二十八万三千多，") == [("二十八万三千多", "283000", "", "at-least")]
    assert _found("彩礼只要了六万六，") == [("六万六", "66000", "元", None)]
    assert _found("红军走过二万五千里长征") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a single numeral counts items and times where the count ends its phrase: 建议六件、, 培训两次。
    ("承办县人大代表建议六件、县政协委员提案九件，", [("六件", "6", "件", None), ("九件", "9", "件", None)]),
    ("全年组织政务公开业务培训两次。", [("两次", "2", "次", None)]),
    # not a phrase going on (三件事, 三次产业, 二次分红), nor how often (每周…巡诊两次), nor 一 alone (废止一件)
    ("我们主要抓了三件事", []),
    ("三次产业结构持续优化", []),
    ("医院每周派医护人员到中心巡诊两次。", []),
    ("本年废止一件。", []),
])
def test_a_single_numeral_counting_items_and_times(text: str,
                                                   expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


def test_a_range_whose_lower_end_has_its_own_unit_keeps_its_own_magnitude() -> None:
    found = [(q.value, q.upper, q.qualifier) for q in find_quantities("按每户5000元至1万元给予补助，补助3-5万元")]
    assert found == [(Decimal("5000"), Decimal("10000"), "at-least"), (Decimal("30000"), Decimal("50000"), "at-least")]


def test_a_bound_said_once_holds_for_the_figures_listed_after_it_and_past_what_they_are_per() -> None:
    text = "救助比例分别不低于70%和100%"
    assert [bound_before(text, text.index(n)) for n in ("70", "100")] == ["at-least", "at-least"]
    text = "城乡低保标准分别不得高于每人每月800元和600元"
    assert bound_before(text, text.index("600")) == "at-most"
    text = "农村特困供养标准不低于每人每年9600元"
    assert bound_before(text, text.index("9600")) == "at-least"
    # (a gap is no bound, nor a bound said for a figure before the one asked of)
    text = "分别低于全省平均水平1.8个和2.3个百分点"
    assert bound_before(text, text.index("2.3")) is None
    text = "不低于60%，补助标准每人每月300元"
    assert bound_before(text, text.index("300")) is None


def test_ordinals_listed_after_one_di_are_no_quantities() -> None:
    assert [str(q.value) for q in find_quantities("第2、4、5项为当年数，共12项")] == ["12"]
    assert [str(q.value) for q in find_quantities("第一至三批项目共12个，新建4个、5个")] == ["12", "4", "5"]
