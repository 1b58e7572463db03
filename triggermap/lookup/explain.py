"""The ranking's words: the areas it names and why a muscle ranks where it does."""

from __future__ import annotations

from triggermap.atlas.model import Atlas, TriggerPoint
from triggermap.schema import DERIVED, EVIDENCE_WORDS, MIDLINE
from triggermap.text import and_list, capital

PREVALENCE_WORDS = {
    "common": "a commonly found trigger point",
    "occasional": "an occasionally found trigger point",
    "rare": "a rarely found trigger point",
}
HOW_WORDS = {
    "essential": "its main referral zone covers your {}",
    "site": "its trigger point lies in your {}",
    "spillover": "its wider (spillover) zone reaches your {}",
}
MAX_NAMED = 3  # areas named in an explanation before "and N more"


def area_names(atlas: Atlas, rids, both: str = "{}") -> list[str]:
    """Regions in words with their side; an area asked on both sides once, as ``both``."""
    rids = list(dict.fromkeys(rids))
    names = []
    for rid in rids:
        r = atlas.regions[rid]
        if r.side == MIDLINE or f"{'left' if r.side == 'right' else 'right'}-{r.base}" not in rids:
            names.append(r.name)
        elif r.side == "right" or f"right-{r.base}" not in rids:
            names.append(both.format(r.base_name))
    return names


def _names(atlas: Atlas, rids) -> str:
    names = area_names(atlas, rids)
    if len(names) > MAX_NAMED:
        names = [*names[: MAX_NAMED - 1], f"{len(names) - MAX_NAMED + 1} more areas"]
    return and_list(names)


def explain(atlas: Atlas, by_how: dict, missed, unmarked: int, prevalence: str, ev: str) -> str:
    """Why a muscle ranks where it does, in words: how it covers the areas, and its evidence."""
    parts = [HOW_WORDS[how].format(_names(atlas, rids)) for how, rids in by_how.items() if rids]
    if missed:
        parts.append(f"it does not explain your {_names(atlas, missed)}")
    if unmarked:
        more = "area" if unmarked == 1 else "areas"
        parts.append(f"its main zone also spreads over {unmarked} {more} you did not mark")
    if ev == DERIVED:
        parts.append(f"its pattern is {EVIDENCE_WORDS[DERIVED]}")
    return "; ".join([*parts, PREVALENCE_WORDS[prevalence]])


def lies_words(atlas: Atlas, muscle_id: str) -> str:
    """Where a muscle lies, in words: "Soleus lies under the calf." (its ``lies_in``, any side)."""
    m = atlas.muscles[muscle_id]
    names = list(dict.fromkeys(atlas.regions[r].base_name for r in _base_regions(atlas, m.lies_in)))
    return f"{m.name} lies under the {and_list(names)}."


def _base_regions(atlas: Atlas, bases) -> list[str]:
    # A base id names the region on either side; the right one stands for both.
    return [b if b in atlas.regions else f"right-{b}" for b in bases]


def source_name(ref: str) -> str:
    """A source id in words: "travell-1992" -> "Travell 1992"."""
    return capital(ref.replace("-", " "))


def provenance_words(tp: TriggerPoint) -> str:
    """Where a trigger point's pattern comes from, in words, e.g. for the map panel and the CLI.

    "Derived, not from a published figure (worked out from Travell 1992, chapter
    “Piriformis and Other Short Lateral Rotators”)". Figure and page only where the data has them.
    """
    src = tp.source
    where = f"{source_name(src.ref)}, chapter “{src.chapter}”" if src else "no source"
    if src and src.figure:
        where += f", figure {src.figure}"
    if src and src.page:
        where += f", p. {src.page}"
    words = capital(EVIDENCE_WORDS[tp.evidence])
    return f"{words} (worked out from {where})" if tp.evidence == DERIVED else f"{words}: {where}"
