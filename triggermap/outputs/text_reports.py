"""The command line's plain-text reports, from the same dicts as its --json output."""

from __future__ import annotations

from triggermap.lookup.ranking import pain_sources
from triggermap.lookup.redflags import RedFlag
from triggermap.lookup.vocabulary import Resolution
from triggermap.outputs.export import flag_dicts, label_names_muscle
from triggermap.schema import SIDES

# What each meaning does to the ranking, in the words the output uses.
MEANINGS = {"all": "one area (areas named one by one: all of these)", "any": "somewhere in here"}


def words_text(words: list[Resolution]) -> list[str]:
    """What each word was taken to mean: its areas and whether all or any of them hurt."""
    lines = []
    for r in words:
        n = len(r.regions)
        lines.append(
            f"{r.query} -> {r.label}: {MEANINGS[r.meaning]}" + (f" ({n} areas)" if n > 1 else "")
        )
        lines += [f"  {r.note}"] if r.note else []
    return lines


def pain_sources_text(words: list[Resolution], payload: dict) -> str:
    lines = words_text(words)
    lines += _flags_text(payload["red_flags"])
    lines += [
        f"{s['score']:.2f}  {s['muscle']:28} {s['zone']:9}  {s['explanation']}"
        for s in payload["sources"]
    ]
    if len(payload["complaints"]) > 1:
        lines.append("separate complaints:")
        lines += [
            f"  {c['label']}: " + ", ".join(s["muscle"] for s in c["sources"][:3])
            for c in payload["complaints"]
        ]
    return "\n".join(lines)


def _flags_text(flags: list[dict]) -> list[str]:
    """Each red flag as one line: what to do first, then why (a question comes first)."""
    return [f"RED FLAG ({f['id']}): {RedFlag(**f).text}" for f in flags]


def region_group_text(atlas, res: Resolution, reports: list[dict]) -> str:
    """One region's panel; two (both sides) in full; a larger group as a summary.

    Red flags come first, once each, for the areas together.
    """
    flags = flag_dicts(res.regions)
    head = _flags_text(flags) + (words_text([res]) if res.note else [])
    reports = [{**r, "red_flags": []} for r in reports]  # said once, above
    if len(reports) <= 2:
        return "\n\n".join(["\n".join(head), *(_region_text(r) for r in reports)]).strip()
    ranked = pain_sources(atlas, (), limit=8, groups=[res.regions])
    lines = [*head, "pain felt somewhere here can come from:"]
    lines += [f"  {s.muscle} ({s.zone})" for s in ranked] or ["  none"]
    lines.append("areas:")
    for r in reports:
        here = len(r["trigger_points_here"])
        sources = ", ".join(s["muscle"] for s in r["pain_sources"][:3]) or "none"
        points = f"{here} trigger point{'' if here == 1 else 's'}"
        lines.append(f"  {r['region']['name']}: {points} here; pain from {sources}")
    return "\n".join(lines)


def _region_text(r: dict) -> str:
    lines = _flags_text(r["red_flags"])
    lines += [f"{r['region']['name']} ({r['region']['id']})", "trigger points here:"]
    lines += [_trigger_point_line(r, t) for t in r["trigger_points_here"]] or ["  none"]
    lines.append("pain felt here can come from:")
    lines += [f"  {s['muscle']} ({s['zone']})" for s in r["pain_sources"]] or ["  none"]
    lines.append("conditions: " + (", ".join(c["name"] for c in r["conditions"]) or "none"))
    return "\n".join(lines)


def _trigger_point_line(r: dict, t: dict) -> str:
    # "Anconeus TP" already names its muscle; "TP1" needs "Soleus" before it.
    name = t["label"] if label_names_muscle(t) else f"{t['muscle']} {t['label']}"
    # A midline area holds the right and the left muscle's trigger point alike.
    side = f" ({t['side']} side)" if r["region"]["side"] not in SIDES else ""
    return f"  {name}{side}: {t['location']}"


def muscle_text(m: dict) -> str:
    lines = [
        f"{m['name']} ({m['id']}): {m['plain_name']}",
        f"action: {m['action']}",
        f"innervation: {m['innervation']}",
        "lies under: " + ", ".join(m["lies_in"]),
        "trigger points:",
    ]
    lines += [
        f"  {t['label']} ({t['side']}, {t['region']}): {t['location']}" for t in m["trigger_points"]
    ]
    lines.append("where each pattern comes from:")
    lines += [f"  {t['label']}: {t['provenance']}" for t in m["referral"]["by_trigger_point"]]
    lines.append("essential zone: " + ", ".join(m["referral"]["essential"]))
    lines.append("spillover zone: " + (", ".join(m["referral"]["spillover"]) or "none"))
    lines.append("conditions: " + ", ".join(c["name"] for c in m["conditions"]))
    lines += [f"source: {s['citation']} ({s['section']})" for s in m["sources"]]
    if "needling" in m:
        lines += _needling_text(m["needling"])
    return "\n".join(lines)


def _needling_text(n: dict) -> list[str]:
    """The dry-needling note (clinicians only): its own risks, the shared precautions, sources."""
    lines = ["dry needling (for trained clinicians):"]
    lines.append("  structures at risk: " + (", ".join(n["structures_at_risk"]) or "none named"))
    lines.append(f"  {n['precautions']}")
    if n["lung_warning"]:
        lines.append(f"  after treatment: {n['lung_warning']}")
    lines.append("  precautions for every muscle:")
    lines += [f"    - {p}" for p in n["shared_precautions"]]
    lines += [f"  source: {s['citation']} ({s['section']})" for s in n["sources"]]
    return lines
