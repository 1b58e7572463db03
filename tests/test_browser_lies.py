"""In a real browser: where a picked muscle lies is drawn over the chart, and goes with it.

A muscle with its own outline on the view (the data's ``outline``) is drawn by it;
the others by the areas they lie under.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import ARTIFACTS

pytestmark = pytest.mark.browser
GREEN = "rgb(191, 224, 201)"  # map.css: an area where the muscle lies and no zone is drawn
SKIN = "rgb(243, 227, 214)"


def test_a_muscle_without_an_outline_is_outlined_by_its_areas_above_every_area(server, browser):
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{server}/?view=back&muscle=longissimus-thoracis&side=right")
    lines = page.locator("g.belly-lines path.belly-line")
    expect(lines).to_have_count(2, timeout=30_000)  # the mid and the low back
    outlined = lines.evaluate_all("ls => ls.map(l => l.getAttribute('d'))")
    areas = [
        page.locator(f'path[data-region="right-{r}"]').get_attribute("d")
        for r in ("mid-back", "low-back")
    ]
    assert sorted(outlined) == sorted(areas)
    expect(page.locator("path.belly-outline")).to_have_count(0)
    # Drawn after every area, so no neighbour's edge covers them, and never in a tap's way.
    group = page.locator("g.belly-lines")
    assert group.evaluate("g => getComputedStyle(g).pointerEvents") == "none"
    assert group.evaluate(
        "g => [...g.ownerSVGElement.querySelectorAll('path[data-region]')]"
        ".every(p => p.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING)"
    )
    assert not errors


def test_an_area_where_the_muscle_lies_without_a_zone_is_tinted(server, browser):
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    page.goto(f"{server}/?view=back&muscle=adductor-magnus&side=right")
    # Adductor magnus lies under the back of the thigh and refers pain to the groin and knee.
    expect(page.locator('path[data-region="right-back-of-thigh"]')).to_have_css(
        "fill", GREEN, timeout=30_000
    )
    expect(page.locator("g.belly-lines path.belly-line")).to_have_count(1)


def test_a_muscle_with_an_outline_is_drawn_by_its_own_smooth_shape_round_its_trigger_points(
    server, browser
):
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{server}/?view=back&muscle=gluteus-medius&side=left")
    shape = page.locator("g.belly-lines path.belly-line.belly-outline")
    expect(shape).to_have_count(1, timeout=30_000)
    expect(page.locator("g.belly-lines path.belly-line")).to_have_count(1)  # no area copies
    assert "C" in shape.get_attribute("d")  # the curve through the written points
    # Dashed like the areas' outline, round a see-through tint; the areas keep their own fill.
    assert shape.evaluate("p => getComputedStyle(p).strokeDasharray") not in ("", "none")
    assert float(shape.evaluate("p => getComputedStyle(p).fillOpacity")) < 0.5
    expect(page.locator('path[data-region="left-side-of-hip"]')).not_to_have_css("fill", GREEN)
    # Every trigger point's ✕ (left side, mirrored) sits inside the shape.
    marks = page.locator("g.marks .mark")
    expect(marks).to_have_count(3)
    inside = shape.evaluate(
        """p => [...p.ownerSVGElement.querySelectorAll('g.marks .mark')].map(m => {
            const t = m.transform.baseVal.consolidate().matrix;
            const pt = p.ownerSVGElement.createSVGPoint();
            pt.x = t.e; pt.y = t.f;
            return p.isPointInFill(pt); })"""
    )
    assert inside == [True, True, True]
    page.screenshot(path=ARTIFACTS / "lies-outline.png")
    assert not errors
