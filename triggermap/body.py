"""The full-body chart: one half-body drawn once, cut into regions per view.

Each view is built from the patient's right half in outward coordinates
(``dx`` from the midline). Parts are assigned in priority order, and inside a
part each region takes the cell it is given minus what earlier regions took,
the last region taking the rest. That construction cannot leave a gap or an
overlap, which ``tests/test_geometry.py`` checks on the rasterised result.
"""

from __future__ import annotations

import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from triggermap.shapes import Limb, catmull_rom, ellipse, poly, rect, smooth_polygon

AREAL = ("Polygon", "MultiPolygon")
Cell = tuple[str, BaseGeometry | None]  # (region base id, cell); None takes the rest

WIDTH, HEIGHT, MIDLINE = 400.0, 810.0, 200.0
EVERYWHERE = rect(-1000, -1000, 1000, 2000)
RIGHT_HALF = rect(0, -1000, 1000, 2000)

ARM = Limb(
    (72, 171),
    (118, 398),
    [(0, 19), (0.1, 18), (0.22, 15.5), (0.4, 13), (0.5, 11.5), (0.56, 11), (0.66, 12.5),
     (0.8, 10), (1.0, 8)],
)
LEG = Limb(
    (36, 372),
    (41, 748),
    [(0, 31), (0.07, 34), (0.15, 31.5), (0.3, 27), (0.45, 22), (0.55, 18.5), (0.6, 19),
     (0.67, 21.5), (0.73, 21.5), (0.81, 17.5), (0.9, 12.5), (0.95, 10.5), (1.0, 11.5)],
)


def _half(points: list[tuple[float, float]]) -> Polygon:
    """A midline part from its outer edge, closed along dx=0."""
    edge = catmull_rom(points, steps=8)
    return Polygon([(0, edge[0][1]), *edge, (0, edge[-1][1])]).buffer(0)


HEAD = _half([(0, 21), (16, 24), (27, 33), (32, 48), (33, 66), (32, 84), (29, 98), (22, 108),
              (12, 115), (0, 118)])
EAR = ellipse((33.5, 78), 5, 11)
NECK = _half([(0, 100), (16, 100), (16.5, 118), (18, 130), (24, 140), (0, 140)])
TORSO = _half([(0, 128), (17, 128), (22, 136), (40, 144), (62, 150), (76, 155), (82, 163),
               (74, 190), (66, 215), (62, 240), (57, 270), (54, 290), (58, 320), (64, 345),
               (68, 366), (67, 385), (56, 402), (30, 412), (10, 415), (0, 416)])


def _hand_frame(a: float, b: float) -> tuple[float, float]:
    """Hand coordinates: ``a`` along the forearm past the wrist, ``b`` toward the thumb."""
    wx, wy = ARM.end
    return (wx + ARM.axis[0] * a + ARM.normal[0] * b, wy + ARM.axis[1] * a + ARM.normal[1] * b)


def _capsule(a0: float, b0: float, a1: float, b1: float, r: float) -> BaseGeometry:
    p, q = _hand_frame(a0, b0), _hand_frame(a1, b1)
    from shapely.geometry import LineString

    return LineString([p, q]).buffer(r, quad_segs=8)


PALM = smooth_polygon([_hand_frame(a, b) for a, b in [
    (-3, -7.5), (-3, 7.5), (5, 10), (18, 11), (30, 10.2), (33.5, 6), (34, -4), (31.5, -10),
    (18, -10.5), (5, -9)]])
THUMB = _capsule(7, 8.5, 26, 15.5, 4.1)
FINGERS = unary_union([
    _capsule(30, 7.4, 30 + 26, 8.4, 2.5),
    _capsule(31, 2.5, 31 + 30, 2.7, 2.6),
    _capsule(31, -2.5, 31 + 28, -2.9, 2.5),
    _capsule(29, -7.4, 29 + 22, -8.8, 2.3),
])
FOOT = smooth_polygon([(31, 742), (50, 742), (54.5, 756), (58, 772), (58, 787), (53, 795),
                       (44, 799), (34, 800), (26.5, 797), (24.5, 786), (26, 768), (28, 754)])


def _front_cells() -> list[tuple[BaseGeometry, list[Cell]]]:
    a, g = ARM.cell, LEG.cell
    return [
        (PALM, [("palm", None)]),
        (THUMB, [("thumb-palm-side", None)]),
        (FINGERS, [("fingers-palm-side", None)]),
        (FOOT, [("big-toe", rect(0, 780, 38, 900)), ("toes", rect(38, 781, 100, 900)),
                ("top-of-foot", None)]),
        (ARM.outline(cap_end=False), [
            ("side-of-shoulder", a(-1, 0.24, 0.3, 5)), ("front-of-shoulder", a(-1, 0.2, -5, 0.3)),
            ("inner-upper-arm", a(0.2, 0.5, -5, -0.3)), ("front-of-upper-arm", a(0.2, 0.5, -0.3, 5)),
            ("inner-elbow", a(0.5, 0.61, -5, -0.3)), ("crook-of-elbow", a(0.5, 0.61, -0.3, 5)),
            ("front-of-wrist", a(0.92, 2, -5, 5)), ("inner-forearm", a(0.61, 0.92, -5, -0.35)),
            ("front-of-forearm", None)]),
        (LEG.outline(cap_start=False), [
            ("groin", g(-1, 0.06, -5, 0.2)),
            ("outer-knee", g(0.5, 0.63, 0.6, 5)), ("outer-thigh", g(-1, 0.56, 0.45, 5)), ("inner-thigh", g(-1, 0.5, -5, -0.3)),
            ("front-of-thigh", g(-1, 0.5, -0.3, 0.45)), ("inner-knee", g(0.5, 0.63, -5, -0.5)),
            ("front-of-knee", g(0.5, 0.63, -0.5, 0.6)), ("front-of-ankle", g(0.93, 2, -5, 5)),
            ("outer-lower-leg", g(0.56, 0.93, 0.4, 5)), ("inner-lower-leg", g(0.63, 0.93, -5, -0.25)),
            ("shin", None)]),
        (EAR, [("ear", None)]),
        (HEAD, [
            ("top-of-head", rect(0, 0, 60, 33)), ("nose", poly((0, 55), (6, 55), (7, 90), (0, 93))),
            ("eyebrow", rect(5, 50, 27, 57)), ("eye", ellipse((16, 63.5), 10, 5.5)),
            ("chin", rect(0, 101, 11, 130)), ("jaw", rect(0, 94, 60, 130)),
            ("cheek", rect(0, 70, 60, 94)), ("forehead", rect(0, 33, 22, 70)), ("temple", None)]),
        (NECK, [("front-of-neck", rect(0, 0, 8, 200)), ("side-of-neck", None)]),
        (TORSO, [
            ("breastbone", rect(0, 152, 9, 256)), ("collarbone", rect(0, 0, 100, 172)),
            ("side-of-chest", rect(56, 172, 100, 262)), ("upper-chest", rect(0, 172, 56, 215)),
            ("lower-chest", rect(0, 215, 56, 258)), ("upper-abdomen", rect(0, 258, 44, 302)),
            ("flank", rect(44, 258, 100, 345)),
            ("lower-abdomen", poly((0, 302), (44, 302), (50, 338), (12, 385), (0, 385))),
            ("pubic-area", rect(0, 372, 13, 430)), ("groin", None)]),
    ]


def _back_cells() -> list[tuple[BaseGeometry, list[Cell]]]:
    a, g = ARM.cell, LEG.cell
    return [
        (PALM, [("back-of-hand", None)]),
        (THUMB, [("thumb-back", None)]),
        (FINGERS, [("fingers-back", None)]),
        (FOOT, [("heel", rect(0, 0, 100, 762)), ("sole", rect(0, 762, 100, 779)),
                ("ball-of-foot", rect(0, 779, 100, 787)), ("underside-of-toes", None)]),
        (ARM.outline(cap_end=False), [
            ("back-of-shoulder", a(-1, 0.22, -5, 5)), ("back-of-upper-arm", a(0.22, 0.5, -5, 5)),
            ("outer-elbow", a(0.5, 0.62, 0.3, 5)), ("back-of-elbow", a(0.5, 0.62, -5, 0.3)),
            ("back-of-wrist", a(0.92, 2, -5, 5)), ("outer-forearm", a(0.62, 0.92, 0.35, 5)),
            ("back-of-forearm", None)]),
        (LEG.outline(cap_start=False), [
            ("side-of-hip", g(-1, 0.16, 0.55, 5)), ("buttock", g(-1, 0.13, -5, 5)),
            ("back-of-thigh", g(0.13, 0.52, -5, 5)), ("back-of-knee", g(0.52, 0.62, -5, 5)),
            ("outer-ankle", g(0.86, 2, 0.4, 5)), ("inner-ankle", g(0.86, 2, -5, -0.4)),
            ("achilles", g(0.86, 2, -5, 5)), ("calf", None)]),
        (EAR, [("ear", None)]),
        (HEAD, [("top-of-head", rect(0, 0, 60, 38)), ("back-of-head", None)]),
        (NECK, [("back-of-neck", None)]),
        (TORSO, [
            ("top-of-shoulder", rect(0, 0, 100, 162)),
            ("between-shoulder-blades", rect(0, 162, 28, 252)),
            ("shoulder-blade", poly((28, 162), (66, 162), (62, 245), (36, 252), (28, 252))),
            ("side-of-back", rect(58, 162, 100, 262)), ("mid-back", rect(0, 252, 100, 300)),
            ("sacrum", poly((0, 345), (14, 345), (8, 392), (0, 398))),
            ("tailbone", rect(0, 390, 8, 430)), ("low-back", rect(0, 300, 100, 348)),
            ("sacroiliac", rect(0, 345, 30, 385)), ("side-of-hip", rect(58, 330, 100, 420)),
            ("buttock", None)]),
    ]


def polygonal(shape: BaseGeometry) -> BaseGeometry:
    """Only the areal part of ``shape``, made valid (drops slivers of lines and points)."""
    shape = shapely.make_valid(shape)
    polys = [g for g in getattr(shape, "geoms", [shape]) if g.geom_type in AREAL]
    out = []
    for g in polys:
        out.extend(getattr(g, "geoms", [g]))
    out = [g for g in out if g.area > 0.05]
    return MultiPolygon(out).buffer(0) if out else Polygon()


def carve(parts: list[tuple[BaseGeometry, list[Cell]]], clip: BaseGeometry) -> dict[str, BaseGeometry]:
    """Cut prioritised parts into regions that tile their union exactly."""
    taken: BaseGeometry = Polygon()
    pieces: dict[str, list[BaseGeometry]] = {}
    for shape, cells in parts:
        remaining = polygonal(shape.intersection(clip).difference(taken))
        taken = polygonal(taken.union(remaining))
        for base, cell in cells:
            piece = remaining if cell is None else polygonal(remaining.intersection(cell))
            remaining = polygonal(remaining.difference(piece))
            if not piece.is_empty:
                pieces.setdefault(base, []).append(piece)
    regions = {base: polygonal(unary_union(p)) for base, p in pieces.items()}
    return _fill_gaps(regions)


def _fill_gaps(regions: dict[str, BaseGeometry]) -> dict[str, BaseGeometry]:
    """Give each enclosed gap between parts to the neighbour that borders it most."""
    whole = unary_union(list(regions.values()))
    filled = unary_union([Polygon(p.exterior) for p in getattr(whole, "geoms", [whole])])
    gaps = polygonal(filled.difference(whole))
    for gap in getattr(gaps, "geoms", [gaps]):
        if gap.is_empty:
            continue
        rim = gap.buffer(0.6)
        owner = max(regions, key=lambda b: regions[b].intersection(rim).area)
        regions[owner] = polygonal(regions[owner].union(gap.buffer(0.01)))
    return regions


def half_body(view: str) -> dict[str, BaseGeometry]:
    """Region shapes of the patient's right half of ``view``, in outward coordinates."""
    cells = _front_cells() if view == "front" else _back_cells()
    return carve(cells, RIGHT_HALF)
