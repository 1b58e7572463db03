"""The atlas files as parsed documents, before any check: the folder, the files, the raw type."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from triggermap.atlas.model import AtlasError
from triggermap.schema import (
    CONDITIONS_FILE,
    DATA_DIR_NAME,
    DRY_NEEDLING_FILE,
    MUSCLES_DIR,
    NEEDLING_FILE,
    REGIONS_FILE,
    ROOT,
    SOURCES_FILE,
)
from triggermap.text import LIMIT, shorten

# TRIGGERMAP_DATA points the app at another atlas (the tests use tiny fixtures).
DATA_DIR = Path(os.environ.get("TRIGGERMAP_DATA") or ROOT / DATA_DIR_NAME)


@dataclass(frozen=True)
class RawData:
    """Parsed but unchecked files: ``{file name: document}`` plus parse errors."""

    regions: list[dict] = field(default_factory=list)
    conditions: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    muscles: dict[str, dict] = field(default_factory=dict)  # "muscles/x.toml" -> doc
    needling: dict = field(default_factory=dict)  # needling.toml, the shared precautions
    errors: list[str] = field(default_factory=list)
    dry_needling: dict = field(default_factory=dict)  # the patients' explainer; optional file


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
REQUIRED = (REGIONS_FILE, CONDITIONS_FILE, SOURCES_FILE, NEEDLING_FILE, MUSCLES_DIR)


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
    needling = _parse(data_dir / NEEDLING_FILE, NEEDLING_FILE, errors)
    explainer = data_dir / DRY_NEEDLING_FILE
    dry_needling = _parse(explainer, DRY_NEEDLING_FILE, errors) if explainer.exists() else {}
    return RawData(regions, conditions, sources, muscles, needling, errors, dry_needling)
