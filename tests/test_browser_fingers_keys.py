"""The body chart for fingers and keys, in a real browser (issue 11, parts 3 to 5).

On a 390x844 phone every area of every view is a target of at least 24x24 CSS px
after at most one zoom step; the answer to a tap slides up into sight; picking a
muscle keeps its pattern on screen. With the keyboard alone the chart is one Tab
stop, the arrow keys reach every area, Home and End jump to the head and the feet.
"""

from __future__ import annotations

import pytest
from shapely.ops import polylabel

from tests.browser import ARTIFACTS
from tests.test_browser import SIZES, open_page
from triggermap.schema import VIEWS

pytestmark = pytest.mark.browser
PHONE = SIZES["phone"]
MIN_PX = 24
# The map's and the panel's shadow roots; the deepest focused element through them.
SHADOW = """(sel) => [...document.querySelectorAll("*")]
  .find((e) => e.shadowRoot && e.shadowRoot.querySelector(sel)).shadowRoot"""
DEEP_FOCUS = """() => { let e = document.activeElement;
  while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
  return e; }"""
# For every area (or those named): the side in CSS px of the largest square of screen
# points that a tap would give to this very area (hit-tested by the page, so nothing drawn
# over it and no neighbour counts), in sight below the app's header, from a grid of points
# at most 1.5 px apart for a small area and 1/80 of its size for a large one (rounded
# down); "reach" is the square's middle.
TARGETS = f"""(only) => {{
  const map = ({SHADOW})(".tm-map svg");
  const svg = map.querySelector(".tm-map svg");
  const out = {{}};
  for (const path of svg.querySelectorAll("path[data-region]")) {{
    const id = path.dataset.region;
    if (only && !only.includes(id)) continue;
    const r = path.getBoundingClientRect();
    const x0 = Math.max(r.left, 0), x1 = Math.min(r.right, innerWidth);
    const y0 = Math.max(r.top, 64), y1 = Math.min(r.bottom, innerHeight);
    const step = Math.max(1.5, Math.max(x1 - x0, y1 - y0) / 80);
    const cols = Math.floor((x1 - x0) / step) + 1;
    let best = 0, corner = null;
    let prev = new Array(Math.max(cols, 0)).fill(0);
    for (let y = y0; y <= y1 && cols > 0; y += step) {{
      const row = new Array(cols).fill(0);
      for (let i = 0; i < cols; i++) {{
        if (map.elementFromPoint(x0 + i * step, y) !== path) continue;
        row[i] = 1 + (i ? Math.min(prev[i], row[i - 1], prev[i - 1]) : 0);
        if (row[i] > best) {{ best = row[i]; corner = [x0 + i * step, y]; }}
      }}
      prev = row;
    }}
    const side = Math.max(best - 1, 0) * step;
    out[id] = {{side, reach: corner && [corner[0] - side / 2, corner[1] - side / 2]}};
  }}
  return out;
}}"""


def phone_page(browser, url: str):
    page, errors = open_page(browser, url, size="phone", touch=True)
    page.wait_for_selector(".tm-map[data-ready]", timeout=30_000)
    return page, errors


def centre_chart(page) -> None:
    page.locator(".tm-map svg").evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(100)


def small(size: dict) -> bool:
    return size["side"] < MIN_PX or not size["reach"]


@pytest.mark.parametrize("view", VIEWS)
def test_every_area_is_a_24px_target_on_a_phone_after_at_most_one_zoom_step(
    server, browser, geometry, view
):
    page, errors = phone_page(browser, f"{server}/?view={view}")
    centre_chart(page)
    whole = page.evaluate(TARGETS, None)
    zoom_in, zoom_out = page.locator(".tm-tools .zoom-in"), page.locator(".tm-tools .zoom-out")
    needed = sorted(a for a, s in whole.items() if small(s))
    failures = {}
    for i, area in enumerate(needed):
        # One zoom step: "Zoom in", then a tap on the place where the area is drawn.
        if zoom_out.is_visible():
            zoom_out.tap()
        zoom_in.tap()
        page.touchscreen.tap(*on_screen(page, area, middle(geometry.views[view].shapes[area])))
        zoomed = page.evaluate(TARGETS, [area])[area]
        if small(zoomed):
            failures[area] = zoomed
        if i == 0:
            page.screenshot(path=str(ARTIFACTS / f"fingers-zoomed-{view}.png"))
    assert failures == {}
    # Taps while aiming zoom and choose nothing.
    assert page.locator("path[data-region].selected").count() == 0
    assert errors == []


def middle(shape) -> tuple[float, float]:
    """Where a finger aims at an area: the point deepest inside it (of its thickest part)."""
    parts = getattr(shape, "geoms", [shape])
    poles = [(p, polylabel(p, 0.2)) for p in parts]
    part, pole = max(poles, key=lambda pp: pp[0].exterior.distance(pp[1]))
    return pole.x, pole.y


def on_screen(page, area: str, point: tuple[float, float]) -> tuple[float, float]:
    return page.locator(f'path[data-region="{area}"]').evaluate(
        "(p, [x, y]) => { const s = new DOMPoint(x, y).matrixTransform(p.getScreenCTM());"
        " return [s.x, s.y]; }",
        list(point),
    )


def _middle(page, area: str) -> tuple[float, float]:
    box = page.locator(f'path[data-region="{area}"]').bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_once_zoomed_a_tap_chooses_an_area_and_a_drag_moves_the_chart(server, browser):
    page, errors = phone_page(browser, f"{server}/?view=front")
    page.wait_for_function("() => window.__triggermapIndex !== undefined", timeout=15_000)
    centre_chart(page)
    page.locator(".tm-tools .zoom-in").tap()
    x, y = _middle(page, "right-temple")
    page.touchscreen.tap(x, y)
    page.touchscreen.tap(*page.evaluate(TARGETS, ["right-temple"])["right-temple"]["reach"])
    page.wait_for_selector('path[data-region="right-temple"].selected', timeout=15_000)
    page.screenshot(path=str(ARTIFACTS / "fingers-zoomed-tap.png"))
    before = page.locator(".tm-map svg").get_attribute("viewBox")
    start = page.locator(".tm-map svg").bounding_box()
    sx, sy = start["x"] + start["width"] / 2, start["y"] + start["height"] / 2
    page.mouse.move(sx, sy)
    page.mouse.down()
    page.mouse.move(sx, sy - 150, steps=6)
    page.mouse.up()
    assert page.locator(".tm-map svg").get_attribute("viewBox") != before
    assert page.locator("path[data-region].selected").count() == 1  # the drag chose nothing
    page.locator(".tm-tools .zoom-out").tap()
    assert page.locator(".tm-map svg").get_attribute("viewBox") == "0 0 400 810"
    assert errors == []


def test_on_a_phone_the_answer_to_a_tap_slides_up_into_sight(server, browser):
    page, errors = phone_page(browser, f"{server}/?view=back")
    page.wait_for_function("() => window.__triggermapIndex !== undefined", timeout=15_000)
    page.locator('path[data-region="right-heel"]').tap()
    heading = page.locator(".tm-answer.sheet h3")
    heading.wait_for(timeout=5_000)
    assert heading.inner_text() == "Right heel"
    page.wait_for_timeout(300)  # the slide
    sheet, box = page.locator(".tm-answer.sheet").bounding_box(), heading.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE[1]
    heel = page.locator('path[data-region="right-heel"]').bounding_box()
    assert heel["y"] >= 0 and heel["y"] + heel["height"] <= sheet["y"]  # the area stays in sight
    page.screenshot(path=str(ARTIFACTS / "fingers-phone-sheet.png"))
    page.get_by_role("button", name="Close the answer for Right heel").tap()
    assert page.locator(".tm-answer.sheet").count() == 0
    page.get_by_text("Pain felt here can come from").first.wait_for()  # back in the page
    assert errors == []


def test_on_a_phone_picking_a_muscle_keeps_its_pattern_on_screen(server, browser):
    page, errors = phone_page(browser, f"{server}/?view=back")
    page.wait_for_function("() => window.__triggermapIndex !== undefined", timeout=15_000)
    page.locator('path[data-region="right-heel"]').tap()
    page.locator(".tm-answer.sheet").get_by_role("button", name="Soleus").tap()
    page.wait_for_selector('path[data-region="right-calf"].essential', timeout=15_000)
    page.wait_for_timeout(300)
    calf = page.locator('path[data-region="right-calf"]').bounding_box()
    bar = page.locator(".tm-bar").bounding_box()
    assert calf["y"] >= 0 and calf["y"] + calf["height"] <= bar["y"]
    page.screenshot(path=str(ARTIFACTS / "fingers-phone-muscle-pick.png"))
    # One tap to the muscle's text.
    page.get_by_role("button", name="Read about it").tap()
    page.wait_for_timeout(500)
    top = page.get_by_text("Soleus (right side)").bounding_box()["y"]
    assert 0 <= top < PHONE[1]
    assert errors == []


def test_on_a_phone_a_muscle_chosen_in_the_list_below_the_chart_brings_the_chart_back(
    server, browser
):
    page, errors = phone_page(browser, f"{server}/?view=back")
    box = page.get_by_role("combobox", name="Show a muscle's pattern")
    box.scroll_into_view_if_needed()
    assert page.locator(".tm-map svg").bounding_box()["y"] < 0  # the chart is out of sight
    box.click()
    box.fill("Soleus")
    page.keyboard.press("Enter")
    page.wait_for_selector('path[data-region="right-calf"].essential', timeout=15_000)
    page.wait_for_timeout(500)
    calf = page.locator('path[data-region="right-calf"]').bounding_box()
    assert calf["y"] >= 0 and calf["y"] + calf["height"] <= PHONE[1]
    assert errors == []


def test_picking_a_muscle_on_a_desktop_keeps_its_pattern_on_screen(server, browser):
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    page.goto(f"{server}/?view=back&region=right-heel")
    panel = page.locator(".tm-answer")
    panel.get_by_role("button", name="Soleus").first.click()
    page.wait_for_selector('path[data-region="right-calf"].essential', timeout=15_000)
    page.wait_for_timeout(500)
    calf = page.locator('path[data-region="right-calf"]').bounding_box()
    assert calf["y"] >= 0 and calf["y"] + calf["height"] <= 768


# Every arrow move from every area, as the keyboard handler makes it: area -> [right,
# left, down, up] (an id, or null where nothing lies that way).
ARROW_MOVES = f"""() => {{
  const svg = ({SHADOW})(".tm-map svg").querySelector(".tm-map svg");
  const out = {{}};
  for (const path of svg.querySelectorAll("path[data-region]")) {{
    out[path.dataset.region] = ["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp"].map((key) => {{
      path.focus();
      path.dispatchEvent(new KeyboardEvent("keydown", {{key, bubbles: true}}));
      const now = svg.getRootNode().activeElement;
      return now === path ? null : now.dataset.region;
    }});
  }}
  return out;
}}"""


@pytest.mark.parametrize("view", VIEWS)
def test_the_arrow_keys_reach_every_area_of_every_view(server, browser, view):
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    page.goto(f"{server}/?view={view}")
    page.wait_for_selector(".tm-map[data-ready]", timeout=30_000)
    moves = page.evaluate(ARROW_MOVES)
    start = next(iter(moves))
    seen, todo = {start}, [start]
    while todo:
        for nxt in moves[todo.pop()]:
            if nxt and nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert set(moves) - seen == set()


def deep_focus(page) -> dict:
    return page.evaluate(
        f"() => {{ const e = ({DEEP_FOCUS})(); return {{tag: e.tagName, "
        "region: e.dataset ? e.dataset.region || null : null, text: e.textContent}; }"
    )


def test_with_the_keyboard_alone_the_chart_is_one_tab_stop_and_enter_selects(server, browser):
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    page.goto(f"{server}/?view=front")
    page.wait_for_selector(".tm-map[data-ready]", timeout=30_000)
    page.wait_for_function("() => window.__triggermapIndex !== undefined", timeout=15_000)
    stops = page.evaluate(
        f"() => ({SHADOW})('.tm-map svg').querySelectorAll('svg [tabindex=\"0\"]').length"
    )
    assert stops == 1
    # From the question switch just above the chart, one Tab reaches the chart.
    page.locator('button:has-text("Where do trigger points here send pain?")').focus()
    page.keyboard.press("Tab")
    here = deep_focus(page)
    assert here["region"] is not None, here
    page.keyboard.press("Tab")  # and the next Tab leaves it
    assert deep_focus(page)["region"] is None
    page.keyboard.press("Shift+Tab")
    assert deep_focus(page)["region"] == here["region"]
    page.keyboard.press("Home")
    top = deep_focus(page)["region"]
    assert top in ("top-of-head", "forehead"), top
    page.keyboard.press("ArrowDown")
    below = deep_focus(page)["region"]
    assert below not in (None, top)
    page.keyboard.press("End")
    assert deep_focus(page)["region"].endswith(("toe", "foot", "toes", "heel", "ankle")), (
        deep_focus(page)
    )
    page.keyboard.press("Home")
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    chosen = deep_focus(page)["region"]
    page.keyboard.press("Enter")
    page.wait_for_selector(f'path[data-region="{chosen}"].selected', timeout=15_000)
    page.wait_for_url(f"**region={chosen}*", timeout=15_000)
    # The skip link, the page's first Tab stop, reaches the answer about it.
    page.goto(page.url)
    page.wait_for_selector(f'.tm-answer[data-region="{chosen}"]', timeout=30_000)
    page.keyboard.press("Tab")
    assert deep_focus(page)["text"] == "Skip to the answer"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert deep_focus(page)["tag"] == "BUTTON"
    assert page.locator(f'.tm-answer[data-region="{chosen}"]').count() == 1
    page.screenshot(path=str(ARTIFACTS / "keys-selected.png"))
