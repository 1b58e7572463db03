"""The app's pages, in menu order: used by app.py, and once by the legacy-mode guard."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

FAVICON = Path(__file__).resolve().parent.parent / "assets" / "favicon.png"
# Url paths match the file names: see legacy_mode_guard in ui/resources.py.
PAGES = [
    ("pages/body_map.py", "Body map", ":material/accessibility_new:", "body_map"),
    ("pages/symptom_finder.py", "Where does it hurt?", ":material/touch_app:", "symptom_finder"),
    ("pages/conditions.py", "Conditions", ":material/healing:", "conditions"),
    ("pages/dry_needling.py", "Dry needling", ":material/syringe:", "dry_needling"),
    ("pages/library.py", "Muscle library", ":material/table_view:", "library"),
    ("pages/coverage.py", "Coverage", ":material/insights:", "coverage"),
    ("pages/study.py", "Study", ":material/school:", "study"),
    ("pages/about.py", "About and sources", ":material/menu_book:", "about"),
]
# Presentation mode (issue 13): never in the menu; ``?present=1`` opens it at the root.
PRESENT = ("pages/present.py", "Presentation", ":material/co_present:", "present")


def presenting() -> bool:
    """Whether the link asks for presentation mode (``?present=1``)."""
    return st.query_params.get("present") == "1"


def nav_position() -> str:
    """Where the page menu goes: at the top, or nowhere while presenting."""
    return "hidden" if presenting() else "top"


def pages() -> list:
    """st.Page objects for every page; the first is the default (served at the root).

    Built anew on every run: a StreamlitPage can be run only once, so caching
    them across runs breaks concurrent sessions (the soak test caught this).
    Also sets the favicon, which must come before st.navigation: until a run has
    set one, the browser takes the open page's icon instead and fetches a
    :material/ icon from a third-party font host. The first deep link after a
    start reaches st.navigation through legacy_mode_guard, not app.py.
    """
    st.set_page_config(page_icon=FAVICON)  # a file: Streamlit serves it itself
    present = presenting()
    listed = [
        st.Page(path, title=title, icon=icon, url_path=url, default=(i == 0 and not present))
        for i, (path, title, icon, url) in enumerate(PAGES)
    ]
    path, title, icon, url = PRESENT
    hidden = st.Page(
        path, title=title, icon=icon, url_path=url, default=present, visibility="hidden"
    )
    return [*listed, hidden]


def import_page_modules() -> None:
    """Import the modules the first page imports, so no visitor's first run waits on them.

    Read from the page file itself (its import lines), so a new import needs no list
    kept here. Only the default page's: the others' (pandas for the library's tables,
    Plotly for the charts) would add 45 MB to every server that never shows them.
    """
    import ast
    import importlib

    default_page = FAVICON.parent.parent / PAGES[0][0]
    for node in ast.parse(default_page.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                importlib.import_module(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            module = importlib.import_module(node.module)
            for alias in node.names:  # `from ui import study` names a module
                if not hasattr(module, alias.name):
                    importlib.import_module(f"{node.module}.{alias.name}")
