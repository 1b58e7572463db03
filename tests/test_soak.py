"""Soak: twenty browser sessions tapping the map at once, fifty taps each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser import ARTIFACTS, BACK_REGIONS, CHROMIUM, CHROMIUM_ARGS, running_app
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.soak]
SESSIONS, TAPS = 20, 50
MEMORY_GROWTH_BOUND_MB = 60  # after warm-up; a leak of ~1 MB per 20 taps would break it


def _rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


def test_twenty_sessions_tapping_fifty_times_raise_no_error_and_hold_memory():
    from playwright.sync_api import sync_playwright

    with running_app(ROOT) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page_errors: list[str] = []
        pages = []
        for _ in range(SESSIONS):
            page = browser.new_context(viewport={"width": 1024, "height": 768}).new_page()
            page.on("pageerror", lambda e: page_errors.append(str(e)))
            page.goto(f"{url}/?view=back")
            page.wait_for_selector("path[data-region]", timeout=60_000)
            pages.append(page)
        server = next(p for p in _server_pids())
        for tap in range(TAPS):
            targets = [BACK_REGIONS[(tap + i) % len(BACK_REGIONS)] for i in range(SESSIONS)]
            # Fire every session's tap before waiting on any, so the reruns overlap.
            for page, region in zip(pages, targets, strict=True):
                page.locator(f'path[data-region="{region}"]').dispatch_event("click")
            for page, region in zip(pages, targets, strict=True):
                page.wait_for_selector(f'path[data-region="{region}"].selected', timeout=60_000)
            if tap == 4:
                warm = _rss_mb(server)
        final = _rss_mb(server)
        browser.close()
    log = max(ARTIFACTS.glob("server-*.log"), key=lambda f: f.stat().st_mtime).read_text()
    assert page_errors == []
    assert "Traceback" not in log and "Error" not in log
    assert final - warm <= MEMORY_GROWTH_BOUND_MB, (warm, final)


def _server_pids():
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if "streamlit run app.py" in cmd:
                yield int(proc.name)
