"""Lookups over the atlas: verbs named by their key. Unknown keys raise specific errors."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from triggermap.atlas.model import (
    Atlas,
    Condition,
    Muscle,
    TriggerPoint,
    UnknownConditionError,
    UnknownMuscleError,
    UnknownRegionError,
)
from triggermap.atlas.words import norm
from triggermap.chart.geometry import Geometry
from triggermap.chart.outline import mirrored
from triggermap.lookup.vocabulary import resolve
from triggermap.schema import MIDLINE, SIDES, ZONES, region_id


@dataclass(frozen=True)
class Placement:
    """A trigger point of a muscle, on one side of the body, in its region."""

    muscle_id: str
    trigger_point: TriggerPoint
    side: str
    region_id: str


@dataclass(frozen=True)
class Referral:
    """One trigger point on one side refers pain into ``region_id`` in ``zone``."""

    muscle_id: str
    tp_id: str
    side: str
    zone: str
    region_id: str


@dataclass(frozen=True)
class Pattern:
    """A muscle's referred-pain pattern on one side: region ids per zone, and its marks."""

    muscle_id: str
    side: str
    essential: frozenset[str]
    spillover: frozenset[str]  # never overlaps ``essential``
    placements: tuple[Placement, ...]
    written_essential: frozenset[str] = frozenset()  # as in the data, before adding detail areas


@dataclass(frozen=True)
class _Index:
    referrals_to: dict[str, tuple[Referral, ...]]
    placements_in: dict[str, tuple[Placement, ...]]
    muscle_terms: dict[str, str]


@lru_cache(maxsize=8)
def _index(atlas: Atlas) -> _Index:
    referrals: dict[str, list[Referral]] = {}
    placements: dict[str, list[Placement]] = {}
    for m in atlas.muscles.values():
        for tp in m.trigger_points:
            for side in SIDES:
                rid = tp.region_on(side, atlas.sided)
                for where in family(atlas, rid, up=True, down=False):
                    placements.setdefault(where, []).append(Placement(m.id, tp, side, rid))
                for zone in ZONES:
                    for written in tp.zone_on(zone, side, atlas.sided):
                        for target in family(atlas, written):
                            referrals.setdefault(target, []).append(
                                Referral(m.id, tp.id, side, zone, target)
                            )
    mterms = {}
    for m in atlas.muscles.values():
        for t in (m.id, m.name, *m.aliases):
            mterms.setdefault(norm(t), m.id)
    return _Index(
        {k: tuple(v) for k, v in referrals.items()},
        {k: tuple(v) for k, v in placements.items()},
        mterms,
    )


@lru_cache(maxsize=8)
def _children(atlas: Atlas) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in atlas.regions.values():
        if r.parent:
            out.setdefault(r.parent, []).append(r.id)
    return {k: tuple(v) for k, v in out.items()}


def family(atlas: Atlas, region_id: str, up: bool = True, down: bool = True) -> tuple[str, ...]:
    """The region with its detail areas (``down``) and the body region holding it (``up``).

    Pain written for the whole palm covers the ball of the thumb; pain written
    for the ball of the thumb shows on the palm of the full-body chart.
    """
    out = [region_id]
    if down:
        out += _children(atlas).get(region_id, ())
    parent = atlas.regions[region_id].parent if region_id in atlas.regions else None
    if up and parent:
        out.append(parent)
    return tuple(out)


def _suggest(word: str, choices) -> tuple[str, ...]:
    return tuple(difflib.get_close_matches(word, list(choices), n=3, cutoff=0.6))


def base_names(atlas: Atlas) -> dict[str, str]:
    """Side-less area names by base id ("heel" for both heels)."""
    return {r.base: r.base_name for r in atlas.regions.values()}


def find_regions(atlas: Atlas, query: str) -> tuple[str, ...]:
    """Region ids a query stands for: an area, a body part, a broad word or a condition
    (see :func:`triggermap.lookup.vocabulary.resolve`); no side given means both sides."""
    return resolve(atlas, query).regions


def find_muscle(atlas: Atlas, query: str) -> Muscle:
    """The muscle a query means: its id, name or an alias, case-insensitive."""
    if query in atlas.muscles:
        return atlas.muscles[query]
    key = norm(query)
    mid = _index(atlas).muscle_terms.get(key)
    if mid is None:
        raise UnknownMuscleError(query, _suggest(key, _index(atlas).muscle_terms))
    return atlas.muscles[mid]


def condition(atlas: Atlas, condition_id: str) -> Condition:
    """The condition with this id."""
    if condition_id not in atlas.conditions:
        raise UnknownConditionError(condition_id, _suggest(condition_id, atlas.conditions))
    return atlas.conditions[condition_id]


def require_region(atlas: Atlas, region_id: str) -> None:
    if region_id not in atlas.regions:
        raise UnknownRegionError(region_id, _suggest(region_id, atlas.regions))


def trigger_points_in(atlas: Atlas, region_id: str) -> tuple[Placement, ...]:
    """Trigger points that lie in the region."""
    require_region(atlas, region_id)
    return _index(atlas).placements_in.get(region_id, ())


def referrals_to(atlas: Atlas, region_id: str) -> tuple[Referral, ...]:
    """Every trigger point (per side) whose referral zone covers the region."""
    require_region(atlas, region_id)
    return _index(atlas).referrals_to.get(region_id, ())


def pattern(atlas: Atlas, muscle_id: str, side: str = "right") -> Pattern:
    """A muscle's full referral pattern and trigger-point marks on one side."""
    m = find_muscle(atlas, muscle_id)
    written = {
        zone: {r for tp in m.trigger_points for r in tp.zone_on(zone, side, atlas.sided)}
        for zone in ZONES
    }
    ess = {f for r in written["essential"] for f in family(atlas, r)}
    spill = {f for r in written["spillover"] for f in family(atlas, r)}
    marks = tuple(
        Placement(m.id, tp, side, tp.region_on(side, atlas.sided)) for tp in m.trigger_points
    )
    return Pattern(
        m.id, side, frozenset(ess), frozenset(spill - ess), marks, frozenset(written["essential"])
    )


def lies_in(atlas: Atlas, muscle_id: str, side: str = "right") -> frozenset[str]:
    """Region ids of the areas the muscle lies under on ``side`` (its ``lies_in``).

    With each area's close-up areas and the body region holding it, so that every
    view, the full body's and the close-ups', draws where the muscle lies.
    """
    m = find_muscle(atlas, muscle_id)
    areas = (region_id(b, side if atlas.sided.get(b) else MIDLINE) for b in m.lies_in)
    return frozenset(f for r in areas for f in family(atlas, r))


def where_it_lies(
    atlas: Atlas, geometry: Geometry, view: str, muscle_ids, side: str = "right"
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Where the muscles lie on ``view``: (areas, outlines).

    A muscle with its own outline on the view is drawn by it (mirrored for the
    left side); the others fall back to the areas they lie under (:func:`lies_in`).
    Only areas the view draws are named.
    """
    g = geometry.views[view]
    areas: set[str] = set()
    outlines: list[str] = []
    for muscle_id in dict.fromkeys(muscle_ids):
        d = dict(find_muscle(atlas, muscle_id).outline).get(view)
        if d is None:
            areas |= lies_in(atlas, muscle_id, side)
        else:
            outlines.append(d if side != "left" else mirrored(d, g.width))
    return tuple(sorted(areas & set(g.paths))), tuple(outlines)


def muscles_for_condition(atlas: Atlas, condition_id: str) -> tuple[Muscle, ...]:
    """Muscles linked to the condition, by name."""
    condition(atlas, condition_id)
    return tuple(m for m in atlas.muscles.values() if condition_id in m.conditions)


def conditions_for_region(atlas: Atlas, region_id: str) -> tuple[Condition, ...]:
    """Conditions linked to the muscles that lie in or refer pain to the region, commonest first."""
    muscles = {p.muscle_id for p in trigger_points_in(atlas, region_id)}
    muscles |= {r.muscle_id for r in referrals_to(atlas, region_id)}
    counts = Counter(c for mid in muscles for c in atlas.muscles[mid].conditions)
    ordered = sorted(counts, key=lambda c: (-counts[c], atlas.conditions[c].name))
    return tuple(atlas.conditions[c] for c in ordered)
