"""Patient or clinician mode: a visible toggle, kept for the session and in the link.

The mode lives under MODE, which no widget owns, so it survives pages whose
widgets Streamlit forgets; the toggle's own key is set from it on every run.
"""

from __future__ import annotations

import streamlit as st

from triggermap.outputs.modes import CLINICIAN, PATIENT, mode_params, parse_mode
from triggermap.text import Notice

MODE, TOGGLE, NOTICE = "app_mode", "mode_toggle", "mode_notice"


def init_mode() -> None:
    """Read the mode from the link once per session; a bad value means patient mode."""
    if MODE in st.session_state:
        return
    mode, notice = parse_mode(st.query_params.get("mode"))
    st.session_state[MODE] = mode
    st.session_state[NOTICE] = notice


def mode_notice() -> Notice | None:
    """Why the link's mode was ignored, once."""
    init_mode()
    return st.session_state.pop(NOTICE, None)


def clinician() -> bool:
    """Whether the dry-needling notes are shown (clinician mode)."""
    init_mode()
    return st.session_state[MODE] == CLINICIAN


def _toggled() -> None:
    st.session_state[MODE] = CLINICIAN if st.session_state[TOGGLE] else PATIENT


def mode_toggle() -> None:
    """The switch between patient and clinician mode."""
    st.session_state[TOGGLE] = clinician()
    st.toggle(
        "Clinician mode (dry-needling notes)",
        key=TOGGLE,
        on_change=_toggled,
        help="For trained clinicians: shows where dry needling is risky, the precautions "
        "and their sources. Kept in the link as mode=clinician.",
    )


def link_mode() -> dict[str, str]:
    """The mode's part of the page's link."""
    return mode_params(st.session_state.get(MODE, PATIENT))
