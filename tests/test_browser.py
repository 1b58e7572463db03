"""What only a browser shows: the SVG map responds to mouse, touch and keyboard."""

from __future__ import annotations

import pytest

from tests.browser import ARTIFACTS, running_app
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
SIZES = {"desktop": (1366, 900), "tablet": (1024, 768), "phone": (390, 844)}


def open_page(browser, url: str, size: str = "desktop", touch: bool = False):
    w, h = SIZES[size]
    context = browser.new_context(
        viewport={"width": w, "height": h}, has_touch=touch, is_mobile=touch
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("path[data-region]", timeout=30_000)
    return page, errors


def selected_region(page) -> str | None:
    sel = page.locator("path[data-region].selected")
    return sel.first.get_attribute("data-region") if sel.count() else None


def test_clicking_a_region_lists_the_muscles_that_refer_pain_there(server, browser):
    page, errors = open_page(browser, f"{server}/?view=back")
    page.locator('path[data-region="right-heel"]').click()
    page.get_by_text("Pain felt here can come from").wait_for(timeout=15_000)
    page.get_by_role("button", name="Soleus").first.wait_for(timeout=15_000)
    assert selected_region(page) == "right-heel"
    page.wait_for_url("**region=right-heel*", timeout=15_000)
    assert errors == []


def test_clicking_a_region_draws_its_trigger_points_and_their_zones(server, browser):
    page, errors = open_page(browser, f"{server}/?view=back&question=referral")
    page.locator('path[data-region="right-calf"]').click()
    page.get_by_text("Soleus", exact=True).first.wait_for(timeout=15_000)
    page.locator(".mark").first.wait_for(timeout=15_000)
    assert page.locator("path[data-region].essential").count() > 0
    assert page.locator('path[data-region="right-heel"].essential').count() == 1
    page.screenshot(path=str(ARTIFACTS / "browser-click-calf.png"))
    assert errors == []


# What the map and the region panel show, read inside their shadow roots; with an id,
# the region is clicked first and the state is read in the same task as the click,
# before any reply from the server can have arrived.
SNAPSHOT = """(id) => {
  const shadow = (sel) => [...document.querySelectorAll("*")]
    .find((e) => e.shadowRoot && e.shadowRoot.querySelector(sel)).shadowRoot;
  const map = shadow(".tm-map"), panel = shadow(".tm-answer");
  if (id) map.querySelector(`path[data-region="${id}"]`)
    .dispatchEvent(new MouseEvent("click", {bubbles: true}));
  const regions = (cls) => [...map.querySelectorAll(`path.${cls}`)]
    .map((p) => p.dataset.region).sort();
  return {selected: regions("selected"), essential: regions("essential"),
    spillover: regions("spillover"), lies: regions("lies"),
    marks: map.querySelectorAll(".mark").length, top: map.querySelectorAll(".mark.top").length,
    panel: panel.querySelector(".tm-answer").innerHTML};
}"""


def settled_on(page, region: str) -> None:
    """Wait until the server's rerun for a tap on ``region`` has reached the page."""
    page.wait_for_url(f"**region={region}*", timeout=15_000)
    page.wait_for_timeout(600)


# Either question is answered in the same task as the tap: where pain in the heel can
# come from (the candidates' trigger points, the top three emphasised, where they lie),
# or where the calf's own trigger points send pain.
AT_ONCE = {
    "sources": ("right-heel", lambda s: s["top"] == 3 and "right-calf" in s["lies"]),
    "referral": ("right-calf", lambda s: "right-heel" in s["essential"] and not s["lies"]),
}


@pytest.mark.parametrize("question", AT_ONCE)
def test_a_tap_is_answered_at_once_and_the_server_confirms_the_same_answer(
    server, browser, question
):
    region, answered = AT_ONCE[question]
    page, errors = open_page(browser, f"{server}/?view=back&question={question}")
    page.wait_for_function("() => window.__triggermapIndex !== undefined", timeout=15_000)
    page.wait_for_timeout(600)
    at_once = page.evaluate(SNAPSHOT, region)
    assert at_once["selected"] == [region] and answered(at_once), at_once
    name = region.replace("-", " ").capitalize()
    assert at_once["marks"] > 0 and name in at_once["panel"]
    settled_on(page, region)
    assert page.evaluate(SNAPSHOT, None) == at_once
    assert errors == []


# After the last tap, a record of every state the map and the panel pass through.
WATCH = """() => {
  const shadow = (sel) => [...document.querySelectorAll("*")]
    .find((e) => e.shadowRoot && e.shadowRoot.querySelector(sel)).shadowRoot;
  const map = shadow(".tm-map"), panel = shadow(".tm-answer");
  window.__seen = [];
  const log = () => window.__seen.push([
    [...map.querySelectorAll("path.selected")].map((p) => p.dataset.region).join(),
    panel.querySelector(".tm-answer").getAttribute("data-region")]);
  log();
  new MutationObserver(log).observe(map, {subtree: true, attributes: true, childList: true});
  new MutationObserver(log).observe(panel, {subtree: true, attributes: true, childList: true});
}"""


def test_quick_taps_end_on_the_last_one_without_going_back(server, browser):
    """The server's replies are held back until after the third tap, then all
    delivered: the reruns for the first two taps arrive late, and must not be drawn."""
    held, sockets, holding = [], [], [False]

    def route(ws):
        to_server = ws.connect_to_server()
        sockets.append(ws)
        to_server.on_message(lambda m: held.append(m) if holding[0] else ws.send(m))
        ws.on_message(to_server.send)

    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.route_web_socket("**/_stcore/stream", route)
    page.goto(f"{server}/?view=back")
    page.wait_for_function("() => window.__triggermapIndex !== undefined", timeout=30_000)
    page.wait_for_timeout(800)
    holding[0] = True
    for region in ("right-calf", "left-heel", "right-buttock"):
        page.evaluate(SNAPSHOT, region)
        page.wait_for_timeout(250)  # long enough for the server to finish each rerun
    page.evaluate(WATCH)
    holding[0] = False
    assert held, "the server's replies were held back"
    for message in held:
        sockets[-1].send(message)
    settled_on(page, "right-buttock")
    seen = page.evaluate("() => window.__seen")
    assert seen and all(s == ["right-buttock", "right-buttock"] for s in seen), seen


def test_a_change_made_on_the_server_is_drawn_after_a_tap(server, browser):
    page, errors = open_page(browser, f"{server}/?view=back")
    page.wait_for_function("() => window.__triggermapIndex !== undefined", timeout=15_000)
    page.evaluate(SNAPSHOT, "right-calf")
    settled_on(page, "right-calf")
    search = page.get_by_role("combobox", name="Find a body area")
    search.click()
    search.fill("Left heel")
    page.keyboard.press("Enter")
    settled_on(page, "left-heel")
    now = page.evaluate(SNAPSHOT, None)
    assert now["selected"] == ["left-heel"] and "Left heel" in now["panel"]
    assert errors == []


def test_a_region_can_be_chosen_with_the_keyboard(server, browser):
    page, _ = open_page(browser, f"{server}/?view=front")
    region = page.locator('path[data-region="left-front-of-knee"]')
    region.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => [...document.querySelectorAll('*')].some(e => e.shadowRoot && "
        "e.shadowRoot.querySelector('path.selected[data-region=\"left-front-of-knee\"]'))",
        timeout=15_000,
    )
    assert region.get_attribute("aria-label") == "Left front of knee"


def test_a_tap_selects_a_region_on_a_phone(server, browser):
    page, errors = open_page(browser, f"{server}/?view=back", size="phone", touch=True)
    page.locator('path[data-region="left-calf"]').tap()
    page.get_by_text("Pain felt here can come from").wait_for(timeout=15_000)
    assert selected_region(page) == "left-calf"
    assert errors == []


def test_a_muscle_picked_in_the_panel_shows_its_pattern_then_its_text_on_a_phone(server, browser):
    url = f"{server}/?view=back&region=right-heel"
    page, errors = open_page(browser, url, size="phone", touch=True)
    panel = page.locator(".tm-answer")
    panel.get_by_text("Related conditions").scroll_into_view_if_needed()
    panel.get_by_role("button", name="Soleus").first.tap()
    heading = page.get_by_text("Soleus (right side)")
    heading.wait_for(timeout=15_000)
    page.wait_for_timeout(500)
    calf = page.locator('path[data-region="right-calf"].essential').bounding_box()
    assert 0 <= calf["y"] < SIZES["phone"][1], "the pattern is out of sight"
    page.get_by_role("button", name="Read about it").tap()
    page.wait_for_timeout(500)
    top = heading.bounding_box()["y"]
    assert 0 <= top < SIZES["phone"][1], f"the muscle's heading is at y={top}, out of sight"
    page.screenshot(path=str(ARTIFACTS / "browser-phone-muscle-pick.png"))
    assert errors == []


@pytest.mark.parametrize("size", list(SIZES))
def test_the_chart_fits_the_screen_at_each_size(server, browser, size):
    page, errors = open_page(browser, f"{server}/?view=front&region=right-temple", size)
    svg = page.locator(".tm-map svg")
    box = svg.bounding_box()
    assert box["width"] <= SIZES[size][0] and box["height"] > 300
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / f"browser-{size}.png"))
    assert errors == []


@pytest.mark.parametrize(
    ("view", "region"), [("hand-palm", "right-thenar"), ("foot-sole", "left-heel")]
)
def test_the_hand_and_foot_close_ups_are_clickable(server, browser, view, region):
    page, errors = open_page(browser, f"{server}/?view={view}", size="tablet")
    page.locator(f'path[data-region="{region}"]').click()
    page.get_by_text("Pain felt here can come from").wait_for(timeout=15_000)
    assert selected_region(page) == region
    page.screenshot(path=str(ARTIFACTS / f"browser-{view}.png"))
    assert errors == []


def test_a_library_row_opens_the_muscle_on_the_map(server, browser):
    w, h = SIZES["desktop"]
    page = browser.new_context(viewport={"width": w, "height": h}).new_page()
    page.goto(f"{server}/library")
    page.get_by_label("Search by name").fill("soleus")
    page.keyboard.press("Enter")
    page.get_by_text("1 of").wait_for(timeout=15_000)
    grid = page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    # The grid is a canvas: the first data row sits under a header row about 35px tall.
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)
    page.wait_for_selector("path[data-region].essential", timeout=20_000)
    assert "muscle=soleus" in page.url
    page.get_by_text("Soleus (right side)").wait_for(timeout=15_000)


def test_the_coverage_chart_is_coloured_by_density(server, browser):
    page, errors = open_page(browser, f"{server}/coverage")
    levels = [page.locator(f"path[data-region].h{i}").count() for i in range(6)]
    assert sum(1 for n in levels[1:] if n) >= 3, levels  # several shades, not one flat colour
    page.screenshot(path=str(ARTIFACTS / "browser-coverage.png"))
    assert errors == []


def test_marking_two_areas_ranks_candidates_and_a_link_reopens_them(server, browser):
    page, errors = open_page(browser, f"{server}/symptom_finder?view=head", size="tablet")
    page.locator('path[data-region="right-temple"]').first.click()
    page.wait_for_selector('path[data-region="right-temple"].pain', timeout=15_000)
    page.locator('path[data-region="right-side-of-neck"]').first.click()
    page.get_by_text("Upper trapezius").first.wait_for(timeout=15_000)
    assert "pain=right-temple" in page.url
    page.screenshot(path=str(ARTIFACTS / "browser-finder.png"))
    again, _ = open_page(browser, page.url, size="phone", touch=True)
    again.wait_for_selector('path[data-region="right-side-of-neck"].pain', timeout=15_000)
    assert errors == []


def test_chest_pain_shows_the_safety_message_first(server, browser):
    page, _ = open_page(
        browser, f"{server}/symptom_finder?pain=left-upper-chest,left-inner-upper-arm"
    )
    page.get_by_text("can come from the heart").wait_for(timeout=15_000)
    page.screenshot(path=str(ARTIFACTS / "browser-finder-red-flag.png"))


def test_a_saved_drawing_file_loads_and_a_bad_one_is_refused(server, browser, tmp_path):
    good = tmp_path / "good.json"
    good.write_text(
        '{"format": "triggermap-pain-drawing", "version": 1, '
        '"areas": [{"region": "left-heel", "intensity": 6}], "checklist": []}'
    )
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "triggermap-pain-drawing", "version": 1, '
        '"areas": [{"region": "<img src=x onerror=alert(1)>"}], "checklist": []}'
    )
    page, errors = open_page(browser, f"{server}/symptom_finder?view=back")
    page.get_by_text("Share with your therapist").click()
    page.locator('input[type="file"]').set_input_files(str(good))
    page.wait_for_selector('path[data-region="left-heel"].pain', timeout=15_000)
    page.locator('input[type="file"]').set_input_files(str(bad))
    page.get_by_text("The file was not loaded").wait_for(timeout=15_000)
    assert page.locator("path[data-region].pain").count() == 0
    assert errors == []


def test_a_deep_link_works_on_a_freshly_started_server(browser):
    with running_app(ROOT) as url:
        page, errors = open_page(browser, f"{url}/symptom_finder?view=back&pain=right-heel:4")
        page.wait_for_selector('path[data-region="right-heel"].pain', timeout=20_000)
        page.locator('path[data-region="left-heel"]').click()
        page.wait_for_selector('path[data-region="left-heel"].pain', timeout=20_000)
        assert page.get_by_role("link", name="Where does it hurt?").count() == 1
        assert errors == []
