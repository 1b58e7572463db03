"""One place for the private AppTest API used to click the map (Streamlit is pinned for it)."""

from __future__ import annotations

import json

from streamlit.components.v2.bidi_component.main import _make_trigger_id
from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.testing.v1 import AppTest


def map_element(at: AppTest, key: str = "body_map"):
    """The body-map component element of the last run."""
    return next(e for e in at.get("bidi_component") if e.proto.id.endswith(key))


def map_data(at: AppTest, key: str = "body_map") -> dict:
    """What the map was told to draw: view, selected, essential, spillover, marks."""
    return json.loads(map_element(at, key).proto.json)


def click_region(at: AppTest, region_id: str, key: str = "body_map") -> AppTest:
    """Re-run the app as if the browser map had sent a click on ``region_id``."""
    element = map_element(at, key)
    states = at._tree.get_widget_states()
    trigger = WidgetState()
    trigger.id = _make_trigger_id(element.proto.id, "events")
    trigger.json_trigger_value = json.dumps([{"event": "clicked", "value": region_id}])
    states.widgets.append(trigger)
    return at._run(states)
