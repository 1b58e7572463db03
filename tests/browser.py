"""Helpers to run the real app and drive it in Debian's Chromium through Playwright."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
# Back-view regions that are large enough to tap at any screen size.
BACK_REGIONS = [
    "right-calf",
    "left-calf",
    "right-heel",
    "left-back-of-thigh",
    "right-low-back",
    "left-shoulder-blade",
    "right-buttock",
    "left-achilles",
    "right-back-of-knee",
    "left-mid-back",
]


def server_args(port: int) -> list[str]:
    """Command-line options that serve the app headless on 127.0.0.1:``port``."""
    return [
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(root: Path, script: str = "app.py", timeout: float = 40.0, env: dict | None = None):
    """Start ``streamlit run`` on 127.0.0.1 and yield its base URL; stop it afterwards."""
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS.joinpath(f"server-{port}.log").open("w")  # noqa: SIM115 (lives with the server)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, *server_args(port)],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the app did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
