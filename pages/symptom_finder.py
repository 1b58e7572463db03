"""Where does it hurt? Mark every painful area; see which trigger points could explain them."""

import streamlit as st

from triggermap.outputs.finder import symptom_finder
from triggermap.schema import VIEW_NAMES, VIEWS
from ui import finder as fd
from ui.bodymap import body_map, finder_legend
from ui.panels import candidate_panel, disclaimer, show_notice
from ui.resources import atlas_and_geometry

atlas, geometry = atlas_and_geometry()
st.title("Where does it hurt?")
for notice in fd.notices(atlas):
    show_notice(notice)

screen = symptom_finder(
    atlas, geometry, fd.drawing(), st.session_state[fd.VIEW], st.session_state[fd.INDEX]
)
for flag in screen.flags:
    st.error(f"**See a doctor first.** {flag.message}", icon=":material/emergency:")
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
    fd.safety_questions()
    st.subheader("Muscles that could be the cause")
    candidate_panel(atlas, screen, lambda delta: fd.step(delta, len(screen.candidates)))
    fd.drawing_controls(atlas)

fd.write_url(fd.drawing(), st.session_state[fd.VIEW])
