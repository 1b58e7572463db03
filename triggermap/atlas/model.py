"""The atlas as frozen dataclasses. Nothing here reads files or knows about a UI."""

from __future__ import annotations

from dataclasses import dataclass, field

from triggermap.schema import DEFAULT_PREVALENCE, DERIVED, MIDLINE, SIDES, region_id
from triggermap.text import capital, shorten


class AtlasError(Exception):
    """The data failed validation; ``messages`` name the file, entry and field."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


class UnknownKeyError(LookupError):
    """A lookup was given an id or name the atlas does not have."""

    def __init__(self, kind: str, key: str, suggestions: tuple[str, ...] = ()):
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        # A pasted page of text must not come back whole in the message.
        super().__init__(f"no {kind} matches '{shorten(key)}'{hint}")
        self.kind, self.key, self.suggestions = kind, key, suggestions


class UnknownRegionError(UnknownKeyError):
    def __init__(self, key: str, suggestions: tuple[str, ...] = ()):
        super().__init__("region", key, suggestions)


class UnknownMuscleError(UnknownKeyError):
    def __init__(self, key: str, suggestions: tuple[str, ...] = ()):
        super().__init__("muscle", key, suggestions)


class UnknownConditionError(UnknownKeyError):
    def __init__(self, key: str, suggestions: tuple[str, ...] = ()):
        super().__init__("condition", key, suggestions)


@dataclass(frozen=True)
class Region:
    id: str
    base: str
    name: str
    side: str  # "right", "left" or "midline"
    view: str
    synonyms: tuple[str, ...] = ()
    parent: str | None = None  # the full-body region that contains this detail area
    parts: tuple[str, ...] = ()  # body-part ids (schema.BODY_PARTS) it belongs to

    @property
    def display(self) -> str:
        """The name a person reads, e.g. "Right temple"."""
        return capital(self.name)

    @property
    def base_name(self) -> str:
        """The name without its side, e.g. "temple" for both temples."""
        return self.name if self.side == MIDLINE else self.name.split(" ", 1)[-1]

    @property
    def pattern_side(self) -> str:
        """The side whose muscles a tap here shows: its own, or the right for a midline area."""
        return self.side if self.side in SIDES else "right"


@dataclass(frozen=True)
class Condition:
    id: str
    name: str
    description: str
    areas: tuple[str, ...] = ()  # base region ids the condition's pain usually covers
    synonyms: tuple[str, ...] = ()  # other names a person may type


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    chapters: tuple[str, ...] = ()  # chapter titles as the book prints them


@dataclass(frozen=True)
class PatternSource:
    """Where one trigger point's pattern is published: a source and its chapter."""

    ref: str  # a Source id
    chapter: str  # one of that source's chapters
    figure: str | None = None  # only where a source actually read gives it
    page: int | None = None


@dataclass(frozen=True)
class SourceRef:
    ref: str
    section: str


@dataclass(frozen=True)
class SelfCare:
    pressure: str
    stretch: str


@dataclass(frozen=True)
class Needling:
    """A muscle's dry-needling note, for clinicians: its own risks and its sources."""

    structures_at_risk: tuple[str, ...]
    precautions: str
    lung_risk: bool = False  # the lung or pleura lies within reach: the lung warning applies
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True)
class Precaution:
    id: str
    text: str
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True)
class NeedlingGuide:
    """data/needling.toml: precautions shown with every needling note, and the lung warning."""

    precautions: tuple[Precaution, ...] = ()
    lung_warning: str = ""
    lung_warning_sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True)
class TriggerPoint:
    """One trigger point as written in the data, for one side of the body."""

    id: str
    label: str
    location: str
    region: str  # base region id
    essential: tuple[str, ...]
    spillover: tuple[str, ...]
    # (view, (x, y)) for the right-side trigger point on each view that draws it
    positions: tuple[tuple[str, tuple[float, float]], ...] = ()
    prevalence: str = DEFAULT_PREVALENCE  # schema.PREVALENCES
    evidence: str = DERIVED  # schema.EVIDENCE; the data always says, so no claim by default
    source: PatternSource | None = None

    @property
    def derived(self) -> bool:
        """True when the atlas derived or borrowed the pattern rather than a source drawing it."""
        return self.evidence == DERIVED

    def position(self, view: str, side: str, width: float) -> tuple[float, float] | None:
        """Where this trigger point lies on ``view`` on ``side``; None where not placed there."""
        xy = dict(self.positions).get(view)
        if xy is None:
            return None
        # Positions are written for the right side; every view is drawn symmetric.
        return xy if side != "left" else (round(width - xy[0], 1), xy[1])

    def region_on(self, side: str, sided: dict[str, bool]) -> str:
        """The region id where this trigger point lies on ``side``."""
        return _on_side(self.region, side, sided)

    def zone_on(self, zone: str, side: str, sided: dict[str, bool]) -> tuple[str, ...]:
        """Region ids of ``zone`` ("essential" or "spillover") for a trigger point on ``side``."""
        return tuple(_on_side(base, side, sided) for base in getattr(self, zone))


def _on_side(base: str, side: str, sided: dict[str, bool]) -> str:
    return region_id(base, side) if sided.get(base, False) else region_id(base, MIDLINE)


@dataclass(frozen=True)
class Muscle:
    id: str
    name: str
    aliases: tuple[str, ...]
    plain_name: str
    area: str
    action: str
    innervation: str
    symptoms: tuple[str, ...]
    conditions: tuple[str, ...]
    factors: tuple[str, ...]
    self_care: SelfCare
    needling: Needling
    sources: tuple[SourceRef, ...]
    trigger_points: tuple[TriggerPoint, ...]
    mimics: tuple[str, ...] = ()
    associated: tuple[str, ...] = ()
    notes: str = ""
    lies_in: tuple[str, ...] = ()  # base region ids the muscle lies under (the data's lies_in)
    # (view, "M x y … Z"): the muscle's own outline, right side (triggermap.chart.outline)
    outline: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, eq=False)  # identity hash, so derived indexes can be cached per atlas
class Atlas:
    """Everything loaded from ``data/``, indexed by id."""

    regions: dict[str, Region]
    conditions: dict[str, Condition]
    sources: dict[str, Source]
    muscles: dict[str, Muscle]
    sided: dict[str, bool] = field(default_factory=dict)  # base region id -> sided?
    needling: NeedlingGuide = field(default_factory=NeedlingGuide)
