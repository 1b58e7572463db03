"""The body chart as a picture (Pillow), from the same geometry and colours as the map.

For print and files, where there is no browser: the handout draws a muscle's
pattern with this. Zones are told apart by more than colour, so a grey-scale
print keeps the meaning: the main (essential) zone is solid, the spillover zone
diagonal lines, marked pain a thick outline, a trigger point a ✕.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw

from triggermap.chart.geometry import Geometry, ViewGeometry
from triggermap.schema import VIEW_NAMES

# The map's colours (ui/map.css), so the handout looks like the screen.
SKIN = "#f3e3d6"
BORDER = "#ffffff"
OUTLINE = "#8a6f5c"
ESSENTIAL = "#d7263d"
HATCH_BG = "#f7b9b9"
HATCH_LINE = "#b3242f"  # darker than the map's, so the lines survive a grey-scale print
PAIN = "#4b1d80"
LABEL = "#12384a"
_RING = re.compile(r"M([^MZ]+)Z")
GAP = 0.04  # of the chart's height, between views
LOW = 0.8  # of a view's height: a label below this goes under the picture
CAPTION = 0.09  # of the chart's height: a blank strip under the views for their names


@dataclass(frozen=True)
class ChartPicture:
    """What to draw on one view: region ids per zone, ✕ marks, and areas marked as painful."""

    view: str
    essential: frozenset[str] = frozenset()
    spillover: frozenset[str] = frozenset()
    marks: tuple[tuple[float, float], ...] = ()
    pain: frozenset[str] = frozenset()
    box: tuple[float, float, float, float] | None = None  # the part shown: x0, y0, x1, y1

    def bounds(self, view: ViewGeometry) -> tuple[float, float, float, float]:
        return self.box or (0.0, 0.0, view.width, view.height)


def ring_bounds(view: ViewGeometry, region_ids) -> tuple[float, float, float, float] | None:
    """The box around the regions on this view (None if it draws none of them)."""
    pts = [p for r in region_ids if r in view.paths for ring in rings(view.paths[r]) for p in ring]
    if not pts:
        return None
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


@lru_cache(maxsize=4096)  # the same few hundred paths are drawn again in every picture
def rings(d: str) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The closed rings of a path written by triggermap.chart.build."""
    out = []
    for ring in _RING.findall(d):
        nums = [float(n) for n in ring.split()]
        out.append(tuple(zip(nums[0::2], nums[1::2], strict=False)))
    return tuple(out)


def _scaled(ring, scale: float, dx: float, dy: float = 0.0) -> list[tuple[float, float]]:
    return [((x + dx) * scale, (y + dy) * scale) for x, y in ring]


def _mask(size: tuple[int, int], paths, scale: float, dx: float, dy: float) -> Image.Image:
    """Where the paths fill, by the even-odd rule the map uses (a ring inside another is a hole).

    Regions never overlap, so one mask holds them all; only a path of several rings
    needs the slower exclusive-or.
    """
    mask = Image.new("1", size, 0)
    draw = ImageDraw.Draw(mask)
    for d in paths:
        found = rings(d)
        if len(found) == 1:
            draw.polygon(_scaled(found[0], scale, dx, dy), fill=1)
            continue
        for ring in found:
            one = Image.new("1", size, 0)
            ImageDraw.Draw(one).polygon(_scaled(ring, scale, dx, dy), fill=1)
            mask = ImageChops.logical_xor(mask, one)
        draw = ImageDraw.Draw(mask)
    return mask


def _hatch(size: tuple[int, int], spacing: int, width: int) -> Image.Image:
    tile = Image.new("RGB", size, HATCH_BG)
    draw = ImageDraw.Draw(tile)
    w, h = size
    for start in range(-h, w, spacing):  # lines at 45°, like the map's pattern
        draw.line([(start, h), (start + h, 0)], fill=HATCH_LINE, width=width)
    return tile


def _draw_view(
    image: Image.Image, view: ViewGeometry, pic: ChartPicture, scale: float, dx: float, dy: float
) -> None:
    draw = ImageDraw.Draw(image)
    for d in view.paths.values():
        for ring in rings(d):
            draw.polygon(_scaled(ring, scale, dx, dy), fill=SKIN, outline=BORDER)
    ess = [d for rid, d in view.paths.items() if rid in pic.essential]
    spill = [
        d for rid, d in view.paths.items() if rid in pic.spillover and rid not in pic.essential
    ]
    if ess:
        image.paste(ESSENTIAL, mask=_mask(image.size, ess, scale, dx, dy))
    if spill:
        hatch = _hatch(image.size, max(4, round(6 * scale)), max(1, round(2 * scale)))
        image.paste(hatch, mask=_mask(image.size, spill, scale, dx, dy))
    for ring in rings(view.outline):
        draw.line(_scaled(ring + ring[:1], scale, dx, dy), fill=OUTLINE, width=max(1, round(scale)))
    for rid in sorted(pic.pain & set(view.paths)):
        for ring in rings(view.paths[rid]):
            pts = _scaled(ring + ring[:1], scale, dx, dy)
            draw.line(pts, fill=PAIN, width=max(2, round(3.2 * scale)), joint="curve")
    for x, y in pic.marks:
        _cross(draw, (x + dx) * scale, (y + dy) * scale, scale)


def _cross(draw: ImageDraw.ImageDraw, x: float, y: float, scale: float) -> None:
    r = 7 * scale
    for colour, width in (
        ("#ffffff", max(3, round(6 * scale))),
        ("#111111", max(2, round(3 * scale))),
    ):
        draw.line([(x - r, y - r), (x + r, y + r)], fill=colour, width=width)
        draw.line([(x - r, y + r), (x + r, y - r)], fill=colour, width=width)


@dataclass(frozen=True)
class ChartLabel:
    """Words for the chart, set as text by whoever places the picture (so they stay text).

    ``x`` and ``y`` are fractions of the picture's width and height; a "view" label
    names the view and goes under the picture, a "side" label (R, L) on it.
    """

    text: str
    x: float
    y: float
    kind: str


def _layout(geometry: Geometry, pictures, height: float) -> list[tuple]:
    """Per view: its picture, box, scale and left edge, for a chart ``height`` tall."""
    out, left = [], 0.0
    for pic in pictures:
        x0, y0, x1, y1 = pic.bounds(geometry.views[pic.view])
        scale = height / (y1 - y0)
        out.append((pic, (x0, y0, x1, y1), scale, left))
        left += (x1 - x0) * scale + GAP * height
    return out


def _width(layout: list[tuple]) -> float:
    pic, (x0, _, x1, _), scale, left = layout[-1]
    return left + (x1 - x0) * scale


def chart_labels(geometry: Geometry, pictures: Iterable[ChartPicture]) -> tuple[ChartLabel, ...]:
    """The side labels and view names of render_chart's picture, as fractions of its size."""
    layout = _layout(geometry, list(pictures), 1.0)
    width = _width(layout)
    out = []
    for pic, (x0, y0, x1, y1), scale, left in layout:
        view = geometry.views[pic.view]
        shown = [lb for lb in view.labels if x0 <= lb["x"] <= x1]
        # A label low on the view (the head's "R · right side") would sit on the figure
        # at print size: it joins the view's name under the picture instead.
        low = [lb["text"] for lb in shown if lb["y"] > y0 + LOW * (y1 - y0)]
        name = ", ".join([VIEW_NAMES[pic.view], *low])
        middle = (left + (x1 - x0) * scale / 2) / width
        out.append(ChartLabel(name, middle, 1 / (1 + CAPTION), "view"))
        for label in shown:
            if label["text"] in low:
                continue
            # A cropped view keeps its side labels, just inside its top edge.
            y = max(label["y"] - y0, 26) * scale / (1 + CAPTION)
            x = (left + (label["x"] - x0) * scale) / width
            out.append(ChartLabel(label["text"], x, y, "side"))
    return tuple(out)


def render_chart(
    geometry: Geometry, pictures: Iterable[ChartPicture], height_px: int, supersample: int = 2
) -> Image.Image:
    """The views side by side, each scaled to ``height_px``, as a small palette image.

    Drawn ``supersample`` times larger and scaled down, for smooth edges. It holds no
    words: chart_labels says where they go.
    """
    layout = _layout(geometry, list(pictures), height_px * supersample)
    tall = height_px * supersample
    image = Image.new("RGB", (round(_width(layout)), round(tall * (1 + CAPTION))), "#ffffff")
    for pic, (x0, y0, x1, _), scale, left in layout:
        part = Image.new("RGB", (round((x1 - x0) * scale), tall), "#ffffff")
        _draw_view(part, geometry.views[pic.view], pic, scale, -x0, -y0)
        image.paste(part, (round(left), 0))
    if supersample > 1:
        image = image.reduce(supersample)  # a box filter: fast, and smooth enough for edges
    # A palette keeps the PNG small: the chart has a handful of colours and their edges.
    return image.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
