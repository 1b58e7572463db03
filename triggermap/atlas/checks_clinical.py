"""Checks of the clinical content: the region-mapping guide and each trigger point's prevalence.

The guide itself is data/README.md; what of it a program can hold the data to is
here: every trigger point says how commonly it is the cause, a trigger point
described at a landmark lies in a region the guide allows for that landmark, and
a zone list names each area once (no area twice, no parent beside its close-up).
"""

from __future__ import annotations

from triggermap.atlas.checks_structure import Check, trigger_point_entries
from triggermap.atlas.landmarks import LANDMARKS, landmarks_named
from triggermap.atlas.raw import RawData
from triggermap.chart.geometry import Geometry
from triggermap.schema import PREVALENCES, ZONES


def check_prevalence(raw: RawData, geometry: Geometry) -> list[str]:
    """Every trigger point says how commonly it is the cause: one of schema.PREVALENCES."""
    out = []
    for file, label, tp in trigger_point_entries(raw):
        where = f"{file}: {label}: field 'prevalence'"
        value = tp.get("prevalence")
        if value is None:
            out.append(f"{where}: missing (one of {', '.join(PREVALENCES)})")
        elif isinstance(value, str) and value not in PREVALENCES:
            out.append(f"{where}: '{value}' is not one of {', '.join(PREVALENCES)}")
    return out


def check_landmark_regions(raw: RawData, geometry: Geometry) -> list[str]:
    """A trigger point whose location names a landmark lies in a region the guide allows for it."""
    out = []
    for file, label, tp in trigger_point_entries(raw):
        location, region = tp.get("location"), tp.get("region")
        if not isinstance(location, str) or not isinstance(region, str):
            continue
        named = landmarks_named(location)
        allowed = {r for word in named for r in LANDMARKS[word]}
        if named and region not in allowed:
            out.append(
                f"{file}: {label}: field 'region': '{region}' does not fit its location, "
                f"which names {', '.join(named)} (the mapping guide allows "
                f"{', '.join(sorted(allowed))})"
            )
    return out


def check_zone_lists(raw: RawData, geometry: Geometry) -> list[str]:
    """A zone list names each area once: no repeats, no parent beside its close-up area."""
    parent_of = {r.get("id"): r.get("parent") for r in raw.regions if r.get("parent")}
    out = []
    for file, label, tp in trigger_point_entries(raw):
        for zone in ZONES:
            values = tp.get(zone)
            values = [v for v in values if isinstance(v, str)] if isinstance(values, list) else []
            seen = set()
            for value in values:
                if value in seen:
                    out.append(f"{file}: {label}: field '{zone}': '{value}' is named twice")
                seen.add(value)
            for value in values:
                if parent_of.get(value) in seen:
                    out.append(
                        f"{file}: {label}: field '{zone}': names both '{parent_of[value]}' and "
                        f"its close-up area '{value}'; a zone on the parent already covers it"
                    )
    return out


def check_zones_apart(raw: RawData, geometry: Geometry) -> list[str]:
    """An area is essential or spillover for a trigger point, never both."""
    out = []
    for file, label, tp in trigger_point_entries(raw):
        essential, spillover = tp.get("essential"), tp.get("spillover")
        if isinstance(essential, list) and isinstance(spillover, list):
            for value in [v for v in spillover if v in essential]:
                out.append(
                    f"{file}: {label}: field 'spillover': '{value}' is also an essential zone"
                )
    return out


CLINICAL_CHECKS: tuple[Check, ...] = (
    check_prevalence,
    check_landmark_regions,
    check_zone_lists,
    check_zones_apart,
)
