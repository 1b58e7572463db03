"""Red flags raised by where it hurts alone (with the age where the rule needs it).

Why each exists is in its docstring and its ``sources`` (ids in data/sources.toml).
"""

from __future__ import annotations

from triggermap.lookup.redflags_core import Findings, RedFlag

CHEST = {"breastbone", "upper-chest", "lower-chest", "side-of-chest"}
# Heart pain spreads mostly along the inner (little-finger) side of the left arm.
LEFT_INNER_ARM = {"inner-upper-arm", "inner-elbow", "inner-forearm", "front-of-upper-arm"}
ARM = {
    "front-of-upper-arm",
    "inner-upper-arm",
    "back-of-upper-arm",
    "crook-of-elbow",
    "inner-elbow",
    "outer-elbow",
    "back-of-elbow",
    "front-of-forearm",
    "inner-forearm",
    "back-of-forearm",
    "outer-forearm",
    "side-of-shoulder",
    "front-of-shoulder",
}
JAW = {"jaw", "chin", "lower-teeth"}
THROAT_OR_NECK = {"front-of-neck", "side-of-neck"}
UPPER_BELLY = {"upper-abdomen"}
BETWEEN_SHOULDER_BLADES = {"between-shoulder-blades"}
CALF = {"calf"}
TEMPLE = {"temple"}

CARDIAC = RedFlag(
    "cardiac",
    "Pain in the chest, the left arm, the jaw or neck with an arm, or the upper belly with the "
    "chest can come from the heart, above all with shortness of breath, sweating or feeling "
    "sick. Do not assume it is a muscle.",
    "If you have this pain now, call emergency services.",
    "emergency",
    ("gulati-2021",),
)


def _heart_pattern(f: Findings) -> bool:
    both, left = f.bases(), f.bases("left")
    return bool(
        both & CHEST
        or left & LEFT_INNER_ARM
        or (both & (JAW | THROAT_OR_NECK) and both & ARM)
        or (both & UPPER_BELLY and both & CHEST)
    )


def cardiac(f: Findings) -> RedFlag | None:
    """Heart pain is felt in the chest, left arm, jaw, neck or upper belly (Gulati 2021)."""
    return CARDIAC if _heart_pattern(f) else None


def aortic(f: Findings) -> RedFlag | None:
    """A torn aorta gives sudden, severe pain between the shoulder blades (Isselbacher 2022)."""
    if not f.bases() & BETWEEN_SHOULDER_BLADES:
        return None
    return RedFlag(
        "aortic",
        "Did this pain between the shoulder blades come on suddenly and severely, perhaps "
        "tearing or ripping? That can be a tear in the body's main artery (aortic dissection).",
        "If it began like that, call emergency services now.",
        "ask",
        ("isselbacher-2022",),
    )


def calf_clot(f: Findings) -> RedFlag | None:
    """Calf pain with swelling or after immobility can be a deep vein thrombosis (NICE NG158)."""
    if not f.bases() & CALF:
        return None
    return RedFlag(
        "calf-clot",
        "Is the calf swollen, warm or red, or did the pain start after a long journey, an "
        "operation or days in bed? Then it may be a blood clot in a deep vein (DVT), not a "
        "muscle: have it checked before any pressure or massage.",
        "If so, see a doctor today; with breathlessness or chest pain, call emergency services.",
        "ask",
        ("nice-ng158-2020",),
    )


def temple_over_50(f: Findings) -> RedFlag | None:
    """New temple pain at 50 or over can be giant cell arteritis, a risk to sight (Mackie 2020)."""
    if not (f.bases() & TEMPLE and f.over_50):
        return None
    return RedFlag(
        "giant-cell-arteritis",
        "New pain at the temple at 50 or over can come from inflamed arteries of the head "
        "(giant cell arteritis), which can take the sight if it is not treated quickly.",
        "See a doctor today. If your sight changes, or your jaw aches when you chew, go to an "
        "emergency department now.",
        "today",
        ("mackie-2020",),
    )


AREA_RULES = (cardiac, aortic, calf_clot, temple_over_50)
