"""A transcript's turns: who speaks each paragraph, and for which region."""

from __future__ import annotations

from policy_graph.extract.indexed_text import IndexedText
from policy_graph.extract.regions import find_regions
from policy_graph.extract.turns import Turn, speaker_turns
from policy_graph.gazetteer import Gazetteer
from policy_graph.segment import segment_text


def _turns(text: str, focus_code: str) -> dict[int, Turn]:
    gazetteer = Gazetteer.default()
    doc = segment_text(text)
    focus = gazetteer.get(focus_code)
    mentions = find_regions(text, gazetteer, context=[focus] if focus else None)
    tx = IndexedText(text, doc.sentences, [s.start for s in doc.sentences], mentions, [], focus, gazetteer)
    turns = speaker_turns(doc, text, tx, focus)
    return {index: turn for index, turn in turns.items() if doc.paragraphs[index].text.strip()}


def test_speakers_are_found_by_the_list_at_the_top_and_questions_speak_for_no_region() -> None:
    text = ("凉山州新闻发布会\n发布人：州人力资源和社会保障局副局长　王建平\n　　　　昭觉县人民政府副县长　曲比阿果\n\n"
            "王建平：\n　　全州输出劳动力122.3万人。\n凉山日报记者：\n　　请问曲比副县长，情况如何？\n"
            "曲比阿果：\n　　安置搬迁群众1428户。\n")
    regions = [turn.region for turn in _turns(text, "513400").values()]
    assert regions[-1] == "513431" and None in regions  # (a question's turn speaks for none)


def test_places_headings_are_no_speakers() -> None:
    text = ("安庆两县产业帮扶见闻\n岳西：一片叶子富了一方百姓\n　　岳西县茶园面积达23万亩。\n"
            "宿松：一水两用\n　　宿松县稻虾共养面积达18万亩。\n")
    assert _turns(text, "340800") == {}


def test_a_live_texts_bracketed_speakers_and_an_office_that_names_no_region() -> None:
    text = ("延边州新闻发布会\n10:25\n【州残疾人联合会副理事长　金光日】\n　　全州持证残疾人11.26万人。\n"
            "10:34\n【珲春市人民政府副市长　李春林】\n　　开发公益性岗位四百八十个。\n")
    assert sorted({turn.region or "" for turn in _turns(text, "222400").values()}) == ["", "222404"]


def test_a_page_of_messages_each_answered_by_its_own_office() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("2022年第三季度市长信箱网民留言办理情况选登（黄冈市）\n"
            "【留言一】城市低保标准是多少？\n留言时间：2022-07-12 留言人：网友甲\n留言内容：请问低保标准是多少？\n"
            "答复单位：黄冈市民政局答复时间：2022-07-19\n答复内容：您好！截至6月底，全市共有城市低保对象3.12万人。\n"
            "【留言二】高龄津贴每月多少？\n留言时间：2022-08-22 留言人：网友乙\n留言内容：我爷爷今年95岁。\n"
            "答复单位：红安县民政局答复时间：2022-09-13\n答复内容：您好！经审核审批，已于9月9日为您家发放临时救助1.5万元。\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    regions = {str(o.value): o.region for o in resolved.facts.observations}
    assert regions == {"31200": "421100", "15000": "421122"}  # (the city's reply, then 红安县's)


def test_an_answer_marked_as_such_under_another_speakers_heading_speaks_for_its_own_speaker() -> None:
    from policy_graph.build import source_document
    from policy_graph.read import Source

    text = ("山东省儿童福利工作新闻发布会\n发布时间：2024-05-29\n发布人：\n　　山东省民政厅副厅长　张伟\n"
            "　　临沂市民政局局长　高峰\n\n【山东省民政厅副厅长　张伟】\n截至4月底，全省共有孤儿8620人。\n\n"
            "【临沂市民政局局长　高峰】\n截至4月底，全市共有孤儿1680人。\n\n"
            "【记者提问】大众日报记者：\n孤儿上大学有哪些资助？\n\n"
            "【答】张伟：\n我们对考入大学的孤儿给予资助。去年共资助1380名孤儿上大学。\n\n"
            "相关稿件：\n·潍坊市建成“儿童之家”1200余个（2024-05-20）\n")
    resolved, _ = source_document(Source.from_bytes(text.encode(), name="a.txt"))
    regions = {str(o.value): o.region for o in resolved.facts.observations}
    assert regions == {"8620": "370000", "1680": "371300", "1380": "370000"}  # (not 临沂's; nor a related headline)
