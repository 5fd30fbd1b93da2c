"""How each kind of node of the projected graph is drawn in the view, and named in its legend (Chinese and
English)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KIND_STYLES", "KindStyle", "style_of"]


@dataclass(frozen=True, slots=True)
class KindStyle:
    """How nodes of one kind are drawn (vis-network shape names)."""

    zh: str
    en: str
    color: str
    shape: str
    size: int = 16
    font_color: str = "#1f2933"


#: One style per core class; the legend lists them in this order.
KIND_STYLES: dict[str, KindStyle] = {
    "SourceText": KindStyle("来源文本", "Source text", "#7b8794", "database", font_color="#ffffff"),
    "PolicyDocument": KindStyle("政策文件", "Policy document", "#3d6fa8", "box", font_color="#ffffff"),
    "Organization": KindStyle("机构", "Organization", "#e8833a", "diamond", 15),
    "Region": KindStyle("地区", "Region", "#3f9c5a", "dot", 14),
    "Program": KindStyle("项目与制度", "Program", "#d64550", "star", 17),
    "Indicator": KindStyle("指标", "Indicator", "#8e6bbf", "square", 12),
    "Observation": KindStyle("观测值", "Observation", "#a07855", "dot", 6),
    "Theme": KindStyle("主题", "Theme", "#d4a516", "hexagon", 15),
}
_FALLBACK_STYLE = KindStyle("其他", "Other", "#9aa5b1", "ellipse")

def style_of(kind: str) -> KindStyle:
    return KIND_STYLES.get(kind, _FALLBACK_STYLE)
