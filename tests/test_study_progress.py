"""Study progress: spaced-repetition cards, the progress file, and the chart tables."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from tests.conftest import FIXTURES
from triggermap.outputs.study_charts import accuracy_table, weakest
from triggermap.outputs.study_progress import (
    MAX_BYTES,
    Progress,
    ProgressError,
    card_key,
    due,
    parse_progress,
    progress_json,
    rating,
    record,
    set_known,
)

NOW = datetime(2026, 11, 1, 9, tzinfo=UTC)
FIXTURE = FIXTURES / "study-progress.json"


def test_a_right_answer_is_good_a_partial_one_hard_and_a_wrong_one_again():
    assert rating(1.0) == Rating.Good
    assert rating(0.5) == rating(0.01) == Rating.Hard
    assert rating(0.0) == Rating.Again


def test_a_wrong_answer_comes_back_sooner_than_a_right_one():
    p = record(Progress({}), "pattern", "soleus", 1.0, NOW)
    p = record(p, "zones", "soleus", 0.0, NOW)
    right, wrong = p.cards["pattern:soleus"]["due"], p.cards["zones:soleus"]["due"]
    assert wrong < right
    assert due(p, NOW) == ()
    assert due(p, NOW + timedelta(days=2)) == ("zones:soleus", "pattern:soleus")
    assert [a.score for a in p.history] == [1.0, 0.0]


def test_the_same_answers_at_the_same_times_give_the_same_schedule():
    def run():
        p = Progress({})
        for day in range(4):
            p = record(p, "point", "piriformis", day % 2, NOW + timedelta(days=day))
        return p

    assert run() == run()


def test_a_card_flagged_known_is_never_due_and_keeps_its_schedule():
    p = record(Progress({}), "causes", "deltoid", 0.0, NOW)
    known = set_known(p, card_key("causes", "deltoid"), True)
    assert due(known, NOW + timedelta(days=30)) == ()
    assert known.cards["causes:deltoid"]["due"] == p.cards["causes:deltoid"]["due"]
    known = record(known, "causes", "deltoid", 1.0, NOW + timedelta(days=1))
    assert known.cards["causes:deltoid"]["known"] is True


def test_progress_round_trips_through_its_json_file(atlas):
    p = record(record(Progress({}), "pattern", "soleus", 1.0, NOW), "zones", "masseter", 0.5, NOW)
    assert parse_progress(atlas, progress_json(p)) == p
    assert parse_progress(atlas, progress_json(p).encode()) == p


def test_the_fixture_history_loads(atlas):
    p = parse_progress(atlas, FIXTURE.read_bytes())
    assert len(p.history) == 40 and p.cards


def _doc(**changes) -> str:
    doc = json.loads(FIXTURE.read_text())
    doc.update(changes)
    return json.dumps(doc)


def _first_card(**fields) -> str:
    doc = json.loads(FIXTURE.read_text())
    key = next(iter(doc["cards"]))
    doc["cards"][key].update(fields)
    return json.dumps(doc)


def _first_answer(**fields) -> str:
    doc = json.loads(FIXTURE.read_text())
    doc["history"][0].update(fields)
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ("not json {", "not a JSON file"),
        (b"\xff\xfe\x00garbage", "not a JSON file"),
        ("[[[[[[[[[[" * 5000 + "]]]]]]]]]]" * 5000, "not a JSON file"),
        ("[]", "not a study progress file"),
        ('{"format": "something-else"}', "not a study progress file"),
        (_doc(version=99), "version"),
        (_doc(cards=[]), "'cards' table"),
        (_doc(cards={"pattern:nobody": {}}), "is not a question kind and a muscle"),
        (_doc(cards={"essay:soleus": {}}), "is not a question kind and a muscle"),
        (_first_card(evil="<script>"), "fields this app does not know"),
        (_first_card(due="yesterday"), "cannot read"),
        (_first_card(due="2026-11-01T09:00:00"), "cannot read"),
        (_first_card(state=9), "cannot read"),
        (_first_card(stability="high"), "cannot read"),
        (_first_card(stability=1e309), "not a JSON file"),  # Infinity is not JSON
        (_doc(history=[{"at": "x"}]), "answer 1 in its history"),
        (_first_answer(score=1.5), "answer 1 in its history"),
        (_first_answer(score=True), "answer 1 in its history"),
        (_first_answer(score="NaN"), "answer 1 in its history"),
        (_first_answer(muscle_id="[x](javascript:alert(1))"), "answer 1 in its history"),
        ('{"format":"triggermap-study-progress","version":1,"cards":{},"history":[NaN]}', "JSON"),
    ],
)
def test_a_malformed_or_hostile_progress_file_is_refused_whole_with_a_notice(atlas, data, says):
    with pytest.raises(ProgressError) as caught:
        parse_progress(atlas, data)
    assert says in str(caught.value.notice)
    assert str(caught.value.notice).startswith("The progress file was not loaded, and nothing")


def test_an_oversized_progress_file_is_refused_before_it_is_read(atlas):
    with pytest.raises(ProgressError, match="larger than"):
        parse_progress(atlas, b" " * (MAX_BYTES + 1))


def test_a_hostile_card_name_is_shown_only_as_a_value(atlas):
    with pytest.raises(ProgressError) as caught:
        parse_progress(atlas, _doc(cards={"pattern:[x](javascript:alert(1))": {}}))
    assert caught.value.notice.values == ("pattern:[x](javascript:alert(1))",)


def test_accuracy_by_body_part_and_by_kind_per_day_from_the_fixture(atlas):
    history = parse_progress(atlas, FIXTURE.read_bytes()).history
    by_area = accuracy_table(atlas, history, "area")
    assert set(by_area.columns) == {"day", "group", "accuracy", "answers"}
    assert by_area["answers"].sum() == 40
    assert by_area["day"].nunique() == 5 and "Lower leg and foot" in set(by_area["group"])
    by_kind = accuracy_table(atlas, history, "kind")
    assert set(by_kind["group"]) <= {
        "Pattern → muscles",
        "Muscle → zones",
        "Find the trigger point",
        "Area → causes",
    }
    assert ((by_kind["accuracy"] >= 0) & (by_kind["accuracy"] <= 100)).all()


def test_an_empty_history_gives_an_empty_table_and_no_weak_muscles(atlas):
    assert accuracy_table(atlas, ()).empty and weakest(atlas, ()) == ()


def test_the_weakest_muscles_come_first_with_their_mean_score(atlas):
    history = parse_progress(atlas, FIXTURE.read_bytes()).history
    weak = weakest(atlas, history)
    assert 0 < len(weak) <= 10
    assert [w.accuracy for w in weak] == sorted(w.accuracy for w in weak)
    first = weak[0]
    mine = [a.score for a in history if a.muscle_id == first.muscle_id]
    assert first.accuracy == round(100 * sum(mine) / len(mine), 1)
    assert first.answers == len(mine)
