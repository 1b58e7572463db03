"""Every answer a body-map tap can get, computed once so the browser can show it at once.

A Streamlit rerun costs a round trip and a re-render of the whole page, which is
several times slower than a bare button. So the page sends this index to the
browser once per session: a tap then shows its region's pattern and panel from
it straight away, and the rerun that follows sends the same records again. The
records are built by the same functions the server uses (``explore`` and
``region_report``), so the two answers cannot differ.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

from triggermap.atlas.model import Atlas, UnknownRegionError
from triggermap.chart.geometry import Geometry
from triggermap.lookup.redflags import RedFlag
from triggermap.outputs.export import label_names_muscle, region_report
from triggermap.outputs.marks import trigger_point_records
from triggermap.outputs.screens import LinkState, explore
from triggermap.schema import FOLDING_URGENCIES, SIDES

MAX_CONDITIONS = 8  # a panel lists this many related conditions; the rest are a tap away
# Why the panel's muscles come in the order they do (the ranking's prevalence), per run.
PANEL_WHY = {
    "common": "Commonly found trigger points:",
    "occasional": "Occasionally found:",
    "rare": "Rarely found:",
}


def _runs(sources: list[dict]) -> list[list]:
    """[words, count] for each run of muscles listed for the same reason, in order."""
    runs: list[list] = []
    for s in sources:
        words = PANEL_WHY[s["prevalence"]]
        if runs and runs[-1][0] == words:
            runs[-1][1] += 1
        else:
            runs.append([words, 1])
    return runs


def panel_record(atlas: Atlas, geometry: Geometry, region_id: str) -> dict:
    """What the region panel shows: display-ready text, with muscles and conditions by id."""
    report = region_report(atlas, geometry, region_id)
    region = report["region"]
    midline = atlas.regions[region_id].side not in SIDES
    here = []
    for tp in report["trigger_points_here"]:
        # "Soleus, TP1" reads well; "Flexor hallucis longus, Flexor hallucis longus TP" does not.
        label = "trigger point" if label_names_muscle(tp) else tp["label"]
        # A midline area holds the right and the left muscle's trigger points alike.
        here.append(
            {
                "muscle": tp["muscle_id"],
                "label": f"{label}, {tp['side']} side" if midline else label,
                "side": tp["side"],
                # Its location and provenance are in the index's trigger_points, once.
                "key": tp["id"],
            }
        )
    return {
        "id": region_id,
        "name": region["name"],
        "synonyms": region["synonyms"],
        "side": atlas.regions[region_id].pattern_side,
        # Safety first: what to do, and whether the muscles fold under it (redflags.folds).
        "flags": [
            {"id": f["id"], "urgency": f["urgency"], "text": RedFlag(**f).text}
            for f in report["red_flags"]
        ],
        "folds": any(f["urgency"] in FOLDING_URGENCIES for f in report["red_flags"]),
        "here": here,
        # In the ranking's order (pain_sources for this one region), with why, in words.
        "sources": {
            zone: [s["muscle_id"] for s in report["pain_sources"] if s["zone"] == zone]
            for zone in ("essential", "spillover")
        },
        "why": {
            zone: _runs([s for s in report["pain_sources"] if s["zone"] == zone])
            for zone in ("essential", "spillover")
        },
        "conditions": [c["id"] for c in report["conditions"][:MAX_CONDITIONS]],
    }


def _map_record(atlas: Atlas, geometry: Geometry, view: str, region_id: str, question: str) -> dict:
    state = explore(atlas, geometry, LinkState(view, region_id, question=question)).map
    return {
        "essential": list(state.essential),
        "spillover": list(state.spillover),
        "lies": list(state.lies),
        # A mark's words are in the index's trigger_points, by its keys (map.js markName).
        "marks": [asdict(m) for m in state.marks],
    }


def tap_index(atlas: Atlas, geometry: Geometry) -> dict:
    """Per view and region, the map's answer to a tap; per region, its panel; an id for the lot.

    The map answers the tap for each question: ``sources`` (where pain felt there
    can come from) and ``map`` (where the trigger points there send pain).
    """
    # A fixture atlas may describe fewer regions than the chart draws.
    drawn = {
        name: [r for r in view.paths if r in atlas.regions] for name, view in geometry.views.items()
    }
    body = {
        key: {
            name: {rid: _map_record(atlas, geometry, name, rid, question) for rid in rids}
            for name, rids in drawn.items()
        }
        for key, question in (("map", "referral"), ("sources", "sources"))
    } | {
        "panels": {
            rid: panel_record(atlas, geometry, rid) for rid in sorted(set().union(*drawn.values()))
        },
        "muscles": {mid: m.name for mid, m in atlas.muscles.items()},
        # what a tapped ✕ names and draws, by the keys the marks carry
        "trigger_points": trigger_point_records(atlas),
        "conditions": {
            c.id: {"name": c.name, "description": c.description} for c in atlas.conditions.values()
        },
    }
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]
    return {"id": digest, **body}


def panel_answer(index: dict, region_id: str | None) -> dict:
    """The panel's data for one region (or none): its record and the names it refers to."""
    if region_id is None:
        return {"panel": None, "muscles": {}, "conditions": {}, "trigger_points": {}}
    record = index["panels"].get(region_id)
    if record is None:
        raise UnknownRegionError(region_id)
    sources = record["sources"]
    muscles = {tp["muscle"] for tp in record["here"]}.union(*sources.values())
    return {
        "panel": record,
        "muscles": {mid: index["muscles"][mid] for mid in sorted(muscles)},
        "conditions": {cid: index["conditions"][cid] for cid in record["conditions"]},
        "trigger_points": {tp["key"]: index["trigger_points"][tp["key"]] for tp in record["here"]},
    }
