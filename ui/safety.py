"""Safety screens: the checklist (asked once per session), folded results, flags before a group.

Kept apart from ui/finder.py (the drawing's state), whose helpers the finder parts use.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.lookup.redflags import CHECKLIST, RedFlag, folds, red_flags
from ui.finder import checklist_changed, drawing, step
from ui.panels import flag_message

# The checklist was answered or put aside in this session (session state only: nothing
# about it is stored on the server, and a new visit asks again).
ASKED = "checklist_asked"


def _put_aside() -> None:
    st.session_state[ASKED] = True


def _checklist(flags: tuple[RedFlag, ...]) -> None:
    """The questions; a "yes" that raises a flag shows it right under its box.

    On a phone the message at the top of the page is far above the checklist, so
    the answer is also given where the user is looking.
    """
    raised = {f.answer: f for f in flags if f.answer}
    for item, question in CHECKLIST.items():
        st.checkbox(question, key=f"ask-{item}", on_change=checklist_changed)
        if item in raised:
            flag_message(raised[item])


def safety_questions(flags: tuple[RedFlag, ...] = ()) -> None:
    """The red-flag checklist, before any candidate muscle.

    The first time results appear in a session it stands open, until answered with
    "Done"; after that it is a folded box, open while any answer is "yes".
    """
    d = drawing()
    if d.areas and not st.session_state.get(ASKED):
        with st.container(border=True, key="safety-checklist"):
            st.markdown("**Before the results: do any of these apply to you?**")
            _checklist(flags)
            st.button("Done", key="checklist-done", on_click=_put_aside, type="primary")
        return
    with st.expander("Safety questions: do any of these apply?", expanded=bool(d.answers)):
        _checklist(flags)


FOLD = "show_folded_results"


def results(atlas: Atlas, screen, panel) -> None:
    """The candidate muscles; under an urgent red flag they fold behind a switch."""
    if not folds(screen.flags):
        st.subheader("Muscles that could be the cause")
        panel(atlas, screen, lambda delta: step(delta, len(screen.candidates)))
        return
    st.caption("Follow the safety message first. A muscle is the less likely cause here.")
    if st.toggle("Show the muscles that could also cause it", key=FOLD):
        st.subheader("Muscles that could be the cause")
        panel(atlas, screen, lambda delta: step(delta, len(screen.candidates)))


@contextmanager
def flags_first(regions: Collection[str]) -> Iterator[None]:
    """The red flags for these areas, then what follows: folded under an emergency."""
    flags = red_flags(regions)
    for flag in flags:
        flag_message(flag)
    if not folds(flags):
        yield
        return
    with st.expander("Muscles that can also cause pain here (after the message above)"):
        yield
