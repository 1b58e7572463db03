"""A muscle's own outline (issue 14): written points, the smooth curve through them, the mirror."""

import pytest
from shapely.geometry import Point

from triggermap.chart.outline import (
    OutlineError,
    mirrored,
    outline_curves,
    outline_rings,
    outline_shape,
)

SQUARE = "M 10 10 30 10 30 30 10 30 Z"

# The muscles most often treated for trigger points in dry-needling practice (issue 14).
COMMONLY_TREATED = (
    "upper-trapezius",
    "levator-scapulae",
    "sternocleidomastoid",
    "scalenes",
    "infraspinatus",
    "supraspinatus",
    "teres-minor",
    "teres-major",
    "rhomboids",
    "latissimus-dorsi",
    "deltoid",
    "pectoralis-major",
    "pectoralis-minor",
    "biceps-brachii",
    "triceps-brachii",
    "brachioradialis",
    "extensor-digitorum",
    "masseter",
    "temporalis",
    "splenius-capitis",
    "quadratus-lumborum",
    "gluteus-maximus",
    "gluteus-medius",
    "gluteus-minimus",
    "piriformis",
    "tensor-fasciae-latae",
    "rectus-femoris",
    "vastus-lateralis",
    "vastus-medialis",
    "biceps-femoris",
    "adductor-longus",
    "gastrocnemius",
    "soleus",
    "tibialis-anterior",
    "peroneus-longus",
)


def test_the_curve_passes_through_every_written_point():
    curve = outline_curves(SQUARE)[0]
    for point in outline_rings(SQUARE)[0]:
        assert point in curve


def test_the_shape_is_the_area_inside_the_smooth_curve():
    shape = outline_shape(SQUARE)
    assert shape.contains(Point(20, 20))
    assert not shape.contains(Point(50, 50))
    assert shape.area > 0.9 * 20 * 20  # the curve rounds the corners outward, never cuts in


def test_the_left_side_is_the_mirror_image_across_the_view():
    assert mirrored(SQUARE, 400) == "M 390 10 370 10 370 30 390 30 Z"
    assert mirrored(mirrored(SQUARE, 400), 400) == SQUARE


def test_several_rings_are_several_parts():
    two = SQUARE + " M 50 50 60 50 60 60 Z"
    assert len(outline_rings(two)) == 2
    assert outline_shape(two).contains(Point(57, 52))


@pytest.mark.parametrize(
    "bad",
    ["", "M 1 2 3 4 Z", "M 1 2 3 4 5 Z", "L 1 2 3 4 5 6 Z", "M 1 2 3 4 5 6", "M a b c d e f Z"],
)
def test_anything_but_three_or_more_points_a_ring_is_refused(bad):
    with pytest.raises(OutlineError):
        outline_rings(bad)


def test_at_least_thirty_commonly_treated_muscles_have_their_own_outline(atlas):
    outlined = {m.id for m in atlas.muscles.values() if m.outline}
    assert set(COMMONLY_TREATED) <= outlined
    assert len(COMMONLY_TREATED) >= 30


def test_each_outline_holds_its_muscles_trigger_points_on_that_view(atlas, geometry):
    # The validation check says the same with a tolerance; most lie well inside.
    inside = total = 0
    for m in atlas.muscles.values():
        for view, d in m.outline:
            shape = outline_shape(d)
            for tp in m.trigger_points:
                xy = tp.position(view, "right", geometry.views[view].width)
                if xy is not None:
                    total += 1
                    inside += shape.contains(Point(xy))
    assert total >= 60 and inside >= total - 2
