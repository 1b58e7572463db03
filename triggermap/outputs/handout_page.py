"""One handout page drawn with fpdf2: header, title, chart and legend, words, footer.

Text is real PDF text in the built-in Helvetica (selectable, nothing embedded,
so files stay small), never under 12 pt. triggermap.outputs.handout_pdf decides the
chart's height so that the page stays one page.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from fpdf import FPDF
from PIL import Image

from triggermap.chart.raster import ESSENTIAL, HATCH_BG, HATCH_LINE, LABEL, PAIN, ChartLabel
from triggermap.outputs.handout import Handout, HandoutPage

PAPERS = {"a4": "A4", "letter": "Letter"}
BODY = 12  # pt: the smallest text on the page
LINE = 5.6  # mm per line of 12 pt text
MARGIN = 14
CHART_PX = 600  # chart height in pixels: about 160 dpi at its largest on the page
CHART_MAX, CHART_MIN = 110, 45  # mm: the chart is as tall as the page leaves room for
CHART_LEAST = 25  # mm: the chart of a page that is full even without its optional parts
QR_MM = 30
APP_NAME = "Trigger-point body map"
FOOT_GAP = 5  # mm between the page's text and its footer, with a rule in the middle
LEGEND_MM = 52  # the legend's column beside the chart
MAX_NOTE_SHORT = 200  # characters of the note kept when a long page needs the room
_PLAIN = str.maketrans(
    {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
    | {"\u2026": "...", "\u2715": "x", "\u00a0": " ", "\u2009": " ", "\u2011": "-"}
)


def plain(text: str) -> str:
    """Text the PDF's built-in fonts can show: typographic marks made plain, others '?'."""
    return text.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")


def _hex(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


@dataclass(frozen=True)
class Assets:
    charts: tuple[bytes, ...]  # PNG per page
    ratios: tuple[float, ...]  # width / height per chart
    labels: tuple[tuple[ChartLabel, ...], ...]  # its words, set as text
    qr: bytes
    logo: bytes | None


class Page:
    """Draws one handout page on ``pdf`` with the chart ``chart_h`` mm tall; returns nothing."""

    def __init__(self, pdf: FPDF, handout: Handout, assets: Assets):
        self.pdf, self.h, self.a = pdf, handout, assets
        self.width = pdf.w - 2 * MARGIN

    def text(self, words: str, size: int = BODY, style: str = "", x: float | None = None, w=0):
        pdf = self.pdf
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(MARGIN if x is None else x)
        height = LINE * size / BODY
        pdf.multi_cell(
            w or self.width, height, plain(words), align="L", new_x="LMARGIN", new_y="NEXT"
        )

    def height(self, words: str, w: float) -> float:
        """How tall ``words`` at 12 pt are in a column ``w`` mm wide."""
        self.pdf.set_font("Helvetica", "", BODY)
        return self.pdf.multi_cell(w, LINE, plain(words), dry_run=True, output="HEIGHT")

    def header(self) -> None:
        pdf, clinic = self.pdf, self.h.clinic
        pdf.set_y(MARGIN)
        x = MARGIN
        if self.a.logo:
            pdf.image(io.BytesIO(self.a.logo), x=MARGIN, y=MARGIN, h=16, keep_aspect_ratio=True)
            with Image.open(io.BytesIO(self.a.logo)) as img:
                x += 16 * img.width / img.height + 5
        self.text(clinic.name or APP_NAME, 16, "B", x=x, w=self.width - (x - MARGIN))
        contact = "   ".join(v for v in (clinic.phone, clinic.booking_url) if v)
        if contact:
            self.text(contact, x=x, w=self.width - (x - MARGIN))
        y = max(pdf.get_y(), MARGIN + (16 if self.a.logo else 0)) + 2
        pdf.set_fill_color(*_hex(clinic.accent))
        pdf.rect(MARGIN, y, self.width, 1.2, style="F")
        pdf.set_y(y + 4)

    def legend_key(self, kind: str, x: float, y: float) -> None:
        pdf, s = self.pdf, 6
        if kind == "essential":
            pdf.set_fill_color(*_hex(ESSENTIAL))
            pdf.rect(x, y, s, s, style="F")
        elif kind == "spillover":
            pdf.set_fill_color(*_hex(HATCH_BG))
            pdf.rect(x, y, s, s, style="F")
            pdf.set_draw_color(*_hex(HATCH_LINE))
            pdf.set_line_width(0.45)
            for k in (1.5, 3, 4.5, 6, 7.5, 9, 10.5):  # 45-degree lines cut to the square
                pdf.line(x + max(0, k - s), y + min(s, k), x + min(s, k), y + max(0, k - s))
        elif kind == "pain":
            pdf.set_draw_color(*_hex(PAIN))
            pdf.set_line_width(1.0)
            pdf.rect(x + 0.5, y + 0.5, s - 1, s - 1)
        else:
            pdf.set_draw_color(17, 17, 17)
            pdf.set_line_width(0.7)
            pdf.line(x + 1, y + 1, x + s - 1, y + s - 1)
            pdf.line(x + 1, y + s - 1, x + s - 1, y + 1)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)

    def legend(self, page: HandoutPage, x: float, w: float) -> None:
        self.text("How to read the chart", 13, "B", x=x, w=w)
        keys = [
            ("essential", "Solid red: the main pain zone"),
            ("spillover", "Diagonal lines: where the pain can spread less often"),
            ("mark", "Cross (x): the trigger point in the muscle"),
        ]
        if any(p.pain for p in page.pictures):
            keys.append(("pain", "Thick dark outline: where you marked pain"))
        for kind, words in keys:
            y = self.pdf.get_y()
            self.legend_key(kind, x, y + 0.3)
            self.text(words, x=x + 9, w=w - 9)

    def chart_words(self, labels, top: float, w: float, h: float) -> None:
        """The chart's side labels on it, and each view's name under it, as text."""
        pdf = self.pdf
        pdf.set_text_color(*_hex(LABEL))
        for label in labels:
            pdf.set_font("Helvetica", "B" if label.kind == "side" else "", BODY)
            words = plain(label.text)
            width = pdf.get_string_width(words) + 1
            # A side label's y is its baseline, as in the map's SVG; a view's name hangs from its y.
            y = top + label.y * h - (0 if label.kind == "view" else LINE * 0.7)
            x = min(max(MARGIN + label.x * w - width / 2, MARGIN), MARGIN + w - width)
            pdf.set_xy(x, y)
            pdf.cell(width, LINE, words, align="C")
        pdf.set_text_color(0, 0, 0)

    def body(self, page: HandoutPage, chart: int, chart_h: float) -> None:
        pdf = self.pdf
        self.text(page.title, 20, "B")
        self.text(f"It is {page.plain_name}.", style="I")
        if page.marked:
            self.text(page.marked)
        pdf.ln(2)
        top = pdf.get_y()
        chart_w = min(chart_h * self.a.ratios[chart], self.width - LEGEND_MM - 5)
        chart_h = chart_w / self.a.ratios[chart]
        pdf.image(io.BytesIO(self.a.charts[chart]), x=MARGIN, y=top, w=chart_w, h=chart_h)
        self.chart_words(self.a.labels[chart], top, chart_w, chart_h)
        pdf.set_y(top)
        self.legend(page, MARGIN + chart_w + 5, self.width - chart_w - 5)
        pdf.set_y(max(pdf.get_y(), top + chart_h) + 3)
        self.text("What this muscle does", 13, "B")
        self.text(page.action)
        pdf.ln(2)
        self.text("Self-care to try", 13, "B")
        for i, step in enumerate(page.steps, 1):
            y = pdf.get_y()
            self.text(f"{i}.", style="B", w=8)
            pdf.set_y(y)
            self.text(step, x=MARGIN + 7, w=self.width - 7)
        pdf.ln(2)
        self.text("When to see a doctor", 13, "B")
        for words in self.h.doctor:
            self.text(words)
        if self.h.note:
            pdf.ln(2)
            self.text("Your therapist's note", 13, "B")
            self.text(self.h.note)

    def broken_link(self, w: float) -> str:
        """The QR code's link with line breaks before a '?' or '&' where it would run over
        (fpdf2 breaks lines only at spaces, and a link has none)."""
        self.pdf.set_font("Helvetica", "", BODY)
        lines = [""]
        for part in re.split(r"(?=[?&])", self.h.link):
            if lines[-1] and self.pdf.get_string_width(lines[-1] + part) > w - 1:
                lines.append("")
            lines[-1] += part
        return "\n".join(lines)

    def footer(self, page: HandoutPage) -> float:
        """Draws the QR code, date, link and source at the foot; returns where they start."""
        pdf, w = self.pdf, self.width - QR_MM - 4
        lines = (
            f"Made on {self.h.made_on.strftime('%d %B %Y').lstrip('0')}. "
            "Scan the code to open this in the app:",
            self.broken_link(w),
            f"Pattern after {page.source}.",
        )
        tall = sum(self.height(words, w) for words in lines)
        top = pdf.h - MARGIN - max(QR_MM, tall)
        pdf.image(io.BytesIO(self.a.qr), x=pdf.w - MARGIN - QR_MM, y=top, w=QR_MM, h=QR_MM)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(MARGIN, top - FOOT_GAP / 2, pdf.w - MARGIN, top - FOOT_GAP / 2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(top)
        for words in lines:
            link = words.replace("\n", "") == self.h.link
            pdf.set_text_color(*(_hex(self.h.clinic.accent) if link else (0, 0, 0)))
            pdf.set_font("Helvetica", "", BODY)
            pdf.multi_cell(
                w,
                LINE,
                plain(words),
                align="L",
                link=self.h.link if link else "",
                new_x="LMARGIN",
                new_y="NEXT",
            )
        pdf.set_text_color(0, 0, 0)
        return top
