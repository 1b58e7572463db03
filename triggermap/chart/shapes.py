"""Drawing primitives for the body chart: smooth outlines, limbs and cells.

Coordinates are SVG user units with y pointing down. Half-body parts are drawn
on the patient's right half in "outward" coordinates: ``dx`` is the distance
from the midline, so a point is ``(dx, y)`` until :func:`to_view` places it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from shapely import affinity
from shapely.geometry import Polygon, box
from shapely.geometry.base import BaseGeometry

Point = tuple[float, float]


def catmull_rom(points: Sequence[Point], closed: bool = False, steps: int = 10) -> list[Point]:
    """Sample a Catmull-Rom spline through ``points`` (smooth curve, no overshoot control)."""
    pts = list(points)
    pts = [pts[-1], *pts, pts[0], pts[1]] if closed else [pts[0], *pts, pts[-1]]
    out: list[Point] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    if not closed:
        out.append(pts[-2])
    return out


def smooth_polygon(points: Sequence[Point], steps: int = 10) -> Polygon:
    """A closed smooth outline through ``points``."""
    return Polygon(catmull_rom(points, closed=True, steps=steps)).buffer(0)


def interp(profile: Sequence[Point], t: float) -> float:
    """Piecewise-linear value of ``profile`` (pairs of t, value) at ``t``."""
    if t <= profile[0][0]:
        return profile[0][1]
    for (t0, v0), (t1, v1) in zip(profile, profile[1:], strict=False):
        if t <= t1:
            return v0 + (v1 - v0) * (t - t0) / (t1 - t0)
    return profile[-1][1]


class Limb:
    """A tapered tube along a straight axis, with a smooth width profile.

    ``u`` runs from 0 at ``start`` to 1 at ``end``; ``v`` is the offset across
    the limb as a fraction of the local half-width, positive on the side that
    ``outward`` points to.
    """

    def __init__(self, start: Point, end: Point, widths: Sequence[Point], outward: float = 1.0):
        self.start, self.end = start, end
        self.widths = list(widths)
        ax, ay = end[0] - start[0], end[1] - start[1]
        self.length = math.hypot(ax, ay)
        self.axis = (ax / self.length, ay / self.length)
        # Normal chosen so that +v points away from the body's midline.
        nx, ny = -self.axis[1], self.axis[0]
        if nx * outward < 0:
            nx, ny = -nx, -ny
        self.normal = (nx, ny)
        self._smooth = catmull_rom(self.widths, steps=6)

    def half_width(self, u: float) -> float:
        return interp(self._smooth, u)

    def at(self, u: float, v: float) -> Point:
        w = self.half_width(min(max(u, 0.0), 1.0)) * v
        return (
            self.start[0] + self.axis[0] * self.length * u + self.normal[0] * w,
            self.start[1] + self.axis[1] * self.length * u + self.normal[1] * w,
        )

    def outline(self, cap_start: bool = True, cap_end: bool = True, n: int = 60) -> Polygon:
        """The limb's silhouette, with rounded ends where asked."""
        us = [i / n for i in range(n + 1)]
        side_a = [self.at(u, 1.0) for u in us]
        side_b = [self.at(u, -1.0) for u in reversed(us)]
        shape = Polygon(side_a + side_b).buffer(0)
        for cap, u in ((cap_start, 0.0), (cap_end, 1.0)):
            if cap:
                c = self.at(u, 0.0)
                r = self.half_width(u)
                shape = shape.union(ellipse(c, r, r))
        return shape

    def cell(self, u0: float, u1: float, v0: float, v1: float, n: int = 24) -> Polygon:
        """The patch of the plane between two cross-sections and two side lines."""
        us = [u0 + (u1 - u0) * i / n for i in range(n + 1)]
        return Polygon(
            [self._far(u, v0) for u in us] + [self._far(u, v1) for u in reversed(us)]
        ).buffer(0)

    def _far(self, u: float, v: float) -> Point:
        # Beyond the ends the cross-section keeps the end width, so cells that
        # start at u<0 or end at u>1 still cover the rounded caps.
        uu = min(max(u, 0.0), 1.0)
        w = self.half_width(uu) * v
        return (
            self.start[0] + self.axis[0] * self.length * u + self.normal[0] * w,
            self.start[1] + self.axis[1] * self.length * u + self.normal[1] * w,
        )


def ellipse(center: Point, rx: float, ry: float, rotate: float = 0.0) -> Polygon:
    """An ellipse, optionally rotated by ``rotate`` degrees."""
    circle = affinity.scale(box(-1, -1, 1, 1).centroid.buffer(1.0, quad_segs=16), rx, ry)
    shape = affinity.translate(circle, center[0], center[1])
    return affinity.rotate(shape, rotate, origin=center) if rotate else shape


def profile_body(profile: Sequence[Point], steps: int = 8) -> Polygon:
    """A half-body shape from ``(y, half_width)`` pairs, mirrored across dx=0."""
    smooth = catmull_rom([(w, y) for y, w in profile], steps=steps)
    right = [(dx, y) for dx, y in smooth]
    left = [(-dx, y) for dx, y in reversed(smooth)]
    return Polygon(right + left).buffer(0)


def rect(x0: float, y0: float, x1: float, y1: float) -> Polygon:
    """An axis-aligned rectangle given two corners."""
    return box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def poly(*points: Point) -> Polygon:
    """A polygon cell from corner points."""
    return Polygon(points).buffer(0)


def to_view(shape: BaseGeometry, center_x: float, mirror: bool) -> BaseGeometry:
    """Place outward coordinates at ``center_x``, growing left or (mirrored) right."""
    sign = 1.0 if mirror else -1.0
    return affinity.affine_transform(shape, [sign, 0, 0, 1, center_x, 0])
