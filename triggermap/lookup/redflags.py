"""Red flags: pain patterns a muscle must not be blamed for first.

Each rule is a small function of the :class:`Findings` (the marked regions, the
checklist answers, the age) that returns a :class:`RedFlag` or ``None``. Rules on
the areas alone are in ``redflags_areas``, rules on the checklist in
``redflags_answers``; each names in ``sources`` the reference for why it exists.
A flag never ranks muscles; it puts a safety message, and what to do, first.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from triggermap.lookup.redflags_answers import ANSWER_RULES, CHECKLIST
from triggermap.lookup.redflags_areas import AREA_RULES
from triggermap.lookup.redflags_core import AGE_LIMIT, OVER_50, Findings, RedFlag, urgency_rank
from triggermap.schema import FOLDING_URGENCIES

__all__ = [
    "AGE_LIMIT",
    "CHECKLIST",
    "OVER_50",
    "RULES",
    "Findings",
    "RedFlag",
    "folds",
    "red_flags",
]

RULES: tuple[Callable[[Findings], RedFlag | None], ...] = (*AREA_RULES, *ANSWER_RULES)


def red_flags(
    regions: Collection[str], answers: Collection[str] = (), age: int | None = None
) -> list[RedFlag]:
    """Every red flag the drawing, the checklist and the age raise, most urgent first."""
    found = Findings.of(regions, answers, age)
    flags = [flag for rule in RULES if (flag := rule(found)) is not None]
    return sorted(flags, key=urgency_rank)  # stable: rule order within one urgency


def folds(flags: Collection[RedFlag]) -> bool:
    """Whether a flag is urgent enough to fold the muscle list and self-care under it."""
    return any(f.urgency in FOLDING_URGENCIES for f in flags)
