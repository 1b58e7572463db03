"""The atlas as pandas tables: the muscle library, its link, the CSV downloads, coverage figures."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from triggermap.atlas.model import Atlas, Muscle
from triggermap.lookup.query import base_names, referrals_to
from triggermap.schema import AREA_NAMES, AREAS, EVIDENCE, EVIDENCE_WORDS
from triggermap.text import Notice, capital

LIBRARY_COLUMNS = ["muscle", "plain_name", "area", "trigger_points", "refers_to", "conditions"]


def _refers_to(m: Muscle) -> list[str]:
    """Side-less base ids of every region a muscle refers pain to."""
    seen = dict.fromkeys(r for tp in m.trigger_points for r in (*tp.essential, *tp.spillover))
    return list(seen)


def library_rows(
    atlas: Atlas,
    text: str = "",
    areas: tuple[str, ...] = (),
    condition_id: str | None = None,
    region_base: str | None = None,
) -> pd.DataFrame:
    """One row per muscle, filtered by free text, body areas, a condition and a referral area."""
    names = base_names(atlas)
    needle = text.strip().lower()
    rows = []
    for m in atlas.muscles.values():
        bases = _refers_to(m)
        haystack = " ".join([m.id, m.name, m.plain_name, *m.aliases]).lower()
        if needle and needle not in haystack:
            continue
        if areas and m.area not in areas:
            continue
        if condition_id and condition_id not in m.conditions:
            continue
        if region_base and region_base not in bases:
            continue
        rows.append(
            {
                "id": m.id,
                "muscle": m.name,
                "plain_name": m.plain_name,
                "area": AREA_NAMES[m.area],
                "trigger_points": len(m.trigger_points),
                "refers_to": ", ".join(names[b] for b in bases),
                "conditions": ", ".join(atlas.conditions[c].name for c in m.conditions),
            }
        )
    return pd.DataFrame(rows, columns=["id", *LIBRARY_COLUMNS])


MAX_SEARCH = 100  # characters of a search a link may carry


@dataclass(frozen=True)
class LibraryFilters:
    """The library's filters, as its link holds them: ``?q=…&area=a,b&condition=…&refers=…``."""

    text: str = ""
    areas: tuple[str, ...] = ()
    condition: str | None = None
    refers: str | None = None  # a side-less region id: the muscles that refer pain there


def parse_library_link(atlas: Atlas, params: dict) -> tuple[LibraryFilters, tuple[Notice, ...]]:
    """A library link's filters plus a notice for each value ignored (never raises).

    A value is used whole or not at all: ``area=neck,elbow`` names an unknown area,
    so no area filter is applied, rather than a narrower one than the link meant.
    """

    def first(name: str) -> str:
        value = params.get(name)
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        return "" if value is None else str(value).strip()

    state, notices = {}, []

    def ignored(name: str, value: str) -> None:
        notices.append(Notice(f"The link's {name} {{}} is not known, so it was ignored.", (value,)))

    text = first("q")
    if len(text) > MAX_SEARCH:
        notices.append(
            Notice(f"The link's search is over {MAX_SEARCH} characters, so it was ignored.")
        )
    elif text:
        state["text"] = text
    if areas := first("area"):
        picked = tuple(dict.fromkeys(a.strip() for a in areas.split(",")))
        if all(a in AREAS for a in picked):
            state["areas"] = picked
        else:
            ignored("body area", areas)
    for name, field, known in (
        ("condition", "condition", atlas.conditions),
        ("refers", "refers", base_names(atlas)),
    ):
        if value := first(name):
            if value in known:
                state[field] = value
            else:
                ignored("area pain is referred to" if name == "refers" else name, value)
    return LibraryFilters(**state), tuple(notices)


def library_params(filters: LibraryFilters) -> dict[str, str]:
    """Query parameters for the library's filters (empty ones left out, to keep links short)."""
    out = {
        "q": filters.text,
        "area": ",".join(filters.areas),
        "condition": filters.condition or "",
        "refers": filters.refers or "",
    }
    return {k: v for k, v in out.items() if v}


def filtered_library(atlas: Atlas, filters: LibraryFilters) -> pd.DataFrame:
    """The library's rows that pass ``filters``."""
    return library_rows(atlas, filters.text, filters.areas, filters.condition, filters.refers)


def library_csv(rows: pd.DataFrame) -> str:
    """The library's rows as CSV text, as the table shows them (with the muscle id first)."""
    return rows.rename(columns={"id": "muscle_id"}).to_csv(index=False)


def atlas_frame(atlas: Atlas) -> pd.DataFrame:
    """The whole atlas, one row per trigger point, every muscle field alongside."""
    rows = []
    for m in atlas.muscles.values():
        for tp in m.trigger_points:
            rows.append(
                {
                    "muscle_id": m.id,
                    "muscle": m.name,
                    "aliases": "; ".join(m.aliases),
                    "plain_name": m.plain_name,
                    "area": m.area,
                    "action": m.action,
                    "innervation": m.innervation,
                    "trigger_point": tp.id,
                    "label": tp.label,
                    "location": tp.location,
                    "region": tp.region,
                    "essential": "; ".join(tp.essential),
                    "spillover": "; ".join(tp.spillover),
                    "evidence": tp.evidence,
                    "pattern_source": f"{tp.source.ref}: {tp.source.chapter}" if tp.source else "",
                    "symptoms": "; ".join(m.symptoms),
                    "conditions": "; ".join(m.conditions),
                    "mimics": "; ".join(m.mimics),
                    "factors": "; ".join(m.factors),
                    "self_care_pressure": m.self_care.pressure,
                    "self_care_stretch": m.self_care.stretch,
                    "needling_structures_at_risk": "; ".join(m.needling.structures_at_risk),
                    "needling_precautions": m.needling.precautions,
                    "associated": "; ".join(m.associated),
                    "sources": "; ".join(
                        f"{atlas.sources[s.ref].citation} ({s.section})" for s in m.sources
                    ),
                    "notes": m.notes,
                }
            )
    return pd.DataFrame(rows)


NEEDLING_COLUMNS = ("needling_structures_at_risk", "needling_precautions")


def atlas_csv(atlas: Atlas, clinician: bool = False) -> str:
    """The atlas as CSV text (UTF-8), one row per trigger point; needling notes for clinicians."""
    frame = atlas_frame(atlas)
    if not clinician:
        frame = frame.drop(columns=list(NEEDLING_COLUMNS))
    return frame.to_csv(index=False)


def area_counts(atlas: Atlas) -> pd.DataFrame:
    """Muscles and trigger points per body area, in head-to-toe order."""
    rows = [
        {
            "area": AREA_NAMES[a],
            "muscles": sum(1 for m in atlas.muscles.values() if m.area == a),
            "trigger_points": sum(
                len(m.trigger_points) for m in atlas.muscles.values() if m.area == a
            ),
        }
        for a in AREAS
    ]
    return pd.DataFrame(rows)


def evidence_counts(atlas: Atlas) -> pd.DataFrame:
    """How many trigger points are drawn in a figure, described in text, or derived.

    One per trigger point as written, not one per side; ``share`` is a whole percentage.
    """
    tps = [tp for m in atlas.muscles.values() for tp in m.trigger_points]
    rows = [
        {
            "evidence": e,
            "meaning": capital(EVIDENCE_WORDS[e]),
            "trigger_points": (n := sum(1 for tp in tps if tp.evidence == e)),
            "share": round(100 * n / len(tps)) if tps else 0,
        }
        for e in EVIDENCE
    ]
    return pd.DataFrame(rows)


def referral_density(atlas: Atlas) -> dict[str, int]:
    """For every region, how many muscles can refer pain there (either zone)."""
    return {rid: len({r.muscle_id for r in referrals_to(atlas, rid)}) for rid in atlas.regions}


def top_referral_areas(atlas: Atlas, density: dict[str, int], n: int) -> list[tuple[str, int]]:
    """The ``n`` areas most muscles refer to, one entry per area (sides are mirror images)."""
    names = base_names(atlas)
    per_base: dict[str, int] = {}
    for rid, count in density.items():
        base = atlas.regions[rid].base
        per_base[base] = max(per_base.get(base, 0), count)
    ranked = sorted(per_base.items(), key=lambda kv: (-kv[1], names[kv[0]]))[:n]
    return [(names[b], c) for b, c in ranked]


def heat_levels(density: dict[str, int], levels: int = 6) -> dict[str, int]:
    """Density binned into ``levels`` steps (0 = no muscle) for colouring the chart."""
    top = max(density.values(), default=0)
    if top == 0:
        return dict.fromkeys(density, 0)
    return {
        rid: 0 if n == 0 else 1 + min(levels - 2, (n - 1) * (levels - 1) // top)
        for rid, n in density.items()
    }


def heat_scale(density: dict[str, int], levels: int = 6) -> list[tuple[int, int, int]]:
    """The chart's colour key: (step, fewest, most muscles) for each step some count falls in.

    Read back from heat_levels over every possible count, so the key always says
    what the colours on the chart mean.
    """
    top = max(density.values(), default=0)
    steps = heat_levels({n: n for n in range(top + 1)}, levels)
    scale: dict[int, list[int]] = {}
    for n, step in steps.items():
        scale.setdefault(step, []).append(n)
    return [(step, min(ns), max(ns)) for step, ns in sorted(scale.items())]
