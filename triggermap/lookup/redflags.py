"""Red flags: pain patterns a muscle must not be blamed for first.

Each rule is a small function of the marked regions and the checklist answers
that returns a :class:`RedFlag` or ``None``. The list follows widely published
red-flag screens (for example Finucane et al., International framework for red
flags for potential serious spinal pathologies, JOSPT 2020), kept to what a
patient can answer. A flag never ranks muscles; it puts a safety message first.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

CHECKLIST = {
    "sudden-headache": "A sudden, severe headache: the worst you have ever had",
    "numbness-weakness": "Numbness, tingling or weakness in an arm, a leg or the face",
    "fever-weight-loss": "Fever, night sweats, or weight loss you cannot explain",
    "bladder-bowel": "New trouble with bladder or bowel control, or numbness between the legs",
    "after-injury": "The pain started after a fall, an accident or another injury",
}

CHEST = {"breastbone", "upper-chest", "lower-chest", "side-of-chest"}
LEFT_ARM = {
    "inner-upper-arm",
    "inner-elbow",
    "inner-forearm",
    "front-of-upper-arm",
    "side-of-shoulder",
    "front-of-shoulder",
}
JAW = {"jaw", "chin", "lower-teeth"}


@dataclass(frozen=True)
class RedFlag:
    id: str
    message: str


def _bases(regions: Collection[str], side: str | None = None) -> set[str]:
    out = set()
    for r in regions:
        for s in ("right-", "left-"):
            if r.startswith(s):
                if side is None or s == f"{side}-":
                    out.add(r.removeprefix(s))
                break
        else:
            out.add(r)
    return out


def cardiac(regions: Collection[str], answers: Collection[str]) -> RedFlag | None:
    """Chest pain, or left arm and jaw pain together, can come from the heart."""
    chest = _bases(regions) & CHEST
    arm_and_jaw = _bases(regions, "left") & LEFT_ARM and _bases(regions) & JAW
    if not chest and not arm_and_jaw:
        return None
    return RedFlag(
        "cardiac",
        "Chest pain can come from the heart. If you have it now, especially with pain in "
        "the left arm, jaw or neck, shortness of breath, sweating or sickness, call "
        "emergency services. Do not assume it is a muscle.",
    )


def sudden_headache(regions: Collection[str], answers: Collection[str]) -> RedFlag | None:
    """A sudden, severe ("thunderclap") headache needs emergency care."""
    if "sudden-headache" not in answers:
        return None
    return RedFlag(
        "sudden-headache",
        "A sudden, severe headache needs emergency care: call emergency services or go to "
        "an emergency department now.",
    )


def numbness_weakness(regions: Collection[str], answers: Collection[str]) -> RedFlag | None:
    """Numbness or weakness points to a nerve, the spinal cord or the brain."""
    if "numbness-weakness" not in answers:
        return None
    return RedFlag(
        "numbness-weakness",
        "Numbness or weakness needs a doctor's check soon. If it came on suddenly, or the "
        "face droops or speech is slurred, call emergency services: it may be a stroke.",
    )


def fever_weight_loss(regions: Collection[str], answers: Collection[str]) -> RedFlag | None:
    """Pain with fever or unexplained weight loss can mean infection or other illness."""
    if "fever-weight-loss" not in answers:
        return None
    return RedFlag(
        "fever-weight-loss",
        "Pain with fever, night sweats or unexplained weight loss needs a doctor to rule out "
        "infection or another illness before any muscle treatment.",
    )


def bladder_bowel(regions: Collection[str], answers: Collection[str]) -> RedFlag | None:
    """New bladder or bowel trouble with pain can mean pressure on the nerves of the spine."""
    if "bladder-bowel" not in answers:
        return None
    return RedFlag(
        "bladder-bowel",
        "New bladder or bowel trouble, or numbness between the legs, can mean pressure on the "
        "nerves at the base of the spine. Go to an emergency department now.",
    )


def after_injury(regions: Collection[str], answers: Collection[str]) -> RedFlag | None:
    """Pain after trauma needs a check for fractures or other damage first."""
    if "after-injury" not in answers:
        return None
    return RedFlag(
        "after-injury",
        "Pain that started after a fall, accident or injury needs a medical check for broken "
        "bones or other damage first.",
    )


RULES: tuple[Callable[[Collection[str], Collection[str]], RedFlag | None], ...] = (
    cardiac,
    sudden_headache,
    numbness_weakness,
    fever_weight_loss,
    bladder_bowel,
    after_injury,
)


def red_flags(regions: Collection[str], answers: Collection[str] = ()) -> list[RedFlag]:
    """Every red flag the drawing and the checklist raise, most urgent rule first."""
    return [flag for rule in RULES if (flag := rule(regions, answers)) is not None]
