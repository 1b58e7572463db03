"""Red flags raised by the safety checklist: one rule per question, each with its reason.

``CHECKLIST`` holds the questions in the order they are asked. The spinal red
flags follow Finucane et al. 2020; the needling precautions Kearns et al. 2019
and Dommerholt & Fernández-de-las-Peñas 2019 (ids in data/sources.toml).
"""

from __future__ import annotations

from triggermap.lookup.redflags_core import OVER_50, Findings, RedFlag

CHECKLIST = {
    "sudden-headache": "A sudden, severe headache: the worst you have ever had",
    "bladder-bowel": "New trouble with bladder or bowel control, or numbness between the legs",
    "numbness-weakness": "Numbness, tingling or weakness in an arm, a leg or the face",
    "fever-weight-loss": "Fever, night sweats, or weight loss you cannot explain",
    "cancer-history": "You have had cancer",
    "night-constant": "The pain wakes you at night, or never lets up whatever you do",
    OVER_50: "You are 50 or older and this pain is new",
    "steroids": "You take steroid tablets, or have for months",
    "after-injury": "The pain started after a fall, an accident or another injury",
    "anticoagulants": "You take blood thinners, or bleed or bruise easily",
    "pregnancy": "You are or may be pregnant",
}


def _asked(item: str, f: Findings, *flag: str) -> RedFlag | None:
    """The flag for ``item`` when it was answered "yes" (the age may answer OVER_50)."""
    answered = f.over_50 if item == OVER_50 else item in f.answers
    if not answered:
        return None
    message, action, urgency, *sources = flag
    return RedFlag(item, message, action, urgency, tuple(sources), item)


def sudden_headache(f: Findings) -> RedFlag | None:
    """A thunderclap headache (worst ever, peaking within minutes) can be a bleed (NICE CG150)."""
    return _asked(
        "sudden-headache",
        f,
        "A sudden, severe headache can be bleeding in or around the brain.",
        "Call emergency services or go to an emergency department now.",
        "emergency",
        "nice-cg150",
    )


def bladder_bowel(f: Findings) -> RedFlag | None:
    """New bladder or bowel trouble or saddle numbness can be cauda equina syndrome (Finucane)."""
    return _asked(
        "bladder-bowel",
        f,
        "New bladder or bowel trouble, or numbness between the legs, can mean pressure on the "
        "nerves at the base of the spine.",
        "Go to an emergency department now.",
        "emergency",
        "finucane-2020",
    )


def numbness_weakness(f: Findings) -> RedFlag | None:
    """Numbness or weakness can come from a nerve, the spinal cord or the brain (Finucane 2020)."""
    return _asked(
        "numbness-weakness",
        f,
        "Numbness or weakness needs a doctor's check: it can come from a nerve, the spinal cord "
        "or the brain rather than a muscle.",
        "See a doctor soon. If it came on suddenly, or the face droops or speech is slurred, "
        "call emergency services: it may be a stroke.",
        "soon",
        "finucane-2020",
    )


def fever_weight_loss(f: Findings) -> RedFlag | None:
    """Pain with fever or unexplained weight loss can mean infection or cancer (Finucane 2020)."""
    return _asked(
        "fever-weight-loss",
        f,
        "Pain with fever, night sweats or unexplained weight loss needs a doctor to rule out "
        "infection or another illness.",
        "See a doctor before any muscle treatment.",
        "soon",
        "finucane-2020",
    )


def cancer_history(f: Findings) -> RedFlag | None:
    """A history of cancer is a flag for cancer that has spread to the spine (Finucane 2020)."""
    return _asked(
        "cancer-history",
        f,
        "After cancer, new pain needs a doctor's check, because cancer can spread to bone.",
        "See a doctor before any muscle treatment, and mention the cancer.",
        "soon",
        "finucane-2020",
    )


def night_constant(f: Findings) -> RedFlag | None:
    """Night pain or pain that never eases is a flag for a serious spinal cause (Finucane 2020)."""
    return _asked(
        "night-constant",
        f,
        "Pain that wakes you at night or never eases, whatever your position, is not typical of "
        "muscle pain.",
        "See a doctor soon.",
        "soon",
        "finucane-2020",
    )


def over_50(f: Findings) -> RedFlag | None:
    """Age 50 or over with new pain is a flag for a serious spinal cause (Finucane 2020)."""
    return _asked(
        OVER_50,
        f,
        "From age 50 new pain is more likely to have a serious cause, such as a fracture or "
        "cancer, though most often it has none.",
        "Ask a doctor to check new pain before treating it yourself.",
        "soon",
        "finucane-2020",
    )


def steroids(f: Findings) -> RedFlag | None:
    """Long-term steroids thin bone and weaken defences against infection (Finucane 2020)."""
    return _asked(
        "steroids",
        f,
        "Long-term steroid tablets thin the bones and weaken the defence against infection, so a "
        "fracture or an infection must be ruled out first.",
        "See a doctor before any muscle treatment.",
        "soon",
        "finucane-2020",
    )


def after_injury(f: Findings) -> RedFlag | None:
    """Pain after trauma needs a check for a fracture first (Finucane 2020)."""
    return _asked(
        "after-injury",
        f,
        "Pain that started after a fall, an accident or an injury needs a check for broken bones "
        "or other damage first.",
        "See a doctor before any muscle treatment.",
        "soon",
        "finucane-2020",
    )


def anticoagulants(f: Findings) -> RedFlag | None:
    """Blood thinners raise the risk of bleeding from needling (Kearns 2019, Dommerholt 2019)."""
    return _asked(
        "anticoagulants",
        f,
        "Blood thinners and bleeding problems make bruising and bleeding after dry needling or "
        "firm pressure more likely.",
        "Tell your therapist before any dry needling or deep pressure.",
        "tell",
        "kearns-2019",
        "dommerholt-2019",
    )


def pregnancy(f: Findings) -> RedFlag | None:
    """Pregnancy is a precaution for dry needling (Dommerholt 2019, Kearns 2019)."""
    return _asked(
        "pregnancy",
        f,
        "In pregnancy some treatments, dry needling among them, are changed or avoided.",
        "Tell your therapist before any treatment.",
        "tell",
        "dommerholt-2019",
        "kearns-2019",
    )


ANSWER_RULES = (
    sudden_headache,
    bladder_bowel,
    numbness_weakness,
    fever_weight_loss,
    cancer_history,
    night_constant,
    over_50,
    steroids,
    after_injury,
    anticoagulants,
    pregnancy,
)
