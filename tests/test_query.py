"""Lookups and ranking through the public triggermap API, on the real and the tiny atlas."""

import re

import pytest

from triggermap.atlas.model import UnknownConditionError, UnknownMuscleError, UnknownRegionError
from triggermap.lookup.query import (
    conditions_for_region,
    find_muscle,
    find_regions,
    muscles_for_condition,
    pattern,
    referrals_to,
    trigger_points_in,
)
from triggermap.lookup.ranking import pain_sources


def test_a_region_name_without_a_side_means_both_sides(atlas):
    assert set(find_regions(atlas, "heel")) == {"right-heel", "left-heel"}


def test_a_side_in_the_query_picks_that_side_only(atlas):
    assert find_regions(atlas, "Right Temple") == ("right-temple",)


def test_synonyms_resolve_case_insensitively(atlas):
    assert set(find_regions(atlas, "Lateral Epicondyle")) == {
        "right-outer-elbow",
        "left-outer-elbow",
    }
    assert "right-outer-elbow" in find_regions(atlas, "tennis elbow area")


def test_a_shared_synonym_gathers_every_region_it_names(atlas):
    assert {"left-upper-chest", "left-lower-chest"} <= set(find_regions(atlas, "left chest"))


def test_an_unknown_region_raises_with_close_suggestions(atlas):
    with pytest.raises(UnknownRegionError) as err:
        find_regions(atlas, "shinn")
    assert "no region matches 'shinn'" in str(err.value)
    assert "shin" in err.value.suggestions


def test_muscles_are_found_by_id_name_or_alias(atlas):
    assert find_muscle(atlas, "upper-trapezius").name == "Upper trapezius"
    assert find_muscle(atlas, "UPPER TRAPEZIUS").id == "upper-trapezius"
    with pytest.raises(UnknownMuscleError):
        find_muscle(atlas, "no such muscle")


def test_trigger_points_in_a_region_name_their_muscle_and_side(tiny):
    here = trigger_points_in(tiny, "left-calf")
    assert [(p.muscle_id, p.side) for p in here] == [("calf-tester", "left")]


def test_a_trigger_point_refers_to_its_own_side_and_the_midline(tiny):
    right = pattern(tiny, "head-tester", "right")
    assert right.essential == {"right-temple", "forehead"}
    left = pattern(tiny, "head-tester", "left")
    assert left.essential == {"left-temple", "forehead"}


def test_spillover_never_repeats_an_essential_region(atlas):
    for muscle in atlas.muscles:
        p = pattern(atlas, muscle, "right")
        assert not p.essential & p.spillover, muscle


def test_referrals_to_a_region_list_each_zone(tiny):
    zones = {(r.muscle_id, r.zone) for r in referrals_to(tiny, "right-achilles")}
    assert zones == {("calf-tester", "spillover")}


def test_unknown_region_ids_raise_in_every_lookup(tiny):
    for lookup in (trigger_points_in, referrals_to, conditions_for_region):
        with pytest.raises(UnknownRegionError):
            lookup(tiny, "right-nowhere")
    with pytest.raises(UnknownRegionError):
        pain_sources(tiny, ["right-nowhere"])


def test_muscles_for_a_condition_and_unknown_conditions(tiny):
    assert [m.id for m in muscles_for_condition(tiny, "heel-ache")] == ["calf-tester"]
    with pytest.raises(UnknownConditionError):
        muscles_for_condition(tiny, "no-such-condition")


def test_essential_coverage_ranks_above_spillover_coverage(tiny):
    heel = pain_sources(tiny, ["right-heel"])
    achilles = pain_sources(tiny, ["right-achilles"])
    assert heel[0].zone == "essential" and achilles[0].zone == "spillover"
    assert heel[0].score > achilles[0].score


def test_heel_pain_lists_soleus(atlas):
    names = [s.muscle_id for s in pain_sources(atlas, find_regions(atlas, "heel"))]
    assert "soleus" in names[:5]


def test_temple_pain_lists_upper_trapezius_and_temporalis(atlas):
    names = [s.muscle_id for s in pain_sources(atlas, find_regions(atlas, "temple"))]
    assert {"upper-trapezius", "temporalis"} <= set(names)


def test_temple_and_side_of_neck_together_rank_upper_trapezius_first(atlas):
    ranked = pain_sources(atlas, ["right-temple", "right-side-of-neck"])
    assert ranked[0].muscle_id == "upper-trapezius"
    assert ranked[0].explanation.startswith(
        "its main referral zone covers your right temple and right side of neck"
    )


def test_every_pain_source_explains_its_place_in_words_naming_the_area(atlas):
    for src in pain_sources(atlas, find_regions(atlas, "low back")):
        assert "low back" in src.explanation and "found trigger point" in src.explanation
        assert not re.search(r"\d\.\d|\(\d", src.explanation)  # no bare scores
        assert 0 < src.score <= 1


def test_heel_pain_puts_soleus_quadratus_plantae_and_abductor_hallucis_in_the_top_five(atlas):
    top = [s.muscle_id for s in pain_sources(atlas, find_regions(atlas, "heel"))[:5]]
    assert {"soleus", "quadratus-plantae", "abductor-hallucis"} <= set(top)


def test_a_more_intense_area_pulls_its_muscles_up(tiny):
    both = ["right-heel", "right-temple"]
    calm_heel = pain_sources(tiny, both, {"right-heel": 1, "right-temple": 9})
    sore_heel = pain_sources(tiny, both, {"right-heel": 9, "right-temple": 1})
    assert calm_heel[0].muscle_id == "head-tester"
    assert sore_heel[0].muscle_id == "calf-tester"


def test_an_essential_zone_sprawling_over_unmarked_places_is_penalised_gently(atlas):
    ranked = {s.muscle_id: s for s in pain_sources(atlas, ["right-temple"])}
    assert all(0.7 <= s.score <= 1 for s in ranked.values() if s.zone == "essential")
