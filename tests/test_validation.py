"""Validation: the real data passes every check; each kind of broken data gets a named error."""

import pytest

from tests.conftest import FIXTURES, ROOT
from triggermap.atlas.checks import CHECKS, run_checks
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
    "outside-region": "lies outside region 'right-calf'",
    "no-sources": "field 'sources': must not be empty",
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
