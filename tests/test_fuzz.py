"""Property-based tests: whatever a link, a file or a sequence of taps throws at the app."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import click_region, map_data
from tests.conftest import ROOT
from tests.markdown_reader import HOSTILE, JOINER, shown, visible
from triggermap.atlas.loading import load_atlas
from triggermap.lookup.drawing import DrawingError, parse_json, parse_params
from triggermap.text import Notice, escape, shorten

ATLAS = load_atlas()
REGION_IDS = sorted(ATLAS.regions)
KEYS = ["view", "region", "muscle", "side", "pain", "ask", "x"]
SLOW = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

junk = st.text(alphabet=st.characters(max_codepoint=0x2FFF), max_size=80)
near_miss = st.sampled_from(REGION_IDS + ["right-", "heel:", ":5", "left-heel:10,", "<script>"])
hostile = st.sampled_from(HOSTILE)
values = st.one_of(
    junk, near_miss, hostile, st.lists(st.one_of(near_miss, hostile), max_size=4).map(",".join)
)


@given(pain=st.one_of(st.none(), values), ask=st.one_of(st.none(), values))
@settings(max_examples=300, deadline=None)
def test_any_link_drawing_parses_or_is_refused_with_a_drawing_error(pain, ask):
    try:
        drawing = parse_params(ATLAS, pain, ask)
    except DrawingError as exc:
        assert str(exc)
    else:
        assert set(drawing.areas) <= set(ATLAS.regions)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | junk,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(junk, inner, max_size=4),
    max_leaves=20,
)


@given(
    doc=st.dictionaries(
        st.sampled_from(["format", "version", "areas", "checklist", "x"]), json_values, max_size=5
    ),
    raw=st.binary(max_size=300),
)
@settings(max_examples=300, deadline=None)
def test_any_uploaded_file_parses_or_is_refused_with_a_drawing_error(doc, raw):
    doc.setdefault("format", "triggermap-pain-drawing")
    for data in (json.dumps(doc), raw):
        try:
            parse_json(ATLAS, data)
        except DrawingError as exc:
            assert str(exc)


def _page(path: str, params: dict[str, str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(path)
    return at


@given(
    params=st.dictionaries(st.sampled_from(KEYS), values, max_size=5),
    path=st.sampled_from(["pages/body_map.py", "pages/symptom_finder.py"]),
)
@SLOW
def test_any_query_string_opens_the_page_without_an_exception_or_live_markdown(params, path):
    at = _page(path, params).run()
    assert not at.exception
    for notice in [*at.toast, *at.warning]:
        shown(notice.value)  # fails on markdown that could make a link, image, math or icon


# The word joiner is left out: visible() drops the ones escaping adds.
any_text = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters=JOINER), min_size=1, max_size=120
)
one_line = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"], exclude_characters=JOINER),
    max_size=120,
)
wording = one_line.filter(lambda t: "{}" not in t)


@given(before=wording, value=any_text, after=wording)
@settings(max_examples=500, deadline=None)
def test_any_outside_value_in_a_notice_is_shown_as_is_and_nothing_else_is_read(
    before, value, after
):
    notice = Notice(before + "{}" + after, (value,))
    text = visible(shown(notice.markdown()))
    assert text == before + shorten(value) + after


@given(text=one_line)
@settings(max_examples=500, deadline=None)
def test_any_data_text_escaped_for_markdown_is_shown_as_is_and_nothing_else_is_read(text):
    assert visible(shown(escape(text))) == text


steps = st.lists(
    st.one_of(
        st.tuples(st.just("click"), st.sampled_from(REGION_IDS)),
        st.tuples(
            st.just("view"), st.sampled_from(["front", "back", "head", "hand-palm", "foot-sole"])
        ),
        st.tuples(st.just("muscle"), st.sampled_from(sorted(ATLAS.muscles))),
        st.tuples(st.just("search"), st.sampled_from(REGION_IDS)),
    ),
    min_size=1,
    max_size=6,
)


@given(actions=steps)
@SLOW
def test_any_sequence_of_taps_and_choices_never_raises(actions):
    at = _page("pages/body_map.py", {}).run()
    for kind, value in actions:
        if kind == "click":
            at = click_region(at, value)
        elif kind == "view":
            at.segmented_control(key="view").set_value(value).run()
        elif kind == "muscle":
            at.selectbox(key="muscle_pick").select(value).run()
        else:
            at.selectbox(key="region_pick").select(value).run()
        assert not at.exception, (kind, value)
        assert map_data(at)["view"]
