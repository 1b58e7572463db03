"""Immutable things loaded once per process and shared by every session."""

from __future__ import annotations

import streamlit as st

from triggermap.atlas import load_atlas
from triggermap.geometry import Geometry, load_geometry
from triggermap.model import Atlas, AtlasError


@st.cache_resource(show_spinner=False)
def _load() -> tuple[Atlas | None, Geometry, tuple[str, ...]]:
    geometry = load_geometry()
    try:
        return load_atlas(geometry=geometry), geometry, ()
    except AtlasError as exc:
        return None, geometry, tuple(exc.messages)


def atlas_and_geometry() -> tuple[Atlas, Geometry]:
    """The validated atlas and the chart geometry; stops the page with the errors if invalid."""
    atlas, geometry, errors = _load()
    if atlas is None:
        st.error("The atlas data failed validation, so the app cannot start:")
        st.code("\n".join(errors), language=None)
        st.stop()
    return atlas, geometry
