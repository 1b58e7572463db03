"""The trainee's progress on the Study page: due cards, charts, the weakest muscles, and files."""

from __future__ import annotations

import plotly.express as px
import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.outputs.screens import muscle_link
from triggermap.outputs.study import MAX_N, MIX, Plan, Scope
from triggermap.outputs.study_anki import anki_deck, cards_csv
from triggermap.outputs.study_charts import accuracy_table, weakest
from triggermap.outputs.study_progress import (
    MAX_BYTES,
    Progress,
    ProgressError,
    card_key,
    due,
    parse_progress,
    progress_json,
    set_known,
)
from triggermap.outputs.study_questions import Question
from triggermap.text import escape
from ui import study_storage as store
from ui.study_setup import start

UPLOAD = "study_progress_upload"
_BY = {"area": "body part", "kind": "question kind"}


def known_box(q: Question) -> None:
    """The "known" flag of the question's card: a known card is left out of reviews."""
    key = card_key(q.kind, q.muscle_id)
    flagged = bool(store.progress().cards.get(key, {}).get("known"))

    def flip() -> None:
        store.change(set_known(store.progress(), key, st.session_state[f"known_{key}"]))

    st.checkbox(
        "I know this one: leave it out of reviews", flagged, key=f"known_{key}", on_change=flip
    )


def due_line() -> str:
    cards = due(store.progress(), store.now())
    return f"Due for review now: {len(cards)} card{'' if len(cards) == 1 else 's'}."


def progress_panel(atlas: Atlas, geometry: Geometry) -> None:
    """Due cards, accuracy charts, the ten weakest muscles, and export, import and reset."""
    p = store.progress()
    st.subheader("Your progress")
    st.caption("Kept in this browser only: nothing you answer is stored on the server.")
    cards = due(p, store.now())
    st.markdown(due_line())
    if cards:
        plan = Plan(MIX, Scope("cards", cards[:MAX_N]), n=min(len(cards), MAX_N))
        st.button("Review the due cards", on_click=start, args=(atlas, geometry, plan))
    if p.history:
        _charts(atlas, geometry, p)
    _files(atlas, geometry, p)


def _charts(atlas: Atlas, geometry: Geometry, p: Progress) -> None:
    for by, name in _BY.items():
        table = accuracy_table(atlas, p.history, by)
        fig = px.line(
            table,
            x="day",
            y="accuracy",
            color="group",
            markers=True,
            symbol="group",  # told apart by marker shape as well as colour
            labels={"accuracy": "accuracy (%)", "group": name, "day": "day"},
            title=f"Accuracy by {name}",
            range_y=[0, 100],
        )
        fig.update_xaxes(dtick=86_400_000, tickformat="%d %b")  # one tick a day, no hours
        # The key below the chart: at its side it squeezed the chart to a strip on a phone.
        fig.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.25})
        st.plotly_chart(fig, key=f"study_chart_{by}")
    st.markdown("**The ten weakest muscles** (open one on the body map)")
    for w in weakest(atlas, p.history):
        st.page_link(
            "pages/body_map.py",
            label=escape(
                f"{w.name}: {w.accuracy:.0f}% over {w.answers} answer{'s' * (w.answers > 1)}"
            ),
            query_params=muscle_link(atlas, geometry, w.muscle_id),
        )


def _load_upload(atlas: Atlas) -> None:
    upload = st.session_state.get(UPLOAD)
    if upload is None:
        return
    try:
        loaded = parse_progress(atlas, upload.read(MAX_BYTES + 1))
    except ProgressError as exc:
        st.session_state[store.NOTICE] = exc.notice
        return
    st.session_state[store.NOTICE] = None
    store.change(loaded)


def _files(atlas: Atlas, geometry: Geometry, p: Progress) -> None:
    st.download_button(
        "Export progress (JSON)",
        progress_json(p),
        file_name="study-progress.json",
        mime="application/json",
        key="study_export",
    )
    st.file_uploader(
        "Import progress (a JSON file exported here)",
        type=["json"],
        key=UPLOAD,
        on_change=_load_upload,
        args=(atlas,),
    )
    st.button("Forget my progress", on_click=store.change, args=(Progress({}),))
    st.markdown("**Cards for other tools** (one per muscle and question kind, with sources)")
    left, right = st.columns(2)
    left.download_button(
        "Anki deck (.apkg)",
        lambda: _deck(atlas, geometry),  # drawn on the first click, not with the page
        file_name="trigger-point-study.apkg",
        mime="application/octet-stream",
        key="study_anki",
    )
    right.download_button(
        "Cards (CSV)",
        _csv(atlas),
        file_name="trigger-point-study.csv",
        mime="text/csv",
        key="study_csv",
    )


# Built from the atlas alone, once per process: no user data goes in.
@st.cache_resource(show_spinner=False)
def _deck(_atlas: Atlas, _geometry: Geometry) -> bytes:
    return anki_deck(_atlas, _geometry)


@st.cache_resource(show_spinner=False)
def _csv(_atlas: Atlas) -> str:
    return cards_csv(_atlas)
