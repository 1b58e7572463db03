"""Clinic branding: one optional file, checked field by field, neutral when absent or broken."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from triggermap.outputs.clinic import NEUTRAL, clinic_path, load_clinic, problem_lines

EXAMPLE = ROOT / "clinic.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_example_is_valid_and_names_the_clinic():
    settings = load_clinic(EXAMPLE)
    assert settings.problems == ()
    assert settings.clinic.name == "Riverside Physiotherapy"
    assert settings.clinic.logo is not None and settings.clinic.logo.is_file()
    assert settings.clinic.booking_url.startswith("https://")


def test_no_file_means_the_neutral_app_and_no_message(tmp_path):
    settings = load_clinic(tmp_path / "absent.toml")
    assert settings.clinic == NEUTRAL and settings.problems == () and settings.path is None
    assert not NEUTRAL.branded and NEUTRAL.booking_url == ""
    assert problem_lines(settings) == []


def test_the_environment_variable_chooses_the_file(tmp_path):
    assert clinic_path({"TRIGGERMAP_CLINIC": str(tmp_path / "x.toml")}) == tmp_path / "x.toml"
    assert clinic_path({}) == ROOT / "clinic.toml"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('logo = "no-such-logo.png"', "logo"),
        ('accent = "red"', "accent"),
        ('accent = "#12345"', "accent"),
        ('booking_url = "javascript:alert(1)"', "booking_url"),
        ('booking_url = "ftp://example.com/book"', "booking_url"),
        ('app_url = "bodymap.example.com"', "app_url"),
        ('phone = "call us <b>now</b>"', "phone"),
        ('colour = "#ffffff"', "colour"),
        ("name = 3", "name"),
    ],
)
def test_a_bad_field_is_named_and_the_app_stays_neutral(tmp_path, line, field):
    text = 'name = "Riverside Physiotherapy"\n' if not line.startswith("name") else ""
    settings = load_clinic(write(tmp_path, text + line + "\n"))
    assert settings.clinic == NEUTRAL
    assert len(settings.problems) == 1 and settings.problems[0].startswith(f"{field}:")
    lines = problem_lines(settings)
    assert "clinic.toml" in lines[0] and lines[1].strip().startswith(f"{field}:")


def test_a_logo_that_is_not_an_image_is_named(tmp_path):
    (tmp_path / "logo.png").write_text("not a picture")
    settings = load_clinic(write(tmp_path, 'name = "A"\nlogo = "logo.png"\n'))
    assert settings.problems == ("logo: logo.png is not a PNG or JPEG image",)


def test_a_file_that_is_not_toml_or_lacks_the_name_is_not_used(tmp_path):
    assert load_clinic(write(tmp_path, "name = ")).problems[0].startswith("the file cannot")
    assert load_clinic(write(tmp_path, 'phone = "123 456"\n')).problems == (
        "name: missing (the clinic's name is required)",
    )


def test_a_good_file_is_used_whole(tmp_path):
    settings = load_clinic(
        write(
            tmp_path, 'name = " Harbour Clinic "\naccent = "#AA3300"\napp_url = "https://x.org/"\n'
        )
    )
    assert settings.problems == ()
    clinic = settings.clinic
    assert (clinic.name, clinic.accent, clinic.app_url) == (
        "Harbour Clinic",
        "#aa3300",
        "https://x.org",
    )
    assert clinic.accent_rgb == (170, 51, 0) and clinic.booking_url == ""


def test_validate_checks_the_clinic_file_too(tmp_path):
    bad = write(tmp_path, 'name = "A"\naccent = "blue"\n')
    env = {**os.environ, "TRIGGERMAP_CLINIC": str(bad)}
    done = subprocess.run(
        [sys.executable, "-m", "triggermap", "validate"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "accent: must be a colour written #rrggbb" in done.stdout
