"""Who the app speaks to: patients (the default) or clinicians, as a link names it.

Patient mode hides the dry-needling notes; clinician mode shows them. The mode
is kept in the link as ``mode=clinician``; the default is left out of it.
"""

from __future__ import annotations

from triggermap.schema import MODES
from triggermap.text import Notice

PATIENT, CLINICIAN = MODES


def parse_mode(value: str | None) -> tuple[str, Notice | None]:
    """The mode a link's ``mode`` value names, and a notice if it named none we know."""
    if value is None or value == "" or value == PATIENT:
        return PATIENT, None
    if value == CLINICIAN:
        return CLINICIAN, None
    return PATIENT, Notice("The link's mode {} is not known, so patient mode is shown.", (value,))


def mode_params(mode: str) -> dict[str, str]:
    """The link's part for ``mode``: nothing for the default."""
    return {"mode": CLINICIAN} if mode == CLINICIAN else {}
