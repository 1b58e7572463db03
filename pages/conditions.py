"""Pick a condition: its muscles and their referral patterns together on the chart."""

from dataclasses import replace

import streamlit as st

from triggermap.lookup.redflags import red_flags
from triggermap.outputs.finder import condition_view
from triggermap.schema import SIDES, VIEW_NAMES
from ui.bodymap import body_map, legend
from ui.panels import disclaimer, esc, flag_message
from ui.resources import atlas_and_geometry
from ui.surfaces import condition_answer

atlas, geometry = atlas_and_geometry()
st.title("Conditions")
disclaimer()

pick_col, view_col, side_col = st.columns([2, 2, 1])
condition_id = pick_col.selectbox(
    "Condition",
    sorted(atlas.conditions, key=lambda c: atlas.conditions[c].name),
    key="condition_pick",
    format_func=lambda c: atlas.conditions[c].name,
)
view = view_col.segmented_control(
    "View",
    ("front", "back", "head"),
    key="condition_view",
    default="front",
    required=True,
    format_func=VIEW_NAMES.get,
)
side = side_col.radio("Side", SIDES, key="condition_side", format_func=str.capitalize)

screen = condition_view(atlas, geometry, condition_id, view or "front", side)
tapped = st.session_state.get("condition_region")

map_col, text_col = st.columns([1, 1], gap="large")
with map_col:
    body_map(
        replace(screen.map, selected=(tapped,) if tapped else ()),
        key="condition_map",
        on_click=lambda rid: st.session_state.update(condition_region=rid),
    )
    legend()
with text_col:
    if tapped:
        for flag in red_flags([tapped]):  # the same safety rules as the body map's panel
            flag_message(flag)
        condition_answer(atlas, condition_id, tapped)
    else:
        st.caption("Tap an area of the chart to see which of these muscles can send pain there.")
    st.subheader(screen.condition.name)
    st.markdown(esc(screen.condition.description))
    st.markdown(f"##### {len(screen.muscles)} muscles can cause or add to it")
    for m in screen.muscles:
        mimic = " *(its pain can mimic this condition)*" if screen.condition.id in m.mimics else ""
        st.markdown(f"- **{esc(m.name)}**: {esc(m.plain_name)}{mimic}")
