"""The take-home handout's downloads, for any screen: a muscle, a queue or a pain drawing.

The files are made only when a download button is pressed (a callable for
st.download_button), so showing the buttons costs a rerun nothing. The therapist's
note lives in the widget while the page is open and goes only into the file.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.drawing import Drawing
from triggermap.outputs.clinic import Clinic
from triggermap.outputs.handout import (
    MAX_NOTE,
    Handout,
    drawing_handout,
    muscle_handout,
    queue_handout,
)
from ui.clinic import clinic

PAPER_NAMES = {"a4": "A4", "letter": "US Letter"}


def _maker(atlas, geometry, muscle, side, queue, drawing) -> Callable[[Clinic, str], Handout]:
    if muscle is not None:
        return lambda c, note: muscle_handout(atlas, geometry, muscle, side, c, note)
    if queue is not None:
        return lambda c, note: queue_handout(atlas, geometry, list(queue), c, note)
    if drawing is not None:
        return lambda c, note: drawing_handout(atlas, geometry, drawing, c, note)
    raise ValueError("a handout needs a muscle, a queue or a drawing")


def handout_downloads(
    atlas: Atlas,
    geometry: Geometry,
    *,
    muscle: str | None = None,
    side: str = "right",
    queue: tuple[str, ...] | None = None,
    drawing: Drawing | None = None,
    key: str = "handout",
    file_name: str = "handout",
) -> None:
    """An expander with an optional note, the paper size, and PDF and PNG downloads.

    Give exactly one of ``muscle`` (with ``side``), ``queue`` (muscle ids, a page each)
    or ``drawing``; ``key`` keeps two of these on one page apart.
    """
    make = _maker(atlas, geometry, muscle, side, queue, drawing)
    with st.expander("Take-home handout (PDF or picture)", icon=":material/print:"):
        note = st.text_area(
            "Note for the patient (optional)",
            key=f"{key}_note",
            max_chars=MAX_NOTE,
            help="Printed on the handout only. It is never stored.",
        )
        paper = st.segmented_control(
            "Paper",
            tuple(PAPER_NAMES),
            key=f"{key}_paper",
            default="a4",
            required=True,
            format_func=PAPER_NAMES.get,
        )
        current = clinic()

        def pdf() -> bytes:
            # Imported when a download is asked for: the PDF and QR libraries took
            # 0.2 s of every server's first page (issue 9's cold start).
            from triggermap.outputs.handout_pdf import handout_pdf

            return handout_pdf(make(current, note or ""), geometry, paper or "a4")

        def png() -> bytes:
            from triggermap.outputs.handout_pdf import handout_png

            return handout_png(pdf())

        left, right = st.columns(2)
        left.download_button(
            "Download PDF",
            pdf,
            file_name=f"{file_name}.pdf",
            mime="application/pdf",
            on_click="ignore",
            icon=":material/picture_as_pdf:",
            key=f"{key}_pdf",
        )
        right.download_button(
            "Download PNG",
            png,
            file_name=f"{file_name}.png",
            mime="image/png",
            on_click="ignore",
            icon=":material/image:",
            key=f"{key}_png",
        )
