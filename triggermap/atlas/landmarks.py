"""The region-mapping guide (data/README.md) as a table the checks can enforce.

A landmark named in a trigger point's ``location`` -> the base regions a trigger
point at or beside that landmark can lie in: the landmark's own region and the
regions around it. Plain and textbook words both count (the data uses plain words,
Travell & Simons' figures the textbook ones), matched as whole words, plural allowed.
"""

from __future__ import annotations

import re

_ILIAC_CREST = ("low-back", "flank", "buttock", "side-of-hip", "lower-abdomen", "groin")
_TROCHANTER = ("side-of-hip", "buttock", "outer-thigh")
_ASIS = ("side-of-hip", "groin", "front-of-thigh", "lower-abdomen", "flank")
_PSIS = ("sacroiliac", "low-back", "buttock", "sacrum")
_SACRUM = ("sacrum", "sacroiliac", "buttock", "low-back", "tailbone")
_COCCYX = ("tailbone", "buttock", "sacrum")
_SIT_BONE = ("buttock", "back-of-thigh", "inner-thigh")
_PUBIS = ("pubic-area", "groin", "lower-abdomen")
_NAVEL = ("upper-abdomen", "lower-abdomen")
_RIB12 = ("low-back", "mid-back", "flank", "side-of-back")
_SCAPULA = ("shoulder-blade", "between-shoulder-blades", "top-of-shoulder", "side-of-back")
_SCAPULA_ALL = (*_SCAPULA, "side-of-chest", "back-of-shoulder", "mid-back")
_MEDIAL_BORDER = ("between-shoulder-blades", "shoulder-blade")
_ACROMION = ("top-of-shoulder", "side-of-shoulder", "shoulder-blade")
_CORACOID = ("upper-chest", "front-of-shoulder", "collarbone")
_STERNUM = ("breastbone", "upper-chest", "lower-chest", "front-of-neck", "upper-abdomen")
_CLAVICLE = ("collarbone", "upper-chest", "side-of-neck", "front-of-neck")
_OCCIPUT = ("back-of-head", "back-of-neck")
_MASTOID = ("behind-ear", "side-of-neck", "back-of-neck")
_JAW_ANGLE = ("jaw", "side-of-neck")
_TMJ = ("jaw-joint", "cheek", "jaw")
_LAT_EPICONDYLE = ("outer-elbow", "back-of-forearm", "outer-forearm", "back-of-upper-arm")
_MED_EPICONDYLE = ("inner-elbow", "front-of-forearm", "inner-forearm", "inner-upper-arm")
_OLECRANON = ("back-of-elbow", "back-of-upper-arm")
_THENAR = ("thenar", "thumb-palm-side", "palm")
_PATELLA = ("front-of-knee", "front-of-thigh", "inner-thigh", "outer-thigh")
_FIBULAR_HEAD = ("outer-knee", "outer-lower-leg", "shin", "calf")
_LAT_MALLEOLUS = ("outer-ankle", "outer-lower-leg", "top-of-foot", "outer-edge-of-foot")
_MED_MALLEOLUS = ("inner-ankle", "inner-lower-leg", "inner-arch", "heel")
_CALCANEUS = ("heel", "sole", "inner-arch", "achilles")
_MET_HEADS = ("ball-of-foot", "sole", "ball-of-big-toe")

LANDMARKS: dict[str, tuple[str, ...]] = {
    # pelvis and low back
    "iliac crest": _ILIAC_CREST,
    "rim of the hip bone": _ILIAC_CREST,
    "top of the hip bone": _ILIAC_CREST,
    "belt line": _ILIAC_CREST,
    "greater trochanter": _TROCHANTER,
    "bony bump at the side of the hip": _TROCHANTER,
    "ASIS": _ASIS,
    "anterior superior iliac spine": _ASIS,
    "bony point at the front of the hip": _ASIS,
    "front of the hip bone": _ASIS,
    "PSIS": _PSIS,
    "sacroiliac joint": _PSIS,
    "sacrum": _SACRUM,
    "coccyx": _COCCYX,
    "tailbone": _COCCYX,
    "ischial tuberosity": _SIT_BONE,
    "sitting bone": _SIT_BONE,
    "pubic bone": _PUBIS,
    "pubic symphysis": _PUBIS,
    "navel": _NAVEL,
    "umbilicus": _NAVEL,
    "McBurney's point": ("lower-abdomen",),
    "lowest rib": _RIB12,
    "twelfth rib": _RIB12,
    # shoulder girdle and chest
    "scapula": _SCAPULA_ALL,
    "shoulder blade": _SCAPULA_ALL,
    "vertebral border": _MEDIAL_BORDER,
    "inner edge of the shoulder blade": _MEDIAL_BORDER,
    "acromion": _ACROMION,
    "tip of the shoulder": _ACROMION,
    "coracoid": _CORACOID,
    "bony point at the front of the shoulder": _CORACOID,
    "armpit": ("side-of-chest", "side-of-back", "inner-upper-arm", "upper-chest"),
    "sternum": _STERNUM,
    "breastbone": _STERNUM,
    "xiphoid": ("upper-abdomen", "breastbone", "lower-chest"),
    "clavicle": _CLAVICLE,
    "collarbone": _CLAVICLE,
    # head and neck
    "occiput": _OCCIPUT,
    "base of the skull": _OCCIPUT,
    "mastoid": _MASTOID,
    "bony bump behind the ear": _MASTOID,
    "angle of the mandible": _JAW_ANGLE,
    "angle of the jaw": _JAW_ANGLE,
    "TMJ": _TMJ,
    "temporomandibular joint": _TMJ,
    "jaw joint": _TMJ,
    "cheekbone": ("cheek", "jaw-joint", "temple"),
    "eye socket": ("eye", "eyebrow", "temple", "cheek"),
    "eyebrow": ("forehead", "eyebrow", "eye"),
    # arm and hand
    "lateral epicondyle": _LAT_EPICONDYLE,
    "outer elbow": _LAT_EPICONDYLE,
    "medial epicondyle": _MED_EPICONDYLE,
    "inner elbow": _MED_EPICONDYLE,
    "olecranon": _OLECRANON,
    "point of the elbow": _OLECRANON,
    "elbow crease": ("crook-of-elbow", "front-of-forearm", "outer-forearm", "front-of-upper-arm"),
    "thenar eminence": _THENAR,
    "ball of the thumb": _THENAR,
    # leg and foot
    "patella": _PATELLA,
    "kneecap": _PATELLA,
    "fibular head": _FIBULAR_HEAD,
    "head of the fibula": _FIBULAR_HEAD,
    "top of the fibula": _FIBULAR_HEAD,
    "lateral malleolus": _LAT_MALLEOLUS,
    "outer ankle bone": _LAT_MALLEOLUS,
    "medial malleolus": _MED_MALLEOLUS,
    "inner ankle bone": _MED_MALLEOLUS,
    "calcaneus": _CALCANEUS,
    "heel": _CALCANEUS,
    "Achilles tendon": ("calf", "achilles"),
    "metatarsal heads": _MET_HEADS,
    "ball of the foot": _MET_HEADS,
    "ball of the big toe": ("ball-of-big-toe", "ball-of-foot", "inner-arch", "sole"),
}

_PATTERNS = {word: re.compile(rf"\b{re.escape(word)}s?\b", re.IGNORECASE) for word in LANDMARKS}


def landmarks_named(text: str) -> list[str]:
    """The landmarks a piece of plain text names, in table order."""
    return [word for word, pattern in _PATTERNS.items() if pattern.search(text)]
