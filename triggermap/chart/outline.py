"""A muscle's own outline on a view: a smooth closed curve through a few written points.

The data writes an outline as the chart's path format, ``"M x y x y … Z"`` (one
ring per ``M … Z``), in chart coordinates for the right side. The points are the
corners of a closed Catmull-Rom curve: the curve passes through each of them, so
a dozen points draw a smooth shape and the page receives only those few numbers
(assets/js/map.js draws the same curve as cubic Béziers).
"""

from __future__ import annotations

import re
from functools import lru_cache

from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from triggermap.chart.shapes import Point, catmull_rom, smooth_polygon

_RING = re.compile(r"M([^MZ]*)Z")
_WELL_FORMED = re.compile(r"\s*(M(\s+-?\d+(\.\d+)?){6,}\s+Z\s*)+")
MIN_POINTS = 3


class OutlineError(ValueError):
    """An outline that is not the chart's path format with at least three points a ring."""


def outline_rings(d: str) -> tuple[tuple[Point, ...], ...]:
    """The rings of written points of an outline ``d``; raises :class:`OutlineError`."""
    if not isinstance(d, str) or not _WELL_FORMED.fullmatch(d):
        raise OutlineError('must be "M x y x y x y … Z": numbers in pairs, three pairs at least')
    rings = []
    for body in _RING.findall(d):
        nums = [float(n) for n in body.split()]
        if len(nums) % 2:
            raise OutlineError("has an odd count of numbers: every point needs an x and a y")
        rings.append(tuple(zip(nums[0::2], nums[1::2], strict=True)))
    return tuple(rings)


@lru_cache(maxsize=256)  # the same few dozen outlines, read by several checks at start-up
def outline_shape(d: str) -> BaseGeometry:
    """The area inside an outline, as drawn: the smooth curves through its points."""
    return unary_union([smooth_polygon(ring, steps=8) for ring in outline_rings(d)])


def outline_curves(d: str, steps: int = 8) -> tuple[tuple[Point, ...], ...]:
    """Each ring's smooth curve as many points, for drawing without a browser (Pillow)."""
    return tuple(tuple(catmull_rom(ring, closed=True, steps=steps)) for ring in outline_rings(d))


def mirrored(d: str, width: float) -> str:
    """The outline of the left side: every x reflected across the view's middle."""
    return " ".join(
        "M " + " ".join(f"{round(width - x, 1):g} {y:g}" for x, y in ring) + " Z"
        for ring in outline_rings(d)
    )
