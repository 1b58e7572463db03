"""Structural checks: files parse, fields are present and typed, ids are well formed and unique.

Each check returns messages of the form ``file: entry: field: problem``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from triggermap.atlas.raw import RawData
from triggermap.chart.geometry import Geometry
from triggermap.schema import (
    CONDITION_FIELDS,
    CONDITION_OPTIONAL,
    CONDITIONS_FILE,
    ID_PATTERN,
    MUSCLE_FIELDS,
    MUSCLE_OPTIONAL,
    NEEDLING_FIELDS,
    REGION_FIELDS,
    REGION_OPTIONAL,
    REGIONS_FILE,
    SELF_CARE_FIELDS,
    SOURCE_FIELDS,
    SOURCE_OPTIONAL,
    SOURCE_REF_FIELDS,
    SOURCES_FILE,
    TP_SOURCE_FIELDS,
    TP_SOURCE_OPTIONAL,
    TRIGGER_POINT_FIELDS,
    TRIGGER_POINT_OPTIONAL,
)

Check = Callable[[RawData, Geometry], list[str]]
_TYPE_NAMES = {
    str: "text",
    bool: "true/false",
    list: "a list",
    dict: "a table",
    float: "a number",
    int: "a whole number",
}


def record_entries(raw: RawData) -> Iterator[tuple[str, str, dict, dict]]:
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


def trigger_point_entries(raw: RawData) -> Iterator[tuple[str, str, dict]]:
    for file, doc in raw.muscles.items():
        tps = doc.get("trigger_points")
        for i, tp in enumerate(tps if isinstance(tps, list) else []):
            if isinstance(tp, dict):
                yield file, f"trigger point '{tp.get('id', f'#{i + 1}')}'", tp


def _type_ok(value, expected: type) -> bool:
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
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


_OPTIONAL_FOR = (
    (MUSCLE_FIELDS, MUSCLE_OPTIONAL),
    (REGION_FIELDS, REGION_OPTIONAL),
    (CONDITION_FIELDS, CONDITION_OPTIONAL),
    (SOURCE_FIELDS, SOURCE_OPTIONAL),
)


def check_files_parse(raw: RawData, geometry: Geometry) -> list[str]:
    """Every file exists and is valid TOML."""
    return list(raw.errors)


def check_required_fields(raw: RawData, geometry: Geometry) -> list[str]:
    """Every entry has its fields, each of the right type."""
    out = []
    for file, label, entry, fields in record_entries(raw):
        optional = next((o for f, o in _OPTIONAL_FOR if f is fields), None)
        out += _field_problems(f"{file}: {label}", entry, fields, optional)
        if fields is MUSCLE_FIELDS:
            for key, sub in (("self_care", SELF_CARE_FIELDS), ("needling", NEEDLING_FIELDS)):
                if isinstance(entry.get(key), dict):
                    out += _field_problems(f"{file}: {label}: {key}", entry[key], sub)
            for src in entry.get("sources", []) if isinstance(entry.get("sources"), list) else []:
                out += _field_problems(f"{file}: {label}: source", src, SOURCE_REF_FIELDS)
    for file, label, tp in trigger_point_entries(raw):
        out += _field_problems(f"{file}: {label}", tp, TRIGGER_POINT_FIELDS, TRIGGER_POINT_OPTIONAL)
        if isinstance(tp.get("source"), dict):
            out += _field_problems(
                f"{file}: {label}: source", tp["source"], TP_SOURCE_FIELDS, TP_SOURCE_OPTIONAL
            )
    return out


def check_id_format(raw: RawData, geometry: Geometry) -> list[str]:
    """Ids are lower-case slugs, and a muscle file is named after its id."""
    out = []
    for file, label, entry, _ in record_entries(raw):
        value = entry.get("id")
        if isinstance(value, str) and not ID_PATTERN.match(value):
            out.append(f"{file}: {label}: field 'id': '{value}' is not a lower-case slug")
        if file.startswith("muscles/") and not file.endswith(f"/{value}.toml"):
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
