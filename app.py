"""Router: page config and navigation only. Each page lives in pages/."""

import streamlit as st

st.set_page_config(page_title="Trigger-point body map", page_icon="✕", layout="wide")

PAGES = [
    ("pages/body_map.py", "Body map", ":material/accessibility_new:", "body_map"),
    ("pages/symptom_finder.py", "Where does it hurt?", ":material/touch_app:", "where_it_hurts"),
    ("pages/conditions.py", "Conditions", ":material/healing:", "conditions"),
    ("pages/library.py", "Muscle library", ":material/table_view:", "library"),
    ("pages/coverage.py", "Coverage", ":material/insights:", "coverage"),
    ("pages/about.py", "About and sources", ":material/menu_book:", "about"),
]
pages = [
    st.Page(path, title=title, icon=icon, url_path=url, default=(i == 0))
    for i, (path, title, icon, url) in enumerate(PAGES)
]
st.navigation(pages, position="top").run()
