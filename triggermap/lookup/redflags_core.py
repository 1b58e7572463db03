"""What a red-flag rule sees and what it returns; the rules live in redflags_areas/answers."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from triggermap.schema import SIDES, URGENCIES

OVER_50 = "over-50"  # the checklist item an age of 50 or more also answers
AGE_LIMIT = 50  # giant cell arteritis and the spinal red flags start counting here


@dataclass(frozen=True)
class RedFlag:
    """A safety message that stands before any muscle; ``action`` says what to do, first.

    ``urgency`` is one of schema.URGENCIES; ``sources`` are ids in data/sources.toml
    saying why the rule exists; ``answer`` is the checklist item that raised it, if any.
    """

    id: str
    message: str
    action: str = ""
    urgency: str = "soon"
    sources: tuple[str, ...] = ()
    answer: str | None = None

    @property
    def text(self) -> str:
        """The whole message in reading order: what to do first, unless it answers a question."""
        parts = (
            (self.message, self.action) if self.urgency == "ask" else (self.action, self.message)
        )
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Findings:
    """The painful regions (region ids), the checklist answers and the age, if known."""

    regions: frozenset[str]
    answers: frozenset[str] = frozenset()
    age: int | None = None

    @classmethod
    def of(
        cls, regions: Collection[str], answers: Collection[str] = (), age: int | None = None
    ) -> Findings:
        return cls(frozenset(regions), frozenset(answers), age)

    def bases(self, side: str | None = None) -> set[str]:
        """The regions without their side; with ``side``, only that side's (and no midline)."""
        out = set()
        for r in self.regions:
            prefix = next((f"{s}-" for s in SIDES if r.startswith(f"{s}-")), None)
            if prefix is None:
                out |= set() if side else {r}
            elif side is None or prefix == f"{side}-":
                out.add(r.removeprefix(prefix))
        return out

    @property
    def over_50(self) -> bool:
        return OVER_50 in self.answers or (self.age is not None and self.age >= AGE_LIMIT)


def urgency_rank(flag: RedFlag) -> int:
    """Most urgent first: the order of schema.URGENCIES."""
    return URGENCIES.index(flag.urgency)
