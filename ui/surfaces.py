"""Pieces of the conditions, library and coverage pages: tap answers, filters, heat key."""

from __future__ import annotations

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.outputs.tables import LibraryFilters, library_params, parse_library_link
from triggermap.outputs.taps import condition_sources, referring_muscles
from triggermap.schema import AREA_NAMES, AREAS
from triggermap.text import escape as esc
from ui.bodymap import legend_items
from ui.panels import _capital, show_notice
from ui.resources import sync_link

# The chart's heat colours, step by step (assets/js/map.css, path.h0 … path.h5).
HEAT_COLOURS = ("#f4efe9", "#fde0b6", "#f9b77a", "#ef8250", "#d4493a", "#a01b2d")


def condition_answer(atlas: Atlas, condition_id: str, region_id: str) -> None:
    """The condition's muscles that can send pain to a tapped area, most likely first."""
    where = atlas.regions[region_id].name
    name = atlas.conditions[condition_id].name
    sources = condition_sources(atlas, condition_id, region_id)
    st.markdown(f"##### Pain in the {esc(where)} within {esc(name)}")
    if not sources:
        st.markdown("None of this condition's muscles send pain there. Tap another area.")
        return
    for rank, s in enumerate(sources, 1):
        st.markdown(f"{rank}. **{esc(s.muscle)}**: {_capital(s.explanation)}.")


_LIB = {
    "text": "lib_text",
    "areas": "lib_areas",
    "condition": "lib_condition",
    "refers": "lib_refers",
}


def library_filters(atlas: Atlas, names: dict[str, str]) -> LibraryFilters:
    """The library's filter widgets, set from the link when the page opens; the link follows them.

    The widget keys exist only while the page is shown, so their absence means the
    page has just been opened: from a link, Back, or the navigation.
    """
    if _LIB["text"] not in st.session_state:
        link, notices = parse_library_link(atlas, st.query_params.to_dict())
        st.session_state.update({key: getattr(link, f) for f, key in _LIB.items()})
        st.session_state[_LIB["areas"]] = list(link.areas)
        for notice in notices:
            show_notice(notice)
    search, area_col = st.columns([1, 1])
    search.text_input("Search by name", placeholder="e.g. trapezius, calf, thumb", key=_LIB["text"])
    area_col.multiselect("Body area", AREAS, format_func=AREA_NAMES.get, key=_LIB["areas"])
    cond_col, region_col = st.columns([1, 1])
    cond_col.selectbox(
        "Linked to condition",
        list(atlas.conditions),
        index=None,
        format_func=lambda c: atlas.conditions[c].name,
        placeholder="Any condition",
        key=_LIB["condition"],
    )
    region_col.selectbox(
        "Refers pain to",
        list(names),
        index=None,
        format_func=names.get,
        placeholder="Anywhere",
        key=_LIB["refers"],
    )
    s = st.session_state
    filters = LibraryFilters(
        s[_LIB["text"]].strip(), tuple(s[_LIB["areas"]]), s[_LIB["condition"]], s[_LIB["refers"]]
    )
    sync_link(library_params(filters))
    return filters


def heat_legend(scale: list[tuple[int, int, int]]) -> None:
    """The heat map's colour key: how many muscles each shade stands for."""

    def words(lo: int, hi: int) -> str:
        count = str(lo) if lo == hi else f"{lo} to {hi}"
        return f"{count} muscle{'' if hi == 1 else 's'}"

    legend_items(
        [
            (f"background:{HEAT_COLOURS[step]};border:1px solid #888", words(lo, hi))
            for step, lo, hi in scale
        ]
    )


def coverage_answer(atlas: Atlas, region_id: str) -> None:
    """The muscles that refer pain to a tapped area, and a link to them in the library."""
    region = atlas.regions[region_id]
    found = referring_muscles(atlas, region_id)
    st.markdown(f"##### {esc(region.display)}: {len(found)} muscles refer pain here")
    if found:
        st.page_link(
            "pages/library.py",
            label="See these muscles in the library",
            icon=":material/table_view:",
            query_params={"refers": region.base},
        )
    for m, zone in found:
        how = "main zone" if zone == "essential" else "spillover zone"
        st.markdown(f"- **{esc(m.name)}** ({how})")


# How each kind of evidence is named on the coverage page, strongest first.
EVIDENCE_LABELS = {
    "figure": "Drawn in a figure",
    "text": "Described in text",
    "derived": "Derived by the atlas",
}


def evidence_split(counts) -> None:
    """How much of the atlas is drawn in a source's figure, described in its text, or derived."""
    total = int(counts["trigger_points"].sum())
    st.caption(
        f"Where each of the {total} trigger points' patterns comes from, counting each trigger "
        "point once (not once per side). A derived pattern was worked out or borrowed by the "
        "atlas, not taken from a published figure, and the ranking weighs it less."
    )
    for col, row in zip(st.columns(len(counts)), counts.itertuples(), strict=True):
        col.metric(
            EVIDENCE_LABELS[row.evidence],
            f"{row.trigger_points} ({row.share}%)",
            help=row.meaning,
        )
