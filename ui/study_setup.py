"""Study mode: the session's state, its start from the form or a ``?study=`` link, and the link."""

from __future__ import annotations

import secrets

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.outputs.study import (
    DEFAULT_N,
    KIND_NAMES,
    KINDS,
    LEVELS,
    MAX_N,
    MIX,
    QUESTION_VIEWS,
    Plan,
    Scope,
    ScopeError,
)
from triggermap.outputs.study_link import StudyLinkError, parse_study, study_link
from triggermap.outputs.study_questions import Question, questions
from triggermap.schema import BODY_PARTS, VIEW_NAMES
from triggermap.text import Notice
from ui.resources import sync_link

PARAM = "study"
PLAN, QUESTIONS, AT, RESULTS = "study_plan", "study_questions", "study_at", "study_results"
TAPS, POINT = "study_taps", "study_point"  # the map's taps, also picked from a list
SPOT = "study_spot"  # (area, (x, y)): where in the area the last tap landed, in chart units
SEEN, NOTICE = "study_link_seen", "study_notice"
KIND, LEVEL, SCOPE, VALUES, COUNT, SEED = (
    "study_kind",
    "study_level",
    "study_scope",
    "study_values",
    "study_count",
    "study_seed",
)
SCOPE_NAMES = {
    "all": "Every muscle",
    "part": "A body part",
    "view": "A view of the chart",
    "condition": "A condition",
    "muscles": "Muscles I choose",
}


def init_from_url(atlas: Atlas, geometry: Geometry) -> None:
    """Start the session a ``?study=`` link names, once per link; a bad one leaves a notice."""
    value = st.query_params.get(PARAM)
    if value is None or value == st.session_state.get(SEEN):
        return
    st.session_state[SEEN] = value
    try:
        start(atlas, geometry, parse_study(atlas, geometry, value))
    except StudyLinkError as exc:
        st.session_state[NOTICE] = exc.notice


def notice() -> Notice | None:
    """Why the link or the form could not start a session, until a session starts."""
    return st.session_state.get(NOTICE)


def start(atlas: Atlas, geometry: Geometry, plan: Plan) -> None:
    """Begin a session of the plan's questions."""
    st.session_state.update(
        {
            PLAN: plan,
            QUESTIONS: questions(atlas, geometry, plan),
            AT: 0,
            RESULTS: {},
            TAPS: [],
            POINT: None,
            NOTICE: None,
            SEEN: study_link(plan),
        }
    )


def stop() -> None:
    """Leave the session and go back to the form."""
    for key in (PLAN, QUESTIONS, AT, RESULTS):
        st.session_state.pop(key, None)


def active() -> bool:
    return PLAN in st.session_state


def current() -> Question | None:
    """The open question, or None when every question has been answered."""
    qs, at = st.session_state[QUESTIONS], st.session_state[AT]
    return qs[at] if at < len(qs) else None


def write_url() -> None:
    """The link holds the session's plan, so it can be shared; the form's page has none."""
    plan = st.session_state.get(PLAN)
    sync_link({PARAM: study_link(plan)} if plan else {})


def _scope_values(atlas: Atlas, kind: str) -> dict[str, str]:
    if kind == "part":
        return dict(BODY_PARTS)
    if kind == "view":
        return {v: VIEW_NAMES[v] for v in QUESTION_VIEWS}
    if kind == "condition":
        return {c.id: c.name for c in atlas.conditions.values()}
    return {m.id: m.name for m in atlas.muscles.values()}


def setup_form(atlas: Atlas, geometry: Geometry) -> None:
    """Choose the kind, level, scope and length of a session, and start it."""
    st.session_state.setdefault(SEED, secrets.randbelow(10_000))
    st.selectbox("Question kind", (*KINDS, MIX), key=KIND, format_func=KIND_NAMES.get)
    st.radio(
        "Level",
        LEVELS,
        key=LEVEL,
        horizontal=True,
        format_func=str.capitalize,
        help="Hard offers look-alikes: muscles whose essential zones overlap.",
    )
    kind = st.selectbox("What to study", tuple(SCOPE_NAMES), key=SCOPE, format_func=SCOPE_NAMES.get)
    if kind != "all":
        names = _scope_values(atlas, kind)
        # One box per scope kind: a body part's id would not be a valid muscle pick.
        st.multiselect(
            SCOPE_NAMES[kind], tuple(names), key=f"{VALUES}_{kind}", format_func=names.get
        )
    left, right = st.columns(2)
    left.number_input("Questions", 1, MAX_N, DEFAULT_N, key=COUNT)
    right.number_input(
        "Seed", 0, 2**31 - 1, key=SEED, help="The same seed gives the same questions."
    )
    st.button("Start", type="primary", on_click=_start_from_form, args=(atlas, geometry))


def _start_from_form(atlas: Atlas, geometry: Geometry) -> None:
    s = st.session_state
    kind = s.get(SCOPE) or "all"
    values = tuple(s.get(f"{VALUES}_{kind}") or ()) if kind != "all" else ()
    plan = Plan(
        s.get(KIND) or KINDS[0],
        Scope(kind, values),
        s.get(LEVEL) or LEVELS[0],
        int(s.get(COUNT) or DEFAULT_N),
        int(s.get(SEED) or 0),
    )
    try:
        start(atlas, geometry, plan)
    except ScopeError as exc:
        s[NOTICE] = exc.notice.within("No session was started: ", ".")
