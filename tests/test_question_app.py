"""The body map answers the patient's question by default: where can pain felt here come from."""

from tests.apptest_helpers import answer_data, click_region, fetch_index, map_data
from tests.test_app import app


def records(data: dict) -> dict:
    """The trigger points' records the marks name: on the body map, the tap index's."""
    return data["answers"]["index"]["trigger_points"]


def marked(data: dict, muscle: str) -> bool:
    """Whether the map draws a ✕ for one of the muscle's trigger points (its record names it)."""
    tps = records(data)
    return any(tps[k]["muscle"] == muscle for m in data["marks"] for k in m["keys"])


def test_tapping_the_heel_marks_the_trigger_points_that_can_send_pain_there():
    at = fetch_index(app(view="back").run())
    at = click_region(at, "right-heel")
    assert not at.exception
    data, panel = map_data(at), answer_data(at)["panel"]
    assert data["question"] == "sources" and data["selected"] == ["right-heel"]
    assert marked(data, "Soleus") and marked(data, "Quadratus plantae")
    assert {"soleus", "quadratus-plantae"} <= set(panel["sources"]["essential"])
    assert "right-calf" in data["lies"], "soleus lies in the calf"
    assert data["essential"] == [] and data["spillover"] == []


def test_the_chart_ranks_the_same_muscles_in_the_same_order_as_the_panel():
    at = fetch_index(app(view="back").run())
    at = click_region(at, "right-heel")
    data, answer = map_data(at), answer_data(at)
    listed = answer["panel"]["sources"]["essential"] + answer["panel"]["sources"]["spillover"]
    for m in data["marks"]:
        muscles = {records(data)[k]["muscle_id"] for k in m["keys"]}
        assert m["rank"] >= 1 and listed[m["rank"] - 1] in muscles
    assert answer["question"] == "sources"


def test_the_switch_answers_where_the_trigger_points_here_send_pain_and_stays_in_the_link():
    at = app(view="back").run()
    at.segmented_control(key="question_pick").set_value("referral").run()
    at = click_region(at, "right-calf")
    assert not at.exception
    data = map_data(at)
    assert data["question"] == "referral" and "right-heel" in data["essential"]
    assert all(m["rank"] == 0 for m in data["marks"])
    assert answer_data(at)["question"] == "referral"
    assert at.query_params["question"] == "referral"


def test_a_link_with_the_question_opens_on_it():
    at = app(view="back", region="right-calf", question="referral").run()
    assert not at.exception
    assert at.segmented_control(key="question_pick").value == "referral"
    assert "right-heel" in map_data(at)["essential"]


def test_an_unknown_question_in_the_link_is_ignored_with_a_notice():
    at = app(view="back", region="right-heel", question="<b>why</b>").run()
    assert not at.exception
    assert any("question" in w.value and "is not known" in w.value for w in at.warning)
    assert map_data(at)["question"] == "sources"
    assert "question" not in at.query_params
