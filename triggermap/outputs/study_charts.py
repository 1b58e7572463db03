"""Tables behind the study progress charts: accuracy over time by body part or question kind,
and the weakest muscles. The page draws them with Plotly (ui/study_progress.py)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

from triggermap.atlas.model import Atlas
from triggermap.outputs.study import KIND_NAMES
from triggermap.outputs.study_progress import Attempt
from triggermap.schema import AREA_NAMES

BY = ("area", "kind")


def accuracy_table(atlas: Atlas, history: tuple[Attempt, ...], by: str = "area") -> pd.DataFrame:
    """Mean score (0 to 100) per day and per body part ("area") or question kind ("kind")."""
    rows = [
        {
            "day": a.at[:10],
            "group": AREA_NAMES[atlas.muscles[a.muscle_id].area]
            if by == "area"
            else KIND_NAMES[a.kind],
            "score": a.score * 100,
        }
        for a in history
    ]
    if not rows:
        return pd.DataFrame(columns=["day", "group", "accuracy", "answers"])
    table = pd.DataFrame(rows).groupby(["day", "group"], as_index=False)
    out = table.agg(accuracy=("score", "mean"), answers=("score", "size"))
    return out.sort_values(["day", "group"], ignore_index=True)


@dataclass(frozen=True)
class Weak:
    muscle_id: str
    name: str
    accuracy: float  # mean score, 0 to 100
    answers: int


def weakest(atlas: Atlas, history: tuple[Attempt, ...], n: int = 10) -> tuple[Weak, ...]:
    """The ``n`` muscles with the lowest mean score (ties: more answers first, then by name)."""
    scores: dict[str, list[float]] = defaultdict(list)
    for a in history:
        scores[a.muscle_id].append(a.score)
    ranked = sorted(
        scores.items(),
        key=lambda kv: (sum(kv[1]) / len(kv[1]), -len(kv[1]), atlas.muscles[kv[0]].name),
    )
    return tuple(
        Weak(m, atlas.muscles[m].name, round(100 * sum(s) / len(s), 1), len(s))
        for m, s in ranked[:n]
    )
