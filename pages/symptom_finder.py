"""Where does it hurt? Mark every painful area; see which trigger points could explain them."""

import streamlit as st

from triggermap.outputs.finder import symptom_finder
from triggermap.schema import VIEW_NAMES, VIEWS
from ui import finder as fd
from ui import safety
from ui.bodymap import body_map, finder_legend
from ui.panels import candidate_panel, disclaimer, flag_message, show_notice
from ui.present import present_drawing_button
from ui.resources import atlas_and_geometry

atlas, geometry = atlas_and_geometry()
st.title("Where does it hurt?")
for notice in fd.notices(atlas):
    show_notice(notice)

screen = symptom_finder(
    atlas, geometry, fd.drawing(), st.session_state[fd.VIEW], st.session_state[fd.INDEX]
)
for flag in screen.flags:  # most urgent first, each saying what to do
    flag_message(flag)
disclaimer()

map_col, list_col = st.columns([1, 1], gap="large")
with map_col:
    st.segmented_control(
        "View",
        VIEWS,  # the hand and foot close-ups too: fingers and toes are too small on the body
        key=fd.VIEW,
        required=True,
        format_func=VIEW_NAMES.get,
        wrap=True,
    )
    st.caption("Tap every area that hurts (tap again to unmark it), or type it below the chart.")
    body_map(screen.map, key="finder_map", on_click=fd.toggle_area)
    fd.words_box(atlas, geometry)
    finder_legend()
with list_col:
    safety.safety_questions(screen.flags)
    safety.results(atlas, screen, candidate_panel)
    present_drawing_button(fd.drawing(), screen.candidates)
    fd.after_result(atlas, geometry, bool(screen.candidates))
    fd.drawing_controls(atlas)

fd.write_url(fd.drawing(), st.session_state[fd.VIEW])
