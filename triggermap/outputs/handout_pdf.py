"""A handout as a PDF page per muscle (fpdf2), and the same pages as one PNG (pdfium).

Each page must stay one page: the chart takes the room the words leave (see _fit),
and the note is capped in length. The PNG is the PDF drawn again, so they never differ.
"""

from __future__ import annotations

import io
from dataclasses import replace

import pypdfium2
import segno
from fpdf import FPDF
from PIL import Image

from triggermap.chart.geometry import Geometry
from triggermap.chart.raster import chart_labels, render_chart
from triggermap.outputs.handout import Handout, HandoutPage
from triggermap.outputs.handout_page import (
    APP_NAME,
    CHART_LEAST,
    CHART_MAX,
    CHART_MIN,
    CHART_PX,
    FOOT_GAP,
    MARGIN,
    MAX_NOTE_SHORT,
    PAPERS,
    Assets,
    Page,
    plain,
)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=6)  # optimize=True took longer than the page
    return out.getvalue()


def _assets(handout: Handout, geometry: Geometry) -> Assets:
    charts = [render_chart(geometry, p.pictures, CHART_PX) for p in handout.pages]
    qr = io.BytesIO()
    segno.make(handout.link, error="m").save(qr, kind="png", scale=6, border=4)
    logo = None
    if handout.clinic.logo is not None:
        with Image.open(handout.clinic.logo) as img:
            img = img.convert("RGBA")
            img.thumbnail((480, 160))  # the logo is small on the page: keep the file small too
            logo = _png(img)
    return Assets(
        tuple(_png(c) for c in charts),
        tuple(c.width / c.height for c in charts),
        tuple(chart_labels(geometry, p.pictures) for p in handout.pages),
        qr.getvalue(),
        logo,
    )


def _overflow(handout: Handout, assets: Assets, paper: str, index: int, chart_h: float) -> float:
    """How many mm the page runs into its footer with the chart ``chart_h`` tall (<= 0: fits)."""
    trial = FPDF(format=PAPERS[paper], unit="mm")
    trial.set_auto_page_break(False)
    trial.add_page()
    page = Page(trial, handout, assets)
    foot = page.footer(handout.pages[index])
    page.header()
    page.body(handout.pages[index], index, chart_h)
    return trial.get_y() - (foot - FOOT_GAP)


def _fit(handout: Handout, assets: Assets, paper: str, index: int) -> tuple[Handout, float]:
    """The page's chart height, the tallest that leaves the page one page, and the handout.

    One trial at the smallest chart says how much room is left; the chart takes it
    (up to its width). fpdf2's line breaking is the slow part, so trials are few. If
    even the smallest chart leaves too little room, the optional self-care step goes,
    then the note is cut.
    """
    page = handout.pages[index]
    tries = [handout, _with_page(handout, index, replace(page, steps=_core(page.steps)))]
    tries.append(replace(tries[-1], note=handout.note[:MAX_NOTE_SHORT]))
    for h in tries:
        over = _overflow(h, assets, paper, index, CHART_MIN)
        if over <= 0:
            return h, min(CHART_MAX, CHART_MIN - over)
    # Last, a smaller chart: never a second page.
    return tries[-1], max(
        CHART_LEAST, CHART_MIN - _overflow(tries[-1], assets, paper, index, CHART_MIN)
    )


def _core(steps: tuple[str, ...]) -> tuple[str, ...]:
    return (*steps[:2], steps[-1]) if len(steps) > 3 else steps


def _with_page(handout: Handout, index: int, page: HandoutPage) -> Handout:
    pages = list(handout.pages)
    pages[index] = page
    return replace(handout, pages=tuple(pages))


def handout_pdf(handout: Handout, geometry: Geometry, paper: str = "a4") -> bytes:
    """The handout as a PDF, one page per muscle, on A4 or US Letter (``paper``)."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    assets = _assets(handout, geometry)
    pdf = FPDF(format=PAPERS[paper], unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_title(plain(handout.pages[0].title))
    pdf.set_creator(APP_NAME)
    for i, page in enumerate(handout.pages):
        fitted, tall = _fit(handout, assets, paper, i)
        pdf.add_page()
        drawer = Page(pdf, fitted, assets)
        drawer.footer(page)
        drawer.header()
        drawer.body(fitted.pages[i], i, tall)
    return bytes(pdf.output())


def handout_png(pdf: bytes, dpi: int = 110) -> bytes:
    """The PDF's pages as one PNG, one under the other (for a phone, or a message)."""
    doc = pypdfium2.PdfDocument(pdf)
    try:
        pages = [doc[i].render(scale=dpi / 72).to_pil() for i in range(len(doc))]
    finally:
        doc.close()
    width = max(p.width for p in pages)
    sheet = Image.new("RGB", (width, sum(p.height for p in pages) + 8 * (len(pages) - 1)), "#888")
    y = 0
    for p in pages:
        sheet.paste(p, (0, y))
        y += p.height + 8
    return _png(sheet.quantize(colors=64, method=Image.Quantize.FASTOCTREE))
