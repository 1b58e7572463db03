"""Where each muscle lies (issue 14): the data's lies_in, its areas on every view, and its words."""

import tomllib

from tests.conftest import ROOT
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


def test_the_muscle_view_outlines_where_the_muscle_lies_on_the_view_shown(atlas, geometry):
    back = explore(atlas, geometry, LinkState(view="back", muscle="upper-trapezius", side="left"))
    assert back.map.belly == ("left-top-of-shoulder",)
    front = explore(atlas, geometry, LinkState(view="front", muscle="soleus"))
    assert front.map.belly == ()  # the calf is drawn on the back view only


def test_a_tapped_area_without_a_muscle_outlines_nothing(atlas, geometry):
    shown = explore(atlas, geometry, LinkState(view="back", region="right-calf"))
    assert shown.map.belly == ()


def test_study_feedback_outlines_where_the_muscle_lies_and_the_open_question_does_not(
    atlas, geometry
):
    outlined = 0
    for kind in ("pattern", "zones", "point", "causes"):
        for q in questions(atlas, geometry, Plan(kind=kind, n=4, seed=3)):
            muscles = q.right if kind == "causes" else (q.muscle_id,)
            drawn = set(geometry.views[q.view].paths)
            expected = {r for m in muscles for r in lies_in(atlas, m)} & drawn
            assert set(feedback_map(atlas, geometry, q).belly) == expected
            assert question_map(q).belly == ()
            outlined += bool(expected)
    assert outlined >= 8  # most questions' views draw where their muscle lies
