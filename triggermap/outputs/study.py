"""Study mode: what a session of questions is made of, its scope, and look-alike muscles.

A study session is N questions of one kind (or a mix), drawn with a seed from the
muscles in a scope. Every pattern is the right side's: the left is its mirror
image, so asking both would only repeat the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.query import muscles_for_condition, pattern
from triggermap.schema import BODY_PARTS, VIEWS
from triggermap.text import Notice

KINDS = ("pattern", "zones", "point", "causes")
MIX = "mix"  # a session that cycles through the four kinds
KIND_NAMES = {
    "pattern": "Pattern → muscles",
    "zones": "Muscle → zones",
    "point": "Find the trigger point",
    "causes": "Area → causes",
    MIX: "All four kinds, in turn",
}
LEVELS = ("easy", "hard")
# "cards": spaced-repetition cards ("kind:muscle-id"), each asked in its own kind, in order.
SCOPES = ("all", "part", "view", "condition", "muscles", "cards")
DEFAULT_N = 10
MAX_N = 50
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
SIDE = "right"  # the side every question is asked on
QUESTION_VIEWS = ("front", "back", "head")  # where a whole pattern can be drawn


@dataclass(frozen=True)
class Scope:
    """Which muscles a session draws from: all, or by body part, view, condition or a list."""

    kind: str = "all"
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    """Everything that fixes a session's questions; a ``?study=`` link encodes it."""

    kind: str = "pattern"
    scope: Scope = field(default_factory=Scope)
    level: str = "easy"
    n: int = DEFAULT_N
    seed: int = 0


class ScopeError(ValueError):
    """A scope that names nothing the atlas has, or leaves no muscle to ask about."""

    def __init__(self, wording: str, *values: str):
        self.notice = Notice(wording, values)
        super().__init__(str(self.notice))


@lru_cache(maxsize=4096)  # asked for every pair of muscles by the look-alikes and the cards
def essential_of(atlas: Atlas, muscle_id: str) -> frozenset[str]:
    """The muscle's essential zone on the study side, detail areas included."""
    return pattern(atlas, muscle_id, SIDE).essential


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """How much two sets of areas share: shared over all (0 when both are empty)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


@lru_cache(maxsize=8)
def _lookalike_table(atlas: Atlas) -> dict[str, tuple[str, ...]]:
    zones = {mid: essential_of(atlas, mid) for mid in atlas.muscles}
    table = {}
    for mid, mine in zones.items():
        scored = [(overlap(mine, z), other) for other, z in zones.items() if other != mid]
        scored = [s for s in scored if s[0] > 0]
        scored.sort(key=lambda s: (-s[0], s[1]))
        table[mid] = tuple(other for _, other in scored)
    return table


def lookalikes(atlas: Atlas, muscle_id: str) -> tuple[str, ...]:
    """Muscles whose essential zone overlaps this one's, most alike first."""
    return _lookalike_table(atlas)[muscle_id]


def same_pattern(atlas: Atlas, muscle_id: str) -> tuple[str, ...]:
    """Muscles (this one included) whose essential zone is exactly this one's."""
    mine = essential_of(atlas, muscle_id)
    return tuple(m for m in sorted(atlas.muscles) if essential_of(atlas, m) == mine)


def question_view(atlas: Atlas, geometry: Geometry, muscle_id: str) -> str:
    """The body view that draws most of the muscle's essential zone (ties: front first)."""
    zone = essential_of(atlas, muscle_id)
    return max(QUESTION_VIEWS, key=lambda v: len(zone & set(geometry.views[v].paths)))


def _in_part(atlas: Atlas, part: str) -> set[str]:
    return {rid for rid, r in atlas.regions.items() if part in r.parts}


def _touches(atlas: Atlas, muscle_id: str, regions: set[str]) -> bool:
    pat = pattern(atlas, muscle_id, SIDE)
    lies = {p.region_id for p in pat.placements}
    return bool((pat.essential | lies) & regions)


def scope_muscles(atlas: Atlas, geometry: Geometry, scope: Scope) -> tuple[str, ...]:
    """The muscle ids in scope, sorted; raises ScopeError naming what was not found.

    A body part or a view holds the muscles whose trigger points lie in it or whose
    essential zone covers part of it; a condition, the muscles linked to it.
    """
    if scope.kind == "all":
        found = set(atlas.muscles)
    elif scope.kind == "part":
        _known(scope.values, BODY_PARTS, "body part")
        regions = set().union(*(_in_part(atlas, p) for p in scope.values))
        found = {m for m in atlas.muscles if _touches(atlas, m, regions)}
    elif scope.kind == "view":
        _known(scope.values, VIEWS, "view")
        regions = set().union(*(geometry.views[v].paths for v in scope.values))
        found = {m for m in atlas.muscles if _touches(atlas, m, regions)}
    elif scope.kind == "condition":
        _known(scope.values, atlas.conditions, "condition")
        found = {m.id for c in scope.values for m in muscles_for_condition(atlas, c)}
    elif scope.kind == "muscles":
        _known(scope.values, atlas.muscles, "muscle")
        found = set(scope.values)
    elif scope.kind == "cards":
        found = {muscle for _, muscle in cards_of(atlas, scope)}
    else:
        raise ScopeError(f"the scope kind {{}} is not one of {', '.join(SCOPES)}", scope.kind)
    if not found:
        raise ScopeError("no muscle in the atlas fits this scope")
    return tuple(sorted(found))


def cards_of(atlas: Atlas, scope: Scope) -> tuple[tuple[str, str], ...]:
    """A "cards" scope's (kind, muscle id) pairs; raises ScopeError at the first unknown one."""
    pairs = tuple(tuple(v.split(":", 1)) if ":" in v else (v, "") for v in scope.values)
    if not pairs:
        raise ScopeError("the scope names no card")
    for value, (kind, muscle) in zip(scope.values, pairs, strict=True):
        if kind not in KINDS or muscle not in atlas.muscles:
            raise ScopeError("the atlas has no card {}", value)
    return pairs


def _known(values: tuple[str, ...], known, what: str) -> None:
    if not values:
        raise ScopeError(f"the scope names no {what}")
    unknown = [v for v in values if v not in known]
    if unknown:
        raise ScopeError(f"the atlas has no {what} {{}}", unknown[0])


def source_line(atlas: Atlas, muscle_id: str) -> str:
    """The muscle's first source, short: the section and the work's authors and year."""
    ref = atlas.muscles[muscle_id].sources[0]
    citation = atlas.sources[ref.ref].citation
    years = _YEAR.findall(citation)
    when = f", {years[-1]}" if years else ""
    return f"{citation.split('.')[0]}{when}: {ref.section}"
