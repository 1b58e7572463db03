"""In a real browser: presentation mode fills the screen and the arrow keys step its queue;
the body map's button opens it; the dry-needling page renders with its sources."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser import ARTIFACTS

pytestmark = pytest.mark.browser
LINK = "/?present=1&queue=upper-trapezius,levator-scapulae"
SCREENS = {"landscape": (1024, 768), "portrait": (768, 1024)}


def open_page(browser, url: str, size: tuple[int, int]):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    return page, errors


def wait_for_charts(page, title: str) -> None:
    page.get_by_role("heading", name=title, exact=True).wait_for(timeout=30_000)
    page.locator(".st-key-present-charts .tm-map[data-ready]").first.wait_for(timeout=30_000)
    page.wait_for_timeout(500)  # the layout settles after the last chart is drawn


def chart_cover(page) -> tuple[float, float]:
    """The share of the screen's area and of its height within the drawn figures' bounding box.

    The figures' outlines, not the chart elements, which may be wider than what they draw.
    """
    outlines = page.locator(".st-key-present-charts path.outline")
    boxes = [outlines.nth(i).bounding_box() for i in range(outlines.count())]
    x0, y0 = min(b["x"] for b in boxes), min(b["y"] for b in boxes)
    x1 = max(b["x"] + b["width"] for b in boxes)
    y1 = max(b["y"] + b["height"] for b in boxes)
    w, h = page.viewport_size["width"], page.viewport_size["height"]
    return (x1 - x0) * (y1 - y0) / (w * h), (y1 - y0) / h


@pytest.mark.parametrize("screen", SCREENS)
def test_presentation_mode_fills_the_screen_with_the_chart_and_hides_the_navigation(
    server, browser, screen
):
    page, errors = open_page(browser, server + LINK, SCREENS[screen])
    wait_for_charts(page, "Upper trapezius")
    area, height = chart_cover(page)
    page.screenshot(path=str(ARTIFACTS / f"present-{screen}.png"))
    assert area > 0.5 and height > 0.7, (area, height)
    assert page.locator('[data-testid="stHeader"]').is_hidden()
    assert page.get_by_role("link", name="Muscle library").count() == 0
    assert page.locator(".st-key-present-charts .tm-map").count() == 3  # front, back, head
    assert page.get_by_text("Dry needling notes").count() == 0
    assert page.get_by_text("Educational only, not a diagnosis.").is_visible()
    # The whole screen is the slide: nothing to scroll to.
    foot = page.locator(".st-key-present-foot").bounding_box()
    assert foot["y"] + foot["height"] <= SCREENS[screen][1]
    assert errors == []


def test_the_arrow_keys_step_the_queue_and_the_link_follows(server, browser):
    page, errors = open_page(browser, server + LINK, SCREENS["landscape"])
    wait_for_charts(page, "Upper trapezius")
    page.keyboard.press("ArrowRight")
    wait_for_charts(page, "Levator scapulae")
    page.wait_for_url("**step=2*", timeout=15_000)
    assert page.get_by_text("2 of 2").is_visible()
    page.keyboard.press("ArrowRight")  # the last slide: stays
    page.wait_for_timeout(500)
    assert page.get_by_role("heading", name="Levator scapulae").is_visible()
    page.keyboard.press("ArrowLeft")
    wait_for_charts(page, "Upper trapezius")
    assert "step=" not in page.url
    assert errors == []


def test_unknown_queue_entries_are_named_and_the_rest_presented(server, browser):
    page, errors = open_page(
        browser, server + "/?present=1&queue=nobody,levator-scapulae", SCREENS["landscape"]
    )
    wait_for_charts(page, "Levator scapulae")
    assert page.get_by_text("were left out").is_visible()
    assert page.locator("code", has_text="nobody").is_visible()
    assert errors == []


def test_the_body_maps_button_presents_the_chosen_muscle(server, browser):
    page, errors = open_page(
        browser, server + "/?view=back&muscle=soleus&side=left", SCREENS["landscape"]
    )
    page.get_by_role("link", name="Present full screen").click()
    wait_for_charts(page, "Soleus")
    assert "present=1" in page.url and "queue=soleus" in page.url and "side=left" in page.url
    assert page.locator('[data-testid="stHeader"]').is_hidden()
    page.get_by_role("link", name="Leave").click()
    page.get_by_role("heading", name="Trigger-point body map").wait_for(timeout=30_000)
    assert errors == []


def test_a_pain_drawing_can_be_presented_before_the_muscles(server, browser):
    page, errors = open_page(
        browser,
        server + LINK + "&pain=right-temple:6,right-side-of-neck",
        SCREENS["landscape"],
    )
    wait_for_charts(page, "Your pain drawing")
    assert page.get_by_text("1 of 3").is_visible()
    assert page.locator('.st-key-present-charts path.pain[data-region="right-temple"]').count()
    page.screenshot(path=str(ARTIFACTS / "present-drawing.png"))
    assert errors == []


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768), (390, 844)])
def test_the_dry_needling_page_renders_with_its_sources_and_links(server, browser, size):
    page, errors = open_page(browser, server + "/dry_needling", size)
    # The page streams in: the sources come last.
    page.get_by_role("heading", name="Sources").wait_for(timeout=30_000)
    assert page.get_by_role("heading", name="What the evidence says").is_visible()
    assert page.get_by_text("Brady S, McEvoy J").count() == 1
    for name in (
        "See trigger points and their pain on the body map",
        "See these conditions on the body chart",
    ):
        page.get_by_role("link", name=name).wait_for(timeout=15_000)
    assert page.get_by_role("button", name="Download the checklist to print").is_visible()
    page.screenshot(path=str(ARTIFACTS / f"dry-needling-{size[0]}x{size[1]}.png"), full_page=True)
    assert errors == []


def test_presentation_mode_has_no_serious_or_critical_accessibility_violations(server, browser):
    page, errors = open_page(browser, server + LINK, SCREENS["landscape"])
    wait_for_charts(page, "Upper trapezius")
    violations = Axe().run(page).response["violations"]
    serious = [
        (v["id"], [n["target"] for n in v["nodes"]][:5])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    assert errors == []
