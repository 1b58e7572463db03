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
</style>"""


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


def tap_answers() -> dict:
    """Every answer a body-map tap can get (triggermap.outputs.answers), built once per process."""
    return _load()[2]


def atlas_and_geometry() -> tuple[Atlas, Geometry]:
    """The validated atlas and the chart geometry; stops the page with the errors if invalid."""
    legacy_mode_guard()
    # Less space above the title leaves more of the screen to the chart on tablets.
    st.html(_COMPACT_CSS)
    atlas, geometry, _, errors = _load()
    if atlas is None:
        st.error("The atlas data failed validation, so the app cannot start:")
        st.code("\n".join(errors), language=None)
        st.stop()
    return atlas, geometry
