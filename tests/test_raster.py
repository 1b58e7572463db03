"""The chart drawn for print (triggermap/chart/raster.py) and the views a handout picks for it."""

from __future__ import annotations

from triggermap.chart.raster import ESSENTIAL, ChartPicture, render_chart
from triggermap.outputs.handout import chart_pictures


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _inner_point(geometry, view: str, region: str) -> tuple[float, float]:
    shape = geometry.views[view].shapes[region]
    inner = shape.buffer(-6)
    p = (inner if not inner.is_empty else shape).representative_point()
    return p.x, p.y


def test_the_main_zone_is_solid_and_the_spillover_zone_is_lines_of_two_shades(geometry):
    height = 400
    pic = ChartPicture(
        "back",
        essential=frozenset({"right-calf"}),
        spillover=frozenset({"left-calf"}),
    )
    image = render_chart(geometry, [pic], height, supersample=1).convert("RGB")
    scale = height / geometry.views["back"].height
    x, y = _inner_point(geometry, "back", "right-calf")
    assert image.getpixel((round(x * scale), round(y * scale))) == _rgb(ESSENTIAL)
    x, y = _inner_point(geometry, "back", "left-calf")
    patch = {
        image.getpixel((round(x * scale) + dx, round(y * scale) + dy))
        for dx in range(-4, 5)
        for dy in range(-4, 5)
    }
    assert len(patch) >= 2 and _rgb(ESSENTIAL) not in patch


def test_upper_trapezius_is_shown_on_the_back_with_its_trigger_points_and_on_the_right_head(
    atlas, geometry
):
    pictures = chart_pictures(atlas, geometry, "upper-trapezius", ("right",))
    views = [p.view for p in pictures]
    assert views == ["back", "head"]
    back, head = pictures
    assert back.marks and "right-top-of-shoulder" in {
        r
        for r in geometry.views["back"].paths
        if geometry.views["back"].contains(r, *back.marks[0])
    }
    assert head.box == (0.0, 0.0, geometry.views["head"].width / 2, geometry.views["head"].height)
    assert "right-temple" in head.essential


def test_a_pain_drawing_outlines_the_marked_areas_on_the_views_that_show_them(atlas, geometry):
    pain = frozenset({"right-calf"})
    pictures = chart_pictures(atlas, geometry, "soleus", ("right",), pain)
    assert any(p.pain == pain for p in pictures)
    for p in pictures:
        assert p.pain <= set(geometry.views[p.view].paths)


def test_marks_lie_inside_the_band_a_body_view_is_cut_to(atlas, geometry):
    for muscle in ("soleus", "gluteus-minimus", "masseter", "infraspinatus"):
        for pic in chart_pictures(atlas, geometry, muscle, ("right",)):
            x0, y0, x1, y1 = pic.bounds(geometry.views[pic.view])
            assert all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in pic.marks), (muscle, pic.view)
