"""The symptom finder and conditions pages through AppTest."""

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import click_region, map_data
from tests.conftest import ROOT

TIMEOUT = 30


def finder(**params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page("pages/symptom_finder.py")
    return at.run()


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def test_the_finder_page_renders_empty_with_its_disclaimer():
    at = finder()
    assert not at.exception
    assert map_data(at, "finder_map")["pain"] == []
    assert any("not a diagnosis" in i.value for i in at.info)


def test_clicks_mark_and_unmark_areas_and_rank_candidates():
    at = finder(view="head")
    at = click_region(at, "right-temple", "finder_map")
    at = click_region(at, "right-side-of-neck", "finder_map")
    data = map_data(at, "finder_map")
    assert {"right-temple", "right-side-of-neck"} <= set(data["pain"])
    assert any("Upper trapezius" in m.value for m in at.markdown if m.value.startswith("#####"))
    assert "right-temple" in at.query_params["pain"]
    at = click_region(at, "right-temple", "finder_map")
    assert "right-temple" not in map_data(at, "finder_map")["pain"]


@pytest.mark.parametrize(
    ("view", "region"),
    [("hand-palm", "right-index-finger-palm-side"), ("foot-sole", "left-big-toe-underside")],
)
def test_the_hand_and_foot_close_ups_can_be_drawn_on(view, region):
    at = finder()
    at.segmented_control(key="finder_view").set_value(view).run()
    assert map_data(at, "finder_map")["view"] == view
    at = click_region(at, region, "finder_map")
    assert region in map_data(at, "finder_map")["pain"]
    assert region in at.query_params["pain"] and at.query_params["view"] == view


def test_next_candidate_overlays_a_different_muscle():
    from triggermap.atlas.loading import load_atlas
    from triggermap.lookup.query import pattern
    from triggermap.lookup.ranking import pain_sources

    atlas = load_atlas()
    second = pain_sources(atlas, ["right-heel"])[1]
    at = finder(pain="right-heel")
    heading = [m.value for m in at.markdown if m.value.startswith("#####")][0]
    at.button(key="cand-next").click().run()
    heading2 = [m.value for m in at.markdown if m.value.startswith("#####")][0]
    assert (
        heading != heading2
        and heading2 == f"##### 2 of {heading.split(' of ')[1].split(':')[0]}: {second.muscle}"
    )
    overlay = set(map_data(at, "finder_map")["essential"])
    assert overlay == set().union(
        *(pattern(atlas, second.muscle_id, s).essential for s in second.sides)
    )


def plain(at: AppTest) -> list[str]:
    """Every markdown text of the page, with its backslash escapes undone."""
    return [re.sub(r"\\(.)", r"\1", m.value) for m in at.markdown]


def test_the_marked_areas_are_listed_in_words_with_their_side():
    at = finder(pain="right-temple,right-side-of-neck,left-heel")
    assert "**You marked:** right temple, right side of neck, left heel" in plain(at)


def test_marked_areas_whose_names_hold_a_comma_are_kept_apart_with_semicolons():
    at = finder(pain="left-thumb-palm-side,left-palm")
    assert "**You marked:** left thumb, palm side; left palm" in plain(at)


def test_heel_temple_and_neck_are_two_complaints_each_with_its_own_candidates():
    at = finder(pain="right-temple,right-side-of-neck,left-heel")
    lines = plain(at)
    assert "These look like 2 separate complaints, each with its own likely muscles:" in lines
    head = next(t for t in lines if t.startswith("- **Head and neck (right temple, right side"))
    heel = next(t for t in lines if t.startswith("- **Heel (left heel):** "))
    assert head.split(":** ")[1].startswith("Upper trapezius")
    assert {"Soleus", "Quadratus plantae"} <= set(heel.split(":** ")[1].split(", "))
    # Stepping on shows the best for the other complaint next, and says which one it is for.
    at.button(key="cand-next").click().run()
    heading = [m for m in plain(at) if m.startswith("#####")][0]
    assert heading.startswith("##### 2 of ")
    assert any(
        t.startswith("For your heel: its main referral zone covers your left heel")
        for t in plain(at)
    )


def test_every_candidate_is_explained_in_words_with_no_bare_score():
    at = finder(pain="right-temple,right-side-of-neck,left-heel")
    listed = [t for t in plain(at) if re.match(r"\d+\. (▶ )?\*\*", t)]
    assert len(listed) > 10
    assert all("found trigger point" in t for t in listed)
    assert not any(re.search(r"\(\d|\d\.\d", t) for t in listed)


def test_clear_everything_empties_the_drawing_and_the_link():
    at = finder(pain="right-heel:5,left-heel", ask="after-injury")
    assert map_data(at, "finder_map")["pain"]
    at = next(b for b in at.button if b.label == "Clear everything").click().run()
    assert map_data(at, "finder_map")["pain"] == []
    assert "pain" not in at.query_params and not errors(at)


def test_a_link_reopens_the_same_drawing_with_intensities():
    at = finder(pain="right-temple:8,right-side-of-neck", view="back")
    data = map_data(at, "finder_map")
    assert data["view"] == "back"
    assert {"right-temple", "right-side-of-neck"} <= set(data["pain"])
    assert at.select_slider(key="int-right-temple").value == 8


def test_left_chest_and_left_inner_arm_show_the_cardiac_flag_above_the_results():
    at = finder(pain="left-upper-chest,left-inner-upper-arm")
    assert any("come from the heart" in e for e in errors(at))


@pytest.mark.parametrize(
    "pain",
    ["right-nowhere", "right-heel:99", "<script>x</script>", "right-heel,right-heel", "a" * 4000],
)
def test_a_bad_shared_link_gives_a_notice_and_an_empty_drawing(pain):
    at = finder(pain=pain)
    assert not at.exception
    assert any("was not loaded" in w.value for w in at.warning)
    assert map_data(at, "finder_map")["pain"] == []


def test_the_conditions_page_shows_a_conditions_muscles_together():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.switch_page("pages/conditions.py").run()
    assert not at.exception
    at.selectbox(key="condition_pick").select("plantar-heel-pain").run()
    data = map_data(at, "condition_map")
    assert "right-heel" in data["essential"]
    assert any("Soleus" in m.value for m in at.markdown)
    assert any("not a diagnosis" in i.value for i in at.info)
