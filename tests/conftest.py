"""Shared fixtures: the real atlas, the chart geometry, and tiny fixture atlases."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, running_app
from triggermap.atlas.loading import load_atlas
from triggermap.chart.geometry import load_geometry

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def geometry():
    return load_geometry()


@pytest.fixture(scope="session")
def atlas(geometry):
    return load_atlas(geometry=geometry)


@pytest.fixture(scope="session")
def tiny(geometry):
    return load_atlas(FIXTURES / "tiny", geometry)


@pytest.fixture
def broken_atlas_dir(tmp_path):
    """A copy of the tiny atlas whose calf muscle file is replaced by a broken fixture."""

    def make(kind: str) -> Path:
        target = tmp_path / kind
        shutil.copytree(FIXTURES / "tiny", target)
        shutil.copy(FIXTURES / "broken" / f"{kind}.toml", target / "muscles" / "calf-tester.toml")
        return target

    return make


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium, driven by Playwright (its own browser download is never used)."""
    if not os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is needed: apt install chromium (make test does this)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server():
    """The app's base URL, one server per test module (a module may define its own)."""
    ARTIFACTS.mkdir(exist_ok=True)
    with running_app(ROOT) as url:
        yield url
