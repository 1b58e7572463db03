"""The app's pages, in menu order: used by app.py, and once by the legacy-mode guard."""

from __future__ import annotations

import streamlit as st

# Url paths match the file names: see legacy_mode_guard in ui/resources.py.
PAGES = [
    ("pages/body_map.py", "Body map", ":material/accessibility_new:", "body_map"),
    ("pages/symptom_finder.py", "Where does it hurt?", ":material/touch_app:", "symptom_finder"),
    ("pages/conditions.py", "Conditions", ":material/healing:", "conditions"),
    ("pages/library.py", "Muscle library", ":material/table_view:", "library"),
    ("pages/coverage.py", "Coverage", ":material/insights:", "coverage"),
    ("pages/about.py", "About and sources", ":material/menu_book:", "about"),
]


def pages() -> list:
    """st.Page objects for every page; the first is the default (served at the root).

    Built anew on every run: a StreamlitPage can be run only once, so caching
    them across runs breaks concurrent sessions (the soak test caught this).
    """
    return [
        st.Page(path, title=title, icon=icon, url_path=url, default=(i == 0))
        for i, (path, title, icon, url) in enumerate(PAGES)
    ]
