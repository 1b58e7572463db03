"""The ✕ marks: each trigger point at its own written place, and no two marks crowding."""

from __future__ import annotations

import itertools
import math

import pytest

from triggermap.outputs.answers import tap_index
from triggermap.outputs.finder import condition_view
from triggermap.outputs.marks import (
    Mark,
    all_placements,
    mark_position,
    marks_for,
    min_gap,
    placement_key,
    trigger_point_records,
)
from triggermap.schema import VIEWS


def _crowded(marks, gap):
    return [
        (a.keys, b.keys)
        for a, b in itertools.combinations(marks, 2)
        if math.dist((a.x, a.y), (b.x, b.y)) < gap
    ]


def test_six_css_pixels_are_measured_at_the_narrowest_phone_chart(geometry):
    # 400 units drawn 316 px wide: 6 px is 7.6 units; the 600-unit views scale alike.
    assert min_gap(geometry, "front") == pytest.approx(6 * 400 / 316)
    assert min_gap(geometry, "head") == pytest.approx(6 * 600 / 316)


@pytest.mark.parametrize("view", VIEWS)
def test_with_every_trigger_point_on_a_view_no_two_marks_are_within_six_pixels(
    atlas, geometry, view
):
    placements = all_placements(atlas)
    marks = marks_for(atlas, geometry, view, placements)
    assert marks
    assert _crowded(marks, min_gap(geometry, view)) == []
    # Nothing is lost: every trigger point drawn on the view is in exactly one mark.
    keys = [k for m in marks for k in m.keys]
    assert len(keys) == len(set(keys))
    drawn = {
        placement_key(p)
        for p in placements
        if {p.region_id, atlas.regions[p.region_id].parent} & set(geometry.views[view].paths)
    }
    assert set(keys) == drawn


def test_trigger_points_written_at_one_spot_are_one_mark(atlas, geometry):
    # Three belly-wall muscles share one described place above the front of the hip bone.
    muscles = ("external-oblique", "internal-oblique", "transversus-abdominis")
    here = [
        p
        for p in all_placements(atlas)
        if p.muscle_id in muscles and p.trigger_point.id == "lower-lateral" and p.side == "right"
    ]
    marks = marks_for(atlas, geometry, "front", here)
    assert len(marks) == 1 and len(marks[0].keys) == 3


@pytest.mark.parametrize("view", ("front", "back", "head"))
def test_no_condition_view_draws_two_marks_within_six_pixels(atlas, geometry, view):
    for cid in atlas.conditions:
        for side in ("right", "left"):
            marks = condition_view(atlas, geometry, cid, view, side).map.marks
            assert _crowded(marks, min_gap(geometry, view)) == [], cid


def test_tension_type_headache_on_the_head_shows_its_trigger_points_apart(atlas, geometry):
    marks = condition_view(atlas, geometry, "tension-type-headache", "head").map.marks
    assert len(marks) >= 12
    assert sum(len(m.keys) for m in marks) >= 18


def test_the_four_temporalis_trigger_points_lie_at_four_places_on_the_head(atlas, geometry):
    placements = [p for p in all_placements(atlas) if p.muscle_id == "temporalis"]
    right = [p for p in placements if p.side == "right"]
    marks = marks_for(atlas, geometry, "head", right)
    assert len(marks) == 4
    # front to back: TrP1 nearest the face (the right profile faces right)
    xs = [m.x for m in marks]
    assert xs == sorted(xs, reverse=True)


def test_gluteus_minimus_and_piriformis_tp1_are_drawn_at_different_places(atlas, geometry):
    def where(mid, tp_id):
        p = next(
            p
            for p in all_placements(atlas)
            if (p.muscle_id, p.trigger_point.id, p.side) == (mid, tp_id, "right")
        )
        return mark_position(atlas, geometry, p, "back")

    minimus = where("gluteus-minimus", "posterior")
    piriformis = where("piriformis", "tp1")
    assert math.dist(minimus, piriformis) >= min_gap(geometry, "back")


def test_a_left_trigger_point_is_the_mirror_image_of_the_right(atlas, geometry):
    soleus = [p for p in all_placements(atlas) if p.muscle_id == "soleus"]
    right = {
        p.trigger_point.id: mark_position(atlas, geometry, p, "back")
        for p in soleus
        if p.side == "right"
    }
    left = {
        p.trigger_point.id: mark_position(atlas, geometry, p, "back")
        for p in soleus
        if p.side == "left"
    }
    width = geometry.views["back"].width
    assert {k: (round(width - x, 1), y) for k, (x, y) in right.items()} == left


def test_a_marks_record_holds_its_own_zones_with_the_body_regions_holding_them(atlas):
    records = trigger_point_records(atlas)
    assert len(records) == 2 * sum(len(m.trigger_points) for m in atlas.muscles.values())
    for p in all_placements(atlas):
        record = records[placement_key(p)]
        assert record["muscle"] == atlas.muscles[p.muscle_id].name
        assert record["location"] == p.trigger_point.location
        for written in p.trigger_point.zone_on("essential", p.side, atlas.sided):
            parent = atlas.regions[written].parent
            assert written in record["essential"]
            assert parent is None or parent in record["essential"]
        assert not set(record["essential"]) & set(record["spillover"])


def test_no_tap_on_any_area_draws_two_marks_within_six_pixels(atlas, geometry):
    index = tap_index(atlas, geometry)
    for question in ("map", "sources"):
        for view, records in index[question].items():
            gap = min_gap(geometry, view)
            for region, record in records.items():
                marks = [Mark(**m) for m in record["marks"]]
                assert _crowded(marks, gap) == [], (question, view, region)
