"""Frozen model records from raw documents that have passed validation."""

from __future__ import annotations

from triggermap.atlas.model import (
    Atlas,
    Condition,
    Muscle,
    Needling,
    NeedlingGuide,
    PatternSource,
    Precaution,
    Region,
    SelfCare,
    Source,
    SourceRef,
    TriggerPoint,
)
from triggermap.atlas.raw import RawData
from triggermap.schema import DEFAULT_PREVALENCE, MIDLINE, SIDES, region_id


def expand_regions(raw_regions: list[dict]) -> list[Region]:
    """Region records for every side of every base area."""
    out = []
    for r in raw_regions:
        sides = SIDES if r["sided"] else (MIDLINE,)
        for side in sides:
            name = r["name"] if side == MIDLINE else f"{side} {r['name']}"
            parent = r.get("parent")
            out.append(
                Region(
                    region_id(r["id"], side),
                    r["id"],
                    name,
                    side,
                    r["view"],
                    tuple(r.get("synonyms", ())),
                    region_id(parent, side) if parent else None,
                    tuple(r.get("parts", ())),
                )
            )
    return out


def _refs(rows: list[dict]) -> tuple[SourceRef, ...]:
    return tuple(SourceRef(s["ref"], s["section"]) for s in rows)


def _needling_guide(doc: dict) -> NeedlingGuide:
    warning = doc.get("lung_warning", {})
    return NeedlingGuide(
        tuple(
            Precaution(p["id"], p["text"], _refs(p["sources"])) for p in doc.get("precaution", [])
        ),
        warning.get("text", ""),
        _refs(warning.get("sources", [])),
    )


def _muscle(doc: dict) -> Muscle:
    tps = tuple(
        TriggerPoint(
            tp["id"],
            tp["label"],
            tp["location"],
            tp["region"],
            tuple(tp["essential"]),
            tuple(tp["spillover"]),
            positions=tuple(
                (view, (float(xy[0]), float(xy[1]))) for view, xy in tp.get("positions", {}).items()
            ),
            prevalence=tp.get("prevalence", DEFAULT_PREVALENCE),
            evidence=tp["evidence"],
            source=PatternSource(
                tp["source"]["ref"],
                tp["source"]["chapter"],
                tp["source"].get("figure"),
                tp["source"].get("page"),
            ),
        )
        for tp in doc["trigger_points"]
    )
    return Muscle(
        id=doc["id"],
        name=doc["name"],
        aliases=tuple(doc["aliases"]),
        plain_name=doc["plain_name"],
        area=doc["area"],
        action=doc["action"],
        innervation=doc["innervation"],
        symptoms=tuple(doc["symptoms"]),
        conditions=tuple(doc["conditions"]),
        factors=tuple(doc["factors"]),
        self_care=SelfCare(doc["self_care"]["pressure"], doc["self_care"]["stretch"]),
        needling=Needling(
            tuple(doc["needling"]["structures_at_risk"]),
            doc["needling"]["precautions"],
            doc["needling"]["lung_risk"],
            _refs(doc["needling"]["sources"]),
        ),
        sources=_refs(doc["sources"]),
        trigger_points=tps,
        mimics=tuple(doc.get("mimics", ())),
        associated=tuple(doc.get("associated", ())),
        notes=doc.get("notes", ""),
        # Without lies_in, where the trigger points lie is the data's own answer.
        lies_in=tuple(
            doc.get("lies_in") or dict.fromkeys(tp["region"] for tp in doc["trigger_points"])
        ),
        outline=tuple(sorted(doc.get("outline", {}).items())),
    )


def build_atlas(raw: RawData) -> Atlas:
    """Dataclasses from raw documents that have already passed validation."""
    regions = expand_regions(raw.regions)
    return Atlas(
        regions={r.id: r for r in regions},
        conditions={
            c["id"]: Condition(
                c["id"],
                c["name"],
                c["description"],
                tuple(c.get("areas", ())),
                tuple(c.get("synonyms", ())),
            )
            for c in raw.conditions
        },
        sources={
            s["id"]: Source(s["id"], s["citation"], tuple(s.get("chapters", ())))
            for s in raw.sources
        },
        muscles={
            m.id: m
            for m in sorted(
                (_muscle(d) for d in raw.muscles.values()), key=lambda m: m.name.lower()
            )
        },
        sided={r["id"]: bool(r["sided"]) for r in raw.regions},
        needling=_needling_guide(raw.needling),
    )
