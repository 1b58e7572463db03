"""Where each muscle lies (issue 14): the data's lies_in, its areas on every view, and its words."""

import tomllib

from tests.conftest import ROOT
from triggermap.chart.outline import mirrored, outline_rings
from triggermap.lookup.explain import lies_words
from triggermap.lookup.query import lies_in
from triggermap.outputs.screens import LinkState, explore
from triggermap.outputs.study import Plan
from triggermap.outputs.study_maps import feedback_map, question_map
from triggermap.outputs.study_questions import questions


def test_every_muscle_file_says_where_the_muscle_lies():
    files = sorted((ROOT / "data" / "muscles").glob("*.toml"))
    missing = [f.name for f in files if not tomllib.loads(f.read_text()).get("lies_in")]
    assert files and missing == []


def test_every_trigger_point_lies_in_one_of_its_muscles_areas(atlas):
    for m in atlas.muscles.values():
        for side in ("right", "left"):
            areas = lies_in(atlas, m.id, side)
            for tp in m.trigger_points:
                assert tp.region_on(side, atlas.sided) in areas, (m.id, tp.id, side)


def test_the_areas_are_on_the_muscles_side_and_the_midline_stays_the_midline(atlas):
    assert lies_in(atlas, "soleus", "left") == {"left-calf"}
    assert lies_in(atlas, "sternalis", "left") == {"breastbone"}


def test_a_close_up_area_brings_its_body_region_so_both_charts_draw_it(atlas):
    assert {"right-thenar", "right-palm"} <= lies_in(atlas, "opponens-pollicis")


def test_the_data_can_name_more_than_the_trigger_points_regions(atlas):
    # The obliques' own files place them on the side of the belly as well.
    tp_regions = {p.region for p in atlas.muscles["external-oblique"].trigger_points}
    assert "right-flank" in lies_in(atlas, "external-oblique")
    assert "flank" not in tp_regions


def test_without_lies_in_the_trigger_points_regions_stand_for_it(tiny):
    head = tiny.muscles["head-tester"]
    assert head.lies_in == tuple(dict.fromkeys(tp.region for tp in head.trigger_points))
    assert tiny.muscles["calf-tester"].lies_in == ("calf",)


def test_where_a_muscle_lies_reads_as_a_sentence(atlas):
    assert lies_words(atlas, "soleus") == "Soleus lies under the calf."
    assert (
        lies_words(atlas, "gluteus-medius")
        == "Gluteus medius lies under the buttock and side of hip."
    )


def test_a_muscle_without_its_own_outline_is_shown_by_the_areas_it_lies_under(atlas, geometry):
    assert not atlas.muscles["longissimus-thoracis"].outline
    back = explore(
        atlas, geometry, LinkState(view="back", muscle="longissimus-thoracis", side="left")
    )
    assert back.map.belly == ("left-low-back", "left-mid-back")
    assert back.map.outlines == ()
    front = explore(atlas, geometry, LinkState(view="front", muscle="longissimus-thoracis"))
    assert front.map.belly == ()  # the back is drawn on the back view only


def test_a_muscle_with_its_own_outline_is_drawn_by_it_instead_of_its_areas(atlas, geometry):
    written = dict(atlas.muscles["upper-trapezius"].outline)["back"]
    right = explore(atlas, geometry, LinkState(view="back", muscle="upper-trapezius"))
    assert right.map.outlines == (written,)
    assert right.map.belly == ()
    # The left side is the mirror image, as the trigger points' positions are.
    left = explore(atlas, geometry, LinkState(view="back", muscle="upper-trapezius", side="left"))
    assert left.map.outlines == (mirrored(written, geometry.views["back"].width),)
    assert outline_rings(left.map.outlines[0])[0][0] == (400 - 202, 100)
    # A view the muscle has no outline for falls back to its areas (none drawn on the front).
    front = explore(atlas, geometry, LinkState(view="front", muscle="upper-trapezius"))
    assert (front.map.outlines, front.map.belly) == ((), ())


def test_the_deltoid_has_an_outline_on_both_body_views(atlas, geometry):
    for view in ("front", "back"):
        shown = explore(atlas, geometry, LinkState(view=view, muscle="deltoid"))
        assert len(shown.map.outlines) == 1 and shown.map.belly == (), view


def test_a_tapped_area_without_a_muscle_outlines_nothing(atlas, geometry):
    shown = explore(atlas, geometry, LinkState(view="back", region="right-calf"))
    assert shown.map.belly == ()


def test_study_feedback_draws_each_muscles_outline_or_its_areas_and_the_question_neither(
    atlas, geometry
):
    outlined = shapes = 0
    for kind in ("pattern", "zones", "point", "causes"):
        for q in questions(atlas, geometry, Plan(kind=kind, n=4, seed=3)):
            muscles = q.right if kind == "causes" else (q.muscle_id,)
            own = [dict(atlas.muscles[m].outline).get(q.view) for m in muscles]
            drawn = set(geometry.views[q.view].paths)
            bare = [m for m, d in zip(muscles, own, strict=True) if d is None]
            areas = {r for m in bare for r in lies_in(atlas, m)}
            shown = feedback_map(atlas, geometry, q)
            assert set(shown.belly) == areas & drawn
            assert shown.outlines == tuple(d for d in own if d is not None)
            assert question_map(q).belly == () and question_map(q).outlines == ()
            outlined += bool(shown.belly or shown.outlines)
            shapes += len(shown.outlines)
    assert outlined >= 8  # most questions' views draw where their muscle lies
    assert shapes >= 1  # and some of them by the muscle's own outline
