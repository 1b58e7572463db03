"""Checks of the words people use: body parts of regions, condition areas and synonyms."""

from __future__ import annotations

from triggermap.atlas.checks_structure import Check

VOCABULARY_CHECKS: tuple[Check, ...] = ()
