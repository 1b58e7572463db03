"""The take-home handout, as a patient gets it: read back with poppler and a QR decoder.

poppler-utils (pdftoppm, pdfinfo, pdftotext) is installed by `make test`.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import zxingcpp
from PIL import Image

from tests.conftest import ROOT
from triggermap.lookup.drawing import Drawing
from triggermap.outputs.clinic import load_clinic
from triggermap.outputs.handout import (
    MAX_NOTE,
    HandoutError,
    drawing_handout,
    muscle_handout,
    queue_handout,
)
from triggermap.outputs.handout_pdf import handout_pdf, handout_png
from triggermap.outputs.screens import muscle_link

EXAMPLE = ROOT / "clinic.example.toml"
MAX_BYTES = 500_000
PAGE_POINTS = {"a4": (595, 842), "letter": (612, 792)}


@pytest.fixture(autouse=True)
def poppler():
    if not shutil.which("pdftoppm"):
        pytest.fail("poppler-utils is needed: apt install poppler-utils (make test does this)")


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "triggermap", "handout", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def pages(pdf: Path, tmp_path: Path) -> list[Image.Image]:
    """The PDF's pages as pictures, rendered by pdftoppm."""
    subprocess.run(["pdftoppm", "-r", "100", "-png", pdf, tmp_path / "page"], check=True)
    return [Image.open(p) for p in sorted(tmp_path.glob("page*.png"))]


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def page_points(pdf: Path) -> tuple[int, int]:
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    w, _, h = size.split(":")[1].split()[:3]
    return round(float(w)), round(float(h))


def qr_links(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image.convert("L"))]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_cli_writes_a_one_page_handout_whose_text_and_qr_code_read_back(
    tmp_path, paper, atlas, geometry
):
    out = tmp_path / "ut.pdf"
    done = cli("upper-trapezius", "--out", str(out), "--paper", paper, "--clinic", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size <= MAX_BYTES
    assert page_points(out) == PAGE_POINTS[paper]
    (picture,) = pages(out, tmp_path)
    text = text_of(out)
    assert "upper trapezius" in text.lower()
    assert "Riverside Physiotherapy" in text
    # The legend names the hatching, so the zones do not depend on colour.
    assert "Solid red: the main pain zone" in text and "Diagonal lines" in text
    assert "When to see a doctor" in text and "Self-care to try" in text
    assert f"Made on {date.today().day} " in text
    (link,) = qr_links(picture)
    clinic = load_clinic(EXAMPLE).clinic
    assert link.startswith(clinic.app_url + "/?")
    query = {k: v[0] for k, v in parse_qs(urlsplit(link).query).items()}
    assert query == muscle_link(atlas, geometry, "upper-trapezius")


def test_the_png_route_is_the_same_page_as_a_picture_with_a_working_qr_code(tmp_path):
    out = tmp_path / "ut.png"
    done = cli("upper-trapezius", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size <= MAX_BYTES
    with Image.open(out) as image:
        assert abs(image.height / image.width - 842 / 595) < 0.01
        (link,) = qr_links(image)
    assert link.startswith("http://localhost:8501/?") and "muscle=upper-trapezius" in link


def test_a_queue_gives_a_page_per_muscle_and_its_qr_code_opens_the_queue(tmp_path):
    out = tmp_path / "queue.pdf"
    done = cli("upper-trapezius", "levator scapulae", "--out", str(out))
    assert done.returncode == 0, done.stderr
    shown = pages(out, tmp_path)
    assert len(shown) == 2
    assert "levator scapulae" in text_of(out).lower()
    assert qr_links(shown[1]) == [
        "http://localhost:8501/?present=1&queue=upper-trapezius,levator-scapulae"
    ]


def test_a_pain_drawing_gives_its_best_candidates_with_the_marked_areas_and_its_link(tmp_path):
    out = tmp_path / "drawing.pdf"
    done = cli("--pain", "right-temple:7,right-side-of-neck", "--out", str(out))
    assert done.returncode == 0, done.stderr
    shown = pages(out, tmp_path)
    assert 1 <= len(shown) <= 3
    text = text_of(out)
    assert "You marked: right temple, right side of neck." in text
    assert "Thick dark outline: where you marked pain" in text
    expected = "http://localhost:8501/symptom_finder?pain=right-temple:7,right-side-of-neck"
    assert qr_links(shown[0]) == [expected]


def test_the_therapist_note_is_printed_and_a_long_one_is_cut(atlas, geometry, tmp_path):
    note = "Twice a day for a week. " * 60
    handout = muscle_handout(atlas, geometry, "upper-trapezius", note=note)
    assert len(handout.note) == MAX_NOTE
    out = tmp_path / "note.pdf"
    out.write_bytes(handout_pdf(handout, geometry, "letter"))
    assert len(pages(out, tmp_path)) == 1
    assert "Your therapist's note Twice a day for a week." in text_of(out)


def test_the_wordiest_muscle_with_a_full_note_still_fits_one_letter_page(atlas, geometry, tmp_path):
    def words(m) -> int:
        return len(m.action + m.plain_name + m.self_care.pressure + m.self_care.stretch)

    wordiest = max(atlas.muscles.values(), key=words)
    handout = muscle_handout(atlas, geometry, wordiest.id, note="x " * MAX_NOTE)
    out = tmp_path / "long.pdf"
    out.write_bytes(handout_pdf(handout, geometry, "letter"))
    assert len(pages(out, tmp_path)) == 1
    assert out.stat().st_size <= MAX_BYTES


def test_bad_requests_exit_2_with_one_line(tmp_path):
    for args in (
        ("no-such-muscle", "--out", str(tmp_path / "x.pdf")),
        ("upper-trapezius", "--out", str(tmp_path / "x.docx")),
        ("--pain", "nowhere", "--out", str(tmp_path / "x.pdf")),
        ("upper-trapezius", "--out", str(tmp_path / "missing" / "x.pdf")),
    ):
        done = cli(*args)
        assert done.returncode == 2, args
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not list(tmp_path.iterdir())


def test_a_handout_needs_something_to_show(atlas, geometry):
    with pytest.raises(HandoutError):
        drawing_handout(atlas, geometry, Drawing())
    with pytest.raises(HandoutError):
        queue_handout(atlas, geometry, [])


def test_the_png_holds_every_page_of_a_queue(atlas, geometry):
    pdf = handout_pdf(queue_handout(atlas, geometry, ["upper-trapezius", "soleus"]), geometry)
    with Image.open(io.BytesIO(handout_png(pdf))) as image:
        assert image.height > 2 * image.width
