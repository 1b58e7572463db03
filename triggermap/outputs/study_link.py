"""The ``?study=`` link: a session plan in one short value, and its parser.

``kind.level.n.seed.scope``, for example ``pattern.hard.10.42.part:shoulder``;
the scope is ``all``, or ``part:``, ``view:``, ``condition:`` or ``muscles:``
followed by ids joined with commas (``muscles:soleus,gastrocnemius``), or
``cards:`` followed by cards (``cards:zones:soleus,point:masseter``). Ids are
slugs, so neither ``.`` nor ``:`` nor ``,`` can be part of one.
"""

from __future__ import annotations

from triggermap.atlas.model import Atlas
from triggermap.chart.geometry import Geometry
from triggermap.outputs.study import (
    KINDS,
    LEVELS,
    MAX_N,
    MIX,
    SCOPES,
    Plan,
    Scope,
    ScopeError,
    scope_muscles,
)
from triggermap.text import Notice

MAX_LINK = 2500  # characters: a list of every muscle id, or of fifty cards, still fits
MAX_SEED = 2**31 - 1


class StudyLinkError(ValueError):
    """A ``?study=`` value that cannot be used; ``notice`` says what was wrong."""

    def __init__(self, notice: Notice):
        super().__init__(str(notice))
        self.notice = notice


def study_link(plan: Plan) -> str:
    """The link value for a plan (see the module docstring)."""
    scope = plan.scope.kind
    if plan.scope.kind != "all":
        scope += ":" + ",".join(plan.scope.values)
    return f"{plan.kind}.{plan.level}.{plan.n}.{plan.seed}.{scope}"


_PREFIX = "The study link could not be used: "


def _fail(wording: str, *values: str) -> StudyLinkError:
    return StudyLinkError(Notice(_PREFIX + wording, values))


def _number(text: str, what: str, low: int, high: int) -> int:
    if not text.isdigit() or not low <= int(text) <= high:
        raise _fail(f"its {what} {{}} is not a whole number from {low} to {high}.", text)
    return int(text)


def parse_study(atlas: Atlas, geometry: Geometry, value: str) -> Plan:
    """The plan a link value names; raises StudyLinkError naming the first bad part.

    The scope is checked against the atlas, so a link that parses always gives questions.
    """
    if len(value) > MAX_LINK:
        raise _fail(f"it is longer than {MAX_LINK} characters.")
    parts = value.split(".", 4)
    if len(parts) != 5:
        raise _fail("it needs five parts, kind.level.n.seed.scope, but reads {}.", value)
    kind, level, n, seed, scope_text = parts
    if kind not in (*KINDS, MIX):
        raise _fail("the question kind {} is not one of " + ", ".join((*KINDS, MIX)) + ".", kind)
    if level not in LEVELS:
        raise _fail("the level {} is not easy or hard.", level)
    count = _number(n, "number of questions", 1, MAX_N)
    seed_value = _number(seed, "seed", 0, MAX_SEED)
    scope = _scope(scope_text)
    try:
        scope_muscles(atlas, geometry, scope)
    except ScopeError as exc:
        raise StudyLinkError(exc.notice.within(_PREFIX + "in its scope, ", ".")) from None
    return Plan(kind, scope, level, count, seed_value)


def _scope(text: str) -> Scope:
    if text == "all":
        return Scope()
    kind, sep, values = text.partition(":")
    if not sep or kind not in SCOPES or kind == "all":
        raise _fail(
            "its scope {} is not all, nor part:, view:, condition:, muscles: or cards:.", text
        )
    ids = tuple(v for v in values.split(",") if v)
    if not ids:
        raise _fail("the scope {} names nothing after the colon.", text)
    return Scope(kind, ids)
