"""Checks of the dry-needling explainer: its shape, what it names, and that every figure is cited.

A line holding a digit states a figure (a percentage, a count, a number of
sessions or hours), so it must name at least one source; every named source and
condition must exist. Messages name the file, the section and the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triggermap.atlas.checks_structure import Check, _field_problems
from triggermap.atlas.raw import RawData
from triggermap.schema import (
    DRY_NEEDLING_FILE,
    EXPLAINER_FIELDS,
    ID_PATTERN,
    LINE_FIELDS,
    LINE_OPTIONAL,
    SECTION_FIELDS,
    SECTION_KINDS,
    SECTION_LINKS,
    SECTION_OPTIONAL,
)

FIGURE = re.compile(r"\S*\d\S*")  # the word holding a digit: "19.2%", "3-6"


def _sections(raw: RawData) -> Iterator[tuple[str, dict]]:
    rows = raw.dry_needling.get("section")
    for i, s in enumerate(rows if isinstance(rows, list) else []):
        if isinstance(s, dict):
            yield f"{DRY_NEEDLING_FILE}: section '{s.get('id', f'#{i + 1}')}'", s


def _lines(raw: RawData) -> Iterator[tuple[str, dict]]:
    for where, s in _sections(raw):
        lines = s.get("line")
        for i, line in enumerate(lines if isinstance(lines, list) else []):
            if isinstance(line, dict):
                yield f"{where}: line {i + 1}", line


def _fields(where: str, entry: dict, required: dict, optional: dict) -> list[str]:
    # A misspelt optional field ("source" for "sources") would silently drop a citation.
    unknown = [n for n in entry if n not in required | optional]
    return _field_problems(where, entry, required, optional) + [
        f"{where}: field '{n}': unknown field" for n in unknown
    ]


def check_explainer_fields(raw: RawData, geometry=None) -> list[str]:
    """The file, each section and each line have their fields, typed; kinds and links are known."""
    doc = raw.dry_needling
    if not doc:
        return []
    out = _fields(DRY_NEEDLING_FILE, doc, EXPLAINER_FIELDS, {})
    seen = set()
    for where, s in _sections(raw):
        out += _fields(where, s, SECTION_FIELDS, SECTION_OPTIONAL)
        if isinstance(s.get("id"), str) and not ID_PATTERN.match(s["id"]):
            out.append(f"{where}: field 'id': '{s['id']}' is not a lower-case slug")
        if s.get("id") in seen:
            out.append(f"{where}: field 'id': used by another section")
        seen.add(s.get("id"))
        if isinstance(s.get("kind"), str) and s["kind"] not in SECTION_KINDS:
            out.append(
                f"{where}: field 'kind': '{s['kind']}' is not one of {', '.join(SECTION_KINDS)}"
            )
        if isinstance(s.get("link"), str) and s["link"] not in SECTION_LINKS:
            out.append(
                f"{where}: field 'link': '{s['link']}' is not one of {', '.join(SECTION_LINKS)}"
            )
        if isinstance(s.get("line"), list) and not s["line"]:
            out.append(f"{where}: field 'line': must not be empty")
    for where, line in _lines(raw):
        out += _fields(where, line, LINE_FIELDS, LINE_OPTIONAL)
    return out


def check_explainer_references(raw: RawData, geometry=None) -> list[str]:
    """Every source a line cites and every condition a section names exists."""
    sources = {s.get("id") for s in raw.sources}
    conditions = {c.get("id") for c in raw.conditions}
    out = []
    for where, s in _sections(raw):
        for cid in s.get("conditions", []) if isinstance(s.get("conditions"), list) else []:
            if cid not in conditions:
                out.append(f"{where}: field 'conditions': unknown condition '{cid}'")
    for where, line in _lines(raw):
        for sid in line.get("sources", []) if isinstance(line.get("sources"), list) else []:
            if sid not in sources:
                out.append(f"{where}: field 'sources': unknown source '{sid}'")
    return out


def check_explainer_figures_cited(raw: RawData, geometry=None) -> list[str]:
    """A line that states a figure (any digit) cites at least one source."""
    out = []
    for where, line in _lines(raw):
        text = line.get("text")
        if isinstance(text, str) and FIGURE.search(text) and not line.get("sources"):
            figure = FIGURE.search(text).group()
            out.append(
                f"{where}: field 'sources': states a figure ('{figure}') but cites no source"
            )
    return out


EXPLAINER_CHECKS: tuple[Check, ...] = (
    check_explainer_fields,
    check_explainer_references,
    check_explainer_figures_cited,
)
