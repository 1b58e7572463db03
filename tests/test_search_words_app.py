"""Words as people type them, in the body map's search box and the symptom finder (AppTest).

The search box filters its options by their labels as the person types, so a
word works when an option's label holds it; words typed and entered as they
are go through the vocabulary too.
"""

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import answer_data, click_region, map_data, type_into
from tests.conftest import ROOT
from triggermap.atlas.loading import load_atlas
from triggermap.lookup.ranking import pain_sources
from triggermap.lookup.vocabulary import resolve

TIMEOUT = 30
BOX = "region_pick"


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def app(page: str = "pages/body_map.py", **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(page)
    return at.run()


def offered(at: AppTest, words: str) -> list[str]:
    """The options whose label holds the words, as the box shows them while they are typed."""
    return [o for o in at.selectbox(key=BOX).options if words.lower() in o.lower()]


def pick(at: AppTest, label: str) -> AppTest:
    box = at.selectbox(key=BOX)
    return box.select_index(box.options.index(label)).run()


def plain(markdown: str) -> str:
    """Escaped markdown, bold or not, as the words it shows."""
    return re.sub(r"\\(.)", r"\1", markdown.removeprefix("**").removesuffix("**"))


def ranked(at: AppTest) -> list[str]:
    """The muscles listed under "pain felt somewhere here can come from", in order."""
    return [plain(b.label) for b in at.button if b.key and b.key.startswith("found-")]


def expected(atlas, words: str) -> list[str]:
    regions = resolve(atlas, words).regions
    sources = pain_sources(atlas, [], groups=[regions], limit=10)
    return [f"{i}. {s.muscle}" for i, s in enumerate(sources, 1)]


def notices(at: AppTest) -> list:
    """Notices about the words (show_notice), not the red flags the areas may raise."""
    return [w for w in at.warning if w.icon == ":material/link_off:"]


def warnings(at: AppTest) -> str:
    return "\n".join(w.value for w in at.warning)


def test_typing_shoulder_offers_the_body_part_and_picking_it_marks_both_shoulders(atlas):
    at = app()
    assert "Shoulder (body part)" in offered(at, "shoulder")
    at = pick(at, "Shoulder (body part)")
    assert not at.exception
    pain = set(map_data(at)["pain"])
    assert {"right-front-of-shoulder", "left-back-of-shoulder", "right-top-of-shoulder"} <= pain
    assert not any(r.endswith("heel") for r in pain)
    assert ranked(at) == expected(atlas, "shoulder") and len(ranked(at)) >= 3
    assert any("somewhere here can come from" in m.value for m in at.markdown)
    assert at.query_params["find"] == "shoulder" and "region" not in at.query_params


def test_picking_sciatica_marks_the_buttock_back_of_thigh_and_calf_on_the_back_view(atlas):
    at = app()
    label = next(o for o in offered(at, "sciatica") if "condition" in o)
    assert "buttock" in label and "back of thigh" in label and "calf" in label
    at = pick(at, label)
    data = map_data(at)
    assert data["view"] == "back"
    assert {"right-buttock", "left-back-of-thigh", "right-calf"} <= set(data["pain"])
    assert ranked(at) == expected(atlas, "sciatica")
    assert any("usually covers" in m.value for m in at.markdown)
    assert at.query_params["find"] == "sciatica"


def test_tennis_elbow_is_found_by_its_everyday_name_and_marks_the_outer_elbow(atlas):
    at = app()
    label = next(o for o in offered(at, "tennis elbow") if "condition" in o)
    at = pick(at, label)
    assert {"right-outer-elbow", "left-outer-elbow"} <= set(map_data(at)["pain"])
    assert ranked(at) == expected(atlas, "tennis elbow")


def test_behind_the_knee_offers_both_knees_and_each_one(atlas):
    at = app()
    labels = offered(at, "behind the knee")
    both = next(o for o in labels if "both sides" in o)
    at = pick(at, both)
    assert {"right-back-of-knee", "left-back-of-knee"} <= set(map_data(at)["pain"])
    assert ranked(at) == expected(atlas, "behind the knee")
    right = next(o for o in labels if o.startswith("Right"))
    at = pick(at, right)
    data = map_data(at)
    assert data["selected"] == ["right-back-of-knee"] and data["pain"] == []
    assert answer_data(at)["panel"]["sources"]["essential"], "what refers pain there is listed"


def test_words_typed_and_entered_as_they_are_mark_what_they_stand_for(atlas):
    at = type_into(app(), BOX, "left shoulder")
    assert not at.exception
    pain = set(map_data(at)["pain"])
    assert "left-front-of-shoulder" in pain and not any(r.startswith("right-") for r in pain)
    assert ranked(at) == expected(atlas, "left shoulder")
    assert at.query_params["find"] == "left shoulder"
    at = type_into(at, BOX, "right heel")
    assert map_data(at)["selected"] == ["right-heel"] and at.query_params["region"] == "right-heel"


# The words of issue 10 that answered "no region matches", and the everyday ones.
ISSUE_WORDS = [
    *("shoulder", "neck", "back", "hip", "arm", "leg", "head", "forearm", "teeth", "hand"),
    *("thigh", "headache", "migraine", "toothache", "sciatica", "tennis elbow"),
    *("behind the knee", "side of the knee", "lower back", "upper back", "top of the head"),
    *("pins and needles in the hand", "tension-type headache", "TMJ disorder", "whiplash"),
    *("frozen shoulder", "golfer's elbow", "carpal tunnel", "low back pain"),
    *("plantar fasciitis", "shin splints", "left shoulder", "heel"),
]


@pytest.mark.parametrize("words", ISSUE_WORDS)
def test_each_word_of_the_issue_typed_into_the_box_shows_its_areas(words, atlas):
    at = type_into(app(), BOX, words)
    assert not at.exception and not notices(at)
    data = map_data(at)
    assert set(resolve(atlas, words).regions) <= {*data["pain"], *data["selected"]}


def test_unknown_words_typed_in_the_box_change_nothing_and_say_so_literally():
    at = pick(app(), "Right heel (heel pad, bottom of heel, calcaneus, bottom of the foot)")
    at = type_into(at, BOX, "<b>florp</b>")
    assert not at.exception
    assert "` <b>florp</b> `" in warnings(at)
    assert map_data(at)["selected"] == ["right-heel"]
    assert at.query_params["region"] == "right-heel"


def test_a_find_link_reopens_the_group_and_its_list(atlas):
    at = app(find="sciatica")
    assert not at.exception and not notices(at)
    data = map_data(at)
    assert data["view"] == "back" and "left-calf" in data["pain"]
    assert ranked(at) == expected(atlas, "sciatica")


@pytest.mark.parametrize(
    "value", ["<img src=x onerror=alert(1)>", "[click](javascript:alert(1))", "xyzzy", "shoulder`x"]
)
def test_an_unknown_or_hostile_find_link_is_ignored_with_a_notice_showing_it_literally(value):
    at = app(find=value)
    assert not at.exception
    assert "is not known" in warnings(at) and f"{value} `" in warnings(at)
    assert map_data(at)["pain"] == [] and not ranked(at)
    assert "find" not in at.query_params


def test_a_tap_after_a_group_shows_the_tapped_area_alone():
    at = pick(app(), "Shoulder (body part)")
    at = click_region(at, "right-calf")
    data = map_data(at)
    assert data["pain"] == [] and data["selected"] == ["right-calf"]
    assert answer_data(at)["panel"]["id"] == "right-calf"
    assert "find" not in at.query_params and not ranked(at)


def test_a_muscle_from_the_group_list_shows_its_pattern_over_the_marked_areas():
    at = pick(app(), "Shoulder (body part)")
    first = next(b for b in at.button if b.key and b.key.startswith("found-"))
    muscle = first.key.removeprefix("found-")
    at = first.click().run()
    data = map_data(at)
    assert data["essential"] and "right-front-of-shoulder" in data["pain"]
    assert at.query_params["muscle"] == muscle and at.query_params["find"] == "shoulder"


def finder_words(at: AppTest, words: str) -> AppTest:
    return at.text_input(key="finder_words").input(words).run()


def test_typing_sciatica_in_the_finder_marks_its_areas_and_says_so():
    at = finder_words(app("pages/symptom_finder.py"), "sciatica")
    assert not at.exception
    data = map_data(at, "finder_map")
    expected = {"right-buttock", "left-buttock", "right-back-of-thigh", "left-calf"}
    assert expected <= set(data["pain"]) and data["view"] == "back"
    assert all(r in at.query_params["pain"] for r in expected)
    assert any(s.value.startswith("Sciatica") and "usually covers" in s.value for s in at.success)
    assert any(e.label.startswith("About") for e in at.expander)
    assert at.text_input(key="finder_words").value == ""


def test_typing_left_shoulder_in_the_finder_marks_the_left_shoulder_only():
    at = app("pages/symptom_finder.py", pain="right-heel")
    at = finder_words(at, "left shoulder")
    pain = set(map_data(at, "finder_map")["pain"])
    assert {"right-heel", "left-front-of-shoulder", "left-top-of-shoulder"} <= pain
    assert not any(r.startswith("right-") and "shoulder" in r for r in pain)


def test_an_unknown_word_in_the_finder_marks_nothing_and_shows_the_words_literally():
    at = app("pages/symptom_finder.py", pain="right-heel")
    at = finder_words(at, "heel, <b>florp</b>")
    assert not at.exception
    assert "` <b>florp</b> `" in warnings(at)
    assert map_data(at, "finder_map")["pain"] == ["right-heel"]


def test_each_word_of_the_issue_typed_into_the_finder_marks_its_areas(atlas):
    at = app("pages/symptom_finder.py")
    for words in ISSUE_WORDS:
        clear = next(b for b in at.button if b.label == "Clear everything")
        at = finder_words(clear.click().run(), words)
        assert not at.exception and not notices(at), words
        assert set(map_data(at, "finder_map")["pain"]) >= set(resolve(atlas, words).regions)


def test_words_that_would_overfill_the_drawing_mark_nothing_and_say_why():
    at = app("pages/symptom_finder.py", pain="right-heel")
    at = finder_words(at, "arm, leg, back, hand")
    assert not at.exception
    assert "at most 60 areas" in warnings(at)
    assert map_data(at, "finder_map")["pain"] == ["right-heel"]
    assert at.query_params["pain"] == "right-heel"
