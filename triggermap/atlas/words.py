"""The words people use for places on the body, and what each one means.

One table serves both the atlas checks (no word may mean two things) and the
lookup (a word resolves to regions): it is built from the regions' ids, names,
synonyms and parts, the schema's body parts and broad words, and the conditions'
ids, names, synonyms and areas. Words are compared after :func:`norm`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from triggermap.schema import BODY_PARTS, BROAD_WORDS, CONDITIONS_FILE, REGIONS_FILE

# The kinds of meaning, most specific first: it names the word's meaning when two agree.
KINDS = ("area", "part", "broad", "condition")


def norm(text: str) -> str:
    """A word as compared: lower case, punctuation and "the/of/my/a" dropped, spaces collapsed."""
    text = re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("’", "'"))
    text = re.sub(r"\b(the|of|my|a)\b", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Sense:
    """One meaning of a word: which regions (base ids) it stands for, and where it was written."""

    kind: str  # one of KINDS
    key: str  # base region id (or the words, for a synonym shared by several areas), part id,
    # broad word or condition id
    label: str  # the words as written: "side of the knee", "upper arm", "sciatica"
    bases: tuple[str, ...]  # base region ids, in the order the data gives them
    origins: tuple[str, ...] = ()  # "regions.toml: entry 'x': field 'synonyms'"; none for schema
    named: bool = False  # a region's own id or name (not a synonym)


@dataclass(frozen=True)
class RegionWords:
    base: str
    name: str
    synonyms: tuple[str, ...]
    parts: tuple[str, ...]


@dataclass(frozen=True)
class ConditionWords:
    id: str
    name: str
    synonyms: tuple[str, ...]
    areas: tuple[str, ...]


def _where(file: str, entry: str, field: str) -> str:
    return f"{file}: entry '{entry}': field '{field}'"


def _add(table: dict[str, list[Sense]], word: str, sense: Sense) -> None:
    """Add a sense; the same meaning again (a name that is also its id) only adds its origin."""
    key = norm(word)
    if not key:
        return
    senses = table.setdefault(key, [])
    for i, s in enumerate(senses):
        if (s.kind, s.key) == (sense.kind, sense.key):
            entries = {o.rsplit(": field", 1)[0] for o in s.origins}
            more = tuple(o for o in sense.origins if o.rsplit(": field", 1)[0] not in entries)
            senses[i] = Sense(
                s.kind, s.key, s.label, s.bases, s.origins + more, s.named or sense.named
            )
            return
    senses.append(sense)


def word_senses(
    regions: Iterable[RegionWords], conditions: Iterable[ConditionWords]
) -> dict[str, list[Sense]]:
    """Every word and its senses. A synonym shared by several regions is one sense: the group."""
    regions, table = list(regions), {}
    shared: dict[str, tuple[str, list[str], list[str]]] = {}  # word -> (label, bases, origins)
    for r in regions:
        for word, field in ((r.base, "id"), (r.name, "name")):
            where = _where(REGIONS_FILE, r.base, field)
            _add(table, word, Sense("area", r.base, r.name, (r.base,), (where,), True))
        for word in r.synonyms:
            label, bases, origins = shared.setdefault(norm(word), (word, [], []))
            if r.base not in bases:
                bases.append(r.base)
                origins.append(_where(REGIONS_FILE, r.base, "synonyms"))
    for label, bases, origins in shared.values():
        key = bases[0] if len(bases) == 1 else label
        _add(table, label, Sense("area", key, label, tuple(bases), tuple(origins)))
    for pid, name in BODY_PARTS.items():
        bases = tuple(r.base for r in regions if pid in r.parts)
        if bases:  # a partial atlas may leave a part without regions: then it is no word
            for word in (pid, name):
                _add(table, word, Sense("part", pid, name, bases))
    for word, pids in BROAD_WORDS.items():
        bases = tuple(r.base for r in regions if set(r.parts) & set(pids))
        if bases:
            _add(table, word, Sense("broad", word, word, bases))
    for c in conditions:
        for word, field in ((c.name, "name"), *((s, "synonyms") for s in c.synonyms), (c.id, "id")):
            where = _where(CONDITIONS_FILE, c.id, field)
            label = c.name if field == "id" else word
            _add(table, word, Sense("condition", c.id, label, c.areas, (where,)))
    return table


def _deliberate(narrow: Sense, wide: Sense) -> bool:
    """A region named like the body part it belongs to: the part's meaning widens it on purpose."""
    return (
        narrow.kind == "area"
        and narrow.named
        and wide.kind == "part"
        and (set(narrow.bases) <= set(wide.bases))
    )


def primary(senses: list[Sense]) -> Sense:
    """The meaning a word resolves to: the widest (a part over the area named like it),
    then the most specific kind."""
    return min(senses, key=lambda s: (-len(set(s.bases)), KINDS.index(s.kind)))


def clashes(senses: list[Sense]) -> list[Sense]:
    """The senses of one word that mean something else than its primary one, not on purpose.

    Two conditions never share a word; a synonym never repeats a body part's or a broad
    word's name (the part says it already, and the synonym would hide the part).
    """
    first = primary(senses)

    def same(s: Sense) -> bool:
        if s.kind == first.kind == "condition":
            return s.key == first.key
        return set(s.bases) == set(first.bases) or _deliberate(s, first)

    out = [s for s in senses if s is not first and not same(s)]
    if any(s.kind in ("part", "broad") for s in senses):
        out += [s for s in senses if s.kind == "area" and not s.named and s not in out]
    return out


def describe(sense: Sense) -> str:
    """A sense in words, for a message: "the body part 'thumb'"."""
    what = {"area": "the area", "part": "the body part", "broad": "the broad word"}
    return f"{what.get(sense.kind, 'the condition')} '{sense.key}'"
