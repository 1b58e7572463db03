"""Rank the muscles whose referral patterns best explain a pain drawing.

A drawing is a list of *areas*: each region marked one by one is an area, and so
is each group ("pain somewhere in here", e.g. the regions a word like "hand" or
"sciatica" stands for). A trigger point on one side *matches* a region with

    match = ZONE_WEIGHT[how] * PREVALENCE_WEIGHT[its prevalence] * EVIDENCE_WEIGHT[its evidence]

where ``how`` is "essential" (its main referral zone), "spillover", or "site":
the region the trigger point lies in, part of its pattern as the charts draw it,
but weighing less than the main zone (a file that leaves the site out of the zone,
as for the scalenes, says the pain is felt mostly elsewhere). A pattern the atlas
derived or borrowed (evidence "derived") weighs less than a source's. A zone written for
a whole area covers its close-up areas at DETAIL_WEIGHT. A muscle explains an
area by its best match there, over its trigger points, both sides and (for a
group) the group's regions. With area weights ``w`` (the intensity, or the
highest one in a group):

    coverage = sum(w * match over areas) / sum(w)
    score    = coverage * (1 - min(PENALTY_CAP, PENALTY_PER_REGION * unmarked))

``unmarked`` counts the written essential-zone regions, of the trigger points
that explain part of the drawing, outside every asked region. It applies only
when two or more areas were asked: one area asked says nothing about the rest.

Ties are broken by clinical criteria, in order: the more common trigger point;
more areas explained by a main zone or site; more of the asked regions covered
(``breadth``: a muscle reaching more of a group first); a pattern centred on the
asked place (fewer essential regions outside it: a tie-break, not a penalty on
the score). Only when all of these are equal does the muscle's name decide, to keep
the order stable. An area marked
without an intensity counts as DEFAULT_INTENSITY; one marked 0 counts 0.5.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from triggermap.atlas.model import Atlas
from triggermap.lookup.explain import explain
from triggermap.lookup.query import family, require_region
from triggermap.schema import EVIDENCE, PREVALENCES, SIDES, ZONES

ZONE_WEIGHT = {"essential": 1.0, "site": 0.7, "spillover": 0.4}
# How much a trigger point's prevalence (schema.PREVALENCES) weighs its match.
PREVALENCE_WEIGHT = {"common": 1.0, "occasional": 0.8, "rare": 0.6}
# Where a pattern comes from (schema.EVIDENCE) weighs its match: a derived one is the atlas's
# guess at what a source would draw. Text counts as a figure: only its outline is unchecked.
EVIDENCE_WEIGHT = {"figure": 1.0, "text": 1.0, "derived": 0.8}
# Pain written for a whole area (the back of the hand) covers its close-up areas (the thumb
# web), but less surely than pain written for the close-up area itself.
DETAIL_WEIGHT = 0.9
PENALTY_PER_REGION = 0.03
PENALTY_CAP = 0.3
DEFAULT_INTENSITY = 5
_HOW_ORDER = ("essential", "site", "spillover")  # how a region is explained, best first


@dataclass(frozen=True)
class PainSource:
    """A candidate muscle for a pain drawing, with why it was ranked where it is."""

    muscle_id: str
    muscle: str
    zone: str  # "essential" if a main zone or site explains an area, else "spillover"
    regions: tuple[str, ...]  # asked regions it covers
    essential_regions: tuple[str, ...]  # ... by a main referral zone or a trigger point's site
    spillover_regions: tuple[str, ...]  # ... only by a spillover zone
    sides: tuple[str, ...]
    score: float
    explanation: str
    prevalence: str = "occasional"  # of its best-matching trigger point
    site_regions: tuple[str, ...] = ()  # essential regions explained by the site alone
    evidence: str = "figure"  # the strongest evidence among its best-matching trigger points


@dataclass(frozen=True)
class _Hit:
    """How one muscle's pattern covers one region: its best match, sides and trigger points."""

    best: tuple[float, int, int, int]  # (match, -prevalence, -how, -evidence rank): larger better
    sides: frozenset[str]
    tps: frozenset[tuple[str, str]]  # (trigger point id, side)

    @classmethod
    def of(cls, found) -> _Hit:
        best, sides, tps = zip(*found, strict=True)
        return cls(max(best), frozenset(sides), frozenset(tps))


@dataclass(frozen=True)
class _Index:
    hits: dict[str, dict[str, _Hit]]  # region id -> muscle id -> how it covers the region
    written_essential: dict[tuple[str, str, str], frozenset[str]]  # (muscle, tp, side)


def _reach(atlas: Atlas, written) -> dict[str, float]:
    """The regions written regions cover, each with how surely (see DETAIL_WEIGHT)."""
    detail = {t: DETAIL_WEIGHT for rid in written for t in family(atlas, rid, up=False)[1:]}
    return detail | {t: 1.0 for rid in written for t in family(atlas, rid, down=False)}


@lru_cache(maxsize=8)
def _index(atlas: Atlas) -> _Index:
    raw: dict[str, dict[str, list]] = {}
    written = {}
    for m in atlas.muscles.values():
        for tp in m.trigger_points:
            rank, evidence = PREVALENCES.index(tp.prevalence), EVIDENCE.index(tp.evidence)
            weight = PREVALENCE_WEIGHT[tp.prevalence] * EVIDENCE_WEIGHT[tp.evidence]
            for side in SIDES:
                zones = {z: tp.zone_on(z, side, atlas.sided) for z in ZONES}
                written[(m.id, tp.id, side)] = frozenset(zones["essential"])
                zones["site"] = (tp.region_on(side, atlas.sided),)
                for how, where in zones.items():
                    match, how_rank = ZONE_WEIGHT[how] * weight, -_HOW_ORDER.index(how)
                    for target, factor in _reach(atlas, where).items():
                        best = (round(match * factor, 4), -rank, how_rank, -evidence)
                        raw.setdefault(target, {}).setdefault(m.id, []).append(
                            (best, side, (tp.id, side))
                        )
    hits = {t: {mid: _Hit.of(found) for mid, found in ms.items()} for t, ms in raw.items()}
    return _Index(hits, written)


def _weights(areas, intensities: dict[str, float] | None) -> list[float]:
    intensities = intensities or {}
    # An area marked with intensity 0 still counts a little: it was marked.
    one = {r: max(float(intensities.get(r, DEFAULT_INTENSITY)), 0.5) for a in areas for r in a}
    return [max(one[r] for r in area) for area in areas]


def _areas(atlas: Atlas, region_ids, groups) -> list[tuple[str, ...]]:
    areas = [(r,) for r in dict.fromkeys(region_ids)]
    areas += [g for g in dict.fromkeys(tuple(dict.fromkeys(g)) for g in groups) if g]
    for rid in (r for area in areas for r in area):
        require_region(atlas, rid)
    return areas


def pain_sources(
    atlas: Atlas, region_ids, intensities: dict | None = None, limit: int | None = None, groups=()
) -> list[PainSource]:
    """Muscles that can refer pain to the drawing, best explanation first.

    ``region_ids`` are areas marked one by one; each of ``groups`` (a sequence of
    region ids) is one area meaning "pain somewhere in here".
    """
    areas = _areas(atlas, region_ids, groups)
    if not areas:
        return []
    index = _index(atlas)
    found: dict[str, dict[int, dict[str, _Hit]]] = {}  # muscle -> area -> region -> hit
    for i, area in enumerate(areas):
        for rid in area:
            for mid, hit in index.hits.get(rid, {}).items():
                found.setdefault(mid, {}).setdefault(i, {})[rid] = hit
    ranking = _Ranking(atlas, index, areas, _weights(areas, intensities))
    keyed = sorted((ranking.key(mid, by_area), mid) for mid, by_area in found.items())
    return [ranking.source(mid, found[mid]) for _, mid in keyed[:limit]]


class _Ranking:
    """Scores muscles against one drawing's areas; words only for the ones returned."""

    def __init__(self, atlas: Atlas, index: _Index, areas, weights) -> None:
        self.atlas, self.index, self.areas, self.weights = atlas, index, areas, weights
        self.asked = list(dict.fromkeys(r for area in areas for r in area))
        self.asked_family = None  # filled on first need: only multi-area drawings use it
        self.facts: dict[str, tuple] = {}

    def _spread(self, mid: str, by_area) -> int:
        """Essential-zone regions (as written) of the trigger points used, not asked about."""
        if self.asked_family is None:
            self.asked_family = {f for r in self.asked for f in family(self.atlas, r)}
        tps = set().union(*(h.tps for regions in by_area.values() for h in regions.values()))
        written = set().union(*(self.index.written_essential[(mid, *tp)] for tp in tps))
        return len(written - self.asked_family)

    def key(self, mid: str, by_area) -> tuple:
        best_area = {i: max(h.best for h in regions.values()) for i, regions in by_area.items()}
        coverage = sum(self.weights[i] * b[0] for i, b in best_area.items()) / sum(self.weights)
        spread = self._spread(mid, by_area)
        # One area asked says nothing about the places it did not name: no penalty then.
        unmarked = spread if len(self.areas) >= 2 else 0
        score = round(coverage * (1 - min(PENALTY_CAP, PENALTY_PER_REGION * unmarked)), 4)
        prevalence = min(-b[1] for b in best_area.values())
        main = sum(1 for b in best_area.values() if _HOW_ORDER[-b[2]] != "spillover")
        per_region = {rid: h.best for regions in by_area.values() for rid, h in regions.items()}
        breadth = round(sum(b[0] for b in per_region.values()), 4)
        evidence = EVIDENCE[min(-b[3] for b in best_area.values())]
        self.facts[mid] = (score, PREVALENCES[prevalence], main, unmarked, per_region, evidence)
        name = self.atlas.muscles[mid].name.lower()
        return (-score, prevalence, -main, -breadth, spread, name)

    def source(self, mid: str, by_area) -> PainSource:
        score, prevalence, main, unmarked, per_region, evidence = self.facts[mid]
        covered = [r for r in self.asked if r in per_region]
        by_how = {how: [] for how in _HOW_ORDER}
        for rid in covered:
            by_how[_HOW_ORDER[-per_region[rid][2]]].append(rid)
        missed = [r for i, area in enumerate(self.areas) if i not in by_area for r in area]
        sides = set().union(*(h.sides for regions in by_area.values() for h in regions.values()))
        return PainSource(
            mid,
            self.atlas.muscles[mid].name,
            "essential" if main else "spillover",
            tuple(covered),
            tuple(r for r in covered if _HOW_ORDER[-per_region[r][2]] != "spillover"),
            tuple(by_how["spillover"]),
            tuple(s for s in SIDES if s in sides),
            score,
            explain(self.atlas, by_how, missed, unmarked, prevalence, evidence),
            prevalence,
            tuple(by_how["site"]),
            evidence,
        )


@lru_cache(maxsize=1024)
def pain_sources_in(atlas: Atlas, region_id: str) -> tuple[PainSource, ...]:
    """``pain_sources`` for pain in one region, once per region: the map, its panel and
    the tap index all ask it, for every view that draws the region."""
    return tuple(pain_sources(atlas, [region_id]))
