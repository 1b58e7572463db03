"""What each screen shows, computed from the atlas: pure functions the pages call once."""

from __future__ import annotations

from dataclasses import dataclass, field

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.query import (
    Placement,
    family,
    pattern,
    referrals_to,
    trigger_points_in,
    where_it_lies,
)
from triggermap.lookup.ranking import pain_sources_in
from triggermap.outputs.export import muscle_dict
from triggermap.outputs.marks import Mark, marks_for, records_of
from triggermap.schema import DETAIL_VIEWS, SIDES, VIEWS
from triggermap.text import Notice

# What a tap on the body map answers: the patient's question (the default) or the trainee's.
QUESTIONS = ("sources", "referral")
TOP_RANKED = 3  # the most likely candidates, numbered on the chart


@dataclass(frozen=True)
class MapState:
    """Everything the map needs after its geometry: which regions carry which class."""

    view: str
    selected: tuple[str, ...] = ()
    essential: tuple[str, ...] = ()
    spillover: tuple[str, ...] = ()
    pain: tuple[str, ...] = ()
    marks: tuple[Mark, ...] = ()
    heat: dict[str, int] = field(default_factory=dict)  # region id -> colour step 0..5
    lies: tuple[str, ...] = ()  # where the candidates' trigger points lie
    belly: tuple[str, ...] = ()  # where the shown muscle lies (its lies_in), outlined
    # the shown muscle's own outline ("M x y … Z" points of a smooth curve), drawn instead
    # of its belly areas on a view where the data gives one (triggermap.chart.outline)
    outlines: tuple[str, ...] = ()
    question: str = "referral"  # which question a tap is answered with (QUESTIONS)
    # what a tapped ✕ names and draws, by the marks' keys (triggermap.outputs.marks)
    trigger_points: dict[str, dict] = field(default_factory=dict)


@dataclass(frozen=True)
class LinkState:
    """The screen a link names: ``?view=…&region=…&muscle=…&side=…&question=…`` (or ``&find=…``).

    ``find`` holds words for a group of areas (a body part, a broad word or a
    condition: see triggermap.outputs.search), checked by its own parser.
    ``question`` is what a tapped area answers: where pain felt there can come
    from ("sources"), or where the trigger points in it send pain ("referral").
    """

    view: str = "front"
    region: str | None = None
    muscle: str | None = None
    side: str = "right"
    find: str | None = None
    question: str = "sources"


@dataclass(frozen=True)
class Explorer:
    map: MapState
    muscle: dict | None = None
    side: str = "right"
    zoom: tuple[str, ...] = field(default=())
    also_on: tuple[str, ...] = field(default=())  # other body views showing part of the zones


def parse_link(atlas: Atlas, params: dict) -> tuple[LinkState, tuple[Notice, ...]]:
    """A link's state plus a notice for each value that was ignored (never raises)."""

    def first(name: str) -> str | None:
        value = params.get(name)
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        return str(value)[:200] if value is not None else None

    notices, state = [], {}
    checks = (
        ("view", VIEWS),
        ("region", atlas.regions),
        ("muscle", atlas.muscles),
        ("side", SIDES),
        ("question", QUESTIONS),
    )
    for name, known in checks:
        value = first(name)
        if value is None or value == "":
            continue
        if value in known:
            state[name] = value
        else:
            wording = f"The link's {name} {{}} is not known, so it was ignored."
            notices.append(Notice(wording, (value,)))
    return LinkState(**state), tuple(notices)


def link_params(state: LinkState) -> dict[str, str]:
    """Query parameters for a state (defaults left out, to keep links short)."""
    out = {"view": state.view}
    if state.region:
        out["region"] = state.region
    elif state.find:
        out["find"] = state.find
    if state.muscle:
        out["muscle"] = state.muscle
        out["side"] = state.side
    if state.question != QUESTIONS[0]:
        out["question"] = state.question
    return out


def zoom_views(geometry: Geometry, atlas: Atlas, view: str, region: str | None) -> tuple[str, ...]:
    """Where to go from here: the close-up that draws the selected area, or back to the body."""
    if view in DETAIL_VIEWS:
        return ("front",) if view in ("hand-palm", "foot-top") else ("back",)
    if region is None:
        return ()
    areas = set(family(atlas, region, up=False))
    return tuple(v for v in DETAIL_VIEWS if areas & set(geometry.views[v].paths))


def muscle_link(atlas: Atlas, geometry: Geometry, muscle_id: str, side: str = "right") -> dict:
    """Link parameters opening a muscle on the body map, on the view of its first trigger point."""
    region = atlas.regions[pattern(atlas, muscle_id, side).placements[0].region_id]
    view = (
        region.view
        if region.view in ("front", "back", "head")
        else (atlas.regions[region.parent].view if region.parent else "front")
    )
    return link_params(LinkState(view=view, muscle=muscle_id, side=side))


def _zones(atlas: Atlas, placements: tuple[Placement, ...]) -> tuple[set, set]:
    ess, spill = set(), set()
    for p in placements:
        ess |= set(p.trigger_point.zone_on("essential", p.side, atlas.sided))
        spill |= set(p.trigger_point.zone_on("spillover", p.side, atlas.sided))
    return ess, spill - ess


def candidates(atlas: Atlas, region_id: str) -> tuple[str, ...]:
    """Muscles whose referred pain can reach the region, in the region panel's order.

    The ranking's order, main (essential) zones before spillover ones; a muscle
    explained only by its trigger point lying in the region is not among them.
    """
    ranked = [s for s in pain_sources_in(atlas, region_id) if not s.site_regions]
    ranked.sort(key=lambda s: s.zone != "essential")  # stable: keeps the ranking within a zone
    return tuple(s.muscle_id for s in ranked)


def _sources(atlas: Atlas, region_id: str) -> tuple[tuple[Placement, ...], dict[str, int]]:
    """The trigger points that can send pain into the region, by candidate, and their ranks."""
    muscles = candidates(atlas, region_id)
    ranks = {m: i + 1 for i, m in enumerate(muscles)}
    refer = {(r.muscle_id, r.tp_id, r.side) for r in referrals_to(atlas, region_id)}
    placements = tuple(
        Placement(mid, tp, side, tp.region_on(side, atlas.sided))
        for mid in muscles
        for tp in atlas.muscles[mid].trigger_points
        for side in SIDES
        if (mid, tp.id, side) in refer
    )
    return placements, ranks


def warm_up(atlas: Atlas, geometry: Geometry) -> None:
    """Build the lookup indexes and parse every view's shapes once, before any click."""
    for view in geometry.views.values():
        _ = view.shapes
    for rid in atlas.regions:
        trigger_points_in(atlas, rid)


def explore(atlas: Atlas, geometry: Geometry, link: LinkState) -> Explorer:
    """The body-map screen: a chosen muscle's pattern, else the answer to the tapped region.

    For a region the question decides: the trigger points that can send pain into
    it, ranked, and where they lie ("sources"), or the region's own trigger points
    and where they send pain ("referral"). The region panel's record comes from the
    tap index (triggermap.outputs.answers).
    """
    ranks, lies = None, ()
    if link.muscle:
        pat = pattern(atlas, link.muscle, link.side)
        placements, ess, spill = pat.placements, set(pat.essential), set(pat.spillover)
    elif link.region and link.question == "sources":
        placements, ranks = _sources(atlas, link.region)
        ess, spill = set(), set()
        held = {r for p in placements for r in (p.region_id, atlas.regions[p.region_id].parent)}
        lies = tuple(sorted(held & set(geometry.views[link.view].paths) - {link.region}))
    elif link.region:
        placements = trigger_points_in(atlas, link.region)
        ess, spill = _zones(atlas, placements)
    else:
        placements, ess, spill = (), set(), set()
    belly, outlines = (
        where_it_lies(atlas, geometry, link.view, (link.muscle,), link.side)
        if link.muscle
        else ((), ())
    )
    state = MapState(
        view=link.view,
        selected=(link.region,) if link.region else (),
        essential=tuple(sorted(ess)),
        spillover=tuple(sorted(spill)),
        marks=(marks := marks_for(atlas, geometry, link.view, placements, ranks)),
        lies=lies,
        belly=belly,
        outlines=outlines,
        question=link.question,
        trigger_points=records_of(atlas, placements, marks),
    )
    muscle = muscle_dict(atlas, geometry, atlas.muscles[link.muscle]) if link.muscle else None
    drawn = set(geometry.views[link.view].paths)
    hidden = (ess | spill) - drawn
    also_on = tuple(
        v
        for v in ("front", "back", "head")
        if v != link.view and hidden & set(geometry.views[v].paths)
    )
    zoom = zoom_views(geometry, atlas, link.view, link.region)
    return Explorer(state, muscle, link.side, zoom, also_on)
