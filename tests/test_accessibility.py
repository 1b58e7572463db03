"""Keyboard and screen-reader access, checked in a real browser: axe-core over every page,
the skip link, the focus rings and the contrast of grey captions (WCAG 2.2 AA)."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser import ARTIFACTS
from ui.routes import PAGES

pytestmark = pytest.mark.browser
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
# The deepest focused element, through the shadow roots of components v2.
DEEP_FOCUS = """() => { let e = document.activeElement;
  while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
  return e; }"""


def open_page(browser, url: str, size: str = "desktop"):
    w, h = SIZES[size]
    page = browser.new_context(viewport={"width": w, "height": h}).new_page()
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=30_000)
    settle(page)
    return page


RUNNING = "() => !document.querySelector('[data-stale=\"true\"], [data-testid=stStatusWidget]')"


def settle(page) -> None:
    """Wait until script runs have ended: while one runs, Streamlit fades the old elements.

    A page may run again just after its first run (a component reporting back), and
    under load that second run can start after a single check: so the page must stay
    idle for three checks in a row.
    """
    for _ in range(3):
        page.wait_for_function(RUNNING, timeout=30_000)
        page.wait_for_timeout(500)  # the components finish drawing; a rerun would show by now


def rgb(css: str, under: tuple[float, ...] = (255, 255, 255)) -> tuple[float, ...]:
    """An 'rgb()' or 'rgba()' colour, blended over ``under`` when it is translucent."""
    r, g, b, *a = (float(x) for x in re.findall(r"[\d.]+", css))
    alpha = a[0] if a else 1.0
    return tuple(c * alpha + u * (1 - alpha) for c, u in zip((r, g, b), under, strict=True))


def contrast(fg: tuple[float, ...], bg: tuple[float, ...]) -> float:
    """The WCAG contrast ratio of two sRGB colours."""

    def luminance(colour):
        lin = [c / 255 for c in colour]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in lin]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def page_background(page) -> tuple[float, ...]:
    css = page.locator('[data-testid="stApp"]').evaluate("e => getComputedStyle(e).backgroundColor")
    return rgb(css)


@pytest.mark.parametrize("path", [url for *_, url in PAGES])
def test_every_page_has_no_serious_or_critical_accessibility_violations(server, browser, path):
    # The body map is checked with an area chosen, so that its answer panel is checked too.
    query = "?view=back&region=right-heel" if path == "body_map" else ""
    page = open_page(browser, f"{server}/{'' if path == 'body_map' else path}{query}")
    violations = Axe().run(page).response["violations"]
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_the_first_tab_stop_is_a_skip_link_that_moves_focus_to_the_answer(server, browser):
    page = open_page(browser, f"{server}/?view=back&region=right-heel")
    skip = page.locator("#tm-skip")
    assert skip.bounding_box()["y"] < 0  # out of sight until focused
    page.keyboard.press("Tab")
    focused = page.evaluate(f"({DEEP_FOCUS})().textContent")
    assert focused == "Skip to the answer"
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["height"] > 0  # in sight while focused
    page.keyboard.press("Enter")
    assert page.evaluate(f"({DEEP_FOCUS})().id") == "tm-answer"
    # The next Tab goes on into the answer panel: its first muscle button.
    page.keyboard.press("Tab")
    assert page.evaluate(f"({DEEP_FOCUS})().className") == "pill"
    assert page.evaluate("location.hash") == ""  # the page's shared link is unchanged


def test_the_skip_link_is_not_offered_on_a_page_without_an_answer(server, browser):
    page = open_page(browser, f"{server}/")
    page.get_by_role("link", name="About and sources").click()  # a page change, no reload
    page.wait_for_url("**/about", timeout=15_000)
    settle(page)
    page.keyboard.press("Tab")
    assert page.evaluate(f"({DEEP_FOCUS})().textContent") != "Skip to the answer"


FOCUS_RING = """e => { const s = getComputedStyle(e);
  const scale = s.vectorEffect === 'non-scaling-stroke' ? 1 : e.getScreenCTM().a;
  return {focusVisible: e.matches(':focus-visible'), colour: s.stroke,
          width: parseFloat(s.strokeWidth) * scale}; }"""


@pytest.mark.parametrize("size", SIZES)
def test_a_focused_chart_area_has_a_ring_at_least_2px_wide_at_3_to_1(server, browser, size):
    page = open_page(browser, f"{server}/?view=back&region=right-heel", size)
    background = page_background(page)
    for region in ("right-calf", "right-heel"):  # a plain area and the selected one
        area = page.locator(f'path[data-region="{region}"]')
        area.focus()
        ring = area.evaluate(FOCUS_RING)
        assert ring["focusVisible"]
        assert ring["width"] / 2 >= 2, ring  # the inner half alone is 2 px
        assert contrast(rgb(ring["colour"]), background) >= 3, ring
    area.scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / f"a11y-focused-area-{size}.png")


def test_a_focused_muscle_button_in_the_panel_has_a_ring_at_least_2px_wide_at_3_to_1(
    server, browser
):
    page = open_page(browser, f"{server}/?view=back&region=right-heel")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the skip link, to the answer
    page.keyboard.press("Tab")
    ring = page.evaluate(
        f"() => {{ const s = getComputedStyle(({DEEP_FOCUS})());"
        " return {style: s.outlineStyle, colour: s.outlineColor,"
        " width: parseFloat(s.outlineWidth)}; }"
    )
    assert ring["style"] != "none" and ring["width"] >= 2, ring
    assert contrast(rgb(ring["colour"]), page_background(page)) >= 3, ring


@pytest.mark.parametrize("size", SIZES)
def test_the_skip_link_is_readable_when_focused(server, browser, size):
    page = open_page(browser, f"{server}/?view=back&region=right-heel", size)
    page.keyboard.press("Tab")
    page.screenshot(path=ARTIFACTS / f"a11y-skip-link-{size}.png")
    skip = page.locator("#tm-skip")
    colours = skip.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")
    assert contrast(rgb(colours[0]), rgb(colours[1])) >= 4.5


# The text colour as drawn: its alpha times the opacity of the element and its ancestors.
SEEN_COLOUR = """es => es.map(e => {
  const [r, g, b, a = 1] = getComputedStyle(e).color.match(/[\\d.]+/g).map(Number);
  let alpha = a;
  for (let n = e; n instanceof Element; n = n.parentElement) alpha *= +getComputedStyle(n).opacity;
  return `rgba(${r}, ${g}, ${b}, ${alpha})`; })"""


def test_grey_captions_reach_4_5_to_1_contrast(server, browser):
    page = open_page(browser, f"{server}/symptom_finder")
    captions = page.locator('[data-testid="stCaptionContainer"]')
    captions.first.wait_for(timeout=15_000)
    background = page_background(page)
    colours = captions.evaluate_all(SEEN_COLOUR)
    ratios = [contrast(rgb(c, background), background) for c in colours]
    assert ratios and min(ratios) >= 4.5, ratios
