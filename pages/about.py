"""What the app is, how to read the chart, and the works it draws on."""

import streamlit as st

from ui.panels import disclaimer, esc
from ui.resources import atlas_and_geometry

atlas, _ = atlas_and_geometry()

st.title("About this atlas")
disclaimer()
st.markdown(
    "A **trigger point** is a small, tender knot in a muscle that can cause pain somewhere "
    "else: its *referred pain*. Following Travell & Simons, each pattern has an **essential "
    "zone** (solid red on the chart), where nearly everyone with that trigger point feels "
    "pain, and a **spillover zone** (hatched), where some people also feel it. ✕ marks the "
    "trigger point itself."
)
st.markdown(
    "The chart uses the patient's own frame: on the front view the patient's right side is on "
    "your left, as in clinical body charts. **R** and **L** are printed on every view."
)
st.markdown(
    f"The atlas holds **{len(atlas.muscles)} muscles** with "
    f"**{sum(len(m.trigger_points) for m in atlas.muscles.values())} trigger points** and "
    f"**{len(atlas.conditions)} conditions**. Nothing you enter is stored on the server."
)
st.subheader("Sources")
for source in atlas.sources.values():
    st.markdown(f"- {esc(source.citation)}")
