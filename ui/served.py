"""Components-v2 elements whose code and style the browser fetches once, from app/static/."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import streamlit as st

_HERE = Path(__file__).parent
# Served at app/static/ (server.enableStaticServing; `static` links to assets/).
STATIC = _HERE.parent / "assets"
# The one piece of code sent with the element on every run: it imports the loader
# (assets/js/loader.js, once per tab) and mounts the element's own files with it.
_STUB = (
    # Streamlit reads a string without a line break as a file path: one is kept.
    "export default function(c){\n"
    'const b=location.origin+location.pathname.replace(/[^/]*$/,"");'
    "let off=null,gone=false;"
    'const l=window.__tmLoader=window.__tmLoader||import(b+"app/static/LOADER")'
    ".catch(e=>{window.__tmLoader=null;throw e});"
    "l.then(m=>{if(!gone)off=m.mount(c,b,MODULES,STYLE,EARLY)},"
    '()=>{c.parentElement.textContent="This part of the page could not be loaded. '
    'Reload the page to try again."});'
    "return()=>{gone=true;if(off)off()}}"
)


def _versioned(path: str) -> str:
    digest = hashlib.sha256((STATIC / path).read_bytes()).hexdigest()[:12]
    return f"{path}?v={digest}"


def served_component(
    name: str, module: str | tuple[str, ...], style: str, early: tuple[str, ...] = ()
):
    """Register element ``name`` whose code is the ES module ``assets/<module>``.

    Several files (a tuple) are joined, in order, into one module in the browser.
    ``early`` names files the code will fetch (the chart's geometry): the loader starts
    fetching them with the code, not after it, which is a round trip less on the first
    page (assets/js/loader.js).

    Inline code and style are sent with the element on every script run: the map's
    and the region panel's were 21 KB of the bytes of every tap. The stub sent
    instead is under 0.5 KB, and the browser caches the files under a content hash.
    """
    modules = (module,) if isinstance(module, str) else module
    paths = json.dumps([_versioned(m) for m in modules])
    js = (
        _STUB.replace("LOADER", _versioned("js/loader.js"))
        .replace("MODULES", paths)
        .replace("STYLE", json.dumps(_versioned(style)))
        .replace("EARLY", json.dumps(list(early)))
    )
    return st.components.v2.component(name, js=js)
