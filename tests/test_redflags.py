"""Red-flag rules: each is a small function that fires on its pattern and only then."""

import tomllib

import pytest

from tests.conftest import ROOT
from triggermap.lookup.redflags import CHECKLIST, OVER_50, RULES, folds, red_flags
from triggermap.schema import URGENCIES


def ids(regions, answers=(), age=None):
    return [f.id for f in red_flags(regions, answers, age)]


def flag(regions, answers=(), age=None, which=None):
    return next(f for f in red_flags(regions, answers, age) if f.id == which)


# ---- cardiac: chest, left arm alone, jaw or neck with an arm, upper belly with chest ----


def test_left_chest_with_the_left_inner_arm_raises_the_cardiac_flag():
    assert ids(["left-upper-chest", "left-inner-upper-arm"]) == ["cardiac"]


def test_any_chest_pain_raises_the_cardiac_flag():
    assert ids(["breastbone"]) == ["cardiac"]
    assert ids(["right-lower-chest"]) == ["cardiac"]


def test_the_left_inner_arm_alone_raises_the_cardiac_flag_but_the_right_does_not():
    assert ids(["left-inner-forearm"]) == ["cardiac"]
    assert ids(["right-inner-forearm"]) == []


def test_the_left_outer_elbow_alone_is_not_taken_for_heart_pain():
    assert ids(["left-outer-elbow"]) == []


def test_the_jaw_with_either_arm_raises_the_cardiac_flag_but_the_jaw_alone_does_not():
    assert ids(["left-jaw", "right-jaw", "right-outer-forearm"]) == ["cardiac"]
    assert ids(["left-jaw"]) == []


def test_the_throat_or_side_of_the_neck_with_an_arm_raises_the_cardiac_flag():
    assert ids(["front-of-neck", "left-back-of-upper-arm"]) == ["cardiac"]
    assert ids(["right-side-of-neck", "right-side-of-shoulder"]) == ["cardiac"]
    assert ids(["right-side-of-neck"]) == []


def test_the_upper_belly_with_the_chest_raises_the_cardiac_flag_and_alone_it_does_not():
    assert "cardiac" in ids(["right-upper-abdomen", "left-upper-chest"])
    assert ids(["right-upper-abdomen"]) == []


def test_the_cardiac_flag_says_to_call_emergency_services_and_folds_the_muscle_list():
    f = flag(["breastbone"], which="cardiac")
    assert "emergency services" in f.action and f.urgency == "emergency"
    assert folds([f])


# ---- aortic, clot, giant cell arteritis ----


def test_pain_between_the_shoulder_blades_asks_whether_it_came_on_suddenly():
    f = flag(["between-shoulder-blades"], which="aortic")
    assert f.urgency == "ask" and "suddenly" in f.message
    assert "emergency services" in f.action
    assert not folds([f])


def test_calf_pain_asks_the_clot_question_with_its_reason_and_raises_no_cardiac_flag():
    assert ids(["right-calf"]) == ["calf-clot"]
    f = flag(["right-calf"], which="calf-clot")
    assert "swollen" in f.message and "clot" in f.message and "before any pressure" in f.message


def test_a_shin_raises_no_clot_question():
    assert ids(["right-shin"]) == []


def test_temple_pain_at_50_or_over_raises_the_giant_cell_arteritis_flag_but_not_younger():
    assert "giant-cell-arteritis" in ids(["right-temple"], age=60)
    assert "giant-cell-arteritis" in ids(["left-temple"], {OVER_50})
    assert ids(["right-temple"], age=49) == []
    assert ids(["right-temple"]) == []


def test_the_giant_cell_arteritis_flag_says_see_a_doctor_today_and_folds_the_list():
    f = flag(["right-temple"], age=70, which="giant-cell-arteritis")
    assert "today" in f.action and f.urgency == "today" and folds([f])


def test_an_age_of_50_answers_the_over_50_question():
    assert ids(["right-shin"], age=50) == [OVER_50]


# ---- the checklist ----


def test_the_checklist_asks_the_eleven_questions_of_the_issue():
    assert set(CHECKLIST) == {
        "sudden-headache",
        "bladder-bowel",
        "numbness-weakness",
        "fever-weight-loss",
        "cancer-history",
        "night-constant",
        OVER_50,
        "steroids",
        "after-injury",
        "anticoagulants",
        "pregnancy",
    }


@pytest.mark.parametrize("item", sorted(CHECKLIST))
def test_each_checklist_answer_raises_its_own_flag_naming_the_answer(item):
    assert ids(["right-shin"], {item}) == [item]
    assert flag(["right-shin"], {item}, which=item).answer == item


def test_a_sudden_headache_and_bladder_trouble_are_emergencies():
    for item in ("sudden-headache", "bladder-bowel"):
        assert flag(["right-shin"], {item}, which=item).urgency == "emergency"


def test_flags_come_most_urgent_first():
    found = red_flags(["right-calf"], {"pregnancy", "sudden-headache"})
    assert [f.id for f in found] == ["sudden-headache", "calf-clot", "pregnancy"]
    ranks = [URGENCIES.index(f.urgency) for f in found]
    assert ranks == sorted(ranks)


# ---- every rule says why it exists ----


def test_every_rule_explains_itself():
    assert all(rule.__doc__ for rule in RULES)


def _every_flag():
    every_area = [
        "breastbone",
        "between-shoulder-blades",
        "right-calf",
        "right-temple",
    ]
    return red_flags(every_area, set(CHECKLIST), age=80)


def test_every_rule_can_fire_and_each_flag_says_what_to_do():
    found = _every_flag()
    assert len(found) == len(RULES)
    assert all(f.action and f.message and f.urgency in URGENCIES for f in found)


def test_every_flag_cites_a_source_in_sources_toml():
    with open(ROOT / "data" / "sources.toml", "rb") as fh:
        known = {s["id"] for s in tomllib.load(fh)["source"]}
    for f in _every_flag():
        assert f.sources and set(f.sources) <= known, f.id
