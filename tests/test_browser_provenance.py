"""What only a browser shows: the map panel names each trigger point's source chapter."""

from __future__ import annotations

import re

import pytest

from tests.browser import running_app
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


def test_a_tap_on_the_buttock_shows_each_patterns_chapter_and_flags_the_derived_one(browser):
    with running_app(ROOT) as url:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(f"{url}/?view=back")
        page.wait_for_selector("path[data-region]", timeout=30_000)
        page.locator('path[data-region="right-buttock"]').click()
        derived = page.locator(".tm-panel li", has_text="Gemelli").locator(".prov.derived")
        derived.wait_for(timeout=30_000)
        assert derived.inner_text().startswith("Derived, not from a published figure")
        assert "Piriformis and Other Short Lateral Rotators" in derived.inner_text()
        name = page.locator("strong", has_text=re.compile(r"^Piriformis$"))
        piriformis = page.locator(".tm-panel li", has=name).first.locator(".prov")
        assert "Drawn in the source's figure" in piriformis.inner_text()
        assert "derived" not in (piriformis.get_attribute("class") or "")
        page.close()
