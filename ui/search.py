"""The body map's search box and what a group of areas shows: words as people type them."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from triggermap.atlas.model import Atlas, UnknownRegionError
from triggermap.chart.geometry import Geometry
from triggermap.lookup.vocabulary import resolve
from triggermap.outputs.screens import Explorer, LinkState, explore
from triggermap.outputs.search import (
    FIND,
    Found,
    found,
    in_words,
    option_label,
    search_options,
    unknown_words,
)
from triggermap.schema import VIEW_NAMES
from triggermap.text import Notice, and_list, capital
from triggermap.text import escape as esc
from ui import explorer as ex

_LAST, _NOTICE = "search_last", "search_notice"


def _picked(atlas: Atlas, geometry: Geometry) -> None:
    """An option was picked or words were typed: show the area or the group they stand for."""
    value = st.session_state.get(ex.REGION)
    if not value or value in atlas.regions:
        ex.region_picked(atlas, geometry)
        return
    words = value.removeprefix(FIND)
    try:
        res = resolve(atlas, words)
    except UnknownRegionError as exc:
        # Never half-applied: the screen stays as it was.
        st.session_state[ex.REGION] = st.session_state.get(_LAST)
        st.session_state[_NOTICE] = unknown_words(words, exc.suggestions)
        return
    st.session_state[ex.MUSCLE] = None
    ex.show_words(atlas, geometry, res)


def search_box(atlas: Atlas, geometry: Geometry) -> Notice | None:
    """The "Find a body area" box; returns a notice if the words typed last matched nothing.

    It offers areas, body parts, broad words and conditions, and takes any other
    words on Enter (``accept_new_options``): they go through the vocabulary too.
    """
    options = search_options(atlas)
    value = st.session_state.get(ex.REGION)
    st.selectbox(
        "Find a body area",
        [*options, *([value] if value and value not in options else [])],
        key=ex.REGION,
        index=None,
        format_func=lambda v: option_label(atlas, v),
        placeholder="Type an area, a body part or a complaint: heel, shoulder, sciatica",
        accept_new_options=True,
        on_change=_picked,
        args=(atlas, geometry),
    )
    st.session_state[_LAST] = st.session_state.get(ex.REGION)
    return st.session_state.pop(_NOTICE, None)


def screen(atlas: Atlas, geometry: Geometry, link: LinkState) -> tuple[Explorer, Found | None]:
    """The body-map screen for the link, with the group of areas it names marked, if any."""
    if link.region not in atlas.regions:
        link = replace(link, region=None)
    shown = explore(atlas, geometry, link)
    if not link.find:
        return shown, None
    try:
        return found(atlas, geometry, shown, resolve(atlas, link.find))
    except UnknownRegionError:
        return shown, None


def elsewhere(group: Found | None) -> None:
    """Say which other views draw more of the group's areas."""
    if group and group.elsewhere:
        names = and_list([VIEW_NAMES[v] for v in group.elsewhere])
        st.caption(f"Some of these areas are on the {names} view.")


def group_answer(atlas: Atlas, group: Found) -> None:
    """The group's areas in words and the muscles that can cause pain somewhere in it."""
    res = group.resolution
    title = capital(res.label)
    st.subheader(esc(title))
    short, about = in_words(atlas, res)
    short = short.removeprefix(f"{title}: ")  # the heading names it already
    st.markdown(esc(capital(short)))
    if about:
        st.caption(esc(about))
    st.markdown("**Pain felt somewhere here can come from** (tap one to see its pattern):")
    if not group.sources:
        st.caption("No trigger point in the atlas refers pain to these areas.")
    for rank, source in enumerate(group.sources, 1):
        side = "right" if "right" in source.sides or not source.sides else source.sides[0]
        with st.container(gap=None):
            st.button(
                f"**{rank}\\. {esc(source.muscle)}**",
                key=f"found-{source.muscle_id}",
                type="tertiary",
                on_click=ex.show_muscle,
                args=(source.muscle_id, side),
            )
            st.caption(esc(capital(source.explanation)))
