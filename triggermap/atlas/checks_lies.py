"""Where each muscle lies (``lies_in``, issue 14): known areas that hold its trigger points."""

from __future__ import annotations

from triggermap.atlas.raw import RawData
from triggermap.chart.geometry import Geometry


def check_lies_in(raw: RawData, geometry: Geometry) -> list[str]:
    """``lies_in`` names known base regions, once each, and holds every trigger point's region.

    A trigger point lies in the muscle, so its region must be one of the areas, or
    the body region holding one of them, or a close-up area of one of them.
    """
    regions = {r.get("id"): r for r in raw.regions if isinstance(r, dict)}
    parent = {rid: r.get("parent") for rid, r in regions.items()}
    out = []
    for file, doc in raw.muscles.items():
        lies = doc.get("lies_in")
        if not isinstance(lies, list):
            continue  # absent (the trigger points stand for it) or mistyped (the field check says)
        where = f"{file}: muscle '{doc.get('id')}': field 'lies_in'"
        if not lies:
            out.append(f"{where}: must not be empty")
        if not all(isinstance(v, str) for v in lies):
            out.append(f"{where}: must be a list of region ids")
            continue
        for value in lies:
            if value not in regions:
                out.append(f"{where}: unknown region '{value}'")
        for value in {v for v in lies if lies.count(v) > 1}:
            out.append(f"{where}: '{value}' is named twice")
        areas = set(lies)
        covered = (
            areas | {parent.get(a) for a in areas} | {c for c, p in parent.items() if p in areas}
        )
        tps = doc.get("trigger_points")
        for tp in tps if isinstance(tps, list) else []:
            region = tp.get("region") if isinstance(tp, dict) else None
            if isinstance(region, str) and region in regions and region not in covered:
                out.append(
                    f"{where}: trigger point '{tp.get('id')}' lies in '{region}', "
                    "which is not among these areas"
                )
    return out


LIES_CHECKS = (check_lies_in,)
