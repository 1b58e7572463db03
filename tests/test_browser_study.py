"""In a real browser: study answers tapped on the map, progress that survives a reload in the
browser's local storage, a hostile progress file refused, and a server that writes nothing."""

from __future__ import annotations

import json
import os
import re

import pytest

from tests.browser import ARTIFACTS, running_server
from tests.conftest import ROOT
from tests.test_accessibility import settle
from triggermap.atlas.loading import load_atlas
from triggermap.chart.geometry import load_geometry
from triggermap.outputs.study_link import parse_study
from triggermap.outputs.study_questions import questions

pytestmark = pytest.mark.browser
ZONES = ("right-achilles", "right-calf", "right-heel", "right-sacroiliac")  # soleus (quiz CLI)


def _files(folder) -> dict[str, float]:
    """Every file under ``folder`` with its modification time, outside git, caches and artifacts."""
    skip = {".git", "__pycache__", "artifacts", ".pytest_cache", ".ruff_cache", ".venv"}
    out = {}
    for base, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in skip]
        for name in names:
            path = os.path.join(base, name)
            out[path] = os.stat(path).st_mtime
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    ARTIFACTS.mkdir(exist_ok=True)
    home = tmp_path_factory.mktemp("home")
    with running_server(ROOT, env={**os.environ, "HOME": str(home)}) as s:
        yield s, home


def _open(browser, url: str):
    page = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=30_000)
    settle(page)
    return page


def _check(page) -> str:
    page.get_by_role("button", name="Check").click()
    page.get_by_text("scored").first.wait_for(timeout=15_000)
    settle(page)
    return page.get_by_text("scored").first.text_content()


def test_tapping_the_essential_zone_on_the_map_answers_a_zones_question(server, browser):
    s, _ = server
    page = _open(browser, f"{s.url}/study?study=zones.easy.1.0.muscles:soleus")
    for region in ZONES:
        page.locator(f'path[data-region="{region}"]').click()
        page.locator(f'path[data-region="{region}"].pain').wait_for(timeout=15_000)
        settle(page)
    assert _check(page).startswith("Right: scored 100%")
    assert page.locator(".mark").count() >= 1  # the trigger points, shown with the answer
    page.screenshot(path=str(ARTIFACTS / "study-zones-feedback.png"))


def test_tapping_near_the_trigger_point_answers_a_find_the_point_question(server, browser):
    s, _ = server
    link = "point.easy.1.0.muscles:soleus"
    atlas, geometry = load_atlas(), load_geometry()
    q = questions(atlas, geometry, parse_study(atlas, geometry, link))[0]
    page = _open(browser, f"{s.url}/study?study={link}")
    # A finger on the trigger point's charted place: map.js reports where it landed.
    svg = page.locator(f'svg[data-view="{q.view}"]').first
    x, y = svg.evaluate(
        "(svg, [x, y]) => { const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());"
        " return [p.x, p.y]; }",
        list(q.targets[0]),
    )
    page.mouse.click(x, y)
    page.locator(f'path[data-region="{q.target_regions[0]}"].selected').wait_for(timeout=15_000)
    settle(page)
    assert _check(page).startswith("Right: scored 100%")


def test_progress_survives_a_reload_and_the_server_writes_nothing(server, browser, tmp_path):
    s, home = server
    before = _files(ROOT), _files(home)
    page = _open(browser, f"{s.url}/study?study=causes.easy.1.3.muscles:piriformis")
    page.get_by_role("checkbox").first.check(force=True)  # Streamlit draws over the input
    settle(page)
    _check(page)
    stored = page.evaluate("() => window.localStorage.getItem('triggermap.study.progress')")
    assert "causes:piriformis" in json.loads(stored)["cards"]
    page.goto(f"{s.url}/study")
    page.reload()
    page.locator("h1").first.wait_for(timeout=30_000)
    settle(page)
    # The page reads the browser's copy once it is drawn, then runs again to show it.
    page.get_by_text("The ten weakest muscles").wait_for(timeout=30_000)
    page.get_by_role("link", name=re.compile(r"^Piriformis: \d+% over 1 answer$")).wait_for()
    # A hostile file is refused whole: the notice shows, the stored progress stays as it was.
    hostile = tmp_path / "progress.json"
    hostile.write_text(
        '{"format": "triggermap-study-progress", "version": 1, "cards": '
        '{"pattern:[x](javascript:alert(1))": {}}, "history": []}'
    )
    page.locator('input[type="file"]').set_input_files(str(hostile))
    page.get_by_text("nothing changed").wait_for(timeout=15_000)
    settle(page)
    assert page.evaluate("() => window.localStorage.getItem('triggermap.study.progress')") == stored
    assert page.locator('a[href^="javascript"]').count() == 0
    page.screenshot(path=str(ARTIFACTS / "study-progress.png"), full_page=True)
    assert (_files(ROOT), _files(home)) == before
