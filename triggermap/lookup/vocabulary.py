"""Words a person types, resolved to the regions they stand for.

A word may name one area ("right heel"), an area on both sides ("heel"), a body
part ("shoulder"), a broad word ("arm"), a condition ("sciatica", "tennis elbow")
or an everyday phrase written as a shared synonym ("side of the knee"). A side
before it ("left shoulder") keeps that side's regions. Symptom words around an
area ("pins and needles in the hand") are dropped when the words as typed mean
nothing. One region means pain in that area ("all": areas named one by one are
each asked for); several mean pain somewhere in them ("any").
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from triggermap.atlas.model import Atlas, UnknownRegionError
from triggermap.atlas.words import ConditionWords, RegionWords, Sense, norm, primary, word_senses
from triggermap.schema import BODY_PARTS, BROAD_WORDS, MIDLINE, SIDES

ALL, ANY = "all", "any"
# Words that say how it hurts, not where: dropped only when the words as typed mean nothing.
_SYMPTOMS = re.compile(
    r"\b(pins and needles|pains?|aches?|aching|achy|sore(ness)?|hurts?|hurting|tender(ness)?|"
    r"tingl(ing|es?)|numb(ness)?|burning|in|on|at)\b"
)


@dataclass(frozen=True)
class Resolution:
    """What a query stands for: its kind, the words to show, its regions and their meaning."""

    query: str  # what was typed
    kind: str  # "area" | "part" | "broad" | "condition"
    key: str  # region id / part id / broad word / condition id
    label: str  # words to show: "right heel", "shoulder", "sciatica"
    regions: tuple[str, ...]  # region ids it stands for (both sides when no side was named)
    meaning: str  # "all": one area; "any": somewhere in this group
    note: str  # plain words: what the query was taken to mean ("" when it says it already)


@dataclass(frozen=True)
class _Vocabulary:
    senses: dict[str, Sense]  # normalised word -> what it means
    ids: dict[str, tuple[str, ...]]  # base region id -> its region ids
    names: dict[str, str]  # base region id -> name without side


@lru_cache(maxsize=8)
def _vocabulary(atlas: Atlas) -> _Vocabulary:
    ids: dict[str, list[str]] = {}
    bases = {}
    for r in atlas.regions.values():
        ids.setdefault(r.base, []).append(r.id)
        bases.setdefault(r.base, RegionWords(r.base, r.base_name, r.synonyms, r.parts))
    conditions = [
        ConditionWords(c.id, c.name, c.synonyms, c.areas) for c in atlas.conditions.values()
    ]
    senses = {
        word: primary(found)
        for word, found in word_senses(bases.values(), conditions).items()
        if primary(found).bases  # a condition tied to no area names no place
    }
    names = {b: r.name for b, r in bases.items()}
    return _Vocabulary(senses, {b: tuple(v) for b, v in ids.items()}, names)


def _candidates(key: str):
    """The words as typed, then without symptom words; each also with or without a plural s."""
    for words in dict.fromkeys((key, " ".join(_SYMPTOMS.sub(" ", key).split()))):
        yield words
        yield words[:-1] if words.endswith("s") else words + "s"


def _side_and_words(words: str) -> tuple[str | None, str]:
    head, _, rest = words.partition(" ")
    if head in SIDES and rest:
        return head, rest
    return None, words.removeprefix("both ")


def resolve(atlas: Atlas, query: str) -> Resolution:
    """The regions a query stands for. Unknown words raise :class:`UnknownRegionError`,
    whose suggestions may be areas, body parts or conditions."""
    # A region id is a word too ("right-heel"); "sacrum", a midline id, is also the body part.
    vocabulary = _vocabulary(atlas)
    key = norm(query)
    for words in _candidates(key):
        side, rest = _side_and_words(words)
        sense = vocabulary.senses.get(rest)
        regions = _regions(vocabulary, sense, side) if sense else ()
        if regions:
            return _resolution(atlas, vocabulary, query, sense, side, regions)
    close = difflib.get_close_matches(key, list(vocabulary.senses), n=3, cutoff=0.6)
    raise UnknownRegionError(query, tuple(dict.fromkeys(vocabulary.senses[w].label for w in close)))


def _regions(vocabulary: _Vocabulary, sense: Sense, side: str | None) -> tuple[str, ...]:
    every = [rid for base in sense.bases for rid in vocabulary.ids.get(base, ())]
    if side is None:
        return tuple(every)
    # A midline area lies on both sides: it answers a side only when nothing sided does.
    on_side = [r for r in every if r.startswith(f"{side}-")]
    return tuple(on_side or [r for r in every if r in vocabulary.ids])


def _area(atlas: Atlas, region_id: str, query: str, note: str = "") -> Resolution:
    region = atlas.regions[region_id]
    return Resolution(query, "area", region_id, region.name, (region_id,), ALL, note)


def _resolution(
    atlas: Atlas,
    vocabulary: _Vocabulary,
    query: str,
    sense: Sense,
    side: str | None,
    regions: tuple[str, ...],
) -> Resolution:
    typed = " ".join(query.split())
    if sense.kind == "area" and len(regions) == 1:
        name = atlas.regions[regions[0]].name
        return _area(
            atlas, regions[0], query, "" if norm(typed) == norm(name) else f"{typed}: {name}"
        )
    one_base = sense.kind == "area" and len(sense.bases) == 1
    label = vocabulary.names[sense.bases[0]] if one_base else sense.label
    label = f"{side} {label}" if side else label
    names = [vocabulary.names[b] for b in sense.bases if set(vocabulary.ids[b]) & set(regions)]
    sided = any(atlas.regions[r].side != MIDLINE for r in regions)
    where = f"on the {side} side" if side else "on either side" if sided else ""
    if sense.kind == "condition":
        note = (
            f"{label}: showing the areas it usually covers: {_listed(names)}{_then(where)}. "
            f"{atlas.conditions[sense.key].description}"
        )
    elif one_base:
        said = f"{typed}: " if norm(typed) != norm(label) else ""
        note = f"{said}{label}{_then(where)}"
    else:
        note = f"{label}: pain somewhere in {_listed(names, 'or')}{_then(where)}"
    meaning = ALL if len(regions) == 1 else ANY
    return Resolution(query, sense.kind, sense.key, label, regions, meaning, note)


def _then(words: str) -> str:
    return f", {words}" if words else ""


def _listed(names: list[str], last: str = "and", most: int = 6) -> str:
    """Names in a sentence: "a, b or c"; names holding commas are set apart with semicolons."""
    sep = "; " if any("," in n for n in names) else ", "
    if len(names) > most:
        return sep.join(names[:most]) + f" {last} {len(names) - most} more"
    return names[0] if len(names) == 1 else sep.join(names[:-1]) + f" {last} " + names[-1]


def entry_points(atlas: Atlas) -> tuple[Resolution, ...]:
    """Every body part, broad word, condition, area (both sides) and region, as typing its
    label resolves it (a region as itself); for search boxes. Each label appears once."""
    words = [
        *BODY_PARTS.values(),
        *BROAD_WORDS,
        *(c.name for c in atlas.conditions.values()),
        *(r.base_name for r in atlas.regions.values() if r.side != MIDLINE),
    ]
    out: dict[str, Resolution] = {}
    for word in words:
        try:
            res = resolve(atlas, word)
        except UnknownRegionError:  # a partial atlas leaves some parts without regions
            continue
        if len(res.regions) > 1:
            out.setdefault(res.label, replace(res, query=res.label))
    for rid, region in atlas.regions.items():
        out.setdefault(region.name, _area(atlas, rid, region.name))
    return tuple(out.values())
