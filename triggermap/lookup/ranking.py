"""Rank the muscles whose referral patterns best explain a pain drawing.

The score of a muscle, for a drawing of marked regions with weights ``w``:

    coverage = (sum of w over marked regions in its essential zone
                + SPILLOVER_WEIGHT * sum of w over marked regions only in its spillover zone)
               / (sum of all w)
    score    = coverage * (1 - min(PENALTY_CAP, PENALTY_PER_REGION * unmarked))

where ``unmarked`` counts the essential-zone regions the patient did not mark,
over the trigger points (and sides) that explain at least one marked region.
Essential coverage therefore beats spillover coverage, heavier (more intense)
areas count more, and a muscle whose essential zone sprawls over places that do
not hurt is pushed down gently. An area marked without an intensity counts as
DEFAULT_INTENSITY; one marked 0 still counts a little (0.5).
Both sides of the body are considered: a muscle matches a marked right-sided
region through its right-side pattern, a left one through its left-side pattern.
"""

from __future__ import annotations

from dataclasses import dataclass

from triggermap.atlas.model import Atlas
from triggermap.lookup.query import family, referrals_to, require_region
from triggermap.schema import SIDES

SPILLOVER_WEIGHT = 0.4
PENALTY_PER_REGION = 0.03
PENALTY_CAP = 0.3
DEFAULT_INTENSITY = 5


@dataclass(frozen=True)
class PainSource:
    """A candidate muscle for a pain drawing, with why it was ranked where it is."""

    muscle_id: str
    muscle: str
    zone: str  # "essential" if it covers any marked region essentially, else "spillover"
    regions: tuple[str, ...]  # marked regions it covers
    essential_regions: tuple[str, ...]
    spillover_regions: tuple[str, ...]
    sides: tuple[str, ...]
    score: float
    explanation: str


def _weights(region_ids, intensities: dict[str, float] | None) -> dict[str, float]:
    intensities = intensities or {}
    # An area marked with intensity 0 still counts a little: it was marked.
    return {r: max(float(intensities.get(r, DEFAULT_INTENSITY)), 0.5) for r in region_ids}


def _explain(n_marked: int, ess: int, spill: int) -> str:
    areas = "area" if n_marked == 1 else "areas"
    parts = []
    if ess:
        parts.append(f"its essential zone covers {ess} of your {n_marked} {areas}")
    if spill:
        more = f"{spill} more" if ess else f"{spill} of your {n_marked} {areas}"
        parts.append(f"its spillover zone covers {more}")
    return "; ".join(parts)


def _written_essential(atlas: Atlas, muscle_id: str, tps: set[tuple[str, str]]) -> set[str]:
    """Essential regions, as written, of the trigger points that explain part of the drawing."""
    out: set[str] = set()
    for tp in atlas.muscles[muscle_id].trigger_points:
        for side in SIDES:
            if (tp.id, side) in tps:
                out |= set(tp.zone_on("essential", side, atlas.sided))
    return out


def pain_sources(
    atlas: Atlas, region_ids, intensities: dict[str, float] | None = None, limit: int | None = None
) -> list[PainSource]:
    """Muscles that can refer pain to the marked regions, best explanation first."""
    marked = list(dict.fromkeys(region_ids))
    for rid in marked:
        require_region(atlas, rid)
    if not marked:
        return []
    weights = _weights(marked, intensities)
    marked_family = {f for r in marked for f in family(atlas, r)}
    total = sum(weights.values())
    hits: dict[str, dict[str, set]] = {}
    for rid in marked:
        for ref in referrals_to(atlas, rid):
            h = hits.setdefault(
                ref.muscle_id,
                {"essential": set(), "spillover": set(), "sides": set(), "tps": set()},
            )
            h[ref.zone].add(rid)
            h["sides"].add(ref.side)
            h["tps"].add((ref.tp_id, ref.side))
    results = []
    for mid, h in hits.items():
        ess = h["essential"]
        spill = h["spillover"] - ess
        coverage = (
            sum(weights[r] for r in ess) + SPILLOVER_WEIGHT * sum(weights[r] for r in spill)
        ) / total
        sides = tuple(s for s in SIDES if s in h["sides"])
        unmarked = len(_written_essential(atlas, mid, h["tps"]) - marked_family)
        score = coverage * (1 - min(PENALTY_CAP, PENALTY_PER_REGION * unmarked))
        covered = tuple(r for r in marked if r in ess or r in spill)
        results.append(
            PainSource(
                mid,
                atlas.muscles[mid].name,
                "essential" if ess else "spillover",
                covered,
                tuple(r for r in marked if r in ess),
                tuple(r for r in marked if r in spill),
                sides,
                round(score, 4),
                _explain(len(marked), len(ess), len(spill)),
            )
        )
    results.sort(key=lambda p: (-p.score, -len(p.essential_regions), p.muscle.lower()))
    return results[:limit] if limit else results
