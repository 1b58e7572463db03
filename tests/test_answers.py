"""The tap index: the answers the browser shows at once are the server's own answers."""

import json

import pytest

from triggermap.atlas.model import UnknownRegionError
from triggermap.lookup.query import trigger_points_in
from triggermap.lookup.ranking import pain_sources
from triggermap.outputs.answers import PANEL_WHY, panel_answer, panel_record, tap_index


def test_every_region_the_chart_draws_has_a_map_answer_and_a_panel(atlas, geometry):
    index = tap_index(atlas, geometry)
    for name, view in geometry.views.items():
        assert set(index["map"][name]) == set(view.paths)
        assert set(view.paths) <= set(index["panels"])


def test_a_map_answer_draws_the_regions_trigger_points_and_their_zones(atlas, geometry):
    local = tap_index(atlas, geometry)["map"]["back"]["right-calf"]
    placements = trigger_points_in(atlas, "right-calf")
    assert len(local["marks"]) == len(placements)
    essential = {
        r for p in placements for r in p.trigger_point.zone_on("essential", p.side, atlas.sided)
    }
    assert set(local["essential"]) == essential and "right-heel" in essential
    assert not set(local["essential"]) & set(local["spillover"])


def test_the_heel_panel_lists_the_muscles_that_refer_pain_there_by_zone(atlas, geometry):
    record = panel_record(atlas, geometry, "right-heel")
    assert record["name"] == "Right heel" and record["here"] == []
    assert "soleus" in record["sources"]["essential"]
    assert not set(record["sources"]["essential"]) & set(record["sources"]["spillover"])


def test_a_trigger_point_label_that_repeats_the_muscle_name_is_shortened(atlas, geometry):
    here = panel_record(atlas, geometry, "right-calf")["here"]
    fhl = next(tp for tp in here if tp["muscle"] == "flexor-hallucis-longus")
    assert fhl["label"] == "trigger point"


def test_a_midline_area_tells_the_right_and_left_trigger_points_apart(atlas, geometry):
    here = panel_record(atlas, geometry, "front-of-neck")["here"]
    lines = [(tp["muscle"], tp["label"], tp["key"]) for tp in here]
    assert len(here) >= 2 and len(set(lines)) == len(lines)
    assert {tp["label"].rsplit(", ", 1)[-1] for tp in here} == {"right side", "left side"}


def test_a_panel_answer_carries_the_names_its_record_refers_to(atlas, geometry):
    answer = panel_answer(tap_index(atlas, geometry), "right-heel")
    named = {tp["muscle"] for tp in answer["panel"]["here"]}
    named |= set(answer["panel"]["sources"]["essential"] + answer["panel"]["sources"]["spillover"])
    assert set(answer["muscles"]) == named
    assert set(answer["conditions"]) == set(answer["panel"]["conditions"])


def test_no_region_means_an_empty_panel(atlas, geometry):
    assert panel_answer(tap_index(atlas, geometry), None)["panel"] is None


def test_an_unknown_region_raises_a_region_error(tiny, geometry):
    with pytest.raises(UnknownRegionError):
        panel_answer(tap_index(tiny, geometry), "right-shoulder-blade")


def test_a_small_atlas_gets_answers_only_for_the_regions_it_describes(tiny, geometry):
    index = tap_index(tiny, geometry)
    assert index["panels"] and set(index["panels"]) <= set(tiny.regions)
    assert index["map"]["back"] and set(index["map"]["back"]) <= set(tiny.regions)
    assert index["map"]["back"]["right-calf"]["essential"] == ["right-heel"]


def test_the_index_id_changes_with_the_atlas(atlas, tiny, geometry):
    assert tap_index(atlas, geometry)["id"] != tap_index(tiny, geometry)["id"]
    assert tap_index(atlas, geometry)["id"] == tap_index(atlas, geometry)["id"]


@pytest.mark.parametrize("region", ["right-heel", "right-side-of-neck"])
def test_the_panel_lists_pain_sources_in_the_rankings_order_saying_why_in_words(
    atlas, geometry, region
):
    record = panel_record(atlas, geometry, region)
    ranked = pain_sources(atlas, [region])
    # A muscle explained only by its trigger point lying here is listed under "here".
    referred = [s for s in ranked if not s.site_regions]
    for zone in ("essential", "spillover"):
        assert record["sources"][zone] == [s.muscle_id for s in referred if s.zone == zone]
        runs = record["why"][zone]
        assert sum(count for _, count in runs) == len(record["sources"][zone])
        expected = [PANEL_WHY[s.prevalence] for s in referred if s.zone == zone]
        assert [words for words, count in runs for _ in range(count)] == expected


def test_a_muscle_whose_trigger_point_merely_lies_in_the_area_is_listed_as_lying_here(
    atlas, geometry
):
    record = panel_record(atlas, geometry, "right-side-of-neck")
    site_only = {s.muscle_id for s in pain_sources(atlas, ["right-side-of-neck"]) if s.site_regions}
    assert "scalenes" in site_only
    assert site_only <= {tp["muscle"] for tp in record["here"]}
    assert not site_only & set(record["sources"]["essential"] + record["sources"]["spillover"])


def test_a_sources_answer_marks_the_candidates_trigger_points_ranked_as_the_panel_lists_them(
    atlas, geometry
):
    index = tap_index(atlas, geometry)
    local, panel = index["sources"]["back"]["right-heel"], index["panels"]["right-heel"]
    listed = panel["sources"]["essential"] + panel["sources"]["spillover"]
    assert {"soleus", "quadratus-plantae"} <= set(listed[:3])
    for mark in local["marks"]:
        muscles = {index["trigger_points"][key]["muscle_id"] for key in mark["keys"]}
        assert listed[mark["rank"] - 1] in muscles
    assert "right-calf" in local["lies"] and not local["essential"] + local["spillover"]


def test_the_index_stays_small_enough_to_send_once_per_session(atlas, geometry):
    encoded = json.dumps(tap_index(atlas, geometry), separators=(",", ":"))
    assert len(encoded) < 600_000


def test_the_panel_names_each_trigger_points_chapter_and_flags_a_derived_pattern(atlas, geometry):
    answer = panel_answer(tap_index(atlas, geometry), "right-buttock")
    records = [answer["trigger_points"][tp["key"]] for tp in answer["panel"]["here"]]
    gemelli = next(tp for tp in records if tp["muscle_id"] == "gemelli")
    piriformis = next(tp for tp in records if tp["muscle_id"] == "piriformis")
    assert gemelli["derived"] and gemelli["provenance"].startswith("Derived, not from a published")
    assert not piriformis["derived"]
    assert "“Piriformis and Other Short Lateral Rotators”" in piriformis["provenance"]
