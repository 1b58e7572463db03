"""Plain-data (JSON-ready) reports built from the atlas, shared by the CLI and the app."""

from __future__ import annotations

from dataclasses import asdict

from triggermap.atlas.model import Atlas, Muscle, Region, TriggerPoint
from triggermap.chart.geometry import Geometry
from triggermap.lookup.complaints import complaints
from triggermap.lookup.explain import provenance_words
from triggermap.lookup.query import (
    Placement,
    conditions_for_region,
    lies_in,
    pattern,
    trigger_points_in,
)
from triggermap.lookup.ranking import pain_sources, pain_sources_in
from triggermap.lookup.redflags import red_flags
from triggermap.outputs.marks import mark_position
from triggermap.schema import SIDES


def region_dict(region: Region, geometry: Geometry | None = None) -> dict:
    out = {
        "id": region.id,
        "name": region.display,
        "side": region.side,
        "view": region.view,
        "synonyms": list(region.synonyms),
    }
    if geometry is not None:
        out["views"] = list(geometry.views_of(region.id))
    return out


def _source_dict(tp: TriggerPoint) -> dict:
    src = tp.source
    return {"evidence": tp.evidence, "source": asdict(src) if src else None}


def _placement_dict(atlas: Atlas, geometry: Geometry, p: Placement) -> dict:
    region = atlas.regions[p.region_id]
    x, y = mark_position(atlas, geometry, p, region.view)
    return {
        "id": f"{p.muscle_id}.{p.trigger_point.id}.{p.side}",
        "muscle_id": p.muscle_id,
        "muscle": atlas.muscles[p.muscle_id].name,
        "label": p.trigger_point.label,
        "location": p.trigger_point.location,
        "side": p.side,
        "view": region.view,
        "region": p.region_id,
        "x": x,
        "y": y,
        **_source_dict(p.trigger_point),
        "provenance": provenance_words(p.trigger_point),
    }


def label_names_muscle(tp: dict) -> bool:
    """Whether a trigger point's label already names its muscle ("Anconeus TP")."""
    return tp["muscle"].lower() in tp["label"].lower()


def _cited(atlas: Atlas, refs) -> list[dict]:
    return [
        {"ref": s.ref, "section": s.section, "citation": atlas.sources[s.ref].citation}
        for s in refs
    ]


def needling_note(atlas: Atlas, muscle: Muscle) -> dict:
    """A muscle's dry-needling note for clinicians: its own risks, the lung warning where the
    lung is in reach, the precautions shared by every muscle, and the sources of all three."""
    n, guide = muscle.needling, atlas.needling
    warned = n.lung_risk and guide.lung_warning
    refs = [*n.sources, *(guide.lung_warning_sources if warned else ())]
    refs += [s for p in guide.precautions for s in p.sources]
    return {
        "structures_at_risk": list(n.structures_at_risk),
        "precautions": n.precautions,
        "lung_risk": n.lung_risk,
        "lung_warning": guide.lung_warning if warned else "",
        "shared_precautions": [p.text for p in guide.precautions],
        "sources": _cited(atlas, dict.fromkeys(refs)),
    }


def muscle_dict(atlas: Atlas, geometry: Geometry, muscle: Muscle, clinician: bool = False) -> dict:
    """Everything the atlas knows about a muscle, both sides expanded.

    The dry-needling note is for clinicians: it is there only when ``clinician`` is true.
    """
    patterns = [pattern(atlas, muscle.id, s) for s in SIDES]
    out = {
        "id": muscle.id,
        "name": muscle.name,
        "aliases": list(muscle.aliases),
        "plain_name": muscle.plain_name,
        "area": muscle.area,
        "lies_in": sorted(r for s in SIDES for r in lies_in(atlas, muscle.id, s)),
        "action": muscle.action,
        "innervation": muscle.innervation,
        "symptoms": list(muscle.symptoms),
        "trigger_points": [
            _placement_dict(atlas, geometry, p) for pt in patterns for p in pt.placements
        ],
        "referral": {
            "essential": sorted(r for pt in patterns for r in pt.essential),
            "spillover": sorted(r for pt in patterns for r in pt.spillover),
            "by_trigger_point": [
                {
                    "id": tp.id,
                    "label": tp.label,
                    "essential": list(tp.essential),
                    "spillover": list(tp.spillover),
                    **_source_dict(tp),
                    "provenance": provenance_words(tp),
                }
                for tp in muscle.trigger_points
            ],
        },
        "conditions": [
            {"id": c, "name": atlas.conditions[c].name, "mimics": c in muscle.mimics}
            for c in muscle.conditions
        ],
        "factors": list(muscle.factors),
        "self_care": asdict(muscle.self_care),
        "associated": list(muscle.associated),
        "sources": _cited(atlas, muscle.sources),
        "notes": muscle.notes,
    }
    return out | {"needling": needling_note(atlas, muscle)} if clinician else out


def flag_dicts(region_ids, answers=(), age: int | None = None) -> list[dict]:
    """The red flags for the regions, checklist answers and age, most urgent first."""
    return [asdict(f) for f in red_flags(region_ids, answers, age)]


def pain_sources_dict(
    atlas: Atlas, region_ids, intensities=None, answers=(), groups=(), age: int | None = None
) -> dict:
    """Ranked candidate muscles for the regions, with any red flags first.

    ``sources`` ranks the whole query; ``complaints`` ranks each separate complaint
    in it (a group, "somewhere in here", stays whole inside one complaint).
    ``regions`` lists every region asked, marked one by one or in a group.
    """
    every = list(dict.fromkeys([*region_ids, *(r for g in groups for r in g)]))
    return {
        "regions": every,
        "groups": [list(g) for g in groups],
        "red_flags": flag_dicts(every, answers, age),
        "sources": [asdict(p) for p in pain_sources(atlas, region_ids, intensities, groups=groups)],
        "complaints": [
            {
                "label": c.label,
                "regions": list(c.regions),
                "sources": [asdict(p) for p in c.sources],
                "also": {k: list(v) for k, v in c.also.items()},
            }
            for c in complaints(atlas, region_ids, intensities, groups=groups)
        ],
    }


def region_report(atlas: Atlas, geometry: Geometry, region_id: str) -> dict:
    """What lies in a region, any red flag pain there raises, what refers pain there, conditions."""
    here = trigger_points_in(atlas, region_id)
    # The same ranking as the symptom finder's, for pain felt in this one region; "site"
    # when only the trigger point lying here explains it (trigger_points_here lists those).
    sources = [
        {
            "muscle_id": s.muscle_id,
            "muscle": s.muscle,
            "zone": "site" if s.site_regions else s.zone,
            "prevalence": s.prevalence,
            "reason": s.explanation,
        }
        for s in pain_sources_in(atlas, region_id)
    ]
    return {
        "region": region_dict(atlas.regions[region_id], geometry),
        "red_flags": flag_dicts([region_id]),
        "trigger_points_here": [_placement_dict(atlas, geometry, p) for p in here],
        "pain_sources": sources,
        "conditions": [
            {"id": c.id, "name": c.name, "description": c.description}
            for c in conditions_for_region(atlas, region_id)
        ],
    }
