"""Router: page config and navigation only. Each page lives in pages/."""

import streamlit as st

from ui.routes import nav_position, pages

st.set_page_config(page_title="Trigger-point body map", layout="wide")  # the icon: ui/routes.py
st.session_state["_routed"] = True  # see legacy_mode_guard in ui/resources.py
st.navigation(pages(), position=nav_position()).run()
