"""Checks of the words people use: body parts of regions, condition areas and synonyms.

A malformed entry (a field missing or of the wrong type) is left to the structure
checks; these checks read what they can and say nothing more about it.
"""

from __future__ import annotations

from triggermap.atlas.checks_structure import Check
from triggermap.atlas.raw import RawData
from triggermap.atlas.words import (
    ConditionWords,
    RegionWords,
    Sense,
    clashes,
    describe,
    word_senses,
)
from triggermap.chart.geometry import Geometry
from triggermap.schema import BODY_PARTS, CONDITIONS_FILE, REGIONS_FILE


def _texts(value) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def region_words(raw: RawData) -> list[RegionWords]:
    """The words of each well-formed region entry."""
    return [
        RegionWords(r["id"], r["name"], _texts(r.get("synonyms")), _texts(r.get("parts")))
        for r in raw.regions
        if isinstance(r.get("id"), str) and isinstance(r.get("name"), str)
    ]


def condition_words(raw: RawData) -> list[ConditionWords]:
    """The words of each well-formed condition entry."""
    return [
        ConditionWords(c["id"], c["name"], _texts(c.get("synonyms")), _texts(c.get("areas")))
        for c in raw.conditions
        if isinstance(c.get("id"), str) and isinstance(c.get("name"), str)
    ]


def _where(file: str, entry: dict, field: str) -> str:
    return f"{file}: entry '{entry.get('id')}': field '{field}'"


def check_region_has_parts(raw: RawData, geometry: Geometry) -> list[str]:
    """Every region belongs to at least one body part."""
    return [
        f"{_where(REGIONS_FILE, r, 'parts')}: must name at least one body part"
        for r in raw.regions
        if not _texts(r.get("parts"))
    ]


def check_parts_are_known(raw: RawData, geometry: Geometry) -> list[str]:
    """Every body part a region names is one of the schema's body parts."""
    return [
        f"{_where(REGIONS_FILE, r, 'parts')}: unknown body part '{part}'"
        for r in raw.regions
        for part in _texts(r.get("parts"))
        if part not in BODY_PARTS
    ]


def check_detail_parts_follow_parent(raw: RawData, geometry: Geometry) -> list[str]:
    """A close-up area belongs to every body part its full-body region belongs to."""
    parts = {r.get("id"): set(_texts(r.get("parts"))) for r in raw.regions}
    out = []
    for r in raw.regions:
        missing = parts.get(r.get("parent"), set()) - set(_texts(r.get("parts")))
        if missing:
            out.append(
                f"{_where(REGIONS_FILE, r, 'parts')}: lacks {', '.join(sorted(missing))}, "
                f"which its parent '{r.get('parent')}' belongs to"
            )
    return out


def check_condition_areas_are_regions(raw: RawData, geometry: Geometry) -> list[str]:
    """The areas a condition usually covers are regions of the atlas."""
    known = {r.get("id") for r in raw.regions}
    return [
        f"{_where(CONDITIONS_FILE, c, 'areas')}: unknown region '{area}'"
        for c in raw.conditions
        for area in _texts(c.get("areas"))
        if area not in known
    ]


# Who is told to change a word that means two things: a condition's synonym first, a
# region's own name last; the schema's body parts and broad words are never blamed.
_BLAME = ("field 'name'", "field 'id'", "field 'synonyms'")


def _blame_rank(sense: Sense) -> tuple[int, int]:
    field = next((i for i, f in enumerate(_BLAME) if sense.origins[0].endswith(f)), 0)
    return (sense.kind == "condition", field)


def check_words_mean_one_thing(raw: RawData, geometry: Geometry) -> list[str]:
    """No word (region name or synonym, body part, broad word, condition name or synonym)
    means two different things, unless on purpose: a region named like its body part."""
    out = []
    for senses in word_senses(region_words(raw), condition_words(raw)).values():
        if not clashes(senses):
            continue
        blamed = max((s for s in senses if s.origins), key=_blame_rank, default=None)
        if blamed is None:
            continue
        others = ", ".join(describe(s) for s in senses if s is not blamed)
        out += [f"{where}: '{blamed.label}' also means {others}" for where in blamed.origins]
    return out


VOCABULARY_CHECKS: tuple[Check, ...] = (
    check_region_has_parts,
    check_parts_are_known,
    check_detail_parts_follow_parent,
    check_condition_areas_are_regions,
    check_words_mean_one_thing,
)
