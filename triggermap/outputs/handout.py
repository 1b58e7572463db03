"""What a take-home handout says: one page per muscle, from a muscle, a queue or a pain drawing.

Pure content: the words, which views of the chart and what is drawn on them,
and the link its QR code opens. triggermap.outputs.handout_pdf lays it out.
Everything comes from the atlas (cited there); the only fixed advice is the
doctor list, which is the app's own disclaimer, and the stop rule for self-care.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from triggermap.atlas.model import Atlas, Muscle
from triggermap.chart.geometry import Geometry
from triggermap.chart.raster import ChartPicture, ring_bounds
from triggermap.lookup.drawing import Drawing, to_params
from triggermap.lookup.query import family, find_muscle, pattern
from triggermap.outputs.clinic import NEUTRAL, Clinic
from triggermap.outputs.finder import symptom_finder
from triggermap.outputs.screens import marks_for, muscle_link

MAX_NOTE = 600  # characters of the therapist's note: it must leave the page one page
MAX_QUEUE = 12
DRAWING_PAGES = 3  # a pain drawing's handout: its best candidates, one page each
CHART_VIEWS = ("back", "front", "head")  # in the order a view is preferred when it adds nothing
PAD = 40  # chart units around a pattern
MIN_BAND = 330  # chart units: the least height of a body view shown
SEE_A_DOCTOR = (
    "This sheet is for education and is not a diagnosis. See a doctor for pain that is "
    "severe, new, keeps getting worse or follows an injury, or that comes with chest pain, "
    "numbness, weakness, fever or weight loss."
)
STOP_RULE = (
    "Stop any step that makes the pain clearly worse or brings numbness or tingling, "
    "and tell your therapist."
)


class HandoutError(ValueError):
    """A handout that cannot be made from what was asked (the message says why)."""


@dataclass(frozen=True)
class HandoutPage:
    muscle_id: str
    name: str
    title: str
    plain_name: str
    action: str
    steps: tuple[str, ...]  # three to five self-care steps
    pictures: tuple[ChartPicture, ...]
    source: str  # the citation the pattern follows
    marked: str = ""  # a pain drawing's areas in words, when the page comes from one


@dataclass(frozen=True)
class Handout:
    pages: tuple[HandoutPage, ...]
    link: str  # the app screen the QR code opens
    made_on: date
    doctor: tuple[str, ...]  # when to see a doctor: red flags of a drawing first
    clinic: Clinic = NEUTRAL
    note: str = ""


def _steps(m: Muscle) -> tuple[str, ...]:
    factors = "; ".join(f[:1].lower() + f[1:] for f in m.factors[:2])
    steps = [f"Pressure. {m.self_care.pressure}", f"Stretch. {m.self_care.stretch}"]
    if factors:
        steps.append(f"Ease what can keep it going, such as {factors}.")
    return (*steps, STOP_RULE)


def chart_box(geometry: Geometry, view: str, regions, marks, sides) -> tuple:
    """The part of a view worth showing: the head cut to the pattern's side; a body view cut
    to a band around the pattern, at least MIN_BAND tall, so the rest of the body gives scale."""
    g = geometry.views[view]
    if view == "head":
        half = g.width / 2
        if len(sides) != 1:
            return (0.0, 0.0, g.width, g.height)
        return (0.0, 0.0, half, g.height) if sides[0] == "right" else (half, 0.0, g.width, g.height)
    found = ring_bounds(g, regions)
    ys = [y for _, y in marks] + ([found[1], found[3]] if found else [])
    top, bottom = min(ys) - PAD, max(ys) + PAD
    grow = max(0.0, MIN_BAND - (bottom - top)) / 2
    top, bottom = top - grow, bottom + grow
    shift = max(0.0, -top) - max(0.0, bottom - g.height)
    return (0.0, max(0.0, top + shift), g.width, min(g.height, bottom + shift))


def chart_pictures(
    atlas: Atlas, geometry: Geometry, muscle_id: str, sides: tuple[str, ...], pain=frozenset()
) -> tuple[ChartPicture, ...]:
    """The views a pattern needs: each that shows a trigger point or an area no other one shows.

    Each is cut to the part that matters (see chart_box).
    """
    pats = [pattern(atlas, muscle_id, s) for s in sides]
    ess = frozenset().union(*(p.essential for p in pats))
    spill = frozenset().union(*(p.spillover for p in pats)) - ess
    placements = [pl for p in pats for pl in p.placements]
    shown: set[tuple[str, str]] = set()
    found = []
    for view in CHART_VIEWS:
        paths = set(geometry.views[view].paths)
        marks = tuple((m.x, m.y) for m in marks_for(atlas, geometry, view, placements))
        zones = (ess | spill | pain) & paths
        found.append((view, marks, zones))
    # Views with a trigger point first, then those covering the most of the pattern.
    found.sort(key=lambda c: (not c[1], -len(c[2])))
    out = []
    for view, marks, zones in found:
        names = {(atlas.regions[r].base, atlas.regions[r].side) for r in zones}
        if not marks and not names - shown:
            continue
        shown |= names
        box = chart_box(geometry, view, zones, marks, sides)
        pic = ChartPicture(view, ess & zones, spill & zones, marks, pain & zones, box)
        out.append((CHART_VIEWS.index(view), pic))
    return tuple(p for _, p in sorted(out, key=lambda x: x[0]))


def _source(atlas: Atlas, m: Muscle) -> str:
    ref = m.sources[0]
    if ref.ref not in atlas.sources:
        return ""
    return f"{atlas.sources[ref.ref].citation.rstrip('.')}, section '{ref.section}'"


def muscle_page(
    atlas: Atlas, geometry: Geometry, muscle_id: str, sides=("right",), pain=frozenset(), marked=""
) -> HandoutPage:
    """One page for one muscle: its pattern on the views it needs, what it does, self-care."""
    m = atlas.muscles[muscle_id]
    return HandoutPage(
        m.id,
        m.name,
        f"Your {m.name.lower()}: where its pain can spread",
        m.plain_name,
        m.action,
        _steps(m),
        chart_pictures(atlas, geometry, m.id, tuple(sides), frozenset(pain)),
        _source(atlas, m),
        marked,
    )


def _url(clinic: Clinic, page: str, params: dict[str, str]) -> str:
    return f"{clinic.app_url}/{page}?{urlencode(params, safe=',:')}"


def _note(note: str) -> str:
    return " ".join(note.split())[:MAX_NOTE]


def muscle_handout(
    atlas: Atlas,
    geometry: Geometry,
    query: str,
    side: str = "right",
    clinic: Clinic = NEUTRAL,
    note: str = "",
    today: date | None = None,
) -> Handout:
    """The handout for one muscle (an id, a name or an alias), its QR code the muscle's screen."""
    m = find_muscle(atlas, query)
    link = _url(clinic, "", muscle_link(atlas, geometry, m.id, side))
    page = muscle_page(atlas, geometry, m.id, (side,))
    return Handout((page,), link, today or date.today(), (SEE_A_DOCTOR,), clinic, _note(note))


def queue_handout(
    atlas: Atlas,
    geometry: Geometry,
    queries: list[str],
    clinic: Clinic = NEUTRAL,
    note: str = "",
    today: date | None = None,
) -> Handout:
    """A presentation queue's handout: a page per muscle, the QR code opening the queue."""
    if not queries or len(queries) > MAX_QUEUE:
        raise HandoutError(f"a queue needs 1 to {MAX_QUEUE} muscles")
    ids = list(dict.fromkeys(find_muscle(atlas, q).id for q in queries))
    link = _url(clinic, "", {"present": "1", "queue": ",".join(ids)})
    pages = tuple(muscle_page(atlas, geometry, mid) for mid in ids)
    return Handout(pages, link, today or date.today(), (SEE_A_DOCTOR,), clinic, _note(note))


def drawing_handout(
    atlas: Atlas,
    geometry: Geometry,
    drawing: Drawing,
    clinic: Clinic = NEUTRAL,
    note: str = "",
    today: date | None = None,
) -> Handout:
    """A pain drawing's handout: the best candidates, a page each, with the marked areas drawn.

    Red flags of the drawing come first under "when to see a doctor".
    """
    if not drawing.areas:
        raise HandoutError("the pain drawing marks no area")
    finder = symptom_finder(atlas, geometry, drawing, "front")
    pain = frozenset(f for r in drawing.areas for f in family(atlas, r, down=False))
    marked = "You marked: " + ", ".join(finder.marked) + "."
    pages = tuple(
        muscle_page(atlas, geometry, c.muscle_id, c.sides, pain, marked)
        for c in finder.candidates[:DRAWING_PAGES]
    )
    if not pages:
        raise HandoutError("no muscle in the atlas explains the marked areas")
    link = _url(clinic, "symptom_finder", to_params(drawing))
    doctor = (*(f.message for f in finder.flags), SEE_A_DOCTOR)
    return Handout(pages, link, today or date.today(), doctor, clinic, _note(note))
