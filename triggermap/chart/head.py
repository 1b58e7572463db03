"""The lateral head view: the head and neck in profile, right and left side.

The patient's right side is drawn once, facing the viewer's right, on the left
half of the view; its mirror image shows the left side. Both faces look toward
the middle, and the temple, jaw joint, ear and teeth, which hide in a front
view, are large enough to click.
"""

from __future__ import annotations

from shapely.geometry.base import BaseGeometry

from triggermap.chart.carving import carve
from triggermap.chart.shapes import ellipse, poly, rect, smooth_polygon

WIDTH, HEIGHT, MIDLINE = 600.0, 372.0, 300.0
LABELS = [
    {"text": "R · right side", "x": 150, "y": 362},
    {"text": "L · left side", "x": 450, "y": 362},
]

# Outward coordinates: dx grows from the midline of the view toward the back of
# this head, so the face (small dx) looks toward the middle of the view.
_PROFILE = [
    (140, 22),
    (190, 30),
    (228, 60),
    (244, 105),
    (238, 155),
    (222, 192),
    (214, 232),
    (218, 334),
    (112, 334),
    (116, 262),
    (104, 238),
    (76, 232),
    (60, 226),
    (57, 213),
    (57, 202),
    (62, 193),
    (55, 185),
    (60, 174),
    (40, 160),
    (50, 132),
    (50, 114),
    (56, 92),
    (66, 64),
    (90, 38),
    (112, 26),
]
PROFILE = smooth_polygon(_PROFILE, steps=8)
EAR = smooth_polygon(
    [
        (170, 118),
        (160, 112),
        (150, 122),
        (150, 146),
        (156, 166),
        (164, 168),
        (170, 156),
        (176, 132),
    ],
    steps=6,
)


def half_head() -> dict[str, BaseGeometry]:
    """Region shapes of the right-side profile, in outward coordinates."""
    parts = [
        (EAR, [("ear", None)]),
        (
            PROFILE,
            [
                ("top-of-head", poly((60, 0), (260, 0), (260, 36), (170, 44), (90, 50), (60, 60))),
                ("back-of-neck", poly((195, 185), (300, 185), (300, 400), (212, 400), (200, 250))),
                ("front-of-neck", poly((0, 228), (108, 224), (116, 250), (118, 400), (0, 400))),
                ("side-of-neck", rect(100, 215, 215, 400)),
                ("behind-ear", poly((178, 112), (200, 118), (206, 180), (186, 190), (172, 172))),
                ("back-of-head", rect(176, 30, 300, 215)),
                ("forehead", poly((0, 30), (112, 48), (116, 98), (0, 98))),
                ("eyebrow", rect(0, 98, 112, 108)),
                ("eye", ellipse((76, 119), 20, 11)),
                ("nose", rect(0, 108, 62, 176)),
                ("jaw-joint", ellipse((140, 140), 10, 13)),
                ("temple", rect(95, 40, 176, 132)),
                ("upper-teeth", rect(0, 176, 110, 193)),
                ("lower-teeth", rect(0, 193, 110, 209)),
                ("chin", rect(0, 209, 96, 240)),
                ("cheek", rect(0, 108, 135, 176)),
                ("jaw", None),
            ],
        ),
    ]
    return carve(parts, rect(0, -1000, 1000, 2000))
