"""The silhouette of the body chart: the patient's right half, in outward coordinates.

Limbs are tapered tubes with smooth width profiles, the head, neck and torso
are splines closed along the midline, and the hand and foot are small outlines.
Proportions follow the usual eight-heads figure of clinical body charts.
"""

from __future__ import annotations

from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from triggermap.chart.shapes import Limb, catmull_rom, ellipse, rect, smooth_polygon

WIDTH, HEIGHT, MIDLINE = 400.0, 810.0, 200.0
EVERYWHERE = rect(-1000, -1000, 1000, 2000)
RIGHT_HALF = rect(0, -1000, 1000, 2000)

ARM = Limb(
    (72, 171),
    (118, 398),
    [
        (0, 19),
        (0.1, 18),
        (0.22, 15.5),
        (0.4, 13),
        (0.5, 11.5),
        (0.56, 11),
        (0.66, 12.5),
        (0.8, 10),
        (1.0, 8),
    ],
)
LEG = Limb(
    (36, 372),
    (41, 748),
    [
        (0, 31),
        (0.07, 34),
        (0.15, 31.5),
        (0.3, 27),
        (0.45, 22),
        (0.55, 18.5),
        (0.6, 19),
        (0.67, 21.5),
        (0.73, 21.5),
        (0.81, 17.5),
        (0.9, 12.5),
        (0.95, 10.5),
        (1.0, 11.5),
    ],
)


def _half(points: list[tuple[float, float]]) -> Polygon:
    """A midline part from its outer edge, closed along dx=0."""
    edge = catmull_rom(points, steps=8)
    return Polygon([(0, edge[0][1]), *edge, (0, edge[-1][1])]).buffer(0)


HEAD = _half(
    [
        (0, 21),
        (16, 24),
        (27, 33),
        (32, 48),
        (33, 66),
        (32, 84),
        (29, 98),
        (22, 108),
        (12, 115),
        (0, 118),
    ]
)
EAR = ellipse((33.5, 78), 5, 11)
NECK = _half([(0, 100), (16, 100), (16.5, 118), (18, 130), (24, 140), (0, 140)])
TORSO = _half(
    [
        (0, 128),
        (17, 128),
        (22, 136),
        (40, 144),
        (62, 150),
        (76, 155),
        (82, 163),
        (74, 190),
        (66, 215),
        (62, 240),
        (57, 270),
        (54, 290),
        (58, 320),
        (64, 345),
        (68, 366),
        (67, 385),
        (56, 402),
        (30, 412),
        (10, 415),
        (0, 416),
    ]
)


def _hand_frame(a: float, b: float) -> tuple[float, float]:
    """Hand coordinates: ``a`` along the forearm past the wrist, ``b`` toward the thumb."""
    wx, wy = ARM.end
    return (wx + ARM.axis[0] * a + ARM.normal[0] * b, wy + ARM.axis[1] * a + ARM.normal[1] * b)


def _capsule(a0: float, b0: float, a1: float, b1: float, r: float) -> BaseGeometry:
    p, q = _hand_frame(a0, b0), _hand_frame(a1, b1)
    return LineString([p, q]).buffer(r, quad_segs=8)


PALM = smooth_polygon(
    [
        _hand_frame(a, b)
        for a, b in [
            (-3, -7.5),
            (-3, 7.5),
            (5, 10),
            (18, 11),
            (30, 10.2),
            (33.5, 6),
            (34, -4),
            (31.5, -10),
            (18, -10.5),
            (5, -9),
        ]
    ]
)
THUMB = _capsule(7, 8.5, 26, 15.5, 4.1)
FINGERS = unary_union(
    [
        _capsule(30, 7.4, 30 + 26, 8.4, 2.5),
        _capsule(31, 2.5, 31 + 30, 2.7, 2.6),
        _capsule(31, -2.5, 31 + 28, -2.9, 2.5),
        _capsule(29, -7.4, 29 + 22, -8.8, 2.3),
    ]
)
FOOT = smooth_polygon(
    [
        (31, 742),
        (50, 742),
        (54.5, 756),
        (58, 772),
        (58, 787),
        (53, 795),
        (44, 799),
        (34, 800),
        (26.5, 797),
        (24.5, 786),
        (26, 768),
        (28, 754),
    ]
)
