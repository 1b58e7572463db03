"""Safety on by default and the two audiences, through AppTest (issue 12).

The body map hides dry-needling notes in patient mode (the default) and shows them
in clinician mode, kept in the link; the region panel, the symptom finder and the
conditions page put red flags first, with what to do.
"""

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import answer_data, click_region
from tests.conftest import ROOT
from triggermap.lookup.redflags import CHECKLIST, red_flags

TIMEOUT = 30


def page(path: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    if path != "pages/body_map.py":
        at.switch_page(path)
    return at.run()


def everything(at: AppTest) -> str:
    """Every text the page shows: markdown of all kinds, alerts, and box labels."""
    parts = [
        e.value
        for kind in ("markdown", "caption", "subheader", "warning", "info", "error", "success")
        for e in at.get(kind)
        if isinstance(getattr(e, "value", None), str)
    ]
    parts += [e.label for e in at.expander]
    return "\n".join(parts)


def alerts(at: AppTest) -> list[str]:
    return [e.value for e in (*at.error, *at.warning)]


# ---- patient and clinician mode ----


@pytest.mark.parametrize("muscle", ["upper-trapezius", "soleus", "pectoralis-major"])
def test_the_body_map_in_patient_mode_never_shows_a_needling_note(muscle):
    at = page("pages/body_map.py", muscle=muscle, region="left-upper-chest")
    text = everything(at)
    assert not at.exception
    assert "needling" not in text.lower() and "Structures at risk" not in text
    assert at.toggle(key="mode_toggle").value is False
    assert "mode" not in at.query_params


def test_clinician_mode_from_the_link_shows_the_note_its_warning_precautions_and_sources():
    at = page("pages/body_map.py", muscle="upper-trapezius", mode="clinician")
    text = everything(at)
    assert "Dry needling notes (for trained clinicians)" in text
    assert "Structures at risk" in text and "apex of the lung" in text
    assert "dry cough within two days" in text  # the lung warning
    assert "Allergy to metals" in text and "Fear of needles" in text  # shared precautions
    assert "Dommerholt" in text
    assert at.query_params["mode"] == ["clinician"] or at.query_params["mode"] == "clinician"


def test_a_muscle_without_a_lung_risk_gets_no_lung_warning_in_clinician_mode():
    at = page("pages/body_map.py", muscle="soleus", mode="clinician")
    text = everything(at)
    assert "Structures at risk" in text and "dry cough" not in text


def test_the_mode_toggle_shows_and_hides_the_notes_and_keeps_the_mode_in_the_link():
    at = page("pages/body_map.py", muscle="upper-trapezius")
    at.toggle(key="mode_toggle").set_value(True).run()
    assert "Structures at risk" in everything(at)
    assert "clinician" in str(at.query_params["mode"])
    at.toggle(key="mode_toggle").set_value(False).run()
    assert "Structures at risk" not in everything(at)
    assert "mode" not in at.query_params


def test_an_unknown_mode_in_the_link_gives_a_notice_and_patient_mode():
    at = page("pages/body_map.py", muscle="upper-trapezius", mode="doctor")
    assert any("mode" in w.value and "is not known" in w.value for w in at.warning)
    assert "Structures at risk" not in everything(at)


# ---- the region panel ----


def test_the_region_panel_puts_the_cardiac_message_first_and_folds_the_muscles():
    panel = answer_data(page("pages/body_map.py", region="left-upper-chest"))["panel"]
    assert [f["id"] for f in panel["flags"]] == ["cardiac"]
    assert panel["flags"][0]["text"].startswith("If you have this pain now, call emergency")
    assert panel["folds"] is True


def test_the_region_panel_asks_the_clot_question_for_the_calf_without_folding():
    panel = answer_data(page("pages/body_map.py", region="right-calf"))["panel"]
    assert [f["id"] for f in panel["flags"]] == ["calf-clot"]
    assert panel["folds"] is False


def test_a_tap_on_the_chest_answers_with_the_cardiac_flag():
    at = click_region(page("pages/body_map.py"), "left-upper-chest")
    assert answer_data(at)["panel"]["flags"][0]["id"] == "cardiac"


# ---- the symptom finder ----


def test_the_checklist_is_not_asked_before_anything_is_marked():
    at = page("pages/symptom_finder.py")
    assert "Before the results" not in everything(at)


def test_the_checklist_stands_open_the_first_time_results_appear_and_done_folds_it():
    at = page("pages/symptom_finder.py", pain="right-heel")
    assert "Before the results: do any of these apply to you?" in everything(at)
    assert len([c for c in at.checkbox if c.key.startswith("ask-")]) == len(CHECKLIST)
    at.button(key="checklist-done").click().run()
    assert "Before the results" not in everything(at)
    box = next(e for e in at.expander if e.label.startswith("Safety questions"))
    assert box.proto.expanded is False
    at = click_region(at, "left-heel", "finder_map")  # asked once per session
    assert "Before the results" not in everything(at)


@pytest.mark.parametrize("item", sorted(CHECKLIST))
def test_each_safety_answer_shows_its_flag_at_the_top_and_beside_its_box(item):
    at = page("pages/symptom_finder.py", pain="right-shin")
    assert alerts(at) == []
    at.checkbox(key=f"ask-{item}").check().run()
    flag = red_flags(["right-shin"], {item})[0]
    shown = [a for a in alerts(at) if flag.message.split(",")[0][:30] in a.replace("\\", "")]
    assert len(shown) == 2  # at the top, and under the box that raised it
    assert at.query_params["ask"] == item or at.query_params["ask"] == [item]


def test_an_emergency_folds_the_muscle_list_behind_a_switch():
    at = page("pages/symptom_finder.py", pain="left-upper-chest")
    assert any("call emergency services" in a for a in alerts(at))
    assert "Muscles that could be the cause" not in everything(at)
    at.toggle(key="show_folded_results").set_value(True).run()
    assert "Muscles that could be the cause" in everything(at)


def test_without_an_emergency_the_muscle_list_is_not_folded():
    at = page("pages/symptom_finder.py", pain="right-heel")
    assert "Muscles that could be the cause" in everything(at)


def test_the_what_to_do_comes_first_in_an_emergency_message():
    at = page("pages/symptom_finder.py", pain="right-shin", ask="sudden-headache")
    assert at.error[0].value.startswith("**Call emergency services")


# ---- the conditions page ----


def test_the_conditions_page_runs_the_same_rules_on_a_tapped_area():
    at = page("pages/conditions.py")
    at = click_region(at, "left-upper-chest", "condition_map")
    assert any("come from the heart" in e.value for e in at.error)


def test_a_group_of_areas_on_the_body_map_gets_the_same_flags_with_its_muscles_folded():
    at = page("pages/body_map.py", find="chest")
    assert any("come from the heart" in e.value for e in at.error)
    assert any(e.label.startswith("Muscles that can also cause pain here") for e in at.expander)


def test_a_group_without_a_flag_lists_its_muscles_unfolded():
    at = page("pages/body_map.py", find="heel")
    assert at.error == [] or not any("emergency" in e.value for e in at.error)
    assert not any(e.label.startswith("Muscles that can also") for e in at.expander)
    assert "Pain felt somewhere here can come from" in everything(at)
