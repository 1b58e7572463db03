"""Presentation mode: the queue in the link is checked, each slide shows every view its pattern
touches, and the page steps through the queue without navigation or clinician notes."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import map_data
from tests.conftest import ROOT
from triggermap.lookup.query import pattern
from triggermap.outputs.present import (
    DRAWING,
    MAX_QUEUE,
    SLIDE_VIEWS,
    Presentation,
    parse_presentation,
    presentation_params,
    queue_for,
    slide,
)
from triggermap.outputs.screens import LinkState, candidates

LINK = {"present": "1", "queue": "upper-trapezius,levator-scapulae"}


def test_the_issues_link_opens_the_first_of_two_muscles_with_nothing_left_out(atlas):
    shown, notices = parse_presentation(atlas, LINK)
    assert shown == Presentation(("upper-trapezius", "levator-scapulae"), "right", 0)
    assert notices == ()


def test_names_and_aliases_are_accepted_and_a_repeated_muscle_is_shown_once(atlas):
    shown, _ = parse_presentation(atlas, {"queue": " Upper trapezius ,upper-trapezius,SOLEUS"})
    assert shown.queue == ("upper-trapezius", "soleus")


def test_unknown_entries_are_named_in_one_notice_and_the_rest_still_work(atlas):
    shown, notices = parse_presentation(atlas, {"queue": "upper-trapezius,not-a-muscle,[x](y)"})
    assert shown.queue == ("upper-trapezius",)
    assert len(notices) == 1
    assert notices[0].values == ("not-a-muscle, [x](y)",)
    assert "were left out" in str(notices[0])


def test_a_queue_longer_than_the_limit_keeps_its_first_muscles_and_says_so(atlas):
    many = ",".join(list(atlas.muscles)[: MAX_QUEUE + 3])
    shown, notices = parse_presentation(atlas, {"queue": many})
    assert shown.queue == tuple(list(atlas.muscles)[:MAX_QUEUE])
    assert [str(n) for n in notices] == [
        f"The queue holds at most {MAX_QUEUE} muscles; the rest were left out."
    ]


def test_a_queue_of_pasted_text_is_ignored_whole(atlas):
    shown, notices = parse_presentation(atlas, {"queue": "soleus," * 400})
    assert shown.queue == () and "too long" in str(notices[0])


@pytest.mark.parametrize(
    ("step", "opened", "noticed"), [("2", 1, False), ("3", 0, True), ("x", 0, True)]
)
def test_the_step_in_the_link_opens_that_slide_or_the_first_with_a_notice(
    atlas, step, opened, noticed
):
    shown, notices = parse_presentation(atlas, LINK | {"step": step})
    assert shown.step == opened
    assert bool(notices) == noticed


def test_an_unknown_side_falls_back_to_the_right_with_a_notice(atlas):
    shown, notices = parse_presentation(atlas, LINK | {"side": "middle"})
    assert shown.side == "right" and notices[0].values == ("middle",)


def test_a_link_reopens_the_same_presentation_on_the_same_slide(atlas):
    shown, _ = parse_presentation(
        atlas, LINK | {"side": "left", "pain": "right-temple:7,right-side-of-neck", "step": "3"}
    )
    again, notices = parse_presentation(atlas, presentation_params(shown))
    assert again == shown and notices == ()


def test_steps_stay_within_the_queue(atlas):
    shown, _ = parse_presentation(atlas, LINK)
    assert shown.moved(-1).step == 0
    assert shown.moved(1).step == 1
    assert shown.moved(5).step == 1


def _touched(atlas, geometry, muscle_id: str, side: str) -> list[str]:
    pat = pattern(atlas, muscle_id, side)
    zones = pat.essential | pat.spillover
    lies = {p.region_id for p in pat.placements} | {
        atlas.regions[p.region_id].parent for p in pat.placements
    }
    return [v for v in SLIDE_VIEWS if (zones | lies) & set(geometry.views[v].paths)]


@pytest.mark.parametrize(
    "muscle_id", ["upper-trapezius", "levator-scapulae", "soleus", "temporalis"]
)
def test_a_slide_shows_the_pattern_on_every_view_it_touches_and_no_other(
    atlas, geometry, muscle_id
):
    shown = Presentation((muscle_id,), "left")
    current = slide(atlas, geometry, shown)
    assert current.title == atlas.muscles[muscle_id].name
    assert [m.view for m in current.maps] == _touched(atlas, geometry, muscle_id, "left")
    for state in current.maps:
        drawn = set(geometry.views[state.view].paths)
        assert state.marks or drawn & set(state.essential + state.spillover)


def test_a_pain_drawing_opens_first_on_the_views_that_draw_it(atlas, geometry):
    shown, _ = parse_presentation(atlas, LINK | {"pain": "right-temple,right-calf"})
    first = slide(atlas, geometry, shown)
    assert first.title == DRAWING and first.muscle_id is None
    marked = {"right-temple", "right-calf"}
    drawn = [v for v in SLIDE_VIEWS if marked & set(geometry.views[v].paths)]
    assert [m.view for m in first.maps] == drawn and "back" in drawn and "head" in drawn
    assert all(set(m.pain) >= marked for m in first.maps)
    assert slide(atlas, geometry, shown.moved(1)).muscle_id == "upper-trapezius"


def test_a_bad_pain_drawing_is_left_out_with_a_notice_and_the_queue_still_works(atlas):
    shown, notices = parse_presentation(atlas, LINK | {"pain": "right-temple,nowhere"})
    assert shown.drawing is None and shown.queue == ("upper-trapezius", "levator-scapulae")
    assert "nowhere" in notices[0].values


def test_the_body_map_presents_its_muscle_or_the_likeliest_sources_of_a_tapped_area(atlas):
    assert queue_for(atlas, LinkState(muscle="soleus", side="left")) == {
        "present": "1",
        "queue": "soleus",
        "side": "left",
    }
    tapped = queue_for(atlas, LinkState(view="back", region="right-heel"))
    assert tapped["queue"].split(",") == list(candidates(atlas, "right-heel")[:5])
    assert queue_for(atlas, LinkState()) == {}


def present(**params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def _maps(at: AppTest) -> list[str]:
    return [e.proto.id.rsplit("present_map_", 1)[1] for e in at.get("bidi_component")]


def test_the_link_opens_presentation_mode_at_the_root_without_clinician_notes(atlas, geometry):
    at = present(**LINK)
    assert not at.exception
    assert at.title[0].value == "Upper trapezius"
    assert _maps(at) == [
        m.view for m in slide(atlas, geometry, Presentation(("upper-trapezius",))).maps
    ]
    # No needling notes, factors or sources: the one expander is the take-home handout.
    assert [e.label for e in at.expander] == ["Take-home handout (PDF or picture)"]
    assert "needl" not in " ".join(m.value for m in at.markdown).lower()
    assert "Educational only" in at.caption[-1].value
    assert map_data(at, "present_map_back")["marks"]
    # Where it lies: the upper trapezius's own outline, not the area it lies under.
    own = dict(atlas.muscles["upper-trapezius"].outline)["back"]
    assert map_data(at, "present_map_back")["outlines"] == [own]
    assert map_data(at, "present_map_back")["belly"] == []
    assert any("Where it lies" in m.value for m in at.markdown)


def test_next_and_previous_step_the_queue_and_keep_the_step_in_the_link():
    at = present(**LINK)
    assert at.button(key="present-previous").disabled
    at.button(key="present-next").click().run()
    assert at.title[0].value == "Levator scapulae"
    assert at.query_params["step"] == "2"
    assert at.button(key="present-next").disabled
    at.button(key="present-previous").click().run()
    assert at.title[0].value == "Upper trapezius"


def test_bad_queue_entries_are_named_and_the_good_ones_shown():
    at = present(present="1", queue="levator-scapulae,not-a-muscle")
    assert "not-a-muscle" in at.warning[0].value
    assert at.title[0].value == "Levator scapulae"


def test_without_a_queue_the_therapist_picks_muscles_and_starts():
    at = present(present="1")
    assert not at.exception and at.button[0].disabled
    at.multiselect(key="present_pick").set_value(["soleus", "gastrocnemius"]).run()
    at.radio(key="present_side").set_value("left").run()
    at.button[0].click().run()
    assert at.query_params["queue"] == "soleus,gastrocnemius"
    assert at.title[0].value == "Soleus"


def test_the_body_map_offers_to_present_the_muscle_it_shows():
    at = present(view="back", muscle="soleus", side="left")
    link = next(p for p in at.get("page_link") if p.proto.label == "Present full screen")
    assert link.proto.page == "present"
    assert "queue=soleus" in link.proto.query_string and "side=left" in link.proto.query_string


def test_the_symptom_finder_presents_the_drawing_then_its_likeliest_muscles(atlas):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["pain"] = "right-temple:7,right-side-of-neck"
    at.switch_page("pages/symptom_finder.py")
    at.run()
    link = next(p for p in at.get("page_link") if p.proto.label == "Present full screen")
    shown, notices = parse_presentation(atlas, dict(parse_qsl(link.proto.query_string)))
    assert notices == ()
    assert list(shown.drawing.areas) == ["right-temple", "right-side-of-neck"]
    assert shown.drawing.areas["right-temple"] == 7
    assert 1 <= len(shown.queue) <= 5 and shown.step == 0


def test_every_muscle_in_the_atlas_has_a_slide_with_at_least_one_view(atlas, geometry):
    empty = [
        mid
        for mid in atlas.muscles
        for side in ("right", "left")
        if not slide(atlas, geometry, Presentation((mid,), side)).maps
    ]
    assert empty == []
