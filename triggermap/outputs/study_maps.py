"""What the body map shows for a study question, its feedback, and a look-alike comparison.

The map's own classes carry everything (ui/map.css): the true essential zone solid
red, spillover hatched, the trainee's taps and the pain area purple with a dark
outline, trigger points as ✕.
"""

from __future__ import annotations

from dataclasses import dataclass

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.query import pattern, where_it_lies
from triggermap.outputs.screens import MapState, marks_for
from triggermap.outputs.study import SIDE, essential_of, question_view
from triggermap.outputs.study_questions import Question
from triggermap.schema import VIEW_NAMES


def tap_point(geometry: Geometry, view: str, region_id: str) -> tuple[float, float]:
    """The chart point a tap on an area stands for: the map reports areas, not points."""
    point = geometry.views[view].shapes[region_id].representative_point()
    return (round(point.x, 1), round(point.y, 1))


def question_map(question: Question, taps: tuple[str, ...] = ()) -> MapState:
    """The map while the question is open: the pattern or area asked about, and the taps."""
    if question.kind == "pattern":
        return MapState(
            view=question.view,
            essential=question.shown_essential,
            spillover=question.shown_spillover,
        )
    if question.kind == "causes":
        return MapState(view=question.view, pain=question.shown_essential)
    if question.kind == "point":
        return MapState(view=question.view, selected=taps[-1:])
    return MapState(view=question.view, pain=taps)


def feedback_map(
    atlas: Atlas, geometry: Geometry, question: Question, taps: tuple[str, ...] = ()
) -> MapState:
    """The map after an answer: the true pattern with its trigger points, and the taps."""
    pat = pattern(atlas, question.muscle_id, SIDE)
    placements = pat.placements
    if question.kind == "causes":
        # Every right answer's trigger points, so the trainee sees where each lies.
        placements = (
            tuple(p for m in question.right for p in pattern(atlas, m, SIDE).placements)
            or placements
        )
    shown = question.right if question.kind == "causes" else (question.muscle_id,)
    belly, outlines = where_it_lies(atlas, geometry, question.view, shown, SIDE)
    pain = question.shown_essential if question.kind == "causes" else ()
    if question.kind == "zones":
        pain = taps
    return MapState(
        view=question.view,
        essential=tuple(sorted(pat.essential)),
        spillover=tuple(sorted(pat.spillover)),
        pain=pain,
        selected=taps[-1:] if question.kind == "point" else (),
        marks=marks_for(atlas, geometry, question.view, placements),
        belly=belly,
        outlines=outlines,
    )


def marks_elsewhere(atlas: Atlas, geometry: Geometry, question: Question) -> str:
    """Where the muscle's trigger points lie when the question's view does not draw them."""
    regions = {p.region_id for p in pattern(atlas, question.muscle_id, SIDE).placements}
    drawn = geometry.views[question.view].paths
    away = sorted(r for r in regions if r not in drawn and atlas.regions[r].parent not in drawn)
    if not away:
        return ""
    names = ", ".join(atlas.regions[r].name for r in away)
    views = ", ".join(dict.fromkeys(VIEW_NAMES[v] for r in away for v in geometry.views_of(r)))
    return f"Its trigger points lie off this view, in the {names} ({views} view)."


@dataclass(frozen=True)
class Comparison:
    """Two muscles' patterns together: areas by whose essential zone holds them."""

    first: str
    second: str
    view: str
    first_only: tuple[str, ...]
    second_only: tuple[str, ...]
    both: tuple[str, ...]
    differences: tuple[str, ...]  # in words, for the list under the map
    map: MapState


def _names(atlas: Atlas, ids) -> str:
    names = sorted({atlas.regions[r].base_name for r in ids})
    return ", ".join(names) if names else "nothing"


def _lies(atlas: Atlas, muscle_id: str) -> str:
    return _names(atlas, {p.region_id for p in pattern(atlas, muscle_id, SIDE).placements})


def compare(atlas: Atlas, geometry: Geometry, first: str, second: str) -> Comparison:
    """Two muscles on one map, told apart by colour and by pattern, differences in words.

    The first muscle's essential zone is solid red; the second's is hatched with a
    dark purple outline; an area in both is solid red with the purple outline.
    """
    a, b = essential_of(atlas, first), essential_of(atlas, second)
    view = question_view(atlas, geometry, first)
    drawn = set(geometry.views[view].paths)
    name_a, name_b = atlas.muscles[first].name, atlas.muscles[second].name
    spill_a = pattern(atlas, first, SIDE).spillover - b
    spill_b = pattern(atlas, second, SIDE).spillover - a
    words = [
        f"Only {name_a} refers pain, as its essential zone, to: {_names(atlas, a - b)}.",
        f"Only {name_b} refers pain, as its essential zone, to: {_names(atlas, b - a)}.",
        f"Both refer pain, as their essential zone, to: {_names(atlas, a & b)}.",
        f"{name_a}'s trigger points lie in: {_lies(atlas, first)}; "
        f"{name_b}'s in: {_lies(atlas, second)}.",
    ]
    if spill_a - spill_b or spill_b - spill_a:
        words.append(
            f"Spillover only: {name_a} to {_names(atlas, spill_a - spill_b)}; "
            f"{name_b} to {_names(atlas, spill_b - spill_a)}."
        )
    placements = (
        *pattern(atlas, first, SIDE).placements,
        *pattern(atlas, second, SIDE).placements,
    )
    state = MapState(
        view=view,
        essential=tuple(sorted(a & drawn)),
        spillover=tuple(sorted((b - a) & drawn)),
        pain=tuple(sorted(b & drawn)),
        marks=marks_for(atlas, geometry, view, placements),
    )
    return Comparison(
        first,
        second,
        view,
        tuple(sorted(a - b)),
        tuple(sorted(b - a)),
        tuple(sorted(a & b)),
        tuple(words),
        state,
    )
