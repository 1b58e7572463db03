"""Split a pain drawing into separate complaints, each with its own ranked candidates.

Heel pain and a headache are two problems, not one: ranking them together puts a
muscle that half-explains both above the ones that fully explain either. So the
marked areas are grouped first: two areas belong to the same complaint when they
share a body part (``Region.parts``), or when their parts are neighbours
(``NEIGHBOURS``) on the same side of the body (or one of them is on the midline).
The grouping is transitive: temple, side of neck and top of shoulder are one
complaint. Each complaint is ranked on its own by ``pain_sources``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from triggermap.atlas.model import Atlas, Region
from triggermap.lookup.explain import area_names
from triggermap.lookup.ranking import PainSource, pain_sources
from triggermap.schema import BODY_PARTS, MIDLINE
from triggermap.text import and_list

# Body parts that touch, so pain spreading across them reads as one complaint. A line of
# referred pain down a limb often skips the joint between (scalenes: chest, arm, hand), so
# the parts either side of the elbow, the wrist and the knee count as neighbours too.
NEIGHBOURS = frozenset(
    frozenset(pair)
    for pair in (
        ("head", "face"),
        ("head", "ear"),
        ("head", "eye"),
        ("head", "neck"),
        ("face", "eye"),
        ("face", "ear"),
        ("face", "jaw"),
        ("face", "teeth"),
        ("jaw", "teeth"),
        ("jaw", "ear"),
        ("jaw", "neck"),
        ("ear", "neck"),
        ("neck", "shoulder"),
        ("neck", "upper-back"),
        ("neck", "chest"),
        ("shoulder", "upper-arm"),
        ("shoulder", "upper-back"),
        ("shoulder", "chest"),
        ("chest", "upper-arm"),
        ("upper-arm", "elbow"),
        ("upper-arm", "forearm"),
        ("elbow", "forearm"),
        ("forearm", "wrist"),
        ("forearm", "hand"),
        ("wrist", "hand"),
        ("wrist", "thumb"),
        ("hand", "thumb"),
        ("hand", "fingers"),
        ("thumb", "fingers"),
        ("chest", "abdomen"),
        ("upper-back", "mid-back"),
        ("mid-back", "low-back"),
        ("mid-back", "abdomen"),
        ("low-back", "sacrum"),
        ("low-back", "buttock"),
        ("low-back", "hip"),
        ("low-back", "abdomen"),
        ("sacrum", "buttock"),
        ("buttock", "hip"),
        ("buttock", "thigh"),
        ("hip", "groin"),
        ("hip", "thigh"),
        ("groin", "abdomen"),
        ("groin", "thigh"),
        ("thigh", "knee"),
        ("thigh", "lower-leg"),
        ("thigh", "calf"),
        ("knee", "lower-leg"),
        ("knee", "shin"),
        ("knee", "calf"),
        ("lower-leg", "shin"),
        ("lower-leg", "calf"),
        ("lower-leg", "ankle"),
        ("shin", "calf"),
        ("shin", "ankle"),
        ("calf", "ankle"),
        ("calf", "heel"),
        ("ankle", "heel"),
        ("ankle", "foot"),
        ("heel", "foot"),
        ("heel", "sole"),
        ("foot", "sole"),
        ("foot", "toes"),
        ("sole", "toes"),
    )
)


@dataclass(frozen=True)
class Complaint:
    """Marked areas that belong together, and the muscles that best explain them."""

    label: str  # "head and neck (right temple, right side of neck)"
    regions: tuple[str, ...]
    sources: tuple[PainSource, ...]  # ranked candidates for this complaint
    # muscle id -> the body parts of the other complaints it also explains ("heel")
    also: dict[str, tuple[str, ...]] = field(default_factory=dict)
    name: str = ""  # the body parts alone: "head and neck"


def _parts(region: Region) -> tuple[str, ...]:
    # A region not yet given a body part is a part of its own (both sides together).
    return region.parts or (region.base,)


def _together(a: Region, b: Region) -> bool:
    pa, pb = _parts(a), _parts(b)
    if set(pa) & set(pb):
        return True  # the same part, either side: both heels are one complaint
    same_side = a.side == b.side or MIDLINE in (a.side, b.side)
    return same_side and any(frozenset((x, y)) in NEIGHBOURS for x in pa for y in pb)


def group_areas(atlas: Atlas, region_ids, groups=()) -> list[tuple[str, ...]]:
    """The marked regions grouped into complaints, in the order they were first marked.

    Each of ``groups`` ("somewhere in here") stays whole, inside one complaint.
    """
    units = [(rid,) for rid in dict.fromkeys(region_ids)] + [tuple(g) for g in groups if g]
    owner = list(range(len(units)))  # union-find over the units

    def root(i: int) -> int:
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    for i, a in enumerate(units):
        for j in range(i):
            if any(_together(atlas.regions[x], atlas.regions[y]) for x in a for y in units[j]):
                owner[root(i)] = root(j)
    merged: dict[int, list[str]] = {}
    for i, unit in enumerate(units):
        merged.setdefault(root(i), []).extend(unit)
    return [tuple(dict.fromkeys(g)) for g in merged.values()]


def _region_names(atlas: Atlas, regions: tuple[str, ...]) -> str:
    """Each region with its side, an area marked on both sides once: "heel on both sides"."""
    names = area_names(atlas, regions, both="{} on both sides")
    # Some names hold a comma ("thumb, palm side"): then a semicolon keeps them apart.
    return ("; " if any("," in n for n in names) else ", ").join(names)


@lru_cache(maxsize=8)
def _part_sizes(atlas: Atlas) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for r in atlas.regions.values():
        for p in _parts(r):
            sizes[p] = sizes.get(p, 0) + 1
    return sizes


def _part_names(atlas: Atlas, regions: tuple[str, ...]) -> str:
    """The fewest body parts that name every region, the most specific first: "head and neck"."""
    left = [atlas.regions[r] for r in regions]
    words = {r.base: r.base_name for r in left} | BODY_PARTS
    order = {p: i for i, p in enumerate(BODY_PARTS)}
    sizes = _part_sizes(atlas)
    chosen: list[str] = []
    while left:
        counts: dict[str, int] = {}
        for r in left:
            for p in _parts(r):
                counts[p] = counts.get(p, 0) + 1
        # The part naming most of the regions left; of equals, the smallest ("calf", not
        # "lower leg", for the calf alone).
        best = min(counts, key=lambda p: (-counts[p], sizes[p], order.get(p, len(order)), p))
        chosen.append(best)
        left = [r for r in left if best not in _parts(r)]
    names = [words[p] for p in sorted(chosen, key=lambda p: order.get(p, len(order)))]
    return and_list(names)


def complaints(
    atlas: Atlas,
    region_ids,
    intensities: dict[str, float] | None = None,
    limit: int | None = None,
    groups=(),
) -> tuple[Complaint, ...]:
    """The drawing's separate complaints, each with its candidates, best first.

    ``groups`` are "somewhere in here" areas, as for ``pain_sources``: each joins
    one complaint and is ranked there as one area. A muscle ranked in several
    complaints is listed in each; ``also`` names the other complaints that its main
    zone (or its trigger point's site) reaches.
    """
    singles = list(dict.fromkeys(region_ids))
    wholes = [tuple(g) for g in groups if g]
    found = group_areas(atlas, singles, wholes)
    names = [_part_names(atlas, g) for g in found]
    ranked = [
        pain_sources(
            atlas,
            [r for r in g if r in singles],
            intensities,
            groups=[w for w in wholes if set(w) <= set(g)],
        )
        for g in found
    ]
    groups = found
    explains = [{s.muscle_id for s in r if s.zone == "essential"} for r in ranked]
    out = []
    for i, group in enumerate(groups):
        shown = tuple(ranked[i][:limit] if limit else ranked[i])
        others = [j for j in range(len(groups)) if j != i]
        also = {
            s.muscle_id: tuple(names[j] for j in others if s.muscle_id in explains[j])
            for s in shown
        }
        label = f"{names[i]} ({_region_names(atlas, group)})"
        out.append(Complaint(label, group, shown, {k: v for k, v in also.items() if v}, names[i]))
    return tuple(out)
