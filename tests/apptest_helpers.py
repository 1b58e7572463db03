"""One place for the private AppTest API used to click the map (Streamlit is pinned for it)."""

from __future__ import annotations

import json

from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.testing.v1 import AppTest


def map_element(at: AppTest, key: str = "body_map"):
    """The body-map component element of the last run."""
    return next(e for e in at.get("bidi_component") if e.proto.id.endswith(key))


def map_data(at: AppTest, key: str = "body_map") -> dict:
    """What the map was told to draw: view, selected, essential, spillover, marks."""
    return json.loads(map_element(at, key).proto.json)


_taps = [0]


def click_region(at: AppTest, region_id: str, key: str = "body_map") -> AppTest:
    """Re-run the app as if the browser map had sent a tap on ``region_id``.

    The map reports a tap as its ``clicked`` state value ({id, tap counter}),
    which is what the browser's setStateValue sends.
    """
    element = map_element(at, key)
    states = at._tree.get_widget_states()
    _taps[0] += 1
    value = json.dumps({"clicked": {"id": region_id, "tap": _taps[0]}})
    for widget in states.widgets:
        if widget.id == element.proto.id:
            widget.json_value = value
            break
    else:
        widget = WidgetState()
        widget.id = element.proto.id
        widget.json_value = value
        states.widgets.append(widget)
    return at._run(states)
