"""Dry needling for patients: what it is, the evidence with its figures, the risks and aftercare."""

import streamlit as st

from ui.clinic import booking_button
from ui.needling import explainer, show_explainer
from ui.panels import disclaimer
from ui.resources import atlas_and_geometry

atlas, _ = atlas_and_geometry()
content, problems = explainer()
st.title(content.title if content else "Dry needling")
disclaimer()
if problems:
    st.error("The dry-needling page's data failed validation:")
    st.code("\n".join(problems), language=None)
elif content is None:
    st.info("This atlas has no dry-needling page (data/dry_needling.toml).")
else:
    show_explainer(atlas, content)
    booking_button(key="dn_book")  # the clinic's, when clinic.toml names a booking page
