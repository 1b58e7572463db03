"""Components-v2 elements whose code and style the browser fetches once, from app/static/."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import streamlit as st

_HERE = Path(__file__).parent
# Served at app/static/ (server.enableStaticServing; `static` links to assets/).
STATIC = _HERE.parent / "assets"
# Sent with every element on every run: without its comments and indentation.
_LOADER = "\n".join(
    line.strip()
    for line in (_HERE / "loader.js").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.strip().startswith("//")
)


def _versioned(path: str) -> str:
    digest = hashlib.sha256((STATIC / path).read_bytes()).hexdigest()[:12]
    return f"{path}?v={digest}"


def served_component(name: str, module: str | tuple[str, ...], style: str):
    """Register element ``name`` whose code is the ES module ``assets/<module>``.

    Several files (a tuple) are joined, in order, into one module in the browser.

    Inline code and style are sent with the element on every script run: the map's
    and the region panel's were 21 KB of the bytes of every tap. The loader sent
    instead is under 1 KB, and the browser caches the files under a content hash.
    """
    modules = (module,) if isinstance(module, str) else module
    paths = json.dumps([_versioned(m) for m in modules])
    js = _LOADER.replace("MODULES", paths).replace("STYLE", _versioned(style))
    return st.components.v2.component(name, js=js)
