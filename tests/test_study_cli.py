"""``python -m triggermap quiz``: a reproducible question set, run as a teacher runs it."""

import json

from tests.conftest import FIXTURES
from tests.test_cli import run
from triggermap.outputs.study import Plan
from triggermap.outputs.study_link import parse_study
from triggermap.outputs.study_questions import questions


def test_quiz_prints_the_same_question_set_twice_for_the_same_seed():
    first = run("quiz", "--kind", "pattern", "--n", "5", "--seed", "1", "--json")
    assert first.returncode == 0, first.stderr
    again = run("quiz", "--kind", "pattern", "--n", "5", "--seed", "1", "--json")
    assert first.stdout == again.stdout
    payload = json.loads(first.stdout)
    assert payload["link"] == "?study=pattern.easy.5.1.all"
    assert len(payload["questions"]) == 5
    for q in payload["questions"]:
        assert q["kind"] == "pattern" and q["muscle_id"] in q["right"]
        assert set(q["right"]) <= set(q["choices"])


def test_the_quiz_json_matches_the_questions_its_study_link_gives_in_the_app(atlas, geometry):
    out = run("quiz", "--kind", "mix", "--n", "4", "--seed", "9", "--level", "hard", "--json")
    payload = json.loads(out.stdout)
    plan = parse_study(atlas, geometry, payload["link"].removeprefix("?study="))
    assert plan == Plan("mix", level="hard", n=4, seed=9)
    expected = questions(atlas, geometry, plan)
    assert [q["muscle_id"] for q in payload["questions"]] == [q.muscle_id for q in expected]
    assert [q["kind"] for q in payload["questions"]] == ["pattern", "zones", "point", "causes"]


def test_another_seed_prints_other_questions():
    one = json.loads(run("quiz", "--n", "5", "--seed", "1", "--json").stdout)
    two = json.loads(run("quiz", "--n", "5", "--seed", "2", "--json").stdout)
    assert one["questions"] != two["questions"]


def test_quiz_text_lists_the_choices_and_the_answer():
    out = run("quiz", "--kind", "causes", "--n", "2", "--scope", "muscles:soleus,piriformis")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("study link: ?study=causes.easy.2.0.muscles:soleus,piriformis")
    assert out.stdout.count("answer: ") == 2


def test_a_bad_scope_exits_2_with_one_line_naming_it():
    out = run("quiz", "--scope", "part:nowhere")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == "quiz: in its scope, the atlas has no body part 'nowhere'."


def test_a_bad_count_is_a_usage_error():
    out = run("quiz", "--n", "500")
    assert out.returncode == 2 and "from 1 to 50" in out.stderr


def test_quiz_reads_another_atlas_folder():
    out = run("quiz", "--kind", "zones", "--n", "3", "--json", "--data", str(FIXTURES / "tiny"))
    assert out.returncode == 0, out.stderr
    muscles = {q["muscle_id"] for q in json.loads(out.stdout)["questions"]}
    assert muscles <= {"calf-tester", "head-tester"}
