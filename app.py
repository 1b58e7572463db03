"""Router: page config and navigation only. Each page lives in pages/."""

import streamlit as st

st.set_page_config(page_title="Trigger-point body map", page_icon="✕", layout="wide")

pages = [
    st.Page(
        "pages/body_map.py",
        title="Body map",
        icon=":material/accessibility_new:",
        url_path="body_map",
        default=True,
    ),
    st.Page(
        "pages/library.py", title="Muscle library", icon=":material/table_view:", url_path="library"
    ),
    st.Page("pages/coverage.py", title="Coverage", icon=":material/insights:", url_path="coverage"),
    st.Page(
        "pages/about.py", title="About and sources", icon=":material/menu_book:", url_path="about"
    ),
]
st.navigation(pages, position="top").run()
