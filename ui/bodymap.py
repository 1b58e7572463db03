"""The clickable body map, a components-v2 element around inline SVG."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import asdict

import streamlit as st

from triggermap.outputs.screens import MapState
from ui.served import served_component

# The keyboard and zoom parts share map.js's scope (and its helpers): one module, joined.
_COMPONENT = served_component(
    "triggermap.body_map",
    ("js/map_keys.js", "js/map_zoom.js", "js/map.js"),
    style="js/map.css",
    early=("body_geometry.json",),
)


# A plain session key, not the map's own state: Streamlit drops a widget's state
# when the user leaves the page, but the browser tab keeps its copy of the index.
_HELD = "tap_index_held"
# The browser numbers a tab's taps; a server session echoes the last one it acted
# on, with an id made once per session. A server restart starts a new session under
# the open page that has acted on none of them: the id tells the browser so.
_SESSION, _HANDLED = "map_session", "map_taps_handled"


def packed(data: dict, **encoded: str) -> dict[str, str]:
    """Component data as JSON strings, which the browser parses (map.js, panel.js).

    Streamlit inspects every dict or list value of a component's data for a
    dataframe, and the first inspection imports pandas and pyarrow: half a second
    of the first page's run, on a page that shows no table. A string value is
    passed through as it is. ``encoded`` values are JSON already (the tap index,
    encoded once per process).
    """
    return {"json": json.dumps(data, separators=(",", ":"))} | encoded


@st.cache_resource(show_spinner=False, max_entries=4)
def _encoded(index_id: str, _index: dict) -> str:
    # Keyed by the index's content hash: the index is built once per process.
    return json.dumps(_index, separators=(",", ":"))


def session_id() -> str:
    """An id for this Streamlit session, sent with every tap echo (map.js, panel.js)."""
    return st.session_state.setdefault(_SESSION, secrets.token_hex(8))


def last_tap(key: str) -> int:
    """The number of the last tap from the map ``key`` that this session acted on."""
    return st.session_state.get(_HANDLED, {}).get(key, 0)


def _sent(key: str) -> dict:
    """The state values map ``key``'s code has set (map.js setStateValue), or none."""
    value = st.session_state.get(key)
    return value if isinstance(value, dict) else {}


def tapped_point(key: str) -> tuple[float, float] | None:
    """Where in chart units the last tap on map ``key`` landed (map.js sends it), if known.

    A key press selects an area without a point; anything malformed counts as none.
    """
    clicked = _sent(key).get("clicked")
    at = clicked.get("at") if isinstance(clicked, dict) else None
    numbers = isinstance(at, list) and len(at) == 2
    if numbers and all(isinstance(v, (int, float)) and abs(v) < 1e5 for v in at):
        return (float(at[0]), float(at[1]))
    return None


def _wants_index(key: str, index_id: str) -> bool:
    # The browser asks for the index once the chart is drawn (map.js): sent with the
    # first run, its 600 KB held up the first paint by half a second (issue 9).
    return _sent(key).get("want") == index_id


def _holds_index(key: str, index_id: str) -> bool:
    # The browser reports holding the index with a state value. A new session (after
    # a server restart) is sent that value but never a change to it, so no callback
    # runs: read the value too, or the index would go out with every run.
    if _sent(key).get("index") == index_id:
        st.session_state[_HELD] = index_id
    return st.session_state.get(_HELD) == index_id


# The tap index's record keys for the chart's two questions (triggermap/outputs/answers.py).
_RECORDS = {"referral": "map", "sources": "sources"}
_RECORD_FIELDS = ("essential", "spillover", "lies", "marks")


def _by_reference(data: dict, index: dict) -> dict:
    """The map's data with its zones and marks named by their tap-index record, if one matches.

    A tapped area's answer is in the index the browser holds; sending it again on
    every rerun was a quarter of the bytes per tap. Only an exact match is sent by
    reference (map.js fills it in from the index); anything else goes out in full.
    """
    if len(data["selected"]) != 1:
        return data
    where = [_RECORDS.get(data["question"]), data["view"], data["selected"][0]]
    record = index.get(where[0], {}).get(where[1], {}).get(where[2])
    if record is None or any(record[f] != list(data[f]) for f in _RECORD_FIELDS):
        return data
    return {k: v for k, v in data.items() if k not in _RECORD_FIELDS} | {"from_index": where}


def holds_index(index: dict) -> bool:
    """Whether the browser has reported holding this tap index in this session."""
    return st.session_state.get(_HELD) == index["id"]


def body_map(
    state: MapState, key: str, on_click: Callable[[str], None], index: dict | None = None
) -> None:
    """Draw the map; ``on_click(region_id)`` runs when a region is clicked or keyed.

    With a tap ``index`` (triggermap.outputs.answers) the browser answers taps from it at
    once. It is sent when the browser asks for it, after drawing the chart, and until
    the browser reports holding it: normally once a session, and never to a tab that
    holds it already. Until then taps are answered by the server's rerun.
    """

    def clicked() -> None:
        value = st.session_state[key].get("clicked")
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            tap = value.get("tap")
            if isinstance(tap, int):
                st.session_state[_HANDLED] = {**st.session_state.get(_HANDLED, {}), key: tap}
            on_click(value["id"])

    def held() -> None:
        st.session_state[_HELD] = st.session_state[key].get("index")

    data = asdict(state)
    if not data["outlines"]:
        del data["outlines"]  # sent only while a muscle with its own outline is shown (issue 9)
    data["answers"] = {"session": session_id(), "tap": last_tap(key)}
    encoded = {}
    if index is not None:
        data["answers"]["id"] = index["id"]
        holds = _holds_index(key, index["id"])
        if not holds and _wants_index(key, index["id"]):
            encoded["index"] = _encoded(index["id"], index)
        if holds or encoded:
            # The index carries every trigger point's record: the marks' need not come too.
            data.pop("trigger_points")
        if holds:
            data = _by_reference(data, index)
            data["answers"]["held"] = True  # map.js need not ask for it
    _COMPONENT(
        key=key, data=packed(data, **encoded), on_clicked_change=clicked, on_index_change=held
    )


_SWATCH = (
    '<span style="display:inline-block;width:14px;height:14px;vertical-align:middle;'
    'margin-right:6px;{}"></span>'
)
HATCH = "background:repeating-linear-gradient(45deg,#e05a5a 0 2px,#f7b9b9 2px 5px)"
_CROSS = '<b style="margin:0 6px 0 2px">✕</b>'


def legend_markup(items: list[tuple[str, str]], between: str = "<br>") -> str:
    """A legend's rows as HTML: a swatch (a CSS style, or "cross" for the ✕) and its words.

    Static markup only: no string from data or from the user goes in here.
    """
    return between.join(
        (_CROSS if style == "cross" else _SWATCH.format(style)) + text for style, text in items
    )


def legend_items(items: list[tuple[str, str]]) -> None:
    """Show a legend of (style, words) rows under a chart."""
    rows = legend_markup(items)
    st.html(f'<div style="font-size:0.9rem;line-height:1.8">{rows}</div>')


_SEARCHED = ("background:#8e5cc7;border:2px solid #4b1d80", "The areas you searched for")


# Where the shown muscle lies (map.css .belly): a dashed outline, tinted where no zone is drawn.
LIES = ("background:#bfe0c9;border:2px dashed #14532d", "Where the muscle lies (dashed outline)")

_SOURCES = [
    ("cross", "Trigger point that can send pain to the selected area (1 to 3: most likely)"),
    ("background:#f6c98e", "Where those trigger points lie"),
]


def legend(searched: bool = False, sources: bool = False, muscle: bool = False) -> None:
    """The key to the map's colours and marks; ``searched`` when a group of areas is marked,
    ``sources`` when a tapped area shows where its pain can come from, ``muscle`` when a
    muscle is picked (where it lies)."""
    legend_items(
        [
            *([_SEARCHED] if searched else []),
            *(_SOURCES if sources else []),
            ("background:#d7263d", "Essential zone: where pain is usually felt"),
            (HATCH, "Spillover zone: where some people also feel it"),
            ("cross", "Trigger point"),
            *([LIES] if muscle else []),
            ("border:2.5px solid #12384a", "Selected area"),
        ]
    )


def finder_legend() -> None:
    """The key to the pain drawing and the overlaid candidate."""
    legend_items(
        [
            ("background:#8e5cc7;border:2px solid #4b1d80", "Where you marked pain"),
            ("background:#d7263d", "The candidate's essential zone"),
            ("background:#d7263d;border:3px solid #4b1d80", "Your pain inside its essential zone"),
            (HATCH, "Its spillover zone"),
            ("cross", "Its trigger points"),
        ]
    )
