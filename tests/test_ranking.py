"""The ranking's rules, each shown on a small atlas built for it (triggermap.lookup.ranking)."""

import re

import pytest

from triggermap.atlas.build import build_atlas
from triggermap.atlas.model import UnknownRegionError
from triggermap.atlas.raw import RawData
from triggermap.lookup.complaints import complaints
from triggermap.lookup.ranking import pain_sources

REGIONS = {  # base id -> body parts
    "heel": ["heel", "foot"],
    "calf": ["calf", "lower-leg"],
    "achilles": ["ankle", "lower-leg"],
    "sole": ["sole", "foot"],
    "temple": ["head"],
    "side-of-neck": ["neck"],
    "upper-arm": ["upper-arm"],
    "shoulder": ["shoulder"],
    "back-of-thigh": ["thigh"],
    "back-of-hand": ["hand"],
    "thumb-web": ["hand", "thumb"],
}
PARENTS = {"thumb-web": "back-of-hand"}  # a close-up area inside a body region


def tp(region, essential, spillover=(), prevalence="occasional", tp_id="tp1", evidence="figure"):
    return {
        "id": tp_id,
        "label": tp_id.upper(),
        "location": "test",
        "region": region,
        "essential": list(essential),
        "spillover": list(spillover),
        "prevalence": prevalence,
        "evidence": evidence,
        "source": {"ref": "test-book", "chapter": "Test"},
    }


def make_atlas(**muscles):
    """An atlas of the REGIONS (all sided) and muscles given as name=[trigger points]."""
    regions = [
        {"id": r, "name": r.replace("-", " "), "sided": True, "view": "back", "synonyms": []}
        | {"parts": parts}
        | ({"parent": PARENTS[r]} if r in PARENTS else {})
        for r, parts in REGIONS.items()
    ]
    docs = {
        f"muscles/{name}.toml": {
            "id": name.replace("_", "-"),
            "name": name.replace("_", " ").capitalize(),
            "aliases": [],
            "plain_name": "test",
            "area": "leg-foot",
            "action": "test",
            "innervation": "test",
            "symptoms": [],
            "conditions": [],
            "factors": [],
            "self_care": {"pressure": "test", "stretch": "test"},
            "needling": {
                "structures_at_risk": [],
                "precautions": "test",
                "lung_risk": False,
                "sources": [],
            },
            "sources": [],
            "trigger_points": tps,
        }
        for name, tps in muscles.items()
    }
    return build_atlas(RawData(regions=regions, muscles=docs))


def ranked(atlas, *args, **kwargs):
    return [s.muscle_id for s in pain_sources(atlas, *args, **kwargs)]


def test_a_more_common_trigger_point_ranks_above_an_equal_rarer_one_whatever_the_names():
    atlas = make_atlas(
        aaa=[tp("calf", ["heel"], prevalence="rare")],
        zzz=[tp("calf", ["heel"], prevalence="common")],
    )
    assert ranked(atlas, ["right-heel"]) == ["zzz", "aaa"]
    swapped = make_atlas(
        aaa=[tp("calf", ["heel"], prevalence="common")],
        zzz=[tp("calf", ["heel"], prevalence="rare")],
    )
    assert ranked(swapped, ["right-heel"]) == ["aaa", "zzz"]


def test_prevalence_weighs_the_score_and_says_so_in_words():
    atlas = make_atlas(
        often=[tp("calf", ["heel"], prevalence="common")],
        sometimes=[tp("calf", ["heel"], prevalence="occasional")],
        seldom=[tp("calf", ["heel"], prevalence="rare")],
    )
    found = pain_sources(atlas, ["right-heel"])
    assert [s.muscle_id for s in found] == ["often", "sometimes", "seldom"]
    assert found[0].score > found[1].score > found[2].score
    assert [s.prevalence for s in found] == ["common", "occasional", "rare"]
    assert "a commonly found trigger point" in found[0].explanation
    assert "a rarely found trigger point" in found[2].explanation


def test_a_derived_pattern_ranks_below_an_otherwise_equal_figure_pattern_whatever_the_names():
    atlas = make_atlas(
        aaa=[tp("calf", ["heel"], evidence="derived")],
        zzz=[tp("calf", ["heel"], evidence="figure")],
    )
    found = pain_sources(atlas, ["right-heel"])
    assert [s.muscle_id for s in found] == ["zzz", "aaa"]
    assert found[0].score > found[1].score
    assert "derived, not from a published figure" in found[1].explanation
    assert "derived" not in found[0].explanation


def test_a_pattern_from_the_text_weighs_as_much_as_one_from_a_figure():
    atlas = make_atlas(
        aaa=[tp("calf", ["heel"], evidence="text")],
        zzz=[tp("calf", ["heel"], evidence="figure")],
    )
    found = pain_sources(atlas, ["right-heel"])
    assert [s.score for s in found] == [found[0].score] * 2


def test_a_common_spillover_zone_still_ranks_below_a_rare_main_zone():
    atlas = make_atlas(
        spill=[tp("calf", [], ["heel"], prevalence="common")],
        main=[tp("calf", ["heel"], prevalence="rare")],
    )
    assert ranked(atlas, ["right-heel"]) == ["main", "spill"]


def test_pain_at_a_trigger_points_own_site_counts_between_its_main_and_spillover_zones():
    atlas = make_atlas(
        refers=[tp("sole", ["calf"])],
        lies_there=[tp("calf", ["heel"])],
        spills=[tp("sole", ["heel"], ["calf"])],
    )
    found = pain_sources(atlas, ["right-calf"])
    assert [s.muscle_id for s in found] == ["refers", "lies-there", "spills"]
    local = found[1]
    assert local.zone == "essential" and local.site_regions == ("right-calf",)
    assert "its trigger point lies in your right calf" in local.explanation


def test_a_zone_written_for_a_close_up_area_ranks_above_one_for_the_area_around_it():
    atlas = make_atlas(aaa=[tp("sole", ["back-of-hand"])], zzz=[tp("sole", ["thumb-web"])])
    found = pain_sources(atlas, ["right-thumb-web"])
    assert [s.muscle_id for s in found] == ["zzz", "aaa"]
    assert all(s.zone == "essential" for s in found)


def test_one_area_asked_does_not_penalise_a_large_main_zone():
    big = tp("calf", ["heel", "sole", "achilles", "temple", "side-of-neck", "upper-arm"])
    atlas = make_atlas(broad=[big], narrow=[tp("calf", ["heel"])])
    alone = {s.muscle_id: s.score for s in pain_sources(atlas, ["right-heel"])}
    assert alone["broad"] == alone["narrow"]
    # Two areas asked: the broad zone covers places that were not marked, and says so.
    both = pain_sources(atlas, ["right-heel", "right-calf"])
    scores = {s.muscle_id: s.score for s in both}
    assert scores["broad"] < scores["narrow"]
    broad = next(s for s in both if s.muscle_id == "broad")
    assert "also spreads over 5 areas you did not mark" in broad.explanation


def test_a_group_counts_as_one_area_explained_by_any_of_its_regions():
    atlas = make_atlas(
        heel_only=[tp("sole", ["heel"], prevalence="common")],
        whole_leg=[tp("sole", ["heel", "calf", "achilles"], prevalence="common")],
    )
    leg = ("right-heel", "right-calf", "right-achilles")
    as_group = {s.muscle_id: s.score for s in pain_sources(atlas, [], groups=[leg])}
    assert as_group == {"heel-only": 1.0, "whole-leg": 1.0}
    # Marked one by one, the same regions mean "all of these hurt".
    one_by_one = {s.muscle_id: s.score for s in pain_sources(atlas, leg)}
    assert one_by_one["heel-only"] < one_by_one["whole-leg"]


def test_within_a_group_a_muscle_reaching_more_of_it_ranks_first_on_a_tie():
    atlas = make_atlas(
        aaa=[tp("sole", ["heel"])],
        zzz=[tp("sole", ["heel", "calf"])],
    )
    assert ranked(atlas, [], groups=[("right-heel", "right-calf", "left-heel", "left-calf")]) == [
        "zzz",
        "aaa",
    ]


def test_a_group_weighs_as_its_most_intense_region_next_to_marked_areas():
    atlas = make_atlas(foot=[tp("sole", ["heel"])], head=[tp("side-of-neck", ["temple"])])
    group = ("right-heel", "left-heel")
    calm = ranked(atlas, ["right-temple"], {"right-temple": 8, "left-heel": 2}, groups=[group])
    sore = ranked(atlas, ["right-temple"], {"right-temple": 2, "left-heel": 8}, groups=[group])
    assert calm[0] == "head" and sore[0] == "foot"


def test_only_when_every_clinical_criterion_is_equal_does_the_name_decide():
    atlas = make_atlas(bbb=[tp("sole", ["heel"])], aaa=[tp("sole", ["heel"])])
    assert ranked(atlas, ["right-heel"]) == ["aaa", "bbb"]


def test_the_explanation_is_in_words_with_no_bare_scores():
    atlas = make_atlas(
        wide=[tp("sole", ["heel"], ["calf"], prevalence="common")], far=[tp("temple", ["temple"])]
    )
    found = pain_sources(atlas, ["right-heel", "right-calf", "left-temple"])
    wide = next(s for s in found if s.muscle_id == "wide")
    assert wide.explanation == (
        "its main referral zone covers your right heel; "
        "its wider (spillover) zone reaches your right calf; "
        "it does not explain your left temple; a commonly found trigger point"
    )
    assert not any(re.search(r"\d", s.explanation) for s in found)


def test_both_sides_of_an_area_are_named_once():
    atlas = make_atlas(foot=[tp("sole", ["heel"])])
    (found,) = pain_sources(atlas, [], groups=[("right-heel", "left-heel")])
    assert found.explanation.startswith("its main referral zone covers your heel;")
    assert found.sides == ("right", "left")


def test_an_unknown_region_in_a_group_raises():
    atlas = make_atlas(foot=[tp("sole", ["heel"])])
    with pytest.raises(UnknownRegionError):
        pain_sources(atlas, [], groups=[("right-heel", "right-nowhere")])


def test_nothing_asked_ranks_nothing():
    atlas = make_atlas(foot=[tp("sole", ["heel"])])
    assert pain_sources(atlas, [], groups=[()]) == []


# ---- complaints ---------------------------------------------------------------


def test_neighbouring_body_parts_make_one_complaint_and_a_distant_one_another():
    atlas = make_atlas(
        trapezius=[tp("shoulder", ["temple", "side-of-neck"], prevalence="common")],
        soleus=[tp("calf", ["heel"], prevalence="common")],
    )
    found = complaints(atlas, ["left-heel", "right-temple", "right-side-of-neck"])
    assert [c.label for c in found] == [
        "heel (left heel)",
        "head and neck (right temple, right side of neck)",
    ]
    assert [c.sources[0].muscle_id for c in found] == ["soleus", "trapezius"]
    assert [s.muscle_id for s in found[0].sources] == ["soleus"]


def test_neighbouring_parts_on_opposite_sides_are_separate_but_one_part_on_both_sides_is_one():
    atlas = make_atlas(m=[tp("calf", ["heel"])])
    assert [c.regions for c in complaints(atlas, ["right-shoulder", "left-upper-arm"])] == [
        ("right-shoulder",),
        ("left-upper-arm",),
    ]
    (both,) = complaints(atlas, ["right-heel", "left-heel"])
    assert both.regions == ("right-heel", "left-heel")
    assert both.label == "heel (heel on both sides)"


def test_pain_down_a_limb_that_skips_the_knee_is_still_one_complaint():
    atlas = make_atlas(m=[tp("calf", ["heel"])])
    (leg,) = complaints(atlas, ["right-back-of-thigh", "right-calf"])
    assert leg.label == "thigh and calf (right back of thigh, right calf)"


def test_a_group_word_joins_one_complaint_whole_and_counts_there_as_one_area():
    # "heel" with no side is both heels, "somewhere in here": one complaint, not two, and a
    # muscle explaining either heel explains all of it.
    atlas = make_atlas(
        trapezius=[tp("shoulder", ["temple", "side-of-neck"], prevalence="common")],
        soleus=[tp("calf", ["heel"], prevalence="common")],
    )
    heels = ("right-heel", "left-heel")
    head, heel = complaints(atlas, ["right-temple", "right-side-of-neck"], groups=[heels])
    assert heel.regions == heels and heel.label == "heel (heel on both sides)"
    assert [s.muscle_id for s in heel.sources] == ["soleus"]
    assert heel.sources[0].score == 1.0
    assert head.sources[0].muscle_id == "trapezius"


def test_a_muscle_explaining_two_complaints_says_so():
    atlas = make_atlas(both=[tp("calf", ["heel", "temple"])], head=[tp("temple", ["temple"])])
    heel, temple = complaints(atlas, ["right-heel", "right-temple"])
    assert heel.also == {"both": ("head",)}
    assert temple.also == {"both": ("heel",)}


def test_among_equal_explanations_a_pattern_centred_on_the_asked_place_comes_first():
    # Both explain the heel equally and are as common; "aaa" also sends its main pain to the
    # temple. The pattern that stays at the heel is the likelier story, whatever the names.
    atlas = make_atlas(
        aaa=[tp("calf", ["heel", "temple"], prevalence="common")],
        zzz=[tp("calf", ["heel"], prevalence="common")],
    )
    assert ranked(atlas, ["right-heel"]) == ["zzz", "aaa"]
    # It only breaks the tie: one area asked, neither score is lowered for the wider zone.
    scores = {s.muscle_id: s.score for s in pain_sources(atlas, ["right-heel"])}
    assert scores["aaa"] == scores["zzz"]
