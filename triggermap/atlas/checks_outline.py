"""A muscle's own outline (``outline``, issue 14): a well-formed shape holding its trigger points.

Each check returns ``file: muscle 'id': field 'outline': problem``.
"""

from __future__ import annotations

from shapely.geometry import Point, box

from triggermap.atlas.raw import RawData
from triggermap.chart.geometry import Geometry, parse_path
from triggermap.chart.outline import MIN_POINTS, OutlineError, outline_rings, outline_shape
from triggermap.schema import OUTLINE_OFF_FIGURE, OUTLINE_TOLERANCE, VIEWS

FIELD = "outline"


def _outlines(raw: RawData):
    """(file, where, outline table, muscle document) for muscles whose outline is a table."""
    for file, doc in raw.muscles.items():
        table = doc.get(FIELD)
        if isinstance(table, dict):
            yield file, f"{file}: muscle '{doc.get('id')}': field '{FIELD}'", table, doc


def _drawable(d, view: str, geometry: Geometry):
    """The outline's shape if check_outline_shapes passes it, else None (it names the fault)."""
    if view not in geometry.views:
        return None
    g = geometry.views[view]
    try:
        rings = outline_rings(d)
    except OutlineError:
        return None
    frame = box(0, 0, g.width, g.height)
    if any(len(set(r)) < MIN_POINTS or not all(frame.covers(Point(p)) for p in r) for r in rings):
        return None
    return outline_shape(d)


def check_outline_shapes(raw: RawData, geometry: Geometry) -> list[str]:
    """Each key is a known view and each value a path of points inside that view's box."""
    out = []
    for _, where, table, _ in _outlines(raw):
        if not table:
            out.append(f"{where}: must name at least one view")
        for view, d in table.items():
            if view not in VIEWS or view not in geometry.views:
                out.append(f"{where}: '{view}' is not one of {', '.join(VIEWS)}")
                continue
            try:
                rings = outline_rings(d)
            except OutlineError as e:
                out.append(f"{where}: view '{view}': {e}")
                continue
            g = geometry.views[view]
            frame = box(0, 0, g.width, g.height)
            for ring in rings:
                if len(set(ring)) < MIN_POINTS:
                    out.append(f"{where}: view '{view}': a ring needs three different points")
                elif not all(frame.covers(Point(p)) for p in ring):
                    out.append(
                        f"{where}: view '{view}': a point lies outside the view's "
                        f"0 0 {g.width:g} {g.height:g} box"
                    )
    return out


def check_outline_holds_trigger_points(raw: RawData, geometry: Geometry) -> list[str]:
    """Every trigger point placed on an outlined view lies inside the outline, or close by.

    The outline is where the muscle lies, and a trigger point lies in its muscle:
    a position further than the schema's OUTLINE_TOLERANCE out means one of the two
    was drawn in the wrong place.
    """
    out = []
    for _, where, table, doc in _outlines(raw):
        tps = doc.get("trigger_points")
        for view, d in table.items():
            shape = _drawable(d, view, geometry)
            if shape is None:
                continue  # check_outline_shapes names it
            for tp in tps if isinstance(tps, list) else []:
                positions = tp.get("positions") if isinstance(tp, dict) else None
                xy = positions.get(view) if isinstance(positions, dict) else None
                if not (isinstance(xy, list) and len(xy) == 2):
                    continue  # not placed on this view (the position checks say if it should be)
                gap = shape.distance(Point(xy))
                if gap > OUTLINE_TOLERANCE:
                    out.append(
                        f"{where}: view '{view}': trigger point '{tp.get('id')}' at "
                        f"{xy[0]:g} {xy[1]:g} lies {gap:.1f} units outside the outline "
                        f"(at most {OUTLINE_TOLERANCE:g})"
                    )
    return out


def check_outline_on_the_figure(raw: RawData, geometry: Geometry) -> list[str]:
    """Each outline lies on the body chart's figure (its silhouette): little of it hangs off.

    A muscle drawn beside the figure, or much bigger than it, is drawn wrong; an
    outline may run a little over the edge where a muscle wraps round the body.
    """
    out, figures = [], {}
    for _, where, table, _ in _outlines(raw):
        for view, d in table.items():
            shape = _drawable(d, view, geometry)
            if shape is None or shape.area == 0:
                continue  # check_outline_shapes names it
            if view not in figures:
                figures[view] = parse_path(geometry.views[view].outline).buffer(0.5)
            off = shape.difference(figures[view]).area / shape.area
            if off > OUTLINE_OFF_FIGURE:
                out.append(
                    f"{where}: view '{view}': {off:.0%} of the outline lies off the figure "
                    f"(at most {OUTLINE_OFF_FIGURE:.0%})"
                )
    return out


OUTLINE_CHECKS = (
    check_outline_shapes,
    check_outline_holds_trigger_points,
    check_outline_on_the_figure,
)
