"""The body chart: regions tile each view, sides follow the patient's frame, asset is current."""

import json

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from tests.conftest import ROOT
from triggermap.atlas.loading import load_regions
from triggermap.chart.build import geometry_document
from triggermap.chart.geometry import parse_path

SCALE = 3  # pixels per SVG unit: fine enough to see a gap a third of a unit wide


def _canvas(view) -> Image.Image:
    return Image.new("L", (int(view.width * SCALE), int(view.height * SCALE)), 0)


def _tile(shape) -> tuple[Image.Image, tuple[int, int]]:
    """The shape rasterised (value 1) on a small canvas, and where that canvas sits."""
    x0, y0, x1, y1 = (int(v * SCALE) - 2 for v in shape.bounds)
    img = Image.new("L", (x1 - x0 + 6, y1 - y0 + 6), 0)
    draw = ImageDraw.Draw(img)
    for poly in getattr(shape, "geoms", [shape]):
        draw.polygon([(x * SCALE - x0, y * SCALE - y0) for x, y in poly.exterior.coords], fill=1)
        for hole in poly.interiors:
            draw.polygon([(x * SCALE - x0, y * SCALE - y0) for x, y in hole.coords], fill=0)
    return img, (x0, y0)


def _combine(canvas: Image.Image, shape, op, erode: bool = False) -> None:
    tile, (x0, y0) = _tile(shape)
    if erode:
        tile = tile.filter(ImageFilter.MinFilter(3))
    box = (x0, y0, x0 + tile.width, y0 + tile.height)
    canvas.paste(op(canvas.crop(box), tile), box)


@pytest.mark.parametrize("view_name", ["front", "back", "head"])
def test_regions_tile_the_view_with_no_overlaps(geometry, view_name):
    view = geometry.views[view_name]
    total = _canvas(view)
    for shape in view.shapes.values():
        # Shrinking each region by one pixel leaves shared edges out, so any
        # pixel still claimed twice is a true overlap.
        _combine(total, shape, ImageChops.add, erode=True)
    overlaps = sum(total.histogram()[2:])
    assert overlaps == 0


@pytest.mark.parametrize("view_name", ["front", "back", "head"])
def test_regions_tile_the_view_with_no_gaps(geometry, view_name):
    view = geometry.views[view_name]
    covered = _canvas(view)
    for shape in view.shapes.values():
        _combine(covered, shape, ImageChops.lighter)
    # The silhouette is the outer edge of the outline with every inner ring
    # filled in: whatever of it no region covers is a gap between regions.
    silhouette = _canvas(view)
    outline = parse_path(view.outline)
    for poly in getattr(outline, "geoms", [outline]):
        _combine(silhouette, type(poly)(poly.exterior), ImageChops.lighter, erode=True)
    gaps = ImageChops.subtract(silhouette, covered)
    assert gaps.getbbox() is None, f"uncovered pixels around {gaps.getbbox()}"


@pytest.mark.parametrize("view_name", ["front", "back"])
def test_each_full_body_view_has_at_least_sixty_regions(geometry, view_name):
    assert len(geometry.views[view_name].paths) >= 60


def test_the_named_body_areas_are_all_drawn(atlas, geometry):
    wanted = [
        "forehead",
        "temple",
        "eye",
        "cheek",
        "jaw",
        "ear",
        "back-of-head",
        "top-of-head",
        "front-of-neck",
        "side-of-neck",
        "back-of-neck",
        "top-of-shoulder",
        "front-of-shoulder",
        "side-of-shoulder",
        "back-of-shoulder",
        "upper-chest",
        "upper-abdomen",
        "shoulder-blade",
        "between-shoulder-blades",
        "mid-back",
        "low-back",
        "sacroiliac",
        "buttock",
        "groin",
        "front-of-thigh",
        "outer-thigh",
        "inner-thigh",
        "back-of-thigh",
        "front-of-knee",
        "back-of-knee",
        "shin",
        "calf",
        "outer-lower-leg",
        "front-of-ankle",
        "achilles",
        "heel",
        "sole",
        "top-of-foot",
        "big-toe",
        "toes",
        "front-of-upper-arm",
        "back-of-upper-arm",
        "inner-elbow",
        "outer-elbow",
        "front-of-forearm",
        "back-of-forearm",
        "front-of-wrist",
        "palm",
        "back-of-hand",
        "thumb-palm-side",
        "fingers-palm-side",
    ]
    for base in wanted:
        rid = f"right-{base}" if f"right-{base}" in atlas.regions else base
        assert geometry.views_of(rid), base


def _centre_x(geometry, view, rid):
    return parse_path(geometry.views[view].paths[rid]).centroid.x


def test_front_view_shows_the_patients_right_on_the_viewers_left(geometry):
    assert (
        _centre_x(geometry, "front", "right-palm") < 200 < _centre_x(geometry, "front", "left-palm")
    )


def test_back_view_shows_the_patients_right_on_the_viewers_right(geometry):
    assert (
        _centre_x(geometry, "back", "right-heel") > 200 > _centre_x(geometry, "back", "left-heel")
    )


def test_every_view_is_labelled_right_and_left(geometry):
    for view in geometry.views.values():
        texts = " ".join(label["text"] for label in view.labels)
        assert "R" in texts and "L" in texts


def test_the_committed_geometry_asset_matches_the_drawing_code():
    regions = load_regions(ROOT / "data")
    doc = geometry_document(
        {r.base: r.side != "midline" for r in regions}, {r.id: r.display for r in regions}
    )
    committed = json.loads((ROOT / "assets" / "body_geometry.json").read_text())
    assert committed == json.loads(json.dumps(doc)), "run: python -m triggermap.chart.build"


def test_each_region_is_one_click_target_on_each_side_of_the_view(geometry):
    # Fingers are drawn apart; a midline region on the head view shows on both heads.
    allowed = {"fingers-palm-side", "fingers-back"}
    for view in geometry.views.values():
        halves = 2 if view.name == "head" else 1
        for rid, shape in view.shapes.items():
            parts = [p for p in getattr(shape, "geoms", [shape]) if p.area > 1.0]
            if rid.split("-", 1)[-1] in allowed:
                continue
            limit = (
                halves if rid in ("forehead", "top-of-head", "nose", "chin", "front-of-neck") else 1
            )
            assert len(parts) <= limit, (view.name, rid, [round(p.area) for p in parts])
