"""In a real browser: where a picked muscle lies is outlined over the chart, and goes with it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import ARTIFACTS, running_app
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
GREEN = "rgb(191, 224, 201)"  # map.css: an area where the muscle lies and no zone is drawn


@pytest.fixture(scope="module")
def server():
    ARTIFACTS.mkdir(exist_ok=True)
    with running_app(ROOT) as url:
        yield url


def test_a_picked_muscle_is_outlined_where_it_lies_above_every_area(server, browser):
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{server}/?view=back&muscle=gluteus-medius&side=right")
    lines = page.locator("g.belly-lines path.belly-line")
    expect(lines).to_have_count(2, timeout=30_000)  # the buttock and the side of the hip
    outlined = lines.evaluate_all("ls => ls.map(l => l.getAttribute('d'))")
    areas = [
        page.locator(f'path[data-region="right-{r}"]').get_attribute("d")
        for r in ("buttock", "side-of-hip")
    ]
    assert sorted(outlined) == sorted(areas)
    # Drawn after every area, so no neighbour's edge covers them, and never in a tap's way.
    group = page.locator("g.belly-lines")
    assert group.evaluate("g => getComputedStyle(g).pointerEvents") == "none"
    assert group.evaluate(
        "g => [...g.ownerSVGElement.querySelectorAll('path[data-region]')]"
        ".every(p => p.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING)"
    )
    page.screenshot(path=ARTIFACTS / "lies-muscle-view.png")
    assert not errors


def test_an_area_where_the_muscle_lies_without_a_zone_is_tinted(server, browser):
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    page.goto(f"{server}/?view=back&muscle=infraspinatus&side=right")
    # Infraspinatus lies under the shoulder blade and refers pain to the shoulder's front.
    expect(page.locator('path[data-region="right-shoulder-blade"]')).to_have_css(
        "fill", GREEN, timeout=30_000
    )
    expect(page.locator("g.belly-lines path.belly-line")).to_have_count(1)
