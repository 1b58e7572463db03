"""Scoring study answers: pure functions of a question and an answer, each 0 to 1.

- Pick the muscles ("pattern", "causes"): select-all-that-apply scoring, the share
  of right answers picked minus the share of wrong options picked, never below 0,
  so picking everything scores 0. For "causes" that first share is the recall of
  the essential causes; a spillover cause picked is counted apart and changes nothing.
- Tap the zone ("zones"): the overlap of the tapped areas with the true essential
  zone (shared over all); a tapped spillover area is counted apart and changes nothing.
- Find the trigger point ("point"): full marks within NEAR chart units of a charted
  position, falling to nothing at FAR; a tap in the right area earns at least AREA_CREDIT.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from triggermap.outputs.study_questions import Question

NEAR = 15.0  # chart units (the body view is 400 wide): about a thumb's width on the chart
FAR = 80.0
AREA_CREDIT = 0.5
RIGHT = 0.999  # a score at least this is right; any score above 0 is partly right


@dataclass(frozen=True)
class Result:
    """A scored answer: what was right, wrong, missed or counted apart, and the score."""

    score: float
    right: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()  # spillover picks: neither right nor wrong
    distance: float | None = None  # "point": chart units to the nearest trigger point
    in_area: bool = False  # "point": the tap is in an area where a trigger point lies

    @property
    def verdict(self) -> str:
        """ "right", "partly right" or "wrong"."""
        if self.score >= RIGHT:
            return "right"
        return "partly right" if self.score > 0 else "wrong"


def _ordered(ids, order) -> tuple[str, ...]:
    return tuple(i for i in order if i in ids)


def score_picks(question: Question, picked) -> Result:
    """A pick-the-muscles answer ("pattern" or "causes") against the question's choices."""
    picked = set(picked) & set(question.choices)
    right, apart = set(question.right), set(question.neutral)
    offered_wrong = set(question.choices) - right - apart
    hit, wrong = picked & right, picked - right - apart
    recall = len(hit) / len(right) if right else 1.0
    penalty = len(wrong) / len(offered_wrong) if offered_wrong else 0.0
    return Result(
        max(0.0, recall - penalty),
        right=_ordered(hit, question.choices),
        wrong=_ordered(wrong, question.choices),
        missed=_ordered(right - picked, question.choices),
        apart=_ordered(picked & apart, question.choices),
    )


def score_zones(question: Question, tapped) -> Result:
    """A tapped zone against the true essential zone: shared areas over all areas."""
    tapped, truth = set(tapped), set(question.right)
    apart = tapped & set(question.neutral)
    counted = tapped - apart
    union = counted | truth
    order = sorted(union | apart)
    return Result(
        len(counted & truth) / len(union) if union else 1.0,
        right=_ordered(counted & truth, order),
        wrong=_ordered(counted - truth, order),
        missed=_ordered(truth - counted, order),
        apart=_ordered(apart, order),
    )


def point_credit(distance: float) -> float:
    """Credit for a tap ``distance`` chart units from a trigger point: 1 within NEAR, 0 at FAR."""
    if distance <= NEAR:
        return 1.0
    return max(0.0, 1.0 - (distance - NEAR) / (FAR - NEAR))


def score_point(question: Question, tap: tuple[float, float] | None, region: str | None) -> Result:
    """A tap (chart point, and the area it fell in) against the charted trigger points."""
    if tap is None or not question.targets:
        return Result(0.0, missed=question.target_regions)
    distance = min(math.dist(tap, t) for t in question.targets)
    in_area = region in question.target_regions
    score = max(point_credit(distance), AREA_CREDIT if in_area else 0.0)
    hit = (region,) if in_area else ()
    wrong = (region,) if region and not in_area else ()
    return Result(score, right=hit, wrong=wrong, distance=distance, in_area=in_area)


def score(question: Question, answer) -> Result:
    """Score any kind: ``answer`` is the picked ids, the tapped areas, or (point, area)."""
    if question.kind in ("pattern", "causes"):
        return score_picks(question, answer or ())
    if question.kind == "zones":
        return score_zones(question, answer or ())
    tap, region = answer if answer else (None, None)
    return score_point(question, tap, region)
