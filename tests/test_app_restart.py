"""The tap echo through AppTest. The browser numbers a tab's taps; every map, and the
region panel beside the body map, echo the last tap this server session acted on and
the session's id, so that after a server restart the page can tell a new session's
count from a stale run (map.js, panel.js; tests/test_browser_restart.py)."""

from tests.apptest_helpers import answer_data, map_data, send_state
from tests.test_app import app
from tests.test_finder_app import finder


def echo(at, key: str = "body_map") -> dict:
    return map_data(at, key)["answers"]


def test_the_map_and_the_region_panel_name_the_same_session_on_every_run():
    at = app(view="back").run()
    first = echo(at)["session"]
    at = send_state(at, "body_map", clicked={"id": "right-calf", "tap": 41})
    assert echo(at)["session"] == answer_data(at)["session"] == first
    assert echo(at)["tap"] == answer_data(at)["tap"] == 41


def test_each_session_has_its_own_id():
    assert echo(app().run())["session"] != echo(app().run())["session"]


def test_the_symptom_finder_echoes_the_tap_it_acted_on():
    at = finder(view="back")
    assert echo(at, "finder_map")["tap"] == 0
    at = send_state(at, "finder_map", clicked={"id": "left-heel", "tap": 9})
    assert echo(at, "finder_map")["tap"] == 9
    assert "left-heel" in map_data(at, "finder_map")["pain"]


def test_a_tap_naming_no_region_is_not_counted_as_acted_on():
    at = app(view="back").run()
    at = send_state(at, "body_map", clicked={"tap": 5})
    assert not at.exception and echo(at)["tap"] == 0
