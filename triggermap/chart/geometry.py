"""The static body-chart geometry, read from ``assets/body_geometry.json``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import shapely
from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from triggermap.schema import GEOMETRY_FILE, ROOT

_RING = re.compile(r"M([^MZ]+)Z")


def parse_path(d: str) -> BaseGeometry:
    """Shapely geometry for a path ``d`` written by :mod:`triggermap.chart.build`."""
    shapes: list[Polygon] = []
    for ring in _RING.findall(d):
        nums = [float(n) for n in ring.split()]
        pts = list(zip(nums[0::2], nums[1::2], strict=False))
        # Rounding to 0.1 can make a ring touch itself; make_valid keeps every lobe.
        valid = shapely.make_valid(Polygon(pts))
        poly = unary_union([g for g in getattr(valid, "geoms", [valid]) if g.area > 0])
        # A ring inside an earlier one is a hole (the paths use the even-odd rule).
        host = next(
            (i for i, s in enumerate(shapes) if s.contains(poly.representative_point())), None
        )
        if host is None:
            shapes.append(poly)
        else:
            shapes[host] = shapes[host].difference(poly)
    return unary_union(shapes) if shapes else Polygon()


@dataclass(frozen=True)
class ViewGeometry:
    name: str
    width: float
    height: float
    labels: tuple[dict, ...]
    outline: str
    paths: dict[str, str]  # region id -> SVG path d

    @cached_property
    def shapes(self) -> dict[str, BaseGeometry]:
        return {rid: parse_path(d) for rid, d in self.paths.items()}

    def contains(self, region_id: str, x: float, y: float) -> bool:
        """Whether the point lies inside the region on this view."""
        shape = self.shapes.get(region_id)
        return shape is not None and shape.buffer(0.5).contains(Point(x, y))

    @cached_property
    def anchors(self) -> dict[str, tuple[tuple[float, float], ...]]:
        """Up to nine well-spread points inside each region, nearest the middle first."""
        return {rid: _spread_points(shape) for rid, shape in self.shapes.items()}

    def anchor(self, region_id: str, slot: int = 0) -> tuple[float, float]:
        """A point inside the region; successive ``slot`` values spread marks apart."""
        points = self.anchors[region_id]
        return points[slot % len(points)]


MARK_SPACING = 14.0  # SVG units: a ✕ is 8 wide, so neighbours stay apart on a tablet


def _spread_points(shape: BaseGeometry) -> tuple[tuple[float, float], ...]:
    largest = max(getattr(shape, "geoms", [shape]), key=lambda g: g.area)
    c = largest.centroid
    middle = c if largest.contains(c) else largest.representative_point()
    x0, y0, x1, y1 = largest.bounds
    inner = largest.buffer(-3.0)
    grid = [
        (round(middle.x + i * MARK_SPACING, 1), round(middle.y + j * MARK_SPACING, 1))
        for i in range(
            -int((middle.x - x0) // MARK_SPACING), int((x1 - middle.x) // MARK_SPACING) + 1
        )
        for j in range(
            -int((middle.y - y0) // MARK_SPACING), int((y1 - middle.y) // MARK_SPACING) + 1
        )
    ]
    inside = [p for p in grid if inner.contains(Point(p))]
    inside.sort(key=lambda p: (p[0] - middle.x) ** 2 + (p[1] - middle.y) ** 2)
    return tuple(inside[:9]) or ((round(middle.x, 1), round(middle.y, 1)),)


@dataclass(frozen=True)
class Geometry:
    views: dict[str, ViewGeometry]

    def views_of(self, region_id: str) -> tuple[str, ...]:
        """Every view that draws the region."""
        return tuple(v for v, g in self.views.items() if region_id in g.paths)


def load_geometry(path: Path | None = None) -> Geometry:
    """Read the geometry asset."""
    doc = json.loads((path or ROOT / GEOMETRY_FILE).read_text(encoding="utf-8"))
    return Geometry(
        {
            name: ViewGeometry(
                name, v["width"], v["height"], tuple(v["labels"]), v["outline"], dict(v["regions"])
            )
            for name, v in doc["views"].items()
        }
    )
