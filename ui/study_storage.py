"""Study progress kept in the browser's local storage (ui/storage.js), never on the server.

The session holds a copy while the page is open; the browser's copy is read when the
page opens and written after every change.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.outputs.study_progress import (
    Progress,
    ProgressError,
    parse_progress,
    progress_json,
)
from triggermap.text import Notice
from ui.bodymap import packed

_COMPONENT = st.components.v2.component(
    "triggermap.study_storage",
    js=(Path(__file__).parent / "storage.js").read_text(encoding="utf-8"),
)
KEY = "study_storage"
PROGRESS, PENDING, NOTICE, VERSION = (
    "study_progress",
    "study_progress_pending",
    "study_progress_notice",
    "study_progress_version",
)


def progress() -> Progress:
    """This browser's progress, as far as the session has it."""
    return st.session_state.get(PROGRESS) or Progress({})


def now() -> datetime:
    return datetime.now(UTC)


def change(new: Progress) -> None:
    """Replace the progress; the browser's copy is written on this run."""
    st.session_state[PROGRESS] = new
    st.session_state[VERSION] = st.session_state.get(VERSION, 0) + 1
    st.session_state[PENDING] = True


def notice() -> Notice | None:
    return st.session_state.get(NOTICE)


def _stored(atlas: Atlas) -> None:
    value = (st.session_state.get(KEY) or {}).get("stored") or {}
    text = value.get("text") if isinstance(value, dict) else None
    if not isinstance(text, str) or not text or PROGRESS in st.session_state:
        return
    try:
        st.session_state[PROGRESS] = parse_progress(atlas, text)
    except ProgressError as exc:
        st.session_state[NOTICE] = exc.notice.within(
            "The progress kept in this browser could not be used. ", ""
        )


def sync(atlas: Atlas) -> None:
    """Read the browser's progress once, and write the session's after a change."""
    save = None
    if st.session_state.pop(PENDING, False):
        save = progress_json(progress())
    data = {"save": save, "version": st.session_state.get(VERSION, 0)}
    _COMPONENT(key=KEY, data=packed(data), on_stored_change=lambda: _stored(atlas))
