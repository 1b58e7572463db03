"""The framework's floor: a bare one-button Streamlit app, timed beside the real app."""

import streamlit as st

st.session_state.setdefault("clicks", 0)
if st.button("Click me", key="bare_button"):
    st.session_state["clicks"] += 1
st.write(f"clicks: {st.session_state['clicks']}")
