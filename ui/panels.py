"""Rendering of region and muscle details. Data strings are always escaped."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from triggermap.atlas.model import Atlas
from triggermap.lookup.explain import lies_words
from triggermap.lookup.redflags import RedFlag
from triggermap.outputs.answers import panel_answer
from triggermap.outputs.export import needling_note
from triggermap.schema import FOLDING_URGENCIES, SIDES
from triggermap.text import Notice, capital
from triggermap.text import escape as esc
from ui.bodymap import holds_index, packed, session_id
from ui.explorer import show_muscle
from ui.served import served_component

_HERE = Path(__file__).parent

DISCLAIMER = (
    "**Educational only, not a diagnosis.** Referred-pain patterns show where pain *can* come "
    "from. See a doctor for pain that is severe, new, keeps getting worse, follows an injury, "
    "or comes with chest pain, numbness, weakness, fever or weight loss."
)


def show_notice(notice: Notice) -> None:
    """Say why part of a link or file was not used: the one place notices reach the screen.

    Its values come from outside, so they go through Notice.markdown (shown literally).
    """
    st.warning(notice.markdown(), icon=":material/link_off:")


_FLAG_ICONS = {
    "emergency": ":material/emergency:",
    "today": ":material/emergency:",
    "ask": ":material/help:",
    "soon": ":material/medical_services:",
    "tell": ":material/info:",
}


def flag_message(flag: RedFlag) -> None:
    """A red flag with what to do in bold: first, or after the question it answers.

    The error box for what cannot wait, a warning for the rest. Its words are the
    rule's own fixed wording (lookup/redflags_*), never outside input, and escaped.
    """
    action, message = f"**{esc(flag.action)}**", esc(flag.message)
    text = f"{message} {action}" if flag.urgency == "ask" else f"{action} {message}"
    if flag.urgency in FOLDING_URGENCIES:
        st.error(text, icon=_FLAG_ICONS[flag.urgency])
    else:
        st.warning(text, icon=_FLAG_ICONS[flag.urgency])


def disclaimer() -> None:
    st.info(DISCLAIMER, icon=":material/info:")


def _names(atlas: Atlas, ids) -> str:
    return ", ".join(esc(atlas.regions[r].name) for r in ids) or "none"


def _capital(text: str) -> str:
    return esc(capital(text))


def _also(complaint, muscle_id: str) -> str:
    others = complaint.also.get(muscle_id, ())
    return f" It can also explain your {esc(' and '.join(others))}." if others else ""


def candidate_panel(atlas: Atlas, screen, on_step) -> None:
    """The drawing's complaints and their ranked muscles; the chosen one is on the chart."""
    if not screen.candidates:
        st.caption(
            "Mark the areas that hurt on the chart to see which muscles can refer pain there."
        )
        return
    # Said in words, with the side, so a left/right slip on the mirrored chart shows.
    # Some names hold a comma ("right thumb, palm side"): then semicolons keep them apart.
    sep = "; " if any("," in name for name in screen.marked) else ", "
    st.markdown("**You marked:** " + esc(sep.join(screen.marked)))
    if len(screen.complaints) > 1:
        st.markdown(
            f"These look like {len(screen.complaints)} separate complaints, "
            "each with its own likely muscles:"
        )
        for c in screen.complaints:
            names = ", ".join(s.muscle for s in c.sources[:3])
            st.markdown(f"- **{_capital(c.label)}:** {esc(names)}")
    chosen, complaint = screen.selected, screen.selected_complaint
    st.markdown(f"##### {screen.index + 1} of {len(screen.candidates)}: {esc(chosen.muscle)}")
    why = chosen.explanation
    if len(screen.complaints) > 1:
        why = f"for your {complaint.name}: {why}"
    st.markdown(_capital(why) + "." + _also(complaint, chosen.muscle_id))
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
    with st.expander("All candidates, most likely first"):
        for c in screen.complaints:
            if len(screen.complaints) > 1:
                st.markdown(f"**{_capital(c.label)}**")
            for rank, s in enumerate(c.sources):
                shown = screen.candidates[screen.index] is s
                marker = "▶ " if shown else ""
                st.markdown(
                    f"{rank + 1}. {marker}**{esc(s.muscle)}**: {_capital(s.explanation)}."
                    + _also(c, s.muscle_id)
                )


_ANSWER = served_component("triggermap.region_answer", "js/panel.js", style="js/panel.css")
INTRO = (
    "Tap or click an area of the body chart, or type one in the search box. Switch views above "
    "the chart: front, back, the side of the head, and close-ups of the hands and feet."
)


def region_answer(
    index: dict, region_id: str | None, tap: int, intro: bool, key: str, question: str
) -> None:
    """What lies in the selected region and what can refer pain into it.

    Drawn in the browser (panel.js) so that a map tap can show it at once from the
    index; ``tap`` is the map's tap count this answer belongs to, in this session.
    ``question`` is the one the chart answers (QUESTIONS): its section comes first.
    """

    def picked() -> None:
        value = st.session_state[key].get("muscle")
        if isinstance(value, dict) and value.get("muscle") in index["muscles"]:
            side = value.get("side")
            show_muscle(value["muscle"], side if side in SIDES else "right")

    # The browser holding the index draws the region's record from it (panel.js).
    held = region_id is not None and holds_index(index)
    answer = {"from_index": region_id} if held else panel_answer(index, region_id)
    data = answer | {
        "tap": tap,
        "session": session_id(),
        "index_id": index["id"],
        "intro": INTRO if intro else None,
        "question": question,
    }
    _ANSWER(key=key, data=packed(data), on_muscle_change=picked)


def needling_panel(atlas: Atlas, muscle_id: str) -> None:
    """The dry-needling note, for clinician mode only: risks, lung warning, precautions, sources."""
    n = needling_note(atlas, atlas.muscles[muscle_id])
    with st.expander("Dry needling notes (for trained clinicians)", expanded=True):
        at_risk = ", ".join(n["structures_at_risk"]) or "none named"
        st.markdown("**Structures at risk:** " + esc(at_risk))
        st.markdown(esc(n["precautions"]))
        if n["lung_warning"]:
            # A data file's words: shown as markdown text, never as an alert (see show_notice).
            st.markdown(f":orange-background[**Lung within reach.** {esc(n['lung_warning'])}]")
        st.markdown("**Precautions for every muscle:**")
        st.markdown("\n".join(f"- {esc(p)}" for p in n["shared_precautions"]))
        st.caption(
            "Sources: "
            + "; ".join(f"{esc(s['citation'])} ({esc(s['section'])})" for s in n["sources"])
        )


def muscle_panel(atlas: Atlas, m: dict, side: str, clinician: bool = False) -> None:
    """A muscle's facts, its pattern in words, self-care and sources; needling for clinicians."""
    st.subheader(f"{esc(m['name'])} ({side} side)")
    st.caption(esc(m["plain_name"].capitalize()))
    tps = [t for t in m["trigger_points"] if t["side"] == side]
    # One line per trigger point, with where its pattern comes from ("derived" says so).
    st.markdown(
        "**Trigger points:**\n"
        + "\n".join(
            f"- {esc(t['label'])}: {esc(t['location'])}  \n  *{esc(t['provenance'])}*" for t in tps
        )
    )
    tps_written = atlas.muscles[m["id"]].trigger_points
    ess = sorted({r for tp in tps_written for r in tp.zone_on("essential", side, atlas.sided)})
    spill = sorted(
        {r for tp in tps_written for r in tp.zone_on("spillover", side, atlas.sided)} - set(ess)
    )
    st.markdown(
        f"**Essential zone:** {_names(atlas, ess)}  \n**Spillover zone:** {_names(atlas, spill)}"
        f"  \n**Where it lies** (dashed outline): {esc(lies_words(atlas, m['id']))}"
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
    if clinician:
        needling_panel(atlas, m["id"])
    with st.expander("Sources and notes"):
        for s in m["sources"]:
            st.markdown(f"- {esc(s['citation'])} Section: {esc(s['section'])}.")
        if m["notes"]:
            st.caption(esc(m["notes"]))
