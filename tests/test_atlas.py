"""The real atlas: enough muscles across the body, and internally consistent."""

from triggermap.lookup.query import pattern
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
    from triggermap.outputs.export import mark_position

    for m in atlas.muscles:
        for side in ("right", "left"):
            for p in pattern(atlas, m, side).placements:
                view = atlas.regions[p.region_id].view
                x, y = mark_position(atlas, geometry, p, view)
                assert geometry.views[view].contains(p.region_id, x, y), (m, p.trigger_point.id)


def test_the_atlas_covers_at_least_125_muscles_and_233_trigger_points(atlas):
    # Issue 3 asked for 220 trigger points and issue 12 for 240. The count is 233: the
    # missing muscles of issue 12 are in, and the separate locations Travell & Simons
    # give (as retold by the stored public pages) were checked muscle by muscle and are
    # in; a scalenus minimus entry written from memory was removed for want of a
    # source. A second pass found one published pattern the atlas lacked (the superior
    # oblique, Fernandez-de-las-Penas 2005 and 2006); the fifth vastus lateralis point has no
    # readable source for its own pattern, trapezius TrP7 gives goose-flesh, not pain,
    # and the cervical multifidi point is posterior cervical TrP1, already in. A third
    # pass added the three points whose own location and pattern a published
    # experiment gives (pronator quadratus and abductor pollicis longus, Hwang 2005;
    # the lumbar multifidus at L5, Cornwall 2006). The rest of the way to 240 would take
    # borrowed (derived) patterns or unsourced ones, not findings. Raise this as
    # locations are verified.
    assert len(atlas.muscles) >= 125
    assert sum(len(m.trigger_points) for m in atlas.muscles.values()) >= 233


def test_the_atlas_names_the_conditions_dry_needling_clinics_treat(atlas):
    names = {c.name.lower() for c in atlas.conditions.values()}
    for wanted in (
        "headaches",
        "migraine",
        "arthritis-related pain",
        "carpal tunnel syndrome",
        "chronic pain",
        "muscle tightness",
    ):
        assert wanted in names
    assert len(atlas.conditions) >= 30


def test_every_condition_is_linked_to_at_least_one_muscle(atlas):
    from triggermap.lookup.query import muscles_for_condition

    for cid in atlas.conditions:
        assert muscles_for_condition(atlas, cid), cid


def test_every_muscle_carries_needling_notes_and_factors(atlas):
    for m in atlas.muscles.values():
        assert m.needling.precautions and m.factors and m.plain_name, m.id


def test_a_detail_area_zone_shows_on_its_full_body_parent(atlas):
    from triggermap.lookup.query import family

    assert "right-palm" in family(atlas, "right-thenar")
    assert "right-thenar" in family(atlas, "right-palm")
