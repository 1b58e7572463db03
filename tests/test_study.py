"""Study sessions: scopes, look-alikes, reproducible questions, ?study= links and comparisons."""

import math

import pytest

from triggermap.outputs.marks import min_gap
from triggermap.outputs.study import (
    KINDS,
    Plan,
    Scope,
    ScopeError,
    lookalikes,
    same_pattern,
    scope_muscles,
    source_line,
)
from triggermap.outputs.study_link import StudyLinkError, parse_study, study_link
from triggermap.outputs.study_maps import compare, feedback_map, question_map
from triggermap.outputs.study_questions import CHOICES, questions


def test_the_same_plan_always_gives_the_same_questions(atlas, geometry):
    plan = Plan(kind="mix", n=12, seed=7, level="hard")
    assert questions(atlas, geometry, plan) == questions(atlas, geometry, plan)


def test_another_seed_gives_other_questions(atlas, geometry):
    first = questions(atlas, geometry, Plan(n=10, seed=1))
    second = questions(atlas, geometry, Plan(n=10, seed=2))
    assert [q.muscle_id for q in first] != [q.muscle_id for q in second]


def test_a_session_has_ten_questions_by_default_and_a_mix_cycles_the_four_kinds(atlas, geometry):
    assert len(questions(atlas, geometry, Plan())) == 10
    mixed = questions(atlas, geometry, Plan(kind="mix", n=8))
    assert [q.kind for q in mixed] == [*KINDS, *KINDS]


def test_gluteus_minimus_and_piriformis_are_look_alikes_but_not_the_deltoid(atlas):
    alike = lookalikes(atlas, "gluteus-minimus")
    assert "piriformis" in alike and "deltoid" not in alike


def test_a_muscle_has_the_same_pattern_as_itself(atlas):
    assert "soleus" in same_pattern(atlas, "soleus")


def test_hard_pattern_questions_offer_look_alikes_as_wrong_choices(atlas, geometry):
    for q in questions(atlas, geometry, Plan(kind="pattern", n=20, seed=4, level="hard")):
        assert len(q.choices) == CHOICES and q.muscle_id in q.right
        wrong = set(q.choices) - set(q.right)
        assert wrong & set(lookalikes(atlas, q.muscle_id)), q.muscle_id


def test_causes_questions_key_the_essential_causes_of_the_area_and_set_spillover_apart(
    atlas, geometry
):
    for q in questions(atlas, geometry, Plan(kind="causes", n=20, seed=9)):
        assert q.muscle_id in q.right and q.area in q.shown_essential
        assert not set(q.right) & set(q.neutral)


def test_point_questions_carry_the_charted_positions_of_the_trigger_points(atlas, geometry):
    for q in questions(atlas, geometry, Plan(kind="point", n=30, seed=3)):
        assert q.targets and q.target_regions
        drawn = geometry.views[q.view]
        assert all(r in drawn.paths for r in q.target_regions)


def test_every_question_names_its_muscle_in_one_line_and_its_source(atlas, geometry):
    for q in questions(atlas, geometry, Plan(kind="zones", n=5)):
        assert atlas.muscles[q.muscle_id].name in q.about and q.source
    assert source_line(atlas, "piriformis").startswith("Travell JG, Simons DG, 1992: ")


def test_a_scope_by_body_part_keeps_the_muscles_that_lie_or_refer_there(atlas, geometry):
    calf = scope_muscles(atlas, geometry, Scope("part", ("calf",)))
    assert "soleus" in calf and "gastrocnemius" in calf and "masseter" not in calf


def test_a_scope_by_view_condition_and_list(atlas, geometry):
    assert "temporalis" in scope_muscles(atlas, geometry, Scope("view", ("head",)))
    condition = next(iter(atlas.conditions))
    linked = scope_muscles(atlas, geometry, Scope("condition", (condition,)))
    assert all(condition in atlas.muscles[m].conditions for m in linked)
    listed = Scope("muscles", ("soleus", "piriformis"))
    assert scope_muscles(atlas, geometry, listed) == ("piriformis", "soleus")
    plan = Plan(kind="zones", scope=listed, n=6)
    assert {q.muscle_id for q in questions(atlas, geometry, plan)} == {"soleus", "piriformis"}


@pytest.mark.parametrize(
    "scope", [Scope("part", ("elbowz",)), Scope("muscles", ()), Scope("planet", ("mars",))]
)
def test_a_scope_naming_nothing_known_raises_a_scope_error(atlas, geometry, scope):
    with pytest.raises(ScopeError):
        scope_muscles(atlas, geometry, scope)


def test_a_study_link_round_trips_to_the_same_plan(atlas, geometry):
    plan = Plan("causes", Scope("muscles", ("soleus", "piriformis")), "hard", 7, 42)
    assert study_link(plan) == "causes.hard.7.42.muscles:soleus,piriformis"
    assert parse_study(atlas, geometry, study_link(plan)) == plan
    assert parse_study(atlas, geometry, "mix.easy.10.0.all") == Plan("mix", n=10)


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("pattern.easy.10", "pattern.easy.10"),
        ("quiz.easy.10.1.all", "quiz"),
        ("pattern.medium.10.1.all", "medium"),
        ("pattern.easy.0.1.all", "0"),
        ("pattern.easy.ten.1.all", "ten"),
        ("pattern.easy.10.-1.all", "-1"),
        ("pattern.easy.10.1.part", "part"),
        ("pattern.easy.10.1.muscles:", "muscles:"),
        ("pattern.easy.10.1.muscles:soleus,nobody", "nobody"),
        ("pattern.easy.10.1.part:[x](javascript:alert(1))", "[x](javascript:alert(1))"),
    ],
)
def test_a_bad_study_link_raises_an_error_naming_the_bad_part(atlas, geometry, value, named):
    with pytest.raises(StudyLinkError) as caught:
        parse_study(atlas, geometry, value)
    notice = caught.value.notice
    assert notice.wording.startswith("The study link could not be used")
    assert named in notice.values  # the value goes in a slot, shown literally


def test_an_overlong_study_link_is_refused_without_quoting_it(atlas, geometry):
    with pytest.raises(StudyLinkError) as caught:
        parse_study(atlas, geometry, "pattern.easy.10.1.muscles:" + "a," * 2000)
    assert caught.value.notice.values == ()


def test_the_question_map_hides_the_answer_and_the_feedback_map_shows_it(atlas, geometry):
    q = questions(atlas, geometry, Plan(kind="pattern", n=1))[0]
    before = question_map(q)
    assert before.marks == () and before.essential == q.shown_essential
    after = feedback_map(atlas, geometry, q)
    assert after.marks and set(after.essential) >= set(before.essential) & set(after.essential)
    zones = questions(atlas, geometry, Plan(kind="zones", n=1))[0]
    assert question_map(zones, ("right-calf",)).essential == ()
    assert feedback_map(atlas, geometry, zones, ("right-calf",)).pain == ("right-calf",)


def test_a_comparison_tells_two_muscles_apart_by_fill_and_outline_and_in_words(atlas, geometry):
    c = compare(atlas, geometry, "gluteus-minimus", "piriformis")
    assert "right-buttock" in c.both and "right-calf" in c.first_only
    assert "right-sacroiliac" in c.second_only
    assert "right-sacroiliac" in c.map.spillover and "right-sacroiliac" in c.map.pain
    assert "right-calf" in c.map.essential and "right-calf" not in c.map.pain
    assert any("Only Gluteus minimus" in line and "calf" in line for line in c.differences)
    assert any("Only Piriformis" in line and "sacroiliac" in line for line in c.differences)


def test_a_review_of_cards_asks_each_card_in_its_own_kind_in_order(atlas, geometry):
    scope = Scope("cards", ("zones:soleus", "point:masseter", "pattern:piriformis"))
    plan = Plan("mix", scope, n=4, seed=1)
    asked = [(q.kind, q.muscle_id) for q in questions(atlas, geometry, plan)]
    assert asked == [("zones", "soleus"), ("point", "masseter"), ("pattern", "piriformis")] + [
        ("zones", "soleus")
    ]
    assert parse_study(atlas, geometry, study_link(plan)) == plan
    assert study_link(plan).endswith(".cards:zones:soleus,point:masseter,pattern:piriformis")


@pytest.mark.parametrize("card", ["soleus", "essay:soleus", "zones:nobody", "zones:"])
def test_a_card_that_is_not_a_kind_and_a_muscle_is_refused(atlas, geometry, card):
    with pytest.raises(ScopeError) as caught:
        scope_muscles(atlas, geometry, Scope("cards", (card,)))
    assert caught.value.notice.values == (card,)


def test_the_point_targets_are_where_the_feedback_draws_the_trigger_points(atlas, geometry):
    # Trigger points that coincide on the chart are drawn as one mark (marks.min_gap).
    for q in questions(atlas, geometry, Plan(kind="point", n=40, seed=8)):
        marks = [(m.x, m.y) for m in feedback_map(atlas, geometry, q).marks]
        gap = min_gap(geometry, q.view)
        for x, y in q.targets:
            assert any(math.dist((x, y), m) < gap for m in marks), q.muscle_id
