"""The real atlas: enough muscles across the body, and internally consistent."""

from triggermap.query import pattern
from triggermap.schema import AREAS


def test_the_atlas_has_at_least_thirty_muscles_across_the_body(atlas):
    assert len(atlas.muscles) >= 30
    areas = {m.area for m in atlas.muscles.values()}
    for area in (
        "head-jaw",
        "neck",
        "shoulder",
        "chest-abdomen",
        "back",
        "hip-pelvis",
        "thigh",
        "leg-foot",
    ):
        assert area in areas
    assert areas <= set(AREAS)


def test_every_muscle_has_a_source_self_care_and_an_essential_zone(atlas):
    for m in atlas.muscles.values():
        assert m.sources and m.self_care.pressure and m.self_care.stretch, m.id
        assert all(tp.essential for tp in m.trigger_points), m.id


def test_left_and_right_patterns_mirror_each_other(atlas):
    def flip(rid: str) -> str:
        if rid.startswith("right-"):
            return "left-" + rid.removeprefix("right-")
        return rid

    for m in atlas.muscles:
        right, left = pattern(atlas, m, "right"), pattern(atlas, m, "left")
        assert {flip(r) for r in right.essential} == set(left.essential), m
        assert {flip(r) for r in right.spillover} == set(left.spillover), m


def test_every_trigger_point_mark_lies_inside_its_region(atlas, geometry):
    from triggermap.export import mark_position

    for m in atlas.muscles:
        for side in ("right", "left"):
            for p in pattern(atlas, m, side).placements:
                view = atlas.regions[p.region_id].view
                x, y = mark_position(atlas, geometry, p, view)
                assert geometry.views[view].contains(p.region_id, x, y), (m, p.trigger_point.id)
