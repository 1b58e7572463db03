"""Session state of the symptom finder: the pain drawing, kept in step with the link."""

from __future__ import annotations

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.lookup.drawing import (
    Drawing,
    DrawingError,
    parse_json,
    parse_params,
    to_json,
    to_params,
)
from triggermap.lookup.redflags import CHECKLIST
from triggermap.text import Notice

DRAWING, INDEX, VIEW = "pain_drawing", "candidate_index", "finder_view"


def init_from_url(atlas: Atlas) -> Notice | None:
    """Load the drawing from the link when the page opens; a notice if the link was bad."""
    if DRAWING in st.session_state:
        return None
    params = st.query_params
    notice = None
    try:
        drawing = parse_params(atlas, params.get("pain"), params.get("ask"))
    except DrawingError as exc:
        drawing = Drawing()
        notice = exc.notice.within("The shared pain drawing was not loaded: ", ".")
    st.session_state[DRAWING] = drawing
    st.session_state[INDEX] = 0
    view = params.get("view")
    st.session_state[VIEW] = view if view in ("front", "back", "head") else "front"
    _sync_checklist(drawing)
    return notice


def notices(atlas: Atlas) -> list[Notice]:
    """Why a shared link or file was not loaded; each notice shows once."""
    out = [n for n in (init_from_url(atlas), st.session_state.pop("upload_notice", None)) if n]
    return out


def drawing() -> Drawing:
    return st.session_state[DRAWING]


def _replace(new: Drawing) -> None:
    st.session_state[DRAWING] = new
    st.session_state[INDEX] = 0


def _sync_checklist(d: Drawing) -> None:
    for item in CHECKLIST:
        st.session_state[f"ask-{item}"] = item in d.answers


def toggle_area(region_id: str) -> None:
    """A click on the chart marks an area, or unmarks it."""
    d = drawing()
    areas = dict(d.areas)
    if region_id in areas:
        del areas[region_id]
        st.session_state.pop(f"int-{region_id}", None)
    else:
        areas[region_id] = None
    _replace(Drawing(areas, d.answers))


def set_intensity(region_id: str) -> None:
    d = drawing()
    if region_id not in d.areas:
        return  # the area was unmarked or cleared in the same run
    value = st.session_state.get(f"int-{region_id}")
    areas = dict(d.areas)
    areas[region_id] = None if value is None else int(value)
    st.session_state[DRAWING] = Drawing(areas, d.answers)


def checklist_changed() -> None:
    d = drawing()
    answers = frozenset(i for i in CHECKLIST if st.session_state.get(f"ask-{i}"))
    st.session_state[DRAWING] = Drawing(d.areas, answers)


def clear() -> None:
    """Forget the whole drawing and the checklist answers."""
    for key in [k for k in st.session_state if str(k).startswith("int-")]:
        del st.session_state[key]
    _replace(Drawing())
    _sync_checklist(Drawing())


def step(delta: int, count: int) -> None:
    st.session_state[INDEX] = (st.session_state.get(INDEX, 0) + delta) % max(count, 1)


def load_upload(atlas: Atlas, key: str) -> None:
    """Replace the drawing with an uploaded file, or leave it as it was and say why."""
    upload = st.session_state.get(key)
    if upload is None:
        return
    try:
        new = parse_json(atlas, upload.getvalue())
    except DrawingError as exc:
        # Never half-load: a bad file leaves an empty drawing and says why.
        clear()
        st.session_state["upload_notice"] = exc.notice.within("The file was not loaded: ", ".")
        return
    _replace(new)
    _sync_checklist(new)
    st.session_state["upload_notice"] = None


def write_url(d: Drawing, view: str) -> None:
    params = {"view": view, **to_params(d)}
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)


def safety_questions() -> None:
    """The red-flag checklist, shown before any candidate muscle."""
    d = drawing()
    with st.expander("Safety questions: do any of these apply?", expanded=bool(d.answers)):
        for item, question in CHECKLIST.items():
            st.checkbox(question, key=f"ask-{item}", on_change=checklist_changed)


def drawing_controls(atlas: Atlas) -> None:
    """Intensity per area, the safety checklist, and sharing by file."""
    d = drawing()
    st.button("Clear everything", icon=":material/delete:", on_click=clear)
    if d.areas:
        with st.expander(f"How strong is the pain? (optional, {_areas(len(d.areas))})"):
            for rid, value in d.areas.items():
                st.session_state.setdefault(f"int-{rid}", value)
                st.select_slider(
                    atlas.regions[rid].display,
                    options=[None, *range(11)],
                    format_func=lambda v: "not rated" if v is None else str(v),
                    key=f"int-{rid}",
                    on_change=set_intensity,
                    args=(rid,),
                )
    with st.expander("Share with your therapist"):
        st.caption(
            "Copy this page's link, or save the drawing as a small file. "
            "Nothing is stored on our server."
        )
        st.download_button(
            "Save the drawing (JSON)",
            to_json(d),
            "pain-drawing.json",
            "application/json",
            icon=":material/download:",
        )
        st.file_uploader(
            "Open a saved drawing",
            type=["json"],
            key="drawing_upload",
            on_change=load_upload,
            args=(atlas, "drawing_upload"),
        )


def _areas(n: int) -> str:
    return f"{n} area" if n == 1 else f"{n} areas"
