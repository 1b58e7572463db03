"""In a real browser: the handout downloads from the muscle view and the symptom finder, with
the therapist's note and the clinic in it (the files are made only when the button is pressed,
which AppTest cannot do)."""

from __future__ import annotations

import subprocess

import pytest

from tests.browser import ARTIFACTS, running_app
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
NOTE = "Twice a day for a week; see you on Tuesday."


@pytest.fixture(scope="module")
def server():
    ARTIFACTS.mkdir(exist_ok=True)
    env = {"TRIGGERMAP_CLINIC": str(ROOT / "clinic.example.toml")}
    with running_app(ROOT, env=env) as url:
        yield url


def download(browser, url: str, button: str, tmp_path, note: str = ""):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.get_by_text("Take-home handout").first.click(timeout=60_000)
    if note:
        box = page.get_by_role("textbox", name="Note for the patient (optional)")
        box.fill(note)
        box.press("Tab")  # a text area sends its value when it loses focus
        page.wait_for_timeout(1500)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_text(button).first.click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    page.close()
    assert errors == []
    return target


def test_the_muscle_view_downloads_its_handout_with_the_note(browser, server, tmp_path):
    pdf = download(
        browser, f"{server}/?muscle=upper-trapezius&side=right", "Download PDF", tmp_path, NOTE
    )
    assert pdf.name == "upper-trapezius.pdf"
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    assert "Riverside Physiotherapy" in text and NOTE in " ".join(text.split())
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert "Pages:           1" in info


def test_the_finder_result_downloads_its_handout_as_a_picture(browser, server, tmp_path):
    png = download(
        browser, f"{server}/symptom_finder?pain=right-temple:7", "Download PNG", tmp_path
    )
    assert png.name == "pain.png" and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
