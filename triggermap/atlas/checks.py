"""Validation: a list of small named checks over the raw data.

Each check takes the parsed files (and the geometry) and returns messages of
the form ``file: entry: field: problem``. The CLI's ``validate``, the tests and
the app's start-up all run :func:`run_checks`.
"""

from __future__ import annotations

from triggermap.atlas.build import expand_regions
from triggermap.atlas.checks_clinical import CLINICAL_CHECKS
from triggermap.atlas.checks_explainer import EXPLAINER_CHECKS
from triggermap.atlas.checks_lies import LIES_CHECKS
from triggermap.atlas.checks_needling import NEEDLING_CHECKS
from triggermap.atlas.checks_outline import OUTLINE_CHECKS
from triggermap.atlas.checks_positions import POSITION_CHECKS
from triggermap.atlas.checks_provenance import PROVENANCE_CHECKS
from triggermap.atlas.checks_structure import (
    Check,
    check_files_parse,
    check_id_format,
    check_required_fields,
    check_unique_ids,
    trigger_point_entries,
)
from triggermap.atlas.checks_vocabulary import VOCABULARY_CHECKS
from triggermap.atlas.raw import RawData
from triggermap.chart.geometry import Geometry
from triggermap.schema import (
    AREAS,
    BODY_VIEWS,
    REGIONS_FILE,
    VIEWS,
)


def check_enums(raw: RawData, geometry: Geometry) -> list[str]:
    """Views and body areas come from the schema's lists."""
    out = []
    for r in raw.regions:
        if r.get("view") not in VIEWS:
            out.append(
                f"{REGIONS_FILE}: entry '{r.get('id')}': field 'view': '{r.get('view')}' "
                f"is not one of {', '.join(VIEWS)}"
            )
    for file, doc in raw.muscles.items():
        if "area" in doc and doc["area"] not in AREAS:
            out.append(
                f"{file}: muscle '{doc.get('id')}': field 'area': '{doc['area']}' "
                f"is not one of {', '.join(AREAS)}"
            )
    return out


def check_region_parents(raw: RawData, geometry: Geometry) -> list[str]:
    """A detail area's parent exists, is a full-body region, and has the same sidedness."""
    by_id = {r.get("id"): r for r in raw.regions}
    out = []
    for r in raw.regions:
        parent = r.get("parent")
        if parent is None:
            continue
        where = f"{REGIONS_FILE}: entry '{r.get('id')}': field 'parent'"
        if parent not in by_id:
            out.append(f"{where}: unknown region '{parent}'")
        elif by_id[parent].get("view") not in BODY_VIEWS or by_id[parent].get("parent"):
            out.append(f"{where}: '{parent}' is not a full-body region")
        elif bool(by_id[parent].get("sided")) != bool(r.get("sided")):
            out.append(f"{where}: '{parent}' is sided differently")
    return out


def _known(rows: list[dict]) -> set:
    return {r.get("id") for r in rows}


def check_references(raw: RawData, geometry: Geometry) -> list[str]:
    """Every region, condition, source and muscle id that is named exists."""
    regions, conditions = _known(raw.regions), _known(raw.conditions)
    sources, muscles = _known(raw.sources), {d.get("id") for d in raw.muscles.values()}
    out = []
    for file, doc in raw.muscles.items():
        where = f"{file}: muscle '{doc.get('id')}'"
        for name, known, kind in (
            ("conditions", conditions, "condition"),
            ("mimics", set(doc.get("conditions", [])), "linked condition"),
            ("associated", muscles, "muscle"),
        ):
            for value in doc.get(name, []) if isinstance(doc.get(name), list) else []:
                if value not in known:
                    out.append(f"{where}: field '{name}': unknown {kind} '{value}'")
        for src in doc.get("sources", []) if isinstance(doc.get("sources"), list) else []:
            if isinstance(src, dict) and src.get("ref") not in sources:
                out.append(f"{where}: field 'sources': unknown source '{src.get('ref')}'")
    for file, label, tp in trigger_point_entries(raw):
        for name in ("region", "essential", "spillover"):
            values = tp.get(name, [])
            for value in (
                [values] if isinstance(values, str) else values if isinstance(values, list) else []
            ):
                if value not in regions:
                    out.append(f"{file}: {label}: field '{name}': unknown region '{value}'")
    return out


def check_clinical_minimum(raw: RawData, geometry: Geometry) -> list[str]:
    """Muscles cite a source and link a condition; every trigger point has an essential zone."""
    out = []
    for file, doc in raw.muscles.items():
        where = f"{file}: muscle '{doc.get('id')}'"
        for name in ("sources", "conditions", "trigger_points"):
            if isinstance(doc.get(name), list) and not doc[name]:
                out.append(f"{where}: field '{name}': must not be empty")
    for file, label, tp in trigger_point_entries(raw):
        if isinstance(tp.get("essential"), list) and not tp["essential"]:
            out.append(f"{file}: {label}: field 'essential': must not be empty")
    return out


def check_geometry(raw: RawData, geometry: Geometry) -> list[str]:
    """Every region is drawn on its own view (checks_positions places the trigger points)."""
    out = []
    regions = (
        {r.id: r for r in expand_regions(raw.regions)}
        if not check_required_fields(RawData(regions=raw.regions), geometry)
        else {}
    )
    for r in regions.values():
        if r.view in VIEWS and r.id not in getattr(geometry.views.get(r.view), "paths", {}):
            out.append(
                f"{REGIONS_FILE}: entry '{r.base}': field 'view': "
                f"'{r.id}' is not drawn on the {r.view} view"
            )
    return out


CHECKS: tuple[Check, ...] = (
    check_files_parse,
    check_required_fields,
    check_id_format,
    check_unique_ids,
    check_enums,
    check_region_parents,
    check_references,
    check_clinical_minimum,
    check_geometry,
    *POSITION_CHECKS,
    *VOCABULARY_CHECKS,
    *CLINICAL_CHECKS,
    *PROVENANCE_CHECKS,
    *EXPLAINER_CHECKS,
    *NEEDLING_CHECKS,
    *LIES_CHECKS,
    *OUTLINE_CHECKS,
)


def run_checks(raw: RawData, geometry: Geometry) -> list[str]:
    """All messages from all checks, in check order."""
    return [msg for check in CHECKS for msg in check(raw, geometry)]
