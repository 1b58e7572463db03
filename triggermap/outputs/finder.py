"""What the symptom finder and the conditions page show: pure functions over the atlas."""

from __future__ import annotations

from dataclasses import dataclass

from triggermap.atlas.model import Atlas, Condition, Muscle
from triggermap.chart.geometry import Geometry
from triggermap.lookup.complaints import Complaint, complaints
from triggermap.lookup.drawing import Drawing
from triggermap.lookup.query import condition, family, muscles_for_condition, pattern
from triggermap.lookup.ranking import PainSource
from triggermap.lookup.redflags import RedFlag, red_flags
from triggermap.outputs.marks import marks_for, records_of
from triggermap.outputs.screens import MapState


@dataclass(frozen=True)
class Finder:
    """The pain drawing, its complaints and candidates, the one being shown, and any red flags."""

    map: MapState
    candidates: tuple[PainSource, ...]  # every complaint's, best of each first (see _interleave)
    index: int  # which candidate is overlaid (0 when there is none)
    flags: tuple[RedFlag, ...]
    complaints: tuple[Complaint, ...] = ()
    owners: tuple[int, ...] = ()  # the complaint of each candidate, by position
    marked: tuple[str, ...] = ()  # the marked areas in words, with their side: "left heel"

    @property
    def selected(self) -> PainSource | None:
        return self.candidates[self.index] if self.candidates else None

    @property
    def selected_complaint(self) -> Complaint | None:
        return self.complaints[self.owners[self.index]] if self.candidates else None


def _interleave(found: tuple[Complaint, ...]) -> tuple[tuple[PainSource, ...], tuple[int, ...]]:
    """Each complaint's first candidate, then each one's second, and so on.

    Stepping through the candidates then shows the best for every complaint first.
    """
    pairs = [
        (rank, i, source) for i, c in enumerate(found) for rank, source in enumerate(c.sources)
    ]
    pairs.sort(key=lambda p: (p[0], p[1]))
    return tuple(p[2] for p in pairs), tuple(p[1] for p in pairs)


def _together(atlas: Atlas, pairs) -> tuple[set, set, list]:
    """Essential and spillover zones and trigger points of several (muscle, side) patterns."""
    ess, spill, placements = set(), set(), []
    for muscle_id, side in pairs:
        p = pattern(atlas, muscle_id, side)
        ess |= p.essential
        spill |= p.spillover
        placements += p.placements
    return ess, spill - ess, placements


def symptom_finder(
    atlas: Atlas, geometry: Geometry, drawing: Drawing, view: str, index: int = 0, limit: int = 15
) -> Finder:
    """Rank the muscles for a drawing and overlay the chosen candidate on it."""
    marked = list(drawing.areas)
    found = complaints(atlas, marked, drawing.intensities(), limit=limit)
    candidates, owners = _interleave(found)
    index = min(max(index, 0), max(len(candidates) - 1, 0))
    pain = {f for r in marked for f in family(atlas, r, down=False)}
    ess, spill, marks = set(), set(), ()
    if candidates:
        chosen = candidates[index]
        ess, spill, placements = _together(atlas, [(chosen.muscle_id, s) for s in chosen.sides])
        marks = marks_for(atlas, geometry, view, placements)
    state = MapState(
        view=view,
        essential=tuple(sorted(ess)),
        spillover=tuple(sorted(spill)),
        pain=tuple(sorted(pain)),
        marks=marks,
        trigger_points=records_of(atlas, placements, marks) if marks else {},
    )
    flags = tuple(red_flags(marked, drawing.answers))
    words = tuple(atlas.regions[r].name for r in marked)
    return Finder(state, candidates, index, flags, found, owners, words)


MAX_MARKED = 12


@dataclass(frozen=True)
class ConditionView:
    condition: Condition
    muscles: tuple[Muscle, ...]
    map: MapState


def condition_view(
    atlas: Atlas, geometry: Geometry, condition_id: str, view: str, side: str = "right"
) -> ConditionView:
    """A condition's muscles with all their patterns together on one side of the body."""
    cond = condition(atlas, condition_id)
    muscles = muscles_for_condition(atlas, condition_id)
    ess, spill, placements = _together(atlas, [(m.id, side) for m in muscles])
    # With many muscles the marks would bury the chart; the zones still show.
    marks = marks_for(atlas, geometry, view, placements) if len(muscles) <= MAX_MARKED else ()
    state = MapState(
        view=view,
        essential=tuple(sorted(ess)),
        spillover=tuple(sorted(spill)),
        marks=marks,
        trigger_points=records_of(atlas, placements, marks),
    )
    return ConditionView(cond, muscles, state)
