"""Article extraction from saved government web pages (``policy_graph.webpage``).

The fixtures under ``tests/webpages/`` are made-up pages in the styles of county and township sites: a modern
news page with header, breadcrumb and footer; an old page laid out in nested tables; a notice whose paragraphs
are ``<br>``-separated lines of one ``<div>``; a page whose scripts, styles and hidden parts hold Chinese text.
"""

from __future__ import annotations

import html as html_lib
import random
import re
from pathlib import Path

import pytest

from policy_graph.webpage import Page, Piece, extract_article, looks_like_html

PAGES = Path(__file__).parent / "webpages"
_REF = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][-.a-zA-Z0-9]*);?")
_CJK_SPACE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef] [\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")


def load(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def check_contract(html: str, pieces: tuple[Piece, ...]) -> None:
    """Every piece points at what it reads as, in order, with single inner breaks."""
    previous: Piece | None = None
    for i, piece in enumerate(pieces):
        assert 0 <= piece.start <= piece.end <= len(html), piece
        if previous is not None:
            assert piece.start >= previous.end, (previous, piece)
        raw = html[piece.start:piece.end]
        if piece.start == piece.end:  # a break between blocks: a line's, or a table's between cells or rows
            assert re.fullmatch(r"\n|\n?\t+| ", piece.text), piece
            assert html.startswith("<", piece.start), (piece, html[piece.start:piece.start + 10])
            assert 0 < i < len(pieces) - 1, "leading or trailing break"
            assert previous is not None and previous.start != previous.end, "two breaks in a row"
        else:
            assert piece.end > piece.start and piece.text, piece
            assert piece.text == " " or not any(c.isspace() for c in piece.text), piece
            if piece.text == " ":  # one space between words: never at a block's edge, never doubled
                assert 0 < i < len(pieces) - 1, "leading or trailing space"
                assert previous is not None and previous.text not in (" ", "\n"), (previous, piece)
                assert pieces[i + 1].text not in (" ", "\n"), (piece, pieces[i + 1])
            if raw == piece.text:
                pass
            elif piece.text == " " and raw.isspace():  # a whole run of source whitespace
                assert piece.start == 0 or not html[piece.start - 1].isspace(), piece
                assert piece.end == len(html) or not html[piece.end].isspace(), piece
            else:  # one character reference, decoded
                assert _REF.fullmatch(raw), (piece, raw)
                char = html_lib.unescape(raw)
                assert len(char) == 1, (piece, raw)
                assert piece.text == char or (piece.text == " " and char.isspace()), (piece, raw)
        previous = piece
    for i, piece in enumerate(pieces[1:-1], 1):  # between wide characters, a space only where the source has one
        if _CJK_SPACE.fullmatch(pieces[i - 1].text[-1:] + piece.text + pieces[i + 1].text[:1]):
            assert html[piece.start:piece.end] in (" ", "\u3000"), (piece, pieces[i - 1])


def source_span(page: Page, phrase: str) -> tuple[int, int]:
    """The ``[start, end)`` in the HTML source of ``phrase`` found in the page's text."""
    text, spans = "", []
    for piece in page.pieces:
        if piece.end - piece.start == len(piece.text):  # plain text: character k is at start + k
            spans.extend((piece.start + k, piece.start + k + 1) for k in range(len(piece.text)))
        else:  # a reference, a whitespace run or a break stands whole for its text
            spans.extend([(piece.start, piece.end)] * len(piece.text))
        text += piece.text
    at = text.index(phrase)
    return spans[at][0], spans[at + len(phrase) - 1][1]


COUNTY_SENTENCES = [
    "青禾县民政局召开2024年社会救助工作推进会",
    "3月4日，青禾县民政局召开2024年社会救助工作推进会，全县12个乡镇民政办负责人参加会议。",
    "会议通报了2023年全县社会救助工作情况：全年累计发放城乡低保金4863.5万元，保障困难群众1.2万人；"
    "发放特困人员救助供养金986万元，惠及特困人员1531人。",
    "会议要求，各乡镇要健全“一门受理、协同办理”机制，做到应保尽保、应退尽退。",
    "会议强调，要在4月30日前完成低保对象年度复核，复核比例达到100%。",
    "县民政局党组书记、局长李明远出席会议并讲话。",
]
COUNTY_CHROME = [
    "今天是", "青禾县人民政府门户网站", "办事服务", "互动交流", "您现在的位置", "工作动态", "发布时间", "09:30",
    "来源", "浏览次数", "1287", "【", "打印", "关闭", "责任编辑", "周晓", "分享到", "微信", "上一篇", "下一篇",
    "养老机构安全检查", "相关链接", "走访慰问", "临时救助办法", "版权所有", "主办单位", "ICP", "05001234",
    "公网安备", "53042302000123", "网站标识码", "5304230001", "联系电话", "0877", "邮编", "653100", "技术支持",
    "统计代码", "5300000017", "微软雅黑", "getFullYear",
]


def test_county_news_page() -> None:
    html = load("county_news.html")
    page = extract_article(html)
    check_contract(html, page.pieces)
    text = page.text
    for sentence in COUNTY_SENTENCES:
        assert sentence in text
    for chrome in COUNTY_CHROME:
        assert chrome not in text, chrome
    assert text.startswith(COUNTY_SENTENCES[0] + "\n3月4日")
    assert text.count("\n") == len(COUNTY_SENTENCES) - 1
    assert page.metadata == {
        "title": "青禾县民政局召开2024年社会救助工作推进会", "site": "青禾县人民政府",
        "issued": "2024-03-05",
        "publisher": "青禾县民政局",
        "url": "https://www.qinghe.example.gov.cn/mzj/gzdt/202403/t20240305_1021.html",
    }


def test_county_news_offsets_reach_the_source() -> None:
    html = load("county_news.html")
    page = extract_article(html)
    # The paragraph split across source lines: one sentence, its span covers the line break and indentation.
    start, end = source_span(page, "全年累计发放城乡低保金4863.5万元，保障困难群众1.2万人")
    assert "".join(html[start:end].split()) == "全年累计发放城乡低保金4863.5万元，保障困难群众1.2万人"
    assert "\n" in html[start:end]
    # Character references become one piece each, pointing at the reference.
    quotes = [p for p in page.pieces if p.text in "“”"]
    assert [html[p.start:p.end] for p in quotes] == ["&ldquo;", "&rdquo;"]
    # "局长&nbsp;李明远": whitespace between Chinese characters leaves no piece.
    start, end = source_span(page, "局长李明远")
    assert html[start:end] == "局长&nbsp;李明远"
    # Each break sits on the tag that ends or starts a block.
    breaks = [p for p in page.pieces if p.text == "\n"]
    assert all(re.match(r"</?(?:p|h1|div)\b", html[p.start:]) for p in breaks), breaks


def test_nested_tables_page() -> None:
    html = load("nested_tables.html")
    page = extract_article(html)
    check_contract(html, page.pieces)
    lines = page.text.split("\n")
    assert lines == [
        "关于印发《柳川镇困难群众临时救助实施办法》的通知",
        "各村（社区）、镇直各单位：",
        "现将《柳川镇困难群众临时救助实施办法》印发给你们，请结合实际认真贯彻执行。",
        "一、临时救助对象为因遭遇突发事件、意外伤害或重大疾病，导致基本生活暂时出现严重困难的家庭或个人。",
        "二、对急难型救助对象，救助金额一般不超过3000元；情况特殊的，经镇党委会议研究可提高至10000元。",
        "柳川镇人民政府",
        "2023年11月6日",
    ]
    for chrome in ["栏目导航", "镇情概况", "办事指南", "当前位置", "点击数", "356", "打印", "版权所有", "府前路",
                   "ICP", "12004567"]:
        assert chrome not in page.text, chrome
    assert page.metadata == {"title": "关于印发《柳川镇困难群众临时救助实施办法》的通知", "issued": "2023-11-08",
                             "site": "柳川镇人民政府"}


def test_br_separated_paragraphs() -> None:
    html = load("br_paragraphs.html")
    page = extract_article(html)
    check_contract(html, page.pieces)
    assert page.text.split("\n") == [
        "石门街道关于开展2024年度残疾人两项补贴资格认定的公告",
        "根据《某省困难残疾人生活补贴和重度残疾人护理补贴实施办法》，现就2024年度两项补贴资格认定有关事项公告如下。",
        "一、困难残疾人生活补贴标准为每人每月90元，重度残疾人护理补贴标准为每人每月100元。",
        "二、申请人须于2024年7月15日前向户籍所在社区提交申请材料。",
        "三、咨询电话由各社区公布，请申请人就近咨询&办理。",
        "特此公告。",
        "石门街道办事处",
        "2024年6月18日",
    ]
    amp = next(p for p in page.pieces if p.text == "&")
    assert html[amp.start:amp.end] == "&amp;"
    for chrome in ["首页", "通知公告", "正文", "›", "Copyright", "网站识别码", "3301060012"]:
        assert chrome not in page.text, chrome
    # No <title> suffix, and the date and publisher come from the page's <meta> tags.
    assert page.metadata == {"title": "石门街道关于开展2024年度残疾人两项补贴资格认定的公告",
                             "issued": "2024-06-18", "publisher": "石门街道社会事务办", "site": "石门街道办事处"}


def test_scripts_styles_and_hidden_parts_do_not_leak() -> None:
    html = load("scripts.html")
    page = extract_article(html)
    check_contract(html, page.pieces)
    assert page.text.split("\n") == [
        "东岭市2024年第二季度养老服务补贴发放情况",
        "今年第二季度，东岭市共为全市80周岁以上老年人发放高龄津贴2156.3万元，惠及老年人4.3万人。",
        "其中，为经济困难失能老年人发放护理补贴中的高额部分共计317万元，涉及老年人2840人。",
        "下一步，市民政局将继续推进补贴“免申即享”，确保补贴资金按时足额发放到位。",
    ]
    for leak in ["样式", "99", "访问统计", "777777", "脚本", "8888", "12345", "4521", "314159", "注释", "审核意见",
                 "隐藏段落", "2468", "模板", "第3稿", "搜索本站", "市直部门", "阅读次数"]:
        assert leak not in page.text, leak
    decoded = {html[p.start:p.end]: p.text for p in page.pieces if html[p.start:p.end].startswith("&")}
    assert decoded == {"&#20013;": "中", "&#x9AD8;": "高", "&ldquo;": "“", "&rdquo;": "”"}
    assert page.metadata == {"title": "东岭市2024年第二季度养老服务补贴发放情况", "issued": "2024-09-02",
                             "publisher": "东岭市民政局", "url": "https://mz.example.gov.cn/xwzx/2024/0902/5566.html",
                             "site": "东岭市民政局"}


def test_html5_article_header_traditional_script_and_odd_markup() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>長寧區推進社區養老服務 | 長寧區政府</title></head><body>"
        "<![if !IE]><p class='tip'>請使用新版瀏覽器</p><![endif]>"
        "<main><article><header><h2>長寧區推進社區養老服務</h2>"
        "<p>發佈時間：2024年1月9日 | 來源：長寧區民政局</p></header>"
        "<p>今年長寧區新建社區長者食堂十二家，為轄區老年人提供助餐服務超過三十萬人次。</p>"
        "<p>下一步，全區將繼續完善十五分鐘養老服務圈，讓更多老年人就近享受服務。</p>"
        "<footer>版權所有 © 長寧區人民政府</footer></article></main></body></html>"
    )
    page = extract_article(html)
    check_contract(html, page.pieces)
    assert page.text.split("\n")[0] == "長寧區推進社區養老服務"
    assert len(page.text.split("\n")) == 3
    assert "發佈時間" not in page.text and "版權所有" not in page.text and "瀏覽器" not in page.text
    assert page.metadata == {"title": "長寧區推進社區養老服務", "issued": "2024-01-09", "publisher": "長寧區民政局",
                             "site": "長寧區政府"}


def test_title_falls_back_to_the_title_element() -> None:
    html = ("<html><head><title>关于公布2024年低保标准的通知 - 某县人民政府</title></head><body>"
            "<p>经县人民政府同意，自2024年1月1日起，城市低保标准提高到每人每月780元，农村低保标准提高到每人每月560元。</p>"
            "<p>群众可通过 Minzheng\n      Tong 小程序查询，办理时限为3&nbsp;个工作日。</p></body></html>")
    page = extract_article(html)
    check_contract(html, page.pieces)
    assert page.metadata == {"title": "关于公布2024年低保标准的通知", "site": "某县人民政府"}
    assert page.text.startswith("经县人民政府同意")
    # Spaces next to Latin words and digits stay, one piece per run; the source line break reads as one space.
    assert "群众可通过 Minzheng Tong 小程序查询，办理时限为3 个工作日。" in page.text
    spaces = [html[p.start:p.end] for p in page.pieces if p.text == " "]
    assert spaces == [" ", "\n      ", " ", "&nbsp;"]


@pytest.mark.parametrize("text", ["", "   ", "纯文本，没有标签。", "<p>", "<html><body></body></html>", "&", "&#"])
def test_degenerate_inputs(text: str) -> None:
    page = extract_article(text)
    check_contract(text, page.pieces)


def test_looks_like_html() -> None:
    for name in ["county_news.html", "nested_tables.html", "br_paragraphs.html", "scripts.html"]:
        assert looks_like_html(load(name)), name
    assert looks_like_html('<?xml version="1.0"?>\n<!-- saved -->\n<HTML><BODY>')
    assert looks_like_html("\n\n  <head><title>x</title></head>")
    assert not looks_like_html("关于进一步做好城乡低保工作的通知\n各乡镇人民政府：")
    assert not looks_like_html("正文中提到<html>标签。")


@pytest.mark.parametrize("name", ["county_news.html", "nested_tables.html", "br_paragraphs.html", "scripts.html"])
def test_truncated_and_damaged_pages_keep_the_contract(name: str) -> None:
    html = load(name)
    rng = random.Random(name)
    cuts = [*sorted(rng.sample(range(len(html)), 120)), len(html)]
    for cut in cuts:
        piece = html[:cut]
        check_contract(piece, extract_article(piece).pieces)
    for _ in range(60):  # a slice cut out of the middle (a broken save)
        a = rng.randrange(len(html))
        b = min(len(html), a + rng.randrange(1, 200))
        damaged = html[:a] + html[b:]
        check_contract(damaged, extract_article(damaged).pieces)


def test_a_table_of_figures_inside_the_article_does_not_cut_it() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>县{i}</td><td>{1000 + i}</td><td>{5000 + i}</td></tr>" for i in range(1, 7))
    html = ("<html><body><div class='nav'><a href='/'>首页</a> <a href='/a'>民政要闻</a></div><div id='zoom'>"
            "<p>截至9月底，全市共有城乡低保对象12.76万人，特困人员2.94万人，各项救助政策落实到位，群众满意度持续提升。</p>"
            f"<table><tr><td>序号</td><td>县</td><td>低保对象（人）</td><td>标准（元）</td></tr>{rows}</table>"
            "<p>截至9月底，全市共有养老机构268家、养老床位4.12万张，护理型床位占比达到61.5%，服务质量稳步提升。</p>"
            "</div><div class='footer'>版权所有：某市民政局</div></body></html>")
    page = extract_article(html)
    check_contract(html, page.pieces)
    assert "城乡低保对象12.76万人" in page.text and "养老机构268家" in page.text  # prose on both sides of 28 cells
    assert "版权所有" not in page.text


def test_a_table_flattened_into_lines_of_figures_stays_inside_its_article() -> None:
    rows = "".join(f"<p>{name}　　　　{value}　　　　{change}</p>" for name, value, change in [
        ("全　市", "459.83", "-1.96"), ("临渭区", "84.36", "0.12"), ("华州区", "28.42", "-0.18"),
        ("潼关县", "12.97", "-0.09"), ("大荔县", "57.68", "-0.31"), ("合阳县", "34.15", "-0.24"),
        ("澄城县", "31.26", "-0.22"), ("蒲城县", "59.73", "-0.35"), ("白水县", "21.84", "-0.17"),
        ("富平县", "66.95", "-0.11"), ("韩城市", "37.93", "-0.26")])
    page = ("<html><head><title>2024年渭南市统计公报（十一）-渭南市统计局</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/a'>统计数据</a></div><div class='article'>"
            "<p>　　年末全市常住人口459.83万人，比上年末减少1.96万人。其中，城镇人口226.36万人，"
            "乡村人口233.47万人。</p><p>表11　2024年末分县（市、区）常住人口</p>"
            f"<p>县（市、区）　常住人口（万人）　比上年末增减（万人）</p>{rows}"
            "<p>　　年末全市城乡低保对象9.28万人，其中城市低保对象1.86万人，农村低保对象7.42万人。"
            "年末全市特困人员2.63万人。</p>"
            "<p>　　年末全市共有养老机构126个，养老床位1.38万张，其中护理型床位0.86万张；社区养老服务设施1462个。</p>"
            "</div><div class='footer'>主办单位：渭南市统计局</div></body></html>")
    text = "".join(p.text for p in extract_article(page).pieces)
    assert "常住人口459.83万人" in text and "临渭区" in text and "养老机构126个" in text  # one article, not its end


def test_an_article_its_script_would_show_is_read() -> None:
    # A WeChat article keeps its text invisible until the page's script runs: with no other prose on the page,
    # what is invisible is read, but not what is not displayed at all.
    html = ("<html><head><title>家门口的长寿食堂开饭啦</title></head><body><h1>家门口的长寿食堂开饭啦</h1>"
            "<div id='js_content' style='visibility: hidden;'><p>截至10月底，全市建成助餐点386个，"
            "累计服务老年人52.6万人次。</p><p style='display:none'>隐藏的草稿段落，共计99个字。</p></div>"
            "<div class='qr_code'>长按识别二维码关注</div></body></html>")
    page = extract_article(html)
    check_contract(html, page.pieces)
    assert "截至10月底，全市建成助餐点386个，累计服务老年人52.6万人次。" in page.text.split("\n")
    assert "草稿" not in page.text
    # where there is prose to read, an invisible part stays out
    visible = html.replace("<div class='qr_code'>长按识别二维码关注</div>",
                           "<p>如皋市民政局持续推进老年助餐服务，让老年人在家门口吃上热乎饭。</p>")
    assert "助餐点386个" not in extract_article(visible).text


def test_an_article_its_script_would_show_under_a_headline_that_reads_as_prose() -> None:
    body = "".join(f"<p>截至10月底，全县为{n}名残疾儿童实施康复救助，发放两项补贴资金{n}万元，惠及困难残疾人{n}人。</p>"
                   for n in range(120, 126))
    html = ("<html><body><h1>政策速递｜残疾人两项补贴和儿童康复救助，这些暖心政策请收好！</h1>"
            f"<div id='js_content' style='visibility: hidden;'>{body}</div></body></html>")
    page = extract_article(html)
    check_contract(html, page.pieces)
    assert "全县为125名残疾儿童实施康复救助" in page.text  # the body, though the headline alone reads as a sentence


def test_a_long_flattened_table_with_its_header_lines_does_not_cut_the_article() -> None:
    rows = "".join(f"<p>{n}.属于第{n}类情形 0 0 0 0 0 0 0</p>" for n in range(1, 21))
    headers = "<p>行政复议 行政诉讼</p><p>结果维持 结果纠正 其他结果 尚未审结 总计</p>" * 6
    html = ("<html><body><div class='nav'><a href='/'>首页</a></div><div class='content'>"
            "<h1>岢岚县民政局2024年政府信息公开工作年度报告</h1>"
            "<p>　　2024年，县民政局共收到政府信息公开申请5件，较上年减少2件，均为自然人申请，所有申请均按时答复。</p>"
            f"<p>　　<strong>三、收到和处理政府信息公开申请情况</strong></p>{rows}{headers}"
            "<p>　　依据《政府信息公开信息处理费管理办法》，本机关2024年度未收取信息处理费，"
            "本年度无其他需要报告的事项。</p>"
            "</div><div class='footer'>版权所有：岢岚县人民政府</div></body></html>")
    text = extract_article(html).text
    assert "收到政府信息公开申请5件" in text and "信息处理费管理办法" in text  # the prose on both sides of it


def test_a_notices_signature_block_and_its_attached_table_stay_in_the_article() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>{name}</td><td>{n}</td></tr>"
                   for i, (name, n) in enumerate((("城区", 612), ("沁水县", 804), ("阳城县", 1180)), 1))
    html = ("<html><body><div class='nav'><a href='/'>首页</a></div><div class='content'>"
            "<h1>关于下达2025年第二批救助补助资金的通知</h1>"
            "<p>　　现将2025年第二批救助补助资金2596万元下达给你们，请按规定做好预算调整和资金拨付工作。</p>"
            "<p>　　联系人及电话：市民政局社会救助科，0356-2196231；请各县（市、区）按时报送资金使用情况。</p>"
            "<p>　　附件：2025年第二批救助补助资金分配表</p><p>晋城市民政局　晋城市财政局</p><p>2025年7月10日</p>"
            "<p>　　（此件主动公开）</p><p>　　抄送：市审计局。</p><p>附件</p>"
            "<p>2025年第二批救助补助资金分配表</p><p>单位：万元</p>"
            f"<table><tr><th>序号</th><th>县（市、区）</th><th>合计</th></tr>{rows}</table>"
            "</div><div class='footer'>版权所有：晋城市民政局</div></body></html>")
    page = extract_article(html)
    check_contract(html, page.pieces)
    assert "单位：万元" in page.text and "2\t沁水县\t804" in page.text  # the table with its unit line
    assert "版权所有" not in page.text


def test_a_notices_contact_and_numbered_attachments_do_not_cut_off_the_table_attached() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>{name}</td><td>{n}</td></tr>"
                   for i, (name, n) in enumerate((("岳塘区", 410), ("湘乡市", 935), ("韶山市", 228)), 1))
    html = ("<html><body><div class='nav'><a href='/'>首页</a></div><div class='content'>"
            "<h1>关于下达2025年困难群众救助补助资金的通知</h1>"
            "<p>　　现下达2025年困难群众救助补助资金1573万元，请于收到资金后30日内分解下达，并做好绩效运行监控。</p>"
            "<p>　　联系人：市民政局社会救助科　电话：0731-58222146</p>"
            "<p>　　附件：1.2025年困难群众救助补助资金分配表</p><p>　　　　　2.2025年困难群众救助补助资金绩效目标表</p>"
            "<p>　　　　　3.资金使用情况报送模板</p><p>湘潭市财政局　湘潭市民政局</p><p>2025年6月3日</p><p>附件1</p>"
            "<p>2025年困难群众救助补助资金分配表</p><p>单位：万元</p>"
            f"<table><tr><td>序号</td><td>地区</td><td>金额</td></tr>{rows}</table>"
            "</div><div class='footer'>版权所有：湘潭市财政局</div></body></html>")
    page = extract_article(html)
    check_contract(html, page.pieces)
    assert "3.资金使用情况报送模板" in page.text and "2\t湘乡市\t935" in page.text
    assert "版权所有" not in page.text and "电话" not in page.text
    phone = html.replace("联系人：市民政局社会救助科　电话：0731-58222146", "联系电话：0731-58222146")
    page = extract_article(phone)
    assert "2\t湘乡市\t935" in page.text and "电话" not in page.text  # (a phone's line alone, the same)


def test_a_wechat_articles_time_of_posting_in_its_line_or_only_in_its_script() -> None:
    body = ("<div id='js_content'><p>截至7月17日，全县共转移安置群众3860人，发放救灾资金126万元。"
            "各乡镇正在全力开展灾后重建工作，受灾群众基本生活得到有效保障。</p></div>")
    scripted = ("<html><head><title>抗洪救灾工作有序推进</title></head><body>"
                "<h1 class='rich_media_title'>抗洪救灾工作有序推进</h1>"
                "<em id='publish_time' class='rich_media_meta'></em>" + body +
                "<script>var createTime = '2025-07-18 21:10';</script></body></html>")
    shown = scripted.replace("<em id='publish_time' class='rich_media_meta'></em>",
                             "<em id='publish_time' class='rich_media_meta'>2025年10月30日 20:06</em>")
    assert extract_article(scripted).metadata["issued"] == "2025-07-18"
    assert extract_article(shown).metadata["issued"] == "2025-10-30"


def test_an_epapers_day_in_its_chrome_dates_the_page() -> None:
    page = ("<html><head><title>市人大常委会举行会议--丹东日报数字报</title></head><body>"
            "<div class='top'>2025年12月27日　星期六</div><div class='bar'>丹东日报　2025年12月27日　第01版：要闻</div>"
            "<h1>市人大常委会举行会议</h1><div class='content'><p>12月26日，市人大常委会第二十六次会议举行。"
            "会议听取和审议了市政府关于全市养老服务体系建设情况的报告，截至11月底，全市养老床位达到1.86万张。</p></div>"
            "</body></html>")
    assert extract_article(page).metadata["issued"] == "2025-12-27"


def test_a_document_exported_from_word_keeps_its_number_and_title_lines() -> None:
    style = "style='text-align:center;line-height:28.0pt'"
    body = "".join(f"<p class=MsoNormal style='text-indent:32.0pt'><span>{text}</span></p>\n" for text in (
        "今年以来，全市各级民政部门认真贯彻落实上级决策部署，扎实做好困难群众基本生活保障工作。",
        "截至2024年9月底，全市共有城乡低保对象1.86万户4.62万人，其中城市低保对象0.21万户0.38万人。",
        "1—9月累计发放城乡低保资金1.87亿元，同比增长6.1%，全市城市低保标准为每人每月1140元。"))
    page = extract_article(
        "<html><head><meta name=Generator content='Microsoft Word 15'><title>那曲市民政局通报</title></head><body>"
        f"<div class=WordSection1><p class=MsoNormal align=center {style}><span>那民发〔2024〕86号</span></p>\n"
        f"<p class=MsoNormal align=center {style}><span>那曲市民政局关于2024年前三季度全市社会救助工作开展情况的通报"
        f"</span></p>\n<p class=MsoNormal><span>各县（区）民政局：</span></p>\n{body}</div></body></html>")
    assert page.text.startswith("那民发〔2024〕86号\n那曲市民政局关于2024年前三季度全市社会救助工作开展情况的通报\n"
                                "各县（区）民政局：")


def test_a_long_documents_h1_over_its_table_of_contents_is_kept() -> None:
    contents = "".join(f"<p>第{n}部分　{part}</p>" for n, part in
                       (("一", "部门概况"), ("二", "2025年部门预算情况说明"), ("三", "名词解释"), ("四", "附件")))
    body = ("<p>一、部门主要职责</p><p>（一）贯彻落实国家关于民政工作的方针政策和法律法规，"
            "拟订全省民政事业发展规划和政策，起草有关地方性法规草案，并组织实施。（二）承担社会组织登记管理和执法监督责任。</p>"
            "<p>二、部门预算单位构成</p><p>纳入2025年部门预算编制范围的单位共7个，包括厅机关本级和所属事业单位，"
            "预算编制工作按照综合预算的原则统筹安排，所有收入和支出均纳入部门预算管理。</p>")
    page = extract_article(
        "<html><head><title>某省民政厅2025年部门预算 - 某省民政厅</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/x'>政务公开</a></div>"
        "<h1>某省民政厅2025年部门预算</h1><div class='info'>发布时间：2025-02-18 浏览次数：1286</div>"
        f"<p>目　录</p>{contents}<p>第一部分　部门概况</p>{body}</body></html>")
    assert page.text.startswith("某省民政厅2025年部门预算\n目 录\n第一部分")


def test_a_bylines_date_and_time_without_a_label_dates_the_page() -> None:
    page = extract_article(
        "<html><head><title>兜牢民生底线_某广播电视台</title></head><body>"
        "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/news/'>新闻</a></div>"
        "<h1>兜牢民生底线 我市困难群众温暖过冬</h1>"
        "<div class='meta'><span>来源：某广播电视台《新闻》</span><span>记者：王磊</span><span>编辑：刘洋</span>"
        "<span>2025-11-17 19:48</span><span>阅读：<em>12568</em></span></div>"
        "<p>截至11月14日，全市已为6.82万户低保、特困家庭发放冬季取暖补贴8326万元，发放率达到98.6%，"
        "今年全市城乡低保家庭取暖补贴标准统一提高到每户1200元，较上年提高100元。</p></body></html>")
    assert page.metadata["issued"] == "2025-11-17"
    assert page.metadata["publisher"] == "某广播电视台《新闻》"  # (not on into the reporter's name)


def test_a_date_and_time_set_in_parts_dates_the_page() -> None:
    page = ("<html><head><title>宁夏：老饭桌端稳农村老人幸福碗</title></head><body>"
            "<h1>宁夏：老饭桌端稳农村老人幸福碗</h1><div class='header-time'><span class='year'>2024</span>"
            "<span class='day'>11/20</span><span class='time'>15:42:18</span></div><div class='detail'>"
            "<p>新华社银川11月20日电　截至10月底，宁夏已建成农村老饭桌1286个，较2023年底增加216个，"
            "今年以来累计服务农村老年人186.2万人次，各地持续完善运营补贴机制。</p></div></body></html>")
    assert extract_article(page).metadata["issued"] == "2024-11-20"
    # (not a figure and a ratio glued to a time, nor a day that is none)
    assert extract_article(page.replace("11/20", "13/20")).metadata.get("issued") is None


def test_a_date_and_time_among_the_chrome_over_the_article_dates_the_page() -> None:
    page = ("<html><head><title>武义：山乡老年食堂“飘香”_潮新闻</title></head><body>"
            "<h1>武义：山乡老年食堂“飘香”</h1><div class='meta'><span class='src'>潮新闻客户端</span>"
            "<span class='time'>2025-11-20 09:36</span><span class='author'>记者 张倩</span>"
            "<span class='read'>阅读 3.2万</span></div><div class='content'>"
            "<p>截至10月底，全县60周岁以上户籍老年人10.46万人，全县已建成老年食堂186家，今年以来累计提供助餐服务"
            "124.6万人次，同比增长18.3%。</p></div></body></html>")
    assert extract_article(page).metadata["issued"] == "2025-11-20"
    # (not a date and time said in the article itself)
    inside = page.replace("<span class='time'>2025-11-20 09:36</span>", "").replace(
        "<p>截至10月底", "<p>2025-11-20 09:36，截至10月底")
    assert extract_article(inside).metadata.get("issued") is None


def test_an_issuers_dated_line_under_the_h1_does_not_hide_it() -> None:
    page = ("<html><head><title>互助县今年新建农村互助幸福院42个</title></head><body>"
            "<header><nav>首页　中国　青海</nav></header><main>"
            "<h1>互助土族自治县民政局2020年工作总结和2021年工作计划</h1>"
            "<p class='byline'>互助土族自治县民政局　2020年12月16日</p><p class='note'>（数据截至2020年11月底）</p>"
            "<p>截至11月底，全县城乡低保对象6862户1.42万人，其中城市低保对象486户826人、农村低保对象6376户13374人。"
            "城市、农村低保标准分别为每人每月632元和每人每年4800元。</p></main></body></html>")
    text = "".join(piece.text for piece in extract_article(page).pieces)
    assert text.startswith("互助土族自治县民政局2020年工作总结和2021年工作计划")


def test_a_requirement_that_ends_with_a_phone_number_is_prose_and_the_attached_table_follows() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>{town}</td><td>{n}</td></tr>"
                   for i, (town, n) in enumerate((("西洒镇", 1264), ("兴街镇", 1486), ("蚌谷乡", 1032)), 1))
    page = ("<html><body><div class='nav'><a href='/'>首页</a></div><div class='content'>"
            "<h1>西畴县民政局关于调整2026年城乡最低生活保障标准的通知</h1>"
            "<p>　　截至2025年11月底，全县共有城乡低保对象5862户11236人，其中城市低保对象612户1038人、农村低保对象"
            "5250户10198人。经测算，2026年全县需新增城乡低保资金343.31万元（各乡镇测算情况见附件）。</p>"
            "<p>　　各乡（镇）要于2026年1月10日前完成保障对象信息系统调整，"
            "确保1月份提标资金足额发放，发放率达到100%。"
            "调标过程中遇到的问题请及时向县民政局报告，联系电话：0876-7622318。</p>"
            "<p>　　附件：西畴县2026年城乡低保提标新增资金测算表</p>"
            "<p>西畴县民政局<br>2025年12月22日</p><p><strong>西畴县2026年城乡低保提标新增资金测算表</strong></p>"
            f"<table><tr><td>序号</td><td>乡（镇）</td><td>农村低保人数（人）</td></tr>{rows}</table>"
            "</div><div class='footer'>联系电话：0876-7622318　主办：西畴县人民政府</div></body></html>")
    text = "".join(piece.text for piece in extract_article(page).pieces)
    assert "各乡（镇）要于2026年1月10日前" in text and "蚌谷乡" in text and "主办" not in text


def test_a_work_reports_list_attached_after_its_closing_words_stays_in_the_article() -> None:
    items = "".join(f"<p>　　{i}．{item}</p>" for i, item in enumerate((
        "将城乡低保标准提高到每人每月810元。", "新建社区老年助餐点20个。", "改造城镇老旧小区40个。",
        "新增普惠性托位300个。", "新建改建农村公路150公里。", "开展职业技能培训5000人次。",
        "为500户困难残疾人家庭实施无障碍改造。"), 1))
    html = ("<html><body><div class='nav'><a href='/'>首页</a></div><div class='content'><h1>政府工作报告</h1>"
            "<p>　　2026年，我们将重点抓好五个方面工作，扎实办好十件民生实事（附后），持续增进民生福祉。</p>"
            "<p>　　各位代表！新的一年，让我们团结奋斗、真抓实干，为加快建设现代化襄州而努力奋斗！</p>"
            f"<p>　　附：2026年区政府民生实事</p>{items}</div>"
            "<div class='share'>分享到：<a href='#'>微信</a></div><div class='footer'>版权所有：襄州区人民政府</div>"
            "</body></html>")
    text = extract_article(html).text
    assert "附：2026年区政府民生实事" in text and "7．为500户困难残疾人家庭实施无障碍改造。" in text
    assert "版权所有" not in text and "分享到" not in text


def test_a_county_portal_named_in_a_towns_top_bar_is_the_pages_site() -> None:
    page = ("<html><head><title>马鞍镇2025年12月低保金发放情况公示</title></head><body>"
            "<div class='topbar'><span class='site'>仪陇县人民政府门户网站</span><span>2025年12月8日 星期一</span>"
            "<a href='/'>网站首页</a></div><h1>马鞍镇2025年12月低保金发放情况公示</h1><div class='content'>"
            "<p>现将我镇2025年12月城乡低保金发放情况公示如下：全镇共有城乡低保对象826户1412人，发放低保金61.2万元。"
            "公示期为7天，如有异议请向镇社会事务办反映。</p></div></body></html>")
    assert extract_article(page).metadata["site"] == "仪陇县人民政府"
    # (not a line of the article, nor a site named elsewhere than before it)
    assert "site" not in extract_article(page.replace("仪陇县人民政府门户网站", "欢迎访问")).metadata


def test_a_bylines_html_time_element_dates_a_page_that_labels_no_date() -> None:
    page = ("<html><head><title>郏县：1—11月城镇新增就业6860人</title></head><body>"
            "<h1>郏县：1—11月城镇新增就业6860人</h1><div class='byline'><time datetime='2025-12-12T20:45:00+08:00'>"
            "12/12/2025 8:45 PM</time>　來源：平頂山日報</div><div class='content'>"
            "<p>今年1—11月，全縣城鎮新增就業6860人，完成年度目標任務的105.5%；失業人員再就業1860人，"
            "就業困難人員實現就業620人。</p></div></body></html>")
    assert extract_article(page).metadata["issued"] == "2025-12-12"
    # (a labelled date comes first: 发布时间 in the chrome)
    labelled = page.replace("　來源", "　發佈時間：2025-12-09　來源")
    assert extract_article(labelled).metadata["issued"] == "2025-12-09"
