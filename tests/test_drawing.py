"""Pain drawings from links and files: strict parsing, clear messages, nothing half-loaded."""

import json

import pytest

from triggermap.lookup.drawing import (
    MAX_AREAS,
    Drawing,
    DrawingError,
    parse_json,
    parse_params,
    to_json,
    to_params,
)


def test_a_link_round_trips_areas_intensities_and_answers(atlas):
    drawing = Drawing(
        {"right-temple": 7, "right-side-of-neck": None}, frozenset({"fever-weight-loss"})
    )
    params = to_params(drawing)
    assert params == {"pain": "right-temple:7,right-side-of-neck", "ask": "fever-weight-loss"}
    assert parse_params(atlas, params["pain"], params["ask"]) == drawing


def test_a_file_round_trips_the_same_drawing(atlas):
    drawing = Drawing({"left-heel": 3, "right-heel": None}, frozenset({"after-injury"}))
    assert parse_json(atlas, to_json(drawing)) == drawing


def test_an_empty_link_is_an_empty_drawing(atlas):
    assert parse_params(atlas, None, None) == Drawing()


@pytest.mark.parametrize(
    ("pain", "ask", "message"),
    [
        ("right-nowhere", "", "unknown body area 'right-nowhere'"),
        ("right-heel:11", "", "whole number from 0 to 10"),
        ("right-heel:-1", "", "not an area"),
        ("<script>alert(1)</script>", "", "not an area"),
        ("right-heel,right-heel", "", "listed twice"),
        ("right-heel", "headache-ish", "unknown checklist item"),
        (",".join(["right-heel"] * (MAX_AREAS + 1)), "", f"more than {MAX_AREAS} areas"),
        ("x" * 5000, "", "too long"),
    ],
)
def test_a_bad_link_raises_one_clear_error(atlas, pain, ask, message):
    with pytest.raises(DrawingError, match=message):
        parse_params(atlas, pain, ask)


def _doc(**changes) -> str:
    doc = {
        "format": "triggermap-pain-drawing",
        "version": 1,
        "areas": [{"region": "left-heel", "intensity": 4}],
        "checklist": [],
    }
    doc.update(changes)
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("not json at all", "not valid JSON"),
        ("[1, 2, 3]", "not a pain drawing"),
        (_doc(format="something-else"), "not a pain drawing"),
        (_doc(version=99), "unsupported pain-drawing version"),
        (_doc(areas="left-heel"), "must be lists"),
        (_doc(areas=[{"region": "left-heel", "intensity": "7"}]), "whole number from 0 to 10"),
        (_doc(areas=[{"region": "left-heel", "intensity": True}]), "whole number from 0 to 10"),
        (_doc(areas=[{"region": 5}]), "needs a 'region' id"),
        (_doc(areas=[{"region": "<img src=x onerror=alert(1)>"}]), "unknown body area"),
        (_doc(checklist=["reboot"]), "unknown checklist item"),
        ("[" * 50_000, "larger than"),
        ("[" * 5_000 + "]" * 5_000, "not valid JSON"),
    ],
)
def test_a_bad_file_raises_one_clear_error(atlas, data, message):
    with pytest.raises(DrawingError, match=message):
        parse_json(atlas, data)
