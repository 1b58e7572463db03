"""Checks of where each trigger point's ✕ is drawn: ``positions`` in the muscle files.

A trigger point carries one position per view that draws its region (or, for a
close-up area, the full-body region holding it), written for the right side in
that view's chart coordinates. Each check returns ``file: entry: field: problem``.
"""

from __future__ import annotations

from collections.abc import Iterator

from triggermap.atlas.checks_structure import Check, trigger_point_entries
from triggermap.atlas.raw import RawData
from triggermap.chart.geometry import Geometry
from triggermap.schema import MIDLINE, SIDES, VIEWS, region_id

FIELD = "positions"


def _is_xy(value) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in value)
    )


def _right_id(regions: dict[str, dict], base: str) -> str:
    return region_id(base, SIDES[0] if regions[base].get("sided") else MIDLINE)


def drawn_as(raw_regions: dict[str, dict], base: str, geometry: Geometry) -> dict[str, str]:
    """View -> the region a trigger point in ``base`` is drawn in there: its own or its parent."""
    own = _right_id(raw_regions, base)
    parent = raw_regions[base].get("parent")
    up = _right_id(raw_regions, parent) if parent in raw_regions else None
    out = {}
    for name, view in geometry.views.items():
        if own in view.paths:
            out[name] = own
        elif up in view.paths:
            out[name] = up
    return out


def _placed(raw: RawData) -> Iterator[tuple[str, str, dict, dict]]:
    """(file, label, trigger point, positions) for trigger points whose positions is a table."""
    for file, label, tp in trigger_point_entries(raw):
        if isinstance(tp.get(FIELD), dict):
            yield file, label, tp, tp[FIELD]


def check_position_views(raw: RawData, geometry: Geometry) -> list[str]:
    """Every key of ``positions`` is a known view and every value an [x, y] pair of numbers."""
    out = []
    for file, label, _, positions in _placed(raw):
        for view, xy in positions.items():
            where = f"{file}: {label}: field '{FIELD}'"
            if view not in VIEWS:
                out.append(f"{where}: '{view}' is not one of {', '.join(VIEWS)}")
            elif not _is_xy(xy):
                out.append(f"{where}: {view} must be [x, y], two numbers")
    return out


def check_positions_inside_region(raw: RawData, geometry: Geometry) -> list[str]:
    """Each position lies inside the trigger point's region on that view (or its parent's)."""
    regions = {r.get("id"): r for r in raw.regions}
    out = []
    for file, label, tp, positions in _placed(raw):
        if tp.get("region") not in regions:
            continue  # check_references names it
        drawn = drawn_as(regions, tp["region"], geometry)
        for view, xy in positions.items():
            if view not in VIEWS or not _is_xy(xy):
                continue  # check_position_views names it
            where = f"{file}: {label}: field '{FIELD}'"
            if view not in drawn:
                out.append(f"{where}: {view}: region '{tp['region']}' is not drawn on that view")
            elif not geometry.views[view].contains(drawn[view], float(xy[0]), float(xy[1])):
                out.append(
                    f"{where}: {view} = [{xy[0]}, {xy[1]}] lies outside region "
                    f"'{drawn[view]}' on the {view} view"
                )
    return out


def check_positions_complete(raw: RawData, geometry: Geometry) -> list[str]:
    """A trigger point has a position on every view that draws its region (or its parent)."""
    regions = {r.get("id"): r for r in raw.regions}
    out = []
    for file, label, tp in trigger_point_entries(raw):
        if tp.get("region") not in regions:
            continue
        positions = tp.get(FIELD, {})
        if not isinstance(positions, dict):
            continue  # check_required_fields names it
        missing = [v for v in drawn_as(regions, tp["region"], geometry) if v not in positions]
        if missing:
            out.append(
                f"{file}: {label}: field '{FIELD}': no position on the "
                f"{', '.join(missing)} view{'s' if len(missing) > 1 else ''}, "
                f"which draw{'' if len(missing) > 1 else 's'} region '{tp['region']}'"
            )
    return out


POSITION_CHECKS: tuple[Check, ...] = (
    check_position_views,
    check_positions_inside_region,
    check_positions_complete,
)
