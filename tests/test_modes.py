"""Patient and clinician mode as a link names them (triggermap.outputs.modes)."""

import pytest

from triggermap.outputs.modes import CLINICIAN, PATIENT, mode_params, parse_mode


@pytest.mark.parametrize("value", [None, "", "patient"])
def test_no_mode_or_patient_in_the_link_means_patient_mode_without_a_notice(value):
    assert parse_mode(value) == (PATIENT, None)


def test_mode_clinician_in_the_link_means_clinician_mode():
    assert parse_mode("clinician") == (CLINICIAN, None)


@pytest.mark.parametrize("value", ["doctor", "Clinician", "<b>x</b>", "a" * 500])
def test_an_unknown_mode_falls_back_to_patient_mode_with_a_notice_quoting_it_short(value):
    mode, notice = parse_mode(value)
    assert mode == PATIENT
    assert "is not known" in str(notice) and len(str(notice)) < 200


def test_only_clinician_mode_is_written_into_the_link():
    assert mode_params(CLINICIAN) == {"mode": "clinician"}
    assert mode_params(PATIENT) == {}
