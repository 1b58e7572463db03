"""Close-up views of the hands and feet, where small areas need room to be clicked.

Each view shows both hands (or both feet) large, fingers or toes up. The
patient's right hand is drawn once in outward coordinates (``dx`` from the
middle of the view) and mirrored for the left. On the palm and top-of-foot
views the patient's right is on the viewer's left, as on the front view; on
the back-of-hand and sole views it is on the viewer's right, as on the back view.
"""

from __future__ import annotations

from shapely import affinity
from shapely.geometry import LineString
from shapely.geometry.base import BaseGeometry

from triggermap.chart.carving import carve
from triggermap.chart.shapes import ellipse, rect, smooth_polygon

WIDTH, HEIGHT, MIDLINE = 600.0, 610.0, 300.0
EVERYWHERE = rect(-1000, -1000, 2000, 2000)


def _labels(right_on_left: bool) -> list[dict]:
    left_x, right_x = (150, 450) if right_on_left else (450, 150)
    return [
        {"text": "R", "x": left_x, "y": 40},
        {"text": "L", "x": right_x, "y": 40},
    ]


def _capsule(x0: float, y0: float, x1: float, y1: float, r: float) -> BaseGeometry:
    return LineString([(x0, y0), (x1, y1)]).buffer(r, quad_segs=12)


# ---- the right hand, palm towards the viewer, thumb outward ----------------
PALM = smooth_polygon(
    [
        (112, 545),
        (188, 545),
        (192, 490),
        (212, 420),
        (214, 330),
        (206, 300),
        (150, 292),
        (96, 300),
        (90, 330),
        (94, 420),
        (108, 490),
    ],
    steps=8,
)
THUMB = _capsule(198, 452, 246, 346, 18).union(ellipse((202, 430), 20, 36, rotate=-25))
FINGERS = {
    "index": _capsule(192, 300, 198, 180, 13),
    "middle": _capsule(164, 296, 165, 160, 13.5),
    "ring": _capsule(136, 298, 132, 172, 13),
    "little": _capsule(108, 306, 100, 210, 11.5),
}


def _hand(side: str) -> list:
    """Hand parts and their cells; ``side`` is "palm" or "back"."""
    wrist = rect(108, 500, 192, 600)
    fingers = [
        (FINGERS[f], [(f"{f}-finger-{side}-side" if side == "palm" else f"{f}-finger-back", None)])
        for f in FINGERS
    ]
    if side == "palm":
        palm_cells = [
            ("front-of-wrist", rect(0, 500, 400, 700)),
            ("thenar", ellipse((190, 440), 36, 62, rotate=-20)),
            ("hypothenar", rect(0, 330, 124, 500)),
            ("palm", None),
        ]
        thumb = [("thumb-palm-side", None)]
    else:
        palm_cells = [
            ("back-of-wrist", rect(0, 500, 400, 700)),
            ("thumb-web", ellipse((200, 385), 26, 50, rotate=-15)),
            ("back-of-hand", None),
        ]
        thumb = [("thumb-back", None)]
    return [*fingers, (THUMB.difference(PALM), thumb), (PALM.union(wrist), palm_cells)]


# ---- the right foot, toes up, big toe toward the middle of the view -------
TOES = {
    "big-toe": _capsule(120, 226, 117, 162, 22),
    "second-toe": _capsule(150, 222, 151, 164, 12.5),
    "third-toe": _capsule(174, 226, 177, 176, 12),
    "fourth-toe": _capsule(196, 234, 201, 190, 11.5),
    "little-toe": _capsule(214, 246, 222, 208, 10.5),
}
# Both foot outlines share the forefoot; the top view ends in the ankle, the
# sole view in the rounded heel.
_FOREFOOT = [
    (104, 400),
    (92, 300),
    (96, 236),
    (140, 216),
    (200, 228),
    (226, 252),
    (220, 330),
    (202, 440),
]
FOOT_TOP = smooth_polygon([(118, 600), (112, 500), *_FOREFOOT, (190, 500), (184, 600)], steps=8)
FOOT_SOLE = smooth_polygon(
    [
        (118, 540),
        (112, 470),
        *_FOREFOOT,
        (192, 500),
        (188, 540),
        (170, 568),
        (152, 574),
        (132, 568),
    ],
    steps=8,
)


def _foot(side: str) -> list:
    """Foot parts and their cells; ``side`` is "top" or "sole"."""
    if side == "top":
        toes = [(shape, [(name, None)]) for name, shape in TOES.items()]
        body = [
            ("front-of-ankle", rect(0, 470, 400, 700)),
            ("outer-edge-of-foot", rect(180, 250, 400, 470)),
            ("top-of-foot", None),
        ]
        return [*toes, (FOOT_TOP, body)]
    toes = [
        (shape, [(f"{name}-underside" if name != "big-toe" else "big-toe-underside", None)])
        for name, shape in TOES.items()
    ]
    body = [
        ("heel", rect(0, 468, 400, 700)),
        ("ball-of-big-toe", ellipse((122, 262), 30, 42)),
        ("ball-of-foot", rect(0, 0, 400, 300)),
        ("inner-arch", rect(0, 300, 136, 468)),
        ("outer-sole", rect(176, 300, 400, 468)),
        ("sole", None),
    ]
    return [*toes, (FOOT_SOLE, body)]


def _mirror_about_hand_axis(regions: dict[str, BaseGeometry]) -> dict[str, BaseGeometry]:
    # The back of the right hand, fingers up, has its thumb toward the middle.
    return {k: affinity.scale(g, xfact=-1, yfact=1, origin=(150, 0)) for k, g in regions.items()}


def detail_views() -> dict[str, tuple[dict[str, BaseGeometry], bool, list[dict]]]:
    """For each close-up view: the right-side shapes, whether the right is on the
    viewer's left, and the side labels."""
    return {
        "hand-palm": (carve(_hand("palm"), EVERYWHERE), True, _labels(True)),
        "hand-back": (
            _mirror_about_hand_axis(carve(_hand("back"), EVERYWHERE)),
            False,
            _labels(False),
        ),
        "foot-top": (carve(_foot("top"), EVERYWHERE), True, _labels(True)),
        "foot-sole": (carve(_foot("sole"), EVERYWHERE), False, _labels(False)),
    }
