"""Checks of the clinical content: the region-mapping guide and each trigger point's prevalence."""

from __future__ import annotations

from triggermap.atlas.checks_structure import Check

CLINICAL_CHECKS: tuple[Check, ...] = ()
