"""Study mode's screens: a question on the body map, its feedback, and the session's score."""

from __future__ import annotations

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.explain import lies_words
from triggermap.outputs.screens import muscle_link
from triggermap.outputs.study import KIND_NAMES
from triggermap.outputs.study_link import study_link
from triggermap.outputs.study_maps import (
    feedback_map,
    marks_elsewhere,
    question_map,
    tap_point,
)
from triggermap.outputs.study_progress import record
from triggermap.outputs.study_questions import Question
from triggermap.outputs.study_scoring import Result, score
from triggermap.text import escape
from ui import study_setup as ss
from ui import study_storage as store
from ui.bodymap import LIES, body_map, legend_items, tapped_point
from ui.study_compare import lookalike_expander
from ui.study_progress import due_line, known_box

MAP_KEY = "study_map"
COMPARE = "compare_pick"  # the look-alike comparison's second muscle, set from feedback
_VERDICT = {"right": st.success, "partly right": st.warning, "wrong": st.error}


def _result(q: Question) -> Result | None:
    return st.session_state[ss.RESULTS].get(q.number)


def _tap(atlas: Atlas, geometry: Geometry, region_id: str) -> None:
    """A tap on the map: toggles an area ("zones") or moves the one tap ("point")."""
    q = ss.current()
    if q is None or _result(q) is not None or region_id not in _view_areas(atlas, geometry, q):
        return
    if q.kind == "point":
        st.session_state[ss.POINT] = region_id
        # Where in the area the finger landed; a pick from the list stands for its middle.
        st.session_state[ss.SPOT] = (region_id, tapped_point("study_map"))
    elif q.kind == "zones":
        taps = list(st.session_state.get(ss.TAPS) or [])
        st.session_state[ss.TAPS] = (
            [t for t in taps if t != region_id] if region_id in taps else [*taps, region_id]
        )


def _view_areas(atlas: Atlas, geometry: Geometry, q: Question) -> list[str]:
    drawn = geometry.views[q.view].paths
    return sorted((r for r in drawn if r in atlas.regions), key=lambda r: atlas.regions[r].name)


def _answer(geometry: Geometry, q: Question):
    if q.kind in ("pattern", "causes"):
        return [m for m in q.choices if st.session_state.get(f"study_pick_{q.number}_{m}")]
    if q.kind == "zones":
        return list(st.session_state.get(ss.TAPS) or [])
    region = st.session_state.get(ss.POINT)
    if not region:
        return None
    spot_region, spot = st.session_state.get(ss.SPOT) or (None, None)
    at = spot if spot_region == region and spot else tap_point(geometry, q.view, region)
    return (at, region)


def _check(geometry: Geometry, q: Question) -> None:
    result = score(q, _answer(geometry, q))
    st.session_state[ss.RESULTS] = {**st.session_state[ss.RESULTS], q.number: result}
    store.change(record(store.progress(), q.kind, q.muscle_id, result.score, store.now()))


def _next() -> None:
    st.session_state[ss.AT] += 1
    st.session_state[ss.TAPS], st.session_state[ss.POINT] = [], None


def _taps(q: Question) -> tuple[str, ...]:
    if q.kind == "point":
        return (st.session_state[ss.POINT],) if st.session_state.get(ss.POINT) else ()
    return tuple(st.session_state.get(ss.TAPS) or ()) if q.kind == "zones" else ()


def question_map_panel(atlas: Atlas, geometry: Geometry, q: Question) -> None:
    """The body map with the question, or with the true pattern once answered."""
    taps = _taps(q)
    answered = _result(q) is not None
    state = feedback_map(atlas, geometry, q, taps) if answered else question_map(q, taps)
    body_map(state, key=MAP_KEY, on_click=lambda rid: _tap(atlas, geometry, rid))
    legend_items(_legend_items(q, answered))


_ESSENTIAL, _CROSS = ("background:#d7263d", "Essential zone"), ("cross", "Trigger point")
_SPILLOVER = (
    "background:repeating-linear-gradient(45deg,#e05a5a 0 2px,#f7b9b9 2px 5px)",
    "Spillover zone",
)
_PURPLE = "background:#8e5cc7;border:2px solid #4b1d80"


def _legend_items(q: Question, answered: bool) -> list[tuple[str, str]]:
    """The key to what the map shows now: the question's marks, then the answer's."""
    mine = {"zones": [(_PURPLE, "Your taps")], "causes": [(_PURPLE, "Where the pain is")]}
    if q.kind == "point":
        mine["point"] = [("border:2.5px solid #12384a", "Your tap")]
    if not answered:
        shown = [_ESSENTIAL, _SPILLOVER] if q.kind == "pattern" else []
        return shown + mine.get(q.kind, [])
    return [_ESSENTIAL, _SPILLOVER, *mine.get(q.kind, []), _CROSS, LIES]


def question_panel(atlas: Atlas, geometry: Geometry, q: Question) -> None:
    """The question, the answer widgets, and the feedback once checked."""
    n = len(st.session_state[ss.QUESTIONS])
    st.caption(f"Question {q.number} of {n} · {KIND_NAMES[q.kind]}")
    st.markdown(f"**{escape(q.prompt)}**")
    result = _result(q)
    if q.kind in ("pattern", "causes"):
        for m in q.choices:
            key = f"study_pick_{q.number}_{m}"
            st.checkbox(atlas.muscles[m].name, key=key, disabled=result is not None)
    else:
        _area_picker(_view_areas(atlas, geometry, q), atlas, q, disabled=result is not None)
    if result is None:
        st.button("Check", type="primary", on_click=_check, args=(geometry, q), key="study_check")
        return
    _feedback(atlas, geometry, q, result)
    last = q.number == n
    st.button(
        "See your score" if last else "Next question",
        type="primary",
        on_click=_next,
        key="study_next",
    )


def _area_picker(areas: list[str], atlas: Atlas, q: Question, disabled: bool) -> None:
    name = {r: atlas.regions[r].display for r in areas}
    if q.kind == "zones":
        st.caption("Tap the areas on the chart (tap again to take one back), or pick them here.")
        st.multiselect("Your areas", areas, key=ss.TAPS, format_func=name.get, disabled=disabled)
    else:
        st.caption("Tap the chart where the trigger point lies, or pick the area here.")
        st.selectbox("Your tap", areas, key=ss.POINT, format_func=name.get, disabled=disabled)


def _names(atlas: Atlas, q: Question, ids) -> str:
    table = atlas.regions if q.kind in ("zones", "point") else atlas.muscles
    return escape(", ".join(table[i].name for i in ids)) or "none"


def _feedback(atlas: Atlas, geometry: Geometry, q: Question, r: Result) -> None:
    lines = [f"**{r.verdict.capitalize()}**: scored {round(r.score * 100)}%."]
    if q.kind == "point":
        where = "in the right area" if r.in_area else "not in an area where one lies"
        distance = "" if r.distance is None else f", {r.distance:.0f} chart units away"
        lies = _names(atlas, q, q.target_regions)
        lines.append(f"Your tap was {where}{distance}. It lies in: {lies}.")
    else:
        lines.append(f"Right: {_names(atlas, q, r.right)}.")
        lines += [f"Not right: {_names(atlas, q, r.wrong)}."] if r.wrong else []
        lines += [f"Missed: {_names(atlas, q, r.missed)}."] if r.missed else []
        lines += [f"Spillover, counted apart: {_names(atlas, q, r.apart)}."] if r.apart else []
    _VERDICT[r.verdict]("  \n".join(lines))
    if away := marks_elsewhere(atlas, geometry, q):
        st.caption(escape(away))
    st.markdown(f"**Where it lies** (dashed outline): {escape(lies_words(atlas, q.muscle_id))}")
    st.markdown(f"{escape(q.about)}  \nSource: {escape(q.source)}")
    known_box(q)
    lookalike_expander(atlas, geometry, q.muscle_id, q.number)


def score_panel(atlas: Atlas, geometry: Geometry) -> None:
    """The session's score, each question's verdict, and the link to share it."""
    qs, results = st.session_state[ss.QUESTIONS], st.session_state[ss.RESULTS]
    total = sum(results[q.number].score for q in qs) / len(qs)
    st.subheader(f"Your score: {round(total * 100)}%")
    st.caption(due_line())
    for q in qs:
        verdict = results[q.number].verdict
        name = atlas.muscles[q.muscle_id].name
        st.page_link(
            "pages/body_map.py",
            label=escape(f"{q.number}. {KIND_NAMES[q.kind]}, {name}: {verdict}"),
            query_params=muscle_link(atlas, geometry, q.muscle_id),
        )
    st.caption("The same questions, for anyone with this link:")
    st.code(f"?{ss.PARAM}={study_link(st.session_state[ss.PLAN])}", language=None)
    st.button("Start a new session", on_click=ss.stop, key="study_again")
