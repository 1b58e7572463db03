"""Study cards exported for Anki and as CSV: a valid package with one note per muscle and kind,
and the pattern pictures as its media files."""

import csv
import io
import json
import re
import sqlite3
import zipfile

from PIL import Image

from tests.conftest import FIXTURES
from triggermap.atlas.loading import load_atlas
from triggermap.outputs.study import KINDS
from triggermap.outputs.study_anki import anki_deck, cards, cards_csv


def _collection(package: bytes, tmp_path) -> sqlite3.Connection:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        media = json.loads(z.read("media"))
        # Anki's layout: the collection, the list of media, and each file under its number.
        assert sorted(z.namelist()) == sorted(["collection.anki2", "media", *media])
        path = tmp_path / "collection.anki2"
        path.write_bytes(z.read("collection.anki2"))
    return sqlite3.connect(path)


def _media(package: bytes) -> dict[str, bytes]:
    """The package's media files by the name the notes use."""
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return {name: z.read(number) for number, name in json.loads(z.read("media")).items()}


def _pictures_named(db: sqlite3.Connection) -> set[str]:
    fields = " ".join(row[0] for row in db.execute("select flds from notes"))
    return set(re.findall(r'<img src="([^"]+)">', fields))


def test_the_anki_package_is_a_zip_holding_a_collection_with_a_note_per_muscle_and_kind(
    atlas, geometry, tmp_path
):
    db = _collection(anki_deck(atlas, geometry), tmp_path)
    expected = len(atlas.muscles) * len(KINDS)
    assert db.execute("select count(*) from notes").fetchone() == (expected,)
    assert db.execute("select count(*) from cards").fetchone() == (expected,)
    fronts = [row[0].split("\x1f")[0] for row in db.execute("select flds from notes")]
    assert "Where does Soleus refer pain?" in fronts
    assert db.execute("pragma integrity_check").fetchone() == ("ok",)


def test_the_tiny_atlas_gives_eight_notes_and_the_same_package_twice(tiny, geometry, tmp_path):
    package = anki_deck(tiny, geometry)
    assert package == anki_deck(
        tiny, geometry
    )  # fixed ids and time: a re-import updates, never duplicates
    db = _collection(package, tmp_path)
    assert db.execute("select count(*) from notes").fetchone() == (8,)
    # Per muscle: its pattern without ✕, with ✕, and its pain area: six pictures in all.
    assert len(_media(package)) == 6


def test_every_picture_a_note_shows_is_in_the_package_as_a_png_and_none_is_left_over(
    atlas, geometry, tmp_path
):
    package = anki_deck(atlas, geometry)
    media = _media(package)
    assert _pictures_named(_collection(package, tmp_path)) == set(media)
    # Drawn once each: look-alikes with the same pattern share a picture.
    assert len(atlas.muscles) < len(media) < 3 * len(atlas.muscles)
    for data in media.values():
        picture = Image.open(io.BytesIO(data))
        assert picture.format == "PNG" and picture.height <= 240


def test_the_pattern_question_hides_the_trigger_points_and_the_answers_show_them(
    geometry, tiny, tmp_path
):
    package = anki_deck(tiny, geometry)
    db, media = _collection(package, tmp_path), _media(package)

    def shown(kind: str, side: int) -> set[str]:
        rows = db.execute("select flds from notes where tags like ?", (f"%{kind}%",))
        return {
            n for (flds,) in rows for n in re.findall(r'src="([^"]+)"', flds.split("\x1f")[side])
        }

    questions, answers = shown("pattern", 0), shown("point", 1) | shown("zones", 1)
    assert len(questions) == len(answers) == 2  # one per muscle
    assert not questions & answers  # drawn apart: the question's picture has no ✕

    def has_cross(name: str) -> bool:  # the ✕ is the only near-black ink on the chart
        grey = Image.open(io.BytesIO(media[name])).convert("L")
        return grey.point(lambda v: 255 if v < 60 else 0).getbbox() is not None

    assert not any(has_cross(n) for n in questions)
    assert all(has_cross(n) for n in answers)


def test_markup_in_the_data_is_escaped_in_the_deck(geometry, tmp_path):
    hostile = load_atlas(FIXTURES / "hostile", geometry)
    db = _collection(anki_deck(hostile, geometry), tmp_path)
    fields = " ".join(row[0] for row in db.execute("select flds from notes"))
    assert "&lt;script&gt;alert(&#x27;muscle&#x27;)&lt;/script&gt;" in fields
    assert "<script>" not in fields


def test_the_csv_has_a_row_per_card_with_front_back_and_source(atlas):
    rows = list(csv.DictReader(io.StringIO(cards_csv(atlas))))
    assert len(rows) == len(cards(atlas)) == len(atlas.muscles) * len(KINDS)
    soleus = next(r for r in rows if r["id"] == "zones:soleus")
    assert soleus["front"] == "Where does Soleus refer pain?"
    assert "heel" in soleus["back"] and soleus["source"].startswith("Travell JG, Simons DG, 1992")
