"""The patients' dry-needling explainer (data/dry_needling.toml) as frozen dataclasses.

The page's words live in data, like the atlas: each line names the sources it
rests on, and a check (checks_explainer.py) holds every figure to a known source.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from triggermap.atlas.checks_explainer import EXPLAINER_CHECKS
from triggermap.atlas.model import AtlasError
from triggermap.atlas.raw import DATA_DIR, read_raw


@dataclass(frozen=True)
class Line:
    text: str
    sources: tuple[str, ...] = ()  # source ids from sources.toml


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    kind: str  # schema.SECTION_KINDS
    lines: tuple[Line, ...]
    link: str | None = None  # a page's url path (schema.SECTION_LINKS)
    conditions: tuple[str, ...] = ()  # condition ids the section names


@dataclass(frozen=True)
class Explainer:
    title: str
    intro: str
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section:
        """The section with this id; KeyError names an unknown one."""
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def cited(self) -> tuple[str, ...]:
        """Source ids in the order the page first cites them (its reference numbers)."""
        seen: dict[str, None] = {}
        for s in self.sections:
            for line in s.lines:
                seen.update(dict.fromkeys(line.sources))
        return tuple(seen)


def build_explainer(doc: dict) -> Explainer:
    """Dataclasses from a document that has passed the explainer checks."""
    return Explainer(
        title=doc["title"],
        intro=doc["intro"],
        sections=tuple(
            Section(
                id=s["id"],
                title=s["title"],
                kind=s["kind"],
                lines=tuple(Line(x["text"], tuple(x.get("sources", ()))) for x in s["line"]),
                link=s.get("link"),
                conditions=tuple(s.get("conditions", ())),
            )
            for s in doc["section"]
        ),
    )


def load_explainer(data_dir: Path = DATA_DIR) -> Explainer | None:
    """The checked explainer, or None when the atlas has none; AtlasError if it is bad."""
    raw = read_raw(data_dir)
    if not raw.dry_needling and not raw.errors:
        return None
    messages = [m for m in raw.errors if m.startswith("dry_needling")]
    messages += [m for check in EXPLAINER_CHECKS for m in check(raw, None)]
    if messages:
        raise AtlasError(messages)
    return build_explainer(raw.dry_needling) if raw.dry_needling else None
