"""Library, CSV and coverage tables."""

import io

import pandas as pd

from triggermap.outputs.tables import (
    area_counts,
    atlas_csv,
    heat_levels,
    library_rows,
    referral_density,
)


def test_the_library_lists_every_muscle_without_filters(atlas):
    assert set(library_rows(atlas)["id"]) == set(atlas.muscles)


def test_the_library_filters_by_text_area_condition_and_referral_area(tiny):
    assert list(library_rows(tiny, text="CALF")["id"]) == ["calf-tester"]
    assert list(library_rows(tiny, areas=("head-jaw",))["id"]) == ["head-tester"]
    assert list(library_rows(tiny, condition_id="heel-ache")["id"]) == ["calf-tester"]
    assert list(library_rows(tiny, region_base="forehead")["id"]) == ["head-tester"]
    assert library_rows(tiny, text="calf", region_base="forehead").empty


def test_the_csv_download_holds_every_muscle_and_trigger_point(atlas):
    frame = pd.read_csv(io.StringIO(atlas_csv(atlas)))
    assert set(frame["muscle_id"]) == set(atlas.muscles)
    assert len(frame) == sum(len(m.trigger_points) for m in atlas.muscles.values())
    assert {"essential", "spillover", "sources", "self_care_stretch"} <= set(frame.columns)


def test_the_csv_download_carries_needling_notes_only_for_a_clinician(atlas):
    patient = pd.read_csv(io.StringIO(atlas_csv(atlas)))
    clinician = pd.read_csv(io.StringIO(atlas_csv(atlas, clinician=True)))
    assert not [c for c in patient.columns if "needling" in c]
    assert {"needling_structures_at_risk", "needling_precautions"} <= set(clinician.columns)


def test_area_counts_add_up_to_the_whole_atlas(atlas):
    counts = area_counts(atlas)
    assert counts["muscles"].sum() == len(atlas.muscles)
    assert counts["trigger_points"].sum() == sum(
        len(m.trigger_points) for m in atlas.muscles.values()
    )


def test_referral_density_counts_muscles_not_trigger_points(tiny):
    density = referral_density(tiny)
    assert density["right-heel"] == 1 and density["right-achilles"] == 1
    assert density["forehead"] == 1 and density["left-calf"] == 0


def test_heat_levels_rise_with_density_and_keep_zero_apart():
    levels = heat_levels({"a": 0, "b": 1, "c": 5, "d": 10})
    assert levels["a"] == 0 and 0 < levels["b"] <= levels["c"] <= levels["d"] == 5
