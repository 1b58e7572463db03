"""One place for the private AppTest API used to click the map (Streamlit is pinned for it)."""

from __future__ import annotations

import json

from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.testing.v1 import AppTest


def map_element(at: AppTest, key: str = "body_map"):
    """The component element (map or region panel) with ``key`` in the last run."""
    return next(e for e in at.get("bidi_component") if e.proto.id.endswith(key))


def map_data(at: AppTest, key: str = "body_map") -> dict:
    """What a component was told to draw (the map: view, selected, essential, spillover, marks).

    Decoded as map.js and panel.js decode it: JSON strings, the tap index apart.
    """
    sent = json.loads(map_element(at, key).proto.json)
    data = json.loads(sent["json"])
    if "index" in sent:
        data["answers"]["index"] = json.loads(sent["index"])
        at.__dict__["_tap_index"] = data["answers"]["index"]  # as window.__triggermapIndex
    if "from_index" in data:
        data |= _from_index(at, data)
    return data


def _from_index(at: AppTest, data: dict) -> dict:
    """What map.js or panel.js fill in from the index they hold (ui/bodymap._by_reference)."""
    index = at.__dict__["_tap_index"]  # a KeyError here: the index was never sent
    where = data["from_index"]
    if isinstance(where, list):
        key, view, region = where
        return index[key][view][region]
    return {
        "panel": index["panels"][where],
        "muscles": index["muscles"],
        "conditions": index["conditions"],
        "trigger_points": index["trigger_points"],
    }


def answer_data(at: AppTest) -> dict:
    """What the region panel beside the body map was told to show."""
    return map_data(at, "region_answer")


def send_state(at: AppTest, key: str, **values) -> AppTest:
    """Re-run the app as if a component's JS had called setStateValue(name, value).

    The browser sends the component's whole state dict, earlier values included, and
    AppTest's tree does not keep it, so it is kept here on the AppTest object.
    """
    element = map_element(at, key)
    held = at.__dict__.setdefault("_component_states", {})
    held[element.proto.id] = held.get(element.proto.id, {}) | values
    states = at._tree.get_widget_states()
    for component_id, state in held.items():
        widget = next((w for w in states.widgets if w.id == component_id), None)
        if widget is None:
            # append() copies a protobuf message, so add the new state and then fetch it back.
            states.widgets.append(WidgetState(id=component_id))
            widget = states.widgets[-1]
        widget.json_value = json.dumps(state)
    return at._run(states)


def fetch_index(at: AppTest) -> AppTest:
    """Re-run the app as map.js does once the chart is drawn: asking for the tap index."""
    return send_state(at, "body_map", want=map_data(at)["answers"]["id"])


_taps = [0]


def click_region(
    at: AppTest, region_id: str, key: str = "body_map", point: tuple | None = None
) -> AppTest:
    """Re-run the app as if the browser map had sent a tap on ``region_id``.

    The map reports a tap as its ``clicked`` state value ({id, tap counter}, and
    ``at``, where the finger landed in chart units, when ``point`` gives it).
    """
    _taps[0] += 1
    where = {"at": list(point)} if point else {}
    return send_state(at, key, clicked={"id": region_id, "tap": _taps[0], **where})


def type_into(at: AppTest, key: str, text: str) -> AppTest:
    """Re-run the app as if ``text`` was typed into a select box and Enter pressed.

    A box made with ``accept_new_options`` sends typed words as they are; AppTest's
    own ``select`` takes only the box's options.
    """
    box = at.selectbox(key=key)
    states = at._tree.get_widget_states()
    widget = next((w for w in states.widgets if w.id == box.id), None)
    if widget is None:
        states.widgets.append(WidgetState(id=box.id))
        widget = states.widgets[-1]
    widget.string_value = text
    return at._run(states)
