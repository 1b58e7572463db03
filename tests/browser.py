"""Helpers to run the real app and drive it in Debian's Chromium through Playwright."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
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


@dataclass
class Server:
    """A running ``streamlit run``: its base URL, its process and its log file."""

    url: str
    port: int
    proc: subprocess.Popen
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid


def start_server(
    root: Path,
    script: str = "app.py",
    timeout: float = 40.0,
    env: dict | None = None,
    port: int | None = None,
) -> Server:
    """Start ``streamlit run`` on 127.0.0.1 and return once its health check answers."""
    port = port or free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    # One log per start, so a server's own log never holds an earlier run's errors.
    log_path = ARTIFACTS / f"server-{port}-{time.time_ns()}.log"
    log = log_path.open("w")  # noqa: SIM115 (lives with the server)
    # The app starts as `make run` and Docker start it (ui/serve.py); other scripts plainly.
    command = ["-m", "ui.serve"] if script == "app.py" else ["-m", "streamlit", "run", script]
    proc = subprocess.Popen(
        [sys.executable, *command, *server_args(port)],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )
    server = Server(f"http://127.0.0.1:{port}", port, proc, log_path)
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return server
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                stop_server(server)
                raise RuntimeError("the app did not start") from None
            time.sleep(0.2)


def stop_server(server: Server) -> None:
    """Stop the server, killing it if it does not end within ten seconds."""
    server.proc.terminate()
    try:
        server.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()


@contextlib.contextmanager
def running_server(root: Path, **options):
    """Start ``streamlit run`` (see ``start_server``) and yield the Server; stop it afterwards."""
    server = start_server(root, **options)
    try:
        yield server
    finally:
        stop_server(server)


@contextlib.contextmanager
def running_app(root: Path, **options):
    """Start ``streamlit run`` and yield its base URL; stop it afterwards."""
    with running_server(root, **options) as server:
        yield server.url
