"""Build ``assets/body_geometry.json`` from the drawing code.

The asset is committed so the app never needs to rebuild it; a test checks
that rebuilding gives the same file. Run ``python -m triggermap.chart.build``
after changing ``body.py`` or ``head.py``.
"""

from __future__ import annotations

import json

import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polygonize, unary_union

from triggermap.chart import body, detail, figure, head
from triggermap.chart.carving import polygonal
from triggermap.chart.shapes import to_view
from triggermap.schema import DATA_DIR_NAME, GEOMETRY_FILE, ROOT, SIDES


def _region_id(base: str, side: str | None) -> str:
    return base if side is None else f"{side}-{base}"


def _assemble(
    halves: dict[str, BaseGeometry], sided: dict[str, bool], center: float, right_is_mirrored: bool
) -> dict[str, BaseGeometry]:
    """Place the right half and its mirror image, joining midline regions."""
    out: dict[str, list[BaseGeometry]] = {}
    for side in SIDES:
        mirror = right_is_mirrored if side == "right" else not right_is_mirrored
        for base, shape in halves.items():
            key = _region_id(base, side if sided[base] else None)
            out.setdefault(key, []).append(to_view(shape, center, mirror))
    return {
        key: polygonal(unary_union([polygonal(p) for p in parts])) for key, parts in out.items()
    }


def build_views(sided: dict[str, bool]) -> dict[str, dict]:
    """Every view's size, labels and region shapes (shapely geometry)."""
    views = {}
    for name, right_mirrored in (("front", False), ("back", True)):
        regions = _assemble(body.half_body(name), sided, figure.MIDLINE, right_mirrored)
        left_x, right_x = (40, 360) if name == "front" else (360, 40)
        views[name] = {
            "width": figure.WIDTH,
            "height": figure.HEIGHT,
            "regions": regions,
            "labels": [{"text": "R", "x": left_x, "y": 60}, {"text": "L", "x": right_x, "y": 60}],
        }
    views["head"] = {
        "width": head.WIDTH,
        "height": head.HEIGHT,
        "regions": _assemble(head.half_head(), sided, head.MIDLINE, False),
        "labels": head.LABELS,
    }
    for name, (halves, right_on_left, labels) in detail.detail_views().items():
        views[name] = {
            "width": detail.WIDTH,
            "height": detail.HEIGHT,
            "regions": _assemble(halves, sided, detail.MIDLINE, not right_on_left),
            "labels": labels,
        }
    return views


def _as_coverage(regions: dict[str, BaseGeometry]) -> dict[str, BaseGeometry]:
    """Rebuild the regions from one shared set of faces, so neighbours share edges exactly.

    Boolean operations leave neighbouring boundaries a hair apart; noding all
    boundaries together and handing each face to the region that holds most of
    it removes those slivers and makes a valid coverage.
    """
    keys = sorted(regions)
    tree = shapely.STRtree([regions[k] for k in keys])
    faces: dict[str, list[BaseGeometry]] = {k: [] for k in keys}
    for face in polygonize(unary_union([regions[k].boundary for k in keys])):
        probe = face.representative_point()
        near = tree.query(face.buffer(0.05))
        owner = max(
            near,
            key=lambda i: (
                regions[keys[i]].intersection(face).area
                + (1e-9 if regions[keys[i]].distance(probe) == 0 else 0)
            ),
            default=None,
        )
        if owner is not None:
            faces[keys[owner]].append(face)
    return {k: unary_union(v) for k, v in faces.items() if v}


def _tidy(regions: dict[str, BaseGeometry]) -> dict[str, BaseGeometry]:
    # Each region is simplified on its own only a little (a tenth of the
    # rounding step), and the coverage is then rebuilt, so neighbours still
    # share their edges exactly.
    simplified = {k: g.simplify(0.05) for k, g in _as_coverage(regions).items()}
    return _as_coverage(simplified)


def path_data(shape: BaseGeometry) -> str:
    """SVG path ``d`` for a polygon or multipolygon (holes use the even-odd rule)."""
    polys = shape.geoms if isinstance(shape, MultiPolygon) else [shape]
    parts = []
    for p in polys:
        if not isinstance(p, Polygon) or p.is_empty:
            continue
        for ring in (p.exterior, *p.interiors):
            coords = list(ring.coords)[:-1]
            pts = " ".join(f"{x:.1f} {y:.1f}" for x, y in coords)
            parts.append(f"M{pts}Z")
    return "".join(parts).replace(".0 ", " ").replace(".0Z", "Z")


def geometry_document(sided: dict[str, bool], names: dict[str, str]) -> dict:
    """The JSON document written to the geometry asset (with region names for tooltips)."""
    doc = {"names": dict(sorted(names.items())), "views": {}}
    for name, view in build_views(sided).items():
        regions = _tidy(view["regions"])
        outline = unary_union(list(regions.values())).buffer(0)
        doc["views"][name] = {
            "width": view["width"],
            "height": view["height"],
            "labels": view["labels"],
            "outline": path_data(outline),
            "regions": {k: path_data(g) for k, g in sorted(regions.items())},
        }
    return doc


def main() -> None:
    from triggermap.atlas.loading import load_regions

    regions = load_regions(ROOT / DATA_DIR_NAME)
    sided = {r.base: r.side != "midline" for r in regions}
    doc = geometry_document(sided, {r.id: r.display for r in regions})
    (ROOT / GEOMETRY_FILE).write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")
    print(f"wrote {GEOMETRY_FILE}")


if __name__ == "__main__":
    main()
