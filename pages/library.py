"""Every muscle in one searchable table; a row opens the muscle on the body map."""

import streamlit as st

from triggermap.outputs.screens import muscle_link
from triggermap.outputs.tables import atlas_csv, library_rows
from triggermap.schema import AREA_NAMES, AREAS
from ui.panels import disclaimer
from ui.resources import atlas_and_geometry, base_region_names

atlas, geometry = atlas_and_geometry()
st.title("Muscle library")
disclaimer()
st.caption(
    f"{len(atlas.muscles)} muscles and "
    f"{sum(len(m.trigger_points) for m in atlas.muscles.values())} trigger points, each with "
    "its sources. Select a row to open the muscle on the body map."
)

search, area_col = st.columns([1, 1])
text = search.text_input("Search by name", placeholder="e.g. trapezius, calf, thumb")
areas = area_col.multiselect("Body area", AREAS, format_func=AREA_NAMES.get)
cond_col, region_col = st.columns([1, 1])
condition = cond_col.selectbox(
    "Linked to condition",
    list(atlas.conditions),
    index=None,
    format_func=lambda c: atlas.conditions[c].name,
    placeholder="Any condition",
)
names = base_region_names(atlas)
region = region_col.selectbox(
    "Refers pain to", list(names), index=None, format_func=names.get, placeholder="Anywhere"
)

rows = library_rows(atlas, text, tuple(areas), condition, region)
event = st.dataframe(
    rows,
    key="library_table",
    on_select="rerun",
    selection_mode="single-row",
    hide_index=True,
    column_order=[c for c in rows.columns if c != "id"],
    column_config={
        "muscle": "Muscle",
        "plain_name": "In plain words",
        "area": "Area",
        "trigger_points": "Trigger points",
        "refers_to": "Refers pain to",
        "conditions": "Conditions",
    },
)
st.caption(f"{len(rows)} of {len(atlas.muscles)} muscles shown.")
if event.selection.rows:
    muscle_id = rows.iloc[event.selection.rows[0]]["id"]
    st.switch_page("pages/body_map.py", query_params=muscle_link(atlas, geometry, muscle_id))

st.download_button(
    "Download the whole atlas (CSV)",
    atlas_csv(atlas),
    file_name="trigger-point-atlas.csv",
    mime="text/csv",
    icon=":material/download:",
)
