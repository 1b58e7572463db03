"""In a real browser: outside values show as literal text, and no other host is ever asked."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.browser import running_server
from tests.conftest import FIXTURES, ROOT
from tests.markdown_reader import HOSTILE, JOINER, visible

pytestmark = pytest.mark.browser

WARNING = '[data-testid="stAlertContentWarning"]'
TOAST = '[data-testid="stToast"]'
MARKDOWN = '[data-testid="stMarkdownContainer"]'
# What a value read as markdown would have become: a link, an image, a formula.
LIVE = "e => e.querySelectorAll('a, img, .katex').length"


@pytest.fixture(scope="module")
def app(browser):
    """A page on one running app, shared by the notice tests."""
    with running_server(ROOT) as server:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        yield server.url, page
        page.close()


def literally(value: str) -> re.Pattern:
    """``value`` character for character, give or take invisible word joiners."""
    return re.compile(f"{JOINER}?".join(map(re.escape, value)))


def assert_literal(element, value: str) -> None:
    """The element shows ``value`` character for character, and nothing in it was read."""
    from playwright.sync_api import expect

    expect(element).to_contain_text(literally(value), timeout=20_000)
    assert value in visible(element.inner_text())
    assert element.evaluate(LIVE) == 0


@pytest.mark.parametrize("param", ["view", "region", "muscle", "side"])
def test_a_hostile_body_map_link_value_shows_as_literal_text(app, param):
    url, page = app
    for value in HOSTILE:
        page.goto(f"{url}/?{urlencode({param: value})}")
        assert_literal(page.locator(WARNING).filter(has_text="is not known"), value)
        assert page.locator(TOAST).count() == 0  # said once, in the warning


@pytest.mark.parametrize("param", ["pain", "ask"])
def test_a_hostile_finder_link_value_shows_as_literal_text(app, param):
    url, page = app
    for value in HOSTILE:
        page.goto(f"{url}/symptom_finder?{urlencode({param: value})}")
        assert_literal(page.locator(WARNING).filter(has_text="drawing was not loaded"), value)


def test_a_hostile_value_in_an_uploaded_drawing_shows_as_literal_text(app, tmp_path):
    url, page = app
    page.goto(f"{url}/symptom_finder")
    page.get_by_text("Share with your therapist").click()
    for i, value in enumerate(HOSTILE):
        drawing = tmp_path / f"drawing-{i}.json"
        doc = {"format": "triggermap-pain-drawing", "version": 1, "areas": [{"region": value}]}
        drawing.write_text(json.dumps(doc))
        page.locator('input[type="file"]').set_input_files(str(drawing))
        assert_literal(page.locator(WARNING).filter(has_text="The file was not loaded"), value)


def _hostile_atlas(folder: Path) -> Path:
    """A copy of the hostile fixture atlas whose calf muscle's texts are the hostile values."""
    shutil.copytree(FIXTURES / "hostile", folder)
    toml = folder / "muscles" / "calf-tester.toml"
    one, two, three, four, five, six = map(json.dumps, HOSTILE)
    fields = {
        "action": one,
        "innervation": two,
        "symptoms": f"[{three}, {four}]",
        "pressure": five,
        "stretch": six,
    }

    def rewritten(line: str) -> str:
        key = line.split(" = ")[0]
        return f"{key} = {fields[key]}" if key in fields else line

    toml.write_text("\n".join(map(rewritten, toml.read_text().splitlines())))
    return folder


def test_hostile_text_in_a_data_file_shows_as_literal_text_in_the_muscle_panel(browser, tmp_path):
    env = {"TRIGGERMAP_DATA": str(_hostile_atlas(tmp_path / "atlas"))}
    with running_server(ROOT, env=env) as server:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(f"{server.url}/?view=back&muscle=calf-tester&side=right")
        for value in HOSTILE:
            assert_literal(page.locator(MARKDOWN).filter(has_text=literally(value)).first, value)
        page.close()


@pytest.mark.parametrize(
    "first",
    [
        "/",
        "/?view=back&region=right-calf",
        "/body_map?view=back&muscle=soleus&side=right",
        "/symptom_finder?view=back&pain=right-calf",
    ],
)
def test_the_first_page_after_a_start_asks_no_other_host_and_shows_the_apps_favicon(browser, first):
    with running_server(ROOT) as server:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        asked: list[str] = []
        page.on("request", lambda r: asked.append(r.url))
        page.goto(server.url + first)
        page.wait_for_selector("path[data-region]")
        page.wait_for_load_state("networkidle")
        icon = page.evaluate("document.querySelector(\"link[rel='shortcut icon']\").href")
        reply = page.request.get(icon)
        kind, body = reply.headers.get("content-type"), reply.body()
        page.close()
    own = f"{server.url}/"
    assert [u for u in asked if not u.startswith((own, "data:", "blob:"))] == []
    assert icon.startswith(own)
    assert (kind, body) == ("image/png", (ROOT / "assets" / "favicon.png").read_bytes())
