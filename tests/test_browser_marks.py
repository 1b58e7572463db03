"""In a real browser: a tapped or focused ✕ is named in words beside it and draws its own pattern.

Touch never depends on hover, so the name is visible text, not a tooltip.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import ARTIFACTS

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True}
RED = "rgb(215, 38, 61)"  # map.css: the essential zone


def open_map(browser, url: str, **context):
    page = browser.new_context(**context).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.locator(".mark").first.wait_for(timeout=30_000)
    return page, errors


def area(page, region: str):
    return page.locator(f'path[data-region="{region}"]')


def own_pattern(page) -> list[str]:
    return sorted(page.locator("path.tp-ess").evaluate_all("ps => ps.map(p => p.dataset.region)"))


def test_tapping_a_mark_on_a_phone_names_it_and_shows_only_its_own_pattern(server, browser):
    page, errors = open_map(browser, f"{server}/?view=back&muscle=soleus&side=right", **PHONE)
    expect(area(page, "right-heel")).to_have_css("fill", RED)  # the whole pattern first
    mark = page.locator('.mark[aria-label*="Soleus TP3"]')
    assert mark.get_attribute("role") == "button" and mark.get_attribute("tabindex") == "-1"
    mark.scroll_into_view_if_needed()
    mark.tap()
    info = page.locator(".tm-mark-info")
    info.wait_for(timeout=5_000)
    text = info.inner_text()
    assert "Soleus TP3" in text and "right side" in text and "above the level of TP1" in text
    box = info.bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= 844, "the name is in sight"
    # TP3 sends pain to the sacroiliac area only: the heel (TP1's) is no longer red.
    assert own_pattern(page) == ["right-sacroiliac"]
    expect(area(page, "right-sacroiliac")).to_have_css("fill", RED)
    expect(area(page, "right-heel")).not_to_have_css("fill", RED)
    page.screenshot(path=str(ARTIFACTS / "mark-tapped-phone.png"))
    info.get_by_role("button", name="Close").tap()
    assert page.locator(".tm-mark-info").count() == 0
    expect(area(page, "right-heel")).to_have_css("fill", RED)
    assert not errors


def test_focusing_a_mark_names_it_without_hover(server, browser):
    page, errors = open_map(browser, f"{server}/?view=back&muscle=soleus&side=right")
    page.locator('.mark[aria-label*="Soleus TP1"]').focus()
    info = page.locator(".tm-mark-info")
    info.wait_for(timeout=5_000)
    assert "Soleus TP1" in info.inner_text()
    assert own_pattern(page) == ["right-achilles", "right-heel"]
    assert not errors


def test_trigger_points_sharing_a_spot_are_one_mark_that_lists_each(server, browser):
    # On the front view the four temporalis trigger points share the narrow temple.
    page, errors = open_map(browser, f"{server}/?view=front&muscle=temporalis&side=right", **PHONE)
    mark = page.locator('.mark[data-count="4"]')
    assert mark.count() == 1 and mark.get_attribute("aria-label").startswith("4 trigger points")
    mark.tap()
    info = page.locator(".tm-mark-info")
    info.wait_for(timeout=5_000)
    assert "4 trigger points lie here" in info.inner_text()
    info.get_by_role("button", name="Temporalis TrP4").tap()
    assert "Back (posterior) fibres" in info.inner_text()
    assert (
        info.get_by_role("button", name="Temporalis TrP4").get_attribute("aria-pressed") == "true"
    )
    assert own_pattern(page) == ["right-temple"]
    page.screenshot(path=str(ARTIFACTS / "mark-merged-phone.png"))
    assert not errors
