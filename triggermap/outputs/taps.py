"""What a tap answers on the charts that are not the body map: conditions and coverage."""

from __future__ import annotations

from triggermap.atlas.model import Atlas, Muscle
from triggermap.lookup.query import condition, referrals_to
from triggermap.lookup.ranking import PainSource, pain_sources_in


def condition_sources(atlas: Atlas, condition_id: str, region_id: str) -> list[PainSource]:
    """The condition's muscles whose pattern covers the region, ranked as on the other screens."""
    cond = condition(atlas, condition_id)
    return [
        s
        for s in pain_sources_in(atlas, region_id)
        if cond.id in atlas.muscles[s.muscle_id].conditions
    ]


def referring_muscles(atlas: Atlas, region_id: str) -> list[tuple[Muscle, str]]:
    """Muscles that refer pain to the region, with the zone ("essential" before "spillover").

    A muscle with both zones there is listed once, under its main (essential) zone.
    """
    zones: dict[str, str] = {}
    for r in referrals_to(atlas, region_id):
        if zones.get(r.muscle_id) != "essential":
            zones[r.muscle_id] = r.zone
    ranked = sorted(zones, key=lambda m: (zones[m] != "essential", atlas.muscles[m].name))
    return [(atlas.muscles[m], zones[m]) for m in ranked]
