"""Validation: a list of small named checks over the raw data.

Each check takes the parsed files (and the geometry) and returns messages of
the form ``file: entry: field: problem``. The CLI's ``validate``, the tests and
the app's start-up all run :func:`run_checks`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from triggermap.atlas import RawData, expand_regions
from triggermap.geometry import Geometry
from triggermap.schema import (
    AREAS,
    CONDITION_FIELDS,
    CONDITIONS_FILE,
    ID_PATTERN,
    MUSCLE_FIELDS,
    MUSCLE_OPTIONAL,
    NEEDLING_FIELDS,
    REGION_FIELDS,
    REGIONS_FILE,
    SELF_CARE_FIELDS,
    SIDES,
    SOURCE_FIELDS,
    SOURCE_REF_FIELDS,
    SOURCES_FILE,
    TRIGGER_POINT_FIELDS,
    TRIGGER_POINT_OPTIONAL,
    VIEWS,
    region_id,
)

Check = Callable[[RawData, Geometry], list[str]]
_TYPE_NAMES = {str: "text", bool: "true/false", list: "a list", dict: "a table", float: "a number"}


def _entries(raw: RawData) -> Iterator[tuple[str, str, dict, dict]]:
    """(file, entry label, entry, expected fields) for every top-level record."""
    for file, rows, fields in (
        (REGIONS_FILE, raw.regions, REGION_FIELDS),
        (CONDITIONS_FILE, raw.conditions, CONDITION_FIELDS),
        (SOURCES_FILE, raw.sources, SOURCE_FIELDS),
    ):
        for i, row in enumerate(rows):
            yield file, f"entry '{row.get('id', f'#{i + 1}')}'", row, fields
    for file, doc in raw.muscles.items():
        yield file, f"muscle '{doc.get('id', '?')}'", doc, MUSCLE_FIELDS


def _trigger_points(raw: RawData) -> Iterator[tuple[str, str, dict]]:
    for file, doc in raw.muscles.items():
        tps = doc.get("trigger_points")
        for i, tp in enumerate(tps if isinstance(tps, list) else []):
            if isinstance(tp, dict):
                yield file, f"trigger point '{tp.get('id', f'#{i + 1}')}'", tp


def _type_ok(value, expected: type) -> bool:
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, expected)


def _field_problems(
    where: str, entry: dict, fields: dict, optional: dict | None = None
) -> list[str]:
    out = []
    for name, kind in fields.items():
        if name not in entry:
            out.append(f"{where}: field '{name}': missing")
        elif not _type_ok(entry[name], kind):
            out.append(f"{where}: field '{name}': must be {_TYPE_NAMES[kind]}")
    for name, kind in (optional or {}).items():
        if name in entry and not _type_ok(entry[name], kind):
            out.append(f"{where}: field '{name}': must be {_TYPE_NAMES[kind]}")
    return out


def check_files_parse(raw: RawData, geometry: Geometry) -> list[str]:
    """Every file exists and is valid TOML."""
    return list(raw.errors)


def check_required_fields(raw: RawData, geometry: Geometry) -> list[str]:
    """Every entry has its fields, each of the right type."""
    out = []
    for file, label, entry, fields in _entries(raw):
        optional = MUSCLE_OPTIONAL if fields is MUSCLE_FIELDS else None
        out += _field_problems(f"{file}: {label}", entry, fields, optional)
        if fields is MUSCLE_FIELDS:
            for key, sub in (("self_care", SELF_CARE_FIELDS), ("needling", NEEDLING_FIELDS)):
                if isinstance(entry.get(key), dict):
                    out += _field_problems(f"{file}: {label}: {key}", entry[key], sub)
            for src in entry.get("sources", []) if isinstance(entry.get("sources"), list) else []:
                out += _field_problems(f"{file}: {label}: source", src, SOURCE_REF_FIELDS)
    for file, label, tp in _trigger_points(raw):
        out += _field_problems(f"{file}: {label}", tp, TRIGGER_POINT_FIELDS, TRIGGER_POINT_OPTIONAL)
    return out


def check_id_format(raw: RawData, geometry: Geometry) -> list[str]:
    """Ids are lower-case slugs, and a muscle file is named after its id."""
    out = []
    for file, label, entry, _ in _entries(raw):
        value = entry.get("id")
        if isinstance(value, str) and not ID_PATTERN.match(value):
            out.append(f"{file}: {label}: field 'id': '{value}' is not a lower-case slug")
        if file.endswith(f"/{value}.toml") is False and file.startswith("muscles/"):
            out.append(f"{file}: {label}: field 'id': must match the file name")
    return out


def check_unique_ids(raw: RawData, geometry: Geometry) -> list[str]:
    """No id is used twice in one table, nor twice among one muscle's trigger points."""
    out = []
    for file, rows in (
        (REGIONS_FILE, raw.regions),
        (CONDITIONS_FILE, raw.conditions),
        (SOURCES_FILE, raw.sources),
    ):
        for value, n in Counter(r.get("id") for r in rows).items():
            if n > 1:
                out.append(f"{file}: entry '{value}': field 'id': duplicate id ({n} entries)")
    for file, doc in raw.muscles.items():
        tps = doc.get("trigger_points") if isinstance(doc.get("trigger_points"), list) else []
        for value, n in Counter(tp.get("id") for tp in tps if isinstance(tp, dict)).items():
            if n > 1:
                out.append(f"{file}: trigger point '{value}': field 'id': duplicate id")
    return out


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
    for file, label, tp in _trigger_points(raw):
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
    for file, label, tp in _trigger_points(raw):
        if isinstance(tp.get("essential"), list) and not tp["essential"]:
            out.append(f"{file}: {label}: field 'essential': must not be empty")
    return out


def check_geometry(raw: RawData, geometry: Geometry) -> list[str]:
    """Every region is drawn on its own view, and placed trigger points lie inside their region."""
    out = []
    regions = (
        {r.id: r for r in expand_regions(raw.regions)}
        if not check_required_fields(RawData(regions=raw.regions), geometry)
        else {}
    )
    for r in regions.values():
        if r.view in geometry.views and r.id not in geometry.views[r.view].paths:
            out.append(
                f"{REGIONS_FILE}: entry '{r.base}': field 'view': "
                f"'{r.id}' is not drawn on the {r.view} view"
            )
    sided = {r.base: r.side != "midline" for r in regions.values()}
    for file, label, tp in _trigger_points(raw):
        if "x" not in tp or "y" not in tp or tp.get("region") not in sided:
            continue
        rid = region_id(tp["region"], SIDES[0] if sided[tp["region"]] else "midline")
        view = geometry.views.get(regions[rid].view)
        if view and not view.contains(rid, float(tp["x"]), float(tp["y"])):
            out.append(
                f"{file}: {label}: field 'x'/'y': ({tp['x']}, {tp['y']}) lies outside "
                f"region '{rid}' on the {view.name} view"
            )
    return out


CHECKS: tuple[Check, ...] = (
    check_files_parse,
    check_required_fields,
    check_id_format,
    check_unique_ids,
    check_enums,
    check_references,
    check_clinical_minimum,
    check_geometry,
)


def run_checks(raw: RawData, geometry: Geometry) -> list[str]:
    """All messages from all checks, in check order."""
    return [msg for check in CHECKS for msg in check(raw, geometry)]
