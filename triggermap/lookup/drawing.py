"""A patient's pain drawing: marked areas with an optional 0–10 intensity, and checklist answers.

A drawing travels in a link (``?pain=right-temple:7,right-side-of-neck&ask=fever``)
or as a small JSON file. Both come from outside, so both are parsed strictly:
anything malformed, oversized or unknown raises :class:`DrawingError` with a
short message, and nothing is half-loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from triggermap.atlas.model import Atlas
from triggermap.lookup.redflags import CHECKLIST
from triggermap.text import Notice

FORMAT = "triggermap-pain-drawing"
VERSION = 1
MAX_AREAS = 60
MAX_PARAM_CHARS = 3000
MAX_FILE_BYTES = 20_000
_ITEM = re.compile(r"^([a-z0-9]+(?:-[a-z0-9]+)*)(?::(\d{1,2}))?$")


class DrawingError(ValueError):
    """Shared pain-drawing input that cannot be used; the message says why.

    Raised with wording and the offending values apart (see triggermap.text.Notice),
    so a screen can show the values literally; ``str()`` is the plain message.
    """

    def __init__(self, wording: str, *values: object) -> None:
        self.notice = Notice(wording, values)
        super().__init__(str(self.notice))


@dataclass(frozen=True)
class Drawing:
    areas: dict[str, int | None] = field(default_factory=dict)  # region id -> intensity or None
    answers: frozenset[str] = frozenset()  # checklist items answered "yes"

    def intensities(self) -> dict[str, float]:
        """Intensities for the ranking (areas without one are left to its default)."""
        return {r: float(i) for r, i in self.areas.items() if i is not None}


def _check_area(atlas: Atlas, region: str, intensity, seen: set) -> int | None:
    if region not in atlas.regions:
        raise DrawingError("unknown body area {}", region)
    if region in seen:
        raise DrawingError("the area {} is listed twice", region)
    seen.add(region)
    if intensity is None:
        return None
    if isinstance(intensity, bool) or not isinstance(intensity, int) or not 0 <= intensity <= 10:
        raise DrawingError("the intensity of {} must be a whole number from 0 to 10", region)
    return intensity


def _check_answers(values) -> frozenset[str]:
    out = set()
    for v in values:
        if not isinstance(v, str) or v not in CHECKLIST:
            raise DrawingError("unknown checklist item {}", v)
        out.add(v)
    return frozenset(out)


def parse_params(atlas: Atlas, pain: str | None, ask: str | None = None) -> Drawing:
    """A drawing from link parameters; an empty link gives an empty drawing."""
    pain, ask = pain or "", ask or ""
    if len(pain) + len(ask) > MAX_PARAM_CHARS:
        raise DrawingError("the link's pain drawing is too long")
    items = [p for p in pain.split(",") if p]
    if len(items) > MAX_AREAS:
        raise DrawingError(f"the link marks more than {MAX_AREAS} areas")
    areas, seen = {}, set()
    for item in items:
        m = _ITEM.match(item)
        if not m:
            raise DrawingError("{} is not an area (expected id or id:0-10)", item)
        region, value = m.group(1), m.group(2)
        areas[region] = _check_area(atlas, region, int(value) if value else None, seen)
    return Drawing(areas, _check_answers(a for a in ask.split(",") if a))


def to_params(drawing: Drawing) -> dict[str, str]:
    """Link parameters for a drawing (empty parts left out)."""
    out = {}
    if drawing.areas:
        out["pain"] = ",".join(r if i is None else f"{r}:{i}" for r, i in drawing.areas.items())
    if drawing.answers:
        out["ask"] = ",".join(sorted(drawing.answers))
    return out


def to_json(drawing: Drawing) -> str:
    """The drawing as a small, versioned JSON document."""
    return json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "areas": [{"region": r, "intensity": i} for r, i in drawing.areas.items()],
            "checklist": sorted(drawing.answers),
        },
        indent=2,
    )


def parse_json(atlas: Atlas, data: bytes | str) -> Drawing:
    """A drawing from an uploaded JSON file."""
    if len(data) > MAX_FILE_BYTES:
        raise DrawingError(f"the file is larger than {MAX_FILE_BYTES // 1000} KB")
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise DrawingError("the file is not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DrawingError("the file is not a pain drawing saved by this app")
    if doc.get("version") != VERSION:
        raise DrawingError("unsupported pain-drawing version {}", doc.get("version"))
    areas_in, answers = doc.get("areas", []), doc.get("checklist", [])
    if not isinstance(areas_in, list) or not isinstance(answers, list):
        raise DrawingError("'areas' and 'checklist' must be lists")
    if len(areas_in) > MAX_AREAS:
        raise DrawingError(f"the file marks more than {MAX_AREAS} areas")
    areas, seen = {}, set()
    for item in areas_in:
        if not isinstance(item, dict) or not isinstance(item.get("region"), str):
            raise DrawingError("each area needs a 'region' id")
        areas[item["region"]] = _check_area(atlas, item["region"], item.get("intensity"), seen)
    return Drawing(areas, _check_answers(answers))
