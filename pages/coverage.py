"""For trainees: how the atlas covers the body, and where referred pain gathers."""

import plotly.express as px
import streamlit as st

from triggermap.outputs.screens import MapState
from triggermap.outputs.tables import (
    area_counts,
    evidence_counts,
    heat_levels,
    heat_scale,
    referral_density,
    top_referral_areas,
)
from triggermap.schema import BODY_VIEWS, VIEW_NAMES
from ui.bodymap import body_map
from ui.resources import atlas_and_geometry
from ui.surfaces import coverage_answer, evidence_split, heat_legend

atlas, geometry = atlas_and_geometry()
st.title("Atlas coverage")

counts = area_counts(atlas)
table_col, chart_col = st.columns([2, 3])
table_col.dataframe(
    counts,
    hide_index=True,
    column_config={"area": "Body area", "muscles": "Muscles", "trigger_points": "Trigger points"},
)
chart_col.plotly_chart(
    px.bar(
        counts.rename(columns={"muscles": "Muscles", "trigger_points": "Trigger points"}),
        x="area",
        y=["Muscles", "Trigger points"],
        barmode="group",
        labels={"value": "count", "area": "", "variable": ""},
        height=320,
    ),
    key="area_chart",
)

st.subheader("Where the patterns come from")
evidence_split(evidence_counts(atlas))

st.subheader("Referral density")
st.caption(
    "Each area is coloured by how many muscles in the atlas can refer pain to it. "
    "Tap an area to list them."
)
density = referral_density(atlas)
map_col, bar_col = st.columns([2, 3])
with map_col:
    view = st.segmented_control(
        "View",
        BODY_VIEWS + ("head",),
        key="coverage_view",
        format_func=VIEW_NAMES.get,
        default="front",
        required=True,
        wrap=True,
    )
    picked = st.session_state.get("coverage_region")
    body_map(
        MapState(
            view=view or "front", heat=heat_levels(density), selected=(picked,) if picked else ()
        ),
        key="coverage_map",
        on_click=lambda rid: st.session_state.update(coverage_region=rid),
    )
    heat_legend(heat_scale(density))
    if picked:
        coverage_answer(atlas, picked)
top = top_referral_areas(atlas, density, 20)
bar_col.plotly_chart(
    px.bar(
        x=[n for _, n in top][::-1],
        y=[name for name, _ in top][::-1],
        orientation="h",
        labels={"x": "muscles referring pain here", "y": ""},
        height=560,
    ),
    key="density_chart",
)
