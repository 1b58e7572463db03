"""Soak: twenty browser sessions tapping the map at once, fifty taps each."""

from __future__ import annotations

import pytest

from tests.browser import BACK_REGIONS, CHROMIUM, CHROMIUM_ARGS, running_server
from tests.conftest import ROOT
from tests.procmem import rss_mb

pytestmark = [pytest.mark.browser, pytest.mark.soak]
SESSIONS, TAPS = 20, 50
MEMORY_GROWTH_BOUND_MB = 60  # after warm-up; a leak of ~1 MB per 20 taps would break it


def test_twenty_sessions_tapping_fifty_times_raise_no_error_and_hold_memory():
    from playwright.sync_api import sync_playwright

    # The server this test started, by pid: another `streamlit run app.py` (a
    # `make run` in another terminal) must not be the one measured.
    with running_server(ROOT) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page_errors: list[str] = []
        pages = []
        for _ in range(SESSIONS):
            page = browser.new_context(viewport={"width": 1024, "height": 768}).new_page()
            page.on("pageerror", lambda e: page_errors.append(str(e)))
            page.goto(f"{server.url}/?view=back")
            page.wait_for_selector("path[data-region]", timeout=60_000)
            pages.append(page)
        for tap in range(TAPS):
            targets = [BACK_REGIONS[(tap + i) % len(BACK_REGIONS)] for i in range(SESSIONS)]
            # Fire every session's tap before waiting on any, so the reruns overlap.
            for page, region in zip(pages, targets, strict=True):
                page.locator(f'path[data-region="{region}"]').dispatch_event("click")
            for page, region in zip(pages, targets, strict=True):
                page.wait_for_selector(f'path[data-region="{region}"].selected', timeout=60_000)
            if tap == 4:
                warm = rss_mb(server.pid)
        final = rss_mb(server.pid)
        browser.close()
    log = server.log.read_text()
    assert page_errors == []
    assert "Traceback" not in log and "Error" not in log
    assert final - warm <= MEMORY_GROWTH_BOUND_MB, (warm, final)
