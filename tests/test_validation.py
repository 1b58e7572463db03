"""Validation: the real data passes every check; each kind of broken data gets a named error."""

import shutil

import pytest

from tests.conftest import FIXTURES, ROOT
from triggermap.atlas.checks import CHECKS, run_checks
from triggermap.atlas.landmarks import LANDMARKS, landmarks_named
from triggermap.atlas.loading import load_atlas
from triggermap.atlas.model import AtlasError
from triggermap.atlas.raw import read_raw


def test_the_real_atlas_passes_every_check(geometry):
    assert run_checks(read_raw(ROOT / "data"), geometry) == []


def test_the_tiny_fixture_atlas_passes_every_check(geometry):
    assert run_checks(read_raw(FIXTURES / "tiny"), geometry) == []


def test_every_check_has_a_docstring_saying_what_it_checks():
    assert all(check.__doc__ for check in CHECKS)


BROKEN = {
    "unknown-region": "field 'essential': unknown region 'heal'",
    "missing-source": "field 'sources': unknown source 'no-such-book'",
    "bad-enum": "field 'area': 'foot-ish' is not one of",
    "wrong-type": "field 'action': must be text",
    "missing-field": "field 'innervation': missing",
    "broken-toml": "not valid TOML",
    "duplicate-id": "trigger point 'tp1': field 'id': duplicate id",
    "outside-region": "field 'positions': back = [5.0, 5.0] lies outside region 'right-calf'",
    "position-view": "field 'positions': 'side' is not one of front, back",
    "position-elsewhere": "field 'positions': head: region 'calf' is not drawn on that view",
    "no-position": "field 'positions': no position on the back view, which draws region 'calf'",
    "no-sources": "field 'sources': must not be empty",
    "no-prevalence": "trigger point 'tp1': field 'prevalence': missing",
    "bad-prevalence": "trigger point 'tp1': field 'prevalence': 'frequent' is not one of",
    "landmark-region": "trigger point 'tp1': field 'region': 'calf' does not fit its location",
    "zone-twice": "trigger point 'tp1': field 'essential': 'heel' is named twice",
    "zone-both-ways": "trigger point 'tp1': field 'spillover': 'heel' is also an essential zone",
    "no-evidence": "trigger point 'tp1': field 'evidence': missing",
    "no-pattern-source": "trigger point 'tp1': field 'source': missing",
    "bad-evidence": "trigger point 'tp1': field 'evidence': 'textbook' is not one of",
    "unknown-pattern-source": "trigger point 'tp1': field 'source': unknown source 'no-such-book'",
    "unknown-chapter": "field 'source': chapter 'The Calf Muscles' is not one of the chapters",
    "section-spelling": "section 'Calf Muscle' is not one of the chapters of 'test-book' "
    "(spelt 'Calf' there)",
    "bad-page": "trigger point 'tp1': source: field 'page': must be a whole number",
    "lung-risk-unsaid": "needling: field 'lung_risk': is false, but structures_at_risk names",
    "needling-unsourced": "needling: field 'sources': must not be empty",
    "needling-unknown-source": "needling: field 'sources': unknown source 'no-such-book'",
    "lies-unknown-region": "muscle 'calf-tester': field 'lies_in': unknown region 'calff'",
    "lies-without-trigger-point": "field 'lies_in': trigger point 'tp1' lies in 'calf', "
    "which is not among these areas",
    "outline-view": "muscle 'calf-tester': field 'outline': 'side' is not one of front, back",
    "outline-malformed": "field 'outline': view 'back': must be \"M x y x y x y … Z\"",
    "outline-outside-box": "field 'outline': view 'back': a point lies outside the view's "
    "0 0 400 810 box",
    "outline-misses-trigger-point": "field 'outline': view 'back': trigger point 'tp1' at "
    "234.7 667.8 lies 122.9 units outside the outline (at most 4)",
    "outline-off-figure": "field 'outline': view 'back': 82% of the outline lies off the figure "
    "(at most 10%)",
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_each_kind_of_broken_data_is_named_with_file_entry_and_field(
    kind, broken_atlas_dir, geometry
):
    messages = run_checks(read_raw(broken_atlas_dir(kind)), geometry)
    assert len(messages) == 1, messages  # one problem, one message: no cascade of errors
    assert BROKEN[kind] in messages[0]
    assert messages[0].startswith("muscles/calf-tester.toml")


def test_loading_broken_data_raises_an_atlas_error_carrying_the_messages(
    broken_atlas_dir, geometry
):
    with pytest.raises(AtlasError) as err:
        load_atlas(broken_atlas_dir("unknown-region"), geometry)
    assert any("unknown region 'heal'" in m for m in err.value.messages)


def test_a_missing_data_file_is_reported_by_name(tmp_path, geometry):
    messages = run_checks(read_raw(tmp_path), geometry)
    assert "regions.toml: file is missing" in messages


# A full-body region and one of its close-up areas, for the tiny atlas.
SOLE_AND_INNER_ARCH = """
[[region]]
id = "sole"
name = "sole"
sided = true
view = "back"
parts = ["sole", "foot"]
synonyms = []

[[region]]
id = "inner-arch"
name = "inner arch"
sided = true
view = "foot-sole"
parent = "sole"
parts = ["sole", "foot"]
synonyms = []
"""


def test_a_zone_naming_a_region_and_its_close_up_area_is_named_as_redundant(
    broken_atlas_dir, geometry
):
    folder = broken_atlas_dir("parent-and-child")
    with open(folder / "regions.toml", "a", encoding="utf-8") as regions:
        regions.write(SOLE_AND_INNER_ARCH)
    messages = run_checks(read_raw(folder), geometry)
    assert messages == [
        "muscles/calf-tester.toml: trigger point 'tp1': field 'spillover': names both 'sole' "
        "and its close-up area 'inner-arch'; a zone on the parent already covers it"
    ]


def test_the_landmark_table_names_real_regions_and_matches_whole_words():
    regions = {r["id"] for r in read_raw(ROOT / "data").regions}
    assert {r for allowed in LANDMARKS.values() for r in allowed} <= regions
    assert landmarks_named("just below the bony bump at the side of the hip") == [
        "bony bump at the side of the hip"
    ]
    assert landmarks_named("over the lower tip of the breastbones") == ["breastbone"]
    assert landmarks_named("a basis for the pelvis") == []  # 'ASIS' inside a word is no landmark


# ---- the dry-needling notes (issue 12) ----


def _needling_file(tmp_path, change):
    """A copy of the tiny atlas whose needling.toml is changed by ``change(text)``."""
    target = tmp_path / "atlas"
    shutil.copytree(FIXTURES / "tiny", target)
    path = target / "needling.toml"
    path.write_text(change(path.read_text()))
    return target


def test_a_missing_shared_precaution_is_named(tmp_path, geometry):
    folder = _needling_file(tmp_path, lambda t: t.replace('id = "metal-allergy"', 'id = "x"'))
    messages = run_checks(read_raw(folder), geometry)
    assert "needling.toml: precaution 'metal-allergy': missing" in "\n".join(messages)


def test_a_lung_warning_that_leaves_out_the_dry_cough_is_refused_when_a_muscle_has_a_lung_risk(
    tmp_path, geometry
):
    folder = _needling_file(tmp_path, lambda t: t.replace(" or a dry cough", ""))
    assert run_checks(read_raw(folder), geometry) == []  # no muscle of the tiny atlas has one
    muscle = folder / "muscles" / "calf-tester.toml"
    text = muscle.read_text().replace('["test structure"]', '["pleura"]')
    muscle.write_text(text.replace("lung_risk = false", "lung_risk = true"))
    messages = run_checks(read_raw(folder), geometry)
    assert messages == [
        "needling.toml: lung_warning: field 'text': must tell the patient to watch for a dry cough"
    ]


def test_every_lung_risk_muscle_of_the_real_atlas_names_the_lung_or_pleura(atlas):
    from triggermap.schema import LUNG_WORDS

    for m in atlas.muscles.values():
        named = any(LUNG_WORDS.search(s) for s in m.needling.structures_at_risk)
        assert m.needling.lung_risk == named, m.id
    assert sum(m.needling.lung_risk for m in atlas.muscles.values()) >= 22
