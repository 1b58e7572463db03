"""Click a body area: its trigger points, where they refer pain, and what can cause pain there."""

import streamlit as st

from triggermap.schema import SIDES, VIEW_NAMES, VIEWS
from triggermap.text import and_list
from ui import explorer as ex
from ui import mode, safety, search
from ui.bodymap import body_map, last_tap, legend
from ui.panels import disclaimer, muscle_panel, region_answer, show_notice
from ui.present import present_button
from ui.resources import answer_anchor, atlas_and_geometry, tap_answers

atlas, geometry = atlas_and_geometry()
ex.init_from_url(atlas, geometry)
for notice in (*ex.link_notices(), mode.mode_notice()):
    if notice:
        show_notice(notice)

st.title("Trigger-point body map")
map_col, info_col = st.columns([1, 1], gap="large")

with map_col:
    st.segmented_control(
        "View",
        VIEWS,
        key=ex.VIEW,
        format_func=VIEW_NAMES.get,
        selection_mode="single",
        required=True,
        wrap=True,
    )
    ex.question_switch()

link = ex.current()
screen, group = search.screen(atlas, geometry, link)

with map_col:
    ex.zoom_links(screen.zoom)
    body_map(
        screen.map,
        key="body_map",
        on_click=lambda rid: ex.select_region(atlas, rid),
        index=tap_answers(),
    )
    if notice := search.search_box(atlas, geometry):
        show_notice(notice)
    if screen.also_on:
        names = and_list([VIEW_NAMES[v] for v in screen.also_on])
        st.caption(f"Part of this pattern is on the {names} view.")
    search.elsewhere(group)
    legend(
        searched=group is not None,
        sources=any(m.rank for m in screen.map.marks),
        muscle=bool(screen.map.belly or screen.map.outlines),
    )
    present_button(atlas, link)

with info_col:
    disclaimer()
    mode.mode_toggle()
    st.selectbox(
        "Show a muscle's pattern",
        list(atlas.muscles),
        key=ex.MUSCLE,
        index=None,
        format_func=lambda mid: atlas.muscles[mid].name,
        placeholder="Choose a muscle",
    )
    if screen.muscle:
        st.radio("Side", SIDES, key=ex.SIDE, horizontal=True, format_func=str.capitalize)
        muscle_panel(atlas, screen.muscle, screen.side, mode.clinician())
        ex.handout(atlas, geometry, screen.muscle["id"], screen.side)
        st.divider()
    answer_anchor()  # the skip link's target
    if group:
        with safety.flags_first(group.resolution.regions):
            search.group_answer(atlas, group)
    else:
        region_answer(
            tap_answers(),
            link.region,
            tap=last_tap("body_map"),
            intro=not screen.muscle,
            key="region_answer",
            question=link.question,
        )

ex.write_url(link)
