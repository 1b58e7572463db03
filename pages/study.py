"""Study: questions on the body map for trainees, with feedback and a score (issue 14)."""

import streamlit as st

from ui import study as sv
from ui import study_setup as ss
from ui import study_storage as store
from ui.panels import show_notice
from ui.resources import atlas_and_geometry
from ui.study_compare import pick_and_compare
from ui.study_progress import progress_panel

atlas, geometry = atlas_and_geometry()
ss.init_from_url(atlas, geometry)
st.title("Study referral patterns")

for notice in (ss.notice(), store.notice()):
    if notice:
        show_notice(notice)
if not ss.active():
    st.caption(
        "Questions on the body map, each answered at once with the true pattern and its source. "
        "Educational only: nothing here is a diagnosis."
    )
    ss.setup_form(atlas, geometry)
    st.subheader("Compare two muscles")
    st.caption("Two patterns on one map: told apart by colour and by pattern, and in words.")
    pick_and_compare(atlas, geometry)
    progress_panel(atlas, geometry)
elif (question := ss.current()) is None:
    sv.score_panel(atlas, geometry)
else:
    # The question first: on a phone the columns stack, and the prompt must come before the map.
    info_col, map_col = st.columns([1, 1], gap="large")
    with info_col:
        sv.question_panel(atlas, geometry, question)
    with map_col:
        sv.question_map_panel(atlas, geometry, question)

ss.write_url()
store.sync(atlas)
