"""Words a person types, resolved to regions: areas, parts, broad words, conditions, phrases."""

import pytest

from triggermap.atlas.model import UnknownRegionError
from triggermap.lookup.vocabulary import entry_points, resolve
from triggermap.schema import BROAD_WORDS

# Every word the issue names as failing for a new patient (issue 10).
ISSUE_WORDS = [
    *("shoulder", "neck", "back", "hip", "arm", "leg", "head", "forearm", "teeth"),
    *("headache", "migraine", "toothache", "sciatica", "tennis elbow"),
    *("behind the knee", "side of the knee", "hand", "thigh"),
    *("lower back", "upper back", "top of the head", "pins and needles in the hand"),
    *("tension-type headache", "TMJ disorder", "TMJ", "whiplash", "frozen shoulder"),
    *("golfer's elbow", "carpal tunnel", "low back pain", "plantar fasciitis", "shin splints"),
]


def part_regions(atlas, *parts, side=None):
    return {
        r.id
        for r in atlas.regions.values()
        if set(r.parts) & set(parts) and (side is None or r.side == side)
    }


@pytest.mark.parametrize("word", ISSUE_WORDS)
def test_every_word_the_issue_names_resolves_to_regions_of_the_atlas(atlas, word):
    res = resolve(atlas, word)
    assert res.regions and set(res.regions) <= set(atlas.regions)
    assert res.query == word and res.label


def test_a_body_part_means_somewhere_in_its_regions_on_both_sides(atlas):
    res = resolve(atlas, "shoulder")
    assert (res.kind, res.meaning) == ("part", "any")
    assert set(res.regions) == part_regions(atlas, "shoulder")
    assert {"right-top-of-shoulder", "left-top-of-shoulder"} <= set(res.regions)


def test_a_side_before_a_part_keeps_that_sides_regions_only(atlas):
    res = resolve(atlas, "left shoulder")
    assert set(res.regions) == part_regions(atlas, "shoulder", side="left")
    assert res.label == "left shoulder" and res.meaning == "any"


@pytest.mark.parametrize("word", sorted(BROAD_WORDS))
def test_arm_leg_and_back_stand_for_all_regions_of_their_parts(atlas, word):
    res = resolve(atlas, word)
    assert res.kind == "broad" and res.meaning == "any"
    assert set(res.regions) == part_regions(atlas, *BROAD_WORDS[word])


def test_jaw_includes_the_jaw_joint_and_chest_the_breastbone_and_side_of_chest(atlas):
    assert {"right-jaw", "right-jaw-joint", "left-jaw-joint"} <= set(resolve(atlas, "jaw").regions)
    chest = set(resolve(atlas, "chest").regions)
    assert {"breastbone", "right-side-of-chest", "left-upper-chest"} <= chest


def test_one_named_area_keeps_the_all_meaning_and_a_sideless_area_means_either_side(atlas):
    right = resolve(atlas, "right heel")
    assert (right.regions, right.meaning, right.label) == (("right-heel",), "all", "right heel")
    both = resolve(atlas, "heel")
    assert set(both.regions) == {"right-heel", "left-heel"} and both.meaning == "any"
    assert resolve(atlas, "right-heel").regions == ("right-heel",)


def test_hand_is_somewhere_in_the_hand_not_all_of_it_at_once(atlas):
    res = resolve(atlas, "hand")
    assert res.meaning == "any" and set(res.regions) == part_regions(atlas, "hand")
    assert resolve(atlas, "pins and needles in the hand").regions == res.regions


def test_everyday_phrases_name_the_areas_a_person_means(atlas):
    assert set(resolve(atlas, "behind the knee").regions) == {
        "right-back-of-knee",
        "left-back-of-knee",
    }
    side = resolve(atlas, "side of the knee")
    assert {r.split("-", 1)[1] for r in side.regions} == {"inner-knee", "outer-knee"}
    assert resolve(atlas, "top of the head").regions == ("top-of-head",)
    assert set(resolve(atlas, "lower back").regions) == set(resolve(atlas, "low back").regions)
    assert set(resolve(atlas, "abdominal pain").regions) == set(resolve(atlas, "abdomen").regions)


@pytest.mark.parametrize(
    "word, condition_id",
    [
        ("sciatica", "pseudo-sciatica"),
        ("tennis elbow", "lateral-elbow-pain"),
        ("TMJ disorder", "tmd"),
        ("plantar fasciitis", "plantar-heel-pain"),
        ("headache", "headache"),
    ],
)
def test_a_condition_word_shows_the_areas_it_usually_covers_and_says_so(atlas, word, condition_id):
    res = resolve(atlas, word)
    condition = atlas.conditions[condition_id]
    assert (res.kind, res.key) == ("condition", condition_id)
    assert {atlas.regions[r].base for r in res.regions} == set(condition.areas)
    assert res.note.startswith(f"{word}: showing the areas it usually covers: ")
    for base in condition.areas:
        assert next(r.base_name for r in atlas.regions.values() if r.base == base) in res.note


def test_sciatica_says_true_sciatica_is_a_nerve_problem_that_muscles_can_mimic(atlas):
    note = resolve(atlas, "sciatica").note
    assert "nerve" in note and "piriformis" in note and "gluteus minimus" in note


def test_a_group_note_names_its_areas_and_sides(atlas):
    note = resolve(atlas, "left shoulder").note
    assert note.startswith("left shoulder: pain somewhere in ") and "left side" in note


@pytest.mark.parametrize("typo, suggested", [("shouldr", "shoulder"), ("sciatca", "sciatica")])
def test_an_unknown_word_suggests_body_parts_and_conditions(atlas, typo, suggested):
    with pytest.raises(UnknownRegionError) as err:
        resolve(atlas, typo)
    assert suggested in err.value.suggestions
    assert f"no region matches '{typo}'" in str(err.value)


def test_words_that_only_describe_the_pain_resolve_to_nothing(atlas):
    with pytest.raises(UnknownRegionError):
        resolve(atlas, "pins and needles")


def test_a_part_with_no_regions_in_a_small_atlas_is_no_word(tiny):
    with pytest.raises(UnknownRegionError):
        resolve(tiny, "shoulder")
    assert set(resolve(tiny, "head").regions) == {"right-temple", "left-temple", "forehead"}


def test_entry_points_offer_every_part_broad_word_condition_and_region_once(atlas):
    points = entry_points(atlas)
    labels = [p.label for p in points]
    assert len(labels) == len(set(labels))
    assert {"shoulder", "arm", "Sciatica-like pain (pseudo-sciatica)", "right heel"} <= set(labels)
    # A region is left out only when a wider word has its name ("sacrum", the body part).
    missing = set(atlas.regions) - {p.key for p in points if len(p.regions) == 1}
    assert all(atlas.regions[rid].name in labels for rid in missing)
    for p in points:
        if p.kind != "area":
            assert resolve(atlas, p.query).regions == p.regions, p.label
