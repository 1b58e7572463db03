"""Validation of the words people use: parts of regions, condition areas, one meaning a word."""

import shutil

import pytest

from tests.conftest import FIXTURES
from triggermap.atlas.checks import run_checks
from triggermap.atlas.loading import load_atlas
from triggermap.atlas.raw import read_raw
from triggermap.atlas.words import norm
from triggermap.schema import BODY_PARTS, BROAD_WORDS

# Each fixture in broken-words/ replaces one file of the tiny atlas: <kind>.<file>.toml.
BROKEN = {
    "region-without-parts": (
        "regions.toml: entry 'heel': field 'parts': must name at least one body part"
    ),
    "unknown-part": "regions.toml: entry 'heel': field 'parts': unknown body part 'feet'",
    "parent-parts": (
        "regions.toml: entry 'thenar': field 'parts': lacks hand, which its parent 'palm'"
    ),
    "synonym-names-a-part": (
        "regions.toml: entry 'temple': field 'synonyms': 'head' also means the body part 'head'"
    ),
    "unknown-area": "conditions.toml: entry 'heel-ache': field 'areas': unknown region 'heal'",
    "condition-word-names-an-area": (
        "conditions.toml: entry 'heel-ache': field 'synonyms': 'Brow' also means the area "
        "'forehead'"
    ),
}


@pytest.fixture
def broken_words_dir(tmp_path):
    """A copy of the tiny atlas with its regions or conditions file replaced by a broken one."""

    def make(kind: str):
        target = tmp_path / kind
        shutil.copytree(FIXTURES / "tiny", target)
        (fixture,) = (FIXTURES / "broken-words").glob(f"{kind}.*.toml")
        shutil.copy(fixture, target / fixture.name.removeprefix(f"{kind}."))
        return target

    return make


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_each_kind_of_broken_vocabulary_is_named_with_file_entry_and_field(
    kind, broken_words_dir, geometry
):
    messages = run_checks(read_raw(broken_words_dir(kind)), geometry)
    assert len(messages) == 1, messages  # one problem, one message
    assert messages[0].startswith(BROKEN[kind])


def test_the_tiny_and_hostile_fixture_atlases_give_every_region_a_body_part(geometry):
    for name in ("tiny", "hostile"):
        atlas = load_atlas(FIXTURES / name, geometry)
        assert all(r.parts for r in atlas.regions.values()), name


def test_every_body_part_and_broad_word_has_regions_in_the_real_atlas(atlas):
    # A partial atlas (the tiny one) may leave parts empty; the real one covers the body.
    used = {p for r in atlas.regions.values() for p in r.parts}
    assert set(BODY_PARTS) <= used
    assert all(set(parts) <= used for parts in BROAD_WORDS.values())


def test_every_condition_with_areas_names_real_regions(atlas):
    bases = {r.base for r in atlas.regions.values()}
    for c in atlas.conditions.values():
        assert set(c.areas) <= bases, c.id


def test_a_close_up_area_belongs_to_its_parents_body_parts(atlas):
    for r in atlas.regions.values():
        if r.parent:
            assert set(atlas.regions[r.parent].parts) <= set(r.parts), r.id


def test_words_are_compared_without_case_punctuation_or_filler():
    assert norm("Behind  the Knee!") == norm("behind knee") == "behind knee"
    assert norm("Golfer’s elbow") == "golfer's elbow"
