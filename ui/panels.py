"""Rendering of region and muscle details. Data strings are always escaped."""

from __future__ import annotations

import re

import streamlit as st

from triggermap.model import Atlas
from ui.explorer import show_muscle

DISCLAIMER = (
    "**Educational only, not a diagnosis.** Referred-pain patterns show where pain *can* come "
    "from. See a doctor for pain that is severe, new, keeps getting worse, follows an injury, "
    "or comes with chest pain, numbness, weakness, fever or weight loss."
)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:])")


def esc(text: str) -> str:
    """Text safe to place in st.markdown: no markdown, no HTML, no LaTeX."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def disclaimer() -> None:
    st.info(DISCLAIMER, icon=":material/info:")


def _names(atlas: Atlas, ids) -> str:
    return ", ".join(esc(atlas.regions[r].name) for r in ids) or "none"


def candidate_panel(atlas: Atlas, screen, on_step) -> None:
    """The ranked muscles for a pain drawing; the chosen one is overlaid on the chart."""
    if not screen.candidates:
        st.caption(
            "Mark the areas that hurt on the chart to see which muscles can refer pain there."
        )
        return
    chosen = screen.selected
    st.markdown(f"##### {screen.index + 1} of {len(screen.candidates)}: {esc(chosen.muscle)}")
    st.markdown(esc(chosen.explanation.capitalize()) + ".")
    prev_col, next_col = st.columns(2)
    prev_col.button(
        "Previous",
        icon=":material/chevron_left:",
        on_click=on_step,
        args=(-1,),
        use_container_width=True,
        key="cand-prev",
    )
    next_col.button(
        "Next candidate",
        icon=":material/chevron_right:",
        on_click=on_step,
        args=(1,),
        use_container_width=True,
        key="cand-next",
    )
    muscle = atlas.muscles[chosen.muscle_id]
    st.caption(esc(muscle.plain_name.capitalize()))
    st.markdown(f"**Self-care:** {esc(muscle.self_care.pressure)}")
    with st.expander("All candidates"):
        for i, c in enumerate(screen.candidates):
            marker = "▶ " if i == screen.index else ""
            st.markdown(
                f"{marker}**{i + 1}. {esc(c.muscle)}** ({c.score:.2f}): {esc(c.explanation)}"
            )


def _muscle_pills(label: str, key: str, options: dict[str, tuple[str, str]]) -> None:
    """One pill per muscle; choosing one shows its pattern (one widget, not one per muscle)."""
    if not options:
        return

    def chosen() -> None:
        pick = st.session_state.get(key)
        if pick in options:
            show_muscle(*options[pick])

    st.pills(label, list(options), key=key, on_change=chosen, label_visibility="collapsed")


def region_panel(atlas: Atlas, report: dict) -> None:
    """What lies in the selected region and what can refer pain into it.

    Each block is one markdown element: a map click reruns the page, and every
    element the browser has to re-render delays the update the user sees.
    """
    region = report["region"]
    here = report["trigger_points_here"]
    lines = [f"### {esc(region['name'])}"]
    if region["synonyms"]:
        lines.append(f"*Also called: {esc(', '.join(region['synonyms']))}*")
    lines.append("##### Trigger points in this area")
    for tp in here:
        label = tp["label"] if tp["muscle"].lower() not in tp["label"].lower() else "trigger point"
        lines.append(f"- ✕ **{esc(tp['muscle'])}**, {esc(label)}: {esc(tp['location'])}")
    if not here:
        lines.append("No trigger points in the atlas lie in this area.")
    st.markdown("\n\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]))
    _muscle_pills(
        "Show the pattern of",
        f"here-{region['id']}",
        {tp["muscle"]: (tp["muscle_id"], tp["side"]) for tp in here},
    )
    side = region["side"] if region["side"] in ("right", "left") else "right"
    st.markdown(
        "##### Pain felt here can come from\n\nRed on the chart shows where the trigger points "
        "in this area send pain. Pick a muscle to see its whole pattern."
        + ("" if report["pain_sources"] else "\n\nNo muscle in the atlas refers pain here.")
    )
    for zone, title in (
        ("essential", "Essential zone (usual)"),
        ("spillover", "Spillover zone (some people)"),
    ):
        names = {
            s["muscle"]: (s["muscle_id"], side) for s in report["pain_sources"] if s["zone"] == zone
        }
        if names:
            st.markdown(f"**{title}**")
            _muscle_pills(title, f"src-{zone}-{region['id']}", names)
    if report["conditions"]:
        st.markdown(
            "##### Related conditions\n\n"
            + "\n".join(
                f"- **{esc(c['name'])}**: {esc(c['description'])}" for c in report["conditions"][:8]
            )
        )


def muscle_panel(atlas: Atlas, m: dict, side: str) -> None:
    """A muscle's facts, its pattern in words, self-care, needling notes and sources."""
    st.subheader(f"{m['name']} ({side} side)")
    st.caption(esc(m["plain_name"].capitalize()))
    tps = [t for t in m["trigger_points"] if t["side"] == side]
    st.markdown(
        "**Trigger points:** " + "; ".join(f"{esc(t['label'])}: {esc(t['location'])}" for t in tps)
    )
    tps_written = atlas.muscles[m["id"]].trigger_points
    ess = sorted({r for tp in tps_written for r in tp.zone_on("essential", side, atlas.sided)})
    spill = sorted(
        {r for tp in tps_written for r in tp.zone_on("spillover", side, atlas.sided)} - set(ess)
    )
    st.markdown(
        f"**Essential zone:** {_names(atlas, ess)}  \n**Spillover zone:** {_names(atlas, spill)}"
    )
    st.markdown(f"**Action:** {esc(m['action'])}  \n**Nerve supply:** {esc(m['innervation'])}")
    st.markdown("**Symptoms:** " + "; ".join(esc(s) for s in m["symptoms"]))
    conds = [esc(c["name"]) + (" *(can mimic it)*" if c["mimics"] else "") for c in m["conditions"]]
    st.markdown("**Related conditions:** " + ", ".join(conds))
    with st.container(border=True):
        st.markdown("**Self-care**")
        st.markdown(f"*Pressure release:* {esc(m['self_care']['pressure'])}")
        st.markdown(f"*Stretch:* {esc(m['self_care']['stretch'])}")
    with st.expander("Activating and perpetuating factors"):
        for f in m["factors"]:
            st.markdown(f"- {esc(f)}")
    with st.expander("Dry needling notes (for trained clinicians)"):
        st.markdown(
            "**Structures at risk:** " + esc(", ".join(m["needling"]["structures_at_risk"]))
        )
        st.markdown(esc(m["needling"]["precautions"]))
    with st.expander("Sources and notes"):
        for s in m["sources"]:
            st.markdown(f"- {esc(s['citation'])} Section: {esc(s['section'])}.")
        if m["notes"]:
            st.caption(esc(m["notes"]))
