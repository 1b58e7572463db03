"""Security and privacy: hostile data renders as text, settings stay safe, nothing is written."""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path

import pytest

from tests.browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, running_app
from tests.conftest import FIXTURES, ROOT

# Elements a successful injection would have created, in the page and in shadow roots.
INJECTED = """() => {
  const roots = [document, ...[...document.querySelectorAll("*")]
    .filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
  const scripts = (r) => [...r.querySelectorAll("script")]
    .filter((s) => s.textContent.includes("alert(")).length;
  return roots.reduce((n, r) => n + r.querySelectorAll('img[src="x"]').length + scripts(r), 0);
}"""


def test_usage_statistics_are_off_and_xsrf_protection_is_on():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["enableXsrfProtection"] is True


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.mark.browser
def test_hostile_names_render_as_text_in_the_chart_panels_and_tooltips(browser):
    hostile = str(FIXTURES / "hostile")
    with running_app(ROOT, env={"TRIGGERMAP_DATA": hostile}) as url:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{url}/?view=back&region=right-calf")
        panel = page.locator(".tm-answer")
        panel.get_by_text("<script>alert('region')</script>", exact=False).first.wait_for()
        panel.get_by_text("<script>alert('muscle')</script> Calf tester").first.wait_for()
        panel.get_by_text("<img src=x onerror=alert('condition')>", exact=False).first.wait_for()
        mark_title = page.locator(".mark title").first.text_content()
        assert "<script>alert('muscle')</script>" in mark_title
        page.goto(f"{url}/conditions")
        page.get_by_text("<img src=x onerror=alert('condition')>", exact=False).first.wait_for()
        page.goto(f"{url}/?view=back&muscle=calf-tester&side=right")
        page.get_by_text("Calf tester (right side)", exact=False).first.wait_for()
        page.screenshot(path=str(ARTIFACTS / "browser-hostile.png"))
        assert dialogs == []
        assert page.evaluate(INJECTED) == 0


def _files(*roots: Path) -> set[str]:
    skip = {".git", "artifacts", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis"}
    out = set()
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in skip]
            out |= {os.path.join(dirpath, f) for f in filenames}
    return out


@pytest.mark.browser
def test_a_session_writes_nothing_to_the_server(browser, tmp_path):
    drawing = tmp_path / "drawing.json"
    drawing.write_text(
        '{"format": "triggermap-pain-drawing", "version": 1, '
        '"areas": [{"region": "left-heel", "intensity": 6}], "checklist": []}'
    )
    temp = Path(tempfile.gettempdir())
    with running_app(ROOT) as url:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(f"{url}/symptom_finder?view=back")
        page.wait_for_selector("path[data-region]")
        before = _files(ROOT, temp) - _files(tmp_path)
        page.locator('path[data-region="right-calf"]').click()
        page.wait_for_selector('path[data-region="right-calf"].pain')
        page.get_by_text("Safety questions").click()
        page.get_by_text("The pain started after a fall").click()
        page.get_by_text("Share with your therapist").click()
        page.locator('input[type="file"]').set_input_files(str(drawing))
        page.wait_for_selector('path[data-region="left-heel"].pain')
        after = _files(ROOT, temp) - _files(tmp_path)
    new = {f for f in after - before if "playwright" not in f and "chromium" not in f.lower()}
    assert new == set()
