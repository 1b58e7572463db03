"""The ✕ marks on the chart: each trigger point at its own place, coinciding ones drawn as one.

A trigger point's place on each view is written in the data (``positions``). Two
trigger points can still lie too close to tell apart, or to tap apart, on a
phone: those are drawn as one mark that counts them and names each.
"""

from __future__ import annotations

from dataclasses import dataclass

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.explain import provenance_words
from triggermap.lookup.query import Placement, family
from triggermap.schema import SIDES, ZONES

# Marks closer than this on screen are one mark. The chart is narrowest on a phone:
# at 390×844 CSS px the front and back views are held to 76% of the height (641 px
# for 810 units), so drawn 316 px wide; the wider views fill the column (about 358
# px). Measuring every view against 316 px is the cautious reading of all of them.
MIN_GAP_PX = 6.0
NARROWEST_CHART_PX = 316.0


@dataclass(frozen=True)
class Mark:
    """One ✕: where, its muscle's rank, and the trigger points it stands for.

    ``keys`` are "muscle.trigger-point.side" ids (see :func:`placement_key`), more
    than one when trigger points coincide on this view. What a mark is called comes
    from their records (:func:`trigger_point_record`), sent beside the marks.
    """

    x: float
    y: float
    rank: int = 0  # the muscle's place among the candidates for the tapped area; 0 = unranked
    keys: tuple[str, ...] = ()


def placement_key(p: Placement) -> str:
    """The id a trigger point on one side goes by on the chart: "soleus.tp1.right"."""
    return f"{p.muscle_id}.{p.trigger_point.id}.{p.side}"


def min_gap(geometry: Geometry, view: str) -> float:
    """:data:`MIN_GAP_PX` in the view's SVG units, at the narrowest drawn chart."""
    return MIN_GAP_PX * geometry.views[view].width / NARROWEST_CHART_PX


def mark_position(
    atlas: Atlas, geometry: Geometry, placement: Placement, view: str
) -> tuple[float, float]:
    """Where a trigger point's ✕ goes on ``view``: its written position, mirrored for the left.

    Validation makes every view that draws the region (or its parent) carry one;
    an atlas built without it gets a point inside the region.
    """
    g = geometry.views[view]
    placed = placement.trigger_point.position(view, placement.side, g.width)
    if placed is not None:
        return placed
    region = atlas.regions[placement.region_id]
    where = placement.region_id if placement.region_id in g.paths else region.parent
    point = g.shapes[where].representative_point()
    return (round(point.x, 1), round(point.y, 1))


def marks_for(
    atlas: Atlas, geometry: Geometry, view: str, placements, ranks: dict[str, int] | None = None
) -> tuple[Mark, ...]:
    """✕ marks for the placements drawn on ``view``, no two closer than :func:`min_gap`.

    ``ranks`` numbers muscles (1 = most likely); their marks carry that number.
    The best-ranked trigger points are placed first; one that would land within
    the gap of a mark already placed joins it instead (its count grows), so the
    marks drawn never crowd and none of them moves from its written place.
    """
    g, gap = geometry.views[view], min_gap(geometry, view)
    ranks = ranks or {}
    drawn = [p for p in placements if _drawn_in(atlas, p, g.paths)]
    order = sorted(range(len(drawn)), key=lambda i: (ranks.get(drawn[i].muscle_id) or 1e9, i))
    groups: list[tuple[tuple[float, float], list[Placement]]] = []
    for i in order:
        p = drawn[i]
        x, y = mark_position(atlas, geometry, p, view)
        near = [
            (((x - gx) ** 2 + (y - gy) ** 2), k)
            for k, ((gx, gy), _) in enumerate(groups)
            if (x - gx) ** 2 + (y - gy) ** 2 < gap**2
        ]
        if near:
            groups[min(near)[1]][1].append(p)
        else:
            groups.append(((x, y), [p]))
    return tuple(_mark(xy, members, ranks) for xy, members in groups)


def _drawn_in(atlas: Atlas, p: Placement, paths) -> bool:
    return p.region_id in paths or atlas.regions[p.region_id].parent in paths


def _mark(xy, members: list[Placement], ranks: dict[str, int]) -> Mark:
    # A mark standing for several muscles carries the best rank among them.
    rank = min((ranks.get(p.muscle_id, 0) for p in members), key=lambda r: r or 1e9)
    return Mark(xy[0], xy[1], rank, tuple(placement_key(p) for p in members))


def trigger_point_record(atlas: Atlas, p: Placement) -> dict:
    """What a tapped ✕ shows: the trigger point's names and its own pattern (region ids)."""
    tp = p.trigger_point
    zones = {
        zone: sorted({f for r in tp.zone_on(zone, p.side, atlas.sided) for f in family(atlas, r)})
        for zone in ZONES
    }
    zones["spillover"] = [r for r in zones["spillover"] if r not in zones["essential"]]
    return {
        "muscle_id": p.muscle_id,
        "muscle": atlas.muscles[p.muscle_id].name,
        "label": tp.label,
        "location": tp.location,
        "side": p.side,
        # Where the pattern comes from; "derived" patterns say they are not a source's.
        "provenance": provenance_words(tp),
        "derived": tp.derived,
        **zones,
    }


def all_placements(atlas: Atlas) -> tuple[Placement, ...]:
    """Every trigger point of the atlas on both sides (the chart's most crowded case)."""
    return tuple(
        Placement(m.id, tp, side, tp.region_on(side, atlas.sided))
        for m in atlas.muscles.values()
        for tp in m.trigger_points
        for side in SIDES
    )


def trigger_point_records(atlas: Atlas, placements=None) -> dict[str, dict]:
    """:func:`trigger_point_record` by key, for the placements given (default: all of them)."""
    return {
        placement_key(p): trigger_point_record(atlas, p)
        for p in (all_placements(atlas) if placements is None else placements)
    }


def records_of(atlas: Atlas, placements, marks: tuple[Mark, ...]) -> dict[str, dict]:
    """The records of the trigger points the marks stand for."""
    keys = {k for m in marks for k in m.keys}
    return {k: r for k, r in trigger_point_records(atlas, placements).items() if k in keys}
