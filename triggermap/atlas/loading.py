"""Read ``data/`` into an :class:`~triggermap.atlas.model.Atlas`, validating on the way."""

from __future__ import annotations

from pathlib import Path

from triggermap.atlas.build import build_atlas, expand_regions
from triggermap.atlas.checks import run_checks
from triggermap.atlas.model import Atlas, AtlasError, Region
from triggermap.atlas.raw import DATA_DIR, check_data_folder, read_raw
from triggermap.chart.geometry import load_geometry


def load_regions(data_dir: Path = DATA_DIR) -> list[Region]:
    """The expanded region list, without the rest of the atlas."""
    raw = read_raw(data_dir)
    if raw.errors:
        raise AtlasError(raw.errors)
    return expand_regions(raw.regions)


def load_atlas(data_dir: Path = DATA_DIR, geometry=None) -> Atlas:
    """Read, validate and build the atlas; raise :class:`AtlasError` on bad data.

    A folder that is not an atlas at all raises its subclass :class:`DataFolderError`.
    """
    raw = read_raw(check_data_folder(data_dir))
    messages = run_checks(raw, geometry if geometry is not None else load_geometry())
    if messages:
        raise AtlasError(messages)
    return build_atlas(raw)
