"""The full-body chart: one half-body drawn once, cut into regions per view.

Each view is built from the patient's right half in outward coordinates
(``dx`` from the midline). Parts are assigned in priority order, and inside a
part each region takes the cell it is given minus what earlier regions took,
the last region taking the rest. That construction cannot leave a gap or an
overlap, which ``tests/test_geometry.py`` checks on the rasterised result.
"""

from __future__ import annotations

from shapely.geometry.base import BaseGeometry

from triggermap.chart.carving import Cell, carve
from triggermap.chart.figure import (
    ARM,
    EAR,
    FINGERS,
    FOOT,
    HEAD,
    LEG,
    NECK,
    PALM,
    RIGHT_HALF,
    THUMB,
    TORSO,
)
from triggermap.chart.shapes import ellipse, poly, rect


def _front_cells() -> list[tuple[BaseGeometry, list[Cell]]]:
    a, g = ARM.cell, LEG.cell
    return [
        (PALM, [("palm", None)]),
        (THUMB, [("thumb-palm-side", None)]),
        (FINGERS, [("fingers-palm-side", None)]),
        (
            FOOT,
            [
                ("big-toe", rect(0, 780, 38, 900)),
                ("toes", rect(38, 781, 100, 900)),
                ("top-of-foot", None),
            ],
        ),
        (
            ARM.outline(cap_end=False),
            [
                ("side-of-shoulder", a(-1, 0.24, 0.3, 5)),
                ("front-of-shoulder", a(-1, 0.2, -5, 0.3)),
                ("inner-upper-arm", a(0.2, 0.5, -5, -0.3)),
                ("front-of-upper-arm", a(0.2, 0.5, -0.3, 5)),
                ("inner-elbow", a(0.5, 0.61, -5, -0.3)),
                ("crook-of-elbow", a(0.5, 0.61, -0.3, 5)),
                ("front-of-wrist", a(0.92, 2, -5, 5)),
                ("inner-forearm", a(0.61, 0.92, -5, -0.35)),
                ("front-of-forearm", None),
            ],
        ),
        (
            LEG.outline(cap_start=False),
            [
                ("groin", g(-1, 0.06, -5, 0.2)),
                ("outer-knee", g(0.5, 0.63, 0.6, 5)),
                ("outer-thigh", g(-1, 0.56, 0.45, 5)),
                ("inner-thigh", g(-1, 0.5, -5, -0.3)),
                ("front-of-thigh", g(-1, 0.5, -0.3, 0.45)),
                ("inner-knee", g(0.5, 0.63, -5, -0.5)),
                ("front-of-knee", g(0.5, 0.63, -0.5, 0.6)),
                ("front-of-ankle", g(0.93, 2, -5, 5)),
                ("outer-lower-leg", g(0.56, 0.93, 0.4, 5)),
                ("inner-lower-leg", g(0.63, 0.93, -5, -0.25)),
                ("shin", None),
            ],
        ),
        (EAR, [("ear", None)]),
        (
            HEAD,
            [
                ("top-of-head", rect(0, 0, 60, 33)),
                ("nose", poly((0, 55), (6, 55), (7, 90), (0, 93))),
                ("eyebrow", rect(5, 50, 27, 57)),
                ("eye", ellipse((16, 63.5), 10, 5.5)),
                ("chin", rect(0, 101, 11, 130)),
                ("jaw", rect(0, 94, 60, 130)),
                ("cheek", rect(0, 57, 60, 94)),
                ("forehead", rect(0, 33, 22, 57)),
                ("temple", None),
            ],
        ),
        (NECK, [("front-of-neck", rect(0, 0, 8, 200)), ("side-of-neck", None)]),
        (
            TORSO,
            [
                ("breastbone", rect(0, 152, 9, 256)),
                ("collarbone", rect(0, 0, 100, 172)),
                ("side-of-chest", rect(56, 172, 100, 262)),
                ("upper-chest", rect(0, 172, 56, 215)),
                ("lower-chest", rect(0, 215, 56, 258)),
                ("upper-abdomen", rect(0, 258, 44, 302)),
                ("flank", rect(44, 258, 100, 345)),
                ("lower-abdomen", poly((0, 302), (44, 302), (50, 338), (12, 385), (0, 385))),
                ("pubic-area", rect(0, 372, 13, 430)),
                ("groin", None),
            ],
        ),
    ]


def _back_cells() -> list[tuple[BaseGeometry, list[Cell]]]:
    a, g = ARM.cell, LEG.cell
    return [
        (PALM, [("back-of-hand", None)]),
        (THUMB, [("thumb-back", None)]),
        (FINGERS, [("fingers-back", None)]),
        (
            FOOT,
            [
                ("heel", rect(0, 0, 100, 762)),
                ("sole", rect(0, 762, 100, 779)),
                ("ball-of-foot", rect(0, 779, 100, 787)),
                ("underside-of-toes", None),
            ],
        ),
        (
            ARM.outline(cap_end=False),
            [
                ("back-of-shoulder", a(-1, 0.22, -5, 5)),
                ("back-of-upper-arm", a(0.22, 0.5, -5, 5)),
                ("outer-elbow", a(0.5, 0.62, 0.3, 5)),
                ("back-of-elbow", a(0.5, 0.62, -5, 0.3)),
                ("back-of-wrist", a(0.92, 2, -5, 5)),
                ("outer-forearm", a(0.62, 0.92, 0.35, 5)),
                ("back-of-forearm", None),
            ],
        ),
        (
            LEG.outline(cap_start=False),
            [
                ("side-of-hip", g(-1, 0.16, 0.55, 5)),
                ("buttock", g(-1, 0.13, -5, 5)),
                ("back-of-thigh", g(0.13, 0.52, -5, 5)),
                ("back-of-knee", g(0.52, 0.62, -5, 5)),
                ("outer-ankle", g(0.86, 2, 0.4, 5)),
                ("inner-ankle", g(0.86, 2, -5, -0.4)),
                ("achilles", g(0.86, 2, -5, 5)),
                ("calf", None),
            ],
        ),
        (EAR, [("ear", None)]),
        (HEAD, [("top-of-head", rect(0, 0, 60, 38)), ("back-of-head", None)]),
        (NECK, [("back-of-neck", None)]),
        (
            TORSO,
            [
                ("top-of-shoulder", rect(0, 0, 100, 162)),
                ("between-shoulder-blades", rect(0, 162, 28, 252)),
                ("shoulder-blade", poly((28, 162), (60, 162), (57, 252), (28, 252))),
                ("side-of-back", rect(55, 165, 100, 262)),
                ("mid-back", rect(0, 252, 100, 300)),
                ("sacrum", poly((0, 345), (14, 345), (8, 392), (0, 398))),
                ("tailbone", rect(0, 390, 8, 430)),
                ("low-back", rect(0, 300, 100, 348)),
                ("sacroiliac", rect(0, 345, 30, 385)),
                ("side-of-hip", rect(58, 330, 100, 420)),
                ("buttock", None),
            ],
        ),
    ]


def half_body(view: str) -> dict[str, BaseGeometry]:
    """Region shapes of the patient's right half of ``view``, in outward coordinates."""
    cells = _front_cells() if view == "front" else _back_cells()
    return carve(cells, RIGHT_HALF)
