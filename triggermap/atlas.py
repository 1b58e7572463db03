"""Read ``data/`` into an :class:`~triggermap.model.Atlas`, validating on the way."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from triggermap.model import (
    Atlas,
    AtlasError,
    Condition,
    Muscle,
    Needling,
    Region,
    SelfCare,
    Source,
    SourceRef,
    TriggerPoint,
)
from triggermap.schema import (
    CONDITIONS_FILE,
    MIDLINE,
    MUSCLES_DIR,
    REGIONS_FILE,
    SIDES,
    SOURCES_FILE,
    region_id,
)
from triggermap.text import LIMIT, shorten

# TRIGGERMAP_DATA points the app at another atlas (the tests use tiny fixtures).
DATA_DIR = Path(
    os.environ.get("TRIGGERMAP_DATA") or Path(__file__).resolve().parent.parent / "data"
)


@dataclass(frozen=True)
class RawData:
    """Parsed but unchecked files: ``{file name: document}`` plus parse errors."""

    regions: list[dict] = field(default_factory=list)
    conditions: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    muscles: dict[str, dict] = field(default_factory=dict)  # "muscles/x.toml" -> doc
    errors: list[str] = field(default_factory=list)


def _parse(path: Path, label: str, errors: list[str]) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        errors.append(f"{label}: file is missing")
    except OSError as exc:
        errors.append(f"{label}: cannot be read ({exc.strerror})")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        errors.append(f"{label}: not valid TOML: {exc}")
    return {}


def _table(doc: dict, key: str, label: str, errors: list[str]) -> list[dict]:
    entries = doc.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        errors.append(f"{label}: '{key}' must be a list of [[{key}]] tables")
        return []
    return entries


# What a folder must hold to be an atlas; without one of them it is the wrong folder.
REQUIRED = (REGIONS_FILE, CONDITIONS_FILE, SOURCES_FILE, MUSCLES_DIR)


class DataFolderError(AtlasError):
    """The data folder is not an atlas: missing, not a folder, or lacking a required file."""

    def __init__(self, message: str):
        super().__init__([message])


def check_data_folder(data_dir: Path) -> Path:
    """``data_dir`` if it holds an atlas's files; else raise :class:`DataFolderError`."""
    data_dir = Path(data_dir)
    try:
        problem = _folder_problem(data_dir)
    except OSError as exc:  # e.g. a name too long, or a folder we may not look into
        problem = f"cannot be read ({exc.strerror})"
    if problem:
        # Real paths run long, so more of one is shown than of a query.
        raise DataFolderError(f"{shorten(data_dir, 4 * LIMIT)}: {problem}")
    return data_dir


def _folder_problem(data_dir: Path) -> str | None:
    if not data_dir.exists():
        return "no such folder"
    if not data_dir.is_dir():
        return "not a folder"
    missing = [name for name in REQUIRED if not (data_dir / name).exists()]
    if missing:
        names = ", ".join(n + "/" if n == MUSCLES_DIR else n for n in missing)
        return f"not an atlas folder (it lacks {names})"
    return None


def read_raw(data_dir: Path = DATA_DIR) -> RawData:
    """Parse every data file; problems become messages, never exceptions."""
    data_dir = Path(data_dir)
    errors: list[str] = []
    regions = _table(
        _parse(data_dir / REGIONS_FILE, REGIONS_FILE, errors), "region", REGIONS_FILE, errors
    )
    conditions = _table(
        _parse(data_dir / CONDITIONS_FILE, CONDITIONS_FILE, errors),
        "condition",
        CONDITIONS_FILE,
        errors,
    )
    sources = _table(
        _parse(data_dir / SOURCES_FILE, SOURCES_FILE, errors), "source", SOURCES_FILE, errors
    )
    muscles = {}
    for path in sorted((data_dir / MUSCLES_DIR).glob("*.toml")):
        label = f"{MUSCLES_DIR}/{path.name}"
        doc = _parse(path, label, errors)
        if doc:
            muscles[label] = doc
    return RawData(regions, conditions, sources, muscles, errors)


def expand_regions(raw_regions: list[dict]) -> list[Region]:
    """Region records for every side of every base area."""
    out = []
    for r in raw_regions:
        sides = SIDES if r["sided"] else (MIDLINE,)
        for side in sides:
            name = r["name"] if side == MIDLINE else f"{side} {r['name']}"
            parent = r.get("parent")
            out.append(
                Region(
                    region_id(r["id"], side),
                    r["id"],
                    name,
                    side,
                    r["view"],
                    tuple(r.get("synonyms", ())),
                    region_id(parent, side) if parent else None,
                )
            )
    return out


def load_regions(data_dir: Path = DATA_DIR) -> list[Region]:
    """The expanded region list, without the rest of the atlas."""
    raw = read_raw(data_dir)
    if raw.errors:
        raise AtlasError(raw.errors)
    return expand_regions(raw.regions)


def _muscle(doc: dict) -> Muscle:
    tps = tuple(
        TriggerPoint(
            tp["id"],
            tp["label"],
            tp["location"],
            tp["region"],
            tuple(tp["essential"]),
            tuple(tp["spillover"]),
            tp.get("x"),
            tp.get("y"),
        )
        for tp in doc["trigger_points"]
    )
    return Muscle(
        id=doc["id"],
        name=doc["name"],
        aliases=tuple(doc["aliases"]),
        plain_name=doc["plain_name"],
        area=doc["area"],
        action=doc["action"],
        innervation=doc["innervation"],
        symptoms=tuple(doc["symptoms"]),
        conditions=tuple(doc["conditions"]),
        factors=tuple(doc["factors"]),
        self_care=SelfCare(doc["self_care"]["pressure"], doc["self_care"]["stretch"]),
        needling=Needling(
            tuple(doc["needling"]["structures_at_risk"]), doc["needling"]["precautions"]
        ),
        sources=tuple(SourceRef(s["ref"], s["section"]) for s in doc["sources"]),
        trigger_points=tps,
        mimics=tuple(doc.get("mimics", ())),
        associated=tuple(doc.get("associated", ())),
        notes=doc.get("notes", ""),
    )


def build_atlas(raw: RawData) -> Atlas:
    """Dataclasses from raw documents that have already passed validation."""
    regions = expand_regions(raw.regions)
    return Atlas(
        regions={r.id: r for r in regions},
        conditions={
            c["id"]: Condition(c["id"], c["name"], c["description"]) for c in raw.conditions
        },
        sources={s["id"]: Source(s["id"], s["citation"]) for s in raw.sources},
        muscles={
            m.id: m
            for m in sorted(
                (_muscle(d) for d in raw.muscles.values()), key=lambda m: m.name.lower()
            )
        },
        sided={r["id"]: bool(r["sided"]) for r in raw.regions},
    )


def load_atlas(data_dir: Path = DATA_DIR, geometry=None) -> Atlas:
    """Read, validate and build the atlas; raise :class:`AtlasError` on bad data.

    A folder that is not an atlas at all raises its subclass :class:`DataFolderError`.
    """
    from triggermap.checks import run_checks
    from triggermap.geometry import load_geometry

    raw = read_raw(check_data_folder(data_dir))
    messages = run_checks(raw, geometry if geometry is not None else load_geometry())
    if messages:
        raise AtlasError(messages)
    return build_atlas(raw)
