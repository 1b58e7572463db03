"""Dry needling for patients: what it is, the evidence with its figures, the risks and aftercare."""

import streamlit as st

from ui.needling import explainer, show_explainer
from ui.panels import disclaimer
from ui.resources import atlas_and_geometry

atlas, _ = atlas_and_geometry()
content, problems = explainer()
st.title(content.title if content else "Dry needling")
disclaimer()
# Clinic branding (issue 13, part 4) goes here: the lead calls ui's booking_button() at this
# spot once that session's branding is merged. Nothing is shown in its place until then.
if problems:
    st.error("The dry-needling page's data failed validation:")
    st.code("\n".join(problems), language=None)
elif content is None:
    st.info("This atlas has no dry-needling page (data/dry_needling.toml).")
else:
    show_explainer(atlas, content)
