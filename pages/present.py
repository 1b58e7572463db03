"""Presentation mode for the treatment room: a queue of muscles, one large chart screen each."""

from triggermap.outputs.present import slide
from ui import present
from ui.panels import DISCLAIMER, show_notice
from ui.resources import atlas_and_geometry

atlas, geometry = atlas_and_geometry()
shown, notices = present.from_link(atlas)
for notice in notices:
    show_notice(notice)

current = slide(atlas, geometry, shown)
if current is None:
    present.builder(atlas)
else:
    present.header(shown, current)
    present.charts(current)
present.foot(DISCLAIMER)
if current is not None:
    # Below the screen's foot: the therapist scrolls to it; the chart keeps the screen.
    present.handout(atlas, geometry, shown)
