"""What only a browser shows of issue 12: on a phone an emergency answer is in sight and
folds the muscle list, and patient mode never shows a needling note."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import ARTIFACTS
from tests.test_browser import SIZES, open_page

pytestmark = pytest.mark.browser
PHONE = SIZES["phone"]  # 390 x 844


def phone(browser, url: str):
    return open_page(browser, url, size="phone", touch=True)


def in_sight(locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE[1]


def test_ticking_sudden_headache_on_a_phone_shows_the_emergency_in_sight_and_folds_the_list(
    server, browser
):
    page, errors = phone(browser, f"{server}/symptom_finder?pain=right-shin")
    page.get_by_text("Muscles that could be the cause").wait_for(timeout=30_000)
    box = page.get_by_text("A sudden, severe headache: the worst you have ever had")
    box.scroll_into_view_if_needed()
    box.tap()
    message = page.get_by_text("bleeding in or around the brain")
    # At the top of the page, and under the box that raised it.
    expect(message).to_have_count(2, timeout=15_000)
    page.wait_for_timeout(500)
    assert any(in_sight(message.nth(i)) for i in range(2))
    assert page.get_by_text("Muscles that could be the cause").count() == 0
    assert page.get_by_text("Show the muscles that could also cause it").count() == 1
    page.screenshot(path=str(ARTIFACTS / "browser-phone-emergency-checklist.png"))
    assert errors == []


def test_a_tap_on_the_chest_on_a_phone_brings_the_emergency_into_sight_with_the_list_folded(
    server, browser
):
    page, errors = phone(browser, f"{server}/?view=front")
    page.locator('path[data-region="left-upper-chest"]').tap()
    flag = page.locator(".tm-answer .flag-emergency")
    flag.wait_for(timeout=15_000)
    page.wait_for_timeout(800)
    assert in_sight(flag), flag.bounding_box()
    assert "call emergency services" in flag.inner_text()
    folded = page.locator(".tm-answer details.folded")
    assert folded.get_attribute("open") is None
    assert not folded.get_by_role("button").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "browser-phone-emergency-panel.png"))
    assert errors == []


def test_patient_mode_never_shows_a_needling_note_and_clinician_mode_does(server, browser):
    page, errors = phone(browser, f"{server}/?view=back&muscle=upper-trapezius")
    page.get_by_text("Upper trapezius (right side)").wait_for(timeout=30_000)
    body = page.locator("body").inner_text().lower()
    assert "dry needling notes" not in body and "structures at risk" not in body
    assert "pneumothorax" not in body
    page.goto(f"{server}/?view=back&muscle=upper-trapezius&mode=clinician")
    page.get_by_text("Structures at risk").wait_for(timeout=30_000)
    assert page.get_by_text("dry cough within two days").count() == 1
    assert "mode=clinician" in page.url
    assert errors == []
