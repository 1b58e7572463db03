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
NEEDLING_FILE = "needling.toml"  # the precautions shown with every needling note
MUSCLES_DIR = "muscles"
GEOMETRY_FILE = "assets/body_geometry.json"
# The clinic's branding (name, logo, booking link, ...): optional, read from the checkout
# or from the path in this environment variable. See clinic.example.toml.
CLINIC_FILE = "clinic.toml"
CLINIC_ENV = "TRIGGERMAP_CLINIC"
CLINIC_FIELDS = ("name", "logo", "booking_url", "phone", "accent", "app_url")

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
# Where a trigger point's pattern comes from (issue 12), strongest first: drawn in the
# source's figure, described only in its text, or derived or borrowed by the atlas.
EVIDENCE = ("figure", "text", "derived")
DERIVED = "derived"
EVIDENCE_WORDS = {
    "figure": "drawn in the source's figure",
    "text": "described in the source's text, not checked against a figure",
    "derived": "derived, not from a published figure",
}
# How urgent a red flag is, most urgent first: call emergency services; see a doctor
# today; a question whose "yes" is urgent; see a doctor soon; tell the therapist.
URGENCIES = ("emergency", "today", "ask", "soon", "tell")
FOLDING_URGENCIES = ("emergency", "today")  # these fold the muscle list under the message
# Who the app speaks to: patients (the default) never see dry-needling notes.
MODES = ("patient", "clinician")

# ---- ids -------------------------------------------------------------------
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# ---- fields: (name, type) in file order; optional fields carry a default ----
REGION_FIELDS = {"id": str, "name": str, "sided": bool, "view": str, "synonyms": list}
REGION_OPTIONAL = {"parent": str, "parts": list}
CONDITION_FIELDS = {"id": str, "name": str, "description": str}
CONDITION_OPTIONAL = {"areas": list, "synonyms": list}
SOURCE_FIELDS = {"id": str, "citation": str}
# A book's chapter titles as it prints them; a trigger point's source names one of them.
SOURCE_OPTIONAL = {"chapters": list}
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
# lies_in: base region ids of the areas the muscle's belly lies under, drawn on the map as
# "where the muscle lies" (issue 14); absent, the trigger points' regions stand for it.
# outline: the muscle's own shape per view, { view = "M x y x y … Z" }, points of a smooth
# closed curve in chart coordinates for the right side (triggermap.chart.outline); drawn
# instead of the lies_in areas on the views it names.
MUSCLE_OPTIONAL = {
    "mimics": list,
    "associated": list,
    "notes": str,
    "lies_in": list,
    "outline": dict,
}
# Trigger points on a view with an outline lie inside it or at most this far out (chart units).
OUTLINE_TOLERANCE = 4.0
# At most this share of an outline's area may lie off the figure (the chart's areas).
OUTLINE_OFF_FIGURE = 0.1
SELF_CARE_FIELDS = {"pressure": str, "stretch": str}
NEEDLING_FIELDS = {
    "structures_at_risk": list,
    "precautions": str,
    "lung_risk": bool,  # true when structures_at_risk names the lung or pleura
    "sources": list,  # [{ ref, section }], as SOURCE_REF_FIELDS
}
# needling.toml: [[precaution]] tables shown with every note, and one [lung_warning].
PRECAUTION_FIELDS = {"id": str, "text": str, "sources": list}
# The precautions needling.toml must hold, by id (issue 12).
NEEDLING_PRECAUTIONS = (
    "anticoagulants",
    "pregnancy",
    "lymphoedema",
    "copd-emphysema",
    "needle-phobia",
    "local-infection",
    "consent",
    "metal-allergy",
)
# What the lung warning must say: each pattern is one thing the patient is told to watch for.
LUNG_WARNING_MUST_SAY = {
    "breathlessness": r"breath",
    "chest pain": r"chest pain",
    "a dry cough": r"dry cough",
    "within two days": r"two days|48 hours",
}
LUNG_WARNING_FIELDS = {"text": str, "sources": list}
LUNG_WORDS = re.compile(r"\b(lungs?|pleura[el]?)\b", re.IGNORECASE)
SOURCE_REF_FIELDS = {"ref": str, "section": str}
TRIGGER_POINT_FIELDS = {
    "id": str,
    "label": str,
    "location": str,
    "region": str,
    "essential": list,
    "spillover": list,
    "evidence": str,
    "source": dict,
}
# positions: view -> [x, y] in that view's chart coordinates, for the trigger point on the
# right side (the left one is mirrored), on every view that draws its region (or its parent).
TRIGGER_POINT_OPTIONAL = {"positions": dict, "prevalence": str}
# A trigger point's ``source``: the sources.toml id and the chapter, with page or figure
# only where a source actually read gives them.
TP_SOURCE_FIELDS = {"ref": str, "chapter": str}
TP_SOURCE_OPTIONAL = {"figure": str, "page": int}

# ---- the dry-needling explainer (data/dry_needling.toml, optional) --------------
DRY_NEEDLING_FILE = "dry_needling.toml"
EXPLAINER_FIELDS = {"title": str, "intro": str, "section": list}
SECTION_FIELDS = {"id": str, "title": str, "kind": str, "line": list}
SECTION_OPTIONAL = {"link": str, "conditions": list}
LINE_FIELDS = {"text": str}
LINE_OPTIONAL = {"sources": list}
# How a section is shown: paragraphs, bullets, a warning box, or a printable checklist.
SECTION_KINDS = ("text", "list", "warning", "checklist")
# Pages a section may link to: the url path of a page in ui/routes.py.
SECTION_LINKS = ("body_map", "conditions")


def region_id(base: str, side: str) -> str:
    """The id of ``base`` on ``side`` (midline regions keep their base id)."""
    return base if side == MIDLINE else f"{side}-{base}"


def mirror_side(side: str) -> str:
    """The other side; the midline stays the midline."""
    return {"right": "left", "left": "right"}.get(side, side)
