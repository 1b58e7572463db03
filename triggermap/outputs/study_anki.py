"""Study cards for other tools: an Anki deck (``genanki``) and a CSV, one card per muscle and kind.

The cards are built from the atlas alone (no user data). The deck is assembled in
memory: genanki's own ``write_to_file`` leaves a temporary database file behind on
every call, and the server keeps no files. Its pictures are drawn by the handout's
renderer (triggermap.chart.raster), each once, small, and shared by every note that
shows it: a pattern without its ✕ on the front of "which muscles", the pattern with
its ✕ on the back of "where does it refer" and "where do its trigger points lie",
and the pain area on the front of "which muscles refer here".
"""

from __future__ import annotations

import html
import io
import itertools
import json
import sqlite3
import zipfile
from dataclasses import replace

import genanki
import pandas as pd

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.chart.raster import ChartPicture, render_chart
from triggermap.lookup.query import pattern, referrals_to
from triggermap.outputs.handout import chart_box, chart_pictures
from triggermap.outputs.study import KIND_NAMES, KINDS, SIDE, same_pattern, source_line

# Fixed ids, so a re-imported deck updates the trainee's cards instead of duplicating them.
MODEL_ID, DECK_ID = 1_460_140_001, 1_460_140_002
DECK_NAME = "Trigger-point referral patterns"
FIELDS = ("Front", "Back", "Source")
PICTURE_PX = 200  # a picture's chart height: small enough for a phone, and fast to draw
_MODEL = genanki.Model(
    MODEL_ID,
    "Trigger-point study card",
    fields=[{"name": f} for f in FIELDS],
    templates=[
        {
            "name": "Card",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}<br><small>{{Source}}</small>',
        }
    ],
)


def _areas(atlas: Atlas, ids) -> str:
    return ", ".join(sorted({atlas.regions[r].base_name for r in ids})) or "none"


def _card(atlas: Atlas, kind: str, muscle_id: str) -> tuple[str, str]:
    m, pat = atlas.muscles[muscle_id], pattern(atlas, muscle_id, SIDE)
    if kind == "pattern":
        same = [atlas.muscles[o].name for o in same_pattern(atlas, muscle_id)]
        front = f"Which muscles refer pain to: {_areas(atlas, pat.essential)}"
        front += f" (spillover: {_areas(atlas, pat.spillover)})?"
        return front, ", ".join(same)
    if kind == "zones":
        back = (
            f"Essential: {_areas(atlas, pat.essential)}. Spillover: {_areas(atlas, pat.spillover)}."
        )
        return f"Where does {m.name} refer pain?", back
    if kind == "point":
        lines = [f"{tp.label}: {tp.location}" for tp in m.trigger_points]
        return f"Where do the trigger points of {m.name} lie?", "; ".join(lines)
    area = _causes_area(atlas, muscle_id)
    causes = sorted(
        {r.muscle_id for r in referrals_to(atlas, area) if r.side == SIDE and r.zone == "essential"}
    )
    front = f"Pain felt in the {atlas.regions[area].base_name}: which muscles refer it there?"
    return front, ", ".join(atlas.muscles[c].name for c in causes)


def _causes_area(atlas: Atlas, muscle_id: str) -> str:
    """The pain area of a muscle's "which muscles refer here" card."""
    pat = pattern(atlas, muscle_id, SIDE)
    return sorted(pat.essential)[0] if pat.essential else pat.placements[0].region_id


Pictures = tuple[ChartPicture, ...]


def _pictures(atlas: Atlas, geometry: Geometry, kind: str, muscle_id: str) -> tuple:
    """What a card shows as pictures: (front, back), each views to draw or None."""
    if kind == "causes":
        area = _causes_area(atlas, muscle_id)
        view = atlas.regions[area].view
        box = chart_box(geometry, view, {area}, (), (SIDE,))
        return (ChartPicture(view, pain=frozenset({area}), box=box),), None
    full = chart_pictures(atlas, geometry, muscle_id, (SIDE,))
    if kind == "pattern":  # no ✕ on the question: it would show where the muscle is
        return tuple(replace(p, marks=()) for p in full), None
    return None, full


def _png(geometry: Geometry, pictures: Pictures) -> bytes:
    out = io.BytesIO()
    render_chart(geometry, pictures, PICTURE_PX, supersample=1).save(out, format="PNG")
    return out.getvalue()


def cards(atlas: Atlas) -> pd.DataFrame:
    """One row per muscle and question kind: kind, muscle, front, back, source."""
    rows = []
    for muscle_id in sorted(atlas.muscles):
        for kind in KINDS:
            front, back = _card(atlas, kind, muscle_id)
            rows.append(
                {
                    "kind": KIND_NAMES[kind],
                    "muscle": atlas.muscles[muscle_id].name,
                    "front": front,
                    "back": back,
                    "source": source_line(atlas, muscle_id),
                    "id": f"{kind}:{muscle_id}",
                }
            )
    return pd.DataFrame(rows)


def cards_csv(atlas: Atlas) -> str:
    """The cards as CSV, for any flashcard tool."""
    return cards(atlas).to_csv(index=False)


def anki_deck(atlas: Atlas, geometry: Geometry, timestamp: float = 0.0) -> bytes:
    """An Anki package (.apkg): a zip holding the SQLite collection, the pictures and their list.

    A picture is drawn once, whichever notes show it (look-alikes share a pattern).
    """
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    names: dict[Pictures, str] = {}  # what is drawn -> its file name
    for row in cards(atlas).itertuples():
        fields = [html.escape(str(v)) for v in (row.front, row.back, row.source)]
        kind, muscle_id = row.id.split(":")
        for i, shown in enumerate(_pictures(atlas, geometry, kind, muscle_id)):
            if shown is not None:
                name = names.setdefault(shown, f"tm-{kind}-{muscle_id}.png")
                fields[i] += f'<br><img src="{name}">'
        deck.add_note(
            genanki.Note(
                model=_MODEL,
                fields=fields,
                guid=genanki.guid_for(row.id),
                tags=[row.id.split(":")[0]],
            )
        )
    db = sqlite3.connect(":memory:")
    ids = itertools.count(int(timestamp * 1000) or 1)
    genanki.Package(deck).write_to_db(db.cursor(), timestamp, ids)
    db.commit()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("collection.anki2", db.serialize())
        # Anki's layout: the files are named 0, 1, ... and "media" maps each to its name.
        media = {}
        for number, (shown, name) in enumerate(sorted(names.items(), key=lambda kv: kv[1])):
            z.writestr(str(number), _png(geometry, shown))
            media[str(number)] = name
        z.writestr("media", json.dumps(media))
    db.close()
    return out.getvalue()
