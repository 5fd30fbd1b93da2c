"""Aid that came to the text's own region, though a sentence names the region it came from.

省财政厅下拨救灾资金3000万元 in a city's text is money that came to the city from the province (and
州应急管理局调拨帐篷300顶 in a county's, supplies sent down to it);
北京市援疆资金8600万元 (援疆项目86个) in 和田's came to 和田; 东西部协作…广东省珠海市今年安排帮扶资金680万元
(实施协作项目186个) in 怒江's came to 怒江 — but in the giver's text, 向陕西紫阳县拨付协作资金3200万元 and
支持甘肃省天水市武山县实施帮扶项目42个 went to where they were given.
"""

from __future__ import annotations

import re

from .numbers import Quantity
from .sentence import TO_PLACE, SentenceContext

__all__ = ["came_to_text"]

_AID = re.compile(r"援[疆藏青]")  # (not 对口帮扶: 向对口帮扶的大方县投入…资金 is money that went there)
_ALLOCATED = re.compile(r"下拨|拨付|下达|争取|分配")
_SENT = re.compile(r"调拨|调运|增援")  # (supplies and rescuers sent down: 州应急管理局调拨帐篷300顶, 增援救援人员86人)
# (from a province far away; or named by the pair's short names: 沪滇协作, 闽宁协作, 鲁渝协作)
_COOPERATION = re.compile(r"东西部协作|对口(?:支援|协作)|协作支持"
                          r"|[京津沪苏浙闽鲁粤][滇渝宁桂黔甘青新藏川陕蒙吉黑辽冀晋](?:扶贫)?协作")
_HELPED = re.compile(r"(?:支持|帮助|帮扶|助力|援助)(?:[\u4e00-\u9fff]{2,8}[省区市])*$")


def came_to_text(region: str, q: Quantity, clause: str, at: int, ctx: SentenceContext) -> bool:
    """Whether the figure ``q`` of ``clause`` (at ``at`` in the sentence), read as ``region``'s, is aid that came
    to the text's own region (``ctx.default_region``) instead (see the module)."""
    own = ctx.default_region
    if region == own:
        return False
    sentence = ctx.text
    return bool(_AID.search(clause, 0, q.start) or (
        ((q.unit_word.endswith("元") and _ALLOCATED.search(sentence, 0, at)) or _SENT.search(sentence, 0, at))
        and ctx.parent_of([region, own]) == region)
        or (_COOPERATION.search(sentence, 0, at) and region[:2] != own[:2] != "00"
            and not _given_to(region, at, ctx)))


def _given_to(code: str, at: int, ctx: SentenceContext) -> bool:
    """Whether the region ``code`` named last before ``at`` is where something goes (向纳雍县投入…)."""
    start = next((s for s, e, c in reversed(ctx.regions) if c == code and e <= at), None)
    # (向甘肃省陇南市…: 陇南市 too; 支持甘肃省天水市武山县实施帮扶项目42个: helped there)
    return start is not None and (TO_PLACE.search(ctx.text, 0, start) is not None
                                  or _HELPED.search(ctx.text, max(0, start - 20), start) is not None)
