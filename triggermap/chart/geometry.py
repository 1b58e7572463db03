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
