"""Presentation mode: a queue of muscles (and a pain drawing) from a link, one large slide each.

The link holds everything (``?present=1&queue=upper-trapezius,levator-scapulae&side=left
&step=2&pain=right-temple``), so a therapist can prepare it before the patient comes in.
It comes from outside: every entry is checked, unknown ones are named in one notice and
left out, and the rest still work.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from triggermap.atlas.model import Atlas, UnknownMuscleError
from triggermap.chart.geometry import Geometry
from triggermap.lookup.drawing import Drawing, DrawingError, parse_params, to_params
from triggermap.lookup.query import family, find_muscle, trigger_points_in
from triggermap.outputs.screens import LinkState, MapState, candidates, explore
from triggermap.schema import SIDES
from triggermap.text import Notice

MAX_QUEUE = 20
MAX_QUEUE_CHARS = 1000
# A slide shows the pattern on each whole-body view it touches, side by side.
SLIDE_VIEWS = ("front", "back", "head")
DRAWING = "Your pain drawing"


@dataclass(frozen=True)
class Presentation:
    """A checked queue: muscle ids in order, the side shown, the slide open, a drawing if any."""

    queue: tuple[str, ...] = ()
    side: str = "right"
    step: int = 0  # 0-based; the drawing, when there is one, is slide 0
    drawing: Drawing | None = None

    @property
    def total(self) -> int:
        return len(self.queue) + (1 if self.drawing else 0)

    def moved(self, delta: int) -> Presentation:
        """The presentation one slide on (or back), staying within the queue."""
        return replace(self, step=min(max(self.step + delta, 0), max(self.total - 1, 0)))


@dataclass(frozen=True)
class Slide:
    title: str
    subtitle: str
    maps: tuple[MapState, ...]  # one per view the pattern touches, in SLIDE_VIEWS order
    muscle_id: str | None = None


def _first(params: dict, name: str) -> str:
    value = params.get(name)
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return "" if value is None else str(value)


def _queue(atlas: Atlas, text: str) -> tuple[tuple[str, ...], tuple[Notice, ...]]:
    if len(text) > MAX_QUEUE_CHARS:
        return (), (Notice("The link's queue is too long, so it was ignored."),)
    out, unknown = [], []
    for entry in (e.strip() for e in text.split(",")):
        if not entry:
            continue
        try:
            mid = find_muscle(atlas, entry).id
        except UnknownMuscleError:
            unknown.append(entry)
            continue
        if mid not in out:
            out.append(mid)
    notices = []
    if unknown:
        wording = "These queue entries are not muscles in this atlas and were left out: {}"
        notices.append(Notice(wording, (", ".join(unknown),)))
    if len(out) > MAX_QUEUE:
        wording = f"The queue holds at most {MAX_QUEUE} muscles; the rest were left out."
        out, notices = out[:MAX_QUEUE], [*notices, Notice(wording)]
    return tuple(out), tuple(notices)


def parse_presentation(atlas: Atlas, params: dict) -> tuple[Presentation, tuple[Notice, ...]]:
    """The presentation a link names, and a notice for each part not used (never raises)."""
    queue, notices = _queue(atlas, _first(params, "queue"))
    side = _first(params, "side") or "right"
    if side not in SIDES:
        notices += (
            Notice("The link's side {} is not known, so the right side is shown.", (side,)),
        )
        side = "right"
    drawing = None
    if pain := _first(params, "pain"):
        try:
            drawing = parse_params(atlas, pain)
        except DrawingError as exc:
            notices += (exc.notice.within("The link's pain drawing was not used: "),)
    drawing = drawing if drawing and drawing.areas else None
    shown = Presentation(queue, side, 0, drawing)
    step = _first(params, "step")
    if step:
        if step.isdigit() and 1 <= int(step) <= max(shown.total, 1):
            shown = replace(shown, step=int(step) - 1)
        else:
            notices += (
                Notice("The link's step {} is not in the queue, so it starts at 1.", (step,)),
            )
    return shown, notices


def presentation_params(shown: Presentation) -> dict[str, str]:
    """Link parameters that reopen this presentation on the same slide."""
    out = {"present": "1"}
    if shown.queue:
        out["queue"] = ",".join(shown.queue)
    if shown.side != "right":
        out["side"] = shown.side
    if shown.drawing:
        out |= {"pain": to_params(shown.drawing)["pain"]}
    if shown.step:
        out["step"] = str(shown.step + 1)
    return out


def _touches(geometry: Geometry, state: MapState) -> bool:
    drawn = geometry.views[state.view].paths
    return bool(state.marks) or any(
        r in drawn for r in (*state.essential, *state.spillover, *state.pain)
    )


def slide(atlas: Atlas, geometry: Geometry, shown: Presentation) -> Slide | None:
    """The open slide: the drawing, or a muscle's pattern on every view it touches."""
    if not shown.total:
        return None
    if shown.drawing and shown.step == 0:
        pain = tuple(sorted({f for r in shown.drawing.areas for f in family(atlas, r, down=False)}))
        maps = tuple(MapState(view=v, pain=pain) for v in SLIDE_VIEWS)
        words = ", ".join(atlas.regions[r].name for r in shown.drawing.areas)
        return Slide(DRAWING, words, tuple(m for m in maps if _touches(geometry, m)))
    muscle = atlas.muscles[shown.queue[shown.step - (1 if shown.drawing else 0)]]
    maps = tuple(
        explore(atlas, geometry, LinkState(view=v, muscle=muscle.id, side=shown.side)).map
        for v in SLIDE_VIEWS
    )
    kept = tuple(m for m in maps if _touches(geometry, m))
    return Slide(muscle.name, muscle.plain_name, kept, muscle.id)


def queue_for(atlas: Atlas, link: LinkState, limit: int = 5) -> dict[str, str]:
    """Link parameters presenting what the body map shows, or {} when it shows nothing.

    A chosen muscle on its side; else, for a tapped area, the muscles that answer the
    map's question: the likeliest sources of pain felt there, or those lying in it.
    """
    if link.muscle:
        return presentation_params(Presentation((link.muscle,), link.side))
    if not link.region:
        return {}
    if link.question == "referral":
        muscles = tuple(dict.fromkeys(p.muscle_id for p in trigger_points_in(atlas, link.region)))
    else:
        muscles = candidates(atlas, link.region)
    return presentation_params(Presentation(muscles[:limit])) if muscles else {}


def drawing_queue(drawing: Drawing, sources: tuple, limit: int = 5) -> dict[str, str]:
    """Link parameters presenting a pain drawing, then its likeliest muscles (PainSource records).

    A presentation shows one side: that of the likeliest muscle.
    """
    if not drawing.areas:
        return {}
    muscles = tuple(dict.fromkeys(s.muscle_id for s in sources))[:limit]
    side = sources[0].sides[0] if sources and sources[0].sides else "right"
    return presentation_params(Presentation(muscles, side, 0, Drawing(drawing.areas)))
