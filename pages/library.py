"""Every muscle in one searchable table; a row opens the muscle on the body map."""

import streamlit as st

from triggermap.outputs.screens import muscle_link
from triggermap.outputs.tables import atlas_csv, filtered_library, library_csv
from ui import mode
from ui.panels import disclaimer
from ui.resources import atlas_and_geometry, base_region_names
from ui.surfaces import library_filters

atlas, geometry = atlas_and_geometry()
st.title("Muscle library")
disclaimer()
st.caption(
    f"{len(atlas.muscles)} muscles and "
    f"{sum(len(m.trigger_points) for m in atlas.muscles.values())} trigger points, each with "
    "its sources. Select a row to open the muscle on the body map."
)

filters = library_filters(atlas, base_region_names(atlas))
rows = filtered_library(atlas, filters)
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

shown_col, whole_col = st.columns([1, 1])
shown_col.download_button(
    f"Download these {len(rows)} muscles (CSV)",
    library_csv(rows),
    file_name="trigger-point-muscles.csv",
    mime="text/csv",
    icon=":material/download:",
    disabled=rows.empty,
)
whole_col.download_button(
    "Download the whole atlas (CSV)",
    atlas_csv(atlas, mode.clinician()),  # needling notes only in clinician mode
    file_name="trigger-point-atlas.csv",
    mime="text/csv",
    icon=":material/download:",
)
