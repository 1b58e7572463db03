"""A synthetic atlas ten times the size of the real one, for timing the ranking."""

from __future__ import annotations

import random
from dataclasses import replace

from triggermap.atlas.model import Atlas


def tenfold(atlas: Atlas, factor: int = 10, seed: int = 7) -> Atlas:
    """Each muscle copied ``factor`` times; copies refer to shuffled real regions."""
    rng = random.Random(seed)
    bases = sorted(atlas.sided)
    muscles = {}
    for m in atlas.muscles.values():
        muscles[m.id] = m
        for k in range(1, factor):
            tps = tuple(
                replace(
                    tp,
                    essential=tuple(rng.sample(bases, len(tp.essential))),
                    spillover=tuple(rng.sample(bases, len(tp.spillover))),
                )
                for tp in m.trigger_points
            )
            copy = replace(m, id=f"{m.id}-copy{k}", name=f"{m.name} copy {k}", trigger_points=tps)
            muscles[copy.id] = copy
    return Atlas(atlas.regions, atlas.conditions, atlas.sources, muscles, atlas.sided)
