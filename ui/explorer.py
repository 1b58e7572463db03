"""Session state for the body-map screen, kept in step with the URL."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.vocabulary import Resolution
from triggermap.outputs.screens import QUESTIONS, LinkState, link_params, parse_link
from triggermap.outputs.search import FIND, best_view, link_words, one_area, parse_find
from triggermap.schema import DETAIL_VIEWS, VIEW_NAMES
from triggermap.text import Notice
from ui.mode import link_mode
from ui.resources import sync_link

VIEW, REGION, MUSCLE, SIDE = "view", "region_pick", "muscle_pick", "side_pick"
QUESTION = "question_pick"
QUESTION_NAMES = {
    "sources": "Where can pain here come from?",
    "referral": "Where do trigger points here send pain?",
}
NOTICES = "link_notices"


def init_from_url(atlas: Atlas, geometry: Geometry) -> None:
    """Set the screen from the link when the page opens; ignored values become link_notices().

    The widget keys exist only while the page is shown, so their absence means
    the page has just been opened: from a link, the navigation, or the library.
    """
    if VIEW in st.session_state:
        return
    params = st.query_params.to_dict()
    link, notices = parse_link(atlas, params)
    # A link names one area or a group of areas; an area wins.
    group, more = (None, ()) if link.region else parse_find(atlas, params)
    notices += more
    if link.region and link.region not in geometry.views[link.view].paths:
        link = replace(link, view=atlas.regions[link.region].view)
    st.session_state.update(
        {
            VIEW: link.view,
            REGION: link.region,
            MUSCLE: link.muscle,
            SIDE: link.side,
            QUESTION: link.question,
        }
    )
    if group:
        show_words(atlas, geometry, group)
    st.session_state[NOTICES] = (notices, current())


def link_notices() -> tuple[Notice, ...]:
    """Why parts of the link were ignored, kept until the user first changes the screen.

    The page reruns on its own after opening (the map reports that it holds the
    tap index), and a notice shown only on the first run would vanish with it.
    """
    notices, opened = st.session_state.get(NOTICES) or ((), None)
    if notices and current() != opened:
        st.session_state[NOTICES] = None
        return ()
    return notices


def current() -> LinkState:
    """The screen as the session holds it. The search box holds an area id or FIND + words."""
    s = st.session_state
    pick = s.get(REGION)
    find = pick.removeprefix(FIND) if isinstance(pick, str) and pick.startswith(FIND) else None
    view, side = s.get(VIEW) or "front", s.get(SIDE) or "right"
    question = s.get(QUESTION) or QUESTIONS[0]
    return LinkState(view, None if find else pick, s.get(MUSCLE), side, find, question)


def write_url(link: LinkState) -> None:
    sync_link(link_params(link) | link_mode())


def select_region(atlas: Atlas, region_id: str) -> None:
    """A map click: select the region, and show its own trigger points rather than a muscle."""
    st.session_state[REGION] = region_id
    st.session_state[MUSCLE] = None
    st.session_state[SIDE] = atlas.regions[region_id].pattern_side


def region_picked(atlas: Atlas, geometry: Geometry) -> None:
    """The select box changed: keep the map on a view that draws the region."""
    rid = st.session_state.get(REGION)
    if rid and rid not in geometry.views[st.session_state.get(VIEW) or "front"].paths:
        st.session_state[VIEW] = atlas.regions[rid].view
    if rid:
        select_region(atlas, rid)


def show_words(atlas: Atlas, geometry: Geometry, words: Resolution) -> None:
    """Show what typed or linked words stand for: one area as a tap, a group on the best view."""
    region = one_area(words)
    if region:
        st.session_state[REGION] = region
        region_picked(atlas, geometry)
        return
    st.session_state[REGION] = FIND + link_words(atlas, words)
    here = st.session_state.get(VIEW) or "front"
    st.session_state[VIEW] = best_view(atlas, geometry, words.regions, here)


def question_switch() -> None:
    """The switch between the two questions a tapped area can answer; kept in the link."""
    st.segmented_control(
        "Question",
        QUESTIONS,
        key=QUESTION,
        format_func=QUESTION_NAMES.get,
        selection_mode="single",
        wrap=True,
        required=True,
    )


def go_to_view(view: str) -> None:
    st.session_state[VIEW] = view


def zoom_links(views: tuple[str, ...]) -> None:
    """Buttons into the close-up that draws the selected area, or back to the whole body."""
    for view in views:
        detail = view in DETAIL_VIEWS
        label = f"Zoom into: {VIEW_NAMES[view]}" if detail else "Back to the whole body"
        icon = ":material/zoom_in:" if detail else ":material/zoom_out:"
        st.button(label, key=f"zoom-{view}", icon=icon, on_click=go_to_view, args=(view,))


def show_muscle(muscle_id: str, side: str) -> None:
    st.session_state[MUSCLE] = muscle_id
    st.session_state[SIDE] = side


def handout(atlas: Atlas, geometry: Geometry, muscle_id: str, side: str) -> None:
    """The shown muscle's take-home handout (ui.handout)."""
    from ui.handout import handout_downloads  # fpdf2 loads numpy: not at start-up

    handout_downloads(atlas, geometry, muscle=muscle_id, side=side, file_name=muscle_id)
