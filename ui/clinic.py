"""The clinic's branding on screen: a header line on every page, and the booking button.

The settings come from triggermap.outputs.clinic (one optional file, checked field by
field). A broken file is reported at start-up (on the console, and on every page until
it is fixed) and the app stays neutral; with no file nothing here shows.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import streamlit as st

from triggermap.outputs.clinic import (
    Clinic,
    ClinicSettings,
    clinic_path,
    load_clinic,
    problem_lines,
)
from triggermap.text import Notice
from triggermap.text import escape as esc


@st.cache_resource(show_spinner=False)
def _settings(path: str, stamp: float) -> ClinicSettings:
    """Loaded once per file version (``stamp`` is its modification time, -1 when absent)."""
    settings = load_clinic(Path(path))
    for line in problem_lines(settings):
        print(line, file=sys.stderr)  # the start-up message, for whoever runs the server
    return settings


def settings() -> ClinicSettings:
    """The clinic settings in force: the file named by $TRIGGERMAP_CLINIC, else clinic.toml."""
    path = clinic_path()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = -1.0
    return _settings(str(path), stamp)


def clinic() -> Clinic:
    """The clinic in force (neutral when there is no file or it is broken)."""
    return settings().clinic


def clinic_header() -> None:
    """Every page's top: the clinic's logo and name, or what is wrong with its settings file."""
    current = settings()
    if current.problems:
        # ui.panels imports this module's importers: imported here to keep the cycle out.
        from ui.panels import show_notice

        slots = "; ".join("{}" for _ in current.problems)
        wording = f"The clinic settings in {{}} were not used, so the app stays neutral: {slots}."
        show_notice(Notice(wording, (current.path, *current.problems)))
        return
    c = current.clinic
    if not c.branded:
        return
    if c.logo is not None:
        st.logo(str(c.logo), size="large", link=c.booking_url or None)
    phone = f" · {html.escape(c.phone)}" if c.phone else ""
    st.html(
        f'<div class="tm-clinic" style="border-left: 6px solid {c.accent}; padding: 0.1rem '
        f'0.7rem; font-size: 1rem;"><strong>{html.escape(c.name)}</strong>{phone}</div>'
    )


def booking_button(key: str = "book") -> bool:
    """'Book a consultation', linking to the clinic's booking page; shows nothing without one.

    Returns whether it was shown (for pages that word their text around it).
    """
    c = clinic()
    if not c.booking_url:
        return False
    st.link_button(
        "Book a consultation",
        c.booking_url,
        type="primary",
        icon=":material/event_available:",
        key=key,
    )
    contact = " · ".join(esc(v) for v in (c.name, c.phone) if v)
    st.caption(f"With {contact}.")
    return True
