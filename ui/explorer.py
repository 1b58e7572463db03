"""Session state for the body-map screen, kept in step with the URL."""

from __future__ import annotations

import streamlit as st

from triggermap.model import Atlas
from triggermap.screens import LinkState, link_params, parse_link

VIEW, REGION, MUSCLE, SIDE = "view", "region_pick", "muscle_pick", "side_pick"
VIEW_LABELS = {"front": "Front", "back": "Back", "head": "Head (side)"}


def init_from_url(atlas: Atlas) -> tuple[str, ...]:
    """Read the link once per session; return notices for values that were ignored."""
    if st.session_state.get("_link_loaded"):
        return ()
    link, notices = parse_link(atlas, st.query_params.to_dict())
    if link.region and link.region not in _drawn(link.view):
        link = LinkState(atlas.regions[link.region].view, link.region, link.muscle, link.side)
    st.session_state.update(
        {
            VIEW: link.view,
            REGION: link.region,
            MUSCLE: link.muscle,
            SIDE: link.side,
            "_link_loaded": True,
        }
    )
    return notices


def _drawn(view: str) -> set[str]:
    from ui.resources import atlas_and_geometry

    return set(atlas_and_geometry()[1].views[view].paths)


def current() -> LinkState:
    s = st.session_state
    return LinkState(s.get(VIEW) or "front", s.get(REGION), s.get(MUSCLE), s.get(SIDE) or "right")


def write_url(link: LinkState) -> None:
    params = link_params(link)
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)


def select_region(atlas: Atlas, region_id: str) -> None:
    """A map click: select the region, and show its own trigger points rather than a muscle."""
    st.session_state[REGION] = region_id
    st.session_state[MUSCLE] = None
    side = atlas.regions[region_id].side
    st.session_state[SIDE] = side if side in ("right", "left") else "right"


def region_picked(atlas: Atlas) -> None:
    """The select box changed: keep the map on a view that draws the region."""
    rid = st.session_state.get(REGION)
    if rid and rid not in _drawn(st.session_state.get(VIEW) or "front"):
        st.session_state[VIEW] = atlas.regions[rid].view
    if rid:
        select_region(atlas, rid)


def show_muscle(muscle_id: str, side: str) -> None:
    st.session_state[MUSCLE] = muscle_id
    st.session_state[SIDE] = side
