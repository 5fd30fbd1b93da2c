"""Normalizing text taken from PDFs: numbers split by spaces or by a line break, mapped back to the original."""

from __future__ import annotations

from policy_graph.normalize import normalize_text

# Hard-wrapped prose, as a PDF's text layer gives it: full lines stop mid-sentence.
WRAPPED = (
    "全年全省地区生产总值比上年增长百分之四点二，其中，第一产业增加值\n"
    "一千五百一十二亿元，增长百分之四点一；第二产业增加值一千四百三十八\n"
    "亿元，增长百分之二点六；第三产业增加值四千九百八十四亿元，增长四个\n"
    "百分点。年末全省常住人口比上年末增加四万九千人，其中城镇常住人口增\n"
    "加较多，乡村常住人口有所减少，常住人口城镇化率比上年末继续提高，达\n"
    "到新的水平，城乡居民收入稳步增长，民生保障持续加强，社会大局稳定。\n"
    "全年城镇新增就业 14.36 万\n"
    "人。年末城镇调查失业率 4.6%。\n"
)


def test_a_number_written_with_spaces_between_its_thousands() -> None:
    assert normalize_text("年末全省常住人口 1 048.30 万人，共 12 345 678 元。").text == \
        "年末全省常住人口1048.30万人，共12345678元。"
    assert normalize_text("全年办理结婚登记2 184对、离婚登记1 026对，新增耕地1 200亩。").text == \
        "全年办理结婚登记2184对、离婚登记1026对，新增耕地1200亩。"  # (counted in any unit of ours)


def test_spaced_digits_that_are_not_one_number_stay_apart() -> None:
    # a year before a figure (its first group has four digits), and groups followed by no unit of ours
    for text, apart in (("2023 100万人", "2023 100"), ("第 1 234 号", "1 234"), ("共 1 234 份材料", "1 234")):
        assert apart in normalize_text(text).text, text


def test_a_quantity_split_by_a_line_break_is_joined_even_on_a_short_line() -> None:
    normalized = normalize_text(WRAPPED)
    assert "全年城镇新增就业14.36万人。" in normalized.text
    start = normalized.text.index("14.36万人")
    begin, end = normalized.original_span(start, start + len("14.36万人"))
    assert WRAPPED[begin:end] == "14.36 万\n人"


def test_a_short_line_that_ends_a_paragraph_is_not_joined() -> None:
    normalized = normalize_text(WRAPPED)
    assert "失业率4.6%。" in normalized.text and "社会大局稳定。\n全年" in normalized.text


def test_a_space_between_a_number_and_its_classifier_goes() -> None:
    # bulletins set figures apart with spaces: "巡回医疗队 9 支", "服务站点 5546 处", "出生率 7.12 ‰"
    assert normalize_text("巡回医疗队 9 支，服务站点 5546 处，出生率 7.12 ‰。").text == \
        "巡回医疗队9支，服务站点5546处，出生率7.12‰。"


def test_pinyin_artifacts_without_tone_marks_go_too() -> None:
    # a conversion to Big5 or GBK drops the tone marks: 縣(xian); upper-case letters are no artifact
    assert normalize_text("莎車縣(xian)民政局在喀什地區(qu)，世界衛生組織(WHO)").text == \
        "莎车县民政局在喀什地区，世界卫生组织（WHO）"


def test_pinyin_typed_in_full_width_letters_goes_too() -> None:
    # a text typed all in full-width characters: its readings too, 縣（ｘｉａｎ）, and its figures read as such
    assert normalize_text("陝（ｓｈａｎ）西省下放到１３００個鎮（ｚｈｅｎ）（街道），ＷＨＯ").text == \
        "陕西省下放到1300个镇（街道），WHO"


def test_a_year_in_chinese_digits_is_written_in_arabic_ones() -> None:
    normalized = normalize_text("二、二〇二四年主要目标；一九九八年；三千二百年")
    assert normalized.text == "二、2024年主要目标；1998年；三千二百年"
    assert normalized.original_span(2, 6) == (2, 6)  # one for one: the offsets stay


def test_full_width_dashes_slashes_and_colons_between_digits_read_as_ascii() -> None:
    from policy_graph.normalize import normalize_text

    text = "发布时间：２０２５－１１－０４　１０：３２，增长－０．８６‰，２０２５／１１／０４，“－”"
    assert normalize_text(text).text == "发布时间：2025-11-04　10:32，增长-0.86‰，2025/11/04，“－”"


def test_a_pdfs_running_header_after_each_page_line_goes_and_a_number_cut_by_the_page_joins() -> None:
    text = ("政府工作报告\n　　全市民生支出占一般公共预算支出的80\n— 1 —\n2026年枣庄市政府工作报告\n"
            ".3%，城镇新增就业4.26万人。\n"
            "三、2026年重点工作\n　　全力稳增长。\n— 2 —\n2026年枣庄市政府工作报告\n　　办好民生实事。\n")
    normalized = normalize_text(text).text
    assert "2026年枣庄市政府工作报告" not in normalized  # the header repeated after two page lines
    assert "三、2026年重点工作" in normalized  # a heading said once stays
    assert "80.3%" in normalized


def test_a_page_break_inside_a_sentence_and_a_heading_over_an_indented_paragraph() -> None:
    wrapped = ["全县地区生产总值年均增长百分之五点八，累计完成固定资",
               "产投资三百二十六亿元，城乡居民收入稳步提高，民生保障"] * 3
    lines = ["　　过去五年，" + wrapped[0][6:], *wrapped[1:],
             "能力持续增强。我们也清醒看到，发展中仍存在不少困难和问题：经济总量"]
    text = ("\n".join(lines) + "\n\n- 2 -\n\n偏小，产业结构单一，抗风险能力较弱；财政收支矛盾突出，压力较大。\n"
            "二、2026年主要目标和重点工作\n　　2026年是“十五五”规划开局之年。\n")
    normalized = normalize_text(text).text
    assert "经济总量偏小" in normalized and "二、2026年主要目标和重点工作\n　　2026年" in normalized


def test_pinyin_written_in_place_of_characters_is_read_as_them() -> None:
    n = normalize_text("城鄉dibao對象8.62萬hù，社會jiù助1260人cì；縣minzheng局、海lún市、望kui縣")
    assert n.text == "城乡低保对象8.62万户，社会救助1260人次；县民政局、海伦市、望奎县"
    assert n.original_span(2, 4) == (2, 7)  # (低保: the letters dibao)
    # letters that are no pinyin a word fits, or a letter alone, stay
    for text in ("下载app办理，wifi全覆盖，e政务服务，4a级景区，5g基站", "应jiù尽jiù", "www.gov.cn政府网站"):
        assert normalize_text(text).text == text


def test_a_running_header_and_the_blank_lines_around_it_leave_a_wrapped_line_joined() -> None:
    header = "\n\n— 2 —\n\n新宾满族自治县第十八届人民代表大会第二次会议文件\n\n"
    before = ["　　2022年，全县地区生产总值增长百分之三点一，一般公共预",
              "算收入增长百分之五点二。城镇新增就业二千一百六十人，城镇登",
              "记失业率控制在百分之三点六以内，全年新增就业岗位。城乡低保标"]
    after = ["准分别提高到每人每月七百一十元和每人每年五千三百四十元，较",
             "上年分别提高二十五元和三百元；全县城乡低保对象八千六百二十户",
             "一万二千八百四十人，其中城市低保对象一千九百六十户二千八人。"]
    text = "\n".join(before) + header + "\n".join(after[:2]) + header.replace("2", "3") + after[2] + "\n"
    assert "城乡低保标准分别提高到" in normalize_text(text).text  # (a header that every page repeats: twice)


def test_a_words_pinyin_with_its_syllables_apart_goes_too() -> None:
    # 養老(yǎng lǎo): each syllable a reading of its character; not where one is not, nor after punctuation
    assert normalize_text("全市養老(yǎng lǎo)機構(jī gòu)達到86家").text == "全市养老机构达到86家"
    assert normalize_text("機構(jī gòu xx)，數據(data set)").text == "机构（jī gòu xx），数据（data set）"
    assert normalize_text("，養(yǎng lǎo)").text == "，养（yǎng lǎo）"


def test_pinyin_with_tone_numbers_or_set_unbracketed_after_its_word_goes() -> None:
    # 救助(zhu4): the tone as a number; not a number that is no tone of the character's reading
    assert normalize_text("臨時救助(zhu4)五千八百元，蘇區(qu1)縣(xian4)").text == "临时救助五千八百元，苏区县"
    assert normalize_text("救助(zhu3)").text == "救助（zhu3）"
    # (or in superscript, glued after the word: 三明san¹ming²市醫改yi¹gai³)
    assert normalize_text("三明san¹ming²市醫改yi¹gai³再深化").text == "三明市医改再深化"
    assert normalize_text("康復(kang1fu4)訓練，殘疾（can2ji2）兒童").text == "康复训练，残疾儿童"  # (run together)
    # and a reading set after a space (救災 (jiù zāi))
    assert normalize_text("倒房重建 (chóng jiàn)戶，救災 (jiù zāi)資金").text == "倒房重建户，救灾资金"
    # a lone toneless syllable after its character, where a text has that habit (縣xian, 鎮zhen, 區qu); not once
    assert normalize_text("石臺縣xian仙寓鎮zhen大山村，地處山區qu").text == "石台县仙寓镇大山村，地处山区"
    assert normalize_text("石臺縣xian仙寓鎮大山村").text != "石台县仙寓镇大山村"
    # and a word's toned syllables run together, however long; not letters that read no word before them
    assert normalize_text("《殯葬(bìnzàng)管理條例》，保障(bǎozhàng)孤兒(gūér)").text == "《殡葬管理条例》，保障孤儿"
    assert normalize_text("養老服務(yǎnglǎofúwù)，電話(diànhuà)，孤兒(bìnzàng)").text == \
        "养老服务，电话，孤儿（bìnzàng）"
    # toneless too (社區(shequ)食堂(shitang), 嵌入式(qianrushi)); not a Latin word that reads nothing before it
    assert normalize_text("社區(shequ)食堂(shitang)，嵌入式(qianrushi)服務，應用(app)，世衛(who)").text == \
        "社区食堂，嵌入式服务，应用（app），世卫（who）"
    # a lone lower-case letter between two characters is a converter's slip; not one by a word, nor a capital
    assert normalize_text("彩禮m不超過6萬元，e政务，X光机，A级景区").text == "彩礼不超过6万元，e政务，X光机，A级景区"
    # 牧區 mu4qu1 助餐 zhu4can1 點, 殯葬bìnzàng管理, 公墓gōngmù1862處: after the characters it reads, without brackets
    assert normalize_text("牧區 mu4qu1 助餐 zhu4can1 點日均就餐").text == "牧区助餐点日均就餐"
    assert normalize_text("《殯葬bìnzàng管理條例》，公墓gōngmù1862處").text == "《殡葬管理条例》，公墓1862处"
    # (pinyin in place of characters is read as them, as before; a Latin word after Chinese stays)
    assert normalize_text("城乡dibao对象，使用app办理").text == "城乡低保对象，使用app办理"


def test_a_full_width_space_between_groups_of_thousands_goes() -> None:
    # 城乡低保对象８　６２４户: a number typed in full-width digits with an ideographic space as its thousands separator
    assert normalize_text("城乡低保对象８　６２４户１６　３８２人，１２　４８０名").text == \
        "城乡低保对象8624户16382人，12480名"
    assert normalize_text("表中１２　４５６７户").text == "表中12　4567户"  # (not a group of three: two numbers)


def test_a_names_romanized_words_or_its_toned_syllables_apart_after_it_go_too() -> None:
    # 四川省（Sìchuān Shěng）: word by word, capitalized; 湖北省 hú běi shěng 社會: syllables apart after the word
    assert normalize_text("《四川省（Sìchuān Shěng）自然災害救助辦法》").text == "《四川省自然灾害救助办法》"
    assert normalize_text("《湖北省 hú běi shěng 社會救助實施辦法》").text == "《湖北省社会救助实施办法》"
    # (not Latin words apart without tones, nor names in brackets that read no word before them)
    assert normalize_text("在 London 的 Chinese Times 上").text == "在 London 的 Chinese Times 上"
    assert normalize_text("四川省（Chengdu Daily）").text == "四川省（Chengdu Daily）"


def test_a_places_name_romanized_with_a_capital_after_it_goes_too() -> None:
    n = normalize_text("市民政局向沅陵 Yuánlíng、辰谿 Chénxī 兩縣緊急調撥帳篷300頂")
    assert n.text == "市民政局向沅陵、辰溪两县紧急调拨帐篷300顶"
    assert normalize_text("发布于 App 客户端").text == "发布于 App 客户端"  # (a Latin word that reads nothing stays)
