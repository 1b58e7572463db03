"""Look-alike comparison: two muscles' patterns on one map, told apart by colour and pattern."""

from __future__ import annotations

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.outputs.study import lookalikes
from triggermap.outputs.study_maps import compare
from triggermap.text import escape
from ui.bodymap import HATCH, body_map, legend_items

FIRST_STYLE, SECOND_STYLE = "solid red", "hatched, with a purple outline"


def comparison(atlas: Atlas, geometry: Geometry, first: str, second: str, key: str) -> None:
    """The two patterns on the map, the key to them, and their differences in words."""
    c = compare(atlas, geometry, first, second)
    map_col, words_col = st.columns([1, 1])
    with map_col:
        body_map(c.map, key=key, on_click=lambda _: None)
    with words_col:
        _words(atlas, c, first, second)


def _words(atlas: Atlas, c, first: str, second: str) -> None:
    # Fixed wording only: the muscle names are in the text below, escaped.
    legend_items(
        [
            ("background:#d7263d", "First muscle's essential zone"),
            (HATCH + ";border:2px solid #4b1d80", "Second muscle's essential zone"),
            ("background:#d7263d;border:2px solid #4b1d80", "Both muscles' essential zones"),
            ("cross", "Their trigger points"),
        ]
    )
    a, b = atlas.muscles[first].name, atlas.muscles[second].name
    st.markdown(f"**{escape(a)}** ({FIRST_STYLE}) and **{escape(b)}** ({SECOND_STYLE}):")
    st.markdown("\n".join(f"- {escape(line)}" for line in c.differences))


def pick_and_compare(atlas: Atlas, geometry: Geometry) -> None:
    """Pick two muscles (the second from the first's look-alikes first) and compare them."""
    names = {m.id: m.name for m in sorted(atlas.muscles.values(), key=lambda m: m.name)}
    left, right = st.columns([1, 1])
    first = left.selectbox(
        f"First muscle ({FIRST_STYLE})",
        tuple(names),
        key="compare_first",
        format_func=names.get,
        index=None,
        placeholder="Choose a muscle",
    )
    if first is None:
        return
    alike = lookalikes(atlas, first)
    options = (*alike, *(m for m in names if m != first and m not in alike))
    second = right.selectbox(
        f"Second muscle ({SECOND_STYLE}); look-alikes first",
        options,
        key=f"compare_second_{first}",
        format_func=names.get,
    )
    comparison(atlas, geometry, first, second, key="compare_map")


def lookalike_expander(atlas: Atlas, geometry: Geometry, muscle_id: str, number: int) -> None:
    """From a question's feedback: tell its muscle apart from one of its look-alikes."""
    alike = lookalikes(atlas, muscle_id)[:5]
    if not alike:
        return
    with st.expander("Tell it apart from a look-alike"):
        second = st.selectbox(
            "Look-alike",
            alike,
            key=f"study_alike_{number}",
            format_func=lambda m: atlas.muscles[m].name,
        )
        comparison(atlas, geometry, muscle_id, second, key="study_compare_map")
