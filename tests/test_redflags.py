"""Red-flag rules: each is a small function that fires on its pattern and only then."""

import pytest

from triggermap.lookup.redflags import CHECKLIST, RULES, red_flags


def ids(regions, answers=()):
    return [f.id for f in red_flags(regions, answers)]


def test_left_chest_with_the_left_inner_arm_raises_the_cardiac_flag():
    assert ids(["left-upper-chest", "left-inner-upper-arm"]) == ["cardiac"]


def test_any_chest_pain_raises_the_cardiac_flag():
    assert ids(["breastbone"]) == ["cardiac"]
    assert ids(["right-lower-chest"]) == ["cardiac"]


def test_left_arm_and_jaw_together_raise_the_cardiac_flag_but_neither_alone():
    assert ids(["left-inner-forearm", "left-jaw"]) == ["cardiac"]
    assert ids(["left-inner-forearm"]) == []
    assert ids(["left-jaw"]) == []


def test_calf_pain_raises_no_flag():
    assert ids(["right-calf"]) == []


@pytest.mark.parametrize("item", sorted(CHECKLIST))
def test_each_checklist_answer_raises_its_own_flag(item):
    assert ids(["right-calf"], {item}) == [item]


def test_every_rule_explains_itself():
    assert all(rule.__doc__ for rule in RULES)
