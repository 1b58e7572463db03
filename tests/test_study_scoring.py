"""Scoring study answers: every kind, with no answer, everything picked and look-alikes."""

import pytest

from triggermap.outputs.study import Plan
from triggermap.outputs.study_questions import Question, questions
from triggermap.outputs.study_scoring import (
    AREA_CREDIT,
    FAR,
    NEAR,
    point_credit,
    score,
    score_picks,
    score_point,
    score_zones,
)

PICK = Question(
    1,
    "pattern",
    "gluteus-minimus",
    "back",
    "Which muscles?",
    choices=("gluteus-minimus", "piriformis", "soleus", "deltoid"),
    right=("gluteus-minimus",),
)
CAUSES = Question(
    2,
    "causes",
    "piriformis",
    "back",
    "Pain here?",
    area="right-buttock",
    choices=("piriformis", "gluteus-minimus", "gluteus-maximus", "hamstring", "soleus", "deltoid"),
    right=("piriformis", "gluteus-minimus"),
    neutral=("gluteus-maximus",),
)
ZONES = Question(
    3,
    "zones",
    "calf-tester",
    "back",
    "Tap the zone",
    right=("right-heel", "right-calf"),
    neutral=("right-achilles",),
)
POINT = Question(
    4,
    "point",
    "calf-tester",
    "back",
    "Tap the trigger point",
    targets=((100.0, 300.0), (200.0, 300.0)),
    target_regions=("right-calf",),
)


def test_picking_exactly_the_right_muscles_scores_full_marks_and_says_right():
    result = score_picks(PICK, ["gluteus-minimus"])
    assert result.score == 1.0 and result.verdict == "right"
    assert result.right == ("gluteus-minimus",) and result.wrong == result.missed == ()


def test_no_answer_scores_nothing_and_lists_every_right_answer_as_missed():
    for question in (PICK, CAUSES):
        result = score(question, [])
        assert result.score == 0.0 and result.verdict == "wrong"
        assert result.missed == question.right


def test_picking_everything_scores_nothing_so_guessing_all_does_not_pay():
    assert score_picks(PICK, PICK.choices).score == 0.0
    assert score_picks(CAUSES, CAUSES.choices).score == 0.0


def test_a_look_alike_picked_beside_the_right_muscle_costs_a_share_of_the_score():
    result = score_picks(PICK, ["gluteus-minimus", "piriformis"])
    assert result.score == pytest.approx(1 - 1 / 3)
    assert result.wrong == ("piriformis",) and result.verdict == "partly right"


def test_area_causes_score_the_recall_of_essential_causes():
    assert score_picks(CAUSES, ["piriformis"]).score == pytest.approx(0.5)
    assert score_picks(CAUSES, ["piriformis", "gluteus-minimus"]).score == 1.0


def test_a_spillover_cause_is_counted_apart_and_changes_nothing():
    result = score_picks(CAUSES, ["piriformis", "gluteus-maximus"])
    assert result.score == pytest.approx(0.5)
    assert result.apart == ("gluteus-maximus",) and result.wrong == ()


def test_picks_that_were_not_offered_are_ignored():
    assert score_picks(PICK, ["gluteus-minimus", "not-a-choice"]).score == 1.0


def test_tapping_the_whole_essential_zone_scores_full_marks():
    assert score_zones(ZONES, ["right-calf", "right-heel"]).score == 1.0


def test_the_zone_score_is_the_overlap_with_the_true_zone():
    result = score_zones(ZONES, ["right-heel", "right-shin"])
    assert result.score == pytest.approx(1 / 3)  # one shared of three areas in all
    assert result.right == ("right-heel",)
    assert result.wrong == ("right-shin",) and result.missed == ("right-calf",)


def test_tapping_no_area_scores_nothing_and_a_spillover_tap_changes_nothing():
    assert score_zones(ZONES, []).score == 0.0
    result = score_zones(ZONES, ["right-heel", "right-calf", "right-achilles"])
    assert result.score == 1.0 and result.apart == ("right-achilles",)


def test_tapping_every_area_of_the_map_scores_low():
    everything = [f"right-area-{i}" for i in range(20)] + list(ZONES.right)
    assert score_zones(ZONES, everything).score < 0.1


def test_a_tap_on_a_charted_trigger_point_scores_full_marks():
    result = score_point(POINT, (205.0, 296.0), "right-calf")
    assert result.score == 1.0 and result.distance == pytest.approx(41**0.5)


def test_the_nearest_of_several_trigger_points_counts():
    assert score_point(POINT, (100.0, 300.0), "right-calf").distance == 0.0


def test_the_right_area_far_from_the_point_earns_partial_credit():
    result = score_point(POINT, (150.0, 400.0), "right-calf")
    assert result.score == AREA_CREDIT and result.in_area
    assert result.verdict == "partly right"


def test_a_tap_in_the_wrong_area_scores_by_distance_only():
    near = score_point(POINT, (100.0, 300.0 + NEAR + 10), "right-heel")
    far = score_point(POINT, (100.0, 300.0 + FAR + 10), "right-heel")
    assert 0 < near.score < 1 and far.score == 0.0
    assert near.verdict == "partly right" and far.verdict == "wrong"
    assert near.wrong == ("right-heel",) and not near.in_area


def test_no_tap_scores_nothing():
    assert score(POINT, None).score == 0.0
    assert score_point(POINT, None, None).missed == ("right-calf",)


def test_point_credit_falls_from_one_at_near_to_nothing_at_far():
    assert point_credit(0) == point_credit(NEAR) == 1.0
    assert point_credit((NEAR + FAR) / 2) == pytest.approx(0.5)
    assert point_credit(FAR) == 0.0 and point_credit(FAR * 3) == 0.0


@pytest.mark.parametrize("kind", ["pattern", "causes"])
def test_the_right_answers_of_real_questions_score_full_marks_and_all_choices_none(
    atlas, geometry, kind
):
    for q in questions(atlas, geometry, Plan(kind=kind, n=30, seed=5, level="hard")):
        assert score(q, q.right).score == 1.0
        assert score(q, q.choices).score == 0.0


def test_real_zone_and_point_questions_score_full_marks_for_the_true_answer(atlas, geometry):
    plan = Plan(kind="mix", n=40, seed=2)
    for q in questions(atlas, geometry, plan):
        if q.kind == "zones":
            assert score(q, q.right).score == 1.0
        elif q.kind == "point":
            assert score(q, (q.targets[0], q.target_regions[0])).score == 1.0
