"""Session state of the symptom finder: the pain drawing, kept in step with the link."""

from __future__ import annotations

import streamlit as st

from triggermap.atlas.model import Atlas, UnknownRegionError
from triggermap.chart.geometry import Geometry
from triggermap.lookup.drawing import (
    MAX_AREAS,
    Drawing,
    DrawingError,
    parse_json,
    parse_params,
    to_json,
    to_params,
)
from triggermap.lookup.redflags import CHECKLIST
from triggermap.lookup.vocabulary import resolve
from triggermap.outputs.search import best_view, in_words, unknown_words
from triggermap.schema import VIEWS
from triggermap.text import Notice
from triggermap.text import escape as esc
from ui.clinic import booking_button
from ui.mode import link_mode
from ui.panels import show_notice
from ui.resources import sync_link

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
    st.session_state[VIEW] = view if view in VIEWS else "front"
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


WORDS, WORDS_SAID = "finder_words", "finder_words_said"


def mark_words(atlas: Atlas, geometry: Geometry) -> None:
    """Typed words mark the areas they stand for; a body part or a condition marks all of its own.

    Pieces are separated by commas. If any piece is unknown, or the drawing would
    grow too large to share, nothing is marked and the notice says why.
    """
    pieces = [w.strip() for w in (st.session_state.get(WORDS) or "").split(",") if w.strip()]
    said = []
    for words in pieces:
        try:
            said.append(resolve(atlas, words))
        except UnknownRegionError as exc:
            st.session_state[WORDS_SAID] = unknown_words(words, exc.suggestions)
            return
    d = drawing()
    new = [r for res in said for r in res.regions if r not in d.areas]
    areas = dict(d.areas) | dict.fromkeys(new)
    if len(areas) > MAX_AREAS:
        st.session_state[WORDS_SAID] = Notice(
            f"Nothing was marked: a drawing holds at most {MAX_AREAS} areas, and {{}} would "
            "make it bigger. Try a smaller area.",
            (", ".join(pieces),),
        )
        return
    _replace(Drawing(areas, d.answers))
    if new:
        st.session_state[VIEW] = best_view(atlas, geometry, new, st.session_state[VIEW])
    st.session_state[WORDS] = ""
    st.session_state[WORDS_SAID] = tuple((res.label, *in_words(atlas, res)) for res in said)


def words_box(atlas: Atlas, geometry: Geometry) -> None:
    """A box to type where it hurts, and what the last words marked (or why they marked nothing)."""
    st.text_input(
        "Or type where it hurts",
        key=WORDS,
        placeholder="heel, left shoulder, sciatica…",
        help="An area, a body part or a complaint; separate several with commas.",
        on_change=mark_words,
        args=(atlas, geometry),
    )
    said = st.session_state.pop(WORDS_SAID, None)
    if isinstance(said, Notice):
        show_notice(said)
    elif said:
        st.success("  \n".join(esc(short) for _, short, _ in said), icon=":material/check:")
        for label, _, about in said:
            if about:
                with st.expander(f"About {esc(label)}"):
                    st.markdown(esc(about))


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
    sync_link({"view": view, **to_params(d)} | link_mode())


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


def after_result(atlas: Atlas, geometry: Geometry, has_result: bool) -> None:
    """Below a result: the clinic's booking button, and the drawing's take-home handout."""
    if not has_result:
        return
    from ui.handout import handout_downloads  # fpdf2 loads numpy: not at start-up

    booking_button(key="finder_book")
    handout_downloads(atlas, geometry, drawing=drawing(), key="finder_handout", file_name="pain")
