"""Presentation mode: the chart as large as the screen allows, large type, no navigation.

The link is the state: each step writes the new slide into it, so a reload, or a
link prepared before the patient came in, opens the same slide.
"""

from __future__ import annotations

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.drawing import Drawing
from triggermap.outputs.present import (
    Presentation,
    Slide,
    drawing_queue,
    parse_presentation,
    queue_for,
)
from triggermap.outputs.present import presentation_params as params
from triggermap.outputs.screens import LinkState
from triggermap.schema import SIDES
from triggermap.text import Notice, capital
from triggermap.text import escape as esc
from ui.bodymap import HATCH, LIES, body_map, legend_markup
from ui.handout import handout_downloads
from ui.resources import sync_link

PICK, SIDE = "present_pick", "present_side"
_NEXT = "present-next"  # a widget key: absent on the first run after the page opens
# Screen height left to the charts: the title row, the legend, the foot and the margins.
_CHROME = "13rem"
_AVAILABLE = f"calc(100vh - {_CHROME})"
_BODY = 400 / 810  # width / height of the front and back views (assets/body_geometry.json)

_CSS = """<style>
header[data-testid="stHeader"], [data-testid="stSidebar"], [data-testid="stToolbar"],
.tm-skip { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 0.6rem 1.2rem 0.2rem !important;
  max-width: none !important; }
.st-key-present-head h1 { font-size: 2.3rem !important; padding: 0 !important; line-height: 1.15; }
.st-key-present-head p { font-size: 1.15rem; margin: 0; line-height: 1.3; }
.st-key-present-head button { font-size: 1.2rem; min-height: 3rem; padding: 0 1.2rem; }
.st-key-present-legend p { font-size: 1.1rem; }
/* Four keys and "Leave" keep to one row on a portrait tablet. */
@media (max-width: 900px) { .st-key-present-legend p { font-size: 0.95rem; } }
.st-key-present-foot p { font-size: 0.75rem !important; line-height: 1.3; }
/* The name keeps its room; on a narrow screen the buttons wrap under it. */
[data-testid="stLayoutWrapper"]:has(> .st-key-present-title) { flex: 1 1 18rem !important; }
@media (max-width: 640px) { .st-key-present-head h1 { font-size: 1.7rem !important; } }
</style>"""


def _box(view: str) -> str:
    # The flex item is Streamlit's wrapper around the keyed container, not the container.
    return f'[data-testid="stLayoutWrapper"]:has(> .st-key-present-view-{view})'


def _layout_css(views: tuple[str, ...]) -> str:
    """Sizes for the slide's charts: one row on a landscape screen, wrapped on a portrait one.

    The charts are separate map elements; each takes its height from --tm-map-height
    (ui/map.css). Body views are tall and narrow, the head view wide, so on a portrait
    screen with both the head view moves under the body views.
    """
    body = [v for v in views if v != "head"]
    both = "head" in views and bool(body)
    share = ("0.71", "0.25") if both else ("1", "1")  # what is left: the gap between rows
    rules = [".st-key-present-charts { flex-wrap: nowrap !important; justify-content: center; }"]
    portrait = [".st-key-present-charts { flex-wrap: wrap !important; }"] if both else []
    for v in body:
        rules.append(
            f"{_box(v)} {{ --tm-map-height: {_AVAILABLE}; flex: 0 1 auto !important;"
            f" width: calc({_AVAILABLE} * {_BODY:.3f}) !important; }}"
        )
        portrait.append(
            f"{_box(v)} {{ --tm-map-height: calc({_AVAILABLE} * {share[0]});"
            f" width: calc({_AVAILABLE} * {share[0]} * {_BODY:.3f}) !important; }}"
        )
    if "head" in views:
        rules.append(f"{_box('head')} {{ --tm-map-height: {_AVAILABLE}; flex: 1 1 0 !important; }}")
        portrait.append(
            f"{_box('head')} {{ --tm-map-height: calc({_AVAILABLE} * {share[1]});"
            " flex: 1 1 100% !important; }"
        )
    css = "\n".join(rules) + "\n@media (max-aspect-ratio: 1/1) {\n" + "\n".join(portrait) + "\n}"
    return f"<style>\n{css}\n</style>"


def from_link(atlas: Atlas) -> tuple[Presentation, tuple[Notice, ...]]:
    """The presentation the address bar holds, with notices for what was left out."""
    st.html(_CSS)
    link = st.query_params.to_dict()
    if not any(key in st.session_state for key in (_NEXT, PICK)):
        # Just opened. From the body map's button the address bar keeps the body map's
        # link, as both pages are served at the root: write this page's link into it.
        st.query_params.from_dict(link)
    return parse_presentation(atlas, link)


def _go(shown: Presentation, delta: int) -> None:
    sync_link(params(shown.moved(delta)))


def header(shown: Presentation, slide: Slide) -> None:
    """The slide's name in large type, where it is in the queue, and the step buttons."""
    with st.container(horizontal=True, key="present-head", vertical_alignment="center"):
        with st.container(key="present-title"):
            st.title(esc(slide.title), anchor=False)
            st.markdown(esc(capital(slide.subtitle)))
        st.markdown(f"**{shown.step + 1} of {shown.total}**", width="content")
        last = shown.total - 1
        for label, delta, key, icon in (
            ("Previous", -1, "Left", ":material/chevron_left:"),
            ("Next", 1, "Right", ":material/chevron_right:"),
        ):
            st.button(
                label,
                key=f"present-{label.lower()}",
                icon=icon,
                shortcut=key,
                on_click=_go,
                args=(shown, delta),
                disabled=shown.step == (0 if delta < 0 else last),
            )


def charts(slide: Slide) -> None:
    """The pattern on every view it touches, side by side, each as large as the screen allows."""
    st.html(_layout_css(tuple(m.view for m in slide.maps)))
    with st.container(horizontal=True, key="present-charts", gap="medium"):
        for state in slide.maps:
            with st.container(key=f"present-view-{state.view}"):
                body_map(state, key=f"present_map_{state.view}", on_click=lambda rid: None)
    drawing = slide.muscle_id is None
    items = (
        [("background:#8e5cc7;border:2px solid #4b1d80", "Where you marked pain")]
        if drawing
        else [
            ("background:#d7263d", "Where pain is usually felt"),
            (HATCH, "Where some people also feel it"),
            ("cross", "Trigger point"),
            (LIES[0], "Where it lies"),  # short, so the legend stays one row on a portrait tablet
        ]
    )
    shown = legend_markup(items, between=" &nbsp; ")
    with st.container(key="present-legend", horizontal=True, vertical_alignment="center"):
        st.markdown(f"<p>{shown}</p>", unsafe_allow_html=True, width="stretch")
        st.page_link("pages/body_map.py", label="Leave", icon=":material/close:")


def foot(disclaimer: str) -> None:
    """The one small line that stays at the foot: the disclaimer."""
    with st.container(key="present-foot"):
        st.caption(disclaimer)


def builder(atlas: Atlas) -> None:
    """With no queue in the link: pick the muscles, then start (the link can be kept)."""
    st.title("Presentation", anchor=False)
    st.markdown("Choose the muscles to show, in order. The link that opens keeps the queue.")
    st.multiselect(
        "Muscles",
        list(atlas.muscles),
        key=PICK,
        format_func=lambda mid: atlas.muscles[mid].name,
        max_selections=20,
    )
    st.radio("Side", SIDES, key=SIDE, horizontal=True, format_func=str.capitalize)
    picked = tuple(st.session_state.get(PICK) or ())
    side = st.session_state.get(SIDE) or "right"
    start = params(Presentation(picked, side))
    with st.container(horizontal=True):
        st.button("Start", disabled=not picked, on_click=sync_link, args=(start,), type="primary")
        st.page_link("pages/body_map.py", label="Leave", icon=":material/close:")


def present_button(atlas: Atlas, link: LinkState) -> None:
    """The body map's way into presentation mode, for the muscle or the area it shows."""
    _present_link(queue_for(atlas, link))


def present_drawing_button(drawing: Drawing, sources: tuple) -> None:
    """The symptom finder's way in: the pain drawing, then its likeliest muscles."""
    _present_link(drawing_queue(drawing, sources))


def _present_link(query: dict[str, str]) -> None:
    if query:
        st.page_link(
            "pages/present.py",
            label="Present full screen",
            icon=":material/co_present:",
            query_params=query,
        )


def handout(atlas: Atlas, geometry: Geometry, shown: Presentation) -> None:
    """The queue's take-home handout, a page per muscle (or the drawing's, on its slide)."""
    if shown.drawing is not None and shown.step == 0:
        handout_downloads(atlas, geometry, drawing=shown.drawing, key="present_handout")
    elif shown.queue:
        handout_downloads(
            atlas, geometry, queue=shown.queue, key="present_handout", file_name="queue"
        )
