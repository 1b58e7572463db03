"""In a real browser: a tapped area answers the patient's question first, and a switch
gives the trainee's; the panel's first heading names the question the chart answers."""

from __future__ import annotations

import pytest

from tests.browser import ARTIFACTS

pytestmark = pytest.mark.browser
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
TRAINEE = "Where do trigger points here send pain?"


def tap_heel(browser, url: str, size: str):
    w, h = SIZES[size]
    touch = size == "phone"
    context = browser.new_context(viewport={"width": w, "height": h}, has_touch=touch)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_function("() => window.__triggermapIndex !== undefined", timeout=30_000)
    heel = page.locator('path[data-region="right-heel"]')
    heel.tap() if touch else heel.click()
    page.wait_for_url("**region=right-heel*", timeout=15_000)
    return page, errors


def first_heading(page) -> str:
    return page.locator(".tm-answer h5").first.text_content()


def marked_muscles(page) -> str:
    return " | ".join(page.locator(".mark title").all_text_contents())


@pytest.mark.parametrize("size", SIZES)
def test_tapping_the_heel_marks_where_its_pain_can_come_from_and_names_them(server, browser, size):
    page, errors = tap_heel(browser, f"{server}/?view=back", size)
    page.get_by_role("button", name="Soleus").first.wait_for(timeout=15_000)
    assert first_heading(page) == "Pain felt here can come from"
    marks = marked_muscles(page)
    assert "Soleus" in marks and "Quadratus plantae" in marks
    assert page.locator(".mark.top").count() == 3
    pills = page.locator(".tm-answer .pill").all_text_contents()
    assert any(p.endswith(". Soleus") for p in pills)
    assert any(p.endswith(". Quadratus plantae") for p in pills)
    page.screenshot(path=str(ARTIFACTS / f"question-sources-{size}.png"))
    assert errors == []


@pytest.mark.parametrize("size", SIZES)
def test_the_switch_shows_where_the_trigger_points_there_send_pain_and_keeps_it_in_the_link(
    server, browser, size
):
    page, errors = tap_heel(browser, f"{server}/?view=back", size)
    page.get_by_role("button", name="Soleus").first.wait_for(timeout=15_000)
    page.get_by_role("radio", name=TRAINEE).click()
    page.wait_for_url("**question=referral*", timeout=15_000)
    page.get_by_text("Trigger points here send pain to the red areas").wait_for(timeout=15_000)
    assert first_heading(page) == "Trigger points here send pain to the red areas"
    assert page.locator(".mark").count() == 0, "no trigger point lies in the heel"
    page.screenshot(path=str(ARTIFACTS / f"question-referral-{size}.png"))
    page.reload()
    page.wait_for_selector('path[data-region="right-heel"].selected', timeout=30_000)
    page.get_by_text("Trigger points here send pain to the red areas").wait_for(timeout=15_000)
    assert errors == []
