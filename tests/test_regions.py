"""The region a text is about, and region names that share one suffix."""

from __future__ import annotations

import pytest

from policy_graph.extract.regions import find_regions, focus_region
from policy_graph.gazetteer import Gazetteer


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


def test_a_publisher_that_names_no_region_changes_nothing(gaz: Gazetteer) -> None:
    text = "我市民政重点工作稳步推进\n贯彻《河南省最低生活保障办法》，洛阳市民政局持续加大保障力度。"
    assert _focus(text, 12, gaz, publisher="民政要闻编辑部") == "410000"
