"""The region a text is about, and region names that share one suffix."""

from __future__ import annotations

import pytest

from policy_graph.build import source_document
from policy_graph.extract.focus import focus_region
from policy_graph.extract.regions import find_regions, self_references
from policy_graph.gazetteer import Gazetteer
from policy_graph.read import Source


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _focus(text: str, headline_end: int, gaz: Gazetteer, publisher: str | None = None) -> str | None:
    found = focus_region(text[:headline_end], find_regions(text, gaz), text, gaz, publisher)
    return found.code if found else None


def test_the_headline_names_the_focus(gaz: Gazetteer) -> None:
    text = "洛阳市养老服务提质增效\n河南省出台办法后，洛阳市民政局推进工作。"
    assert _focus(text, 11, gaz, publisher="河南省民政厅") == "410300"


def test_without_a_region_in_the_headline_the_publisher_names_it(gaz: Gazetteer) -> None:
    # one mention each of the province and the city: the count alone would pick the province
    text = "我市民政重点工作稳步推进\n贯彻《河南省最低生活保障办法》，洛阳市民政局持续加大保障力度。"
    assert _focus(text, 12, gaz) == "410000"
    assert _focus(text, 12, gaz, publisher="洛阳市民政局") == "410300"


def test_a_publisher_naming_a_district_after_its_city_names_the_district(gaz: Gazetteer) -> None:
    text = "2025年我区长者饭堂提供助餐服务超147万人次\n全区长者饭堂达到54家，南山街道新增3家。"
    assert _focus(text, 22, gaz, publisher="深圳市南山区人民政府门户网站") == "440305"


def test_a_publisher_that_names_no_region_changes_nothing(gaz: Gazetteer) -> None:
    text = "我市民政重点工作稳步推进\n贯彻《河南省最低生活保障办法》，洛阳市民政局持续加大保障力度。"
    assert _focus(text, 12, gaz, publisher="民政要闻编辑部") == "410000"


def test_a_national_item_naming_autonomous_regions_is_about_china(gaz: Gazetteer) -> None:
    # the 自治区 of 西藏自治区 is part of a name, and 省、自治区、直辖市 lists levels: neither is the text's own region
    text = ("各地低保标准稳步提高\n截至9月底，全国城市低保平均标准达到每人每月802元，全国累计支出低保资金1386亿元。"
            "低保标准由省、自治区、直辖市人民政府确定。在浙江，全省低保平均标准达到1262元；河南、四川两省低保对象较多，"
            "河南省农村低保对象286万人。西藏自治区城市低保标准达到1050元，广西壮族自治区都安瑶族自治县新纳入3260人，"
            "全县实现应保尽保。江苏全省平均标准达到1032元，居全国前列，全国已有28个省份提高了标准。")
    assert _focus(text, 10, gaz) == "000000"


@pytest.mark.parametrize(("text", "expected"), [
    ("冬春季节杂多、治多两县地处三江源", [("杂多", "632722"), ("治多", "632724")]),
    ("东城、西城两区", [("东城", "110101"), ("西城", "110102")]),
    # 广东三省: the segmenter reads 东三省 (the three north-eastern provinces) as a word
    ("浙江、四川、广东三省分别有", [("浙江", "330000"), ("四川", "510000"), ("广东", "440000")]),
])
def test_names_whose_kind_is_said_once_after_the_list(text: str, expected: list[tuple[str, str]],
                                                      gaz: Gazetteer) -> None:
    assert [(m.text, m.region.code) for m in find_regions(text, gaz)] == expected


@pytest.mark.parametrize("text", [
    "开展三区三州帮扶",            # no list before the count
    "城乡低保、特困供养两项",      # items that are no region's name with that kind
    "杂多、治多三县",              # the number said is not the number listed
])
def test_lists_that_are_not_regions_of_one_kind(text: str, gaz: Gazetteer) -> None:
    assert [m.text for m in find_regions(text, gaz) if m.text in ("杂多", "特困供养", "城乡低保")] == []


def test_respectively_pairs_the_regions_a_sentence_listed_earlier() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("玉树州社会救助工作简报\n"
            "2024年，杂多、治多两县地处三江源核心区域，两县分别为1860名和1240名牧区困难群众发放了取暖救助。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode("utf-8"), name="yushu.txt"))
    assert sorted((str(o.value), o.region) for o in resolved.facts.observations) == [
        ("1240", "632724"), ("1860", "632722")]


@pytest.mark.parametrize(("text", "expected"), [
    ("北京市人民政府关于推进家庭医生签约服务", [("北京市", "110000")]),   # one dictionary word with its title
    ("湖北省委常委会", [("湖北省", "420000")]),
    ("上海市政府办公厅", [("上海市", "310000")]),
    ("保障医保基金安全运行", []),                                        # 金安 starts inside 基金
    ("黄河南岸", []),                                                    # 河南 runs across 黄河|南岸
])
def test_a_name_stands_as_a_word_or_begins_one_with_an_authority_title(
        text: str, expected: list[tuple[str, str]], gaz: Gazetteer) -> None:
    assert [(m.text, m.region.code) for m in find_regions(text, gaz)] == expected


def test_a_name_that_is_also_a_word_counts_inside_the_region_the_text_is_about(gaz: Gazetteer) -> None:
    text = "各县（市、区）积极探索。西区社会组织373家。"
    assert [m.text for m in find_regions(text, gaz)] == []                     # 西区: an ordinary word
    panzhihua = gaz.get("510400")
    assert panzhihua is not None
    assert [(m.text, m.region.code) for m in find_regions(text, gaz, context=[panzhihua])] == [("西区", "510403")]
    assert [m.text for m in find_regions("推进东西区域协作。", gaz, context=[panzhihua])] == []  # 东西|区域


def test_a_county_whose_name_is_a_word_is_named_by_its_authority_and_then_counts_in_its_own_text(
        gaz: Gazetteer) -> None:
    # 新县 ("a new county") is also the name of a county of 信阳市: a page of its government's site is about it
    text = "新县落实抚恤补助标准调整政策\n新县是全国著名的将军县。全县优抚对象5826人。"
    assert _focus(text, 14, gaz) == "000000"        # the bare name alone names nothing: only 全国 is left
    assert _focus(text, 14, gaz, publisher="新县人民政府") == "411523"
    xinxian = gaz.get("411523")
    assert xinxian is not None
    assert [m.start for m in find_regions(text, gaz, context=[xinxian])] == [0, 15]
    assert [m.text for m in find_regions("推动建设新县城。", gaz)] == []


def test_a_country_word_inside_another_word_is_not_the_country(gaz: Gazetteer) -> None:
    text = "新县现有烈士纪念设施136处，其中国家级烈士纪念设施2处。支持发展中国家。"
    assert [code for _s, _e, code in self_references(text, [], None, gaz)] == []
    plain = "全国低保对象和我国特困人员"
    assert [plain[s:e] for s, e, _code in self_references(plain, [], None, gaz)] == ["全国", "我国"]


def test_a_headline_naming_a_region_within_a_region_is_about_the_inner_one(gaz: Gazetteer) -> None:
    text = "北京市朝阳区人民政府办公室关于印发工作方案的通知\n各街道办事处："
    assert _focus(text, 24, gaz) == "110105"
    text = "北京市、天津市养老服务协同发展情况\n两市共建养老机构。"        # two regions side by side
    assert _focus(text, 17, gaz) == "110000"


def test_a_short_name_that_names_a_sight_is_no_region(gaz: Gazetteer) -> None:
    context = [gaz.get("430600"), gaz.get("152500")]
    text = "岳阳市旅游业稳步恢复。岳阳楼、君山岛等5A级旅游景区接待人数回升，锡林郭勒多伦湖等景区创建旅游度假区。"
    found = [m.region.code for m in find_regions(text, gaz, context=[r for r in context if r])]
    assert found == ["430600", "152500"]  # 锡林郭勒 is named (the lake is in it); 岳阳楼, 君山, 多伦 are sights
    glacier = "依托羊卓雍措、卡若拉冰川等特色资源，若尔盖草原游客增长，呼和浩特敕勒川草原创建度假区。"
    assert [m.region.code for m in find_regions(glacier, gaz)] == ["150100"]  # (not 卡若区, nor 若尔盖县)
    rivers = "黑龙江畔的逊克县，嘉陵江沿线各乡镇，嫩江流域联防联控。"
    assert [m.region.code for m in find_regions(rivers, gaz)] == ["231123"]  # (a river: not 黑龙江省, 嘉陵区, 嫩江市)
    listed = "岳阳楼、君山两区新增养老床位120张，多伦县新建幸福院8个。"
    assert [m.region.code for m in find_regions(listed, gaz, context=[r for r in context if r])] == [
        "430602", "430611", "152531"]


def test_a_banner_abbreviation_two_units_share_is_read_by_context(gaz: Gazetteer) -> None:
    def found(text: str, context: str | None) -> list[tuple[str, str]]:
        region = gaz.get(context) if context else None
        return [(m.text, m.region.code) for m in find_regions(text, gaz, context=[region] if region else None)]

    assert ("扎旗", "150526") in found("通辽市：科左后旗、扎旗美丽乡村建设取得新进展。", "150500")
    assert ("扎旗", "152223") in found("兴安盟：扎旗新建幸福院12所。", "152200")
    assert found("扎旗新建幸福院12所。", None) == []  # no context decides: left unlinked


def test_names_that_are_words_count_when_listed_beside_a_county_of_the_same_city(gaz: Gazetteer) -> None:
    text = "赣州市：瑞金、于都、兴国等地将“颐养之家”建设纳入重点任务，其中于都建成386个。要坚持兴国安邦之道……"
    found = [(m.text, m.region.code) for m in find_regions(text, gaz, context=[r for r in [gaz.get("360700")] if r])]
    assert found[:4] == [("赣州市", "360700"), ("瑞金", "360781"), ("于都", "360731"), ("兴国", "360732")]
    assert ("于都", "360731") in found[4:]  # 其中于都建成: named again
    assert len(found) == 5  # 兴国安邦: a word, not a name


def test_a_county_named_right_after_its_province(gaz: Gazetteer) -> None:
    text = "汝城县主动融入大湾区，与广东仁化、江西崇义共建区域合作示范区，支持江西宁都高质量发展。"
    found = [(m.text, m.region.code) for m in find_regions(text, gaz, context=[r for r in [gaz.get("431026")] if r])]
    assert ("仁化", "440224") in found and ("崇义", "360725") in found and ("宁都", "360730") in found


def test_a_county_level_city_is_the_focus_only_when_it_outweighs_its_siblings(gaz: Gazetteer) -> None:
    # 全市 with two sibling county-level cities named once each: the city above them
    text = "民政工作动态\n全市养老服务平稳推进，涿州市、高碑店市新增床位。全市低保标准提高。"
    assert _focus(text, 6, gaz) == "130600"
    # 全市 in a text about one county-level city, named more often than its siblings: that city's own
    text = "县域观察\n宁安市织密民生保障网。全市低保对象1.26万人，宁安市率先建立机制，全市覆盖。东宁市口岸发展。"
    assert _focus(text, 4, gaz) == "231084"


def test_a_towns_own_text_is_about_the_county_it_names(gaz: Gazetteer) -> None:
    text = ("家门口的幸福食堂\n原创 郑宅发布 2025年06月18日 17:42 浙江\n截至5月底，全镇60周岁以上老年人5862人，"
            "高于浦江县平均水平。全镇建成老年食堂14家，入选浙江省示范。义乌市佛堂镇来我镇考察。\n")
    # 全镇 of a town no line names: the county it names (not 浙江, nor 义乌市, the county of the visiting town)
    assert _focus(text, text.index("\n"), gaz) == "330726"


def test_a_towns_own_text_naming_only_its_town_is_about_the_county_the_table_places_it_in(gaz: Gazetteer) -> None:
    text = ("政府工作报告\n（二〇二六年一月九日在白霓镇第十九届人民代表大会第六次会议上）\n过去的一年，全镇粮食播种面积"
            "稳定在四万一千亩。全镇农民人均可支配收入增长百分之七。咸宁市考核中，全镇排名靠前，与通城县交流经验。\n")
    assert _focus(text, text.index("\n"), gaz) == "421223"  # 崇阳县, whose town 白霓镇 is; not the neighbour 通城县
    # a name many counties share (城关镇): the one within the region the text names
    shared = "工作总结\n城关镇召开大会。全镇低保对象820户，全镇特困人员96人，全乡无。郧西县民政局指导。\n"
    assert _focus(shared, shared.index("\n"), gaz) == "420322"
    # ... and with none named, no county: the text's own counts decide
    assert _focus("工作总结\n城关镇召开大会。全镇低保对象820户，全镇特困人员96人。\n", 4, gaz) is None


def test_a_headline_naming_only_a_town_is_about_its_county(gaz: Gazetteer) -> None:
    text = "白霓镇：老年食堂开到家门口\n镇里14个村建成老年食堂，咸宁市民政局来调研。\n"
    assert _focus(text, text.index("\n"), gaz) == "421223"
    # a common word ending as a town's name does (月城镇 is a town of 江阴市) is no town
    text = "1—10月城镇新增就业3.12万人\n记者从市人力资源和社会保障局获悉，今年以来，就业形势总体稳定。\n"
    assert _focus(text, text.index("\n"), gaz) is None


def test_a_local_papers_own_report_is_about_its_city(gaz: Gazetteer) -> None:
    text = "我市织密困境儿童关爱保护网\n来源：襄阳日报\n我市认真贯彻《湖北省…办法》。全市共有孤儿412名。\n"
    assert _focus(text, text.index("\n"), gaz, publisher="襄阳日报") == "420600"
    elsewhere = "中山跨境养老合作提速\n来源：澳门日报\n中山市民政局介绍，全市已有澳门长者入住养老机构。\n"
    assert _focus(elsewhere, elsewhere.index("\n"), gaz, publisher="澳门日报") == "442000"  # not its own report


def test_a_city_named_before_its_level_word(gaz: Gazetteer) -> None:
    text = "镇居家养老服务中心入选金华市级示范点，新建县级综合性养老服务中心30个。"
    assert [m.region.code for m in find_regions(text, gaz)] == ["330700"]  # 金华市|级, not 新建县 (新建区)


def test_hui_tong_after_a_comma_is_the_verb_unless_the_text_is_about_its_county(gaz: Gazetteer) -> None:
    text = "英山县民政局根据《通知》要求，会同县应急管理局开展冬春救助。"
    assert [m.region.code for m in find_regions(text, gaz, context=[gaz.get("421124")])] == ["421124"]
    text = "怀化市会同县民政局开展救助，会同县应急管理局参与。"
    assert [m.region.code for m in find_regions(text, gaz, context=[gaz.get("431225")])].count("431225") == 2
    # (and opening a sentence: 会同县市场监管局开展… in a text of 遂昌县)
    text = "遂昌县民政局加强老年食堂监管。会同县市场监管局开展专项检查。\n会同县财政局落实补贴。"
    assert [m.region.code for m in find_regions(text, gaz, context=[gaz.get("331123")])] == ["331123"]


def test_hui_tong_after_a_federation_or_an_adverb_is_the_verb(gaz: Gazetteer) -> None:
    text = "永新县残联会同县民政局开展核查。县退役军人事务局将继续会同县财政局做好发放，并会同县医保局落实待遇。"
    assert [m.region.code for m in find_regions(text, gaz, context=[gaz.get("360830")])] == ["360830"]


def test_the_name_of_a_national_census_names_no_country() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("巴彦淖尔市2025年人口抽样调查主要数据公报\n"
            "　　2025年，全市常住人口为1457326人，与第七次全国人口普查相比减少81389人。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert {o.region for o in resolved.facts.observations} == {"150800"}


def test_a_short_name_that_begins_a_towns_name_is_the_town() -> None:
    from policy_graph.gazetteer import Gazetteer

    text = "梨树县执法检查组先后深入梨树镇、榆树台镇、蔡家镇等9个乡镇。四平城乡居民养老金提高。"
    codes = {m.region.code for m in find_regions(text, Gazetteer.default(), [Gazetteer.default().get("220322")])}
    assert "220182" not in codes  # (榆树台镇 is a town of 梨树县, not 榆树市)
    assert {"220322", "220300"} <= codes  # (四平城乡…: 城乡 is no town)
    # (nor an ethnic township named like a county: 汤旺朝鲜族乡 is one of 汤原县's, not 汤旺县)
    text = "汤原县民政局对汤旺朝鲜族乡、竹帘镇的低保对象开展复核。"
    codes = {m.region.code for m in find_regions(text, Gazetteer.default(), [Gazetteer.default().get("230828")])}
    assert codes == {"230828"}


def test_names_that_together_are_one_dictionary_word_and_streets_named_after_cities(gaz: Gazetteer) -> None:
    # 上海市浦东新区 is one word of jieba's dictionary: its two names still stand as names; 贺兰山东麓 names neither
    assert [m.region.code for m in find_regions("上海市浦东新区民政局2021年工作总结", gaz)] == ["310000", "310115"]
    assert not find_regions("贺兰山东麓葡萄酒品牌价值持续提升。", gaz, [gaz.get("640000")])
    # a street named after a city is no mention of it (潍坊新村街道 in 浦东); a district's short name before 共有 is one
    text = "陆家嘴街道、潍坊新村街道分别新建社区长者食堂3家。长寿共有街道综合养老服务中心5个。"
    codes = [m.region.code for m in find_regions(text, gaz, [gaz.get("310115"), gaz.get("500000")])]
    assert "370700" not in codes and "500115" in codes
    # (nor is a street named after a city whose short name ends with 州: 杭州道街道 in 天津)
    assert not find_regions("其中杭州道街道、新港街道分别达到十八个和十五个。", gaz, [gaz.get("120116")])


def test_the_texts_own_region_by_its_name_without_its_kind(gaz: Gazetteer) -> None:
    # 新河南 in a text about 河南县 (青海) is the county, not 河南省 (and in a text about no region, the province)
    text = "为建设生态文明、民族团结、和谐美丽的新河南而努力奋斗！"
    assert [m.region.code for m in find_regions(text, gaz, [gaz.get("632324")])] == ["632324"]
    assert [m.region.code for m in find_regions(text, gaz)] == ["410000"]


def test_a_headline_that_opens_with_an_autonomous_countys_short_name(gaz: Gazetteer) -> None:
    # 东乡：… over a text naming 东乡族自治县 (and 兰州 more often): the county; 威宁：… likewise for
    # 威宁彝族回族苗族自治县
    text = ("东乡：“老饭桌”端出幸福好滋味\n初冬的东乡族自治县，食堂热气腾腾。"
            "儿子在兰州打工，儿媳也在兰州，孙子在兰州上学。\n")
    assert _focus(text, text.index("\n"), gaz) == "622926"
    text = "威宁：留守儿童有人管\n威宁彝族回族苗族自治县有留守儿童2.36万名，父母多在贵阳、贵阳周边和贵阳市区务工。\n"
    assert _focus(text, text.index("\n"), gaz) == "520526"


def test_a_headline_that_lists_places_is_about_what_holds_them(gaz: Gazetteer) -> None:
    # ——河北、湖南、四川三省…见闻: China; 浙江景宁、陕西宁陕、甘肃临洮…: China; 平乡、广宗两县…: their city
    for headline, code in (("——河北、湖南、四川三省农村养老服务见闻", "000000"),
                           ("——浙江景宁、陕西宁陕、甘肃临洮农村互助养老见闻", "000000"),
                           ("邢台市平乡、广宗两县农村养老见闻", "130500")):
        text = headline + "\n农村养老服务事关亿万农民。\n"
        assert _focus(text, len(headline), gaz) == code, headline


def test_a_headline_pairing_two_places_each_after_its_province_is_about_what_holds_them(gaz: Gazetteer) -> None:
    # ——广西凌云、海南乐东…见闻 (凌云 a stem the body names in full as 凌云县): two provinces' counties, China; one
    # place after its province is still that place
    body = "\n记者走进广西百色市凌云县和海南乐东黎族自治县。凌云县有探访员412名。\n"
    headline = "——广西凌云、海南乐东农村留守老年人关爱服务见闻"
    assert _focus(headline + body, len(headline), gaz) == "000000"
    headline = "——广西凌云农村留守老年人关爱服务见闻"
    assert _focus(headline + body, len(headline), gaz) == "451027"


def test_a_whole_county_word_glued_to_a_countys_name_is_that_county(gaz: Gazetteer) -> None:
    # 乐东全县 in a text about 凌云县 that visits 乐东 too: 乐东, not the text's own county
    text = "凌云县有探访员412名。海南乐东黎族自治县建成食堂26个。乐东全县有留守老年人4120名。凌云县全县覆盖。"
    own = gaz.get("451027")
    assert own is not None
    mentions = find_regions(text, gaz, [own])
    found = [(text[s:e], code) for s, e, code in self_references(text, mentions, own, gaz)]
    assert found == [("全县", "469027"), ("全县", "451027")]


def test_the_whole_province_in_a_citys_text_is_the_province_it_lies_in(gaz: Gazetteer) -> None:
    # 我省, 全省 in 漳州市's text that names no province: 福建省; not a service named in quotes (“全省通办”)
    text = "全市新就业形态劳动者约6.8万人。我省缴费基数下限为每月4192元，全省共有参保人员120万人。办理“全省通办”业务。"
    own = gaz.get("350600")
    assert own is not None
    found = [(text[s:e], code) for s, e, code in self_references(text, find_regions(text, gaz, [own]), own, gaz)]
    assert found[:3] == [("全市", "350600"), ("我省", "350000"), ("全省", "350000")] and found[3][1] != "350000"


def test_a_zone_named_like_a_city_elsewhere_is_no_region(gaz: Gazetteer) -> None:
    # 北海经济开发区 in a text of 滨州市: its own zone (not 广西's 北海市); 北海市 in full, or in a text of 广西, stays
    binzhou, guangxi = gaz.get("371600"), gaz.get("450000")
    assert binzhou is not None and guangxi is not None
    text = "北海经济开发区实现工业总产值1062亿元。"
    assert [m.region.code for m in find_regions(text, gaz, [binzhou])] == []
    assert [m.region.code for m in find_regions(text, gaz, [guangxi])] == ["450500"]
    assert [m.region.code for m in find_regions("北海市经济开发区", gaz, [binzhou])] == ["450500"]


def test_a_persons_given_name_that_is_a_districts_short_name_is_no_region(gaz: Gazetteer) -> None:
    # 组长班秀英说 in a text about 海南 (秀英区 of 海口): a person; 秀英区 in full, and 秀英 not said to speak, stay
    text = "海南省各地推进互助养老。“大家一起帮。”互助组组长班秀英说。海口市秀英区建成食堂12个，秀英的食堂最多。"
    assert [m.text for m in find_regions(text, gaz)] == ["海南省", "海口市", "秀英区", "秀英"]


def test_a_headline_naming_a_district_after_its_provinces_and_citys_stems(gaz: Gazetteer) -> None:
    # 山西长治潞州区：… (长治 a stem the body names in full as 长治市): the district, not the city
    text = ("山西长治潞州区：社区服务“家门口”\n长治市潞州区英雄南路街道一家社区食堂里热气腾腾。"
            "潞州区是长治市的中心城区。\n")
    assert _focus(text, text.index("\n"), gaz) == "140403"


def test_a_provinces_poetic_name_in_a_headline_names_no_city() -> None:
    # 温暖白山松水 (吉林's mountains and rivers) over ——吉林省民政厅…纪实: the province's text, not 白山市's
    text = "守护万家灯火 温暖白山松水\n——吉林省民政厅推进民政事业改革发展纪实\n　　2019年，全省城市低保对象38.2万人。\n"
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert resolved.facts.focus_region == "220000"
    assert {o.region for o in resolved.facts.observations} == {"220000"}


def test_the_average_a_figure_is_a_share_of_is_not_where_it_is() -> None:
    # 人均地区生产总值仅为全省平均水平的百分之六十: the county's, against the province's average
    resolved, _ = source_document(Source.from_bytes(
        ("广昌县政府工作报告\n　　2025年，全县在江西省率先完成改革。经济总量偏小，人均地区生产总值仅为全省平均水平的"
         "百分之六十左右。\n").encode(),
        name="case.txt"))
    assert [(str(o.value), o.region) for o in resolved.facts.observations] == [("60", "361030")]


@pytest.mark.parametrize(("text", "expected"), [
    # 占全省大豆播种面积的近三成: the city's share of the province's area, the city's figure
    ("黑河市上半年经济运行情况\n　　2025年上半年，黑河市在黑龙江省率先完成春播，大豆播种面积1200万亩，"
     "占全省大豆播种面积的近三成。\n",
     {("12000000", "231100"), ("30", "231100")}),
    # 宜都、枝江、当阳三个县级市…合计占全市的37.1%: the three together, in the city they lie in
    ("宜昌市政府新闻发布会\n　　2025年上半年，宜都、枝江、当阳三个县级市地区生产总值合计占全市的37.1%。\n",
     {("37.1", "420500")}),
    # 全年实施自治区和市级重点项目186个: projects of two levels, in the city's text
    ("吴忠市国民经济和社会发展计划执行情况的报告\n　　2025年，全市全年实施自治区和市级重点项目186个。\n",
     {("186", "640300")}),
])
def test_the_whole_a_share_is_of_and_levels_of_projects_are_not_where_figures_are(
        text: str, expected: set[tuple[str, str]]) -> None:
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert {(str(o.value), o.region) for o in resolved.facts.observations} == expected


def test_a_provincial_papers_report_saying_quan_sheng_throughout_is_about_the_province(gaz: Gazetteer) -> None:
    text = ("织密民生保障网　温暖南粤千万家\n——前三季度全省长者饭堂服务老年人4860万人次\n"
            "10月21日，在梅州市大埔县湖寮镇的长者饭堂里，李伯说饭菜可口。梅州市民政局介绍了做法。截至9月底，全省已建成长者"
            "饭堂1.26万个。前三季度，全省民生类支出1.12万亿元。《广东省老年助餐服务管理办法》明确了补助。全省将继续推进。\n")
    assert _focus(text, text.index("\n"), gaz) == "440000"  # not 梅州市, the scene named twice


def test_a_citys_own_report_naming_only_its_districts_and_a_province_once_is_about_the_city(gaz: Gazetteer) -> None:
    # 本市 throughout; 宝山区, 嘉定区 and 松江区 lie in 上海市, which the text never names; 云南: where people came from
    text = ("前10个月本市新增就业岗位52.6万个\n1—10月，本市新增就业岗位52.6万个。"
            "本市吸纳云南农村劳动力来沪就业1.86万人。宝山区已建成社区就业服务站点42个，嘉定区举办招聘会126场，"
            "松江区新增就业岗位5.82万个。全市城镇调查失业率为4.2%。\n")
    assert _focus(text, text.index("\n"), gaz) == "310000"
    # (a province's own report, 全省 throughout, naming two counties of one city: still the province)
    text = ("前10个月全省新增就业岗位52.6万个\n1—10月，云南省新增就业岗位52.6万个。全省各地持续发力，"
            "宜良县新增岗位1200个，石林县新增岗位900个。全省城镇调查失业率为4.2%。\n")
    assert _focus(text, text.index("\n"), gaz) == "530000"


def test_a_name_after_a_preposition_the_dictionary_joins_to_its_first_character() -> None:
    text = "锡林郭勒盟雪灾救助通报\n2026年1月，盟应急管理局向东乌旗、西乌旗调拨棉帐篷300顶。\n"
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert {"152525", "152526"} <= set(resolved.facts.regions)  # (向东: a word, but 东乌旗 is named here)
    assert {(str(o.value), o.region) for o in resolved.facts.observations} == {("300", "152500")}  # both, the league


def test_a_village_or_community_named_like_a_county_is_no_region() -> None:
    text = ("双堠镇第三季度低保情况公示\n沂南县双堠镇人民政府\n2025年9月底，新泰社区有低保户151户，隆安村有低保户42户。"
            "成都社区社会组织1700个。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    codes = set(resolved.facts.regions)
    assert "370982" not in codes and "450123" not in codes  # (not 新泰市, nor 隆安县)
    assert "510100" in codes  # the city's community bodies


def test_a_paragraph_opening_on_a_place_described_before_its_name_is_about_it() -> None:
    text = ("定西农村老年餐桌见闻\n截至2023年9月底，全市建成老年餐桌1560个。\n"
            "马家窑文化的发祥地临洮县，则把老年餐桌办进了洮河岸边的移民安置点。县里新建老年餐桌5个。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert {(str(o.value), o.region) for o in resolved.facts.observations} == {("1560", "621100"), ("5", "621124")}


def test_a_paragraph_opening_on_a_reporters_visit_is_about_the_place_visited() -> None:
    text = ("齐齐哈尔市冬季救助工作见闻\n截至2025年11月底，全市共有特困人员2.86万人。\n"
            "当天下午，记者来到克山县中心敬老院，锅炉房里的煤堆得像小山。院长说，院里现在住着58位老人。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert {(str(o.value), o.region) for o in resolved.facts.observations} == {("28600", "230200"), ("58", "230229")}
    met = text.replace("记者来到克山县中心敬老院，锅炉房里的煤堆得像小山",
                       "记者在克山县中心敬老院见到院长时，他正在搬煤")
    resolved, _ = source_document(Source.from_bytes(met.encode(), name="case.txt"))
    assert ("58", "230229") in {(str(o.value), o.region) for o in resolved.facts.observations}  # (记者在…见到)


def test_the_place_a_scene_is_set_in_is_the_region_of_its_figures() -> None:
    text = ("萍乡市老年助餐服务工作动态\n发布时间：2025-11-10\n"
            "11月6日中午，记者来到安源区一家长者食堂，两荤一素一汤的套餐标价12元。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert {(str(o.value), o.region) for o in resolved.facts.observations} == {("12", "360302")}


def test_a_place_workers_are_taken_in_from_is_no_region_of_the_figure() -> None:
    text = "宁德市人社局工作动态\n2023年，宁德市从宁夏吸纳务工人员1260人，从甘肃等地招收学员320人。\n"
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert {(str(o.value), o.region) for o in resolved.facts.observations} == {("1260", "350900"), ("320", "350900")}


def test_a_place_people_go_to_work_in_and_a_road_named_by_its_ends_are_no_regions_of_the_figures() -> None:
    text = ("泸溪县2024年工作总结\n2024年，全县帮助农村劳动力到山东就业680人。"
            "林口至鸡西高速公路林口段完成年度投资9.6亿元。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="case.txt"))
    assert {(str(o.value), o.region) for o in resolved.facts.observations} == {
        ("680", "433122"), ("960000000", "433122")}
