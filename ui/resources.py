"""Immutable things loaded once per process and shared by every session."""

from __future__ import annotations

import gc

import streamlit as st

from triggermap.atlas.loading import load_atlas
from triggermap.atlas.model import Atlas, AtlasError
from triggermap.chart.geometry import Geometry, load_geometry
from triggermap.lookup.query import base_names
from triggermap.outputs.answers import tap_index
from triggermap.outputs.screens import warm_up
from triggermap.outputs.search import search_options
from ui.clinic import clinic_header


@st.cache_resource(show_spinner=False)
def _load() -> tuple[Atlas | None, Geometry, dict, tuple[str, ...]]:
    geometry = load_geometry()
    try:
        atlas, errors = load_atlas(geometry=geometry), ()
        warm_up(atlas, geometry)
        index = tap_index(atlas, geometry)
    except AtlasError as exc:
        atlas, index, errors = None, {}, tuple(exc.messages)
    # Streamlit runs a full garbage collection after every script run, and its
    # cost grows with every live object: it was most of a map click (about 100
    # ms of 150). The atlas, the geometry and the libraries never change after
    # loading, so moving them out of the collector's sight makes it cheap.
    gc.collect()
    gc.freeze()
    return atlas, geometry, index, errors


@st.cache_resource(show_spinner=False)
def base_region_names(_atlas: Atlas) -> dict[str, str]:
    """Side-less area names for filters ("heel" for both heels), sorted by name."""
    return dict(sorted(base_names(_atlas).items(), key=lambda kv: kv[1]))


_COMPACT_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 4.5rem; }
h1 { font-size: 2rem !important; padding-top: 0 !important; }
/* Grey captions at 6.3:1 on white. Streamlit fades them with opacity 0.6 of the text
   colour, about 4.1:1, and the theme has no setting for it (grayTextColor is for
   coloured-text markup). */
.stApp [data-testid="stCaptionContainer"] { color: #56626c; opacity: 1; }
/* The skip link (answer_anchor) shows only when focused, and only on a page with an answer. */
.tm-skip { position: fixed; top: 0.5rem; left: 0.5rem; z-index: 1000100; padding: 0.5rem 1rem;
  background: #ffffff; color: #12384a; border: 3px solid #1d6f8c; border-radius: 0.4rem;
  font-weight: 700; transform: translateY(-300%); }
.tm-skip:focus { transform: none; }
body:not(:has(#tm-answer)) .tm-skip { display: none; }
#tm-answer:focus { outline: none; }
.stElementContainer:has(> .stHtml #tm-answer) { margin-bottom: -1rem; }
</style>"""

# Streamlit's own "Skip to main content" link is the first thing in <body>, before the
# page menu; the body map's "Skip to the answer" goes before it, so it is the first Tab
# stop. It is made once outside Streamlit's React tree (which would otherwise own and
# redraw it), and CSS hides it on pages without the anchor: pages change without a reload.
_ANSWER_ANCHOR = """<span id="tm-answer" tabindex="-1"></span>
<script>
if (!document.getElementById("tm-skip")) {
  const link = document.createElement("a");
  link.id = "tm-skip";
  link.className = "tm-skip";
  link.href = "#tm-answer";
  link.textContent = "Skip to the answer";
  // Focus, not the URL's #fragment: the page's link holds its state and is shared.
  link.addEventListener("click", (event) => {
    const target = document.getElementById("tm-answer");
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "start" });
  });
  document.body.prepend(link);
}
</script>"""


def legacy_mode_guard() -> None:
    """Send a run that bypassed app.py back through it, once.

    Streamlit treats a top-level pages/ folder the legacy way until some session
    has called st.navigation. So on the first visit after the server starts, a
    deep link (/symptom_finder?pain=...) runs the page script without app.py.
    Calling st.navigation with the real pages ends that mode for the process,
    and the rerun goes through the router with the same link.
    """
    if st.session_state.get("_routed") or st.session_state.get("_rerouted"):
        return
    from ui.routes import pages

    st.session_state["_rerouted"] = True
    st.navigation(pages(), position="top")
    st.rerun()


def answer_anchor() -> None:
    """Mark where the page's answer starts, and add the skip link to it at the top of the page."""
    st.html(_ANSWER_ANCHOR, unsafe_allow_javascript=True)


def sync_link(params: dict[str, str]) -> None:
    """Put the screen's state in the address bar, only when it changed (a write adds history)."""
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)


def load_ahead() -> None:
    """Load the atlas, chart and tap index, and import the first page's modules (ui/serve.py).

    Run outside any session, before the first one: an error is left for the first
    script run to load again and show, as a normal start would.
    """
    import logging

    # Streamlit warns about every call made outside a script run; these are meant to be.
    # Quiet only while loading: later warnings from that logger are real.
    quiet = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        from PIL import Image

        from ui import routes

        routes.import_page_modules()
        Image.preinit()  # the image formats' plugins, which the favicon's first use loaded
        # Streamlit's first element in a process checks whether it runs in a REPL by
        # reading the source of every frame on the stack: 0.1 s of the first page, where
        # the stack is deep. Outside a script run this element is made and dropped.
        st.empty()
        atlas = _load()[0]
        if atlas is not None:
            base_region_names(atlas)
            search_options(atlas)  # the search box's labels: every area and muscle, resolved
    except Exception:  # noqa: BLE001 - reported by the first script run instead
        return
    finally:
        quiet.setLevel(level)


def tap_answers() -> dict:
    """Every answer a body-map tap can get (triggermap.outputs.answers), built once per process."""
    return _load()[2]


def atlas_and_geometry() -> tuple[Atlas, Geometry]:
    """The validated atlas and the chart geometry; stops the page with the errors if invalid."""
    legacy_mode_guard()
    # Less space above the title leaves more of the screen to the chart on tablets.
    st.html(_COMPACT_CSS)
    clinic_header()
    atlas, geometry, _, errors = _load()
    if atlas is None:
        st.error("The atlas data failed validation, so the app cannot start:")
        st.code("\n".join(errors), language=None)
        st.stop()
    return atlas, geometry
