"""The Study page through AppTest: one session of each kind from start to score, and links."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import click_region, map_data, send_state
from tests.conftest import FIXTURES, ROOT
from triggermap.lookup.explain import lies_words
from triggermap.lookup.query import where_it_lies
from triggermap.outputs.study import Plan
from triggermap.outputs.study_link import parse_study
from triggermap.outputs.study_maps import marks_elsewhere
from triggermap.outputs.study_questions import questions

TIMEOUT = 30
PROGRESS = FIXTURES / "study-progress.json"


def study(**params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page("pages/study.py")
    return at.run()


def _answer_right(at: AppTest, q) -> AppTest:
    """Answer a question as someone who knows it: the checkboxes, or taps on the map."""
    if q.kind in ("pattern", "causes"):
        for m in q.right:
            at.checkbox(key=f"study_pick_{q.number}_{m}").check()
        return at
    if q.kind == "point":  # a finger on the trigger point's ✕ (map.js sends where)
        return click_region(at, q.target_regions[0], "study_map", point=q.targets[0])
    for region in q.right:
        at = click_region(at, region, "study_map")
    return at


@pytest.mark.parametrize("kind", ["pattern", "zones", "point", "causes"])
def test_a_session_of_each_kind_runs_from_start_to_score(atlas, geometry, kind):
    link = f"{kind}.hard.2.5.all"
    expected = questions(atlas, geometry, parse_study(atlas, geometry, link))
    at = study(study=link)
    assert not at.exception
    for q in expected:
        assert any(q.prompt in m.value.replace("\\", "") for m in at.markdown), q.prompt
        before = map_data(at, "study_map")
        assert before["marks"] == []  # the answer is not on the map before checking
        at = _answer_right(at, q).button(key="study_check").click().run()
        assert not at.exception
        assert at.success and at.success[0].value.startswith("**Right**: scored 100%")
        assert any(q.source in m.value.replace("\\", "") for m in at.markdown)
        after = map_data(at, "study_map")
        assert set(after["essential"])  # the true pattern, with its ✕ or where they lie
        off = any("lie off this view" in c.value.replace("\\", "") for c in at.caption)
        assert off == bool(marks_elsewhere(atlas, geometry, q))
        assert after["marks"] or off
        at = at.button(key="study_next").click().run()
    assert at.subheader[0].value == "Your score: 100%"
    assert at.query_params["study"] == link


def test_a_wrong_answer_is_marked_wrong_and_names_what_was_missed(atlas, geometry):
    at = study(study="pattern.easy.1.3.all")
    q = questions(atlas, geometry, Plan("pattern", n=1, seed=3))[0]
    wrong = next(m for m in q.choices if m not in q.right)
    at.checkbox(key=f"study_pick_1_{wrong}").check()
    at = at.button(key="study_check").click().run()
    assert at.error and "**Wrong**: scored 0%" in at.error[0].value
    assert "Missed:" in at.error[0].value


def test_the_form_starts_a_session_and_puts_it_in_the_link():
    at = study()
    at.selectbox(key="study_kind").select("zones")
    at.number_input(key="study_count").set_value(3)
    at.number_input(key="study_seed").set_value(11)
    at = at.button[0].click().run()
    assert not at.exception
    assert at.query_params["study"] == "zones.easy.3.11.all"
    assert any("Question 1 of 3" in c.value for c in at.caption)


def test_a_scope_with_nothing_chosen_gives_a_notice_and_starts_nothing():
    at = study()
    at.selectbox(key="study_scope").select("muscles")
    at = at.run()
    at = at.button[0].click().run()
    assert at.warning and "No session was started" in at.warning[0].value
    assert "study" not in at.query_params


def test_a_bad_study_link_shows_a_notice_and_the_form():
    at = study(study="pattern.easy.10.1.muscles:soleus,[x](javascript:alert(1))")
    assert not at.exception
    notice = at.warning[0].value
    assert notice.startswith("The study link could not be used")
    assert "` [x](javascript:alert(1)) `" in notice  # in a code span: shown, never a link
    assert at.selectbox(key="study_kind")  # the form is there to start afresh


def test_a_study_link_gives_the_same_questions_in_a_fresh_app(atlas, geometry):
    first = study(study="mix.hard.4.77.part:shoulder")
    second = study(study="mix.hard.4.77.part:shoulder")
    prompts = [m.value for m in first.markdown if m.value.startswith("**")]
    assert prompts == [m.value for m in second.markdown if m.value.startswith("**")]


def test_two_muscles_compared_show_both_patterns_apart_and_the_differences_in_words(atlas):
    at = study()
    at.selectbox(key="compare_first").select("gluteus-minimus").run()
    second = at.selectbox(key="compare_second_gluteus-minimus")
    assert second.options[0] != "Gluteus minimus"  # look-alikes first
    at = second.select("piriformis").run()
    data = map_data(at, "compare_map")
    assert "right-calf" in data["essential"] and "right-calf" not in data["pain"]
    assert "right-sacroiliac" in data["spillover"] and "right-sacroiliac" in data["pain"]
    assert "right-buttock" in data["essential"] and "right-buttock" in data["pain"]
    words = " ".join(m.value.replace("\\", "") for m in at.markdown)
    assert "Only Gluteus minimus refers pain" in words and "Only Piriformis refers pain" in words


def test_feedback_opens_a_look_alike_comparison(atlas, geometry):
    at = study(study="zones.hard.1.5.all")
    at = at.button(key="study_check").click().run()
    q = questions(atlas, geometry, Plan("zones", level="hard", n=1, seed=5))[0]
    assert at.expander[0].label == "Tell it apart from a look-alike"
    assert map_data(at, "study_compare_map")["marks"]
    alike = at.selectbox(key="study_alike_1").value
    words = " ".join(m.value.replace("\\", "") for m in at.markdown)
    assert f"Only {atlas.muscles[q.muscle_id].name} refers pain" in words
    assert f"Only {atlas.muscles[alike].name} refers pain" in words


def _storage_data(at: AppTest) -> dict:
    return map_data(at, "study_storage")


def test_an_answer_is_recorded_and_written_to_the_browser_not_the_server(atlas, geometry):
    at = study(study="zones.easy.1.5.all")
    at = at.button(key="study_check").click().run()
    saved = _storage_data(at)["save"]
    q = questions(atlas, geometry, Plan("zones", n=1, seed=5))[0]
    assert f"zones:{q.muscle_id}" in json.loads(saved)["cards"]
    at = at.button(key="study_next").click().run()
    assert _storage_data(at)["save"] is None  # written once, not on every run
    assert any("Due for review now: " in c.value for c in at.caption)


def test_progress_from_the_browser_shows_charts_and_the_weakest_muscles():
    at = study()
    at = send_state(at, "study_storage", stored={"text": PROGRESS.read_text(), "n": 1})
    assert not at.exception
    charts = at.get("plotly_chart")
    assert len(charts) == 2
    titles = {json.loads(c.proto.spec)["layout"]["title"]["text"] for c in charts}
    assert titles == {"Accuracy by body part", "Accuracy by question kind"}
    assert any("The ten weakest muscles" in m.value for m in at.markdown)


def test_hostile_progress_in_the_browser_gives_a_notice_and_changes_nothing():
    at = study()
    at = send_state(at, "study_storage", stored={"text": '{"format": [1, 2]}', "n": 1})
    assert not at.exception
    assert "could not be used" in at.warning[0].value
    assert at.get("plotly_chart") == []


def test_a_card_can_be_flagged_known_from_the_feedback(atlas, geometry):
    at = study(study="point.easy.1.5.all")
    at = at.button(key="study_check").click().run()
    q = questions(atlas, geometry, Plan("point", n=1, seed=5))[0]
    at = at.checkbox(key=f"known_point:{q.muscle_id}").check().run()
    assert json.loads(_storage_data(at)["save"])["cards"][f"point:{q.muscle_id}"]["known"]


def test_the_progress_panel_offers_the_anki_deck_and_the_csv():
    at = study()
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Export progress (JSON)", "Anki deck (.apkg)", "Cards (CSV)"]


def test_the_due_cards_are_reviewed_each_in_its_own_kind():
    at = study()
    at = send_state(at, "study_storage", stored={"text": PROGRESS.read_text(), "n": 1})
    at = next(b for b in at.button if b.label == "Review the due cards").click().run()
    assert not at.exception
    link = at.query_params["study"]
    assert link.startswith("mix.easy.26.0.cards:")
    first_card = link.split("cards:", 1)[1].split(",")[0]
    kind = first_card.split(":")[0]
    names = {"pattern": "Pattern", "zones": "Muscle", "point": "Find", "causes": "Area"}
    assert any(f"Question 1 of 26 · {names[kind]}" in c.value for c in at.caption)


def test_the_feedback_outlines_where_the_muscle_lies_and_says_it_in_words(atlas, geometry):
    link = "pattern.easy.1.3.all"
    q = questions(atlas, geometry, parse_study(atlas, geometry, link))[0]
    at = study(study=link)
    assert map_data(at, "study_map")["belly"] == []  # not before the answer
    at = at.button(key="study_check").click().run()
    # The muscle's own outline where it has one on the view, else the areas it lies under.
    areas, outlines = where_it_lies(atlas, geometry, q.view, (q.muscle_id,))
    assert map_data(at, "study_map")["belly"] == list(areas)
    assert map_data(at, "study_map").get("outlines", []) == list(outlines)
    assert areas or outlines
    sentence = lies_words(atlas, q.muscle_id)
    assert any(sentence in m.value.replace("\\", "") for m in at.markdown)
    assert any("Where the muscle lies" in h.proto.body for h in at.get("html"))  # the legend
