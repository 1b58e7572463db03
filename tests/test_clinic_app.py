"""Clinic branding in the app (AppTest): with the example file, with none, with a broken one.

The file is chosen with TRIGGERMAP_CLINIC, as a clinic would on its server.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

TIMEOUT = 30
EXAMPLE = ROOT / "clinic.example.toml"


def page(path: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(path)
    return at.run()


def finder_result() -> AppTest:
    return page("pages/symptom_finder.py", pain="right-temple:7,right-side-of-neck")


def booking_buttons(at: AppTest) -> list:
    return [b for b in at.get("link_button") if b.proto.label == "Book a consultation"]


def html_text(at: AppTest) -> str:
    return " ".join(h.proto.body for h in at.get("html"))


def test_with_the_example_file_the_clinic_and_its_booking_button_show(monkeypatch):
    monkeypatch.setenv("TRIGGERMAP_CLINIC", str(EXAMPLE))
    at = finder_result()
    assert not at.exception
    assert "Riverside Physiotherapy" in html_text(at)
    (button,) = booking_buttons(at)
    assert button.proto.url == "https://example.com/book"
    assert not at.warning or all("clinic" not in w.value for w in at.warning)


def test_the_booking_button_comes_only_after_a_result(monkeypatch):
    monkeypatch.setenv("TRIGGERMAP_CLINIC", str(EXAMPLE))
    at = page("pages/symptom_finder.py")
    assert not at.exception
    assert booking_buttons(at) == []
    assert "Riverside Physiotherapy" in html_text(at)  # the header is on every page


def test_with_no_file_the_app_is_neutral_and_has_no_booking_button(monkeypatch, tmp_path):
    monkeypatch.setenv("TRIGGERMAP_CLINIC", str(tmp_path / "absent.toml"))
    at = finder_result()
    assert not at.exception
    assert booking_buttons(at) == []
    assert "Riverside" not in html_text(at) and "tm-clinic" not in html_text(at)


@pytest.mark.parametrize(
    ("line", "field"),
    [('accent = "teal"', "accent"), ('booking_url = "file:///etc/passwd"', "booking_url")],
)
def test_a_broken_file_says_which_field_is_wrong_and_the_app_stays_neutral(
    monkeypatch, tmp_path, line, field
):
    path = tmp_path / "clinic.toml"
    path.write_text(f'name = "Broken Clinic"\n{line}\n', encoding="utf-8")
    monkeypatch.setenv("TRIGGERMAP_CLINIC", str(path))
    at = finder_result()
    assert not at.exception
    warning = next(w.value for w in at.warning if "were not used" in w.value)
    assert f"{field}:" in warning and "stays neutral" in warning
    assert booking_buttons(at) == []
    assert "Broken Clinic" not in html_text(at)


def test_the_muscle_view_and_the_finder_result_offer_the_handout(monkeypatch, tmp_path):
    monkeypatch.setenv("TRIGGERMAP_CLINIC", str(tmp_path / "absent.toml"))
    for at in (page("pages/body_map.py", muscle="upper-trapezius", side="right"), finder_result()):
        assert not at.exception
        labels = {b.proto.label for b in at.get("download_button")}
        assert {"Download PDF", "Download PNG"} <= labels
        assert any(t.label == "Note for the patient (optional)" for t in at.text_area)
