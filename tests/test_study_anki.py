"""Study cards exported for Anki and as CSV: a valid package with one note per muscle and kind."""

import csv
import io
import json
import sqlite3
import zipfile

from tests.conftest import FIXTURES
from triggermap.atlas.loading import load_atlas
from triggermap.outputs.study import KINDS
from triggermap.outputs.study_anki import anki_deck, cards, cards_csv


def _collection(package: bytes, tmp_path) -> sqlite3.Connection:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        assert sorted(z.namelist()) == ["collection.anki2", "media"]
        assert json.loads(z.read("media")) == {}  # no pictures yet: see the module docstring
        path = tmp_path / "collection.anki2"
        path.write_bytes(z.read("collection.anki2"))
    return sqlite3.connect(path)


def test_the_anki_package_is_a_zip_holding_a_collection_with_a_note_per_muscle_and_kind(
    atlas, tmp_path
):
    db = _collection(anki_deck(atlas), tmp_path)
    expected = len(atlas.muscles) * len(KINDS)
    assert db.execute("select count(*) from notes").fetchone() == (expected,)
    assert db.execute("select count(*) from cards").fetchone() == (expected,)
    fronts = [row[0].split("\x1f")[0] for row in db.execute("select flds from notes")]
    assert "Where does Soleus refer pain?" in fronts
    assert db.execute("pragma integrity_check").fetchone() == ("ok",)


def test_the_tiny_atlas_gives_eight_notes_and_the_same_package_twice(tiny, tmp_path):
    package = anki_deck(tiny)
    assert package == anki_deck(tiny)  # fixed ids and time: a re-import updates, never duplicates
    db = _collection(package, tmp_path)
    assert db.execute("select count(*) from notes").fetchone() == (8,)


def test_markup_in_the_data_is_escaped_in_the_deck(geometry, tmp_path):
    hostile = load_atlas(FIXTURES / "hostile", geometry)
    db = _collection(anki_deck(hostile), tmp_path)
    fields = " ".join(row[0] for row in db.execute("select flds from notes"))
    assert "&lt;script&gt;alert(&#x27;muscle&#x27;)&lt;/script&gt;" in fields
    assert "<script>" not in fields


def test_the_csv_has_a_row_per_card_with_front_back_and_source(atlas):
    rows = list(csv.DictReader(io.StringIO(cards_csv(atlas))))
    assert len(rows) == len(cards(atlas)) == len(atlas.muscles) * len(KINDS)
    soleus = next(r for r in rows if r["id"] == "zones:soleus")
    assert soleus["front"] == "Where does Soleus refer pain?"
    assert "heel" in soleus["back"] and soleus["source"].startswith("Travell JG, Simons DG, 1992")
