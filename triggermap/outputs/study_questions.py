"""Study questions, drawn reproducibly from a seed (triggermap.outputs.study.Plan).

Every question carries what it shows and its answer key, so it can be scored,
printed as JSON or drawn without going back to the atlas.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.lookup.query import pattern, referrals_to
from triggermap.outputs.marks import mark_position
from triggermap.outputs.study import (
    KINDS,
    MIX,
    QUESTION_VIEWS,
    SIDE,
    Plan,
    cards_of,
    essential_of,
    lookalikes,
    question_view,
    same_pattern,
    scope_muscles,
    source_line,
)

CHOICES = 6  # answer options in a pick-the-muscles question
MOST_RIGHT = 4  # at most this many right answers among them, so wrong ones remain


@dataclass(frozen=True)
class Question:
    """One question. ``right`` is the answer key: muscle ids for the pick-the-muscles
    kinds, region ids for "zones"; ``neutral`` answers neither gain nor lose (spillover)."""

    number: int
    kind: str
    muscle_id: str  # the muscle the question is about
    view: str
    prompt: str
    shown_essential: tuple[str, ...] = ()  # drawn on the map with the question
    shown_spillover: tuple[str, ...] = ()
    area: str | None = None  # the pain area of an "area → causes" question
    choices: tuple[str, ...] = ()  # muscle ids offered, in display order
    right: tuple[str, ...] = ()
    neutral: tuple[str, ...] = ()
    targets: tuple[tuple[float, float], ...] = ()  # "point": charted trigger-point positions
    target_regions: tuple[str, ...] = ()  # "point": the regions they lie in
    about: str = ""  # one line on the muscle
    source: str = ""


def questions(atlas: Atlas, geometry: Geometry, plan: Plan) -> tuple[Question, ...]:
    """The plan's questions; the same plan always gives the same questions."""
    pool = list(scope_muscles(atlas, geometry, plan.scope))
    rng = random.Random(f"{plan.seed}:{plan.kind}:{plan.level}")
    if plan.level == "hard":
        # The muscles with the most look-alikes first, each group shuffled.
        rng.shuffle(pool)
        pool.sort(key=lambda m: -min(len(lookalikes(atlas, m)), 5))
    else:
        rng.shuffle(pool)
    if plan.scope.kind == "cards":  # a review: each card in its own kind, in the given order
        cards = cards_of(atlas, plan.scope)
        asked = [cards[i % len(cards)] for i in range(plan.n)]
    else:
        kinds = [KINDS[i % len(KINDS)] if plan.kind == MIX else plan.kind for i in range(plan.n)]
        asked = [(kind, pool[i % len(pool)]) for i, kind in enumerate(kinds)]
    out = []
    for i, (kind, muscle_id) in enumerate(asked):
        out.append(_MAKERS[kind](atlas, geometry, plan, muscle_id, i + 1, rng))
    return tuple(out)


def _common(atlas: Atlas, muscle_id: str) -> dict:
    m = atlas.muscles[muscle_id]
    return {"about": f"{m.name}: {m.plain_name}.", "source": source_line(atlas, muscle_id)}


def _distractors(atlas: Atlas, plan: Plan, avoid: set[str], subject: str, rng) -> list[str]:
    """Wrong options: look-alikes first on the hard level, any other muscle on the easy one."""
    alike = [m for m in lookalikes(atlas, subject) if m not in avoid]
    others = sorted(set(atlas.muscles) - avoid - set(alike))
    rng.shuffle(others)
    return alike + others if plan.level == "hard" else others + alike


def _pick_question(atlas, plan, subject, right, neutral, rng) -> tuple[tuple, tuple]:
    """Choices holding the subject, up to MOST_RIGHT right answers, and wrong ones."""
    others = [m for m in right if m != subject]
    rng.shuffle(others)
    keep = [subject, *others[: MOST_RIGHT - 1]]
    wrong = _distractors(atlas, plan, set(right) | set(neutral), subject, rng)
    spare = [m for m in neutral if m not in keep][:1]
    choices = (keep + spare + wrong)[:CHOICES]
    rng.shuffle(choices)
    return tuple(choices), tuple(m for m in choices if m in right)


def _pattern(atlas, geometry, plan, muscle_id, number, rng) -> Question:
    pat = pattern(atlas, muscle_id, SIDE)
    choices, right = _pick_question(atlas, plan, muscle_id, same_pattern(atlas, muscle_id), (), rng)
    return Question(
        number,
        "pattern",
        muscle_id,
        question_view(atlas, geometry, muscle_id),
        "Which muscles refer pain in this pattern? Pick every one that does.",
        shown_essential=tuple(sorted(pat.essential)),
        shown_spillover=tuple(sorted(pat.spillover)),
        choices=choices,
        right=right,
        **_common(atlas, muscle_id),
    )


def _zones(atlas, geometry, plan, muscle_id, number, rng) -> Question:
    view = question_view(atlas, geometry, muscle_id)
    drawn = set(geometry.views[view].paths)
    pat = pattern(atlas, muscle_id, SIDE)
    name = atlas.muscles[muscle_id].name
    return Question(
        number,
        "zones",
        muscle_id,
        view,
        f"Tap every area of the essential zone of {name} (right side), then check.",
        right=tuple(sorted(pat.essential & drawn)),
        neutral=tuple(sorted(pat.spillover & drawn)),
        **_common(atlas, muscle_id),
    )


def _point(atlas, geometry, plan, muscle_id, number, rng) -> Question:
    placements = pattern(atlas, muscle_id, SIDE).placements
    # A trigger point in a close-up area (the ball of the thumb) is asked on the body view.
    where = [_drawn_as(atlas, p.region_id) for p in placements]
    view = atlas.regions[where[0]].view
    here = [
        (p, w) for p, w in zip(placements, where, strict=True) if w in geometry.views[view].paths
    ]
    name = atlas.muscles[muscle_id].name
    return Question(
        number,
        "point",
        muscle_id,
        view,
        f"Tap where a trigger point of {name} lies (right side).",
        targets=_charted(atlas, geometry, view, here),
        target_regions=tuple(dict.fromkeys(w for _, w in here)),
        **_common(atlas, muscle_id),
    )


def _charted(atlas: Atlas, geometry: Geometry, view: str, here) -> tuple[tuple[float, float], ...]:
    """Where the map draws each trigger point's ✕: its charted position on the view."""
    return tuple(dict.fromkeys(mark_position(atlas, geometry, p, view) for p, _ in here))


def _drawn_as(atlas: Atlas, region_id: str) -> str:
    region = atlas.regions[region_id]
    return region_id if region.view in QUESTION_VIEWS or not region.parent else region.parent


def _causes(atlas, geometry, plan, muscle_id, number, rng) -> Question:
    view = question_view(atlas, geometry, muscle_id)
    zone = sorted(essential_of(atlas, muscle_id) & set(geometry.views[view].paths))
    if not zone:  # no essential zone drawn on a body view: ask about where it lies
        zone = [_drawn_as(atlas, pattern(atlas, muscle_id, SIDE).placements[0].region_id)]
    area = rng.choice(zone)
    sources = [r for r in referrals_to(atlas, area) if r.side == SIDE]
    essential = sorted({r.muscle_id for r in sources if r.zone == "essential"})
    spillover = sorted({r.muscle_id for r in sources if r.zone == "spillover"} - set(essential))
    choices, right = _pick_question(atlas, plan, muscle_id, essential, spillover, rng)
    region = atlas.regions[area]
    return Question(
        number,
        "causes",
        muscle_id,
        view,
        f"Pain is felt here: {region.name}. Which muscles refer pain here in their essential zone?",
        shown_essential=(area,),
        area=area,
        choices=choices,
        right=right,
        neutral=tuple(m for m in choices if m in spillover),
        **_common(atlas, muscle_id),
    )


_MAKERS = {"pattern": _pattern, "zones": _zones, "point": _point, "causes": _causes}
