"""Security and privacy: hostile data renders as text, settings stay safe, nothing is written."""

from __future__ import annotations

import ast
import json
import os
import tempfile
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.browser import ARTIFACTS, running_app
from tests.conftest import FIXTURES, ROOT
from tests.markdown_reader import HOSTILE, shown, visible
from triggermap.lookup.drawing import DrawingError, parse_json
from triggermap.text import LIMIT, and_list

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


def _page(path: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(path)
    return at.run()


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("param", ["view", "region", "muscle", "side"])
def test_a_hostile_body_map_link_value_shows_once_as_literal_text_in_a_warning(param, value):
    at = _page("pages/body_map.py", **{param: value})
    bodies = [t.value for t in at.toast] + [w.value for w in at.warning]
    assert len(bodies) == 1 and not at.toast  # once: a toast beside the warning repeated it
    for body in bodies:
        # shown() fails on any markdown a link, image, math or icon could come from.
        assert f"The link's {param} {value} is not known" in visible(shown(body))


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("param", ["pain", "ask"])
def test_a_hostile_finder_link_value_shows_as_literal_text_in_its_warning(param, value):
    at = _page("pages/symptom_finder.py", **{param: value})
    (warning,) = at.warning
    assert warning.value.startswith("The shared pain drawing was not loaded")
    assert value in visible(shown(warning.value))


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_in_an_uploaded_drawing_reaches_its_notice_unchanged(atlas, value):
    doc = {"format": "triggermap-pain-drawing", "version": 1, "checklist": [value]}
    with pytest.raises(DrawingError) as refused:
        parse_json(atlas, json.dumps(doc))
    assert value in visible(shown(refused.value.notice.markdown()))


def test_a_long_outside_value_is_cut_short_in_its_notice():
    at = _page("pages/body_map.py", region="x" * 150)
    text = visible(shown(at.warning[0].value))
    assert "x" * (LIMIT - 1) + "…" in text and "x" * LIMIT not in text


def _markdown_notices(path: Path) -> set[tuple[str, str | None]]:
    """(file, innermost function) of every use of st.toast or st.warning in ``path``."""
    tree = ast.parse(path.read_text())
    owner = {}
    for func in ast.walk(tree):  # outer functions first, so the innermost one wins
        if isinstance(func, ast.FunctionDef):
            owner |= {node: func.name for node in ast.walk(func)}
    return {
        (str(path.relative_to(ROOT)), owner.get(node))
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr in ("toast", "warning")
        and isinstance(node.value, ast.Name)
        and node.value.id == "st"
    }


def test_notices_reach_the_screen_only_through_the_one_function_that_escapes_them():
    """st.toast and st.warning read markdown, so pages and modules call show_notice instead.

    The other callers show no outside input: flag_message, the red-flag rules' fixed
    wording; the dry-needling page's warning section and study mode's verdict, data-file
    text that each passes through triggermap.text.escape first. A new caller fails here.
    """
    scripts = [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py")]
    found = set().union(*map(_markdown_notices, scripts))
    assert found == {
        ("ui/panels.py", "show_notice"),
        ("ui/panels.py", "flag_message"),
        ("ui/needling.py", "_section"),
        ("ui/study.py", None),  # _VERDICT, used by _feedback on escaped names
    }


@pytest.mark.browser
def test_hostile_names_render_as_text_in_the_chart_panels_and_tooltips(browser):
    hostile = str(FIXTURES / "hostile")
    with running_app(ROOT, env={"TRIGGERMAP_DATA": hostile}) as url:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        # The trainee's question draws the calf's own trigger points, with their titles.
        page.goto(f"{url}/?view=back&region=right-calf&question=referral")
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
        # The checklist stands open the first time results appear (issue 12).
        page.get_by_text("The pain started after a fall").click()
        page.get_by_text("Share with your therapist").click()
        page.locator('input[type="file"]').set_input_files(str(drawing))
        page.wait_for_selector('path[data-region="left-heel"].pain')
        after = _files(ROOT, temp) - _files(tmp_path)
    new = {f for f in after - before if "playwright" not in f and "chromium" not in f.lower()}
    assert new == set()


def test_names_in_a_sentence_are_joined_with_commas_and_a_final_and():
    assert and_list(["calf"]) == "calf"
    assert and_list(["calf", "heel"]) == "calf and heel"
    assert and_list(["neck", "shoulder", "arm"]) == "neck, shoulder and arm"
