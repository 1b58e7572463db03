"""The command line, run as a user runs it: python -m triggermap."""

import json
import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.test_vocabulary import ISSUE_WORDS
from triggermap.outputs.export import region_report
from triggermap.schema import MIDLINE, SIDES


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "triggermap", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_pain_sources_for_heel_lists_soleus_as_json():
    out = run("pain-sources", "heel", "--json")
    assert out.returncode == 0, out.stderr
    payload = json.loads(out.stdout)
    assert set(payload["regions"]) == {"right-heel", "left-heel"}
    first = payload["sources"][0]
    assert {"muscle_id", "muscle", "zone", "regions", "score"} <= set(first)
    assert "soleus" in [s["muscle_id"] for s in payload["sources"]]


def test_pain_sources_for_temple_lists_upper_trapezius_and_temporalis():
    out = run("pain-sources", "temple")
    assert "Upper trapezius" in out.stdout and "Temporalis" in out.stdout


def test_region_resolves_a_synonym_and_reports_what_is_there():
    out = run("region", "right outer elbow", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["region"]["id"] == "right-outer-elbow"
    assert {"trigger_points_here", "pain_sources", "conditions"} <= set(report)
    assert run("region", "outer elbow").returncode == 0


def test_an_unknown_region_exits_2_with_suggestions():
    out = run("region", "shinn")
    assert out.returncode == 2
    assert "no region matches 'shinn'" in out.stderr and "shin" in out.stderr


def test_muscle_json_carries_trigger_points_referral_and_conditions():
    m = json.loads(run("muscle", "Upper Trapezius", "--json").stdout)
    assert m["id"] == "upper-trapezius"
    tp = m["trigger_points"][0]
    assert {"id", "view", "region", "x", "y"} <= set(tp)
    assert m["referral"]["essential"] and "spillover" in m["referral"]
    assert m["conditions"] and m["sources"] and m["self_care"]
    assert m["lies_in"] == ["left-top-of-shoulder", "right-top-of-shoulder"]  # both sides


def test_muscles_and_conditions_list_everything_with_ids_and_names():
    muscles = json.loads(run("muscles", "--json").stdout)
    conditions = json.loads(run("conditions", "--json").stdout)
    assert len(muscles) >= 30 and all({"id", "name"} <= set(m) for m in muscles)
    assert all({"id", "name"} <= set(c) for c in conditions)


def test_regions_can_be_listed_per_view():
    regions = json.loads(run("regions", "--view", "head", "--json").stdout)
    assert "right-jaw-joint" in {r["id"] for r in regions}
    assert all("head" in r["views"] for r in regions)


def test_validate_passes_on_the_real_data():
    out = run("validate")
    assert out.returncode == 0 and "valid" in out.stdout


@pytest.mark.parametrize(
    "kind", ["unknown-region", "duplicate-id", "outside-region", "missing-source", "bad-enum"]
)
def test_validate_fails_on_broken_data_naming_the_problem(kind, broken_atlas_dir):
    out = run("--data", str(broken_atlas_dir(kind)), "validate", "--json")
    assert out.returncode == 1
    errors = json.loads(out.stdout)["errors"]
    assert errors and all(e.startswith("muscles/calf-tester.toml") for e in errors)


def test_other_commands_refuse_invalid_data_without_a_traceback(broken_atlas_dir):
    out = run("--data", str(broken_atlas_dir("broken-toml")), "muscles")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "not valid TOML" in out.stderr


def test_the_tiny_fixture_atlas_works_through_the_cli():
    out = run("--data", str(FIXTURES / "tiny"), "pain-sources", "right heel", "--json")
    assert [s["muscle_id"] for s in json.loads(out.stdout)["sources"]] == ["calf-tester"]


def test_muscle_json_carries_every_clinical_field_for_a_clinician():
    m = json.loads(run("muscle", "soleus", "--json", "--clinician").stdout)
    for key in (
        "plain_name",
        "area",
        "action",
        "innervation",
        "symptoms",
        "factors",
        "self_care",
        "needling",
        "associated",
        "sources",
        "conditions",
    ):
        assert key in m and m[key], key
    assert {"pressure", "stretch"} <= set(m["self_care"])
    assert all("mimics" in c for c in m["conditions"])


def test_regions_json_includes_the_hand_and_foot_views():
    views = {v for r in json.loads(run("regions", "--json").stdout) for v in r["views"]}
    assert {"hand-palm", "hand-back", "foot-sole", "foot-top"} <= views


def test_pain_sources_json_carries_the_cardiac_red_flag():
    payload = json.loads(run("pain-sources", "left chest", "left inner arm", "--json").stdout)
    assert [f["id"] for f in payload["red_flags"]] == ["cardiac"]
    assert payload["red_flags"][0]["message"]


def test_pain_sources_for_the_calf_asks_the_clot_question_and_has_no_cardiac_flag():
    payload = json.loads(run("pain-sources", "right calf", "--json").stdout)
    assert [f["id"] for f in payload["red_flags"]] == ["calf-clot"]


@pytest.mark.parametrize(
    "words, flag",
    [
        (["left arm"], "cardiac"),
        (["jaw", "right arm"], "cardiac"),
        (["upper abdomen", "chest"], "cardiac"),
        (["calf"], "calf-clot"),
        (["temple", "--age", "60"], "giant-cell-arteritis"),
    ],
)
def test_pain_sources_raises_the_flag_the_areas_call_for(words, flag):
    lines = run("pain-sources", *words).stdout.splitlines()
    flagged = [i for i, line in enumerate(lines) if line.startswith(f"RED FLAG ({flag})")]
    ranked = [i for i, line in enumerate(lines) if line[:4].replace(".", "").isdigit()]
    assert flagged and flagged[0] < ranked[0]  # the flag stands before the muscles


def test_temple_pain_without_an_age_raises_no_giant_cell_arteritis_flag():
    assert "giant-cell-arteritis" not in run("pain-sources", "temple").stdout


def test_an_age_that_is_not_a_number_is_a_usage_error():
    out = run("pain-sources", "temple", "--age", "sixty")
    assert out.returncode == 2 and "not an age in years" in out.stderr


def test_region_shows_the_cardiac_message_before_the_muscles():
    lines = run("region", "left upper chest").stdout.splitlines()
    assert lines[0].startswith("RED FLAG (cardiac): If you have this pain now, call emergency")


def test_muscle_shows_the_needling_note_only_to_a_clinician():
    plain = run("muscle", "upper trapezius")
    clinician = run("muscle", "upper trapezius", "--clinician")
    assert "dry needling" not in plain.stdout and "pneumothorax" not in plain.stdout
    assert "structures at risk: apex of the lung" in clinician.stdout
    assert "dry cough within two days" in clinician.stdout
    assert "Allergy to metals" in clinician.stdout
    assert "Dommerholt" in clinician.stdout
    assert "needling" not in json.loads(run("muscle", "soleus", "--json").stdout)


def test_checklist_answers_raise_their_flags_on_the_command_line():
    out = run("pain-sources", "low back", "--ask", "bladder-bowel", "--json")
    assert [f["id"] for f in json.loads(out.stdout)["red_flags"]] == ["bladder-bowel"]


def test_temple_and_side_of_neck_rank_upper_trapezius_first_on_the_command_line():
    out = run("pain-sources", "right temple", "right side of neck", "--json")
    assert json.loads(out.stdout)["sources"][0]["muscle_id"] == "upper-trapezius"


@pytest.mark.parametrize("command", ["muscles", "validate"])
@pytest.mark.parametrize(
    "where, problem",
    [
        ("README.md", "not a folder"),
        ("no-such-folder", "no such folder"),
        ("tiny-without-regions", "regions.toml"),
        ("a-name-too-long-" * 600, "cannot be read"),
    ],
    ids=["a file", "missing", "lacking a file", "a name too long"],
)
def test_a_data_path_that_is_not_an_atlas_exits_2_with_one_line_naming_it(
    tmp_path, command, where, problem
):
    if where == "README.md":
        path = ROOT / where
    elif where == "tiny-without-regions":
        path = tmp_path / where
        shutil.copytree(FIXTURES / "tiny", path)
        (path / "regions.toml").unlink()
    else:
        path = tmp_path / where
    out = run("--data", str(path), command)
    assert out.returncode == 2
    assert out.stdout == "" and len(out.stderr.strip().splitlines()) == 1
    assert len(out.stderr) < 500  # a path of any length is shortened
    assert str(path)[:60] in out.stderr and problem in out.stderr


def test_data_may_come_before_or_after_the_command():
    tiny = str(FIXTURES / "tiny")
    before = run("--data", tiny, "muscles", "--json")
    after = run("muscles", "--data", tiny, "--json")
    assert before.returncode == after.returncode == 0, after.stderr
    assert before.stdout == after.stdout
    tiny_ids = {m["id"] for m in json.loads(after.stdout)}
    assert tiny_ids and tiny_ids != {m["id"] for m in json.loads(run("muscles", "--json").stdout)}


LONG_QUERY = "shin " * 2000  # 10,000 characters, as if a page were pasted in


@pytest.mark.parametrize(
    "args",
    [
        ("region", LONG_QUERY),
        ("muscle", LONG_QUERY),
        ("pain-sources", "heel", LONG_QUERY),
        ("pain-sources", "heel", "--ask", LONG_QUERY),
        ("regions", "--view", LONG_QUERY),
        ("muscles", LONG_QUERY),
        ("muscles", *LONG_QUERY.split()),
        (LONG_QUERY,),
    ],
    ids=lambda args: " ".join(a[:12] for a in args[:3]),
)
def test_an_error_quotes_at_most_80_characters_of_a_long_query(args):
    out = run(*args)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    echoed = max(re.findall(r"(?:shin[ /]?)+", out.stderr), key=len)
    assert 0 < len(echoed) <= 80 and "…" in out.stderr


def _trigger_point_lines(region_id: str) -> list[str]:
    text = run("region", region_id).stdout
    here = text.split("trigger points here:\n")[1].split("pain felt here can come from:")[0]
    return here.splitlines()


def _first_region_holding(atlas, geometry, wanted) -> tuple[str, list[dict]]:
    for rid in atlas.regions:
        here = region_report(atlas, geometry, rid)["trigger_points_here"]
        if here and wanted(rid, here):
            return rid, here
    raise AssertionError("the atlas has no such region")


@pytest.mark.parametrize("repeats", [True, False], ids=["label names it", "label does not"])
def test_region_text_names_each_trigger_points_muscle_once(atlas, geometry, repeats):
    def label_repeats_the_name(rid, here):
        return any((t["muscle"].lower() in t["label"].lower()) == repeats for t in here)

    rid, here = _first_region_holding(atlas, geometry, label_repeats_the_name)
    lines = _trigger_point_lines(rid)
    assert len(lines) == len(here)
    for line, tp in zip(lines, here, strict=True):
        named = line[: line.index(tp["location"])].lower()
        assert named.count(tp["muscle"].lower()) == 1, line


def test_region_text_tells_the_right_and_left_trigger_points_in_a_midline_area_apart(
    atlas, geometry
):
    def midline_with_both_sides(rid, here):
        return atlas.regions[rid].side == MIDLINE and {t["side"] for t in here} == set(SIDES)

    rid, _ = _first_region_holding(atlas, geometry, midline_with_both_sides)
    lines = _trigger_point_lines(rid)
    assert len(set(lines)) == len(lines) >= 2


def test_every_word_of_the_issue_resolves_on_the_command_line():
    out = run("pain-sources", *ISSUE_WORDS, "--json")
    assert out.returncode == 0, out.stderr
    queries = json.loads(out.stdout)["queries"]
    assert [q["query"] for q in queries] == ISSUE_WORDS
    assert all(q["regions"] and q["label"] for q in queries)


def test_pain_sources_for_a_body_part_ranks_pain_somewhere_in_its_regions():
    payload = json.loads(run("pain-sources", "shoulder", "--json").stdout)
    (query,) = payload["queries"]
    assert (query["kind"], query["meaning"]) == ("part", "any")
    assert payload["groups"] == [query["regions"]] and set(payload["regions"]) == set(
        query["regions"]
    )
    assert {"right-top-of-shoulder", "left-back-of-shoulder"} <= set(query["regions"])
    assert payload["sources"] and "complaints" in payload


def test_areas_named_one_by_one_keep_the_all_meaning_and_form_complaints():
    payload = json.loads(
        run("pain-sources", "right heel", "right temple", "right side of neck", "--json").stdout
    )
    assert [q["meaning"] for q in payload["queries"]] == ["all", "all", "all"]
    assert payload["groups"] == []
    assert len(payload["complaints"]) == 2


def test_pain_sources_text_says_what_a_condition_word_was_taken_to_mean():
    out = run("pain-sources", "sciatica")
    assert out.returncode == 0, out.stderr
    assert "sciatica -> sciatica: somewhere in here" in out.stdout
    assert "showing the areas it usually covers: buttock" in out.stdout


@pytest.mark.parametrize("typo, suggested", [("shouldr", "shoulder"), ("sciatca", "sciatica")])
def test_an_unknown_word_exits_2_suggesting_body_parts_and_conditions(typo, suggested):
    out = run("pain-sources", typo)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert f"no region matches '{typo}'" in out.stderr and suggested in out.stderr


def test_region_for_a_body_part_lists_each_area_and_the_groups_likely_muscles(atlas):
    shoulder = [r for r in atlas.regions.values() if "shoulder" in r.parts]
    out = run("region", "shoulder")
    assert out.returncode == 0, out.stderr
    assert "pain felt somewhere here can come from:" in out.stdout
    assert all(r.display in out.stdout for r in shoulder)
    reports = json.loads(run("region", "shoulder", "--json").stdout)
    assert {r["region"]["id"] for r in reports} == {r.id for r in shoulder}


def test_region_for_a_condition_word_shows_its_note_and_each_areas_panel():
    out = run("region", "tennis elbow")
    assert out.returncode == 0, out.stderr
    assert "showing the areas it usually covers: outer elbow" in out.stdout
    assert "Right outer elbow (right-outer-elbow)" in out.stdout


def test_muscle_names_the_chapter_of_each_pattern_and_says_when_it_is_derived():
    out = run("muscle", "gemelli")
    assert out.returncode == 0, out.stderr
    assert "derived, not from a published figure" in out.stdout.lower()
    assert "chapter “Piriformis and Other Short Lateral Rotators”" in out.stdout
    figure = run("muscle", "piriformis").stdout
    assert "Drawn in the source's figure" in figure and "derived" not in figure.lower()


def test_muscle_json_gives_each_trigger_points_evidence_and_source():
    m = json.loads(run("muscle", "hand interossei", "--json").stdout)
    by_id = {t["id"]: t for t in m["referral"]["by_trigger_point"]}
    assert by_id["first-dorsal"]["evidence"] == "figure"
    assert by_id["second-dorsal"]["evidence"] == "derived"
    assert by_id["second-dorsal"]["source"]["chapter"] == "Interosseous Muscles of the Hand"
    assert by_id["third-dorsal"]["evidence"] == "text"
    assert by_id["third-dorsal"]["source"]["ref"] == "choi-2015"
