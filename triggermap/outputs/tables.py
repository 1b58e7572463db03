"""The atlas as pandas tables: the muscle library, the CSV download and coverage figures."""

from __future__ import annotations

import pandas as pd

from triggermap.atlas.model import Atlas, Muscle
from triggermap.lookup.query import base_names, referrals_to
from triggermap.schema import AREA_NAMES, AREAS

LIBRARY_COLUMNS = ["muscle", "plain_name", "area", "trigger_points", "refers_to", "conditions"]


def _refers_to(m: Muscle) -> list[str]:
    """Side-less base ids of every region a muscle refers pain to."""
    seen = dict.fromkeys(r for tp in m.trigger_points for r in (*tp.essential, *tp.spillover))
    return list(seen)


def library_rows(
    atlas: Atlas,
    text: str = "",
    areas: tuple[str, ...] = (),
    condition_id: str | None = None,
    region_base: str | None = None,
) -> pd.DataFrame:
    """One row per muscle, filtered by free text, body areas, a condition and a referral area."""
    names = base_names(atlas)
    needle = text.strip().lower()
    rows = []
    for m in atlas.muscles.values():
        bases = _refers_to(m)
        haystack = " ".join([m.id, m.name, m.plain_name, *m.aliases]).lower()
        if needle and needle not in haystack:
            continue
        if areas and m.area not in areas:
            continue
        if condition_id and condition_id not in m.conditions:
            continue
        if region_base and region_base not in bases:
            continue
        rows.append(
            {
                "id": m.id,
                "muscle": m.name,
                "plain_name": m.plain_name,
                "area": AREA_NAMES[m.area],
                "trigger_points": len(m.trigger_points),
                "refers_to": ", ".join(names[b] for b in bases),
                "conditions": ", ".join(atlas.conditions[c].name for c in m.conditions),
            }
        )
    return pd.DataFrame(rows, columns=["id", *LIBRARY_COLUMNS])


def atlas_frame(atlas: Atlas) -> pd.DataFrame:
    """The whole atlas, one row per trigger point, every muscle field alongside."""
    rows = []
    for m in atlas.muscles.values():
        for tp in m.trigger_points:
            rows.append(
                {
                    "muscle_id": m.id,
                    "muscle": m.name,
                    "aliases": "; ".join(m.aliases),
                    "plain_name": m.plain_name,
                    "area": m.area,
                    "action": m.action,
                    "innervation": m.innervation,
                    "trigger_point": tp.id,
                    "label": tp.label,
                    "location": tp.location,
                    "region": tp.region,
                    "essential": "; ".join(tp.essential),
                    "spillover": "; ".join(tp.spillover),
                    "symptoms": "; ".join(m.symptoms),
                    "conditions": "; ".join(m.conditions),
                    "mimics": "; ".join(m.mimics),
                    "factors": "; ".join(m.factors),
                    "self_care_pressure": m.self_care.pressure,
                    "self_care_stretch": m.self_care.stretch,
                    "needling_structures_at_risk": "; ".join(m.needling.structures_at_risk),
                    "needling_precautions": m.needling.precautions,
                    "associated": "; ".join(m.associated),
                    "sources": "; ".join(
                        f"{atlas.sources[s.ref].citation} ({s.section})" for s in m.sources
                    ),
                    "notes": m.notes,
                }
            )
    return pd.DataFrame(rows)


def atlas_csv(atlas: Atlas) -> str:
    """The atlas as CSV text (UTF-8), one row per trigger point."""
    return atlas_frame(atlas).to_csv(index=False)


def area_counts(atlas: Atlas) -> pd.DataFrame:
    """Muscles and trigger points per body area, in head-to-toe order."""
    rows = [
        {
            "area": AREA_NAMES[a],
            "muscles": sum(1 for m in atlas.muscles.values() if m.area == a),
            "trigger_points": sum(
                len(m.trigger_points) for m in atlas.muscles.values() if m.area == a
            ),
        }
        for a in AREAS
    ]
    return pd.DataFrame(rows)


def referral_density(atlas: Atlas) -> dict[str, int]:
    """For every region, how many muscles can refer pain there (either zone)."""
    return {rid: len({r.muscle_id for r in referrals_to(atlas, rid)}) for rid in atlas.regions}


def top_referral_areas(atlas: Atlas, density: dict[str, int], n: int) -> list[tuple[str, int]]:
    """The ``n`` areas most muscles refer to, one entry per area (sides are mirror images)."""
    names = base_names(atlas)
    per_base: dict[str, int] = {}
    for rid, count in density.items():
        base = atlas.regions[rid].base
        per_base[base] = max(per_base.get(base, 0), count)
    ranked = sorted(per_base.items(), key=lambda kv: (-kv[1], names[kv[0]]))[:n]
    return [(names[b], c) for b, c in ranked]


def heat_levels(density: dict[str, int], levels: int = 6) -> dict[str, int]:
    """Density binned into ``levels`` steps (0 = no muscle) for colouring the chart."""
    top = max(density.values(), default=0)
    if top == 0:
        return dict.fromkeys(density, 0)
    return {
        rid: 0 if n == 0 else 1 + min(levels - 2, (n - 1) * (levels - 1) // top)
        for rid, n in density.items()
    }
