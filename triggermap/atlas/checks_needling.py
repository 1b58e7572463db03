"""Checks of the dry-needling notes: sources, the lung risk, the shared precautions file.

A muscle's ``[needling]`` table says ``lung_risk = true`` exactly when its
structures at risk name the lung or pleura; such muscles get the post-treatment
lung warning from needling.toml, which must say what to watch for. The shared
precautions (schema.NEEDLING_PRECAUTIONS) are all present, each with a source.
"""

from __future__ import annotations

import re

from triggermap.atlas.checks_structure import Check, _field_problems
from triggermap.atlas.raw import RawData
from triggermap.chart.geometry import Geometry
from triggermap.schema import (
    LUNG_WARNING_FIELDS,
    LUNG_WARNING_MUST_SAY,
    LUNG_WORDS,
    NEEDLING_FILE,
    NEEDLING_PRECAUTIONS,
    PRECAUTION_FIELDS,
    SOURCE_REF_FIELDS,
)


def _needling_tables(raw: RawData):
    for file, doc in raw.muscles.items():
        if isinstance(doc.get("needling"), dict):
            yield f"{file}: muscle '{doc.get('id')}': needling", doc["needling"]


def _source_problems(where: str, rows, known: set) -> list[str]:
    """Each source entry has ref and section, and the ref is in sources.toml; one at least."""
    if not isinstance(rows, list):
        return []  # the field check says so
    if not rows:
        return [f"{where}: field 'sources': must not be empty"]
    out = []
    for row in rows:
        if not isinstance(row, dict):
            out.append(f"{where}: field 'sources': each entry must be a {{ ref, section }} table")
            continue
        out += _field_problems(f"{where}: source", row, SOURCE_REF_FIELDS)
        if isinstance(row.get("ref"), str) and row["ref"] not in known:
            out.append(f"{where}: field 'sources': unknown source '{row['ref']}'")
    return out


def check_needling_sources(raw: RawData, geometry: Geometry) -> list[str]:
    """Every needling note cites at least one source from sources.toml."""
    known = {s.get("id") for s in raw.sources}
    out = []
    for where, table in _needling_tables(raw):
        out += _source_problems(where, table.get("sources"), known)
    return out


def _names_lung(structures) -> bool:
    return any(isinstance(s, str) and LUNG_WORDS.search(s) for s in structures)


def check_lung_risk(raw: RawData, geometry: Geometry) -> list[str]:
    """``lung_risk`` is true exactly when the structures at risk name the lung or pleura."""
    out = []
    for where, table in _needling_tables(raw):
        structures, flag = table.get("structures_at_risk"), table.get("lung_risk")
        if not isinstance(structures, list) or not isinstance(flag, bool):
            continue  # the field check says so
        if flag != _names_lung(structures):
            said = "names" if not flag else "does not name"
            out.append(
                f"{where}: field 'lung_risk': is {str(flag).lower()}, but "
                f"structures_at_risk {said} the lung or pleura"
            )
    return out


def check_shared_precautions(raw: RawData, geometry: Geometry) -> list[str]:
    """needling.toml holds every shared precaution (schema.NEEDLING_PRECAUTIONS), each sourced."""
    if not raw.needling:
        return []  # a missing or broken file is check_files_parse's message
    rows = raw.needling.get("precaution")
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        return [f"{NEEDLING_FILE}: 'precaution' must be a list of [[precaution]] tables"]
    known = {s.get("id") for s in raw.sources}
    out = []
    for i, row in enumerate(rows):
        where = f"{NEEDLING_FILE}: precaution '{row.get('id', f'#{i + 1}')}'"
        out += _field_problems(where, row, PRECAUTION_FIELDS)
        out += _source_problems(where, row.get("sources"), known)
    ids = [r.get("id") for r in rows]
    out += [
        f"{NEEDLING_FILE}: precaution '{pid}': missing (every needling note shows it)"
        for pid in NEEDLING_PRECAUTIONS
        if pid not in ids
    ]
    out += [
        f"{NEEDLING_FILE}: precaution '{pid}': not one of {', '.join(NEEDLING_PRECAUTIONS)}"
        for pid in ids
        if pid not in NEEDLING_PRECAUTIONS
    ]
    return out


def check_lung_warning(raw: RawData, geometry: Geometry) -> list[str]:
    """The lung warning exists when any muscle has a lung risk, and says what to watch for."""
    if not raw.needling or not any(t.get("lung_risk") is True for _, t in _needling_tables(raw)):
        return []
    where = f"{NEEDLING_FILE}: lung_warning"
    table = raw.needling.get("lung_warning")
    if not isinstance(table, dict):
        return [f"{where}: missing (muscles with lung_risk = true show it)"]
    out = _field_problems(where, table, LUNG_WARNING_FIELDS)
    out += _source_problems(where, table.get("sources"), {s.get("id") for s in raw.sources})
    text = table.get("text") if isinstance(table.get("text"), str) else ""
    out += [
        f"{where}: field 'text': must tell the patient to watch for {thing}"
        for thing, pattern in LUNG_WARNING_MUST_SAY.items()
        if text and not re.search(pattern, text, re.IGNORECASE)
    ]
    return out


NEEDLING_CHECKS: tuple[Check, ...] = (
    check_needling_sources,
    check_lung_risk,
    check_shared_precautions,
    check_lung_warning,
)
