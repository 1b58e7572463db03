"""The single source of truth for file names, field names, enums and id patterns.

Field names here are the keys used on disk (TOML) and the attribute names in
code, so a reader of ``data/`` and a reader of ``triggermap`` see one vocabulary.
"""

from __future__ import annotations

import re
from pathlib import Path

# ---- files -----------------------------------------------------------------
# The checkout: data/ and assets/ are found from here.
ROOT = Path(__file__).resolve().parent.parent
DATA_DIR_NAME = "data"
REGIONS_FILE = "regions.toml"
CONDITIONS_FILE = "conditions.toml"
SOURCES_FILE = "sources.toml"
MUSCLES_DIR = "muscles"
GEOMETRY_FILE = "assets/body_geometry.json"

# ---- enums -----------------------------------------------------------------
BODY_VIEWS = ("front", "back")
DETAIL_VIEWS = ("hand-palm", "hand-back", "foot-top", "foot-sole")
VIEWS = ("front", "back", "head", *DETAIL_VIEWS)
VIEW_NAMES = {
    "front": "Front",
    "back": "Back",
    "head": "Head (side)",
    "hand-palm": "Palm",
    "hand-back": "Back of hand",
    "foot-top": "Top of foot",
    "foot-sole": "Sole",
}
SIDES = ("right", "left")
MIDLINE = "midline"
ZONES = ("essential", "spillover")
AREAS = (
    "head-jaw",
    "neck",
    "shoulder",
    "arm",
    "forearm-hand",
    "chest-abdomen",
    "back",
    "hip-pelvis",
    "thigh",
    "leg-foot",
)
AREA_NAMES = {
    "head-jaw": "Head and jaw",
    "neck": "Neck",
    "shoulder": "Shoulder girdle",
    "arm": "Upper arm",
    "forearm-hand": "Forearm and hand",
    "chest-abdomen": "Chest and abdomen",
    "back": "Back",
    "hip-pelvis": "Hip and pelvis",
    "thigh": "Thigh",
    "leg-foot": "Lower leg and foot",
}

# Body parts: the words a person uses for a part of the body. Every region belongs
# to one or more (``parts`` in regions.toml); a part's name resolves to its regions.
BODY_PARTS = {
    "head": "head",
    "face": "face",
    "jaw": "jaw",
    "teeth": "teeth",
    "ear": "ear",
    "eye": "eye",
    "neck": "neck",
    "shoulder": "shoulder",
    "upper-arm": "upper arm",
    "elbow": "elbow",
    "forearm": "forearm",
    "wrist": "wrist",
    "hand": "hand",
    "thumb": "thumb",
    "fingers": "fingers",
    "chest": "chest",
    "abdomen": "abdomen",
    "upper-back": "upper back",
    "mid-back": "mid back",
    "low-back": "low back",
    "sacrum": "sacrum",
    "buttock": "buttock",
    "hip": "hip",
    "groin": "groin",
    "thigh": "thigh",
    "knee": "knee",
    "lower-leg": "lower leg",
    "shin": "shin",
    "calf": "calf",
    "ankle": "ankle",
    "heel": "heel",
    "foot": "foot",
    "sole": "sole",
    "toes": "toes",
}
# Broad words that stand for several parts.
BROAD_WORDS = {
    "arm": ("upper-arm", "elbow", "forearm"),
    "leg": ("thigh", "knee", "lower-leg"),
    "back": ("upper-back", "mid-back", "low-back"),
}
# How commonly a trigger point is the cause of the pain it refers, from the sources'
# "most common first" ordering; the ranking weighs and breaks ties by it.
PREVALENCES = ("common", "occasional", "rare")
DEFAULT_PREVALENCE = "occasional"

# ---- ids -------------------------------------------------------------------
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# ---- fields: (name, type) in file order; optional fields carry a default ----
REGION_FIELDS = {"id": str, "name": str, "sided": bool, "view": str, "synonyms": list}
REGION_OPTIONAL = {"parent": str, "parts": list}
CONDITION_FIELDS = {"id": str, "name": str, "description": str}
CONDITION_OPTIONAL = {"areas": list, "synonyms": list}
SOURCE_FIELDS = {"id": str, "citation": str}
MUSCLE_FIELDS = {
    "id": str,
    "name": str,
    "aliases": list,
    "plain_name": str,
    "area": str,
    "action": str,
    "innervation": str,
    "symptoms": list,
    "conditions": list,
    "factors": list,
    "self_care": dict,
    "needling": dict,
    "sources": list,
    "trigger_points": list,
}
MUSCLE_OPTIONAL = {"mimics": list, "associated": list, "notes": str}
SELF_CARE_FIELDS = {"pressure": str, "stretch": str}
NEEDLING_FIELDS = {"structures_at_risk": list, "precautions": str}
SOURCE_REF_FIELDS = {"ref": str, "section": str}
TRIGGER_POINT_FIELDS = {
    "id": str,
    "label": str,
    "location": str,
    "region": str,
    "essential": list,
    "spillover": list,
}
# positions: view -> [x, y] in that view's chart coordinates, for the trigger point on the
# right side (the left one is mirrored), on every view that draws its region (or its parent).
TRIGGER_POINT_OPTIONAL = {"positions": dict, "prevalence": str}


def region_id(base: str, side: str) -> str:
    """The id of ``base`` on ``side`` (midline regions keep their base id)."""
    return base if side == MIDLINE else f"{side}-{base}"


def mirror_side(side: str) -> str:
    """The other side; the midline stays the midline."""
    return {"right": "left", "left": "right"}.get(side, side)
