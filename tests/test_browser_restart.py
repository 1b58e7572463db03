"""A server restart under an open page (a rolling deploy does it to every tab): the
page reconnects to a new session, and the map, the region panel, the symptom
finder and the link must still move together from the first tap or search pick."""

from __future__ import annotations

import contextlib

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tests.browser import free_port, start_server, stop_server
from tests.conftest import ROOT
from tests.test_browser import open_page, settled_on

pytestmark = pytest.mark.browser


class Restartable:
    """A server on a fixed port, so that a restarted one serves the page's open tab."""

    def __init__(self) -> None:
        self.port = free_port()
        self.server = start_server(ROOT, port=self.port)
        self.url = self.server.url

    def restart_under(self, page, meanwhile=None) -> None:
        """Restart the server, calling ``meanwhile()`` while it is down; return once the
        page's map has heard from the new session."""
        status = page.get_by_test_id("stStatusWidget").get_by_text("Connecting")
        chart = page.locator(".tm-map")
        session = chart.get_attribute("data-session")
        stop_server(self.server)
        status.wait_for(timeout=15_000)  # the page has seen the server go
        if meanwhile:
            meanwhile()
        self.server = start_server(ROOT, port=self.port)
        status.wait_for(state="detached", timeout=30_000)
        expect(chart).not_to_have_attribute("data-session", session, timeout=30_000)

    def stop(self) -> None:
        stop_server(self.server)


@pytest.fixture
def restartable():
    server = Restartable()
    yield server
    server.stop()


# What the map selects, what the region panel shows, and the link's region.
SHOWN = """() => {
  const shadow = (sel) => [...document.querySelectorAll("*")]
    .find((e) => e.shadowRoot && e.shadowRoot.querySelector(sel)).shadowRoot;
  const map = shadow(".tm-map"), panel = shadow(".tm-answer");
  return {map: [...map.querySelectorAll("path.selected")].map((p) => p.dataset.region).join(),
    panel: panel.querySelector(".tm-answer").getAttribute("data-region"),
    link: new URLSearchParams(location.search).get("region")};
}"""


def shows_everywhere(page, region: str) -> None:
    """Wait until the map, the panel and the link all show ``region``; fail with what they show."""
    want = {"map": region, "panel": region, "link": region}
    with contextlib.suppress(PlaywrightTimeout):  # the assertion says what each one shows
        page.wait_for_function(
            f"(want) => JSON.stringify(({SHOWN})()) === JSON.stringify(want)",
            arg=want,
            timeout=20_000,
        )
    assert page.evaluate(SHOWN) == want


def tap_through(page, regions: tuple[str, ...], settled) -> None:
    """Tap each region in turn, waiting for the server's answer to each."""
    for region in regions:
        page.locator(f'path[data-region="{region}"]').first.click()
        settled(region)


def after_the_issues_taps(browser, url: str):
    """The body map opened on the right calf, then tapped: left calf, right calf, left calf."""
    page, errors = open_page(browser, f"{url}/?view=back&region=right-calf")
    page.wait_for_function("() => window.__triggermapIndex !== undefined", timeout=30_000)
    tap_through(page, ("left-calf", "right-calf", "left-calf"), lambda r: settled_on(page, r))
    return page, errors


def test_after_a_restart_a_search_pick_and_a_tap_move_the_map_the_panel_and_the_link(
    restartable, browser
):
    page, errors = after_the_issues_taps(browser, restartable.url)
    restartable.restart_under(page)

    search = page.get_by_role("combobox", name="Find a body area")
    search.click()
    search.fill("Right heel")
    page.keyboard.press("Enter")
    shows_everywhere(page, "right-heel")
    # The new session learns that the tab holds the tap index, and stops sending it.
    page.evaluate("() => { window.__triggermapIndex.heldSinceThePick = true; }")

    page.locator('path[data-region="right-buttock"]').click()
    shows_everywhere(page, "right-buttock")
    page.wait_for_timeout(1500)
    shows_everywhere(page, "right-buttock")  # the panel does not snap back
    assert page.evaluate("() => window.__triggermapIndex.heldSinceThePick"), "index sent again"
    assert errors == []


def finder_settled(page, region: str) -> None:
    """Wait until the finder's link and chart both have ``region`` marked."""
    page.wait_for_url(lambda url: region in url, timeout=15_000)
    page.wait_for_selector(f'path[data-region="{region}"].pain', timeout=15_000)


def marked(page) -> set[str]:
    return {p.get_attribute("data-region") for p in page.locator("path[data-region].pain").all()}


@pytest.mark.parametrize("while_down", [False, True], ids=["after", "while-down"])
def test_a_tap_in_the_symptom_finder_after_or_during_a_restart_marks_its_area_once(
    restartable, browser, while_down
):
    page, errors = open_page(browser, f"{restartable.url}/symptom_finder?view=back")
    before = ("right-calf", "left-calf", "right-heel")
    tap_through(page, before, lambda r: finder_settled(page, r))
    tap = page.locator('path[data-region="left-heel"]').click
    restartable.restart_under(page, meanwhile=tap if while_down else None)
    if not while_down:
        tap()
    with contextlib.suppress(PlaywrightTimeout):
        finder_settled(page, "left-heel")
    page.wait_for_timeout(1500)
    assert marked(page) == {*before, "left-heel"}, "the tap was lost"
    assert "left-heel" in page.url
    assert errors == []


def test_a_tap_made_while_the_server_is_down_moves_everything_once_it_is_back(restartable, browser):
    page, errors = after_the_issues_taps(browser, restartable.url)
    tap = page.locator('path[data-region="right-buttock"]').click
    restartable.restart_under(page, meanwhile=tap)
    shows_everywhere(page, "right-buttock")
    page.wait_for_timeout(1500)
    shows_everywhere(page, "right-buttock")
    assert errors == []
