"""Study cards for other tools: an Anki deck (``genanki``) and a CSV, one card per muscle and kind.

The cards are built from the atlas alone (no user data). The deck is assembled in
memory: genanki's own ``write_to_file`` leaves a temporary database file behind on
every call, and the server keeps no files. Pattern pictures are not in the deck yet:
they wait for a server-side chart renderer (see the README's study section).
"""

from __future__ import annotations

import html
import io
import itertools
import json
import sqlite3
import zipfile

import genanki
import pandas as pd

from triggermap.atlas.model import Atlas
from triggermap.lookup.query import pattern, referrals_to
from triggermap.outputs.study import KIND_NAMES, KINDS, SIDE, essential_of, source_line

# Fixed ids, so a re-imported deck updates the trainee's cards instead of duplicating them.
MODEL_ID, DECK_ID = 1_460_140_001, 1_460_140_002
DECK_NAME = "Trigger-point referral patterns"
FIELDS = ("Front", "Back", "Source")
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
        same = [
            atlas.muscles[o].name for o in atlas.muscles if essential_of(atlas, o) == pat.essential
        ]
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
    area = sorted(pat.essential)[0] if pat.essential else pat.placements[0].region_id
    causes = sorted(
        {r.muscle_id for r in referrals_to(atlas, area) if r.side == SIDE and r.zone == "essential"}
    )
    front = f"Pain felt in the {atlas.regions[area].base_name}: which muscles refer it there?"
    return front, ", ".join(atlas.muscles[c].name for c in causes)


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


def anki_deck(atlas: Atlas, timestamp: float = 0.0) -> bytes:
    """An Anki package (.apkg): a zip holding the SQLite collection and a media list."""
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for row in cards(atlas).itertuples():
        fields = [html.escape(str(v)) for v in (row.front, row.back, row.source)]
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
        z.writestr("media", json.dumps({}))
    db.close()
    return out.getvalue()
