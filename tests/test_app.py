"""The app through AppTest: every page renders, map clicks and links drive the screen."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import answer_data, click_region, fetch_index, map_data, send_state
from tests.conftest import ROOT
from triggermap.chart.outline import mirrored

TIMEOUT = 30


def app(**params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    return at


def text_of(at: AppTest) -> str:
    parts = [
        e.value
        for kind in ("markdown", "caption", "subheader", "title", "warning", "info")
        for e in at.get(kind)
        if isinstance(getattr(e, "value", None), str)
    ]
    parts += [b.label for b in at.button]
    parts += [h.proto.body for h in at.get("html")]  # the legend, static markup (ui/bodymap)
    return "\n".join(parts)


def test_the_body_map_page_renders_without_errors():
    at = app().run()
    assert not at.exception
    assert at.title[0].value == "Trigger-point body map"
    assert map_data(at)["view"] == "front"
    assert "not a diagnosis" in text_of(at)


def test_the_about_page_renders_and_lists_the_sources():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.switch_page("pages/about.py").run()
    assert not at.exception
    assert "Travell" in text_of(at)


def test_clicking_a_region_on_the_map_shows_its_trigger_points_and_sources():
    at = app(view="back", question="referral").run()
    at = click_region(at, "right-calf")
    assert not at.exception
    data = map_data(at)
    assert data["selected"] == ["right-calf"]
    assert data["marks"], "the calf's trigger points are drawn as marks"
    assert "right-heel" in data["essential"]
    answer = answer_data(at)
    assert answer["panel"]["name"] == "Right calf"
    assert "soleus" in {tp["muscle"] for tp in answer["panel"]["here"]}
    assert answer["muscles"]["soleus"] == "Soleus"
    assert "soleus" in answer["panel"]["sources"]["essential"]
    assert at.query_params["region"] == "right-calf"


def test_the_first_page_goes_without_the_tap_index_which_comes_when_the_browser_asks():
    at = app(view="back").run()
    first = map_data(at)["answers"]
    assert "index" not in first and first["id"], "600 KB would hold up the first paint"
    at = fetch_index(at)
    sent = map_data(at)["answers"]
    assert sent["index"]["id"] == sent["id"] == first["id"]
    assert "right-calf" in sent["index"]["map"]["back"]


def test_a_tab_that_holds_the_index_already_says_so_and_is_never_sent_it():
    at = app(view="back").run()
    at = send_state(at, "body_map", index=map_data(at)["answers"]["id"])
    answers = map_data(at)["answers"]
    assert "index" not in answers and answers["held"]


def test_the_tap_index_goes_to_the_browser_until_the_browser_says_it_holds_it():
    at = fetch_index(app(view="back").run())
    sent = map_data(at)["answers"]
    assert sent["index"]["id"] == sent["id"] and "right-calf" in sent["index"]["map"]["back"]
    at = click_region(at, "right-calf")
    assert "index" in map_data(at)["answers"], "sent until the browser says it holds it"
    at = send_state(at, "body_map", index=sent["id"])
    assert "index" not in map_data(at)["answers"]
    at = click_region(at, "right-heel")
    answers = map_data(at)["answers"]
    assert "index" not in answers and answers["tap"] > 0
    assert answer_data(at)["tap"] == answers["tap"], "the panel belongs to the same tap"


def test_a_tab_that_lost_the_index_is_sent_it_again():
    at = fetch_index(app(view="back").run())
    index_id = map_data(at)["answers"]["id"]
    at = send_state(at, "body_map", index=index_id)
    assert "index" not in map_data(at)["answers"]
    at = send_state(at, "body_map", index=None)  # map.js: a reference it could not fill
    assert not at.exception
    assert map_data(at)["answers"]["index"]["id"] == index_id


@pytest.mark.parametrize("question, records", [("sources", "sources"), ("referral", "map")])
def test_the_server_answer_to_a_tap_is_the_record_the_browser_showed(question, records):
    at = fetch_index(app(view="back", question=question).run())
    index = map_data(at)["answers"]["index"]
    at = click_region(at, "right-calf")
    data, answer = map_data(at), answer_data(at)
    local = index[records]["back"]["right-calf"]
    assert data["essential"] == local["essential"] and data["spillover"] == local["spillover"]
    assert data["marks"] == local["marks"] and data["lies"] == local["lies"]
    assert answer["panel"]["id"] == "right-calf"
    assert answer["panel"] == json.loads(json.dumps(index["panels"]["right-calf"]))


def test_the_index_is_not_sent_again_when_the_user_comes_back_to_the_page():
    at = app(view="back").run()
    at = send_state(at, "body_map", index=map_data(at)["answers"]["id"])
    at.switch_page("pages/about.py").run()
    at.switch_page("pages/body_map.py").run()
    assert not at.exception
    assert "index" not in map_data(at)["answers"]


def test_a_link_notice_stays_through_the_pages_own_rerun_and_goes_at_the_first_tap():
    at = app(region="right-nowhere").run()
    at = send_state(at, "body_map", index=map_data(at)["answers"]["id"])
    assert any("is not known" in w.value for w in at.warning)
    at = click_region(at, "right-heel")
    assert not any("is not known" in w.value for w in at.warning)


def test_a_muscle_picked_in_the_region_panel_shows_its_pattern():
    at = app(view="back").run()
    at = click_region(at, "right-heel")
    at = send_state(at, "region_answer", muscle={"muscle": "soleus", "side": "right", "pick": 1})
    assert not at.exception
    assert "Soleus (right side)" in text_of(at)
    assert at.query_params["muscle"] == "soleus"


def test_a_panel_pick_naming_no_known_muscle_changes_nothing():
    at = app(view="back").run()
    at = click_region(at, "right-heel")
    at = send_state(at, "region_answer", muscle={"muscle": "<b>nope</b>", "pick": 1})
    assert not at.exception
    assert "muscle" not in at.query_params and answer_data(at)["panel"]["id"] == "right-heel"


def test_choosing_an_area_in_the_search_box_selects_it_and_switches_view():
    at = app().run()
    at.selectbox(key="region_pick").select("right-jaw-joint").run()
    assert not at.exception
    data = map_data(at)
    assert data["view"] == "head" and data["selected"] == ["right-jaw-joint"]


def test_choosing_a_muscle_shows_its_pattern_and_facts():
    at = app(view="back").run()
    at.selectbox(key="muscle_pick").select("upper-trapezius").run()
    data = map_data(at)
    assert "right-back-of-neck" in data["essential"] or "right-side-of-neck" in data["essential"]
    text = text_of(at)
    assert "Upper trapezius (right side)" in text and "Self-care" in text
    assert at.query_params["muscle"] == "upper-trapezius"


def test_a_link_reopens_the_same_screen():
    at = app(view="back", region="left-heel", muscle="soleus", side="left").run()
    data = map_data(at)
    assert data["view"] == "back" and data["selected"] == ["left-heel"]
    assert "left-heel" in data["essential"]
    assert "Soleus (left side)" in text_of(at)


@pytest.mark.parametrize(
    "params",
    [
        {"region": "right-nowhere"},
        {"view": "sideways"},
        {"muscle": "<script>alert(1)</script>"},
        {"side": "middle", "region": "left-heel"},
    ],
)
def test_an_unknown_value_in_the_link_is_ignored_with_a_notice(params):
    at = app(**params).run()
    assert not at.exception
    assert any("is not known" in w.value for w in at.warning)
    assert map_data(at)["view"] in ("front", "back", "head")


def test_the_library_page_lists_and_filters_muscles():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.switch_page("pages/library.py").run()
    assert not at.exception
    everything = len(at.dataframe[0].value)
    at.text_input[0].input("trapezius").run()
    names = list(at.dataframe[0].value["muscle"])
    assert names and all("trapezius" in n.lower() for n in names) and len(names) < everything


def test_the_coverage_page_colours_the_chart_by_referral_density():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.switch_page("pages/coverage.py").run()
    assert not at.exception
    heat = map_data(at, "coverage_map")["heat"]
    assert heat and max(heat.values()) == 5
    assert len(at.get("plotly_chart")) == 2


def test_the_body_map_offers_a_zoom_into_the_hand_and_back():
    at = app(view="front", region="right-palm").run()
    zoom = next(b for b in at.button if b.label.startswith("Zoom into"))
    zoom.click().run()
    assert map_data(at)["view"] == "hand-palm"
    back = next(b for b in at.button if b.label == "Back to the whole body")
    back.click().run()
    assert map_data(at)["view"] == "front"


def test_the_muscle_view_names_each_patterns_chapter_and_flags_a_derived_one():
    at = app(view="back", muscle="gemelli", side="right").run()
    text = text_of(at).replace("\\", "")  # the markdown source escapes commas and brackets
    assert "Derived, not from a published figure" in text
    assert "Piriformis and Other Short Lateral Rotators" in text


def test_a_chosen_muscle_is_outlined_where_it_lies_and_the_legend_and_panel_say_so(atlas, geometry):
    at = app(view="back", muscle="gluteus-medius", side="left").run()
    # Its own outline, mirrored for the left side, instead of the areas it lies under.
    own = dict(atlas.muscles["gluteus-medius"].outline)["back"]
    assert map_data(at)["outlines"] == [mirrored(own, geometry.views["back"].width)]
    assert map_data(at)["belly"] == []
    text = text_of(at)
    assert "Where the muscle lies (dashed outline)" in text
    assert "Gluteus medius lies under the buttock and side of hip." in text.replace("\\", "")


def test_a_muscle_without_its_own_outline_is_outlined_by_the_areas_it_lies_under():
    at = app(view="back", muscle="longissimus-thoracis", side="right").run()
    assert map_data(at)["belly"] == ["right-low-back", "right-mid-back"]
    assert "outlines" not in map_data(at)  # not even the empty key travels
    assert "Where the muscle lies (dashed outline)" in text_of(at)


def test_without_a_muscle_nothing_is_outlined_and_the_legend_does_not_name_it():
    at = app(view="back", region="right-calf").run()
    assert map_data(at).get("belly", []) == [] and "outlines" not in map_data(at)
    assert "Where the muscle lies" not in text_of(at)
