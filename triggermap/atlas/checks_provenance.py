"""Checks of provenance (issue 12): where each trigger point's pattern comes from.

Every trigger point says how its pattern is known (``evidence``, one of
schema.EVIDENCE) and where it is published (``source``: a sources.toml id and one
of that source's ``chapters``). A chapter has one spelling: titles in a chapters
list must not be the same title written twice, and a muscle's ``[[sources]]``
section for a source with chapters must be one of them, exactly.
"""

from __future__ import annotations

import re

from triggermap.atlas.checks_structure import Check, trigger_point_entries
from triggermap.atlas.raw import RawData
from triggermap.chart.geometry import Geometry
from triggermap.schema import EVIDENCE, SOURCES_FILE

# Words that do not tell one chapter from another: "Trapezius" and "Trapezius Muscle"
# are one chapter spelt two ways.
_FILLER = re.compile(r"\b(muscles?|the)\b")


def chapter_key(title: str) -> str:
    """A chapter title reduced to what tells it apart: case, punctuation and "muscle(s)" go."""
    words = re.sub(r"[^a-z0-9 ]+", " ", title.lower().replace("&", " and "))
    return " ".join(_FILLER.sub(" ", words).split())


def _chapters(raw: RawData) -> dict[str, list[str]]:
    """Source id -> its chapter titles, for sources that list them."""
    return {
        s.get("id"): [c for c in s["chapters"] if isinstance(c, str)]
        for s in raw.sources
        if isinstance(s.get("chapters"), list)
    }


def check_evidence(raw: RawData, geometry: Geometry) -> list[str]:
    """Every trigger point's evidence is one of schema.EVIDENCE (figure, text, derived)."""
    out = []
    for file, label, tp in trigger_point_entries(raw):
        value = tp.get("evidence")
        if isinstance(value, str) and value not in EVIDENCE:
            out.append(
                f"{file}: {label}: field 'evidence': '{value}' is not one of {', '.join(EVIDENCE)}"
            )
    return out


def check_pattern_sources(raw: RawData, geometry: Geometry) -> list[str]:
    """A trigger point's source is a known source with chapters, and its chapter is one of them."""
    known, chapters = {s.get("id") for s in raw.sources}, _chapters(raw)
    out = []
    for file, label, tp in trigger_point_entries(raw):
        src = tp.get("source")
        if not isinstance(src, dict) or not isinstance(src.get("ref"), str):
            continue  # a missing or mistyped source is check_required_fields' message
        where, ref, chapter = f"{file}: {label}: field 'source'", src["ref"], src.get("chapter")
        if ref not in known:
            out.append(f"{where}: unknown source '{ref}'")
        elif ref not in chapters:
            out.append(f"{where}: source '{ref}' lists no chapters in {SOURCES_FILE}")
        elif isinstance(chapter, str) and chapter not in chapters[ref]:
            out.append(f"{where}: chapter '{chapter}' is not one of the chapters of '{ref}'")
    return out


def check_chapter_spellings(raw: RawData, geometry: Geometry) -> list[str]:
    """One chapter, one spelling: in each chapters list and in the muscles' [[sources]] sections."""
    chapters = _chapters(raw)
    out = []
    for ref, titles in chapters.items():
        seen: dict[str, str] = {}
        for title in titles:
            key = chapter_key(title)
            if key in seen:
                again = "listed twice" if seen[key] == title else f"'{seen[key]}' spelt again"
                out.append(f"{SOURCES_FILE}: entry '{ref}': field 'chapters': '{title}' is {again}")
            seen.setdefault(key, title)
    for file, doc in raw.muscles.items():
        cited = doc.get("sources") if isinstance(doc.get("sources"), list) else []
        for src in (s for s in cited if isinstance(s, dict)):
            ref, section = src.get("ref"), src.get("section")
            if ref not in chapters or not isinstance(section, str) or section in chapters[ref]:
                continue
            same = [t for t in chapters[ref] if chapter_key(t) == chapter_key(section)]
            hint = f" (spelt '{same[0]}' there)" if same else ""
            out.append(
                f"{file}: muscle '{doc.get('id')}': field 'sources': section '{section}' is not "
                f"one of the chapters of '{ref}'{hint}"
            )
    return out


PROVENANCE_CHECKS: tuple[Check, ...] = (
    check_evidence,
    check_pattern_sources,
    check_chapter_spellings,
)
